"""French, Italian and German pages: a report on a doctors' tribune (news about an opinion piece), a declared tribune,
a Milan court report, an Italian teacher's commentary with no label, a German «Analyse» and a German commentary that
declares nothing."""

PAGES = []

# ---------------------------------------------------------------- report ON a tribune published elsewhere; agency co-credit
PAGES.append(dict(
    case="fr-news-tribunemedecins", lang="fr", skin="story", domain="courrierlittoral.example", site="Le Courrier du Littoral",
    url="https://www.courrierlittoral.example/societe/sante/2026/01/19/deserts-medicaux-200-medecins-signent-une-tribune",
    h1="Déserts médicaux : « Nous ne pouvons plus soigner correctement », alertent 200 médecins dans une tribune",
    deck="Le texte, publié dimanche, réclame une régulation de l’installation. Les syndicats de médecins libéraux dénoncent une « fausse solution ».",
    kicker="Santé", authors=["Julien Morel"], byline_text="Par Julien Morel avec AFP",
    byline_html='Par <a href="/journalistes/julien-morel">Julien Morel</a> avec AFP',
    ld_type="NewsArticle", ld_authors=["Julien Morel", "org:AFP"], ld_section="Société",
    pub="2026-01-19T12:48:00+01:00", date="Publié le 19/01/2026 à 12h48", strip="Lundi 19 janvier 2026",
    nav=["À la une", "Politique", "Société", "Économie", "Monde", "Opinions", "Tribunes", "Culture", "Sports"],
    cookie="⟪Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires.⟫",
    caption="⟪Un cabinet médical fermé à Saint-Jean-d’Angély (Charente-Maritime).⟫ Photo AFP",
    most=["⟪Tempête : 40 000 foyers privés d’électricité en Vendée⟫", "Le pont de l’île rouvert à la circulation", "Municipales : la liste d’union dévoilée"],
    op_box=("Opinions", [("Tribune", "⟪« L’hôpital public a besoin d’un plan, pas de slogans »⟫"), ("Éditorial", "Santé : le courage de réguler")], ),
    related=["Régulation de l’installation : ce que prévoit la proposition de loi", "En Charente, une commune recrute son médecin salarié"],
    footer="⟪© Le Courrier du Littoral 2026. Tous droits réservés.⟫",
    body="""<p>⟦Ils sont généralistes, pédiatres ou psychiatres, installés en ville ou à l’hôpital, et ils disent leur épuisement.⟧ Dans une tribune publiée dimanche 18 janvier dans Le Journal du Dimanche Soir, 200 médecins exerçant dans des zones sous-dotées appellent le gouvernement à réguler l’installation des jeunes praticiens.</p>
<p>« Nous ne pouvons plus soigner correctement. Nous refusons chaque semaine des patients que personne d’autre ne prendra », écrivent les signataires, parmi lesquels figurent plusieurs présidents de communautés professionnelles territoriales de santé. ⟦« Nous devons avoir le courage de dire que la liberté d’installation, telle qu’elle existe, a échoué »⟧, poursuit le texte, qui propose de conditionner toute nouvelle installation en zone surdotée au départ d’un médecin.</p>
<p>La tribune cite les chiffres de la Direction de la recherche, des études, de l’évaluation et des statistiques : ⟦environ 6 millions de Français n’ont pas de médecin traitant⟧, et 87 % du territoire est classé en zone d’intervention prioritaire ou complémentaire.</p>
<h2>Les syndicats vent debout</h2>
<p>Le texte a suscité de vives réactions. Le principal syndicat de médecins libéraux a dénoncé dans un communiqué une « fausse solution qui fera fuir les internes vers le salariat ou l’étranger ». « On ne peut pas forcer des médecins à s’installer là où leurs conjoints ne trouvent pas de travail », a déclaré à l’AFP son président, Philippe Roussel.</p>
<p>Les internes ont également réagi. ⟦« Qu’on nous donne d’abord des conditions de travail décentes », a réagi l’intersyndicale nationale⟧, qui menace d’une grève si une régulation contraignante était votée.</p>
<h2>Une proposition de loi transpartisane</h2>
<p>La tribune intervient alors qu’une proposition de loi transpartisane, portée par une centaine de députés, doit être examinée à l’Assemblée nationale le 4 février. Elle prévoit une autorisation préalable d’installation délivrée par les agences régionales de santé.</p>
<p>Interrogé lundi matin sur une radio nationale, le ministre de la Santé a jugé la tribune « légitime et utile au débat », sans se prononcer sur la régulation. « Toutes les options sont sur la table, aucune n’est magique », a-t-il déclaré.</p>
<p>Des mesures incitatives existent déjà, comme des aides à l’installation pouvant atteindre 50 000 euros, mais leur efficacité est jugée limitée par la Cour des comptes dans un rapport publié en 2024.</p>
<p>⟦Les signataires appellent à un rassemblement devant le ministère le 3 février, veille de l’examen du texte.⟧</p>""",
    kind="news", why="reports on a tribune and reactions; opinions quoted",
))

