"""Q&A interview (fr), op-ed with a bio line (en), correction and update notes (de), data table with footnotes (nl)."""

PAGES = []

# ---------------------------------------------------------------- interview in Q&A form (news), bold questions
PAGES.append(dict(
    case="fr-news-interview-abeilles", lang="fr", skin="interview_fr", domain="echodesvallons.example", site="L’Écho des Vallons",
    url="https://www.echodesvallons.example/environnement/maelle-garnier-apicultrice-un-printemps-trop-precoce-epuise-les-colonies-4412",
    h1="Maëlle Garnier, apicultrice : « Un printemps trop précoce épuise les colonies »",
    deck="Installée à Saint-Rémy-des-Prés, l’apicultrice s’inquiète des effets d’un hiver trop doux sur ses 220 ruches.",
    kicker="Entretien", authors=["Thomas Lefort"], byline_text="Propos recueillis par Thomas Lefort", ld_authors=["Thomas Lefort"],
    pub="2026-03-04T17:05:00+01:00", date="Publié le 4 mars 2026 à 17h05",
    caption="⟪Maëlle Garnier inspecte une ruche dans son rucher de Saint-Rémy-des-Prés. Photo Thomas Lefort⟫",
    tags=["apiculture", "climat", "agriculture"],
    nav=["Actualité", "Environnement", "Agriculture", "Sports", "Loisirs"],
    newsletter="⟪Chaque vendredi, l’essentiel de la semaine dans les Vallons.⟫",
    most_read=["⟪Foire de printemps : le programme complet⟫", "Rugby : Saint-Rémy s’impose dans le derby", "Les travaux de la RD 12 repoussés à l’été"],
    footer="⟪© L’Écho des Vallons 2026 – Reproduction interdite⟫",
    body="""<p class="intro">⟦Installée depuis quinze ans à Saint-Rémy-des-Prés, Maëlle Garnier gère 220 ruches.⟧ Après l’un des hivers les plus doux jamais mesurés dans la région, elle observe des colonies déréglées.</p>
<p><strong>⟦Cet hiver a été particulièrement doux. Qu’est-ce que cela change pour vos abeilles ?⟧</strong></p>
<p>Beaucoup de choses. Normalement, en janvier, la colonie forme une grappe serrée autour de la reine et vit sur ses réserves. Cette année, dès la mi-janvier, les abeilles sortaient par 15 degrés. Elles dépensent de l’énergie à chercher des fleurs qui n’existent pas encore, et la reine se remet à pondre trop tôt.</p>
<p><strong>Pourquoi une ponte précoce est-elle un problème ?</strong></p>
<p>⟦Parce qu’il faut nourrir les larves, et qu’à cette saison il n’y a presque rien à butiner.⟧ La colonie consomme son miel beaucoup plus vite. Si un coup de froid arrive en mars, comme c’est souvent le cas, elle peut mourir de faim avec des cadres pleins de couvain. J’ai dû nourrir au sirop une ruche sur trois depuis février, ce que je ne faisais jamais avant.</p>
<div class="encadre-lire-aussi"><span>Lire aussi</span> <a href="/agriculture/les-vergers-en-fleurs-trois-semaines-en-avance-4398">⟪Les vergers en fleurs trois semaines en avance⟫</a></div>
<p><strong>Avez-vous déjà constaté des pertes ?</strong></p>
<p>Pour l’instant, j’ai perdu environ 12 % de mes colonies, ce qui reste dans la moyenne. Mais les collègues plus haut dans la vallée, où les gelées tardives sont plus fréquentes, sont plus inquiets. Certains parlent de 30 % de pertes l’an dernier.</p>
<p><strong>Que peuvent faire les apiculteurs ?</strong></p>
<p>Surveiller davantage, peser les ruches, intervenir plus tôt. Je plante aussi des haies de noisetiers et de saules autour du rucher : ce sont les premières floraisons de l’année. ⟦Mais nous ne pourrons pas compenser seuls un climat qui change aussi vite.⟧</p>
<p><strong>Qu’attendez-vous des pouvoirs publics ?</strong></p>
<p>Que l’on arrête de traiter les apiculteurs comme une curiosité. Il faudrait un suivi sérieux des pertes, département par département, et des aides pour replanter des haies. ⟦Les abeilles sont un bon thermomètre : quand elles vont mal, c’est tout le paysage qui va mal.⟧</p>""",
    exclude=["div.encadre-lire-aussi"],
    kind="news", why="Q&A interview with a beekeeper about a mild winter",
))

