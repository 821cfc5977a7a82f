"""Danish pages of nordicmix (5): a Ritzau story with the /ritzau/ sign-off, a political Analyse filed under
Kommentarer (news, unsure), a story with an embedded podcast split by ads, an unsigned Leder, a recipe."""

PAGES = []

# ---------------------------------------------------------------- 12. Ritzau story on a regional daily
MD_NAV = ["Nyheder", "Randers", "Viborg", "Silkeborg", "Sport", "Erhverv", "Kultur", "Debat", "Leder", "Kommentarer", "112"]
PAGES.append(dict(
    case="da-news-nordic-fugleinfluenza", lang="da", html_lang="da-DK", skin="nordic", domain="www.midtjyskdagblad.example", site="Midtjysk Dagblad", secpath="randers",
    url="https://www.midtjyskdagblad.example/randers/fugleinfluenza-fundet-i-stor-hoensebesaetning-ved-randers",
    h1="Fugleinfluenza fundet i stor hønsebesætning ved Randers",
    deck="Alle 38.000 høns i besætningen skal aflives. Der er oprettet en beskyttelseszone på tre kilometer.",
    kicker="Randers", authors=None, byline_html="Ritzau",
    ld_authors=["org:Ritzau"], ld_type="NewsArticle", ld_section="Randers",
    pub="2026-03-05T10:32:00+01:00", date="5. marts 2026 kl. 10.32", updated="Opdateret 5. marts 2026 kl. 12.15", today="Torsdag d. 5. marts 2026",
    nav=MD_NAV, subnav=["Debat", "Leder", "Kommentarer", "Læserbreve", "Kronik"],
    cookie="Vi og vores samarbejdspartnere bruger cookies til at huske dine indstillinger, lave statistik og vise annoncer.",
    cookie_title="Vi passer på dine data",
    ticker=["Trafikuheld på E45 ved Hobro – én kørebane spærret", "Randers FC henter forsvarsspiller"],
    caption="⟪Fødevarestyrelsens medarbejdere ved besætningen nord for Randers torsdag morgen.⟫ Foto: Bo Amstrup/Ritzau Scanpix",
    side=[("Mest læste", ["⟪Kendt bager i Randers lukker efter 60 år⟫", "Her bliver der bygget 200 nye boliger", "Politiet efterlyser vidner til indbrud"]),
          ("Debat og kommentarer", [("Leder", "Landbruget skal ikke stå alene med smitten"), ("Kommentar", "Fugleinfluenzaen er kommet for at blive"),
                                    ("Debat", "⟪Lad hønsene komme ud – men med omtanke⟫")])],
    tags=["Fugleinfluenza", "Landbrug", "Randers"],
    related=["Sådan beskytter du dine egne høns mod fugleinfluenza", "Eksperter: Smitten kommer med trækfuglene"],
    footer="⟪© Midtjysk Dagblad 2026. Ansvarshavende chefredaktør: Jens Holm.⟫", footer_nav=["Kontakt", "Cookiepolitik", "Privatlivspolitik", "Annoncer"],
    body="""⟦Fødevarestyrelsen har konstateret fugleinfluenza i en besætning med 38.000 æglæggende høns nord for Randers.⟧ Det oplyser styrelsen torsdag.

Alle dyr i besætningen vil blive aflivet i løbet af de kommende dage, og der er oprettet en beskyttelseszone på tre kilometer og en overvågningszone på ti kilometer omkring gården.

»Det er en alvorlig situation for ejeren og for branchen. ⟦Vi gør alt, hvad vi kan, for at forhindre, at smitten spreder sig⟧«, siger kontorchef i Fødevarestyrelsen Hanne Kirkegaard.

[[READ|⟪Fugleinfluenza: Her er de nye regler for fjerkræ⟫]]

Det er den syvende besætning i Danmark med fugleinfluenza i denne sæson. De tidligere tilfælde har været i Sønderjylland og på Fyn.

[[AD]]

[[H|Fuglene skal holdes inde]]

Styrelsen har siden februar påbudt, at alt fjerkræ i landet skal holdes indendørs eller under net. ⟦Påbuddet gælder også for private hønsehold med få dyr.⟧

Ifølge Statens Serum Institut er risikoen for, at mennesker smittes, fortsat meget lav. Man bør dog undgå at røre ved døde vilde fugle og i stedet melde fundet til Fødevarestyrelsen.

Landbrug &amp; Fødevarer oplyser, at udbruddet kan få betydning for eksporten af æg og fjerkræ til lande uden for EU, som i nogle tilfælde stopper importen fra hele Danmark.

Danmark har i dag omkring 350 erhvervsbesætninger med fjerkræ. Hver gang der konstateres smitte, skal alle dyr aflives, og ejeren får erstatning for dyrenes værdi.

Ejeren af besætningen opdagede torsdag i sidste uge, at usædvanligt mange høns var døde i en af staldene, og kontaktede straks sin dyrlæge. Prøverne blev analyseret på Statens Serum Institut, som onsdag aften bekræftede, at der var tale om den højpatogene type H5N1.

Inden for beskyttelseszonen må der ikke flyttes fjerkræ, æg eller gødning uden tilladelse, og private hønseejere i området skal registrere deres dyr hos Fødevarestyrelsen.

⟦Fødevarestyrelsen forventer at ophæve zonerne tidligst om 30 dage.⟧

[[TEXT|/ritzau/]]""",
    kind="news", why="agency report on a bird flu outbreak",
))

