"""Estonian, Latvian and Lithuanian pages of nordicmix (9): an ERR-credited story, an Arvamus by an arvamusautor, a
weekly horoscope; a LETA story with no date metadata, an interview, a Komentāri piece (JSON-LD only); a Kronika
story credited to BNS (news despite the section name), a column marked only by its URL, a listicle."""

PAGES = []

UV_NAV = ["Uudised", "Eesti", "Maailm", "Majandus", "Sport", "Kultuur", "Arvamus", "Juhtkiri", "Naistekas", "Ilm", "Tv"]
UV_COOKIE = "Kasutame küpsiseid, et parandada sinu kasutajakogemust, analüüsida liiklust ja näidata asjakohaseid reklaame."

# ---------------------------------------------------------------- 24. Estonian story credited to ERR
PAGES.append(dict(
    case="et-news-baltic-peipsi", lang="et", html_lang="et-EE", skin="baltic", domain="www.uudisvoog.example", site="Uudisvoog", secpath="eesti",
    url="https://www.uudisvoog.example/eesti/120331847/peipsi-jarvel-paasteti-lahti-murdunud-jaalt-27-kalameest",
    h1="Peipsi järvel päästeti lahti murdunud jäält 27 kalameest",
    deck="Tugev idatuul murdis jää Mustvee lähedal lahti. Kõik kalamehed toimetati kaldale tervena.",
    kicker="Eesti", crumbs=["Eesti"], authors=None, byline_html="ERR", ld_authors=["org:ERR"], ld_type="NewsArticle", ld_section="Eesti",
    pub="2026-03-05T10:32:00+02:00", date="5. märts 2026, 10:32", langs=["EST", "RUS", "ENG"],
    nav=UV_NAV, cookie=UV_COOKIE, cookie_title="Sinu privaatsus on meile oluline",
    ticker=["Riigikogu arutab täna automaksu muutmist", "Tallinna trammiliiklus on Kadrioru suunal häiritud"],
    widget="Tallinn −4 °C · Tartu −6 °C · EUR/USD 1,09",
    caption="⟪Piirivalve helikopter Peipsi järve kohal neljapäeva hommikul.⟫ Foto: Politsei- ja Piirivalveamet",
    side=[("Loetuimad", ["⟪Tartus avati uus lasteaed⟫", "Elektri hind tõuseb homme üle 200 euro", "Eesti korvpallikoondis kaotas Lätile"]),
          ("Arvamus", [("Juhtkiri", "Jääle minek ei ole eraasi"), ("Arvamus", "Maapiirkonnad vajavad päästekomandosid"),
                       ("Kommentaar", "⟪Kalamehed ja riik peavad leidma ühise keele⟫")]),
          ("Reklaam", ["Kevadine puhkus Pärnus: spaapaketid soodushinnaga"])],
    tags=["Peipsi", "Päästeamet", "Jää"],
    related=["Päästjad: kevadjää on petlik", "Mustvee vald nõuab Peipsile jääteid"],
    comments=[("kalur77", "5. märts 2026, 11:02", "⟪Igal aastal sama lugu, aga keegi ei õpi.⟫"),
              ("Mari", "5. märts 2026, 11:40", "Tänu päästjatele, et kõik elus on.")], comment_count=48,
    footer="⟪© Uudisvoog 2026. Kõik õigused kaitstud.⟫", footer_nav=["Kontakt", "Reklaam", "Privaatsuspoliitika", "Küpsised"],
    body="""⟦Päästjad ja piirivalve toimetasid neljapäeva hommikul Peipsi järvelt kaldale 27 kalameest⟧, kes olid jäänud lahti murdunud jäätükile Mustvee lähedal. Päästeameti teatel keegi viga ei saanud.

Häirekeskus sai esimese väljakutse kell 8.14, kui üks kalameestest helistas ja teatas, et jää nende all on kaldast eraldunud. Jäälaam oli selleks ajaks triivinud kaldast umbes 300 meetri kaugusele.

„Tuul oli tugev ja jäälaam liikus kiiresti. ⟦Tegime otsuse kasutada kohe ka helikopterit⟧,“ ütles päästeameti Ida päästekeskuse operatiivkorrapidaja Andres Kuusk.

[[READ|⟪Päästeamet: jääle minek on nüüd eluohtlik⟫]]

Politsei- ja piirivalveameti helikopter tõstis jäält kaheksa inimest, ülejäänud toodi kaldale hõljukiga. Päästeoperatsioon kestis ligi kolm tundi.

Kalamehed ise ütlesid, et ei märganud ohtu enne, kui nägid kalda ja jää vahele tekkinud vett. „Korraga oli vahel kümme meetrit vett. Siis sai selgeks, et ise me sealt ära ei saa,“ rääkis Tartust pärit kalamees.

[[SPLIT]]

[[H|Hoiatused jäid tähelepanuta]]

Päästeamet oli juba kolmapäeval hoiatanud, et idatuul võib Peipsi järve põhjaosas jää lahti murda. ⟦Sellest hoolimata läks neljapäeva hommikul jääle mitukümmend kalameest.⟧

„Saame aru, et kevadine kalapüük on paljudele oluline. Kuid ükski kala ei ole väärt oma elu riskimist,“ sõnas Kuusk.

Päästeameti andmetel on tänavu talvel Peipsilt päästetud juba üle 60 inimese. Eelmisel talvel oli see arv kokku 41. Politsei kaalub, kas ohtlikule jääle minejaid tuleks karistada, kuid praegu seadus seda ei võimalda, kui jääle minek pole eraldi keelatud.

Mustvee vallavanem tõdes, et kevadine kalapüük on piirkonnale oluline ka majanduslikult, sest kalamehed ööbivad kohalikes majutusasutustes ja ostavad kohalikest poodidest. „Me ei taha kedagi järvelt eemale peletada, aga ohutus peab olema esikohal,“ ütles ta.

⟦Päästeamet soovitab järgmistel päevadel Peipsi järve jääle mitte minna.⟧""",
    kind="news", why="rescue report credited to ERR",
))

