"""Malformed markup: nested layout tables (Spanish, windows-1252), <br> and <font> soup (German,
windows-1252), uppercase tags and unclosed <P> (Italian), stray </div>s and a <noscript> copy
(Dutch), two <body>s and entities (English), frames leftovers (Indonesian), unclosed <li>/<p>
(Vietnamese)."""

PAGES = []

PAGES.append(dict(
    case="es-news-tables-granizo", lang="es", skin="nested_tables", charset="windows-1252", enc="cp1252",
    domain="heraldodelmoncayo.example", site="Heraldo del Moncayo",
    url="http://www.heraldodelmoncayo.example/noticias/comarca/2026/04/granizada-tarazona.asp",
    h1="Una granizada arrasa los frutales de la vega de Tarazona en apenas veinte minutos",
    authors=["Carmen Ruiz Alcántara"], byline_text="Carmen Ruiz Alcántara",
    byline_date_html="Carmen Ruiz Alcántara | Tarazona | Jueves, 16 de abril de 2026 - 19:45 h.",
    pub="2026-04-16", topdate="Jueves, 16 de abril de 2026",
    keywords=["granizo", "agricultura", "Tarazona", "frutales"],
    menu=["Portada", "Comarca", "Aragón", "Deportes", "Agenda", "Opinión", "Hemeroteca", "Contacto"],
    rubrics=["Tarazona", "Borja", "Ejea", "Agricultura", "Sucesos", "Cultura", "Necrológicas"],
    w=dict(sections="Secciones", top="Lo más leído", ad="Publicidad", search="Buscar", archive="Hemeroteca"),
    td_width="468",
    side=["⟪El Ayuntamiento aprueba el presupuesto de 2026⟫", "Corte de agua en el barrio de San Miguel", "El Tarazona gana al líder en el último minuto", "Fiestas del Cipotegato: programa completo"],
    right_extra="<font size=\"1\"><b>El tiempo</b><br>⟪Viernes: nubes y claros, máxima de 17 grados⟫</font>",
    after_html="<font size=\"1\">⟪Envíe sus fotos de la tormenta a fotos@heraldodelmoncayo.example⟫</font>",
    footer="&copy; Heraldo del Moncayo, S.L. 2026 &middot; ⟪Prohibida la reproducción total o parcial sin autorización⟫",
    body="""⟦Una fuerte granizada descargó el miércoles por la tarde sobre la vega de Tarazona y causó graves daños en los campos de frutales.⟧ En apenas veinte minutos cayeron piedras del tamaño de una nuez que destrozaron flores, hojas y los primeros frutos de melocotoneros, cerezos y almendros.

La tormenta comenzó hacia las 17.30 horas y afectó sobre todo a las fincas situadas entre el casco urbano y el río Queiles. Según las primeras estimaciones de la organización agraria de la comarca, ⟦los daños podrían alcanzar al 70 por ciento de la cosecha en unas 400 hectáreas.⟧

[[IMG|Granizo acumulado en una finca de cerezos, el miércoles por la tarde. Foto: J. L. Gracia]]

“Llevamos todo el invierno trabajando y en veinte minutos se ha ido todo”, lamentaba ayer Francisco Lasheras, que cultiva ocho hectáreas de melocotón en la partida de Valdeherrera. Como muchos de sus vecinos, tenía asegurada la cosecha, pero teme que la indemnización no cubra los gastos del año.

[[AD]]

Los técnicos de la compañía de seguros agrarios empezarán a visitar las parcelas la próxima semana. ⟦La organización agraria pide que las peritaciones se hagan cuanto antes, antes de que los árboles dañados pierdan el resto del fruto.⟧ También reclama al Gobierno de Aragón ayudas directas para los agricultores que no tenían seguro, en su mayoría pequeños propietarios de edad avanzada.

El granizo también provocó problemas en el casco urbano. Varias calles del barrio del Cinto quedaron cubiertas de hielo y los bomberos tuvieron que intervenir en una decena de garajes inundados. No hubo que lamentar heridos.

La Agencia Estatal de Meteorología había activado el aviso amarillo por tormentas para toda la provincia. ⟦Para los próximos días se espera un tiempo más estable, aunque con temperaturas bajas para la época.⟧""",
    kind="news", why="regional report on hailstorm damage to orchards",
))

