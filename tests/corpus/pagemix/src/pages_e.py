"""Listicles (en, ru), hero header with breadcrumb and standfirst (en), several <article> elements (ru, it)."""

PAGES = []

_C = "⟪Photo: Priya Raman for Weekend Compass⟫"
_c = "Photo: Priya Raman for Weekend Compass"

# ---------------------------------------------------------------- listicle: ten h2 items with images, credits and ads between them
PAGES.append(dict(
    case="en-other-listicle-hikes", lang="en", skin="listicle_en", domain="weekendcompass.example", site="Weekend Compass",
    url="https://weekendcompass.example/outdoors/10-day-hikes-within-an-hour-of-corran-bay/",
    h1="10 day hikes within an hour of Corran Bay", section="Outdoors",
    deck="Cliffs, waterfalls, a boardwalk and one summit made for sunsets: our favorite trails for spring.",
    authors=["Priya Raman"], byline_text="By Priya Raman", ld_authors=["Priya Raman"],
    pub="2026-03-06T08:00:00-08:00", date="March 6, 2026",
    nav=["Outdoors", "Food", "Weekend plans", "Family", "Newsletter"],
    disclosure="⟪We may earn a commission when you buy through links on our site.⟫",
    intro="<p>⟦Spring is the best time to hike around Corran Bay:⟧ the mud has mostly dried, the wildflowers are out and the summer crowds have not yet arrived. We walked all ten of these trails over the past year. Distances are round trips, and drive times are from the downtown ferry terminal.</p>",
    ads_after=[2, 5, 8],
    items=[("1. Gullrock Point Loop", _C, "<p>A gentle 3.2-mile loop along the sea cliffs, with benches at every viewpoint. Watch for seals on the rocks below the lighthouse. Drive: 20 minutes.</p>"),
           ("2. Alder Creek Falls", _c, "<p>A shaded 4-mile out-and-back that follows the creek to a 40-foot waterfall. ⟦The last half mile is steep and can be slippery after rain.⟧ Drive: 35 minutes.</p>"),
           ("3. Hawthorne Ridge", _c, "<p>The hardest hike on this list: 7.5 miles and 2,100 feet of climbing, rewarded with a view over three counties. Start early, because there is no shade on the upper ridge. Drive: 50 minutes.</p>"),
           ("⟦4. Marsh Lake Boardwalk⟧", "Photo: Corran County Parks", "<p>Fully accessible and flat, this 1.8-mile boardwalk circles a marsh full of herons and red-winged blackbirds. It is good for strollers and wheelchairs. Drive: 15 minutes.</p>"),
           ("5. Old Quarry Trail", _c, "<p>A 5-mile loop through second-growth forest to a flooded granite quarry. Swimming is not allowed, but the picnic tables at the rim are some of the best in the county. Drive: 40 minutes.</p>"),
           ("6. Pine Bluff Overlook", _c, "<p>Short but steep: 2.4 miles with a 600-foot climb to a rocky overlook above the bay. Drive: 25 minutes.</p>"),
           ("7. Cedar Hollow Nature Preserve", _c, "<p>Several short connected trails, none longer than 2 miles, wind through old cedar groves. The visitor center lends binoculars for free. Drive: 30 minutes.</p>"),
           ("8. Saltmeadow Beach Walk", _c, "<p>Not a trail so much as a 6-mile walk along the sand at low tide. ⟦Check the tide tables before you go, because parts of the route flood at high water.⟧ Drive: 45 minutes.</p>"),
           ("9. Fenwick Railroad Grade", _c, "<p>An old rail line turned into a wide gravel path, 8 miles one way, shared with cyclists. Walk as far as you like and turn back. Drive: 20 minutes.</p>"),
           ("10. Bishop’s Knob", _c, "<p>⟦Our favorite for a late-afternoon hike: 3 miles round trip to a grassy summit⟧ that faces due west. Bring a headlamp for the walk down after sunset. Drive: 55 minutes.</p>")],
    outro="<p>⟦Whichever trail you choose, pack water, tell someone where you are going and leave the wildflowers for the next hiker.⟧</p>",
    exclude=["figcaption*", "div.ad-container*"],
    related=["⟪8 campgrounds you can still book for Memorial Day⟫", "The best trail running shoes, tested on wet rock", "Where to eat after a hike in Fenwick"],
    newsletter="⟪Get our weekend picks every Thursday.⟫",
    footer="© 2026 Weekend Compass Media. All rights reserved.",
    kind="other", why="listicle of hiking trails with practical details",
))

