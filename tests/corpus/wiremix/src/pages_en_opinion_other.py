"""English syndicated opinion and features pages: a Project Syndicate essay republished by an African daily (©
line and author note at the end), a columnist distributed by a features syndicate whose column was first published
a week earlier by another paper (canonical to the original), a guest op-ed by two mayors carried by several papers
(JSON-LD author = the site), a syndicated recipe and a syndicated travel piece."""

PAGES = []

# ---------------------------------------------------------------- Project Syndicate essay republished; © line and author note in the text column
PAGES.append(dict(
    case="en-opinion-psboringbanks", lang="en", skin="column", domain="equatorreview.example", site="The Equator Review",
    url="https://www.equatorreview.example/opinion/global-view/the-quiet-case-for-boring-central-banks-4412093",
    h1="The Quiet Case for Boring Central Banks",
    deck="Central bankers who want to be loved by markets and politicians end up trusted by neither.",
    kicker="Global View", authors=["Tomasz Reinholt"],
    byline_html='<a href="/author/tomasz-reinholt/">Tomasz Reinholt</a>', byline_text="Tomasz Reinholt",
    ld_authors=["Tomasz Reinholt"], ld_type="OpinionNewsArticle", meta_section="Opinion",
    pub="2026-03-10T06:00:00+03:00", date="Tuesday, March 10, 2026",
    nav=["News", "Business", "Counties", "Sports", "Opinion", "Global View", "Life"],
    side=[("Most read", ["⟪Mombasa port clears backlog after system upgrade⟫", "Tea exports rise 12% on strong demand", "Teachers’ union sets strike date"]),
          ("Global View", [("Project Syndicate", "⟪Why the Dollar Is Not Going Anywhere⟫"), ("Project Syndicate", "Africa’s Green Hydrogen Moment")], "opinion")],
    cookie="We use cookies to make our site work and to analyse traffic.",
    related=["Editorial: The shilling needs steady hands, not slogans", "⟪Letters: Readers on the new fuel levy⟫"],
    footer="© 2026 Equator Review Media Group. All rights reserved.",
    body="""<p>WARSAW – ⟦There was a time when the highest compliment one could pay a central banker was to call him boring.⟧ Monetary policy was supposed to be predictable, technical and slightly dull, and the people who made it were expected to speak rarely and say little. That era now looks almost quaint. Today’s central bankers give speeches on climate change, inequality and the future of work, post on social media, and appear on late-night television. I worry that something valuable has been lost.</p>
<p>The argument for visibility is understandable. After the 2008 financial crisis and the pandemic, central banks took on enormous new powers, buying government bonds and corporate debt on a scale that would once have been unthinkable. Institutions with that much influence, the reasoning goes, owe the public more explanation, not less.</p>
<p>But explanation is not the same as ubiquity. ⟦When central bankers comment on everything, their words on interest rates carry less weight⟧, not more. Markets learn to discount speeches, and politicians learn that central banks can be drawn into debates where they have no mandate and no special expertise.</p>
<p>The inflation surge of 2021-23 showed the cost. Several central banks, having spent years promising that rates would stay low for a long time, found it hard to change course without damaging their credibility. They were slow to act partly because they had told everyone, very loudly, that they would not need to.</p>
<p>⟦A boring central bank, by contrast, makes few promises and keeps them.⟧ It publishes its forecasts and its reasoning, holds press conferences after decisions, and otherwise lets the numbers speak. It resists the temptation to become a second government, with opinions on every policy question of the day.</p>
<p>None of this means central banks should ignore climate risk or the distributional effects of their policies. Both matter for financial stability and for the economy. But they should address them through supervision and analysis, not through speeches designed to win applause.</p>
<p>Independence was granted to central banks on the understanding that they would do one job, and do it well. ⟦The best way to protect that independence is to be a little boring again.⟧</p>
[[BIO|⟪Tomasz Reinholt, a former deputy governor of the National Bank of Poland, is a professor of economics at the Vistula Institute.⟫]]
[[COPY|⟪Copyright: Project Syndicate, 2026.⟫ www.project-syndicate.org]]""",
    kind="opinion", why="syndicated essay arguing central banks should keep a low profile",
))

