"""German, Italian, Dutch and Polish pages."""
from lang import mk

PAGES = []

PAGES.append(mk(
    case="de-news-portal-wohnungen", lang="de", html_lang="de-DE", skin="portal", domain="rheinkurier.example", site="Rheinkurier", secpath="region",
    url="https://www.rheinkurier.example/region/duesseldorf/stadt-kauft-leerstehende-bueros-fuer-wohnungen-auf-art-20260311",
    h1="Stadt kauft leerstehende Büros auf – 600 Wohnungen sollen entstehen",
    deck="Düsseldorf übernimmt zwei Bürotürme am Seestern. Der Umbau soll 2029 fertig sein.",
    section="Düsseldorf", authors=["Katharina Müller-Lüdenscheidt", "Jonas van der Meer"], byline_text="Von Katharina Müller-Lüdenscheidt und Jonas van der Meer",
    byline_html='Von <a href="/autor/katharina-mueller-luedenscheidt/">Katharina Müller-Lüdenscheidt</a> und <a href="/autor/jonas-van-der-meer/">Jonas van der Meer</a>',
    ld_authors=["Katharina Müller-Lüdenscheidt", "Jonas van der Meer"], ld_type="NewsArticle", author_path="autor",
    pub="2026-03-11T06:00:00+01:00", date="11.03.2026, 06:00 Uhr", topdate="Mittwoch, 11. März 2026", weather="Düsseldorf 8 °C",
    hero="Die beiden Bürotürme am Seestern stehen seit 2023 leer. ⟪Foto: Andreas Kempf/dpa⟫",
    related=["⟪Mietspiegel 2026: Was sich für Mieter ändert⟫", "Bürokrise in der Innenstadt", "Wie Umbau statt Abriss funktioniert"],
    mr=["⟪Rheinbahn streicht Linie 709 am Wochenende⟫"], tags=["Wohnen", "Düsseldorf", "Stadtentwicklung"],
    body="""⟦Die Stadt Düsseldorf kauft zwei leerstehende Bürotürme am Seestern⟧ und will sie bis 2029 zu rund 600 Wohnungen umbauen lassen. Das hat der Rat am Dienstagabend mit großer Mehrheit beschlossen.

Der Kaufpreis liegt nach Informationen unserer Redaktion bei 74 Millionen Euro. Die Gebäude gehören bislang einem Immobilienfonds, der sie seit dem Auszug eines Versicherers nicht mehr vermieten konnte.

[[ALSO|⟪Bürokrise in der Innenstadt⟫]]

⟦Ein Drittel der Wohnungen soll öffentlich gefördert werden,⟧ sagte Planungsdezernentin Sabine Hollweg. Die städtische Wohnungsgesellschaft übernimmt den Umbau und die spätere Vermietung.

[[AD]]

Kritik kam von der Opposition, die den Preis für zu hoch hält. „Der Fonds hat ein Problem, und die Stadt löst es ihm“, sagte Fraktionschef Malte Rüther.

⟦Die Bauarbeiten sollen im Frühjahr 2027 beginnen.⟧

⟦Mieter können sich ab 2028 auf eine Warteliste setzen lassen.⟧""",
    kind="news", why="local news on a city housing purchase",
))