# ---------------------------------------------------------------- listicle in Russian: numbered h2 tips with image credits and ad labels
PAGES.append(dict(
    case="ru-other-listicle-otoplenie", lang="ru", skin="listicle_ru", domain="domsovet.example", site="Домашний совет",
    url="https://domsovet.example/dom/10-sposobov-sekonomit-na-otoplenii/",
    h1="10 способов сэкономить на отоплении и не замёрзнуть",
    deck="Простые способы сохранить тепло в квартире и доме.",
    authors=["Анна Соколова"], byline_text="Анна Соколова", ld_authors=["Анна Соколова"],
    pub="2026-01-20T10:00:00+03:00", date="20 января 2026", views="12 480 просмотров",
    nav=["Дом и быт", "Ремонт", "Сад и огород", "Кухня", "Финансы"],
    credit="Фото: архив редакции", erid="⟪Реклама. ООО «Теплый дом». erid: 2SDnjcVm4Lp⟫",
    intro="<p>⟦Зимой счета за отопление могут съедать заметную часть семейного бюджета.⟧ Мы собрали десять простых способов сохранить тепло в квартире или доме — от почти бесплатных до тех, что потребуют небольших вложений.</p>",
    ads_after=[2, 6],
    items=[("Проверьте уплотнители на окнах", "<p>Даже в пластиковых окнах со временем изнашиваются уплотнители. Проведите ладонью вдоль рамы в ветреный день: если чувствуется холод, уплотнитель пора менять.</p>"),
           ("Не закрывайте батареи шторами и мебелью", "<p>⟦Плотные шторы до пола и диван вплотную к радиатору задерживают заметную часть тепла.⟧ Лучше повесить короткие шторы или подвязывать их на день.</p>"),
           ("⟦Поставьте отражающий экран за радиатор⟧", "<p>Лист фольгированной изоляции за батареей возвращает в комнату тепло, которое иначе уходило бы в стену. Стоит он недорого, а установка занимает полчаса.</p>"),
           ("Проветривайте коротко, но интенсивно", "<p>Пять минут с широко открытым окном лучше, чем приоткрытая форточка весь день: воздух обновляется, а стены не успевают остыть.</p>"),
           ("Установите терморегуляторы", "<p>Термостатические головки на радиаторах позволяют держать в спальне 18 градусов, а в гостиной — 21. Каждый градус ниже заметно снижает расход тепла.</p>"),
           ("Утеплите входную дверь", "<p>Щель под дверью можно закрыть простым уплотнителем-щёткой или даже свёрнутым пледом.</p>"),
           ("Пользуйтесь солнцем", "<p>Днём открывайте шторы на солнечной стороне, а с наступлением темноты закрывайте их: так стекло меньше охлаждает комнату.</p>"),
           ("Постелите ковры", "<p>Холодный пол особенно заметен на первом этаже. Ковёр или даже толстый половик делают комнату ощутимо теплее.</p>"),
           ("Спустите воздух из радиаторов", "<p>⟦Если верх радиатора холодный, а низ горячий, скорее всего, в нём скопился воздух.⟧ Его можно спустить через кран Маевского, подставив под него тряпку.</p>"),
           ("Обратитесь в управляющую компанию", "<p>Если в квартире холодно, несмотря на все меры, зафиксируйте температуру и подайте жалобу: в жилой комнате должно быть не ниже 18 градусов.</p>")],
    outro="<p>⟦Большинство этих советов не требуют ни денег, ни ремонта — только немного внимания.⟧</p>",
    exclude=["span.tip__credit*", "div.rek-block*"],
    rating="⟪Была ли статья полезной? Оцените её⟫",
    related=["⟪Как выбрать обогреватель: масляный, конвектор или инфракрасный⟫", "Почему потеют окна и что с этим делать", "Тёплый пол своими руками: пошаговая инструкция"],
    footer="⟪© 2026 Домашний совет. При копировании материалов ссылка обязательна.⟫",
    kind="other", why="home tips listicle about saving on heating",
))

