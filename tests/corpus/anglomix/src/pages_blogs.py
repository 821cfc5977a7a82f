"""Blog pages of anglomix (8): two Ghost blogs (an argued engineering post without any opinion label, a book review),
three personal WordPress blogs (a garden diary without date metadata, travel notes, a guest product review), a
think-tank's commentary and event page, and a university's research news story."""

PAGES = []

# ---------------------------------------------------------------- 33. Ghost engineering blog, argued post, no label
PAGES.append(dict(
    case="en-opinion-ghost-microservices", lang="en", html_lang="en", skin="ghost", domain="plaintext.example", site="Plain Text",
    secpath="", title_tag="You probably don't need a microservice for that",
    url="https://plaintext.example/you-probably-dont-need-a-microservice-for-that/",
    h1="You probably don't need a microservice for that",
    deck="Splitting a small system into services buys you a distributed systems problem. Be sure you want one.",
    kicker="Engineering",
    authors=["Lena Fischer"], byline_html='<a href="/author/lena/">Lena Fischer</a>',
    ld_authors=["Lena Fischer"], ld_type="Article", ld_single=True,
    pub="2026-03-05T08:30:00+01:00", date="5 Mar 2026", read_time="7 min read", meta="full",
    nav=["Home", "Engineering", "Notes", "Talks", "About"], footer_nav=["Sign up", "RSS", "Mastodon"],
    caption="⟪The architecture diagram from a project I am not proud of.⟫",
    read_next=[("Boring technology, revisited", "⟪Ten years on, is choosing boring tools still good advice?⟫"),
               ("What I look for in a code review", "⟪It is less about style than you think.⟫")],
    comments=[("Jonas B.", "2 days ago", "We merged eleven services back into two last year. Deploys went from 40 minutes to 6.", ""),
              ("Mira K.", "2 days ago", "Fair, but team boundaries are a real reason. Conway's law is not optional.", "")],
    body="""⟦A few years ago I joined a startup of nine engineers that ran fourteen services.⟧ Each had its own repository, its own deployment pipeline and its own slightly different way of handling configuration. A feature that touched the checkout flow meant changes in four of them, deployed in the right order, and a prayer that the message queue between them was not quietly dropping events again.

We did not have fourteen services because we had fourteen teams or fourteen scaling problems. We had them because, at some point, someone had decided that this was how modern systems were built. ⟦I have come to think that for most small teams this is simply a mistake.⟧

[[H|What you are really buying]]

When you split a program into services, you replace function calls with network calls. Every one of those calls can now be slow, fail halfway or succeed twice. ⟦You have to think about retries, timeouts, idempotency and partial failure in places where you previously had none.⟧ You also need tracing to follow a request through the system, because a stack trace no longer tells you the whole story.

These are solvable problems. Large companies solve them every day, with platform teams whose whole job is to make services cheap to run. A team of nine does not have a platform team. It has the same nine people, now spending a fifth of their time on plumbing.

[[READ|Bookmark|⟪Boring technology, revisited — Plain Text⟫]]

[[H|The good reasons are rarer than they look]]

There are good reasons to split a system. A part that needs to scale very differently from the rest, a component with strict security requirements, or a genuinely separate team that needs to ship on its own schedule: those can justify a boundary. ⟦But notice that none of them is "it will be cleaner".⟧

Clean boundaries can live inside a single codebase. Modules, clear interfaces and a few enforced rules about which package may import which give you most of the design benefit with none of the network.

[[NL|⟪Get new posts by email. No tracking, no spam, about twice a month.⟫]]

[[H|Start with one, split when it hurts]]

My advice, which I now give to anyone who asks, is to start with a well-structured monolith and to split out a service only when you can name the specific pain it will remove. Write that reason down. If in a year the pain is gone and the service has become a burden, merge it back without embarrassment.

⟦Architecture should follow the problems you have, not the conference talks you have watched.⟧""",
    kind="opinion", sure=False, why="personal tech blog arguing against microservices, unlabelled",
))

