"""English opinion pages: a long essay with footnotes and a paraphrasing pull quote, a city-hall column folded by
style="display:none" with an update note on top and a bio at the end, and an essay behind a premium-content wrapper
with a table of contents and a pull quote."""
from parts import P, ad, also, bio, cta, fold, lede, note, notes, paywall, pq, ref, sec, toc

L = "en"
PAGES = []

# ---------------------------------------------------------------- 5: long essay, footnotes (text), pull quote paraphrase (aside), drop cap
PAGES.append(dict(
    case="en-opinion-slowroads", lang=L, skin="magazine", domain="hedgerowreview.example", site="The Hedgerow Review",
    url="https://hedgerowreview.example/essays/2026/04/in-praise-of-the-slow-road",
    h1="In praise of the slow road",
    deck="We have spent seventy years making it faster to leave places. It is time to make it easier to stay in them.",
    kicker="Essay", reading="19 min read",
    authors=["Clement Arkwright"], byline_text="Clement Arkwright", ld_authors=["Clement Arkwright"], meta="ld", ld_type="OpinionNewsArticle",
    pub="2026-04-11T09:00:00+01:00", date="11 April 2026",
    nav=["Essays", "Reviews", "Poetry", "Letters", "Archive", "About"],
    cookie="⟪The Hedgerow Review uses only essential cookies.⟫",
    related=["⟪The parish as a unit of hope⟫", "On bus shelters", "What the canals knew"],
    most=["⟪Letters: the hedgerow question, again⟫", "A short history of the lay-by"],
    footer="⟪The Hedgerow Review is a registered charity, no. 1190442.⟫",
    after="Clement Arkwright’s collection of essays, Walking Distance, is published in June.",
    body=lede("⟦There is a road near where I grew up that used to take forty minutes to drive.⟧ It wandered between villages, crossed the same river twice, and passed through a market town whose one-way system confused everyone, including the people who lived there. In 1994 a bypass was built. Now the journey takes nineteen minutes, and nobody stops in the market town any more, and the market is a car park.") +
    P("""I do not want to be sentimental about this. The old road was dangerous. It killed people, including, in 1987, a boy from my school. The bypass was built for good reasons, and it did what it promised: it moved traffic faster and, for the most part, more safely. If you had asked the people of the valley at the time, most of them would have voted for it, and I suspect most of them would vote for it again.

And yet I have come to believe that the bypass, and the thousands like it built across the country over two generations, embodied a mistake so large that we have stopped being able to see it. The mistake is this. ⟦We treated the time people spent travelling as the only cost worth counting,⟧ and we treated the places they travelled through as obstacles.

#The arithmetic of minutes

The method by which road schemes are judged in this country has changed in detail over the decades but not in spirit. Its heart is the value of time saved.""" + ref(1) + """ An engineer estimates how many minutes a new road will save each driver, multiplies that by the number of drivers over sixty years, and multiplies the result by a money value for each minute. The number that comes out is usually very large, and it usually dwarfs everything else in the calculation.

There is a logic to this, and I do not dismiss it. Time matters. An hour stuck in traffic is an hour not spent with your children. But notice what the arithmetic cannot see. It cannot see the shop that closes because nobody passes it, or the pub that loses its lunchtime trade, or the slow drift of a town’s life out to the retail park by the junction. It cannot see that the nineteen-minute journey makes it possible to live further from work, and that people then do, and that within a decade the average commute is as long as it was before, only now it is longer in miles.""" + ref(2) + """

Traffic engineers have a name for this last effect. They call it induced demand, and it has been documented so often that it is no longer controversial among people who study it. Build a faster road, and people will use the time they save to travel further. The minutes return to the system. The places do not.""") +
    pq("⟪We counted the minutes, and forgot to count the places.⟫", "pull-quote") +
    P("""#What a slow road is for

I want to propose a different way of thinking about roads, and it begins with a simple observation: most of the roads in this country are not, for most of the people on them, a way of getting somewhere else. They are where people live. The road outside your house is where your children learn to ride a bicycle, where you meet your neighbour, where the postman stops, where the bin lorry comes on a Tuesday. It is not a channel for traffic that happens to have houses along it. ⟦It is a place that happens to have traffic in it.⟧

The engineers of the last century knew this, in a way. They distinguished between roads for movement and roads for living, and tried to separate the two. The bypass was meant to take the traffic away so that the town could breathe. In practice, the money and the attention followed the traffic. The bypasses got lighting, resurfacing and new junctions. The town centres got parking meters.

A slow road is one designed for the people who are on it for reasons other than getting through. It is narrower. It has trees. It has places to cross, and places to sit, and a speed limit that a child could run beside. It is, in short, a street, and it should be judged by what happens on it, not by how quickly you can leave it.

#The objections

The first objection is that this is a luxury for people who do not need to drive. I take this seriously, because it is sometimes true. A great many people in this country, particularly outside the cities, have no reasonable alternative to the car, and any argument that ignores them deserves to fail. But slowing the roads through towns and villages does not mean abolishing fast roads between them. It means deciding, deliberately, which roads are for passing through and which are for staying, and then designing each for its purpose instead of letting every road drift towards the motorway.""" + ref(3) + """

The second objection is economic: that slower roads mean slower deliveries, higher costs, less growth. Perhaps. But the evidence from towns that have narrowed their high streets and slowed their traffic is, on balance, that trade improves.""" + ref(4) + """ People who walk and cycle spend less per visit but visit more often, and they spend it locally. A shop cannot sell anything to a car doing forty miles an hour.

The third objection is the most honest one, and it is simply that people like driving fast and do not want to be told to slow down. I understand this. I like it too. But we do not design anything else in public life around what individuals would like in the moment. We design it around what makes for a good common life, and we argue about what that is. We have not had that argument about roads for a very long time.

#Going back

Last summer I drove the old road again, the one through the market town, because the bypass was closed for resurfacing. It took forty-four minutes. ⟦I was impatient for the first ten and then, slowly, I wasn’t.⟧ I noticed a bakery I did not know existed. I stopped at the bridge where the river is crossed the second time and watched a heron for a while. I bought a newspaper in the town square from a woman who told me, without my asking, that the diversion had been the best fortnight for trade in years.

It would be foolish to build policy on a heron and a newspaper. But the fortnight told me something that no traffic model could, which is that the town was still there, waiting, and that it had not died of the bypass so much as been starved by it.

We cannot undo seventy years of road-building, and we should not try. ⟦What we can do is stop measuring every road by how quickly it lets us leave.⟧ We can begin, one street at a time, to judge them instead by how much they give people a reason to stay.""") +
    notes(["The method is set out in the Department’s appraisal guidance, revised most recently in 2024; the value of time is its largest single component.",
           "National travel surveys show average commuting distance rising by about a third between 1985 and 2015, while average commuting time barely changed.",
           "⟦The phrase “road hierarchy” appears in official guidance from the 1960s onwards;⟧ the idea is older.",
           "See, among others, the studies of town-centre schemes collected by the Living Streets Trust in 2023."]),
    kind="opinion", why="first-person essay arguing against road-building logic",
))

