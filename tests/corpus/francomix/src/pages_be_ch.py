"""Belgium (La Voix de Bruxelles, Sud Matin) and Romandie (La Tribune lémanique in Lausanne, Le
Courrier du Valais in Sion)."""

PAGES = []

VB_NAV = [("Belgique", ["Bruxelles", "Wallonie", "Flandre", "Politique"]), ("Monde", []), ("Économie", ["Entreprises", "Emploi", "Immo"]),
          ("Opinions", ["Éditos", "Cartes blanches", "Chroniques", "Cartoon"]), ("Culture", ["Cinéma", "Scènes", "Musique", "Livres"]),
          ("Sports", ["Football", "Cyclisme", "Diables rouges"]), ("Bruxelles", ["Ixelles", "Schaerbeek", "Anderlecht", "Uccle"]), ("Sortir", []), ("Jeux", [])]
VB_RAIL = [("Carte blanche", "« La Belgique ne peut plus reporter la réforme de ses pensions »"), ("Édito", "Bruxelles mérite un gouvernement qui gouverne"),
           ("Chronique", "Pourquoi je ne prends plus l'avion pour Barcelone")]
VB_MOST = ["Canicule : l'IRM prévoit jusqu'à 34 degrés jeudi", "Indexation des salaires : ce qui change en janvier", "Diables rouges : la sélection pour les Nations League",
           "Le classement des communes où il fait bon vivre"]

# ---------------------------------------------------------------- Brussels daily, collective "Carte blanche": three signatories
PAGES.append(dict(
    case="fr-opinion-belge-carteblanche", skin="belge", domain="www.lavoixdebruxelles.example", site="La Voix de Bruxelles", secpath="opinions",
    url="https://www.lavoixdebruxelles.example/728311/article/2026-03-04/les-ecoles-bruxelloises-ne-peuvent-plus-attendre-leur-renovation",
    h1="« Les écoles bruxelloises ne peuvent plus attendre leur rénovation »",
    deck="Des classes à 14 degrés en hiver, à 31 en juin : trois enseignants et directeurs demandent un plan d'investissement pluriannuel pour les bâtiments scolaires.",
    label="Carte blanche", crumbs=["Opinions", "Cartes blanches"], authors=["Nathalie Dewulf", "Karim Bensaïd", "Pieter Van Damme"],
    byline_text="Une carte blanche de Nathalie Dewulf, Karim Bensaïd et Pieter Van Damme",
    byline_html="Une carte blanche de Nathalie Dewulf, Karim Bensaïd et Pieter Van Damme",
    ld_authors=["Nathalie Dewulf", "Karim Bensaïd", "Pieter Van Damme"], ld_type="NewsArticle", ld_section="Cartes blanches", premium=True,
    pub="2026-03-04T17:10:00+01:00", date="Publié le 4/03/2026 à 17:10", today="Mercredi 4 mars 2026",
    nav=VB_NAV, ticker=["Grève à la STIB : le métro perturbé jeudi", "⟪Anderlecht limoge son entraîneur⟫", "Accident sur le ring de Bruxelles"],
    disclaimer="⟪Les cartes blanches sont publiées sous la responsabilité de leurs auteurs et n'engagent pas la rédaction.⟫",
    tags=["Enseignement", "Bruxelles", "Climat"], related=["Rénovation des écoles : la Fédération Wallonie-Bruxelles débloque 90 millions", "À Molenbeek, une école se chauffe au bois"],
    most=VB_MOST, opinion_rail=[("Édito", "⟪Bruxelles mérite un gouvernement qui gouverne⟫"), ("Chronique", "Pourquoi je ne prends plus l'avion pour Barcelone")],
    comments=[("Marc V.", "04/03/2026 18:22", "⟪Enseignante à Forest, je confirme chaque mot.⟫")], comment_count=41,
    body="""⟦Le lundi matin, dans certaines de nos classes, les élèves gardent leur manteau jusqu'à la récréation.⟧ Le thermomètre affiche 14 degrés, parce que la chaudière, installée en 1978, a encore lâché pendant le week-end. En juin, dans les mêmes locaux, il fait 31 degrés à 15 heures et les fenêtres ne s'ouvrent plus.

Ce n'est pas une exception. Selon le dernier cadastre publié par l'administration, ⟦près de 60 % des bâtiments scolaires bruxellois ont plus de cinquante ans, et un sur trois n'a jamais fait l'objet d'une rénovation énergétique.⟧ Les toitures fuient, les châssis sont en simple vitrage, les sanitaires sont parfois indignes.

[[REL|⟪Bâtiments scolaires : le cadastre qui inquiète⟫]]

[[SPLIT]]

Nous ne sommes ni architectes ni ingénieurs. Nous sommes enseignants et directeurs, et nous voyons chaque jour ce que ces conditions font aux apprentissages. ⟦Un enfant qui a froid ou trop chaud ne se concentre pas.⟧ Un enseignant qui passe sa matinée à chercher un local moins humide perd le temps qu'il devrait consacrer à ses élèves.

Les appels à projets successifs, lancés au gré des législatures, ne suffisent plus. Ils favorisent les pouvoirs organisateurs qui disposent d'un service technique capable de monter des dossiers complexes, et laissent de côté les petites écoles qui en ont le plus besoin.

[[H|Ce que nous demandons]]

[[LIST|⟦un plan d'investissement sur dix ans, doté d'un budget garanti quelle que soit la majorité⟧|une cellule d'accompagnement technique pour les écoles qui n'ont pas de service dédié|des normes minimales de température, de ventilation et d'éclairage, contrôlées chaque année]]

⟦Nos élèves méritent des écoles où l'on peut simplement apprendre, et cela ne devrait pas être un luxe.⟧

[[NOTE|⟪Nathalie Dewulf est directrice d'une école fondamentale à Saint-Gilles⟫ ; Karim Bensaïd est professeur de sciences à Schaerbeek ; Pieter Van Damme est enseignant dans une école néerlandophone d'Anderlecht.]]""",
    kind="opinion", why="collective carte blanche demanding a school renovation plan",
))

