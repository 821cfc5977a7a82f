"""Slovenian (3) and Croatian (3) pages of mediterramix: an STA story with the "(sz)" initials at the end, a Slovenian
column marked only in its JSON-LD (OpinionNewsArticle, articleSection Mnenja; no Open Graph), a how-to guide; a HINA
story with its dateline, a reporter's story ("Piše: …") without date metadata, and a Kolumna by a kolumnist."""

PAGES = []

SL_COOKIE = ("Spletna stran uporablja piškotke za zagotavljanje boljše uporabniške izkušnje, merjenje obiskanosti in "
             "prikazovanje oglasov. Z nadaljnjo uporabo strani se strinjate z uporabo piškotkov.")
HR_COOKIE = ("Ova web stranica koristi kolačiće kako bi vam pružila bolje korisničko iskustvo, za analizu posjećenosti i "
             "prikaz oglasa. Nastavkom pregledavanja pristajete na korištenje kolačića.")
SL_NAV = ["Novice", "Slovenija", "Svet", "Gospodarstvo", "Šport", "Kultura", "Mnenja", "Kolumne", "Zdravje", "Vreme"]
HR_NAV = ["Vijesti", "Hrvatska", "Svijet", "Novac", "Sport", "Kultura", "Komentari", "Kolumne", "Zagreb", "Split", "Magazin"]

# ---------------------------------------------------------------- 28. STA story, (sz) at the end
PAGES.append(dict(
    case="sl-news-jug-avtocesta", lang="sl", html_lang="sl-SI", skin="jug", domain="www.novicenet.example", site="Novice.net", secpath="slovenija",
    url="https://www.novicenet.example/slovenija/tretji-pas-med-ljubljano-in-kranjem-bo-zgrajen-do-leta-2029",
    h1="Tretji pas med Ljubljano in Kranjem bo zgrajen do leta 2029",
    deck="Dars je podpisal pogodbo z izvajalcem. Dela bodo potekala ponoči in ob vikendih, da bi zmanjšali zastoje.",
    kicker="Slovenija", authors=None, byline_html="STA",
    ld_authors=["org:STA"], ld_type="NewsArticle", ld_section="Slovenija",
    pub="2026-03-05T10:32:00+01:00", mod="2026-03-05T13:45:00+01:00",
    date="5. marec 2026 ob 10:32", updated="Posodobljeno: 5. marec 2026 ob 13:45",
    nav=SL_NAV, subnav=["Mnenja", "Kolumne", "Komentarji", "Pisma bralcev"], widget="Ljubljana 8 °C · Maribor 7 °C · Koper 12 °C",
    cookie=SL_COOKIE, cookie_title="Nastavitve zasebnosti",
    ticker=["Zastoj na štajerski avtocesti pri Vranskem", "Vlada sprejela spremembe zakona o dohodnini"],
    caption="⟪Jutranja kolona na gorenjski avtocesti pri Šmartnem.⟫ Foto: STA",
    side=[("Najbolj brano", ["⟪Vinjeta bo letos dražja. Koliko bomo plačali?⟫", "Nove kazni za prehitro vožnjo", "Kje bodo letos gradbišča na avtocestah"]),
          ("Mnenja", [("Kolumna", "Avtoceste niso rešitev za vse"), ("Komentar", "⟪Vlak med Ljubljano in Kranjem bi bil hitrejši⟫"),
                      ("Oglasno sporočilo", "Zavarovanje avtomobila z 20-odstotnim popustom", "ad")])],
    tags=["Dars", "Avtocesta", "Gorenjska"],
    related=["Dars: letos rekordna vlaganja", "Kdaj bo končana obnova ljubljanske obvoznice"],
    comments=[("gorenjec", "5. 3. 2026 11:15", "⟪Vsak dan stojim v koloni pri Vodicah. Končno!⟫")], comment_count=42,
    newsletter="Prijavite se na e-novice in vsako jutro prejmite pregled dneva.",
    footer="⟪© 2026 Novice.net. Vse pravice pridržane.⟫", footer_nav=["O nas", "Kontakt", "Oglaševanje", "Piškotki"],
    body="""⟦Družba za avtoceste v Republiki Sloveniji (Dars) je v četrtek podpisala pogodbo za gradnjo tretjega pasu na gorenjski avtocesti med Ljubljano in Kranjem.⟧ Vrednost del znaša 218 milijonov evrov brez DDV, končana naj bi bila do jeseni 2029.

Odsek med priključkoma Ljubljana-Šmartno in Kranj-vzhod je dolg približno 17 kilometrov. ⟦Po njem se vsak dan pelje več kot 60.000 vozil, ob prometnih konicah pa nastajajo dolgi zastoji.⟧ Tretji pas bodo zgradili v obeh smereh, pri čemer bodo razširili tudi tri premostitvene objekte.

[[READ|⟪Kje vse bodo letos gradbišča na avtocestah⟫]]

Kot so pojasnili na Darsu, bodo dela večinoma potekala ponoči in ob koncih tedna. Promet bo v času gradnje ves čas potekal po dveh pasovih v vsako smer, vendar z omejeno hitrostjo.

[[H|Pričakujejo tudi razbremenitev lokalnih cest]]

Predsednik uprave Darsa Andrej Rozman je ob podpisu pogodbe dejal, da gre za enega najpomembnejših projektov v zadnjem desetletju. „⟦Gorenjska avtocesta je danes eno najbolj obremenjenih ozkih grl v državi⟧,“ je poudaril.

[[AD]]

Župani okoliških občin pričakujejo, da bo širitev razbremenila tudi lokalne ceste, po katerih se vozniki ob zastojih umikajo z avtoceste. Župan Vodic je opozoril, da se skozi središče občine ob konicah zdaj pelje tudi po tisoč vozil na uro.

Ministrstvo za infrastrukturo hkrati napoveduje posodobitev železniške proge med Ljubljano in Kranjem, ki naj bi skrajšala potovalni čas z vlakom na manj kot 25 minut. Projekt je še v fazi načrtovanja, pripravljalna dela pa naj bi se začela prihodnje leto.

Nekatere okoljske organizacije gradnji nasprotujejo, saj po njihovem mnenju širitev avtocest na dolgi rok prinese le še več prometa. Predlagajo, da bi država več denarja namenila javnemu prevozu.

⟦Dars bo podrobnejši načrt zapor objavil pred začetkom del aprila.⟧

[[TEXT|(sz)]]""",
    kind="news", why="agency report on a motorway contract",
))