# ---------------------------------------------------------------- syndicated columnist; first published elsewhere a week earlier; canonical to the original
PAGES.append(dict(
    case="en-opinion-syndlibraries", lang="en", skin="column", domain="ashfordgazette.example", site="The Ashford Gazette",
    url="https://www.lakeportcourier.example/opinion/columns/2026/03/02/pell-open-the-libraries-on-sundays/",
    h1="Open the libraries on Sundays",
    deck="The one day most working families are free is the one day the doors are locked.",
    kicker="Columnists", authors=["Gordon Pell"],
    byline_html='⟪Gordon Pell Syndicated columnist⟫', byline_text="Gordon Pell Syndicated columnist",
    ld_authors=["Gordon Pell"], ld_type="OpinionNewsArticle",
    pub="2026-03-09T05:00:00-05:00", date="Mar 9, 2026",
    nav=["News", "Sports", "Opinion", "Business", "Entertainment", "Obituaries", "Jobs"],
    side=[("Most read", ["⟪Ashford council approves budget with 2% tax rise⟫", "Storm damage closes Riverside Park trail"]),
          ("More columnists", [("Column", "⟪The quiet crisis in rural dentistry⟫"), ("Column", "In defense of the paper map")], "opinion")],
    cookie="We and our partners use cookies to personalize your experience.",
    after='<p>⟪Gordon Pell’s column is distributed by Meridian Features Syndicate.⟫ It was first published in The Lakeport Courier on March 2, 2026. ⟪Write to him at gpell@meridianfeatures.example.⟫</p>',
    comments=[("bookworm54", "Mar 9", "⟪Our branch closed on Mondays to open Sundays and nobody complained.⟫")],
    related=["Library board to review opening hours this spring", "Letters: Keep the bookmobile"],
    footer="The Ashford Gazette, 220 Main St., Ashford. © 2026",
    body="""<p>⟦My local library is open six days a week, and the one day it closes is the one day I could actually go.⟧ I suspect yours is the same. Across the country, public libraries lock their doors on Sunday, a habit that made sense when most people worked Monday to Friday and shops were shut on the weekend. It makes very little sense now.</p>
<p>Think about who uses a library on a weekday. Retirees, parents with small children, students between classes, people looking for work. These are important users, and nobody is suggesting that libraries should close on Tuesday mornings to open on Sunday afternoons without thinking about them.</p>
<p>But think, too, about who cannot come. ⟦The nurse on twelve-hour shifts, the warehouse worker, the single father with two jobs⟧ and a Saturday spent at soccer games. For them, the library is a building they pass, not a place they use.</p>
<p>Libraries that have tried Sunday hours report the same thing: families arrive. In the cities where I have seen it done, Sunday afternoon quickly became one of the busiest times of the week, with children at story time and adults at the computers, filing tax returns or applying for benefits.</p>
<p>The usual objection is money. Staffing another day costs something, and many library budgets have been cut to the bone. ⟦But opening on Sunday does not have to mean opening seven days.⟧ Several systems have simply moved a weekday closure to Monday, when visitor numbers are lowest, and found that total use went up at no extra cost.</p>
<p>There is also a question of what a library is for. We like to call it the most democratic institution we have, a place open to everyone, free, with no questions asked. ⟦A place that is closed when most people are free is not quite open to everyone.⟧</p>
<p>Library boards set their own hours, and most of them meet in public. If you want your library open on Sundays, go to the next meeting and say so. Bring your neighbors. Bring the kids.</p>
<p>⟦And if the board says no, ask them to try it for one summer.⟧</p>""",
    kind="opinion", why="syndicated column arguing libraries should open on Sundays",
))