PAGES.append(mk(
    case="de-news-portal-bahn", lang="de", html_lang="de-DE", skin="portal", domain="nordbote.example", site="Nordbote", secpath="wirtschaft",
    url="https://www.nordbote.example/wirtschaft/bahn-streicht-ic-verbindung-zwischen-kiel-und-hamburg-id4482913.html",
    h1="Bahn streicht IC-Verbindung zwischen Kiel und Hamburg ab Juni",
    deck="Pendler müssen auf Regionalzüge umsteigen. Das Land spricht von einem falschen Signal.",
    section="Wirtschaft", authors=None, byline_text="(dpa) / Redaktion", meta_author="Redaktion Nordbote", ld_authors=["org:dpa"], ld_type="NewsArticle",
    pub="2026-04-29T14:47:00+02:00", date="29.04.2026 | 14:47", topdate="Mittwoch, 29. April 2026", weather="Kiel 11 °C",
    source_line="⟪Quelle: dpa, eigene Recherche⟫",
    related=["⟪Neue Regionalzüge für Schleswig-Holstein⟫", "Deutschlandticket wird teurer", "Baustelle Elmshorn: Was Pendler wissen müssen"],
    mr=["⟪Hafen Kiel meldet Rekord bei Kreuzfahrtgästen⟫"], tags=["Bahn", "Pendler"],
    body="""⟦Kiel/Hamburg (dpa) – Die Deutsche Bahn stellt die direkte Intercity-Verbindung zwischen Kiel und Hamburg⟧ zum Fahrplanwechsel im Juni ein. Das bestätigte ein Bahnsprecher am Mittwoch.

Die Züge seien im Schnitt nur zu 31 Prozent ausgelastet gewesen, hieß es zur Begründung. Reisende sollen künftig die Regionalexpress-Linie nutzen, die etwa zehn Minuten länger braucht.

[[AD]]

⟦Schleswig-Holsteins Verkehrsministerium kritisierte die Entscheidung.⟧ Man sei erst kurzfristig informiert worden, sagte ein Sprecher. Das Land will prüfen, ob zusätzliche Regionalzüge bestellt werden können.

[[ALSO|Baustelle Elmshorn: Was Pendler wissen müssen]]

⟦Der Fahrgastverband Pro Bahn sprach von einem „Rückzug aus der Fläche“.⟧ Gerade Fernreisende mit Gepäck seien auf umsteigefreie Verbindungen angewiesen.

⟦Die Tickets für den IC bleiben bis zum letzten Fahrtag gültig.⟧""",
    kind="news", why="agency news on a cancelled rail service",
))

PAGES.append(mk(
    case="de-opinion-column-kommentar", lang="de", html_lang="de-AT", skin="column", domain="alpenblatt.example", site="Alpenblatt", secpath="meinung",
    url="https://alpenblatt.example/meinung/kommentar/skigebiete-ohne-schnee-brauchen-einen-plan-b",
    h1="Skigebiete ohne Schnee brauchen einen Plan B, keine neuen Lifte",
    deck="Wer heute noch in Beschneiung unter 1.500 Metern investiert, verbrennt Steuergeld.",
    section="Kommentar", authors=["Ulrike Brandstätter"], byline_text="Ein Kommentar von Prof. Dr. Ulrike Brandstätter", role="Kolumnistin",
    byline_html='Ein Kommentar von <a href="/autorin/ulrike-brandstaetter">Prof. Dr. Ulrike Brandstätter</a>',
    meta_author="Peter Kühn", ld_authors=["Peter Kühn"], ld_type="OpinionNewsArticle",
    pub="2026-02-08T17:30:00+01:00", date="08.02.2026 um 17:30",
    box=[("Ulrike Brandstätter", "Kolumnistin", "⟪Ulrike Brandstätter lehrt Tourismusgeographie in Innsbruck⟫ und schreibt jeden zweiten Sonntag im Alpenblatt.")],
    related=["⟪Sommer in den Bergen: Hitzeflucht als Geschäftsmodell⟫", "Die Gemeinden und der Schnee", "Wenn der Lift stillsteht"],
    mr=["⟪Lawinengefahr in Tirol wieder erheblich⟫"],
    body="""⟦In diesem Winter hatten elf Skigebiete in Niederösterreich und der Steiermark weniger als dreißig Betriebstage.⟧ Trotzdem liegen beim Land wieder Förderanträge für neue Beschneiungsanlagen und Sesselbahnen auf dem Tisch.

Ich verstehe die Betreiber. Ein Lift ist für viele Gemeinden der wichtigste Arbeitgeber, und niemand möchte derjenige sein, der ihn abschaltet.

[[AD]]

⟦Aber unter 1.500 Metern rechnet sich die künstliche Beschneiung immer seltener.⟧ Die Nächte sind zu warm, das Wasser ist knapp, und die Energie kostet das Doppelte von vor fünf Jahren.

[[ALSO|Die Gemeinden und der Schnee]]

⟦Das Land sollte jede Förderung an einen Plan für das ganze Jahr knüpfen:⟧ Wanderwege, Mountainbike-Strecken, Seminarhotels, Angebote für Schulen. Wer das nicht vorlegt, bekommt kein Geld für den nächsten Lift.

⟦Schnee war ein Geschenk, kein Geschäftsmodell.⟧""",
    kind="opinion", why="signed commentary arguing against ski subsidies",
))

