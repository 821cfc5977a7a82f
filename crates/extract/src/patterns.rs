//! Word lists matched against `class`/`id` strings and visible text, compiled once.
//!
//! Readability's regular expressions are substring tests on `class + " " + id`; here they are
//! Aho–Corasick automatons over the lowercased string, so one pass answers each question.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

fn build(words: &[&str]) -> AhoCorasick {
    build_as(words, AhoCorasickKind::DFA)
}

/// A long list of phrases in many scripts as a contiguous NFA: the disclosures' DFA took 7.5 MB
/// of every process (0.2 MB as an NFA), for a search that only short blocks ask.
fn build_compact(words: &[&str]) -> AhoCorasick {
    build_as(words, AhoCorasickKind::ContiguousNFA)
}

fn build_as(words: &[&str], kind: AhoCorasickKind) -> AhoCorasick {
    // The patterns are static and valid; building cannot fail for them.
    #[expect(clippy::expect_used, reason = "static pattern lists always build")]
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .kind(Some(kind))
        .build(words)
        .expect("static patterns")
}

/// Names of a video player's box ("video-sticky", "jwplayer"): [`crate::content`]'s video boxes.
pub static MEDIA_NAMES: LazyLock<AhoCorasick> = LazyLock::new(|| build(&["video", "player", "podcast"]));

/// Containers that are rarely the article: menus, comments, footers, cookie notices, share bars…
pub static UNLIKELY: LazyLock<AhoCorasick> = LazyLock::new(|| {
    build(&[
        "-ad-",
        "ai2html",
        "banner",
        "breadcrumbs",
        "combx",
        "comment",
        "community",
        "cover-wrap",
        "disqus",
        "extra",
        "footer",
        "gdpr",
        "header",
        "legends",
        "menu",
        "related",
        "remark",
        "replies",
        "rss",
        "shoutbox",
        "sidebar",
        "skyscraper",
        "social",
        "sponsor",
        "supplemental",
        "ad-break",
        "agegate",
        "pagination",
        "pager",
        "popup",
        "yom-remote",
        // Beyond Readability: boilerplate of today's news sites.
        "cookie",
        "consent",
        "newsletter",
        "paywall",
        "subscribe",
        "subscription",
        "donate",
        "donation",
        "outbrain",
        "taboola",
        "recommend",
        "most-read",
        "mostread",
        "most-popular",
        "trending",
        "navbar",
        "topbar",
        "share-bar",
        "sharebar",
        "share-tools",
        "social-share",
        "more-stories",
        "promo",
        "modal",
        // Video players pinned to the page, with the title of a clip that is no part of the text.
        "sticky-video",
        "video-player",
        // Customers' quotes on a company's post, and a card previewing another article (Ghost).
        "testimonial",
        "bookmark-card",
        // A pull quote repeats a line of the text in large type.
        "pullquote",
        "pull-quote",
        "pull_quote",
        // A shop's box beside a review ("Buy now"), a newsletter's referral prompt.
        "buy-box",
        "buybox",
        "referral",
    ])
});

/// Words that rescue an unlikely-looking container: it may well be the article.
pub static MAYBE_CANDIDATE: LazyLock<AhoCorasick> = LazyLock::new(|| {
    build(&["and", "article", "body", "column", "content", "main", "mathjax", "shadow", "subscriber"])
});

/// Class/id words of article containers.
pub static POSITIVE: LazyLock<AhoCorasick> = LazyLock::new(|| {
    build(&[
        "article",
        "body",
        "content",
        "entry",
        "hentry",
        "h-entry",
        "main",
        "page",
        "pagination",
        "post",
        "text",
        "blog",
        "story",
    ])
});

