"""Bodies split into text-block siblings (pt, de), an RTL page (ar), a Devanagari page (hi)."""

PAGES = []

# ---------------------------------------------------------------- Brazilian regional news, one paragraph per text-block, "Leia também" and newsletter between them
PAGES.append(dict(
    case="pt-news-textblock-chuva", lang="pt", html_lang="pt-BR", skin="textblock", domain="portaldovale.example", site="Portal do Vale",
    url="https://www.portaldovale.example/noticias/cidades/chuva-forte-alaga-ruas-do-centro-de-vila-serena-e-deixa-40-familias-desalojadas",
    h1="Chuva forte alaga ruas do centro de Vila Serena e deixa 40 famílias desalojadas",
    deck="Córrego Sapucaí transbordou em dois pontos; prefeitura decretou situação de emergência",
    kicker="Cidades", authors=["Carla Mendes"], byline_text="Por Carla Mendes, Portal do Vale", ld_authors=["Carla Mendes"],
    pub="2026-03-12T08:47:00-03:00", mod="2026-03-12T11:20:00-03:00", date="12/03/2026 08h47 · Atualizado há 2 horas",
    caption="⟪Avenida Brasil tomada pela água na noite de quarta-feira. Foto: Leitor / Portal do Vale⟫",
    tags=["chuva", "Vila Serena", "Defesa Civil"],
    nav=["Cidades", "Política", "Esportes", "Agro", "Empregos", "Previsão do tempo"],
    w=dict(fmt="%s | %s", block_cls="text-block", also_cls="leia-tambem", also="Leia também", base="noticias",
           newsletter=("⟪Receba as notícias do Vale no seu WhatsApp⟫", "Seu número", "Quero receber"), ad="Publicidade", more="Mais lidas"),
    blocks=["<p>⟦Uma chuva de mais de 90 milímetros em menos de três horas alagou ruas do centro de Vila Serena⟧ na noite desta quarta-feira (11) e deixou 40 famílias desalojadas, segundo a Defesa Civil municipal.</p>",
            "<p>Os pontos mais atingidos foram a Avenida Brasil, a Rua Sete de Setembro e o entorno do Mercado Municipal, onde a água chegou a um metro de altura. Comerciantes passaram a madrugada retirando mercadorias e lama das lojas.</p>",
            "<p>“Em vinte anos aqui, nunca vi a água subir tão rápido”, contou Jorge Alves, dono de uma loja de calçados na Avenida Brasil. “Em meia hora, a rua virou um rio.”</p>",
            ("also", ["⟪Previsão indica mais chuva no Vale até domingo⟫"]),
            "<p>⟦As famílias desalojadas foram levadas para o ginásio da Escola Estadual Padre Anchieta,⟧ onde recebem colchões, cobertores e refeições. A prefeitura abriu um ponto de arrecadação de doações na Secretaria de Assistência Social.</p>",
            "<p>De acordo com a Defesa Civil, o córrego Sapucaí transbordou em dois pontos por volta das 21h. Não há registro de feridos. Duas casas no bairro São José foram interditadas por risco de desabamento.</p>",
            "newsletter",
            "<p>O prefeito Antônio Ribeiro decretou situação de emergência na manhã desta quinta-feira. ⟦Com o decreto, o município pode contratar serviços de limpeza e obras sem licitação.⟧</p>",
            "ad",
            "<p>Moradores cobram obras de drenagem prometidas desde 2019. ⟦Um projeto para ampliar as galerias pluviais do centro chegou a ser licitado,⟧ mas foi suspenso por falta de recursos.</p>",
            ("also", ["⟪Obras da nova ponte do Sapucaí começam em abril⟫", "Como pedir ajuda à Defesa Civil em caso de alagamento"]),
            "<p>A previsão do tempo indica novas pancadas de chuva até o fim de semana. ⟦A Defesa Civil orienta os moradores de áreas de risco a procurar abrigo⟧ ao primeiro sinal de alagamento e a ligar para o número 199 em caso de emergência.</p>"],
    more=["Feira do produtor volta à praça central no sábado", "Vila Serena FC estreia na segunda divisão", "Concurso da prefeitura tem inscrições abertas"],
    footer="⟪© 2026 Portal do Vale. Todos os direitos reservados.⟫",
    kind="news", why="regional news report on flooding and emergency decree",
))