# ---------------------------------------------------------------- 6: column folded with display:none, update note on top, sections with ad and read-also, bio at the end
_o, _c = fold(L, "style")
PAGES.append(dict(
    case="en-opinion-councilbudget", lang=L, skin="newsroom", domain="brackenfordstar.example", site="Brackenford Star",
    url="https://www.brackenfordstar.example/opinion/columnists/the-budget-nobody-read",
    h1="The budget nobody read, and why that should frighten us",
    section="Opinion", kicker="Column",
    authors=["Delia Okonkwo"], byline_text="By Delia Okonkwo, Political Columnist", ld_authors=["Delia Okonkwo"], meta="min",
    pub="2026-02-27T18:00:00+00:00", date="27 February 2026",
    nav=["News", "Opinion", "Politics", "Business", "Sport", "Lifestyle"],
    cookie="⟪Cookies help us deliver the Brackenford Star. By continuing you agree.⟫",
    related=["⟪Council tax to rise by 4.99 per cent from April⟫", "Leader defends ‘difficult but fair’ budget", "Your letters on the budget"],
    most=["⟪Man fined for feeding gulls on the promenade⟫", "Three new restaurants to try this spring"],
    comments=[("Ken from Hollins", "⟪Spot on as usual, Delia. Nobody at the town hall listens.⟫"), ("R. Abbott", "Councillors are volunteers. Give them a break.")],
    footer="⟪© Brackenford Star Ltd 2026. All rights reserved.⟫",
    body=note("⟦Update, 28 February: The council has since confirmed that the budget papers were published⟧ four working days before the meeting, not three as stated in the original version of this column.", "update-note") +
    P("""⟦On Tuesday night Brackenford council approved a budget of 412 million pounds in a little under two hours.⟧ That is roughly three and a half million pounds a minute, including the time taken by the chair to welcome a visiting school group and by one councillor to complain, at some length, about the temperature of the chamber.

I watched the whole thing, because that is my job. As far as I could tell from the gallery, I was one of seven members of the public present, and two of the others were relatives of a councillor who was receiving an award at the start. The budget papers ran to 644 pages. Nobody in the chamber referred to any page after 112.""") +
    sec("A document designed not to be read", """I do not blame the councillors for this, or not only them. I tried to read the budget papers myself over the weekend, and I have been covering this council for eleven years. The document is published as five separate files, four of them scanned images of printed pages, which means you cannot search them. The summary tables do not match the detailed tables, because they are drawn up on different assumptions, and the difference is explained in an appendix that refers to another appendix that was not published.

This is not a conspiracy. It is something worse, which is a habit. Over many years, the council has got used to treating its budget as a technical exercise to be completed by officers and nodded through by members. The public have got used to not being asked. Local newspapers, including this one, have got used to covering the council tax rise and little else, because that is what readers notice.""") +
    ad(L, 1) +
    sec("What was in it", """So here, for the record, are three things in the budget that were not discussed on Tuesday night, and that I think residents of Brackenford would want to know about.

First, the council plans to sell eleven buildings over the next two years to raise 23 million pounds, including two community centres and the old library on Castle Street. The list is on page 418. ⟦None of these sales was mentioned in the debate.⟧

Second, the budget assumes that the council will save 6.2 million pounds on adult social care by “managing demand”. I have asked what this means three times and been given three different answers, the most recent of which was that it means “supporting people to remain independent for longer.” It may mean exactly that. It may also mean that fewer people will receive care.""") +
    also(L, "Leader defends ‘difficult but fair’ budget") +
    _o +
    P("""Third, the council is borrowing a further 40 million pounds for its commercial property portfolio, which includes a shopping centre in another county that lost a quarter of its value in the last valuation. The case for this borrowing is set out in a confidential report that councillors are not permitted to discuss in public.""") +
    sec("Why it matters", """Some readers will say that this is what we elect councillors for: to read the documents so that we do not have to. I have some sympathy with that. Democracy by spreadsheet is not a realistic ideal, and I do not expect my neighbours to spend their Sundays with page 418.

But representative democracy only works if the representatives actually represent, which means arguing in public about the choices they are making. ⟦A budget that passes without debate is not a sign of consensus.⟧ It is a sign that the real decisions were taken somewhere else, by people we did not elect and cannot question. In Brackenford, that somewhere is a series of private briefings between the cabinet and senior officers, of which no minutes are published.

The opposition does not escape blame either. Its amendment, tabled on Tuesday, proposed to move 300,000 pounds from the communications budget to the road repair fund. It was a sensible idea, and it was also a press release. It did not touch any of the three questions above. Nor did any of the nine questions from backbench members, eight of which concerned potholes in their own wards and one of which was about the Christmas lights, which the questioner felt had been switched on too early.""") +
    sec("What the council says", """I put these points to the council leader, Councillor Graham Sutton, on Wednesday morning. To his credit, he answered all of them, and at length. He said the asset sales had been discussed at a cabinet meeting in public last autumn, which is true, although the discussion lasted four minutes and the list of buildings was not read out. He said the social care saving would be achieved by “earlier intervention” and would not reduce the number of people receiving care. ⟦He said the commercial borrowing was prudent and had been approved by independent advisers,⟧ whose names he could not share.

He also said something that I think deserves to be taken seriously. Councils, he argued, have been asked to do more with less for fifteen years, and the people who run them have learned to keep their heads down, because every public argument about a cut becomes a headline about the cut and not about the reasons for it. “If we debated every line of that budget in the chamber,” he said, “you would write about the one line that sounds worst, and we would never get anything done.”

He is not entirely wrong about newspapers. We do write about the line that sounds worst. But the answer to that is not to hold no debate at all. It is to hold a better one, and to trust residents to understand that running a town involves hard choices. People are not children. They know that money is short. What they resent, in my experience, is finding out about the choices afterwards, from a sign on the door of their community centre.

The council leader’s office later sent me a two-page note explaining the social care assumptions in more detail. It is clearer than anything in the budget papers. It should have been in them.""") +
    ad(L, 2) +
    sec("What could change", """None of this requires new laws. The council could publish its budget as searchable documents, with a plain-language summary of what is being cut, sold and borrowed. It could hold a public session before the final vote where residents can ask questions and receive answers. It could publish the minutes of the cabinet’s budget briefings, with confidential material removed. Several councils of similar size already do all three.

It could also, and this is the hardest part, stop treating scrutiny as an attack. When I asked about the social care saving, an officer replied by asking whether I understood the pressures the council was under. I do. That is precisely why I asked.

I will be at the next full council meeting in April, when the asset sales come back for approval. I would very much like to have more company in the gallery. ⟦The seats are free, and nobody will check whether you have read page 418.⟧""") +
    _c + bio("⟪Delia Okonkwo has written about Brackenford politics for the Star since 2015.⟫ Her column appears every Friday."),
    kind="opinion", why="political column arguing council budget lacks scrutiny",
))