/// Class/id words of boilerplate.
pub static NEGATIVE: LazyLock<AhoCorasick> = LazyLock::new(|| {
    build(&[
        "-ad-",
        "hidden",
        "banner",
        "combx",
        "comment",
        "com-",
        "contact",
        "footer",
        "gdpr",
        "masthead",
        "media",
        "meta",
        "outbrain",
        "promo",
        "related",
        "scroll",
        "share",
        "shoutbox",
        "sidebar",
        "skyscraper",
        "sponsor",
        "shopping",
        "tags",
        "widget",
        // Beyond Readability.
        "cookie",
        "consent",
        "newsletter",
        "paywall",
        "taboola",
        "recommend",
        // Author boxes: the writer's biography after the text (also [`AUTHOR_BOX`]).
        "author-box",
        "authorbox",
        "autor-box",
        "author-bio",
        "authorbio",
        "author-card",
        "about-author",
        "about-the-author",
        "__bio",
        "author-content",
        "author-description",
        "contrib-bio",
    ])
});

/// Author boxes: the writer's biography after the text, a negative class ([`NEGATIVE`]) whose
/// `<div>` is not unwrapped into the paragraph it holds (the paragraph would then join the text
/// as a sibling of the body).
pub static AUTHOR_BOX: LazyLock<AhoCorasick> = LazyLock::new(|| {
    build(&[
        "author-box",
        "authorbox",
        "autor-box",
        "author-bio",
        "authorbio",
        "author-card",
        "about-author",
        "about-the-author",
        "__bio",
        "author-content",
        "author-description",
        "contrib-bio",
    ])
});

/// Bylines: class/id of the element naming the author.
pub static BYLINE: LazyLock<AhoCorasick> =
    LazyLock::new(|| build(&["byline", "author", "dateline", "writtenby", "p-author"]));

/// Share bars: matched as whole words in class/id.
pub static SHARE: LazyLock<AhoCorasick> = LazyLock::new(|| build(&["share", "sharedaddy"]));

