"""English pages: a budget analysis, a fact check with a verdict, a Q&A interview with an outspoken senator, a report on a
columnist's controversy, a fraud trial report, an explainer; an editorial, a guest op-ed known only by its closing bio,
a column that declares nothing and a teacher's commentary by a contributing writer."""

PAGES = []

NAV_US = ["News", "Politics", "Business", "Climate", "Opinion", "Sports", "Culture", "Podcasts"]
NAV_UK = ["UK", "World", "Politics", "Business", "Opinion", "Sport", "Culture", "Lifestyle"]

# ---------------------------------------------------------------- labelled Analysis, written neutrally; quoted sides argue
PAGES.append(dict(
    case="en-news-budgetrenters", lang="en", skin="story", domain="northgateherald.example", site="The Northgate Herald",
    url="https://www.northgateherald.example/politics/2026/03/19/what-the-budget-means-for-renters",
    h1="What the budget means for renters",
    deck="A new deposit scheme, a cap on fee increases and a tax change for landlords: the measures, and who gains from them.",
    kicker="Analysis", authors=["Helen Marsh"], byline_text="By Helen Marsh, Chief political correspondent",
    byline_html='By <a href="/profile/helen-marsh">Helen Marsh</a>, <span class="role">Chief political correspondent</span>',
    ld_type="AnalysisNewsArticle", ld_authors=["Helen Marsh"], ld_section="Politics", meta_section="Politics",
    pub="2026-03-19T17:40:00+00:00", date="19 March 2026, 17:40 GMT", strip="Thursday 19 March 2026", nav=NAV_UK,
    cookie="⟪We and our partners use cookies to personalise ads and measure audiences.⟫",
    caption="⟪Terraced houses in Leeds, where average rents rose by 9% last year.⟫ Photograph: Herald archive",
    most=["⟪Rail strike dates announced for April⟫", "Schools told to publish uniform costs", "Storm warning for the north-west"],
    op_box=("Opinion", [("Column", "⟪The chancellor has forgotten who actually rents⟫"), ("Editorial", "A budget that plays it safe, again")]),
    related=["Budget 2026: the key points at a glance", "Landlords warn of sell-off as tax relief narrows"],
    newsletter="The Herald’s politics briefing, every weekday at 7am.",
    footer="⟪© 2026 Northgate Herald Media Ltd. Registered in England No. 04471932.⟫",
    body="""<p>⟦For the country’s 4.6 million private renting households, Wednesday’s budget contained three measures that will matter more than the headline tax figures.⟧ None of them takes effect immediately, and two depend on legislation that has not yet been drafted.</p>
<h2>A national deposit scheme</h2>
<p>The most concrete change is a government-backed deposit scheme. From April 2027, tenants moving between two tenancies will be able to transfer their deposit directly instead of paying a new one before the old one is returned. The Treasury estimates that about 800,000 households a year move while a deposit is still held, and that the average gap is five weeks.</p>
<p>Tenant groups have asked for such a scheme for a decade. ⟦“This is the first thing in years that puts money back in renters’ pockets on moving day,” said Aisha Coombs⟧ of the Renters’ Alliance. The National Landlords Association said it “should have been designed with agents at the table” and warned of delays in the first year.</p>
<h2>A cap on fee increases</h2>
<p>The budget also caps increases in the fees letting agents may charge for renewals, at the rate of consumer price inflation. It does not cap rents themselves, which the chancellor ruled out again on Wednesday, telling MPs that rent controls “have never built a single home.”</p>
<p>Opposition parties called the omission a failure. “We are told to wait for supply while families are priced out of entire towns,” the shadow housing minister, Colin Ashdown, said in the Commons. The Treasury’s own documents show that the fee cap will save a typical tenant between £40 and £90 a year.</p>
<h2>Landlords’ tax</h2>
<p>⟦The third measure cuts the other way.⟧ Relief on finance costs for landlords who hold property through companies will be narrowed from 2028, raising an estimated £610 million a year by the end of the decade. Landlord associations argue that some owners will pass the cost on through higher rents or sell. The Office for Budget Responsibility said in its assessment that the effect on rents was “uncertain and likely to be small”, and that it had not included any in its forecast.</p>
<h2>What happens next</h2>
<p>The deposit scheme and the fee cap need primary legislation, which the housing secretary said would come “in the next session.” ⟦Economists at the Resolution Trust said the net effect for a typical renter would be modest⟧: a gain of under £100 a year from the fees cap, and whatever the deposit scheme saves in borrowing costs at the moment of moving.</p>
<p>⟦The Finance Bill, which contains the tax change, will be published on 2 April.⟧</p>""",
    kind="news", why="labelled Analysis; neutral explanation, opinions only in quotes",
))

