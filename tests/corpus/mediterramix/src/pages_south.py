"""Albanian (2), Maltese (2), Maltese English (1) and Basque (2) pages of mediterramix, all on small national portals:
an ATA story with its dateline, an Opinione column by a publicist, a Maltese report ("Kitba: …"), a Maltese storm
story credited to the newsroom, an unsigned Editorial of a Maltese English daily (printed 00:05, metadata the day
before in UTC), a Basque report with an EFE credit inside, and an Iritziak column by a zutabegilea.
Maltese apostrophes are typographic (ta’, l-Belt), so that no snippet holds a straight quote."""

PAGES = []

# ---------------------------------------------------------------- 34. ATA story with its dateline
SQ_NAV = ["Lajme", "Politikë", "Ekonomi", "Aktualitet", "Bota", "Sport", "Kulturë", "Opinione", "Editorial", "Shëndetësi"]
PAGES.append(dict(
    case="sq-news-mare-turizmi", lang="sq", html_lang="sq-AL", skin="mare", domain="www.lajmetsot.example", site="Lajmet Sot", secpath="ekonomi",
    url="https://www.lajmetsot.example/ekonomi/turistet-e-huaj-ne-shkurt-rritje-me-18-perqind",
    h1="Turistët e huaj në shkurt, rritje me 18 për qind",
    deck="Sipas INSTAT, mbi 420 mijë shtetas të huaj hynë në Shqipëri gjatë muajit shkurt.",
    kicker="Ekonomi", authors=None, byline_html="ATA",
    ld_authors=["org:ATA"], ld_type="NewsArticle", ld_section="Ekonomi",
    pub="2026-03-05T10:32:00+01:00", mod="2026-03-05T11:40:00+01:00",
    date="5 mars 2026, 10:32", updated="Përditësuar: 5 mars 2026, 11:40", today="E enjte, 5 mars 2026", langs=["SQ", "EN"],
    nav=SQ_NAV, subnav=["Opinione", "Editorial", "Intervista"], widget="Tiranë 13°C · EUR 98,40 Lekë",
    cookie="Kjo faqe përdor cookies për të përmirësuar përvojën tuaj, për të matur trafikun dhe për të shfaqur reklama të personalizuara.",
    ticker=["Rruga Tiranë–Durrës, trafik i rënduar në dalje të qytetit", "Kuvendi miraton ndryshimet në Kodin e Punës"],
    caption="⟪Turistë në qendër të Beratit.⟫ Foto: ATA",
    side=[("Më të lexuarat", ["⟪Çmimet e banesave në Tiranë, rritje e re⟫", "Fluturimet e reja nga Rinasi", "Moti për fundjavën"]),
          ("Opinione", [("Opinion", "Turizmi nuk është vetëm bregdet"), ("Editorial", "⟪Kush përfiton nga sezoni i gjatë?⟫"),
                        ("Përmbajtje e sponsorizuar", "Pushime në Ksamil me çmime paraprake", "ad")])],
    tags=["Turizmi", "INSTAT", "Ekonomi"],
    related=["Rinasi me rekord pasagjerësh", "Berati dhe Gjirokastra, destinacione dimërore"],
    comments=[("Arben", "5 mars 2026", "⟪Shumë mirë, por rrugët për në jug ende janë problem.⟫")],
    newsletter="Abonohu në buletinin tonë dhe merr lajmet kryesore çdo mëngjes.",
    footer="⟪© 2026 Lajmet Sot. Të gjitha të drejtat e rezervuara.⟫", footer_nav=["Rreth nesh", "Kontakt", "Privatësia", "Reklamo"],
    body="""TIRANË, 5 mars /ATA/ – ⟦Numri i shtetasve të huaj që kanë hyrë në Shqipëri gjatë muajit shkurt është rritur me 18 për qind⟧ krahasuar me të njëjtin muaj të vitit të kaluar, sipas të dhënave të publikuara sot nga Instituti i Statistikave (INSTAT).

Gjatë shkurtit hynë në vend 423 mijë shtetas të huaj, nga të cilët rreth 37 për qind erdhën nga Kosova dhe Maqedonia e Veriut. ⟦Rritje të ndjeshme shënuan vizitorët nga Polonia, Italia dhe Gjermania.⟧

[[READ|⟪Rinasi me rekord pasagjerësh në muajin janar⟫]]

Sipas INSTAT, hyrjet përmes Aeroportit Ndërkombëtar të Tiranës u rritën me 26 për qind, ndërsa ato përmes pikave kufitare tokësore me 12 për qind. Hyrjet përmes porteve detare mbetën pothuajse të pandryshuara.

[[SPLIT]]

Ministria e Turizmit dhe Mjedisit deklaroi se rritja e turistëve në muajt e dimrit tregon se Shqipëria po bëhet destinacion gjatë gjithë vitit. ⟦Qytetet historike si Berati, Gjirokastra dhe Korça kanë tërhequr më shumë vizitorë se kurrë më parë në këtë periudhë.⟧

Operatorët turistikë, nga ana e tyre, theksojnë se infrastruktura mbetet sfida kryesore. Sipas tyre, rrugët drejt disa zonave malore janë ende në gjendje të keqe, ndërsa transporti publik ndërmjet qyteteve nuk është i mjaftueshëm për turistët që udhëtojnë pa makinë.

„Kemi kërkesa për turne në Theth dhe në Valbonë edhe në mars, por shpesh nuk mund t’i garantojmë për shkak të rrugës”, tha për ATA-n një operator turistik nga Shkodra.

Hotelet në Tiranë raportojnë se në shkurt kishin një shkallë zënieje prej rreth 65 për qind, më e larta për këtë muaj në dhjetë vitet e fundit. Një pjesë e mirë e vizitorëve ishin pjesëmarrës në konferenca dhe aktivitete biznesi.

⟦INSTAT do të publikojë të dhënat për muajin mars në fillim të prillit.⟧""",
    kind="news", why="agency report on tourism statistics",
))

