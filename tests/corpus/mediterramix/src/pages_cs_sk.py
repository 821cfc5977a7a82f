"""Czech (4) and Slovak (3) pages of mediterramix: a ČTK story with "Aktualizováno", a reporter's story ("Napsal …")
whose second half sits in a Předplatitelský obsah wrapper, a Komentáře piece by a komentátor, a product test with
score boxes; a TASR story without date metadata, a Slovak column marked only by the byline role "komentátor", a TV
guide."""

PAGES = []

CS_COOKIE = ("Vážíme si vašeho soukromí. My a naši partneři používáme soubory cookie a další technologie k měření "
             "návštěvnosti, personalizaci obsahu a reklam. Souhlas můžete kdykoli odvolat v nastavení.")
SK_COOKIE = ("Na našej stránke používame súbory cookie na zlepšenie služieb, meranie návštevnosti a personalizáciu "
             "reklamy. Kliknutím na Súhlasím vyjadrujete súhlas s ich používaním.")
CS_NAV = ["Zprávy", "Domácí", "Zahraniční", "Krimi", "Ekonomika", "Sport", "Kultura", "Názory", "Komentáře", "Věda", "Počasí"]
SK_NAV = ["Správy", "Domáce", "Zahraničie", "Ekonomika", "Šport", "Kultúra", "Názory", "Komentáre", "Bratislava", "Košice", "TV program"]

# ---------------------------------------------------------------- 17. ČTK story with Aktualizováno
PAGES.append(dict(
    case="cs-news-stred-snatky", lang="cs", html_lang="cs-CZ", skin="stred", domain="www.zpravydnes.example", site="Zprávy Dnes", secpath="domaci",
    url="https://www.zpravydnes.example/domaci/pocet-snatku-loni-klesl-na-nejnizsi-uroven-od-roku-2013.A260305_103200_domaci",
    h1="Počet sňatků loni klesl na nejnižší úroveň od roku 2013",
    deck="V Česku se loni vzalo necelých 42 tisíc párů. Novomanželé jsou stále starší, ukazují předběžné údaje statistiků.",
    kicker="Domácí", crumbs=["Zprávy", "Domácí"], authors=None, byline_html="ČTK",
    ld_authors=["org:ČTK"], ld_type="NewsArticle", ld_section="Domácí",
    pub="2026-03-05T10:32:00+01:00", mod="2026-03-05T14:05:00+01:00",
    date="5. března 2026 10:32", updated="Aktualizováno 5. března 2026 14:05", today="Čtvrtek 5. března 2026, svátek má Miroslav",
    nav=CS_NAV, subnav=["Názory", "Komentáře", "Glosy", "Rozhovory"], widget="EUR 25,02 Kč · USD 23,14 Kč · Praha 7 °C",
    cookie=CS_COOKIE, cookie_title="Souhlas s použitím cookies",
    ticker=["Vláda schválila návrh rozpočtu na příští rok", "Na D1 u Humpolce se tvoří kolony"],
    caption="⟪Svatba na Staroměstské radnici v Praze.⟫ Foto: ČTK / Michaela Říhová",
    side=[("Nejčtenější", ["⟪Důchody v dubnu: kdy přijdou a kolik to bude⟫", "Sněžka hlásí nejvíce sněhu za deset let", "Nová pravidla pro parkování v Brně"]),
          ("Názory", [("Komentář", "Manželství není jen papír"), ("Glosa", "⟪Svatba za půl milionu? Děkuji, nechci⟫"),
                      ("Komerční sdělení", "Jak financovat vlastní bydlení bez stresu", "ad")])],
    tags=["Sňatky", "ČSÚ", "Demografie"],
    related=["Porodnost v Česku je nejnižší v historii", "Rozvodů ubývá, ukazují data"],
    comments=[("Pavel K.", "5. 3. 2026 11:04", "⟪Mladí si nemůžou dovolit ani byt, natož svatbu.⟫")], comment_count=54,
    footer="⟪© 2026 Zprávy Dnes. Publikování nebo šíření obsahu je bez písemného souhlasu zakázáno.⟫", footer_nav=["Kontakty", "Reklama", "Ochrana soukromí", "Cookies"],
    body="""Praha – ⟦Počet sňatků v Česku loni klesl na zhruba 41 800, což je nejméně od roku 2013.⟧ Meziročně se tak vzalo o 2 300 párů méně. Vyplývá to z předběžných údajů, které ve čtvrtek zveřejnil Český statistický úřad (ČSÚ).

Novomanželé jsou podle statistiků stále starší. ⟦Ženichům bylo při prvním sňatku v průměru 33,1 roku a nevěstám 30,6 roku.⟧ Před deseti lety to bylo zhruba o rok a půl méně.

[[READ|⟪Porodnost v Česku klesla na historické minimum⟫]]

Nejvíce svateb se tradičně konalo v létě, nejoblíbenějším měsícem byl červen. Oblibě se těšila také data s opakujícími se číslicemi. Nejvíce párů se vzalo v sobotu 21. června, kdy si ano řeklo přes 1 100 dvojic.

[[H|Méně rozvodů]]

Klesá i počet rozvodů. Soudy loni rozvedly přibližně 19 600 manželství, o necelých 900 méně než předloni. ⟦Průměrná délka rozvedeného manželství se prodloužila na 13,9 roku.⟧

[[AD]]

Demografové pokles sňatků spojují s tím, že stále více párů žije bez svatby a že mladí lidé odkládají zakládání rodiny. Roli podle nich hraje i drahé bydlení. Více než polovina dětí se v Česku už několik let rodí mimo manželství, nejvíce v Karlovarském a Ústeckém kraji.

„Páry se dnes berou až ve chvíli, kdy mají zajištěné bydlení a stabilní práci, a to se v posledních letech posunulo do pozdějšího věku,“ řekla ČTK demografka Univerzity Karlovy Jana Horáková.

Předběžné údaje ukázaly také pokračující pokles porodnosti. Loni se v Česku narodilo přibližně 79 000 dětí, nejméně od počátku samostatného státu. Počet zemřelých převýšil počet narozených o více než 30 000.

Statistici upozorňují, že jde o předběžná čísla a definitivní údaje zveřejní v létě. ⟦Počet obyvatel Česka loni díky stěhování mírně vzrostl na 10,91 milionu.⟧""",
    kind="news", why="agency report on marriage statistics",
))