# ---------------------------------------------------------------- 29. Column marked only in JSON-LD (no Open Graph)
PAGES.append(dict(
    case="sl-opinion-jug-zobozdravniki", lang="sl", html_lang="sl-SI", skin="jug", domain="www.dnevnik-danes.example", site="Dnevnik danes", secpath="slovenija",
    url="https://www.dnevnik-danes.example/slovenija/brez-zobozdravnika-ni-javnega-zdravstva-1042875",
    h1="Brez zobozdravnika ni javnega zdravstva",
    kicker="Slovenija", authors=["Tina Kovač"], byline_html='Avtor: <a href="/avtor/tina-kovac">Tina Kovač</a>',
    meta="ld", ld_authors=["Tina Kovač"], ld_type="OpinionNewsArticle", ld_section="Mnenja",
    pub="2026-03-07T08:15:00+01:00", date="7. marec 2026 ob 08:15",
    nav=SL_NAV, widget="Ljubljana 9 °C · Celje 8 °C",
    cookie=SL_COOKIE,
    ticker=["ZZZS: čakalne vrste se krajšajo", "V Mariboru odprli nov zdravstveni dom"],
    caption="⟪Čakalnica zobozdravstvene ambulante v Ljubljani.⟫ Foto: Dnevnik danes",
    side=[("Najbolj brano", ["⟪Koliko stane plomba pri zasebniku?⟫", "Zdravniki zapuščajo javni sistem", "Novi modri kartoni"]),
          ("Mnenja", [("Kolumna", "Zdravstvo ni trgovina"), ("Pismo bralca", "⟪Dve leti čakam na zobozdravnika⟫")])],
    tags=["Zobozdravstvo", "Zdravstvo", "ZZZS"],
    related=["Kje še sprejemajo nove paciente", "Študenti dentalne medicine odhajajo v tujino"],
    comments=[("Marjeta", "7. 3. 2026 09:10", "⟪Pri nas v Kočevju ni niti enega prostega zobozdravnika.⟫")], comment_count=77,
    footer="⟪© 2026 Dnevnik danes. Vse pravice pridržane.⟫", footer_nav=["Impresum", "Kontakt", "Oglaševanje"],
    body="""⟦Ko sem se lani preselila iz Ljubljane v Novo mesto, sem poklicala vseh devet zobozdravstvenih ambulant v okolici.⟧ V nobeni niso sprejemali novih pacientov. V eni so mi prijazno svetovali, naj poskusim čez pol leta. V drugi so mi ponudili termin pri zasebniku, za katerega bi plačala sama.

Nisem izjema. Po podatkih Zavoda za zdravstveno zavarovanje je v Sloveniji več kot 200.000 ljudi brez izbranega zobozdravnika. ⟦Za otroke je stanje nekoliko boljše, za odrasle pa se slabša iz leta v leto.⟧ Starejši zobozdravniki se upokojujejo, mladi pa odhajajo v zasebne ordinacije, kjer so plačani bolje in delajo v manj stresnih razmerah.

Zato menim, da mora država zobozdravstvo končno obravnavati kot del javnega zdravstva, ne kot postranski dodatek. To pomeni, da mora cene storitev, ki jih plača zavarovalnica, popraviti tako, da bodo pokrile dejanske stroške. Ena plomba danes v javni mreži ne pokrije niti materiala.

[[READ|⟪Zasebni zobozdravniki dvigujejo cene⟫]]

[[AD]]

Drugič, država bi morala mladim zobozdravnikom ponuditi razlog, da ostanejo v javni mreži. Štipendije z obveznostjo dela v ambulantah, kjer jih najbolj primanjkuje, so se v drugih državah že izkazale. ⟦Takšen sistem bi lahko uvedli že z naslednjim letnikom študentov.⟧

Tretjič, potrebujemo pregled nad tem, kdo ima izbranega zobozdravnika in kdo ne. Danes nihče ne ve natančno, koliko ljudi v posamezni regiji je ostalo brez njega, zato se težave rešujejo šele, ko postanejo nevzdržne.

Zobje niso luksuz. Slabo zdravje zob vodi v bolečine, okužbe in dražje posege pozneje. Ljudje, ki si zasebnika ne morejo privoščiti, k zobozdravniku preprosto nehajo hoditi.

⟦Če zobozdravstva ne bomo rešili zdaj, bomo čez deset let plačevali veliko več.⟧""",
    kind="opinion", why="argues for dental care policy; marked only in JSON-LD",
))