# ---------------------------------------------------------------- 13. Analyse filed under Kommentarer, written as reporting
MP_NAV = ["Nyheder", "Politik", "Indland", "Udland", "Erhverv", "Kultur", "Sport", "Debat", "Kommentarer", "Leder", "Kronik"]
PAGES.append(dict(
    case="da-news-nordic-sygehusplan", lang="da", html_lang="da-DK", skin="nordic", domain="www.morgenposten.example", site="Morgenposten", secpath="kommentarer",
    url="https://www.morgenposten.example/kommentarer/art10422871/analyse-derfor-er-forhandlingerne-om-sygehusplanen-gaaet-i-hardknude",
    h1="Derfor er forhandlingerne om sygehusplanen gået i hårdknude",
    deck="Regeringen ønskede en aftale inden påske. Nu peger alt på, at den først kommer efter sommerferien.",
    kicker="Analyse", kicker_path="kommentarer", authors=["Rasmus Winther"],
    byline_html='Af <a href="/skribent/rasmus-winther">Rasmus Winther</a>', role="politisk analytiker",
    ld_authors=["Rasmus Winther"], ld_type="NewsArticle", ld_section="Kommentarer",
    pub="2026-03-06T05:00:00+01:00", date="6. marts 2026 kl. 05.00", today="Fredag d. 6. marts 2026",
    nav=MP_NAV, subnav=["Kommentarer", "Leder", "Debat", "Kronik", "Analyse"],
    cookie="Morgenposten og vores partnere bruger cookies og lignende teknologier til at måle trafik og tilpasse annoncer.",
    ticker=["Statsministeren mødes med Grønlands landsstyreformand", "Inflationen faldt til 1,9 procent i februar"],
    caption="⟪Sundhedsministeren på vej til forhandlinger i Sundhedsministeriet torsdag.⟫ Foto: Morgenposten",
    audio="Lyt til artiklen · 6 min",
    side=[("Mest læste", ["⟪Skat sender 40.000 forkerte årsopgørelser ud⟫", "Ny måling: Regeringspartierne går tilbage", "Familie mister huset efter fejl i tinglysningen"]),
          ("Kommentarer", [("Kommentar", "Regeringen har forregnet sig på sygehusene"), ("Leder", "Lokalsygehusene er ikke en luksus"),
                           ("Kronik", "⟪Patienterne skal have et sted at gå hen om natten⟫")]),
          ("Annonce", ["Sådan får du mere ud af din pensionsopsparing"])],
    tags=["Sundhed", "Sygehuse", "Christiansborg"],
    related=["Sådan ser regeringens sygehusplan ud", "Borgmestre går sammen mod lukning af akutklinikker"],
    comments=[("Peter L.", "6. marts 2026", "⟪God gennemgang, men hvad mener regionerne selv?⟫")],
    footer="⟪© Morgenposten 2026. Ansvarshavende chefredaktør: Line Bach.⟫", footer_nav=["Kundeservice", "Cookies", "Privatliv", "Kontakt redaktionen"],
    body="""⟦Da sundhedsministeren i januar inviterede partierne til forhandlinger om en ny sygehusplan⟧, var målet en aftale inden påske. Efter syv forhandlingsmøder er parterne ifølge flere kilder tættere på et sammenbrud end på et forlig.

Uenigheden handler grundlæggende om tre ting: akutklinikkerne, pengene og tidsplanen.

[[H|Akutklinikkerne er den største knast]]

Regeringens udspil lægger op til at samle akutberedskabet på 18 sygehuse i stedet for de nuværende 21. ⟦Det betyder, at tre akutklinikker i Jylland og på Sjælland skal lukke om natten.⟧ For Venstre og Dansk Folkeparti, som har mange vælgere i de berørte områder, er det ifølge kilder tæt på forhandlingerne en betingelse at holde klinikkerne åbne.

Regeringen har til gengæld argumenteret med, at det er svært at bemande klinikkerne med speciallæger, og at patienterne får bedre behandling på de store akutsygehuse.

[[AD]]

[[H|Et milliardhul i finansieringen]]

Planen er beregnet til at koste 4,2 milliarder kroner over fem år. Finansministeriet har ifølge et notat, som Morgenposten har set, kun afsat 2,8 milliarder. De resterende penge skal findes ved effektiviseringer, som regionerne kalder urealistiske.

»Vi kan ikke spare os til flere sengepladser«, sagde formanden for Danske Regioner, Anette Lund, på et samråd i sidste uge.

[[READ|⟪Overblik: Her er de 21 akutklinikker⟫]]

[[H|Tiden arbejder mod en aftale]]

Samtidig nærmer kommunal- og regionsvalget sig. ⟦Flere partier har en interesse i at vente med at tage stilling til lukninger⟧, og det gør en aftale før sommerferien mindre sandsynlig.

I Sundhedsministeriet lyder det, at regeringen fortsat ønsker en bred aftale, men at ministeren er klar til at ændre antallet af akutklinikker, hvis finansieringen kan sikres. Det budskab gentog hun torsdag efter mødet.

⟦Næste forhandlingsmøde er sat til den 18. marts.⟧""",
    kind="news", sure=False, why="labelled Analyse in Kommentarer, but reports sourced positions",
))