PAGES.append(dict(
    case="de-opinion-brsoup-freibad", lang="de", skin="brsoup", charset="windows-1252", enc="cp1252",
    domain="kreisbote-hohenlohe.example", site="Kreisbote Hohenlohe",
    url="http://www.kreisbote-hohenlohe.example/kommentar/2026/freibad.htm",
    h1="Kommentar: Wer das Freibad schließt, schließt mehr als ein Becken",
    authors=["Klaus-Dieter Hambrecht"], byline_text="Von Klaus-Dieter Hambrecht",
    byline_date_html="Von Klaus-Dieter Hambrecht &ndash; Samstag, 21. März 2026",
    pub="2026-03-21", keywords=["Freibad", "Gemeinderat", "Kommentar"],
    menu=["Startseite", "Lokales", "Kommentare", "Vereine", "Sport", "Termine", "Leserbriefe", "Impressum"],
    w=dict(more="Weitere Kommentare:", search="Suchen", archive="Archiv"),
    side=["Der Busfahrplan ist kein Naturgesetz", "⟪Warum der Marktplatz Bäume braucht⟫", "Ein Lob für die Freiwillige Feuerwehr"],
    footer="⟪Kreisbote Hohenlohe &ndash; Ihre Heimatzeitung seit 1952⟫<br>⟪Diese Seite wurde optimiert für 800x600 Pixel und den Internet Explorer 5.⟫<br>⟪Sie sind Besucher Nr.⟫",
    body="""⟦Am Dienstag hat der Gemeinderat mit knapper Mehrheit beschlossen, das Freibad am Kocher nach dieser Saison nicht mehr zu öffnen.⟧ Elf Stimmen dafür, neun dagegen. Die Begründung klingt vernünftig: Das Becken ist undicht, die Technik stammt aus den siebziger Jahren, eine Sanierung würde rund vier Millionen Euro kosten. Geld, das die Gemeinde nicht hat.

Und doch ist diese Entscheidung falsch. <b>Denn wer ein Freibad schließt, schließt mehr als ein Becken.</b>

[[H|Ein Ort für alle]]

Das Freibad ist einer der wenigen Orte, an denen sich im Sommer tatsächlich alle treffen: Rentner beim Frühschwimmen, Familien mit Kleinkindern, Jugendliche, die sich am Sprungturm beweisen wollen. ⟦Hier haben Generationen von Kindern schwimmen gelernt, auch meine eigenen.⟧ Wer künftig baden will, muss nach Künzelsau fahren &ndash; mit dem Auto, denn der Bus fährt im Sommer nur alle zwei Stunden.

[[QUOTE|„Ohne das Bad hätte ich nie schwimmen gelernt“, schrieb uns eine Leserin aus Ingelfingen.]]

Gerade das Schwimmenlernen ist kein Luxus. Schon heute können viele Grundschüler nicht sicher schwimmen, weil die Hallenbäder in der Region überfüllt sind. ⟦Jedes Jahr ertrinken in Deutschland Kinder, die nie richtig schwimmen gelernt haben.⟧ Das sollte auch in einer Haushaltsdebatte zählen.

[[H|Es gäbe Alternativen]]

Andere Gemeinden haben gezeigt, dass es Wege gibt. Ein Förderverein könnte einen Teil der Kosten übernehmen, das Land fördert Sanierungen von Bädern mit bis zu 40 Prozent. Auch ein kleineres, günstigeres Becken wäre eine Möglichkeit. ⟦Nichts davon hat der Gemeinderat ernsthaft geprüft, bevor er abgestimmt hat.⟧

Noch ist es nicht zu spät. Ein Bürgerentscheid ist möglich, wenn sich genug Unterschriften finden. <i>Ich werde unterschreiben.</i> ⟦Und ich hoffe, dass viele Leserinnen und Leser es mir gleichtun.⟧""",
    kind="opinion", why="local newspaper comment against closing the open-air pool",
))

