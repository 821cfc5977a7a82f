"""French (journal skin, and the magazine skin for the Abidjan travel guide): a Tribune in a French daily with the
writer's note at the end of the text, a Québec column marked only by the byline role "chroniqueur", a Belgian
fact-check by two reporters ("et"), a Senegalese regional story by a correspondent, an Ivorian weekend guide with
JSON-LD only."""
from parts import curly

PAGES = []

# ---------------------------------------------------------------- 1. France: Tribune, writer's note inside the text, OpinionNewsArticle
CF_NAV = ["International", "Politique", "Société", "Économie", "Débats", "Tribunes", "Chroniques", "Culture", "Sport", "Sciences"]
PAGES.append(dict(
    case="fr-opinion-journal-tribune", lang="fr", skin="journal", domain="www.lecourrierdefrance.example", site="Le Courrier de France", secpath="debats",
    url="https://www.lecourrierdefrance.example/debats/article/2026/03/05/les-petites-lignes-de-train-ne-sont-pas-un-luxe-elles-sont-le-pays_6604412_3232.html",
    h1="« Les petites lignes de train ne sont pas un luxe, elles sont le pays »",
    deck="Fermer les lignes de desserte fine du territoire au nom de la rentabilité revient à acter l'abandon de millions d'habitants, estime la géographe Hélène Marchal",
    kicker="Tribune", kicker_path="debats/tribunes", authors=["Hélène Marchal"], byline_text="Hélène Marchal, Géographe",
    byline_html='<a href="/signataires/helene-marchal/">Hélène Marchal</a>', role="Géographe",
    ld_authors=["Hélène Marchal"], ld_type="OpinionNewsArticle", ld_section="Débats",
    pub="2026-03-05T06:00:00+01:00", mod="2026-03-05T09:14:00+01:00", date="Publié le 5 mars 2026 à 06h00, modifié à 09h14", reading="Temps de lecture : 4 min",
    nav=CF_NAV, ticker=["Réforme des retraites : le Conseil constitutionnel rend sa décision", "Grève SNCF : le trafic perturbé jeudi"],
    cookie="Nous et nos partenaires utilisons des cookies pour mesurer l'audience et vous proposer des publicités personnalisées.",
    side=[("Les plus lus", ["⟪Tempête Jana : 80 000 foyers privés d'électricité en Bretagne⟫", "Bac 2026 : le calendrier des épreuves", "Le prix du gazole repasse sous 1,70 euro"]),
          ("Débats", [("Tribune", "L'école rurale mérite mieux qu'un moratoire"), ("Chronique", "La fin du téléphone fixe, une révolution silencieuse"), ("Éditorial", "L'Europe face au mur de la dette")])],
    tags=["Transports", "SNCF", "Territoires", "Ruralité"],
    related=["Les régions veulent reprendre la main sur les TER", "SNCF Réseau : un plan de 1,5 milliard pour les voies secondaires"],
    comments=[("Jean-Luc R.", "il y a 3 heures", "⟪Dans la Creuse, le dernier train pour Limoges part à 17 h. Tout est dit.⟫")],
    newsletter="« La Lettre des débats » : chaque vendredi, une sélection de tribunes et de chroniques.",
    footer="⟪© Le Courrier de France – Reproduction interdite de tous les articles, sauf accord de la rédaction.⟫",
    footer_nav=["Qui sommes-nous ?", "Mentions légales", "Charte de confidentialité", "Publicité"],
    body="""⟦On a coutume de les appeler « petites lignes », comme on parlerait de petites gens.⟧ Ces 9 000 kilomètres de voies, qui relient des sous-préfectures, des bourgs et des vallées au reste du réseau, représentent près d'un tiers du réseau ferré national. Et à chaque rapport sur les finances de SNCF Réseau, la même tentation revient : les fermer, ou les laisser mourir faute d'entretien, ce qui revient au même.

L'argument est connu. Ces lignes coûtent cher et transportent peu. Mais que mesure-t-on, au juste, quand on compte les voyageurs d'un train qui passe trois fois par jour à des horaires que personne ne peut utiliser ? ⟦Une ligne que l'on a rendue inutilisable finit toujours par être inutilisée.⟧

[[READ|⟪Petites lignes : la carte des fermetures envisagées⟫]]

[[H|Un choix politique, pas une fatalité]]

Les exemples étrangers devraient faire réfléchir. L'Allemagne, la Suisse ou l'Autriche ont rouvert des lignes que l'on disait condamnées, en misant sur la fréquence, la correspondance et des trains plus légers. Les voyageurs sont revenus. ⟦Là où l'offre est redevenue crédible, la fréquentation a parfois doublé en cinq ans.⟧

Il ne s'agit pas d'idéaliser le rail à tout prix. Certaines dessertes seraient sans doute mieux assurées par des cars express bien conçus. Mais décidons-le après avoir donné sa chance au train, pas avant. Et regardons ce que coûte, pour la collectivité, l'absence de transport : des jeunes qui renoncent à leurs études, des malades qui ne se soignent plus, des seniors assignés à résidence faute de permis.

[[AD]]

Fermer une ligne, c'est envoyer un message aux habitants d'un territoire : vous êtes trop peu nombreux pour compter. Ce message, beaucoup l'ont déjà reçu. ⟦Ne soyons pas surpris, ensuite, qu'ils le rendent dans les urnes.⟧

[[BIO|⟪Hélène Marchal est géographe, maîtresse de conférences à l'université de Limoges⟫ et autrice de « Territoires en marge » (Presses universitaires de Rennes, 2024).]]""",
    kind="opinion", why="Tribune arguing to keep rural rail lines",
))