# ---------------------------------------------------------------- 34. Ghost literary blog, book review
PAGES.append(dict(
    case="en-other-ghost-bookreview", lang="en", html_lang="en-GB", skin="ghost", domain="themargins.example", site="The Margins",
    secpath="", title_tag="Review: The Salt Orchard by Isla McRae",
    url="https://themargins.example/review-the-salt-orchard-isla-mcrae/",
    h1="Review: The Salt Orchard by Isla McRae",
    deck="A debut about three sisters, a failing cider farm and the sea that is coming for both.",
    kicker="Reviews",
    authors=["Owen Price"], byline_html='<a href="/author/owen/">Owen Price</a>',
    pub="2026-03-03T19:00:00+00:00", date="3 Mar 2026", read_time="5 min read", meta="og", meta_section="Reviews",
    nav=["Home", "Reviews", "Essays", "Reading lists", "About"], footer_nav=["Sign up", "RSS", "Contact"],
    caption="⟪The Salt Orchard is published by Harrow and Finch, £16.99.⟫",
    read_next=[("Review: Night Ferry by Tomasz Wren", "⟪A thriller that forgets to thrill, beautifully.⟫"),
               ("My ten favourite debuts of 2025", "⟪From a whaling novel to a book about a lost dog.⟫")],
    body="""⟦Isla McRae's first novel opens with a flood.⟧ A spring tide, pushed by a storm, comes over the sea wall at the bottom of the Anstruther family's cider orchard in Somerset and leaves three hundred trees standing in salt water. By the summer, half of them are dead. The other half, the sisters discover, produce the strangest, sharpest apples any of them has ever tasted.

From this premise McRae builds a quiet, patient book about inheritance, in every sense. The three Anstruther sisters have come home after their father's death to decide what to do with a farm that none of them wants and all of them love.

[[H|Three voices]]

The novel moves between the sisters in turn. Helen, the eldest, is an accountant who has already decided to sell. Bea, the middle sister, runs a failing bakery in Bristol and sees the salt-touched apples as a last chance. Kit, the youngest, simply wants everyone to stop shouting.

⟦McRae is very good on the way siblings argue, circling the same old grievances in new words.⟧ A long scene at the kitchen table in the second part, in which a discussion of drainage becomes an argument about their mother, is the best thing in the book.

[[READ|Bookmark|⟪Isla McRae on writing about the Somerset Levels — The Margins⟫]]

[[H|Where it falters]]

The book is less sure of itself when it leaves the farm. A subplot involving a drinks company from London feels like it belongs in a different, more conventional novel, and a late revelation about their father's debts arrives too neatly. ⟦The prose, too, occasionally reaches for a lyricism it does not need.⟧

[[H|Verdict]]

These are the faults of a first novel, and they are easily forgiven. The Salt Orchard is warm, funny and unsentimental about land and family, and its final chapter, set during the first harvest after the flood, is genuinely moving. ⟦I finished it in two sittings and have already pressed it on my sister.⟧

[[TEXT|The Salt Orchard by Isla McRae is published by Harrow and Finch (336pp, £16.99).]]""",
    kind="other", why="book review",
))

