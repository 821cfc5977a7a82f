"""English pages: a third-person editorial-style argument, a satirical column, a report that quotes angry people at
length and a how-to written as prose."""

PAGES = []

# ---------------------------------------------------------------- unsigned-looking policy argument in the third person; nothing declares it
PAGES.append(dict(
    case="en-opinion-bridgetolls", lang="en", skin="story", domain="riverdailypost.example", site="The River Daily Post",
    url="https://www.riverdailypost.example/2026/03/14/the-case-for-tolling-the-old-bridge",
    h1="The case for tolling the Old Bridge",
    deck="The county has spent two decades avoiding a decision on the crossing. The numbers no longer allow it.",
    authors=["Marcus Whitley"], byline_text="By Marcus Whitley", ld_authors=["Marcus Whitley"], meta="full",
    pub="2026-03-14T07:00:00-05:00", date="March 14, 2026",
    nav=["Local", "Politics", "Business", "Schools", "Sports", "Weather", "Events"],
    cookie="⟪This site uses cookies to measure traffic and remember your settings.⟫",
    related=["⟪County board schedules bridge hearing for April 2⟫", "Inspectors find new cracks in Old Bridge deck", "What a toll would cost a daily commuter"],
    most=["⟪High school gym roof collapses under snow; no injuries⟫", "New bakery opens on Front Street", "Water main break closes Elm Avenue"],
    newsletter="Get the morning briefing in your inbox.",
    footer="⟪© 2026 River Daily Post Company. All rights reserved.⟫",
    body="""<p>⟦The Old Bridge carries about 31,000 vehicles a day, and every one of them crosses for free.⟧ That arrangement made sense in 1958, when the state paid for the span and promised to maintain it. It makes much less sense in 2026, when the state has quietly handed maintenance to the county, the county has no money set aside for it, and engineers have listed the deck as being in poor condition for six inspections in a row.</p>
<p>The county board will hold a public hearing on April 2 on three options: a toll of about two dollars each way, a half-cent increase in the local sales tax, or doing nothing and hoping the state returns with a grant. The third option has been the board’s policy, in practice, for twenty years. It is the worst of the three, and it is time to say so plainly.</p>
<p>Doing nothing is not free. Each year of delay adds to the eventual bill, because deterioration on a concrete deck accelerates once water reaches the reinforcing steel. The county’s own consultants put the cost of a full rehabilitation at 84 million dollars today and at more than 110 million by 2030. ⟦Waiting for a grant that has been promised at every election since 2008 is not a plan;⟧ it is a bet, and the stake is a structure that thousands of people drive across with their children in the back seat.</p>
<p>Between the remaining two options, the toll is the fairer one. A sales tax would be paid by everyone in the county, including the residents of the northern townships who rarely use the bridge and the families who can least afford higher prices at the grocery store. A toll is paid by the people who use the crossing, in proportion to how often they use it. About a third of daily crossings are made by trucks and by commuters who live outside the county altogether; under a sales tax, they would contribute almost nothing.</p>
<p>The objections to a toll deserve a serious answer. The first is that it would hurt low-income workers who commute across the river. That is true, and it can be addressed directly: discounted passes for residents below a set income, as several cities already offer, cost little to administer now that tolling is electronic. The second objection is that traffic would divert to the Route 9 crossing, twelve miles south. Some would. The consultants estimate a diversion of about eight percent, most of it trucks, which is not an argument against the toll so much as an argument for it: heavy vehicles do the most damage to the deck.</p>
<p>⟦The third objection is the most honest one: nobody likes paying for something that used to be free.⟧ But the bridge was never free. Its cost was simply hidden, first in state budgets and then in a maintenance backlog that nobody wanted to discuss. A toll makes that cost visible, and visibility is exactly what a public asset in poor condition needs.</p>
<p>There is also a question of trust. Tolls have a bad reputation because money collected for one purpose has, in too many places, ended up paying for something else. The board can prevent that by writing the rules into the ordinance itself: every dollar collected goes to a dedicated bridge fund, the fund is audited each year, and the toll expires automatically once the rehabilitation bonds are repaid. ⟦A toll with a sunset clause and an audit is a very different thing⟧ from a permanent new tax with no end date.</p>
<p>None of this is comfortable for elected officials in a year with a county election. It would be easier to hold the hearing, express concern, and schedule another study. The board has commissioned four studies of the Old Bridge since 2009. They reach the same conclusion in slightly different language.</p>
<p>⟦The board should adopt the toll, with a low-income discount and a firm sunset, when it votes in May.⟧ The alternative is to keep driving across a bridge that the county cannot afford to repair and cannot afford to lose.</p>""",
    kind="opinion", why="third-person argument for a toll; nothing on the page declares it",
))

