"""Québec: a Montréal daily (Le Flambeau) and a Montréal daily of ideas (La Vigie)."""

PAGES = []

LF_NAV = [("Actualités", ["Grand Montréal", "Régional", "Santé", "Éducation", "Justice et faits divers"]), ("Politique", ["Québec", "Canada"]),
          ("International", []), ("Affaires", ["Économie", "Finances personnelles", "Techno"]), ("Opinions", ["Éditoriaux", "Chroniques", "Courrier des lecteurs"]),
          ("Arts", ["Cinéma", "Musique", "Télé"]), ("Sports", ["Canadien", "Alouettes", "CF Montréal"]), ("Auto", []), ("Voyage", [])]
LF_RAIL = [("Éditorial", "Santé : le réseau a besoin de stabilité, pas d'une autre réforme"), ("Chronique", "Le Canadien et l'art de la patience"),
           ("Courrier des lecteurs", "Trop de cônes orange à Montréal")]
LF_MOST = ["Tempête : jusqu'à 30 cm de neige attendus sur Montréal", "Le Canadien l'emporte en prolongation", "Impôts : les changements à prévoir en 2026",
           "⟪Les restaurants qui ferment ce mois-ci⟫"]

# ---------------------------------------------------------------- Montréal daily, La Presse Canadienne copy: null; metadata in UTC the next day
PAGES.append(dict(
    case="fr-news-quebec-hydro", skin="quebec", domain="www.leflambeau.example", site="Le Flambeau", secpath="affaires",
    url="https://www.leflambeau.example/affaires/2026-02-18/tarifs-d-electricite-hausse-de-3-au-1er-avril-pour-les-clients-residentiels.php",
    h1="Tarifs d'électricité : hausse de 3 % au 1er avril pour les clients résidentiels",
    deck="La société d'État invoque l'inflation et des investissements massifs dans le réseau. Les associations de consommateurs dénoncent une hausse « déguisée ».",
    crumbs=["Affaires", "Économie"], authors=None, byline_text="La Presse Canadienne",
    byline_html='<span class="auteur-nom">La Presse Canadienne</span>', ld_authors=["org:La Presse Canadienne"], ld_type="NewsArticle",
    pub="2026-02-18T20:12:00-05:00", ld_date="2026-02-19T01:12:00Z", meta_date="2026-02-19T01:12:00Z", ld_mod="2026-02-19T01:12:00Z",
    date="18 février 2026 à 20 h 12", today="Mercredi 18 février 2026",
    nav=LF_NAV, ticker=["⟪Tempête hivernale : les écoles fermées jeudi à Laval⟫", "Le Canadien rappelle un attaquant de Laval"],
    tags=["Électricité", "Tarifs", "Consommation"], related=["Facture d'électricité : comment réduire sa consommation en hiver", "Nouveaux barrages : le plan de 185 milliards"],
    videos=["⟪Vidéo : les files d'attente aux urgences de Montréal⟫", "Tempête : les images de la journée"],
    most=LF_MOST, opinion_rail=LF_RAIL,
    comments=[("Réjean B.", "il y a 3 heures", "⟪3 % cette année, combien l'an prochain ?⟫")], comment_count=57,
    body="""⟦Les clients résidentiels d'électricité verront leur facture augmenter de 3 % à compter du 1er avril.⟧ La société d'État a annoncé mercredi la hausse, qui correspond au plafond fixé par le gouvernement pour les tarifs domestiques.

Pour un ménage habitant une maison de taille moyenne chauffée à l'électricité, la hausse représentera environ 6,50 $ par mois, selon les calculs de l'entreprise. ⟦Les tarifs des entreprises et des industries augmenteront quant à eux de 4,1 %, en moyenne.⟧

[[REL|⟪Électricité : le Québec face au défi de la demande⟫]]

L'entreprise justifie cette hausse par l'inflation, mais surtout par le vaste plan d'investissement annoncé l'an dernier, qui prévoit la construction de nouvelles centrales, de parcs éoliens et de milliers de kilomètres de lignes de transport d'ici 2035. « Ces investissements sont nécessaires pour répondre à la croissance de la demande et garantir la fiabilité du réseau », a déclaré une porte-parole.

[[SPLIT]]

Les associations de consommateurs ne l'entendent pas ainsi. ⟦Elles estiment que le plafond de 3 % est devenu, année après année, une hausse automatique plutôt qu'une limite.⟧ L'Union des consommateurs réclame que la Régie de l'énergie retrouve son pouvoir de fixer les tarifs au terme d'audiences publiques.

Du côté de l'opposition, on rappelle que l'inflation a ralenti à 2,1 % au Canada en janvier. « Le gouvernement choisit de faire payer aux familles des projets qui profiteront d'abord aux grandes entreprises », a dénoncé le porte-parole en matière d'énergie.

La ministre de l'Économie a répondu que les tarifs québécois restaient « parmi les plus bas en Amérique du Nord ». Elle a rappelé qu'un programme d'aide permettait aux ménages à faible revenu d'étaler leurs paiements et de bénéficier de subventions pour l'isolation de leur logement.

⟦La nouvelle grille tarifaire doit encore être publiée dans la Gazette officielle du Québec au cours des prochaines semaines.⟧""",
    kind="news", why="wire report on utility rate increase",
))

