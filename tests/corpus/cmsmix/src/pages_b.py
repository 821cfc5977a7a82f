"""Squarespace, Wix, Webflow, Tilda."""

PAGES = []

SQS_EN = dict(skip="Skip to Content", like="Like", reply="Reply", website="Website", comment_count="2 Comments", sort="Newest First",
              write="Preview Post Comment…", prev="Previous", next="Next", accept="Accept", decline="Decline",
              cookie="⟪This website uses cookies to improve your experience and analyze site traffic.⟫")

# ---------------------------------------------------------------- Squarespace: a ceramics studio's how-to, body in several html blocks
PAGES.append(dict(
    case="en-other-squarespace-glaze", lang="en", html_lang="en", country="US", skin="squarespace", domain="saltmarshclay.example", tz="America/Los_Angeles",
    site="Saltmarsh Clay Studio", collection="Journal", category="Studio Notes", active="Journal",
    url="https://www.saltmarshclay.example/journal/glazing-at-home-without-a-kiln-disaster",
    title_tag="Glazing at home without a kiln disaster: our five-step routine — Saltmarsh Clay Studio",
    h1="Glazing at home without a kiln disaster: our five-step routine",
    nav=["Shop", "Classes", "Open Studio", "Journal", "About"],
    authors=["Hana Whitcombe"], byline_text="Hana Whitcombe", byline="Hana Whitcombe", sqs_author="Hana Whitcombe",
    pub="2026-03-05T09:20:00-08:00", sqs_date="2026-03-05T09:20:00-0800", sqs_mod="2026-03-06T11:02:13-0800", date="Mar 5",
    bio="Hana founded Saltmarsh in 2017 after a decade of teaching high-school art. She fires everything in a converted garage in Richmond.",
    comments=[("Priya S.", "March 6, 2026", "⟪This is so helpful, I lost three mugs last month to glaze running onto the shelf.⟫"), ("Dave L.", "March 7, 2026", "Do you wax the foot ring or use a resist?")],
    prev="What we learned from a year of open studio nights", next="Meet the spring residents",
    footer_text="⟪1420 Cutting Blvd, Richmond, California — open Thursday to Sunday⟫", footer_small="© 2026 Saltmarsh Clay Studio. Made with Squarespace.",
    words=SQS_EN,
    blocks=[("html", """<p>⟦Most of the pots that students bring back to us in tears were not ruined by the kiln.⟧ They were ruined in the ten minutes before firing, at the kitchen table, by glaze that was too thick, too runny or in the wrong place. This is the routine we teach in every beginner class, written down so you can pin it above your workbench.</p>
<h3>1. Clean the bisque</h3>
<p>Wipe every piece with a damp sponge before you glaze. Dust and skin oils stop glaze from sticking, and the result is bare patches that crawl away from the clay in the firing. If you handle a piece a lot, wash your hands first and hold it by the foot.</p>"""),
            ("image", "⟪Test tiles for our spring celadon, fired at cone 6. Photo by Marco Ruiz.⟫"),
            ("html", """<h3>2. Stir longer than you think</h3>
<p>Glaze settles fast. ⟦Stir the bucket for a full two minutes, scraping the bottom, even if it looks ready.⟧ A glaze that has separated will go on thin at the top of the pot and thick at the bottom, and the thick part is the one that runs.</p>
<h3>3. Measure the thickness</h3>
<p>Dip a test tile for three seconds and scratch it with a needle tool once it is dry. For most of our studio glazes the layer should be about as thick as a credit card. If it is thicker, add water a spoonful at a time and test again.</p>"""),
            ("quote", ("Stir the bucket for a full two minutes, scraping the bottom, even if it looks ready.", "Studio rule no. 2")),
            ("html", """<h3>4. Keep the bottom centimetre bare</h3>
<p>⟦Wax the foot ring and the lowest centimetre of the wall before glazing,⟧ then sponge away any drops that land on the wax. Glaze melts and moves in the kiln, and a pot glued to the shelf is the most common disaster we see.</p>
<h3>5. Write down what you did</h3>
<p>Keep a notebook with the glaze, the number of dips and the seconds for each. It feels fussy until the day a piece comes out beautifully and you want to do it again.</p>"""),
            ("button", ("⟪Book a spring glazing workshop⟫", "/classes")),
            ("newsletter", ("⟪Studio letters, once a month⟫", "Kiln openings, new classes and the occasional seconds sale.", "Sign Up", "We respect your privacy.")),
            ("html", """<p>None of this is complicated, and most of it takes less time than choosing a colour. ⟦Do it every time, and the kiln will mostly give you the pots you meant to make.⟧</p>""")],
    kind="other", why="step-by-step glazing guide on a ceramics studio blog",
))