# ---------------------------------------------------------------- declared tribune
PAGES.append(dict(
    case="fr-opinion-tribuneclasses", lang="fr", skin="zeitung", domain="lequotidiendelest.example", site="Le Quotidien de l’Est",
    url="https://www.lequotidiendelest.example/idees/tribunes/2026/03/10/fermer-une-classe-rurale-c-est-fermer-un-village",
    h1="« Fermer une classe rurale, c’est fermer un village »",
    deck="Pour l’institutrice Claire Vasseur, la carte scolaire ne peut plus se décider sur un tableur.",
    kicker="Tribune", authors=["Claire Vasseur"], byline_text="Par Claire Vasseur, professeure des écoles", crumbs=["Idées", "Tribunes"],
    ld_type="OpinionNewsArticle", ld_authors=["Claire Vasseur"], ld_section="Idées", meta_section="Idées",
    pub="2026-03-10T17:00:00+01:00", date="10 mars 2026 à 17h00", nav=["Actualité", "Grand Est", "Politique", "Économie", "Idées", "Tribunes", "Sports", "Loisirs"],
    cookie="⟪Nous utilisons des cookies pour mesurer l’audience et vous proposer des contenus adaptés.⟫",
    most=["⟪A31 : travaux de nuit entre Metz et Thionville⟫", "La fête de la mirabelle change de dates", "Le FC Metz s’impose à domicile"],
    op_box=("Idées et débats", [("Éditorial", "⟪Carte scolaire : sortir du tableur⟫"), ("Chronique", "Le retour du certificat d’études ?")]),
    related=["Carte scolaire : 93 fermetures de classes en Moselle", "À Hombourg, les parents occupent l’école"],
    comments=[("Martine57", "10/03/2026", "⟪Merci. Notre école a fermé en 2019, le café a suivi.⟫"), ("JPL", "11/03/2026", "Il faut aussi regrouper pour avoir des classes viables.")],
    footer="⟪Le Quotidien de l’Est - Tous droits réservés - 2026⟫",
    body="""<p>⟦Je fais la classe depuis vingt-deux ans dans un village de Moselle de 480 habitants.⟧ Cette année, j’ai vingt et un élèves répartis sur trois niveaux. À la rentrée prochaine, selon le projet de carte scolaire présenté le mois dernier, ils seront transportés chaque matin à onze kilomètres, et notre école fermera.</p>
<p>On me répondra que vingt et un élèves, c’est peu. Que les regroupements permettent des classes plus homogènes, des équipes plus étoffées, une meilleure gestion des remplacements. J’ai entendu ces arguments à chaque réunion. Certains sont justes. Mais ils oublient tous une chose : une école de village n’est pas seulement un lieu où l’on apprend à lire.</p>
<p>⟦L’école, ici, est le dernier service public ouvert tous les jours.⟧ La poste a fermé en 2016, la boulangerie en 2021. C’est devant la grille, à 16h30, que les jeunes parents rencontrent les anciens. C’est dans la cour que se tient la fête du village. Quand l’école ferme, les familles avec enfants cessent de s’installer, et la commune vieillit, puis se vide.</p>
<p>Je ne demande pas que l’on maintienne toutes les classes à tout prix. Je demande que l’on mesure ce que coûte une fermeture, et pas seulement ce qu’elle rapporte. Combien d’heures de car pour des enfants de six ans ? Combien de familles qui renonceront à venir ? ⟦Aucun tableur du rectorat ne compte cela, et c’est pourtant l’essentiel.⟧</p>
<p>Nous devons changer de méthode. D’autres pays européens garantissent une école à moins de vingt minutes de chaque enfant. La France pourrait s’en inspirer, en fixant un seuil de temps de trajet plutôt qu’un seuil d’effectifs. Elle pourrait aussi associer réellement les maires et les parents, au lieu de les informer une fois la décision prise.</p>
<p>Je sais que la démographie baisse et que les moyens ne sont pas infinis. Mais si l’on ferme les écoles parce que les villages se vident, on garantit qu’ils se videront.</p>
<p>⟦J’invite les élus, les parents et tous ceux qui tiennent à nos campagnes à le dire, haut et fort⟧, avant le conseil départemental de l’Éducation nationale du 26 mars. ⟦Après, il sera trop tard.⟧</p>""",
    kind="opinion", why="declared «Tribune»: first-person argument, OpinionNewsArticle, /idees/tribunes/",
))

