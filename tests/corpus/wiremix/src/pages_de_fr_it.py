"""German, French and Italian pages: a dpa story with "Von …, dpa" and a "Quelle: dpa" line; a local reporter plus
dpa ("Von … und dpa") with "Mit Material von dpa und AFP"; a dpa-tmn travel piece; an AFP story under "La
rédaction avec AFP"; a tribune signed by three people and published in several regional papers (canonical to the
first); an ANSA story under "Redazione ANSA" with the ANSA copyright line; a Project Syndicate essay in Italian
with a translator's credit."""

PAGES = []

DE_NAV = ["Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Meinung", "Ratgeber"]

# ---------------------------------------------------------------- "Von …, dpa", dateline BERLIN (dpa) –, "Quelle: dpa" below the text
PAGES.append(dict(
    case="de-news-dpafunkloch", lang="de", skin="regional", domain="weserbote.example", site="Weser-Bote",
    url="https://www.weserbote.example/politik/funkloecher-an-autobahnen-fast-geschlossen-art-1184402",
    h1="Funklöcher an Autobahnen fast geschlossen",
    deck="Die Bundesnetzagentur zieht eine positive Bilanz. Auf Landstraßen und an Bahnstrecken bleibt der Empfang oft schlecht.",
    kicker="Digitales", authors=["Jonas Erlbach"], byline_html="⟪Von Jonas Erlbach, dpa⟫", byline_text="Von Jonas Erlbach, dpa",
    ld_authors=["org:dpa"], ld_type="NewsArticle",
    pub="2026-03-04T11:20:00+01:00", mod="2026-03-04T13:45:00+01:00",
    date="04.03.2026, 11:20 Uhr", updated="Aktualisiert: 04.03.2026, 13:45 Uhr",
    source_line="⟪Quelle: dpa⟫",
    caption="⟪Ein Funkmast an der A7 bei Hannover.⟫ Foto: Jan Kessler/dpa",
    nav=DE_NAV, footer_nav=["Impressum", "Datenschutz", "Kontakt", "Abo", "Mediadaten"],
    side=[("Meistgelesen", ["⟪Weserbrücke in Hameln ab Montag voll gesperrt⟫", "Neue Kita in Rinteln eröffnet", "Feuerwehr rückt zu Scheunenbrand aus"])],
    cookie="Wir nutzen Cookies, um unsere Website für Sie optimal zu gestalten.",
    related=["⟪5G-Ausbau: Diese Orte im Landkreis bekommen neue Masten⟫", "Telefonieren im Zug: Was die Bahn verspricht"],
    footer="© Weser-Bote 2026",
    body="""<p>BERLIN (dpa) – ⟦Wer auf deutschen Autobahnen unterwegs ist, kann inzwischen fast überall mobil telefonieren und surfen.⟧ Nach Angaben der Bundesnetzagentur sind 99,2 Prozent der Autobahnkilometer mit einer Datenrate von mindestens 100 Megabit pro Sekunde versorgt. Das geht aus einem Bericht hervor, den die Behörde am Mittwoch in Bonn veröffentlichte.</p>
<p>Vor drei Jahren lag der Wert noch bei knapp 94 Prozent. Die Netzbetreiber hatten sich bei der Versteigerung der Frequenzen im Jahr 2019 verpflichtet, alle Autobahnen bis Ende 2024 gut zu versorgen, diese Frist aber zum Teil verfehlt. ⟦„Die Lücken an den Autobahnen sind fast vollständig geschlossen“, sagte Behördenpräsident Klaus Rathmann.⟧</p>
<p>Deutlich schlechter sieht es abseits der großen Straßen aus. An Bundesstraßen erreichen die Anbieter die geforderten Werte nur auf 91 Prozent der Strecke, an Landes- und Staatsstraßen auf gut 85 Prozent. Besonders in dünn besiedelten Regionen in Brandenburg, Mecklenburg-Vorpommern und im Bayerischen Wald gibt es weiterhin längere Abschnitte ohne stabiles Netz.</p>
<p>Auch Bahnreisende klagen regelmäßig über abbrechende Verbindungen. ⟦Entlang der wichtigsten Bahnstrecken ist die Versorgung laut Bericht zwar besser geworden⟧, doch in vielen Zügen verhindern die Fenster aus Metallglas einen guten Empfang. Die Deutsche Bahn rüstet nach eigenen Angaben derzeit rund 400 Fernzüge mit durchlässigeren Scheiben aus.</p>
[[AD]]
<p>Die Bundesnetzagentur misst die Versorgung seit 2020 mit eigenen Messfahrzeugen und wertet zusätzlich Daten aus einer App aus, mit der Nutzerinnen und Nutzer Funklöcher melden können. Nach Angaben der Behörde gingen im vergangenen Jahr mehr als 1,2 Millionen solcher Meldungen ein.</p>
<p>Verbraucherschützer forderten, die Auflagen für die nächste Frequenzvergabe deutlich zu verschärfen. „Wer auf dem Land lebt, darf beim Mobilfunk nicht länger Kunde zweiter Klasse sein“, sagte eine Sprecherin des Verbraucherzentrale Bundesverbands.</p>
<p>Die Netzbetreiber verwiesen auf hohe Kosten und lange Genehmigungsverfahren. ⟦Bis ein neuer Funkmast steht, vergehen nach Branchenangaben im Schnitt fast zwei Jahre.⟧ Oft scheitere der Bau auch am Widerstand von Anwohnern oder an fehlenden Stromanschlüssen.</p>
<p>Das Bundesdigitalministerium kündigte an, die Verfahren vereinfachen zu wollen. Ein entsprechender Gesetzentwurf soll noch vor der Sommerpause ins Kabinett.</p>
<p>⟦Die Bundesnetzagentur will ihre Messungen im Herbst auf Bahnstrecken ausweiten.⟧</p>""",
    kind="news", why="agency report on mobile coverage figures",
))

