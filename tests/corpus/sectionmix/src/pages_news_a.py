"""News pages, part A: Danish, Swedish, Estonian, Latvian, Lithuanian, Serbian, German, English."""
from parts import page

PAGES = []

# ---------------------------------------------------------------- Danish: a report ABOUT an op-ed (kronik); "Debat" in the menu
PAGES.append(page(
    case="da-news-kronikreaktion", lang="da", skin="daily", domain="vestjyskdagblad.example", site="Vestjysk Dagblad",
    url="https://www.vestjyskdagblad.example/nyheder/indland/hospitalsdirektoers-kronik-udloeser-kritik-fra-sygeplejersker",
    h1="Hospitalsdirektørs kronik udløser kritik fra sygeplejersker", crumbs=["Forside", "Nyheder", "Indland"], meta_section="Indland",
    deck="En kronik om nattevagter har fået over 2.000 reaktioner. Nu kræver Dansk Sygeplejeråd et møde.",
    authors=["Mette Kjær"], byline_text="Mette Kjær", role="journalist",
    pub="2026-04-06T14:20:00+02:00", date="6. april 2026 kl. 14.20",
    nav=["Nyheder", "Herning", "Holstebro", "Sport", "⟪Debat og kronikker⟫", "Kultur"],
    cookie="⟪Vi bruger cookies til at forbedre din oplevelse af vores website.⟫", cookie_btns=("Accepter", "Indstillinger"),
    side=[("Debat", [("Kronik", "⟪Vi skal turde tale om nattevagterne⟫"), ("Leder", "Regionen bør lytte til personalet")]),
          ("Mest læste", ["⟪Motorvejen ved Herning spærret efter uheld⟫", "FC Midtjylland vinder på udebane"])],
    footer="⟪© 2026 Vestjysk Dagblad A/S. Alle rettigheder forbeholdes.⟫", footer_nav=["Om os", "Kontakt", "Privatlivspolitik"],
    body="""<p>⟦En kronik fra direktøren for Regionshospitalet Vest har i løbet af weekenden fået over 2.000 reaktioner på sociale medier,⟧ og mandag krævede Dansk Sygeplejeråd et møde med hospitalsledelsen.</p>
<p>I kronikken, der blev bragt i avisens debatsektion lørdag, skrev direktør Lars Bundgaard, at hospitalet “ikke længere kan tilbyde fuld bemanding på alle afsnit om natten” og foreslog, at flere afdelinger deler personale mellem klokken 23 og 7.</p>
<p>Forslaget har vakt vrede blandt sygeplejersker. ⟦“Det er første gang, vi hører om planen, og det sker gennem en avis,”⟧ siger Tina Holm, kredsformand for Dansk Sygeplejeråd i Region Midtjylland. “Vores medlemmer er bekymrede for patientsikkerheden, og de føler sig forbigået.”</p>
<p>Flere sygeplejersker har skrevet til avisen. En af dem, Anne Vestergaard, der har arbejdet på medicinsk afdeling i 14 år, siger, at hun allerede i dag ofte er alene med over tyve patienter om natten. “Hvis jeg også skal dække en anden afdeling, kan jeg ikke nå at se alle,” siger hun.</p>
<p>⟦Lars Bundgaard afviser, at han har villet gå uden om medarbejderne.⟧ “Kronikken var ment som et oplæg til en debat, ikke som en beslutning. Vi mangler hver uge omkring 40 nattevagter, og det problem forsvinder ikke af sig selv,” siger han til Vestjysk Dagblad.</p>
<p>Regionsrådets formand, Birgitte Lund, oplyser, at sagen vil blive drøftet på det næste møde i sundhedsudvalget den 22. april. Hun ønsker ikke at tage stilling til forslaget, før hun har set en konkret plan.</p>
<p>Hospitalsledelsen og Dansk Sygeplejeråd har aftalt at mødes torsdag. ⟦Ifølge hospitalet er der endnu ikke truffet nogen beslutning om nattevagterne.⟧</p>""",
    kind="news", why="report about a controversial op-ed; breadcrumb 'Nyheder › Indland'",
))

