//! Opinion, news or other: every signal that speaks to a piece's kind, and the one rule that
//! weighs them.
//!
//! The page's own signals are read here by the extractor ([`page_signals`]); signals from outside
//! the page (the feed item's tags, whether it came dated from a feed, the operator's declaration)
//! are added by the crawl (`colonnade_ingest::merge`). [`decide`] is the only place a kind is
//! chosen, so a crawl and a re-extraction of the same page and evidence agree.

use colonnade_model::Kind;
use colonnade_text::vocab;
use colonnade_url::{PathHint, Url, path_hint};

use crate::dom::{Dom, NodeId, Tag};
use crate::meta::{LdArticle, Meta};

/// What speaks to a piece's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KindSignals {
    /// schema.org says opinion (`OpinionNewsArticle`, …) or `article:opinion` is true.
    pub schema_opinion: bool,
    /// The section the page is filed under (JSON-LD `articleSection`, `article:section`) is an
    /// opinion section.
    pub section_opinion: bool,
    /// What the URL path says (`/opinion/…`, `/news/…`).
    pub url: Option<PathHintKind>,
    /// The byline names a columnist's role.
    pub byline_columnist: bool,
    /// schema.org says reporting (`NewsArticle`, `ReportageNewsArticle`, …).
    pub schema_news: bool,
    /// schema.org says review, paper or technical text (`Review`, `ScholarlyArticle`, …).
    pub schema_other: bool,
    /// The page is labelled paid content (section or URL: "Sponsored", "Anzeige", …).
    pub sponsored: bool,
    /// The section, a URL segment or the headline says guide, recipe, review, product, podcast.
    pub other_marker: bool,
    /// The page marks itself up as an article (JSON-LD article, `og:type` article).
    pub article_markup: bool,
    /// The page holds an article's worth of text (over 1,000 characters) and a date.
    pub long_and_dated: bool,
    /// One of the feed item's tags is an opinion label (strong words only).
    pub feed_opinion_tag: bool,
    /// The piece came from a publication's feed, dated, with at least 150 words.
    pub feed_dated_with_text: bool,
    /// The operator declared the kind of every item of the publication.
    pub declared: Option<Kind>,
    /// How the text is written ([`voice`]).
    pub voice: Voice,
}

/// How a text is written: per thousand words outside quotation marks, the first-person and
/// second-person pronouns, argument markers and reporting markers ([`vocab`]), and quotation
/// marks per thousand words of the whole text. Languages written without spaces are not counted
/// (`words` stays 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Voice {
    /// Words counted.
    pub words: u32,
    /// First-person pronouns per mille.
    pub first: u16,
    /// Second-person pronouns per mille.
    pub second: u16,
    /// Argument markers per mille.
    pub argue: u16,
    /// Reporting markers per mille.
    pub report: u16,
    /// Quotation marks per mille words.
    pub quotes: u16,
    /// Paragraphs (lines) read.
    pub lines: u16,
    /// Paragraphs that end with a question mark: an interview's questions
    /// ([`Voice::is_interview`]).
    pub question_lines: u16,
}

impl Voice {
    /// Written as questions and answers: four or more paragraphs ending with a question mark, a
    /// fifth of all or more. The first person there is the interviewee's, not a columnist's.
    pub fn is_interview(&self) -> bool {
        self.question_lines >= 4 && u32::from(self.question_lines) * 5 >= u32::from(self.lines)
    }
}

/// Fewest words for the voice to count.
const VOICE_MIN_WORDS: u32 = 120;

/// Words read for the voice: the first 3,000 say how a text is written.
const VOICE_MAX_WORDS: u32 = 3_000;

