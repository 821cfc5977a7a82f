"""DataLife Engine, 1C-Bitrix, Joomla."""

PAGES = []

# ---------------------------------------------------------------- DLE: Russian regional news, <br>-separated text, login in the JSON-LD and "Автор:", the writer's name at the end
PAGES.append(dict(
    case="ru-news-dle-teplotrassa", lang="ru", skin="dle", domain="tomsk-obozrevatel.example", news_id="18342",
    site="Томский обозреватель", url="https://tomsk-obozrevatel.example/gorod/18342-na-mesjac-perekrojut-uchastok-prospekta-lenina.html",
    title_tag="На месяц перекроют участок проспекта Ленина из-за ремонта теплотрассы » Томский обозреватель",
    h1="На месяц перекроют участок проспекта Ленина из-за ремонта теплотрассы",
    keywords=["перекрытие", "проспект Ленина", "теплотрасса", "ремонт"], meta_section="Город",
    crumbs=["Главная", "Город"], cat_path="gorod", login="redaktor2",
    authors=["Ирина Котова"], byline_text="Ирина Котова",
    pub="2026-03-12T09:30:00+07:00", date="12 марта 2026, 09:30", today="Четверг, 12 марта", weather="−4 °C",
    nav=["Главная", "Город", "Происшествия", "Экономика", "Спорт", "Культура", "Фото", "Видео"],
    rating="14", views="2 917", tags=["перекрытие", "теплотрасса", "⟪ЖКХ⟫"],
    body="""⟦С 16 марта в Томске на месяц закроют движение по участку проспекта Ленина⟧ между переулком Нахановича и улицей Гагарина. Об этом сообщили в пресс-службе мэрии. Ограничения связаны с заменой участка магистральной теплотрассы, которая проходит под проезжей частью с 1970-х годов.<br><br>По словам представителей теплоснабжающей компании, за последние два отопительных сезона на этом отрезке произошло пять порывов. ⟦«Трубы в таком состоянии, что латать их дальше бессмысленно»⟧, — пояснил главный инженер предприятия Андрей Лыткин. Всего планируется заменить около 420 метров трубопровода.<br><br><div class="quote"><b>Читайте также:</b> <a href="https://tomsk-obozrevatel.example/gorod/18301-remont-kommunalnogo-mosta.html">⟪Ремонт Коммунального моста отложили до осени⟫</a></div><br>⟦Общественный транспорт на время работ пустят в объезд⟧ по улицам Белинского и Гагарина. Маршруты трамваев № 1 и 2 будут укорочены до остановки «Площадь Ленина». В мэрии рекомендуют водителям заранее планировать поездки: в часы пик на объездных улицах ожидаются пробки.<br><br>В компании подчеркнули, что работы будут идти круглосуточно, а котлован на время ночных перерывов огородят и осветят. Пешеходные переходы через проспект сохранят, но часть тротуара у дома № 40 будет закрыта. Жители окрестных домов уже жалуются на шум: в прошлом году ремонт на соседнем участке продолжался на две недели дольше запланированного.<br><br>Горячая вода у жителей домов вдоль проспекта будет отключена на срок до пяти суток, точный график пообещали опубликовать на сайте компании. ⟦Работы планируют завершить к 15 апреля, до начала летних ремонтов дорог.⟧<br><br><div class="img-box"><img src="/uploads/posts/2026-03/18342_map.jpg" alt="Схема объезда"></div><br><b>Ирина Котова</b><br><i>Фото: пресс-служба мэрии Томска</i>""",
    related=("Похожие новости", ["⟪Трамвай № 3 перестанет ходить по улице Пушкина⟫", "В Северске на неделю отключат горячую воду", "Мэрия опубликовала план ремонта дорог на 2026 год"]),
    comments=[("Гость Вадим", "12 марта 2026 10:14", "⟪Каждую весну одно и то же, лучше бы летом копали.⟫"), ("tomich70", "12 марта 2026 11:02", "Хорошо хоть предупредили заранее.")],
    popular=("Популярное", ["В Томске открылся новый каток на Лагерном саду", "Цены на бензин снова выросли", "Как будет работать транспорт в праздники"]),
    cal_first_weekday=6, cal_days=31, cal_links=[2, 3, 4, 5, 6, 9, 10, 11, 12], poll="Как вы добираетесь на работу?",
    footer="⟪© 2026 Томский обозреватель. При использовании материалов ссылка обязательна.⟫",
    exclude=["div.quote", "div.img-box"],
    kind="news", why="city news report on road closure for heating main repair",
))

