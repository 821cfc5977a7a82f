"""German regional papers (deregional): a police report under "Redaktion" with "vor 2 Stunden"
beside the machine date, a wolf report by a local reporter "Mit Material von dpa" with only the
printed date "Mo., 16.03.2026", a Kommentar, a Pro & Contra by two editors, an unmarked signed
column under Leben, a recipe and a listicle of Christmas markets."""
from common import typo

PAGES = []

FOOT = "© %s 2026. Alle Rechte vorbehalten."


def site(p, name, domain, badge, nav, towns, weather):
    p.update(site=name, domain=domain, badge_word=badge, loc="de-DE", lang="de", html_lang="de", nav=nav, towns=towns, weather=weather,
             footer=FOOT % name)
    return p


def nav(region):
    return [(region, ["Polizei", "Politik", "Wirtschaft", "Kultur", "Vereine"]), ("Deutschland & Welt", ["Politik", "Wirtschaft", "Panorama"]),
            ("Sport", ["Fußball", "Lokalsport", "Handball"]), ("Meinung", ["Kommentare", "Pro & Contra", "Leserbriefe", "Kolumnen"]),
            ("Leben", ["Genuss", "Rezepte", "Gesundheit", "Familie"]), ("Freizeit", ["Ausflüge", "Veranstaltungen", "Kino"]), ("Traueranzeigen", []),
            ("Service", ["E-Paper", "Gewinnspiele", "Newsletter", "Leserreisen"])]


OB = dict(name="Oberland-Bote", domain="www.oberland-bote.example", badge="OB+",
          towns=["Bad Tölz", "Wolfratshausen", "Geretsried", "Lenggries", "Bad Heilbrunn", "Kochel am See"], weather="Bad Tölz 2 °C, bewölkt")
HR = dict(name="Havel-Rundschau", domain="www.havel-rundschau.example", badge="Plus",
          towns=["Brandenburg an der Havel", "Rathenow", "Premnitz", "Wusterwitz", "Ziesar", "Lehnin"], weather="Brandenburg/H. 6 °C, Regen")
NE = dict(name="Neckar-Echo", domain="www.neckar-echo.example", badge="NE+",
          towns=["Heilbronn", "Neckarsulm", "Bad Friedrichshall", "Weinsberg", "Lauffen", "Eppingen"], weather="Heilbronn 1 °C, sonnig")
SK = dict(name="Sauerland-Kurier", domain="www.sauerland-kurier.example", badge="SK+",
          towns=["Arnsberg", "Meschede", "Brilon", "Winterberg", "Schmallenberg", "Sundern"], weather="Meschede -1 °C, Schneefall")


def at(p, s, region):
    return site(p, s["name"], s["domain"], s["badge"], nav(region), s["towns"], s["weather"])


