"""Turkish, Russian and Ukrainian pages: a Turkish Q&A explainer, a declared Turkish opinion piece («Görüş»), a Russian
Q&A interview with an outspoken mayor, a declared Russian commentary («Комментарий») and a Ukrainian profile full of
the subject's first-person quotes."""

PAGES = []

# ---------------------------------------------------------------- Turkish explainer in questions
PAGES.append(dict(
    case="tr-news-sorucevapkira", lang="tr", skin="portal", domain="ege-haber.example", site="Ege Haber",
    url="https://www.ege-haber.example/ekonomi/soru-cevap-kira-artisinda-yeni-donem-neler-degisiyor-1129384",
    h1="Soru-cevap: Kira artışında yeni dönem, kiracıları neler bekliyor?",
    deck="Yüzde 25 sınırının kalkmasının ardından kira artışları TÜFE’ye bağlandı. Merak edilenleri derledik.",
    kicker="Soru-Cevap", authors=["Elif Aydın"], byline_text="Elif Aydın - Ekonomi Servisi",
    ld_type="NewsArticle", ld_authors=["Elif Aydın"], ld_section="Ekonomi",
    pub="2026-01-08T10:30:00+03:00", date="08.01.2026 - 10:30", nav=["Gündem", "Ekonomi", "Dünya", "Yazarlar", "Görüş", "Spor", "Yaşam", "İzmir"],
    cookie="⟪Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için çerez politikamızı inceleyebilirsiniz.⟫",
    most=["⟪İzmir’de metro seferlerine yeni düzenleme⟫", "Akaryakıta gece yarısı zam", "Göztepe deplasmanda kazandı"],
    op_box=("Yazarlar", [("Görüş", "⟪Kiracıyı kim koruyacak?⟫"), ("Köşe yazısı", "Konut krizi bir arz sorunudur")]),
    related=["Aralık ayı enflasyonu açıklandı", "İzmir’de ortalama kira 22 bin liraya yaklaştı"],
    comments=[("Mehmet K.", "08.01.2026", "⟪Ev sahibim şimdiden yüzde 60 istedi, ne yapacağım?⟫")],
    footer="⟪Ege Haber © 2026 - Tüm hakları saklıdır.⟫",
    body="""<p>⟦Konut kiralarındaki yüzde 25’lik artış sınırı uygulamasının sona ermesiyle birlikte⟧ kira artışları yeniden on iki aylık tüketici fiyat endeksi ortalamasına bağlandı. Milyonlarca kiracıyı ilgilendiren değişiklikle ilgili en çok sorulan soruları yanıtladık.</p>
<h2>Ev sahibi kirayı ne kadar artırabilir?</h2>
<p>⟦Türk Borçlar Kanunu’na göre yenilenen sözleşmelerde artış, bir önceki kira yılının TÜFE on iki aylık ortalamasını geçemez.⟧ Aralık ayında açıklanan verilere göre bu oran yüzde 41,3 oldu. Yani 20 bin lira kira ödeyen bir kiracının kirası, ocak ayında yenilenen sözleşmede en fazla 28 bin 260 liraya çıkabilir.</p>
<h2>Beş yılı dolduran kiracılar için durum farklı mı?</h2>
<p>Evet. Beş yıllık süre dolduktan sonra ev sahibi, kiranın emsal kiralara göre yeniden belirlenmesi için sulh hukuk mahkemesine başvurabilir. Bu durumda artış oranını mahkeme belirler ve TÜFE sınırı uygulanmaz.</p>
<h2>Kiracı artışı kabul etmezse ne olur?</h2>
<p>Kiracı yasal sınırın üzerindeki bir artışı ödemek zorunda değildir. Ev sahibi yalnızca bu gerekçeyle tahliye davası açamaz. Ancak uzmanlar, anlaşmazlıkların önce arabulucuya götürülmesi gerektiğini hatırlatıyor; kira uyuşmazlıklarında arabuluculuk dava şartı.</p>
<h2>Taraflar ne diyor?</h2>
<p>Kiracı dernekleri sınırın kalkmasını eleştiriyor. ⟦“Bu karar kiracıyı ev sahibinin insafına bırakmaktır”⟧ diyen Kiracılar Dayanışma Derneği Başkanı Serkan Yıldız, “Devlet kira artışını denetlemelidir” görüşünü savundu. Mülk sahipleri dernekleri ise sınırın kiraları piyasa değerinin çok altında tuttuğunu ve yeni konut arzını azalttığını öne sürüyor. “Yüzde 25 sınırı ev sahiplerini evlerini boş tutmaya itti” diyor Emlakçılar Federasyonu’ndan Nurhan Kaya.</p>
<h2>Kiralar düşecek mi?</h2>
<p>Ekonomistlerin çoğu kısa vadede düşüş beklemiyor. Sınırın kalkmasıyla birlikte eski ve yeni sözleşmeler arasındaki farkın zamanla kapanması öngörülüyor. ⟦Konut arzı artmadıkça kiraların enflasyonun üzerinde seyretmeye devam edeceği tahmin ediliyor.⟧</p>
<h2>İşyeri kiralarında da aynı kural mı geçerli?</h2>
<p>Evet, TÜFE sınırı çatılı işyeri kiraları için de uygulanıyor. Ancak tacirler arasındaki sözleşmelerde bazı istisnalar bulunduğu için hukukçular, sözleşmenin ayrıntılı incelenmesini tavsiye ediyor. Esnaf odaları da üyelerine bu konuda ücretsiz danışmanlık vereceklerini duyurdu.</p>
<h2>Sözleşme yenilenmeden önce ne yapmalı?</h2>
<p>Uzmanlar, kiracıların sözleşme tarihini, önceki yıl ödedikleri kira tutarını ve banka dekontlarını saklamalarını öneriyor. Artış talebi yazılı olarak yapılmalı; sözlü anlaşmalar ileride ispat sorunu yaratabiliyor.</p>
<h2>Devlet destek veriyor mu?</h2>
<p>Çevre ve Şehircilik Bakanlığı, düşük gelirli kiracılar için kira yardımı programının kapsamının genişletileceğini açıkladı. ⟦Başvuruların e-Devlet üzerinden alınması planlanıyor; ayrıntıların şubat ayında duyurulması bekleniyor.⟧</p>
<p>Kira sözleşmenizle ilgili sorularınızı ekonomi servisimize iletebilirsiniz.</p>""",
    kind="news", why="Q&A explainer; the sides’ views only in quotes",
))