# ---------------------------------------------------------------- 35. Opinione column by a publicist, Open Graph only
PAGES.append(dict(
    case="sq-opinion-mare-emigrimi", lang="sq", html_lang="sq-AL", skin="mare", domain="www.gazetadita.example", site="Gazeta Dita", secpath="opinione",
    url="https://www.gazetadita.example/opinione/te-rinjte-nuk-ikin-vetem-per-pagat",
    h1="Të rinjtë nuk ikin vetëm për pagat",
    kicker="Opinione", kicker_path="opinione", authors=["Ilir Gjoka"], byline_html='Nga <a href="/autor/ilir-gjoka">Ilir Gjoka</a>', role="publicist",
    colbox=("Ilir Gjoka", "Publicist, pedagog në Universitetin e Tiranës"),
    meta="og", meta_section="Opinione",
    pub="2026-03-06T08:30:00+01:00", date="6 mars 2026, 08:30", today="E premte, 6 mars 2026", langs=["SQ", "EN"],
    nav=SQ_NAV, subnav=["Opinione", "Editorial", "Analiza"],
    cookie="Kjo faqe përdor cookies për të përmirësuar përvojën tuaj dhe për qëllime statistikore.",
    ticker=["Qeveria miraton paketën për të rinjtë", "Studentët protestojnë për konviktet"],
    side=[("Më të lexuarat", ["⟪Sa të rinj u larguan nga Shqipëria vitin e kaluar⟫", "Bursat e reja për studentët", "Pagat minimale në rajon"]),
          ("Opinione", [("Opinion", "Universiteti që duhet të ndryshojë"), ("Editorial", "Shteti dhe diaspora")])],
    after=[("disclaimer", "⟪Opinionet e shprehura në këtë rubrikë janë të autorëve dhe nuk përfaqësojnë domosdoshmërisht qëndrimin e redaksisë.⟫")],
    tags=["Emigrimi", "Të rinjtë", "Arsimi"],
    related=["Gjermania, destinacioni kryesor i të rinjve", "Programi i ri për kthimin e diasporës"],
    comments=[("Elira", "6 mars 2026", "⟪Unë u ktheva nga Italia dhe po mendoj të ik përsëri.⟫"),
              ("Gent", "6 mars 2026", "Shkrim i saktë.")],
    footer="⟪© 2026 Gazeta Dita. Ndalohet riprodhimi pa leje.⟫", footer_nav=["Redaksia", "Kontakt", "Privatësia"],
    body="""⟦Çdo vit, në fund të semestrit, të paktën tre ose katër studentë të mi më thonë se po largohen.⟧ Disa shkojnë në Gjermani si infermierë, të tjerë në Itali për master, disa në Mbretërinë e Bashkuar pa ndonjë plan të qartë. Kur i pyes pse, përgjigjja e parë është gjithmonë e njëjta: pagat. Por kur bisedojmë më gjatë, del diçka tjetër.

Të rinjtë nuk ikin vetëm sepse në Gjermani paguhen më shumë. ⟦Ikin sepse këtu nuk besojnë se puna dhe merita do t’u hapin rrugë.⟧ Ikin sepse për një vend pune në administratë duhet të njohësh dikë, sepse qiraja në Tiranë ha gjysmën e rrogës, sepse spitali i qytetit të tyre nuk ka as pajisjet bazë.

Qeveria ka prezantuar këtë muaj një paketë me bursa dhe lehtësi fiskale për të rinjtë që kthehen. Është një hap i mirë, por nuk mjafton. Paratë mund të mbajnë dikë për një ose dy vjet. Nuk mund të blejnë besimin.

[[READ|⟪Gjermania, destinacioni kryesor i të rinjve shqiptarë⟫]]

[[AD]]

Mendoj se ajo që duhet të ndryshojë është mënyra si shteti sillet me qytetarët e tij. ⟦Konkurse të hapura dhe transparente për çdo vend pune në sektorin publik⟧, shërbime shëndetësore që funksionojnë edhe jashtë Tiranës, banesa me qira të përballueshme për të rinjtë në qytetet universitare – këto do të kishin më shumë efekt se çdo bursë.

Edhe ne, pedagogët dhe punëdhënësit, kemi përgjegjësinë tonë. Duhet t’u japim të rinjve mundësinë të provojnë, të gabojnë dhe të rriten, pa i detyruar të presin dhjetë vjet për një rol me përgjegjësi.

Të rinjtë që ikin nuk janë tradhtarë. Janë njerëz që zgjodhën të jetojnë diku ku mendojnë se do t’i dëgjojnë. ⟦Detyra jonë është ta bëjmë Shqipërinë një vend ku ata duan të qëndrojnë.⟧""",
    kind="opinion", why="Opinione column arguing about youth emigration",
))

