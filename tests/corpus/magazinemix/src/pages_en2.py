"""English, part two: reported features, profiles, an interview, an explainer and a desk story
(news); a book review, an exhibition review, a recipe and a guide (other)."""
from sites import use

PAGES = []

PAGES.append(use(dict(
    case="en-news-nextweekly-pilots", lang="en", skin="nextweekly", secpath="business",
    url="https://www.meridianweekly.example/business/2026/03/05/the-harbour-pilots-nobody-can-replace",
    h1="The harbour pilots nobody can replace", deck="Ports are short of the people who steer giant ships through narrow water. Training one takes a decade.",
    kicker="Business", section="Business", authors=["Callum Reid"], byline_text="By Callum Reid", byline_html='By <a href="/profile/callum-reid">Callum Reid</a>',
    ld_authors=["Callum Reid"], ld_type="NewsArticle", ld_section="Business", pub="2026-03-05T05:00:00+00:00", date="5 March 2026", readmin=9, listen="9:05",
    hero="⟪A pilot boat leaves the harbour at dawn. Photograph: Meridian⟫", bio="⟪Callum Reid is the Meridian’s industry correspondent.⟫",
    body="""⟦At four in the morning, in a swell that makes the pilot boat lurch like a fairground ride, Gareth Lowe steps onto a rope ladder hanging from the side of a container ship.⟧ He climbs nine metres in the dark, is greeted on deck by a tired second officer, and twenty minutes later he is on the bridge, giving quiet instructions that will bring 200,000 tonnes of steel and cargo safely into port.

Mr Lowe is one of about 40 pilots who serve the estuary, and he is 61. ⟦According to the port authority, nearly half of its pilots will reach retirement age within seven years.⟧

[[H|A decade to train]]

Becoming a pilot requires years at sea as a ship's officer, followed by a long apprenticeship on the local waters. Candidates must memorise every bank, buoy and current. "You learn the river like you learn a face," Mr Lowe says.

[[FADE]]

The difficulty is that fewer young officers are willing to give up sea-going salaries to start again as trainees. ⟦Last year the port advertised six trainee posts and filled two.⟧ Other ports report similar gaps, and some have begun recruiting from abroad.

[[PULL|“You learn the river like you learn a face.”]]

Shipping companies are watching nervously. A delayed pilot can mean a ship waiting at anchor for hours, at a cost of tens of thousands of pounds. ⟦For now, Mr Lowe says, the pilots are simply working longer shifts.⟧""",
    kind="news", why="reported business feature on a pilot shortage",
), "meridian"))

PAGES.append(use(dict(
    case="en-news-nextweekly-watermeters", lang="en", skin="nextweekly", secpath="politics",
    url="https://www.meridianweekly.example/politics/2026/04/09/water-meters-explained",
    h1="Compulsory water meters: what the new rules mean, and who loses", deck="The plan is sensible on paper and clumsy in its details. Here is how it will work.",
    kicker="Explainer", section="Politics", authors=["Nadia Brook"], byline_text="Nadia Brook, Political correspondent",
    byline_html='<a href="/profile/nadia-brook">Nadia Brook</a>, Political correspondent', ld_authors=["Nadia Brook"], ld_type="NewsArticle",
    meta="og", pub="2026-04-09T11:15:00+01:00", date="9 April 2026, 11:15 BST", mod="2026-04-10T08:00:00+01:00", readmin=5,
    hero="⟪A water meter being fitted in Kent. Photograph: Meridian⟫", bio="", comments=[("Jo Price", "9 Apr", "⟪Family of six in a terrace. We are the losers, clearly.⟫")],
    body="""⟦The government confirmed on Wednesday that every household in England will have a water meter by 2032.⟧ Ministers call it the fairest way to pay for water; critics say it will hit large families hardest. Here is what we know.

[[H|What changes?]]

Households without a meter currently pay a fixed charge based on the old rateable value of their home. ⟦Under the new rules, bills will instead depend on how much water is used.⟧ Companies will fit meters free of charge, street by street, starting with areas where supplies are tightest.

[[H|Who pays more?]]

The department's own figures suggest about 60 per cent of households will pay less and 40 per cent more. The losers are likely to be larger families in smaller, older homes, a group that already struggles with bills. That is an awkward result for a policy presented as fair.

[[AD]]

[[H|Is there help?]]

A social tariff will cap bills for households on certain benefits, but its rules differ between companies. ⟦Consumer groups describe the scheme as generous in principle and confusing in practice.⟧

[[H|What happens next?]]

⟦The first meters will be installed in the south-east from October.⟧""",
    kind="news", why="explainer reporting a policy, evaluative words but no argued stance",
), "meridian"))

