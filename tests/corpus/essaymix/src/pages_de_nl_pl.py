"""German, Dutch and Polish pages: a think-tank analyst's third-person essay, a news analysis that weighs both
sides without concluding, a letter to the editor, a travel guide and a court report."""

PAGES = []

# ---------------------------------------------------------------- analyst's essay, third person, no bio, no kicker
PAGES.append(dict(
    case="de-opinion-pflegefonds", lang="de", skin="story", domain="rheinische-rundschau.example", site="Rheinische Rundschau",
    url="https://www.rheinische-rundschau.example/2026/02/26/warum-die-pflege-einen-kapitalstock-braucht",
    h1="Warum die Pflege einen Kapitalstock braucht",
    deck="Die Beiträge zur Pflegeversicherung steigen seit Jahren. Eine weitere Erhöhung löst das Problem nicht.",
    authors=["Katrin Albers"], byline_text="Von Katrin Albers", ld_authors=["Katrin Albers"], meta="full",
    pub="2026-02-26T06:30:00+01:00", date="26.02.2026, 06:30 Uhr",
    nav=["Politik", "Wirtschaft", "Region", "Kultur", "Sport", "Wissen"],
    footer_nav=["Impressum", "Datenschutz", "Kontakt", "Mediadaten"],
    cookie="⟪Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.⟫",
    related=["⟪Pflegebeitrag soll 2027 erneut steigen⟫", "Heimplätze in NRW: Wartelisten werden länger", "Was ein Pflegegrad kostet"],
    most=["⟪Brückensperrung in Leverkusen verlängert⟫", "Karnevalsbilanz: weniger Einsätze als im Vorjahr"],
    footer="⟪© Rheinische Rundschau Verlag GmbH 2026⟫",
    body="""<p>⟦Die soziale Pflegeversicherung ist dreißig Jahre alt, und sie ist in einem Zustand, den man kaum anders als prekär nennen kann.⟧ Der Beitragssatz hat sich seit ihrer Einführung mehr als verdreifacht. Die Zahl der Leistungsbezieher liegt inzwischen bei über fünf Millionen, und sie wird weiter steigen, weil die geburtenstarken Jahrgänge der sechziger Jahre in das Alter kommen, in dem Pflegebedürftigkeit wahrscheinlich wird.</p>
<p>Die Politik reagiert darauf seit Jahren mit demselben Instrument: Sie erhöht den Beitrag. Das ist bequem, weil es schnell geht und weil die Last auf viele Schultern verteilt wird. Es ist aber kurzsichtig. Denn jede Erhöhung verschiebt die Kosten auf die heute Erwerbstätigen, deren Zahl in den kommenden zwei Jahrzehnten sinken wird, während die Zahl der Pflegebedürftigen wächst.</p>
<p>⟦Ein reines Umlageverfahren funktioniert gut, solange das Verhältnis zwischen Zahlenden und Empfangenden stabil bleibt.⟧ Genau das ist in der Pflege nicht der Fall. Nach den Vorausberechnungen des Statistischen Bundesamtes kommen im Jahr 2040 auf jeden Pflegebedürftigen deutlich weniger Beitragszahler als heute. Wer an der bisherigen Finanzierung festhält, entscheidet sich damit faktisch für Beitragssätze, die jüngere Beschäftigte als ungerecht empfinden werden – und das zu Recht.</p>
<p>Die Alternative liegt seit Langem auf dem Tisch, sie wird nur ungern ausgesprochen: Die Pflegeversicherung braucht einen kapitalgedeckten Baustein. Der bestehende Pflegevorsorgefonds, der 2015 eingerichtet wurde, war ein richtiger, aber viel zu kleiner Schritt. Er soll ab 2035 Beitragssprünge dämpfen, verfügt aber nur über einen Bruchteil der Mittel, die dafür nötig wären. Zudem hat die Bundesregierung in Haushaltsnöten bereits einmal die Zuführungen ausgesetzt. Ein Fonds, auf den der Finanzminister jederzeit zugreifen kann, ist kein Vorsorgefonds, sondern eine Rücklage mit ungewisser Zukunft.</p>
<p>Notwendig wäre ein Fonds, der gesetzlich vor dem Zugriff der Politik geschützt ist, nach dem Vorbild des norwegischen Staatsfonds oder der schwedischen Prämienrente. Er sollte breit und kostengünstig anlegen, in Aktien und Anleihen, und über Jahrzehnte wachsen dürfen. Finanziert werden könnte er durch einen kleinen, zweckgebundenen Teil des Beitrags, der heute schon erhoben wird, ergänzt durch einen einmaligen Bundeszuschuss.</p>
<p>⟦Die üblichen Einwände sind bekannt.⟧ Kapitalmärkte schwanken, heißt es, und eine Sozialversicherung dürfe nicht vom Börsenkurs abhängen. Doch niemand schlägt vor, die Pflege vollständig auf Kapitaldeckung umzustellen. Es geht um eine Ergänzung, die Schwankungen über lange Zeiträume ausgleichen kann. Über zwanzig oder dreißig Jahre betrachtet haben breit gestreute Anlagen in allen Industrieländern deutlich höhere Erträge erzielt als die Lohnsumme, auf der das Umlageverfahren beruht. Ein zweiter Einwand lautet, das Geld fehle heute. Das stimmt, aber es wird morgen noch mehr fehlen.</p>
<p>Auch verteilungspolitisch spricht vieles für einen solchen Fonds. Eine Finanzierung, die allein auf steigenden Beiträgen ruht, belastet vor allem Beschäftigte mit mittleren Einkommen. Vermögen, Mieteinnahmen und Kapitalerträge tragen zur Pflegeversicherung nichts bei. Ein Staatsfonds, dessen Erträge der Pflege zugutekommen, würde zumindest einen Teil der Kapitalrendite für die Allgemeinheit nutzbar machen.</p>
<p>⟦Entscheidend ist der Zeitpunkt.⟧ Ein Kapitalstock wirkt nur, wenn er Zeit zum Wachsen hat. Jedes Jahr, das ungenutzt verstreicht, verkleinert den Effekt, den er im kritischen Zeitraum nach 2035 noch haben kann. Die Reformkommission, die das Gesundheitsministerium im Herbst einberufen hat, sollte daher nicht nur über Leistungskürzungen und Beitragssätze sprechen, sondern einen konkreten Fondsplan vorlegen.</p>
<p>⟦Wer die Pflege für die nächste Generation sichern will, muss heute mit dem Sparen beginnen.⟧ Alles andere ist eine Rechnung, die man den eigenen Kindern hinterlässt.</p>""",
    kind="opinion", why="analyst argues for a funded care reserve; third person throughout",
))

