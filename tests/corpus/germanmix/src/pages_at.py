"""Austrian sites (atportal): a "Kommentar der anderen" with the note on the writer inside the text, an
interview (Q&A, news), an APA story signed only "red, …/Agenturen" inside the text, a Vienna
report published at 00:15 whose metadata is in UTC on the day before, an avalanche report "Mit
Material von APA", and an advertorial marked "Entgeltliche Einschaltung"."""
from common import typo

PAGES = []


def nav(local):
    return [("Inland", ["Parlament", "Regierung", "Bundesländer"]), ("International", ["Europa", "Nahost", "USA"]),
            ("Wirtschaft", ["Finanzen", "Immobilien", "Karriere"]), ("Panorama", ["Chronik", "Wetter"]), ("Sport", ["Fußball", "Ski alpin"]),
            ("Kultur", ["Bühne", "Film", "Musik", "Literatur"]), ("Wissenschaft", []), ("Lifestyle", ["Reisen", "Essen & Trinken"]),
            ("Meinung", ["Kommentare", "Kommentar der anderen", "Gastkommentare", "Kolumnen", "Leserbriefe"]), (local[0], local[1])]


WIEN = ("Wien", ["Bezirke", "Verkehr", "Wohnen"])
TIROL = ("Tirol", ["Innsbruck", "Oberland", "Unterland", "Osttirol"])


def site(p, name, domain, badge, local, footer):
    p.update(site=name, domain=domain, badge_word=badge, loc="de-AT", lang="de", html_lang="de-AT", nav=nav(local), footer=footer)
    return p


DZ = ("Die Donauzeitung", "www.donauzeitung.example", "Abo", WIEN, "© Die Donauzeitung 2026. Alle Rechte vorbehalten. Nutzung ausschließlich für den privaten Eigenbedarf.")
AP = ("Die Alpenpresse", "www.alpenpresse.example", "Premium", WIEN, "© 2026 Die Alpenpresse Verlags-GmbH & Co KG".replace("&", "&amp;"))
OEN = ("ÖN Österreich-Nachrichten", "oe-nachrichten.example", "Plus", WIEN, "© 2026 ÖN Österreich-Nachrichten")
TR = ("Tiroler Rundschau", "www.tiroler-rundschau.example", "TR+", TIROL, "© Tiroler Rundschau 2026")


def at(p, s):
    return site(p, *s)