SM_NAV = [("Régions", ["Liège", "Charleroi", "Namur", "Mons", "Verviers"]), ("Belgique", []), ("Faits divers", []), ("Sports", ["Standard", "Sporting de Charleroi", "Jupiler Pro League"]),
          ("People", []), ("Opinions", ["Le billet", "Cartes blanches"]), ("Services", ["Météo", "Horoscope", "Nécrologie", "Jeux"])]

# ---------------------------------------------------------------- Walloon popular daily, Belga copy: null
PAGES.append(dict(
    case="fr-news-belge-tramliege", skin="belge", domain="www.sudmatin.example", site="Sud Matin", secpath="liege",
    url="https://www.sudmatin.example/region/liege/2026/06/09/le-tram-de-liege-deja-plus-frequente-que-prevu-TXQ4LMBR5JCV3",
    h1="Le tram de Liège déjà plus fréquenté que prévu, un an après sa mise en service",
    crumbs=["Régions", "Liège"], authors=None, byline_text="Belga",
    byline_html="Belga", ld_authors=["org:Belga"], ld_type="NewsArticle", meta="og",
    pub="2026-06-09T06:12:00+02:00", mod="2026-06-09T08:45:00+02:00", date="Publié le 09/06/2026 à 06:12 · Mis à jour à 08:45", today="Mardi 9 juin 2026", read_min=2,
    nav=SM_NAV, ticker=["Standard : un nouveau défenseur arrive", "⟪Charleroi : incendie dans un immeuble de la ville basse⟫"],
    hero="Le tram traverse le boulevard de la Sauvenière. BELGA",
    tags=["Liège", "Tram", "Mobilité"], related=["Liège : le parking relais de Sclessin saturé", "Le TEC annonce de nouvelles lignes de bus express"],
    most=["⟪Horoscope du jour : ce que vous réservent les astres⟫", "Standard : les supporters déçus", "Un Liégeois gagne 1,2 million à l'Euro Millions", "Météo : orages attendus mercredi"],
    opinion_rail=[("Le billet", "Le tram, ce miracle liégeois"), ("Carte blanche", "« La Wallonie doit miser sur ses gares »")],
    comments=[("LiégeoisPurSang", "09/06/2026 09:10", "Quand il roule, c'est top. Mais les pannes du début..."), ("Jo", "09/06/2026 09:40", "⟪Il faut le prolonger vers Herstal et Seraing !⟫")], comment_count=27,
    body="""⟦Un an après sa mise en service, le tram de Liège transporte en moyenne 92 000 voyageurs par jour ouvrable, soit 15 % de plus que l'objectif fixé pour sa deuxième année d'exploitation.⟧ Ces chiffres ont été présentés lundi par l'opérateur de transport public et la Région wallonne.

Les pointes de fréquentation sont enregistrées le samedi après-midi et lors des matchs au stade de Sclessin, où la capacité des rames a parfois été dépassée. ⟦L'opérateur envisage d'augmenter la fréquence de passage à une rame toutes les quatre minutes aux heures de pointe dès la rentrée de septembre.⟧

[[REL|⟪Tram de Liège : les commerçants du centre font leurs comptes⟫]]

Les premiers mois avaient pourtant été difficiles. Plusieurs pannes de signalisation et un déraillement sans gravité dans le dépôt avaient provoqué des interruptions de service, très critiquées par les usagers. ⟦Le taux de ponctualité atteint désormais 96 %, contre 88 % au cours des trois premiers mois.⟧

[[SPLIT]]

Le ministre wallon de la Mobilité a confirmé lundi que les études pour les deux extensions prévues, vers Herstal au nord et vers Seraing au sud, seraient terminées à la fin de l'année. Les travaux pourraient commencer en 2028, sous réserve du financement. Le coût total des deux prolongements est estimé à 390 millions d'euros.

Sur le plan financier, le bilan est plus contrasté. Les recettes commerciales sont conformes aux prévisions, mais les coûts de maintenance ont été plus élevés qu'annoncé, notamment en raison de l'usure prématurée de certains aiguillages. Le consortium privé chargé de l'entretien et l'opérateur public sont en discussion pour répartir ces surcoûts, évalués à 6 millions d'euros pour la première année. Une procédure d'arbitrage n'est pas exclue.

Les associations d'usagers saluent le succès de la ligne mais réclament une meilleure coordination avec les bus, dont certains horaires n'ont pas été adaptés. ⟦L'opérateur promet une révision complète du réseau de bus liégeois pour janvier 2027.⟧""",
    kind="news", why="agency report with ridership figures",
))

