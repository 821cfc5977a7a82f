"""Wayback Machine copies (fr, en), paywall teasers (pt, fr), consent walls (it, id)."""

PAGES = []

_FR_ORIG = "https://www.courrierduval.example/sorelle/saint-amand/la-passerelle-saint-amand-fermee-au-moins-trois-mois-8834120.php"
_FR_TS = "20260314093012"

# ---------------------------------------------------------------- Wayback Machine copy of a French regional news page
PAGES.append(dict(
    case="fr-news-wayback-passerelle", lang="fr", skin="wayback_fr", domain="courrierduval.example", site="Le Courrier du Val",
    orig=_FR_ORIG, ts=_FR_TS, epoch="1773480612", url="https://web.archive.org/web/%s/%s" % (_FR_TS, _FR_ORIG),
    title_tag="Saint-Amand. La passerelle fermée au moins trois mois après la découverte de fissures - Le Courrier du Val",
    h1="La passerelle Saint-Amand fermée au moins trois mois après la découverte de fissures",
    deck="Une inspection a révélé des fissures sur deux poutres de l’ouvrage. Piétons et cyclistes doivent faire un détour par le pont de la Libération.",
    rubrique="Sorelle", ville="Saint-Amand", authors=["Claire Moreau"], byline_text="Claire Moreau", byline_html="Par Claire Moreau",
    pub="2026-03-09T11:42:00+01:00", mod="2026-03-10T08:15:00+01:00", date="09/03/2026 à 11h42", date_mod="10/03/2026 à 08h15",
    months=("FEB", "MAR", "APR"), day="14", years=("2025", "2026", "2027"), prev_ts="20260309184401", next_ts="20260321070233",
    prev_title="18:44:01 Mar 09, 2026", next_title="07:02:33 Mar 21, 2026",
    captures="⟪37 captures⟫", span="⟪09 Mar 2026 - 02 Apr 2026⟫",
    collection="alexa_dec", collection_title="Save Page Now Outlinks", collection_desc="Outlinks from pages captured by Save Page Now.",
    archived_on="09:30:12 Mar 14, 2026", retrieved_on="11:02:45 Apr 20, 2026",
    nav=["Actualité", "Sorelle", "Sports", "Loisirs", "Nécrologie", "Annonces"], footer_nav=["Mentions légales", "Contact", "Publicité", "Cookies"],
    caption="⟪Des barrières ferment l’accès à la passerelle depuis lundi matin. Photo Le Courrier du Val / Marc Dufour⟫",
    also=[("⟪Le collège Jean-Moulin prépare ses portes ouvertes⟫", "/sorelle/saint-amand/portes-ouvertes-college-jean-moulin-8829911.php"),
          ("⟪Crue de la Sorelle : la vigilance jaune levée⟫", "/sorelle/crue-de-la-sorelle-vigilance-jaune-levee-8826504.php")],
    newsletter="Recevez l’essentiel de l’actualité de la Sorelle chaque matin",
    footer="⟪© Le Courrier du Val 2026 - Tous droits réservés⟫",
    body="""<p>⟦La passerelle piétonne Saint-Amand, qui relie les deux rives de la Sorelle en centre-ville, est fermée depuis lundi matin.⟧ Une inspection menée la semaine dernière par un bureau d’études a mis en évidence des fissures sur deux des poutres métalliques qui soutiennent le tablier.</p>
<p>« Nous n’avons pas le choix : tant que nous ne savons pas exactement d’où viennent ces fissures, personne ne passera », a expliqué le maire, Bernard Lacoste, lors d’un point presse sur place. Des barrières ont été installées aux deux extrémités et un agent de la police municipale surveille les accès.</p>
<h2>Un détour de 1,2 kilomètre</h2>
<p>⟦Environ 3 500 piétons et cyclistes empruntent chaque jour cet ouvrage construit en 1987,⟧ selon les derniers comptages de la mairie. Beaucoup sont des collégiens qui rejoignent le collège Jean-Moulin depuis le quartier de la Gare. Pour eux, le détour par le pont routier de la Libération représente environ 1,2 kilomètre supplémentaire.</p>
<p>La ville a annoncé la mise en place, dès mercredi, d’une navette gratuite entre les deux rives aux heures d’entrée et de sortie des classes. Les parents d’élèves, eux, réclament un accompagnement sur le pont routier, jugé dangereux pour les vélos.</p>
<h2>Des travaux chiffrés à l’automne</h2>
<p>⟦Des sondages complémentaires doivent être réalisés dans les prochaines semaines⟧ pour déterminer si les poutres peuvent être renforcées ou s’il faut les remplacer. Selon les services techniques, la fermeture devrait durer « au moins trois mois ». Le coût des réparations ne sera connu qu’à l’issue de ces études.</p>
<p>L’opposition municipale rappelle qu’un rapport de 2021 signalait déjà de la corrosion sur l’ouvrage. « On a perdu cinq ans », estime la conseillère Sophie Martineau. ⟦La majorité assure que ce rapport ne mentionnait aucun risque structurel.⟧</p>""",
    kind="news", why="local news report on footbridge closure, archived copy",
))