# ---------------------------------------------------------------- 30. How-to guide
PAGES.append(dict(
    case="sl-other-jug-osebna", lang="sl", html_lang="sl-SI", skin="jug", domain="www.novicenet.example", site="Novice.net", secpath="svetovalnica",
    url="https://www.novicenet.example/svetovalnica/kako-do-nove-osebne-izkaznice-vse-kar-morate-vedeti",
    h1="Kako do nove osebne izkaznice: vse, kar morate vedeti",
    deck="Od lanske jeseni stare izkaznice niso več veljavne za potovanja v tujino. Preverili smo, kako poteka postopek.",
    kicker="Svetovalnica", kicker_path="svetovalnica", authors=["Luka Novak"], byline_html='Avtor: <a href="/avtor/luka-novak">Luka Novak</a>',
    meta="og", meta_section="Svetovalnica",
    pub="2026-03-06T12:00:00+01:00", date="6. marec 2026 ob 12:00",
    nav=SL_NAV, subnav=["Mnenja", "Kolumne", "Svetovalnica"],
    cookie=SL_COOKIE,
    ticker=["Upravne enote bodo v soboto odprte", "Nove cene potnih listov"],
    side=[("Najbolj brano", ["⟪Potni list ali osebna: kaj potrebujete za Hrvaško?⟫", "Kako podaljšati vozniško dovoljenje", "Vse o e-vinjeti"]),
          ("Mnenja", [("Kolumna", "Država, ki te pošilja od okenca do okenca"), ("Oglasno sporočilo", "Fotografije za dokumente v 5 minutah", "ad")])],
    tags=["Osebna izkaznica", "Upravna enota", "Potovanja"],
    related=["⟪Kako do potnega lista v enem tednu⟫", "Dokumenti za otroke: kaj potrebujete"],
    comments=[("Nina", "6. 3. 2026 13:05", "⟪Na upravni enoti v Kranju je bilo zelo hitro.⟫")],
    footer="⟪© 2026 Novice.net. Vse pravice pridržane.⟫", footer_nav=["O nas", "Kontakt", "Oglaševanje", "Piškotki"],
    body="""⟦Če imate osebno izkaznico, izdano pred avgustom 2021, je zdaj pravi čas, da jo zamenjate.⟧ Stare izkaznice brez biometričnih podatkov od lanske jeseni ne veljajo več za prehajanje meja znotraj Evropske unije, doma pa jih še lahko uporabljate do izteka veljavnosti.

[[H|Kje oddate vlogo?]]

Vlogo lahko oddate na kateri koli upravni enoti v Sloveniji, ne glede na to, kje prebivate. Ker je pred poletjem gneča velika, svetujemo, da termin rezervirate prek portala eUprava.

[[H|Kaj potrebujete?]]

[[LIST|⟦staro osebno izkaznico ali drug identifikacijski dokument⟧,|fotografijo, ki ustreza predpisom, če je ne posnamejo na upravni enoti,|denar ali bančno kartico za plačilo upravne takse.]]

Fotografijo lahko na večini upravnih enot posnamejo kar na mestu, kar je hitreje in ceneje. Pri otrocih do 12. leta prstnih odtisov ne odvzamejo.

[[AD]]

[[H|Koliko stane in kako dolgo traja?]]

Osebna izkaznica za odrasle z veljavnostjo deset let stane 32,40 evra, za otroke pa manj, odvisno od starosti. ⟦Izdelava običajno traja do osem delovnih dni.⟧ Izkaznico prevzamete osebno ali pa jo pošljejo po pošti, če to označite ob oddaji vloge.

[[H|Kaj če izkaznico potrebujete nujno?]]

Če odhajate na pot v naslednjih dneh, lahko zaprosite za hitri postopek, pri katerem je izkaznica izdelana v treh delovnih dneh. Ta možnost je dražja, na voljo pa je le na nekaterih upravnih enotah.

Za potovanja zunaj EU potrebujete potni list. Za Srbijo, Bosno in Hercegovino ter Črno goro zadošča tudi veljavna osebna izkaznica, za Turčijo pa le pri organiziranih potovanjih.

[[H|Kaj storiti z izgubljeno izkaznico?]]

Izgubo ali krajo morate čim prej prijaviti na upravni enoti ali policiji. Izgubljena izkaznica se nato razveljavi in je ni več mogoče uporabiti. ⟦Če jo pozneje najdete, jo morate vrniti upravni enoti.⟧""",
    kind="other", why="how-to guide on renewing an ID card",
))