# ---------------------------------------------------------------- 36. Maltese report, "Kitba: …"
MT_NAV = ["Aħbarijiet", "Lokali", "Politika", "Ekonomija", "Dinja", "Sport", "Opinjoni", "Editorjal", "Kultura", "Temp"]
PAGES.append(dict(
    case="mt-news-mare-fastferry", lang="mt", html_lang="mt-MT", skin="mare", domain="www.ahbarmalta.example", site="Aħbar Malta", secpath="lokali",
    url="https://www.ahbarmalta.example/lokali/il-fast-ferry-bejn-ghawdex-u-l-belt-kull-nofs-siegha-mis-sajf",
    h1="Il-fast ferry bejn Għawdex u l-Belt kull nofs siegħa mis-sajf",
    deck="Il-Ministeru għal Għawdex iħabbar żieda fil-vjaġġi u bastiment ġdid li jidħol fis-servizz f’Ġunju.",
    kicker="Lokali", authors=["Maria Borg"], byline_html='Kitba: <a href="/awtur/maria-borg">Maria Borg</a>',
    ld_authors=["Maria Borg"], ld_type="NewsArticle", ld_section="Lokali",
    pub="2026-03-05T10:32:00+01:00", mod="2026-03-05T12:00:00+01:00",
    date="5 ta’ Marzu 2026, 10:32", updated="Aġġornat: 5 ta’ Marzu 2026, 12:00", today="Il-Ħamis, 5 ta’ Marzu 2026", langs=["MT", "EN"],
    nav=MT_NAV, subnav=["Opinjoni", "Editorjal", "Ittri"], widget="Valletta 16°C · Għawdex 15°C",
    cookie="Dan is-sit juża l-cookies biex itejjeb l-esperjenza tiegħek, ikejjel it-traffiku u juri reklami personalizzati.",
    ticker=["Traffiku qawwi fil-Kappara wara inċident", "Il-Parlament jiddiskuti l-liġi l-ġdida dwar il-kera"],
    caption="⟪Il-fast ferry fil-Port il-Kbir.⟫ Ritratt: Aħbar Malta",
    side=[("L-aktar moqrija", ["⟪Kemm se jiswa l-biljett tal-fast ferry mis-sajf⟫", "Toroq magħluqa fir-Rabat għax-xogħlijiet", "Il-maltemp tal-weekend"]),
          ("Opinjoni", [("Opinjoni", "Għawdex jistħoqqlu aħjar"), ("Editorjal", "⟪Il-mina bejn Malta u Għawdex: fejn wasalna?⟫")])],
    tags=["Għawdex", "Fast ferry", "Trasport"],
    related=["Aktar passiġġieri fuq il-vapuri ta’ Għawdex", "Xogħlijiet fil-port tal-Imġarr"],
    comments=[("Joseph", "5 ta’ Marzu 2026", "⟪Finalment! Naħdem il-Belt u kuljum nistenna siegħa.⟫")],
    newsletter="Irreġistra għan-newsletter tagħna u irċievi l-aħbarijiet ewlenin kull filgħodu.",
    footer="⟪© 2026 Aħbar Malta. Id-drittijiet kollha riżervati.⟫", footer_nav=["Dwarna", "Ikkuntattjana", "Privatezza"],
    body="""⟦Mix-xahar ta’ Ġunju, il-fast ferry bejn l-Imġarr u l-Belt Valletta se jopera kull nofs siegħa fil-ħinijiet l-aktar impenjati.⟧ Dan ħabbru l-Ministeru għal Għawdex flimkien mal-operatur tas-servizz f’konferenza tal-aħbarijiet li saret il-Ħamis filgħodu.

Bħalissa l-fast ferry jopera kull siegħa, u f’ħinijiet tal-ogħla domanda l-passiġġieri spiss isibu li l-vjaġġ ikun diġà mimli. ⟦Is-sena l-oħra s-servizz ġarr aktar minn 1.2 miljun passiġġier⟧, żieda ta’ 20 fil-mija fuq is-sena ta’ qabel.

[[READ|⟪Aktar passiġġieri fuq il-vapuri ta’ Għawdex fi Frar⟫]]

Biex ikun jista’ joffri aktar vjaġġi, l-operatur se jdaħħal fis-servizz bastiment ġdid li jista’ jġorr 400 passiġġier. Il-bastiment qed jinbena fi tarzna fi Spanja u huwa mistenni jasal Malta lejn l-aħħar ta’ Mejju.

[[AD]]

[[H|Il-prezz tal-biljett ma jinbidilx]]

Il-Ministru għal Għawdex qal li l-prezz tal-biljett għar-residenti Għawdxin se jibqa’ l-istess, filwaqt li l-istudenti u l-anzjani se jkomplu jivvjaġġaw b’xejn. “⟦L-għan tagħna hu li Għawdxi jkun jista’ jaħdem Malta⟧ u jirritorna d-dar mingħajr ma jaħli sigħat sħaħ jivvjaġġa”, qal il-Ministru.

Il-Kamra tal-Kummerċ ta’ Għawdex laqgħet l-aħbar, iżda qalet li hemm bżonn ukoll aktar spazju għall-ipparkjar madwar il-port tal-Imġarr u trasport pubbliku aħjar lejn il-port. Ħafna passiġġieri jilmentaw li l-karozzi tal-linja ma jkunux ikkoordinati mal-ħinijiet tal-vapur.

Fl-istess konferenza, il-Ministru tkellem ukoll dwar il-proġett tal-mina bejn Malta u Għawdex, u qal li l-Gvern għadu qed jistenna r-rapport finali dwar l-impatt ambjentali qabel ma jiddeċiedi kif se jimxi. Sadanittant, qal, il-fast ferry u l-vapuri tal-Imġarr se jibqgħu s-sinsla tal-konnettività bejn iż-żewġ gżejjer.

L-operatur qal ukoll li qed jaħdem fuq sistema ġdida ta’ biljetti online, li permezz tagħha l-passiġġieri jkunu jistgħu jirriżervaw post minn qabel, speċjalment fix-xhur tas-sajf.

⟦L-iskeda l-ġdida tal-vjaġġi se tiġi ppubblikata sa tmiem April.⟧""",
    kind="news", why="report on ferry service changes",
))

