"""France: two Paris national dailies (Le Courrier de Paris, L'Horizon), two regional dailies
(L'Écho de l'Ouest in Nantes, La Gazette du Midi in Toulouse) and a news weekly (Panorama Hebdo)."""

PAGES = []

CP_NAV = [("International", ["Europe", "Afrique", "Amériques", "Asie-Pacifique", "Moyen-Orient"]), ("Politique", ["Élections", "Gouvernement", "Parlement"]),
          ("Société", ["Éducation", "Justice", "Santé", "Religions"]), ("Économie", ["Entreprises", "Emploi", "Argent", "Immobilier"]),
          ("Planète", ["Climat", "Biodiversité", "Énergies"]), ("Idées", ["Éditoriaux", "Tribunes", "Chroniques", "Débats"]),
          ("Culture", ["Cinéma", "Livres", "Musiques", "Séries"]), ("Sport", []), ("Pixels", []), ("Les Vérificateurs", [])]
CP_RAIL = [("Tribune", "« L'Europe doit cesser de sous-traiter sa défense numérique »"), ("Chronique", "La ville du quart d'heure a-t-elle déjà vécu ?"),
           ("Éditorial", "Logement : l'urgence d'une vraie politique de l'offre")]
CP_MOST = ["Impôt sur le revenu : ce qui change pour les retraités en 2026", "Qui est vraiment le nouveau patron de la SNCF ?",
           "Mots croisés : la grille du jour", "Les dix films les plus attendus du printemps"]

# ---------------------------------------------------------------- national daily, agency copy credited with the desk: null
PAGES.append(dict(
    case="fr-news-quotidien-orly", skin="quotidien", domain="www.courrierdeparis.example", site="Le Courrier de Paris", secpath="economie",
    url="https://www.courrierdeparis.example/economie/article/2026/03/12/greve-des-controleurs-aeriens-un-vol-sur-trois-annule-a-orly-et-marseille_6203518_3234.html",
    h1="Grève des contrôleurs aériens : un vol sur trois annulé jeudi à Orly et à Marseille",
    deck="La direction générale de l'aviation civile a demandé aux compagnies de réduire leurs programmes jusqu'à vendredi soir. Les syndicats protestent contre une réforme des horaires de travail.",
    crumbs=["Économie", "Transports"], authors=None, byline_text="Le Courrier de Paris avec AFP",
    byline_html='<a href="/signataires/le-courrier-de-paris/">Le Courrier de Paris</a> avec AFP', ld_authors=["org:Le Courrier de Paris", "org:AFP"], ld_type="NewsArticle",
    pub="2026-03-12T07:41:00+01:00", mod="2026-03-12T10:15:00+01:00", date="Publié le 12 mars 2026 à 07h41, modifié à 10h15", today="Jeudi 12 mars 2026",
    nav=CP_NAV, ticker=["Le Sénat adopte le projet de loi sur l'eau", "Ligue des champions : le PSG qualifié pour les quarts", "⟪Neige : 14 départements en vigilance orange⟫"],
    hero="⟪Le hall de départ de l'aéroport d'Orly, le 12 mars 2026.⟫ JULIEN DE ROSA / AFP",
    tags=["Transport aérien", "Grèves", "Orly"], related=["⟪Ce que prévoit la réforme du contrôle aérien⟫", "Retards dans le ciel européen : l'été de tous les dangers"],
    most=CP_MOST, opinion_rail=CP_RAIL, read_min=3,
    body="""⟦La journée s'annonce difficile pour les voyageurs.⟧ La direction générale de l'aviation civile (DGAC) a demandé aux compagnies aériennes de réduire d'un tiers leurs programmes de vols, jeudi 12 et vendredi 13 mars, à l'aéroport de Paris-Orly et à Marseille-Provence, en raison d'une grève des contrôleurs aériens. À Lyon, Nice et Bordeaux, la réduction demandée est de 20 %.

⟦Malgré ces annulations préventives, « des perturbations et des retards importants sont à prévoir » sur l'ensemble du territoire, a prévenu la DGAC dans un communiqué publié mercredi soir.⟧ L'autorité recommande aux passagers de se renseigner auprès de leur compagnie avant de se rendre à l'aéroport.

[[REL|⟪Contrôleurs aériens : pourquoi les grèves se multiplient en Europe⟫]]

Le mouvement a été lancé par deux syndicats minoritaires, qui contestent la mise en place, à partir de l'hiver prochain, d'un nouveau système de pointage biométrique des heures de travail dans les centres de contrôle. ⟦Pour eux, cette réforme a été « imposée sans concertation » et traduit « une défiance » envers la profession.⟧

[[H|Air France maintient ses vols long-courriers]]

Air France a indiqué qu'elle assurerait l'intégralité de ses vols long-courriers, mais qu'elle devrait annuler une partie de ses vols court et moyen-courriers au départ d'Orly. La compagnie à bas coût Transavia prévoit d'annuler environ 120 vols sur les deux jours. Les passagers concernés peuvent reporter leur voyage sans frais ou demander un remboursement.

[[AD]]

Le ministre chargé des transports a déploré mercredi une grève « disproportionnée », rappelant que la réforme avait été discutée « pendant plus d'un an ». ⟦Selon lui, le pointage doit permettre de « garantir la sécurité » en s'assurant que les temps de repos sont respectés.⟧

En 2025, la France avait concentré à elle seule près d'un tiers des retards liés au contrôle aérien en Europe, selon Eurocontrol. ⟦Une nouvelle réunion entre la direction de la DGAC et les syndicats est prévue lundi.⟧

[[NL|⟪Recevez chaque matin l'essentiel de l'actualité économique⟫]]""",
    kind="news", why="agency-based strike report with official statements",
))

