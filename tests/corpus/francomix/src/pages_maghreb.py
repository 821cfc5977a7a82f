"""Maghreb: a Moroccan portal (Maroc Actu 24), an Algerian daily (Le Quotidien d'Alger) and a
Tunisian portal (Carthage Infos)."""

PAGES = []

MA_NAV = [("Actualité", ["Politique", "Société", "Régions", "Faits divers"]), ("Économie", ["Finance", "Entreprises", "Agriculture", "Énergie"]),
          ("Monde", ["Maghreb", "Afrique", "Europe"]), ("Opinions", ["Points de vue", "Chroniques", "Tribunes"]), ("Culture", []), ("Sport", ["Botola", "Lions de l'Atlas"]),
          ("MRE", []), ("Vidéos", [])]
MA_RAIL = [("Point de vue", "Le Maroc a-t-il gagné la bataille de l'eau ?"), ("Chronique", "Casablanca, la ville qui ne dort jamais (dans le trafic)")]
MA_MOST = ["Bac 2026 : le calendrier officiel des examens", "Prix des carburants : nouvelle baisse à la pompe", "⟪Les Lions de l'Atlas dévoilent leur liste⟫",
           "Météo : fortes pluies attendues dans le Nord"]

# ---------------------------------------------------------------- Moroccan portal, MAP copy: null
PAGES.append(dict(
    case="fr-news-maghreb-tangermed", skin="maghreb", domain="www.marocactu24.example", site="Maroc Actu 24", secpath="economie",
    url="https://www.marocactu24.example/economie/tanger-med-le-trafic-de-conteneurs-en-hausse-de-12-en-2025-184522.html",
    h1="Tanger Med : le trafic de conteneurs en hausse de 12 % en 2025",
    crumbs=["Économie", "Entreprises"], authors=None, byline_text="MAP",
    byline_html='Par <a href="/auteur/map/">MAP</a>', ld_authors=["org:MAP"], ld_type="NewsArticle",
    pub="2026-01-14T12:30:00+01:00", date="Publié le 14/01/2026 à 12:30", views="1 284 vues",
    today="Mercredi 14 janvier 2026 – 25 Rajab 1447", widget="EUR/MAD 10,84 · USD/MAD 9,95 · Casablanca 19°C",
    nav=MA_NAV, ticker=["Rabat : ouverture du Salon de l'agriculture", "⟪Botola : le Raja s'impose face au FUS⟫"],
    hero="⟪Vue aérienne du port de Tanger Med.⟫ DR",
    tags=["Tanger Med", "Ports", "Logistique"], related=["Le port de Nador West Med entrera en service en 2027", "Logistique : le Maroc mise sur les zones franches"],
    videos=["⟪Vidéo : dans les coulisses du port de Tanger Med⟫"],
    most=MA_MOST, opinion_rail=MA_RAIL,
    comments=[("Hicham", "14/01/2026 13:10", "⟪Fierté nationale, bravo aux équipes du port.⟫")], comment_count=6,
    body="""⟦Le complexe portuaire Tanger Med a traité 10,5 millions de conteneurs EVP (équivalent vingt pieds) en 2025, en hausse de 12 % par rapport à l'année précédente, a annoncé mardi l'Autorité portuaire.⟧

Ce volume confirme la place du port comme premier port à conteneurs de la Méditerranée et d'Afrique, a souligné l'Autorité dans un communiqué. ⟦Le trafic de transbordement, qui représente près de 80 % de l'activité conteneurs, a été particulièrement dynamique.⟧

[[REL|⟪Tanger Med : un nouveau terminal pour les véhicules électriques⟫]]

Le port a également enregistré une progression de son activité de véhicules, avec plus de 700 000 unités manutentionnées, portée notamment par les exportations des usines automobiles implantées dans la région de Tanger et de Kénitra. Le trafic des camions TIR a atteint 520 000 unités, en hausse de 7 %.

[[SPLIT]]

Le trafic passagers s'est établi à 3,1 millions de voyageurs, dont une grande partie durant l'opération Marhaba, qui accueille chaque été les Marocains résidant à l'étranger. ⟦Le nombre de navires accueillis par le complexe a dépassé 15 000, un record depuis sa mise en service.⟧

Les vracs liquides et solides ont en revanche légèrement reculé, en raison notamment de la baisse des importations de céréales après une campagne agricole meilleure que prévu.

Pour 2026, l'Autorité portuaire prévoit la poursuite des travaux d'extension de la plateforme logistique et la mise en service de nouveaux équipements de manutention automatisés. Elle mise également sur le développement de services de soutage de carburants plus propres, afin de répondre aux nouvelles exigences environnementales imposées aux armateurs en Méditerranée.

⟦Tanger Med emploie directement et indirectement plus de 110 000 personnes dans ses zones d'activités.⟧""",
    kind="news", why="agency report on port traffic figures",
))