# ---------------------------------------------------------------- news analysis that weighs both sides and does not conclude
PAGES.append(dict(
    case="de-news-viertagewoche", lang="de", skin="portal", domain="nordkurier-online.example", site="Nordkurier Online",
    url="https://www.nordkurier-online.example/a/781244",
    h1="Vier-Tage-Woche: Was der Modellversuch zeigt – und was nicht",
    deck="Ein Jahr lang haben 41 Betriebe in Norddeutschland die verkürzte Woche getestet. Die Ergebnisse lassen Raum für mehrere Lesarten.",
    authors=["Jonas Petersen"], byline_text="Von Jonas Petersen", ld_authors=["Jonas Petersen"], meta="og",
    pub="2026-03-05T17:45:00+01:00", date="05.03.2026", strip="Donnerstag, 5. März 2026",
    nav=["Nachrichten", "Wirtschaft", "Politik", "Region", "Sport", "Ratgeber"],
    footer_nav=["Impressum", "Datenschutz", "AGB", "Kontakt"],
    cookie="⟪Diese Website nutzt Cookies. Mit der Nutzung stimmen Sie der Verwendung zu.⟫",
    related=["⟪Gewerkschaften fordern Recht auf Arbeitszeitverkürzung⟫", "Handwerk warnt vor Fachkräftemangel", "Was Arbeitnehmer jetzt wissen müssen"],
    most=["⟪Sturmflut: Pegel in Hamburg über sechs Meter⟫", "Neuer Radweg an der B76 freigegeben"],
    footer="⟪© 2026 Nordkurier Online – Alle Rechte vorbehalten⟫",
    body="""<p>⟦Ein Jahr lang haben 41 Unternehmen aus Schleswig-Holstein, Hamburg und Niedersachsen ihren Beschäftigten einen freien Tag pro Woche gegeben⟧ – bei gleichem Lohn. Am Mittwoch hat die Universität Kiel, die den Versuch wissenschaftlich begleitet hat, ihren Abschlussbericht vorgelegt. Befürworter und Gegner der Vier-Tage-Woche sehen sich gleichermaßen bestätigt. Ein Blick in die Zahlen zeigt, warum.</p>
<h2>Was die Befürworter hervorheben</h2>
<p>Die Beschäftigten in den teilnehmenden Betrieben berichteten über weniger Stress und besseren Schlaf. Der Anteil derjenigen, die sich häufig erschöpft fühlten, sank nach den Befragungen der Forscher von 38 auf 24 Prozent. Die krankheitsbedingten Fehltage gingen im Durchschnitt um knapp ein Fünftel zurück. 34 der 41 Unternehmen wollen die verkürzte Woche beibehalten, zumindest für einen Teil der Belegschaft.</p>
<p>⟦„Die Produktivität ist nicht eingebrochen, wie viele befürchtet hatten“, sagte Studienleiterin Miriam Hansen bei der Vorstellung.⟧ In den Betrieben, die Umsatzdaten zur Verfügung stellten, blieb der Umsatz pro Beschäftigtem im Mittel stabil. Gewerkschaften werten das als Beleg, dass kürzere Arbeitszeiten sich selbst tragen können, wenn Abläufe angepasst werden.</p>
<h2>Was die Skeptiker einwenden</h2>
<p>Kritiker verweisen auf die Auswahl der Unternehmen. Die Teilnahme war freiwillig, und unter den 41 Betrieben waren überdurchschnittlich viele Softwarefirmen, Agenturen und Beratungen – Branchen, in denen sich Arbeit leichter verdichten lässt als in der Pflege, im Einzelhandel oder am Fließband. Nur zwei Betriebe aus dem produzierenden Gewerbe nahmen teil. Einer davon ist vorzeitig ausgestiegen.</p>
<p>Auch die Befragungsergebnisse seien mit Vorsicht zu lesen, sagt der Arbeitsmarktforscher Henrik Lüders vom Institut für Wirtschaftsforschung in Hamburg. ⟦Wer an einem Modellversuch teilnimmt, von dem er profitiert, habe ein Interesse an dessen Erfolg.⟧ Zudem fehle eine echte Vergleichsgruppe. „Wir wissen nicht, wie sich Stress und Krankenstand in ähnlichen Betrieben ohne Arbeitszeitverkürzung entwickelt hätten“, sagte Lüders. Die Forscher räumen diese Grenze in ihrem Bericht selbst ein.</p>
<p>Hansen hält dem entgegen, dass ein Teil der Betriebe während des Versuchs eigene Vergleichsdaten aus den Vorjahren geliefert habe. In diesen Betrieben sei der Rückgang der Fehltage ähnlich deutlich ausgefallen. Ob das als Beleg reicht, ist unter Fachleuten umstritten. Ein unabhängiges Gutachten, das der Landtag in Auftrag gegeben hat, soll im Herbst vorliegen.</p>
<p>Der Unternehmensverband Nord weist außerdem darauf hin, dass der Versuch in eine Phase schwacher Konjunktur fiel, in der viele Betriebe ohnehin weniger Aufträge hatten. Ob die Produktivität bei voller Auslastung ebenso stabil geblieben wäre, lasse sich aus den Daten nicht ablesen.</p>
<h2>Offene Fragen</h2>
<p>Unklar bleibt auch, wie sich die Vier-Tage-Woche auf den Fachkräftemangel auswirkt. Einige Unternehmen berichteten, dass sie seit Beginn des Versuchs deutlich mehr Bewerbungen erhielten. Das könnte ein Vorteil im Wettbewerb um Arbeitskräfte sein – solange nur wenige Betriebe das Modell anbieten. Würde die verkürzte Woche zur Regel, fiele dieser Effekt weg, während die Zahl der insgesamt geleisteten Arbeitsstunden sinken könnte.</p>
<p>Die Landesregierung in Kiel, die den Versuch mit 1,2 Millionen Euro gefördert hat, will den Bericht nun auswerten. Wirtschaftsminister Claus Reimers sagte, er sehe „interessante Hinweise, aber keinen Auftrag für ein Gesetz“. ⟦Die Gewerkschaft Verdi forderte dagegen, die Förderung auf weitere Branchen auszudehnen.⟧</p>
<p>Ein zweiter, größerer Versuch mit mehr Industrie- und Pflegebetrieben ist nach Angaben der Universität in Planung. ⟦Erste Ergebnisse werden frühestens im Sommer 2027 erwartet.⟧</p>""",
    kind="news", sure=False, why="neutral analysis weighs both sides; could read as commentary",
))

