"""English pages, part A: a film review and a critic's column on the same daily, a restaurant review with an info
box, a box-office report, a product recall report and an obituary of a critic."""

PAGES = []

NG_NAV = ["News", "Politics", "Business", "Culture", "Film", "Food", "Opinion", "Letters", "Sport"]
NG_SIDE = [("Most read", ["⟪Council approves night-bus trial for the Northgate estates⟫", "Rail strike called off after late offer",
                          "Three arrested after warehouse fire in Sallow Road"]),
           ("Opinion", [("Editorial", "⟪The harbour plan needs a real public inquiry⟫"), ("Column", "Why I still carry cash")], "opinion")]

# ---------------------------------------------------------------- film review: first person, hard verdict, stars, Review JSON-LD
PAGES.append(dict(
    case="en-other-filmreview", lang="en", skin="daily", domain="northgateexaminer.example", site="The Northgate Examiner",
    url="https://www.northgateexaminer.example/culture/film/2026/03/06/low-tide-at-carrow-review/",
    h1="Low Tide at Carrow review – a handsome thriller that drowns in its own mood",
    deck="Ada Ferrante’s coastal mystery has a terrific lead performance and nothing underneath it.",
    kicker="Film review", authors=["Miriam Achterberg"], byline_text="Miriam Achterberg, Film critic",
    byline_html='<a class="byline__name" href="/profile/miriam-achterberg/" rel="author">Miriam Achterberg</a> <span class="byline__role">Film critic</span>',
    ld_obj={"@context": "https://schema.org", "@type": "Review", "name": "Low Tide at Carrow review – a handsome thriller that drowns in its own mood",
            "url": "https://www.northgateexaminer.example/culture/film/2026/03/06/low-tide-at-carrow-review/",
            "author": {"@type": "Person", "name": "Miriam Achterberg"}, "datePublished": "2026-03-06T14:00:00+00:00",
            "itemReviewed": {"@type": "Movie", "name": "Low Tide at Carrow", "director": {"@type": "Person", "name": "Ada Ferrante"}},
            "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 5},
            "publisher": {"@type": "Organization", "name": "The Northgate Examiner"}},
    pub="2026-03-06T14:00:00+00:00", date="Fri 6 Mar 2026 14.00 GMT", strip="Friday 6 March 2026",
    head_rating=True, rating=dict(value=2, of=5),
    caption="⟪Nell Okafor as the harbourmaster’s daughter in Low Tide at Carrow.⟫ Photograph: Saltmarsh Pictures",
    nav=NG_NAV, side=NG_SIDE, cookie="⟪We use cookies to improve your experience and to show you relevant advertising.⟫",
    tags=["Film", "Thrillers", "Culture"],
    related=["Nell Okafor: ‘I spent six weeks learning to gut fish’", "The best films to stream this weekend"],
    comments=[("seaview_sal", "2 hours ago", "⟪Saw it last night and honestly loved it. The mood IS the point.⟫"),
              ("Kester", "1 hour ago", "Two stars seems harsh for that cinematography.")],
    footer="⟪© 2026 Northgate Examiner Media Ltd. All rights reserved.⟫",
    body="""<p>⟦About forty minutes into Low Tide at Carrow, I realised I had stopped caring who killed the ferryman.⟧ That is a problem for a murder mystery, and it is not the fault of Nell Okafor, who is superb as the harbourmaster’s daughter asked to identify a body she has known all her life. It is the fault of a film so in love with its own fog that it forgets to tell a story inside it.</p>
<p>Ada Ferrante, directing her second feature, has an eye. The opening shot, a slow pan across mudflats as the tide drains away and leaves the boats leaning on their sides, is as good as anything I have seen this year. The village is all wet slate and orange oilskins, and the sound design turns every gull and halyard into a small threat. For a while the atmosphere carries you.</p>
<p>Then the plot arrives, or rather fails to. The suspects are introduced in a single pub scene and then largely forgotten. A subplot about a developer buying up the cottages is raised, shouted about and dropped. ⟦Ferrante seems to believe that withholding information is the same thing as building suspense.⟧ It is not. By the time a storm conveniently cuts the village off for the final act, I was checking which of the characters I could still name.</p>
[[AD]]
<p>Okafor deserves better. She plays grief as something practical: a woman who keeps tying knots and scrubbing decks because stopping would mean feeling it. There is a scene in which she cleans the dead man’s boat, alone, in silence, for nearly three minutes, and it is the only time the film’s patience pays off. Tomas Reilly, as the detective sent from the city, has less to work with and mostly squints at the horizon.</p>
<p>The screenplay, by Ferrante and Owen Larch, leans on voiceover in the last twenty minutes to explain motives the film never dramatised. ⟦It is the cinematic equivalent of a crossword printed with the answers underneath.⟧ The final twist is guessable from the poster.</p>
<p>I do not want to be too hard on a film that looks this beautiful and contains one great performance. Fans of slow British crime drama may find enough here to enjoy on a rainy evening. But a thriller has obligations, and this one keeps none of them. ⟦Go for Okafor; leave before the storm.⟧</p>
<p>⟦Low Tide at Carrow is in cinemas from 13 March.⟧</p>""",
    kind="other", why="film review with star rating and first-person verdict",
))

