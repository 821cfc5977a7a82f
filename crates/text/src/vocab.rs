//! The words Colonnade reads structure from, each defined once: section names that mark opinion
//! or news (in a page's section label, a breadcrumb, a feed tag or a URL path segment), bylines'
//! columnist roles, and the characters that set a site's name off a headline.
//!
//! Words are kept in one normal form ([`fold_key`]): lowercase, Latin accents folded, without
//! `-`, `_`, spaces and combining marks, so `Op-Ed`, `op_ed` and `oped`, or `Opinião` and
//! `opiniao`, are one entry.

/// Section names that mark opinion when they are a section's whole name or a path segment (in
/// [`fold_key`] form). Some are opinion only as a whole name ("voices", "views", "blogs",
/// "letters", "ideas"): a "Global Voices" section or an "Ideas" topic tag is not opinion.
pub const OPINION_SECTIONS: &[&str] = &[
    // en
    "opinion",
    "opinions",
    "columnists",
    "columnist",
    "column",
    "columns",
    "comment",
    "comments",
    "commentisfree",
    "commentary",
    "editorial",
    "editorials",
    "oped",
    "opeds",
    "views",
    "voices",
    "perspective",
    "perspectives",
    "letters",
    "letterstotheeditor",
    "guestessay",
    "ideas",
    "debate",
    "analysisandopinion",
    "analysis&opinion",
    // es
    "opiniones",
    "columnas",
    "columna",
    "columnistas",
    "columnista",
    "tribuna",
    "editoriales",
    // pt
    "opiniao",
    "opinioes",
    "coluna",
    "colunas",
    "colunista",
    "colunistas",
    // de
    "meinung",
    "meinungen",
    "kommentar",
    "kommentare",
    "kolumne",
    "kolumnen",
    "kolumnist",
    "kolumnisten",
    "gastbeitrag",
    "gastbeitrage",
    "gastbeitraege",
    "gastkommentar",
    "leitartikel",
    "debatt",
    // fr
    "tribune",
    "tribunes",
    "idees",
    "chroniques",
    "chronique",
    "editos",
    "edito",
    "pointdevue",
    "pointsdevue",
    "debats",
    // it
    "opinioni",
    "opinione",
    "commenti",
    "commento",
    "editoriali",
    "editoriale",
    "rubriche",
    // pl, nl, scandinavian, lt
    "opinie",
    "opinia",
    "publicystyka",
    "felietony",
    "mening",
    "meninger",
    "kronikk",
    "ledare",
    "asikt",
    "nuomones",
    // tr
    "yazarlar",
    "koseyazilari",
    "koseyazisi",
    "yorum",
    "gorus",
    "gorusler",
    // ru (transliterated and Cyrillic)
    "mnenie",
    "mneniya",
    "mnenia",
    "kolonka",
    "kolonki",
    "kolumnisty",
    "мнение",
    "мнения",
    "колонка",
    "колонки",
    "колумнисты",
    "колумнист",
    // ar
    "مقالات",
    "رأي",
    "الرأي",
    "كتاب",
    "اراء",
    "آراء",
    "الآراء",
    "افتتاحية",
    "أعمدة",
    // nl
    "standpunt",
    "standpunten",
    "commentaar",
    // sv, da, no
    "debat",
    "kolumner",
    "kronika",
    "kronikor",
    "asikter",
    "klumme",
    "klummer",
    "kommentarer",
    "ytring",
    "ytringer",
    "lederartikler",
    // fi
    "mielipide",
    "mielipiteet",
    "kolumni",
    "kolumnit",
    "paakirjoitus",
    "paakirjoitukset",
    // is
    "skoðun",
    "skodun",
    "skoðanir",
    "leiðari",
    // cs, sk, pl, hr, sr, bs, sl
    "nazory",
    "nazor",
    "komentare",
    "komentar",
    "komentari",
    "komentarze",
    "komentarz",
    "felieton",
    "kolumna",
    "sloupky",
    "misljenja",
    "misljenje",
    "mnenja",
    "коментари",
    "коментар",
    "колумне",
    "мишљења",
    // hu, ro
    "velemeny",
    "publicisztika",
    "opinii",
    "comentarii",
    // uk, bg
    "думка",
    "думки",
    "погляди",
    // de (more)
    "standpunkt",
    "glosse",
    "glossen",
    "leserbriefe",
    // fr, it, es (more)
    "editoriaux",
    "chroniqueurs",
    "billets",
    "rubrica",
    "puntidivista",
    "cartasdelectores",
    // id, ms, tl, sw
    "opini",
    "kolom",
    "kolumnis",
    "tajukrencana",
    "pendapat",
    "opinyon",
    "maoni",
    // vi
    "ykien",
    "gocnhin",
    "binhluan",
    "quandiem",
    // he, fa, ur
    "דעות",
    "دیدگاه",
    "یادداشت",
    "سرمقاله",
    "کالم",
    "کالمز",
    "اداریہ",
    // fr (West Africa, Maghreb: readers' and guests' op-eds)
    "contributions",
    "contribution",
    // en (more)
    "ourview",
    "viewpoint",
    "viewpoints",
    "pointofview",
    "leadingarticle",
    "readers'letters",
    "yourletters",
    "myview",
    "counterpoint",
    "editpage",
    // de (more)
    "standpunkte",
    "debatte",
    "außenansicht",
    "proundcontra",
    "pro&contra",
    "leserbrief",
    "streiflicht",
    "zwischenruf",
    // fr (more)
    "tribunelibre",
    "billet",
    "lebillet",
    "courrierdeslecteurs",
    "lettreouverte",
    "carteblanche",
    "figarovox",
    "humeur",
    "coupdegueule",
    "partipris",
    // es (more)
    "puntodevista",
    "puntosdevista",
    "cartasaldirector",
    "cartasdeloslectores",
    "firmas",
    "latercera",
    "zonacritica",
    "cartadeldirector",
    // pt (more)
    "tendencias/debates",
    "paineldoleitor",
    "espacoaberto",
    "notas&informacoes",
    "pontodevista",
    "cartasdoleitor",
    "cartasdosleitores",
    "cartasaodirector",
    "cartasaodiretor",
    // it (more)
    "ilcommento",
    "idee",
    "leidee",
    "puntodivista",
    "letterealdirettore",
    "postadeilettori",
    "dibattito",
    "ildibattito",
    "corsivo",
    "ilcorsivo",
    "l'intervento",
    "interventi",
    // nl (more)
    "redactioneelcommentaar",
    "hoofdredactioneelcommentaar",
    "redactioneel",
    "gastcolumn",
    "gastbijdrage",
    "ingezonden",
    "ingezondenbrief",
    "ingezondenbrieven",
    "lezersbrieven",
    "beschouwing",
    "visie",
    // pl (more)
    "wstepniak",
    "odredakcji",
    "artykulredakcyjny",
    "goscwyborczej",
    "zdaniem",
    "punktwidzenia",
    "polemika",
    "polemiki",
    "listydoredakcji",
    "listyczytelnikow",
    "stanowisko",
    "glosczytelnika",
    "debata",
    // cs (more)
    "sloupek",
    "glosa",
    "glosy",
    "uvodnik",
    "fejeton",
    "dopisyctenaru",
    "uhelpohledu",
    "stlpcek",
    "fejton",
    "listycitatelov",
    "uholpohladu",
    // hr (more)
    "stav",
    "stavovi",
    "ставови",
    "уводник",
    "editorijal",
    "pismacitatelja",
    "pismacitalaca",
    "писмачиталаца",
    "полемика",
    "osvrt",
    "rijecurednika",
    "pogledi",
    "погледи",
    "мишљење",
    "мислења",
    "мислење",
    "став",
    "stalisce",
    "stalisca",
    "pismabralcev",
    // hu (more)
    "jegyzet",
    "vezercikk",
    "glossza",
    "glosszak",
    "tarca",
    "olvasoilevelek",
    "nezopont",
    "allaspont",
    "vendegszerzo",
    // ro (more)
    "comentariu",
    "punctdevedere",
    "punctedevedere",
    "pamflet",
    "scrisoridelacititori",
    // bg (more)
    "позиция",
    "позиции",
    "гледнаточка",
    "писмадоредакцията",
    // ru (more)
    "комментарий",
    "комментарии",
    "редакционнаястатья",
    "отредакции",
    "точказрения",
    "реплика",
    "письмачитателей",
    // uk (more)
    "погляд",
    "редакційнастаття",
    "відредакції",
    "точказору",
    "позиція",
    "листичитачів",
    "полеміка",
    // be (more)
    "меркаванні",
    "меркаванне",
    "калонка",
    "калонкі",
    "калумністы",
    "пунктгледжання",
    "адрэдакцыі",
    // el (more)
    "γνώμες",
    "γνώμη",
    "απόψεις",
    "άποψη",
    "άρθραγνώμης",
    "άρθρογνώμης",
    "επιφυλλίδα",
    "επιφυλλίδες",
    "κύριοάρθρο",
    "αρθρογράφοι",
    "αρθρογραφία",
    "στήλη",
    "στήλες",
    "απότηστήλη",
    "επιστολέςαναγνωστών",
    "σχόλιο",
    // tr (more)
    "basyazi",
    "bakisacisi",
    "okurmektuplari",
    "konukyazar",
    "yorumlar",
    // az (more)
    "rəy",
    "rəylər",
    "fikir",
    "fikirlər",
    "basməqalə",
    "kosəyazisi",
    // kk (more)
    "пікір",
    "пікірлер",
    "көзқарас",
    // ka (more)
    "მოსაზრება",
    "მოსაზრებები",
    "თვალსაზრისი",
    // hy (more)
    "կարծիք",
    "կարծիքներ",
    "տեսակետ",
    // ar (more)
    "وجهةنظر",
    "وجهاتنظر",
    "كلمةالتحرير",
    "الافتتاحية",
    "عمود",
    "منبر",
    "بريدالقراء",
    "رسائلالقراء",
    "أفكار",
    // fa (more)
    "دیدگاه‌ها",
    "یادداشت‌ها",
    "نقطهنظر",
    "ستون",
    // ur (more)
    "رائے",
    "ایڈیٹوریل",
    "نقطہنظر",
    // he (more)
    "דעה",
    "טור",
    "טורים",
    "טוראישי",
    "טוראורח",
    "מאמרמערכת",
    "מאמרידעה",
    "מכתביםלמערכת",
    // hi (more)
    "ओपिनियन",
    "कॉलम",
    "स्तंभ",
    "नजरिया",
    "नज़रिया",
    "दृष्टिकोण",
    "अभिमत",
    "पाठकोंकेपत्र",
    // bn (more)
    "অভিমত",
    "মত",
    "দৃষ্টিভঙ্গি",
    "চিঠিপত্র",
    "মুক্তমত",
    "উপসম্পাদকীয়",
    // mr (more)
    "अग्रलेख",
    // ne (more)
    "सम्पादकीय",
    "स्तम्भ",
    // gu (more)
    "અભિપ્રાય",
    "સંપાદકીય",
    "તંત્રીલેખ",
    "કોલમ",
    "ઓપિનિયન",
    // pa (more)
    "ਵਿਚਾਰ",
    "ਸੰਪਾਦਕੀ",
    "ਕਾਲਮ",
    // ta (more)
    "கருத்து",
    "கருத்துகள்",
    "கருத்துக்கள்",
    "தலையங்கம்",
    "கண்ணோட்டம்",
    // te (more)
    "అభిప్రాయం",
    "అభిప్రాయాలు",
    "సంపాదకీయం",
    "ఎడిటోరియల్",
    "కాలమ్",
    // kn (more)
    "ಅಭಿಪ್ರಾಯ",
    "ಅಭಿಮತ",
    "ಸಂಪಾದಕೀಯ",
    "ಅಂಕಣ",
    "ಅಂಕಣಗಳು",
    // ml (more)
    "അഭിപ്രായം",
    "മുഖപ്രസംഗം",
    "കോളം",
    "പംക്തി",
    // si (more)
    "කතුවැකිය",
    "අදහස්",
    // th (more)
    "ความเห็น",
    "ทัศนะ",
    "มุมมอง",
    "จดหมายถึงบรรณาธิการ",
    "บทบรรณาธิการ",
    // vi (more)
    "xaluận",
    "thưbạndọc",
    "ykiếnbạndọc",
    "bạndọcviết",
    "tranhluận",
    // id (more)
    "sudutpandang",
    "perspektif",
    "pandangan",
    "suratpembaca",
    "suarapembaca",
    "kolum",
    "editoryal",
    "pananaw",
    // sw (more)
    "tahariri",
    "safu",
    "mtazamo",
    // am (more)
    "አስተያየት",
    "ርዕሰአንቀጽ",
    // ha (more)
    "ra'ayi",
    // so (more)
    "aragti",
    "ra'yi",
    // ja (more)
    "論評",
    "視点",
    "私の視点",
    "主張",
    "寄稿",
    "時評",
    "論壇",
    "耕論",
    "読者の声",
    "天声人語",
    "余録",
    "編集手帳",
    "産経抄",
    "論点",
    "記者の目",
    // ko (more)
    "기고",
    "특별기고",
    "논단",
    "시평",
    "논평",
    "독자투고",
    "기자수첩",
    "관점",
    "시각",
    // zh (more)
    "时评",
    "来论",
    "读者来信",
    "短评",
    "快评",
    "热评",
    "锐评",
    "国际锐评",
    "争鸣",
    "觀點",
    "社評",
    "讀者投書",
    "投書",
    "觀點投書",
    "民意論壇",
    "自由廣場",
    "時論廣場",
    "鳴人堂",
    "筆陣",
    "名家",
    // sv (more)
    "ledarsidan",
    "huvudledare",
    "kronikorer",
    "gastkronika",
    "debattartikel",
    "replik",
    "slutreplik",
    "insandare",
    "lasarbrev",
    "understrecket",
    "debatindlæg",
    "leder",
    "lederen",
    "kronik",
    "læserbrev",
    "læserbreve",
    "synspunkt",
    "debattinnlegg",
    "lederartikkel",
    "leserinnlegg",
    "leserbrev",
    "innlegg",
    "meiningar",
    "leiar",
    // fi (more)
    "kommentti",
    "vieraskyna",
    "vieraskolumni",
    "nakokulma",
    "lukijoilta",
    "yleisonosasto",
    "puheenvuoro",
    "arvamus",
    "arvamused",
    "arvamuslugu",
    "juhtkiri",
    "kommentaar",
    "lugejakirjad",
    // lv (more)
    "viedoklis",
    "viedokļi",
    "redakcijassleja",
    "sleja",
    "slejas",
    "vedamasis",
    "skiltis",
    "skiltys",
    "apzvalgininkai",
    "poziuris",
    "laiskairedakcijai",
    // ca (more)
    "puntdevista",
    "cartesaldirector",
    "cartesdelslectors",
    "iritzia",
    "iritziak",
    "zutabea",
    "zutabeak",
    // ga (more)
    "tuairim",
    "tuairimi",
    "eagarfhocal",
    "colun",
    "sylwebaeth",
    "golygyddol",
    "colofn",
    // is (more)
    "pistill",
    "pistlar",
    "alit",
    "aðsendgrein",
    "aðsendargreinar",
    "sjonarhorn",
    // lb (more)
    "meenung",
    "meenungen",
    "opinjoni",
    "opinjonijiet",
    "editorjal",
    "kummentarju",
    "pikepamje",
    "kendveshtrim",
    // af (more)
    "menings",
    "hoofartikel",
    "redaksioneel",
    "lesersbriewe",
    // mn (more)
    "үзэлбодол",
    "саналбодол",
    // km (more)
    "មតិ",
    "មតិយោបល់",
    "ទស្សនៈ",
    // my (more)
    "အယ်ဒီတာ့အာဘော်",
    "အမြင်",
    "ထင်မြင်ချက်",
];