# ---------------------------------------------------------------- 18. Reporter's story; second half in a Předplatitelský obsah wrapper
PAGES.append(dict(
    case="cs-news-stred-porodnice", lang="cs", html_lang="cs-CZ", skin="stred", domain="www.severnilisty.example", site="Severní listy", secpath="olomoucky-kraj",
    url="https://www.severnilisty.example/olomoucky-kraj/porodnice-v-jeseniku-skonci-zeny-budou-jezdit-do-sumperka",
    h1="Porodnice v Jeseníku skončí. Ženy budou jezdit přes Červenohorské sedlo",
    deck="Nemocnice nesežene dost dětských lékařů. Rodičky z Jesenicka to budou mít do nejbližší porodnice až hodinu cesty.",
    kicker="Olomoucký kraj", crumbs=["Regiony", "Olomoucký kraj"], authors=["Ondřej Malý"],
    byline_html='Napsal <a href="/autor/ondrej-maly">Ondřej Malý</a>',
    meta="og", meta_section="Olomoucký kraj",
    pub="2026-03-06T05:45:00+01:00", mod="2026-03-06T09:30:00+01:00",
    date="6. března 2026 5:45", updated="Aktualizováno 6. března 2026 9:30", today="Pátek 6. března 2026",
    nav=["Zprávy", "Regiony", "Olomoucký kraj", "Zlínský kraj", "Moravskoslezský kraj", "Sport", "Názory", "Komentáře", "Kultura"],
    subnav=["Názory", "Komentáře", "Dopisy čtenářů"],
    cookie=CS_COOKIE,
    ticker=["Červenohorské sedlo je sjízdné jen se zimní výbavou", "Olomouc: oprava tramvajové trati začíná v dubnu"],
    caption="⟪Porodní sál jesenické nemocnice.⟫ Foto: Ondřej Malý",
    paywall=("Předplatitelský obsah", "⟪Tento článek je součástí předplatného Severní listy Plus. Předplaťte si a čtěte bez omezení.⟫"),
    side=[("Nejčtenější", ["⟪Jeseník: silnice přes Ramzovou bude zavřená dva měsíce⟫", "Kde na Moravě ještě lze lyžovat", "Šumperk chystá nové parkoviště"]),
          ("Názory", [("Komentář", "Periferie, na kterou stát zapomněl"), ("Dopis čtenáře", "Porodnice není luxus")])],
    tags=["Jeseník", "Porodnice", "Zdravotnictví"],
    related=["Kraj hledá lékaře, nabízí byty i náborové příspěvky", "Porodnic v Česku ubývá"],
    comments=[("Lenka Z.", "6. 3. 2026 7:12", "⟪V zimě přes sedlo s kontrakcemi? To nikdo nemyslí vážně.⟫"),
              ("jesenicak", "6. 3. 2026 8:40", "Smutné, ale dalo se to čekat.")], comment_count=131,
    footer="⟪© 2026 Severní listy, a.s. Všechna práva vyhrazena.⟫", footer_nav=["Kontakt", "Inzerce", "Předplatné", "Cookies"],
    body="""⟦Porodnice v jesenické nemocnici ukončí provoz na konci dubna.⟧ Vedení nemocnice to ve čtvrtek oznámilo zaměstnancům a starostům z okolí. Důvodem je nedostatek dětských lékařů, bez nichž porodnice nemůže fungovat.

„Snažili jsme se dva roky sehnat neonatology. Nabízeli jsme byt, náborový příspěvek i vyšší plat. Nepodařilo se,“ řekl ředitel nemocnice Radek Beneš. ⟦Porodnice loni odrodila 212 dětí, o čtvrtinu méně než před pěti lety.⟧

Nejbližší porodnice pro ženy z Jesenicka bude v Šumperku. Cesta tam vede přes Červenohorské sedlo, kde v zimě často platí omezení a silnice bývá po sněžení i několik hodin neprůjezdná. Z Javorníku nebo Vidnavy to bude i přes hodinu jízdy.

[[READ|⟪Porodnic v Česku ubývá. Podívejte se na mapu⟫]]

[[PAYWALL|Předplatitelský obsah]]

[[H|Starostové chtějí jednat s krajem]]

Starostové z Jesenicka se chtějí s hejtmanem sejít ještě tento měsíc. ⟦Podle nich je rozhodnutí pro region s dvaceti tisíci obyvateli nepřijatelné.⟧

„Rozumím, že lékaři nejsou. Ale nemůžeme ženám říct, ať si porod naplánují na léto,“ uvedl starosta Jeseníku Martin Kubíček.

Krajský úřad oznámil, že s nemocnicí připraví plán, jak rodičky v zimě převážet. Zvažuje i pohotovostní službu s porodní asistentkou, která by ženy doprovázela sanitkou.

Podle odborů se uzavření porodnice dotkne zhruba dvaceti zaměstnanců. Vedení nemocnice tvrdí, že porodní asistentky a sestry nabídne práci na jiných odděleních, některé z nich ale už zvažují odchod do Šumperka nebo do nedaleké polské Nysy.

Gynekologické ambulance a oddělení v Jeseníku zůstanou v provozu. Těhotné ženy tak budou moci chodit na prohlídky na místě, rodit ale budou jinde. Nemocnice slibuje, že všem ženám, které mají termín porodu v květnu a červnu, pomůže s přípravou.

⟦Podle ministerstva zdravotnictví je v Česku dnes 87 porodnic, o sedm méně než před deseti lety.⟧""",
    kind="news", why="regional report on a maternity ward closure",
))

