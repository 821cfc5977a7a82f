"""Infinite scroll (en, pl), AMP (es, tr), print version (de, nl)."""

PAGES = []

# ---------------------------------------------------------------- infinite scroll: an opinion column, the next story (news) appended with its own <h1>
PAGES.append(dict(
    case="en-opinion-scroll-ferry", lang="en", skin="scroll_wp", domain="harbourledger.example", site="The Harbour Ledger",
    url="https://www.harbourledger.example/opinion/2026/03/09/the-island-ferry-is-a-road-its-time-we-funded-it-like-one/",
    h1="The island ferry is a road. It’s time we funded it like one",
    deck="Every winter the Skerry Sound service is cut to save money. Islanders pay for that saving in missed shifts and lost jobs.",
    section="Opinion", type="Column", authors=["Maeve Donnelly"], byline_text="By Maeve Donnelly", ld_authors=["Maeve Donnelly"],
    ld_type="OpinionNewsArticle", ld_section="Opinion", meta_section="Opinion",
    pub="2026-03-09T06:00:00-04:00", date="March 9, 2026", strip_date="Monday, March 9, 2026",
    nav=["News", "Opinion", "Business", "Sports", "Arts", "Obituaries"], footer_nav=["About us", "Contact", "Advertise", "Privacy policy", "Terms of use"],
    footer="© 2026 The Harbour Ledger. All rights reserved.",
    newsletter="⟪Get the Ledger’s morning briefing in your inbox⟫",
    caption="⟪The MV Lady Anne at the Port Ellery terminal in January.⟫ Colin Reyes/The Harbour Ledger",
    tags=["Carrick Island", "Ferries", "Transportation"],
    most_read=["⟪Fire crews called to blaze at former cannery on Wharf Street⟫", "High school hockey: Port Ellery wins regional final", "Where to find the best fish chowder this winter"],
    body="""<p>⟦Nobody on the mainland would accept a bridge that closed at six in the evening from November to March.⟧ Yet that is, in effect, what we ask of the 2,300 people who live on Carrick Island. When the winter timetable starts, the last sailing from Port Ellery leaves at 5:40 p.m., and the Sunday service disappears altogether.</p>
<p>The provincial transport department describes this as a seasonal adjustment. The ferry runs nearly empty on winter evenings, the argument goes, so it makes sense to tie it up and save the fuel. On a spreadsheet, that is true. On the island, it means a nurse who works the late shift at Port Ellery General cannot get home, and a teenager with a Saturday job in town has to turn it down.</p>
<h2>Counting the wrong thing</h2>
<p>⟦The problem is that we measure the ferry the way we would measure a bus route that competes with cars.⟧ We count passengers per sailing and call the quiet ones wasteful. But for the island there is no alternative route. The ferry is the road, and roads are not judged by how many cars use them at ten at night.</p>
<p>Think of the county road out to Bell Harbour. It carries a few dozen vehicles after dark in winter. Nobody proposes closing it at six. We plough it, we light it, and we treat the cost as the price of having a community there at all. ⟦Carrick Island deserves the same logic, and it would cost less than people assume.⟧</p>
<p>The department’s own figures, released last autumn, put the saving from the winter cuts at about $410,000 a year. That is real money, but it is less than a tenth of what the province spent resurfacing a single stretch of Highway 7 last summer. Spread across the whole ferry budget, it is a rounding error.</p>
<h2>A modest fix</h2>
<p>⟦What islanders have asked for is not extravagant.⟧ Keep one evening sailing at 9 p.m. year-round. Restore a reduced Sunday service, even if it is only two return trips. And publish the sailing numbers route by route, so that the next time someone wants to make a cut, the public can see what is being traded away.</p>
<p>There is also a longer-term question. The Lady Anne is 41 years old and the province has been promising a replacement since 2019. A new vessel with a smaller crew requirement would make late sailings cheaper to run. Every year of delay makes the current arrangement look more expensive than it needs to be.</p>
<p>I grew up crossing that stretch of water, and I know the romance of the ferry is easy to overstate. ⟦But a place stays alive only if people can reach it when they need to, not just when it suits the timetable.⟧</p>""",
    next=dict(url="https://www.harbourledger.example/news/2026/03/08/council-approves-night-bus-trial-on-three-port-ellery-routes/",
              section="Local News", h="⟪Council approves night bus trial on three Port Ellery routes⟫",
              dek="Buses will run until 1 a.m. on weekends from May, if drivers can be found.",
              author="Owen Pritchard", pub="2026-03-08T17:20:00-04:00", date="March 8, 2026",
              caption="A Port Ellery Transit bus on Harbour Road. Owen Pritchard/The Harbour Ledger",
              tags=["Port Ellery", "Transit", "City council"],
              most_read=["Fire crews called to blaze at former cannery on Wharf Street", "Ferry terminal parking rates to rise in April", "Letters: The library deserves better"],
              body="""<p>⟪Port Ellery council voted 7–2 on Tuesday to run late-night buses on three routes⟫ for a six-month trial starting in May. The buses will run until 1 a.m. on Thursdays, Fridays and Saturdays on routes 2, 5 and 11, which together serve the downtown core, the hospital and the Northside housing estates.</p>
<p>Councillor Anita Roy, who proposed the trial, said hospitality workers had been asking for later service for years. “People finish a shift at midnight and then pay for a taxi that costs half of what they earned that evening,” she said.</p>
<p>The two councillors who voted against the plan questioned whether the transit authority could hire enough drivers. The authority said it had eleven vacancies but expected to fill them before May.</p>
<p>⟪The trial is expected to cost about $180,000, funded from the transit reserve.⟫ Staff will report back to council in November with ridership figures and a recommendation on whether to make the service permanent.</p>"""),
    kind="opinion", why="signed column arguing for year-round evening ferry service",
))