# ---------------------------------------------------------------- Squarespace: French architects' "Tribunes", opinion declared by category
PAGES.append(dict(
    case="fr-opinion-squarespace-demolir", lang="fr", html_lang="fr", country="FR", skin="squarespace", domain="atelierbrume.example", tz="Europe/Paris",
    site="Atelier Brume Architectes", collection="Journal", category="Tribunes", active="Journal",
    url="https://www.atelierbrume.example/journal/arretons-de-demolir-les-immeubles-des-annees-1970",
    title_tag="Arrêtons de démolir les immeubles des années 1970 — Atelier Brume Architectes",
    h1="Arrêtons de démolir les immeubles des années 1970",
    nav=["Projets", "Agence", "Journal", "Contact"],
    authors=["Élise Marchand"], byline_text="Élise Marchand", byline="Élise Marchand", sqs_author="Élise Marchand",
    pub="2026-02-12T08:00:00+01:00", sqs_date="2026-02-12T08:00:00+0100", date="12 févr. 2026",
    bio="⟪Architecte DPLG, associée fondatrice de l’agence, enseigne la réhabilitation à l’ENSA de Nantes.⟫",
    comments=[("Julien R.", "13 février 2026", "⟪Entièrement d’accord, mais qui paiera le surcoût des études ?⟫")],
    prev="Visite de chantier : la halle de Rezé", next="Trois questions sur le bois local",
    footer_text="⟪12 quai de la Fosse, 44000 Nantes — 02 40 00 00 00⟫", footer_small="© 2026 Atelier Brume Architectes",
    words=dict(skip="Passer au contenu", like="J’aime", reply="Répondre", website="Site web", comment_count="1 commentaire", sort="Les plus récents",
               write="Aperçu Publier un commentaire…", prev="Précédent", next="Suivant", accept="Accepter", decline="Refuser",
               cookie="⟪Ce site utilise des cookies pour améliorer votre expérience et analyser le trafic.⟫"),
    blocks=[("html", """<p>⟦Chaque année, des milliers de logements construits entre 1965 et 1980 sont démolis en France,⟧ au motif qu’ils seraient trop énergivores, trop laids ou trop coûteux à entretenir. Nous avons nous-mêmes répondu à des concours qui prévoyaient de les raser. Nous pensons aujourd’hui que c’est, dans la plupart des cas, une erreur.</p>
<p>Une démolition n’est jamais neutre. Elle jette à la benne des dizaines de milliers de tonnes de béton, dont la fabrication a déjà émis le carbone que l’on prétend économiser. Il faut ensuite reconstruire, ce qui en émet autant une seconde fois. Les calculs que nous avons menés sur trois opérations récentes sont sans appel : il faut plusieurs décennies pour que le bâtiment neuf, même très performant, rattrape ce bilan.</p>"""),
            ("image", "⟪Résidence des Dervallières, état existant. Photo : Atelier Brume⟫"),
            ("html", """<p>L’argument esthétique ne tient pas davantage. Ces immeubles ont souvent des qualités que l’on ne sait plus offrir : des logements traversants, de grandes surfaces vitrées, des loggias profondes, des espaces verts généreux entre les barres. ⟦Ce qui les rend invivables, c’est quarante ans d’entretien négligé, pas leur conception.⟧</p>
<p>Nous ne prétendons pas que tout doit être conservé. Certaines structures sont réellement dégradées, certains plans impossibles à adapter. Mais la démolition devrait être l’exception justifiée par un diagnostic, et non le point de départ des projets de rénovation urbaine.</p>"""),
            ("quote", ("Ce qui les rend invivables, c’est quarante ans d’entretien négligé, pas leur conception.", "Élise Marchand")),
            ("html", """<p>Concrètement, nous demandons trois choses. Que tout projet de démolition financé par l’argent public soit précédé d’une étude comparative de réhabilitation, rendue publique. Que le carbone déjà contenu dans les bâtiments soit pris en compte dans les calculs. ⟦Et que les habitants soient consultés avant que la décision ne soit prise, pas après.⟧</p>"""),
            ("line", ""),
            ("newsletter", ("⟪Recevez nos tribunes et nos visites de chantier⟫", "Une lettre par trimestre, pas plus.", "S’inscrire", "Nous respectons votre vie privée.")),
            ("html", """<p>⟦Réhabiliter demande plus d’études, plus de patience et plus de savoir-faire que démolir.⟧ C’est précisément pour cela que c’est notre métier.</p>""")],
    kind="opinion", why="architect's tribune arguing against demolishing 1970s housing",
))