/// Reads the [`Voice`] of a text.
pub fn voice(text: &str) -> Voice {
    use std::hash::BuildHasherDefault;
    use std::sync::OnceLock;
    type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;
    // One look-up per word: a bit per list the word is in.
    static WORDS: OnceLock<HashMap<&'static str, u8>> = OnceLock::new();
    let lists = WORDS.get_or_init(|| {
        let mut m: HashMap<&'static str, u8> = HashMap::default();
        let all = [vocab::FIRST_PERSON, vocab::SECOND_PERSON, vocab::ARGUMENT_MARKERS, vocab::REPORTING_MARKERS];
        for (bit, list) in all.iter().enumerate() {
            for w in *list {
                *m.entry(w).or_default() |= 1 << bit;
            }
        }
        m
    });
    let is_quote = |c: char| matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{AB}' | '\u{BB}' | '\u{201E}' | '\u{201F}');
    let (mut words, mut quotes, mut counts) = (0u32, 0u32, [0u32; 4]);
    let (mut lines, mut question_lines, mut last_visible) = (0u16, 0u16, None::<char>);
    // A paragraph ends: count it, and whether it asked a question.
    let end_line = |last: char, lines: &mut u16, questions: &mut u16| {
        *lines = lines.saturating_add(1);
        *questions = questions.saturating_add(u16::from(matches!(last, '?' | '？')));
    };
    let mut in_quote = false;
    let mut word = String::new();
    let flush = |word: &mut String, counts: &mut [u32; 4], words: &mut u32| {
        if word.is_empty() {
            return;
        }
        *words += 1;
        if let Some(&bits) = lists.get(word.as_str()) {
            for (i, c) in counts.iter_mut().enumerate() {
                *c += u32::from(bits >> i & 1);
            }
        }
        word.clear();
    };
    for c in text.chars() {
        if words >= VOICE_MAX_WORDS {
            break;
        }
        if colonnade_text::is_unspaced_char(c) {
            return Voice::default();
        }
        if is_quote(c) {
            quotes += 1;
            in_quote = !in_quote;
            word.clear();
            continue;
        }
        if c == '\n' {
            in_quote = false;
            if let Some(last) = last_visible.take() {
                end_line(last, &mut lines, &mut question_lines);
            }
        } else if !c.is_whitespace() {
            last_visible = Some(c);
        }
        if in_quote {
            continue;
        }
        if c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '-') {
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
            } else {
                word.extend(c.to_lowercase());
            }
        } else {
            flush(&mut word, &mut counts, &mut words);
        }
    }
    flush(&mut word, &mut counts, &mut words);
    if let Some(last) = last_visible {
        end_line(last, &mut lines, &mut question_lines);
    }
    if words == 0 {
        return Voice::default();
    }
    let per_mille = |n: u32| (u64::from(n) * 1000 / u64::from(words)).min(u64::from(u16::MAX)) as u16;
    Voice {
        words,
        first: per_mille(counts[0]),
        second: per_mille(counts[1]),
        argue: per_mille(counts[2]),
        report: per_mille(counts[3]),
        quotes: per_mille(quotes),
        lines,
        question_lines,
    }
}

/// FNV-1a: the voice looks up every word of a text in a small fixed table, where SipHash's
/// resistance to chosen keys buys nothing and costs time.
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// What the voice alone says, when it says something: argued in the first person (opinion),
/// reported with sources (news), or addressed to the reader without reporting (a guide: other).
fn voice_kind(v: &Voice) -> Option<Kind> {
    if v.words < VOICE_MIN_WORDS {
        return None;
    }
    // An interview is reporting, however much "I" its answers say.
    if v.is_interview() {
        return Some(Kind::News);
    }
    if v.first >= 7 && v.argue >= 4 && v.report < 3 && v.second <= 6 {
        return Some(Kind::Opinion);
    }
    if v.report >= 3 || (v.quotes >= 12 && v.first < 5 && v.second < 3) {
        return Some(Kind::News);
    }
    if v.second >= 5 {
        return Some(Kind::Other);
    }
    None
}

/// What a URL path says, as a plain value (so [`KindSignals`] stays `Copy` and comparable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathHintKind {
    /// An opinion section.
    Opinion,
    /// A news section.
    News,
}

