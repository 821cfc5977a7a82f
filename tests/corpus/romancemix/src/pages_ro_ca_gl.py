"""Romanian (stiri skin): a column marked only in its JSON-LD (OpinionNewsArticle, articleSection "Opinie") under
Actualitate, a snow story "cu informații de la Agerpres", a listicle. Catalan (diario skin): an Opinió column by a
columnist, a restaurant review with no date metadata. Galician (diario skin): a storm story with the printed date only."""
from parts import curly

PAGES = []

GN_NAV = ["Actualitate", "Cluj", "Politică", "Economie", "Externe", "Opinii", "Sport", "Cultură", "Sănătate", "Life"]
GN_FOOT = ["Despre noi", "Contact", "Publicitate", "Politica de confidențialitate", "Termeni și condiții"]
GN_SIDE = [("Cele mai citite", ["⟪Cluj-Napoca: se închide circulația pe Calea Florești pentru lucrări⟫", "Prețul benzinei scade cu 10 bani",
                                 "CFR Cluj, victorie la Craiova"]),
           ("Opinii", [("Editorial", "Orașul care nu mai are loc de mașini"), ("Opinie", "Reforma pensiilor, varianta a patra"), ("Blog", "Ce nu înțelegem despre inflație")])]
GN_WIDGET = "EUR 4,9772 · USD 4,5810 · Cluj-Napoca 6°C"
GN_COOKIE = "Acest site folosește cookie-uri pentru a-ți oferi o experiență cât mai bună."

# ---------------------------------------------------------------- 1. Romania: column under Actualitate, marked only in JSON-LD
PAGES.append(dict(
    case="ro-opinion-stiri-autostrada", lang="ro", skin="stiri", domain="www.gazetadenordvest.example", site="Gazeta de Nord-Vest", secpath="actualitate",
    url="https://www.gazetadenordvest.example/actualitate/autostrada-care-se-inaugureaza-de-trei-ori-2214587",
    h1="Autostrada care se inaugurează de trei ori",
    crumbs=["Actualitate"], authors=["Radu Constantinescu"], byline_text="de Radu Constantinescu",
    byline_html='de <a href="/autor/radu-constantinescu">Radu Constantinescu</a>',
    ld_authors=["Radu Constantinescu"], ld_type="OpinionNewsArticle", ld_section="Opinie",
    pub="2026-03-05T07:00:00+02:00", date="5 martie 2026, 07:00", today="Joi, 5 martie 2026",
    nav=GN_NAV, widget=GN_WIDGET, ticker=["Guvernul a aprobat bugetul rectificativ", "Cod galben de vânt în Apuseni"],
    cookie=GN_COOKIE, side=GN_SIDE,
    tags=["Autostrada Transilvania", "Infrastructură", "Inaugurări"],
    related=["Când se deschide lotul Nădășelu – Zimbor", "Ce loturi se deschid anul acesta"],
    comments=[("Sorin_CJ", "acum 4 ore", "⟪Am mers ieri pe ea, tot cu restricții de viteză.⟫"), ("Mirela", "acum 3 ore", "Măcar s-a deschis, aveți răbdare.")],
    footer="⟪© 2026 Gazeta de Nord-Vest. Toate drepturile rezervate.⟫", footer_nav=GN_FOOT,
    body="""⟦Sâmbătă se inaugurează, din nou, lotul de autostradă dintre Nădășelu și Mihăiești.⟧ Spun „din nou” pentru că e a treia oară când același drum primește panglică, foarfecă și discursuri: prima dată s-a tăiat panglica la începerea lucrărilor, a doua oară la „deschiderea parțială pe un fir”, iar acum la deschiderea „definitivă”, care, aflăm din comunicat, se face tot cu restricții de viteză.

Ne-am obișnuit cu acest ritual. Cred că am ajuns să așteptăm inaugurarea mai mult decât drumul. ⟦Un kilometru de autostradă e, la noi, o ocazie de campanie electorală⟧, nu o lucrare de infrastructură.

[[SPLIT]]

Să fim corecți: lotul e gata, iar asta contează. Cine face zilnic drumul spre Zalău știe ce înseamnă să scapi de camioanele de pe DN1F. Dar de ce a fost nevoie de șapte ani pentru 16 kilometri? Și de ce nimeni nu dă socoteală pentru cei trei ani de întârziere și pentru penalitățile pe care, până la urmă, le plătim tot noi?

[[READ|⟪Cât a costat un kilometru de autostradă în 2025⟫]]

Știm cu toții răspunsul. Proiecte făcute pe genunchi, exproprieri începute după semnarea contractului, constructori care se schimbă la jumătatea lucrării. ⟦Fiecare dintre aceste probleme a fost semnalată de Curtea de Conturi⟧, iar rapoartele au rămas în sertare.

Iar costul nu e doar al întârzierii. Fiecare ceremonie înseamnă scene, corturi, autobuze cu primari aduși din tot județul și zeci de polițiști care dirijează traficul pentru câteva fotografii. Cineva ar trebui să facă și socoteala asta.

Poate că ar fi mai util ca, în loc de a treia inaugurare, ministerul să publice un calendar realist pentru loturile rămase, cu termene asumate și cu amenzi pentru cine nu le respectă. Ar fi mai puțin spectaculos decât o panglică. ⟦Dar ar fi, în sfârșit, o veste bună pe care o putem verifica.⟧""",
    kind="opinion", why="ironic signed column; only JSON-LD marks it",
))

