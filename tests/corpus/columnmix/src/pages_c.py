"""French, German, Italian and Dutch pages: an argued "Analyse" (France), a report among "Contributions" (Senegal),
an obituary (Quebec), a newsletter landing page (France), a letter to the editor, a report with a commentary teaser
and a how-to guide (Germany), a neutral explainer (Italy), a third-person policy argument and a quiz (Netherlands)."""

PAGES = []

# ---------------------------------------------------------------- labelled "Analyse" but argues
PAGES.append(dict(
    case="fr-opinion-zeitung-reacteurs", lang="fr", skin="zeitung", domain="courrieratlantique.example", site="Le Courrier atlantique",
    url="https://www.courrieratlantique.example/economie/petits-reacteurs-nucleaires-un-cheque-en-blanc-qui-ne-dit-pas-son-nom-20260304_KQ7RM",
    h1="Petits réacteurs nucléaires : un chèque en blanc qui ne dit pas son nom", kicker="Analyse", crumbs=["Économie", "Énergie"],
    deck="L’État s’apprête à financer trois prototypes de petits réacteurs modulaires. Le pari est risqué, et il est mal encadré.",
    authors=["Claire Vasseur"], byline_text="Par Claire Vasseur", byline_html='Par <a href="/auteur/claire-vasseur">Claire Vasseur</a>',
    ld_authors=["Claire Vasseur"], ld_type="NewsArticle", ld_section="Économie",
    pub="2026-03-04T18:30:00+01:00", mod="2026-03-05T09:10:00+01:00", date="Publié le 4 mars 2026 à 18h30, mis à jour le 5 mars 2026 à 9h10",
    caption="⟪Maquette d’un petit réacteur modulaire présentée au salon de Villepinte.⟫ AFP",
    nav=["À la une", "Politique", "Économie", "Monde", "Idées", "Tribunes", "Sports", "Culture"],
    cookie="Avec votre accord, nos partenaires et nous utilisons des cookies.",
    side=[("Les plus lus", ["⟪Carburants : les prix repartent à la hausse⟫", "Bac 2026 : le calendrier des épreuves", "Tempête : 40 000 foyers privés d’électricité"], "economie"),
          ("Idées et débats", [("Tribune", "⟪Il faut sauver le fret ferroviaire⟫"), ("Chronique", "Le retour de l’inflation n’est pas une fatalité")], "idees")],
    related=["EDF relève le coût estimé de ses nouveaux réacteurs", "Ce que contient la loi de programmation énergétique"],
    newsletter="⟪Recevez chaque soir l’essentiel de l’économie⟫",
    footer="⟪© Le Courrier atlantique 2026 – Tous droits réservés⟫",
    body="""<p>⟦Le gouvernement présente les petits réacteurs modulaires comme la solution qui réconciliera nucléaire et rapidité.⟧ Trois projets doivent recevoir au total 1,2 milliard d’euros d’aides publiques d’ici à 2030. Sur le papier, l’idée séduit : des réacteurs construits en usine, en série, moins chers et plus vite installés que les grands EPR.</p>
<p>Le problème est qu’aucun de ces réacteurs n’existe encore ailleurs que sur des plans. Les rares prototypes en construction dans le monde ont accumulé retards et surcoûts, et la promesse d’économies d’échelle suppose des dizaines de commandes qui n’ont été passées nulle part.</p>
<p>⟦Financer la recherche n’a rien d’absurde ; signer un chèque sans conditions l’est davantage.⟧ Or le texte examiné cette semaine ne prévoit ni jalons techniques, ni clause de remboursement en cas d’abandon, ni évaluation indépendante avant la deuxième tranche de crédits.</p>
<div class="encadre-lire-aussi"><span>Lire aussi</span> <a href="/economie/edf-cout-reacteurs">⟪Le chantier de Flamanville, histoire d’un dérapage⟫</a></div>
<p>L’expérience de l’EPR devrait pourtant servir de leçon. ⟦L’État ne peut pas être à la fois le financeur, l’actionnaire et l’arbitre d’un projet⟧ sans se doter d’un regard extérieur.</p>
<p>Il est encore temps d’amender le texte. ⟦Conditionner chaque versement à des résultats vérifiables ne tuerait pas l’ambition : cela la rendrait crédible.⟧</p>""",
    exclude=["div.encadre-lire-aussi"],
    kind="opinion", sure=False, why="labelled Analyse but argues for conditions on funding",
))