PAGES.append(mk(
    case="it-news-portal-ponte", lang="it", html_lang="it-IT", skin="portal", domain="gazzettaligure.example", site="Gazzetta Ligure", secpath="cronaca",
    url="https://www.gazzettaligure.example/cronaca/2026/03/24/news/ponte-sul-bisagno-chiuso-per-crepe-1844201/",
    h1="Ponte sul Bisagno chiuso per crepe, Genova est divisa in due",
    deck="Il Comune ha disposto la chiusura dopo un’ispezione notturna. Bus deviati e code in corso Sardegna.",
    section="Cronaca", authors=["Giulia Bernardi", "Marco De Santis"], byline_text="di Giulia Bernardi e Marco De Santis",
    byline_html='di <a href="/autori/giulia-bernardi">Giulia Bernardi</a> e <a href="/autori/marco-de-santis">Marco De Santis</a>',
    ld_authors=["Giulia Bernardi"], meta_author="Gazzetta Ligure", ld_type="NewsArticle",
    pub="2026-03-24T08:12:00+01:00", date="24 Marzo 2026 alle 08:12", topdate="Martedì 24 marzo 2026", weather="Genova 14°",
    hero="Il ponte di Sant’Agata visto dall’argine. ⟪Foto Ansa/Fabio Garbarino⟫",
    related=["⟪Bisagno, i lavori sull’alveo finiranno a giugno⟫", "Viabilità, le deviazioni dei bus Amt", "Quanti ponti vanno controllati in Liguria"],
    mr=["⟪Traghetti per la Sardegna, rincari fino al 15%⟫"], tags=["Genova", "Ponti", "Viabilità"],
    body="""⟦Il ponte di Sant’Agata sul torrente Bisagno è chiuso al traffico da questa notte⟧ dopo che un’ispezione dei tecnici comunali ha rilevato crepe in due pile. La chiusura, spiega il Comune, durerà almeno due settimane.

Il ponte collega i quartieri di San Fruttuoso e Marassi ed è attraversato ogni giorno da circa 22 mila veicoli.

[[AD]]

⟦Le linee di autobus 13, 14 e 37 sono state deviate sul ponte Castelfidardo,⟧ dove questa mattina si sono formate code fino a corso Sardegna.

[[ALSO|⟪Viabilità, le deviazioni dei bus Amt⟫]]

⟦«Non c’è un pericolo di crollo imminente, ma non possiamo correre rischi»,⟧ ha detto l’assessora ai Lavori pubblici Francesca Rolandi, che ha annunciato verifiche su altri sei ponti cittadini.

⟦I risultati delle prove di carico sono attesi entro venerdì.⟧""",
    kind="news", why="reports a bridge closure in Genoa",
))

