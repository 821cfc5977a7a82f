"""German national sites (denational): a rail report by two reporters (Z+ site), an analysis typed
AnalysisNewsArticle, a dpa story under "dpa" alone, a Q&A explainer on a strike, a Z+ reportage
"first published in" the print edition, a Leitartikel (F+), a column marked only by the byline
role "Kolumnistin", and a how-to on checking a utility bill."""
from common import typo

PAGES = []

NAV = [("Politik", ["Deutschland", "Ausland", "Europa", "Bundestag"]), ("Meinung", ["Kommentare", "Kolumnen", "Gastbeiträge", "Leitartikel", "Pro & Contra"]),
       ("Wirtschaft", ["Konjunktur", "Verbraucher", "Geldanlage", "Immobilien"]), ("Gesellschaft", ["Familie", "Bildung", "Leben"]),
       ("Wissen", ["Klima", "Gesundheit", "Digital"]), ("Kultur", ["Film", "Literatur", "Musik"]), ("Sport", ["Fußball", "Bundesliga", "Wintersport"]),
       ("Reise", []), ("Podcasts", []), "Rätsel"]

FOOT = "© %s GmbH & Co. KG 2026 – Alle Rechte vorbehalten"


def site(p, name, domain, badge):
    p.update(site=name, domain=domain, badge_word=badge, loc="de-DE", lang="de", html_lang="de", nav=NAV, footer=(FOOT % name).replace("&", "&amp;"))
    return p


# ---------------------------------------------------------------- two reporters; kicker inside the h1; updated line; ad split
PAGES.append(site(dict(
    case="de-news-denational-sanierung", skin="denational", secpath="wirtschaft",
    url="https://www.zeitpunkt-online.example/wirtschaft/2026-03/bahn-sanierung-hannover-wuerzburg-sperrung",
    h1="Bahn sperrt Schnellfahrstrecke Hannover–Würzburg für fünf Monate", kicker="Deutsche Bahn",
    deck="Die Generalsanierung der ältesten deutschen Schnellfahrstrecke beginnt im kommenden Frühjahr. Fernzüge werden umgeleitet, die Fahrzeiten verlängern sich deutlich.",
    crumbs=["Wirtschaft", "Verkehr"], authors=["Miriam Kessler", "Tobias Renn"], byline_text="Von Miriam Kessler und Tobias Renn",
    byline_html='Von <a href="/autoren/miriam-kessler">Miriam Kessler</a> und <a href="/autoren/tobias-renn">Tobias Renn</a>',
    ld_authors=["Miriam Kessler", "Tobias Renn"], ld_type="NewsArticle", ld_section="Wirtschaft",
    pub="2026-03-07T16:42:00+01:00", mod="2026-03-08T09:10:00+01:00",
    date='<time datetime="2026-03-07T16:42:00+01:00">7. März 2026, 16:42 Uhr</time>',
    updated="Aktualisiert am 8. März 2026, 09:10 Uhr", minutes=4, today="Sonntag, 8. März 2026",
    hero="⟪Ein ICE auf der Brücke über die Fulda bei Morschen.⟫ Foto: Henrike Vogel/dpa",
    ticker=["⟪Bundesrat billigt Reform der Pflegeversicherung⟫", "Tarifeinigung in der Chemiebranche", "Lufthansa streicht Flüge nach Tel Aviv"],
    tags=["Deutsche Bahn", "Verkehr", "Infrastruktur"],
    comments=[("Pendler_KS", "vor 3 Stunden", "⟪Fünf Monate Umleitung über Fulda, da kann ich gleich das Auto nehmen.⟫", "41"),
              ("M. Albers", "vor 2 Stunden", "Besser jetzt richtig sanieren als jedes Wochenende Langsamfahrstellen.", "17")], comment_count=212,
    related=[("Z+", "Warum Züge in Deutschland so oft zu spät sind", True), ("Verkehr", "Deutschlandticket: Preis steigt ab Januar auf 63 Euro"),
             ("Kommentar", "Die Bahn braucht Geld – und einen Plan")],
    rank=["⟪Wetter: Erste Frühlingstage mit bis zu 20 Grad⟫", ("Z+", "Was Sie über die neue Grundsteuer wissen müssen", True), "Bundesliga: Das sind die Ergebnisse des Spieltags"],
    opinion=[("Kolumne", "Wir Pendler sind die Geduldigsten im Land"), ("Leitartikel", "Der Staat muss wieder bauen können")],
    newsletter="Der Morgen-Newsletter: Das Wichtigste des Tages, jeden Morgen um 6 Uhr.",
    body="""⟦Die Deutsche Bahn will die Schnellfahrstrecke zwischen Hannover und Würzburg ab April 2027 für rund fünf Monate vollständig sperren.⟧ Das teilte das Unternehmen am Samstag in Berlin mit. Die 327 Kilometer lange Strecke war 1991 als erste deutsche Neubaustrecke für den Hochgeschwindigkeitsverkehr in Betrieb gegangen und gilt inzwischen als stark sanierungsbedürftig.

Während der Sperrung sollen Gleise, Weichen und Oberleitungen vollständig erneuert werden. Hinzu kommen Arbeiten in mehreren Tunneln, deren Entwässerung nach Angaben der Bahn nicht mehr den heutigen Anforderungen entspricht. ⟦Insgesamt will der Konzern rund 1,4 Milliarden Euro investieren.⟧

[[REL|⟪Bahn-Sanierung: Diese Strecken sind 2027 gesperrt⟫|Generalsanierung Riedbahn: Die Bilanz nach einem Jahr]]

Für Reisende bedeutet die Sperrung erhebliche Umwege. Fernzüge zwischen Hamburg und München sollen über die Altstrecke durch das Leinetal und über Bebra umgeleitet werden, einzelne Verbindungen auch über Erfurt. Die Fahrzeit verlängert sich nach Angaben der Bahn um 45 bis 70 Minuten. Für den Regionalverkehr in Nordhessen und Unterfranken kündigte das Unternehmen Ersatzbusse an.

[[SPLIT]]

⟦Der Fahrgastverband Pro Bahn kritisierte den Zeitplan.⟧ „Fünf Monate sind für Pendler eine lange Zeit, zumal die Umleitungsstrecken selbst schon am Limit sind“, sagte ein Sprecher. Der Verband forderte, die Arbeiten auf den Ausweichstrecken bis dahin abzuschließen und zusätzliche Kapazitäten im Güterverkehr bereitzustellen.

[[H|Güterverkehr besonders betroffen]]

Auch die Logistikbranche blickt mit Sorge auf die Sperrung. Über die Strecke rollen nachts zahlreiche Güterzüge zwischen den Nordseehäfen und Süddeutschland. ⟦Ein Teil davon soll über Würzburg und Nürnberg umgeleitet werden⟧, andere Verbindungen müssen nach Einschätzung des Verbands der Güterbahnen ganz entfallen.

Die Bahn verteidigte ihr Vorgehen. Eine Sanierung unter laufendem Betrieb würde sich über Jahre hinziehen und zu ständigen Einschränkungen führen, hieß es. Bei der Generalsanierung der Riedbahn zwischen Frankfurt und Mannheim habe sich gezeigt, dass die Komplettsperrung für Fahrgäste am Ende weniger belastend sei.

⟦Der genaue Fahrplan für die Umleitungen soll im Herbst veröffentlicht werden.⟧""",
    kind="news", why="report on rail closure with reactions",
), "ZEITPUNKT", "www.zeitpunkt-online.example", "Z+"))