# ---------------------------------------------------------------- 2. Romania: snow story, "Cu informații de la Agerpres", split by an ad
PAGES.append(dict(
    case="ro-news-stiri-ninsori", lang="ro", skin="stiri", domain="www.gazetadenordvest.example", site="Gazeta de Nord-Vest", secpath="actualitate",
    url="https://www.gazetadenordvest.example/actualitate/cod-galben-de-ninsori-in-12-judete-drumuri-blocate-in-suceava-si-botosani-2216034",
    h1="Cod galben de ninsori în 12 județe. Drumuri blocate în Suceava și Botoșani",
    deck="Meteorologii avertizează că stratul de zăpadă poate ajunge la 25 de centimetri în zonele de munte",
    crumbs=["Actualitate", "Meteo"], kicker="Vremea", authors=["Ioana Marinescu"], byline_text="de Ioana Marinescu",
    byline_html='de <a href="/autor/ioana-marinescu">Ioana Marinescu</a>',
    ld_authors=["Ioana Marinescu"], ld_type="NewsArticle", ld_section="Actualitate",
    pub="2026-03-11T10:32:00+02:00", mod="2026-03-11T13:05:00+02:00", date="11 martie 2026, 10:32 | Actualizat: 13:05", today="Miercuri, 11 martie 2026",
    nav=GN_NAV, widget=GN_WIDGET, ticker=["ANM: cod galben de ninsori în Moldova"],
    caption="⟪Drum acoperit de zăpadă în județul Suceava.⟫ Foto: ISU Suceava",
    cookie=GN_COOKIE, side=GN_SIDE,
    tags=["Meteo", "Ninsori", "Cod galben", "ANM"],
    related=["Prognoza meteo pentru weekend", "Ce trebuie să ai în mașină iarna"],
    footer="⟪© 2026 Gazeta de Nord-Vest. Toate drepturile rezervate.⟫", footer_nav=GN_FOOT,
    body="""⟦Administrația Națională de Meteorologie (ANM) a emis miercuri o avertizare cod galben de ninsori⟧ pentru 12 județe din Moldova și din nordul Transilvaniei, valabilă până joi la ora 20:00. În mai multe zone, zăpada a blocat deja drumuri județene și comunale.

Potrivit meteorologilor, ninsorile vor fi moderate cantitativ, iar ⟦stratul de zăpadă va ajunge la 10–15 centimetri în zonele joase⟧ și la 25 de centimetri la munte. Vântul va avea intensificări de până la 60 de kilometri pe oră, viscolind ninsoarea.

[[READ|⟪Ce trebuie să știi dacă pleci la drum pe ninsoare⟫]]

Județele vizate sunt Suceava, Botoșani, Iași, Neamț, Bacău, Vaslui, Vrancea, Maramureș, Bistrița-Năsăud, Harghita, Covasna și Mureș.

[[SPLIT]]

În județul Suceava, circulația este blocată pe două drumuri județene, iar pe alte șapte se circulă cu dificultate, a anunțat Inspectoratul pentru Situații de Urgență. În Botoșani, ⟦un autobuz cu 18 pasageri a rămas înzăpezit lângă localitatea Hudești⟧ și a fost scos cu ajutorul unui utilaj al drumarilor. Nu au fost raportate victime.

Compania Națională de Administrare a Infrastructurii Rutiere spune că are pe teren peste 400 de utilaje de deszăpezire în zonele afectate. Polițiștii recomandă șoferilor să nu plece la drum fără echipament de iarnă și să circule cu viteză redusă.

În județul Neamț, autoritățile au decis suspendarea cursurilor în 14 școli pentru joi, iar în Iași au fost închise temporar două drumuri comunale din cauza troienelor. Prefecturile din zonele vizate au convocat comitetele pentru situații de urgență.

Pe DN17, în Pasul Tihuța, se circulă îngreunat, iar utilajele intervin permanent. Drumarii spun că partea carosabilă este acoperită pe alocuri cu zăpadă înghețată.

⟦Temperaturile vor reveni la valori normale pentru această perioadă începând de sâmbătă.⟧

[[CREDIT|⟪Cu informații de la Agerpres⟫]]""",
    kind="news", why="weather warning report with agency material",
))