PAGES.append(mk(
    case="it-other-newsroom-ricetta", lang="it", html_lang="it-IT", skin="newsroom", domain="tavolaitaliana.example", site="Tavola Italiana", secpath="ricette",
    url="https://tavolaitaliana.example/ricette/primi/pasta-e-ceci-alla-romana",
    h1="Pasta e ceci alla romana, la ricetta della tradizione",
    deck="Un primo povero e profumato, pronto in quaranta minuti con i ceci in barattolo.",
    section="Primi piatti", authors=None, byline_text="Redazione Cucina", meta_author="Tavola Italiana", ld_type="Recipe",
    ld_authors=["org:Tavola Italiana"], pub="2026-11-05T10:00:00+01:00", date="5 novembre 2026",
    hero="Pasta e ceci servita con olio a crudo. ⟪Foto di Elena Carbone⟫ ⟪Food styling: Matteo Riva⟫",
    related=["⟪Zuppa di lenticchie e castagne⟫", "Cacio e pepe senza grumi", "I legumi secchi: come ammollarli"],
    mr=["⟪Tiramisù: i cinque errori da evitare⟫"], tags=["Legumi", "Cucina romana"],
    body="""⟦La pasta e ceci è uno dei piatti più semplici della cucina romana,⟧ nato per dare sostanza al pranzo del venerdì senza carne. Questa versione usa ceci già cotti e si prepara in circa quaranta minuti.

[[H|Ingredienti per 4 persone]]

⟦Servono 250 grammi di ditalini, due barattoli di ceci,⟧ uno spicchio d’aglio, un rametto di rosmarino, due filetti di acciuga, un cucchiaio di concentrato di pomodoro e olio extravergine.

[[AD]]

[[H|Preparazione]]

⟦Scaldate l’olio con l’aglio e le acciughe finché queste non si sciolgono.⟧ Aggiungete il rosmarino, il concentrato e i ceci scolati, poi un litro d’acqua calda. Lasciate cuocere venti minuti e frullate metà dei ceci per rendere il brodo cremoso.

[[ALSO|I legumi secchi: come ammollarli]]

Togliete il rosmarino, versate la pasta e cuocetela direttamente nella zuppa, mescolando spesso. Se si asciuga troppo, aggiungete acqua bollente.

⟦Servite con un filo d’olio a crudo e pepe nero macinato al momento.⟧""",
    kind="other", why="recipe with ingredients and steps",
))

PAGES.append(mk(
    case="nl-news-newsroom-dijken", lang="nl", html_lang="nl-NL", skin="newsroom", domain="dedelta.example", site="De Delta", secpath="binnenland",
    url="https://www.dedelta.example/binnenland/waterschap-versterkt-lekdijk-sneller-na-kwelproblemen~b8c41f02/",
    h1="Waterschap versterkt Lekdijk sneller na kwelproblemen bij Vianen",
    deck="Bewoners klaagden al jaren over natte kelders. Nu schuift het werk vier jaar naar voren.",
    section="Binnenland", authors=["Sanne de Boer", "Pieter van den Heuvel"], byline_text="Door Sanne de Boer en Pieter van den Heuvel",
    byline_html='Door <a href="/auteur/sanne-de-boer/">Sanne de Boer</a> en <a href="/auteur/pieter-van-den-heuvel/">Pieter van den Heuvel</a>',
    ld_authors=["Sanne de Boer", "Pieter van den Heuvel"], ld_type="NewsArticle", author_path="auteur",
    pub="2026-03-03T16:45:00+01:00", date="3 maart 2026, 16:45",
    hero="Zandzakken bij een kwelwel langs de Lek. ⟪Beeld: ANP / Bart Hoekstra⟫",
    related=["⟪Zo werkt een kwelscherm⟫", "Dijkversterking kost miljarden meer dan gedacht", "Hoogwater op de Maas: scheepvaart beperkt"],
    mr=["⟪Treinverkeer rond Utrecht Centraal hersteld⟫"], tags=["Dijken", "Water", "Vianen"],
    body="""⟦Het waterschap Rivierenland begint volgend jaar al met het versterken van de Lekdijk bij Vianen,⟧ vier jaar eerder dan gepland. Aanleiding zijn nieuwe metingen die laten zien dat er bij hoogwater meer water onder de dijk door stroomt dan gedacht.

Bij het hoogwater van januari ontstonden achter de dijk elf zogeheten kwelwellen, plekken waar water met zand omhoog borrelt.

[[AD]]

⟦Volgens dijkgraaf Hanneke Verbrugge is er geen direct gevaar,⟧ maar wil het waterschap „geen enkel risico nemen”. De versterking van 6,5 kilometer dijk kost naar schatting 210 miljoen euro.

[[ALSO|Dijkversterking kost miljarden meer dan gedacht]]

⟦Bewoners van de Lekdijk zeggen al jaren last te hebben van natte kelders.⟧ „Eindelijk wordt er geluisterd”, zegt Gert-Jan Hoogendoorn, die al veertig jaar aan de dijk woont.

⟦Het waterschap houdt op 18 maart een informatieavond in het gemeentehuis.⟧""",
    kind="news", why="reports a dike reinforcement decision",
))