# ---------------------------------------------------------------- analysis written as reporting; AnalysisNewsArticle; evaluative words
PAGES.append(site(dict(
    case="de-news-denational-wohnungsbau", skin="denational", secpath="wirtschaft",
    url="https://www.blickpunkt.example/wirtschaft/wohnungsbau-warum-die-milliarden-nicht-wirken-a-8f3c2e71",
    h1="Warum die Milliarden für den Wohnungsbau kaum wirken", kicker="Analyse",
    deck="Bund und Länder haben die Förderung für neue Wohnungen fast verdoppelt. Trotzdem werden so wenige Wohnungen genehmigt wie seit Jahren nicht. Eine Spurensuche in den Zahlen.",
    crumbs=["Wirtschaft", "Immobilien"], authors=["Jakob Lindner"], byline_text="Eine Analyse von Jakob Lindner",
    byline_html='Eine Analyse von <a href="/impressum/autor-jakob-lindner">Jakob Lindner</a>',
    ld_authors=["Jakob Lindner"], ld_type="AnalysisNewsArticle", ld_section="Wirtschaft",
    pub="2026-05-19T06:00:00+02:00", date='<time datetime="2026-05-19T06:00:00+02:00">19.05.2026, 06.00 Uhr</time>', minutes=6, plus=True,
    audio="7:48 Min.", today="Dienstag, 19.05.2026",
    hero="⟪Baukräne über einem Neubaugebiet in Leipzig-Lindenau.⟫ Foto: Sebastian Kahnert/dpa",
    ticker=["⟪Inflation im Mai bei 2,1 Prozent⟫", "Waldbrand in Brandenburg unter Kontrolle", "DFB-Pokal: Finale ausverkauft"],
    tags=["Wohnungsbau", "Mieten", "Bauwirtschaft", "Bundesregierung"],
    related=[("B+", "Bauzinsen: Lohnt sich der Kauf jetzt wieder?", True), ("Mieten", "In diesen Städten steigen die Mieten am stärksten"),
             ("Gastbeitrag", "Baut endlich höher!")],
    rank=["⟪Rentenerhöhung: So viel mehr gibt es ab Juli⟫", "Pfingstverkehr: Hier drohen die längsten Staus", ("B+", "Der stille Abschied der Mittelschicht vom Eigenheim", True)],
    opinion=[("Kommentar", "Die Mietpreisbremse ist ein Placebo"), ("Kolumne", "Mein Nachbar, der Bauantrag")],
    newsletter="Blickpunkt am Abend: Die wichtigsten Nachrichten und Analysen, montags bis freitags.",
    body="""⟦Auf dem Papier sieht die Bilanz der Bundesregierung beeindruckend aus.⟧ Für den sozialen Wohnungsbau stellt der Bund in diesem Jahr 3,5 Milliarden Euro bereit, fast doppelt so viel wie noch vor drei Jahren. Hinzu kommen zinsgünstige Kredite der KfW für klimafreundliche Neubauten und Sonderabschreibungen für Investoren. Und doch ist das Ergebnis ernüchternd: Im ersten Quartal wurden nach Angaben des Statistischen Bundesamts nur rund 48.000 Wohnungen genehmigt, so wenige wie seit 2010 nicht mehr.

Wie passt das zusammen? Die Antwort liegt nach Einschätzung von Fachleuten weniger beim Geld als bei allem, was davor und danach kommt.

[[H|Die Kosten laufen davon]]

⟦Der wichtigste Grund sind die Baukosten.⟧ Sie sind seit 2021 um mehr als 40 Prozent gestiegen, stärker als die Mieten, die sich mit neuen Wohnungen erzielen lassen. „Viele Projekte rechnen sich selbst mit Förderung nicht mehr“, sagt Kerstin Habel vom Institut für Stadt- und Regionalentwicklung in Dortmund. Ein Quadratmeter Neubau koste in Großstädten inzwischen kaum unter 4.500 Euro – bei Sozialwohnungen mit gedeckelter Miete sei das kaum zu finanzieren.

[[SPLIT]]

Hinzu kommen die Zinsen. Zwar sind sie seit dem Höchststand leicht gesunken, liegen aber weiterhin deutlich über dem Niveau der Niedrigzinsjahre, in denen der letzte Bauboom entstand. ⟦Private Bauherren und kleinere Wohnungsunternehmen halten sich deshalb besonders stark zurück.⟧

[[H|Förderung kommt nicht dort an, wo sie gebraucht wird]]

Ein weiteres Problem ist die Verteilung. Die Fördermittel des Bundes fließen über die Länder, und die gehen sehr unterschiedlich damit um. Während Hamburg und Bayern ihre Mittel nahezu vollständig abrufen, blieben in anderen Ländern im vergangenen Jahr Hunderte Millionen Euro liegen, weil Programme zu spät starteten oder an Bedingungen geknüpft waren, die kaum ein Bauträger erfüllen konnte.

[[READ|⟪Grundsteuer: Warum Ihr Bescheid jetzt höher ausfallen kann⟫]]

Auch die Verfahren bleiben schwerfällig. Eine Baugenehmigung dauert in deutschen Großstädten im Schnitt neun Monate, bei größeren Projekten deutlich länger. Das Bauministerium verweist auf den „Bau-Turbo“, mit dem Kommunen seit dem vergangenen Herbst von Bebauungsplänen abweichen dürfen. Doch bislang nutzen nach einer Umfrage des Städtetags nur wenige Städte die neue Möglichkeit, viele fürchten Klagen von Anwohnern.

Die Bauministerin zeigt sich dennoch zuversichtlich. Die Zahl der Genehmigungen werde im zweiten Halbjahr wieder steigen, sagte sie vergangene Woche im Bundestag. ⟦Ob das reicht, um dem Ziel von 400.000 neuen Wohnungen pro Jahr wenigstens näherzukommen, bezweifeln selbst Verbände, die der Regierung wohlgesonnen sind.⟧""",
    kind="news", why="analysis written as reporting, attributed figures and voices",
), "Blickpunkt", "www.blickpunkt.example", "B+"))