# ---------------------------------------------------------------- 2. Québec: column marked only by the byline role "Chroniqueur" (section Société, OG only)
PAGES.append(dict(
    case="fr-opinion-journal-deneigement", lang="fr", html_lang="fr-CA", skin="journal", domain="www.courrierlaurentien.example", site="Le Courrier laurentien", secpath="societe",
    url="https://www.courrierlaurentien.example/societe/2026-03-05/le-deneigement-ce-sport-national-qu-on-pratique-a-reculons",
    h1="Le déneigement, ce sport national qu'on pratique à reculons",
    kicker="Société", authors=["Jean-François Lavoie"], byline_text="Jean-François Lavoie, Chroniqueur",
    byline_html='<a href="/auteurs/jean-francois-lavoie">Jean-François Lavoie</a>', role="Chroniqueur", meta="og", meta_section="Société",
    pub="2026-03-05T06:00:00-05:00", date="Publié le 5 mars 2026 à 6 h 00",
    nav=["Actualités", "Grand Montréal", "Québec", "Politique", "Affaires", "Société", "Opinions", "Sports", "Arts"],
    ticker=["Tempête : jusqu'à 30 cm de neige attendus vendredi", "Les écoles de Laval fermées jeudi"], w={"breaking": "En continu"},
    cookie="Ce site utilise des témoins (cookies) afin d'améliorer votre expérience de navigation.",
    side=[("Les plus lus", ["⟪Opération de déneigement : les secteurs prioritaires ce soir⟫", "Le CH s'incline en prolongation à Boston", "Hausse des loyers : ce que prévoit le TAL"]),
          ("Opinions", [("Éditorial", "Le logement ne peut plus attendre"), ("Chronique", "Le français au centre-ville, encore"), ("Lettre", "Merci aux cols bleus de Rosemont")])],
    tags=["Déneigement", "Montréal", "Hiver"],
    related=["Déneigement : la facture dépasse 200 millions", "Les chenillettes de trottoir, une espèce en voie de disparition"],
    comments=[("Ginette L.", "il y a 2 heures", "⟪Enfin quelqu'un qui parle des trottoirs! Merci.⟫")],
    footer="⟪© Le Courrier laurentien 2026. Tous droits réservés.⟫", footer_nav=["Nous joindre", "Politique de confidentialité", "Conditions d'utilisation"],
    body="""⟦Il est 7 h 15, le banc de neige devant l'entrée fait la taille d'un VUS⟧ et la souffleuse vient de passer pour la troisième fois de la nuit. Bienvenue dans le seul sport que tout le Québec pratique sans s'être inscrit.

On aime dire que l'hiver fait partie de notre identité. C'est vrai. Mais à voir comment on déneige nos villes, on pourrait croire qu'il nous surprend chaque année. ⟦Les rues sont dégagées en priorité, les trottoirs quand on a le temps⟧, et les arrêts d'autobus, eux, deviennent des épreuves d'escalade.

Qui paie pour ces choix? Pas l'automobiliste, qui retrouve son asphalte dès le lendemain matin. Ce sont les aînés qui n'osent plus sortir, les parents qui poussent une poussette dans 20 cm de slush, les personnes en fauteuil roulant qui restent chez elles des jours durant. Les urgences de Montréal ont traité l'hiver dernier plus de 4 000 chutes sur la glace. Quatre mille.

[[READ|⟪Trottoirs glacés : les chutes en hausse aux urgences⟫]]

Il existe pourtant des villes nordiques qui font autrement. À Oulu, en Finlande, les pistes cyclables et les trottoirs sont déneigés avant la chaussée. Là-bas, on a décidé que le piéton passait en premier. Personne n'en est mort, paraît-il, et les automobilistes ont survécu.

[[AD]]

Inverser l'ordre des priorités ne coûterait pas une fortune. Il suffirait d'équiper quelques équipes de plus en chenillettes et de cesser de considérer le trottoir comme un accessoire de la rue. ⟦Une ville d'hiver se juge à l'état de ses trottoirs, pas à celui de ses autoroutes.⟧

Alors la prochaine fois qu'on vous dira que le déneigement est une affaire de budget, posez la question autrement : une affaire de budget pour qui? ⟦D'ici là, sortez vos crampons.⟧""",
    kind="opinion", why="column arguing for sidewalk-first snow clearing; byline role only",
))