# ---------------------------------------------------------------- Wix blog: an Italian cycling itinerary (guide)
PAGES.append(dict(
    case="it-other-wix-langhe", lang="it", skin="wix", domain="ruotelente.example",
    site="Ruote Lente", url="https://www.ruotelente.example/post/tre-giorni-nelle-langhe-in-bicicletta",
    h1="Tre giorni nelle Langhe in bicicletta: itinerario, soste e consigli",
    title_tag="Tre giorni nelle Langhe in bicicletta: itinerario, soste e consigli",
    nav=["Home", "Itinerari", "Attrezzatura", "Chi siamo", "Contatti"],
    authors=["Giulia Ferraris"], byline_text="Giulia Ferraris", wix_user="Giulia Ferraris",
    admin_badge='<span data-hook="user-badge" class="Ko1Y5z">Admin</span>',
    pub="2026-03-04T09:41:32.117Z", mod="2026-03-06T16:10:05.402Z", date="4 mar", date_title="4 mar 2026", updated="Aggiornamento: 6 mar", reading="5 min di lettura",
    categories=["Itinerari", "Piemonte"], tags=["langhe", "cicloturismo", "gravel"],
    views="1.284 visualizzazioni", ncomments="3 commenti", likes="41",
    recent=[("⟪Borse da bici: cosa portare per un weekend⟫", "512 visualizzazioni", "0 commenti"), ("Il Po in bicicletta da Torino a Casale", "2.040 visualizzazioni", "5 commenti")],
    comments=[("Marco B.", "5 mar", "⟪Fatto a ottobre seguendo il vostro giro, la salita di Serralunga è durissima!⟫"), ("Elena", "6 mar", "Consigli per il noleggio di e-bike ad Alba?")],
    footer="⟪© 2026 di Ruote Lente. Creato con Wix.com⟫", footer2="Per collaborazioni: ciao@ruotelente.example",
    words=dict(top="inizio pagina", bottom="fine pagina", site_word="Sito", more="Altre azioni", cat_label="Categorie del post", tags_label="Tag",
               share="Condividi su", copy="Copia link", like="Mi piace", reply="Rispondi", recent="Post recenti", see_all="Mostra tutti",
               comments="Commenti (3)", write="Scrivi un commento...", settings="Impostazioni", decline="Rifiuta", accept="Accetta",
               cookie="⟪Questo sito web utilizza i cookie. Utilizziamo i cookie per analizzare il traffico del sito⟫ e ottimizzare la tua esperienza."),
    body="""<p>⟦Le Langhe sono una delle zone più belle d’Italia da scoprire in bicicletta,⟧ a patto di non farsi spaventare dalle salite. In questo itinerario di tre giorni partiamo da Alba e ci torniamo, con circa 150 chilometri e 2.600 metri di dislivello in totale. Lo abbiamo percorso a fine settembre, durante la vendemmia, ma funziona bene da aprile a novembre.</p>
<h2>Giorno 1: Alba – Barolo (42 km)</h2>
<p>Si esce da Alba verso sud seguendo il Tanaro, su strade secondarie quasi piatte, fino a Roddi. Da lì comincia la prima vera salita verso Grinzane Cavour, dove vale la pena fermarsi a vedere il castello. ⟦Il pomeriggio si pedala tra i vigneti fino a La Morra,⟧ con il panorama più famoso della zona, e si scende a Barolo per la notte.</p>
<div data-breakout="normal" class="Fl4HgY"><div id="viewer-img01" class="zQyeVx"><div data-hook="imageViewer" class="kf9UJh"><img src="https://static.wixstatic.example/media/b3f1_lamorra~mv2.jpg/v1/fill/w_740,h_493/lamorra.jpg" alt="" width="740" height="493" loading="lazy"></div><figcaption class="J7v0Jw" data-hook="imageViewerCaption"><span dir="auto" class="Cv1i4r">⟪Il belvedere di La Morra al tramonto (foto di Giulia Ferraris)⟫</span></figcaption></div></div>
<h2>Giorno 2: Barolo – Monforte – Dogliani (48 km)</h2>
<p>È la tappa più dura. La salita da Barolo a Monforte d’Alba è corta ma ripida, e quella verso Serralunga mette alla prova chiunque abbia le borse cariche. In compenso, i paesi sono vicini e si trova sempre una fontana o un bar dove riempire le borracce.</p>
<p>Per pranzo consigliamo di fermarsi a Monforte, dove diverse trattorie propongono menu a prezzo fisso. Nel pomeriggio la strada verso Dogliani scende dolcemente tra noccioleti e boschi.</p>
<div class="Ye4RVT" data-hook="buttonViewer"><a href="https://www.ruotelente.example/gpx/langhe-3-giorni.gpx" class="dYSc6K" data-hook="buttonViewer-link">⟪Scarica la traccia GPX completa⟫</a></div>
<h2>Giorno 3: Dogliani – Alba (58 km)</h2>
<p>⟦L’ultimo giorno è il più lungo ma anche il più facile.⟧ Si attraversa la valle del Belbo verso Bossolasco e si rientra ad Alba passando per Diano d’Alba, con una lunga discesa finale.</p>
<h2>Consigli pratici</h2>
<ul><li><p>Prenotate gli alloggi in anticipo durante la stagione del tartufo, da ottobre a dicembre.</p></li><li><p>⟦Una bici con rapporti corti è più importante di una bici leggera.⟧</p></li><li><p>Molte cantine accettano visite solo su prenotazione.</p></li></ul>
<p>⟦Se avete domande sul percorso, scriveteci nei commenti: rispondiamo a tutti.⟧</p>""",
    exclude=["figcaption", "div.Ye4RVT"],
    kind="other", why="three-day cycling itinerary with practical tips",
))

