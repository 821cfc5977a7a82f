"""Serbian and Macedonian: a Belgrade daily in Cyrillic (a Tanjug-sourced story with "Ивана Петровић |
Извор: Танјуг", a Колумна, an unsigned Становиште), a Novi Sad portal in Latin script (a bridge story,
a TV programme page), a Skopje portal (air pollution news, a Колумна on Ohrid)."""

PAGES = []

VV = dict(domain="www.vecernje-vesti.example", site="Вечерње вести", today="Четвртак, 5. март 2026.",
          widget="Београд 11°C ☁ · EUR 117,18 RSD · USD 108,40 RSD",
          nav=["Почетна", "Политика", "Друштво", ("Београд", ["Саобраћај", "Градња"]), "Економија", "Свет", "Хроника",
               ("Ставови", ["Колумне", "Становиште", "Коментари"]), "Култура", "Спорт", "Забава"],
          viber="Пратите нас и на Viber заједници „Вечерње вести“",
          footer_nav=["Импресум", "Маркетинг", "Услови коришћења", "Политика приватности", "Контакт"],
          footer="© 2026 Вечерње вести. Сва права задржана. Преузимање садржаја дозвољено уз навођење извора и линка.",
          op_teasers=[("Колумна", "Зашто смо престали да пишемо писма", "Драган Миловановић"),
                      ("Коментар", "Село без аутобуса", "Јелена Ђурић")])
VV_RANK = ["⟪Пензије за март стижу раније: ево датума⟫", "Нови ред вожње на линији Београд–Нови Сад",
           "Временска прогноза: захлађење за викенд", "Цене горива од петка"]

ND = dict(domain="www.nsdnevnik.example", site="Novosadski dnevnik", html_lang="sr-Latn", wlang="sr-Latn", today="četvrtak, 5. mart 2026.",
          widget="Novi Sad 12°C · EUR 117,18 · Dunav kod Novog Sada: 312 cm",
          nav=["Vesti", "Novi Sad", "Vojvodina", "Srbija", "Ekonomija", ("Stavovi", ["Kolumne", "Komentari"]), "Kultura", "Sport", "TV program", "Zabava"],
          viber="Zapratite Novosadski dnevnik na Viberu",
          footer_nav=["O nama", "Marketing", "Uslovi korišćenja", "Kontakt"],
          footer="© 2026 Novosadski dnevnik. Sva prava zadržana.",
          op_teasers=[("Kolumna", "Grad koji je zaboravio reku", "Milan Stojković")])
ND_RANK = ["⟪Veliki radovi na Bulevaru oslobođenja od ponedeljka⟫", "Novosađani dobijaju novi park kod Limana",
           "Cene na pijacama: ovo je najskuplje", "Exit predstavio prve izvođače"]

