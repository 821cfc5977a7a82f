"""US pages of anglomix (6): a local paper's city-hall story and its unsigned editorial, a national daily's guest essay
and personal-finance how-to, a public radio station's health story and interview."""

PAGES = []

MV_NAV = ["News", "Local", "Sports", "Business", "Opinion", "Obituaries", "Things to Do", "Food", "Puzzles", "e-Edition"]
MV_SUB = ["Editorials", "Columns", "Letters to the Editor", "Submit a Letter"]
MV_COOKIE = ("We and our partners use cookies and similar technologies to personalize content and ads, provide social media features "
             "and analyze our traffic. California residents may opt out of the sale or sharing of their personal information.")
MV_FOOT = ["Contact Us", "Advertise", "Careers", "Privacy Policy", "Terms of Use", "Do Not Sell or Share My Personal Information", "Accessibility"]
MV_RULES = "Comments are moderated. Please read our community guidelines before posting. Sort by Best · Newest · Oldest"

# ---------------------------------------------------------------- 1. local paper, city hall story, two reporters
PAGES.append(dict(
    case="en-news-usnews-zoning", lang="en", html_lang="en-US", skin="usnews", domain="www.mvcourier.example", site="Miami Valley Courier",
    secpath="news/local",
    url="https://www.mvcourier.example/news/local/dayton-commission-approves-duplexes-single-family-lots/article_7f3c2a1e.html",
    h1="Dayton commission votes 4-1 to allow duplexes on single-family lots",
    deck="The change, which takes effect May 1, is the biggest rewrite of the city's residential zoning code since 1998.",
    kicker="Local News", kicker_path="news/local",
    authors=["Marisol Vega", "Tom Becker"], byline_html='By <a href="/staff/marisol-vega/">Marisol Vega</a> and <a href="/staff/tom-becker/">Tom Becker</a>',
    ld_authors=["Marisol Vega", "Tom Becker"], ld_type="NewsArticle", ld_section="Local News",
    pub="2026-03-05T17:32:00-05:00", mod="2026-03-05T20:10:00-05:00",
    date="Published March 5, 2026 5:32 pm ET", updated="Updated March 5, 2026 8:10 pm ET",
    weather="Dayton 41°F Cloudy", sub_offer="Subscribe for $1",
    nav=MV_NAV, subnav=MV_SUB, cookie=MV_COOKIE, cookie_title="Your privacy choices", cookie_ok="Accept",
    cookie_set="Do Not Sell or Share My Personal Information",
    ticker=["Flyers fall to Dayton rival in A-10 quarterfinal", "RTA adds Sunday service on Route 5", "Kettering school levy heads to May ballot"],
    ticker_label="Trending",
    caption="⟪Construction crews frame a two-unit home on Salem Avenue in February.⟫ Photo: Jordan Ames / Courier",
    side=[("Most Read", ["⟪Beavercreek man charged in string of catalytic converter thefts⟫", "Five new restaurants opening in the Oregon District this spring",
                         "I-75 lane closures near downtown start Monday", "Longtime Kettering diner closes after 52 years"]),
          ("Opinion", [("Our View", "Sunday library hours are worth the $1.2 million"), ("Column", "I tried to rent an apartment in Dayton. Here is what I found."),
                       ("Letters", "Readers sound off on the duplex vote")])],
    after=[("contact-line", "Marisol Vega covers Dayton City Hall. Tom Becker covers housing and development. Reach them at news@mvcourier.example.")],
    paywall=("Subscribe to continue reading", "⟪You have read 3 of your 4 free articles this month.⟫ Get unlimited digital access for $1 for six months."),
    tags=["Dayton", "Housing", "Zoning", "City Commission"],
    related=["Dayton housing shortage: what the numbers show", "Five Oaks residents pack hearing on zoning rewrite"], related_h="More local news",
    comments=[("buckeye_dad", "5 hours ago", "Good. My grandparents lived in a double on Grand Avenue for forty years and nobody thought it was the end of the world.", "31 likes"),
              ("KarenW_Dayton", "4 hours ago", "Nobody has explained who pays for the sewer upgrades. Delisle is right to ask.", "18 likes"),
              ("mike.r", "3 hours ago", "Parking is going to be a nightmare on the narrow streets in Belmont.", "9 likes")],
    comments_title="12 Comments · Miami Valley Courier", comment_rules=MV_RULES,
    newsletter="Start your day with the Morning Briefing, delivered weekdays at 6:30 a.m.",
    footer="⟪© 2026 Miami Valley Courier. All rights reserved.⟫", footer_nav=MV_FOOT, meta="full",
    body="""⟦The Dayton City Commission voted 4-1 on Wednesday night to allow two-unit homes on most residential lots⟧ now zoned for a single house, ending more than a year of hearings that drew hundreds of residents to City Hall.

The ordinance, which takes effect May 1, also lets homeowners build a backyard cottage of up to 800 square feet and drops the requirement that every new home include two off-street parking spaces. City planners estimate that about 41,000 lots are affected.

"This is not going to transform a neighborhood overnight," said Commissioner Alicia Granger, who sponsored the measure. "What it does is make it legal again to build the kind of houses that already stand on half the streets in this city."

[[READ|Related:|⟪Dayton's housing shortage, by the numbers⟫]]

Commissioner Frank Delisle cast the only vote against. He said he supported more housing but worried that the city had not studied what the change would mean for sewer capacity in older neighborhoods such as Walnut Hills and Belmont.

⟦"We're asking the water department to absorb something we haven't measured," Delisle said.⟧

[[NL|⟪Get the Courier's Morning Briefing: the day's top local stories in your inbox before 7 a.m.⟫]]

[[H|What changes on May 1]]

Under the new rules:

[[LIST|⟦A duplex is allowed on any lot of at least 4,000 square feet⟧ in the R-2 and R-3 districts.|A detached cottage may be built behind an existing house if the owner lives on the property.|New homes within a quarter mile of a bus line no longer need off-street parking.]]

Planning Director Renee Caldwell said her office expects 50 to 70 applications in the first year, based on the experience of cities that made similar changes, including Columbus and Cincinnati.

[[AD]]

[[H|Neighbors split]]

More than 70 people signed up to speak during three hours of public comment. Several residents of the Five Oaks neighborhood said they feared investors would buy older homes and turn them into rentals. Others, including a group of renters in matching green shirts, urged the commission to go further and allow fourplexes.

"My daughter works at the hospital and can't afford to live within 20 minutes of it," said Cheryl Ammons, 63, a retired teacher. ⟦"I'd like her to be able to rent the other half of a house on my street."⟧

⟦The commission also directed city staff to report back within 12 months on how many permits have been issued and where.⟧""",
    kind="news", why="city hall report: vote, quotes from both sides",
))

