//! Choosing each field from the gathered candidates, most reliable source first.

use colonnade_model::Timestamp;
use colonnade_text::{DateOptions, is_only_date, parse_date, parse_date_with};
use colonnade_url::{Url, date_in_path};

use crate::authors;
use crate::content::text_similarity;
use crate::meta::{LdArticle, Meta};

/// Separators between a headline and a site name in `<title>`.
fn separators() -> &'static [String] {
    colonnade_text::vocab::spaced_title_separators()
}

/// Picks the JSON-LD article that describes this page.
pub fn main_ld<'a>(meta: &'a Meta, canonical: Option<&str>) -> Option<&'a LdArticle> {
    if meta.ld.len() <= 1 {
        return meta.ld.first();
    }
    if let Some(c) = canonical
        && let Some(a) = meta.ld.iter().find(|a| a.url.as_deref().is_some_and(|u| same_page(u, c)))
    {
        return Some(a);
    }
    // Else the first with a headline and an author, else the first with a headline.
    meta.ld
        .iter()
        .find(|a| a.headline.is_some() && !a.authors.is_empty())
        .or_else(|| meta.ld.iter().find(|a| a.headline.is_some()))
        .or(meta.ld.first())
}

fn same_page(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.trim_end_matches('/')
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_start_matches("www.")
            .to_string()
    };
    norm(a) == norm(b)
}

/// Normalises a title for comparison: lowercase, letters and digits only, single spaces.
pub fn norm_title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The label old WordPress themes (Kubrick, the default until 2010, and its many children) put
/// between the site's name and the headline: "Time 4 talks » Blog Archiv » Headline".
const BLOG_ARCHIVE: [&str; 8] = [
    "blog archive",
    "blog archiv",
    "archives du blog",
    "archivio blog",
    "archivo del blog",
    "arquivo do blog",
    "blogarchief",
    "archiwum bloga",
];

/// Whether a title segment is the "Blog Archive" label ([`BLOG_ARCHIVE`]).
fn is_blog_archive(part: &str) -> bool {
    let part = norm_title(part);
    BLOG_ARCHIVE.contains(&part.as_str())
}

/// Removes a leading or trailing site name from a title ("Headline | Site"), and the "Blog
/// Archive" label of old WordPress themes with it.
pub fn strip_site(title: &str, site_names: &[&str]) -> String {
    let title = title.trim();
    let is_site = |part: &str| site_names.iter().any(|s| names_match(part, s)) || is_blog_archive(part);
    // memchr's one-shot searches: `str::find` would set up a two-way searcher for every separator.
    let hay = title.as_bytes();
    for sep in separators() {
        if let Some(i) = memchr::memmem::rfind(hay, sep.as_bytes()) {
            let (head, tail) = (&title[..i], &title[i + sep.len()..]);
            if is_site(tail) && !head.trim().is_empty() {
                return strip_site(head, site_names);
            }
        }
        if let Some(i) = memchr::memmem::find(hay, sep.as_bytes()) {
            let (head, tail) = (&title[..i], &title[i + sep.len()..]);
            if is_site(head) && !tail.trim().is_empty() {
                return strip_site(tail, site_names);
            }
        }
    }
    title.to_string()
}

/// A headline in a script written without spaces, less the site's name tied on without
/// spaces: "武汉的声音：有英勇的你，才有英雄的城！-新华网", "标题_新浪新闻". The name is short (at most
/// eight characters, one of them CJK) and the headline at least twice as long.
fn strip_unspaced_site(title: &str) -> &str {
    let Some(i) = title.rfind(['-', '_', '|', '\u{FF5C}', '\u{2014}']) else { return title };
    let sep_len = title[i..].chars().next().map_or(1, char::len_utf8);
    let (head, tail) = (title[..i].trim_end(), title[i + sep_len..].trim());
    let n = tail.chars().count();
    let cjk = |c: char| colonnade_text::is_unspaced_char(c);
    if (1..=8).contains(&n)
        && !tail.contains(char::is_whitespace)
        && tail.chars().any(cjk)
        && head.chars().count() >= 2 * n
        && head.chars().count() >= 6
        && head.chars().next_back().is_some_and(|c| cjk(c) || !c.is_alphanumeric())
        && head.chars().any(cjk)
    {
        head
    } else {
        title
    }
}

/// Whether a title segment is the site's name. The segment must be about as short as the name:
/// "How we designed Dropbox's ATF" mentions Dropbox but is not the site.
fn names_match(part: &str, site: &str) -> bool {
    let a = norm_title(part);
    let b = norm_title(site);
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b || a.replace(' ', "") == b.replace(' ', "") {
        return true;
    }
    let (aw, bw) = (a.split(' ').count(), b.split(' ').count());
    if aw > bw + 2 {
        return false;
    }
    (b.len() > 3 && a.contains(&b)) || (a.len() > 3 && b.contains(&a) && a.len() * 2 >= b.len())
}

/// Words of a title, for its length rules: whitespace-separated words, where a run of characters
/// of a script written without spaces (Chinese, Japanese, Thai) counts a word per two characters.
fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .map(|w| {
            let unspaced = w.chars().filter(|&c| colonnade_text::is_unspaced_char(c)).count();
            if unspaced == 0 {
                1
            } else {
                unspaced.div_ceil(2) + usize::from(w.chars().any(|c| c.is_ascii_alphanumeric()))
            }
        })
        .sum()
}

/// Readability's heuristics for a `<title>` without a known site name.
pub fn clean_document_title(orig: &str, h1s: &[String]) -> String {
    let orig = orig.trim();
    let mut cur = orig.to_string();
    let mut hierarchical = false;
    let has_sep = separators().iter().any(|s| orig.contains(s));
    if has_sep {
        hierarchical = [" \\ ", " / ", " > ", " » "].iter().any(|s| orig.contains(s));
        // Remove the last part.
        let mut cut = None;
        for sep in separators() {
            if let Some(i) = orig.rfind(sep) {
                cut = Some(cut.map_or(i, |c: usize| c.max(i)));
            }
        }
        if let Some(i) = cut {
            cur = orig[..i].to_string();
        }
        if word_count(&cur) < 3 {
            // Remove the first part instead.
            let mut first = None;
            for sep in separators() {
                if let Some(i) = orig.find(sep) {
                    first =
                        Some(first.map_or(
                            (i, sep.len()),
                            |(c, l): (usize, usize)| if i < c { (i, sep.len()) } else { (c, l) },
                        ));
                }
            }
            if let Some((i, l)) = first {
                cur = orig[i + l..].to_string();
            }
        }
    } else if orig.contains(": ") {
        let matches_heading = h1s.iter().any(|h| h.trim() == orig);
        if !matches_heading {
            if let Some(i) = orig.rfind(':') {
                cur = orig[i + 1..].to_string();
            }
            if word_count(&cur) < 3 {
                if let Some(i) = orig.find(':') {
                    cur = orig[i + 1..].to_string();
                }
            } else if let Some(i) = orig.find(':')
                && word_count(&orig[..i]) > 5
            {
                cur = orig.to_string();
            }
        }
    } else if (orig.chars().count() > 150 || orig.chars().count() < 15) && h1s.len() == 1 {
        cur = h1s[0].clone();
    }
    let cur = cur.trim().to_string();
    let wc = word_count(&cur);
    let orig_wc_without_seps = {
        let mut s = orig.to_string();
        for sep in separators() {
            s = s.replace(sep, " ");
        }
        word_count(&s)
    };
    if wc <= 4 && (!hierarchical || wc + 1 != orig_wc_without_seps) {
        return orig.to_string();
    }
    cur
}

