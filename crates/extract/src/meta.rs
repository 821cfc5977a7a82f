//! Collecting metadata from everything a page offers: JSON-LD (with `@graph`, arrays, nested
//! authors, several articles), OpenGraph, Twitter cards, `<meta name=…>`, Dublin Core, microdata
//! (`itemprop`), `<time datetime>`, `rel=author`/`rel=canonical` links, `<html lang>`, `<title>` and
//! the page's `<h1>`s. Reconciling them is the private `reconcile` module's job; this module only gathers.

use serde_json::Value;

use crate::dom::{Dom, NodeId, Tag};

/// One article described in JSON-LD.
#[derive(Debug, Default, Clone)]
pub struct LdArticle {
    /// `@type` values.
    pub types: Vec<String>,
    /// `headline`.
    pub headline: Option<String>,
    /// `name` (some sites put the headline there).
    pub name: Option<String>,
    /// Authors: `(name, is_organisation)`.
    pub authors: Vec<(String, bool)>,
    /// `datePublished` (or `dateCreated`, `uploadDate`).
    pub published: Option<String>,
    /// `published` is the `dateCreated` of a node without `datePublished`: when the piece was
    /// begun (a draft), which a date the page prints overrides.
    pub published_is_created: bool,
    /// `dateModified`.
    pub modified: Option<String>,
    /// `publisher.name`.
    pub publisher: Option<String>,
    /// `image` (first URL).
    pub image: Option<String>,
    /// `articleSection` (first).
    pub section: Option<String>,
    /// `inLanguage`.
    pub lang: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `articleBody`: the whole text, which some pages render only here (behind a paywall's
    /// teaser, or with the body built by a script).
    pub body: Option<String>,
    /// `url` or `mainEntityOfPage`.
    pub url: Option<String>,
    /// Authors given only as a reference (`"author": {"@id": "…#/schema/person/…"}`, as Yoast
    /// writes them): resolved to names from the document's `Person` and `Organization` nodes
    /// once the whole document is read, then left empty.
    pub author_ids: Vec<String>,
}

impl LdArticle {
    /// Whether a `@type` names an opinion piece. A blog post is not one by its type: most are
    /// guides, notes or announcements.
    pub fn is_opinion(&self) -> bool {
        self.types.iter().any(|t| t == "OpinionNewsArticle")
    }

    /// Whether a `@type` names reporting.
    pub fn is_news(&self) -> bool {
        self.types.iter().any(|t| {
            matches!(
                t.as_str(),
                "NewsArticle"
                    | "ReportageNewsArticle"
                    | "AnalysisNewsArticle"
                    | "BackgroundNewsArticle"
                    | "AskPublicNewsArticle"
                    | "LiveBlogPosting"
            )
        })
    }

    /// Whether a `@type` names paid content (`AdvertiserContentArticle`, a brand studio's piece).
    pub fn is_sponsored(&self) -> bool {
        self.types.iter().any(|t| t == "AdvertiserContentArticle")
    }

    /// Whether a `@type` names a review, a paper or a technical text: neither opinion nor news.
    pub fn is_other(&self) -> bool {
        self.types.iter().any(|t| {
            matches!(t.as_str(), "Review" | "CriticReview" | "ReviewNewsArticle" | "ScholarlyArticle" | "TechArticle")
        })
    }
}

/// Everything gathered from a page.
#[derive(Debug, Default)]
pub struct Meta {
    /// `<meta>` values keyed by normalised `property`/`name`/`itemprop`/`http-equiv` (see
    /// [`normalise_key`]), in page order, with whether the key came from `property`.
    pub metas: Vec<(String, String, bool)>,
    /// Articles found in JSON-LD, page order.
    pub ld: Vec<LdArticle>,
    /// A WebSite / Organization name from JSON-LD.
    pub ld_site_name: Option<String>,
    /// People credited as the author of the page's `WebPage` node when the JSON-LD describes no
    /// article (older Yoast graphs): `(name, is_organisation)`.
    pub ld_page_authors: Vec<(String, bool)>,
    /// The `datePublished` of the page's `WebPage` node when the JSON-LD describes no article
    /// (Yoast graphs of posts typed only as pages).
    pub ld_page_published: Option<String>,
    /// A JSON-LD node of the page is a `Recipe` (a food blog's recipe card, beside its
    /// `BlogPosting`).
    pub ld_recipe: bool,
    /// `<link rel=canonical>`.
    pub canonical: Option<String>,
    /// `<base href>`.
    pub base_href: Option<String>,
    /// `<link rel=image_src>`.
    pub image_src: Option<String>,
    /// `<title>`.
    pub title_tag: Option<String>,
    /// `<html lang>` (or `xml:lang`).
    pub html_lang: Option<String>,
    /// Text of `<h1>` elements in the body (first few).
    pub h1s: Vec<String>,
    /// Text of `<h1>` elements that hold a link to a home page (`/`, `https://host/`): a site's
    /// name in its header, not a headline (first few).
    pub home_h1s: Vec<String>,
    /// Text of `<h1>` and `<h2>` elements (first few).
    pub headings: Vec<String>,
    /// Text of `<h3>` elements (first few): an old blog's post title under the blog's `<h1>`.
    pub h3s: Vec<String>,
    /// `<time>` elements: (datetime or text, looks like the publication date).
    pub times: Vec<(String, bool)>,
    /// Microdata values by itemprop outside `<meta>`: (prop, value).
    pub itemprops: Vec<(String, String)>,
    /// Text of `rel=author` links and `itemprop=author` elements; links in one element (a byline
    /// of several linked names) are joined with ", ".
    pub author_links: Vec<String>,
    /// Texts of links that credit the page's editor: after an editor's label ("Editor: <a>Dewi
    /// Lestari</a>") or to an editor's page (`/editor/dewi-lestari`), up to four.
    pub editor_links: Vec<String>,
    /// The writer an "About the author" box names when the metadata's writers appear nowhere on
    /// the page: stale metadata, or the account that posted the page.
    pub boxed_writer: Option<String>,
    /// Short texts of elements whose class or id names an author or byline ("post-meta-author",
    /// "dates_auteurs", "signature"), outside lists, asides, navigation and comments (first few).
    pub bylines: Vec<String>,
    /// People described in JSON-LD (articles' authors and `Person` nodes), for their photos.
    pub ld_people: Vec<crate::author_images::LdPerson>,
    /// Short texts printing a date in the article's header or byline (elements classed as dates,
    /// bylines or meta lines after the first `<h1>`, outside lists, asides, footers and comments):
    /// (text, after the first `<h1>`).
    pub visible_dates: Vec<(String, bool)>,
    /// The first short text printing a date among the first lines after the first `<h1>` (the
    /// dateline under a headline, in whatever element: "Hamburg, 2. November 2021", "Dec 17,
    /// 2025"), looked for only when the metadata gives no date.
    pub dateline: Option<String>,
    /// The first short line after the headline that labels a date as the publication's
    /// ("Veröffentlicht am 16.08.2019", "Published on March 3, 2022", "Publié le 3 mai 2022"),
    /// outside furniture, looked for only when the metadata gives no date.
    pub published_line: Option<String>,
    /// The byline printed by the headline, just under it ("By: Paul Fenaroli") or in the header
    /// above it (a column's "Ein Kommentar von …"): a printed name that differs from the
    /// metadata's is the writer's, the metadata's the account that posted the page.
    pub printed_byline: Option<String>,
}

impl Meta {
    /// First `<meta>` value for any of `keys` (in the order of `keys`), non-empty; for each key a
    /// value given by `property=` (RDFa, as OpenGraph and Dublin Core specify) beats one by `name=`.
    pub fn get(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            let mut found = self.metas.iter().filter(|(mk, v, _)| mk == k && !v.trim().is_empty());
            let first = found.clone().next()?;
            let best = found.find(|(_, _, prop)| *prop).unwrap_or(first);
            Some(best.1.trim())
        })
    }

    /// Every non-empty `<meta>` value for `key`, page order.
    pub fn all(&self, key: &str) -> impl Iterator<Item = &str> {
        self.metas.iter().filter(move |(mk, v, _)| mk == key && !v.trim().is_empty()).map(|(_, v, _)| v.trim())
    }

    /// First microdata value for `prop`.
    pub fn itemprop(&self, prop: &str) -> Option<&str> {
        self.itemprops.iter().find(|(p, v)| p == prop && !v.trim().is_empty()).map(|(_, v)| v.trim())
    }
}

/// Whether an element holds a link to a home page: `href` is `/`, or an absolute or
/// protocol-relative URL whose path is `/` or empty, without a query.
fn links_home(dom: &Dom, id: NodeId) -> bool {
    dom.descendants(id).filter(|&n| dom.is(n, Tag::A)).take(4).any(|a| {
        let Some(href) = dom.attr(a, "href").map(str::trim) else { return false };
        let rest = href
            .strip_prefix("https://")
            .or_else(|| href.strip_prefix("http://"))
            .or_else(|| href.strip_prefix("//"))
            .map(|r| match r.split_once('/') {
                Some((_, path)) => path,
                // No path: a query or fragment straight after the host is not the home page.
                None if r.contains(['?', '#']) => "?",
                None => "",
            });
        match rest {
            Some(path) => path.is_empty() || path == "index.html" || path == "index.php",
            None => matches!(href, "/" | "/index.html" | "/index.php"),
        }
    })
}

