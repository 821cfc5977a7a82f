"""French (afrique skin for Senegal, Côte d'Ivoire, Cameroon and DR Congo; wpnews skin for Morocco, Tunisia and Haiti):
an APS dispatch "Dakar, 5 mars (APS) –" with the agency's initials, a thieboudienne recipe, an AIP correspondent's
story behind a "Lire la suite" fold, an Abidjan Chronique, a Yaoundé court report, a Maroua point of view marked only
in its JSON-LD, a Kinshasa analysis typed AnalysisNewsArticle, a Casablanca Publireportage, a Tunis interview and a
Port-au-Prince Tribune."""
from parts import smart

PAGES = []

SN_NAV = ["Actualité", "Politique", "Économie", "Société", "Régions", "Sport", "Culture", "Opinions", "Contributions", "Chroniques", "Cuisine", "Vidéos"]
SN_WIDGET = ("<b>BRVM Composite</b> 281,44 ▲0,35 % <span class=\"sep\">|</span> <b>1 €</b> = 655,957 FCFA · <b>1 $</b> = 604,12 FCFA "
             "<span class=\"sep\">|</span> <b>Dakar</b> 26 °C")
SN_COOKIE = "Ce site utilise des cookies pour améliorer votre expérience de navigation et mesurer l'audience."
SN_FOOT = ["Qui sommes-nous", "Contact", "Publicité", "Mentions légales", "Politique de confidentialité"]
SPON_FR = ["Dakar : ces appartements neufs à partir de 25 millions FCFA@Immo Sénégal", "Ce placement rapporte plus qu'un livret d'épargne@Finances Plus",
           "Perdez du ventre sans régime : la méthode qui fait parler@Santé Naturelle"]

# ---------------------------------------------------------------- 1. Senegal: APS dispatch, dateline, initials line, full metadata with the agency as author
PAGES.append(dict(
    case="fr-news-afrique-poulpe", lang="fr", html_lang="fr-SN", skin="afrique", domain="www.teranga-actu.example", site="Teranga Actu", secpath="economie",
    url="https://www.teranga-actu.example/economie/repos-biologique-la-peche-au-poulpe-suspendue-a-partir-du-1er-mai_a71204.html",
    h1="Repos biologique : la pêche au poulpe suspendue à partir du 1er mai",
    kicker="Économie", crumbs=["Économie", "Pêche"], authors=None, byline_text="APS",
    byline_html='<a href="/auteur/aps/">APS</a>', ld_authors=["org:Agence de presse sénégalaise"], ld_type="NewsArticle", ld_section="Économie",
    pub="2026-03-05T10:32:00+00:00", date="Publié le jeudi 5 mars 2026 à 10h32", views="1 245 vues", today="Jeudi 5 mars 2026",
    tagline="L'info du Sénégal en continu", nav=SN_NAV, widget=SN_WIDGET, cookie=SN_COOKIE,
    ticker=["⟪Baccalauréat 2026 : le calendrier des épreuves dévoilé⟫", "Lions : Pape Diouf forfait pour le match amical"],
    side=[("Les plus lus", ["⟪Coupures d'eau : les quartiers concernés ce week-end⟫", "Prix du pain : les boulangers menacent", "TER : nouveaux horaires à partir de lundi"]),
          ("Opinions", [("Contribution", "Nos pêcheurs ne sont pas des ennemis de la mer"), ("Chronique", "Dakar, ville sans arbres")])],
    tags=["Pêche", "Poulpe", "Repos biologique", "Mbour"], spon=SPON_FR,
    related=["Kayar : les pêcheurs dénoncent la pêche illicite", "Accords de pêche : le gouvernement publie la liste des navires"],
    comments=[("Modou", "05/03/2026", "⟪Il faut aussi contrôler les bateaux étrangers, pas seulement nos pirogues.⟫")],
    footer="⟪© 2026 Teranga Actu - Tous droits réservés⟫", footer_nav=SN_FOOT,
    body="""<strong>Dakar, 5 mars (APS) –</strong> ⟦La pêche au poulpe sera suspendue sur l'ensemble du littoral sénégalais du 1er mai au 30 juin 2026⟧, dans le cadre du repos biologique destiné à favoriser la reproduction de l'espèce, a annoncé jeudi le ministère des Pêches et de l'Économie maritime.

Selon un communiqué parvenu à l'APS, la mesure concerne aussi bien la pêche artisanale que la pêche industrielle. Elle s'applique également au débarquement, au transport, à la transformation et à la commercialisation du poulpe frais pendant toute la période.

⟦Les contrevenants s'exposent à la saisie des captures et des engins de pêche⟧, ainsi qu'aux amendes prévues par le Code de la pêche maritime, précise le texte.

[[READ|⟪Joal : les mareyeurs réclament une chambre froide⟫]]

Le ministère rappelle que le poulpe constitue l'une des principales espèces d'exportation du Sénégal, notamment vers l'Union européenne et l'Asie. Les débarquements ont toutefois baissé ces dernières années, ce que les scientifiques attribuent en partie à la surexploitation des jeunes individus.

[[AD]]

Les services techniques ont entamé des séances de sensibilisation dans les principaux centres de pêche de Mbour, Joal, Kayar et Ziguinchor. ⟦Des comités locaux de cogestion seront associés à la surveillance des plages de débarquement.⟧

Le communiqué annonce par ailleurs que des pots à poulpe seront immergés dans plusieurs zones côtières pour offrir des abris de ponte, une initiative déjà expérimentée avec succès dans la Petite-Côte.

Les pêcheurs artisanaux interrogés à Mbour se disent favorables au principe du repos biologique, tout en réclamant un appui financier pendant la période d'arrêt. Plusieurs organisations professionnelles demandent que les fonds d'appui promis l'an dernier soient effectivement versés.

⟦Le ministère invite les acteurs de la filière à respecter scrupuleusement la mesure.⟧

[[CREDIT|MK/OID/ASG]]""",
    kind="news", why="agency dispatch on a fishing ban",
))