/// Chooses the headline.
pub fn title(meta: &Meta, ld: Option<&LdArticle>, site_names: &[&str]) -> Option<String> {
    // Every source votes for its headline, weighted by how reliable it is; the headline with
    // most weight wins, ties going to the source listed first. JSON-LD is the publisher's declared
    // headline; Twitter cards mostly copy OpenGraph, so they count half.
    let mut cands: Vec<(&str, f32)> = Vec::new();
    if let Some(a) = ld {
        // Readability: of `name` and `headline`, the one closer to the document title.
        match (&a.headline, &a.name) {
            (Some(h), Some(n)) if h != n => {
                let doc = meta.title_tag.as_deref().unwrap_or("");
                let pick = if text_similarity(doc, n) > text_similarity(doc, h) { n } else { h };
                cands.push((pick, 1.5));
            }
            (Some(h), _) => cands.push((h, 1.5)),
            (None, Some(n)) => cands.push((n, 1.0)),
            _ => {}
        }
    }
    for (key, weight) in [
        ("dc:title", 1.0),
        ("dcterm:title", 1.0),
        ("og:title", 1.0),
        ("weibo:article:title", 1.0),
        ("weibo:webpage:title", 1.0),
        ("title", 1.0),
        ("twitter:title", 0.5),
        ("parsely-title", 1.0),
        ("sailthru.title", 1.0),
    ] {
        if let Some(v) = meta.get(&[key]) {
            // A Twitter card repeating OpenGraph is a copy, not a second witness.
            let copy = key == "twitter:title" && meta.get(&["og:title"]) == Some(v);
            cands.push((v, if copy { 0.0 } else { weight }));
        }
    }
    if let Some(v) = meta.itemprop("headline") {
        cands.push((v, 1.0));
    }
    // A candidate that stands as the short end segment of another ("Aktuálně.cz" beside
    // "Headline | Aktuálně.cz") is the site's name, not a headline.
    let mut names: Vec<String> = site_names.iter().map(|s| s.to_string()).collect();
    let all: Vec<&str> = cands.iter().map(|(c, _)| *c).chain(meta.title_tag.as_deref()).collect();
    // Unless it is the page's own headline: "Headline | Wochenblatt für Landwirtschaft &
    // Landleben" ends with a site name longer than its headline.
    let headline = |c: &str| meta.h1s.iter().any(|h| !meta.home_h1s.contains(h) && norm_title(h) == norm_title(c));
    let ends: Vec<EndSegments> = all.iter().map(|other| EndSegments::of(other)).collect();
    for c in &all {
        if ends.iter().any(|e| e.holds(c)) && !names.iter().any(|n| norm_title(n) == norm_title(c)) && !headline(c) {
            names.push(c.to_string());
        }
    }
    // So is an `<h1>` that links to the home page and is the short end segment of `<title>`: a
    // blog's name as its header ("<h1><a href="/">Global Voices Online</a></h1>" beside
    // "<title>Global Voices Online » Headline</title>").
    if let Some(doc) = meta.title_tag.as_deref() {
        for h in &meta.home_h1s {
            if EndSegments::of(doc).holds(h) && !names.iter().any(|n| norm_title(n) == norm_title(h)) {
                names.push(h.clone());
            }
        }
    }
    let site_names: Vec<&str> = names.iter().map(String::as_str).collect();
    let site_names = site_names.as_slice();
    let generic = |t: &str| site_names.iter().any(|s| norm_title(s) == norm_title(t));
    let clean = |s: &str| {
        let s = htmlize::unescape(s);
        let collapsed = crate::dom::collapse(&s);
        strip_site(strip_unspaced_site(&collapsed), site_names)
    };
    let mut cleaned: Vec<(String, f32)> =
        cands.iter().filter(|(c, _)| !generic(c)).map(|(c, w)| (clean(c), *w)).filter(|(c, _)| !c.is_empty()).collect();
    if let Some(t) = meta.title_tag.as_deref().filter(|t| !t.trim().is_empty()) {
        let collapsed = crate::dom::collapse(t);
        let collapsed = strip_unspaced_site(&collapsed).to_string();
        let stripped = strip_site(&collapsed, site_names);
        let doc = if stripped != collapsed { stripped } else { clean_document_title(&collapsed, &meta.headings) };
        cleaned.push((doc, 1.0));
    }
    let mut h1_at = None;
    if let Some(h) = meta.h1s.first().filter(|h| !generic(h)) {
        h1_at = Some(cleaned.len());
        cleaned.push((h.clone(), 1.0));
    }
    let norms: Vec<String> = cleaned.iter().map(|(c, _)| norm_title(c)).collect();
    let mut best: Option<(usize, f32)> = None;
    for (i, n) in norms.iter().enumerate() {
        if n.is_empty() {
            continue;
        }
        // A candidate votes for the headline it states, also when it states it decorated (with a
        // section, a site's name, a label: "Headline | District", "Blog: Headline") or cut short
        // at a stray quotation mark (`content="Senador califica a Biden de "incapacitado""`).
        let me = cleaned[i].0.as_str();
        let votes: f32 = norms
            .iter()
            .zip(&cleaned)
            .filter(|(m, (c, _))| {
                *m == n
                    || (m.len() > n.len()
                        && word_count(me) >= 3
                        && m.contains(n.as_str())
                        && is_decorated(c, me, Some(i) == h1_at))
                    || (n.len() > m.len() && n.starts_with(m.as_str()) && is_cut_at_quote(c, me))
            })
            .map(|(_, (_, w))| w)
            .sum();
        if best.is_none_or(|(_, v)| votes > v) {
            best = Some((i, votes));
        }
    }
    let winner = best.map(|(i, _)| cleaned[i].0.clone())?;
    // A date set off before or after the headline is the page's date line, also when the page
    // prints it in its own headline ("23.01.2022 - Dorothea Wierer darf jubeln").
    let winner = strip_date_segment(&winner).to_string();
    // The page's own headline, when the winner is that headline decorated with a section, a date
    // or a site name the page does not declare ("Headline | DW | 23.05.2011", "08.11.2021 |
    // Headline", "Headline / Politik / Home - stol.it").
    // A headline the page sets in capitals is the same headline the metadata gives in
    // letter case ("WEEKEND CODING AGENT", "Weekend Coding Agent"): the cased one reads better.
    let cased = |h: &str| -> String {
        let shouts = h.chars().any(char::is_alphabetic) && !h.chars().any(char::is_lowercase);
        if !shouts {
            return h.to_string();
        }
        let lower = h.to_lowercase();
        cleaned
            .iter()
            .filter(|(c, _)| c.chars().any(char::is_lowercase))
            .find_map(|(c, _)| {
                // The same letters in the candidate, where lowercasing keeps every byte offset.
                let lc = c.to_lowercase();
                let i = (lc.len() == c.len()).then(|| lc.find(&lower)).flatten()?;
                c.get(i..i + lower.len()).filter(|_| lower.len() == h.len()).map(str::to_string)
            })
            .unwrap_or_else(|| h.to_string())
    };
    // (A headline in Chinese or Japanese, written without spaces, of six characters or more.)
    let long_enough =
        |h: &str| word_count(h) >= 3 || h.chars().filter(|&c| colonnade_text::is_unspaced_char(c)).count() >= 6;
    if let Some(h) = meta.h1s.iter().find(|h| !generic(h) && long_enough(h))
        && is_decorated(&winner, h, true)
    {
        return Some(cased(h));
    }
    // A page without a headline of its own in an `<h1>` (an old page, a print view, a classic
    // blog whose `<h1>` is its name) sets it in an `<h2>` or `<h3>`: the winner, a `<title>`,
    // decorated with a label ("Druckversion: Headline"), the blog's name ("Post title: Blog
    // name") or the paper's name in brackets ("社説：…（北国日日新聞）").
    let own_h1 = meta.h1s.iter().any(|h| !generic(h) && !meta.home_h1s.contains(h) && long_enough(h));
    if !own_h1 {
        let named = |tail: &str| {
            let tail = norm_title(tail);
            meta.h1s.iter().map(String::as_str).chain(site_names.iter().copied()).any(|n| norm_title(n) == tail)
        };
        for h in meta.headings.iter().filter(|h| !meta.h1s.contains(h)).chain(&meta.h3s).filter(|h| long_enough(h)) {
            let hn = norm_title(h);
            if hn == norm_title(&winner) {
                break;
            }
            let paper = winner
                .strip_suffix('）')
                .and_then(|w| w.rsplit_once('（'))
                .is_some_and(|(head, _)| norm_title(head) == hn);
            let blog = winner.rsplit_once(": ").is_some_and(|(head, tail)| norm_title(head) == hn && named(tail));
            if paper || blog || is_decorated(&winner, h, true) {
                return Some(cased(h));
            }
        }
    }
    // The headline the reader sees, when it tells the winner's story in other words: titles for
    // social cards and search results are often rewritten ("VW-Chef Diess warnt vor Tesla" for
    // the page's "VW-Chef warnt vor Tesla"), and a meta title can be cut at a stray quotation
    // mark. Only a page's one `<h1>` that is not the site's name or a link home counts.
    let mut visible = meta.h1s.iter().filter(|h| !generic(h) && !meta.home_h1s.contains(h));
    if let (Some(h), None) = (visible.next(), visible.next())
        && norm_title(h) != norm_title(&winner)
        && (same_story(h, &winner) || is_kicker_and(&winner, h))
    {
        return Some(cased(h));
    }
    Some(cased(&winner))
}