# ---------------------------------------------------------------- Montréal daily of ideas, "Libre opinion" by a physician
PAGES.append(dict(
    case="fr-opinion-quebec-libreopinion", skin="quebec", domain="www.lavigie-quebec.example", site="La Vigie", secpath="opinion",
    url="https://www.lavigie-quebec.example/opinion/libre-opinion/891244/les-medecins-de-famille-ne-sont-pas-des-commis-aux-formulaires",
    h1="Les médecins de famille ne sont pas des commis aux formulaires",
    label="Libre opinion", crumbs=["Opinion", "Libre opinion"], authors=["Geneviève Tremblay-Ouellet"], byline_text="Geneviève Tremblay-Ouellet",
    byline_html='<p class="auteur-nom">Geneviève Tremblay-Ouellet</p><p class="auteur-fonction">L’autrice est médecin de famille à Rimouski.</p>',
    meta="og", meta_section="Opinion", support_btn="Faire un don",
    pub="2026-05-07T04:00:00-04:00", date="7 mai 2026", today="Jeudi 7 mai 2026",
    nav=[("Actualités", ["Politique", "Société", "Environnement", "Santé"]), ("Économie", []), ("Monde", []), ("Culture", ["Livres", "Théâtre", "Musique"]),
         ("Opinion", ["Éditoriaux", "Libre opinion", "Idées", "Lettres"]), ("Lire", []), ("Plaisirs", []), ("Podcasts", [])],
    ticker=["Québec dépose son projet de loi sur l'accès aux soins", "⟪Grève dans les CPE : entente de principe⟫"],
    footnote="⟪Vous avez une opinion à partager ? Écrivez-nous à idees@lavigie-quebec.example. Les textes retenus pourront être abrégés.⟫",
    tags=["Santé", "Médecine familiale", "Bureaucratie"], related=["Accès à un médecin de famille : 1,2 million de Québécois en attente", "Le Guichet d'accès à la première ligne, un an plus tard"],
    videos=["Entretien : la pénurie de personnel dans les CHSLD"],
    most=["⟪Le budget fédéral, ligne par ligne⟫", "Éditorial : l'école publique à deux vitesses", "La sécheresse menace les érablières", "Un nouveau roman de Kim Thúy"],
    opinion_rail=[("Éditorial", "Accès aux soins : la fausse bonne idée des quotas"), ("Idées", "« Le français a besoin de ses régions »")],
    comments=[("Luc Morin", "7 mai 2026", "⟪Ma médecin passe ses soirées à remplir des formulaires d'assurance.⟫"), ("Hélène Caron", "7 mai 2026", "Merci, docteure.")], comment_count=24,
    body="""⟦Mardi dernier, entre deux patients, j'ai rempli un formulaire de onze pages pour qu'un homme de 58 ans puisse reprendre son travail après une fracture du poignet.⟧ Le lendemain, j'en ai rempli un autre, pour une assurance invalidité. Le surlendemain, trois billets d'absence pour des écoles et un garage. Au total, sur une semaine, j'ai consacré près de sept heures à des tâches administratives qui n'ont rien de médical.

Sept heures, c'est l'équivalent de vingt rendez-vous. ⟦Vingt personnes qui auraient pu être vues, examinées, rassurées, et qui ont attendu.⟧ Multipliez ce chiffre par les quelque 10 000 médecins de famille du Québec, et vous obtenez une part considérable de la pénurie dont on parle tant.

[[REL|⟪Médecine familiale : les jeunes médecins boudent la pratique en cabinet⟫]]

Le gouvernement veut obliger les médecins à prendre davantage de patients. Je comprends l'impatience des Québécois qui attendent depuis des années. Mais on ne réglera rien en nous demandant d'en faire plus avec le même temps, tant qu'une part importante de ce temps sera absorbée par la paperasse.

[[SPLIT]]

Les solutions sont pourtant connues. ⟦Les employeurs pourraient accepter une simple déclaration du travailleur pour les absences de moins de cinq jours, comme cela se fait ailleurs au Canada.⟧ Les assureurs pourraient harmoniser leurs formulaires. Les cliniques pourraient embaucher des adjointes administratives formées, avec un financement public dédié.

Rien de tout cela n'est spectaculaire. Rien ne fera la une des journaux. Mais ce serait, pour les patients, beaucoup plus efficace que la prochaine grande réforme annoncée en conférence de presse.

⟦Laissez-nous soigner : c'est ce que nous savons faire, et c'est ce pour quoi nous avons choisi ce métier.⟧""",
    kind="opinion", why="libre opinion arguing to cut doctors' paperwork",
))