/// Labels of news that fold to an opinion label or start with an opinion stem, in [`fold_key`]
/// form: "Kronika" (the news of the day in Polish, Croatian, Slovene, Czech), unless written
/// with the Swedish "ö" ("Krönika", a column), and "Chronique judiciaire" (court reporting).
pub const NEWS_LOOKALIKES: &[&str] = &["kronika", "kroniky", "chroniquejudiciaire", "chroniquesjudiciaires"];

/// Stems that mark opinion wherever a word of a label starts with them ("Opinion & Analysis",
/// "Columnists", "Köşe Yazıları", "Gastkommentare"), also in a feed item's topic tags. Each is
/// the start of an entry of [`OPINION_SECTIONS`] (a test checks it), in [`fold_key`] form except
/// for the hyphen of "op-ed", which a label keeps.
pub const OPINION_STEMS: &[&str] = &[
    "opinion",
    "opinio",
    "opinie",
    "opinia",
    "meinung",
    "kommentar",
    "gastkommentar",
    "gastbeitrag",
    "leitartikel",
    "column",
    "coluna",
    "kolumn",
    "editorial",
    "op-ed",
    "oped",
    "yazarlar",
    "kose",
    "gorus",
    "мнени",
    "колонк",
    "колумн",
    "tribuna",
    "chronique",
    "idees",
    "commentary",
    "publicystyka",
    "felieton",
    "kronikk",
    "nuomon",
    "komentar",
    "klumme",
    "mielipi",
    "paakirjoitu",
    "nazor",
    "velemeny",
    "publicisztik",
    "misljenj",
    "mnenj",
    "standpunt",
    "коментар",
    "думк",
    "opini",
    "kolom",
    "דעות",
    "کالم",
];

/// Opinion labels in scripts written without spaces between words, found anywhere in a label.
pub const OPINION_UNSPACED: &[&str] = &[
    "رأي",
    "مقالات",
    "آراء",
    "اراء",
    "观点",
    "评论",
    "評論",
    "意見",
    "オピニオン",
    "社説",
    "사설",
    "칼럼",
    "오피니언",
    "विचार",
    "राय",
    "संपादकीय",
    "社论",
    "社論",
    "专栏",
    "專欄",
    "言论",
    "言論",
    "論説",
    "コラム",
    "시론",
    "ความคิดเห็น",
    "บทบรรณาธิการ",
    "คอลัมน์",
    "মতামত",
    "সম্পাদকীয়",
    "কলাম",
];

/// Section names of pieces that are neither opinion nor news: reviews, recipes, guides, how-tos,
/// products, podcasts, fiction and paid content (in [`fold_key`] form).
pub const OTHER_SECTIONS: &[&str] = &[
    "reviews",
    "review",
    "recipes",
    "recipe",
    "receitas",
    "receita",
    "recetas",
    "receta",
    "rezepte",
    "rezept",
    "recettes",
    "recette",
    "ricette",
    "ricetta",
    "przepisy",
    "przepis",
    "rezensionen",
    "rezension",
    "critiques",
    "resenas",
    "resena",
    "recensioni",
    "recensione",
    "guides",
    "guide",
    "guia",
    "guias",
    "guida",
    "gids",
    "poradnik",
    "rehber",
    "ratgeber",
    "howto",
    "tutorials",
    "tutorial",
    "tips",
    "tipps",
    "consejos",
    "astuces",
    "products",
    "product",
    "produkte",
    "podcast",
    "podcasts",
    "fiction",
    "lyrics",
    "deals",
    "shopping",
    "gastronomia",
    "gastronomie",
    "kochen",
    "cuisine",
    "travel",
    "reisen",
    "viajes",
    "tarifler",
    "yemektarifleri",
    "دليل",
    "دليلالمستهلك",
    "filmreview",
    "bookreview",
    "albumreview",
    "restaurantreview",
    "buyingguide",
    "bestbuys",
    "productreviews",
    "horoscope",
    "horoscopes",
    "puzzles",
    "crossword",
    "filmkritik",
    "buchkritik",
    "theaterkritik",
    "kaufberatung",
    "produkttest",
    "horoskop",
    "kreuzwortratsel",
    "guiadecompras",
    "horoscopo",
    "crucigrama",
    "guided'achat",
    "comparatif",
    "motscroises",
    "recensie",
    "recensies",
    "recept",
    "recepten",
    "koopgids",
    "horoscoop",
    "recenzja",
    "recenzje",
    "krzyzowka",
    "resenha",
    "palavrascruzadas",
    "guidaall'acquisto",
    "oroscopo",
    "cruciverba",
    "рецензия",
    "рецензии",
    "рецепт",
    "рецепты",
    "путеводитель",
    "каквыбрать",
    "гороскоп",
    "кроссворд",
    "tarif",
    "burc",
    "burclar",
    "burcyorumlari",
    "bulmaca",
    "ulasan",
    "resensi",
    "resep",
    "zodiak",
    "ramalanzodiak",
    "レビュー",
    "書評",
    "映画評",
    "レシピ",
    "占い",
    "星占い",
    "리뷰",
    "서평",
    "영화평",
    "레시피",
    "운세",
    "오늘의운세",
    "影评",
    "书评",
    "乐评",
    "测评",
    "评测",
    "菜谱",
    "食谱",
    "星座",
    "运势",
    "مراجعة",
    "نقدسينمائي",
    "وصفة",
    "وصفات",
    "الأبراج",
    "أبراج",
    "حظكاليوم",
];

/// Labels that, opening a headline before a colon ("Review: …", "Receta: …"), file the piece as a
/// review or a recipe (in [`fold_key`] form): a subset of [`OTHER_SECTIONS`] without the topics
/// ("Travel: …", "Podcast: …") that also head news.
pub const TITLE_OTHER_LABELS: &[&str] = &[
    "review",
    "rezension",
    "critique",
    "resena",
    "resenha",
    "recensione",
    "recenzja",
    "recipe",
    "rezept",
    "recept",
    "receta",
    "recette",
    "ricetta",
    "receita",
    "przepis",
];

/// Section names and labels of paid content, which is never the publication's own opinion or
/// news (in [`fold_key`] form).
pub const SPONSORED_SECTIONS: &[&str] = &[
    // fa, ar, he, uk, bg, sr: an advertiser's report, sponsored or marketing content, "on the
    // rights of advertising", a paid publication.
    "رپورتاژآگهی",
    "رپورتاژ",
    "محتوىمدعوم",
    "محتوىممول",
    "תוכןשיווקי",
    "תוכןממומן",
    "направахреклами",
    "партнерськийматеріал",
    "платенапубликация",
    "партньорскиматериал",
    "спонзорисано",
    "sponzorisano",
    "sponsored",
    "sponsoredcontent",
    "sponsoredpost",
    "sponsorcontent",
    "advertorial",
    "anzeige",
    "nativeadvert",
    "nativead",
    "publireportage",
    "patrocinado",
    "patrocinio",
    "publicidad",
    "publicite",
    "brandcontent",
    "brandedcontent",
    "partnercontent",
    "partner",
    "paidpost",
    "promoted",
    "sponsorizzato",
    "contenutosponsorizzato",
    "contenidopatrocinado",
    "conteudopatrocinado",
    "contenusponsorise",
    "sponsorise",
    "gesponsert",
    "reklama",
    "sponsorlu",
    "реклама",
    "광고",
    "広告",
    "赞助",
    "إعلان",
    "paidcontent",
    "brandstudio",
    "inpartnershipwith",
    "partnerinhalt",
    "verlagsbeilage",
    "sonderveroffentlichung",
    "inkooperationmit",
    "werbung",
    "publirreportaje",
    "contenidodemarca",
    "ofrecidopor",
    "contenupartenaire",
    "publiredactionnel",
    "publiinformation",
    "enpartenariatavec",
    "pubbliredazionale",
    "informazionepubblicitaria",
    "gesponsord",
    "gesponsordeinhoud",
    "partnerbijdrage",
    "artykulsponsorowany",
    "materialpartnera",
    "materialsponsorowany",
    "materialpromocyjny",
    "wspolpracareklamowa",
    "informepublicitario",
    "publieditorial",
    "conteudodemarca",
    "направахрекламы",
    "партнерскийматериал",
    "партнёрскийматериал",
    "спецпроект",
    "спецпроекты",
    "sponsorluicerik",
    "kontenbersponsor",
    "広告企画",
    "記事広告",
    "スポンサード",
    "애드버토리얼",
    "赞助内容",
    "محتوىمدفوع",
    "محتوىبرعاية",
    "محتوىإعلاني",
];

/// How headlines of guides, recipes and reviews begin or end (lowercase).
pub const OTHER_TITLE_MARKERS: &[&str] = &[
    "how to ",
    "recipe",
    "rezept",
    "receta",
    "recette",
    "ricetta",
    "receita",
    "przepis",
    "a guide to",
    "the ultimate guide",
    "beginner's guide",
    "guía",
    "guida ",
    "ratgeber",
    "anleitung",
    "poradnik",
    "tutorial",
    "review:",
    " review",
    "reseña",
    "im test",
    "test:",
];

