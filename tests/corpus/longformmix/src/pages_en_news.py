"""English news pages: an investigation split into many sections (correction note on top), a long report with a
folded second half and a fact box, a long interview behind a paywall wrapper, and page 1 of a three-page
investigation."""
from parts import P, ad, also, bio, cta, factbox, fig, fold, lede, note, pager, paywall, pq, sec

L = "en"
PAGES = []

# ---------------------------------------------------------------- 1: sections + ad slots + read-also, pull quote, figures, correction note
PAGES.append(dict(
    case="en-news-drownedvalley", lang=L, skin="magazine", domain="thelongwater.example", site="The Long Water",
    url="https://www.thelongwater.example/features/2026/08/harlow-reach-drowned-village-compensation",
    h1="The village that came back: what the drought revealed at Harlow Reach",
    deck="Fifty-four years after the valley was flooded, the old village is above water again. So are the questions about how its families were paid.",
    kicker="Investigation", reading="24 min read",
    authors=["Imogen Castell", "Rhys Adeyemi"], byline_text="By Imogen Castell and Rhys Adeyemi",
    byline_html='By <a href="/authors/imogen-castell">Imogen Castell</a> and <a href="/authors/rhys-adeyemi">Rhys Adeyemi</a>',
    ld_authors=["Imogen Castell", "Rhys Adeyemi"], meta="ld", ld_type="NewsArticle",
    pub="2026-08-16T06:00:00+01:00", date="16 August 2026",
    nav=["News", "Features", "Investigations", "Environment", "Culture", "Podcasts"],
    cookie="⟪We use cookies to understand how our long reads are read.⟫",
    caption="The church tower of Harlow Reach, exposed by the falling reservoir in July.",
    related=["⟪The last ferryman of the upper lakes⟫", "Who owns a river? A year on the Teme", "Drought orders: what they mean for you"],
    most=["⟪Hosepipe ban extended to four more counties⟫", "The quiet collapse of the village pub", "Ten walks along old railway lines"],
    comments=[("Margaret W.", "My grandmother was born in Harlow Reach and never spoke of it."), ("pdk_1961", "Brilliant reporting, thank you.")],
    footer="⟪© 2026 The Long Water Ltd. Registered in England and Wales.⟫",
    body=note("⟦Correction: An earlier version of this article gave the number of households moved as 212.⟧ The correct figure, from the board’s 1971 register, is 121. The article was amended on 17 August 2026.") +
    P("""⟦The first thing to appear was the weathervane.⟧ In the second week of July, when the level of Harlow Water had fallen further than anyone working for the water company could remember, a walker on the eastern shore noticed a small iron cockerel standing just proud of the surface, a hundred metres out, turning slowly in the wind as if nothing had happened to it since 1972.""") +
    P("""Within a fortnight the tower beneath it had emerged, then the roof line of the chapel, then a low grey outline that older residents of the villages around the reservoir recognised at once as the wall of the school yard. By the start of August the whole main street of Harlow Reach was visible from the dam: a row of roofless cottages, a bridge with its parapet intact, the footings of a mill, and the lane that once led out of the valley towards the market town of Stannerby.

Crowds followed. On the first Sunday in August the county police counted more than four thousand visitors on the shore path, and the water company closed two car parks after people were found walking across the exposed mud towards the church, some of them sinking to the knee. For a few weeks the drowned village became a strange kind of attraction, photographed from drones and shared under hashtags that its former inhabitants found hard to look at.""") +
    fig("Visitors on the eastern shore path in early August, when the police counted more than four thousand people in a single day.", "Photograph: Tom Ashby for The Long Water", "crowds") +
    sec("A valley chosen on a map", """Harlow Reach was not a large place. At the 1961 census it had 386 inhabitants, most of them living in stone houses along the river and on three farms higher up the valley. There was a school with two classrooms, a chapel, an inn called the Plough, a post office that also sold paraffin, and a mill that had stopped grinding corn before the war and was used to store hay.

The valley was chosen for a reservoir in 1964, when the Stannerby and District Water Board concluded that the growing towns to the south would run short of water within twenty years. Engineers looked at five possible sites. Harlow was cheaper than the others because the valley narrowed sharply below the village, which meant that a relatively short dam could hold back a great deal of water. Board minutes from the period, which we obtained from the county archive, describe the village in a single line as “a small settlement of limited agricultural value.”

Construction began in 1968. The last family left in the spring of 1972, and the valley was allowed to fill over the following winter.""") +
    ad(L, 1) +
    sec("What the families were promised", """Every household in the valley was entitled to compensation, and the board said repeatedly at the time that families would be treated fairly. What fairly meant was never written down in one place. For this article we read more than 1,400 pages of correspondence, valuations and committee papers held in three archives, and interviewed 23 people who lived in Harlow Reach as children or whose parents did.

⟦The records show that owners of houses and farms were paid the market value⟧ of their property, as assessed by the district valuer, plus a disturbance allowance. Tenants, who made up almost two thirds of households, were treated very differently. Most received only the disturbance allowance, which in 1971 ranged from 40 to 120 pounds, and an offer of a council house in Stannerby or one of the new estates to the south.

“We were told we’d be looked after,” said Ellen Marsh, who was nine when her family left their rented cottage on the main street. “My father signed a paper at the kitchen table, and that was the end of it. He thought the paper was about the new house. It was the paper saying he accepted the money.”""") +
    pq("“My father signed a paper at the kitchen table. ⟪He thought it was about the new house.⟫”") +
    also(L, "Drought orders: what they mean for you") +
    sec("Two valuations, one house", """The clearest gap in the record concerns the farms. Three farms in the upper valley were valued twice: once in 1965, when the board was still deciding whether to build, and again in 1970, shortly before the purchases were completed. In each case the second valuation was lower than the first, in one case by almost a third, although land prices in the county rose steadily over the same period.

A letter from the district valuer to the board’s clerk, dated March 1970, explains the difference in terms that are hard to read today. The farms, he wrote, should be valued “as they will be when the scheme proceeds, and not as though it will not.” In other words, the land was worth less because the board had decided to flood it. Two planning lawyers we consulted said that this approach, sometimes called the scheme-blight problem, was already contested at the time, and that later legislation was written partly to prevent it.

⟦Neither the water company that succeeded the board nor the district valuer’s office⟧ could tell us whether the families were informed of the first valuation. David Penhale, whose grandfather farmed at High Harlow, said the family learned of it only in 2019, when his sister requested the file. “Grandad died thinking he’d been paid what the farm was worth,” he said. “He’d have been furious. Maybe it’s better he didn’t know.”""") +
    fig("A page from the 1970 valuation of High Harlow farm, with the figure from 1965 crossed out by hand.", "Photograph: County Archive, ref. SWB/4/112", "valuation") +
    ad(L, 2) +
    sec("The company’s answer", """Northfold Water, which took over the reservoir when the industry was reorganised, says it has no legal liability for decisions taken by the board more than half a century ago. In a written statement, a spokesperson said the company “recognises the deep attachment that former residents and their families feel to Harlow Reach” and would “consider carefully any request to mark the history of the village.”

⟦The company declined to say whether it had reviewed the compensation files itself.⟧ It said that the exposed buildings were unsafe and asked visitors to stay on marked paths, and that it expected the water to return to normal levels after an average winter.

Asked about the 1965 valuations, the spokesperson said the company was “not in a position to comment on the methods of a predecessor body” and that questions about historic compensation “are properly matters for government.” The Department for Environment did not respond to three requests for comment.""") +
    cta(L) +
    sec("Going back", """For the people who lived there, the return of the village has been a confusing experience. Several of those we spoke to had not been back to the valley since they left, and some had avoided driving past the reservoir for decades.

Ellen Marsh went in late July, with her son and granddaughter. She walked as far as the school yard wall before the mud stopped her. From there she could see the doorway of the cottage her family rented, with its stone lintel still in place.

“I could have walked in,” she said. “That’s what I kept thinking. It looked like you could just walk in and put the kettle on. I don’t know what I expected. I thought I would cry, and I didn’t. I was angry instead, which surprised me. Not about the water. About how little anyone asked us.”

A group of former residents has now written to the company asking for a permanent memorial, for the compensation records to be made public in full, and for an independent review of how tenants were treated. The letter has 61 signatures. Its author, the retired teacher Graham Holt, whose parents kept the Plough until 1971, said he did not expect money, and was not asking for any.""") +
    sec("What happens when the water returns", """Hydrologists expect the level of Harlow Water to recover over the coming winter if rainfall is close to average, and the main street will disappear again, perhaps for another generation. The records, however, are not going anywhere. Historians at the county archive say that requests to see the board’s papers have increased tenfold since July, mostly from families.

“People want to know what happened to their grandparents,” said the county archivist, Ruth Sandford. “And for the first time, they can stand on the shore and look at the place while they read about it. That changes how the documents feel.”

⟦Graham Holt said the valley had given the families a second chance to ask their questions,⟧ and that he intended to use it before the rain came. “When it’s under water again, people will forget,” he said. “They always have. This time I’d like them to forget a bit more slowly.”"""),
    kind="news", why="investigative feature on compensation records with sources and company reply",
))