# ---------------------------------------------------------------- national daily, tribune in Idées with the writer's note inside the text
PAGES.append(dict(
    case="fr-opinion-quotidien-tribune", skin="quotidien", domain="www.courrierdeparis.example", site="Le Courrier de Paris", secpath="idees",
    url="https://www.courrierdeparis.example/idees/article/2026/02/03/la-cantine-gratuite-pour-tous-les-eleves-du-primaire-est-un-investissement-pas-une-depense_6198840_3232.html",
    h1="« La cantine gratuite pour tous les élèves du primaire est un investissement, pas une dépense »",
    deck="Alors que de plus en plus de communes renoncent à la tarification sociale, la sociologue Hélène Garnier-Vasseur plaide pour une gratuité nationale de la restauration scolaire, financée par l'État.",
    label="Tribune", crumbs=["Idées", "Tribunes"], authors=["Hélène Garnier-Vasseur"], byline_text="Hélène Garnier-Vasseur Sociologue",
    byline_html='<a href="/signataires/helene-garnier-vasseur/">Hélène Garnier-Vasseur</a> <span class="author__desc">Sociologue</span>', ld_authors=["Hélène Garnier-Vasseur"],
    ld_type="OpinionNewsArticle", ld_section="Idées", meta_section="Idées", premium=True,
    pub="2026-02-03T06:00:00+01:00", date="Publié le 3 février 2026 à 06h00", today="Mardi 3 février 2026",
    nav=CP_NAV, ticker=["Budget : le gouvernement prêt à un compromis sur les franchises médicales", "Tennis : Lena Moreau en demi-finale à Doha"],
    tags=["Éducation", "Inégalités", "Collectivités locales"], related=["Cantines : la flambée des prix alimentaires pèse sur les communes", "Dans les Hauts-de-France, le repas à 1 euro fait école"],
    most=CP_MOST, opinion_rail=[("Chronique", "⟪Les algorithmes ont-ils tué la flânerie ?⟫"), ("Éditorial", "Agriculture : sortir enfin de la crise")],
    comments=[("Paul_M", "il y a 2 heures", "Dans ma commune, le repas est passé de 3,20 à 4,10 euros en deux ans. Merci pour cette tribune."),
              ("Lectrice93", "il y a 1 heure", "⟪Et qui paie ? Les communes rurales n'ont déjà plus rien.⟫")], comment_count=87,
    body="""⟦Chaque midi, dans une école élémentaire de banlieue que j'ai suivie pendant trois ans, une petite dizaine d'enfants rentrent chez eux au lieu de déjeuner à la cantine.⟧ Ce ne sont pas des enfants dont les parents ont choisi de cuisiner : ce sont, pour la plupart, des enfants dont les familles ont fait leurs comptes et renoncé à un repas facturé 4 euros.

Ce renoncement silencieux n'apparaît dans aucune statistique nationale. Il est pourtant l'une des formes les plus concrètes de l'inégalité scolaire. ⟦Un enfant qui a mal mangé à midi apprend moins bien l'après-midi : tous les enseignants le savent, et les études le confirment.⟧

[[H|Une mosaïque de tarifs injuste]]

Aujourd'hui, le prix de la cantine dépend entièrement de la commune où l'on habite. Certaines villes appliquent une tarification sociale à dix tranches, d'autres un prix unique, d'autres encore ont mis en place le repas à 1 euro avec l'aide de l'État. ⟦Cette mosaïque produit une injustice territoriale que plus personne ne devrait accepter.⟧

[[PULL|Aucun enfant ne doit payer pour déjeuner à l'école publique]]

La gratuité coûterait, selon mes estimations, entre 3 et 4 milliards d'euros par an pour l'ensemble des écoles primaires. C'est une somme importante. Mais elle doit être mise en regard de ce qu'elle permettrait : une meilleure santé des enfants, une réussite scolaire accrue, des achats alimentaires massifs qui pourraient soutenir une agriculture locale et de qualité.

[[REL|⟪Cantines : le bio et le local progressent, mais lentement⟫]]

[[H|Ce que d'autres pays ont compris]]

La Finlande sert un repas gratuit à tous ses élèves depuis 1948. La Suède, l'Estonie et, plus récemment, plusieurs régions d'Écosse ont fait le même choix. ⟦Aucun de ces pays ne considère le déjeuner comme une option ou un service facultatif.⟧ Il y est pensé comme un temps d'apprentissage à part entière.

Je ne plaide pas pour que l'État se substitue aux communes, qui connaissent leurs écoles et leurs fournisseurs. Je plaide pour qu'il finance, et qu'il fixe une règle simple : aucun enfant ne doit payer pour déjeuner à l'école publique. ⟦Ce serait, enfin, une mesure d'égalité que chaque famille pourrait constater dans sa vie quotidienne.⟧

[[NOTE|⟪Hélène Garnier-Vasseur est sociologue, directrice de recherche au CNRS⟫. Elle a publié « Le Ventre de l'école » (Éditions du Seuil, 2025).]]""",
    kind="opinion", why="signed tribune arguing for free school meals",
))

HZ_NAV = [("Actualité", ["France", "Monde", "Politique", "Société"]), ("Économie", ["Conjoncture", "Entreprises", "Finances publiques", "Placements"]),
          ("Opinions", ["L'éditorial", "Tribunes", "Chroniques", "Le débat"]), ("Culture", ["Cinéma", "Théâtre", "Livres", "Expositions"]),
          ("Sport", ["Football", "Rugby", "Cyclisme"]), ("Santé", []), ("Tech", []), ("Voyages", []), ("Podcasts", [])]
HZ_RAIL = [("L'éditorial", "Europe : l'heure des choix budgétaires"), ("Tribune", "« Il faut sauver les petites lignes ferroviaires »"),
           ("Chronique", "Le français, langue de l'innovation ?")]
HZ_MOST = ["Retraites : ce que prévoit la nouvelle formule de calcul", "Le classement des meilleurs lycées de France",
           "Bourse : le CAC 40 termine la semaine en hausse", "Météo : le retour de la chaleur ce week-end"]

# ---------------------------------------------------------------- national daily, unsigned editorial: null
PAGES.append(dict(
    case="fr-opinion-quotidien-editorial", skin="quotidien", domain="www.lhorizon-quotidien.example", site="L'Horizon", secpath="opinions",
    url="https://www.lhorizon-quotidien.example/opinions/editorial/retraites-le-courage-de-dire-la-verite-sur-les-chiffres-20260917",
    h1="Retraites : le courage de dire la vérité sur les chiffres",
    deck="Le nouveau rapport du Conseil d'orientation des retraites montre que le déficit se creuse plus vite que prévu. Le gouvernement ne peut plus l'ignorer.",
    label="L'éditorial", crumbs=["Opinions", "L'éditorial"], authors=None, byline_text="L'Horizon",
    byline_html="L'Horizon", meta="og", meta_section="Opinions",
    pub="2026-09-17T11:30:00+02:00", date="Publié le 17 septembre 2026 à 11h30", today="Jeudi 17 septembre 2026",
    nav=HZ_NAV, ticker=["Assemblée : la motion de censure rejetée de justesse", "Incendie dans un entrepôt à Gennevilliers", "⟪Rugby : le XV de France dévoile sa liste⟫"],
    tags=["Retraites", "Finances publiques"], related=["Le COR prévoit un déficit de 0,8 % du PIB en 2030", "Retraites : les syndicats réclament une conférence sociale"],
    most=HZ_MOST, opinion_rail=[("Tribune", "« Il faut sauver les petites lignes ferroviaires »"), ("Chronique", "⟪Le français, langue de l'innovation ?⟫")],
    support="⟪Ce contenu est accessible à tous.⟫ Pour soutenir une information exigeante, abonnez-vous à L'Horizon.",
    comments=[("Bernard L.", "17/09/2026 12:04", "⟪Toujours les mêmes qui paient : les retraités modestes.⟫"), ("Anne-So", "17/09/2026 12:40", "Enfin un édito lucide.")], comment_count=214,
    body="""⟦Il y a des rapports que l'on préférerait ne pas lire.⟧ Celui que le Conseil d'orientation des retraites a rendu public mercredi en fait partie : ⟦le déficit du système atteindrait 0,8 % du PIB dès 2030, soit près du double de ce qui était anticipé il y a deux ans.⟧ La faute à une croissance plus faible, à une productivité en berne et à une natalité qui ne cesse de reculer.

Face à ces chiffres, la tentation sera grande, une fois encore, de détourner le regard. Le gouvernement a déjà fait savoir qu'il n'envisageait « aucune nouvelle réforme d'ici la fin du quinquennat ». Les oppositions, de leur côté, continuent de promettre un retour à la retraite à 62 ans sans dire comment le financer. ⟦Cette double fuite en avant est un mauvais service rendu aux Français.⟧

[[AD]]

Car les choix ne disparaîtront pas parce qu'on refuse de les voir. Il n'en existe que trois : travailler plus longtemps, cotiser davantage ou accepter des pensions moins élevées. Chacun a ses défauts, et aucun n'est indolore. Mais les combiner, avec mesure et en protégeant les carrières longues et les métiers pénibles, reste possible – à condition de commencer maintenant.

Il faudra aussi regarder en face la question de l'emploi des seniors, qui reste l'angle mort du débat. Reculer l'âge de départ n'a de sens que si les entreprises gardent et embauchent les plus de 60 ans. Sur ce point, la France reste très en retard sur ses voisins, et aucune réforme ne réussira sans un engagement réel des employeurs.

Nous pensons que le débat doit s'ouvrir sur une base simple : des chiffres partagés par tous, discutés au Parlement, et non dans l'urgence d'un budget. ⟦Le pays a les moyens de sauver son modèle de retraite par répartition ; il n'a plus le temps de tergiverser.⟧""",
    kind="opinion", why="unsigned editorial arguing for pension reform now",
))

