"""Opinion pages, part A: Czech, Hungarian, Romanian, Bulgarian, Croatian, Slovenian, Greek, Ukrainian, Finnish."""
from parts import page

PAGES = []

# ---------------------------------------------------------------- Czech: kicker, URL and breadcrumb all say Komentář / Názory
PAGES.append(page(
    case="cs-opinion-tramvajbystrc", lang="cs", skin="daily", domain="brnenskyvecernik.example", site="Brněnský večerník",
    url="https://www.brnenskyvecernik.example/nazory/komentare/tramvaj-do-bystrce-se-vyplati-i-na-dluh.A260411_0830",
    h1="Tramvaj do Bystrce se vyplatí i na dluh", kicker="Komentář", crumbs=["Zprávy", "Názory", "Komentáře"],
    authors=["Jana Kratochvílová"], byline_text="Jana Kratochvílová", meta_section="Názory", ld_section="Názory", ld_type="OpinionNewsArticle",
    pub="2026-04-11T08:30:00+02:00", date="11. dubna 2026 8:30",
    nav=["Zprávy", "Brno", "Kraj", "⟪Názory a komentáře⟫", "Sport", "Kultura", "Bydlení"],
    cookie="⟪Tento web používá k poskytování služeb a analýze návštěvnosti soubory cookie.⟫", cookie_btns=("Souhlasím", "Nastavení"),
    side=[("Nejčtenější", ["⟪Na Vídeňské se srazila dvě auta, silnice byla hodinu zavřená⟫", "Kometa vyhrála v prodloužení", "Kde v Brně otevřeli nové koupaliště"])],
    more=("Další komentáře", ["⟪Parkovací zóny potřebují jasná pravidla, ne výjimky⟫", "Proč by radnice neměla prodávat byty"]),
    footer="⟪© 2026 Brněnský večerník, a. s. Všechna práva vyhrazena.⟫", footer_nav=["O nás", "Kontakty", "Reklama", "Ochrana osobních údajů"],
    body="""<p>⟦Brněnští zastupitelé se znovu přou o to, zda si město může dovolit prodloužit tramvajovou trať do Bystrce.⟧ Rozpočet na příští rok je napjatý a opozice varuje, že nový úvěr zatíží radnici na dvacet let. Ta obava je pochopitelná. Přesto si myslím, že odkládat stavbu by bylo dražší než si půjčit.</p>
<p>Autobusy, které dnes vozí obyvatele sídliště k přestupu na Ondrouškově, jezdí ve špičce každé tři minuty a přesto bývají plné. Dopravní podnik na ně každoročně vynakládá víc peněz za naftu, řidiče i opravy. ⟦Tramvaj by tyto náklady z velké části nahradila,⟧ a navíc by byla spolehlivější, protože by nestála v kolonách na Kníničské.</p>
<p>Druhý argument je evropský. Ministerstvo dopravy potvrdilo, že stavba může získat dotaci až do výše osmdesáti procent uznatelných nákladů. Tato výzva ale končí v roce 2027. Kdo dnes řekne „počkejme“, ve skutečnosti říká „postavme to později a celé za své“.</p>
<p>Rozumím i těm, kdo upozorňují na jiné potřeby města: na školky, opravy chodníků nebo na nedostatek bytů. ⟦Jenže dobrá doprava není luxus, který si lze dovolit až po všem ostatním.⟧ Rozhoduje o tom, kde budou lidé bydlet, kolik času stráví cestou do práce a zda si rodiny pořídí druhé auto.</p>
<p>Úvěr samozřejmě musí mít jasná pravidla. Zastupitelé by měli trvat na pevném harmonogramu, veřejném přehledu nákladů a na tom, že se peníze nepoužijí na nic jiného. Pokud radnice tyto podmínky splní, nemá se zadlužení čeho bát.</p>
<p>Je také dobré připomenout, že trať nebude sloužit jen Bystrci. Nová zastávka u přehrady by ulehčila víkendovým výletníkům a smyčka u Kamechů by usnadnila dopravu i obyvatelům Žebětína, kteří dnes přestupují dvakrát.</p>
<p>Bystrc čeká na tramvaj přes třicet let. ⟦Další odklad by nebyl opatrností, ale jen odsunutím účtu na naše děti.⟧</p>""",
    kind="opinion", why="kicker 'Komentář', /nazory/ URL, first-person argument",
))