# ---------------------------------------------------------------- Swedish: kicker "Analys" on a neutral explainer
PAGES.append(page(
    case="sv-news-hyreslagen", lang="sv", skin="portal", domain="norrlandskuriren.example", site="Norrlandskuriren",
    url="https://www.norrlandskuriren.example/ekonomi/sa-paverkas-du-av-den-nya-hyreslagen-8a2f1c",
    h1="Så påverkas du av den nya hyreslagen", kicker="Analys", meta_section="Ekonomi", crumbs=["Start", "Ekonomi"],
    authors=["Johan Lindqvist"], byline_text="Johan Lindqvist", role="ekonomireporter",
    pub="2026-01-28T16:00:00+01:00", date="28 januari 2026 16:00",
    nav=["Nyheter", "Luleå", "Norrbotten", "Ekonomi", "⟪Ledare och debatt⟫", "Sport"],
    cookie="⟪Vi använder kakor för att förbättra din upplevelse av sajten.⟫", cookie_btns=("Godkänn", "Inställningar"),
    side=[("Ledare", [("Ledare", "⟪Hyresgästerna förtjänar bättre än detta⟫")]), ("Mest läst", ["⟪Isvägen till Hindersön öppnar i helgen⟫", "Luleå Hockey vann igen"])],
    more=("Mer om hyresfrågan", ["⟪Bostadsbolaget höjer hyrorna med fyra procent⟫", "Rekordlång kö till hyresrätter i Luleå"]),
    footer="⟪© 2026 Norrlandskuriren AB. Ansvarig utgivare: Karin Nyström.⟫", footer_nav=["Om oss", "Kontakt", "Personuppgifter"],
    body="""<p>⟦Den 1 juli träder den nya hyreslagen i kraft.⟧ Den ändrar hur hyrorna i nyproducerade lägenheter sätts och ger hyresvärdar och hyresgäster nya möjligheter att förhandla. Här går vi igenom vad förändringarna innebär, vad anhängarna hoppas på och vad kritikerna varnar för.</p>
<p>Den största förändringen gäller nybyggda hus. ⟦I dag kan en hyresvärd sätta så kallad presumtionshyra i 15 år;⟧ med den nya lagen förlängs tiden till 20 år, och hyran får räknas upp varje år med ett index som följer inflationen.</p>
<p>För den som redan bor i en äldre hyresrätt ändras ingenting direkt. Där gäller fortfarande bruksvärdessystemet, där hyran ska likna hyran för likvärdiga lägenheter i området.</p>
<p>Regeringen menar att de längre avtalen ska göra det mer lönsamt att bygga hyresrätter. Enligt Boverket påbörjades 38 procent färre hyresbostäder i fjol än året innan. Fastighetsägarna välkomnar förändringen och säger att den ger mer förutsägbara kalkyler.</p>
<p>Hyresgästföreningen är kritisk. ⟦Föreningen varnar för att indexeringen kan leda till snabbare hyreshöjningar⟧ om inflationen stiger igen, och att hyresgäster i nyproduktion får betala mer än grannar i äldre hus för samma standard.</p>
<p>Hur stor effekten blir är osäkert. Forskare vid Uppsala universitet har beräknat att byggandet kan öka med några tusen lägenheter om året, men påpekar att räntor och byggkostnader väger tyngre än hyresreglerna. Lagrådet har inte haft några invändningar mot förslaget.</p>
<p>I Luleå berörs i första hand de omkring 600 lägenheter som ska byggas i Kronan och Hertsön de kommande åren. Det kommunala bostadsbolaget säger att det ännu inte har bestämt om det kommer att använda den längre presumtionshyran.</p>
<p>⟦Lagen ska utvärderas av Boverket efter tre år.⟧</p>""",
    kind="news", sure=False, why="kicker 'Analys' but neutral explainer presenting both sides",
))