# ---------------------------------------------------------------- 2. local paper, unsigned editorial
PAGES.append(dict(
    case="en-opinion-usnews-ourview", lang="en", html_lang="en-US", skin="usnews", domain="www.mvcourier.example", site="Miami Valley Courier",
    secpath="opinion/editorials",
    url="https://www.mvcourier.example/opinion/editorials/our-view-sunday-library-hours-worth-the-money/article_2b91d07c.html",
    h1="Our View: Sunday library hours are worth the $1.2 million",
    deck="Cutting Sunday service at eight branches would save little and cost the neighborhoods that rely on them most.",
    kicker="Editorial", kicker_path="opinion/editorials",
    authors=None, byline_html="By the Courier Editorial Board",
    pub="2026-03-07T05:00:00-05:00", date="Published March 7, 2026 5:00 am ET",
    meta="og", meta_section="Opinion",
    weather="Dayton 38°F Rain", sub_offer="Subscribe for $1",
    nav=MV_NAV, subnav=MV_SUB, cookie=MV_COOKIE, cookie_title="Your privacy choices", cookie_ok="Accept",
    cookie_set="Do Not Sell or Share My Personal Information",
    ticker=["Dayton commission votes 4-1 to allow duplexes", "Severe weather possible Saturday night", "Huber Heights names new police chief"],
    ticker_label="Trending",
    side=[("Most Read", ["⟪Huber Heights names new police chief after national search⟫", "Dayton commission votes 4-1 to allow duplexes on single-family lots",
                         "Where to find the best fish fry in the Miami Valley", "Fairborn man wins $2 million lottery prize"]),
          ("More Opinion", [("Column", "Why I still read the paper version of this paper"), ("Letters", "Readers on school start times and potholes"),
                            ("Guest Column", "⟪Ohio needs a statewide plan for its aging water pipes⟫")])],
    after=[("board-note", "⟪Editorials represent the opinion of the Courier Editorial Board⟫, which operates independently of the newsroom. Members: Publisher Gail Hutton, Opinion Editor Ray Villanueva and community members Lena Brooks and Arthur Sims."),
           ("letters-cta", "Write to us: Letters to the editor of up to 250 words may be sent to letters@mvcourier.example. Include your name, address and phone number.")],
    tags=["Dayton Metro Library", "Budget", "Editorials"],
    newsletter="Get the week's editorials, columns and letters every Saturday morning.",
    footer="⟪© 2026 Miami Valley Courier. All rights reserved.⟫", footer_nav=MV_FOOT,
    body="""⟦Every Sunday afternoon at the Northwest branch of the Dayton Metro Library, the tables fill up by 1:30.⟧ Students finish homework on the public computers. Job seekers print résumés. Parents bring toddlers to a story time that has a waiting list. For many families on that side of town, it is the only quiet, heated, free place open on a weekend.

That is why the library board's proposal to end Sunday hours at eight of its 17 branches is a mistake, and why the board should reject it when it votes on March 18.

[[H|A small saving with a large cost]]

The library says closing the branches on Sundays would save about $1.2 million a year, mostly in staff overtime and utilities. That is real money. But it is less than 3% of a budget that voters generously renewed in 2024, and the branches on the list are disproportionately in neighborhoods where fewer households have home internet.

⟦The board has not shown that it looked seriously at alternatives.⟧ It could stagger hours so that neighboring branches alternate Sundays. It could trim the Saturday evening hours, when the library's own figures show the buildings are half empty. It could ask the Friends of the Library groups, which raised more than $400,000 last year, to cover part of the cost for a year while a longer-term plan is worked out.

[[READ|Related:|⟪Library board weighs Sunday closures at eight branches⟫]]

[[H|Libraries are not a luxury]]

We understand the pressures. Health insurance costs are rising, and the library, like every public agency, has been told to expect flat revenue from the state. But the library's value lies precisely in being there when other places are not. A branch that is closed on the one day working parents have free is a branch that, for many of them, might as well not exist.

⟦Dayton voters have said again and again that they want strong libraries.⟧ The board should take them at their word, keep the doors open on Sundays and come back with a plan that spreads the pain more fairly.

⟦Find the money. Dayton will be better for it.⟧""",
    kind="opinion", why="unsigned editorial urging the library board to reject cuts",
))