# ---------------------------------------------------------------- hero image and breadcrumb before the headline, standfirst, two authors plus a contributor
PAGES.append(dict(
    case="en-news-hero-parking", lang="en", skin="hero_en", domain="riversidecourier.example", site="Riverside Courier",
    url="https://www.riversidecourier.example/news/health/hospital-parking-fees-scrapped-for-night-shift-staff-26840311",
    h1="Hospital parking fees to be scrapped for night-shift staff and long-stay visitors",
    deck="Health board says the change will cost £1.2m a year but is needed to keep nurses from leaving",
    crumb="Health", authors=["Dana Whitfield", "Marcus Obi"], ld_authors=["Dana Whitfield", "Marcus Obi"],
    byline_text="By Dana Whitfield and Marcus Obi, with reporting by Sofia Brennan",
    byline_html='By <a href="/authors/dana-whitfield">Dana Whitfield</a> and <a href="/authors/marcus-obi">Marcus Obi</a>, with reporting by <a href="/authors/sofia-brennan">Sofia Brennan</a>',
    pub="2026-03-11T15:32:00+00:00", date="Wednesday 11 March 2026 15:32 GMT",
    caption="⟪The multi-storey car park at Riverside General is often full by mid-morning.⟫", credit="Photograph: Riverside Courier",
    nav=["News", "Sport", "What’s on", "Business", "Opinion", "Weather"],
    topics=["Riverside General Hospital", "NHS", "Parking"],
    most_read=["⟪Man charged after crash on the ring road⟫", "⟪Riverside Rovers appoint new manager⟫", "Ten of the best Sunday roasts in the city"],
    newsletter="⟪Sign up to the Courier’s free morning newsletter⟫",
    footer="© 2026 Riverside Courier Ltd. Registered in England and Wales.",
    body="""<p>⟦Night-shift staff and relatives of long-stay patients will no longer pay to park at Riverside General Hospital from April,⟧ the regional health board announced on Wednesday.</p>
<p>The change, which will also apply at the smaller Millbrook Community Hospital, ends a charging scheme that staff unions have described as a “tax on caring” since it was introduced in 2019. Day-shift staff and most visitors will continue to pay, although the daily cap will fall from £12 to £8.</p>
<p>⟦Health board chair Gwen Adeyemi said the decision was driven by recruitment.⟧ “We are losing nurses to hospitals thirty miles away for reasons that have nothing to do with pay,” she said. “When someone finishes a twelve-hour night shift and finds a parking fine on their windscreen, we should not be surprised when they leave.”</p>
<h2>£1.2m a year</h2>
<p>The board estimates the concession will cost about £1.2m a year in lost income, which it says will be covered by savings on agency staff if vacancy rates fall as expected. Riverside General currently has 214 nursing vacancies, about 11% of its establishment.</p>
<p>⟦Relatives of patients who stay in hospital for more than seven days will be able to apply for a free pass⟧ at the main reception. Parents of children in the neonatal unit already park free under a scheme introduced last year.</p>
<p>Tom Haskell, regional organiser of the Allied Health Workers Union, welcomed the move but said it did not go far enough. “Day staff face the same costs and the same shortage of spaces. This should be the first step, not the last,” he said.</p>
<p>Patients’ groups have long complained about the shortage of spaces at Riverside General, where the car park is often full by 9am. ⟦The board said a planning application for 300 additional spaces would be submitted this summer.⟧</p>""",
    kind="news", why="news report on hospital parking charges",
))