PAGES.append(use(dict(
    case="en-news-longread-saltmarsh", lang="en", skin="longread", secpath="long-reads",
    url="https://www.longshore.example/2026/feb/27/the-sea-wall-they-let-fall",
    h1="The sea wall they let fall", deck="On the Essex coast, farmers and scientists broke a medieval embankment on purpose. Five years later, the marsh is back.",
    kicker="The long read", section="Long reads", authors=["Ruth Ellery"], byline_text="by Ruth Ellery", byline_html='by <a href="/contributors/ruth-ellery">Ruth Ellery</a>',
    ld_authors=["Ruth Ellery"], ld_type="NewsArticle", ld_section="Long reads", pub="2026-02-27T06:00:00+00:00", date="Fri 27 Feb 2026", readmin=22, listen="24:10",
    hero="Photographs by Sam Whitlock for The Long Shore", issue="⟪This article appears in the March 2026 print edition of The Long Shore.⟫",
    bio="⟪Ruth Ellery is a writer on landscape and the coast.⟫",
    body="""[[CHAP|1|The breach]]

⟦On a grey morning in September 2021, a digger cut a gap forty metres wide in a sea wall that had stood for six hundred years.⟧ The tide came in quietly. By evening, a field that had grown wheat for generations was a sheet of brown water, and a farmer named Alan Threlfall was standing on what was left of the wall, trying not to cry.

"I knew it was right," he told me. "I just didn't expect to feel it like that."

[[CHAP|2|Letting the sea in]]

The project, known as managed realignment, is simple in principle. Rather than defending every field against the rising sea, engineers pull the defences back and let some land flood. ⟦The new salt marsh absorbs wave energy, protecting the new wall behind it.⟧ It also becomes habitat for birds, fish and invertebrates.

[[FIG|⟪Redshank feeding on the new marsh in January⟫]]

[[FADE]]

[[CHAP|3|Five years on]]

Today the site is almost unrecognisable. Samphire and sea lavender have colonised the mud. Counts by volunteers recorded more than 11,000 wading birds here last winter. ⟦Scientists from the University of Essex have measured sediment building up at nearly two centimetres a year.⟧

Not everyone is pleased. Some neighbours still resent the loss of farmland, and a local councillor calls the scheme "surrender dressed up as ecology".

[[BREAK|* * *]]

Mr Threlfall now leads guided walks along the new wall. ⟦He still stops, every time, at the place where the digger went through.⟧""",
    kind="news", why="reported long-form feature on a coastal restoration scheme",
), "longshore"))