# ---------------------------------------------------------------- declared «Görüş»
PAGES.append(dict(
    case="tr-opinion-okulyemegi", lang="tr", skin="story", domain="ege-haber.example", site="Ege Haber",
    url="https://www.ege-haber.example/gorus/her-cocuga-bir-ogun-sicak-yemek-1131207",
    h1="Her çocuğa bir öğün sıcak yemek",
    kicker="Görüş", authors=["Deniz Korkmaz"], byline_text="Deniz Korkmaz",
    byline_html='<a href="/yazarlar/deniz-korkmaz">Deniz Korkmaz</a> <span class="role">Yazar</span>',
    ld_type="OpinionNewsArticle", ld_authors=["Deniz Korkmaz"], ld_section="Görüş", meta_section="Görüş",
    pub="2026-02-04T08:00:00+03:00", date="04 Şubat 2026", strip="4 Şubat 2026, Çarşamba", nav=["Gündem", "Ekonomi", "Dünya", "Yazarlar", "Görüş", "Spor", "Yaşam", "İzmir"],
    cookie="⟪Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için çerez politikamızı inceleyebilirsiniz.⟫",
    most=["⟪Karşıyaka’da yeni park açıldı⟫", "Kış tatili uzatılacak mı?", "Otobüs hatlarında değişiklik"],
    op_box=("Diğer görüşler", [("Görüş", "⟪Belediyeler sosyal konuta geri dönmeli⟫"), ("Köşe yazısı", "Çocuk yoksulluğunu konuşmak zorundayız")]),
    related=["Okul yemeği pilot uygulaması 12 ilde başladı", "Araştırma: Her beş çocuktan biri kahvaltı etmeden okula gidiyor"],
    card="⟪Deniz Korkmaz, Ege Üniversitesi’nde beslenme ve diyetetik alanında öğretim üyesidir.⟫",
    footer="⟪Ege Haber © 2026 - Tüm hakları saklıdır.⟫",
    body="""<p>⟦Geçen hafta bir ilkokulda beslenme üzerine sunum yaptım.⟧ Sunumun sonunda sınıf öğretmeni beni kenara çekti ve sessizce şunu söyledi: “Hocam, bu çocukların yarısı sabah bir şey yemeden geliyor. Kahvaltının önemini anlatıyorsunuz ama evde ekmek yok.”</p>
<p>O cümleyi günlerdir aklımdan çıkaramıyorum. Çünkü biliyorum ki o sınıf istisna değil. Yaptığımız araştırmalar, İzmir’in bazı mahallelerinde her beş çocuktan birinin güne aç başladığını gösteriyor. Aç bir çocuğun matematik öğrenmesini, dikkatini toplamasını, teneffüste oyun oynamasını beklemek hem bilimsel olarak hem vicdanen yanlıştır.</p>
<p>⟦Bence artık tartışmayı bitirip karar vermenin zamanı geldi: Her çocuğa okulda bir öğün sıcak yemek verilmelidir.⟧ Bu bir sadaka değil, bir eğitim politikasıdır. Finlandiya, İsveç, Japonya gibi ülkeler bunu yıllardır yapıyor ve sonuçlarını hem okul başarısında hem çocuk sağlığında görüyor.</p>
<p>Karşı çıkanların en sık kullandığı argüman maliyet. Oysa hesap sanıldığı kadar ağır değil. Pilot uygulamanın verilerine göre bir öğünün maliyeti yaklaşık 45 lira. Bu, yıllık eğitim bütçesinin küçük bir kısmına denk geliyor. Üstelik yemeği yerel üreticilerden ve okul mutfaklarından temin etmek, mahalle ekonomisine de katkı sağlar.</p>
<p>Bir diğer itiraz, yardımın sadece ihtiyacı olanlara yapılması gerektiği. Ben buna katılmıyorum. Seçici uygulamalar çocukları etiketler; yemek kuyruğunda “yardım alanlar” ile “almayanlar” ayrışır. ⟦Herkese açık bir program hem daha adil hem de daha az bürokratiktir.⟧</p>
<p>Elbette yemeğin kalitesi de önemli. Şekerli ve işlenmiş gıdalarla dolu bir tabak, çözümden çok soruna dönüşür. Bu nedenle menülerin diyetisyenlerle birlikte hazırlanması, okul mutfaklarının denetlenmesi şart.</p>
<p>Bazıları bu sorumluluğun ailelere ait olduğunu söylüyor. Kâğıt üzerinde haklı olabilirler. Ama sabah altıda işe çıkan, iki işte çalışan, kirayı zor ödeyen bir anne babaya “Çocuğunuza kahvaltı hazırlayın” demek, sorunu çözmez; sadece sorumluluğu başkasına atar. Çocuk, anne babasının gelirini seçmedi.</p>
<p>Bir de öğretmenleri düşünmek gerekiyor. Aç çocuklarla dolu bir sınıfta ders anlatmaya çalışan öğretmen, aslında bir sosyal hizmet uzmanı gibi çalışmak zorunda kalıyor. Bazı öğretmenlerin kendi ceplerinden simit aldığını biliyorum. Bu fedakârlık takdire değer, ama bir ülkenin okul politikası öğretmenlerin cebine bırakılamaz.</p>
<p>Okul yemeği aynı zamanda bir alışkanlık okuludur. Çocuklar birlikte oturup sebze yemeyi, su içmeyi, sofrayı paylaşmayı orada öğrenir. Bu kazanımların değeri hiçbir bütçe tablosunda görünmez, ama yıllar sonra sağlık harcamalarında kendini gösterir.</p>
<p>Pilot uygulama 12 ilde başladı. Bunu sevindirici buluyorum, ama yetmez. Çocukların açlığı pilot bekleyemez.</p>
<p>⟦Milletvekillerimize, belediye başkanlarımıza sesleniyorum: Bu bütçeyi çocuklarımızdan esirgemeyin.⟧ ⟦Karnı tok bir çocuk, geleceğe yapılmış en akıllı yatırımdır.⟧</p>""",
    kind="opinion", why="declared «Görüş»: first-person argument, appeal, OpinionNewsArticle",
))

