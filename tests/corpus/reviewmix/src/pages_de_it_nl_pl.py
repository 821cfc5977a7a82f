"""German, Italian, Dutch and Polish pages: a book review ("Rezension", section "Kritik") and a literary prize report
on the same Feuilleton, a restaurant review ("Recensione") and a family recipe, a concert review ("Recensie") and a
literary critic's column on book VAT, a game review ("Recenzja") with affiliate buttons and a food recall report."""

PAGES = []

NZ_NAV = ["Politik", "Wirtschaft", "Kultur", "Kritik", "Meinung", "Sport", "Region", "Wissen"]

# ---------------------------------------------------------------- book review: kicker Rezension, crumbs Kultur › Kritik, strong verdict
PAGES.append(dict(
    case="de-other-rezensionsalzwiesen", lang="de", skin="feuilleton", domain="nordkurier-zeitung.example", site="Norddeutsche Rundschau",
    url="https://www.nordkurier-zeitung.example/kultur/kritik/johanna-brehm-die-salzwiesen-rezension-a-7741203.html",
    h1="Johanna Brehms „Die Salzwiesen“: Viel Nebel, wenig Land",
    deck="Der zweite Roman der Hamburger Autorin erzählt von einer Vogelwärterin auf einer Hallig. Er will zu viel und traut sich zu wenig.",
    kicker="Rezension", crumbs=["Kultur", "Kritik"], authors=["Konrad Albers"], byline_text="Von Konrad Albers, Literaturkritiker",
    byline_html='Von <a href="/autoren/konrad-albers/">Konrad Albers</a>, Literaturkritiker',
    ld_obj={"@context": "https://schema.org", "@type": "Review", "name": "Johanna Brehms „Die Salzwiesen“: Viel Nebel, wenig Land",
            "author": {"@type": "Person", "name": "Konrad Albers"}, "datePublished": "2026-02-14T10:00:00+01:00",
            "itemReviewed": {"@type": "Book", "name": "Die Salzwiesen", "author": {"@type": "Person", "name": "Johanna Brehm"}},
            "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 5},
            "publisher": {"@type": "Organization", "name": "Norddeutsche Rundschau"}},
    pub="2026-02-14T10:00:00+01:00", date="14.02.2026, 10:00 Uhr",
    head_rating=True, rating=dict(value=2, of=5),
    info=[("Autorin", "Johanna Brehm"), ("Titel", "Die Salzwiesen. Roman"), ("Verlag", "Hollmann Verlag, Hamburg 2026"), ("Umfang", "312 Seiten, 24 Euro")],
    nav=NZ_NAV, side=[("Meistgelesen", ["⟪Sturmflutwarnung für die gesamte Nordseeküste⟫", "Neuer Fahrplan: Diese Regionalzüge fallen weg"]),
                      ("Meinung", [("Kommentar", "⟪Die Kulturförderung braucht endlich klare Regeln⟫"), ("Kolumne", "Warum ich wieder Briefe schreibe")], "meinung")],
    cookie="⟪Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.⟫",
    tags=["Literatur", "Romane", "Neuerscheinungen"],
    related=["⟪Norddeutscher Buchpreis: Die Shortlist steht⟫", "Die Bestseller der Woche"],
    footer="⟪© Norddeutsche Rundschau 2026 – Alle Rechte vorbehalten⟫",
    body="""<p>⟦Es gibt Bücher, denen man beim Scheitern zusehen kann, und es tut beinahe weh.⟧ Johanna Brehms zweiter Roman ist ein solches Buch. „Die Salzwiesen“ beginnt mit einem großartigen ersten Kapitel: Die Vogelwärterin Maren Thiessen kommt im März auf eine Hallig, die sie für acht Monate allein bewohnen wird, und zählt Austernfischer, während das Wasser steigt. Diese ersten dreißig Seiten gehören zum Besten, was ich in diesem Jahr gelesen habe.</p>
<p>Dann aber will der Roman mehr. Er will eine Familiengeschichte erzählen, eine Liebesgeschichte, eine Geschichte über den Klimawandel und eine über die Sprachlosigkeit zwischen Müttern und Töchtern. ⟦Jede dieser Geschichten wird angerissen, keine wird zu Ende gedacht.⟧ Die Rückblenden in Marens Kindheit in Husum wirken, als stammten sie aus einem anderen, braveren Buch.</p>
[[INFO]]
<p>Brehms Sprache ist dabei durchaus schön, manchmal zu schön. Kaum ein Satz, in dem der Nebel nicht „atmet“ oder das Watt nicht „erinnert“. Nach hundert Seiten hätte ich mir einen einzigen nüchternen Satz gewünscht, eine Zahl, eine Vogelart ohne Metapher. Die Beobachtungen der Vögel, die zu Beginn so genau sind, verschwinden fast völlig aus dem Buch.</p>
<p>Am meisten enttäuscht das Ende. ⟦Wenn Marens Mutter in einem Sturm mit dem Postboot auf die Hallig kommt,⟧ löst sich in einem einzigen Gespräch auf, was der Roman dreihundert Seiten lang als unlösbar behauptet hat. Das ist nicht versöhnlich, das ist bequem.</p>
<p>Auch die Nebenfiguren bleiben blass. Der Fischer, der Maren einmal in der Woche Vorräte bringt, spricht ausschließlich in Lebensweisheiten, und die Biologin vom Festland existiert nur, um Stichworte zu liefern.</p>
<p>Man muss fair sein: Brehm ist eine Autorin mit Gespür für Landschaft und Einsamkeit, und ihr Debüt vor drei Jahren war zu Recht gefeiert worden. Auch Leserinnen und Leser, die vor allem Atmosphäre suchen, werden in diesem Buch einiges finden. ⟦Aber ein guter Anfang macht noch keinen Roman.⟧</p>
<p>⟦Wer die Hallig wirklich erleben will, lese das erste Kapitel zweimal und höre dann auf.⟧</p>""",
    kind="other", why="book review with rating and book details; Rezension under Kritik",
))

