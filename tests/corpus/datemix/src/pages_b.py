"""German, Italian, Dutch, Polish and Turkish pages."""

PAGES = []

# live blog started on the 25th, entries run past midnight; header and last update on the 26th
PAGES.append(dict(
    case="de-news-live-bahnstreik", lang="de", html_lang="de-DE", skin="live", domain="rheinpost.example", site="Rheinpost", secpath="wirtschaft",
    url="https://www.rheinpost.example/wirtschaft/bahnstreik-liveblog-pendler-zugausfaelle-nrw-2026-id90412.html",
    h1="Bahnstreik im Liveblog: Zugausfälle in NRW, Pendler steigen aufs Rad",
    og_title="Bahnstreik im Liveblog: Zugausfälle in NRW, Pendler steigen aufs Rad | Rheinpost",
    deck="Die Gewerkschaft hat den Ausstand bis Freitagmorgen verlängert. Alle Entwicklungen im Überblick.",
    section="Wirtschaft", authors=["Jana Köhler", "Tobias Brandt"], byline_text="Von Jana Köhler und Tobias Brandt",
    ld_type="LiveBlogPosting", ld_authors=["Jana Köhler", "Tobias Brandt"],
    ld={"datePublished": "2026-03-25T05:30:00+01:00", "dateModified": "2026-03-26T00:40:00+01:00", "coverageStartTime": "2026-03-25T05:30:00+01:00"},
    og_pub="2026-03-25T04:30:00Z", og_mod="2026-03-25T23:40:00Z",
    dates='Gestartet: Mi., 25.03.2026, 05:30 Uhr · <span class="upd">⟪Zuletzt aktualisiert: Do., 26.03.2026, 00:40 Uhr⟫</span>',
    topdate="⟪Donnerstag, 26. März 2026⟫", pub="2026-03-25",
    live_badge="LIVE", summary_title="Das Wichtigste in Kürze", refresh="Neue Beiträge laden",
    summary=["⟦Die Lokführergewerkschaft hat den Streik im Personenverkehr bis Freitag, 6 Uhr, verlängert.⟧",
             "In Nordrhein-Westfalen fallen rund 80 Prozent der Regionalzüge aus. ⟦Der Notfahrplan gilt auch für S-Bahnen in Köln und Düsseldorf.⟧"],
    entries=[("DAY", "⟪Donnerstag, 26. März 2026⟫"),
             ("00:40 Uhr", "2026-03-26T00:40:00+01:00", "Tobias Brandt", "⟦Damit beenden wir den Liveblog für heute Nacht.⟧ Am Morgen geht es hier weiter."),
             ("00:05 Uhr", "2026-03-26T00:05:00+01:00", "Tobias Brandt", "Die Bahn bestätigt: Auch am Donnerstag gilt der Notfahrplan. Fahrgäste sollen ihre Verbindung kurz vor Abfahrt prüfen."),
             ("DAY", "Mittwoch, 25. März 2026"),
             ("22:15 Uhr", "2026-03-25T22:15:00+01:00", "Jana Köhler", "Die Gespräche in Frankfurt sind ohne Ergebnis vertagt worden. ⟦Beide Seiten wollen sich am Montag erneut treffen.⟧"),
             ("18:30 Uhr", "2026-03-25T18:30:00+01:00", "Jana Köhler", "Auf der A3 zwischen Köln und Leverkusen meldet der Verkehrsdienst zwölf Kilometer Stau."),
             ("11:20 Uhr", "2026-03-25T11:20:00+01:00", "Tobias Brandt", "⟦Viele Pendler weichen aufs Fahrrad aus:⟧ Am Radweg am Rheinufer zählte die Stadt Düsseldorf bis 10 Uhr doppelt so viele Räder wie an einem normalen Mittwoch."),
             ("05:30 Uhr", "2026-03-25T05:30:00+01:00", "Jana Köhler", "Guten Morgen! Der Streik hat um 2 Uhr begonnen. ⟦An den Bahnhöfen in Köln und Dortmund sind die Anzeigetafeln fast leer.⟧")],
    related=[("⟪Was Fahrgäste bei Zugausfällen erstattet bekommen⟫", "⟪24.03.2026⟫"), ("Tarifstreit: Die Forderungen im Überblick", "20.03.2026"), ("Deutschlandticket wird teurer", "02.03.2026")],
    most=[("⟪Fortuna verliert Derby in Köln⟫", ""), ("Neuer Blitzer auf der A46", ""), ("Wetter: Frühling kommt am Wochenende", "")],
    footer="© Rheinpost 2026 – Alle Rechte vorbehalten",
    kind="news", why="live blog reporting a rail strike",
))