# ---------------------------------------------------------------- Hungarian: the label is only in the URL (/velemeny/)
PAGES.append(page(
    case="hu-opinion-kozvilagitas", lang="hu", skin="portal", domain="alfoldihirlap.example", site="Alföldi Hírlap",
    url="https://alfoldihirlap.example/velemeny/2026/03/20/ne-a-kozvilagitason-sporoljon-a-varos",
    h1="Ne a közvilágításon spóroljon a város", authors=["Szabó Réka"], byline_text="Szabó Réka",
    pub="2026-03-20T07:10:00+01:00", date="2026. március 20. 07:10",
    nav=["Belföld", "Szeged", "Gazdaság", "⟪Vélemény és publicisztika⟫", "Sport", "Kultúra"],
    cookie="⟪Az oldal sütiket használ a jobb felhasználói élmény érdekében.⟫", cookie_btns=("Elfogadom", "Beállítások"),
    side=[("Friss hírek", ["⟪Új buszjárat indul Tápé és a belváros között⟫", "Áprilistól drágul a parkolás a Tisza-parton"])],
    more=("Ajánló", ["⟪Megnyílt a felújított Móra-park játszótere⟫", "Százéves lett Szeged legidősebb lakója"]),
    footer="⟪© 2026 Alföldi Hírlap Kft. Minden jog fenntartva.⟫", footer_nav=["Impresszum", "Kapcsolat", "Adatvédelem"],
    body="""<p>⟦A közgyűlés februárban úgy döntött, hogy éjfél és hajnali négy között minden második utcai lámpát lekapcsolnak a város szélső kerületeiben.⟧ A megtakarítást évi negyvenmillió forintra becsülik. Értem, hogy az energiaárak miatt minden forintot meg kell fordítani, ám ez a döntés rossz helyen keresi a pénzt.</p>
<p>A lekapcsolás éppen azokat a városrészeket érinti, ahol a legtöbben járnak haza gyalog vagy kerékpárral késő este: a műszakból hazatérő ápolókat, a gyári dolgozókat, a pékségek korán kezdő eladóit. ⟦Nekik nem kényelmi kérdés, hogy látják-e a járdát,⟧ hanem a biztonságukról van szó.</p>
<p>A balesetekről szóló adatok is óvatosságra intenek. A rendőrség tavalyi jelentése szerint a gyalogosokat érő esti balesetek többsége rosszul megvilágított mellékutcákban történt. Egy-egy ilyen baleset egészségügyi és társadalmi költsége többszöröse lehet annak, amit egy éven át a lámpákon megtakarítunk.</p>
<p>Van jobb megoldás. ⟦A város még mindig több ezer régi nátriumlámpát üzemeltet,⟧ amelyek cseréje korszerű LED-es lámpatestekre nagyjából a felére csökkentené a fogyasztást. A csere pénzbe kerül, de erre pályázati forrás is elérhető, és a beruházás néhány év alatt megtérül. Érdemes lenne a mozgásérzékelős, éjjel tompított világítást is kipróbálni a kevésbé forgalmas utcákban.</p>
<p>A képviselőknek nem kell szégyellniük, ha egy döntést felülvizsgálnak. Sőt: éppen ez mutatná, hogy meghallgatták a lakókat, akik az elmúlt hetekben levelekben és a fogadóórákon jelezték aggodalmukat.</p>
<p>Azt is érdemes végiggondolni, hogy a sötét utcák a helyi boltoknak és vendéglátóhelyeknek sem kedveznek. Aki este nem érzi magát biztonságban, inkább autóba ül vagy otthon marad. A külső kerületek amúgy is nehezen tartják meg kis üzleteiket, és egy ilyen döntés csak tovább gyengíti az utcák életét, amelyet a város más programokkal éppen erősíteni próbál. A közösségi tér nemcsak napközben számít.</p>
<p>⟦A sötét utca nem megtakarítás, hanem elhalasztott költség.⟧ Kapcsolják vissza a lámpákat, és kezdjék el végre a cserét.</p>""",
    kind="opinion", why="URL segment /velemeny/ only; argues against lighting cuts",
))