# ---------------------------------------------------------------- police report; "Redaktion" (null); "vor 2 Stunden" + machine date
PAGES.append(at(dict(
    case="de-news-deregional-schockanruf", skin="deregional", secpath="bad-toelz", meta="full",
    url="https://www.oberland-bote.example/lokales/bad-toelz/schockanruf-seniorin-uebergibt-betruegern-40-000-euro-93541207.html",
    h1="Schockanruf: Seniorin übergibt Betrügern 40.000 Euro", kicker="Polizeibericht",
    deck="Ein angeblicher Polizist hatte der 84-Jährigen erzählt, ihre Tochter habe einen tödlichen Unfall verursacht. Die Kripo Weilheim sucht Zeugen.",
    crumbs=["Lokales", "Bad Tölz"], authors=None, byline_text="Von Redaktion", byline_html='Von <span class="author-name">Redaktion</span>',
    ld_authors=["org:Oberland-Bote Redaktion Bad Tölz"], ld_type="NewsArticle", ld_section="Bad Tölz",
    pub="2026-01-14T09:12:00+01:00", date='<time datetime="2026-01-14T09:12:00+01:00" title="14.01.2026, 09:12 Uhr">vor 2 Stunden</time>',
    hero="⟪Symbolbild: Immer wieder geben sich Betrüger am Telefon als Polizisten aus.⟫ Foto: Karl-Josef Hildenbrand/dpa",
    breaking="⟪Staatsstraße bei Lenggries nach Lkw-Unfall gesperrt⟫",
    tags=["Polizei", "Betrug", "Bad Tölz", "Senioren"],
    comments=[("Isarwinkler", "vor 1 Stunde", "⟪Das ist so schäbig, ausgerechnet alte Menschen so auszunutzen.⟫", "27")], comment_count=14,
    more_title="Mehr aus Bad Tölz", related=["Neue Brücke über die Isar: Bauarbeiten beginnen im März", ("OB+", "Der letzte Schmied im Isarwinkel", True),
                                               ("Kommentar", "Warum die Kreisklinik mehr Unterstützung verdient")],
    rank=["⟪Blomberg-Rodelbahn wegen Schneemangel geschlossen⟫", "Einbruch in Geretsrieder Apotheke", ("OB+", "Wo es im Oberland noch bezahlbare Wohnungen gibt", True)],
    opinion=[("Kommentar", "Der Landkreis braucht endlich ein Radwegekonzept"), ("Leserbriefe", "Zum Thema Windräder am Zwiesel")],
    app_box="Alle Nachrichten aus dem Oberland: Jetzt die Oberland-Bote-App herunterladen.",
    body="""⟦Eine 84 Jahre alte Frau aus Bad Tölz ist am Dienstag Opfer eines sogenannten Schockanrufs geworden.⟧ Wie die Polizei mitteilte, übergab die Seniorin am Nachmittag Bargeld und Schmuck im Wert von rund 40.000 Euro an einen unbekannten Abholer.

Gegen 13 Uhr hatte bei der Frau das Telefon geklingelt. Am Apparat war nach Angaben der Ermittler eine weinende Frau, die sich als ihre Tochter ausgab. Anschließend übernahm ein Mann das Gespräch, der sich als Polizeibeamter vorstellte. ⟦Er behauptete, die Tochter habe einen Verkehrsunfall verursacht, bei dem eine Schwangere ums Leben gekommen sei.⟧ Nur gegen eine Kaution könne sie einer Untersuchungshaft entgehen.

[[READ|⟪Falsche Polizisten: So schützen Sie Ihre Angehörigen⟫]]

Die Betrüger hielten die Frau über mehr als zwei Stunden am Telefon. Gegen 15.30 Uhr erschien dann ein Mann an ihrer Wohnungstür in der Nähe der Marktstraße und nahm das Geld und den Schmuck in einem Stoffbeutel entgegen. ⟦Erst als die Seniorin am Abend ihre echte Tochter erreichte, flog der Betrug auf.⟧

[[AD]]

Der Abholer wird wie folgt beschrieben:

[[LIST|etwa 25 bis 30 Jahre alt und rund 1,80 Meter groß|schlanke Statur, kurze dunkle Haare|sprach Deutsch mit osteuropäischem Akzent|trug eine dunkle Daunenjacke und eine graue Mütze]]

Die Kriminalpolizei Weilheim hat die Ermittlungen übernommen. Zeugen, denen am Dienstagnachmittag im Bereich der Marktstraße eine verdächtige Person oder ein fremdes Fahrzeug aufgefallen ist, werden gebeten, sich unter der Telefonnummer 0881/640-0 zu melden.

[[H|Polizei: Niemals Geld an Fremde übergeben]]

Die Polizei warnt erneut eindringlich vor der Masche. Echte Polizeibeamte fordern niemals Bargeld oder Wertsachen, weder am Telefon noch an der Haustür. ⟦Wer einen solchen Anruf erhält, sollte sofort auflegen und selbst die 110 wählen.⟧ Angehörige werden gebeten, mit älteren Familienmitgliedern über die Betrugsmasche zu sprechen.

Allein im Landkreis Bad Tölz-Wolfratshausen registrierte die Polizei im vergangenen Jahr mehr als 60 solcher Anrufe. ⟦In den meisten Fällen blieb es beim Versuch, weil die Angerufenen misstrauisch wurden.⟧""",
    kind="news", why="police report with witness appeal",
), OB, "Bad Tölz"))