# ---------------------------------------------------------------- infinite scroll: Polish city news, the next story (a column) appended with an <h2>
PAGES.append(dict(
    case="pl-news-scroll-tramwaj", lang="pl", skin="scroll_portal", domain="gazeta-nadwislanska.example", site="Gazeta Nadwiślańska",
    url="https://gazeta-nadwislanska.example/wiadomosci/tramwaj-na-mlynowke-pojedzie-dopiero-jesienia/ar/c1-18324571",
    h1="Tramwaj na Młynówkę pojedzie dopiero jesienią. Wykonawca trafił na rury, których nie było na mapach",
    deck="Budowa nowej trasy tramwajowej opóźni się co najmniej o pół roku. Miasto na razie nie nalicza kar.",
    rubric="Komunikacja", authors=["Marta Kowalczyk"], byline_text="Marta Kowalczyk", ld_authors=["Marta Kowalczyk"], role="dziennikarka",
    pub="2026-03-10T14:25:00+01:00", date="10 marca 2026, 14:25", read="4 min czytania", ncomments="38",
    ld_section="Wiadomości",
    nav=["Wiadomości", "Komunikacja", "Sport", "Kultura", "Praca", "Nieruchomości", "Ogłoszenia"],
    footer_nav=["Regulamin", "Polityka prywatności", "Reklama", "Kontakt z redakcją"], footer="© 2026 Gazeta Nadwiślańska sp. z o.o.",
    caption="⟪Budowa torowiska przy ulicy Kolejowej. Fot. Jan Wierzbicki⟫",
    tags=["tramwaj", "Młynówka", "ZTM", "inwestycje"],
    read_also=["⟪Nowy rozkład jazdy od kwietnia. Sprawdź, co się zmieni na twojej linii⟫", "Parking przy dworcu znów płatny", "Radni chcą tańszych biletów dla seniorów"],
    newsletter="⟪Najważniejsze wiadomości z miasta codziennie o 7:00⟫",
    body="""<p>⟦Pierwsze tramwaje na nowej trasie na Młynówkę nie pojadą w maju, jak zapowiadał ratusz.⟧ Zarząd Transportu Miejskiego przyznał we wtorek, że termin zakończenia budowy przesunie się co najmniej o pół roku, najpewniej na październik.</p>
<p>Jak wyjaśnia rzeczniczka ZTM Agnieszka Lis, wykonawca natrafił pod ulicą Kolejową na niezinwentaryzowane rury ciepłownicze i kable telekomunikacyjne, których nie było na żadnej mapie. – Każdą taką kolizję trzeba uzgodnić z właścicielem sieci, a to trwa tygodniami – mówi Lis.</p>
<h2>Kary dla wykonawcy?</h2>
<p>⟦Umowa przewiduje kary umowne za każdy dzień opóźnienia, ale miasto na razie ich nie nalicza.⟧ Urzędnicy chcą najpierw ustalić, które z problemów wynikały z błędów w dokumentacji przygotowanej jeszcze przed przetargiem. Jeśli winna okaże się dokumentacja, kary mogą w ogóle nie zostać nałożone.</p>
<p>Radni opozycji nie kryją irytacji. – Od dwóch lat słyszymy, że wszystko idzie zgodnie z planem. Mieszkańcy Młynówki stoją w korkach i płacą za to swoim czasem – mówi radny Paweł Zieliński.</p>
<p>Budowa trasy kosztuje 214 mln zł, z czego ponad połowę pokrywają fundusze unijne. ⟦Według ZTM opóźnienie nie zagraża dofinansowaniu, bo pieniądze trzeba rozliczyć dopiero do końca 2027 roku.⟧</p>
<p>Do czasu uruchomienia tramwaju mieszkańców nowego osiedla nadal będą wozić autobusy linii zastępczej 713, które od kwietnia mają kursować co 10 minut w godzinach szczytu. ⟦ZTM zapowiada też dodatkowe kursy w weekendy, gdy na Młynówkę zjeżdżają klienci nowego parku handlowego.⟧</p>""",
    next=dict(url="https://gazeta-nadwislanska.example/opinie/felieton-miasto-to-nie-parking/ar/c1-18324102",
              rubric="Felieton", h="⟪Miasto to nie parking⟫", author="Tomasz Wrona", role="felietonista", date="10 marca 2026, 06:00", read="3 min czytania",
              lead="Co roku wraca ten sam spór o miejsca postojowe. Czas powiedzieć głośno, komu służy ulica.",
              caption="Ulica Długa w sobotnie przedpołudnie. Fot. Tomasz Wrona", tags=["felieton", "parkowanie"], ncomments="112",
              body="""<p>⟪Co roku wiosną wraca ten sam spór: czy zwężać ulice, żeby zrobić miejsce na drzewa i rowery.⟫ I co roku słyszę, że bez parkingu pod sklepem handel upadnie, a miasto się wyludni.</p>
<p>Tymczasem właściciele kawiarni na Długiej, gdzie dwa lata temu zlikwidowano połowę miejsc postojowych, mówią coś zupełnie innego. Ruch pieszy wzrósł, a ogródki, które stanęły na dawnych parkingach, są pełne od maja do września.</p>
<p>⟪Miasto, które oddaje każdy metr samochodom, przestaje być miastem, a staje się parkingiem z blokami.⟫</p>"""),
    kind="news", why="city news report on tram line construction delay",
))