# ---------------------------------------------------------------- local reporter "und dpa"; "Mit Material von dpa und AFP" at the end
PAGES.append(dict(
    case="de-news-bergundpa", lang="de", skin="regional", domain="moselkurier.example", site="Mosel-Kurier",
    url="https://www.moselkurier.example/region/trier/hochwasser-mosel-schifffahrt-eingestellt_aid-90331725",
    h1="Hochwasser: Schifffahrt auf der Mosel eingestellt",
    deck="Der Pegel in Trier steigt weiter. In Zell und Bernkastel-Kues stehen erste Uferstraßen unter Wasser.",
    kicker="Trier", authors=["Carla Wendt"], byline_html='⟪Von <a href="/autoren/carla-wendt/">Carla Wendt</a> und dpa⟫',
    byline_text="Von Carla Wendt und dpa", ld_authors=["Carla Wendt", "org:dpa"], ld_type="NewsArticle",
    pub="2026-02-26T16:05:00+01:00", mod="2026-02-27T08:30:00+01:00",
    date="26. Februar 2026 um 16:05 Uhr", updated="Aktualisiert 27. Februar 2026 um 08:30 Uhr",
    caption="⟪Am Moselufer in Bernkastel-Kues steht das Wasser bereits auf der Straße.⟫ Foto: Harald Tietz",
    nav=DE_NAV, footer_nav=["Impressum", "Datenschutz", "Kontakt", "Abo", "Mediadaten"],
    side=[("Meistgelesen", ["⟪Porta-Nigra-Platz: Stadtrat stimmt für Umbau⟫", "Mann nach Unfall bei Konz schwer verletzt"]),
          ("Meinung", [("Kommentar", "Der Hochwasserschutz an der Mosel kommt zu langsam voran")], "meinung")],
    cookie="Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
    comments=[("moselaner", "vor 2 Stunden", "⟪Jedes Jahr dasselbe in Zell, und passiert ist seit 2021 nichts.⟫")],
    related=["⟪Hochwasser-Liveblog: Alle Pegelstände im Überblick⟫", "So schützen Sie Ihren Keller vor Wasser"],
    footer="© Mosel-Kurier 2026",
    body="""<p>⟦Wegen des steigenden Hochwassers ist die Schifffahrt auf der Mosel seit Donnerstagmittag eingestellt.⟧ Das Wasserstraßen- und Schifffahrtsamt in Trier sperrte den Fluss zwischen Koblenz und der französischen Grenze für alle Schiffe. Am Pegel Trier wurden am Nachmittag 7,40 Meter gemessen, normal sind dort gut drei Meter.</p>
<p>Nach Angaben des Hochwassermeldedienstes Rheinland-Pfalz dürfte der Höchststand in der Nacht zu Samstag erreicht werden. ⟦Erwartet werden in Trier bis zu 8,30 Meter⟧, weiter flussabwärts in Cochem etwa 8,50 Meter. Grund sind tagelange Regenfälle in Lothringen und im Saarland sowie die Schneeschmelze in den Vogesen.</p>
<p>In Zell und Bernkastel-Kues standen am Donnerstag bereits die ersten Uferstraßen unter Wasser. Die Feuerwehren bauten mobile Schutzwände auf, Anwohner räumten ihre Keller aus. „Wir kennen das, aber man gewöhnt sich nie daran“, sagte ein Winzer in Zell, der seine Fässer in ein höher gelegenes Lager bringen ließ.</p>
<p>⟦Die Stadt Trier sperrte den Moselradweg und mehrere Parkplätze am Ufer.⟧ Auch die Fähren zwischen den Moseldörfern stellten ihren Betrieb ein. Die Landesstraße zwischen Traben-Trarbach und Enkirch soll voraussichtlich ab Freitag gesperrt werden.</p>
[[READ|⟪Hochwasser-Liveblog: Alle Pegelstände im Überblick⟫]]
<p>Die Polizei warnte Schaulustige davor, sich zu nah an das Ufer zu wagen. An mehreren Stellen sei die Uferbefestigung unterspült, hieß es. Auch Spaziergänge auf überfluteten Wegen seien lebensgefährlich, weil die Strömung leicht unterschätzt werde. In Traben-Trarbach richtete die Verbandsgemeinde ein Bürgertelefon ein, bei dem sich Anwohner über Sandsäcke und Hilfsangebote informieren können. Freiwillige Helfer füllten am Donnerstagnachmittag auf dem Bauhof mehrere tausend Sandsäcke.</p>
<p>Auch in Frankreich stieg die Mosel stark an. In der Region um Metz wurden nach Angaben der Behörden mehrere Straßen gesperrt und einzelne Häuser vorsorglich geräumt.</p>
<p>Für die Binnenschiffer bedeutet die Sperrung Verluste. Nach Angaben der Schifffahrtsverwaltung lagen am Donnerstag rund 60 Frachtschiffe in Häfen und an Liegestellen fest. ⟦Die Sperrung könnte bis Mitte kommender Woche dauern.⟧</p>
<p>Der Hochwassermeldedienst rät Anwohnern, die aktuellen Pegelstände im Internet zu verfolgen und Keller rechtzeitig zu räumen.</p>
[[CREDIT|⟪Mit Material von dpa und AFP⟫]]""",
    kind="news", why="regional flood report by a local reporter with agency material",
))