# ---------------------------------------------------------------- satire: a mock proposal, deadpan
PAGES.append(dict(
    case="en-opinion-meetingsatire", lang="en", skin="blog", domain="thelongweekend.example", site="The Long Weekend",
    tagline="Stories, notes and arguments from the Midlands",
    url="https://thelongweekend.example/a/204417",
    h1="A modest proposal to replace all meetings with more meetings",
    authors=["Priya Halloran"], byline_text="by Priya Halloran", byline_html='by <a href="/author/priya-halloran/">Priya Halloran</a>',
    ld_authors=["Priya Halloran"], meta="og",
    pub="2026-02-03T09:30:00+00:00", date="3 February 2026",
    nav=["Home", "Work", "Money", "Culture", "Archive", "About"],
    cookie="⟪We use a small number of cookies to keep this site running.⟫",
    related=["⟪The four-day week, one year on⟫", "Why every office now has a ‘hub’", "Open-plan offices are back, apparently"],
    most=["⟪How to leave a group chat without starting a war⟫", "The great stapler shortage of 2025"],
    footer="⟪The Long Weekend is published by Halloran and Webb Media Ltd.⟫",
    body="""<p>⟦Last month my employer announced a review of meetings.⟧ The review will consist of a series of meetings, beginning with a kick-off meeting to agree the scope of the review, followed by a workshop to agree the scope of the kick-off meeting, which has already taken place, and will therefore be reviewed retrospectively at a later meeting.</p>
<p>I think this is a mistake. Not because it goes too far, but because it does not go nearly far enough.</p>
<p>For too long, the modern office has tolerated a scandalous amount of time in which nobody is meeting at all. Consider the average knowledge worker. Between nine and five, she may spend as little as six hours in meetings. The remaining two hours are lost to what the industry calls “work”: unsupervised, unminuted activity with no agenda, no action points and, worst of all, no calendar invitation. ⟦Nobody knows what happens in those two hours. There are no slides.⟧</p>
<p>My proposal is simple. Every minute of the working day should be assigned to a meeting, and any work that still needs doing should be done during the meetings, ideally with the camera off and the microphone muted, as most of us already do.</p>
<p>Critics will say that this is unrealistic. They said the same thing about the meeting to prepare for the meeting, and now every serious organisation has one. They said it about the recurring weekly sync whose original purpose nobody can remember, and yet it recurs, weekly, with the loyalty of a tide. Progress is always resisted before it is scheduled.</p>
<p>There will be teething problems. Some colleagues will find themselves double-booked. This is easily solved by a short meeting to resolve calendar conflicts, held at a time when all affected colleagues are free, which, under my proposal, will be never. ⟦I see this not as a flaw but as a source of stability.⟧ A system in which no meeting can be cancelled, because the meeting to cancel it cannot be held, is a system that will last.</p>
<p>Others will ask what happens to the actual product, the thing the company sells. I would gently point out that the product has survived years of being discussed rather than made, and shows no sign of minding. In my experience, a product responds best to being talked about by eleven people at once, three of whom have joined from a train.</p>
<p>We should also be honest about the benefits to our mental health. A person in a meeting is never alone. She is surrounded, at all times, by the faces of her colleagues arranged in a grid, some of them frozen mid-sentence, one of them permanently displaying a cat. Loneliness is a serious problem in modern society. ⟦The meeting is the cure, and we have been rationing it.⟧</p>
<p>I recognise that some readers will detect a note of irony in all this. They are wrong, or at least they would be wrong if they had attended the pre-read. But let me drop the act for one paragraph, since the management at my own company has, apparently, no sense of humour. The meetings we hold are not a symptom of collaboration. They are a substitute for trust. An organisation that believed its staff were working would not need to watch them do it, one invitation at a time, in thirty-minute blocks with a five-minute buffer nobody respects.</p>
<p>If the review wants one recommendation, here it is: cancel every recurring meeting for a month, and bring back only the ones somebody misses. I suspect it will be a short list.</p>
<p>⟦Until then, I will see you at the meeting about this column.⟧ Please accept the invitation. Please do not propose a new time.</p>""",
    kind="opinion", why="satirical column arguing against meetings through mock proposal",
))