# ---------------------------------------------------------------- Milan court report
PAGES.append(dict(
    case="it-news-processocantieri", lang="it", skin="portal", domain="corrierelombardo.example", site="Corriere Lombardo",
    url="https://www.corrierelombardo.example/milano/cronaca/26_febbraio_05/processo-cantieri-navigli-accuse-pm",
    h1="Crolli nei cantieri dei Navigli, il pm: «Sicurezza sacrificata al profitto»",
    deck="Alla sbarra il costruttore Sergio Valli e due tecnici. La difesa: «Processo mediatico, nessuna prova».",
    kicker="Cronaca", authors=["Giulia Ferraris"], byline_text="di Giulia Ferraris",
    ld_type="NewsArticle", ld_authors=["Giulia Ferraris"], ld_section="Cronaca",
    pub="2026-02-05T19:10:00+01:00", date="5 febbraio 2026 | 19:10", nav=["Milano", "Cronaca", "Politica", "Economia", "Opinioni", "Cultura", "Sport", "Lombardia"],
    cookie="⟪Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione.⟫",
    most=["⟪M4, chiusura serale delle stazioni per lavori⟫", "Bergamo, riapre la funicolare", "Inter, la formazione per il derby"],
    op_box=("Opinioni", [("Il commento", "⟪Milano cresce, ma chi controlla i cantieri?⟫"), ("Lettere", "La città e i suoi cortili")]),
    related=["Crollo in via Vigevano, chiusa l’indagine", "Cantieri, in Lombardia 1.200 ispezioni nel 2025"],
    footer="⟪Corriere Lombardo S.r.l. – P.IVA 09876543210 – © 2026 Riproduzione riservata⟫",
    body="""<p>MILANO – ⟦«In quei cantieri la sicurezza è stata sacrificata, sistematicamente, al profitto».⟧ Con queste parole il pubblico ministero Andrea Colombo ha aperto ieri, davanti alla quinta sezione penale del Tribunale di Milano, la requisitoria nel processo per i due crolli avvenuti nel 2023 in altrettanti cantieri della zona dei Navigli, nei quali rimasero feriti quattro operai.</p>
<p>Alla sbarra ci sono il costruttore Sergio Valli, 61 anni, titolare della Valli Costruzioni, e due direttori dei lavori. Sono accusati di lesioni colpose gravi e di violazione delle norme antinfortunistiche. Tutti e tre respingono le accuse.</p>
<p>Secondo l’accusa, in entrambi i cantieri i ponteggi erano stati montati senza il progetto previsto dalla legge e le verifiche sulle strutture portanti sarebbero state «annotate sui registri ma mai eseguite». ⟦«Non parliamo di una svista, ma di un metodo», ha insistito il pm⟧, mostrando ai giudici messaggi in cui un capocantiere chiedeva di «chiudere il getto entro venerdì, a qualunque costo».</p>
<p>Il pm ha chiesto condanne a tre anni e quattro mesi per Valli e a due anni per ciascuno dei tecnici. Le parti civili, tra cui due degli operai feriti e il sindacato degli edili, hanno chiesto risarcimenti per complessivi 1,4 milioni di euro. «Mio marito non tornerà più a lavorare in quota», ha detto all’uscita dall’aula la moglie di uno dei feriti.</p>
<p>⟦Durissima la replica della difesa.⟧ L’avvocato Federica Marchi, che assiste Valli, ha parlato di «un processo mediatico costruito su una tesi preconfezionata». «Il mio assistito ha sempre investito nella sicurezza più di quanto la legge richiedesse. Le perizie dimostrano che il cedimento fu causato da un difetto del materiale, non da un errore umano», ha detto in aula.</p>
<p>Nella sua ricostruzione, l’accusa ha ripercorso anche la storia dell’impresa, che tra il 2019 e il 2023 aveva ottenuto appalti privati per oltre trenta milioni di euro. Secondo il pm, nello stesso periodo la spesa per la formazione degli operai sarebbe diminuita di due terzi. Una circostanza che la difesa contesta, producendo attestati e fatture.</p>
<p>Nel corso del processo sono stati ascoltati quaranta testimoni, tra cui ispettori dell’Ats e periti nominati dal tribunale, le cui conclusioni divergono sulle cause del primo crollo.</p>
<p>Fuori dal tribunale un gruppo di lavoratori edili ha esposto uno striscione con la scritta «Non si muore di lavoro». ⟦La sentenza è attesa per il 12 marzo.⟧</p>
<p>⟦Il processo riprenderà giovedì prossimo con le arringhe dei difensori dei due tecnici.⟧</p>""",
    kind="news", why="court report; accusations and defence quoted",
))