# ---------------------------------------------------------------- 2: folded second half (hidden), fact box, drop cap lede
_o, _c = fold(L, "hidden")
PAGES.append(dict(
    case="en-news-nightward", lang=L, skin="newsroom", domain="eastmerecourier.example", site="Eastmere Courier",
    url="https://www.eastmerecourier.example/health/2026/05/19/twelve-hours-on-ward-nine",
    h1="Twelve hours on Ward Nine: inside the night shift at St Aldric’s",
    deck="Nurses at the county’s largest hospital say night staffing has reached a breaking point. We spent a night with them.",
    section="Health", kicker="Long read",
    authors=["Bethan Lowry"], byline_text="Text: Bethan Lowry · Photographs: Sam Okafor", ld_authors=["Bethan Lowry"], meta="og",
    pub="2026-05-19T05:30:00+01:00", date="Tuesday 19 May 2026",
    nav=["News", "Health", "Education", "Business", "Sport", "Opinion", "Jobs"],
    cookie="⟪Eastmere Courier and its partners use cookies to fund local journalism.⟫",
    caption="Charge nurse Paula Greaves during the 3am medication round.",
    related=["⟪Hospital trust misses waiting-time target for ninth month⟫", "Agency nurse spending doubles in two years", "New car park opens at St Aldric’s"],
    most=["⟪Eastmere bypass to close for resurfacing in June⟫", "School uniform shop moves to market hall", "Rovers fans’ bus breaks down on M6"],
    footer="⟪Eastmere Courier, 14 Mill Lane, Eastmere. Published by Fenland Local Media.⟫",
    body=lede("⟦At a quarter to eight in the evening, the handover room on Ward Nine smells of toast and hand gel.⟧ The day staff are tired in the particular way of people who have been on their feet for twelve hours, and the night staff are already counting. Twenty-eight beds. Twenty-seven patients. Four nurses, one of them from an agency and new to the ward, and two healthcare assistants, one of whom will be moved to the emergency department before midnight.") +
    P("""“That’s a good night,” says Paula Greaves, the charge nurse, reading the board. “On paper, that’s a good night.”

Ward Nine is a general medical ward at St Aldric’s, the largest hospital in the county, and most of its patients are older people admitted with infections, falls, heart failure or some mixture of the three. Many are confused at night. Several need two people to turn them. One, tonight, is dying, and his daughter is sitting by the bed in the side room with her coat still on.

Over the past year, nurses at St Aldric’s have raised repeated concerns about staffing on night shifts, through formal incident reports, through their union and, in March, in an open letter signed by 140 staff. The hospital trust says it meets national guidance on safe staffing on most nights and is recruiting. The nurses say the guidance is not the problem: the problem is the gap between what is planned and what happens after dark.""") +
    factbox("Key facts", ["⟪28 beds on Ward Nine, one nurse for every seven patients at night⟫", "140 staff signed the open letter in March", "Agency shifts at the trust: 2,310 in April"]) +
    P("""⟦The Courier spent one night shift on the ward,⟧ from 7.45pm to 8.15am, with the agreement of the trust and of the patients and relatives we spoke to. Names of patients have been changed.""") +
    _o +
    P("""#Before midnight

The first hours go on medication and on settling people. Paula moves through the bays with a trolley and a laptop on a stand, checking each patient’s chart against the screen, crushing tablets for a man who cannot swallow them, persuading a woman in bed fourteen that the antibiotic is not the same as the one that made her sick last year.

It is slow work, and it cannot be rushed. A round that should take ninety minutes takes two and a half hours tonight, because it is interrupted eleven times: by a call bell, by a patient trying to climb out of bed, by a phone call from the emergency department asking how soon a bed will be free, by a relative ringing to ask how her mother is.

At 10.40pm the healthcare assistant, Darren, is moved to the emergency department, where three ambulances are waiting to hand over patients. Nobody argues. “They need him more than we do,” Paula says. “Right now.” It means that every turn, every wash and every walk to the toilet for the rest of the night will take a nurse away from something else.

#The hours nobody sees

Between one and four in the morning the ward is dim and, for a while, quiet. This is the time that nurses describe as the most dangerous. Patients who are confused become more confused. People get up to find a bathroom in a place they do not recognise. Falls happen.

At 2.15am a man in bed six, who is eighty-seven and has been told not to walk without help, is found on the floor beside his bed. He is not badly hurt. It takes two nurses and twenty minutes to check him, help him up, call the doctor and fill in the incident form. While they do so, a call bell rings in bay three for nine minutes before anyone can answer it.

“That’s the bit people don’t understand,” says Ade Bankole, a staff nurse who has worked on the ward for six years. ⟦“It isn’t one big disaster. It’s a hundred small delays.⟧ Somebody waits for pain relief. Somebody waits to be changed. Every one of them is a person lying in the dark wondering if anyone is coming.”

The trust’s own figures, released to the Courier under the Freedom of Information Act, show that 61 falls were recorded on the hospital’s medical wards between midnight and 6am last year, compared with 38 in 2022. The trust says the increase partly reflects better reporting.

#The letter

The open letter that nurses sent to the trust board in March was drafted, Paula says, on this ward, on the back of a drug chart, at four in the morning. ⟦It asked for three things: real staffing figures, fewer night moves, and a break room.⟧ The last request surprised the managers most. At present, night staff on Ward Nine eat in the sluice corridor or in the kitchen, standing up, because the staff room on the floor below is locked at nine.

“It sounds like a small thing,” Ade says. “It isn’t. If you can’t sit down for ten minutes in twelve hours, you make mistakes. We all know it. We wrote it down because nobody seemed to believe us when we said it out loud.”

The letter gathered signatures in a week, from porters and pharmacists as well as nurses. Two consultants signed it. The trust board discussed it in private session in April and replied with a four-page letter that thanked staff for their commitment and promised a review.

#The side room

The man in the side room dies at 4.20am, with his daughter holding his hand. Paula has been in and out of the room all night, between other jobs, adjusting his medication and sitting with the daughter for a few minutes at a time.

Afterwards there is the work of death, which is quiet and careful and takes time: the washing and dressing of the body, the paperwork, the phone calls, the cup of tea for the daughter, who does not want to leave. Paula stays with her for twenty-five minutes, longer than she can spare, and then goes back to the bays, where the morning observations are due.

“You never get used to the feeling that you didn’t give someone enough time,” she says later, in the kitchen, eating a biscuit standing up. It is the first thing she has eaten since the shift began. “That man had a good death, I think. But I was thinking about bed fourteen the whole time I was with his daughter, and I hate that.”

#What the trust says

The chief nurse at St Aldric’s, Dr Caroline Whitcombe, said in an interview that the hospital had recruited 190 nurses in the past year, most of them from overseas, and that vacancy rates were falling. She acknowledged that staff were regularly moved between wards at night to cover emergencies.

“We have to make decisions every night about where the greatest risk is,” she said. “Sometimes that means a ward runs with fewer people than we would like. I don’t pretend that’s comfortable, and I don’t pretend our staff aren’t exhausted. ⟦We are asking a great deal of them.”⟧

She said the trust would publish ward-by-ward night staffing figures from July, one of the demands made in the open letter, and would review how healthcare assistants were redeployed.

#Morning

At 7.30am the day staff arrive, and the handover begins again in the room that smells of toast. Paula goes through the board bed by bed: the fall in bed six, the new admission in bed nineteen, the empty side room. She has not sat down since midnight.

Asked whether she would recommend nursing to a young person, she takes a long time to answer. “Yes,” she says finally. “It’s the best job there is. I just wish we were allowed to do it properly.”

⟦She walks out into the car park a little after eight, into a bright May morning,⟧ and drives home to sleep for five hours before her next shift.""") +
    _c,
    kind="news", why="reported night-shift feature with trust response and figures",
))