_EN_ORIG = "https://milltowngazette.example/2026/02/20/milltown-doesnt-need-another-car-wash-it-needs-a-grocery-store/"
_EN_TS = "20260402151907"

# ---------------------------------------------------------------- Wayback Machine copy of a small-town opinion piece (voice only), date only visible
PAGES.append(dict(
    case="en-opinion-wayback-grocery", lang="en", skin="wayback_en", domain="milltowngazette.example", site="The Milltown Gazette",
    tagline="Independent news for Milltown and the Upper Cove", postid="18422",
    wb_style="display: block; direction: ltr; height: 67px;", orig=_EN_ORIG, ts=_EN_TS, epoch="1775142547", url="https://web.archive.org/web/%s/%s" % (_EN_TS, _EN_ORIG),
    title_tag="Milltown doesn’t need another car wash. It needs a grocery store. – The Milltown Gazette",
    h1="Milltown doesn’t need another car wash. It needs a grocery store.",
    category="Community", authors=["Gloria Esposito"], byline_text="by Gloria Esposito", byline_extra='<span class="contrib-role">, contributing writer</span>',
    pub="2026-02-20T07:05:00-05:00", date="February 20, 2026", ld=False,
    months=("MAR", "APR", "MAY"), day="02", years=("2025", "2026", "2027"), prev_ts="20260221033512", next_ts="20260611220418",
    prev_title="03:35:12 Feb 21, 2026", next_title="22:04:18 Jun 11, 2026",
    captures="⟪6 captures⟫", span="⟪21 Feb 2026 - 11 Jun 2026⟫",
    collection="focused_crawls", collection_title="Local News Web Archive", collection_desc="Crawls of local news websites.",
    archived_on="15:19:07 Apr 02, 2026", retrieved_on="08:40:12 May 04, 2026",
    nav=["News", "Schools", "Sports", "Community", "Obituaries", "Calendar"], tags=["Route 9", "planning board", "food access"],
    ncomments="⟪14 Comments⟫", prev_post="Select board delays vote on new fire station",
    recent=["⟪Ice fishing derby raises $12,000 for the food pantry⟫", "Milltown High robotics team heads to state finals", "Select board delays vote on new fire station"],
    support="⟪The Gazette is a nonprofit newsroom. Support local journalism with a donation of any size.⟫",
    footer="© 2026 The Milltown Gazette · Proudly powered by WordPress",
    body="""<p>⟦When the planning board approved a fourth car wash on Route 9 last month,⟧ I drove past the site and tried to remember the last time I had bought a fresh vegetable within walking distance of my house. It was 2019, the year the Hilltop Market closed.</p>
<p>Since then, the north side of Milltown has had no grocery store at all. The nearest supermarket is six miles away in Fairbrook, and the only bus that goes there runs twice a day. For the roughly 4,000 people who live north of the river, going shopping means a dollar store, a gas station or a long drive.</p>
<p>⟦I do not blame the car wash owners, who saw an empty lot and a busy road.⟧ I blame a zoning map and a planning process that treat every application as if it arrived from nowhere, with no view of what the neighborhood actually lacks. A car wash needs a big lot, few employees and little foot traffic. That is exactly the kind of business our commercial strip keeps attracting, and exactly the kind that does nothing for people who do not drive.</p>
<p>Other towns our size have found ways around this. Fairbrook offered a five-year tax break to a cooperative grocer in 2022 and now has a store that employs 35 people. Ashby Falls put a small market in the ground floor of its new library. ⟦None of these ideas is radical, and all of them started with a town deciding that food access was its business.⟧</p>
<p>So here is what I would ask of the select board. ⟦Put a moratorium on new car washes and storage units along Route 9⟧ until the town has a plan for the north side. Survey residents about what they need within walking distance. And talk to the regional food co-op, which has said publicly that it is looking for a second location.</p>
<p>Milltown has spent years saying it wants to be a place where young families and older residents can both thrive. ⟦You cannot do that in a neighborhood where the freshest thing for sale is a hot dog under a heat lamp.⟧</p>""",
    kind="opinion", why="contributor piece arguing the town should attract a grocery store",
))