/// Gathers the metadata of a parsed page.
pub fn collect(dom: &Dom) -> Meta {
    let mut m = Meta::default();
    if let Some(l) = dom.attr(dom.html, "lang").or_else(|| dom.attr(dom.html, "xml:lang")) {
        m.html_lang = Some(l.trim().to_string());
    }
    let mut it = dom.descendants(NodeId::DOCUMENT);
    let mut last_link_parent: Option<NodeId> = None;
    let mut headlines: Vec<NodeId> = Vec::new();
    let mut time_nodes: Vec<NodeId> = Vec::new();
    // The first heading that labels an author box ("About the author").
    let mut author_box: Option<NodeId> = None;
    while let Some(id) = it.next() {
        let Some(tag) = dom.tag(id) else { continue };
        match tag {
            Tag::Meta => {
                let Some(content) = dom.attr(id, "content").or_else(|| dom.attr(id, "value")) else { continue };
                for key_attr in ["property", "name", "itemprop", "http-equiv"] {
                    if let Some(keys) = dom.attr(id, key_attr) {
                        for key in keys.split_whitespace() {
                            m.metas.push((normalise_key(key), content.to_string(), key_attr == "property"));
                        }
                    }
                }
            }
            Tag::Link => {
                let rel = dom.attr(id, "rel").unwrap_or("").to_ascii_lowercase();
                let href = dom.attr(id, "href").map(str::trim).filter(|h| !h.is_empty());
                if let Some(href) = href {
                    for r in rel.split_whitespace() {
                        match r {
                            "canonical" if m.canonical.is_none() => m.canonical = Some(href.to_string()),
                            "image_src" if m.image_src.is_none() => m.image_src = Some(href.to_string()),
                            _ => {}
                        }
                    }
                }
                if let Some(prop) = dom.attr(id, "itemprop")
                    && let Some(href) = href
                {
                    m.itemprops.push((prop.to_string(), href.to_string()));
                }
            }
            Tag::Base if m.base_href.is_none() => {
                m.base_href = dom.attr(id, "href").map(|h| h.trim().to_string());
            }
            Tag::Script => {
                let is_ld = dom.attr(id, "type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"));
                if is_ld {
                    let text = dom.text_content(id);
                    parse_json_ld(&text, &mut m);
                }
                it.skip_children_of(id);
            }
            Tag::Title => {
                if m.title_tag.is_none() && !dom.has_ancestor(id, Tag::Svg, 0) {
                    m.title_tag = Some(dom.inner_text(id));
                }
                it.skip_children_of(id);
            }
            Tag::H1 | Tag::H2 if m.headings.len() < 32 => {
                let t = dom.inner_text(id);
                if !t.is_empty() {
                    if tag == Tag::H1 && m.h1s.len() < 8 {
                        m.h1s.push(t.clone());
                        if links_home(dom, id) {
                            m.home_h1s.push(t.clone());
                        } else {
                            headlines.push(id);
                        }
                    }
                    if tag == Tag::H2 && author_box.is_none() && t.len() <= 40 && is_author_label(&t) {
                        author_box = Some(id);
                    }
                    m.headings.push(t);
                }
            }
            Tag::H3 if m.h3s.len() < 8 => {
                let t = dom.inner_text(id);
                if !t.is_empty() {
                    if author_box.is_none() && t.len() <= 40 && is_author_label(&t) {
                        author_box = Some(id);
                    }
                    m.h3s.push(t);
                }
            }
            Tag::H4 if author_box.is_none() && dom.short_inner_text(id, 40).is_some_and(|t| is_author_label(&t)) => {
                author_box = Some(id);
            }
            Tag::Time => {
                let dt = dom.attr(id, "datetime").map(str::to_string).unwrap_or_else(|| dom.inner_text(id));
                if !dt.trim().is_empty() && m.times.len() < 32 {
                    let class = dom.attr(id, "class").unwrap_or("").to_ascii_lowercase();
                    let itemprop = dom.attr(id, "itemprop").unwrap_or("");
                    let is_pub = dom.attr(id, "pubdate").is_some()
                        || itemprop == "datePublished"
                        || class.contains("publish")
                        || class.contains("pubdate")
                        || class.contains("posted")
                        || class.contains("entry-date");
                    m.times.push((dt.trim().to_string(), is_pub));
                    time_nodes.push(id);
                }
            }
            _ => {}
        }
        if tag != Tag::Meta
            && tag != Tag::Link
            && let Some(prop) = dom.attr(id, "itemprop")
        {
            collect_itemprop(dom, id, tag, prop, &mut m);
        }
        // RDFa on an element other than `<meta>` (Drupal's `<span property="dc:date dc:created"
        // content="2019-02-08T00:00:00+01:00">8 février 2019</span>`): a printed date with its
        // machine-readable value, kept as a `<time>` (and left out in furniture as one).
        if tag != Tag::Meta
            && tag != Tag::Time
            && m.times.len() < 32
            && let Some(content) = dom.attr(id, "content").map(str::trim).filter(|c| !c.is_empty())
            && let Some(keys) = dom.attr(id, "property")
            && keys.split_whitespace().any(is_rdfa_published)
        {
            m.times.push((content.to_string(), true));
            time_nodes.push(id);
        }
        let role = if tag == Tag::A { dom.attr(id, "href").and_then(href_role) } else { None };
        if tag == Tag::A && m.editor_links.len() < 4 && (role == Some(HrefRole::Editor) || after_editor_label(dom, id))
        {
            let t = dom.inner_text(id);
            if !t.is_empty() && t.len() < 120 {
                m.editor_links.push(t);
            }
        }
        if tag == Tag::A
            && (dom.attr(id, "rel").is_some_and(|r| r.split_whitespace().any(|t| t == "author"))
                || role == Some(HrefRole::Author))
            // (An author's page, linked after an editor's label, is the editor's: "| Editor
            // <a href=/author/sari-dewi>".)
            && !after_editor_label(dom, id)
        {
            let t = dom.inner_text(id);
            if !t.is_empty() && m.author_links.len() < 8 {
                // "<a>Ana</a>, <a>Rocío</a> y <a>José</a>": links under one parent are one byline.
                let parent = dom.parent(id);
                if last_link_parent == Some(parent)
                    && let Some(last) = m.author_links.last_mut()
                    && !last.split(", ").any(|n| n == t)
                {
                    last.push_str(", ");
                    last.push_str(&t);
                } else {
                    m.author_links.push(t);
                }
                last_link_parent = Some(parent);
            }
        }
    }
    // Printed bylines and dates are looked for only when the metadata leaves them open: a second
    // walk, so pages that declare both pay nothing.
    // The elements that hold a headline are the article, whatever their class says
    // ("sticky-sidebar-parent", "pageLayout--related"): never furniture.
    let mut holders: Vec<NodeId> = headlines.iter().flat_map(|&h| dom.ancestors(h)).collect();
    holders.sort_unstable();
    holders.dedup();
    // `<time>`s in related lists, teasers, asides and comments date other articles.
    if !time_nodes.is_empty() {
        let mut kept = time_nodes.iter().map(|&t| !dom.ancestors(t).take(6).any(|a| in_other_block(dom, &holders, a)));
        m.times.retain(|_| kept.next().unwrap_or(true));
    }
    let (want_byline, want_date) = header_lines_wanted(&m);
    if !want_byline && let Some(heading) = author_box {
        m.boxed_writer = boxed_writer(dom, &m, heading);
    }
    if let Some(&h1) = headlines.first() {
        m.printed_byline = printed_byline(dom, &holders, &headlines, h1);
    }
    if want_byline || want_date {
        let cx = Header { holders: &holders, headlines: &headlines, want_byline, want_date };
        let mut seen_h1 = false;
        let mut seen_title = false;
        // The dateline is looked for in the first text nodes after the headline, until the body
        // (a long text) begins.
        let mut dateline_lines = if want_date { DATELINE_LINES } else { 0 };
        let mut byline_lines = if want_byline { DATELINE_LINES } else { 0 };
        // The last date line printed before the headline, with the short texts seen since: a
        // date over the headline ("Kultur, 2.11.22" as a kicker) is the page's own.
        let mut kicker: Option<(usize, NodeId, usize)> = None;
        let mut plain_kicker: Option<(NodeId, usize)> = None;
        // A heading that labels an author box ("Article by"), with the texts left to find the
        // name in.
        let mut label: Option<(NodeId, usize)> = None;
        let mut it = dom.descendants(NodeId::DOCUMENT);
        while let Some(id) = it.next() {
            let Some(tag) = dom.tag(id) else {
                // A text node, trimmed once for every test below; one of only white space (most
                // of them, between tags) is none of these things.
                let raw = dom.text(id).unwrap_or("");
                if crate::dom::is_ascii_blank(raw.as_bytes()) {
                    continue;
                }
                let t = raw.trim();
                if t.is_empty() {
                    continue;
                }
                if !seen_h1
                    && let Some((_, line, since)) = &mut kicker
                    && !dom.ancestors(id).take(6).any(|a| a == *line)
                {
                    *since += if t.len() > 120 { KICKER_TEXTS + 1 } else { 1 };
                }
                // The same for a date over the headline in an element nothing marks ("Dec 12,
                // 2025" beside a calendar icon).
                if want_date && !seen_h1 {
                    let chars = if t.len() > 400 { usize::MAX } else { t.chars().count() };
                    if (6..=100).contains(&chars) && digits(t) >= 4 && colonnade_text::parse_date(t).is_some() {
                        plain_kicker = Some((id, 0));
                    } else if let Some((_, since)) = &mut plain_kicker {
                        *since += if t.len() > 120 { KICKER_TEXTS + 1 } else { 1 };
                    }
                }
                if let Some((heading, left)) = label
                    && !dom.ancestors(id).take(4).any(|a| a == heading)
                {
                    label = (left > 1).then_some((heading, left - 1));
                    let chars = t.chars().count();
                    if (3..=80).contains(&chars)
                        && t.split_whitespace().count() >= 2
                        && !in_furniture(dom, cx, dom.parent(id))
                    {
                        push_byline(&mut m, crate::dom::collapse(t));
                        label = None;
                    }
                }
                if want_byline && (seen_h1 || headlines.is_empty()) && m.bylines.len() < 8 {
                    author_label_line(dom, cx, id, t, &mut m);
                }
                if want_date && m.published_line.is_none() && (seen_h1 || headlines.is_empty()) {
                    published_line(dom, cx, id, t, &mut m);
                }
                // A page without an `<h1>` (an old table layout) prints its headline in some other
                // element: the text that opens the `<title>` stands for it.
                if (want_date || want_byline)
                    && !seen_title
                    && headlines.is_empty()
                    && m.dateline.is_none()
                    && opens_title(m.title_tag.as_deref(), t)
                {
                    seen_title = true;
                    continue;
                }
                if (seen_h1 || seen_title) && dateline_lines > 0 {
                    dateline(dom, cx, id, &mut dateline_lines, &mut m);
                }
                if (seen_h1 || seen_title) && byline_lines > 0 {
                    byline_line(dom, cx, id, &mut byline_lines, &mut m);
                }
                continue;
            };
            match tag {
                Tag::H1 => {
                    if !seen_h1
                        && let Some((i, line, since)) = kicker
                        && since <= KICKER_TEXTS
                        && headlines.contains(&id)
                        && share_a_header(dom, line, id)
                        && let Some(d) = m.visible_dates.get_mut(i)
                    {
                        d.1 = true;
                    }
                    if !seen_h1
                        && let Some((text, since)) = plain_kicker
                        && since <= KICKER_TEXTS
                        && headlines.contains(&id)
                        && share_a_header(dom, text, id)
                        && !in_furniture(dom, cx, dom.parent(text))
                    {
                        m.dateline = dom.text(text).map(crate::dom::collapse);
                    }
                    // "04.02.2022 | 13:10 Uhr | Uta Helkenberg" just over the headline.
                    if want_byline
                        && !seen_h1
                        && headlines.contains(&id)
                        && let Some(line) = dom.prev_element(id).and_then(|p| dom.short_inner_text(p, 120))
                        && let Some(name) = after_date(&line)
                    {
                        push_byline(&mut m, name.to_string());
                    }
                    seen_h1 = true;
                }
                Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6
                    if want_byline
                        && (seen_h1 || headlines.is_empty())
                        && dom.short_inner_text(id, 40).is_some_and(|t| is_author_label(&t)) =>
                {
                    label = Some((id, 4));
                }
                t if never_read(t) => {
                    it.skip_children_of(id);
                    continue;
                }
                _ => {}
            }
            let dates_before = m.visible_dates.len();
            header_line(dom, cx, id, tag, seen_h1, &mut m);
            if !seen_h1 && m.visible_dates.len() > dates_before {
                kicker = Some((dates_before, id, 0));
            }
            if (!want_byline || m.bylines.len() >= 8) && (!want_date || m.visible_dates.len() >= 8) {
                break;
            }
        }
    }
    m
}