# ---------------------------------------------------------------- local reporter + "Mit Material von dpa"; printed date only ("Mo., 16.03.2026")
PAGES.append(at(dict(
    case="de-news-deregional-wolf", skin="deregional", secpath="brandenburg-havel", meta="og", meta_pub=False,
    url="https://www.havel-rundschau.example/lokales/brandenburg-havel/wolf-reisst-17-schafe-bei-wusterwitz-landkreis-prueft-abschuss-ZL4H7QPX.html",
    h1="Wolf reißt 17 Schafe bei Wusterwitz – Landkreis prüft Abschuss", kicker="Potsdam-Mittelmark",
    deck="Zum dritten Mal in diesem Winter hat ein Wolf eine Herde im Havelland angegriffen. Schäfer fordern schnelle Hilfe, Naturschützer warnen vor Aktionismus.",
    crumbs=["Lokales", "Brandenburg an der Havel"], authors=["Jana Pietsch"], byline_text="Von Jana Pietsch", byline_html="Von Jana Pietsch",
    pub="2026-03-16T15:47:00+01:00", date="Mo., 16.03.2026, 15:47 Uhr", plus=True, audio="4:31 Min.",
    hero="⟪Schäfer Ronny Lüdtke mit seiner Herde auf einer Weide bei Wusterwitz.⟫ Foto: Jana Pietsch",
    tags=["Wolf", "Landwirtschaft", "Potsdam-Mittelmark", "Naturschutz"],
    comments=[("Havelländer", "16.03.2026", "⟪Irgendwann ist es kein Schaf mehr, sondern ein Kind auf dem Schulweg.⟫", "12"),
              ("Birgit S.", "16.03.2026", "Der Wolf war zuerst da. Herdenschutz muss halt bezahlt werden.", "19")], comment_count=47,
    more_title="Mehr aus der Region", related=["Neuer Radweg zwischen Kirchmöser und Plaue eröffnet", ("Plus", "Der Traum vom eigenen Hof an der Havel", True),
                                                ("Pro & Contra", "Sollen Wölfe leichter abgeschossen werden dürfen?")],
    rank=["⟪Brandenburger Dom: Sanierung des Westturms beginnt⟫", "Ampelausfall sorgt für Stau am Neustädtischen Markt", ("Plus", "Die besten Fischbrötchen an der Havel", True)],
    opinion=[("Kommentar", "Der Wolf ist kein Feind, aber auch kein Kuscheltier"), ("Leserbriefe", "Zum Bau des Logistikzentrums in Premnitz")],
    app_box="Die Havel-Rundschau als E-Paper: schon am Vorabend ab 21 Uhr lesen.",
    body="""⟦Als Ronny Lüdtke am Sonntagmorgen zu seiner Weide am Rand von Wusterwitz kam, lagen dort tote Schafe im Gras.⟧ 17 Tiere hat der Schäfer verloren, weitere acht sind so schwer verletzt, dass der Tierarzt sie einschläfern musste. „So etwas habe ich in 30 Jahren nicht erlebt“, sagt Lüdtke.

[[PHOTO|⟪Der Elektrozaun um die Weide war nach Angaben des Schäfers intakt.⟫ Foto: Jana Pietsch]]

Ein Gutachter des Landesamts für Umwelt bestätigte am Montag, dass die Schafe von einem Wolf gerissen wurden. ⟦Genetische Proben sollen klären, ob es sich um dasselbe Tier handelt, das bereits im Januar und Februar Herden in der Umgebung angegriffen hatte.⟧ Damals waren in Ziesar und bei Rogäsen insgesamt 23 Schafe getötet worden.

Der Landkreis Potsdam-Mittelmark prüft nun nach eigenen Angaben, ob ein Abschuss beantragt werden kann. Nach dem Bundesnaturschutzgesetz ist das möglich, wenn ein Wolf mehrfach empfohlene Schutzmaßnahmen überwunden hat. Lüdtkes Weide war von einem 1,20 Meter hohen Elektrozaun umgeben, wie ihn das Land als Mindestschutz empfiehlt.

[[NEWS|⟪Nichts mehr verpassen: Der Newsletter aus Brandenburg an der Havel, jeden Morgen um 6 Uhr.⟫]]

Nach Angaben des Landesumweltministeriums leben in Brandenburg derzeit etwa 58 Wolfsrudel, so viele wie in keinem anderen Bundesland. Im vergangenen Jahr wurden landesweit mehr als 1.300 Nutztiere bei Wolfsangriffen getötet oder verletzt, die meisten davon Schafe. ⟦Das Land zahlte Entschädigungen in Höhe von rund 900.000 Euro.⟧

Der Landesschafzuchtverband forderte, verhaltensauffällige Wölfe schneller zu entnehmen. Der Naturschutzbund Brandenburg warnte dagegen vor voreiligen Schlüssen und verwies darauf, dass Herdenschutzhunde in anderen Regionen gute Erfolge zeigten.

Auch Landwirte in der Nachbarschaft sind beunruhigt. Ein Mutterkuhhalter aus Warchau kündigte an, seine Kälber in diesem Frühjahr nicht auf die Weide am Waldrand zu lassen.

Lüdtke will seine verbliebenen rund 300 Schafe vorerst nachts in einen Stall auf dem Hof seines Bruders bringen. ⟦Ob er die Schäferei auf Dauer weiterführt, weiß er nach eigenen Worten noch nicht.⟧

[[CREDIT|⟪Mit Material von dpa⟫]]""",
    kind="news", why="local report on wolf attack with official reactions",
), HR, "Brandenburg an der Havel"))

