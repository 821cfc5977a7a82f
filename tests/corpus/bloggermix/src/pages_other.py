"""Other pages (10): a how-to on a WordPress blog, a recipe on Blogger, a book review and a film
review, a newsletter's "week in links" digest, a local site's weekend event listing, a trade site's
product round-up, a newsletter's step-by-step tax guide, a Ghost site's buying guide and a university
library's citation guide."""

PAGES = []

# ---------------------------------------------------------------- X1: WordPress how-to, Australia (Brisbane)
PAGES.append(dict(
    case="en-other-wpblog-firstflush", lang="en", html_lang="en-AU", skin="wpblog", domain="backyardledger.example", site="The Backyard Ledger",
    tagline="Water, soil and weekend projects from a Brisbane quarter-acre",
    url="https://backyardledger.example/2026/03/07/how-to-fit-a-first-flush-diverter/",
    h1="How to fit a first-flush diverter to your rainwater tank",
    authors=["Shaun Whitty"], byline_text="by Shaun Whitty", bio_name="Shaun Whitty",
    bio="⟪Shaun is a retired plumber who has been harvesting rain in Brisbane’s west since the 2007 drought.⟫",
    pub="2026-03-07T10:00:00+10:00", date="March 7, 2026", meta="og",
    nav=["Home", "Water", "Garden", "Projects", "Musings", "About", "Contact"],
    cats=["How-to", "Water"], tags=["rainwater tank", "first flush", "DIY"],
    related=[("⟪How to clean a rainwater tank without draining it⟫", "October 12, 2025", "How-to"),
             ("Choosing a tank pump: what the numbers mean", "August 30, 2025", "Water"),
             ("Why I think every new house should have a tank", "May 4, 2025", "Musings")],
    prev="Choosing a tank pump: what the numbers mean", next="Mulch, compared: six months of soil readings",
    recent=["Mulch, compared: six months of soil readings", "⟪Leaf guards: worth the money?⟫", "Why I think every new house should have a tank"],
    categories=["How-to", "Musings", "Projects", "Water"], cloud=["DIY", "drought", "first flush", "gutters", "pumps", "rainwater tank"],
    follow="Get new posts by email.", followers="742",
    comments=[("Bev in Ipswich", "March 7, 2026 at 4:18 pm", "⟪Did this last weekend with your instructions. Water is noticeably clearer already.⟫", "5")],
    footer="© 2026 The Backyard Ledger", cookie="", thumb=True,
    body="""⟦The first few millimetres of rain that run off your roof carry most of the dust, leaves, bird droppings and whatever else has settled there since the last storm.⟧ A first-flush diverter catches that dirty water before it reaches your tank. It is one of the cheapest upgrades you can make to a rainwater system, and most people can fit one in an afternoon.

Before you start, check your local council’s rules. Some councils and water retailers require tanks connected to indoor plumbing to be installed by a licensed plumber. Fitting a diverter to a garden tank is usually fine to do yourself.

[[H|What you will need]]

[[LIST|⟦A first-flush diverter kit sized to your downpipe, usually 90 mm.⟧|A hacksaw and a deburring tool or file.|PVC primer and solvent cement.|A tape measure, a marker and a spirit level.|Two pipe brackets and screws to suit your wall.]]

[[H|Step by step]]

[[OL|Work out how much water to divert. A common rule is half a litre for every square metre of roof that drains to the downpipe.|Mark the downpipe where the diverter’s tee will sit, at least 300 mm above the tank inlet.|⟦Cut out the section of downpipe, then deburr the cut edges so the joints seal properly.⟧|Dry-fit the tee and the diverter chamber before gluing anything, and check it is plumb with the level.|Prime and cement the joints, then fix the chamber to the wall with the brackets.|Fit the slow-release cap at the bottom of the chamber, making sure the little drip hole is clear.]]

[[PHOTO|⟪The finished diverter on the back corner of the house.⟫]]

[[H|Keeping it working]]

⟦A diverter only works if it empties between storms.⟧ Unscrew the bottom cap every month or two and rinse out the sludge and the ball or float inside. In autumn, when the jacarandas and gums are dropping leaves, you may need to do it more often.

If the chamber stays full for days after rain, the drip hole is blocked. A bent paperclip usually clears it.

⟦That is all there is to it: an afternoon’s work for years of cleaner water.⟧""",
    kind="other", why="step-by-step how-to post",
))