# ---------------------------------------------------------------- 37. Maltese storm story credited to the newsroom, Open Graph only
PAGES.append(dict(
    case="mt-news-mare-maltempata", lang="mt", html_lang="mt-MT", skin="mare", domain="www.illumamalta.example", site="Illum Malta", secpath="ahbarijiet",
    url="https://www.illumamalta.example/ahbarijiet/maltempata-sigar-waqghu-u-toroq-mgharrqa-f-diversi-lokalitajiet",
    h1="Maltempata: siġar waqgħu u toroq mgħarrqa f’diversi lokalitajiet",
    deck="Il-Protezzjoni Ċivili wieġbet għal aktar minn 60 sejħa matul il-lejl. Xi skejjel baqgħu magħluqa.",
    kicker="Aħbarijiet", authors=None, byline_html="Kitba: Redazzjoni",
    meta="og", meta_section="Aħbarijiet",
    pub="2026-03-07T09:15:00+01:00", mod="2026-03-07T14:30:00+01:00",
    date="7 ta’ Marzu 2026, 09:15", updated="Aġġornat: 7 ta’ Marzu 2026, 14:30", today="Is-Sibt, 7 ta’ Marzu 2026", langs=["MT", "EN"],
    nav=MT_NAV, subnav=["Opinjoni", "Editorjal"], widget="Valletta 12°C · Riħ: Majjistral 7",
    cookie="Aħna nużaw il-cookies biex is-sit jaħdem sew u biex nanalizzaw it-traffiku.",
    ticker=["Il-vapuri ta’ Għawdex reġgħu bdew joperaw", "Enemalta: id-dawl lura f’ħafna lokalitajiet"],
    caption="⟪Triq mgħarrqa f’Birkirkara s-Sibt filgħodu.⟫ Ritratt: Illum Malta",
    side=[("L-aktar moqrija", ["⟪Kemm ħalliet xita l-maltempata⟫", "Il-Pulizija twissi lis-sewwieqa", "Il-Ħamrun: ħajt ġarr u waqa’ fuq karozza"]),
          ("Opinjoni", [("Opinjoni", "Il-pjan tal-ilma tax-xita li qatt ma sar"), ("Reklam", "Assigurazzjoni tad-dar minn €8 fix-xahar", "ad")])],
    tags=["Maltempata", "Protezzjoni Ċivili", "Temp"],
    related=["X’għandek tagħmel jekk id-dar tiegħek tgħarraq", "Il-MET Office: aktar xita fil-ġimgħa d-dieħla"],
    comments=[("Carmen", "7 ta’ Marzu 2026", "⟪Kull darba l-istess toroq jgħarrqu, ħadd ma jagħmel xejn.⟫")],
    footer="⟪© 2026 Illum Malta. Id-drittijiet kollha riżervati.⟫", footer_nav=["Dwarna", "Ikkuntattjana", "Termini"],
    body="""⟦Il-maltempata li laqtet il-gżejjer Maltin matul il-lejl ħalliet warajha siġar imwaqqgħa, toroq mgħarrqa u diversi djar mingħajr elettriku.⟧ Il-Protezzjoni Ċivili qalet li bejn nofsillejl u s-sebgħa ta’ filgħodu wieġbet għal aktar minn 60 sejħa għall-għajnuna.

Skont l-Uffiċċju Meteoroloġiku, f’inqas minn sitt sigħat waqgħu aktar minn 50 millimetru xita fiċ-ċentru ta’ Malta. ⟦Ir-riħ mill-Majjistral laħaq il-forza 8, b’buffi ta’ aktar minn 70 kilometru fis-siegħa.⟧

[[READ|⟪X’għandek tagħmel jekk id-dar tiegħek tgħarraq: gwida prattika⟫]]

L-agħar inħawi milquta kienu Birkirkara, Msida u l-Qormi, fejn l-ilma tela’ sal-irkoppa f’xi toroq. Diversi karozzi ġew abbandunati f’nofs it-triq, u l-Pulizija għalqet għal xi sigħat it-triq ewlenija tal-Wied tal-Imsida.

[[SPLIT]]

Fil-Ħamrun u f’Ħal Tarxien waqgħu siġar fuq karozzi pparkjati, iżda ħadd ma weġġa’. ⟦Enemalta qalet li madwar 3,000 familja baqgħu mingħajr dawl għal xi sigħat⟧, iżda sa nofsinhar il-biċċa l-kbira tal-provvista kienet reġgħet lura.

Il-Ministeru għall-Edukazzjoni ddeċieda li l-iskejjel fil-lokalitajiet l-aktar milquta jibqgħu magħluqa għall-ġurnata, u l-ġenituri ġew infurmati permezz ta’ messaġġ fil-għodu kmieni. Il-vapuri bejn Malta u Għawdex ġew sospiżi għal ftit sigħat filgħodu u reġgħu bdew joperaw fil-għaxra.

Fil-Belt Valletta, il-baħar qawwi għamel ħsara lil xi dgħajjes fil-port tal-Marsamxett, filwaqt li l-Pulizija għalqet għal xi żmien il-passiġġata ta’ Tas-Sliema minħabba l-mewġ li kien qed jaqbeż il-ħajt. Ir-residenti ġew imwissija biex ma joqogħdux qrib il-kosta sakemm jgħaddi r-riħ.

Kunsilli lokali talbu lill-Gvern jaċċellera x-xogħlijiet fuq is-sistema tal-ilma tax-xita, li skont huma ma tlaħħaqx mal-bini ġdid li sar f’dawn l-aħħar snin.

⟦L-Uffiċċju Meteoroloġiku jistenna li t-temp jitjieb mill-Ħadd.⟧""",
    kind="news", why="newsroom report on storm damage",
))