# ---------------------------------------------------------------- dpa alone; JSON-LD author is the agency; OG + JSON-LD
PAGES.append(site(dict(
    case="de-news-denational-verkehrstote", skin="denational", secpath="panorama",
    url="https://www.sueddeutscher-kurier.example/panorama/verkehr-zahl-der-verkehrstoten-2025-gesunken-dpa.urn-newsml-dpa-com-20260226-a7b3",
    h1="Zahl der Verkehrstoten sinkt auf Tiefstand", kicker="Unfallstatistik",
    crumbs=["Panorama"], authors=None, byline_text="dpa", byline_html='<span class="author-agency">dpa</span>',
    ld_authors=["org:dpa"], ld_type="NewsArticle", ld_section="Panorama",
    pub="2026-02-26T08:31:00+01:00", date='<time datetime="2026-02-26T08:31:00+01:00">26. Februar 2026, 8:31 Uhr</time>', minutes=2,
    today="Donnerstag, 26. Februar 2026",
    hero="⟪Ein Kreuz erinnert an der B 15 bei Landshut an einen tödlichen Unfall.⟫ Foto: Armin Weigel/dpa",
    ticker=["⟪Warnstreik: Kitas in München bleiben geschlossen⟫", "Eisglätte sorgt für Unfälle in Franken", "Olympia-Bewerbung: Entscheidung im Herbst"],
    tags=["Verkehr", "Unfälle", "Statistik"],
    related=[("Verkehr", "Blitzermarathon: Wo in Bayern heute kontrolliert wird"), ("SK Plus", "Senioren am Steuer: Wann ist Schluss?", True),
             ("Kolumne", "Warum ich das Tempolimit inzwischen befürworte")],
    rank=["⟪Söder kündigt Kabinettsumbildung an⟫", ("SK Plus", "Die teuersten Wohnviertel Münchens", True), "FC Bayern: Zwei Ausfälle vor dem Topspiel"],
    opinion=[("Kommentar", "Der Freistaat spart an der falschen Stelle"), ("Pro & Contra", "Braucht München eine City-Maut?")],
    newsletter="Der Kurier am Morgen – jetzt kostenlos abonnieren.",
    body="""Wiesbaden (dpa) – ⟦Auf Deutschlands Straßen sind im vergangenen Jahr so wenige Menschen ums Leben gekommen wie nie seit Beginn der Statistik.⟧ Nach vorläufigen Zahlen des Statistischen Bundesamts starben 2025 insgesamt 2.691 Menschen bei Verkehrsunfällen, 148 weniger als im Jahr davor. Die Zahl der Verletzten sank leicht auf rund 361.000.

Besonders deutlich ging die Zahl der getöteten Autofahrer zurück. ⟦Bei den Radfahrern dagegen stagnierte sie auf hohem Niveau⟧: 441 Menschen kamen auf dem Fahrrad ums Leben, fast die Hälfte von ihnen war mit einem Pedelec unterwegs. Die meisten tödlich verunglückten Radfahrer waren älter als 65 Jahre.

[[PHOTO|⟪Rettungskräfte an einer Unfallstelle auf der A 9 bei Ingolstadt.⟫ Foto: Peter Kneffel/dpa]]

Die meisten Menschen starben auch 2025 auf Landstraßen, wo häufig mit hoher Geschwindigkeit gefahren wird und Bäume am Straßenrand stehen. ⟦Auf Autobahnen kamen 312 Menschen ums Leben⟧, innerorts waren es 791.

[[SPLIT]]

Auch die Zahl der Unfälle mit Kindern ging zurück. 47 Kinder unter 15 Jahren kamen ums Leben, die meisten als Mitfahrer im Auto. Die Polizei registrierte insgesamt rund 2,5 Millionen Unfälle, die meisten davon mit reinem Sachschaden.

Regional gibt es deutliche Unterschiede. Gemessen an der Einwohnerzahl verunglückten in Sachsen-Anhalt und Brandenburg die meisten Menschen tödlich, in den Stadtstaaten Berlin, Hamburg und Bremen die wenigsten. Fachleute führen das vor allem auf längere Wege über Land und die höhere Zahl von Alleen zurück.

Der Deutsche Verkehrssicherheitsrat begrüßte den Rückgang, sprach aber von keinem Grund zur Entwarnung. Das Ziel der Bundesregierung, die Zahl der Verkehrstoten bis 2030 um 40 Prozent gegenüber 2020 zu senken, sei weiterhin in weiter Ferne. Der Verband forderte mehr sichere Radwege und häufigere Kontrollen.

[[CREDIT|⟪Quelle: dpa, Statistisches Bundesamt⟫]]

⟦Die endgültigen Zahlen für das Jahr 2025 will das Bundesamt im Juli veröffentlichen.⟧""",
    kind="news", why="agency report on official accident statistics",
), "Süddeutscher Kurier", "www.sueddeutscher-kurier.example", "SK Plus"))