# ---------------------------------------------------------------- Kommentar: kicker, URL, crumbs, articleSection Meinung
PAGES.append(at(dict(
    case="de-opinion-deregional-parkhaus", skin="deregional", secpath="meinung", meta="og", meta_section="Meinung",
    url="https://www.neckar-echo.example/meinung/kommentare/heilbronn-braucht-kein-neues-parkhaus-art-4812736",
    h1="Heilbronn braucht kein neues Parkhaus am Kiliansplatz", kicker="Kommentar",
    crumbs=["Meinung", "Kommentare"], authors=["Katrin Walz"], byline_text="Von Katrin Walz", byline_html='Von <a href="/autoren/katrin-walz">Katrin Walz</a>',
    ld_authors=["Katrin Walz"], ld_type="NewsArticle", ld_section="Meinung",
    pub="2026-11-24T18:20:00+01:00", date='<time datetime="2026-11-24T18:20:00+01:00">24.11.2026 | 18:20 Uhr</time>',
    tags=["Heilbronn", "Innenstadt", "Verkehr", "Gemeinderat"],
    comments=[("Neckarsulmer", "24.11.2026", "⟪Schön für alle, die in der Stadt wohnen. Wir vom Land kommen halt mit dem Auto.⟫", "31")], comment_count=76,
    more_title="Mehr Meinung", related=["Stadtbahn-Ausbau: Land gibt Zuschuss frei", ("NE+", "Was die Innenstadt von Tübingen besser macht", True),
                                         ("Pro & Contra", "Soll der Marktplatz autofrei werden?")],
    rank=["⟪Weihnachtsmarkt Heilbronn: Das ist neu in diesem Jahr⟫", "Unfall auf der A 6: Drei Verletzte", ("NE+", "Die Rückkehr der Besenwirtschaften", True)],
    opinion=[("Kolumne", "⟪Mein Leben als Pendler auf der Frankenbahn⟫"), ("Leserbriefe", "Zum Umbau der Allee")],
    app_box="Neckar-Echo-App: Alle Nachrichten aus der Region auf dem Smartphone.",
    body="""⟦Es gibt Entscheidungen, die schon bei ihrer Verkündung aus der Zeit gefallen wirken.⟧ Der Plan der Stadtverwaltung, am Kiliansplatz ein neues Parkhaus mit 420 Stellplätzen zu bauen, gehört dazu. 28 Millionen Euro soll das Projekt kosten. Es wäre das falsche Signal für eine Innenstadt, die gerade dabei ist, sich neu zu erfinden.

Die Begründung der Verwaltung klingt zunächst plausibel: Der Einzelhandel klagt über sinkende Umsätze, Kunden aus dem Umland fänden keinen Parkplatz, die Konkurrenz der Einkaufszentren auf der grünen Wiese sei groß. ⟦Doch ein Blick in die eigenen Zahlen der Stadt zeigt ein anderes Bild.⟧ Die bestehenden Parkhäuser in der Innenstadt waren im vergangenen Jahr im Schnitt zu 61 Prozent ausgelastet. Selbst an den Adventssamstagen gab es freie Plätze.

[[AD]]

Das Problem der Innenstadt ist nicht fehlender Parkraum. Es sind leere Schaufenster, eine Fußgängerzone ohne Schatten und Sitzgelegenheiten, Busse, die abends nur im Stundentakt fahren. Wer 28 Millionen Euro übrig hat, sollte sie dort investieren, wo Menschen sich gerne aufhalten – und nicht in Beton für Autos, die dort die meiste Zeit stehen.

[[READ|⟪Gemeinderat: Entscheidung über Parkhaus fällt im Dezember⟫]]

Städte wie Tübingen oder Freiburg haben vorgemacht, dass belebte Zentren auch mit weniger Autos funktionieren. Sie haben Parkplätze reduziert, Straßen begrünt und den Nahverkehr ausgebaut. ⟦Ihre Innenstädte gehören heute zu den lebendigsten im Land.⟧

Natürlich muss Heilbronn auch für Menschen aus dem Umland erreichbar bleiben, die auf das Auto angewiesen sind. Dafür gibt es bessere Lösungen: Park-and-ride-Plätze an der Stadtbahn, ein günstiges Kombiticket, ein Lieferservice der Händler.

Hinzu kommt: Der Bau würde den Kiliansplatz für mindestens zwei Jahre in eine Baustelle verwandeln. Ausgerechnet in der Zeit, in der die Händler um jeden Kunden kämpfen, wäre einer der zentralen Plätze der Innenstadt gesperrt.

⟦Der Gemeinderat sollte das Parkhaus im Dezember ablehnen.⟧""",
    kind="opinion", why="signed Kommentar arguing against a car park",
), NE, "Heilbronn"))

