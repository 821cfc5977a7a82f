"""French pages: an op-ed (tribune) with a drop cap, a pull quote and a second half folded behind "Lire la suite";
page 1 of a three-page investigation with a table of contents and captioned figures."""
from parts import P, fig, fold, lede, pager, pq, sec, toc

L = "fr"
PAGES = []

_o, _c = fold(L, "style")
PAGES.append(dict(
    case="fr-opinion-ecolerurale", lang=L, skin="newsroom", domain="lecourrierdesplateaux.example", site="Le Courrier des Plateaux",
    url="https://www.lecourrierdesplateaux.example/opinions/tribune-fermer-les-petites-ecoles-est-une-faute",
    h1="« Fermer les petites écoles rurales est une faute politique »",
    deck="Pour l’institutrice Hélène Marchetti, la fermeture des classes uniques au nom des économies sacrifie les villages et les enfants.",
    section="Opinions", kicker="Tribune",
    authors=["Hélène Marchetti"], byline_text="Par Hélène Marchetti, professeure des écoles", ld_authors=["Hélène Marchetti"],
    meta="ld", ld_type="OpinionNewsArticle",
    pub="2026-03-05T07:00:00+01:00", date="Publié le 5 mars 2026 à 07h00",
    nav=["Actualités", "Opinions", "Territoires", "Économie", "Culture", "Sports"],
    cookie="⟪Nous utilisons des cookies pour mesurer l’audience et vous proposer des contenus adaptés.⟫",
    related=["⟪Carte scolaire : 38 fermetures de classes annoncées dans le département⟫", "À Saint-Vérand, les parents occupent l’école", "Le transport scolaire coûte de plus en plus cher"],
    most=["⟪La foire aux bestiaux de retour en avril⟫", "Route départementale 12 : les travaux prolongés", "Un nouveau médecin s’installe à Lavernhe"],
    comments=[("Jean-Paul B.", "⟪Très juste. Notre école a fermé en 2019 et le village est mort depuis.⟫")],
    footer="⟪© Le Courrier des Plateaux 2026 – Mentions légales – Nous contacter⟫",
    footer_nav=["Mentions légales", "Confidentialité", "Contact", "Annonces légales"],
    body=lede("⟦Il y a dans mon école quatorze élèves, de la petite section au CM2.⟧ Ils ont entre trois et onze ans, ils partagent une seule salle de classe, une cour goudronnée, un préau où l’on range les vélos et une cantine installée dans l’ancienne salle des fêtes de la mairie. Ils ont aussi, depuis dix-sept ans, la même institutrice : moi. En septembre prochain, si la décision annoncée par l’inspection académique est confirmée, ils n’auront plus d’école du tout.") +
    P("""Je ne suis pas naïve. Je sais ce que coûte une classe unique de quatorze élèves, et je sais que le nombre d’enfants diminue dans nos villages depuis des années. Je sais aussi que l’administration a des chiffres, des moyennes et des ratios, et qu’une école comme la mienne les fait tous mentir dans le mauvais sens. Mais je voudrais dire, depuis l’intérieur d’une de ces écoles qu’on ferme par dizaines chaque année, pourquoi je crois que nous commettons une faute, et pas seulement une erreur de calcul.

#Ce que disent les chiffres, et ce qu’ils taisent

L’argument principal est connu. Regrouper les élèves dans des écoles plus grandes, au bourg, permettrait d’avoir des classes d’un seul niveau, des enseignants moins isolés, de meilleurs équipements. ⟦Sur le papier, c’est raisonnable.⟧ Dans les faits, les études sur les résultats des élèves des classes uniques ne montrent aucun retard. Plusieurs travaux suggèrent même l’inverse : les petits apprennent en écoutant les grands, les grands consolident en expliquant aux petits, et chacun avance à son rythme parce qu’il n’y a pas d’autre façon de faire.

Ce que les chiffres ne disent pas, c’est ce que coûte la fermeture. Le coût du transport d’abord : mes élèves passeraient, selon le projet, entre quarante et soixante-dix minutes par jour dans un car, certains en partant à sept heures dix. Le coût pour les familles ensuite, dont plusieurs m’ont déjà dit qu’elles quitteraient le village si l’école fermait, parce qu’elles ne voient pas comment organiser leurs journées. Le coût pour la commune enfin, qui perd avec son école la seule raison qu’ont encore les jeunes couples de s’installer ici.""") +
    pq("« ⟪Une commune qui perd son école perd sa raison d’accueillir des familles.⟫ »") +
    _o +
    P("""#Une école, c’est plus qu’une école

Dans un village de deux cents habitants, l’école n’est pas seulement un lieu d’enseignement. C’est l’endroit où les parents se croisent le matin, où les anciens viennent voir le spectacle de fin d’année, où la mairie organise les réunions publiques parce que c’est la seule salle chauffée. C’est la raison pour laquelle la boulangerie ambulante s’arrête encore deux fois par semaine et pour laquelle le car de ramassage passe par ici.

⟦Quand l’école ferme, le village ne meurt pas tout de suite.⟧ Il s’endort. Les familles avec de jeunes enfants ne viennent plus, celles qui sont là partent quand l’aîné entre au collège, les maisons se vendent comme résidences secondaires. Dix ans plus tard, le maire se demande pourquoi la population a vieilli, et on lui répond qu’il n’y a plus assez d’enfants pour justifier une école. J’ai vu ce cycle se produire dans trois communes voisines depuis que j’enseigne.

#Les enfants, eux

On parle beaucoup de moyens, de postes et de cartes. On parle assez peu des enfants eux-mêmes. Dans ma classe, il y a Léo, qui est arrivé en CE1 sans savoir lire et qui, deux ans plus tard, lit des histoires aux petits de maternelle le vendredi après-midi. ⟦Il y a Inès, qui a peur des groupes et qui parle enfin, parce qu’ici tout le monde la connaît.⟧ Il y a les jumeaux du hameau des Granges, dont la mère travaille de nuit à l’hôpital et qui peuvent rentrer à pied chez leur grand-mère à midi.

Aucun de ces enfants ne figurera dans le tableau qui justifiera la fermeture. Aucun d’eux n’est un cas exceptionnel non plus. Chaque école rurale a ses Léo et ses Inès, et chacune leur offre ce qu’une école plus grande, aussi bonne soit-elle, peut difficilement offrir : le temps, la proximité, la continuité. Une institutrice qui suit un enfant pendant huit ans le connaît mieux que n’importe quel dossier.

On me dira que je plaide pour mon poste. C’est vrai, en partie, et je ne m’en cache pas. Mais j’ai cinquante-six ans, et si l’école ferme, on me proposera un autre poste, au bourg ou ailleurs. Ce sont les enfants qui n’auront pas d’autre école au bout de la rue.

#Le mépris discret

Ce qui me blesse le plus, dans ces décisions, c’est la manière. Les fermetures sont annoncées en février, au moment de la carte scolaire, par un courrier et un tableau. Les parents apprennent la nouvelle par la presse locale. Les maires sont reçus, écoutés poliment, puis informés que la décision est prise. Personne ne vient voir l’école. Personne ne demande ce qui s’y passe.

Il y a dans ce silence quelque chose qui ressemble à du mépris, même si je suis certaine qu’il n’est pas voulu. C’est le mépris d’un système qui pense en moyennes pour des territoires qui n’en sont pas. Un enfant de la ville qui change d’école change de rue. Un enfant d’ici qui change d’école change de vie.

#Ce que je propose

Je ne demande pas que l’on garde toutes les écoles ouvertes coûte que coûte. Je demande trois choses simples. D’abord, qu’aucune fermeture ne soit décidée sans qu’un représentant de l’inspection soit venu passer une journée dans l’école concernée. Ensuite, que le coût complet de la fermeture, transport compris, soit calculé et publié avant la décision, et pas seulement l’économie de poste. Enfin, que les communes qui s’engagent à accueillir de nouvelles familles, par des logements communaux par exemple, puissent obtenir un moratoire de trois ans.

Ce ne sont pas des mesures révolutionnaires. Elles existent déjà dans certains départements, où les fermetures se décident avec les élus et non contre eux. Elles demandent simplement que l’on considère une école rurale comme ce qu’elle est : un service public, et pas une ligne de dépense.

⟦J’ajoute une quatrième demande, plus modeste encore : que l’on écoute les enseignants de ces écoles.⟧ Nous sommes quelques milliers en France à faire classe à plusieurs niveaux à la fois. Nous avons appris, souvent seuls, des façons de faire que nos collègues des villes découvrent aujourd’hui dans les formations sur la différenciation pédagogique. Personne ne nous a jamais demandé de les partager. On nous compte, on nous regroupe, on nous ferme, mais on ne nous interroge pas. C’est dommage, car une école de quatorze élèves est aussi un petit laboratoire.

#Le dernier spectacle

En juin, comme chaque année, mes quatorze élèves joueront leur spectacle de fin d’année dans la salle des fêtes. Il y aura des chants, une petite pièce écrite par les CM2 et des dessins accrochés aux murs. Tout le village viendra, comme toujours : les parents, les grands-parents, le maire, le voisin qui n’a pas d’enfants mais qui n’a jamais manqué une représentation. Les anciens élèves aussi, dont certains ont aujourd’hui quarante ans et amènent leurs propres enfants, qui iront peut-être à l’école dans le car.

Je ne sais pas encore si ce sera le dernier. Je sais seulement que, si c’est le cas, nous aurons perdu quelque chose qui ne se reconstruit pas avec un car de ramassage. ⟦Et que ceux qui l’auront décidé ne seront pas dans la salle pour le voir.⟧""") + _c,
    kind="opinion", why="signed op-ed arguing against closing rural schools",
))