# ---------------------------------------------------------------- letter to the editor: no "letters" label, name and town after the text
PAGES.append(dict(
    case="nl-opinion-lezersbrief", lang="nl", skin="portal", domain="ijsselbode.example", site="De IJsselbode",
    url="https://www.ijsselbode.example/2026/03/09/laat-de-bibliotheek-in-het-dorp",
    h1="Laat de bibliotheek in het dorp",
    authors=["Anneke Visser"], byline_text="Anneke Visser, Olst", signature="Anneke Visser, Olst", meta="min",
    pub="2026-03-09T08:00:00+01:00", date="9 maart 2026", strip="maandag 9 maart 2026",
    nav=["Nieuws", "Regio", "Sport", "Cultuur", "Wonen", "Service"],
    footer_nav=["Colofon", "Privacy", "Contact", "Adverteren"],
    cookie="⟪Wij gebruiken cookies om onze website goed te laten werken.⟫",
    related=["⟪Gemeente Olst-Wijhe wil bibliotheek verhuizen naar MFA⟫", "Inloopavond over centrumplan trekt tweehonderd bezoekers"],
    most=["⟪Veerpont bij Welsum weer in de vaart⟫", "Nieuwe eigenaar voor bakkerij aan de Rijksstraatweg", "Boeren protesteren bij provinciehuis"],
    footer="⟪© 2026 De IJsselbode. Alle rechten voorbehouden.⟫",
    body="""<p>⟦Met verbazing en ook met enige boosheid las ik zaterdag uw bericht⟧ dat de gemeente de bibliotheek in Olst wil onderbrengen in het nieuwe multifunctionele centrum aan de rand van het dorp. In het artikel werd de wethouder geciteerd, die sprak van „een logische stap” en „betere voorzieningen onder één dak”. Ik wil graag uitleggen waarom veel inwoners daar anders over denken, en waarom ik vind dat de gemeenteraad dit plan niet moet steunen.</p>
<p>Ik kom al ruim veertig jaar in de bibliotheek aan de Stationsstraat. Eerst met mijn eigen kinderen, later met mijn kleinkinderen, en tegenwoordig op dinsdagochtend voor de leesclub. ⟦De bibliotheek is voor veel mensen in Olst veel meer dan een plek om boeken te lenen.⟧ Het is de plek waar ouderen hulp krijgen bij het invullen van formulieren van de belastingdienst, waar scholieren na school huiswerk maken, waar nieuwkomers Nederlands oefenen met vrijwilligers. Dat werkt juist omdat het gebouw midden in het dorp staat, naast de supermarkt en tegenover de bushalte.</p>
<p>Het nieuwe centrum ligt op anderhalve kilometer van de kern, naast de sporthal. Voor wie jong is en een fiets heeft, is dat geen afstand. Maar voor de mensen die de bibliotheek het hardst nodig hebben, is het dat wel. Mijn buurvrouw van 86 loopt met een rollator. Zij gaat nu twee keer per week naar de bibliotheek om de krant te lezen en een praatje te maken. Ze heeft mij al gezegd dat ze dat straks niet meer gaat doen. Een buurtbus die twee keer per dag rijdt, zoals de wethouder voorstelt, verandert daar weinig aan.</p>
<p>Ik begrijp best dat de gemeente moet bezuinigen, en ik begrijp ook dat een oud gebouw onderhoud kost. Maar in de stukken die op de website van de gemeente staan, heb ik nergens een berekening gevonden waaruit blijkt dat de verhuizing goedkoper is. Er wordt gesproken van „synergie” en „efficiënter ruimtegebruik”. Dat zijn woorden, geen cijfers. ⟦Als de besparing zo groot is, laat de gemeente die dan eerlijk op tafel leggen.⟧</p>
<p>Bovendien vraag ik mij af wat er met het huidige gebouw gebeurt. In uw artikel stond dat de gemeente het wil verkopen. Ik vrees dat we over een paar jaar weer een leeg pand in het centrum hebben, of dat er appartementen komen die niemand uit het dorp kan betalen. Het centrum van Olst heeft de afgelopen jaren al een bank, een postkantoor en een schoenenwinkel verloren. Elke voorziening die verdwijnt, maakt het dorp een beetje stiller.</p>
<p>Er is een alternatief. Een groep inwoners, waar ik ook bij hoor, heeft voorgesteld het gebouw aan de Stationsstraat te delen met het consultatiebureau en de wijkverpleging, die nu elders huur betalen. Dan blijft de bibliotheek waar hij hoort en deelt de gemeente toch de kosten. We hebben dat voorstel in januari aan de wethouder gestuurd. Een inhoudelijk antwoord hebben we nog niet gekregen.</p>
<p>⟦Ik roep de leden van de gemeenteraad op om de inwoners zelf te vragen wat zij willen⟧ voordat zij op 24 maart een besluit nemen. Kom op een dinsdagochtend langs in de bibliotheek. Praat met de mensen van de leesclub, met de vrijwilligers van het taalcafé, met de moeders die met hun kinderen in de jeugdhoek zitten. Dan zult u zien dat dit geen kwestie van vierkante meters is.</p>
<p>⟦Een dorp zonder bibliotheek in het hart is een armer dorp.⟧ Ik hoop dat de raad dat begrijpt.</p>""",
    kind="opinion", why="reader’s letter arguing against relocation; no letters label on page",
))