# printed date only (no date metadata at all); comments and header the next day
PAGES.append(dict(
    case="de-opinion-column-tempo30", lang="de", html_lang="de-DE", skin="column", domain="weserbote.example", site="Weser-Bote", secpath="meinung",
    url="https://www.weserbote.example/meinung/kommentar-tempo-30-in-der-innenstadt-ist-ueberfaellig-1184220",
    h1="Tempo 30 in der Innenstadt ist überfällig",
    og_title="Kommentar: Tempo 30 in der Innenstadt ist überfällig",
    deck="Die Stadt hat lange genug gezögert. Ein Kommentar zur Entscheidung des Verkehrsausschusses.",
    section="Meinung", authors=["Birgit Lohmann"], byline_text="Ein Kommentar von Birgit Lohmann",
    role="Leiterin der Lokalredaktion", ld_type="OpinionNewsArticle", ld_authors=["Birgit Lohmann"], ld={},
    dates='<span class="date">Donnerstag, 12. März 2026</span>',
    topdate="⟪Freitag, 13. März 2026⟫", pub="2026-03-12",
    bio="Birgit Lohmann leitet seit 2021 die Lokalredaktion des Weser-Boten.",
    more=[("⟪Der Wochenmarkt braucht einen neuen Platz⟫", "⟪26.02.2026⟫"), ("Warum das Hallenbad bleiben muss", "12.02.2026")],
    related=[("Verkehrsausschuss stimmt für Tempo 30 am Wall", "12.03.2026"), ("Unfallzahlen 2025: Mehr Radfahrer verletzt", "05.03.2026")],
    most=[("Werder holt Punkt in Freiburg", ""), ("Baustelle an der Stephanibrücke verlängert", ""), ("Neues Café im Viertel", "")],
    comments=[("Hinrich_B", "⟪13.03.2026 um 07:22⟫", "Endlich. Wer morgens mit Kindern über den Wall muss, weiß warum."), ("K. Meyer", "13.03.2026 um 09:05", "Und der Lieferverkehr?")],
    footer="© 2026 Weser-Bote Verlag GmbH & Co. KG",
    body="""⟦Es hat lange gedauert, aber jetzt ist es beschlossen:⟧ Auf dem Wall und in den angrenzenden Straßen der Innenstadt soll künftig Tempo 30 gelten. Der Verkehrsausschuss hat am Mittwochabend mit deutlicher Mehrheit zugestimmt.

Die Gegner warnen vor Staus und längeren Fahrzeiten. ⟦Doch die Messungen der Stadt zeigen, dass Autos im Berufsverkehr dort ohnehin kaum schneller als 25 km/h fahren.⟧ Verloren geht also wenig Zeit.

[[ALSO|Unfallzahlen 2025: Mehr Radfahrer verletzt|05.03.2026]]

Gewonnen wird dagegen viel. ⟦Bei Tempo 30 halbiert sich der Anhalteweg ungefähr,⟧ und der Lärm an den Wohnhäusern sinkt spürbar. Im vergangenen Jahr wurden am Wall 41 Radfahrer verletzt.

[[AD]]

Der Rat muss den Beschluss am 26. März noch bestätigen. Danach sollen die Schilder bis zum Sommer stehen.

Die Stadt hat zu lange ⟦gezögert; nun sollte sie nicht auch noch bei der Umsetzung trödeln.⟧""",
    kind="opinion", why="signed commentary arguing for a speed limit",
))