# ---------------------------------------------------------------- dpa-tmn travel piece on a Ratgeber page
PAGES.append(dict(
    case="de-other-tmnaltmuehltal", lang="de", skin="features", domain="reisezeit-magazin.example", site="Reisezeit",
    url="https://www.reisezeit-magazin.example/deutschland/radtour-altmuehltal-tipps/",
    h1="Radeln im Altmühltal: Gemächlich durch den Naturpark",
    deck="Der Altmühltal-Radweg gilt als einer der leichtesten Flussradwege Deutschlands. Tipps für eine Tour im Frühling.",
    kicker="Deutschland", authors=["Lena Vogt"], byline_html="⟪Von Lena Vogt, dpa-tmn⟫", byline_text="Von Lena Vogt, dpa-tmn",
    ld_authors=["Lena Vogt"], ld_type="Article", pub="2026-03-13T06:30:00+01:00", date="13. März 2026",
    caption="⟪Radfahrer am Ufer der Altmühl bei Dollnstein.⟫ Foto: Lena Vogt/dpa-tmn",
    nav=["Deutschland", "Europa", "Fernreisen", "Radreisen", "Städtereisen", "Ratgeber"], footer_nav=["Impressum", "Datenschutz", "Kontakt"],
    side=[("Beliebt", ["⟪Die schönsten Fernwanderwege im Harz⟫", "Mit dem Nachtzug nach Wien: So klappt es", "Camping an der Ostsee: Plätze mit Meerblick"])],
    cookie="Diese Website verwendet Cookies.",
    newsletter="⟪Jeden Donnerstag neue Reiseideen: Jetzt den Newsletter abonnieren.⟫",
    footer="© Reisezeit 2026 – Alle Rechte vorbehalten",
    body="""<p>⟦Kaum Steigungen, viel Landschaft und alle paar Kilometer ein Biergarten⟧: Der Altmühltal-Radweg zwischen Rothenburg ob der Tauber und Kelheim ist für Familien und Gelegenheitsradler wie gemacht. Auf rund 250 Kilometern folgt er dem langsamsten Fluss Bayerns, der sich in engen Schleifen durch das Juragestein windet.</p>
<h2>Die schönsten Abschnitte</h2>
<p>Besonders reizvoll ist der Abschnitt zwischen Treuchtlingen und Kelheim. ⟦Hier ragen weiße Felsen wie die „Zwölf Apostel“ bei Solnhofen über dem Tal auf.⟧ In Eichstätt lohnt ein Abstecher in die barocke Altstadt, bevor es weiter nach Beilngries und Riedenburg geht.</p>
<p>Wer Zeit hat, sollte in Solnhofen das Bürgermeister-Müller-Museum besuchen, das Fossilien aus den berühmten Plattenkalken zeigt. Kinder können in einem nahen Steinbruch selbst nach Versteinerungen klopfen.</p>
[[PHOTO|⟪Die Felsformation „Zwölf Apostel“ bei Solnhofen.⟫ Foto: Lena Vogt/dpa-tmn]]
<h2>Wie viel Zeit einplanen?</h2>
<p>Die meisten Radler teilen die Strecke in fünf bis sechs Etappen auf. ⟦Tagesetappen von 40 bis 50 Kilometern sind auch für wenig Geübte gut machbar.⟧ Der Weg ist fast durchgehend asphaltiert oder gut geschottert und weitgehend frei von Autoverkehr.</p>
<h2>Anreise und Gepäck</h2>
<p>Viele Orte im Tal sind mit der Bahn erreichbar, etwa Gunzenhausen, Treuchtlingen und Eichstätt. Mehrere Anbieter organisieren Gepäcktransport von Unterkunft zu Unterkunft. Im Frühjahr sind Zimmer meist auch kurzfristig zu bekommen, im Sommer sollte man früh buchen.</p>
<h2>Beste Reisezeit</h2>
<p>Ab April blühen die Wacholderheiden an den Hängen, und die Biergärten öffnen. An Wochenenden im Sommer kann es auf dem Radweg voll werden. ⟦Wer es ruhiger mag, fährt unter der Woche oder im September.⟧</p>
<h2>Einkehren unterwegs</h2>
<p>Zu einer Tour im Altmühltal gehört die Brotzeit. In vielen Dörfern gibt es Gasthäuser mit Biergarten, die regionale Spezialitäten wie Altmühltaler Lamm oder Karpfen aus den Weihern der Umgebung anbieten. Wer lieber picknickt, findet entlang des Flusses zahlreiche Rastplätze mit Bänken. Kanufahrer und Radler teilen sich hier oft die Pausenplätze am Ufer. Zwischen Dollnstein und Eichstätt lohnt außerdem ein Halt an einem der kleinen Hofläden, die Käse, Honig und Säfte verkaufen.</p>
<p>Informationen gibt es beim Informationszentrum Naturpark Altmühltal in Eichstätt.</p>
[[CREDIT|⟪(dpa/tmn)⟫]]""",
    kind="other", why="syndicated travel tips for a cycle route",
))