# ---------------------------------------------------------------- national daily, "Analyse" written as reporting, AnalysisNewsArticle
PAGES.append(dict(
    case="fr-news-quotidien-budget", skin="quotidien", domain="www.lhorizon-quotidien.example", site="L'Horizon", secpath="economie",
    url="https://www.lhorizon-quotidien.example/economie/finances-publiques/budget-2027-pourquoi-la-promesse-d-un-deficit-a-4-parait-deja-fragile-20261002",
    h1="Budget 2027 : pourquoi la promesse d'un déficit à 4 % paraît déjà fragile",
    deck="Le projet de loi de finances présenté jeudi repose sur une croissance de 1,4 %, jugée optimiste par la plupart des économistes. Plusieurs économies restent à préciser.",
    label="Analyse", crumbs=["Économie", "Finances publiques"], authors=["Mathieu Rocheteau"], byline_text="Par Mathieu Rocheteau",
    byline_html='Par <a href="/auteurs/mathieu-rocheteau/">Mathieu Rocheteau</a>', ld_authors=["Mathieu Rocheteau"], ld_type="AnalysisNewsArticle",
    ld_section="Économie", premium=True, read_min=5,
    pub="2026-10-02T05:45:00+02:00", mod="2026-10-02T09:20:00+02:00", date="Publié le 2 octobre 2026 à 05h45, mis à jour à 09h20", today="Vendredi 2 octobre 2026",
    nav=HZ_NAV, ticker=["⟪Le CAC 40 ouvre en hausse⟫", "Procès des assistants parlementaires : le verdict attendu lundi"],
    hero="⟪Le ministre de l'économie lors de la présentation du budget, à Bercy, le 1er octobre 2026.⟫",
    tags=["Budget 2027", "Dette publique", "Impôts"], related=["⟪Ce que contient le projet de loi de finances pour 2027⟫", "La Cour des comptes alerte sur la dette sociale"],
    most=HZ_MOST, opinion_rail=[("L'éditorial", "⟪Budget : la sincérité avant tout⟫"), ("Tribune", "« Taxer les superprofits n'est pas un tabou »")],
    body="""⟦Sur le papier, l'objectif est tenu.⟧ Le projet de loi de finances pour 2027, présenté jeudi 1er octobre en conseil des ministres, prévoit de ramener le déficit public à 4 % du produit intérieur brut l'an prochain, contre 4,7 % attendus cette année. ⟦Mais à y regarder de plus près, cette trajectoire repose sur des hypothèses que beaucoup jugent fragiles.⟧

[[H|Une croissance jugée optimiste]]

La première concerne la croissance. Bercy table sur une hausse du PIB de 1,4 % en 2027, quand la Banque de France l'estime à 1 % et que la moyenne des prévisionnistes privés se situe autour de 0,9 %. Dans son avis publié jeudi, le Haut Conseil des finances publiques qualifie cette prévision d'« élevée ». ⟦Or chaque dixième de point de croissance manquant représente environ 1,5 milliard d'euros de recettes en moins.⟧

« On construit un budget sur le scénario le plus favorable, ce qui laisse très peu de marge en cas de choc », observe Claire Duvignau, économiste à l'Observatoire des politiques budgétaires. Un haut fonctionnaire de Bercy, qui a requis l'anonymat, reconnaît que la prévision est « ambitieuse mais pas irréaliste ».

[[SPLIT]]

[[H|Des économies encore floues]]

La seconde fragilité tient aux économies annoncées. Le gouvernement affiche 32 milliards d'euros d'efforts, dont 14 milliards sur les dépenses de l'État. ⟦Or près d'un tiers de cette somme correspond à des « mesures de gestion » qui ne sont pas détaillées dans le texte.⟧ Le gel des pensions de retraite au premier semestre, qui rapporterait 2,8 milliards, doit encore être voté, et plusieurs groupes de la majorité y sont hostiles.

[[REL|⟪Dette : la France emprunte désormais plus cher que l'Espagne⟫]]

Enfin, la charge de la dette continue de grimper : elle devrait atteindre 62 milliards d'euros en 2027, soit davantage que le budget de la défense. ⟦Les débats au Parlement, qui commencent le 14 octobre, diront si ces hypothèses résistent à l'épreuve des amendements.⟧""",
    kind="news", sure=False, why="analysis label, but reports forecasts and sourced views",
))

# ---------------------------------------------------------------- national daily, explainer with subheadings as questions (news), two authors
PAGES.append(dict(
    case="fr-news-quotidien-findevie", skin="quotidien", domain="www.courrierdeparis.example", site="Le Courrier de Paris", secpath="societe",
    url="https://www.courrierdeparis.example/les-verificateurs/article/2026/05/27/aide-a-mourir-ce-que-contient-vraiment-le-texte-adopte-par-le-senat_6221974_4355770.html",
    h1="Aide à mourir : ce que contient vraiment le texte adopté par le Sénat",
    deck="Conditions d'accès, délais, rôle des médecins, clause de conscience : le point sur la proposition de loi votée mardi, qui doit encore revenir devant l'Assemblée nationale.",
    label="Les Vérificateurs", crumbs=["Société", "Santé"], authors=["Camille Ordonneau", "Yanis Belkacem"], byline_text="Camille Ordonneau et Yanis Belkacem",
    byline_html='<a href="/signataires/camille-ordonneau/">Camille Ordonneau</a> et <a href="/signataires/yanis-belkacem/">Yanis Belkacem</a>', meta="og", meta_section="Société",
    pub="2026-05-27T18:30:00+02:00", date="Publié le 27 mai 2026 à 18h30", today="Mercredi 27 mai 2026",
    nav=CP_NAV, ticker=["Roland-Garros : trois Français au deuxième tour", "⟪Orages : huit départements en vigilance⟫"],
    tags=["Fin de vie", "Sénat", "Santé"], related=["Fin de vie : le récit de dix ans de débats", "Soins palliatifs : 21 départements toujours sans unité spécialisée"],
    most=CP_MOST, opinion_rail=[("Tribune", "⟪« La loi sur la fin de vie oublie les plus vulnérables »⟫"), ("Chronique", "Ce que la maladie m'a appris sur la liberté")],
    comments=[("Jacques R.", "il y a 5 heures", "Article clair, merci. Reste la question des délais, trop longs."),
              ("Maëlle", "il y a 3 heures", "⟪Mon père aurait voulu ce texte.⟫")], comment_count=342,
    body="""⟦Après deux ans de navette parlementaire, le texte sur l'aide à mourir franchit une étape décisive.⟧ Le Sénat a adopté, mardi 26 mai, par 171 voix contre 158, une version amendée de la proposition de loi créant un « droit à l'aide à mourir ». Le texte doit désormais revenir en deuxième lecture devant l'Assemblée nationale, à l'automne. Voici ce qu'il contient.

[[H|Qui pourra en faire la demande ?]]

⟦Cinq conditions cumulatives sont prévues par le texte.⟧ Le patient devra :

[[LIST|être majeur|être de nationalité française ou résider de façon stable en France|⟦être atteint d'une affection grave et incurable engageant son pronostic vital à court ou moyen terme⟧|présenter une souffrance physique ou psychologique réfractaire aux traitements|être apte à manifester sa volonté de façon libre et éclairée]]

Le Sénat a resserré la définition du « moyen terme », que le texte limite désormais à douze mois. Les maladies psychiatriques seules sont exclues.

[[REL|⟪Fin de vie : comment votent nos voisins européens⟫]]

[[H|Quelle procédure ?]]

La demande devra être formulée auprès d'un médecin, qui disposera de quinze jours pour rendre sa décision, après avoir recueilli l'avis d'au moins un autre médecin et d'un soignant. Le patient devra ensuite confirmer sa demande après un délai de réflexion de deux jours minimum. La substance létale pourra être administrée par le patient lui-même ou, s'il n'en est pas capable, par un médecin ou un infirmier.

[[AD]]

[[H|Les soignants pourront-ils refuser ?]]

Oui. Le texte prévoit une clause de conscience spécifique : aucun professionnel de santé ne sera tenu de participer à la procédure, mais il devra orienter le patient vers un confrère. Les sénateurs ont ajouté une disposition permettant aux établissements privés de refuser que l'acte soit pratiqué dans leurs murs, ce que les députés avaient rejeté en première lecture.

[[H|Que se passe-t-il maintenant ?]]

Les divergences entre les deux chambres restent nombreuses, notamment sur le délai de décision et sur le rôle des établissements. ⟦Si elles ne parviennent pas à un accord, le dernier mot reviendra à l'Assemblée nationale, probablement au début de l'année 2027.⟧""",
    kind="news", why="explainer of a bill, reporting its contents",
))