# ---------------------------------------------------------------- paywall teaser, full text in JSON-LD articleBody (Portugal)
PAGES.append(dict(
    case="pt-news-paywall-passe", lang="pt", skin="paywall", domain="diariodosado.example", site="Diário do Sado", body_class="premium",
    url="https://www.diariodosado.example/local/sadoval-aprova-passe-escolar-gratuito-ate-aos-18-anos-2104877",
    h1="Sadoval aprova passe escolar gratuito até aos 18 anos a partir de setembro",
    deck="Medida aprovada por unanimidade abrange cerca de 4.200 estudantes e custa 1,1 milhões de euros por ano.",
    kicker="Educação", authors=["Inês Carvalho"], byline_text="Inês Carvalho", ld_authors=["Inês Carvalho"],
    byline_html='<a href="/autores/ines-carvalho">Inês Carvalho</a>',
    pub="2026-03-10T19:05:00+00:00", date="10 de março de 2026, 19:05",
    caption="⟪Alunos à espera do autocarro junto à Escola Secundária de Sadoval. Foto: Pedro Lobo⟫",
    pw_class="paywall",
    w=dict(subscribe="Assine", login="Entrar", premium="Exclusivo assinantes", related="Mais notícias"),
    nav=["Local", "Região", "Desporto", "Opinião", "Cultura", "Classificados"],
    related=["⟪Obras na ponte da Gâmbia obrigam a desvio até junho⟫", "⟪Mercado municipal reabre com 12 novas bancas⟫", "Vitória de Sadoval vence dérbi e sobe ao terceiro lugar"],
    wall="""<h3 class="paywall__title">⟪Este artigo é exclusivo para assinantes⟫</h3>
<p class="paywall__text">⟪Assine a partir de 1 € no primeiro mês e tenha acesso ilimitado⟫ a todas as notícias do Diário do Sado, no site e na aplicação.</p>
<a class="paywall__cta" href="/assinaturas/?origem=paywall">Ver planos de assinatura</a>
<p class="paywall__login">Já é assinante? <a href="/login/">Inicie sessão</a></p>""",
    footer="⟪© 2026 Diário do Sado – Todos os direitos reservados.⟫ Estatuto editorial · Ficha técnica · Privacidade",
    body="""<p>⟦A Câmara Municipal de Sadoval aprovou esta terça-feira a gratuitidade do passe escolar para todos os alunos até aos 18 anos⟧ residentes no concelho, a partir do próximo ano letivo. A medida foi aprovada por unanimidade em reunião de câmara e deverá abranger cerca de 4.200 estudantes. ⟦Até agora, apenas os alunos do ensino básico tinham direito ao passe sem custos.⟧</p>
<p>Segundo o vereador da Educação, Rui Matias, o custo anual estimado é de 1,1 milhões de euros, que serão suportados pelo orçamento municipal e por uma parte das verbas transferidas pelo Estado no âmbito da descentralização. ⟦«Nenhum jovem deve deixar de ir às aulas ou a uma atividade desportiva por causa do preço do transporte»,⟧ afirmou o autarca. O passe será válido em todas as carreiras urbanas e nas ligações aos concelhos vizinhos. ⟦As inscrições abrem em julho, através das escolas.⟧</p>""",
    ld_body="""<p>A oposição votou a favor, mas lembrou que a medida tinha sido proposta pelo seu grupo municipal em 2024 e chumbada na altura. O vereador Carlos Antunes pediu que a câmara avalie também o alargamento aos estudantes do ensino superior que estudam fora do concelho.</p>
<p>A associação de pais do Agrupamento de Escolas do Sado saudou a decisão, mas alertou para a falta de lugares nos autocarros das 7h40, que chegam muitas vezes lotados à escola secundária. A câmara garante que vai reforçar as carreiras da manhã a partir de setembro.</p>
<p>O passe escolar gratuito será atribuído automaticamente aos alunos já inscritos no sistema de transporte escolar. Os restantes deverão entregar o pedido na secretaria da escola até 31 de julho.</p>""",
    kind="news", why="local news report on free school bus pass decision",
))

