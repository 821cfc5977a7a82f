"""Live blogs (nl, ko), photo galleries (ja, es), video pages with transcripts (de, id)."""

PAGES = []

# ---------------------------------------------------------------- live blog, newest first, key points box (Dutch)
PAGES.append(dict(
    case="nl-news-liveblog-storm", lang="nl", skin="liveblog_nl", domain="noordkust.example", site="Dagblad Noordkust",
    url="https://www.noordkust.example/nieuws/live-storm-wendela-treinverkeer-in-het-noorden-stilgelegd~a4821907/",
    h1="LIVE | Storm Wendela: treinverkeer in het noorden stilgelegd, code oranje tot vanavond",
    deck="Zware windstoten langs de kust en in het binnenland. Volg hier de laatste ontwikkelingen.",
    section="Binnenland", authors=["Femke Bakker", "Joris Smit"], byline_text="Femke Bakker en Joris Smit",
    pub="2026-02-17T06:12:00+01:00", mod="2026-02-17T15:40:00+01:00", end="2026-02-17T23:00:00+01:00",
    meta_line="17 februari 2026, 06:12 · Laatste update: 15:40", new_posts="⟪3 nieuwe berichten⟫",
    nav=["Nieuws", "Regio", "Sport", "Economie", "Cultuur", "Puzzels"],
    keypoints=["⟦Code oranje geldt tot 22.00 uur voor de hele kuststrook en de eilanden.⟧",
               "Geen treinen ten noorden van Zwaagbrug tot minstens 18.00 uur.",
               "Ruim 6.000 huishoudens zaten rond het middaguur zonder stroom.",
               "De hoogste windstoot, 124 kilometer per uur, werd gemeten in Noordersluis."],
    entries=[
        ("15:40", "Code oranje verlengd tot 22.00 uur", "<p>⟦De weerdienst heeft code oranje voor de kuststrook en de eilanden verlengd tot 22.00 uur vanavond.⟧ In de loop van de avond neemt de wind langzaam af, maar aan zee blijven windstoten tot 110 kilometer per uur mogelijk.</p>"),
        ("14:52", "Veerdienst naar Vlieroog vaart weer", "<p>De veerboten tussen Noordersluis en Vlieroog varen sinds 14.30 uur weer volgens de dienstregeling. Reizigers die vanochtend niet konden vertrekken, mogen met hun ticket van vandaag op elke afvaart mee.</p>"),
        ("14:10", "Boom op rijdende auto in Westerkaag", "<p>Aan de Dorpsweg in Westerkaag is een boom op een rijdende auto gevallen. ⟦De bestuurder raakte lichtgewond en is ter controle naar het ziekenhuis gebracht.⟧ De weg is afgesloten tot de boom is weggehaald.</p><div class=\"embed embed--x\"><blockquote class=\"x-post\"><p>⟪Boom over de Dorpsweg, brandweer is onderweg. Rij hier niet langs!⟫</p>— Politie Westerkaag (@politiewesterkaag) <a href=\"https://x.example/politiewesterkaag/status/1891\">17 februari 2026</a></blockquote></div>"),
        "AD",
        ("13:25", "Duizenden huishoudens zonder stroom", "<p>Netbeheerder Kustnet meldt dat ruim 6.000 huishoudens zonder stroom zitten, vooral in de dorpen rond Dijkhuizen. Monteurs kunnen door de harde wind niet overal bij de kabels komen. Kustnet verwacht de meeste storingen voor het eind van de middag te hebben opgelost.</p>"),
        ("12:40", "Scholen in Dijkhuizen sturen leerlingen eerder naar huis", "<p>Drie middelbare scholen in Dijkhuizen stoppen om 13.00 uur met de lessen, zodat leerlingen nog bij daglicht naar huis kunnen fietsen. Basisscholen blijven open; ouders mogen hun kinderen eerder ophalen.</p>"),
        ("11:55", "Geen treinen ten noorden van Zwaagbrug", "<p>⟦Vervoerder NoordRail rijdt tot minstens 18.00 uur geen treinen meer ten noorden van Zwaagbrug.⟧ Op meerdere plaatsen liggen takken op het spoor en bij Oosterdijk is een bovenleiding beschadigd. Er rijden bussen, maar die zijn volgens de vervoerder vol.</p>"),
        ("10:30", "Dak waait van sporthal", "<p>In Westerkaag is een deel van het dak van sporthal De Meeuw weggewaaid. Er was op dat moment niemand in het gebouw. De brandweer heeft de omgeving afgezet.</p>"),
        ("09:15", "Windstoot van 124 kilometer per uur", "<p>Op de pier van Noordersluis is om 09.00 uur een windstoot van 124 kilometer per uur gemeten. Dat is de hoogste waarde in de regio sinds 2018.</p>"),
        ("06:12", "Goedemorgen", "<p>Goedemorgen. In dit liveblog houden we je vandaag op de hoogte van storm Wendela en de gevolgen in onze regio. ⟦Heb je schade of foto’s? Laat het ons weten via de tipknop.⟧</p>"),
    ],
    exclude=["div.embed"],
    more=["⟪Zo bereid je je huis en tuin voor op een zware storm⟫", "⟪Wie betaalt de schade na een storm? Vijf vragen⟫", "Waarom stormen steeds vaker een naam krijgen"],
    footer="⟪© 2026 Dagblad Noordkust – Alle rechten voorbehouden⟫",
    kind="news", why="live blog reporting storm disruption",
))