# ---------------------------------------------------------------- Romanian: breadcrumb "Opinii" and article:section
PAGES.append(page(
    case="ro-opinion-manualedigitale", lang="ro", skin="daily", domain="gazetadevest.example", site="Gazeta de Vest",
    url="https://www.gazetadevest.example/opinii/manualele-digitale-nu-inlocuiesc-profesorul-81234.html",
    h1="Manualele digitale nu înlocuiesc profesorul", crumbs=["Acasă", "Opinii"], meta_section="Opinii",
    authors=["Andrei Munteanu"], byline_text="Andrei Munteanu", ld_type="Article",
    pub="2026-02-26T09:00:00+02:00", date="26 februarie 2026, 09:00",
    nav=["Actualitate", "Timișoara", "Politică", "Economie", "⟪Opinii și editoriale⟫", "Sport"],
    cookie="⟪Folosim cookie-uri pentru a vă oferi o experiență mai bună pe site.⟫", cookie_btns=("Accept", "Setări"),
    side=[("Cele mai citite", ["⟪Podul de la Decebal se închide pentru reparații⟫", "Prețul apei crește de la 1 aprilie"])],
    more=("Alte opinii", ["⟪De ce avem nevoie de mai multe piste de biciclete⟫", "Satele fără medic de familie"]),
    footer="⟪© 2026 Gazeta de Vest. Toate drepturile rezervate.⟫", footer_nav=["Despre noi", "Contact", "Politica de confidențialitate"],
    body="""<p>⟦Ministerul Educației a anunțat că, din toamnă, elevii de gimnaziu vor primi tablete în locul unei părți din manualele tipărite.⟧ Măsura are argumente serioase: cărțile ajung adesea târziu în școli, sunt grele și se uzează repede. Totuși, cred că graba cu care se face această schimbare riscă să lase în urmă tocmai copiii care au cea mai mare nevoie de sprijin.</p>
<p>În multe sate din județ, conexiunea la internet este încă instabilă. O tabletă fără rețea rămâne un caiet scump. ⟦Nu e suficient să trimiți aparatele; trebuie să te asiguri că ele pot fi folosite.⟧ Iar asta înseamnă rețele în școli, încărcătoare, service și un plan pentru aparatele care se strică.</p>
<p>Mai important este rolul profesorului. Un manual digital bine făcut poate conține filme, exerciții interactive și teste cu corectare automată. Dar niciunul dintre aceste instrumente nu explică de ce o problemă de geometrie are sens sau cum se scrie un eseu convingător. Profesorii au nevoie de timp și de formare ca să integreze noile materiale în lecții, nu doar de o instrucțiune trimisă pe e-mail în august.</p>
<p>Există și experiența altor țări. ⟦Acolo unde trecerea la ecrane s-a făcut treptat,⟧ cu proiecte-pilot și evaluări independente, rezultatele au fost bune. Acolo unde s-a făcut peste noapte, multe școli au revenit parțial la hârtie după doi-trei ani.</p>
<p>Nu în ultimul rând, părinții trebuie întrebați. Mulți dintre ei se tem, pe bună dreptate, că mai mult timp petrecut în fața ecranului la școală se adaugă celui de acasă. O consultare reală, nu doar un formular online, ar arăta că ministerul ia în serios aceste îngrijorări.</p>
<p>Propunerea mea este simplă: să începem cu un an-pilot în câteva zeci de școli, să publicăm rezultatele și abia apoi să extindem programul. ⟦Un an de răbdare costă mai puțin decât o generație care învață mai prost.⟧</p>""",
    kind="opinion", why="breadcrumb and article:section 'Opinii'; argues for a pilot year",
))

