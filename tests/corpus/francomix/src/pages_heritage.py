"""Haiti and Lebanon: two old-established dailies (Le Quotidien de Port-au-Prince, Le Courrier du
Levant in Beirut)."""

PAGES = []

# ---------------------------------------------------------------- Port-au-Prince daily, reporter, ISO printed date, OG only
PAGES.append(dict(
    case="fr-news-heritage-caphaitien", skin="heritage", domain="www.quotidien-pap.example", site="Le Quotidien de Port-au-Prince", secpath="economie",
    url="https://www.quotidien-pap.example/article/258331/cap-haitien-laeroport-international-accueille-ses-premiers-vols-directs-depuis-montreal",
    h1="Cap-Haïtien : l'aéroport international accueille ses premiers vols directs depuis Montréal",
    crumbs=["Économie", "Transport"], authors=["Wendy Pierre-Louis"], byline_text="Wendy Pierre-Louis",
    byline_html='<a href="/auteur/wendy-pierre-louis">Wendy Pierre-Louis</a>', meta="og",
    pub="2026-08-05T09:40:00-04:00", date="Publié le 2026-08-05 | quotidien-pap.example", today="Mercredi 5 août 2026", founded="Fondé en 1911",
    nav=[("Actualités", ["National", "Régions", "Diaspora"]), ("Économie", []), ("Société", []), ("Culture", ["Livres", "Musique", "Arts"]),
         ("Opinion", ["Éditorial", "Tribunes", "Courrier des lecteurs"]), ("Sport", ["Grenadiers", "Football"]), ("Santé", []), ("Archives", [])],
    ticker=["⟪Le taux de change de référence s'établit à 131,20 gourdes pour un dollar⟫", "Jacmel : préparatifs du festival de musique"],
    hero="⟪L'aérogare de l'aéroport international de Cap-Haïtien.⟫ Photo : Wendy Pierre-Louis",
    paywall="⟪Soutenez le journalisme haïtien : abonnez-vous au Quotidien de Port-au-Prince dès 5 dollars par mois.⟫",
    tags=["Cap-Haïtien", "Aviation", "Diaspora"], related=["Tourisme dans le Nord : la Citadelle attire de nouveau les visiteurs", "Diaspora : les transferts d'argent en hausse"],
    most=["Éducation : le calendrier des examens officiels publié", "Carburant : la distribution se normalise", "⟪Grenadiers : le calendrier des éliminatoires⟫", "Culture : hommage à un grand peintre de Jacmel"],
    opinion_rail=[("Éditorial", "Le Nord, une chance pour tout le pays"), ("Tribune", "« La diaspora n'est pas qu'un portefeuille »")],
    body="""⟦Un peu après 13 heures, mardi, l'Airbus en provenance de Montréal s'est posé sous les applaudissements sur la piste de l'aéroport international de Cap-Haïtien.⟧ C'est le premier vol direct entre la métropole québécoise et la deuxième ville du pays depuis l'ouverture de la liaison annoncée au printemps.

À bord, 176 passagers, pour la plupart des membres de la diaspora haïtienne du Québec venus passer l'été en famille. ⟦« Avant, il fallait passer par Port-au-Prince ou par Miami, et faire ensuite des heures de route. Aujourd'hui, je suis chez ma mère avant le dîner », se réjouissait Jean-Robert, infirmier à Laval, en récupérant ses valises.⟧

[[REL|⟪Aéroport de Cap-Haïtien : les travaux de la nouvelle aérogare achevés⟫]]

La compagnie prévoit deux vols par semaine jusqu'à la fin du mois de septembre, puis un vol hebdomadaire pendant l'hiver. ⟦Les responsables de l'aéroport affirment que d'autres liaisons, vers Fort Lauderdale et Santo Domingo, sont en discussion.⟧

[[SPLIT]]

Pour les acteurs économiques du Nord, l'enjeu dépasse le seul transport des familles. L'Association touristique du Nord espère que ces vols faciliteront l'arrivée de visiteurs étrangers, attirés notamment par la Citadelle Laferrière et le Palais Sans-Souci, classés au patrimoine mondial. Plusieurs hôtels de la ville ont déjà annoncé un taux de réservation en forte hausse pour le mois d'août.

Les commerçants de l'aéroport, eux, restent prudents. Ils rappellent que l'aérogare manque encore de services de base, comme un bureau de change ouvert en permanence ou un parking surveillé, et que les routes d'accès sont en mauvais état. ⟦Le ministère des Travaux publics a promis la réfection de la route de l'aéroport d'ici la fin de l'année.⟧""",
    kind="news", why="local report on a new air route with quotes",
))