# ---------------------------------------------------------------- travel guide written as an article
PAGES.append(dict(
    case="nl-other-weekendmaastricht", lang="nl", skin="blog", domain="reislustmagazine.example", site="Reislust Magazine",
    tagline="Dichtbij en ver weg",
    url="https://reislustmagazine.example/2026/02/12/een-weekend-maastricht",
    h1="Een weekend Maastricht: wandelen, eten en slapen in de zuidelijkste stad",
    authors=["Lotte Brinkman"], byline_text="door Lotte Brinkman", ld_authors=["Lotte Brinkman"], meta="full",
    pub="2026-02-12T10:00:00+01:00", date="12 februari 2026",
    nav=["Nederland", "Europa", "Verre reizen", "Stedentrips", "Tips"],
    footer_nav=["Over ons", "Adverteren", "Privacy", "Contact"],
    cookie="⟪Reislust gebruikt cookies voor statistieken en advertenties.⟫",
    caption="⟪De Sint-Servaasbrug in de ochtend.⟫",
    related=["⟪Drie dagen Luik voor wie van markten houdt⟫", "Fietsen door het Heuvelland: vijf routes", "Aken in één dag"],
    most=["⟪De mooiste waddenwandelingen⟫", "Goedkoop met de trein naar Parijs"],
    footer="⟪© 2026 Reislust Media B.V.⟫",
    body="""<p>⟦Maastricht voelt anders dan de rest van Nederland,⟧ en dat merk je al zodra je uit de trein stapt. Er zijn heuvels, de huizen zijn van mergel en baksteen, en op de terrassen wordt eerder om een glas wijn dan om een biertje gevraagd. Een weekend is genoeg om de stad te leren kennen. In deze gids lees je waar je het best kunt beginnen, wat je niet moet missen en waar je goed eet en slaapt.</p>
<h2>Aankomen en rondkomen</h2>
<p>Het station ligt aan de oostkant van de Maas, in de wijk Wyck. Vanaf daar loop je in tien minuten naar het centrum, over de Sint-Servaasbrug. Een auto heb je in de stad niet nodig; parkeren is duur en de binnenstad is klein. Wie met de auto komt, kan hem het best kwijt op een van de P+R-terreinen aan de rand, met een bus naar het centrum.</p>
<h2>Zaterdagochtend: de oude stad</h2>
<p>Begin op het Vrijthof, het grote plein met de Sint-Servaasbasiliek en de rode Sint-Janskerk. ⟦De toren van de Sint-Jan kun je tussen april en oktober beklimmen;⟧ het uitzicht over de daken is de moeite waard. Loop daarna via de smalle straatjes naar het Onze Lieve Vrouweplein, een rustig plein met platanen en terrassen. Hier zit je goed voor een koffie met een stuk Limburgse vlaai.</p>
<p>Vanaf het plein is het een paar minuten naar de oude stadsmuur en de Helpoort, de oudste bewaarde stadspoort van Nederland. Langs de muur loopt een wandelpad met uitzicht op het Jekerkwartier, de buurt waar vroeger de leerlooierijen en watermolens stonden en waar nu kunstacademies en kleine galeries zitten.</p>
<h2>Zaterdagmiddag: onder de grond</h2>
<p>Onder de Sint-Pietersberg, aan de zuidkant van de stad, ligt een netwerk van honderden kilometers gangen die in de loop van de eeuwen in de mergel zijn uitgehakt. Je kunt ze alleen bezoeken met een gids. Rondleidingen vertrekken bij Fort Sint Pieter en duren ongeveer een uur. ⟦Neem een trui mee: het is er het hele jaar door ongeveer tien graden.⟧ Reserveren is in het weekend sterk aan te raden.</p>
<h2>Eten</h2>
<p>Maastricht heeft veel restaurants met een Michelinster, maar je hoeft niet veel uit te geven om goed te eten. Op de markt op vrijdag en zaterdag vind je kraampjes met warme vis en Limburgse worst. In Wyck zitten aan de Rechtstraat kleine bistro’s waar je voor een redelijke prijs een driegangenmenu krijgt. Probeer zeker het zuurvlees, een zoetzure stoofschotel die vaak met frieten wordt geserveerd. Voor een borrel is het café met de kleinste gevel van de stad, vlak bij het Vrijthof, een bekende plek; het is er altijd vol, dus ga vroeg.</p>
<h2>Slapen</h2>
<p>Er zijn hotels in elke prijsklasse. Wie iets bijzonders zoekt, kan overnachten in een voormalig klooster aan de rand van het centrum, waar de kamers in de oude cellen zijn gebouwd. Goedkoper zijn de kleine hotels in Wyck, dicht bij het station. ⟦Boek ruim van tevoren als je tijdens carnaval of de kunstbeurs in maart wilt gaan;⟧ dan zit de stad vol en stijgen de prijzen flink.</p>
<h2>Zondag: de heuvels in</h2>
<p>Gebruik de zondag om de stad uit te gaan. Met de bus ben je in twintig minuten in het Heuvelland, waar wandelroutes langs wijngaarden en vakwerkhuizen lopen. Wie liever fietst, kan bij het station een fiets huren en langs de Maas naar het Belgische Kanne rijden, ongeveer acht kilometer heen. ⟦Terug in de stad is een laatste wandeling langs de Maas bij zonsondergang een mooi einde van het weekend.⟧</p>""",
    kind="other", why="travel guide with itinerary, food and hotel tips",
))