# ---------------------------------------------------------------- report on a site whose menu and rail are full of "Contributions"
PAGES.append(dict(
    case="fr-news-soup-pecheurs", lang="fr", skin="soup", domain="senactu-quotidien.example", site="SénActu Quotidien",
    url="https://www.senactu-quotidien.example/societe/mbour-les-pecheurs-artisanaux-denoncent-des-prises-en-chute-libre_a48121.html",
    h1="Mbour : les pêcheurs artisanaux dénoncent des prises « en chute libre »", kicker="Société", meta="og",
    authors=["Aminata Diop"], byline_text="Par Aminata Diop (Correspondante à Mbour)",
    pub="2026-03-06T14:22:00+00:00", date="Publié le 06/03/2026 à 14:22", strip="Vendredi 6 Mars 2026",
    caption="⟪Des pirogues au quai de pêche de Mbour, jeudi.⟫ Photo : A. Diop",
    nav=["Actualité", "Politique", "Économie", "Société", "Contributions", "Chroniques", "Sport", "People"],
    side=[("Contributions", [("Contribution", "⟪Pour une véritable souveraineté halieutique⟫"), ("Contribution", "⟪Lettre ouverte au ministre de la Pêche⟫"),
                             ("Chronique", "Le poisson, le prix et le silence")], "contributions"),
          ("À la une", ["⟪Hausse du prix du pain : les boulangers menacent de grève⟫", "Coupe du monde : la liste des Lions dévoilée"])],
    related=["Les mareyeuses de Joal réclament un marché couvert", "Licences de pêche : le ministère publie la liste"],
    footer="⟪© 2026 SénActu Quotidien – Tous droits réservés⟫",
    body="""<p>⟦Les pêcheurs artisanaux de Mbour ont manifesté jeudi matin devant le quai de pêche⟧ pour dénoncer la baisse de leurs prises et réclamer un contrôle plus strict des navires industriels au large de la Petite-Côte.</p>
<p>Selon le collectif des pêcheurs de Mbour, une pirogue qui ramenait en moyenne 800 kilos de sardinelles par sortie il y a cinq ans en rapporte aujourd’hui moins de 300. Des chiffres que le service départemental des pêches n’a pas confirmés.</p>
<p>« ⟦Je vais en mer depuis l’âge de quatorze ans et je n’ai jamais vu ça.⟧ Parfois je rentre avec de quoi payer l’essence, pas plus », a déclaré Ousmane Faye, 52 ans, propriétaire de deux pirogues. « Nous demandons seulement qu’on respecte les zones réservées à la pêche artisanale. »</p>
<div class="lire-aussi-inline">Lire aussi : <a href="/economie/poisson-prix">⟪Le prix du yaboye a doublé en un an sur les marchés de Dakar⟫</a></div>
<p>⟦Le collectif accuse des chalutiers étrangers de pêcher dans la zone des six milles,⟧ réservée aux pirogues. Joint par téléphone, un responsable de la Direction de la protection et de la surveillance des pêches a indiqué que « des patrouilles sont régulièrement effectuées » et que deux navires avaient été arraisonnés depuis janvier.</p>
<p>⟦Les manifestants ont remis une plateforme revendicative au préfet du département,⟧ qui a promis de la transmettre au ministère.</p>""",
    exclude=["div.lire-aussi-inline"],
    kind="news", why="protest report; contributions only in menu and sidebar",
))