# ---------------------------------------------------------------- 14. Story with an embedded podcast, split by ads
OJ_NAV = ["Nyheder", "Aarhus", "Østjylland", "Sport", "AGF", "Kultur", "Mad og byliv", "Debat", "Leder", "Podcast"]
PAGES.append(dict(
    case="da-news-nordic-vinterbadning", lang="da", html_lang="da-DK", skin="nordic", domain="www.ostjyskavis.example", site="Østjysk Avis", secpath="aarhus",
    url="https://www.ostjyskavis.example/aarhus/rekordmange-vinterbadere-nu-er-der-kamp-om-pladserne-i-saunaen",
    h1="Rekordmange vinterbadere: Nu er der kamp om pladserne i saunaen",
    deck="Ventelisterne i byens vinterbadeklubber er længere end nogensinde. Kommunen overvejer at bygge en ny offentlig sauna ved havnen.",
    kicker="Aarhus", authors=["Mette Kjær Rasmussen"], byline_html='Af <a href="/journalist/mette-kjaer-rasmussen">Mette Kjær Rasmussen</a>',
    meta="og", meta_section="Aarhus",
    pub="2026-03-05T10:32:00+01:00", mod="2026-03-05T16:02:00+01:00",
    date="5. marts 2026 kl. 10.32", updated="Opdateret 5. marts 2026 kl. 16.02", today="Torsdag d. 5. marts 2026",
    nav=OJ_NAV, cookie="Vi bruger cookies for at give dig den bedste oplevelse og for at vise relevante annoncer.",
    ticker=["Letbanen kører igen mellem Lystrup og Skejby", "AGF forlænger med anføreren"],
    caption="⟪Morgendukkert ved badeanlægget på Aarhus Ø, hvor vandet torsdag var tre grader.⟫ Foto: Søren Bidstrup",
    side=[("Mest læste", ["⟪Ny restaurant i Latinerkvarteret har ventetid på tre uger⟫", "Her kommer de nye cykelstier", "Kendt DJ spiller på Train i april"]),
          ("Debat", [("Leder", "Havnen skal være for alle"), ("Debat", "Gør saunaen gratis for pensionister")])],
    tags=["Vinterbadning", "Aarhus Ø", "Sundhed"],
    related=["Sådan kommer du i gang med vinterbadning", "Læge: Derfor skal du ikke bade alene"],
    comments=[("Hanne B.", "5. marts 2026", "⟪Vi har stået på venteliste i to år. Byg nu den sauna!⟫"),
              ("Kim", "5. marts 2026", "Det er jo dejligt, at så mange vil i vandet.")],
    footer="⟪© Østjysk Avis 2026. Ansvarshavende chefredaktør: Tine Møller.⟫", footer_nav=["Kontakt", "Abonnement", "Cookiepolitik"],
    body="""⟦Klokken er kvart over seks, og der er allerede kø foran saunaen ved badeanlægget på Aarhus Ø.⟧ Luften er minus to grader, vandet tre, og omkring 40 mennesker i badekåber venter på at komme ind i varmen.

»Før i tiden kunne man bare gå ind. Nu skal man næsten tage et nummer«, siger Lone Damgaard, der har vinterbadet i elleve år.

⟦Vinterbadning er blevet en folkesport i Aarhus.⟧ Byens fem vinterbadeklubber har tilsammen over 6.000 medlemmer, og ventelisterne er ifølge klubberne længere end nogensinde.

[[SPLIT]]

[[POD|Østjysk Avis Dagligt: Hvorfor hopper vi i havet om vinteren?|18 min]]

⟦I den største klub venter 1.400 personer på at blive medlem.⟧ Formanden, Jakob Ravn, forklarer, at klubben ikke kan tage flere ind, fordi saunaerne allerede er fyldt op fra morgen til aften.

»Vi kunne sagtens have dobbelt så mange medlemmer, hvis vi havde pladsen«, siger han.

[[H|Kommunen vil undersøge ny sauna]]

Aarhus Kommune har sat 200.000 kroner af til at undersøge, om der kan bygges en offentlig sauna ved havnen, som ikke kræver medlemskab. Rådmand for kultur og borgerservice Kasper Sørensen oplyser, at undersøgelsen skal være færdig inden sommer.

»Det skal ikke være sådan, at man skal stå to år på venteliste for at kunne bade i sin egen by«, siger han.

[[SPLIT]]

[[READ|⟪Sådan kommer du sikkert i gang med vinterbadning⟫]]

⟦Ifølge Dansk Vinterbadeforening er antallet af vinterbadere⟧ på landsplan mere end fordoblet siden 2020. Foreningen anbefaler, at nye badere aldrig bader alene og holder dukkerten kort.

Lægerne er dog ikke helt enige om, hvor sundt det kolde vand er. Flere undersøgelser peger på, at vinterbadning kan give bedre søvn og mindre stress, mens andre advarer om, at det kolde chok kan være farligt for personer med hjerteproblemer.

Tilbage ved badeanlægget er Lone Damgaard endelig kommet ind i saunaen. ⟦Hun har ikke tænkt sig at stoppe, uanset hvor lang køen bliver.⟧""",
    kind="news", why="local report on winter bathing clubs' waiting lists",
))