# ---------------------------------------------------------------- 3. national daily, guest essay, metadata in UTC the next day
AL_NAV = ["U.S.", "World", "Politics", "Business", "Tech", "Science", "Health", "Opinion", "Arts", "Your Money", "Games"]
AL_SUB = ["Editorials", "Columnists", "Guest Essays", "Letters", "Cartoons"]
AL_COOKIE = ("We use cookies and similar tools to improve your experience, measure our audience and show you relevant ads. "
             "You can manage your choices at any time. California residents: see our notice at collection.")
AL_FOOT = ["About Us", "Accessibility", "Careers", "Your Privacy Choices", "Do Not Sell or Share My Personal Information", "Terms of Service", "Help"]
PAGES.append(dict(
    case="en-opinion-usnews-guestessay", lang="en", html_lang="en-US", skin="usnews", domain="www.americanledger.example", site="The American Ledger",
    secpath="opinion",
    url="https://www.americanledger.example/opinion/2026/03/06/daylight-saving-time-stop-changing-clocks/",
    h1="Stop Changing the Clocks. Pick One Time and Keep It.",
    deck="As an emergency doctor, I see what the spring switch does to people. Congress can end it.",
    kicker="Guest Essay", kicker_path="opinion/guest-essays",
    authors=["Renee Okafor"], byline_html='By <a href="/by/renee-okafor">Renee Okafor</a>',
    ld_authors=["Renee Okafor"], ld_type="OpinionNewsArticle", ld_section="Opinion",
    pub="2026-03-06T21:40:00-05:00", ld_date="2026-03-07T02:40:00Z", meta_date="2026-03-07T02:40:00Z", exp_pub="2026-03-06",
    time_attr="2026-03-07T02:40:00Z", date="March 6, 2026, 9:40 p.m. ET",
    weather="", sub_offer="Subscribe: $2/week",
    nav=AL_NAV, subnav=AL_SUB, cookie=AL_COOKIE, cookie_ok="Continue", cookie_set="Your Privacy Choices",
    caption="⟪An alarm clock on a nightstand in Columbus, Ohio.⟫ Credit: Dana Holt/AP",
    side=[("Most Popular", ["⟪The Fed holds rates steady and signals patience⟫", "Inside the race to rebuild the Gulf Coast levees",
                            "What the new SAT scores say about pandemic learning loss", "The best new novels of March"]),
          ("Opinion", [("Editorial", "Congress should pass the rail safety bill this month"), ("Columnist", "The quiet collapse of the American lunch hour"),
                       ("Guest Essay", "I run a rural hospital. Here is what keeps me awake.")])],
    paywall=("⟪The Ledger's opinion journalism is supported by readers like you.⟫", "Subscribe for $2 a week for your first year. Cancel anytime."),
    tags=["Daylight Saving Time", "Sleep", "Health", "Congress"],
    comments=[("J. Marsh, Tucson", "March 7", "Arizona figured this out decades ago. Come visit; the sky does not fall.", "412 Recommend"),
              ("Paul K., Maine", "March 7", "Permanent standard time means 4 p.m. sunsets up here in December. No thank you.", "288 Recommend")],
    comments_title="Comments 1,204", comment_rules="Comments are open for 24 hours. Readers' Picks · All",
    newsletter="Opinion Today: a guide to the day's most provocative arguments. Weekdays.",
    footer="⟪© 2026 The American Ledger Company⟫", footer_nav=AL_FOOT, meta="full",
    body="""⟦At 2 a.m. on Sunday, most Americans will lose an hour of sleep, and by Monday I will see the results.⟧ Studies have found that heart attacks rise in the days after the spring clock change, and in my emergency department the week brings a familiar trickle of car crashes, falls from ladders and kitchen knife injuries from people who are simply too tired to be careful.

I practice in Phoenix, in one of two states that do not change their clocks. Each March, I field calls from colleagues in other states who have just worked a night shift that was an hour shorter on paper and felt three hours longer. Each March, I am reminded that this ritual is a choice, and a bad one.

[[AD]]

[[H|The evidence is not subtle]]

The case against switching the clocks twice a year is no longer a matter of preference. Sleep researchers broadly agree that the abrupt shift disrupts the body's internal clock, and that the disruption falls hardest on teenagers, shift workers and people with chronic illness. ⟦We would never accept a drug with these side effects for so little benefit.⟧

The usual defense is that daylight saving time gives us long summer evenings. But permanent standard time, which most sleep scientists favor, keeps mornings light in winter, when children walk to school in the dark. Permanent daylight time would at least end the switching. ⟦Either is better than what we have.⟧

[[NL|⟪Sign up for Opinion Today, a guide to the day's most provocative arguments.⟫]]

[[H|Congress keeps almost doing it]]

Bills to end the clock change have passed one chamber or the other and then died quietly in committee. Lawmakers fear the mail they will get from whichever half of the country prefers the other option. That is a poor reason to keep a policy that makes millions of people measurably worse off twice a year.

I would take either permanent option tomorrow. If Congress cannot choose, it should at least let states pick one time and stay there, as Arizona and Hawaii already do.

⟦Pick a time, any time, and let us keep it.⟧

[[BIO|⟪Renee Okafor is an emergency physician in Phoenix⟫ and a clinical professor of emergency medicine.]]""",
    kind="opinion", why="guest essay arguing for permanent time, first person",
))