# ---------------------------------------------------------------- 2. Senegal: thieboudienne recipe, Open Graph only
PAGES.append(dict(
    case="fr-other-afrique-thieboudienne", lang="fr", html_lang="fr-SN", skin="afrique", domain="www.teranga-actu.example", site="Teranga Actu", secpath="cuisine",
    url="https://www.teranga-actu.example/cuisine/thieboudienne-la-recette-du-riz-au-poisson-a-la-saint-louisienne_a71388.html",
    h1="Thiéboudienne : la recette du riz au poisson à la saint-louisienne",
    deck="Le plat national demande du temps, mais chaque étape compte. Voici la version transmise par une cuisinière de Guet Ndar.",
    kicker="Cuisine", crumbs=["Art de vivre", "Cuisine"], authors=["Aminata Diallo"], byline_text="Par Aminata Diallo",
    byline_html='Par <a href="/auteur/aminata-diallo/">Aminata Diallo</a>', meta="og", meta_section="Cuisine",
    pub="2026-03-14T09:00:00+00:00", date="Publié le samedi 14 mars 2026 à 09h00", views="8 902 vues", today="Samedi 14 mars 2026",
    tagline="L'info du Sénégal en continu", nav=SN_NAV, widget=SN_WIDGET, cookie=SN_COOKIE,
    ticker=["⟪Tabaski 2026 : le prix du mouton en hausse⟫", "Lions : la liste pour les éliminatoires dévoilée"],
    side=[("Les plus lus", ["⟪Yassa au poulet : nos astuces pour une sauce fondante⟫", "Thiakry : le dessert de la Tabaski", "Coupures d'eau ce week-end"]),
          ("Opinions", [("Chronique", "Le riz importé, notre dépendance quotidienne"), ("Contribution", "Valorisons le mil")])],
    tags=["Recette", "Thiéboudienne", "Cuisine sénégalaise"], spon=SPON_FR,
    related=["Mafé : la recette traditionnelle", "Domoda, le plat oublié de nos grands-mères"],
    comments=[("Fatou", "14/03/2026", "⟪Chez nous on ajoute aussi du yet, sinon ce n'est pas un vrai ceebu jën.⟫")],
    footer="⟪© 2026 Teranga Actu - Tous droits réservés⟫", footer_nav=SN_FOOT,
    body="""⟦À Saint-Louis, on dit que le thiéboudienne est né dans les cuisines de Guet Ndar.⟧ Plat de fête autant que plat du quotidien, le ceebu jën réunit la famille autour d'un grand bol. Voici la recette de Mame Coumba Sarr, cuisinière depuis quarante ans.

[[H|Ingrédients (pour 6 personnes)]]

[[LIST|⟦1 kg de riz brisé⟧|1,5 kg de poisson (thiof ou mérou) en darnes|2 cuillerées à soupe de concentré de tomate|1 chou, 2 carottes, 1 aubergine, 1 morceau de manioc, 1 patate douce|1 botte de persil, 4 gousses d'ail, 2 piments|1 morceau de poisson séché (guedj) et 1 yet|20 cl d'huile d'arachide, sel, poivre]]

[[H|Préparation]]

[[OL|Préparez le rof : pilez le persil, l'ail, le piment, le sel et le poivre, puis farcissez les darnes de poisson avec ce mélange.|⟦Faites frire le poisson dans l'huile chaude quelques minutes de chaque côté, puis réservez.⟧|Dans la même huile, faites revenir l'oignon émincé et le concentré de tomate dilué dans un peu d'eau, pendant 15 minutes.|Ajoutez 2 litres d'eau, le guedj, le yet et les légumes. Laissez cuire à feu moyen.|Remettez le poisson dans la marmite lorsque les légumes sont presque cuits, puis retirez poisson et légumes et gardez-les au chaud.|Lavez le riz et faites-le cuire à la vapeur, puis versez-le dans le bouillon. Couvrez et laissez cuire à feu doux environ 30 minutes.]]

[[READ|⟪Bissap : comment le préparer sans trop de sucre⟫]]

[[H|Le conseil de Mame Coumba]]

« Ne remuez jamais trop le riz, sinon il devient pâteux. ⟦Et gardez le xoon, le riz grillé au fond de la marmite, pour ceux qui l'aiment.⟧ »

[[AD]]

Servez dans un grand plat : le riz au fond, le poisson et les légumes au centre. Accompagnez de citron vert et d'un peu de piment. ⟦Comptez environ deux heures et demie de préparation.⟧""",
    kind="other", why="recipe with ingredients and steps",
))

CI_NAV = ["Actualités", "Politique", "Économie", "Société", "Régions", "Sport", "Culture", "Opinions", "Chroniques", "Tribunes", "Santé", "Abidjan Sortir"]
CI_WIDGET = "<b>BRVM 10</b> 142,18 ▲0,22 % <span class=\"sep\">|</span> <b>1 €</b> = 655,957 FCFA <span class=\"sep\">|</span> <b>Cacao</b> 2 200 FCFA/kg · <b>Anacarde</b> 425 FCFA/kg"
CI_COOKIE = "Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site."
CI_FOOT = ["À propos", "Contact", "Annonceurs", "Mentions légales", "Confidentialité"]