PAGES.append(mk(
    case="nl-opinion-column-fiets", lang="nl", html_lang="nl-BE", skin="column", domain="destadskrant.example", site="De Stadskrant", secpath="opinie",
    url="https://destadskrant.example/opinie/column/geef-de-fietsenstalling-terug-aan-de-fietsers",
    h1="Geef de fietsenstalling terug aan de fietsers",
    deck="Wie een plek onder het station zoekt, vindt vooral weesfietsen.",
    section="Column", authors=["Lotte Verbeek-Ouali"], byline_text="Lotte Verbeek-Ouali", byline_at="end",
    box=[("Lotte Verbeek-Ouali", "", "⟪Lotte Verbeek-Ouali is verkeerskundige⟫ en schrijft elke maand over de stad.")],
    meta_author="De Stadskrant", ld_type="OpinionNewsArticle",
    pub="2026-05-02T07:00:00+02:00", date="2 mei 2026",
    related=["⟪Waarom de tram nooit op tijd is⟫", "Een stad voor kinderen", "De stoep is van iedereen"],
    mr=["⟪Nieuwe bewonerskaart voor parkeren in Gent⟫"],
    body="""⟦Vorige week zocht ik om kwart over acht een plek in de fietsenstalling onder het station.⟧ Na tien minuten gaf ik het op en zette mijn fiets tegen een lantaarnpaal, zoals honderden anderen die ochtend.

De stalling heeft 4.000 plekken. Volgens de stad staat een kwart daarvan vol met fietsen die al maanden niet bewogen hebben.

[[AD]]

⟦Weesfietsen verwijderen is geen hogere wiskunde.⟧ Andere steden labelen fietsen die langer dan vier weken staan en halen ze na twee weken weg. Hier gebeurt dat twee keer per jaar.

[[ALSO|De stoep is van iedereen]]

⟦Ik vraag de stad om elke maand te labelen en te ruimen,⟧ en om de opgehaalde fietsen na drie maanden aan een fietsproject te schenken.

⟦Een stalling vol spookfietsen is geen stalling, het is een kerkhof.⟧""",
    kind="opinion", why="monthly column arguing for clearing bike racks",
))