# ---------------------------------------------------------------- 3. Romania: listicle of cities, Open Graph only
PAGES.append(dict(
    case="ro-other-stiri-orase", lang="ro", skin="stiri", domain="www.gazetadenordvest.example", site="Gazeta de Nord-Vest", secpath="life",
    url="https://www.gazetadenordvest.example/life/calatorii/7-orase-din-romania-pe-care-merita-sa-le-vizitezi-primavara-aceasta-2217790",
    h1="7 orașe din România pe care merită să le vizitezi primăvara aceasta",
    crumbs=["Life", "Călătorii"], kicker="Călătorii", authors=["Andreea Pop"], byline_text="de Andreea Pop",
    byline_html='de <a href="/autor/andreea-pop">Andreea Pop</a>', meta="og", meta_section="Life",
    pub="2026-03-14T12:00:00+02:00", date="14 martie 2026, 12:00", today="Sâmbătă, 14 martie 2026",
    nav=GN_NAV, widget=GN_WIDGET,
    caption="⟪Piața Mare din Sibiu, într-o dimineață de aprilie.⟫ Foto: Shutterstock",
    cookie=GN_COOKIE, side=GN_SIDE,
    tags=["Călătorii", "City break", "Primăvara"],
    related=["Cinci sate săsești de văzut într-un weekend", "Unde mergem de 1 Mai"],
    footer="⟪© 2026 Gazeta de Nord-Vest. Toate drepturile rezervate.⟫", footer_nav=GN_FOOT,
    body="""⟦Primăvara e anotimpul ideal pentru un city break în România⟧: orașele nu sunt încă aglomerate, prețurile de cazare sunt mai mici decât vara, iar parcurile înfloresc. Iată șapte destinații potrivite pentru un weekend prelungit. Am ales orașe ușor accesibile cu trenul sau cu mașina, cu suficiente opțiuni de cazare și cu obiective care se pot vedea în două-trei zile.

[[H|1. Sibiu]]

⟦Centrul vechi, cu cele trei piețe legate între ele, se vizitează cel mai bine pe jos.⟧ Nu rata Podul Minciunilor și turnul Bisericii Evanghelice, de unde se vede tot orașul.

[[H|2. Brașov]]

Tâmpa, Biserica Neagră și Strada Sforii sunt clasice, dar merită și o plimbare până la Cetățuie, pentru priveliște. Dacă mai ai o zi, fă o excursie la Castelul Bran sau la cetatea țărănească de la Râșnov.

[[H|3. Timișoara]]

Piața Victoriei și Piața Unirii arată cel mai bine primăvara, când terasele se redeschid. Parcul Rozelor înflorește din mai. Orașul a fost Capitală Europeană a Culturii în 2023, iar multe dintre clădirile restaurate atunci pot fi vizitate.

[[READ|⟪Cele mai frumoase trasee de o zi din jurul Clujului⟫]]

[[H|4. Iași]]

Grădina Botanică, cea mai veche din țară, și Palatul Culturii justifică drumul. ⟦Aprilie e luna magnoliilor din Copou.⟧

[[H|5. Oradea]]

Clădirile Art Nouveau restaurate din centru și cetatea transformată în spațiu cultural fac din Oradea una dintre cele mai frumoase surprize ale ultimilor ani.

[[H|6. Sighișoara]]

Cetatea medievală locuită, cu Turnul cu Ceas și Scara Școlarilor, e mai liniștită primăvara decât în sezonul festivalurilor.

[[H|7. Constanța]]

Pentru cine vrea mare fără aglomerație: faleza Cazinoului, Muzeul de Istorie și Arheologie și un pește proaspăt în port. ⟦Apa e încă rece, dar plimbările pe plajă sunt o plăcere.⟧""",
    kind="other", why="listicle of travel destinations",
))