# ---------------------------------------------------------------- Bulgarian: the label is only in JSON-LD articleSection
PAGES.append(page(
    case="bg-opinion-mladilekari", lang="bg", skin="portal", domain="dnevenpregled.example", site="Дневен преглед",
    url="https://dnevenpregled.example/2026/03/14/zashto-mladite-lekari-zaminavat-412908",
    h1="Защо младите лекари заминават и как да ги задържим", ld_section="Мнения",
    authors=["Мария Стоянова"], byline_text="Мария Стоянова",
    pub="2026-03-14T10:15:00+02:00", date="14.03.2026 10:15",
    nav=["България", "Свят", "Икономика", "⟪Мнения и анализи⟫", "Спорт", "Култура"],
    cookie="⟪Този сайт използва бисквитки, за да подобри вашето преживяване.⟫", cookie_btns=("Приемам", "Настройки"),
    side=[("Най-четени", ["⟪Нов график на градския транспорт в Пловдив⟫", "Цената на хляба остава без промяна"])],
    more=("Още от сайта", ["⟪Започва ремонтът на пътя Русе – Велико Търново⟫", "Студентите протестираха пред парламента"]),
    footer="⟪© 2026 Дневен преглед. Всички права запазени.⟫", footer_nav=["За нас", "Контакти", "Политика за поверителност"],
    body="""<p>⟦Всяка година стотици завършили медицина напускат България в първите две години след дипломирането си.⟧ Причините често се свеждат до заплатите, но това е само част от истината. Убедена съм, че ако искаме да ги задържим, трябва да променим първо начина, по който организираме специализацията.</p>
<p>Днес младият лекар чака месеци, понякога години, за място за специализация. През това време работи на минимално възнаграждение, без ясен ментор и без сигурност кога ще може да се развива. ⟦Не е изненадващо, че мнозина избират страна, в която пътят е предвидим.⟧</p>
<p>Заплатите също имат значение. Разликата между началното възнаграждение у нас и в Германия или Белгия е няколкократна. Държавата не може да я компенсира изцяло, но може да направи така, че младият специалист да не се чувства наказан, че е останал. Добра стъпка би била гарантирана заплата за специализантите, финансирана пряко, а не от бюджета на отделната болница.</p>
<p>⟦Трябва да говорим и за регионалните болници.⟧ Там недостигът е най-остър, а условията — най-трудни. Жилище, намалени данъци през първите години и възможност за обучение в университетски център биха направили работата в малкия град много по-привлекателна.</p>
<p>Нищо от това не е евтино. Но всеки лекар, който замине, е струвал на обществото години обучение. Да го задържим е по-евтино, отколкото да го изгубим.</p>
<p>Не по-малко важно е отношението. Много млади колеги разказват, че в първите години се чувстват като помощен персонал, а не като лекари в обучение. Ясни правила за менторството, оценка на наставниците и право на специализанта да смени базата си, ако обучението не се провежда, биха променили атмосферата повече от всяка кампания. Хората остават там, където виждат бъдеще и където се чувстват уважавани.</p>
<p>⟦Реформата няма да върне тези, които вече са заминали, но може да задържи следващите.⟧</p>""",
    kind="opinion", why="articleSection 'Мнения' in JSON-LD only; argues reform",
))

# ---------------------------------------------------------------- Croatian: "Kolumna" label and columnist role in the byline area
PAGES.append(page(
    case="hr-opinion-turisticki", lang="hr", skin="daily", domain="jadranskilist.example", site="Jadranski list",
    url="https://www.jadranskilist.example/vijesti/grad/turisticki-apartmani-i-prazne-skole-1045522",
    h1="Turistički apartmani i prazne škole", byline_label="Kolumna", role="kolumnistica Jadranskog lista",
    authors=["Ivana Perić"], byline_text="Ivana Perić", meta="og",
    pub="2026-04-02T06:45:00+02:00", date="2. travnja 2026. u 06:45",
    nav=["Vijesti", "Split", "Dalmacija", "Sport", "⟪Kolumne i komentari⟫", "Kultura"],
    cookie="⟪Koristimo kolačiće kako bismo vam pružili bolje korisničko iskustvo.⟫", cookie_btns=("Prihvaćam", "Postavke"),
    side=[("Najčitanije", ["⟪Trajektna linija za Vis od lipnja dvaput dnevno⟫", "Hajduk doveo novog braniča"])],
    more=("Iz rubrike Grad", ["⟪Obnova Pazara kasni tri mjeseca⟫", "Nova linija autobusa do Žnjana"]),
    footer="⟪© 2026 Jadranski list d.o.o. Sva prava pridržana.⟫", footer_nav=["Impressum", "Kontakt", "Uvjeti korištenja"],
    body="""<p>⟦U ulici u kojoj sam odrasla prije dvadeset godina živjelo je četrnaest obitelji s djecom.⟧ Danas na vratima većine kuća stoje pločice s brojem apartmana, a zimi je ulica tiha kao groblje. Ne pišem ovo iz nostalgije. Pišem jer mislim da grad mora napokon odlučiti želi li ostati mjesto za život.</p>
<p>Prošlog mjeseca gradsko vijeće raspravljalo je o zatvaranju još jedne područne škole u starom dijelu grada. Razlog je jednostavan: nema dovoljno djece. ⟦Obitelji se nisu iselile zato što ne vole grad, nego zato što u njemu više ne mogu plaćati stanarinu.⟧ Vlasniku stana se isplati iznajmljivati ga turistima četiri mjeseca nego obitelji cijelu godinu.</p>
<p>Nisam protiv turizma. Od njega živi pola mojih prijatelja, a i moja je majka godinama iznajmljivala sobu. Ali zakon sada dopušta gradovima da ograniče broj novih kategorizacija u pojedinim zonama. ⟦Split tu mogućnost još uvijek nije iskoristio.⟧ Zagreb je to učinio, Dubrovnik raspravlja.</p>
<p>Ograničenje nije dovoljno samo po sebi. Grad bi trebao otkupljivati ili graditi stanove za dugoročni najam, prvenstveno za učitelje, medicinske sestre i mlade obitelji, i porezno nagraditi vlasnike koji stan daju u najam na godinu dana ili dulje.</p>
<p>Znam da će netko reći kako je to miješanje u privatno vlasništvo. No grad već sada određuje gdje se smije graditi, koliko katova i kakvi prozori. Pravila o tome koliko se stanova smije pretvoriti u apartmane nisu ništa drugo nego briga o tome da u gradu ostane dovoljno ljudi koji u njemu žive cijele godine, koji voze djecu u školu, idu na tržnicu i sjede u kafiću i u studenom.</p>
<p>Škola koja se zatvori rijetko se ponovno otvara. ⟦Ako sada ne zaštitimo stanovanje, za deset godina nećemo imati koga zaštititi.⟧</p>""",
    kind="opinion", why="byline label 'Kolumna', columnist role; URL /vijesti/grad/",
))