/// Whether `title` is `headline` after a kicker of one to three words run into it without a
/// separator, `headline` starting as a sentence does: the page's metadata "SARS-2/COVID-19
/// Heute schon an morgen denken" for the `<h1>` "Heute schon an morgen denken", its topic
/// printed apart above it.
fn is_kicker_and(title: &str, headline: &str) -> bool {
    let (nt, nh) = (norm_title(title), norm_title(headline));
    let (wt, wh) = (word_count(title), word_count(headline));
    // A headline starts as a sentence does: one starting in lowercase is the title's tail.
    let starts_lowercase = headline.trim_start().chars().next().is_some_and(char::is_lowercase);
    wh >= 3
        && !starts_lowercase
        && (wh + 1..=wh + 3).contains(&wt)
        && nt.strip_suffix(nh.as_str()).is_some_and(|k| k.ends_with(' '))
}

/// `title` without a date set off by a title separator at its start or end ("23.01.2022 -
/// Headline", "Headline | 23.05.2011"), when three words or more are left.
fn strip_date_segment(title: &str) -> &str {
    // Only a date, with at most a month's and a weekday's names ("Top 10 things to do in 2024"
    // holds a year, and is a headline).
    let is_date = |part: &str| is_only_date(part, 32, 2);
    for sep in separators().iter().map(String::as_str).chain([" : "]) {
        if let Some((head, rest)) = title.split_once(sep)
            && is_date(head)
            && word_count(rest) >= 3
        {
            return rest.trim();
        }
        if let Some((rest, tail)) = title.rsplit_once(sep)
            && is_date(tail)
            && word_count(rest) >= 3
        {
            return rest.trim();
        }
    }
    title
}

/// Whether `h1` tells `title`'s story in other words: both of 3 to 30 words, sharing at least
/// half the distinct words of the shorter (two or more), yet more than a word or two apart. An
/// `<h1>` holding the whole title is the title with a kicker or a date line around it ("Local
/// News | Headline"), not a rewording; one in capitals is a banner.
fn same_story(h1: &str, title: &str) -> bool {
    let (nh, nt) = (norm_title(h1), norm_title(title));
    let (wh, wt) = (nh.split(' ').count(), nt.split(' ').count());
    if !(3..=30).contains(&wh) || !(3..=30).contains(&wt) {
        return false;
    }
    // In capitals: letters with case, none lowercase (Arabic, Devanagari or CJK have no case).
    let capitals = h1.chars().any(char::is_uppercase) && !h1.chars().any(char::is_lowercase);
    if nh.contains(&nt) || nt.contains(&nh) || capitals {
        return false;
    }
    let words = |s: &str| -> std::collections::HashSet<String> { s.split(' ').map(str::to_owned).collect() };
    let (sh, st) = (words(&nh), words(&nt));
    let shared = sh.intersection(&st).count();
    let apart = sh.symmetric_difference(&st).count();
    shared >= 2 && shared * 2 >= sh.len().min(st.len()) && apart > 2
}

/// Whether `title` is `headline` with more segments before or after it, set off by a title
/// separator ([`separators`], or " : " and " / "; with `label`, also a label's ": " as in
/// "Blog: Headline", allowed only when `headline` is the page's visible `<h1>`: the part after
/// a colon is often a title's second half).
fn is_decorated(title: &str, headline: &str, label: bool) -> bool {
    let h = norm_title(headline);
    if h.is_empty() || norm_title(title) == h {
        return false;
    }
    let head_words = word_count(headline);
    let colon: &[&str] = if label { &[": "] } else { &[] };
    // A full-width bar needs no spaces: "劏房規管不能只靠最低標準｜觀點".
    separators().iter().map(String::as_str).chain([" : ", " / ", "｜"]).chain(colon.iter().copied()).any(|sep| {
        title.match_indices(sep).any(|(i, _)| {
            let (head, tail) = (&title[..i], &title[i + sep.len()..]);
            // After the headline: a site's or section's name shorter than the headline, a
            // name of up to eight words ("Headline - Berliner Leichtathletik Verband e.V."),
            // or a trail of short labels ("Headline / Politik / Artikel / Home - stol.it").
            // Before it, only a date or a label of a few words (a site's header text ending a
            // `<title>` is not its headline).
            let after = norm_title(head) == h
                && sep != ": "
                && (word_count(tail) < head_words.max(2) || word_count(tail) <= 8 || is_label_trail(tail));
            let before = norm_title(tail) == h
                && (word_count(head) <= 2 || (sep != ": " && head.bytes().filter(u8::is_ascii_digit).count() >= 4));
            after || before
        })
    })
}

/// Whether `short` is `full` cut at a quotation mark: an attribute value ended by a quote
/// the page did not escape.
fn is_cut_at_quote(short: &str, full: &str) -> bool {
    let short = short.trim();
    word_count(short) >= 3
        && full
            .strip_prefix(short)
            .is_some_and(|rest| rest.trim_start().starts_with(['"', '\u{201C}', '\u{201E}', '\u{AB}', '\u{BB}', '\'']))
}