# ---------------------------------------------------------------- obituary (news), warm tone
PAGES.append(dict(
    case="fr-news-broadsheet-deces", lang="fr", skin="broadsheet", domain="echodufjord.example", site="L’Écho du Fjord",
    url="https://www.echodufjord.example/culture/2026/03/02/deces-de-gisele-tremblay-fortin-la-voix-du-fjord-sest-tue",
    h1="Décès de Gisèle Tremblay-Fortin : la voix du fjord s’est tue", kicker="Culture",
    deck="La chanteuse, qui a fait connaître les complaintes de la Côte-Nord partout au Québec, est morte à 87 ans.",
    authors=["Mathieu Gagnon"], byline_text="Mathieu Gagnon, Le Quotidien du Fjord", byline_html='<a href="/auteurs/mathieu-gagnon">Mathieu Gagnon</a>, Le Quotidien du Fjord',
    ld_authors=["Mathieu Gagnon"], ld_type="NewsArticle", ld_section="Culture",
    pub="2026-03-02T16:40:00-05:00", date="Publié le 2 mars 2026 à 16 h 40", date_mod="Mis à jour le 3 mars 2026 à 8 h 05",
    caption="⟪Gisèle Tremblay-Fortin en spectacle à Chicoutimi, en 1978.⟫ Archives L’Écho du Fjord",
    nav=["Actualités", "Régional", "Culture", "Sports", "Opinions", "Chroniques", "Avis de décès"],
    cookie="⟪Ce site utilise des témoins (cookies) pour améliorer votre expérience.⟫",
    side=[("Les plus lus", ["⟪Tempête : jusqu’à 40 cm de neige attendus au Saguenay⟫", "La traverse de Tadoussac interrompue"], "actualites"),
          ("Chroniques", [("Chronique", "⟪Ce que nos grands-mères chantaient⟫")], "chroniques")],
    related=["⟪Hommage prévu au théâtre du Palais municipal⟫", "Les archives sonores du Saguenay numérisées"],
    footer="⟪© L’Écho du Fjord 2026. Tous droits réservés.⟫",
    body="""<p>⟦La chanteuse Gisèle Tremblay-Fortin, que toute une génération de Saguenéens appelait simplement « la voix du fjord », est décédée dimanche à Chicoutimi.⟧ Elle avait 87 ans.</p>
<p>Sa famille a annoncé son décès lundi matin dans un court message, précisant qu’elle s’était éteinte « paisiblement, entourée des siens », au centre d’hébergement où elle vivait depuis 2023.</p>
<p>⟦Née en 1938 à L’Anse-Saint-Jean, fille d’un draveur et d’une institutrice,⟧ Gisèle Tremblay-Fortin avait commencé à chanter à l’église avant d’être repérée lors d’un concours radiophonique en 1957. Elle a enregistré onze albums, dont Les complaintes de la Côte-Nord, vendu à plus de 100 000 exemplaires.</p>
<p>« Elle m’a appris qu’une chanson, c’est d’abord une histoire qu’on raconte à quelqu’un », a confié le chanteur Éloi Bouchard, qui a partagé la scène avec elle à plusieurs reprises. « Je lui dois mon métier. »</p>
<p>⟦Elle avait reçu l’Ordre national du Québec en 1996⟧ et donné son dernier spectacle en 2011, à l’occasion de ses 50 ans de carrière.</p>
<p>⟦Elle laisse dans le deuil ses deux filles, Hélène et Martine, et cinq petits-enfants.⟧ Les funérailles auront lieu le 7 mars en la cathédrale de Chicoutimi.</p>""",
    kind="news", why="obituary of a singer; obituaries are news",
))

# ---------------------------------------------------------------- newsletter landing page with some text
PAGES.append(dict(
    case="fr-other-landing-lettrematin", lang="fr", skin="landing", domain="legrandangle.example", site="Le Grand Angle",
    url="https://www.legrandangle.example/newsletters/la-lettre-du-matin",
    h1="Chaque matin, l’essentiel de l’actualité en cinq minutes", kicker="Newsletter gratuite", meta="min",
    authors=["Julie Marchand"], byline_text="Rédigée par Julie Marchand", pub="", exp_pub=None,
    title_tag="La Lettre du matin – Inscription à la newsletter | Le Grand Angle",
    legal="⟪Vous pouvez vous désinscrire à tout moment grâce au lien présent dans chaque envoi.⟫",
    nav=["Actualité", "Idées", "Tribunes", "Enquêtes", "Newsletters", "Podcasts"],
    cookie="⟪Nous utilisons des traceurs pour mesurer l’audience de nos newsletters.⟫",
    samples_h="Les derniers numéros", samples=["⟪Lundi 9 mars : grève, budget et une baleine dans la Seine⟫", "Vendredi 6 mars : ce qu’il faut retenir de la semaine"],
    quotes=[("⟪Je la lis dans le métro, c’est devenu un rituel.⟫", "Sophie, abonnée depuis 2024")],
    other_h="Nos autres newsletters", other=["Le Débat du dimanche : les idées qui font discuter, chaque dimanche à 9 heures", "Planète en chiffres : un graphique sur le climat chaque mercredi",
                                              "La Semaine culture : films, livres et expositions, le jeudi", "Éco express : les marchés et l’emploi, chaque soir à 18 heures"],
    faq=[("L’inscription est-elle vraiment gratuite ?", "Oui. La newsletter est ouverte à tous, abonnés ou non au journal."),
         ("Que faites-vous de mon adresse e-mail ?", "⟪Votre adresse n’est utilisée que pour l’envoi des newsletters auxquelles vous êtes inscrit.⟫ Elle n’est jamais cédée à des tiers."),
         ("Je ne reçois pas la newsletter, que faire ?", "Vérifiez votre dossier de courriers indésirables, puis ajoutez notre adresse d’expédition à vos contacts."),
         ("Puis-je changer l’heure d’envoi ?", "Pas encore : la lettre part à 7 heures pour tous les lecteurs, afin que chacun reçoive la même édition.")],
    footer_nav=["Qui sommes-nous", "Nous contacter", "Mentions légales", "Données personnelles", "Gestion des cookies", "Plan du site"],
    footer="⟪© Le Grand Angle 2026 – Mentions légales⟫",
    body="""<p>⟦La Lettre du matin arrive dans votre boîte mail à 7 heures, du lundi au vendredi.⟧ En cinq minutes de lecture, elle résume ce qui s’est passé pendant la nuit et ce qu’il faudra suivre dans la journée.</p>
<p>Chaque numéro est écrit par Julie Marchand et l’équipe de la rédaction, à partir du travail de nos journalistes en France et à l’étranger. ⟦Pas d’algorithme : des choix faits par des journalistes.⟧</p>
<h2>Ce que vous y trouverez</h2>
<ul><li>⟦Les trois informations à retenir, expliquées en quelques lignes⟧</li><li>Un graphique pour comprendre un chiffre du jour</li><li>Une lecture longue sélectionnée pour le week-end</li></ul>
<p>Julie Marchand a rejoint la rédaction en 2015 après dix ans passés au service international. Elle a couvert trois élections présidentielles et dirige aujourd’hui l’édition du matin.</p>
<p>⟦L’inscription est gratuite et ne nécessite pas d’abonnement au journal.⟧</p>""",
    kind="other", why="newsletter sign-up landing page",
))