/// Whether a text is the headline the `<title>` opens with ("话剧《约定无期限》河北各市巡演结束" of
/// "话剧《约定无期限》河北各市巡演结束_新华网河北频道"): at least six characters, the whole
/// title or followed by a separator.
fn opens_title(title: Option<&str>, text: &str) -> bool {
    let Some(rest) = title.map(str::trim).and_then(|t| t.strip_prefix(text)) else { return false };
    text.chars().nth(5).is_some() && rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// RDFa properties that give a publication date: `dc:date`, `dc:created`, `dcterms:issued`,
/// `schema:datePublished` (not modification dates).
fn is_rdfa_published(key: &str) -> bool {
    let k = key.rsplit([':', '.']).next().unwrap_or(key);
    ["date", "created", "issued", "datePublished", "dateCreated"].iter().any(|p| k.eq_ignore_ascii_case(p))
}

/// Short texts that may stand between a date over the headline and the headline (a kicker, a
/// print button's label).
const KICKER_TEXTS: usize = 3;

/// Whether a line printed before the headline sits in the headline's own header: the two share
/// an ancestor at most three levels above each that is not the page's body or main part.
fn share_a_header(dom: &Dom, line: NodeId, h1: NodeId) -> bool {
    let near = |n: NodeId| {
        dom.ancestors(n).take(3).take_while(|&a| !matches!(dom.tag(a), Some(Tag::Body | Tag::Html | Tag::Main)))
    };
    near(h1).any(|a| near(line).any(|b| a == b))
}

/// Decimal digits in a text, of any script: "१३ मार्च २०२६" and "٥ مايو ٢٠٢٤" are dates as much
/// as "13.03.2026".
fn digits(text: &str) -> usize {
    if text.is_ascii() {
        text.bytes().filter(u8::is_ascii_digit).count()
    } else {
        text.chars().filter(|&c| colonnade_text::is_any_digit(c)).count()
    }
}

/// Text nodes after the first `<h1>` searched for a dateline.
const DATELINE_LINES: usize = 12;

/// Looks at one text node after the headline for the dateline ([`Meta::dateline`]): a short text
/// with a date, outside lists, asides and footers. A long text is the body: the search stops.
fn dateline(dom: &Dom, cx: Header<'_>, id: NodeId, lines_left: &mut usize, m: &mut Meta) {
    let Some(text) = dom.text(id).map(str::trim).filter(|t| !t.is_empty()) else { return };
    *lines_left -= 1;
    if text.len() > 200 {
        *lines_left = 0;
        return;
    }
    let chars = text.chars().count();
    if (6..=100).contains(&chars)
        && digits(text) >= 4
        && !in_furniture(dom, cx, dom.parent(id))
        && colonnade_text::parse_date(text).is_some()
    {
        // A piece of a paragraph that goes on after it, with words before its date ("Der nächste
        // Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im <a>…</a> statt") is a sentence
        // of the body about another day: the body has begun. A dateline opens its paragraph
        // ("April 17, 2015 -- Imagine …").
        let parent = dom.parent(id);
        let words_before = text.split(|c: char| c.is_ascii_digit()).next().unwrap_or("").split_whitespace().count();
        if words_before > 3 && dom.is(parent, Tag::P) && dom.next_sibling(id).is_some() {
            *lines_left = 0;
            return;
        }
        m.dateline = Some(crate::dom::collapse(text));
        *lines_left = 0;
    }
}

/// Labels with a colon that say who wrote the text ("Autorin: Uta Staschewski, Projektleiterin",
/// "Auteur : Kossivi Tiassou"): read wherever they stand after the headline (often under the
/// body, outside the text), as they cannot be a sentence's start.
const AUTHOR_LABELS: &[&str] = &[
    "author:",
    "authors:",
    "autor:",
    "autorin:",
    "autoren:",
    "autora:",
    "autore:",
    "auteur :",
    "auteur:",
    "auteurs :",
    "auteurs:",
    "yazar:",
    "автор:",
    "Автор:",
];

/// Looks at one text node for a line opened by an author label ([`AUTHOR_LABELS`]); a label
/// alone in its node takes its element's text.
fn author_label_line(dom: &Dom, cx: Header<'_>, id: NodeId, text: &str, m: &mut Meta) {
    if text.is_empty() || text.len() > 240 {
        return;
    }
    let Some(label) =
        AUTHOR_LABELS.iter().find(|l| text.get(..l.len()).is_some_and(|head| head.eq_ignore_ascii_case(l)))
    else {
        return;
    };
    let line = if text.len() <= label.len() + 1 {
        match dom.short_inner_text(dom.parent(id), 160) {
            Some(l) => l,
            None => return,
        }
    } else {
        crate::dom::collapse(text)
    };
    if line.chars().count() <= 160 && (!in_furniture(dom, cx, dom.parent(id)) || in_headline_list(dom, cx, id)) {
        push_byline(m, line);
    }
}

/// Whether a text sits in a list beside the headline in its own header (`<header><h1>…</h1><ul
/// class="details"><li>Author: …</li></ul></header>`): the article's meta list, not a list of
/// other articles.
fn in_headline_list(dom: &Dom, cx: Header<'_>, id: NodeId) -> bool {
    let Some(list) = dom.ancestors(id).take(6).find(|&a| matches!(dom.tag(a), Some(Tag::Ul | Tag::Ol))) else {
        return false;
    };
    let parent = dom.parent(list);
    !matches!(dom.tag(parent), Some(Tag::Body | Tag::Html | Tag::Main))
        && cx.headlines.iter().any(|&h| dom.parent(h) == parent)
        && !in_other_articles(dom, cx.holders, list)
}

/// Labels that say a date is the publication's ("Veröffentlicht am 16.08.2019").
const PUBLISHED_LABELS: &[&str] = &[
    "published on",
    "published:",
    "published",
    "first published",
    "posted on",
    "posted:",
    "veröffentlicht am",
    "veröffentlicht:",
    "veröffentlicht",
    "erschienen am",
    "publié le",
    "publié :",
    "publié",
    "publicado el",
    "publicado em",
    "publicado:",
    "publicado",
    "pubblicato il",
    "pubblicato:",
    "pubblicato",
    "gepubliceerd op",
    "gepubliceerd:",
    "opublikowano",
    "publicerad",
    "publiceret",
    "publisert",
    "julkaistu",
    "yayınlanma tarihi",
    "yayın tarihi",
    "опубликовано",
    "дата публикации",
    "mise en ligne",
    "date de publication",
    "publication date",
    "date published",
    "fecha de publicación",
    "data di pubblicazione",
    "data de publicação",
    "data publikacji",
    "erscheinungsdatum",
    "veröffentlichungsdatum",
    "प्रकाशित",
    "प्रकाशित तिथि",
];

/// Looks at one text node for a line that labels the publication date ([`PUBLISHED_LABELS`]);
/// a label alone in its node ("Veröffentlicht am <time>…</time>") takes its element's text.
fn published_line(dom: &Dom, cx: Header<'_>, id: NodeId, text: &str, m: &mut Meta) {
    if text.is_empty() || text.len() > 200 {
        return;
    }
    // The first letters of the labels (Cyrillic ones start with byte 0xD0, Devanagari with
    // 0xE0): most texts stop here, without lowercasing.
    if !matches!(
        text.as_bytes()[0].to_ascii_lowercase(),
        b'd' | b'e' | b'f' | b'g' | b'j' | b'm' | b'o' | b'p' | b'v' | b'y' | 0xD0 | 0xE0
    ) {
        return;
    }
    let head: String = text.chars().take(24).flat_map(char::to_lowercase).collect();
    let Some(label) = PUBLISHED_LABELS
        .iter()
        .find(|l| head.strip_prefix(**l).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':', '\u{a0}'])))
    else {
        return;
    };
    // A label alone in its node takes its element's text, or its parent's when the date is a
    // sibling ("<p>Mise en ligne</p><p>23 mai 2019</p>").
    let lines: Vec<String> = if text.chars().count() <= label.chars().count() + 2 {
        dom.ancestors(id).take(2).map_while(|a| dom.short_inner_text(a, 100)).collect()
    } else {
        vec![crate::dom::collapse(text)]
    };
    // The label says whose date it is: a list of credits around it is the article's.
    let Some(line) = lines.into_iter().find(|l| digits(l) >= 4) else { return };
    if line.chars().count() <= 100
        && !in_other_articles(dom, cx.holders, dom.parent(id))
        && colonnade_text::parse_date(&line).is_some()
    {
        m.published_line = Some(line);
    }
}