# ---------------------------------------------------------------- Brussels daily, reporter, text split by an ad
PAGES.append(dict(
    case="fr-news-belge-metro3", skin="belge", domain="www.lavoixdebruxelles.example", site="La Voix de Bruxelles", secpath="bruxelles",
    url="https://www.lavoixdebruxelles.example/741952/article/2026-10-22/le-metro-3-ne-roulera-pas-avant-2033-admet-la-region",
    h1="Le métro 3 ne roulera pas avant 2033, admet la Région bruxelloise",
    deck="Le tunnel sous la gare du Nord a pris deux ans de retard. Le coût du chantier dépasse désormais 4,5 milliards d'euros.",
    label="Mobilité", crumbs=["Belgique", "Bruxelles"], authors=["Laurence Vanderlinden"], byline_text="Par Laurence Vanderlinden",
    byline_html='Par <a href="/auteur/laurence-vanderlinden">Laurence Vanderlinden</a>', ld_authors=["Laurence Vanderlinden"], ld_type="NewsArticle", premium=True,
    pub="2026-10-22T19:34:00+02:00", date="Publié le 22/10/2026 à 19:34", today="Jeudi 22 octobre 2026",
    nav=VB_NAV, ticker=["⟪Budget fédéral : accord trouvé dans la nuit⟫", "Ixelles : la place Flagey rouvre aux piétons"],
    hero="Le chantier du futur métro 3, près de la gare du Nord. PHOTO NEWS",
    tags=["Métro", "Bruxelles", "Mobilité"], related=["⟪Métro 3 : le chantier vu de l'intérieur⟫", "Gare du Nord : les riverains excédés par le bruit"],
    most=VB_MOST, opinion_rail=VB_RAIL,
    comments=[("Schaerbeekois", "22/10/2026 20:01", "⟪On nous avait promis 2030. Rien d'étonnant.⟫")], comment_count=64,
    body="""⟦Il faudra encore patienter.⟧ Le futur métro 3, qui doit relier Albert, au sud de Bruxelles, à la gare du Nord, ne sera pas mis en service avant 2033, a reconnu jeudi la ministre bruxelloise de la Mobilité devant la commission parlementaire. Le calendrier officiel prévoyait jusqu'ici une ouverture en 2031.

En cause, principalement, le tunnel sous la gare du Nord, où les équipes ont rencontré des sols beaucoup plus instables que prévu. ⟦« Nous avons dû changer de méthode de creusement sur près de 400 mètres », a expliqué la ministre.⟧ Les travaux de la future station Toots Thielemans ont également pris du retard en raison de la découverte de vestiges archéologiques.

[[PHOTO|⟪Les tunneliers devront reprendre leur progression au printemps.⟫|Photo News]]

[[SPLIT]]

[[H|Un budget qui dérape]]

Le coût du projet est désormais estimé à 4,56 milliards d'euros, contre 3,2 milliards lors de l'estimation de 2021. L'inflation sur les matériaux de construction explique une partie de la hausse, mais l'opposition dénonce une « dérive incontrôlée » et réclame un audit indépendant. ⟦La ministre a répondu qu'un rapport de la Cour des comptes était attendu pour le début de l'année prochaine.⟧

[[REL|⟪Métro 3 : cinq questions sur un chantier hors normes⟫]]

Le retard a aussi des conséquences pour les riverains. Le chantier de la gare du Nord, qui devait s'achever en 2028, se prolongera au moins jusqu'en 2030, avec des rues fermées et des déviations de bus. Les habitants de Schaerbeek et de Saint-Josse, qui se plaignent depuis des mois du bruit des travaux de nuit, ont obtenu que les opérations les plus bruyantes soient interdites après 22 heures à partir de novembre.

En attendant, le prémétro entre Albert et la gare du Nord, exploité par des trams, continuera de fonctionner. La STIB a annoncé le renforcement de la ligne 4 à partir de janvier, avec des trams plus longs. ⟦Les commerçants de la chaussée d'Haecht, qui subissent les travaux depuis cinq ans, demandent de leur côté une indemnisation renforcée.⟧""",
    kind="news", why="report on a delayed metro project",
))

