"""Swiss sites (chportal, every paragraph in a container of its own): a Keystone-SDA story under
"sda", a vote-Sunday report by two reporters with only printed "Publiziert / Aktualisiert" dates
and no date metadata, a glacier report with "30.9.2026, 06.00 Uhr", a column marked only by
/meinung/ in its URL, and a theatre review."""
from common import typo

PAGES = []


def nav(local):
    return [local, ("Schweiz", ["Politik", "Abstimmungen", "Gesellschaft"]), ("International", []), ("Wirtschaft", ["Geld", "Immobilien"]),
            ("Sport", ["Fussball", "Eishockey", "Ski"]), ("Kultur", ["Bühne", "Kino", "Bücher"]), ("Wissen", []),
            ("Meinung", ["Kommentare", "Gastbeiträge", "Kolumnen", "Leserbriefe"]), ("Leben", ["Reisen", "Essen"]), "Podcasts"]


ZB = dict(site="Zürcher Bote", domain="www.zuercher-bote.example", badge_word="Abo", footer="© Zürcher Bote AG 2026. Alle Rechte vorbehalten.",
          nav=nav(("Zürich", ["Stadt Zürich", "Region", "Winterthur"])))
BM = dict(site="Basler Morgenpost", domain="www.basler-morgenpost.example", badge_word="Plus", footer="© 2026 Basler Morgenpost",
          nav=nav(("Basel", ["Basel-Stadt", "Baselland", "Fricktal"])))


def ch(p, s):
    p.update(s, loc="de-CH", lang="de", html_lang="de-CH")
    return p


# ---------------------------------------------------------------- Keystone-SDA; "sda" alone; JSON-LD organisation
PAGES.append(ch(dict(
    case="de-news-chportal-kinderzulagen", skin="chportal", secpath="schweiz",
    url="https://www.basler-morgenpost.example/schweiz/nationalrat-lehnt-hoehere-kinderzulagen-ab-ld.2719044",
    h1="Nationalrat lehnt höhere Kinderzulagen ab", kicker="Sozialpolitik",
    deck="Die grosse Kammer will die Mindestansätze nicht um 50 Franken anheben. Das letzte Wort hat der Ständerat.",
    crumbs=["Schweiz", "Politik"], authors=None, byline_text="sda", byline_html="sda",
    ld_authors=["org:Keystone-SDA"], ld_type="NewsArticle", ld_section="Schweiz",
    pub="2026-06-10T11:37:00+02:00", date='<time datetime="2026-06-10T11:37:00+02:00">10.06.2026, 11.37 Uhr</time>',
    ticker=["⟪Unwetter im Tessin: Strasse nach Bosco Gurin gesperrt⟫", "FC Basel verpflichtet Innenverteidiger", "SBB: Neue Direktverbindung nach Mailand"],
    source_line="⟪Quelle: Keystone-SDA⟫",
    tags=["Nationalrat", "Familienpolitik", "Sommersession"],
    related=[("Sommersession", "Ständerat will Kita-Kosten stärker subventionieren"), ("Plus", "Was Familien in der Schweiz wirklich kostet", True),
             ("Kommentar", "Die Familienpolitik bleibt Stückwerk")],
    rank=["⟪Art Basel: Besucherrekord am ersten Tag⟫", ("Plus", "Die versteckten Kosten des Eigenheims", True), "Rheinschwimmen: Wann die Saison beginnt"],
    opinion=[("Gastbeitrag", "⟪Die Schweiz braucht eine Elternzeit⟫"), ("Kolumne", "Warum ich Basel nie verlassen werde")],
    body="""⟦Der Nationalrat will die Kinder- und Ausbildungszulagen nicht erhöhen.⟧ Er hat am Mittwoch eine parlamentarische Initiative aus den Reihen der SP mit 108 zu 81 Stimmen bei 4 Enthaltungen abgelehnt. Diese hätte die gesetzlichen Mindestansätze um je 50 Franken pro Monat anheben wollen.

Heute beträgt die Kinderzulage mindestens 215 Franken pro Monat, die Ausbildungszulage für Jugendliche ab 16 Jahren mindestens 268 Franken. Mehrere Kantone zahlen freiwillig mehr. ⟦Die Zulagen werden über die Familienausgleichskassen finanziert, in die vor allem die Arbeitgeber einzahlen.⟧

[[AD]]

Die Befürworterinnen und Befürworter argumentierten, die Mindestansätze seien seit ihrer letzten Anpassung nicht im gleichen Mass gestiegen wie die Lebenshaltungskosten. Vor allem Familien mit tiefem Einkommen seien von den höheren Mieten und Krankenkassenprämien stark betroffen, sagte die Sprecherin der Minderheit.

Die bürgerliche Mehrheit hielt dagegen, eine Erhöhung würde die Arbeitgeber mit jährlich rund 900 Millionen Franken zusätzlich belasten. ⟦Zudem sei Familienpolitik in erster Linie Sache der Kantone, hiess es aus den Reihen der FDP.⟧ Gezielte Entlastungen über Prämienverbilligungen oder Betreuungsgutscheine seien wirksamer als eine Erhöhung nach dem Giesskannenprinzip.

Auch der Bundesrat hatte die Vorlage zur Ablehnung empfohlen. Er verwies auf die laufende Revision des Familienzulagengesetzes, in der die Anpassung der Ansätze an die Teuerung neu geregelt werden soll.

In der Debatte kam auch die Ausbildungszulage für junge Erwachsene zur Sprache, die nach der obligatorischen Schulzeit eine Lehre oder ein Studium absolvieren. Eine Minderheit der Mitte-Fraktion hätte zumindest diese Zulage erhöhen wollen, scheiterte aber ebenfalls. Der Schweizerische Gewerbeverband begrüsste den Entscheid des Nationalrats.

⟦Die Vorlage geht nun an den Ständerat, der sich voraussichtlich in der Herbstsession damit befassen wird.⟧""",
    kind="news", why="agency report on a parliamentary vote",
), BM))