# ---------------------------------------------------------------- live blog (Korean), key points box, copyright line in the body container
PAGES.append(dict(
    case="ko-news-liveblog-snow", lang="ko", skin="liveblog_ko", domain="hanbit-ilbo.example", site="한빛일보",
    url="https://www.hanbit-ilbo.example/news/articleView.html?idxno=402118",
    h1="[실시간] 한빛시 대설경보…출근길 고갯길 통제·지하철 증편",
    deck="한빛시와 인근 지역에 대설경보가 내려진 가운데 출근길 교통 혼잡이 이어지고 있다.",
    authors=["김지현", "박준호"], byline_text="김지현·박준호 기자", ld_authors=["김지현", "박준호"],
    pub="2026-02-03T07:10:00+09:00", mod="2026-02-03T09:40:00+09:00", date="2026.02.03 07:10", date_mod="2026.02.03 09:40",
    nav=["정치", "경제", "사회", "지역", "문화", "스포츠", "오피니언"], new_posts="⟪새 소식 불러오기⟫",
    keypoints=["⟦오전 6시 대설경보 발령, 누적 적설량 최대 15㎝ 예상⟧", "시내 고갯길 3곳 차량 통제", "초등학교 등교 1시간 늦춰", "지하철 출근 시간대 증편 10시까지 연장"],
    entries=[
        ("09:40", "한빛시, 제설 차량 120대 추가 투입", "<p>⟦한빛시는 오전 9시 30분부터 제설 차량 120대와 인력 400여 명을 추가로 투입했다고 밝혔다.⟧ 시는 경사가 심한 이면도로를 중심으로 염화칼슘을 뿌리고 있으며, 오후까지 주요 간선도로 제설을 마칠 계획이다.</p>"),
        ("09:05", "지하철 출근 시간대 증편 연장", "<p>한빛교통공사는 출근길 혼잡을 줄이기 위해 지하철 1·2호선의 출근 시간대 증편 운행을 오전 10시까지 30분 연장했다. 공사 관계자는 “평소보다 승객이 40% 이상 많다”고 말했다.</p>"),
        "AD",
        ("08:20", "고갯길 3곳 차량 통제", "<p>⟦눈이 쌓이면서 시내 고갯길 세 곳의 차량 통행이 전면 통제됐다.⟧ 경찰은 미끄러짐 사고가 잇따르자 오전 8시부터 통제에 들어갔으며, 운전자들에게 우회도로를 이용해 달라고 당부했다.</p>"),
        ("07:45", "초등학교 등교 시간 1시간 늦춰", "<p>한빛시교육청은 관내 초등학교에 등교 시간을 1시간 늦추도록 권고했다. 중·고등학교는 학교장 재량에 따라 등교 시간을 조정할 수 있다.</p>"),
        ("07:10", "대설경보 발령…최대 15㎝", "<p>기상청은 이날 오전 6시를 기해 한빛시와 인근 지역에 대설경보를 발령했다. 오전까지 시간당 3~5㎝의 강한 눈이 내리겠고, 누적 적설량은 최대 15㎝에 이를 것으로 예상된다. ⟦기상청은 눈이 오후 늦게 그칠 것으로 내다봤다.⟧</p>"),
    ],
    copyright="⟪저작권자 © 한빛일보 무단전재 및 재배포 금지⟫",
    reporter_box="⟪김지현 기자 다른기사 보기⟫",
    popular=["⟪올해 공공요금 동결…버스·지하철 요금 그대로⟫", "한빛시립미술관, 봄 기획전 개막", "한빛FC, 개막전 3-1 승리"],
    footer="한빛일보 · 등록번호 한빛 아00123 · 발행인 이정민 · 편집인 최서연",
    kind="news", why="live blog reporting heavy snow and traffic measures",
))