# ---------------------------------------------------------------- Brussels daily, listicle (other), no date metadata
PAGES.append(dict(
    case="fr-other-belge-friteries", skin="belge", domain="www.lavoixdebruxelles.example", site="La Voix de Bruxelles", secpath="sortir",
    url="https://www.lavoixdebruxelles.example/745020/article/2026-11-14/sept-friteries-bruxelloises-a-tester-cet-hiver",
    h1="Sept friteries bruxelloises à tester absolument cet hiver",
    deck="Des baraques historiques aux nouvelles adresses qui misent sur les pommes de terre bio : notre sélection, testée sous la pluie.",
    label="Sortir", crumbs=["Sortir", "Restos"], authors=["Maxime Delcourt"], byline_text="Par Maxime Delcourt",
    byline_html="Par Maxime Delcourt", meta="min",
    pub="2026-11-14T10:00:00+01:00", date="Publié le 14/11/2026 à 10:00", today="Samedi 14 novembre 2026", read_min=5,
    nav=VB_NAV, ticker=["Grève à la STIB : le métro perturbé jeudi", "⟪Marché de Noël : ouverture le 27 novembre⟫"],
    hero="⟪Le cornet reste le format roi.⟫ © Maxime Delcourt",
    tags=["Friteries", "Bruxelles", "Bonnes adresses"], related=["⟪Les meilleures gaufres de Bruxelles⟫", "Où manger des moules cet hiver"],
    most=["⟪Les meilleurs marchés de Noël de Belgique⟫", "Indexation des salaires : ce qui change en janvier", "Diables rouges : la sélection", "Restos : les nouvelles adresses du mois"],
    opinion_rail=VB_RAIL,
    body="""⟦On a beau dire, rien ne vaut un cornet de frites brûlant quand le crachin bruxellois s'installe pour de bon.⟧ Nous avons sillonné les dix-neuf communes pendant trois semaines pour dresser cette sélection. Nos critères : la cuisson (deux bains, évidemment), la graisse utilisée, le choix des sauces et l'accueil.

[[H|1. Chez Albertine, à Etterbeek]]

⟦Une institution ouverte en 1962, où la troisième génération fait tourner les friteuses.⟧ Les frites sont cuites à la graisse de bœuf, croustillantes à souhait. La sauce andalouse maison vaut le détour.

[[H|2. La Baraque du Parvis, à Saint-Gilles]]

Installée sur le parvis depuis quinze ans, elle attire une file impressionnante le samedi soir. Portions généreuses, prix raisonnables : 3,80 euros le petit cornet.

[[H|3. Frit'Bio, à Ixelles]]

La nouvelle venue de la liste utilise des pommes de terre bio de la région de Gembloux et une huile végétale. ⟦Les puristes tiqueront, mais le résultat est étonnamment bon.⟧

[[AD]]

[[H|4. Friterie de la Place, à Jette]]

Petite baraque sans prétention, mais une cuisson parfaitement maîtrisée. Essayez la fricadelle, réputée dans tout le nord de la ville.

[[H|5. Maison Verhaegen, à Uccle]]

Le cadre est plus chic, le prix aussi. Les frites restent remarquables, et on peut s'asseoir au chaud.

[[H|6. Chez Momo, à Schaerbeek]]

Ouvert jusqu'à 2 heures du matin le week-end, c'est le repaire des noctambules. Sa sauce samouraï maison a ses fans inconditionnels.

[[H|7. Le Cornet d'Or, à Anderlecht]]

À deux pas du stade, la friterie ne désemplit pas les soirs de match. ⟦Conseil d'ami : venez une heure avant le coup d'envoi, ou armez-vous de patience.⟧""",
    kind="other", why="listicle of restaurant recommendations",
))