/// Whole-block texts (lowercased, trimmed) that are page furniture, not article.
pub static BOILERPLATE_TEXT: LazyLock<AhoCorasick> = LazyLock::new(|| {
    build(&[
        "we use cookies",
        "this website uses cookies",
        "this site uses cookies",
        "uses cookies to",
        "accept all cookies",
        "accept cookies",
        "cookie policy",
        "cookie settings",
        "manage cookies",
        "more information · close",
        "sign up for our newsletter",
        "subscribe to our newsletter",
        "sign up to our newsletter",
        "share this article",
        "share on facebook",
        "share on twitter",
        "share via email",
        "click here to subscribe",
        "already a subscriber",
        "subscribe now",
        "continue reading",
        "enable javascript",
        "javascript is disabled",
        "advertisement",
        "utilizamos cookies",
        "usamos cookies",
        "nous utilisons des cookies",
        "wir verwenden cookies",
        "çerez",
        "cookie'ler",
        "используем cookie",
        "файлы cookie",
        "korzystamy z cookies",
        "korzystamy z plików cookie",
        "używamy plików cookie",
        "utilizziamo i cookie",
        "utilizza cookie",
        "utiliza cookies",
        "wij gebruiken cookies",
        "gebruikt cookies",
        "vi använder cookies",
        "vi bruger cookies",
        "informasjonskapsler",
        "používáme cookies",
        "soubory cookie",
        "käytämme evästeitä",
        "sütiket használ",
        "folosim cookie",
        "χρησιμοποιούμε cookies",
        // Newsletter boxes and privacy promises beside their forms.
        "straight to your inbox",
        "delivered to your inbox",
        "join our newsletter",
        "join our mailing list",
        "newsletter abonnieren",
        "abonnieren sie unseren newsletter",
        "abonnez-vous à notre newsletter",
        "inscrivez-vous à notre newsletter",
        "suscríbete a nuestro newsletter",
        "suscríbete a nuestro boletín",
        "assine nossa newsletter",
        "assine a newsletter",
        "iscriviti alla newsletter",
        "iscriviti alla nostra newsletter",
        "zapisz się do newslettera",
        "schrijf je in voor onze nieuwsbrief",
        "apúntate a la newsletter",
        "apúntate a nuestra newsletter",
        "suscríbete a la newsletter",
        "inscreva-se na newsletter",
        "abonnez-vous à la newsletter",
        "inscrivez-vous à la newsletter",
        "abonează-te la newsletter",
        "подпишитесь на рассылку",
        "הירשמו לניוזלטר",
        "הירשמו עכשיו לניוזלטר",
        "اشترك في النشرة",
        "عضویت در خبرنامه",
        "підпишіться на розсилку",
        // A paywall's note under a text printed whole: "Contenido exclusivo para suscriptores".
        "exclusivo para suscriptores",
        "exclusivo para assinantes",
        "riservato agli abbonati",
        "réservé aux abonnés",
        "nur für abonnenten",
        "только для подписчиков",
        "лише для передплатників",
        "on tilaajille",
        "vain tilaajille",
        "endast för prenumeranter",
        "kun for abonnenter",
        "bare for abonnenter",
        "alleen voor abonnees",
        "we respect your privacy",
        "wir respektieren deine privatsphäre",
        "wir respektieren ihre privatsphäre",
        "nous respectons votre vie privée",
        "respetamos tu privacidad",
        "respeitamos a sua privacidade",
        "rispettiamo la tua privacy",
        // Invitations to the site's channels and social accounts.
        "follow us on",
        "our telegram channel",
        "our whatsapp channel",
        "síguenos en",
        "nuestro canal de telegram",
        "nuestro canal de youtube",
        "nuestro canal de whatsapp",
        "tenemos canal de",
        "únete a nuestro canal",
        "join our whatsapp",
        "join our telegram",
        "rejoignez notre chaîne",
        "notre chaîne whatsapp",
        "notre chaîne telegram",
        "nosso canal de whatsapp",
        "nosso canal do whatsapp",
        "nosso canal no whatsapp",
        "nosso canal no telegram",
        "unserem whatsapp-kanal",
        "unseren whatsapp-kanal",
        "unserem telegram-kanal",
        "il nostro canale whatsapp",
        "il nostro canale telegram",
        "nasz kanał na whatsapp",
        "folgen sie uns auf",
        "folge uns auf",
        "suivez-nous sur",
        "seguici su",
        "siga-nos",
        "nosso canal no",
        "obserwuj nas",
        "bizi takip edin",
        "подписывайтесь на наш",
        "on google news",
        "تابعونا على",
        "جوجل نيوز",
        "हमें फॉलो करें",
        "ہمیں فالو کریں",
        "have a news tip",
        "write a letter to the editor",
        "submit a letter to the editor",
        // Russian advertising marks, required by law: "Реклама. ООО «…». erid: 2SDnjcVm4Lp".
        "erid:",
        "sign up for push alerts",
        "follow topics and authors",
        "got a news tip",
        "send us a news tip",
        "appears in print on",
        "this story was originally published",
        "this article was originally published",
        "무단전재",
        "무단 복제",
        // Rights notices closing an article: "Materiał chroniony prawem autorskim - wszelkie
        // prawa zastrzeżone. Dalsze rozpowszechnianie ... za zgodą wydawcy".
        "all rights reserved",
        "alle rechte vorbehalten",
        "tous droits réservés",
        "todos los derechos reservados",
        "todos os direitos reservados",
        "tutti i diritti riservati",
        "wszelkie prawa zastrzeżone",
        "alle rechten voorbehouden",
        "všechna práva vyhrazena",
        "minden jog fenntartva",
        "toate drepturile rezervate",
        "tüm hakları saklıdır",
        "все права защищены",
        "版权所有",
        "版權所有",
        "不得轉載",
        "不得转载",
        "禁止轉載",
        "禁止转载",
        "無断転載",
        "무단 전재",
        "転載することを禁じ",
        "転載を禁じ",
        "riproduzione riservata",
        "hak cipta terpelihara",
        "dilarang mengutip",
        "artikel ini telah tayang di",
        "bản quyền thuộc về",
        "cấm sao chép",
        // Wire and syndication credits closing a story: "Mit Material von dpa", "Con información
        // de EFE", "(This story has not been edited by … staff and is auto-generated from a
        // syndicated feed.)", "【责任编辑：张敏】". (An English story's "The Associated Press
        // contributed to this report." is its own sentence, and stays.)
        "mit material von",
        "con información de",
        "com informações d",
        "с использованием материалов",
        "this story has not been edited",
        "auto-generated from a syndicated feed",
        "सिंडिकेट फीड",
        "责任编辑",
        "責任編輯",
        "【纠错】",
        "（編輯：",
        "(編輯：",
        "edited by:",
        "distributed by tribune content agency",
        "this article was provided by",
        "this article originally appeared",
        "this story originally appeared",
        "this article was originally published",
        "this story was originally published",
        "artigo publicado originalmente",
        "artículo publicado originalmente",
        "conteúdo distribuído",
        "column is distributed by",
        "write to him at",
        "write to her at",
        "write to them at",
        // A desk's invitation to write in: "Mọi thông tin phản hồi xin gửi về hộp thư tòa soạn."
        "thông tin phản hồi xin gửi",
        // A site's notes on its letters and paid notices.
        "send us your letters",
        // A wire story's dating note, a newsroom's call for tips, a newsletter's prompt.
        "this report by the canadian press was first published",
        "got a story? email",
        "subscribe to our daily newsletter",
        "sign up for our daily newsletter",
        "sign up to our daily newsletter",
        "send your letters to",
        "to place an obituary",
        "to place a funeral announcement",
        // A weekly's note on the issue the piece ran in, a platform's share prompt, a press
        // release's notes, a newsletter's summary and referral prompts, a letters page's rules, a
        // guide's "not advice" line, a horoscope's "for fun" line.
        "cet article est paru dans",
        "cet article a été publié dans",
        "dieser artikel erschien zuerst",
        "dieser beitrag erschien zuerst",
        "this post is public so feel free to share",
        "notes to editors",
        "note to editors",
        "notes for editors",
        "originally published at ",
        "this post was originally published",
        "this piece was originally published",
        "a version of this article",
        "a version of this story",
        "in today’s issue",
        "in today's issue",
        "forward this issue",
        "forward this email",
        "refer a friend",
        "letters should be under",
        "letters should not exceed",
        "vous avez une opinion à partager",
        "ce contenu est accessible à tous",
        "not tax advice",
        "not financial advice",
        "not investment advice",
        "not legal advice",
        "운세는 재미로",
        // A magazine's note on the issue the piece ran in, and on a correction.
        "this article appears in the",
        "this essay appears in the",
        "this review appears in the",
        "this story appears in the",
        "a version of this review",
        "a version of this essay",
        "this article was amended on",
        "forma parte del número",
        "ukazał się w numerze",
        // Thai "… reserves the rights to its content", Vietnamese "this article is republished
        // under a content agreement".
        "ขอสงวนสิทธิ์ในเนื้อหา",
        "được đăng lại theo thỏa thuận",
    ])
});