# ---------------------------------------------------------------- Kommentar der anderen; note on the writer inside the text
PAGES.append(at(dict(
    case="de-opinion-atportal-wahlrecht", skin="atportal", secpath="meinung",
    url="https://www.donauzeitung.example/meinung/kommentar-der-anderen/3000000248117/wer-in-wien-lebt-soll-auch-mitbestimmen",
    h1="Wer in Wien lebt, soll auch mitbestimmen dürfen", kicker="Kommentar der anderen",
    deck="Fast ein Drittel der Wiener Bevölkerung im Wahlalter darf bei der Gemeinderatswahl nicht wählen. Das schadet der Demokratie, schreibt die Politologin Birgit Auer im Gastkommentar.",
    crumbs=["Meinung", "Kommentar der anderen"], authors=["Birgit Auer"], byline_text="Birgit Auer", byline_html='<a href="/autorin/birgit-auer">Birgit Auer</a>',
    ld_authors=["Birgit Auer"], ld_type="OpinionNewsArticle", ld_section="Kommentar der anderen",
    pub="2026-12-07T14:05:00+01:00", date='<time datetime="2026-12-07T14:05">7. Dezember 2026, 14:05</time>', audio="5 min", today="Montag, 7. Dezember 2026",
    disclaimer="Kommentare der anderen geben die Meinung der Autorinnen und Autoren wieder und müssen sich nicht mit jener der Redaktion decken.",
    live="⟪Budgetdebatte im Nationalrat: Die Opposition fordert Neuverhandlung⟫",
    tags=["Wahlrecht", "Wien", "Demokratie", "Staatsbürgerschaft"],
    comments=[("Brigittenauer", "7. Dezember 2026, 15:12", "⟪Wählen darf, wer Staatsbürger ist. So einfach ist das, und so soll es bleiben.⟫", "211"),
              ("donaufisch", "7. Dezember 2026, 15:40", "Ich zahle seit 14 Jahren hier Steuern und darf nicht einmal den Bezirksrat wählen.", "187")], comment_count="1.043",
    related=[("Analyse", "Wie Wien wählt: Ein Drittel ohne Stimme"), ("Abo", "Staatsbürgerschaft: Warum der Weg so lang ist", True),
             ("Kommentar", "Die Stadt braucht eine ehrliche Wohnbau-Debatte")],
    rank=["⟪Wetter: Erster Schnee in Wien erwartet⟫", ("Abo", "Was Wiener Gemeindebauten so besonders macht", True), "Christkindlmarkt am Rathausplatz: Die Preise"],
    opinion=[("Kolumne", "Wien ist anders, aber nicht immer besser"), ("Kommentar", "Die Regierung muss beim Budget ehrlich werden")],
    body="""⟦Am Tag der Wiener Gemeinderatswahl im vergangenen Jahr durfte fast jede und jeder Dritte, der in dieser Stadt lebt und volljährig ist, nicht wählen.⟧ Menschen, die seit Jahrzehnten hier arbeiten, Steuern zahlen, ihre Kinder in Wiener Schulen schicken und im Gemeindebau wohnen, hatten bei der Frage, wie ihre Stadt regiert wird, keine Stimme.

Das ist keine Randerscheinung mehr. In manchen Bezirken, etwa in Rudolfsheim-Fünfhaus oder in der Brigittenau, sind es mehr als 40 Prozent der Erwachsenen. ⟦Eine Demokratie, in der so viele Menschen dauerhaft von der Mitbestimmung ausgeschlossen sind, verliert an Legitimität.⟧

[[AD]]

Die übliche Antwort lautet: Wer wählen will, soll Staatsbürger werden. Doch genau hier liegt das Problem. Österreich hat eines der strengsten Staatsbürgerschaftsrechte Europas. Wer eingebürgert werden will, muss in der Regel zehn Jahre im Land gelebt haben, ein Einkommen weit über der Mindestpension nachweisen, hohe Gebühren zahlen und meist die bisherige Staatsbürgerschaft zurücklegen. Für viele Menschen mit niedrigem Einkommen ist das unerreichbar, auch wenn sie ihr ganzes Arbeitsleben hier verbracht haben.

[[READ|⟪Einbürgerung: Was sie in Österreich kostet⟫]]

Ich plädiere deshalb für zwei Schritte. ⟦Erstens sollte, wer seit mindestens fünf Jahren rechtmäßig in Wien lebt, auf Gemeinde- und Bezirksebene wählen dürfen.⟧ Das ist kein radikaler Vorschlag: Unionsbürger dürfen das bereits, und in mehreren europäischen Ländern gilt ein kommunales Wahlrecht auch für Drittstaatsangehörige. Zweitens braucht es eine Reform der Einbürgerung, die Einkommen nicht zum entscheidenden Kriterium macht.

Die Sorge, damit würde die Staatsbürgerschaft entwertet, teile ich nicht. Im Gegenteil: Wer mitbestimmen darf, fühlt sich eher zugehörig und hat einen Grund, sich für die eigene Stadt zu engagieren. Politische Teilhabe ist kein Geschenk, das am Ende einer gelungenen Integration steht. ⟦Sie ist selbst ein Weg dorthin.⟧

[[NOTE|⟪Birgit Auer ist Politikwissenschafterin an der Universität Innsbruck und forscht zu Migration und Demokratie.⟫]]""",
    kind="opinion", why="guest op-ed arguing for local voting rights",
), DZ))