# ---------------------------------------------------------------- court report with the judge's reasoning quoted
PAGES.append(dict(
    case="pl-news-wyrokwojt", lang="pl", skin="portal", domain="gazetapomorska24.example", site="Gazeta Pomorska 24",
    url="https://gazetapomorska24.example/a/552017",
    h1="Były wójt Lipnicy skazany. Sąd: „Urząd to nie prywatny folwark”",
    authors=["Magdalena Kwiatkowska"], byline_text="Magdalena Kwiatkowska", ld_authors=["Magdalena Kwiatkowska"], meta="full",
    pub="2026-03-12T15:20:00+01:00", date="12 marca 2026, 15:20", strip="czwartek, 12 marca 2026",
    nav=["Wiadomości", "Region", "Sport", "Biznes", "Kultura", "Motoryzacja"],
    footer_nav=["Regulamin", "Polityka prywatności", "Kontakt", "Reklama"],
    cookie="⟪Korzystamy z plików cookies, aby zapewnić prawidłowe działanie serwisu.⟫",
    related=["⟪Prokuratura oskarża byłego wójta. Chodzi o przetargi na drogi⟫", "Nowy wójt Lipnicy zaprzysiężony", "Radni żądają audytu w gminie"],
    most=["⟪Remont obwodnicy Bytowa opóźniony o pół roku⟫", "Pożar hali w Słupsku. Straty w milionach"],
    footer="⟪© 2026 Gazeta Pomorska 24. Wszelkie prawa zastrzeżone.⟫",
    body="""<p>⟦Sąd Okręgowy w Słupsku skazał w czwartek byłego wójta gminy Lipnica Andrzeja M.⟧ na dwa lata pozbawienia wolności w zawieszeniu na cztery lata za przekroczenie uprawnień i poświadczenie nieprawdy w dokumentach. Sąd orzekł też wobec niego pięcioletni zakaz zajmowania stanowisk w administracji samorządowej oraz grzywnę w wysokości 40 tysięcy złotych. Wyrok jest nieprawomocny.</p>
<p>Według aktu oskarżenia w latach 2021–2023 wójt doprowadził do tego, że trzy przetargi na remonty dróg gminnych wygrała firma należąca do męża jego siostrzenicy. Prokuratura ustaliła, że wykonawca znał wcześniej szczegóły kosztorysów, a w jednym przypadku protokół odbioru robót podpisano, zanim prace zostały zakończone. Gmina straciła, według biegłego, co najmniej 610 tysięcy złotych.</p>
<p>Oskarżony nie przyznał się do winy. W ostatnim słowie, wygłoszonym przed tygodniem, przekonywał, że „działał w interesie mieszkańców, którzy czekali na drogi od dwudziestu lat”. Twierdził, że nie wiedział o powiązaniach rodzinnych wykonawcy, a dokumenty podpisywał na podstawie informacji od pracowników urzędu.</p>
<p>Sąd nie dał wiary tym wyjaśnieniom. ⟦– Urząd gminy to nie jest prywatny folwark, w którym wójt rozdaje zlecenia swoim bliskim⟧ – mówiła w uzasadnieniu sędzia Elżbieta Nowicka. – Oskarżony wiedział, kto stoi za firmą. Świadczą o tym wiadomości, które wymieniał z jej właścicielem, i rozmowy, które potwierdzili świadkowie. To nie była pomyłka urzędnika. To był mechanizm.</p>
<p>Sędzia podkreśliła, że przy wymiarze kary sąd wziął pod uwagę dotychczasową niekaralność oskarżonego oraz to, że część pieniędzy została już zwrócona. – Sąd nie ma wątpliwości, że czyn jest poważny, bo uderza w zaufanie obywateli do samorządu. Jednocześnie kara ma być sprawiedliwa, a nie odwetowa – mówiła. ⟦Uzasadniając zakaz zajmowania stanowisk, dodała, że „kto raz potraktował władzę jak własność, nie powinien jej szybko odzyskać”.⟧</p>
<p>Na ławie oskarżonych zasiadł również właściciel firmy budowlanej, Tomasz K. Usłyszał wyrok roku i sześciu miesięcy pozbawienia wolności w zawieszeniu oraz obowiązek naprawienia szkody. Jego obrońca zapowiedział apelację. – Mój klient wykonał drogi, które służą mieszkańcom do dzisiaj. Trudno mówić o szkodzie, skoro gmina otrzymała to, za co zapłaciła – powiedział dziennikarzom po ogłoszeniu wyroku mecenas Paweł Zieliński.</p>
<p>Proces trwał ponad rok. Sąd przesłuchał w nim blisko czterdziestu świadków, w tym pracowników urzędu gminy, radnych i kierowników robót. Kluczowe okazały się zeznania byłej skarbniczki gminy, która opowiedziała, jak w 2022 roku była naciskana, by podpisać protokół odbioru drogi w Gostkowie, choć – jak mówiła – na odcinku wciąż brakowało poboczy i odwodnienia. Obrona przekonywała, że skarbniczka była skonfliktowana z wójtem, ale sąd uznał jej relację za spójną i potwierdzoną dokumentami.</p>
<p>Prokuratura domagała się dla byłego wójta kary trzech lat bezwzględnego więzienia. Prokurator Krzysztof Lewandowski powiedział, że zapozna się z pisemnym uzasadnieniem i wtedy zdecyduje o apelacji. – Wyrok skazujący jest dla nas najważniejszy. Co do wymiaru kary, będziemy go analizować – zaznaczył.</p>
<p>Na sali obecnych było kilkunastu mieszkańców gminy. Część z nich przyjechała, jak mówili, „zobaczyć sprawiedliwość na własne oczy”. Inni przyszli wesprzeć byłego wójta, który rządził Lipnicą przez trzy kadencje. ⟦Po ogłoszeniu wyroku Andrzej M. nie chciał rozmawiać z dziennikarzami.⟧ Jego obrońca, mecenas Anna Wróbel, zapowiedziała, że złoży apelację, gdy tylko otrzyma uzasadnienie na piśmie.</p>
<p>Sprawa wyszła na jaw w 2023 roku po kontroli Regionalnej Izby Obrachunkowej, którą zlecili radni opozycyjni. ⟦Andrzej M. nie startował w wyborach samorządowych w 2024 roku.⟧</p>""",
    kind="news", why="court report; the judge’s condemnation is quoted reasoning",
))