# ---------------------------------------------------------------- fact check with a verdict box
PAGES.append(dict(
    case="en-news-factcheckbuses", lang="en", skin="wpnews", domain="cityledger.example", site="The City Ledger",
    url="https://cityledger.example/2026/04/07/fact-check-are-our-buses-the-slowest-in-the-country/",
    h1="Fact check: Are our buses really the slowest in the country?",
    kicker="Fact check", authors=["Owen Tracey"], byline_text="By Owen Tracey, Fact-check reporter",
    byline_html='By <a href="/author/owen-tracey/">Owen Tracey</a> · Fact-check reporter',
    ld_type="NewsArticle", ld_authors=["Owen Tracey"], meta="full",
    pub="2026-04-07T11:05:00-04:00", date="April 7, 2026", strip="Tuesday, April 7, 2026", nav=NAV_US,
    cookie="⟪This site uses cookies. By continuing to browse you agree to our use of cookies.⟫",
    most=["⟪Water main break floods two blocks of Carver Street⟫", "Riverside mall sold to developer", "Who is on the ballot in June"],
    op_box=("Opinion", [("Column", "⟪Our buses are a disgrace, and everybody knows it⟫"), ("Op-ed", "Why I gave up my car")]),
    related=["Transit board approves bus-lane pilot on Fifth Avenue", "Fact check: Did the city really lose 40,000 jobs?"],
    comments=[("mike_r", "April 7, 2026", "⟪Tell that to anyone who rides the 14 at rush hour.⟫"), ("Dana P.", "April 8, 2026", "Useful piece, thanks for linking the data.")],
    footer="⟪The City Ledger is a nonprofit newsroom. © 2026 City Ledger News Inc.⟫",
    body="""<p>⟦At a candidates’ forum on Thursday, mayoral candidate Rick Salvador told the audience:⟧ “We have the slowest buses in the country. Not one of the slowest. The slowest.” He repeated the claim on social media the next day, where it was shared several thousand times.</p>
<p>Slow buses are a real complaint in the city, and the claim struck a chord. We checked whether the numbers support it.</p>
<h2>What the data says</h2>
<p>The Federal Transit Administration publishes the average speed of bus service for every large agency, calculated from vehicle revenue miles and vehicle revenue hours. In the most recent full year, 2024, the city’s buses averaged 9.8 miles per hour.</p>
<p>⟦That is slow, but it is not the slowest.⟧ Among the 30 agencies that run more than 500 buses, four had a lower average speed, including two of the largest systems on the East Coast, at 7.9 and 8.6 miles per hour. The city ranks 26th of 30, in the bottom fifth but not at the bottom.</p>
<p>When we asked the Salvador campaign for its source, a spokeswoman pointed to a 2023 advocacy report that ranked downtown routes only. ⟦On that narrower measure, the city’s downtown buses did come last⟧, at 5.1 miles per hour on weekday afternoons. The report’s authors told us it “was never meant to compare whole systems.”</p>
<p>We also asked the transit authority and two independent researchers to review our calculation. All three agreed with the ranking, though one noted that average speed depends heavily on how many stops an agency runs per mile.</p>
<h2>Context</h2>
<p>Bus speeds in the city have fallen by about 11% since 2015, according to the transit authority’s own figures, largely because of congestion and long boarding times. The authority says its bus-lane pilot on Fifth Avenue raised speeds on the affected routes by 18% in its first six months.</p>
<p>Salvador’s campaign said in a statement that the candidate “stands by the substance” and that “anyone who rides the bus knows we are dead last where it counts.”</p>
<div class="verdict"><p><strong>Our verdict: Mostly false.</strong> ⟦The city’s buses are among the slowest large systems in the country⟧, but four are slower. The claim is accurate only for downtown routes, measured in a single 2023 report.</p></div>
<p>Have a claim you want us to check? Email factcheck@cityledger.example.</p>""",
    kind="news", why="fact check with a verdict; the claim is quoted, not argued",
))

