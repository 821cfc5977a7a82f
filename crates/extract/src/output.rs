//! Turning the chosen subtree into plain text and into sanitised HTML.
//!
//! The HTML is written from the tree, never copied from the source: only allow-listed elements
//! and attributes are emitted, every text and attribute value is escaped, and every URL is made
//! absolute and must be http(s) (or `mailto:` for links). Nothing the page wrote can reach the
//! output as markup, so there is nothing left for a second sanitiser to do (a test checks that
//! ammonia leaves the output unchanged).

use url::Url;

use crate::dom::{Dom, NodeId, Tag, is_space};

/// Walks a subtree calling `enter` and `leave` for elements and `text` for text nodes; `enter`
/// returns false to skip an element's children (and its `leave`).
fn walk(
    dom: &Dom,
    root: NodeId,
    mut enter: impl FnMut(NodeId, Tag) -> bool,
    mut leave: impl FnMut(NodeId, Tag),
    mut text: impl FnMut(&str),
) {
    let mut node = dom.first_child(root);
    while node.is_some() {
        let mut descend = false;
        if let Some(t) = dom.text(node) {
            text(t);
        } else if let Some(tag) = dom.tag(node) {
            descend = enter(node, tag);
        }
        if descend && dom.first_child(node).is_some() {
            node = dom.first_child(node);
            continue;
        }
        if descend && let Some(tag) = dom.tag(node) {
            leave(node, tag);
        }
        // Climb until a next sibling exists.
        loop {
            if node == root {
                return;
            }
            let next = dom.next_sibling(node);
            if next.is_some() {
                node = next;
                break;
            }
            node = dom.parent(node);
            if !node.is_some() || node == root {
                return;
            }
            if let Some(tag) = dom.tag(node) {
                leave(node, tag);
            }
        }
    }
}

/// Accumulates text into blocks separated by blank lines, collapsing whitespace.
struct Blocks {
    out: String,
    current: String,
    pending_space: bool,
}

impl Blocks {
    fn push_text(&mut self, t: &str) {
        crate::dom::push_collapsed(&mut self.current, t, &mut self.pending_space);
    }

    fn flush(&mut self) {
        if !self.current.is_empty() {
            if !self.out.is_empty() {
                self.out.push_str("\n\n");
            }
            self.out.push_str(&self.current);
            self.current.clear();
        }
        self.pending_space = false;
    }
}

/// A caption of a picture: a `<figcaption>`, or an element named as a caption ("wp-caption-text",
/// "media__caption"). It stays in the HTML, under its picture, but is not the column's text: it
/// would open excerpts, and search and story grouping would weigh it as prose.
fn is_caption(dom: &Dom, id: NodeId, tag: Tag) -> bool {
    tag == Tag::Figcaption
        || dom.attr(id, "class").is_some_and(|c| {
            crate::meta::contains_ci(c, "caption")
                // A picture's credit beside its caption ("Figure-credit": "Courtesy Montana
                // Department of Transportation").
                || (crate::meta::contains_ci(c, "credit") && dom.has_ancestor(id, Tag::Figure, 0))
        })
        || (matches!(tag, Tag::P | Tag::Div | Tag::Span | Tag::Td) && is_beside_lone_picture(dom, id, tag))
}