# ---------------------------------------------------------------- AMP: a Spanish product review
PAGES.append(dict(
    case="es-other-amp-plegable", lang="es", skin="amp", domain="pedalyciudad.example", site="Pedal y Ciudad", color="#0b6e4f",
    url="https://pedalyciudad.example/pruebas/kuro-f2-bicicleta-electrica-plegable/",
    h1="Probamos la Kuro F2: una plegable eléctrica ligera que pide algo de paciencia en las cuestas",
    deck="Tres semanas de uso diario con una bicicleta de 16 kilos que cabe bajo la mesa de la oficina. Lo bueno, lo mejorable y para quién tiene sentido.",
    category="Pruebas", secpath="pruebas", authors=["Lucía Ferrer"], byline_text="Por Lucía Ferrer", ld_authors=["Lucía Ferrer"], ld_type="Review",
    byline_html='Por <a href="https://pedalyciudad.example/autor/lucia-ferrer/">Lucía Ferrer</a>',
    pub="2026-03-11T09:30:00+01:00", date="11 de marzo de 2026", reading="6 min de lectura",
    hero_caption="La Kuro F2 plegada, junto a una mesa de oficina. Foto: Pedal y Ciudad",
    nav=["Pruebas", "Noticias", "Guías de compra", "Movilidad urbana", "Contacto"],
    w=dict(ad="Publicidad", close="Cerrar menú", follow="Síguenos en redes", menu="Abrir menú", share="Compartir este artículo",
           full="Ver versión completa", top="Volver arriba"),
    accordion=[("Artículos relacionados", ["⟪Guía de compra: las mejores bicis plegables por menos de 1.500 euros⟫", "⟪Cómo llevar la bici en el tren de cercanías sin multas⟫", "Probamos el casco plegable Fold One"]),
               ("Lo más leído", ["Madrid amplía los carriles bici de la Castellana", "Cinco candados que resisten una radial"])],
    footer="⟪© 2026 Pedal y Ciudad. Todos los derechos reservados.⟫",
    body="""<p>⟦Durante tres semanas hemos usado la Kuro F2 como única bicicleta para ir al trabajo,⟧ hacer recados y subir, con algo más de esfuerzo del esperado, las cuestas del barrio. Es una plegable eléctrica de 16 kilos que promete caber debajo de una mesa de oficina y recorrer hasta 60 kilómetros con una sola carga.</p>
<p>La primera impresión es buena. El cuadro de aluminio está bien rematado, las soldaduras son limpias y el mecanismo de plegado se aprende en un par de intentos. Plegada ocupa 80 por 65 centímetros, lo justo para el maletero de un coche pequeño o el rincón de un vagón de cercanías.</p>
[[IMG|⟪El mecanismo de plegado, en tres pasos. Foto: Lucía Ferrer⟫]]
<h2>Motor y autonomía</h2>
<p>⟦El motor trasero de 250 vatios es silencioso, pero se queda corto en pendientes largas.⟧ En la subida de la calle del Pilar, con un 9 % de desnivel, tuvimos que bajar a la marcha más corta y pedalear con ganas. En llano, en cambio, la asistencia es suave y llega sin tirones.</p>
<p>La autonomía real depende mucho del modo elegido. En el nivel intermedio hicimos 41 kilómetros antes de que la batería pidiera carga, bastante lejos de los 60 anunciados, que solo se alcanzan en el modo más bajo y en terreno plano. La carga completa tarda cuatro horas y media.</p>
[[AD]]
<h2>Lo que no nos ha convencido</h2>
<p>⟦Las ruedas de 16 pulgadas transmiten cada bache del adoquín,⟧ y a partir de media hora se nota en las muñecas. Los frenos de disco mecánicos cumplen, aunque requieren ajuste frecuente. Echamos de menos un portabultos de serie: se vende aparte por 45 euros.</p>
<p>Tampoco la pantalla está a la altura del precio. Se lee mal a pleno sol y no indica la autonomía restante en kilómetros, solo con cinco rayas que bajan de golpe.</p>
[[AD]]
<h2>Veredicto</h2>
<p>Por 1.390 euros, la Kuro F2 es una buena opción para quien combina bici y tren y vive en una ciudad llana. ⟦Si tu trayecto incluye cuestas largas, conviene probar antes un modelo con motor central.⟧</p>""",
    exclude=["figcaption*", "amp-ad*"],
    kind="other", why="hands-on product review of an electric folding bike",
))