# ---------------------------------------------------------------- Moroccan portal, "Point de vue" by an economist
PAGES.append(dict(
    case="fr-opinion-maghreb-dessalement", skin="maghreb", domain="www.marocactu24.example", site="Maroc Actu 24", secpath="opinions",
    url="https://www.marocactu24.example/opinions/points-de-vue/l-eau-dessalee-doit-rester-un-bien-public-186910.html",
    h1="L'eau dessalée doit rester un bien public",
    label="Point de vue", crumbs=["Opinions", "Points de vue"], authors=["Youssef El Alami"], byline_text="Par Youssef El Alami, économiste",
    byline_html='Par <a href="/auteur/youssef-el-alami/">Youssef El Alami</a>, économiste', meta="og", meta_section="Opinions",
    pub="2026-04-07T09:15:00+01:00", date="Publié le 07/04/2026 à 09:15", views="3 902 vues",
    today="Mardi 7 avril 2026 – 19 Chaoual 1447", widget="Fajr 05:12 · Dohr 13:31 · Asr 17:04 · Maghrib 19:47 · Icha 21:05",
    nav=MA_NAV, ticker=["⟪Sécheresse : le taux de remplissage des barrages à 41 %⟫", "Marrakech accueille un sommet sur l'IA"],
    disclaimer="⟪Les opinions exprimées dans cette rubrique n'engagent que leurs auteurs.⟫",
    tags=["Eau", "Dessalement", "Services publics"], related=["Station de dessalement de Casablanca : le chantier avance", "Eau potable : les nouveaux tarifs à l'étude"],
    videos=["Comment fonctionne une usine de dessalement ?"],
    most=MA_MOST, opinion_rail=[("Chronique", "⟪Casablanca, la ville qui ne dort jamais (dans le trafic)⟫"), ("Tribune", "Pour une vraie politique du livre")],
    comments=[("Samira B.", "07/04/2026 10:02", "Très juste, l'eau n'est pas une marchandise."), ("Rachid_Fès", "07/04/2026 11:15", "⟪Et qui paiera les investissements sans le privé ?⟫")], comment_count=18,
    body="""⟦En moins de dix ans, le Maroc est devenu l'un des pays les plus engagés au monde dans le dessalement de l'eau de mer.⟧ Face à six années de sécheresse consécutives, ce choix était nécessaire, et il faut saluer la rapidité avec laquelle les grandes stations ont été lancées. Mais une question décisive reste largement absente du débat public : à qui appartiendra cette eau, et à quel prix sera-t-elle vendue ?

[[H|Un modèle économique qui pose question]]

La plupart des nouvelles stations sont construites et exploitées dans le cadre de partenariats public-privé, sur des durées de vingt-cinq à trente ans. ⟦Ces contrats garantissent aux opérateurs privés un volume d'achat et un prix indexé sur le coût de l'énergie.⟧ Autrement dit, l'État et les régies prennent l'essentiel du risque, tandis que la rentabilité des opérateurs est assurée.

Je ne conteste pas le recours au privé : il a apporté des capitaux et une expertise technique dont le pays avait besoin. Je conteste l'idée que ces contrats puissent être négociés sans transparence, sans débat au Parlement, et sans que les citoyens sachent ce que coûtera, demain, le mètre cube qui sortira de leur robinet.

[[SPLIT]]

[[H|Trois principes à inscrire dans la loi]]

[[OL|⟦la publication intégrale des contrats de partenariat, comme cela se fait dans plusieurs pays européens⟧|un tarif social garanti pour les premiers mètres cubes consommés par chaque foyer|une priorité absolue à l'eau potable sur les usages agricoles et industriels en période de pénurie]]

⟦L'eau dessalée coûte cher à produire, et ce coût devra être partagé.⟧ Raison de plus pour que ce partage soit décidé démocratiquement, et non découvert par les ménages sur leur facture.

⟦Le dessalement peut être une chance historique pour le Maroc, à condition que l'eau reste ce qu'elle doit être : un bien commun.⟧

[[NOTE|⟪Youssef El Alami est économiste, spécialiste des politiques publiques de l'eau⟫ et enseignant à l'Université Mohammed V de Rabat.]]""",
    kind="opinion", why="point de vue arguing for public control of desalinated water",
))