PAGES.append(dict(
    case="fr-news-vignesenquete", lang=L, skin="portal", domain="terres-et-gens.example", site="Terres et Gens",
    url="https://terres-et-gens.example/enquetes/vignes-arrachees-la-grande-saignee",
    h1="Vignes arrachées : enquête sur la grande saignée du Val de Sorne (1/3)",
    deck="En trois ans, un quart du vignoble a disparu. Premier volet de notre enquête : les chiffres et les familles.",
    kicker="Enquête", strip="Jeudi 22 octobre 2026",
    authors=["Mathilde Roussel"], byline_text="Texte : Mathilde Roussel ; photos : Karim Belhadj", ld_authors=["Mathilde Roussel"], meta="og",
    pub="2026-10-22T06:30:00+02:00", date="22/10/2026",
    nav=["Enquêtes", "Agriculture", "Environnement", "Territoires", "Portraits", "Abonnement"],
    cookie="⟪En poursuivant votre navigation, vous acceptez l’utilisation de cookies.⟫",
    related=["⟪Prime à l’arrachage : mode d’emploi⟫", "Le cognac dans la tourmente", "Portrait : la dernière tonnelière de Sorne"],
    most=["⟪Sécheresse : arrêtés de restriction prolongés⟫", "Le prix du lait repart à la hausse"],
    footer="⟪Terres et Gens – média indépendant des territoires ruraux⟫",
    footer_nav=["Qui sommes-nous", "Mentions légales", "Contact"],
    body=toc(L, [("p1", "Un paysage qui se vide"), ("p4", "Les coopératives en première ligne"), ("p2", "Trois familles, trois choix"), ("p3", "La prime et ses effets")]) +
    P("""⟦Sur la route qui monte de Sorne-le-Bas vers le plateau, il faut désormais compter les vignes plutôt que les friches.⟧ Là où, il y a cinq ans encore, les rangs couvraient les coteaux jusqu’à la lisière des bois, on voit des parcelles labourées, d’autres déjà envahies par les ronces, des piquets empilés au bord des chemins. Un peu partout, des tas de souches attendent d’être brûlés. Au bord de la départementale, un panneau rouillé vante encore « la route des vins du Val de Sorne », avec une grappe dessinée à la main. Il indique des domaines dont plusieurs n’existent plus.

Entre 2023 et 2026, selon les données des douanes que nous avons pu consulter, les surfaces plantées en vigne dans le Val de Sorne sont passées de 4 870 à 3 610 hectares. Un quart du vignoble a disparu en trois vendanges. Dans certaines communes du haut de la vallée, la chute dépasse 40 %.

Pendant six mois, nous avons rencontré des viticulteurs, des coopératives, des négociants, des élus et des responsables administratifs, et nous avons épluché les dossiers de demande de prime à l’arrachage déposés dans le département. Ce premier volet dresse l’état des lieux. Les deux suivants raconteront comment on en est arrivé là, puis ce que deviennent les terres.""") +
    sec("Un paysage qui se vide", """Les raisons de la crise sont connues, et elles ne sont pas propres au Val de Sorne. La consommation de vin rouge recule en France depuis des décennies, et le recul s’est accéléré. Les exportations vers plusieurs grands marchés ont chuté. Les coûts de production, eux, ont augmenté : gazole, produits de traitement, main-d’œuvre. ⟦Pour beaucoup de petits domaines, chaque bouteille vendue fait perdre de l’argent.⟧

Le Val de Sorne cumule les difficultés. Son vignoble, planté majoritairement en cépages rouges destinés à des vins d’entrée de gamme, a longtemps vécu de la vente en vrac à des négociants. Quand ceux-ci ont réduit leurs achats, les caves coopératives se sont retrouvées avec des cuves pleines. À la coopérative de Montaubry, la plus importante de la vallée, on nous a montré des stocks correspondant à près de deux récoltes.

« On a continué à produire comme si le marché allait revenir », reconnaît son président, Alain Verdier. « Il n’est pas revenu. » La coopérative a perdu quarante-deux adhérents en trois ans, sur cent soixante.""", "p1") +
    sec("Les coopératives en première ligne", """Les caves coopératives sont au cœur de la crise, parce qu’elles sont au cœur du vignoble. Dans le Val de Sorne, elles vinifient près de sept raisins sur dix. Leur modèle repose sur un principe simple : chaque adhérent apporte sa récolte, la cave la transforme et la vend, et les revenus sont partagés selon les volumes. Tant que le vin se vendait, ce modèle protégeait les petits producteurs des aléas du marché. ⟦Quand le vin ne se vend plus, il répartit les pertes entre tous.⟧

À Montaubry, les acomptes versés aux adhérents ont baissé d’un tiers en deux ans. Certains viticulteurs, qui livrent à la coopérative depuis trois générations, nous ont dit avoir appris le montant de leur revenu annuel par un courrier de deux lignes. « On ne sait plus ce qu’on gagne avant de savoir ce qu’on a perdu », résume l’un d’eux.

Les coopératives tentent de s’adapter. Deux d’entre elles ont fusionné l’an dernier pour réduire leurs frais. Une troisième s’est lancée dans la production de jus de raisin et de vins sans alcool, un marché en croissance mais encore modeste. Toutes ont demandé à leurs adhérents de réduire les volumes, ce qui, dans les faits, revient souvent à les encourager à arracher.""", "p4") +
    fig("Souches arrachées en attente d’être brûlées, sur une parcelle de la commune de Vauclair, en septembre. Le propriétaire, qui a pris sa retraite cet été, n’a pas trouvé de repreneur.", "Photo : Karim Belhadj pour Terres et Gens", "souches") +
    sec("Trois familles, trois choix", """Derrière les hectares, il y a des familles, et des décisions qui se prennent souvent autour d’une table de cuisine, tard le soir.

Chez les Pellegrin, à Sorne-le-Haut, on a arraché huit hectares sur quatorze au printemps. Le père, Roger, soixante-trois ans, a planté une partie de ces vignes avec son propre père. « Le jour de l’arrachage, je suis parti, je ne voulais pas voir ça », raconte-t-il. Son fils Thomas, qui a repris l’exploitation, garde les meilleures parcelles et mise sur la vente directe et le blanc, qui se vend mieux. ⟦« On a arraché pour survivre, pas pour arrêter », insiste-t-il.⟧

À quelques kilomètres, Nathalie Fabre a fait le choix inverse. Elle a gardé ses douze hectares, converti l’ensemble en agriculture biologique et développé l’accueil de visiteurs. Ses comptes sont à peine à l’équilibre. « Tout le monde m’a dit que j’étais folle, et ils ont peut-être raison », dit-elle en riant. « Mais si j’arrache, il n’y a plus rien ici. Je préfère perdre un peu d’argent que perdre le coteau. »

Pour Bernard et Josiane Aymard, enfin, la question ne s’est pas posée longtemps. À soixante-huit et soixante-six ans, sans enfant pour reprendre, ils ont tout arraché et touché la prime. Leurs terres sont à vendre depuis dix mois. Personne ne s’est présenté.

Un quatrième cas, plus rare, illustre une autre issue. Julien Marcoux, trente et un ans, ancien ingénieur informatique à Lyon, a racheté l’an dernier cinq hectares abandonnés sur le plateau, pour une somme qu’il qualifie de « dérisoire ». Il y replante progressivement des cépages blancs résistants aux maladies, qui demandent moins de traitements. ⟦« Ici, la terre ne vaut presque plus rien. C’est une tragédie pour ceux qui partent,⟧ et une chance pour ceux qui arrivent », dit-il, conscient de l’ambiguïté de sa position. Dans le village, son arrivée a été accueillie avec un mélange de curiosité et de méfiance.""", "p2") +
    fig("Nathalie Fabre dans son chai, à Lourmel. Elle reçoit désormais des groupes de visiteurs trois jours par semaine, d’avril à octobre.", "Photo : Karim Belhadj pour Terres et Gens", "fabre") +
    sec("La prime et ses effets", """Pour accompagner la réduction du vignoble, l’État et l’Union européenne ont mis en place une prime à l’arrachage définitif, de 4 000 euros par hectare lors de la dernière campagne. Dans le Val de Sorne, 312 dossiers ont été déposés, selon la chambre d’agriculture.

La prime a permis à des viticulteurs en difficulté de sortir sans se ruiner. Mais plusieurs de nos interlocuteurs estiment qu’elle a aussi accéléré une désorganisation du territoire. Les arrachages se font parcelle par parcelle, sans plan d’ensemble : une vigne abandonnée au milieu de vignes cultivées devient un foyer de maladies, et les friches qui se multiplient augmentent le risque d’incendie l’été.

Les maires de la vallée s’en inquiètent ouvertement. À Vauclair, la commune a dû débroussailler à ses frais deux parcelles abandonnées en bordure d’un lotissement, après un départ de feu en juillet. « Une vigne entretenue, c’est un coupe-feu. Une friche, c’est de l’allumette », résume le maire, Gérard Tessier, qui réclame que l’arrachage s’accompagne d’une obligation d’entretien ou de replantation. Les services de l’État répondent que la réglementation ne le permet pas, et que la question relève des propriétaires. Faute de règle commune, chaque village bricole ses propres solutions.

« On a payé les gens pour arracher, mais personne ne s’est demandé ce qu’on mettait à la place », résume un responsable de la chambre d’agriculture, qui a souhaité rester anonyme. C’est précisément la question à laquelle sera consacré le troisième volet de cette enquête.

⟦Dans le prochain épisode, nous remontons le fil⟧ : comment un vignoble prospère dans les années 1990 s’est-il retrouvé dans cette impasse, et qui en porte la responsabilité ?""", "p3") +
    pager(L, 3, "⟪Comment le Val de Sorne a misé sur le vrac⟫", "/enquetes/vignes-arrachees-la-grande-saignee"),
    kind="news", why="investigation on vineyard uprooting with data and testimonies",
))