/// The voice of a text, in about thirty languages (lowercase words): first-person pronouns
/// (singular here, plural in [`FIRST_PERSON_PLURAL`]), second-person pronouns, argument markers (modals of obligation, verbs of belief) and
/// reporting markers (verbs of saying, "according to"). Quoted speech is not the writer's voice
/// and is skipped by whoever counts them. The lists are read without knowing the language, so a
/// word that is a common word of another language is left out: French "du" (of the; German
/// "you") and "mes" (Spanish "month"), Italian "ma" (but; French "my"), German "war" (was),
/// English "min" (minutes), Portuguese "nas" (in the; Polish "us"), Polish "ta" (this), French
/// "mai" (May), Italian "stato" and Spanish "estado" (been), Italian "lei" (she; Portuguese
/// "law"), Romanian "mei" (my; Dutch "May"), "mi" (Spanish "my", Hungarian and Turkish "what"),
/// Finnish "te" (you; Dutch "to"), Croatian "nam" (us; Vietnamese "south"), "mene", "meni" (me;
/// Finnish "go", "went"), "jer" (because; Danish "you"), "sabor" (parliament; Spanish "taste"),
/// Indonesian "dpr" (an acronym). A few words that are pronouns in one language and another word in a language
/// whose letters tell it apart count only where the text's letters allow
/// ([`VOICE_LETTER_CONDITIONS`]: French "je" is Czech and Croatian "is"). English "I" counts
/// only written as a capital (Italian "i", the; Polish and Croatian "i", and).
///
/// Languages, after the first fifteen: Arabic, Persian, Hebrew, Greek, Ukrainian, Bulgarian,
/// Serbian, Czech, Slovak, Croatian, Hungarian, Romanian, Indonesian and Malay, Vietnamese (one
/// syllable a word: only syllables that are words by themselves), Finnish, Korean and Hindi.
/// Korean attaches its particles to the word ("정부는", the government + topic): a Hangul word
/// not found is looked up again without one particle ([`KOREAN_PARTICLES`]), so the Korean
/// entries are stems ("정부", "우리"), except the pronouns "나" (I) and "저" (I; also "that"),
/// listed with their particles ("나는", "저는", "제가"). Persian's zero-width non-joiner ends a
/// word ("نمی‌کنم" reads "نمی", "کنم"). Languages written without spaces (Chinese, Japanese,
/// Thai) are read by substring ([`FIRST_PERSON_SINGULAR_UNSPACED`]).
pub const FIRST_PERSON_SINGULAR: &[&str] = &[
    "i",
    "me",
    "my",
    "mine",
    "myself",
    "ich",
    "mich",
    "mir",
    "mein",
    "meine",
    "meinen",
    "meinem",
    "meiner",
    "je",
    "moi",
    "mon",
    "yo",
    "mí",
    "mis",
    "eu",
    "meu",
    "minha",
    "meus",
    "minhas",
    "io",
    "mio",
    "mia",
    "miei",
    "mie",
    "mnie",
    "mój",
    "moja",
    "moje",
    "my",
    "ik",
    "mij",
    "mijn",
    "jag",
    "mig",
    "mitt",
    "я",
    "меня",
    "мне",
    "мой",
    "моя",
    "моё",
    "мои",
    "ben",
    "benim",
    // ar
    "أنا",
    "انا",
    "إنني",
    "انني",
    "أنني",
    "نفسي",
    "رأيي",
    // fa ("من", I, and "ما", we, are Arabic "from" and "what": [`VOICE_LETTER_CONDITIONS`])
    "من",
    "خودم",
    "بنده",
    "نظرم",
    "هستم",
    "بودم",
    "کنم",
    "دانم",
    "خواهم",
    // he
    "אני",
    "שלי",
    "אותי",
    "עצמי",
    // el
    "εγώ",
    "μου",
    "εμένα",
    // uk, bg, sr, mk
    "мені",
    "мій",
    "моє",
    "мої",
    "ми",
    "аз",
    "мен",
    "моят",
    "моята",
    "ја",
    "мој",
    "моја",
    "јас",
    // cs, sk, hr, sr (Latin)
    "já",
    "mě",
    "mně",
    "můj",
    "jsem",
    "moji",
    "moj",
    "ja",
    // hu
    "engem",
    "nekem",
    "szerintem",
    // ro
    "mea",
    // id, ms
    "saya",
    "aku",
    // vi
    "tôi",
    // fi
    "minä",
    "minun",
    "minua",
    "minulle",
    "olen",
    // ko
    "나는",
    "내가",
    "나도",
    "나를",
    "나의",
    "저는",
    "제가",
    "저도",
    "저를",
    "저의",
    // hi
    "मैं",
    "मुझे",
    "मेरा",
    "मेरी",
    "मेरे",
];
/// First-person plural pronouns ("we", "wir", "nous", …; see [`FIRST_PERSON_SINGULAR`]): an institution's or a
/// campaign's voice, where the singular is a writer's own. Polish "my" is left out (English "my"
/// is singular and far more common).
pub const FIRST_PERSON_PLURAL: &[&str] = &[
    "we",
    "us",
    "our",
    "ours",
    "ourselves",
    "wir",
    "uns",
    "unser",
    "unsere",
    "unseren",
    "nous",
    "notre",
    "nos",
    "nosotros",
    "nosotras",
    "nuestro",
    "nuestra",
    "nuestros",
    "nuestras",
    "nós",
    "nosso",
    "nossa",
    "nossos",
    "nossas",
    "noi",
    "nostro",
    "nostra",
    "nostri",
    "nostre",
    "nasz",
    "nasza",
    "nasze",
    "wij",
    "ons",
    "onze",
    "vi",
    "oss",
    "vår",
    "мы",
    "нас",
    "нам",
    "наш",
    "наша",
    "наши",
    "biz",
    "bizim",
    // ar
    "نحن",
    "إننا",
    "اننا",
    "لنا",
    "علينا",
    // fa
    "ما",
    "خودمان",
    "هستیم",
    "کنیم",
    "بودیم",
    // he
    "אנחנו",
    "אנו",
    "שלנו",
    "לנו",
    "אותנו",
    // el
    "εμείς",
    "μας",
    // uk, bg, sr
    "наше",
    "наші",
    "нам",
    "ние",
    "нашата",
    "нашият",
    "нашите",
    // cs, sk, hr
    "nás",
    "náš",
    "naše",
    "jsme",
    "sme",
    "naš",
    "naša",
    // hu
    "minket",
    "nekünk",
    // ro
    "nostru",
    "noastră",
    "noștri",
    // id, ms
    "kami",
    "kita",
    // fi
    "meidän",
    "meille",
    "meitä",
    // ko
    "우리",
    "저희",
    // hi
    "हम",
    "हमें",
    "हमारा",
    "हमारी",
    "हमारे",
];
/// Second-person pronouns (see [`FIRST_PERSON_SINGULAR`]).
pub const SECOND_PERSON: &[&str] = &[
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "dich",
    "dir",
    "dein",
    "deine",
    "deinen",
    "euch",
    "euer",
    "tu",
    "toi",
    "ton",
    "tes",
    "vous",
    "votre",
    "vos",
    "tú",
    "tus",
    "usted",
    "ustedes",
    "você",
    "vocês",
    "teu",
    "tua",
    "tuo",
    "voi",
    "vostro",
    "vostra",
    "ty",
    "twój",
    "twoja",
    "wy",
    "wasz",
    "jouw",
    "jij",
    "uw",
    "ты",
    "тебя",
    "твой",
    "вы",
    "вас",
    "ваш",
    "sen",
    "senin",
    "siz",
    "sizin",
    // ar
    "أنت",
    "أنتم",
    "انت",
    "انتم",
    "لكم",
    "عليكم",
    // fa
    "شما",
    "خودتان",
    "هستید",
    // he
    "אתה",
    "אתם",
    "שלך",
    "שלכם",
    "לכם",
    "אתכם",
    // el
    "εσύ",
    "σου",
    "εσείς",
    "σας",
    // uk, bg, sr
    "ти",
    "твій",
    "твоя",
    "ви",
    "ваша",
    "ваші",
    "вие",
    "твоят",
    // cs, sk, hr
    "tvůj",
    "váš",
    "vaše",
    "jste",
    "vy",
    // hu
    "önök",
    "neked",
    "titeket",
    // ro
    "tău",
    "dumneavoastră",
    "voastră",
    // id, ms
    "anda",
    "kamu",
    "engkau",
    "awak",
    // vi
    "bạn",
    // fi
    "sinä",
    "sinun",
    "sinua",
    "teidän",
    // ko
    "당신",
    "여러분",
    "너는",
    "네가",
    "너의",
    // hi
    "आप",
    "आपका",
    "आपकी",
    "आपके",
    "तुम",
    "तुम्हारा",
];
/// Argument markers (see [`FIRST_PERSON_SINGULAR`]).
pub const ARGUMENT_MARKERS: &[&str] = &[
    "should",
    "shouldn't",
    "must",
    "mustn't",
    "ought",
    "believe",
    "argue",
    "wrong",
    "clearly",
    "surely",
    "absurd",
    "shame",
    "instead",
    "nonsense",
    "sollte",
    "sollten",
    "müssen",
    "muss",
    "müsste",
    "müssten",
    "glaube",
    "falsch",
    "leider",
    "endlich",
    "devrait",
    "devraient",
    "doit",
    "doivent",
    "faut",
    "crois",
    "pense",
    "absurde",
    "hélas",
    "debería",
    "deberían",
    "debe",
    "deben",
    "creo",
    "pienso",
    "absurdo",
    "lamentablemente",
    "deveria",
    "deveriam",
    "deve",
    "devem",
    "acredito",
    "penso",
    "precisamos",
    "dovrebbe",
    "dovrebbero",
    "devono",
    "credo",
    "assurdo",
    "purtroppo",
    "bisogna",
    "occorre",
    "powinien",
    "powinna",
    "powinni",
    "powinniśmy",
    "musimy",
    "trzeba",
    "należy",
    "uważam",
    "sądzę",
    "должны",
    "должен",
    "следует",
    "считаю",
    "думаю",
    "надо",
    "нужно",
    "gerekir",
    "gerekiyor",
    "gerekmiyor",
    "gerekmez",
    "lazım",
    "bence",
    "moet",
    "moeten",
    "zou",
    "zouden",
    "vind",
    "borde",
    "måste",
    "tycker",
    "bör",
    "anser",
    // ar
    "يجب",
    "ينبغي",
    "أعتقد",
    "اعتقد",
    "أرى",
    "أظن",
    "يتعين",
    // fa
    "باید",
    "نباید",
    "معتقدم",
    // he
    "צריך",
    "צריכה",
    "צריכים",
    "חייב",
    "חייבת",
    "חייבים",
    "לדעתי",
    "מאמין",
    "מאמינה",
    "חושב",
    "חושבת",
    "ראוי",
    // el
    "πρέπει",
    "έπρεπε",
    "πιστεύω",
    "νομίζω",
    "θεωρώ",
    // uk, bg, sr
    "повинні",
    "повинен",
    "потрібно",
    "треба",
    "вважаю",
    "трябва",
    "смятам",
    "мисля",
    "морамо",
    // cs, sk, hr
    "musí",
    "musíme",
    "měli",
    "myslím",
    "musia",
    "treba",
    "trebalo",
    "trebamo",
    "moramo",
    "smatram",
    "mislim",
    // hu
    "kell",
    "kellene",
    "kellett",
    "gondolom",
    "hiszem",
    // ro
    "trebuie",
    "trebui",
    "cred",
    // id, ms
    "harus",
    "seharusnya",
    "sebaiknya",
    "perlu",
    "mesti",
    "patut",
    // vi
    "phải",
    "nên",
    "cần",
    // fi
    "täytyy",
    "pitäisi",
    "pitää",
    "mielestäni",
    "uskon",
    // ko
    "해야",
    "해야한다",
    "생각한다",
    "생각합니다",
    "믿는다",
    "마땅하다",
    // hi
    "चाहिए",
    "ज़रूरी",
    "जरूरी",
    "मानता",
    "मानती",
];
/// Reporting markers (see [`FIRST_PERSON_SINGULAR`]).
pub const REPORTING_MARKERS: &[&str] = &[
    "said",
    "says",
    "told",
    "according",
    "announced",
    "reported",
    "added",
    "stated",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "officials",
    "sagte",
    "sagt",
    "erklärte",
    "mitteilte",
    "laut",
    "berichtete",
    "sprecher",
    "sprecherin",
    "déclaré",
    "selon",
    "indiqué",
    "annoncé",
    "affirmé",
    "porte-parole",
    "précisé",
    "dijo",
    "afirmó",
    "según",
    "informó",
    "señaló",
    "aseguró",
    "indicó",
    "explicó",
    "portavoz",
    "disse",
    "afirmou",
    "segundo",
    "informou",
    "declarou",
    "porta-voz",
    "detto",
    "secondo",
    "dichiarato",
    "annunciato",
    "portavoce",
    "powiedział",
    "powiedziała",
    "według",
    "poinformował",
    "poinformowała",
    "rzecznik",
    "сказал",
    "заявил",
    "сообщил",
    "сообщила",
    "отметил",
    "dedi",
    "açıkladı",
    "belirtti",
    "zei",
    "volgens",
    "aldus",
    "woordvoerder",
    "säger",
    "sade",
    "enligt",
    "uppger",
    // ar
    "قال",
    "وقال",
    "قالت",
    "وقالت",
    "أضاف",
    "وأضاف",
    "وأضافت",
    "أعلن",
    "وأعلن",
    "أكد",
    "وأكد",
    "وفقا",
    "وفقاً",
    "بحسب",
    "أفاد",
    "وأفاد",
    "صرح",
    "المتحدث",
    // fa
    "گفت",
    "افزود",
    "گفته",
    "سخنگوی",
    "گزارش",
    // he
    "אמר",
    "אמרה",
    "לדברי",
    "הודיע",
    "הודיעה",
    "מסר",
    "מסרה",
    "דובר",
    "דוברת",
    "ציין",
    "ציינה",
    "הוסיף",
    "הוסיפה",
    "נמסר",
    // el
    "είπε",
    "δήλωσε",
    "σύμφωνα",
    "ανέφερε",
    "ανακοίνωσε",
    "πρόσθεσε",
    "εκπρόσωπος",
    // uk, bg, sr
    "сказав",
    "заявив",
    "повідомив",
    "повідомила",
    "зазначив",
    "заявила",
    "каза",
    "заяви",
    "съобщи",
    "според",
    "рекао",
    "изјавио",
    // cs, sk, hr
    "řekl",
    "uvedl",
    "uvedla",
    "podle",
    "sdělil",
    "oznámil",
    "mluvčí",
    "povedal",
    "uviedol",
    "podľa",
    "rekao",
    "rekla",
    "izjavio",
    "kazao",
    "glasnogovornik",
    // hu
    "mondta",
    "szerint",
    "közölte",
    "hangsúlyozta",
    // ro
    "potrivit",
    "spus",
    "declarat",
    "anunțat",
    "anunţat",
    "purtătorul",
    // id, ms
    "kata",
    "katanya",
    "ujar",
    "ungkap",
    "mengatakan",
    "menyatakan",
    "menjelaskan",
    "menurut",
    // vi
    "theo",
    // fi
    "sanoi",
    "sanoo",
    "mukaan",
    "kertoi",
    "kertoo",
    "tiedotti",
    // ko
    "밝혔다",
    "말했다",
    "전했다",
    "따르면",
    "설명했다",
    "강조했다",
    "덧붙였다",
    "대변인",
    "관계자",
    // hi
    "कहा",
    "बताया",
    "अनुसार",
    "मुताबिक",
    "प्रवक्ता",
];

/// Connectives of an argument (see [`FIRST_PERSON_SINGULAR`]): "but", "however", "because", "why",
/// "perhaps". A report strings facts together; an argument weighs them. (English-looking words
/// of other languages, such as French "car" and Swedish "men", are left out.)
pub const CONTRAST_MARKERS: &[&str] = &[
    "but",
    "however",
    "yet",
    "therefore",
    "because",
    "though",
    "although",
    "rather",
    "instead",
    "why",
    "perhaps",
    "indeed",
    "aber",
    "doch",
    "jedoch",
    "denn",
    "sondern",
    "trotzdem",
    "dennoch",
    "warum",
    "vielleicht",
    "eigentlich",
    "eben",
    "zwar",
    "mais",
    "pourtant",
    "donc",
    "cependant",
    "pourquoi",
    "peut-être",
    "plutôt",
    "certes",
    "néanmoins",
    "pero",
    "embargo",
    "porque",
    "aunque",
    "quizás",
    "quizá",
    "tampoco",
    "porém",
    "contudo",
    "embora",
    "talvez",
    "ma",
    "però",
    "perché",
    "tuttavia",
    "eppure",
    "forse",
    "invece",
    "ale",
    "jednak",
    "dlaczego",
    "może",
    "przecież",
    "но",
    "однако",
    "потому",
    "почему",
    "зато",
    "maar",
    "echter",
    "want",
    "waarom",
    "misschien",
    "toch",
    "dock",
    "eftersom",
    "varför",
    "kanske",
    "ändå",
    "ama",
    "ancak",
    "fakat",
    "neden",
    "belki",
    // ar
    "لكن",
    "ولكن",
    "بل",
    "لماذا",
    "ربما",
    "لأن",
    "لذلك",
    "رغم",
    // fa
    "اما",
    "ولی",
    "زیرا",
    "چرا",
    "شاید",
    "چون",
    "بلکه",
    "هرچند",
    // he
    "אבל",
    "אולם",
    "אך",
    "למה",
    "מדוע",
    "אולי",
    "לכן",
    "דווקא",
    "למרות",
    // el
    "αλλά",
    "όμως",
    "γιατί",
    "ίσως",
    "ωστόσο",
    "επειδή",
    // uk, bg, sr
    "але",
    "проте",
    "чому",
    "можливо",
    "обаче",
    "защото",
    "защо",
    "зашто",
    "можда",
    "међутим",
    // cs, sk, hr
    "však",
    "protože",
    "proč",
    "možná",
    "pretože",
    "prečo",
    "možno",
    "međutim",
    "zašto",
    "možda",
    "ipak",
    // hu
    "azonban",
    "mert",
    "miért",
    "talán",
    "viszont",
    // ro
    "însă",
    "deoarece",
    "totuși",
    "totuşi",
    // id, ms
    "tetapi",
    "tapi",
    "namun",
    "karena",
    "kerana",
    "mengapa",
    "kenapa",
    "mungkin",
    // vi
    "nhưng",
    "vì",
    // fi
    "mutta",
    "koska",
    "miksi",
    "ehkä",
    "kuitenkin",
    "siksi",
    // ko
    "하지만",
    "그러나",
    "그런데",
    "왜",
    "아마",
    "오히려",
    "때문이다",
    // hi
    "लेकिन",
    "परंतु",
    "किंतु",
    "मगर",
    "क्योंकि",
    "क्यों",
    "शायद",
];
/// Negations (see [`FIRST_PERSON_SINGULAR`]): an argument says what is not so.
pub const NEGATIONS: &[&str] = &[
    "not",
    "never",
    "nothing",
    "no",
    "nobody",
    "isn't",
    "don't",
    "doesn't",
    "can't",
    "won't",
    "cannot",
    "nicht",
    "nie",
    "nichts",
    "kein",
    "keine",
    "keinen",
    "niemand",
    "pas",
    "jamais",
    "rien",
    "personne",
    "n'est",
    "nunca",
    "nada",
    "nadie",
    "ni",
    "não",
    "ninguém",
    "nem",
    "non",
    "niente",
    "nessuno",
    "nigdy",
    "nic",
    "nikt",
    "не",
    "никогда",
    "ничего",
    "нет",
    "никто",
    "niet",
    "nooit",
    "niets",
    "geen",
    "inte",
    "aldrig",
    "ingenting",
    "ingen",
    "değil",
    "hiç",
    "yok",
    // ar
    "لا",
    "لم",
    "لن",
    "ليس",
    "ليست",
    "أبدا",
    "أبداً",
    // fa
    "نه",
    "نیست",
    "نمی",
    "هرگز",
    "هیچ",
    // he
    "לא",
    "אין",
    "מעולם",
    "שום",
    "כלום",
    "אינו",
    "אינה",
    // el
    "δεν",
    "μην",
    "ποτέ",
    "τίποτα",
    "κανείς",
    // uk, bg, sr
    "ніколи",
    "нічого",
    "ніхто",
    "немає",
    "никога",
    "нищо",
    "никой",
    "няма",
    "никад",
    "ништа",
    "нико",
    "није",
    // cs, sk, hr
    "nikdy",
    "nikdo",
    "není",
    "nič",
    "nikto",
    "nikad",
    "nikada",
    "ništa",
    "nitko",
    "nije",
    // hu
    "soha",
    "semmi",
    "senki",
    "nincs",
    // ro
    "niciodată",
    "nimic",
    "nimeni",
    // id, ms
    "tidak",
    "bukan",
    "belum",
    // vi
    "không",
    "chưa",
    "chẳng",
    // fi
    "eivät",
    "emme",
    "koskaan",
    "mitään",
    "eikä",
    // ko
    "않는다",
    "않았다",
    "아니다",
    "없다",
    "결코",
    "전혀",
    // hi
    "नहीं",
];
/// Words of stance and judgement (see [`FIRST_PERSON_SINGULAR`]): "simply", "obviously", "absurd",
/// "unacceptable".
pub const STANCE_MARKERS: &[&str] = &[
    "simply",
    "obviously",
    "clearly",
    "really",
    "actually",
    "certainly",
    "surely",
    "truly",
    "frankly",
    "honestly",
    "absurd",
    "ridiculous",
    "outrageous",
    "unacceptable",
    "scandal",
    "disgrace",
    "einfach",
    "offensichtlich",
    "natürlich",
    "wirklich",
    "tatsächlich",
    "selbstverständlich",
    "skandal",
    "unerträglich",
    "simplement",
    "évidemment",
    "vraiment",
    "réellement",
    "franchement",
    "scandale",
    "inacceptable",
    "absurde",
    "simplemente",
    "obviamente",
    "realmente",
    "evidentemente",
    "escándalo",
    "inaceptable",
    "simplesmente",
    "escândalo",
    "inaceitável",
    "semplicemente",
    "ovviamente",
    "davvero",
    "scandalo",
    "inaccettabile",
    "oczywiście",
    "naprawdę",
    "просто",
    "очевидно",
    "действительно",
    "конечно",
    "gewoon",
    "natuurlijk",
    "echt",
    "självklart",
    "verkligen",
    // ar
    "بالتأكيد",
    "حقا",
    "حقاً",
    "ببساطة",
    "فضيحة",
    // fa
    "واقعا",
    "واقعاً",
    "قطعا",
    // he
    "באמת",
    "פשוט",
    "כמובן",
    // el
    "απλώς",
    "προφανώς",
    "πραγματικά",
    "φυσικά",
    // uk, bg, sr
    "справді",
    "звісно",
    "наистина",
    "разбира",
    // cs, sk, hr
    "samozřejmě",
    "opravdu",
    "skutečně",
    "jednoducho",
    "naozaj",
    "jednostavno",
    "stvarno",
    // hu
    "egyszerűen",
    "nyilvánvalóan",
    "valóban",
    "természetesen",
    // ro
    "evident",
    "într-adevăr",
    // id, ms
    "jelas",
    "tentu",
    "benar-benar",
    // fi
    "tietenkin",
    "todella",
    "yksinkertaisesti",
    // ko
    "분명히",
    "당연히",
    "정말",
    // hi
    "बिल्कुल",
    "सचमुच",
];