# ---------------------------------------------------------------- 38. Unsigned Editorial of a Maltese English daily, 00:05 vs UTC
PAGES.append(dict(
    case="en-opinion-mare-editorial", lang="en", html_lang="en-MT", skin="mare", domain="www.maltachronicle.example", site="The Malta Chronicle", secpath="opinion",
    url="https://www.maltachronicle.example/opinion/editorial/construction-noise-residents-deserve-a-quiet-sunday",
    h1="Residents deserve a quiet Sunday",
    kicker="Editorial", kicker_path="opinion/editorial", authors=None, byline_html="",
    ld_authors=["org:The Malta Chronicle"], ld_type="OpinionNewsArticle", ld_section="Editorial",
    pub="2026-03-06T00:05:00+01:00", ld_date="2026-03-05T23:05:00Z", meta_date="2026-03-05T23:05:00Z",
    date="March 6, 2026 | 12:05 am", today="Friday, March 6, 2026", langs=["EN", "MT"],
    nav=["News", "Local", "Politics", "Business", "World", "Sport", "Opinion", "Editorial", "Letters", "Lifestyle"],
    subnav=["Editorial", "Opinion", "Letters", "Columnists"], widget="Valletta 15°C",
    cookie="We use cookies to improve your experience, analyse traffic and show personalised ads. You can change your choice at any time.",
    ticker=["Planning Authority approves 14-storey block in Gżira", "Fast ferry timetable to change from June"],
    side=[("Most read", ["⟪Contractors fined for working on public holiday⟫", "New rules for building sites from April", "Rent prices climb again"]),
          ("Opinion", [("Columnist", "Malta needs a national noise map"), ("Letter", "⟪My street has been a building site for six years⟫"),
                       ("Sponsored", "Find your dream home in the north of Malta", "ad")])],
    tags=["Construction", "Planning", "Quality of life"],
    related=["Contractors’ lobby warns of higher prices", "Residents protest in Swieqi"],
    comments=[("Mark Camilleri", "March 6, 2026", "⟪Long overdue. We have had drilling next door every Sunday since Christmas.⟫")],
    comment_rules="Comments are moderated and may take some time to appear.",
    newsletter="Get the Chronicle’s morning briefing in your inbox.",
    footer="⟪© 2026 The Malta Chronicle. All rights reserved.⟫", footer_nav=["About us", "Contact", "Advertise", "Privacy policy"],
    body="""⟦Ask anyone who lives in Gżira, Swieqi or St Paul’s Bay what they want from the government and many will give the same answer: a quiet day.⟧ Not a new road, not a tax cut, but one day a week without jackhammers, cement mixers and cranes swinging over their roofs.

This week the Building and Construction Authority proposed that building sites near homes should close on Sundays and public holidays, with limited exceptions. ⟦It is a modest proposal, and it is long overdue.⟧

Malta has been a building site for the better part of a decade. The construction industry has brought jobs and wealth, and nobody sensible wants it to stop. But the way it works today places the cost of that wealth squarely on the shoulders of residents who have no say in where the next block goes up.

[[READ|⟪Building sites to close on Sundays under new proposal⟫]]

[[AD]]

The industry lobby has already warned that the rule would delay projects and raise prices. Such warnings are made whenever a regulation is suggested. ⟦Other European countries manage to build without working seven days a week.⟧ There is no reason Malta cannot do the same.

The authority should go further. Fines for breaking the existing rules on working hours are so low that some contractors simply treat them as a business cost. They should be raised, and repeat offenders should lose their permits. Enforcement officers should also be available at weekends, when most complaints are made.

Finally, the government should publish the data it collects on complaints, locality by locality, so that residents can see whether anything changes.

⟦A country that wants to keep its people must let them rest at home.⟧""",
    kind="opinion", why="unsigned editorial arguing for quiet Sundays",
))