# ---------------------------------------------------------------- German regional commentary, body in text-block divs with "Lesen Sie auch" and newsletter between them
PAGES.append(dict(
    case="de-opinion-textblock-radweg", lang="de", skin="textblock", domain="heimatbote-lahnau.example", site="Heimatbote Lahnau",
    url="https://www.heimatbote-lahnau.example/lahnau/kommentar-der-radweg-an-der-k-18-ist-ueberfaellig-a-552901",
    h1="Der Radweg an der K 18 ist überfällig",
    deck="Seit zehn Jahren wird über den Radweg zwischen Lahnau und Altenberg geredet. Der Kreistag muss jetzt entscheiden.",
    kicker="Kommentar", authors=["Stefan Krug"], byline_text="Ein Kommentar von Stefan Krug", ld_authors=["Stefan Krug"],
    ld_type="OpinionNewsArticle", meta_section="Meinung",
    pub="2026-03-09T17:45:00+01:00", date="09.03.2026, 17:45 Uhr",
    caption="⟪Auf der K 18 zwischen Lahnau und Altenberg gilt Tempo 100.⟫ Foto: Stefan Krug",
    tags=["Radverkehr", "Kreistag", "Lahnau"],
    nav=["Lahnau", "Altenberg", "Kreis", "Sport", "Vereine", "Anzeigen"],
    w=dict(fmt="%s - %s", block_cls="text-block text-block--paragraph", also_cls="lesen-sie-auch", also="Lesen Sie auch", base="lahnau",
           newsletter=("⟪Der Heimatbote-Newsletter: jeden Morgen das Wichtigste aus Lahnau⟫", "Ihre E-Mail-Adresse", "Anmelden"), ad="Anzeige", more="Meistgelesen"),
    blocks=["<p>⟦Seit mehr als zehn Jahren wird im Kreistag über einen Radweg zwischen Lahnau und Altenberg geredet.⟧ Passiert ist: nichts. Wer heute mit dem Rad zur Arbeit oder zur Schule ins Nachbardorf will, teilt sich die Kreisstraße 18 mit Lastwagen, die dort mit Tempo 100 unterwegs sind.</p>",
            "<p>Dass es so nicht weitergehen kann, zeigen die Zahlen. Allein im vergangenen Jahr hat die Polizei auf diesem Abschnitt vier Unfälle mit Radfahrern registriert. Eltern fahren ihre Kinder deshalb mit dem Auto zur Gesamtschule – was die Straße noch voller macht.</p>",
            ("also", ["⟪Unfall auf der K 18: Radfahrer schwer verletzt⟫"]),
            "<p>⟦Die Ausreden des Landkreises sind inzwischen bekannt.⟧ Mal fehlt das Geld, mal sind die Grundstücksverhandlungen schwierig, mal muss erst ein Gutachten zum Artenschutz her. Jede dieser Hürden ist real. Aber andere Kreise schaffen es auch, sie zu überwinden – oft in der Hälfte der Zeit.</p>",
            "<p>Fördertöpfe von Bund und Land übernehmen derzeit einen Großteil der Kosten für Radwege an Kreisstraßen. Für die gut drei Kilometer lange Strecke müsste der Kreis also nur einen Bruchteil der geschätzten 2,4 Millionen Euro selbst tragen. ⟦Wer diese Chance verstreichen lässt, handelt fahrlässig.⟧</p>",
            "newsletter",
            "<p>⟦Der Kreistag entscheidet im April über den Haushalt.⟧ Die Fraktionen sollten den Radweg dort mit einem festen Betrag und einem verbindlichen Zeitplan verankern, statt ihn wieder in eine Prüfschleife zu schicken.</p>",
            ("also", ["⟪Kreishaushalt 2026: Wo das Geld hingehen soll⟫", "Altenberg bekommt neue Bushaltestelle"]),
            "<p>⟦Ein Radweg ist kein Luxus, sondern die Voraussetzung dafür, dass Menschen auf dem Land überhaupt eine Wahl haben.⟧</p>"],
    more=["Osterfeuer: Diese Termine stehen fest", "TSV Lahnau verliert Spitzenspiel", "Neue Ärztin für die Praxis am Markt"],
    footer="⟪© Heimatbote Lahnau 2026 · Alle Rechte vorbehalten⟫",
    kind="opinion", why="signed local commentary demanding a cycle path",
))

