"""English: AMP and mobile pages of British, Irish, American and Asian-English news sites."""
from common import mk

PAGES = []

PAGES.append(mk(
    "en-news-ampnews-floodbarrier", "https://www.severnpost.example/news/uk/2026/mar/04/flood-barrier-tewkesbury-delay",
    "Flood barrier for Tewkesbury delayed again as costs climb to £48m", "By Hannah Clarke", ["Hannah Clarke"],
    "2026-03-04T07:15:00+00:00", "Wed 4 Mar 2026 07.15 GMT",
    """⟦A long-promised flood barrier to protect the centre of Tewkesbury will not be finished before the winter of 2027, the Environment Agency has confirmed.⟧ The scheme, first announced after the floods of 2020, was due to open this autumn.

Officials blamed the delay on ground conditions near the river bank, which turned out to be softer than early surveys suggested. Engineers now plan to drive the steel piles deeper, adding roughly six months of work and £9m to the bill.

[[PHOTO|⟪Sandbags outside a shop on Church Street after the February floods. Photograph: Severn Post⟫]]

⟦Residents who were flooded twice last year said the news was hard to take.⟧ Carol Mather, who runs a bakery on Church Street, said she had spent £14,000 on repairs and could not get insurance for the coming year. “Every time it rains at night I get up and look at the river,” she said.

[[AD]]

[[MORE|Read full story]]

[[H|What happens until then]]

The agency said temporary barriers would be kept in a depot on the edge of the town and could be put up within eight hours of a warning. ⟦It will also pay for flood doors and air-brick covers for 120 homes on the lowest streets.⟧

Local councillors welcomed the extra help but asked for a firm date. The town council will hold a public meeting on 19 March, at which engineers are expected to present the revised plan and answer questions.

[[REL|Related|⟪River levels: how to check your area⟫|Insurers told to explain flood premiums]]

⟦A spokesperson for the agency said the barrier would protect around 600 properties once complete.⟧""",
    ("Bus fares in the West Midlands to be capped at £2 until 2027", "The mayor said the cap would be paid for from the transport levy."),
    "report on a delayed flood barrier with quotes",
    site="The Severn Post", meta="full", ld_type="NewsArticle", crumbs=["News", "UK"], secpath="news",
    hero="Work on the barrier piles near the Mythe Bridge", tags=["Flooding", "Gloucestershire", "Environment Agency"],
    comments=[("riverwatcher", "2h ago", "Six years and still nothing. Typical."), ("jgl_1971", "3h ago", "The temporary barriers worked well last time, to be fair.")], comment_count="84"))

PAGES.append(mk(
    "en-news-amplive-budget", "https://www.harbourtimes.example/politics/live/2026/mar/18/spring-budget-live",
    "Spring budget 2026 live: chancellor freezes fuel duty and raises tobacco tax", "By Tom Reyes and Priya Nair", ["Tom Reyes", "Priya Nair"],
    "2026-03-18T09:02:00+00:00", "Updated 18 March 2026, 14:40 GMT",
    """⟦Good morning and welcome to our live coverage of the spring budget.⟧ The chancellor is due to stand up in the Commons at 12.30pm, and we will bring you every announcement as it happens, along with reaction from economists, businesses and opposition parties.

[[ENTRY|14:31]]

⟦The Institute for Fiscal Studies says the budget leaves the overall tax burden almost unchanged.⟧ Its director said the fuel duty freeze costs around £1.9bn a year and is paid for mostly by the tobacco increase and a delay to planned spending on roads.

[[ENTRY|13:48]]

The opposition leader has replied, calling the statement “a budget for the next headline, not the next decade”. She said families would notice the higher energy bills long before they noticed any of the measures announced today.

[[EMBED|⟪Watch: the chancellor’s statement in full (video, 54 min)⟫]]

[[ENTRY|13:05]]

⟦Here are the main measures announced so far:⟧

[[LIST|Fuel duty frozen for a further twelve months|Tobacco duty up by 8% above inflation|A new £250m fund for school building repairs|The personal allowance threshold unchanged until 2028]]

[[ENTRY|12:34]]

The chancellor has begun. She opened by saying the economy had grown for four quarters in a row and that inflation was now close to the Bank of England’s target of 2%.

[[NEWS|⟪Get our politics briefing every weekday morning. Sign up here.⟫]]

[[ENTRY|09:02]]

⟦Reporters are gathering outside the Treasury, where the chancellor is expected to pose with the red box shortly before 11am.⟧""",
    ("Pensions minister signals review of state pension age", "The review will report before the end of the year."),
    "live blog of the budget statement with reaction",
    site="The Harbour Times", meta="full", ld_type="LiveBlogPosting", crumbs=["Politics", "Budget"], secpath="politics",
    ticker="LIVE · Budget statement under way", live_btn="See new updates",
    ld_extra={"coverageStartTime": "2026-03-18T09:02:00+00:00"}))