# ---------------------------------------------------------------- photo gallery (Japanese): lead plus twelve captions with counters
PAGES.append(dict(
    case="ja-other-gallery-hina", lang="ja", skin="gallery_ja", domain="tabibiyori.example", site="みちのく旅日和",
    url="https://tabibiyori.example/photo/2026/03/kitakawa-hina-kaido/",
    h1="【写真12枚】城下町を彩る「ひな街道」　古い商家に眠る人形たち",
    deck="北川町の旧街道沿いの商家で、代々伝わるひな人形が公開されている。", crumb="北川町のひな街道",
    authors=["佐藤美咲"], byline_text="文・写真：佐藤美咲", ld_authors=["佐藤美咲"],
    pub="2026-03-03T10:00:00+09:00", date="2026年3月3日",
    nav=["ニュース", "旅の特集", "フォト", "グルメ", "イベント"],
    lead="<p>⟦北川町の旧街道沿いで、商家に代々伝わるひな人形を公開する「ひな街道」が開かれている。⟧江戸時代の七段飾りから子どもたちの手作りの人形まで、春を待つ城下町の表情を写真で紹介する。</p>",
    credit_first="⟪撮影：佐藤美咲⟫", credit="撮影：佐藤美咲",
    slides=["北川町の中心部、旧街道沿いに並ぶ商家では、三月三日まで家々に伝わるひな人形が公開されている。今年で二十回目を迎え、約四十軒が参加した。",
            "⟦創業百五十年の呉服店「丸屋」の座敷に飾られた七段飾り。⟧江戸時代末期のものとされ、顔立ちの細やかさに足を止める人が多い。",
            "明治期の土びな。素朴な表情と鮮やかな色使いが特徴で、かつては農家の子どもたちのために作られた。",
            "酒蔵の土間には、地元の小学生が紙粘土で作ったひな人形が並ぶ。毎年、六年生が卒業の記念に制作している。",
            "つるし飾りは、布の端切れで作った小さな袋や動物を糸でつないだもの。子どもの健やかな成長への願いが込められている。",
            "旧家の蔵で見つかったという御殿飾り。昭和の初めまで人気があった形式で、屋根付きの御殿の中に内裏びなを置く。",
            "⟦商家の女将、高橋和子さん（72）は「嫁いできた時から毎年飾っている。人形を出すと春が来たと思う」と話す。⟧",
            "街道沿いの和菓子店では、期間限定のひし餅と桜の練り切りが並ぶ。午前中で売り切れる日もあるという。",
            "町家の格子窓越しに見える人形。通りから眺められるよう、多くの家が窓辺に飾りを置いている。",
            "観光ボランティアの案内で街道を歩く人たち。ガイドツアーは一日三回、無料で参加できる。",
            "夕方になると軒先のぼんぼりに明かりがともり、街道は柔らかな光に包まれる。",
            "ひな街道は三月三日まで。⟦最終日には人形供養も行われ、古くなった人形を持ち寄る人が訪れる。⟧"],
    exclude=["p.gallery__credit*", "div.gallery__counter*"],
    related_h="関連フォト", related=["⟪【写真10枚】雪の大内宿、かやぶき屋根の冬景色⟫", "⟪桜の名所、今年の見頃はいつ？東北の開花予想⟫", "【写真8枚】港町の朝市を歩く"],
    footer="⟪© 2026 みちのく旅日和　無断転載を禁じます⟫",
    kind="other", why="photo gallery of a doll festival with captions",
))