# ---------------------------------------------------------------- news: residents and a councillor quoted at length, reporter stays neutral
PAGES.append(dict(
    case="en-news-librarycuts", lang="en", skin="story", domain="northgatetimes.example", site="Northgate Times",
    url="https://www.northgatetimes.example/2026/03/11/library-closures-vote",
    h1="Council votes to close three branch libraries after four-hour meeting",
    authors=["Daniel Osei"], byline_text="By Daniel Osei", ld_authors=["Daniel Osei"], meta="full",
    pub="2026-03-11T22:10:00+00:00", date="11 March 2026, 22:10",
    nav=["News", "Council", "Business", "Sport", "Things to do", "Property"],
    cookie="⟪We and our partners use cookies to personalise ads and content.⟫",
    caption="⟪Protesters outside the civic centre before Wednesday’s vote.⟫",
    related=["⟪Which branches will close and when⟫", "Library volunteers offer to run Eastfield branch", "Council budget: the full list of savings"],
    most=["⟪Bus lane cameras to go live on Monday⟫", "Northgate Rovers sign striker on loan"],
    footer="⟪Northgate Times is part of Midshire Media Group.⟫",
    body="""<p>⟦Northgate council has voted to close three of its seven branch libraries⟧ as part of a package of savings intended to close a 9.4 million pound gap in next year’s budget.</p>
<p>The decision was taken by 31 votes to 24 at a meeting on Wednesday evening that lasted more than four hours and was interrupted twice by protesters in the public gallery. The Eastfield, Carr Lane and Moorside branches will close at the end of June. The council says the change will save about 610,000 pounds a year.</p>
<p>Speaking before the vote, the council’s cabinet member for communities, Sandra Pike, said the authority had been left with no choice. “Nobody came into local government to close libraries. I certainly didn’t. But I am not prepared to stand here and pretend that we can keep every building open while we are cutting social care for elderly people,” she said. “If people want to blame someone, they should look at how councils are funded, not at the people trying to balance the books.”</p>
<p>Opposition councillors were scathing. Tom Brierley, who represents Eastfield, told the chamber the closures were “a false economy and a moral failure”. ⟦“You are closing the one warm, free, safe building on an estate⟧ where a third of children live in poverty,” he said. “The children who do their homework at Eastfield are not going to get on two buses to the central library. They are going to stop coming. That is what this decision means, and every councillor who votes for it should have the courage to say so.”</p>
<p>More than 200 people gathered outside the civic centre before the meeting. Several spoke during the public question session. Amina Rashid, a mother of three from Carr Lane, said her eldest son had learned to read at the branch. “I’m not an activist. I’ve never done anything like this in my life,” she said. “But I’m angry. They found money for the new roundabout. They found money for consultants. ⟦They can find money for the library if they want to.”⟧</p>
<p>Gordon Fell, 78, a retired engineer who uses the Moorside branch for its computers, said he had written to every councillor. “The library is where I do my pension forms, my gas bill, everything, because I haven’t got the internet at home,” he said. “I don’t know what I’m supposed to do now. Nobody has told me.”</p>
<p>The council said a mobile library would visit each of the three areas once a week and that it was in talks with community groups interested in running the buildings as volunteer-led spaces. A report presented to councillors said usage at the three branches had fallen by between 22 and 38 per cent since 2019, while visits to the central library and online loans had risen.</p>
<p>The report also acknowledged that the closures would have a “disproportionate impact” on older residents, disabled people and households without internet access, and recommended that the council monitor the effect over the next year.</p>
<p>Unison, which represents library staff, said 14 posts would be lost, although the council said it expected most staff to be redeployed. A regional organiser for the union, Karen Doyle, said members were “devastated” and that the union would consider whether the consultation had been lawful.</p>
<p>⟦A group of residents has said it will seek a judicial review of the decision.⟧ Their solicitor, Ravi Menon, said letters would be sent to the council this week. The council said it was confident that it had followed the correct process.</p>
<p>The budget as a whole, which also includes a 4.99 per cent rise in council tax, will be put to a final vote of the full council on 25 March. ⟦Ms Pike said she did not expect further changes to the library proposals.⟧</p>""",
    kind="news", why="council vote report; opinions belong to quoted councillors and residents",
))