# ---------------------------------------------------------------- "Ивана Петровић | Извор: Танјуг"
PAGES.append(dict(VV,
    case="sr-news-balkan-linije", lang="sr", skin="balkan", secpath="beograd",
    url="https://www.vecernje-vesti.example/beograd/saobracaj/nove-linije-gradskog-prevoza-2026-03-05",
    h1="Београд добија четири нове линије градског превоза од 1. априла",
    crumbs=["Београд", "Саобраћај"], authors=["Ивана Петровић"], byline_text="Ивана Петровић | Извор: Танјуг",
    byline_html='<a href="/autor/ivana-petrovic">Ивана Петровић</a> | Извор: Танјуг', ld_authors=["Ивана Петровић"], ld_type="NewsArticle",
    pub="2026-03-05T10:32:00+01:00", date="05. март 2026. 10:32", views="8 114",
    ticker=["Скупштина града усвојила ребаланс буџета", "Радови у Булевару краља Александра"],
    hero="⟪Аутобус ГСП-а на Славији. Фото: Вечерње вести / Марко Илић⟫",
    tags=["ГСП", "Градски превоз", "Београд"],
    related=["Како до месечне карте за ученике", "⟪Нови трамваји стижу до краја године⟫"],
    rank=VV_RANK,
    comments=[("Зоран из Миријева", "05.03.2026. 11:04", "⟪Коначно линија до Аде без преседања, чекали смо ово годинама.⟫", "37")],
    body="""⟦Београд ће од 1. априла добити четири нове линије јавног градског превоза,⟧ саопштио је Секретаријат за јавни превоз. Нове линије повезаће насеља на ободу града са станицама метро-система у изградњи и главним саобраћајним чвориштима.

Реч је о аутобуским линијама 112, 115, 409 и 611. ⟦Линија 611 повезиваће Земун Поље и Нови Београд,⟧ а линија 409 биће прва директна веза Калуђерице и Ауто-команде.

[[REL|⟪Како ће изгледати нова станица Прокоп⟫]]

Из секретаријата наводе да су нове линије уведене након анализе путовања грађана, која је показала да становници приградских насеља у просеку мењају два до три превозна средства на путу до посла.

[[SPLIT]]

На новим линијама саобраћаће 38 аутобуса, од којих је 20 на електрични погон. ⟦Интервал у шпицу биће од 8 до 12 минута,⟧ а ван шпица до 20 минута.

Цена карте се не мења. Путници ће и даље моћи да плате вожњу преко апликације, СМС поруком или картицом у возилу.

Према речима представника градске управе, до краја године биће уведене још три линије, након што се заврши реконструкција моста у Винчи. ⟦Детаљни редови вожње биће објављени на сајту секретаријата до 20. марта.⟧""",
    kind="news", why="city transport report sourced to Tanjug",
))

# ---------------------------------------------------------------- Колумна, колумниста box
PAGES.append(dict(VV,
    case="sr-opinion-balkan-cirilica", lang="sr", skin="balkan", secpath="stavovi",
    url="https://www.vecernje-vesti.example/stavovi/kolumne/cirilica-nije-muzejski-eksponat",
    h1="Ћирилица није музејски експонат",
    crumbs=["Ставови", "Колумне"], label="Колумна", authors=["Небојша Вуковић"], byline_text="Небојша Вуковић, колумниста",
    author_box=[("Небојша Вуковић", "колумниста")], ld_authors=["Небојша Вуковић"], ld_type="OpinionNewsArticle", ld_section="Колумне",
    pub="2026-03-07T08:00:00+01:00", date="07. март 2026. 08:00", today="Субота, 7. март 2026.", views="5 466",
    statement="⟪Ставови изнети у колумнама нису нужно ставови редакције.⟫",
    ticker=["⟪Почиње Сајам туризма у Београду⟫", "Најава: Нови Сад домаћин регионалног форума"],
    tags=["Ћирилица", "Језик", "Култура"],
    related=["Закон о употреби српског језика: шта се мења", "Колико натписа у Београду је на ћирилици"],
    rank=VV_RANK,
    comments=[("Милица", "07.03.2026. 09:40", "⟪Мој син пише на латиници јер му телефон тако нуди. Аутор је у праву.⟫", "48"),
              ("Dejan_NS", "07.03.2026. 10:02", "Оба писма су наша, не видим проблем.", "19")],
    body="""⟦Прошетајте Кнез Михаиловом и покушајте да избројите натписе на ћирилици.⟧ Ја сам то урадио прошле недеље и на првих сто излога нашао сам их једанаест. Остало су латиница, енглески и понеки италијански назив кафића.

Не пишем ово да бих некоме забранио латиницу. Српски језик има два писма и то је богатство, а не проблем. ⟦Али богатство које не користимо полако постаје успомена.⟧

[[H|Писмо за свечане прилике]]

Ћирилица је данас писмо државних печата, уџбеника и споменика. У свакодневном животу, на телефону, у огласима и рекламама, готово је нестала. ⟦Деца је уче у првом разреду, а затим је годинама не виде изван учионице.⟧

[[SPLIT]]

Закони ту мало могу да помогну. Казне за фирме које немају натпис на ћирилици изазивају само отпор и осећај да је писмо нешто што нам намећу. Мислим да је пут другачији: да ћирилица постане ствар избора, укуса и поноса.

Град може да понуди попуст на таксе за фирме које имају ћирилични натпис. ⟦Дизајнери могу да праве модерна ћирилична слова, а не само она која подсећају на старе књиге.⟧ Телефони и рачунари могу да нуде ћирилицу као подразумевано писмо. Медији могу да је користе без извињења.

Ћирилица неће нестати због закона или без њих. Нестаће ако престанемо да је пишемо. ⟦Зато је најважнији корак најједноставнији: пишите ћирилицом и када не морате.⟧""",
    kind="opinion", why="column arguing for everyday use of Cyrillic",
))