# ---------------------------------------------------------------- photo gallery (Spanish): figures with counters, credits and ads
PAGES.append(dict(
    case="es-other-gallery-casascolgadas", lang="es", skin="gallery_es", domain="viajesconcalma.example", site="Viajes con Calma",
    url="https://viajesconcalma.example/galerias/valderroble-casas-colgadas-en-10-imagenes/",
    h1="Valderroble, el pueblo de las casas colgadas, en 10 imágenes", section="Destinos",
    deck="Un recorrido fotográfico por uno de los pueblos más singulares del interior.",
    authors=["Marta Olmedo"], byline_text="Texto y fotos: Marta Olmedo", ld_authors=["Marta Olmedo"],
    pub="2026-03-02T08:00:00+01:00", date="2 de marzo de 2026",
    nav=["Destinos", "Escapadas", "Galerías", "Rutas a pie", "Dónde dormir"],
    lead="<p>⟦Colgado sobre el cañón del río Tajuelo, Valderroble es uno de esos pueblos que se entienden mejor en imágenes.⟧ Lo recorremos de la mano del río, del mirador al casco antiguo.</p>",
    credit="⟪© Marta Olmedo / Viajes con Calma⟫", ads_after=[3, 7],
    slides=["Valderroble se asoma al cañón del río Tajuelo desde hace más de ocho siglos. Sus casas colgadas, construidas sobre la roca con vigas de madera y balcones volados, son la imagen más conocida de este pueblo de 900 habitantes.",
            "Las casas más antiguas conservan la estructura original de entramado de madera y yeso. Algunas se apoyan directamente sobre la pared del cañón, a más de cuarenta metros del agua.",
            "El puente de San Blas, de hierro rojo, une el casco antiguo con el mirador de la otra orilla. Desde allí se obtiene la vista más fotografiada del pueblo.",
            "⟦Una de las casas colgadas alberga hoy un pequeño museo etnográfico,⟧ con aperos de labranza, trajes tradicionales y una colección de fotografías de principios del siglo XX.",
            "Las calles del casco antiguo son estrechas y empinadas. Conviene llevar calzado cómodo y dejar el coche en el aparcamiento de la entrada.",
            "En la plaza Mayor, los soportales de piedra acogen cada sábado un mercado de productores con miel, queso de oveja y embutidos de la comarca.",
            "⟦La senda del río, de unos cuatro kilómetros, recorre el fondo del cañón⟧ bajo las casas colgadas. Es un paseo llano, apto para familias.",
            "Al atardecer, la piedra de las fachadas toma un color anaranjado que atrae a fotógrafos de toda la provincia.",
            "La iglesia de Santa María, gótica, se levanta en el punto más alto del pueblo. Su torre puede visitarse los fines de semana por dos euros.",
            "⟦La mejor época para visitar Valderroble es la primavera,⟧ cuando el río baja crecido y los almendros están en flor."],
    end_text="⟪Has llegado al final de la galería.⟫", next_gallery="Los faros de la costa norte, en 12 imágenes",
    more=["⟪Cinco pueblos de piedra para una escapada de otoño⟫", "Los faros de la costa norte, en 12 imágenes", "⟪Ruta por los molinos del Jalón⟫"],
    footer="© 2026 Viajes con Calma. Aviso legal · Cookies",
    exclude=["span.gal-item__credit*", "div.gal-item__counter*"],
    kind="other", why="travel photo gallery with long captions",
))

