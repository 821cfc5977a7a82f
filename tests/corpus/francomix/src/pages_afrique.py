"""West and Central Africa: a Dakar portal (Dakar Matin), an Abidjan portal (Abidjan Express), a
Yaoundé daily (Cameroun Horizon) and a Kinshasa portal (Kinshasa Actu)."""

PAGES = []

DM_NAV = [("Actualité", ["Politique", "Société", "Régions", "Faits divers"]), ("Économie", ["Agriculture", "Pétrole et gaz", "Pêche"]), ("International", []),
          ("Contributions", []), ("Opinions", ["Éditos", "Chroniques"]), ("Sport", ["Lions", "Lutte", "Navétanes"]), ("Culture", []), ("People", []), ("Vidéos", [])]
DM_RAIL = [("Contribution", "Le Sénégal face au défi de l'emploi des jeunes"), ("Chronique", "Dakar, capitale des embouteillages"), ("Opinion", "L'école publique mérite mieux")]
DM_MOST = ["Lutte : le combat royal fixé au 4 avril", "Bac 2026 : le calendrier des épreuves", "⟪Tabaski : les prix du mouton déjà en hausse⟫", "Coupures d'électricité : Senelec s'explique"]

# ---------------------------------------------------------------- Dakar portal, reporter in the regions
PAGES.append(dict(
    case="fr-news-afrique-oignons", skin="afrique", domain="www.dakarmatin.example", site="Dakar Matin", secpath="economie",
    url="https://www.dakarmatin.example/economie/agriculture/thies-les-producteurs-d-oignons-denoncent-l-effondrement-des-prix_a48215.html",
    h1="Niayes : les producteurs d'oignons dénoncent l'effondrement des prix",
    crumbs=["Économie", "Agriculture"], authors=["Aminata Ndiaye"], byline_text="Par Aminata Ndiaye (Envoyée spéciale à Potou)",
    byline_html='Par <a href="/auteur/aminata-ndiaye">Aminata Ndiaye</a> (Envoyée spéciale à Potou)', ld_authors=["Aminata Ndiaye"], ld_type="NewsArticle",
    pub="2026-03-16T14:05:00+00:00", date="Publié le lundi 16 mars 2026 | 14:05", views="Lu 2 345 fois", today="Lundi 16 mars 2026",
    nav=DM_NAV, ticker=["⟪Assemblée nationale : le budget rectificatif adopté⟫", "Ziguinchor : reprise des vols vers Dakar", "Lions : Pape Diallo forfait"],
    hero="⟪Des sacs d'oignons entassés au marché de Potou, samedi.⟫ Photo : Dakar Matin",
    tags=["Oignon", "Agriculture", "Niayes"], related=["Gel des importations d'oignons : ce que dit l'arrêté", "Les Niayes menacées par la salinisation des sols"],
    most=DM_MOST, opinion_rail=DM_RAIL,
    comments=[("Modou Fall", "16/03/2026 15:20", "⟪Il faut des chambres froides dans chaque commune des Niayes.⟫"), ("Awa", "16/03/2026 16:02", "Toujours les mêmes problèmes chaque année.")], comment_count=31,
    body="""⟦Au marché de Potou, les sacs d'oignons s'entassent sous le soleil, et les acheteurs se font rares.⟧ Depuis le début du mois de mars, le prix du kilogramme payé aux producteurs est tombé à 150 francs CFA, contre 350 francs il y a encore trois mois. Dans cette zone des Niayes, qui fournit une grande partie de la production nationale, la colère monte.

« À ce prix-là, nous ne couvrons même pas les frais de semences et d'engrais », explique Ousmane Diop, 52 ans, qui cultive deux hectares près de Potou. ⟦Il dit avoir emprunté près d'un million de francs CFA pour financer sa campagne.⟧ Comme lui, de nombreux producteurs craignent de ne pas pouvoir rembourser leurs dettes.

[[REL|⟪Agriculture : le gouvernement annonce un fonds de soutien aux maraîchers⟫]]

[[SPLIT]]

La cause de cet effondrement est connue : une récolte abondante, arrivée en même temps dans toutes les zones de production, et un manque criant de capacités de stockage. ⟦Faute d'entrepôts ventilés, les oignons ne se conservent que quelques semaines, ce qui oblige les producteurs à vendre vite, et à n'importe quel prix.⟧

Les organisations de producteurs demandent le maintien du gel des importations jusqu'à la fin du mois de juin et la construction de magasins de stockage dans chaque commune des Niayes. Certaines réclament aussi un prix plancher garanti par l'État.

Au ministère du Commerce, on assure que le gel des importations, entré en vigueur le 1er février, sera prolongé. Un responsable du ministère, joint par téléphone, indique qu'un programme de construction de 40 unités de stockage est en cours, mais reconnaît que seules douze sont aujourd'hui opérationnelles.

[[AD]]

Sur la route nationale, des camions venus de Dakar chargent les sacs à bas prix pour les revendre au double dans les marchés de la capitale. ⟦Une situation que les producteurs vivent comme une injustice, et qui alimente les appels à une meilleure organisation de la filière.⟧""",
    kind="news", why="field report on farm prices with quotes",
))