/// Words of a review's verdict (see [`FIRST_PERSON_SINGULAR`]): a rating, stars, pros and cons. A
/// reviewer argues in the first person too, but about a product, a film or a meal. (Words
/// for a price are left out: reports quote prices as often.)
pub const REVIEW_MARKERS: &[&str] = &[
    "verdict",
    "rating",
    "pros",
    "cons",
    "stars",
    "fazit",
    "bewertung",
    "sterne",
    "étoiles",
    "veredicto",
    "valoración",
    "estrellas",
    "veredito",
    "avaliação",
    "estrelas",
    "werdykt",
    "ocena",
    "оценка",
    "вердикт",
    "oordeel",
    "betyg",
    // ar
    "تقييم",
    "نجوم",
    // el
    "βαθμολογία",
    // cs, sk, hr
    "hodnocení",
    "hodnotenie",
    // hu
    "értékelés",
    // ro
    "verdict",
    // id, ms
    "ulasan",
    // fi
    "arvosana",
    // ko
    "별점",
    "평점",
    // hi
    "रेटिंग",
];

/// Words of public affairs (see [`FIRST_PERSON_SINGULAR`]): government, politics, society, law and
/// rights, elections, the economy, war. An opinion piece argues about the common good; a diary, a
/// tutorial or a travel guide written in the same first person seldom names these. (A report names
/// them too, but reports, unlike columns, also quote and attribute.)
pub const PUBLIC_MARKERS: &[&str] = &[
    // en
    "government",
    "governments",
    "politics",
    "political",
    "politicians",
    "politician",
    "policy",
    "policies",
    "society",
    "democracy",
    "democratic",
    "citizens",
    "election",
    "elections",
    "voters",
    "parliament",
    "congress",
    "minister",
    "president",
    "law",
    "laws",
    "rights",
    "justice",
    "freedom",
    "liberty",
    "inequality",
    "poverty",
    "capitalism",
    "economy",
    "crisis",
    "nation",
    "public",
    "taxes",
    "reform",
    "elites",
    "corruption",
    "council",
    "councillors",
    "mayor",
    "municipality",
    "schools",
    "hospitals",
    "police",
    "housing",
    "taxpayers",
    // de
    "regierung",
    "staat",
    "politik",
    "politisch",
    "politische",
    "politischen",
    "politiker",
    "gesellschaft",
    "demokratie",
    "bürger",
    "bürgerinnen",
    "wahl",
    "wahlen",
    "parlament",
    "bundestag",
    "minister",
    "präsident",
    "gesetz",
    "gesetze",
    "rechte",
    "gerechtigkeit",
    "freiheit",
    "ungleichheit",
    "armut",
    "kapitalismus",
    "wirtschaft",
    "krise",
    "krieg",
    "öffentlichkeit",
    "steuern",
    "reform",
    "eliten",
    "korruption",
    "gemeinderat",
    "stadtrat",
    "bürgermeister",
    "gemeinde",
    "schulen",
    "polizei",
    "wohnungen",
    "steuerzahler",
    // fr
    "gouvernement",
    "état",
    "politique",
    "politiques",
    "société",
    "démocratie",
    "citoyens",
    "élection",
    "élections",
    "parlement",
    "ministre",
    "président",
    "loi",
    "lois",
    "droits",
    "justice",
    "liberté",
    "inégalités",
    "pauvreté",
    "capitalisme",
    "économie",
    "crise",
    "guerre",
    "impôts",
    "réforme",
    "élites",
    "maire",
    "mairie",
    "commune",
    "écoles",
    "hôpital",
    "logement",
    // es
    "gobierno",
    "política",
    "políticos",
    "sociedad",
    "democracia",
    "ciudadanos",
    "elecciones",
    "parlamento",
    "congreso",
    "ministro",
    "presidente",
    "ley",
    "leyes",
    "derechos",
    "justicia",
    "libertad",
    "desigualdad",
    "pobreza",
    "capitalismo",
    "economía",
    "crisis",
    "guerra",
    "impuestos",
    "reforma",
    "corrupción",
    "ayuntamiento",
    "alcalde",
    "municipio",
    "escuelas",
    "vivienda",
    "policía",
    // pt
    "governo",
    "sociedade",
    "cidadãos",
    "eleições",
    "direitos",
    "justiça",
    "liberdade",
    "desigualdade",
    "pobreza",
    "economia",
    "crise",
    "impostos",
    "corrupção",
    "prefeitura",
    "prefeito",
    "câmara",
    "escolas",
    "habitação",
    // it
    "politica",
    "società",
    "democrazia",
    "cittadini",
    "elezioni",
    "legge",
    "diritti",
    "giustizia",
    "libertà",
    "disuguaglianza",
    "povertà",
    "crisi",
    "tasse",
    "riforma",
    "corruzione",
    "comune",
    "sindaco",
    "scuole",
    "ospedali",
    // pl
    "rząd",
    "państwo",
    "polityka",
    "polityki",
    "społeczeństwo",
    "demokracja",
    "obywatele",
    "wybory",
    "sejm",
    "prezydent",
    "ustawa",
    "prawa",
    "sprawiedliwość",
    "wolność",
    "nierówności",
    "bieda",
    "gospodarka",
    "kryzys",
    "wojna",
    "podatki",
    "reforma",
    "korupcja",
    "gmina",
    "burmistrz",
    "samorząd",
    "szkoły",
    "mieszkania",
    // nl
    "regering",
    "overheid",
    "samenleving",
    "democratie",
    "burgers",
    "verkiezingen",
    "wet",
    "rechten",
    "vrijheid",
    "ongelijkheid",
    "armoede",
    "economie",
    "oorlog",
    "belastingen",
    "hervorming",
    // sv, da, no
    "regeringen",
    "staten",
    "politiken",
    "samhället",
    "demokratin",
    "medborgare",
    "valet",
    "lagen",
    "rättvisa",
    "frihet",
    "ojämlikhet",
    "fattigdom",
    "ekonomin",
    "kriget",
    "skatter",
    "samfundet",
    "samfunnet",
    "demokrati",
    "borgere",
    "regjeringen",
    "skatt",
    // ru, uk
    "правительство",
    "государство",
    "политика",
    "политики",
    "общество",
    "демократия",
    "граждане",
    "выборы",
    "парламент",
    "министр",
    "президент",
    "закон",
    "права",
    "справедливость",
    "свобода",
    "неравенство",
    "бедность",
    "экономика",
    "кризис",
    "война",
    "налоги",
    "реформа",
    "коррупция",
    "влада",
    "держава",
    "суспільство",
    "громадяни",
    "вибори",
    "війна",
    // tr
    "hükümet",
    "devlet",
    "siyaset",
    "toplum",
    "demokrasi",
    "vatandaşlar",
    "seçim",
    "seçimler",
    "meclis",
    "bakan",
    "cumhurbaşkanı",
    "yasa",
    "hukuk",
    "haklar",
    "adalet",
    "özgürlük",
    "eşitsizlik",
    "yoksulluk",
    "ekonomi",
    "kriz",
    "savaş",
    "vergi",
    "yolsuzluk",
    "vatandaş",
    "halk",
    "belediye",
    "bakanlık",
    "kanun",
    "anayasa",
    "iktidar",
    "muhalefet",
    "polis",
    "okullar",
    "hastaneler",
    "konut",
    // cs, hu, ro, id
    "vláda",
    "společnost",
    "demokracie",
    "volby",
    "zákon",
    "svoboda",
    "kormány",
    "társadalom",
    "demokrácia",
    "választás",
    "guvernul",
    "societatea",
    "democrația",
    "alegeri",
    "pemerintah",
    "masyarakat",
    "demokrasi",
    "pemilu",
    "rakyat",
    // ar
    "الحكومة",
    "حكومة",
    "الدولة",
    "المجتمع",
    "الديمقراطية",
    "المواطنين",
    "المواطنون",
    "الانتخابات",
    "البرلمان",
    "الوزير",
    "الرئيس",
    "القانون",
    "الحقوق",
    "العدالة",
    "الحرية",
    "الفقر",
    "الاقتصاد",
    "الأزمة",
    "الحرب",
    "الضرائب",
    "الفساد",
    "السياسة",
    "الشعب",
    // fa
    "دولت",
    "مردم",
    "جامعه",
    "انتخابات",
    "مجلس",
    "وزیر",
    "قانون",
    "حقوق",
    "آزادی",
    "اقتصاد",
    "جنگ",
    "سیاست",
    // he
    "הממשלה",
    "ממשלה",
    "המדינה",
    "דמוקרטיה",
    "הדמוקרטיה",
    "אזרחים",
    "האזרחים",
    "בחירות",
    "הבחירות",
    "הכנסת",
    "השר",
    "החוק",
    "זכויות",
    "הכלכלה",
    "כלכלה",
    "המלחמה",
    "מלחמה",
    "שחיתות",
    "העירייה",
    // el
    "κυβέρνηση",
    "κοινωνία",
    "δημοκρατία",
    "πολίτες",
    "εκλογές",
    "βουλή",
    "υπουργός",
    "πρόεδρος",
    "νόμος",
    "δικαιώματα",
    "οικονομία",
    "κρίση",
    "πόλεμος",
    "διαφθορά",
    // uk, bg, sr
    "уряд",
    "уряду",
    "демократія",
    "громадян",
    "економіка",
    "криза",
    "міністр",
    "правителството",
    "държавата",
    "обществото",
    "демокрация",
    "избори",
    "икономика",
    "министър",
    "влада",
    "друштво",
    "држава",
    "рат",
    // cs, sk, hr
    "vlády",
    "společnosti",
    "ekonomika",
    "krize",
    "válka",
    "ministr",
    "prezident",
    "spoločnosť",
    "voľby",
    "vlada",
    "društvo",
    "demokracija",
    "izbori",
    "ministar",
    "predsjednik",
    // hu
    "kormány",
    "kormányt",
    "társadalom",
    "választások",
    "törvény",
    "gazdaság",
    "válság",
    "háború",
    "miniszter",
    // ro
    "guvernului",
    "parlamentul",
    "ministrul",
    "președintele",
    "legea",
    "drepturile",
    "criza",
    "război",
    "corupția",
    // id, ms
    "negara",
    "presiden",
    "menteri",
    "ekonomi",
    "krisis",
    "perang",
    "kerajaan",
    // vi
    "luật",
    // fi
    "hallitus",
    "hallituksen",
    "yhteiskunta",
    "demokratia",
    "kansalaiset",
    "vaalit",
    "eduskunta",
    "ministeri",
    "talous",
    "sota",
    // ko
    "정부",
    "국회",
    "대통령",
    "국민",
    "시민",
    "사회",
    "민주주의",
    "선거",
    "경제",
    "정치",
    "법",
    "권리",
    "전쟁",
    // hi
    "सरकार",
    "समाज",
    "लोकतंत्र",
    "चुनाव",
    "संसद",
    "मंत्री",
    "प्रधानमंत्री",
    "कानून",
    "क़ानून",
    "अधिकार",
    "अर्थव्यवस्था",
    "युद्ध",
];

/// Words of a narrative's time (see [`FIRST_PERSON_SINGULAR`]): the hours and meals of a day,
/// "yesterday", and the connectives that move a story on ("then", "afterwards", "suddenly"). A
/// diary, a travel log or a story tells what happened next; a column weighs what should be.
/// French "hier" (yesterday) is left out: it is German and Dutch "here".
pub const NARRATIVE_MARKERS: &[&str] = &[
    // en
    "yesterday",
    "morning",
    "evening",
    "afternoon",
    "tonight",
    "breakfast",
    "lunch",
    "dinner",
    "then",
    "afterwards",
    "later",
    "suddenly",
    "weekend",
    "o'clock",
    // de
    "gestern",
    "morgens",
    "vormittag",
    "nachmittag",
    "abend",
    "abends",
    "nacht",
    "frühstück",
    "mittagessen",
    "dann",
    "danach",
    "später",
    "plötzlich",
    "wochenende",
    // fr
    "matin",
    "après-midi",
    "soir",
    "soirée",
    "nuit",
    "petit-déjeuner",
    "déjeuner",
    "dîner",
    "puis",
    "ensuite",
    "soudain",
    "week-end",
    // es, pt
    "ayer",
    "mañana",
    "tarde",
    "noche",
    "desayuno",
    "almuerzo",
    "luego",
    "después",
    "entonces",
    "ontem",
    "manhã",
    "noite",
    "almoço",
    "jantar",
    "depois",
    "então",
    // it
    "ieri",
    "mattina",
    "pomeriggio",
    "sera",
    "notte",
    "colazione",
    "pranzo",
    "poi",
    "dopo",
    "allora",
    "improvvisamente",
    // pl
    "wczoraj",
    "rano",
    "popołudniu",
    "wieczór",
    "wieczorem",
    "nocą",
    "śniadanie",
    "obiad",
    "kolacja",
    "potem",
    "później",
    "nagle",
    // ru
    "вчера",
    "утром",
    "утро",
    "днём",
    "вечером",
    "вечер",
    "ночью",
    "завтрак",
    "обед",
    "ужин",
    "потом",
    "затем",
    "позже",
    "вдруг",
    // nl, sv
    "gisteren",
    "ochtend",
    "middag",
    "avond",
    "ontbijt",
    "diner",
    "daarna",
    "plotseling",
    "igår",
    "morgonen",
    "eftermiddag",
    "kväll",
    "kvällen",
    "natt",
    "frukost",
    "sedan",
    "senare",
    "plötsligt",
    "helgen",
    // tr
    "dün",
    "sabah",
    "akşam",
    "gece",
    "kahvaltı",
    "sonra",
    "ardından",
    "birden",
    // ar
    "أمس",
    "صباح",
    "الصباح",
    "مساء",
    "المساء",
    "ثم",
    "فجأة",
    "الغداء",
    "العشاء",
    // fa
    "دیروز",
    "صبح",
    "شب",
    "سپس",
    "ناگهان",
    "ناهار",
    // he
    "אתמול",
    "בבוקר",
    "בערב",
    "בלילה",
    "ואז",
    "פתאום",
    // el
    "χθες",
    "πρωί",
    "βράδυ",
    "ξαφνικά",
    "ύστερα",
    // uk, bg, sr
    "вчора",
    "вранці",
    "ввечері",
    "раптом",
    "сутринта",
    "вечерта",
    "изведнъж",
    "јуче",
    "ујутру",
    "увече",
    "касније",
    // cs, sk, hr
    "včera",
    "ráno",
    "večer",
    "potom",
    "najednou",
    "jučer",
    "juče",
    "ujutro",
    "navečer",
    "kasnije",
    "odjednom",
    // hu
    "tegnap",
    "reggel",
    "délután",
    "aztán",
    "később",
    "hirtelen",
    // ro
    "dimineața",
    "dimineaţa",
    "seara",
    "apoi",
    "brusc",
    // id, ms
    "kemarin",
    "pagi",
    "malam",
    "siang",
    "kemudian",
    "tiba-tiba",
    "semalam",
    // vi
    "sáng",
    "chiều",
    "tối",
    "bỗng",
    // fi
    "eilen",
    "aamulla",
    "illalla",
    "sitten",
    "myöhemmin",
    "yhtäkkiä",
    // ko
    "어제",
    "아침",
    "저녁",
    "오후",
    "갑자기",
    "나중에",
    // hi
    "सुबह",
    "शाम",
    "फिर",
    "अचानक",
];