# ---------------------------------------------------------------- Q&A interview, the interviewee argues hard
PAGES.append(dict(
    case="en-news-senatorinterview", lang="en", skin="story", domain="prairiestandard.example", site="The Prairie Standard",
    url="https://www.prairiestandard.example/news/2026/05/02/interview-senator-lena-brooks-river-cleanup",
    h1="‘We must stop pretending the river will clean itself’: Senator Lena Brooks on the farm runoff bill",
    deck="The state senator who wrote the runoff bill talks about farmers, fines and why she thinks the governor is wrong.",
    kicker="Interview", authors=["Priya Raman"], byline_text="Interview by Priya Raman, Environment editor",
    ld_type="NewsArticle", ld_authors=["Priya Raman"], ld_section="News",
    pub="2026-05-02T06:00:00-05:00", date="May 2, 2026", strip="Saturday, May 2, 2026", nav=NAV_US,
    cookie="⟪We use cookies and similar technologies to run this site and to measure audiences.⟫",
    caption="⟪State Sen. Lena Brooks at the Capitol in April.⟫ (Standard photo)",
    most=["⟪Hail damages crops across three counties⟫", "High school state finals: full results", "New clinic opens in Marlow"],
    op_box=("Opinion", [("Editorial", "⟪The runoff bill deserves a vote this session⟫"), ("Column", "Farmers are not the enemy of clean water")]),
    related=["Runoff bill clears Senate committee 5-4", "What is in the farm runoff bill?"],
    newsletter="Get the Standard’s statehouse newsletter every Friday.",
    footer="⟪© 2026 The Prairie Standard. All rights reserved. Use of this site constitutes acceptance of our terms.⟫",
    body="""<p>⟦State Sen. Lena Brooks, a Democrat from Marlow, is the chief sponsor of Senate Bill 212⟧, which would require farms above 500 acres to file nutrient management plans and would fund buffer strips along the Cottonwood River. The bill passed committee last week; the governor has said he would veto it in its current form. This interview has been edited for length and clarity.</p>
<p class="qa-q">Why this bill, and why now?</p>
<p>⟦Because the river is telling us something, and we keep refusing to listen.⟧ We had 41 days of beach closures at Lake Marlow last summer. Forty-one. I grew up swimming there. We must stop pretending the river will clean itself, because it won’t.</p>
<p class="qa-q">The Farm Bureau says the bill puts the blame on farmers.</p>
<p>I think that is simply wrong, and I think they know it. The bill pays for buffer strips. It pays for soil testing. What it asks in return is a plan on paper. My father farmed 600 acres; he would have found that insulting only if nobody had asked him first. We asked. We held eleven hearings.</p>
<p class="qa-q">The governor says he will veto it. Do you have the votes to override?</p>
<p>Not yet. But I believe the governor is on the wrong side of this, and so do a lot of his own voters. People in small towns drink this water too. ⟦If he wants to veto clean water in an election year, that is his choice to explain.⟧</p>
<p class="qa-q">Critics say the reporting requirement will cost small operators thousands of dollars.</p>
<p>The bill covers farms above 500 acres, so the smallest operators are out of it entirely. For the rest, the extension service will write the plan for free. I would say to anyone who is worried: read the bill, not the mailers.</p>
<p class="qa-q">What would you accept as a compromise?</p>
<p>A longer phase-in, yes. A lower threshold for the buffer grants, yes. What I won’t accept is a bill that funds studies and asks nothing of anyone. We have had studies since 1998.</p>
<p class="qa-q">And if it fails?</p>
<p>⟦Then I will bring it back next year, and the year after.⟧ Honestly, I think people are ahead of us on this. They should be angry, and they are.</p>
<p>⟦The full Senate is expected to vote on SB 212 the week of May 11.⟧</p>""",
    kind="news", why="Q&A interview; strong opinions are the interviewee’s, not the paper’s",
))