# ---------------------------------------------------------------- unsigned editorial: Становиште
PAGES.append(dict(VV,
    case="sr-opinion-balkan-stanoviste", lang="sr", skin="balkan", secpath="stavovi",
    url="https://www.vecernje-vesti.example/stavovi/stanoviste/buka-u-gradu-zasluzuje-ozbiljan-odgovor",
    h1="Становиште: Бука у граду заслужује озбиљан одговор",
    crumbs=["Ставови", "Становиште"], label="Становиште", authors=None, byline_text="Вечерње вести",
    byline_html="Вечерње вести", ld_authors=["org:Вечерње вести"], ld_type="OpinionNewsArticle", ld_section="Становиште", meta="ld",
    pub="2026-03-09T06:00:00+01:00", date="09. март 2026. 06:00", today="Понедељак, 9. март 2026.", views="2 017",
    ticker=["⟪Град најавио мерење буке на 50 локација⟫", "Нова правила за рад угоститељских башти"],
    tags=["Бука", "Београд", "Комунална полиција"],
    related=["⟪Станари Дорћола поднели петицију против буке⟫", "Колико кошта казна за ноћну буку"],
    rank=VV_RANK,
    comments=[("Станар са Дорћола", "09.03.2026. 07:30", "⟪Три године не спавам од петка до недеље. Нико не реагује.⟫", "72")],
    body="""⟦Београд је све гласнији, а град се према томе понаша као да је реч о ситници.⟧ Жалбе станара на ноћну буку из кафића, градилишта која раде и после десет увече и музику са сплавова годинама се гомилају у комуналној полицији, а одговор је увек исти: проверићемо.

Бука није питање укуса нити сукоб старијих који желе мир и млађих који желе да се забаве. ⟦Бука је питање здравља, и то је одавно доказано.⟧ Људи који годинама не могу да спавају чешће оболевају од срчаних болести, теже се концентришу на послу и раде лошије.

[[SPLIT]]

Законски оквир постоји. Проблем је у томе што се не примењује. Комунална полиција нема довољно људи ни мерних уређаја за ноћни рад, а казне су ниске и ретко се наплаћују. ⟦Власник кафића рачуна да му се више исплати да плати казну него да утиша музику.⟧

Сматрамо да је време да град уведе јасна правила: аутоматско мерење буке на најугроженијим локацијама, јавну мапу прекршаја и казне које расту са сваким поновљеним прекршајем. Градилишта која крше ноћни мир морала би да обуставе радове.

⟦Мир у сопственом стану није луксуз, већ право које град мора да заштити.⟧""",
    kind="opinion", why="unsigned editorial calling for noise enforcement",
))