# ---------------------------------------------------------------- 19. Komentáře by a komentátor
PAGES.append(dict(
    case="cs-opinion-stred-maturita", lang="cs", html_lang="cs-CZ", skin="stred", domain="www.zpravydnes.example", site="Zprávy Dnes", secpath="nazory",
    url="https://www.zpravydnes.example/nazory/komentare/povinna-maturita-z-matematiky-je-spatny-napad.A260309_070000_komentare",
    h1="Povinná maturita z matematiky je špatný nápad",
    kicker="Komentáře", kicker_path="nazory/komentare", crumbs=["Názory", "Komentáře"], authors=["Petra Svobodová"],
    byline_html='<a href="/autor/petra-svobodova">Petra Svobodová</a>', role="komentátorka",
    colbox=("Petra Svobodová", "Komentátorka, píše o školství"),
    ld_authors=["Petra Svobodová"], ld_type="OpinionNewsArticle", ld_section="Komentáře",
    pub="2026-03-09T07:00:00+01:00", date="9. března 2026 7:00", today="Pondělí 9. března 2026",
    nav=CS_NAV, subnav=["Názory", "Komentáře", "Glosy", "Rozhovory"], widget="EUR 25,04 Kč · USD 23,09 Kč · Praha 5 °C",
    cookie=CS_COOKIE,
    ticker=["Ministerstvo školství zveřejnilo návrh novely", "Přijímací zkoušky na střední školy začnou v dubnu"],
    audio="4 min",
    side=[("Nejčtenější", ["⟪Přijímačky 2026: termíny a výsledky⟫", "Učitelé dostanou vyšší platy od září", "Které střední školy jsou nejžádanější"]),
          ("Názory", [("Glosa", "Školní jídelna jako politické téma"), ("Komentář", "⟪Ať si školy vyberou samy⟫")])],
    after=[("disclaimer", "⟪Komentáře vyjadřují názory autorů, nikoli stanovisko redakce.⟫")],
    tags=["Maturita", "Matematika", "Školství"],
    related=["Ministr: Povinná matematika bude od roku 2029", "Kolik studentů loni neudělalo maturitu"],
    comments=[("Jirka_M", "9. 3. 2026 8:15", "⟪Matematiku potřebuje každý, jen to nikdo neumí učit.⟫")], comment_count=312,
    footer="⟪© 2026 Zprávy Dnes. Publikování nebo šíření obsahu je bez písemného souhlasu zakázáno.⟫", footer_nav=["Kontakty", "Reklama", "Ochrana soukromí"],
    body="""⟦Ministerstvo školství chce, aby od roku 2029 skládali povinnou maturitu z matematiky všichni gymnazisté a většina studentů odborných škol.⟧ Argument zní rozumně: Česko potřebuje techniky, matematika učí logickému myšlení a bez ní se v moderním světě neobejdeme. Jenže dobrý cíl ještě neznamená dobrý nástroj.

Už dnes si matematiku dobrovolně vybírá zhruba čtvrtina maturantů a zhruba pětina z nich u zkoušky neuspěje. ⟦Kdyby byla povinná pro všechny, neúspěšných by mohly být tisíce.⟧ Nejvíce by to dopadlo na studenty odborných škol, kteří se matematice věnují dvě hodiny týdně.

[[READ|⟪Kolik studentů loni neudělalo maturitu z matematiky⟫]]

[[H|Chybí učitelé, ne zkouška]]

Skutečný problém je jinde. Školám chybějí kvalifikovaní učitelé matematiky, zvlášť mimo velká města. Na mnoha školách ji učí lidé bez aprobace, kteří dělají, co mohou, ale zázraky nedokážou. ⟦Zkouška na konci studia nic z toho nevyřeší.⟧

Navíc nejde jen o učitele. Žáci odborných škol, kteří se učí na elektrikáře, kuchaře nebo zdravotní sestry, potřebují praktickou matematiku: procenta, poměry, odhady a práci s daty. Maturitní test, jak ho dnes známe, ale zkouší spíše algebru a goniometrii.

Povinná maturita také povede k tomu, že se výuka ve čtvrtém ročníku změní v drill testových úloh. Studenti se naučí postupy, které za rok zapomenou, a pochopení matematiky se nezlepší.

[[AD]]

Pokud chce ministerstvo, aby Češi uměli lépe počítat, měla by začít u učitelů. Lepší platy pro aprobované učitele matematiky, podpora pro ty, kdo si aprobaci doplňují, a menší skupiny ve výuce by udělaly víc než jakákoli nová zkouška.

Rozumným kompromisem by bylo nechat povinnou matematiku na gymnáziích a technických oborech a ostatním školám ponechat volbu. Stát by mezitím měl sledovat, jestli se výsledky zlepšují.

⟦Maturita má ověřit, co se studenti naučili, ne nahrazovat výuku, kterou školy nezvládnou zajistit.⟧""",
    kind="opinion", why="Komentáře piece arguing against compulsory maths exam",
))