# ---------------------------------------------------------------- vote Sunday; two reporters; "Publiziert / Aktualisiert"; no date metadata
PAGES.append(ch(dict(
    case="de-news-chportal-abstimmung", skin="chportal", secpath="zuerich", meta="min", plus=True,
    url="https://www.zuercher-bote.example/zuerich/stadt-zuerich-sagt-ja-zum-wohnraumfonds-287541660827",
    h1="Stadt Zürich sagt deutlich Ja zum Wohnraumfonds", kicker="Abstimmungssonntag",
    deck="Mit 64 Prozent Ja-Stimmen hat die Stimmbevölkerung einen Fonds von 300 Millionen Franken für günstige Wohnungen gutgeheissen. Die Bürgerlichen sprechen von einem Tropfen auf den heissen Stein.",
    crumbs=["Zürich", "Stadt Zürich"], authors=["Nina Keller", "Reto Bachmann"], byline_text="Nina Keller, Reto Bachmann",
    byline_html='<a href="/autoren/nina-keller">Nina Keller</a>, <a href="/autoren/reto-bachmann">Reto Bachmann</a>',
    pub="2026-09-27T17:48:00+02:00", date="Publiziert: 27.09.2026, 17.48 Uhr<br>Aktualisiert: 27.09.2026, 19.30 Uhr", audio="4:10 Min.",
    hero="⟪Stadtpräsidentin Simone Rüegg an der Medienkonferenz im Stadthaus.⟫ Foto: Dominique Meienberg",
    ticker=["⟪Kanton Zürich: Steuerfusssenkung angenommen⟫", "Resultate aller Gemeinden im Überblick", "Winterthur lehnt neues Stadion ab"],
    tags=["Abstimmungen", "Wohnen", "Stadt Zürich"],
    comments=[("Kreis4", "27.09.2026", "⟪Schön und gut, aber 300 Millionen reichen in Zürich für vielleicht 500 Wohnungen.⟫", "73")], comment_count=148,
    related=[("Abstimmungen", "Alle Resultate aus dem Kanton Zürich"), ("Abo", "Warum Zürich so teuer geworden ist", True),
             ("Kommentar", "Der Fonds ist ein Anfang, mehr nicht")],
    rank=["⟪Seeüberquerung: Neue Fähre zwischen Meilen und Horgen⟫", ("Abo", "Das Langstrassenquartier im Wandel", True), "Street Parade: Die Bilanz der Polizei"],
    opinion=[("Kolumne", "Zürich, die Stadt der Warteschlangen"), ("Gastbeitrag", "Genossenschaften sind nicht die Lösung")],
    body="""⟦Die Stadt Zürich erhält einen Fonds für bezahlbaren Wohnraum.⟧ Die Stimmberechtigten haben am Sonntag einer Kapitaleinlage von 300 Millionen Franken mit 64,2 Prozent Ja-Stimmen zugestimmt. Die Stimmbeteiligung lag bei 47 Prozent.

Mit dem Geld sollen gemeinnützige Wohnbauträger unterstützt werden, die Grundstücke oder bestehende Liegenschaften kaufen wollen. Die Stadt gewährt ihnen zinsgünstige Darlehen und kann sich auch direkt an Projekten beteiligen. ⟦Ziel ist, den Anteil gemeinnütziger Wohnungen bis 2050 auf einen Drittel zu erhöhen.⟧

[[PHOTO|⟪Neubausiedlung einer Genossenschaft in Zürich-Altstetten.⟫ Foto: Urs Jaudas]]

Stadtpräsidentin Simone Rüegg zeigte sich an der Medienkonferenz erfreut. «Das ist ein klares Zeichen, dass die Zürcherinnen und Zürcher eine durchmischte Stadt wollen», sagte sie. Der Fonds allein werde die Wohnungsnot nicht lösen, aber er gebe den Genossenschaften die Möglichkeit, auf dem Markt mitzubieten.

[[H|Grosse Unterschiede zwischen den Kreisen]]

Am deutlichsten fiel das Ja in den Kreisen 4 und 5 aus, wo mehr als drei Viertel der Stimmenden zustimmten. ⟦Im Kreis 7 und im Kreis 2 lehnte dagegen eine knappe Mehrheit die Vorlage ab.⟧

Die FDP und die SVP hatten den Fonds bekämpft. Er verzerre den Markt und treibe die Bodenpreise zusätzlich in die Höhe, argumentierten sie im Abstimmungskampf. Am Sonntag sprach der Präsident der städtischen FDP von einem «Tropfen auf den heissen Stein». Statt Geld zu verteilen, müsse die Stadt das Bauen vereinfachen und mehr Verdichtung zulassen.

[[REL|⟪Wohnungsnot: Warum in Zürich so wenig gebaut wird⟫|Genossenschaften: Wer eine Wohnung bekommt – und wer nicht]]

Die Stimmbeteiligung war in den Kreisen mit vielen Mieterinnen und Mietern höher als bei früheren Wohnvorlagen. Der Mieterinnen- und Mieterverband sprach von einem «historischen Tag». Er will nun eine kantonale Initiative lancieren, die auch anderen Gemeinden einen solchen Fonds ermöglichen soll.

⟦Die ersten Darlehen aus dem Fonds sollen bereits im kommenden Frühjahr vergeben werden.⟧""",
    kind="news", why="report on municipal vote results with reactions",
), ZB))