# ---------------------------------------------------------------- 3. Côte d'Ivoire: AIP correspondent, "Lire la suite" fold, JSON-LD author the agency
PAGES.append(dict(
    case="fr-news-afrique-anacarde", lang="fr", html_lang="fr-CI", skin="afrique", domain="www.eburnie-info.example", site="Éburnie Info", secpath="economie",
    url="https://www.eburnie-info.example/economie/korhogo-les-producteurs-d-anacarde-saluent-le-prix-plancher-2026-n88214",
    h1="Korhogo : les producteurs d'anacarde saluent le prix plancher de la campagne 2026",
    kicker="Économie", crumbs=["Économie", "Agriculture"], authors=["Koné Mamadou"], byline_text="Par Koné Mamadou",
    byline_html='Par <a href="/auteur/kone-mamadou/">Koné Mamadou</a>', role="correspondant régional",
    ld_authors=["org:Agence ivoirienne de presse"], ld_type="NewsArticle", ld_section="Économie",
    pub="2026-03-06T16:20:00+00:00", date="Publié le vendredi 6 mars 2026 à 16h20", views="2 310 vues", today="Vendredi 6 mars 2026",
    tagline="Toute l'actualité de la Côte d'Ivoire", nav=CI_NAV, widget=CI_WIDGET, cookie=CI_COOKIE,
    ticker=["⟪Éléphants : Emerse Faé dévoile sa liste⟫", "Abidjan : le 4e pont fermé dimanche pour travaux"],
    side=[("Les plus lus", ["⟪Bac 2026 : les résultats attendus le 10 juillet⟫", "Le prix du gaz butane reste inchangé", "Yamoussoukro : une nouvelle gare routière"]),
          ("Opinions", [("Chronique", "Abidjan, cette ville qui passe sa vie dans les bouchons"), ("Tribune", "Le cacao doit enrichir ceux qui le cultivent")])],
    tags=["Anacarde", "Korhogo", "Agriculture", "Prix plancher"], spon=SPON_FR,
    related=["Le Conseil du coton et de l'anacarde fixe le prix à 425 FCFA", "Odienné : les pistes rurales réhabilitées"],
    comments=[("Soro B.", "06/03/2026", "⟪Le prix est bon, mais il faut que les acheteurs le respectent vraiment.⟫")],
    footer="⟪© 2026 Éburnie Info - Tous droits réservés⟫", footer_nav=CI_FOOT,
    body="""<strong>Korhogo, 6 mars 2026 (AIP) –</strong> ⟦Les producteurs d'anacarde de la région du Poro ont salué le prix plancher de 425 francs CFA le kilogramme⟧ fixé pour la campagne de commercialisation 2026, lors d'une rencontre d'information organisée vendredi à Korhogo.

Le président de la coopérative des producteurs de Sinématiali, Yéo Ferdinand, a estimé que ce prix, en hausse de 25 francs par rapport à la campagne précédente, « tient compte des efforts des paysans et du coût des intrants ».

[[READ|⟪Transformation locale : une usine inaugurée à Bouaké⟫]]

Le directeur régional de l'Agriculture a rappelé que le prix plancher est un minimum garanti au producteur, bord champ. ⟦Aucun acheteur n'est autorisé à proposer un prix inférieur⟧, a-t-il insisté, annonçant des contrôles renforcés sur les axes Korhogo-Boundiali et Korhogo-Ferkessédougou.

[[FOLD|Lire la suite]]

Les producteurs ont toutefois exprimé leurs inquiétudes concernant les pisteurs, ces intermédiaires qui achètent les noix dans les villages. Selon plusieurs participants, certains d'entre eux utilisent des balances trafiquées ou imposent des retenues injustifiées.

⟦Une productrice de Napié, Silué Mariam, a demandé la mise en place de points d'achat officiels dans chaque sous-préfecture.⟧ « Nous voulons vendre directement, sans passer par dix personnes », a-t-elle déclaré.

[[AD]]

La région du Poro figure parmi les principales zones de production d'anacarde du pays, premier producteur mondial de noix de cajou brutes. Les autorités encouragent par ailleurs la transformation locale, qui reste inférieure à un quart de la production nationale.

Le directeur régional a également invité les coopératives à se regrouper pour négocier de meilleurs contrats avec les exportateurs et à améliorer la qualité des noix, notamment par un séchage correct avant la vente.

⟦La campagne de commercialisation a été officiellement ouverte le 2 mars.⟧""",
    kind="news", why="agency correspondent's report on cashew prices",
))