PAGES.append(mk(
    "en-news-ampmag-chipplant", "https://www.ledgerweekly.example/analysis/2026/03/09/why-the-chip-plant-in-newport-is-struggling",
    "Why Newport’s chip plant is struggling to find its footing", "By Aisha Rahman, Industry Correspondent", ["Aisha Rahman"],
    "2026-03-09T06:00:00+00:00", "9 March 2026",
    """⟦When the semiconductor plant on the edge of Newport reopened under new owners two years ago, ministers hailed it as a turning point for Welsh industry.⟧ The reality has been more complicated, and the figures published last week show why.

[[H|A difficult order book]]

⟦Output at the plant reached only 61% of capacity last year, according to the company’s annual accounts.⟧ Two large customers in the car industry cut their orders when electric vehicle sales slowed, and the plant has struggled to replace them quickly. Managers say they are now talking to makers of medical devices and wind turbines, which need the kind of power chips Newport produces.

The wider picture is uneven. Chip demand from data centres is booming, but those buyers want the most advanced processors, which are made almost entirely in Taiwan and South Korea. Older plants like Newport compete on reliability and price, a crowded and unglamorous market.

[[GALLERY|⟪Clean-room technicians at the Newport site. Photo: Ledger Weekly⟫|⟪The plant’s new wafer line, installed in 2025⟫]]

[[H|Jobs and subsidies]]

The plant employs about 540 people, down from 700 at the time of the takeover. ⟦The company received £30m in government support, tied to a promise to keep at least 500 jobs until 2028.⟧

Economists who follow the sector are cautious rather than gloomy. Several pointed out that it took a decade for similar plants in Germany and the Netherlands to settle into profitable niches.

⟦Whether Newport has that much time is the question hanging over the site.⟧""",
    ("Retailers report weakest February since 2021", "Clothing and furniture sales fell sharply, the survey found."),
    "analysis written as reporting: figures, context, sources",
    site="Ledger Weekly", meta="og", crumbs=["Business", "Analysis"], label="Analysis", secpath="business",
    gallery=["Markets", "Energy", "Tech", "Opinion: Our industrial strategy is a wish list"]))

PAGES.append(mk(
    "en-news-mobsite-interview", "https://www.islandherald.example/people/2026/03/12/interview-ferry-captain-morag-sinclair",
    "‘The sea doesn’t care about timetables’: forty years on the Barra ferry", "Interview by Ewan MacLeod", ["Ewan MacLeod"],
    "2026-03-12T08:30:00+00:00", "Thursday, 12 March 2026",
    """⟦Morag Sinclair took her first job on a Hebridean ferry at seventeen, washing dishes in the galley.⟧ This month she retires as one of the longest-serving captains on the west coast. We spoke to her in the wheelhouse on one of her last crossings.

[[H|How has the job changed?]]

⟦The ships are bigger and the weather forecasts are far better, but the sea is the same.⟧ When I started we had a radio and a barometer, and the skipper’s nose. Now I can see a swell building three days out. That does not mean I can do anything about it.

[[H|Islanders complain a lot about cancellations. Is that fair?]]

They have every right to complain, because the ferry is their road. If the boat does not sail, the lorry with the milk does not come and the hospital appointment is missed. But I have never cancelled a crossing lightly. ⟦The worst days are when you sail and then wish you had not.⟧

[[PHOTO|⟪Captain Sinclair on the bridge of the MV Lochmaddy. Picture: Island Herald⟫]]

[[H|What will you miss?]]

The people. The crew, and the regulars who bring us tablet and shortbread at Christmas. And the light in the Sound of Barra on a June evening, which no photograph has ever got right.

[[H|And what comes next?]]

A garden, I hope, and a small boat of my own. ⟦My husband says I will be down at the pier every morning checking whether the ferry went.⟧""",
    ("New pier at Lochboisdale to open in May", "The £22m pier will take larger vessels."),
    "Q&A interview; views are the interviewee’s, piece reports them",
    site="Island Herald", meta="og", crumbs=["News", "People"], secpath="people",
    comments=[("barra_lass", "1d", "She took us over in the storm of 2019. Legend."), ("Calum R", "1d", "Happy retirement Captain!")]))