/// A short text that is all a picture's frame holds besides the picture, however it is named: a
/// `<figure>` built of other elements ("<div class="foto-nota"><img><div
/// class="epigrafe">…</div></div>", a gallery's "<li><img><p>…</p></li>") or an old layout's
/// table of two rows, the picture's and the caption's.
fn is_beside_lone_picture(dom: &Dom, id: NodeId, tag: Tag) -> bool {
    // A picture, bare or alone in a link, a cell or a row (or a paragraph: see below).
    let picture = |n: NodeId| match dom.tag(n) {
        Some(Tag::Img | Tag::Picture) => true,
        Some(Tag::A | Tag::Span | Tag::Div | Tag::Td | Tag::Tr) => {
            let mut kids = dom.element_children(n);
            matches!((kids.next(), kids.next()), (Some(k), None) if picture_or_cell(dom, k))
                && dom.short_inner_text(n, 0).is_some()
        }
        Some(Tag::P) => {
            let mut kids = dom.element_children(n);
            matches!((kids.next(), kids.next()), (Some(k), None) if matches!(dom.tag(k), Some(Tag::Img | Tag::Picture)))
                && dom.short_inner_text(n, 0).is_some()
        }
        _ => false,
    };
    // The caption's frame: its parent, or for a table cell the row before its row.
    let (frame, other) = if tag == Tag::Td {
        let row = dom.parent(id);
        let cells = dom.element_children(row).count();
        match (cells, dom.prev_element(row)) {
            (1, Some(prev)) if dom.is(prev, Tag::Tr) && is_last_element(dom, row) => (dom.parent(row), prev),
            _ => return false,
        }
    } else {
        let parent = dom.parent(id);
        let mut kids = dom.element_children(parent);
        let (Some(a), Some(b), None) = (kids.next(), kids.next(), kids.next()) else { return false };
        (parent, if a == id { b } else { a })
    };
    if !picture(other) {
        return false;
    }
    let Some(text) = dom.short_inner_text(id, 250).filter(|t| !t.trim().is_empty()) else { return false };
    // A picture alone in a paragraph beside a short paragraph is as often the text's own (a
    // feature's item and its description): there, only a text that credits the picture is its
    // caption ("… Photo : A. Diop", "… ছবি: সংগৃহীত").
    (!dom.is(other, Tag::P) || credits_a_picture(&text))
        // Nothing else in the frame says anything.
        && dom.children(frame).all(|c| dom.tag(c).is_some() || dom.text(c).is_none_or(|t| t.trim().is_empty()))
}

/// Whether a caption's text credits its picture: "Photo: File", "Foto: Archivo", "تصوير …".
pub(crate) fn credits_a_picture(text: &str) -> bool {
    const CREDITS: &[&str] = &[
        "photo:",
        "photo :",
        "foto:",
        "foto :",
        "fot.",
        "fotoğraf:",
        "photograph:",
        "image:",
        "imagen:",
        "bild:",
        "crédit",
        "credit:",
        "©",
        "(c) ",
        "фото:",
        "фото ",
        "تصوير",
        "صورة:",
        "צילום",
        "ছবি:",
        "फोटो",
        "写真",
        "사진",
        "摄影",
        "圖／",
        "图／",
        "图片来源",
    ];
    let lower = text.to_lowercase();
    CREDITS.iter().any(|c| lower.contains(c))
}

/// Whether no element follows `n` among its siblings.
fn is_last_element(dom: &Dom, n: NodeId) -> bool {
    let mut next = dom.next_sibling(n);
    while next.is_some() {
        if dom.tag(next).is_some() {
            return false;
        }
        next = dom.next_sibling(next);
    }
    true
}

/// An image, or a table cell or a link holding only one ([`is_beside_lone_picture`]).
fn picture_or_cell(dom: &Dom, n: NodeId) -> bool {
    match dom.tag(n) {
        Some(Tag::Img | Tag::Picture) => true,
        Some(Tag::Td | Tag::A) => {
            let mut kids = dom.element_children(n);
            matches!((kids.next(), kids.next()), (Some(k), None) if matches!(dom.tag(k), Some(Tag::Img | Tag::Picture)))
        }
        _ => false,
    }
}

/// Plain text: one block per paragraph, heading, list item, table cell or `<br>`-separated line.
pub fn text(dom: &Dom, root: NodeId) -> String {
    blocks_text(dom, root, false)
}

/// [`text`] with the pictures' captions: the text of a gallery, whose captions tell the story.
pub fn text_with_captions(dom: &Dom, root: NodeId) -> String {
    blocks_text(dom, root, true)
}

/// Whether the text below `root` has pictures' captions that [`text`] leaves out.
pub fn has_captions(dom: &Dom, root: NodeId) -> bool {
    dom.descendants(root).any(|d| dom.tag(d).is_some_and(|t| is_caption(dom, d, t)))
}