# ---------------------------------------------------------------- Slovenian: the label "Komentar" only in the byline area; neutral URL
PAGES.append(page(
    case="sl-opinion-zdravstvo", lang="sl", skin="portal", domain="savinjskidnevnik.example", site="Savinjski dnevnik",
    url="https://savinjskidnevnik.example/2026/03/05/cakalne-vrste-ne-bodo-izginile-same",
    h1="Čakalne vrste ne bodo izginile same", byline_label="Komentar",
    authors=["Tomaž Novak"], byline_text="Tomaž Novak", meta="og",
    pub="2026-03-05T17:20:00+01:00", date="5. 3. 2026, 17.20",
    nav=["Novice", "Celje", "Slovenija", "Šport", "⟪Mnenja in komentarji⟫", "Kultura"],
    cookie="⟪Spletno mesto uporablja piškotke za izboljšanje uporabniške izkušnje.⟫", cookie_btns=("Sprejmem", "Nastavitve"),
    side=[("Najbolj brano", ["⟪Na avtocesti pri Arji vasi zaradi nesreče zastoj⟫", "Celjska knjižnica podaljšuje odpiralni čas"])],
    more=("Preberite še", ["⟪V Žalcu odprli nov dom za starejše⟫", "Rokometaši izgubili v Velenju"]),
    footer="⟪© 2026 Savinjski dnevnik. Vse pravice pridržane.⟫", footer_nav=["O nas", "Kontakt", "Pogoji uporabe"],
    body="""<p>⟦Vlada je ta teden predstavila že tretji načrt za skrajšanje čakalnih vrst v zadnjih petih letih.⟧ Znova obljublja dodatne ambulante, dodatne ure in dodatni denar. Nihče ne nasprotuje dodatnemu denarju, vendar se bojim, da bo tudi ta načrt ostal pri številkah, če ne bo spremenil tega, kako se ambulante dejansko organizirajo.</p>
<p>Težava ni le v tem, da je zdravnikov premalo. Po podatkih zbornice družinski zdravnik velik del dneva porabi za administracijo: za napotnice, potrdila o bolniški odsotnosti in obrazce, ki jih bi lahko izpolnil kdo drug. ⟦Vsaka ura, ki jo zdravnik porabi za papirje, je ura, ki je ne posveti bolniku.⟧</p>
<p>Rešitve so znane. Medicinske sestre z višjo izobrazbo bi lahko samostojno vodile obravnavo kroničnih bolnikov. Potrdila za krajšo bolniško odsotnost bi lahko bolniki oddajali sami. Napotnice bi lahko bile veljavne dlje. ⟦Nič od tega ne zahteva novih stavb,⟧ zahteva pa pogum, da se spremenijo pravila, ki jih branijo tudi nekateri v sami stroki.</p>
<p>Vlada bi morala tudi javno in redno objavljati, kako dolge so čakalne dobe po posameznih ustanovah, ne le povprečja za vso državo. Bolniki bi tako vedeli, kam se lahko obrnejo, ustanove pa bi imele razlog, da se izboljšajo.</p>
<p>Pomembno je tudi, da pri oblikovanju sprememb sodelujejo tisti, ki delo opravljajo vsak dan. Družinski zdravniki in medicinske sestre najbolje vedo, kateri obrazci so nepotrebni in kje se izgublja čas. Doslej so bili v delovnih skupinah premalo zastopani, odločitve pa so pogosto nastajale daleč od ambulant, v katerih bolniki čakajo na hodnikih.</p>
<p>Če bo novi načrt to vključeval, bo imel možnosti za uspeh. ⟦Če ne, ga bomo čez dve leti ocenjevali enako kot prejšnja dva.⟧</p>""",
    kind="opinion", why="label 'Komentar' only in byline area; argues reform",
))