# ---------------------------------------------------------------- Dakar portal, signed piece marked only in the metadata section (article:section Opinions)
PAGES.append(dict(
    case="fr-opinion-afrique-peche", skin="afrique", domain="www.dakarmatin.example", site="Dakar Matin", secpath="actualite",
    url="https://www.dakarmatin.example/actualite/le-petrole-ne-doit-pas-nous-faire-oublier-la-peche_a49873.html",
    h1="Le pétrole ne doit pas nous faire oublier la pêche",
    crumbs=["Actualité", "Société"], authors=["Mamadou Lamine Sarr"], byline_text="Mamadou Lamine Sarr",
    byline_html="Mamadou Lamine Sarr", meta="og", meta_section="Opinions",
    pub="2026-05-04T09:30:00+00:00", date="Publié le lundi 4 mai 2026 | 09:30", views="Lu 4 810 fois", today="Lundi 4 mai 2026",
    nav=DM_NAV, ticker=["Kaolack : un nouveau marché central inauguré", "⟪Navétanes : le calendrier de la saison⟫"],
    tags=["Pêche", "Pétrole", "Environnement"], related=["Pétrole : la production a atteint 100 000 barils par jour", "Pêche artisanale : les pirogues restent à quai à Joal"],
    most=DM_MOST, opinion_rail=[("Contribution", "⟪Le Sénégal face au défi de l'emploi des jeunes⟫"), ("Chronique", "Dakar, capitale des embouteillages")],
    comments=[("Pêcheur de Kayar", "04/05/2026 10:41", "Merci de parler de nous."), ("Ibrahima", "04/05/2026 11:05", "⟪Le pétrole paiera les écoles, il faut être réaliste.⟫")], comment_count=47,
    body="""⟦Depuis que les premiers barils de pétrole ont été extraits au large de nos côtes, on ne parle plus que de cela.⟧ Les chiffres de production sont commentés chaque semaine, les recettes futures sont déjà réparties dans les discours. Pendant ce temps, à Joal, à Kayar, à Saint-Louis, des milliers de pêcheurs regardent la mer avec inquiétude.

Je suis fils de pêcheur. J'ai grandi à Guet Ndar, où chaque famille vit de la mer depuis des générations. ⟦Je sais ce que représente la pêche artisanale pour notre pays : des centaines de milliers d'emplois, et une grande part des protéines que consomment les Sénégalais.⟧ Aucun gisement, si riche soit-il, n'offrira jamais autant de travail.

[[SPLIT]]

Or la ressource s'épuise. Les stocks de sardinelles sont surexploités, les chalutiers étrangers pillent nos eaux, et les usines de farine de poisson transforment en aliment pour le bétail ce qui devrait nourrir nos familles. ⟦Les plateformes pétrolières ajoutent désormais leurs zones d'exclusion, qui privent les pirogues de certains de leurs meilleurs lieux de pêche.⟧

Il ne s'agit pas d'opposer le pétrole et la pêche. Il s'agit de refuser que l'un se développe au détriment de l'autre. Une partie des revenus pétroliers devrait être consacrée, par la loi, à la protection des ressources halieutiques : surveillance des eaux, aires marines protégées, soutien aux femmes transformatrices, modernisation des quais de débarquement.

[[AD]]

Il faudrait aussi, enfin, fermer les usines de farine de poisson qui ne respectent pas les quotas. Ces mesures coûtent peu, au regard de ce que le pétrole rapportera. ⟦Le pétrole s'épuisera un jour ; la mer, si nous la protégeons, nourrira encore nos petits-enfants.⟧""",
    kind="opinion", why="first-person piece arguing oil revenue should protect fishing",
))