# ---------------------------------------------------------------- Russian Q&A interview, outspoken mayor
PAGES.append(dict(
    case="ru-news-intervyumer", lang="ru", skin="zeitung", domain="volzhskiyvestnik.example", site="Волжский вестник",
    url="https://volzhskiyvestnik.example/interview/2026/04/28/mer-gorshkov-obhodnaya-doroga",
    h1="«Мы должны перестать ждать Москву»: мэр Павел Горшков — о дорогах, бюджете и критиках",
    deck="Глава города рассказал, почему готов строить объездную дорогу за счёт городского бюджета.",
    kicker="Интервью", authors=["Ольга Смирнова"], byline_text="Беседовала Ольга Смирнова", crumbs=["Интервью"],
    ld_type="NewsArticle", ld_authors=["Ольга Смирнова"], ld_section="Интервью",
    pub="2026-04-28T09:00:00+03:00", date="28 апреля 2026, 09:00", nav=["Новости", "Город", "Политика", "Экономика", "Мнения", "Культура", "Спорт", "Интервью"],
    cookie="⟪Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.⟫",
    caption="⟪Павел Горшков в своём кабинете в мэрии.⟫ Фото: Волжский вестник",
    most=["⟪На набережной начали ремонт спусков к воде⟫", "Паводок: уровень Волги поднялся на метр", "«Ротор» вышел в плей-офф"],
    op_box=("Мнения", [("Колонка", "⟪Объездная дорога: почему я против⟫"), ("Комментарий", "Город без плана развития")]),
    related=["Депутаты не поддержали кредит на объездную дорогу", "Сколько стоит километр дороги в регионе"],
    comments=[("Сергей_В", "28.04.2026", "⟪Хорошие слова. Посмотрим, что будет через год.⟫"), ("Наталья", "28.04.2026", "А про детские сады опять ничего.")],
    footer="⟪© 2026 «Волжский вестник». Перепечатка материалов только с согласия редакции.⟫",
    body="""<p>⟦Мэр Павел Горшков второй год добивается строительства северной объездной дороги⟧, которая должна вывести грузовики из центра города. В марте городская дума не поддержала кредит на проект. Мы поговорили с мэром о том, что будет дальше.</p>
<p class="qa-q">— Дума отказалась брать кредит. Проект закрыт?</p>
<p>— ⟦Нет, и закрывать его я не собираюсь.⟧ Через центр каждый день идут четыре тысячи фур. Дома трескаются, люди дышат выхлопами. Мы должны перестать ждать Москву и начать делать сами. Федеральных денег на эту дорогу мы ждём с 2012 года.</p>
<p class="qa-q">— Депутаты говорят, что город не потянет такой долг.</p>
<p>— Я уважаю депутатов, но считаю, что они ошибаются. Долг будет меньше, чем мы тратим за десять лет на ремонт центральных улиц, которые разбивают те же грузовики. Это не мои фантазии, это расчёты, которые я готов показать любому.</p>
<p class="qa-q">— Ваши критики считают, что вы ведёте предвыборную кампанию.</p>
<p>— ⟦Пусть считают. Я думаю, что люди устали от разговоров.⟧ Если бы я думал о выборах, я бы занялся клумбами — это быстрее и дешевле. Дорога будет готова только через четыре года.</p>
<p class="qa-q">— Где вы возьмёте деньги без кредита?</p>
<p>— Часть — из продажи городской земли у новой дороги, часть — из областной программы. Я уверен, что область поможет, если город покажет, что готов вложиться сам. Нельзя просить, ничего не делая.</p>
<p class="qa-q">— Жители посёлка Северный протестуют против трассы у их домов.</p>
<p>— Я встречался с ними трижды. Мы сдвинули трассу на триста метров и обещали шумовые экраны. Всех устроить невозможно, но слушать людей обязательно. Кто говорит, что с ними никто не разговаривал, говорит неправду.</p>
<p class="qa-q">— Вас упрекают в том, что вы не слушаете экспертов. Областной институт транспорта предлагал другой вариант трассы.</p>
<p>— Я прочитал этот отчёт от начала до конца. Их вариант дешевле на бумаге, но требует сноса сорока частных домов. Я не готов объяснять людям, почему их дома снесли ради экономии на асфальте. Если кто-то считает иначе, пусть выйдет и скажет это жителям сам.</p>
<p class="qa-q">— Вы не боитесь, что проект станет долгостроем, как мост через затон?</p>
<p>— Боюсь, конечно. Поэтому мы разбили строительство на три очереди. Даже если денег хватит только на первую, грузовики уйдут с улицы Ленина уже через два года.</p>
<p class="qa-q">— Что будет, если дума снова скажет «нет»?</p>
<p>— Вынесу вопрос на публичные слушания. ⟦Пусть горожане сами скажут, нужна им эта дорога или нет.⟧</p>
<p>⟦Повторное рассмотрение проекта в городской думе запланировано на 19 мая.⟧ Председатель думы Игорь Лебедев заявил «Волжскому вестнику», что депутаты «готовы обсуждать проект, но не готовы рисковать бюджетом».</p>""",
    kind="news", why="Q&A interview («Интервью»); the mayor’s opinions, not the paper’s",
))