# ---------------------------------------------------------------- several <article> elements: the column, then cards in <article> for the author's other columns
PAGES.append(dict(
    case="ru-opinion-articles-avtobusy", lang="ru", skin="multi_ru", domain="severny-vestnik.example", site="Северный вестник",
    url="https://severny-vestnik.example/opinions/2026/03/11/gorodu-nuzhny-ne-parkovki-a-avtobusy/",
    h1="Городу нужны не новые парковки, а автобусы по расписанию",
    deck="Деньги на многоуровневую парковку можно потратить с большей пользой.",
    rubric="Мнения", role="колумнист", authors=["Игорь Белов"], byline_text="Игорь Белов", ld_authors=["Игорь Белов"],
    ld_type="OpinionNewsArticle", ld_section="Мнения", meta_section="Мнения",
    pub="2026-03-11T09:00:00+03:00", date="11 марта 2026, 09:00",
    nav=["Новости", "Город", "Мнения", "Экономика", "Спорт", "Афиша"],
    disclaimer="⟪Мнение автора может не совпадать с позицией редакции.⟫",
    bio="<p>⟪Игорь Белов — журналист, двенадцать лет пишет о городской среде и транспорте.⟫</p>",
    author_more=[("⟪Почему в нашем городе нельзя дойти пешком до реки⟫", "Набережная есть, а дорог к ней нет.", "Игорь Белов", "25 февраля 2026"),
                 ("Снег убирают не там, где ходят люди", "Тротуары снова оказались последними в очереди.", "Игорь Белов", "4 февраля 2026"),
                 ("Трамвай, который мы потеряли", "О линии, закрытой в 2009 году, и о том, что её можно вернуть.", "Игорь Белов", "14 января 2026")],
    also=[("⟪Школам нужны не камеры, а психологи⟫", "Безопасность начинается с разговора.", "Мария Грачёва", "10 марта 2026"),
          ("Зачем городу второй мост", "Ответ сторонника проекта.", "Олег Сомов", "6 марта 2026")],
    footer="⟪© 2026 «Северный вестник». Все права защищены.⟫ 18+",
    body="""<p>⟦Каждую зиму в нашем городе повторяется одна и та же история.⟧ Мэрия объявляет о строительстве очередной многоуровневой парковки в центре, а жители окраин продолжают ждать автобус по сорок минут на морозе, не зная, придёт ли он вообще.</p>
<p>Я езжу на работу на автобусе уже двенадцать лет. За это время маршрут номер 14 сменил трёх перевозчиков, но так и не обзавёлся расписанием, которому можно верить. Электронное табло на остановке показывает «5 минут» двадцать минут подряд. Многие мои соседи в конце концов сдались и купили машину, хотя ездить на ней по нашим пробкам — удовольствие сомнительное.</p>
<p>⟦Парковка на 600 мест обойдётся бюджету примерно в 900 миллионов рублей.⟧ На эти деньги можно купить несколько десятков новых автобусов или несколько лет доплачивать перевозчикам за работу строго по графику. Каждый такой автобус перевезёт за день больше людей, чем вся новая парковка.</p>
<p>Сторонники парковки говорят, что центру не хватает мест для машин и что торговля страдает. Возможно. Но чем удобнее ехать в центр на машине, тем больше людей так и делают, и через пару лет мест опять не хватает. Этот круг давно описан градостроителями, и выхода из него на асфальте нет.</p>
<p>⟦Городу нужна простая вещь: автобус, который приходит тогда, когда обещано.⟧ Для этого не нужны новые технологии. Нужны выделенные полосы на главных улицах, контракты, по которым перевозчик платит за каждый сорванный рейс, и честное табло на остановках.</p>
<p>Если мэрия хочет разгрузить центр, пусть начнёт с окраин. ⟦Тогда, возможно, и парковка окажется не нужна.⟧</p>""",
    kind="opinion", why="column arguing for reliable buses instead of a car park",
))