# ---------------------------------------------------------------- critic's column on the same site, same template, section Film
PAGES.append(dict(
    case="en-opinion-screensubsidy", lang="en", skin="daily", domain="northgateexaminer.example", site="The Northgate Examiner",
    url="https://www.northgateexaminer.example/culture/film/2026/03/20/the-new-screen-subsidy-rewards-the-wrong-films/",
    h1="The new screen subsidy rewards the wrong films",
    deck="The government’s production rebate will pour money into streaming series while small cinemas close. It should be rewritten.",
    kicker="Film", authors=["Miriam Achterberg"], byline_text="Miriam Achterberg, Film critic",
    byline_html='<a class="byline__name" href="/profile/miriam-achterberg/" rel="author">Miriam Achterberg</a> <span class="byline__role">Film critic</span>',
    ld_authors=["Miriam Achterberg"], ld_type="OpinionNewsArticle", ld_section="Film", meta_section="Film",
    pub="2026-03-20T07:00:00+00:00", date="Fri 20 Mar 2026 07.00 GMT", strip="Friday 20 March 2026",
    nav=NG_NAV, side=[("Most read", ["⟪Low Tide at Carrow review – a handsome thriller that drowns in its own mood⟫", "Night-bus trial begins on Monday",
                                     "Bakery chain to close six branches"]),
                      ("Reviews", [("★★★★☆", "⟪The Orchard Sisters review – sharp, sad and very funny⟫"), ("★★☆☆☆", "Paper Moons review – a musical without a tune")], "culture")],
    cookie="⟪We use cookies to improve your experience and to show you relevant advertising.⟫",
    bio="⟪Miriam Achterberg has been the Examiner’s film critic since 2017.⟫",
    tags=["Film", "Arts funding", "Cinemas"],
    related=["⟪Independent cinemas warn of closures as energy bills rise⟫", "What the screen rebate means, in numbers"],
    footer="⟪© 2026 Northgate Examiner Media Ltd. All rights reserved.⟫",
    body="""<p>⟦I spend most of my working life telling readers which films are worth their evening.⟧ This week I want to talk about the money behind the films, because the government’s new screen production rebate, announced with great fanfare on Tuesday, is about to make my job and yours a little poorer.</p>
<p>The scheme is simple. Any production that spends more than two million pounds in the country can reclaim up to thirty per cent of that spending from the Treasury. Ministers call it an investment in creative industries, and in a narrow sense it is: studios will come, crews will be hired, hotels in the right counties will fill up.</p>
<p>But look at who qualifies. ⟦The two-million-pound threshold shuts out almost every independent feature made here last year.⟧ Of the forty British films I reviewed in 2025, I count six that would have cleared it. The rest, including most of the ones I would send you to see, were made for less, often far less. The rebate will flow overwhelmingly to streaming series and studio franchises that were going to shoot somewhere anyway and are simply shopping for the best discount.</p>
<p>Meanwhile the places where films actually meet audiences are in trouble. Eleven independent cinemas have closed in the past eighteen months, most of them because of energy costs and business rates. Not one penny of the new scheme goes to exhibition. ⟦We are subsidising the making of images and abandoning the rooms where people watch them together.⟧</p>
[[READ|⟪Independent cinemas warn of closures as energy bills rise⟫]]
<p>Defenders of the rebate will say that big productions train crews who go on to work on smaller films. There is some truth in that. But if training is the aim, fund training directly. If the aim is culture, fund culture: a lower threshold for first and second features, a separate pot for documentary, and a relief on business rates for single-screen cinemas that show British work.</p>
<p>None of this would cost more than a fraction of what the Treasury expects to hand back to studios. It would simply mean deciding that a film is not valuable only because it is expensive.</p>
<p>The consultation on the scheme’s details closes in May. ⟦Ministers still have time to rewrite it, and they should.⟧</p>""",
    kind="opinion", why="critic’s column arguing the production subsidy should be rewritten",
))