# ---------------------------------------------------------------- letter to the editor; the writer's name and town follow the text
PAGES.append(dict(
    case="de-opinion-zeitung-leserbrief", lang="de", skin="zeitung", domain="fuldatal-bote.example", site="Fuldatal-Bote",
    url="https://www.fuldatal-bote.example/kassel/wer-spaet-arbeitet-bleibt-auf-der-strecke-93401176.html",
    h1="Wer spät arbeitet, bleibt auf der Strecke", kicker="Zum Artikel „Stadt streicht Nachtbuslinie N3“", crumbs=["Kassel", "Leserbriefe"],
    authors=["Helga Brandt"], byline_text="Helga Brandt, Kassel", byline_html="", signature="Helga Brandt, Kassel",
    ld_authors=["Helga Brandt"], ld_type="NewsArticle", ld_section="Kassel",
    pub="2026-03-04T17:30:00+01:00", date="04.03.2026, 17:30 Uhr",
    nav=["Kassel", "Region", "Hessen", "Politik", "Wirtschaft", "Sport", "Meinung", "Service"],
    cookie="⟪Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.⟫",
    side=[("Meistgelesen", ["⟪Großbrand in Lagerhalle in Baunatal⟫", "Documenta-Halle: Sanierung wird teurer", "KSV verliert Derby"], "kassel"),
          ("Meinung", [("Kommentar", "⟪Der Nahverkehr braucht Verlässlichkeit, nicht Sparrunden⟫")], "meinung")],
    related=["⟪Stadt streicht Nachtbuslinie N3⟫", "Fahrgastverband kritisiert KVG-Pläne"],
    footer="⟪© Fuldatal-Bote 2026 · Impressum · Datenschutz⟫",
    body="""<p>⟦Mit Befremden habe ich gelesen, dass die Nachtbuslinie N3 ab April eingestellt werden soll.⟧ Ich arbeite seit 22 Jahren als Pflegekraft im Klinikum, meine Spätschicht endet um 22.15 Uhr. Der N3 ist für mich und viele Kolleginnen die einzige Möglichkeit, ohne Auto nach Hause zu kommen.</p>
<p>Die Begründung, die Linie sei „schwach ausgelastet“, kann ich nicht nachvollziehen. Um 22.30 Uhr sitzen im Bus regelmäßig fünfzehn bis zwanzig Menschen: Pflegekräfte, Reinigungspersonal, Leute aus der Gastronomie. ⟦Das sind genau die Menschen, ohne die diese Stadt nachts nicht funktioniert.⟧</p>
<p>Wenn die Stadt sparen muss, dann bitte nicht bei denen, die ohnehin wenig verdienen und keine Alternative haben. ⟦Ein Taxi nach jeder Spätschicht kann sich von uns niemand leisten.⟧</p>
<p>⟦Ich appelliere an die Stadtverordneten, die Entscheidung noch einmal zu überdenken.⟧</p>
<p class="leserbrief-hinweis"><em>⟪Leserbriefe geben nicht die Meinung der Redaktion wieder.⟫ Die Redaktion behält sich Kürzungen vor.</em></p>""",
    exclude=["p.leserbrief-hinweis"],
    kind="opinion", why="letter to the editor arguing against cutting a night bus",
))