AE_NAV = [("Actualités", ["Politique", "Société", "Régions", "Faits divers"]), ("Économie", ["Cacao", "Finances", "Entreprises"]), ("Éducation", ["Examens", "Orientation"]),
          ("Opinions", ["Éditoriaux", "Contributions"]), ("Sports", ["Éléphants", "Ligue 1"]), ("Culture", ["Musique", "Zouglou"]), ("Annonces", []), ("Nécrologie", [])]
AE_MOST = ["Éléphants : la liste pour les qualifications", "⟪Bac 2026 : le taux de réussite en hausse⟫", "Abidjan : les travaux du quatrième pont", "Météo : fortes pluies sur le littoral"]

# ---------------------------------------------------------------- Abidjan portal, reporter, cocoa price
PAGES.append(dict(
    case="fr-news-afrique-cacao", skin="afrique", domain="www.abidjanexpress.example", site="Abidjan Express", secpath="economie",
    url="https://www.abidjanexpress.example/economie/cacao-le-prix-bord-champ-fixe-a-2-900-fcfa-le-kilo-pour-la-campagne-intermediaire-71834.html",
    h1="Cacao : le prix bord champ fixé à 2 900 FCFA le kilo pour la campagne intermédiaire",
    crumbs=["Économie", "Cacao"], authors=["Serge Koffi Yao"], byline_text="Serge Koffi Yao",
    byline_html='<a href="/journaliste/serge-koffi-yao">Serge Koffi Yao</a>', meta="og",
    pub="2026-04-02T18:40:00+00:00", date="Publié le jeudi 2 avril 2026 | 18:40", views="3 412 vues", today="Jeudi 2 avril 2026",
    nav=AE_NAV, ticker=["Yamoussoukro : ouverture du salon de l'agriculture", "⟪ASEC Mimosas en finale de la Coupe nationale⟫"],
    hero="⟪Des fèves de cacao sèchent au soleil, près de Soubré.⟫ Photo d'archives",
    tags=["Cacao", "Agriculture", "Prix"], related=["Cacao : la production en baisse de 9 %", "Les coopératives réclament une meilleure traçabilité"],
    most=AE_MOST, opinion_rail=[("Éditorial", "⟪Le cacao doit enfin enrichir ceux qui le cultivent⟫"), ("Contribution", "Pour une école plus proche des villages")],
    comments=[("Planteur de Daloa", "02/04/2026 19:30", "C'est bien, mais les pisteurs ne paient jamais le vrai prix."), ("Kouamé", "02/04/2026 20:12", "⟪Il faut contrôler les acheteurs sur le terrain.⟫")], comment_count=58,
    body="""⟦Le prix d'achat minimum garanti du cacao aux producteurs est fixé à 2 900 francs CFA le kilogramme pour la campagne intermédiaire, qui s'ouvre ce vendredi 3 avril.⟧ L'annonce a été faite jeudi à Abidjan par le ministre de l'Agriculture, à l'issue d'un conseil des ministres.

Ce prix est en hausse de 100 francs par rapport à la campagne principale. ⟦Il reflète, selon le gouvernement, le niveau toujours élevé des cours mondiaux, même s'ils ont reculé depuis leur record de l'année dernière.⟧ Le prix du café, également fixé jeudi, reste inchangé à 1 600 francs le kilo.

[[REL|⟪Cacao : les exportations de fèves en baisse au premier trimestre⟫]]

[[SPLIT]]

Le ministre a mis en garde les acheteurs qui ne respecteraient pas le prix officiel. « Des contrôles seront menés dans toutes les zones de production, et les contrevenants s'exposent au retrait de leur agrément », a-t-il déclaré. ⟦Lors des campagnes précédentes, de nombreux planteurs s'étaient plaints de se voir proposer des prix bien inférieurs au minimum fixé.⟧

Dans les régions de Soubré, de Daloa et de San-Pedro, les premières réactions étaient plutôt positives. Joint par téléphone, le président d'une coopérative de la Nawa salue une « bonne nouvelle », tout en rappelant que la production de sa zone a baissé d'un tiers en deux ans, en raison du vieillissement des vergers et de la maladie du swollen shoot.

[[AD]]

La campagne intermédiaire, qui représente environ un quart de la production annuelle, court jusqu'à la fin du mois de septembre. Le gouvernement prévoit une récolte de 450 000 tonnes sur cette période.

⟦Le Conseil du café-cacao doit publier dans les prochains jours la liste des exportateurs agréés pour la campagne.⟧""",
    kind="news", why="report on official cocoa price announcement",
))