# ---------------------------------------------------------------- awards ceremony report on the same paper
PAGES.append(dict(
    case="de-news-buchpreis", lang="de", skin="feuilleton", domain="nordkurier-zeitung.example", site="Norddeutsche Rundschau",
    url="https://www.nordkurier-zeitung.example/kultur/literatur/norddeutscher-buchpreis-geht-an-jana-weidlich-a-7759810.html",
    h1="Norddeutscher Buchpreis geht an Jana Weidlich",
    deck="Die Leipziger Autorin wird für ihren Roman „Kleine Landeskunde“ ausgezeichnet. Der Preis ist mit 25.000 Euro dotiert.",
    kicker="Literatur", crumbs=["Kultur", "Literatur"], authors=["Sabine Korth"], byline_text="Von Sabine Korth",
    byline_html='Von <a href="/autoren/sabine-korth/">Sabine Korth</a>', signature="(mit dpa)",
    ld_authors=["Sabine Korth"], ld_type="NewsArticle", ld_section="Kultur",
    pub="2026-03-21T21:48:00+01:00", date="21.03.2026, 21:48 Uhr",
    caption="Jana Weidlich bei der Preisverleihung im Lübecker Theater. Foto: Rundschau/Jens Möller",
    nav=NZ_NAV, side=[("Meistgelesen", ["⟪Sturmflutwarnung für die gesamte Nordseeküste⟫", "Neuer Fahrplan: Diese Regionalzüge fallen weg"]),
                      ("Kritik", [("Rezension", "⟪Johanna Brehms „Die Salzwiesen“: Viel Nebel, wenig Land⟫")], "kritik"),
                      ("Meinung", [("Kommentar", "Preise allein retten keine Buchhandlung")], "meinung")],
    cookie="⟪Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.⟫",
    comments=[("leseratte_hl", "vor 1 Stunde", "⟪Verdient! Das Buch hat mich das ganze Wochenende nicht losgelassen.⟫")],
    footer="⟪© Norddeutsche Rundschau 2026 – Alle Rechte vorbehalten⟫",
    body="""<p>⟦Die Leipziger Schriftstellerin Jana Weidlich hat den Norddeutschen Buchpreis 2026 erhalten.⟧ Die Jury zeichnete am Samstagabend in Lübeck ihren Roman „Kleine Landeskunde“ aus, der von einer Familie in einer ostdeutschen Kleinstadt in den Jahren nach der Wende erzählt. Der Preis ist mit 25.000 Euro dotiert und gilt als eine der wichtigsten Auszeichnungen für deutschsprachige Gegenwartsliteratur im Norden.</p>
<p>Weidlich setzte sich gegen fünf weitere Titel der Shortlist durch, darunter Johanna Brehms „Die Salzwiesen“ und den Erzählband „Nachtfähre“ von Emil Carstens. ⟦Die Jury lobte in ihrer Begründung den „unbestechlichen Blick“ der Autorin⟧ und einen Humor, der „die Härte der Verhältnisse nie verkleinert“.</p>
<p>Die 41-Jährige zeigte sich bei der Verleihung im Theater Lübeck sichtlich bewegt. „Ich habe dieses Buch für meine Großmutter geschrieben, die nie einen Roman gelesen hat“, sagte sie in ihrer Dankesrede. Das Preisgeld wolle sie zum Teil einer Leseinitiative in ihrer Heimatstadt Döbeln spenden.</p>
[[READ|⟪Die Shortlist: Sechs Bücher, die den Norden erzählen⟫]]
<p>Rund 600 Gäste verfolgten die Veranstaltung, darunter Schleswig-Holsteins Kulturministerin Anke Petersen. ⟦Der Förderpreis für ein Debüt ging an den Kieler Autor Lukas Heyn⟧ für seinen Roman „Werftkinder“; er ist mit 7.500 Euro dotiert.</p>
<p>Zum Auftakt der Gala hatte die Schauspielerin Merle Johannsen aus allen sechs nominierten Büchern gelesen. Der Lübecker Bürgermeister erinnerte in seinem Grußwort an die Buchhandlungen der Stadt, von denen in den vergangenen zehn Jahren vier schließen mussten, und kündigte einen städtischen Fonds für unabhängige Buchläden an.</p>
<p>Der Norddeutsche Buchpreis wird seit 2004 von einer Stiftung norddeutscher Verlage und Sparkassen vergeben. In den vergangenen Jahren hatte es Kritik an der Zusammensetzung der Jury gegeben, die überwiegend aus Verlagsvertretern bestand. Seit diesem Jahr gehören ihr auch zwei Buchhändlerinnen und ein Literaturwissenschaftler an.</p>
<p>„Kleine Landeskunde“ ist im vergangenen Herbst erschienen und stand mehrere Wochen auf der Bestsellerliste. Nach Angaben des Verlags wurden bislang rund 40.000 Exemplare verkauft. ⟦Weidlich wird den Roman im April auf einer Lesereise durch zwölf Städte vorstellen.⟧</p>""",
    kind="news", why="report of a literary prize ceremony with quotes",
))