# ---------------------------------------------------------------- Montréal daily, reporter, "Publié le … Mis à jour le …", video inside
PAGES.append(dict(
    case="fr-news-quebec-feux", skin="quebec", domain="www.leflambeau.example", site="Le Flambeau", secpath="actualites",
    url="https://www.leflambeau.example/actualites/regional/2026-06-07/feux-de-foret-les-feux-a-ciel-ouvert-interdits-dans-onze-regions.php",
    h1="Feux de forêt : les feux à ciel ouvert interdits dans onze régions",
    deck="Le danger d'incendie est jugé extrême dans une grande partie du Québec. Une quarantaine de feux sont actifs, dont trois hors de contrôle.",
    crumbs=["Actualités", "Régional"], authors=["Stéphanie Gagnon"], byline_text="Stéphanie Gagnon Le Flambeau",
    byline_html='<span class="auteur-nom">Stéphanie Gagnon</span> <span class="auteur-media">Le Flambeau</span>', ld_authors=["Stéphanie Gagnon"], ld_type="NewsArticle",
    pub="2026-06-07T14:05:00-04:00", mod="2026-06-07T17:30:00-04:00",
    date="Publié le 7 juin 2026 à 14 h 05<br>Mis à jour le 7 juin 2026 à 17 h 30", today="Dimanche 7 juin 2026",
    nav=LF_NAV, ticker=["⟪Grand Prix du Canada : les résultats des qualifications⟫", "Chaleur : avertissement pour le sud du Québec"],
    hero="⟪Un avion-citerne survole un incendie au nord de Chibougamau, samedi.⟫ PHOTO FOURNIE PAR LA SOPFEU",
    tags=["Feux de forêt", "SOPFEU", "Environnement"], related=["Qualité de l'air : ce que signifie un avertissement de smog", "Les pompiers forestiers manquent-ils de relève ?"],
    videos=["Les images des feux au nord de Chibougamau", "Canicule : comment se protéger"],
    most=LF_MOST, opinion_rail=[("Éditorial", "⟪Forêts : préparer le Québec aux étés de feu⟫"), ("Chronique", "Le Canadien et l'art de la patience")],
    body="""⟦La Société de protection des forêts contre le feu (SOPFEU) a interdit dimanche les feux à ciel ouvert en forêt ou à proximité dans onze régions du Québec.⟧ L'interdiction, qui vise aussi les feux d'artifice, est en vigueur jusqu'à nouvel ordre.

L'indice d'inflammabilité a atteint le niveau « extrême » dans une grande partie de l'Abitibi-Témiscamingue, du Nord-du-Québec, du Saguenay–Lac-Saint-Jean et de la Côte-Nord. ⟦Il n'est pas tombé de pluie significative depuis près de trois semaines dans ces régions, et les températures ont dépassé 30 degrés samedi.⟧

[[VIDEO|⟪Vidéo : un avion-citerne en action au nord de Chibougamau⟫]]

En fin d'après-midi, 43 incendies étaient actifs sur le territoire, dont trois considérés comme hors de contrôle. Le plus important, au nord de Chibougamau, couvre environ 2 800 hectares. Il ne menace aucune communauté pour le moment, mais un camp forestier a été évacué par mesure préventive.

[[SPLIT]]

[[H|Des renforts demandés]]

« Nous avons tous nos effectifs sur le terrain, et nous avons demandé des renforts aux autres provinces », a indiqué en point de presse une porte-parole de la SOPFEU. ⟦Une quarantaine de pompiers forestiers du Nouveau-Brunswick doivent arriver lundi.⟧ Quatre avions-citernes supplémentaires ont aussi été mobilisés.

La SOPFEU rappelle que la très grande majorité des incendies de début de saison sont causés par l'activité humaine. Elle demande aux villégiateurs et aux pêcheurs de faire preuve d'une grande prudence, en particulier avec les véhicules tout-terrain, dont les pots d'échappement peuvent enflammer la végétation sèche.

[[NL|⟪Recevez notre infolettre du matin : l'essentiel de l'actualité avant 7 h⟫]]

La fumée des incendies commence par ailleurs à se faire sentir plus au sud. Un avertissement de mauvaise qualité de l'air a été émis pour Val-d'Or et Rouyn-Noranda, où les personnes souffrant de problèmes respiratoires sont invitées à limiter leurs activités extérieures. À Montréal, un léger voile pourrait être visible lundi, sans effet notable sur la santé selon la Santé publique.

Environnement Canada prévoit le retour d'averses en milieu de semaine, mais en quantités jugées insuffisantes. ⟦Les contrevenants à l'interdiction s'exposent à des amendes pouvant atteindre plusieurs milliers de dollars.⟧""",
    kind="news", why="report on fire bans with official figures",
))