/// Whether `text` is a trail of short labels set off by separators ("Politik / Politik im
/// Überblick / Artikel / Home - stol.it").
fn is_label_trail(text: &str) -> bool {
    let mut parts = vec![text];
    for sep in separators().iter().map(String::as_str).chain([" / "]) {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts.len() >= 2 && parts.iter().all(|p| (1..=4).contains(&word_count(p)))
}

/// A date line about something else than the page: when a person joined, a profile, a count.
fn is_other_date_line(text: &str) -> bool {
    let t = text.to_lowercase();
    ["joined", "member since", "mitglied seit", "miembro desde", "membre depuis", "posts", "beiträge"]
        .iter()
        .any(|k| t.contains(k))
}

/// The first and last segments of a title split at a title separator: whether a candidate is one
/// of them and shorter than the rest ([`EndSegments::holds`]). A title's segments are found once
/// ([`EndSegments::of`]) and tested against every other candidate.
struct EndSegments {
    /// For each separator the title holds: its last segment and its first, normalised
    /// ([`norm_title`]), each with whether it is shorter than the rest.
    ends: Vec<(String, bool)>,
}

impl EndSegments {
    fn of(whole: &str) -> EndSegments {
        // Every separator opens with a space and none goes on with a letter or digit: one pass
        // over the spaces finds each separator's first and last place.
        let seps = separators();
        let mut places: Vec<Option<(usize, usize)>> = vec![None; seps.len()];
        let bytes = whole.as_bytes();
        for i in memchr::memchr_iter(b' ', bytes) {
            if bytes.get(i + 1).is_none_or(u8::is_ascii_alphanumeric) {
                continue;
            }
            for (sep, place) in seps.iter().zip(places.iter_mut()) {
                if bytes[i..].starts_with(sep.as_bytes()) {
                    *place = Some(place.map_or((i, i), |(first, _)| (first, i)));
                }
            }
        }
        let mut ends = Vec::new();
        for (sep, place) in seps.iter().zip(places) {
            let Some((first, last)) = place else { continue };
            let (head, tail) = (&whole[..first], &whole[last + sep.len()..]);
            ends.push((norm_title(tail), word_count(&whole[..last]) > word_count(tail)));
            ends.push((norm_title(head), word_count(&whole[first + sep.len()..]) > word_count(head)));
        }
        EndSegments { ends }
    }

    /// Whether `part` is one of the end segments, shorter than the rest.
    fn holds(&self, part: &str) -> bool {
        if self.ends.is_empty() {
            return false;
        }
        let p = norm_title(part);
        !p.is_empty() && self.ends.iter().any(|(end, shorter)| *shorter && *end == p)
    }
}

/// The publication's name.
pub fn site_name(meta: &Meta, ld: Option<&LdArticle>, host: Option<&str>) -> Option<String> {
    declared_site_name(meta, ld).or_else(|| {
        let headlines: Vec<&str> = meta.h1s.iter().filter(|h| !meta.home_h1s.contains(h)).map(String::as_str).collect();
        site_name_from_title(meta.title_tag.as_deref()?, host?, &headlines)
    })
}

/// "Global Voices Online » Headline" on globalvoicesonline.org: the end segment of `<title>` that
/// spells the host's name. Never the page's own headline (`headlines`: its `<h1>`s that are not
/// links home), which can hold the host's word: "Gardening in a Warming World | Cornell
/// Garden-Based Learning" on gardening.cals.cornell.edu.
fn site_name_from_title(title: &str, host: &str, headlines: &[&str]) -> Option<String> {
    let label = host.trim_start_matches("www.").split('.').next()?.to_lowercase();
    if label.len() < 3 {
        return None;
    }
    let title = crate::dom::collapse(&htmlize::unescape(title));
    for sep in separators() {
        let (Some(first), Some(last)) = (title.find(sep), title.rfind(sep)) else { continue };
        for seg in [&title[..first], &title[last + sep.len()..]] {
            let squashed: String = norm_title(seg).chars().filter(|c| !c.is_whitespace()).collect();
            if squashed.len() >= 3
                && (squashed == label || label.contains(&squashed) || squashed.contains(&label))
                && !headlines.iter().any(|h| norm_title(h) == norm_title(seg))
            {
                return Some(seg.trim().to_string());
            }
        }
    }
    None
}

fn declared_site_name(meta: &Meta, ld: Option<&LdArticle>) -> Option<String> {
    meta.get(&["og:site_name"])
        .map(str::to_string)
        .or_else(|| ld.and_then(|a| a.publisher.clone()))
        .or_else(|| meta.ld_site_name.clone())
        .or_else(|| {
            meta.get(&["application-name", "apple-mobile-web-app-title", "al:android:app_name", "al:ios:app_name"])
                .map(str::to_string)
        })
        .map(|s| crate::dom::collapse(&htmlize::unescape(&s)))
        .filter(|s| !s.is_empty() && s.chars().count() <= 100)
}

/// Authors, the byline as printed, and the organisations credited.
pub fn authors(
    meta: &Meta,
    ld: Option<&LdArticle>,
    content_byline: Option<&str>,
    text: &str,
    site_name: Option<&str>,
    host: Option<&str>,
) -> (Vec<String>, Option<String>, Vec<String>) {
    // Sources, most reliable first; `true` marks those whose credits count even when a more
    // reliable source named the people (author links and author boxes may be other articles').
    let mut sources: Vec<(String, bool)> = Vec::new();
    let mut credits: Vec<String> = Vec::new();
    // A guest post's note names its writer, whoever the blog's metadata names (the blog's owner).
    if let Some((guest, _)) = authors::guest_note(text) {
        sources.push((guest.to_string(), true));
    }
    // The byline printed under the headline, when it names people the metadata does not: the
    // metadata's author is then the account that posted the page (an editor, a web producer).
    // Or a group of links to several writers' pages that holds the metadata's one and more (the
    // metadata kept the first of several: "Lucía Fernández de la Vega, Andrés Ortiz y Marta Gil").
    let linked_groups = meta.author_links.iter().filter(|l| l.contains(", ")).map(|l| (l.as_str(), true));
    let printed_candidates: Vec<(&str, bool)> =
        meta.printed_byline.as_deref().map(|p| (p, false)).into_iter().chain(linked_groups).collect();
    if !printed_candidates.is_empty() {
        let declared: Vec<String> = ld
            .into_iter()
            .flat_map(|a| a.authors.iter().filter(|(_, org)| !org).map(|(n, _)| n.clone()))
            .chain(
                ["author", "dc:creator", "article:author", "parsely-author", "byl"]
                    .iter()
                    .filter_map(|k| meta.get(&[k]).map(str::to_string)),
            )
            .collect();
        let words = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 3).map(str::to_lowercase).collect()
        };
        let declared_words: Vec<String> = declared.iter().flat_map(|d| words(d)).collect();
        let mut declared_names: Vec<String> =
            declared.iter().flat_map(|d| authors::parse(d, site_name).names).map(|n| authors::bare(&n)).collect();
        declared_names.sort_unstable();
        declared_names.dedup();
        // Full names only: a lone word left of a line is a label ("Written", "By"); a Chinese,
        // Japanese or Korean name is one word.
        let full = |n: &String| n.contains(' ') || authors::is_unspaced_name(n);
        // The names the printed byline gives (the first candidate): a group of links must not add
        // to them ("By Dana Whitfield and Marcus Obi, with reporting by Sofia Brennan", all three
        // linked).
        let mut printed_names: Option<Vec<String>> = None;
        for (printed, linked) in printed_candidates {
            let names = authors::parse(printed, site_name).names;
            let printed_bare: Vec<String> = names.iter().map(|n| authors::bare(n)).collect();
            if !linked {
                printed_names = Some(printed_bare.clone());
            } else if printed_names.as_ref().is_some_and(|p| printed_bare.iter().any(|n| !p.contains(n))) {
                continue;
            }
            // Or when it names everyone the metadata does and more, joined by "and" only: a
            // comma, a dash or a bracket brings a role, a place or the paper ("(photography)",
            // "— São Paulo", ", Portal Paulista"), unless each name links to its writer's page.
            let more = !declared_names.is_empty()
                && (linked || !printed.contains([',', '—', '–', '(', '|', ';']))
                && names.len() > declared_names.len()
                && names.iter().all(full)
                && declared_names.iter().all(|d| printed_bare.contains(d));
            let other =
                !linked && names.iter().all(|n| full(n) && words(n).iter().all(|w| !declared_words.contains(w)));
            if !declared.is_empty() && !names.is_empty() && (more || other) {
                sources.push((printed.to_string(), true));
                break;
            }
        }
    }
    // Metadata naming someone the page never prints, and an "About the author" box naming
    // another: the box's writer.
    if let Some(w) = &meta.boxed_writer {
        sources.push((w.clone(), true));
    }
    // The metadata's writer linked on the page as its editor ("Penulis: Rizal Fahmi | Editor: Dewi
    // Lestari"): the CMS filled in the account that published the page; the writer's link names
    // the author.
    if sources.is_empty() && !meta.editor_links.is_empty() {
        let editors: Vec<String> = meta.editor_links.iter().map(|e| authors::bare(e)).collect();
        let mut declared = ld
            .into_iter()
            .flat_map(|a| a.authors.iter().filter(|(_, org)| !org).map(|(n, _)| n.as_str()))
            .chain(["author", "dc:creator", "article:author"].iter().filter_map(|k| meta.get(&[k])))
            .peekable();
        if declared.peek().is_some()
            && declared.all(|d| editors.contains(&authors::bare(d)))
            && let Some(writers) = meta.author_links.iter().find(|l| {
                let names = authors::parse(l, site_name).names;
                !names.is_empty() && names.iter().all(|n| !editors.contains(&authors::bare(n)))
            })
        {
            sources.push((writers.clone(), true));
        }
    }
    if let Some(a) = ld {
        let authors = &a.authors;
        let persons: Vec<&str> = authors.iter().filter(|(_, org)| !org).map(|(n, _)| n.as_str()).collect();
        if !persons.is_empty() {
            sources.push((persons.join(", "), true));
        }
        // Organisations as JSON-LD authors: only agencies and desks are credits (not the publisher).
        for (name, _) in authors.iter().filter(|(_, org)| *org) {
            add_all(&mut credits, authors::parse(name, site_name).credits);
        }
    }
    for key in [
        "dc:creator",
        "dcterm:creator",
        "author",
        "parsely-author",
        "sailthru.author",
        "byl",
        "article:author",
        "og:article:author",
        "citation_author",
    ] {
        // Several `<meta>` of one key are several authors ("citation_author" once per person).
        let mut values: Vec<&str> = Vec::new();
        for v in meta.all(key).filter(|v| !v.starts_with("http")) {
            if !values.contains(&v) {
                values.push(v);
            }
        }
        if !values.is_empty() {
            sources.push((values.join(if values.len() > 1 { "; " } else { "" }), true));
        }
    }
    // The byline printed in the article beats author links elsewhere on the page (sidebars).
    if let Some(b) = content_byline {
        sources.push((b.to_string(), true));
    }
    // The byline printed by the headline, opened by a byline word, when the metadata names no
    // one ("Oleh: Dr. Nur Aini Siregar" in a column's header).
    if let Some(printed) = meta.printed_byline.as_deref() {
        sources.push((printed.to_string(), true));
    }
    // A byline as the lead's first line or the text's last ("Von Max Muster", "By Jane Doe,
    // Reuters —", "Texto: Ana Ruiz").
    for line in authors::text_bylines(text) {
        sources.push((line.to_string(), true));
    }
    for v in &meta.author_links {
        sources.push((v.clone(), false));
    }
    // The author of the page's JSON-LD `WebPage` node (when it describes no article) is often
    // the account that posted it, an editor: after what the page prints.
    let page_people: Vec<&str> = meta.ld_page_authors.iter().filter(|(_, org)| !org).map(|(n, _)| n.as_str()).collect();
    if !page_people.is_empty() {
        sources.push((page_people.join(", "), false));
    }
    let links_end = sources.len();
    for v in &meta.bylines {
        sources.push((v.clone(), false));
    }
    // A personal site is named after its author: then the site's name is a person's. So is a
    // site whose host spells the person its JSON-LD declares ("Falk Hinrichs" on
    // falk-hinrichs.example, whatever the blog's title), unless that "person" is the site or
    // its publisher ("Ultima Hora" on ultimahora.com).
    // (Not a site whose JSON-LD credits an organisation of its own name: "Ouest Quotidien" on
    // ouest-quotidien.example is a paper.)
    let organisation =
        |s: &str| ld.is_some_and(|a| a.authors.iter().any(|(n, org)| *org && authors::bare(n) == authors::bare(s)));
    let personal = site_name.is_some_and(|s| host_is_named_after(host, s) && !organisation(s))
        // A byline that spells the host and opens the site's name, written in lowercase: "Ada
        // Kowal" on adakowal.example, named "ada kowal · notes" (not a domain: "ultimahora.com").
        || site_name.is_some_and(|n| {
            !n.contains('.')
                && sources.iter().any(|(s, _)| {
                    let b = authors::bare(s);
                    b.len() >= 6 && authors::bare(n).starts_with(&b) && host_is_named_after(host, s.trim())
                })
        })
        || ld.is_some_and(|a| {
            a.authors.iter().any(|(n, org)| {
                let named = |other: Option<&str>| other.is_some_and(|s| authors::bare(s) == authors::bare(n));
                !org && host_is_named_after(host, n) && !named(site_name) && !named(a.publisher.as_deref())
            })
        });
    // The owner a site is named after in the possessive ("Gregory Szorc's Digital Home" on
    // gregoryszorc.com): the author when nothing names anyone. (A site named "Twin Cities" on
    // twincities.com is a publication: only the possessive says a person owns it.)
    let owner = site_name.and_then(|s| {
        let (owner, _) = s.split_once("'s ").or_else(|| s.split_once("’s "))?;
        host_is_named_after(host, owner.trim()).then(|| owner.trim().to_string())
    });
    let site_name = site_name.filter(|_| !personal);
    let host_label = host.map(|h| authors::bare(h.trim_start_matches("www.").split('.').next().unwrap_or("")));
    let is_site = |name: &str| {
        let b = authors::bare(name);
        !personal
            && (site_name.is_some_and(|s| authors::bare(s) == b)
                || host_label.as_deref().is_some_and(|l| l.len() >= 4 && (l == b || (b.len() >= 6 && l.contains(&b)))))
    };
    let site_bare = site_name.map(authors::bare).unwrap_or_default();
    let mut chosen: Option<(Vec<String>, usize)> = None;
    // Whether the chosen names are one word each from an author link ("Diaspora" of a social
    // icon's `/people/` link): a full name printed later on the page wins over them.
    let mut weak = false;
    for (i, (s, always)) in sources.iter().enumerate() {
        let parsed = authors::parse(s, site_name);
        if chosen.is_none() || *always {
            add_all(&mut credits, parsed.credits);
        }
        if chosen.is_some() && !weak {
            continue;
        }
        // "Deutsche Welle (www.dw.com)": a name given with the page's own home address is the site.
        if !personal && names_own_site(s, host) {
            continue;
        }
        let mut names: Vec<String> = Vec::new();
        for mut n in parsed.names {
            if is_site(&n) {
                continue;
            }
            // "Adam Aaronson PhillyVoice": the site's name after the person's.
            if let Some((head, last)) = n.rsplit_once(' ')
                && head.contains(' ')
                && last.chars().count() >= 4
                && (site_bare.contains(&authors::bare(last))
                    || host_label.as_deref().is_some_and(|l| l == authors::bare(last)))
            {
                n = head.to_string();
            }
            // An author box's single word is a section or a label more often than a person (a
            // Chinese, Japanese or Korean name is one word: "陈晓雯", "정민호").
            if i >= links_end && !n.contains(' ') && !authors::is_unspaced_name(&n) {
                continue;
            }
            names.push(n);
        }
        if weak {
            if names.iter().any(|n| !authors::is_one_cased_word(n)) {
                chosen = Some((names, i));
                weak = false;
            }
            continue;
        }
        if !names.is_empty() {
            weak = !*always && names.iter().all(|n| authors::is_one_cased_word(n));
            chosen = Some((names, i));
        }
    }
    add_all(&mut credits, authors::dateline_credits(text));
    let used = chosen.as_ref().map(|(_, i)| *i);
    let byline = content_byline
        .map(str::to_string)
        .or_else(|| used.and_then(|i| sources.get(i)).map(|(s, _)| s.clone()))
        .or_else(|| sources.first().map(|(s, _)| s.clone()));
    let mut names = chosen.map(|(n, _)| n).or_else(|| owner.map(|o| vec![o])).unwrap_or_default();
    // The metadata lists the photographer with the writer, whom the printed byline credits for
    // the pictures: "文／蔡佩珊　攝影／王建民", "Text: Ana Ruiz · Fotos: Luis Gil".
    if names.len() > 1
        && let Some(printed) = content_byline.or(meta.printed_byline.as_deref())
    {
        let lower = printed.to_lowercase();
        names.retain(|n| {
            ![
                "攝影／",
                "摄影／",
                "攝影/",
                "摄影/",
                "写真／",
                "写真＝",
                "photo: ",
                "photos: ",
                "foto: ",
                "fotos: ",
                "фото: ",
            ]
            .iter()
            .any(|label| lower.contains(&format!("{label}{}", n.to_lowercase())))
        });
    }
    (names, byline, credits)
}