# ---------------------------------------------------------------- restaurant review, kicker Recensione, voto and price box
PAGES.append(dict(
    case="it-other-recensioneosteria", lang="it", skin="feuilleton", domain="gazzettadellalaguna.example", site="La Gazzetta della Laguna",
    url="https://www.gazzettadellalaguna.example/cultura/cibo/2026/02/28/recensione-osteria-alle-due-rive-cannaregio/",
    h1="Osteria alle Due Rive, il baccalà che vale la traversata",
    deck="A Cannaregio una piccola osteria di dodici tavoli punta tutto sulla cucina di laguna. Con qualche inciampo.",
    kicker="Recensione", crumbs=["Cultura", "Cibo"], authors=["Giulia Ferracin"], byline_text="di Giulia Ferracin, critica gastronomica",
    byline_html='di <a href="/autori/giulia-ferracin/">Giulia Ferracin</a>', meta="og",
    pub="2026-02-28T08:00:00+01:00", date="28 febbraio 2026",
    head_rating=True, rating=dict(value=3.5, of=5, label="Il nostro voto"),
    info=[("Indirizzo", "Fondamenta della Misericordia 12, Venezia"), ("Chiuso", "martedì e mercoledì a pranzo"), ("Prezzo medio", "45–55 euro, vini esclusi"),
          ("Prenotazione", "consigliata nel fine settimana")],
    nav=["Home", "Venezia", "Mestre", "Veneto", "Economia", "Cultura", "Opinioni", "Sport"],
    side=[("I più letti", ["⟪Acqua alta, attivato il Mose per la terza volta in una settimana⟫", "Vaporetti, cambiano gli orari della linea 2"]),
          ("Opinioni", [("L’editoriale", "⟪Una città che non sa più dove mettere i residenti⟫")], "opinioni")],
    cookie="⟪Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione.⟫",
    footer="⟪© 2026 La Gazzetta della Laguna – P.IVA 01234560279⟫",
    body="""<p>⟦Bisogna cercarla, l’Osteria alle Due Rive, e forse è giusto così.⟧ Sta in fondo a una fondamenta di Cannaregio dove i turisti arrivano solo per sbaglio, dodici tavoli, una cucina a vista grande come un armadio e un oste, Piero Zanetti, che ti racconta il menù come se fosse una cronaca familiare.</p>
<p>Il menù è corto e cambia con il mercato di Rialto. Si comincia, obbligatoriamente direi, con il baccalà mantecato: montato a mano, arioso, con quella punta d’aglio che non copre il pesce. Servito su una polenta bianca abbrustolita, ⟦è il miglior baccalà che ho mangiato in città negli ultimi anni.⟧ Buone anche le sarde in saor, con la cipolla cotta a lungo e un aceto deciso, come devono essere.</p>
[[INFO]]
<p>Fra i primi, i bigoli in salsa sono corretti ma un po’ timidi, mentre il risotto di go, il ghiozzo della laguna, è una piccola lezione di pazienza: brodo profondo, mantecatura perfetta, all’onda. Meno convincente la frittura mista, abbondante ma appesantita da una pastella troppo spessa, e il fegato alla veneziana, che quella sera arrivava tiepido.</p>
<p>⟦La carta dei vini è breve e quasi tutta veneta,⟧ con ricarichi onesti e qualche bottiglia di piccoli produttori dei Colli Euganei che vale la pena provare. Il servizio è cordiale ma lento quando la sala è piena: mettete in conto un’ora e mezza.</p>
<p>Chiusura con una crema fritta calda e una fetta di torta di mele della nonna di Zanetti, la cui ricetta, ci assicura lui, non uscirà mai dalla famiglia.</p>
<p>Non è un indirizzo perfetto, e non pretende di esserlo. È un posto dove si mangia la laguna senza travestimenti, a prezzi ancora umani per Venezia. ⟦Per il baccalà e il risotto, ci tornerei domani.⟧</p>
<p>⟦Conto per due, con una bottiglia di vino: 118 euro.⟧</p>""",
    kind="other", why="restaurant review with score, address and prices",
))