fn blocks_text(dom: &Dom, root: NodeId, captions: bool) -> String {
    let blocks = std::cell::RefCell::new(Blocks { out: String::new(), current: String::new(), pending_space: false });
    walk(
        dom,
        root,
        |id, tag| {
            if tag.is_block() || tag == Tag::Br {
                blocks.borrow_mut().flush();
            }
            !matches!(tag, Tag::Script | Tag::Style | Tag::Template | Tag::Noscript)
                && (captions || !is_caption(dom, id, tag))
        },
        |_, tag| {
            if tag.is_block() {
                blocks.borrow_mut().flush();
            }
        },
        |t| blocks.borrow_mut().push_text(t),
    );
    let mut b = blocks.into_inner();
    b.flush();
    b.out
}

/// The text and HTML of a JSON-LD `articleBody`, when it is the article and the page's own text
/// is not: at least 150 words, more than twice the words of `text`, and about the headline (a
/// third of the headline's words of four letters or more are in it). Markup in it is parsed away;
/// its lines are the paragraphs, after the page's `deck` when the page prints it and the body
/// leaves it out.
pub fn metadata_body(body: &str, text: &str, title: Option<&str>, deck: Option<&str>) -> Option<(String, String)> {
    // Bytes first: a body not longer than the text cannot hold twice its words.
    if body.len() <= text.len() {
        return None;
    }
    let words = colonnade_text::word_count(body);
    if words < 150 || colonnade_text::word_count(text) * 2 > words {
        return None;
    }
    let plain = if body.contains('<') {
        let dom = crate::parse::parse(body);
        crate::output::text(&dom, NodeId::DOCUMENT)
    } else {
        htmlize::unescape(body).into_owned()
    };
    let lower = plain.to_lowercase();
    let title_words: Vec<String> = title
        .unwrap_or("")
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_string)
        .collect();
    let found = title_words.iter().filter(|w| lower.contains(w.as_str())).count();
    if title_words.is_empty() || found * 3 < title_words.len() {
        return None;
    }
    let mut paragraphs: Vec<String> = plain.lines().map(crate::dom::collapse).filter(|p| !p.is_empty()).collect();
    // The deck printed over the teaser, which the body leaves out.
    let opening = |s: &str| s.chars().take(40).collect::<String>();
    if let Some(deck) = deck.map(crate::dom::collapse).filter(|d| d.chars().count() >= 60)
        && crate::dom::collapse(text).contains(&opening(&deck))
        && !plain.contains(&opening(&deck))
    {
        paragraphs.insert(0, deck);
    }
    let text = paragraphs.join("\n\n");
    let html: String = paragraphs.iter().map(|p| format!("<p>{}</p>", htmlize::escape_text(p.as_str()))).collect();
    Some((text, format!("<div>{html}</div>")))
}

/// Elements kept as they are in the sanitised HTML.
fn allowed(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::A
            | Tag::Abbr
            | Tag::B
            | Tag::Blockquote
            | Tag::Br
            | Tag::Caption
            | Tag::Cite
            | Tag::Code
            | Tag::Dd
            | Tag::Del
            | Tag::Div
            | Tag::Dl
            | Tag::Dt
            | Tag::Em
            | Tag::Figcaption
            | Tag::Figure
            | Tag::H2
            | Tag::H3
            | Tag::H4
            | Tag::H5
            | Tag::H6
            | Tag::Hr
            | Tag::I
            | Tag::Img
            | Tag::Ins
            | Tag::Li
            | Tag::Mark
            | Tag::Ol
            | Tag::P
            | Tag::Pre
            | Tag::Q
            | Tag::S
            | Tag::Small
            | Tag::Strong
            | Tag::Sub
            | Tag::Sup
            | Tag::Table
            | Tag::Tbody
            | Tag::Td
            | Tag::Tfoot
            | Tag::Th
            | Tag::Thead
            | Tag::Time
            | Tag::Tr
            | Tag::U
            | Tag::Ul
    )
}