# ---------------------------------------------------------------- report ON a columnist's controversy
PAGES.append(dict(
    case="en-news-columnistcontroversy", lang="en", skin="story", domain="coastaltelegraph.example", site="The Coastal Telegraph",
    url="https://www.coastaltelegraph.example/media/2026/02/24/columnist-apologises-after-benefits-column-backlash",
    h1="Columnist apologises after backlash over disability benefits column",
    kicker="Media", authors=["Tom Avery"], byline_text="By Tom Avery, Media correspondent",
    ld_type="NewsArticle", ld_authors=["Tom Avery"], ld_section="Media", meta="og",
    pub="2026-02-24T14:20:00+00:00", date="Tuesday 24 February 2026 14.20 GMT", strip="Tuesday 24 February 2026", nav=NAV_UK,
    cookie="⟪We use cookies to improve your experience on our website.⟫",
    most=["⟪Ferry operator cancels winter sailings to Islay⟫", "Council tax to rise by 4.99%", "Rugby: five talking points"],
    op_box=("Opinion", [("Columnists", "⟪Maggie Thorne: Why I will not apologise for asking hard questions⟫"), ("Opinion", "The welfare debate needs fewer slogans")]),
    related=["Press regulator receives 2,000 complaints in a week", "Sunday Courier names new editor"],
    footer="⟪© 2026 Coastal Telegraph Group. Company number 118842.⟫",
    body="""<p>⟦A columnist at the Sunday Courier has apologised for a column on disability benefits⟧ after the press regulator received more than 2,000 complaints and two charities withdrew from a partnership with the paper.</p>
<p>In the column, published on 15 February under the headline “It is time we asked who is really too ill to work”, Maggie Thorne argued that the assessment system had become “a form that anyone can pass with the right coaching” and wrote that “we should stop treating every claim as sacred.”</p>
<p>The piece drew criticism from disability campaigners, MPs of several parties and a number of the Courier’s own staff. ⟦“This column told people who are already frightened that they are frauds,” said Nadia Kerr⟧, chief executive of the charity Access Now, which has ended a reader-appeal partnership with the paper.</p>
<p>In a statement on Monday evening, Thorne said she had “chosen words that hurt people I did not intend to hurt” and apologised “without reservation” for the suggestion that claimants were coached to deceive. She said she stood by her view that the assessment system needed reform.</p>
<p>The Courier’s editor, Graham Leese, said the paper “publishes a wide range of views, some of which readers will find uncomfortable”, but added that the column “fell short of our standards in places” and that an editor’s note had been appended to the online version.</p>
<p>⟦Not everyone welcomed the apology.⟧ The Conservative MP Simon Hale wrote on social media that Thorne “should never have been made to grovel for saying what millions think.” The Free Speech Forum said newspapers “must be allowed to publish columns that offend.”</p>
<p>The Independent Press Standards Organisation confirmed it had received 2,140 complaints, most citing the clause of the editors’ code on accuracy. ⟦A spokesperson said it was too early to say whether an investigation would follow.⟧</p>
<p>The row comes as the government prepares to publish its own proposals on assessments. Department for Work and Pensions figures show that the share of claims found fraudulent was 0.3% last year.</p>
<p>Thorne’s column will continue, the Courier said. ⟦She is due to write about the reaction in Sunday’s edition.⟧</p>""",
    kind="news", why="reports on a column and its controversy; quotes opinions",
))

# ---------------------------------------------------------------- court report full of accusations; agency co-credit
PAGES.append(dict(
    case="en-news-courtfraud", lang="en", skin="wpnews", domain="valleypost.example", site="Valley Post",
    url="https://valleypost.example/2026/01/28/former-charity-director-greedy-fraud-court-hears/",
    h1="Former charity director ran ‘greedy and calculated’ fraud, court hears",
    kicker="Courts", authors=["Laura Kinsella"], byline_text="By Laura Kinsella and Associated Wire",
    byline_html='By <a href="/author/laura-kinsella/">Laura Kinsella</a> and Associated Wire',
    ld_type="ReportageNewsArticle", ld_authors=["Laura Kinsella", "org:Associated Wire"],
    pub="2026-01-28T16:45:00+00:00", date="January 28, 2026", strip="Wednesday, January 28, 2026", nav=NAV_UK,
    cookie="⟪Valley Post uses cookies for analytics and advertising. Manage your choices.⟫",
    most=["⟪A465 closed overnight for resurfacing⟫", "Cardiff bakery wins national award", "Hospital parking charges to stay"],
    op_box=("Opinion", [("Comment", "⟪Charities need sharper auditors, not more paperwork⟫"), ("Letters", "Your views on the bypass plan")]),
    related=["Charity regulator opens inquiry into Hope Valley Trust", "Trust’s former chair gives evidence"],
    comments=[("Gareth W", "1 day ago", "⟪Shocking. Money meant for families in need.⟫")],
    footer="⟪Valley Post, Unit 4, Tredegar Business Park. © 2026 Valley Post Ltd.⟫",
    body="""<p>CARDIFF — ⟦A former charity director used donations meant for struggling families to pay for holidays⟧, a car and a kitchen extension, a court heard on Wednesday.</p>
<p>Prosecutors told Cardiff Crown Court that Gavin Price, 52, took £214,000 from the Hope Valley Trust over four years while he was its operations director. He denies six counts of fraud by abuse of position.</p>
<p>⟦“This was not a mistake or a muddle. It was greedy and calculated,” prosecutor Ann Devlin KC told the jury.⟧ “Mr Price knew exactly which accounts nobody was checking, and he helped himself.”</p>
<p>The jury heard that Price approved payments to a company called GP Facilities Ltd, which prosecutors say he controlled through his brother-in-law, for maintenance work at the trust’s two food banks that was never carried out. Devlin said invoices for “roof repairs” were paid on 31 occasions for buildings whose roofs had been replaced by the council in 2019.</p>
<p>She told jurors that Price spent part of the money on two holidays in Florida, a £38,000 car and an extension to his home in Pontypridd. “Every pound of that was given by ordinary people who thought they were feeding children,” she said.</p>
<p>⟦Price’s barrister, Mark Ellery, said his client had been “made a scapegoat”⟧ for a charity whose trustees “had no idea how their own finances worked.” He told the jury that the work had been carried out, that records had been lost in an office move, and that the trust’s former chair had signed off the payments.</p>
<p>“You will hear a great deal of outrage in this case,” Ellery said. “What you will not hear is proof.”</p>
<p>Earlier, the jury was shown bank statements which, Devlin said, traced payments from GP Facilities Ltd to Price’s personal account within days of each invoice being settled. On one occasion, she said, £6,400 arrived in his account on the same afternoon that the trust paid for “emergency guttering” at a food bank in Treforest. Ellery told jurors that the transfers were repayments of a private loan and that the defence would call the brother-in-law to explain them.</p>
<p>The trust closed its second food bank in 2025 after an inquiry by the Charity Commission, which is continuing.</p>
<p>⟦The trial, expected to last three weeks, continues.⟧</p>""",
    kind="news", why="court report; accusations and defence quoted, no authorial stance",
))