# ---------------------------------------------------------------- 3. Belgium: fact-check by two reporters, "et"
EM_NAV = ["Belgique", "Wallonie", "Bruxelles", "Monde", "Économie", "Opinions", "Cartes blanches", "Sports", "Culture", "Fact-checking"]
PAGES.append(dict(
    case="fr-news-journal-factcheck", lang="fr", html_lang="fr-BE", skin="journal", domain="www.lechodemeuse.example", site="L'Écho de Meuse", secpath="wallonie",
    url="https://www.lechodemeuse.example/wallonie/2026-03-05/fact-check-non-la-wallonie-ne-va-pas-interdire-les-poeles-a-bois-en-2027",
    h1="Fact-check : non, la Wallonie ne va pas interdire les poêles à bois en 2027",
    deck="Un message viral affirme que tous les poêles devront être retirés des habitations. Le texte du gouvernement wallon dit autre chose",
    kicker="Fact-checking", authors=["Thomas Delvaux", "Nora Benali"], byline_text="Par Thomas Delvaux et Nora Benali",
    byline_html='Par <a href="/auteurs/thomas-delvaux">Thomas Delvaux</a> et <a href="/auteurs/nora-benali">Nora Benali</a>',
    ld_authors=["Thomas Delvaux", "Nora Benali"], ld_type="NewsArticle", ld_section="Wallonie",
    pub="2026-03-05T10:32:00+01:00", date="Publié le 5/03/2026 à 10:32", reading="3 min",
    nav=EM_NAV, ticker=["Grève nationale : les trains SNCB fortement perturbés mardi"], w={"breaking": "En direct"},
    cookie="Nous utilisons des cookies pour assurer le bon fonctionnement du site et, avec votre accord, à des fins de mesure d'audience.",
    side=[("Les plus lus", ["⟪Liège : le tram roulera dès lundi jusqu'à Sclessin⟫", "Prix de l'électricité : ce qui change au 1er avril", "Le Standard arrache le nul à Bruges"]),
          ("Opinions", [("Carte blanche", "La Meuse mérite mieux que nos déchets"), ("Édito", "Le fédéral, ce grand absent")])],
    after=[("verdict", "<strong>Notre verdict :</strong> ⟪FAUX. Aucun texte ne prévoit d'interdire les poêles existants.⟫")],
    tags=["Fact-checking", "Chauffage", "Qualité de l'air", "Wallonie"],
    related=["Primes énergie : ce qui change en 2026", "Pellets : les prix repartent à la hausse"],
    comments=[("Michel D.", "il y a 1 heure", "⟪Merci pour la clarification, mon beau-frère m'avait fait peur.⟫")],
    footer="⟪© L'Écho de Meuse 2026 - Tous droits réservés⟫", footer_nav=["Contact", "Conditions générales", "Vie privée", "Publicité"],
    body="""⟦Depuis le week-end, un message partagé plusieurs milliers de fois sur Facebook⟧ affirme que « dès 2027, tous les poêles à bois devront être démontés en Wallonie, sous peine d'amende ». Nous avons vérifié. C'est faux.

[[H|D'où vient la rumeur ?]]

Le message fait référence à un arrêté adopté le 19 février par le gouvernement wallon sur la qualité de l'air intérieur et extérieur. Ce texte existe bel et bien. ⟦Mais il ne prévoit aucune interdiction des poêles existants.⟧

[[H|Que dit vraiment le texte ?]]

L'arrêté, que nous avons consulté, comporte deux mesures principales. D'une part, à partir du 1er janvier 2027, les nouveaux appareils de chauffage au bois vendus en Wallonie devront respecter la norme européenne dite « Ecodesign », déjà en vigueur pour la plupart des modèles récents. D'autre part, les communes pourront, lors des pics de pollution aux particules fines, recommander de ne pas utiliser les poêles d'appoint.

[[READ|⟪Chauffage au bois : les bons gestes pour polluer moins⟫]]

Interrogé par L'Écho de Meuse, le cabinet de la ministre wallonne de l'Environnement confirme : « Il n'a jamais été question de retirer les poêles des maisons. ⟦Les appareils installés pourront continuer à être utilisés normalement⟧. »

[[AD]]

[[H|Combien de ménages concernés ?]]

Selon l'Agence wallonne de l'air et du climat, environ septante mille ménages wallons se chauffent principalement au bois, et près de trois cent mille utilisent un poêle en chauffage d'appoint. Le chauffage au bois représente pourtant près de la moitié des émissions de particules fines en Région wallonne, d'où l'attention des autorités.

⟦En résumé, seuls les appareils neufs vendus à partir de 2027 sont visés.⟧""",
    kind="news", why="fact check reporting what a decree says",
))

