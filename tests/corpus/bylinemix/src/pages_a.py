"""English pages."""
from lang import mk

PAGES = []

PAGES.append(mk(
    case="en-news-newsroom-floodgates", lang="en", html_lang="en-IE", skin="newsroom", domain="harbourtimes.example", site="The Harbour Times", secpath="news",
    url="https://www.harbourtimes.example/news/2026/03/10/cork-floodgates-fail-test-as-tide-tops-quay-walls/",
    h1="Cork floodgates fail first full test as spring tide tops quay walls",
    deck="Two of the eleven demountable barriers on Morrison’s Island could not be sealed in time, council engineers confirmed.",
    section="Ireland", authors=["Hannah Okafor", "Liam Ó Briain"], byline_text="By Hannah Okafor and Liam Ó Briain",
    byline_html='By <a class="author-link" href="/author/hannah-okafor/" rel="author">Hannah Okafor</a> and <a class="author-link" href="/author/liam-o-briain/" rel="author">Liam Ó Briain</a>',
    ld_authors=["Hannah Okafor", "Liam Ó Briain"], ld_type="NewsArticle",
    pub="2026-03-10T18:05:00+00:00", date="Tue 10 Mar 2026 18.05 GMT", updated="Last modified on Tue 10 Mar 2026 21.40 GMT",
    hero="Water spills over the quay wall at Morrison’s Island on Tuesday morning. ⟪Photo: Seán Mac Giolla for The Harbour Times⟫",
    related=["What the flood relief scheme was supposed to do", "Traders on the quays count the cost, again", "Met Éireann issues orange warning for Munster coast"],
    mr=["⟪Dublin Bus to scrap 14 routes in network overhaul⟫"], tags=["Cork", "Flooding", "Climate"],
    body="""⟦Two of the eleven temporary flood barriers on Cork’s south channel could not be sealed before Tuesday’s high tide,⟧ leaving water to pour across Morrison’s Island and into the basements of at least nine businesses.

The barriers, which are slotted into steel channels on the quay wall when a surge is forecast, were installed for the first time in 2025 as part of a €140 million relief scheme. Tuesday was the first occasion on which all eleven were called for at once.

[[PHOTO|A council crew works on a barrier channel that jammed with silt. Photo: Seán Mac Giolla]]

⟦City engineer Fionnuala Dempsey said crews found silt packed into the channels⟧ of two sections and could not clear it before the tide turned. “The system did what it was designed to do in nine places out of eleven,” she said. “Nine out of eleven is not good enough, and we will be cleaning every channel before the next spring tide.”

[[ALSO|Traders on the quays count the cost, again]]

The tide peaked at 4.62 metres at 7.48am, about 30 centimetres below the level of the 2014 floods. Fire crews pumped out two car parks during the afternoon.

[[AD]]

⟦Business owners on Union Quay said they had received a text alert on Monday evening⟧ but no visit from council staff. Aoife Brennan, who runs a print shop on the corner of Parnell Place, said she lost stock worth about €6,000.

⟦The council will publish a report on the failure within two weeks.⟧

[[CREDIT|<em>⟪Additional reporting by Priya Raman⟫ in Dublin</em>]]""",
    kind="news", why="reports a flood barrier failure with sources and figures",
))

PAGES.append(mk(
    case="en-news-newsroom-ferry", lang="en", html_lang="en-GB", skin="newsroom", domain="coastlinecourier.example", site="The Coastline Courier", secpath="local",
    url="https://coastlinecourier.example/local/island-ferry-operator-fined-over-lifejacket-checks-2026-02-17",
    h1="Island ferry operator fined £48,000 over missed lifejacket checks",
    deck="Inspectors found 212 lifejackets on the Skerrow crossing had not been examined in more than two years.",
    section="Local news", authors=["John Mallory-Hayes"], byline_text="By JOHN MALLORY-HAYES, Senior Correspondent",
    byline_html='By <a class="author-link" href="/author/john-mallory-hayes/">JOHN MALLORY-HAYES</a>, Senior Correspondent',
    meta_author="The Coastline Courier", ld_authors=["org:The Coastline Courier"], ld_type="NewsArticle",
    pub="2026-02-17T07:30:00+00:00", date="17 February 2026 • 7:30am",
    hero="The MV Skerrow Lass at the harbour slipway. Picture: Courier archive",
    related=["New timetable for the Skerrow crossing from April", "Harbour trust appoints first woman chair", "Ferry fares to rise by 6 per cent"],
    mr=["⟪Lifeboat crew called out three times in one night⟫"], tags=["Ferries", "Courts", "Skerrow"],
    alert="⟪Coastal road closed at Dunmore after landslip⟫",
    body="""⟦The company that runs the ferry to Skerrow has been fined £48,000 after admitting⟧ that it failed to inspect the lifejackets on its two vessels for more than two years.

Skerrow Sea Links Ltd pleaded guilty at Inverbrae Sheriff Court to two breaches of merchant shipping regulations. The court heard that an unannounced inspection last August found 212 lifejackets whose last recorded check was in June 2023.

[[AD]]

⟦Fiscal depute Morag Henderson told the court that eleven of the jackets had⟧ perished inflation bladders and would not have worked in an emergency. No passenger was harmed.

The company’s solicitor said a manager responsible for safety equipment had left in 2023 and the checks “fell between two desks” during a reorganisation. A new safety officer has since been hired and every jacket has been replaced.

[[ALSO|⟪Harbour trust appoints first woman chair⟫]]

⟦Sheriff Ann Drummond said the island depended on the crossing⟧ and that passengers were entitled to assume basic safety equipment worked. She reduced the fine from £72,000 because of the early guilty plea.

⟦The company has 28 days to pay.⟧""",
    kind="news", why="court report on a ferry company fine",
))