# ---------------------------------------------------------------- 25. Arvamus by an arvamusautor
TP_NAV = ["Uudised", "Tallinn", "Eesti", "Maailm", "Majandus", "Arvamus", "Juhtkiri", "Kolumnid", "Kultuur", "Sport", "Tarbija"]
PAGES.append(dict(
    case="et-opinion-baltic-kesklinn", lang="et", html_lang="et-EE", skin="baltic", domain="www.tallinnapaevaleht.example", site="Tallinna Päevaleht", secpath="arvamus",
    url="https://www.tallinnapaevaleht.example/arvamus/2026/03/07/tallinna-kesklinn-tuleb-anda-tagasi-jalakaijatele",
    h1="Tallinna kesklinn tuleb anda tagasi jalakäijatele",
    deck="Linn räägib inimkesksest linnaruumist, kuid kesklinn on endiselt ehitatud autode läbisõiduks.",
    kicker="Arvamus", kicker_path="arvamus", crumbs=["Arvamus"], authors=["Kristi Lepik"],
    byline_html='Autor: <a href="/autor/kristi-lepik">Kristi Lepik</a>', role="arvamusautor",
    ld_authors=["Kristi Lepik"], ld_type="OpinionNewsArticle", ld_section="Arvamus",
    pub="2026-03-07T07:00:00+02:00", date="7. märts 2026, 07:00", langs=["EST", "RUS"],
    nav=TP_NAV, cookie=UV_COOKIE, cookie_title="Küpsised",
    ticker=["Linnavalitsus kinnitas uue parkimiskorra", "Balti jaama turg on pühapäeval suletud"],
    widget="Tallinn −2 °C, pilves",
    caption="⟪Jalakäijad ootamas rohelist tuld Vabaduse väljakul.⟫ Foto: Tallinna Päevaleht",
    side=[("Loetuimad", ["⟪Kesklinna tuleb kolm uut trammipeatust⟫", "Kopli liinide maja müüdi", "Kalev/Cramo võitis kodus"]),
          ("Arvamus", [("Juhtkiri", "Linn ei tohi unustada äärelinnu"), ("Kolumn", "Kolumnist: Miks me kardame tühje tänavaid?")])],
    tags=["Tallinn", "Linnaruum", "Liiklus"],
    related=["Linnavalitsus lubab kesklinna uut liikluskorraldust", "Kesklinna parkimine kallineb aprillist"],
    comments=[("Jaan", "7. märts 2026, 09:15", "⟪Aga kuhu ma siis autoga lähen, kui kõik tänavad on suletud?⟫")], comment_count=112,
    footer="⟪© Tallinna Päevaleht 2026⟫", footer_nav=["Toimetus", "Reklaam", "Privaatsus"],
    body="""⟦Kes on proovinud jalgsi jõuda Vabaduse väljakult Kaubamajani⟧, teab, et kesklinnas on jalakäija teisejärguline liikleja. Foorid on seatud autode järgi, kõnniteed on kitsad ja talvel lumevallidega ummistatud ning ristmikel tuleb oodata minuteid.

Linn on aastaid rääkinud inimkesksest linnaruumist. Tegelikkuses on Tallinna kesklinn endiselt planeeritud nii, et autod liiguksid sealt kiiresti läbi. ⟦Ometi ei ela kesklinn transiidist, vaid inimestest⟧, kes seal kõnnivad, ostavad ja aega veedavad.

[[SPLIT]]

Teised Põhjamaade pealinnad on selle ammu mõistnud. Helsingi ja Kopenhaageni kesklinnas on jalakäijatänavaid kordades rohkem ning kaupmehed, kes alguses kartsid käibe langust, on täna muudatuste suurimad toetajad.

Tallinn ei pea kõike korraga muutma. Alustada võiks kolmest lihtsast sammust:

[[LIST|⟦Pikendada jalakäijate rohelist tuld kesklinna suurematel ristmikel.⟧|Muuta Harju tänav aastaringseks jalakäijate alaks.|Koristada lumi esmalt kõnniteedelt ja alles seejärel sõiduteelt.]]

[[READ|⟪Harju tänav suletakse suveks autodele⟫]]

Need muudatused ei maksa palju. Need nõuavad vaid otsust, et jalakäija on linnas sama oluline kui autojuht.

Jalakäijasõbralik linn ei tähenda autovaenulikku linna. See tähendab, et tänav on jagatud ausamalt. Praegu kuulub suurem osa kesklinna avalikust ruumist sõiduteedele ja parklatele, kuigi enamik inimesi liigub seal jalgsi. Kui seda tasakaalu muuta, võidavad ka autojuhid, sest tänavad muutuvad ohutumaks ja liiklus rahulikumaks.

Ka turistid hindavad linna selle järgi, kui mõnus on seal jalutada. Vanalinn on Tallinna visiitkaart just seetõttu, et seal saab liikuda ilma autode vahel laveerimata.

Vastuargument on alati sama: autoga tulijad ei leia parkimiskohta ja lähevad kaubanduskeskustesse. Kuid linna enda uuringud näitavad, et kesklinna poodide klientidest tuleb autoga vähem kui kolmandik. Ülejäänud tulevad jalgsi, rattaga või ühistranspordiga.

⟦Linn, kus on hea kõndida, on linn, kus on hea elada.⟧""",
    kind="opinion", why="opinion piece urging pedestrian priority",
))