PAGES.append(dict(
    case="it-news-uppercase-frana", lang="it", skin="caps", charset="utf-8", decl="META",
    domain="eco-delle-valli.example", site="L'Eco delle Valli",
    url="http://www.eco-delle-valli.example/notizie/2026/03/frana-sp-valle.asp",
    h1="Frana sulla provinciale, isolata per due giorni la frazione di Sant'Anna",
    kicker="CRONACA &gt; VALLE STURA",
    authors=["Marco Bellandi"], byline_text="di Marco Bellandi",
    byline_date_html="di Marco Bellandi - 09/03/2026 ore 18.20",
    pub="2026-03-09", keywords=["frana", "strada provinciale", "Valle Stura"],
    menu=["Home", "Cronaca", "Politica", "Economia", "Sport", "Cultura", "Annunci", "Meteo"],
    w=dict(other="Altre notizie", search="CERCA", archive="Archivio"),
    side=["⟪Il consiglio comunale approva il bilancio⟫", "Neve in quota fino a domenica", "Fiera di primavera: il programma", "⟪Chiude dopo 40 anni la storica latteria⟫"],
    footer="L'Eco delle Valli - Settimanale di informazione locale - ⟪Registrazione Tribunale n. 12/1998⟫<BR>⟪Tutti i diritti riservati. Vietata la riproduzione.⟫",
    body="""⟦Una frana di grandi dimensioni si è staccata domenica notte dal versante sopra la strada provinciale della Valle Stura, all'altezza del chilometro 14.⟧ Circa duemila metri cubi di terra, rocce e alberi hanno invaso la carreggiata, lasciando isolata per quasi due giorni la frazione di Sant'Anna, dove vivono una sessantina di persone.

[[IMG|Il fronte della frana sulla provinciale, lunedì mattina]]

Il movimento del terreno è iniziato poco dopo le due, al termine di una settimana di piogge intense. ⟦Nessun veicolo transitava in quel momento e non ci sono feriti.⟧ A dare l'allarme è stato un residente che, sentendo un forte rumore, è uscito di casa e ha visto gli alberi scivolare verso valle.

I vigili del fuoco e i tecnici della Provincia sono arrivati all'alba. Per tutta la giornata di lunedì le ruspe hanno lavorato per liberare almeno una corsia, mentre i geologi controllavano il versante per escludere nuovi crolli.

<B>Isolati ma assistiti</B>

Durante l'isolamento, la Protezione civile ha portato a Sant'Anna viveri e medicinali con un fuoristrada, passando da una vecchia strada forestale. ⟦Il sindaco Giovanni Ferrero ha fatto visita alle famiglie e ha garantito che nessuno è rimasto senza assistenza.⟧ Due anziani che avevano bisogno di cure sono stati accompagnati in paese.

La strada è stata riaperta a senso unico alternato martedì sera, regolata da un semaforo. Resterà così almeno fino alla fine del mese, quando inizieranno i lavori per mettere in sicurezza il versante con reti e barriere paramassi.

Secondo la Provincia, l'intervento costerà circa 600 mila euro. ⟦Il sindaco chiede alla Regione lo stato di calamità per accelerare i fondi.⟧""",
    kind="news", why="local report on landslide isolating a hamlet",
))