/// Letters of a text that tell languages apart for [`VOICE_LETTER_CONDITIONS`]
/// ([`voice_letters`]): Czech, Slovak, Croatian, Slovene, Polish (č, š, ř, ł, ż, …).
pub const LETTERS_SLAVIC: u8 = 1;
/// Turkish letters (ı, ğ, ş).
pub const LETTERS_TURKISH: u8 = 2;
/// Romanian letters (ș, ț, ă).
pub const LETTERS_ROMANIAN: u8 = 4;
/// Vietnamese letters (ư, ơ and the Latin Extended Additional vowels: ạ, ế, ộ, …).
pub const LETTERS_VIETNAMESE: u8 = 8;
/// Any Latin letter with a diacritic (À to ɏ, and Latin Extended Additional): Indonesian and
/// Malay are written without.
pub const LETTERS_DIACRITIC: u8 = 16;
/// Persian letters not used in Arabic (پ, چ, ژ, گ, and the Persian forms ی and ک).
pub const LETTERS_PERSIAN: u8 = 32;
/// Arabic letters not used in Persian (ة, and the Arabic forms ي, ى and ك).
pub const LETTERS_ARABIC: u8 = 64;
/// Vowels with a grave, acute, circumflex or tilde accent, and ç (French, Italian, Spanish,
/// Portuguese, Romanian; also Czech and Hungarian acutes and Vietnamese): Finnish, German and
/// Swedish umlauts are not.
pub const LETTERS_ROMANCE: u8 = 128;

/// The `LETTERS_*` groups a character belongs to (0 for most, and for every ASCII character).
pub fn voice_letters(c: char) -> u8 {
    match c {
        'č' | 'Č' | 'ć' | 'Ć' | 'ř' | 'Ř' | 'ě' | 'Ě' | 'ů' | 'Ů' | 'ň' | 'Ň' | 'ť' | 'Ť' | 'ď' | 'Ď' | 'ľ' | 'Ľ'
        | 'ł' | 'Ł' | 'ś' | 'Ś' | 'ź' | 'Ź' | 'ż' | 'Ż' | 'ń' | 'Ń' | 'ą' | 'Ą' | 'ę' | 'Ę' | 'š' | 'Š' | 'ž' | 'Ž' => {
            LETTERS_SLAVIC | LETTERS_DIACRITIC
        }
        'ı' | 'İ' | 'ğ' | 'Ğ' | 'ş' | 'Ş' => LETTERS_TURKISH | LETTERS_DIACRITIC,
        'ș' | 'Ș' | 'ț' | 'Ț' | 'ă' | 'Ă' => LETTERS_ROMANIAN | LETTERS_DIACRITIC,
        'ư' | 'Ư' | 'ơ' | 'Ơ' | '\u{1EA0}'..='\u{1EF9}' => LETTERS_VIETNAMESE | LETTERS_DIACRITIC,
        'à' | 'á' | 'â' | 'ã' | 'ç' | 'è' | 'é' | 'ê' | 'ë' | 'ì' | 'í' | 'î' | 'ï' | 'ñ' | 'ò' | 'ó' | 'ô' | 'õ'
        | 'ù' | 'ú' | 'û' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ç' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ñ' | 'Ò'
        | 'Ó' | 'Ô' | 'Õ' | 'Ù' | 'Ú' | 'Û' => LETTERS_ROMANCE | LETTERS_DIACRITIC,
        '×' | '÷' => 0,
        '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => LETTERS_DIACRITIC,
        'پ' | 'چ' | 'ژ' | 'گ' | 'ی' | 'ک' => LETTERS_PERSIAN,
        'ة' | 'ي' | 'ى' | 'ك' => LETTERS_ARABIC,
        _ => 0,
    }
}

/// Words of the voice's lists that are another word in a language whose letters tell it apart:
/// `(word, letters required, letters excluded)`. The word counts only when the text has some
/// letters of a required group (if any) and none of an excluded one (a group counts when its
/// letters are at least one per hundred words, and two; a name such as "Dvořák" in a French
/// text does not make it Czech). French "je" (I) and German "mir" (me) are Czech, Slovak,
/// Croatian "is" and "peace"; Swedish "vi" (we) is Croatian and Romanian "you"; Romance "tu"
/// (you) is Polish and Czech "here" and Malay "that"; Czech and Polish "ty" (you) is part of
/// Vietnamese "công ty" (company); Turkish "sen", "senin" (you, your) are Finnish "its" and
/// Indonesian "Monday"; Italian "voi", "tuo", "tua" and French "toi" are Finnish "can", "that",
/// "brought" and Indonesian "old" (and "voi" Vietnamese "elephant"): they count in a text with
/// accented vowels, as Romance texts have and Finnish and Indonesian ones do not; Polish, Slovak and
/// Croatian "ja" (I) is German "yes" and Finnish "and", Czech "já" (I) Portuguese "already",
/// Czech "vy" (you) a Vietnamese name; Indonesian "kita" (we), "anda", "kamu"
/// (you), "kata" (said) are German "Kita", Turkish "at that moment", "public", Hungarian "Kata";
/// Indonesian "aku" (I) a Finnish name; Vietnamese "theo" (according to) is a name elsewhere; Persian "من" (I) and "ما" (we) are
/// Arabic "from" and "what".
pub const VOICE_LETTER_CONDITIONS: &[(&str, u8, u8)] = &[
    ("je", 0, LETTERS_SLAVIC),
    ("mir", 0, LETTERS_SLAVIC),
    ("vi", 0, LETTERS_SLAVIC | LETTERS_ROMANIAN),
    ("tu", LETTERS_ROMANCE, LETTERS_SLAVIC | LETTERS_VIETNAMESE),
    ("ty", 0, LETTERS_VIETNAMESE),
    ("sen", LETTERS_TURKISH, 0),
    ("senin", LETTERS_TURKISH, 0),
    ("voi", LETTERS_ROMANCE, LETTERS_VIETNAMESE),
    ("tuo", LETTERS_ROMANCE, LETTERS_VIETNAMESE),
    ("tua", LETTERS_ROMANCE, LETTERS_VIETNAMESE),
    ("toi", LETTERS_ROMANCE, LETTERS_VIETNAMESE),
    ("ja", LETTERS_SLAVIC, 0),
    ("já", LETTERS_SLAVIC, 0),
    ("vy", LETTERS_SLAVIC, 0),
    ("aku", 0, LETTERS_DIACRITIC),
    ("kita", 0, LETTERS_DIACRITIC),
    ("anda", 0, LETTERS_DIACRITIC),
    ("kamu", 0, LETTERS_DIACRITIC),
    ("kata", 0, LETTERS_DIACRITIC),
    ("theo", LETTERS_VIETNAMESE, 0),
    ("من", LETTERS_PERSIAN, LETTERS_ARABIC),
    ("ما", LETTERS_PERSIAN, LETTERS_ARABIC),
];

/// Korean particles a Hangul word may end with, looked off when the whole word is not in a voice
/// list: `(particle, what the stem ends with)`: `Some(false)` after a vowel ("나는", "정부가"),
/// `Some(true)` after a final consonant ("국민은", "법이"), `None` after either ("정부의").
/// The condition keeps "나이" (age) from reading "나" (I) + "이".
pub const KOREAN_PARTICLES: &[(&str, Option<bool>)] = &[
    ("는", Some(false)),
    ("가", Some(false)),
    ("를", Some(false)),
    ("와", Some(false)),
    ("로", Some(false)),
    ("은", Some(true)),
    ("이", Some(true)),
    ("을", Some(true)),
    ("과", Some(true)),
    ("으로", Some(true)),
    ("의", None),
    ("도", None),
    ("에", None),
    ("에서", None),
    ("에게", None),
    ("께서", None),
    ("만", None),
    ("까지", None),
    ("부터", None),
    ("한테", None),
    ("처럼", None),
    ("보다", None),
];

/// [`PERSON_ENDINGS`]: the word is in the first person singular.
pub const ENDING_FIRST_SINGULAR: u8 = 1;
/// [`PERSON_ENDINGS`]: the word is in the first person plural (a first person too).
pub const ENDING_FIRST_PLURAL: u8 = 2;
/// [`PERSON_ENDINGS`]: the word is in the second person.
pub const ENDING_SECOND: u8 = 4;
/// [`PERSON_ENDINGS`]: the word says what must be done (an argument's modal).
pub const ENDING_ARGUE: u8 = 8;