# ---------------------------------------------------------------- Pro & Contra: two editors, two positions
PAGES.append(at(dict(
    case="de-opinion-deregional-feuerwerk", skin="deregional", secpath="meinung", meta="full",
    url="https://www.sauerland-kurier.example/meinung/pro-contra-feuerwerk-verbot-innenstadt-arnsberg-id240918553.html",
    h1="Soll privates Feuerwerk in der Innenstadt verboten werden?", kicker="Pro &amp; Contra",
    deck="Arnsberg diskutiert über eine Böllerverbotszone rund um den Neumarkt. Zwei Redakteure, zwei Meinungen.",
    crumbs=["Meinung", "Pro &amp; Contra"], authors=["Moritz Bender", "Anja Kleine"], byline_text="Von Moritz Bender und Anja Kleine",
    byline_html='Von <a href="/autoren/moritz-bender">Moritz Bender</a> und <a href="/autoren/anja-kleine">Anja Kleine</a>',
    ld_authors=["Moritz Bender", "Anja Kleine"], ld_type="OpinionNewsArticle", ld_section="Meinung",
    pub="2026-12-28T17:00:00+01:00", date='<time datetime="2026-12-28T17:00:00+01:00">28.12.2026, 17:00 Uhr</time>',
    tags=["Silvester", "Feuerwerk", "Arnsberg", "Pro und Contra"],
    comments=[("Sauerländer1970", "28.12.2026", "⟪Einmal im Jahr darf es knallen. Wem das nicht passt, der kann ja verreisen.⟫", "22"),
              ("Tierfreundin", "28.12.2026", "Unser Hund zittert jedes Jahr drei Tage lang.", "35")], comment_count=103,
    more_title="Mehr aus Arnsberg", related=["⟪Silvester: Hier gibt es Feuerwerk zu kaufen⟫", ("SK+", "Wie ein Schmallenberger Pyrotechniker Silvester erlebt", True),
                                              ("Kommentar", "Der Hochsauerlandkreis braucht mehr Hausärzte")],
    rank=["⟪Schneechaos: Winterberg sperrt Zufahrten zu den Skigebieten⟫", "Glätteunfall auf der A 46 bei Bestwig", ("SK+", "Die Brauerei, die niemand kennt", True)],
    opinion=[("Kolumne", "⟪Zwischen den Jahren ist die schönste Zeit⟫"), ("Leserbriefe", "Zum Ausbau der Ruhrtalbahn")],
    app_box="Sauerland-Kurier-App: Eilmeldungen aus Ihrem Ort direkt aufs Handy.",
    body="""⟦Die Stadt Arnsberg erwägt, privates Feuerwerk an Silvester rund um den Neumarkt und in der Altstadt zu verbieten.⟧ Der Haupt- und Finanzausschuss soll im Januar über eine entsprechende Satzung beraten. Zwei Redakteure unserer Zeitung sehen das unterschiedlich.

[[H|Pro: Die Altstadt ist kein Schlachtfeld]]

Wer in der Silvesternacht einmal über den Neumarkt gegangen ist, weiß, warum ein Verbot überfällig ist. Raketen fliegen waagerecht in Menschengruppen, Böller explodieren in Hauseingängen, am Neujahrsmorgen liegen Berge von Müll zwischen den Fachwerkhäusern. ⟦Die Feuerwehr musste im vergangenen Jahr zu einem Dachstuhlbrand in der Schlossstraße ausrücken.⟧

Ein Verbot in der Altstadt nimmt niemandem das Feiern. Wer unbedingt selbst zünden will, kann das im eigenen Garten oder auf den Wiesen an der Ruhr tun. Und die Stadt könnte, wie andere Kommunen, ein gemeinsames Feuerwerk über dem Schlossberg organisieren. Das wäre schöner, sicherer und am Ende sogar günstiger für alle. <em>Moritz Bender</em>

[[AD]]

[[H|Contra: Ein Verbot löst das Problem nicht]]

⟦Ich verstehe den Ärger über betrunkene Raketenschützen, aber ein Verbot trifft die Falschen.⟧ Die allermeisten Menschen, die um Mitternacht auf dem Neumarkt stehen, feiern friedlich mit Familie und Freunden. Für sie gehört das gemeinsame Feuerwerk zu einer Tradition, die über Jahrzehnte gewachsen ist.

Wer kontrolliert überhaupt, ob ein Verbot eingehalten wird? Das Ordnungsamt hat an Silvester eine Handvoll Leute im Dienst, die Polizei ist mit anderen Einsätzen beschäftigt. ⟦Eine Regel, die niemand durchsetzt, beschädigt am Ende nur die Glaubwürdigkeit der Stadt.⟧

Sinnvoller wäre es, die bestehenden Regeln konsequent anzuwenden: kein Feuerwerk in der Nähe von Fachwerkhäusern und Kirchen, mehr Präsenz des Ordnungsamts, mehr Mülleimer. ⟦Verbote sollten das letzte Mittel sein, nicht das erste.⟧ <em>Anja Kleine</em>""",
    kind="opinion", why="Pro and Contra: two editors argue opposite positions",
), SK, "Arnsberg"))