# ---------------------------------------------------------------- Latin script: news, "05.03.2026. u 10:32"
PAGES.append(dict(ND,
    case="sr-news-balkan-most", lang="sr", skin="balkan", secpath="novi-sad",
    url="https://www.nsdnevnik.example/novi-sad/most-na-adi-pocinje-izgradnja-2026-03-05",
    h1="Počinje izgradnja pešačko-biciklističkog mosta preko Dunava",
    crumbs=["Novi Sad"], authors=["Marko Jovanović"], byline_text="Autor: Marko Jovanović",
    byline_html='Autor: <a href="/autor/marko-jovanovic">Marko Jovanović</a>', meta="og",
    pub="2026-03-05T10:32:00+01:00", date="05.03.2026. u 10:32", views="6 390",
    ticker=["⟪Privremena regulacija saobraćaja na Rumenačkom putu⟫", "Noć muzeja biće održana u maju"],
    tags=["Novi Sad", "Most", "Biciklisti"],
    related=["⟪Kako će izgledati novi kej na Limanu⟫", "Gde su biciklističke staze u gradu"],
    rank=ND_RANK,
    comments=[("Biciklista_NS", "05.03.2026. u 11:45", "⟪Konačno! Preko Varadinskog mosta je opasno voziti bicikl.⟫", "26")],
    body="""⟦Izgradnja pešačko-biciklističkog mosta preko Dunava između Limana i Sremske Kamenice počeće u aprilu,⟧ saopštila je Gradska uprava za građevinsko zemljište i investicije. Most će biti dugačak 460 metara, a radovi bi trebalo da traju dve godine.

Vrednost radova procenjena je na 3,2 milijarde dinara. ⟦Most će imati odvojene trake za pešake i bicikliste, kao i vidikovce na sredini raspona.⟧

[[REL|⟪Stanovnici Kamenice traže novu autobusku liniju⟫]]

Prema rečima predstavnika gradske uprave, most treba da rastereti saobraćaj na Varadinskom mostu, preko kojeg svakog dana pređe oko pet hiljada biciklista.

[[SPLIT]]

Tokom izgradnje deo šetališta na Limanu biće zatvoren za prolaz. ⟦Grad je obećao da će plaža Štrand tokom leta raditi bez ograničenja.⟧

Udruženja biciklista pozdravila su početak radova, ali upozoravaju da most neće imati smisla bez novih staza koje vode do njega. Iz gradske uprave odgovaraju da je projektom predviđeno i sedam kilometara novih biciklističkih staza na obe obale.

Most će nositi ime po novosadskoj fizičarki Milevi Marić, odlučila je Skupština grada na predlog građana. ⟦Završetak radova planiran je za proleće 2028. godine.⟧""",
    kind="news", why="local infrastructure report",
))

# ---------------------------------------------------------------- TV programme page
PAGES.append(dict(ND,
    case="sr-other-balkan-tv-program", lang="sr", skin="balkan", secpath="tv-program",
    url="https://www.nsdnevnik.example/tv-program/tv-program-cetvrtak-5-mart-2026",
    h1="TV program za četvrtak, 5. mart: šta gledati večeras",
    crumbs=["TV program"], authors=["Jelena Savić"], byline_text="Priredila: Jelena Savić",
    byline_html="Priredila: Jelena Savić", meta="og", meta_pub=False,
    pub="2026-03-05T07:00:00+01:00", date="četvrtak, 5. mart 2026. u 07:00", views="12 880",
    ticker=["⟪Počinje prodaja karata za Sterijino pozorje⟫", "Nova sezona popularne serije od aprila"],
    tags=["TV program", "Serije", "Filmovi"],
    related=["⟪TV program za petak, 6. mart⟫", "⟪Najgledanije serije u februaru⟫"],
    rank=ND_RANK,
    body="""⟦Četvrtak veče donosi fudbal, novu epizodu domaće serije i klasičan film za one koji vole crno-bele filmove.⟧ Izdvojili smo najzanimljivije iz programa domaćih kanala.

[[H|Film večeri]]

⟦Na RTS 2 u 21:00 prikazuje se „Leto na Tamišu“, drama iz 1967. godine⟧ o porodici ribara iz banatskog sela. Film je obnovljen u visokoj rezoluciji i prvi put se emituje u ovoj verziji.

[[H|Serija]]

Od 20:05 na RTS 1 je nova epizoda serije „Kuća na obali“. U ovoj epizodi porodica Marković saznaje da je stara vodenica prodata stranom investitoru, a Milan odlučuje da se suprotstavi ocu.

[[AD]]

[[H|Sport]]

Ljubitelje fudbala očekuje prenos utakmice Lige konferencija u 18:45 na kanalu Arena Sport 1. Nakon utakmice sledi emisija sa analizom i izjavama trenera.

[[H|Dokumentarni program]]

Na RTV 1 u 22:10 je dokumentarni film „Dunav, reka koja pamti“, o ribarima i brodarima koji su ceo život proveli uz reku. ⟦Film je snimljen tokom dve godine na potezu od Bezdana do Đerdapa.⟧

[[H|Za najmlađe]]

Deca mogu da prate crtani serijal „Mali istraživači“ svakog dana u 17:30 na RTV 2.

Ceo program svih kanala možete pogledati u našem TV vodiču. ⟦Moguće su izmene programa u poslednjem trenutku, pa pratite najave televizija.⟧""",
    kind="other", why="TV programme listing with highlights",
))