# ---------------------------------------------------------------- 20. Product test with score boxes
PAGES.append(dict(
    case="cs-other-stred-vysavace", lang="cs", html_lang="cs-CZ", skin="stred", domain="www.technoradce.example", site="TechnoRádce", secpath="testy",
    url="https://www.technoradce.example/testy/test-robotickych-vysavacu-do-10-tisic-korun",
    h1="Test robotických vysavačů do 10 tisíc: levný neznamená špatný",
    deck="Vyzkoušeli jsme pět robotů v běžné domácnosti s kobercem, psem a dětmi. Vítěz stojí necelých osm tisíc.",
    kicker="Test", kicker_path="testy", crumbs=["Testy", "Domácnost"], authors=["Petr Dvořák"],
    byline_html='Autor: <a href="/autor/petr-dvorak">Petr Dvořák</a>',
    meta="og", meta_section="Testy",
    pub="2026-03-04T12:00:00+01:00", date="4. března 2026 12:00",
    nav=["Zprávy", "Mobily", "Počítače", "Domácnost", "Testy", "Návody", "Názory", "Bazar"],
    cookie=CS_COOKIE,
    ticker=["Nový iPhone dorazí na český trh v dubnu", "Test: nejlepší bezdrátová sluchátka"],
    caption="⟪Testovaní roboti na koberci s dlouhým vlasem.⟫ Foto: Petr Dvořák",
    side=[("Nejčtenější", ["⟪Nejlepší mobily do pěti tisíc⟫", "Jak vyčistit pračku", "Test chytrých hodinek"]),
          ("Názory", [("Komentář", "Proč si nekoupím chytrou ledničku"), ("Komerční sdělení", "Jarní slevy na domácí spotřebiče", "ad")])],
    tags=["Test", "Robotický vysavač", "Domácnost"],
    related=["Jak vybrat robotický vysavač", "Test tyčových vysavačů"],
    comments=[("Marek", "4. 3. 2026 13:20", "⟪Ten vítěz mi doma jezdí dva roky a pořád dobrý.⟫")], comment_count=19,
    footer="⟪© 2026 TechnoRádce. Všechna práva vyhrazena.⟫", footer_nav=["O nás", "Kontakt", "Inzerce"],
    body="""⟦Robotický vysavač už dávno není hračka pro nadšence do techniky.⟧ Za méně než deset tisíc korun dnes koupíte robota, který zvládne mapovat byt, vysávat i vytírat. Vyzkoušeli jsme pět modelů, které se v českých obchodech prodávají nejčastěji.

[[H|Jak jsme testovali]]

Každý robot uklízel tři týdny ve stejném bytě o rozloze 78 metrů čtverečních: s plovoucí podlahou, dvěma koberci a psem, který línal. Hodnotili jsme:

[[LIST|⟦kvalitu vysávání na tvrdé podlaze a na koberci⟧,|spolehlivost mapování a vyhýbání se překážkám,|hlučnost a výdrž baterie,|ovládání v aplikaci a cenu náhradních dílů.]]

[[AD]]

[[H|Vítěz: Clenio S7]]

⟦Nejlépe obstál model Clenio S7 za 7 990 korun.⟧ Vysával důkladně i kolem nohou židlí, spolehlivě našel cestu zpět k nabíječce a v aplikaci šlo snadno nastavit zóny, kam nemá jezdit. Vytírání je spíše symbolické, ale na běžný prach stačí.

[[SCORE|Clenio S7|⟪Hodnocení: 88 %⟫]]

[[H|Druhé místo: Roboclean X2]]

Roboclean X2 za 9 490 korun vysává na koberci dokonce o něco lépe, je ale výrazně hlučnější a jeho aplikace občas ztrácela spojení s robotem. Ocení ho hlavně majitelé bytů s velkými koberci.

[[SCORE|Roboclean X2|82 %]]

[[H|Zbytek pole]]

Při testu jsme měřili i hlučnost. Zatímco Clenio S7 v běžném režimu vydává 62 decibelů, což odpovídá tichému rozhovoru, Roboclean X2 se v režimu pro koberce dostal až na 71 decibelů. Pokud chcete uklízet, když jste doma, je to znát.

Zbývající tři modely za 4 500 až 6 000 korun zvládají základní úklid, ale často se zasekávaly o kabely a třásně koberců. Nejlevnější z nich navíc neumí mapovat byt a jezdí náhodně, takže úklid trvá dvakrát déle. U dvou modelů jsme také nesehnali náhradní kartáče v českých obchodech, což je při dlouhodobém používání zásadní nevýhoda.

⟦Pokud hledáte spolehlivého pomocníka na každodenní prach a chlupy, Clenio S7 je dobrá volba.⟧""",
    kind="other", why="product test with scores",
))