# ---------------------------------------------------------------- 4. Senegal: regional story by a correspondent, Open Graph only
PAGES.append(dict(
    case="fr-news-journal-thies", lang="fr", html_lang="fr-SN", skin="journal", domain="www.dakarinfomatin.example", site="Dakar Info Matin", secpath="economie",
    url="https://www.dakarinfomatin.example/economie/thies-les-producteurs-d-oignons-denoncent-la-chute-des-prix_a48812.html",
    h1="Thiès : les producteurs d'oignons dénoncent la chute des prix",
    deck="Le sac de 25 kilos se vend à 3 500 francs CFA bord champ, deux fois moins qu'il y a un an",
    kicker="Économie", authors=["Ibrahima Fall"], byline_text="Par Ibrahima Fall (Correspondant à Thiès)",
    byline_html='Par <a href="/auteur/ibrahima-fall">Ibrahima Fall</a> (Correspondant à Thiès)', meta="og", meta_section="Économie",
    pub="2026-03-17T11:05:00+00:00", date="Publié le 17/03/2026 à 11:05",
    nav=["Politique", "Économie", "Société", "Régions", "Afrique", "International", "Opinions", "Contributions", "Sport", "Culture"],
    ticker=["Tabaski 2026 : le gouvernement fixe le prix du mouton", "Lions : la liste pour les éliminatoires dévoilée"], w={"breaking": "À la une"},
    cookie="Ce site utilise des cookies pour améliorer votre expérience.",
    side=[("Les plus lus", ["⟪TER : la phase 2 jusqu'à l'AIBD mise en service en juin⟫", "Bac 2026 : les dates des épreuves", "Coupures d'électricité à Pikine et Guédiawaye"]),
          ("Opinions", [("Contribution", "L'agriculture sénégalaise a besoin de magasins de stockage"), ("Éditorial", "Le prix du pain, encore")])],
    tags=["Oignon", "Agriculture", "Thiès", "Niayes"],
    related=["Campagne arachidière : les opérateurs privés se retirent", "Niayes : les maraîchers face à la salinisation"],
    comments=[("Moustapha", "17/03/2026", "⟪Chaque année c'est pareil, il faut des chambres froides dans les Niayes.⟫")],
    footer="⟪© 2026 Dakar Info Matin - Tous droits réservés⟫", footer_nav=["Qui sommes-nous", "Contact", "Publicité"],
    body="""⟦Dans les Niayes, la récolte d'oignons s'annonce abondante, mais les producteurs n'ont pas le cœur à la fête.⟧ Le sac de 25 kilos se négocie ces jours-ci autour de 3 500 francs CFA bord champ, contre 7 000 francs à la même période l'an dernier.

À Mboro et Notto Gouye Diama, où nous nous sommes rendus lundi, des centaines de sacs s'entassent au bord des parcelles, faute d'acheteurs. ⟦« Si rien ne change d'ici deux semaines, une partie de la récolte va pourrir »⟧, prévient Abdoulaye Sarr, président d'un groupement de producteurs de la commune de Mboro.

[[READ|⟪Le gouvernement suspend les importations d'oignons⟫]]

Selon les producteurs, la chute des prix s'explique par une récolte record, favorisée par une bonne saison des pluies, et par l'arrivée sur les marchés de stocks d'oignons importés avant la suspension des importations décidée par le gouvernement le 1er mars.

[[AD]]

L'Agence de régulation des marchés (ARM) estime la production nationale de cette campagne à plus de 500 000 tonnes, un niveau jamais atteint. Son directeur régional reconnaît que « les capacités de stockage restent insuffisantes » et annonce la construction de trois nouveaux magasins dans la région de Thiès d'ici la fin de l'année.

En attendant, certains producteurs tentent de vendre directement sur les marchés de Dakar, mais le coût du transport réduit leurs marges. ⟦D'autres se tournent vers les bana-bana, ces intermédiaires qui achètent à bas prix.⟧

Au marché central de Thiès, les commerçants confirment l'abondance de l'offre. « Les clients achètent, mais à des prix qui ne couvrent plus les frais des producteurs », explique une vendeuse installée depuis vingt ans près de la gare.

Les producteurs demandent que la suspension des importations soit prolongée jusqu'en août. ⟦Le ministère du Commerce doit les recevoir jeudi à Dakar.⟧""",
    kind="news", why="regional agriculture report",
))

