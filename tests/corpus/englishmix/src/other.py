"""Other pages: review, buyer's guide, recipe, sponsored content, how-to guide."""
from lib import t, ps, ul, megamenu, head, page, teasers, jsonld, sq


def x_film_review():
    url = "https://www.marqueemag.example/film/reviews/the-lighthouse-keepers-daughter-review-1235987712/"
    title = "‘The Lighthouse Keeper’s Daughter’ Review: A Quiet Storm of a Debut"
    paras = [
        "Nothing much happens for the first twenty minutes of Ines Calloway’s debut feature, and that is entirely the point. A girl of about twelve, played with watchful stillness by newcomer Maeve Tolan, cleans lamps, counts gulls and waits for a father who comes home later each night.",
        "Calloway, who wrote the script from her own short story, is in no hurry to explain where the mother went or why the supply boat has stopped coming. She lets the island’s weather do the talking, and cinematographer Arne Vik shoots the Atlantic as a moody, shifting presence that is almost a second parent.",
        "When the plot does arrive, in the shape of a stranded yachtsman (a gruff, excellent Colm Reidy), the film briefly tips toward thriller territory. It is the least convincing stretch. Calloway seems more interested in the girl’s inner life than in suspense, and the third act resolves a little too neatly.",
        "Still, Tolan is a real discovery. She carries long wordless scenes with a face that registers every small betrayal, and her final exchange with Reidy is the most moving thing I have seen in a cinema this year.",
        "At 94 minutes, The Lighthouse Keeper’s Daughter is slight, and some viewers will find its pace maddening. Those willing to settle into its rhythm will be rewarded with one of the most assured debuts of the year.",
    ]
    verdict = ('<div class="review-verdict"><h3>The Verdict</h3><p class="rating" aria-label="4 out of 5 stars">★★★★☆</p>'
               '<p>Director: Ines Calloway. Cast: Maeve Tolan, Colm Reidy, Siobhan Marr. Running time: 94 minutes. Rated PG-13.</p></div>\n')
    buy = ('<div class="affiliate-module"><p>Where to watch</p><a href="https://go.affiliate.example/stream1">Stream on Lumen+</a> <a href="https://go.affiliate.example/rent1">Rent on Vidstore $5.99</a></div>\n')
    body = ('<div class="a-content pmc-paywall">\n' + ps(paras[:2], 'class="paragraph larva"') + '<div class="admz"><span>Advertisement</span></div>\n'
            + ps(paras[2:4], 'class="paragraph larva"') + buy + ps(paras[4:], 'class="paragraph larva"') + "</div>\n")
    ld = [{"@context": "https://schema.org", "@type": "Review", "name": title, "datePublished": "2026-06-04T13:00:00-04:00",
           "author": {"@type": "Person", "name": "Holly Brennan"}, "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5},
           "itemReviewed": {"@type": "Movie", "name": "The Lighthouse Keeper’s Daughter", "director": {"@type": "Person", "name": "Ines Calloway"}}}]
    hd = head(title + " - The Marquee", url, "Ines Calloway’s debut is slight but assured.", site="The Marquee", section="Film Reviews", ld=ld,
              published="2026-06-04T13:00:00-04:00", css=7000)
    nav = [("Film", ["News", "Reviews", "Box Office", "Awards"]), ("TV", ["News", "Reviews", "Ratings"]), ("Music", ["News", "Reviews", "Albums"]), ("Theater", []), ("Awards", ["Oscars", "Emmys", "Tonys"]), ("Video", [])]
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
{hd}
</head>
<body class="single-pmc_review">
<header class="site-header"><a href="/" class="logo">The Marquee</a>{megamenu(nav, "header-menu")}<a href="/subscribe">Subscribe</a></header>
<main><article class="review">
<div class="article-kicker"><a href="/t/film-review/">Film Review</a></div>
<h1 class="article-title">{t(title)}</h1>
<p class="article-excerpt">Newcomer Maeve Tolan anchors Ines Calloway’s patient, windswept coming-of-age drama.</p>
<div class="author">By <a href="/author/hollybrennan/">Holly Brennan</a></div>
<time class="published" datetime="2026-06-04T13:00:00-04:00">June 4, 2026 1:00pm</time>
<p class="affiliate-disclosure"><em>When you purchase through links on our site, we may earn an affiliate commission. Here’s how it works.</em></p>
<figure><img src="/wp-content/uploads/2026/06/lighthouse.jpg" alt=""><figcaption>Maeve Tolan in ‘The Lighthouse Keeper’s Daughter.’ <span>Courtesy of Northlight Films</span></figcaption></figure>
{body}
{verdict}
<div class="article-tags"><a href="/t/film-review/">Film Review</a> <a href="/t/ines-calloway/">Ines Calloway</a></div>
<div class="more-reviews"><h3>More Film Reviews</h3>{ul(["‘Sundown Motel’ Review: A Slow Burn That Never Catches", "‘Paper Kites’ Review: Pixar-Style Charm on a Budget", "‘The Eighth Floor’ Review: Office Horror That Works"], "", "/film/reviews/")}</div>
</article></main>
<footer><p>The Marquee is a part of Penrose Media. © 2026 Marquee Media, LLC. All Rights Reserved.</p></footer>
</body>
</html>
"""
    page("en-other-film-review", "other", True, "film review with star rating",
         "www.marqueemag.example", url, title, ["Holly Brennan"], "By Holly Brennan", "2026-06-04",
         ["Newcomer Maeve Tolan anchors Ines Calloway’s patient, windswept coming-of-age drama.",
          "Nothing much happens for the first twenty minutes",
          "When the plot does arrive, in the shape of a stranded yachtsman",
          "Still, Tolan is a real discovery.",
          "one of the most assured debuts of the year."],
         ["we may earn an affiliate commission", "Rent on Vidstore $5.99", "More Film Reviews",
          "Sundown Motel", "part of Penrose Media"],
         html, body=["p.article-excerpt", "div.a-content"], skip=["div.admz", "div.affiliate-module"])


def x_buyers_guide():
    url = "https://www.gearwise.example/home/best-cordless-vacuums/"
    title = "The best cordless vacuums of 2026, tested in a house with two dogs"
    intro = ["We spent six weeks pushing 14 cordless stick vacuums around a three-bedroom house with hardwood floors, two rugs, a staircase and two shedding dogs. Most of them cleaned well. Only a few did it without dying halfway up the stairs or clogging with hair."]
    prods = [
        ("Best overall: Vortexa S9", "$449 at Homeline", ["The Vortexa S9 picked up more fine dust from our test rug than any other model and ran for 52 minutes on its standard setting. Its anti-tangle brush bar really works: after a week of dog hair, we did not have to cut anything off it.", "It is heavy, though, at 6.8 pounds, and the bin is small."],
         ["Excellent pickup on carpet", "Long battery life"], ["Heavy", "Small bin"]),
        ("Best budget: Brisa Lite 2", "$179 at ShopMart", ["For less than half the price of our top pick, the Brisa Lite 2 did a respectable job on hard floors and low rugs. It struggled with deep carpet and lasted only 24 minutes, so it is best for smaller homes.", "The wall mount is flimsy, but the vacuum itself felt sturdy after weeks of use."],
         ["Low price", "Light and easy to carry"], ["Short runtime", "Weak on thick carpet"]),
        ("Best for pet hair: Halden Pet Pro", "$329 at Homeline", ["The Halden has a dedicated motorized pet tool that pulled embedded fur out of our couch cushions in a single pass. Its bin empties cleanly with a push-rod, so you do not have to dig hair out by hand."],
         ["Great pet tool", "Easy, clean emptying"], ["Loud on max"]),
    ]
    out = [ps(intro), '<div class="toc"><p>Jump to:</p><ul><li>Best overall</li><li>Best budget</li><li>Best for pet hair</li><li>How we test</li></ul></div>\n']
    for i, (h, price, pp, pros, cons) in enumerate(prods):
        out.append(f'<h2 class="product-heading">{t(h)}</h2>\n')
        out.append(f'<div class="product-widget"><span class="price">{t(price)}</span><a class="buy-button" href="https://go.affiliate.example/p{i}" rel="sponsored nofollow">Check price</a></div>\n')
        out.append(ps(pp))
        out.append('<div class="pros-cons"><h3>Pros</h3><ul>' + "".join(f"<li>{t(x)}</li>" for x in pros) + '</ul><h3>Cons</h3><ul>' + "".join(f"<li>{t(x)}</li>" for x in cons) + "</ul></div>\n")
        if i == 1:
            out.append('<div class="inline-newsletter"><p>Get our best deals every Thursday.</p><form><input type="email"><button>Sign up</button></form></div>\n')
    out.append('<h2>How we test</h2>\n' + ps(["Each vacuum cleaned the same rooms three times a week. We measured pickup by spreading a fixed weight of sand, rice and flour on each surface and weighing what was collected, and we timed every battery from full to empty on standard power."]))
    body = '<div class="article-content entry-content">\n' + "".join(out) + "</div>\n"
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": title, "datePublished": "2026-05-28T08:00:00-04:00", "dateModified": "2026-06-03T10:00:00-04:00",
          "author": [{"@type": "Person", "name": "Jonah Pike"}], "publisher": {"@type": "Organization", "name": "GearWise"}}
    hd = head(title + " | GearWise", url, "We tested 14 cordless stick vacuums.", og_title="Best Cordless Vacuums 2026: Tested and Reviewed", site="GearWise", ld=ld, css=8000)
    nav = [("Home", ["Vacuums", "Kitchen", "Smart Home", "Mattresses"]), ("Tech", ["Phones", "Laptops", "Headphones", "TVs"]), ("Outdoors", ["Camping", "Bikes", "Grills"]), ("Deals", []), ("Gift Guides", [])]
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
{hd}
</head>
<body>
<div class="deals-banner"><a href="/deals/">Summer Sale: today’s best deals, updated hourly</a></div>
<header><a href="/" class="logo">GearWise</a>{megamenu(nav, "site-nav")}</header>
<main><article class="guide">
<nav class="breadcrumbs"><a href="/home/">Home</a> › <a href="/home/vacuums/">Vacuums</a></nav>
<h1>{t(title)}</h1>
<div class="byline">By <a href="/authors/jonah-pike/">Jonah Pike</a> · Updated June 3, 2026</div>
<p class="disclosure">GearWise is reader-supported. When you buy through links on our site, we may earn an affiliate commission.</p>
{body}
<div class="author-bio"><h4>Jonah Pike</h4><p>Jonah Pike is a senior editor at GearWise who has tested home appliances since 2017.</p></div>
<div class="related-guides"><h3>Related guides</h3>{ul(["The best robot vacuums", "The best air purifiers for allergies", "The best mops for hardwood floors"], "", "/home/")}</div>
</article></main>
<footer><p>© 2026 GearWise. All prices were accurate at the time of publishing.</p></footer>
</body>
</html>
"""
    page("en-other-buyers-guide", "other", True, "product buyer’s guide with affiliate links",
         "www.gearwise.example", url, title, ["Jonah Pike"], "By Jonah Pike", "2026-05-28",
         ["We spent six weeks pushing 14 cordless stick vacuums around",
          "Best overall: Vortexa S9", "Best budget: Brisa Lite 2",
          "The Halden has a dedicated motorized pet tool",
          "we timed every battery from full to empty on standard power."],
         ["GearWise is reader-supported.", "Check price", "Get our best deals every Thursday.",
          "The best robot vacuums", "Summer Sale: today’s best deals, updated hourly"],
         html, body=["div.article-content"], skip=["div.toc", "div.product-widget", "div.inline-newsletter"])