# ---------------------------------------------------------------- signed column under Leben, not marked at all
PAGES.append(at(dict(
    case="de-opinion-deregional-adventsmarkt", skin="deregional", secpath="leben", meta="full",
    url="https://www.oberland-bote.example/leben/weihnachtsmarkt-im-november-lasst-dem-advent-seine-zeit-93601884.html",
    h1="Weihnachtsmarkt im November? Lasst dem Advent seine Zeit", kicker="Vorweihnachtszeit",
    crumbs=["Leben"], authors=["Sabine Kranz"], byline_text="Von Sabine Kranz", byline_html='Von <a href="/autoren/sabine-kranz">Sabine Kranz</a>',
    ld_authors=["Sabine Kranz"], ld_type="NewsArticle", ld_section="Leben",
    pub="2026-11-14T08:00:00+01:00", date='<time datetime="2026-11-14T08:00:00+01:00">14.11.2026, 08:00 Uhr</time>', plus=True,
    hero="⟪Noch ist es ruhig am Tölzer Marktplatz. Der Christkindlmarkt öffnet in diesem Jahr am 20. November.⟫ Foto: Thomas Lerch",
    breaking="⟪Kesselbergstraße wegen Felssicherung bis Freitag gesperrt⟫",
    tags=["Weihnachtsmarkt", "Advent", "Bad Tölz", "Brauchtum"],
    comments=[("Marktfrau", "14.11.2026", "⟪Als Standbetreiberin sage ich: Ohne die zusätzlichen Wochen lohnt sich der Markt für uns nicht mehr.⟫", "18")], comment_count=29,
    more_title="Mehr aus Leben", related=["Plätzchen backen: Die Lieblingsrezepte unserer Leser", ("OB+", "Krippenbauer im Isarwinkel: Ein Handwerk stirbt aus", True),
                                           ("Kommentar", "Die Gemeinde Lenggries braucht ein Schwimmbad")],
    rank=["⟪Leonhardifahrt: So viele Besucher wie nie⟫", "Martinsumzüge im Landkreis: Alle Termine", ("OB+", "Zu Besuch bei der letzten Sennerin vom Brauneck", True)],
    opinion=[("Kommentar", "Der Landkreis braucht endlich ein Radwegekonzept"), ("Leserbriefe", "Zur Zukunft des Freibads in Geretsried")],
    app_box="Alle Nachrichten aus dem Oberland: Jetzt die Oberland-Bote-App herunterladen.",
    body="""⟦In diesem Jahr öffnet der Christkindlmarkt in Bad Tölz am 20. November, neun Tage vor dem ersten Advent.⟧ In München haben die ersten Glühweinstände schon Anfang der Woche aufgemacht, und in manchen Einkaufszentren steht der Christbaum seit Allerheiligen. Ich finde, es reicht.

Ich mag Weihnachtsmärkte. Ich mag den Geruch von gebrannten Mandeln, die Blasmusik vor dem Rathaus, die Kinder, die vor der Krippe stehen bleiben. Aber gerade deshalb ärgert es mich, dass diese Zeit immer weiter nach vorne gezogen wird, bis sie kaum noch etwas Besonderes hat.

[[AD]]

Der Advent ist, wörtlich genommen, eine Zeit des Wartens. ⟦Wer schon Mitte November den dritten Glühwein getrunken hat, wartet an Heiligabend auf nichts mehr.⟧ Das mag altmodisch klingen. Aber viele Bräuche, die wir im Oberland so sorgsam pflegen, leben genau davon, dass sie ihren festen Platz im Jahr haben: der Leonhardiritt im November, das Klöpfeln in den Adventsnächten, die Christmette.

Natürlich verstehe ich die Standbetreiber. Für viele von ihnen ist der Markt ein wichtiger Teil des Jahresumsatzes, und jede zusätzliche Woche bringt Geld. ⟦Doch die Rechnung geht nur auf, solange die Besucher kommen – und die kommen nicht wegen des frühen Termins, sondern wegen der Stimmung.⟧ Die aber lässt sich nicht beliebig verlängern.

Mein Vorschlag ist bescheiden: Die Märkte in unseren Orten öffnen am Freitag vor dem ersten Advent, keinen Tag früher. Das wären in diesem Jahr immer noch vier Wochen Budenzauber. Die Gemeinden könnten sich darauf verständigen, der Tourismusverband könnte damit sogar werben. Ein Oberland, das sich Zeit lässt, wäre in einer Welt, die immer schneller wird, vielleicht die bessere Geschichte.

⟦Bis dahin werde ich meinen ersten Glühwein erst am ersten Advent trinken, ganz bewusst.⟧""",
    kind="opinion", why="signed first-person piece arguing for later Christmas markets",
), OB, "Bad Tölz"))