# "updated" printed at the top; "published" printed only after the text; JSON-LD with dateModified only
PAGES.append(dict(
    case="it-news-portal-acquaalta", lang="it", html_lang="it-IT", skin="portal", domain="gazzettadellaguna.example", site="Gazzetta della Laguna", secpath="cronaca",
    url="https://www.gazzettadellaguna.example/cronaca/acqua-alta-fuori-stagione-mose-alzato-di-notte-n771204",
    h1="Acqua alta fuori stagione, il Mose alzato di notte",
    og_title="Acqua alta fuori stagione, il Mose alzato di notte - Gazzetta della Laguna",
    deck="Marea prevista a 118 centimetri: le paratoie sollevate alle 2 del mattino. Negozi chiusi a San Marco fino alle 9.",
    section="Cronaca", authors=["Marco Zennaro"], byline_text="di Marco Zennaro",
    ld_authors=["Marco Zennaro"], ld={"dateModified": "2026-03-15T09:15:00+01:00"}, og_pub="2026-03-14T22:40:00Z",
    dates='<span class="upd">⟪Aggiornato alle 09:15 del 15/03/2026⟫</span>',
    after='<p class="data-pubblicazione">Pubblicato il 14/03/2026 alle 23:40</p>\n',
    topdate="⟪domenica 15 marzo 2026⟫", weather="Venezia 11°C", pub="2026-03-14",
    tags=["acqua alta", "Mose", "Venezia"],
    ticker=[("Vaporetti: sospesa la linea 1 fino alle 10", "08:50"), ("Chioggia, allerta meteo gialla", "07:30")], ticker_label="Ultim’ora",
    related=[("⟪Mose, i costi di gestione salgono a 60 milioni⟫", "⟪12/03/2026⟫"), ("Turisti, da aprile torna il ticket d’accesso", "09/03/2026"), ("Lido, erosione della spiaggia: il piano", "02/03/2026")],
    most=[("⟪Venezia-Mestre, cambia la viabilità al ponte⟫", "14/03/2026"), ("Reyer, vittoria al supplementare", "14/03/2026"), ("Il meteo del weekend", "13/03/2026")],
    footer="© 2026 Gazzetta della Laguna S.r.l. - P.IVA 01234560279",
    body="""⟦Le paratoie del Mose sono state sollevate alle 2 di notte⟧ per una marea prevista a 118 centimetri, un livello insolito per la metà di marzo. La decisione è stata presa dal commissario dopo il bollettino delle 22 del Centro maree.

Lo scirocco, che soffia da due giorni sull’Adriatico, ha spinto l’acqua verso la laguna proprio in coincidenza con la luna piena.

[[ALSO|Mose, i costi di gestione salgono a 60 milioni|12/03/2026]]

⟦In piazza San Marco, che si allaga già a 80 centimetri,⟧ i commercianti hanno comunque tenuto abbassate le serrande fino alle 9 per precauzione.

[[AD]]

«Con il Mose in funzione la città resta asciutta, ma la laguna si chiude e le navi aspettano», ha spiegato un tecnico del Consorzio. ⟦Una decina di mercantili è rimasta in rada davanti al Lido⟧ fino al mattino.

Il Centro ⟦maree prevede un nuovo picco di 105 centimetri per lunedì sera.⟧""",
    kind="news", why="local report on an off-season high tide",
))