# ---------------------------------------------------------------- AMP (⚡): a Turkish column, opinion by voice only
PAGES.append(dict(
    case="tr-opinion-amp-sahil", lang="tr", skin="amp", amp_attr="⚡", domain="egepostasi.example", site="Ege Postası", color="#b3131b",
    url="https://www.egepostasi.example/sahil-herkesindir-tel-orguler-kalkmali-218734h.htm",
    h1="Sahil herkesindir, tel örgüler kalkmalı",
    deck="Koylarımız birer birer kapanıyor. Yasa açık, eksik olan denetim.",
    category="Gündem", secpath="gundem", authors=["Deniz Aksoy"], byline_text="Deniz Aksoy", ld_authors=["Deniz Aksoy"],
    byline_html='<a href="https://www.egepostasi.example/deniz-aksoy/">Deniz Aksoy</a>',
    pub="2026-03-12T08:00:00+03:00", date="12 Mart 2026 08:00",
    hero_caption="Kumburnu koyuna giden yoldaki tel örgü.",
    nav=["Gündem", "Ekonomi", "Yaşam", "Spor", "Yazarlar", "Künye"],
    bio="⟪Deniz Aksoy, 1978’de İzmir’de doğdu. Kent ve çevre hakları üzerine yazıyor.⟫",
    w=dict(ad="Reklam", close="Menüyü kapat", follow="Bizi takip edin", menu="Menü", share="Paylaş", full="Tam sürümü görüntüle", top="Yukarı çık"),
    accordion=[("Yazarın diğer yazıları", ["⟪Zeytinlikler neden korunmalı?⟫", "⟪Otobüs durağında bir saat⟫", "Belediye bütçesini kim okuyor?"]),
               ("Çok okunanlar", ["Körfez’de deniz suyu sıcaklığı rekor kırdı", "Yeni tramvay hattı için ihale tarihi belli oldu"])],
    footer="⟪© 2026 Ege Postası. Tüm hakları saklıdır.⟫",
    body="""<p>⟦Geçen pazar sabahı Kumburnu koyuna yürüdüğümde karşıma yeni bir tel örgü çıktı.⟧ Üzerinde “Özel plaj – girilmez” yazan bir levha asılıydı. Çocukluğumdan beri yüzdüğüm, ailemle piknik yaptığım bu koy, bir gecede bir plaj kulübünün arka bahçesine dönüşmüştü.</p>
<p>Bu bir istisna değil. Son beş yılda ilçemizde en az on iki koyun girişi ya kapatıldı ya da ücretli hâle getirildi. İşletmeler yasal olarak kıyıdan belli bir mesafede kalmak zorunda, ama bu mesafeye uyan pek yok. Tel örgü denize kadar iniyor, şezlonglar kumun son metresine kadar diziliyor.</p>
<p>⟦Kıyı Kanunu açık: deniz kenarı herkesin eşit ve serbest yararlanmasına açıktır.⟧ Yasa bunu söylüyor, ama uygulanması belediyeye ve valiliğe kalıyor. Şikâyet dilekçeleri aylarca bekliyor, denetim geldiğinde ise sezon çoktan bitmiş oluyor.</p>
[[AD]]
<p>İşletmecilerin de bir derdi olduğunu biliyorum. Kiralar yüksek, sezon kısa, turist her yıl daha az harcıyor. Ama bu sorunların çözümü, yerel halkın denize ulaşma hakkını elinden almak olamaz. Bir otel sahibinin kira borcu, bir emeklinin sabah yüzmesinden daha önemli değil.</p>
<p>⟦Belediyenin yapması gereken şey aslında çok basit.⟧ Her koyun girişini haritada gösteren bir liste yayımlasın, kapatılan yolları yeniden açsın ve kuralı çiğneyen işletmelerin ruhsatını askıya alsın. Vatandaşların fotoğraf ve konum göndererek ihlal bildirebileceği bir uygulama da zor değil; başka ilçeler bunu çoktan yaptı.</p>
[[IMG|⟪Kumburnu koyu, tel örgü çekilmeden önce. Fotoğraf: Okur arşivi⟫]]
<p>Denizi atalarımızdan miras almadık, çocuklarımızdan ödünç aldık, derler. Bu söz biraz eskimiş olabilir, ama hâlâ doğru. ⟦O tel örgüler bu yaz kalkmazsa, gelecek yaz bir koy daha kaybedeceğiz.⟧</p>""",
    exclude=["figcaption*", "amp-ad*"],
    kind="opinion", why="signed column arguing closed beaches must be reopened",
))