# ---------------------------------------------------------------- report with a commentary teaser box inside the body
PAGES.append(dict(
    case="de-news-zeitung-geburtsstation", lang="de", skin="zeitung", domain="rheinlahnkurier.example", site="Rhein-Lahn-Kurier",
    url="https://www.rheinlahnkurier.example/region/diez/geburtsstation-in-diez-soll-ende-juni-schliessen_art-3318842",
    h1="Geburtsstation in Diez soll Ende Juni schließen", kicker="Gesundheitsversorgung", crumbs=["Region", "Diez"],
    deck="Der Klinikträger begründet den Schritt mit Personalmangel. Der Landrat spricht von einem „schwarzen Tag“ für den Kreis.",
    authors=["Sabine Roth"], byline_text="Von Sabine Roth", ld_authors=["Sabine Roth"], ld_type="NewsArticle",
    pub="2026-02-25T19:05:00+01:00", date="25. Februar 2026, 19:05 Uhr",
    caption="⟪Das Kreiskrankenhaus in Diez.⟫ Foto: Sabine Roth",
    nav=["Region", "Rheinland-Pfalz", "Politik", "Wirtschaft", "Kommentare", "Sport", "Kultur"],
    cookie="Wir und unsere Partner verarbeiten Daten, um Inhalte zu personalisieren.",
    side=[("Meistgelesen", ["⟪B 54: Vollsperrung ab Montag⟫", "Fastnachtsumzug bringt Rekordbesuch"], "region"),
          ("Kommentare", [("Kommentar", "⟪Die Schließung ist ein Armutszeugnis für die Landespolitik⟫")], "kommentare")],
    related=["Hebammen warnen vor längeren Wegen", "Klinikverbund schreibt rote Zahlen"],
    newsletter="⟪Der Newsletter für die Region: jeden Morgen um 6 Uhr⟫",
    footer="⟪© Rhein-Lahn-Kurier 2026⟫",
    body="""<p>⟦Die Geburtsstation des Kreiskrankenhauses in Diez soll zum 30. Juni geschlossen werden.⟧ Das teilte der Klinikverbund Lahn am Mittwoch mit. Schwangere aus dem Rhein-Lahn-Kreis müssten dann nach Limburg oder Koblenz ausweichen.</p>
<p>Als Grund nennt der Verbund fehlendes Personal. Von acht Hebammenstellen seien derzeit nur vier besetzt, zwei Fachärztinnen hätten zum Sommer gekündigt. „Wir können einen sicheren Betrieb rund um die Uhr nicht mehr gewährleisten“, sagte Geschäftsführer Matthias Kessler.</p>
<aside class="kommentar-teaser"><span class="label">Kommentar</span> <a href="/kommentare/armutszeugnis">Die Schließung ist ein Armutszeugnis</a> <span class="autor">⟪Ein Kommentar von Jens Bauer⟫</span></aside>
<p>Landrat Frank Weiler (CDU) zeigte sich enttäuscht. ⟦„Ich halte das für einen schwarzen Tag für unseren Kreis“, sagte er.⟧ „Ich werde mit dem Land sprechen, ob es Übergangslösungen gibt.“</p>
<p>⟦Im vergangenen Jahr kamen in Diez 412 Kinder zur Welt.⟧ Die nächstgelegene Geburtsklinik in Limburg ist für viele Familien aus dem Einrich mehr als 40 Minuten entfernt.</p>
<p>Der Kreistag will sich in einer Sondersitzung am 9. März mit der Schließung befassen. ⟦Eine Petition gegen die Pläne hatte bis Mittwochabend mehr als 3000 Unterschriften.⟧</p>""",
    exclude=["aside.kommentar-teaser"],
    kind="news", why="report on closure; commentary only teased in a box",
))