# ---------------------------------------------------------------- Estonian: news report with "Veel arvamusi" (more opinion) teasers under it
PAGES.append(page(
    case="et-news-praamiliiklus", lang="et", skin="daily", domain="saartehaal.example", site="Saarte Hääl Päevaleht",
    url="https://saartehaal.example/uudised/eesti/praamiliiklus-hiiumaale-hairitud-jaa-tottu-120339841",
    h1="Praamiliiklus Hiiumaale on jää tõttu häiritud", crumbs=["Avaleht", "Uudised", "Eesti"], meta_section="Eesti",
    authors=["Kadri Tamm"], byline_text="Kadri Tamm", meta="og",
    pub="2026-02-09T10:40:00+02:00", date="9. veebruar 2026, 10:40",
    nav=["Uudised", "Eesti", "Maailm", "Majandus", "⟪Arvamus ja juhtkiri⟫", "Sport"],
    cookie="⟪Kasutame küpsiseid, et pakkuda paremat kasutajakogemust.⟫", cookie_btns=("Nõustun", "Seaded"),
    more=("Veel arvamusi", [("Arvamus", "⟪Saared vajavad püsiühendust, mitte lubadusi⟫"), ("Juhtkiri", "⟪Jäätee ei ole turismiatraktsioon⟫"), ("Kolumn", "Miks ma ei lähe enam praamiga")]),
    more_base="arvamus",
    side=[("Loetumad", ["⟪Tallinnas avati uus trammiliin⟫", "Korvpallikoondis võitis Lätit"])],
    footer="⟪© 2026 Saarte Hääl Päevaleht. Kõik õigused kaitstud.⟫", footer_nav=["Meist", "Kontakt", "Privaatsus"],
    body="""<p>⟦Paks jää Heltermaa ja Rohuküla vahelisel veeteel on teist päeva järjest häirinud praamiliiklust Hiiumaale.⟧ Mitu reisi jäi esmaspäeval ära ning ülejäänud praamid väljusid kuni poolteist tundi hilinemisega.</p>
<p>Praamifirma teatel on jää paksus väinas kohati üle 40 sentimeetri ning tuul on lükanud jäätükke laevateele kokku. Praamide abistamiseks saadeti kohale jäämurdja, kuid see jõudis piirkonda alles hilisõhtul.</p>
<p>⟦„Teeme kõik, et inimesed saaksid saarele ja tagasi, kuid ohutus on esikohal,”⟧ ütles praamifirma pressiesindaja Liis Kask. Tema sõnul on praegu kõige suurem probleem kaubaautodega, mis peavad ootama järjekorras mitu tundi.</p>
<p>Kärdla poe pidaja Andres Lepp ütles, et värske kaup jõudis pühapäeval poodi poole päeva võrra hiljem. „Piima ja leiba jätkub, aga kui see kestab terve nädala, läheb keeruliseks,” sõnas ta.</p>
<p>Hiiumaa vallavanem Tiina Saar kinnitas, et vald hoiab olukorral silma peal ning et kiirabi ja päästeteenistus on valmis vajadusel kasutama helikopterit. ⟦Koolid ja lasteaiad saarel töötavad tavapäraselt.⟧</p>
<p>Transpordiamet kaalub ka jäätee avamist Hiiumaa ja Saaremaa vahel, kui külm ilm jätkub. Ameti teatel peab jää olema ohutuks liikumiseks vähemalt 22 sentimeetrit paks kogu teekonna ulatuses ning seda mõõdetakse iga päev.</p>
<p>Reisijatel soovitatakse enne teeleasumist vaadata praamigraafikut praamifirma kodulehelt ning arvestada pikemate ootamisaegadega. Ilmateenistuse prognoosi järgi püsib külm ilm vähemalt nädala lõpuni.</p>
<p>Jää tõttu on raskusi ka Saaremaa ja Muhu vahelisel liinil, kuid seal on praamid seni sõitnud graafiku järgi. Kuivastu sadama juhataja sõnul on sealne laevatee laiem ning tuul ei ole jääd sinna nii palju kokku kuhjanud. Sadamad on lisanud ootealadele küttega konteinerid, kus autojuhid saavad järjekorras oodates sooja juua. Vald on palunud saarel elavatel inimestel mitte teha praegu tarbetuid reise mandrile.</p>
<p>⟦Praamifirma lubas järgmise teate avaldada teisipäeva hommikul.⟧</p>""",
    kind="news", why="ferry disruption report; opinion only in teasers under it",
))