QA_NAV = [("Actualité", ["National", "Régions", "Société"]), ("Économie", []), ("International", []), ("Sports", ["Ligue 1 Mobilis", "Les Verts"]),
          ("Culture", []), ("Contributions", []), ("Idées-Débats", []), ("Santé", [])]
QA_MOST = ["Baccalauréat : les résultats attendus le 14 juillet", "Prix de la pomme de terre : la flambée se poursuit", "⟪Les Verts en stage à Sidi Moussa⟫",
           "Omra 2027 : le calendrier des inscriptions"]

# ---------------------------------------------------------------- Algerian daily, "Contribution" by a professor, no date metadata
PAGES.append(dict(
    case="fr-opinion-maghreb-contribution", skin="maghreb", domain="www.quotidien-alger.example", site="Le Quotidien d'Alger", secpath="contributions",
    url="https://www.quotidien-alger.example/contributions/l-universite-algerienne-doit-rappeler-ses-diplomes-de-l-etranger-312985",
    h1="L'université algérienne doit rappeler ses diplômés de l'étranger",
    label="Contribution", crumbs=["Contributions"], authors=["Rachid Benmansour"], byline_text="Par le Pr Rachid Benmansour*",
    byline_html="Par le Pr Rachid Benmansour*", meta="min",
    pub="2026-09-21T00:00:00+01:00", date="Lundi 21 septembre 2026", views="",
    today="Lundi 21 septembre 2026 – 8 Rabie Ethani 1448", widget="1 € = 148,20 DA (cours officiel)",
    nav=QA_NAV, ticker=["⟪Rentrée universitaire : 1,9 million d'étudiants attendus⟫", "Oran : inauguration du nouveau stade"],
    tags=["Université", "Diaspora", "Recherche"], related=["Rentrée universitaire : les nouveautés de l'année", "Les doctorants algériens à l'étranger, une richesse méconnue"],
    videos=["Reportage : une journée à l'université des sciences de Bab Ezzouar"],
    most=QA_MOST, opinion_rail=[("Contribution", "⟪Pour une agriculture saharienne durable⟫"), ("Idées-Débats", "Que reste-t-il de la presse écrite ?")],
    comments=[("Karim, Montréal", "21/09/2026", "⟪Je suis prêt à rentrer, si on me laisse travailler.⟫")], comment_count=9,
    body="""⟦Chaque année, plusieurs milliers de jeunes Algériens partent poursuivre leurs études à l'étranger, en France, au Canada, en Turquie ou en Allemagne.⟧ Beaucoup d'entre eux y soutiennent une thèse, y publient, y enseignent. Une minorité seulement revient. Ce constat, souvent présenté comme une fatalité, est à mes yeux le symptôme d'une erreur de politique publique que nous pouvons corriger.

J'ai passé quarante ans dans l'université algérienne, dont douze comme doyen. ⟦J'ai vu partir certains de mes meilleurs étudiants, et je n'ai jamais pu leur offrir de raison sérieuse de revenir.⟧ Ce n'était pas une question de salaire seulement : c'était l'absence de laboratoires équipés, la lourdeur administrative, l'impossibilité de monter un projet de recherche sans attendre des mois une signature.

[[SPLIT]]

Or la situation a changé. ⟦Le pays dispose aujourd'hui de centres de recherche modernes, de budgets plus importants et d'une génération d'enseignants qui a elle-même connu l'étranger.⟧ Ce qui manque, c'est une véritable politique d'accueil.

Je propose trois mesures simples. D'abord, la reconnaissance automatique des diplômes obtenus dans les universités partenaires, sans la procédure d'équivalence qui décourage tant de candidats. Ensuite, des postes réservés, avec un contrat de cinq ans et un budget de démarrage pour constituer une équipe. Enfin, la possibilité pour ceux qui ne veulent pas rentrer définitivement d'enseigner chaque année quelques semaines dans nos universités.

On m'objectera que ces mesures ont un coût. Il est dérisoire comparé à ce que coûte la formation d'un médecin ou d'un ingénieur, que nous finançons jusqu'au bout avant de le regarder partir. Chaque diplômé qui ne revient pas est un investissement national dont d'autres pays récoltent les fruits.

Nos voisins l'ont compris avant nous, et plusieurs pays d'Asie ont bâti leur essor scientifique sur le retour de leurs diplômés. ⟦Nous n'avons pas besoin d'inventer : nous avons besoin de décider.⟧

[[NOTE|⟪*Universitaire, ancien doyen de la faculté de médecine d'Oran.⟫]]""",
    kind="opinion", why="contribution arguing for recruiting diaspora academics",
))