# ---------------------------------------------------------------- declared «Комментарий» with the usual disclaimer under the text
PAGES.append(dict(
    case="ru-opinion-kommentariyparkovki", lang="ru", skin="wpnews", domain="gorod-online.example", site="Город Онлайн",
    url="https://gorod-online.example/opinions/2026/03/platnye-parkovki-v-spalnykh-rayonakh-oshibka/",
    h1="Платные парковки в спальных районах — ошибка, за которую заплатят жители",
    kicker="Комментарий", authors=["Андрей Соколов"], byline_text="Андрей Соколов, экономист",
    byline_html='<a href="/author/andrey-sokolov/">Андрей Соколов</a>, экономист',
    ld_type="OpinionNewsArticle", ld_authors=["Андрей Соколов"], ld_section="Мнения", meta="full",
    pub="2026-03-17T14:00:00+03:00", date="17.03.2026 14:00", strip="Вторник, 17 марта 2026",
    nav=["Новости", "Город", "Транспорт", "Экономика", "Мнения", "Афиша", "Спорт"],
    cookie="⟪Сайт использует cookie для улучшения работы и аналитики.⟫",
    most=["⟪С 1 апреля изменятся маршруты трёх автобусов⟫", "В парке Победы откроют каток круглый год", "Где в городе строят новые школы"],
    op_box=("Мнения", [("Колонка", "⟪Почему я пересел на велосипед и не жалею⟫"), ("Комментарий", "Генплан без жителей")]),
    related=["Мэрия расширит зону платных парковок на шесть районов", "Сколько заработал город на парковках в 2025 году"],
    card="⟪Мнение автора может не совпадать с позицией редакции.⟫",
    footer="⟪© 2026 Город Онлайн. Сетевое издание, 18+⟫",
    body="""<p>⟦Мэрия объявила, что с лета платная парковка появится в шести спальных районах.⟧ Официальное объяснение звучит убедительно: разгрузить дворы, освободить место для скорой помощи и мусоровозов, приучить горожан к общественному транспорту. Я понимаю эту логику, но считаю, что в нынешнем виде решение ошибочно.</p>
<p>Платная парковка работает там, где у человека есть выбор. В центре города можно оставить машину дома и доехать на метро за двадцать минут. В Заречном районе ближайшая станция метро в четырёх километрах, а автобус ходит раз в полчаса. ⟦Введение платы там не изменит поведение, а просто станет новым налогом.⟧</p>
<p>Посмотрим на цифры. По данным самой мэрии, в 2025 году парковки принесли городу 1,2 миллиарда рублей. Из них на развитие общественного транспорта, как обещали, было направлено меньше трети. Остальное ушло в общий бюджет. Почему жители должны верить, что на этот раз будет иначе?</p>
<p>Есть и социальная сторона. В спальных районах живут семьи, для которых машина — не роскошь, а способ отвезти ребёнка в секцию и добраться до работы в промзоне. Для них 3–4 тысячи рублей в месяц — ощутимая сумма. Резидентные разрешения эту проблему не решают: они привязаны к адресу регистрации, а многие снимают жильё.</p>
<p>⟦Я убеждён, что порядок должен быть обратным:⟧ сначала транспорт, потом ограничения. Выделенные полосы, новые маршруты, перехватывающие парковки у конечных станций. Когда у человека появится реальная альтернатива, плата за парковку станет разумной мерой, а не наказанием.</p>
<p>Сторонники реформы приводят в пример европейские города, где платные парковки давно стали нормой. Но в Вене или Хельсинки жители спальных районов добираются до центра на трамвае, который приходит каждые пять минут, а у станций есть бесплатные стоянки для тех, кто приезжает из пригородов. У нас пока нет ни того, ни другого. Копировать последнюю часть чужой политики, пропустив первые, — верный способ её дискредитировать.</p>
<p>Наконец, вопрос доверия. Жители узнали о реформе из короткого пресс-релиза, без карт, без расчётов и без ответа на простой вопрос: сколько мест во дворах останется бесплатными. Такие решения нельзя спускать сверху, даже если они продиктованы добрыми намерениями.</p>
<p>Город мог бы начать с пилотного проекта в одном районе и честно посчитать результат. Вместо этого нам предлагают сразу шесть районов и сроки, объявленные за три месяца.</p>
<p>⟦Общественные слушания пройдут в апреле. Приходите и задавайте вопросы.⟧ ⟦Решения, которые касаются каждого двора, нельзя принимать без тех, кто в этих дворах живёт.⟧</p>""",
    kind="opinion", why="declared «Комментарий»: economist argues, OpinionNewsArticle, disclaimer",
))