PAGES.append(mk(
    "en-news-ampnews-wire", "https://www.dailycourier.example/world/2026/03/10/dutch-rail-strike-grounds-trains",
    "Dutch rail strike halts most trains on busiest routes", "PA Media", None,
    "2026-03-10T11:20:00+00:00", "10/03/2026 11:20",
    """⟦Most trains in the Netherlands stood still on Tuesday as rail staff began a 24-hour strike over pay and working hours.⟧ The national operator said only a handful of services around Amsterdam and Utrecht were running, and it advised travellers to stay at home.

Unions are asking for a pay rise of 6% and an extra rest day for staff on night shifts. ⟦The operator has offered 3.5% over two years, which the unions rejected as too little.⟧

[[PHOTO|⟪An empty platform at Utrecht Centraal on Tuesday morning. PA⟫]]

Schiphol airport said passengers should allow extra time, as many rely on the train to reach the terminal. Taxi ranks outside the main stations had long queues by 8am, and some motorways around the Randstad were busier than usual.

[[AD]]

⟦Eurostar said its trains between London and Amsterdam would terminate in Brussels for the day.⟧ Passengers can exchange their tickets free of charge or claim a refund.

A spokesperson for the transport ministry said the government was not a party to the talks but urged both sides to return to the table. The unions have threatened further action later in the month if there is no new offer.

⟦Talks are due to resume on Thursday, the unions said.⟧""",
    ("Belgian farmers block roads near Brussels", "Tractors blocked three motorway junctions during the morning rush."),
    "agency copy reporting a strike",
    site="Daily Courier", meta="full", ld_type="NewsArticle", ld_authors=["org:PA Media"], crumbs=["News", "World", "Europe"], secpath="world"))

PAGES.append(mk(
    "en-news-mobsite-council", "https://www.kilkennyvoice.example/news/council-approves-plan-for-new-town-park-4471320",
    "Council approves plan for new town park on former mart site", "Siobhán Kehoe", ["Siobhán Kehoe"],
    "2026-02-26T16:40:00+00:00", "February 26 2026 04:40 PM",
    """⟦Kilkenny County Council has approved plans to turn the former cattle mart site on the Castlecomer Road into a public park.⟧ The decision was taken at Monday’s monthly meeting after almost two hours of debate.

The five-acre site has been empty since the mart moved out of the city in 2019. ⟦Under the plan, it will get a playground, a walking loop, allotments and a small outdoor stage.⟧ About a third of the site will be left as a wildflower meadow.

[[REL|Read more|⟪City’s first public allotments oversubscribed⟫|Ring road works to start in June]]

Councillors from all parties supported the idea, though several raised concerns about parking and security at night. ⟦The council’s director of services said lighting would be installed along the main paths.⟧

The project will cost an estimated €3.2m, with most of the money coming from a national fund for urban regeneration. Work is expected to begin before the end of the year, subject to tendering.

Residents of the nearby housing estates had campaigned for a park for several years. One of the organisers, Declan Farrell, said the vote was a great day for families in the area. “Kids here have been playing on the road,” he said. “Now they will have somewhere safe to go.”

⟦The first phase, including the playground, is due to open in summer 2027.⟧""",
    ("Gardaí appeal for witnesses after Callan crash", "A man in his 30s was taken to hospital."),
    "local council news report",
    site="Kilkenny Voice", meta="bare", crumbs=["News", "Local"], secpath="news"))