# ---------------------------------------------------------------- Montréal daily, column marked only by the byline role "Chroniqueuse"
PAGES.append(dict(
    case="fr-opinion-quebec-bonjourhi", skin="quebec", domain="www.leflambeau.example", site="Le Flambeau", secpath="actualites",
    url="https://www.leflambeau.example/actualites/2026-03-21/arretons-de-nous-excuser-de-parler-francais-au-centre-ville.php",
    h1="Arrêtons de nous excuser de parler français au centre-ville",
    crumbs=["Actualités", "Grand Montréal"], authors=["Isabelle Lacasse"], byline_text="Isabelle Lacasse Chroniqueuse",
    byline_html='<span class="auteur-nom">Isabelle Lacasse</span> <span class="auteur-role">Chroniqueuse</span>', meta="og", meta_section="Actualités",
    pub="2026-03-21T05:00:00-04:00", date="21 mars 2026 à 5 h 00", today="Samedi 21 mars 2026",
    nav=LF_NAV, ticker=["Le Canadien rappelle un attaquant de Laval", "⟪Printemps : la fonte des neiges inquiète en Beauce⟫"],
    tags=["Langue française", "Montréal", "Commerce"], related=["Affichage commercial : l'OQLF multiplie les inspections", "Le français recule-t-il vraiment à Montréal ?"],
    videos=["⟪Vox pop : quelle langue parlez-vous au travail ?⟫"],
    most=LF_MOST, opinion_rail=LF_RAIL,
    comments=[("Anne-Marie T.", "il y a 5 heures", "⟪Je me reconnais tellement dans ce texte.⟫"), ("Dave R.", "il y a 4 heures", "Montréal est bilingue, il faut l'accepter.")], comment_count=412,
    body="""⟦Jeudi midi, rue Sainte-Catherine, j'ai commandé un café en français.⟧ Le jeune serveur m'a répondu « Sorry, what size? », avec un sourire sincère. Et moi, par réflexe, je me suis excusée. En anglais.

C'est ce réflexe-là qui m'intéresse. Pas le serveur, qui venait sans doute d'arriver et qui apprendra le français, je l'espère, comme tant d'autres l'ont fait avant lui. ⟦Ce qui me dérange, c'est cette petite voix qui nous souffle, à nous, francophones, que nous dérangeons.⟧

Je l'entends partout au centre-ville. Dans les boutiques, où l'on change de langue dès que l'interlocuteur hésite. Dans les réunions de bureau, où il suffit d'une seule personne unilingue anglophone pour que tout le monde bascule. ⟦On appelle ça de la politesse ; je commence à croire que c'est surtout de la fatigue.⟧

[[REL|⟪Français au travail : ce que prévoit la loi⟫]]

[[SPLIT]]

Je ne plaide pas pour l'impolitesse, encore moins pour l'hostilité envers ceux qui apprennent notre langue. Je plaide pour une chose toute simple : continuer à parler français, calmement, sans nous excuser. Laisser à l'autre le temps de chercher ses mots. Lui offrir, en somme, l'occasion de pratiquer.

Les nouveaux arrivants que je connais me le disent tous : ils auraient aimé qu'on leur parle davantage en français, au lieu de passer tout de suite à l'anglais pour leur « rendre service ». ⟦Chaque fois que nous changeons de langue, nous leur retirons une occasion d'apprendre.⟧

Le français à Montréal ne se défendra pas seulement à coups de lois et d'inspections. Il se défendra aussi au comptoir, au bureau, dans l'autobus, par des milliers de petites conversations ordinaires.

⟦La prochaine fois, je commanderai mon café en français, et je ne m'excuserai pas.⟧""",
    kind="opinion", why="first-person column urging francophones to keep speaking French",
))