# ---------------------------------------------------------------- 4. Côte d'Ivoire: Chronique, role "Chroniqueur", OpinionNewsArticle, author box
PAGES.append(dict(
    case="fr-opinion-afrique-bouchons", lang="fr", html_lang="fr-CI", skin="afrique", domain="www.eburnie-info.example", site="Éburnie Info", secpath="chroniques",
    url="https://www.eburnie-info.example/chroniques/abidjan-cette-ville-qui-passe-sa-vie-dans-les-bouchons-n88391",
    h1="Abidjan, cette ville qui passe sa vie dans les bouchons",
    kicker="Chronique", kicker_path="chroniques", crumbs=["Opinions", "Chroniques"], authors=["Serge N'Guessan"], byline_text="Par Serge N'Guessan",
    byline_html='Par <a href="/auteur/serge-nguessan/">Serge N\'Guessan</a>', role="chroniqueur",
    ld_authors=["Serge N'Guessan"], ld_type="OpinionNewsArticle", ld_section="Chroniques",
    pub="2026-03-09T07:00:00+00:00", date="Publié le lundi 9 mars 2026 à 07h00", views="5 118 vues", today="Lundi 9 mars 2026",
    tagline="Toute l'actualité de la Côte d'Ivoire", nav=CI_NAV, widget=CI_WIDGET, cookie=CI_COOKIE,
    ticker=["⟪Yopougon : coupure d'électricité programmée mardi⟫", "Asec Mimosas qualifié pour les quarts"],
    box=("Serge N'Guessan", "⟪Serge N'Guessan est journaliste et tient cette chronique chaque lundi.⟫"),
    side=[("Les plus lus", ["⟪Métro d'Abidjan : le calendrier des travaux précisé⟫", "Le prix du gaz butane reste inchangé", "Bac 2026 : les résultats attendus le 10 juillet"]),
          ("Chroniques", [("Chronique", "Le maquis, dernier salon où l'on cause"), ("Tribune", "Le cacao doit enrichir ceux qui le cultivent")])],
    tags=["Abidjan", "Transport", "Embouteillages"], spon=SPON_FR,
    related=["Le métro d'Abidjan en cinq questions", "Horaires décalés : l'administration va tester"],
    comments=[("Aya", "09/03/2026", "⟪Trois heures pour aller de Yopougon au Plateau hier. Merci de le dire.⟫")],
    footer="⟪© 2026 Éburnie Info - Tous droits réservés⟫", footer_nav=CI_FOOT,
    body="""⟦Il est 6 h 15 à Yopougon, et le gbaka est déjà plein.⟧ Dans une heure et demie, si tout va bien, ses passagers arriveront au Plateau, fatigués avant même d'avoir commencé leur journée. Le soir, rebelote. Trois heures par jour, quinze par semaine, des centaines par an : voilà ce que les bouchons volent aux Abidjanais.

On a fini par s'y habituer, comme on s'habitue à la chaleur. On en plaisante, on écoute la radio, on fait ses comptes sur son téléphone. ⟦Mais ne nous y trompons pas : cette habitude a un prix.⟧ Des heures de travail perdues, du carburant brûlé pour rien, des enfants qui ne voient leurs parents qu'endormis.

[[READ|⟪Bateaux-bus : la fréquentation en hausse de 30 %⟫]]

[[H|La solution n'est pas qu'un pont de plus]]

Chaque nouvel échangeur est inauguré comme une victoire. Puis, au bout de deux ans, il est saturé. ⟦On ne soigne pas un embouteillage en élargissant la route⟧ : on le déplace de quelques kilomètres.

[[AD]]

Ce qu'il faut à Abidjan, c'est d'abord de vrais transports collectifs : davantage de bateaux-bus sur la lagune, des voies réservées aux bus qui soient respectées, et un métro qui sorte enfin de terre. C'est aussi de décaler les horaires : pourquoi toute l'administration commence-t-elle à 7 h 30 ?

On nous répondra que tout cela coûte cher. Mais que coûtent, chaque jour, ces millions d'heures perdues ? Les entreprises, les familles et l'État les paient déjà, sans le savoir.

Rien de tout cela n'est impossible. D'autres villes africaines, de Dar es Salaam à Lagos, ont osé des lignes de bus rapides. Il faut surtout une volonté politique qui dure plus longtemps qu'une inauguration.

⟦En attendant, bon courage à tous ceux qui liront cette chronique dans un gbaka.⟧""",
    kind="opinion", why="Chronique arguing for public transport",
))

CM_NAV = ["Actualités", "Politique", "Économie", "Société", "Régions", "Sports", "Culture", "Point de vue", "Éditorial", "Santé", "Justice"]
CM_WIDGET = "<b>1 €</b> = 655,957 FCFA · <b>1 $</b> = 604,12 FCFA <span class=\"sep\">|</span> <b>Super</b> 840 FCFA/l · <b>Gasoil</b> 828 FCFA/l <span class=\"sep\">|</span> <b>Yaoundé</b> 28 °C"
CM_COOKIE = "Ce site utilise des cookies. En poursuivant votre navigation, vous en acceptez l'utilisation."
CM_FOOT = ["Qui sommes-nous ?", "Contact", "Publicité", "Mentions légales"]

# ---------------------------------------------------------------- 5. Cameroon: court report, Open Graph only
PAGES.append(dict(
    case="fr-news-afrique-tcs", lang="fr", html_lang="fr-CM", skin="afrique", domain="www.mboa-quotidien.example", site="Mboa Quotidien", secpath="justice",
    url="https://www.mboa-quotidien.example/justice/tcs-un-ancien-proviseur-condamne-a-12-ans-pour-detournement-54188",
    h1="TCS : un ancien proviseur condamné à 12 ans de prison pour détournement",
    kicker="Justice", crumbs=["Société", "Justice"], authors=["Jean-Pierre Ekwalla"], byline_text="Par Jean-Pierre Ekwalla",
    byline_html='Par <a href="/auteur/jean-pierre-ekwalla/">Jean-Pierre Ekwalla</a>', meta="og", meta_section="Justice",
    pub="2026-03-05T18:40:00+01:00", date="Publié le 05/03/2026 à 18h40", views="3 447 vues", today="Jeudi 5 mars 2026",
    tagline="Le Cameroun au quotidien", nav=CM_NAV, widget=CM_WIDGET, cookie=CM_COOKIE,
    ticker=["⟪Lions indomptables : la liste des 26 dévoilée⟫", "Douala : la circulation perturbée sur le pont du Wouri"],
    side=[("Les plus lus", ["⟪Examens officiels : le calendrier du BEPC publié⟫", "Le prix du pain maintenu à Yaoundé", "Coupures d'électricité à Bonabéri"]),
          ("Point de vue", [("Point de vue", "Maroua étouffe : plantons des arbres, vite"), ("Éditorial", "La justice doit être la même pour tous")])],
    tags=["TCS", "Justice", "Détournement", "Éducation"],
    related=["TCS : l'ancien maire de la commune rurale renvoyé au 12 mars", "Fonds scolaires : le ministère annonce un audit"],
    comments=[("Ngono", "05/03/2026", "⟪Et l'argent, est-ce qu'on va le récupérer ?⟫")],
    footer="⟪© 2026 Mboa Quotidien. Tous droits réservés.⟫", footer_nav=CM_FOOT,
    body="""⟦Le Tribunal criminel spécial (TCS) a condamné jeudi à Yaoundé un ancien proviseur de lycée à douze ans d'emprisonnement ferme⟧ pour le détournement de près de 186 millions de francs CFA.

L'accusé, Emmanuel Tchoffo, a dirigé pendant six ans un lycée bilingue de la région du Centre. Selon l'accusation, il a perçu entre 2018 et 2023 des frais d'examen et des contributions des parents qui n'ont jamais été reversés au Trésor public.

[[READ|⟪Le Conseil de discipline budgétaire épingle 14 gestionnaires⟫]]

À l'audience, le ministère public a produit des registres de recettes parallèles découverts lors d'un contrôle de l'inspection générale. ⟦Plusieurs enseignants ont témoigné avoir été sollicités pour signer des états de paiement fictifs.⟧

La défense a plaidé la relaxe, soutenant que les sommes avaient servi à des travaux de réfection des salles de classe et à l'achat de matériel informatique. Elle n'a toutefois pas pu produire de factures pour la majeure partie des dépenses alléguées.

[[AD]]

Dans son jugement, la collégialité a retenu la culpabilité de l'accusé pour l'ensemble des faits. ⟦Outre la peine de prison, le tribunal l'a condamné à rembourser l'intégralité des sommes détournées⟧ et a prononcé la confiscation de deux immeubles lui appartenant à Yaoundé.

Deux anciens intendants du lycée, poursuivis pour complicité, ont été acquittés au bénéfice du doute. Le tribunal a estimé qu'il n'était pas établi qu'ils avaient connaissance de la destination réelle des fonds.

Son avocat, Me Pascal Ndzana, a annoncé son intention d'interjeter appel devant la Cour suprême dans les délais légaux.

⟦Le TCS a été créé en 2011 pour juger les détournements de fonds publics d'au moins 50 millions de francs CFA.⟧""",
    kind="news", why="court report on a sentencing",
))

