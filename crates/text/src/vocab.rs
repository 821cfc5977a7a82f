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
];

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
];

/// Section names and labels of paid content, which is never the publication's own opinion or
/// news (in [`fold_key`] form).
pub const SPONSORED_SECTIONS: &[&str] = &[
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

/// The voice of a text, in about fifteen languages (lowercase words): first-person pronouns
/// (singular here, plural in [`FIRST_PERSON_PLURAL`]), second-person pronouns, argument markers (modals of obligation, verbs of belief) and
/// reporting markers (verbs of saying, "according to"). Quoted speech is not the writer's voice
/// and is skipped by whoever counts them. The lists are read without knowing the language, so a
/// word that is a common word of another language is left out: French "du" (of the; German
/// "you") and "mes" (Spanish "month"), Italian "ma" (but; French "my"), German "ja" (yes; Polish
/// "I") and "war" (was), English "min" (minutes), Portuguese "nas" (in the; Polish "us"), Polish
/// "ta" (this), French "mai" (May), Italian "stato" and Spanish "estado" (been), Italian "lei"
/// (she; Portuguese "law").
pub const FIRST_PERSON_SINGULAR: &[&str] = &[
    "i", "me", "my", "mine", "myself", "ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "je",
    "moi", "mon", "yo", "mí", "mis", "eu", "meu", "minha", "meus", "minhas", "io", "mio", "mia", "miei", "mie", "mnie",
    "mój", "moja", "moje", "my", "ik", "mij", "mijn", "jag", "mig", "mitt", "я", "меня", "мне", "мой", "моя", "моё",
    "мои", "ben", "benim",
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
];

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
    if (whole_names && folds_to_any(label, OPINION_SECTIONS)) || OPINION_UNSPACED.iter().any(|w| label.contains(w)) {
        return true;
    }
    let lower = label.to_lowercase();
    // Each word of the label, folded, checked against the stems.
    lower.split(|c: char| !(c.is_alphanumeric() || c == '-' || is_combining(c))).filter(|w| !w.is_empty()).any(|w| {
        let folded: String = w.chars().filter(|&c| !is_combining(c)).map(fold_char).collect();
        OPINION_STEMS.iter().any(|s| folded.starts_with(s) || w.starts_with(s))
    })
}

/// Whether a section label or path segment names reviews, recipes, guides and the like
/// ([`OTHER_SECTIONS`]) or paid content ([`SPONSORED_SECTIONS`]).
pub fn is_other_label(label: &str) -> bool {
    let label = label.trim();
    !label.is_empty()
        && label.chars().count() <= 40
        && (folds_to_any(label, OTHER_SECTIONS) || folds_to_any(label, SPONSORED_SECTIONS))
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
    "de mening van de auteur",
    "opinie wyrażone",
    // ru, uk, tr, ar
    "автора может не совпадать",
    "автора може не збігатися",
    "yazarına aittir",
    "يعبر عن رأي كاتبه",
    "تعبر عن رأي كاتبها",
    "لا يعبر بالضرورة عن رأي",
    "لا تعبر بالضرورة عن رأي",
    // zh, ja
    "仅代表作者",
    "僅代表作者",
    "不代表本",
    "筆者の個人的見解",
];

/// Whether a short block's lowercase text says the piece is its author's view
/// ([`OPINION_DISCLAIMERS`]). Only short blocks: an article may quote such a sentence.
pub fn is_opinion_disclaimer(lower: &str) -> bool {
    lower.len() <= 600 && OPINION_DISCLAIMERS.iter().any(|d| lower.contains(d))
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
        .any(|part| GUIDE_TITLE_STARTS.iter().any(|s| part.starts_with(s)))
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
    let b = byline.to_lowercase();
    COLUMNIST_ROLES.iter().any(|w| b.contains(w))
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
        for w in ["du", "ta", "ma", "mes", "ja", "min", "nas"] {
            assert!(!pronouns.iter().any(|l| l.contains(&w)), "{w}");
        }
        for w in ["war", "stato", "estado", "lei", "mai"] {
            assert!(!PUBLIC_MARKERS.contains(&w) && !NEGATIONS.contains(&w), "{w}");
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
        ] {
            assert!(is_guide_title(yes), "{yes}");
        }
        for no in [
            "Council approves the harbour sale",
            "Warum wir anfangen müssen, mehr über Gehälter zu sprechen",
            "3 killed as storm hits the coast",
            "The Collapse of Neoliberalism",
        ] {
            assert!(!is_guide_title(no), "{no}");
        }
        assert!(is_interview_title("Interview mit Rainer Teuber"));
        assert!(is_interview_title("Entretien avec la ministre"));
        assert!(!is_interview_title("Interviewing is hard"));
        assert!(is_other_compound("travel-tips") && is_other_compound("actuarial_career_tips"));
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