# ---------------------------------------------------------------- op-ed ending with the author's bio in italics inside the body
PAGES.append(dict(
    case="en-opinion-bio-repair", lang="en", skin="oped_en", domain="prairietribune.example", site="The Prairie Tribune",
    url="https://www.prairietribune.example/opinion/guest-essays/2026/03/02/our-schools-should-teach-every-student-to-fix-things/",
    h1="Our schools should teach every student to fix things",
    deck="Shop class has nearly vanished. A semester of practical repair would make students more capable and less wasteful.",
    label="Guest essay", authors=["Helen Achterberg"], byline_text="By Helen Achterberg", ld_authors=["Helen Achterberg"],
    ld_type="OpinionNewsArticle", ld_section="Opinion", meta_section="Opinion",
    pub="2026-03-02T05:00:00-06:00", date="March 2, 2026",
    caption="⟪Volunteers at the Eastgate Repair Café sort donated tools.⟫ Photo by Sam Kowalski for The Prairie Tribune",
    nav=["News", "Politics", "Opinion", "Sports", "Business", "Life"],
    letters="⟪Have an opinion on this issue? Write a letter to the editor.⟫",
    more=["⟪Editorial: The county jail needs oversight, not another study⟫", "⟪Letters: Readers on snow plowing, school start times and the new stadium⟫", "The farm bill is a lifeline. Congress keeps fraying it."],
    footer="© 2026 The Prairie Tribune. All rights reserved. Terms of service · Privacy",
    body="""<p>⟦Every Saturday morning, in the basement of a church on Eastgate Avenue, I watch people carry in broken things.⟧ A toaster that stopped heating. A lamp with a frayed cord. A child’s bicycle with a chain that keeps slipping. About two-thirds of what comes through the door of our repair café leaves working again, usually within an hour.</p>
<p>What strikes me most is not the repairs. It is how many visitors, including young adults with college degrees, tell me they had never opened up an appliance, never held a multimeter, never been shown that a machine is something made by people and therefore something people can understand.</p>
<p>⟦That gap is a choice our schools have made, and it is time to unmake it.⟧ Shop classes have been disappearing from our state’s high schools for three decades. Fewer than one in five districts still offers a general technology course to all students, according to the state education department. Where such courses survive, they are usually electives for students already headed into the trades.</p>
<p>I teach mechanical engineering, so I am not arguing against academic study. My best students are often the ones who grew up taking things apart. Repair teaches patience, diagnosis and the habit of asking why something failed rather than simply replacing it. Those are the habits of good engineers, good doctors and good citizens.</p>
<p>⟦There is also a practical case.⟧ Households throw away appliances that could be fixed with a five-dollar part because nobody in the house knows where to start. A basic course in repair — how to read a wiring diagram, how to replace a fuse, a switch or a bearing, how to work safely — would save families money and keep tons of electronics out of landfills.</p>
<p>Such a course would not be expensive. It needs a room, a set of hand tools and a teacher willing to learn alongside the students. Our repair café runs on donated tools and volunteers; a school could do much more with a modest budget.</p>
<p>The legislature is considering a revision of high school graduation requirements this spring. ⟦Lawmakers should add one semester of practical technology for every student,⟧ regardless of the path they plan to take. ⟦A generation that knows how to fix things will be more confident, more resourceful and less wasteful than one that has only learned to replace them.⟧</p>
<p><em>⟪Helen Achterberg is a professor of mechanical engineering at Northfield State University⟫ and a volunteer at the Eastgate Repair Café.</em></p>""",
    exclude=["p^Helen Achterberg is"],
    kind="opinion", why="guest essay arguing schools should teach practical repair",
))