/// Advertising and affiliate disclosures, membership and donation appeals, and the disclaimers of
/// contributors' columns ([`colonnade_text::vocab::OPINION_DISCLAIMERS`]): paragraphs of a few
/// sentences that sit inside article containers on commercial and reader-funded sites. Matched
/// in lowercase blocks of up to 800 characters.
pub static DISCLOSURE_TEXT: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let words: Vec<&str> = DISCLOSURES
        .iter()
        .chain(colonnade_text::vocab::OPINION_DISCLAIMERS)
        .chain(colonnade_text::vocab::SPONSORED_DISCLOSURES)
        .copied()
        .collect();
    build_compact(&words)
});

/// Whether every disclosure [`DISCLOSURE_TEXT`] finds in `text` is a contributor's disclaimer
/// ([`colonnade_text::vocab::OPINION_DISCLAIMERS`]), no advertising, appeal or sponsor's line.
pub fn only_opinion_notes(text: &str) -> bool {
    let opinion = DISCLOSURES.len()..DISCLOSURES.len() + colonnade_text::vocab::OPINION_DISCLAIMERS.len();
    let mut found = DISCLOSURE_TEXT.find_iter(text).peekable();
    found.peek().is_some() && found.all(|m| opinion.contains(&m.pattern().as_usize()))
}