# ---------------------------------------------------------------- Algerian daily, APS copy: null
PAGES.append(dict(
    case="fr-news-maghreb-aps", skin="maghreb", domain="www.quotidien-alger.example", site="Le Quotidien d'Alger", secpath="actualite",
    url="https://www.quotidien-alger.example/actualite/tipaza-mise-en-service-de-la-station-de-dessalement-de-fouka-2-297410",
    h1="Tipaza : mise en service de la station de dessalement de Fouka 2",
    crumbs=["Actualité", "Régions"], authors=None, byline_text="APS",
    byline_html="APS", ld_authors=["org:APS"], ld_type="NewsArticle", meta="full",
    pub="2026-03-11T17:20:00+01:00", date="Publié le 11/03/2026 à 17:20", views="",
    today="Mercredi 11 mars 2026 – 22 Ramadhan 1447", widget="Iftar Alger : 18:52",
    nav=QA_NAV, ticker=["Coupe d'Algérie : le tirage des quarts de finale", "⟪Ramadhan : les prix des fruits sous surveillance⟫"],
    hero="⟪La station de Fouka 2, sur le littoral de Tipaza.⟫ (APS)",
    tags=["Dessalement", "Eau", "Tipaza"], related=["Alimentation en eau : le programme de l'été", "Cinq nouvelles stations de dessalement d'ici 2028"],
    videos=["⟪Vidéo : visite du chantier de Fouka 2⟫"],
    most=QA_MOST, opinion_rail=[("Contribution", "Pour une agriculture saharienne durable"), ("Idées-Débats", "Que reste-t-il de la presse écrite ?")],
    body="""⟦La station de dessalement d'eau de mer de Fouka 2, dans la wilaya de Tipaza, a été mise en service mercredi, a annoncé le ministère de l'Hydraulique.⟧ D'une capacité de 300 000 mètres cubes par jour, elle doit améliorer l'alimentation en eau potable d'Alger et des wilayas voisines.

La station, réalisée en 26 mois par un groupement d'entreprises publiques, permettra de desservir près de 1,5 million d'habitants, selon le ministère. ⟦Elle est raccordée au réseau de distribution de la capitale par une conduite de 42 kilomètres.⟧

[[REL|⟪Sécheresse : le taux de remplissage des barrages en baisse⟫]]

Lors de la cérémonie de mise en service, le ministre a souligné que cette infrastructure s'inscrivait dans le programme national de sécurisation de l'approvisionnement en eau, qui vise à porter la part de l'eau dessalée à 60 % de la consommation d'ici 2030. ⟦Cinq autres stations de même capacité sont en cours de réalisation le long du littoral.⟧

[[SPLIT]]

Le ministre a indiqué que l'entrée en service de Fouka 2 permettrait de réduire les coupures d'eau dans plusieurs communes de l'ouest d'Alger, qui ont connu des perturbations l'été dernier. Un programme de rénovation des réseaux de distribution est également en cours afin de réduire les pertes, estimées à près de 30 % dans certaines communes.

Le taux d'intégration nationale dans la réalisation de la station a atteint 70 %, a-t-il précisé, notamment pour les canalisations, les réservoirs et une partie des équipements électriques. Plus de 1 200 travailleurs ont été mobilisés sur le chantier, et 180 emplois permanents seront créés pour son exploitation.

⟦Une école de formation aux métiers du dessalement doit ouvrir ses portes à Tipaza à la rentrée prochaine.⟧""",
    kind="news", why="agency report on plant commissioning",
))