# ---------------------------------------------------------------- recipe: ingredients and steps
PAGES.append(at(dict(
    case="de-other-deregional-potthucke", skin="deregional", secpath="rezepte", meta="og",
    url="https://www.sauerland-kurier.example/leben/rezepte/potthucke-rezept-sauerland-klassiker-id240551208.html",
    h1="Potthucke wie bei Oma: So gelingt der Sauerländer Klassiker", kicker="Rezept der Woche",
    deck="Kartoffeln, Eier, Mettenden: Die Potthucke ist das Sauerland in einer Kastenform. Unser Rezept für vier Personen.",
    crumbs=["Leben", "Rezepte"], authors=["Petra Hömberg"], byline_text="Von Petra Hömberg", byline_html="Von Petra Hömberg",
    ld_authors=["Petra Hömberg"], ld_type="Article", ld_section="Rezepte",
    pub="2026-11-07T11:00:00+01:00", date='<time datetime="2026-11-07T11:00:00+01:00">Sa., 07.11.2026</time>',
    hero="⟪Goldbraun und außen knusprig: So soll die Potthucke aus dem Ofen kommen.⟫ Foto: Petra Hömberg",
    tags=["Rezepte", "Sauerland", "Hausmannskost"],
    comments=[("Kochlöffel_Brilon", "08.11.2026", "⟪Bei uns kommt noch Speck dazu, und am nächsten Tag wird sie in Scheiben gebraten.⟫", "14")], comment_count=9,
    more_title="Mehr Rezepte", related=["Pickert aus dem Backofen: Das Grundrezept", ("SK+", "Die letzten Dorfmetzger im Hochsauerland", True),
                                         ("Kolumne", "Warum ich nie wieder Tütensuppe esse")],
    rank=["⟪Wintersaison: Wann die Lifte in Winterberg öffnen⟫", "Martinsmarkt in Meschede: Das Programm", ("SK+", "So lebt es sich im höchsten Dorf NRWs", True)],
    opinion=[("Kommentar", "Der Hochsauerlandkreis braucht mehr Hausärzte"), ("Pro & Contra", "Brauchen wir Windräder auf dem Kahlen Asten?")],
    app_box="Sauerland-Kurier-App: Eilmeldungen aus Ihrem Ort direkt aufs Handy.",
    body="""⟦Wer im Sauerland aufgewachsen ist, kennt die Potthucke vom Sonntagstisch der Großeltern.⟧ Der herzhafte Kartoffelkuchen aus rohen und gekochten Kartoffeln wird in einer Kastenform gebacken und traditionell mit Mettendchen gefüllt. Er ist einfach, sättigend und schmeckt am nächsten Tag in Scheiben gebraten fast noch besser.

[[H|Zutaten für vier Personen]]

[[LIST|1,5 kg mehligkochende Kartoffeln|2 Eier|150 ml Sahne|1 Zwiebel|4 Mettenden|Salz, Pfeffer und frisch geriebene Muskatnuss|Butter für die Form]]

[[H|Zubereitung]]

[[OL|⟦Ein Drittel der Kartoffeln schälen, in Salzwasser weich kochen und durch eine Presse drücken.⟧|Die übrigen Kartoffeln schälen, fein reiben und in einem Küchentuch kräftig ausdrücken.|Zwiebel fein würfeln. Rohe und gekochte Kartoffeln mit Eiern, Sahne und Zwiebel verrühren und kräftig würzen.|Eine Kastenform ausbuttern, die Hälfte des Teigs einfüllen, die Mettenden der Länge nach darauflegen und mit dem restlichen Teig bedecken.|⟦Im vorgeheizten Backofen bei 180 Grad Umluft etwa 75 Minuten backen, bis die Oberfläche goldbraun ist.⟧]]

[[AD]]

[[H|Tipps aus der Leserküche]]

Viele Familien haben ihre eigene Variante. Manche geben gewürfelten Speck in den Teig, andere ersetzen die Mettenden durch Blutwurst. ⟦Dazu passen Apfelmus, Rübenkraut oder ein frischer Feldsalat.⟧

Wichtig ist, die geriebenen Kartoffeln gut auszudrücken, damit der Teig nicht zu flüssig wird. Wer mag, lässt die Potthucke nach dem Backen zehn Minuten in der Form ruhen und stürzt sie dann auf ein Brett.

[[NEWS|⟪Lust auf mehr? Unser Genuss-Newsletter bringt jeden Samstag ein neues Rezept aus der Region.⟫]]

Ihren Namen hat die Potthucke übrigens vom Topf, in dem sie früher gebacken wurde: Bevor es Kastenformen gab, garte der Teig in einem gusseisernen Pott direkt auf dem Herd, wo er, wie man im Sauerland sagt, stundenlang „huckte“. Viele ältere Leserinnen und Leser schwören bis heute auf diese Methode.

⟦Reste lassen sich im Kühlschrank zwei Tage aufbewahren und in der Pfanne in Butter knusprig anbraten.⟧""",
    kind="other", why="recipe with ingredients and steps",
), SK, "Arnsberg"))