# ---------------------------------------------------------------- paywall teaser, no articleBody: a French magazine column
PAGES.append(dict(
    case="fr-opinion-paywall-velocargo", lang="fr", skin="paywall", domain="leregard-hebdo.example", site="Le Regard", body_class="abonnes",
    url="https://www.leregard-hebdo.example/idees/chroniques/le-velo-cargo-n-est-pas-un-caprice-de-citadin-aise_2231907.html",
    h1="Le vélo-cargo n’est pas un caprice de citadin aisé",
    deck="Moqué comme un accessoire de centre-ville, il remplace surtout une deuxième voiture. Encore faut-il pouvoir l’acheter.",
    kicker="Chronique", authors=["Julien Martel"], byline_text="Par Julien Martel", ld_authors=["Julien Martel"], ld_type="OpinionNewsArticle",
    ld_section="Idées", meta_section="Idées", byline_html='Par <a href="/journalistes/julien-martel">Julien Martel</a>',
    pub="2026-03-05T06:30:00+01:00", date="Publié le 5 mars 2026 à 06h30",
    caption="⟪Un vélo-cargo devant une école de Nantes, en février. Photo : Lise Aubry pour Le Regard⟫",
    pw_class="abo-wall",
    w=dict(subscribe="S’abonner", login="Se connecter", premium="Article réservé aux abonnés", related="Dans la rubrique Idées"),
    nav=["Politique", "Société", "Idées", "Économie", "Culture", "Sciences"],
    related=["⟪La ville du quart d’heure, une utopie pour qui ?⟫", "⟪Zones à faibles émissions : le grand malentendu⟫", "Le train de nuit mérite mieux qu’un symbole"],
    wall="""<p class="abo-wall__left">⟪Il vous reste 78 % de cet article à lire. La suite est réservée aux abonnés.⟫</p>
<div class="abo-wall__offer"><p class="abo-wall__price">⟪Offre spéciale : 1 € le premier mois, sans engagement⟫</p><a class="abo-wall__btn" href="/abonnement/?xtor=paywall">Je m’abonne</a></div>
<p class="abo-wall__login">Déjà abonné ? <a href="/connexion/">Se connecter</a></p>""",
    footer="⟪Le Regard © 2026 – Tous droits de reproduction réservés⟫",
    body="""<p>⟦Il suffit de garer un vélo-cargo devant une école pour déclencher une petite guerre culturelle.⟧ Pour les uns, c’est l’outil du parent écolo et pressé ; pour les autres, un jouet à 4 000 euros réservé aux centres-villes aisés, qui encombre les trottoirs et donne des leçons à tout le monde. ⟦Les deux camps ont tort, et ce malentendu coûte cher aux familles qui en auraient le plus besoin.⟧</p>
<p>Car le vélo-cargo, dans les faits, remplace d’abord une voiture, souvent la deuxième du foyer. ⟦Une petite voiture d’occasion coûte plus de 3 000 euros par an⟧ en carburant, assurance et entretien ; un vélo-cargo à assistance électrique, une fois acheté, quelques dizaines d’euros. Le vrai obstacle n’est pas l’idéologie, c’est le prix d’entrée. ⟦Et c’est précisément là que la politique publique pourrait faire la différence.⟧</p>""",
    kind="opinion", why="signed column arguing cargo bikes deserve public subsidies",
))