# ---------------------------------------------------------------- Wix blog: Polish volunteer fire brigade news, organisation as the only author
PAGES.append(dict(
    case="pl-news-wix-osp", lang="pl", skin="wix", domain="osp-brzeziny.example",
    site="OSP Brzeziny", url="https://www.osp-brzeziny.example/post/nowy-woz-ratowniczo-gasniczy-juz-w-remizie",
    h1="Nowy wóz ratowniczo-gaśniczy już w remizie",
    title_tag="Nowy wóz ratowniczo-gaśniczy już w remizie",
    nav=["Strona główna", "Aktualności", "Historia", "Sprzęt", "Młodzieżowa Drużyna", "Kontakt"],
    authors=None, byline_text="OSP Brzeziny", wix_user="OSP Brzeziny",
    pub="2026-03-05T15:20:11.081Z", date="5 mar", date_title="5 mar 2026", reading="2 min czytania",
    categories=["Aktualności"], tags=["sprzęt", "⟪dotacje⟫"],
    views="238 wyświetleń", ncomments="2 komentarze", likes="57",
    recent=[("⟪Ćwiczenia z ratownictwa wodnego na zalewie⟫", "190 wyświetleń", "0 komentarzy"), ("Podsumowanie roku 2025", "402 wyświetleń", "1 komentarz")],
    comments=[("Anna K.", "5 mar", "⟪Gratulacje dla całej jednostki, w końcu się udało!⟫"), ("Tomek", "6 mar", "Kiedy dzień otwarty?")],
    footer="⟪Ochotnicza Straż Pożarna w Brzezinach, ul. Strażacka 3⟫", footer2="© 2026 OSP Brzeziny. Stworzone przy użyciu Wix.com",
    words=dict(top="początek strony", bottom="koniec strony", site_word="Witryna", more="Więcej działań", cat_label="Kategorie posta", tags_label="Tagi",
               share="Udostępnij na", copy="Kopiuj link", like="Lubię to", reply="Odpowiedz", recent="Ostatnie posty", see_all="Zobacz wszystkie",
               comments="Komentarze (2)", write="Napisz komentarz...", settings="Ustawienia", decline="Odrzuć", accept="Akceptuj",
               cookie="⟪Ta strona używa plików cookie. Używamy plików cookie do analizy ruchu⟫ i optymalizacji Twoich doświadczeń."),
    body="""<p>⟦W środę po południu do remizy Ochotniczej Straży Pożarnej w Brzezinach dotarł nowy średni samochód ratowniczo-gaśniczy.⟧ Pojazd na podwoziu z napędem 4x4 zastąpi wysłużonego Stara z 1994 roku, który przez ponad trzydzieści lat wyjeżdżał do pożarów, wypadków i podtopień w całej gminie.</p>
<p>Samochód ma zbiornik na 3000 litrów wody i 300 litrów środka pianotwórczego, autopompę, maszt oświetleniowy oraz zestaw narzędzi hydraulicznych do ratownictwa drogowego. ⟦Kosztował 1,29 mln zł, z czego 800 tys. zł pokryła dotacja⟧ z Wojewódzkiego Funduszu Ochrony Środowiska, a resztę gmina i Krajowy System Ratowniczo-Gaśniczy.</p>
<h2>Kilka tygodni szkoleń</h2>
<p>Zanim wóz wyjedzie do pierwszej akcji, druhowie muszą przejść szkolenie z obsługi nowego sprzętu. Jak poinformował prezes jednostki Stanisław Wójcik, potrwa ono około trzech tygodni. ⟦„To dla nas ogromna zmiana, stary samochód często nie odpalał zimą”⟧ – powiedział prezes.</p>
<p>Starania o nowy samochód trwały trzy lata. Wniosek o dotację jednostka składała dwukrotnie, a mieszkańcy gminy zebrali podczas festynów i kwest ponad 40 tys. zł na dodatkowe wyposażenie, w tym sprzęt do ratownictwa medycznego i kamerę termowizyjną.</p>
<p>W ubiegłym roku OSP Brzeziny wyjeżdżała do 112 zdarzeń, w tym do 41 pożarów i 37 wypadków drogowych. Jednostka liczy 46 członków, w tym 24 ratowników uprawnionych do udziału w akcjach.</p>
<p>⟦Uroczyste poświęcenie samochodu zaplanowano na 4 maja, w dniu świętego Floriana.⟧</p>""",
    kind="news", why="fire brigade news report on a new fire engine",
))