PAGES.append(mk(
    "en-opinion-ampnews-column", "https://www.harbourtimes.example/opinion/2026/mar/11/libraries-are-not-a-luxury",
    "Libraries are not a luxury, and councils must stop treating them as one", "Margaret Osei, Columnist", ["Margaret Osei"],
    "2026-03-11T05:00:00+00:00", "Wed 11 Mar 2026 05.00 GMT",
    """⟦Every spring, as councils set their budgets, the same small buildings find themselves on the list of things we can apparently do without.⟧ This year it is eleven libraries in my county, and I have run out of patience with the argument that closes them.

The argument goes like this: everyone has a phone, books are cheap, and nobody uses the library anyway. ⟦Each part of that is wrong, and the people making it should know better.⟧

[[H|Who the library is for]]

Spend a morning in any branch and you will see who relies on it. Pensioners filling in benefit forms online because they have no computer at home. Parents with toddlers at rhyme time, often the only free indoor activity in the town. Teenagers doing homework because there is no quiet room in a crowded flat.

[[AD]]

⟦None of these people will show up in a spreadsheet of book loans.⟧ Councils measure what is easy to count, then close what they have failed to measure.

[[NEWS|⟪Sign up for Opinion Weekly: our best columns, every Saturday⟫]]

[[H|What should happen instead]]

I understand that councils are broke. But there are better options than shutting the doors: shared buildings with health visitors and job centres, volunteers alongside paid staff, longer hours on fewer days. Some towns have done exactly that and kept their branches open.

⟦A library is one of the last places where you can sit indoors without buying anything, and that alone makes it worth defending.⟧""",
    ("Nurses vote to accept revised pay offer", "The union said turnout was the highest in a decade."),
    "signed column arguing against library closures",
    site="The Harbour Times", meta="full", ld_type="OpinionNewsArticle", ld_section="Opinion", meta_section="Opinion",
    crumbs=["Opinion", "Columnists"], label="Opinion", secpath="opinion",
    comments=[("bookworm62", "5h ago", "Our branch shut in 2023. The building is still empty."), ("NorthernSoul", "6h ago", "Well said.")], comment_count="212"))

PAGES.append(mk(
    "en-opinion-ampmag-editorial", "https://www.ledgerweekly.example/opinion/editorials/2026/03/16/the-water-bill-rise-must-buy-real-repairs",
    "The view on water bills: customers deserve repairs, not excuses", "", None,
    "2026-03-16T18:30:00+00:00", "16 March 2026",
    """⟦Households in England will pay on average £86 more for water this year, and they are entitled to ask what they are getting for it.⟧ The regulator says the increase will fund the largest investment programme since privatisation. The companies say the same. Customers have heard this before.

⟦For two decades the industry promised that higher bills would mean fewer leaks and cleaner rivers.⟧ Instead, leakage has barely fallen and sewage spills have become a national embarrassment. Meanwhile dividends were paid and debts piled up on balance sheets.

[[PHOTO|⟪A sewage outflow on the River Wye. Photograph: Ledger Weekly⟫]]

It is not enough for the regulator to approve plans. It must check, publicly and every year, that the money is spent on the pipes and treatment works it was raised for. ⟦Where companies fall behind, bonuses should stop first and dividends second.⟧

There is a case, too, for giving customers a direct voice. A small panel of bill payers on each company’s board would cost little and change the tone of meetings that have too often been about finance rather than water.

Nobody wants another round of nationalisation debates that ends in nothing. But patience is not unlimited. ⟦If this investment round fails, the argument for a different model will become very hard to resist.⟧""",
    ("Ofwat names three firms for missing leakage targets", "The regulator said penalties would be announced in April."),
    "unsigned editorial arguing on water bills",
    site="Ledger Weekly", meta="full", ld_type="OpinionNewsArticle", ld_section="Editorials", ld_authors=["org:Ledger Weekly"],
    crumbs=["Opinion", "Editorials"], label="Editorial", secpath="opinion",
    gallery=["Columnists", "Letters", "Cartoon", "Politics live"]))