# republished column: first publication elsewhere printed after the text; the page date is the republication
PAGES.append(dict(
    case="it-opinion-column-biblioteche", lang="it", html_lang="it-IT", skin="column", domain="ilportico.example", site="Il Portico", secpath="opinioni",
    url="https://www.ilportico.example/opinioni/le-biblioteche-di-quartiere-non-sono-un-lusso/",
    h1="Le biblioteche di quartiere non sono un lusso",
    og_title="Le biblioteche di quartiere non sono un lusso | Il Portico",
    section="Opinioni", authors=["Lucia Ferraresi"], byline_text="Lucia Ferraresi",
    role="Scrittrice", ld_type="OpinionNewsArticle", ld_authors=["Lucia Ferraresi"],
    ld={"datePublished": "2026-03-05T06:00:00+01:00"}, og_pub="2026-03-05T05:00:00Z",
    dates='<time datetime="2026-03-05">5 marzo 2026</time>',
    after='<p class="nota-ripubblicazione"><em>⟪Questo articolo è stato pubblicato per la prima volta sul Corriere della Laguna il 20 febbraio 2026.⟫</em></p>\n',
    topdate="⟪giovedì 5 marzo 2026⟫", pub="2026-02-20",
    bio="Lucia Ferraresi è scrittrice e bibliotecaria. Il suo ultimo libro è «La stanza dei prestiti».",
    more=[("⟪Elogio del silenzio in treno⟫", "⟪19 febbraio 2026⟫"), ("Perché leggiamo i gialli d’inverno", "29 gennaio 2026")],
    related=[("Bologna, tre biblioteche ridurranno l’orario", "3 marzo 2026"), ("Il prestito digitale raddoppia in un anno", "25 febbraio 2026")],
    most=[("Sanremo, la classifica finale", ""), ("Il Festival del libro torna a maggio", ""), ("Mostre da vedere a marzo", "")],
    footer="Il Portico © 2026 — Tutti i diritti riservati",
    body="""⟦Ogni volta che un comune deve tagliare, la prima voce a saltare è l’orario della biblioteca di quartiere.⟧ Si chiude il sabato pomeriggio, poi il giovedì sera, poi si accorpa con la sede centrale, che però sta dall’altra parte della città.

Eppure chi frequenta queste sale sa che non sono depositi di libri. ⟦Sono l’unico posto al chiuso, gratuito e riscaldato, dove si può restare senza comprare niente.⟧

[[ALSO|Bologna, tre biblioteche ridurranno l’orario|3 marzo 2026]]

Ci studiano ragazzi che a casa non hanno una scrivania, ci leggono il giornale pensionati che altrimenti non parlerebbero con nessuno per giorni. ⟦Ci arrivano famiglie appena giunte in Italia per il corso di lingua del martedì.⟧

[[AD]]

Una biblioteca di quartiere costa, in media, meno di un chilometro di pista ciclabile. Non è un ⟦lusso: è una delle poche infrastrutture della città che servono tutti.⟧""",
    kind="opinion", why="signed column defending neighbourhood libraries",
))

# Dutch weekday abbreviations; no JSON-LD, no article:published_time, only og:updated_time
PAGES.append(dict(
    case="nl-news-newsroom-dijkversterking", lang="nl", html_lang="nl-NL", skin="newsroom", domain="hetnoordernieuws.example", site="Het Noorder Nieuws", secpath="regio",
    url="https://www.hetnoordernieuws.example/regio/dijkversterking-lauwersmeer-twee-jaar-vertraagd~a4471902/",
    h1="Dijkversterking bij het Lauwersmeer twee jaar vertraagd",
    og_title="Dijkversterking bij het Lauwersmeer twee jaar vertraagd",
    deck="Het waterschap heeft te weinig klei. Bewoners van Zoutkamp vrezen voor hoog water in de winter.",
    section="Regio", authors=["Sanne de Boer"], byline_text="Sanne de Boer",
    ld=None, og_updated="2026-03-11T08:30:00+01:00",
    dates='<span class="pub">di 10 mrt 2026, 14:05</span> · <span class="upd">⟪Aangepast: wo 11 mrt 2026, 08:30⟫</span>',
    topdate="⟪woensdag 11 maart 2026⟫", pub="2026-03-10",
    hero="De dijk bij Zoutkamp. Foto: archief",
    tags=["Waterschap", "Lauwersmeer", "Zoutkamp"],
    related=[("⟪Stormvloedkering Delfzijl krijgt nieuwe schuiven⟫", "⟪do 5 mrt 2026⟫"), ("Waterschapsbelasting stijgt met 9 procent", "ma 2 mrt 2026"), ("Zoutkamp wil eigen reddingsboot terug", "vr 20 feb 2026")],
    most=[("⟪FC Groningen wint derby in Leeuwarden⟫", ""), ("Vijf tips voor een dagje Schiermonnikoog", ""), ("Aardbeving bij Loppersum gevoeld", "")],
    comments=[("Geert", "⟪10 mrt 2026 om 16:48⟫", "Al jaren hetzelfde verhaal met die klei.")],
    footer="© 2026 Het Noorder Nieuws B.V.",
    body="""⟦De versterking van de dijk langs het Lauwersmeer bij Zoutkamp is twee jaar vertraagd.⟧ Het waterschap Noorderzijlvest heeft niet genoeg geschikte klei om het werk in 2027 af te ronden, zo maakte het dinsdag bekend.

Over een lengte van 4,2 kilometer moet de dijk een halve meter hoger en flink breder worden. Daarvoor is ongeveer 600.000 kubieke meter klei nodig.

[[ALSO|Waterschapsbelasting stijgt met 9 procent|ma 2 mrt 2026]]

⟦De klei zou uit een nieuwe put bij Vierhuizen komen,⟧ maar de vergunning daarvoor is door de Raad van State vernietigd. Een nieuwe procedure duurt naar verwachting minstens anderhalf jaar.

[[AD]]

„We begrijpen dat mensen ongerust zijn”, zegt dijkgraaf Harm Tjepkema. ⟦Hij benadrukt dat de huidige dijk aan de veiligheidsnorm voldoet,⟧ maar dat die marge kleiner wordt naarmate de zeespiegel stijgt.

Bewoners zijn welkom op een informatieavond op donderdag 19 maart in het dorpshuis. ⟦Het waterschap zoekt intussen naar klei uit andere projecten in de provincie.⟧""",
    kind="news", why="regional report on a delayed dike project",
))