# ---------------------------------------------------------------- explainer in questions; Open Graph only
PAGES.append(dict(
    case="en-news-waterbills", lang="en", skin="zeitung", domain="midlandsnet.example", site="Midlands Net",
    url="https://www.midlandsnet.example/explainers/why-are-water-bills-going-up-14-percent",
    h1="Why are water bills going up by 14%?",
    deck="Your questions answered on the biggest rise in bills for two decades.",
    kicker="Explainer", authors=["Grace Ndlovu"], byline_text="Grace Ndlovu, Data reporter", crumbs=["News", "Explainers"],
    meta="og", pub="2026-03-02T08:00:00+00:00", date="2 March 2026", nav=NAV_UK,
    cookie="⟪Midlands Net would like to use cookies to improve your visit.⟫",
    most=["⟪Bus fares capped at £2 for another year⟫", "Where to see the eclipse in the Midlands", "New stand approved at the Hawthorns"],
    op_box=("Opinion", [("Comment", "⟪Water firms have had their last free pass⟫"), ("Your say", "Should bills be linked to income?")]),
    related=["How to apply for a social tariff", "Water firm fined £9m over sewage spills"],
    newsletter="Sign up for Midlands Net Daily, the region’s news in five minutes.",
    footer="⟪Midlands Net is part of Central Counties Media. © 2026⟫",
    body="""<p>⟦Households in England and Wales will pay on average 14% more for water and sewerage from April⟧, after the regulator approved the rises requested by most companies. Here is what is happening and why.</p>
<h2>How much will my bill go up?</h2>
<p>The average combined bill will rise from £498 to £568 a year, according to the industry body Water UK. The rise varies by company: customers of Severn Trent will see an increase of about 11%, while some in the south of England face more than 20%.</p>
<h2>Why are bills rising so much?</h2>
<p>⟦The companies say they need the money to pay for new pipes, reservoirs and sewage works.⟧ The regulator, Ofwat, has approved a five-year spending plan of £104 billion, much of it aimed at reducing the amount of untreated sewage released into rivers and the sea.</p>
<p>Critics argue that customers are being asked to pay twice. “For years we were told the money was being invested, and it went out in dividends instead,” said Joanne Pike of the campaign group Clean Rivers Now. The companies reject that. Water UK said investment “has to be paid for, and the alternative is a system that fails.”</p>
<h2>Is this the end of it?</h2>
<p>Not necessarily. Bills are set for five years at a time, and the regulator allowed further increases above inflation in each of the next four years, though smaller ones. ⟦Several companies have also asked the Competition and Markets Authority to review their settlements⟧, arguing that they were allowed too little.</p>
<h2>What if I cannot pay?</h2>
<p>Every company runs a social tariff that cuts bills for low-income households, but the rules differ. The Consumer Council for Water says about 1.5 million households receive one, and estimates that more than twice as many may be eligible. Households with a water meter who live alone can also save by switching to one.</p>
<h2>Will bills keep rising after five years?</h2>
<p>That depends on the next price review, which begins in 2028. The regulator has said it expects investment to remain high for at least a decade.</p>
<h2>What happens next?</h2>
<p>⟦New bills will arrive from mid-March and take effect on 1 April.⟧ The government’s review of the water sector is due to report in the summer.</p>""",
    kind="news", why="explainer in questions; opinions only in quotes",
))