# ---------------------------------------------------------------- glacier report; "30.9.2026, 06.00 Uhr"; Open Graph only
PAGES.append(ch(dict(
    case="de-news-chportal-gletscher", skin="chportal", secpath="wissen", meta="og",
    url="https://www.zuercher-bote.example/wissen/schweizer-gletscher-verlieren-erneut-drei-prozent-ihres-eises-129904417322",
    h1="Schweizer Gletscher verlieren erneut drei Prozent ihres Eises", kicker="Klimawandel",
    deck="Ein schneearmer Winter und ein heisser August haben den Gletschern stark zugesetzt. Besonders dramatisch ist die Lage im Wallis.",
    crumbs=["Wissen", "Klima"], authors=["Andrea Zwahlen"], byline_text="Andrea Zwahlen", byline_html='<a href="/autoren/andrea-zwahlen">Andrea Zwahlen</a>',
    pub="2026-09-30T06:00:00+02:00", date="30.9.2026, 06.00 Uhr",
    hero="⟪Der Rhonegletscher im September: Die Abdeckung mit Vlies soll die Eisgrotte schützen.⟫ Foto: Keystone",
    ticker=["⟪Bundesrat verabschiedet Klimastrategie⟫", "Starker Franken belastet Exportindustrie", "ZSC Lions gewinnen Derby"],
    tags=["Gletscher", "Klimawandel", "Alpen", "Wallis"],
    comments=[("Bergler62", "30.9.2026", "⟪Als Kind bin ich noch auf dem Gletscher gestanden, wo heute ein See ist.⟫", "51")], comment_count=39,
    related=[("Klima", "Permafrost taut: Wie sicher sind die Bergbahnen?"), ("Abo", "Die letzten Tage des Pizolgletschers", True),
             ("Gastbeitrag", "Wir müssen die Alpen neu denken")],
    rank=["⟪Krankenkassenprämien steigen um 4,8 Prozent⟫", ("Abo", "Der Kampf um das Zürcher Seeufer", True), "Herbstferien: Stau am Gotthard erwartet"],
    opinion=[("Kommentar", "Die Prämienlast ist ein politisches Versagen"), ("Kolumne", "Herbst in der Stadt")],
    body="""⟦Die Schweizer Gletscher haben in diesem Jahr erneut rund drei Prozent ihres verbliebenen Eisvolumens verloren.⟧ Das zeigen die Messungen des Gletschermessnetzes Glamos, die am Dienstag in Bern vorgestellt wurden. Es ist das fünfte Jahr in Folge mit einem Verlust von mehr als zwei Prozent.

Verantwortlich war vor allem die Kombination aus einem schneearmen Winter und einem aussergewöhnlich heissen August. ⟦Auf vielen Gletschern lag Ende Mai nur etwa halb so viel Schnee wie im langjährigen Mittel.⟧ Ohne diese schützende Schicht war das Eis der Sommersonne früh ausgesetzt.

[[AD]]

Besonders stark schmolzen die Gletscher im Wallis und im Tessin. Am Griesgletscher im Oberwallis verlor die Eisoberfläche im Durchschnitt mehr als drei Meter an Dicke. Auch am Rhonegletscher, einem der bekanntesten Gletscher des Landes, wurden neue Felsflächen frei.

[[QUOTE|«Wir sehen inzwischen Jahr für Jahr Verluste, die wir noch vor zwanzig Jahren für extrem gehalten hätten.»]]

Das sagte der Glaziologe Martin Rüfenacht, der das Messnetz leitet. Kleinere Gletscher würden in den kommenden Jahrzehnten vollständig verschwinden. Seit 2000 hat die Schweiz nach Angaben der Forschenden bereits rund 40 Prozent ihres Gletschervolumens eingebüsst.

[[H|Folgen für Wasserkraft und Tourismus]]

Das Abschmelzen hat auch wirtschaftliche Folgen. Kurzfristig liefern die Gletscher im Sommer zwar mehr Schmelzwasser für die Stauseen, langfristig aber fehlt dieses Wasser. ⟦Betreiber von Wasserkraftwerken im Wallis rechnen damit, dass die Zuflüsse im Spätsommer ab Mitte des Jahrhunderts deutlich zurückgehen.⟧

Die Messungen stützen sich auf rund zwanzig Gletscher, die regelmässig vor Ort vermessen werden, sowie auf Satellitendaten. Auf dem Silvrettagletscher im Prättigau blieb in diesem Sommer erstmals seit Beginn der Messreihe an keiner Stelle Schnee aus dem Winter liegen.

⟦Für das kommende Jahr hängt die Entwicklung vor allem davon ab, wie viel Schnee im Winter fällt.⟧""",
    kind="news", why="report on glacier measurements",
), ZB))