# ---------------------------------------------------------------- 39. Basque report with an EFE credit inside
EU_NAV = ["Albisteak", "Euskal Herria", "Politika", "Ekonomia", "Mundua", "Kirolak", "Kultura", "Iritziak", "Gizartea", "Eguraldia"]
PAGES.append(dict(
    case="eu-news-mare-turismozerga", lang="eu", html_lang="eu-ES", skin="mare", domain="www.egunkaria-berri.example", site="Egunkaria Berri", secpath="gizartea",
    url="https://www.egunkaria-berri.example/gizartea/donostiak-turismo-zerga-ezarriko-du-uztailetik",
    h1="Donostiak turismo zerga ezarriko du uztailetik aurrera",
    deck="Bisitariek gaueko bi euro ordaindu beharko dituzte hoteletan eta turismo etxebizitzetan.",
    kicker="Gizartea", authors=["Ane Etxeberria"], byline_html='Egilea: <a href="/egilea/ane-etxeberria">Ane Etxeberria</a>',
    meta="og", meta_section="Gizartea",
    pub="2026-03-05T10:32:00+01:00", mod="2026-03-05T13:05:00+01:00",
    date="2026ko martxoaren 5a, 10:32", updated="Eguneratua: 2026ko martxoaren 5a, 13:05", today="Osteguna, 2026ko martxoaren 5a", langs=["EU", "ES"],
    nav=EU_NAV, subnav=["Iritziak", "Editoriala", "Zutabeak", "Gutunak"], widget="Donostia 13°C · Bilbo 14°C · Gasteiz 9°C",
    cookie="Webgune honek cookieak erabiltzen ditu zure nabigazio-esperientzia hobetzeko, bisitak neurtzeko eta publizitatea pertsonalizatzeko.",
    cookie_title="Zure pribatutasuna",
    ticker=["Eusko Jaurlaritzak aurrekontu proiektua onartu du", "AP-8an auto-ilarak Irungo bidesarian"],
    caption="⟪Turistak Donostiako Alde Zaharrean.⟫ Argazkia: Egunkaria Berri",
    side=[("Irakurrienak", ["⟪Alokairuaren prezioak gora jarraitzen du Donostian⟫", "Metroa Altzara iritsiko da 2030ean", "Realak garaipena lortu du"]),
          ("Iritziak", [("Zutabea", "Turismoa bai, baina nola?"), ("Editoriala", "⟪Hiria bizilagunentzat⟫"),
                        ("Babestutako edukia", "Udaberriko eskaintzak Pirinioetako hoteletan", "ad")])],
    tags=["Turismoa", "Donostia", "Zergak"],
    related=["Bartzelonak eta Parisek zerga bera dute", "Turismo etxebizitzen kopurua mugatu nahi dute"],
    comments=[("Mikel", "2026/03/05", "Ondo dago, baina dirua auzoetara joan dadila.")],
    footer="⟪© 2026 Egunkaria Berri. Eskubide guztiak erreserbatuta.⟫", footer_nav=["Guri buruz", "Harremanetarako", "Pribatutasuna", "Cookieak"],
    body="""⟦Donostiako Udalak turismo zerga ezarriko du datorren uztailaren 1etik aurrera.⟧ Hirian lo egiten duten bisitariek gaueko bi euro ordaindu beharko dituzte, bai hoteletan, bai turismo etxebizitzetan. Udalbatzak atzo onartu zuen ordenantza, gobernu taldearen eta oposizioko alderdi baten botoekin.

Alkateak azaldu duenez, zergarekin urtean zazpi milioi euro inguru bilduko dira. ⟦Diru hori hiriaren garbiketa, garraio publikoa eta auzoetako zerbitzuak hobetzeko erabiliko da.⟧ Gainera, zati bat etxebizitza publikoa eraikitzeko funtsera bideratuko da.

[[READ|⟪Turismo etxebizitzen kopurua mugatu nahi dute Donostian⟫]]

[[H|Ostalariak kezkatuta]]

Gipuzkoako ostalarien elkarteak kritikatu egin du erabakia. Haien ustez, zergak bisitariak beste herri batzuetara bidaliko ditu eta hiriaren lehiakortasuna kaltetuko du. Elkarteko presidenteak esan du «beste neurri batzuk» hartu beharko liratekeela, hala nola legez kanpoko turismo etxebizitzen aurkako kontrolak indartzea.

[[AD]]

Bizilagunen elkarteek, aldiz, ongi etorria eman diote neurriari, nahiz eta nahikoa ez dela uste duten. ⟦Alde Zaharrean eta Gros auzoan etxebizitza asko turismo erabilerara pasatu dira azken urteetan.⟧ Bizilagunek diotenez, horrek alokairuaren prezioak igo ditu eta auzoetako denda txikiak ixtera behartu ditu.

[[CREDIT|⟪Informazio osagarria: EFE⟫]]

Europako beste hiri askok dagoeneko badute antzeko zerga bat. Bartzelonan, Parisen eta Amsterdamen, adibidez, bisitariek gaueko kopuru bat ordaintzen dute, hotelaren kategoriaren arabera. Euskal Herrian Donostia izango da zerga hori ezartzen duen lehen hiria.

Udalaren datuen arabera, iaz milioi bat eta berrehun mila bisitarik lo egin zuten Donostian, eta horietatik erdiak baino gehiago atzerritarrak ziren. Udako hilabeteetan hotelen okupazioa ehuneko laurogeita hamarretik gorakoa izan ohi da, eta turismo etxebizitzena ere oso altua.

Eusko Jaurlaritzak iragarri du lege bat prestatzen ari dela udalek turismo zerga ezarri ahal izateko, eta Bilboko Udala ere aukera aztertzen ari da.

⟦Zerga ez zaie aplikatuko hamasei urtetik beherakoei, ezta gaixotasunagatik hirian daudenei ere.⟧""",
    kind="news", why="report on a city tourist tax",
))