# ---------------------------------------------------------------- board editorial, declared
PAGES.append(dict(
    case="en-opinion-sundaylibraries", lang="en", skin="story", domain="northgateherald.example", site="The Northgate Herald",
    url="https://www.northgateherald.example/opinion/editorials/2026/04/11/the-herald-view-on-library-hours",
    h1="The Herald view on library hours: open them on Sundays",
    deck="The council’s cuts have fallen on the one day working families can use them.",
    kicker="The view of the board", authors=None, byline_text="Editorial Board",
    ld_type="OpinionNewsArticle", ld_authors=["org:The Northgate Herald Editorial Board"], ld_section="Opinion", meta_section="Opinion",
    pub="2026-04-11T18:30:00+01:00", date="11 April 2026, 18:30 BST", strip="Saturday 11 April 2026", nav=NAV_UK,
    cookie="⟪We and our partners use cookies to personalise ads and measure audiences.⟫",
    most=["⟪Leeds station upgrade delayed to 2029⟫", "Heatwave warning for the weekend", "Five new bike lanes approved"],
    op_box=("More from Opinion", [("Column", "⟪Why I changed my mind about the four-day week⟫"), ("Letters", "Readers on the libraries row")]),
    related=["Council confirms library hours cut", "Libraries in numbers"],
    comments=[("Bookworm77", "12 April 2026", "⟪Hear, hear. Saturday is the only day I can take the kids.⟫"), ("P. Doyle", "12 April 2026", "The council has no money. Where should it come from?")],
    footer="⟪© 2026 Northgate Herald Media Ltd. Registered in England No. 04471932.⟫",
    body="""<p>⟦The council’s decision to close all 14 of the city’s branch libraries on Sundays was presented as a matter of arithmetic.⟧ It saves £420,000 a year, officials said, in a budget that must find £31m. Nobody disputes that the council’s finances are dire. But the choice of Sunday tells us something about who was in the room when it was made.</p>
<p>Sunday is the day on which libraries are used by the people who cannot use them at any other time: parents who work shifts, children whose homes have no quiet corner, older residents who depend on a relative to drive them. The council’s own footfall figures show that Sunday visits per opening hour are the highest of the week at nine branches out of 14.</p>
<p>⟦Closing the busiest day to save money is a strange way to run a public service.⟧ It is also, we suspect, a way of making the cuts look smaller than they are. A library open five days a week still appears in the council’s list of open libraries. Its users know better.</p>
<p>There are alternatives. The council could close on Mondays instead, when use is lowest at every branch. It could pair branches that are within a mile of each other, staggering their hours so that one is always open. It could accept the offer of the Friends of Northgate Libraries, who have said they will staff Sunday afternoons with trained volunteers under a librarian’s supervision, as several cities already do.</p>
<p>None of these is costless, and none is perfect. Volunteer schemes need proper supervision; staggered hours confuse people. But each would protect the hours that matter most. The council has not published any assessment of them.</p>
<p>⟦We understand the pressure on councillors.⟧ Local government has absorbed a decade of cuts, and there is no painless budget left to write. But a library service is judged by whether people can walk through its doors, not by how many buildings it keeps on a map.</p>
<p>The cabinet meets again on 23 April. ⟦It should reverse the Sunday closures and consult properly on the alternatives.⟧ The city’s readers, young and old, deserve at least that.</p>""",
    kind="opinion", why="board editorial: kicker, opinion URL and OpinionNewsArticle",
))