PAGES.append(use(dict(
    case="en-news-longread-nightward", lang="en", skin="longread", secpath="long-reads",
    url="https://www.longshore.example/2026/apr/14/the-night-ward",
    h1="The night ward", deck="Between midnight and six, a hospital runs on a handful of nurses. We spent a month of nights with them.",
    kicker="Investigation", section="Investigations", authors=["Kofi Mensah", "Laura Dunne"], byline_text="by Kofi Mensah and Laura Dunne",
    byline_html='by <a href="/contributors/kofi-mensah">Kofi Mensah</a> and <a href="/contributors/laura-dunne">Laura Dunne</a>',
    ld_authors=["Kofi Mensah", "Laura Dunne"], ld_type="NewsArticle", meta="og", pub="2026-04-14T06:00:00+01:00", date="Tue 14 Apr 2026", readmin=19,
    hero="⟪A corridor on the respiratory ward at 3am⟫", bio="⟪Kofi Mensah and Laura Dunne are reporters on the investigations team.⟫",
    body="""[[CHAP|Part one|Midnight]]

⟦At midnight, the respiratory ward has two nurses and one healthcare assistant for twenty-eight patients.⟧ By the time the day staff leave, the call bells have already started. Joy Adeyemi, the senior nurse, has worked here for eleven years. She keeps a biro behind each ear because one always goes missing.

[[QUOTE|⟦You learn to triage the bells by their rhythm, she says.⟧]]

[[CHAP|Part two|The numbers]]

The hospital's own staffing data, obtained by The Long Shore, show that night shifts on general wards ran below the recommended level on 41 per cent of nights last year. ⟦The trust says it is recruiting and that patient safety is monitored constantly.⟧

[[REL|The agency nurses who fill the gaps]]

[[CHAP|Part three|Dawn]]

By five, the ward is quiet. A man who was confused at two is now asleep; a woman who could not breathe is sitting up asking for tea. ⟦At six, the day staff arrive, and Joy goes home to sleep through the morning.⟧""",
    kind="news", why="investigative reported feature on night staffing",
), "longshore"))

PAGES.append(use(dict(
    case="en-news-sciencemag-glacier", lang="en", skin="sciencemag", secpath="earth",
    url="https://www.fieldnotes-science.example/earth/2026/03/listening-to-a-glacier",
    h1="The scientists listening to a glacier breathe", deck="Microphones frozen into the ice of a Swiss glacier are recording how meltwater finds its way down.",
    kicker="Feature", crumbs=["Earth", "Glaciers"], authors=["Lena Hartmann"], byline_text="By Lena Hartmann",
    byline_html='By <a href="/people/lena-hartmann">Lena Hartmann</a>', ld_authors=["Lena Hartmann"], ld_type="NewsArticle",
    pub="2026-03-16T14:00:00+01:00", date="16 March 2026", readmin=8, hero="⟪Researchers drilling on the Rhône Glacier. Credit: Field Notes⟫",
    bio="⟪Lena Hartmann is a science journalist based in Zurich.⟫",
    body="""⟦High on the Rhône Glacier, a team from ETH Zurich has drilled forty holes into the ice and lowered a microphone into each one.⟧ What they hear, they say, is the glacier's plumbing at work: cracks opening, water rushing through channels, the ice groaning as it slides over rock.

"It sounds like a very large old house at night," says Dr Anna Keller, who leads the project.

[[H|Why sound?]]

Meltwater that reaches the bed of a glacier can act as a lubricant, speeding up its flow towards the valley. ⟦But scientists still know surprisingly little about how that water travels through the ice.⟧ Cameras cannot see inside, and boreholes give only snapshots.

[[FIG|⟪Figure 1: Sound events recorded in July 2025, by depth. Credit: ETH Zurich⟫]]

The acoustic data, collected over two summers, show bursts of activity in the late afternoon, when melt is strongest. ⟦The team found that new channels formed within hours of a warm spell.⟧

[[NOTES|Keller, A. et al. Acoustic monitoring of englacial drainage. Journal of Glaciology (2026).]]

⟦The next step is to leave the microphones in through the winter.⟧""",
    kind="news", why="reported science feature on glacier research",
), "fieldnotes"))