# ---------------------------------------------------------------- Italian teacher's commentary, no label, no bio
PAGES.append(dict(
    case="it-opinion-votocondotta", lang="it", skin="wpnews", domain="ilgazzettinoemiliano.example", site="Il Gazzettino Emiliano",
    url="https://ilgazzettinoemiliano.example/2026/04/21/scuola-voto-in-condotta-bocciatura/",
    h1="Bocciare per il voto in condotta non educa nessuno",
    kicker="Scuola", authors=["Paolo Benedetti"], byline_text="di Paolo Benedetti",
    byline_html='di <a href="/author/paolo-benedetti/">Paolo Benedetti</a>',
    ld_type="NewsArticle", ld_authors=["Paolo Benedetti"], ld_section="Scuola",
    pub="2026-04-21T08:30:00+02:00", date="21 Aprile 2026", strip="martedì 21 Aprile 2026",
    nav=["Home", "Cronaca", "Politica", "Scuola", "Economia", "Opinioni", "Sport", "Eventi"],
    cookie="⟪Utilizziamo i cookie per offrirti la migliore esperienza sul nostro sito.⟫",
    most=["⟪Modena, nuova rotatoria sulla via Emilia⟫", "Parma, il festival del prosciutto raddoppia", "Reggio, chiude lo storico cinema Ariston"],
    op_box=("Opinioni", [("Editoriale", "⟪La scuola non è una caserma⟫"), ("Lettere al direttore", "Più rispetto per gli insegnanti")]),
    related=["Voto in condotta, le nuove regole in vigore da settembre", "Sospensioni, in Emilia sono raddoppiate in tre anni"],
    comments=[("Franca R.", "21 Aprile 2026", "⟪Finalmente qualcuno che parla di educazione e non di punizioni.⟫"), ("Luca_MO", "21 Aprile 2026", "Io invece sono d’accordo con la riforma.")],
    footer="⟪Il Gazzettino Emiliano – Testata registrata presso il Tribunale di Modena⟫",
    body="""<p>⟦Insegno lettere in un istituto tecnico di Modena da quindici anni⟧ e in questi giorni, nei consigli di classe, si discute soprattutto di una cosa: quanti studenti rischiano la bocciatura per il voto in condotta, ora che la nuova norma lo rende possibile con un cinque.</p>
<p>Capisco perché la riforma piaccia a molti. I genitori che hanno visto un figlio umiliato da un compagno, i colleghi che hanno subito insulti in aula, hanno tutte le ragioni per chiedere più fermezza. Anch’io ho avuto mattine in cui avrei voluto mandare a casa mezza classe.</p>
<p>⟦Eppure sono convinto che questa strada sia sbagliata.⟧ La bocciatura per condotta colpisce quasi sempre gli stessi ragazzi: quelli che hanno già un piede fuori dalla scuola, che arrivano da famiglie in difficoltà, che non hanno nessuno a casa che li aspetti con i compiti fatti. Fargli ripetere un anno non li rende più educati. Li rende più grandi dei loro compagni, più soli, e molto più vicini all’abbandono.</p>
<p>I dati li conosciamo: in Emilia-Romagna un ragazzo su dieci lascia la scuola prima del diploma, e tra i bocciati la percentuale triplica. Non c’è bisogno di essere pedagogisti per capire che una norma pensata per ristabilire l’autorità rischia di produrre soprattutto dispersione.</p>
<p>Che cosa servirebbe, allora? Servirebbero psicologi stabili nelle scuole, non progetti di tre mesi. Servirebbero classi meno affollate. ⟦Servirebbe, soprattutto, tempo: il tempo di parlare con uno studente prima che il problema diventi un voto.⟧ Le attività di cittadinanza previste dalla riforma potrebbero essere un’occasione, se non si riducono a un tema da scrivere per recuperare il sei.</p>
<p>Penso a un ragazzo che ho avuto in classe qualche anno fa. Rispondeva male, saltava le lezioni, una volta ha rotto una sedia. Oggi lavora come elettricista e ogni tanto passa a salutare. Se allora lo avessimo bocciato per la condotta, non credo che sarebbe mai rientrato in un’aula.</p>
<p>Non dico che le regole non contino. Contano, e vanno fatte rispettare. Ma una scuola che ha come ultima parola l’esclusione ha già rinunciato a educare. Noi insegnanti lo sappiamo meglio di chiunque altro.</p>
<p>⟦Ai colleghi che a giugno dovranno decidere chiedo una cosa sola⟧: prima di scrivere quel cinque, chiediamoci che cosa succederà a quel ragazzo a settembre. ⟦Se la risposta è niente di buono, abbiamo il dovere di cercare un’altra strada.⟧</p>""",
    kind="opinion", why="teacher’s first-person argument and appeal; page declares nothing",
))

