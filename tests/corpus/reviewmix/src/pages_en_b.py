"""English pages, part B: a buying guide with affiliate buttons, a recipe with a personal introduction, a sponsored
first-person essay, a weekly horoscope, a culture quiz and a food writer's column against a takeaway levy."""

PAGES = []

SG_NAV = ["Reviews", "Best picks", "Deals", "How we test", "News", "Opinion"]

# ---------------------------------------------------------------- buying guide: "best X of 2026", affiliate buttons inside the text
PAGES.append(dict(
    case="en-other-bestearbuds", lang="en", skin="reviewsite", domain="soundguide.example", site="SoundGuide",
    url="https://www.soundguide.example/best-picks/best-wireless-earbuds-2026/",
    h1="The best wireless earbuds of 2026",
    deck="We tested 31 pairs on buses, in gyms and on long-haul flights. These five are worth your money.",
    crumbs=["Home", "Best picks", "Headphones"], authors=["Dana Whitlock"], byline_text="Dana Whitlock, Senior audio editor",
    byline_html='By <a href="/staff/dana-whitlock/">Dana Whitlock</a> · Senior audio editor',
    ld_authors=["Dana Whitlock"], ld_type="Article",
    pub="2026-02-12T09:00:00-05:00", date="Feb 12, 2026",
    disclosure="⟪When you buy through links on our site, we may earn an affiliate commission.⟫",
    nav=SG_NAV,
    side=[("Popular", ["The best noise-cancelling headphones for travel", "Are open-ear earbuds safe for running?"], "best-picks"),
          ("Opinion", [("Column", "⟪Stop putting touch controls on earbuds⟫")], "opinion")],
    related=["Aurel Pods 3 review: the new default", "Best budget headphones under $50"],
    comments=[("mikeyd", "Feb 13, 2026", "⟪No mention of the Tovo Air? They have been great for me.⟫")],
    newsletter="Get our best deals on audio gear every Thursday",
    footer="⟪© 2026 SoundGuide Media. Prices are correct at the time of publishing.⟫",
    body="""<p>⟦Wireless earbuds have become the headphones most people actually wear,⟧ and the market is crowded with pairs that look alike and sound very different. Over three months I wore 31 of them on my daily commute, during runs and on two flights across the Atlantic, measuring battery life and call quality along the way. These are the ones I would buy with my own money.</p>
<h2>1. Aurel Pods 3 — best overall</h2>
<p>⟦The Pods 3 do nothing spectacularly and everything well.⟧ Noise cancellation is strong enough for a train carriage, the sound is warm without smothering voices, and the case lasted almost a full working week between charges in my testing. The fit suits most ears, and the app is refreshingly free of nagging.</p>
[[BUY|⟪Buy on ShopMart for $179⟫|Check price at Boltbuy]]
<h2>2. Tessel Air Lite — best budget pair</h2>
<p>At under fifty dollars, the Air Lite should not sound this good. The bass is a little loose and there is no noise cancellation worth mentioning, but for podcasts and gym playlists they are hard to beat. The buttons are physical, which I prefer to touch panels.</p>
[[BUY|Buy on ShopMart for $47]]
<h2>3. Marlow Studio Buds — best for sound quality</h2>
<p>If you care about detail above everything else, this is the pair. Strings and acoustic guitars sound open in a way earbuds rarely manage. ⟦Battery life is the trade-off: just over five hours with noise cancellation on.⟧</p>
<h2>4. Kira Sport X — best for running</h2>
<p>The ear hooks look dated, but they did not move once during a half-marathon, and the pair survived a rinse under the tap after a muddy trail run.</p>
<h2>5. Oona Fold — best for small ears</h2>
<p>The smallest buds in my test, with an extra-small tip in the box. Calls sound thin, but comfort over a long day is excellent.</p>
[[BUY|⟪See the Oona Fold at Boltbuy⟫]]
<h2>How we test</h2>
<p>Every pair is worn for at least two weeks. We measure battery life with music at a fixed volume, test calls in a noisy street and on a windy hill, and check noise cancellation against recorded train and aircraft noise. ⟦We buy most review units ourselves and never let brands see reviews before publication.⟧</p>""",
    exclude=[],
    kind="other", why="buying guide ranking products with affiliate buttons",
))