# ---------------------------------------------------------------- 15. Unsigned Leder
FF_NAV = ["Nyheder", "Odense", "Fyn", "Danmark", "Sport", "OB", "Kultur", "Debat", "Leder", "Læserbreve", "Kronik"]
PAGES.append(dict(
    case="da-opinion-nordic-svoemmeundervisning", lang="da", html_lang="da-DK", skin="nordic", domain="www.fynsfolkeblad.example", site="Fyns Folkeblad", secpath="debat",
    url="https://www.fynsfolkeblad.example/debat/leder/svoemmeundervisningen-maa-ikke-blive-en-luksus",
    h1="Svømmeundervisningen må ikke blive en luksus",
    kicker="Leder", kicker_path="debat/leder", authors=None, byline_html="",
    ld_authors=["org:Fyns Folkeblad"], ld_type="OpinionNewsArticle", ld_section="Leder",
    pub="2026-03-07T00:30:00+01:00", ld_date="2026-03-06T23:30:00Z", meta_date="2026-03-06T23:30:00Z",
    date="7. marts 2026 kl. 00.30", today="Lørdag d. 7. marts 2026",
    nav=FF_NAV, subnav=["Leder", "Debat", "Læserbreve", "Kronik", "Kommentarer"],
    cookie="Fyns Folkeblad anvender cookies til at forbedre din oplevelse og vise annoncer, der passer til dig.",
    ticker=["Odense Letbane: Forsinkelser på hele strækningen", "OB vinder derbyet mod Vejle"],
    after=[("note", "⟪Lederen udtrykker Fyns Folkeblads holdning. Den skrives af chefredaktionen.⟫")],
    side=[("Mest læste", ["⟪Svømmehallen i Svendborg lukker i et halvt år⟫", "Stor brand på gård ved Faaborg", "Skolerne får nye ferieregler"]),
          ("Debat", [("Læserbrev", "Tak til personalet på OUH"), ("Kronik", "Fyn mangler praktiserende læger"),
                     ("Kommentar", "⟪Byrådet har glemt landsbyerne⟫")])],
    tags=["Leder", "Skole", "Svømning"],
    related=["Hver femte elev kan ikke svømme 200 meter", "Svømmehallerne mangler livreddere"],
    footer="⟪© Fyns Folkeblad 2026. Ansvarshavende chefredaktør: Mads Fog.⟫", footer_nav=["Kontakt", "Skriv et læserbrev", "Cookies"],
    body="""⟦Et barn, der ikke kan svømme, er et barn i fare.⟧ Det burde ikke være en kontroversiel sætning i et land med 8.000 kilometer kyst. Alligevel viser tal fra Trygfonden, at hver femte elev på Fyn forlader folkeskolen uden at kunne svømme 200 meter.

Svømning er et obligatorisk fag i folkeskolen. Men i praksis afhænger undervisningen af, hvor tæt skolen ligger på en svømmehal, hvor meget kommunen vil betale for busser, og om der kan findes lærere med den rette uddannelse. Flere fynske kommuner har i de seneste år skåret i antallet af svømmetimer for at spare penge.

[[AD]]

⟦Det er en falsk besparelse.⟧ Hvert år drukner børn og unge i Danmark, og de fleste ulykker sker om sommeren ved kysten, hvor forældrene troede, at barnet kunne klare sig. Svømmeundervisning er ikke en fritidsaktivitet. Det er livsvigtig viden.

Problemet rammer skævt. ⟦Børn, hvis forældre har råd til private svømmehold, lærer at svømme alligevel.⟧ Det gør de børn, hvis familier ikke har pengene eller tiden, ikke. Dermed bliver en af folkeskolens mest basale opgaver en ekstra ulighed.

[[READ|⟪Her mangler svømmelærerne mest⟫]]

Løsningen er ikke kompliceret. Kommunerne bør sikre, at alle elever får mindst ét års sammenhængende svømmeundervisning, og at de elever, der ikke består svømmeprøven, får et tilbud om ekstra hold. Regeringen bør samtidig øremærke midler, så svømning ikke er det første, der ryger, når budgetterne strammes.

Det holder heller ikke at sige, at svømmehallerne er for få eller for dyre at drive. Flere kommuner har vist, at det kan lade sig gøre at samarbejde på tværs af kommunegrænser, dele busser og lærere og lægge undervisningen i intensive forløb på få uger. Det kræver vilje, ikke milliarder.

⟦Det koster penge at lære børn at svømme, men det koster mere at lade være.⟧""",
    kind="opinion", why="unsigned editorial demanding swimming lessons for all pupils",
))