EO_NAV = [("Loire-Atlantique", ["Nantes", "Saint-Nazaire", "Pornic", "Châteaubriant"]), ("Bretagne", ["Rennes", "Brest", "Quimper", "Vannes"]),
          ("Vendée", []), ("Maine-et-Loire", []), ("France-Monde", []), ("Sports", ["FC Nantes", "Voile", "Handball"]),
          ("Opinion", ["Éditos", "Points de vue", "Courrier des lecteurs"]), ("Loisirs", ["Sorties", "Cuisine", "Jardin"]), ("Services", ["Avis de décès", "Météo", "Jeux"])]
EO_DEP = ["Loire-Atlantique", "Ille-et-Vilaine", "Morbihan", "Finistère", "Côtes-d'Armor", "Vendée", "Maine-et-Loire"]
EO_RAIL = [("Édito", "La Loire mérite mieux qu'un débat de comptoir"), ("Point de vue", "« Nos bourgs ont besoin de leurs médecins »")]

# ---------------------------------------------------------------- regional daily, local report split by an ad
PAGES.append(dict(
    case="fr-news-regional-pont", skin="regional", domain="www.echo-ouest.example", site="L'Écho de l'Ouest", secpath="saint-nazaire",
    url="https://www.echo-ouest.example/pays-de-la-loire/saint-nazaire/pont-de-saint-nazaire-circulation-alternee-pendant-six-mois-a-partir-de-lundi-7b2e1c90",
    h1="Pont de Saint-Nazaire : circulation alternée pendant six mois à partir de lundi",
    deck="Le Département lance le remplacement des joints de chaussée de l'ouvrage. Une seule voie sera ouverte dans chaque sens, sauf la nuit où le pont sera fermé quatre fois.",
    crumbs=["Loire-Atlantique", "Saint-Nazaire"], authors=["Gaëlle Le Bihan"], byline_text="Gaëlle Le Bihan",
    byline_html='<a href="/auteurs/gaelle-le-bihan/">Gaëlle Le Bihan</a>', ld_authors=["Gaëlle Le Bihan"], ld_type="NewsArticle",
    pub="2026-01-16T18:12:00+01:00", mod="2026-01-17T08:40:00+01:00",
    date="Publié le 16/01/2026 à 18h12<br>Modifié le 17/01/2026 à 08h40", edition="Saint-Nazaire", weather="Saint-Nazaire 9°C, averses",
    nav=EO_NAV, departements=EO_DEP, ticker=["Nantes : le tramway perturbé ce samedi", "⟪Pornic : la halle du marché rouvre⟫"],
    hero="Le pont de Saint-Nazaire, qui relie la ville à Saint-Brevin-les-Pins. ARCHIVES L'ÉCHO DE L'OUEST",
    tags=["Saint-Nazaire", "Circulation", "Travaux"], related=["Saint-Brevin : un nouveau parking relais près de l'estuaire", "Chantiers de l'Atlantique : 600 embauches prévues"],
    most=["Nantes : un restaurant du centre-ville fermé par la préfecture", "FC Nantes : les notes des joueurs", "⟪La météo du week-end en Loire-Atlantique⟫", "Avis de décès du jour"],
    opinion_rail=EO_RAIL,
    comments=[("Yvon44", "16/01/2026 19:02", "⟪Encore des bouchons pour ceux qui travaillent aux Chantiers...⟫"), ("brevinoise", "16/01/2026 20:15", "Il fallait bien le faire un jour.")], comment_count=38,
    body="""⟦Les automobilistes qui franchissent l'estuaire de la Loire devront s'armer de patience.⟧ À partir du lundi 19 janvier, et pour une durée de six mois, la circulation sera réduite à une voie dans chaque sens sur le pont de Saint-Nazaire, qui relie la ville à Saint-Brevin-les-Pins.

Le Département de Loire-Atlantique, gestionnaire de l'ouvrage, engage le remplacement des douze joints de chaussée, ces pièces métalliques qui permettent au tablier de se dilater. « Ils datent en partie de la mise en service du pont, en 1975, et arrivent en fin de vie », explique le vice-président chargé des routes. ⟦Le chantier coûtera 7,8 millions d'euros.⟧

[[PHOTO|⟪Les joints de chaussée seront changés un par un, sous circulation.⟫|Photo : Gaëlle Le Bihan]]

[[SPLIT]]

[[H|Quatre fermetures de nuit]]

⟦Le pont sera entièrement fermé à la circulation lors de quatre nuits, entre 21 h et 6 h, dont les dates seront annoncées deux semaines à l'avance.⟧ Une déviation par le pont de Cheviré, à Nantes, soit près de 120 kilomètres, sera alors mise en place. Les bus de la ligne régionale seront maintenus en journée.

Pendant toute la durée du chantier, la vitesse sera limitée à 50 km/h sur l'ouvrage, et le stationnement des poids lourds sera interdit sur les aires situées à ses deux extrémités. Des panneaux à messages variables indiqueront en temps réel les temps de traversée.

Près de 32 000 véhicules empruntent chaque jour l'ouvrage, dont de nombreux salariés des Chantiers de l'Atlantique et d'Airbus. Le Département conseille de privilégier le covoiturage et annonce le renforcement des navettes depuis Saint-Brevin aux heures de pointe.

[[REL|⟪Saint-Nazaire : la fréquentation du pont a doublé en trente ans⟫]]

[[SPLIT]]

Les élus de la communauté de communes Sud-Estuaire, qui avaient demandé que les travaux soient reportés après l'été, ont obtenu que le chantier soit suspendu du 1er juillet au 31 août. ⟦Les travaux reprendront ensuite à la rentrée pour une dernière phase d'environ six semaines.⟧""",
    kind="news", why="local roadworks report with official figures",
))

