"""Dutch and German pages of nordicmix (8): an ANP story, an explainer with evaluative words, a column, a Flemish
story with a Belga credit; an Austrian Chronik story by APA (news despite the section name), an Austrian
Gastkommentar, a Swiss story behind a paywall wrapper, a Swiss signed column not marked at all."""

PAGES = []

# ---------------------------------------------------------------- 33. ANP story
DM_NAV = ["Nieuws", "Binnenland", "Buitenland", "Regio", "Economie", "Sport", "Cultuur", "Opinie", "Columns", "Commentaar", "Puzzels"]
DM_COOKIE = ("Wij en onze partners gebruiken cookies en vergelijkbare technieken om de website te laten werken, het gebruik te "
             "analyseren en gepersonaliseerde advertenties te tonen.")
PAGES.append(dict(
    case="nl-news-lowlands-ooievaars", lang="nl", html_lang="nl-NL", skin="lowlands", domain="www.dagbladvanhetmidden.example", site="Dagblad van het Midden", secpath="binnenland",
    url="https://www.dagbladvanhetmidden.example/binnenland/eerste-ooievaars-al-terug-weken-eerder-dan-normaal~a4e19c27/",
    h1="Eerste ooievaars al terug in Nederland, weken eerder dan normaal",
    deck="Vogeltellers zien de trekvogels steeds vroeger terugkeren. Volgens deskundigen speelt het zachte weer een grote rol.",
    kicker="Binnenland", authors=None, byline_html="ANP", ld_authors=["org:ANP"], ld_type="NewsArticle", ld_section="Binnenland",
    pub="2026-03-05T10:32:00+01:00", date="5 maart 2026, 10:32", updated="Bijgewerkt 5 maart 2026, 12:48",
    nav=DM_NAV, cookie=DM_COOKIE, cookie_title="Wij vragen je toestemming",
    ticker=["Kabinet presenteert plannen voor nieuwe woningbouw", "Storing bij NS rond Amersfoort opgelost"],
    caption="⟪Een ooievaar op een nest in de Betuwe, woensdag.⟫ Foto: ANP / Rob Engelaar",
    side=[("Meest gelezen", ["⟪Hypotheekrente daalt voor het eerst in maanden⟫", "Utrecht krijgt een autovrije binnenstad", "Ajax verliest opnieuw punten"]),
          ("Opinie", [("Commentaar", "De natuur houdt zich niet meer aan de kalender"), ("Column", "Waarom ik elk voorjaar naar de lucht kijk"),
                      ("Opinie", "⟪Boeren en vogels hebben elkaar nodig⟫")]),
          ("Gesponsord", ["Zo maak je je tuin klaar voor de lente"])],
    tags=["Vogels", "Natuur", "Klimaat"],
    related=["Grutto’s hebben het moeilijk in Friesland", "Zo help je vogels in je tuin dit voorjaar"],
    comments=[("Henk uit Zeist", "5 maart 2026", "⟪Bij ons op de kerktoren zitten ze ook al, twee stuks!⟫")],
    footer="⟪© 2026 Dagblad van het Midden. Alle rechten voorbehouden.⟫", footer_nav=["Klantenservice", "Privacy", "Cookiebeleid", "Contact"],
    body="""ARNHEM (ANP) - ⟦De eerste ooievaars zijn al terug op hun nesten in Nederland⟧, enkele weken eerder dan gebruikelijk. Dat melden vogeltellers aan Vogelbescherming Nederland. Normaal gesproken keren de meeste ooievaars pas halverwege maart terug uit hun overwinteringsgebieden.

Volgens de organisatie zijn er sinds eind februari meldingen binnengekomen uit onder meer de Betuwe, de Achterhoek en Zeeland. ⟦In sommige dorpen zitten de vogels al met z’n tweeën op het nest.⟧

‘Het zachte weer van de afgelopen weken speelt zeker mee’, zegt vogelonderzoeker Anouk Mulder. ‘Maar er is ook een langere trend. Steeds meer ooievaars trekken niet meer helemaal naar Afrika, maar blijven in Spanje of Portugal overwinteren. Dan is de terugreis een stuk korter.’

[[READ|⟪Steeds meer ooievaars overwinteren in Spanje⟫]]

[[H|Recordaantal broedparen]]

De ooievaar was in de jaren zeventig bijna verdwenen als broedvogel in Nederland. Dankzij beschermingsprojecten en het plaatsen van nestpalen is de soort sterk teruggekomen. ⟦Vorig jaar werden ruim 1.800 broedparen geteld, een record.⟧

[[AD]]

Mulder waarschuwt dat een vroege terugkeer ook risico’s heeft. Als het in maart alsnog gaat vriezen, kunnen de vogels moeite hebben om voedsel te vinden. ‘Ooievaars eten vooral regenwormen, muizen en kikkers. Bij een harde bevroren bodem wordt dat lastig.’

Ook andere trekvogels keren eerder terug. Tellers zagen de afgelopen week al tjiftjaffen en de eerste boerenzwaluwen, die normaal pas in april verschijnen. Onderzoekers van Sovon volgen de terugkeer van trekvogels al tientallen jaren en zien het moment van aankomst gemiddeld steeds vroeger vallen.

Wie een ooievaar ziet, kan dat melden via de website van Vogelbescherming. ⟦De gegevens helpen onderzoekers om de trek beter te begrijpen.⟧""",
    kind="news", why="agency report on early return of storks",
))

