"""English pages on Blogger: a rant under the label "Rants", a local-news blog report and an allotment diary whose
footer names only a first name (the profile gives the full name)."""

PAGES = []

# ---------------------------------------------------------------- rant, label "Rants"; Blogger date header
PAGES.append(dict(
    case="en-opinion-parkingminimums", lang="en", skin="blogger", domain="millstreetmatters.blogspot.example", site="Mill Street Matters",
    tagline="One resident’s notes on how our town is run",
    url="https://millstreetmatters.blogspot.example/2026/03/parking-minimums-are-killing-main-street.html",
    h1="Parking minimums are killing Main Street",
    authors=["Dale Whitcombe"], byline_text="Posted by Dale Whitcombe", byline_name="Dale Whitcombe", meta="og", meta_pub=False,
    pub="2026-03-03T22:42:00-05:00", date_header="Tuesday, March 3, 2026", time="10:42 PM",
    nav=["Home", "Council watch", "Rants", "Photos"],
    labels=["Rants", "zoning", "Main Street"],
    profile=("Dale Whitcombe", "⟪Retired surveyor. Lived on Mill Street since 1987. Opinions entirely my own.⟫"),
    archive=["March", "February", "January"],
    recent=["⟪The crosswalk at Elm and 3rd, again⟫", "What the budget hearing did not say", "Snow plowing: a modest complaint"],
    prev="Snow plowing: a modest complaint", next="The crosswalk at Elm and 3rd, again",
    comments=[("Anonymous", "March 4, 2026 at 7:12 AM", "⟪Where are people supposed to park then? Not everyone can walk.⟫",
               [("Dale Whitcombe", "March 4, 2026 at 8:30 AM", "In the 400 empty spaces behind the old mill, for a start.")]),
              ("Carol B.", "March 4, 2026 at 9:55 AM", "Agree 100%. The bakery would have opened here if not for this rule.")],
    footer="⟪Mill Street Matters. Simple theme.⟫",
    body="""<p>⟦At Monday’s planning meeting I watched a young couple withdraw their application to open a bakery⟧ in the empty storefront at 212 Main Street. They had the money, the lease and the recipes. What they did not have was nine parking spaces, which is what our zoning code demands for a shop of that size. There is no land behind the building. There never was. So the storefront stays empty, as it has for three years, and I am tired of pretending this is anything other than a self-inflicted wound.</p>
<p>Our parking rules were written in 1971, when the town council believed every trip would be made by car and every business needed its own lot. The rules have hardly changed since. They say a restaurant needs one space for every three seats, a shop one for every 200 square feet, an apartment two spaces per unit. Nobody can tell me where those numbers came from. I asked at the meeting. The answer was that they are “standard.”</p>
<p>Standard for what? Walk down Main Street at any hour and count the cars. I did it last Saturday at noon, the busiest time of the week. ⟦The municipal lot behind the old mill had 412 spaces and 97 cars in it.⟧ The street itself had empty spaces on both sides. We do not have a parking shortage. We have a shortage of reasons to come downtown, and the parking rules are a big part of why.</p>
<p>Every building on Main Street was built before 1971, which means none of them could be built today. Think about that. The street everybody loves, the one on the postcards, is illegal under our own code. When an old building changes use, the owner has to find spaces that do not exist, or apply for a variance that takes months and costs thousands in fees and lawyers. The bakers gave up after four months. Others do not even try.</p>
<p>⟦The people who defend these rules say they protect residents from cars parking on their streets.⟧ I live on Mill Street, one block from Main. I would happily trade a few more parked cars for a bakery I could walk to. And if the council is worried, there are better tools: residential permits, time limits, or simply pointing visitors to the mill lot with a decent sign, which we still do not have.</p>
<p>Other towns have done this. Several in our state have dropped parking minimums downtown entirely in the last five years, and the sky has not fallen. Their vacant storefronts have filled. Ours have not.</p>
<p>So here is my request, as a resident and a taxpayer. ⟦Scrap the parking minimums for the downtown district⟧ at the April meeting. Do not send it to another committee. Do not commission another study. Just repeal the rule, put up a sign to the mill lot, and let people open businesses in the buildings we already have.</p>
<p>⟦If we keep choosing empty parking spaces over open shops, we should not be surprised when Main Street stays empty.⟧</p>""",
    kind="opinion", why="resident’s rant arguing to repeal downtown parking minimums",
))