# ---------------------------------------------------------------- Macedonian
VI = dict(domain="www.vardarinfo.example", site="Вардар инфо", today="Четврток, 5 март 2026",
          widget="Скопје 10°C · PM10: 94 µg/m³ · EUR 61,5 МКД",
          nav=["Македонија", "Скопје", "Економија", "Свет", "Регион", ("Колумни", ["Став", "Анализа"]), "Култура", "Спорт", "Живот"],
          viber="Следете не на Viber и Telegram за најновите вести",
          footer_nav=["За нас", "Маркетинг", "Контакт", "Политика на приватност"],
          footer="© 2026 Вардар инфо. Сите права се задржани.",
          op_teasers=[("Колумна", "Македонија и Европа: долгото чекање", "Александар Ристовски"),
                      ("Став", "Скопје има потреба од повеќе зеленило", "Марија Стојанова")])
VI_RANK = ["⟪Нови цени на горивата од полноќ⟫", "Ќе има ли снег во Скопје за викендот",
           "Матурата ќе се полага по нов систем", "Градежни работи на булеварот Партизански одреди"]

PAGES.append(dict(VI,
    case="mk-news-balkan-zagaduvanje", lang="mk", skin="balkan", secpath="skopje",
    url="https://www.vardarinfo.example/skopje/merki-protiv-aerozagaduvanje-2026-03-05",
    h1="Скопје воведува бесплатен јавен превоз во денови со високо загадување",
    crumbs=["Скопје"], authors=["Елена Трајковска"], byline_text="Подготви: Елена Трајковска",
    byline_html="Подготви: Елена Трајковска", meta="og",
    pub="2026-03-05T11:10:00+01:00", date="05.03.2026 11:10", views="3 544",
    ticker=["⟪Владата ја усвои стратегијата за енергетика⟫", "Нов распоред на часови во основните училишта"],
    tags=["Аерозагадување", "Скопје", "ЈСП"],
    related=["⟪Кои се најзагадените градови во државата⟫", "Субвенции за инвертер клими"],
    rank=VI_RANK,
    comments=[("Горан", "05.03.2026 12:18", "⟪Добра мерка, ама автобусите и така се полни во шпиц.⟫", "21")],
    body="""⟦Град Скопје од следната недела ќе воведе бесплатен јавен превоз во деновите кога концентрациите на PM10 честички ќе ја надминат алармантната граница.⟧ Одлуката ја донесе Советот на Град Скопје на седницата во средата.

Според одлуката, ⟦бесплатниот превоз ќе важи за сите линии на ЈСП Скопје⟧ и ќе стапува на сила наредниот ден откако мерните станици ќе регистрираат повеќе од 200 микрограми на метар кубен.

[[REL|⟪Колку чини годишна карта за јавен превоз⟫]]

Градоначалникот изјави дека целта е да се намали бројот на автомобили во центарот на градот во најкритичните денови. Според проценките на градот, во таквите денови низ центарот минуваат над 60.000 возила.

[[SPLIT]]

Мерката ќе чини околу 1,2 милиони денари дневно. ⟦Средствата ќе бидат обезбедени од буџетот на градот и од фонд за животна средина.⟧

Еколошките здруженија ја поздравија одлуката, но предупредија дека бесплатниот превоз сам по себе нема да го реши проблемот. Според нив, главни извори на загадувањето се греењето на дрва и старите возила.

Градот најави и проширување на програмата за субвенции за инвертер клими. ⟦Јавниот повик за граѓаните ќе биде објавен до крајот на март.⟧""",
    kind="news", why="city council decision report on pollution measures",
))