# Dutch numeric date (3-4-2026 = 3 April) in an old layout; no metadata; an event date and a later update line
PAGES.append(dict(
    case="nl-other-legacy-fietsroute", lang="nl", html_lang="nl", skin="legacy", domain="fietsenindepolder.example", site="Fietsen in de Polder", secpath="routes",
    url="https://www.fietsenindepolder.example/routes/bollenroute-van-lisse-naar-noordwijk.html",
    h1="Bollenroute: van Lisse naar Noordwijk langs de velden",
    og_title="Bollenroute: van Lisse naar Noordwijk langs de velden",
    deck="Een rondje van 38 kilometer door de bloeiende bollenvelden, met drie koffieadressen.",
    section="Fietsroutes", authors=["Kees Verhoef"], byline_text="Door Kees Verhoef",
    ld=None, dates="3-4-2026",
    after='<p class="bijgewerkt"><small>⟪Laatst bijgewerkt: 7-4-2026⟫</small></p>\n',
    topdate="⟪Welkom! Vandaag is het woensdag 8 april⟫", pub="2026-04-03",
    most=[("⟪Rondje Kaag: 25 km over het water⟫", "⟪27-3-2026⟫"), ("De mooiste dijkroutes van Friesland", "13-3-2026"), ("Fietsen met de e-bike in de duinen", "28-2-2026")],
    comments=[("Ria uit Hillegom", "⟪5-4-2026 20:11⟫", "Gisteren gefietst, de tulpen staan er prachtig bij!")],
    footer="© 2008-2026 Fietsen in de Polder · Alle routes op eigen risico",
    body="""⟦De bollen staan in bloei, en dat is het moment voor deze route.⟧ We starten bij het station van Lisse en fietsen in een grote lus via Sassenheim en Noordwijkerhout naar de kust, en weer terug.

[[H|Lisse – Sassenheim (9 km)]]

Volg vanaf het station de Heereweg naar het zuiden. ⟦Na twee kilometer sla je rechtsaf het fietspad langs de Ringvaart op.⟧ Hier zie je de eerste velden met hyacinten.

[[PHOTO|⟪Hyacintenvelden bij Sassenheim. Foto: Kees Verhoef⟫]]

[[H|Naar de kust (16 km)]]

Via knooppunt 12 en 18 rijd je naar Noordwijkerhout. ⟦Koffie drink je bij de theetuin aan de Zilverspar,⟧ die in het seizoen vanaf 10 uur open is.

[[AD]]

[[H|Terug naar Lisse (13 km)]]

Op zaterdag 18 april rijdt het bloemencorso over een deel van de route; kies die dag de binnendoor langs de Leidsevaart. ⟦Houd rekening met drukte op de smalle paden in de weekenden.⟧""",
    kind="other", why="cycling route guide",
))