# ---------------------------------------------------------------- Abidjan portal, service page (other): how to get exam results, by the desk
PAGES.append(dict(
    case="fr-other-afrique-bac", skin="afrique", domain="www.abidjanexpress.example", site="Abidjan Express", secpath="education",
    url="https://www.abidjanexpress.example/education/bac-2026-comment-consulter-vos-resultats-par-sms-et-en-ligne-73550.html",
    h1="BAC 2026 : comment consulter vos résultats par SMS et en ligne",
    label="Examens", crumbs=["Éducation", "Examens"], authors=None, byline_text="La Rédaction",
    byline_html="La Rédaction", ld_authors=["org:Abidjan Express"], ld_type="Article",
    pub="2026-07-09T08:00:00+00:00", mod="2026-07-10T07:30:00+00:00", date="Publié le jeudi 9 juillet 2026 | 08:00 – Mis à jour le 10/07/2026", views="48 207 vues", today="Jeudi 9 juillet 2026",
    nav=AE_NAV, ticker=["⟪Éléphants : le sélectionneur dévoile sa liste⟫", "Coupures d'eau à Yopougon"],
    tags=["BAC 2026", "Examens", "Résultats"], related=["BEPC 2026 : les résultats par région", "Orientation post-bac : le calendrier des inscriptions"],
    most=AE_MOST, opinion_rail=[("Éditorial", "L'école ivoirienne à l'heure du numérique"), ("Contribution", "⟪Pour une école plus proche des villages⟫")],
    comments=[("Fatou K.", "09/07/2026 09:12", "⟪Le site ne marche pas, ça charge depuis une heure !⟫")], comment_count=312,
    body="""⟦Les résultats du baccalauréat 2026 seront proclamés le vendredi 10 juillet à partir de 10 heures, selon la direction des examens et concours.⟧ Pour éviter l'affluence devant les établissements, les candidats peuvent consulter leurs résultats à distance, de trois façons différentes.

[[H|1. Par SMS]]

⟦Envoyez votre numéro de table par SMS au 7789, depuis n'importe quel réseau mobile.⟧ Le message est facturé 100 francs CFA. Vous recevez en retour votre décision (admis, ajourné ou admissible au second tour) et votre moyenne.

[[H|2. Sur le site officiel]]

Rendez-vous sur le portail des examens du ministère de l'Éducation nationale, rubrique « Résultats BAC 2026 ». Saisissez votre numéro de table et votre date de naissance. ⟦En cas de forte affluence, le site peut être ralenti : patientez quelques minutes avant de réessayer.⟧

[[AD]]

[[H|3. Par l'application mobile]]

L'application officielle des examens, disponible gratuitement sur Android et iPhone, permet de recevoir une notification dès la publication des résultats. Il suffit d'enregistrer son numéro de table une seule fois.

[[H|Que faire en cas d'erreur ?]]

[[LIST|⟦vérifiez d'abord que vous avez saisi le bon numéro de table⟧|si l'erreur persiste, adressez-vous à votre établissement, muni de votre convocation|les réclamations sont reçues à la direction régionale de l'éducation jusqu'au 17 juillet]]

Attention aux fausses informations : chaque année, de faux sites et de faux comptes sur les réseaux sociaux prétendent publier les résultats avant l'heure, ou demandent de l'argent pour les consulter. Seuls les canaux officiels cités ci-dessus sont fiables. Ne communiquez jamais votre numéro de table à des inconnus et ne payez aucun service en dehors du SMS officiel.

Les candidats admissibles au second tour passeront les épreuves orales à partir du lundi 13 juillet, dans leur centre d'examen. La liste des centres sera affichée dans les établissements et publiée sur le portail.

⟦Bonne chance à tous les candidats !⟧""",
    kind="other", why="service how-to for checking exam results",
))

CH_NAV = [("Politique", []), ("Économie", []), ("Société", ["Santé", "Éducation"]), ("Régions", ["Centre", "Littoral", "Ouest", "Nord"]), ("Afrique", []),
          ("Opinions", ["Éditorial", "Tribunes", "Point de vue"]), ("Sports", ["Lions indomptables"]), ("Culture", [])]