PAGES.append(dict(VI,
    case="mk-opinion-balkan-ohrid", lang="mk", skin="balkan", secpath="kolumni",
    url="https://www.vardarinfo.example/kolumni/ohrid-ne-smee-da-bide-gradiliste",
    h1="Охрид не смее да стане големо градилиште",
    crumbs=["Колумни"], label="Колумна", authors=["Весна Николовска"], byline_text="Весна Николовска, колумнист",
    author_box=[("Весна Николовска", "колумнист")], ld_authors=["Весна Николовска"], ld_type="OpinionNewsArticle", meta="og",
    pub="2026-03-08T09:15:00+01:00", date="08.03.2026 09:15", today="Недела, 8 март 2026", views="4 011",
    statement="⟪Ставовите изнесени во колумните се лични ставови на авторите и не ги одразуваат ставовите на редакцијата.⟫",
    ticker=["⟪Туристичката сезона во Охрид почнува порано⟫", "УНЕСКО испраќа нова мисија"],
    tags=["Охрид", "УНЕСКО", "Урбанизам"],
    related=["⟪Колку хотели се градат на охридското крајбрежје⟫", "Сезонски работници: недостиг на кадар"],
    rank=VI_RANK,
    comments=[("Охриѓанец", "08.03.2026 10:40", "⟪Секое лето сè повеќе бетон, а сè помалку плажа.⟫", "44")],
    body="""⟦Секоја пролет, кога се враќам во Охрид, наоѓам уште една нова зграда таму каде што пред една година имаше ливада или старо лозје.⟧ Градот што со векови растел полека, денес се менува побрзо отколку што можеме да забележиме.

Разбирам дека туризмот носи пари и работни места. ⟦Но Охрид не е обичен туристички град, туку место под заштита на УНЕСКО,⟧ и таа заштита не е само етикета за рекламни брошури.

[[H|Што губиме]]

Крајбрежјето се полни со апартмани што стојат празни девет месеци годишно. Старата чаршија сè повеќе личи на низа продавници за сувенири. ⟦Луѓето што живеат тука цела година се иселуваат, бидејќи закупите станаа недостапни.⟧

[[SPLIT]]

Мислам дека е време за мораториум на нова градба на крајбрежјето додека не се донесе нов урбанистички план, изработен со учество на граѓаните и експертите. Тоа не е против развојот, туку за развој што нема да го уништи она заради што луѓето доаѓаат тука.

Други градови под заштита на УНЕСКО веќе го направија тоа. Тие го ограничија бројот на посетители во старите јадра и ја запреа новата градба покрај водата. ⟦Охрид сè уште има време да избере, но тоа време брзо истекува.⟧""",
    kind="opinion", why="columnist argues for a building moratorium in Ohrid",
))

from common import grow  # noqa: E402