# ---------------------------------------------------------------- guest op-ed by two mayors carried by several papers; JSON-LD author = the site
PAGES.append(dict(
    case="en-opinion-guestrail", lang="en", skin="column", domain="northernechoes.example", site="Northern Echoes",
    url="https://www.northernechoes.example/opinion/guest-opinion-reopen-the-valley-line-2026-03-12/",
    h1="Guest opinion: Reopen the Valley Line before another decade is lost",
    deck="Two mayors say the region cannot wait for a national rail plan.",
    kicker="Guest opinion", authors=["Helen Marsh-Adeyemi", "Carl Brennan"],
    byline_html='⟪By Helen Marsh-Adeyemi and Carl Brennan⟫', byline_text="By Helen Marsh-Adeyemi and Carl Brennan",
    ld_authors=["org:Northern Echoes"], ld_type="OpinionNewsArticle",
    pub="2026-03-12T08:00:00+00:00", date="12 March 2026",
    nav=["News", "Sport", "Business", "Opinion", "What’s on", "Property", "Jobs"],
    side=[("Most read", ["⟪Bus operator cuts evening services on six routes⟫", "New owners for Skelton steelworks site"]),
          ("Opinion", [("Editorial", "⟪Our view: The Valley Line deserves a fair hearing⟫"), ("Letters", "Your views on the bypass")], "opinion")],
    cookie="We use cookies to give you the best experience. You can change your settings at any time.",
    after='<p class="oped-note"><em>⟪This article is being published in several newspapers across the North East.⟫</em></p><p class="oped-bio">⟪Helen Marsh-Adeyemi is mayor of Brackley Vale. Carl Brennan is mayor of Thornaby Moor.⟫</p>',
    related=["Rail campaigners mark 60 years since line closed", "⟪What would a reopened Valley Line cost?⟫"],
    footer="Northern Echoes is a member of the Independent Press Standards Organisation.",
    body="""<p>⟦Sixty years ago this month, the last passenger train ran on the Valley Line.⟧ The tracks were lifted, the stations sold, and the towns along the route were told that buses would do the job. They did not. Today our two towns, with a combined population of more than 90,000 people, have no rail station, and a bus to the nearest city takes well over an hour.</p>
<p>We are writing together, as mayors from different parties, because we agree on one thing: ⟦the case for reopening the line is stronger now than it has ever been.⟧</p>
<p>The old trackbed still exists for most of its length. A feasibility study paid for by our councils last year found that a single-track line with two passing loops could carry two trains an hour in each direction, linking our towns to the main line in under twenty minutes. The estimated cost, 310 million pounds, is less than a single junction on some motorway projects.</p>
<p>The benefits are not hard to see. Young people would be able to reach college and apprenticeships without moving away. Employers on our business parks tell us they struggle to recruit because workers cannot get to them. ⟦Every day, thousands of cars make a journey that a train could make faster⟧, and more cleanly.</p>
<p>We have been told, repeatedly, to wait for a national rail strategy. We have waited. Three strategies have come and gone since the first campaign to reopen the line, and none of them has mentioned it.</p>
<p>We are not asking for the full sum today. We are asking the Department for Transport to fund the next stage of design work, around 12 million pounds, so that a proper business case can be prepared. ⟦Without that money, the line will stay on the list of good ideas that never happen.⟧</p>
<p>Our residents have heard promises before. This time we would like to give them a date.</p>
<p>⟦Reopen the Valley Line, and let the towns it once served grow again.⟧</p>""",
    kind="opinion", why="guest op-ed by two mayors urging rail line reopening",
))