# ---------------------------------------------------------------- 34. Explainer with evaluative words, split by ads
ND_NAV = ["Nieuws", "Politiek", "Economie", "Wonen", "Geld", "Tech", "Sport", "Opinie", "Columns", "Podcasts"]
PAGES.append(dict(
    case="nl-news-lowlands-huurverhoging", lang="nl", html_lang="nl-NL", skin="lowlands", domain="www.nieuwsdag.example", site="Nieuwsdag", secpath="wonen",
    url="https://www.nieuwsdag.example/wonen/uitleg-huur-omhoog-op-1-juli-wat-mag-je-verhuurder-en-wat-niet/",
    h1="Huur omhoog op 1 juli: wat mag je verhuurder, en wat niet?",
    deck="Voor veel huurders wordt het een pijnlijke zomer. De maximale huurverhoging valt hoger uit dan vorig jaar. Wat betekent dat voor jou?",
    kicker="Uitleg", authors=["Sanne de Vries"], byline_html='Door <a href="/auteur/sanne-de-vries">Sanne de Vries</a>',
    meta="og", meta_section="Wonen",
    pub="2026-03-06T06:00:00+01:00", date="6 maart 2026, 06:00",
    nav=ND_NAV, cookie=DM_COOKIE, cookie_title="Nieuwsdag respecteert je privacy",
    ticker=["Tweede Kamer debatteert over stikstof", "Schiphol schrapt vluchten door storm"],
    caption="⟪Huurwoningen in Amsterdam-West.⟫ Foto: Nieuwsdag",
    side=[("Meest gelezen", ["⟪Zo vraag je huurtoeslag aan voor 2026⟫", "Energierekening lager dan verwacht", "Waarom iedereen ineens een warmtepomp wil"]),
          ("Opinie", [("Column", "De huurmarkt is een loterij geworden"), ("Opinie", "Verhuurders zijn niet de vijand")])],
    tags=["Huur", "Wonen", "Huurverhoging"],
    related=["Huurcommissie: aantal klachten flink gestegen", "Middenhuur: dit verandert er voor jou"],
    comments=[("Petra", "6 maart 2026", "⟪Duidelijk uitgelegd, eindelijk snap ik het verschil.⟫")],
    footer="⟪© Nieuwsdag 2026⟫", footer_nav=["Over ons", "Contact", "Privacy", "Adverteren"],
    body="""⟦Vanaf 1 juli mogen verhuurders de huur weer verhogen.⟧ Voor huurders van een sociale huurwoning is de stijging maximaal 4,1 procent, voor middenhuur 5,3 procent. Dat is flink meer dan vorig jaar, en voor veel huishoudens een pijnlijke tegenvaller. Wat mag je verhuurder precies, en wanneer kun je bezwaar maken?

[[H|Hoeveel mag de huur omhoog?]]

Dat hangt af van het soort woning. ⟦Voor sociale huurwoningen geldt een maximum van 4,1 procent.⟧ Woningcorporaties hebben afgesproken dat huurders met een laag inkomen minder verhoging krijgen. Voor middenhuurwoningen is de grens 5,3 procent. In de vrije sector mag de huur stijgen met de inflatie plus één procentpunt, met een maximum van 5,5 procent.

[[SPLIT]]

[[H|Wanneer moet ik het weten?]]

Je verhuurder moet het voorstel minstens twee maanden voor de ingangsdatum sturen, dus uiterlijk op 1 mei. Komt de brief later, dan gaat de verhoging pas een maand later in.

[[READ|⟪Zo vraag je huurtoeslag aan: stap voor stap⟫]]

[[H|Kan ik bezwaar maken?]]

Ja. Vind je de verhoging te hoog, of klopt het bedrag niet met de regels, dan kun je bezwaar maken bij je verhuurder. Komen jullie er niet uit, dan kun je naar de Huurcommissie. ⟦Huurdersorganisaties noemen het aantal klachten ‘zorgwekkend hoog’.⟧ Vorig jaar kreeg de commissie ruim 12.000 verzoeken, een stijging van een derde.

[[SPLIT]]

[[H|Wat zegt de politiek?]]

Volgens de minister van Volkshuisvesting is de verhoging nodig om corporaties genoeg geld te laten houden voor onderhoud en nieuwbouw. Een landelijke huurdersvereniging spreekt van ‘een klap voor huurders die het al zwaar hebben’. Verhuurders vinden de grenzen juist te krap, omdat hun kosten voor onderhoud en verduurzaming stijgen.

⟦Huurders met een laag inkomen kunnen mogelijk meer huurtoeslag krijgen.⟧ ⟦Controleer dat bij de Belastingdienst zodra de nieuwe huur bekend is.⟧""",
    kind="news", why="explainer on rent rules; evaluative words are quoted",
))