# ---------------------------------------------------------------- interview: Q&A, the view is the interviewee's
PAGES.append(at(dict(
    case="de-news-atportal-hallstatt", skin="atportal", secpath="panorama", plus=True, meta="og", meta_section="Panorama",
    url="https://www.alpenpresse.example/panorama/oesterreich/20260807/hallstatt-buergermeisterin-wir-sind-kein-freilichtmuseum",
    h1="Hallstatts Bürgermeisterin: „Wir sind kein Freilichtmuseum“", kicker="Interview",
    deck="Seit heuer gilt in Hallstatt ein Limit für Reisebusse. Bürgermeisterin Theresa Pichler über volle Gassen, leere Wohnungen und die Frage, wem ein Dorf gehört.",
    crumbs=["Panorama", "Österreich"], authors=["Florian Wachter"], byline_text="Interview: Florian Wachter",
    byline_html='Interview: <a href="/autor/florian-wachter">Florian Wachter</a>',
    ld_authors=["Florian Wachter"], ld_type="NewsArticle", ld_section="Panorama",
    pub="2026-08-07T18:00:00+02:00", date="07.08.2026 um 18:00", today="Freitag, 7. August 2026",
    hero="⟪Dichtes Gedränge am Marktplatz von Hallstatt an einem Augusttag.⟫ Foto: Clemens Fabry",
    tags=["Hallstatt", "Tourismus", "Oberösterreich", "Overtourism"],
    comments=[("Salzkammergütler", "07.08.2026 um 19:03", "⟪Die Einheimischen haben jahrelang gut vom Tourismus gelebt, jetzt wird gejammert.⟫", "44")], comment_count=312,
    related=[("Premium", "Venedig, Dubrovnik, Hallstatt: Wie Städte Touristen lenken", True), ("Reisen", "Die besten Seen für einen Ausflug im August"),
             ("Gastkommentar", "Der Tourismus frisst seine Kinder")],
    rank=["⟪Hitzewelle: Rekordtemperatur in Innsbruck gemessen⟫", "Salzburger Festspiele: Die Premiere im Großen Festspielhaus", ("Premium", "Die Wahrheit über Zweitwohnsitze", True)],
    opinion=[("Gastkommentar", "⟪Österreich braucht eine ehrliche Tourismusdebatte⟫"), ("Leitartikel", "Der Sommer der leeren Versprechen")], opinion_box="Meinung",
    body="""⟦Im Sommer drängen sich an manchen Tagen mehr als 10.000 Tagesgäste durch den Ort mit seinen gut 700 Einwohnern.⟧ Seit Mai dürfen nur noch 50 Reisebusse pro Tag nach Hallstatt, und sie brauchen ein gebuchtes Zeitfenster. Ein Gespräch mit Bürgermeisterin Theresa Pichler über die ersten Erfahrungen.

[[Q|Frau Pichler, seit Mai gilt das Buslimit. Ist es in Hallstatt ruhiger geworden?]]

⟦Ruhiger ist das falsche Wort, aber es ist erträglicher geworden.⟧ Wir hatten früher Tage mit 120 Bussen, da war der Marktplatz um elf Uhr so voll, dass die Einheimischen nicht mehr zum Bäcker gekommen sind. Das erleben wir heuer kaum noch. Die Besucher verteilen sich besser über den Tag.

[[Q|Kritiker sagen, Hallstatt habe sich selbst vermarktet und beschwere sich jetzt über den Erfolg.]]

Das ist nicht ganz falsch. Wir haben jahrzehntelang vom Tourismus gelebt, und wir leben weiter davon. Aber niemand hat damit gerechnet, dass ein Foto in sozialen Netzwerken reicht, um Hunderttausende Menschen aus aller Welt anzulocken, die oft nur eine Stunde bleiben. ⟦Wir sind ein Dorf, in dem Menschen wohnen, kein Freilichtmuseum.⟧

[[AD]]

[[Q|Die Einwohnerzahl sinkt seit Jahren. Warum?]]

Weil Wohnungen zu Ferienunterkünften werden und junge Familien sich die Preise nicht mehr leisten können. Wir haben im Frühjahr beschlossen, dass keine neuen Zweitwohnsitze mehr genehmigt werden, und die Gemeinde kauft selbst Häuser auf, um sie an Einheimische zu vermieten. Das dauert, aber es ist der einzige Weg.

[[Q|Wäre eine Eintrittsgebühr wie in Venedig eine Lösung?]]

Darüber wird im Gemeinderat diskutiert, ich bin skeptisch. ⟦Eine Gebühr verändert nichts an der Zahl der Menschen, solange sie bezahlt wird.⟧ Ich halte mehr davon, die Zahl der Ankünfte zu steuern, wie wir es bei den Bussen tun, und Besucher zu ermutigen, länger zu bleiben.

[[Q|Was wünschen Sie sich von den Gästen?]]

⟦Dass sie sich daran erinnern, dass hinter den Fenstern, die sie fotografieren, jemand wohnt.⟧""",
    kind="news", why="interview; views are the interviewee's, piece reports them",
), AP))