# ---------------------------------------------------------------- family recipe on a food magazine, Recipe JSON-LD
PAGES.append(dict(
    case="it-other-ricettaragu", lang="it", skin="foodmag", domain="mestolodoro.example", site="Il Mestolo d’Oro",
    tagline="Ricette di casa, spiegate bene",
    url="https://www.mestolodoro.example/ricette/primi/ragu-della-domenica-di-nonna-ada/",
    h1="Il ragù della domenica di nonna Ada",
    kicker="Primi piatti", authors=["Federica Lanza"], byline_text="di Federica Lanza", byline_html='di <a href="/autore/federica-lanza/">Federica Lanza</a>',
    ld_obj={"@context": "https://schema.org", "@type": "Recipe", "name": "Il ragù della domenica di nonna Ada",
            "author": {"@type": "Person", "name": "Federica Lanza"}, "datePublished": "2026-01-25",
            "recipeYield": "6 persone", "prepTime": "PT30M", "cookTime": "PT4H",
            "recipeIngredient": ["500 g di polpa di manzo", "300 g di salsiccia", "1 carota", "1 sedano", "1 cipolla", "800 g di passata", "1 bicchiere di vino rosso"]},
    pub="2026-01-25T09:00:00+01:00", date="25 gennaio 2026",
    card=dict(stars=4.9, votes="87 voti", times=[("Preparazione", "30 min"), ("Cottura", "4 ore"), ("Dosi", "6 persone")]),
    nav=["Ricette", "Primi", "Secondi", "Dolci", "Menu della settimana", "Chi sono"],
    side=[("Le più cliccate", ["⟪Lasagne bianche ai carciofi⟫", "Tiramisù senza uova", "Pasta e fagioli alla veneta"], "ricette")],
    bio=("⟪Chi è Federica⟫", "⟪Federica Lanza cucina e scrive a Bologna⟫; le sue ricette sono provate almeno tre volte."),
    comments=[("Marisa", "26 gennaio 2026", "⟪Fatto oggi, mio marito ha fatto la scarpetta anche nella pentola!⟫")],
    footer="⟪© 2026 Il Mestolo d’Oro – Tutti i diritti riservati⟫",
    cookie="⟪Usiamo i cookie per ricordare le tue ricette preferite.⟫",
    body="""[[JUMP]]
<p>⟦La domenica, a casa di mia nonna Ada, il ragù cominciava alle otto del mattino.⟧ Lo sentivi dalle scale: prima il soffritto, poi la carne, poi quel profumo lungo di pomodoro e vino che riempiva il condominio fino all’ora di pranzo. Io avevo il compito di mescolare ogni tanto, in piedi su una sedia, con un cucchiaio di legno più lungo del mio braccio.</p>
<p>Questa è la sua ricetta, o almeno la versione più fedele che sono riuscita a ricostruire dai suoi appunti, scritti a matita sul retro di un calendario del 1987. Non è il ragù bolognese codificato, né quello napoletano: è un ragù di famiglia, con la salsiccia accanto al manzo e una cottura lunghissima che non si può abbreviare.</p>
<p>⟦Il segreto è il tempo: almeno quattro ore, a fuoco bassissimo, con il coperchio appena scostato.⟧ Se avete fretta, fate un altro sugo. E non saltate il latte alla fine, che secondo la nonna “ammorbidisce il carattere” del pomodoro.</p>
<div class="recipe-card" id="recipe">
<h2 class="recipe-card__name">Il ragù della domenica di nonna Ada</h2>
[[CARDTOP]]
<h3>Ingredienti</h3>
<ul class="recipe-card__ingredients">
<li>⟦500 g di polpa di manzo macinata grossa⟧</li>
<li>300 g di salsiccia sgranata</li>
<li>1 carota, 1 costa di sedano, 1 cipolla</li>
<li>3 cucchiai di olio extravergine d’oliva</li>
<li>1 bicchiere di vino rosso</li>
<li>800 g di passata di pomodoro</li>
<li>1 cucchiaio di concentrato di pomodoro</li>
<li>mezzo bicchiere di latte intero</li>
<li>sale e pepe</li>
</ul>
<h3>Preparazione</h3>
<ol class="recipe-card__steps">
<li>Tritate finemente carota, sedano e cipolla e fateli appassire nell’olio a fuoco dolce per 15 minuti.</li>
<li>⟦Aggiungete il manzo e la salsiccia e rosolate finché la carne non sarà ben colorita.⟧</li>
<li>Sfumate con il vino e lasciate evaporare completamente.</li>
<li>Unite la passata e il concentrato sciolto in un po’ d’acqua calda, salate e portate a bollore.</li>
<li>Abbassate la fiamma al minimo e cuocete per almeno 4 ore, mescolando di tanto in tanto e aggiungendo acqua se necessario.</li>
<li>A fine cottura versate il latte, mescolate e lasciate cuocere altri 10 minuti. Regolate di sale e pepe.</li>
</ol>
<p class="recipe-card__notes"><strong>Consiglio:</strong> ⟦il ragù è ancora più buono il giorno dopo e si conserva in freezer per due mesi.⟧</p>
</div>""",
    kind="other", why="recipe with family introduction and ingredient list",
))