# ---------------------------------------------------------------- German «Analyse», neutral but weighing; agency co-credit
PAGES.append(dict(
    case="de-news-analyserente", lang="de", skin="zeitung", domain="nordkurier-rundschau.example", site="Rundschau am Sonntag",
    url="https://www.nordkurier-rundschau.example/politik/rentenpaket-was-die-reform-fuer-juengere-bedeutet-a-7f3c21",
    h1="Was das Rentenpaket für Jüngere bedeutet",
    deck="Die Koalition will das Rentenniveau bis 2040 sichern. Wer zahlt, wer profitiert – und welche Fragen offen bleiben.",
    kicker="Analyse", authors=["Jana Keller"], byline_text="Von Jana Keller, Berlin, mit dpa",
    byline_html='Von <a href="/autoren/jana-keller">Jana Keller</a>, Berlin, mit dpa', crumbs=["Politik", "Deutschland"],
    ld_type="AnalysisNewsArticle", ld_authors=["Jana Keller", "org:dpa"], ld_section="Politik", meta_section="Politik",
    pub="2026-05-20T18:05:00+02:00", date="20.05.2026, 18:05 Uhr", nav=["Politik", "Wirtschaft", "Panorama", "Meinung", "Kultur", "Sport", "Wissen", "Region"],
    cookie="⟪Wir verwenden Cookies und ähnliche Technologien, um unsere Angebote zu verbessern.⟫",
    caption="⟪Die Arbeitsministerin stellt das Rentenpaket in der Bundespressekonferenz vor.⟫ Foto: dpa",
    most=["⟪Unwetter: Bahnstrecke Hamburg–Hannover gesperrt⟫", "Mindestlohn steigt 2027 auf 15,20 Euro", "HSV verpflichtet Innenverteidiger"],
    op_box=("Meinung", [("Kommentar", "⟪Die Jungen zahlen die Zeche – mal wieder⟫"), ("Gastbeitrag", "Warum die Rente mit 70 kein Tabu sein darf")]),
    related=["Rentenpaket: Die wichtigsten Punkte im Überblick", "Junge Union droht mit Nein im Bundestag"],
    newsletter="Der Morgen-Newsletter: Was heute wichtig ist, um 6 Uhr im Postfach.",
    footer="⟪© Rundschau Medien GmbH und Co. KG, Hannover 2026⟫",
    body="""<p>BERLIN – ⟦Das Bundeskabinett hat am Mittwoch das Rentenpaket beschlossen, über das die Koalition seit Monaten streitet.⟧ Kern ist eine Haltelinie: Das Rentenniveau soll bis 2040 nicht unter 48 Prozent des Durchschnittslohns sinken. Finanziert werden soll das vor allem über steigende Beiträge und einen höheren Bundeszuschuss.</p>
<h2>Was sich für Beitragszahler ändert</h2>
<p>Nach den Berechnungen des Arbeitsministeriums steigt der Beitragssatz von derzeit 18,6 Prozent bis 2035 schrittweise auf 21,8 Prozent. Für einen Beschäftigten mit 3.500 Euro brutto im Monat bedeutet das rund 56 Euro weniger netto im Monat, die Hälfte trägt der Arbeitgeber. ⟦Wer heute 25 Jahre alt ist, zahlt damit über sein Erwerbsleben deutlich mehr ein⟧ als frühere Jahrgänge, erhält aber auch ein höheres Rentenniveau, als es ohne Reform zu erwarten wäre.</p>
<h2>Der Streit um die Generationengerechtigkeit</h2>
<p>Genau daran entzündet sich die Kritik. „Wir sollen ein Versprechen bezahlen, von dem wir selbst nichts haben werden“, sagte der Vorsitzende der Jungen Union, Fabian Lorenz, der Deutschen Presse-Agentur. Die Gewerkschaften halten dagegen. „Ohne Haltelinie verlieren gerade die Jüngeren, weil ihre eigene Rente sonst immer weiter abschmilzt“, sagte eine Sprecherin des Gewerkschaftsbundes.</p>
<p>Ökonomen sind gespalten. Das Institut für Wirtschaftsforschung Halle rechnet vor, dass der Bundeszuschuss bis 2040 auf mehr als 160 Milliarden Euro jährlich steigen würde. Andere Forscher verweisen darauf, dass auch eine niedrigere Rente Kosten verursacht, etwa über die Grundsicherung im Alter.</p>
<p>Auch innerhalb der Regierung wird um die Deutung gerungen. Die Arbeitsministerin sprach bei der Vorstellung von einem „Versprechen an alle Generationen“, der Finanzminister betonte dagegen, die Haltelinie dürfe „kein Blankoscheck“ werden, und kündigte eine Überprüfung im Jahr 2030 an. Diese Klausel war bis zuletzt umstritten und steht nun im Gesetzentwurf.</p>
<h2>Was fehlt</h2>
<p>⟦Auffällig ist, was das Paket nicht enthält.⟧ Eine Anhebung des Rentenalters über 67 Jahre hinaus ist nicht vorgesehen, ebenso wenig eine Einbeziehung von Beamten oder Selbstständigen. Die geplante Aktienrente, ein staatlicher Fonds, soll ab 2036 die Beiträge dämpfen, ihr Effekt wird vom Ministerium selbst aber als „begrenzt“ beschrieben.</p>
<p>Offen ist auch, ob das Paket den Bundestag unverändert passiert. Mindestens 18 Abgeordnete der Union haben angekündigt, nicht zustimmen zu wollen, sollten die Kosten für Jüngere nicht begrenzt werden. Die Koalition hat eine Mehrheit von zwölf Stimmen.</p>
<p>⟦Unterm Strich sichert die Reform das Niveau der heutigen Renten, die Rechnung dafür ist aber noch nicht beglichen.⟧ Die erste Lesung im Bundestag ist für Anfang Juli geplant.</p>""",
    kind="news", sure=False, why="«Analyse»: explains and weighs, takes no side; closing judgement",
))