/// Endings that give a word's person in a language that glues it to the verb or the noun, where
/// the pronoun is mostly left out: Turkish "düşünüyorum" (I think), "sordum" (I asked),
/// "gideceğim" (I will go), "ülkemiz" (our country), "yapmalıyız" (we must do), "biliyorsunuz"
/// (you know), "değiştirilmeli" (must be changed): `(ending, fewest characters of the word,
/// ENDING_* lists, letters the text must have)`. Words that end so and are no such form are in
/// [`PERSON_ENDING_EXCEPTIONS`]. Voiceless past forms ("gittim") are left out: "-tim", "-tum"
/// end nouns ("eğitim", education; "üretim", production; "tutum", attitude).
pub const PERSON_ENDINGS: &[(&str, u8, u8, u8)] = &[
    // tr: present, past, future, necessitative; first person singular
    ("ıyorum", 7, ENDING_FIRST_SINGULAR, LETTERS_TURKISH),
    ("iyorum", 7, ENDING_FIRST_SINGULAR, LETTERS_TURKISH),
    ("uyorum", 7, ENDING_FIRST_SINGULAR, LETTERS_TURKISH),
    ("üyorum", 7, ENDING_FIRST_SINGULAR, LETTERS_TURKISH),
    ("dım", 5, ENDING_FIRST_SINGULAR, LETTERS_TURKISH),
    ("dim", 5, ENDING_FIRST_SINGULAR, LETTERS_TURKISH),
    ("dum", 5, ENDING_FIRST_SINGULAR, LETTERS_TURKISH),
    ("düm", 5, ENDING_FIRST_SINGULAR, LETTERS_TURKISH),
    ("acağım", 7, ENDING_FIRST_SINGULAR, LETTERS_TURKISH),
    ("eceğim", 7, ENDING_FIRST_SINGULAR, LETTERS_TURKISH),
    ("malıyım", 8, ENDING_FIRST_SINGULAR | ENDING_ARGUE, LETTERS_TURKISH),
    ("meliyim", 8, ENDING_FIRST_SINGULAR | ENDING_ARGUE, LETTERS_TURKISH),
    // tr: first person plural, and "our"
    ("ıyoruz", 7, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("iyoruz", 7, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("uyoruz", 7, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("üyoruz", 7, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("dık", 5, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("dik", 5, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("duk", 5, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("dük", 5, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("acağız", 7, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("eceğiz", 7, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("malıyız", 8, ENDING_FIRST_PLURAL | ENDING_ARGUE, LETTERS_TURKISH),
    ("meliyiz", 8, ENDING_FIRST_PLURAL | ENDING_ARGUE, LETTERS_TURKISH),
    ("mız", 5, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("miz", 5, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("muz", 5, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("müz", 5, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("mızı", 6, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("mizi", 6, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("mızın", 7, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("mizin", 7, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("mıza", 6, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("mize", 6, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("mızda", 7, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    ("mizde", 7, ENDING_FIRST_PLURAL, LETTERS_TURKISH),
    // tr: second person plural and polite
    ("sınız", 7, ENDING_SECOND, LETTERS_TURKISH),
    ("siniz", 7, ENDING_SECOND, LETTERS_TURKISH),
    ("sunuz", 7, ENDING_SECOND, LETTERS_TURKISH),
    ("sünüz", 7, ENDING_SECOND, LETTERS_TURKISH),
    // tr: "must be done"
    ("malı", 6, ENDING_ARGUE, LETTERS_TURKISH),
    ("meli", 6, ENDING_ARGUE, LETTERS_TURKISH),
    ("malıdır", 8, ENDING_ARGUE, LETTERS_TURKISH),
    ("melidir", 8, ENDING_ARGUE, LETTERS_TURKISH),
];

/// Turkish case, plural, possessive and copula suffixes, taken off a word not found in a voice
/// list (once, or twice: "hükümetlerin" reads "hükümet", government) in a text with Turkish
/// letters, as Korean particles are ([`KOREAN_PARTICLES`]); the stem keeps four characters or
/// more. Longest first within the same ending.
pub const TURKISH_SUFFIXES: &[&str] = &[
    "lerinden",
    "larından",
    "lerinde",
    "larında",
    "lerine",
    "larına",
    "lerini",
    "larını",
    "lerin",
    "ların",
    "lerde",
    "larda",
    "lerden",
    "lardan",
    "leri",
    "ları",
    "lere",
    "lara",
    "ler",
    "lar",
    "ından",
    "inden",
    "undan",
    "ünden",
    "ında",
    "inde",
    "unda",
    "ünde",
    "ına",
    "ine",
    "una",
    "üne",
    "ını",
    "ini",
    "unu",
    "ünü",
    "nın",
    "nin",
    "nun",
    "nün",
    "dan",
    "den",
    "tan",
    "ten",
    "yla",
    "yle",
    "dır",
    "dir",
    "dur",
    "dür",
    "tır",
    "tir",
    "tur",
    "tür",
    "ın",
    "in",
    "un",
    "ün",
    "ya",
    "ye",
    "yı",
    "yi",
    "yu",
    "yü",
    "da",
    "de",
    "ta",
    "te",
    "sı",
    "si",
    "su",
    "sü",
    "ki",
    "ı",
    "i",
    "u",
    "ü",
    "a",
    "e",
];

/// Words that end as a [`PERSON_ENDINGS`] form and are not one: Turkish "yardım" (help),
/// "kadim" (ancient), "temiz" (clean), "omuz" (shoulder), "domuz" (pig), "temeli" (its
/// foundation), "emeli" (his aim) and "müze" (museum) are not.
pub const PERSON_ENDING_EXCEPTIONS: &[&str] =
    &["yardım", "kadim", "temiz", "omuz", "domuz", "temeli", "emeli", "müze", "müzede", "müzeye"];

/// The voice of a text written without spaces (Chinese, Japanese, Thai), read as substrings of
/// its runs of such characters, the longest that ends at a character first; the lists below
/// follow the word lists above, list by list ([`FIRST_PERSON_SINGULAR`] …). A marker inside a
/// longer word is cancelled by [`UNSPACED_CONTEXTS`]: Chinese "我国" (our country, the
/// official voice of a report), "自我" (self); "私" (I) counts only with a particle ("私は"),
/// since Chinese "私" is "private".
pub const FIRST_PERSON_SINGULAR_UNSPACED: &[&str] =
    &["我", "私は", "私が", "私の", "私も", "私に", "私を", "僕", "俺", "わたし", "ผม", "ฉัน", "ดิฉัน", "ข้าพเจ้า"];
/// First-person plural pronouns, unspaced ([`FIRST_PERSON_SINGULAR_UNSPACED`]).
pub const FIRST_PERSON_PLURAL_UNSPACED: &[&str] = &[
    "我们",
    "我們",
    "咱们",
    "咱們",
    "私たち",
    "僕たち",
    "僕ら",
    "我々",
    "われわれ",
    "わたしたち",
    "俺たち",
    "เรา",
    "พวกเรา",
];
/// Second-person pronouns, unspaced (Thai "คุณ" is also Mr and Ms, and part of "คุณภาพ",
/// quality: left out).
pub const SECOND_PERSON_UNSPACED: &[&str] = &["你", "您", "妳", "あなた", "皆さん", "みなさん"];
/// Argument markers, unspaced.
pub const ARGUMENT_MARKERS_UNSPACED: &[&str] = &[
    "应该",
    "應該",
    "应当",
    "應當",
    "必须",
    "必須",
    "认为",
    "認為",
    "难道",
    "難道",
    "不应",
    "不應",
    "理应",
    "理應",
    "べき",
    "と思う",
    "と思います",
    "なければならない",
    "ねばならない",
    "ではないか",
    "だろうか",
    "ควร",
    "ต้อง",
    "คิดว่า",
    "เชื่อว่า",
    "จำเป็น",
];
/// Reporting markers, unspaced.
pub const REPORTING_MARKERS_UNSPACED: &[&str] = &[
    "表示",
    "指出",
    "据悉",
    "據悉",
    "报道",
    "報導",
    "報道",
    "发言人",
    "發言人",
    "透露",
    "宣布",
    "声称",
    "聲稱",
    "记者",
    "記者",
    "によると",
    "と述べ",
    "と話し",
    "と語っ",
    "と発表",
    "明らかにし",
    "関係者",
    "กล่าว",
    "เปิดเผย",
    "ระบุ",
    "โฆษก",
    "รายงาน",
];
/// Connectives of an argument, unspaced.
pub const CONTRAST_MARKERS_UNSPACED: &[&str] = &[
    "但",
    "但是",
    "然而",
    "可是",
    "却",
    "卻",
    "因为",
    "因為",
    "所以",
    "为什么",
    "為什麼",
    "为何",
    "為何",
    "也许",
    "也許",
    "或许",
    "或許",
    "其实",
    "其實",
    "しかし",
    "だが",
    "なぜ",
    "むしろ",
    "たぶん",
    "おそらく",
    "ところが",
    "แต่",
    "อย่างไรก็ตาม",
    "เพราะ",
    "ทำไม",
    "บางที",
];
/// Negations, unspaced (Chinese "不" alone is part of too many words: "不同", different).
pub const NEGATIONS_UNSPACED: &[&str] = &[
    "不是",
    "没有",
    "沒有",
    "并不",
    "並不",
    "绝不",
    "絕不",
    "从未",
    "從未",
    "不能",
    "不会",
    "不會",
    "ない",
    "ません",
    "ไม่",
];
/// Words of stance, unspaced.
pub const STANCE_MARKERS_UNSPACED: &[&str] = &[
    "显然",
    "顯然",
    "当然",
    "當然",
    "确实",
    "確實",
    "简直",
    "簡直",
    "荒谬",
    "荒謬",
    "根本",
    "もちろん",
    "明らかに",
    "本当に",
    "確かに",
    "แน่นอน",
    "จริงๆ",
];
/// Words of a review's verdict, unspaced.
pub const REVIEW_MARKERS_UNSPACED: &[&str] =
    &["评分", "評分", "优点", "優點", "缺点", "缺點", "評価", "メリット", "デメリット", "รีวิว", "คะแนน", "ข้อดี", "ข้อเสีย"];
/// Words of public affairs, unspaced.
pub const PUBLIC_MARKERS_UNSPACED: &[&str] = &[
    "政府",
    "社会",
    "社會",
    "民主",
    "选举",
    "選舉",
    "選挙",
    "政治",
    "法律",
    "权利",
    "權利",
    "権利",
    "经济",
    "經濟",
    "経済",
    "战争",
    "戰爭",
    "戦争",
    "议会",
    "議會",
    "国会",
    "國會",
    "总统",
    "總統",
    "首相",
    "市民",
    "公民",
    "国民",
    "國民",
    "人民",
    "政策",
    "腐败",
    "腐敗",
    "รัฐบาล",
    "สังคม",
    "ประชาธิปไตย",
    "เลือกตั้ง",
    "การเมือง",
    "กฎหมาย",
    "สิทธิ",
    "เศรษฐกิจ",
    "สงคราม",
    "รัฐสภา",
    "ประชาชน",
];
/// Words of a narrative's time, unspaced.
pub const NARRATIVE_MARKERS_UNSPACED: &[&str] = &[
    "昨天",
    "早上",
    "上午",
    "晚上",
    "下午",
    "然后",
    "然後",
    "后来",
    "後來",
    "突然",
    "早餐",
    "午饭",
    "午飯",
    "晚饭",
    "晚飯",
    "昨日",
    "今朝",
    "朝食",
    "夕方",
    "午後",
    "それから",
    "その後",
    "昼ご飯",
    "夕食",
    "เมื่อวาน",
    "เช้า",
    "ตอนเย็น",
    "กลางคืน",
    "จากนั้น",
    "ทันใดนั้น",
];
/// Where an unspaced marker is part of a longer word: `(marker, characters it may not follow,
/// characters it may not precede)`. Chinese "我" before "国" is "our country" (我国, 我方, 我市,
/// 我校: an institution's voice, used by reports), after "自" "self"; "但是" is counted once;
/// Japanese "表示" followed by "さ", "し", "す" is "display" (表示される); Thai "ต้อง" before
/// "ก" is "want" (ต้องการ), "แต่" before "ล" "each" (แต่ละ), "เรา" before "ะ" part of
/// "ไพเราะ" (melodious); Japanese "ない" after "少" and "危" is "few", "dangerous".
pub const UNSPACED_CONTEXTS: &[(&str, &str, &str)] = &[
    ("我", "自", "们們国國方军軍校院市省区區县縣司部厅廳局々"),
    ("但", "", "是"),
    ("表示", "", "さしす"),
    ("ต้อง", "", "ก"),
    ("แต่", "", "ล"),
    ("เรา", "", "ะ"),
    ("ない", "少危", ""),
];

/// Headline words of a guide, a list of tips, a buying advice or an explainer of the service kind
/// ("… Travel Guide", "Top Nine Financial Tips", "Firmenwagen: Leasing oder Finanzierung?"), looser
/// than [`OTHER_TITLE_MARKERS`]: a hint for the model, not a rule (lowercase, whole words).
pub const GUIDE_TITLE_WORDS: &[&str] = &[
    "guide",
    "guides",
    "tips",
    "tipps",
    "tipp",
    "tricks",
    "tutorial",
    "ratgeber",
    "poradnik",
    "anleitung",
    "checklist",
    "101",
    "basics",
    "astuces",
    "conseils",
    "consejos",
    "dicas",
    "consigli",
    "porady",
    "советы",
    "советов",
    "tavsiyeler",
    "ipuçları",
    "vs",
    "versus",
    "best",
    "beste",
    "besten",
    "meilleurs",
    "meilleures",
    "mejores",
    "melhores",
    "migliori",
    "najlepsze",
    "review",
    "recipe",
    "rezept",
    "recette",
    "receta",
    "ricetta",
    "receita",
    "przepis",
    "panduan",
    "inceleme",
    "incelemesi",
    "itinerario",
    "itinéraire",
    "reiseroute",
    "руководство",
];

/// Headings of a recipe's list of ingredients, standing as a line of their own (lowercase, a
/// colon after them allowed): a page that has one is a recipe, whatever else it says.
pub const INGREDIENTS_HEADINGS: &[&str] = &[
    "ingredients",
    "ingrédients",
    "zutaten",
    "ingredientes",
    "ingredienti",
    "ingrediënten",
    "ingredienser",
    "ingredienset",
    "składniki",
    "suroviny",
    "hozzávalók",
    "ainekset",
    "ингредиенты",
    "інгредієнти",
    "malzemeler",
    "bahan-bahan",
    "bahan",
    "材料",
    "食材",
    "用料",
    "재료",
    "المكونات",
    "مواد لازم",
];

/// Whether a line of a text is a recipe's ingredients heading ([`INGREDIENTS_HEADINGS`]).
pub fn is_ingredients_heading(line: &str) -> bool {
    // The longest heading is 16 bytes ("ингредиенты" is 22): a longer line is a sentence.
    if line.len() > 40 {
        return false;
    }
    let line = line.trim().trim_end_matches([':', '：']).trim_end().to_lowercase();
    INGREDIENTS_HEADINGS.contains(&line.as_str())
}

/// How a guide's or an explainer's headline (or a part of it after a colon or dash) begins:
/// "Top 10 …", "What is …", "So heizen Sie …", "Как выбрать …" (lowercase).
pub const GUIDE_TITLE_STARTS: &[&str] = &[
    "top ",
    "the best ",
    "best ",
    "how much ",
    "what is ",
    "what are ",
    "what to ",
    "everything you need",
    "the ultimate ",
    "a beginner",
    "beginner",
    "understanding ",
    "the complete ",
    "a complete ",
    "so ",
    "så ",
    "wie sie ",
    "comment ",
    "cómo ",
    "como ",
    "come ",
    "jak ",
    "как ",
    "így ",
    "hoe ",
    "nasıl ",
    "cara ",
    "πώς να ",
];

/// Nouns of a numbered list's headline ("10 Things …", "5 Gründe …", "7 idées …"), read only with a
/// number among the headline's first words.
pub const LIST_TITLE_NOUNS: &[&str] = &[
    "ways",
    "things",
    "reasons",
    "ideas",
    "steps",
    "mistakes",
    "hacks",
    "trends",
    "facts",
    "dinge",
    "gründe",
    "ideen",
    "schritte",
    "fehler",
    "orte",
    "choses",
    "raisons",
    "idées",
    "étapes",
    "erreurs",
    "cosas",
    "razones",
    "pasos",
    "errores",
    "coisas",
    "razões",
    "passos",
    "erros",
    "cose",
    "motivi",
    "idee",
    "passi",
    "errori",
    "rzeczy",
    "powodów",
    "sposobów",
    "kroków",
    "błędów",
    "вещей",
    "причин",
    "способов",
    "ошибок",
];

/// Words that name an interview in a headline ("Interview mit …", "Entretien avec …"); the first
/// person of its answers is the interviewee's (lowercase, whole words).
pub const INTERVIEW_TITLE_WORDS: &[&str] = &[
    "interview",
    "interviews",
    "entretien",
    "entrevista",
    "entrevue",
    "intervista",
    "wywiad",
    "интервью",
    "röportaj",
    "rozhovor",
    "interjú",
    "haastattelu",
    "intervju",
];

/// News section names, in [`fold_key`] form.
pub const NEWS_SECTIONS: &[&str] = &[
    "news",
    "world",
    "politics",
    "business",
    "national",
    "local",
    "nation",
    "usnews",
    "uknews",
    "worldnews",
    "noticias",
    "nachrichten",
    "actualites",
    "actualite",
    "notizie",
    "haber",
    "haberler",
    "novosti",
    "новости",
    "اخبار",
    "أخبار",
];

/// Words in a headline that name an opinion genre (lowercase, found anywhere in the headline):
/// "An open letter to …", "Essay: …", "Kommentar: …". A headline's own words, unlike a site's
/// menu, speak of this page.
pub const OPINION_TITLE_MARKERS: &[&str] = &[
    "open letter",
    "op-ed",
    "essay",
    "commentary",
    "opinion:",
    "opinion |",
    "in defense of",
    "in defence of",
    "offener brief",
    "kommentar",
    "gastbeitrag",
    "meinung:",
    "essai",
    "lettre ouverte",
    "tribune :",
    "tribune:",
    "chronique",
    "éditorial",
    "carta abierta",
    "opinión:",
    "tribuna:",
    "carta aberta",
    "opinião:",
    "lettera aperta",
    "list otwarty",
    "felieton",
    "открытое письмо",
    "мнение:",
    "açık mektup",
    "open brief",
    "öppet brev",
    "公开信",
    "公開書簡",
    "공개서한",
    // A letter, a plea, a first-person "why".
    "a letter on",
    "a letter to",
    "letter to the editor",
    "brief an ",
    "lettre à",
    "in praise of",
    "the case for",
    "the case against",
    "why i ",
    "why we ",
    "warum ich ",
    "warum wir ",
    "pourquoi je ",
    "pourquoi nous ",
];

/// Short words that may join section names in a compound such as `news-and-opinion` or
/// `columnas-de-opinion`.
pub const SECTION_JOINERS: &[&str] = &["and", "y", "e", "et", "und", "de", "del", "di", "da", "do", "ve", "и", "&"];

/// Roles in a byline that mark a columnist (lowercase, found anywhere in the byline).
pub const COLUMNIST_ROLES: &[&str] = &[
    "columnist",
    "opinion writer",
    "opinion columnist",
    "opinion contributor",
    "editorial board",
    "contributing writer",
    "contributing columnist",
    "guest writer",
    "guest column",
    "guest author",
    "guest essay",
    "columnista",
    "colunista",
    "kolumnist",
    "gastautor",
    "gastkommentar",
    "chroniqueur",
    "chroniqueuse",
    "éditorialiste",
    "editorialista",
    "felietonista",
    "köşe yazarı",
    "колумнист",
    "обозреватель",
    "كاتب",
    "칼럼니스트",
    "コラムニスト",
    "专栏作家",
    "專欄作家",
    "评论员",
    "評論員",
    "主笔",
    "論説委員",
    "主筆",
    "논설위원",
    "commentator",
    "kommentator",
    "opinionista",
    "publicista",
    "kolumnista",
    "komentátor",
    "kolumnisti",
    "колумніст",
    "оглядач",
    "penulis kolom",
    "kolumnis",
    "publicisztikus",
    "ستون‌نویس",
    "كاتب عمود",
    "স্তম্ভলেখক",
    "स्तंभकार",
    "کالم نگار",
    "کالم‌نگار",
    "rubriekskrywer",
    "калумніст",
    "কলামিস্ট",
    "কলাম লেখক",
    "articulista",
    "sloupkař",
    "fejetonista",
    "klummeskribent",
    "klummist",
    "kronikør",
    "lederskribent",
    "αρθρογράφος",
    "billettiste",
    "editorialist",
    "colúnaí",
    "colofnydd",
    "કટારલેખક",
    "કોલમિસ્ટ",
    "בעל טור",
    "בעלת טור",
    "כותב אורח",
    "כותבת אורחת",
    "कॉलमनिस्ट",
    "jegyzetíró",
    "tárcaíró",
    "vendégszerző",
    "սյունակագիր",
    "pistlahöfundur",
    "dálkahöfundur",
    "კოლუმნისტი",
    "ಅಂಕಣಕಾರ",
    "കോളമിസ്റ്റ്",
    "स्तंभलेखक",
    "spaltist",
    "kommentarjournalist",
    "opiniemaker",
    "gastauteur",
    "felietonistka",
    "publicysta",
    "publicystka",
    "stĺpčekár",
    "fejtonista",
    "krönikör",
    "ledarskribent",
    "gästkrönikör",
    "स्तम्भकार",
    "ਕਾਲਮਨਵੀਸ",
    "கட்டுரையாளர்",
    "కాలమిస్టు",
    "คอลัมนิสต์",
    "başyazar",
    "konuk yazar",
    "专栏作者",
    "專欄作者",
    "特约撰稿人",
    "特約撰稿人",
    "автор колонки",
    "фельетонист",
    "opinionist",
    "komentator",
    "коментатор",
    "комментатор",
    "публицист",
    "публіцист",
    "publicistka",
    "auteur invité",
    "autor invitado",
    "論説主幹",
    "논설실장",
    "opinador",
];

/// Characters that set a site's name or a section off a headline in a page title ("Headline |
/// Site", "Site » Headline"). Between spaces they separate; `-` and `:` only then.
pub const TITLE_SEPARATORS: &[char] =
    &['|', '»', '«', '›', '‹', '·', '•', '-', '–', '—', ':', '/', '\\', '~', '>', '<', '｜', '_'];

/// Whether `sep` (a string such as `" | "`) is a title separator: one [`TITLE_SEPARATORS`]
/// character, or `::`, between spaces.
pub fn is_spaced_title_separator(sep: &str) -> bool {
    let Some(inner) = sep.strip_prefix(' ').and_then(|s| s.strip_suffix(' ')) else { return false };
    inner == "::" || (inner.chars().count() == 1 && inner.chars().all(|c| TITLE_SEPARATORS.contains(&c)))
}

/// The title separators as they stand between spaces: `" | "`, `" - "`, … and `" :: "`. `" : "`
/// is left out: a colon inside a headline is usually the headline's own.
pub fn spaced_title_separators() -> &'static [String] {
    static SEPS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    SEPS.get_or_init(|| {
        let mut v: Vec<String> =
            TITLE_SEPARATORS.iter().filter(|&&c| c != ':' && c != '_').map(|c| format!(" {c} ")).collect();
        v.push(" :: ".to_string());
        v
    })
}

/// The normal form of vocabulary entries: lowercase, common Latin accents folded, `-`, `_`,
/// spaces and combining marks dropped.
pub fn fold_key(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .filter(|&c| !matches!(c, '-' | '_' | ' ') && !is_combining(c))
        .map(fold_char)
        .collect()
}

/// Whether `s` in [`fold_key`] form equals `key` (already in that form), without allocating.
pub fn folds_to(s: &str, key: &str) -> bool {
    let mut want = key.chars();
    for c in s.chars().flat_map(char::to_lowercase) {
        if matches!(c, '-' | '_' | ' ') || is_combining(c) {
            continue;
        }
        if want.next() != Some(fold_char(c)) {
            return false;
        }
    }
    want.next().is_none()
}

/// Whether `s` folds to one of `list`'s entries: `s` is folded once ([`fold_key`]) and each entry
/// compared whole, as [`folds_to`] would (most entries differ in length, which settles it).
pub fn folds_to_any(s: &str, list: &[&str]) -> bool {
    let folded = fold_key(s);
    list.contains(&folded.as_str())
}

/// Whether `s` in [`fold_key`] form is one of [`OPINION_SECTIONS`] (a set built once: the list
/// holds labels in some sixty languages, and pages ask it for every breadcrumb and kicker).
pub fn is_opinion_section(s: &str) -> bool {
    static SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
        std::sync::LazyLock::new(|| OPINION_SECTIONS.iter().copied().collect());
    SET.contains(fold_key(s).as_str())
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
}

/// Folds the accented Latin letters used in the languages we match.
fn fold_char(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ă' | 'ā' | 'ą' => 'a',
        'ç' | 'č' | 'ć' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' | 'ē' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ų' | 'ū' | 'ů' | 'ű' => 'u',
        'ş' | 'ś' | 'š' | 'ș' => 's',
        'ț' | 'ţ' | 'ť' => 't',
        'ř' => 'r',
        'ý' => 'y',
        'ğ' => 'g',
        'ł' | 'ľ' | 'ĺ' => 'l',
        'ž' | 'ź' | 'ż' => 'z',
        'ė' => 'e',
        _ => c,
    }
}

/// Whether a label (a section name, a breadcrumb item, a feed tag) says opinion.
///
/// Stems ([`OPINION_STEMS`]) count wherever a word starts with them; with `whole_names`, the
/// label as a whole may also be any [`OPINION_SECTIONS`] entry ("Voices", "Blogs", "Letters").
/// Feed tags are read without `whole_names`: one tag among many such as "Ideas" is a topic.
pub fn is_opinion_label(label: &str, whole_names: bool) -> bool {
    let label = label.trim();
    if label.is_empty() || label.chars().count() > 60 {
        return false;
    }
    // Swedish "Krönika" is a column, Polish, Croatian and Slovene "Kronika" the news of the day
    // (crime, accidents); French "Chronique judiciaire" is court reporting.
    if folds_to_any(label, NEWS_LOOKALIKES) && !label.contains(['ö', 'Ö']) {
        return false;
    }
    if (whole_names && is_opinion_section(label)) || OPINION_UNSPACED.iter().any(|w| label.contains(w)) {
        return true;
    }
    let lower = label.to_lowercase();
    // Each word of the label, folded, checked against the stems.
    lower.split(|c: char| !(c.is_alphanumeric() || c == '-' || is_combining(c))).filter(|w| !w.is_empty()).any(|w| {
        let folded: String = w.chars().filter(|&c| !is_combining(c)).map(fold_char).collect();
        OPINION_STEMS.iter().any(|s| folded.starts_with(s) || w.starts_with(s))
            && !STEM_LOOKALIKES.iter().any(|x| folded.starts_with(x))
    })
}

/// Words that start like an opinion stem ([`OPINION_STEMS`]) and name news: "Tribunales",
/// "Tribunais", "Tribunaux" (the courts; "Tribuna" is an op-ed page).
const STEM_LOOKALIKES: &[&str] = &["tribunal", "tribunai", "tribunau"];

/// Whether a section label or path segment names reviews, recipes, guides and the like
/// ([`OTHER_SECTIONS`]) or paid content ([`SPONSORED_SECTIONS`]).
pub fn is_other_label(label: &str) -> bool {
    let label = label.trim();
    !label.is_empty()
        && label.chars().count() <= 40
        && (folds_to_any(label, OTHER_SECTIONS) || folds_to_any(label, SPONSORED_SECTIONS))
}

/// The last path segment of a site's own pages about itself: who writes it, its imprint, how to
/// reach it ("/about/", "/ueber-mich", "/qui-sommes-nous"). Such a page is no article.
pub const ABOUT_PAGE_SEGMENTS: &[&str] = &[
    "about",
    "about-me",
    "about-us",
    "aboutus",
    "about_us",
    "contact",
    "contact-us",
    "imprint",
    "impressum",
    "ueber-mich",
    "uber-mich",
    "ueber-uns",
    "uber-uns",
    "kontakt",
    "a-propos",
    "qui-sommes-nous",
    "chi-siamo",
    "chi-sono",
    "quienes-somos",
    "sobre-mi",
    "sobre-nosotros",
    "sobre-nos",
    "sobre-mim",
    "o-mnie",
    "o-nas",
    "over-mij",
    "over-ons",
    "hakkimda",
    "hakkimizda",
    "obo-mne",
];

/// Whether a URL path is a site's page about itself: one or two segments, the last an
/// [`ABOUT_PAGE_SEGMENTS`] ("/about/", "/pages/impressum.html").
pub fn is_about_page_path(path: &str) -> bool {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let Some(last) = segments.last() else { return false };
    let last = last.rsplit_once('.').map_or(*last, |(stem, _)| stem);
    segments.len() <= 2 && ABOUT_PAGE_SEGMENTS.iter().any(|a| a.eq_ignore_ascii_case(last))
}

/// Words that make a path segment joined of several (`travel-tips`, `product_reviews`,
/// `rezepte-und-tipps`) a section of guides, tips, reviews or recipes.
pub const OTHER_SEGMENT_WORDS: &[&str] = &[
    "tips",
    "tipps",
    "guide",
    "guides",
    "review",
    "reviews",
    "recipes",
    "rezepte",
    "recetas",
    "recettes",
    "ricette",
    "receitas",
    "przepisy",
    "tutorials",
    "howto",
    "ratgeber",
    "consejos",
    "astuces",
    "dicas",
];

/// Whether a URL path segment that joins words with `-` or `_` holds one of
/// [`OTHER_SEGMENT_WORDS`]: `travel-tips`, `actuarial-career-tips`. For section segments, not
/// for a piece's own slug ("police-get-tips-on-the-robbery").
pub fn is_other_compound(segment: &str) -> bool {
    segment.len() <= 40
        && segment.contains(['-', '_'])
        && segment.split(['-', '_']).any(|w| OTHER_SEGMENT_WORDS.iter().any(|o| w.eq_ignore_ascii_case(o)))
}

/// Whether a label names paid content ("Sponsored", "Anzeige", "Publireportage").
pub fn is_sponsored_label(label: &str) -> bool {
    let label = label.trim();
    !label.is_empty() && label.chars().count() <= 40 && folds_to_any(label, SPONSORED_SECTIONS)
}

/// How a page says the piece is its author's view and not the publication's, in lowercase: the
/// disclaimer of a contributor's column or a guest essay ("Opinions expressed by Forbes
/// Contributors are their own", "Les opinions exprimées n'engagent que leur auteur",
/// "本文仅代表作者本人观点"). Matched anywhere in a short block's lowercase text
/// ([`is_opinion_disclaimer`]).
pub const OPINION_DISCLAIMERS: &[&str] = &[
    // vi, id: "the article expresses the author's own view"
    "góc nhìn riêng của tác giả",
    "quan điểm riêng của tác giả",
    "pendapat pribadi penulis",
    // en
    "opinions expressed by",
    "opinions expressed in this",
    "views expressed in this",
    "views expressed here",
    "views expressed by the author",
    "are the author's own",
    "are the author\u{2019}s own",
    "are the writer's own",
    "are solely those of the author",
    // fr
    "n'engagent que leur",
    "n\u{2019}engagent que leur",
    "n'engage que son auteur",
    "n\u{2019}engage que son auteur",
    // es, pt, it
    "las opiniones expresadas",
    "no reflejan necesariamente la opinión",
    "es responsabilidad exclusiva de su autor",
    "son responsabilidad exclusiva de",
    "as opiniões expressas",
    "não reflete necessariamente a opinião",
    "não refletem necessariamente a opinião",
    "le opinioni espresse",
    // de, nl, pl
    "gibt die meinung des autors wieder",
    "gibt die meinung der autorin wieder",
    "geben die meinung des autors wieder",
    "nicht unbedingt die meinung der redaktion",
    "nicht die meinung der redaktion wieder",
    "de mening van de auteur",
    "opinie wyrażone",
    // ru, uk, tr, ar
    "автора может не совпадать",
    "автора може не збігатися",
    "не поділяти думку автора",
    "не разделять мнение автора",
    "не совпадать с мнением автора",
    "yazarına aittir",
    "يعبر عن رأي كاتبه",
    "تعبر عن رأي كاتبها",
    "تعبر عن آراء كتابها",
    "تعبر عن آراء كتّابها",
    "لا تعكس بالضرورة رأي",
    "لا يعبر بالضرورة عن رأي",
    "لا تعبر بالضرورة عن رأي",
    // be, bg, sr, hr, bs, mk, sl, kk, ka, hy: "the author's view may differ from the editors'"
    "не падзяляць меркаванне",
    "меркаванне аўтара можа не супадаць",
    "задължително с позицията на редакцията",
    "не отразява непременно позицията на редакцията",
    "не изразява позицията на редакцията",
    "нису нужно ставови редакције",
    "не одражавају нужно ставове редакције",
    "не одражавају ставове редакције",
    "nisu nužno stavovi redakcije",
    "ne odražavaju nužno stavove redakcije",
    "ne odražavaju nužno stav redakcije",
    "ne odražavaju stavove redakcije",
    "ne odražavaju nužno stavove uredništva",
    "лични ставови на авторите",
    "лични ставови на авторот",
    "не ги одразуваат ставовите на редакцијата",
    "ne odražajo nujno stališč uredništva",
    "редакцияның көзқарасымен сәйкес келмеуі мүмкін",
    "редакция ұстанымымен сәйкес келмеуі мүмкін",
    "შესაძლოა არ ემთხვეოდეს რედაქციის",
    "կարող է չհամընկնել խմբագրության",
    "відповідальності за зміст блогів",
    // ca, ro, pt, it, es
    "opinions expressades en aquest",
    "opinions expressades són",
    "són responsabilitat exclusiva",
    "opiniile exprimate în acest",
    "opiniile exprimate in acest",
    "opiniile exprimate aparțin",
    "nu reflectă neapărat poziția redacției",
    "nu reflecta neaparat pozitia redactiei",
    "aparțin exclusiv autorului",
    "de inteira responsabilidade do autor",
    "de responsabilidade exclusiva do autor",
    "não traduzem necessariamente a opinião",
    "editoriais expressam a opinião",
    "esprimono esclusivamente il punto di vista",
    "necessariamente la posizione della redazione",
    "necessariamente il pensiero della redazione",
    // pl, cs, sk, hu, el, fi, sv, no, da
    "nie muszą odzwierciedlać stanowiska redakcji",
    "nemusí vyjadřovat stanovisko redakce",
    "nemusí odrážet stanovisko redakce",
    "nemusia vyjadrovať stanovisko redakcie",
    "nem feltétlenül tükrözi a szerkesztőség",
    "nem feltétlenül egyezik a szerkesztőség",
    "απόψεις του αρθρογράφου",
    "απόψεις του συντάκτη δεν",
    "kirjoittajan omia näkemyksiä",
    "skribentens egna åsikter",
    "skribentens egne meninger",
    "skribentens egen holdning",
    // he, fa, ur, ms
    "בהכרח את עמדת המערכת",
    "על אחריות הכותב",
    "مسئولیت مطالب بر عهده نویسنده",
    "کی رائے سے متفق ہونا ضروری نہیں",
    "pandangan peribadi penulis",
    // zh, ja, ko, hi
    "仅代表作者",
    "僅代表作者",
    "不代表本",
    "筆者の個人的見解",
    "편집 방향과 다를 수 있",
    "편집방향과 다를 수 있",
    "लेखक के निजी विचार",
    "लेखिका के निजी विचार",
    // A syndicated commentary's copyright line (Project Syndicate distributes only commentary).
    "copyright: project syndicate",
    "© project syndicate",
    // A closing note on the writer in brackets, as Chinese papers print under a contributed
    // piece: "（作者為台大經濟系教授）", "（作者系…研究员）"; not a staff reporter's
    // ([`is_opinion_disclaimer`]).
    "（作者為",
    "（作者为",
    "（作者系",
    "(作者為",
    "(作者为",
    "(作者系",
    // Its Hindi counterpart: "(लेखक वरिष्ठ पत्रकार हैं। ये उनके निजी विचार हैं।)".
    "(लेखक ",
    "(लेखिका ",
];

/// Whether a short block's lowercase text says the piece is its author's view
/// ([`OPINION_DISCLAIMERS`]). Only short blocks: an article may quote such a sentence.
pub fn is_opinion_disclaimer(lower: &str) -> bool {
    // "（作者为本报记者）" notes a staff reporter: reporting, not a contributor's view.
    let staff = || ["记者", "記者", "通讯员", "通訊員"].iter().any(|w| lower.contains(w));
    lower.len() <= 600
        && OPINION_DISCLAIMERS
            .iter()
            .any(|d| lower.contains(d) && !(d.starts_with(['（', '(']) && d.contains("作者") && staff()))
}

/// Lines that say a piece was paid for or written with a company (lowercase): sponsored content,
/// which is no column and no news report. Only sentences about the piece itself ("This article
/// was produced in partnership with …", "Cet article a été rédigé en partenariat avec …"), not a
/// label ("Sponsored content" heads the ad widgets inside many articles) nor a phrase a report
/// may use ("in partnership with the university").
pub const SPONSORED_DISCLOSURES: &[&str] = &[
    // en
    "this article was written in partnership with",
    "this article was produced in partnership with",
    "this article was created in partnership with",
    "this content was produced in partnership with",
    "this content was created in partnership with",
    "this post was written in partnership with",
    "this article is sponsored by",
    "this article was sponsored by",
    "this post is sponsored by",
    "this post was sponsored by",
    "this content is sponsored by",
    "this is a sponsored post",
    "this is a sponsored article",
    "this article was produced by brand studio",
    "this article was produced by our brand studio",
    "this content was produced by brand studio",
    // fr
    "cet article a été rédigé en partenariat avec",
    "cet article a été réalisé en partenariat avec",
    "cet article est sponsorisé",
    "article rédigé en partenariat avec",
    "contenu réalisé en partenariat avec",
    // de
    "dieser beitrag entstand in zusammenarbeit mit",
    "dieser artikel entstand in zusammenarbeit mit",
    "dieser beitrag wurde gesponsert",
    "dieser artikel wurde gesponsert",
    "dieser beitrag ist gesponsert",
    // es
    "este artículo fue elaborado en colaboración con",
    "este artículo fue escrito en colaboración con",
    "este artículo está patrocinado por",
    "este contenido está patrocinado por",
    // it
    "questo articolo è stato realizzato in collaborazione con",
    "questo articolo è sponsorizzato",
    // pt
    "este artigo foi produzido em parceria com",
    "este conteúdo foi produzido em parceria com",
    "este artigo é patrocinado",
    // pl, nl, ru, tr
    "artykuł powstał we współpracy z",
    "dit artikel is tot stand gekomen in samenwerking met",
    "на правах рекламы",
    "bu içerik sponsorludur",
    // id
    "artikel ini merupakan kerja sama",
    "artikel ini hasil kerja sama",
    "konten ini merupakan kerja sama",
];

/// Whether a short block (lowercase, at most 600 bytes) says the piece is sponsored
/// ([`SPONSORED_DISCLOSURES`]).
pub fn is_sponsored_disclosure(lower: &str) -> bool {
    lower.len() <= 600 && SPONSORED_DISCLOSURES.iter().any(|d| lower.contains(d))
}

/// Whether a headline reads as a guide, recipe or review ("How to …", "… review").
pub fn is_other_title(title: &str) -> bool {
    let t = title.to_lowercase();
    OTHER_TITLE_MARKERS.iter().any(|m| {
        t.starts_with(m.trim_start())
            || (m.starts_with(' ') && t.ends_with(m.trim_start()))
            || (!m.starts_with(' ') && m.len() > 8 && t.contains(m))
    })
}

/// Whether a headline reads as a guide, a list of tips, buying advice or an explainer of the
/// service kind ([`GUIDE_TITLE_WORDS`], [`GUIDE_TITLE_STARTS`] at the start of the headline or of a
/// part after a colon, dash or question mark, [`LIST_TITLE_NOUNS`] after a number), or as a guide,
/// recipe or review by [`is_other_title`]. Looser than that rule: a hint for the model.
pub fn is_guide_title(title: &str) -> bool {
    if is_other_title(title) {
        return true;
    }
    let t = title.to_lowercase();
    let words: Vec<&str> = t
        .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\''))
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| GUIDE_TITLE_WORDS.contains(w)) {
        return true;
    }
    let numbered = words.iter().take(4).any(|w| w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit()));
    if numbered && words.iter().any(|w| LIST_TITLE_NOUNS.contains(w)) {
        return true;
    }
    t.split([':', '–', '—', '?', '|'])
        .chain(t.split(" - "))
        .map(str::trim_start)
        .any(|part| GUIDE_TITLE_STARTS.iter().any(|s| part.starts_with(s) && !is_open_letter(part)))
}

/// Whether a headline opens as a letter to someone: Italian "Cara ministra, …", "Caro sindaco, …"
/// (Indonesian "Cara …" is "how to …": "Cara membuat kue").
fn is_open_letter(title: &str) -> bool {
    let Some(rest) = title.strip_prefix("cara ").or_else(|| title.strip_prefix("caro ")) else { return false };
    rest.split_whitespace().take(2).any(|w| w.ends_with(','))
}

/// Whether a headline names an interview ([`INTERVIEW_TITLE_WORDS`]): "Interview mit …",
/// "Entretien avec …", "Sheila Atim im Interview".
pub fn is_interview_title(title: &str) -> bool {
    title.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| INTERVIEW_TITLE_WORDS.contains(&w))
}

/// Whether a headline names an opinion genre ([`OPINION_TITLE_MARKERS`]).
pub fn is_opinion_title(title: &str) -> bool {
    let t = title.to_lowercase();
    OPINION_TITLE_MARKERS.iter().any(|m| t.contains(m))
}

/// Whether a byline names a columnist's role ("Jane Doe, Opinion Columnist", "Köşe Yazarı").
pub fn is_columnist_role(byline: &str) -> bool {
    // One pass of one automaton for the hundred-odd roles (bylines and every byline-like block
    // of a page are asked).
    #[expect(clippy::expect_used, reason = "a static list of short words always builds")]
    static ROLES: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(COLUMNIST_ROLES).expect("the columnist roles build an automaton")
    });
    ROLES.is_match(&byline.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_to_any_is_folds_to_of_some_entry() {
        let mut texts: Vec<String> =
            ["", "x", "Op-Ed", "OP_ED ", "Opinião", "İdeas", "Ideas\u{301}", "Blogs", "opinion s"]
                .iter()
                .map(|t| t.to_string())
                .collect();
        for w in OPINION_SECTIONS.iter().chain(NEWS_SECTIONS) {
            texts.extend([w.to_uppercase(), format!("{w}x"), format!("-{w} "), w.chars().skip(1).collect()]);
        }
        for t in &texts {
            let want = OPINION_SECTIONS.iter().any(|k| folds_to(t, k));
            assert_eq!(folds_to_any(t, OPINION_SECTIONS), want, "{t:?}");
        }
    }

    #[test]
    fn every_entry_is_in_normal_form_and_every_stem_starts_an_entry() {
        for w in OPINION_SECTIONS.iter().chain(NEWS_SECTIONS).chain(OTHER_SECTIONS).chain(SPONSORED_SECTIONS) {
            assert_eq!(&fold_key(w), w, "{w} is not in fold_key form");
        }
        for s in OPINION_STEMS {
            let key = fold_key(s);
            assert!(OPINION_SECTIONS.iter().any(|w| w.starts_with(&key)), "stem {s} starts no section name");
        }
    }

    /// The voice's lists are lowercase words, and a pronoun, negation or public-affairs word that is
    /// a common word of another language ("du", "war", "mes") is in none of them (issue 10).
    #[test]
    fn issue_10_voice_lists_skip_words_common_in_another_language() {
        let lists = [
            FIRST_PERSON_SINGULAR,
            FIRST_PERSON_PLURAL,
            SECOND_PERSON,
            ARGUMENT_MARKERS,
            REPORTING_MARKERS,
            CONTRAST_MARKERS,
            NEGATIONS,
            STANCE_MARKERS,
            REVIEW_MARKERS,
            PUBLIC_MARKERS,
            NARRATIVE_MARKERS,
        ];
        for w in lists.iter().flat_map(|l| l.iter()) {
            assert_eq!(&w.to_lowercase(), w, "{w} is not lowercase");
        }
        let pronouns = [FIRST_PERSON_SINGULAR, FIRST_PERSON_PLURAL, SECOND_PERSON];
        for w in ["du", "ta", "ma", "mes", "min", "nas", "mi", "mei", "te", "nam", "ti"] {
            assert!(!pronouns.iter().any(|l| l.contains(&w)), "{w}");
        }
        // German "ja" (yes) counts as the Slavic pronoun only in a text with Slavic letters.
        assert!(VOICE_LETTER_CONDITIONS.iter().any(|&(w, requires, _)| w == "ja" && requires == LETTERS_SLAVIC));
        for w in ["war", "stato", "estado", "lei", "mai"] {
            assert!(!PUBLIC_MARKERS.contains(&w) && !NEGATIONS.contains(&w), "{w}");
        }
    }

    /// Issue 11: every word under a letter condition is in a voice list; the unspaced markers are
    /// runs of unspaced characters short enough for the voice's window, and every context names a
    /// marker.
    #[test]
    fn issue_11_conditions_and_unspaced_markers_are_well_formed() {
        let lists = [
            FIRST_PERSON_SINGULAR,
            FIRST_PERSON_PLURAL,
            SECOND_PERSON,
            ARGUMENT_MARKERS,
            REPORTING_MARKERS,
            CONTRAST_MARKERS,
            NEGATIONS,
            STANCE_MARKERS,
            REVIEW_MARKERS,
            PUBLIC_MARKERS,
            NARRATIVE_MARKERS,
        ];
        for (w, _, _) in VOICE_LETTER_CONDITIONS {
            assert!(lists.iter().any(|l| l.contains(w)), "{w} is in no list");
        }
        let unspaced = [
            FIRST_PERSON_SINGULAR_UNSPACED,
            FIRST_PERSON_PLURAL_UNSPACED,
            SECOND_PERSON_UNSPACED,
            ARGUMENT_MARKERS_UNSPACED,
            REPORTING_MARKERS_UNSPACED,
            CONTRAST_MARKERS_UNSPACED,
            NEGATIONS_UNSPACED,
            STANCE_MARKERS_UNSPACED,
            REVIEW_MARKERS_UNSPACED,
            PUBLIC_MARKERS_UNSPACED,
            NARRATIVE_MARKERS_UNSPACED,
        ];
        for m in unspaced.iter().flat_map(|l| l.iter()) {
            assert!((1..=14).contains(&m.chars().count()), "{m}");
            assert!(
                m.chars().all(|c| crate::is_unspaced_char(c) || matches!(c, '々' | '\u{0E31}'..='\u{0E4E}')),
                "{m}"
            );
            assert_eq!(crate::nfc(m.to_string()), *m, "{m} is not NFC");
        }
        for (m, _, _) in UNSPACED_CONTEXTS {
            assert!(unspaced.iter().any(|l| l.contains(m)), "context of {m}, which is no marker");
        }
        for (p, _) in KOREAN_PARTICLES {
            assert!(p.chars().all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)), "{p}");
        }
    }

    #[test]
    fn labels_of_the_world_s_opinion_pages() {
        for yes in [
            "Our view",
            "Punto de vista",
            "Tribune libre",
            "Außenansicht",
            "Γνώμες",
            "Απόψεις",
            "Точка зрения",
            "Başyazı",
            "وجهة نظر",
            "מאמרי דעה",
            "தலையங்கம்",
            "ความเห็น",
            "사설",
            "기고",
            "天声人語",
            "民意論壇",
            "Krönika",
            "Gość Wyborczej",
        ] {
            assert!(is_opinion_label(yes, true), "{yes}");
        }
        // The news of the day in Polish and Croatian, court reporting in French; the courts in
        // Spanish, Portuguese and French (beside "Tribuna", an op-ed page).
        assert!(is_opinion_label("Tribuna", true));
        for no in ["Kronika", "Kronika policyjna", "Chronique judiciaire", "Tribunales", "Tribunais", "Tribunaux"] {
            assert!(!is_opinion_label(no, true), "{no}");
        }
        for other in ["Recenzja", "Horoskop", "Рецензия", "리뷰", "Artykuł sponsorowany", "Партнерский материал"]
        {
            assert!(is_other_label(other), "{other}");
        }
    }

    #[test]
    fn labels() {
        for yes in [
            "Opinion",
            "Opinión",
            "Opinião",
            "Opinione",
            "Meinung",
            "Kommentar",
            "Gastkommentar",
            "Gastbeitrag",
            "Leitartikel",
            "Kolumne",
            "Tribune",
            "Chronique",
            "Éditorial",
            "Editorial",
            "Column",
            "Op-Ed",
            "Mening",
            "Nuomonės",
            "Publicystyka",
            "Köşe Yazısı",
            "Köşe Yazıları",
            "Мнение",
            "Колонка",
            "사설",
            "칼럼",
            "社説",
            "评论",
            "Columnists",
            "Voices",
            "Opinion & Analysis",
            "Ideas",
            // News sites of more countries: nl, sv, da, no, fi, cs, hu, hr, uk, id, vi, he,
            // fa, zh, ja, th, bn.
            "Standpunt",
            "Debatt",
            "Klummer",
            "Ytring",
            "Mielipide",
            "Pääkirjoitus",
            "Názory",
            "Komentáře",
            "Vélemény",
            "Mišljenja",
            "Думка",
            "Opini",
            "Kolom",
            "Góc nhìn",
            "דעות",
            "دیدگاه",
            "社论",
            "コラム",
            "ความคิดเห็น",
            "মতামত",
        ] {
            assert!(is_opinion_label(yes, true), "{yes}");
        }
        for no in [
            "Politics",
            "Global Voices",
            "Weblog",
            "Freedom of Speech",
            "Columbus",
            "Nachrichten",
            "Editor's picks",
            "",
        ] {
            assert!(!is_opinion_label(no, true), "{no}");
        }
        assert!(!is_opinion_label("Ideas", false));
        assert!(is_opinion_label("Opinion", false));
    }

    /// Issue 9: the headlines of guides, lists of tips, buying advice and interviews, and the
    /// joined section segments of guides, for the kind model.
    #[test]
    fn guide_and_interview_headlines_and_segments() {
        for yes in [
            "Provence Travel Guide",
            "Top Nine Financial Tips for Working Adults",
            "Professionell entlöten – so machen Sie alte Elektrogeräte wieder einsatzbereit",
            "An oder aus? So heizen Sie während des Urlaubs effizient",
            "10 Things I Wish I Knew Before Learning Embedded Systems",
            "JSON parsing: simdjson vs. JSON for Modern C++",
            "What is Rust and why is it so popular?",
            "Как выбрать зимние шины",
            "How to set up a nursery",
            "Πώς να κινηθείτε στη Νάξο με τα λεωφορεία",
            "Cara membuat kue nastar yang renyah",
        ] {
            assert!(is_guide_title(yes), "{yes}");
        }
        for no in [
            "Council approves the harbour sale",
            "Warum wir anfangen müssen, mehr über Gehälter zu sprechen",
            "3 killed as storm hits the coast",
            "The Collapse of Neoliberalism",
            "Πώς η κυβέρνηση έχασε την πλειοψηφία",
            // An open letter: "Dear minister, come and see our school".
            "Cara ministra, venga a vedere la nostra scuola",
        ] {
            assert!(!is_guide_title(no), "{no}");
        }
        assert!(is_interview_title("Interview mit Rainer Teuber"));
        assert!(is_interview_title("Entretien avec la ministre"));
        assert!(!is_interview_title("Interviewing is hard"));
        assert!(is_other_compound("travel-tips") && is_other_compound("actuarial_career_tips"));
        assert!(is_about_page_path("/about/") && is_about_page_path("/pages/Impressum.html"));
        assert!(is_other_label("Guia") && is_other_label("Poradnik"));
        assert!(is_opinion_label("Skoðun", true) && is_opinion_label("skodun", true));
        assert!(!is_about_page_path("/") && !is_about_page_path("/2026/03/about/"));
        assert!(!is_about_page_path("/news/about-the-budget-vote"));
        assert!(!is_other_compound("tips") && !is_other_compound("tipping-point"));
        assert!(
            is_opinion_title("A Letter on Justice and Open Debate")
                && is_opinion_title("Why I Teach Plato to Plumbers")
        );
        for w in PUBLIC_MARKERS.iter().chain(GUIDE_TITLE_WORDS).chain(LIST_TITLE_NOUNS).chain(INTERVIEW_TITLE_WORDS) {
            assert_eq!(w.to_lowercase(), *w, "{w} is not lowercase");
        }
    }

    #[test]
    fn roles_and_separators() {
        assert!(is_columnist_role("Jane Doe, Opinion Columnist"));
        for role in ["Jan Kowalski, publicysta", "עמית לוי, בעל טור", "Sara Lind, krönikör", "王芳 专栏作者"]
        {
            assert!(is_columnist_role(role), "{role}");
        }
        assert!(is_columnist_role("Ahmet Yılmaz - Köşe Yazarı"));
        assert!(!is_columnist_role("Jane Doe, Reporter"));
        assert!(is_spaced_title_separator(" | "));
        assert!(is_spaced_title_separator(" :: "));
        assert!(!is_spaced_title_separator("|"));
        assert!(spaced_title_separators().iter().any(|s| s == " — "));
        assert!(folds_to("Op-Ed", "oped"));
        assert!(folds_to("Opinião", "opiniao"));
        assert!(!folds_to("opinions", "opinion"));
    }
}