# ---------------------------------------------------------------- Beirut daily, signed first-person piece filed under Liban › Société, not marked at all; JSON-LD date in UTC the day before
PAGES.append(dict(
    case="fr-opinion-heritage-trottoirs", skin="heritage", domain="www.courrierdulevant.example", site="Le Courrier du Levant", secpath="liban",
    url="https://www.courrierdulevant.example/article/1452290/beyrouth-ville-sans-trottoirs.html",
    h1="Beyrouth, ville sans trottoirs",
    deck="Entre voitures garées, générateurs et chantiers, marcher dans la capitale relève de l'exploit.",
    crumbs=["Liban", "Société"], authors=["Rania Haddad"], byline_text="Rania Haddad",
    byline_html='<a href="/auteur/rania-haddad">Rania Haddad</a>', ld_authors=["Rania Haddad"], ld_type="NewsArticle", ld_section="Liban",
    pub="2026-05-14T00:00:00+03:00", ld_date="2026-05-13T21:00:00Z", ld_mod="2026-05-13T21:00:00Z",
    date="CDL / Par Rania Haddad, le 14 mai 2026 à 00h00", today="Jeudi 14 mai 2026", founded="Depuis 1924",
    nav=[("Liban", ["Politique", "Société", "Économie", "Régions"]), ("Moyen-Orient", ["Syrie", "Israël-Palestine", "Irak", "Golfe"]), ("Monde", []),
         ("Opinion", ["Éditorial", "Commentaires", "Tribunes", "Courrier"]), ("Culture", ["Livres", "Cinéma", "Expositions"]), ("Sport", []), ("Podcasts", []), ("Le Levant littéraire", [])],
    ticker=["⟪Électricité : l'EDL annonce huit heures d'alimentation par jour⟫", "Parlement : séance consacrée à la loi sur les loyers"],
    paywall="⟪Cet article vous est offert. Pour lire tous nos contenus, abonnez-vous à partir de 1 dollar le premier mois.⟫",
    tags=["Beyrouth", "Urbanisme", "Piétons"], related=["Le plan de mobilité du Grand Beyrouth toujours en attente", "À Gemmayzé, les habitants réclament des rues piétonnes"],
    most=["Taux de change : le dollar stable sur le marché parallèle", "⟪Municipales : les listes déposées à Beyrouth⟫", "Le Festival de Baalbeck dévoile sa programmation", "Météo : un épisode de chaleur attendu"],
    opinion_rail=[("Éditorial", "Le pays qui ne sait plus décider"), ("Commentaire", "Réformer le secteur bancaire, enfin ?")],
    comments=[("Nadim K.", "14 mai 2026", "⟪Essayez avec une poussette à Achrafieh, c'est impossible.⟫"), ("Lina", "14 mai 2026", "Merci de dire tout haut ce que nous vivons.")], comment_count=36,
    body="""⟦Ce matin encore, pour parcourir les 800 mètres qui séparent mon appartement de la rue Monnot, j'ai dû descendre six fois sur la chaussée.⟧ Une voiture garée en travers, un générateur installé sur le trottoir, un chantier sans palissade, une rampe de parking, deux pots de fleurs d'un restaurant, un trou que personne n'a rebouché depuis l'hiver. Rien d'exceptionnel : c'est le quotidien de quiconque choisit de marcher à Beyrouth.

Je dis « choisit », mais beaucoup n'ont pas le choix. ⟦Les étudiants, les employés de maison, les personnes âgées, tous ceux qui n'ont pas de voiture marchent, et ils marchent au milieu des voitures.⟧ Pour une personne en fauteuil roulant ou une mère avec une poussette, certains quartiers sont tout simplement inaccessibles.

[[REL|⟪Mobilité : le retour annoncé des bus publics à Beyrouth⟫]]

[[SPLIT]]

On me répondra que le pays a d'autres urgences. C'est vrai, et c'est précisément pour cela que cette question me semble essentielle. ⟦Une ville où l'on peut marcher est une ville où l'on se croise, où les commerces de quartier vivent, où l'on dépend moins de l'essence dont le prix nous étrangle.⟧ Ce n'est pas un luxe d'urbaniste : c'est une question de dignité.

Ce qu'il faudrait n'a rien de révolutionnaire. Faire respecter l'interdiction de stationner sur les trottoirs, d'abord, ce qui ne coûte presque rien. Obliger les propriétaires de générateurs et les chantiers à libérer le passage. Et confier à la municipalité un plan simple : dix rues par an rendues praticables, en commençant par celles qui mènent aux écoles et aux hôpitaux.

⟦Beyrouth a survécu à tant de choses ; elle peut sûrement apprendre à laisser passer ses piétons.⟧""",
    kind="opinion", why="first-person piece arguing for walkable streets",
))

for _p in PAGES:  # <html lang> by country
    _p["html_lang"] = {"www.quotidien-pap.example": "fr-HT", "www.courrierdulevant.example": "fr"}[_p["domain"]]