# ---------------------------------------------------------------- Ukrainian profile; subject speaks in the first person
PAGES.append(dict(
    case="uk-news-portretmosty", lang="uk", skin="story", domain="poltavskyi-kurier.example", site="Полтавський кур’єр",
    url="https://poltavskyi-kurier.example/suspilstvo/2026/05/11/zhinka-yaka-vidnovlyuye-mosty",
    h1="Жінка, яка відновлює мости: як інженерка Оксана Литвин повернула зв’язок трьом громадам",
    deck="За два роки її бригада відбудувала дев’ять мостів на Полтавщині. Вона каже, що це лише початок.",
    kicker="Портрет", authors=["Марія Ковальчук"], byline_text="Марія Ковальчук",
    ld_type="NewsArticle", ld_authors=["Марія Ковальчук"], ld_section="Суспільство", meta="og",
    pub="2026-05-11T11:00:00+03:00", date="11 травня 2026, 11:00", strip="Понеділок, 11 травня 2026",
    nav=["Новини", "Суспільство", "Економіка", "Політика", "Думки", "Культура", "Спорт"],
    cookie="⟪Ми використовуємо файли cookie, щоб сайт працював краще.⟫",
    caption="⟪Оксана Литвин на відновленому мосту через Ворсклу.⟫ Фото: Полтавський кур’єр",
    most=["⟪У Полтаві відкрили новий маршрут тролейбуса⟫", "Ціни на ринках: що подешевшало", "«Ворскла» виграла в Кременчуці"],
    op_box=("Думки", [("Колонка", "⟪Чому ми досі будуємо так, ніби живемо у 1970-х⟫"), ("Блог", "Громада — це не лише бюджет")]),
    related=["На Полтавщині відновили міст через Псел", "Скільки коштує відбудова мосту: пояснюємо"],
    footer="⟪© 2026 Полтавський кур’єр. Усі права захищено.⟫",
    body="""<p>⟦Оксана Литвин приїжджає на об’єкт о шостій ранку, раніше за свою бригаду.⟧ Каже, що так звикла ще з першої роботи, коли молодою інженеркою потрапила на будівництво транспортної розв’язки під Харковом. Тепер їй 47, і вона керує відділом відновлення мостів в обласній службі автодоріг.</p>
<p>За останні два роки її команда відбудувала дев’ять мостів на Полтавщині. Найбільший — через Ворсклу біля села Кунцеве — відкрили в березні. До того мешканцям трьох громад доводилося об’їжджати сорок кілометрів, щоб дістатися районної лікарні.</p>
<p>⟦«Міст — це не бетон і арматура. Це швидка, яка доїхала вчасно»⟧, — каже Литвин. Вона говорить швидко і прямо, не добираючи слів. «Я вважаю, що ми будуємо занадто повільно. Ми повинні перестати чекати ідеального проєкту і почати робити добрі, надійні речі вже зараз».</p>
<p>Не всі з нею погоджуються. Колеги з інших областей закидають їй, що вона надто часто обирає типові збірні конструкції замість індивідуальних проєктів. «Це дешевше і швидше, але такі мости гірше вписуються в ландшафт», — зазначає архітектор Віктор Гайдук, який працював з нею на двох об’єктах. Литвин відповідає, що красу можна додати потім, а людям потрібно доїхати сьогодні.</p>
<p>⟦Оксана виросла в Лубнах, у родині залізничника.⟧ Батько часто брав її з собою на депо, і вже в школі вона знала, що стане інженеркою. Закінчила Полтавський політехнічний університет, працювала в Харкові, Києві та Гданську. До рідної області повернулася 2023 року.</p>
<p>Робота не завжди йде гладко. Минулої осені підрядник зірвав терміни на мосту через Хорол, і Литвин публічно вимагала розірвати з ним договір. «Я не буду мовчати, коли люди чекають, а хтось тягне час і гроші», — сказала вона тоді на засіданні обласної ради. Договір розірвали, міст добудувала інша компанія на два місяці пізніше запланованого.</p>
<p>Голова однієї з громад, Іван Мороз, називає її «людиною, з якою важко сперечатися, бо вона завжди має цифри під рукою». За його словами, до появи Литвин громада три роки не могла домогтися навіть обстеження старого мосту.</p>
<p>У її відділі працює 28 людей, третина з них — жінки. Литвин пишається цим, але не любить про це говорити. «Мене питають, як жінці керувати бригадою. Так само, як чоловікові: знати, що робиш, і не брехати людям», — каже вона.</p>
<p>Обласна служба автодоріг планує цього року відновити ще п’ять мостів. На два з них досі немає фінансування. ⟦Литвин каже, що готова шукати гроші сама, у міжнародних фондах.⟧</p>
<p>⟦Наступний об’єкт — міст через Сулу біля Лохвиці, роботи там почнуться в червні.⟧</p>""",
    kind="news", why="profile; the engineer’s views are quoted, critics included",
))