CI_NAV = [("Actualités", ["Politique", "Société", "Régions", "Faits divers"]), ("Économie", ["Finance", "Entreprises", "Tourisme"]), ("Monde", []),
          ("Opinions", ["Éditoriaux", "Tribunes", "Billets"]), ("Culture", []), ("Sport", ["Football", "Handball"]), ("High-tech", []), ("Annonces", [])]
CI_MOST = ["Bac 2026 : les dates des épreuves", "Coupe de Tunisie : le programme des demi-finales", "⟪Les prix de l'huile d'olive en forte baisse⟫", "Météo : chute des températures"]

# ---------------------------------------------------------------- Tunisian portal, reporter, "07/12/2026 à 14:05"
PAGES.append(dict(
    case="fr-news-maghreb-rfr", skin="maghreb", domain="www.carthage-infos.example", site="Carthage Infos", secpath="societe",
    url="https://www.carthage-infos.example/2026/12/07/tunis-la-ligne-e-du-rfr-prolongee-jusqu-a-bougatfa",
    h1="Tunis : la ligne E du RFR prolongée jusqu'à Bougatfa",
    crumbs=["Actualités", "Société"], authors=["Sonia Ben Ammar"], byline_text="Par Sonia Ben Ammar",
    byline_html='Par <a href="/author/sonia-ben-ammar/">Sonia Ben Ammar</a>', meta="og",
    pub="2026-12-07T14:05:00+01:00", date="07/12/2026 à 14:05", views="2 117 lectures",
    today="Lundi 7 décembre 2026", widget="1 € = 3,38 TND · 1 $ = 3,12 TND",
    nav=CI_NAV, ticker=["⟪Sfax : grève des transporteurs de marchandises⟫", "Le dinar se stabilise face à l'euro"],
    hero="⟪Une rame du RFR en gare de Bougatfa, lundi.⟫ Photo : Carthage Infos",
    tags=["RFR", "Transport", "Tunis"], related=["Transport : 40 nouveaux bus pour le Grand Tunis", "Métro léger : les travaux de la ligne 6 reprennent"],
    videos=["Reportage : à bord de la ligne E"],
    most=CI_MOST, opinion_rail=[("Éditorial", "⟪Transport public : enfin une bonne nouvelle⟫"), ("Billet", "Mon voisin, le roi du klaxon")],
    comments=[("Mehdi", "07/12/2026 à 15:02", "Enfin ! Mais il faut des horaires fiables."), ("Ines T.", "07/12/2026 à 15:40", "⟪Et les parkings relais, on y pense quand ?⟫")], comment_count=23,
    body="""⟦Les habitants de l'ouest de Tunis attendaient cette ouverture depuis plus de trois ans.⟧ Le prolongement de la ligne E du Réseau ferroviaire rapide (RFR) jusqu'à la station de Bougatfa a été mis en service lundi matin, en présence du ministre du Transport.

Le nouveau tronçon, long de 4,7 kilomètres, compte trois stations et relie désormais la gare de Tunis-Ville à Bougatfa en 19 minutes. ⟦Selon la Société du RFR, près de 35 000 voyageurs par jour devraient l'emprunter d'ici la fin de l'année prochaine.⟧

[[REL|⟪RFR : la ligne D atteint ses objectifs de fréquentation⟫]]

Sur place, l'enthousiasme se mêlait à une certaine prudence. « Je mettais plus d'une heure pour aller travailler au centre-ville, parfois une heure et demie. Si les trains sont à l'heure, ça change tout », confiait Nizar, technicien de 34 ans, sur le quai de la nouvelle gare. ⟦D'autres usagers s'inquiétaient de la fréquence annoncée, d'un train toutes les vingt minutes seulement en dehors des heures de pointe.⟧

[[SPLIT]]

Le chantier, financé en partie par des bailleurs européens, a accumulé les retards en raison de difficultés d'expropriation et de la hausse des prix des matériaux. Son coût final s'élève à 210 millions de dinars, contre 150 millions prévus initialement.

Dans les commerces proches de la nouvelle gare, on espère déjà des retombées. Le propriétaire d'une pâtisserie installée face à l'entrée de la station dit avoir vu « plus de monde en une matinée qu'en une semaine ». Les riverains, eux, rappellent que les accès piétons ne sont pas encore achevés et que l'éclairage public manque sur plusieurs rues menant aux quais, ce qui inquiète notamment les étudiantes qui rentrent tard.

Le ministre a annoncé que des bus de rabattement relieraient, à partir de janvier, les quartiers de Sidi Hassine et d'El Mourouj aux stations du RFR. ⟦La réalisation des lignes C et F doit, quant à elle, être lancée au cours du premier semestre 2027.⟧""",
    kind="news", why="local transport report with quotes",
))