PAGES.append(dict(
    case="nl-opinion-strays-fietspad", lang="nl", skin="strays", charset="utf-8",
    domain="stadsbladleiden.example", site="Stadsblad Leiden", section="Column",
    url="http://www.stadsbladleiden.example/column/joost-verbeek/2026/fietspad-rijnsburgerweg.html",
    h1="Het fietspad dat nergens heen leidt",
    authors=["Joost Verbeek"], byline_text="Door Joost Verbeek",
    byline_date_html="Door Joost Verbeek | woensdag 11 maart 2026",
    pub="2026-03-11", keywords=["column", "fietspad", "gemeente"],
    menu=["Home", "Nieuws", "Column", "Sport", "Uitgaan", "Agenda", "Archief"],
    w=dict(comments="Reacties (2)", other="Eerdere columns", search="Zoeken", archive="Archief"),
    side=["De parkeervergunning als statussymbool", "⟪Waarom de Breestraat nooit af is⟫", "Een ode aan de markt op zaterdag"],
    comments_html="<p><b>Ria</b>: ⟪Precies zo, ik rijd er elke dag en snap er niets van.⟫</p><p><b>Henk</b>: ⟪De gemeente zou eens zelf moeten gaan fietsen.⟫</p>",
    footer="&copy; 2026 Stadsblad Leiden | ⟪Deze site is het best te bekijken met een resolutie van 1024x768⟫",
    body="""⟦Wie vanaf het station richting Oegstgeest fietst, komt sinds januari een nieuw stuk fietspad tegen.⟧ Rood asfalt, nette witte lijnen, een heuse middenberm met jonge lindebomen. Prachtig. Alleen houdt het na driehonderd meter ineens op, midden op een kruispunt, zonder bord of uitleg.

[[COMMENT|artikel tekst start]]

Ik heb de gemeente gevraagd hoe dat zit. Het antwoord: het tweede deel van het fietspad ligt op grond van de provincie, en daarover wordt nog overlegd. Dat overleg loopt, zo begreep ik, sinds 2021. ⟦Vijf jaar praten over driehonderd meter asfalt, het is bijna een prestatie.⟧

[[SCRIPT]]

Intussen zoeken fietsers zelf hun weg. Sommigen steken schuin over naar het trottoir, anderen gaan tussen de auto's rijden. Scholieren van het lyceum, die hier 's ochtends met honderden tegelijk langskomen, doen allebei. Ik sta er af en toe te kijken, en het is een wonder dat er nog geen ongeluk is gebeurd.

[[POLL|Fietst u weleens over de Rijnsburgerweg?|Ja, dagelijks|Soms|Nooit]]

Het zou makkelijk zijn om alleen de gemeente de schuld te geven. Maar het probleem is breder. ⟦We hebben in Nederland de beste fietspaden ter wereld, en tegelijk een bestuurscultuur waarin elke meter over drie loketten verdeeld is.⟧ Gemeente, provincie, waterschap: allemaal hebben ze een stukje grond en een eigen planning.

[[COMMENT|einde tekst blok 2 - niet verwijderen]]

Een tijdelijke oplossing is niet ingewikkeld. Een paar paaltjes, wat verf, een bord dat fietsers veilig naar de overkant leidt. Dat kost een paar duizend euro en kan morgen. ⟦Daar hoeft geen provincie voor te vergaderen.⟧

Tot die tijd fiets ik er zelf elke dag langs, met een mengeling van bewondering en verbazing. ⟦Het mooiste fietspad van Leiden leidt helaas nergens heen.⟧""",
    kind="opinion", why="local column criticising an unfinished cycle path",
))

PAGES.append(dict(
    case="en-opinion-twobody-letters", lang="en", skin="twobody", charset="utf-8", decl="http-equiv",
    domain="northshiregazette.example", site="The Northshire Gazette", section="Letter of the week",
    url="http://www.northshiregazette.example/letters/2026/04/letter-of-the-week.shtml",
    h1="Letter of the week: Our caf&eacute;s are not the problem",
    authors=["Rosalind Achterberg"], byline_text="Rosalind Achterberg, Kelby",
    byline_date_html="From Rosalind Achterberg, Kelby &nbsp;|&nbsp; Friday 17 April 2026",
    pub="2026-04-17", keywords=["letters", "town centre", "parking"],
    menu=["Home", "News", "Sport", "Letters", "What&#8217;s On", "Jobs", "Contact us"],
    w=dict(more="More letters", search="Search", archive="Letters archive"),
    side=["Bring back the Sunday bus", "⟪Thank you to the hospital porters⟫", "Potholes on Mill Lane, again", "⟪Why I still read a paper newspaper⟫"],
    footer="&copy; 2026 ⟪Northshire Gazette Ltd. Letters may be edited for length.⟫ &middot; ⟪Write to letters@northshiregazette.example⟫",
    body="""⟦SIR &ndash; I read with dismay last week&#8217;s report that the council plans to charge caf&eacute; owners for the tables outside their premises.⟧ As someone who has lived on Kelby&#8217;s Market Street for thirty years, I would like to offer a different view.

When I moved here, the street was half empty. There was a bank, a shoe shop and four charity shops, and after five o&#8217;clock you would not see a soul. ⟦Today there are three caf&eacute;s, a bakery and a small wine bar, and the street is busy well into the evening.⟧ The tables on the pavement are a large part of the reason. People sit, talk and stay, and while they stay they spend money in the other shops too.

[[CDATA|ad slot 3 moved to sidebar]]

The council says the charge of &pound;400 per table each year will raise about &pound;30,000 and that pavement space is a public asset. I agree it is a public asset, and I would argue that it has never been put to better public use. ⟦For the owners of small caf&eacute;s, &#8220;just&#8221; &pound;1,600 for four tables is the difference between a good year and a bad one.⟧

Nor do I accept the argument that the tables block the pavement. I use a walking frame myself, and I have never had trouble getting past. If a few tables are in the wrong place, a polite word from the council&#8217;s officers would solve the problem without a new charge.

What really blocks the pavement, if the council would care to look, are the cars parked on it every morning outside the school, and the bins that wait there from Monday to Thursday for a collection that comes on Friday.

I hope councillors will think again, and that they will visit Market Street on a sunny afternoon before they vote. ⟦The street has found its smile again &#128512;&nbsp;&ndash; please do not take it away.⟧

[[SIGN|Rosalind Achterberg, Kelby]]""",
    kind="opinion", why="reader letter opposing charges for cafe pavement tables",
))