/// Elements whose whole subtree is dropped.
fn dropped(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Script
            | Tag::Style
            | Tag::Template
            | Tag::Noscript
            | Tag::Iframe
            | Tag::Object
            | Tag::Embed
            | Tag::Form
            | Tag::Input
            | Tag::Button
            | Tag::Select
            | Tag::Textarea
            | Tag::Svg
            | Tag::Math
            | Tag::Canvas
            | Tag::Audio
            | Tag::Video
            | Tag::Head
            | Tag::Title
            | Tag::Meta
            | Tag::Link
            | Tag::Base
            | Tag::Frame
            | Tag::Frameset
            | Tag::Dialog
    )
}

/// Resolves a URL found in the page: absolute, http(s) only (plus `mailto:` when `allow_mailto`).
/// The text without the byline lines it opens with: a line among the first three that names one
/// of the article's people and says nothing else but a byword, their role, the date, the time or
/// the reading time ("By Priya Raman, local reporter 15 October 2026", "Graham Ostrowski
/// Columnist Published Jun 03, 2026 • 4 minute read", "Par Claire VasseurPublié le 4 mars 2026").
/// Pages print one when the metadata already names the writer, so the content search, which
/// takes out a byline only when none is known, leaves it. A line that goes on as a sentence (it
/// ends with a full stop or holds lowercase words and no figure) stays.
pub fn without_byline_lines(text: &str, people: &[String]) -> Option<String> {
    if people.is_empty() {
        return None;
    }
    let mut dropped = Vec::new();
    for (i, line) in text.split("\n\n").enumerate().take(3) {
        let line = line.trim();
        if line.len() > 200 {
            break;
        }
        if is_byline_with_meta(line, people) {
            dropped.push(i);
        }
    }
    if dropped.is_empty() {
        return None;
    }
    let kept: Vec<&str> =
        text.split("\n\n").enumerate().filter(|(i, _)| !dropped.contains(i)).map(|(_, l)| l).collect();
    Some(kept.join("\n\n"))
}

/// The text without a labelled writer's line among its last three blocks that names one of the
/// article's people: "Pewarta: Rina Wulandari" before "Copyright © ANTARA 2026", "Autorka: Marta
/// Lis (PAP)" before the desk's codes ([`crate::authors::text_bylines`] read it first).
pub fn without_closing_bylines(text: &str, people: &[String]) -> Option<String> {
    if people.is_empty() {
        return None;
    }
    let blocks: Vec<&str> = text.split("\n\n").collect();
    let n = blocks.len();
    let is_line = |b: &str| {
        let b = b.trim();
        let head: String = b.chars().take(16).flat_map(char::to_lowercase).collect();
        b.chars().count() <= 160
            && crate::authors::CLOSING_LABELS.iter().any(|l| head.starts_with(l))
            && people.iter().any(|p| b.contains(p.as_str()))
    };
    let keep: Vec<&str> =
        blocks.iter().enumerate().filter(|&(i, b)| i + 3 < n || !is_line(b)).map(|(_, b)| *b).collect();
    (keep.len() < n).then(|| keep.join("\n\n"))
}

/// The text without the writers' bios it ends with: one of its last two blocks, short, opening
/// with the name of one of the article's people ("Jorge Ibáñez es catedrático de Economía
/// Aplicada…", "ريم بن سالم أستاذة التخطيط العمراني…", "Doç. Dr. Elif Şahin-Karaca, şehir
/// planlama…"). A text of one or two blocks keeps them.
pub fn without_author_bios(text: &str, people: &[String]) -> Option<String> {
    // A name of five letters or more, or a Chinese, Japanese or Korean one ("박지현 기자는 …").
    let people: Vec<&str> = people
        .iter()
        .map(String::as_str)
        .filter(|p| p.chars().count() >= 5 || crate::authors::is_unspaced_name(p) || crate::authors::is_hangul_name(p))
        .collect();
    if people.is_empty() {
        return None;
    }
    let blocks: Vec<&str> = text.split("\n\n").collect();
    if blocks.len() < 4 {
        return None;
    }
    let is_bio = |b: &str| {
        let b = b.trim();
        if b.len() > 400 || b.chars().count() > 300 {
            return false;
        }
        // After an honorific or two: "Doç. Dr. Elif …", "Prof. Jane …".
        let mut rest = b;
        for _ in 0..2 {
            if let Some((first, after)) = rest.split_once(' ')
                && first.ends_with('.')
                && first.chars().count() <= 5
            {
                rest = after;
            }
        }
        people.iter().any(|p| rest.strip_prefix(p).is_some_and(|after| after.starts_with([' ', ','])))
    };
    let n = blocks.len();
    let keep: Vec<&str> =
        blocks.iter().enumerate().filter(|&(i, b)| i + 2 < n || !is_bio(b)).map(|(_, b)| *b).collect();
    (keep.len() < n).then(|| keep.join("\n\n"))
}