# ---------------------------------------------------------------- 35. Column with the role columnist
AK_NAV = ["Nieuws", "Binnenland", "Buitenland", "Economie", "Sport", "Cultuur", "Opinie", "Columns", "Commentaar", "Brieven", "Puzzels"]
PAGES.append(dict(
    case="nl-opinion-lowlands-schoolfiets", lang="nl", html_lang="nl-NL", skin="lowlands", domain="www.avondkrant.example", site="De Avondkrant", secpath="opinie",
    url="https://www.avondkrant.example/opinie/columns/laat-kinderen-weer-zelf-naar-school-fietsen~b71f2a03/",
    h1="Laat kinderen weer zelf naar school fietsen",
    kicker="Column", kicker_path="opinie/columns", authors=["Marieke Jansen"],
    byline_html='Door <a href="/auteur/marieke-jansen">Marieke Jansen</a>', role="columnist",
    ld_authors=["Marieke Jansen"], ld_type="OpinionNewsArticle", ld_section="Opinie",
    pub="2026-03-07T07:00:00+01:00", date="7 maart 2026, 07:00",
    nav=AK_NAV, cookie=DM_COOKIE, cookie_title="Cookies en privacy",
    ticker=["Gemeente Rotterdam verlaagt snelheid naar 30 km/u", "Nieuwe coach voor Oranje Leeuwinnen"],
    caption="⟪Fietsende scholieren in Utrecht.⟫ Foto: De Avondkrant",
    side=[("Meest gelezen", ["⟪Scholen worstelen met drukte bij het hek⟫", "Fietsendiefstal in grote steden stijgt", "Koningsdag 2026: dit is het programma"]),
          ("Columns", [("Columnist", "Waarom ik mijn telefoon in de la leg"), ("Commentaar", "Dertig kilometer per uur redt levens")])],
    tags=["Column", "Verkeer", "Kinderen"],
    related=["Steeds meer ouders brengen kinderen met de auto", "Verkeersveiligheid rond scholen onder druk"],
    comments=[("Jeroen", "7 maart 2026", "⟪Mee eens, maar dan moet de gemeente wel veilige routes aanleggen.⟫"),
              ("Sara", "7 maart 2026", "Bij ons is de weg naar school gewoon te gevaarlijk.")],
    footer="⟪© De Avondkrant 2026⟫", footer_nav=["Klantenservice", "Schrijf een brief", "Privacy"],
    body="""⟦Elke ochtend om kwart over acht staat de straat voor de basisschool van mijn zoon vol.⟧ Niet met fietsen, maar met auto’s. Ouders parkeren op de stoep, draaien met alarmlichten midden op de weg en laten hun kinderen tussen de bumpers door naar het hek lopen. Het is chaos, en het is gevaarlijk.

Ik begrijp het wel. Het regent, het is laat, je moet daarna door naar je werk. Maar we hebben met z’n allen iets kapotgemaakt wat Nederland ooit uniek maakte: ⟦kinderen die gewoon zelf naar school fietsen.⟧

[[AD]]

Toen ik opgroeide, fietste ik vanaf mijn achtste alleen naar school. Dat was niet bijzonder. Iedereen deed het. Nu brengt volgens onderzoek bijna de helft van de ouders hun kinderen met de auto, ook als de school op minder dan twee kilometer ligt.

Het paradoxale is dat juist al die auto’s de schoolroute onveilig maken. ⟦Hoe meer ouders rijden, hoe gevaarlijker het wordt om te fietsen.⟧ En hoe gevaarlijker het wordt, hoe meer ouders rijden.

[[READ|⟪Rotterdam voert schoolstraten in⟫]]

Die cirkel kun je doorbreken. Sommige gemeenten sluiten de straat voor de school een half uur af voor auto’s, elke ochtend en middag. Het werkt. Kinderen fietsen weer, ouders lopen een stukje, en het wordt stil voor het hek.

Het kost een gemeente weinig: een paar hekken, een bord en een buurtbewoner die het hek op tijd opent en sluit. Toch durven veel wethouders het niet aan, uit angst voor boze ouders en ondernemers. Dat is jammer, want de ervaringen zijn bijna overal positief.

Daarnaast moeten we als ouders durven loslaten. Een kind dat zelf naar school fietst, leert de weg kennen, leert opletten en komt fris en wakker in de klas. Dat is meer waard dan vijf minuten tijdwinst.

⟦Dus morgen: fiets mee, of beter nog, laat ze gaan.⟧""",
    kind="opinion", why="column urging children to cycle to school",
))