# ---------------------------------------------------------------- RTL: Arabic column, byline "بقلم", date only on the page in Arabic-Indic digits
PAGES.append(dict(
    case="ar-opinion-rtl-arsifa", lang="ar", skin="rtl_ar", domain="aldiffa.example", site="صحيفة الضفة",
    url="https://www.aldiffa.example/opinion/2026/03/12/city-needs-sidewalks-before-bridges",
    h1="المدينة تحتاج إلى أرصفة قبل الجسور", deck="الرصيف ليس ترفًا، بل حق أساسي لكل من يمشي في المدينة.",
    section="مقالات الرأي", authors=["سلمى الحداد"], byline_text="بقلم: سلمى الحداد", ld_authors=["سلمى الحداد"],
    pub="2026-03-12T10:30:00+03:00", date="الخميس ١٢ مارس ٢٠٢٦ - ١٠:٣٠ ص", today="الجمعة ١٣ مارس ٢٠٢٦",
    meta_pub=False, ld_pub=False,
    caption="⟪رصيف تشغله السيارات في أحد أحياء المدينة.⟫",
    bio="⟪سلمى الحداد مهندسة معمارية وكاتبة مهتمة بقضايا المدن.⟫",
    nav=["الرئيسية", "محليات", "اقتصاد", "مقالات الرأي", "رياضة", "ثقافة"],
    also=["⟪المكتبات العامة: أين ذهب القراء؟⟫", "⟪حدائق الأحياء بين الإهمال والاستثمار⟫", "النقل العام ليس للفقراء وحدهم"],
    footer="⟪جميع الحقوق محفوظة © ٢٠٢٦ صحيفة الضفة⟫",
    body="""<p>⟦كلما أعلنت البلدية عن مشروع جسر جديد، سألت نفسي: ومتى يأتي دور الرصيف؟⟧ في حيّنا، كما في معظم أحياء المدينة، يمشي الناس في الشارع لا على الرصيف، لأن الرصيف إما مكسور أو تشغله السيارات وبضائع المحلات.</p>
<p>ليست هذه مسألة جمالية. الأطفال يذهبون إلى المدارس سيرًا على الأقدام، وكبار السن يمشون إلى المسجد والسوق، والأمهات يدفعن عربات أطفالهن بين السيارات المسرعة. ⟦كل واحد من هؤلاء يدفع ثمن مدينة صُممت للسيارة وحدها.⟧</p>
<p>تنفق البلدية الملايين على الجسور والأنفاق التي تختصر دقائق من رحلة السائقين، بينما يكفي جزء صغير من هذه الميزانيات لإصلاح أرصفة حي كامل. الرصيف الجيد لا يحتاج إلى تقنيات معقدة: بلاط مستوٍ، وعرض كافٍ لمرور عربة أطفال، ومنحدرات عند التقاطعات، وأشجار تمنح ظلًا في الصيف.</p>
<p>⟦المطلوب قبل كل شيء هو إرادة تطبيق القانون.⟧ فالقانون يمنع الوقوف على الأرصفة، لكن المخالفات نادرة، والمحلات تتوسع على الرصيف دون أن يحاسبها أحد. وحين يرى المواطن أن الرصيف ملك لمن يأخذه، يفقد ثقته بالمكان العام كله.</p>
<p>أقترح على المجلس البلدي أن يخصص في ميزانية هذا العام بندًا ثابتًا لصيانة الأرصفة، وأن يبدأ بالشوارع المحيطة بالمدارس والمستشفيات. ⟦المدينة التي يستطيع أطفالها المشي فيها بأمان هي مدينة تستحق أن نفخر بها.⟧</p>""",
    kind="opinion", why="signed column arguing the city should fix sidewalks",
))