# ---------------------------------------------------------------- 6. Cameroon: point of view filed under Société, marked only by JSON-LD OpinionNewsArticle
PAGES.append(dict(
    case="fr-opinion-afrique-maroua", lang="fr", html_lang="fr-CM", skin="afrique", domain="www.mboa-quotidien.example", site="Mboa Quotidien", secpath="societe",
    url="https://www.mboa-quotidien.example/societe/maroua-etouffe-plantons-des-arbres-vite-54210",
    h1="Maroua étouffe : plantons des arbres, vite",
    kicker="Société", crumbs=["Société", "Environnement"], authors=["Aïssatou Bello"], byline_text="Par Aïssatou Bello",
    byline_html='Par <a href="/auteur/aissatou-bello/">Aïssatou Bello</a>',
    ld_authors=["Aïssatou Bello"], ld_type="OpinionNewsArticle", ld_section="Société",
    pub="2026-03-10T08:30:00+01:00", date="Publié le 10/03/2026 à 08h30", views="1 982 vues", today="Mardi 10 mars 2026",
    tagline="Le Cameroun au quotidien", nav=CM_NAV, widget=CM_WIDGET, cookie=CM_COOKIE,
    ticker=["⟪Extrême-Nord : 44 °C relevés à Kousseri⟫", "Canon de Yaoundé : nouvel entraîneur nommé"],
    side=[("Les plus lus", ["⟪Vague de chaleur : les conseils du ministère de la Santé⟫", "Le prix du pain maintenu à Yaoundé", "Examens officiels : le calendrier du BEPC publié"]),
          ("Point de vue", [("Éditorial", "La justice doit être la même pour tous"), ("Point de vue", "Nos langues nationales à l'école")])],
    tags=["Maroua", "Climat", "Reboisement", "Extrême-Nord"],
    related=["Bois de chauffe : la pression sur les forêts s'accroît", "Chaleur : les écoles adaptent leurs horaires"],
    comments=[("Oumarou", "10/03/2026", "⟪Il faut aussi protéger les arbres qu'on a déjà, on coupe tout pour le bois de chauffe.⟫")],
    footer="⟪© 2026 Mboa Quotidien. Tous droits réservés.⟫", footer_nav=CM_FOOT,
    body="""⟦Quiconque a passé un après-midi de mars à Maroua sait ce que veut dire « chaleur ».⟧ Le thermomètre dépasse les 42 degrés, l'air est immobile, et le moindre coin d'ombre devient un lieu de rassemblement. Les anciens se souviennent pourtant d'une ville plantée de neems et de caïlcédrats, où l'on marchait à l'abri.

Que s'est-il passé ? Les arbres ont été abattus pour élargir des routes, pour construire, pour le bois de chauffe. ⟦Ils n'ont presque jamais été remplacés.⟧ Nous avons échangé de l'ombre contre du béton, et nous en payons aujourd'hui le prix.

[[READ|⟪Opération Sahel vert : 20 000 plants mis en terre en 2025⟫]]

[[SPLIT]]

Je suis convaincue que le reboisement urbain est la mesure d'adaptation la moins chère et la plus efficace dont disposent nos villes du Nord. Un arbre adulte peut faire baisser de plusieurs degrés la température ressentie autour de lui. ⟦Il ne demande ni climatiseur ni électricité.⟧

Encore faut-il que les plantations survivent. Trop de campagnes se limitent à une cérémonie, des photos et des plants abandonnés dès la saison sèche. Il faut confier chaque arbre à quelqu'un : une école, une famille, une association de quartier, avec un suivi et, pourquoi pas, une petite récompense pour les plants qui atteignent trois ans.

On m'objectera que l'eau manque et que les arbres en consomment. C'est vrai, mais il existe des espèces locales résistantes à la sécheresse, et les eaux usées des ménages peuvent servir à l'arrosage pendant les premières années.

Les communes devraient aussi interdire l'abattage sans autorisation et exiger que tout nouveau bâtiment public soit entouré d'arbres.

⟦Maroua n'a pas besoin de discours sur le climat : elle a besoin d'ombre.⟧""",
    kind="opinion", why="first-person argument for urban tree planting",
))