# ---------------------------------------------------------------- 7: essay with a table of contents, premium-content wrapper (text on the page), pull quote
_o, _c = paywall(L, "premium-content", "⟪Premium: this essay continues for subscribers.⟫ You are signed in as a subscriber.")
PAGES.append(dict(
    case="en-opinion-phonesschool", lang=L, skin="portal", domain="commonroomjournal.example", site="The Common Room",
    url="https://commonroomjournal.example/2026/09/07/the-phone-ban-is-the-easy-part",
    h1="The phone ban is the easy part",
    deck="Schools across the country are locking away smartphones. That is welcome, but it lets the adults off far too lightly.",
    kicker="Essay", strip="Monday 7 September 2026",
    authors=["Miriam Tolland"], byline_text="Miriam Tolland", ld_authors=["Miriam Tolland"], meta="og",
    pub="2026-09-07T07:15:00+01:00", date="7 September 2026 · 16 min read",
    nav=["Schools", "Policy", "Classroom", "Essays", "Podcast", "Jobs board"],
    cookie="⟪We use cookies to run this site and to count readers.⟫",
    related=["⟪What happened when one school banned homework⟫", "Inside the first term of the new curriculum", "Teachers’ pay: the offer explained"],
    most=["⟪Ofsted framework: the ten changes that matter⟫", "How to survive your first parents’ evening"],
    footer="⟪The Common Room is published by Staffroom Media CIC.⟫",
    body=toc(L, [("s1", "What the ban gets right"), ("s7", "What the evidence says"), ("s2", "The homework problem"), ("s3", "Adults in the room"), ("s4", "What schools could do"), ("s6", "The objections"), ("s5", "A harder conversation")]) +
    P("""⟦This September, for the first time, most secondary schools in England have started the year with a full ban on smartphones⟧ during the school day. Phones are handed in at the gate, locked in pouches, or left at home. Teachers I have spoken to describe the change in similar words: corridors are louder, lunch breaks are more chaotic, and children are talking to each other again. I have taught for twenty-two years, and I was in favour of the ban. I still am.

But I want to argue that we have settled on the easiest possible answer to a hard question, and that the ease of it is itself a problem. A ban is something that adults do to children. It asks nothing of us.""") +
    sec("What the ban gets right", """Let me be clear about what the ban achieves, because I do not want to be read as opposing it. In my own school, which introduced locked pouches eighteen months ago, the change in the first term was striking. ⟦Reports of bullying that started on social media⟧ and spilled into school fell by more than half. Teachers spent less time confiscating devices and arguing about them. Some students, particularly the anxious ones, told us privately that they were relieved: the ban took away a decision they did not feel able to make for themselves.

These are real gains, and any teacher who has spent a lesson competing with a vibrating pocket will recognise them. A school day without phones is simply easier to teach in. That matters, and it is enough to justify the policy.""", "s1") +
    sec("What the evidence says", """It is worth being honest, too, about how little we actually know. The research on smartphones and adolescent wellbeing is a battlefield, and both sides quote it selectively. Some large studies find clear links between heavy social media use and anxiety, poor sleep and low mood, particularly among girls. Others find effects so small that they are comparable to the effect of eating potatoes. ⟦The truth, as far as I can tell from reading the studies rather than the headlines,⟧ is that phones are very bad for some children, mildly bad for many, and fine for a few, and that we are not yet good at telling which is which.

The research on school bans specifically is thinner still. A handful of studies from countries that introduced them earlier suggest modest improvements in test scores, concentrated among lower-attaining students. Others find no measurable difference at all. What nearly every study agrees on is that the effects depend heavily on what else a school does, and on whether the ban is enforced consistently or left to individual teachers to police.

None of this is a reason not to act. Schools have always had to make decisions without perfect evidence, and a ban is cheap, reversible and popular. But it should make us modest about what we expect a ban to do, and suspicious of anyone who claims it will fix adolescent mental health on its own. It will not. Nothing that happens only between 8.40 and 3.20 could.""", "s7") +
    _o +
    sec("The homework problem", """But notice what has not changed. At 3.20pm the pouches are unlocked, and the children walk out of the gate into exactly the same world they left at 8.40. Everything that worried us about their phones, the hours of scrolling, the late nights, the comparison and the cruelty, happens mostly outside school hours, and it is untouched by anything we do inside them.

Worse, we have spent a decade moving more and more of school itself onto screens. My students’ homework is set on an app. Their reading is assigned on another. Their timetable, their detentions, their reports and their messages from teachers all arrive on the same phone that we have just locked in a pouch. ⟦We tell them the phone is a danger at 11am and a necessity at 7pm.⟧ They notice the contradiction, even if we do not.

A colleague of mine put it bluntly in a staff meeting last term: we banned the phone from the place where we can see it, and kept it everywhere we cannot.""", "s2") +
    pq("“⟪We banned the phone where we can see it, and kept it everywhere⟫ we can’t.”") +
    sec("Adults in the room", """The harder truth is about us. Children learn what to do with their phones in the same way they learn most things, by watching the adults around them. And the adults around them, including teachers and parents, are on their phones constantly.

I am not exempt. I check my email at traffic lights. I have looked at my phone during my own children’s school plays. When I asked a Year 9 class last spring what they would change about adults’ phone use, the answers came quickly and were not kind: parents who scroll at dinner, teachers who answer messages during lessons, a father who filmed an entire football match instead of watching it.

Children are very good at spotting hypocrisy, and a ban that applies only to them is, in their eyes, a form of it. That does not make the ban wrong. It does make it incomplete.""", "s3") +
    sec("What schools could do", """If schools are serious, there are things we could do beyond the pouch. We could stop requiring students to use phones for homework and school communication, and provide the alternatives that families without reliable devices have always needed anyway. We could agree, as staff, to keep our own phones out of sight during the school day, which some schools have quietly begun to do. We could teach, not in one assembly but across the curriculum, how the apps our students use are designed to hold their attention, and who profits when they do.

We could also involve parents properly, not with a letter home but with something harder: a shared agreement, drawn up with families, about when children in a year group get their first smartphone, so that no family has to be the only one that says no. Several schools have tried this, with mixed but encouraging results. It is slow and awkward work. It requires adults to negotiate with each other, which we are much worse at than negotiating with children.""", "s4") +
    sec("The objections", """I can hear the objections, because I have made some of them myself. Teachers are already overloaded, and now I am asking them to change their own habits, redesign homework and run workshops for parents. Families are busy and under pressure, and many parents rely on their children’s phones to know where they are and that they are safe. Apps for homework exist because they save time, and time is the thing schools have least of.

All true. ⟦But the alternative is to keep pretending that the problem lives inside the school gate,⟧ and to keep being surprised when a policy that works perfectly from nine to three changes so little about the lives our students actually lead. We would not accept that logic about anything else. We do not teach road safety by banning cars from the playground and leaving it there.

And many of the changes I am suggesting cost nothing. Keeping our own phones in a drawer costs nothing. Printing a homework sheet for the handful of students who want one costs very little. Having an honest conversation with parents about when to buy a first phone costs an evening. What these changes require is not money. It is the willingness to be inconvenienced ourselves.""", "s6") +
    sec("A harder conversation", """None of this is as simple as a pouch, which is exactly why the pouch was so popular. It offered politicians a headline, heads a policy, and parents the comfort of knowing something had been done. Everybody could agree on it because it asked nobody over the age of sixteen to change anything.

I would like us to be a little braver. The phone ban is a good first step, and I hope it stays. But if we leave it there, we will have taught our students a lesson we did not intend: that when adults find a problem hard, they solve it by controlling the people with the least power, and then congratulate themselves.

⟦Our children deserve better than that, and so, frankly, do we.⟧""", "s5") + _c,
    kind="opinion", why="teacher’s essay arguing phone bans let adults off lightly",
))