# ---------------------------------------------------------------- APA; "red, …/Agenturen" inside the text; JSON-LD without Open Graph
PAGES.append(at(dict(
    case="de-news-atportal-inflation", skin="atportal", secpath="wirtschaft", meta="ld",
    url="https://oe-nachrichten.example/wirtschaft/stories/3358120/",
    h1="Inflation im Mai auf 2,4 Prozent gesunken", kicker="Statistik Austria",
    crumbs=["Wirtschaft"], authors=None, byline_text="red, oe-nachrichten.example/Agenturen", byline_html="",
    ld_authors=["org:APA"], ld_type="NewsArticle", ld_section="Wirtschaft",
    pub="2026-06-17T10:12:00+02:00", date="17. Juni 2026, 10.12 Uhr", today="Mittwoch, 17. Juni 2026",
    live="⟪Ministerrat: Einigung auf Pflegereform⟫",
    tags=["Inflation", "Teuerung", "Statistik Austria"],
    related=[("Teuerung", "⟪Mieten: Richtwerte steigen ab April⟫"), ("Plus", "Wie Haushalte mit der Teuerung umgehen", True),
             ("Kommentar", "Die Teuerung ist nicht vorbei")],
    rank=["⟪Unwetter: Murenabgänge im Pinzgau⟫", "Nationalrat beschließt Klimagesetz", ("Plus", "Die Wiener Kaffeehauskrise", True)],
    opinion=[("Kommentar", "⟪Die Regierung darf sich nicht zurücklehnen⟫"), ("Gastkommentar", "Warum Österreich mehr Wettbewerb braucht")],
    body="""⟦Die Inflation in Österreich ist im Mai weiter zurückgegangen.⟧ Die Teuerungsrate lag bei 2,4 Prozent, nach 2,7 Prozent im April, wie die Statistik Austria am Mittwoch mitteilte. Damit bestätigte die Behörde ihre Schnellschätzung von Anfang Juni. ⟦Es ist der niedrigste Wert seit Herbst 2021.⟧

Dämpfend wirkten vor allem die Preise für Treibstoffe, die im Jahresvergleich um 6,1 Prozent sanken, sowie für Haushaltsenergie. Teurer wurden dagegen erneut Dienstleistungen: Die Preise in Restaurants und Hotels stiegen um 5,2 Prozent, Wohnungsmieten um 4,3 Prozent.

[[AD]]

Auch der Einkauf im Supermarkt wurde wieder etwas teurer. Nahrungsmittel und alkoholfreie Getränke kosteten im Schnitt 2,9 Prozent mehr als vor einem Jahr, besonders stark stiegen die Preise für Kaffee, Schokolade und Olivenöl. ⟦Der sogenannte Mikrowarenkorb, der den täglichen Einkauf abbildet, verteuerte sich um 3,4 Prozent.⟧

Die Inflation in Österreich liegt damit weiterhin über dem Durchschnitt der Eurozone, wo die Teuerung im Mai nach Angaben von Eurostat bei 2,0 Prozent lag. Ökonomen führen den Unterschied vor allem auf die stärkere Bedeutung von Dienstleistungen und die an die Inflation gekoppelten Mieten zurück.

Im Vergleich zum Vormonat stiegen die Verbraucherpreise um 0,2 Prozent. Für Pensionistenhaushalte, deren Ausgaben stärker auf Wohnen und Lebensmittel entfallen, berechnete die Statistik Austria eine etwas höhere Teuerung von 2,8 Prozent. Die Arbeiterkammer forderte die Regierung auf, die Mietpreisbremse auf den freien Wohnungsmarkt auszuweiten. Die Wirtschaftskammer warnte dagegen vor zu hohen Lohnabschlüssen, die die Wettbewerbsfähigkeit der Betriebe gefährden würden.

Das Wirtschaftsforschungsinstitut WIFO erwartet für das Gesamtjahr eine durchschnittliche Inflation von 2,5 Prozent. Die Sozialpartner verwiesen auf die anstehenden Lohnverhandlungen im Herbst, für die die Inflation der vergangenen zwölf Monate als Grundlage dient. ⟦Die Gewerkschaft kündigte an, dass sie sich an der rollierenden Inflation von rund 3,1 Prozent orientieren werde.⟧

[[CREDIT|red, oe-nachrichten.example/Agenturen]]""",
    kind="news", why="agency report on inflation figures",
), OEN))