# ---------------------------------------------------------------- X2: Blogger recipe, Nigeria; no date metadata
PAGES.append(dict(
    case="en-other-blogger-moimoi", lang="en", html_lang="en-NG", skin="blogger", domain="kitchentalesibadan.blogspot.example", site="Kitchen Tales from Ibadan",
    tagline="Home cooking, family recipes and market days",
    url="https://kitchentalesibadan.blogspot.example/2026/03/mamas-moi-moi-steamed-in-leaves.html",
    h1="Mama’s moi moi, steamed in leaves", exp_title="Mama’s moi moi, steamed in leaves",
    authors=["Funmilayo Adebayo"], byline_text="Posted by Funmilayo Adebayo", bio_name="Funmilayo Adebayo",
    bio="Mother of three, teacher by day, cook by evening. Writing down my mother’s recipes before I forget them.",
    pub="2026-03-01T11:15:00+01:00", date="Sunday, March 1, 2026", time="11:15 AM", meta="og", meta_pub=False,
    nav=["Home", "Recipe index", "Market guide", "About me"],
    labels=["beans", "moi moi", "Nigerian recipes", "steamed"],
    all_labels=["beans", "moi moi", "my two kobo", "Nigerian recipes", "rice", "snacks", "soups", "steamed", "stews"],
    archive=[("March", 1), ("February", 4), ("January", 6)],
    popular=["⟪The only jollof rice recipe you need⟫", "Efo riro for beginners", "How I plan a week of school lunches"],
    bloglist=[("Lagos Lunchbox", "⟪Five ways with leftover ofada rice⟫", "1 day ago"), ("Spice Route Abuja", "Opinion: Stop calling our food exotic", "4 days ago")],
    comments=[("Kemi O.", "March 1, 2026 at 2:40 PM", "⟪My grandmother also added a little crayfish. This brought back memories!⟫", ""),
              ("Anonymous", "March 2, 2026 at 9:05 AM", "Can I use foil instead of leaves?", ""),
              ("Funmilayo Adebayo", "March 2, 2026 at 10:12 AM", "Yes, or small tins. The taste is a little different but still good.", "")],
    footer="© Kitchen Tales from Ibadan 2026. Picture Window theme.", cookie="",
    body="""⟦Every Sunday of my childhood started with the sound of my mother peeling beans.⟧ She would soak them the night before, rub off the skins between her palms, and by the time we came back from church the house smelled of steaming leaves. This is her moi moi, as close as I can get it.

You can steam moi moi in foil or small tins, but the leaves give it a gentle, almost grassy flavour that I have never been able to get any other way. Look for ewe eran (the broad leaves sold for wrapping) at the market, or use banana leaves.

[[H|Ingredients (makes 10 wraps)]]

[[LIST|⟦3 cups black-eyed or brown beans, soaked and peeled⟧|2 large red bell peppers (tatashe)|1 scotch bonnet pepper, or to taste|1 medium onion|½ cup vegetable or palm oil|2 seasoning cubes and salt to taste|3 boiled eggs, sliced (optional)|About 15 leaves for wrapping, washed]]

[[H|Method]]

[[OL|Blend the peeled beans with the peppers and onion, adding water a little at a time, until completely smooth.|⟦Pour into a bowl and stir in the oil, seasoning and salt; the batter should pour like thick custard.⟧|Fold each leaf into a cone, fill it two-thirds with batter, add a slice of egg and fold the top closed.|Line a large pot with a few leaves and a little water, then stand the wraps upright, packed closely together.|Cover and steam on medium heat for 45 minutes to an hour, topping up the water as needed.]]

[[PHOTO|⟪Moi moi fresh from the pot, still in their leaves.⟫]]

To check if it is done, unwrap one. It should be firm and come away cleanly from the leaf.

⟦We ate ours with ogi and a cold glass of milk, and I still think that is the best way.⟧""",
    kind="other", why="recipe with ingredients and method",
))