# ---------------------------------------------------------------- 1C-Bitrix, default news.detail: Ukrainian city council news, desk as the source
PAGES.append(dict(
    case="uk-news-bitrix-troleibus", lang="uk", skin="bitrix_news", domain="rada-poltava.example", tpl="main", bx_lang="ua", tz_offset=7200,
    bx_msgs=("Завантаження...", "немає даних", "Закрити"),
    site="Полтавська міська рада", url="https://rada-poltava.example/news/vykonkom-zatverdyv-novyi-marshrut-troleibusa/",
    title_tag="Виконком затвердив новий маршрут тролейбуса до мікрорайону Левадне — Полтавська міська рада",
    h1="Виконком затвердив новий маршрут тролейбуса до мікрорайону Левадне",
    keywords=["тролейбус", "маршрут", "Левадне", "виконком"],
    authors=None, byline_text="Джерело: Департамент комунікацій", pub="2026-03-11T00:00:00+02:00", date="11.03.2026",
    top_contacts="Приймальня: (0532) 00-00-00", special="Версія для людей з порушенням зору", search=("Пошук по сайту", "Знайти"),
    nav=[("Про місто", ["Історія", "Символіка", "Статут"]), ("Міська рада", ["Депутати", "Сесії", "Виконавчий комітет"]), ("Новини", []), ("Послуги", ["ЦНАП", "Звернення"]), ("Контакти", [])],
    active="Новини", crumbs=["Головна", "Новини"],
    body="""<p style="text-align: justify;">⟦На засіданні виконавчого комітету 10 березня затвердили новий тролейбусний маршрут № 15⟧, який з’єднає центр міста з мікрорайоном Левадне. Перші тролейбуси вийдуть на лінію 1 квітня.</p>
<p style="text-align: justify;">Маршрут пролягатиме від вулиці Соборності через Київське шосе до кінцевої зупинки на вулиці Садовій. Його довжина становитиме 9,4 кілометра, інтервал руху в години пік — десять хвилин. ⟦На лінії працюватимуть шість тролейбусів з автономним ходом,⟧ які можуть проїхати до двадцяти кілометрів без контактної мережі.</p>
<p style="text-align: justify;">Зупинки нового маршруту облаштують павільйонами та табло з часом прибуття транспорту. Розклад руху оприлюднять на сайті комунального підприємства «Полтаваелектроавтотранс» та в мобільному застосунку міста за тиждень до запуску.</p>
<p style="text-align: justify;">Директор департаменту транспорту Ігор Мельник зазначив, що після перших трьох місяців роботи маршруту місто проаналізує пасажиропотік і, за потреби, збільшить кількість машин на лінії. Також розглядається можливість продовжити маршрут до залізничного вокзалу.</p>
<p style="text-align: justify;">Саме автономний хід дозволив запустити маршрут без будівництва нової контактної мережі на вулиці Садовій, що заощадило місту близько 30 мільйонів гривень. Тролейбуси заряджатимуть батареї на ділянці Київського шосе, де мережа вже є.</p>
<p style="text-align: justify;">За даними департаменту транспорту, у мікрорайоні Левадне зараз мешкає понад 14 тисяч людей, а єдиним громадським транспортом залишаються маршрутні таксі. ⟦Мешканці неодноразово зверталися до міської ради з проханням про тролейбус,⟧ зокрема через електронні петиції.</p>
<p style="text-align: justify;">⟦Вартість проїзду на новому маршруті буде такою ж, як і на інших міських маршрутах.⟧</p>""",
    props=[("Джерело", "Департамент комунікацій"), ("Фото", "Олександр Ковальчук")],
    exclude=["span.news-date-time", "h3", "div.news-detail-share", "img"],
    share=("Поділитися:", ["Facebook", "Telegram", "Viber"]), back="Повернутися до списку",
    side=("⟪Останні новини⟫", [("⟪У Полтаві оновлять 12 зупинок громадського транспорту⟫", "10.03.2026"), ("Графік прийому громадян на березень", "09.03.2026"), ("Сесія міської ради відбудеться 20 березня", "06.03.2026")]),
    banner="Електронні петиції", footer_addr="⟪36000, м. Полтава, вул. Соборності, 36⟫", footer_hours="Пн–Пт: 8:00–17:00",
    footer="© 2026 Полтавська міська рада. Усі права захищено.",
    cookie=("⟪Сайт використовує файли cookie для зручності користувачів.⟫", "Зрозуміло"),
    kind="news", why="city council news on a new trolleybus route",
))