# ---------------------------------------------------------------- Vienna report at 00:15; metadata in UTC on the day before
PAGES.append(at(dict(
    case="de-news-atportal-u5", skin="atportal", secpath="wien",
    url="https://www.donauzeitung.example/wien/3000000221904/u5-erste-fahrt-ohne-fahrer-im-testbetrieb",
    h1="U5: Erste Fahrt ohne Fahrer im Testbetrieb", kicker="Öffis",
    deck="Die Wiener Linien haben in der Nacht erstmals einen vollautomatischen Zug auf der neuen Strecke fahren lassen. Bis zur Eröffnung ist es aber noch ein weiter Weg.",
    crumbs=["Wien", "Verkehr"], authors=["Stefanie Moosbrugger"], byline_text="Stefanie Moosbrugger",
    byline_html='<a href="/autorin/stefanie-moosbrugger">Stefanie Moosbrugger</a>',
    ld_authors=["Stefanie Moosbrugger"], ld_type="NewsArticle", ld_section="Wien",
    pub="2026-02-04T00:15:00+01:00", ld_date="2026-02-03T23:15:00Z", meta_date="2026-02-03T23:15:00Z",
    date='<time datetime="2026-02-03T23:15:00Z">4. Februar 2026, 00:15</time>', today="Mittwoch, 4. Februar 2026",
    hero="⟪Der Testzug in der Station Frankhplatz. Im Führerstand sitzt nur noch zur Sicherheit ein Mitarbeiter.⟫ Foto: Regine Hendrich",
    live="⟪Sturmwarnung für Wien und Niederösterreich⟫",
    tags=["U-Bahn", "Wiener Linien", "Öffentlicher Verkehr"],
    comments=[("Ottakringerin", "4. Februar 2026, 07:12", "⟪Wenn die U5 so pünktlich wird wie der Bau, fahre ich 2040 damit.⟫", "96")], comment_count=258,
    related=[("Verkehr", "Parkpickerl: Was sich 2026 ändert"), ("Abo", "Wie Wien seine U-Bahn baut", True),
             ("Kommentar der anderen", "Die Öffis brauchen mehr als neue Linien")],
    rank=["⟪Skifahren: Die Preise für die Saison in Tirol⟫", "Semesterferien: Staus auf der Westautobahn erwartet", ("Abo", "Der Kampf um den Naschmarkt", True)],
    opinion=[("Kolumne", "Wien ist anders, aber nicht immer besser"), ("Kommentar", "Die Stadt spart beim Falschen")],
    body="""⟦Kurz nach Mitternacht rollte der Zug ohne Fahrer aus der Station Frankhplatz.⟧ Die Wiener Linien haben in der Nacht auf Mittwoch erstmals einen vollautomatischen Zug auf der neuen U5-Strecke zwischen Rathaus und Frankhplatz fahren lassen. Es war der Auftakt eines Testbetriebs, der mehrere Monate dauern soll.

Die U5 wird die erste U-Bahn-Linie Österreichs, die ohne Fahrerinnen und Fahrer unterwegs ist. Gesteuert werden die Züge zentral aus der Leitstelle in Erdberg. ⟦Bahnsteigtüren sollen verhindern, dass Menschen auf die Gleise gelangen.⟧ Im ersten Abschnitt übernimmt die U5 die bisherige Strecke der U2 zwischen Karlsplatz und Rathaus und führt dann weiter in den neunten Bezirk.

[[AD]]

„Die erste Fahrt ist ohne Probleme verlaufen“, sagte ein Sprecher der Wiener Linien. In den kommenden Wochen würden die Tests schrittweise ausgeweitet, zunächst nur in der Nacht, später auch tagsüber ohne Fahrgäste. Dabei gehe es vor allem um das Zusammenspiel von Signaltechnik, Türen und Zugsteuerung.

[[READ|⟪Neue Straßenbahnlinie 12 fährt ab Herbst⟫]]

Der Zeitplan für die Eröffnung bleibt allerdings vage. Ursprünglich sollte die U5 schon 2026 in Betrieb gehen, inzwischen nennt die Stadt das Jahr 2027. ⟦Als Gründe für die Verzögerung nennen die Wiener Linien Lieferengpässe bei der Signaltechnik und aufwendige Arbeiten im Untergrund.⟧ Auch die Kosten sind gestiegen.

Die Opposition im Gemeinderat kritisierte die Informationspolitik der Stadt. Die Anrainer in der Josefstadt und am Alsergrund müssten seit Jahren mit Baustellen leben und hätten ein Recht auf einen verlässlichen Zeitplan, hieß es.

Für die Fahrgäste soll sich mit der U5 vor allem die Verbindung aus Hernals und Ottakring in die Innenstadt verbessern. In einer zweiten Ausbaustufe ist eine Verlängerung bis zum Elterleinplatz geplant, die Anfang der 2030er-Jahre fertig sein soll.

⟦Die Wiener Linien wollen den genauen Eröffnungstermin im Herbst bekanntgeben.⟧""",
    kind="news", why="local transport report",
), DZ))