# ---------------------------------------------------------------- 35. personal WordPress garden diary, no date metadata
PAGES.append(dict(
    case="en-other-wordpress-diary", lang="en", html_lang="en-GB", skin="wordpress", domain="ruthgrowsthings.example", site="Ruth Grows Things",
    secpath="", tagline="A small garden, a smaller allotment and too many seeds",
    url="https://ruthgrowsthings.example/2026/03/06/week-10-seedlings-a-broken-boiler-and-one-small-victory/",
    h1="Week 10: seedlings, a broken boiler and one small victory",
    authors=["Ruth Fenwick"], byline_html='by <a href="/author/ruth/">Ruth Fenwick</a>', cats=["Diary", "Garden"],
    pub="2026-03-06", date="March 6, 2026", meta="min", time_dt=False,
    nav=["Home", "Diary", "Allotment", "Seed list", "About"],
    jp_related=[("Week 9: the great compost debate", "⟪In Diary⟫"), ("Chitting potatoes on the windowsill", "In Garden")],
    prevnext=("Week 9: the great compost debate", "Week 11: frost, again"),
    comments=[("Maggie in Leeds", "March 6, 2026 at 9:14 pm", "Sorry about the boiler! My tomato seedlings always sulk if the house gets cold. Yours look fine though.", ""),
              ("Allotment Al", "March 7, 2026 at 8:02 am", "Congratulations on the plot inspection. Our committee is much less forgiving.", "")],
    comments_title="6 Responses",
    widgets=[("Recent Posts", ["⟪Seed order 2026: the shortlist⟫", "Chitting potatoes on the windowsill"]),
             ("Archives", ["March 2026", "February 2026", "January 2026", "December 2025"]),
             ("Blogroll", ["⟪The Cottage Veg Patch⟫", "Urban Seed Swap", "Muddy Boots Allotment Diary"])],
    body="""⟦This was the week the boiler died, so most of my seedlings spent Tuesday night on top of the fridge⟧, which is the only warm place in the house when the heating is off. The plumber came on Wednesday and pronounced the pump "completely knackered", which I could have told him. A new one is ordered. Until then we have a small electric heater, a lot of jumpers and a kitchen full of propagators.

[[H|The seedlings]]

Despite the cold, nearly everything has come up. The tomatoes (Gardener's Delight and a yellow one from the seed swap whose name I have lost) are on their first true leaves. The chillies are, as always, taking their time. ⟦I sowed three kinds of sweet pea in loo-roll tubes, and two of them have appeared.⟧

[[PHOTO|⟪The windowsill this morning: tomatoes on the left, sweet peas in the tubes.⟫]]

[[H|At the allotment]]

On Saturday I finally got down to the plot. The ground is still too wet to dig properly, so I spent an hour clearing last year's bean canes and turning the compost, which has done better over winter than I expected.

⟦The small victory: the committee's annual plot inspection happened while I was away, and I passed.⟧ Last year I got a polite note about my "enthusiastic" brambles. This year, nothing. I may frame the blank inspection sheet.

[[H|Next week]]

If the boiler is fixed, the plan is to sow the first lettuces and some more beetroot in modules, and to pot on the tomatoes. If it is not, I will be sowing them in a coat.

⟦Thank you for reading, and for all the kind comments on last week's post.⟧""",
    kind="other", why="personal garden diary post, no argument",
))

# ---------------------------------------------------------------- 36. WordPress travel notes
PAGES.append(dict(
    case="en-other-wordpress-westhighland", lang="en", html_lang="en-GB", skin="wordpress", domain="slowtrains.example", site="Slow Trains and Side Streets",
    secpath="", tagline="Travel notes from the window seat", theme="Twenty Twenty-Four",
    url="https://slowtrains.example/2026/03/05/three-days-on-the-west-highland-line/",
    h1="Three days on the West Highland Line",
    authors=["Dev Malhotra"], byline_html='by <a href="/author/dev/">Dev Malhotra</a>', cats=["Scotland", "Rail journeys"],
    ld_authors=["Dev Malhotra"], ld_type="BlogPosting", ld_single=True,
    pub="2026-03-05T08:00:00+00:00", date="5 March 2026", meta="full",
    nav=["Home", "Journeys", "Scotland", "Europe", "India", "About", "Contact"],
    caption="⟪Crossing Rannoch Moor on the morning train.⟫",
    jp_related=[("A winter weekend on the Settle–Carlisle line", "In Rail journeys"), ("Night train to Penzance", "⟪With 14 comments⟫")],
    prevnext=("A winter weekend on the Settle–Carlisle line", "Coming soon: the Flåm Railway"),
    comments=[("Iain M.", "March 5, 2026 at 6:40 pm", "The Corrour hostel is worth a night if you go back. Nothing but deer and silence.", "")],
    comments_title="2 Responses",
    widgets=[("Recent Posts", ["⟪Sleeper to Inverness: a photo essay⟫", "Night train to Penzance"]),
             ("Categories", ["Europe", "India", "Rail journeys", "Scotland"])],
    body="""⟦I left Glasgow Queen Street on the 08:21 to Mallaig on a grey Monday in late February⟧, with a flask of coffee, two sandwiches and no particular plan beyond getting to the end of the line and coming back slowly.

[[H|Day one: Glasgow to Fort William]]

The first hour is pleasant rather than dramatic: the Clyde, then Loch Long and Loch Lomond glimpsed through bare trees. After Crianlarich the train climbs and the landscape empties. ⟦By the time we reached Rannoch Moor there was snow lying in the hollows and not a building in sight.⟧ A man across the aisle, who had done the journey every winter for thirty years, pointed out a herd of deer without looking up from his crossword.

I got off at Fort William in the late afternoon and walked along the loch to my guesthouse, where the owner gave me a map with three pubs circled on it.

[[H|Day two: to Mallaig and back to Glenfinnan]]

⟦The second day was the famous part: the viaduct at Glenfinnan, the silver sands near Arisaig, the islands of Eigg and Rum on the horizon.⟧ It was raining at the viaduct, and the carriage emptied onto the platform anyway.

In Mallaig I ate fish and chips in the car of a kind woman who saw me sheltering from the rain, then caught the train back as far as Glenfinnan and stayed the night in a converted sleeping car by the station.

[[PHOTO|⟪The sleeping car at Glenfinnan station, where I spent the second night.⟫]]

[[H|Day three: the slow way home]]

On the last morning I walked up to the monument above Loch Shiel before the first train. ⟦There was nobody else there, only the sound of the water and a very persistent robin.⟧

[[H|Practical notes]]

[[LIST|⟦Trains run three or four times a day in winter⟧; check the timetable before you plan anything.|Sit on the left going north for the best views of the lochs.|There is no trolley service on most trains, so bring food.]]

⟦Next month: a night train to the far north of Norway, if my budget agrees.⟧""",
    kind="other", why="personal travel notes and tips, no argument",
))