DR_NAV = ["Nieuws", "Politiek", "Economie", "Cultuur", "Recensies", "Opinie", "Sport", "Puzzels"]

# ---------------------------------------------------------------- concert review, kicker Recensie, stars, on an Anglo-style daily template
PAGES.append(dict(
    case="nl-other-recensieconcert", lang="nl", skin="daily", domain="dedeltakoerier.example", site="De Deltakoerier",
    url="https://www.dedeltakoerier.example/cultuur/recensie-noor-van-dam-in-de-doelenzaal-geeft-alles-behalve-rust~b7d2a91c/",
    h1="Noor van Dam geeft in de Doelenzaal alles, behalve rust",
    deck="De jazzzangeres overdondert met haar nieuwe big band, maar vergeet soms dat stilte ook muziek is.",
    kicker="Recensie", authors=["Maarten de Wilde"], byline_text="Maarten de Wilde",
    byline_html='<a class="byline__name" href="/auteur/maarten-de-wilde/">Maarten de Wilde</a>',
    ld_authors=["Maarten de Wilde"], ld_type="Review", pub="2026-03-08T23:10:00+01:00", date="8 maart 2026, 23:10",
    strip="zondag 8 maart 2026", head_rating=True, rating=dict(value=3, of=5),
    info=[("Wie", "Noor van Dam en het Delta Jazz Orkest"), ("Waar", "Doelenzaal, Rotterdam, zaterdag 7 maart"), ("Nog te zien", "Groningen (13/3), Utrecht (20/3)")],
    nav=DR_NAV, side=[("Meest gelezen", ["⟪Gemeente schrapt gratis ov voor ouderen⟫", "Storm zorgt voor flinke vertragingen op het spoor"]),
                      ("Opinie", [("Column", "⟪Waarom de boekenbtw omlaag moet, niet omhoog⟫"), ("Commentaar", "De haven verdient een eerlijker debat")], "opinie")],
    cookie="⟪De Deltakoerier gebruikt cookies om de site goed te laten werken.⟫",
    footer="⟪© 2026 De Deltakoerier B.V. Alle rechten voorbehouden.⟫",
    body="""<p>⟦Halverwege het concert legt Noor van Dam haar microfoon even op de vleugel en zingt ze zonder versterking.⟧ Het is het mooiste moment van de avond, en het duurt nog geen twee minuten. Daarna barst het Delta Jazz Orkest weer los, zeventien man sterk, en is de intimiteit meteen verdwenen.</p>
<p>Dat is, in het kort, het probleem van deze tournee. Van Dam heeft een van de beste stemmen van de Nederlandse jazz: warm in het lage register, scherp als een trompet in de hoogte, en met een timing die de blazers soms op achterstand zet. Haar nieuwe album met big band is ambitieus en vaak prachtig. Maar live, in een uitverkochte Doelenzaal, wordt alles een maat te groot gespeeld.</p>
[[INFO]]
<p>⟦De arrangementen van trompettist Joris Kalff zijn slim en vol humor,⟧ met knipogen naar de swing van de jaren vijftig en naar Braziliaanse fanfares. In ‘Zuiderzee’ laat hij de saxofoons golven als water, en in de uptempo opener ‘Rood licht’ jaagt de ritmesectie Van Dam op tot ze lachend moet toegeven dat ze de tekst kwijt is.</p>
<p>Maar ballads verdrinken. ‘Laat het licht aan’, op de plaat een breekbaar liefdeslied, werd zaterdag een wedstrijd tussen zangeres en koperblazers, en de koperblazers wonnen. ⟦Ik betrapte me erop dat ik naar haar lippen keek om de woorden te verstaan.⟧</p>
<p>Het lag niet alleen aan de arrangementen. De geluidstechnici van de Doelenzaal hadden de blazers duidelijk hoger in de mix gezet dan de zang, en vanaf rij twintig was dat pijnlijk hoorbaar. Op de plaat is de balans perfect; in de zaal moest Van Dam vechten voor elke lettergreep.</p>
<p>Het publiek had er geen moeite mee en gaf na de toegift, een kale versie van ‘Thuis’ met alleen contrabas, een staande ovatie. Die toegift liet precies zien wat er de rest van de avond ontbrak: ruimte.</p>
<p>⟦Een avond vol vakmanschap, die beter was geweest met de helft van het volume.⟧</p>""",
    kind="other", why="concert review with star rating",
))