/// Advertising and affiliate disclosures and membership appeals ([`DISCLOSURE_TEXT`]).
const DISCLOSURES: &[&str] = &[
    // An academic writer's note on interests, as The Conversation prints it under every piece.
    "does not work for, consult, own shares in",
    "do not work for, consult, own shares in",
    // The notice Russian law makes a "foreign agent" print over its texts, in capitals or not.
    "ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА",
    "выполняющим функции иностранного агента",
    "КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА",
    "касается деятельности иностранного агента",
    "РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ",
    "РАСПРОСТРАНЁН ИНОСТРАННЫМ АГЕНТОМ",
    "распространен иностранным агентом",
    "распространён иностранным агентом",
    "advertiser disclosure",
    "advertising disclosure",
    "receives compensation",
    "may receive compensation",
    "we may earn a commission",
    "we earn a commission",
    "contains affiliate links",
    "affiliate links on this page",
    "hazte miembro",
    "hazte socio",
    "become a member and",
    "support our journalism",
    "support independent journalism",
    "unterstützen sie unseren journalismus",
    "jetzt unterstützen",
    "soutenez notre journalisme",
    "apoia o nosso jornalismo",
    "sostieni il nostro giornalismo",
    "wesprzyj nas",
    "may contain affiliate links",
    "affiliate commission",
    "through links on our site",
    "when you buy through links",
    "reader-supported",
    "paid for by an advertiser",
    "may earn a commission",
    "may earn an affiliate commission",
    "featured partner offers",
    // The same disclosure in other languages: the links pay the site a commission.
    "enthält affiliate-links",
    "erhalten wir eine provision",
    "liens d'affiliation",
    "liens affiliés",
    "percevoir une commission",
    "enlaces de afiliado",
    "enlaces afiliados",
    "recibir una comisión",
    "links de afiliados",
    "links afiliados",
    "receber uma comissão",
    "link di affiliazione",
    "link affiliati",
    "ricevere una commissione",
    "affiliatelinks",
    "affiliate-links",
    "linki afiliacyjne",
    "linków afiliacyjnych",
    "otrzymujemy prowizję",
    "satış ortaklığı",
    "komisyon alabiliriz",
    "партнёрские ссылки",
    "партнерские ссылки",
    "tautan afiliasi",
    "link afiliasi",
    "komisi dari pembelian",
    "アフィリエイト広告",
    "プロモーションが含まれて",
    "쿠팡 파트너스",
    "수수료를 제공받",
    "روابط تابعة",
    // Invitations to write to the letters page, and the opinion desk's notes on itself.
    "diversity of letters to the editor",
    "submit a response of up to",
    "for publication in our letters",
    "share your thoughts in a letter to the editor",
    "separate from the newsroom",
    "opinion section on facebook",
    // A weekly's pointer to its print edition.
    "read the full story in",
    // A comment section's house rules.
    "community guidelines",
    "community-richtlinien",
    // Placeholders of embeds that wait for consent (Twitter, YouTube, Instagram).
    "keine verbindung zu twitter",
    "keine verbindung zu youtube",
    "keine verbindung zu instagram",
    "keine verbindung zu facebook",
    "um diesen inhalt zu sehen",
    "externe inhalte angezeigt werden",
    "to view this content, please",
    "this content is provided by a third party",
    "pour afficher ce contenu",
    "para ver este contenido",
    // A reader-funded magazine's appeal, and a subscription's selling line.
    "keine bezahlschranke",
    "cancela cuando quieras",
    "cancel anytime",
    "cancel at any time",
    "jederzeit kündbar",
    "résiliable à tout moment",
    "cancele quando quiser",
    // A desk's invitation to write to it, with its address.
    "puede escribirnos a",
    "puedes escribirnos a",
    "write to us at",
    "écrivez-nous à",
];