# ---------------------------------------------------------------- 36. Flemish story with a Belga credit
VD_NAV = ["Nieuws", "Binnenland", "Buitenland", "Regio", "Gent", "Economie", "Sport", "Cultuur", "Opinie", "Commentaar", "Lezersbrieven"]
PAGES.append(dict(
    case="nl-news-lowlands-elektrischebussen", lang="nl", html_lang="nl-BE", skin="lowlands", domain="www.vlaamsedagblad.example", site="Het Vlaamse Dagblad", secpath="regio/gent",
    url="https://www.vlaamsedagblad.example/regio/gent/de-lijn-zet-vanaf-april-40-elektrische-bussen-in-rond-gent/",
    h1="De Lijn zet vanaf april 40 elektrische bussen in rond Gent",
    deck="De stelplaats in Destelbergen is omgebouwd tot laadstation. Tegen eind dit jaar rijdt een derde van de Gentse bussen elektrisch.",
    kicker="Gent", authors=["Jens Peeters"], byline_html='Door <a href="/auteur/jens-peeters">Jens Peeters</a>', meta="og", meta_section="Regio",
    pub="2026-03-05T10:32:00+01:00", date="Donderdag 5 maart 2026 om 10.32 uur",
    nav=VD_NAV, cookie="Deze website gebruikt cookies om je surfervaring te verbeteren, statistieken bij te houden en advertenties te personaliseren.",
    cookie_title="Jouw privacy",
    ticker=["Stakingsdag: treinverkeer zwaar verstoord", "KAA Gent wint van Club Brugge"],
    caption="⟪Een nieuwe elektrische bus aan de laadpaal in de stelplaats van Destelbergen.⟫ Foto: Belga",
    side=[("Meest gelezen", ["⟪Gentse Feesten krijgen een extra podium⟫", "Nieuwe tramlijn naar de haven uitgesteld", "Brouwerij in Oudenaarde verdubbelt productie"]),
          ("Opinie", [("Commentaar", "De Lijn moet eerst stipter rijden"), ("Lezersbrief", "Laat de bus ook ’s avonds rijden")])],
    tags=["De Lijn", "Gent", "Mobiliteit"],
    related=["Basisbereikbaarheid: wat verandert er voor jouw bushalte?", "Gent breidt autoluwe zone uit"],
    comments=[("Bart", "5 maart 2026", "⟪Mooi, maar de bus naar Merelbeke blijft te laat komen.⟫")],
    footer="⟪© Het Vlaamse Dagblad 2026 – Alle rechten voorbehouden⟫", footer_nav=["Contact", "Privacy", "Cookiebeleid", "Abonnementen"],
    body="""⟦De Vlaamse vervoersmaatschappij De Lijn zet vanaf 1 april veertig nieuwe elektrische bussen in rond Gent.⟧ Dat heeft de maatschappij donderdag bekendgemaakt bij de voorstelling van de vernieuwde stelplaats in Destelbergen.

De stelplaats werd het voorbije jaar omgebouwd tot een van de grootste laadstations voor bussen in Vlaanderen. Er staan nu tachtig laadpunten, die ’s nachts de batterijen van de bussen opladen. ⟦Een volle batterij volstaat voor ongeveer 300 kilometer.⟧

De nieuwe bussen rijden eerst op de lijnen naar Destelbergen, Lochristi en Sint-Amandsberg. In de loop van het jaar volgen er nog zestig, zodat tegen eind 2026 ongeveer een derde van de Gentse busvloot elektrisch is.

[[READ|⟪Basisbereikbaarheid: De Lijn schrapt 80 haltes in Oost-Vlaanderen⟫]]

[[AD]]

‘Dit is een belangrijke stap, maar we zijn er nog niet’, zegt de directeur van De Lijn Oost-Vlaanderen, Katrien Maes. ‘Het elektriciteitsnet rond andere stelplaatsen moet eerst versterkt worden voor we daar hetzelfde kunnen doen.’

[[H|Stiller en schoner]]

Buurtbewoners van de stelplaats klaagden de voorbije jaren over het lawaai van dieselbussen die ’s ochtends vroeg vertrokken. ⟦Met de elektrische bussen moet dat verleden tijd zijn.⟧ Ook in de binnenstad moet de luchtkwaliteit erop vooruitgaan.

De Gentse schepen van Mobiliteit reageert tevreden, maar vraagt De Lijn om ook werk te maken van stiptheid. Vorig jaar reed bijna een op de vijf bussen in Gent met meer dan vijf minuten vertraging.

De chauffeurs kregen de voorbije weken een opleiding om met de nieuwe bussen te rijden. Volgens De Lijn rijden die soepeler en stiller, maar vraagt vooral het rijden in de winter wat aanpassing, omdat de verwarming veel energie uit de batterij haalt.

De Vlaamse regering trekt tot 2030 meer dan een miljard euro uit voor de vergroening van de busvloot. ⟦Tegen dan moeten alle bussen in de Vlaamse steden uitstootvrij rijden.⟧

[[CREDIT|Bron: Belga]]""",
    kind="news", why="regional report on electric buses",
))

# ---------------------------------------------------------------- 37. Austrian Chronik story by APA (news despite the section name)
AP_NAV = ["Nachrichten", "Tirol", "Österreich", "Welt", "Chronik", "Wirtschaft", "Sport", "Kultur", "Meinung", "Kommentare", "Leitartikel", "Wetter"]
AP_COOKIE = ("Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren, "
             "Funktionen für soziale Medien anzubieten und die Zugriffe zu analysieren.")