# ---------------------------------------------------------------- X3: magazine book review, Ireland; JSON-LD Review
BR_NAV = ["Books", "Poetry", "Essays", "Reviews", "Opinion", "Interviews", "Events", "Subscribe"]
PAGES.append(dict(
    case="en-other-magazine-saltyear", lang="en", html_lang="en-IE", skin="magazine", domain="www.banbareview.example", site="Banba Review",
    url="https://www.banbareview.example/reviews/2026/03/the-salt-year-orla-keane-review",
    h1="The Salt Year by Orla Keane review: a quiet, devastating novel of the Mullet peninsula",
    authors=["Aoife Brennan"], byline_text="Reviewed by Aoife Brennan", byline_html='Reviewed by <a href="/contributors/aoife-brennan">Aoife Brennan</a>',
    pub="2026-03-06T08:00:00+00:00", date="6 March 2026", meta="full", ld_type="Review", ld_authors=["Aoife Brennan"],
    ld_extra={"itemReviewed": {"@type": "Book", "name": "The Salt Year", "author": {"@type": "Person", "name": "Orla Keane"}}, "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5}},
    kicker="Reviews", nav=BR_NAV, offer="Four issues a year, delivered: subscribe for €40.",
    review_box="<p class=\"review-box__title\">The Salt Year by Orla Keane</p><p>⟪Larkspur Press, 288pp, €16.99⟫</p><p class=\"review-box__rating\">★★★★☆</p>",
    bio="⟪Aoife Brennan is a critic and teacher based in Castlebar.⟫",
    tags=["Fiction", "Irish writing", "Mayo"], more_head="Reviews",
    related=["⟪A first collection that earns its silences⟫", "The Ferryman’s Daughter review: history as a ghost story", "Poetry roundup: spring 2026"],
    popular=["Interview: Orla Keane on writing the west", "The essay is not dead, it is in the newsletters", "Ten Irish debuts to watch this year"],
    op_head="Opinion", op_rail=["⟪Irish publishing needs more than prizes to survive⟫", "In defence of the long novel"],
    nl_head="Get new reviews every fortnight",
    footer="© 2026 Banba Review CLG. Published with the support of the Arts Council.", footer_cols=[("Review", ["About", "Submissions", "Contact"])],
    cookie="⟪We use cookies to keep the site running and to count our readers.⟫",
    body="""⟦Orla Keane’s second novel takes place over twelve months in a village at the end of the Mullet peninsula, and almost nothing happens in it.⟧ A woman comes home to care for her father. The fishing season is poor. A neighbour’s son does not come back from England for Christmas. By the last page, I had been more moved than by any novel I have read in a year.

Nóra, the narrator, is in her forties, a former hotel manager in Galway who has lost her job and, we gradually learn, her marriage. Her father, Séamus, is a retired fisherman with failing lungs and a sharp tongue. The novel is built from their days together: the fire, the radio, the weather, the slow negotiation over who will do what.

[[H|A slow accumulation]]

⟦Keane’s great gift is patience.⟧ She lets scenes run long, lets conversations circle, and trusts the reader to notice what is not being said. A chapter in which Nóra and her father spend an afternoon mending a net contains more about grief than most novels manage in their entire length.

[[DONATE|⟪Buy The Salt Year from our partner bookshop for €15.29.⟫|Buy now]]

The prose is plain and exact, with flashes of Irish that are never translated and never need to be. The sea is present on almost every page, but Keane resists the temptation to make it symbolic. It is simply there, as it is for the people who live beside it.

[[H|Where it falters]]

⟦The novel is not flawless.⟧ A subplot involving a property developer feels borrowed from a different, more conventional book, and the final chapter ties things up more neatly than the rest of the novel has taught us to expect.

But these are small complaints about a book of unusual tenderness and control. ⟦The Salt Year is the kind of novel that stays with you long after you have put it down.⟧""",
    kind="other", why="book review",
))

# ---------------------------------------------------------------- X4: Medium-like film review in a publication, India
PAGES.append(dict(
    case="en-other-medium-monsoonledger", lang="en", html_lang="en-IN", skin="medium", domain="medium.example", site="Medium",
    url="https://medium.example/frame-by-frame/monsoon-ledger-review-a-patient-kochi-thriller-8b2d41e9c7a5",
    h1="‘Monsoon Ledger’ review: a patient Kochi thriller that trusts its audience",
    deck="A bank clerk, a missing file and a flooded city. Three and a half stars.",
    pub_name="Frame by Frame", nav=["Reviews", "Essays", "Lists", "Write for us"],
    authors=["Rohan Iyer"], byline_text="Rohan Iyer", byline_html="Rohan Iyer", bio_name="Rohan Iyer",
    bio="⟪Film critic in Kochi. Writing about Malayalam and Tamil cinema since 2017.⟫", followers="5.8K Followers",
    pub="2026-03-08T20:10:00+05:30", date="Mar 8, 2026", meta="full", ld_type="Article", ld_authors=["Rohan Iyer"], read="5 min read", claps="864",
    tags=["Film Review", "Malayalam Cinema", "Movies", "Thriller"],
    comments=[("Divya K", "Mar 9", "⟪Watched it last night on your recommendation. That interval scene!⟫", "34")],
    more=[("⟪The best Malayalam films of 2025, ranked⟫", "Twenty films, one list, many arguments.", "Jan 2"),
          ("‘Backwater Blues’ review: charm without a centre", "Pleasant, forgettable.", "Feb 14")],
    recs=[("Meenakshi Pillai", "⟪Why Malayalam cinema keeps winning the streaming wars⟫", "Feb 28"), ("Arvind S", "The slow thriller is back", "Mar 1")],
    split_with='<div class="section-divider" role="separator"><span>···</span></div>',
    body="""⟦About forty minutes into Monsoon Ledger, a bank clerk named Sajan sits in a flooded records room, water up to his knees, reading a loan file by torchlight.⟧ Nothing happens for almost three minutes. It is the best scene in the film, and a good test of whether this patient, deliberate thriller is for you.

Directed by first-timer Anitha Varghese and set during a week of monsoon flooding in Kochi, the film follows Sajan (a superbly weary Biju Thomas) as he tries to trace a missing file that could expose a fraud at his branch. The plot is simple. The execution is anything but.

[[H|A city under water]]

⟦Varghese and her cinematographer shoot Kochi as a city slowly going under.⟧ Streets become canals, offices become islands, and the constant sound of rain replaces most of the background score. It is immersive in the literal sense, and it gives the film a texture that most thrillers do not bother with.

[[SPLIT]]

[[H|Where it drags]]

The second half is less sure-footed. A subplot involving Sajan’s brother-in-law, a local politician, feels like it belongs in a noisier film, and the climax relies on a coincidence the rest of the story has carefully avoided. ⟦At 2 hours and 28 minutes, it is also at least twenty minutes too long.⟧

[[H|Verdict]]

Still, this is a confident debut that trusts its audience to pay attention, and rewards them when they do. Watch it in a theatre if you can; the sound design alone is worth it.

⟦Rating: 3.5/5. Monsoon Ledger is in theatres now, in Malayalam with English subtitles.⟧""",
    kind="other", why="film review with rating",
))

# ---------------------------------------------------------------- X5: beehiiv "week in links" digest, Canada
PAGES.append(dict(
    case="en-other-beehiiv-fridaylinks", lang="en", html_lang="en-CA", skin="beehiiv", domain="lakeheadletter.beehiiv.example", site="The Lakehead Letter",
    url="https://lakeheadletter.beehiiv.example/p/friday-links-112",
    h1="Friday Links #112: snow tires, sourdough and the Port Arthur elevators",
    deck="Ten things worth your time this week, from Thunder Bay and beyond",
    authors=["Jonah Lindqvist"], byline_text="Jonah Lindqvist", byline_html="Jonah Lindqvist", bio_name="Jonah Lindqvist",
    pub="2026-03-06T07:00:00-05:00", date="March 06, 2026", meta="og",
    nav=["Posts", "Friday Links", "Essays", "About"],
    related=["⟪Friday Links #111: ice roads, a mystery hawk and city budgets⟫", "Why I moved my newsletter off the big platforms", "Friday Links #110: the coldest week"],
    poll_q="⟪Which link did you click first this week?⟫", poll=["The elevators", "Sourdough", "Snow tires"],
    footer="The Lakehead Letter",
    body="""⟦Good morning, and happy Friday from a city that cannot decide whether it is winter or spring.⟧ This week’s links are heavy on local history, thanks to a reader who sent me down a rabbit hole about the grain elevators. As always, reply to this email if you have something for next week.

[[AD|⟪This issue is brought to you by Current River Coffee. Show this email for 10% off.⟫]]

[[H|Around Thunder Bay]]

[[LIST|⟦<a href="https://elevators.example/then-and-now">A wonderful photo essay on the Port Arthur grain elevators</a>, then and now.⟧ Some of these pictures I had never seen.|The city’s draft budget is out, and <a href="https://tbnews.example/budget-2026-transit">the local paper has a clear summary</a> of what changes for transit.|Someone has <a href="https://rinkmap.example/">mapped every outdoor rink in the city</a>, with notes on which ones are actually flooded.]]

[[H|Worth reading]]

[[LIST|<a href="https://smalltownpress.example/why-we-matter">A long, thoughtful piece on why small-town newspapers still matter</a>, written by an editor who has run one for thirty years.|⟦<a href="https://drivewise.example/winter-tire-ratings">The best explanation of winter tire ratings</a> I have read.⟧ Yes, it matters which symbol is on the sidewall.|<a href="https://northernfiction.example/ice-hut">A short story about ice fishing</a> that made me laugh and then, unexpectedly, cry.]]

[[H|Things to try]]

[[LIST|<a href="https://coldkitchen.example/sourdough">A sourdough recipe built for cold kitchens</a>, with longer proofing times.|A free online course on Anishinaabemowin, <a href="https://college.example/anishinaabemowin">run by a regional college</a>.|⟦<a href="https://trails.example/snowshoe">A beginner’s guide to snowshoe trails</a> within twenty minutes of downtown.⟧]]

[[H|One last thing]]

A reader wrote in to say that the hawk from last week’s issue was almost certainly a northern goshawk. Thank you, Margaret. I have been corrected by better birders before and will be again.

[[SHARE|⟪Enjoying the Letter? Refer a friend and get a free sticker pack.⟫|Share your link]]

⟦That is all for this week; stay warm, and see you next Friday.⟧""",
    kind="other", why="weekly link digest",
))

# ---------------------------------------------------------------- X6: local site's weekend event listing, South Africa
NS_NAV = ["News", "Community", "Schools", "Business", "Sport", "Opinion", "What’s On", "Property", "Classifieds"]
PAGES.append(dict(
    case="en-other-local-whatson", lang="en", html_lang="en-ZA", skin="local", domain="northsidenews.example", site="Durban Northside News",
    tagline="Durban North, Umhlanga and La Lucia",
    url="https://northsidenews.example/whats-on/whats-on-in-durban-this-weekend-13-15-march/",
    h1="What’s on in Durban this weekend: 13–15 March",
    authors=["Lindiwe Zulu"], byline_text="By Lindiwe Zulu", byline_html='By <a href="/author/lindiwe-zulu/">Lindiwe Zulu</a>',
    pub="2026-03-12T12:00:00+02:00", date="12 March 2026", today="Thursday, 12 March 2026", weather="Durban 29°C, humid",
    meta="full", ld_type="Article", ld_authors=["Lindiwe Zulu"],
    crumbs=["What’s On"], label="What’s On", nav=NS_NAV,
    ticker_label="Latest", ticker=["⟪Beachwood mangroves boardwalk reopens after repairs⟫", "Umhlanga Rocks Drive roadworks extended to April"],
    tags=["Events", "Weekend", "Durban"],
    related=["⟪Where to find the best bunny chow in Durban North⟫", "Easter holiday guide 2026", "Five new coffee spots on the north coast"],
    popular=["Load shedding schedule for this weekend", "Umhlanga lagoon: water quality results", "New school uniform shop opens in Glenashley"],
    op_head="Opinion", op_rail=["⟪Opinion: Our beaches need more lifeguards, not more parking⟫", "Letter: Bring back the Sunday market"],
    comments=None, support="", nl_text="⟪Get our weekend guide in your inbox every Thursday.⟫",
    footer="© 2026 Durban Northside News (Pty) Ltd.", footer_cols=[("Northside", ["About us", "Advertise", "Submit an event"])],
    cookie="",
    body="""⟦Summer is holding on in Durban, and this weekend there is plenty to do whether you want the beach, a market or a night out.⟧ Here is our pick of what is on from Friday to Sunday. As always, check with organisers before you go, as times can change at short notice.

[[H|Friday 13 March]]

⟦Sunset jazz at the Umhlanga Promenade amphitheatre, 5.30pm to 8pm.⟧ The Msinga Quartet plays standards and originals. Free entry; bring a blanket. Parking at the Lighthouse Mall is limited, so consider walking from the village.

Film night at the Glenashley community hall, 7pm. A family screening of an animated favourite, with popcorn and cooldrinks on sale. Tickets R60, children under 12 R30.

[[AD]]

[[H|Saturday 14 March]]

⟦The Northside Farmers’ Market at Virginia Bush, 8am to 1pm,⟧ with about 40 stalls of fresh produce, baked goods and crafts. Entry is free and the market is dog-friendly.

Beach clean-up at La Lucia main beach, 7am. Volunteers meet at the lifeguard tower; gloves and bags are supplied. Register on the organiser’s Facebook page.

Comedy at the Rockwood Theatre, 8pm. Four local stand-ups try out new material ahead of the Durban comedy festival in April. Tickets R150 at the door or R120 online; the show is not suitable for under-16s.

[[REL|ALSO READ:|⟪Ten free things to do in Durban with children⟫]]

[[H|Sunday 15 March]]

Durban North Park Run, 8am, followed by a pancake breakfast in aid of the local SPCA. Entry by donation.

⟦Open studios in Durban North, 10am to 4pm.⟧ Twelve artists open their home studios to visitors, with a free map available at the participating galleries.

⟦Know of an event we should include next week? Send the details to our newsroom by Wednesday.⟧""",
    kind="other", why="weekend event listing",
))

# ---------------------------------------------------------------- X7: trade site product round-up, US (Chicago)
PB_NAV = ["Tools", "Materials", "Business", "Safety", "Codes", "Opinion", "Videos", "Events", "Subscribe"]
PAGES.append(dict(
    case="en-other-trade-impactdrivers", lang="en", html_lang="en-US", skin="trade", domain="www.probuilderweekly.example", site="ProBuilder Weekly",
    tagline="For builders, remodelers and trade contractors",
    url="https://www.probuilderweekly.example/tools/tested-six-compact-impact-drivers-for-site-work",
    h1="Tested: six compact impact drivers for everyday site work",
    deck="We ran each one through a week of decking, framing and fastening. Here is how they stacked up.",
    authors=["Garrett Holm"], byline_text="By Garrett Holm", byline_html='By <a href="/author/garrett-holm">Garrett Holm</a>',
    pub="2026-03-02T06:00:00-06:00", date="March 2, 2026", today="Monday, March 2, 2026", meta="full", ld_type="Article", ld_authors=["Garrett Holm"],
    crumbs=["Home", "Tools"], label="Tools", nav=PB_NAV, section_name="Tools",
    bio="⟪Garrett Holm is a licensed general contractor in Illinois and ProBuilder Weekly’s tools editor.⟫",
    tags=["Impact drivers", "Tool tests", "Cordless tools"],
    related=["⟪Tested: five framing nailers under $400⟫", "The best job-site radios of 2026", "How we test tools"],
    popular=["Lumber prices: what to expect this spring", "New OSHA guidance on silica dust", "The remodeling market in five charts"],
    op_head="Opinion", op_rail=["⟪Opinion: Battery platforms are holding contractors hostage⟫", "Column: Stop bidding jobs you cannot staff"],
    events=["Builders Expo Chicago, April 8–10", "Remodelers Summit, Denver, May 19"],
    sponsored=["⟪Why more crews are switching to cordless concrete tools⟫"],
    footer="© 2026 ProBuilder Weekly, Tradeline Media Group. All rights reserved.", footer_cols=[("Company", ["About", "Advertise", "Contact"]), ("Legal", ["Privacy", "Terms"])],
    cookie="",
    body="""[[NOTE|⟪ProBuilder Weekly may earn a commission when you buy through links on this page.⟫]]

⟦A compact impact driver is the tool most of us reach for first and put down last.⟧ To find out which ones are worth the money, we bought six 18- and 20-volt models at retail and handed them to a three-person crew for a week of decking, light framing and cabinet installation. Here is what we found.

[[H|Best overall: Kestrel KD-20]]

⟦The Kestrel was the driver the crew kept fighting over.⟧ It sank 3-inch deck screws into pressure-treated joists faster than anything else we tested, and its three-speed selector made it easy to back off for cabinet hardware. At $179 for the bare tool, it is not cheap, but it felt built to last.

[[H|Best value: Ironbark ID18]]

At $99 bare, the Ironbark was the surprise of the test. It lacks the Kestrel’s top speed and its LED light sits too low, but it drove everything we asked of it and fits a battery platform many contractors already own.

[[AD]]

[[H|Most compact: Torqwell Mini 12]]

The only 12-volt tool in the group, the Torqwell is small enough for work inside cabinets and between joists. ⟦It struggled with long structural screws, so treat it as a second driver, not a first.⟧

[[H|The rest]]

[[LIST|Alder Pro AD-20: powerful but heavy, and the belt clip broke on day two.|Vantec V18: good battery life, but the chuck wobbled after a week.|Brisk BX20: fine for occasional use, noticeably slower under load.]]

[[SPLIT]]

[[H|How we tested]]

Each driver was used for at least two full working days. We timed 50 deck screws in each, checked battery run time with a standard 2-amp-hour pack and asked the crew to rank them blind at the end of the week.

⟦Prices are for the bare tool at major retailers at the time of testing.⟧""",
    kind="other", why="product round-up of tested tools",
))

# ---------------------------------------------------------------- X8: Substack-like step-by-step tax guide, Kenya
PAGES.append(dict(
    case="en-other-substack-itax", lang="en", html_lang="en-KE", skin="substack", domain="pesanotes.substack.example", site="Pesa Notes",
    url="https://pesanotes.substack.example/p/how-to-file-your-kra-tax-return-on-itax",
    h1="How to file your KRA tax return on iTax, step by step",
    deck="A plain guide for salaried employees, with the mistakes I see every June.",
    authors=["Wanjiru Kamau"], byline_text="Wanjiru Kamau", byline_html="Wanjiru Kamau", bio_name="Wanjiru Kamau",
    pub="2026-03-12T09:00:00+03:00", ld_date="2026-03-12T06:00:00+00:00", meta_date="2026-03-12T06:00:00+00:00", date="Mar 12, 2026",
    meta="full", ld_type="NewsArticle", ld_authors=["Wanjiru Kamau"],
    nav=["Home", "Guides", "Money Diaries", "Opinion", "Archive", "About"], likes="1,204", restacks="310",
    comments=[("Brian O.", "Mar 12", "⟪Saved this. Every year I forget where the P9 figures go.⟫", "57"),
              ("Achieng", "Mar 13", "What if I had two employers in the same year?", "12"),
              ("Wanjiru Kamau", "Mar 13", "Achieng, you enter both P9s. I will do a separate post on that.", "19")],
    pub_blurb="⟪Personal finance for Kenyans, in plain English. New posts every Thursday.⟫",
    related=["⟪Money Diaries: a teacher in Kisumu on a Sh68,000 salary⟫", "NSSF, SHIF and housing levy: what comes off your payslip", "Opinion: The housing levy deserves a proper audit"],
    footer="Wanjiru Kamau",
    body="""[[NOTE|⟪This is a general guide, not tax advice. If your situation is complicated, talk to a tax agent.⟫]]

⟦Every year, thousands of Kenyans leave their tax return until the last week of June and then discover the iTax portal is slow, their password has expired and they cannot find their P9 form.⟧ This guide is for salaried employees filing a straightforward return. It takes about twenty minutes if you have your documents ready.

[[H|Before you start]]

[[LIST|⟦Your KRA PIN and iTax password.⟧|The P9 form from each employer you worked for last year.|Any insurance or mortgage interest certificates you want to claim relief on.]]

[[SUB|⟪Get my next guide in your inbox. Subscribe free.⟫|Subscribe]]

[[H|Step by step]]

[[OL|Log in to iTax with your PIN and password.|Under "Returns", choose "File Return", select "Income Tax – Resident Individual" and click next.|Download the Excel return form, open it and enable macros.|⟦On the employment income sheet, copy the figures from your P9 exactly as they appear.⟧|Add any reliefs on the relevant sheets, then go back to the first sheet and click "Validate".|Upload the zipped file the form creates, and download your acknowledgement receipt.]]

[[H|The mistakes I see most]]

⟦The most common error is entering the gross salary in the wrong column, which makes it look as if you owe tax you have already paid.⟧ The second is forgetting a short-term job: if you had two employers, you need both P9s.

If iTax shows a balance you do not recognise, do not pay it straight away. Check your entries first.

[[SHARE|⟪This post is public so feel free to share it.⟫|Share]]

⟦The deadline is 30 June, but the portal is far quicker in March than it is in the last week.⟧""",
    kind="other", why="step-by-step tax filing guide",
))

# ---------------------------------------------------------------- X9: Ghost buying guide, UK
PAGES.append(dict(
    case="en-other-ghost-ereaders", lang="en", html_lang="en-GB", skin="ghost", domain="quietgadgets.example", site="Quiet Gadgets",
    url="https://quietgadgets.example/best-budget-ereaders-2026/",
    h1="The best budget e-readers in 2026: five we would actually buy",
    deck="You do not need to spend £200 to read comfortably. These are the cheaper models that held up after a month of use.",
    authors=["Hannah Rees"], byline_text="Hannah Rees", byline_html='<a href="/author/hannah/">Hannah Rees</a>', bio_name="Hannah Rees",
    pub="2026-03-04T09:00:00+00:00", date="4 Mar 2026", meta="og", ptag="Buying guides", read="7 min read",
    nav=["Home", "Reviews", "Buying guides", "Opinion", "Newsletter", "About"],
    cards=[("Opinion", "⟪Stop buying smart speakers you do not need⟫", "The case for a quieter home.", "1 Mar 2026", "4 min read"),
           ("Reviews", "Lumen Slate 7 review: nearly perfect, slightly pricey", "Our favourite e-reader, with one catch.", "24 Feb 2026", "6 min read"),
           ("Buying guides", "The best wired headphones under £50", "Yes, they still make them.", "17 Feb 2026", "5 min read")],
    comments_head="Discussion", comments_cta="⟪Members can comment on every post. It is free to join.⟫",
    footer_cta="Sign up for Quiet Gadgets", cookie="⟪We use a single privacy-friendly analytics cookie. No ads, no tracking.⟫",
    body="""[[NOTE|⟪Quiet Gadgets is reader-funded. We do not take affiliate commission on anything we recommend.⟫]]

⟦The best e-readers cost well over £150, but most people do not need most of what they offer.⟧ Waterproofing, colour screens and stylus support are lovely; a sharp, evenly lit screen and a battery that lasts a month are what actually matter. I spent four weeks reading on eight models under £120, and these are the five I would be happy to recommend.

[[H|1. Lumen Basic 6 (£89)]]

⟦The best all-rounder for most people.⟧ Its six-inch screen is as sharp as models costing twice as much, the front light is even, and it opens library books and shop-bought books without fuss. The lack of page-turn buttons is the only real drawback.

[[H|2. Inkwell Go (£99)]]

A slightly larger screen and physical page-turn buttons, which I missed on the Lumen. The software is slower, and the store is smaller, but it reads EPUB files directly.

[[H|3. Paperleaf Mini (£69)]]

⟦If you want the cheapest e-reader worth having, this is it.⟧ The screen is lower resolution and the light slightly blue at the edges, but for novels in bed it is perfectly good.

[[SUB|⟪Get our buying guides before anyone else. Join Quiet Gadgets for free.⟫|Subscribe]]

[[H|4. Inkwell Go Plus (£119)]]

The Go with warm lighting and waterproofing. Worth the extra £20 if you read in the bath.

[[H|5. Folio Note Lite (£115)]]

The only one here that lets you write on the page, with a basic stylus. Good for PDFs and margin notes, less good for long novels.

⟦Whichever you choose, buy it from a shop with a generous returns policy, because screens vary more than spec sheets suggest.⟧""",
    kind="other", why="product buying guide with ranked picks",
))

# ---------------------------------------------------------------- X10: university library guide, South Africa
PAGES.append(dict(
    case="en-other-univ-citeai", lang="en", html_lang="en-ZA", skin="univ", domain="libraryblog.uhighveld.example", site="Library Blog",
    uni="University of the Highveld", uni_domain="www.uhighveld.example",
    url="https://libraryblog.uhighveld.example/2026/03/how-to-cite-generative-ai-tools/",
    h1="How to cite generative AI tools in your assignments",
    deck="A quick guide for undergraduates, with examples in the referencing styles most faculties use.",
    authors=["Zanele Khumalo"], byline_text="By Zanele Khumalo, Library Services", byline_html='By <a href="/staff/zanele-khumalo/">Zanele Khumalo</a>, Library Services',
    pub="2026-03-03T09:00:00+02:00", date="3 March 2026", meta="og", kicker="Guides", read="4 min read",
    nav=["Latest", "Guides", "Research support", "Opening hours", "Ask a librarian"],
    box_head="Need help?", box="⟪Book a 20-minute referencing consultation with a faculty librarian.⟫",
    tags=["Referencing", "Generative AI", "Academic integrity"],
    related=["⟪Opinion: Universities should teach AI use, not police it⟫", "Extended library hours for the exam period"],
    popular=["⟪How to find past exam papers⟫", "Library opening hours for the Easter break", "Getting started with Zotero"],
    events=[("10 Mar", "⟪Workshop: Referencing for first-years⟫"), ("17 Mar", "Workshop: Literature reviews")],
    footer="© 2026 University of the Highveld. All rights reserved.", footer_cols=[("Library", ["Contact", "Branches", "Policies"]), ("University", ["Privacy", "PAIA", "Accessibility"])],
    cookie="",
    body="""⟦More and more students are using generative AI tools such as chatbots and image generators in their coursework, and one of the questions we are asked most often at the enquiry desk is how to acknowledge them.⟧ This guide covers the basics. Always check your module guide first: some lecturers do not allow AI tools at all, and their rules override anything here.

[[H|When do you need to cite an AI tool?]]

⟦If you include text, images, code or ideas produced by an AI tool in your work, you must acknowledge it.⟧ That includes paraphrasing its output. You do not usually need to cite a tool you only used to check spelling or grammar, but many faculties ask you to declare it.

[[H|What to include]]

[[LIST|The name of the tool and the company that makes it.|⟦The date you used it, since the same prompt can give different answers on different days.⟧|The prompt you entered, either in the text or in an appendix.|A link to the tool, where it has one.]]

[[H|Harvard style]]

In the text, name the tool and the year, for example: (Name of company, 2026). In the reference list, give the company, year, tool name and version, the type of tool in square brackets, and the web address. Your faculty’s Harvard guide on the library website has full examples.

[[H|APA style]]

APA treats the company as the author and the tool as the title. Include the version if you know it, and describe your prompt in your own text, since readers cannot retrieve the conversation.

[[H|A declaration is not a citation]]

⟦Many faculties now also ask for a short declaration at the end of an assignment, describing how you used AI tools.⟧ This is in addition to citing specific outputs, not instead of it.

⟦If in doubt, ask your lecturer or book a session with a librarian.⟧""",
    kind="other", why="library guide on citing AI tools",
))