/// Words that open a printed byline ("By Jane Doe", "by: Ziyi Xu, Dec 17", "Von Max Muster").
const BYLINE_OPENERS: &[&str] = &[
    "by",
    "written by",
    "words by",
    "reviewed by",
    "a column by",
    "a cura di",
    "ein kommentar von",
    "eine kolumne von",
    "oleh",
    "penulis",
    "रिपोर्ट",
    "लेखक",
    "بقلم",
    "كتب:",
    "文／",
    "文/",
    "von",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    "przez",
    "autor",
    "autora",
    "autorin",
    "auteur",
    "autore",
    "text",
    "texto",
    "testo",
    "texte",
    "tekst",
    "yazan",
    "автор",
    "текст",
    "κείμενο",
    "reporter",
];

/// Looks at one text node after the headline for a byline printed without a byline class: a
/// short element whose text opens with a byline word ([`BYLINE_OPENERS`]) and goes on with
/// more (a text node alone, as in "By <!-- -->Jane Doe", takes its element's whole text). A
/// long text is the body: the search stops.
fn byline_line(dom: &Dom, cx: Header<'_>, id: NodeId, lines_left: &mut usize, m: &mut Meta) {
    let Some(text) = dom.text(id).map(str::trim).filter(|t| !t.is_empty()) else { return };
    *lines_left -= 1;
    // (Characters, not bytes: a deck in Devanagari or Thai takes three bytes a letter.)
    if text.len() > 200 && text.chars().count() > 200 {
        *lines_left = 0;
        return;
    }
    let opens = |t: &str| {
        let lower = t.to_lowercase();
        BYLINE_OPENERS.iter().any(|w| {
            lower.strip_prefix(w).is_some_and(|rest| {
                rest.is_empty() || rest.starts_with([' ', ':', '\u{a0}']) || w.ends_with(['／', '/', ':'])
            })
        })
    };
    // "2025-12-17 · Trond Teigen": a meta line that prints the date, then the writer; or the
    // writer in one of its parts ("Publicada em 13/02/2026 - 17h40 - Por Paulo Henrique Siqueira").
    if digits(text) >= 4 && !in_furniture(dom, cx, dom.parent(id)) {
        let lines = dom.ancestors(id).take(2).map_while(|a| dom.short_inner_text(a, 120));
        if let Some(name) = lines.filter_map(|l| after_date(&l).map(str::to_string)).next() {
            push_byline(m, name);
            *lines_left = 0;
            return;
        }
        // Split at spaced separators only: "Por Ana Ruiz-López" keeps its hyphen.
        let parts = [" - ", " | ", " · ", " – "].iter().fold(text.to_string(), |t, sep| t.replace(sep, "\u{1f}"));
        if text.chars().count() <= 120
            && let Some(part) =
                parts.split('\u{1f}').skip(1).map(str::trim).find(|p| p.split_whitespace().count() >= 3 && opens(p))
        {
            push_byline(m, part.to_string());
            *lines_left = 0;
            return;
        }
    }
    // A Korean name and role, no byline word: "정민호 영화평론가" (film critic), "김도윤 기자".
    if let Some(signed) = crate::authors::korean_sign_off(text)
        && (!in_furniture(dom, cx, dom.parent(id)) || in_headline_list(dom, cx, id))
    {
        push_byline(m, signed.to_string());
        *lines_left = 0;
        return;
    }
    // A list beside the headline is its meta line ("<ul class=info><li>रिपोर्ट: …</li><li><time>").
    if text.chars().count() > 120
        || !opens(text)
        || (in_furniture(dom, cx, dom.parent(id)) && !in_headline_list(dom, cx, id))
    {
        return;
    }
    // "By" alone in its own element ("<span class=author-split>By</span> <span class=author>…"):
    // the byline is the element around it.
    // (Two words, or two characters of a script written without spaces: "文／陳思妤".)
    let enough = |w: &str| {
        w.split_whitespace().count() >= 2 || w.chars().filter(|&c| colonnade_text::is_unspaced_char(c)).count() >= 3
    };
    let mut parent = dom.parent(id);
    let mut whole = crate::dom::collapse(&dom.inner_text(parent));
    for _ in 0..2 {
        if enough(&whole) || !dom.parent(parent).is_some() {
            break;
        }
        parent = dom.parent(parent);
        let Some(around) = dom.short_inner_text(parent, 240) else { break };
        whole = crate::dom::collapse(&around);
    }
    let count = whole.chars().count();
    if enough(&whole) && count <= 120 && opens(&whole) && m.bylines.len() < 8 {
        if !m.bylines.contains(&whole) {
            m.bylines.push(whole);
        }
        *lines_left = 0;
    }
}

/// Elements whose text is never a printed header line (both walks over the page skip them).
fn never_read(tag: Tag) -> bool {
    matches!(tag, Tag::Script | Tag::Style | Tag::Head | Tag::Svg | Tag::Template | Tag::Noscript)
}

/// The byline printed among the first lines after the headline `h1`, opened by a byline word
/// ("By: Paul Fenaroli"), outside furniture ([`byline_line`]).
fn printed_byline(dom: &Dom, holders: &[NodeId], headlines: &[NodeId], h1: NodeId) -> Option<String> {
    let cx = Header { holders, headlines, want_byline: true, want_date: false };
    let mut probe = Meta::default();
    let mut lines_left = DATELINE_LINES;
    let mut it = dom.descendants(NodeId::DOCUMENT);
    let mut seen_h1 = false;
    while let Some(id) = it.next() {
        match dom.tag(id) {
            Some(t) if never_read(t) => {
                it.skip_children_of(id);
            }
            Some(_) if id == h1 => {
                seen_h1 = true;
                it.skip_children_of(id);
            }
            None if seen_h1 => {
                byline_line(dom, cx, id, &mut lines_left, &mut probe);
                if lines_left == 0 || !probe.bylines.is_empty() {
                    break;
                }
            }
            _ => {}
        }
    }
    // The last texts before the headline, in the header around it: a column's header names its
    // writer above it ("Ein Kommentar von Prof. Dr. Ulrike Brandstätter", "بقلم: …", "文／陳思妤").
    let scope = dom
        .ancestors(h1)
        .take(3)
        .take_while(|&a| !matches!(dom.tag(a), Some(Tag::Body | Tag::Html | Tag::Main)))
        .last();
    if probe.bylines.is_empty()
        && let Some(scope) = scope
    {
        let mut before: std::collections::VecDeque<NodeId> = std::collections::VecDeque::with_capacity(BEFORE_H1_TEXTS);
        let mut it = dom.descendants(scope);
        while let Some(id) = it.next() {
            if id == h1 {
                break;
            }
            match dom.tag(id) {
                Some(t) if never_read(t) => it.skip_children_of(id),
                None if dom.text(id).is_some_and(|t| !t.trim().is_empty()) => {
                    if before.len() == BEFORE_H1_TEXTS {
                        before.pop_front();
                    }
                    before.push_back(id);
                }
                _ => {}
            }
        }
        for &id in before.iter().rev().filter(|&&id| share_a_header(dom, id, h1)) {
            let mut left = BEFORE_H1_TEXTS;
            byline_line(dom, cx, id, &mut left, &mut probe);
            if !probe.bylines.is_empty() {
                break;
            }
        }
    }
    probe.bylines.into_iter().next()
}

/// Texts before the headline read for a column's printed byline ([`printed_byline`]).
const BEFORE_H1_TEXTS: usize = 6;