# ---------------------------------------------------------------- video page with a transcript (German local TV)
PAGES.append(dict(
    case="de-news-video-hochwasser", lang="de", skin="video", domain="elbtal-tv.example", site="Elbtal TV",
    url="https://www.elbtal-tv.example/video/hochwasser-schwarzach-pegel-sinkt-aufraeumen-in-grimmelsdorf-100.html",
    h1="Hochwasser an der Schwarzach: Pegel sinkt, in Grimmelsdorf beginnt das Aufräumen",
    deck="Nach tagelangem Regen ist der Pegel der Schwarzach unter die Warnstufe 3 gefallen.",
    section="Regionalnachrichten", authors=["Jonas Keller"], byline_text="Ein Beitrag von Jonas Keller", ld_authors=["Jonas Keller"], ld_type="NewsArticle",
    pub="2026-02-14T19:30:00+01:00", date="14.02.2026, 19:30 Uhr", dur="03:42", dur_text="3:42 Min.", iso_dur="PT3M42S",
    availability="⟪Dieses Video ist bis 14.02.2027 verfügbar.⟫",
    nav=["Nachrichten", "Regional", "Sport", "Wetter", "Mediathek"],
    w=dict(play="Video abspielen", cc="Untertitel", fs="Vollbild", share="Teilen", embed="Einbetten", transcript="Transkript", more="⟪Weitere Videos⟫"),
    desc_html="<p>⟦Nach tagelangem Regen ist der Pegel der Schwarzach in der Nacht unter die Warnstufe 3 gefallen.⟧ In Grimmelsdorf pumpen Feuerwehr und Anwohner die Keller aus.</p>",
    transcript="""<p><b>Sprecher:</b> ⟦Grimmelsdorf am Samstagmorgen.⟧ Wo vor zwei Tagen noch das Wasser kniehoch durch die Hauptstraße lief, liegt jetzt vor allem Schlamm. Die Feuerwehr pumpt seit Sonnenaufgang Keller aus, Nachbarn tragen nasse Möbel auf die Straße.</p>
<p><b>Ute Mahler, Anwohnerin:</b> Das Wasser stand bei uns einen Meter hoch im Keller. Die Heizung ist hin, die Waschmaschine auch. Aber wir sind froh, dass niemandem etwas passiert ist.</p>
<p><b>Sprecher:</b> ⟦Der Pegel der Schwarzach ist in der Nacht auf 3,10 Meter gefallen.⟧ Am Donnerstag waren es noch 4,45 Meter – der höchste Stand seit 2013. Besonders betroffen waren die Häuser in der Mühlgasse, direkt hinter dem alten Wehr.</p>
<p><b>Frank Oehme, Kreisbrandmeister:</b> Wir hatten im ganzen Landkreis rund 280 Einsätze. Die Lage entspannt sich, aber die Deiche sind durchweicht, und wir kontrollieren sie weiter rund um die Uhr.</p>
<p><b>Sprecher:</b> Der Landkreis hat eine Hotline für Betroffene eingerichtet. ⟦Wer Hilfe beim Aufräumen braucht oder Sperrmüll melden will, kann sich dort melden.⟧ Die Gemeinde stellt zudem Container auf dem Festplatz bereit.</p>
<p><b>Sprecher:</b> Für die kommenden Tage erwarten die Meteorologen nur wenig Regen. ⟦In Grimmelsdorf hoffen sie nun, dass das Schlimmste vorbei ist.⟧</p>""",
    rail=[("⟪Wetter am Wochenende: Frost in den Höhenlagen⟫", "1:58"), ("⟪Stadtrat beschließt neues Parkhaus am Bahnhof⟫", "2:31"), ("Handball: Elbtal-Füchse gewinnen Derby", "4:05")],
    footer="⟪© Elbtal TV 2026 · Impressum · Datenschutz · Barrierefreiheit⟫",
    kind="news", why="regional TV news video on flooding with transcript",
))