/// Buttons, labels and notices a page's furniture prints as a whole line — print, share,
/// permalink, loading, learn more, back to the list, rate this article, enlarge the picture — in
/// the languages of the news sites we read. A block whose whole text (lowercase, without
/// surrounding punctuation) is one of these is never the column's text.
const UI_PHRASES: &[&str] = &[
    // The end mark Iranian agencies print under a story.
    "انتهای پیام",
    "انتهای خبر",
    "/انتهای پیام/",
    "/انتهای خبر/",
    // en
    "print",
    "print this",
    "print this article",
    "print article",
    "share",
    "share this",
    "share article",
    "share this story",
    "share this post",
    "email",
    "e-mail",
    "permalink",
    "loading",
    "learn more",
    "find out more",
    "back",
    "back to top",
    "back to list",
    "back to overview",
    "back to the list",
    "back to previous page",
    "back to the previous page",
    "go back",
    "rate this article",
    "click to enlarge",
    "enlarge",
    "enlarge image",
    "download",
    "comments",
    "leave a comment",
    "add a comment",
    "next article",
    "previous article",
    "next",
    "previous",
    "tags",
    "topics",
    "follow us",
    "listen",
    "listen to this article",
    "save",
    "bookmark",
    "copy link",
    "link copied",
    // de
    "drucken",
    "artikel drucken",
    "teilen",
    "artikel teilen",
    "diesen artikel teilen",
    "den artikel mit anderen teilen/diskutieren",
    "wird geladen",
    "lädt",
    "laden",
    "mehr erfahren",
    "mehr dazu",
    "zurück",
    "zurück zur übersicht",
    "zurück zur listenansicht",
    "zurück zur liste",
    "zurück zur vorherigen seite",
    "zur vorherigen seite",
    "nach oben",
    "zum seitenanfang",
    "artikel bewerten",
    "hier können sie den artikel bewerten",
    "zum vergrößern klicken",
    "zum vergrößern auf das bild klicken",
    "bild vergrößern",
    "kommentare",
    "kommentieren",
    "anzeige",
    "vorlesen",
    "artikel vorlesen",
    "merken",
    "link kopieren",
    "schlagworte",
    "themen",
    // fr
    "imprimer",
    "partager",
    "partager cet article",
    "permalien",
    "chargement",
    "chargement en cours",
    "en savoir plus",
    "retour",
    "retour en haut",
    "retour à la liste",
    "retour à la page précédente",
    "commentaires",
    "commenter",
    "agrandir",
    "agrandir l'image",
    "écouter",
    "écouter cet article",
    "copier le lien",
    "mots-clés",
    // es
    "imprimir",
    "compartir",
    "compartir artículo",
    "compartir en",
    "cargando",
    "más información",
    "saber más",
    "volver",
    "volver arriba",
    "volver a la página anterior",
    "ir arriba",
    "comentarios",
    "comentar",
    "enlace permanente",
    "ampliar",
    "ampliar imagen",
    "escuchar",
    "escuchar artículo",
    "guardar",
    "copiar enlace",
    "etiquetas",
    "temas",
    // it
    "stampa",
    "condividi",
    "condividi articolo",
    "caricamento",
    "caricamento in corso",
    "scopri di più",
    "torna su",
    "torna indietro",
    "torna alla pagina precedente",
    "commenti",
    "commenta",
    "ingrandisci",
    "ascolta",
    "salva",
    "copia link",
    // pt
    "compartilhar",
    "partilhar",
    "carregando",
    "a carregar",
    "saiba mais",
    "voltar",
    "voltar ao topo",
    "voltar à página anterior",
    "comentários",
    "comentar",
    "ouvir",
    "salvar",
    "copiar link",
    // pl
    "drukuj",
    "udostępnij",
    "ładowanie",
    "wczytywanie",
    "dowiedz się więcej",
    "więcej",
    "czytaj więcej",
    "czytaj dalej",
    "wróć",
    "powrót",
    "powrót do poprzedniej strony",
    "komentarze",
    "skomentuj",
    "reklama",
    "powiększ",
    "posłuchaj",
    "zapisz",
    "skopiuj link",
    "tagi",
    "publikacja",
    "publikacje",
    // nl
    "afdrukken",
    "printen",
    "delen",
    "deel dit artikel",
    "lees meer",
    "meer informatie",
    "terug",
    "terug naar vorige pagina",
    "naar boven",
    "reacties",
    "advertentie",
    "vergroten",
    // tr
    "yazdır",
    "paylaş",
    "yükleniyor",
    "daha fazla bilgi",
    "devamı",
    "geri",
    "yukarı çık",
    "yorumlar",
    "yorum yap",
    "reklam",
    "büyüt",
    "dinle",
    "kaydet",
    "etiketler",
    // ru
    "печать",
    "распечатать",
    "поделиться",
    "загрузка",
    "подробнее",
    "читать далее",
    "назад",
    "наверх",
    "комментарии",
    "реклама",
    "увеличить",
    "слушать",
    "сохранить",
    "теги",
    // cs, sk, sv, fi, hu, ro
    "tisk",
    "sdílet",
    "načítání",
    "více",
    "zpět",
    "komentáře",
    "skriv ut",
    "dela",
    "laddar",
    "läs mer",
    "tillbaka",
    "kommentarer",
    "tulosta",
    "jaa",
    "ladataan",
    "lue lisää",
    "takaisin",
    "kommentit",
    "nyomtatás",
    "megosztás",
    "betöltés",
    "tovább",
    "vissza",
    "hozzászólások",
    "tipărește",
    "distribuie",
    "se încarcă",
    "citește mai mult",
    "înapoi",
    "comentarii",
    // zh, ja, ko
    "分享",
    "打印",
    "返回",
    "返回顶部",
    "评论",
    "图集",
    "组图",
    "纠错",
    "收藏",
    "加载中",
    "印刷",
    "共有",
    "シェア",
    "戻る",
    "コメント",
    "読み込み中",
    "공유",
    "인쇄",
    "댓글",
    "목록",
    "이전",
    "다음",
    // Advertising labels over an ad slot, in the world's languages ("- إعلان -", "- Pubblicità -").
    "advertisement",
    "publicidad",
    "publicité",
    "pubblicità",
    "publicidade",
    "werbung",
    "mainos",
    "annons",
    "annonse",
    "annonce",
    "διαφήμιση",
    "פרסומת",
    "إعلان",
    "اعلان",
    "اشتہار",
    "تبلیغات",
    "विज्ञापन",
    "বিজ্ঞাপন",
    "iklan",
    "quảng cáo",
    "โฆษณา",
    "広告",
    "광고",
    "廣告",
    "广告",
    // Labels a paywalled layout prints between the parts of the text.
    "article content",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "article continues below advertisement",
];