/// The writer in a meta line that gives a date and ends, after a separator, with a name:
/// "Uta Helkenberg" of "04.02.2022 | 13:10 Uhr | Uta Helkenberg". The last part must be two to
/// four capitalised words (sections and tags after a date are single words or lists: "Naturschutz,
/// BUND"); a name written before the date ("Berlin, 3. Mai") is a place more often than a person.
///
/// A letter's writer signs with their town ("Jaroslav Kubíček, Jihlava": one word after the
/// comma), and a Thai reporter with the word for "reports" ("ณัฐพล ศรีสุข รายงาน"): the name is
/// what comes before.
fn after_date(line: &str) -> Option<&str> {
    const SEPARATORS: [char; 3] = ['|', '·', '•'];
    // The date in any part before the name: "Dopisy čtenářů | 26. 3. 2026 | Jaroslav Kubíček".
    let (head, last) = line.rsplit_once(SEPARATORS)?;
    let last = last.trim();
    let dated = |parse: bool| {
        head.split(SEPARATORS).any(|d| digits(d) >= 4 && (!parse || colonnade_text::parse_date(d.trim()).is_some()))
    };
    if let Some(name) = last.strip_suffix("รายงาน").map(str::trim_end)
        && (2..=3).contains(&name.split_whitespace().count())
        && name.chars().all(|c| c == ' ' || ('\u{0E01}'..='\u{0E4E}').contains(&c))
        && dated(false)
    {
        return Some(name);
    }
    let last = match last.rsplit_once(", ") {
        Some((name, town))
            if town.split_whitespace().count() == 1 && town.chars().next().is_some_and(char::is_uppercase) =>
        {
            name
        }
        _ => last,
    };
    let words = last.split_whitespace().count();
    let name_shaped = (2..=4).contains(&words)
        && last.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !last.contains(|c: char| c.is_ascii_digit() || c == ',');
    (name_shaped && dated(true)).then_some(last)
}

/// The person an author box names (the first text of two words or more after its heading, "About
/// the author" / "Amira Haddad"), when none of the metadata's writers appears in the page's text:
/// the metadata is stale, or names the account that posted the page.
fn boxed_writer(dom: &Dom, m: &Meta, heading: NodeId) -> Option<String> {
    let mut texts = dom.descendants(dom.parent(heading)).filter(|&d| !dom.is_within(d, heading));
    let name = texts
        .by_ref()
        .filter_map(|d| dom.text(d).map(str::trim).filter(|t| !t.is_empty()))
        .take(4)
        .find(|t| (3..=80).contains(&t.chars().count()) && t.split_whitespace().count() >= 2)?;
    let names = crate::authors::parse(name, None).names;
    let [writer] = names.as_slice() else { return None };
    let declared: Vec<&str> =
        m.ld.iter()
            .flat_map(|a| a.authors.iter().filter(|(_, org)| !org).map(|(n, _)| n.as_str()))
            .chain(["author", "dc:creator", "article:author"].iter().filter_map(|k| m.get(&[k])))
            .collect();
    if declared.is_empty() || declared.iter().any(|d| d.contains(writer.as_str())) {
        return None;
    }
    // Any text of the page, outside scripts and styles, that names a declared writer.
    let mut it = dom.descendants(NodeId::DOCUMENT);
    while let Some(id) = it.next() {
        match dom.tag(id) {
            Some(t) if never_read(t) => it.skip_children_of(id),
            None => {
                if let Some(t) = dom.text(id)
                    && declared.iter().any(|d| memchr::memmem::find(t.as_bytes(), d.trim().as_bytes()).is_some())
                {
                    return None;
                }
            }
            _ => {}
        }
    }
    Some(writer.clone())
}

/// Adds a printed byline once, up to eight.
fn push_byline(m: &mut Meta, line: String) {
    if m.bylines.len() < 8 && !m.bylines.contains(&line) {
        m.bylines.push(line);
    }
}

/// Headings that label an author box: the name is the next short text ("Article by" / "Matias
/// Heikkilä", "Über die Autorin", "Sobre el autor").
fn is_author_label(heading: &str) -> bool {
    const LABELS: &[&str] = &[
        "article by",
        "article written by",
        "written by",
        "words by",
        "posted by",
        "about the author",
        "about the authors",
        "the author",
        "author",
        "authors",
        "über den autor",
        "über die autorin",
        "über die autoren",
        "zum autor",
        "zur autorin",
        "der autor",
        "die autorin",
        "autor",
        "autorin",
        "autoren",
        "sobre el autor",
        "sobre la autora",
        "sobre o autor",
        "sobre a autora",
        "el autor",
        "la autora",
        "o autor",
        "à propos de l'auteur",
        "à propos de l’auteur",
        "l'auteur",
        "l’auteur",
        "auteur",
        "l'autore",
        "l’autore",
        "sull'autore",
        "autore",
        "om forfatteren",
        "om skribenten",
        "over de auteur",
        "o autorze",
        "yazar hakkında",
        "об авторе",
        "автор",
    ];
    let t = heading.trim().trim_end_matches([':', '.']).trim_end().to_lowercase();
    LABELS.contains(&t.as_str())
}

/// The name heading an author box whose text, with the bio, is too long to be a byline: its first
/// heading, if it is among the box's first three texts and short.
fn author_box_name(dom: &Dom, boxed: NodeId) -> Option<String> {
    let mut texts = 0;
    let mut bytes = 0;
    let mut name = None;
    for d in dom.descendants(boxed).take(400) {
        if let Some(t) = dom.text(d).map(str::trim).filter(|t| !t.is_empty()) {
            texts += 1;
            bytes += t.len();
            if bytes > 2400 {
                return None;
            }
        } else if name.is_none()
            && texts < 3
            && dom.tag(d).is_some_and(|t| t.is_heading() && t != Tag::H1)
            && let Some(h) = dom.short_inner_text(d, 60).filter(|h| h.split_whitespace().count() >= 2)
        {
            name = Some(h);
        }
    }
    name
}

/// Whether the page's metadata leaves the people (none declared, or only a one-word or site-like
/// name) or the publication date open.
fn header_lines_wanted(m: &Meta) -> (bool, bool) {
    let site: Vec<String> = [m.get(&["og:site_name"]), m.ld_site_name.as_deref()]
        .into_iter()
        .flatten()
        .chain(m.ld.iter().filter_map(|a| a.publisher.as_deref()))
        .map(crate::authors::bare)
        .collect();
    let home: Vec<String> =
        [m.canonical.as_deref(), m.get(&["og:url"])].into_iter().flatten().map(crate::authors::bare).collect();
    let hosts: Vec<&str> = [m.canonical.as_deref(), m.get(&["og:url"])]
        .into_iter()
        .flatten()
        .filter_map(|u| u.split("://").nth(1))
        .map(|rest| rest.split(['/', '?', '#']).next().unwrap_or(rest))
        .collect();
    let weak = |name: &str| {
        let b = crate::authors::bare(name);
        !name.trim().contains(' ')
            || site.contains(&b)
            || (b.len() >= 5 && home.iter().any(|h| h.contains(&b)))
            // "Jobs & Hire", "Hanns-Seidel-Stiftung e.V.": no person in it.
            || crate::authors::parse(name, None).names.is_empty()
            // "Deutsche Welle (www.dw.com)": the site, by its own address.
            || hosts.iter().any(|h| crate::reconcile::names_own_site(name, Some(h)))
    };
    let mut declared =
        m.ld.iter().flat_map(|a| a.authors.iter().filter(|(_, org)| !org).map(|(n, _)| n.as_str())).chain(
            ["author", "dc:creator", "dcterm:creator", "parsely-author", "sailthru.author", "article:author", "byl"]
                .iter()
                .filter_map(|k| m.get(&[k]))
                .filter(|v| !v.starts_with("http")),
        );
    let want_byline = declared.all(weak);
    // A time in UTC is dated to the instant, not to the local day the page prints: the printed
    // date line is read too, for that day (`reconcile::dates`).
    let parses = |s: &str| {
        colonnade_text::parse_date(s).is_some_and(|d| !(d.has_time && d.has_offset && d.timestamp.offset_seconds == 0))
    };
    let dated = m.ld.iter().any(|a| a.published.as_deref().is_some_and(parses))
        || PUBLISHED_KEYS.iter().any(|k| m.get(&[k]).is_some_and(parses))
        || m.itemprop("datePublished").is_some_and(parses)
        || m.ld_page_published.as_deref().is_some_and(parses)
        || m.times.iter().any(|(t, is_pub)| *is_pub && parses(t));
    (want_byline, !dated)
}

/// `<meta>` keys that give the publication time, most reliable first.
pub const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "published_time",
    "article:published",
    "parsely-pub-date",
    "sailthru.date",
    "datepublished",
    "dc:date.issued",
    "dcterm:issued",
    "dc:date",
    "dcterm:date",
    "dcterm:created",
    "dc:date.created",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "article_date_original",
    "original-publish-date",
    "citation_publication_date",
    "citation_date",
    "og:pubdate",
    "weibo:article:create_at",
    "release_date",
    "cxenseparse:recs:publishtime",
    "datecreated",
];