GM_NAV = [("Haute-Garonne", ["Toulouse", "Muret", "Saint-Gaudens"]), ("Ariège", ["Foix", "Pamiers", "Saint-Girons"]), ("Tarn", []), ("Gers", []),
          ("Occitanie", []), ("Faits divers", []), ("Sports", ["Stade Toulousain", "TFC", "Rugby amateur"]),
          ("Opinions", ["L'édito", "Le billet", "Tribunes"]), ("Sorties", []), ("Jeux", [])]
GM_DEP = ["Haute-Garonne", "Ariège", "Tarn", "Gers", "Lot", "Aveyron", "Tarn-et-Garonne", "Hautes-Pyrénées"]

# ---------------------------------------------------------------- regional daily, "Il y a 3 heures" beside a machine date, correspondent
PAGES.append(dict(
    case="fr-news-regional-scierie", skin="regional", domain="www.gazettedumidi.example", site="La Gazette du Midi", secpath="ariege",
    url="https://www.gazettedumidi.example/2026/08/11/ariege-un-incendie-detruit-une-scierie-a-saint-girons-40-salaries-au-chomage-technique-12874455.php",
    h1="Ariège : un incendie détruit une scierie à Saint-Girons, 40 salariés au chômage technique",
    label="Faits divers", crumbs=["Ariège", "Saint-Girons"], authors=["Jean-Pierre Sabatier"], byline_text="De notre correspondant Jean-Pierre Sabatier",
    byline_html='De notre correspondant <a href="/redaction/jean-pierre-sabatier">Jean-Pierre Sabatier</a>', meta="og",
    pub="2026-08-11T06:52:00+02:00",
    date='<time datetime="2026-08-11T06:52:00+02:00" title="11/08/2026 06:52">Il y a 3 heures</time>', edition="Ariège", weather="Foix 27°C",
    nav=GM_NAV, departements=GM_DEP, ticker=["Toulouse : la rocade fermée de nuit", "⟪Tour de France : le parcours dévoilé en octobre⟫"],
    hero="Les pompiers ont lutté toute la nuit contre les flammes. Photo DR",
    tags=["Incendie", "Saint-Girons", "Emploi"], related=["Couserans : la filière bois cherche des bras", "Saint-Girons : le marché du samedi attire les touristes"],
    most=["Toulouse : un chauffard arrêté après une course-poursuite", "⟪Stade Toulousain : la composition face à Clermont⟫", "Canicule : l'Occitanie en alerte", "Les résultats du loto"],
    opinion_rail=[("L'édito", "Forêt : l'urgence de protéger nos massifs"), ("Le billet", "Touristes, soyez les bienvenus (mais pas en voiture)")],
    comments=[("Couserannais09", "il y a 2 heures", "⟪Courage aux salariés, c'est un coup dur pour toute la vallée.⟫")], comment_count=12,
    body="""⟦L'alerte a été donnée peu après 23 heures, dimanche soir, par un voisin qui avait aperçu des flammes au-dessus des bâtiments.⟧ Lorsque les premiers secours sont arrivés à la scierie Lacoste, dans la zone artisanale de Saint-Girons, le hangar principal était déjà entièrement embrasé.

Près de 60 sapeurs-pompiers de l'Ariège et de la Haute-Garonne ont été mobilisés toute la nuit. Le feu, alimenté par des stocks de bois sec et de sciure, a dégagé une épaisse fumée visible depuis plusieurs kilomètres. ⟦Les habitants des maisons les plus proches ont été invités à garder leurs fenêtres fermées.⟧ Aucun blessé n'est à déplorer.

[[REL|⟪Couserans : plusieurs départs de feu en une semaine⟫]]

[[SPLIT]]

Au petit matin, le sinistre était circonscrit, mais le bilan est lourd : le hangar de 2 500 m2, deux lignes de sciage et une partie du stock sont détruits. ⟦Le bureau et l'atelier d'affûtage ont pu être protégés.⟧

« Trente ans de travail partis en fumée en une nuit », confiait lundi matin Patrick Lacoste, le dirigeant de l'entreprise familiale, devant les décombres encore fumants. Les 40 salariés ont été placés en chômage technique. Le chef d'entreprise espère pouvoir reprendre une partie de l'activité d'ici quelques semaines, en louant du matériel.

Dans la vallée, la nouvelle a suscité une vive émotion. La scierie, fondée par le père de Patrick Lacoste en 1994, est l'un des principaux employeurs privés du Couserans. Le maire de Saint-Girons s'est rendu sur place dès lundi matin et a promis que la commune « ferait tout pour accompagner l'entreprise », notamment en cherchant un bâtiment provisoire. La chambre de commerce a, de son côté, annoncé la mise en place d'une cellule d'appui pour les démarches auprès des assureurs.

La gendarmerie a ouvert une enquête pour déterminer l'origine de l'incendie. ⟦Selon les premiers éléments, la piste d'un court-circuit dans un tableau électrique est privilégiée.⟧""",
    kind="news", why="local fire report with witnesses and officials",
))

# ---------------------------------------------------------------- regional daily, recipe (other), no date metadata
PAGES.append(dict(
    case="fr-other-regional-far", skin="regional", domain="www.echo-ouest.example", site="L'Écho de l'Ouest", secpath="loisirs",
    url="https://www.echo-ouest.example/leditiondusoir/loisirs/cuisine/recette-le-far-breton-aux-pruneaux-de-marie-annick-3f9a2d71",
    h1="Recette. Le far breton aux pruneaux de Marie-Annick, moelleux et sans grumeaux",
    deck="Chaque semaine, une lectrice ou un lecteur partage une recette de famille. Cette fois, Marie-Annick, de Quimperlé, nous livre ses secrets.",
    label="Cuisine", crumbs=["Loisirs", "Cuisine"], authors=["Loïc Tanguy"], byline_text="Loïc Tanguy",
    byline_html="Loïc Tanguy", meta="min",
    pub="2026-02-21T09:00:00+01:00", date="Publié le samedi 21 février 2026", edition="Quimperlé", weather="Quimperlé 11°C, nuageux",
    nav=EO_NAV, departements=EO_DEP, ticker=["Rennes : la rocade saturée ce matin", "⟪Brest : un cargo en difficulté au large d'Ouessant⟫"],
    hero="⟪Le far se déguste tiède ou froid.⟫ Photo : Loïc Tanguy",
    tags=["Recette", "Cuisine bretonne", "Dessert"], related=["La recette du kouign-amann sans prise de tête", "Crêpes : nos astuces pour une pâte sans grumeaux"],
    most=["⟪Les crêperies préférées de nos lecteurs⟫", "Quimper : une nouvelle boulangerie primée", "Brest : le port de plaisance s'agrandit", "Météo : tempête attendue mardi"],
    opinion_rail=EO_RAIL,
    body="""⟦Chez Marie-Annick Guégan, le far breton se prépare le samedi matin, « pour qu'il soit froid au goûter ».⟧ Cette retraitée de Quimperlé tient la recette de sa grand-mère, qui tenait une ferme près de Bannalec. « Elle ne pesait rien, tout se faisait au bol. J'ai dû tout mesurer pour pouvoir la transmettre à mes petits-enfants », sourit-elle.

[[H|Les ingrédients (pour 8 personnes)]]

[[LIST|⟦250 g de farine de blé⟧|200 g de sucre|6 œufs|1 litre de lait entier|50 g de beurre demi-sel, plus un peu pour le plat|250 g de pruneaux dénoyautés|1 sachet de sucre vanillé et une pincée de sel]]

[[H|La préparation]]

[[OL|Faites tremper les pruneaux une heure dans un bol de thé tiède, puis égouttez-les.|Dans un saladier, mélangez la farine, le sucre, le sucre vanillé et le sel. ⟦Ajoutez les œufs un par un en fouettant, jusqu'à obtenir une pâte lisse.⟧|Versez le lait petit à petit, sans cesser de fouetter, puis le beurre fondu.|Laissez reposer la pâte une heure au réfrigérateur.|Beurrez généreusement un plat à gratin, répartissez les pruneaux et versez la pâte par-dessus.|Enfournez 50 minutes à 200 °C : le dessus doit être bien doré.]]

[[AD]]

[[H|Le conseil de Marie-Annick]]

⟦Le secret, selon elle, tient au repos de la pâte : « Une heure au frais, et il n'y a plus un seul grumeau. »⟧ Elle déconseille aussi d'ouvrir le four pendant la cuisson, pour que le far gonfle régulièrement. Certains ajoutent un trait de rhum dans la pâte ; Marie-Annick préfère le laisser aux pruneaux.

[[NL|⟪Recevez chaque vendredi nos idées de recettes et de sorties⟫]]

⟦Et si le far retombe en refroidissant, pas d'inquiétude : c'est tout à fait normal.⟧""",
    kind="other", why="recipe with ingredients and steps",
))