# ---------------------------------------------------------------- 4. Catalan: Opinió column by a columnist, OpinionNewsArticle
VC_NAV = ["Tarragona", "Reus", "Comarques", "Política", "Economia", "Opinió", "Societat", "Esports", "Cultura", "Gastronomia"]
VC_FOOT = ["Qui som", "Avís legal", "Política de galetes", "Contacte", "Publicitat"]
VC_SIDE = [("El més llegit", ["⟪Reus aprova el pressupost amb els vots de tres grups⟫", "El Nàstic guanya a Sabadell", "Obres al Passeig Marítim de Salou fins a l'abril"]),
           ("Opinió", [("Editorial", "El Camp necessita trens, no promeses"), ("Tribuna", "La indústria química i el futur"), ("Columnistes", "Els silencis del port")])]
PAGES.append(dict(
    case="ca-opinion-diario-rodalies", lang="ca", skin="diario", domain="www.laveudelcamp.example", site="La Veu del Camp", secpath="opinio",
    url="https://www.laveudelcamp.example/opinio/2026/03/05/rodalies-o-l-art-de-no-arribar-mai-184233.html",
    h1="Rodalies, o l'art de no arribar mai",
    kicker="Opinió", kicker_path="opinio", authors=["Marta Puigdomènech"], byline_text="Marta Puigdomènech",
    byline_html='<a href="/autors/marta-puigdomenech/">Marta Puigdomènech</a>', role="Columnista",
    ld_authors=["Marta Puigdomènech"], ld_type="OpinionNewsArticle", ld_section="Opinió", meta_section="Opinió",
    pub="2026-03-05T06:00:00+01:00", date="05/03/2026 06:00", today="Dijous, 5 de març de 2026",
    nav=VC_NAV, subnav=["Editorial", "Tribuna", "Columnistes", "Cartes dels lectors"],
    ticker=["Incidència a l'R16: retards de fins a 40 minuts", "Alerta per vent al Priorat"],
    cookie="Utilitzem galetes pròpies i de tercers per millorar els nostres serveis.", side=VC_SIDE,
    after=[("disclaimer", "⟪Les opinions expressades en aquest article són responsabilitat exclusiva de l'autora.⟫")],
    box=("Marta Puigdomènech", "⟪Marta Puigdomènech és periodista i professora d'Urbanisme⟫ a la Universitat Rovira i Virgili."),
    tags=["Rodalies", "Transport públic", "Camp de Tarragona"],
    related=["El Govern anuncia nous trens per al 2027", "Què diu el traspàs de Rodalies"],
    comments=[("Pere_Valls", "fa 2 hores", "⟪Cada dia agafo el de les 7.12 a Cambrils. Cada dia arriba tard.⟫")],
    footer="⟪© 2026 La Veu del Camp. Tots els drets reservats.⟫", footer_nav=VC_FOOT,
    w={"subscribe": "Subscriu-te", "login": "Inicia la sessió"},
    body="""⟦Dimarts, a les 7.12 del matí, el tren de l'R16 que havia de sortir de Cambrils no va sortir.⟧ Tampoc el següent. La pantalla de l'andana deia «retard» sense dir de quant, i els viatgers, acostumats, van començar a fer el que fem sempre: trucar a la feina, buscar algú que tingui cotxe, resignar-nos.

Crec que ja no ens indigna. I això és el més greu. ⟦Hem convertit el retard en una part del paisatge⟧, com el fum de les xemeneies de la petroquímica o les obres eternes de l'A-27.

[[SPLIT]]

Sabem de qui és la culpa, o això ens diuen: de la infraestructura, que és de l'Estat; del servei, que és de la Generalitat; dels trens, que són vells; de les obres, que són necessàries. Entre tots, ningú. De debò no hi ha ningú que pugui garantir que un tren que surt a les 7.12 surti a les 7.12?

[[READ|⟪Les incidències a l'R16 es dupliquen en un any⟫]]

El traspàs de Rodalies ens havia de portar una gestió més propera i més responsable. Fins ara, només ha portat un canvi de logotip en alguns comunicats. ⟦Els usuaris del Camp continuem sent els de segona⟧: menys freqüències que a l'àrea de Barcelona, més avaries i cap calendari clar per a la doble via.

Mentrestant, la gent s'adapta com pot. Hi ha qui ha tornat al cotxe, encara que li costi el doble; hi ha qui ha canviat d'horari a la feina; hi ha estudiants que surten de casa una hora abans per si de cas. Cada una d'aquestes decisions és una petita derrota del transport públic, i totes juntes expliquen per què l'AP-7 torna a estar col·lapsada cada matí.

No demanem miracles. Demanem informació en temps real que sigui certa, autobusos de substitució quan el servei falla i un pla de millora amb dates i responsables. ⟦Si no, que ens diguin clarament que el tren no és per a nosaltres.⟧""",
    kind="opinion", why="Opinió column by a columnist criticising rail service",
))