# "wczoraj" printed beside an absolute <time datetime>; JSON-LD in UTC (same day)
PAGES.append(dict(
    case="pl-news-portal-smog", lang="pl", html_lang="pl-PL", skin="portal", domain="gazetapoludniowa.example", site="Gazeta Południowa", secpath="krakow",
    url="https://krakow.gazetapoludniowa.example/krakow/alarm-smogowy-w-malopolsce-darmowa-komunikacja-w-weekend/ar/c1-22190415",
    h1="Alarm smogowy w Małopolsce. Darmowa komunikacja w weekend",
    og_title="Alarm smogowy w Małopolsce. Darmowa komunikacja w weekend | Gazeta Południowa",
    deck="Stężenie pyłu PM10 przekroczyło 200 mikrogramów. Wojewoda ogłosił trzeci stopień zagrożenia.",
    section="Kraków", authors=["Agnieszka Wróbel"], byline_text="Agnieszka Wróbel",
    ld_authors=["Agnieszka Wróbel"], ld={"datePublished": "2026-03-13T20:30:00Z", "dateModified": "2026-03-14T07:05:00Z"},
    dates='<time datetime="2026-03-13T21:30:00+01:00" title="13.03.2026 21:30">⟪wczoraj, 21:30⟫</time> · <span class="upd">Aktualizacja: 08:05</span>',
    topdate="⟪sobota, 14 marca 2026⟫", weather="Kraków 4°C · PM10 212 µg/m³", pub="2026-03-13",
    tags=["smog", "Kraków", "komunikacja miejska"],
    ticker=[("Korki na Zakopiance po wypadku", "10:12"), ("Wisła przegrała w Gdyni", "09:40")], ticker_label="Pilne",
    related=[("⟪Zakaz palenia węglem: ile wniosków o dopłaty⟫", "⟪12.03.2026⟫"), ("Nowe czujniki jakości powietrza w Nowej Hucie", "06.03.2026"), ("Strefa czystego transportu od lipca", "27.02.2026")],
    most=[("⟪Remont ronda Mogilskiego. Objazdy⟫", "13.03.2026"), ("Ceny mieszkań w Krakowie w marcu", "14.03.2026"), ("Koncert na Rynku w sobotę", "12.03.2026")],
    footer="© 2026 Gazeta Południowa sp. z o.o. Wszelkie prawa zastrzeżone.",
    body="""⟦Wojewoda małopolski ogłosił w piątek wieczorem trzeci stopień zagrożenia smogiem⟧ dla Krakowa, powiatu krakowskiego i wielickiego. Na stacji przy alei Krasińskiego stężenie pyłu PM10 wyniosło 212 mikrogramów na metr sześcienny.

Norma dobowa to 50 mikrogramów. Alarm obowiązuje co najmniej do niedzieli do północy.

[[ALSO|Nowe czujniki jakości powietrza w Nowej Hucie|06.03.2026]]

⟦W sobotę i niedzielę przejazdy autobusami i tramwajami MPK są bezpłatne⟧ dla kierowców, którzy okażą dowód rejestracyjny samochodu. Zakazane jest też palenie w kominkach, jeśli nie są jedynym źródłem ogrzewania.

[[AD]]

„Prosimy osoby starsze i rodziców małych dzieci, by ograniczyły spacery”, powiedziała rzeczniczka wojewody Ewa Krzak.

⟦Synoptycy zapowiadają poprawę dopiero w poniedziałek,⟧ gdy nad Małopolskę napłynie wilgotne powietrze z zachodu. ⟦Straż miejska skontroluje w weekend ponad 300 domów.⟧""",
    kind="news", why="regional report on a smog alert",
))