# ---------------------------------------------------------------- 26. Weekly horoscope
SIGNS = [("Jäär", "21.03–19.04", "⟦Nädala alguses tekib sul tahtmine kõik korraga ära teha.⟧ Võta aega ja jaga jõudu, sest kolmapäeval vajad seda rohkem."),
         ("Sõnn", "20.04–20.05", "Rahaasjades on nüüd hea aeg plaane teha. Lähedane inimene ootab sinult ausat vestlust."),
         ("Kaksikud", "21.05–20.06", "Uued tutvused toovad rõõmu ja võib-olla ka tööpakkumise. Ära lükka vastust liiga kaugele. Pühapäev sobib hästi pereliikmetega suhtlemiseks."),
         ("Vähk", "21.06–22.07", "Kodused asjad nõuavad tähelepanu. Nädalavahetusel leiad aega iseendale ja see tuleb sulle kasuks."),
         ("Lõvi", "23.07–22.08", "⟦Sinu ideed leiavad tööl lõpuks kuulajaid.⟧ Ära karda oma arvamust valjult välja öelda."),
         ("Neitsi", "23.08–22.09", "Tervis vajab rohkem und ja värsket õhku. Neljapäeval võid saada head uudised kaugelt."),
         ("Kaalud", "23.09–22.10", "Suhetes on oodata selgust. Vana arusaamatus laheneb, kui astud esimese sammu."),
         ("Skorpion", "23.10–21.11", "Töökoormus kasvab, kuid sa saad sellega hästi hakkama. Reedel tasub ennast premeerida, näiteks hea raamatu või õhtusöögiga sõpradega."),
         ("Ambur", "22.11–21.12", "Reisimõtted ei jäta sind rahule. Nädala lõpus võib tekkida võimalus need ellu viia."),
         ("Kaljukits", "22.12–19.01", "Vastutus langeb taas sinu õlgadele. Pea meeles, et abi küsimine ei ole nõrkus. Kolleegid on valmis sind toetama rohkem, kui arvad."),
         ("Veevalaja", "20.01–18.02", "Loominguline energia on nüüd tugev. Alusta projekti, mida oled ammu edasi lükanud."),
         ("Kalad", "19.02–20.03", "⟦Sünnipäevanädal toob sulle palju head tähelepanu.⟧ ⟦Nauti seda ja ära muretse pisiasjade pärast.⟧")]
PAGES.append(dict(
    case="et-other-baltic-horoskoop", lang="et", html_lang="et-EE", skin="baltic", domain="www.uudisvoog.example", site="Uudisvoog", secpath="naistekas",
    url="https://www.uudisvoog.example/naistekas/120332004/nadala-horoskoop-9-15-martsini",
    h1="Nädala horoskoop 9.–15. märtsini: Kaladele toob sünnipäevanädal head uudised",
    kicker="Naistekas", crumbs=["Naistekas", "Horoskoop"], authors=["Maret Kask"], byline_html='Astroloog <a href="/autor/maret-kask">Maret Kask</a>',
    meta="og", meta_section="Horoskoop",
    pub="2026-03-08T18:00:00+02:00", date="8. märts 2026, 18:00", langs=["EST", "RUS", "ENG"],
    nav=UV_NAV, cookie=UV_COOKIE, cookie_title="Sinu privaatsus on meile oluline",
    caption="⟪Tähtkujude ring.⟫ Illustratsioon: Uudisvoog",
    side=[("Loetuimad", ["⟪Kevadine kapikoristus: viis nippi⟫", "Nädala retsept: rabarberikook", "Need tähemärgid sobivad kõige paremini kokku"]),
          ("Arvamus", [("Arvamus", "Horoskoobid on ajaviide, mitte elujuhis"), ("Juhtkiri", "Naistepäev pole ainult lillede päev")])],
    tags=["Horoskoop", "Astroloogia"],
    related=["⟪Kuu horoskoop: märts⟫", "Hiina horoskoop: mida toob tule hobuse aasta"],
    footer="⟪© Uudisvoog 2026. Kõik õigused kaitstud.⟫", footer_nav=["Kontakt", "Reklaam", "Privaatsuspoliitika"],
    body="⟦Märtsi teine nädal on täis uusi algusi ja kevadist energiat.⟧ Vaata, mida tähed sinu jaoks ette näevad.\n\nKuu liigub nädala keskel Neitsi märki, mis toob kaasa soovi korda luua ja pooleliolevad asjad lõpule viia. Nädalavahetusel soodustavad Päike ja Veenus Kalade tähtkujus romantikat ja loomingulisust.\n\n" +
         "\n\n[[AD]]\n\n".join("\n\n".join("[[H|%s (%s)]]\n\n%s" % s for s in SIGNS[i:i + 6]) for i in (0, 6)),
    kind="other", why="weekly horoscope",
))