# ---------------------------------------------------------------- how-to guide
PAGES.append(dict(
    case="de-other-lifestyle-entkalken", lang="de", skin="lifestyle", domain="wohnenundsparen.example", site="Wohnen und Sparen",
    url="https://www.wohnenundsparen.example/ratgeber/haushalt/wasserkocher-entkalken-so-gehts/",
    h1="Wasserkocher entkalken: So geht’s mit Hausmitteln", kicker="Ratgeber Haushalt",
    deck="Essig, Zitronensäure oder Backpulver? Welches Mittel wirkt und was Sie vermeiden sollten.",
    authors=["Katrin Weiß"], byline_text="Von Katrin Weiß", ld_authors=["Katrin Weiß"], ld_type="Article",
    pub="2026-01-20T08:00:00+01:00", date="20.01.2026", meta_extra="Lesezeit: 3 Minuten",
    nav=["Haushalt", "Energie sparen", "Garten", "Geld", "Tests"],
    cookie="⟪Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie zu.⟫",
    side=[("Beliebt", ["⟪Waschmaschine reinigen in fünf Schritten⟫", "Heizkosten senken: 12 Tipps"], "ratgeber")],
    related=["⟪Kaffeemaschine entkalken: Das sollten Sie wissen⟫", "Duschkopf reinigen ohne Chemie"],
    footer="⟪© 2026 Wohnen und Sparen · Alle Angaben ohne Gewähr⟫",
    body="""<p>⟦Kalk im Wasserkocher ist nicht gefährlich, kostet aber Strom.⟧ Schon eine dünne Schicht verlängert die Zeit, bis das Wasser kocht. In Regionen mit hartem Wasser lohnt es sich, das Gerät einmal im Monat zu entkalken.</p>
<h2>Mit Zitronensäure</h2>
<ol><li>⟦Füllen Sie den Wasserkocher zur Hälfte mit Wasser und geben Sie zwei Esslöffel Zitronensäure hinzu.⟧</li><li>Lassen Sie das Wasser einmal aufkochen.</li><li>Warten Sie etwa 30 Minuten und gießen Sie die Lösung aus.</li><li>Spülen Sie zweimal mit klarem Wasser nach.</li></ol>
<div class="infobox-anzeige"><span>Anzeige</span></div>
<h2>Mit Essig</h2>
<p>Essigessenz wirkt ebenfalls, riecht aber stark. ⟦Verwenden Sie Essig nicht bei Geräten mit Gummidichtungen,⟧ da die Säure das Material angreifen kann. Ein Teil Essigessenz auf vier Teile Wasser genügt.</p>
<h2>Was Sie vermeiden sollten</h2>
<p>Kochen Sie Zitronensäure nicht zu heiß: Über 40 Grad kann sich schwer löslicher Kalk bilden. Daher reicht es, die Lösung kurz aufzukochen und dann abkühlen zu lassen. ⟦Scheuermittel und Stahlwolle zerkratzen die Heizplatte und sind tabu.⟧</p>""",
    exclude=["div.infobox-anzeige"],
    kind="other", why="household how-to guide",
))