# ---------------------------------------------------------------- several <article> elements: "most read" cards before the post in the DOM, author cards after; opinion by voice only
PAGES.append(dict(
    case="it-opinion-articles-professionali", lang="it", skin="multi_it", domain="lalavagna.example", site="La Lavagna",
    tagline="Scuola, educazione e dintorni",
    url="https://www.lalavagna.example/scuola/smettiamo-di-chiamarle-scuole-di-serie-b/",
    h1="Smettiamo di chiamarle scuole di serie B", section="Scuola",
    deck="Gli istituti professionali formano i tecnici che le imprese cercano. Eppure li raccontiamo come un ripiego.",
    authors=["Chiara Benedetti"], byline_text="di Chiara Benedetti", ld_authors=["Chiara Benedetti"], ld_type="BlogPosting",
    pub="2026-03-09T08:30:00+01:00", date="9 marzo 2026",
    nav=["Scuola", "Università", "Famiglie", "Docenti", "Chi siamo"],
    most_read=[("⟪Maturità 2026, le date e le materie della seconda prova⟫", "Redazione"), ("Compiti a casa: quanti sono troppi?", "Luca Ferri"), ("Il ritorno del tempo pieno alle elementari", "Anna Vitale")],
    more=[("⟪Orientamento: tre domande da fare prima di scegliere la scuola⟫", "12 gennaio 2026", "Non chiedete quale scuola è la migliore, chiedete quale è la migliore per vostro figlio."),
          ("Il laboratorio non è un lusso", "3 dicembre 2025", "Senza ore di pratica, la scuola tecnica perde il suo senso.")],
    ncomments="⟪18 commenti⟫",
    newsletter="⟪Ricevi ogni domenica la newsletter della Lavagna⟫",
    footer="© 2026 La Lavagna – Testata registrata presso il Tribunale di Bologna",
    body="""<p>⟦Ogni anno, a gennaio, migliaia di ragazzi di terza media scelgono la scuola superiore.⟧ E ogni anno sento la stessa frase, detta da genitori, parenti e a volte persino da insegnanti: «Se non ha voglia di studiare, mandalo al professionale».</p>
<p>Insegno da quindici anni in un istituto professionale per l’industria e l’artigianato. I miei studenti riparano motori, progettano impianti elettrici, lavorano il legno con macchine a controllo numerico. Molti di loro trovano lavoro prima ancora del diploma, altri proseguono con un ITS o all’università. Eppure continuano a sentirsi dire, in mille modi, che hanno scelto la strada di chi non ce l’ha fatta.</p>
<p>⟦Questa idea non è solo ingiusta: è dannosa.⟧ Spinge verso i licei ragazzi che avrebbero talento per il lavoro tecnico e che finiscono per abbandonare gli studi al secondo anno. E lascia ai professionali una fama che scoraggia proprio le famiglie che dovrebbero considerarli.</p>
<p>Le imprese del nostro territorio cercano tecnici e non li trovano. Le officine della zona industriale mi chiamano a maggio per sapere quanti diplomati avrò a luglio, e ogni anno devo rispondere che sono meno di quelli che servono.</p>
<p>⟦Cambiare questa percezione tocca prima di tutto a noi adulti.⟧ Agli orientatori, che dovrebbero presentare tutti i percorsi con la stessa serietà. Ai giornali, che raccontano i professionali solo quando c’è un episodio di cronaca. E alle famiglie, che dovrebbero chiedersi cosa piace davvero ai loro figli, non quale scuola suona meglio a cena con gli amici.</p>
<p>I miei studenti non sono ragazzi di serie B. ⟦Sono ragazzi che hanno imparato presto a trasformare un’idea in qualcosa che funziona.⟧</p>""",
    kind="opinion", why="teacher's post arguing vocational schools deserve respect",
))
