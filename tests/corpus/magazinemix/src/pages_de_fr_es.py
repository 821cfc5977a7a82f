"""German, French and Spanish: an essay, a Reportage and a film review; a chronique, a science
feature and a recipe; a tribuna, a reportaje and a book review."""
from sites import use

PAGES = []

PAGES.append(use(dict(
    case="de-opinion-screview-bahnhof", lang="de", skin="screview", secpath="essay",
    url="https://www.zwischenruf.example/essay/2026/03/der-bahnhof-als-wartezimmer-der-republik",
    h1="Der Bahnhof als Wartezimmer der Republik", kicker="Essay", crumbs=["Heft 3/2026", "Essay"],
    deck="Warum wir über Verspätungen klagen, aber nie über das Warten selbst",
    authors=["Katrin Wellhausen"], byline_text="Von Katrin Wellhausen", byline_html='Von <a href="/autoren/katrin-wellhausen">Katrin Wellhausen</a>',
    ld_authors=["Katrin Wellhausen"], ld_type="OpinionNewsArticle", ld_section="Essay", pub="2026-03-06T08:00:00+01:00", date="6. März 2026", readmin=9,
    bio_head="Zur Autorin", bio="⟪Katrin Wellhausen ist Soziologin und lebt in Kassel.⟫",
    comments=[("Bahnfahrer_61", "6.3.2026", "⟪Endlich sagt es mal jemand. Die Wartehallen sind eine Zumutung.⟫")],
    body="""⟦Wer in Deutschland Zug fährt, verbringt einen erstaunlichen Teil seines Lebens auf Bahnsteigen.⟧ Man steht, man schaut auf die Anzeigetafel, man wartet auf die Durchsage, die das Warten verlängert. Über die Verspätungen wird viel geschrieben. Über das Warten selbst kaum.

Dabei verrät der Ort, an dem ein Land seine Bürger warten lässt, viel über dieses Land. ⟦Die Bahnhöfe der kleinen und mittleren Städte sind in den vergangenen Jahrzehnten zu Durchgangsräumen verkümmert.⟧ Die Wartesäle sind geschlossen, die Kioske verschwunden, die Bänke so gebaut, dass niemand lange auf ihnen sitzen mag.

[[BREAK|* * *]]

Ich halte das für einen politischen Fehler. Ein Staat, der von den Menschen verlangt, das Auto stehen zu lassen, muss ihnen zumindest einen würdigen Ort zum Warten anbieten: warm, hell, mit Toiletten und einer Steckdose.

[[PULL|Ich halte das für einen politischen Fehler.]]

⟦Das kostet nicht viel, verglichen mit dem, was neue Strecken kosten.⟧ Es würde aber zeigen, dass die Verkehrswende auch an die denkt, die schon heute mit der Bahn fahren.

⟦Das Wartezimmer der Republik verdient endlich eine Renovierung.⟧""",
    kind="opinion", why="essay arguing for better station waiting rooms",
), "zwischenruf"))

PAGES.append(use(dict(
    case="de-news-longread-werft", lang="de", skin="longread", secpath="reportage",
    url="https://www.weitblick-magazin.example/reportage/die-letzte-holzwerft-an-der-schlei",
    h1="Die letzte Holzwerft an der Schlei", kicker="Reportage", section="Reportage", deck="In Kappeln bauen drei Bootsbauer noch Schiffe aus Eiche. Ein Besuch.",
    authors=["Jens Marquardt"], byline_text="Text: Jens Marquardt, Fotos: Ina Berg", byline_html='Text: <a href="/autoren/jens-marquardt">Jens Marquardt</a>, Fotos: Ina Berg',
    meta="nodate", ld=False, pub="2026-03-12T00:00:00+01:00", date="12. März 2026", readmin=14,
    hero="⟪Bootsbauer Henning Lass an einem Spant aus Eiche⟫", bio="⟪Jens Marquardt ist Reporter und lebt in Flensburg.⟫",
    body="""[[CHAP|1|Der Geruch von Teer]]

⟦Morgens um sieben riecht die Halle nach Teer und frisch gesägter Eiche.⟧ Henning Lass, 58, steht vor einem Rumpf, der erst zur Hälfte beplankt ist. Seit 1952 werden in dieser Werft Boote aus Holz gebaut, und Lass ist der dritte Meister in Folge.

„Holz verzeiht keine Ungeduld“, sagt er.

[[CHAP|2|Aufträge aus aller Welt]]

⟦Die meisten Aufträge kommen inzwischen nicht mehr von Fischern, sondern von Liebhabern.⟧ Ein Zahnarzt aus Hamburg lässt hier einen Kutter restaurieren, ein Paar aus Dänemark eine kleine Jolle bauen. Ein neues Boot kostet schnell so viel wie ein Einfamilienhaus.

[[FADE]]

[[CHAP|3|Wer macht weiter?]]

Das größte Problem ist der Nachwuchs. ⟦Im vergangenen Jahr hat die Werft keinen einzigen Auszubildenden gefunden.⟧ Lass hofft auf seine Tochter, die gerade ihre Lehre als Tischlerin beendet.

⟦Am Abend, wenn die Halle leer ist, streicht er noch einmal mit der Hand über die Planken.⟧""",
    kind="news", why="reported Reportage about a wooden boatyard",
), "weitblick"))