# ---------------------------------------------------------------- Hindi city news by a desk (no person), dates only on the page in Devanagari digits, update shown before publication
PAGES.append(dict(
    case="hi-news-devanagari-erickshaw", lang="hi", skin="portal_hi", domain="janvani.example", site="जनवाणी समाचार",
    url="https://www.janvani.example/city/saraipur/e-rickshaw-stands-old-market-2026-0313",
    h1="पुराने बाज़ार में ई-रिक्शा के लिए बनेंगे चार नए स्टैंड, जाम से मिलेगी राहत",
    deck="नगर निगम की बैठक में प्रस्ताव को मंज़ूरी, अप्रैल से शुरू होगा निर्माण",
    section="सरायपुर", authors=None, byline_text="जनवाणी ब्यूरो, सरायपुर", ld_authors=["org:जनवाणी ब्यूरो"],
    pub="2026-03-13T09:15:00+05:30", date="प्रकाशित: १३ मार्च २०२६, ०९:१५ पूर्वाह्न", date_mod="अपडेटेड: १४ मार्च २०२६, ०६:४० अपराह्न",
    today="शनिवार, १४ मार्च २०२६", app="⟪जनवाणी ऐप डाउनलोड करें⟫", meta_pub=False, ld_pub=False,
    caption="⟪घंटाघर चौक पर सड़क के बीच खड़े ई-रिक्शा।⟫ फ़ोटो: जनवाणी",
    follow="⟪ताज़ा ख़बरों के लिए हमें फ़ॉलो करें⟫",
    nav=["होम", "शहर", "देश", "खेल", "मनोरंजन", "व्यापार"],
    also=["⟪सरायपुर में नई पार्किंग का काम अधूरा⟫", "⟪गर्मी से पहले पानी की पाइपलाइन बदलेगा निगम⟫", "होली पर बाज़ारों में रही रौनक"],
    footer="© २०२६ जनवाणी समाचार. सर्वाधिकार सुरक्षित.",
    body="""<p>⟦सरायपुर के पुराने बाज़ार में लगने वाले जाम से जल्द ही राहत मिल सकती है।⟧ नगर निगम ने बाज़ार के चारों प्रवेश द्वारों के पास ई-रिक्शा के लिए अलग स्टैंड बनाने का फ़ैसला किया है। गुरुवार को हुई निगम की बैठक में इस प्रस्ताव को मंज़ूरी दी गई।</p>
<p>नगर आयुक्त सुनीता वर्मा ने बताया कि बाज़ार में रोज़ाना करीब आठ सौ ई-रिक्शा आते हैं और ज़्यादातर सड़क के बीच में ही सवारियाँ उतारते-चढ़ाते हैं। ⟦इससे घंटाघर चौक से सब्ज़ी मंडी तक का आधा किलोमीटर का रास्ता पार करने में कई बार आधा घंटा लग जाता है।⟧</p>
<p>योजना के तहत हर स्टैंड पर एक साथ बीस ई-रिक्शा खड़े हो सकेंगे। स्टैंड पर छाया, पीने के पानी और सवारियों के बैठने की व्यवस्था भी होगी। ⟦इस पर लगभग अड़तालीस लाख रुपये ख़र्च होने का अनुमान है।⟧</p>
<p>व्यापार मंडल के अध्यक्ष राजेश गुप्ता ने फ़ैसले का स्वागत किया, लेकिन कहा कि जब तक स्टैंड के बाहर रिक्शा रोकने पर जुर्माना नहीं लगेगा, तब तक हालात नहीं बदलेंगे। ⟦ई-रिक्शा चालक संघ ने माँग की है कि स्टैंड पर चार्जिंग की सुविधा भी दी जाए।⟧</p>
<p>निगम के अनुसार स्टैंड का निर्माण अप्रैल में शुरू होगा। ⟦काम बरसात से पहले पूरा करने का लक्ष्य रखा गया है।⟧</p>""",
    kind="news", why="city news report on new e-rickshaw stands",
))