# ---------------------------------------------------------------- Q&A explainer on a strike (news, unsure); OG only
PAGES.append(site(dict(
    case="de-news-denational-warnstreik", skin="denational", secpath="wirtschaft", meta="og",
    url="https://www.blickpunkt.example/wirtschaft/warnstreik-an-flughaefen-was-passagiere-jetzt-wissen-muessen-a-2b91d0c4",
    h1="Warnstreik an zehn Flughäfen: Die wichtigsten Fragen und Antworten", kicker="Verdi-Ausstand",
    deck="Am Donnerstag legen Beschäftigte an großen deutschen Flughäfen die Arbeit nieder. Welche Flughäfen betroffen sind, worum es im Tarifstreit geht und welche Rechte Reisende haben.",
    crumbs=["Wirtschaft", "Verbraucher"], authors=["Lea Sommerfeld"], byline_text="Von Lea Sommerfeld",
    byline_html='Von <a href="/impressum/autorin-lea-sommerfeld">Lea Sommerfeld</a>',
    pub="2026-02-10T17:15:00+01:00", date='<time datetime="2026-02-10T17:15:00+01:00">10.02.2026, 17.15 Uhr</time>', minutes=3,
    today="Dienstag, 10.02.2026", meta_section="Wirtschaft",
    ticker=["⟪Bundestag debattiert über Wehrdienst⟫", "Dax schließt auf Rekordhoch", "Eisbär-Zwillinge im Tierpark Berlin"],
    tags=["Streik", "Flughäfen", "Verdi", "Reiserecht"],
    related=[("Bahnstreik", "GDL droht mit Arbeitskampf ab März"), ("B+", "⟪So holen Sie sich Geld für verspätete Flüge zurück⟫", True),
             ("Kommentar", "Streiks gehören dazu – auch wenn sie nerven")],
    rank=["⟪Glatteis-Warnung für ganz Norddeutschland⟫", "Karneval: Das ist der Zugweg in Köln", ("B+", "Die geheimen Regeln der Vielflieger", True)],
    comments=[("vielflieger77", "vor 1 Stunde", "⟪Mein Flug nach Lissabon ist schon gestrichen, die Airline hat sich nicht mal gemeldet.⟫", "9")], comment_count=58,
    opinion=[("Kolumne", "Die Kunst, auf einem Flughafen zu warten"), ("Gastbeitrag", "Das Streikrecht braucht klare Regeln")],
    newsletter="Blickpunkt am Abend: Die wichtigsten Nachrichten und Analysen, montags bis freitags.",
    body="""⟦Die Gewerkschaft Verdi hat für Donnerstag zu einem ganztägigen Warnstreik an zehn deutschen Flughäfen aufgerufen.⟧ Reisende müssen sich auf zahlreiche Ausfälle und lange Wartezeiten einstellen. Ein Überblick.

[[Q|Welche Flughäfen sind betroffen?]]

Bestreikt werden nach Angaben von Verdi die Flughäfen Frankfurt, München, Hamburg, Düsseldorf, Köln/Bonn, Stuttgart, Hannover, Bremen, Leipzig/Halle und Berlin-Brandenburg. ⟦Der Ausstand soll in der Nacht zu Donnerstag um 0 Uhr beginnen und bis Mitternacht dauern.⟧ Aufgerufen sind Beschäftigte der Flughafenbetreiber, der Bodenverkehrsdienste und der Luftsicherheit.

[[Q|Worum geht es in dem Tarifstreit?]]

Verdi verhandelt parallel mit dem Bundesverband der Luftsicherheitsunternehmen und mit den kommunalen Arbeitgebern. Die Gewerkschaft fordert für die Beschäftigten der Passagierkontrollen 2,80 Euro mehr pro Stunde sowie höhere Zuschläge für Nachtarbeit. Die Arbeitgeber haben bislang eine Erhöhung um 4,5 Prozent in zwei Stufen angeboten. Sie nannten den Warnstreik „völlig unverhältnismäßig“, weil die Verhandlungen erst in der kommenden Woche fortgesetzt werden.

[[AD]]

[[Q|Was bedeutet das für Reisende?]]

Der Flughafen Frankfurt rechnet damit, dass nahezu alle Abflüge gestrichen werden. In München und Hamburg sollen nach Angaben der Betreiber keine Passagiere abgefertigt werden; Umsteiger können in Frankfurt teilweise weiterreisen, wenn sie den Sicherheitsbereich nicht verlassen müssen. ⟦Die Flughäfen raten, vor der Anreise den Status des Fluges bei der Airline zu prüfen.⟧

[[Q|Welche Rechte haben Passagiere?]]

Wird ein Flug wegen des Streiks annulliert, müssen die Airlines nach der EU-Fluggastrechteverordnung eine Ersatzbeförderung anbieten oder den Ticketpreis erstatten. Eine zusätzliche Entschädigung gibt es nach der Rechtsprechung des Europäischen Gerichtshofs in der Regel nicht, wenn Beschäftigte des Flughafens streiken, weil dies als außergewöhnlicher Umstand gilt. Pauschalreisende sollten sich an ihren Reiseveranstalter wenden.

[[Q|Wie geht es weiter?]]

⟦Die dritte Verhandlungsrunde ist für den 18. Februar in Potsdam angesetzt.⟧""",
    kind="news", sure=False, why="explainer on current strike; mostly reporting, some advice",
), "Blickpunkt", "www.blickpunkt.example", "B+"))