# ---------------------------------------------------------------- 4. national daily, personal-finance how-to
PAGES.append(dict(
    case="en-other-usnews-freefile", lang="en", html_lang="en-US", skin="usnews", domain="www.americanledger.example", site="The American Ledger",
    secpath="your-money",
    url="https://www.americanledger.example/your-money/2026/03/04/how-to-file-federal-taxes-free/",
    h1="How to file your federal tax return for free this year",
    deck="Most households can file without paying for software. Here is how to find the option that fits you.",
    kicker="Your Money", kicker_path="your-money",
    authors=["Dana Whitfield"], byline_html='<a href="/by/dana-whitfield">Dana Whitfield</a>, Staff Writer',
    ld_authors=["Dana Whitfield"], ld_type="NewsArticle", ld_section="Your Money",
    pub="2026-03-04T07:00:00-05:00", mod="2026-03-05T09:30:00-05:00", date="Mar. 4, 2026", updated="Updated Mar. 5, 2026",
    sub_offer="Subscribe: $2/week",
    nav=AL_NAV, subnav=["Taxes", "Retirement", "Credit Cards", "Mortgages", "Ask the Ledger"], cookie=AL_COOKIE, cookie_ok="Continue",
    cookie_set="Your Privacy Choices",
    side=[("Most Popular", ["⟪Why your tax refund may be smaller this year⟫", "The Fed holds rates steady and signals patience",
                            "How to freeze your credit in 10 minutes", "Five money moves to make before April 15"]),
          ("Opinion", [("Columnist", "The tax code is a monument to lobbying"), ("Editorial", "Fund the I.R.S. phone lines, not more audits")])],
    box=("Dana Whitfield", "⟪Dana Whitfield writes about personal finance for The Ledger⟫ and answers readers' questions in the weekly Ask the Ledger column."),
    tags=["Taxes", "Personal Finance", "I.R.S."],
    related=["What to do if you cannot pay your tax bill", "Do you have to report money from Venmo and PayPal?"],
    newsletter="Your Money Weekly: practical advice on saving, spending and taxes.",
    footer="⟪© 2026 The American Ledger Company⟫", footer_nav=AL_FOOT, meta="full",
    body="""⟦Tax software companies spend millions each spring persuading people to pay for something many of them can get free.⟧ If your return is fairly simple, there is a good chance you can file your federal taxes this year without spending a dollar. Here is how to work out which route is right for you.

[[H|Step 1: Gather your documents]]

Before you pick a method, collect everything you will need in one place. That usually means:

[[LIST|⟦Your W-2 forms from every employer you worked for in 2025⟧|Any 1099 forms for freelance work, interest, dividends or unemployment benefits|Last year's return, which many programs use to verify your identity|Your bank account and routing numbers if you want your refund deposited directly]]

[[H|Step 2: Check whether you qualify for Free File]]

The I.R.S. Free File program is a partnership with private software companies. If your adjusted gross income was $84,000 or less in 2025, you can use one of the participating programs at no charge. ⟦Start from the I.R.S. website rather than a search engine⟧, because some companies steer visitors to paid versions of similar-looking products.

[[READ|Related:|⟪The tax deductions people most often forget to claim⟫]]

[[H|Step 3: Consider Free File Fillable Forms]]

If you earn more than the limit, you can still file free using the electronic versions of the paper forms. The program does the arithmetic but offers little guidance, so it suits people who are comfortable preparing their own return.

[[AD]]

[[H|Step 4: Look for in-person help]]

The Volunteer Income Tax Assistance program offers free preparation at libraries, community centers and colleges for people who generally earn $67,000 or less, people with disabilities and those who speak limited English. Appointments fill quickly in March, so book early.

[[H|Step 5: File, then keep a copy]]

Whichever route you choose, save a PDF of your finished return and the confirmation that it was accepted. ⟦You will need both if the I.R.S. has questions later.⟧

⟦And if you owe money and cannot pay in full, file on time anyway: the penalty for not filing is far steeper than the penalty for paying late.⟧""",
    kind="other", why="step-by-step personal-finance how-to with lists",
))