# ---------------------------------------------------------------- avalanche report; "Mit Material von APA"; OG only
PAGES.append(at(dict(
    case="de-news-atportal-lawine", skin="atportal", secpath="tirol", meta="og",
    url="https://www.tiroler-rundschau.example/tirol/oberland/lawinenabgang-am-arlberg-zwei-tourengeher-verschuettet-45180233",
    h1="Lawinenabgang am Arlberg: Zwei Tourengeher verschüttet", kicker="St. Anton",
    crumbs=["Tirol", "Oberland"], authors=["Martin Gstrein"], byline_text="Von Martin Gstrein", byline_html="Von Martin Gstrein",
    pub="2026-02-09T16:40:00+01:00", mod="2026-02-09T19:05:00+01:00", date="09.02.2026 um 16:40 Uhr", today="Montag, 9. Februar 2026",
    hero="⟪Einsatzkräfte der Bergrettung am Lawinenkegel unterhalb der Valluga.⟫ Foto: Zeitungsfoto.at",
    live="⟪Lawinenwarnstufe 4 in weiten Teilen Tirols⟫",
    tags=["Lawine", "Arlberg", "Bergrettung", "Skitouren"],
    comments=[("Bergfex_Imst", "09.02.2026 um 17:55", "⟪Bei Stufe vier ins freie Gelände – ich verstehe es einfach nicht.⟫", "58")], comment_count=87,
    related=[("Lawinen", "Lawinenwarnstufen: Was sie bedeuten"), ("TR+", "Ein Tag mit der Bergrettung St. Anton", True),
             ("Kommentar", "Wer sich in Gefahr begibt, muss auch zahlen")],
    rank=["⟪Stau auf der Brennerautobahn: Blockabfertigung am Wochenende⟫", "Innsbruck: Neue Buslinie nach Igls", ("TR+", "Das Geheimnis des Kaiserschmarrns", True)],
    opinion=[("Kommentar", "Tirol braucht weniger Lifte, nicht mehr"), ("Leserbriefe", "Zur Transitdebatte")], opinion_box="Meinung",
    body="""⟦Am Arlberg sind am Montagnachmittag zwei Skitourengeher von einer Lawine verschüttet worden.⟧ Einer der beiden, ein 34-jähriger Deutscher, wurde schwer verletzt mit dem Notarzthubschrauber in die Klinik Innsbruck geflogen. Sein Begleiter, ein 29-jähriger Vorarlberger, konnte sich selbst befreien und blieb unverletzt.

Die beiden Männer waren nach Angaben der Polizei gegen 14 Uhr im freien Gelände unterhalb der Valluga in der Gemeinde St. Anton unterwegs. ⟦In einem etwa 40 Grad steilen Nordhang löste sich ein Schneebrett mit einer Breite von rund 80 Metern.⟧ Es riss beide Tourengeher mit.

[[AD]]

Der Vorarlberger konnte sich aus den Schneemassen befreien und seinen Begleiter mit dem Lawinenverschüttetensuchgerät orten. Er grub ihn gemeinsam mit zwei weiteren Skifahrern, die den Abgang beobachtet hatten, nach etwa 15 Minuten aus. ⟦Der Deutsche war zu diesem Zeitpunkt nicht ansprechbar.⟧

Im Einsatz standen die Bergrettung St. Anton, zwei Notarzthubschrauber und die Alpinpolizei. Die Bergung gestaltete sich wegen der anhaltenden Lawinengefahr schwierig.

[[H|Warnstufe vier in weiten Teilen Tirols]]

Der Lawinenwarndienst Tirol hatte für Montag in weiten Teilen des Landes die Gefahrenstufe vier von fünf ausgegeben. Nach den starken Schneefällen der vergangenen Tage und dem auffrischenden Wind gilt die Lage als heikel. Die Experten raten dringend davon ab, gesicherte Pisten zu verlassen.

Der Verletzte war nach Angaben der Polizei mit einem Lawinenairbag ausgerüstet, den er jedoch nicht mehr auslösen konnte. Beide Männer galten als erfahrene Tourengeher und hatten die Tour am Vormittag in St. Christoph begonnen. Die Alpinpolizei hat die Ermittlungen zum genauen Unfallhergang aufgenommen.

⟦Bereits am Sonntag war im Ötztal ein Skifahrer von einer Lawine erfasst worden, er blieb unverletzt.⟧

[[CREDIT|⟪Mit Material von APA⟫]]""",
    kind="news", why="accident report from the mountains",
), TR))