# ---------------------------------------------------------------- 31. HINA story with its dateline
PAGES.append(dict(
    case="hr-news-jug-katamarani", lang="hr", html_lang="hr-HR", skin="jug", domain="www.vijestiplus.example", site="Vijesti Plus", secpath="hrvatska",
    url="https://www.vijestiplus.example/hrvatska/jadrolinija-uvodi-cetiri-nove-katamaranske-linije-od-lipnja",
    h1="Jadrolinija uvodi četiri nove katamaranske linije od lipnja",
    deck="Nove brze veze povezat će Zadar sa Silbom i Olibom te Split s Visom i Lastovom.",
    kicker="Hrvatska", authors=None, byline_html="Hina",
    ld_authors=["org:Hina"], ld_type="NewsArticle", ld_section="Hrvatska",
    pub="2026-03-05T10:32:00+01:00", mod="2026-03-05T11:58:00+01:00",
    date="5. ožujka 2026. u 10:32", updated="Ažurirano: 5. ožujka 2026. u 11:58",
    nav=HR_NAV, subnav=["Komentari", "Kolumne", "Pisma čitatelja"], widget="Zagreb 9 °C · Split 14 °C · Rijeka 11 °C",
    cookie=HR_COOKIE, cookie_title="Postavke privatnosti",
    ticker=["HNB: inflacija u veljači 3,4 posto", "Prometna nesreća na A1 kod Karlovca"],
    caption="⟪Katamaran u splitskoj luci.⟫ Foto: Hina / Miranda Čikotić",
    side=[("Najčitanije", ["⟪Cijene trajektnih karata za ljeto: evo koliko ćemo platiti⟫", "Otočani traže više linija zimi", "Novi red plovidbe"]),
          ("Komentari", [("Kolumna", "Otoci ne mogu živjeti samo ljeti"), ("Komentar", "⟪Tko će voziti brodove?⟫"),
                         ("Plaćeni oglas", "Ljetni odmor na otocima uz popust za rane rezervacije", "ad")])],
    tags=["Jadrolinija", "Otoci", "Promet"],
    related=["Novi red plovidbe od travnja", "Koliko košta karta za Vis"],
    comments=[("silba_forever", "5. 3. 2026. 12:30", "⟪Konačno! Do sada smo do Zadra putovali po tri sata.⟫")], comment_count=29,
    footer="⟪© 2026 Vijesti Plus. Sva prava pridržana.⟫", footer_nav=["Impressum", "Kontakt", "Oglašavanje", "Uvjeti korištenja"],
    body="""ZAGREB, 5. ožujka (Hina) – ⟦Jadrolinija će od 1. lipnja uvesti četiri nove katamaranske linije⟧, a postojeće će tijekom ljeta prometovati češće, izvijestili su u četvrtak iz tvrtke i Ministarstva mora, prometa i infrastrukture.

Nove linije povezat će Zadar sa Silbom i Olibom, Split s Visom preko Milne na Braču te Split s Lastovom preko Hvara i Korčule. ⟦Četvrta linija spojit će Rijeku s Unijama i Susakom.⟧ Na svim linijama prometovat će katamarani kapaciteta od 200 do 350 putnika.

[[READ|⟪Novi red plovidbe: evo koje linije voze i zimi⟫]]

Ministar mora, prometa i infrastrukture izjavio je da je cilj bolje povezati manje otoke s kopnom tijekom cijele godine, a ne samo u turističkoj sezoni.

„⟦Otočani moraju moći otići liječniku ili u školu i vratiti se istoga dana⟧,“ rekao je ministar na konferenciji za novinare u Splitu.

[[AD]]

[[H|Cijene karata ostaju iste]]

Prema najavi Jadrolinije, cijene karata na novim linijama bit će jednake onima na postojećim katamaranskim linijama slične duljine. Stanovnici otoka i dalje će imati pravo na povlaštene karte.

Nove linije dio su programa ulaganja u obalni linijski promet vrijednog 120 milijuna eura, koji se dijelom financira iz europskih fondova. Jadrolinija je lani naručila i tri nova katamarana iz brodogradilišta u Trogiru, koji bi trebali biti isporučeni do kraja godine.

Na postojećim linijama prema Hvaru, Braču i Korčuli katamarani će u srpnju i kolovozu ploviti i do šest puta dnevno, a uvest će se i dodatna večernja putovanja vikendom.

Predstavnici otočnih općina pozdravili su odluku, ali upozoravaju da je zimski red plovidbe i dalje preslab. Na Lastovu, primjerice, izvan sezone trajekt vozi jednom dnevno, a u slučaju lošeg vremena otok ostaje bez veze s kopnom i po nekoliko dana.

⟦Jadrolinija će novi ljetni red plovidbe objaviti do kraja ožujka.⟧""",
    kind="news", why="agency report on new ferry lines",
))