# ---------------------------------------------------------------- news with an appended update and a correction note; "Stand" shows the update time
PAGES.append(dict(
    case="de-news-correction-kita", lang="de", skin="correction_de", domain="oberhainer-anzeiger.example", site="Oberhainer Anzeiger",
    url="https://www.oberhainer-anzeiger.example/lokales/oberhain/kita-gebuehren-steigen-ab-august-um-bis-zu-40-euro-93318842.html",
    h1="Kita-Gebühren in Oberhain steigen ab August um bis zu 40 Euro",
    deck="Der Gemeinderat hat eine neue Gebührensatzung beschlossen. SPD und Grüne stimmten dagegen.",
    kicker="Gemeinderat", authors=["Miriam Vogt"], byline_text="Von Miriam Vogt", ld_authors=["Miriam Vogt"],
    pub="2026-03-12T18:05:00+01:00", mod="2026-03-13T16:40:00+01:00", date_mod="13.03.2026, 16:40 Uhr",
    caption="⟪Die Kita Sonnenblume ist eine von fünf städtischen Einrichtungen in Oberhain.⟫ © Miriam Vogt",
    nav=["Lokales", "Region", "Sport", "Kultur", "Service", "Traueranzeigen"],
    related=["⟪Neues Baugebiet am Mühlberg: Erste Grundstücke vergeben⟫", "⟪Oberhainer Feuerwehr bekommt neues Löschfahrzeug⟫", "Wochenmarkt zieht auf den Rathausplatz"],
    footer="⟪© Oberhainer Anzeiger 2026 · Impressum · Datenschutz · AGB⟫",
    body="""<p>⟦Eltern in Oberhain müssen sich auf höhere Kita-Gebühren einstellen.⟧ Der Gemeinderat hat am Mittwochabend mit 14 zu 9 Stimmen eine neue Gebührensatzung beschlossen, die ab dem 1. August gilt. Für einen Ganztagsplatz für Kinder unter drei Jahren steigen die Beiträge damit von 310 auf 350 Euro im Monat.</p>
<p>Bürgermeister Karl Hessler (CDU) verteidigte die Erhöhung mit gestiegenen Personal- und Energiekosten. „Wir haben die Gebühren vier Jahre lang nicht angepasst. Der Kostendeckungsgrad ist inzwischen auf unter 15 Prozent gesunken“, sagte Hessler in der Sitzung.</p>
<h2>Geschwisterermäßigung bleibt</h2>
<p>Für Kinder über drei Jahren fällt die Erhöhung geringer aus: Ein Ganztagsplatz kostet künftig 245 statt 225 Euro. ⟦Die Ermäßigung für Geschwisterkinder von 50 Prozent bleibt erhalten,⟧ ebenso die Beitragsbefreiung für Familien mit geringem Einkommen.</p>
<p>SPD und Grüne stimmten gegen die Satzung. Sie hatten vorgeschlagen, die Erhöhung auf zwei Schritte zu verteilen. „Für viele Familien sind 40 Euro mehr im Monat kein Pappenstiel“, sagte die SPD-Fraktionsvorsitzende Petra Lindner.</p>
<p>Die Gemeinde betreibt derzeit fünf Kindertagesstätten mit zusammen 410 Plätzen. Auf der Warteliste stehen nach Angaben der Verwaltung aktuell 37 Kinder.</p>
<p class="update"><strong>Aktualisiert am 13. März 2026, 16:40 Uhr:</strong> ⟦Der Gesamtelternbeirat der Oberhainer Kitas hat inzwischen eine Unterschriftensammlung angekündigt.⟧ Die Listen sollen ab Montag in allen Einrichtungen ausliegen.</p>""",
    correction="""<p><em>⟦Korrektur: In einer früheren Version dieses Artikels hieß es, die neuen Gebühren gälten bereits ab Juni.⟧ Richtig ist der 1. August. ⟦Wir haben den Fehler korrigiert.⟧</em></p>""",
    kind="news", why="local news report on childcare fee increase",
))