# ---------------------------------------------------------------- 27. LETA story, no date metadata
LZ_NAV = ["Ziņas", "Latvijā", "Rīgā", "Pasaulē", "Ekonomika", "Sports", "Kultūra", "Viedokļi", "Komentāri", "Laikapstākļi", "Izklaide"]
LZ_COOKIE = "Mēs izmantojam sīkdatnes, lai uzlabotu vietnes darbību, analizētu datplūsmu un rādītu atbilstošas reklāmas."
PAGES.append(dict(
    case="lv-news-baltic-marsruti", lang="lv", html_lang="lv-LV", skin="baltic", domain="www.latvijaszinas.example", site="Latvijas Ziņas", secpath="riga",
    url="https://www.latvijaszinas.example/riga/no-aprila-riga-mainisies-12-autobusu-marsruti.a561204/",
    h1="No aprīļa Rīgā mainīsies 12 autobusu maršruti",
    kicker="Rīgā", crumbs=["Rīgā"], authors=None, byline_html="LETA", meta="min",
    pub="2026-03-05T10:32:00+02:00", date="2026. gada 5. martā, 10:32", langs=["LV", "RU", "EN"],
    nav=LZ_NAV, cookie=LZ_COOKIE, cookie_title="Sīkdatņu iestatījumi",
    ticker=["Saeima pieņēma grozījumus būvniecības likumā", "Daugavpilī slēgts ceļš uz Krāslavu"],
    widget="Rīga −3 °C · Liepāja −1 °C · EUR/USD 1,09",
    caption="⟪„Rīgas satiksmes” autobuss pieturā Brīvības ielā.⟫ Foto: LETA",
    side=[("Lasītākie", ["⟪Jūrmalā atklās jaunu promenādi⟫", "Elektrības cenas martā kritīsies", "Latvijas hokejisti uzvar Somiju"]),
          ("Viedokļi", [("Komentārs", "Sabiedriskais transports nav tikai izmaksu pozīcija"), ("Viedoklis", "Rīgai vajag vairāk tramvaju, nevis autobusu")])],
    tags=["Rīgas satiksme", "Sabiedriskais transports", "Rīga"],
    related=["Tramvaja līnija uz Skanstes rajonu atklāta", "Pļavnieku iedzīvotāji vāc parakstus"],
    comments=[("Inese", "5. martā 10:50", "⟪Atkal jāiet līdz pieturai desmit minūtes. Paldies.⟫")], comment_count=37,
    footer="⟪© Latvijas Ziņas 2026. Visas tiesības aizsargātas.⟫", footer_nav=["Kontakti", "Reklāma", "Privātuma politika"],
    body="""Rīga, 5. marts, LETA. ⟦No 1. aprīļa Rīgā mainīsies 12 autobusu maršruti⟧, ceturtdien paziņoja pašvaldības uzņēmums „Rīgas satiksme”.

Izmaiņas skars galvenokārt Purvciemu, Pļavniekus un Imantu, kur daļa maršrutu tiks saīsināti vai apvienoti. Uzņēmumā skaidro, ka pārmaiņas ir saistītas ar jauno tramvaja līniju un pasažieru plūsmas izmaiņām pēdējos gados.

„Mēs vēlamies, lai transports kursētu tur, kur cilvēki to patiešām izmanto. ⟦Daļā maršrutu autobusi pašlaik kursē gandrīz tukši⟧,” aģentūrai LETA sacīja „Rīgas satiksmes” pārstāve Ilze Bērziņa.

[[READ|⟪Rīgas satiksme iegādāsies 40 jaunus elektriskos autobusus⟫]]

[[H|Kas mainīsies]]

[[LIST|⟦3. un 15. autobusa maršruti tiks apvienoti vienā maršrutā⟧ ar numuru 3.|Autobuss Nr. 21 vairs nekursēs līdz Centrāltirgum.|Imantā tiks ieviests jauns maršruts Nr. 58 uz Zolitūdi.|Vakaros pēc plkst. 22 biežāk kursēs autobusi Nr. 40 un Nr. 53.]]

[[SPLIT]]

Rīgas domes Satiksmes komitejas priekšsēdētājs Jānis Liepa norādīja, ka izmaiņas iepriekš apspriestas ar apkaimju biedrībām. ⟦Tomēr daļa Pļavnieku iedzīvotāju jau pauduši neapmierinātību⟧, jo līdz tuvākajai pieturai nāksies iet tālāk.

Uzņēmums arī plāno pagarināt tramvaju kursēšanas laiku nedēļas nogalēs, taču lēmums par to vēl nav pieņemts.

Pēc uzņēmuma datiem, pagājušajā gadā „Rīgas satiksmes” transportlīdzekļos tika veikti vairāk nekā 120 miljoni braucienu, un pasažieru skaits pēc vairāku gadu krituma atkal pieaug.

Satiksmes eksperti izmaiņas vērtē atšķirīgi. Rīgas Tehniskās universitātes pētnieks Kārlis Ozols norāda, ka maršrutu tīkla vienkāršošana ir pareizs virziens, taču pašvaldībai būtu jānodrošina, lai pārsēšanās starp autobusiem un tramvajiem būtu ērta un bez ilgas gaidīšanas.

Pašvaldība sola izmaiņu ietekmi izvērtēt pēc trim mēnešiem un, ja nepieciešams, maršrutus koriģēt.

Jaunie kustības saraksti būs pieejami „Rīgas satiksmes” mājaslapā un lietotnē no 20. marta.

⟦Biļešu cenas pagaidām paliks nemainīgas.⟧""",
    kind="news", why="agency report on bus route changes",
))