# ---------------------------------------------------------------- Webflow: SaaS customer story (marketing), body in three rich-text blocks around a CTA and a testimonial
_WF_EN = dict(nl_h="⟪Get practice growth tips every other week⟫", nl_t="Join 12,000 dental teams who read our newsletter.", email="Work email", wait="Please wait...",
              subscribe="Subscribe", done="Thank you! Your submission has been received!", fail="Oops! Something went wrong while submitting the form.", related="Related articles")
PAGES.append(dict(
    case="en-other-webflow-noshows", lang="en", skin="webflow", domain="chairside.example", secpath="blog",
    site="Chairside", url="https://www.chairside.example/blog/larkfield-dental-cut-no-shows-by-38-percent",
    h1="How Larkfield Dental cut no-shows by 38% with two-way text reminders",
    title_tag="How Larkfield Dental cut no-shows by 38% | Chairside Blog",
    og_title="Customer story: Larkfield Dental cuts no-shows by 38%",
    meta_pub=False, ld=False, last_published="Tue Mar 10 2026 16:02:11 GMT+0000 (Coordinated Universal Time)",
    authors=["Owen Park"], byline_text="Written by Owen Park", pub="2026-03-10T00:00:00+00:00",
    body_class="body-blog", active="Blog", nav=["Product", "Pricing", "Customers", "Blog", "Log in"], nav_cta=("Book a demo", "/demo"),
    hero="""<div class="section-hero cc-blog-post"><div class="container-large"><div class="blog-post-header"><a href="/blog-category/customer-stories" class="category-pill w-inline-block"><div>Customer stories</div></a>
<h1 class="heading-blog-post">How Larkfield Dental cut no-shows by 38% with two-way text reminders</h1>
<div class="blog-post-meta"><div class="author-row"><img src="https://cdn.prod.website-files.example/av/owen.jpg" loading="lazy" alt="" class="author-avatar"/><div class="text-size-small">Written by Owen Park</div></div><div class="text-size-small text-color-grey">March 10, 2026</div><div class="text-size-small text-color-grey">6 min read</div></div>
<img src="https://cdn.prod.website-files.example/hero/larkfield.jpg" loading="eager" alt="The Larkfield Dental front desk" class="blog-hero-image"/></div></div></div>
""",
    toc="""<div class="toc-sidebar"><div class="toc-heading">On this page</div><div class="toc-links"><a href="#problem" class="toc-link">The problem</a><a href="#setup" class="toc-link">The setup</a><a href="#results" class="toc-link">Results after six months</a></div><div class="toc-share"><div class="text-size-tiny">⟪Share this article⟫</div><a href="#" class="share-link w-inline-block"><img src="/img/linkedin.svg" alt="LinkedIn"/></a><a href="#" class="share-link w-inline-block"><img src="/img/x.svg" alt="X"/></a></div></div>""",
    sections=[("rich", """<p>⟦Larkfield Dental is a four-chair family practice on the edge of Dayton, Ohio.⟧ Two years ago, roughly one in seven booked appointments ended with an empty chair and no phone call. For a practice of that size, that meant about 60 lost hours a month.</p>
<h2 id="problem">The problem</h2>
<p>The practice already sent reminders, but they were one-way emails that many patients never opened. When patients wanted to reschedule, they had to call during office hours, and the front desk was often busy with patients in the waiting room.</p>
<p>“We were losing appointments not because people didn’t care, but because changing them was a hassle,” says office manager Rita Delgado.</p>""", "blog-rich-text"),
              ("cta", """<div class="cta-inline cc-dark"><div class="cta-inline-content"><h3 class="heading-cta">⟪See how many hours your practice loses to no-shows⟫</h3><p class="paragraph-cta">Our free calculator takes two minutes.</p><a href="/no-show-calculator" class="button cc-white w-button">Try the calculator</a></div></div>""", ""),
              ("rich", """<h2 id="setup">The setup</h2>
<p>Larkfield switched on Chairside’s two-way text reminders in March of last year. ⟦Patients now receive a text three days before their visit and can reply C to confirm⟧ or R to get a link with open slots. Changes go straight into the practice’s schedule, and the front desk sees a list of open gaps every morning.</p>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.example/img/reminder-screen.png" loading="lazy" alt=""/></div><figcaption>⟪A two-way reminder as patients see it on their phone⟫</figcaption></figure>
<p>The team also added a waitlist. When someone cancels, the next patient on the list gets a text offering the slot.</p>""", "blog-rich-text-2"),
              ("testimonial", """<div class="testimonial-card"><div class="testimonial-quote">⟪“Our mornings are calmer. We spend our time on patients instead of voicemail.”⟫</div><div class="testimonial-author"><img src="/img/rita.jpg" alt="" class="testimonial-avatar"/><div><div class="testimonial-name">Rita Delgado</div><div class="testimonial-role">Office Manager, Larkfield Dental</div></div></div></div>""", ""),
              ("rich", """<h2 id="results">Results after six months</h2>
<p>Between April and September, the share of missed appointments fell from 14.2% to 8.8%, a drop of 38%. About a third of cancellations were filled from the waitlist on the same day.</p>
<p>⟦The practice estimates it recovered around 23 chair hours a month.⟧ Delgado says the biggest change is less visible: fewer tense phone calls and a front desk that is no longer always behind.</p>
<p>⟦Larkfield now plans to use the same texts for recall reminders.⟧</p>""", "blog-rich-text-3")],
    exclude=["figcaption"],
    related=[("⟪Five scripts for confirming appointments by phone⟫", "Guides", "Copy, paste and adapt for your front desk."), ("What patients want from online booking", "Research", "We surveyed 2,400 patients in 2025.")],
    tagline="Scheduling and reminders for independent dental practices.", footer="© 2026 Chairside, Inc. All rights reserved.",
    footer_cols=[("Product", ["Reminders", "Online booking", "Waitlist"]), ("Company", ["About", "Careers", "Press"])],
    words=_WF_EN,
    kind="other", why="vendor customer story marketing its product",
))