# ---------------------------------------------------------------- guest op-ed under a topical section; only the voice and the closing bio
PAGES.append(dict(
    case="en-opinion-heatpumps", lang="en", skin="wpnews", domain="greenwaydispatch.example", site="Greenway Dispatch",
    url="https://greenwaydispatch.example/energy/2026/02/10/heat-pumps-are-ready-our-planning-rules-are-not/",
    h1="Heat pumps are ready. Our planning rules are not",
    kicker="Energy", authors=["Imogen Hart"], byline_text="By Imogen Hart",
    ld_type="NewsArticle", ld_authors=["Imogen Hart"], ld_section="Energy", meta_section="Energy",
    pub="2026-02-10T07:00:00+00:00", date="February 10, 2026", strip="Tuesday, February 10, 2026", nav=NAV_UK,
    cookie="⟪This website uses cookies to ensure you get the best experience.⟫",
    most=["⟪Grid operator warns of tight margins this week⟫", "Offshore wind auction: the winners", "Solar panels on listed buildings: new guidance"],
    op_box=("Opinion", [("Op-ed", "⟪Nuclear is not a dirty word⟫"), ("Column", "The smart meter saga is a lesson in how not to do it")]),
    related=["Heat pump installations rose 40% last year", "Boiler ban: what the government has promised"],
    footer="⟪Greenway Dispatch is an independent energy newsroom. © 2026 Greenway Media CIC.⟫",
    body="""<p>⟦Last autumn I tried to install a heat pump in my own home, a 1930s semi in Bristol.⟧ I teach building physics for a living. I knew what size of unit I needed, which radiators to change and where the outdoor unit should go. What I did not know was that I would spend eleven weeks waiting for a planning officer to decide whether a box the size of a suitcase was too close to my neighbour’s fence.</p>
<p>I was lucky: the answer was yes, eventually. Many households give up long before that. Installers tell me that one quote in five is abandoned because of the rules on where a unit may sit, and that the rule forcing it a full metre from the boundary excludes most terraced houses in the country.</p>
<p>⟦I believe this is now the single biggest obstacle to cleaner heating in Britain⟧, and it is the easiest to remove. The technology works. Modern units are quieter than a fridge at a few metres. Grants cover most of the cost for many homes. Yet we are still treating a heat pump as though it were an extension.</p>
<p>The one-metre rule was written in 2011, when units were louder and far fewer. Scotland has already dropped it. Noise is better controlled by a noise limit than by a tape measure, and the standard that sets that limit exists already.</p>
<p>We must also be honest about what the current rules cost. Every household that abandons a heat pump buys another gas boiler that will run for fifteen years. ⟦That is fifteen years of emissions locked in by a planning form.⟧</p>
<p>There are fair concerns. Neighbours do not want a humming box under their bedroom window, and they should have a say. But a say is not a veto by default, and an eleven-week wait helps nobody.</p>
<p>So here is what I would ask of ministers. Drop the boundary rule, as Scotland has. Keep a clear noise limit and enforce it. Give councils a 21-day deadline for the cases that still need a decision. ⟦And if you are a homeowner who has been told no, ask again⟧: the rules are changing, and they change faster when people complain.</p>
<p>⟦Cleaner heat is not waiting on a breakthrough. It is waiting on us.⟧</p>
<p class="contributor-note"><em>⟪Imogen Hart is a professor of building physics at the University of Avonmouth.⟫</em></p>""",
    exclude=["p.contributor-note"],
    kind="opinion", why="first-person op-ed with a call to act; only a closing bio",
))

# ---------------------------------------------------------------- column with no signal at all: local section, NewsArticle, plain byline
PAGES.append(dict(
    case="en-opinion-transitfares", lang="en", skin="story", domain="lakeportobserver.example", site="The Lakeport Observer",
    url="https://www.lakeportobserver.example/news/local/2026/03/27/the-fare-hike-nobody-voted-for",
    h1="The fare hike nobody voted for",
    kicker="Transportation", authors=["Declan Royce"], byline_text="By Declan Royce",
    ld_type="NewsArticle", ld_authors=["Declan Royce"], ld_section="Local News", meta_section="Local News",
    pub="2026-03-27T05:30:00-05:00", date="March 27, 2026", strip="Friday, March 27, 2026", nav=NAV_US,
    cookie="⟪We use cookies to personalize content and analyze traffic. Learn more in our privacy policy.⟫",
    most=["⟪Ice shelves break up early on Lake Marrow⟫", "Four finalists named for police chief", "Restaurant week returns April 9"],
    op_box=("Opinion", [("Editorial", "⟪A fair budget for the county parks⟫"), ("Letters", "Readers respond on the stadium deal")]),
    related=["Transit board sets fare at $2.75", "Ridership up 6% on the Blue Line"],
    comments=[("Linda K", "March 27, 2026", "⟪I take two buses to work. This costs me $300 a year.⟫"), ("northside_dad", "March 27, 2026", "The board had no choice, read the budget.")],
    footer="⟪© 2026 Lakeport Observer Publishing Co. All rights reserved.⟫",
    body="""<p>⟦Here is a question I would like the transit board to answer in public⟧: who, exactly, decided that the people who ride the bus at six in the morning should pay for the budget gap?</p>
<p>On Tuesday, with no debate worth the name, the board raised the base fare from $2.25 to $2.75. It did so at a meeting that began at 10 a.m. on a weekday, in a room that holds forty people, after a public comment period that was announced on a page of the agency’s website that I, a person who reads transit agency websites for a living, had never visited.</p>
<p>⟦Twenty-two percent is not a fare adjustment. It is a tax on the people with the fewest choices.⟧ The riders of the early routes, the 4, the 11, the 19, are overwhelmingly hospital workers, cleaners and warehouse staff. They do not have a car waiting in the driveway if the bus becomes too expensive. They will pay, and they will pay more than anyone else in this city for the privilege of getting to work.</p>
<p>The board says it had no choice. Federal pandemic money has run out, and the agency faces a $14 million hole. I don’t doubt the hole. I doubt that the fare box was the only place to look. The same board approved a new headquarters lease last year that costs $3 million more annually than the old one. It has not raised the price of the downtown parking garages it owns since 2019.</p>
<p>Think about that for a moment. If you park downtown, your price is frozen. If you ride the 4 bus, yours goes up by a fifth.</p>
<p>I have ridden these buses for twenty years, and I have watched the board make hard decisions before. This was not one of them. It was an easy decision, made easier by the fact that the people it hurts were not in the room.</p>
<p>⟦So go to the next meeting, on April 14.⟧ Write to your county commissioner. Ask why parking is frozen and fares are not. ⟦A board that can raise fares in a morning can lower them in one, too.⟧</p>""",
    kind="opinion", why="first-person argument with a call to act; page says news",
))