# ---------------------------------------------------------------- literary critic's column against raising VAT on books, OpinionNewsArticle
PAGES.append(dict(
    case="nl-opinion-boekenbtw", lang="nl", skin="daily", domain="dedeltakoerier.example", site="De Deltakoerier",
    url="https://www.dedeltakoerier.example/cultuur/waarom-de-boekenbtw-omlaag-moet-niet-omhoog~a41e09f3/",
    h1="Waarom de boekenbtw omlaag moet, niet omhoog",
    kicker="Boeken", authors=["Ilse Verkerk"], byline_text="Ilse Verkerk, literair criticus",
    byline_html='<a class="byline__name" href="/auteur/ilse-verkerk/">Ilse Verkerk</a> <span class="byline__role">literair criticus</span>',
    ld_authors=["Ilse Verkerk"], ld_type="OpinionNewsArticle", pub="2026-02-06T06:00:00+01:00", date="6 februari 2026, 06:00",
    strip="vrijdag 6 februari 2026",
    nav=DR_NAV, side=[("Meest gelezen", ["⟪Gemeente schrapt gratis ov voor ouderen⟫", "Storm zorgt voor flinke vertragingen op het spoor"]),
                      ("Recensies", [("★★★☆☆", "⟪Noor van Dam geeft in de Doelenzaal alles, behalve rust⟫"), ("★★★★☆", "Een debuut dat je niet loslaat")], "recensies")],
    cookie="⟪De Deltakoerier gebruikt cookies om de site goed te laten werken.⟫",
    bio="⟪Ilse Verkerk recenseert sinds 2015 fictie voor De Deltakoerier.⟫",
    comments=[("boekhandel_oost", "6 februari", "⟪Dank! Wij merken het nu al aan de kassa.⟫")],
    footer="⟪© 2026 De Deltakoerier B.V. Alle rechten voorbehouden.⟫",
    body="""<p>⟦Elke week lees ik voor deze krant een stapel nieuwe romans, en elke week vraag ik me af wie ze straks nog koopt.⟧ Het kabinet wil het btw-tarief op boeken verhogen van 9 naar 21 procent. Het noemt dat een technische aanpassing. Het is een klap voor lezers, schrijvers en boekhandels, en het zou van tafel moeten.</p>
<p>De rekensom is eenvoudig. Een roman van 24,99 euro wordt ruim 27 euro. Dat klinkt als weinig, maar boekhandels weten dat een paar euro het verschil is tussen een boek dat mee naar huis gaat en een boek dat terug op de stapel belandt. ⟦De eerste slachtoffers zijn de vertaalde literatuur en de debuten⟧: titels die het al moeilijk hebben en waar uitgevers nu al op toeleggen.</p>
<p>Het kabinet zegt dat het geld nodig is en dat boeken geen eerste levensbehoefte zijn. Dat tweede is precies de denkfout. Lezen is geen luxe maar een basisvaardigheid, en de leesvaardigheid van Nederlandse scholieren daalt al jaren. Wie tegelijk leesoffensieven aankondigt en boeken duurder maakt, spreekt zichzelf tegen.</p>
<p>⟦Andere landen kiezen bewust de andere kant op.⟧ Ierland en het Verenigd Koninkrijk heffen helemaal geen btw op boeken, en de boekhandels daar doen het opvallend goed. Ik pleit niet voor nul procent, al zou ik er niet rouwig om zijn. Ik pleit ervoor om het lage tarief te behouden, en het bij voorkeur te verlagen voor kinderboeken.</p>
<p>Schrijvers zullen het ook merken. De meeste Nederlandse auteurs verdienen per verkocht exemplaar een paar euro; minder verkochte exemplaren betekent minder inkomen voor een beroepsgroep die het al zonder vangnet moet doen. Een levendige literatuur heeft schrijvers nodig die van hun werk kunnen leven, niet alleen hobbyisten met een andere baan.</p>
<p>De opbrengst van de verhoging is volgens het Centraal Planbureau bescheiden. De schade aan een keten van kleine boekhandels, die na sluiting niet terugkomen, is dat niet.</p>
<p>⟦De Tweede Kamer stemt in april. Ze zou deze verhoging gewoon moeten schrappen.⟧</p>""",
    kind="opinion", why="critic’s column arguing against a VAT rise on books",
))