# ---------------------------------------------------------------- Latvian: kicker "Intervija", Q&A
PAGES.append(page(
    case="lv-news-intervija", lang="lv", skin="portal", domain="kurzemesvards.example", site="Kurzemes Vārds",
    url="https://www.kurzemesvards.example/zinas/intervija/ostas-vaditajs-mes-gatavojamies-kravu-kritumam-58231",
    h1="Ostas vadītājs: „Mēs gatavojamies kravu kritumam”", kicker="Intervija", crumbs=["Sākums", "Ziņas"], ld_section="Ziņas",
    authors=["Līga Ozola"], byline_text="Līga Ozola",
    pub="2026-03-11T08:15:00+02:00", date="11.03.2026 08:15",
    nav=["Ziņas", "Liepāja", "Latvijā", "Ekonomika", "⟪Viedokļi un komentāri⟫", "Sports"],
    cookie="⟪Mēs izmantojam sīkdatnes, lai uzlabotu jūsu pieredzi.⟫", cookie_btns=("Piekrītu", "Iestatījumi"),
    side=[("Lasītākie", ["⟪Liepājā atklāta jaunā koncertzāles terase⟫", "Basketbolisti uzvar izbraukumā"])],
    more=("Vēl intervijas", ["⟪Mēs gribam, lai jaunieši paliek Kurzemē⟫", "Skolotāja, kas māca programmēšanu"]),
    footer="⟪© 2026 Kurzemes Vārds. Visas tiesības aizsargātas.⟫", footer_nav=["Par mums", "Kontakti", "Privātuma politika"],
    body="""<p>⟦Liepājas ostas pārvaldnieks Edgars Kalniņš šogad stājās amatā brīdī, kad kravu apjoms ostā sarūk jau trešo gadu pēc kārtas.⟧ Sarunā ar “Kurzemes Vārdu” viņš stāsta par ostas plāniem un to, kas gaida ostas darbiniekus.</p>
<p><strong>Cik liels ir kravu kritums un kāpēc tas notiek?</strong></p>
<p>Pērn pārkrāvām par 12 procentiem mazāk nekā gadu iepriekš. Galvenais iemesls ir tranzīta kravu zudums no austrumiem. ⟦Tās vairs neatgriezīsies, un mums ir godīgi jāpasaka, ka tā ir jauna realitāte.⟧</p>
<p><strong>Ko osta dara, lai aizstātu zaudētās kravas?</strong></p>
<p>Mēs strādājam ar Skandināvijas un Vācijas ražotājiem, kuriem interesē Baltijas jūras īsie pārvadājumi. Ļoti ceram uz vēja enerģiju. Jūras vēja parku būvei vajadzēs ostu, kur montēt un uzglabāt turbīnas, un Liepājai tam ir gan vieta, gan dziļums.</p>
<p><strong>Vai tas nozīmē darba vietu samazināšanu?</strong></p>
<p>Es negribu neko solīt, ko nevaru izpildīt. Daži stividori jau ir samazinājuši darbinieku skaitu. ⟦Bet vēja enerģijas projekti varētu radīt vairākus simtus jaunu darba vietu,⟧ ja valdība pieņems lēmumus laikus.</p>
<p><strong>Ko jūs sagaidāt no valdības?</strong></p>
<p>Skaidru lēmumu par jūras vēja parku izsolēm un investīcijas piestātņu atjaunošanā. Mēs esam gatavi ieguldīt savus līdzekļus, bet vienai ostai to neizdarīt.</p>
<p><strong>Kā jūs vērtējat sadarbību ar pilsētu?</strong></p>
<p>Tā ir labāka nekā pirms dažiem gadiem. Pilsēta saprot, ka osta ir viens no lielākajiem darba devējiem, un mēs saprotam, ka pilsētniekiem traucē putekļi un troksnis. Kopīgi esam vienojušies par jaunu zaļo joslu starp ostu un dzīvojamo rajonu, un pirmie koki tiks iestādīti jau šopavasar. Tāpat plānojam atvērt daļu krastmalas pastaigām.</p>
<p><strong>Kāda ir Liepājas osta pēc desmit gadiem?</strong></p>
<p>Mazāk ogļu un graudu, vairāk enerģētikas un ražošanas. ⟦Es ticu, ka osta būs mazāka, bet daudzveidīgāka.⟧</p>""",
    kind="news", why="Q&A interview with kicker 'Intervija'; views are the interviewee’s",
))