# ---------------------------------------------------------------- 7. DR Congo: Analyse typed AnalysisNewsArticle, ACP figures
PAGES.append(dict(
    case="fr-news-afrique-carburant", lang="fr", html_lang="fr-CD", skin="afrique", domain="www.kin-actualites.example", site="Kin Actualités", secpath="economie",
    url="https://www.kin-actualites.example/economie/carburant-pourquoi-la-hausse-des-prix-a-la-pompe-inquiete-les-kinois-33981",
    h1="Carburant : pourquoi la hausse des prix à la pompe inquiète les Kinois",
    kicker="Analyse", crumbs=["Économie", "Analyse"], authors=["Patrick Ilunga Mbuyi"], byline_text="Par Patrick Ilunga Mbuyi",
    byline_html='Par <a href="/auteur/patrick-ilunga-mbuyi/">Patrick Ilunga Mbuyi</a>', ld_authors=["Patrick Ilunga Mbuyi"], ld_type="AnalysisNewsArticle",
    ld_section="Économie",
    pub="2026-03-09T14:05:00+01:00", date="Publié le 9 mars 2026 à 14h05", views="4 021 vues", today="Lundi 9 mars 2026",
    tagline="L'actualité de la RDC en temps réel", nav=["Actualité", "Politique", "Économie", "Provinces", "Sécurité", "Sport", "Culture", "Opinions", "Tribunes", "Vidéos"],
    widget="<b>1 $</b> = 2 842 CDF (BCC) <span class=\"sep\">|</span> <b>Essence</b> 3 420 CDF/l · <b>Gasoil</b> 3 395 CDF/l <span class=\"sep\">|</span> <b>Kinshasa</b> 31 °C",
    cookie="Nous utilisons des cookies pour améliorer votre expérience.",
    ticker=["⟪Léopards : la liste pour le match contre le Bénin⟫", "Kinshasa : le boulevard du 30 juin fermé dimanche"],
    side=[("Les plus lus", ["⟪Transport en commun : les taxis-bus augmentent leurs tarifs⟫", "Le franc congolais se stabilise face au dollar", "Examen d'État 2026 : les dates fixées"]),
          ("Opinions", [("Tribune", "Subventionner le carburant, jusqu'à quand ?"), ("Opinion", "Kinshasa mérite un vrai réseau de bus")])],
    tags=["Carburant", "Prix", "Kinshasa", "Transport"], spon=SPON_FR,
    related=["Pénurie à Lubumbashi : files d'attente aux stations", "Transco : vingt nouveaux bus livrés"],
    comments=[("Mbala", "09/03/2026", "⟪Le transport de Matete à Gombe est passé de 1 000 à 1 500 francs.⟫")],
    footer="⟪© 2026 Kin Actualités. Tous droits réservés.⟫", footer_nav=["À propos", "Contact", "Publicité", "Confidentialité"],
    body="""⟦La nouvelle structure des prix des produits pétroliers, entrée en vigueur samedi, fait passer le litre d'essence de 2 980 à 3 420 francs congolais à Kinshasa.⟧ Une hausse de près de 15 %, la plus forte depuis deux ans, qui intervient dans un contexte déjà délicat pour les ménages.

[[H|Une décision attendue, mais risquée]]

Le gouvernement justifie la mesure par le poids des subventions, qui auraient coûté plusieurs centaines de millions de dollars au Trésor l'an dernier selon le ministère de l'Économie, cité par l'Agence congolaise de presse (ACP). ⟦Le Fonds monétaire international plaide depuis longtemps pour leur réduction progressive.⟧

Mais l'équilibre est fragile. Le carburant se répercute immédiatement sur le prix du transport, puis sur celui des denrées acheminées depuis l'intérieur du pays et le port de Matadi.

[[READ|⟪Le gouvernement promet des bus supplémentaires⟫]]

[[SPLIT]]

[[H|Les transporteurs ont déjà réagi]]

Dès dimanche, les chauffeurs de taxis-bus ont relevé leurs tarifs sur plusieurs lignes. ⟦Un trajet entre Matete et la Gombe coûte désormais 1 500 francs, contre 1 000 la semaine dernière.⟧ L'association des chauffeurs affirme qu'elle n'avait pas d'autre choix.

Des économistes interrogés par Kin Actualités jugent la hausse « compréhensible sur le plan budgétaire », tout en estimant que son calendrier est malvenu, à quelques semaines de la rentrée du troisième trimestre scolaire. D'autres rappellent que les subventions profitent d'abord aux ménages qui possèdent un véhicule.

[[H|Et maintenant ?]]

Le gouvernement a annoncé la mise en circulation de bus publics supplémentaires et un dialogue avec les transporteurs. ⟦Leur efficacité dépendra de leur mise en œuvre rapide.⟧""",
    kind="news", why="analysis reporting causes and reactions, no thesis",
))

MA_NAV = ["Actualité", "Économie", "Immobilier", "Auto", "Société", "Sport", "Culture", "Opinions", "Tribunes", "Lifestyle", "Partenaires"]