# ---------------------------------------------------------------- 1C-Bitrix, flat news.detail: a Kazakhstan bank's guide in Russian, date below the text
PAGES.append(dict(
    case="ru-other-bitrix-depozit", lang="ru", skin="bitrix_flat", domain="stepbank.example", tpl="stepbank", bx_lang="ru", tz_offset=18000, elem_id="4471",
    bx_msgs=("Загрузка...", "нет данных", "Закрыть"),
    site="Степь Банк", url="https://stepbank.example/articles/kak-otkryt-depozit-onlayn/",
    title_tag="Как открыть депозит онлайн и не потерять проценты — статьи Степь Банка",
    h1="Как открыть депозит онлайн и не потерять проценты",
    keywords=["депозит", "вклад", "проценты", "онлайн"],
    authors=["Айгерим Сатпаева"], byline_text="Автор: Айгерим Сатпаева", byline_html="Автор: Айгерим Сатпаева",
    pub="2026-03-05T00:00:00+05:00", date="05.03.2026", views="Количество просмотров: 842",
    city="Алматы", phone="7711", login_btn="Интернет-банк", nav=["Частным лицам", "Бизнесу", "Депозиты", "Кредиты", "Карты", "Статьи"],
    crumbs=["Главная", "Статьи", "Депозиты"],
    body="""<p>⟦Открыть депозит сегодня можно за десять минут, не выходя из дома.⟧ Но в спешке легко выбрать вклад, который на деле принесёт меньше, чем обещала реклама. Рассказываем, на что смотреть перед тем, как нажать кнопку «Открыть».</p>
<h2>1. Сравните эффективную ставку, а не номинальную</h2>
<p>Номинальная ставка — это цифра в рекламе. ⟦Эффективная ставка учитывает капитализацию процентов и показывает реальный доход за год.⟧ По закону банки Казахстана обязаны указывать её в договоре, поэтому сравнивайте вклады именно по ней.</p>
<h2>2. Проверьте условия досрочного снятия</h2>
<p>Сберегательные депозиты дают самую высокую ставку, но если забрать деньги раньше срока, проценты пересчитают по минимальной ставке. Если вы не уверены, что деньги не понадобятся, выберите срочный или несрочный вклад с возможностью частичного снятия.</p>
<div class="b-inline-cta"><div class="b-inline-cta__title">⟪Калькулятор депозитов: посчитайте доход за минуту⟫</div><a class="btn btn-outline" href="/deposits/calculator/">Рассчитать</a></div>
<h2>3. Убедитесь, что вклад застрахован</h2>
<p>Обратите внимание и на валюту вклада. Депозиты в тенге обычно дают более высокую ставку, а валютные вклады защищают от колебаний курса, но доход по ним заметно ниже.</p>
<p>Депозиты физических лиц в банках второго уровня гарантирует Казахстанский фонд гарантирования депозитов. Размер гарантии зависит от вида вклада и валюты, поэтому уточните лимит заранее, особенно если сумма крупная.</p>
<h2>4. Откройте вклад в приложении</h2>
<ol><li>Войдите в мобильное приложение и выберите раздел «Депозиты».</li><li>Сравните предложения и выберите срок.</li><li>⟦Подпишите договор кодом из SMS и переведите деньги с карты.⟧</li></ol>
<p>⟦Договор и график начисления процентов появятся в приложении сразу после открытия вклада.⟧</p>""",
    exclude=["div.b-inline-cta"],
    share=("Поделиться:", ["Telegram", "WhatsApp", "Facebook"]), helpful=("Статья была полезной?", "Да", "Нет"),
    promo=("⟪Депозит «Жинақ» до 15,2% годовых⟫", "ГЭСВ до 16,3%. Депозиты гарантируются КФГД.", "Открыть"),
    side=("Читайте также", ["⟪Что такое ГЭСВ и почему она важна⟫", "Как закрыть кредит досрочно", "Налог на доход по депозитам: кто платит"]),
    footer_cols=[("Частным лицам", ["Депозиты", "Кредиты", "Карты"]), ("О банке", ["Пресс-центр", "Вакансии", "Контакты"])],
    footer="АО «Степь Банк». Лицензия АРРФР № 0.0.00 от 01.01.2020. ⟪Депозиты гарантируются АО «КФГД».⟫",
    cookie=("Мы используем cookie, чтобы сайт работал удобнее.", "Понятно"),
    kind="other", why="bank's how-to guide for opening a deposit",
))