# ---------------------------------------------------------------- 21. TASR story, no date metadata (Open Graph without article:published_time)
PAGES.append(dict(
    case="sk-news-stred-laviny", lang="sk", html_lang="sk-SK", skin="stred", domain="www.spravy24.example", site="Správy24", secpath="domace",
    url="https://www.spravy24.example/domace/v-tatrach-plati-treti-stupen-lavinoveho-nebezpecenstva",
    h1="V Tatrách platí tretí stupeň lavínového nebezpečenstva",
    deck="Horskí záchranári odporúčajú túry len po značkovaných chodníkoch a s lavínovou výbavou.",
    kicker="Domáce", crumbs=["Správy", "Domáce"], authors=None, byline_html="TASR",
    meta="og", meta_pub=False, meta_section="Domáce",
    pub="2026-03-05T10:32:00+01:00", date="5. marca 2026 10:32", updated="Aktualizované 5. marca 2026 11:50", today="Štvrtok 5. marca 2026, meniny má Fridrich",
    nav=SK_NAV, subnav=["Názory", "Komentáre", "Blogy"], widget="Bratislava 8 °C · Poprad −2 °C · Košice 5 °C",
    cookie=SK_COOKIE, cookie_title="Vaše súkromie je pre nás dôležité",
    ticker=["Na D1 pri Trnave sa zrazili tri autá", "Vláda schválila pomoc pre poľnohospodárov"],
    caption="⟪Lavínisko v Mengusovskej doline.⟫ Foto: TASR – Oliver Ondráš",
    side=[("Najčítanejšie", ["⟪Nové pravidlá pre vodičov od apríla⟫", "Kde sa ešte dá lyžovať", "Počasie na víkend: príde oteplenie"]),
          ("Názory", [("Komentár", "Hory nie sú zábavný park"), ("PR článok", "Lyžovačka v Alpách za dostupnú cenu", "ad")])],
    tags=["Tatry", "Lavíny", "HZS"],
    related=["Lavína v Roháčoch zasypala skialpinistu", "Ako sa správať v lavínovom teréne"],
    comments=[("horal_77", "5. 3. 2026 11:02", "⟪Ľudia chodia hore v teniskách, potom sa čudujeme.⟫")], comment_count=23,
    footer="⟪© 2026 Správy24. Všetky práva vyhradené.⟫", footer_nav=["Kontakt", "Reklama", "Ochrana osobných údajov"],
    body="""Poprad 5. marca (TASR) – ⟦Vo Vysokých Tatrách a v Západných Tatrách platí od štvrtka tretí stupeň lavínového nebezpečenstva z päťstupňovej medzinárodnej stupnice.⟧ Informovalo o tom Stredisko lavínovej prevencie Horskej záchrannej služby (HZS).

Podľa záchranárov za posledné dva dni napadlo v najvyšších polohách 40 až 60 centimetrov nového snehu. ⟦Silný severozápadný vietor ho prenáša a vytvára nestabilné vankúše na záveterných svahoch.⟧

„Uvoľnenie lavíny je možné už pri malom dodatočnom zaťažení, a to najmä na strmých svahoch nad 30 stupňov,“ uviedla HZS.

[[READ|⟪Ako sa pripraviť na skialpinistickú túru⟫]]

[[AD]]

Horskí záchranári odporúčajú turistom a skialpinistom, aby sa pohybovali len po značkovaných chodníkoch. Do vysokohorského terénu by mali vstupovať iba skúsení ľudia so základnou lavínovou výbavou, teda s lavínovým vyhľadávačom, sondou a lopatou.

Záchranári zároveň pripomínajú, že v zimnom období od 1. novembra do 15. júna sú turistické chodníky nad chatami uzavreté. Zákaz sa netýka vybraných trás, ktoré správa Tatranského národného parku ponecháva otvorené.

⟦Podľa predpovede by sa malo počasie v Tatrách cez víkend stabilizovať⟧, lavínová situácia sa však podľa HZS bude zlepšovať len pomaly. Záchranári preto odporúčajú sledovať aktuálne informácie na stránke HZS a v mobilnej aplikácii Horskej záchrannej služby.

Minulú zimu zahynuli v slovenských horách pod lavínami traja ľudia, všetci mimo značkovaných chodníkov. Záchranári preto pred každou sezónou organizujú bezplatné kurzy, na ktorých sa návštevníci hôr učia pracovať s lavínovým vyhľadávačom a vyhodnocovať riziko v teréne.

Horská záchranná služba tento týždeň zasahovala pri štyroch nehodách v Tatrách. Vo všetkých prípadoch išlo o úrazy pri zostupe, nikto z turistov nebol zasypaný lavínou. V Nízkych Tatrách a vo Veľkej Fatre platí druhý stupeň lavínového nebezpečenstva.

⟦Lavínové nebezpečenstvo HZS vyhodnocuje každý deň ráno.⟧""",
    kind="news", why="agency report on avalanche danger",
))