# ---------------------------------------------------------------- game review on a review site: score, verdict box, affiliate buttons
PAGES.append(dict(
    case="pl-other-recenzjagry", lang="pl", skin="reviewsite", domain="graczpolska.example", site="GraczPolska",
    url="https://www.graczpolska.example/recenzje/recenzja-gry-ostatni-latarnik-2026/",
    h1="Recenzja gry Ostatni Latarnik – piękna samotność, która nuży po dziesięciu godzinach",
    deck="Polska gra o latarniku na bałtyckiej wyspie zachwyca klimatem, ale brakuje jej pomysłów na drugą połowę.",
    crumbs=["Strona główna", "Recenzje", "PC"], authors=["Bartosz Wilk"], byline_text="Bartosz Wilk, redaktor działu gier",
    byline_html='<a href="/autor/bartosz-wilk/">Bartosz Wilk</a> · redaktor działu gier',
    ld_obj={"@context": "https://schema.org", "@type": "Review", "name": "Recenzja gry Ostatni Latarnik",
            "author": {"@type": "Person", "name": "Bartosz Wilk"}, "datePublished": "2026-02-24T12:00:00+01:00",
            "itemReviewed": {"@type": "VideoGame", "name": "Ostatni Latarnik"},
            "reviewRating": {"@type": "Rating", "ratingValue": 7, "bestRating": 10}},
    pub="2026-02-24T12:00:00+01:00", date="24 lutego 2026",
    rating=dict(value=7, of=10), prices_h="Gdzie kupić",
    verdict=dict(summary="⟪Klimatyczna, świetnie brzmiąca gra, której zabrakło pomysłów na drugi akt.⟫",
                 pros=["oprawa dźwiękowa", "pierwsze godziny", "polski dubbing"], cons=["powtarzalne zadania", "słaby finał"]),
    prices=[("Sklep Pixelo", "89,99 zł", "Kup teraz"), ("GameHub", "94,00 zł", "Sprawdź")],
    disclosure="⟪Artykuł zawiera linki afiliacyjne. Kupując przez nie, wspierasz redakcję.⟫",
    nav=["Recenzje", "Zapowiedzi", "Publicystyka", "Opinie", "Sprzęt", "Promocje"],
    side=[("Najczęściej czytane", ["⟪Premiery gier w marcu 2026 – pełna lista⟫", "Najlepsze gry niezależne zimy"], "news")],
    comments=[("kuba_88", "24 lutego 2026", "⟪Dla mnie 9/10, ten klimat Bałtyku robi robotę.⟫")],
    footer="⟪© 2026 GraczPolska. Wszelkie prawa zastrzeżone.⟫",
    body="""<p>⟦Przez pierwsze trzy godziny Ostatni Latarnik jest jedną z najpiękniejszych gier, w jakie grałem w tym roku.⟧ Wcielamy się w Józefa, emerytowanego marynarza, który w 1962 roku przyjmuje posadę latarnika na małej wyspie na Bałtyku. Jest mgła, jest sztorm, jest radio, przez które co wieczór łączymy się z lądem. I jest cisza, której twórcy z krakowskiego studia Szara Fala nie boją się używać.</p>
<p>Rozgrywka jest prosta. Każdego dnia trzeba dbać o lampę, naprawiać sprzęt, łowić ryby i notować pogodę w dzienniku. ⟦Wieczorem, przy radiu, poznajemy kolejne fragmenty historii Józefa⟧ i jego córki, która nie odzywa się do niego od lat. Dialogi, nagrane przez świetnych polskich aktorów, to najmocniejszy element gry.</p>
<p>Problem w tym, że po mniej więcej dziesięciu godzinach gra nie ma już nic nowego do zaproponowania. Zadania zaczynają się powtarzać, a wyspa, choć piękna, jest po prostu mała. Ostatnie dni w latarni przechodziłem z poczuciem obowiązku, a nie ciekawości.</p>
[[BUY|⟪Kup w sklepie Pixelo za 89,99 zł⟫]]
<p>Na pochwałę zasługuje oprawa dźwiękowa. Szum fal, skrzypienie schodów i trzaski radia budują nastrój lepiej niż niejedna wysokobudżetowa produkcja. ⟦Zagrajcie w słuchawkach, najlepiej w nocy.⟧ Grafika jest prosta, ale spójna, a gra działa płynnie nawet na starszym sprzęcie.</p>
<p>Warto też wspomnieć o kilku drobnych błędach. Dwa razy zdarzyło mi się, że dziennik nie zapisał ukończonego zadania, a raz Józef utknął w drzwiach magazynu i trzeba było wczytać zapis. Twórcy zapowiedzieli już łatkę, która ma te problemy naprawić. Gra kosztuje niecałe dziewięćdziesiąt złotych, a jej przejście zajęło mi około czternastu godzin, co przy tej cenie wydaje się uczciwą propozycją.</p>
<p>Brakuje mi natomiast trybu swobodnego, w którym po zakończeniu historii można by po prostu zostać na wyspie i słuchać morza. Przy tak dopracowanym klimacie aż się o to prosi.</p>
<p>Zakończenie dzieli graczy. Mnie rozczarowało: kilka minut dialogu rozwiązuje konflikt, który budowano przez całą grę.</p>
<p>⟦Mimo to polecam Ostatniego Latarnika każdemu, kto szuka spokojnej, melancholijnej opowieści.⟧ Trzeba tylko pogodzić się z tym, że druga połowa nie dorównuje pierwszej.</p>""",
    kind="other", why="game review with score, verdict box and affiliate links",
))