/// Whether `hay` contains `needle` (ASCII lowercase) ignoring ASCII case, without allocating.
pub(crate) fn contains_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    n.len() <= h.len() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// Which marks a class or id value carries: (byline, date). One pass of one automaton over the
/// value (this runs for every element with a class or id); no allocation.
fn marks_of(value: &str) -> (bool, bool) {
    static MARKS: std::sync::LazyLock<(aho_corasick::AhoCorasick, Vec<(bool, bool)>)> =
        std::sync::LazyLock::new(|| {
            let words: Vec<&str> = BYLINE_MARKS.iter().chain(DATE_MARKS).copied().collect();
            let kinds = words.iter().map(|w| (BYLINE_MARKS.contains(w), DATE_MARKS.contains(w))).collect();
            #[expect(clippy::expect_used, reason = "a static pattern list always builds")]
            let ac = aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(&words)
                .expect("static patterns");
            (ac, kinds)
        });
    let (ac, kinds) = &*MARKS;
    let (mut byline, mut date) = (false, false);
    for m in ac.find_overlapping_iter(value) {
        let (b, d) = kinds[m.pattern().as_usize()];
        byline |= b;
        date |= d;
        if byline && date {
            break;
        }
    }
    (byline, date)
}

/// Class or id words that mark a byline or author block.
const BYLINE_MARKS: &[&str] = &[
    "author",
    "autor",
    "auteur",
    "byline",
    "signature",
    "firma",
    "verfasser",
    "yazar",
    "contributor",
    "writer",
    // Blogger's classic templates print "Posted by … at 11:05 PM" in the post's footer.
    "post-footer",
];

/// Class or id words that mark a date or a meta line beside the headline.
const DATE_MARKS: &[&str] = &["date", "datum", "fecha", "publi", "posted", "byline", "meta", "author", "autor", "time"];

/// What the search for printed header lines knows of the page.
#[derive(Clone, Copy)]
struct Header<'a> {
    /// The ancestors of the page's headlines (`<h1>`s that do not link home), sorted.
    holders: &'a [NodeId],
    /// The page's headlines.
    headlines: &'a [NodeId],
    /// Whether the metadata leaves the people open.
    want_byline: bool,
    /// Whether the metadata leaves the publication date open.
    want_date: bool,
}

/// Whether an element sits in page furniture whose dates and names are other articles' (teaser
/// lists, asides, navigation, footers, comments, related links). A class or id on an element
/// that holds the headline names a layout, not furniture.
fn in_furniture(dom: &Dom, cx: Header<'_>, id: NodeId) -> bool {
    dom.ancestors(id).take(12).any(|a| dom.is(a, Tag::Li)) || in_other_articles(dom, cx.holders, id)
}

/// Whether an element sits in asides, navigation, footers or blocks classed as related articles,
/// teasers, sidebars or comments ([`in_furniture`] without list items).
fn in_other_articles(dom: &Dom, holders: &[NodeId], id: NodeId) -> bool {
    dom.ancestors(id).take(12).any(|a| {
        dom.is(a, Tag::Footer)
            || (holders.binary_search(&a).is_err()
                && [dom.attr(a, "class"), dom.attr(a, "id")].into_iter().flatten().any(|c| contains_ci(c, "footer")))
            || in_other_block(dom, holders, a)
    })
}

/// Whether an element is an aside, a navigation or a block classed as related articles, teasers,
/// a sidebar or comments. A `<time>` in one dates another article; one in a list item or a footer
/// may be the post's own (a header's meta list, WordPress's `<footer class="entry-meta">`).
fn in_other_block(dom: &Dom, holders: &[NodeId], a: NodeId) -> bool {
    matches!(dom.tag(a), Some(Tag::Aside | Tag::Nav))
        || (holders.binary_search(&a).is_err()
            && [dom.attr(a, "class"), dom.attr(a, "id")].into_iter().flatten().any(|c| {
                contains_ci(c, "comment")
                    || contains_ci(c, "related")
                    || contains_ci(c, "teaser")
                    || contains_ci(c, "sidebar")
            }))
}

/// A byline or a date line printed beside the headline: elements whose class or id says so, with
/// short text.
fn header_line(dom: &Dom, cx: Header<'_>, id: NodeId, tag: Tag, seen_h1: bool, m: &mut Meta) {
    let Header { want_byline, want_date, .. } = cx;
    if matches!(tag, Tag::Script | Tag::Style | Tag::Meta | Tag::Link | Tag::Title | Tag::Html | Tag::Body) {
        return;
    }
    let (mut class, mut ident) = ("", "");
    for (n, v) in dom.attrs(id) {
        match n {
            "class" => class = v,
            "id" => ident = v,
            _ => {}
        }
    }
    // An element that holds the headline is the article's header, not a line beside it.
    if (class.is_empty() && ident.is_empty()) || cx.holders.binary_search(&id).is_ok() {
        return;
    }
    let (cb, cd) = marks_of(class);
    let (ib, id_date) = if ident.is_empty() { (false, false) } else { marks_of(ident) };
    let byline = want_byline && m.bylines.len() < 8 && (cb || ib);
    let date = want_date
        && m.visible_dates.len() < 8
        && (cd || id_date)
        && !["update", "modif", "aktualisiert", "actualiza"].iter().any(|k| contains_ci(class, k));
    if !byline && !date && !(want_byline && (cd || id_date)) {
        return;
    }
    // A cheap bound before copying the text: bylines and date lines are short.
    let mut nodes = 0;
    let mut bytes = 0;
    for d in dom.descendants(id) {
        if let Some(t) = dom.text(d) {
            nodes += 1;
            bytes += t.len();
            if nodes >= 12 || bytes > 480 {
                // An author box with a bio: the name is its heading.
                if byline
                    && !in_furniture(dom, cx, id)
                    && let Some(name) = author_box_name(dom, id)
                {
                    push_byline(m, name);
                }
                return;
            }
        }
    }
    let text = dom.inner_text(id);
    let chars = text.chars().count();
    if !(3..=120).contains(&chars) || in_furniture(dom, cx, id) {
        if chars > 120
            && byline
            && !in_furniture(dom, cx, id)
            && let Some(name) = author_box_name(dom, id)
        {
            push_byline(m, name);
        }
        return;
    }
    if date && chars <= 100 && digits(&text) > 0 && !m.visible_dates.iter().any(|(t, _)| *t == text) {
        m.visible_dates.push((text.clone(), seen_h1));
    }
    // A meta line that names the writer ("Ein Artikel von Pamela Sladky | 27.01.2022").
    let names_writer = || {
        let lower = text.to_lowercase();
        [" von ", "by ", " par ", " por ", "autor", "auteur"]
            .iter()
            .any(|k| lower.starts_with(k.trim_start()) || lower.contains(k))
    };
    let byline = byline || (want_byline && (cd || id_date) && m.bylines.len() < 8 && names_writer());
    if byline && !m.bylines.contains(&text) {
        m.bylines.push(text);
    }
}

/// Lowercases a meta key and writes Dublin Core the one way: `DC.Title`, `dc:title` and
/// `dcterms.title` become `dc:title` / `dcterm:title`.
pub fn normalise_key(key: &str) -> String {
    let mut k = key.trim().to_ascii_lowercase();
    for (from, to) in [("dcterms.", "dcterm:"), ("dcterms:", "dcterm:"), ("dcterm.", "dcterm:"), ("dc.", "dc:")] {
        if let Some(rest) = k.strip_prefix(from) {
            k = format!("{to}{rest}");
            break;
        }
    }
    k
}

/// Links to an author's page: `/author/jane-doe/`, `/columnists/…`, `/yazar/…`.
/// Whether a link follows an editor's label: "Editor: <a>Dewi Lestari</a>".
fn after_editor_label(dom: &Dom, a: NodeId) -> bool {
    let before = dom.prev_sibling(a);
    before.is_some() && dom.text(before).is_some_and(crate::authors::ends_with_editor_label)
}

/// Whom a link's page is about, by a segment of its path: a writer (`/author/jane-doe`) or an
/// editor (`/editor/dewi-lestari`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum HrefRole {
    Author,
    Editor,
}

/// Whether a link leads to a writer's page ([`href_role`]).
pub(crate) fn is_author_href(href: &str) -> bool {
    href_role(href) == Some(HrefRole::Author)
}

fn href_role(href: &str) -> Option<HrefRole> {
    const EDITOR_SEGMENTS: &[&str] = &["editor", "editors", "redaktur", "penyunting"];
    const SEGMENTS: &[&str] = &[
        "author",
        "authors",
        "autor",
        "autores",
        "auteur",
        "auteurs",
        "autore",
        "yazar",
        "yazarlar",
        "columnist",
        "columnists",
        "writer",
        "writers",
        "profile",
        "people",
        "journalist",
        "avtor",
        "kolumnist",
        "colunista",
        "columnista",
        "byline",
        "staff",
        "periodista",
        "periodistas",
        "giornalista",
        "redacteur",
        "redactor",
        "reporter",
        "reporters",
        "penulis",
        "wartawan",
        // Hungarian, Italian and Romanian, Polish, Latvian, Lithuanian, Finnish, Swedish, Danish
        // and Norwegian, Basque author pages: "/szerzo/kovacs-anna".
        "szerzo",
        "szerzok",
        "autori",
        "autorzy",
        "autors",
        "autorius",
        "tekija",
        "toimittaja",
        "toimittajat",
        "skribent",
        "skribenter",
        "forfatter",
        "forfattere",
        "egilea",
        "egileak",
        // A magazine's contributors: "/contributors/miriam-castell".
        "contributor",
        "contributors",
    ];
    /// The shortest and the longest of the [`SEGMENTS`]: most segments of a link (a host, a
    /// year, a slug) are outside, and need no comparison.
    const LENGTHS: (usize, usize) = {
        let (mut min, mut max, mut i) = (usize::MAX, 0, 0);
        while i < SEGMENTS.len() {
            let len = SEGMENTS[i].len();
            if len < min {
                min = len;
            }
            if len > max {
                max = len;
            }
            i += 1;
        }
        (min, max)
    };
    // A path segment naming an author page, followed by something (the author's own part); one
    // pass over the segments, no allocation (this runs for every link of a page).
    let path = &href[..memchr::memchr2(b'?', b'#', href.as_bytes()).unwrap_or(href.len())];
    let mut segments = path.split('/').peekable();
    while let Some(seg) = segments.next() {
        if (LENGTHS.0..=LENGTHS.1).contains(&seg.len()) && segments.peek().is_some_and(|next| !next.is_empty()) {
            if SEGMENTS.iter().any(|s| s.len() == seg.len() && s.eq_ignore_ascii_case(seg)) {
                return Some(HrefRole::Author);
            }
            if EDITOR_SEGMENTS.iter().any(|s| s.len() == seg.len() && s.eq_ignore_ascii_case(seg)) {
                return Some(HrefRole::Editor);
            }
        }
    }
    None
}