# ---------------------------------------------------------------- 22. Column marked only by the byline role komentátor
PAGES.append(dict(
    case="sk-opinion-stred-parkovanie", lang="sk", html_lang="sk-SK", skin="stred", domain="www.bratislavskydennik.example", site="Bratislavský denník", secpath="bratislava",
    url="https://www.bratislavskydennik.example/bratislava/parkovacia-politika-funguje-treba-ju-rozsirit",
    h1="Parkovacia politika funguje. Treba ju rozšíriť na celé mesto",
    deck="Rok po zavedení regulovaného parkovania v Petržalke ubudlo áut na chodníkoch aj v zeleni.",
    kicker="Bratislava", crumbs=["Správy", "Bratislava"], authors=["Michal Hudec"],
    byline_html='<a href="/autor/michal-hudec">Michal Hudec</a>', role="komentátor",
    meta="og", meta_section="Bratislava",
    pub="2026-03-06T16:20:00+01:00", date="6. marca 2026 16:20", today="Piatok 6. marca 2026",
    nav=SK_NAV, widget="Bratislava 9 °C · EUR/USD 1,08",
    cookie=SK_COOKIE,
    ticker=["Most Apollo bude v noci uzavretý", "Dopravný podnik posilní linky do Petržalky"],
    caption="⟪Zóna regulovaného parkovania na Ružinove.⟫ Foto: Bratislavský denník",
    side=[("Najčítanejšie", ["⟪Koľko zaplatíte za parkovaciu kartu v roku 2026⟫", "Nová električka do Petržalky", "Kde v Bratislave pribudnú stromy"]),
          ("Komentáre", [("Komentár", "Mesto pre chodcov, nie pre autá"), ("Názor", "⟪Magistrát by mal viac počúvať obyvateľov⟫")])],
    tags=["Parkovanie", "Bratislava", "PAAS"],
    related=["Petržalka: rok s parkovacou politikou", "Ktoré zóny pribudnú v apríli"],
    comments=[("Jano", "6. 3. 2026 17:01", "⟪Platím za kartu a aj tak nemám kde zaparkovať.⟫"),
              ("Zuzka B.", "6. 3. 2026 17:30", "U nás na Ružinove je to oveľa lepšie.")], comment_count=96,
    footer="⟪© 2026 Bratislavský denník. Všetky práva vyhradené.⟫", footer_nav=["Kontakt", "Inzercia", "Cookies"],
    body="""⟦Pred rokom varovali odporcovia parkovacej politiky v Petržalke pred katastrofou.⟧ Hovorili, že ľudia nebudú mať kde parkovať, že obchody skrachujú a že návštevy k starým rodičom budú stáť majetok. Nič z toho sa nestalo.

Podľa údajov magistrátu ubudlo na sídliskových uliciach v noci zhruba 14 percent áut. ⟦Zmizli najmä autá, ktoré tu parkovali ľudia bez trvalého pobytu, a firemné dodávky.⟧ Chodníky, ktoré boli roky zastavané, sú opäť priechodné pre kočíky aj vozíčkarov.

Nie je to dokonalé. Stále sú miesta, kde rezidenti večer hľadajú miesto aj pol hodiny, a systém výnimiek pre opatrovateľov a remeselníkov je zbytočne zložitý. To sú však veci, ktoré sa dajú opraviť.

[[READ|⟪Petržalka: rok s parkovacou politikou v číslach⟫]]

[[AD]]

Preto si myslím, že mesto by malo regulované parkovanie čo najskôr zaviesť aj v ďalších častiach Bratislavy, ktoré sa mu zatiaľ bránia. ⟦Nové Mesto, Rača či Dúbravka dnes riešia rovnaké problémy, aké mala Petržalka.⟧ Autá parkujú v zeleni, na chodníkoch a na priechodoch pre chodcov.

Argument, že parkovanie je len ďalšia daň, neobstojí. Rezidentská karta na prvé auto stojí v Petržalke menej ako jedna návšteva kina mesačne. Kto chce parkovať tretie auto na verejnej ulici, nech za to zaplatí viac – je to spravodlivé voči tým, ktorí auto nemajú.

Zároveň by mesto malo peniaze z parkovania viditeľne vracať do štvrtí. Ak obyvatelia uvidia nové chodníky, stromy a lavičky, budú parkovaciu politiku vnímať inak ako ďalší poplatok.

Bratislava nemá priestor na to, aby každá rodina parkovala dve autá zadarmo pred domom. Priestor na uliciach je verejný a patrí všetkým. ⟦Čím skôr to mesto povie nahlas, tým lepšie pre všetkých.⟧""",
    kind="opinion", why="argues for expanding paid parking; only role komentátor",
))