PAGES.append(use(dict(
    case="en-news-sciencemag-bees", lang="en", skin="sciencemag", secpath="life",
    url="https://www.fieldnotes-science.example/life/2026/04/bumblebees-wake-early",
    h1="Bumblebee queens are waking up three weeks earlier than in the 1990s", kicker="News", crumbs=["Life", "Pollinators"],
    authors=None, byline_text="Field Notes science desk", byline_html='<a href="/people/science-desk">Field Notes science desk</a>',
    ld_authors=["org:Field Notes science desk"], ld_type="NewsArticle", pub="2026-04-02T10:00:00+01:00", date="2 April 2026", readmin=3,
    hero="⟪A buff-tailed bumblebee queen on a crocus⟫", bio="", update="⟪This article was amended on 3 April to correct the number of records.⟫",
    body="""⟦Bumblebee queens in Britain are emerging from hibernation about three weeks earlier than they did thirty years ago, according to a study published on Wednesday.⟧

Researchers analysed more than 90,000 records submitted by volunteers between 1994 and 2025. ⟦The earliest sightings now regularly occur in February.⟧

The shift matters because queens that wake early may find few flowers to feed on. "A warm week in February followed by a cold March can be lethal," said one of the authors.

[[AD]]

⟦The study found the change was strongest in towns, which are warmer than the countryside.⟧ Gardens planted with early-flowering shrubs could help, the authors suggest.

⟦The records are collected by volunteers and anyone can take part.⟧""",
    kind="news", why="short science news story from the desk",
), "fieldnotes"))

PAGES.append(use(dict(
    case="en-news-culturemag-organbuilder", lang="en", skin="culturemag", secpath="music",
    url="https://www.tessellate-mag.example/music/the-last-organ-builder-in-the-valley",
    h1="The last organ builder in the valley", deck="Meredith Howells has spent forty years making pipe organs by hand. Her workshop is the last of its kind in Wales.",
    kicker="Profile", crumbs=["Music", "Profiles"], section="Music", authors=["Ffion Parry"], byline_text="Words by Ffion Parry",
    byline_html='Words by <a href="/authors/ffion-parry">Ffion Parry</a>', ld_authors=["Ffion Parry"], ld_type="Article", pub="2026-03-07T09:00:00+00:00",
    date="7 March 2026", readmin=9, hero="⟪Meredith Howells in her workshop. Photo: Tessellate⟫", bio="⟪Ffion Parry is a writer from Cardiff.⟫",
    body="""⟦The workshop smells of pine resin and hot glue, and the floor is covered in curls of wood.⟧ In the middle of it stands an unfinished organ, twelve feet tall, its front pipes still wrapped in cloth. Meredith Howells, 68, is lying underneath it with a torch.

"Everything important happens where nobody can see it," she says, climbing out.

[[PULL|Everything important happens where nobody can see it.]]

Howells is a formidable, funny and occasionally impatient woman, and her organs are, by general agreement among players, extraordinary. ⟦She has built 31 instruments since 1986, most of them for chapels in the valleys.⟧

[[NEWS]]

Her apprentice, a former carpenter called Dylan Rees, arrived four years ago. ⟦He is the first person she has trained in two decades.⟧ The work is slow: a small organ takes two years.

Chapels are closing, and commissions have dwindled. ⟦But on the morning I visited, a letter had arrived from a church in Norway asking for a quote.⟧""",
    kind="news", why="profile of an organ builder, reported with quotes",
), "tessellate"))

PAGES.append(use(dict(
    case="en-news-screview-translator", lang="en", skin="screview", secpath="interviews",
    url="https://lanternreview.example/interviews/a-conversation-with-ines-baltar",
    h1="“Every Translation Is an Argument”: A Conversation With Inés Baltar", kicker="Interview", crumbs=["Interviews"],
    authors=["Daniel Osei"], byline_text="Interview by Daniel Osei", byline_html='Interview by <a href="/contributors/daniel-osei">Daniel Osei</a>',
    ld_authors=["Daniel Osei"], ld_type="Article", meta="og", pub="2026-03-25T09:00:00-04:00", date="March 25, 2026", readmin=10, dropcap=False,
    bio_head="About the contributor", bio="⟪Daniel Osei is a contributing editor at The Lantern Review.⟫", comments=[("M. Ferrand", "March 26", "⟪Her translation of the earlier island novel is a marvel.⟫")],
    body="""⟦Inés Baltar has translated more than thirty novels from Galician and Portuguese into English.⟧ Her new translation of a 1960s novel set on a fishing island is published this month. We spoke by video from her home in Lisbon.

[[H|You have said that every translation is an argument. With whom?]]

⟦With the author, first, and then with every reader who knows the original.⟧ You are always making a case: this is what the sentence means, this is how it sounds. Sometimes you lose.

[[H|What was hardest about this book?]]

The island dialect. The characters speak a Galician that is full of words for weather and nets that simply do not exist in English. ⟦I kept a notebook of about four hundred words and spent a summer asking old fishermen about them.⟧

[[H|Are translators better recognised now?]]

A little. Our names are on more covers. But the pay has not changed much, and we still mostly work alone. ⟦I would like publishers to send us on tour with the books we make.⟧""",
    kind="news", why="Q&A interview with a translator; views are the interviewee’s",
), "lantern"))