fn collect_itemprop(dom: &Dom, id: NodeId, tag: Tag, prop: &str, m: &mut Meta) {
    if m.itemprops.len() >= 64 {
        return;
    }
    for p in prop.split_whitespace() {
        match p {
            "author" | "creator" => {
                // The name inside (itemprop=name), else the element's own text when short.
                let named = dom
                    .descendants(id)
                    .find(|&d| dom.attr(d, "itemprop").is_some_and(|v| v.split_whitespace().any(|x| x == "name")));
                let text = match named {
                    Some(n) => dom.attr(n, "content").map(str::to_string).unwrap_or_else(|| dom.inner_text(n)),
                    None => dom.attr(id, "content").map(str::to_string).unwrap_or_else(|| dom.inner_text(id)),
                };
                if !text.is_empty() && text.chars().count() < 120 {
                    m.author_links.push(text);
                }
            }
            "datePublished" | "dateModified" | "dateCreated" | "headline" | "articleSection" | "inLanguage" => {
                let v = dom
                    .attr(id, "content")
                    .or_else(|| if tag == Tag::Time { dom.attr(id, "datetime") } else { None })
                    .map(str::to_string)
                    .unwrap_or_else(|| dom.inner_text(id));
                m.itemprops.push((p.to_string(), v));
            }
            "image" => {
                let v = match tag {
                    Tag::Img => dom.attr(id, "src"),
                    _ => dom.attr(id, "content").or_else(|| dom.attr(id, "href")),
                };
                if let Some(v) = v {
                    m.itemprops.push((p.to_string(), v.to_string()));
                }
            }
            _ => {}
        }
    }
}

/// Types of JSON-LD nodes that describe an article.
fn is_article_type(t: &str) -> bool {
    matches!(
        t,
        "Article"
            | "NewsArticle"
            | "OpinionNewsArticle"
            | "AnalysisNewsArticle"
            | "ReportageNewsArticle"
            | "BackgroundNewsArticle"
            | "ReviewNewsArticle"
            | "AskPublicNewsArticle"
            | "BlogPosting"
            | "LiveBlogPosting"
            | "SocialMediaPosting"
            | "Report"
            | "ScholarlyArticle"
            | "TechArticle"
            | "Review"
            | "CriticReview"
            | "Blog"
            | "Satire"
            | "AdvertiserContentArticle"
    )
}

/// Parses one JSON-LD block, tolerating the usual damage (HTML comments, CDATA, raw newlines).
fn parse_json_ld(raw: &str, m: &mut Meta) {
    // Wrappers seen in the wild (HTML comments, CDATA, JS comments): parse from the first
    // bracket to the last.
    let mut body = raw.trim();
    loop {
        let before = body.len();
        for wrapper in ["<![CDATA[", "<!--", "//<![CDATA[", "/*<![CDATA[*/", "//"] {
            body = body.strip_prefix(wrapper).unwrap_or(body).trim_start();
        }
        for wrapper in ["]]>", "-->", "/*]]>*/", "//"] {
            body = body.strip_suffix(wrapper).unwrap_or(body).trim_end();
        }
        if body.len() == before {
            break;
        }
    }
    let raw = body;
    let start = raw.find(['{', '[']);
    let end = raw.rfind(['}', ']']);
    let (Some(start), Some(end)) = (start, end) else { return };
    if end < start {
        return;
    }
    let trimmed = &raw[start..=end];
    let value: Value = match serde_json::from_str(trimmed) {
        Ok(v) => v,
        Err(_) => {
            // Raw control characters inside strings are the most common breakage.
            let cleaned: String = trimmed.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
            match serde_json::from_str(&cleaned) {
                Ok(v) => v,
                Err(_) => return,
            }
        }
    };
    // Walk without recursion; JSON depth is already capped by serde_json.
    let mut stack: Vec<&Value> = vec![&value];
    let mut visited = 0;
    let first_article = m.ld.len();
    // Named people and organisations by `@id`, and the authors of a `WebPage` node.
    let mut named: Vec<(&str, String, bool)> = Vec::new();
    let mut page_authors: Vec<(String, bool)> = Vec::new();
    let mut page_author_ids: Vec<String> = Vec::new();
    let mut page_published: Option<String> = None;
    while let Some(v) = stack.pop() {
        visited += 1;
        if visited > 2000 {
            break;
        }
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                let types = types_of(v);
                if let (Some(Value::String(id)), Some(name)) = (map.get("@id"), string_of(map.get("name")))
                    && types.iter().any(|t| t == "Person" || t.contains("Organization"))
                    && named.len() < 64
                {
                    named.push((id.as_str(), name, !types.iter().any(|t| t == "Person")));
                }
                if types.iter().any(|t| t == "WebPage" || t == "ItemPage") {
                    read_authors(v, &mut page_authors, &mut page_author_ids);
                    if page_published.is_none() {
                        page_published = string_of(map.get("datePublished"));
                    }
                }
                if types.iter().any(|t| t == "Person")
                    && m.ld_people.len() < 64
                    && let Some(p) = crate::author_images::ld_person(v)
                {
                    m.ld_people.push(p);
                }
                m.ld_recipe |= types.iter().any(|t| t == "Recipe");
                if types.iter().any(|t| is_article_type(t)) {
                    crate::author_images::ld_authors(v, &mut m.ld_people);
                    m.ld.push(read_article(v, types));
                } else if types.iter().any(|t| t == "WebSite" || t == "NewsMediaOrganization")
                    && m.ld_site_name.is_none()
                {
                    m.ld_site_name = string_of(map.get("name"));
                }
                if let Some(g) = map.get("@graph") {
                    stack.push(g);
                }
                if let Some(e) = map.get("mainEntity") {
                    stack.push(e);
                }
            }
            _ => {}
        }
    }
    let resolve = |ids: &mut Vec<String>, into: &mut Vec<(String, bool)>| {
        for id in ids.drain(..) {
            if let Some((_, name, org)) = named.iter().find(|(i, _, _)| *i == id)
                && !into.iter().any(|(n, _)| n == name)
            {
                into.push((name.clone(), *org));
            }
        }
    };
    for a in &mut m.ld[first_article..] {
        let mut ids = std::mem::take(&mut a.author_ids);
        resolve(&mut ids, &mut a.authors);
        // A publication date after the node's own modification date is a CMS's record of
        // something else (a site builder's last publish of the item), not the article's: the
        // page's other dates decide ("datePublished": "Jun 12, 2025", "dateModified": "Jun 10,
        // 2025" on a post printed "November 2, 2022").
        let day =
            |d: &Option<String>| d.as_deref().and_then(colonnade_text::parse_date).map(|d| d.timestamp.unix_seconds());
        if let (Some(p), Some(m)) = (day(&a.published), day(&a.modified))
            && p > m + 86_400
        {
            a.published = None;
        }
    }
    if m.ld.is_empty() && m.ld_page_authors.is_empty() {
        resolve(&mut page_author_ids, &mut page_authors);
        m.ld_page_authors = page_authors;
    }
    if m.ld.is_empty() && m.ld_page_published.is_none() {
        m.ld_page_published = page_published;
    }
}

/// The `author` (or `creator`) of a JSON-LD node: names with whether each is an organisation, and
/// the `@id`s of those given only by reference.
fn read_authors(v: &Value, names: &mut Vec<(String, bool)>, ids: &mut Vec<String>) {
    let mut push_author = |x: &Value| match x {
        Value::String(s) if !s.trim().is_empty() => {
            names.push((without_markup(s.trim()), false));
        }
        Value::Object(o) => {
            let is_org = types_of(x).iter().any(|t| t.contains("Organization") || t == "WebSite" || t == "Corporation");
            // One `Person` whose `name` lists several people, as links: `["<a href=…>Ana</a>", …]`.
            if let Some(Value::Array(several)) = o.get("name") {
                for n in several.iter().take(32).filter_map(|n| string_of(Some(n))) {
                    names.push((without_markup(&n), is_org));
                }
            } else if let Some(n) = string_of(o.get("name")) {
                names.push((without_markup(&n), is_org));
            } else if let Some(Value::String(id)) = o.get("@id") {
                ids.push(id.clone());
            }
        }
        _ => {}
    };
    match v.get("author").or_else(|| v.get("creator")) {
        Some(Value::Array(items)) => items.iter().take(32).for_each(&mut push_author),
        Some(x) => push_author(x),
        None => {}
    }
}

fn types_of(v: &Value) -> Vec<String> {
    match v.get("@type") {
        Some(Value::String(s)) => {
            vec![s.trim_start_matches("http://schema.org/").trim_start_matches("https://schema.org/").to_string()]
        }
        Some(Value::Array(a)) => a.iter().filter_map(|t| t.as_str()).map(|s| s.to_string()).collect(),
        _ => Vec::new(),
    }
}