# ---------------------------------------------------------------- Lithuanian: obituary, kicker "In memoriam"
PAGES.append(page(
    case="lt-news-inmemoriam", lang="lt", skin="daily", domain="aukstaitijoszinios.example", site="Aukštaitijos žinios",
    url="https://www.aukstaitijoszinios.example/naujienos/regionas/mire-fotografas-algirdas-vaitkus-77412",
    h1="Mirė fotografas Algirdas Vaitkus", kicker="In memoriam", crumbs=["Pradžia", "Naujienos", "Regionas"],
    authors=["Rūta Petrauskienė"], byline_text="Rūta Petrauskienė", meta_section="Naujienos",
    pub="2026-02-21T13:05:00+02:00", date="2026-02-21 13:05",
    nav=["Naujienos", "Panevėžys", "Lietuva", "Sportas", "⟪Nuomonės ir komentarai⟫", "Kultūra"],
    cookie="⟪Šioje svetainėje naudojami slapukai.⟫", cookie_btns=("Sutinku", "Nustatymai"),
    side=[("Skaitomiausi", ["⟪Panevėžyje atnaujinama Laisvės aikštė⟫", "Krepšininkai iškovojo pergalę Kaune"])],
    more=("Daugiau naujienų", ["⟪Bibliotekoje atidaryta senųjų nuotraukų paroda⟫", "Rajone remontuojami keliai"]),
    footer="⟪© 2026 UAB „Aukštaitijos žinios“. Visos teisės saugomos.⟫", footer_nav=["Apie mus", "Kontaktai", "Privatumo politika"],
    body="""<p>⟦Vasario 19 d., eidamas 84-uosius metus, mirė fotografas, ilgametis laikraščio bendradarbis Algirdas Vaitkus.⟧ Apie jo mirtį pranešė šeima.</p>
<p>A. Vaitkus gimė 1942 m. Pasvalio rajone, Joniškėlio apylinkėse. Baigęs mokyklą, dirbo kolūkio elektriku, o fotografuoti pradėjo kariuomenėje, kur jam buvo patikėta dalinio laboratorija. 1968 m. jis atvyko į Panevėžį ir beveik tris dešimtmečius dirbo laikraščio fotokorespondentu.</p>
<p>⟦Per savo gyvenimą jis sukaupė daugiau nei 200 tūkstančių negatyvų.⟧ Jo nuotraukose – kaimų šventės, statybos, pirmieji Sąjūdžio mitingai Panevėžyje, krepšinio rungtynės ir paprasti žmonės prie darbo. Dalį archyvo 2019 m. jis padovanojo apskrities bibliotekai, kuri surengė kelias jo darbų parodas.</p>
<p>Buvęs redaktorius Vytautas Jonaitis prisimena kolegą kaip ramų ir atkaklų žmogų. „Algirdas niekada neskubėdavo. Jis galėjo valandą laukti, kol šviesa kris taip, kaip reikia. ⟦Ir beveik visada sulaukdavo,”⟧ sakė jis.</p>
<p>Bibliotekos direktorė Asta Jurgaitienė pabrėžė, kad A. Vaitkaus archyvas yra vienas vertingiausių regiono vaizdinės istorijos šaltinių. Šiuo metu jo nuotraukos skaitmeninamos ir palaipsniui skelbiamos internete.</p>
<p>Už nuopelnus kraštui fotografas 2012 m. buvo apdovanotas Panevėžio miesto garbės ženklu. Išėjęs į pensiją, jis dar dešimtmetį vedė fotografijos būrelį vaikams.</p>
<p>Liko žmona Aldona, du sūnūs ir penki anūkai.</p>
<p>Kolegos prisimena, kad A. Vaitkus visada nešiodavosi du fotoaparatus – vieną su spalvota, kitą su nespalvota juosta – ir iki paskutinių darbo metų atsisakė pereiti prie skaitmeninės fotografijos. Jo nuotraukos buvo spausdinamos ir respublikiniuose leidiniuose, o 1989 m. vienas jo kadras iš Sąjūdžio mitingo apskriejo visą šalį. Jaunesni fotografai dažnai ateidavo pas jį patarimo, ir jis niekada neatsisakydavo padėti.</p>
<p>⟦Atsisveikinimas vyks vasario 22 d. Panevėžio laidojimo namuose,⟧ laidotuvės – vasario 23 d. Joniškėlio kapinėse.</p>""",
    kind="news", why="obituary labelled 'In memoriam' under /naujienos/",
))