# ---------------------------------------------------------------- column marked only by /meinung/ in the URL
PAGES.append(ch(dict(
    case="de-opinion-chportal-hochhaeuser", skin="chportal", secpath="zuerich", meta="og", meta_section="Zürich",
    url="https://www.zuercher-bote.example/meinung/zuerich-muss-in-die-hoehe-bauen-duerfen-318820045513",
    h1="Zürich muss in die Höhe bauen dürfen", kicker="Wohnungsnot",
    deck="Die Stadt wächst, aber die Bauordnung stammt aus einer anderen Zeit. Wer günstige Wohnungen will, darf vor Hochhäusern keine Angst haben.",
    crumbs=["Zürich", "Stadt Zürich"], authors=["Lukas Brändli"], byline_text="Lukas Brändli", byline_html='<a href="/autoren/lukas-braendli">Lukas Brändli</a>',
    pub="2026-10-16T05:30:00+02:00", date="16.10.2026, 05.30 Uhr", plus=True,
    ticker=["⟪Uni Zürich: Neuer Campus im Hochschulgebiet eröffnet⟫", "Tram 2 fährt ab Montag wieder bis Schlieren", "Limmat: Fischsterben nach Chemieunfall"],
    tags=["Wohnen", "Stadtplanung", "Hochhäuser"],
    comments=[("Wipkinger", "16.10.2026", "⟪Hochhäuser mit Luxuswohnungen lösen das Problem nicht, die bauen wir schon.⟫", "64"),
              ("Urbanistin", "16.10.2026", "Endlich sagt es jemand. Die Angst vor der Höhe ist typisch schweizerisch.", "29")], comment_count=211,
    related=[("Wohnen", "Leerstand in Zürich auf Rekordtief"), ("Abo", "Wie Wien seine Mieten tief hält", True),
             ("Kommentar", "Der Wohnraumfonds ist ein Anfang, mehr nicht")],
    rank=["⟪Zürich Film Festival: Die Gewinner⟫", ("Abo", "Die Zürcher und ihr See", True), "Sechseläutenplatz: Neue Regeln für Veranstaltungen"],
    opinion=[("Gastbeitrag", "⟪Genossenschaften sind nicht die Lösung⟫"), ("Kolumne", "Zürich, die Stadt der Warteschlangen")],
    body="""⟦Wer in Zürich eine Wohnung sucht, braucht Geduld, Glück und gute Beziehungen.⟧ Die Leerstandsquote liegt bei 0,07 Prozent, auf eine freie Wohnung kommen Hunderte Bewerbungen. Die Stadt reagiert mit Fonds, Vorkaufsrechten und Appellen an die Vermieter. Das ist gut gemeint, greift aber zu kurz.

Das eigentliche Problem ist einfacher: Es wird zu wenig gebaut. Und es wird zu wenig gebaut, weil die Bauordnung es verhindert. In weiten Teilen der Stadt sind nur drei oder vier Geschosse erlaubt. ⟦Hochhäuser sind nur in wenigen Gebieten zulässig, und selbst dort dauert es oft ein Jahrzehnt von der Idee bis zum Einzug.⟧

Ich weiss, dass viele Zürcherinnen und Zürcher Hochhäuser nicht mögen. Sie fürchten Schatten, Anonymität und einen Verlust an Charakter. Doch diese Sorge beruht auf Bildern aus den Siebzigerjahren. Moderne Wohnhochhäuser, wie sie in Wien oder Kopenhagen stehen, haben Gemeinschaftsräume, begrünte Terrassen und Läden im Erdgeschoss. ⟦Sie sind keine Betonklötze am Stadtrand, sondern lebendige Teile eines Quartiers.⟧

[[AD]]

Gleichzeitig lohnt ein Blick auf die Alternative. Wenn die Stadt nicht in die Höhe wachsen darf, wächst sie in die Breite – oder gar nicht. Dann ziehen junge Familien ins Limmattal oder in den Aargau und pendeln jeden Tag in die Stadt. Das ist weder ökologisch noch sozial.

Die Stadt sollte deshalb drei Dinge tun: die zulässige Höhe in gut erschlossenen Gebieten wie Altstetten, Oerlikon und entlang der Tramachsen deutlich erhöhen, die Bewilligungsverfahren beschleunigen und bei jedem neuen Hochhaus einen festen Anteil preisgünstiger Wohnungen verlangen.

⟦Eine Stadt, die Platz für alle will, muss auch bereit sein, ein wenig nach oben zu schauen.⟧""",
    kind="opinion", why="signed piece arguing to allow high-rises; only URL marks it",
), ZB))