# ---------------------------------------------------------------- Z+ reportage; first published in print; audio; JSON-LD
PAGES.append(site(dict(
    case="de-news-denational-lausitz", skin="denational", secpath="gesellschaft", plus=True, meta="og", meta_author="Hannah Seidel",
    url="https://www.zeitpunkt-online.example/gesellschaft/2026-12/lausitz-batteriefabrik-schwarze-pumpe-reportage",
    h1="Das Dorf, in dem plötzlich alle eine Wohnung suchen", kicker="Lausitz",
    deck="Seit eine Batteriefabrik in Schwarze Pumpe 1.800 Arbeitsplätze geschaffen hat, ist in Spremberg nichts mehr, wie es war. Ein Besuch.",
    crumbs=["Gesellschaft", "Ostdeutschland"], authors=["Hannah Seidel"], byline_text="Eine Reportage von Hannah Seidel",
    byline_html='Eine Reportage von <a href="/autoren/hannah-seidel">Hannah Seidel</a>',
    ld_authors=["Hannah Seidel"], ld_type="NewsArticle", ld_section="Gesellschaft",
    pub="2026-12-07T14:05:00+01:00", date='<time datetime="2026-12-07T14:05:00+01:00">7. Dezember 2026, 14:05 Uhr</time>', minutes=7,
    audio="9:12 Min.", audio_note="Gelesen von einer KI-Stimme", today="Montag, 7. Dezember 2026",
    hero="⟪Arbeiterinnen und Arbeiter beim Schichtwechsel vor dem Werkstor in Schwarze Pumpe.⟫ Foto: Paul Wernicke für ZEITPUNKT",
    ticker=["⟪Koalition einigt sich auf Haushalt 2027⟫", "Schnee im Erzgebirge: Lifte öffnen am Wochenende", "Nobelpreise in Stockholm verliehen"],
    tags=["Lausitz", "Strukturwandel", "Brandenburg", "Reportage"],
    comments=[("spremberger_jung", "vor 4 Stunden", "⟪Schön, dass mal jemand herkommt, bevor wieder alle nur über die AfD schreiben.⟫", "88")], comment_count=64,
    related=[("Z+", "Die Rückkehrer: Warum junge Menschen in den Osten ziehen", True), ("Strukturwandel", "Kohleausstieg: Was aus den Tagebauen wird"),
             ("Essay", "Der Osten ist kein Sanierungsfall")],
    rank=["⟪Weihnachtsgeld: Wer es bekommt und wie viel⟫", ("Z+", "Wie man einen Streit unter Geschwistern beendet", True), "Glühwein-Test: Die Gewinner"],
    opinion=[("Leitartikel", "Der Haushalt ist ein Kompromiss der Erschöpften"), ("Kolumne", "Advent, Advent, mein Kalender brennt")],
    newsletter="Der ZEITPUNKT-Newsletter: Was heute wichtig ist.",
    body="""⟦Um kurz vor sechs ist die Bäckerei am Marktplatz von Spremberg schon voll.⟧ Männer in orangefarbenen Jacken stehen Schlange, einige sprechen Polnisch, andere Englisch, zwei unterhalten sich auf Portugiesisch. Die Verkäuferin, Silke Raschke, 56, hat sich angewöhnt, die Preise mit den Fingern zu zeigen. „Vor drei Jahren“, sagt sie, „kannte ich hier jeden Kunden mit Namen.“

Seit dem Frühjahr läuft im Industriepark Schwarze Pumpe, zehn Kilometer südlich, die Produktion einer Fabrik für Batteriezellen. 1.800 Menschen arbeiten dort bereits, bis 2028 sollen es 3.000 werden. Für eine Region, die seit dem Ende der DDR vor allem Abwanderung kannte, ist das eine Umkehr, mit der kaum jemand gerechnet hatte.

[[PHOTO|⟪Die Produktionshallen im Industriepark Schwarze Pumpe bei Nacht.⟫ Foto: Paul Wernicke für ZEITPUNKT]]

[[H|Eine Stadt wird knapp]]

⟦Am deutlichsten spürt man den Wandel auf dem Wohnungsmarkt.⟧ Die städtische Wohnungsgesellschaft, die vor zehn Jahren noch ganze Plattenbauten abreißen ließ, hat keinen Leerstand mehr. Auf eine frei werdende Dreizimmerwohnung kommen nach Auskunft der Geschäftsführerin inzwischen 40 Bewerbungen. Der Betreiber der Fabrik hat in Hoyerswerda ein ehemaliges Wohnheim gekauft und lässt Pendelbusse fahren.

Bürgermeisterin Anke Wolter spricht von einem „Luxusproblem, aber einem echten“. Die Kitas sind voll, der Kinderarzt nimmt keine neuen Patienten mehr auf, und die Regionalbahn nach Cottbus fährt morgens so voll, dass Fahrgäste am Bahnsteig zurückbleiben.

[[SPLIT]]

[[H|Zwischen Stolz und Skepsis]]

Viele Alteingesessene sind stolz, dass in ihrer Stadt wieder etwas entsteht. Andere fremdeln. In der Kneipe „Zum Anker“ erzählt ein ehemaliger Kraftwerker, dass er sich manchmal fremd fühle auf dem eigenen Marktplatz. ⟦Dann sagt er einen Satz, den man hier oft hört: „Aber besser so, als wenn alles zumacht.“⟧

Sebastião Ferreira, 34, kam vor einem Jahr aus Porto nach Spremberg. Er ist Schichtleiter in der Zellfertigung und lernt dreimal die Woche Deutsch an der Volkshochschule. Eine Wohnung hat er erst nach fünf Monaten gefunden, über einen Kollegen, dessen Großmutter ins Pflegeheim gezogen war. „Die Leute sind zurückhaltend“, sagt er. „Aber wenn sie einen kennen, laden sie einen zum Grillen ein.“

[[CREDIT|⟪Dieser Artikel erschien zuerst in der ZEITPUNKT Nr. 50/2026.⟫]]

⟦Am Abend, nach der Spätschicht, ist die Bäckerei längst geschlossen, doch der Dönerladen gegenüber hat bis Mitternacht geöffnet.⟧""",
    kind="news", why="reportage from a town, no argued thesis",
), "ZEITPUNKT", "www.zeitpunkt-online.example", "Z+"))