# ---------------------------------------------------------------- local-news blog report
PAGES.append(dict(
    case="en-news-poolclosure", lang="en", skin="blogger", domain="harrowgatelocal.blogspot.example", site="Harrowgate Local",
    tagline="News from Harrowgate and the valley villages, since 2011",
    url="https://harrowgatelocal.blogspot.example/2026/02/town-pool-to-stay-closed-through-summer.html",
    h1="Town pool to stay closed through summer, council told",
    authors=["Bev Ashdown"], byline_text="Posted by Bev Ashdown", byline_name="Bev Ashdown", meta="min",
    pub="2026-02-12T19:05:00+00:00", date_header="Thursday, 12 February 2026", time="19:05",
    nav=["Home", "Council", "Schools", "What’s on", "Contact"],
    labels=["council", "leisure centre", "Harrowgate"],
    profile=("Bev Ashdown", "⟪Former reporter at the valley weekly. I go to the meetings so you don’t have to.⟫"),
    archive=["February", "January"],
    recent=["⟪Valley bus timetable changes from March⟫", "Primary school expansion approved", "Flood defences: work starts on the weir"],
    prev="Primary school expansion approved", next="⟪Valley bus timetable changes from March⟫",
    comments=[("Ken H.", "12 February 2026 at 20:17", "⟪Where are the swimming lessons going to go now?⟫", [])],
    footer="⟪Harrowgate Local is an independent volunteer blog. Tips: harrowgatelocal@mail.example⟫",
    body="""<p>⟦Harrowgate’s public swimming pool will remain closed until at least September,⟧ councillors were told at Wednesday evening’s meeting of the town council’s leisure committee.</p>
<p>The pool at the Brook Lane leisure centre has been shut since 28 November, when a routine inspection found corrosion in the steel supports of the roof above the main pool hall. The council had originally hoped to reopen in April.</p>
<p>Presenting a report to the committee, the council’s property manager, Alan Foyle, said that further surveys carried out in January had found the damage to be more extensive than first thought. ⟦“Eleven of the thirty-two roof trusses need to be replaced rather than repaired,”⟧ he said. “We cannot do that safely with the hall in use, and the steel itself has a lead time of about fourteen weeks.”</p>
<p>The repairs are now estimated to cost £640,000, up from an earlier estimate of £210,000. Mr Foyle said around half of the cost would be covered by the council’s insurance, with the remainder coming from reserves set aside for building maintenance.</p>
<p>The gym, the sports hall and the cafe at the leisure centre are not affected and remain open as normal.</p>
<p>Several councillors asked about swimming lessons for local primary schools, which used the pool every weekday morning. The council’s leisure officer, Priti Vora, said that lessons for Year 4 and Year 5 pupils had been moved to the pool at Castleford, about eleven miles away, with the council paying for the coach. She said about 340 children were affected. ⟦Lessons for younger children have been suspended until the pool reopens.⟧</p>
<p>Cllr Sandra Mellor, who chairs the committee, said residents had been “extremely patient” and that she understood their frustration. “Nobody wanted this news,” she said. “But the engineers have been clear, and we are not going to take any risks with a roof over a pool full of children.”</p>
<p>Cllr Raj Patel asked whether the council had considered reopening the smaller teaching pool, which sits under a separate roof. Mr Foyle said it was being looked at, but that both pools shared a single plant room and filtration system that would need to be partly rebuilt during the works. A decision is expected in March.</p>
<p>Members of the Harrowgate Otters swimming club, several of whom attended the meeting, said they had been training at three different pools since December. The club’s secretary, Jo Langley, told the committee that membership had fallen by a quarter.</p>
<p>The committee voted unanimously to approve the revised budget for the repairs. ⟦The council says it will publish a timetable for the works on its website by the end of the month.⟧</p>""",
    kind="news", why="local blog report of a council meeting, neutral, with quotes",
))