# ---------------------------------------------------------------- 28. Interview with a beekeeper, split by an ad
ZV_NAV = ["Ziņas", "Jelgava", "Bauska", "Dobele", "Lauki", "Sports", "Kultūra", "Viedokļi", "Komentāri", "Sludinājumi"]
PAGES.append(dict(
    case="lv-news-baltic-biskopis", lang="lv", html_lang="lv-LV", skin="baltic", domain="www.zemgalesvestis.example", site="Zemgales Vēstis", secpath="lauki",
    url="https://www.zemgalesvestis.example/lauki/biskopis-andris-zarins-si-ziema-bitem-bija-smagaka-desmit-gadu-laika/",
    h1="Biškopis Andris Zariņš: Šī ziema bitēm bija smagākā desmit gadu laikā",
    deck="Bauskas novada biškopis zaudējis trešdaļu bišu saimju. Viņš prognozē, ka medus kļūs dārgāks.",
    kicker="Intervija", crumbs=["Lauki"], authors=["Līga Ozola"], byline_html='Autors: <a href="/autori/liga-ozola/">Līga Ozola</a>',
    meta="og", meta_section="Lauki",
    pub="2026-03-09T08:15:00+02:00", date="2026. gada 9. martā, 08:15", langs=["LV", "RU"],
    nav=ZV_NAV, cookie=LZ_COOKIE, cookie_title="Mēs cienām jūsu privātumu",
    ticker=["Jelgavā remontēs Lielo ielu", "Bauskas pilī atvērta jauna izstāde"],
    widget="Jelgava −2 °C · Bauska −3 °C",
    caption="⟪Andris Zariņš savā dravā pie Bauskas.⟫ Foto: Līga Ozola",
    side=[("Lasītākie", ["⟪Dobelē atvērs jaunu bērnudārzu⟫", "Zemnieki gatavojas sējai agrāk nekā parasti", "Jelgavas hokejisti iekļūst finālā"]),
          ("Viedokļi", [("Komentāri", "Lauksaimniekiem vajag drošību, ne solījumus"), ("Viedoklis", "⟪Kāpēc mazās saimniecības pazūd?⟫")])],
    tags=["Biškopība", "Lauksaimniecība", "Bauskas novads"],
    related=["Medus cenas tirgū sāk kāpt", "Biškopji aicina aizsargāt bites no pesticīdiem"],
    comments=[("Dārzniece", "9. martā 09:30", "Paldies par interesantu sarunu!")], comment_count=12,
    footer="⟪© Zemgales Vēstis 2026⟫", footer_nav=["Redakcija", "Reklāma", "Privātuma politika"],
    body="""⟦Zemgales biškopji šopavasar ziņo par lieliem bišu saimju zaudējumiem.⟧ Par to, kāpēc tā notika un ko tas nozīmē medus cenām, sarunājāmies ar biškopi Andri Zariņu, kurš Bauskas novadā tur 180 bišu saimes.

[[Q|Cik lieli ir zaudējumi jūsu dravā?]]

Esmu zaudējis apmēram trešdaļu saimju. Tas ir ļoti daudz. Normālā ziemā zaudē piecus, varbūt desmit procentus. ⟦Tik sliktu ziemu neatceros kopš 2016. gada.⟧

[[Q|Kas notika?]]

Ziema bija ļoti nepastāvīga. Decembrī bija silts, bites sāka lidot un patērēja barību, tad janvārī uzsala. Daudzas saimes vienkārši nosala vai nomira badā, lai gan barības stropā pietika. Klāt vēl varroze, kas pagājušajā rudenī bija ļoti spēcīga.

[[SPLIT]]

[[Q|Vai tas ietekmēs medus cenu?]]

Noteikti. Ja trešdaļa saimju ir zudusi, tad arī medus būs mazāk. Domāju, ka cena tirgū varētu pieaugt par 15 līdz 20 procentiem. ⟦Bet vēl svarīgāk ir tas, ka bites apputeksnē dārzus un laukus.⟧ Ja bišu nav, to jutīs arī ābolu un rapša audzētāji.

[[Q|Ko biškopji sagaida no valsts?]]

Mēs neprasām dāvanas. Mēs gribam, lai kompensācijas par bišu saimju zaudējumiem tiktu izmaksātas tāpat kā lopkopjiem. Šobrīd tas ir sarežģīti, un daudzi pat nepiesakās.

[[READ|⟪Lauku atbalsta dienests pieņems pieteikumus līdz maijam⟫]]

Pēc biškopju biedrības aplēsēm, šoziem Latvijā varētu būt gājis bojā līdz 30 procentiem bišu saimju. Zemkopības ministrija norāda, ka situāciju vērtēs pēc tam, kad biškopji iesniegs datus par ziemošanas rezultātiem.

[[Q|Ko jūs ieteiktu iesācējiem biškopjiem?]]

Nesteigties. Sākt ar divām vai trim saimēm, atrast pieredzējušu biškopi, kas palīdz pirmajos gados, un rūpīgi sekot varrozes ērcei. Daudzi iesācēji zaudē bites tieši tāpēc, ka rudenī nav pietiekami apstrādājuši stropus.

[[Q|Vai jūs turpināsiet?]]

Protams. Bites ir mana dzīve jau trīsdesmit gadus. ⟦Pavasarī sadalīšu stiprākās saimes un pamazām atjaunošu dravu.⟧""",
    kind="news", why="Q&A interview with a beekeeper",
))

# ---------------------------------------------------------------- 29. Komentāri by a komentētājs, JSON-LD only
PAGES.append(dict(
    case="lv-opinion-baltic-nodokli", lang="lv", html_lang="lv-LV", skin="baltic", domain="www.latvijaszinas.example", site="Latvijas Ziņas", secpath="komentari",
    url="https://www.latvijaszinas.example/komentari/nodoklu-reforma-kura-aizmirsa-mazo-algu-sanemejus.a561877/",
    h1="Nodokļu reforma, kurā aizmirsa mazo algu saņēmējus",
    kicker="Komentāri", kicker_path="komentari", crumbs=["Viedokļi", "Komentāri"], authors=["Artūrs Kalniņš"],
    byline_html='Autors: <a href="/autori/arturs-kalnins/">Artūrs Kalniņš</a>', role="komentētājs", meta="ld",
    ld_authors=["Artūrs Kalniņš"], ld_type="OpinionNewsArticle", ld_section="Komentāri",
    pub="2026-03-06T07:30:00+02:00", date="2026. gada 6. martā, 07:30", langs=["LV", "RU", "EN"],
    nav=LZ_NAV, cookie=LZ_COOKIE, cookie_title="Sīkdatņu iestatījumi",
    ticker=["Valdība apstiprina nodokļu reformas projektu", "Rīgā gaidāms sniegs un apledojums"],
    widget="Rīga −1 °C · EUR/USD 1,09",
    side=[("Lasītākie", ["⟪Kā mainīsies algas no jūlija: aprēķini⟫", "Valsts ieņēmumu dienests brīdina par krāpniekiem", "Liepājā slēgs veikalu tīklu"]),
          ("Viedokļi", [("Komentāri", "Budžets bez prioritātēm"), ("Viedoklis", "Reģioniem vajag darba vietas, ne stratēģijas")])],
    tags=["Nodokļi", "Nodokļu reforma", "Komentāri"],
    related=["Finanšu ministrija: reforma ienesīs 90 miljonus", "Arodbiedrības aicina pārskatīt neapliekamo minimumu"],
    comments=[("Juris", "6. martā 08:12", "⟪Trāpīgi. Minimālā alga joprojām ir nabadzības slieksnis.⟫"),
              ("Anna", "6. martā 08:40", "Zemākas likmes tomēr ir labas visiem.")], comment_count=203,
    footer="⟪© Latvijas Ziņas 2026. Visas tiesības aizsargātas.⟫", footer_nav=["Kontakti", "Reklāma", "Privātuma politika"],
    body="""⟦Valdība šonedēļ lepni paziņoja, ka nodokļu reforma padarīs sistēmu vienkāršāku un taisnīgāku.⟧ Vienkāršāku — varbūt. Taisnīgāku — noteikti ne tiem, kuri saņem minimālo algu vai nedaudz vairāk.

Reformas galvenais solījums ir iedzīvotāju ienākuma nodokļa likmes samazināšana vidējo un augsto algu saņēmējiem. Tas izklausās labi, līdz paskatāmies, ko reforma dod cilvēkam ar 800 eiro bruto algu. Atbilde: dažus eiro mēnesī. Tajā pašā laikā neapliekamais minimums paliek iesaldēts jau trešo gadu.

[[SPLIT]]

⟦Latvijā ir viena no lielākajām ienākumu nevienlīdzībām Eiropas Savienībā.⟧ To atkārto gan starptautiskās organizācijas, gan pašmāju ekonomisti. Nodokļu politika ir viens no retajiem instrumentiem, ar ko valsts to var mazināt. Šī reforma izvēlas to neizmantot.

Turklāt reforma neparedz nekādas izmaiņas atvieglojumos par apgādājamiem, lai gan tieši ģimenes ar bērniem visvairāk cieš no dārdzības.

Finanšu ministrija apgalvo, ka zemākas likmes mazinās ēnu ekonomiku un veicinās algu legalizēšanu. Iespējams. Taču to pašu varētu panākt, paaugstinot neapliekamo minimumu, kas tieši palīdzētu tiem, kuri aploksnes algas saņem visbiežāk — mazo uzņēmumu darbiniekiem reģionos.

[[READ|⟪Kā mainīsies nodokļi no nākamā gada: pārskats⟫]]

Jāatceras arī, ka zemo algu saņēmēji visvairāk izjūt cenu kāpumu. Pārtika, apkure un transports veido lielāko daļu viņu izdevumu, un šīs izmaksas pēdējos gados augušas straujāk nekā algas. Reforma, kas šiem cilvēkiem nedod gandrīz neko, nav neitrāla. Tā faktiski nozīmē, ka viņu dzīves līmenis turpinās kristies.

Saeimai vēl ir laiks reformu labot. ⟦Pietiktu ar diviem grozījumiem⟧: paaugstināt neapliekamo minimumu līdz vismaz 700 eiro un piesaistīt to minimālajai algai, lai tas vairs nebūtu atkarīgs no politiķu labvēlības katru gadu.

⟦Ja tas netiks izdarīts, reforma paliks atmiņā kā vēl viens solījums⟧, kas nesasniedza tos, kam tas bija visvairāk vajadzīgs.""",
    kind="opinion", why="commentary arguing the tax reform neglects low earners",
))