# ---------------------------------------------------------------- 5. public radio, health story, AP contributed
CP_NAV = ["News", "Politics", "Environment", "Health", "Arts & Culture", "Education", "Podcasts", "Schedule", "Events", "Support"]
CP_FOOT = ["About", "Careers", "FCC Public Files", "Contact", "Privacy Policy", "Underwriting"]
PAGES.append(dict(
    case="en-news-pubradio-measles", lang="en", html_lang="en-US", skin="pubradio", domain="www.cascadepublicradio.example", site="Cascade Public Radio",
    secpath="health",
    url="https://www.cascadepublicradio.example/health/2026-03-05/spokane-county-six-more-measles-cases-school-exclusions",
    h1="Spokane County confirms six more measles cases; unvaccinated students told to stay home",
    kicker="Health",
    authors=["Leah Thornton"], byline_html='<a href="/people/leah-thornton">Leah Thornton</a> | Cascade Public Radio',
    pub="2026-03-05T16:15:00-08:00", date="Published March 5, 2026 at 4:15 PM PST",
    on_air="All Things Considered", audio="3:58", meta="og", meta_section="Health",
    nav=[n.replace("&", "&amp;") for n in CP_NAV],
    caption="⟪A sign outside the Spokane Regional Health District's clinic on Wednesday.⟫ Leah Thornton / Cascade Public Radio",
    side=[("Most Viewed", ["⟪Snowpack in the Blue Mountains sits at 61% of normal⟫", "Spokane Valley approves budget with new police positions",
                           "WSU researchers track a beetle that is killing larch trees"]),
          ("Commentary", [("Commentary", "Why I still pledge to public radio in an age of podcasts")])],
    tags=["Measles", "Public Health", "Spokane County", "Schools"],
    related=["How to check your measles vaccination records", "Idaho reports first measles case in three years"], related_h="More from Cascade Public Radio",
    newsletter="The Inland Daily: our top stories in your inbox every weekday afternoon.",
    footer="Cascade Public Radio is a member station of National Public Radio and a service of Eastern Cascades Public Media. © 2026",
    footer_nav=CP_FOOT,
    body="""⟦Health officials in Spokane County confirmed six more measles cases on Thursday, bringing the total in the current outbreak to 19.⟧ Most of the new cases are children, and none of them had been vaccinated, according to the Spokane Regional Health District.

The district has ordered unvaccinated students at two elementary schools and one middle school in north Spokane to stay home for 21 days after their last possible exposure. About 140 students are affected.

"Measles is one of the most contagious diseases we know of," said Dr. Aaron Whitcomb, the district's health officer. "If you are not immune and you share a room with someone who has it, the chance that you will catch it is around nine in ten."

[[READ|Related:|⟪How to check your family's vaccination records⟫]]

[[H|Clinics extend hours]]

The district is offering free measles, mumps and rubella vaccines at its downtown clinic through the end of March, with evening hours on Tuesdays and Thursdays. ⟦Whitcomb said the clinic gave 212 doses last week, more than in all of January.⟧

Officials have also published a list of places where people may have been exposed, including a pediatric urgent care clinic, a grocery store and a Sunday service at a church in Hillyard.

[[DONATE|⟪Support independent journalism.⟫ Cascade Public Radio is funded by listeners like you. A gift of any size keeps local reporting free for everyone.]]

[[H|Who is at risk]]

⟦Washington's kindergarten vaccination rate for measles stood at 89% last school year⟧, below the 95% that public health experts say is needed to stop outbreaks. Some schools in the county report rates below 80%.

Parents reached by Cascade Public Radio were divided. Jenna Morrow, whose son attends one of the affected schools, said she planned to vaccinate him this week. Another parent, who asked not to be named, said the family would keep their children home rather than vaccinate.

[[POD|The Inland Report|⟪Measles is back. What happened to herd immunity?⟫|24:10]]

⟦Symptoms usually begin with a high fever, cough and red eyes, followed days later by a rash that starts on the face.⟧ The district asks anyone with symptoms to call ahead before visiting a clinic.

[[CREDIT|⟪The Associated Press contributed to this report.⟫]]""",
    kind="news", why="public-health report with officials and parents quoted",
))