PAGES.append(dict(
    case="de-news-dach-lawinengefahr", lang="de", html_lang="de-AT", skin="dach", domain="www.alpenpost.example", site="Alpenpost", secpath="chronik",
    url="https://www.alpenpost.example/chronik/tirol/lawinenwarnstufe-4-in-tirol-mehrere-strassen-gesperrt-100221874",
    h1="Lawinenwarnstufe 4 in Tirol: Mehrere Straßen gesperrt",
    deck="Nach starken Schneefällen herrscht in weiten Teilen Tirols große Lawinengefahr. Einige Orte sind nur eingeschränkt erreichbar.",
    kicker="Chronik", kicker_path="chronik", crumbs=["Chronik", "Tirol"], authors=None, byline_html="APA",
    ld_authors=["org:APA"], ld_type="NewsArticle", ld_section="Chronik",
    pub="2026-03-05T10:32:00+01:00", date="5. März 2026, 10.32 Uhr", updated="Aktualisiert: 5. März 2026, 15.10 Uhr",
    nav=AP_NAV, subnav=["Meinung", "Leitartikel", "Kommentare", "Gastkommentar", "Leserbriefe"],
    cookie=AP_COOKIE, cookie_title="Wir respektieren Ihre Privatsphäre",
    ticker=["Nationalrat beschließt Pensionsanpassung", "Zugausfälle auf der Arlbergstrecke"],
    caption="⟪Schneeräumung in St. Anton am Arlberg am Donnerstagmorgen.⟫ Foto: APA/Expa/Johann Groder",
    side=[("Meistgelesen", ["⟪Innsbruck: Neue Regiotram-Linie fährt ab Herbst⟫", "Skigebiet verlängert Saison bis Mai", "Wacker Innsbruck holt Trainer zurück"]),
          ("Meinung", [("Leitartikel", "Der Winter ist kein Ausnahmezustand"), ("Kommentar", "Lawinenschutz kostet – und lohnt sich"),
                       ("Gastkommentar", "⟪Tourenskigeher brauchen mehr Eigenverantwortung⟫")]),
          ("Anzeige", ["Skiurlaub mit der Familie: Jetzt Frühbucherbonus sichern"])],
    tags=["Lawinen", "Tirol", "Wetter"],
    related=["Lawinenverschütteter im Pitztal gerettet", "Neuschnee: Bis zu 80 Zentimeter in Vorarlberg"],
    comments=[("Bergfex_77", "5. März 2026, 11:04", "⟪Bitte nicht abseits der Pisten fahren, Leute!⟫"),
              ("tirolerin", "5. März 2026, 11:30", "Bei uns im Ötztal schneit es seit gestern durch.")], comment_count=86,
    footer="⟪© Alpenpost 2026. Alle Rechte vorbehalten.⟫", footer_nav=["Impressum", "Datenschutz", "Kontakt", "Abo"],
    body="""Innsbruck – ⟦Nach ergiebigen Schneefällen gilt in weiten Teilen Tirols seit Donnerstag die Lawinenwarnstufe 4⟧ auf der fünfteiligen Skala. Das teilte der Lawinenwarndienst des Landes am Vormittag mit. Betroffen sind vor allem das Arlberggebiet, das Paznauntal und die Ötztaler Alpen.

Innerhalb von 48 Stunden fielen in höheren Lagen bis zu 90 Zentimeter Neuschnee. Dazu kommt starker Wind, der den Schnee verfrachtet. ⟦Spontane Lawinen, auch große, seien möglich⟧, hieß es vom Lawinenwarndienst.

[[READ|⟪So verhalten Sie sich bei Lawinengefahr richtig⟫]]

[[H|Straßen gesperrt, Orte eingeschränkt erreichbar]]

Die Arlbergpass-Straße zwischen St. Anton und St. Christoph ist seit Mittwochabend gesperrt. Auch die Zufahrt nach Galtür im Paznauntal war am Donnerstag zeitweise nicht möglich. ⟦Rund 3.000 Gäste und Einheimische saßen dort mehrere Stunden fest.⟧ Die Versorgung sei aber gesichert, betonte der Bürgermeister.

[[AD]]

Die ÖBB meldeten Einschränkungen auf der Arlbergstrecke. Zwischen Landeck und Bludenz wurde ein Schienenersatzverkehr eingerichtet, der wegen der Straßensperren allerdings nur teilweise fahren konnte.

Die Landeswarnzentrale rief dazu auf, geschützte Bereiche nicht zu verlassen. Wintersportler sollten unbedingt auf den gesicherten Pisten bleiben. Am Mittwoch war im Ötztal ein deutscher Skitourengeher von einer Lawine erfasst und leicht verletzt worden.

In mehreren Skigebieten blieben am Donnerstag die Lifte geschlossen. Im Kaunertal und in Obergurgl wurden Gäste gebeten, in ihren Unterkünften zu bleiben, bis Lawinensprengungen durchgeführt worden sind. Die Bergrettung war mit zahlreichen Einsatzkräften in Bereitschaft.

Laut Lawinenwarndienst handelt es sich um die heikelste Situation dieses Winters. Zuletzt hatte vor zwei Jahren in Teilen des Landes Warnstufe 4 gegolten.

Für Freitag erwartet die Geosphere Austria eine Wetterberuhigung. ⟦Die Lawinengefahr werde aber nur langsam zurückgehen⟧, so der Lawinenwarndienst.""",
    kind="news", why="agency report on avalanche danger in the Chronik section",
))