# ---------------------------------------------------------------- restaurant review: info box in the body, rating in header, OG only
PAGES.append(dict(
    case="en-other-restaurantreview", lang="en", skin="daily", domain="eastbankstandard.example", site="The Eastbank Standard",
    url="https://eastbankstandard.example/food/restaurant-reviews/2026/02/21/marrow-and-ash-canal-street/",
    h1="Marrow & Ash, Canal Street: ‘I would cross the city for the bread alone’",
    deck="A wood-fired dining room in a former boat shed serves the best lamb in town. Shame about the chairs.",
    kicker="Restaurant review", authors=["Theo Marchetti"], byline_text="Theo Marchetti, Restaurant critic",
    byline_html='By <a href="/author/theo-marchetti/">Theo Marchetti</a>, <em>Restaurant critic</em>',
    meta="og", meta_section="Food",
    pub="2026-02-21T06:00:00+00:00", date="21 February 2026", strip="Saturday, 21 February 2026",
    head_rating=True, rating=dict(value=4, of=5, label="Food"),
    info=[("Address", "14 Canal Street, Eastbank"), ("Open", "Wed–Sun, 12–3pm and 6–10.30pm"), ("Prices", "Starters £7–£12, mains £18–£29"),
          ("Accessibility", "Step-free entrance; accessible toilet")], info_h="Marrow & Ash",
    caption="The dining room at Marrow & Ash, in a former boat shed on Canal Street.",
    nav=["News", "Sport", "Business", "Food", "Going out", "Opinion", "Property", "Puzzles"],
    side=[("Most read", ["⟪Tram extension to open a month early, says mayor⟫", "Six new places to eat this spring", "Ferry fares to rise by 8%"]),
          ("Opinion", [("Comment", "⟪Our high streets need fewer vape shops and more benches⟫")], "opinion")],
    cookie="⟪This site uses cookies. By continuing you agree to our use of cookies.⟫",
    newsletter="⟪Get our weekly restaurant review in your inbox every Saturday⟫",
    footer="⟪The Eastbank Standard is a member of the Independent Press Standards Organisation⟫",
    body="""<p>⟦There is a particular silence that falls over a table when the bread arrives and turns out to be extraordinary.⟧ It fell over ours about four minutes after we sat down at Marrow &amp; Ash, and it did not lift until the basket was empty and my guest was asking, without shame, for another.</p>
<p>The bread is a dark, blistered sourdough baked in the same wood oven that dominates the room, served with butter whipped with burnt onion. It is the kind of thing that sounds like a gimmick and tastes like a reason to live in Eastbank. I would cross the city for it alone.</p>
<p>The rest of the menu is short and built around the fire. A starter of leeks, charred until collapsing and dressed with hazelnuts and a sharp buttermilk sauce, was excellent. Grilled sardines on toast came with a tomato relish that needed more acid, but the fish were perfectly cooked, their skin crisp and their flesh barely set.</p>
[[INFO]]
<p>⟦The lamb shoulder is the dish people will talk about.⟧ It is cooked overnight in the embers of the oven, pulled into soft, smoky shreds and served with flatbreads, pickled red cabbage and a yoghurt loaded with mint. It is meant for two and would feed three. We ate all of it.</p>
<p>Not everything works. A hake main was pleasant and forgettable, the kind of dish that appears on a menu so that somebody can order fish. The wine list is almost entirely natural wine, which is fine if you like that sort of thing and a slight struggle if you just want a glass of something clean and cold. ⟦And the chairs, salvaged church pews, are a punishment after the first hour.⟧</p>
<p>Dessert restored our good mood: a brown butter tart with a wobble that would make a pastry chef weep, and a scoop of buttermilk ice cream. Service throughout was warm and well informed, and the staff were happy to talk about where the lamb came from without turning the explanation into a lecture.</p>
<p>Marrow &amp; Ash is not perfect, and it is not cheap. ⟦But it is the most confident new opening in the city this year, and I will be back.⟧</p>
<p>⟦About £140 for two with wine and service.⟧</p>""",
    kind="other", why="restaurant review with rating, prices and address box",
))