# ---------------------------------------------------------------- syndicated recipe from a features service
PAGES.append(dict(
    case="en-other-syndrisotto", lang="en", skin="features", domain="homeandtablemag.example", site="Home & Table",
    url="https://homeandtablemag.example/recipes/spring-pea-and-mint-risotto/",
    h1="Spring pea and mint risotto",
    deck="Frozen peas make this bright, quick risotto possible any night of the week.",
    kicker="Recipes", authors=["Hannah Coyle"],
    byline_html='⟪By Hannah Coyle, Greenleaf Features Service⟫', byline_text="By Hannah Coyle, Greenleaf Features Service",
    ld_obj={"@context": "https://schema.org", "@type": "Recipe", "name": "Spring pea and mint risotto",
            "author": {"@type": "Organization", "name": "Greenleaf Features Service"}, "datePublished": "2026-03-11",
            "recipeYield": "4 servings", "totalTime": "PT40M",
            "recipeIngredient": ["1.5 litres vegetable stock", "300 g risotto rice", "300 g frozen peas"]},
    pub="2026-03-11T10:00:00-04:00", date="March 11, 2026",
    print="Print recipe", times="Prep 10 min · Cook 30 min · Serves 4",
    caption="⟪Photo: Greenleaf Features Service / Nico Ferri⟫",
    source_line="⟪Distributed by Greenleaf Features Service.⟫",
    nav=["Recipes", "Dinner", "Baking", "Entertaining", "Garden", "Travel"],
    side=[("Popular recipes", ["⟪One-pan lemon chicken with olives⟫", "Five-minute chocolate mug cake", "Our best banana bread"]),
          ("Seasonal", ["Asparagus three ways", "Rhubarb and ginger crumble"], "recipes")],
    cookie="This site uses cookies. Find out more in our privacy policy.",
    newsletter="⟪Get a new dinner idea in your inbox every Thursday.⟫",
    comments=[("Marta", "March 12", "⟪Made this tonight with leftover ham stirred in. Delicious.⟫")],
    footer="© 2026 Home and Table Media. All rights reserved.",
    body="""<p>⟦Risotto has a reputation for being fussy, but it really asks for only two things⟧: warm stock and a little patience. This version leans on frozen peas, which are often sweeter than fresh ones bought at the supermarket, and a handful of mint to keep it tasting like spring.</p>
<p>The trick is to cook half the peas with the rice and blend the other half into a quick purée that is stirred in at the end. That gives you a risotto that is properly green, with whole peas for texture and a creamy sauce that needs less butter and cheese than usual.</p>
<p>Use a wide, heavy pan so the rice cooks evenly, and keep the stock at a gentle simmer on the back of the stove. If you add cold stock, the rice stops cooking each time and the whole process takes longer. The risotto is ready when the grains are tender but still have a slight bite in the centre, and the mixture flows slowly when you tilt the pan.</p>
<p>Serve it straight away. Risotto waits for no one, and it will thicken as it stands.</p>
<div class="recipe-card"><h2>Spring pea and mint risotto</h2>
[[CARDTOP]]
<h3>Ingredients</h3>
<ul><li>⟦1.5 litres vegetable stock⟧</li><li>300 g frozen peas, divided</li><li>2 tablespoons olive oil</li><li>1 onion, finely chopped</li><li>2 garlic cloves, crushed</li><li>300 g risotto rice</li><li>125 ml dry white wine</li><li>40 g butter</li><li>50 g grated parmesan</li><li>A small bunch of mint, leaves chopped</li><li>Zest of 1 lemon</li></ul>
<h3>Method</h3>
<ol><li>Heat the stock in a saucepan and keep it at a gentle simmer. Blanch 150 g of the peas in the stock for 2 minutes, lift out and blend with a ladle of stock until smooth.</li>
<li>⟦Heat the oil in a wide pan and cook the onion gently for 8 minutes⟧, until soft. Add the garlic and rice and stir for 2 minutes, until the grains look glassy.</li>
<li>Pour in the wine and let it bubble away. Add the stock a ladle at a time, stirring often and waiting until each ladle is absorbed before adding the next, for 18 to 20 minutes.</li>
<li>Stir in the remaining whole peas for the last 3 minutes. Take off the heat and stir in the pea purée, butter, parmesan, mint and lemon zest.</li>
<li>⟦Cover and leave for 2 minutes, then season and serve at once.⟧</li></ol></div>""",
    kind="other", why="syndicated recipe with ingredients and method",
))