# ---------------------------------------------------------------- 32. Reporter's story ("Piše: …"), no date metadata
PAGES.append(dict(
    case="hr-news-jug-marjan", lang="hr", html_lang="hr-HR", skin="jug", domain="www.dalmacijadanas.example", site="Dalmacija danas", secpath="split",
    url="https://www.dalmacijadanas.example/split/na-marjanu-od-travnja-zabrana-elektricnih-romobila",
    h1="Na Marjanu od travnja zabrana električnih romobila",
    deck="Gradsko vijeće usvojilo je novu odluku o redu na Marjanu. Kazne za prekršitelje iznose do 300 eura.",
    kicker="Split", kicker_path="split", authors=["Ivana Horvat"], byline_html='Piše: <a href="/autor/ivana-horvat">Ivana Horvat</a>',
    meta="og", meta_pub=False, meta_section="Split", no_time_attr=True,
    pub="2026-03-05T19:20:00+01:00", date="5. ožujka 2026.",
    nav=HR_NAV, subnav=["Komentari", "Kolumne"], widget="Split 14 °C · Jugo 4 Bf",
    cookie=HR_COOKIE,
    ticker=["Hajduk večeras igra protiv Rijeke", "Radovi na Poljičkoj cesti do svibnja"],
    caption="⟪Šetnica na Marjanu u nedjelju poslijepodne.⟫ Foto: Dalmacija danas",
    side=[("Najčitanije", ["⟪Splićani ogorčeni: parking u centru poskupljuje⟫", "Nova linija autobusa do Žnjana", "Riva dobiva novu rasvjetu"]),
          ("Komentari", [("Kolumna", "Marjan je pluća grada, ne staza za utrke"), ("Komentar", "Split i turizam: gdje je granica?")])],
    tags=["Marjan", "Split", "Romobili"],
    related=["Zabrana romobila i u Dubrovniku?", "Marjan dobiva nove staze"],
    comments=[("Duje", "5. 3. 2026. 20:11", "⟪Bilo je i vrijeme, navečer je ovdje kao na autocesti.⟫"),
              ("Tonka", "5. 3. 2026. 20:45", "A tko će to kontrolirati?")], comment_count=58,
    footer="⟪© 2026 Dalmacija danas. Sva prava pridržana.⟫", footer_nav=["Impressum", "Kontakt", "Marketing"],
    body="""⟦Od 1. travnja na Marjanu više neće biti dopuštena vožnja električnih romobila.⟧ Tako je odlučilo Gradsko vijeće Splita, koje je u četvrtak navečer s 21 glasom za i pet protiv usvojilo novu odluku o redu u park-šumi.

Zabrana se odnosi na sve šetnice i staze na Marjanu, uključujući glavnu cestu prema Kašjunima i Bene. Bicikli će i dalje biti dopušteni, ali samo na označenim biciklističkim stazama. ⟦Za prekršitelje su predviđene kazne od 50 do 300 eura.⟧

[[READ|⟪Gdje se u Splitu smiju voziti romobili⟫]]

Ravnatelj Javne ustanove Park-šuma Marjan Stipe Radić rekao je da su na zabranu potaknuli brojni prigovori šetača. „Imali smo prošle godine više od trideset nezgoda u kojima su sudjelovali romobili. ⟦Nekoliko šetača, među njima i djeca, završilo je u bolnici⟧,“ kazao je Radić.

[[AD]]

[[H|Tvrtke za najam nezadovoljne]]

Tvrtke koje u Splitu iznajmljuju električne romobile odluku smatraju pretjeranom. Predstavnik jedne od njih rekao je da su već u aplikacijama ograničili brzinu na Marjanu na 15 kilometara na sat i da su spremni uvesti potpunu zonu zabrane parkiranja.

Dio vijećnika oporbe glasao je protiv, uz obrazloženje da bi zabrana mogla otežati pristup Marjanu starijima i osobama s invaliditetom. Gradonačelnik je odgovorio da će se za njih organizirati električni vlakić koji bi od lipnja vozio od Sustipana do Kašjuna.

Prema podacima Grada, Marjan godišnje posjeti više od milijun ljudi, a broj posjetitelja posljednjih je godina osobito porastao zbog turista koji romobile iznajmljuju u centru grada.

Nadzor će provoditi čuvari park-šume i komunalni redari, a u ljetnim mjesecima i policija. Na ulazima u park-šumu bit će postavljene nove ploče s pravilima na hrvatskom i engleskom jeziku.

⟦Odluka stupa na snagu osmog dana od objave u Službenom glasniku Grada Splita.⟧""",
    kind="news", why="local report on a council decision",
))