# ---------------------------------------------------------------- box-office report on a culture desk, reviews teased in the rail
PAGES.append(dict(
    case="en-news-boxoffice", lang="en", skin="daily", domain="eastbankstandard.example", site="The Eastbank Standard",
    url="https://eastbankstandard.example/culture/film/2026/03/16/paper-moons-tops-weekend-box-office/",
    h1="Paper Moons tops UK box office despite poor reviews",
    deck="The musical took £4.1m in its opening weekend, ahead of the animated sequel Burrow 2.",
    kicker="Film", authors=["Rafael Okoye"], byline_text="Rafael Okoye, Entertainment reporter",
    byline_html='By <a href="/author/rafael-okoye/">Rafael Okoye</a>, <em>Entertainment reporter</em>',
    ld_authors=["Rafael Okoye"], ld_type="NewsArticle", ld_section="Film",
    pub="2026-03-16T16:20:00+00:00", date="16 March 2026", strip="Monday, 16 March 2026",
    caption="⟪Audiences queue for Paper Moons at the Regal in Eastbank on Saturday.⟫",
    nav=["News", "Sport", "Business", "Food", "Going out", "Opinion", "Property", "Puzzles"],
    side=[("Most read", ["⟪Tram extension to open a month early, says mayor⟫", "Six new places to eat this spring"]),
          ("Reviews", [("★★☆☆☆", "⟪Paper Moons review – a musical without a tune⟫"), ("★★★★☆", "Marrow & Ash, Canal Street")], "reviews"),
          ("Opinion", [("Comment", "Cinema tickets are too expensive for families")], "opinion")],
    cookie="⟪This site uses cookies. By continuing you agree to our use of cookies.⟫",
    footer="⟪The Eastbank Standard is a member of the Independent Press Standards Organisation⟫",
    body="""<p>⟦The musical Paper Moons took £4.1 million at the UK and Irish box office in its opening weekend,⟧ making it the most successful release of the year so far despite largely negative reviews.</p>
<p>The film, a song-and-dance adaptation of the 1990s stage show, opened on 612 screens on Friday, according to figures published on Monday by the data firm Comscreen. That gave it an average of about £6,700 per screen, the highest of any wide release this year.</p>
<p>The animated sequel Burrow 2, which had led the chart for three weeks, fell to second place with £2.3 million, taking its total to £19.8 million. ⟦The thriller Low Tide at Carrow entered at number four with £910,000 from 288 screens.⟧</p>
<p>Paper Moons received mostly poor notices from critics. Several reviewers singled out its songs, newly written for the film, as weak compared with those of the original show. The film scored 38 per cent on one review aggregator on Monday.</p>
[[READ|⟪Paper Moons review – a musical without a tune⟫]]
<p>Cinema operators said the result showed that family audiences were returning in larger numbers. ⟦“Saturday afternoon felt like a bank holiday,” said Leanne Morrow, general manager of the Regal in Eastbank.⟧ “We added three extra screenings and sold most of them.”</p>
<p>Analysts said the strong opening was driven by group bookings and by the popularity of the stage show’s original cast recording, which has been streamed more than 200 million times. “Reviews matter less for event films aimed at families,” said Gareth Lyle, an analyst at the consultancy Frame Data. ⟦“The question is whether word of mouth holds up next weekend.”⟧</p>
<p>The total box office for the weekend was £11.6 million, up 14 per cent on the same weekend last year. Admissions for January and February combined were the highest for those months since 2019, according to the trade body representing cinema operators, which said ticket prices had risen more slowly than inflation over the period.</p>
<p>⟦The top five was completed by the comedy Second Honeymoon, with £640,000.⟧</p>""",
    kind="news", why="box-office report with figures and quoted analysts",
))