# ---------------------------------------------------------------- contributing writer, no opinion label; bio card after the article; no metadata
PAGES.append(dict(
    case="en-opinion-schoolphones", lang="en", skin="zeitung", domain="eastfieldgazette.example", site="Eastfield Gazette",
    url="https://www.eastfieldgazette.example/education/phone-ban-classroom-teacher-2026-0318",
    h1="A phone ban will not fix what is wrong in our classrooms",
    kicker="Education", authors=["Ruth Adeyemi"], byline_text="Ruth Adeyemi, Contributing writer",
    byline_html='<a href="/contributors/ruth-adeyemi">Ruth Adeyemi</a>, Contributing writer', crumbs=["Education"],
    meta="min", pub="2026-03-18T09:00:00+00:00", date="18 March 2026", nav=NAV_UK,
    card="⟪Ruth Adeyemi teaches English at a secondary school in Eastfield.⟫",
    cookie="⟪Eastfield Gazette uses cookies to give you the best experience.⟫",
    most=["⟪Eastfield Town sign new striker⟫", "Roadworks on the A46 until May", "Market hall reopens after refit"],
    op_box=("Opinion", [("Column", "⟪We need to talk about school toilets⟫"), ("Letters", "A reply to last week’s column on homework")]),
    related=["Government confirms statutory phone ban from September", "Head teachers split over ban"],
    footer="⟪Eastfield Gazette, 12 Market Row, Eastfield. © 2026⟫",
    body="""<p>⟦I have taught English for nineteen years, and I have confiscated more phones than I can count.⟧ So you might expect me to cheer the government’s plan to make phone bans in schools a legal requirement from September. I don’t. I think it is a distraction, and a rather convenient one.</p>
<p>Most schools, including mine, already ban phones during lessons. The rule is enforced unevenly, as rules are, but it exists. Writing it into law will change very little in the classroom. What it will do is let ministers say they have acted on behaviour, attention and children’s mental health, without spending a penny on any of them.</p>
<p>⟦What would actually change my classroom is not a law but a number: thirty-two.⟧ That is how many pupils I teach in a Year 9 group. When I started, it was twenty-six. Six more teenagers in a room is not a detail. It means less time for each of them, more noise, more chances for a bad morning to spread.</p>
<p>I would also point to the support staff we have lost. Our school had four teaching assistants in 2018; it has one now. The children who are most likely to reach for a phone out of boredom or anxiety are often the ones who used to have an adult beside them.</p>
<p>And I would mention the buildings. My classroom has a window that does not open and a radiator that does not turn off. Children learn badly when they are too hot, too cold or too crowded, and no law about phones will change that.</p>
<p>None of this means phones are harmless. I have seen what group chats can do to a fourteen-year-old, and I support limits. But we should be honest that the problems parents rightly worry about mostly happen outside school hours, in bedrooms at midnight, and no school rule reaches there.</p>
<p>⟦If we are serious about children’s attention, we must be serious about the conditions in which we ask for it.⟧ Smaller classes. Proper support. Counsellors who are not shared between five schools.</p>
<p>So by all means, pass the ban. Then ask the harder question, and fund the answer. ⟦Parents, when your MP tells you the phone problem is solved, ask them how big your child’s class is.⟧</p>""",
    kind="opinion", why="teacher’s first-person argument; only role “Contributing writer” hints",
))