# ---------------------------------------------------------------- Joomla 4 (Cassiopeia): Hungarian regional news
PAGES.append(dict(
    case="hu-news-joomla-hev", lang="hu", html_lang="hu-HU", skin="joomla4", domain="dunakanyarhirek.example", art_id="1842", itemid=112,
    site="Dunakanyar Hírek", site_desc="Szentendre, Visegrád, Vác és környéke", url="https://dunakanyarhirek.example/hirek/1842-felujitjak-a-szentendrei-hev-vegallomas-kornyeket",
    title_tag="Felújítják a szentendrei HÉV-végállomás környékét", h1="Felújítják a szentendrei HÉV-végállomás környékét",
    meta_author="Kovács Eszter", authors=["Kovács Eszter"], byline_text="Írta: Kovács Eszter", byline="Kovács Eszter",
    pub="2026-03-09T09:12:00+01:00", date="Megjelent: 2026. március 09.", hits="412", category="Hírek", active="Hírek",
    nav=["Kezdőlap", "Hírek", "Közélet", "Kultúra", "Sport", "Programok", "Kapcsolat"], crumbs=["Kezdőlap", "Hírek"],
    tags=["közlekedés", "HÉV", "Szentendre"],
    figure="⟪A szentendrei végállomás a Dunakorzó felől (fotó: Dunakanyar Hírek)⟫",
    body="""<p>⟦Áprilisban kezdődik a szentendrei HÉV-végállomás és a környező buszpályaudvar felújítása⟧ – jelentette be a város polgármestere hétfőn a képviselő-testület rendkívüli ülése után. A munkálatok a tervek szerint tizennégy hónapig tartanak, és a végállomás forgalmát közben is fenntartják.</p>
<p>A beruházás keretében akadálymentes peronokat építenek, új, fedett várót alakítanak ki, és a buszmegállókat egy helyre vonják össze, így az átszállás a HÉV és a helyközi buszok között rövidebb lesz. ⟦A projekt teljes költsége 4,2 milliárd forint,⟧ amelynek nagy részét uniós forrásból fedezik.</p>
<div class="alert alert-info kapcsolodo"><strong>Kapcsolódó:</strong> <a href="/hirek/1811-uj-menetrend-a-h5-os-hev-vonalon">⟪Új menetrend a H5-ös HÉV-vonalon márciustól⟫</a></div>
<p>A szentendrei végállomás a főváros környékének egyik legforgalmasabb átszállóhelye: a HÉV-utasok mellett naponta mintegy tizenkétezer ember száll itt buszra a Dunakanyar települései felé. Az épület utolsó komolyabb felújítása több mint harminc éve volt, a peronokra jelenleg csak lépcsőn lehet feljutni.</p>
<p>A kivitelezőt februárban választották ki nyílt közbeszerzésen, a szerződést a múlt héten írták alá. A terveket tavaly ősszel lakossági fórumon is bemutatták, ahol a legtöbb kérdés a parkolásról és a kerékpáros közlekedésről szólt.</p>
<p>A munkák első szakaszában a buszpályaudvart alakítják át, ezért a helyközi buszok május végéig a Dózsa György úton kialakított ideiglenes megállókból indulnak. A városi buszok útvonala nem változik.</p>
<p>Az ingázók egy része aggódik a kivitelezés miatt. ⟦„Reggelente így is tíz percet kell várni egy helyért a parkolóban”⟧ – mondta lapunknak egy Budapestre járó szentendrei lakos. Az önkormányzat szerint a parkolóhelyek száma a felújítás után 180-ról 260-ra nő, és kerékpártárolót is építenek.</p>
<p>⟦A végállomás átadását 2027 nyarára tervezik.⟧</p>""",
    exclude=["div.kapcsolodo"],
    prev="Lezárják a Bükkös-patak hídját", next="Tavaszi nagytakarítás a Duna-parton",
    latest=("Legfrissebb hírek", ["⟪Új játszótér épül a Pannónia-telepen⟫", "Márciusi programok a Dunakanyarban", "Lomtalanítás: itt vannak az időpontok"]),
    side_box=("Hírlevél", "⟪Iratkozzon fel heti hírlevelünkre, és értesüljön elsőként a helyi hírekről!⟫"),
    footer="© 2026 Dunakanyar Hírek – Minden jog fenntartva. Impresszum · Adatvédelem",
    cookie=("Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.", "Elfogadom"),
    words=dict(error="Hiba", message="Üzenet", notice="Megjegyzés", warning="Figyelmeztetés", close="Bezárás", main_menu="Főmenü", toggle="Navigáció kapcsolása",
               search="Keresés", search_ph="Keresés...", breadcrumbs="Morzsamenü", you_are_here="Ön itt van:", details="Részletek", written_by="Írta:",
               category="Kategória:", hits="Találatok: %s", page_nav="Oldal navigáció", prev_article="Előző cikk:", next_article="Következő cikk:",
               prev="Előző", next="Következő", back_top="Vissza a tetejére"),
    kind="news", why="regional news report on rail terminus renovation",
))