# ---------------------------------------------------------------- Leitartikel: kicker, crumbs, URL, OpinionNewsArticle
PAGES.append(site(dict(
    case="de-opinion-denational-leitartikel", skin="denational", secpath="meinung", plus=True,
    url="https://www.frankfurter-abendpost.example/meinung/leitartikel/schuldenbremse-reform-mut-zur-ehrlichkeit-110482617.html",
    h1="Mut zur Ehrlichkeit bei der Schuldenbremse", kicker="Leitartikel",
    deck="Die Koalition will die Schuldenregel ein weiteres Mal lockern. Sie sollte dann auch sagen, wofür – und wo sie dafür spart.",
    crumbs=["Meinung", "Leitartikel"], authors=["Konstantin Haller"], byline_text="Von Konstantin Haller, Berlin",
    byline_html='Von <a href="/redaktion/konstantin-haller">Konstantin Haller</a>, Berlin',
    ld_authors=["Konstantin Haller"], ld_type="OpinionNewsArticle", ld_section="Meinung",
    pub="2026-09-12T19:30:00+02:00", date='<time datetime="2026-09-12T19:30:00+02:00">12.09.2026, 19:30</time>', minutes=4,
    audio="5:03 Min.", today="Samstag, 12. September 2026",
    ticker=["⟪Kanzler reist zu Gesprächen nach Warschau⟫", "Eintracht verliert in Leverkusen", "Buchmesse: Ehrengast Italien"],
    tags=["Schuldenbremse", "Bundeshaushalt", "Koalition"],
    comments=[("R. Feldhaus", "12.09.2026", "⟪Endlich sagt es mal jemand: Investitionen ja, Konsum auf Pump nein.⟫", "53")], comment_count=187,
    related=[("F+", "Wie der Haushalt 2027 entstanden ist", True), ("Schuldenbremse", "Ökonomen uneins über Reformpläne"),
             ("Pro & Contra", "Sollte die Schuldenbremse abgeschafft werden?")],
    rank=["⟪Hessen: Lehrermangel an Grundschulen verschärft sich⟫", ("F+", "Der Frankfurter Immobilienmarkt dreht", True), "Apfelweinfest in Sachsenhausen"],
    opinion=[("Glosse", "⟪Herbstlaub ist auch nur Laub⟫"), ("Kommentar", "Die Bahn braucht einen Neuanfang an der Spitze")], opinion_box="Weitere Meinungen",
    newsletter="Der F+ Newsletter: Hintergründe und Analysen für Abonnenten.",
    body="""⟦Es gehört zu den Ritualen der deutschen Politik, dass über die Schuldenbremse so gesprochen wird, als ginge es um eine Glaubensfrage.⟧ Die einen verteidigen sie wie ein Heiligtum, die anderen halten sie für die Wurzel allen Übels, von maroden Brücken bis zu geschlossenen Schwimmbädern. Beides ist falsch, und beides verstellt den Blick auf das, worüber die Koalition in diesen Tagen tatsächlich entscheiden muss.

Die Pläne liegen auf dem Tisch: Investitionen in Verteidigung, Schienen und Stromnetze sollen künftig großzügiger über Kredite finanziert werden dürfen. Dagegen ist wenig zu sagen. Wer eine Brücke für achtzig Jahre baut, darf die Kosten auf mehrere Generationen verteilen. ⟦Das ist keine Verschwendung, sondern solide Haushaltsführung.⟧

[[AD]]

Doch die Koalition macht es sich zu leicht, wenn sie die Reform als Befreiungsschlag verkauft. Denn das eigentliche Problem des Bundeshaushalts liegt nicht bei den Investitionen. Es liegt bei den Ausgaben, die jedes Jahr wiederkehren und unaufhaltsam wachsen: Zuschüsse zur Rentenversicherung, Zinsen, Sozialleistungen, Personalkosten. ⟦Sie fressen schon heute mehr als zwei Drittel des Etats.⟧

Wer die Schuldenregel lockert, ohne hier etwas zu ändern, verschafft sich Luft für zwei, vielleicht drei Jahre. Danach steht die nächste Regierung vor derselben Lücke – nur mit höheren Zinslasten. Das ist nicht nachhaltig, es ist bequem.

[[SPLIT]]

Ehrlich wäre es, beides gleichzeitig zu tun: mehr Spielraum für Investitionen, die klar abgegrenzt und überprüfbar sind, und zugleich einen Plan, wie die laufenden Ausgaben gebremst werden. Dazu gehören unbequeme Fragen nach dem Renteneintrittsalter, nach Subventionen für Dieselkraftstoff und Dienstwagen, nach einer Verwaltung, die trotz Digitalisierung immer größer wird.

Die Bürger sind klüger, als viele Politiker glauben. Sie verstehen, dass ein Land in seine Zukunft investieren muss. ⟦Sie werden aber auch merken, wenn unter dem Etikett „Investition“ nur die nächste Wahl finanziert wird.⟧

⟦Die Koalition hat jetzt die Chance, es besser zu machen.⟧""",
    kind="opinion", why="Leitartikel arguing how to reform the debt brake",
), "Frankfurter Abendpost", "www.frankfurter-abendpost.example", "F+"))