# ---------------------------------------------------------------- Serbian (Cyrillic): a report ABOUT a columnist; section "Друштво"
PAGES.append(page(
    case="sr-news-kolumnistkinja", lang="sr", skin="portal", domain="novosadskidnevnik.example", site="Новосадски дневник",
    url="https://novosadskidnevnik.example/drustvo/kolumnistkinja-dobila-nagradu-za-novinarstvo-3928471",
    h1="Колумнисткиња Драгана Илић добила награду за новинарство", crumbs=["Почетна", "Друштво"], meta_section="Друштво",
    authors=["Милош Јовановић"], byline_text="Милош Јовановић",
    pub="2026-03-03T18:30:00+01:00", date="03.03.2026. 18:30",
    nav=["Вести", "Нови Сад", "Србија", "Спорт", "⟪Колумне и ставови⟫", "Култура"],
    cookie="⟪Овај сајт користи колачиће ради бољег корисничког искуства.⟫", cookie_btns=("Прихватам", "Подешавања"),
    side=[("Колумне", [("Колумна", "⟪Град у којем нико не шета⟫"), ("Став", "Зашто нам требају мање школе")]),
          ("Најчитаније", ["⟪Нови мост на Дунаву биће отворен у јуну⟫", "Војводина победила у Суботици"])],
    footer="⟪© 2026 Новосадски дневник. Сва права задржана.⟫", footer_nav=["О нама", "Контакт", "Политика приватности"],
    body="""<p>⟦Новинарка и колумнисткиња Драгана Илић добитница је овогодишње награде „Светозар Марковић” за допринос локалном новинарству,⟧ саопштило је данас Удружење новинара Војводине.</p>
<p>Жири је, како се наводи у саопштењу, наградио њену дугогодишњу колумну „Са трга”, која већ једанаест година излази суботом у нашем листу, као и серију истраживачких текстова о загађењу Дунава објављених прошле године.</p>
<p>⟦„Ово је награда за све људе који су ми писали, звали и слали фотографије,”⟧ рекла је Илић за наш лист. „Колумна никада није била само моја. Без читалаца бих писала у празно.”</p>
<p>Председница жирија Весна Марковић истакла је да је одлука била једногласна. Према њеним речима, Илић је показала да локална новинарска форма може да утиче на одлуке власти: после њених текстова о загађењу, покрајински секретаријат је наложио додатне контроле три фабрике у индустријској зони.</p>
<p>Илић је рођена 1979. године у Сремској Митровици, а новинарством се бави од 2002. године. Радила је као репортерка и уредница рубрике Друштво, пре него што је 2015. године почела да пише колумну. ⟦Добитница је и две раније регионалне награде.⟧</p>
<p>Награда се састоји од плакете и новчаног износа од 300.000 динара. Биће уручена 14. марта на свечаности у Српском народном позоришту.</p>
<p>Уредник листа Ненад Павловић честитао је Илићевој у име редакције. „Поносни смо што је њена колумна део нашег листа и што читаоци суботом прво њу отварају,” рекао је он.</p>
<p>Међу ранијим добитницима награде су угледни новинари из целе покрајине, а удружење је ове године примило рекордних четрдесет пријава. Чланови жирија навели су да су се посебно трудили да награде рад који је имао видљив утицај на живот грађана.</p>
<p>⟦Ово је трећи пут да награда припада новинару из Новог Сада.⟧</p>""",
    kind="news", why="report about a columnist’s award; section 'Друштво'",
))