grow(PAGES, {
    "sr-news-balkan-linije": [
        "Укидају се, међутим, две постојеће линије, 402 и 707, чије ће трасе у потпуности покривати нове линије. Путници ће, како наводе из секретаријата, на истим стајалиштима чекати краће него до сада.",
        "Удружење корисника јавног превоза поздравило је увођење нових линија, али је подсетило да на многим постојећим линијама возила и даље касне и до пола сата у јутарњим сатима. Оно тражи да се у возила угради систем за праћење у реалном времену, како би путници на апликацији видели када аутобус стиже.",
    ],
    "sr-opinion-balkan-cirilica": [
        "Чујем приговор да је латиница практичнија, да је разумеју странци и да је лакша за куцање. Можда је тако. Али колико странаца заиста одлучује у коју ће пекару да уђе према писму на натпису? Пекара у Београду која има ћирилични натпис није мање отворена за свет, само је мало више своја.",
    ],
    "sr-opinion-balkan-stanoviste": [
        "Друге европске престонице давно су нашле решење. Тамо где станари и угоститељи живе у истим улицама, постоје јасни сатови за музику, звучна изолација је услов за дозволу, а инспектори раде ноћу, када бука заиста настаје. Ништа од тога није скупо ни компликовано.",
        "Не тражимо да Београд постане тих и досадан град. Ноћни живот је део његовог шарма и привлачи туристе. Али град који жели да буде пријатан за госте мора прво да буде пријатан за оне који у њему живе.",
    ],
    "sr-news-balkan-most": [
        "Most će biti osvetljen LED rasvetom, a na obe obale biće postavljene stanice za iznajmljivanje gradskih bicikala. Projektanti su predvideli i nadstrešnice na vidikovcima, kako bi most mogao da se koristi i po kiši.",
        "Izvođač radova biće izabran na javnom tenderu koji je raspisan prošlog meseca. Na tender se javilo pet konzorcijuma, a odluka se očekuje do kraja marta.",
        "Ideja o mostu koji bi povezao Liman i Sremsku Kamenicu postoji više od deset godina. Projekat je dva puta menjan zbog primedbi Zavoda za zaštitu spomenika kulture, koji je tražio da most ne zaklanja pogled na Petrovaradinsku tvrđavu.",
    ],
    "sr-other-balkan-tv-program": [
        "Za ljubitelje kviza, u 19:00 na Prvoj je novo izdanje kviza „Brzo pitanje“, a nakon Dnevnika na RTS 1 sledi politički magazin „Pitanja sa razlogom“, u kojem će gosti razgovarati o novom zakonu o lokalnim izborima.",
        "Kasno uveče, u 23:30, na Nova S prikazuje se komedija „Letovanje u Sutomoru“, priča o porodici iz Beograda koja prvi put posle dvadeset godina odlazi na more.",
    ],
    "mk-news-balkan-zagaduvanje": [
        "Според податоците на Министерството за животна средина, во февруари Скопје имало 14 денови со концентрации на PM10 честички над алармантниот праг. Најлоши биле состојбите во Лисиче, Карпош и Ѓорче Петров, каде што вредностите на моменти биле и десет пати над дозволените.",
        "Во советот имаше и критики. Дел од советниците предупредија дека ЈСП Скопје веќе има недостиг на возачи и автобуси, па не е јасно дали ќе може да го прими зголемениот број патници.",
        "Освен бесплатниот превоз, во деновите со високо загадување ќе биде забрането движење на тешки товарни возила низ центарот на градот, а градежните работи ќе мораат да се намалат. Инспекторите ќе вршат и засилени контроли на индустриските капацитети.",
    ],
    "mk-opinion-balkan-ohrid": [
        "Решението не е да ги избркаме туристите. Охрид може да живее од туризам и притоа да остане Охрид. Но тоа бара правила што важат за сите, а не дозволи што се издаваат преку врски, и инспекција што ќе ги сруши дивоградбите наместо да ги легализира.",
        "Охриѓаните знаат да бидат гостопримливи, тоа е дел од нашиот карактер. Но и најдобриот домаќин на крајот сака да остане во својата куќа.",
    ],
})