# ---------------------------------------------------------------- 16. Recipe on a food site
PAGES.append(dict(
    case="da-other-magasin-bolleridkarry", lang="da", html_lang="da-DK", skin="magasin", domain="www.madglad.example", site="Madglad", secpath="opskrifter",
    url="https://www.madglad.example/opskrifter/boller-i-karry-som-hos-mormor/",
    h1="Boller i karry som hos mormor",
    deck="Den klassiske danske hverdagsret med bløde kødboller, cremet karrysovs og ris. Nem at lave og endnu bedre dagen efter.",
    kicker="Hverdagsmad", tagline="Opskrifter, madglæde og debat om det, vi spiser", authors=["Louise Winther"],
    byline_html='Af <a href="/skribent/louise-winther/">Louise Winther</a>',
    ld_authors=["Louise Winther"], ld_type="Recipe", ld_section="Opskrifter",
    pub="2026-03-08T09:00:00+01:00", date="8. marts 2026",
    card_top="⏱ 1 time 15 min · 👥 4 personer · Sværhedsgrad: Let · <button>Print opskrift</button>",
    nav=["Opskrifter", "Hverdagsmad", "Bagning", "Vegetar", "Sæson", "Madklummer", "Debat", "Nyhedsbrev"],
    cookie="Madglad bruger cookies til statistik og annoncer. Læs mere i vores cookiepolitik.",
    caption="⟪Boller i karry serveret med ris og frisk persille.⟫ Foto: Louise Winther",
    side=[("Mest læste", ["⟪Mormors æblekage med makroner⟫", "Hurtig fiskesuppe på 20 minutter", "Sådan laver du den perfekte frikadelle"]),
          ("Madklummer", [("Madklumme", "Hvorfor er vi så bange for fedt?"), ("Debat", "Skolemaden skal laves fra bunden")])],
    tags=["Boller i karry", "Klassikere", "Hverdagsmad"],
    related=["Frikadeller med kartoffelsalat", "Hjemmelavet karry-krydderi"],
    comments=[("Birthe", "8. marts 2026", "⟪Præcis som min mor lavede den. Tak for opskriften!⟫")],
    footer="⟪© Madglad 2026 · Alle opskrifter er testet i vores eget køkken⟫", footer_nav=["Om Madglad", "Kontakt", "Cookiepolitik"],
    body="""⟦Boller i karry er en af de retter, der smager af barndom.⟧ Hos min mormor stod den på bordet hver anden torsdag, og duften af karry i opgangen betød, at aftensmaden snart var klar. Her er min udgave, som holder sig tæt til originalen.

[[H|Ingredienser til kødbollerne]]

[[LIST|⟦500 g hakket svinekød, gerne 8-12 procent fedt⟧|1 løg, finthakket|1 æg|3 spsk. hvedemel|1 dl mælk|1 tsk. salt og lidt peber]]

[[H|Til suppen og sovsen]]

[[LIST|1,5 liter vand|1 løg og 1 gulerod i grove stykker|2 laurbærblade|30 g smør|2 spsk. karry|3 spsk. hvedemel|1 dl madlavningsfløde]]

[[AD]]

[[H|Sådan gør du]]

[[OL|Rør kødfarsen sammen med løg, æg, mel, mælk, salt og peber. Lad den hvile i køleskabet i 30 minutter.|Bring vandet i kog med løg, gulerod og laurbærblade. ⟦Form farsen til boller med en teske, og læg dem i det simrende vand.⟧|Lad bollerne simre i ti minutter, til de flyder op. Tag dem op, og si suppen.|Smelt smørret i en gryde, og svits karryen i et minut, så den dufter. Rør melet i, og spæd op med cirka 7 dl af suppen under omrøring.|Lad sovsen koge i fem minutter, rør fløden i, og smag til med salt. Kom bollerne tilbage i sovsen, og varm dem igennem.]]

[[H|Mormors tips]]

Min mormor svor til at bruge lidt ekstra karry og lade sovsen trække, mens risene kogte. Hun rev også et æble ned i sovsen, hvilket giver en mild sødme, der passer godt til karryen. Prøv det, hvis du kan lide en lidt rundere smag. Retten kan sagtens laves dagen før, og den bliver faktisk bedre af at stå en nat i køleskabet.

[[READ|⟪Sådan koger du den perfekte ris⟫]]

Server med kogte ris, og drys gerne med frisk persille. ⟦Resten af suppen kan fryses og bruges en anden dag.⟧""",
    kind="other", why="recipe with ingredients and steps",
))