# ---------------------------------------------------------------- German: kicker "Faktencheck", neutral
PAGES.append(page(
    case="de-news-faktencheck", lang="de", skin="daily", domain="mittelhessenpost.example", site="Mittelhessen-Post",
    url="https://www.mittelhessenpost.example/region/faktencheck-wird-die-grundsteuer-in-giessen-verdoppelt-93847561.html",
    h1="Wird die Grundsteuer in Gießen verdoppelt?", kicker="Faktencheck", crumbs=["Startseite", "Region", "Gießen"], meta_section="Region",
    authors=["Lena Hoffmann"], byline_text="Von Lena Hoffmann",
    pub="2026-02-17T15:45:00+01:00", date="17.02.2026, 15:45 Uhr",
    nav=["Region", "Politik", "Wirtschaft", "Sport", "⟪Meinung und Kommentar⟫", "Kultur"],
    cookie="⟪Wir verwenden Cookies und ähnliche Technologien, um unsere Angebote zu verbessern.⟫", cookie_btns=("Zustimmen", "Einstellungen"),
    side=[("Meinung", [("Kommentar", "⟪Die Stadt muss ehrlicher rechnen⟫")]), ("Meistgelesen", ["⟪Vollsperrung auf der A485 am Wochenende⟫", "Neuer Bäcker am Seltersweg"])],
    footer="⟪© 2026 Mittelhessen-Post GmbH⟫ &amp; Co. KG", footer_nav=["Impressum", "Kontakt", "Datenschutz", "AGB"],
    body="""<p>⟦In mehreren Gruppen in sozialen Netzwerken kursiert seit Tagen die Behauptung, die Stadt Gießen verdopple in diesem Jahr die Grundsteuer.⟧ Ein Beitrag, der mehr als 3000-mal geteilt wurde, spricht von einer „Abzocke für alle Eigentümer und Mieter“. Wir haben geprüft, was stimmt.</p>
<p><strong>Die Behauptung:</strong> Die Grundsteuer in Gießen steige 2026 auf das Doppelte.</p>
<p><strong>Die Fakten:</strong> Der Hebesatz der Stadt für die Grundsteuer B liegt seit Januar bei 720 Prozent, im vergangenen Jahr waren es 680 Prozent. ⟦Das entspricht einer Erhöhung um knapp sechs Prozent, nicht um hundert.⟧</p>
<p>Allerdings hat sich durch die bundesweite Grundsteuerreform die Berechnungsgrundlage geändert. Seit 2025 werden alle Grundstücke neu bewertet. Für manche Eigentümer ist die Steuer dadurch deutlich gestiegen, für andere gesunken. Nach Angaben der Stadtkämmerei zahlen rund 18 Prozent der Eigentümer jetzt mindestens doppelt so viel wie 2024, vor allem Besitzer großer, älterer Einfamilienhäuser in Randlagen.</p>
<p>„Die Einzelfälle, die in den Netzwerken geteilt werden, sind oft echt“, sagt Kämmerer Thomas Weber. ⟦„Aber sie gelten nicht für alle.“⟧ Im Durchschnitt sei die Belastung je Grundstück um etwa sieben Prozent gestiegen.</p>
<p>Auch der Bund der Steuerzahler Hessen bestätigt die Größenordnung, weist aber darauf hin, dass die Unterschiede zwischen einzelnen Grundstücken größer geworden seien. Mieter sind betroffen, weil Vermieter die Grundsteuer über die Nebenkosten umlegen dürfen.</p>
<p>Wer den eigenen Bescheid prüfen will, kann den Grundsteuerwert beim Finanzamt und den Hebesatz auf der Internetseite der Stadt nachsehen. Einsprüche gegen den Bescheid sind innerhalb eines Monats möglich.</p>
<p><strong>Fazit:</strong> ⟦Die Behauptung ist in dieser Form falsch.⟧ Der Hebesatz steigt leicht; für einen Teil der Eigentümer hat sich die Steuer durch die Reform aber tatsächlich verdoppelt.</p>""",
    kind="news", why="kicker 'Faktencheck'; neutral verification with sources",
))