# ---------------------------------------------------------------- AFP under "La rédaction avec AFP"; dateline PARIS, 3 mars (AFP) -
PAGES.append(dict(
    case="fr-news-afporly", lang="fr", skin="portal", domain="lecourrierducentre.example", site="Le Courrier du Centre",
    url="https://www.lecourrierducentre.example/france-monde/greve-des-controleurs-aeriens-un-vol-sur-trois-annule-a-orly-jeudi_1927734",
    h1="Grève des contrôleurs aériens : un vol sur trois annulé à Orly jeudi",
    deck="La DGAC demande aux compagnies de réduire leurs programmes. Le mouvement pourrait durer jusqu’à samedi.",
    kicker="France - Monde", crumbs=["France - Monde", "Transports"], authors=None,
    byline_html="⟪La rédaction avec AFP⟫", byline_text="La rédaction avec AFP", ld_authors=["org:Le Courrier du Centre"],
    pub="2026-03-03T18:42:00+01:00", mod="2026-03-04T07:10:00+01:00",
    date="Publié le 03/03/2026 à 18h42", updated="Mis à jour le 04/03/2026 à 07h10",
    caption="⟪Le tableau des départs à l’aéroport d’Orly, mardi.⟫ Photo AFP / Julien Morel",
    nav=["Région", "France - Monde", "Sports", "Économie", "Loisirs", "Opinions"], footer_nav=["Mentions légales", "Contact", "Publicité", "CGU"],
    side=[("Les plus lus", ["⟪Bourges : la rocade fermée deux nuits pour travaux⟫", "Un nouveau cinéma ouvre à Vierzon", "Foot : Châteauroux arrache le nul"])],
    cookie="Nous utilisons des cookies pour améliorer votre expérience.",
    related=["⟪SNCF : le trafic perturbé ce week-end sur la ligne Paris-Orléans⟫", "Vos droits en cas d’annulation de vol"],
    footer="⟪© Le Courrier du Centre 2026 - Tous droits réservés⟫",
    body="""<p>PARIS, 3 mars (AFP) - ⟦La Direction générale de l’aviation civile (DGAC) a demandé mardi aux compagnies aériennes de réduire d’un tiers leurs vols à Orly jeudi⟧, en raison d’un préavis de grève déposé par plusieurs syndicats de contrôleurs aériens.</p>
<p>La DGAC a également demandé une réduction de 20 % des programmes de vols à Marseille-Provence, Nice et Beauvais. « Des perturbations et des retards sont néanmoins à prévoir sur l’ensemble des aéroports français », a-t-elle précisé dans un communiqué, conseillant aux passagers de vérifier l’état de leur vol avant de se rendre à l’aéroport.</p>
<p>Les syndicats protestent contre un projet de réorganisation des centres de contrôle qui prévoit, selon eux, la fermeture de deux sites en province d’ici 2030. ⟦Ils dénoncent aussi un manque d’effectifs qui oblige les contrôleurs à multiplier les heures supplémentaires.⟧</p>
<p>« Nous ne faisons pas grève de gaieté de cœur, mais la direction refuse d’entendre les alertes que nous lançons depuis deux ans », a déclaré à l’AFP un responsable syndical, qui a souhaité rester anonyme.</p>
[[AD]]
<p>Le ministère des Transports a appelé les syndicats à « reprendre le dialogue » et assuré qu’aucune fermeture n’était décidée. Une réunion est prévue mercredi après-midi avec les représentants du personnel.</p>
<p>⟦Air France a indiqué qu’elle maintiendrait tous ses vols long-courriers⟧, mais qu’une partie de ses vols intérieurs et européens au départ d’Orly serait annulée. Les compagnies à bas coût ont commencé à prévenir leurs clients par SMS.</p>
<p>Le préavis court jusqu’à samedi matin. Selon une source proche du dossier, la DGAC pourrait demander de nouvelles réductions de vols vendredi si le mouvement est reconduit.</p>
<p>En cas d’annulation, les passagers ont droit au remboursement de leur billet ou à un réacheminement, ainsi qu’à une assistance pendant l’attente. ⟦Une indemnisation n’est en revanche pas due en cas de grève du contrôle aérien⟧, considérée comme une circonstance extraordinaire.</p>""",
    kind="news", why="agency report on an air traffic control strike",
))