# ---------------------------------------------------------------- Tunisian portal, sponsored content (other): "Publireportage"
PAGES.append(dict(
    case="fr-other-maghreb-publireportage", skin="maghreb", domain="www.carthage-infos.example", site="Carthage Infos", secpath="economie",
    url="https://www.carthage-infos.example/2026/07/15/banque-hannibal-lance-hannibal-diaspora-une-offre-dediee-aux-tunisiens-residant-a-l-etranger",
    h1="Banque Hannibal lance « Hannibal Diaspora », une offre dédiée aux Tunisiens résidant à l'étranger",
    label="Publireportage", crumbs=["Économie", "Finance"], authors=None, byline_text="Communiqué",
    byline_html="Communiqué", meta="og", meta_section="Publireportage",
    pub="2026-07-15T10:00:00+01:00", date="15/07/2026 à 10:00", views="812 lectures",
    today="Mercredi 15 juillet 2026", widget="1 € = 3,36 TND · 1 $ = 3,09 TND",
    nav=CI_NAV, ticker=["Saison estivale : 2,1 millions de touristes en juin", "⟪Coupures d'eau à Ariana ce jeudi⟫"],
    disclaimer="⟪Contenu sponsorisé. La rédaction de Carthage Infos n'a pas participé à sa rédaction.⟫",
    tags=["Banque", "TRE", "Épargne"], related=["Transferts des TRE : un record au premier semestre", "Les banques tunisiennes misent sur le digital"],
    videos=["⟪Vidéo : l'été des Tunisiens de l'étranger à La Goulette⟫"],
    most=CI_MOST, opinion_rail=[("Éditorial", "Tourisme : la qualité avant la quantité"), ("Billet", "Mon voisin, le roi du klaxon")],
    body="""⟦À l'occasion de la saison estivale, Banque Hannibal lance « Hannibal Diaspora », une offre complète pensée pour les Tunisiens résidant à l'étranger (TRE) et leurs familles.⟧ Ouverture de compte à distance, transferts à tarif préférentiel, épargne en devises et financement immobilier : la banque entend accompagner ses clients de la diaspora à chaque étape de leur projet.

[[H|Un compte ouvert en quelques minutes]]

Grâce à l'application Hannibal Mobile, ⟦l'ouverture d'un compte en dinars convertibles ou en devises se fait entièrement en ligne, depuis le pays de résidence,⟧ sur simple présentation d'une pièce d'identité et d'un justificatif de domicile. Une carte bancaire internationale est envoyée à l'adresse choisie par le client.

[[H|Des avantages exclusifs cet été]]

[[LIST|⟦frais de transfert offerts jusqu'au 30 septembre 2026⟧|un taux bonifié de 7,25 % sur le compte d'épargne en dinars convertibles la première année|un crédit immobilier à taux préférentiel pour l'achat d'un logement en Tunisie, avec un apport réduit|une assurance rapatriement incluse pour le titulaire et sa famille]]

[[SPLIT]]

« Nos compatriotes de l'étranger sont un moteur essentiel de l'économie nationale. ⟦Avec Hannibal Diaspora, nous voulons leur offrir la simplicité et la proximité qu'ils attendent », déclare le directeur général de la banque.⟧

Pendant tout l'été, des conseillers dédiés accueilleront les TRE dans les agences de Tunis, Sousse, Sfax, Djerba et Zarzis, ainsi qu'aux guichets installés au port de La Goulette et à l'aéroport de Tunis-Carthage. Une ligne téléphonique gratuite est également accessible depuis la France, l'Italie et l'Allemagne.

⟦Plus d'informations sur le site et dans l'application de Banque Hannibal.⟧""",
    kind="other", why="sponsored bank advertorial",
))

for _p in PAGES:  # <html lang> by country
    _p["html_lang"] = {"www.marocactu24.example": "fr-MA", "www.quotidien-alger.example": "fr-DZ", "www.carthage-infos.example": "fr-TN"}[_p["domain"]]