def x_wp_recipe():
    url = "https://saltandlantern.example/charred-corn-and-tomato-salad/"
    title = "Charred Corn and Tomato Salad with Lime and Feta"
    post = [
        "This is the salad I make every time someone says they are bringing burgers. It takes fifteen minutes, uses the sweetest corn of early summer, and somehow tastes even better the next day.",
        "The trick is to let the corn char properly. Do not move the kernels around the pan too often; you want some of them to blister and almost pop. That smoky sweetness is what makes the salad.",
    ]
    post2 = ["Cherry tomatoes are best here, halved so they release a little juice into the dressing. If you can find a mix of colours, use them. Feta gives salt, but a crumbly Cotija works just as well."]
    ingredients = ["4 ears sweet corn, kernels cut from the cob", "1 tablespoon olive oil", "300 g cherry tomatoes, halved", "1 small red onion, finely chopped",
                   "Juice of 2 limes", "100 g feta, crumbled", "A handful of coriander leaves", "Salt and pepper"]
    steps = ["Heat the oil in a large frying pan over high heat. Add the corn in a single layer and cook, stirring only every couple of minutes, until charred in places, about 8 minutes.",
             "Tip the corn into a bowl and leave to cool for 5 minutes.",
             "Add the tomatoes, onion and lime juice. Season well with salt and pepper and toss.",
             "Scatter over the feta and coriander just before serving."]
    card = ('<div class="wprm-recipe-container" id="wprm-recipe-container-4411"><div class="wprm-recipe wprm-recipe-template-custom">'
            f'<h2 class="wprm-recipe-name">{t(title)}</h2><div class="wprm-recipe-rating"><span>4.9 from 37 votes</span></div>'
            '<div class="wprm-recipe-buttons"><a href="#" class="wprm-recipe-print">Print Recipe</a> <a href="#" class="wprm-recipe-pin">Pin Recipe</a></div>'
            '<div class="wprm-recipe-times"><span>Prep Time 10 mins</span> <span>Cook Time 8 mins</span> <span>Servings 4</span></div>'
            '<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">Ingredients</h3><ul class="wprm-recipe-ingredients">'
            + "".join(f'<li class="wprm-recipe-ingredient">{t(x)}</li>' for x in ingredients) + '</ul></div>'
            '<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">Instructions</h3><ol class="wprm-recipe-instructions">'
            + "".join(f'<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">{t(x)}</div></li>' for x in steps) + '</ol></div>'
            '<div class="wprm-nutrition-label-container"><span>Calories: 212kcal</span> <span>Carbohydrates: 24g</span> <span>Protein: 8g</span></div>'
            '<div class="wprm-call-to-action"><span>Tried this recipe?</span> Mention @saltandlantern or tag #saltandlantern!</div></div></div>\n')
    ad = '<div class="adthrive-ad adthrive-content"><span>Advertisement</span></div>\n'
    body = ('<div class="entry-content">\n<p class="disclosure"><em>This post may contain affiliate links. Please read our disclosure policy.</em></p>\n'
            + '<div class="wprm-recipe-snippet"><a href="#recipe" class="wprm-jump-to-recipe-shortcode">Jump to Recipe</a> <a href="#" class="wprm-print-recipe-shortcode">Print Recipe</a></div>\n'
            + ps(post) + ad + '<h2 class="wp-block-heading">Which tomatoes to use</h2>\n' + ps(post2) + ad + card + "</div>\n")
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "BlogPosting", "headline": title, "datePublished": "2026-06-01T07:00:00+00:00",
          "author": {"@type": "Person", "name": "Lena Marsh"}}, {"@type": "Recipe", "name": title, "recipeIngredient": ingredients,
          "author": {"@type": "Person", "name": "Lena Marsh"}, "datePublished": "2026-06-01"}]}
    hd = head(title + " - Salt and Lantern", url, "A fifteen-minute summer salad.", site="Salt and Lantern", ld=ld, published="2026-06-01T07:00:00+00:00", css=9000)
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
{hd}
</head>
<body class="post-template-default single single-post wp-theme-kadence">
<header id="masthead" class="site-header"><a href="/" class="site-title">Salt and Lantern</a><nav class="main-navigation"><ul><li><a href="/recipes/">Recipes</a></li><li><a href="/recipes/salads/">Salads</a></li><li><a href="/recipes/grilling/">Grilling</a></li><li><a href="/recipes/baking/">Baking</a></li><li><a href="/about/">About</a></li><li><a href="/shop/">Shop</a></li></ul></nav></header>
<main id="main"><article class="post entry">
<header class="entry-header"><nav class="breadcrumbs"><a href="/">Home</a> » <a href="/recipes/salads/">Salads</a></nav><h1 class="entry-title">{t(title)}</h1>
<div class="entry-meta"><span class="posted-by">By <a href="/author/lena/">Lena Marsh</a></span> <span class="posted-on">June 1, 2026</span> <a href="#comments">12 Comments</a></div></header>
{body}
<div class="author-box"><h4>About Lena</h4><p>Hi, I’m Lena! I cook simple, seasonal food in a tiny kitchen in Bristol.</p></div>
<div id="comments" class="comments-area"><h3>12 Comments</h3><div class="comment"><p>Made this for a barbecue and it was gone in ten minutes!</p><span>★★★★★</span></div></div>
</article>
<aside class="sidebar"><h3>Popular Recipes</h3>{ul(["Easy Lemon Drizzle Traybake", "Smoky Black Bean Burgers", "The Only Potato Salad You Need"], "", "/")}</aside></main>
<footer class="site-footer"><p>© 2026 Salt and Lantern · Privacy Policy · Accessibility</p><p>Salt and Lantern is a participant in affiliate advertising programs.</p></footer>
</body>
</html>
"""
    page("en-other-wp-recipe", "other", True, "recipe blog post with recipe card",
         "saltandlantern.example", url, title, ["Lena Marsh"], "By Lena Marsh", "2026-06-01",
         ["This is the salad I make every time someone says",
          "The trick is to let the corn char properly.", "Which tomatoes to use",
          "4 ears sweet corn, kernels cut from the cob",
          "Scatter over the feta and coriander just before serving."],
         ["This post may contain affiliate links.", "Jump to Recipe",
          "I cook simple, seasonal food in a tiny kitchen", "Easy Lemon Drizzle Traybake",
          "Made this for a barbecue and it was gone in ten minutes!"],
         html, body=["div.entry-content"], skip=["p.disclosure", "div.wprm-recipe-snippet", "div.adthrive-ad", "div.wprm-recipe-buttons",
                                                 "div.wprm-recipe-rating", "div.wprm-call-to-action"])


def x_sponsored():
    url = "https://www.capitalpost.example/brand-studio/northwind-energy/the-quiet-upgrade-behind-the-grid/"
    title = "The quiet upgrade keeping the lights on during heat waves"
    paras = [
        "On the hottest afternoon of last summer, demand on the regional grid reached a record. The lights stayed on, and most customers never knew how close the system came to its limits.",
        "Part of the reason was an upgrade few people ever see: thousands of digital sensors installed along transmission lines that let operators push more power through existing wires when conditions allow.",
        "“A line on a cool, windy day can safely carry far more than its official rating,” says Dr. Amara Lind, head of grid innovation at Northwind Energy. “The sensors tell us, in real time, how much headroom we actually have.”",
        "Northwind has fitted the technology to more than 1,200 miles of line since 2023. The company says the upgrade freed up capacity equal to a mid-sized power plant, at a fraction of the cost of new construction.",
        "The next phase will link the sensors to weather forecasts, so operators can plan a day ahead. For customers, the hope is simple: another summer in which nobody notices anything at all.",
    ]
    body = '<div class="brand-content__body">\n' + ps(paras) + "</div>\n"
    ld = {"@context": "https://schema.org", "@type": "AdvertiserContentArticle", "headline": title, "datePublished": "2026-05-20T09:00:00-04:00",
          "publisher": {"@type": "Organization", "name": "The Capital Post"}, "sponsor": {"@type": "Organization", "name": "Northwind Energy"}}
    hd = head(title + " | Sponsored by Northwind Energy", url, "How sensors help the grid carry more power.", site="The Capital Post", ld=ld, css=7000,
              published="2026-05-20T09:00:00-04:00", extra='<meta name="robots" content="noindex">')
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body class="brand-studio">
<header class="wpds-c-iEhwUP"><a href="/" class="wpds-c-logo">The Capital Post</a><nav><ul>{"".join(f'<li><a href="/{x.lower()}/">{x}</a></li>' for x in ["Politics", "Opinions", "Style", "Investigations", "Climate", "Business", "Sports"])}</ul></nav></header>
<div class="brand-disclaimer-bar"><span class="sponsor-label">SPONSOR CONTENT</span> from <strong>Northwind Energy</strong> <a href="/brand-studio/about/">What is this?</a></div>
<main><article class="brand-content">
<h1 class="brand-content__title">{t(title)}</h1>
<p class="brand-content__dek">Digital sensors on old power lines are doing the work of a new power plant.</p>
<div class="brand-content__meta"><span>Content by Northwind Energy</span> <span>May 20, 2026</span></div>
<figure><img src="/brand-studio/northwind/lines.jpg" alt=""><figcaption>Sensors are clipped directly onto transmission lines. (Courtesy of Northwind Energy)</figcaption></figure>
{body}
<div class="brand-cta"><a href="https://northwind.example/grid">Learn more about Northwind’s grid program</a></div>
<p class="brand-disclaimer">This content is paid for by an advertiser and published by CP Creative Group. The Capital Post newsroom was not involved in its creation.</p>
</article>
<aside><h3>More from Northwind Energy</h3>{ul(["Five myths about heat pumps", "What a smart meter actually measures"], "", "/brand-studio/northwind-energy/")}</aside></main>
<footer><p>© 1996-2026 The Capital Post</p></footer>
</body>
</html>
"""
    page("en-other-sponsored", "other", True, "sponsor content from an energy company",
         "www.capitalpost.example", url, title, None, "Content by Northwind Energy", "2026-05-20",
         ["Digital sensors on old power lines are doing the work",
          "On the hottest afternoon of last summer, demand on the regional grid",
          "Northwind has fitted the technology to more than 1,200 miles",
          "another summer in which nobody notices anything at all."],
         ["SPONSOR CONTENT", "Learn more about Northwind’s grid program",
          "The Capital Post newsroom was not involved in its creation.", "Five myths about heat pumps"],
         html, body=["p.brand-content__dek", "div.brand-content__body"])