# ---------------------------------------------------------------- Greek: the label only in article:section (Απόψεις)
PAGES.append(page(
    case="el-opinion-thalassa", lang="el", skin="daily", domain="ionioshmera.example", site="Ιόνιος Ημέρα",
    url="https://www.ionioshmera.example/article/2026/04/08/oi-paralies-anhkoun-se-olous",
    h1="Οι παραλίες ανήκουν σε όλους", meta_section="Απόψεις", meta="og",
    authors=["Νίκος Αλεξίου"], byline_text="Νίκος Αλεξίου",
    pub="2026-04-08T08:00:00+03:00", date="08.04.2026 • 08:00",
    nav=["Ειδήσεις", "Πολιτική", "Οικονομία", "⟪Απόψεις και σχόλια⟫", "Αθλητισμός", "Πολιτισμός"],
    cookie="⟪Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.⟫", cookie_btns=("Αποδοχή", "Ρυθμίσεις"),
    side=[("Δημοφιλή", ["⟪Νέο δρομολόγιο πλοίου για τους Παξούς από τον Μάιο⟫", "Κλειστός ο δρόμος προς την Παλαιοκαστρίτσα"])],
    more=("Διαβάστε ακόμη", ["⟪Έρχονται αλλαγές στο λιμάνι της Κέρκυρας⟫", "Ρεκόρ επισκεπτών στο μουσείο"]),
    footer="⟪© 2026 Ιόνιος Ημέρα. Με την επιφύλαξη παντός δικαιώματος.⟫", footer_nav=["Ποιοι είμαστε", "Επικοινωνία", "Όροι χρήσης"],
    body="""<p>⟦Κάθε καλοκαίρι η ίδια εικόνα επαναλαμβάνεται σε δεκάδες παραλίες του νησιού.⟧ Ξαπλώστρες μέχρι το κύμα, ομπρέλες χωρίς κενό ανάμεσά τους, και ένας λουόμενος με την πετσέτα του που ψάχνει πού να σταθεί. Ο νόμος είναι σαφής: η αιγιαλός είναι κοινόχρηστος. Η εφαρμογή του όμως παραμένει θέμα τύχης.</p>
<p>Η νέα ψηφιακή πλατφόρμα, όπου οι πολίτες μπορούν να καταγγέλλουν παραβάσεις, ήταν μια καλή αρχή. ⟦Μια καταγγελία όμως δεν αξίζει πολλά αν δεν ακολουθεί έλεγχος.⟧ Πέρσι, σύμφωνα με την Κτηματική Υπηρεσία, λιγότερες από τις μισές καταγγελίες στην περιοχή μας ελέγχθηκαν μέσα στη θερινή περίοδο.</p>
<p>Δεν πιστεύω ότι λύση είναι η απαγόρευση των ξαπλωστρών. Οι επιχειρήσεις της ακτής δίνουν δουλειά σε εκατοντάδες ανθρώπους και πολλοί επισκέπτες θέλουν αυτή την υπηρεσία. ⟦Η λύση είναι κανόνες που εφαρμόζονται πραγματικά:⟧ σαφή όρια σημαδεμένα στην άμμο, ελεύθερη ζώνη πέντε μέτρων από το κύμα, πρόστιμα που δεν είναι μικρότερα από τα κέρδη μιας ημέρας.</p>
<p>Οι δήμοι θα πρέπει επίσης να δημοσιεύουν στο διαδίκτυο τον χάρτη κάθε παραχώρησης, ώστε όποιος πηγαίνει για μπάνιο να ξέρει τι δικαιούται.</p>
<p>Υπάρχει και μια πλευρά που σπάνια συζητάμε. Οι κάτοικοι του νησιού, οι ηλικιωμένοι που κατεβαίνουν για ένα πρωινό μπάνιο και οι οικογένειες που δεν μπορούν να πληρώνουν είκοσι ευρώ για δύο ξαπλώστρες, έχουν το ίδιο δικαίωμα στη θάλασσα με τον πελάτη του μπαρ. Όταν χάνουν την πρόσβαση, χάνουν κάτι από την καθημερινότητά τους που δεν αγοράζεται. Και ο τουρισμός, μακροπρόθεσμα, ζει από έναν τόπο που οι κάτοικοί του αγαπούν.</p>
<p>Οι επιχειρηματίες που τηρούν τους κανόνες έχουν κάθε λόγο να το ζητούν κι αυτοί.</p>
<p>Το καλοκαίρι πλησιάζει. ⟦Αν οι έλεγχοι ξεκινήσουν τον Αύγουστο, θα είναι πάλι αργά.⟧</p>""",
    kind="opinion", why="only article:section 'Απόψεις'; argues for enforcement",
))

