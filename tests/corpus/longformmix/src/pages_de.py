"""German pages: a flood reportage split into sections with ads, "Lesen Sie auch", figures, an "Auf einen Blick" box
and a folded second half ("Weiterlesen"); an essay with a correction note on top, a paraphrasing pull quote and
endnotes."""
from parts import P, ad, also, factbox, fig, fold, lede, note, notes, pq, ref, sec

L = "de"
PAGES = []

_o, _c = fold(L, "hidden")
PAGES.append(dict(
    case="de-news-hochwasserdorf", lang=L, skin="newsroom", domain="talbote.example", site="Der Talbote",
    url="https://www.talbote.example/region/reportage/ein-jahr-nach-der-flut-in-oberwend",
    h1="Ein Jahr nach der Flut: Wie Oberwend um seine Zukunft ringt",
    deck="Im Juni 2025 stand das Dorf an der Wendel zwei Meter unter Wasser. Ein Besuch bei Menschen, die bleiben wollen, und bei denen, die gehen.",
    section="Region", kicker="Reportage",
    authors=["Jana Brückner", "Tobias Kern"], byline_text="Von Jana Brückner und Tobias Kern", ld_authors=["Jana Brückner", "Tobias Kern"],
    meta="ld", ld_type="NewsArticle",
    pub="2026-06-13T06:00:00+02:00", date="13.06.2026, 06:00 Uhr",
    nav=["Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Ratgeber"],
    cookie="⟪Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.⟫",
    caption="Die Hauptstraße von Oberwend im Mai 2026. An vielen Fassaden ist die Wasserlinie noch zu sehen.",
    related=["⟪Hochwasserschutz: Land gibt 40 Millionen Euro für die Wendel frei⟫", "Versicherer zahlen Rekordsummen nach Unwettern", "Wie Gemeinden Rückhaltebecken planen"],
    most=["⟪Neue Umgehungsstraße bei Kirchhain wird im Herbst eröffnet⟫", "Freibadsaison startet mit höheren Preisen", "Bäckerei Wendt schließt nach 98 Jahren"],
    comments=[("Helga R.", "⟪Wir haben damals auch alles verloren. Danke, dass Sie nicht vergessen.⟫")],
    footer="⟪© 2026 Der Talbote Verlagsgesellschaft mbH · Impressum · Datenschutz⟫",
    body=P("""⟦Die Uhr in der Küche von Gisela Hanke ist um 3.40 Uhr stehen geblieben.⟧ Sie hängt noch immer an derselben Stelle, über der neuen Spüle, neben dem frisch verputzten Fenster, und Gisela Hanke hat nicht vor, sie abzunehmen. „Das war der Moment, als das Wasser in die Steckdose lief“, sagt die 71-Jährige. „Ich will nicht vergessen, wie schnell es ging.“""") +
    P("""In der Nacht auf den 14. Juni 2025 stieg die Wendel, sonst ein Flüsschen, das man an vielen Stellen mit einem großen Schritt überqueren kann, innerhalb von fünf Stunden um mehr als vier Meter. In Oberwend, einem Dorf mit 830 Einwohnern im oberen Wendeltal, standen 112 Häuser unter Wasser, manche bis unter das Dach des Erdgeschosses. Zwei Menschen starben, eine ältere Frau in ihrem Keller und ein Feuerwehrmann aus dem Nachbarort, den die Strömung von einer Brücke riss. Der Schaden wird auf 64 Millionen Euro geschätzt.

Ein Jahr später ist Oberwend ein Dorf zwischen Baustelle und Abschied. An vielen Häusern stehen Gerüste, in den Vorgärten liegen Sandsäcke, die niemand weggeräumt hat, weil niemand weiß, ob man sie noch einmal braucht. Und an elf Häusern hängen Schilder von Maklern.""") +
    factbox("Auf einen Blick", ["⟪112 Häuser in Oberwend wurden überflutet⟫", "Schaden: rund 64 Millionen Euro", "Wiederaufbauhilfe bisher ausgezahlt: 58 Prozent"]) +
    sec("Die Nacht", """Wer in Oberwend nach der Flutnacht fragt, bekommt Geschichten, die sich ähneln und doch jede für sich stehen. Der Landwirt Martin Ehlers erzählt, wie er um zwei Uhr nachts seine Kühe aus dem Stall trieb und zusehen musste, wie drei von ihnen von der Strömung mitgenommen wurden. Die Grundschullehrerin Sabine Wolf erzählt, wie sie mit ihren beiden Kindern auf dem Dachboden saß und über das Handy die Nachrichten der Nachbarn las, die nacheinander schrieben, dass das Wasser jetzt bei ihnen im ersten Stock sei.

Und alle erzählen von der Stille danach. „Als es hell wurde, war es so still“, sagt Sabine Wolf. „Kein Vogel, kein Auto, nichts. Nur das Wasser, das gluckerte. Ich habe gedacht, so muss es nach einem Krieg sein.“

Gewarnt worden waren die Menschen in Oberwend kaum. Die Warn-App meldete um 22.15 Uhr eine Unwetterwarnung für den Landkreis, wie sie im Sommer oft kommt. Dass die Wendel über die Ufer treten würde, sagte niemand. Die Sirene im Dorf, vor Jahren abgebaut, war nicht ersetzt worden.""") +
    sec("Die Helfer", """Was in den Wochen danach geschah, beschreiben viele in Oberwend als das Beste, was sie je erlebt haben, mitten im Schlimmsten. ⟦Schon am Morgen nach der Flut kamen die ersten Traktoren aus den Nachbardörfern,⟧ mit Anhängern voller Schaufeln, Eimer und Gummistiefel. Am Wochenende darauf zählte die Feuerwehr mehr als 1.500 freiwillige Helferinnen und Helfer, viele von ihnen aus Städten, die hundert Kilometer entfernt liegen. Sie räumten Keller aus, schleppten durchnässte Möbel auf die Straße, stemmten Putz von den Wänden.

Im Gemeindehaus richtete der Landfrauenverein eine Küche ein, die drei Monate lang jeden Tag warmes Essen ausgab. Ein Bauunternehmer aus der Kreisstadt stellte kostenlos Trockengeräte zur Verfügung. Schülerinnen und Schüler des Gymnasiums organisierten eine Kleiderbörse. „Ich kannte die Hälfte der Leute nicht, die in meinem Wohnzimmer standen“, sagt Gisela Hanke. „Und nach einer Woche haben sie mir gesagt, wo meine Tassen hin sollen.“

Die Hilfsbereitschaft hat Spuren hinterlassen, die bleiben. Mehrere Helfer kommen bis heute regelmäßig nach Oberwend, zwei von ihnen haben inzwischen ein Haus im Dorf gekauft. Aber sie hat auch Erwartungen geweckt, die der Alltag nicht erfüllen konnte. Als die Kameras weg waren und die Freiwilligen wieder zur Arbeit mussten, blieben die Menschen mit den Formularen allein. Viele sagen, dass der Herbst schwerer war als der Sommer. Im Oktober, als es früher dunkel wurde und die Häuser noch immer ohne Heizung waren, hätten manche im Dorf zum ersten Mal ans Aufgeben gedacht.""") +
    fig("Helfer aus dem ganzen Landkreis räumten in den Tagen nach der Flut Schlamm aus den Häusern. Viele von ihnen kamen über Wochen jedes Wochenende wieder.", "Foto: Tobias Kern", "helfer") +
    ad(L, 1) +
    sec("Das Geld", """Schnell nach der Flut versprach die Landesregierung unbürokratische Hilfe. Ein Wiederaufbaufonds wurde eingerichtet, Betroffene konnten bis zu 80 Prozent ihrer Schäden ersetzt bekommen, soweit keine Versicherung zahlte. ⟦Ein Jahr später ist gut die Hälfte des Geldes ausgezahlt.⟧ Das klingt nach viel, aber in Oberwend erzählt fast jeder von Anträgen, die zurückkamen, weil ein Formular fehlte, von Gutachtern, die dreimal kamen, von Wochen ohne Antwort.

„Ich habe 43 Seiten ausgefüllt“, sagt Gisela Hanke. „Mit 71, allein, ohne Computer. Meine Nichte hat mir geholfen, sonst hätte ich es nicht geschafft.“ Ihr Antrag wurde im Februar bewilligt, acht Monate nach der Flut. Bis dahin hatte sie die Handwerker aus ihren Ersparnissen bezahlt.

Das zuständige Ministerium verweist auf die hohe Zahl der Anträge und auf die Pflicht, öffentliches Geld sorgfältig zu prüfen. Man habe die Bearbeitung inzwischen beschleunigt und zusätzliches Personal eingestellt, teilte eine Sprecherin mit.""") +
    also(L, "Hochwasserschutz: Land gibt 40 Millionen Euro für die Wendel frei") +
    _o +
    sec("Bleiben oder gehen", """Die schwerste Frage stellt sich nicht bei den Formularen. Sie stellt sich am Küchentisch. Soll man ein Haus wieder aufbauen, das jederzeit wieder überflutet werden kann? Die Hochwasserkarten des Landes sind nach der Flut überarbeitet worden. Ein Drittel der Häuser in Oberwend liegt jetzt in einem Gebiet, in dem statistisch alle hundert Jahre mit einem solchen Hochwasser zu rechnen ist. Fachleute sagen, dass „alle hundert Jahre“ in Zeiten des Klimawandels wenig bedeutet.

Familie Yılmaz hat sich entschieden zu gehen. Das Haus, das Kemal Yılmaz vor 14 Jahren gekauft und selbst renoviert hat, steht direkt am Ufer. ⟦„Wir hätten es wieder aufbauen können“, sagt er.⟧ „Aber meine Tochter schläft seitdem nicht mehr durch, wenn es regnet. Sie wacht auf und fragt, ob das Wasser kommt. Das kann man nicht mit Geld reparieren.“ Die Familie zieht im August in eine Wohnung in der Kreisstadt.

Andere, wie der Landwirt Ehlers, wollen bleiben, koste es, was es wolle. „Mein Hof ist seit 1790 in der Familie“, sagt er. „Den gebe ich nicht wegen eines Flusses auf, den ich seit meiner Kindheit kenne.“ Er hat den Stall erhöht und eine Pumpe eingebaut. Ob das beim nächsten Mal reicht, weiß er nicht.""") +
    fig("Kemal Yılmaz vor seinem Haus am Ufer der Wendel. Die Familie hat es im Frühjahr verkauft; der neue Eigentümer ist eine Stiftung, die auf dem Grundstück eine Auenwiese anlegen will.", "Foto: Jana Brückner", "yilmaz") +
    ad(L, 2) +
    sec("Was sich ändern soll", """Im Rathaus der Verbandsgemeinde liegt ein Plan, der Oberwend besser schützen soll. Oberhalb des Dorfes soll ein Rückhaltebecken entstehen, das bei Starkregen das Wasser aufhält. Die Wendel soll an zwei Stellen mehr Raum bekommen, Wiesen sollen wieder überflutet werden dürfen, bevor das Wasser das Dorf erreicht. Eine neue Sirene ist bestellt.

Bürgermeister Frank Jessen räumt ein, dass all das Jahre dauern wird. Das Rückhaltebecken braucht ein Planfeststellungsverfahren, Grundstücke müssen gekauft werden, manche Landwirte wollen nicht verkaufen. „Realistisch reden wir über sechs bis acht Jahre“, sagt Jessen. „Ich verstehe jeden, der sagt, so lange kann ich nicht warten.“

Bis dahin setzt das Dorf auf Nachbarschaft. Eine Whatsapp-Gruppe mit fast 400 Mitgliedern warnt inzwischen bei jedem Starkregen, Freiwillige haben eine Liste von älteren Menschen angelegt, die im Notfall Hilfe brauchen. ⟦„Wir verlassen uns nicht mehr darauf, dass jemand von außen kommt“, sagt Sabine Wolf,⟧ die die Gruppe verwaltet.""") +
    sec("Die Uhr", """Am Abend unseres Besuchs regnet es. Nicht stark, ein gewöhnlicher Sommerregen. Trotzdem gehen in mehreren Häusern an der Wendel die Lichter an, Menschen stehen an den Fenstern und schauen auf den Fluss. Im Chat der Nachbarschaft schreibt jemand, der Pegel sei um zehn Zentimeter gestiegen. Jemand anderes schreibt, alles gut, das sei normal. Dann wird es wieder still im Chat, und nach einer halben Stunde gehen die ersten Lichter aus.

Gisela Hanke sitzt in ihrer neuen Küche unter der stehengebliebenen Uhr. Ob sie Angst habe? Sie überlegt lange. „Angst ist das falsche Wort“, sagt sie dann. „Ich bin wachsam. Ich höre den Regen anders als früher.“

⟦Sie will bleiben, sagt sie, solange sie die Treppe noch hinaufkommt.⟧ Die Uhr bleibt hängen.""") + _c,
    kind="news", why="reportage on flood recovery with residents, officials and figures",
))