# ---------------------------------------------------------------- German commentary with no label: business section, NewsArticle, plain byline
PAGES.append(dict(
    case="de-opinion-elterngeldantrag", lang="de", skin="story", domain="westfalenblick.example", site="Westfalenblick",
    url="https://www.westfalenblick.example/wirtschaft/elterngeld-antrag-papier-digital-2026-02-26",
    h1="Elterngeld: Schluss mit der Zettelwirtschaft",
    kicker="Familie", authors=["Martin Albers"], byline_text="Von Martin Albers",
    ld_type="NewsArticle", ld_authors=["Martin Albers"], ld_section="Wirtschaft", meta_section="Wirtschaft",
    pub="2026-02-26T06:30:00+01:00", date="26.02.2026", strip="Donnerstag, 26. Februar 2026",
    nav=["Münster", "Region", "NRW", "Politik", "Wirtschaft", "Meinung", "Sport", "Service"],
    cookie="⟪Wir und unsere Partner nutzen Cookies, um Inhalte zu personalisieren.⟫",
    most=["⟪Stau-Prognose: Baustelle auf der A1 bis Juni⟫", "Preußen Münster holt Stürmer aus Bielefeld", "Neue Kita in Hiltrup eröffnet"],
    op_box=("Meinung", [("Leitartikel", "⟪Die Innenstädte brauchen mehr als Parkplätze⟫"), ("Kommentar", "Warum der Stadtrat jetzt handeln muss")]),
    related=["Elterngeld: Bearbeitung dauert in NRW im Schnitt neun Wochen", "Bund plant digitales Familienportal"],
    comments=[("M. Schulte", "26.02.2026", "⟪Bei uns waren es zwölf Wochen. Kein Geld, aber Miete zahlen.⟫"), ("Anja K.", "26.02.2026", "Die Sachbearbeiter können nichts dafür.")],
    footer="⟪© Westfalenblick Verlag GmbH 2026⟫",
    body="""<p>⟦Als unsere Tochter im Herbst geboren wurde, lagen zwischen dem ersten Schrei und dem ersten Euro Elterngeld elf Wochen.⟧ Elf Wochen, in denen wir von Erspartem gelebt haben. Das ging, weil wir Erspartes hatten. Viele Familien haben das nicht.</p>
<p>Was in diesen elf Wochen passiert ist, lässt sich schnell erzählen. Wir haben einen Antrag von 23 Seiten ausgefüllt, auf Papier, weil das Online-Formular unseres Kreises die Gehaltsnachweise nicht annahm. Wir haben ihn per Post geschickt. Dann haben wir gewartet. Nach sechs Wochen kam ein Brief: Eine Bescheinigung der Krankenkasse fehle, die die Krankenkasse dem Amt längst elektronisch hätte schicken können.</p>
<p>⟦Ich finde, das ist eines Landes unwürdig, das sich gern für seine Familienpolitik lobt.⟧ Das Elterngeld ist eine gute Leistung. Aber eine Leistung, die erst ankommt, wenn das Kind schon Brei isst, verfehlt ihren Zweck. Sie soll die ersten Monate absichern, nicht nachträglich erstatten.</p>
<p>Die Sachbearbeiterinnen in den Elterngeldstellen trifft dabei am wenigsten Schuld. Sie arbeiten mit Akten, die durch drei Hände gehen, und mit Software, die nicht mit der Software der Krankenkassen spricht. Wer dort anruft, hört oft dieselbe Entschuldigung, und sie ist ehrlich gemeint.</p>
<p>Dabei liegen die Daten längst vor. Das Finanzamt kennt das Einkommen, die Krankenkasse das Mutterschaftsgeld, das Standesamt die Geburt. ⟦Wir müssen endlich aufhören, Eltern als Boten zwischen Behörden zu benutzen.⟧ Andere Länder zahlen das Elternpaket automatisch, wenige Tage nach der Geburt, ohne einen einzigen Antrag. Technisch ist das kein Hexenwerk, es fehlt am politischen Willen.</p>
<p>Man muss sich das einmal vorstellen: Ein Staat, der die Steuererklärung vorausfüllen kann, verlangt von übermüdeten Eltern, die Gehaltsabrechnungen der letzten zwölf Monate zu kopieren. Ich habe in jener Nacht am Küchentisch gesessen, das Baby im Tragetuch, und Seiten nummeriert. Das ist keine Anekdote, das ist der Normalfall.</p>
<p>Die Bundesregierung verspricht seit Jahren ein digitales Familienportal. Es soll nun 2028 kommen. Bis dahin werden in Deutschland noch einmal rund zwei Millionen Kinder geboren, und ihre Eltern werden Formulare ausfüllen, kopieren und verschicken.</p>
<p>Ich wünsche mir, dass die Landesregierung nicht so lange wartet. ⟦Nordrhein-Westfalen könnte den Datenaustausch zwischen Ämtern und Kassen schon in diesem Jahr vorschreiben.⟧</p>
<p>⟦Den Familien, die gerade warten, hilft jede Woche.⟧</p>""",
    kind="opinion", why="first-person argument and demands; section and type say news",
))