# ---------------------------------------------------------------- consumer recall report
PAGES.append(dict(
    case="en-news-airfryerrecall", lang="en", skin="daily", domain="westvalepost.example", site="The Westvale Post",
    url="https://www.westvalepost.example/news/consumer/air-fryer-recalled-after-overheating-reports-2026-01-27/",
    h1="Air fryer sold at three supermarket chains recalled after overheating reports",
    deck="Owners of the Kelvo AF-450 are told to stop using it immediately.",
    kicker="Consumer", authors=["Sunita Rao"], byline_text="Sunita Rao, Consumer affairs reporter",
    byline_html='<a class="byline__name" href="/people/sunita-rao/">Sunita Rao</a> <span class="byline__role">Consumer affairs reporter</span>',
    ld_authors=["Sunita Rao"], ld_type="NewsArticle", ld_section="Consumer",
    pub="2026-01-27T11:05:00+00:00", mod="2026-01-27T15:40:00+00:00", date="27 January 2026, 11:05 · Updated 15:40", strip="Tuesday 27 January 2026",
    caption="The Kelvo AF-450 was sold between September 2025 and January 2026. Photo: supplied",
    nav=["News", "Consumer", "Money", "Reviews", "Best buys", "Opinion", "Sport", "Weather"],
    side=[("Most read", ["⟪Westvale flood barrier test postponed after high winds⟫", "School meal prices to rise in April"]),
          ("Best buys", [("Tested", "⟪The best air fryers of 2026, tested in our kitchen⟫"), ("Tested", "Five kettles that will not scale up")], "reviews"),
          ("Opinion", [("Column", "⟪Why I stopped trusting five-star reviews⟫")], "opinion")],
    cookie="⟪We and our partners use cookies to personalise content.⟫",
    newsletter="⟪Sign up for Money Matters, our weekly consumer newsletter⟫",
    footer="⟪© 2026 Westvale Post. Part of Valley News Group.⟫",
    body="""<p>⟦An air fryer sold by three supermarket chains has been recalled after dozens of reports that it overheated,⟧ with several owners saying the plastic casing had melted.</p>
<p>The manufacturer, Kelvo Home, said on Tuesday that it was recalling all units of its AF-450 model sold since September. About 58,000 were sold in the UK, mainly through Brightmart, Halley’s and Foodfair, the company said.</p>
<p>The Office for Product Safety and Standards said it had received 37 reports of overheating, including four in which small fires started. ⟦Nobody is known to have been seriously injured.⟧ In one case a kitchen cupboard above the appliance was scorched, according to the regulator.</p>
<p>Kelvo Home said a fault in a temperature sensor could cause the heating element to keep running after the timer ended. “Customer safety is our highest priority, and we apologise to everyone affected,” the company said in a statement.</p>
[[AD]]
<h2>What to do if you own one</h2>
<ul>
<li>⟦Check the label on the base of the air fryer for the model number AF-450.⟧</li>
<li>Stop using it and unplug it straight away.</li>
<li>Return it to any branch of the shop where it was bought for a full refund, with or without a receipt.</li>
</ul>
<p>The recall is the second affecting an air fryer sold in the UK in the past year. A different brand withdrew about 12,000 units last April over a wiring fault.</p>
<p>Brightmart said it had removed the product from sale and would contact customers who bought it online. Foodfair said notices were being put up in its stores.</p>
<p>Martin Shaw, 62, from Westvale, said his unit had begun to smell of burning plastic while cooking chips last week. “I switched it off at the wall and the fan kept going,” he said. ⟦“I’m just glad I was standing next to it.”⟧</p>
<p>Consumer groups said the recall showed the importance of registering appliances with manufacturers. ⟦Owners with questions can call Kelvo Home’s free recall line.⟧</p>""",
    kind="news", why="report of a product recall with regulator figures",
))