# ---------------------------------------------------------------- Montréal daily, service guide (other), no date metadata
PAGES.append(dict(
    case="fr-other-quebec-pneus", skin="quebec", domain="www.leflambeau.example", site="Le Flambeau", secpath="auto",
    url="https://www.leflambeau.example/auto/guide/2026-10-26/pneus-d-hiver-tout-ce-qu-il-faut-savoir-avant-le-1er-decembre.php",
    h1="Pneus d'hiver : tout ce qu'il faut savoir avant le 1er décembre",
    deck="Quand les poser, comment les choisir, combien les payer : notre guide pour affronter la saison froide sans mauvaise surprise.",
    label="Guide auto", crumbs=["Auto", "Conseils"], authors=["Éric Bouchard"], byline_text="Éric Bouchard Collaboration spéciale",
    byline_html='<span class="auteur-nom">Éric Bouchard</span> <span class="auteur-role">Collaboration spéciale</span>', meta="min",
    pub="2026-10-26T06:00:00-04:00", date="Publié le 26 octobre 2026 à 6 h 00", today="Lundi 26 octobre 2026",
    nav=LF_NAV, ticker=["⟪Première neige attendue cette semaine à Québec⟫", "Le prix de l'essence baisse de 4 cents"],
    tags=["Pneus d'hiver", "Conduite hivernale", "Auto"], related=["⟪Essais : les meilleurs VUS électriques pour l'hiver⟫", "Démarreur à distance : bonne ou mauvaise idée ?"],
    videos=["⟪Comment vérifier l'usure de ses pneus⟫"],
    most=["⟪Les garages débordés avant la première neige⟫", "Le Canadien l'emporte en prolongation", "Impôts : les changements à prévoir en 2027", "Tempête : les écoles fermées"],
    opinion_rail=LF_RAIL,
    body="""⟦Chaque automne, c'est la même course contre la montre.⟧ Les garages sont débordés dès les premiers flocons, et les automobilistes qui ont attendu trop longtemps se retrouvent sur des listes d'attente. Voici ce qu'il faut savoir pour préparer son véhicule à temps.

[[H|Quand faut-il les installer ?]]

Les pneus d'hiver sont obligatoires sur les véhicules de promenade immatriculés au Québec du 1er décembre au 15 mars. ⟦Mais les spécialistes recommandent de les installer dès que la température descend sous les 7 degrés de façon durable, généralement vers la fin octobre.⟧ En dessous de ce seuil, la gomme des pneus d'été durcit et perd de son adhérence.

[[H|Comment les choisir ?]]

Cherchez le pictogramme représentant une montagne et un flocon de neige sur le flanc du pneu : c'est la seule garantie qu'il a été conçu pour l'hiver. Au moment de choisir, trois critères comptent :

[[LIST|⟦la profondeur des rainures, qui doit être d'au moins 4/32 de pouce pour un usage hivernal⟧|l'âge du pneu, indiqué par un code à quatre chiffres sur le flanc (au-delà de six ans, la gomme se dégrade)|le type de conduite : pneus cloutés pour les routes de campagne glacées, pneus à friction pour la ville]]

[[AD]]

[[H|Combien faut-il prévoir ?]]

Pour une voiture compacte, comptez de 700 $ à 1 100 $ pour un jeu de quatre pneus neufs, et de 80 $ à 120 $ pour la pose. ⟦Un jeu de jantes d'acier, entre 400 $ et 600 $, permet d'économiser sur les frais de pose d'une année à l'autre.⟧ Plusieurs garages offrent aussi l'entreposage des pneus d'été, pour environ 80 $ par saison.

[[H|Et les voitures électriques ?]]

Les véhicules électriques, plus lourds, usent leurs pneus plus rapidement. Il existe désormais des modèles d'hiver conçus pour eux, un peu plus chers, mais plus durables et plus silencieux.

⟦Dernier conseil : vérifiez la pression de vos pneus une fois par mois, car elle baisse avec le froid.⟧""",
    kind="other", why="practical guide on winter tyres",
))

for _p in PAGES:  # <html lang>
    _p["html_lang"] = "fr-CA"