# ---------------------------------------------------------------- 3: long interview in Q&A, the rest behind a paywall wrapper (on the page), bio at the end
_o, _c = paywall(L, "paywall")
PAGES.append(dict(
    case="en-news-cartographer", lang=L, skin="portal", domain="meridianweekly.example", site="Meridian Weekly",
    url="https://meridianweekly.example/interviews/2026/10/02/hana-voss-mapping-the-sea-floor",
    h1="“Most of the planet has never been seen”: Hana Voss on mapping the sea floor",
    deck="The ocean cartographer has spent thirty years charting the deep. She talks about sonar, patience and why the maps still have holes.",
    kicker="The Interview", strip="Friday, 2 October 2026",
    authors=["Owen Pritchard"], byline_text="Interview by Owen Pritchard", ld_authors=["Owen Pritchard"], meta="ld", ld_type="NewsArticle",
    pub="2026-10-02T08:00:00+01:00", date="2 October 2026",
    nav=["World", "Science", "Ideas", "Interviews", "Books", "Archive"],
    cookie="⟪Meridian Weekly uses cookies. Some are needed for subscriptions to work.⟫",
    related=["⟪The cable ships that keep the internet alive⟫", "A year aboard a research trawler", "Interview: the last lighthouse keeper"],
    most=["⟪Why octopuses are smarter than we thought⟫", "The return of the sailing cargo ship"],
    comments=[("Jenny K.", "⟪Fascinating. I had no idea so little of the seabed was mapped.⟫")],
    footer="⟪Meridian Weekly is an independent magazine. © 2026 Meridian Publishing.⟫",
    body=P("""⟦Hana Voss was twenty-three when she first saw a map of the sea floor appear line by line⟧ on a screen in the hold of a research ship in the North Atlantic. She has been making such maps ever since: first as a hydrographer for a survey office, then as the scientific lead of a decade-long international project to chart the deep ocean. She is now fifty-four, and the project she helped lead will publish its final dataset next spring. We met in her office, which has a window onto a car park and a wall covered with printed bathymetry, deep blues fading to violet.

**How much of the sea floor have we actually mapped?

It depends on what you mean by mapped. If you mean measured directly, with sound, at a resolution of about a hundred metres, then when I started it was perhaps five or six percent. Today it is a little over a quarter. Everything else on the maps you see, the smooth blue shapes in an atlas, is an estimate. It comes from satellites that measure tiny bumps in the height of the sea surface, which tell you roughly where there are mountains underneath. Roughly. You could hide a whole range of hills in the gaps.

**People are often surprised that we know the surface of Mars better than our own ocean floor.

They are, and it is true in a way, although it is a bit of a cliché now. Mars has no water in the way. Light goes through air. Light does not go through the ocean, so you cannot photograph the floor from above. You have to use sound, and sound has to go all the way down and all the way back, and the ship has to move slowly, and the ocean is enormous. ⟦It is not a failure of curiosity. It is a question of physics and ship time.⟧

**What does a day of surveying look like?""") + _o +
    P("""Very boring, mostly. That is what nobody tells students. The ship moves in lines, like mowing a lawn, at perhaps ten knots. The sonar sends out a fan of sound under the hull, and the echoes come back and draw a strip of sea floor on the screen. You watch it. You check the data. You correct for the temperature of the water, because sound travels at different speeds in warm and cold layers, and if you get that wrong the whole map bends. You do that for twelve hours, and then somebody else does it for twelve hours. For weeks.

And then, maybe once a month, something appears on the screen that nobody has ever seen. A seamount, a canyon, a field of little volcanic cones. And the whole ship comes down to look at it, the cook and the engineers and everybody. I have been doing this for thirty years, and that moment has not got old.

**Do you remember the first one?

Of course. It was a seamount west of Ireland, about two thousand metres tall, rising out of a plain. It was not on any chart. We gave it a provisional name after the ship’s cat. The name did not survive the official committee.

**Your project brought in data from fishing boats, ferries and private yachts. Why?

Because there are not enough research ships, and there never will be. When we did the arithmetic at the beginning, we found that mapping the whole ocean with dedicated survey vessels would take something like two hundred ship-years. So we asked: who is out there already? Every ship has an echo sounder for safety. Most of them throw the data away. We built a simple logger, about the size of a shoebox, that records depth and position, and we gave it away to anyone who would carry it.

**Did it work?

Better than we hoped, in some places. Around coasts, in shipping lanes, on ferry routes, we now have very good coverage from volunteers. The data from a ferry crossing the same route twice a day for five years is extraordinary. But volunteers do not go to the middle of the South Pacific. Nobody goes there. ⟦The biggest gaps on the map are the places where nobody has a reason to be.⟧

**You trained as a hydrographer, charting harbours for ships. How different is the deep ocean?

Completely different, and also exactly the same. In a harbour you are looking for anything that could hit a hull: a wreck, a rock, a sandbank that moved in last winter’s storms. The standards are very strict, because people’s lives depend on them. In the deep ocean nothing is going to hit a ship, so for a long time nobody cared about precision. ⟦What I brought from the harbour work was a kind of stubbornness about errors.⟧ A wrong number in a harbour chart can sink a ferry. A wrong number in a deep-sea chart can send a climate model in the wrong direction for years, and nobody will notice.

**Was it difficult to persuade governments to share what they had?

Very. Some of the best data in the world sits in government offices and has never been released, often for no good reason except habit. We spent years in meetings. I used to joke that I mapped more conference rooms than sea floor in that period. What changed minds, in the end, was seeing the volunteer data arrive from ordinary ships. It embarrassed people a little. If a fishing boat could share its soundings, why couldn’t a navy share soundings from forty years ago?

**Who owns these maps?

That was one of the hardest arguments of the project, and I am proud of how it ended. Everything we produced is public, free, and open to anyone. Some countries were uneasy about that, because detailed knowledge of the sea floor near their coasts is useful to navies. We agreed that data inside territorial waters would be handled by each country. Beyond that, the deep ocean belongs to everyone, and so should the map of it.

**There are companies that want to mine the deep sea floor. Does your work help them?

Yes, it does, and I will not pretend otherwise. A good map is useful to a mining company, just as it is useful to a fisheries scientist or a cable engineer or someone modelling a tsunami. I have thought about this a lot. My view is that you cannot make good decisions about a place you have never seen. Whether or not the deep sea should be mined is a political question. But the people who argue about it should at least be looking at the same map.

**What will the final dataset change?

⟦For most people, nothing they will notice. For scientists, quite a lot.⟧ Ocean currents follow the shape of the floor. So do the paths along which heat moves around the planet, and the places where nutrients come up from the deep and feed fisheries. Climate models use a map of the sea floor, and in many places that map is a guess. Tsunami forecasts depend on it too. When the shape changes, the wave changes.

**What has the work taught you?

Patience, mainly. And a kind of humility. You sit on a ship for six weeks and you map an area the size of a small country, and when you look at it on a globe it is a tiny dot. You realise how little of the world has actually been seen by anyone. I find that comforting, to be honest. There is still so much left.

**Will you go back to sea?

⟦I have one more cruise booked, in the Southern Ocean, in January.⟧ After that I will probably stay on land and be the person who reads the data other people send. My knees are not what they were. But I said that three cruises ago, so we will see.""") + _c +
    bio("⟪Owen Pritchard is Meridian Weekly’s science editor.⟫ His book on the history of navigation is published next year."),
    kind="news", why="long question-and-answer interview with a scientist",
))