/// The kind the signals give. The operator's declaration wins; paid content and reviews are
/// other; then any opinion signal makes opinion; then a guide/recipe/review marker makes other;
/// then news markup, a news section or an article's worth of dated text make news; else other.
/// Article markup alone (`og:type` article, a blog post) says nothing of the genre.
pub fn decide(s: &KindSignals) -> Kind {
    if let Some(k) = s.declared {
        return k;
    }
    if s.sponsored || s.schema_other {
        return Kind::Other;
    }
    if s.schema_opinion
        || s.section_opinion
        || s.url == Some(PathHintKind::Opinion)
        || s.byline_columnist
        || s.feed_opinion_tag
    {
        return Kind::Opinion;
    }
    if s.other_marker {
        return Kind::Other;
    }
    let voice = voice_kind(&s.voice);
    if s.schema_news || s.url == Some(PathHintKind::News) || s.long_and_dated || s.feed_dated_with_text {
        // Filed as reporting, but written as an argument or as a guide.
        match voice {
            Some(Kind::Opinion) => Kind::Opinion,
            Some(Kind::Other) => Kind::Other,
            _ => Kind::News,
        }
    } else {
        voice.unwrap_or(Kind::Other)
    }
}

/// Whether a section name says opinion, in any of the languages we know ("Opinion & Analysis",
/// "Columnists", "Köşe Yazıları", and as a whole name "Voices", "Blogs", "Letters").
pub fn is_opinion_section(section: &str) -> bool {
    vocab::is_opinion_label(section, true)
}

/// Whether a topic tag (a feed item's category, one of many) says opinion: only the strong
/// words, since a tag such as "Ideas" or "Voices" is often just a topic.
pub fn is_opinion_tag(tag: &str) -> bool {
    vocab::is_opinion_label(tag, false)
}

/// What the extractor found on a page that speaks to its kind.
#[derive(Debug, Clone, Copy)]
pub struct Page<'a> {
    /// The page's metadata.
    pub meta: &'a Meta,
    /// The JSON-LD article describing the page.
    pub ld: Option<&'a LdArticle>,
    /// The section it is filed under.
    pub section: Option<&'a str>,
    /// Its canonical (or fetched) URL.
    pub url: Option<&'a Url>,
    /// The byline as printed.
    pub byline: Option<&'a str>,
    /// The headline.
    pub title: Option<&'a str>,
    /// The main text.
    pub text: &'a str,
    /// A byline-like element of the page names a columnist's role ([`printed_role`]).
    pub printed_role: bool,
    /// Labels the page shows for its own section: breadcrumb items and a label by the headline
    /// ([`page_labels`]).
    pub labels: &'a [String],
    /// Over 1,000 characters of text and a date.
    pub long_and_dated: bool,
}

/// The signals a page gives about itself.
pub fn page_signals(page: &Page<'_>) -> KindSignals {
    let Page { meta, ld, section, url, byline, title, text, printed_role, labels, long_and_dated } = *page;
    let sections: Vec<&str> = section
        .into_iter()
        .chain(labels.iter().map(String::as_str))
        .chain(meta.get(&["parsely-section", "article:section", "section"]))
        .chain(meta.get(&["article:tag", "parsely-tags"]).filter(|t| vocab::is_sponsored_label(t)))
        .collect();
    let segments: Vec<String> = url
        .and_then(|u| u.path_segments())
        .map(|segs| {
            segs.filter(|s| !s.is_empty() && s.len() <= 40)
                .map(|s| {
                    let s = s.rsplit_once('.').map_or(s, |(stem, _)| stem);
                    colonnade_url::percent_decode(s, false).into_owned()
                })
                .collect()
        })
        .unwrap_or_default();
    let sponsored = sections.iter().any(|s| vocab::is_sponsored_label(s))
        || segments.iter().any(|s| vocab::is_sponsored_label(s))
        || meta.get(&["sponsored", "article:content_tier"]).is_some_and(vocab::is_sponsored_label);
    let other_marker = sections.iter().any(|s| vocab::is_other_label(s))
        || segments.iter().any(|s| vocab::is_other_label(s))
        || title.is_some_and(vocab::is_other_title);
    KindSignals {
        schema_news: ld.is_some_and(LdArticle::is_news),
        schema_other: ld.is_some_and(LdArticle::is_other),
        sponsored,
        other_marker,
        schema_opinion: ld.is_some_and(LdArticle::is_opinion)
            || meta.get(&["article:opinion"]).is_some_and(|v| v.eq_ignore_ascii_case("true")),
        section_opinion: sections.iter().any(|s| is_opinion_section(s)),
        url: url.and_then(|u| match path_hint(u) {
            PathHint::Opinion => Some(PathHintKind::Opinion),
            PathHint::News => Some(PathHintKind::News),
            PathHint::None => None,
        }),
        byline_columnist: printed_role || byline.is_some_and(vocab::is_columnist_role),
        article_markup: ld.is_some() || meta.get(&["og:type"]).is_some_and(|t| t.eq_ignore_ascii_case("article")),
        long_and_dated,
        voice: voice(text),
        ..KindSignals::default()
    }
}