# ---------------------------------------------------------------- 23. TV guide
PAGES.append(dict(
    case="sk-other-stred-tvprogram", lang="sk", html_lang="sk-SK", skin="stred", domain="www.spravy24.example", site="Správy24", secpath="tv-program",
    url="https://www.spravy24.example/tv-program/tv-tipy-na-sobotu-7-marca-2026",
    h1="TV tipy na sobotu 7. marca: rodinná komédia, hokej aj dokument o Tatrách",
    deck="Čo sa oplatí pozrieť v sobotu večer? Vybrali sme to najlepšie z programov slovenských a českých staníc.",
    kicker="TV program", kicker_path="tv-program", crumbs=["TV program", "Tipy"], authors=["Zuzana Hrušková"],
    byline_html='<a href="/autor/zuzana-hruskova">Zuzana Hrušková</a>',
    meta="og", meta_section="TV program",
    pub="2026-03-07T06:00:00+01:00", date="7. marca 2026 6:00", today="Sobota 7. marca 2026",
    nav=SK_NAV, subnav=["Dnes", "Zajtra", "Filmy", "Seriály", "Šport"],
    cookie="⟪Na našej stránke používame súbory cookie na zlepšenie služieb, meranie návštevnosti a personalizáciu reklamy.⟫",
    ticker=["Slovensko zdolalo Česko v prípravnom zápase", "Nová sezóna súťaže Let’s Dance štartuje v apríli"],
    side=[("Najčítanejšie", ["⟪Známa moderátorka odchádza z obrazovky⟫", "Oscar 2026: všetci víťazi", "Nový slovenský seriál láme rekordy"]),
          ("Názory", [("Komentár", "Verejnoprávna televízia potrebuje pokoj"), ("PR článok", "⟪Najlepšie televízory za rozumnú cenu⟫", "ad")])],
    tags=["TV program", "Tipy", "Víkend"],
    related=["⟪TV program na nedeľu 8. marca⟫", "Filmy, ktoré tento mesiac uvidíte v televízii"],
    footer="⟪© 2026 Správy24. Všetky práva vyhradené.⟫", footer_nav=["Kontakt", "Reklama", "Ochrana osobných údajov"],
    body="""⟦Sobotný večer patrí v televízii tradične filmom a zábave.⟧ Tento týždeň však ponúka aj silný športový zážitok a kvalitný domáci dokument. Tu sú naše tipy.

[[H|17:00 – Hokej: Slovan Bratislava – HC Košice (Jednotka)]]

⟦Šláger extraligy prenáša Jednotka naživo zo Zimného štadióna Ondreja Nepelu.⟧ Oba tímy bojujú o prvé miesto po základnej časti, takže sa dá čakať vyrovnaný a tvrdý zápas. Komentuje Peter Ďuriš.

[[H|20:20 – Dokument: Tatry, ako ich nepoznáte (Dvojka)]]

Nový dokument sleduje rok v živote Tatranského národného parku očami strážcov, horských záchranárov aj kamzíkov. ⟦Zábery z dronov a časozberné sekvencie patria k tomu najkrajšiemu, čo slovenská televízia v poslednom čase odvysielala.⟧

[[AD]]

[[H|20:30 – Film: Leto u starej mamy (Markíza)]]

Rodinná komédia o troch súrodencoch z Bratislavy, ktorí musia prežiť prázdniny u starej mamy na dedine bez internetu, pobaví deti aj rodičov. Najviac zábavy prinášajú scény s kozou, ktorú si deti pokúsia naučiť aportovať. Film je slovenskou premiérou a hrá v ňom aj niekoľko známych hercov z divadla.

[[H|21:45 – Film: Pokoj v duši 2 (JOJ)]]

Pokračovanie obľúbenej komédie sa vracia na stredné Slovensko. Staré postavy, nové problémy a veľa humoru. Pre fanúšikov prvého dielu povinnosť.

[[H|22:10 – Seriál: Stopy v snehu (ČT1)]]

Česká kriminálka s výbornými hereckými výkonmi pokračuje tretím dielom. Vyšetrovatelia sa vracajú k prípadu zmiznutej turistky na Šumave a objavujú nové stopy, ktoré vedú až do Bavorska. Seriál sa dá sledovať aj bez znalosti predchádzajúcich dielov.

[[H|23:30 – Koncert: Symfonický orchester v Redute (Dvojka)]]

⟦Pre milovníkov klasickej hudby je tu záznam koncertu zo sály bratislavskej Reduty.⟧""",
    kind="other", why="TV guide with recommended programmes",
))