# ---------------------------------------------------------------- 37. WordPress guest product review
PAGES.append(dict(
    case="en-other-wordpress-ebike", lang="en", html_lang="en-US", skin="wordpress", domain="pedalnotes.example", site="Pedal Notes",
    secpath="", tagline="Bikes, commuting and the occasional flat tyre",
    url="https://pedalnotes.example/2026/03/04/six-months-with-the-volta-commuter-e-bike-an-honest-review/",
    h1="Six months with the Volta Commuter e-bike: an honest review",
    authors=["Sam Whitaker"], byline_html='Guest post by <a href="/author/sam-whitaker/">Sam Whitaker</a>', cats=["Reviews", "E-bikes"],
    pub="2026-03-04T07:15:00-05:00", date="March 4, 2026", meta="og", meta_author="Sam Whitaker",
    nav=["Home", "Reviews", "Commuting", "How-to", "About", "Write for us"],
    caption="⟪The Volta Commuter outside my office in Worcester, Massachusetts.⟫",
    jp_related=[("Do you need a torque sensor?", "⟪In E-bikes⟫"), ("Winter commuting: what I wear", "In Commuting")],
    prevnext=("Do you need a torque sensor?", "Fixing a slow leak in a tubeless tyre"),
    comments=[("Claire (blog owner)", "March 4, 2026 at 10:02 am", "Thanks again for writing this, Sam. Readers, Sam is happy to answer questions below.", ""),
              ("Dave R.", "March 4, 2026 at 1:45 pm", "How did the brakes do on wet descents? That is my worry with the hydraulic ones at this price.", "")],
    comments_title="9 Responses",
    widgets=[("Recent Posts", ["⟪Five locks tested against an angle grinder⟫", "Winter commuting: what I wear"]),
             ("Categories", ["Commuting", "E-bikes", "How-to", "Reviews"])],
    after=[("disclosure", "⟪Disclosure: Sam bought the bike with his own money. Pedal Notes has no affiliate relationship with Volta.⟫")],
    body="""⟦I bought the Volta Commuter last September to replace a car I was using for a nine-mile trip to work.⟧ Six months, one New England winter and about 1,400 miles later, here is what I think of it.

[[SCORE|Overall|⟪4 out of 5⟫]]

[[H|The basics]]

The Commuter is a mid-priced e-bike with a rear hub motor, a 500Wh battery in the down tube, hydraulic disc brakes, mudguards and a rear rack. It cost me $1,899. It weighs about 55 pounds, which matters if you have to carry it up stairs, as I occasionally do.

[[H|Riding it]]

⟦On the lowest assist level the bike feels almost like a normal bicycle with a gentle tailwind.⟧ On the highest, hills simply disappear. My commute includes one long climb that used to leave me soaked on a regular bike; on the Volta I arrive at work without needing to change.

The motor is quiet, and the cadence sensor responds quickly, although it can surge slightly when you start pedalling at a junction. That took a week or two to get used to.

[[H|Range and winter]]

Volta claims up to 60 miles of range. ⟦In mild weather I got around 45 miles on the middle setting; in January, with temperatures below freezing, that fell to about 30.⟧ For my 18-mile round trip that still meant charging every other day.

[[H|What went wrong]]

In December the display stopped turning on. The company sent a replacement within a week, and I fitted it myself with a single screwdriver. The rear rack also rattles over rough ground, which a few cable ties have mostly cured.

[[H|Pros and cons]]

[[LIST|⟦Pro: comfortable, stable and easy to ride in traffic⟧|Pro: useful accessories included in the price|Con: heavy to lift|Con: range drops sharply in cold weather]]

⟦If your commute is under 20 miles and you can store it on the ground floor, I would buy it again.⟧""",
    kind="other", why="guest product review with verdict and score",
))