# ---------------------------------------------------------------- Ukrainian: /dumky/ URL, "Колонка" in the byline area, disclaimer after the text
PAGES.append(page(
    case="uk-opinion-ukryttia", lang="uk", skin="daily", domain="poltavskyivisnyk.example", site="Полтавський вісник",
    url="https://poltavskyivisnyk.example/dumky/shkilni-ukryttia-maiut-buty-vidkryti-dlia-hromady-52817",
    h1="Шкільні укриття мають бути відкриті для громади", byline_label="Колонка", role="громадська активістка",
    authors=["Оксана Бондаренко"], byline_text="Оксана Бондаренко", meta_section="Думки",
    pub="2026-03-27T12:00:00+02:00", date="27 березня 2026, 12:00",
    after="⟪Редакція може не поділяти думку автора колонки.⟫",
    nav=["Новини", "Полтава", "Регіон", "Економіка", "⟪Думки та колонки⟫", "Спорт"],
    cookie="⟪Ми використовуємо файли cookie для покращення роботи сайту.⟫", cookie_btns=("Прийняти", "Налаштування"),
    side=[("Популярне", ["⟪У Полтаві відремонтують міст через Ворсклу⟫", "Відкрили новий пункт незламності"])],
    more=("Інші колонки", ["⟪Чому нам потрібні ветеранські простори⟫", "Місто без лавок"]),
    footer="⟪© 2026 Полтавський вісник. Усі права захищені.⟫", footer_nav=["Про нас", "Контакти", "Політика конфіденційності"],
    body="""<p>⟦За останні два роки в нашому місті відремонтували укриття майже в усіх школах.⟧ Це велика і важлива робота, за яку варто подякувати і директорам, і батькам, і благодійникам. Але після уроків ці підвали стоять зачиненими, хоча поруч живуть сотні людей, яким під час тривоги нема куди піти.</p>
<p>Я розумію аргументи адміністрацій. Шкільне укриття — це відповідальність: хтось має відчинити двері вночі, стежити за порядком, відповідати за майно. ⟦Але ці проблеми можна розв’язати, якщо громада візьме частину обов’язків на себе.⟧</p>
<p>У кількох районах Києва та Львова вже діють прості правила. Для кожного укриття призначають двох-трьох відповідальних мешканців із сусідніх будинків, які мають ключі. Двері обладнують замком, що відчиняється автоматично під час тривоги. ⟦Школа підписує з об’єднанням мешканців угоду,⟧ у якій чітко визначено, хто за що відповідає.</p>
<p>Міська рада могла б ухвалити таке рішення для всіх шкіл одразу, замість того щоб залишати його на розсуд кожного директора. Це не потребує великих грошей, лише політичної волі та кількох зустрічей із мешканцями.</p>
<p>Важливо й те, що відкрите укриття стає місцем, де сусіди знайомляться одне з одним. Під час довгих нічних тривог люди діляться водою, ковдрами, новинами, допомагають літнім і тим, хто має маленьких дітей. Така взаємодопомога не з’являється за наказом, але її легко зруйнувати зачиненими дверима. Громада, яка має спільний простір, краще переживає будь-яку кризу, і не тільки війну.</p>
<p>Звісно, перші місяці будуть непростими. Доведеться домовитися про чергування, прибирання та правила поведінки. Але досвід інших міст показує, що ці питання вирішуються швидше, ніж здається.</p>
<p>Укриття, яке відкрите лише вдень і лише для учнів, захищає половину тих, кого могло б захистити. ⟦Вважаю, що місту час зробити наступний крок.⟧</p>""",
    kind="opinion", why="'Колонка' label, /dumky/ URL and disclaimer; argues a proposal",
))