PAGES.append(mk(
    case="en-news-portal-grain", lang="en", html_lang="en", skin="portal", domain="danubepost.example", site="The Danube Post", secpath="business",
    url="https://danubepost.example/business/grain-barges-stuck-as-danube-falls-to-record-low",
    h1="Grain barges stuck as the Danube falls to a record low for March",
    deck="Shippers are loading barges to half their capacity, and some are switching to rail.",
    section="Business", authors=["Teresa Vuković"], byline_text="By Teresa Vuković, with AFP",
    byline_html='By <a class="author-link" href="/authors/teresa-vukovic/" rel="author">Teresa Vuković</a>, with AFP',
    ld_authors=["Teresa Vuković", "org:AFP"], ld_type="NewsArticle",
    pub="2026-03-05T10:20:00+01:00", date="March 5, 2026, 10:20 CET", topdate="Thursday, March 5, 2026", weather="Belgrade 9°C",
    hero="A barge waits near Novi Sad. ⟪Photo: Dragan Ilić / AFP⟫",
    related=["⟪Rail freight prices jump 12 per cent⟫", "Why the Danube keeps falling", "Serbia’s wheat harvest outlook"],
    mr=["⟪Belgrade airport adds six new routes⟫"], tags=["Danube", "Shipping", "Grain"],
    body="""⟦The water level of the Danube at Novi Sad fell to 41 centimetres on Wednesday,⟧ the lowest reading for early March since records began, forcing grain shippers to load their barges at half capacity.

The Serbian hydrological service said the level could fall by a further ten centimetres by the end of next week if the dry weather in the upper basin continues.

[[ALSO|⟪Why the Danube keeps falling⟫]]

⟦Barge operators told the Danube Post that a standard 1,600-tonne barge⟧ was now taking about 800 tonnes of wheat or maize, which doubles the cost per tonne on the route to the Black Sea ports.

[[AD]]

“We have clients moving to rail for the first time in ten years,” said Milica Janković, who manages a shipping agency in Smederevo. “But the railway does not have enough wagons either.”

⟦According to AFP, Hungarian and Romanian authorities have also issued low-water warnings.⟧ Romania is dredging two shallow stretches near Calafat.

⟦Traders expect barge freight rates to stay high until the snowmelt reaches the river in April.⟧""",
    kind="news", why="business news on river levels and shipping",
))

PAGES.append(mk(
    case="en-opinion-column-libraries", lang="en", html_lang="en-US", skin="column", domain="thecommonsreview.example", site="The Commons Review", secpath="opinion",
    url="https://thecommonsreview.example/opinion/2026/04/02/keep-the-library-open-late/",
    h1="Keep the library open late. It is the only warm room some students have",
    deck="Cutting evening hours saves little money and costs the students who can least afford it.",
    section="Guest essay", authors=["Amira Haddad"], byline_text="Amira Haddad", byline_at="none",
    box=[("Amira Haddad", "⟪Contributing writer⟫", "")],
    meta_author="Mark Ellery", ld_authors=["Mark Ellery"], ld_type="OpinionNewsArticle",
    pub="2026-04-02T06:00:00-04:00", date="April 2, 2026",
    related=["The dorm is not a home", "What a public university owes its town", "Let students grade the syllabus"],
    mr=["⟪State board approves tuition freeze for a second year⟫"],
    body="""⟦Every winter, around nine in the evening, the third floor of our university library fills up.⟧ Not with students cramming for exams, at least not only. It fills with students who have nowhere better to be: people whose shared houses are cold, whose roommates work nights, whose family homes are two bus rides away.

This spring the university proposed closing the library at 8 p.m. on weekdays to save about $310,000 a year. That is real money. It is also less than a tenth of one per cent of the operating budget.

[[AD]]

⟦The people who use the library late are not a random sample of students.⟧ In a survey our department ran last term, students who worked more than 20 hours a week were three times as likely to study there after eight. So were students who commute.

Closing early would not make these students study at home. Many of them cannot. It would push them into fast-food restaurants and parked cars, or out of their degrees.

[[ALSO|⟪The dorm is not a home⟫]]

⟦There are cheaper ways to find the money.⟧ The university could close the library’s ground-floor café, which loses money, or open one floor late instead of four.

⟦A library that closes at eight is a library for people who already have somewhere to go.⟧

[[CREDIT|<em>⟪Amira Haddad is a professor of information science⟫ at Lakeshore State University.</em>]]""",
    kind="opinion", why="guest essay arguing against cutting library hours",
))