# ---------------------------------------------------------------- 5. Côte d'Ivoire: weekend travel guide, JSON-LD only
PAGES.append(dict(
    case="fr-other-magazine-grandbassam", lang="fr", html_lang="fr-CI", skin="magazine", domain="www.abidjanevasion.example", site="Abidjan Évasion", secpath="evasion",
    url="https://www.abidjanevasion.example/evasion/grand-bassam-en-un-week-end-que-voir-ou-manger-ou-dormir/",
    h1="Grand-Bassam en un week-end : que voir, où manger, où dormir",
    deck="À quarante minutes d'Abidjan, l'ancienne capitale coloniale se visite à pied, entre façades classées et plages de sable",
    kicker="Évasion", tagline="Sorties, voyages et art de vivre en Côte d'Ivoire", authors=["Aya Kouassi"], byline_text="Par Aya Kouassi",
    byline_html='Par <a href="/author/aya-kouassi/">Aya Kouassi</a>', meta="ld", ld_authors=["Aya Kouassi"], ld_type="Article", ld_section="Évasion",
    pub="2026-03-14T09:00:00+00:00", date="14 mars 2026",
    nav=["Sorties", "Restos", "Évasion", "Culture", "Agenda", "Opinions", "Bons plans"],
    caption="⟪Les façades du quartier France, à Grand-Bassam.⟫ Photo : Aya Kouassi",
    cookie="Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.",
    side=[("Les plus lus", ["⟪Les meilleurs garbadromes d'Abidjan⟫", "Assinie : cinq plages à découvrir", "Où voir des concerts ce week-end"]),
          ("Opinions", [("Chronique", "Abidjan, ville sans trottoirs"), ("Tribune", "Le tourisme intérieur est une chance")])],
    tags=["Grand-Bassam", "Week-end", "Patrimoine"],
    related=["Assinie en une journée", "Man et la cascade : le guide"],
    comments=[("Kader", "15 mars 2026", "⟪Merci pour l'adresse du maquis, on y était dimanche, excellent.⟫")],
    footer="⟪© 2026 Abidjan Évasion – Tous droits réservés⟫", footer_nav=["À propos", "Contact", "Annoncer"],
    body="""⟦Classée au patrimoine mondial de l'Unesco depuis 2012, Grand-Bassam est l'escapade idéale⟧ pour les Abidjanais qui veulent changer d'air le temps d'un week-end. Voici notre sélection pour en profiter sans se presser.

[[H|Samedi matin : le quartier France à pied]]

Commencez par le quartier historique, entre la lagune Ouladine et l'océan. Les anciennes maisons de commerce aux balcons de bois, certaines restaurées, d'autres envahies par la végétation, racontent l'époque où Bassam était la capitale de la colonie. ⟦Ne manquez pas le Musée national du costume, installé dans l'ancien palais du gouverneur.⟧

[[H|Samedi après-midi : artisans et plage]]

Le long de la route principale, les ateliers d'artisans proposent masques, pagnes et objets en bronze. Négociez avec le sourire. En fin de journée, direction la plage, mais attention : la mer est dangereuse et la baignade souvent interdite.

[[H|Dimanche : la lagune en pirogue]]

Le dimanche matin, des piroguiers proposent des balades sur la lagune Ouladine jusqu'aux villages de pêcheurs. Comptez environ 5 000 francs CFA par personne pour une heure, et fixez le prix avant d'embarquer.

[[H|Où manger]]

[[LIST|⟦Chez Tantie Affoué, pour le poisson braisé et l'attiéké⟧, au bord de la lagune.|Le Quai 1900, pour une cuisine plus raffinée dans une maison coloniale restaurée.|Les maquis du marché, pour un alloco à petit prix.]]

[[H|Où dormir]]

Les hôtels en bord de mer sont nombreux. Comptez entre 35 000 et 60 000 francs CFA la nuit pour une chambre double dans un établissement de catégorie moyenne, davantage le week-end de Pâques.

[[H|Y aller]]

⟦Depuis Abidjan, l'autoroute de Bassam permet d'arriver en quarante minutes hors embouteillages.⟧ Des gbakas partent aussi de la gare de Treichville.""",
    kind="other", why="weekend travel guide",
))

curly(PAGES)