TL_NAV = [("Vaud", ["Lausanne", "Riviera", "Nord vaudois", "La Côte"]), ("Genève", []), ("Suisse", []), ("Monde", []), ("Économie", []),
          ("Opinion", ["Éditorial", "Chroniques", "Courrier des lecteurs"]), ("Culture", []), ("Sports", ["Lausanne-Sport", "LHC", "Servette"]), ("Vivre", [])]
TL_MOST = ["Lausanne : le M3 prend encore du retard", "Impôts vaudois : ce qui change en 2027", "LHC : la victoire en prolongation", "⟪Météo : premières neiges attendues à 800 mètres⟫"]

# ---------------------------------------------------------------- Romandie daily, signed editorial by the editor-in-chief
PAGES.append(dict(
    case="fr-opinion-romand-edito", skin="romand", domain="www.tribune-lemanique.example", site="La Tribune lémanique", secpath="opinion",
    url="https://www.tribune-lemanique.example/leman-express-il-est-temps-de-penser-a-la-deuxieme-etape-836201447912",
    h1="Léman Express : il est temps de penser à la deuxième étape",
    deck="Le RER transfrontalier a dépassé toutes les prévisions. Vaud, Genève et la France voisine doivent maintenant s'entendre sur la suite.",
    label="Éditorial", crumbs=["Opinion", "Éditorial"], authors=["Frédéric Bonvin"], byline_text="Frédéric Bonvin Rédacteur en chef",
    byline_html='<a href="/auteurs/frederic-bonvin">Frédéric Bonvin</a> <span class="role">Rédacteur en chef</span>', ld_authors=["Frédéric Bonvin"],
    ld_type="OpinionNewsArticle", ld_section="Opinion", premium=True,
    pub="2026-05-12T19:45:00+02:00", date="Publié: 12.05.2026, 19h45", weather="Lausanne 18°",
    nav=TL_NAV, ticker=["Genève : une nouvelle piste cyclable sur le pont du Mont-Blanc", "⟪Servette battu à domicile⟫"],
    author_box="<b>Frédéric Bonvin</b> est rédacteur en chef de La Tribune lémanique depuis 2023. <a href=\"/auteurs/frederic-bonvin\">Plus d'infos</a>",
    tags=["Léman Express", "Transports", "Grand Genève"], related=["Le Léman Express a transporté 80 millions de voyageurs", "Annemasse : la gare saturée aux heures de pointe"],
    most=TL_MOST, opinion_rail=[("Chronique", "⟪Les vignerons de Lavaux méritent mieux⟫"), ("Courrier des lecteurs", "Le M3, toujours le M3")],
    comments=[("G. Pasche", "il y a 4 h", "⟪Et la ligne vers Thonon, on en parle ?⟫")], comment_count=19,
    body="""⟦Il y a six ans, beaucoup prédisaient que le Léman Express resterait un train à moitié vide, trop cher pour ce qu'il apportait.⟧ Les chiffres publiés mardi leur donnent tort : ⟦avec 82'000 voyageurs par jour en moyenne, le RER transfrontalier dépasse de près de 30% les prévisions les plus optimistes.⟧ Aux heures de pointe, certains trains sont désormais pleins à craquer.

Ce succès est une excellente nouvelle. Il montre que des dizaines de milliers de frontaliers et de pendulaires sont prêts à laisser leur voiture au garage, pour peu qu'on leur propose une offre fiable et rapide. Mais il crée aussi une obligation : celle de préparer dès maintenant la suite.

[[AD]]

Car les goulets d'étranglement sont connus. La gare de Cornavin arrive à saturation, la ligne vers Annemasse ne peut plus accueillir de trains supplémentaires sans nouveaux aménagements, et la desserte du Chablais reste insuffisante. ⟦Les projets existent, mais ils dorment dans les tiroirs faute d'accord sur leur financement entre Berne, les cantons et les collectivités françaises.⟧

On objectera que les finances publiques sont tendues et que d'autres priorités existent. C'est vrai. Mais chaque année perdue renchérit les travaux et prolonge la saturation. Les projets ferroviaires se planifient sur vingt ans : ceux que l'on ne lance pas aujourd'hui ne seront pas prêts en 2040, quand la population du bassin lémanique aura encore augmenté de 200'000 habitants.

Nous l'avons souvent écrit dans ces colonnes : le Grand Genève ne se construira pas à coups de réunions et de déclarations d'intention. Il faut un calendrier, un budget et une gouvernance claire. Les Vaudois, qui profitent largement de la ligne vers Coppet, doivent aussi prendre leur part.

⟦Le Léman Express a prouvé qu'il était possible de changer les habitudes ; il serait impardonnable de le laisser s'asphyxier sous son propre succès.⟧""",
    kind="opinion", why="signed editorial urging investment in the rail network",
))