# printed weekday date only; no date metadata; header the next day and an event date in the text
PAGES.append(dict(
    case="pl-opinion-column-boiska", lang="pl", html_lang="pl-PL", skin="column", domain="tygodnikmiejski.example", site="Tygodnik Miejski", secpath="opinie",
    url="https://www.tygodnikmiejski.example/opinie/felieton-zamkniete-boiska-szkolne-to-marnotrawstwo",
    h1="Zamknięte boiska szkolne to marnotrawstwo",
    og_title="Zamknięte boiska szkolne to marnotrawstwo – Tygodnik Miejski",
    section="Opinie", authors=["Piotr Zawadzki"], byline_text="Piotr Zawadzki, felietonista",
    role="Felietonista", ld_type="OpinionNewsArticle", ld_authors=["Piotr Zawadzki"], ld={},
    dates='<span>piątek, 20 marca 2026</span>',
    topdate="⟪sobota, 21 marca 2026⟫", pub="2026-03-20",
    bio="Piotr Zawadzki jest nauczycielem wychowania fizycznego i ojcem trójki dzieci.",
    more=[("⟪Dlaczego autobus nocny jeździ pusty⟫", "⟪6 marca 2026⟫"), ("Park zamiast parkingu", "20 lutego 2026")],
    related=[("Radni zdecydują o boiskach 23 marca", "18 marca 2026"), ("Orliki po 15 latach: co dalej?", "9 marca 2026")],
    most=[("Nowy rozkład jazdy tramwajów", ""), ("Kiedy otwarcie basenu przy Sportowej?", ""), ("Przegląd tygodnia", "")],
    comments=[("mama_Zosi", "⟪21.03.2026, 07:55⟫", "Popieram. Nasze boisko stoi puste od 16.")],
    footer="© Tygodnik Miejski 2026",
    body="""⟦W naszym mieście jest 27 szkolnych boisk z nową nawierzchnią⟧ i prawie wszystkie po godzinie 16 zamyka się na kłódkę. Dzieci grają w piłkę na parkingach, a za płotem stoi pusta bramka.

Dyrektorzy tłumaczą się odpowiedzialnością za bezpieczeństwo i zniszczenia. ⟦Rozumiem ich obawy, ale to problem do rozwiązania, a nie powód do zamykania.⟧

[[ALSO|Orliki po 15 latach: co dalej?|9 marca 2026]]

Wystarczy animator na pół etatu, regulamin na furtce i monitoring, który i tak wisi na większości szkół. ⟦Tak robi sąsiednia gmina i od trzech lat nie zgłoszono tam żadnej poważnej szkody.⟧

[[AD]]

Rada miasta zajmie się sprawą 23 marca. Radni dostaną projekt, który zakłada otwarcie boisk do 20 od kwietnia do października.

Boisko, które ⟦stoi zamknięte, kosztuje tyle samo co otwarte, tylko nikomu nie służy.⟧""",
    kind="opinion", why="signed column arguing to open school pitches",
))

# live blog started just after midnight local time; JSON-LD and og in UTC on the previous day
PAGES.append(dict(
    case="tr-news-live-karyagisi", lang="tr", html_lang="tr-TR", skin="live", domain="marmaragunluk.example", site="Marmara Günlük", secpath="gundem",
    url="https://www.marmaragunluk.example/gundem/canli-istanbulda-yogun-kar-yagisi-okullar-tatil-1458821",
    h1="CANLI | İstanbul’da yoğun kar yağışı: Okullar tatil, köprülerde trafik durma noktasında",
    og_title="CANLI | İstanbul’da yoğun kar yağışı: Okullar tatil, köprülerde trafik durma noktasında",
    section="Gündem", authors=None, byline_text="Marmara Günlük Haber Merkezi",
    ld_type="LiveBlogPosting", ld_authors=["org:Marmara Günlük"],
    ld={"datePublished": "2026-02-25T21:30:00Z", "dateModified": "2026-02-26T19:10:00Z", "coverageStartTime": "2026-02-25T21:30:00Z"},
    og_pub="2026-02-25T21:30:00Z",
    dates='<span>26.02.2026 00:30</span> | <span class="upd">⟪Son güncelleme: 26.02.2026 22:10⟫</span>',
    topdate="⟪27 Şubat 2026 Cuma⟫", pub="2026-02-26",
    live_badge="CANLI", summary_title="Öne çıkanlar", refresh="Yeni gelişmeleri göster",
    summary=["⟦İstanbul Valiliği, kar yağışı nedeniyle okulları perşembe günü tatil etti.⟧",
             "⟦Kandilli’de kar kalınlığı sabah saatlerinde 32 santimetreye ulaştı.⟧"],
    entries=[("22:10", "2026-02-26T22:10:00+03:00", "Haber Merkezi", "⟦Meteoroloji, yağışın cuma öğleden sonra etkisini kaybedeceğini açıkladı.⟧"),
             ("17:45", "2026-02-26T17:45:00+03:00", "Haber Merkezi", "⟦Sabiha Gökçen Havalimanı’nda 86 sefer iptal edildi.⟧ Yolcuların havayolu şirketleriyle iletişime geçmesi istendi."),
             ("12:20", "2026-02-26T12:20:00+03:00", "Haber Merkezi", "İBB, 1.600 araç ve 8.000 personelle karla mücadele çalışmalarının sürdüğünü duyurdu."),
             ("07:05", "2026-02-26T07:05:00+03:00", "Haber Merkezi", "15 Temmuz Şehitler Köprüsü’nde trafik yoğunluğu yüzde 90’ı aştı. ⟦Sürücülerin zorunlu olmadıkça araçla çıkmaması istendi.⟧"),
             ("00:30", "2026-02-26T00:30:00+03:00", "Haber Merkezi", "⟦Valilik, gece yarısından hemen sonra yaptığı açıklamayla okulların tatil edildiğini bildirdi.⟧")],
    related=[("⟪Kar yağışı ne zaman bitecek? Meteoroloji’den açıklama⟫", "⟪25.02.2026⟫"), ("Ankara’da da okullar tatil mi?", "26.02.2026")],
    most=[("⟪Dolar güne nasıl başladı?⟫", ""), ("Fenerbahçe’nin rakibi belli oldu", ""), ("Emekli maaşı zammı ne zaman yatacak?", "")],
    footer="© 2026 Marmara Günlük. Tüm hakları saklıdır.",
    kind="news", why="live blog reporting a snowstorm",
))