# ---------------------------------------------------------------- tribune signed by three people, carried by several regional papers; canonical to the first
PAGES.append(dict(
    case="fr-opinion-tribunemedecins", lang="fr", skin="column", domain="depeche-des-alpes.example", site="La Dépêche des Alpes",
    url="https://www.echo-du-massif.example/opinions/tribune-formons-les-medecins-la-ou-ils-manquent_2026-03-16",
    h1="« Formons les médecins là où ils manquent »",
    deck="Trois élus et médecins appellent à ouvrir des facultés de médecine dans les villes moyennes.",
    kicker="Tribune", authors=["Claire Vasseur", "Étienne Mabille", "Nadia Roussel"],
    byline_html="⟪Par Claire Vasseur, Étienne Mabille et Nadia Roussel⟫", byline_text="Par Claire Vasseur, Étienne Mabille et Nadia Roussel",
    ld_authors=["Claire Vasseur", "Étienne Mabille", "Nadia Roussel"], ld_type="OpinionNewsArticle",
    pub="2026-03-16T06:00:00+01:00", date="Publié le 16 mars 2026",
    nav=["Actualité", "Région", "Sports", "Opinions", "Économie", "Loisirs"], footer_nav=["Mentions légales", "Contact", "Publicité"],
    side=[("Les plus lus", ["⟪Gap : le nouveau parking de la gare ouvre lundi⟫", "Ski : une fin de saison prolongée à Serre Chevalier"]),
          ("Opinions", [("Éditorial", "⟪Le désert médical n’est pas une fatalité⟫")], "opinions")],
    cookie="Ce site utilise des cookies pour mesurer l’audience.",
    after="<p>⟪Cette tribune est publiée simultanément dans plusieurs quotidiens régionaux.⟫</p><p>⟪Claire Vasseur est maire de Digne-les-Bains ; Étienne Mabille est médecin généraliste à Briançon ; Nadia Roussel est présidente d’une association de patients.⟫</p>",
    related=["Le nombre de médecins généralistes a baissé de 8 % en dix ans", "Santé : l’ARS présente son plan pour les zones rurales"],
    footer="© La Dépêche des Alpes 2026",
    body="""<p>⟦Dans nos départements, trouver un médecin traitant est devenu une épreuve.⟧ Des milliers de patients, souvent âgés ou atteints de maladies chroniques, n’en ont plus. Les urgences des petits hôpitaux ferment la nuit faute de personnel. Et chaque départ à la retraite d’un généraliste laisse un cabinet vide que personne ne vient reprendre.</p>
<p>On nous répond depuis des années que la fin du numerus clausus va tout régler. Les promotions d’étudiants en médecine augmentent, c’est vrai. Mais ces étudiants sont formés dans les grandes villes universitaires, y font leurs stages, y rencontrent leur conjoint, y construisent leur vie. ⟦Il ne faut pas s’étonner qu’ils y restent.⟧</p>
<p>Nous pensons qu’il faut inverser la logique. Plutôt que de former les médecins loin des territoires qui en manquent, puis d’essayer de les convaincre d’y venir avec des primes, il faut les former sur place.</p>
<p>Concrètement, nous demandons l’ouverture d’antennes de facultés de médecine dans les villes moyennes, adossées aux hôpitaux locaux, dès la deuxième année d’études. ⟦Nous demandons aussi que la moitié des stages d’internat de médecine générale se déroulent hors des métropoles⟧, avec un logement garanti et un accompagnement par des médecins du territoire.</p>
<p>Ces propositions ne relèvent pas de l’utopie. Plusieurs pays européens l’ont fait, et les résultats sont là : les jeunes médecins formés dans une région y restent bien plus souvent que les autres.</p>
<p>Cela a un coût, nous le savons. Mais il est bien inférieur à celui du renoncement aux soins, des diagnostics tardifs et des urgences saturées. ⟦La santé ne peut pas dépendre du code postal.⟧</p>
<p>Il faut enfin reconnaître le rôle des médecins qui accueillent déjà des étudiants dans leurs cabinets, souvent sans reconnaissance ni rémunération suffisante. Ce sont eux qui donnent envie aux jeunes de s’installer. Leur temps doit être payé et leur engagement valorisé.</p>
<p>Nous appelons le gouvernement et les universités à lancer ces antennes dès la rentrée 2027, en commençant par les départements les plus touchés.</p>
<p>⟦Les habitants de nos territoires ne demandent pas de privilège, seulement un médecin.⟧</p>""",
    kind="opinion", why="tribune arguing for medical schools in mid-sized towns",
))