# ---------------------------------------------------------------- regional daily, desk and "(Avec AFP)" credit line, OG without date
PAGES.append(dict(
    case="fr-news-regional-blagnac", skin="regional", domain="www.gazettedumidi.example", site="La Gazette du Midi", secpath="toulouse",
    url="https://www.gazettedumidi.example/2026/06/23/toulouse-l-aeroport-de-blagnac-vise-10-millions-de-passagers-en-2027-12761083.php",
    h1="Toulouse : l'aéroport de Blagnac vise 10 millions de passagers en 2027",
    deck="Porté par le retour des lignes européennes, le trafic a progressé de 8 % au premier semestre. La direction annonce de nouvelles destinations pour l'hiver.",
    crumbs=["Haute-Garonne", "Toulouse"], authors=None, byline_text="La rédaction",
    byline_html="La rédaction", meta="og", meta_pub=False,
    pub="2026-06-23T11:48:00+02:00", date="Publié le 23/06/2026 à 11h48", edition="Toulouse", weather="Toulouse 31°C, ensoleillé",
    nav=GM_NAV, departements=GM_DEP, ticker=["⟪Fête de la musique : un bilan sans incident majeur⟫", "Métro : la ligne C en test"],
    tags=["Aéroport", "Toulouse", "Transport aérien"], related=["Toulouse-Paris : le train gagne du terrain sur l'avion", "Airbus : les livraisons en hausse"],
    most=["Toulouse : les travaux de la ligne C prennent du retard", "Le programme de la semaine au Capitole", "Rugby : Toulouse champion d'Europe", "⟪Canicule : les piscines ouvertes jusqu'à 21 heures⟫"],
    opinion_rail=[("L'édito", "Toulouse, ville de l'aéronautique et du vélo ?"), ("Tribune", "« L'aérien doit payer sa part de la transition »")],
    body="""⟦L'aéroport Toulouse-Blagnac a accueilli 4,6 millions de passagers au premier semestre 2026, en hausse de 8 % sur un an.⟧ Un rythme qui permet à la direction de viser désormais les 10 millions de voyageurs en 2027, un niveau jamais atteint, a-t-elle annoncé mardi lors d'une conférence de presse.

La croissance est tirée par les lignes européennes, en particulier vers l'Espagne, le Portugal, l'Italie et le Royaume-Uni, qui représentent désormais plus de la moitié du trafic. ⟦À l'inverse, la navette vers Paris-Orly continue de reculer, concurrencée par le train et la visioconférence.⟧

[[REL|⟪Blagnac : le parking P2 rouvre après travaux⟫]]

[[SPLIT]]

Pour l'hiver, trois nouvelles destinations seront proposées : Marrakech, Cracovie et Porto. Une ligne vers Montréal, ouverte l'an dernier en saison estivale, sera maintenue toute l'année à raison de deux vols par semaine. ⟦La direction assure que cette croissance se fera « sans hausse des nuisances sonores ».⟧

Pour absorber cette hausse, l'aéroport engage un programme de travaux de 85 millions d'euros d'ici 2028 : agrandissement du hall D, nouveaux postes d'inspection-filtrage et extension du parking des avions. La société gestionnaire prévoit aussi de recruter une centaine de salariés, principalement pour la sûreté et l'accueil des passagers. « Aux heures de pointe, nos files d'attente ne sont plus acceptables », a reconnu son président.

Les associations de riverains de Colomiers et de Blagnac restent sceptiques. Elles demandent une limitation stricte des vols entre 23 heures et 6 heures et rappellent que le nombre de mouvements nocturnes a augmenté de 12 % en deux ans. ⟦Une réunion de la commission consultative de l'environnement est prévue le 2 juillet.⟧

[[CREDIT|⟪(Avec AFP)⟫]]""",
    kind="news", why="airport traffic figures and reactions",
))

PH_NAV = [("Politique", []), ("Économie", ["Entreprises", "Argent", "Immobilier"]), ("Monde", []), ("Société", ["Éducation", "Famille", "Santé"]),
          ("Idées et débats", ["Chroniques", "Tribunes", "Grands entretiens"]), ("Culture", ["Livres", "Cinéma", "Musique"]), ("Styles", []), ("Le magazine", [])]
PH_MOST = ["Immobilier : les villes où les prix baissent enfin", "La liste des médicaments déremboursés en 2026", "Portrait : l'homme qui murmure à l'oreille des ministres",
           "⟪Nos dix romans préférés de l'automne⟫"]
PH_RAIL = [("Chronique", "Le retour du service militaire, vraie fausse bonne idée"), ("Tribune", "« Réconcilier la France des villes et celle des champs »")]