# ---------------------------------------------------------------- 5. Catalan: restaurant review, no date metadata
PAGES.append(dict(
    case="ca-other-diario-restaurant", lang="ca", skin="diario", domain="www.laveudelcamp.example", site="La Veu del Camp", secpath="gastronomia",
    url="https://www.laveudelcamp.example/gastronomia/2026/03/07/ca-l-empordanes-cuina-de-mercat-sense-artificis-a-reus-184390.html",
    h1="Ca l'Empordanès, cuina de mercat sense artificis a Reus",
    deck="Un menú de migdia de 22 euros i una carta curta que canvia cada setmana",
    kicker="Crítica gastronòmica", kicker_path="gastronomia", authors=["Jordi Vilalta"], byline_text="Jordi Vilalta",
    byline_html='<a href="/autors/jordi-vilalta/">Jordi Vilalta</a>', role="Crític gastronòmic", meta="min",
    pub="2026-03-07T09:00:00+01:00", date="Dissabte, 7 de març del 2026", today="Dissabte, 7 de març de 2026",
    nav=VC_NAV, subnav=["Restaurants", "Receptes", "Vins", "Productors"],
    caption="⟪Arròs de galeres i carxofes, un dels plats de la setmana.⟫ Foto: Laia Ferré",
    cookie="Utilitzem galetes pròpies i de tercers per millorar els nostres serveis.", side=VC_SIDE,
    after=[("fitxa", "<strong>Ca l'Empordanès</strong> · Carrer de Sant Joan, 14, Reus · ⟪Nota: 8/10 · Preu mitjà a la carta: 40 euros⟫")],
    tags=["Restaurants", "Reus", "Cuina de mercat"],
    related=["Cinc vermuts per al cap de setmana", "On menjar calçots encara aquest mes"],
    footer="⟪© 2026 La Veu del Camp. Tots els drets reservats.⟫", footer_nav=VC_FOOT,
    w={"subscribe": "Subscriu-te", "login": "Inicia la sessió"},
    body="""⟦Hi ha restaurants que es fan notar des de la porta i d'altres que s'han de descobrir.⟧ Ca l'Empordanès, obert fa un any en un antic magatzem del carrer de Sant Joan, és dels segons: una sala petita, taules de fusta, una pissarra amb els plats del dia i una cuina oberta on Núria Sabater treballa gairebé sola.

La proposta és senzilla i honesta. ⟦Producte del mercat del Carrilet, pocs plats i cap artifici.⟧ La carta canvia cada setmana i el menú de migdia, a 22 euros, és un dels més ben resolts de la ciutat.

[[H|Els plats]]

Vam començar amb unes carxofes confitades amb romesco suau, tendres i ben netes, i unes croquetes de pollastre rostit que recorden les de casa, en el millor sentit. ⟦L'arròs de galeres, sec i amb el punt just de socarrat, és el plat que justifica la visita.⟧ El bacallà amb samfaina, en canvi, va arribar una mica pla de sal.

De postres, la crema catalana es crema al moment, i el pastís de formatge amb mel de romaní és tan discret com bo.

[[H|El servei i el vi]]

El servei, jove i atent, sap explicar cada plat sense discursos. La carta de vins és curta però ben triada, amb referències del Priorat, la Conca de Barberà i el Montsant a preus raonables.

Convé reservar, sobretot divendres i dissabte, perquè la sala només té vint-i-quatre coberts i sovint s'omple de clients habituals. Al migdia el ritme és més ràpid, pensat per als qui treballen al centre.

⟦Una adreça per tornar-hi sense esperar cap ocasió especial.⟧""",
    kind="other", why="critic’s restaurant review with a score",
))