# ---------------------------------------------------------------- 38. think-tank commentary
MI_NAV = ["Research", "Commentary", "Events", "Experts", "Podcast", "About"]
MI_UTIL = ["Donate", "Newsletter", "Press", "Careers", "Contact"]
MI_COOKIE = "We use necessary cookies to make our site work and optional analytics cookies to help us improve it. You can accept or reject optional cookies."
PAGES.append(dict(
    case="en-opinion-institute-stampduty", lang="en", html_lang="en-GB", skin="institute", domain="www.meridianinstitute.example", site="Meridian Institute",
    secpath="commentary", node_type="commentary",
    url="https://www.meridianinstitute.example/commentary/let-councils-keep-the-stamp-duty-raised-in-their-area",
    h1="Let councils keep the stamp duty raised in their area",
    deck="Giving local government a share of property taxes would reward places that say yes to new homes.",
    crumbs=["Commentary"], kicker="Commentary", kicker_path="commentary",
    authors=["Samuel Adeyemi"], byline_html='<a href="/experts/samuel-adeyemi">Dr Samuel Adeyemi</a>', role="Senior Fellow, Local Government",
    ld_authors=["Samuel Adeyemi"], ld_type="BlogPosting", ld_section="Commentary",
    pub="2026-03-05T09:00:00+00:00", date="5 March 2026", meta="full",
    nav=MI_NAV, utility=MI_UTIL, cookie=MI_COOKIE, cookie_ok="Accept optional cookies", cookie_set="Cookie settings",
    side=[("Latest commentary", ["⟪Council tax revaluation cannot wait another decade⟫", "What the spring statement means for local services",
                                 "The case for a national housing land agency"]),
          ("Events", ["Building Britain's homes after the planning reforms, 19 March", "Devolution at ten: what worked?, 2 April"])],
    box=("Dr Samuel Adeyemi", "⟪Samuel Adeyemi is Senior Fellow for Local Government at the Meridian Institute.⟫ He previously worked as a finance director in two London boroughs."),
    tags=["Housing", "Local government", "Taxation"],
    related=["Briefing: Where council money comes from", "Podcast: Why nobody wants to pay for local services"], related_h="Related research",
    newsletter="⟪Get our research and commentary in your inbox every Friday.⟫",
    footer="Meridian Institute is a registered charity in England and Wales (no. 1100000). © 2026",
    footer_nav=["About", "Funding", "Privacy", "Accessibility", "Contact"],
    body="""⟦Every time a new home is sold in England, the Treasury collects stamp duty.⟧ In a typical year the tax raises more than £11bn. Not a penny of it goes to the council that granted planning permission for the home, maintains the roads around it and empties its bins.

That is a missed opportunity. ⟦If we want councils to say yes to more housing, we should let them keep a share of the stamp duty raised in their area.⟧

[[H|The incentive problem]]

At present, a council that approves a large development gets very little financial benefit from it. It collects some extra council tax, but it also takes on the cost of new residents' services, and it absorbs all of the political cost of angry local objections. The New Homes Bonus, which was meant to fix this, has been cut back so far that few councillors mention it.

[[READ|Related research|⟪Report: Funding councils fairly (February 2026)⟫]]

[[H|How it could work]]

A simple model would return 25 per cent of stamp duty receipts to the local authority in which the property sits, phased in over five years. ⟦Our modelling suggests a council that approves 1,000 extra homes a year would gain roughly £6m annually.⟧ Because stamp duty is also paid on existing homes, the reform would give every council a stake in a healthy local housing market, not just in new building.

Critics will say that this would favour wealthy areas, where prices and therefore receipts are higher. That is a fair concern, and it can be dealt with by redistributing part of the local share through the existing needs-based funding formula.

[[H|A modest step]]

This is not a silver bullet. Planning capacity, infrastructure funding and construction skills all matter too. ⟦But aligning the financial interest of councils with the national interest in more homes is overdue.⟧

The government has promised a fairer funding settlement for local government. Giving councils a stake in stamp duty would be a practical place to start.

[[DISC|⟪The views expressed in this commentary are those of the author and not necessarily those of the Meridian Institute.⟫]]""",
    kind="opinion", why="think-tank commentary proposing a policy",
))