# ---------------------------------------------------------------- 4: page 1 of a three-page investigation; figures between paragraphs; drop cap lede
PAGES.append(dict(
    case="en-news-portledger", lang=L, skin="newsroom", domain="saltmarshherald.example", site="The Saltmarsh Herald",
    url="https://www.saltmarshherald.example/investigations/who-is-buying-the-harbour-front",
    h1="Who is buying the harbour front? Part one: forty addresses, one postbox",
    deck="A six-month investigation into the shell companies behind Kilbrannan’s waterfront property boom.",
    section="Investigations",
    authors=["Niamh Rourke"], byline_text="Niamh Rourke, Investigations Editor", ld_authors=["Niamh Rourke"], meta="min",
    pub="2026-11-08T07:00:00+00:00", date="Sunday, November 8, 2026",
    nav=["News", "Investigations", "Business", "Harbour", "Community", "Sport"],
    cookie="⟪This website uses cookies. Read our cookie policy.⟫",
    related=["⟪Council to review short-let licences after complaints⟫", "Harbour ward residents form tenants’ union"],
    most=["⟪Ferry timetable changes: what you need to know⟫", "Lifeboat crew rescue two kayakers off Carrick Point", "New fish market plans unveiled"],
    footer="⟪The Saltmarsh Herald. Independent since 1887.⟫",
    body=lede("⟦Number 14 Quay Street is a narrow blue door between a bookmaker and a shop that sells fishing tackle.⟧ Behind it there is a staircase, and at the top of the staircase there is a small office with a photocopier, two desks and a wall of metal postboxes. According to the company register, this room is the registered address of forty-three companies. Between them, those companies have bought thirty-eight properties on Kilbrannan’s harbour front since the start of 2023.") +
    P("""⟦The Herald has spent six months tracing who is behind them.⟧ We examined more than 300 filings in the company register and the land registry, obtained planning and licensing records from the council, and spoke to estate agents, former tenants, two accountants and a property lawyer. This is the first of three articles about what we found.

In summary: at least twenty-nine of the thirty-eight properties appear to be controlled, through a chain of companies, by the same small group of investors. None of them lives in Kilbrannan. Most of the properties, which were once rented to local families on long tenancies, are now let as holiday homes for part of the year and stand empty for the rest. Several have since changed hands between the companies themselves.""") +
    fig("The registered office at 14 Quay Street, home on paper to forty-three companies. The Herald visited on three weekdays and found the office locked each time.", "Photo: Ciaran Doyle / The Saltmarsh Herald", "quay") +
    P("""Nothing we have found suggests that anything about the purchases was illegal. Holding property through companies is common and lawful, and there are ordinary reasons for doing it, including limiting liability and simplifying inheritance. But the structure makes it very hard for residents, or for the council, to know who owns their town.

#The pattern

The first purchase we could identify was made in February 2023, when a company called Quayside Holdings (Kilbrannan) Ltd bought a terrace of four cottages on Net Lane for a little under 900,000 pounds. The company had been incorporated three weeks earlier. Its sole director was an accountant who works from the office at 14 Quay Street and is listed as the director of thirty-one other companies registered there.

Over the following months the pattern repeated. A new company would be registered at the Quay Street address, with the same accountant or one of two colleagues as its director. It would buy one or two properties on the waterfront, usually at or slightly above the asking price, and often within days of their coming on the market. Several estate agents told us that some properties were bought before they were advertised at all.

“You’d put something on the books on a Monday and by Wednesday there’d be an offer from one of the Quay Street companies, no viewing, cash,” said one agent, who asked not to be named because he still deals with the buyers. “At first we thought it was one person. Then we realised they all used the same solicitor and the same surveyor. After a while you just knew.”""") +
    fig("Net Lane, where four cottages were bought in a single sale in February 2023. Three of them were empty when this photograph was taken in October.", "Photo: Ciaran Doyle / The Saltmarsh Herald", "netlane") +
    P("""#Following the shareholders

Directors are only part of the picture, because a director need not own anything. To see who benefits, you have to follow the shareholders and the people the register calls persons with significant control. Here the trail becomes more complicated.

⟦Of the forty-three Quay Street companies, thirty-one are owned by other companies⟧ rather than by people. Those parent companies are registered at addresses in three different cities. Nineteen of them, in turn, are owned by a single holding company, Harbourline Capital, whose accounts show assets of more than 21 million pounds, almost all of it property. Harbourline lists two people with significant control: a property investor who lives in London and a family trust whose beneficiaries are not named in the register.

The trust is not unusual. Lawyers we spoke to said that family trusts are widely used by wealthy investors for tax and succession planning, and that their beneficiaries are rarely named in public. But the effect, in Kilbrannan, is that the largest private owner of homes on the harbour front cannot be fully identified from any public record. A register created to show who really controls companies shows, in this case, a London investor and a locked box. We wrote to the investor at his business address and by email on three occasions, setting out our findings in detail and inviting him to comment. He did not reply.

When we asked Harbourline Capital about its investments in Kilbrannan, a spokesperson said the company “has invested in the town because we believe in its future” and that it “complies fully with all applicable laws and regulations.” The spokesperson said that the company had improved the condition of many properties that had been neglected and that it paid local tradespeople to do so. The company did not answer questions about how many of its properties were let to permanent residents.

#The council

The council has known about the pattern for at least eighteen months. Minutes of the housing committee from May 2025 record a councillor asking officers whether “a small number of buyers” were acquiring harbour properties for holiday use, and an officer replying that the council had “no power to establish beneficial ownership” of a property bought by a company.

⟦That answer is, strictly, correct.⟧ The land registry records the company that owns a building, not the people who own the company, and a council has no general right to ask. But the Herald found that the information needed to join the dots is public and free, and that it took one reporter, working part-time, about six weeks to assemble a first picture. Two councillors we showed our findings to said they had never seen them set out in one place.

“We have been told for two years that nobody could know who was buying the town,” said Councillor Fergal Moran, who represents the harbour ward. “It turns out that anybody could know. Nobody was asked to look.”

The council’s chief executive said in a statement that the authority “takes seriously the concerns of harbour residents” and would consider the Herald’s findings “as part of the ongoing review of housing policy.”

#The tenants

For the people who used to live in the harbour front, the change has been quick. Maureen Tierney rented a flat above a former chandlery on Quay Street for nineteen years. In the spring of 2024 she received a letter telling her that the building had been sold and that her tenancy would end in two months.

⟦“I didn’t know who’d bought it,” she said.⟧ “The letter came from a solicitor. I rang them and they said they weren’t able to tell me. I went to the council and the council didn’t know either. It’s a strange feeling, being put out of your home by nobody.”

She now lives with her daughter, forty minutes inland, and comes back to Kilbrannan once a week to go to Mass. The flat above the chandlery is advertised on two holiday-letting websites at between 180 and 260 pounds a night. In the two weeks before this article was published, according to the booking calendars, it was empty for eleven nights.

⟦In part two, we look at how much⟧ of the town’s housing has moved into short-term letting since 2023, and at why the council’s new licensing scheme has done so little to slow it.""") +
    pager(L, 3, "⟪The empty windows of Kilbrannan⟫", "/investigations/who-is-buying-the-harbour-front"),
    kind="news", why="investigative report on property ownership with records and responses",
))