# ---------------------------------------------------------------- consent overlay before the article: Italian local news
PAGES.append(dict(
    case="it-news-consent-funivia", lang="it", skin="consent_modal", domain="corrieredellago.example", site="Il Corriere del Lago",
    url="https://www.corrieredellago.example/valdorso/cronaca/funivia-chiusa-fino-a-maggio-serve-un-nuovo-cavo-1.9921734",
    h1="Valdorso, la funivia resta chiusa fino a maggio: «Serve un nuovo cavo»",
    deck="I controlli hanno rilevato un’usura anomala del cavo portante. Commercianti preoccupati per la stagione di Pasqua.",
    section="Valdorso", authors=["Giulia Sartori"], byline_text="di Giulia Sartori", ld_authors=["Giulia Sartori"],
    byline_html='di <a href="/autori/giulia-sartori">Giulia Sartori</a>',
    pub="2026-03-13T12:10:00+01:00", date="13 marzo 2026 12:10",
    caption="⟪La stazione di valle della funivia di Valdorso (foto Riva)⟫",
    tags=["funivia", "Valdorso", "turismo"],
    nav=["Cronaca", "Politica", "Economia", "Sport", "Cultura", "Valli"],
    w=dict(subscribe="Abbonati", also="Leggi anche"),
    also=["⟪Lago, tornano i battelli notturni da giugno⟫", "⟪Scuola di Costa Alta, via libera al nuovo tetto⟫", "Hockey, il Valdorso vola in semifinale"],
    consent=dict(title="⟪Il tuo consenso per la privacy⟫",
                 texts=["⟪Noi e i nostri 842 partner utilizziamo cookie e tecnologie simili⟫ per archiviare e accedere a informazioni sul tuo dispositivo, per mostrarti pubblicità e contenuti personalizzati, misurarne le prestazioni e ricavare informazioni sul pubblico.",
                        "Puoi prestare, rifiutare o revocare il consenso in qualsiasi momento accedendo al pannello delle preferenze. Se scegli di rifiutare, potrai continuare a leggere il sito abbonandoti all’offerta senza pubblicità personalizzata.",
                        "Alcuni partner trattano i tuoi dati sulla base del legittimo interesse: puoi opporti a tale trattamento dalla pagina dei fornitori."],
                 purposes=[("Archiviare e/o accedere a informazioni su un dispositivo.", ""),
                           ("Pubblicità e contenuti personalizzati,", "valutazione della pubblicità e del contenuto, osservazioni del pubblico e sviluppo di prodotti."),
                           ("Dati di geolocalizzazione precisi", "e identificazione attraverso la scansione del dispositivo.")],
                 vendors="Elenco dei fornitori (842)", buttons=("Personalizza", "Rifiuta e abbonati", "Accetta e chiudi")),
    footer="⟪Il Corriere del Lago – P.IVA 01234560138 – © 2026 Tutti i diritti riservati⟫",
    body="""<p>⟦La funivia che collega Valdorso al rifugio Pian dei Larici resterà chiusa almeno fino alla metà di maggio.⟧ Lo ha comunicato mercoledì la società di gestione, Funivie Alto Lago, dopo che i controlli periodici hanno rilevato un’usura anomala del cavo portante.</p>
<p>«Il cavo non rappresentava un pericolo immediato, ma i valori erano vicini al limite e abbiamo deciso di non correre rischi», ha spiegato il direttore tecnico Marco Bellini. Il nuovo cavo, lungo quasi tre chilometri, dovrà essere prodotto su misura in uno stabilimento in Austria e trasportato fino alla stazione di valle con un convoglio speciale.</p>
<h3>Preoccupazione tra i commercianti</h3>
<p>⟦La chiusura arriva nel momento peggiore per le attività della zona,⟧ che contavano sulle settimane di Pasqua per recuperare una stagione invernale con poca neve. «A Pasqua facciamo da soli il venti per cento dell’incasso annuale», racconta Elena Riva, che gestisce un bar accanto alla stazione di partenza.</p>
<p>Il Comune ha chiesto alla società di organizzare un servizio di navette fino al parcheggio di Costa Alta, da cui parte un sentiero di circa un’ora per il rifugio. ⟦La proposta è ancora in fase di valutazione, anche per i costi.⟧</p>
<p>Secondo Funivie Alto Lago, l’intervento costerà circa 1,8 milioni di euro e sarà coperto in parte da un contributo regionale. I lavori di sostituzione dovrebbero durare tre settimane. ⟦Gli abbonamenti stagionali saranno prolungati di due mesi per compensare la chiusura.⟧</p>""",
    kind="news", why="local news report on cable car closure",
))