# ---------------------------------------------------------------- food recall report on a portal
PAGES.append(dict(
    case="pl-news-wycofanieserka", lang="pl", skin="portal", domain="wiadomoscilodzkie.example", site="Wiadomości Łódzkie",
    url="https://www.wiadomoscilodzkie.example/konsument/gis-wycofuje-partie-serka-wiejskiego-wykryto-listerie,a,410293.html",
    h1="GIS wycofuje partię serka wiejskiego. Wykryto bakterie Listeria",
    deck="Produkt trafił do sklepów trzech sieci w województwie łódzkim i mazowieckim.",
    kicker="Konsument", crumbs=["Konsument"], authors=["Katarzyna Mróz"], byline_text="Katarzyna Mróz",
    byline_html='<a href="/autor/katarzyna-mroz/">Katarzyna Mróz</a>',
    ld_authors=["Katarzyna Mróz"], ld_type="NewsArticle", ld_section="Konsument",
    pub="2026-01-19T13:25:00+01:00", date="19 stycznia 2026, 13:25",
    nav=["Wiadomości", "Łódź", "Region", "Konsument", "Biznes", "Opinie", "Kultura", "Sport"],
    side=[("Najczęściej czytane", ["⟪Tramwaj wykoleił się na Piotrkowskiej. Utrudnienia⟫", "Nowe ceny biletów MPK od lutego"]),
          ("Opinie", [("Felieton", "⟪Dlaczego nie ufam etykietom „eko”⟫")], "opinie"),
          ("Recenzje", [("Test", "Pięć serków wiejskich w ślepej próbie")], "recenzje")],
    cookie="⟪Korzystamy z plików cookies, aby ułatwić korzystanie z serwisu.⟫",
    footer="⟪© 2026 Wiadomości Łódzkie. Wszelkie prawa zastrzeżone.⟫",
    body="""<p>⟦Główny Inspektorat Sanitarny ostrzega przed spożyciem jednej partii serka wiejskiego marki Łąka Polna.⟧ W próbce produktu wykryto bakterie Listeria monocytogenes, które mogą wywoływać groźną chorobę zwaną listeriozą.</p>
<p>Chodzi o serek w opakowaniu 200 g z numerem partii 0412 i datą przydatności do spożycia 2 lutego 2026 roku. ⟦Jak poinformował GIS, nieprawidłowość wykryto podczas rutynowej kontroli urzędowej.⟧ Producent, spółdzielnia mleczarska z Kutna, wstrzymał sprzedaż i rozpoczął wycofywanie produktu ze sklepów.</p>
<p>Według komunikatu serek trafił do sklepów trzech sieci handlowych na terenie województw łódzkiego i mazowieckiego. Sieci zostały powiadomione i, jak zapewnia inspekcja, usuwają produkt z półek.</p>
[[AD]]
<p>Listerioza jest szczególnie niebezpieczna dla kobiet w ciąży, osób starszych i z obniżoną odpornością. Objawy, takie jak gorączka, bóle mięśni czy biegunka, mogą pojawić się nawet kilka tygodni po spożyciu skażonej żywności.</p>
<h2>Co zrobić, jeśli kupiłeś ten produkt</h2>
<ul>
<li>⟦Nie spożywaj serka z partii 0412.⟧</li>
<li>Zwróć go do sklepu, w którym został kupiony; zwrot jest możliwy bez paragonu.</li>
<li>W razie niepokojących objawów skontaktuj się z lekarzem.</li>
</ul>
<p>– Bardzo przepraszamy naszych klientów. Pozostałe partie są bezpieczne i zostały przebadane – przekazała w oświadczeniu prezes spółdzielni Elżbieta Kaczmarek.</p>
<p>Sanepid w Kutnie poinformował, że w zakładzie producenta przeprowadzono dodatkową kontrolę. Pobrano próbki z linii produkcyjnej oraz z pozostałych partii serka, a ich wyniki mają być znane w przyszłym tygodniu. Do czasu ich otrzymania linia, na której powstała skażona partia, pozostaje wyłączona z użytku.</p>
<p>Jak wynika z danych przekazanych przez producenta, do sprzedaży trafiło około 18 tysięcy opakowań serka z tej partii. Część z nich mogła zostać już sprzedana i spożyta. Do tej pory nie zgłoszono żadnego zachorowania, które można by powiązać z produktem.</p>
<p>To już trzecie w tym roku ostrzeżenie GIS dotyczące produktów mlecznych. ⟦W styczniu inspekcja wycofała także partię jogurtów naturalnych innego producenta.⟧</p>
<p>⟦Aktualne komunikaty publikowane są na stronie internetowej GIS.⟧</p>""",
    kind="news", why="report of a food recall issued by the sanitary inspectorate",
))