# ---------------------------------------------------------------- Webflow: French startup news site, JSON-LD in custom code, body in two fields
PAGES.append(dict(
    case="fr-news-webflow-batteries", lang="fr", skin="webflow", domain="pepites-tech.example", secpath="articles",
    site="Pépites Tech", url="https://www.pepites-tech.example/articles/volteo-leve-12-millions-batteries-velo",
    h1="La start-up lyonnaise Voltéo lève 12 millions d’euros pour ses batteries de vélo",
    title_tag="Voltéo lève 12 millions d’euros | Pépites Tech",
    meta_pub=False, last_published="Wed Mar 11 2026 07:48:19 GMT+0000 (Coordinated Universal Time)",
    authors=["Hugo Lefèvre"], byline_text=None, pub="2026-03-11T06:30:00+01:00",
    custom_head='<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Voltéo lève 12 millions d’euros pour ses batteries de vélo","datePublished":"2026-03-11T06:30:00+01:00","author":{"@type":"Person","name":"Hugo Lefèvre"},"publisher":{"@type":"Organization","name":"Pépites Tech"}}</script>',
    body_class="body", active="Levées de fonds", nav=["Actualités", "Levées de fonds", "Portraits", "Événements", "Emploi"], nav_cta=("Newsletter", "#newsletter"),
    banner='<div class="cookie-banner"><div class="cookie-text">⟪Nous utilisons des cookies pour mesurer l’audience de ce site.⟫</div><a href="#" class="cookie-button w-button">OK</a></div>\n',
    hero="""<div class="section-article-header"><div class="container-article"><div class="breadcrumb-wrapper"><a href="/" class="breadcrumb-link">Accueil</a><div class="breadcrumb-sep">/</div><a href="/categories/levees-de-fonds" class="breadcrumb-link">Levées de fonds</a></div>
<h1 class="article-title">La start-up lyonnaise Voltéo lève 12 millions d’euros pour ses batteries de vélo</h1>
<div class="chapo">La jeune pousse, qui reconditionne des batteries de vélos électriques, veut ouvrir deux ateliers supplémentaires d’ici 2027.</div>
<div class="article-meta"><div class="article-date">Publié le 11 mars 2026</div><div class="article-readtime">3 min</div></div></div></div>
""",
    sections=[("rich", """<p>⟦Voltéo, une start-up lyonnaise spécialisée dans le reconditionnement de batteries de vélos électriques,⟧ annonce ce mercredi une levée de fonds de 12 millions d’euros. Le tour de table est mené par le fonds Rhône Impact, accompagné de Bpifrance et de plusieurs business angels du secteur du cycle.</p>
<p>Fondée en 2021 par Sarah Benali et Thomas Giraud, deux anciens ingénieurs d’un équipementier automobile, l’entreprise remplace les cellules usées des batteries plutôt que de les jeter. Selon ses dirigeants, une batterie reconditionnée coûte en moyenne 40 % de moins qu’une batterie neuve et retrouve plus de 90 % de son autonomie d’origine.</p>
<p>⟦« Une batterie de vélo sur deux est jetée alors que seules quelques cellules sont défectueuses »⟧, explique Sarah Benali.</p>""", "rich-text-article"),
              ("embed", """<div class="newsletter-inline"><div class="newsletter-inline-title">⟪Chaque mardi, les levées de fonds de la semaine dans votre boîte mail⟫</div><a href="#newsletter" class="button-small w-button">Je m’abonne</a></div>""", ""),
              ("rich", """<h2>Deux nouveaux ateliers</h2>
<p>Voltéo emploie aujourd’hui 38 personnes dans son atelier de Vénissieux et a traité près de 20 000 batteries l’an dernier, principalement pour des réseaux de magasins et des flottes de vélos en libre-service. ⟦Les fonds serviront à ouvrir deux ateliers, à Nantes et à Strasbourg,⟧ et à développer un outil de diagnostic destiné aux vélocistes.</p>
<p>La start-up entend également profiter de la future obligation européenne de réparabilité des batteries, qui doit entrer en vigueur en 2027. ⟦Elle vise un chiffre d’affaires de 15 millions d’euros d’ici trois ans.⟧</p>""", "rich-text-article-2")],
    related=[("⟪Cyclofab rachète son concurrent bordelais⟫", "Actualités", ""), ("Cinq start-up du vélo à suivre en 2026", "Dossier", "")],
    tagline="Le média des start-up de la région Auvergne-Rhône-Alpes.", footer="© 2026 Pépites Tech — Mentions légales",
    footer_cols=[("Rubriques", ["Actualités", "Portraits"]), ("À propos", ["L’équipe", "Contact"])],
    words=dict(nl_h="⟪La newsletter des start-up de la région⟫", nl_t="Gratuite, chaque mardi matin.", email="Votre e-mail", wait="Patientez...",
               subscribe="S’abonner", done="Merci ! Votre inscription a bien été prise en compte.", fail="Oups ! Une erreur est survenue.", related="À lire aussi"),
    kind="news", why="startup funding news report",
))