fn is_byline_with_meta(line: &str, people: &[String]) -> bool {
    let mut rest = line.to_string();
    let mut named = false;
    for person in people.iter().filter(|p| p.chars().count() >= 4) {
        if rest.contains(person.as_str()) {
            rest = rest.replace(person.as_str(), " ");
            named = true;
        }
    }
    if !named
        || rest.trim_end().ends_with(['.', '!', '?', '。']) && !rest.trim_end().ends_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let words: Vec<&str> = rest
        .split(|c: char| {
            c.is_whitespace() || matches!(c, '|' | '·' | '•' | '—' | '–' | ',' | '/' | ':' | '：' | '(' | ')')
        })
        .filter(|w| !w.is_empty() && *w != "-")
        .collect();
    if words.len() > 20 {
        return false;
    }
    let figure = words.iter().any(|w| w.chars().any(|c| c.is_numeric()));
    let titled = words.iter().all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()) || is_byword(w));
    words.is_empty() || figure || titled
}

/// The word that opens a byline ("By", "von", "Por", "Napsal").
fn is_byword(w: &str) -> bool {
    const BY: &[&str] = &[
        "by", "von", "par", "por", "di", "da", "door", "av", "przez", "от", "od", "and", "und", "et", "y", "e", "en",
        "og", "och", "i", "napsal", "written", "words", "text", "texto", "testo", "tekst",
    ];
    BY.iter().any(|b| w.eq_ignore_ascii_case(b) || w.to_lowercase() == *b)
}

pub fn absolute_url(base: Option<&Url>, raw: &str, allow_mailto: bool) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let parsed = match base {
        Some(b) => b.join(raw).ok()?,
        None => Url::parse(raw).ok()?,
    };
    match parsed.scheme() {
        "http" | "https" => Some(parsed.into()),
        "mailto" if allow_mailto => Some(parsed.into()),
        _ => None,
    }
}

/// The real source of a possibly lazy-loaded image.
pub fn image_source(dom: &Dom, img: NodeId) -> Option<&str> {
    for name in ["data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src", "src"] {
        if let Some(v) = dom.attr(img, name) {
            let v = v.trim();
            if !v.is_empty() && !v.starts_with("data:") {
                return Some(v);
            }
        }
    }
    let srcset = dom.attr(img, "srcset").or_else(|| dom.attr(img, "data-srcset"))?;
    srcset.split(',').next().and_then(|c| c.split_whitespace().next())
}

fn escape_into(out: &mut String, s: &str, attribute: bool) {
    // The bytes escaped are ASCII, so never part of another character: the text between them is
    // copied in runs, and 8 bytes without any of them are passed over at once.
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        i = skip_unescaped(bytes, i, attribute);
        let Some(&b) = bytes.get(i) else { break };
        let escaped = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' if attribute => "&quot;",
            0 => "",
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&s[start..i]);
        out.push_str(escaped);
        i += 1;
        start = i;
    }
    out.push_str(&s[start..]);
}

/// The first position at or after `i` of a chunk of 8 bytes that may hold a byte
/// [`escape_into`] escapes or drops (`&`, `<`, `>`, NUL, and `"` in an attribute); chunks
/// without any are passed over whole.
#[inline]
fn skip_unescaped(bytes: &[u8], mut i: usize, attribute: bool) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Whether some byte of `w` is zero (exact as a whole, whatever the carries).
    let has_zero = |w: u64| w.wrapping_sub(ONES) & !w & HIGH != 0;
    let quote = if attribute { u64::from(b'"') } else { 0 };
    while let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let w = u64::from_le_bytes(*chunk);
        if has_zero(w)
            || has_zero(w ^ (u64::from(b'&') * ONES))
            || has_zero(w ^ (u64::from(b'<') * ONES))
            || has_zero(w ^ (u64::from(b'>') * ONES))
            || has_zero(w ^ (quote * ONES))
        {
            break;
        }
        i += 8;
    }
    i
}