# ---------------------------------------------------------------- English: kicker "Explainer"; Opinion in the menu and the rail
PAGES.append(page(
    case="en-news-busnetwork", lang="en", skin="daily", domain="harbourcitytimes.example", site="Harbour City Times",
    url="https://www.harbourcitytimes.example/2026/03/24/what-the-new-bus-network-means-for-you",
    h1="What the new bus network means for you", kicker="Explainer",
    deck="Forty routes change on April 19. Here is what is different, who gains and who loses.",
    authors=["Priya Raman"], byline_text="By Priya Raman", role="Transport reporter",
    pub="2026-03-24T05:00:00+10:00", date="March 24, 2026 — 5.00am",
    nav=["News", "Politics", "Business", "⟪Opinion and analysis⟫", "Sport", "Culture"],
    cookie="⟪We use cookies to give you the best experience on our site.⟫", cookie_btns=("Accept", "Manage"),
    side=[("Opinion", [("Column", "⟪The bus network is a bet worth making⟫"), ("Editorial", "Fix the timetables before the launch")]),
          ("Most viewed", ["⟪Ferry fares to rise by 5 per cent from July⟫", "Council approves new skate park"])],
    footer="⟪© 2026 Harbour City Times Pty Ltd⟫", footer_nav=["About us", "Contact", "Privacy"],
    body="""<p>⟦On April 19, the city’s bus network will change more than at any time in thirty years.⟧ About forty routes will be renumbered, merged or cut, and a new set of frequent lines will run every ten minutes from early morning to late evening. Here is what you need to know.</p>
<h2>What is changing?</h2>
<p>The transport department has redrawn the network around eight “frequent corridors”, such as the coast road and the university line. ⟦Buses on these corridors will run at least every ten minutes from 6am to 9pm,⟧ seven days a week. Many suburban routes that now run every thirty or forty minutes will feed into them instead of running all the way to the city centre.</p>
<h2>Who gains?</h2>
<p>According to the department’s modelling, about 70 per cent of residents will live within 800 metres of a stop with a bus at least every fifteen minutes, up from 45 per cent. People travelling across the city, rather than into the centre, should find more direct connections.</p>
<h2>Who loses?</h2>
<p>Some passengers will need to change buses where they now have a direct ride. The department estimates that around one in ten current trips will involve a new transfer. ⟦Residents of hilly streets in the western suburbs will walk further,⟧ because several winding routes are being straightened.</p>
<p>The Council on the Ageing has asked for extra seating and shelters at transfer points. Local councillor Mark Devlin said some residents in his ward were “worried and confused”, while the Bus Users Association said it broadly supported the change.</p>
<h2>Will fares change?</h2>
<p>No. ⟦Transfers within ninety minutes will remain free with a travel card.⟧</p>
<h2>Where can I check my route?</h2>
<p>A journey planner is online now, and staff will be at major stops for two weeks after the launch. ⟦Printed timetables will be available at libraries from April 6.⟧</p>""",
    kind="news", why="kicker 'Explainer'; neutral service explainer with both sides",
))