PAGES.append(dict(
    case="id-other-frames-penanak", lang="id", skin="frames", charset="utf-8", decl="meta",
    domain="tokoelektroniksejahtera.example", site="Toko Elektronik Sejahtera",
    url="http://www.tokoelektroniksejahtera.example/produk/rice-cooker-rc18.html",
    h1="Rice Cooker Sejahtera RC-18 (1,8 Liter) - Penanak Nasi Digital",
    authors=None, byline_text=None,
    byline_date_html="Kode produk: RC-18 &nbsp; Stok: tersedia &nbsp; Ditambahkan: 14 Maret 2026",
    pub="2026-03-14", keywords=["rice cooker", "penanak nasi", "elektronik"],
    img_note="⟪Klik gambar untuk memperbesar⟫",
    menu=["Beranda", "Dapur", "Audio", "Televisi", "Cara Belanja", "Keranjang", "Hubungi Kami"],
    w=dict(noframes="Situs ini menggunakan frame. Silakan gunakan browser yang mendukung frame.", also="Produk lain di kategori Dapur", search="Cari", archive="Arsip produk baru"),
    side=["⟪Blender Sejahtera BL-2 (1,5 Liter)⟫", "Kompor Listrik Induksi IK-1", "Dispenser Air Panas Dingin DA-5", "Oven Listrik 20 Liter OV-20"],
    footer="⟪Harga dapat berubah sewaktu-waktu tanpa pemberitahuan.⟫ &copy; 2001-2026 Toko Elektronik Sejahtera, Jl. Pemuda 88, Semarang. ⟪Pengunjung ke:⟫",
    body="""⟦Rice cooker RC-18 adalah penanak nasi digital berkapasitas 1,8 liter, cukup untuk keluarga dengan lima sampai delapan orang.⟧ Panci bagian dalam dilapisi bahan antilengket setebal 2 milimeter sehingga nasi tidak mudah gosong dan panci mudah dibersihkan.

[[H|Keunggulan produk]]

Rice cooker ini memiliki delapan menu memasak, yaitu nasi putih, nasi merah, bubur, nasi liwet, sup, kukus, kue, dan penghangat. ⟦Setiap menu mengatur suhu dan waktu memasak secara otomatis, sehingga Anda cukup menekan satu tombol.⟧ Fitur timer memungkinkan Anda mengatur jam selesai memasak hingga 24 jam sebelumnya, cocok untuk menyiapkan sarapan.

Tutup bagian atas dilengkapi katup uap yang dapat dilepas dan dicuci. Badan luar terbuat dari plastik tahan panas, sehingga aman disentuh saat memasak. Fungsi penghangat otomatis menjaga nasi tetap hangat hingga 12 jam tanpa membuatnya kering.

[[SPEC|Kapasitas=1,8 liter (10 cangkir beras)|Daya=500 watt (memasak), 60 watt (menghangatkan)|Tegangan=220 volt|Berat=3,2 kg|Garansi=1 tahun servis resmi]]

[[H|Isi kemasan]]

Dalam kotak Anda akan menemukan satu unit rice cooker, panci dalam, wadah kukus, gelas takar, centong nasi, dan buku petunjuk berbahasa Indonesia. ⟦Gunakan gelas takar yang disertakan, karena ukurannya berbeda dengan gelas biasa.⟧

[[H|Pengiriman]]

Pesanan yang masuk sebelum pukul 14.00 akan dikirim pada hari yang sama. Untuk wilayah Semarang, pengiriman gratis dengan kurir toko. ⟦Pembayaran dapat dilakukan melalui transfer bank atau bayar di tempat untuk wilayah Jawa Tengah.⟧

[[BUY|Harga: Rp 689.000|Masukkan ke keranjang]]

⟦Jika ada pertanyaan tentang produk ini, silakan hubungi layanan pelanggan kami melalui telepon.⟧""",
    kind="other", why="online shop product page for a rice cooker",
))