# ---------------------------------------------------------------- Romandie daily, two reporters, vote result
PAGES.append(dict(
    case="fr-news-romand-votation", skin="romand", domain="www.tribune-lemanique.example", site="La Tribune lémanique", secpath="geneve",
    url="https://www.tribune-lemanique.example/votations-genevoises-les-transports-publics-gratuits-pour-les-moins-de-25-ans-acceptes-559204118237",
    h1="Votations genevoises : les transports publics gratuits pour les moins de 25 ans acceptés",
    deck="L'initiative de la gauche a obtenu 54,3% des voix. Le Conseil d'État devra trouver 38 millions de francs par an.",
    label="Votations du 27 septembre", crumbs=["Genève", "Politique"], authors=["Aline Perrin", "Bastien Roulet"], byline_text="Aline Perrin, Bastien Roulet",
    byline_html='<a href="/auteurs/aline-perrin">Aline Perrin</a>, <a href="/auteurs/bastien-roulet">Bastien Roulet</a>', meta="og",
    pub="2026-09-27T14:58:00+02:00", mod="2026-09-27T18:30:00+02:00", date="Publié: 27.09.2026, 14h58 · Mis à jour: 27.09.2026, 18h30", weather="Genève 21°",
    nav=TL_NAV, ticker=["⟪Vaud : oui à la loi sur l'énergie⟫", "Berne : le peuple refuse l'initiative sur les primes"],
    hero="Soirée électorale à l'Hôtel de Ville, dimanche. KEYSTONE",
    tags=["Votations", "Genève", "TPG"], related=["Tous les résultats des votations cantonales", "Gratuité des transports : ce que disent les études"],
    most=TL_MOST, opinion_rail=[("Éditorial", "⟪Gratuité : un beau symbole, une facture bien réelle⟫"), ("Chronique", "Les vignerons de Lavaux méritent mieux")],
    comments=[("Rémi_GE", "il y a 2 h", "Bravo aux jeunes qui se sont mobilisés."), ("Un contribuable", "il y a 1 h", "⟪Gratuit pour qui ? Pour le contribuable certainement pas.⟫")], comment_count=133,
    body="""⟦Les jeunes Genevois prendront le tram et le bus gratuitement.⟧ Dimanche, 54,3% des votants ont accepté l'initiative « Transports publics gratuits pour les moins de 25 ans », lancée par la gauche et soutenue par plusieurs associations de jeunesse. La participation s'est élevée à 46,1%, un niveau élevé pour un scrutin cantonal.

Le oui l'emporte dans 29 des 45 communes du canton, avec des scores particulièrement nets en ville de Genève (61,8%), à Carouge et à Vernier. ⟦Les communes de la rive gauche et de la campagne ont en revanche majoritairement refusé le texte.⟧

[[SPLIT]]

[[H|38 millions par an]]

La mesure concerne environ 95'000 jeunes domiciliés dans le canton. Son coût est estimé à 38 millions de francs par an, qui devront être compensés par l'État auprès des Transports publics genevois. ⟦Le Conseil d'État, qui avait recommandé le rejet, a pris acte du résultat et promis une mise en œuvre « d'ici à la rentrée 2027 ».⟧

« C'est une victoire pour le climat et pour le pouvoir d'achat des familles », s'est réjouie une représentante du comité d'initiative. Dans le camp adverse, on met en garde contre « un cadeau payé par tous les contribuables ».

[[REL|⟪Ce que change le vote pour les abonnés Unireso⟫]]

Du côté des Transports publics genevois, on se prépare à une hausse de la fréquentation. La direction estime que la gratuité pourrait attirer entre 8000 et 12'000 voyageurs supplémentaires par jour, surtout aux heures de pointe, sur des lignes déjà très chargées. Des bus supplémentaires devront être commandés, ce qui n'est pas compris dans le coût annoncé par les initiants.

Reste une question délicate : la gratuité s'appliquera-t-elle aux trajets vers la France voisine et vers Vaud ? ⟦Les discussions avec les partenaires de la communauté tarifaire commenceront dès le mois prochain.⟧""",
    kind="news", why="vote results report with reactions",
))