/// Most labels read from breadcrumbs or next to the headline.
const MAX_LABELS: usize = 8;

/// The labels a page shows for its own section ([`page_labels`]) and whether a byline names a
/// columnist's role ([`printed_role`]), read in one walk over the page.
pub fn page_marks(dom: &Dom) -> (Vec<String>, bool) {
    let mut labels = Vec::new();
    let mut role = false;
    let mut bylines_seen = 0;
    let root = if dom.body.is_some() { dom.body } else { dom.html };
    let mut h1 = None;
    let mut it = dom.descendants(root);
    while let Some(n) = it.next() {
        if dom.tag(n).is_none() {
            continue;
        }
        if h1.is_none() && dom.is(n, Tag::H1) {
            h1 = Some(n);
        }
        let (mut crumb, mut byline) = (false, false);
        for (name, v) in dom.attrs(n) {
            if !matches!(name, "class" | "id" | "aria-label" | "itemtype" | "rel" | "itemprop") {
                continue;
            }
            // One pass of one automaton over the value for all the marks.
            for m in MARKS.find_iter(v) {
                match m.pattern().as_usize() {
                    0 => crumb = true,
                    _ if matches!(name, "class" | "id" | "rel" | "itemprop") => byline = true,
                    _ => {}
                }
            }
            byline |= name == "class" && v.eq_ignore_ascii_case("role");
        }
        if byline && !role && bylines_seen < 12 {
            bylines_seen += 1;
            role = bounded_text(dom, n, 480).is_some_and(|t| t.chars().count() <= 120 && vocab::is_columnist_role(&t));
        }
        if crumb && labels.is_empty() {
            for item in dom.descendants(n).filter(|&d| matches!(dom.tag(d), Some(Tag::A | Tag::Li | Tag::Span))) {
                if dom.element_children(item).any(|c| matches!(dom.tag(c), Some(Tag::A | Tag::Li | Tag::Span))) {
                    continue;
                }
                let Some(t) = short_text(dom, item) else { continue };
                if is_short_label(&t) && !labels.contains(&t) {
                    labels.push(t);
                }
                if labels.len() >= MAX_LABELS {
                    break;
                }
            }
            it.skip_children_of(n);
        }
    }
    // A kicker: a short element just before the headline, or before the headline's container.
    if let Some(h1) = h1 {
        let mut steps = 0;
        let mut at = h1;
        'up: for _ in 0..2 {
            let mut prev = dom.prev_sibling(at);
            while prev.is_some() && steps < 4 {
                if dom.tag(prev).is_some() {
                    steps += 1;
                    if let Some(t) = short_text(dom, prev)
                        && is_short_label(&t)
                    {
                        labels.push(t);
                        break 'up;
                    }
                }
                prev = dom.prev_sibling(prev);
            }
            at = dom.parent(at);
            if !at.is_some() {
                break;
            }
        }
    }
    (labels, role)
}

/// The labels a page shows for its own section: the items of its breadcrumb trail (an element
/// whose class, id or `aria-label` says breadcrumb, or schema.org `BreadcrumbList` microdata),
/// and a short label standing next to the headline (a kicker: "Opinion", "Kommentar"). Site-wide
/// menus and teasers for other articles are not read.
pub fn page_labels(dom: &Dom) -> Vec<String> {
    page_marks(dom).0
}

/// Whether an element the page marks as its byline or author (class, id, rel or itemprop with
/// "byline", "author", "autor", or a "role" element) names a columnist's role: "Colunista",
/// "論説委員", "Opinion Columnist". The extractor's own byline has the role cleaned out of it.
pub fn printed_role(dom: &Dom) -> bool {
    page_marks(dom).1
}

/// Attribute words that mark a breadcrumb trail (pattern 0) or a byline (the others).
static MARKS: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
    #[expect(clippy::expect_used, reason = "a static pattern list always builds")]
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["breadcrumb", "byline", "author", "autor"])
        .expect("static patterns")
});