PAGES.append(dict(
    case="vi-other-unclosedli-rauthom", lang="vi", skin="unclosedli", charset="utf-8", decl="http-equiv",
    domain="nhavuonxanh.example", site="Nhà Vườn Xanh",
    url="http://www.nhavuonxanh.example/huong-dan/trong-rau-thom-tren-ban-cong.htm",
    h1="Cách trồng rau thơm trên ban công cho người mới bắt đầu",
    authors=["Nguyễn Thu Hà"], byline_text="Nguyễn Thu Hà",
    byline_date_html="Thứ Hai, 16/03/2026 - 08:30 | Nguyễn Thu Hà",
    pub="2026-03-16", topdate="Thứ Hai, 16/03/2026",
    keywords=["rau thơm", "ban công", "trồng rau", "hướng dẫn"],
    menu=["Trang chủ", "Rau sạch", "Hoa cảnh", "Cây ăn quả", "Hỏi đáp", "Liên hệ"],
    w=dict(comments="Ý kiến bạn đọc", other="Hướng dẫn khác", search="Tìm kiếm", archive="Lưu trữ"),
    side=["Cách làm phân hữu cơ từ rác bếp", "⟪Trồng cà chua trong chậu nhựa⟫", "Chọn đất trồng cho cây cảnh", "⟪Tưới cây tự động bằng chai nhựa⟫"],
    comments_html="<p><b>Minh Anh</b>: ⟪Mình làm theo, húng quế lên rất nhanh, cảm ơn chị!⟫<p><b>Tuấn</b>: Ban công hướng tây có trồng được không chị?",
    footer="Bản quyền &copy; 2008-2026 Nhà Vườn Xanh. ⟪Ghi rõ nguồn khi phát hành lại thông tin từ website này.⟫",
    body="""⟦Chỉ cần một góc ban công nhỏ có nắng, bạn đã có thể tự trồng rau thơm để dùng hằng ngày.⟧ Húng quế, tía tô, kinh giới hay rau răm đều là những loại dễ trồng, ít sâu bệnh và lớn nhanh, rất phù hợp với người mới bắt đầu.

[[H|Chuẩn bị chậu và đất]]

Bạn nên chọn chậu có lỗ thoát nước ở đáy, sâu khoảng 15 đến 20 cm. Chậu nhựa nhẹ và rẻ, còn chậu đất nung giúp rễ thoáng khí hơn. ⟦Đất trồng tốt nhất là hỗn hợp đất thịt, xơ dừa và phân trùn quế theo tỷ lệ bằng nhau.⟧ Nếu mua đất trộn sẵn ở cửa hàng, hãy chọn loại dành cho rau ăn lá.

[[H|Các bước gieo trồng]]

[[STEPS|Ngâm hạt giống trong nước ấm khoảng 3 đến 4 tiếng để hạt nhanh nảy mầm.|Rải hạt đều lên mặt đất, phủ một lớp đất mỏng rồi tưới nhẹ bằng bình phun sương.|Đặt chậu ở nơi có nắng buổi sáng, tránh nắng gắt buổi trưa.|Khi cây cao khoảng 5 cm, tỉa bớt những cây yếu để cây còn lại phát triển tốt.]]

[[TIP|Mẹo: Với rau răm và húng lủi, bạn có thể giâm cành thay vì gieo hạt, chỉ cần cắm cành vào đất ẩm.]]

[[H|Chăm sóc hằng ngày]]

Rau thơm cần đủ nước nhưng không chịu được úng. ⟦Hãy tưới vào sáng sớm hoặc chiều mát, mỗi ngày một lần vào mùa hè và hai ngày một lần vào mùa đông.⟧ Cứ khoảng hai tuần, bạn bón thêm một nắm phân trùn quế quanh gốc để cây xanh tốt.

Khi thu hoạch, hãy cắt phần ngọn thay vì nhổ cả cây. Cách này giúp cây ra nhiều nhánh mới và bạn có thể thu hoạch liên tục trong nhiều tháng. Nếu thấy lá vàng hoặc có rệp, hãy ngắt bỏ lá bị bệnh và phun nước tỏi pha loãng.

⟦Chúc bạn sớm có một ban công xanh mát và những bữa ăn thơm mùi rau nhà trồng.⟧""",
    kind="other", why="how-to guide for growing herbs on a balcony",
))