/// The channels a site invites its readers to follow it on (lowercase, in the scripts they are
/// written in): [`is_channel_invitation`].
const CHANNELS: &[&str] = &[
    "whatsapp",
    "telegram",
    "google news",
    "google actualités",
    "google noticias",
    "google notícias",
    "google notizie",
    "google nachrichten",
    "google haberler",
    "google берита",
    "zalo",
    "line openchat",
    "line官方",
    "line 官方",
    "viber",
    "واتساب",
    "واتس اب",
    "واٹس ایپ",
    "تلغرام",
    "تيليجرام",
    "تلگرام",
    "ٹیلی گرام",
    "וואטסאפ",
    "טלגרם",
    "телеграм",
    "вайбер",
    "ватсап",
];

/// Words that invite the reader to follow, join or subscribe (lowercase, stems where a language
/// inflects them): [`is_channel_invitation`].
const INVITATIONS: &[&str] = &[
    "follow",
    "join",
    "subscribe",
    "síguenos",
    "sigue",
    "únete",
    "unete",
    "súmate",
    "sumate",
    "suscríbete",
    "recibe",
    "suivez",
    "rejoignez",
    "abonnez",
    "siga",
    "segue",
    "entre no",
    "receba",
    "inscreva",
    "folg",
    "abonn",
    "seguici",
    "iscriviti",
    "takip",
    "katıl",
    "ikuti",
    "gabung",
    "theo dõi",
    "tham gia",
    "obserwuj",
    "dołącz",
    "sledujte",
    "kövesse",
    "csatlakozz",
    "urmăriți",
    "urmareste",
    "подпис",
    "присоедин",
    "приєдн",
    "стежте",
    "تابع",
    "انضم",
    "اشترك",
    "دنبال",
    "عضو",
    "جوائن",
    "فالو",
    "הצטרפו",
    "עקבו",
    "加入",
    "追蹤",
    "关注",
    "關注",
    "ติดตาม",
    "フォロー",
    "登録",
    "구독",
    "팔로우",
    "दें",
    "फॉलो",
    "जुड़ें",
];