# ---------------------------------------------------------------- Finnish: letter to the editor, /mielipide/ URL and kicker "Lukijan mielipide"
PAGES.append(page(
    case="fi-opinion-kirjastoauto", lang="fi", skin="daily", domain="savonsanomat.example", site="Järvi-Savon Sanomat",
    url="https://www.savonsanomat.example/mielipide/art-2000011824556.html",
    h1="Kirjastoautoa ei saa lakkauttaa", kicker="Lukijan mielipide", meta_section="Mielipide",
    authors=["Leena Hyvönen"], byline_text="Leena Hyvönen, eläkeläinen, Leppävirta",
    byline_html="Leena Hyvönen", after="Leena Hyvönen, eläkeläinen, Leppävirta",
    pub="2026-02-12T05:00:00+02:00", date="12.2.2026 5:00",
    nav=["Uutiset", "Kuopio", "Maakunta", "Urheilu", "⟪Mielipide ja pääkirjoitukset⟫", "Kulttuuri"],
    cookie="⟪Käytämme evästeitä parantaaksemme palveluamme.⟫", cookie_btns=("Hyväksy", "Asetukset"),
    side=[("Luetuimmat", ["⟪Kuopion torin alle suunnitellaan uutta pysäköintiä⟫", "KalPa voitti jatkoajalla"])],
    more=("Lisää mielipiteitä", ["⟪Tiet ovat talvella liian huonossa kunnossa⟫", "Kiitos terveyskeskuksen henkilökunnalle"]),
    footer="⟪© 2026 Järvi-Savon Sanomat. Kaikki oikeudet pidätetään.⟫", footer_nav=["Tietoa meistä", "Yhteystiedot", "Tietosuoja"],
    body="""<p>⟦Luin lehdestä, että kunta aikoo lakkauttaa kirjastoauton ensi vuoden alusta säästösyistä.⟧ Haluan kertoa, mitä se tarkoittaa meille, jotka asumme kylissä kaukana keskustasta.</p>
<p>Kirjastoauto käy kylällämme joka toinen tiistai. Se on monelle meistä ainoa tapa saada kirjoja, sillä bussi kulkee vain kahdesti päivässä eikä kaikilla ole autoa. ⟦Auton pysäkillä tapaan naapureita, joita en muuten näkisi viikkoihin.⟧ Kirjastonhoitaja tuntee lukijansa ja tuo usein kirjan, jota ei ole edes pyydetty, mutta joka osuu kohdalleen.</p>
<p>Ymmärrän, että kunnan talous on tiukoilla. Säästöjä on tehtävä. Mutta kirjastoauton vuosikulut ovat pieni osa kunnan budjetista, ja sen palveluja käyttävät juuri ne ihmiset, joilla ei ole muita vaihtoehtoja: vanhukset, lapsiperheet ja ne, jotka eivät osaa tai voi käyttää sähköisiä palveluja.</p>
<p>⟦E-kirjat eivät korvaa kirjastoautoa.⟧ Moni ikäihminen ei lue tabletilta, eikä kylän lapsille riitä, että kirjoja voi selata puhelimessa. Lapsi, joka oppii lukemaan, tarvitsee kirjoja käsiinsä.</p>
<p>Kirjastoauto ei ole pelkkä kirjojen kuljetusväline. Se tuo kylään myös lehdet, äänikirjat ja neuvoja, joita monet tarvitsevat esimerkiksi verkkopankin tai ajanvarauksen käyttämisessä. Kun kunta vähentää muita palveluja kylistä yksi kerrallaan, kirjastoauto on jäänyt viimeiseksi säännölliseksi yhteydeksi. Sen lakkauttaminen kertoisi meille, että kunta ei enää pidä kyliä tärkeinä. Kunnan strategiassa kuitenkin luvataan, että koko kunta pidetään asuttuna ja elinvoimaisena. Kirjastoauto on pieni mutta näkyvä osa tätä lupausta, ja sen arvo on suurempi kuin sen kulut.</p>
<p>Kylässämme asuu yli kolmesataa ihmistä, ja kirjastoauton pysäkillä käy joka kerta kymmeniä lukijoita. Se on enemmän kuin monessa kaupungin lähikirjastossa iltapäivisin.</p>
<p>Pyydän valtuutettuja käymään itse kirjastoauton pysäkillä ennen päätöstä ja kysymään lukijoilta, mitä auto heille merkitsee. ⟦Uskon, että he muuttaisivat mielensä.⟧</p>""",
    kind="opinion", why="letter to the editor: kicker 'Lukijan mielipide', /mielipide/ URL",
))