# ---------------------------------------------------------------- 38. Austrian Gastkommentar with its disclaimer
WA_NAV = ["Wien", "Österreich", "International", "Wirtschaft", "Chronik", "Kultur", "Sport", "Meinung", "Gastkommentar", "Kommentare", "Leitartikel", "Wissen"]
PAGES.append(dict(
    case="de-opinion-dach-schulhoefe", lang="de", html_lang="de-AT", skin="dach", domain="www.wienerabendblatt.example", site="Wiener Abendblatt", secpath="meinung",
    url="https://www.wienerabendblatt.example/meinung/gastkommentar/wien-braucht-schattige-schulhoefe-statt-hitzefrei-3021887",
    h1="Wien braucht schattige Schulhöfe statt Hitzefrei",
    deck="Der Sommer wird heißer, die Schulhöfe bleiben asphaltiert. Das muss sich ändern, bevor die nächste Hitzewelle kommt.",
    kicker="Gastkommentar", kicker_path="meinung/gastkommentar", crumbs=["Meinung", "Gastkommentar"], authors=["Stefan Koller"],
    byline_html='<a href="/autor/stefan-koller">Stefan Koller</a>', role="Gastautor",
    ld_authors=["Stefan Koller"], ld_type="OpinionNewsArticle", ld_section="Meinung",
    pub="2026-03-09T06:00:00+01:00", date="9. März 2026, 06:00",
    nav=WA_NAV, subnav=["Meinung", "Leitartikel", "Kommentare", "Gastkommentar", "Kolumnen", "Leserbriefe"],
    cookie=AP_COOKIE, cookie_title="Datenschutz-Einstellungen",
    ticker=["Gemeinderat beschließt neue Parkpickerl-Zonen", "U2-Verlängerung: Eröffnung verschoben"],
    caption="⟪Ein asphaltierter Schulhof in Wien-Favoriten.⟫ Foto: Wiener Abendblatt",
    after=[("disclaimer", "⟪Gastkommentare geben ausschließlich die Meinung der Autorin oder des Autors wieder.⟫")],
    side=[("Meistgelesen", ["⟪Wiener Linien stellen neue Straßenbahnen vor⟫", "Mieten in Wien steigen weiter", "Rapid trennt sich von Sportdirektor"]),
          ("Meinung", [("Leitartikel", "Die Stadt muss grüner werden, nicht nur im Wahlkampf"), ("Kolumnist", "Warum wir Hitze immer noch unterschätzen")])],
    tags=["Gastkommentar", "Schule", "Klimawandel", "Wien"],
    related=["Cool Streets: Die Bilanz des Sommers", "Schulen ohne Klimaanlage: Eltern schlagen Alarm"],
    comments=[("Lehrerin_Ottakring", "9. März 2026, 07:12", "Unser Schulhof hat genau einen Baum. Einen."),
              ("Wolfgang M.", "9. März 2026, 08:03", "Bäume pflanzen ist gut, aber wer zahlt die Pflege?")], comment_count=143,
    footer="⟪© Wiener Abendblatt 2026⟫", footer_nav=["Impressum", "Offenlegung", "Datenschutz", "Kontakt"],
    body="""⟦Im vergangenen Juni wurden an manchen Wiener Schulhöfen über 50 Grad Oberflächentemperatur gemessen.⟧ Auf solchen Flächen spielt kein Kind freiwillig, und die Lehrerinnen und Lehrer schicken die Klassen in der großen Pause lieber drinnen auf den Gang. Der Schulhof, eigentlich der wichtigste Freiraum vieler Stadtkinder, wird im Sommer zur Sperrzone.

Die übliche Antwort darauf ist Hitzefrei oder der Ruf nach Klimaanlagen. Beides greift zu kurz. Hitzefrei verlagert das Problem nur in überhitzte Wohnungen, und Klimaanlagen heizen die Stadt draußen zusätzlich auf.

[[AD]]

Als Landschaftsplaner sehe ich seit Jahren, was wirklich hilft: Bäume, entsiegelte Flächen und Wasser. ⟦Ein großer Baum kühlt seine Umgebung so stark wie mehrere Klimageräte⟧, ohne Strom zu verbrauchen. Ein Schulhof mit Rasen, Sträuchern und einem Trinkbrunnen ist an heißen Tagen um mehrere Grad kühler als eine Asphaltfläche.

Wien hat bereits einige Schulhöfe umgestaltet, und die Ergebnisse sind gut. Aber es sind zu wenige. Bei dem derzeitigen Tempo würde es Jahrzehnte dauern, bis alle Pflichtschulen einen schattigen Hof haben.

Dabei geht es nicht nur um Komfort. Studien zeigen, dass Kinder bei hohen Temperaturen schlechter lernen und sich schlechter konzentrieren. Wer in überhitzten Klassenzimmern sitzt und in der Pause keinen kühlen Ort findet, verliert an solchen Tagen einen guten Teil des Unterrichts.

[[READ|⟪Hitzeschutzplan: Was die Stadt verspricht⟫]]

[[H|Was jetzt geschehen muss]]

Die Stadt sollte ein verbindliches Programm beschließen, das jeden Schulhof bis 2030 entsiegelt und begrünt. ⟦Die Kosten sind überschaubar, verglichen mit den Folgen der Hitze für Gesundheit und Lernen.⟧ Und die Schulen sollten die Höfe am Nachmittag und in den Ferien für die Nachbarschaft öffnen, damit nicht nur die Kinder profitieren.

Die nächste Hitzewelle kommt bestimmt. ⟦Die Frage ist nur, ob die Kinder dann im Schatten spielen oder auf dem Gang sitzen.⟧

[[BIO|⟪Stefan Koller ist Landschaftsplaner in Wien und forscht zum Stadtklima.⟫]]""",
    kind="opinion", why="guest commentary demanding greener school yards",
))