# ---------------------------------------------------------------- Yaoundé daily, signed editorial by the publication director
PAGES.append(dict(
    case="fr-opinion-afrique-editorial", skin="afrique", domain="www.camerounhorizon.example", site="Cameroun Horizon", secpath="opinions",
    url="https://www.camerounhorizon.example/opinions/editorial/yaounde-merite-mieux-que-ses-embouteillages-20260915",
    h1="Yaoundé mérite mieux que ses embouteillages",
    label="Éditorial", crumbs=["Opinions", "Éditorial"], authors=["Jean-Claude Mbarga"], byline_text="Par Jean-Claude Mbarga, Directeur de publication",
    byline_html='Par <a href="/auteur/jean-claude-mbarga">Jean-Claude Mbarga</a>, Directeur de publication', ld_authors=["Jean-Claude Mbarga"],
    ld_type="OpinionNewsArticle", ld_section="Éditorial",
    pub="2026-09-15T06:00:00+01:00", date="Publié le mardi 15 septembre 2026 | 06:00", views="1 905 lectures", today="Mardi 15 septembre 2026",
    nav=CH_NAV, ticker=["Douala : le port autonome annonce un record", "⟪Lions indomptables : deux nouveaux appelés⟫"],
    wa="Rejoignez la chaîne WhatsApp de Cameroun Horizon",
    tags=["Yaoundé", "Circulation", "Urbanisme"], related=["Yaoundé : le projet de bus rapide relancé", "Circulation : les motos-taxis interdites dans le centre ?"],
    most=["⟪Rentrée scolaire : les fournitures plus chères⟫", "Douala : le port autonome annonce un record", "Lions : la liste pour la CAN", "Carburant : pas de hausse prévue"],
    opinion_rail=[("Tribune", "« La décentralisation doit aller au bout »"), ("Point de vue", "⟪Nos langues nationales à l'école, enfin⟫")],
    comments=[("Ateba", "15/09/2026 07:42", "Tous les matins deux heures pour aller à Mvan !"), ("Nathalie E.", "15/09/2026 08:15", "⟪Et les trottoirs occupés par les commerçants ?⟫")], comment_count=64,
    body="""⟦Il faut parfois deux heures, aux heures de pointe, pour traverser Yaoundé du carrefour Warda au rond-point de la poste centrale.⟧ Deux heures perdues chaque jour par des centaines de milliers de travailleurs, d'élèves, de commerçants. Deux heures de carburant brûlé, de stress accumulé, de rendez-vous manqués.

La capitale a grandi beaucoup plus vite que ses routes. ⟦Sa population a doublé en vingt ans, tandis que le réseau de voirie, lui, n'a presque pas changé.⟧ Les projets de transport de masse se succèdent sur le papier depuis des années, sans qu'aucun ne voie le jour.

[[SPLIT]]

Nous ne croyons pas à la solution miracle. Mais nous sommes convaincus que trois décisions simples pourraient changer le quotidien des Yaoundéens dès l'an prochain. La première : dégager les trottoirs et les carrefours occupés par le commerce informel, en offrant aux vendeurs des emplacements aménagés à proximité. La deuxième : coordonner enfin les feux de signalisation, dont la moitié ne fonctionne pas. ⟦La troisième : lancer, sans attendre le grand projet de bus rapide, des lignes de bus express sur les trois axes les plus chargés.⟧

[[AD]]

Ces décisions devraient s'accompagner d'un effort de discipline de la part de tous. Les chauffeurs de taxi qui s'arrêtent au milieu de la chaussée, les camions qui livrent en pleine journée, les automobilistes qui forcent les carrefours : chacun contribue à la paralysie. Une campagne d'information, suivie de contrôles réguliers et visibles, rappellerait que la route est un bien commun.

Aucune de ces mesures ne demande des milliards. Elles demandent de la volonté politique, et une coordination entre la communauté urbaine, les mairies d'arrondissement et les ministères concernés, qui trop souvent se renvoient la responsabilité.

Les embouteillages ne sont pas une fatalité, ni un simple désagrément. Ils coûtent à notre économie, abîment notre santé et découragent les investisseurs. ⟦Yaoundé mérite mieux, et les Yaoundéens ont assez attendu.⟧""",
    kind="opinion", why="signed editorial urging traffic measures",
))

KA_NAV = [("Politique", []), ("Sécurité", ["Nord-Kivu", "Ituri", "Sud-Kivu"]), ("Économie", ["Mines", "Finances"]), ("Société", []), ("Provinces", ["Kinshasa", "Haut-Katanga", "Kasaï"]),
          ("Opinions", ["Tribunes", "Analyses"]), ("Sport", ["Léopards", "TP Mazembe", "AS Vita Club"]), ("Culture", ["Rumba"])]