# ---------------------------------------------------------------- ANSA under "Redazione ANSA"; ANSA copyright line in the text column
PAGES.append(dict(
    case="it-news-ansaliguria", lang="it", skin="portal", domain="ilgiornaledelponente.example", site="Il Giornale del Ponente",
    url="https://www.ilgiornaledelponente.example/cronaca/2026/03/05/maltempo-allerta-rossa-in-liguria-scuole-chiuse-a-genova/",
    h1="Maltempo, allerta rossa in Liguria: scuole chiuse a Genova e Savona",
    kicker="Cronaca", crumbs=["Cronaca", "Liguria"], authors=None,
    byline_html="⟪Redazione ANSA⟫", byline_text="Redazione ANSA", ld_authors=["org:ANSA"],
    pub="2026-03-05T12:10:00+01:00", date="05 marzo 2026, 12:10",
    caption="⟪Il torrente Bisagno in piena a Genova.⟫ Foto ANSA/Paolo Ferretti",
    nav=["Cronaca", "Politica", "Economia", "Sport", "Spettacoli", "Opinioni"], footer_nav=["Chi siamo", "Contatti", "Privacy", "Pubblicità"],
    side=[("I più letti", ["⟪Sanremo, nuovo parcheggio al porto dal 1 aprile⟫", "Imperia, chiude lo storico cinema Centrale", "Calcio: la Sanremese vince il derby"])],
    cookie="Questo sito utilizza cookie tecnici e di profilazione.",
    related=["⟪Allerta meteo: cosa fare e cosa non fare⟫", "Frana sulla Aurelia, strada chiusa a Varazze"],
    footer="Il Giornale del Ponente - Tutti i diritti riservati",
    body="""<p>(ANSA) - GENOVA, 05 MAR - ⟦La Protezione civile della Liguria ha dichiarato l’allerta rossa per piogge e temporali⟧ sul centro e sul levante della regione a partire dalla mezzanotte di oggi fino alle 15 di domani. Allerta arancione sul ponente.</p>
<p>Sono attese precipitazioni molto forti, con punte di oltre 300 millimetri in 24 ore nell’entroterra di Genova, e forti raffiche di vento da sud sulla costa. ⟦Il mare sarà agitato, con onde fino a cinque metri.⟧</p>
<p>⟦I sindaci di Genova e Savona hanno disposto la chiusura di tutte le scuole di ogni ordine e grado⟧ per la giornata di domani, così come di parchi, cimiteri e impianti sportivi. Chiusi anche i sottopassi più a rischio e i parcheggi lungo i torrenti Bisagno e Polcevera.</p>
<p>«Chiediamo ai cittadini di limitare gli spostamenti allo stretto necessario e di non sostare vicino ai corsi d’acqua», ha detto l’assessore regionale alla Protezione civile, Marco Venturini, in conferenza stampa. «Le previsioni sono serie e i terreni sono già saturi dopo le piogge delle ultime settimane».</p>
[[AD]]
<p>In serata il Comune di Genova ha attivato il centro operativo comunale, che resterà aperto per tutta la durata dell’allerta. I cittadini che abitano ai piani terra nelle zone a rischio sono stati invitati a spostarsi ai piani superiori e a mettere al sicuro le auto parcheggiate vicino ai torrenti. Numeri utili e aggiornamenti sono pubblicati sui canali ufficiali del Comune.</p>
<p>Ferrovie ha annunciato possibili ritardi e cancellazioni sulle linee Genova-La Spezia e Genova-Milano. Anas ha rafforzato il presidio lungo la statale Aurelia, dove nei giorni scorsi si sono verificate due frane.</p>
<p>Nel porto di Genova sono state sospese le operazioni delle gru più alte a causa del vento, e alcuni traghetti per la Sardegna e la Corsica potrebbero subire ritardi. I Vigili del fuoco hanno rafforzato le squadre in servizio in tutta la regione.</p>
<p>Allerta gialla anche in alcune zone della Toscana, in particolare nella provincia di Massa-Carrara. ⟦La situazione sarà aggiornata con un nuovo bollettino domani mattina.⟧ (ANSA).</p>
[[COPY|⟪RIPRODUZIONE RISERVATA © Copyright ANSA⟫]]""",
    kind="news", why="agency report on a weather red alert",
))