# ---------------------------------------------------------------- 39. Swiss story, Text: … | Bild: …, paywall wrapper
LZ_NAV = ["Zürich", "Region", "Schweiz", "International", "Wirtschaft", "Sport", "Kultur", "Meinung", "Leitartikel", "Kolumnen", "Podcasts"]
LZ_COOKIE = "Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten und unsere Angebote zu verbessern. Weitere Informationen finden Sie in der Datenschutzerklärung."
PAGES.append(dict(
    case="de-news-dach-nachtzug", lang="de", html_lang="de-CH", skin="dach", domain="www.limmatzeitung.example", site="Limmat-Zeitung", secpath="schweiz",
    url="https://www.limmatzeitung.example/schweiz/ab-dezember-faehrt-ein-nachtzug-von-zuerich-nach-rom-937402115",
    h1="Ab Dezember fährt ein Nachtzug von Zürich nach Rom",
    deck="Die SBB bauen ihr Nachtzugangebot aus. Die neue Verbindung soll täglich verkehren – doch die Finanzierung ist erst für drei Jahre gesichert.",
    kicker="Bahnverkehr", crumbs=["Schweiz"], authors=["Lea Brunner"],
    byline_html='Text: <a href="/autor/lea-brunner">Lea Brunner</a> | Bild: Ennio Leanza/Keystone', meta="og", meta_section="Schweiz",
    paywall=("⟪Dieser Artikel ist für Abonnentinnen und Abonnenten⟫", "Lesen Sie alle Artikel der Limmat-Zeitung. Jetzt 1 Monat für 1 Franken."),
    pub="2026-03-05T10:32:00+01:00", date="05.03.2026, 10:32 Uhr", updated="Aktualisiert: 05.03.2026, 17:15 Uhr",
    nav=LZ_NAV, subnav=["Meinung", "Leitartikel", "Kommentar", "Kolumnen", "Gastbeiträge"],
    cookie=LZ_COOKIE, cookie_title="Ihre Privatsphäre",
    ticker=["Stadtrat will Langstrasse verkehrsberuhigen", "FCZ verpflichtet Stürmer aus Dänemark"],
    caption="⟪Ein Nachtzug im Bahnhof Zürich HB.⟫ Bild: Ennio Leanza/Keystone",
    audio="Artikel anhören · 4 Min.",
    side=[("Meistgelesen", ["⟪Mieten in der Stadt Zürich steigen um 6 Prozent⟫", "Das neue Kongresshaus ist eröffnet", "Skigebiete verlängern die Saison"]),
          ("Meinung", [("Leitartikel", "Der Nachtzug ist kein Nostalgieprojekt"), ("Kommentar", "Der Bund muss bei der Bahn mutiger werden"),
                       ("Kolumne", "Schlafen im Zug – ein Selbstversuch")])],
    tags=["SBB", "Nachtzug", "Bahn"],
    related=["Nachtzug nach Amsterdam: Ein Jahr danach", "Bahn statt Flug: Wie die Schweizer reisen"],
    comments=[("Urs Meier", "05.03.2026, 11:20", "⟪Endlich! Wir fahren im Januar sicher mit.⟫"),
              ("M. Keller", "05.03.2026, 12:02", "Hoffentlich sind die Preise vernünftig.")], comment_count=57,
    footer="⟪© Limmat-Zeitung 2026. Alle Rechte vorbehalten.⟫", footer_nav=["Impressum", "Datenschutz", "AGB", "Kontakt"],
    body="""⟦Ab dem Fahrplanwechsel im Dezember verbindet ein Nachtzug Zürich täglich mit Rom.⟧ Das haben die SBB am Donnerstag an einer Medienkonferenz in Bern bekannt gegeben. Der Zug soll um 20.30 Uhr in Zürich abfahren und am nächsten Morgen kurz vor 9 Uhr in Roma Termini ankommen.

Betrieben wird die Verbindung gemeinsam mit der italienischen Staatsbahn. Im Zug gibt es Schlafwagen, Liegewagen und Sitzwagen. ⟦Ein Platz im Liegewagen soll ab 89 Franken kosten.⟧

«Die Nachfrage nach Nachtzügen ist in den letzten Jahren stark gestiegen», sagte die Leiterin Personenverkehr der SBB an der Medienkonferenz. Auf den bestehenden Verbindungen nach Amsterdam und Prag seien die Züge an vielen Tagen ausgebucht.

[[READ|⟪Nachtzüge: Das Angebot der SBB im Überblick⟫]]

[[PAYWALL]]

[[H|Finanzierung nur für drei Jahre gesichert]]

Finanziert wird das neue Angebot teilweise über den Klimafonds des Bundes. ⟦Die Beiträge sind allerdings nur bis Ende 2029 zugesichert.⟧ Ob der Zug danach weiterfährt, hängt davon ab, wie gut er ausgelastet ist.

Kritik kommt vom Verband öffentlicher Verkehr. Es sei unverständlich, dass der Bund Nachtzüge nur befristet unterstütze, während der Flugverkehr weiterhin von Steuerbefreiungen profitiere, schreibt der Verband in einer Stellungnahme.

[[AD]]

Auf der Strecke wird der Zug in Arth-Goldau, Bellinzona und Mailand halten. Für Reisende aus der Westschweiz ist ein Anschluss aus Bern geplant. Die SBB rechnen mit durchschnittlich 300 Fahrgästen pro Nacht.

Die Reaktionen aus der Politik fielen positiv aus. Vertreterinnen und Vertreter mehrerer Parteien begrüssten den Ausbau, forderten aber eine langfristige Finanzierung.

Die SBB prüfen zudem weitere Nachtzugverbindungen, etwa nach Barcelona und nach Kopenhagen. Entscheide sollen bis Ende Jahr fallen.

Tickets für den Nachtzug nach Rom sind ab Juni erhältlich. ⟦Die erste Fahrt ist für den 13. Dezember geplant.⟧

[[CREDIT|Mit Material der Nachrichtenagentur Keystone-SDA.]]""",
    kind="news", why="report on a new night train, behind a paywall wrapper",
))