# ---------------------------------------------------------------- 40. Iritziak column by a zutabegilea
PAGES.append(dict(
    case="eu-opinion-mare-osasuna", lang="eu", html_lang="eu-ES", skin="mare", domain="www.egunkaria-berri.example", site="Egunkaria Berri", secpath="iritziak",
    url="https://www.egunkaria-berri.example/iritziak/euskaraz-artatua-izatea-ez-da-luxua",
    h1="Euskaraz artatua izatea ez da luxua",
    kicker="Iritziak", kicker_path="iritziak", authors=["Jon Arrieta"], byline_html='Egilea: <a href="/egilea/jon-arrieta">Jon Arrieta</a>', role="zutabegilea",
    colbox=("Jon Arrieta", "Zutabegilea, erizaina"),
    ld_authors=["Jon Arrieta"], ld_type="OpinionNewsArticle", ld_section="Iritziak",
    pub="2026-03-08T07:00:00+01:00", date="2026ko martxoaren 8a, 07:00", today="Igandea, 2026ko martxoaren 8a", langs=["EU", "ES"],
    nav=EU_NAV, subnav=["Iritziak", "Editoriala", "Zutabeak", "Gutunak"], widget="Donostia 12°C · Iruñea 8°C",
    cookie="Webgune honek cookieak erabiltzen ditu zure nabigazio-esperientzia hobetzeko eta bisitak neurtzeko.",
    ticker=["Osakidetzak lan eskaintza publiko berria iragarri du", "Euskaltegietako matrikulak gora"],
    side=[("Irakurrienak", ["⟪Osakidetzako itxaron-zerrendak luzatu egin dira⟫", "Euskara azterketen emaitzak", "Ospitale berria Eibarren"]),
          ("Iritziak", [("Zutabea", "Hizkuntza eskubideak eta osasuna"), ("Gutuna", "⟪Medikuak ez zidan ulertu⟫")])],
    after=[("disclaimer", "⟪Iritzi artikuluetan adierazitakoa egileen ardura da.⟫")],
    tags=["Euskara", "Osasuna", "Osakidetza"],
    related=["Euskara plan berria onartu du Osakidetzak", "Hizkuntza eskubideen behatokiaren txostena"],
    comments=[("Amaia", "2026/03/08", "⟪Nire amonari gertatu zitzaion gauza bera Donostiako ospitalean.⟫")],
    footer="⟪© 2026 Egunkaria Berri. Eskubide guztiak erreserbatuta.⟫", footer_nav=["Guri buruz", "Harremanetarako", "Pribatutasuna"],
    body="""⟦Joan den astean, larrialdietako txandan, laurogeita hamar urteko emakume bat artatu nuen.⟧ Bere bizitza osoa Azpeitiko baserri batean eman zuen, eta euskaraz besterik ez zuen hitz egiten lasai. Gaztelaniaz zerbait ulertzen zuen, baina mina nola eta non zuen azaltzeko ez zuen hitzik aurkitzen. Bere alabak egin zuen itzultzaile lana.

Ez da kasu bakarra. Erizain gisa hogei urte daramatzat Osakidetzan, eta antzeko egoerak behin eta berriz ikusi ditut. ⟦Pazientea ahul dagoenean, bere hizkuntzan hitz egitea ez da erosotasun kontua, segurtasun kontua baizik.⟧ Gaizki ulertutako sintoma batek diagnostiko okerra ekar dezake.

Osakidetzak urteak daramatza euskara planak onartzen, eta zerbait aurreratu da. Baina larrialdietan, lehen mailako arretan eta ospitaleko gauetan, oraindik ere zortearen araberakoa da euskaraz artatua izatea.

[[READ|⟪Osakidetzako langileen erdiek dute euskara agiria⟫]]

[[AD]]

Nire ustez, hiru gauza egin behar dira, eta ez dira ez garestiak ez zailak. Lehenik, euskaraz hitz egiten duten langileak identifikatu eta txandak antolatzean kontuan hartu, une oro gutxienez norbait egon dadin. Bigarrenik, langileei lan orduetan euskara ikasteko aukera erreala eman. ⟦Hirugarrenik, pazienteak bere hizkuntza aukeratu ahal izatea erregistroan bertan jaso.⟧

Ez naiz ari gaztelaniaz hitz egiten duten pazienteen kontra. Haiek ere beren hizkuntzan artatuak izateko eskubidea dute, eta hala izaten dira ia beti. Kontua da bi hizkuntza ofizial dituen herrialde batean, euskaldunek ere eskubide bera izan behar dutela, ez bakarrik paperean, baita ospitaleko ohean ere.

Badakit batzuek esango dutela lehentasunak beste batzuk direla: itxaron-zerrendak, langile falta, aurrekontuak. Egia da. Baina osasun sistema on batek pazienteak ulertzen ditu, eta ulertzeko, lehenik entzun egin behar du.

⟦Norbere hizkuntzan artatua izatea ez da luxua, eskubidea da, eta osasunaren parte ere bai.⟧""",
    kind="opinion", why="Iritziak column arguing for Basque in health care",
))