# ---------------------------------------------------------------- allotment diary; footer says "Gwen", profile names Gwen Farrier
PAGES.append(dict(
    case="en-other-allotmentdiary", lang="en", skin="blogger", domain="plotfourteen.blogspot.example", site="Plot Fourteen",
    tagline="An allotment, a shed and too many courgettes",
    url="https://plotfourteen.blogspot.example/2026/03/allotment-diary-week-nine.html",
    h1="Allotment diary, week nine: the leeks survived",
    authors=["Gwen Farrier"], byline_text="Posted by Gwen", byline_name="Gwen", meta="og", meta_pub=False,
    pub="2026-03-01T18:15:00+00:00", date_header="Sunday, 1 March 2026", time="18:15",
    nav=["Home", "The plot", "Seed swap", "Recipes"],
    labels=["diary", "leeks", "March"],
    profile=("Gwen Farrier", "⟪Gwen Farrier. Retired teacher, plot holder since 2015, bad at pruning.⟫"),
    archive=["March", "February", "January"],
    recent=["⟪Allotment diary, week eight: mud⟫", "The great seed swap of 2026", "Rhubarb forcing, a beginner’s attempt"],
    prev="Allotment diary, week eight: mud", next="The great seed swap of 2026",
    comments=[("Maureen", "1 March 2026 at 20:02", "⟪Your leeks look better than mine ever have. What variety?⟫",
               [("Gwen", "1 March 2026 at 20:40", "Musselburgh, from the seed swap. Nothing fancy.")])],
    footer="⟪Plot Fourteen. Watermark theme.⟫",
    body="""<p>⟦The first properly dry Saturday since Christmas, and I was at the plot by half past eight.⟧ Frost on the shed roof, a robin on the water butt, and Derek from plot twelve already digging, because Derek is always already digging.</p>
<p>The big news of the week is that the leeks survived. I had given up on them after the January storms, when half the row was flattened and the rest sat in standing water for a fortnight. This morning I pulled six, and they were fine: thick, clean, a little muddy at the base, and sweet when I cooked them tonight with butter and a splash of cider. I have about twenty left, which should see us through to the end of the month.</p>
<p>The broad beans I sowed in November are less happy. Something has been eating the tips, mice probably, and about a third of them have vanished altogether. I have put in a second sowing along the fence, under a tunnel of wire mesh that I found behind the shed and that I think belonged to the previous holder. It is rusty but it will do.</p>
<p>⟦I spent most of the morning on the compost bays,⟧ which is not glamorous but is the job I enjoy most on a cold day, because you warm up fast. The left-hand bay had been sitting since September and had rotted down beautifully, dark and crumbly, and I barrowed it onto the bed where the potatoes will go in April. The right-hand bay is still a heap of cabbage stalks and leaves, which I turned and covered.</p>
<p>At eleven Derek came over with a flask and we had our usual argument about whether it is worth growing potatoes at all when they are so cheap in the shops. He says no. I say the shop ones taste of nothing and the point of an allotment is not to save money. We agreed, as always, to disagree, and he gave me a handful of shallot sets he had too many of.</p>
<p>I planted the shallots in the afternoon, in two short rows by the path, pushing each one in so that just the tip showed. The blackbirds will pull half of them out by Tuesday; they always do. I will push them back in.</p>
<p>Jobs for next week:</p>
<ul>
<li>⟦Sow tomatoes and peppers indoors, on the kitchen windowsill⟧</li>
<li>Mend the shed door before it comes off its hinges</li>
<li>Chit the seed potatoes in egg boxes</li>
<li>Ask the committee about the blocked drain by the gate</li>
</ul>
<p>Home by four, filthy and happy, with six leeks and a sore back. ⟦The days are getting longer, and you can feel it on the plot.⟧</p>""",
    kind="other", why="first-person allotment diary, narrative and jobs list, no argument",
))