# ---------------------------------------------------------------- 8. Morocco: Publireportage / Contenu sponsorisé, Open Graph only
PAGES.append(dict(
    case="fr-other-wpnews-publireportage", lang="fr", html_lang="fr-MA", skin="wpnews", domain="www.casa-eco.example", site="Casa Éco", secpath="partenaires",
    url="https://www.casa-eco.example/partenaires/immobilier-les-jardins-de-bouskoura-lancent-leur-troisieme-tranche/",
    h1="Immobilier : Les Jardins de Bouskoura lancent leur troisième tranche",
    deck="Contenu sponsorisé proposé par Atlas Horizon Immobilier",
    kicker="Publireportage", crumbs=["Partenaires"], authors=None, byline_text="Publireportage",
    byline_html="Publireportage", meta="og", meta_section="Partenaires",
    pub="2026-04-08T10:00:00+01:00", date="8 avril 2026", views="612 vues", today="Mercredi, 8 avril 2026", langs="FR | العربية",
    nav=MA_NAV, widget="<b>MASI</b> 15 284,12 ▲0,48 % <span class=\"sep\">|</span> <b>EUR/MAD</b> 10,82 · <b>USD/MAD</b> 9,94 <span class=\"sep\">|</span> <b>Casablanca</b> 22 °C",
    cookie="Ce site utilise des cookies afin de vous garantir la meilleure expérience.",
    ticker=["⟪Bank Al-Maghrib maintient son taux directeur⟫", "Tramway de Casablanca : la ligne T4 en essais"], w={"breaking": "À la une"},
    after=[("sponsor-note", "⟪Cet article a été réalisé pour le compte d’Atlas Horizon Immobilier.⟫ La rédaction de Casa Éco n’a pas participé à sa rédaction.")],
    side=[("Les plus lus", ["⟪Crédit immobilier : les taux repartent à la baisse⟫", "Aide au logement : qui peut en bénéficier ?", "Salon de l'immobilier : les dates dévoilées"]),
          ("Opinions", [("Tribune", "Le logement intermédiaire, chaînon manquant"), ("Chronique", "Casablanca et ses tours")])],
    tags=["Immobilier", "Bouskoura", "Partenaire"],
    related=["Bouskoura, nouvelle banlieue prisée des Casablancais", "Immobilier neuf : les prix par quartier"],
    footer="⟪© 2026 Casa Éco. Tous droits réservés.⟫", footer_nav=["Qui sommes-nous", "Contact", "Annoncer", "Mentions légales"],
    body="""⟦À vingt minutes du centre de Casablanca, Les Jardins de Bouskoura ouvrent à la commercialisation leur troisième tranche⟧, composée de 180 appartements et de 24 villas nichés dans un cadre verdoyant.

Conçu par Atlas Horizon Immobilier, le projet mise sur la qualité de vie : espaces verts paysagers, aires de jeux, piscine commune et parcours de marche au cœur de la résidence. ⟦Les appartements, du deux au quatre pièces, bénéficient tous d'une terrasse ou d'un balcon.⟧

[[H|Des prestations pensées pour les familles]]

[[LIST|⟦Résidence fermée et sécurisée 24 h/24⟧|Parking en sous-sol et locaux à vélos|École et supermarché à moins de cinq minutes|Accès direct à la rocade sud-ouest]]

« Nous avons voulu offrir aux jeunes familles casablancaises une alternative au centre-ville, sans renoncer au confort », explique la directrice commerciale du promoteur.

[[AD]]

[[H|Des conditions de financement avantageuses]]

Les acquéreurs éligibles peuvent bénéficier de l'aide directe au logement, et le promoteur a signé des partenariats avec plusieurs banques de la place pour proposer des offres de crédit adaptées. Les prix démarrent à 890 000 dirhams pour un deux-pièces.

Les villas, de 200 à 280 mètres carrés, disposent chacune d'un jardin privatif et d'un garage. Une attention particulière a été portée à l'isolation thermique et à l'orientation des logements, afin de réduire la consommation d'énergie en été comme en hiver.

Un appartement témoin est ouvert à la visite tous les jours, y compris le week-end, de 9 h à 19 h. ⟦Les premières livraisons sont prévues pour le second semestre 2027.⟧""",
    kind="other", why="sponsored real-estate promotion",
))

# ---------------------------------------------------------------- 9. Tunisia: Entretien (Q&A), JSON-LD without Open Graph
PAGES.append(dict(
    case="fr-news-wpnews-entretien", lang="fr", html_lang="fr-TN", skin="wpnews", domain="www.tunis-hebdo-eco.example", site="Tunis Hebdo Éco", secpath="entretiens",
    url="https://www.tunis-hebdo-eco.example/entretiens/huile-d-olive-nous-devons-vendre-en-bouteille-pas-en-vrac/",
    h1="Huile d'olive : « Nous devons vendre en bouteille, pas en vrac »",
    deck="L'économiste agricole Hédi Ben Salem analyse la campagne oléicole et les faiblesses de la filière.",
    kicker="Entretien", crumbs=["Économie", "Entretiens"], authors=["Sonia Ben Ammar"], byline_text="Propos recueillis par Sonia Ben Ammar",
    byline_html='Propos recueillis par <a href="/author/sonia-ben-ammar/">Sonia Ben Ammar</a>', meta="ld", ld_authors=["Sonia Ben Ammar"], ld_type="NewsArticle",
    ld_section="Entretiens",
    pub="2026-03-05T10:32:00+01:00", date="05 mars 2026 à 10:32", views="1 876 vues", today="Jeudi, 5 mars 2026", langs="FR | العربية",
    nav=["Actualités", "Économie", "Entreprises", "Finance", "Agriculture", "Entretiens", "Opinions", "Chroniques", "Sport", "Culture"],
    widget="<b>Tunindex</b> 10 912,40 ▲0,31 % <span class=\"sep\">|</span> <b>EUR/TND</b> 3,36 · <b>USD/TND</b> 3,09",
    cookie="Nous utilisons des cookies pour améliorer votre expérience de lecture.",
    ticker=["⟪Inflation : 5,4 % en février selon l'INS⟫", "Espérance de Tunis : nouveau président élu"], w={"breaking": "Dernière minute"},
    side=[("Les plus lus", ["⟪Dattes : record d'exportations vers l'Asie⟫", "Les prix des pièces de rechange flambent", "BCT : le taux directeur inchangé"]),
          ("Opinions", [("Chronique", "Nos start-up méritent mieux"), ("Opinion", "L'eau, urgence nationale")])],
    tags=["Huile d'olive", "Exportations", "Agriculture", "Entretien"],
    related=["Huile d'olive : les prix à la production en baisse", "Le blé dur face à la sécheresse"],
    comments=[("Karim", "05/03/2026", "⟪Il a raison, l'Italie met son étiquette sur notre huile depuis trente ans.⟫")],
    footer="⟪© 2026 Tunis Hebdo Éco. Tous droits réservés.⟫", footer_nav=["À propos", "Contact", "Publicité", "Confidentialité"],
    body="""[[Q|La campagne oléicole s'achève. Quel bilan en tirez-vous ?]]

⟦C'est une bonne campagne en volume, avec une production estimée autour de 340 000 tonnes.⟧ Mais c'est une campagne décevante pour les revenus des agriculteurs, parce que les prix mondiaux ont fortement baissé après deux années exceptionnelles.

[[Q|Pourquoi la Tunisie profite-t-elle si peu de sa production ?]]

Parce que nous exportons encore l'essentiel de notre huile en vrac, dans des citernes, vers des pays qui la conditionnent et la revendent sous leur propre marque. ⟦La valeur ajoutée part à l'étranger.⟧ L'huile conditionnée ne représente qu'une petite part de nos exportations.

[[READ|⟪Sfax : une nouvelle unité de conditionnement⟫]]

[[Q|Que faudrait-il changer ?]]

Il faut investir dans le conditionnement, les marques et la certification. Les petites huileries n'ont pas les moyens de le faire seules : l'État et les banques doivent les accompagner, par exemple avec des lignes de crédit dédiées. ⟦Nous devons aussi être présents dans les grands salons et sur les plateformes de vente en ligne.⟧

[[AD]]

[[Q|Les producteurs se plaignent aussi des coûts de la récolte.]]

Oui, et ils ont raison. La main-d'œuvre se fait rare dans les zones rurales, et les salaires des cueilleurs ont augmenté. La mécanisation partielle est une piste, mais elle suppose des vergers modernisés, ce qui prendra du temps.

[[Q|Et le changement climatique ?]]

C'est la grande menace. Les sécheresses répétées affectent les rendements, surtout dans le Centre. Il faudra développer l'irrigation d'appoint avec des eaux traitées et adapter les variétés.

[[Q|Êtes-vous optimiste ?]]

Prudemment. Nous avons l'un des meilleurs produits au monde. ⟦Il nous reste à apprendre à le vendre.⟧""",
    kind="news", why="interview reporting an economist's views",
))