CV_NAV = [("Valais", ["Sion", "Martigny", "Monthey", "Sierre", "Haut-Valais"]), ("Suisse", []), ("Monde", []), ("Économie", []), ("Sport", ["FC Sion", "HC Sierre", "Ski"]),
          ("Opinions", ["Éditorial", "Chroniques", "Tribunes libres"]), ("Culture", []), ("Société", []), ("Agenda", [])]
CV_MOST = ["Sion : le nouveau parking de la Planta ouvre lundi", "Ski : le programme des Coupes du monde à Crans-Montana", "⟪Martigny : la foire du Valais bat un record⟫",
           "Vendanges : une année exceptionnelle"]

# ---------------------------------------------------------------- Valais daily, Keystone-ATS copy: null, agency code at the end
PAGES.append(dict(
    case="fr-news-romand-ats", skin="romand", domain="www.courrierduvalais.example", site="Le Courrier du Valais", secpath="valais",
    url="https://www.courrierduvalais.example/valais/entremont/un-eboulement-coupe-la-route-du-grand-saint-bernard-1294837",
    h1="Un éboulement coupe la route du Grand-Saint-Bernard",
    crumbs=["Valais", "Entremont"], authors=None, byline_text="ATS",
    byline_html="ATS", ld_authors=["org:Keystone-ATS"], ld_type="NewsArticle",
    pub="2026-07-03T16:22:00+02:00", date="Publié le 03.07.2026 à 16h22", weather="Sion 29°",
    nav=CV_NAV, ticker=["FC Sion : un renfort en défense", "⟪Canicule : interdiction des feux en plein air⟫"],
    hero="⟪La route est fermée entre Bourg-Saint-Pierre et le col.⟫ KEYSTONE",
    tags=["Grand-Saint-Bernard", "Éboulement", "Routes"], related=["Éboulements : le Valais renforce sa surveillance", "Col du Simplon : fermeture nocturne"],
    most=CV_MOST, opinion_rail=[("Chronique", "Nos cols ne sont pas des circuits"), ("Tribune libre", "« Le tourisme doit s'adapter au climat »")],
    body="""⟦Un éboulement a coupé la route du col du Grand-Saint-Bernard, vendredi en fin de matinée, au-dessus de Bourg-Saint-Pierre (VS).⟧ Personne n'a été blessé. La route restera fermée au moins jusqu'à lundi, a indiqué le canton du Valais.

Environ 3000 mètres cubes de rochers et de terre se sont détachés de la paroi vers 11h15, recouvrant la chaussée sur une cinquantaine de mètres. ⟦Un automobiliste qui circulait à proximité a pu s'arrêter à temps, a précisé la police cantonale.⟧ Un hélicoptère a survolé la zone dans l'après-midi pour évaluer la stabilité du versant.

Selon le géologue cantonal, l'éboulement est lié à la fonte du pergélisol, accélérée par les températures très élevées de ces derniers jours. Des mouvements résiduels ne sont pas exclus. ⟦Des travaux de purge de la paroi devront être réalisés avant toute réouverture.⟧

[[AD]]

Le tunnel du Grand-Saint-Bernard, qui relie la Suisse et l'Italie, reste ouvert à la circulation. Les automobilistes qui souhaitaient emprunter la route du col sont invités à passer par le tunnel, payant, ou par le col du Simplon. Les cars postaux ne desservent plus le col jusqu'à nouvel avis.

Ce n'est pas la première fois que le secteur est touché. En août 2024 déjà, une coulée de boue avait fermé la route pendant quatre jours. Depuis, le canton a installé des capteurs qui mesurent en continu les mouvements du versant. Ce sont ces instruments qui avaient signalé une accélération des déplacements dès mercredi, sans toutefois permettre de prévoir l'heure exacte de l'éboulement.

La route du col, ouverte depuis le 12 juin, est l'une des plus fréquentées de l'été en Valais, avec près de 4000 véhicules par jour en juillet. ⟦Les commerçants de l'hospice craignent une perte importante si la fermeture devait se prolonger.⟧

[[CREDIT|⟪ATS/Keystone-ATS – cvs/jpa⟫]]""",
    kind="news", why="agency report on a rockfall",
))