# ---------------------------------------------------------------- weekly, interview (news): Q&A, "Propos recueillis par"
PAGES.append(dict(
    case="fr-news-hebdo-entretien", skin="hebdo", domain="www.panorama-hebdo.example", site="Panorama Hebdo", secpath="societe",
    url="https://www.panorama-hebdo.example/societe/agnes-vidal-morin-le-velo-cargo-peut-remplacer-une-voiture-sur-deux-en-ville_2298811.html",
    h1="Agnès Vidal-Morin : « Le vélo cargo peut remplacer une voiture sur deux en ville »",
    deck="Urbaniste et autrice d'une étude sur les déplacements des familles dans dix métropoles, elle estime que les collectivités sous-estiment le potentiel de ce mode de transport.",
    label="Entretien", crumbs=["Société", "Mobilités"], authors=["Thomas Ferrand"], byline_text="Propos recueillis par Thomas Ferrand",
    byline_html='Propos recueillis par <a href="/auteurs/thomas-ferrand">Thomas Ferrand</a>', ld_authors=["Thomas Ferrand"], ld_type="NewsArticle",
    pub="2026-04-08T07:00:00+02:00", date="Publié le 08/04/2026 à 07:00",
    nav=PH_NAV, trending=["Municipales", "Immobilier", "Intelligence artificielle", "Retraites"],
    tags=["Vélo", "Urbanisme", "Transports"], related=["Vélo : les ventes repartent à la hausse", "À Grenoble, la fin des voitures en centre-ville divise"],
    most=PH_MOST, opinion_rail=PH_RAIL, kiosque="Cette semaine : « La France qui loue » – notre enquête sur les nouveaux locataires.", comment_count=56,
    comments=[("Vélotafeur", "08/04/2026", "⟪Encore faut-il des pistes sécurisées pour rouler avec deux enfants à l'arrière.⟫")],
    body="""[[Q|Panorama Hebdo : ⟦Votre étude affirme qu'un vélo cargo pourrait remplacer une voiture sur deux dans les grandes villes.⟧ N'est-ce pas exagéré ?]]

Agnès Vidal-Morin : ⟦Pas du tout, et c'est ce qui nous a nous-mêmes surpris.⟧ Nous avons suivi pendant un an les déplacements de 1 200 familles dans dix métropoles. Plus de la moitié des trajets réalisés en voiture font moins de cinq kilomètres et servent à transporter des enfants ou des courses. ⟦Ce sont exactement les usages pour lesquels le vélo cargo a été conçu.⟧

[[Q|Pourquoi les ménages ne franchissent-ils pas le pas ?]]

Le prix reste un frein : un bon modèle électrique coûte entre 4 000 et 7 000 euros. Mais le principal obstacle, c'est la peur. Les parents nous disent qu'ils ne se sentent pas en sécurité avec deux enfants à bord sur des axes partagés avec des camionnettes. Et il y a la question du stationnement : où garer un engin de 2,5 mètres quand on habite au quatrième étage sans ascenseur ?

[[PULL|Plus de la moitié des trajets réalisés en voiture font moins de cinq kilomètres]]

[[Q|Que devraient faire les collectivités ?]]

⟦D'abord, cesser de considérer le vélo cargo comme un gadget pour cadres urbains.⟧ Les villes qui ont créé des abris sécurisés en pied d'immeuble et des aides à l'achat conditionnées aux revenus ont vu le nombre d'utilisateurs tripler en trois ans. Il faut aussi des pistes larges et continues, pas des bandes peintes qui s'arrêtent aux carrefours.

[[NL|⟪Chaque jeudi, recevez la newsletter Société de Panorama Hebdo⟫]]

[[Q|Et les artisans, les livreurs ?]]

C'est l'autre grand gisement. Un plombier ne transportera pas toute sa camionnette, mais beaucoup de livraisons de dernier kilomètre peuvent basculer. À Strasbourg, une coopérative de livraison à vélo réalise déjà 4 000 livraisons par semaine. ⟦Le potentiel est immense, à condition que l'espace public suive.⟧""",
    issue="⟪Cet article est paru dans le numéro 3928 de Panorama Hebdo du 9 avril 2026.⟫",
    kind="news", why="Q&A interview; views are the interviewee's",
))

# ---------------------------------------------------------------- weekly, column marked only by the URL segment /chroniques/
PAGES.append(dict(
    case="fr-opinion-hebdo-smartphone", skin="hebdo", domain="www.panorama-hebdo.example", site="Panorama Hebdo", secpath="societe",
    url="https://www.panorama-hebdo.example/chroniques/on-a-tort-de-se-moquer-des-parents-qui-disent-non-au-smartphone_2341207.html",
    h1="On a tort de se moquer des parents qui disent non au smartphone",
    crumbs=["Société", "Famille"], authors=["Sophie Ancelin"], byline_text="Par Sophie Ancelin",
    byline_html='Par <a href="/auteurs/sophie-ancelin">Sophie Ancelin</a>', meta="og", meta_section="Société",
    pub="2026-11-19T06:30:00+01:00", date="Publié le 19/11/2026 à 06:30",
    nav=PH_NAV, trending=["Budget 2027", "Écrans", "Noël", "Ligue 1"],
    tags=["Écrans", "Adolescents", "Éducation"], related=["Smartphones au collège : le bilan d'un an d'interdiction", "Écrans : ce que recommandent les pédiatres"],
    most=PH_MOST, opinion_rail=[("Tribune", "⟪« L'école doit apprendre à décrocher »⟫"), ("Chronique", "Le Black Friday n'aura pas lieu chez moi")],
    kiosque="Cette semaine : « Nos enfants et les écrans » – le dossier de la rédaction.", comment_count=203,
    comments=[("Mère de 3", "19/11/2026", "Merci ! On se sent moins seuls."), ("Julien D.", "19/11/2026", "⟪Facile à dire quand tous les copains en ont un.⟫")],
    body="""⟦Le mois dernier, au dîner d'anniversaire d'une amie, j'ai commis l'imprudence d'avouer que mon fils de 13 ans n'avait pas de smartphone.⟧ Il y a eu un silence, puis des sourires gênés, puis la question que j'entends chaque fois : « Mais le pauvre, il ne doit plus avoir d'amis ? »

Il en a, rassurez-vous. Il a aussi un téléphone à clapet qui sert à appeler et à envoyer des messages, ce qui suffit à l'essentiel. ⟦Ce qu'il n'a pas, c'est un écran qui l'attend dans sa poche à chaque instant de la journée.⟧

Je ne prétends pas avoir trouvé la solution. Je constate simplement que notre choix, loin d'être une excentricité, rejoint ce que recommandent désormais la plupart des pédiatres, et ce que des milliers de parents tentent de faire en se coordonnant par classe ou par école. ⟦Ces parents ne sont pas des nostalgiques ou des technophobes : ils essaient de rendre du temps à leurs enfants.⟧

[[REL|⟪Écrans : le collectif de parents qui fait tache d'huile⟫]]

On leur oppose que l'on ne peut pas lutter contre son époque. C'est un argument curieux. Nous avons bien, collectivement, fixé un âge pour conduire, pour voter, pour acheter de l'alcool. Personne n'y voit une lutte perdue d'avance contre la modernité. Pourquoi faudrait-il renoncer à poser des règles pour un objet dont on sait qu'il capte l'attention plus efficacement que tout ce qui a été inventé avant lui ?

La pression sociale est réelle, je ne la nie pas. Elle pèse d'abord sur les enfants, qui se sentent exclus des groupes de discussion. Mais elle diminue à mesure que les familles qui font ce choix sont plus nombreuses. ⟦C'est pourquoi je crois qu'il faut cesser de moquer ces parents, et commencer à les rejoindre.⟧""",
    issue="Cet article est paru dans le numéro 3960 de Panorama Hebdo du 19 novembre 2026.",
    kind="opinion", why="first-person column arguing for delaying smartphones",
))