PAGES.append(use(dict(
    case="de-other-culturemag-filmkritik", lang="de", skin="culturemag", secpath="kritiken",
    url="https://www.kinokasten.example/kritiken/die-nacht-der-fischer-kritik",
    h1="„Die Nacht der Fischer“: Ein Dorf hält den Atem an", kicker="Kritik", crumbs=["Kino", "Kritiken"], section="Kritiken",
    authors=["Lea Brandt"], byline_text="Lea Brandt", byline_html='<a href="/autoren/lea-brandt">Lea Brandt</a>', ld_authors=["Lea Brandt"], ld_type="Review",
    meta="og", pub="2026-03-19T10:00:00+01:00", date="19.03.2026", readmin=4, rating="Wertung: 4 von 5 Sternen · Kinostart: 19. März 2026 · 104 Minuten",
    hero="⟪Szene aus „Die Nacht der Fischer“. Foto: Verleih⟫", bio="⟪Lea Brandt schreibt über Kino und Serien.⟫",
    body="""⟦Ein Fischerdorf an der Ostsee, eine Sturmnacht, ein Boot, das nicht zurückkehrt.⟧ Mehr braucht der Debütfilm von Mara Lindholm nicht, um über anderthalb Stunden eine beinahe unerträgliche Spannung aufzubauen.

⟦Lindholm erzählt fast ausschließlich in der Küche eines Gasthofs, in dem die Frauen des Dorfes warten.⟧ Die Kamera bleibt nah an den Gesichtern, das Meer ist nur zu hören.

[[AD]]

Nicht alles gelingt. Eine Nebenfigur, ein junger Polizist, bleibt blass, und das Ende ist eine Spur zu versöhnlich. ⟦Doch die Darstellerinnen tragen den Film mühelos über diese Schwächen hinweg.⟧

⟦Ein kleiner, konzentrierter Film, den man nicht so schnell vergisst.⟧""",
    kind="other", why="film review with a star rating",
), "kinokasten"))

PAGES.append(use(dict(
    case="fr-opinion-nextweekly-chronique", lang="fr", skin="nextweekly", secpath="idees/chroniques",
    url="https://www.nouveauregard.example/idees/chroniques/2026/03/10/la-sieste-est-un-droit-politique",
    h1="La sieste est un droit politique", kicker="Chronique", section="Idées", deck="Et si le repos de l’après-midi disait quelque chose de notre rapport au travail ?",
    authors=["Claire Dumesnil"], byline_text="Par Claire Dumesnil, chroniqueuse", byline_html='Par <a href="/auteurs/claire-dumesnil">Claire Dumesnil</a>, chroniqueuse',
    ld_authors=["Claire Dumesnil"], ld_type="OpinionNewsArticle", ld_section="Idées", meta_section="Idées", pub="2026-03-10T07:00:00+01:00",
    date="Publié le 10 mars 2026 à 07h00", readmin=4, listen="4:30",
    hero="⟪Dans un parc de Montpellier, en début d’après-midi.⟫", bio="⟪Claire Dumesnil est philosophe et chroniqueuse au Nouveau Regard.⟫",
    body="""⟦Il y a, dans la sieste, quelque chose qui dérange notre époque.⟧ On la tolère chez les enfants et les vieillards, on la moque chez les adultes. Dormir vingt minutes après le déjeuner passe pour un aveu de paresse.

Je voudrais défendre l’idée inverse. ⟦La sieste n’est pas un luxe, c’est une manière de reprendre la main sur son temps.⟧

[[NEWS]]

Les médecins le disent depuis longtemps : un court repos améliore l’attention et réduit les accidents. Certaines entreprises l’ont compris et aménagent des salles de repos. Mais elles restent rares, et celui qui s’y rend est souvent regardé de travers.

[[PULL|Nous avons appris à mesurer notre valeur au nombre d’heures passées éveillés devant un écran.]]

⟦Le vrai problème n’est donc pas médical mais culturel.⟧ Nous avons appris à mesurer notre valeur au nombre d’heures passées éveillés devant un écran.

⟦Accordons-nous ce droit modeste : fermer les yeux, un instant, sans nous excuser.⟧""",
    kind="opinion", why="chronique arguing for the right to nap",
), "regard"))