# ---------------------------------------------------------------- recipe with a long personal introduction, Recipe JSON-LD
PAGES.append(dict(
    case="en-other-beansoup", lang="en", skin="foodmag", domain="weeknighttable.example", site="Weeknight Table",
    tagline="Real food for tired people",
    url="https://weeknighttable.example/recipes/smoky-black-bean-soup-with-lime-crema/",
    h1="Smoky black bean soup with lime crema",
    kicker="Soups", authors=["Jonah Pell"], byline_text="By Jonah Pell", byline_html='By <a href="/author/jonah-pell/">Jonah Pell</a>',
    ld_obj={"@context": "https://schema.org", "@type": "Recipe", "name": "Smoky black bean soup with lime crema",
            "author": {"@type": "Person", "name": "Jonah Pell"}, "datePublished": "2026-01-14",
            "recipeYield": "4 servings", "prepTime": "PT10M", "cookTime": "PT35M",
            "recipeIngredient": ["2 tbsp olive oil", "1 onion", "3 garlic cloves", "2 tsp smoked paprika", "2 cans black beans", "750 ml stock", "1 lime", "120 ml sour cream"],
            "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.8, "ratingCount": 214}},
    pub="2026-01-14T08:00:00-06:00", date="January 14, 2026",
    card=dict(stars=4.8, votes="214 ratings", times=[("Prep", "10 mins"), ("Cook", "35 mins"), ("Serves", "4")]),
    nav=["Recipes", "Weeknight", "Soups", "Baking", "Meal plans", "About"],
    side=[("Popular recipes", ["⟪One-pan lemon chicken with orzo⟫", "Sheet-pan gnocchi with sausage", "The only banana bread you need"], "recipes")],
    bio=("About Jonah", "⟪Jonah Pell cooks for a family of five in Milwaukee⟫ and has been writing Weeknight Table since 2019."),
    comments=[("Rachel T.", "January 15, 2026", "⟪Made this tonight with pinto beans because that is what I had. Still great!⟫"),
              ("Dmitri", "January 16, 2026", "Can I freeze it? Asking for my lunches.")],
    newsletter="⟪Get five new weeknight recipes in your inbox every Sunday⟫",
    footer="⟪© 2026 Weeknight Table · As an Amazon Associate I earn from qualifying purchases⟫",
    cookie="⟪This site uses cookies to remember your saved recipes.⟫",
    body="""[[JUMP]]
<p>⟦I started making this soup the winter our youngest was born,⟧ when dinner had to come out of cans and be ready before anyone started crying, including me. Six years later it is still the thing I cook most on Tuesday nights, mostly because everyone in the house eats it without negotiation, which in a family of five is a kind of miracle.</p>
<p>The secret, if there is one, is smoked paprika. It gives the soup a deep, almost bacon-like flavour without any meat, so it works for my vegetarian sister and for my father-in-law, who is suspicious of any meal without a sausage in it. The lime crema on top is not optional. It takes two minutes and wakes the whole bowl up.</p>
<p>A few notes before you start. ⟦Do not drain the beans: the liquid in the can thickens the soup.⟧ If you have an immersion blender, blend about half the pot and leave the rest chunky; if you do not, mash some of the beans against the side of the pan with a potato masher. And if you like heat, add a chopped chipotle with the garlic.</p>
<div class="recipe-card" id="recipe">
<h2 class="recipe-card__name">Smoky black bean soup with lime crema</h2>
[[CARDTOP]]
<h3>Ingredients</h3>
<ul class="recipe-card__ingredients">
<li>⟦2 tablespoons olive oil⟧</li>
<li>1 large onion, finely chopped</li>
<li>3 garlic cloves, crushed</li>
<li>2 teaspoons smoked paprika</li>
<li>1 teaspoon ground cumin</li>
<li>2 cans (15 oz each) black beans, with their liquid</li>
<li>3 cups vegetable or chicken stock</li>
<li>1 lime, zest and juice</li>
<li>1/2 cup sour cream</li>
<li>Salt, cilantro and tortilla chips to serve</li>
</ul>
<h3>Instructions</h3>
<ol class="recipe-card__steps">
<li>Heat the oil in a large pot over medium heat. Add the onion with a pinch of salt and cook for 8 minutes, until soft and golden.</li>
<li>Stir in the garlic, paprika and cumin and cook for 1 minute, until fragrant.</li>
<li>⟦Add the beans with their liquid and the stock. Bring to a boil,⟧ then simmer for 20 minutes.</li>
<li>Blend about half of the soup, or mash some of the beans, until it is as thick as you like. Season with salt.</li>
<li>Mix the sour cream with the lime zest, half the lime juice and a pinch of salt. Stir the rest of the juice into the soup.</li>
<li>Serve topped with the crema, cilantro and crushed tortilla chips.</li>
</ol>
<p class="recipe-card__notes"><strong>Notes:</strong> ⟦The soup keeps for four days in the fridge and freezes well for three months.⟧</p>
</div>""",
    kind="other", why="recipe with personal introduction and ingredient list",
))

# ---------------------------------------------------------------- sponsored first-person essay on a news site's partner page
PAGES.append(dict(
    case="en-other-ebikesponsored", lang="en", skin="partner", domain="westvalepost.example", site="The Westvale Post",
    url="https://www.westvalepost.example/partner/veloce/why-i-swapped-my-car-for-an-e-bike/",
    h1="Why I swapped my second car for an e-bike – and why your town should make it easier",
    deck="A year of commuting on two wheels changed my mornings, my budget and my mind.",
    authors=["Jess Arkwright"], byline_text="Words by Jess Arkwright", byline_html="Words by Jess Arkwright",
    ld_authors=["Jess Arkwright"], ld_type="Article",
    partner_label="⟪Partner content⟫", partner_note="⟪This article was produced by Post Studio on behalf of Veloce Bikes.⟫",
    presented="Presented by", brand="Veloce Bikes", cta="⟪Book a free test ride at your nearest Veloce store⟫",
    pub="2026-03-02T08:00:00+00:00", date="2 March 2026",
    nav=["News", "Consumer", "Money", "Reviews", "Best buys", "Opinion", "Sport", "Weather"],
    side=[("Most read", ["⟪Westvale flood barrier test postponed after high winds⟫", "School meal prices to rise in April"]),
          ("Opinion", [("Column", "Our cycle lanes end exactly where they are needed")], "opinion")],
    footer="⟪© 2026 Westvale Post. Part of Valley News Group.⟫",
    body="""<p>⟦A year ago, our family had two cars and one very tired bank account.⟧ The second car, a ten-year-old hatchback, existed almost entirely to get me four miles to the office and back. It spent nine hours a day in a car park and cost us, once I added it all up, more than two thousand pounds a year.</p>
<p>So last March I sold it and bought an e-bike. I expected to last a month. Instead I have ridden more than three thousand miles, in sun, drizzle and one memorable hailstorm, and I cannot imagine going back.</p>
<p>The first surprise was time. ⟦My commute on the bike takes nineteen minutes, every single day.⟧ In the car it took anywhere from fifteen to forty, depending on the school run and the roadworks on the ring road. The motor flattens the hill on Priory Lane so completely that I arrive at work without needing a shower, which was my biggest worry before I started.</p>
<p>The second surprise was how much I enjoy it. I notice things I never saw through a windscreen: the heron that stands on the weir every morning, the bakery that opens at seven, the neighbours I now wave to. My step count has doubled without my trying, and I sleep better.</p>
<p>The bike I chose, a Veloce City 7, has a battery that lasts me a whole week of commuting. ⟦I charge it on Sunday nights, like a phone.⟧ Servicing costs less than one tank of fuel used to, and the store fitted panniers that carry a full weekly shop.</p>
<p>Not everything is perfect. Some of Westvale’s cycle lanes stop without warning, and the junction by the station still makes my heart race. If the council painted a few more lines and put in secure bike parking at the station, I am convinced hundreds more people would do what I have done.</p>
<p>⟦If you have been thinking about it, my advice is simple: try one.⟧ Borrow a friend’s, book a test ride, and do your commute on a Saturday to see how it feels. ⟦You might just find, as I did, that the car was the thing slowing you down.⟧</p>""",
    kind="other", sure=False, why="sponsored partner essay; ends by urging the council",
))

# ---------------------------------------------------------------- weekly horoscope in a lifestyle magazine
PAGES.append(dict(
    case="en-other-horoscope", lang="en", skin="foodmag", domain="sundaymagazine.example", site="The Sunday Magazine",
    tagline="Life, style and everything in between",
    url="https://sundaymagazine.example/stars/weekly-horoscope-march-8-14-2026/",
    h1="Your horoscope for the week of March 8–14", deck="Mercury steadies, Venus flirts and Aries finally gets some rest.",
    kicker="Stars", authors=["Celeste Varga"], byline_text="By Celeste Varga, Astrologer",
    byline_html='By <a href="/author/celeste-varga/">Celeste Varga</a>, Astrologer', ld_authors=["Celeste Varga"], ld_type="Article",
    pub="2026-03-07T18:00:00-05:00", date="March 7, 2026", thumb=False,
    nav=["Style", "Beauty", "Home", "Relationships", "Stars", "Opinion"],
    side=[("Trending", ["⟪The spring coats everyone will be wearing⟫", "How to repot a fiddle-leaf fig", "Is it rude to leave a party without saying goodbye?"], "style"),
          ("Opinion", [("Essay", "⟪I gave up dating apps for a year⟫")], "opinion")],
    related=["⟪What your rising sign says about your work style⟫", "The full moon ritual that is taking over TikTok"],
    newsletter="⟪Get your horoscope delivered every Sunday morning⟫",
    footer="⟪© 2026 The Sunday Magazine. For entertainment purposes only.⟫",
    cookie="⟪We use cookies to give you a better experience on our site.⟫",
    body="""<p>⟦This is a week for finishing things rather than starting them.⟧ With Mercury settling into a steady rhythm on Tuesday, conversations that went in circles last month can finally land somewhere. The new moon on Saturday favours quiet plans and early nights.</p>
<h2>Aries (March 21 – April 19)</h2>
<p>⟦You have been running on adrenaline since the start of the year.⟧ Let someone else take the lead at work on Wednesday; nothing will fall apart. A message from an old friend deserves a proper reply, not an emoji.</p>
<h2>Taurus (April 20 – May 20)</h2>
<p>Money matters look brighter after Thursday. Resist the urge to celebrate by buying something expensive for the house. A walk outdoors on Sunday clears your head.</p>
<h2>Gemini (May 21 – June 20)</h2>
<p>Two invitations arrive for the same evening. Choose the quieter one, and you will have the better conversation.</p>
<h2>Cancer (June 21 – July 22)</h2>
<p>Family plans need your diplomacy. You are better at this than you think, so trust your instincts and keep it short.</p>
<h2>Leo (July 23 – August 22)</h2>
<p>Creative work flows on Monday and Tuesday. Save the applause for later; for now, just get it down on paper.</p>
<h2>Virgo (August 23 – September 22)</h2>
<p>⟦A small health habit you started in January begins to pay off.⟧ Keep going, even when it feels boring.</p>
<h2>Libra (September 23 – October 22)</h2>
<p>Venus makes you charming and slightly reckless. Flirt, by all means, but read the small print before you sign anything.</p>
<h2>Scorpio (October 23 – November 21)</h2>
<p>A colleague’s mistake is not yours to fix. Offer help once, then step back.</p>
<h2>Sagittarius (November 22 – December 21)</h2>
<p>Travel plans firm up mid-week. Book the practical option, not the romantic one.</p>
<h2>Capricorn (December 22 – January 19)</h2>
<p>You are owed some recognition, and it arrives on Friday in an unexpected form.</p>
<h2>Aquarius (January 20 – February 18)</h2>
<p>Say yes to the odd idea a friend suggests on the weekend. It is more fun than it sounds.</p>
<h2>Pisces (February 19 – March 20)</h2>
<p>⟦Happy birthday, Pisces: the new moon on Saturday is yours.⟧ Write down three wishes and put them somewhere you will see them.</p>""",
    kind="other", why="weekly horoscope by sign; service entertainment content",
))

# ---------------------------------------------------------------- culture quiz on the daily; options and button are furniture
PAGES.append(dict(
    case="en-other-festivalquiz", lang="en", skin="daily", domain="eastbankstandard.example", site="The Eastbank Standard",
    url="https://eastbankstandard.example/culture/quiz/2026/03/27/how-well-do-you-know-this-years-spring-festival/",
    h1="Quiz: how well were you paying attention at this year’s spring festival?",
    deck="Ten questions on the films, the food stalls and the one very wet closing night.",
    kicker="Quiz", authors=["Oliver Brandt"], byline_text="Oliver Brandt", byline_html='By <a href="/author/oliver-brandt/">Oliver Brandt</a>',
    ld_authors=["Oliver Brandt"], ld_type="Article",
    pub="2026-03-27T12:00:00+00:00", date="27 March 2026", strip="Friday, 27 March 2026",
    nav=["News", "Sport", "Business", "Food", "Going out", "Opinion", "Property", "Puzzles"],
    side=[("Most read", ["⟪Tram extension to open a month early, says mayor⟫", "Six new places to eat this spring"]),
          ("Opinion", [("Comment", "⟪The festival should stay in the park, not move indoors⟫")], "opinion")],
    related=["Last week’s news quiz: did you get them all?", "The crossword"],
    footer="⟪The Eastbank Standard is a member of the Independent Press Standards Organisation⟫",
    cookie="⟪This site uses cookies. By continuing you agree to our use of cookies.⟫",
    body="""<p>⟦The Eastbank Spring Festival closed on Sunday after ten days of films, gigs and food stalls in Ropewalk Park.⟧ Were you there, or were you just reading about it? Test yourself with our quiz. Answers are revealed when you submit.</p>
<p>This year’s edition was the biggest since the festival began in 2009, with screenings in three tents, a new family field and a market tent that stretched almost to the bandstand. It also had the wettest closing night anyone can remember, which may help you with at least one of the questions below. As ever, there are no prizes, only bragging rights, and no looking things up on your phone.</p>
<div class="quiz-q"><h3>⟦1. Which film opened the festival on its first night?⟧</h3>
<ul class="quiz-options"><li><label><input type="radio" name="q1"> ⟪Low Tide at Carrow⟫</label></li><li><label><input type="radio" name="q1"> Paper Moons</label></li><li><label><input type="radio" name="q1"> The Orchard Sisters</label></li></ul></div>
<div class="quiz-q"><h3>2. How many food stalls were in the market tent this year?</h3>
<ul class="quiz-options"><li><label><input type="radio" name="q2"> 24</label></li><li><label><input type="radio" name="q2"> 38</label></li><li><label><input type="radio" name="q2"> 51</label></li></ul></div>
<div class="quiz-q"><h3>3. The closing concert was delayed by rain. For how long?</h3>
<ul class="quiz-options"><li><label><input type="radio" name="q3"> 20 minutes</label></li><li><label><input type="radio" name="q3"> An hour</label></li><li><label><input type="radio" name="q3"> Two hours</label></li></ul></div>
<div class="quiz-q"><h3>4. Which dish sold out at the Marrow &amp; Ash stall on the first Saturday?</h3>
<ul class="quiz-options"><li><label><input type="radio" name="q4"> Lamb flatbreads</label></li><li><label><input type="radio" name="q4"> Brown butter tart</label></li><li><label><input type="radio" name="q4"> Sardines on toast</label></li></ul></div>
<div class="quiz-q"><h3>5. Which local choir broke the festival’s record for the largest group on stage?</h3>
<ul class="quiz-options"><li><label><input type="radio" name="q5"> Canal Street Voices</label></li><li><label><input type="radio" name="q5"> Ropewalk Singers</label></li><li><label><input type="radio" name="q5"> Eastbank Harmony</label></li></ul></div>
<div class="quiz-q"><h3>6. What was new at the family field this year?</h3>
<ul class="quiz-options"><li><label><input type="radio" name="q6"> A climbing wall</label></li><li><label><input type="radio" name="q6"> A silent disco</label></li><li><label><input type="radio" name="q6"> A petting farm</label></li></ul></div>
<div class="quiz-q"><h3>⟦7. Which director was given the festival’s lifetime achievement award?⟧</h3>
<ul class="quiz-options"><li><label><input type="radio" name="q7"> Ada Ferrante</label></li><li><label><input type="radio" name="q7"> Osman Teller</label></li><li><label><input type="radio" name="q7"> Ruth Imbert</label></li></ul></div>
<div class="quiz-q"><h3>8. About how many people came through the gates over ten days?</h3>
<ul class="quiz-options"><li><label><input type="radio" name="q8"> 40,000</label></li><li><label><input type="radio" name="q8"> 85,000</label></li><li><label><input type="radio" name="q8"> 120,000</label></li></ul></div>
<div class="quiz-q"><h3>⟦9. Which band played the final song of the festival?⟧</h3>
<ul class="quiz-options"><li><label><input type="radio" name="q9"> The Tidewaters</label></li><li><label><input type="radio" name="q9"> Lumen Lane</label></li><li><label><input type="radio" name="q9"> Halfway Home</label></li></ul></div>
<div class="quiz-q"><h3>10. And finally: what did the mayor lose on the main stage?</h3>
<ul class="quiz-options"><li><label><input type="radio" name="q10"> His chain of office</label></li><li><label><input type="radio" name="q10"> An umbrella</label></li><li><label><input type="radio" name="q10"> A bet on the weather</label></li></ul></div>
<div class="quiz-submit"><button type="submit">⟪Submit my answers⟫</button></div>
<p>⟦Scored ten out of ten? Tell us in the comments, and see you next spring.⟧</p>""",
    exclude=["ul.quiz-options*", "div.quiz-submit"],
    kind="other", why="culture quiz with multiple-choice questions",
))

# ---------------------------------------------------------------- food writer's column against a levy, on a food magazine
PAGES.append(dict(
    case="en-opinion-takeawaylevy", lang="en", skin="foodmag", domain="weeknighttable.example", site="Weeknight Table",
    tagline="Real food for tired people",
    url="https://weeknighttable.example/eat/the-takeaway-levy-will-not-make-anyone-healthier/",
    h1="The takeaway levy will not make anyone healthier",
    kicker="Eat", authors=["Priya Raman"], byline_text="By Priya Raman, Food writer",
    byline_html='By <a href="/author/priya-raman/">Priya Raman</a>, Food writer', ld_authors=["Priya Raman"], ld_type="Article",
    pub="2026-02-25T07:30:00-06:00", date="February 25, 2026",
    nav=["Recipes", "Weeknight", "Soups", "Baking", "Eat", "Meal plans", "About"],
    side=[("Popular recipes", ["⟪One-pan lemon chicken with orzo⟫", "Smoky black bean soup with lime crema"], "recipes")],
    bio=("⟪About Priya⟫", "⟪Priya Raman writes about food, money and cities⟫ and is the author of The Cheap Plate."),
    comments=[("Lorna K.", "February 25, 2026", "⟪Thank you. Nobody asks the people who cook at home on two jobs.⟫"),
              ("Ben W.", "February 26, 2026", "I disagree, something has to be done about the fried chicken shops near schools.")],
    footer="⟪© 2026 Weeknight Table · As an Amazon Associate I earn from qualifying purchases⟫",
    body="""<p>⟦The state legislature will vote next month on a ten per cent levy on hot takeaway food,⟧ sold from any outlet within half a mile of a school. Its sponsors say it will nudge families toward healthier dinners and raise money for school nutrition programmes. I have spent fifteen years writing about what people cook on tired weeknights, and I think the levy will do neither.</p>
<p>Start with who buys takeaway on a school night. It is not, mostly, people who could cook and choose not to. It is nurses coming off a twelve-hour shift, parents with two jobs and no time between them, families in apartments with a hot plate and no oven. ⟦For them, a tax on a cheap hot meal is not a nudge. It is a fine.⟧</p>
<p>Supporters point to the sugar tax on soft drinks, which did change what people bought. But soda has an obvious, cheap substitute sitting on the next shelf. A hot dinner does not. If the chicken shop costs more, the likely alternative for a family without time is not a vegetable stir-fry; it is a cheaper, colder meal from the gas station.</p>
<p>There is also the matter of where the money lands. The levy’s half-mile rule means it falls hardest on dense, poorer neighbourhoods, where schools and takeaways sit on the same streets. Suburbs with a drive-through every few miles will barely notice it.</p>
<p>⟦I am not against doing something about children’s diets.⟧ I am against doing something that looks like action while costing the people with the least room in their budgets. If legislators want children to eat better, they have tools that work: free school breakfasts, cooking classes that come with ingredients to take home, grants for corner shops that stock fresh produce, and planning rules that shape what opens near a school in the first place.</p>
<p>Those measures cost money rather than raising it, which is exactly why the levy is attractive to a legislature short of cash. ⟦But a tax designed to feel virtuous is not the same as a policy designed to help.⟧</p>
<p>⟦Vote it down, and bring back something better.⟧</p>""",
    kind="opinion", why="food writer’s column arguing against a proposed tax",
))