/// Whether a byline gives, in brackets, the home address of the page's own site:
/// "Deutsche Welle (www.dw.com)" on dw.com (not "Jane Doe (http://site.example/jane/)").
pub(crate) fn names_own_site(byline: &str, host: Option<&str>) -> bool {
    let Some(host) = host.map(|h| h.trim_start_matches("www.")).filter(|h| !h.is_empty()) else { return false };
    let Some((_, inner)) = byline.split_once('(') else { return false };
    let inner = inner.split(')').next().unwrap_or("").trim().to_ascii_lowercase();
    let bare = inner.trim_start_matches("https://").trim_start_matches("http://").trim_start_matches("www.");
    bare.trim_end_matches('/') == host
}

fn add_all(into: &mut Vec<String>, from: Vec<String>) {
    for c in from {
        if !into.contains(&c) {
            into.push(c);
        }
    }
}

/// Whether a host's first label spells the name of a person ("hakibenita.com" for "Haki Benita"),
/// not of a publication named with an article ("lopinion.fr" for "L'Opinion", "latercera.com" for
/// "La Tercera").
fn host_is_named_after(host: Option<&str>, name: &str) -> bool {
    let Some(host) = host else { return false };
    // The first label, or the second after a blog's subdomain ("blog.tobias-fenk.example").
    let mut labels = host.trim_start_matches("www.").split('.');
    let mut label = labels.next().unwrap_or("");
    if matches!(label, "blog" | "blogs" | "notes" | "home" | "journal") && labels.clone().count() >= 2 {
        label = labels.next().unwrap_or("");
    }
    let squashed: String = norm_title(name).chars().filter(|c| !c.is_whitespace()).collect();
    let words: Vec<&str> = name.split_whitespace().collect();
    let person_shaped = (2..=4).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.contains(['\'', '’', '.']))
        && !matches!(
            words[0].to_lowercase().as_str(),
            "el" | "la"
                | "le"
                | "les"
                | "los"
                | "las"
                | "the"
                | "die"
                | "der"
                | "das"
                | "il"
                | "lo"
                | "o"
                | "a"
                | "os"
                | "as"
                | "de"
                | "het"
                | "den"
                | "det"
                | "al"
                | "an"
        );
    // "kristian-larsen.com" spells "Kristian Larsen" too.
    let label: String = label.chars().filter(|&c| c != '-').collect();
    person_shaped && !label.is_empty() && label.eq_ignore_ascii_case(&squashed)
}

/// Parses a date candidate, reading ambiguous numeric dates in the page's order.
fn date(s: &str, order: DateOptions) -> Option<Timestamp> {
    parse_date_with(s, order).map(|d| d.timestamp)
}