PAGES.append(use(dict(
    case="fr-news-sciencemag-grotte", lang="fr", skin="sciencemag", secpath="terre",
    url="https://www.terrains-sciences.example/terre/2026/03/dans-la-grotte-qui-respire",
    h1="Dans la grotte qui respire", kicker="Reportage", crumbs=["Terre", "Grottes"], deck="En Ariège, des chercheurs mesurent comment une cavité échange son air avec l’extérieur.",
    authors=["Julien Mercadier"], byline_text="Par Julien Mercadier", byline_html='Par <a href="/auteurs/julien-mercadier">Julien Mercadier</a>',
    ld_authors=["Julien Mercadier"], ld_type="NewsArticle", pub="2026-03-23T09:30:00+01:00", date="23/03/2026", readmin=7,
    hero="⟪Un capteur installé à 300 mètres de l’entrée.⟫", bio="⟪Julien Mercadier est journaliste scientifique à Toulouse.⟫",
    body="""⟦À trois cents mètres de l’entrée, la lampe frontale éclaire un petit boîtier gris fixé à la roche.⟧ Il enregistre, toutes les dix minutes, la température, l’humidité et la teneur en gaz carbonique de l’air.

« La grotte respire, comme un poumon très lent », explique la géologue Hélène Castan, du CNRS.

[[H|Un courant d’air saisonnier]]

⟦En hiver, l’air froid du dehors s’engouffre dans la cavité ; en été, c’est l’inverse.⟧ Ces échanges influencent la formation des concrétions et la conservation des peintures préhistoriques.

[[FIG|⟪Évolution du CO2 dans la galerie principale en 2025.⟫]]

⟦Les premières données montrent des variations bien plus rapides que prévu.⟧

[[NOTES|Castan H. et al., Karst Ventilation Dynamics, 2026.]]

⟦Les chercheurs prévoient d’équiper deux autres grottes de la vallée d’ici l’été.⟧""",
    kind="news", why="reported science feature on cave research",
), "terrains"))

PAGES.append(use(dict(
    case="fr-other-culturemag-tarte", lang="fr", skin="culturemag", secpath="recettes",
    url="https://www.papilles-magazine.example/recettes/tarte-fine-aux-poireaux-et-comte",
    h1="Tarte fine aux poireaux et au comté", kicker="Recette", crumbs=["Recettes", "Plats"], section="Recettes",
    authors=["Lucie Roussel"], byline_text="Recette : Lucie Roussel", byline_html='Recette : <a href="/auteurs/lucie-roussel">Lucie Roussel</a>',
    ld_authors=["Lucie Roussel"], ld_type="Article", meta="og", pub="2026-02-26T11:00:00+01:00", date="26 février 2026", readmin=3,
    hero="⟪Stylisme : Anne Valet. Photo : Papilles⟫", bio="⟪Lucie Roussel est cheffe et autrice de livres de cuisine.⟫",
    body="""⟦Les poireaux d’hiver sont doux et fondants : c’est le moment de les glisser dans une tarte.⟧

[[H|Pour 4 personnes]]

[[LIST|⟦1 pâte feuilletée pur beurre⟧|4 poireaux|100 g de comté affiné|20 cl de crème fraîche|2 œufs|Sel, poivre, muscade]]

[[H|Préparation]]

[[OL|Préchauffez le four à 200 °C.|⟦Émincez les poireaux et faites-les fondre 15 minutes dans une noix de beurre.⟧|Battez les œufs avec la crème, salez, poivrez.|Étalez la pâte, garnissez de poireaux, versez l’appareil et parsemez de comté.|Enfournez 25 minutes.]]

[[AD]]

⟦Servez tiède, avec une salade de mâche.⟧""",
    kind="other", why="recipe with ingredients and steps",
), "papilles"))