PAGES.append(mk(
    "en-opinion-ampnews-weakbyline", "https://www.dailycourier.example/news/local/2026/03/05/our-high-street-needs-fewer-parking-fines",
    "The high street will not be saved by parking fines", "By Daniel Okafor, Columnist", ["Daniel Okafor"],
    "2026-03-05T12:00:00+00:00", "05/03/2026 12:00",
    """⟦Last Saturday I paid £3.80 to park for an hour in the centre of town, and then watched a warden ticket the car next to mine four minutes after its time ran out.⟧ The driver, an elderly man carrying a bag from the pharmacy, did not argue. He just looked tired.

This is how we are treating the people we say we want to bring back to the high street. ⟦The council made £2.1m from parking last year, and it is not hard to see why shops keep closing.⟧

[[PHOTO|⟪Empty units on Bridge Street. Picture: Daily Courier⟫]]

I am not saying parking should be free everywhere, all the time. Spaces need to turn over, or nobody finds one. But there is a difference between managing a car park and running it as a cash machine.

[[AD]]

[[H|Three simple changes]]

⟦The council could start with three changes that would cost it very little:⟧

[[LIST|A free first half hour in all town-centre car parks|A ten-minute grace period before any ticket is issued|Evening parking free after 6pm, when the shops need it most]]

Towns that have tried this, such as Hereford and Bridgnorth, report more visitors and, over time, more money from business rates. Shopkeepers I spoke to this week said almost the same thing: people do not mind paying something, but they hate being punished.

⟦If the council wants a living high street, it should stop making a visit feel like a gamble.⟧""",
    ("Plans for 300 homes at Hill Farm go to appeal", "The developer says the council missed its deadline."),
    "argues for parking changes; marked only by byline role",
    site="Daily Courier", meta="og", crumbs=["News", "Local"], secpath="news", sure=True,
    comments=[("shopkeeper_bs", "1d", "Spot on. Footfall is down a third since the new charges.")]))

PAGES.append(mk(
    "en-opinion-mobsite-unmarked", "https://www.islandherald.example/life/2026/03/20/why-i-stopped-apologising-for-the-slow-lane",
    "Why I have stopped apologising for swimming in the slow lane", "Fiona Grant", ["Fiona Grant"],
    "2026-03-20T07:00:00+00:00", "Friday, 20 March 2026",
    """⟦For years I swam with a small knot of guilt in my stomach.⟧ I am slow. I do breaststroke with my head out of the water, like a heron, and I stop at the end of every length to catch my breath and look at the clock.

At my local pool the lanes are marked slow, medium and fast, but the signs have become a kind of social test. Swimmers who are plainly medium join the slow lane and then overtake, sighing. ⟦Fast swimmers treat the slow lane as an insult to be avoided at all costs.⟧

[[PHOTO|⟪The pool at Stornoway leisure centre. Picture: Island Herald⟫]]

I have come to think that the problem is not speed at all. ⟦It is that we have forgotten what public pools are for.⟧ They are not training camps for triathletes, though triathletes are welcome. They exist so that anyone, of any age, shape or ability, can get into the water and move.

So I have decided to stop apologising. The slow lane is my lane, and I will use it without hurrying, and I think everyone else who is slow should do the same. If the pool wants more people to swim, it should build its sessions around them, not around the fastest ten.

⟦The heron, I have learned, is a perfectly respectable way to get from one end to the other.⟧""",
    ("Hebridean Celtic Festival announces headliners", "Tickets go on sale on Monday."),
    "personal column arguing about pool etiquette; no opinion label",
    site="Island Herald", meta="og", crumbs=["Life", "Health"], secpath="life", sure=False))