# ---------------------------------------------------------------- Kinshasa portal, interview (news) with strong views from the interviewee
PAGES.append(dict(
    case="fr-news-afrique-entretien", skin="afrique", domain="www.kinactu.example", site="Kinshasa Actu", secpath="economie",
    url="https://www.kinactu.example/2026/10/22/grace-mbuyi-les-petits-commercants-de-kinshasa-paient-trop-de-taxes",
    h1="Grace Mbuyi : « Les petits commerçants de Kinshasa paient trop de taxes »",
    label="Entretien", crumbs=["Économie", "Finances"], authors=["Patrick Lukusa"], byline_text="Propos recueillis par Patrick Lukusa",
    byline_html='Propos recueillis par <a href="/auteur/patrick-lukusa">Patrick Lukusa</a>', ld_authors=["Patrick Lukusa"], ld_type="NewsArticle",
    pub="2026-10-22T11:15:00+01:00", date="Publié le jeudi 22 octobre 2026 | 11:15", views="5 630 vues", today="Jeudi 22 octobre 2026",
    nav=KA_NAV, ticker=["⟪Léopards : victoire face au Gabon⟫", "Lubumbashi : reprise des exportations de cuivre"],
    hero="⟪Grace Mbuyi, au marché de la Liberté, à Kinshasa.⟫ Photo : Kinshasa Actu",
    tags=["Commerce", "Taxes", "Kinshasa"], related=["Marché central : les commerçants en grève", "Le gouvernement promet un guichet unique des taxes"],
    most=["⟪Fin du marché de la Liberté : la mairie dément⟫", "Léopards : le sélectionneur prolongé", "Mines : le cobalt au plus haut", "Bac : les résultats en ligne"],
    opinion_rail=[("Tribune", "« Kinshasa a besoin d'un vrai plan d'assainissement »"), ("Analyse", "Le Congo peut-il profiter du boom du cuivre ?")],
    comments=[("Maman Nsimba", "22/10/2026 12:01", "⟪Elle dit vrai, on paie tous les jours des taxes qu'on ne comprend pas.⟫")], comment_count=19,
    body="""⟦Présidente d'une association qui regroupe plus de 3 000 vendeuses et vendeurs des marchés de Kinshasa, Grace Mbuyi mène depuis deux ans une campagne contre la multiplication des taxes.⟧ Elle sera reçue la semaine prochaine par le gouverneur de la ville.

[[Q|Kinshasa Actu : Combien de taxes une commerçante de marché paie-t-elle aujourd'hui ?]]

Grace Mbuyi : ⟦Nous en avons compté quatorze, entre la commune, la ville, les services de l'État et les gestionnaires des marchés.⟧ Il y a la taxe d'étalage, la taxe journalière, la taxe d'hygiène, la patente, et d'autres dont personne ne sait exactement à quoi elles servent. Une vendeuse de légumes qui gagne 10 000 francs par jour peut en reverser le quart.

[[Q|Ces taxes ne financent-elles pas l'entretien des marchés ?]]

C'est ce qu'on nous dit. Mais allez voir l'état des marchés : pas de toilettes, pas d'eau, des allées inondées à chaque pluie. ⟦L'argent est collecté tous les jours, mais nous ne voyons rien en retour.⟧ Et souvent, les agents ne délivrent même pas de reçu.

[[SPLIT]]

[[Q|Que demanderez-vous au gouverneur ?]]

Une seule taxe, payée une fois par mois, avec un reçu électronique. C'est simple. Le gouvernement parle d'un guichet unique depuis des années ; nous voulons qu'il existe vraiment. ⟦Nous demandons aussi qu'une partie de l'argent serve directement à équiper les marchés, sous le contrôle d'un comité où siègent les commerçants.⟧

[[Q|Et si vous n'êtes pas entendues ?]]

Nous ne voulons pas la grève, parce que ce sont les familles qui en souffrent. Mais les commerçantes sont fatiguées. ⟦Si rien ne change, nous appellerons à fermer les étals un jour par semaine, jusqu'à ce qu'on nous écoute.⟧""",
    kind="news", why="Q&A interview; opinions are the interviewee's",
))

for _p in PAGES:  # <html lang> by country
    _p["html_lang"] = {"www.dakarmatin.example": "fr-SN", "www.abidjanexpress.example": "fr-CI", "www.camerounhorizon.example": "fr-CM", "www.kinactu.example": "fr"}[_p["domain"]]