PAGES.append(use(dict(
    case="en-other-culturemag-novelreview", lang="en", skin="culturemag", secpath="books",
    url="https://www.tessellate-mag.example/books/review-the-lighthouse-accounts",
    h1="The Lighthouse Accounts review – a ledger of small mercies", kicker="Book review", crumbs=["Books", "Reviews"], section="Books",
    authors=["Sophie Marlow"], byline_text="Sophie Marlow", byline_html='<a href="/authors/sophie-marlow">Sophie Marlow</a>', ld_authors=["Sophie Marlow"],
    ld_type="Review", pub="2026-03-14T08:00:00+00:00", date="14 March 2026", readmin=5, rating="★★★★☆ The Lighthouse Accounts by Agnes Pell · Harrow Books · 320pp · £18.99",
    hero="⟪Agnes Pell’s second novel is set on a Northumbrian rock. Photo: publicity⟫", bio="⟪Sophie Marlow reviews fiction for Tessellate.⟫",
    body="""⟦Agnes Pell’s second novel is told entirely through the account book of a lighthouse keeper’s wife.⟧ It sounds like a gimmick, and for the first twenty pages it feels like one: lists of candles bought, oil delivered, a shilling owed to the boatman.

Then, slowly, the columns begin to fill with something else. ⟦A line reading “one pair stockings, for the drowned boy” stops the reader cold.⟧ Pell is very good at this kind of silence, at letting a single entry carry an entire winter of grief.

[[AD]]

The novel is not perfect. The middle section, in which a visiting surveyor keeps his own rival accounts, is too neat, and Pell cannot quite resist explaining what she has so carefully withheld. ⟦But the final pages, in which the ledger runs out of space, are quietly devastating.⟧

⟦This is a small book that lingers a long time.⟧""",
    kind="other", why="book review with star rating",
), "tessellate"))

PAGES.append(use(dict(
    case="en-other-screview-exhibition", lang="en", skin="screview", secpath="reviews",
    url="https://lanternreview.example/reviews/art/the-weavers-at-the-harbour-gallery",
    h1="The Weavers, at the Harbour Gallery", kicker="Art", crumbs=["Reviews", "Art"], deck="A show of tapestries by three generations of women from the Outer Hebrides",
    authors=["Ellis Mbeki"], byline_text="Ellis Mbeki", byline_html='<a href="/contributors/ellis-mbeki">Ellis Mbeki</a>', meta="nodate", ld=False,
    pub="2026-03-12T00:00:00+00:00", date="March 12, 2026", readmin=6,
    bio_head="About the author", bio="⟪Ellis Mbeki is an art critic and a former curator at a textile museum.⟫",
    body="""⟦The first thing you see at the Harbour Gallery is a tapestry the size of a small sail.⟧ It shows a beach at low tide, woven in greys and ochres so subtle that the sand seems to shift as you walk past.

It is the work of Catriona MacLeod, who is eighty-four, and it hangs beside pieces by her daughter and her granddaughter. ⟦The exhibition is a family portrait in wool.⟧

[[PULL|The middle generation is the most adventurous.]]

The middle generation is the most adventurous. Fiona MacLeod’s pieces use fishing rope and offcuts of plastic netting picked up on the shore, and they have a rough energy that the older work lacks. ⟦Not all of these experiments succeed, but the best are thrilling.⟧

The youngest, Isla, is still finding her voice; her small, careful panels feel like studies for something larger.

⟦The show runs until June 7, and admission is free.⟧

[[ISSUE|⟪A version of this review appears in the April 2026 issue.⟫]]""",
    kind="other", why="exhibition review; no date metadata",
), "lantern"))