# ---------------------------------------------------------------- Valais daily, signed column filed under Valais › Société, not marked at all
PAGES.append(dict(
    case="fr-opinion-romand-loup", skin="romand", domain="www.courrierduvalais.example", site="Le Courrier du Valais", secpath="valais",
    url="https://www.courrierduvalais.example/valais/societe/le-loup-ni-ange-ni-demon-1309581",
    h1="Le loup, ni ange ni démon",
    crumbs=["Valais", "Société"], authors=["Marie-Thérèse Fournier"], byline_text="Marie-Thérèse Fournier",
    byline_html='<a href="/auteurs/marie-therese-fournier">Marie-Thérèse Fournier</a>', ld_authors=["Marie-Thérèse Fournier"], ld_type="NewsArticle", ld_section="Valais",
    pub="2026-10-24T07:00:00+02:00", date="Publié le 24.10.2026 à 07h00", weather="Sion 14°",
    nav=CV_NAV, ticker=["⟪Crans-Montana : la saison de ski débutera le 5 décembre⟫", "Vendanges : une année exceptionnelle"],
    author_box='<a href="/auteurs/marie-therese-fournier">Tous les articles de Marie-Thérèse Fournier</a>',
    tags=["Loup", "Agriculture", "Valais"], related=["Tirs de régulation : le canton en demande de nouveaux", "Alpages : la saison en chiffres"],
    most=CV_MOST, opinion_rail=[("Éditorial", "⟪Le Valais ne doit pas avoir peur de son avenir⟫"), ("Tribune libre", "« Le tourisme doit s'adapter au climat »")],
    comments=[("Berger de Nendaz", "il y a 6 h", "Venez passer une nuit sur l'alpage, vous changerez d'avis."), ("Lynx", "il y a 5 h", "⟪Enfin un texte nuancé sur ce sujet.⟫")], comment_count=88,
    body="""⟦Cet été, au-dessus d'Isérables, j'ai vu pour la première fois un loup.⟧ Il traversait un pierrier, à deux cents mètres, sans se presser. J'ai ressenti à la fois de l'émerveillement et, je l'avoue, une vraie inquiétude : ma voisine avait perdu onze brebis la semaine précédente.

Ces deux sentiments, je crois qu'ils devraient pouvoir coexister. Or le débat sur le loup, en Valais comme ailleurs, ne les tolère plus. ⟦Il y a ceux pour qui chaque tir est un crime, et ceux pour qui chaque meute est une invasion.⟧ Entre les deux, les éleveurs, les gardiens de troupeaux et les habitants des vallées ont le sentiment d'être pris en otage.

[[AD]]

Il faut le dire clairement : le retour du loup a un coût, et ce sont d'abord les éleveurs de montagne qui le paient. Les clôtures électriques, les chiens de protection et les bergers supplémentaires coûtent cher, demandent du temps et ne suffisent pas toujours. ⟦Les indemnités versées après une attaque ne remplacent ni les bêtes perdues ni les nuits sans sommeil.⟧

Mais il faut dire aussi que le loup fait partie de nos montagnes, et qu'il ne disparaîtra pas. Les tirs de régulation peuvent être utiles pour des individus qui s'attaquent systématiquement aux troupeaux. Ils ne régleront pas la question à long terme.

Je plaide donc pour autre chose : que l'argent public aille d'abord à la protection, massivement, et que les éleveurs qui font l'effort de protéger leurs troupeaux soient beaucoup mieux soutenus. ⟦Le loup n'est ni un ange ni un démon ; c'est un voisin difficile, avec lequel il faudra apprendre à vivre.⟧""",
    kind="opinion", why="first-person signed piece arguing a position on wolves",
))

for _p in PAGES:  # <html lang> by country
    _p["html_lang"] = "fr-CH" if _p["skin"] == "romand" else "fr-BE"