# ---------------------------------------------------------------- advertorial: "Entgeltliche Einschaltung"
PAGES.append(at(dict(
    case="de-other-atportal-waermepumpe", skin="atportal", secpath="wirtschaft", meta="og", meta_pub=False,
    url="https://www.tiroler-rundschau.example/promotion/fuenf-gruende-warum-sich-eine-waermepumpe-im-altbau-lohnt-45102719",
    h1="Fünf Gründe, warum sich eine Wärmepumpe auch im Altbau lohnt", kicker="Promotion",
    sponsored="⟪Entgeltliche Einschaltung⟫ der Alpenwärme GmbH",
    deck="Viele Hausbesitzer in Tirol zweifeln, ob eine Wärmepumpe in älteren Gebäuden funktioniert. Die Fachleute von Alpenwärme räumen mit Vorurteilen auf.",
    crumbs=["Promotion"], authors=None, byline_text="Promotion", byline_html="Promotion",
    pub="2026-10-12T09:00:00+02:00", date="12.10.2026", today="Montag, 12. Oktober 2026",
    tags=["Promotion", "Heizen", "Energie"],
    related=[("Wohnen", "⟪Heizkostenzuschuss: So beantragen Sie ihn in Tirol⟫"), ("TR+", "Der Bauernhof, der sich selbst mit Strom versorgt", True),
             ("Kommentar", "Die Energiewende braucht die Handwerker")],
    rank=["⟪Almabtrieb in Alpbach: Tausende Besucher erwartet⟫", "Innsbruck: Neue Radbrücke über den Inn", ("TR+", "Wie ein Osttiroler Tal gegen das Aussterben kämpft", True)],
    opinion=[("Kommentar", "⟪Tirol braucht weniger Lifte, nicht mehr⟫"), ("Leserbriefe", "Zur Zukunft der Kleinskigebiete")], opinion_box="Meinung",
    body="""⟦Die Heizsaison hat begonnen, und in vielen Tiroler Haushalten stellt sich die Frage nach der Zukunft der alten Öl- oder Gasheizung.⟧ Eine Wärmepumpe gilt als klimafreundliche Alternative – doch viele Besitzer älterer Häuser glauben, sie funktioniere nur in gut gedämmten Neubauten. Das stimmt nicht, sagen die Energieberater der Alpenwärme GmbH aus Innsbruck. Hier sind fünf Gründe, warum sich der Umstieg auch im Altbau lohnt.

[[H|1. Moderne Geräte schaffen hohe Vorlauftemperaturen]]

⟦Aktuelle Wärmepumpen erreichen Vorlauftemperaturen von bis zu 70 Grad und können deshalb auch mit klassischen Heizkörpern betrieben werden.⟧ Eine Fußbodenheizung ist keine Voraussetzung.

[[H|2. Die Förderungen sind hoch]]

Bund und Land fördern den Tausch einer fossilen Heizung mit bis zu 75 Prozent der Kosten. Die Alpenwärme-Berater übernehmen auf Wunsch die gesamte Antragstellung.

[[H|3. Die Betriebskosten sinken]]

Wer seine Wärmepumpe mit einer Photovoltaikanlage kombiniert, kann einen großen Teil des benötigten Stroms selbst erzeugen. Im Vergleich zu einer Ölheizung sparen Haushalte so mehrere hundert Euro pro Jahr.

[[AD]]

[[H|4. Kleine Maßnahmen reichen oft]]

⟦Häufig genügt es, einzelne Heizkörper zu vergrößern oder die oberste Geschossdecke zu dämmen.⟧ Eine Komplettsanierung ist in den meisten Fällen nicht nötig.

[[H|5. Der Wert der Immobilie steigt]]

Ein Haus mit moderner, erneuerbarer Heizung ist beim Verkauf oder bei der Vermietung deutlich attraktiver. Auch bei der Bewertung durch Banken spielt der Energieausweis eine immer größere Rolle.

Wichtig ist eine gute Planung: Vor dem Einbau berechnen die Fachleute die Heizlast des Gebäudes und prüfen, ob die vorhandenen Heizkörper ausreichen. Alpenwärme bietet dafür einen Vor-Ort-Check an, bei dem auch der passende Aufstellort für das Außengerät festgelegt wird.

⟦Eine kostenlose Erstberatung vereinbaren Sie unter alpenwaerme.example oder telefonisch unter 0512 908 70.⟧""",
    kind="other", why="sponsored content (Entgeltliche Einschaltung) for a heating firm",
), TR))

typo(PAGES)