# ---------------------------------------------------------------- theatre review
PAGES.append(ch(dict(
    case="de-other-chportal-schauspielhaus", skin="chportal", secpath="kultur",
    url="https://www.zuercher-bote.example/kultur/buehne/kritik-die-erbschaft-schauspielhaus-zuerich-401182274518",
    h1="Eine Familie zerfleischt sich – und das Publikum lacht", kicker="Kritik",
    deck="Am Schauspielhaus Zürich inszeniert Mira Odermatt «Die Erbschaft» als böse Komödie. Der Abend ist klug, aber zu lang.",
    crumbs=["Kultur", "Bühne"], authors=["Corinne Stutz"], byline_text="Corinne Stutz", byline_html='<a href="/autoren/corinne-stutz">Corinne Stutz</a>',
    ld_authors=["Corinne Stutz"], ld_type="Review", ld_section="Kultur",
    ld_extra={"itemReviewed": {"@type": "CreativeWork", "name": "Die Erbschaft"}, "reviewRating": {"@type": "Rating", "ratingValue": 3, "bestRating": 5}},
    pub="2026-01-25T14:20:00+01:00", date='<time datetime="2026-01-25T14:20:00+01:00">25.01.2026, 14.20 Uhr</time>', plus=True,
    hero="⟪Ein Testament, fünf Erben: Szene aus «Die Erbschaft» im Pfauen.⟫ Foto: Philip Frowein",
    ticker=["⟪Lauberhorn: Abfahrt wegen Wind verkürzt⟫", "WEF in Davos: Demonstration bewilligt", "SBB erhöht Preise für Halbtax"],
    tags=["Theater", "Schauspielhaus Zürich", "Kritik"],
    related=[("Bühne", "Opernhaus: Die Saison 2026/27 im Überblick"), ("Abo", "Wie das Theater sein junges Publikum zurückgewinnt", True),
             ("Kolumne", "Warum ich im Theater nicht mehr huste")],
    rank=["⟪Solothurner Filmtage: Das Programm⟫", ("Abo", "Zürich und die Kunst des Wartens", True), "Schneebericht: Wo es noch Pulver gibt"],
    opinion=[("Kommentar", "⟪Die Kulturförderung braucht neue Regeln⟫"), ("Gastbeitrag", "Theater muss wieder provozieren")],
    body="""⟦Ein Testament wird verlesen, und schon nach fünf Minuten fliegt das erste Glas.⟧ Mira Odermatt, die neue Hausregisseurin am Schauspielhaus Zürich, hat sich für ihre erste grosse Arbeit im Pfauen ein Stück vorgenommen, das es eigentlich noch nicht gab: «Die Erbschaft» ist eine Überschreibung von Carlo Goldonis Komödien, angereichert mit Motiven aus Zürcher Familiengeschichten, die das Ensemble gesammelt hat.

Die Geschichte ist schnell erzählt. Eine reiche Zürcher Unternehmerin stirbt und hinterlässt ihren vier Kindern und einer Haushälterin ein Vermögen, eine Villa am Zürichberg und eine Bedingung: ⟦Geerbt wird nur, wenn alle fünf ein Jahr lang gemeinsam in der Villa wohnen.⟧

[[H|Grossartiges Ensemble]]

Was folgt, ist über weite Strecken hinreissend. Karin Pfammatter als älteste Tochter, eine Anwältin mit Panikattacken, spielt mit einer Präzision, die jede Pointe trifft. Noah Weibel als jüngster Sohn, ein gescheiterter Start-up-Gründer, ist eine grossartige Karikatur des Zürcher Selbstoptimierers. ⟦Die stärksten Momente hat aber Elena Cattaneo als Haushälterin, die den Erben schweigend beim Zerfall zusieht.⟧

Das Bühnenbild von Jonas Amrein, eine Villa aus Glas, die sich langsam dreht, zeigt die Figuren von allen Seiten und lässt sie nirgends verschwinden. Das ist ein starkes Bild für eine Familie, die sich nichts mehr verheimlichen kann.

[[AD]]

[[H|Im zweiten Teil verliert der Abend den Faden]]

Nach der Pause allerdings verliert der Abend an Tempo. Odermatt will zu viel: Klassenkampf, Erbschaftssteuer, Klimakrise, alles soll noch hinein. Die Szenen werden länger, die Pointen seltener, und manche Monologe wirken wie aus einem Leitartikel abgeschrieben. Drei Stunden sind für diese Komödie mindestens eine halbe Stunde zu viel.

Trotzdem lohnt sich der Besuch, schon wegen des Ensembles. ⟦Das Premierenpublikum applaudierte lange, für die Regie gab es vereinzelte Buhrufe.⟧

[[TEXT|Weitere Vorstellungen bis 14. März, Schauspielhaus Zürich, Pfauen.]]""",
    kind="other", why="theatre review with verdict",
), ZB))

typo(PAGES)