fn push_attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    escape_into(out, value, true);
    out.push('"');
}

/// Whitespace runs to one space (keeps a leading/trailing space, unlike `dom::collapse`).
fn collapse_runs(t: &str) -> std::borrow::Cow<'_, str> {
    // Nothing to do when every space is a lone ' '.
    let needs = if t.is_ascii() {
        let b = t.as_bytes();
        b.iter().any(|x| (b'\t'..=b'\r').contains(x)) || b.windows(2).any(|w| w == b"  ")
    } else {
        let mut prev_space = false;
        t.chars().any(|c| {
            let s = is_space(c);
            let bad = s && (prev_space || c != ' ');
            prev_space = s;
            bad
        })
    };
    if !needs {
        return std::borrow::Cow::Borrowed(t);
    }
    // A leading run becomes one space; the rest is `dom::push_collapsed`'s words joined by one
    // space, and its pending space at the end is the trailing run.
    let mut out = String::with_capacity(t.len());
    let mut first_word = 0;
    while first_word < t.len() {
        let (space, width) = crate::dom::space_at(t, first_word);
        if !space {
            break;
        }
        first_word += width;
    }
    if first_word > 0 {
        out.push(' ');
    }
    let mut trailing_space = false;
    crate::dom::push_collapsed(&mut out, &t[first_word..], &mut trailing_space);
    if trailing_space {
        out.push(' ');
    }
    std::borrow::Cow::Owned(out)
}