# ---------------------------------------------------------------- Tilda: a page of blocks (Russian hiking guide); no <h1>, no metadata dates
PAGES.append(dict(
    case="ru-other-tilda-altai", lang="ru", skin="tilda_page", domain="altai-bez-speshki.example", project="4418207", page_id="51230987", rec_base="713400000",
    site="Алтай без спешки", url="https://altai-bez-speshki.example/guide/first-trip",
    title_tag="Первый поход на Алтай: как подготовиться за месяц",
    h1="Первый поход на Алтай: как подготовиться за месяц",
    nav=["Маршруты", "Расписание", "Гиды", "Снаряжение", "Контакты"], menu_btn=("Записаться", "#order"),
    authors=["Анна Смирнова"], byline_text="Текст: Анна Смирнова", pub="2026-03-12T00:00:00+07:00",
    footer="⟪© 2026 Клуб «Алтай без спешки»⟫", footer_h="Контакты", footer_contacts="⟪Барнаул, ул. Пролетарская, 65, офис 12⟫<br>+7 (3852) 00-00-00",
    cookie=("⟪Мы используем файлы cookie, чтобы сайт работал лучше.⟫", "Хорошо"),
    records=[("title", ("Гид для новичков · 12 марта 2026", "Первый поход на Алтай: как подготовиться за месяц", "Что взять, как тренироваться и о чём договориться заранее")),
             ("text", """⟦Каждую весну нам пишут десятки людей, которые ни разу не ходили в горы, но хотят начать сразу с Алтая.⟧ Это хорошая идея: маршруты первой категории сложности здесь красивые и при этом доступны новичкам. Но месяц подготовки сильно изменит то, как вы проведёте эти семь дней — с удовольствием или на пределе сил."""),
             ("heading", "Физическая подготовка"),
             ("text", """Главное в походе — не сила, а выносливость. За месяц до выезда начните ходить пешком не меньше часа в день, а по выходным устраивайте длинные прогулки на пятнадцать–двадцать километров.<br /><br />⟦Если есть возможность, поднимайтесь по лестнице с рюкзаком весом восемь–десять килограммов.⟧ Колени скажут вам спасибо на первом же спуске."""),
             ("image", "Группа на перевале Кара-Тюрек"),
             ("heading", "Снаряжение"),
             ("text", """Большую часть снаряжения можно взять у нас напрокат, но обувь должна быть своей и разношенной. Новые ботинки, купленные за неделю до похода, — самая частая причина мозолей и испорченного настроения.<br /><br /><strong>Обязательно возьмите:</strong><br />— непромокаемую куртку и штаны;<br />— тёплую флисовую кофту, даже в июле;<br />— налобный фонарь и запасные батарейки;<br />— ⟦личную аптечку с лекарствами, которые вы принимаете постоянно.⟧"""),
             ("quote", ("«Погода в горах меняется за полчаса. Я видел снег в августе и жару в сентябре».", "Игорь Ткаченко, старший инструктор клуба")),
             ("form", ("⟪Запишитесь на весенний поход⟫", "Оставьте телефон — мы перезвоним и ответим на вопросы.", "Отправить")),
             ("heading", "Документы и страховка"),
             ("text", """Часть маршрутов проходит по территории заповедника и приграничной зоны, поэтому за две–три недели нужно оформить пропуск. Мы делаем это за участников, но нам понадобятся паспортные данные.<br /><br />Обязательно купите страховку, которая покрывает активный отдых и эвакуацию вертолётом. Обычный полис для путешествий такие случаи, как правило, не включает."""),
             ("text", """И последнее: не бойтесь спрашивать. ⟦Лучше задать инструктору десять глупых вопросов до похода, чем один — на перевале.⟧"""),
             ("byline", "Текст: Анна Смирнова, инструктор клуба")],
    exp_pub="2026-03-12", exp_title="Первый поход на Алтай: как подготовиться за месяц",
    kind="other", why="preparation guide for a first hiking trip",
))