# ---------------------------------------------------------------- column marked only by the byline role "Kolumnistin"
PAGES.append(site(dict(
    case="de-opinion-denational-smartphone", skin="denational", secpath="gesellschaft",
    url="https://www.sueddeutscher-kurier.example/gesellschaft/familie/smartphone-grundschule-einschulung-1.7204419",
    h1="Mein Sohn bekommt zur Einschulung kein Smartphone", kicker="Familie",
    deck="Alle anderen haben eins, sagt der Siebenjährige. Warum das kein Argument ist – und warum Schulen Eltern dabei helfen müssen.",
    crumbs=["Gesellschaft", "Familie"], authors=["Margarete Olm"], byline_text="Von Margarete Olm, Kolumnistin",
    byline_html='Von <a href="/autoren/margarete-olm">Margarete Olm</a>, Kolumnistin',
    ld_authors=["Margarete Olm"], ld_type="NewsArticle", ld_section="Gesellschaft",
    pub="2026-09-12T10:00:00+02:00", date='<time datetime="2026-09-12T10:00:00+02:00">12. September 2026, 10:00 Uhr</time>', minutes=4,
    today="Samstag, 12. September 2026",
    hero="⟪Schultüten, Ranzen, Aufregung: Einschulung in einer Münchner Grundschule.⟫ Foto: Lena Baumgart",
    ticker=["⟪Oktoberfest: Wiesnwirte erhöhen Bierpreis⟫", "Spätsommer: Bis zu 28 Grad am Wochenende", "Schulstart in Bayern: Was sich ändert"],
    tags=["Familie", "Schule", "Smartphones", "Kinder"],
    comments=[("Papa_von_drei", "vor 5 Stunden", "⟪Wir haben bis zur fünften Klasse gewartet und es nie bereut.⟫", "112"),
              ("lisa.k", "vor 3 Stunden", "Schön und gut, aber wie erreiche ich mein Kind nach der Schule?", "24")], comment_count=389,
    related=[("SK Plus", "Bildschirmzeit: Was Kinderärzte empfehlen", True), ("Bildung", "Handyverbot an Schulen: Das gilt jetzt in Bayern"),
             ("Kolumne", "Warum ich meiner Tochter das Tablet wieder weggenommen habe")],
    rank=["⟪Wiesn 2026: Das kostet die Maß⟫", "Stau-Prognose für das Ferienende", ("SK Plus", "Münchens neue Mietspiegel-Tricks", True)],
    opinion=[("Kommentar", "Der Freistaat spart an der falschen Stelle"), ("Gastbeitrag", "Lasst die Kinder draußen spielen")],
    newsletter="Der Kurier am Morgen – jetzt kostenlos abonnieren.",
    body="""⟦Am Dienstag wird mein Sohn eingeschult, und er hat sich zu diesem Anlass genau eine Sache gewünscht: ein eigenes Handy.⟧ Nicht irgendeins, sondern eins wie das von Jonas aus der Kita-Gruppe, der es angeblich schon seit Ostern hat. Er wird es nicht bekommen, nicht zur Einschulung und auch nicht zu Weihnachten.

Ich weiß, wie das klingt. Nach Bullerbü, nach einer Mutter, die sich die Welt schöner redet, als sie ist. Aber ich glaube, dass wir Eltern uns beim Thema Smartphone viel zu schnell von einem Gefühl treiben lassen: der Angst, dass das eigene Kind ausgeschlossen wird, wenn es als einziges keins hat.

[[H|Das Argument der anderen]]

„Alle anderen haben eins“ ist ein starkes Argument, weil es selten überprüft wird. ⟦Fragt man in der Elternschaft nach, stellt sich oft heraus, dass „alle“ drei Kinder sind.⟧ Und dass die Eltern dieser drei Kinder sich ebenfalls unter Druck gesetzt fühlten – von den Eltern der anderen.

Ein Siebenjähriger braucht kein Gerät, das ihm rund um die Uhr Videos, Spiele und Nachrichten von Fremden ins Kinderzimmer bringt. Er braucht Zeit, sich zu langweilen, auf Bäume zu klettern und Streit mit Freunden auszuhalten, ohne ihn in einem Gruppenchat fortzusetzen. Das ist keine Technikfeindlichkeit. Wir haben zu Hause einen Computer, und mein Sohn darf am Wochenende mit seinem Vater Fußballvideos schauen.

[[AD]]

[[H|Die Schulen sind gefragt]]

⟦Allein können Eltern diesen Kampf allerdings kaum gewinnen.⟧ Deshalb finde ich, dass Grundschulen sich klar positionieren sollten: keine Smartphones bis zur vierten Klasse, weder im Unterricht noch in der Pause, und eine Absprache mit den Elternvertretern, die alle Familien kennen. Einige Schulen in München machen das bereits, mit erstaunlich wenig Widerstand. Die Eltern sind meistens erleichtert, dass endlich jemand eine Regel aufstellt, auf die sie sich berufen können.

Für den Notfall gibt es eine Uhr mit Telefonfunktion, die drei Nummern anrufen kann. Sie war das Kompromissangebot. Mein Sohn fand es anfangs peinlich. Inzwischen zeigt er sie jedem, der sie sehen will.

⟦Spätestens in zwei Wochen, da bin ich sicher, wird er das Handy von Jonas vergessen haben.⟧""",
    kind="opinion", why="first-person column arguing against smartphones for young children",
), "Süddeutscher Kurier", "www.sueddeutscher-kurier.example", "SK Plus"))