# ---------------------------------------------------------------- neutral explainer (Q&A headings)
PAGES.append(dict(
    case="it-news-arc-bonuscaldaie", lang="it", skin="arc", domain="cronachelagunari.example", site="Cronache Lagunari",
    url="https://www.cronachelagunari.example/economia/2026/02/20/bonus-caldaie-2026-cosa-cambia-chi-puo-chiederlo/",
    h1="Bonus caldaie 2026, cosa cambia e chi può chiederlo", kicker="Il punto",
    deck="Dal 1° marzo niente più incentivi per le caldaie a gas. Restano le pompe di calore e i sistemi ibridi: le risposte alle domande più frequenti.",
    authors=["Giulia Ferraresi"], byline_text="di Giulia Ferraresi", ld_authors=["Giulia Ferraresi"], ld_type="NewsArticle", ld_section="Economia",
    pub="2026-02-20T07:00:00+01:00", date="20 febbraio 2026",
    nav=["Venezia", "Mestre", "Veneto", "Italia", "Economia", "Opinioni", "Sport", "Cultura"],
    cookie="⟪Questo sito utilizza cookie tecnici e, previo consenso, di profilazione.⟫",
    side=[("I più letti", ["⟪Acqua alta, il Mose alzato due volte in una settimana⟫", "Mestre, chiude lo storico cinema Dante"], "economia"),
          ("Opinioni", [("L’editoriale", "⟪Incentivi a singhiozzo, famiglie disorientate⟫")], "opinioni")],
    related=["Pompe di calore, quanto si risparmia davvero", "Superbonus, i controlli dell’Agenzia delle Entrate"],
    footer="⟪© 2026 Cronache Lagunari – P.IVA 00000000000⟫",
    body="""<p>⟦Dal 1° marzo 2026 le caldaie alimentate esclusivamente a gas non potranno più beneficiare delle detrazioni fiscali.⟧ Lo prevede la legge di bilancio, che recepisce la direttiva europea sulla prestazione energetica degli edifici. Ecco cosa cambia per le famiglie.</p>
<h2>Quali interventi restano agevolati?</h2>
<p>⟦Restano detraibili le pompe di calore, i sistemi ibridi e le caldaie a biomassa ad alta efficienza.⟧ La detrazione è del 50 per cento per la prima casa e del 36 per cento per le altre abitazioni, su una spesa massima di 96 mila euro.</p>
[[AD]]
<h2>Chi ha già firmato un contratto?</h2>
<p>Chi ha pagato un acconto entro il 28 febbraio con bonifico parlante potrà ancora detrarre la spesa per la caldaia a gas, a condizione che l’installazione avvenga entro il 30 giugno.</p>
<h2>Che cosa dicono le associazioni?</h2>
<p>Le associazioni dei consumatori chiedono una proroga per i condomini, dove i tempi di approvazione sono più lunghi. ⟦I produttori di caldaie ricordano che i modelli a condensazione restano in vendita⟧ e che la norma riguarda soltanto gli incentivi, non il divieto di installazione.</p>
<h2>Come si presenta la domanda?</h2>
<p>⟦La detrazione si chiede nella dichiarazione dei redditi dell’anno successivo alla spesa.⟧ Per le pompe di calore va inviata anche la comunicazione all’Enea entro 90 giorni dalla fine dei lavori.</p>""",
    exclude=["div.arc-ad"],
    kind="news", why="neutral explainer in Q&A form on tax incentives",
))

# ---------------------------------------------------------------- policy argument in the third person, Economy section, no label
PAGES.append(dict(
    case="nl-opinion-broadsheet-huurbevriezing", lang="nl", skin="broadsheet", domain="rijnbode.example", site="De Rijnbode",
    url="https://www.rijnbode.example/economie/huurbevriezing-lost-het-woningtekort-niet-op-bouwen-wel~b7c1e4f2/",
    h1="Huurbevriezing lost het woningtekort niet op, bouwen wel", kicker="Economie",
    deck="Een nieuwe huurbevriezing klinkt sociaal, maar verschuift de rekening naar wie nog geen woning heeft.",
    authors=["Sander Veldkamp"], byline_text="Door Sander Veldkamp", ld_authors=["Sander Veldkamp"], ld_type="NewsArticle", ld_section="Economie",
    pub="2026-02-12T05:00:00+01:00", date="12 februari 2026, 05:00",
    caption="⟪Nieuwbouw in Leidsche Rijn.⟫ Beeld ANP",
    nav=["Nieuws", "Binnenland", "Economie", "Opinie", "Cultuur", "Sport", "Puzzels"],
    cookie="⟪De Rijnbode gebruikt cookies en vergelijkbare technieken.⟫",
    side=[("Meest gelezen", ["⟪Dertig procent meer daklozen in de regio⟫", "Utrecht breidt betaald parkeren uit"], "nieuws"),
          ("Opinie", [("Column", "Mijn buurman en de warmtepomp"), ("Commentaar", "⟪Het kabinet moet kiezen⟫")], "opinie")],
    related=["Kabinet overweegt nieuwe huurbevriezing", "Bouwproductie daalt voor het tweede jaar"],
    footer="⟪© 2026 De Rijnbode B.V.⟫",
    body="""<p>⟦Het kabinet overweegt de huren in de sociale sector opnieuw te bevriezen.⟧ Voor zittende huurders is dat een welkome verlichting. Voor het woningtekort is het een stap in de verkeerde richting.</p>
<p>Woningcorporaties financieren nieuwbouw grotendeels uit hun huurinkomsten. Elke bevriezing verkleint die inkomsten, en daarmee de ruimte om te bouwen. De vorige bevriezing kostte de sector volgens de toezichthouder circa 1,5 miljard euro, het equivalent van ruim zesduizend sociale huurwoningen.</p>
<p>⟦Wie vandaag op een wachtlijst staat, betaalt dus de prijs voor de korting van wie al een woning heeft.⟧ In Utrecht bedraagt de gemiddelde wachttijd inmiddels negen jaar.</p>
<div class="read-also"><span>Lees ook</span> <a href="/economie/corporaties-bouwen-minder">⟪Corporaties bouwen minder dan afgesproken⟫</a></div>
<p>Er zijn betere manieren om huurders met een laag inkomen te ontzien. ⟦Een hogere huurtoeslag richt de steun op wie die nodig heeft⟧ en laat de investeringscapaciteit van corporaties intact. Ook de verhuurderheffing, die in afgeslankte vorm terugkeert, verdient heroverweging.</p>
<p>⟦Het kabinet doet er verstandig aan de bevriezing te schrappen en het geld via de toeslag te besteden.⟧ Een sociale huursector die niet kan bouwen, is op termijn niet sociaal.</p>""",
    exclude=["div.read-also"],
    kind="opinion", sure=False, why="third-person policy argument in Economie, no opinion label",
))