# ---------------------------------------------------------------- 39. think-tank event page, no byline
PAGES.append(dict(
    case="en-other-institute-planningevent", lang="en", html_lang="en-GB", skin="institute", domain="www.meridianinstitute.example", site="Meridian Institute",
    secpath="events", node_type="event",
    url="https://www.meridianinstitute.example/events/building-britains-homes-after-the-planning-reforms",
    h1="Building Britain's homes after the planning reforms: a panel discussion",
    deck="An evening debate on whether the new planning rules will deliver the homes the country needs.",
    crumbs=["Events"], kicker="Event", kicker_path="events",
    authors=None, byline_html="",
    pub="2026-03-02T10:00:00+00:00", date="Published 2 March 2026", meta="og",
    nav=MI_NAV, utility=MI_UTIL, cookie=MI_COOKIE, cookie_ok="Accept optional cookies", cookie_set="Cookie settings",
    event=[("Date", "⟪Thursday 19 March 2026⟫"), ("Time", "18:00–19:30 GMT, followed by a reception"),
           ("Venue", "Meridian Institute, 14 Great Peter Street, London"), ("Format", "In person and online")],
    side=[("Upcoming events", ["⟪Devolution at ten: what worked?, 2 April⟫", "Book talk: The Missing Million Homes, 16 April"]),
          ("Latest commentary", ["Let councils keep the stamp duty raised in their area", "Council tax revaluation cannot wait another decade"])],
    tags=["Housing", "Planning", "Events"],
    related=["Report: Funding councils fairly (February 2026)", "⟪Podcast: Why nobody wants to pay for local services⟫"], related_h="Related",
    newsletter="⟪Sign up to hear about our upcoming events.⟫",
    footer="Meridian Institute is a registered charity in England and Wales (no. 1100000). © 2026",
    footer_nav=["About", "Funding", "Privacy", "Accessibility", "Contact"],
    body="""⟦The government has promised 1.5 million new homes in England over this parliament⟧ and has rewritten the planning rules to help deliver them. A year on, are the reforms working, and what else needs to change?

Join us for an evening panel discussion with leading voices from local government, the housebuilding industry and the charity sector. The discussion will be followed by questions from the audience, both in the room and online.

[[H|Speakers]]

[[LIST|⟦Cllr Joanna Price, leader of a county council in the East Midlands⟧|Marcus Holt, planning director at a regional housebuilder|Dr Amira Shah, research director at a homelessness charity|Chair: Dr Samuel Adeyemi, Senior Fellow, Meridian Institute]]

[[H|What we will discuss]]

⟦The panel will look at how quickly the new rules are turning permissions into homes⟧, whether councils have the planning officers they need, and how the reforms affect social and affordable housing. Panellists will also discuss what the next spending review should do for housing.

[[H|How to attend]]

⟦Places in the room are limited and will be allocated on a first-come, first-served basis.⟧ Registration closes on 17 March. The event will also be streamed live, and a recording will be available on this page afterwards.

If you have access requirements, please contact the events team before registering and we will be happy to help. The venue has step-free access and a hearing loop, and British Sign Language interpretation can be arranged with a week's notice.

Questions for the panel can be submitted in advance when you register, or during the event through the live chat. We will try to cover as many as we can, and we will publish a short summary of the discussion on our website the following week.

⟦This event is free to attend.⟧""",
    kind="other", why="event announcement page",
))