# ---------------------------------------------------------------- how-to: utility bill check, numbered steps
PAGES.append(site(dict(
    case="de-other-denational-nebenkosten", skin="denational", secpath="geld", plus=True,
    url="https://www.sueddeutscher-kurier.example/geld/ratgeber/nebenkostenabrechnung-pruefen-fehler-finden-1.7311825",
    h1="Nebenkostenabrechnung prüfen: So finden Sie Fehler in fünf Schritten", kicker="Ratgeber",
    deck="Fast jede zweite Abrechnung enthält nach Einschätzung von Mietervereinen Fehler. Worauf Mieterinnen und Mieter achten sollten.",
    crumbs=["Geld", "Ratgeber"], authors=["Svenja Brück"], byline_text="Von Svenja Brück", byline_html="Von Svenja Brück",
    ld_authors=["Svenja Brück"], ld_type="Article", ld_section="Ratgeber",
    pub="2026-10-03T07:00:00+02:00", mod="2026-10-05T11:20:00+02:00",
    date='<time datetime="2026-10-03T07:00:00+02:00">3. Oktober 2026</time>', updated="Zuletzt aktualisiert: 5. Oktober 2026",
    minutes=5, today="Montag, 5. Oktober 2026",
    ticker=["⟪Tag der Deutschen Einheit: Festakt in Saarbrücken⟫", "Heizsaison: Gaspreise leicht gesunken", "Münchner Marathon: Straßensperrungen am Sonntag"],
    tags=["Miete", "Nebenkosten", "Verbraucher", "Ratgeber"],
    related=[("SK Plus", "Heizkosten sparen: Die zehn besten Tipps", True), ("Miete", "⟪Mieterhöhung: Wann Sie widersprechen können⟫"),
             ("Kommentar", "Das Mietrecht ist zu kompliziert geworden")],
    rank=["⟪Zeitumstellung: Wann die Uhren zurückgestellt werden⟫", ("SK Plus", "Die stille Krise der Münchner Wirtshäuser", True), "FC Bayern: Kader für die Länderspielpause"],
    opinion=[("Kommentar", "Der Freistaat spart an der falschen Stelle"), ("Kolumne", "Warum ich nie wieder eine Gastherme kaufe")],
    newsletter="Geld-Newsletter: Jeden Freitag die besten Tipps für Ihre Finanzen.",
    body="""⟦Wenn im Herbst die Nebenkostenabrechnung im Briefkasten liegt, folgt für viele Mieter der Schreck.⟧ Nachzahlungen von mehreren hundert Euro sind keine Seltenheit. Doch nicht jede Forderung ist berechtigt: Nach Schätzungen des Deutschen Mieterbunds ist fast jede zweite Abrechnung fehlerhaft. Mit diesen fünf Schritten können Sie Ihre Abrechnung selbst prüfen.

[[H|1. Die Frist kontrollieren]]

⟦Der Vermieter muss spätestens zwölf Monate nach dem Ende des Abrechnungszeitraums abrechnen.⟧ Endet der Zeitraum am 31. Dezember 2025, muss die Abrechnung also bis zum 31. Dezember 2026 bei Ihnen sein. Kommt sie später, dürfen Sie eine Nachzahlung in aller Regel verweigern.

[[H|2. Umlagefähige Kosten erkennen]]

Nicht alle Kosten dürfen auf Mieter umgelegt werden. Erlaubt sind unter anderem:

[[LIST|Grundsteuer, Wasser und Abwasser|Müllabfuhr und Straßenreinigung|Hausmeister, Gartenpflege und Hausreinigung|Heizung und Warmwasser]]

⟦Verwaltungskosten, Reparaturen und Bankgebühren gehören dagegen nicht in die Abrechnung.⟧

[[AD]]

[[H|3. Den Verteilerschlüssel prüfen]]

Die Kosten werden meist nach Wohnfläche verteilt. Prüfen Sie, ob die angegebene Fläche Ihrer Wohnung und die Gesamtfläche des Hauses stimmen. Schon wenige Quadratmeter Unterschied können sich über die Jahre summieren.

[[NEWS|⟪Sparen mit System: Unser Geld-Newsletter jeden Freitag in Ihrem Postfach.⟫]]

[[H|4. Mit dem Vorjahr vergleichen]]

Legen Sie die Abrechnung des Vorjahres daneben. Ist eine Position um mehr als zehn Prozent gestiegen, sollten Sie nachfragen. Bei der Heizung sind Sprünge wegen gestiegener Energiepreise zwar möglich, sie müssen aber nachvollziehbar sein.

[[H|5. Belege einsehen und widersprechen]]

Sie haben das Recht, die Originalbelege beim Vermieter einzusehen. Finden Sie Fehler, legen Sie schriftlich Widerspruch ein, und zwar innerhalb von zwölf Monaten nach Erhalt der Abrechnung. Hilfe bieten die örtlichen Mietervereine, die für Mitglieder auch eine Prüfung übernehmen.

⟦Wichtig: Zahlen Sie eine unstrittige Nachforderung trotzdem fristgerecht, um keine Mahngebühren zu riskieren.⟧""",
    kind="other", why="how-to guide with numbered steps",
), "Süddeutscher Kurier", "www.sueddeutscher-kurier.example", "SK Plus"))

typo(PAGES)