# ---------------------------------------------------------------- 30. Lithuanian Kronika story credited to BNS, no date metadata
Z24_NAV = ["Naujienos", "Lietuva", "Pasaulis", "Verslas", "Kronika", "Sportas", "Kultūra", "Nuomonės", "Komentarai", "Orai", "Gyvenimas"]
Z24_COOKIE = "Naudojame slapukus, kad pagerintume svetainės veikimą, analizuotume srautą ir rodytume jums aktualią reklamą."
PAGES.append(dict(
    case="lt-news-baltic-gaisras", lang="lt", html_lang="lt-LT", skin="baltic", domain="www.zinios24.example", site="Žinios24", secpath="kronika",
    url="https://www.zinios24.example/kronika/kaune-dege-daugiabutis-evakuota-40-gyventoju-2026-03-05",
    h1="Kaune degė daugiabutis: evakuota 40 gyventojų, du žmonės – ligoninėje",
    kicker="Kronika", kicker_path="kronika", crumbs=["Kronika"], authors=None, byline_html="BNS", meta="og", meta_pub=False, meta_section="Kronika",
    pub="2026-03-05T10:32:00+02:00", date="2026 m. kovo 5 d. 10:32", langs=["LT", "RU", "EN"],
    nav=Z24_NAV, cookie=Z24_COOKIE, cookie_title="Slapukų nustatymai",
    ticker=["Seimas svarstys naują mokesčių paketą", "Vilniuje ribojamas eismas Geležinio Vilko gatvėje"],
    widget="Vilnius −2 °C · Kaunas −1 °C · EUR/USD 1,09",
    caption="⟪Ugniagesiai prie daugiabučio Šilainiuose ketvirtadienio naktį.⟫ Nuotr. PAGD",
    side=[("Skaitomiausi", ["⟪Vilniuje atidaryta nauja dviračių trasa⟫", "Žalgiris po pratęsimo nugalėjo Madrido klubą", "Šildymo kainos balandį mažės"]),
          ("Nuomonės", [("Komentaras", "Ugniagesių mažėja, gaisrų – ne"), ("Apžvalgininkas", "⟪Ar daugiabučiai saugūs, kai rūsiai virsta sandėliais?⟫")])],
    tags=["Gaisras", "Kaunas", "Šilainiai"],
    related=["Gaisrų daugiabučiuose šiemet daugiau", "Vilniuje degė automobilių stovėjimo aikštelė"],
    comments=[("Kaunietis", "kovo 5 d. 11:20", "⟪Tas rūsys visada būdavo atrakintas, visi žinojo.⟫")], comment_count=64,
    footer="⟪© Žinios24, 2026. Visos teisės saugomos.⟫", footer_nav=["Kontaktai", "Reklama", "Privatumo politika"],
    body="""⟦Kaune, Šilainių mikrorajone, ketvirtadienio naktį kilus gaisrui daugiabutyje evakuota apie 40 gyventojų.⟧ Du žmonės apsinuodijo dūmais ir buvo nuvežti į ligoninę, pranešė Priešgaisrinės apsaugos ir gelbėjimo departamentas.

Pranešimas apie gaisrą penkiaaukščio namo rūsyje gautas apie 2 val. 40 min. Atvykę ugniagesiai rado stipriai prirūkytą laiptinę, o ugnis buvo apėmusi rūsyje laikomus daiktus.

„Gyventojai negalėjo išeiti pro laiptinę, todėl dalį jų evakavome per balkonus kopėčiomis. ⟦Laimei, visi spėjo atsiliepti ir atidaryti duris⟧“, – BNS sakė Kauno priešgaisrinės gelbėjimo valdybos atstovas Darius Kavaliauskas.

[[READ|⟪Ugniagesiai primena: rūsys – ne sandėlis⟫]]

Gaisras užgesintas per pusantros valandos. Dauguma gyventojų į butus galėjo grįžti ryte, tačiau trijų butų gyventojams savivaldybė suteikė laikiną būstą.

[[SPLIT]]

[[H|Tiria policija]]

Kauno apskrities vyriausiasis policijos komisariatas pradėjo ikiteisminį tyrimą dėl turto sunaikinimo. ⟦Pareigūnai neatmeta, kad gaisras galėjo kilti dėl padegimo.⟧ Namo gyventojų teigimu, rūsio durys pastaruoju metu dažnai būdavo neužrakintos.

Ugniagesių duomenimis, šiais metais Kauno daugiabučių rūsiuose kilo jau septyni gaisrai. Dažniausios priežastys – neatsargus elgesys su ugnimi ir sugedusi elektros instaliacija.

Per pastarąjį mėnesį tai jau antras gaisras daugiabučio rūsyje Šilainiuose. Vasario viduryje panašus gaisras kilo kaimyninėje gatvėje, tuomet nukentėjusių nebuvo.

Gaisro metu nukentėjusieji – vyresnio amžiaus moteris ir jos sūnus – gyveno antrame aukšte, tiesiai virš rūsio. Ligoninės atstovų teigimu, jų būklė stabili, ir jie gali būti išleisti namo jau šiandien.

Savivaldybės atstovai ketvirtadienį apžiūrėjo pastatą. Jų teigimu, konstrukcijos nenukentėjo, tačiau laiptinę teks remontuoti, o elektros instaliaciją rūsyje – pakeisti.

⟦Ugniagesiai ragina gyventojus nelaikyti rūsiuose degių daiktų ir užrakinti bendras patalpas.⟧""",
    kind="news", why="fire report in the Kronika section, agency copy",
))