# ---------------------------------------------------------------- full-screen consent dialog before the article: Indonesian hiking guide
PAGES.append(dict(
    case="id-other-consent-pendakian", lang="id", skin="consent_fullscreen", domain="jejaknusantara.example", site="Jejak Nusantara",
    tagline="Cerita perjalanan dan panduan wisata alam",
    url="https://jejaknusantara.example/panduan-mendaki-bukit-sari-wangi-untuk-pemula/",
    h1="Panduan Mendaki Bukit Sari Wangi untuk Pemula: Rute, Biaya, dan Waktu Terbaik",
    deck="Semua yang perlu Anda ketahui sebelum mendaki Bukit Sari Wangi.",
    section="Panduan", authors=["Rizky Pratama"], byline_text="Rizky Pratama", ld_authors=["Rizky Pratama"], ld_type="BlogPosting",
    byline_html='<a href="/penulis/rizky/">Rizky Pratama</a>',
    pub="2026-03-08T07:00:00+07:00", date="8 Maret 2026", reading="5 menit baca",
    caption="⟪Kebun teh di kaki Bukit Sari Wangi saat matahari terbit.⟫ Foto: Rizky Pratama",
    bio="⟪Rizky Pratama adalah penulis perjalanan yang tinggal di Bandung.⟫ Ia sudah mendaki lebih dari 40 gunung dan bukit di Jawa Barat.",
    nav=["Beranda", "Panduan", "Cerita Perjalanan", "Kuliner", "Tentang Kami"],
    w=dict(also="Baca juga"),
    also=["⟪7 Curug Tersembunyi di Priangan Timur yang Wajib Dikunjungi⟫", "Tips Berkemah Pertama Kali Tanpa Ribet", "Jalur Sepeda Kebun Teh yang Ramah Pemula"],
    consent=dict(title="⟪Kami menghargai privasi Anda⟫", close="Tutup",
                 texts=["⟪Situs ini menggunakan cookie untuk menyesuaikan konten dan iklan⟫, menyediakan fitur media sosial, dan menganalisis lalu lintas kami. Kami juga membagikan informasi tentang penggunaan situs kami dengan mitra media sosial, periklanan, dan analisis.",
                        "Dengan mengklik “Terima semua”, Anda menyetujui penggunaan semua cookie. Anda dapat mengubah pilihan ini kapan saja melalui tautan Pengaturan Cookie di bagian bawah halaman."],
                 purposes=[("Cookie yang diperlukan", "Cookie ini dibutuhkan agar situs dapat berfungsi dan tidak dapat dimatikan."),
                           ("Cookie analitik", "Membantu kami memahami bagaimana pengunjung menggunakan situs."),
                           ("Cookie iklan", "Digunakan untuk menampilkan iklan yang relevan dengan minat Anda.")],
                 vendors="Kebijakan privasi", buttons=("Simpan pilihan", "Tolak", "Terima semua")),
    footer="⟪© 2026 Jejak Nusantara. Hak cipta dilindungi undang-undang.⟫",
    body="""<p>⟦Bukit Sari Wangi adalah salah satu jalur pendakian paling ramah pemula di kawasan Priangan Timur.⟧ Dengan ketinggian sekitar 1.450 meter di atas permukaan laut, puncaknya bisa dicapai dalam dua sampai tiga jam berjalan santai, dan dari atas Anda bisa melihat hamparan kebun teh serta, pada pagi yang cerah, tiga gunung sekaligus.</p>
<h2>Rute pendakian</h2>
<p>Ada dua jalur resmi. Jalur Cibeureum dimulai dari desa dengan nama yang sama dan melewati kebun teh sebelum masuk ke hutan pinus. ⟦Jalur ini lebih landai dan cocok untuk keluarga dengan anak-anak.⟧ Jalur Pasir Angin lebih pendek, tetapi tanjakannya curam dan licin setelah hujan.</p>
<h2>Biaya dan perizinan</h2>
<p>Tiket masuk kawasan sebesar Rp15.000 per orang pada hari kerja dan Rp20.000 pada akhir pekan. Parkir motor Rp5.000, mobil Rp10.000. ⟦Pendaki yang ingin berkemah di area puncak wajib mendaftar di pos jaga⟧ dan membayar Rp25.000 per tenda.</p>
<h2>Waktu terbaik</h2>
<p>Musim kemarau, antara Juni dan September, adalah waktu paling nyaman untuk mendaki. Berangkatlah sebelum pukul enam pagi agar bisa menikmati matahari terbit dan turun sebelum kabut datang sekitar pukul sebelas.</p>
<h2>Yang perlu dibawa</h2>
<ul><li>Air minum minimal 1,5 liter per orang</li><li>⟦Jaket tipis atau jas hujan, karena cuaca cepat berubah⟧</li><li>Sepatu dengan sol bergerigi</li><li>Kantong sampah: semua sampah wajib dibawa turun</li></ul>
<p>Terakhir, hormati warga dan aturan setempat. ⟦Jalur ini tetap bersih karena pendaki menjaganya, dan begitulah seharusnya.⟧</p>""",
    kind="other", why="hiking guide with route, fees and packing list",
))