# ---------------------------------------------------------------- Project Syndicate essay in Italian; translator credited (not an author)
PAGES.append(dict(
    case="it-opinion-psacqua", lang="it", skin="column", domain="corrieredellevalli.example", site="Corriere delle Valli",
    url="https://www.corrieredellevalli.example/opinioni/2026/03/18/l-acqua-non-e-gratis-e-dovremmo-smettere-di-fingere-il-contrario/",
    h1="L’acqua non è gratis, e dovremmo smettere di fingere il contrario",
    kicker="Opinioni", authors=["Ingrid Halvorsen"],
    byline_html="⟪di Ingrid Halvorsen⟫", byline_text="di Ingrid Halvorsen",
    ld_authors=["Ingrid Halvorsen"], ld_type="OpinionNewsArticle",
    pub="2026-03-18T07:00:00+01:00", date="18 marzo 2026",
    nav=["Cronaca", "Politica", "Economia", "Opinioni", "Cultura", "Sport"], footer_nav=["Chi siamo", "Contatti", "Privacy"],
    side=[("I più letti", ["⟪Trento, nuova ciclabile lungo l’Adige entro l’estate⟫", "Bolzano, chiude il mercato coperto per lavori"]),
          ("Opinioni", [("Project Syndicate", "L’Europa e la corsa ai minerali critici")], "opinioni")],
    cookie="Utilizziamo i cookie per migliorare la tua esperienza.",
    related=["⟪Siccità, i laghi alpini al minimo storico⟫", "Acquedotti, perso il 40% dell’acqua immessa in rete"],
    footer="© Corriere delle Valli 2026",
    body="""<p>OSLO – ⟦In quasi tutto il mondo l’acqua che usiamo costa molto meno di quanto valga.⟧ Gli agricoltori la prelevano dai fiumi e dalle falde pagando cifre simboliche, le città perdono nelle reti colabrodo una parte enorme di quella che trattano, e le famiglie ricevono bollette che coprono a malapena il costo della manutenzione. Finché l’acqua abbondava, questa finzione era sostenibile. Non lo è più.</p>
<p>Le siccità degli ultimi anni, dalla pianura padana al Sud della Spagna fino al Corno d’Africa, hanno mostrato quanto sia fragile un sistema che tratta una risorsa scarsa come se fosse infinita. ⟦Quando un bene non ha prezzo, nessuno ha interesse a risparmiarlo⟧, e nessuno ha interesse a investire per conservarlo.</p>
<p>La risposta abituale è che l’acqua è un diritto umano e non può essere trattata come una merce. È un’obiezione seria, e la condivido. Ma un diritto non si difende con tariffe che lasciano gli acquedotti senza risorse e i poveri senza allacciamento. Si difende garantendo a tutti una quantità minima gratuita o quasi, e facendo pagare il giusto tutto ciò che va oltre.</p>
<p>Diversi paesi lo hanno già fatto. Tariffe progressive, che aumentano con i consumi, hanno ridotto gli sprechi senza colpire le famiglie a basso reddito. ⟦Per l’agricoltura, che consuma circa il 70% dell’acqua dolce del pianeta, il discorso è più difficile⟧, ma anche qui i prelievi andrebbero misurati e pagati, con aiuti mirati per chi investe nell’irrigazione di precisione.</p>
<p>Nulla di tutto ciò è popolare. Nessun governo ama annunciare aumenti delle bollette. Ma l’alternativa è peggiore: razionamenti improvvisi, conflitti tra regioni e settori, e infrastrutture che si degradano fino a cedere.</p>
<p>C’è poi la questione delle reti. In molti paesi europei, Italia compresa, una quota enorme dell’acqua immessa negli acquedotti si perde prima di arrivare ai rubinetti. Riparare quelle tubature costa, e senza tariffe adeguate nessuno lo farà.</p>
<p>⟦Dare un prezzo all’acqua non significa privatizzarla.⟧ Significa riconoscerne il valore prima che sia la scarsità a farlo per noi.</p>
[[BIO|⟪Ingrid Halvorsen, ex ministra norvegese dell’Ambiente, è docente di politiche ambientali all’Università di Bergen.⟫]]
[[COPY|⟪Traduzione di Marta Bellini⟫]]
[[COPY|© Project Syndicate 2026]]""",
    kind="opinion", why="syndicated essay arguing water should be priced",
))
