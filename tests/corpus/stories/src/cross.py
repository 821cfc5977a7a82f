# Fictional events (real places, invented people and figures) reported in en, es, de, fr, it, tr
# and ru, each article written separately (not translated sentence by sentence: each picks its
# own facts, order and length), plus a look-alike rail accident in Spain two days after the one
# in Italy. Every text written for this corpus (Apache-2.0).
# (event, lang, outlet, published, title, text)

CROSS = [
# --- X1: train collision near Verona, 7 May 2024 ----------------------------------------------
("x-train-verona", "en", "Northern Courier", "2024-05-07T20:30:00Z",
 "Eleven killed as trains collide near Verona",
 "Eleven people were killed and about 60 injured when a passenger train collided with a freight train near "
 "Verona in northern Italy on Tuesday evening. The regional train, carrying some 200 passengers towards "
 "Venice, hit the freight train near San Bonifacio station shortly after 20:00.\n"
 "Transport Minister Lorenzo Gatti said a signal failure was being investigated. The network operator RFI "
 "suspended traffic on the Milan-Venice line."),
("x-train-verona", "en", "Capital Review", "2024-05-08T07:00:00Z",
 "Italy mourns victims of San Bonifacio rail crash",
 "Flags flew at half mast across the Veneto on Wednesday after the collision of two trains near Verona "
 "killed 11. Investigators from RFI and prosecutors in Verona examined the signals at San Bonifacio. "
 "\"We owe the families the truth,\" said Lorenzo Gatti, the transport minister."),
("x-train-verona", "es", "Diario del Sur", "2024-05-07T22:10:00Z",
 "Once muertos en un choque de trenes cerca de Verona",
 "Al menos once personas murieron y unas 60 resultaron heridas este martes en el choque entre un tren de "
 "pasajeros y un tren de mercancías cerca de Verona, en el norte de Italia. El accidente ocurrió junto a la "
 "estación de San Bonifacio, en la línea entre Milán y Venecia.\n"
 "El ministro de Transportes, Lorenzo Gatti, afirmó que se investiga un fallo en la señalización."),
("x-train-verona", "de", "Rheinische Rundschau", "2024-05-08T05:45:00Z",
 "Zugunglück bei Verona: elf Tote",
 "Bei einem schweren Zugunglück in Norditalien sind am Dienstagabend elf Menschen ums Leben gekommen. Nahe "
 "dem Bahnhof San Bonifacio bei Verona stieß ein Regionalzug mit rund 200 Fahrgästen mit einem Güterzug "
 "zusammen. Etwa 60 Menschen wurden verletzt.\n"
 "Verkehrsminister Lorenzo Gatti sprach von einem möglichen Signalfehler. Der Netzbetreiber RFI sperrte "
 "die Strecke Mailand–Venedig."),
("x-train-verona", "fr", "Le Quotidien de Lyon", "2024-05-08T06:30:00Z",
 "Italie : onze morts dans une collision ferroviaire près de Vérone",
 "Onze personnes ont été tuées mardi soir dans la collision entre un train régional et un train de "
 "marchandises près de Vérone, dans le nord de l'Italie. Une soixantaine de passagers ont été blessés.\n"
 "Le ministre des Transports, Lorenzo Gatti, a évoqué une défaillance de la signalisation à la gare de San "
 "Bonifacio. La circulation entre Milan et Venise est interrompue."),
("x-train-verona", "it", "Gazzetta del Nord", "2024-05-07T21:15:00Z",
 "Scontro tra treni a San Bonifacio, undici morti",
 "È di undici morti e circa 60 feriti il bilancio dello scontro tra un treno regionale e un treno merci "
 "avvenuto stasera poco dopo le 20 vicino alla stazione di San Bonifacio, in provincia di Verona. Il "
 "regionale, diretto a Venezia, trasportava circa 200 passeggeri.\n"
 "«Si indaga su un guasto al segnale», ha detto il ministro dei Trasporti Lorenzo Gatti. RFI ha sospeso la "
 "circolazione sulla linea Milano-Venezia."),
("x-train-verona", "tr", "Ege Haber", "2024-05-08T04:20:00Z",
 "İtalya'da tren kazası: 11 ölü",
 "İtalya'nın kuzeyindeki Verona kenti yakınlarında salı akşamı bir yolcu treni ile yük treninin "
 "çarpışması sonucu 11 kişi hayatını kaybetti, yaklaşık 60 kişi yaralandı. Kaza San Bonifacio istasyonu "
 "yakınında meydana geldi.\n"
 "Ulaştırma Bakanı Lorenzo Gatti, sinyal arızası ihtimalinin araştırıldığını söyledi."),
("x-train-verona", "ru", "Вечерние вести", "2024-05-08T03:00:00Z",
 "Крушение поездов под Вероной: погибли 11 человек",
 "В Италии вечером во вторник пассажирский поезд столкнулся с товарным составом недалеко от Вероны. "
 "Погибли 11 человек, около 60 получили ранения. Авария произошла у станции Сан-Бонифачо на линии "
 "Милан — Венеция.\n"
 "Министр транспорта Лоренцо Гатти заявил, что причиной могла стать неисправность сигнала."),

# --- X9 (look-alike): derailment near Zaragoza, 10 May 2024 -----------------------------------
("x-train-zaragoza", "es", "Diario del Sur", "2024-05-10T09:00:00Z",
 "Descarrila un tren regional cerca de Zaragoza: dos muertos",
 "Dos personas murieron y 23 resultaron heridas al descarrilar este viernes un tren regional cerca de "
 "Zaragoza, tras un desprendimiento de tierras provocado por las tormentas. Adif ha cortado la línea "
 "entre Zaragoza y Teruel. La ministra de Transportes, Ana Beltrán, se ha desplazado al lugar."),
("x-train-zaragoza", "en", "Northern Courier", "2024-05-10T11:30:00Z",
 "Two dead as train derails in Spain after landslide",
 "A regional train derailed near Zaragoza in north-eastern Spain on Friday after hitting a landslide "
 "caused by heavy storms, killing two people and injuring 23. The rail operator Adif closed the "
 "Zaragoza-Teruel line. Transport Minister Ana Beltran travelled to the scene."),
("x-train-zaragoza", "de", "Rheinische Rundschau", "2024-05-10T12:00:00Z",
 "Zug entgleist bei Saragossa – zwei Tote",
 "In Spanien ist am Freitag ein Regionalzug nach einem Erdrutsch entgleist. Zwei Menschen starben, 23 "
 "wurden verletzt. Der Unfall ereignete sich bei Saragossa auf der Strecke nach Teruel, teilte der "
 "Netzbetreiber Adif mit."),
("x-train-zaragoza", "fr", "Le Quotidien de Lyon", "2024-05-10T13:15:00Z",
 "Espagne : un train déraille près de Saragosse, deux morts",
 "Un train régional a déraillé vendredi près de Saragosse, dans le nord-est de l'Espagne, après un "
 "glissement de terrain causé par les orages. Deux personnes sont mortes et 23 ont été blessées. La "
 "ministre des Transports Ana Beltrán s'est rendue sur place."),

# --- X2: Tigris-Euphrates water treaty signed in Geneva, 8 May 2024 -------------------------------
("x-water-geneva", "en", "Capital Review", "2024-05-08T15:00:00Z",
 "Turkey and Iraq sign water treaty in Geneva",
 "Turkey and Iraq signed a treaty on sharing the waters of the Tigris and Euphrates in Geneva on "
 "Wednesday, ending years of dispute. Turkey guarantees a minimum flow of 500 cubic metres per second "
 "into Iraq in summer months.\n"
 "The agreement was signed by Turkish Foreign Minister Kemal Aydin and Iraq's Haidar Salih, after talks "
 "mediated by UN envoy Ingrid Holm."),
("x-water-geneva", "en", "Harbour Post", "2024-05-08T18:40:00Z",
 "Geneva deal on the Tigris: what it means",
 "Farmers in southern Iraq have watched the Tigris shrink for a decade. The treaty Kemal Aydin and Haidar "
 "Salih signed in Geneva on Wednesday promises 500 cubic metres of water per second. \"This is a beginning, "
 "not an end,\" said Ingrid Holm of the UN."),
("x-water-geneva", "es", "El Observador", "2024-05-08T17:20:00Z",
 "Turquía e Irak firman en Ginebra un tratado sobre el agua",
 "Turquía e Irak firmaron este miércoles en Ginebra un tratado para repartir las aguas del Tigris y el "
 "Éufrates. Ankara garantiza un caudal mínimo de 500 metros cúbicos por segundo durante el verano. Lo "
 "firmaron el canciller turco, Kemal Aydın, y el iraquí Haidar Salih, con la mediación de la enviada de "
 "la ONU Ingrid Holm."),
("x-water-geneva", "de", "Nordkurier Zeitung", "2024-05-08T16:30:00Z",
 "Wasserabkommen zwischen der Türkei und dem Irak",
 "Die Türkei und der Irak haben in Genf ein Abkommen über die Nutzung von Euphrat und Tigris "
 "unterzeichnet. Ankara sichert dem Nachbarland im Sommer mindestens 500 Kubikmeter Wasser pro Sekunde "
 "zu. Außenminister Kemal Aydın sprach von einem „historischen Tag“. Vermittelt hatte die UN-Gesandte "
 "Ingrid Holm."),
("x-water-geneva", "fr", "La Tribune de Genève-Est", "2024-05-08T16:00:00Z",
 "La Turquie et l'Irak signent un accord sur l'eau à Genève",
 "Après des années de tensions, la Turquie et l'Irak ont signé mercredi à Genève un traité sur le partage "
 "des eaux du Tigre et de l'Euphrate. Le texte garantit un débit minimal de 500 mètres cubes par seconde. "
 "La médiatrice de l'ONU, Ingrid Holm, a salué « un pas courageux ». Haidar Salih, ministre irakien des "
 "Affaires étrangères, a signé pour Bagdad."),
("x-water-geneva", "it", "Corriere Adriatico", "2024-05-08T17:00:00Z",
 "Acqua, accordo storico tra Turchia e Iraq",
 "Firmato a Ginevra il trattato tra Turchia e Iraq sulle acque del Tigri e dell'Eufrate. Ankara si impegna "
 "a garantire 500 metri cubi al secondo nei mesi estivi. Hanno firmato i ministri degli Esteri Kemal Aydın "
 "e Haidar Salih; la mediazione è stata dell'inviata dell'Onu Ingrid Holm."),
("x-water-geneva", "tr", "Anadolu Postası", "2024-05-08T14:30:00Z",
 "Türkiye ile Irak arasında tarihi su anlaşması",
 "Türkiye ve Irak, Dicle ve Fırat sularının paylaşımına ilişkin anlaşmayı Cenevre'de imzaladı. Dışişleri "
 "Bakanı Kemal Aydın, anlaşmanın iki ülke için \"yeni bir sayfa\" olduğunu söyledi. Türkiye yaz aylarında "
 "saniyede en az 500 metreküp su bırakmayı taahhüt ediyor. Müzakerelere BM temsilcisi Ingrid Holm "
 "arabuluculuk yaptı."),
("x-water-geneva", "ru", "Восточный обозреватель", "2024-05-08T19:00:00Z",
 "Турция и Ирак подписали водное соглашение в Женеве",
 "Турция и Ирак в среду подписали в Женеве договор о разделе вод Тигра и Евфрата. Анкара обязуется "
 "обеспечивать летом сток не менее 500 кубометров в секунду. Документ подписали министры иностранных дел "
 "Кемаль Айдын и Хайдар Салих при посредничестве спецпосланника ООН Ингрид Холм."),

# --- X3: forest fire on Evia, 9 May 2024 ------------------------------------------------------
("x-fire-evia", "en", "Coastal Herald", "2024-05-09T12:00:00Z",
 "Thousands evacuated as wildfire rages on Evia",
 "A wildfire fanned by winds of up to 70 km/h forced the evacuation of about 3,000 people from villages "
 "near Limni on the Greek island of Evia on Thursday. More than 400 firefighters, backed by water-bombing "
 "planes, battled the flames.\n"
 "Civil Protection Minister Nikos Vlachos said the fire was the earliest of its size in decades."),
("x-fire-evia", "en", "Midland Times", "2024-05-10T08:00:00Z",
 "Evia fire: villagers return to ash",
 "Residents of Limni began returning to their homes on Friday as firefighters contained the blaze on Evia. "
 "Minister Nikos Vlachos said 2,400 hectares of pine forest had burned."),
("x-fire-evia", "es", "El Observador", "2024-05-09T14:00:00Z",
 "Evacuadas 3.000 personas por un incendio en la isla griega de Eubea",
 "Unas 3.000 personas fueron evacuadas este jueves de varios pueblos cercanos a Limni, en la isla griega "
 "de Eubea, por un incendio forestal avivado por vientos de 70 km/h. Más de 400 bomberos luchan contra "
 "las llamas, según el ministro de Protección Civil, Nikos Vlachos."),
("x-fire-evia", "de", "Nordkurier Zeitung", "2024-05-09T15:30:00Z",
 "Waldbrand auf Euböa: 3.000 Menschen in Sicherheit gebracht",
 "Auf der griechischen Insel Euböa wütet ein großer Waldbrand. Rund 3.000 Bewohner mehrerer Dörfer bei "
 "Limni mussten am Donnerstag ihre Häuser verlassen. Mehr als 400 Feuerwehrleute und Löschflugzeuge sind "
 "im Einsatz, der Wind erreicht 70 Stundenkilometer. Minister Nikos Vlachos warnte vor weiteren Bränden."),
("x-fire-evia", "fr", "Le Quotidien de Lyon", "2024-05-09T16:45:00Z",
 "Grèce : 3 000 évacués face à un incendie sur l'île d'Eubée",
 "Quelque 3 000 personnes ont été évacuées jeudi de villages proches de Limni, sur l'île d'Eubée, où un "
 "feu de forêt attisé par des vents de 70 km/h progresse. Plus de 400 pompiers sont mobilisés. Le "
 "ministre de la Protection civile, Nikos Vlachos, parle d'un incendie « précoce et violent »."),
("x-fire-evia", "it", "Corriere Adriatico", "2024-05-09T13:10:00Z",
 "Grecia, incendio sull'isola di Eubea: evacuate 3.000 persone",
 "Un vasto incendio boschivo ha costretto all'evacuazione circa 3.000 abitanti dei villaggi intorno a "
 "Limni, sull'isola greca di Eubea. Oltre 400 vigili del fuoco e diversi Canadair sono al lavoro. Il "
 "ministro Nikos Vlachos ha detto che il vento, fino a 70 km/h, complica le operazioni."),
("x-fire-evia", "tr", "Ege Haber", "2024-05-09T15:00:00Z",
 "Yunanistan'ın Eğriboz Adası'nda orman yangını: 3 bin kişi tahliye edildi",
 "Yunanistan'ın Eğriboz (Evia) Adası'nda çıkan orman yangını nedeniyle Limni yakınlarındaki köylerden "
 "yaklaşık 3.000 kişi tahliye edildi. Saatte 70 kilometreye ulaşan rüzgar yangını büyüttü. Sivil "
 "Koruma Bakanı Nikos Vlachos, 400'den fazla itfaiyecinin görev yaptığını açıkladı."),
("x-fire-evia", "ru", "Вечерние вести", "2024-05-09T17:00:00Z",
 "На греческом острове Эвбея эвакуированы 3000 человек из-за пожара",
 "Лесной пожар на греческом острове Эвбея вынудил власти эвакуировать около 3000 жителей деревень возле "
 "Лимни. Ветер достигает 70 км/ч. С огнём борются более 400 пожарных, сообщил министр гражданской защиты "
 "Никос Влахос."),

# --- X4: Galatasaray 3-1 Ajax, 9 May 2024 -----------------------------------------------------
("x-football-gala-ajax", "en", "Northern Courier", "2024-05-09T21:30:00Z",
 "Galatasaray beat Ajax 3-1 in semi-final first leg",
 "Galatasaray took a big step towards the final with a 3-1 win over Ajax in Istanbul on Thursday. Yusuf "
 "Demir scored twice in the first half and Lucas Varga added a third after the break before Ajax pulled one "
 "back through Bram Kuipers. The return leg is in Amsterdam next week.\n"
 "\"We have not won anything yet,\" said Galatasaray coach Cem Aksoy."),
("x-football-gala-ajax", "es", "Diario del Sur", "2024-05-09T22:30:00Z",
 "El Galatasaray golea al Ajax en Estambul",
 "El Galatasaray venció 3-1 al Ajax en la ida de la semifinal, con un doblete de Yusuf Demir y un gol de "
 "Lucas Varga. Bram Kuipers marcó para los neerlandeses. La vuelta se jugará en Ámsterdam."),
("x-football-gala-ajax", "de", "Rheinische Rundschau", "2024-05-09T22:10:00Z",
 "Galatasaray schlägt Ajax mit 3:1",
 "Galatasaray Istanbul hat das Hinspiel im Halbfinale gegen Ajax Amsterdam mit 3:1 gewonnen. Yusuf Demir "
 "traf doppelt, Lucas Varga erhöhte nach der Pause. Für Ajax verkürzte Bram Kuipers. Trainer Cem Aksoy "
 "warnte vor dem Rückspiel."),
("x-football-gala-ajax", "fr", "Le Quotidien de Lyon", "2024-05-09T22:45:00Z",
 "Galatasaray domine l'Ajax (3-1) en demi-finale aller",
 "Galatasaray s'est imposé 3-1 face à l'Ajax Amsterdam jeudi soir à Istanbul. Yusuf Demir, auteur d'un "
 "doublé, et Lucas Varga ont marqué pour les Turcs ; Bram Kuipers a réduit l'écart. Match retour à "
 "Amsterdam."),
("x-football-gala-ajax", "it", "Gazzetta del Nord", "2024-05-09T22:20:00Z",
 "Il Galatasaray batte l'Ajax 3-1",
 "Nella semifinale d'andata il Galatasaray supera l'Ajax 3-1 a Istanbul: doppietta di Yusuf Demir e gol "
 "di Lucas Varga, per gli olandesi segna Bram Kuipers. Ritorno ad Amsterdam."),
("x-football-gala-ajax", "tr", "Anadolu Postası", "2024-05-09T21:50:00Z",
 "Galatasaray, Ajax'ı 3-1 mağlup etti",
 "Galatasaray, yarı final ilk maçında sahasında Ajax'ı 3-1 yendi. Yusuf Demir iki gol attı, Lucas Varga "
 "da ikinci yarıda fileleri havalandırdı. Ajax'ın golünü Bram Kuipers kaydetti. Teknik direktör Cem "
 "Aksoy, \"Henüz hiçbir şey kazanmadık\" dedi. Rövanş maçı Amsterdam'da oynanacak."),
("x-football-gala-ajax", "ru", "Спорт-Экспресс Восток", "2024-05-09T22:40:00Z",
 "«Галатасарай» обыграл «Аякс» со счётом 3:1",
 "«Галатасарай» в первом полуфинальном матче победил «Аякс» в Стамбуле со счётом 3:1. Дубль оформил "
 "Юсуф Демир, ещё один мяч забил Лукас Варга. У «Аякса» отличился Брам Кёйперс. Ответная игра пройдёт в "
 "Амстердаме."),

# --- X5: Etna eruption closes Catania airport, 10 May 2024 ------------------------------------
("x-etna", "en", "Coastal Herald", "2024-05-10T09:00:00Z",
 "Etna eruption shuts Catania airport",
 "Mount Etna erupted overnight, sending a lava fountain about 1,500 metres into the sky and an ash cloud "
 "over eastern Sicily. Catania airport was closed for 12 hours and around 80 flights were cancelled.\n"
 "The INGV observatory in Catania said the eruption came from the south-east crater. Volcanologist Sara "
 "Grasso said there was no danger to villages on the slopes."),
("x-etna", "en", "Riverside Gazette", "2024-05-10T17:30:00Z",
 "Catania airport reopens after Etna ash",
 "Flights resumed at Catania's Fontanarossa airport on Friday afternoon after Etna's ash cloud drifted "
 "east. Some 80 flights had been cancelled in the morning."),
("x-etna", "es", "El Observador", "2024-05-10T10:30:00Z",
 "Una erupción del Etna obliga a cerrar el aeropuerto de Catania",
 "El volcán Etna entró en erupción durante la noche con una fuente de lava de unos 1.500 metros de altura. "
 "La nube de ceniza obligó a cerrar el aeropuerto de Catania durante 12 horas y se cancelaron unos 80 "
 "vuelos, según el INGV."),
("x-etna", "de", "Nordkurier Zeitung", "2024-05-10T10:00:00Z",
 "Ätna-Ausbruch legt Flughafen Catania lahm",
 "Der Ätna auf Sizilien ist in der Nacht ausgebrochen. Eine Lavafontäne stieg rund 1.500 Meter hoch, "
 "Asche regnete auf Catania. Der Flughafen blieb zwölf Stunden geschlossen, etwa 80 Flüge fielen aus. "
 "Die Vulkanologin Sara Grasso vom INGV gab Entwarnung für die Dörfer am Hang."),
("x-etna", "fr", "La Tribune de Genève-Est", "2024-05-10T11:00:00Z",
 "Sicile : l'Etna en éruption, l'aéroport de Catane fermé",
 "L'Etna est entré en éruption dans la nuit de jeudi à vendredi, projetant une fontaine de lave à 1 500 "
 "mètres de hauteur. L'aéroport de Catane a été fermé pendant 12 heures ; environ 80 vols ont été annulés, "
 "selon l'INGV."),
("x-etna", "it", "Gazzetta del Nord", "2024-05-10T08:15:00Z",
 "Etna, fontana di lava di 1.500 metri: chiuso l'aeroporto di Catania",
 "Nuova eruzione dell'Etna dal cratere di sud-est: la fontana di lava ha raggiunto i 1.500 metri e la "
 "nube di cenere ha costretto a chiudere l'aeroporto Fontanarossa di Catania per 12 ore. Cancellati circa "
 "80 voli. «Nessun pericolo per i paesi», spiega Sara Grasso dell'INGV."),
("x-etna", "tr", "Ege Haber", "2024-05-10T12:00:00Z",
 "Etna Yanardağı faaliyete geçti, Catania Havalimanı kapandı",
 "İtalya'nın Sicilya Adası'ndaki Etna Yanardağı gece saatlerinde faaliyete geçti. Lav püskürmesi 1.500 "
 "metreye ulaştı. Kül bulutu nedeniyle Catania Havalimanı 12 saat kapalı kaldı, yaklaşık 80 sefer iptal "
 "edildi."),
("x-etna", "ru", "Вечерние вести", "2024-05-10T13:00:00Z",
 "Извержение Этны закрыло аэропорт Катании",
 "На Сицилии началось извержение вулкана Этна. Лавовый фонтан поднялся на высоту около 1500 метров. "
 "Аэропорт Катании был закрыт на 12 часов, отменено около 80 рейсов, сообщает институт INGV."),

# --- X6: chip plant in Dresden, 13 May 2024 ---------------------------------------------------
("x-chip-dresden", "en", "Capital Review", "2024-05-13T10:00:00Z",
 "Veltria to build 4.2 billion euro chip plant in Dresden",
 "Chipmaker Veltria will build a 4.2 billion euro semiconductor plant in Dresden, creating 2,400 jobs, the "
 "company said on Monday. Production is due to start in 2027. The German government will contribute "
 "about 1 billion euros in subsidies, Economy Minister Katrin Vogel said.\n"
 "Veltria chief executive Tomas Lind said Saxony's skilled workers had decided the choice."),
("x-chip-dresden", "es", "El Observador", "2024-05-13T12:00:00Z",
 "Veltria construirá una fábrica de chips en Dresde",
 "El fabricante de semiconductores Veltria invertirá 4.200 millones de euros en una planta en Dresde, en "
 "el este de Alemania, que dará empleo a 2.400 personas a partir de 2027. La ministra de Economía "
 "alemana, Katrin Vogel, confirmó una ayuda pública de unos 1.000 millones."),
("x-chip-dresden", "de", "Nordkurier Zeitung", "2024-05-13T09:30:00Z",
 "Chiphersteller Veltria baut Werk in Dresden",
 "Der Halbleiterkonzern Veltria investiert 4,2 Milliarden Euro in ein neues Werk in Dresden. Dort sollen "
 "ab 2027 rund 2.400 Menschen arbeiten. Der Bund fördert das Projekt mit etwa einer Milliarde Euro, "
 "sagte Wirtschaftsministerin Katrin Vogel. Veltria-Chef Tomas Lind lobte die Fachkräfte in Sachsen."),
("x-chip-dresden", "fr", "Le Quotidien de Lyon", "2024-05-13T11:40:00Z",
 "Semi-conducteurs : Veltria choisit Dresde pour une usine à 4,2 milliards",
 "Le fabricant de puces Veltria va construire une usine de 4,2 milliards d'euros à Dresde, en Allemagne, "
 "avec 2 400 emplois à la clé. La production doit démarrer en 2027. Berlin apportera environ un milliard "
 "d'euros d'aides, selon la ministre de l'Économie Katrin Vogel."),
("x-chip-dresden", "it", "Corriere Adriatico", "2024-05-13T12:30:00Z",
 "Veltria, maxi fabbrica di chip a Dresda",
 "Veltria costruirà a Dresda uno stabilimento per semiconduttori da 4,2 miliardi di euro, con 2.400 posti "
 "di lavoro. L'avvio della produzione è previsto nel 2027. Il governo tedesco contribuirà con circa un "
 "miliardo, ha detto la ministra Katrin Vogel."),
("x-chip-dresden", "tr", "Anadolu Postası", "2024-05-13T13:00:00Z",
 "Veltria, Dresden'de 4,2 milyar euroluk çip fabrikası kuracak",
 "Yarı iletken üreticisi Veltria, Almanya'nın Dresden kentinde 4,2 milyar euroluk bir fabrika kuracağını "
 "açıkladı. Fabrikada 2.400 kişi çalışacak, üretim 2027'de başlayacak. Almanya Ekonomi Bakanı Katrin "
 "Vogel, devletin yaklaşık 1 milyar euro destek vereceğini söyledi."),
("x-chip-dresden", "ru", "Восточный обозреватель", "2024-05-13T14:00:00Z",
 "Veltria построит завод микросхем в Дрездене за 4,2 млрд евро",
 "Производитель полупроводников Veltria построит в Дрездене завод стоимостью 4,2 млрд евро. На "
 "предприятии будут работать 2400 человек, производство начнётся в 2027 году. Министр экономики Германии "
 "Катрин Фогель заявила, что государство выделит около 1 млрд евро субсидий."),

# --- X7: air traffic controllers' strike in France, 14 May 2024 -------------------------------
("x-atc-strike", "en", "Harbour Post", "2024-05-14T08:00:00Z",
 "French air traffic strike grounds 1,800 flights",
 "About 1,800 flights were cancelled across France on Tuesday as air traffic controllers walked out over "
 "staffing and pay. The civil aviation authority DGAC asked airlines to cut half their flights at Paris "
 "Orly and a third at Charles de Gaulle.\n"
 "The controllers' union SNCTA said the strike would last 24 hours. Overflights to Spain and Italy were "
 "also delayed."),
("x-atc-strike", "en", "Midland Times", "2024-05-14T16:00:00Z",
 "Travellers stranded as French controllers strike",
 "Holidaymakers queued for hours at Orly on Tuesday as the strike by French air traffic controllers "
 "forced the cancellation of around 1,800 flights. Ryanair said it had cancelled 300 of its own flights."),
("x-atc-strike", "es", "Diario del Sur", "2024-05-14T10:00:00Z",
 "La huelga de controladores en Francia obliga a cancelar 1.800 vuelos",
 "Unos 1.800 vuelos fueron cancelados este martes por la huelga de los controladores aéreos franceses. La "
 "DGAC pidió a las aerolíneas reducir a la mitad sus vuelos en Orly. Los sobrevuelos hacia España también "
 "sufrieron retrasos, según Enaire."),
("x-atc-strike", "de", "Rheinische Rundschau", "2024-05-14T09:45:00Z",
 "Fluglotsenstreik in Frankreich: 1.800 Flüge gestrichen",
 "Ein Streik der französischen Fluglotsen hat am Dienstag zur Streichung von rund 1.800 Flügen geführt. "
 "Die Luftfahrtbehörde DGAC forderte die Airlines auf, in Paris-Orly die Hälfte der Flüge abzusagen. Die "
 "Gewerkschaft SNCTA kündigte einen 24-stündigen Ausstand an."),
("x-atc-strike", "fr", "Le Quotidien de Lyon", "2024-05-14T07:30:00Z",
 "Grève des contrôleurs aériens : 1 800 vols annulés",
 "La grève des contrôleurs aériens perturbe fortement le trafic ce mardi : environ 1 800 vols sont annulés. "
 "La DGAC a demandé aux compagnies de supprimer la moitié des vols à Orly et un tiers à Roissy-Charles de "
 "Gaulle. Le SNCTA, premier syndicat de la profession, réclame des recrutements."),
("x-atc-strike", "it", "Corriere Adriatico", "2024-05-14T11:00:00Z",
 "Sciopero dei controllori di volo francesi, cancellati 1.800 voli",
 "Giornata difficile per chi vola: lo sciopero dei controllori di volo in Francia ha causato la "
 "cancellazione di circa 1.800 voli. Ritardi anche per i voli tra l'Italia e la Spagna che sorvolano il "
 "territorio francese. La DGAC ha chiesto tagli a Orly."),
("x-atc-strike", "tr", "Anadolu Postası", "2024-05-14T12:00:00Z",
 "Fransa'da hava trafik kontrolörleri greve gitti: 1.800 uçuş iptal",
 "Fransa'da hava trafik kontrolörlerinin grevi nedeniyle salı günü yaklaşık 1.800 uçuş iptal edildi. "
 "Sivil Havacılık Genel Müdürlüğü DGAC, havayollarından Paris Orly'deki uçuşların yarısını iptal "
 "etmelerini istedi. Sendika SNCTA grevin 24 saat süreceğini açıkladı."),
("x-atc-strike", "ru", "Вечерние вести", "2024-05-14T13:30:00Z",
 "Забастовка авиадиспетчеров во Франции: отменены 1800 рейсов",
 "Во вторник во Франции из-за забастовки авиадиспетчеров отменены около 1800 рейсов. Управление "
 "гражданской авиации DGAC попросило авиакомпании сократить вдвое число рейсов в парижском аэропорту "
 "Орли. Профсоюз SNCTA требует увеличения штата."),

# --- X8: Aquila climate satellite launched from Kourou, 15 May 2024 ---------------------------
("x-aquila-launch", "en", "Capital Review", "2024-05-15T02:00:00Z",
 "Europe launches Aquila climate satellite",
 "A Vega-C rocket lifted off from Kourou in French Guiana on Tuesday night carrying Aquila, a 1,250 kg "
 "European satellite that will measure carbon dioxide from orbit. The European Space Agency said the "
 "satellite separated from the rocket 57 minutes after launch.\n"
 "\"Aquila will tell us where the carbon goes,\" said ESA director Marc Delorme."),
("x-aquila-launch", "es", "El Observador", "2024-05-15T06:00:00Z",
 "Europa lanza el satélite climático Aquila desde Kurú",
 "Un cohete Vega-C despegó desde Kurú, en la Guayana Francesa, con el satélite Aquila de la Agencia "
 "Espacial Europea, de 1.250 kilos, que medirá el dióxido de carbono. El director de la ESA, Marc "
 "Delorme, celebró el éxito de la misión."),
("x-aquila-launch", "de", "Nordkurier Zeitung", "2024-05-15T07:00:00Z",
 "Klimasatellit Aquila im All",
 "Eine Vega-C-Rakete hat den europäischen Klimasatelliten Aquila vom Weltraumbahnhof Kourou in "
 "Französisch-Guayana ins All gebracht. Der 1.250 Kilogramm schwere Satellit soll Kohlendioxid messen. "
 "ESA-Direktor Marc Delorme sprach von einem großen Tag für die Klimaforschung."),
("x-aquila-launch", "fr", "La Tribune de Genève-Est", "2024-05-15T05:30:00Z",
 "Le satellite Aquila lancé avec succès depuis Kourou",
 "La fusée Vega-C a décollé mardi soir de Kourou, en Guyane, avec à son bord Aquila, un satellite européen "
 "de 1 250 kg chargé de mesurer le dioxyde de carbone. Marc Delorme, directeur à l'ESA, a salué une "
 "mission « essentielle pour le climat »."),
("x-aquila-launch", "it", "Gazzetta del Nord", "2024-05-15T08:00:00Z",
 "Lanciato il satellite europeo Aquila",
 "È partito da Kourou, nella Guyana francese, il razzo Vega-C costruito in Italia con a bordo Aquila, "
 "satellite dell'ESA da 1.250 chili che misurerà l'anidride carbonica. Il direttore Marc Delorme: "
 "«Sapremo dove va il carbonio»."),
("x-aquila-launch", "tr", "Ege Haber", "2024-05-15T09:00:00Z",
 "Avrupa'nın iklim uydusu Aquila fırlatıldı",
 "Avrupa Uzay Ajansı'nın (ESA) 1.250 kilogramlık iklim uydusu Aquila, Fransız Guyanası'ndaki Kourou'dan "
 "Vega-C roketiyle fırlatıldı. Uydu, atmosferdeki karbondioksiti ölçecek. ESA direktörü Marc Delorme "
 "görevi başarılı olarak nitelendirdi."),
("x-aquila-launch", "ru", "Восточный обозреватель", "2024-05-15T10:00:00Z",
 "С космодрома Куру запущен европейский спутник Aquila",
 "Ракета Vega-C стартовала с космодрома Куру во Французской Гвиане и вывела на орбиту европейский "
 "климатический спутник Aquila массой 1250 кг. Он будет измерять содержание углекислого газа. Директор "
 "ЕКА Марк Делорм назвал запуск успешным."),
]