# ---------------------------------------------------------------- 6. public radio, interview, JSON-LD only
PAGES.append(dict(
    case="en-news-pubradio-interview", lang="en", html_lang="en-US", skin="pubradio", domain="www.cascadepublicradio.example", site="Cascade Public Radio",
    secpath="arts-culture",
    url="https://www.cascadepublicradio.example/arts-culture/2026-03-06/fire-lookout-marge-ellery-retires-interview",
    h1="After 31 summers in a fire lookout, Marge Ellery is coming down the mountain",
    kicker="The Inland Report",
    authors=["Sam Ortega"], byline_html='By <a href="/people/sam-ortega">Sam Ortega</a>', role="Host, The Inland Report",
    ld_authors=["Sam Ortega"], ld_type="NewsArticle", ld_section="Arts & Culture",
    pub="2026-03-06T06:00:00-08:00", date="March 6, 2026",
    on_air="Morning Edition", audio="7:42", meta="ld",
    nav=[n.replace("&", "&amp;") for n in CP_NAV],
    caption="⟪Marge Ellery at the Quartz Peak lookout in August 2025.⟫ Courtesy of Marge Ellery",
    side=[("Most Viewed", ["Spokane County confirms six more measles cases", "⟪A Colville bakery turns 100 and still uses the same oven⟫",
                           "Snowpack in the Blue Mountains sits at 61% of normal"]),
          ("Commentary", [("Commentary", "What a fire lookout taught me about paying attention")])],
    tags=["Wildfire", "Public Lands", "Interviews"],
    related=["The last staffed lookouts in the Inland Northwest", "Forest Service plans to cut seasonal jobs"], related_h="More from The Inland Report",
    newsletter="The Inland Daily: our top stories in your inbox every weekday afternoon.",
    footer="⟪Cascade Public Radio is a member station of National Public Radio⟫ and a service of Eastern Cascades Public Media. © 2026",
    footer_nav=CP_FOOT,
    body="""⟦For 31 fire seasons, Marge Ellery spent her summers in a 14-by-14-foot cabin on top of Quartz Peak⟧ in the Colville National Forest, scanning the ridges for smoke. This year, at 72, she is retiring, and the Forest Service has not said whether it will hire a replacement or rely on cameras. Ellery spoke with Sam Ortega, host of The Inland Report.

[[Q|Sam Ortega: How did you end up in a fire lookout in the first place?]]

Marge Ellery: I answered an ad in 1994. I was a divorced schoolteacher with summers off and a very cheap pair of hiking boots. ⟦I thought I would do it for one season.⟧

[[Q|What does a normal day look like up there?]]

You are up with the sun. Every 15 minutes you walk around the cab and look at every ridge. If you see smoke, you take a bearing with the fire finder, call it in on the radio and stay on it until someone on the ground gets there. In between, you read, you cook on a propane stove and you talk to the ravens.

[[Q|Do you remember your first fire?]]

⟦I remember it better than my wedding.⟧ It was a lightning strike on the far side of Sherman Pass. I was so nervous I read the coordinates twice and then a third time. It turned out to be about a tenth of an acre. The crew sent me a thank-you note written on a paper plate.

[[POD|The Inland Report|⟪Listen to the full conversation with Marge Ellery⟫|18:05]]

[[Q|The Forest Service is testing cameras on some peaks. Can a camera do your job?]]

It can see smoke. It can't tell you the smoke is from a rancher burning slash that he burns every year on the same Tuesday. ⟦There's a lot of knowing a place that doesn't fit on a screen.⟧ But I'm not naive. The agency has a budget, and cameras don't need a spring water delivery.

[[Q|What will you miss most?]]

The storms. You sit on a glass-insulated stool while lightning walks across the valley toward you, and it is terrifying and beautiful. ⟦I'll miss the storms, and I'll miss being useful.⟧

[[DISC|⟪This interview has been edited for length and clarity.⟫]]""",
    kind="news", why="radio interview in Q and A form",
))