def x_finance_guide():
    url = "https://www.meridianbiz.example/advisor/retirement/how-to-roll-over-401k/"
    title = "How To Roll Over A 401(k): A Step-By-Step Guide"
    steps = [
        (None, ["Leaving a job usually means deciding what to do with the retirement savings you built there. Rolling a 401(k) into an individual retirement account, or into a new employer’s plan, keeps the money growing tax-deferred and can give you more investment choices."]),
        ("Step 1: Decide where the money will go", ["You generally have four options: leave the money in your old plan, move it to your new employer’s plan, roll it into an IRA, or cash it out. Cashing out usually triggers income tax and, if you are under 59½, a 10% penalty."]),
        ("Step 2: Open the receiving account", ["If you choose an IRA, open it before you start the rollover. Make sure it is the right type: money from a traditional 401(k) goes into a traditional IRA, and Roth money into a Roth IRA, unless you intend to convert and pay the tax."]),
        ("Step 3: Request a direct rollover", ["Contact your old plan’s administrator and ask for a direct rollover, in which the money moves straight to the new account. If the check is made out to you instead, the plan must withhold 20% for taxes, and you will have 60 days to deposit the full amount to avoid a tax bill."]),
        ("Step 4: Invest the money", ["Rolled-over money often lands in cash. Once it arrives, choose investments that match your timeline and risk tolerance, such as a target-date fund or a mix of low-cost index funds."]),
    ]
    out = []
    for i, (h, pp) in enumerate(steps):
        if h:
            out.append(f"<h2>{t(h)}</h2>\n")
        out.append(ps(pp))
        if i == 2:
            out.append('<div class="partner-offers"><h3>Featured Partner Offers</h3><p>Brightpath IRA: $0 account fees. <a href="https://go.partner.example/ira">Learn More</a></p><p>On Brightpath’s secure site</p></div>\n')
    body = '<div class="article-content">\n' + "".join(out) + "</div>\n"
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": title, "datePublished": "2026-05-26T08:00:00-04:00",
          "author": {"@type": "Person", "name": "Dana Okafor"}, "editor": {"@type": "Person", "name": "Luis Bravo"}, "publisher": {"@type": "Organization", "name": "Meridian Advisor"}}
    hd = head(title + " – Meridian Advisor", url, "What to do with your 401(k) when you leave a job.", site="Meridian Advisor", ld=ld, css=8000,
              published="2026-05-26T08:00:00-04:00")
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
{hd}
</head>
<body>
<header><a href="/advisor/" class="logo">Meridian Advisor</a>{megamenu([("Banking", ["Savings", "Checking", "CDs"]), ("Credit Cards", ["Best Cards", "Cash Back", "Travel"]), ("Investing", ["Brokers", "Robo-Advisors", "Crypto"]), ("Retirement", ["IRAs", "401(k)s", "Social Security"]), ("Insurance", ["Car", "Home", "Life"]), ("Loans", ["Mortgages", "Personal Loans", "Student Loans"])], "advisor-nav")}</header>
<main><article>
<p class="advertiser-disclosure">Advertiser Disclosure: Meridian Advisor earns a commission from partner links. Commissions do not affect our editors’ opinions or evaluations.</p>
<h1>{t(title)}</h1>
<div class="bylines"><span>By <a href="/advisor/author/dana-okafor/">Dana Okafor</a></span> <span>Contributor</span> <span>Edited by <a href="/advisor/author/luis-bravo/">Luis Bravo</a></span> <span>Editor</span></div>
<div class="dates">Updated: May 26, 2026, 8:00am</div>
<p class="editorial-note">Editorial Note: We earn a commission from partner links on Meridian Advisor. Commissions do not affect our editors’ opinions or evaluations.</p>
{body}
<div class="bottom-line-faq"><h2>Frequently Asked Questions (FAQs)</h2><h3>Is a 401(k) rollover taxable?</h3><p>See the steps above.</p></div>
<div class="author-bios"><p>Dana Okafor is a certified financial planner and writer based in Ohio.</p><p>Luis Bravo is a deputy editor covering retirement.</p></div>
<div class="related"><h3>Related</h3>{ul(["Best IRA Accounts Of June 2026", "Roth vs. Traditional IRA: Which Is Right For You?"], "", "/advisor/retirement/")}</div>
</article></main>
<footer><p>Meridian Advisor adheres to strict editorial integrity standards. © 2026 Meridian Media.</p></footer>
</body>
</html>
"""
    page("en-other-finance-guide", "other", True, "personal finance how-to guide",
         "www.meridianbiz.example", url, title, ["Dana Okafor"], "By Dana Okafor Contributor", "2026-05-26",
         ["Leaving a job usually means deciding what to do with",
          "Step 2: Open the receiving account",
          "Contact your old plan’s administrator and ask for a direct rollover",
          "such as a target-date fund or a mix of low-cost index funds."],
         ["Featured Partner Offers", "Editorial Note: We earn a commission from partner links",
          "Advertiser Disclosure:", "is a certified financial planner and writer based in Ohio.",
          "Best IRA Accounts Of June 2026"],
         html, body=["div.article-content"], skip=["div.partner-offers"])