PAGES.append(mk(
    case="en-opinion-newsroom-heatpumps", lang="en", html_lang="en-GB", skin="newsroom", domain="northernledger.example", site="Northern Ledger", secpath="comment",
    url="https://northernledger.example/comment/heat-pump-grants-are-too-small-to-matter",
    h1="Heat pump grants are too small to matter. Double them or drop them",
    deck="Half a subsidy buys half a policy, and the installers know it.",
    section="Comment", authors=["Marcus de la Cruz"], byline_text="By Marcus de la Cruz", byline_at="none", ld_type="OpinionNewsArticle",
    pub="2026-01-22T12:00:00+00:00", date="22 January 2026",
    hero="⟪Illustration: Noor Siddiqui⟫",
    related=["Why your boiler will outlive the ban", "The grid is ready for electric heat. Are we?", "Letters: the cost of a warm house"],
    mr=["⟪Council tax to rise by 4.9% in Leeds⟫"],
    body="""[[CREDIT|<strong>⟪By Marcus de la Cruz⟫</strong>]]

⟦The government’s heat pump grant has been £7,500 for three years.⟧ In that time the cost of a typical installation in a three-bedroom semi has risen to around £13,000, and the grant covers a shrinking share of it.

That gap is where the policy fails. Households that could find £2,000 will not find £5,500, especially when a gas boiler can be fitted for less than half that.

[[AD]]

⟦The result is a scheme that mostly pays people who would have switched anyway.⟧ Installers tell me their grant customers are overwhelmingly owners of larger, newer homes with solar panels already on the roof.

[[ALSO|Why your boiler will outlive the ban]]

There are two honest options. The first is to double the grant for homes in the lower council-tax bands and pay it directly to approved installers, so that nobody has to find the money up front. The second is to stop pretending, scrap the grant, and put the money into insulation.

⟦What we should not do is keep paying for a scheme that looks green on paper.⟧

⟦Half a subsidy is not a transition; it is a photo opportunity.⟧

[[CREDIT|<em>⟪Edited by Ruth Penhaligon⟫</em>]]""",
    kind="opinion", why="comment piece arguing to change heat pump grants",
))

PAGES.append(mk(
    case="en-other-newsroom-kettles", lang="en", html_lang="en-GB", skin="newsroom", domain="kitchenbench.example", site="Kitchen Bench", secpath="reviews",
    url="https://kitchenbench.example/reviews/best-electric-kettles-2026",
    h1="The best electric kettles of 2026, tested for speed, noise and limescale",
    deck="We boiled 1,400 litres of water so you don’t have to.",
    section="Reviews", authors=["Oluwaseun Adeyemi-Clarke"], byline_text="Reviewed by Oluwaseun Adeyemi-Clarke",
    byline_html='Reviewed by <a class="author-link" href="/author/oluwaseun-adeyemi-clarke/">Oluwaseun Adeyemi-Clarke</a>',
    meta_author="Kitchen Bench Editors", ld_authors=["org:Kitchen Bench"], ld_type="Review",
    pub="2026-05-14T09:00:00+01:00", date="Published 14 May 2026",
    hero="Six of the kettles we tested. ⟪Photography: Studio Nine for Kitchen Bench⟫",
    related=["The best toasters under £50", "How to descale a kettle with citric acid", "Are smart kettles worth it?"],
    mr=["⟪We tried every supermarket own-brand coffee⟫"],
    body="""⟦We tested 14 kettles over six weeks in a kitchen in Bristol, where the water is hard.⟧ Each one boiled a full litre from 15°C ten times a day, and we measured the time, the noise at one metre and the scale left behind.

[[H|Best overall: Hollin Quick 1.7]]

⟦The Hollin boiled a litre in 2 minutes 31 seconds, the fastest in the test,⟧ and its filter caught more scale than any other. At 58 decibels it was also one of the quietest. The lid opens fully, which makes it easy to clean.

[[AD]]

[[H|Best budget: Marlow Basic]]

⟦At £24, the Marlow is slow but dependable.⟧ It took 3 minutes 2 seconds and its plastic body gets warm, but it never leaked and the switch still felt firm after 400 boils.

[[H|Best for small kitchens: Pell Mini 0.8]]

The Pell holds just under a litre and fits under low cupboards. It is the one we would take to an office.

[[ALSO|How to descale a kettle with citric acid]]

⟦If you only change one thing, descale every month whichever kettle you buy.⟧

[[CREDIT|<em>⟪We earn a commission on some purchases made through links⟫ on this page. This does not affect how we test.</em>]]""",
    kind="other", why="product review and buying guide for kettles",
))