# ---------------------------------------------------------------- consumer guide with a data table and footnotes in the body
PAGES.append(dict(
    case="nl-other-table-warmtepomp", lang="nl", skin="table_nl", domain="wooncheck.example", site="Wooncheck",
    url="https://www.wooncheck.example/energie/wat-kost-een-warmtepomp-echt-vijf-woningen-doorgerekend",
    h1="Wat kost een warmtepomp echt? Vijf woningen doorgerekend",
    deck="Hybride of volledig elektrisch: wanneer verdien je een warmtepomp terug? Wij rekenden het na.",
    section="Energie besparen", authors=["Pieter Jansen"], byline_text="Pieter Jansen", ld_authors=["Pieter Jansen"],
    pub="2026-02-24T09:00:00+01:00", date="24 februari 2026", reading="6 min leestijd",
    nav=["Energie", "Verbouwen", "Hypotheek", "Huren", "Rekentools"],
    feedback="⟪Was dit artikel nuttig?⟫",
    related=["⟪Isoleren: waar begin je en wat levert het op?⟫", "⟪Zonnepanelen na 2027: nog de moeite waard?⟫", "Subsidie voor je warmtepomp aanvragen in vijf stappen"],
    newsletter="⟪Elke maand de beste bespaartips in je mailbox⟫",
    footer="© 2026 Wooncheck · Onafhankelijk advies over wonen",
    body="""<p>⟦Een warmtepomp bespaart gas, maar of hij zich terugverdient hangt sterk af van het huis waarin hij komt.⟧ Wij rekenden voor vijf veelvoorkomende woningtypes uit wat een hybride warmtepomp kost en oplevert.<sup><a href="#fn1" id="ref1">1</a></sup></p>
<h2>Uitgangspunten</h2>
<p>We gingen uit van een gasprijs van €1,35 per kubieke meter en een stroomprijs van €0,31 per kilowattuur, de gemiddelde variabele tarieven in januari 2026.<sup><a href="#fn2" id="ref2">2</a></sup> De aanschafprijzen zijn inclusief installatie en na aftrek van de landelijke subsidie. Onderhoud is niet meegerekend.</p>
<div class="table-wrap"><table class="data-table"><caption>Kosten en besparing per woningtype (hybride warmtepomp)</caption>
<thead><tr><th>Woningtype</th><th>Aanschaf na subsidie</th><th>Besparing per jaar</th><th>Terugverdientijd</th></tr></thead>
<tbody>
<tr><td>⟦Tussenwoning uit 1975, deels geïsoleerd⟧</td><td>€ 2.900</td><td>€ 410</td><td>7 jaar</td></tr>
<tr><td>Hoekwoning uit 1985</td><td>€ 3.100</td><td>€ 460</td><td>7 jaar</td></tr>
<tr><td>Twee-onder-een-kapwoning uit 1965</td><td>€ 3.400</td><td>€ 620</td><td>5,5 jaar</td></tr>
<tr><td>Vrijstaande woning uit 1930, slecht geïsoleerd</td><td>€ 3.800</td><td>€ 540</td><td>7 jaar<sup><a href="#fn3" id="ref3">3</a></sup></td></tr>
<tr><td>Appartement uit 2005</td><td>€ 2.600</td><td>€ 190</td><td>14 jaar</td></tr>
</tbody></table></div>
<p>Opvallend is dat het appartement het slechtst scoort. ⟦Nieuwere woningen verbruiken al weinig gas, waardoor er simpelweg minder te besparen valt.⟧ Voor zulke woningen is een warmtepomp vooral interessant als de cv-ketel toch aan vervanging toe is.</p>
<div class="cta-tool"><p>⟪Bereken zelf je besparing met de Wooncheck-rekentool⟫</p><a class="button" href="/rekentools/warmtepomp">Start de rekentool</a></div>
<h2>Volledig elektrisch</h2>
<p>Een volledig elektrische warmtepomp kost na subsidie al snel €8.000 tot €12.000. In goed geïsoleerde woningen kan die binnen tien tot twaalf jaar worden terugverdiend. In de vrijstaande woning uit 1930 raden we hem zonder extra isolatie af: de pomp zou te groot moeten zijn en het huis wordt in strenge winters niet warm genoeg.</p>
<h2>Ons advies</h2>
<p>Begin bij isolatie. Elke euro die in spouwmuur-, dak- of vloerisolatie gaat, verkort de terugverdientijd van een warmtepomp. ⟦Laat daarna altijd een warmteverliesberekening maken voordat je een offerte tekent.⟧</p>
<ol class="footnotes">
<li id="fn1">Berekend met het gemiddelde gasverbruik per woningtype uit het landelijke woononderzoek van 2024. <a href="#ref1">↩</a></li>
<li id="fn2">Vaste leveringskosten en netbeheerkosten zijn niet meegenomen. <a href="#ref2">↩</a></li>
<li id="fn3">⟦Bij deze woning is de terugverdientijd alleen haalbaar als eerst de vloer wordt geïsoleerd.⟧ <a href="#ref3">↩</a></li>
</ol>""",
    exclude=["div.cta-tool"],
    kind="other", why="consumer guide calculating heat pump costs with a table",
))