PAGES.append(use(dict(
    case="es-opinion-culturemag-tribuna", lang="es", skin="culturemag", secpath="opinion/tribuna",
    url="https://www.revistaboveda.example/opinion/tribuna/las-bibliotecas-deben-abrir-los-domingos",
    h1="Las bibliotecas deben abrir los domingos", kicker="Tribuna", crumbs=["Opinión", "Tribuna"], section="Opinión",
    authors=["Marta Quiroga"], byline_text="Marta Quiroga", byline_html='<a href="/autores/marta-quiroga">Marta Quiroga</a>',
    ld_authors=["Marta Quiroga"], ld_type="OpinionNewsArticle", ld_section="Opinión", pub="2026-03-15T08:00:00+01:00", date="15 mar 2026 - 08:00 CET", readmin=4,
    hero="⟪Una sala de lectura en Zaragoza.⟫", bio="⟪Marta Quiroga es bibliotecaria y escritora.⟫",
    body="""⟦Los domingos por la tarde, las ciudades españolas ofrecen pocas alternativas gratuitas al centro comercial.⟧ Las bibliotecas públicas, que podrían ser ese refugio, permanecen cerradas.

⟦Defiendo que las grandes bibliotecas municipales abran al menos cuatro horas los domingos.⟧ No es una idea extravagante: en varias ciudades europeas funciona desde hace años, con salas llenas de estudiantes, familias y personas mayores.

[[NEWS]]

Se dirá que falta personal y presupuesto. Es cierto. Pero se trata de prioridades: gastamos mucho más en fiestas patronales que en abrir un edificio que ya existe.

[[PULL|Es cierto.]]

⟦Abrir los domingos sería también una forma de decir que la cultura no es un lujo de días laborables.⟧

⟦Los ayuntamientos tienen la palabra.⟧""",
    kind="opinion", why="tribuna arguing libraries should open on Sundays",
), "boveda"))

PAGES.append(use(dict(
    case="es-news-longread-esparto", lang="es", skin="longread", secpath="reportajes",
    url="https://www.cronicalarga.example/reportajes/2026/03/las-ultimas-esparteras-de-cieza",
    h1="Las últimas esparteras de Cieza", kicker="Reportaje", section="Reportajes", deck="En un pueblo de Murcia, un grupo de mujeres mantiene vivo un oficio milenario.",
    authors=["Alba Serrano"], byline_text="Texto: Alba Serrano", byline_html='Texto: <a href="/autores/alba-serrano">Alba Serrano</a>',
    ld_authors=["Alba Serrano"], ld_type="NewsArticle", meta="og", pub="2026-03-21T06:00:00+01:00", date="21 de marzo de 2026", readmin=15,
    hero="⟪Fotografías de Nacho Gil⟫", bio="⟪Alba Serrano es periodista y vive en Murcia.⟫",
    body="""[[CHAP|I|La fibra]]

⟦En la cocina de Encarna Ruiz, el esparto se amontona en manojos atados con cuerda.⟧ Tiene 79 años y aprendió a trenzarlo a los seis, sentada junto a su abuela.

«Antes todo se hacía con esparto: las alpargatas, las cestas, las cuerdas de los pozos», recuerda.

[[CHAP|II|El taller]]

⟦Cada jueves, una docena de mujeres se reúne en un local cedido por el ayuntamiento.⟧ Algunas son veteranas; otras, jóvenes que han vuelto al pueblo y quieren aprender.

[[FADE]]

[[CHAP|III|El futuro]]

⟦La asociación vende sus piezas en ferias y a diseñadores de Madrid y Barcelona.⟧ Los ingresos son modestos, pero permiten pagar el local.

⟦Al caer la tarde, Encarna guarda las tijeras y promete volver el jueves siguiente.⟧""",
    kind="news", why="reported reportaje about esparto weavers",
), "cronica"))

PAGES.append(use(dict(
    case="es-other-screview-resena", lang="es", skin="screview", secpath="resenas",
    url="https://www.letrasdelsur.example/resenas/el-invierno-de-los-faros",
    h1="«El invierno de los faros», de Rocío Lamas", kicker="Reseña", crumbs=["Reseñas", "Novela"],
    authors=["Tomás Aranda"], byline_text="Por Tomás Aranda", byline_html='Por <a href="/autores/tomas-aranda">Tomás Aranda</a>',
    ld_authors=["Tomás Aranda"], ld_type="Review", pub="2026-03-04T10:00:00-03:00", date="4 de marzo de 2026", readmin=5,
    bio_head="Sobre el autor", bio="⟪Tomás Aranda es crítico literario y profesor en Valparaíso.⟫",
    comments=[("lectora_sur", "5 mar", "⟪La leí en dos noches. Qué final.⟫")],
    body="""⟦La tercera novela de Rocío Lamas transcurre en un faro del sur de Chile durante un invierno interminable.⟧ Una farera viuda recibe la visita de un sobrino al que no ve desde hace veinte años.

⟦Lamas escribe con frases cortas y secas, que imitan el ritmo del viento.⟧ La tensión entre los dos personajes crece sin que casi nada ocurra.

[[PULL|La tensión entre los dos personajes crece sin que casi nada ocurra.]]

Hay defectos: algunos capítulos de recuerdos sobran, y el sobrino es menos interesante que la tía. ⟦Pero el último tercio es de una intensidad poco común.⟧

⟦Una novela breve y exigente, muy recomendable.⟧

[[ISSUE|⟪Esta reseña forma parte del número de marzo de 2026.⟫]]""",
    kind="other", why="book review",
), "letras"))