# ---------------------------------------------------------------- print version: a German commentary
PAGES.append(dict(
    case="de-opinion-print-baenke", lang="de", skin="print_modern", domain="weserland-zeitung.example", site="Weserland Zeitung",
    url="https://www.weserland-zeitung.example/meinung/kommentar-die-innenstadt-braucht-baenke-nicht-verbotsschilder-a-8821473.html",
    title_tag="Kommentar: Die Innenstadt braucht Bänke, nicht noch mehr Verbotsschilder – Druckversion – Weserland Zeitung",
    h1="Die Innenstadt braucht Bänke, nicht noch mehr Verbotsschilder", kicker="Kommentar",
    deck="Die Stadt hat in der Obernstraße sieben Sitzbänke abbauen lassen. Das ist die falsche Antwort auf ein echtes Problem.",
    authors=["Jana Albers"], byline_text="Ein Kommentar von Jana Albers", ld_authors=["Jana Albers"], ld_type="OpinionNewsArticle", meta_section="Meinung",
    pub="2026-03-06T18:30:00+01:00", date="06.03.2026, 18:30 Uhr",
    w=dict(print="⟪Seite drucken⟫", close="⟪Fenster schließen⟫", links="⟪Links in diesem Artikel:⟫", url="URL dieses Artikels:"),
    links=["⟪https://www.weserland-zeitung.example/lokales/leerstand-in-der-innenstadt-steigt-weiter-a-8810032.html⟫",
           "https://www.weserland-zeitung.example/region/oldenstedt-fussgaengerzone-umbau-a-8754120.html"],
    footer="⟪© Weserland Zeitung 2026 – Alle Rechte vorbehalten.⟫ Vervielfältigung nur mit Genehmigung der Weserland Zeitung GmbH.",
    body="""<p>⟦Wer in diesen Wochen durch die Obernstraße geht, kann sich kaum noch hinsetzen.⟧ Die Stadt hat im Februar sieben der letzten zwölf Holzbänke abbauen lassen, angeblich weil sie „Treffpunkte für unerwünschtes Verhalten“ geworden seien. Stattdessen hängen dort nun Schilder, die das Sitzen auf Treppenstufen und Blumenkübeln verbieten.</p>
<p>Man muss nicht lange nachdenken, um zu sehen, wen diese Entscheidung trifft. Nicht die Jugendlichen, über die sich einige Geschäftsleute beschwert hatten – die ziehen einfach weiter. Es trifft die ältere Dame mit dem Rollator, die zwischen Apotheke und Markt eine Pause braucht. Es trifft Eltern mit kleinen Kindern und alle, die nicht mehr gut zu Fuß sind.</p>
<p>⟦Eine Innenstadt, in der man sich nicht ausruhen kann, ist eine Innenstadt, durch die man nur noch hindurchgeht.⟧ Genau das aber kann sich die Obernstraße nicht leisten. Seit Jahren klagt der Einzelhandel über sinkende Besucherzahlen, der Leerstand liegt laut Stadtmarketing bei fast 14 Prozent [1]. Wer Menschen zum Bleiben bewegen will, muss ihnen einen Ort zum Bleiben geben.</p>
<p>Die Verwaltung verweist auf Beschwerden über Lärm und Müll. Die gibt es, und sie sind ernst zu nehmen. ⟦Aber die Antwort auf Müll sind Mülleimer und Reinigung, nicht das Abschrauben von Sitzgelegenheiten.⟧ Andere Städte haben vorgemacht, wie es geht: Oldenstedt hat seine Fußgängerzone mit mehr Bänken, mehr Bäumen und einem Quartiersmanager ausgestattet, der ansprechbar ist, wenn es Konflikte gibt [2].</p>
<p>Der Bauausschuss berät am kommenden Dienstag über die Gestaltung der Innenstadt. Er sollte die Gelegenheit nutzen, den Abbau rückgängig zu machen und ein Konzept vorzulegen, das den Namen verdient. ⟦Bänke kosten wenig, und sie sagen viel darüber, für wen eine Stadt gebaut ist.⟧</p>""",
    kind="opinion", why="signed local commentary against removing benches, labelled Kommentar",
))

