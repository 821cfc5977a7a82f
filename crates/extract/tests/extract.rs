//! Whole-page tests of `colonnade_extract::extract`: each fixture in `tests/fixtures/` is a small
//! hand-made page testing one rule (its first line says which); hostile inputs are generated here.

use std::time::{Duration, Instant};

use colonnade_extract::{Article, ExtractError, Kind, Url};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// `colonnade_extract::extract` with the page's address as a string (tests name many).
fn extract(bytes: &[u8], url: Option<&str>, content_type: Option<&str>) -> Result<Article, ExtractError> {
    let url = url.and_then(|u| Url::parse(u).ok());
    colonnade_extract::extract(bytes, url.as_ref(), content_type)
}

fn fixture_bytes(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn fixture_str(name: &str) -> String {
    String::from_utf8(fixture_bytes(name)).unwrap_or_else(|e| panic!("{name} is not UTF-8: {e}"))
}

/// Extracts a fixture fetched from `url`.
fn page(name: &str, url: &str) -> Article {
    extract(&fixture_bytes(name), Some(url), None).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn time(t: Option<colonnade_extract::Timestamp>) -> Option<String> {
    t.map(|t| t.to_string())
}

/// Asserts that every `keep` sentence is in the text and no `gone` string is.
fn assert_text(a: &Article, keep: &[&str], gone: &[&str]) {
    for k in keep {
        assert!(a.text.contains(k), "article sentence {k:?} missing from text:\n{}", a.text);
    }
    for g in gone {
        assert!(!a.text.contains(g), "boilerplate {g:?} left in text:\n{}", a.text);
    }
}

/// The (lowercased name, raw value) of every attribute in the extractor's HTML output. The output
/// escapes `<` and `>` everywhere and `"` in attribute values, and always writes `name="value"`,
/// so every `<` opens a real tag and attribute values cannot be confused with text.
fn attributes(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for segment in html.split('<').skip(1) {
        let tag = &segment[..segment.find('>').unwrap_or(segment.len())];
        if tag.starts_with('/') {
            continue;
        }
        let mut rest = tag.trim_start_matches(|c: char| c.is_ascii_alphanumeric());
        loop {
            rest = rest.trim_start();
            if rest.is_empty() {
                break;
            }
            let name_end = rest.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(rest.len());
            let name = rest[..name_end].to_ascii_lowercase();
            rest = &rest[name_end..];
            let mut value = "";
            if let Some(r) = rest.strip_prefix("=\"") {
                let close = r.find('"').unwrap_or(r.len());
                value = &r[..close];
                rest = r.get(close + 1..).unwrap_or("");
            } else if let Some(r) = rest.strip_prefix('=') {
                // Unquoted: never written by the extractor; keep it visible to the checks.
                let close = r.find(char::is_whitespace).unwrap_or(r.len());
                value = &r[..close];
                rest = &r[close..];
            }
            out.push((name, value.to_string()));
        }
    }
    out
}

/// Attributes the sanitiser may write.
const SAFE_ATTRIBUTES: &[&str] = &["href", "src", "alt", "width", "height", "colspan", "rowspan", "datetime", "start"];

/// Checks the sanitised HTML: no script tag, no event handler, no `javascript:` URL, only
/// allow-listed attributes.
fn html_problems(html: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let lower = html.to_ascii_lowercase();
    for tag in ["<script", "<style", "<iframe", "<form", "<input", "<button", "<textarea", "<object", "<embed", "<svg"]
    {
        if lower.contains(tag) {
            problems.push(format!("{tag} element"));
        }
    }
    for (name, value) in attributes(html) {
        if name.starts_with("on") {
            problems.push(format!("event handler {name}"));
        }
        if !SAFE_ATTRIBUTES.contains(&name.as_str()) {
            problems.push(format!("attribute {name}"));
        }
        let v: String = value.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect();
        if v.to_ascii_lowercase().contains("javascript:") {
            problems.push(format!("javascript: URL in {name}"));
        }
    }
    problems
}

// ---------------------------------------------------------------------------------------------
// 1. Each metadata source alone
// ---------------------------------------------------------------------------------------------

#[test]
fn json_ld_plain_article_gives_every_field() {
    let a = page("jsonld_plain.html", "https://riverside.example/articles/library-sundays");
    assert_eq!(a.title.as_deref(), Some("Council keeps the central library open on Sundays"));
    assert_eq!(a.authors, ["Harriet Vane"]);
    assert_eq!(time(a.published).as_deref(), Some("2024-03-15T08:30:00+01:00"));
    assert_eq!(time(a.modified).as_deref(), Some("2024-03-15T10:05:00+01:00"));
    assert_eq!(a.site_name.as_deref(), Some("Riverside Chronicle"));
    assert_eq!(a.image.as_deref(), Some("https://cdn.riverside.example/library.jpg"));
    assert_eq!(a.section.as_deref(), Some("Local"));
    assert_eq!(a.description.as_deref(), Some("A late-night vote settles a year-long argument."));
    assert_text(&a, &["The city council voted on Tuesday evening"], &[]);
}

#[test]
fn json_ld_graph_keeps_person_author_not_organisation() {
    let a = page("jsonld_graph.html", "https://www.lecho-exemple.fr/2024/06/02/villes-arbres");
    assert_eq!(a.title.as_deref(), Some("Pourquoi nos villes ont besoin d'arbres"));
    assert_eq!(a.authors, ["Claire Dubois"]);
    assert_eq!(a.site_name.as_deref(), Some("L'Écho d'Exemple"));
    assert_eq!(time(a.published).as_deref(), Some("2024-06-02T07:00:00+02:00"));
    assert_eq!(a.lang.as_deref(), Some("fr-FR"));
}

#[test]
fn json_ld_array_article_matching_canonical_wins() {
    let a = page("jsonld_many_articles.html", "https://www.tagesbeispiel.de/meinung/kommentar-zur-bahn?ref=home");
    assert_eq!(a.url.as_deref(), Some("https://www.tagesbeispiel.de/meinung/kommentar-zur-bahn"));
    assert_eq!(a.title.as_deref(), Some("Die Bahn braucht mehr als neue Züge"));
    assert_eq!(a.authors, ["Sabine Krüger"]);
    assert_eq!(time(a.published).as_deref(), Some("2024-01-07T18:45:00+01:00"));
}

#[test]
fn json_ld_author_array_gives_every_author_in_order() {
    let a = page("jsonld_author_array.html", "https://www.diario-ejemplo.es/sociedad/agua");
    assert_eq!(a.title.as_deref(), Some("El agua que no sabemos guardar"));
    assert_eq!(a.authors, ["María López", "Javier Ruiz"]);
    assert_eq!(time(a.published).as_deref(), Some("2024-08-20T09:00:00+02:00"));
}

#[test]
fn opengraph_alone_gives_title_site_absolute_image_and_offset_date() {
    let a = page("opengraph.html", "https://www.jornal-exemplo.com.br/cidades/preco-do-transporte");
    assert_eq!(a.title.as_deref(), Some("O preço invisível do transporte público"));
    assert_eq!(a.site_name.as_deref(), Some("Jornal Exemplo"));
    assert_eq!(a.image.as_deref(), Some("https://www.jornal-exemplo.com.br/imagens/onibus.jpg"));
    assert_eq!(time(a.published).as_deref(), Some("2024-05-10T14:20:00-03:00"));
    assert_eq!(a.published.map(|t| t.offset_seconds), Some(-3 * 3600));
}

#[test]
fn twitter_cards_alone_give_title_image_and_description() {
    let a = page("twitter_cards.html", "https://www.example.org/comment/night-trains");
    assert_eq!(a.title.as_deref(), Some("Night trains are back, and they deserve to stay"));
    assert_eq!(a.image.as_deref(), Some("https://img.example.org/sleeper-train.jpg"));
    assert_eq!(
        a.description.as_deref(),
        Some("Sleeper services are full again. Governments should stop treating them as a hobby.")
    );
}

#[test]
fn meta_name_author_alone_gives_author() {
    let a = page("meta_author.html", "https://www.zeitung-beispiel.de/2024/radwege");
    assert_eq!(a.authors, ["Anna Schmidt"]);
    assert_eq!(a.byline.as_deref(), Some("Anna Schmidt"));
    assert_eq!(a.title.as_deref(), Some("Warum wir mehr Radwege brauchen"));
}

#[test]
fn dublin_core_alone_gives_creator_date_and_title() {
    let a = page("dublin_core.html", "https://gazeta-primer.ru/stati/derevya");
    assert_eq!(a.authors, ["Иван Петров"]);
    assert_eq!(time(a.published).as_deref(), Some("2024-04-12T11:00:00+03:00"));
    assert_eq!(a.title.as_deref(), Some("Почему города теряют деревья"));
}

#[test]
fn microdata_alone_gives_nested_author_name_and_date() {
    let a = page("microdata.html", "https://www.ornek-gazete.com.tr/gundem/deprem");
    assert_eq!(a.authors, ["Kemal Aydın"]);
    assert_eq!(time(a.published).as_deref(), Some("2024-02-06T09:15:00+03:00"));
    assert_text(&a, &["Büyük depremlerin ardından her seferinde aynı sözler"], &["Kemal Aydın"]);
}

#[test]
fn time_pubdate_alone_gives_date_with_offset() {
    let a = page("time_pubdate.html", "https://www.example.jp/shakai/shotengai");
    assert_eq!(time(a.published).as_deref(), Some("2024-07-01T06:00:00+09:00"));
    assert_eq!(a.title.as_deref(), Some("駅前の商店街を守るために"));
    assert_text(&a, &["駅前の商店街では、この十年で半分近くの店が"], &[]);
}

#[test]
fn rel_author_link_alone_gives_author() {
    let a = page("rel_author.html", "https://www.example.in/lekh/pani-sankat");
    assert_eq!(a.authors, ["राहुल शर्मा"]);
    assert_eq!(a.title.as_deref(), Some("शहरों में पानी का संकट"));
}

#[test]
fn visible_byline_element_gives_authors_and_leaves_the_text() {
    let a = page("byline_two_authors.html", "https://www.example.com/business/harbour");
    assert_eq!(a.authors, ["Jane Doe", "John Roe"]);
    assert_eq!(a.byline.as_deref(), Some("By Jane Doe and John Roe"));
    assert_text(&a, &["Every morning before dawn, the cranes at the container harbour"], &["By Jane Doe"]);
}

#[test]
fn date_only_in_url_path_gives_published() {
    let a = page("url_date_only.html", "https://www.example.com/2024/03/15/village-shop");
    assert_eq!(time(a.published).as_deref(), Some("2024-03-15T00:00:00Z"));
}

#[test]
fn no_date_anywhere_gives_no_published() {
    let a = page("url_date_only.html", "https://www.example.com/features/village-shop");
    assert_eq!(a.published, None);
    assert_eq!(a.modified, None);
}

// ---------------------------------------------------------------------------------------------
// 2. Author cleaning through whole pages
// ---------------------------------------------------------------------------------------------

#[test]
fn author_role_is_not_part_of_the_name() {
    let a = page("byline_role.html", "https://www.example.com/news/bridge");
    assert_eq!(a.authors, ["Thomas Reed"]);
    assert_eq!(a.byline.as_deref(), Some("By Thomas Reed, Senior Correspondent"));
}

#[test]
fn author_spanish_por_is_dropped() {
    let a = page("byline_por.html", "https://www.diario-ejemplo.es/ciudad/peatones");
    assert_eq!(a.authors, ["María López"]);
}

#[test]
fn author_turkish_yazan_is_dropped() {
    let a = page("byline_yazan.html", "https://www.ornek-gazete.com.tr/ulasim/toplu-tasima");
    assert_eq!(a.authors, ["Ahmet Yılmaz"]);
}

#[test]
fn author_russian_avtor_is_dropped() {
    let a = page("byline_avtor.html", "https://gazeta-primer.ru/obshchestvo/biblioteki");
    assert_eq!(a.authors, ["Иван Петров"]);
}

#[test]
fn author_arabic_biqalam_is_dropped() {
    let a = page("byline_arabic.html", "https://www.example.ae/maqalat/al-harr");
    assert_eq!(a.authors, ["سلمى حداد"]);
    assert_eq!(a.lang.as_deref(), Some("ar"));
    assert_text(&a, &["تشهد المدن العربية صيفاً بعد صيف درجات حرارة"], &["بقلم"]);
}

#[test]
fn author_equal_to_site_name_is_rejected() {
    let a = page("author_is_site_name.html", "https://www.dailyexample.co.uk/comment/night-bus");
    assert_eq!(a.site_name.as_deref(), Some("The Daily Example"));
    assert_eq!(a.authors, ["Peter Miles"]);
}

#[test]
fn daily_telegraph_author_is_never_an_author() {
    let a = page("author_telegraph.html", "https://www.example.co.uk/comment/slower-roads");
    assert_eq!(a.authors, Vec::<String>::new());
}

// ---------------------------------------------------------------------------------------------
// 3. Title
// ---------------------------------------------------------------------------------------------

#[test]
fn title_site_suffix_is_removed() {
    let a = page("title_site_suffix.html", "https://www.northernpost.example/comment/schools");
    assert_eq!(a.title.as_deref(), Some("Fewer exams, more libraries"));
    assert_eq!(a.site_name.as_deref(), Some("The Northern Post"));
}

#[test]
fn title_agreed_by_title_tag_and_h1_beats_a_different_og_title() {
    let a = page("title_og_disagrees.html", "https://www.harbourgazette.example/opinion/ferries");
    assert_eq!(a.title.as_deref(), Some("Ferries should be part of the public transport network"));
    // The h1 repeating the headline is not part of the text.
    assert!(!a.text.starts_with("Ferries should be part"), "{}", a.text);
    assert_text(&a, &["For the islands off our coast, the ferry is not a tourist attraction"], &[]);
}

#[test]
fn title_site_name_in_a_home_linking_h1_is_cut_from_the_title_whatever_the_host() {
    // Fetched from a loopback copy: the host says nothing about the site's name.
    let a = page("title_site_h1_prefix.html", "http://127.0.0.1:7331/gv/index_12.html");
    assert_eq!(a.title.as_deref(), Some("Egypt: Will there be any action after Obama\u{2019}s Talk?"));
}

#[test]
fn title_h1_that_does_not_link_home_is_the_headline() {
    let a = page("title_h1_headline_prefix.html", "https://jqe.example/blog/2019/10/15/events.html");
    assert_eq!(a.title.as_deref(), Some("On Recent Events"));
}

// ---------------------------------------------------------------------------------------------
// 4. Boilerplate is removed, article paragraphs stay
// ---------------------------------------------------------------------------------------------

const EXAMPLE_URL: &str = "https://www.example.com/comment/piece";

#[test]
fn boilerplate_navigation_menus() {
    let a = page("bp_navigation.html", EXAMPLE_URL);
    assert_text(
        &a,
        &["Every summer, the same old towns fill with coaches", "Tourism does not have to be a choice"],
        &["Home", "World", "Sport", "Puzzles and Crosswords", "Podcasts Hub", "Jobs Board"],
    );
}

#[test]
fn boilerplate_icon_font_words() {
    let a = page("bp_icon_fonts.html", EXAMPLE_URL);
    assert_text(
        &a,
        &["In church halls and community centres", "Repair cafés began as a small experiment"],
        &["menu_open", "chevron_right"],
    );
}

#[test]
fn boilerplate_cookie_notice() {
    let a = page("bp_cookie_notice.html", EXAMPLE_URL);
    assert_text(
        &a,
        &["Fifty years ago, most children walked or cycled", "The reasons are easy to understand"],
        &["We use cookies", "cookies", "More information", "Close"],
    );
}

#[test]
fn boilerplate_share_bar() {
    let a = page("bp_share_bar.html", EXAMPLE_URL);
    assert_text(
        &a,
        &["When a local newspaper closes, the town it covered"],
        &["Share on Facebook", "Share on Twitter", "Share via Email"],
    );
}

#[test]
fn boilerplate_newsletter_box() {
    let a = page("bp_newsletter.html", EXAMPLE_URL);
    assert_text(
        &a,
        &["In some parts of the city, people now wait more than ten years", "Splitting large plots"],
        &["Sign up for our newsletter", "inbox every Friday"],
    );
}

#[test]
fn boilerplate_donation_box() {
    let a = page("bp_donation.html", EXAMPLE_URL);
    assert_text(
        &a,
        &["Over the past twenty years, more than a third of the public toilets", "Many of them simply stop going out"],
        &["Please support us", "donation"],
    );
}

#[test]
fn boilerplate_related_articles() {
    let a = page("bp_related.html", EXAMPLE_URL);
    assert_text(
        &a,
        &["Walk down almost any high street on a weekday afternoon", "Shops follow people, not cars"],
        &["Related", "Parking charges rise again", "Ten pictures of our changing market square", "Bus lane cameras"],
    );
}

#[test]
fn boilerplate_comments_section() {
    let a = page("bp_comments.html", EXAMPLE_URL);
    assert_text(
        &a,
        &["Last year, water companies discharged raw sewage", "Cleaning up our rivers will take decades"],
        &["Comments (2)", "GreenAngler42", "Pat from Leeds"],
    );
}

#[test]
fn boilerplate_author_bio_box() {
    let a = page("bp_author_bio.html", EXAMPLE_URL);
    assert_text(
        &a,
        &["Most households own a drill", "Every town with a library could host one"],
        &["Nora Fields is a writer", "Her latest book"],
    );
}

#[test]
fn boilerplate_paywall_teaser() {
    let a = page("bp_paywall.html", EXAMPLE_URL);
    assert_text(
        &a,
        &["A return flight to a sunny city can now cost less", "A fair price for flying would not end holidays"],
        &["Subscribe to continue reading", "Already a subscriber", "Log in"],
    );
}

#[test]
fn boilerplate_view_counter() {
    let a = page("bp_view_counter.html", EXAMPLE_URL);
    assert_text(
        &a,
        &["Companies that tried a four-day week without cutting pay", "If the benefits hold up"],
        &["1,234 views", "views"],
    );
}

#[test]
fn boilerplate_read_more_links_and_truncation_marks() {
    let a = page("bp_read_more.html", EXAMPLE_URL);
    assert_text(
        &a,
        &["Every year thousands of people die from cardiac arrests", "Making first aid part of the school curriculum"],
        &["Read more", "……", "…"],
    );
}

#[test]
fn boilerplate_photo_credit_standing_alone() {
    let a = page("bp_photo_credit.html", EXAMPLE_URL);
    assert_text(
        &a,
        &["For the third winter in a row, homes along the river", "Farmers who give up land for this"],
        &["Photo: Reuters", "Reuters"],
    );
}

// ---------------------------------------------------------------------------------------------
// 5. Kind
// ---------------------------------------------------------------------------------------------

#[test]
fn kind_opinion_from_json_ld_opinion_news_article() {
    let a = page("jsonld_graph.html", "https://www.lecho-exemple.fr/2024/06/02/villes-arbres");
    assert_eq!(a.kind, Kind::Opinion);
}

#[test]
fn kind_opinion_from_article_section() {
    let a = page("kind_section_opinion.html", "https://www.example.com/2024/05/01/car-parks");
    assert_eq!(a.section.as_deref(), Some("Opinion"));
    assert_eq!(a.kind, Kind::Opinion);
}

#[test]
fn kind_opinion_from_url_opinion() {
    assert_eq!(page("kind_plain.html", "https://www.example.com/opinion/price-of-milk").kind, Kind::Opinion);
}

#[test]
fn kind_opinion_from_url_columnists() {
    assert_eq!(
        page("kind_plain.html", "https://www.example.com/columnists/jane-doe/price-of-milk").kind,
        Kind::Opinion
    );
}

#[test]
fn kind_opinion_from_url_yazarlar() {
    assert_eq!(
        page("kind_plain.html", "https://www.ornek-gazete.com.tr/yazarlar/ahmet-yilmaz/sut").kind,
        Kind::Opinion
    );
}

#[test]
fn kind_opinion_from_opinion_sections_of_more_countries() {
    // The opinion section's name in the URL, on news sites of countries whose words for it
    // were missing: Czech, Slovak, Finnish, Norwegian, Hungarian, Indonesian, Vietnamese.
    for url in [
        "https://www.noviny.example.cz/nazory/cena-mleka",
        "https://www.dennik.example.sk/komentare/cena-mlieka",
        "https://www.sanomat.example.fi/mielipide/maidon-hinta",
        "https://www.kanal.example.no/ytring/melkeprisen",
        "https://www.hirlap.example.hu/velemeny/tej-ara",
        "https://www.berita.example.id/kolom/harga-susu",
        "https://www.tin.example.vn/goc-nhin/gia-sua",
    ] {
        assert_eq!(page("kind_plain.html", url).kind, Kind::Opinion, "{url}");
    }
}

#[test]
fn kind_news_from_url_news_section() {
    assert_eq!(page("kind_plain.html", "https://www.example.com/world/price-of-milk").kind, Kind::News);
}

#[test]
fn kind_other_for_plain_page_without_any_hint() {
    assert_eq!(page("kind_plain.html", "https://www.example.com/features/price-of-milk").kind, Kind::Other);
}

#[test]
fn kind_opinion_from_columnist_byline() {
    let a = page("kind_columnist_byline.html", "https://www.example.com/features/lido");
    assert_eq!(a.kind, Kind::Opinion);
    assert_eq!(a.authors, ["Jane Doe"]);
    assert_eq!(a.byline.as_deref(), Some("Jane Doe, Opinion Columnist"));
}

/// A genre's label opening the byline ("Komentar Tomaž Novak 5. 3. 2026") files the piece as an
/// opinion, as a kicker does; a plain byline over the same text does not settle it.
#[test]
fn issue_9_a_genre_label_opening_the_byline_is_opinion() {
    let page_with = |label: &str| {
        let html = format!(
            r#"<html lang="sl"><head><title>Čakalne vrste ne bodo izginile same</title></head><body><main><article>
<h1>Čakalne vrste ne bodo izginile same</h1><div class="meta-author"><span class="meta-author__label">{label}</span> <span class="meta-author__name">Tomaž Novak</span> <span class="meta-author__date">5. 3. 2026, 17.20</span></div>
<div class="entry">{}</div></article></main></body></html>"#,
            article_body(6)
        );
        extract(html.as_bytes(), Some("https://savinjski.example/novice/celje/cakalne-vrste"), None).unwrap().kind
    };
    assert_eq!(page_with("Komentar"), Kind::Opinion);
    assert_eq!(page_with("Piše:"), page_with(""));
}

#[test]
fn kind_news_for_news_article() {
    let a = page("jsonld_plain.html", "https://riverside.example/articles/library-sundays");
    assert_eq!(a.kind, Kind::News);
}

#[test]
fn kind_other_for_thin_page_without_article_metadata() {
    let a = page("kind_other.html", "https://www.example.com/contact");
    assert_eq!(a.kind, Kind::Other);
    assert!(a.confidence < 0.3, "confidence {}", a.confidence);
}

// ---------------------------------------------------------------------------------------------
// 6. Charsets
// ---------------------------------------------------------------------------------------------

fn encode(name: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
    let src = fixture_str(name);
    let (bytes, used, had_errors) = encoding.encode(&src);
    assert_eq!(used, encoding);
    assert!(!had_errors, "{name} is not representable in {}", encoding.name());
    assert!(std::str::from_utf8(&bytes).is_err(), "{name} encoded must not be valid UTF-8");
    bytes.into_owned()
}

#[test]
fn charset_windows_1251_from_meta_charset() {
    let bytes = encode("charset_windows1251.html", encoding_rs::WINDOWS_1251);
    let a = extract(&bytes, Some("https://www.example.com/transport/probki"), None).unwrap();
    assert_eq!(a.title.as_deref(), Some("Городской транспорт и пробки"));
    assert_text(
        &a,
        &[
            "Каждое утро жители больших городов проводят в пробках по часу и больше",
            "выделенные полосы и разумная плата за въезд в центр",
        ],
        &["\u{FFFD}"],
    );
    assert_eq!(a.lang.as_deref(), Some("ru"));
}

#[test]
fn charset_shift_jis_from_content_type_header_only() {
    let bytes = encode("charset_shift_jis.html", encoding_rs::SHIFT_JIS);
    let a =
        extract(&bytes, Some("https://www.example.com/chiho/tetsudo"), Some("text/html; charset=Shift_JIS")).unwrap();
    assert_eq!(a.title.as_deref(), Some("地方の鉄道を守る"));
    assert_text(&a, &["地方の鉄道路線は、利用者の減少によって次々と廃止の危機にさらされている。"], &["\u{FFFD}"]);
    assert_eq!(a.lang.as_deref(), Some("ja"));
}

#[test]
fn charset_windows_1254_turkish() {
    let bytes = encode("charset_windows1254.html", encoding_rs::WINDOWS_1254);
    let a = extract(&bytes, Some("https://www.example.com/sehir/yesil-alan"), None).unwrap();
    assert_eq!(a.title.as_deref(), Some("Şehirde yeşil alan ihtiyacı"));
    assert_text(
        &a,
        &["İstanbul'da kişi başına düşen yeşil alan", "çocukların oynayabileceği, yaşlıların dinlenebileceği"],
        &["\u{FFFD}"],
    );
}

// ---------------------------------------------------------------------------------------------
// 7. Language
// ---------------------------------------------------------------------------------------------

#[test]
fn lang_from_html_lang_attribute() {
    assert_eq!(page("lang_html_attr.html", EXAMPLE_URL).lang.as_deref(), Some("pt-BR"));
}

#[test]
fn lang_from_og_locale() {
    assert_eq!(page("lang_og_locale.html", EXAMPLE_URL).lang.as_deref(), Some("de-DE"));
}

#[test]
fn lang_detected_from_text_without_markup() {
    assert_eq!(page("lang_detect_french.html", EXAMPLE_URL).lang.as_deref(), Some("fr"));
}

// ---------------------------------------------------------------------------------------------
// 8. URL
// ---------------------------------------------------------------------------------------------

#[test]
fn url_relative_canonical_is_resolved_and_cleaned() {
    let a = page("canonical_relative.html", "https://www.example.com/amp/tram?utm_source=x");
    assert_eq!(a.url.as_deref(), Some("https://www.example.com/columns/the-case-for-a-tram"));
}

#[test]
fn url_tracking_parameters_are_stripped_from_page_url() {
    let a = page(
        "url_date_only.html",
        "https://www.example.com/2024/03/15/village-shop?utm_source=twitter&id=7&fbclid=IwAR0xyz&utm_medium=social",
    );
    assert_eq!(a.url.as_deref(), Some("https://www.example.com/2024/03/15/village-shop?id=7"));
}

// ---------------------------------------------------------------------------------------------
// 9. Hostile input
// ---------------------------------------------------------------------------------------------

/// Generous bound for debug builds: only pathological (super-linear) behaviour exceeds it.
const QUICK: Duration = Duration::from_secs(30);

const PARA: &str = "<p>The committee met again on Thursday, and after hours of discussion, it agreed that the \
    old market hall should be repaired rather than sold, because the town has too few public rooms.</p>\n";

#[test]
fn hostile_100000_deep_div_nesting() {
    let depth = 100_000;
    let html =
        format!("<html><body>{}{}{}</body></html>", "<div>".repeat(depth), PARA.repeat(4), "</div>".repeat(depth));
    let start = Instant::now();
    let a = extract(html.as_bytes(), Some(EXAMPLE_URL), None).unwrap();
    assert!(start.elapsed() < QUICK, "took {:?}", start.elapsed());
    assert!(a.text.contains("The committee met again on Thursday"), "{}", a.text);
}

#[test]
fn hostile_50_megabyte_page() {
    let mut html =
        String::from("<html><head><title>A very long page</title></head><body><div class=\"article-body\">\n");
    while html.len() < 50 * 1024 * 1024 {
        html.push_str(PARA);
    }
    html.push_str("</div></body></html>");
    let start = Instant::now();
    let a = extract(html.as_bytes(), Some(EXAMPLE_URL), None).unwrap();
    assert!(start.elapsed() < QUICK, "took {:?}", start.elapsed());
    assert!(!a.text.is_empty());
    assert!(a.text.starts_with("The committee met again on Thursday"), "{}", &a.text[..200.min(a.text.len())]);
    assert!(a.word_count > 1000, "word_count {}", a.word_count);
}

#[test]
fn hostile_truncated_mid_tag() {
    let html =
        format!("<html><head><title>Cut</title></head><body><div class=\"article\">{}<p class=\"ne", PARA.repeat(4));
    let a = extract(html.as_bytes(), Some(EXAMPLE_URL), None).unwrap();
    assert!(a.text.contains("The committee met again on Thursday"), "{}", a.text);
    assert!(!a.text.contains("class"), "{}", a.text);
}

#[test]
fn hostile_truncated_mid_comment() {
    let html = format!(
        "<html><head><title>Cut</title></head><body><div class=\"article\">{}<!-- an unfinished comment <p>never shown",
        PARA.repeat(4)
    );
    let a = extract(html.as_bytes(), Some(EXAMPLE_URL), None).unwrap();
    assert!(a.text.contains("The committee met again on Thursday"), "{}", a.text);
    assert!(!a.text.contains("unfinished"), "{}", a.text);
    assert!(!a.text.contains("never shown"), "{}", a.text);
}

#[test]
fn hostile_truncated_mid_attribute_value_and_entity() {
    let html = format!("<html><body><div class=\"article\">{}<p>Fish &amp; chi", PARA.repeat(4));
    let a = extract(html.as_bytes(), None, None).unwrap();
    assert!(a.text.ends_with("Fish & chi"), "{}", a.text);
    let html = format!("<html><body><div class=\"article\">{}<a href=\"https://exa", PARA.repeat(4));
    let a = extract(html.as_bytes(), None, None).unwrap();
    assert!(a.text.contains("The committee met again on Thursday"), "{}", a.text);
}

#[test]
fn hostile_png_bytes_are_not_html() {
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00";
    assert_eq!(extract(png, Some(EXAMPLE_URL), Some("text/html")), Err(ExtractError::NotHtml("a PNG image")));
}

#[test]
fn hostile_empty_input_is_empty() {
    assert_eq!(extract(b"", Some(EXAMPLE_URL), None), Err(ExtractError::Empty));
    assert_eq!(extract(b" \r\n\t ", None, None), Err(ExtractError::Empty));
}

#[test]
fn hostile_homepage_of_link_lists_has_low_confidence() {
    let a = page("homepage_links.html", "https://www.example.com/");
    assert!(a.confidence < 0.3, "confidence {}", a.confidence);
}

#[test]
fn hostile_not_found_page_has_no_text() {
    let a = page("not_found.html", "https://www.example.com/opinion/2024/05/01/gone");
    assert_eq!(a.text, "");
    assert_eq!(a.html, "");
    assert_eq!(a.word_count, 0);
    assert!(a.confidence < 0.1, "confidence {}", a.confidence);
}

// ---------------------------------------------------------------------------------------------
// 10. Sanitised html
// ---------------------------------------------------------------------------------------------

#[test]
fn html_is_sanitised_and_links_absolute() {
    let a = page("sanitise.html", "https://www.example.com/opinion/clean-air");
    for bad in
        ["<script", "<style", "<iframe", "<form", "<input", "<button", "javascript:", "steal()", "track()", "boom()"]
    {
        assert!(!a.html.contains(bad), "{bad} in {}", a.html);
    }
    assert_eq!(html_problems(&a.html), Vec::<String>::new(), "{}", a.html);
    assert!(
        a.html.contains(r#"<a href="https://www.example.com/data/air-quality">council's own monitors</a>"#),
        "{}",
        a.html
    );
    assert!(
        a.html.contains(r#"<img src="https://www.example.com/img/chart.png" alt="Chart of pollution levels">"#),
        "{}",
        a.html
    );
    assert!(a.html.contains("<a>exemptions</a>"), "{}", a.html);
    assert_text(&a, &["When the city introduced its clean air zone"], &["injected", "display: block", "Go"]);
}

#[test]
fn excerpt_word_counter_works() {
    assert_eq!(excerpt_words("One two, three — four…"), 4);
    assert_eq!(excerpt_words("駅前の商店街 A1 x"), 8);
    let long = "word ".repeat(200);
    assert_eq!(excerpt_words(&colonnade_text::excerpt(&long, 60)), 60);
}

#[test]
fn html_checker_works() {
    assert_eq!(
        html_problems(r#"<p><a href="https://x.example/">a onclick="x"</a> onload=y</p>"#),
        Vec::<String>::new()
    );
    assert_eq!(html_problems(r#"<p onclick="x">"#), ["event handler onclick", "attribute onclick"]);
    assert_eq!(html_problems(r#"<img src="a" class="b">"#), ["attribute class"]);
    assert_eq!(html_problems(r#"<a href="java script:x">"#), ["javascript: URL in href"]);
    assert_eq!(html_problems("<p>x</p><SCRIPT>"), ["<script element"]);
}

// ---------------------------------------------------------------------------------------------
// 11. Properties
// ---------------------------------------------------------------------------------------------

/// Words as `excerpt` counts them (`colonnade_text::excerpt`'s documented rule): whitespace-separated
/// tokens holding a letter or digit, except that in a token with Han/Kana each such character is a
/// word and so is each other alphanumeric run. (`word_count` splits "well-known" or "A{0" into
/// several words, so it is not the measure the excerpt is cut by.)
fn excerpt_words(excerpt: &str) -> usize {
    excerpt
        .split(colonnade_text::is_space)
        .filter(|t| !t.is_empty())
        .map(|token| {
            if !token.chars().any(colonnade_text::is_cjk_char) {
                return usize::from(token.chars().any(char::is_alphanumeric));
            }
            let (mut n, mut in_run) = (0, false);
            for c in token.chars() {
                if colonnade_text::is_cjk_char(c) {
                    n += 1;
                    in_run = false;
                } else if c.is_alphanumeric() {
                    n += usize::from(!in_run);
                    in_run = true;
                } else {
                    in_run = false;
                }
            }
            n
        })
        .sum()
}

fn check_invariants(a: &Article) -> Result<(), TestCaseError> {
    prop_assert!(!a.text.contains("\n\n\n"), "text has a triple newline: {:?}", a.text);
    let excerpt_words = excerpt_words(&a.excerpt);
    prop_assert!(excerpt_words <= 61, "excerpt has {} words: {:?}", excerpt_words, a.excerpt);
    prop_assert!((0.0..=1.0).contains(&a.confidence), "confidence {}", a.confidence);
    if a.text.is_empty() {
        prop_assert_eq!(a.word_count, 0);
    }
    let problems = html_problems(&a.html);
    prop_assert!(problems.is_empty(), "{:?} in {}", problems, a.html);
    Ok(())
}

/// Pieces of HTML, well and badly formed, to build pages from.
const PIECES: &[&str] = &[
    "<html lang=\"fr\">",
    "<head>",
    "</head>",
    "<body>",
    "<title>",
    "</title>",
    "<meta property=\"og:title\" content=\"Un titre\">",
    "<meta name=\"author\" content=\"By Jane Doe and John Roe\">",
    "<meta charset=\"windows-1251\">",
    "<script type=\"application/ld+json\">{\"@type\":\"OpinionNewsArticle\",\"author\":[{\"name\":\"",
    "\"}]}",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<div class=\"article-body\">",
    "<div class=\"comments\">",
    "</div>",
    "<p>",
    "</p>",
    "<p onclick=\"x()\">",
    "<a href=\"javascript:alert(1)\">",
    "<a href=\"/relative\">",
    "</a>",
    "<br>",
    "<br/><br/>",
    "<ul><li>",
    "</li>",
    "<table><tr><td>",
    "<svg><title>",
    "<img src=\"x.png\" onerror=\"y\">",
    "<iframe src=\"https://x.example\">",
    "<!--",
    "-->",
    "<![CDATA[",
    "&amp;",
    "&nbsp;",
    "&#0;",
    "&#x1F600;",
    "&bogus;",
    "<",
    ">",
    "\"",
    "'",
    "=",
    "\n",
    "\n\n\n",
    "   ",
    "The council voted, after a long debate, to keep the library open. ",
    "Por María López y Juan Pérez ",
    "Автор: Иван Петров, ",
    "بقلم سلمى حداد ",
    "駅前の商店街では、",
    "राहुल शर्मा ",
    "……",
    "menu_open",
    "We use cookies. ",
    "Read more",
];

fn html_ish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.concat())
}

fn url_and_type() -> impl Strategy<Value = (Option<&'static str>, Option<&'static str>)> {
    (
        prop::option::of(prop::sample::select(
            &[
                "https://www.example.com/opinion/2024/03/15/slug?utm_source=x",
                "http://example.org/",
                "not a url",
                "ftp://example.com/file",
                "https://例え.jp/記事",
            ][..],
        )),
        prop::option::of(prop::sample::select(
            &[
                "text/html; charset=utf-8",
                "text/html; charset=Shift_JIS",
                "text/html; charset=utf-16",
                "application/octet-stream",
                "text/html; charset=bogus",
            ][..],
        )),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn prop_arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048), (url, ct) in url_and_type()) {
        if let Ok(a) = extract(&bytes, url, ct) {
            check_invariants(&a)?;
        }
    }

    #[test]
    fn prop_html_ish_strings_never_panic(html in html_ish(), (url, ct) in url_and_type()) {
        match extract(html.as_bytes(), url, ct) {
            Ok(a) => check_invariants(&a)?,
            Err(ExtractError::Empty) => prop_assert!(html.bytes().all(|b| b.is_ascii_whitespace())),
            Err(ExtractError::NotHtml(what)) => prop_assert!(false, "HTML-ish string taken for {}: {:?}", what, html),
        }
    }
}

/// Issue 10: U+200C ZERO WIDTH NON-JOINER is part of Persian and Urdu words, not a space; the
/// extractor and `colonnade-text` share one definition of white space.
#[test]
fn issue_10_zero_width_non_joiner_stays_inside_persian_words() {
    let sentence = "من می\u{200C}خواهم این کتاب\u{200C}ها را بخوانم و درباره\u{200C}ی آن\u{200C}ها بنویسم.";
    let html = format!(
        "<html lang=\"fa\" dir=\"rtl\"><head><title>کتاب\u{200C}ها</title></head><body><article><h1>کتاب\u{200C}ها</h1>\
         <p>{sentence} {sentence}</p><p>{sentence}</p><p>{sentence} {sentence} {sentence}</p></article></body></html>"
    );
    let a = extract(html.as_bytes(), Some("https://www.example.ir/maghale/ketabha"), None).unwrap();
    assert!(a.text.contains("می\u{200C}خواهم"), "ZWNJ turned into a space: {:?}", a.text);
    assert!(!a.text.contains("می خواهم"));
    assert_eq!(a.title.as_deref(), Some("کتاب\u{200C}ها"));
    assert_eq!(a.word_count, colonnade_text::word_count(&a.text));
}

// ---------------------------------------------------------------------------------------------
// Issue 9, classes 5 and 6 and visible dates: bylines, credits (agencies and desks), printed
// dates. Pages written for these tests, in several languages.
// ---------------------------------------------------------------------------------------------

/// "Von A und B, dpa": both people found, the agency credited and not taken as a person; a date
/// printed beside the byline ("12. März 2022") is the publication date.
#[test]
fn issue_9_two_authors_and_agency_credit() {
    let a = page("byline_agency_credit_de.html", "https://www.mittelland.example/region/bahnhof");
    assert_eq!(a.authors, ["Anna Schmidt", "Jonas Weber"]);
    assert_eq!(a.credits, ["dpa"]);
    assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2022-03-12"));
}

/// A desk as the only byline ("MM-Redaktion") is a credit, not a person.
#[test]
fn issue_9_desk_byline_is_a_credit() {
    let a = page("byline_desk_only_de.html", "https://www.mittelland.example/region/bahnhof");
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    assert_eq!(a.credits, ["MM-Redaktion"]);
}

/// "By Jane Doe, Frankfurt, Germany, The Associated Press": the place is no person and AP is
/// credited under its full name.
#[test]
fn issue_9_place_in_byline_and_ap() {
    let a = page("byline_place_and_ap_en.html", "https://valleycourier.example/news/bridge");
    assert_eq!(a.authors, ["Jane Doe"]);
    assert_eq!(a.credits, ["Associated Press"]);
}

/// JSON-LD names the site as the author (a "Person" called "La Tribuna", on latribuna.example):
/// not a person; the two linked reporters of the author line below the body are ("A y B").
#[test]
fn issue_9_site_name_as_person_falls_through_to_the_reporters() {
    let a = page("byline_site_name_person.html", "https://www.latribuna.example/local/puente");
    assert_eq!(a.authors, ["María López", "Juan Pérez"]);
}

/// The headline on the page tells the story in other words than the title written for social
/// cards and search results: the reader's headline is the page's `<h1>`.
#[test]
fn issue_9_the_visible_headline_beats_a_rewritten_social_title() {
    let a = page("title_rewritten_for_social_pt.html", "https://folhadovale.example/politica/pacheco");
    assert_eq!(
        a.title.as_deref(),
        Some("O que Pacheco pretende ao fazer acenos ao STF e propor limites ao indulto presidencial")
    );
    // An `<h1>` that is the title with a kicker in front is not a rewording: the title stands.
    let b = page("title_h1_with_kicker_en.html", "https://harborherald.example/news/brothel");
    assert_eq!(b.title.as_deref(), Some("Brothel catering to politicians, doctors, lawyers busted in Boston"));
}

/// "Par Claire Martin et Louis Bernard" as the first line of the text.
#[test]
fn issue_9_byline_as_first_line_of_text() {
    let a = page("byline_lead_line_fr.html", "https://journal.example/societe/pont");
    assert_eq!(a.authors, ["Claire Martin", "Louis Bernard"]);
}

/// A date printed under the headline ("3 de mayo de 2022"), not today's date in the site header
/// above it nor a teaser's date in a list.
#[test]
fn issue_9_visible_date_under_headline() {
    let a = page("date_visible_header_es.html", "https://diario.example/local/puente");
    assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2022-05-03"));
}

/// A JSON-LD publication date later than the same node's modification date is no article's
/// (a site builder's record of its last publish): the date printed under the headline wins.
#[test]
fn issue_9_a_publication_date_after_the_modification_is_not_the_articles() {
    let ld = |published: &str| {
        format!(
            r#"<html><head><title>Foundational Fitness Protocol</title><script type="application/ld+json">
{{"@context":"https://schema.org","@type":"BlogPosting","headline":"Foundational Fitness Protocol",
"datePublished":"{published}","dateModified":"Jun 10, 2025"}}</script></head><body>
<h1>Foundational Fitness Protocol</h1><p>November 2, 2022</p>
<div class="rich-text"><p>{body}</p><p>{body}</p></div></body></html>"#,
            body = "This foundational fitness protocol is designed to be modified to meet your individual needs, \
                    while still adhering to what the best science tells us we should all do for long-term health."
        )
    };
    let a = extract(ld("Jun 12, 2025").as_bytes(), Some("https://lab.example/newsletter/fitness"), None).unwrap();
    assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2022-11-02"));
    // A consistent one is the article's.
    let a = extract(ld("Jun 9, 2025").as_bytes(), Some("https://lab.example/newsletter/fitness"), None).unwrap();
    assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2025-06-09"));
}

/// A dateline under the headline in an element nothing marks as a date ("Hamburg, 2. November
/// 2021" in a subtitle); a list of other dates further down is not read.
#[test]
fn issue_9_dateline_under_the_headline_without_a_date_class() {
    let a = page("date_dateline_plain_de.html", "https://forschergeist.example/news/feuerloeschtechnik");
    assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2021-11-02"));
}

/// A page dated only in its `<title>` ("Headline | 02.11.2021").
#[test]
fn issue_9_date_as_a_segment_of_the_title() {
    let a = page("date_in_title_de.html", "https://menschenrechte.example/weltweit/waffensysteme");
    assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2021-11-02"));
}

/// Midnight at +01:00 stays on the printed day.
#[test]
fn issue_9_offset_midnight_keeps_the_day() {
    let a = page("date_offset_midnight.html", "https://www.mittelland.example/region/bahnhof");
    assert_eq!(time(a.published).as_deref(), Some("2022-11-07T00:00:00+01:00"));
}

/// Credits in a dateline and in bylines in several languages, and things that are not people.
#[test]
fn issue_9_credits_and_non_people_in_bylines() {
    let html = |byline: &str, lead: &str| {
        format!(
            "<html><head><title>Headline here</title></head><body><article><h1>Headline here</h1>\
             <p class=\"byline\">{byline}</p><p>{lead} The council voted on Tuesday to delay the new bridge for another year, citing a shortfall of funds.</p>\
             <p>Residents who cross the river each day said the decision would lengthen their commute, and several spoke.</p></article></body></html>"
        )
    };
    let a =
        extract(html("Por Ana Ruiz y Luis Gómez (EFE)", "").as_bytes(), Some("https://x.example/a/b"), None).unwrap();
    assert_eq!(a.authors, ["Ana Ruiz", "Luis Gómez"]);
    assert_eq!(a.credits, ["EFE"]);
    let a = extract(html("APA/AP", "").as_bytes(), Some("https://x.example/a/b"), None).unwrap();
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    assert_eq!(a.credits, ["APA", "Associated Press"]);
    let a =
        extract(html("Updated 3 May 2022", "BERLIN (dpa) -").as_bytes(), Some("https://x.example/a/b"), None).unwrap();
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    assert_eq!(a.credits, ["dpa"]);
    let a = extract(html("The Editorial Board", "").as_bytes(), Some("https://x.example/a/b"), None).unwrap();
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    assert_eq!(a.credits, ["Editorial Board"]);
}

/// Titles (issue 9): the same headline said by several sources wins over one of them decorated
/// with a section ("| District"), cut at an unescaped quotation mark, tied without spaces to the
/// site's name in a script written without spaces, or taken for the site's name because the site's
/// name ending `<title>` is longer than the headline.
#[test]
fn issue_9_titles_decorated_cut_or_beside_a_long_site_name() {
    let a = page("title_site_name_longer_than_headline_de.html", "https://landbote.example/politik/praemie-123.html");
    assert_eq!(a.title.as_deref(), Some("Ministerin offen für Gründungsprämie"));
    let b = page("title_meta_cut_at_quote_es.html", "https://eldiarionacional.example/internacional/12345/senador");
    assert_eq!(b.title.as_deref(), Some("Senador republicano califica a la gobernadora de \"incapacitada\""));
    let c = page("title_unspaced_site_name_zh.html", "http://www.huaxia.example/local/2020-02/19/c_1125597921.htm");
    assert_eq!(c.title.as_deref(), Some("江城的声音：有勇敢的你，才有英雄的城！"));
    let d = page("title_decorated_with_section_en.html", "https://www.bsn.example/district/343604");
    assert_eq!(d.title.as_deref(), Some("Homestead gardening makes rural communities more self-reliant in Rajshahi"));
}

/// A page saved by the Wayback Machine: what its URL says of the site (its name in `<title>`)
/// and of the date comes from the original address, not the archive's (whose timestamp is
/// when it was saved, not published).
#[test]
fn issue_9_an_archived_copy_is_read_as_the_original() {
    let a = page(
        "title_archived_copy_de.html",
        "https://web.archive.org/web/20120216182711/http://www.suedtirolnews.example/Artikel/Politik/Verfassungsgericht-Prozess-geht-weiter",
    );
    assert_eq!(a.title.as_deref(), Some("Verfassungsgericht: Prozess gegen den Ex-Premier geht weiter"));
    assert_eq!(a.published, None);
    assert!(a.text.contains("Das Verfassungsgericht hat am Mittwoch"), "{}", a.text);
}

/// Buttons and labels printed as whole lines inside the article container ("drukuj", "Wird
/// geladen", "zurück zur Listenansicht", "Permalien") leave the text; the same words as a link
/// inside a sentence stay.
#[test]
fn issue_9_furniture_lines_in_many_languages_leave_the_text() {
    let html = r#"<html lang="pl"><head><title>Sprzeciw wobec ataków na fundację | Gazeta</title></head><body>
<nav><a href="/">Start</a> <a href="/kraj">Kraj</a></nav>
<article><h1>Sprzeciw wobec ataków na fundację</h1>
<div class="print-button"><span>drukuj</span></div>
<p>Rada programowa fundacji wydała w poniedziałek oświadczenie, w którym sprzeciwia się atakom na jej pracowników i współpracowników.</p>
<p>Jak czytamy w oświadczeniu, krytyka jest dopuszczalna, ale nie może przybierać formy pomówień. <a href="/kontakt">Napisz do nas</a>, jeśli chcesz dołączyć do apelu i <a href="https://example.org/follow">follow us</a> to stay up to date.</p>
<p>Pod apelem podpisało się już ponad dwa tysiące osób, w tym naukowcy, artyści i samorządowcy z całego kraju.</p>
<div class="loading">Wird geladen</div>
<p class="back"><a href="/lista">zurück zur Listenansicht</a></p>
<div class="links">[więcej]</div>
</article></body></html>"#;
    let a = extract(html.as_bytes(), Some("https://gazeta.example/kraj/sprzeciw"), None).unwrap();
    assert_text(
        &a,
        &["Rada programowa fundacji", "follow us to stay up to date", "ponad dwa tysiące osób"],
        &["drukuj", "Wird geladen", "Listenansicht", "więcej"],
    );
}

/// The lead paragraph printed between the headline and the body's container (here `p.a-lead`,
/// with a picture and the byline between it and the body) opens the text; the picture's
/// caption does not.
#[test]
fn issue_9_a_lead_outside_the_body_container_opens_the_text() {
    let a = page("lead_outside_body_de.html", "https://landbote.example/politik/praemie-123.html");
    assert!(a.text.starts_with("In einem ersten Gespräch zeigte sich"), "{}", a.text);
    assert_text(
        &a,
        &["Bisher scheitert die außerfamiliäre Hofnachfolge", "vor der Sommerpause"],
        &["Münster (Foto", "Mehr zum Thema"],
    );
    assert_eq!(a.authors, ["Jana Kötter"]);
}

fn article_body(paragraphs: usize) -> String {
    (0..paragraphs)
        .map(|i| format!("<p>Paragraph {i} of a column long enough to be an article, with commas, clauses and a point of view that it argues at length.</p>"))
        .collect()
}

/// People in JSON-LD graphs given by reference (`"author": {"@id": "…#/schema/person/…"}`, as
/// Yoast writes them) are resolved to the `Person` node's name; a `WebPage` node's author counts
/// when no article node names one, after what the page prints.
#[test]
fn issue_9_json_ld_authors_by_reference_are_resolved() {
    let graph = |page_type: &str| {
        format!(
            r#"<html lang="en"><head><title>The green deal is not enough - Europa Now</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[
{{"@type":"WebSite","@id":"https://europanow.example/#website","name":"Europa Now"}},
{{"@type":"{page_type}","@id":"https://europanow.example/green-deal/#page","headline":"The green deal is not enough","datePublished":"2020-10-12T08:00:00+00:00","author":{{"@id":"https://europanow.example/#/schema/person/65b1"}}}},
{{"@type":"Person","@id":"https://europanow.example/#/schema/person/65b1","name":"Giovanna Gaggi"}}]}}</script>
</head><body><article><h1>The green deal is not enough</h1>{}</article></body></html>"#,
            article_body(6)
        )
    };
    for page_type in ["Article", "WebPage"] {
        let a = extract(graph(page_type).as_bytes(), Some("https://europanow.example/green-deal/"), None).unwrap();
        assert_eq!(a.authors, ["Giovanna Gaggi"], "{page_type}");
    }
}

/// A personal site named after its author, with a hyphen in its host: the site's name is the
/// person's, and stays the author.
#[test]
fn issue_9_a_personal_site_with_a_hyphenated_host_keeps_its_author() {
    let html = format!(
        r#"<html lang="en"><head><title>Best audiobook subscriptions - Kristian Lund</title>
<meta property="og:site_name" content="Kristian Lund">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","headline":"Best audiobook subscriptions","publisher":{{"@type":"Organization","name":"Kristian Lund"}},"author":{{"@type":"Person","name":"Kristian Lund"}},"datePublished":"2025-07-01"}}</script>
</head><body><article><h1>Best audiobook subscriptions</h1>{}</article></body></html>"#,
        article_body(6)
    );
    let a = extract(html.as_bytes(), Some("https://www.kristian-lund.example/reviews/audiobooks/"), None).unwrap();
    assert_eq!(a.authors, ["Kristian Lund"]);
}

/// A guest post on someone's blog: the note that opens it ("Guest post by Nadia Osei. Nadia has
/// been …") names the writer, whoever the blog's metadata names, and leaves the text.
#[test]
fn issue_9_a_guest_posts_note_names_the_writer_and_leaves_the_text() {
    let html = format!(
        r#"<html lang="en"><head><title>No, we should not bring back late fines – Stack and Spine</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting","headline":"No, we should not bring back late fines","author":{{"@type":"Person","name":"Tom Hale"}}}}</script>
</head><body><article><h1>No, we should not bring back late fines</h1><div class="entry-meta">by Tom Hale</div><div class="entry-content">
<p class="guest-post-note"><em>Guest post by Nadia Osei. Nadia has been a children’s librarian for eleven years. Views are her own.</em></p>{}</div></article></body></html>"#,
        article_body(6)
    );
    let a = extract(html.as_bytes(), Some("https://stackandspine.example/2026/03/10/late-fines/"), None).unwrap();
    assert_eq!(a.authors, ["Nadia Osei"]);
    assert!(!a.text.contains("Guest post by"), "{}", a.text);
    assert!(a.text.contains("Paragraph 5 of a column"), "{}", a.text);
}

/// A personal blog on a blog subdomain ("blog.tobias-fenk.example"), or named in lowercase ("ada
/// kowal · notes" on adakowal.example), printing its owner's name as the byline: the owner is the
/// author, not the site. A site named like its host, but not a person's name, is still the site.
#[test]
fn issue_9_a_personal_blog_on_a_subdomain_or_named_in_lowercase_keeps_its_author() {
    let page = |site: &str, url: &str, byline: &str| {
        let html = format!(
            r#"<html lang="en"><head><title>Nightly backups | {site}</title><meta property="og:site_name" content="{site}">
</head><body><header><a class="site-title" href="/">{site}</a></header><article><h1>Nightly backups</h1>
<p class="meta"><time datetime="2026-01-11">2026-01-11</time> · 4 min · <span class="author">{byline}</span></p>{}</article></body></html>"#,
            article_body(6)
        );
        extract(html.as_bytes(), Some(url), None).unwrap().authors
    };
    assert_eq!(page("Tobias Fenk", "https://blog.tobias-fenk.example/posts/backup/", "Tobias Fenk"), ["Tobias Fenk"]);
    assert_eq!(page("ada kowal · notes", "https://adakowal.example/notes/backups/", "Ada Kowal"), ["Ada Kowal"]);
    assert!(page("ultimahora.com", "https://www.ultimahora.com/backups.html", "Ultima Hora").is_empty());
}

/// A personal blog with a title of its own ("Notizen aus dem Rathaus") on a host that spells its
/// author's name keeps the author its JSON-LD declares; a "person" that is the publisher on the
/// host named after it is still the site.
#[test]
fn issue_9_a_host_named_after_the_declared_person_keeps_the_author() {
    let page = |person: &str, publisher: &str| {
        format!(
            r#"<html lang="de"><head><title>Digitale Souveränität beginnt im Rathaus | Notizen aus dem Rathaus</title>
<meta property="og:site_name" content="Notizen aus dem Rathaus"><meta name="author" content="{person}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting","headline":"Digitale Souveränität beginnt im Rathaus","publisher":{{"@type":"Organization","name":"{publisher}"}},"author":{{"@type":"Person","name":"{person}"}},"datePublished":"2026-03-08"}}</script>
</head><body><article><h1>Digitale Souveränität beginnt im Rathaus</h1>{}</article></body></html>"#,
            article_body(6)
        )
    };
    let url = Some("https://falk-hinrichs.example/2026/03/08/rathaus.html");
    let a = extract(page("Falk Hinrichs", "Notizen aus dem Rathaus").as_bytes(), url, None).unwrap();
    assert_eq!(a.authors, ["Falk Hinrichs"]);
    let a = extract(page("Falk Hinrichs", "Falk Hinrichs").as_bytes(), url, None).unwrap();
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}

/// Co-authors printed each in a link of their own after a "By" in an element of its own
/// (WordPress's Co-Authors Plus, Newspack) are all credited, also when the metadata names only
/// the first; a byline that adds a role or a place after a comma or a bracket is not read so.
#[test]
fn issue_9_co_authors_after_a_by_of_its_own() {
    let page = |byline: &str| {
        format!(
            r#"<html lang="en"><head><title>County approves groundwater limits</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"County approves groundwater limits","author":{{"@type":"Person","name":"Maya Benally"}},"datePublished":"2026-03-05"}}</script>
</head><body><article><h1>County approves groundwater limits</h1><div class="entry-meta">{byline}</div>
<div class="entry-content">{}</div></article></body></html>"#,
            article_body(6)
        )
    };
    let a = extract(
        page(r#"<span class="byline"><span class="author-split">By</span> <span class="author vcard"><a href="/author/1/">Maya Benally</a></span><span class="author-split"> and </span><span class="author vcard"><a href="/author/2/">Carlos Ruiz-Ortega</a></span></span>"#).as_bytes(),
        Some("https://news.example/2026/03/groundwater/"),
        None,
    )
    .unwrap();
    assert_eq!(a.authors, ["Maya Benally", "Carlos Ruiz-Ortega"]);
    let a = extract(
        page(r#"<span class="byline"><span>By</span> <span>Maya Benally (reporting) and Ken Oduya (photography)</span></span>"#).as_bytes(),
        Some("https://news.example/2026/03/groundwater/"),
        None,
    )
    .unwrap();
    assert_eq!(a.authors, ["Maya Benally"]);
}

/// A site builder's post (Webflow): the byline sits in the post's header beside the date and the
/// reading time, each in a `<div>` of its own; a customer's testimonial card in the body names
/// its "testimonial-author", who wrote nothing of the article. A headline set in capitals is
/// given in the letter case the page's `<title>` uses.
#[test]
fn issue_9_a_builders_header_byline_beats_a_testimonials_author() {
    let html = format!(
        r#"<html lang="en"><head><title>How Larkfield Dental cut no-shows | Clinic Notes</title></head><body>
<div class="section-hero cc-blog-post"><div class="blog-post-header"><h1 class="heading-blog-post">HOW LARKFIELD DENTAL CUT NO-SHOWS</h1>
<div class="blog-post-meta"><div class="author-row"><img src="/owen.jpg" alt=""><div class="text-size-small">Written by Owen Park</div></div>
<div class="text-size-small">March 10, 2026</div><div class="text-size-small">6 min read</div></div></div></div>
<div class="section-blog-body"><div class="blog-rich-text w-richtext">{}</div>
<div class="testimonial-card"><div class="testimonial-quote">“Our mornings are calmer.”</div><div class="testimonial-author">
<div class="testimonial-name">Rita Delgado</div><div class="testimonial-role">Office Manager, Larkfield Dental</div></div></div>
<div class="blog-rich-text-2 w-richtext">{}</div></div></body></html>"#,
        article_body(4),
        article_body(3)
    );
    let a = extract(html.as_bytes(), Some("https://clinicnotes.example/blog/no-shows"), None).unwrap();
    assert_eq!(a.authors, ["Owen Park"]);
    assert_eq!(a.title.as_deref(), Some("How Larkfield Dental cut no-shows"));
}

/// Issue 9 (real articles emptied): a paywalled page prints its deck and the offer, and gives the
/// whole article only in JSON-LD's `articleBody` (top agrar, webmix): the text is that body, opened
/// by the deck; a page whose HTML holds the article keeps it, and a body about something else is
/// not taken.
#[test]
fn issue_9_a_paywalled_page_takes_its_body_from_the_metadata() {
    let sentence = "Betreiber von Photovoltaikanlagen fragen sich bei Schneefall, ob sie die Module räumen sollen, \
                    denn die Last kann Module und Befestigungssysteme beschädigen.";
    let body: String = (0..8).map(|i| format!("{sentence} Absatz {i}.\\n")).collect();
    let page = |headline: &str, html_body: &str| {
        format!(
            r#"<html lang="de"><head><title>{headline}</title>
<meta name="description" content="Eine Schneedecke auf der Photovoltaikanlage sorgt nicht nur für geringeren Stromertrag. Das Gewicht belastet auch Module.">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{headline}","articleBody":"{body}","datePublished":"2022-12-10"}}</script>
</head><body><article><h1>{headline}</h1>{html_body}</article></body></html>"#
        )
    };
    let teaser = "<p class=\"lead\">Eine Schneedecke auf der Photovoltaikanlage sorgt nicht nur für geringeren Stromertrag. \
                  Das Gewicht belastet auch Module.</p><div class=\"paywall-offer\"><h3>Mit top+ weiterlesen</h3>\
                  <p>Jahresabo 99,00 EUR im 1. Jahr, danach 122,40 EUR pro Jahr. Jetzt zuschlagen</p></div>";
    let url = Some("https://www.agrar.example/energie/schnee-auf-pv-anlagen");
    let a =
        extract(page("Schnee auf Photovoltaikanlagen: Experten warnen vor dem Räumen", teaser).as_bytes(), url, None)
            .unwrap();
    assert!(a.text.starts_with("Eine Schneedecke auf der Photovoltaikanlage"), "{}", a.text);
    assert!(a.text.contains("Absatz 7."), "{}", a.text);
    assert!(!a.text.contains("Jahresabo"), "{}", a.text);
    assert!(a.word_count > 150);
    // The HTML holds the article: it stays.
    let full = format!("{teaser}{}", article_body(8));
    let a =
        extract(page("Schnee auf Photovoltaikanlagen: Experten warnen vor dem Räumen", &full).as_bytes(), url, None)
            .unwrap();
    assert!(!a.text.contains("Absatz 7."), "{}", a.text);
    // A body that is not about the headline is not taken.
    let a = extract(page("Landtag beschließt neues Schulgesetz nach langer Debatte", teaser).as_bytes(), url, None)
        .unwrap();
    assert!(!a.text.contains("Absatz 7."), "{}", a.text);
}

/// A Hindi page prints its dates in Devanagari digits, the publication's after the update's
/// ("प्रकाशित: १३ मार्च २०२६"), and is signed by a bureau ("जनवाणी ब्यूरो"): the date is the
/// publication's, and the bureau a credit, not a person.
#[test]
fn issue_9_devanagari_dates_and_a_bureau_byline() {
    let html = format!(
        r#"<html lang="hi"><head><title>पुराने बाज़ार में ई-रिक्शा के लिए बनेंगे चार नए स्टैंड</title></head><body><article>
<h1>पुराने बाज़ार में ई-रिक्शा के लिए बनेंगे चार नए स्टैंड</h1><div class="story-byline"><span class="byline-name">जनवाणी ब्यूरो, सरायपुर</span>
<div class="byline-dates"><span class="updated">अपडेटेड: १४ मार्च २०२६, ०६:४० अपराह्न</span> <span class="published">प्रकाशित: १३ मार्च २०२६, ०९:१५ पूर्वाह्न</span></div></div>
<div class="story-body">{}</div></article></body></html>"#,
        "<p>नगर निगम ने पुराने बाज़ार में ई-रिक्शा के लिए चार नए स्टैंड बनाने का प्रस्ताव पास कर दिया है, जिससे दुकानदारों और राहगीरों को जाम से राहत मिलेगी।</p>".repeat(8)
    );
    let a = extract(html.as_bytes(), Some("https://www.janvani.example/city/e-rickshaw-stands"), None).unwrap();
    assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2026-03-13"));
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    assert_eq!(a.credits, ["जनवाणी ब्यूरो"]);
}

/// An op-ed closes with the writer's biography in italics, then the paper's invitation to write
/// a letter; a list of heating tips carries Russia's advertising mark. None of it is the text;
/// an italic correction note is.
#[test]
fn issue_9_an_italic_bio_a_letters_prompt_and_an_ad_mark_leave_the_text() {
    let html = format!(
        r#"<html lang="en"><head><title>Teach every student to fix things</title></head><body><article>
<h1>Teach every student to fix things</h1><div class="story-body">{}
<p><em>Correction: An earlier version of this column gave the wrong year for the repair law. It is 2026.</em></p>
<p><em>Helen Achterberg is a professor of mechanical engineering at Northfield State University.</em></p>
<p class="rek-block__erid">Реклама. ООО «Теплый дом». erid: 2SDnjcVm4Lp</p></div>
<div class="story-letters"><p>Have an opinion on this issue? Write a letter to the editor.</p></div></article></body></html>"#,
        article_body(6)
    );
    let a = extract(html.as_bytes(), Some("https://tribune.example/opinion/fix-things"), None).unwrap();
    assert!(a.text.contains("Correction: An earlier version"), "{}", a.text);
    for gone in ["Helen Achterberg is a professor", "erid", "Write a letter"] {
        assert!(!a.text.contains(gone), "{gone} kept: {}", a.text);
    }
}

/// A photo gallery tells its story in the captions: a short lead and twelve captioned slides
/// give the captions as the text, without the slide counters ("3/12") and the photographer's
/// credit ("撮影：佐藤美咲"); an article with a caption under its picture leaves the caption out.
#[test]
fn issue_9_a_gallerys_captions_are_its_text() {
    let slides: String = (1..=12)
        .map(|i| {
            format!(
                "<li class=\"gallery__slide\"><div class=\"gallery__counter\"><span>{i}</span>/<span>12</span></div>\
                 <img src=\"/{i}.jpg\" alt=\"\"><p class=\"gallery__caption\">Slide {i}: the old merchant houses along the \
                 river open their doors, and families show the dolls their grandparents bought a century ago.</p>\
                 <p class=\"gallery__credit\">撮影：佐藤美咲</p></li>"
            )
        })
        .collect();
    let html = format!(
        r#"<html lang="en"><head><title>In pictures: the doll street</title></head><body><article><h1>In pictures: the doll street</h1>
<div class="lead"><p>Along the old road, merchant families open their houses to show the dolls they keep for the spring festival.</p></div>
<div class="gallery"><ul class="gallery__slides">{slides}</ul></div></article></body></html>"#
    );
    let a = extract(html.as_bytes(), Some("https://photos.example/2026/03/doll-street"), None).unwrap();
    assert!(a.text.contains("Slide 1: the old merchant houses"), "{}", a.text);
    assert!(a.text.contains("Slide 12:"), "{}", a.text);
    assert!(!a.text.contains("3/12") && !a.text.contains("撮影"), "{}", a.text);
    // An article's own picture caption stays out of its text.
    let article = format!(
        r#"<html lang="en"><head><title>The council keeps the library</title></head><body><article><h1>The council keeps the library</h1>
<figure><img src="/l.jpg" alt=""><figcaption>The library on Main Street, photographed on Monday by a reader.</figcaption></figure>{}</article></body></html>"#,
        article_body(6)
    );
    let a = extract(article.as_bytes(), Some("https://news.example/2026/03/library"), None).unwrap();
    assert!(!a.text.contains("photographed on Monday"), "{}", a.text);
}

/// Infinite scroll: the site appends its next article, in an `<article>` of its own, after the
/// one the page is about; only the headline's story is the text, also when the best paragraphs
/// are already in it (climbing to the wrapper of both would join them).
#[test]
fn issue_9_the_next_story_appended_by_infinite_scroll_is_not_the_text() {
    let story = |id: &str, headline: &str, sentence: &str| {
        format!(
            r#"<div class="story-wrap"><article class="post type-post post-{id}"><header class="entry-header">
<h1 class="entry-title">{headline}</h1><div class="entry-meta">By Maeve Donnelly | March 9, 2026</div></header>
<div class="entry-content">{}</div></article><aside class="story-rail"><a href="/a">Most read</a></aside></div>"#,
            format!("<p>{sentence}</p>").repeat(6)
        )
    };
    let html = format!(
        r#"<html lang="en"><head><title>The island ferry is a road | The Ledger</title></head><body>
<main class="site-main infinite-wrap" id="main">{}<div class="infinite-view infinite-view-2">{}</div></main></body></html>"#,
        story(
            "41027",
            "The island ferry is a road",
            "Nobody on the mainland would accept a bridge that closes at six in the evening, and islanders should not either."
        ),
        story(
            "40518",
            "Council approves night bus trial",
            "Port Ellery council voted on Tuesday to run late-night buses on three routes for a six-month trial."
        ),
    );
    let a = extract(html.as_bytes(), Some("https://ledger.example/2026/03/09/ferry-is-a-road/"), None).unwrap();
    assert!(a.text.contains("Nobody on the mainland"), "{}", a.text);
    assert!(!a.text.contains("late-night buses"), "{}", a.text);
}

/// A byline printed under the headline without any byline class or metadata ("By <!-- -->Jane
/// Doe" as a framework renders it, "by: Ziyi Xu, Dec 17, 2025") names the author.
#[test]
fn issue_9_a_plain_byline_line_under_the_headline_names_the_author() {
    for (line, who) in [
        ("<p class=\"font-semibold\">By <!-- -->Preeti Jindal</p>", "Preeti Jindal"),
        ("<p class=\"text-xl pt-2\">by: <!-- -->Ziyi Xu<!-- -->,<!-- --> Dec 17, 2025</p>", "Ziyi Xu"),
        ("<p class=\"data\">Κείμενο: Μαρία Δεληγιάννη &middot; Ενημέρωση: 9 Απριλίου 2026</p>", "Μαρία Δεληγιάννη"),
        ("<p>Reporter: Agus Wibowo</p>", "Agus Wibowo"),
    ] {
        let html = format!(
            r#"<html lang="en"><head><title>Mocks are not the enemy</title></head><body><main><h1>Mocks are not the enemy</h1>
<div class="flex items-center gap-2">{line}</div><div class="prose">{}</div></main></body></html>"#,
            article_body(6)
        );
        let a = extract(html.as_bytes(), Some("https://blog.example/posts/mocks"), None).unwrap();
        assert_eq!(a.authors, [who], "{line}");
    }
}

/// Pages in scripts written without spaces, framed by menus, login links and ranking lists:
/// the text is the article's paragraphs only, and a site name after the headline in `<title>`
/// is dropped although the headline is one "word" by whitespace (Thai).
#[test]
fn issue_9_unspaced_scripts_keep_menus_out_and_titles_clean() {
    let ja = page("cjk_nav_heavy_editorial_ja.html", "https://toyo-shinpo.example/articles/2024/05/01/editorial");
    assert_eq!(ja.title.as_deref(), Some("【社説】地方の公共交通を守るために"));
    assert_text(
        &ja,
        &["地方の公共交通をどう守るかは", "持続可能な交通網への近道になるはずである。"],
        &["ログイン", "会員登録", "アクセスランキング", "円相場が一時150円台", "Copyright"],
    );
    let th = page("unspaced_title_site_th.html", "https://siam-daily.example/column/dust");
    assert_eq!(th.title.as_deref(), Some("ถึงเวลาแก้ปัญหาฝุ่นอย่างจริงจัง"));
    assert_text(&th, &["ปัญหาฝุ่นละอองขนาดเล็ก", "ไม่ใช่รอให้วิกฤตกลับมาอีกครั้งในปีหน้า"], &["เข้าสู่ระบบ", "ข่าวล่าสุด"]);
}

/// "【社説】" opening a Japanese headline files the piece as an editorial: opinion.
#[test]
fn issue_9_a_bracketed_editorial_label_in_the_headline_is_opinion() {
    let ja = page("cjk_nav_heavy_editorial_ja.html", "https://toyo-shinpo.example/articles/2024/05/01/editorial");
    assert_eq!(ja.kind, Kind::Opinion);
}

/// A time given in UTC is shown with the offset the publication's country prints (by its domain):
/// the same instant, on the local day; a date without a time and a time on a generic domain stay.
#[test]
fn issue_9_utc_times_are_shown_in_the_publications_country() {
    let page_at = |published: &str, url: &str| {
        let html = format!(
            r#"<html lang="de"><head><title>Ein Titel</title><meta property="article:published_time" content="{published}"></head>
<body><article><h1>Ein Titel</h1>{}</article></body></html>"#,
            article_body(5)
        );
        extract(html.as_bytes(), Some(url), None).unwrap().published.map(|t| t.to_string())
    };
    assert_eq!(
        page_at("2022-11-06T23:00:00Z", "https://www.landbote.de/a/1").as_deref(),
        Some("2022-11-07T00:00:00+01:00")
    );
    assert_eq!(
        page_at("2022-05-04T00:25:56Z", "https://www.diario.com.ar/a/1").as_deref(),
        Some("2022-05-03T21:25:56-03:00")
    );
    assert_eq!(page_at("2022-05-04", "https://www.diario.com.ar/a/1").as_deref(), Some("2022-05-04T00:00:00Z"));
    assert_eq!(
        page_at("2022-05-04T00:25:56Z", "https://news.example.com/a/1").as_deref(),
        Some("2022-05-04T00:25:56Z")
    );
}

/// A class that names the layout on an element holding the headline ("sticky-sidebar-parent",
/// "pageLayout--related", "one-sidebar-second") does not make the byline and date under the
/// headline furniture; a teaser's date and name in a real related block still are.
#[test]
fn issue_9_a_layout_class_around_the_headline_is_not_furniture() {
    for wrapper in ["article-page sticky-sidebar-parent", "pageLayout--related", "panel zen-one-sidebar-second"] {
        let html = format!(
            r#"<html lang="en"><head><title>Harbour dredging starts in spring</title></head><body><div class="{wrapper}">
<article><header><h1>Harbour dredging starts in spring</h1><div class="under-headline">
<span class="byline">By <a href="/writers/mara-quint/">Mara Quint</a></span> <span class="date">8 January 2020, 3:51 pm</span></div></header>
<div class="body">{}</div></article>
<div class="related"><span class="date">2 March 2019</span> <span class="byline">By Olaf Brenn</span> Another story</div></div></body></html>"#,
            article_body(6)
        );
        let a = extract(html.as_bytes(), Some("https://harbour.example/news/dredging"), None).unwrap();
        assert_eq!(a.authors, ["Mara Quint"], "{wrapper}");
        assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2020-01-08"), "{wrapper}");
    }
}

/// A post whose JSON-LD graph types it only as a `WebPage` (older Yoast graphs) is dated by that
/// node's `datePublished`.
#[test]
fn issue_9_a_web_page_node_dates_a_post_without_an_article_node() {
    let html = format!(
        r#"<html lang="en"><head><title>Cheap fixes are the best</title><script type="application/ld+json">
{{"@context":"https://schema.org","@graph":[{{"@type":"WebSite","@id":"https://garage.example/#website","name":"Garage"}},
{{"@type":"WebPage","@id":"https://garage.example/2018/11/cheap-fixes/#webpage","name":"Cheap fixes are the best",
"datePublished":"2018-11-22T14:30:24+00:00","dateModified":"2019-02-01T09:00:00+00:00"}}]}}</script></head>
<body><article><h2>Cheap fixes are the best</h2>{}</article></body></html>"#,
        article_body(6)
    );
    let a = extract(html.as_bytes(), Some("https://garage.example/cheap-fixes"), None).unwrap();
    assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2018-11-22"));
}

/// A date printed over the headline in the headline's own header ("Kultur, 2.11.22" as a kicker,
/// an issue's date beside a print button) dates the page; today's date in the site's top bar,
/// with the menu between it and the headline, does not.
#[test]
fn issue_9_a_date_over_the_headline_in_its_header() {
    let page_with = |header: &str| {
        let html = format!(
            r#"<html lang="de"><head><title>Konzerte im November</title></head><body>
<div class="topbar"><span class="date">Montag, 6.12.2026</span><nav><a href="/">Start</a> <a href="/kultur">Kultur</a> <a href="/sport">Sport</a> <a href="/reise">Reise</a></nav></div>
<div class="content">{header}<div class="text">{}</div></div></body></html>"#,
            article_body(6)
        );
        let a = extract(html.as_bytes(), Some("https://nachtleben.example/magazin/konzerte"), None).unwrap();
        time(a.published).map(|t| t[..10].to_string())
    };
    let kicker = r#"<div class="head"><div class="date">Kultur, 2.11.22</div><h1>Konzerte im November</h1></div>"#;
    assert_eq!(page_with(kicker).as_deref(), Some("2022-11-02"));
    let issue = r#"<div class="header-wrapper"><div class="issue"><span class="date">26.10.2023</span> <a href="/print">Drucken</a></div>
<div class="kicker">Der Begriff hat keinen Wert</div><span property="name"><h1>Konzerte im November</h1></span></div>"#;
    assert_eq!(page_with(issue).as_deref(), Some("2023-10-26"));
    assert_eq!(page_with("<h1>Konzerte im November</h1>").as_deref(), None);
}

/// A dateline that opens the text, after a standfirst and a byline ("27.1.2022 - Bei der …"),
/// dates a page that prints its date nowhere else.
#[test]
fn issue_9_a_dateline_opening_the_text() {
    let html = format!(
        r#"<html lang="de"><head><title>Gedenken in Köln</title></head><body><div class="logo"><h1>Magazin</h1></div>
<div class="c_element"><p class="bodytext">Zum Tag des Gedenkens erinnern Vereine in Köln an verfolgte Frauen und ehren eine Ärztin mit einem Stolperstein.</p>
<p class="bodytext">Von Clara Lind</p><p class="bodytext">27.1.2022 - Bei der Erinnerung an die Verfolgten waren viele Opfer lange unsichtbar, und erst in letzter Zeit, so die Veranstalterinnen, ändert sich das.</p>{}</div></body></html>"#,
        article_body(5)
    );
    let a = extract(html.as_bytes(), Some("https://magazin.example/news/gedenken"), None).unwrap();
    assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2022-01-27"));
    assert_eq!(a.authors, ["Clara Lind"]);
}

/// A meta line that prints the date and then, after a separator, the writer names the author,
/// under the headline ("2025-12-17 · Trond Teigen") or over it ("04.02.2022 | 13:10 Uhr | Uta
/// Helkenberg"); sections or tags after the date ("Naturschutz, BUND") are not people.
#[test]
fn issue_9_a_date_and_name_meta_line_beside_the_headline() {
    let page_with = |before: &str, after: &str| {
        let html = format!(
            r#"<html lang="de"><head><title>Ein Pilotjahr</title></head><body><div class="content"><div>{before}<h1>Ein Pilotjahr</h1>{after}</div>
<div class="text">{}</div></div></body></html>"#,
            article_body(6)
        );
        extract(html.as_bytes(), Some("https://verband.example/news/pilotjahr"), None).unwrap().authors
    };
    assert_eq!(
        page_with(
            "",
            r#"<div class="mt-4 text-sm"><span>2025-12-17</span><span>·</span><a title="Tove Lien"><div>Tove Lien</div></a></div>"#
        ),
        ["Tove Lien"]
    );
    assert_eq!(page_with("<small>04.02.2022 | 13:10 Uhr | Ute Hallberg</small>", ""), ["Ute Hallberg"]);
    assert!(page_with("", "<p>01. November 2021 | Naturschutz, BUND</p>").is_empty());
}

/// An author box below the body: its name heading when a bio makes the box too long to be a
/// byline, or the short text after a heading that labels it ("Article by", "Über die Autorin").
#[test]
fn issue_9_author_boxes_below_the_body() {
    let page_with = |author_box: &str| {
        let html = format!(
            r#"<html lang="en"><head><title>Pixel-perfect pipelines</title></head><body><main><h1>Pixel-perfect pipelines</h1>
<div class="entries">{}</div>{author_box}</main></body></html>"#,
            article_body(6)
        );
        extract(html.as_bytes(), Some("https://tones.example/blog/pipelines"), None).unwrap().authors
    };
    let bio = r#"<div class="blog-author"><img src="a.webp" alt=""><div><h4>Bela Kertész</h4><div class="social"><a href="https://social.example/bk"></a></div>
<p>Bela is an audio developer who has spent a decade building plug-ins and the tools around them, and writes here about user interfaces.</p></div></div>"#;
    assert_eq!(page_with(bio), ["Bela Kertész"]);
    let labelled =
        r#"<div class="grid"><h2 class="text-3xl">Article by</h2><div class="text-xl">Matti Hakala</div></div>"#;
    assert_eq!(page_with(labelled), ["Matti Hakala"]);
    let with_degrees = r#"<section><h2>Article written by:</h2><div><img src="h.webp" alt="Headshot"><h3>Dora Marquez-Mantel, MD, FOMA</h3></div></section>"#;
    assert_eq!(page_with(with_degrees), ["Dora Marquez-Mantel"]);
    let de = r#"<aside class="x"></aside><div><h3>Über die Autorin</h3><p>Jana Wolf</p></div>"#;
    assert_eq!(page_with(de), ["Jana Wolf"]);
}

/// "Par Matthieu Hy le 07 Mai 2020": the particle before the date is not part of the name; and a
/// meta block that holds the headline is not a byline ("Headline … by site | date").
#[test]
fn issue_9_byline_ends_before_a_particle_and_never_holds_the_headline() {
    let html = format!(
        r#"<html lang="fr"><head><title>Libre cours</title></head><body><div class="main-sidebar-second"><h1>Libre cours</h1>
<div class="node-signature"><span class="field-contributor">Par <a href="/node/mh">Mathis Hoy</a></span> <span class="field-published-at">le 07 Mai 2020</span></div>
{}</div></body></html>"#,
        article_body(6)
    );
    let a = extract(html.as_bytes(), Some("https://revue.example/node/libre-cours"), None).unwrap();
    assert_eq!(a.authors, ["Mathis Hoy"]);
    let html = format!(
        r#"<html lang="en"><head><title>Top Event Trends in 2025 and How to Use Them</title></head><body><article>
<div class="post_meta_wrapper"><h1>Top Event Trends in 2025 and How to Use Them</h1><p class="post-meta">by <a href="/author/eventco/">eventco</a> | Apr 21, 2025</p></div>
{}</article></body></html>"#,
        article_body(6)
    );
    let a = extract(html.as_bytes(), Some("https://eventco.example/blog/trends"), None).unwrap();
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}

/// Names that are no reporter's: a one-word author link (a social icon's `/people/` link reads
/// "Diaspora") gives way to a full name printed later ("Autor" / "Nikolai Hunke"); a name given
/// with the page's own home address ("Deutsche Welle (www.dw.com)") is the site; a name opened
/// by a definite article ("Les Amis de la Terre") is an organisation.
#[test]
fn issue_9_labels_sites_and_organisations_are_not_people() {
    let page_with = |head: &str, body_end: &str| {
        let html = format!(
            r#"<html lang="de"><head><title>Vierzig Tage</title>{head}</head><body><main><h1>Vierzig Tage</h1>
<div class="text">{}</div>{body_end}</main></body></html>"#,
            article_body(6)
        );
        extract(html.as_bytes(), Some("https://www.stiftung.example/news/vierzig-tage"), None).unwrap().authors
    };
    let icon = r#"<footer><a href="https://pod.example/people/4f2a" class="social__link"><b class="aural">Diaspora</b></a></footer>"#;
    let meta_box = r#"<section class="news__meta"><h4 class="news__meta-title">Autor</h4> <p><a href="/profil/nh">Nikolai Hunke</a>, </p></section>"#;
    assert_eq!(page_with("", &format!("{meta_box}{icon}")), ["Nikolai Hunke"]);
    assert!(page_with(r#"<meta name="author" content="Stiftung Example (www.stiftung.example)">"#, "").is_empty());
    assert!(page_with(r#"<meta name="author" content="Les Amis de la Terre">"#, "").is_empty());
    // A person's own page in brackets is not the site's address.
    assert_eq!(
        page_with(r#"<meta name="author" content="Bruno M. Kuhl (http://www.stiftung.example/bkuhl/)">"#, ""),
        ["Bruno M. Kuhl"]
    );
}

/// A `<meta name=author>` that names no person ("Hanse Verband e.V.") leaves the people open,
/// so the byline printed under the headline is read; a link to a `/reporters/` page is an
/// author link; JSON-LD names written as links (`"name": ["<a href=…>Ana Ruiz</a>", …]`) are
/// read as their text, one person each.
#[test]
fn issue_9_a_meta_author_without_a_person_and_markup_in_json_ld_names() {
    let html = format!(
        r#"<html lang="de"><head><title>Neue Regeln</title><meta name="author" content="Hanse Verband e.V."></head>
<body><h1>Neue Regeln</h1><p class="x">Von Jana Brandt</p><div id="content">{}</div></body></html>"#,
        article_body(6)
    );
    let a = extract(html.as_bytes(), Some("https://www.hanseverband.example/news/regeln"), None).unwrap();
    assert_eq!(a.authors, ["Jana Brandt"]);
    let html = format!(
        r#"<html lang="en"><head><title>What to know about pharmacies</title><meta property="og:site_name" content="Jobs &amp; Hire">
<meta name="author" content="Jobs &amp; Hire"></head>
<body><h1>What to know about pharmacies</h1><div class="tags"><a href="/tags/a">Pharmacy</a>, <a href="/tags/b">Health</a></div>
<div class="story_flow"><div class="wrote_by">By&nbsp;<a href="/reporters/jon-de-la-vega">Jon de la Vega</a></div><div id="content">{}</div></div></body></html>"#,
        article_body(6)
    );
    let a = extract(html.as_bytes(), Some("https://www.jobsandhire.example/articles/35030/pharmacies"), None).unwrap();
    assert_eq!(a.authors, ["Jon de la Vega"]);
    let html = format!(
        r#"<html lang="pl"><head><title>Zamachy</title><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Zamachy",
"author":{{"@type":"Person","name":["\u003Ca href=\u0022/pl/eksperci/mg\u0022\u003EMarek Gniewosz\u003C/a\u003E","\u003Ca href=\u0022/pl/eksperci/mw\u0022\u003EMarta Wasik\u003C/a\u003E"]}}}}</script></head>
<body><article><h1>Zamachy</h1>{}</article></body></html>"#,
        article_body(6)
    );
    let a = extract(html.as_bytes(), Some("https://osrodek.example/pl/analizy/zamachy"), None).unwrap();
    assert_eq!(a.authors, ["Marek Gniewosz", "Marta Wasik"]);
}

/// `<time>`s in related-article lists and comments date other articles and readers' comments,
/// not the page: a post's own `<time>` in its footer still counts, and a line that labels the
/// publication date ("Veröffentlicht am 16.08.2019", "Opublikowano: …") beats other dates printed
/// under the headline ("Wydrukowano: …", the day the page was printed).
#[test]
fn issue_9_times_of_other_articles_and_comments_and_a_published_label() {
    let page_with = |lang: &str, header: &str, after: &str| {
        let html = format!(
            r#"<html lang="{lang}"><head><title>Sternfusion</title></head><body><div id="content"><article><h1>Sternfusion</h1>{header}
<div class="entry">{}</div></article>{after}</div></body></html>"#,
            article_body(6)
        );
        let a = extract(html.as_bytes(), Some("https://podcast.example/res158-sternfusion/"), None).unwrap();
        time(a.published).map(|t| t[..10].to_string())
    };
    let related = r#"<ul class="related-posts"><li class="related post-hover"><h4><a href="/2009/04/11/x/">Alt</a></h4>
<p class="post-date"><time class="published updated" datetime="2009-04-11 18:06:36">11. April 2009</time></p></li></ul>"#;
    assert_eq!(
        page_with(
            "de",
            r#"<p class="post-byline">von Lina · <span class="published">22. Oktober 2019</span></p>"#,
            related
        )
        .as_deref(),
        Some("2019-10-22")
    );
    let comments = r#"<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><article class="comment-body">
<footer class="comment-meta"><time datetime="2019-08-24T03:36:11+02:00">24. August 2019</time></footer><p>Tolle Folge!</p></article></li></ol></div>"#;
    assert_eq!(
        page_with(
            "de",
            "<div class=\"player\"><p>Veröffentlicht am 16.08.2019<br> Dauer: 1 Stunde</p></div>",
            comments
        )
        .as_deref(),
        Some("2019-08-16")
    );
    assert_eq!(page_with("de", "", comments), None);
    let own_footer =
        r#"<footer class="entry-meta"><time datetime="2015-03-10T08:05:41-07:00">March 10, 2015</time></footer>"#;
    assert_eq!(page_with("en", own_footer, "").as_deref(), Some("2015-03-10"));
    let printed = r#"<div class="meta"><span class="date">Wydrukowano: 2021-05-11 22:22</span></div><div class="meta">Opublikowano: 2021-04-29 17:13</div>"#;
    assert_eq!(page_with("pl", printed, "").as_deref(), Some("2021-04-29"));
}

/// A UTC time on a generic domain that falls on the day after (or before) the day the URL names
/// is shown with the nearest whole-hour offset that puts it on the URL's day (a US paper's
/// 23:30 Central is 05:30 UTC the next day); a UTC time already on the URL's day stays.
#[test]
fn issue_9_a_utc_time_is_shown_on_the_day_the_url_names() {
    let page_at = |published: &str| {
        let html = format!(
            r#"<html lang="en"><head><title>A mayor elected</title><meta property="article:published_time" content="{published}"></head>
<body><article><h1>A mayor elected</h1>{}</article></body></html>"#,
            article_body(5)
        );
        let url = "https://www.citypaper.example/2023/11/08/a-mayor-elected/";
        extract(html.as_bytes(), Some(url), None).unwrap().published.map(|t| t.to_string())
    };
    assert_eq!(page_at("2023-11-09T05:30:59Z").as_deref(), Some("2023-11-08T23:30:59-06:00"));
    assert_eq!(page_at("2023-11-08T21:00:00Z").as_deref(), Some("2023-11-08T21:00:00Z"));
    assert_eq!(page_at("2023-11-07T22:10:00Z").as_deref(), Some("2023-11-08T00:10:00+02:00"));
}

/// A date over the headline in an element nothing marks ("Dec 12, 2025" beside a calendar icon,
/// "02.12.2022" in a wrapper classed as an update), with a reading time between, dates the page;
/// a dateline in the text's fourth block (after a headline, a caption and a byline) too.
#[test]
fn issue_9_an_unmarked_date_over_the_headline_and_a_later_lead_dateline() {
    let html = format!(
        r#"<html lang="en"><head><title>Why Rust for embedded</title></head><body><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav>
<main><div class="max-w-3xl"><a href="/blog"><div class="text-sm">Back to blog</div></a><div class="flex gap-3"><div class="flex items-center"><svg><use href="/ui.svg#calendar"></use></svg> Dec 12, 2025 </div>
<div class="flex items-center"><svg><use href="/ui.svg#book"></use></svg> 4 min read </div></div><h1>Why Rust for embedded</h1></div><div class="prose">{}</div></main></body></html>"#,
        article_body(6)
    );
    let a = extract(html.as_bytes(), Some("https://blog.example/blog/why-rust"), None).unwrap();
    assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2025-12-12"));
    let html = format!(
        r#"<html lang="de"><head><title>Messstellen</title></head><body><main><header class="headline"><div class="date-update-wrapper"><p class="h6"> 02.12.2022 </p></div>
<h1>Messstellen</h1></header><div class="text">{}</div></main></body></html>"#,
        article_body(6)
    );
    let a = extract(html.as_bytes(), Some("https://verband.example/presse/messstellen"), None).unwrap();
    assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2022-12-02"));
    let html = format!(
        r#"<html lang="en"><head><title>Gardens feed the villages</title></head><body><div class="logo"><h1>News Agency</h1></div><div class="details">
<p><strong>A dry region turns to kitchen plots</strong></p><p>Homestead gardening boosts food security, incomes and livelihoods across the dry north. Photo : Agency</p><p>By Md Anwar Hossain</p>
<p>RAJSHAHI, Dec 20, 2025 (BSS) - Homestead gardening has been contributing significantly to making rural communities more self-reliant, farmers said.</p>{}</div></body></html>"#,
        article_body(5)
    );
    let a = extract(html.as_bytes(), Some("https://agency.example/district/343604"), None).unwrap();
    assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2025-12-20"));
}

/// A site named in the possessive after the person its host spells ("Greta Szabo's Digital Home"
/// on gretaszabo.example) is that person's: the author when nothing else names anyone. A site
/// named like two capitalised words after its host ("Twin Cities" on twincities.example) is a
/// publication, not a person.
#[test]
fn issue_9_a_site_named_for_its_owner_in_the_possessive() {
    let page = |title: &str, host: &str| {
        let html = format!(
            r#"<html lang="en"><head><title>{title}</title></head><body><div id="content"><h2>Reflections on Python 3</h2>
<small>January 13, 2020 at 08:45 AM | categories: <a href="/blog/category/python">Python</a></small><div class="post_prose">{}</div></div></body></html>"#,
            article_body(6)
        );
        extract(html.as_bytes(), Some(&format!("https://{host}/blog/2020/01/13/python3")), None).unwrap().authors
    };
    assert_eq!(page("Greta Szabo's Digital Home | Reflections on Python 3", "gretaszabo.example"), ["Greta Szabo"]);
    assert!(page("Reflections on Python 3 | Twin Cities", "www.twincities.example").is_empty());
}

/// A date in brackets opening the text ("(21. November 2022) Verbraucher erhalten …") dates a
/// page without a headline element; a publication label whose date is printed in the next
/// element ("<p>Mise en ligne</p><p>23 mai 2019</p>" in a list of credits) dates the page.
#[test]
fn issue_9_a_bracketed_lead_date_and_a_label_with_its_date_beside_it() {
    let html = format!(
        r#"<html lang="de"><head><title>Entlastungen auf einen Blick</title></head><body><div class="content-segment">
<h6>Entlastungen auf einen Blick</h6><h5><em>Von Lena Hollmann</em></h5>
<p>(21. November 2022) Verbraucher erhalten eine Preiserhöhung nach der nächsten, und Grundversorger lehnen neue Kunden ab, wie der Verband berichtet.</p>{}</div></body></html>"#,
        article_body(5)
    );
    let a = extract(html.as_bytes(), Some("https://verbraucher.example/de/preise/18725"), None).unwrap();
    assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2022-11-21"));
    let html = format!(
        r#"<html lang="fr"><head><title>La voix des nuls</title></head><body><main><h1>La voix des nuls</h1><article>
<ul class="credits"><li><p class="title">Un documentaire</p><p class="content">de Karine Fallon</p></li>
<li class="credits__item"><p class="title">Mise en ligne</p><p class="content">23 mai 2019</p></li></ul><div class="text">{}</div></article></main></body></html>"#,
        article_body(5)
    );
    let a = extract(html.as_bytes(), Some("https://radio.example/son/61661515/la_voix_des_nuls"), None).unwrap();
    assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2019-05-23"));
}

/// A line opened by an author label with a colon ("Autorin: Ute Stasch, Projektleiterin",
/// "Auteur : Kofi Tiasso", as French writes it) names the author wherever it stands after the
/// headline, also under the body outside the text; a meta author that is the site by its own
/// address does not keep it from being read.
#[test]
fn issue_9_an_author_label_line_under_the_body() {
    let page_with = |lang: &str, head: &str, after: &str| {
        let html = format!(
            r#"<html lang="{lang}"><head><title>Große Aufgaben</title>{head}</head><body><div id="main"><h1>Große Aufgaben</h1>
<div class="text">{}</div><div class="box"><p><strong>{after}</strong></p></div></div></body></html>"#,
            article_body(6)
        );
        extract(html.as_bytes(), Some("https://www.stiftung.example/news/aufgaben"), None).unwrap().authors
    };
    assert_eq!(page_with("de", "", "Autorin: Ute Stasch, Projektleiterin der Stiftung in Tunesien."), ["Ute Stasch"]);
    let own = r#"<link rel="canonical" href="https://www.stiftung.example/news/aufgaben"><meta name="author" content="Stiftung Welle (www.stiftung.example)">"#;
    assert_eq!(page_with("fr", own, "Auteur : Kofi Tiasso "), ["Kofi Tiasso"]);
}

/// Ambiguous numeric dates ("3/09/15") are read in the page's order: month first on a generic
/// domain in American English, or wherever an unambiguous date on the page shows it ("3/25/15");
/// day first otherwise. Dotted dates are day first everywhere.
#[test]
fn issue_9_numeric_dates_in_the_page_order() {
    let page_with = |lang: &str, url: &str, line: &str| {
        let html = format!(
            r#"<html lang="{lang}"><head><title>Stop buying what you do not need</title></head><body><main><h1>Stop buying what you do not need</h1>
<p class="byline">Jane Doe</p><p class="post-date">{line}</p><div class="entry">{}</div></main></body></html>"#,
            article_body(6)
        );
        let a = extract(html.as_bytes(), Some(url), None).unwrap();
        time(a.published).map(|t| t[..10].to_string()).unwrap_or_default()
    };
    let us = "https://lifestyle.example.com/stop-buying";
    assert_eq!(page_with("en-US", us, "3/09/15 8:00am"), "2015-03-09");
    assert_eq!(page_with("en-us", "https://news.example.us/stop-buying", "3/09/15"), "2015-03-09");
    assert_eq!(page_with("en-GB", us, "3/09/15 8:00am"), "2015-09-03");
    assert_eq!(page_with("en", us, "Posted 3/09/15, updated 3/25/15"), "2015-03-09");
    // An American language tag on a country's domain, or a date that shows the day first.
    assert_eq!(page_with("en-US", "https://www.zeitung.example.de/kaufen", "3/09/15"), "2015-09-03");
    assert_eq!(page_with("en-US", us, "Posted 3/09/15, updated 25/09/15"), "2015-09-03");
    assert_eq!(page_with("en-US", us, "03.09.2015"), "2015-09-03");
}

/// A publication time given in UTC in the metadata is shown in the offset of a `<time>` the page
/// prints for the same instant (WordPress writes `article:published_time` in UTC and prints the
/// post's local time): the day is the one the page shows.
#[test]
fn issue_9_a_utc_metadata_time_takes_the_printed_offset() {
    let page_with = |printed: &str| {
        let html = format!(
            r#"<html lang="en"><head><title>A fashion show at the school</title>
<meta property="article:published_time" content="2022-05-04T03:37:37+00:00"></head><body><main><h1>A fashion show at the school</h1>
<span class="td-post-date"><time class="entry-date updated" datetime="{printed}">3 May, 2022, 11:37 pm</time></span><div class="entry">{}</div></main></body></html>"#,
            article_body(6)
        );
        let a = extract(html.as_bytes(), Some("https://islandnews.example.com/fashion-show"), None).unwrap();
        time(a.published).unwrap_or_default()
    };
    assert_eq!(page_with("2022-05-03T23:37:37-04:00"), "2022-05-03T23:37:37-04:00");
    // A printed time of another instant says nothing of this one's offset.
    assert_eq!(page_with("2022-05-03T20:00:00-04:00"), "2022-05-04T03:37:37Z");
}

/// An author label in the meta list beside the headline, in its own header (`<header><h1>…</h1>
/// <ul class="details"><li>Author: …, Datum: …</li></ul></header>`), names the writer; the same
/// line in a list elsewhere (other articles) does not.
#[test]
fn issue_9_an_author_label_in_the_headlines_meta_list() {
    let page_with = |header_list: &str, elsewhere: &str| {
        let html = format!(
            r#"<html lang="de"><head><title>Was wir nicht hören wollen</title></head><body>
<article><header><h1 class="title">Was wir nicht hören wollen</h1>{header_list}</header>
<div class="body">{}</div></article><div class="more"><ul>{elsewhere}</ul></div></body></html>"#,
            article_body(6)
        );
        extract(html.as_bytes(), Some("https://magazin.example/politik/hoeren"), None).unwrap().authors
    };
    let line = r#"<li class="submitted"><span>Author: <a href="/autoren/gabor-munier">Gàbor Muniér</a>, Datum: 03.Mär.19</span></li>"#;
    assert_eq!(
        page_with(&format!(r#"<ul class="details"><li class="topic">Politik</li>{line}</ul>"#), ""),
        ["Gàbor Muniér"]
    );
    assert!(page_with("", line).is_empty());
}

/// The byline printed under the headline names the writer when the metadata's author is someone
/// else (the account that posted the page: "Luke Daigle" in the metadata, "By: Paul Fenaroli"
/// printed); a printed line that agrees with the metadata, or names no one in full, leaves it.
#[test]
fn issue_9_a_printed_byline_beats_another_name_in_the_metadata() {
    let page_with = |line: &str| {
        let html = format!(
            r#"<html lang="en"><head><title>Legal issues in the fitness industry</title><meta name="author" content="Luke Daigle">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting","headline":"Legal issues in the fitness industry","author":{{"@type":"Person","name":"Luke Daigle"}}}}</script>
</head><body><main><h1>Legal issues in the fitness industry</h1><div class="meta"><p>{line}</p></div><div class="entry">{}</div></main></body></html>"#,
            article_body(6)
        );
        extract(html.as_bytes(), Some("https://lawfirm.example/perspectives/fitness"), None).unwrap().authors
    };
    assert_eq!(page_with("By: Paul Fenaroli"), ["Paul Fenaroli"]);
    assert_eq!(page_with("By Luke Daigle"), ["Luke Daigle"]);
    assert_eq!(page_with("Written by"), ["Luke Daigle"]);
    assert_eq!(page_with("By L. Daigle"), ["Luke Daigle"]);
}

/// The metadata's writer linked as the page's editor ("Penulis: Rizal Fahmi bin Abdullah | Editor:
/// Dewi Lestari", under the text): the CMS filled in the account that published the page, and the
/// writer's link names the author. When the metadata's person is the printed writer, nothing
/// changes.
#[test]
fn issue_9_the_metadata_naming_the_pages_editor_gives_way_to_the_printed_writer() {
    let page_with = |declared: &str, line: &str| {
        let html = format!(
            r#"<html lang="id"><head><title>Banjir rob rendam tiga kelurahan</title><meta name="author" content="{declared}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Banjir rob rendam tiga kelurahan","author":{{"@type":"Person","name":"{declared}"}}}}</script>
</head><body><main><article><h1>Banjir rob rendam tiga kelurahan</h1><div class="entry">{}</div>
</article><div class="info-byline info-byline--end">{line}</div></main></body></html>"#,
            article_body(6)
        );
        extract(html.as_bytes(), Some("https://kabar.example/megapolitan/read/2026/02/11/banjir"), None)
            .unwrap()
            .authors
    };
    let line = r#"Penulis: <a href="/penulis/rizal">Rizal Fahmi bin Abdullah</a> | Editor: <a href="/editor/dewi">Dewi Lestari</a>"#;
    assert_eq!(page_with("Dewi Lestari", line), ["Rizal Fahmi bin Abdullah"]);
    let line = r#"Penulis: <a href="/penulis/dewi">Dewi Lestari</a> | Editor: <a href="/editor/budi">Budi Santoso</a>"#;
    assert_eq!(page_with("Dewi Lestari", line), ["Dewi Lestari"]);
    let line = r#"Reporter: <a href="/reporter/agus-wibowo">Agus Wibowo</a> · Redaktur: <a href="/profil/dewi">Dewi Lestari</a>"#;
    assert_eq!(page_with("Dewi Lestari", line), ["Agus Wibowo"]);
}

/// Metadata naming a writer the page never prints, beside an "About the author" box that names
/// another, is stale (or names the account that posted the page): the box's writer is the author.
/// When the page prints the metadata's writer anywhere, the metadata stands.
#[test]
fn issue_9_an_author_box_beats_metadata_naming_someone_the_page_never_prints() {
    let page_with = |top: &str| {
        let html = format!(
            r#"<html lang="en"><head><title>Keep the library open late</title><meta name="author" content="Mark Ellery">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"OpinionNewsArticle","headline":"Keep the library open late","author":[{{"@type":"Person","name":"Mark Ellery"}}]}}</script>
</head><body><main><article><h1>Keep the library open late</h1>{top}<div class="column-text">{}</div>
<aside class="columnist-box"><h3>About the author</h3><div><img src="/a.jpg" alt=""><div><a href="/author/amira-haddad/">Amira Haddad</a><span>Contributing writer</span></div></div></aside>
</article></main></body></html>"#,
            article_body(6)
        );
        extract(html.as_bytes(), Some("https://review.example/opinion/2026/04/02/library/"), None).unwrap().authors
    };
    assert_eq!(page_with(""), ["Amira Haddad"]);
    assert_eq!(page_with(r#"<p class="date">April 2, 2026 · Mark Ellery</p>"#), ["Mark Ellery"]);
}

/// A date inside a sentence of the body ("Der nächste Stammtisch findet am Mi. 5. Februar 2020
/// ab 19 Uhr im <a>…</a> statt") is another day's, not the page's dateline; a dateline opening
/// the first paragraph ("April 17, 2015 -- Imagine …") still dates it.
#[test]
fn issue_9_a_date_in_a_sentence_of_the_body_is_no_dateline() {
    let page_with = |first: &str| {
        let html = format!(
            r#"<html lang="de"><head><title>Stammtisch</title></head><body><main><h1>Stammtisch</h1>
<p>{first}</p><div class="entry">{}</div></main></body></html>"#,
            article_body(6)
        );
        let a = extract(html.as_bytes(), Some("https://wiki.example/Kassel/Stammtisch"), None).unwrap();
        time(a.published).map(|t| t[..10].to_string())
    };
    let sentence =
        r#"Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im <a href="/cafe">Café Rathaus</a> statt."#;
    assert_eq!(page_with(sentence), None);
    let dateline = r#"April 17, 2015 -- Imagine being sick in the hospital with a <a href="/infection">bacterial infection</a> and more."#;
    assert_eq!(page_with(dateline).as_deref(), Some("2015-04-17"));
}

/// A page without an `<h1>` (an old table layout) prints its headline in a `<font>`: the text
/// that opens the `<title>` stands for the headline, and the date line under it dates the page.
#[test]
fn issue_9_a_dateline_under_a_headline_printed_without_h1() {
    let page_with = |headline: &str| {
        let html = format!(
            r##"<html><head><meta charset="utf-8"><title>话剧《约定无期限》河北各市巡演结束_新华网河北频道</title></head><body>
<table><tr><td><b><font style="font-size:20px">{headline}</font></b></td></tr>
<tr><td><font color="#333333">新华网河北频道 ( 2012-06-04 09:20:26 ) </font><font>稿件来源： 河北日报</font></td></tr>
<tr><td>{}</td></tr></table></body></html>"##,
            article_body(6)
        );
        let a = extract(html.as_bytes(), Some("http://www.he.example.com/news/2012-06/11/content_25340717.htm"), None)
            .unwrap();
        time(a.published)
    };
    assert_eq!(page_with("话剧《约定无期限》河北各市巡演结束").as_deref(), Some("2012-06-04T09:20:26Z"));
    // Without the headline printed, a date line somewhere in the page says nothing.
    assert_eq!(page_with("河北新闻"), None);
}

/// A metadata time printed without an offset ("2022-05-10T23:35:55") is the publication's local
/// time: the offset of a `<time>` printing the same wall-clock time, else the press time of the
/// country's domain; on a generic domain with nothing to say, it stays as given.
#[test]
fn issue_9_a_time_without_offset_is_local_time() {
    let page_with = |url: &str, printed: &str| {
        let html = format!(
            r#"<html lang="es"><head><title>El gobierno acusa a la empresa</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"El gobierno acusa a la empresa","datePublished":"2022-05-10T23:35:55"}}</script>
</head><body><main><h1>El gobierno acusa a la empresa</h1>{printed}<div class="entry">{}</div></main></body></html>"#,
            article_body(6)
        );
        time(extract(html.as_bytes(), Some(url), None).unwrap().published).unwrap_or_default()
    };
    assert_eq!(page_with("https://www.diario.example.com.uy/sociedad/gobierno", ""), "2022-05-10T23:35:55-03:00");
    let time_el = r#"<time datetime="2022-05-10T23:35:55-05:00">10 de mayo de 2022</time>"#;
    assert_eq!(page_with("https://www.diario.example.com/sociedad/gobierno", time_el), "2022-05-10T23:35:55-05:00");
    assert_eq!(page_with("https://www.diario.example.com/sociedad/gobierno", ""), "2022-05-10T23:35:55Z");
}

/// A dateline opening the text with a dash typed as two hyphens ("Feb. 23, 2015 -- Life-threatening
/// …", as US health and wire sites print it) dates the page.
#[test]
fn issue_9_a_dateline_with_a_double_hyphen_opening_the_text() {
    let html = format!(
        r#"<html lang="en"><head><title>Peanut allergies</title></head><body><div class="logo"><h1>Health News</h1></div>
<div class="article"><p>Feb. 23, 2015 -- Life-threatening peanut allergies have mysteriously been on the rise in the past decade, with hardly anyone able to offer a good explanation, say the researchers.</p>{}</div></body></html>"#,
        article_body(5)
    );
    let a = extract(html.as_bytes(), Some("https://health.example.com/news/peanut-allergies"), None).unwrap();
    assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2015-02-23"));
}

/// A date given in RDFa on an element other than `<meta>` (Drupal's `<span property="dc:date
/// dc:created" content="…">`) dates the page like a `<time>`; one in a block of related articles
/// does not.
#[test]
fn issue_9_an_rdfa_date_outside_meta_tags() {
    let page_with = |before: &str, after: &str| {
        let html = format!(
            r#"<html lang="fr"><head><title>Le budget de l'État</title></head><body>{before}<div class="node"><h1>Le budget de l'État</h1>{after}
<div class="field-body">{}</div></div></body></html>"#,
            article_body(6)
        );
        let a = extract(html.as_bytes(), Some("https://journal.example.tn/fr/article/budget"), None).unwrap();
        time(a.published)
    };
    let span = r#"<span property="dc:date dc:created" content="2019-02-08T00:00:00+01:00" datatype="xsd:dateTime" class="rdf-meta element-hidden"></span>"#;
    assert_eq!(page_with("", span).as_deref(), Some("2019-02-08T00:00:00+01:00"));
    let related = format!(r#"<div class="view-related"><a href="/fr/article/autre">Autre</a>{span}</div>"#);
    assert_eq!(page_with(&related, "").as_deref(), None);
    // A modification date says nothing of the publication.
    let modified = span.replace("dc:date dc:created", "dc:modified");
    assert_eq!(page_with("", &modified).as_deref(), None);
}

/// Meta lines with digits but no date (a view count, a handle) do not make the header's date lines
/// a list of other posts' dates: the one date line still dates the page.
#[test]
fn issue_9_meta_lines_without_dates_are_no_list_of_dates() {
    // Tags enough that the date is past the lines searched for a dateline.
    let tags: String = [
        "money",
        "shopping",
        "habits",
        "clutter",
        "budget",
        "saving",
        "mind",
        "psychology",
        "stores",
        "impulse",
        "regret",
        "tips",
    ]
    .iter()
    .map(|t| format!(r#"<a href="/tag/{t}">{t}</a> "#))
    .collect();
    let html = format!(
        r#"<html lang="en-US"><head><title>Stop buying what you do not need</title></head><body><main><h1>Stop buying what you do not need</h1>
<div class="meta-views">321,046</div><div class="tags">Filed to: {tags}</div><div class="post-meta"><span class="published">3/09/15 8:00am</span></div>
<div class="author-meta">jnovo22</div><div class="meta-count">12 comments</div><div class="entry">{}</div></main></body></html>"#,
        article_body(6)
    );
    let a = extract(html.as_bytes(), Some("https://lifestyle.example.com/stop-buying-1690268064"), None).unwrap();
    assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some("2015-03-09"));
}

#[test]
fn text_fields_come_out_in_unicode_composed_form() {
    // A page typed with combining marks (as some Vietnamese and Indic CMSs store text): "e" +
    // U+0301 for "é", "a" + U+0302 + U+0300 for "ầ", and U+09DC, which NFC spells U+09A1 U+09BC.
    let body = "<p>Le cafe\u{301} du quartier ferme ses portes apre\u{300}s quarante ans de service, \
        et les habitants regrettent de\u{301}ja\u{300} un lieu ou\u{300} l'on se parlait.</p>"
        .repeat(6);
    let html = format!(
        "<html lang=fr><head><title>Le cafe\u{301} ferme | Journal</title>\
         <meta name=author content=\"Ame\u{301}lie Tra\u{302}\u{300}n\"></head>\
         <body><article><h1>Le cafe\u{301} ferme</h1>{body}<p>বা\u{9DC}ি</p></article></body></html>"
    );
    let a = extract(html.as_bytes(), Some("https://journal.example.fr/2024/cafe"), None).unwrap();
    assert_eq!(a.title.as_deref(), Some("Le café ferme"));
    assert_eq!(a.authors, ["Amélie Trần"]);
    assert!(a.text.contains("Le café du quartier ferme ses portes après quarante ans"), "{}", a.text);
    assert!(a.text.contains("বা\u{9A1}\u{9BC}ি"), "{}", a.text);
    for field in [&a.text, &a.html, &a.excerpt] {
        assert!(!field.contains('\u{301}') && !field.contains('\u{9DC}'), "not NFC: {field}");
    }
}

/// A page with the given `<head>` extras and `<h1>`, and a body long enough to be an article.
fn headline_page(head: &str, h1: &str) -> String {
    let body = "<p>The committee met on Tuesday and agreed to publish its findings next month, after \
        a year of hearings in four cities and more than two hundred written submissions.</p>"
        .repeat(5);
    format!("<html lang=en><head>{head}</head><body><article><h1>{h1}</h1>{body}</article></body></html>")
}

#[test]
fn a_date_set_off_before_or_after_the_headline_is_not_part_of_it() {
    // The page prints its date line inside its own headline, and its <title> repeats it.
    let html = headline_page(
        "<title>23.01.2022 - Wierer wins the last race at home - Biathlon Antholz</title>",
        "23.01.2022 - Wierer wins the last race at home",
    );
    let a = extract(html.as_bytes(), Some("https://www.biathlon.example.it/news/wierer"), None).unwrap();
    assert_eq!(a.title.as_deref(), Some("Wierer wins the last race at home"));
    let html = headline_page(
        "<meta property='og:title' content='Council approves the new bridge | 2023-05-11'>",
        "Council approves the new bridge | 2023-05-11",
    );
    let a = extract(html.as_bytes(), Some("https://news.example.org/bridge"), None).unwrap();
    assert_eq!(a.title.as_deref(), Some("Council approves the new bridge"));
    // A headline holding a year is no date line.
    let html = headline_page(
        "<title>Top 10 things to do in 2024 | The Best Travel Guide</title>",
        "Top 10 things to do in 2024",
    );
    let a = extract(html.as_bytes(), Some("https://travel.example.org/top-10"), None).unwrap();
    assert_eq!(a.title.as_deref(), Some("Top 10 things to do in 2024"));
    // A number that is no date stays: "1984 - ..." is the headline.
    let html = headline_page(
        "<title>1984 - Orwell's book turns seventy-five</title>",
        "1984 - Orwell's book turns seventy-five",
    );
    let a = extract(html.as_bytes(), Some("https://books.example.org/1984"), None).unwrap();
    assert_eq!(a.title.as_deref(), Some("1984 - Orwell's book turns seventy-five"));
}

#[test]
fn a_topic_run_into_the_metadata_title_is_a_kicker_not_the_headline() {
    // JSON-LD and og:title prefix the topic that the page prints apart above its <h1>.
    let html = headline_page(
        r#"<meta property="og:title" content="SARS-2/COVID-19 Thinking about tomorrow today">
           <script type="application/ld+json">{"@type":"NewsArticle","headline":"SARS-2/COVID-19 Thinking about tomorrow today"}</script>"#,
        "Thinking about tomorrow today",
    );
    let a = extract(html.as_bytes(), Some("https://www.freitag.example.de/blog/morgen"), None).unwrap();
    assert_eq!(a.title.as_deref(), Some("Thinking about tomorrow today"));
    // The <h1> as the tail of a longer headline: four words or more before it, or starting in
    // lowercase.
    for (title, h1) in [
        ("Two years after the flood, the village rebuilds its school", "The village rebuilds its school"),
        ("After the flood, the village rebuilds its school", "the village rebuilds its school"),
    ] {
        let html = headline_page(&format!(r#"<meta property="og:title" content="{title}">"#), h1);
        let a = extract(html.as_bytes(), Some("https://news.example.org/village"), None).unwrap();
        assert_eq!(a.title.as_deref(), Some(title));
    }
}

#[test]
fn a_headline_holding_the_hosts_word_is_not_the_sites_name() {
    // On gardening.cals.cornell.edu the headline, not the site's name, holds "gardening".
    let html = headline_page(
        "<title>Gardening in a Warming World | Cornell Garden-Based Learning</title>",
        "Gardening in a Warming World",
    );
    let a = extract(html.as_bytes(), Some("https://gardening.cals.cornell.edu/garden-guidance/gww/"), None).unwrap();
    assert_eq!(a.title.as_deref(), Some("Gardening in a Warming World"));
    assert_ne!(a.site_name.as_deref(), Some("Gardening in a Warming World"));
}

#[test]
fn teasers_date_lines_cookie_and_rights_notices_in_more_languages_leave_the_text() {
    // Teasers, date lines, cookie and rights notices inside the article container, in Polish,
    // Indonesian, Hindi, Dutch, German and Czech; the sentences around them stay.
    let para = |s: &str| {
        format!(
            "<p>{s} Posłowie głosowali nad ustawą do późnego wieczora, a opozycja zapowiedziała dalsze kroki w tej sprawie.</p>"
        )
    };
    let html = format!(
        "<html lang=pl><head><title>Sejm zagłosował</title></head><body><article><h1>Sejm zagłosował za ustawą</h1>\
         <div>Publikacja: 04.05.2021</div>{}<p>Dowiedz się więcej: Kto jak głosował ws. unijnych funduszy?</p>{}\
         <p>Baca juga: Harga beras naik lagi</p><p>यह भी पढ़ें: संसद में बहस</p>{}\
         <p>Veröffentlicht am 3. Mai 2021, 10:12 Uhr</p>\
         <p>Published in 1851, the novel sold poorly, and the debate in the Sejm returned to it twice.</p>{}\
         <p>Wij gebruiken cookies om de website te verbeteren.</p>\
         <p>Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone. Dalsze rozpowszechnianie artykułu za zgodą wydawcy.</p>\
         <p>Všechna práva vyhrazena.</p><p>Get all the latest posts delivered straight to your inbox.</p>\
         <p>Wir respektieren deine Privatsphäre.</p><p>Date 23.05.2011</p>\
         <p>Permalien https://p.dw.com/p/RPYx</p><p>¡Mira lo que tiene nuestro canal de YouTube!</p>\
         <p>Follow us on Twitter and Facebook.</p></article></body></html>",
        para("Ostra debata w Sejmie przybliżyła Polskę do zatwierdzenia decyzji."),
        para("Ostatecznie 290 posłów głosowało za rządowym projektem ustawy."),
        para("Wynik głosowania był jednak jasny już wcześniej."),
        para("Lewica porozumiała się z rządem w ubiegłym tygodniu."),
    );
    let a = extract(html.as_bytes(), Some("https://www.rp.pl/polityka/art123-sejm"), None).unwrap();
    assert_text(
        &a,
        &[
            "Ostra debata w Sejmie",
            "Ostatecznie 290 posłów",
            "Wynik głosowania",
            "Lewica porozumiała się",
            "Published in 1851, the novel sold poorly",
        ],
        &[
            "Publikacja",
            "Dowiedz się",
            "Baca juga",
            "यह भी पढ़ें",
            "Veröffentlicht am",
            "cookies",
            "prawa zastrzeżone",
            "práva vyhrazena",
            "your inbox",
            "Privatsphäre",
            "23.05.2011",
            "Permalien",
            "canal de YouTube",
            "Follow us",
        ],
    );
}

/// A deck printed as a subheading right under the headline, outside the body's container
/// (`<h2 class="article-subheadline">`), opens the text; a subheading inside the body stays
/// where it is.
#[test]
fn a_deck_printed_as_a_subheading_opens_the_text() {
    let html = format!(
        r#"<html lang="es"><head><title>Muratov advierte sobre armas nucleares</title></head><body>
<header><h1 class="article-headline">Muratov advierte sobre armas nucleares</h1>
<h2 class="article-subheadline">El periodista sostuvo que eso supondría el fin de la humanidad y que el líder ruso adquirió un poder absoluto.</h2></header>
<div class="body-article">{}<h2>Un premio subastado</h2>{}</div></body></html>"#,
        article_body(4),
        article_body(3)
    );
    let a = extract(html.as_bytes(), Some("https://www.infobae.example/mundo/muratov/"), None).unwrap();
    assert!(a.text.starts_with("El periodista sostuvo que eso supondría"), "{}", a.text);
    assert_text(&a, &["Un premio subastado", "Paragraph 0 of a column", "Paragraph 2 of a column"], &[]);
    assert_eq!(a.text.matches("El periodista sostuvo").count(), 1);
}

/// Text wrapped in a `javascript:` link is text, not a page of links to empty; a "back to the
/// previous page" button is furniture.
#[test]
fn text_inside_a_javascript_link_is_kept_and_a_back_button_is_not() {
    let html = format!(
        r#"<html><head><title>Notes</title></head><body><a href="javascript:">{}</a>
<p><a href="javascript:history.back()">Zurück zur vorherigen Seite</a></p></body></html>"#,
        article_body(3)
    );
    let a = extract(html.as_bytes(), None, None).unwrap();
    assert_text(&a, &["Paragraph 0 of a column", "Paragraph 2 of a column"], &["vorherigen Seite"]);
    // A page of real links is still no article.
    let links: String = (0..12)
        .map(|i| {
            format!(
                "<p><a href=\"/story/{i}\">Story number {i} of the day, with a headline long enough to be one</a></p>"
            )
        })
        .collect();
    let html = format!("<html><head><title>Home</title></head><body><div>{links}</div></body></html>");
    assert_eq!(extract(html.as_bytes(), Some("https://news.example.org/"), None).unwrap().text, "");
}

/// A page that runs the next stories under its own (infinite scroll), each in an `<article>`
/// with its own headline, wrapped in one more `<article>`: the text is the story whose headline
/// is the page's title, even when a later one is longer.
#[test]
fn of_several_stories_in_a_row_the_headlines_own_is_the_text() {
    let story = |h1: &str, words: &str, n: usize| {
        let paras: String = (0..n)
            .map(|i| {
                format!(
                    "<p>{words} {i}, said the organisers, who expect many people, cars, buses and bikes this year.</p>"
                )
            })
            .collect();
        format!(
            r#"<article class="entry-main-content"><header><h1>{h1}</h1></header><div class="entry-text">{paras}</div></article>"#
        )
    };
    let html = format!(
        r#"<html lang="es"><head><title>Darán bendición a vehículos este sábado</title></head><body>
<article class="post"><div class="columns-content">{}{}{}</div></article></body></html>"#,
        story("Darán bendición a vehículos este sábado", "The blessing of the vehicles, part", 5),
        story("Bebé muere en un accidente", "A long report on another matter, paragraph", 14),
        story("A los grupos políticos les molesta la Fiscalía", "An interview on the prosecutors, answer", 20),
    );
    let a = extract(html.as_bytes(), Some("https://www.hoy.example.py/nacionales/daran-bendicion"), None).unwrap();
    assert_text(
        &a,
        &["The blessing of the vehicles, part 0", "The blessing of the vehicles, part 4"],
        &["another matter", "prosecutors", "Bebé muere"],
    );
}

/// A short Korean article (under 500 characters, as long as an English one of 600 to 900) is
/// long enough: the search does not go on to attempts with fewer rules, which took in the
/// newsletter box and the related links around it (the kindmix page, written for the project).
#[test]
fn a_short_korean_article_is_long_enough() {
    let path = format!("{}/../../tests/corpus/kindmix/pages/ko-other-travel.html", env!("CARGO_MANIFEST_DIR"));
    let html = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let a = extract(&html, Some("https://www.hanbit-ilbo.example/travel/2026/10/09/tongyeong-island-guide.html"), None)
        .unwrap();
    assert!(a.text.chars().count() < 500, "the test wants a short text: {}", a.text);
    assert_text(
        &a,
        &["선선한 바람이 부는 가을은", "마지막 배는 오후 5시 30분에 출발하므로"],
        &["꼭 읽어야 할 뉴스를 이메일로", "제주 올레길 초보자 코스 추천"],
    );
}

/// An article's own header ("entry__header", an unlikely class) goes with its byline and share
/// bar, but the deck under the headline in it opens the text.
#[test]
fn the_deck_in_an_articles_own_header_opens_the_text() {
    let body = "<p>Una perturbazione di origine polare, accompagnata da venti di Maestrale e poi di Tramontana, \
        sta per fare il suo ingresso sull'Italia e colpirà le regioni centrali.</p>"
        .repeat(6);
    let html = format!(
        r#"<html lang="it"><head><title>Perturbazione polare al Centro e al Sud</title></head><body>
<header class="site"><h1><a href="/cronaca">Cronaca</a></h1></header><main><article class="entry">
<header class="entry__header"><h2 class="entry__title">Perturbazione polare al Centro e al Sud</h2>
<p class="entry__subtitle">Piogge, temporali e nevicate previste per oggi nelle regioni centrali e meridionali. Il bel tempo tornerà in poche ore</p>
<div class="entry__share"><a href="/s/fb">Facebook</a> <a href="/s/x">X</a></div></header>
<div class="entry__content">{body}</div></article></main></body></html>"#
    );
    let a = extract(html.as_bytes(), Some("https://www.lastampa.example/cronaca/2020/02/19/news/meteo"), None).unwrap();
    assert!(a.text.starts_with("Piogge, temporali e nevicate previste"), "{}", a.text);
    assert_text(&a, &["Una perturbazione di origine polare"], &["Facebook", "Cronaca"]);
    assert_eq!(a.text.matches("Piogge").count(), 1);
}

/// Metadata lines inside the article container leave the text: a date with the source beside it
/// ("2026-06-03 10:21:33 来源：新华网"), the responsible editor at the end ("责任编辑：李华"), a
/// Korean entry and update line; a sentence that starts like a source credit stays.
#[test]
fn metadata_lines_in_the_article_leave_the_text() {
    let p = |s: &str| format!("<p>{s}</p>");
    let html = format!(
        r#"<html lang="zh-CN"><head><title>发改委：加快推进城市轨道交通建设</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/politics">时政</a></div>
<div class="main"><h1>发改委：加快推进城市轨道交通建设</h1><div class="info">2026-06-03 10:21:33 来源：新华网</div>
<div id="detail">{}{}{}{}<p>Source: the ministry's own survey of fifty cities, published last spring</p>
<p>입력 2026.06.03 10:21 수정 2026.06.03 11:00</p><p>责任编辑：李华</p></div></div></body></html>"#,
        p(
            "新华社北京6月3日电 国家发展和改革委员会3日表示，今年将加快推进城市轨道交通建设，支持中西部地区新建一批地铁和轻轨线路。"
        ),
        p("发改委有关负责人在新闻发布会上说，截至目前，全国已有五十多个城市开通城市轨道交通，运营里程超过一万公里。"),
        p("该负责人表示，下一步将坚持量力而行、有序推进的原则，严格控制地方政府债务风险，防止盲目建设和重复建设。"),
        p("专家认为，城市轨道交通建设对于拉动投资、改善民生具有重要意义，但也需要综合考虑人口规模和财政能力。"),
    );
    let a = extract(html.as_bytes(), Some("https://www.news.example/politics/2026-06/03/c_1.htm"), None).unwrap();
    assert_text(
        &a,
        &["新华社北京6月3日电", "专家认为", "Source: the ministry's own survey"],
        &["来源：新华网", "10:21:33", "责任编辑", "입력"],
    );
}

/// A regwalled story's free part (`subscriber-preview`, TownNews BLOX) is the article's start,
/// not a subscription box: "subscribe" in a class is unlikely, "subscriber" content is not (the
/// englishmix page, written for the project).
#[test]
fn a_subscriber_preview_is_the_article_start() {
    let path = format!("{}/../../tests/corpus/englishmix/pages/en-news-blox-regwall.html", env!("CARGO_MANIFEST_DIR"));
    let html = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let a = extract(&html, None, None).unwrap();
    assert_text(
        &a,
        &["Black Hawk County supervisors voted 4-1", "Construction is expected to begin", "No property tax increase"],
        &["Only $3 for 3 months"],
    );
}

/// A live blog's entries each have a header (time, headline, byline) with "header" in its
/// class: the header goes, the entry's headline stays before the entry's text.
#[test]
fn a_live_blog_entry_keeps_its_headline() {
    let entry = |t: &str, h: &str, body: &str| {
        format!(
            r#"<article class="live-post"><header class="live-post__header"><time>{t}</time><h2 class="live-post__headline">{h}</h2><p class="live-post__byline">From Maya Chen</p></header><div class="live-post__body"><p>{body}</p><p>{body}</p></div></article>"#
        )
    };
    let html = format!(
        r#"<html lang="en"><head><title>Live updates: Cedar Ridge Fire</title></head><body>
<header class="site-header"><h2 class="site-description">News for the foothills</h2><nav><a href="/">Home</a><a href="/news">News</a></nav></header>
<main><h1>Live updates: Cedar Ridge Fire</h1><div class="live-feed">{}{}{}</div></main></body></html>"#,
        entry(
            "3:45 p.m.",
            "Evacuation zone expanded to include Grass Valley",
            "Sheriff's officials have expanded mandatory evacuation orders to include neighborhoods on the eastern edge of Grass Valley, officials said."
        ),
        entry(
            "2:10 p.m.",
            "Fire has grown to 9,400 acres with 5% containment",
            "The Cedar Ridge Fire has burned about 9,400 acres since it started Tuesday afternoon, fire officials said at a briefing."
        ),
        entry(
            "1:00 p.m.",
            "Governor declares state of emergency",
            "Gov. Teresa Albano declared a state of emergency for Nevada County, freeing up state resources for the firefighters."
        ),
    );
    let a = extract(html.as_bytes(), Some("https://www.gnn.example/us/live-news/cedar-ridge-fire"), None).unwrap();
    assert_text(
        &a,
        &[
            "Evacuation zone expanded",
            "Fire has grown to 9,400 acres",
            "Governor declares state of emergency",
            "Sheriff's officials",
        ],
        &["From Maya Chen", "3:45 p.m.", "News for the foothills"],
    );
}

/// A headline in a script without letter case (Arabic, Devanagari) is no banner in capitals: the
/// page's `<h1>` that tells the metadata title's story in other words wins, as in Latin scripts
/// (the worldmix pages, written for the project).
#[test]
fn a_headline_without_letter_case_is_no_banner() {
    for (case, title) in [
        ("ar-news-qahira", "انتهاء حفر نفق الخط الرابع للمترو أسفل النيل"),
        ("hi-news-patna", "जेपी गंगा पथ का नया हिस्सा खुला, दीघा से कोइलवर तक अब 25 मिनट"),
    ] {
        let path = format!("{}/../../tests/corpus/worldmix/pages/{case}.html", env!("CARGO_MANIFEST_DIR"));
        let html = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let a = extract(&html, None, None).unwrap();
        assert_eq!(a.title.as_deref(), Some(title), "{case}");
    }
}

/// Furniture lines of the world's news sites leave the text: ad labels between dashes, "follow
/// us on Google News" boxes, "read also" labels set off by a bar or in more languages, paywall
/// layout labels, affiliate and opinion disclaimers, print-edition and republication lines.
#[test]
fn more_furniture_lines_of_the_worlds_sites_leave_the_text() {
    let para = |s: &str| {
        format!(
            "<p>{s} The transport authority said the new timetable would be reviewed again after the summer holidays.</p>"
        )
    };
    let html = format!(
        "<html lang=en><head><title>Ferry service to resume</title></head><body><article><h1>Ferry service to resume</h1>\
         {}<p>- إعلان -</p><p>– Pubblicità –</p><p>Article content</p>{}<p>Story continues below</p>\
         <p>Follow Drive SA on Google News</p><p>تابع آخر الأخبار عبر تطبيق جوجل نيوز</p>{}\
         <p><strong>ALSO READ</strong> | <a href=/x>Heatwave grips the north</a></p>\
         <p><strong>Pročitajte još:</strong> <a href=/y>Trotoari su za ljude</a></p>\
         <p><strong>یہ بھی پڑھیں:</strong> <a href=/z>لاہور میں بارش</a></p>{}\
         <p>This post may contain affiliate links.</p><p>Opinions expressed by Meridian Contributors are their own.</p>\
         <p>저작권자 © 서울데일리 무단전재 및 재배포 금지</p><p>本文僅代表作者觀點，不代表本報立場</p>\
         <p>A version of this article appears in print on June 4, 2026, Section A, Page 22.</p>\
         <p>Have a news tip? Email us at tips@courier.example.</p></article></body></html>",
        para("The ferry between the two islands will resume on Monday after a three-week pause for repairs."),
        para("Tickets bought for cancelled crossings will be refunded in full, the operator said."),
        para("The operator has added a second boat at weekends to clear the backlog of bookings."),
        para("Residents had complained that the pause cut them off from the hospital on the main island."),
    );
    let a = extract(html.as_bytes(), Some("https://www.courier.example/news/2026/06/03/ferry"), None).unwrap();
    assert_text(
        &a,
        &["The ferry between the two islands", "Tickets bought", "second boat", "Residents had complained"],
        &[
            "إعلان",
            "Pubblicità",
            "Article content",
            "Story continues",
            "Google News",
            "جوجل نيوز",
            "ALSO READ",
            "Heatwave",
            "Pročitajte",
            "یہ بھی پڑھیں",
            "affiliate links",
            "Opinions expressed",
            "무단전재",
            "不代表本報立場",
            "appears in print",
            "news tip",
        ],
    );
}

/// A disclaimer inside a short article's one container takes only its own paragraph: a Chinese
/// column of a few hundred characters all fits in the 800 characters a disclosure box may have.
#[test]
fn a_disclaimer_does_not_take_a_short_articles_container_with_it() {
    let html = "<html lang=zh-TW><head><title>公車司機荒該怎麼解</title></head><body><article><h1>公車司機荒該怎麼解</h1>\
        <div class=\"story\"><p>最近幾個月，台北多條公車路線因為司機不足而減班，通勤族在寒風中等車的時間越來越長。</p>\
        <p>業者說薪水調不上去，是因為票價多年沒有調整；市府則說補貼已經逐年增加，問題在於業者的經營。</p>\
        <p>我認為，與其互相指責，不如把司機的工時與休息制度先改好，讓年輕人願意進來這一行。</p>\
        <p>排班一旦穩定，減班的路線才有機會恢復，乘客也才會回來搭公車。</p>\
        <p>本文僅代表作者觀點，不代表本報立場</p></div></article></body></html>";
    let a = extract(html.as_bytes(), Some("https://news.example.tw/opinion/2026/03/05/bus"), None).unwrap();
    assert_text(&a, &["最近幾個月", "我認為", "排班一旦穩定"], &["不代表本報立場"]);
}

/// A related box inside the body ("Read More", "Related", "More on this story" over a list of
/// links) goes whole: its heading is furniture, and so is the list of links under it. A list of
/// links under a heading of the article's own stays.
#[test]
fn a_related_box_goes_with_its_list_of_links() {
    let para = |s: &str| {
        format!(
            "<p>{s} Ministers will publish the figures for the first half of the year in September, officials said.</p>"
        )
    };
    let html = format!(
        r#"<html lang=en><head><title>Rents keep rising</title></head><body><article><h1>Rents keep rising</h1>{}
<div class="b-read-more"><h4>Read More</h4><ul><li><a href="/a">Housing completions hit 16-year high</a></li><li><a href="/b">What is cost-rental and who qualifies?</a></li></ul></div>{}
<section><h2>More on this story</h2><ul><li><a href="/c">Rail passengers face summer of works</a></li></ul></section>{}
<h3>Where to find the data</h3><ul><li><a href="/d">The rent index for the second quarter</a></li><li><a href="/e">The register of tenancies</a></li></ul>{}</article></body></html>"#,
        para("Rents rose by a tenth in the year to March, the fastest rise in a decade."),
        para("Too little is built by the State, on State land, to be rented at a price linked to income."),
        para("The Government's answer is that it cannot build everything itself."),
        para("A minister who wanted to be judged on affordability would set a target."),
    );
    let a = extract(html.as_bytes(), Some("https://www.times.example/opinion/2026/05/rents"), None).unwrap();
    assert_text(
        &a,
        &[
            "Rents rose by a tenth",
            "Too little is built",
            "Where to find the data",
            "The rent index",
            "A minister who wanted",
        ],
        &["Read More", "Housing completions", "cost-rental and who", "More on this story", "Rail passengers"],
    );
}

/// The writer's biography after the text (an author box) is no part of the column, also when its
/// box holds a single paragraph that would join the body as a sibling.
#[test]
fn an_author_box_after_the_text_leaves_it() {
    let para = |s: &str| {
        format!(
            "<p>{s} As cidades que recuperaram os seus rios ganharam espaço público, turismo e qualidade de vida.</p>"
        )
    };
    for box_html in [
        r#"<div class="artigo-autor-box"><p>Joana Matos é arquiteta e professora universitária. Escreve ao domingo.</p></div>"#,
        r#"<div class="b-author-bio"><h5>Joana Matos</h5><p>Joana Matos é arquiteta e professora universitária. Escreve ao domingo.</p></div>"#,
        r#"<section class="article-author-card"><p>Joana Matos é arquiteta e professora universitária. Escreve ao domingo.</p></section>"#,
    ] {
        let html = format!(
            r#"<html lang=pt><head><title>Devolver o rio à cidade</title></head><body><article><h1>Devolver o rio à cidade</h1>
<div class="artigo-corpo">{}{}{}{}</div>{box_html}</article></body></html>"#,
            para("Lisboa virou as costas ao Tejo durante décadas."),
            para("Dir-me-ão que é caro. É. Mas também foi caro construir o metro."),
            para("A frente ribeirinha continua cortada por uma via rápida."),
            para("O rio é o maior jardim que Lisboa tem."),
        );
        let a = extract(html.as_bytes(), Some("https://www.diario.example/opiniao/2026/03/rio"), None).unwrap();
        assert_text(&a, &["Lisboa virou as costas", "O rio é o maior jardim"], &["arquiteta e professora"]);
    }
    // An author box appended to the body's own container (by the theme, Soledad's "post-author",
    // or a plugin), after the byline was found: its "author-content" names the box, not the
    // article's content.
    let bio = "Joana Matos leciona urbanismo na Universidade de Lisboa desde 2009 e vive em Alfama.";
    for box_html in [
        format!(
            r#"<div class="post-author"><div class="author-img"><img src="/j.jpg" alt=""></div><div class="author-content"><h5><a href="/author/joana">Joana Matos</a></h5><p>{bio}</p></div></div>"#
        ),
        format!(r#"<div class="td-author-wrap"><div class="author-description">{bio}</div></div>"#),
    ] {
        let html = format!(
            r#"<html lang=pt><head><title>Devolver o rio à cidade</title></head><body><article class="post type-post">
<h1>Devolver o rio à cidade</h1><div class="post-box-meta-single"><span class="author-post byline"><a href="/author/joana">Joana Matos</a></span> <span>12 de março de 2026</span></div>
<div class="inner-post-entry entry-content">{}{}{}{}{box_html}</div></article></body></html>"#,
            para("Lisboa virou as costas ao Tejo durante décadas."),
            para("Dir-me-ão que é caro. É. Mas também foi caro construir o metro."),
            para("A frente ribeirinha continua cortada por uma via rápida."),
            para("O rio é o maior jardim que Lisboa tem."),
        );
        let a = extract(html.as_bytes(), Some("https://www.diario.example/opiniao/2026/03/rio"), None).unwrap();
        assert_eq!(a.authors, ["Joana Matos"]);
        assert_text(&a, &["Lisboa virou as costas", "O rio é o maior jardim"], &["leciona urbanismo"]);
    }
}

/// Header lines that the article's container holds leave the text: a kicker that only names the
/// opinion section ("GASTKOMMENTAR"), a role label with the byline and a date ("Gastautorin:
/// Sabine Frei 19.03.2026, 05.30 Uhr"), a byline printed as the text's first line ("Par Ousmane
/// Diallo"), which still credits its author.
#[test]
fn kicker_and_byline_lines_leave_the_text_and_the_byline_still_credits() {
    let para = |s: &str| {
        format!(
            "<p>{s} Les usagers attendent encore la ligne vers l'aéroport, promise pour la fin de l'année prochaine.</p>"
        )
    };
    let html = format!(
        r#"<html lang=fr><head><title>Le BRT a changé Dakar</title></head><body><h1>Le BRT a changé Dakar</h1>
<div class="article-body"><div>GASTKOMMENTAR</div><p>Gastautorin: Sabine Frei 19.03.2026, 05.30 Uhr</p><p><strong>Par Ousmane Diallo</strong></p>{}{}{}{}</div></body></html>"#,
        para("Depuis sa mise en service, le BRT a changé le quotidien de milliers de Dakarois."),
        para("Je le prends moi-même deux fois par jour entre Guédiawaye et le centre-ville."),
        para("Il faut maintenant prolonger les lignes vers les quartiers qui attendent encore."),
        para("Le reste de l'Afrique de l'Ouest regarde Dakar."),
    );
    let a = extract(html.as_bytes(), Some("https://www.senactu.example/contributions/brt-dakar"), None).unwrap();
    assert!(a.text.starts_with("Depuis sa mise en service"), "{}", a.text);
    assert_text(&a, &["Le reste de l'Afrique"], &["GASTKOMMENTAR", "Gastautorin", "Par Ousmane Diallo"]);
    assert!(a.authors.iter().any(|p| p == "Ousmane Diallo"), "{:?}", a.authors);
}

/// A wire story's sign-off ("Reporting by …; Editing by …"), a reporter's address and a push-alert
/// invitation close the text as furniture.
#[test]
fn sign_offs_and_contact_lines_leave_the_text() {
    let para = |s: &str| {
        format!("<p>{s} The central bank will publish its next forecast in July, officials said on Tuesday.</p>")
    };
    let html = format!(
        r#"<html lang=en><head><title>Rates held</title></head><body><article><h1>Rates held</h1>{}{}{}
<div class="b-sign-up-alert"><p><strong>Sign up for push alerts</strong> and have the best news sent to your phone.</p></div>{}
<p>Reporting by Lena Schultz and Farid Haddad; Editing by Mark Potter</p>
<p><em>Contact Rachel Lindgren at rlindgren@register.example. Follow her on X @rlindgren.</em></p></article></body></html>"#,
        para("The central bank held its main rate at 4% for a third meeting."),
        para("Inflation has slowed to 2.6%, close to the bank's target."),
        para("Economists had expected the hold."),
        para("Markets barely moved on the decision."),
    );
    let a = extract(html.as_bytes(), Some("https://www.wire.example/markets/rates-held-2026-06-03/"), None).unwrap();
    assert_text(&a, &["The central bank held", "Markets barely moved"], &["Reporting by", "rlindgren", "push alerts"]);
}

/// A page built around the plain milk column ([`kind_plain.html`]): `head` goes in `<head>`,
/// `before` and `after` around its four paragraphs.
fn milk_page(head: &str, before: &str, after: &str) -> String {
    let plain = fixture_str("kind_plain.html");
    let start = plain.find("<p>").unwrap_or(0);
    let end = plain.rfind("</p>").map_or(plain.len(), |i| i + 4);
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>The price of a pint of milk</title>{head}</head>\
         <body>{before}<div class=\"article-body\">{}</div>{after}</body></html>",
        &plain[start..end]
    )
}

#[test]
fn issue_9_kind_a_contributors_disclaimer_makes_opinion() {
    let url = Some("https://www.example.com/features/price-of-milk");
    // The disclaimer in its own element, outside the text.
    let html = milk_page(
        "",
        "<p class=\"article-disclaimer\">Opinions expressed by Example Contributors are their own.</p>",
        "",
    );
    let a = extract(html.as_bytes(), url, None).unwrap();
    assert_eq!(a.kind, Kind::Opinion);
    assert!(!a.text.contains("Opinions expressed"), "{}", a.text);
    // Inside the text, in French: taken out of the text, and it still says opinion.
    let html = fixture_str("kind_plain.html").replace(
        "</div>\n</body>",
        "<p>Les opinions exprimées dans cette tribune n'engagent que leur auteur.</p></div>\n</body>",
    );
    let a = extract(html.as_bytes(), url, None).unwrap();
    assert_eq!(a.kind, Kind::Opinion);
    assert!(!a.text.contains("engagent"), "{}", a.text);
    // In Ukrainian: "the editors may not share the column's author's view".
    let html = fixture_str("kind_plain.html")
        .replace("</div>\n</body>", "<p>Редакція може не поділяти думку автора колонки.</p></div>\n</body>");
    let a = extract(html.as_bytes(), url, None).unwrap();
    assert_eq!(a.kind, Kind::Opinion);
    assert!(!a.text.contains("Редакція"), "{}", a.text);
    // A footer's notice about readers' comments is no such disclaimer.
    let html = milk_page(
        "",
        "",
        "<footer><div class=\"disclaimer\">Comments are moderated. The site is not responsible for readers' \
         comments.</div></footer>",
    );
    let a = extract(html.as_bytes(), url, None).unwrap();
    assert!(!a.text.contains("moderated"), "{}", a.text);
    assert_eq!(a.kind, Kind::Other);
}

/// The notes papers print under a contributed piece: Korean "외부 기고는 본지의 편집 방향과 다를 수
/// 있습니다", a Chinese bracketed note on the writer "（作者為…副教授）", a Hindi one "(लेखिका … ये
/// उनके निजी विचार हैं।)", a German letters page's "geben nicht die Meinung der Redaktion wieder",
/// a syndicated commentary's "Copyright: Project Syndicate": opinion, and out of the text. A note
/// that the writer is a staff reporter ("（作者为本报记者）") is no contributor's.
#[test]
fn issue_9_kind_contributors_notes_in_five_languages_make_opinion() {
    let url = Some("https://www.example.com/features/price-of-milk");
    for note in [
        "※ 외부 기고는 본지의 편집 방향과 다를 수 있습니다.",
        "（作者為國立中嶺大學運輸管理學系副教授）",
        "(लेखिका दिल्ली के एक कॉलेज में समाजशास्त्र पढ़ाती हैं। ये लेखिका के निजी विचार हैं।)",
        "Leserbriefe geben nicht die Meinung der Redaktion wieder.",
        "Copyright: Project Syndicate, 2026.",
    ] {
        let html = fixture_str("kind_plain.html").replace("</div>\n</body>", &format!("<p>{note}</p></div>\n</body>"));
        let a = extract(html.as_bytes(), url, None).unwrap();
        assert_eq!(a.kind, Kind::Opinion, "{note}");
        let start: String = note.chars().take(6).collect();
        assert!(!a.text.contains(&start), "{note} kept: {}", a.text);
    }
    let html = fixture_str("kind_plain.html").replace("</div>\n</body>", "<p>（作者为本报记者）</p></div>\n</body>");
    assert_ne!(extract(html.as_bytes(), url, None).unwrap().kind, Kind::Opinion);
}

#[test]
fn issue_9_kind_sponsored_and_recipe_markup_make_other() {
    let url = Some("https://www.example.com/2026/06/01/price-of-milk");
    let news = milk_page(
        r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The price of a pint of milk","datePublished":"2026-06-01"}</script>"#,
        "",
        "",
    );
    assert_eq!(extract(news.as_bytes(), url, None).unwrap().kind, Kind::News);
    // A brand studio's piece.
    let sponsored = news.replace("\"NewsArticle\"", "\"AdvertiserContentArticle\"");
    assert_eq!(extract(sponsored.as_bytes(), url, None).unwrap().kind, Kind::Other);
    // A recipe card beside the post, in the same graph.
    let recipe = news.replace(
        r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"The price of a pint of milk","datePublished":"2026-06-01"}"#,
        r#"{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"The price of a pint of milk","datePublished":"2026-06-01"},{"@type":"Recipe","name":"Milk pudding","recipeIngredient":["1 l milk"]}]}"#,
    );
    assert_eq!(extract(recipe.as_bytes(), url, None).unwrap().kind, Kind::Other);
    // A disclosure in the text that the piece was written with a company: out of the text, and
    // the piece is sponsored (the Divi page of tests/corpus/cmsmix).
    let disclosed = news.replace(
        "<div class=\"article-body\">",
        "<div class=\"article-body\"><p>Cet article a été rédigé en partenariat avec ThermiAudit. La rédaction \
         n’a pas participé à sa rédaction.</p>",
    );
    assert_ne!(disclosed, news);
    let a = extract(disclosed.as_bytes(), url, None).unwrap();
    assert_eq!(a.kind, Kind::Other);
    assert!(!a.text.contains("partenariat"), "{}", a.text);
    // A brand studio's credit: "This article was produced by Brand Studio for …".
    let studio = news.replace(
        "<div class=\"article-body\">",
        "<div class=\"article-body\"><p>This article was produced by Brand Studio for WarmHome Energy.</p>",
    );
    let a = extract(studio.as_bytes(), url, None).unwrap();
    assert_eq!(a.kind, Kind::Other);
    assert!(!a.text.contains("Brand Studio"), "{}", a.text);
    // A report about a partnership is not one.
    let reported = news.replace(
        "<div class=\"article-body\">",
        "<div class=\"article-body\"><p>The study, written in partnership with the university, found prices rose.</p>",
    );
    assert_eq!(extract(reported.as_bytes(), url, None).unwrap().kind, Kind::News);
}

#[test]
fn issue_9_kind_breadcrumbs_of_columns_in_urdu_and_contributions_in_french() {
    let url = Some("https://www.example.com/2026/06/01/price-of-milk");
    for label in ["کالمز", "Contributions"] {
        let html = milk_page(
            "",
            &format!("<nav class=\"breadcrumb\"><a href=\"/\">Home</a> / <a href=\"/category/x/\">{label}</a></nav>"),
            "",
        );
        assert_eq!(extract(html.as_bytes(), url, None).unwrap().kind, Kind::Opinion, "{label}");
    }
    // An Urdu columnist's role in the byline.
    let html = milk_page("", "<div class=\"byline\">عائشہ صدیقی، کالم نگار</div>", "");
    assert_eq!(extract(html.as_bytes(), url, None).unwrap().kind, Kind::Opinion);
}

#[test]
fn issue_9_an_affiliate_line_in_the_header_goes_and_the_deck_stays() {
    // A tech magazine's header: links, headline, deck, byline, share bar with the affiliate line.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus/englishmix/pages/en-news-tech-mag.html");
    let html = std::fs::read(path).unwrap();
    let a = extract(&html, Some("https://www.circuit.example/2026/6/3/loopnote-free-tier"), None).unwrap();
    assert!(a.text.contains("The note-taking app says its AI features"), "{}", a.text);
    assert!(!a.text.contains("commission"), "{}", a.text);
}

#[test]
fn issue_9_the_rest_of_a_long_read_behind_a_paywalls_fade_is_text() {
    // A long read's last chapter, in the page but hidden behind "Subscribe to continue reading"
    // in an `aria-hidden` container named "is-gated" (magazinemix, written blind).
    let path =
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus/magazinemix/pages/en-news-longread-saltmarsh.html");
    let html = std::fs::read(path).unwrap();
    let a = extract(&html, None, None).unwrap();
    assert!(a.text.contains("Five years on"), "{}", a.text);
    assert!(a.text.contains("He still stops, every time, at the place where the digger went"), "{}", a.text);
    assert!(!a.text.contains("Subscribe to continue reading"), "{}", a.text);
    assert!(!a.text.contains("print edition"), "{}", a.text);
}

#[test]
fn issue_9_a_biography_under_the_text_is_no_byline() {
    // A theme's "by Editor" byline, the writer's "By …" line opening the text and a biography
    // in an author-classed paragraph under it: the writer is the one the text names.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus/worldmix/pages/en-opinion-lagos.html");
    let html = std::fs::read(path).unwrap();
    let a =
        extract(&html, Some("https://lagostribune.example/2026/03/11/lagos-needs-more-than-new-roads/"), None).unwrap();
    assert_eq!(a.authors, ["Adebayo Okonkwo"]);
    assert!(!a.text.contains("transport economist"), "{}", a.text);
}

#[test]
fn issue_9_kind_an_opinion_label_in_the_title_tag() {
    let url = Some("https://www.example.com/2026/06/01/price-of-milk");
    let page = |title: &str, site: &str| {
        let html = fixture_str("kind_plain.html").replace(
            "<title>The price of a pint of milk</title>",
            &format!("<title>{title}</title><meta property=\"og:site_name\" content=\"{site}\">"),
        );
        extract(html.as_bytes(), url, None).unwrap().kind
    };
    assert_eq!(page("Opinion | The price of a pint of milk - The Daily Example", "The Daily Example"), Kind::Opinion);
    assert_eq!(page("The price of a pint of milk | Opinião | Diário Lisboeta", "Diário Lisboeta"), Kind::Opinion);
    // The site's own name, and the last part, are no label.
    assert_eq!(page("L'Opinion - The price of a pint of milk - Example", "L'Opinion"), Kind::Other);
    assert_eq!(page("The price of a pint of milk - Meinung", "Example"), Kind::Other);
    // Nor is a short headline holding the word, nor a weak word such as "Ideas".
    assert_eq!(page("Opinion polls tighten | Politics | Example", "Example"), Kind::Other);
    assert_eq!(page("Ideas | The price of a pint of milk - Example", "Example"), Kind::Other);
}

/// A Korean report is signed at its end, "김도윤 기자 dykim@…" (name, role, address), and a
/// news agency's lead opens with "(서울=연합뉴스) 김도윤 기자 =": the reporter is the person
/// credited ("기자" is the role, not part of the name), and the sign-off leaves the text.
#[test]
fn issue_9_a_korean_reporters_sign_off_is_the_byline() {
    let para = "<p>서울 시내버스 노조가 파업을 끝내고 오늘 첫차부터 정상 운행에 들어갔다. 노사는 밤샘 협상 끝에 임금 인상률에 합의했고, 시민들은 출근길 불편이 사라졌다며 안도했다.</p>";
    let html = format!(
        r#"<html lang="ko"><head><title>시내버스 파업 끝나…첫차부터 정상 운행</title></head><body><article>
<h1>시내버스 파업 끝나…첫차부터 정상 운행</h1><div class="article-body">{}
<p>김도윤 기자 dykim@saebyuknews.example</p></div></article></body></html>"#,
        para.repeat(6)
    );
    let a = extract(html.as_bytes(), Some("https://saebyuknews.example/news/articleView.html?idxno=1"), None).unwrap();
    assert_eq!(a.authors, ["김도윤"]);
    assert!(!a.text.contains("dykim@"), "{}", a.text);
    assert!(a.text.contains("정상 운행에 들어갔다"), "{}", a.text);
    // An agency's lead: the byline opens the first paragraph, which stays the text.
    let lead = format!("<p>(서울=연합뉴스) 이수진 기자 = {}</p>", &para[3..para.len() - 4]);
    let html = format!(
        r#"<html lang="ko"><head><title>시내버스 파업 끝나</title></head><body><article><h1>시내버스 파업 끝나</h1>
<div class="article-body">{lead}{}</div></article></body></html>"#,
        para.repeat(5)
    );
    let a = extract(html.as_bytes(), None, None).unwrap();
    assert_eq!(a.authors, ["이수진"]);
    assert!(a.text.starts_with("(서울=연합뉴스) 이수진 기자 = 서울 시내버스"), "{}", a.text);
}

/// Regional news sites put furniture between the paragraphs of the text: a recommended video's
/// box (a label, the player and the clip's title), invitations to the site's WhatsApp, Telegram
/// or Google News channels in the site's language, a "Lee también" label beside a link without a
/// colon; the byline element also holds the date ("Av Johanna Lindqvist Publicerad 10 mars",
/// "Oleh Rizky Pratama Senin, 09 Mar 2026"). None of it is the text, and the name ends before the
/// date. A sentence that links on ("Read more about the plan in our explainer.") stays.
#[test]
fn issue_9_video_boxes_channel_invitations_and_read_also_runs_leave_the_text() {
    let p = |s: &str| {
        format!(
            "<p>{s} The council's water board met on Tuesday and agreed to publish every well's readings each month, after years of complaints from farmers and residents.</p>"
        )
    };
    let html = format!(
        r#"<html lang="es"><head><title>Los pozos que nadie mide</title></head><body><article><h1>Los pozos que nadie mide</h1>
<div class="byline">Oleh Rizky Pratama Senin, 09 Mar 2026 14:35 WIB</div><div class="article-body">{}
<aside class="lee-tambien"><span class="lee-tambien__label">Lee también</span><a href="/opinion/66223/">Las presas no se llenan con discursos</a></aside>{}
<div class="video-sticky" data-sticky="true"><div class="video-sticky__label">Video recomendado</div><div class="jwplayer" id="jw-5ad5f221"></div><p class="video-sticky__title">Así se ve la presa El Cuchillo a mediados de marzo</p></div>{}
<div class="follow-box">Siga o canal do Portal Sul SC no WhatsApp</div><div class="follow-box">Ikuti KabarJabar di Google News dan saluran WhatsApp</div>
<div class="follow-box">הצטרפו לערוץ הטלגרם של ידיעות הנגב וקבלו עדכונים בזמן אמת</div>{}
<p>Read more about the plan in <a href="/explainer">our explainer</a>.</p></div></article></body></html>"#,
        p("First."),
        p("Second."),
        p("Third."),
        p("Last.")
    );
    let a = extract(html.as_bytes(), Some("https://diario.example/opinion/pozos"), None).unwrap();
    assert_text(
        &a,
        &["First. The council", "Second.", "Third.", "Last.", "Read more about the plan"],
        &["Las presas no se llenan", "Video recomendado", "Así se ve la presa", "WhatsApp", "Google News", "הצטרפו"],
    );
    assert_eq!(a.authors, ["Rizky Pratama"]);
    // A report's sentence about a messaging service is the text.
    let html = html.replace(
        "<div class=\"follow-box\">Siga o canal do Portal Sul SC no WhatsApp</div>",
        "<p>WhatsApp said the outage lasted two hours.</p>",
    );
    let a = extract(html.as_bytes(), None, None).unwrap();
    assert!(a.text.contains("WhatsApp said the outage"), "{}", a.text);
}

/// The metadata gives the publication time in UTC, the page prints it in local time after the
/// update's ("Updated: Mar 12, 2026 09:41 IST | Published: Mar 12, 2026 05:10 IST"), on a host
/// whose country nothing tells: the date is the printed one, the same instant at +05:30.
#[test]
fn issue_9_a_utc_time_takes_the_offset_of_the_printed_one() {
    let html = format!(
        r#"<html lang="en"><head><title>Karnataka caps water tanker rates</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Karnataka caps water tanker rates","datePublished":"2026-03-11T23:40:00Z"}}</script></head>
<body><article><h1>Karnataka caps water tanker rates</h1><div class="date-time">Updated: Mar 12, 2026 09:41 IST | Published: Mar 12, 2026 05:10 IST</div>
<div class="story">{}</div></article></body></html>"#,
        article_body(6)
    );
    let a = extract(html.as_bytes(), Some("https://citynews.example/karnataka/tanker-rates"), None).unwrap();
    assert_eq!(time(a.published).as_deref(), Some("2026-03-12T05:10:00+05:30"));
    // Another key of the metadata gives the same instant in local time.
    let html = html
        .replace("<title>", r#"<meta property="article:published_time" content="2026-03-12T00:40:00+01:00"><title>"#);
    let a = extract(html.as_bytes(), Some("https://citynews.example/karnataka/tanker-rates"), None).unwrap();
    assert_eq!(time(a.published).as_deref(), Some("2026-03-12T00:40:00+01:00"));
}

/// A picture's caption however it is built: a frame of other elements ("foto-nota" with an
/// "epigrafe"), a gallery's list items, an old layout's table of two rows. None of it is the text;
/// a short paragraph beside a picture in a frame that holds more text is.
#[test]
fn issue_9_captions_beside_a_lone_picture_leave_the_text() {
    let p = |s: &str| {
        format!(
            "<p>{s} The water board agreed to publish the readings of every well each month, after years of complaints from farmers.</p>"
        )
    };
    let html = format!(
        r#"<html lang="es"><head><title>Los pozos que nadie mide</title></head><body><article><h1>Los pozos que nadie mide</h1><div class="article-body">
{}<div class="foto-nota"><img src="/a.jpg" alt=""><div class="epigrafe">Des pirogues au quai de pêche de Mbour, jeudi. Photo : A. Diop</div></div>
{}<div class="inline-gallery"><ul><li><img src="/b.jpg" alt=""><p class="inline-gallery__cap">Tahtalı Barajı’nda kuruyan alanlar. Fotoğraf: Ege Gündem</p></li>
<li><a href="/c.jpg"><img src="/c.jpg" alt=""></a><p>The second slide of the gallery, a dam from the air.</p></li></ul></div>
{}<table class="foto" width="100%"><tr><td><img src="/d.jpg" width="400" alt=""></td></tr><tr><td class="pie">A market in the Ashanti Region. Photo: File</td></tr></table>
<div class="note"><img src="/e.jpg" alt=""><p>Kept: a paragraph of the text beside a small picture.</p><p>And another one.</p></div>{}</div></article></body></html>"#,
        p("First."),
        p("Second."),
        p("Third."),
        p("Last.")
    );
    let a = extract(html.as_bytes(), Some("https://diario.example/pozos"), None).unwrap();
    assert_text(
        &a,
        &["First.", "Second.", "Third.", "Last.", "Kept: a paragraph"],
        &["Des pirogues", "Tahtalı", "second slide", "Ashanti"],
    );
    // A captioned picture between the headline and the body is no deck.
    let html = format!(
        r#"<html lang="fr"><head><title>Les pêcheurs de Mbour</title></head><body><div class="nota"><h1>Les pêcheurs de Mbour</h1>
<div class="foto-nota"><img src="https://senactu.example/m.jpg" alt="" loading="lazy"><div class="epigrafe">Des pirogues au quai de pêche de Mbour, jeudi, avant le départ. Photo : A. Diop</div></div>
<div class="cuerpo">{}</div></div></body></html>"#,
        p("Les pêcheurs.").repeat(5)
    );
    let a = extract(html.as_bytes(), Some("https://senactu.example/mbour"), None).unwrap();
    assert!(!a.text.contains("Des pirogues"), "{}", a.text);
}

/// A column ends with the columnist's other pieces under a heading ("Más columnas de la autora"
/// and a list of links), a source credit in Thai ("ขอบคุณข้อมูลจาก…") and a Chinese rights notice
/// ("…非經授權，不得轉載…"): none is the text.
#[test]
fn issue_9_a_columnists_other_pieces_and_rights_notices_leave_the_text() {
    let p = |s: &str| {
        format!(
            "<p>{s} The water board agreed to publish the readings of every well each month, after years of complaints from farmers.</p>"
        )
    };
    let html = format!(
        r#"<html lang="es"><head><title>Los pozos que nadie mide</title></head><body><article><h1>Los pozos que nadie mide</h1><div class="article-body">
{}{}{}<p>ขอบคุณข้อมูลจากสำนักการจราจรและขนส่ง กรุงเทพมหานคร</p><div class="article-copyright">本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。</div></div>
<section class="mas-columnas"><h3>Más columnas de la autora</h3><ul><li><a href="/opinion/1.html">Las presas no se llenan con discursos</a></li>
<li><a href="/opinion/2.html">Tres preguntas sobre el acueducto que nadie responde</a></li></ul></section></article></body></html>"#,
        p("First."),
        p("Second."),
        p("Last.")
    );
    let a = extract(html.as_bytes(), Some("https://diario.example/opinion/pozos"), None).unwrap();
    assert_text(
        &a,
        &["First.", "Second.", "Last."],
        &["Más columnas", "Las presas", "Tres preguntas", "ขอบคุณ", "不得轉載"],
    );
}

/// An old page without metadata prints its date on a line of its own at the top of the text: a
/// print page's "Von Birgit Overbeck · Hamm, 04.03.2026", a Japanese "2026年4月2日", a Thai line
/// in the Buddhist era ("วันพุธที่ 25 มีนาคม 2569"). A short line of digits that is no date does not
/// hide the date after it.
#[test]
fn issue_9_an_old_pages_date_line_opens_its_text() {
    let body = article_body(5);
    for (line, want) in [
        ("Von Birgit Overbeck · Hamm, 04.03.2026", "2026-03-04"),
        ("2026年4月2日", "2026-04-02"),
        ("วันพุธที่ 25 มีนาคม 2569 เวลา 10:20 น.", "2026-03-25"),
    ] {
        let html = format!(
            "<html><head><title>Alter Wasserturm</title></head><body><table><tr><td class=\"printtext\">\
             <p>Seite 1234 von 5678</p><p>{line}</p>{body}</td></tr></table></body></html>"
        );
        let a = extract(html.as_bytes(), None, None).unwrap();
        assert_eq!(time(a.published).as_deref().map(|t| &t[..10]), Some(want), "{line}");
    }
}

/// An old table layout prints its headline in a `<b>`, not an `<h1>`, and under it a meta line
/// with the date and, in one of its parts, the writer: "Publicada em 13/02/2026 - 17h40 - Por
/// Paulo Henrique Siqueira". A hyphenated surname stays whole.
#[test]
fn issue_9_an_old_layouts_meta_line_names_the_writer() {
    let body = article_body(5);
    for (line, want) in [
        ("Publicada em 13/02/2026 - 17h40 - Por Paulo Henrique Siqueira", "Paulo Henrique Siqueira"),
        ("13/02/2026 | Por Ana Ruiz-López | Economía", "Ana Ruiz-López"),
    ] {
        let html = format!(
            "<html><head><title>Chuva forte alaga centro de São Lourenço</title></head><body><table><tr>\
             <td class=\"noticia\"><font size=\"4\"><b>Chuva forte alaga centro de São Lourenço</b></font><hr>\
             <font size=\"1\">{line}</font>{body}</td></tr></table></body></html>"
        );
        let a = extract(html.as_bytes(), None, None).unwrap();
        assert_eq!(a.authors, [want], "{line}");
    }
}

/// A classic Blogger post names its writer only in the post's footer, in the blog's language:
/// "Publicado por Ana Belén Quiroga en 23:05", "張貼者： 陳怡君".
#[test]
fn issue_9_a_classic_blogger_footer_names_the_writer() {
    let body = article_body(5);
    for (line, want) in
        [("Publicado por Ana Belén Quiroga en 23:05", "Ana Belén Quiroga"), ("張貼者： 陳怡君 於 下午11:05", "陳怡君")]
    {
        let html = format!(
            "<html><head><title>Desde mi ventana: Las persianas bajadas</title></head><body><div class=\"main\">\
             <h2 class=\"date-header\">jueves, 26 de febrero de 2026</h2><div class=\"post\"><h3 class=\"post-title\">Las persianas bajadas</h3>\
             <div class=\"post-body\">{body}</div><p class=\"post-footer\"><em>{line}</em> <a class=\"comment-link\" href=\"/c\">6 comentarios</a></p>\
             </div></div></body></html>"
        );
        let a = extract(html.as_bytes(), None, None).unwrap();
        assert_eq!(a.authors, [want], "{line}");
    }
}

/// A Korean review's header prints the critic's name and role and no byline word ("정민호
/// 영화평론가", film critic), and the page has no metadata naming anyone: the name is the author.
#[test]
fn issue_9_a_korean_name_and_role_in_the_header_is_the_byline() {
    let body = article_body(5);
    for (line, want) in [("정민호 영화평론가", "정민호"), ("이지훈 기자", "이지훈")] {
        let html = format!(
            "<html><head><title>[리뷰] 겨울 정류장</title></head><body><section class=\"article-main\">\
             <div class=\"article-head-title\"><h1 class=\"heading\">[리뷰] 겨울 정류장</h1></div>\
             <ul class=\"infomation\"><li><i class=\"icon-user\"></i> {line}</li><li>입력 2026.03.04 09:00</li></ul>\
             <article class=\"article-view-body\">{body}</article></section></body></html>"
        );
        let a = extract(html.as_bytes(), None, None).unwrap();
        assert_eq!(a.authors, [want], "{line}");
    }
}

/// A critic's role after the name is no part of it, in any language: "Film critic", "फिल्म समीक्षक".
#[test]
fn issue_9_a_critics_role_is_no_name() {
    let body = article_body(5);
    for (line, want) in [("By Jane Okafor, Film critic", "Jane Okafor"), ("रचना त्रिपाठी, फिल्म समीक्षक", "रचना त्रिपाठी")]
    {
        let html = format!(
            "<html><head><title>A quiet film</title><meta name=\"author\" content=\"{line}\"></head><body>\
             <article><h1>A quiet film</h1>{body}</article></body></html>"
        );
        let a = extract(html.as_bytes(), None, None).unwrap();
        assert_eq!(a.authors, [want], "{line}");
    }
}

/// An affiliate disclosure in Polish or Indonesian leaves the review's text, as the English one does.
#[test]
fn issue_9_affiliate_disclosures_in_other_languages_leave_the_text() {
    let body = article_body(6);
    for line in [
        "Artykuł zawiera linki afiliacyjne. Kupując przez nie, wspierasz redakcję.",
        "Gawaiku bisa mendapat komisi dari pembelian melalui tautan di halaman ini.",
        "Dieser Artikel enthält Affiliate-Links: Bei einem Kauf erhalten wir eine Provision.",
    ] {
        let html = format!(
            "<html><head><title>Recenzja</title></head><body><article><h1>Recenzja</h1>\
             <p class=\"note\">{line}</p>{body}</article></body></html>"
        );
        let a = extract(html.as_bytes(), None, None).unwrap();
        assert!(a.text.contains("Paragraph 3 of a column"), "{}", a.text);
        assert!(!a.text.contains(line.split_once(' ').unwrap().1), "{line}: {}", a.text);
    }
}

/// A wire story's closing credits: the agency's line ("Mit Material von dpa und AFP") and a
/// labelled writer's line before the copyright ("Pewarta: Rina Wulandari") leave the text; the
/// writer is the author.
#[test]
fn issue_9_wire_credits_close_the_text_and_name_the_writer() {
    let body = article_body(5);
    for (closing, want) in [
        ("<p>Mit Material von dpa und AFP</p>", None),
        ("<p>Pewarta: Rina Wulandari</p><p>Copyright © ANTARA 2026</p>", Some("Rina Wulandari")),
        ("<p>Autorka: Marta Lis (PAP)</p><p>mli/ mhr/</p>", Some("Marta Lis")),
    ] {
        let html = format!(
            "<html><head><title>Report</title></head><body><article><h1>Report</h1>{body}{closing}</article></body></html>"
        );
        let a = extract(html.as_bytes(), None, None).unwrap();
        assert!(a.text.contains("Paragraph 4 of a column"), "{}", a.text);
        for gone in ["Mit Material", "Pewarta", "Autorka"] {
            assert!(!a.text.contains(gone), "{closing}: {}", a.text);
        }
        if let Some(w) = want {
            assert_eq!(a.authors, [w], "{closing}");
        }
    }
}

/// The metadata lists the photographer beside the writer; the printed byline credits them for
/// the pictures ("文／蔡佩珊　攝影／王建民"): the writer alone is the author.
#[test]
fn issue_9_a_photographer_in_the_metadata_is_no_author() {
    let body = article_body(5);
    let html = format!(
        "<html><head><title>台南小吃</title><script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\
         \"@type\":\"NewsArticle\",\"headline\":\"台南小吃\",\"author\":[{{\"@type\":\"Person\",\"name\":\"蔡佩珊\"}},\
         {{\"@type\":\"Person\",\"name\":\"王建民\"}}]}}</script></head><body><article><h1>台南小吃</h1>\
         <div class=\"meta\"><span class=\"article-content__author\">文／蔡佩珊　攝影／王建民</span></div>{body}</article></body></html>"
    );
    let a = extract(html.as_bytes(), None, None).unwrap();
    assert_eq!(a.authors, ["蔡佩珊"]);
}

/// The rest of a text behind a "Read more" button, in a container hidden with `aria-hidden`
/// until the button opens it ("Sigue leyendo", "Continua a leggere"), and in a paywall's wrapper
/// around the second part (a subscriber's page prints it whole): both parts are the text.
#[test]
fn issue_9_the_rest_behind_a_fold_or_in_a_paywall_wrapper_is_text() {
    let part = |from: usize, n: usize| -> String {
        (from..from + n)
            .map(|i| {
                format!(
                    "<p>Paragraph {i} of a report long enough to read as prose, with clauses, figures and the quotes of \
                     officials, who said the works would take a week and that the road would reopen once the slope was \
                     made safe again.</p>"
                )
            })
            .collect()
    };
    let (first, rest) = (part(0, 3), part(3, 4));
    for (between, second) in [
        (
            r#"<div class="read-more"><button type="button">Sigue leyendo</button></div>"#.to_string(),
            format!(r#"<div class="a_c clearfix is-collapsed" aria-hidden="true">{rest}</div>"#),
        ),
        (
            String::new(),
            format!(r#"<div class="paywall" data-paywall="premium"><div class="a_c clearfix">{rest}</div></div>"#),
        ),
    ] {
        let html = format!(
            "<html><head><title>Informe</title></head><body><nav><a href=\"/\">Portada</a> <a href=\"/opinion\">Opinión</a></nav>\
             <article><h1>Informe</h1><div class=\"share\"><a href=\"#\">Facebook</a></div>\
             <div class=\"a_c clearfix\">{first}</div>{between}{second}\
             <div class=\"a_notes paywall-note\">Contenido exclusivo para suscriptores.</div></article></body></html>"
        );
        let a = extract(html.as_bytes(), None, None).unwrap();
        assert_text(
            &a,
            &["Paragraph 0 of a report", "Paragraph 3 of a report", "Paragraph 6 of a report"],
            &["Sigue leyendo", "exclusivo para suscriptores"],
        );
    }
}

/// Lines around a text in the languages of the Balkans, the Caucasus and the Middle East leave
/// it: the editors' disclaimer under a column ("Ставови изнети у колумнама нису нужно ставови
/// редакције", "…ولا تعكس بالضرورة رأي الصحيفة"), a source's credit ("За матеріалами
/// Укрінформу", "(Con informazioni ANSA)"), the notice Russian law makes a "foreign agent"
/// print, a newsletter's box with its form, a related box whose label is classed "related", and
/// an Iranian agency's end mark. A column's disclaimer also says it is opinion.
#[test]
fn issue_9_notes_credits_and_boxes_around_the_text_leave_it() {
    let body = article_body(6);
    for (inside, gone, opinion) in [
        ("<p class=\"note\">Ставови изнети у колумнама нису нужно ставови редакције.</p>", "нису нужно", true),
        ("<p>المقالات المنشورة تعبر عن آراء كتّابها ولا تعكس بالضرورة رأي الصحيفة.</p>", "المقالات المنشورة", true),
        ("<p>Автордың пікірі редакцияның көзқарасымен сәйкес келмеуі мүмкін.</p>", "Автордың", true),
        ("<p>За матеріалами Укрінформу</p>", "За матеріалами", false),
        ("<p>(Con informazioni ANSA)</p>", "Con informazioni", false),
        (
            "<p>НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ «ВОЛНА» ЛИБО КАСАЕТСЯ \
             ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА «ВОЛНА». 18+</p>",
            "ИНОСТРАННЫМ",
            false,
        ),
        (
            "<div class=\"nl-inline\"><p>הניוזלטר הצרכני שלנו: כל יום חמישי בבוקר</p><form><input type=\"email\"><button>להרשמה</button></form></div>",
            "הניוזלטר",
            false,
        ),
        (
            "<div class=\"more-read\"><span class=\"related-title\">بیشتر بخوانید</span><ul><li><a href=\"https://x.example/economy/38261\">\
             قیمت ماهی قرمز در بازار شب عید چند است؟</a></li></ul></div>",
            "قیمت ماهی",
            false,
        ),
        ("<p>انتهای پیام</p>", "انتهای", false),
        ("<p><em>Disclaimer: the views expressed are the writer’s own</em></p>", "Disclaimer", true),
        (
            "<p><em>The writer is professor of education at a university in Hyderabad. Views are personal.</em></p>",
            "Hyderabad",
            true,
        ),
        (
            "<p class=\"ed-note\">Editorials represent the opinion of the Courier Editorial Board.</p>",
            "Editorial Board",
            true,
        ),
        ("<p>This report by The Canadian Press was first published March 5, 2026.</p>", "first published", false),
        ("<p>With files from The Canadian Press</p>", "With files", false),
        ("<p>Media contact: Natalie Chu, University Communications</p>", "Media contact", false),
        ("<p><strong>Got a story? Email news@dailybeacon.example</strong></p>", "Got a story", false),
        (
            "<div class=\"podcast-embed\"><span class=\"podcast-embed__show\">The Inland Report</span><p class=\"podcast-embed__title\">\
             Measles is back. What happened to herd immunity?</p><button>Listen</button> <span>24:10</span></div>",
            "herd immunity",
            false,
        ),
        ("<p>Lederen udtrykker Fyns Folkeblads holdning. Den skrives af chefredaktionen.</p>", "Lederen", true),
        (
            "<p>Gastkommentare geben ausschließlich die Meinung der Autorin oder des Autors wieder.</p>",
            "Gastkommentare",
            true,
        ),
        (
            "<p class=\"author-note\"><em>Mwandishi ni mhadhiri wa uchumi katika Chuo Kikuu cha Egerton.</em></p>",
            "Mwandishi",
            true,
        ),
        ("<p>Höfundur er hagfræðingur og býr í Reykjavík.</p>", "Höfundur", true),
        ("<p class=\"note\">Komentáře vyjadřují názory autorů, nikoli stanovisko redakce.</p>", "Komentáře", true),
        ("<p>Iritzi artikuluetan adierazitakoa egileen ardura da.</p>", "Iritzi", true),
        ("<p>Informazio osagarria: EFE</p>", "Informazio", false),
        ("<p>(মতামত লেখকের নিজস্ব। কলকাতা কথা-র সম্পাদকীয় অবস্থান নয়।)</p>", "মতামত", true),
        (
            "<p><strong>ಇದನ್ನೂ ಓದಿ:</strong> <a href=\"https://x.example/news/5-15740\">ಫೋನ್ ಚಾರ್ಜಿಂಗ್ ಬಗ್ಗೆ ಇರುವ 5 ತಪ್ಪು ನಂಬಿಕೆಗಳು</a></p>",
            "ಫೋನ್",
            false,
        ),
        (
            "<div class=\"article-notes\">Send us your letters at letters@observer.example. Letters must include an address.</div>",
            "Send us",
            false,
        ),
        ("<p class=\"paywall-note\">Tämä juttu on tilaajille</p>", "tilaajille", false),
        (
            "<p><strong>Karanta kuma:</strong> <a href=\"https://x.example/news/43397\">Cutar kyanda ta ɓulla a ƙananan hukumomi uku</a></p>",
            "Cutar kyanda",
            false,
        ),
        (
            "<h2>Más información</h2><ul><li class=\"teaser\"><a href=\"https://x.example/news/08203\">Cutzamala llega al 38% de su \
             capacidad</a></li><li class=\"teaser\"><a href=\"https://x.example/news/83486\">Alcaldías con más fugas de agua \
             potable</a></li></ul>",
            "Cutzamala",
            false,
        ),
    ] {
        let html = format!(
            "<html><head><title>Page</title></head><body><article><h1>Page</h1>{body}{inside}</article></body></html>"
        );
        let a = extract(html.as_bytes(), None, None).unwrap();
        assert!(a.text.contains("Paragraph 5 of a column"), "{inside}: {}", a.text);
        assert!(!a.text.contains(gone), "{inside}: {}", a.text);
        if opinion {
            assert_eq!(a.kind, Kind::Opinion, "{inside}");
        }
    }
}

/// People in the bylines of the Caucasus, the Balkans and the Arabic-script languages: Georgian
/// names (Unicode files the letters as lowercase), "Prepared by" and "author" labels, report and
/// reporter labels; and a teaser's writer in an opinion rail is no byline of the article.
#[test]
fn issue_9_bylines_of_the_caucasus_balkans_and_arabic_script_languages() {
    let body = article_body(5);
    for (byline, want) in [
        ("ავტორი: <a href=\"/author/nino-beridze/\">ნინო ბერიძე</a>", "ნინო ბერიძე"),
        ("Подготви: Елена Трајковска", "Елена Трајковска"),
        ("Priredila: Jelena Savić", "Jelena Savić"),
        ("Հեղինակ՝ Անի Հակոբյան", "Անի Հակոբյան"),
        ("ڕاپۆرت: <a href=\"/ckb/author/aras\">ئاراس محەمەد</a>", "ئاراس محەمەد"),
        ("گزارشگر: نوید احمدزی", "نوید احمدزی"),
        ("كتبت: نهى الشريف", "نهى الشريف"),
        ("Teksti: <a href=\"/toimittaja/anni-makela\">Anni Mäkelä</a> Kuvat: Jari Lehto", "Anni Mäkelä"),
        ("Toimittaja Eero Kallio", "Eero Kallio"),
        ("Autorius Tomas Jankauskas", "Tomas Jankauskas"),
        ("Autors: Līga Ozola", "Līga Ozola"),
        ("Szerző: <a href=\"/szerzo/kovacs-anna\">Kovács Anna</a>", "Kovács Anna"),
        ("Egilea: Ane Etxeberria", "Ane Etxeberria"),
    ] {
        let html = format!(
            "<html><head><title>Page</title></head><body><aside class=\"opinion-rail\"><ul><li class=\"teaser\">\
             <a href=\"https://x.example/opinion/1\">Another column</a><span class=\"teaser-author\">Sami Haddad</span></li></ul></aside>\
             <article><h1>Page</h1><div class=\"story-byline\">{byline}</div>{body}</article></body></html>"
        );
        let a = extract(html.as_bytes(), None, None).unwrap();
        assert_eq!(a.authors, [want], "{byline}");
    }
}

/// Chinese and Japanese texts are short in characters: the rest of a Japanese report behind
/// "続きを読む" (paragraphs of 60-odd characters, hidden with `aria-hidden` until the button opens
/// it) is text, and a Taiwanese column's last part, which holds the writer's note "（作者為…）"
/// among its paragraphs, is no box to drop with the note.
#[test]
fn issue_9_cjk_parts_behind_a_fold_or_beside_a_writers_note_are_text() {
    let para = |i: usize| {
        format!(
            "<p>第{i}段：県は漁業者向けの緊急融資の枠を広げるほか、水温の変化に強い養殖方法の研究を急ぐ。深い場所に移す案も出ている。</p>"
        )
    };
    let (first, rest): (String, String) = ((0..3).map(para).collect(), (3..7).map(para).collect());
    let html = format!(
        "<html><head><title>ホタテ</title></head><body><article><h1>ホタテ</h1><section class=\"article-body\">{first}</section>\
         <div class=\"read-more-wrap\"><button class=\"btn-read-more\" type=\"button\">続きを読む</button></div>\
         <section class=\"article-body is-collapsed\" aria-hidden=\"true\">{rest}</section></article></body></html>"
    );
    let a = extract(html.as_bytes(), None, None).unwrap();
    assert_text(&a, &["第0段", "第6段"], &["続きを読む"]);

    let para = |i: usize| {
        format!(
            "<p>第{i}段：許多巷道沒有人行道，車輛、機車與行人擠在同一個空間；有人行道的地方，又常被變電箱、招牌與攤販占據，行人只好走在車道上。</p>"
        )
    };
    let (first, rest): (String, String) = ((0..4).map(para).collect(), (4..7).map(para).collect());
    let html = format!(
        "<html><head><title>還給行人一條能走的路</title></head><body><div class=\"article-content\"><h1>還給行人一條能走的路</h1>\
         <section class=\"article-content__editor\">{first}</section><div class=\"ad-mid\"><span>廣告</span></div>\
         <section class=\"article-content__editor\">{rest}<p class=\"writer-note\">（作者為大學交通管理學系副教授）</p></section>\
         </div></body></html>"
    );
    let a = extract(html.as_bytes(), None, None).unwrap();
    assert_text(&a, &["第0段", "第6段"], &["作者為"]);
    assert_eq!(a.kind, Kind::Opinion);
}

/// Readers' comments in a block named for them and for the article ("article-comments") are no
/// part of the text, though the name says "article"; a sponsor's note in Finnish makes the page
/// paid content, and a Lithuanian "Kronika" path (crime news) says nothing of opinion.
#[test]
fn issue_9_comments_named_for_the_article_and_paid_or_crime_sections() {
    let body = article_body(6);
    let html = format!(
        "<html><head><title>Phones</title></head><body><main><article><h1>Phones</h1>{body}</article>\
         <section id=\"comments\" class=\"article-comments\"><h2>Comments (1)</h2><ol><li class=\"article-comments__item\">\
         <div class=\"article-comments__meta\"><b>Otis</b> <span>1 day ago</span></div><p>You forgot to mention that some \
         of these overheat when gaming, which matters a lot to anyone who plays for hours every evening.</p></li></ol></section>\
         </main></body></html>"
    );
    let a = extract(html.as_bytes(), None, None).unwrap();
    assert_text(&a, &["Paragraph 5 of a column"], &["overheat", "Comments (1)"]);

    for (note, gone) in [
        ("Tämä sisältö on tuotettu yhteistyössä Kotilämpö Oy:n kanssa.", "yhteistyössä"),
        ("हा प्रायोजित लेख आहे. यातील माहिती संबंधित कंपनीने दिली आहे.", "प्रायोजित"),
    ] {
        let html = format!(
            "<html><head><title>Lämpöpumppu</title></head><body><article><h1>Lämpöpumppu</h1>\
             <p class=\"note\">{note}</p>{body}</article></body></html>"
        );
        let a = extract(html.as_bytes(), None, None).unwrap();
        assert_eq!(a.kind, Kind::Other, "{note}");
        assert!(!a.text.contains(gone), "{}", a.text);
    }

    let html = "<html><head><title>Gaisras</title><meta property=\"article:section\" content=\"Kronika\"></head><body><article>\
         <h1>Kaune degė daugiabutis</h1><p>Kaune, Šilainių mikrorajone, ketvirtadienį užsidegė daugiabutis, evakuota 40 \
         gyventojų, pranešė ugniagesiai. Gaisras kilo trečiame aukšte, jį užgesinti pavyko per valandą.</p></article></body></html>";
    let a =
        extract(html.as_bytes(), Some("https://www.zinios24.example/kronika/kaune-dege-daugiabutis-2026-03-05"), None)
            .unwrap();
    assert_ne!(a.kind, Kind::Opinion);
}

/// A live blog's "2 hours ago" beside an entry's time, in a span of its own, in any of the
/// languages we know, leaves the text; the entry's time and its text stay.
#[test]
fn issue_9_a_live_entrys_relative_time_leaves_the_text() {
    for ago in ["för 2 timmar sedan", "πριν από 2 ώρες", "12 mins ago", "hace 3 horas"] {
        let entries: String = (0..3)
            .map(|i| {
                format!(
                    "<article class=\"lb-post\"><div class=\"lb-post__meta\"><time>11:0{i}</time> <span class=\"lb-post__ago\">{ago}</span> \
                     <span class=\"lb-post__author\">Oskar Lind</span></div><p>Entry {i}: the storm has cut power to thousands of homes \
                     along the coast, and the company expects most of them to have it back by Friday.</p></article>"
                )
            })
            .collect();
        let html = format!(
            "<html><head><title>Live</title></head><body><main><h1>Live</h1><div class=\"lb\">{entries}</div></main></body></html>"
        );
        let a = extract(html.as_bytes(), None, None).unwrap();
        assert_text(&a, &["Entry 0: the storm", "Entry 2: the storm"], &[ago]);
    }
}

/// A subscriber's part of the text in a box beside its badge ("Předplatitelský obsah"), after a
/// first part in the open: both parts are the text, the badge is not.
#[test]
fn issue_9_a_part_in_a_subscribers_box_beside_its_badge_continues_the_text() {
    let part = |from: usize, n: usize| -> String {
        (from..from + n)
            .map(|i| {
                format!(
                    "<p>Odstavec {i}: porodnice v jesenické nemocnici ukončí provoz na konci dubna, protože nemocnice \
                     nesežene dost dětských lékařů, a rodičky to budou mít do nejbližší porodnice až hodinu cesty.</p>"
                )
            })
            .collect()
    };
    let html = format!(
        "<html><head><title>Porodnice</title></head><body><article><h1>Porodnice končí</h1><div class=\"art-text\">{}</div>\
         <div class=\"premium-wrap\"><div class=\"premium-wrap__badge\">Předplatitelský obsah</div><div class=\"art-text\">{}</div></div>\
         </article></body></html>",
        part(0, 2),
        part(2, 6)
    );
    let a = extract(html.as_bytes(), None, None).unwrap();
    assert_text(&a, &["Odstavec 0:", "Odstavec 7:"], &["Předplatitelský"]);
}

/// A writer's page named in the site's language ("/szerzo/", "/autori/", "/forfatter/") makes
/// its link the byline where the classes say nothing of an author.
#[test]
fn issue_9_author_pages_named_in_the_sites_language() {
    let body = article_body(5);
    for (href, name) in [
        ("/szerzo/kovacs-anna", "Kovács Anna"),
        ("/autors/jordi-vilalta", "Jordi Vilalta"),
        ("/forfatter/mette-holm", "Mette Holm"),
    ] {
        let html = format!(
            "<html><head><title>Cikk</title></head><body><article><h1>Cikk</h1><div class=\"cikk-fej__meta\"><div class=\"szerzo\">\
             <a href=\"{href}\">{name}</a></div></div>{body}</article></body></html>"
        );
        let a = extract(html.as_bytes(), None, None).unwrap();
        assert_eq!(a.authors, [name], "{href}");
    }
}