# ---------------------------------------------------------------- video page with a transcript (Indonesian cooking video)
PAGES.append(dict(
    case="id-other-video-soto", lang="id", skin="video", domain="dapurrumahan.example", site="Dapur Rumahan",
    url="https://dapurrumahan.example/video/resep-soto-ayam-kuning-bu-ratna",
    h1="Resep Soto Ayam Kuning Bu Ratna, Kuahnya Gurih dan Segar",
    deck="Soto ayam kuning dengan kuah kunyit yang harum, cocok untuk makan siang keluarga.",
    section="Video Resep", authors=["Ratna Wulandari"], byline_text="Oleh Ratna Wulandari", ld_authors=["Ratna Wulandari"], ld_type="Article",
    pub="2026-03-05T11:00:00+07:00", date="5 Maret 2026", dur="08:15", dur_text="8 menit 15 detik", iso_dur="PT8M15S",
    availability="⟪Tonton juga di kanal YouTube Dapur Rumahan. Jangan lupa subscribe!⟫",
    nav=["Resep", "Video", "Tips Dapur", "Menu Mingguan", "Tentang"],
    w=dict(play="Putar video", cc="Teks", fs="Layar penuh", share="Bagikan", embed="Sematkan", transcript="Transkrip video", more="⟪Video lainnya⟫"),
    desc_html="<p>⟦Soto ayam kuning ini adalah resep keluarga Bu Ratna yang selalu dimasak setiap Lebaran.⟧ Kuahnya bening kekuningan, gurih dari kaldu ayam kampung dan harum dari kunyit bakar. Resep untuk 6 porsi.</p>",
    transcript="""<p>⟦Halo, teman-teman Dapur Rumahan! Hari ini saya mau masak soto ayam kuning,⟧ resep dari ibu saya. Dulu setiap Lebaran, panci besar di rumah kami selalu berisi soto ini.</p>
<p>Pertama, kita rebus satu ekor ayam kampung dengan dua liter air. Tambahkan dua batang serai yang sudah digeprek dan empat lembar daun jeruk. Masak dengan api kecil kira-kira satu jam supaya kaldunya keluar.</p>
<p>Sambil menunggu, kita siapkan bumbu halus. Ada delapan siung bawang merah, lima siung bawang putih, tiga butir kemiri, jahe, dan kunyit. ⟦Rahasianya, kunyitnya saya bakar dulu sebentar di atas api, jadi aromanya lebih keluar.⟧</p>
<p>Tumis bumbu halus sampai harum dan matang, kira-kira lima menit. Jangan buru-buru, karena bumbu yang belum matang bikin kuah terasa langu. Setelah itu masukkan bumbu ke dalam rebusan ayam, lalu beri garam dan sedikit gula.</p>
<p>Ayamnya kita angkat, lalu kita suwir-suwir. Kuahnya biarkan mendidih pelan lima belas menit lagi supaya bumbunya meresap.</p>
<p>Untuk penyajian, siapkan mangkuk berisi soun, tauge, kol iris, dan telur rebus. Tata ayam suwir di atasnya, lalu siram dengan kuah panas. Taburi bawang goreng dan seledri, jangan lupa perasan jeruk nipis dan sambal.</p>
<p>Nah, soto ayam kuning sudah siap. ⟦Selamat mencoba, dan sampai jumpa di video berikutnya!⟧</p>""",
    rail=[("⟪Sambal Bawang Awet Seminggu, Cuma 4 Bahan⟫", "5:40"), ("⟪Cara Membuat Kaldu Ayam yang Bening⟫", "6:12"), ("Opor Ayam Putih untuk Lebaran", "9:30")],
    footer="⟪© 2026 Dapur Rumahan. Semua hak dilindungi.⟫",
    kind="other", why="recipe video page with transcript",
))