/// Sanitised HTML of the subtree, with URLs made absolute against `base`.
pub fn html(dom: &Dom, root: NodeId, base: Option<&Url>) -> String {
    let out = std::cell::RefCell::new(String::new());
    walk(
        dom,
        root,
        |id, tag| {
            if dropped(tag) {
                return false;
            }
            if !allowed(tag) {
                return true;
            }
            let mut o = out.borrow_mut();
            if tag == Tag::Img {
                if let Some(src) = image_source(dom, id).and_then(|s| absolute_url(base, s, false)) {
                    o.push_str("<img");
                    push_attr(&mut o, "src", &src);
                    for name in ["alt", "width", "height"] {
                        if let Some(v) = dom.attr(id, name) {
                            push_attr(&mut o, name, v);
                        }
                    }
                    o.push('>');
                }
                return false;
            }
            o.push('<');
            o.push_str(tag.name());
            match tag {
                Tag::A => {
                    if let Some(href) = dom.attr(id, "href").and_then(|h| absolute_url(base, h, true)) {
                        push_attr(&mut o, "href", &href);
                    }
                }
                Tag::Td | Tag::Th => {
                    for name in ["colspan", "rowspan"] {
                        if let Some(v) = dom.attr(id, name).filter(|v| v.trim().parse::<u16>().is_ok()) {
                            push_attr(&mut o, name, v.trim());
                        }
                    }
                }
                Tag::Time => {
                    if let Some(v) = dom.attr(id, "datetime") {
                        push_attr(&mut o, "datetime", v);
                    }
                }
                Tag::Ol => {
                    if let Some(v) = dom.attr(id, "start").filter(|v| v.trim().parse::<i32>().is_ok()) {
                        push_attr(&mut o, "start", v.trim());
                    }
                }
                _ => {}
            }
            o.push('>');
            !tag.is_void()
        },
        |_, tag| {
            if allowed(tag) && !tag.is_void() {
                let mut o = out.borrow_mut();
                o.push_str("</");
                o.push_str(tag.name());
                o.push('>');
            }
        },
        |t| {
            // Source indentation is not content: whitespace runs become one space.
            let collapsed = collapse_runs(t);
            escape_into(&mut out.borrow_mut(), &collapsed, false)
        },
    );
    out.into_inner()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_writers_bio_that_ends_the_text_leaves_it() {
        let people = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        let body = "El precio de la vivienda sube desde hace una década en todas las ciudades del país.";
        let text = |last: &str| format!("{body}\n\n{body}\n\n{body}\n\n{last}");
        for (bio, who) in [
            ("Jorge Ibáñez es catedrático de Economía Aplicada en la Universidad de Sevilla.", "Jorge Ibáñez"),
            ("Doç. Dr. Elif Şahin-Karaca, şehir planlama alanında çalışıyor.", "Elif Şahin-Karaca"),
            ("ريم بن سالم أستاذة التخطيط العمراني", "ريم بن سالم"),
            ("박지현 기자는 제주 바다와 해안 마을의 이야기를 10년째 취재하고 있다.", "박지현"),
        ] {
            assert_eq!(
                super::without_author_bios(&text(bio), &people(&[who])),
                Some(text("").trim_end().to_string()),
                "{bio}"
            );
        }
        // Another person's name, or a sentence that names the writer later, stays.
        assert_eq!(super::without_author_bios(&text("Jorge Ibáñez es catedrático."), &people(&["Ana Ruiz"])), None);
        assert_eq!(
            super::without_author_bios(&text("Como dijo Jorge Ibáñez, la vivienda sube."), &people(&["Jorge Ibáñez"])),
            None
        );
        // A short text keeps its last lines.
        assert_eq!(
            super::without_author_bios(&format!("{body}\n\nJorge Ibáñez es catedrático."), &people(&["Jorge Ibáñez"])),
            None
        );
    }

    #[test]
    fn byline_lines_that_open_the_text_leave_it_when_the_people_are_known() {
        let people = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        let body = "The council voted on Monday to close the old bridge to cars, after engineers found cracks.";
        for (line, who) in [
            ("By Priya Raman, local reporter 15 October 2026", &["Priya Raman"][..]),
            (
                "Graham Ostrowski Columnist Published Jun 03, 2026 • Last updated 2 hours ago • 4 minute read",
                &["Graham Ostrowski"],
            ),
            ("Par Claire VasseurPublié le 4 mars 2026 à 18h30, mis à jour le 5 mars 2026 à 9h10", &["Claire Vasseur"]),
            (
                "Femke Bakker en Joris Smit17 februari 2026, 06:12 · Laatste update: 15:40",
                &["Femke Bakker", "Joris Smit"],
            ),
            ("by Nadia Pereira Senior Reporter", &["Nadia Pereira"]),
            ("Ольга Петрова", &["Ольга Петрова"]),
            ("كتب: خالد العمري 30 يونيو 2026", &["خالد العمري"]),
        ] {
            let text = format!("{line}\n\n{body}");
            assert_eq!(super::without_byline_lines(&text, &people(who)).as_deref(), Some(body), "{line}");
        }
        for (line, who) in [
            // A sentence that names the writer stays, and so does a line naming someone else.
            ("Graham Ostrowski has covered the council for ten years.", &["Graham Ostrowski"][..]),
            ("Graham Ostrowski on why the council is wrong about the bridge", &["Graham Ostrowski"]),
            ("By Priya Raman, local reporter 15 October 2026", &["Dana Whitfield"]),
            ("By Priya Raman, local reporter 15 October 2026", &[]),
        ] {
            let text = format!("{line}\n\n{body}");
            assert_eq!(super::without_byline_lines(&text, &people(who)), None, "{line}");
        }
        // Only the text's first three lines are looked at.
        let late = format!("{body}\n\n{body}\n\n{body}\n\nBy Priya Raman 15 October 2026");
        assert_eq!(super::without_byline_lines(&late, &people(&["Priya Raman"])), None);
    }

    use super::*;
    use crate::parse::parse;

    fn body_of(html_src: &str) -> (Dom, NodeId) {
        let dom = parse(html_src);
        let b = dom.body;
        (dom, b)
    }

    #[test]
    fn collapse_runs_turns_each_run_into_one_space() {
        for t in crate::dom::tests::mixed_texts() {
            // Each maximal run of white space, leading and trailing ones included, is one ' '.
            let mut want = String::new();
            let mut in_space = false;
            for c in t.chars() {
                if is_space(c) {
                    if !in_space {
                        want.push(' ');
                    }
                } else {
                    want.push(c);
                }
                in_space = is_space(c);
            }
            assert_eq!(collapse_runs(&t), want, "{t:?}");
        }
    }

    #[test]
    fn escape_into_escapes_every_special_byte() {
        for t in crate::dom::tests::mixed_texts() {
            let t = t.replace('a', "&").replace('w', "<").replace('o', ">").replace('r', "\"").replace('d', "\0");
            for attribute in [false, true] {
                let mut want = String::new();
                for c in t.chars() {
                    match c {
                        '&' => want.push_str("&amp;"),
                        '<' => want.push_str("&lt;"),
                        '>' => want.push_str("&gt;"),
                        '"' if attribute => want.push_str("&quot;"),
                        '\0' => {}
                        c => want.push(c),
                    }
                }
                let mut got = String::new();
                escape_into(&mut got, &t, attribute);
                assert_eq!(got, want, "{t:?}");
            }
        }
    }

    #[test]
    fn text_blocks() {
        let (dom, b) = body_of(
            "<h2>Head</h2><p>One  two\n three</p><ul><li>a</li><li>b<br>c</li></ul><table><tr><td>x</td><td>y</td></tr></table>",
        );
        assert_eq!(text(&dom, b), "Head\n\nOne two three\n\na\n\nb\n\nc\n\nx\n\ny");
    }

    /// Captions stay under their pictures in the HTML but are not the column's text.
    #[test]
    fn captions_are_left_out_of_the_text() {
        let (dom, b) = body_of(
            r#"<p>First.</p><figure><img src="https://x.example/a.jpg"><figcaption>Crowds in the square (Photo: Agency)</figcaption></figure>
            <div class="wp-caption"><img src="https://x.example/b.jpg"><p class="wp-caption-text">Second picture</p></div>
            <p class="media__Caption">Third picture</p><p>Last.</p>"#,
        );
        assert_eq!(text(&dom, b), "First.\n\nLast.");
        let h = html(&dom, b, None);
        assert!(h.contains("Crowds in the square"), "{h}");
    }

    #[test]
    fn inline_elements_do_not_split_blocks() {
        let (dom, b) = body_of("<p>Hello <b>bold</b> and <a href=x>link</a>.</p>");
        assert_eq!(text(&dom, b), "Hello bold and link.");
    }

    #[test]
    fn html_is_sanitised_and_absolute() {
        let (dom, b) = body_of(
            r#"<p onclick="evil()" class="x">Hi <a href="/path?q=1" onmouseover="x">link</a>
            <a href="javascript:alert(1)">bad</a><img src="img/a.png" alt='A "quote"'><script>alert(1)</script>
            <iframe src="https://evil.example/"></iframe><span style="color:red">&lt;tag&gt;</span></p>"#,
        );
        let base = Url::parse("https://news.example.com/2024/05/story.html").unwrap();
        let out = html(&dom, b, Some(&base));
        assert!(out.contains(r#"<a href="https://news.example.com/path?q=1">link</a>"#), "{out}");
        assert!(out.contains("<a>bad</a>"), "{out}");
        assert!(
            out.contains(r#"<img src="https://news.example.com/2024/05/img/a.png" alt="A &quot;quote&quot;">"#),
            "{out}"
        );
        assert!(out.contains("&lt;tag&gt;"));
        for bad in ["onclick", "onmouseover", "javascript", "script", "iframe", "style", "class"] {
            assert!(!out.contains(bad), "{bad} in {out}");
        }
    }

    #[test]
    fn lazy_images_use_their_real_source() {
        let (dom, b) =
            body_of(r#"<p><img src="data:image/gif;base64,R0l" data-src="https://cdn.example.com/real.jpg"></p>"#);
        assert!(html(&dom, b, None).contains(r#"src="https://cdn.example.com/real.jpg""#));
    }
}