PAGES.append(use(dict(
    case="en-other-nextweekly-recipe", lang="en", skin="nextweekly", secpath="life/food",
    url="https://www.meridianweekly.example/life/food/2026/03/28/rhubarb-and-ginger-upside-down-cake",
    h1="Rhubarb and ginger upside-down cake", deck="Forced rhubarb is at its best now. This cake makes the most of it.",
    kicker="Recipes", section="Food", authors=["Maya Lindqvist"], byline_text="Maya Lindqvist", byline_html='<a href="/profile/maya-lindqvist">Maya Lindqvist</a>',
    ld_authors=["Maya Lindqvist"], ld_type="Article", meta="og", pub="2026-03-28T09:00:00+00:00", date="28 March 2026", readmin=4,
    hero="⟪Food styling by Jess Moor. Photograph: Meridian⟫", bio="⟪Maya Lindqvist is the Meridian’s cookery writer.⟫",
    body="""⟦The pink stems of forced rhubarb are one of the few bright things in a British March.⟧ Baked under a ginger sponge and turned out warm, they make a pudding that looks far harder than it is.

[[H|Serves 8]]

[[LIST|⟦400g forced rhubarb, cut into 6cm lengths⟧|100g light brown sugar|175g soft butter|175g caster sugar|3 eggs|175g self-raising flour|2 tsp ground ginger|2 balls stem ginger, finely chopped]]

[[H|Method]]

[[OL|Heat the oven to 180C. Butter a 23cm cake tin and line the base.|Scatter the brown sugar over the base and arrange the rhubarb on top.|⟦Beat the butter and caster sugar until pale, then add the eggs one at a time.⟧|Fold in the flour, ground ginger and stem ginger.|Spread the batter over the rhubarb and bake for 45 minutes.]]

[[AD]]

⟦Leave to stand for five minutes, then turn out onto a plate and serve warm with cream.⟧""",
    kind="other", why="recipe with ingredients and method",
), "meridian"))

PAGES.append(use(dict(
    case="en-other-sciencemag-aurora", lang="en", skin="sciencemag", secpath="space",
    url="https://www.fieldnotes-science.example/space/2026/03/how-to-photograph-the-aurora-with-a-phone",
    h1="How to photograph the northern lights with your phone", kicker="Guide", crumbs=["Space", "Guides"], authors=["Isaac Lund"],
    byline_text="By Isaac Lund", byline_html='By <a href="/people/isaac-lund">Isaac Lund</a>', ld_authors=["Isaac Lund"], ld_type="Article",
    pub="2026-03-20T18:00:00+00:00", date="20 March 2026", readmin=5, hero="⟪An aurora over the Cairngorms, taken on a phone⟫",
    bio="⟪Isaac Lund is an astrophotographer and amateur astronomer.⟫",
    body="""⟦With the Sun near the peak of its activity, the aurora has been seen much further south than usual.⟧ You do not need an expensive camera to capture it. A recent smartphone, a little patience and the tips below will do.

[[H|1. Get away from lights]]

⟦Even a single street lamp will wash out a faint aurora.⟧ Find a dark spot with a clear view to the north.

[[H|2. Use night mode, and keep still]]

Most phones now have a night mode that takes a long exposure. Rest the phone on a wall or use a small tripod.

[[FIG|⟪A tripod adapter for phones costs a few pounds. Credit: Field Notes⟫]]

[[H|3. Check the forecast]]

[[LIST|⟦Space-weather alerts give a few hours’ warning of activity.⟧|Cloud forecasts matter as much as aurora forecasts.|The best displays are often around midnight.]]

⟦Above all, put the phone down for a minute and look with your own eyes.⟧""",
    kind="other", why="how-to guide with numbered tips",
), "fieldnotes"))