PAGES.append(mk(
    case="pl-news-portal-szpital", lang="pl", html_lang="pl-PL", skin="portal", domain="gazetanadbaltycka.example", site="Gazeta Nadbałtycka", secpath="trojmiasto",
    url="https://gazetanadbaltycka.example/trojmiasto/szpital-w-wejherowie-zamyka-oddzial-pediatrii-na-lato/ar/c1-2026031",
    h1="Szpital w Wejherowie zamyka oddział pediatrii na lato",
    deck="Brakuje lekarzy na dyżury. Dzieci będą kierowane do Gdyni i Gdańska.",
    section="Trójmiasto", authors=["Anna Kowalczyk-Wiśniewska"], byline_text="Autor: Anna Kowalczyk-Wiśniewska",
    byline_html='Autor: <a href="/autor/anna-kowalczyk-wisniewska">Anna Kowalczyk-Wiśniewska</a>',
    ld_authors=["Anna Kowalczyk-Wiśniewska"], ld_type="NewsArticle",
    pub="2026-05-19T12:25:00+02:00", date="19.05.2026, 12:25", topdate="Wtorek, 19 maja 2026", weather="Gdańsk 16°C",
    hero="Szpital specjalistyczny w Wejherowie. ⟪Fot. Jan Nowicki / Gazeta Nadbałtycka⟫",
    related=["⟪Nocna pomoc lekarska: gdzie szukać pomocy w weekend⟫", "Kolejki do pediatrów w regionie", "Nowy SOR w Gdyni otwarty"],
    mr=["⟪Remont SKM: zmiany w rozkładzie od czerwca⟫"], tags=["Zdrowie", "Wejherowo"],
    body="""⟦Oddział pediatryczny szpitala w Wejherowie nie będzie przyjmował pacjentów od 1 lipca do 31 sierpnia.⟧ Dyrekcja tłumaczy decyzję brakiem lekarzy, którzy mogliby pełnić dyżury w wakacje.

Na oddziale pracuje obecnie czterech pediatrów, w tym dwóch na część etatu. Do zapewnienia całodobowej opieki potrzeba co najmniej siedmiu.

[[AD]]

⟦Dzieci wymagające hospitalizacji będą kierowane do szpitali w Gdyni i Gdańsku.⟧ Izba przyjęć w Wejherowie będzie działać, ale tylko w zakresie pierwszej pomocy.

[[ALSO|Kolejki do pediatrów w regionie]]

⟦– To rozwiązanie tymczasowe, oddział wróci we wrześniu – zapewnia rzeczniczka szpitala Marta Zielińska.⟧ Rodzice z powiatu obawiają się jednak, że zamknięcie stanie się stałe.

⟦Starosta zapowiedział rozmowy z wojewodą w przyszłym tygodniu.⟧

[[CREDIT|<em>⟪Współpraca: Tomasz Zięba⟫</em>]]""",
    kind="news", why="reports a temporary hospital ward closure",
))

PAGES.append(mk(
    case="pl-news-newsroom-susza", lang="pl", html_lang="pl-PL", skin="newsroom", domain="wiadomoscirolne.example", site="Wiadomości Rolne", secpath="kraj",
    url="https://wiadomoscirolne.example/kraj/susza-rolnicza-w-szesciu-wojewodztwach-imgw-ostrzega",
    h1="Susza rolnicza w sześciu województwach. IMGW ostrzega przed stratami w zbożach",
    deck="Najgorzej jest w Wielkopolsce i na Kujawach.",
    section="Kraj", authors=None, byline_text="PAP / red.", meta_author="Wiadomości Rolne", ld_authors=["org:PAP"], ld_type="NewsArticle",
    pub="2026-06-02T15:20:00+02:00", date="02.06.2026 15:20",
    hero="Pole pszenicy pod Kołem. ⟪Fot. PAP / Oskar Lewandowicz⟫",
    related=["⟪Jak złożyć wniosek o pomoc suszową⟫", "Ceny pszenicy na giełdzie", "Deszcz nie pomoże rzepakowi"],
    mr=["⟪Dopłaty bezpośrednie: nowe stawki na 2026⟫"], tags=["Susza", "Rolnictwo"],
    body="""⟦Instytut Meteorologii i Gospodarki Wodnej ogłosił zagrożenie suszą rolniczą w sześciu województwach.⟧ Najtrudniejsza sytuacja jest w Wielkopolsce, na Kujawach i w Łódzkiem.

Według raportu IMGW w ciągu ostatnich sześćdziesięciu dni spadło tam mniej niż połowa normy opadów.

[[AD]]

⟦Najbardziej zagrożone są zboża jare i kukurydza,⟧ a w części gmin także truskawki i warzywa gruntowe.

[[ALSO|Ceny pszenicy na giełdzie]]

⟦Ministerstwo rolnictwa zapowiedziało uruchomienie aplikacji do zgłaszania strat⟧ pod koniec czerwca. Rolnicy będą mogli ubiegać się o pomoc, jeśli straty przekroczą 30 procent plonów.

⟦Synoptycy nie przewidują większych opadów przed połową miesiąca.⟧""",
    kind="news", why="agency report on a drought warning",
))