# ---------------------------------------------------------------- obituary of a critic: warm, but reported
PAGES.append(dict(
    case="en-news-obituaryvale", lang="en", skin="daily", domain="westvalepost.example", site="The Westvale Post",
    url="https://www.westvalepost.example/news/obituaries/harriet-vale-restaurant-critic-dies-aged-81/",
    h1="Harriet Vale, restaurant critic who championed neighbourhood cafes, dies aged 81",
    deck="For three decades her Saturday reviews could fill a back-street kitchen for a month.",
    kicker="Obituaries", authors=["Malcolm Reyes"], byline_text="Malcolm Reyes",
    byline_html='By <a class="byline__name" href="/people/malcolm-reyes/">Malcolm Reyes</a>',
    ld_authors=["Malcolm Reyes"], ld_type="NewsArticle", ld_section="Obituaries",
    pub="2026-02-03T18:30:00+00:00", date="3 February 2026, 18:30", strip="Tuesday 3 February 2026",
    caption="⟪Harriet Vale at her desk at the Post in 1998.⟫ Photo: Westvale Post archive",
    nav=["News", "Consumer", "Money", "Reviews", "Best buys", "Opinion", "Sport", "Weather"],
    side=[("Most read", ["⟪Westvale flood barrier test postponed after high winds⟫", "School meal prices to rise in April"]),
          ("Opinion", [("Column", "⟪What Harriet taught me about eating out⟫"), ("Letters", "Your memories of Harriet Vale")], "opinion")],
    comments=[("Bev from Dunholme", "3 hours ago", "⟪She reviewed our chip shop in 1994 and we still have the cutting on the wall.⟫")],
    footer="⟪© 2026 Westvale Post. Part of Valley News Group.⟫",
    body="""<p>⟦Harriet Vale, who reviewed restaurants for the Westvale Post for 31 years, has died aged 81.⟧ Her family said she died peacefully at home in Dunholme on Sunday after a short illness.</p>
<p>Vale joined the Post as a subeditor in 1972 and began writing its Saturday restaurant column in 1987, when the paper’s previous critic retired. She wrote it every week until 2018, producing what colleagues estimate to be more than 1,500 reviews.</p>
<p>⟦She was best known for championing small, family-run cafes and takeaways⟧ at a time when most newspaper critics wrote about expensive restaurants. She reviewed fish and chip shops, Turkish bakeries and market stalls with the same seriousness as hotel dining rooms, and owners often said a good review from her could keep them busy for a month.</p>
<p>“She never once booked under her own name, and she never once let us pay,” said Ferhat Demir, whose family has run a kebab shop on Station Road since 1985. “She came back every year to see if we were still good. We always tried to be.”</p>
[[PHOTO|⟪Vale judging a pie competition at the Westvale show in 2003.⟫]]
<p>Born in Leeds in 1944, Vale trained as a secretary and moved to Westvale after her marriage to the printer Roy Vale, who died in 2009. ⟦She published two collections of her columns, Table for One (1996) and Second Helpings (2007).⟧</p>
<p>In 2011 she was named regional critic of the year by the Guild of Food Writers. Former editor Ann Pryce said Vale had been “the most read page in the paper for a generation” and recalled that readers sent her hand-drawn maps to cafes they thought she should visit.</p>
<p>After retiring she continued to write occasional pieces and judged the Westvale show’s baking competitions until 2023.</p>
<p>⟦She is survived by her daughter, Clare, two grandchildren and a great-grandson.⟧ A funeral will be held at St Anne’s Church, Dunholme, on 17 February.</p>""",
    kind="news", sure=True, why="obituary reported in third person with facts and quotes",
))