# ---------------------------------------------------------------- 40. university research news
PAGES.append(dict(
    case="en-news-institute-sleepstudy", lang="en", html_lang="en-CA", skin="institute", domain="news.westbridge.example", site="University of Westbridge",
    secpath="news", node_type="news",
    url="https://news.westbridge.example/2026/03/teens-phones-out-of-bedroom-sleep-longer-study/",
    h1="Teens who keep phones out of the bedroom sleep 40 minutes longer, study finds",
    deck="A year-long study of 1,200 high school students in British Columbia also found better mood and fewer late assignments.",
    crumbs=["News and events", "News"], kicker="Research news", kicker_path="news/research",
    authors=["Natalie Chu"], byline_html='Story by <a href="/people/natalie-chu">Natalie Chu</a>',
    ld_authors=["Natalie Chu"], ld_type="NewsArticle", ld_section="Research",
    pub="2026-03-05T09:00:00-08:00", date="March 5, 2026", meta="full",
    nav=["Study", "Research", "News and events", "Campus life", "About"], utility=["Give", "Directories", "Campus map", "Contact"],
    cookie="This website uses cookies to improve your browsing experience. See our privacy statement for details.", cookie_ok="OK",
    caption="⟪Study lead Dr. Helena Marsh in the university's Sleep and Development Lab.⟫ Photo: Kevin Osei",
    side=[("Latest news", ["⟪New scholarship fund for first-generation students⟫", "Westbridge researchers map microplastics in the Fraser River",
                           "Spring convocation dates announced"]),
          ("Perspectives", [("Opinion", "Why universities should teach slow reading")])],
    after=[("media-contact", "⟪Media contact: Natalie Chu, University Communications⟫, media@westbridge.example, 604-555-0142")],
    tags=["Research", "Health", "Sleep", "Adolescents"],
    related=["How much sleep do teenagers really need?", "Faculty of Education launches digital wellbeing program"], related_h="Related stories",
    footer="University of Westbridge · We acknowledge that our campus is located on the traditional, ancestral and unceded territory of the Coast Salish peoples. © 2026",
    footer_nav=["Privacy", "Accessibility", "Emergency information", "Careers", "Contact"],
    body="""⟦High school students who agreed to leave their phones outside their bedrooms at night slept an average of 40 minutes longer⟧ than classmates who kept them by the bed, according to a new study by researchers at the University of Westbridge.

The study, published this week in the Journal of Adolescent Sleep, followed 1,214 students in grades 9 to 12 at 14 schools in British Columbia over the 2024-25 school year. Half of the participating families were asked to charge all phones and tablets in a shared room, such as the kitchen, from 10 p.m. on school nights.

[[H|More sleep, better mood]]

⟦Students in the phone-free group went to sleep earlier rather than waking up later⟧, the researchers found. They also reported fewer symptoms of low mood on a standard questionnaire, and their teachers recorded about 20 per cent fewer late assignments.

"We expected a small effect, if any, because teenagers are very good at finding workarounds," said Dr. Helena Marsh, an associate professor in the School of Kinesiology who led the study. ⟦"Forty minutes a night is a big difference. Over a school week, that's more than three hours."⟧

[[PHOTO|⟪Participants wore wrist trackers that recorded when they fell asleep and woke up.⟫]]

[[H|Families found it hard at first]]

About one in five families in the phone-free group dropped out in the first two months, most often because of disagreements at home. Those who stayed said the rule became easier after a few weeks, particularly when parents followed it too.

The researchers caution that the families who volunteered may not be typical, and that the study did not measure what students did with their phones during the day.

⟦The team is now planning a larger study with schools in Alberta and Ontario.⟧

[[TEXT|The research was funded by the Canadian Institutes of Health Research.]]""",
    kind="news", why="university news report on a study, quotes researcher",
))