PAGES.append(mk(
    "en-other-ampmag-recipe", "https://www.ledgerweekly.example/food/recipes/2026/03/07/one-pan-lemon-chicken-orzo",
    "One-pan lemon chicken with orzo and spinach", "By Rosa Bellini", ["Rosa Bellini"],
    "2026-03-07T10:00:00+00:00", "7 March 2026",
    """⟦This is the dinner I make when I have forty minutes, one pan and very little energy.⟧ The orzo cooks in the stock with the chicken, soaking up the lemon and garlic, and the spinach goes in at the end.

Serves four. Preparation 10 minutes, cooking 30 minutes.

[[H|Ingredients]]

[[LIST|6 boneless chicken thighs|2 tbsp olive oil|3 garlic cloves, sliced|300g orzo|900ml hot chicken stock|1 unwaxed lemon, zest and juice|150g baby spinach|50g parmesan, grated]]

[[PHOTO|⟪The finished dish, with extra parmesan. Photograph: Ledger Weekly Food⟫]]

[[H|Method]]

[[OL|Season the chicken and brown it skin-side down in the oil for 8 minutes, then turn and cook for 2 minutes more.|Lift out the chicken, add the garlic and cook for 1 minute.|Stir in the orzo, stock and lemon zest and bring to a simmer.|Return the chicken to the pan and cook, stirring now and then, for 15 minutes.|Stir in the spinach, lemon juice and parmesan until the spinach wilts.]]

⟦If the orzo gets too thick before the chicken is done, add a splash of water.⟧ You want it loose, like a risotto, because it will keep absorbing liquid as it sits.

[[H|Variations]]

⟦Thighs stay juicier than breast, but breast works if you cut the cooking time by five minutes.⟧ A handful of frozen peas can go in with the spinach, and a spoonful of crème fraîche makes it richer.

[[NEWS|⟪Get a new recipe in your inbox every Friday⟫]]

⟦Leftovers keep for two days in the fridge and reheat well with a little extra stock.⟧""",
    ("Five ways to use up a jar of tahini", "From dressings to brownies."),
    "recipe with ingredients and method",
    site="Ledger Weekly", meta="full", ld_type="Recipe", crumbs=["Food", "Recipes"], secpath="food",
    gallery=["Quick dinners", "Baking", "Opinion: Stop sneering at ready meals"]))

PAGES.append(mk(
    "en-other-ampnews-guide", "https://www.dailycourier.example/money/2026/03/13/how-to-claim-compensation-for-a-delayed-train",
    "How to claim compensation for a delayed train: a step-by-step guide", "By Ravi Mistry, Consumer Reporter", ["Ravi Mistry"],
    "2026-03-13T06:30:00+00:00", "13/03/2026 06:30",
    """⟦Millions of pounds in train delay compensation go unclaimed every year, often because passengers think the process is too fiddly.⟧ It is not, and on many routes you can get money back for a delay of just fifteen minutes.

[[H|Check whether you qualify]]

⟦Almost every operator in Great Britain now uses a scheme called Delay Repay.⟧ Depending on the company, you can claim for delays of 15, 30 or 60 minutes or more, and the amount rises with the length of the delay. It does not matter why the train was late.

[[H|What you need]]

[[LIST|Your ticket, or a photo of it|The date and planned departure time of your journey|Your bank details or a choice of payment method]]

[[AD]]

[[H|How to claim]]

[[OL|Go to the website or app of the company that ran the delayed train.|Find the Delay Repay form and enter your journey details.|Upload a photo of your ticket and submit the claim within 28 days.]]

Season ticket holders can claim too, and the payment is based on the daily cost of the season ticket. ⟦If your claim is refused, you can appeal to the Rail Ombudsman, which is free to use.⟧

[[REL|More money guides|⟪How to complain about a flight cancellation⟫|Energy bills: what changes in April]]

⟦Keep a note of every claim, as some operators take up to a month to pay.⟧""",
    ("Savings rates: the best easy-access accounts this week", "Several banks have raised rates again."),
    "step-by-step consumer guide",
    site="Daily Courier", meta="full", ld_type="Article", crumbs=["Money", "Consumer"], secpath="money"))