/// The order in which the page writes its numeric dates ("3/09/15": 9 March in the US, 3
/// September elsewhere): the one an unambiguous numeric date among its date candidates shows
/// ("3/25/15"), else month first on a `.us` site or on a generic domain whose language is
/// American English (`<html lang="en-US">`, `og:locale` `en_US`), else day first. A country's
/// own domain keeps its press's order (day first).
fn date_order(meta: &Meta, host: &str) -> DateOptions {
    use crate::meta::PUBLISHED_KEYS;
    let candidates = meta
        .visible_dates
        .iter()
        .chain(meta.times.iter())
        .map(|(t, _)| t.as_str())
        .chain(meta.dateline.as_deref())
        .chain(meta.published_line.as_deref())
        .chain(PUBLISHED_KEYS.iter().filter_map(|k| meta.get(&[k])));
    let shown = candidates.take(48).find_map(colonnade_text::numeric_date_order);
    let tld = host.trim_end_matches('.').rsplit('.').next().unwrap_or("");
    let american = |tag: &str| {
        let tag = tag.trim();
        tag.len() == 5 && tag[..2].eq_ignore_ascii_case("en") && tag[3..].eq_ignore_ascii_case("us")
    };
    let prefer_month_first = shown.unwrap_or_else(|| {
        tld.eq_ignore_ascii_case("us")
            || (colonnade_text::press_time_zone(host).is_none()
                && (meta.html_lang.as_deref().is_some_and(american) || meta.get(&["og:locale"]).is_some_and(american)))
    });
    DateOptions { prefer_month_first }
}

/// A date that is a whole segment of a `<title>` ("Headline | 02.11.2021", "08.11.2021 |
/// Headline"): some sites date their pages there and nowhere else.
fn title_date(title: &str, order: DateOptions) -> Option<Timestamp> {
    let title = crate::dom::collapse(&htmlize::unescape(title));
    let mut segments = vec![title.as_str()];
    for sep in separators() {
        segments = segments.into_iter().flat_map(|s| s.split(sep.as_str())).collect();
    }
    segments.into_iter().map(str::trim).find_map(|seg| {
        let digits = seg.bytes().filter(u8::is_ascii_digit).count();
        // Nothing but the date: digits and separators, or a day, a month's name and a year.
        let short = seg.chars().count() <= 20 && seg.split_whitespace().count() <= 3;
        (short && digits >= 6).then(|| date(seg, order)).flatten()
    })
}

/// A date in a printed header line, unless the line gives it as an update ("Aktualisiert am …").
fn visible_date(line: &str, order: DateOptions) -> Option<Timestamp> {
    let lower = line.to_lowercase();
    let update = [
        "updated",
        "aktualisiert",
        "aktualiséiert",
        "actualizado",
        "mis à jour",
        "aggiornato",
        "atualizado",
        "modified",
        "bijgewerkt",
        "zaktualizowano",
        "opdateret",
        "uppdaterad",
        "oppdatert",
        "päivitetty",
        "frissítve",
        "aktualizováno",
        "güncellendi",
        "обновлено",
        "оновлено",
    ];
    let cut = update.iter().filter_map(|u| lower.find(u)).min();
    // "Updated: Mar 12, 2026 09:41 IST | Published: Mar 12, 2026 05:10 IST": the part after the
    // publication's label.
    let published = [
        "published",
        "publié",
        "veröffentlicht",
        "publizéiert",
        "publicado",
        "pubblicato",
        "gepubliceerd",
        "opublikowano",
        "publiceret",
        "publicerad",
        "publisert",
        "julkaistu",
        "publikálva",
        "publikováno",
        "yayınlandı",
        "опубликовано",
        "опубліковано",
    ]
    .iter()
    .filter_map(|p| lower.find(p))
    .min()
    .filter(|&p| cut.is_some_and(|c| c < p) && line.is_char_boundary(p));
    if let Some(p) = published {
        return date(&line[p..], order);
    }
    let line = match cut {
        // "Published 3 May 2022, updated 5 May 2022": the part before the label.
        Some(0) => return None,
        Some(i) if line.is_char_boundary(i) => &line[..i],
        _ => line,
    };
    date(line, order)
}

/// The dateline that opens the article's text, before a dash or in brackets: "27.1.2022 - Bei der …",
/// "(21. November 2022) Verbraucher …", "Feb. 23, 2015 -- Life-threatening …" (a dash typed as two hyphens),
/// "BERLIN, 3. Mai 2022 – …", "Madrid, 3 de mayo de 2022.- …", or a short line of its own ("2026年4月2日"),
/// in one of the first four blocks (after a headline, a standfirst or caption, and a byline): the
/// candidates, in order.
fn lead_dateline(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|b| !b.is_empty()).take(4).filter_map(|b| {
        let head = match b.char_indices().nth(64) {
            Some((i, _)) => &b[..i],
            None => b,
        };
        // "(21. November 2022) Energieverbraucher erhalten …": a date in brackets opening the block.
        if let Some(rest) = head.strip_prefix('(')
            && let Some((inner, _)) = rest.split_once(')')
            && inner.bytes().filter(u8::is_ascii_digit).count() >= 5
        {
            return Some(inner.trim());
        }
        // A short line of its own: "2026年4月2日", "Von Birgit Overbeck · Hamm, 04.03.2026" (a print
        // page's header line), not a sentence.
        if b.chars().count() <= 100
            && b.split_whitespace().count() <= 12
            && !b.ends_with(['!', '?', '。'])
            && b.bytes().filter(u8::is_ascii_digit).count() >= 4
        {
            return Some(b);
        }
        let cut = [" - ", " -- ", " – ", " — ", ".-", "–", "—"].iter().filter_map(|d| head.find(d)).min()?;
        let line = head[..cut].trim();
        (line.bytes().filter(u8::is_ascii_digit).count() >= 5).then_some(line)
    })
}

/// The wall-clock time of `t` (read as UTC) at `offset` seconds east of UTC: "2022-05-10T23:35:55"
/// at -03:00 is 02:35:55 UTC the next day.
fn at_offset(t: Timestamp, offset: i32) -> Option<Timestamp> {
    let wall = t.to_string();
    let sign = if offset < 0 { '-' } else { '+' };
    let (h, m) = (offset.unsigned_abs() / 3600, offset.unsigned_abs() % 3600 / 60);
    Timestamp::parse_rfc3339(&format!("{}{sign}{h:02}:{m:02}", wall.get(..19)?))
}

/// The offset in whole hours nearest zero (UTC-12 to UTC+14) that puts an instant on the day
/// starting at `day_start` (a UTC midnight), if the instant is within a day of it and not on it.
fn offset_onto_day(instant: i64, day_start: i64) -> Option<i32> {
    const DAY: i64 = 86_400;
    let day = day_start.div_euclid(DAY);
    if instant.div_euclid(DAY) == day || (instant - day_start).abs() > 2 * DAY {
        return None;
    }
    (1..=14i64)
        .flat_map(|h| [-h, h])
        .filter(|h| (-12..=14).contains(h))
        .find(|h| (instant + h * 3600).div_euclid(DAY) == day)
        .and_then(|h| i32::try_from(h * 3600).ok())
}