PAGES.append(dict(
    case="de-opinion-ehrenamt", lang=L, skin="magazine", domain="zeitfragen-magazin.example", site="Zeitfragen",
    url="https://zeitfragen-magazin.example/essay/2026/09/das-ehrenamt-ist-kein-lueckenbuesser",
    h1="Das Ehrenamt ist kein Lückenbüßer",
    deck="Tafeln, Sportvereine, Hospize: Ohne Freiwillige bräche vieles zusammen. Genau deshalb sollten wir aufhören, sie als selbstverständlich zu behandeln.",
    kicker="Essay", reading="Lesezeit: 17 Minuten",
    authors=["Ulrike Danneberg"], byline_text="Ein Essay von Ulrike Danneberg", ld_authors=["Ulrike Danneberg"], meta="og",
    pub="2026-09-20T08:00:00+02:00", date="20. September 2026",
    nav=["Essay", "Debatte", "Gesellschaft", "Kultur", "Podcast", "Archiv"],
    cookie="⟪Diese Website nutzt Cookies. Mit der Nutzung stimmen Sie dem zu.⟫",
    related=["⟪Warum Vereine keine Vorstände mehr finden⟫", "Die Tafeln am Limit: ein Besuch in Gelsenwald", "Pflege: Wer kümmert sich um die Kümmerer?"],
    most=["⟪Die Vier-Tage-Woche im Praxistest⟫", "Was vom Bürgergeld übrig bleibt"],
    footer="⟪Zeitfragen erscheint im Verlag Lindenhof und Partner. Alle Rechte vorbehalten.⟫",
    after="Ulrike Danneberg leitet seit 2014 eine Tafel in Nordhessen.",
    body=note("⟦Korrektur: In einer früheren Fassung hieß es, die Zahl der Tafeln habe sich seit 2010 verdoppelt.⟧ Richtig ist, dass sich die Zahl der Menschen, die sie nutzen, verdoppelt hat. Wir haben die Stelle am 21. September korrigiert.") +
    P("""Jeden Donnerstag um halb acht schließe ich die Tür einer ehemaligen Drogerie-Filiale auf. Drinnen riecht es nach Pappe und nach Äpfeln, die ein bisschen zu lange gelegen haben. Um acht kommen die ersten Helferinnen, die meisten über sechzig, eine mit Rollator. Um zehn kommen die ersten Kunden, wie wir sie nennen, obwohl sie nichts kaufen. Um zwei ist alles verteilt, was die Supermärkte der Umgebung in der Woche nicht verkaufen konnten: Brot vom Vortag, Joghurt kurz vor dem Ablaufdatum, Gemüse mit braunen Stellen. Dann wird geputzt, und um vier schließe ich wieder ab.

Ich mache das seit zwölf Jahren, unbezahlt, wie die etwa sechzig Menschen, die bei uns mitarbeiten. Ich mache es gern. Und ich bin inzwischen überzeugt, dass etwas grundlegend falsch läuft in der Art, wie dieses Land über Menschen wie uns spricht.

#Das große Lob

Das Ehrenamt wird in Deutschland gelobt wie kaum etwas anderes. Es gibt Ehrenamtspreise, Ehrenamtskarten, Ehrenamtstage und Empfänge im Rathaus, bei denen Menschen wie ich eine Urkunde und ein Glas Sekt bekommen. Rund 29 Millionen Menschen engagieren sich nach den letzten Erhebungen freiwillig,""" + ref(1) + """ und kaum eine Sonntagsrede kommt ohne den Satz aus, sie seien der „Kitt der Gesellschaft“.

Ich habe nichts gegen Sekt. Aber ich habe in zwölf Jahren gelernt, dem Lob zu misstrauen. Denn auffällig oft kommt es von denselben Stellen, die sich aus Aufgaben zurückgezogen haben, die wir nun übernehmen. Das Lob ist billig. Was es ersetzt, ist teuer.

Als unsere Tafel 2009 gegründet wurde, sollte sie eine Ergänzung sein: Lebensmittel, die sonst im Müll landen würden, für Menschen, denen am Monatsende etwas fehlt. Heute kommen jede Woche rund 340 Haushalte zu uns, und für viele von ihnen sind wir keine Ergänzung mehr, sondern die wichtigste Quelle für frisches Essen. Wir haben eine Warteliste. Wir haben Rentnerinnen, die sich schämen, und Familien, deren Kinder nicht wissen sollen, woher das Obst kommt. ⟦Niemand hat beschlossen, dass die Tafeln ein Teil der Grundsicherung werden sollten.⟧ Es ist einfach passiert.""") +
    pq("⟪Wer das Ehrenamt lobt, sollte auch sagen, was es ersetzt.⟫", "pull-quote") +
    P("""#Die stille Verschiebung

Was bei den Tafeln sichtbar ist, geschieht an vielen Orten leiser. Im Sportverein meines Neffen trainieren Väter die Jugendmannschaften, weil die Gemeinde den hauptamtlichen Jugendkoordinator gestrichen hat. Im Hospiz unserer Kreisstadt begleiten Ehrenamtliche Sterbende, was gut und richtig ist, aber sie übernehmen zunehmend auch Nachtwachen, für die früher Pflegekräfte da waren. In den Schulen lesen Lesepatinnen mit Kindern, die eigentlich Förderunterricht bräuchten, den es mangels Lehrkräften nicht gibt.""" + ref(2) + """

Keiner dieser Fälle ist ein Skandal. Jeder für sich ist sogar eine schöne Geschichte, und die Lokalzeitung erzählt sie gern. Aber zusammen ergeben sie ein Muster: Der Staat zieht sich aus Aufgaben zurück, die er einmal als seine eigenen verstanden hat, und verlässt sich darauf, dass sich schon jemand findet. Meistens findet sich jemand. Bis er nicht mehr kann.

#Die bequeme Erzählung

Man könnte einwenden, dass es schon immer so war. Armenpflege, Krankenpflege, Bildung: Vieles davon lag über Jahrhunderte in den Händen von Kirchen, Vereinen und wohlhabenden Bürgern, lange bevor es einen Sozialstaat gab. Der moderne Sozialstaat ist, so gesehen, eine kurze Ausnahme, und vielleicht kehren wir einfach zu einem älteren Normalzustand zurück.

Ich halte diese Erzählung für bequem und für falsch. Bequem ist sie, weil sie einen politischen Rückzug als natürliche Entwicklung darstellt. Falsch ist sie, weil sie vergisst, warum der Sozialstaat überhaupt entstanden ist. ⟦Er entstand, weil Barmherzigkeit launisch ist.⟧ Sie hängt davon ab, ob es in einem Ort genug Menschen mit Zeit, Geld und gutem Willen gibt. In reichen Stadtteilen gibt es die meist. In den Dörfern, aus denen die Jungen wegziehen, und in den Vierteln, in denen alle zwei Jobs haben, gibt es sie immer seltener. Ein Sozialstaat, der sich auf Ehrenamt verlässt, verteilt seine Hilfe deshalb genau falsch herum: Dort, wo die Not am größten ist, sind die Helfer am wenigsten.

Ich sehe das jede Woche. Die Tafel in der wohlhabenden Nachbarstadt hat eine Warteliste für Ehrenamtliche. Wir haben eine Warteliste für Bedürftige. Beide Listen werden länger.

#Die Erschöpfung

Denn das ist die andere Seite, über die bei den Empfängen im Rathaus nicht gesprochen wird. Die Menschen, die das alles tragen, werden älter, und sie werden müde. Bei uns ist das Durchschnittsalter der Helferinnen und Helfer in zwölf Jahren von 58 auf 67 gestiegen. Jüngere kommen, aber sie bleiben kürzer, weil sie Kinder haben, Schichtdienst, zwei Jobs. Das ist keine Kritik an ihnen. Es ist eine Beschreibung dessen, was von Menschen verlangt wird, die sich neben allem anderen auch noch um die Versorgung ihrer Nachbarn kümmern sollen.

⟦Im vergangenen Winter mussten wir zum ersten Mal an zwei Donnerstagen schließen,⟧ weil nicht genug Leute da waren, um die Ware abzuholen. Niemand von der Stadt hat angerufen, um zu fragen, was los ist. Die Menschen auf unserer Liste haben es gemerkt.

#Was ich mir wünsche

Ich will nicht, dass das Ehrenamt verschwindet. Es ist eine der besten Seiten dieses Landes, und ich habe in zwölf Jahren mehr über meine Stadt gelernt als in den vierzig Jahren davor. Aber ich wünsche mir eine ehrlichere Arbeitsteilung.

Erstens sollten wir aufhören, das Ehrenamt dort einzusetzen, wo es um Grundrechte geht. Dass Menschen satt werden, ist keine Frage der Barmherzigkeit, sondern eine Aufgabe des Sozialstaats.""" + ref(3) + """ Die Tafeln können helfen, aber sie dürfen nicht die Lücke sein, in die der Staat seine Versäumnisse schiebt.

Zweitens sollten Kommunen, die sich auf Freiwillige verlassen, dafür auch bezahlen: nicht die Freiwilligen selbst, aber das, was sie brauchen. Hauptamtliche Koordination, Räume, Fahrzeuge, Versicherung, Fortbildung. Unsere Tafel zahlt die Miete für die alte Drogerie aus Spenden. Das Kühlfahrzeug haben wir über ein Crowdfunding finanziert, nachdem das alte im Sommer zweimal mitten auf der Landstraße liegen geblieben war. Die Stadt gibt uns jedes Jahr 1.200 Euro und eine Urkunde.

Drittens, und das ist vielleicht das Wichtigste: Wir sollten zuhören, wenn Ehrenamtliche sagen, dass es nicht mehr geht. Wer jahrelang unbezahlt gearbeitet hat, beschwert sich selten, schon weil er fürchtet, undankbar zu wirken. Wenn er es doch tut, ist es meist spät.

#Donnerstag

Nächsten Donnerstag schließe ich wieder um halb acht die Tür auf. Die Frau mit dem Rollator wird da sein, sie hat noch keinen Donnerstag verpasst. Sie heißt Renate, sie ist 81, und sie sortiert die Äpfel mit einer Strenge, vor der selbst der Filialleiter des Supermarkts Respekt hat, der uns die Kisten bringt. Neulich hat sie mir gesagt, sie komme nicht wegen der Tafel, sondern wegen der anderen. Ohne den Donnerstag, sagte sie, würde sie in der Woche mit niemandem sprechen. Auch das leistet das Ehrenamt, und auch das taucht in keiner Haushaltsrechnung auf. Wir werden Kisten schleppen und Brot sortieren und uns über das Wetter unterhalten, und um zehn werden die ersten Kunden kommen und sich bedanken, obwohl sie sich nicht bedanken müssten.

⟦Ich werde mich auch bedanken: bei ihnen, bei den Helferinnen, bei den Supermärkten.⟧ Bei der Politik werde ich mich erst bedanken, wenn sie uns nicht mehr braucht.""") +
    notes(["Freiwilligensurvey des Bundesfamilienministeriums, jüngste veröffentlichte Welle.",
           "⟦Nach Angaben des Landesverbands fehlen an Grundschulen im Land derzeit rund 900 Förderlehrkräfte.⟧",
           "So argumentiert auch der Dachverband der Tafeln selbst seit Jahren in seinen Stellungnahmen."]),
    kind="opinion", why="first-person essay arguing volunteers replace state duties",
))