# ---------------------------------------------------------------- syndicated travel piece from a features service
PAGES.append(dict(
    case="en-other-syndporto", lang="en", skin="features", domain="weekendtraveller.example", site="The Weekend Traveller",
    url="https://weekendtraveller.example/europe/portugal/three-days-in-porto-beyond-the-riverfront/",
    h1="Three days in Porto, beyond the riverfront",
    deck="Skip the queues at the famous bookshop and head uphill instead.",
    kicker="Europe", authors=["Marcus Ebbe"],
    byline_html='⟪Story and photos by Marcus Ebbe, Wayfarer Features⟫', byline_text="Story and photos by Marcus Ebbe, Wayfarer Features",
    ld_authors=["Marcus Ebbe"], ld_type="Article",
    pub="2026-03-14T07:00:00+00:00", date="14 March 2026",
    caption="⟪Trams climb the Rua da Restauração at sunset.⟫ Photo: Marcus Ebbe/Wayfarer Features",
    source_line="⟪This article was provided by Wayfarer Features.⟫",
    nav=["Europe", "Asia", "Americas", "City breaks", "Rail travel", "Deals"],
    side=[("Most read", ["⟪The ten best night trains in Europe⟫", "How to spend a long weekend in Ljubljana", "Packing light: a carry-on guide"])],
    cookie="We use cookies to improve your experience and for marketing.",
    newsletter="⟪Join 80,000 readers who get our weekend travel ideas every Friday.⟫",
    related=["A slow journey along the Douro by train", "Lisbon’s new food markets"],
    footer="© The Weekend Traveller 2026",
    body="""<p>⟦Most visitors to Porto spend their time in a narrow strip along the Douro⟧, moving between the port lodges, the Ribeira waterfront and the queue outside a famous bookshop. That is a fine way to spend an afternoon. But the city is steep for a reason, and the best of it is uphill.</p>
<h2>Day one: Bonfim</h2>
<p>Start in Bonfim, a residential district east of the centre that has filled up with small bakeries and ceramic studios without losing its neighbourhood feel. ⟦Have breakfast at one of the cafés on Rua do Heroísmo⟧, where a custard tart and coffee cost less than three euros, and then walk through the Cemitério do Prado do Repouso, whose family chapels are carved like tiny houses.</p>
<h2>Day two: Cedofeita and the gardens</h2>
<p>Rua de Cedofeita and the streets around it are lined with independent shops selling records, cork goods and second-hand clothes. In the afternoon, climb to the Jardins do Palácio de Cristal. The view over the river towards Gaia is better than the one from the crowded bridge, and peacocks wander between the benches.</p>
[[PHOTO|⟪Peacocks in the Palácio de Cristal gardens.⟫ Photo: Marcus Ebbe/Wayfarer Features]]
<p>For dinner, look for a tasca with a handwritten menu. ⟦Order the francesinha only if you have a long walk ahead of you⟧: the sandwich of meat, cheese and beer sauce is delicious and enormous.</p>
<h2>Day three: to the sea</h2>
<p>Take tram number 1 along the river to Foz, where the Douro meets the Atlantic. The old wooden tram is slow and often full, so go early. Walk along the seafront promenade to the Castelo do Queijo and eat grilled sardines at one of the fish restaurants in Matosinhos, a short bus ride north.</p>
<h2>Getting there</h2>
<p>Porto’s airport is linked to the centre by metro in about 30 minutes. The city is also reachable by train from Lisbon in under three hours. Spring and autumn are the best times to visit: summer is hot and busy, and winter brings a lot of rain.</p>
<p>⟦Whatever you do, bring comfortable shoes.⟧</p>""",
    kind="other", why="syndicated three-day travel guide",
))