# ---------------------------------------------------------------- print version (table layout): a Dutch recipe
PAGES.append(dict(
    case="nl-other-print-erwtensoep", lang="nl", skin="print_table", domain="keukenpraat.example", site="Keukenpraat",
    url="https://www.keukenpraat.example/recepten/soepen/erwtensoep-zoals-oma-hem-maakte",
    h1="Erwtensoep zoals oma hem maakte", kicker="Recepten › Soepen",
    deck="Dik, vol en met rookworst: het klassieke winterrecept, stap voor stap.",
    authors=["Sanne de Vries"], byline_text="Door Sanne de Vries", ld_authors=["Sanne de Vries"], ld_type="Recipe",
    pub="2026-02-14T10:00:00+01:00", date="14 februari 2026", recipe_meta="Bereidingstijd: 2 uur 30 min · 6 personen",
    w=dict(print="⟪Deze pagina afdrukken⟫", close="⟪Venster sluiten⟫", links="⟪Links in dit recept:⟫", url="Adres van dit recept:"),
    links=["⟪https://www.keukenpraat.example/recepten/brood/roggebrood-met-katenspek⟫"],
    footer="⟪Keukenpraat © 2026 – Recepten mogen niet zonder toestemming worden overgenomen.⟫",
    body="""<p>⟦Een goede erwtensoep moet zo dik zijn dat de lepel erin blijft staan.⟧ Dat zei mijn oma altijd, en ze had gelijk. Dit is haar recept, met een paar kleine aanpassingen: ik gebruik wat minder zout en voeg aan het eind een scheutje appelazijn toe, dat maakt de smaak frisser.</p>
<p>Reken op een middag koken. De soep wordt het lekkerst als je hem een dag van tevoren maakt en laat staan; de volgende dag is hij dikker en voller van smaak.</p>
<p>Gedroogde spliterwten hoeven tegenwoordig niet meer te weken, maar kijk wel even op de verpakking. Oudere erwten hebben soms langer nodig om zacht te worden; reken dan op een extra halfuur kooktijd en houd genoeg water bij de hand.</p>
<h2>Ingrediënten (voor 6 personen)</h2>
<ul><li>⟦500 gram gedroogde spliterwten⟧</li><li>2 liter water</li><li>1 runderbouillonblokje</li><li>250 gram speklappen</li><li>1 prei</li><li>1 winterpeen</li><li>een halve knolselderij</li><li>2 aardappelen</li><li>1 ui</li><li>1 rookworst</li><li>een bosje selderijblad</li></ul>
<h2>Bereiding</h2>
<ol><li>Spoel de spliterwten af in een vergiet en breng ze met het water en de speklappen aan de kook. Schep het schuim eraf.</li><li>Laat ongeveer een uur zachtjes koken, tot de erwten uit elkaar beginnen te vallen.</li><li>⟦Snijd intussen de prei, peen, knolselderij, aardappelen en ui in kleine blokjes.⟧</li><li>Voeg de groenten en het bouillonblokje toe en laat nog 45 minuten koken. Roer regelmatig, want de soep brandt snel aan.</li><li>Haal de speklappen eruit, snijd ze in reepjes en doe ze terug in de pan. Leg de rookworst de laatste twintig minuten in de soep om warm te worden.</li><li>⟦Breng op smaak met peper, zout en eventueel een scheutje appelazijn.⟧ Strooi er fijngesneden selderijblad over.</li></ol>
<h2>Tip</h2>
<p>Erwtensoep kun je prima invriezen in porties. Lekker erbij is roggebrood met katenspek [1], de klassieke combinatie. ⟦Ontdooi de soep langzaam en voeg een klein beetje water toe als hij te dik is geworden.⟧</p>""",
    kind="other", why="recipe with ingredients and steps, print version",
))