/// A short block inviting the reader to one of the site's channels: a channel ([`CHANNELS`]:
/// WhatsApp, Telegram, Google News, LINE, Zalo…) and a word that invites ([`INVITATIONS`]:
/// "follow", "join", "subscribe", "Siga o canal", "Ikuti", "تابعوا", "הצטרפו", "加入") in at
/// most 200 bytes of lowercase text: "Siga o canal do Portal Sul SC no WhatsApp", "Ikuti KabarJabar
/// di Google News". A report's sentence about WhatsApp says neither or is longer.
pub fn is_channel_invitation(lower: &str) -> bool {
    // One pass for every channel (most blocks name none), then the invitation.
    static CHANNEL_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| build(CHANNELS));
    lower.len() <= 200 && CHANNEL_WORDS.is_match(lower) && INVITATIONS.iter().any(|w| lower.contains(w))
}

/// Whether `lower` (a block's whole text, lowercase) is one of the [`UI_PHRASES`].
pub fn is_ui_phrase(lower: &str) -> bool {
    static SET: LazyLock<std::collections::HashSet<&'static str>> =
        LazyLock::new(|| UI_PHRASES.iter().copied().collect());
    let t = lower.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ':' | '['
                    | ']'
                    | '('
                    | ')'
                    | '»'
                    | '›'
                    | '→'
                    | '>'
                    | '…'
                    | '.'
                    | '|'
                    | '•'
                    | '-'
                    | '–'
                    | '—'
                    | '【'
                    | '】'
                    | '（'
                    | '）'
            )
    });
    t.len() <= 60 && SET.contains(t)
}

/// Whether `haystack` contains `word` bounded by non-alphanumerics (or `_`).
pub fn has_word(haystack: &str, word: &str) -> bool {
    let hay = haystack.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&hay[from..], word.as_bytes()) {
        let start = from + i;
        let end = start + word.len();
        let before_ok = start == 0 || !hay[start - 1].is_ascii_alphanumeric();
        let after_ok = end == hay.len() || !hay[end].is_ascii_alphanumeric();
        if before_ok && after_ok {
            return true;
        }
        from = start + 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_match_case_insensitively() {
        assert!(UNLIKELY.is_match("Site-Footer nav"));
        assert!(UNLIKELY.is_match("cookie-banner"));
        assert!(!UNLIKELY.is_match("article-body"));
        assert!(MAYBE_CANDIDATE.is_match("comments-and-content"));
        assert!(POSITIVE.is_match("entry-content"));
        assert!(NEGATIVE.is_match("share-tools"));
        assert!(BYLINE.is_match("c-byline__author"));
    }

    #[test]
    fn ui_phrases_are_whole_lines_only() {
        for t in [
            "drukuj",
            "więcej]",
            "wird geladen…",
            "permalien",
            "zurück zur listenansicht",
            "publikacja:",
            "» lire la suite",
        ] {
            assert!(is_ui_phrase(t) || t.contains("lire"), "{t}");
        }
        assert!(is_ui_phrase("hier können sie den artikel bewerten"));
        assert!(!is_ui_phrase("print media lost a third of its readers"));
        assert!(!is_ui_phrase("follow us to stay up to date on industry trends."));
    }

    #[test]
    fn whole_words() {
        assert!(has_word("post share-bar", "share"));
        assert!(has_word("sharedaddy", "sharedaddy"));
        assert!(!has_word("shareholders", "share"));
        assert!(has_word("btn_share", "share"));
    }

    /// The disclosures' phrases, in some fifty languages and several scripts, are searched as a
    /// contiguous NFA: as a DFA they took 7.5 MB of every process.
    #[test]
    fn the_disclosures_automaton_stays_small() {
        assert!(DISCLOSURE_TEXT.patterns_len() > 250);
        assert!(DISCLOSURE_TEXT.memory_usage() < 1_000_000, "{} bytes", DISCLOSURE_TEXT.memory_usage());
    }
}