# ---------------------------------------------------------------- 33. Kolumna by a kolumnist
PAGES.append(dict(
    case="hr-opinion-jug-kava", lang="hr", html_lang="hr-HR", skin="jug", domain="www.vijestiplus.example", site="Vijesti Plus", secpath="kolumne",
    url="https://www.vijestiplus.example/kolumne/bojkot-nije-dovoljan-cijene-ce-pasti-tek-kad-se-promijene-pravila",
    h1="Bojkot nije dovoljan. Cijene će pasti tek kad se promijene pravila",
    kicker="Kolumna", kicker_path="kolumne", authors=["Damir Perić"], byline_html='Piše: <a href="/kolumnisti/damir-peric">Damir Perić</a>', role="kolumnist",
    colbox=("Damir Perić", "Ekonomist i kolumnist Vijesti Plus"),
    ld_authors=["Damir Perić"], ld_type="OpinionNewsArticle", ld_section="Kolumne",
    pub="2026-03-08T09:00:00+01:00", date="8. ožujka 2026. u 09:00",
    nav=HR_NAV, subnav=["Komentari", "Kolumne", "Pisma čitatelja"], widget="Zagreb 11 °C · Osijek 10 °C",
    cookie=HR_COOKIE,
    ticker=["Vlada proširila popis proizvoda s ograničenim cijenama", "Potrošači u petak opet bojkotiraju trgovine"],
    side=[("Najčitanije", ["⟪Koliko smo platili košaricu u veljači⟫", "Trgovci odgovaraju na bojkot", "Najjeftinija kava u Zagrebu"]),
          ("Kolumne", [("Kolumna", "Zašto je kruh skuplji nego u Beču"), ("Komentar", "⟪Ograničene cijene nisu rješenje⟫")])],
    after=[("disclaimer", "⟪Stavovi izneseni u kolumni osobni su stavovi autora i ne odražavaju nužno stavove redakcije.⟫")],
    tags=["Cijene", "Bojkot", "Inflacija"],
    related=["Trgovci: marže nisu krive za cijene", "Inflacija u Hrvatskoj i dalje iznad prosjeka eurozone"],
    comments=[("Ante_ST", "8. 3. 2026. 10:02", "⟪Točno tako, bez konkurencije nema nižih cijena.⟫")], comment_count=112,
    newsletter="Svake nedjelje najbolje kolumne tjedna u vašem sandučiću.",
    footer="⟪© 2026 Vijesti Plus. Sva prava pridržana.⟫", footer_nav=["Impressum", "Kontakt", "Oglašavanje"],
    body="""⟦Ovaj tjedan potrošači su treći put ove godine bojkotirali trgovačke lance.⟧ Trgovine su u petak bile poluprazne, društvene mreže pune fotografija praznih parkirališta, a političari su se natjecali tko će bojkot glasnije pohvaliti. Sve to je razumljivo. Ali bojkot sam po sebi cijene neće spustiti.

Hrvatska već treću godinu ima inflaciju hrane višu od prosjeka eurozone. ⟦Kava u kafiću danas stoji koliko i u Milanu, a plaće su upola manje.⟧ Ljudi su s pravom ljuti, i dobro je da tu ljutnju pokazuju.

No trgovci znaju računati. Jedan dan bez kupaca za njih je neugodan, ali idući dan kupci se vrate, jer moraju jesti. Ako želimo trajno niže cijene, moramo se pitati zašto su visoke, a ne samo tko je kriv.

[[READ|⟪Bojkot trgovina: što kažu brojke⟫]]

[[H|Problem je u tržištu]]

Odgovor je nekoliko puta ponovljen u analizama Hrvatske narodne banke i samih ekonomista. Tržište je malo, koncentrirano i slabo nadzirano. ⟦Nekoliko velikih lanaca i dobavljača dijeli tržište, a konkurencija je slaba.⟧ Agencija za zaštitu tržišnog natjecanja ima premalo ljudi i premalo ovlasti.

[[AD]]

Zato smatram da Vlada mora prestati s ograničavanjem cijena pojedinih proizvoda, koje samo prebacuje troškove na druge police. Umjesto toga trebala bi ojačati regulatora, objavljivati usporedbe cijena po trgovinama i olakšati ulazak novih trgovaca na tržište, osobito u manjim mjestima.

Slovenija i Austrija pokazuju da to funkcionira. Ondje su regulatori u posljednjih nekoliko godina kaznili dogovaranje cijena među dobavljačima, a cijene osnovnih namirnica rasle su sporije nego kod nas.

Potrošači, s druge strane, mogu učiniti više od jednodnevnog bojkota: uspoređivati cijene, kupovati na tržnicama i od lokalnih proizvođača, i tražiti od svojih zastupnika da o tome raspravljaju u Saboru.

⟦Bojkot je dobar znak da smo se probudili, ali sada treba promijeniti pravila igre.⟧""",
    kind="opinion", why="Kolumna arguing for competition policy",
))