# ---------------------------------------------------------------- 40. Swiss signed column not marked at all
BL_NAV = ["Region", "Bern", "Thun", "Emmental", "Schweiz", "Wirtschaft", "Sport", "Kultur", "Meinung", "Leitartikel", "Leserbriefe"]
PAGES.append(dict(
    case="de-opinion-dach-laubblaeser", lang="de", html_lang="de-CH", skin="dach", domain="www.bernerlandbote.example", site="Berner Landbote", secpath="region",
    url="https://www.bernerlandbote.example/region/bern/der-laubblaeser-ist-das-lauteste-symbol-unserer-ungeduld-582031",
    h1="Der Laubbläser ist das lauteste Symbol unserer Ungeduld",
    kicker="Region", kicker_path="region", crumbs=["Region", "Bern"], authors=["Reto Ammann"],
    byline_html='Von <a href="/autor/reto-ammann">Reto Ammann</a>', meta="ld",
    ld_authors=["Reto Ammann"], ld_type="Article", ld_section="Region",
    pub="2026-03-10T17:00:00+01:00", date="10.03.2026, 17:00 Uhr",
    nav=BL_NAV, subnav=["Bern", "Thun", "Emmental", "Oberaargau", "Seeland"],
    cookie=LZ_COOKIE, cookie_title="Cookies",
    ticker=["Aare-Schwimmen: Stadt plant neue Einstiege", "YB gewinnt gegen Basel"],
    caption="⟪Frühjahrsputz mit Motorenlärm in einem Berner Quartier.⟫ Bild: Berner Landbote",
    side=[("Meistgelesen", ["⟪Stadt Bern testet Tempo 30 auf Hauptachsen⟫", "Neue Buslinie ins Breitenrain", "Thun: Schloss wird saniert"]),
          ("Meinung", [("Leitartikel", "Bern muss leiser werden"), ("Leserbrief", "Auch Laubrechen ist Arbeit")])],
    tags=["Bern", "Lärm", "Quartiere"],
    related=["Lärmklagen in der Stadt nehmen zu", "Gemeinden setzen auf Elektrogeräte"],
    comments=[("Hanspeter", "10.03.2026, 18:20", "⟪Als Hauswart sage ich: Ohne Bläser dauert es dreimal so lang.⟫"),
              ("Anna B.", "10.03.2026, 19:02", "Danke! Samstagmorgen um acht ist das eine Qual.")], comment_count=39,
    footer="⟪© Berner Landbote 2026⟫", footer_nav=["Impressum", "Datenschutz", "Kontakt", "Abo"],
    body="""⟦Es ist Samstag, kurz nach acht, und im Quartier heult ein Motor auf.⟧ Nicht eine Motorsäge, nicht ein Rasenmäher, sondern ein Laubbläser, der drei Blätter von der Einfahrt aufs Trottoir und von dort wieder zurück befördert. Wer in einer Berner Wohnsiedlung lebt, kennt das Geräusch. Es ist das lauteste Symbol unserer Ungeduld.

Der Laubbläser wurde erfunden, um Zeit zu sparen. Aber wie viel Zeit spart er wirklich? Im Herbst vielleicht ein paar Stunden. Im Frühling, wenn kaum Laub liegt, ist er vor allem eines: laut. ⟦Bis zu hundert Dezibel, das ist so viel wie ein Presslufthammer.⟧

[[AD]]

Dazu kommt, was der Bläser mit dem Boden macht. Er wirbelt Staub, Pollen und Hundekot auf, die wir dann einatmen. Und er bläst Insekten, Spinnen und Samen weg, die im Laub überwintern. Der Igel, der unter der Hecke schläft, hat keine Chance.

Einige Gemeinden haben den Einsatz inzwischen eingeschränkt, auf bestimmte Wochen im Herbst und auf Werktage. ⟦Das ist ein Anfang, aber es reicht nicht.⟧ In Wohnquartieren sollten benzinbetriebene Laubbläser ganz verboten werden, und auch elektrische Geräte gehören auf wenige Stunden pro Woche beschränkt.

[[READ|⟪Stadt Bern prüft Laubbläser-Verbot⟫]]

Man könnte einwenden, es gebe wichtigere Probleme als ein paar laute Geräte. Doch Lärm ist kein Luxusproblem. Er stört den Schlaf, erhöht den Stress und trifft jene am stärksten, die tagsüber zu Hause sind: ältere Menschen, Kleinkinder, Schichtarbeiterinnen.

Natürlich werden die Hauswarte sagen, dass sie ohne Bläser mehr Arbeit haben. Das stimmt. Aber Rechen und Besen sind keine Folter, und ein bisschen Laub auf dem Rasen ist keine Katastrophe. Vielleicht müssen wir uns einfach wieder daran gewöhnen, dass ein Garten nicht aussehen muss wie ein Parkettboden.

⟦Die Stille am Samstagmorgen wäre es wert.⟧""",
    kind="opinion", why="signed column arguing for a leaf-blower ban; unmarked, under Region",
))