# ---------------------------------------------------------------- 31. Column marked only by its URL
VA_NAV = ["Naujienos", "Vilnius", "Lietuva", "Pasaulis", "Verslas", "Sportas", "Kultūra", "Nuomonės", "Komentarai", "Gyvenimas"]
PAGES.append(dict(
    case="lt-opinion-baltic-paspirtukai", lang="lt", html_lang="lt-LT", skin="baltic", domain="www.vilniausaidas.example", site="Vilniaus aidas", secpath="nuomones",
    url="https://www.vilniausaidas.example/nuomones/paspirtukai-ant-saligatviu-ne-laisve-o-netvarka-2026-03-08",
    h1="Paspirtukai ant šaligatvių – ne laisvė, o netvarka",
    crumbs=["Vilnius"], authors=["Tomas Jankauskas"], byline_html='Autorius <a href="/autoriai/tomas-jankauskas">Tomas Jankauskas</a>',
    meta="og", meta_section="Vilnius",
    pub="2026-03-08T09:00:00+02:00", date="2026 m. kovo 8 d. 09:00", langs=["LT", "EN"],
    nav=VA_NAV, cookie=Z24_COOKIE, cookie_title="Mes gerbiame jūsų privatumą",
    ticker=["Vilniaus savivaldybė skelbia naują viešojo transporto tvarką", "Gedimino prospekte – eismo ribojimai"],
    widget="Vilnius +1 °C, lietus",
    caption="⟪Paspirtukai, palikti prie Katedros aikštės.⟫ Nuotr. Vilniaus aidas",
    side=[("Skaitomiausi", ["⟪Naujamiestyje statys 500 butų kvartalą⟫", "Kur savaitgalį nuvykti su vaikais", "Vilniaus oro uoste – naujos kryptys"]),
          ("Nuomonės", [("Komentarai", "Savivaldybė turi imtis atsakomybės"), ("Apžvalgininkas", "Miestas ne tik vairuotojams")])],
    tags=["Paspirtukai", "Vilnius", "Šaligatviai"],
    related=["Vilniuje daugės paspirtukų stovėjimo vietų", "Savivaldybė svarsto paspirtukų greičio ribojimus"],
    comments=[("Rasa", "kovo 8 d. 09:40", "⟪Pritariu, vakar vos neužkliuvau su vežimėliu.⟫"), ("Ignas", "kovo 8 d. 10:05", "O gal tiesiog reikia daugiau vietų jiems statyti?")],
    comment_count=91,
    footer="⟪© Vilniaus aidas, 2026⟫", footer_nav=["Redakcija", "Reklama", "Privatumo politika"],
    body="""⟦Kiekvieną rytą, eidamas su dukra į darželį, suskaičiuoju bent penkis paspirtukus⟧, paliktus skersai šaligatvio. Vienas gulėjo ant žemės, kitas buvo paremtas prie namo sienos taip, kad vežimėlis nebeprasilenkdavo. Tai ne išimtis. Tai Vilniaus kasdienybė.

Nuomojami elektriniai paspirtukai į miestą atėjo su gražiu pažadu: mažiau automobilių, švaresnis oras, patogus judėjimas trumpais atstumais. Dalį to pažado jie išpildė. Tačiau kartu šaligatviai virto sandėliu, už kurį niekas neatsako.

[[SPLIT]]

Labiausiai nukenčia tie, kurie ir taip turi mažiausiai vietos mieste. ⟦Neregiui paliktas paspirtukas yra tikra kliūtis, ne smulkmena.⟧ Žmogui vežimėlyje – taip pat. Vyresnio amžiaus žmonės pasakoja, kad vakarais bijo vaikščioti, nes nemato ant žemės numestų paspirtukų.

Kiekvienas, kuris bent kartą bandė praeiti su vaikišku vežimėliu pro skersai šaligatvio paliktą paspirtuką, žino, kaip tai erzina.

Savivaldybė atsako, kad bendrovės privalo užtikrinti tvarką, o bendrovės – kad vartotojai turi laikytis taisyklių. Tokiame rate kaltų nėra, yra tik nukentėjusieji.

[[READ|⟪Paspirtukų nuomos bendrovės: taisyklės bus griežtesnės⟫]]

Sprendimas nėra sudėtingas, jį jau seniai taiko kiti Europos miestai. Paspirtukus galima palikti tik pažymėtose vietose, o kelionė nesibaigia, kol paspirtukas nepastatytas ten, kur reikia. ⟦Už kiekvieną netinkamai paliktą paspirtuką bendrovė turėtų mokėti baudą.⟧ Kai kuriuose miestuose gyventojai, ilgai kentę netvarką, paspirtukų nuomos apskritai atsisakė.

Kas nors pasakys, kad tai tik smulkmena, palyginti su kamščiais ar oro tarša. Tačiau miesto kokybė matuojama būtent smulkmenomis: ar gali ramiai pereiti gatvę, ar vaikas gali pats nueiti į mokyklą, ar senjoras drįsta išeiti vakare. Šaligatvis yra pati demokratiškiausia miesto erdvė, ir ji turi būti laisva.

Vilnius neturi laukti, kol bus prieita iki to.

⟦Miestas turi priklausyti pėstiesiems, o ne paliktiems paspirtukams.⟧""",
    kind="opinion", why="signed column arguing for scooter rules; marked only by URL",
))