# ---------------------------------------------------------------- other: a how-to with the steps told as prose
PAGES.append(dict(
    case="en-other-sharpenknife", lang="en", skin="blog", domain="thekitchenbench.example", site="The Kitchen Bench",
    tagline="Cooking, tools and the occasional disaster",
    url="https://thekitchenbench.example/2026/01/22/sharpen-a-kitchen-knife-on-a-whetstone",
    h1="How to sharpen a kitchen knife on a whetstone",
    authors=["Owen Tremayne"], byline_text="by Owen Tremayne", ld_authors=["Owen Tremayne"], meta="full",
    pub="2026-01-22T12:00:00+00:00", date="January 22, 2026",
    nav=["Recipes", "Techniques", "Kit", "Seasonal", "About"],
    cookie="⟪Cookies help us deliver our services. By using the site, you agree.⟫",
    caption="⟪A combination whetstone with a 1000 and a 6000 grit side.⟫",
    related=["⟪How to hone a knife with a steel⟫", "The only three knives you really need", "Cleaning cast iron without ruining it"],
    most=["⟪Ten-minute tomato soup⟫", "Why your rice is sticky"],
    footer="⟪© 2026 The Kitchen Bench. Text and photographs may not be reproduced.⟫",
    body="""<p>⟦A sharp knife is safer than a blunt one,⟧ because it goes where you point it instead of sliding off the skin of a tomato and into your thumb. Sharpening on a whetstone looks intimidating, but it is a skill most people can learn in an afternoon. This guide walks through the whole process, from soaking the stone to testing the edge, in the order you will actually do it.</p>
<h2>What you need</h2>
<p>You need a whetstone, a damp tea towel, a bowl of water and the knife. For most home kitchens, a combination stone with a medium side of around 1000 grit and a fine side of around 4000 to 6000 grit is enough. A very dull or chipped knife may need a coarse stone of 400 grit first, but that is rarely necessary if you sharpen a few times a year.</p>
<h2>Step one: prepare the stone</h2>
<p>⟦First, check whether your stone needs soaking.⟧ Many water stones do: put the stone in the bowl and leave it until it stops releasing small bubbles, which usually takes ten to fifteen minutes. Some stones, sold as “splash and go”, only need to be wetted on the surface. While the stone soaks, fold the tea towel and lay it on the counter; it will stop the stone from sliding and catch the slurry.</p>
<h2>Step two: find the angle</h2>
<p>Place the stone on the towel, coarse side up and long side facing you. Hold the knife by the handle with your dominant hand, edge facing away from you, and lay the blade flat on the stone. Now raise the spine until the blade sits at roughly 15 to 20 degrees. A simple way to find this is to halve a right angle, then halve it again: that gives about 22 degrees, and a little lower is right for most Western kitchen knives. Japanese knives are often sharpened at a slightly lower angle.</p>
<p>The angle matters less than keeping it the same on every stroke. If you find that hard, a cheap clip-on angle guide will help while your hands learn the feel.</p>
<h2>Step three: raise a burr</h2>
<p>Place two or three fingers of your other hand on the flat of the blade, near the edge. Push the knife away from you across the stone, sweeping from heel to tip so that the whole edge meets the stone during the stroke, then draw it back with light pressure. Repeat this ten to fifteen times. ⟦Then run your thumb gently across the other side of the edge, never along it.⟧ You are feeling for a burr: a tiny ridge of metal that has been pushed over. If you feel it along the whole length, that side is done. If not, keep going, paying attention to the part that has no burr, often the tip.</p>
<p>Turn the knife over and repeat on the second side, with the same angle and the same number of strokes, until a burr forms on the first side.</p>
<h2>Step four: refine on the fine side</h2>
<p>Turn the stone over to the fine side and wet it. Repeat the same motion with lighter pressure, about ten strokes on each side, then alternate single strokes, one side and then the other, five or six times. This removes the burr and polishes the edge. Keep the stone wet; if it starts to feel dry or sticky, splash on a little more water.</p>
<h2>Step five: test and clean up</h2>
<p>⟦To test the edge, slice a sheet of printer paper held by one corner.⟧ A sharp knife cuts cleanly without tearing; a snag shows a spot that needs a few more strokes. Rinse and dry the knife, rinse the stone and let it dry at room temperature before you put it away, away from direct heat, which can crack it.</p>
<p>Stones wear unevenly, so every few sessions flatten yours by rubbing it on a flattening plate or on wet sandpaper laid on a flat surface. Between sharpenings, a few strokes on a honing steel before you cook will keep the edge aligned for longer. ⟦With practice, the whole job takes about fifteen minutes per knife.⟧</p>""",
    kind="other", why="step-by-step how-to guide written as prose",
))