/// Publication and modification times.
pub fn dates(
    meta: &Meta,
    ld: Option<&LdArticle>,
    url: Option<&Url>,
    text: &str,
) -> (Option<Timestamp>, Option<Timestamp>) {
    // A time given in UTC is shown as the publication's press prints it, by its country's domain
    // ("2022-11-06T23:00:00Z" on a .de site is 7 November, 00:00 +01:00): the same instant, on
    // the local day a reader of the paper saw.
    let host = url.and_then(|u| u.host_str()).unwrap_or("");
    // The day the URL names (`/2009/06/11/`), if it names one, at midnight UTC.
    let url_day = url
        .and_then(date_in_path)
        .and_then(|(y, m, d)| d.and_then(|d| parse_date(&format!("{y:04}-{m:02}-{d:02}"))))
        .map(|d| d.timestamp);
    let order = date_order(meta, host);
    let visible_date = |line: &str| visible_date(line, order);
    // The offsets of the `<time datetime>`s the page prints with one: a time given in UTC in
    // the metadata is shown in the offset of a printed time of the same instant (WordPress
    // writes `article:published_time` in UTC and prints the post's local time).
    // So does another key of the metadata giving the same instant with an offset (JSON-LD in
    // UTC, `article:published_time` in local time).
    let printed: Vec<Timestamp> = meta
        .times
        .iter()
        .map(|(t, _)| t.as_str())
        .chain(crate::meta::PUBLISHED_KEYS.iter().filter_map(|k| meta.get(&[k])))
        .chain(meta.itemprop("datePublished"))
        .filter_map(|t| parse_date_with(t, order))
        .filter(|d| d.has_time && d.has_offset && d.timestamp.offset_seconds != 0)
        .map(|d| d.timestamp)
        .collect();
    // The date the page prints (a "Published …" line, the dateline under the headline) as wall
    // time read as UTC: the local day, or the local time, of a time the metadata gives in UTC,
    // when nothing else says the offset.
    let printed_wall = meta
        .published_line
        .as_deref()
        .and_then(visible_date)
        .or_else(|| meta.dateline.as_deref().filter(|t| !is_other_date_line(t)).and_then(visible_date))
        .or_else(|| {
            let mut lines = meta.visible_dates.iter().filter(|(t, after_h1)| *after_h1 && !is_other_date_line(t));
            match (lines.next(), lines.nth(2)) {
                (Some((t, _)), None) => visible_date(t),
                _ => None,
            }
        })
        .map(|d| d.unix_seconds() + i64::from(d.offset_seconds));
    let date = |s: &str| -> Option<Timestamp> {
        let d = parse_date_with(s, order)?;
        let t = d.timestamp;
        // A time printed without an offset ("2022-05-10T23:35:55") is local time: the offset of
        // a `<time>` printing the same wall-clock time, else the press time of the country's domain.
        if d.has_time && !d.has_offset {
            let wall = t.unix_seconds();
            let offset = printed
                .iter()
                .find(|p| (p.unix_seconds() + i64::from(p.offset_seconds) - wall).abs() < 60)
                .map(|p| p.offset_seconds)
                .or_else(|| colonnade_text::press_offset(host, t.instant));
            if let Some(local) = offset.and_then(|o| at_offset(t, o)) {
                return Some(local);
            }
        }
        if d.has_time && d.has_offset && t.offset_seconds == 0 {
            if let Some(p) = printed.iter().find(|p| (p.unix_seconds() - t.unix_seconds()).abs() < 60) {
                return Some(Timestamp::new(t.instant, p.offset_seconds));
            }
            if let Some(offset) = colonnade_text::press_offset(host, t.instant) {
                return Some(Timestamp::new(t.instant, offset));
            }
            // Else the URL's day, when the UTC day is the next or the previous one ("2023-11-09T05:30Z"
            // under /2023/11/08/): the nearest whole-hour offset that puts it on that day.
            if let Some(offset) = url_day.and_then(|u| offset_onto_day(t.unix_seconds(), u.unix_seconds())) {
                return Some(Timestamp::new(t.instant, offset));
            }
            // Else the time the page prints, "Mar 12, 2026 05:10 IST" over "2026-03-11T23:40Z"
            // (+05:30: a whole quarter of an hour away, at most fourteen hours), or its day.
            if let Some(wall) = printed_wall {
                let offset = wall - t.unix_seconds();
                if wall.rem_euclid(86_400) != 0
                    && offset.rem_euclid(900) == 0
                    && (-12 * 3600..=14 * 3600).contains(&offset)
                    && let Ok(offset) = i32::try_from(offset)
                {
                    return Some(Timestamp::new(t.instant, offset));
                }
                if let Some(offset) = offset_onto_day(t.unix_seconds(), wall.div_euclid(86_400) * 86_400) {
                    return Some(Timestamp::new(t.instant, offset));
                }
            }
        }
        Some(t)
    };
    // A JSON-LD `dateCreated` (the draft's) waits until every date the page gives or prints as
    // its publication has been looked for.
    let created = ld.filter(|a| a.published_is_created).and_then(|a| a.published.as_deref()).and_then(date);
    let mut published = ld.filter(|a| !a.published_is_created).and_then(|a| a.published.as_deref()).and_then(date);
    use crate::meta::PUBLISHED_KEYS;
    if published.is_none() {
        published = PUBLISHED_KEYS.iter().find_map(|k| meta.get(&[k]).and_then(date));
    }
    if published.is_none() {
        published = meta.itemprop("datePublished").and_then(date);
    }
    // A post whose JSON-LD types it only as a `WebPage` (older Yoast graphs).
    if published.is_none() && ld.is_none() {
        published = meta.ld_page_published.as_deref().and_then(date);
    }
    if published.is_none() {
        published = meta.times.iter().filter(|(_, is_pub)| *is_pub).find_map(|(t, _)| date(t));
    }
    if published.is_none() {
        published = meta.itemprop("dateCreated").and_then(date);
    }
    // A date printed in the header or byline ("12. März 2022", "3 de mayo de 2022"): after the
    // headline, or anywhere outside furniture when the page has no `<h1>`.
    // The day the URL names (`/2009/06/11/`), if it names one: a printed date that disagrees with
    // it is another date on the page (an archive link, a related post), not this one's.
    if published.is_none() {
        let no_h1 = meta.h1s.is_empty();
        // Many date lines are a list (authors who "joined 2008-04-8", a column of posts), not
        // this page's date.
        // Lines with digits but no date ("321,046" views, "jnovo22" handles) are no list of dates.
        let lines: Vec<&(String, bool)> = meta
            .visible_dates
            .iter()
            .filter(|(t, after_h1)| (*after_h1 || no_h1) && !is_other_date_line(t) && date(t).is_some())
            .collect();
        let agrees = |p: &Timestamp| url_day.is_none_or(|u| (p.unix_seconds() - u.unix_seconds()).abs() < 36 * 3600);
        // A line that says which date is the publication's ("Veröffentlicht am 16.08.2019").
        published = meta.published_line.as_deref().and_then(visible_date).filter(agrees);
        if published.is_none() {
            published = (if lines.len() <= 3 { lines } else { Vec::new() })
                .into_iter()
                .find_map(|(t, _)| visible_date(t))
                .filter(agrees);
        }
        // Else the dateline under the headline, whatever its element.
        if published.is_none() {
            published =
                meta.dateline.as_deref().filter(|t| !is_other_date_line(t)).and_then(visible_date).filter(agrees);
        }
        // Else the dateline that opens the text ("27.1.2022 - Bei der …").
        if published.is_none() {
            published = lead_dateline(text).find_map(visible_date).filter(agrees);
        }
        // A `<time datetime>` within a day of it says the same more precisely (time and offset;
        // the printed day may be the reader's local one).
        if let Some(p) = published
            && let Some(t) = meta
                .times
                .iter()
                .filter_map(|(t, _)| date(t))
                .find(|t| (t.unix_seconds() - p.unix_seconds()).abs() < 36 * 3600)
        {
            published = Some(t);
        }
    }
    if published.is_none() {
        published = url_day;
    }
    // The first `<time>` outside furniture, which the page prints by its headline: "<time>10
    // Mart 2026 Salı 06:00</time>" over a draft's `dateCreated` of the evening before.
    if published.is_none() {
        published = meta.times.first().and_then(|(t, _)| date(t));
    }
    if published.is_none() {
        published = created;
    }
    if published.is_none() {
        published = meta.title_tag.as_deref().and_then(|t| title_date(t, order));
    }
    let mut modified = ld.and_then(|a| a.modified.as_deref()).and_then(date);
    if modified.is_none() {
        modified = [
            "article:modified_time",
            "og:updated_time",
            "og:article:modified_time",
            "modified_time",
            "datemodified",
            "last-modified",
            "dc:date.modified",
            "dcterm:modified",
            "lastmod",
            "parsely-updated",
        ]
        .iter()
        .find_map(|k| meta.get(&[k]).and_then(date));
    }
    if modified.is_none() {
        modified = meta.itemprop("dateModified").and_then(date);
    }
    (published, modified)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `EndSegments::of` looks for separators only at spaces not followed by a letter or digit.
    #[test]
    fn separators_open_with_a_space_and_no_word() {
        for sep in separators() {
            let b = sep.as_bytes();
            assert!(b[0] == b' ' && !b[1].is_ascii_alphanumeric(), "{sep:?}");
        }
        let ends = EndSegments::of("A headline of several words – Site");
        assert!(ends.holds("Site") && !ends.holds("A headline of several words"));
    }

    /// Issue 9 (dates): a printed line that gives the update first and the publication after
    /// it, in the site's language ("Aktualiséiert: … Publizéiert: …", "Bijgewerkt … Gepubliceerd
    /// …"), dates the piece by its publication.
    #[test]
    fn issue_9_the_published_label_wins_over_the_update_before_it() {
        let order = DateOptions::default();
        let day = |line: &str| visible_date(line, order).map(|t| t.to_string()[..10].to_string());
        assert_eq!(day("Aktualiséiert: 08.12.2026 09:15 Publizéiert: 07.12.2026 14:05").as_deref(), Some("2026-12-07"));
        assert_eq!(day("Bijgewerkt 8 december 2026 · Gepubliceerd 7 december 2026").as_deref(), Some("2026-12-07"));
        assert_eq!(day("Publizéiert: 07.12.2026 14:05").as_deref(), Some("2026-12-07"));
    }

    #[test]
    fn site_suffix_and_prefix() {
        assert_eq!(strip_site("Why trees matter | The Daily Example", &["The Daily Example"]), "Why trees matter");
        assert_eq!(strip_site("The Daily Example - Why trees matter", &["The Daily Example"]), "Why trees matter");
        assert_eq!(strip_site("Why trees matter – dailyexample", &["Daily Example"]), "Why trees matter");
        assert_eq!(strip_site("A - B | Site", &["Site"]), "A - B");
        assert_eq!(strip_site("No suffix here", &["Site"]), "No suffix here");
    }

    /// Issue 9 (titles): old WordPress themes put "Blog Archive" between the site and the
    /// headline, in the blog's language.
    #[test]
    fn issue_9_the_blog_archive_label_goes_with_the_site() {
        let site = ["Time 4 talks"];
        assert_eq!(strip_site("Time 4 talks » Blog Archiv » Weitere Kinos", &site), "Weitere Kinos");
        assert_eq!(strip_site("Time 4 talks  »  Blog Archive  » A post", &site), "A post");
        assert_eq!(strip_site("Un post « Archives du blog « Time 4 talks", &site), "Un post");
        // A headline about the archive stays.
        assert_eq!(strip_site("Blog archive tools compared | Time 4 talks", &site), "Blog archive tools compared");
    }

    /// Pages without a headline in an `<h1>` of their own: a print view, a classic blog whose
    /// `<h1>` is its name, an old paper's page whose `<title>` adds its name in brackets.
    #[test]
    fn a_subheading_is_the_headline_when_no_h1_is() {
        let title_of = |html: &str| {
            let meta = crate::meta::collect(&crate::parse::parse(html));
            title(&meta, None, &[])
        };
        for (html, want) in [
            (
                "<title>Druckversion: Alter Wasserturm geht an Genossenschaft: Wohnungen statt Abriss</title>\
                 <body><h2>Alter Wasserturm geht an Genossenschaft: Wohnungen statt Abriss</h2><p>Text.</p></body>",
                "Alter Wasserturm geht an Genossenschaft: Wohnungen statt Abriss",
            ),
            (
                "<title>Las persianas bajadas: Desde mi ventana</title><body><h1><a href=\"/\">Desde mi ventana</a></h1>\
                 <h2>jueves 26 de febrero de 2026</h2><h3>Las persianas bajadas</h3><p>Text.</p></body>",
                "Las persianas bajadas",
            ),
            (
                "<title>社説：地域の路線バス　住民が支える仕組みを（北国日日新聞）</title>\
                 <body><h2>社説：地域の路線バス　住民が支える仕組みを</h2><p>本文。</p></body>",
                "社説：地域の路線バス 住民が支える仕組みを",
            ),
            // A headline's own colon stays when no heading says otherwise.
            (
                "<title>Verfassungsgericht: Berlusconis Sex-Prozess geht weiter</title><body><h2>Mehr zum Thema</h2></body>",
                "Verfassungsgericht: Berlusconis Sex-Prozess geht weiter",
            ),
            // A page's own `<h1>` wins over any subheading.
            (
                "<title>Druckversion: Alter Wasserturm geht an Genossenschaft</title>\
                 <body><h1>Alter Wasserturm geht an Genossenschaft</h1><h3>Wasserturm</h3></body>",
                "Alter Wasserturm geht an Genossenschaft",
            ),
        ] {
            assert_eq!(title_of(html).as_deref(), Some(want), "{html}");
        }
    }

    #[test]
    fn document_title_heuristics() {
        assert_eq!(
            clean_document_title("The long headline of the day | Example News", &[]),
            "The long headline of the day"
        );
        assert_eq!(clean_document_title("Short | Example", &[]), "Short | Example");
        assert_eq!(clean_document_title("Site: The headline is this one", &[]), "The headline is this one");
    }

    #[test]
    fn date_segments_and_headlines_with_years() {
        assert_eq!(strip_date_segment("23.01.2022 - Wierer wins the last race"), "Wierer wins the last race");
        assert_eq!(strip_date_segment("Council approves the bridge | 11 May 2023"), "Council approves the bridge");
        assert_eq!(strip_date_segment("Sunday, January 23, 2022 - Wierer wins the race"), "Wierer wins the race");
        for kept in [
            "Top 10 things to do in 2024 | Our picks for the year ahead",
            "The 2024 election in 10 charts | What the numbers say",
            "Wierer wins | the race",
            "March 3, 2020 changed it all | How the pandemic began",
        ] {
            assert_eq!(strip_date_segment(kept), kept);
        }
    }

    #[test]
    fn site_name_from_title_segments() {
        assert_eq!(
            site_name_from_title("Global Voices Online &raquo; Brazil: a headline", "globalvoicesonline.org", &[])
                .as_deref(),
            Some("Global Voices Online")
        );
        assert_eq!(
            site_name_from_title("A headline | The Verge", "www.theverge.com", &[]).as_deref(),
            Some("The Verge")
        );
        assert_eq!(site_name_from_title("A headline | Something", "example.com", &[]), None);
        // The headline holds the host's word; the site's name does not spell it.
        let title = "Gardening in a Warming World | Cornell Garden-Based Learning";
        assert_eq!(site_name_from_title(title, "gardening.cals.cornell.edu", &["Gardening in a Warming World"]), None);
        assert_eq!(
            site_name_from_title(title, "gardening.cals.cornell.edu", &[]).as_deref(),
            Some("Gardening in a Warming World")
        );
    }

    #[test]
    fn issue_9_unspaced_site_names_and_cut_titles() {
        assert_eq!(
            strip_unspaced_site("武汉的声音：有英勇的你，才有英雄的城！-新华网"),
            "武汉的声音：有英勇的你，才有英雄的城！"
        );
        assert_eq!(strip_unspaced_site("国务院常务会议部署稳经济措施_新浪新闻"), "国务院常务会议部署稳经济措施");
        // Latin titles, hyphenated words and long tails stay.
        assert_eq!(strip_unspaced_site("COVID-19 in Wuhan"), "COVID-19 in Wuhan");
        assert_eq!(strip_unspaced_site("新冠疫情-2020"), "新冠疫情-2020");
        assert_eq!(strip_unspaced_site("短-新华网"), "短-新华网");
        assert!(is_cut_at_quote(
            "Senador republicano califica a Biden de",
            "Senador republicano califica a Biden de \"incapacitado\""
        ));
        assert!(!is_cut_at_quote("Senador republicano califica", "Senador republicano califica a Biden"));
        assert!(is_label_trail("Politik / Politik im Überblick / Artikel / Home - stol.it"));
        assert!(!is_label_trail("Why the long-awaited reform of the pension system failed again"));
    }

    /// Issue 9 (titles): the page's headline wins over the same headline decorated with a
    /// section, a date or an undeclared site name; a site header ending `<title>` does not.
    #[test]
    fn issue_9_a_decorated_title_gives_way_to_the_headline() {
        let h = "La perte des terres fertiles et les éléphants";
        assert!(is_decorated("La perte des terres fertiles et les éléphants | DW | 23.05.2011", h, true));
        assert!(is_decorated("08.11.2021 | Online-Fachtag zum Intersex Day", "Online-Fachtag zum Intersex Day", true));
        assert!(is_decorated(
            "Verfassungsgericht: Berlusconis Sex-Prozess geht weiter / Politik / Artikel",
            "Verfassungsgericht: Berlusconis Sex-Prozess geht weiter",
            true
        ));
        assert!(!is_decorated(
            "Evolve: Shared Mutable History — evolve extension for Mercurial",
            "evolve extension for Mercurial",
            true
        ));
        assert!(!is_decorated(h, h, true));
        assert!(is_decorated(
            "Norddeutschland findet seine Meister - Berliner Leichtathletik Verband e.V.",
            "Norddeutschland findet seine Meister",
            true
        ));
        assert!(is_decorated("Garnix Blog: Hardware-Attested Nix Builds", "Hardware-Attested Nix Builds", true));
        assert!(!is_decorated("Garnix Blog: Hardware-Attested Nix Builds", "Hardware-Attested Nix Builds", false));
        assert!(!is_decorated("Hardware-Attested Nix Builds: Garnix Blog", "Hardware-Attested Nix Builds", true));
        assert!(is_decorated(
            "Homestead gardening makes rural communities more self-reliant in Rajshahi | District",
            "Homestead gardening makes rural communities more self-reliant in Rajshahi",
            true
        ));
        // A full-width bar sets off a section without spaces.
        assert!(is_decorated("劏房規管不能只靠最低標準｜觀點", "劏房規管不能只靠最低標準", true));
    }
}