/// The text of `n` when it holds at most `max` bytes of text; `None` without copying otherwise.
fn bounded_text(dom: &Dom, n: NodeId, max: usize) -> Option<String> {
    let mut bytes = 0;
    for d in dom.descendants(n) {
        if let Some(t) = dom.text(d) {
            bytes += t.len();
            if bytes > max {
                return None;
            }
        }
    }
    Some(dom.inner_text(n))
}

/// The text of `n`, white space collapsed, when it is short (a label); `None` without copying
/// anything when the element holds more than a label's worth of text.
fn short_text(dom: &Dom, n: NodeId) -> Option<String> {
    bounded_text(dom, n, 160).map(|t| crate::dom::collapse(&t))
}

/// A section name, not a headline: a few words (a breadcrumb trail often ends with the page's
/// own title, and "Opinion polls show …" is no section).
fn is_short_label(t: &str) -> bool {
    !t.is_empty() && t.chars().count() <= 30 && t.split_whitespace().count() <= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opinion_sections() {
        assert!(is_opinion_section("Opinion"));
        assert!(is_opinion_section("Köşe Yazıları"));
        assert!(is_opinion_section("Мнения"));
        assert!(is_opinion_section("Meinung"));
        assert!(!is_opinion_section("Politics"));
        assert!(is_opinion_section("Columnists"));
        assert!(is_opinion_section("Voices"));
        assert!(!is_opinion_section("Global Voices"));
        assert!(!is_opinion_section("Weblog"));
        assert!(!is_opinion_section("Freedom of Speech"));
        assert!(is_opinion_section("观点"));
        assert!(is_opinion_section("Ideas"));
        assert!(!is_opinion_tag("Ideas"));
        assert!(is_opinion_tag("Opinion"));
    }

    #[test]
    fn the_declaration_wins_then_opinion_then_news() {
        let opinion = KindSignals { url: Some(PathHintKind::Opinion), ..KindSignals::default() };
        assert_eq!(decide(&opinion), Kind::Opinion);
        assert_eq!(decide(&KindSignals { declared: Some(Kind::News), ..opinion }), Kind::News);
        assert_eq!(decide(&KindSignals { schema_news: true, ..KindSignals::default() }), Kind::News);
        assert_eq!(decide(&KindSignals { article_markup: true, ..KindSignals::default() }), Kind::Other);
        assert_eq!(
            decide(&KindSignals { sponsored: true, section_opinion: true, ..KindSignals::default() }),
            Kind::Other
        );
        assert_eq!(
            decide(&KindSignals { other_marker: true, long_and_dated: true, ..KindSignals::default() }),
            Kind::Other
        );
        assert_eq!(decide(&KindSignals { feed_dated_with_text: true, ..KindSignals::default() }), Kind::News);
        assert_eq!(
            decide(&KindSignals { feed_dated_with_text: true, feed_opinion_tag: true, ..KindSignals::default() }),
            Kind::Opinion
        );
        assert_eq!(decide(&KindSignals::default()), Kind::Other);
    }

    /// Issue 9: the voice of the text, not the site's menus, tells a column from a report and
    /// from a guide; quoted speech is not the writer's voice.
    #[test]
    fn issue_9_voice_tells_argument_from_report_from_guide() {
        let argued = "I think we should stop pretending that the new road will help anyone. We must say it \
                      plainly: the plan is wrong, and I believe the council knows it. "
            .repeat(8);
        let reported = "The council approved the new road on Monday, officials said. According to the mayor, \
                        work starts in May. \"We will finish it,\" the spokesman told reporters. "
            .repeat(8);
        let guide = "First, preheat your oven. Then you mix the flour with your butter until you see crumbs. \
                     If you like, add sugar to your taste. "
            .repeat(8);
        let quoted_first_person = "\"I think we should go,\" the minister said, according to officials. ".repeat(20);
        let kind = |text: &str| decide(&KindSignals { voice: voice(text), ..KindSignals::default() });
        assert_eq!(kind(&argued), Kind::Opinion);
        assert_eq!(kind(&reported), Kind::News);
        assert_eq!(kind(&guide), Kind::Other);
        assert_eq!(kind(&quoted_first_person), Kind::News, "{:?}", voice(&quoted_first_person));
        // Too short to tell, or written without spaces: the voice says nothing.
        assert_eq!(voice("I think we should.").words, 4);
        assert_eq!(kind("I think we should."), Kind::Other);
        assert_eq!(voice(&"我认为我们应该这样做。".repeat(50)), Voice::default());
        // A column filed under news keeps its voice; a guide filed under news is a guide.
        let filed_news =
            |text: &str| decide(&KindSignals { schema_news: true, voice: voice(text), ..KindSignals::default() });
        assert_eq!(filed_news(&argued), Kind::Opinion);
        assert_eq!(filed_news(&guide), Kind::Other);
        assert_eq!(filed_news(&reported), Kind::News);
        // An interview: the answers say "I" and argue, but the piece is reporting.
        let interview = "How did the plan start?\nI think we should stop pretending that the road will help. \
                         I believe the council knows it, and we must say so.\n"
            .repeat(6);
        assert!(voice(&interview).is_interview(), "{:?}", voice(&interview));
        assert_eq!(kind(&interview), Kind::News);
        // A column asking a question or two of its readers stays a column.
        let asks = format!("{}\nWhat are we waiting for?\n{}\nWho pays?\n", argued.replace(". ", ".\n"), argued);
        assert!(!voice(&asks).is_interview(), "{:?}", voice(&asks));
        assert_eq!(kind(&asks), Kind::Opinion);
    }

    /// Issue 9: reviews, recipes, guides and paid pages are other, whatever else they say.
    #[test]
    fn issue_9_sponsored_and_guide_labels_are_other() {
        assert!(vocab::is_sponsored_label("Sponsored"));
        assert!(vocab::is_sponsored_label("Anzeige"));
        assert!(vocab::is_sponsored_label("Patrocinado"));
        assert!(vocab::is_other_label("Recetas"));
        assert!(vocab::is_other_label("reviews"));
        assert!(!vocab::is_other_label("Politics"));
        assert!(vocab::is_other_title("How to set up a nursery"));
        assert!(vocab::is_other_title("The Zenith X1 review"));
        assert!(!vocab::is_other_title("Council approves the road"));
        let s = KindSignals { sponsored: true, schema_opinion: true, ..KindSignals::default() };
        assert_eq!(decide(&s), Kind::Other);
    }

    /// Issue 9: the section a page is filed under, read where a reader sees it — the breadcrumb
    /// trail and a label by the headline — and the role printed in the byline; the site's menu
    /// and a headline in the trail are not sections.
    #[test]
    fn issue_9_breadcrumbs_kickers_and_printed_roles() {
        let page = |html: &str| crate::parse::parse(html);
        let d = page(
            "<body><nav class=menu><a>Opinión</a><a>Deportes</a></nav><nav class=breadcrumb><a>Portada</a> › \
             <a>Opinión</a> › <a>Editorial</a> › <span>La sequía exige algo más que rogativas hoy</span></nav>\
             <article><h1>La sequía exige algo más</h1></article></body>",
        );
        let labels = page_labels(&d);
        assert!(labels.contains(&"Opinión".to_string()) && labels.contains(&"Editorial".to_string()), "{labels:?}");
        assert!(!labels.iter().any(|l| l.contains("sequía")), "a headline is not a section: {labels:?}");
        assert!(!labels.contains(&"Deportes".to_string()), "the site's menu is not read: {labels:?}");
        let k = page(
            "<body><article><header><span class=kicker>Krönika</span><h1>Låt kontanterna leva</h1></header></article></body>",
        );
        assert_eq!(page_labels(&k), ["Krönika"]);
        let menu_only = page(
            "<body><nav><a>Opinion</a><a>World</a></nav><main><p>x</p><h1>Harbour reopens after a month</h1></main></body>",
        );
        assert!(!page_labels(&menu_only).iter().any(|l| is_opinion_section(l)), "{:?}", page_labels(&menu_only));
        let role = page("<body><h1>T</h1><span class=byline>文／林晓岚 <span class=role>专栏作家</span></span></body>");
        assert!(printed_role(&role));
        let reporter = page("<body><h1>T</h1><span class=byline>By Kim Park, staff reporter</span></body>");
        assert!(!printed_role(&reporter));
    }
}