# ---------------------------------------------------------------- Joomla 3 (Protostar): Czech commentary, headline in <h2>, category Komentáře
PAGES.append(dict(
    case="cs-opinion-joomla-skoly", lang="cs", html_lang="cs-CZ", skin="joomla3", domain="venkovzije.example", art_id="977", itemid=134,
    site="Venkov žije", site_desc="Časopis spolku pro obnovu venkova", url="https://www.venkovzije.example/komentare/977-venkovske-skoly-nejsou-pritez-ale-investice",
    title_tag="Venkovské školy nejsou přítěž, ale investice", h1="Venkovské školy nejsou přítěž, ale investice",
    keywords=["malotřídní školy", "venkov", "školství"],
    meta_author="Jan Novotný", authors=["Jan Novotný"], byline_text="Napsal Jan Novotný", byline="Jan Novotný",
    pub="2026-02-26T07:00:00+01:00", date="Zveřejněno: 26. únor 2026", hits="1308", category="Komentáře", active="Komentáře",
    nav=["Úvod", "Zprávy", "Komentáře", "Rozhovory", "Dotace", "O spolku"], crumbs=["Úvod", "Komentáře"],
    body="""<p>⟦Kdykoli se na krajském úřadě začne mluvit o úsporách, dřív nebo později padne věta o malotřídních školách.⟧ Jsou prý drahé, neefektivní a děti by se stejně lépe učily ve větší škole ve městě. Na papíře to vypadá přesvědčivě. Ve skutečnosti je to jeden z nejdražších omylů, jakých se můžeme dopustit.</p>
<p>Škola na vesnici není jen budova, kde se učí čtení a počty. Je to místo, kde se scházejí rodiče, kde hraje divadelní kroužek a kde má obec důvod udržovat chodník a autobusový spoj. ⟦Když škola zavře, mladé rodiny se během několika let odstěhují⟧ a obec pomalu stárne. Tuhle cenu žádná tabulka nákladů na žáka nezachytí.</p>
<p>Argument kvalitou výuky také neobstojí. Česká školní inspekce opakovaně konstatuje, že výsledky žáků malotřídních škol nejsou horší než ve velkých školách, a v některých předmětech jsou dokonce lepší. Učitel, který má ve třídě dva ročníky a patnáct dětí, je zná lépe než kolega se třiceti žáky.</p>
<p>Nechci tvrdit, že se nic nemá měnit. Malé školy potřebují spolupracovat, sdílet speciální pedagogy a psychology, společně nakupovat a využívat moderní technologie. ⟦Stát by jim v tom měl pomáhat, ne je nutit ke slučování.⟧</p>
<p>Venkov si dnes zaslouží víc než kalkulačku. ⟦Každá koruna vložená do vesnické školy se vrátí v obcích, které budou žít.⟧</p>""",
    prev="Obecní byty: jak na to bez dluhů", next="Rozhovor se starostkou Lukova",
    comments=[("Petr H.", "26. 2. 2026 9:41", "⟪Naprostý souhlas, u nás se o zavření školy mluví každý rok.⟫"), ("Marie", "27. 2. 2026 18:02", "A kdo zaplatí učitele?")],
    latest=("Nejnovější články", ["⟪Dotace na obnovu návsí: uzávěrka v dubnu⟫", "Komunitní kompostárny se rozšiřují", "Jak založit obecní obchod"]),
    side_box=("Předplatné", "⟪Časopis Venkov žije vychází čtyřikrát ročně. Objednejte si předplatné.⟫"),
    footer="⟪© 2026 Spolek pro obnovu venkova, z. s.⟫",
    words=dict(search="Hledat...", search_ph="Hledat...", toggle="Přepnout navigaci", breadcrumbs="Drobečková navigace", you_are_here="Nacházíte se:",
               user_tools="Uživatelské nástroje", print="Vytisknout", email="E-mail", details="Podrobnosti", written_by="Napsal", category="Kategorie:",
               hits="Zobrazeno: %s", prev_article="Předchozí článek:", next_article="Další článek:", prev="Předchozí", next="Další", back_top="Zpět nahoru",
               comments="Komentáře čtenářů"),
    kind="opinion", why="signed commentary arguing to keep small village schools",
))