# ---------------------------------------------------------------- 10. Haiti: Tribune, kicker and URL, Open Graph only
PAGES.append(dict(
    case="fr-opinion-wpnews-kreyol", lang="fr", html_lang="fr-HT", skin="wpnews", domain="www.lenouvelliste-ht.example", site="Le Courrier d'Haïti", secpath="tribune",
    url="https://www.lenouvelliste-ht.example/tribune/enseigner-en-creole-n-est-pas-un-recul/",
    h1="Enseigner en créole n'est pas un recul",
    kicker="Tribune", crumbs=["Opinions", "Tribune"], authors=["Jean-Robert Pierre-Louis"], byline_text="Par Jean-Robert Pierre-Louis, linguiste",
    byline_html='Par <a href="/author/jean-robert-pierre-louis/">Jean-Robert Pierre-Louis</a>, linguiste', meta="og", meta_section="Tribune",
    pub="2026-03-05T07:00:00-05:00", date="5 mars 2026", views="3 006 vues", today="Jeudi, 5 mars 2026", langs="FR | KREYÒL",
    nav=["Actualités", "Politique", "Économie", "Société", "Éducation", "Sport", "Culture", "Opinions", "Tribune", "Éditorial", "Diaspora"],
    widget="<b>Taux de référence BRH</b> 1 $ US = 131,45 gourdes <span class=\"sep\">|</span> <b>Gazoline</b> 635 gourdes/gallon",
    cookie="Ce site utilise des cookies pour améliorer votre expérience.",
    ticker=["⟪Examens officiels : le MENFP publie le calendrier⟫", "Grenadiers : victoire face au Suriname"], w={"breaking": "En continu"},
    after=[("disclaimer", "⟪Les opinions exprimées dans cette tribune n’engagent que leur auteur.⟫")],
    side=[("Les plus lus", ["⟪Rentrée des classes : les écoles du Sud rouvrent⟫", "Carburant : les prix à la pompe inchangés", "Jacmel : le carnaval reporté"]),
          ("Opinions", [("Éditorial", "L'école haïtienne mérite un budget"), ("Tribune", "La diaspora peut faire plus")])],
    tags=["Éducation", "Créole", "Langues"],
    related=["Les enseignants réclament une formation continue", "Réforme scolaire : ce qui change en septembre"],
    comments=[("Marie-Ange", "05/03/2026", "⟪Mèsi pou tèks sa a. Pitit mwen konprann pi byen an kreyòl.⟫")],
    footer="⟪© 2026 Le Courrier d'Haïti. Tous droits réservés.⟫", footer_nav=["À propos", "Contact", "Publicité", "Abonnements"],
    body="""⟦Chaque fois que l'on propose d'enseigner davantage en créole dans nos écoles, le même reproche revient :⟧ ce serait un recul, un repli, une manière de priver nos enfants du français et des portes qu'il ouvre. Je voudrais dire ici pourquoi je pense exactement le contraire.

Presque tous les enfants haïtiens arrivent à l'école en parlant créole. Beaucoup n'entendent jamais de français à la maison. ⟦Leur demander d'apprendre à lire, à compter et à comprendre le monde dans une langue qu'ils ne maîtrisent pas, c'est les condamner à réciter sans comprendre.⟧ Des générations d'élèves l'ont vécu.

[[READ|⟪Le MENFP publie de nouveaux manuels en créole⟫]]

Les recherches menées partout dans le monde vont dans le même sens : un enfant qui apprend d'abord à lire dans sa langue maternelle apprend ensuite plus facilement une seconde langue. Le créole n'est pas l'ennemi du français ; il en est le meilleur tremplin.

[[AD]]

Certains parents craignent que leurs enfants soient désavantagés aux examens ou à l'étranger. Cette crainte est légitime, et l'école doit y répondre en garantissant un bon niveau de français à la fin du cycle. Mais ce niveau ne s'obtiendra jamais en sautant l'étape de la lecture dans la langue maternelle.

Il ne s'agit donc pas de choisir entre les deux langues. Il s'agit de les mettre dans le bon ordre. Lire et écrire en créole dans les premières années, puis introduire le français progressivement, comme une langue seconde, avec des méthodes adaptées.

Pour cela, il faut des manuels de qualité, des enseignants formés et, surtout, que nous cessions de considérer notre propre langue comme inférieure. ⟦Ce mépris, hérité de l'histoire, coûte cher à nos enfants.⟧

⟦Une école qui parle la langue de ses élèves n'est pas une école au rabais : c'est une école qui les respecte.⟧""",
    kind="opinion", why="Tribune arguing for mother-tongue schooling",
))

smart(PAGES)