# ---------------------------------------------------------------- listicle: seven Christmas markets
PAGES.append(at(dict(
    case="de-other-deregional-weihnachtsmaerkte", skin="deregional", secpath="freizeit", meta="og",
    url="https://www.neckar-echo.example/freizeit/ausfluege/sieben-weihnachtsmaerkte-in-der-region-heilbronn-die-sich-lohnen-art-4809215",
    h1="Sieben Weihnachtsmärkte in der Region Heilbronn, die sich lohnen", kicker="Ausflugstipps",
    deck="Vom Burghof bis zum Klosterhof: Unsere Auswahl der schönsten Märkte im Unterland – mit Öffnungszeiten.",
    crumbs=["Freizeit", "Ausflüge"], authors=["Lukas Ebner"], byline_text="Von Lukas Ebner", byline_html="Von Lukas Ebner",
    pub="2026-11-21T06:30:00+01:00", date='<time datetime="2026-11-21T06:30:00+01:00">21.11.2026 | 06:30 Uhr</time>', plus=True,
    hero="⟪Lichterglanz im Burghof: Der Markt auf Burg Guttenberg zählt zu den stimmungsvollsten der Region.⟫ Foto: Lukas Ebner",
    tags=["Weihnachtsmarkt", "Ausflug", "Freizeit", "Heilbronn"],
    more_title="Mehr Freizeittipps", related=["⟪Eislaufen in Heilbronn: Die Bahn am Kiliansplatz öffnet⟫", ("NE+", "Die schönsten Winterwanderungen im Unterland", True),
                                               ("Kolumne", "Glühwein ist kein Grundnahrungsmittel")],
    rank=["⟪Sperrung der B 27: Umleitung über Lauffen⟫", "Stadtbahn fährt wieder nach Plan", ("NE+", "Wie ein Weingut am Wartberg überlebt", True)],
    opinion=[("Kommentar", "⟪Heilbronn braucht mehr Mut beim Radverkehr⟫"), ("Leserbriefe", "Zur Schließung der Filiale in Weinsberg")],
    app_box="Neckar-Echo-App: Alle Nachrichten aus der Region auf dem Smartphone.",
    body="""⟦Glühwein, Lichterketten und Holzbuden gibt es in der Adventszeit fast in jedem Ort, doch einige Märkte in der Region sind etwas Besonderes.⟧ Wir haben sieben ausgesucht, für die sich ein Ausflug lohnt.

[[H|1. Heilbronner Weihnachtsmarkt]]

⟦Der größte Markt der Region verteilt sich mit rund 90 Ständen über Marktplatz, Kiliansplatz und Kaiserstraße.⟧ Geöffnet ist er vom 23. November bis 22. Dezember täglich ab 11 Uhr.

[[H|2. Burgweihnacht auf Burg Guttenberg]]

Nur an zwei Adventswochenenden öffnet die Stauferburg über dem Neckartal ihre Tore. Kunsthandwerker, Feuerstellen und ein Krippenspiel im Burghof machen den Markt zu einem der stimmungsvollsten im Unterland.

[[H|3. Weinsberger Weihnachtsmarkt unter der Weibertreu]]

Unterhalb der Burgruine stehen die Buden entlang der Altstadtgassen. Lokale Weingüter schenken Winzerglühwein aus Trollinger aus.

[[AD]]

[[H|4. Klosterweihnacht in Schöntal]]

⟦Im barocken Klosterhof bieten rund 60 Aussteller vor allem Handgemachtes an.⟧ Am Samstagabend singt der Kirchenchor in der Klosterkirche.

[[H|5. Eppinger Altstadtweihnacht]]

Fachwerk, Kopfsteinpflaster und ein Adventskalender an den Fenstern des Rathauses: Der Markt in Eppingen ist klein, aber besonders bei Familien beliebt.

[[H|6. Lichtermarkt in Bad Wimpfen]]

Der Markt in der Stauferstadt ist einer der ältesten in Süddeutschland. Die Altstadt wird dafür mit mehr als 10.000 Lichtern geschmückt.

Wer mit dem Zug anreist, hat es in Bad Wimpfen besonders leicht: Der Bahnhof liegt nur wenige Gehminuten von der Altstadt entfernt. An den Wochenenden ist der Markt allerdings oft sehr voll, unter der Woche geht es deutlich ruhiger zu.

[[H|7. Waldweihnacht in Löwenstein]]

Die Löwensteiner Waldweihnacht ist der jüngste Markt in unserer Auswahl und wird von den örtlichen Vereinen organisiert. Der Erlös geht jedes Jahr an ein soziales Projekt in der Gemeinde.

Am Waldrand oberhalb der Stadt gibt es Stockbrot, Punsch und Tannenbäume zum Selberschlagen. ⟦Geöffnet ist nur am dritten Adventswochenende.⟧""",
    kind="other", why="listicle of Christmas markets with opening times",
), NE, "Heilbronn"))

typo(PAGES)