# only dateCreated (the day before) and dateModified in JSON-LD; the printed date is the publication
PAGES.append(dict(
    case="tr-opinion-column-kiralar", lang="tr", html_lang="tr-TR", skin="column", domain="egegazetesi.example", site="Ege Gazetesi", secpath="yazarlar",
    url="https://www.egegazetesi.example/yazarlar/selin-aydemir/kira-artisinda-sinir-kalkinca-ne-olacak-88213",
    h1="Kira artışında sınır kalkınca ne olacak?",
    og_title="Kira artışında sınır kalkınca ne olacak? - Selin Aydemir | Ege Gazetesi",
    section="Yazarlar", authors=["Selin Aydemir"], byline_text="Selin Aydemir",
    role="Ekonomi yazarı", ld_type="OpinionNewsArticle", ld_authors=["Selin Aydemir"],
    ld={"dateCreated": "2026-03-09T19:44:00+03:00", "dateModified": "2026-03-10T11:20:00+03:00"},
    dates='<time>10 Mart 2026 Salı 06:00</time>',
    topdate="⟪11 Mart 2026 Çarşamba⟫", pub="2026-03-10",
    bio="Selin Aydemir, İzmir’de yaşayan ekonomi yazarıdır.",
    more=[("⟪Asgari ücret tartışmasında unutulanlar⟫", "⟪3 Mart 2026⟫"), ("Kredi kartı borcu neden artıyor?", "24 Şubat 2026")],
    related=[("İzmir’de kiralar bir yılda yüzde 61 arttı", "8 Mart 2026"), ("Kiracı-ev sahibi uyuşmazlığında arabuluculuk", "2 Mart 2026")],
    most=[("Göztepe’den deplasman galibiyeti", ""), ("İzmir Metrosu’nda yeni sefer saatleri", ""), ("Hafta sonu hava nasıl olacak?", "")],
    comments=[("ahmet_k", "⟪10.03.2026 09:12⟫", "Bornova’da 1+1 ev 25 bin lira oldu.")],
    footer="© 2026 Ege Gazetesi",
    body="""⟦Konut kiralarındaki yüzde 25’lik artış sınırı temmuzda kalkıyor.⟧ Kiracılar tedirgin, ev sahipleri ise yıllardır enflasyonun altında kalan kiraları nihayet piyasa fiyatına çekmeyi bekliyor.

Sınırın kalktığı ilk ay büyük bir sıçrama görmek şaşırtıcı olmaz. ⟦Ancak asıl soru, sıçramanın ardından kiraların nerede dengeleneceği.⟧

[[ALSO|İzmir’de kiralar bir yılda yüzde 61 arttı|8 Mart 2026]]

İzmir’de yeni sözleşmelerle eski sözleşmeler arasındaki fark iki katı aşmış durumda. ⟦Aynı apartmanda aynı büyüklükteki iki daire için biri 12 bin, diğeri 27 bin lira ödüyor.⟧

[[AD]]

Bu farkın bir anda kapanması, özellikle emekli kiracılar için ağır olacak. Geçiş döneminde kademeli bir üst sınır ve düşük gelirli kiracılara kira desteği düşünülmeli.

⟦Sınırın kalkması kaçınılmazdı; önemli olan, kalkışın nasıl yönetileceği.⟧""",
    kind="opinion", why="signed column on rent cap policy",
))