# ---------------------------------------------------------------- weekly, practical guide (other)
PAGES.append(dict(
    case="fr-other-hebdo-impots", skin="hebdo", domain="www.panorama-hebdo.example", site="Panorama Hebdo", secpath="argent",
    url="https://www.panorama-hebdo.example/argent/declaration-de-revenus-2026-les-cinq-cases-a-ne-pas-oublier_2301940.html",
    h1="Déclaration de revenus 2026 : les cinq cases à ne pas oublier",
    deck="Frais réels, pensions alimentaires, dons, emploi à domicile… Ces oublis coûtent chaque année des centaines d'euros aux contribuables.",
    label="Argent", crumbs=["Économie", "Argent"], authors=["Nadia Cherki"], byline_text="Par Nadia Cherki",
    byline_html='Par <a href="/auteurs/nadia-cherki">Nadia Cherki</a>', ld_authors=["Nadia Cherki"], ld_type="Article", ld_section="Argent",
    pub="2026-04-16T12:15:00+02:00", mod="2026-04-17T09:00:00+02:00", date="Publié le 16/04/2026 à 12:15 · Mis à jour le 17/04/2026 à 09:00",
    nav=PH_NAV, trending=["Impôts", "Retraites", "Immobilier", "Épargne"],
    tags=["Impôt sur le revenu", "Fiscalité", "Budget des ménages"], related=["⟪Impôts : le calendrier de la déclaration en ligne⟫", "Prélèvement à la source : comment changer son taux"],
    most=PH_MOST, opinion_rail=PH_RAIL, kiosque="⟪Cette semaine : le guide spécial impôts de Panorama Hebdo.⟫", comment_count=0,
    body="""⟦La campagne de déclaration des revenus de 2025 s'ouvre jeudi 16 avril sur le site impots.gouv.fr.⟧ Pour la plupart des foyers, la déclaration est préremplie et il suffit de la vérifier. ⟦Mais certaines informations n'y figurent jamais et doivent être ajoutées à la main.⟧ Voici les cinq cases les plus souvent oubliées.

[[OL|⟦Les frais réels (case 1AK).⟧ Si vos frais de transport, de repas ou de double résidence dépassent l'abattement forfaitaire de 10 %, déclarez-les : vous devrez conserver les justificatifs pendant trois ans.|Les pensions alimentaires versées (case 6GI à 6GP). Celles versées à un enfant majeur sont déductibles dans la limite de 6 794 euros par enfant.|Les dons aux associations (cases 7UD et 7UF). Ils ouvrent droit à une réduction d'impôt de 66 % à 75 % des sommes versées.|L'emploi d'un salarié à domicile (case 7DB). Ménage, garde d'enfants ou jardinage donnent droit à un crédit d'impôt de 50 %, même si vous n'êtes pas imposable.|Les frais de garde des jeunes enfants (case 7GA). Pour un enfant de moins de 6 ans gardé hors du domicile, le crédit d'impôt atteint 50 % des dépenses, dans la limite de 3 500 euros.]]

[[AD]]

[[H|Que faire en cas d'oubli ?]]

Pas de panique : ⟦il est possible de corriger sa déclaration en ligne à partir du mois d'août, après réception de l'avis d'imposition.⟧ Le service de correction reste ouvert jusqu'à la mi-décembre. Au-delà, une réclamation peut être déposée jusqu'au 31 décembre de la deuxième année suivant l'imposition.

[[NL|⟪Impôts, épargne, retraite : recevez chaque semaine notre lettre Argent⟫]]

[[H|Les dates limites]]

[[LIST|21 mai 2026 pour les départements 01 à 19|28 mai 2026 pour les départements 20 à 54|⟦4 juin 2026 pour les départements 55 à 976⟧]]

⟦Les contribuables qui déclarent encore sur papier ont jusqu'au 19 mai.⟧""",
    kind="other", why="tax-filing how-to with numbered list",
))

# ---------------------------------------------------------------- national daily, film review (other), JSON-LD only
PAGES.append(dict(
    case="fr-other-quotidien-critique", skin="quotidien", domain="www.lhorizon-quotidien.example", site="L'Horizon", secpath="culture",
    url="https://www.lhorizon-quotidien.example/culture/cinema/les-heures-claires-clemence-aubry-filme-le-deuil-avec-une-pudeur-rare-20260114",
    h1="« Les Heures claires » : Clémence Aubry filme le deuil avec une pudeur rare",
    deck="Pour son deuxième long-métrage, la réalisatrice suit une mère et sa fille dans l'été qui suit la mort du père. Un film lumineux, porté par deux actrices remarquables.",
    label="Critique", crumbs=["Culture", "Cinéma"], authors=["Julien Marchetti"], byline_text="Par Julien Marchetti",
    byline_html='Par <a href="/auteurs/julien-marchetti/">Julien Marchetti</a> <span class="rating" aria-label="4 sur 5">★★★★☆</span>', meta="ld",
    ld_authors=["Julien Marchetti"], ld_type="Review",
    ld_extra={"itemReviewed": {"@type": "Movie", "name": "Les Heures claires", "director": {"@type": "Person", "name": "Clémence Aubry"}},
              "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5}},
    pub="2026-01-14T06:00:00+01:00", date="Publié le 14 janvier 2026 à 06h00", today="Mercredi 14 janvier 2026",
    nav=HZ_NAV, ticker=["Cinéma : la fréquentation en hausse de 6 % en 2025", "⟪César 2026 : les nominations dévoilées le 28 janvier⟫"],
    hero="⟪Inès Mercadier et Louise Tavernier dans « Les Heures claires »⟫. PYRAMIDE FILMS",
    tags=["Cinéma", "Critique", "Sorties de la semaine"], related=["⟪Les films à voir cette semaine⟫", "Clémence Aubry : « Je voulais filmer la lumière après le chagrin »"],
    most=HZ_MOST, opinion_rail=HZ_RAIL,
    body="""⟦Il y a dans le cinéma français une longue tradition du film d'été, avec ses maisons de famille, ses repas en terrasse et ses secrets qui remontent à la surface.⟧ « Les Heures claires » s'inscrit dans cette lignée, mais en déplace habilement le centre de gravité : ici, le secret n'est pas le sujet, c'est l'absence.

Hélène, la cinquantaine, et sa fille Jeanne, 19 ans, passent le mois d'août dans la maison des Cévennes où elles venaient chaque année avec Marc, le père, mort au printemps. ⟦Clémence Aubry filme leurs journées sans jamais forcer l'émotion :⟧ une baignade, un volet qui claque, une radio qui diffuse la chanson qu'il aimait.

[[H|Deux actrices au diapason]]

Inès Mercadier, qu'on avait vue surtout dans des rôles de composition, trouve ici son plus beau rôle : une femme qui tient debout par discipline, et qui s'effondre pour un rien. ⟦Face à elle, Louise Tavernier, révélation du film, donne à Jeanne une colère sourde et une drôlerie inattendue.⟧ Leurs scènes de dispute, écrites au cordeau, sont parmi les plus justes vues depuis longtemps.

[[PULL|Le secret n'est pas le sujet, c'est l'absence]]

La réalisatrice, qui a longtemps travaillé comme monteuse, sait mieux que personne où couper. Ses plans s'arrêtent souvent une seconde avant qu'on ne s'y attende, laissant au spectateur le soin de compléter la scène. Ce refus du commentaire, servi par la photographie très douce de Paul Astruc, donne au film une qualité de présence rare, comme si l'on vivait l'été avec les personnages plutôt qu'on ne le regardait.

Le film n'évite pas toujours une certaine langueur dans sa dernière demi-heure, et l'arrivée d'un voisin trop providentiel sonne un peu faux. Mais la mise en scène, qui laisse longuement respirer les paysages baignés de lumière, finit par emporter l'adhésion. ⟦On sort de ces « Heures claires » étrangement apaisé, comme après une longue conversation.⟧

[[CREDIT|⟪Film français de Clémence Aubry. Avec Inès Mercadier, Louise Tavernier, Samuel Diallo (1 h 47).⟫ En salles le 14 janvier.]]""",
    kind="other", why="film review with star rating",
))