# ---------------------------------------------------------------- 32. Listicle on a travel magazine
PLACES = [("1. Kuršių nerija", "⟦Pavasarį Nidoje dar tylu, o kopos atrodo taip, lyg jas matytum pirmą kartą.⟧ Tai geriausias metas pasivaikščioti be vasaros minių."),
          ("2. Trakai", "Pilis ant salos gražiausia ankstyvą rytą, kai ežere dar plaukioja ledo lytys. Po pasivaikščiojimo verta paragauti kibinų."),
          ("3. Anykščių lajų takas", "Nuo tako viršaus matyti, kaip miškas pamažu žaliuoja. Pavasarį čia mažiau lankytojų nei vasarą."),
          ("4. Birštonas", "Kurortas prie Nemuno kilpų tinka ramiam savaitgaliui. Apžvalgos bokštas Vytauto kalne siūlo vieną gražiausių vaizdų Lietuvoje."),
          ("5. Plateliai ir Žemaitijos nacionalinis parkas", "Platelių ežeras pavasarį traukia paukščių stebėtojus. Netoliese esančiuose miškuose gausu pažintinių takų."),
          ("6. Kernavė", "⟦Piliakalniai pavasarį pasidengia pirmąja žole, o nuo jų atsiveria Neries slėnis.⟧ Istorijos mėgėjams čia tikrai neprailgs."),
          ("7. Rumšiškės", "Liaudies buities muziejus atveria vartus balandį. Senosios sodybos ir amatininkų dirbtuvės sudomins ir vaikus."),
          ("8. Biržai", "Karstinės smegduobės ir pilies parkas – dvi priežastys užsukti į šiaurės Lietuvą. Nepamirškite paragauti vietinio alaus."),
          ("9. Dzūkijos nacionalinis parkas", "Pavasarį miškai kvepia pušimis, o Merkio upe jau galima plaukti baidarėmis, jei vanduo nėra per aukštas."),
          ("10. Kauno senamiestis", "Ilgėjantys vakarai kviečia pasivaikščioti nuo Rotušės aikštės iki Nemuno ir Neries santakos.")]
PAGES.append(dict(
    case="lt-other-magasin-pavasaris", lang="lt", html_lang="lt-LT", skin="magasin", domain="www.keliauklietuvoje.example", site="Keliauk Lietuvoje", secpath="idejos",
    url="https://www.keliauklietuvoje.example/idejos/10-vietu-lietuvoje-kurias-verta-aplankyti-pavasari/",
    h1="10 vietų Lietuvoje, kurias verta aplankyti pavasarį",
    deck="Kol dar nepradėjo plūsti vasaros turistai, siūlome dešimt krypčių trumpai kelionei po Lietuvą.",
    kicker="Kelionių idėjos", tagline="Kelionės, gamta ir poilsis Lietuvoje", authors=["Gintarė Petrauskienė"],
    byline_html='Autorė: <a href="/autoriai/gintare-petrauskiene/">Gintarė Petrauskienė</a>',
    ld_authors=["Gintarė Petrauskienė"], ld_type="Article", ld_section="Kelionių idėjos",
    pub="2026-03-12T08:00:00+02:00", date="2026 m. kovo 12 d.",
    nav=["Kelionių idėjos", "Gamta", "Maršrutai", "Nakvynė", "Maistas", "Nuomonės", "Naujienlaiškis"],
    cookie=Z24_COOKIE, caption="⟪Kopos prie Nidos ankstyvą pavasarį.⟫ Nuotr. Gintarė Petrauskienė",
    side=[("Skaitomiausi", ["⟪Geriausi pažintiniai takai šeimoms⟫", "Kur paragauti šaltibarščių", "Savaitgalis Palangoje ne sezono metu"]),
          ("Nuomonės", [("Nuomonė", "Kodėl keliaujame toliau nei reikia?"), ("Komentarai", "Turizmas regionams – ne prabanga")])],
    tags=["Kelionės", "Pavasaris", "Lietuva"],
    related=["Gražiausi Lietuvos piliakalniai", "Kur nakvoti prie jūros ne sezono metu"],
    comments=[("Vaida", "kovo 12 d.", "⟪Biržai tikrai nuostabūs, ypač pilies parkas!⟫")],
    footer="⟪© Keliauk Lietuvoje, 2026⟫", footer_nav=["Apie mus", "Kontaktai", "Bendradarbiavimas"],
    body="⟦Pavasaris – puikus metas pažinti Lietuvą be skubėjimo ir spūsčių.⟧ Sudarėme dešimties vietų sąrašą, kuriame rasite ir gamtos, ir istorijos.\n\nVisos vietos pasiekiamos automobiliu per kelias valandas iš Vilniaus ar Kauno, o dauguma jų – ir viešuoju transportu. Prieš kelionę verta pasitikrinti lankytinų objektų darbo laiką, nes kai kurie muziejai pavasarį dirba trumpiau.\n\n" +
         "\n\n".join("[[H|%s]]\n\n%s" % pl + ("\n\n[[AD]]" if i == 4 else "") + ("\n\n[[READ|⟪Penki gražiausi ežerai Aukštaitijoje⟫]]" if i == 7 else "")
                     for i, pl in enumerate(PLACES)) +
         "\n\n⟦Kurią vietą aplankysite pirmiausia?⟧ ⟦Pasidalinkite savo įspūdžiais komentaruose.⟧",
    kind="other", why="listicle of travel destinations",
))