/// A string value, or the `name`/`url`/`@id` of an object, or the first of an array.
/// A name without the markup some CMSs leave in JSON-LD (`<a href="/experts/ana">Ana Ruiz</a>`).
fn without_markup(s: &str) -> String {
    if !s.contains('<') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    crate::dom::collapse(&out)
}

fn string_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => {
            let s = s.trim();
            if s.is_empty() { None } else { Some(s.to_string()) }
        }
        Value::Array(a) => a.iter().find_map(|x| string_of(Some(x))),
        Value::Object(o) => {
            string_of(o.get("name")).or_else(|| string_of(o.get("url"))).or_else(|| string_of(o.get("@id")))
        }
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A URL: the string, an object's `url`/`contentUrl`/`@id`, or the first of an array.
pub(crate) fn url_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(|x| url_of(Some(x))),
        Value::Object(o) => {
            url_of(o.get("url")).or_else(|| url_of(o.get("contentUrl"))).or_else(|| url_of(o.get("@id")))
        }
        _ => None,
    }
}

fn read_article(v: &Value, types: Vec<String>) -> LdArticle {
    let mut a = LdArticle { types, ..LdArticle::default() };
    a.headline = string_of(v.get("headline")).map(|s| htmlize::unescape(s).into_owned());
    a.name = string_of(v.get("name")).map(|s| htmlize::unescape(s).into_owned());
    a.published = string_of(v.get("datePublished"));
    if a.published.is_none() {
        a.published = string_of(v.get("dateCreated"));
        a.published_is_created = a.published.is_some();
    }
    a.published = a.published.or_else(|| string_of(v.get("uploadDate")));
    a.modified = string_of(v.get("dateModified"));
    a.publisher = v.get("publisher").and_then(|p| match p {
        Value::Object(o) => string_of(o.get("name")),
        Value::Array(arr) => arr.iter().find_map(|x| x.get("name")).and_then(|n| string_of(Some(n))),
        Value::String(s) => Some(s.clone()),
        _ => None,
    });
    a.image = url_of(v.get("image")).or_else(|| url_of(v.get("thumbnailUrl")));
    a.section = string_of(v.get("articleSection"));
    a.lang = string_of(v.get("inLanguage"));
    a.description = string_of(v.get("description")).map(|s| htmlize::unescape(s).into_owned());
    a.body = string_of(v.get("articleBody")).filter(|b| b.len() >= 400);
    a.url = url_of(v.get("url")).or_else(|| url_of(v.get("mainEntityOfPage")));
    read_authors(v, &mut a.authors, &mut a.author_ids);
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    #[test]
    fn a_meta_lines_writer_after_the_date_without_their_town_or_role() {
        assert_eq!(after_date("04.02.2022 | 13:10 Uhr | Uta Helkenberg"), Some("Uta Helkenberg"));
        assert_eq!(after_date("Dopisy čtenářů | 26. 3. 2026 | Jaroslav Kubíček, Jihlava"), Some("Jaroslav Kubíček"));
        assert_eq!(after_date("Dopisy čtenářů | Jaroslav Kubíček, Jihlava"), None);
        assert_eq!(after_date("26. 3. 2026 | Jaroslav Kubíček, Jihlava"), Some("Jaroslav Kubíček"));
        assert_eq!(after_date("วันพุธที่ 25 มีนาคม 2569 เวลา 10:20 น. | ณัฐพล ศรีสุข รายงาน"), Some("ณัฐพล ศรีสุข"));
        // Tags after a date are no name, with or without a comma.
        assert_eq!(after_date("04.02.2022 | Naturschutz, BUND"), None);
        assert_eq!(after_date("04.02.2022 | Politik, Wirtschaft und Kultur"), None);
    }

    #[test]
    fn meta_tags_by_property_name_and_itemprop() {
        let dom = parse(
            r#"<html lang="pt-BR"><head><meta property="og:title twitter:title" content="Título">
            <meta name="author" content="Ana Souza"><meta itemprop="datePublished" content="2024-05-01">
            <link rel="canonical" href="/a/b"><title>Título | Folha</title></head><body><h1>Título</h1></body></html>"#,
        );
        let m = collect(&dom);
        assert_eq!(m.get(&["og:title"]), Some("Título"));
        assert_eq!(m.get(&["twitter:title"]), Some("Título"));
        assert_eq!(m.get(&["author"]), Some("Ana Souza"));
        assert_eq!(m.get(&["datepublished"]), Some("2024-05-01"));
        assert_eq!(m.canonical.as_deref(), Some("/a/b"));
        assert_eq!(m.title_tag.as_deref(), Some("Título | Folha"));
        assert_eq!(m.html_lang.as_deref(), Some("pt-BR"));
        assert_eq!(m.h1s, ["Título"]);
    }

    #[test]
    fn json_ld_graph_with_nested_authors() {
        let dom = parse(
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Daily Example"},
              {"@type":["OpinionNewsArticle"],"headline":"Why cities need trees","datePublished":"2024-05-01T09:30:00+02:00",
               "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"Daily Example"}],
               "publisher":{"@type":"Organization","name":"Daily Example"},"image":{"@type":"ImageObject","url":"https://x.test/a.jpg"},
               "articleSection":["Opinion","Cities"],"inLanguage":"en-GB"}]}</script>"#,
        );
        let m = collect(&dom);
        assert_eq!(m.ld.len(), 1);
        let a = &m.ld[0];
        assert!(a.is_opinion());
        assert_eq!(a.headline.as_deref(), Some("Why cities need trees"));
        assert_eq!(a.authors, vec![("Jane Doe".to_string(), false), ("Daily Example".to_string(), true)]);
        assert_eq!(a.published.as_deref(), Some("2024-05-01T09:30:00+02:00"));
        assert_eq!(a.publisher.as_deref(), Some("Daily Example"));
        assert_eq!(a.image.as_deref(), Some("https://x.test/a.jpg"));
        assert_eq!(a.section.as_deref(), Some("Opinion"));
        assert_eq!(a.lang.as_deref(), Some("en-GB"));
        assert_eq!(m.ld_site_name.as_deref(), Some("Daily Example"));
    }

    #[test]
    fn json_ld_arrays_several_articles_and_damage() {
        let dom = parse(
            "<script type=\"application/ld+json\"><![CDATA[<!--\n[{\"@type\":\"NewsArticle\",\"headline\":\"One\nline\"},{\"@type\":\"BlogPosting\",\"author\":\"Sam Lee\"}]\n-->]]></script>",
        );
        let m = collect(&dom);
        assert_eq!(m.ld.len(), 2);
        assert_eq!(m.ld[0].headline.as_deref(), Some("One line"));
        assert_eq!(m.ld[1].authors, vec![("Sam Lee".to_string(), false)]);
    }

    #[test]
    fn h1s_that_link_home_are_told_apart() {
        let dom = parse(
            r#"<body><h1><a href="https://blog.example/">Blog Name</a></h1><h1><a href="/">Home</a></h1>
            <h1><a href="//blog.example">Bare host</a></h1><h1><a href="/index.php">Index</a></h1>
            <h1><a href="/2009/06/post/">Headline</a></h1><h1>Plain</h1>
            <h1><a href="https://blog.example/?s=x">Search</a></h1><h1><a href="https://blog.example?s=x">S2</a></h1></body>"#,
        );
        let m = collect(&dom);
        assert_eq!(m.home_h1s, ["Blog Name", "Home", "Bare host", "Index"]);
        assert_eq!(m.h1s.len(), 8, "the first eight");
    }

    #[test]
    fn broken_json_ld_is_ignored() {
        let dom = parse(r#"<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>"#);
        assert!(collect(&dom).ld.is_empty());
    }

    #[test]
    fn microdata_time_and_rel_author() {
        let dom = parse(
            r#"<article itemscope itemtype="https://schema.org/NewsArticle">
            <span itemprop="author" itemscope><span itemprop="name">Kemal Aydın</span></span>
            <time datetime="2024-03-02T10:00:00+03:00" pubdate>2 Mart</time>
            <a rel="author" href="/yazar/x">Kemal Aydın</a></article>"#,
        );
        let m = collect(&dom);
        assert_eq!(m.author_links[0], "Kemal Aydın");
        assert_eq!(m.times, vec![("2024-03-02T10:00:00+03:00".to_string(), true)]);
    }

    /// Issue 9 (people): an author's page linked after an editor's label, with or without its
    /// colon ("Penulis Antara | Editor <a href=/author/…>"), is the editor's, no writer's.
    #[test]
    fn an_author_page_after_an_editors_label_is_the_editors() {
        let dom = parse(
            r#"<div class="read__credit">Penulis <a href="/tag/antara">Antara</a> | Editor <a href="/author/sari-dewi">Sari Dewi</a></div>
            <p>Oleh <a href="/author/budi-santoso">Budi Santoso</a></p>"#,
        );
        let m = collect(&dom);
        assert_eq!(m.author_links, ["Budi Santoso"]);
        assert_eq!(m.editor_links, ["Sari Dewi"]);
        assert!(crate::authors::ends_with_editor_label("Penulis Antara | Editor "));
        assert!(!crate::authors::ends_with_editor_label("Our senior editor"));
    }

    /// A magazine's contributor page is a writer's: "/contributors/miriam-castell".
    #[test]
    fn a_contributors_page_is_a_writers() {
        let dom =
            parse(r#"<span class="sc-56f713-21"><a href="/contributors/miriam-castell">Miriam Castell</a></span>"#);
        assert_eq!(collect(&dom).author_links, ["Miriam Castell"]);
    }
}