# ---------------------------------------------------------------- 6. Galician: storm story, printed date only
PAGES.append(dict(
    case="gl-news-diario-temporal", lang="gl", skin="diario", domain="www.xornaldoatlantico.example", site="Xornal do Atlántico", secpath="galicia",
    url="https://www.xornaldoatlantico.example/galicia/2026/03/05/temporal-deixa-ondas-oito-metros-pecha-tres-estradas-costa-da-morte/00031741160000000000.htm",
    h1="O temporal deixa ondas de oito metros e pecha tres estradas na Costa da Morte",
    deck="Meteogalicia mantén o aviso vermello no litoral da Coruña ata o venres pola mañá",
    kicker="Temporal", authors=["Uxía Rivas"], byline_text="Uxía Rivas",
    byline_html='<a href="/autor/uxia-rivas/">Uxía Rivas</a>', place="A Coruña", meta="min",
    pub="2026-03-05T10:32:00+01:00", date="05 mar 2026 · 10:32", today="Xoves, 5 de marzo de 2026",
    nav=["Galicia", "A Coruña", "Vigo", "Santiago", "Opinión", "Economía", "Deportes", "Cultura", "Mar"],
    subnav=["Costa da Morte", "Ferrol", "Lugo", "Ourense", "Pontevedra"],
    ticker=["Suspendidas as clases en 14 concellos", "O porto de Laxe, pechado á navegación"],
    caption="⟪Ondas sobre o paseo marítimo de Muxía, este xoves.⟫ Foto: Ana García",
    cookie="Usamos cookies propias e de terceiros para mellorar a túa experiencia.",
    side=[("O máis lido", ["⟪A AP-9 reabre ao tráfico tras a caída dunha árbore en Padrón⟫", "O Celta empata en Balaídos", "Santiago estrea novas liñas de bus urbano"]),
          ("Opinión", [("Editorial", "O mar non espera polas administracións"), ("Columnistas", "A Costa da Morte e o esquecemento")])],
    tags=["Temporal", "Costa da Morte", "Meteogalicia"],
    related=["Os rexistros de vento máis altos da década", "Cando remata o aviso vermello"],
    comments=[("Xosé M.", "hai 1 hora", "⟪En Camariñas levamos dous días sen luz.⟫")],
    footer="⟪© Xornal do Atlántico 2026. Todos os dereitos reservados.⟫", footer_nav=["Quen somos", "Aviso legal", "Contacto"],
    body="""⟦O temporal que azouta Galicia desde o mércores deixou nesta mañá ondas de ata oito metros⟧ na Costa da Morte e obrigou a pechar tres estradas autonómicas entre Muxía, Camariñas e Laxe pola caída de árbores e a entrada do mar.

Meteogalicia mantén activado o aviso vermello por temporal costeiro no litoral da Coruña ata o venres ás nove da mañá. ⟦O refacho máis forte rexistrouse no cabo Vilán, con 136 quilómetros por hora.⟧

[[READ|⟪Recomendacións de Protección Civil ante o temporal⟫]]

Na estrada AC-440, ao seu paso por Muxía, o mar arrastrou pedras e area ata a calzada, e a Garda Civil cortou o tráfico ás sete e media. A Deputación da Coruña enviou maquinaria para limpar a vía, pero advirte de que non a reabrirá mentres non baixe a ondada.

[[SPLIT]]

Os servizos de emerxencias atenderon máis de 200 incidencias desde a medianoite, a maioría por árbores caídas e tellados danados. ⟦Uns 9.000 fogares permanecían sen subministración eléctrica⟧ a media mañá en Camariñas, Vimianzo e Zas, segundo a compañía distribuidora.

Nos portos de Fisterra e Corcubión, os mariñeiros pasaron a noite revisando as amarras das embarcacións. «Nunca vira o mar entrar así no peirao», contaba un patrón de Fisterra con máis de trinta anos no oficio.

Salvamento Marítimo mantén en alerta os seus medios na zona e recomenda non achegarse aos cantís nin aos paseos marítimos mentres dure o temporal. Varios concellos pecharon parques e areais como medida de precaución.

A flota de baixura da zona segue amarrada por terceiro día consecutivo, e as confrarías calculan perdas de ata 300.000 euros. ⟦O tempo mellorará a partir do sábado, aínda que a choiva continuará.⟧""",
    kind="news", why="storm report",
))

curly(PAGES)