# ---------------------------------------------------------------- Tilda Feeds: a column on a city magazine, tag "Колонки", odd JSON-LD date
PAGES.append(dict(
    case="ru-opinion-tilda-olimpiady", lang="ru", skin="tilda_feed", domain="gorodskie-zametki.example", project="3301776", page_id="40077120", rec_base="598110000",
    site="Городские заметки", url="https://gorodskie-zametki.example/tpost/k2b8r1u5n1-olimpiadi-prevratilis-v-gonku-roditelei",
    title_tag="Олимпиады превратились в гонку родителей. Пора это остановить",
    h1="Олимпиады превратились в гонку родителей. Пора это остановить",
    nav=["Новости", "Колонки", "Город", "Афиша", "О нас"], menu_btn=("Подписаться", "https://t.example/gorodskie_zametki"),
    authors=["Ольга Петрова"], byline_text="Ольга Петрова", byline="Ольга Петрова", ld_authors=["Ольга Петрова"],
    pub="2026-03-12T10:00:00+03:00", tilda_date="2026-03-12MSK10:00:00+03:00", date="12 марта 2026", tag="Колонки", back="Все колонки",
    share_word="Поделиться", rel_title="Читайте также",
    related=[("⟪Почему во дворах исчезли лавочки⟫", "5 марта 2026"), ("Школьная форма: за и против", "26 февраля 2026"), ("Колонка: зачем городу ночные автобусы", "19 февраля 2026")],
    footer="© 2026 «Городские заметки». Свидетельство о регистрации СМИ ЭЛ № ФС 77-00000", footer_h="Редакция", footer_contacts="⟪Пишите нам: redaktsiya@gorodskie-zametki.example⟫",
    cookie=("⟪Продолжая пользоваться сайтом, вы соглашаетесь на использование cookie.⟫", "Принять"),
    body="""<div class="t-redactor__text">⟦Я двадцать лет готовлю школьников к олимпиадам по математике⟧ и никогда ещё не видела столько уставших десятилетних детей, как в этом году. Они приходят на занятия после двух репетиторов и онлайн-курса, решают задачи без интереса и спрашивают не «почему так», а «это будет на региональном этапе?».</div>
<div class="t-redactor__text">Олимпиады задумывались как праздник для тех, кому интересно думать. Сегодня они всё больше похожи на соревнование родителей: кто раньше нашёл хорошего тренера, кто купил больше курсов, кто записал ребёнка на большее число конкурсов. Льготы при поступлении, которые дают дипломы, только подливают масла в огонь.</div>
<h2 class="t-redactor__h2">Что мы теряем</h2>
<div class="t-redactor__text">Мы теряем детей, которым математика могла бы понравиться. ⟦Ребёнок, которого в девять лет заставили решать по двадцать задач в день, в пятнадцать обычно бросает.⟧ А ребёнок, который просто любит головоломки, но не попал в «олимпиадную группу», решает, что математика не для него.</div>
<blockquote class="t-redactor__quote">Ребёнок, которого в девять лет заставили решать по двадцать задач в день, в пятнадцать обычно бросает.</blockquote>
<figure class="t-redactor__figure"><img src="https://static.tildacdn.example/tild6231/lesson.jpg" alt=""><figcaption class="t-redactor__figcaption">⟪Занятие математического кружка в школе № 9. Фото: Денис Орлов⟫</figcaption></figure>
<div class="t-redactor__embedcode"><div class="tg-promo"><a href="https://t.example/gorodskie_zametki">⟪Подписывайтесь на наш телеграм-канал⟫</a></div></div>
<h2 class="t-redactor__h2">Что можно изменить</h2>
<div class="t-redactor__text">Я не предлагаю отменить олимпиады. Я предлагаю вернуть им смысл. Школьный этап для младших классов можно проводить без рейтингов и публичных таблиц. Кружки должны быть бесплатными и открытыми для всех, а не только для тех, кто прошёл отбор. А родителям стоит честно спросить себя, чья это мечта — ребёнка или их собственная.</div>
<div class="t-redactor__text">⟦Лучшая олимпиадная подготовка, которую я знаю, — это интерес.⟧ Его нельзя купить на курсах, но его очень легко убить. ⟦Давайте хотя бы не мешать детям думать в своё удовольствие.⟧</div>""",
    exclude=["figcaption", "div.t-redactor__embedcode"],
    kind="opinion", why="teacher's column arguing against pressure around school olympiads",
))