# ---------------------------------------------------------------- quiz page
PAGES.append(dict(
    case="nl-other-lifestyle-quizelfsteden", lang="nl", skin="lifestyle", domain="rijnbode.example", site="De Rijnbode",
    url="https://www.rijnbode.example/puzzels/quiz-hoe-goed-ken-jij-de-elfstedentocht~q9a22d10/",
    h1="Quiz: hoe goed ken jij de Elfstedentocht?", kicker="Puzzels en quiz", meta="og",
    deck="Tien vragen over de beroemdste schaatstocht van Nederland. Test je kennis!",
    authors=["Lotte de Boer"], byline_text="Lotte de Boer", pub="2026-01-31T10:00:00+01:00", date="31 januari 2026",
    nav=["Nieuws", "Binnenland", "Economie", "Opinie", "Cultuur", "Sport", "Puzzels"],
    cookie="⟪De Rijnbode gebruikt cookies en vergelijkbare technieken.⟫",
    side=[("Meer puzzels", ["⟪Sudoku van de dag⟫", "De Rijnbode-kruiswoordpuzzel", "Woordzoeker voor kinderen"], "puzzels")],
    related=["⟪Quiz: herken jij deze Nederlandse steden van bovenaf?⟫", "Nieuwsquiz van de week"],
    footer="⟪© 2026 De Rijnbode B.V.⟫",
    body="""<p>⟦De laatste Elfstedentocht werd in 1997 verreden, maar de verhalen leven voort.⟧ Hoe goed ken jij de tocht der tochten? Kies bij elke vraag het juiste antwoord en bekijk onderaan je score.</p>
<div class="quiz-question"><p><strong>⟦1. Hoe lang is de route van de Elfstedentocht ongeveer?⟧</strong></p><ul class="quiz-options"><li><label><input type="radio" name="q1"> 100 kilometer</label></li><li><label><input type="radio" name="q1"> 200 kilometer</label></li><li><label><input type="radio" name="q1"> 300 kilometer</label></li></ul></div>
<div class="quiz-question"><p><strong>2. In welke stad begint en eindigt de tocht?</strong></p><ul class="quiz-options"><li><label><input type="radio" name="q2"> Leeuwarden</label></li><li><label><input type="radio" name="q2"> Sneek</label></li><li><label><input type="radio" name="q2"> Dokkum</label></li></ul></div>
<div class="quiz-question"><p><strong>⟦3. Hoe heet het kruisje dat deelnemers bij de finish krijgen?⟧</strong></p><ul class="quiz-options"><li><label><input type="radio" name="q3"> Het elfstedenkruisje</label></li><li><label><input type="radio" name="q3"> De schaatsmedaille</label></li><li><label><input type="radio" name="q3"> Het Friese kruis</label></li></ul></div>
<div class="quiz-question"><p><strong>4. Hoe dik moet het ijs minimaal zijn over de hele route?</strong></p><ul class="quiz-options"><li><label><input type="radio" name="q4"> 5 centimeter</label></li><li><label><input type="radio" name="q4"> 15 centimeter</label></li><li><label><input type="radio" name="q4"> 30 centimeter</label></li></ul></div>
<div class="quiz-question"><p><strong>⟦5. Welke stad ligt níét op de route?⟧</strong></p><ul class="quiz-options"><li><label><input type="radio" name="q5"> Hindeloopen</label></li><li><label><input type="radio" name="q5"> Heerenveen</label></li><li><label><input type="radio" name="q5"> Stavoren</label></li></ul></div>
<p class="quiz-submit"><button>Bekijk je score</button></p>
<p>⟦De antwoorden vind je na het insturen onder de vragen.⟧</p>""",
    exclude=["p.quiz-submit"],
    kind="other", why="quiz page with multiple-choice questions",
))
