//! URL helpers for Colonnade: canonical URLs, tracking-parameter stripping,
//! "same page" keys and cheap hints read from the URL path.
//!
//! Everything here is a pure function over strings and [`Url`]s: no I/O, no
//! global state, no regular expressions. The functions run once per crawled
//! page or link, so they avoid allocating where they can.
//!
//! * [`canonicalize`] turns a raw `href` (absolute, protocol-relative or
//!   relative to a base) into a clean `http`/`https` [`Url`]: no fragment, no
//!   credentials, no tracking parameters (see [`is_tracking_param`]), no empty
//!   `?`.
//! * [`dedup_key`] builds a string key for "is this the same page" checks,
//!   folding `www.`/`m.`/`amp.` hosts, AMP variants, trailing slashes, query
//!   order and the scheme.
//! * [`path_hint`] says whether the path marks the piece as opinion
//!   (`/opinion/`, `/columnistas/`, `/meinung/`, `/мнение/`, ...) or news.
//! * [`date_in_path`] finds a calendar date such as `/2024/05/01/`.
//! * [`host_without_www`] gives the host without a leading `www.`.
//! * [`canonical_from_link_headers`] reads `Link: <…>; rel="canonical"`
//!   from HTTP headers ([`link_header_targets`] for any relation).
//!
//! ```
//! use colonnade_url::{canonicalize, dedup_key, path_hint, date_in_path, PathHint, Url};
//!
//! let base = Url::parse("https://www.example.com/opinion/").unwrap();
//! let url = canonicalize(" ../opinion/2024/05/01/a-take/?utm_source=x#top ", Some(&base)).unwrap();
//! assert_eq!(url.as_str(), "https://www.example.com/opinion/2024/05/01/a-take/");
//! assert_eq!(dedup_key(&url), "https://example.com/opinion/2024/05/01/a-take");
//! assert_eq!(path_hint(&url), PathHint::Opinion);
//! assert_eq!(date_in_path(&url), Some((2024, 5, Some(1))));
//! ```

use std::borrow::Cow;
use std::fmt::Write as _;

use colonnade_text::vocab::{NEWS_SECTIONS, SECTION_JOINERS};

pub use url::Url;

// ---------------------------------------------------------------------------
// canonicalize
// ---------------------------------------------------------------------------

/// Resolve `raw` (absolute, protocol-relative `//host/x`, or relative) against `base`, keep only http/https,
/// trim whitespace (and stray quotes/angle brackets around it), lowercase the host, drop default ports,
/// drop the fragment, remove tracking query parameters (see `is_tracking_param`), drop an empty `?`.
/// Returns None for javascript:, mailto:, data:, empty, unparsable, or non-http(s) results.
///
/// Also drops any `user:password@` credentials, drops empty query pieces
/// (`a=1&&b=2`), and repairs HTML-escaped separators (`?a=1&amp;b=2`).
/// Without a base, a protocol-relative `//host/x` is taken as `https:`.
///
/// The result is a fixed point: canonicalizing `canonicalize(x)?.as_str()`
/// again gives the same URL.
pub fn canonicalize(raw: &str, base: Option<&Url>) -> Option<Url> {
    let s = trim_wrapping(raw);
    if s.is_empty() || starts_with_ci(s, "javascript:") || starts_with_ci(s, "mailto:") || starts_with_ci(s, "data:") {
        return None;
    }
    let mut url = match base {
        Some(base) => base.join(s).ok()?,
        None if s.starts_with("//") => {
            let mut with_scheme = String::with_capacity(s.len() + 6);
            with_scheme.push_str("https:");
            with_scheme.push_str(s);
            Url::parse(&with_scheme).ok()?
        }
        None => Url::parse(s).ok()?,
    };
    if !is_http(&url) {
        return None;
    }
    // `url` already lowercases (and IDNA-normalises) the host of http(s)
    // URLs and drops default ports; the rest is ours.
    url.host_str()?;
    url.set_fragment(None);
    if !url.username().is_empty() || url.password().is_some() {
        // Cannot fail for http(s) URLs, which always have a host.
        let _ = url.set_username("");
        let _ = url.set_password(None);
    }
    clean_query(&mut url);
    Some(url)
}

/// Strip whitespace, `"`, `<`, `>` around `raw`, and `'` when it wraps the
/// value. A lone trailing `'` is kept: it is a legal path character that the
/// URL serializer does not escape, so stripping it would break idempotence.
fn trim_wrapping(raw: &str) -> &str {
    let start = raw.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\''));
    let had_quote = raw[..raw.len() - start.len()].contains('\'');
    start.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>') || (had_quote && c == '\''))
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.as_bytes().get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix.as_bytes()))
}

fn is_http(url: &Url) -> bool {
    matches!(url.scheme(), "http" | "https")
}

/// Remove tracking parameters, empty pieces and `amp;` prefixes from the
/// query; drop the query entirely when nothing is left. Leaves the URL
/// untouched (no allocation) when there is nothing to do.
fn clean_query(url: &mut Url) {
    let Some(q) = url.query() else { return };
    let dirty = q.is_empty()
        || q.split('&')
            .any(|piece| piece.is_empty() || piece.starts_with("amp;") || is_tracking_encoded(param_name(piece)));
    if !dirty {
        return;
    }
    let mut out = String::with_capacity(q.len());
    for piece in clean_pieces(q) {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(piece);
    }
    url.set_query(if out.is_empty() { None } else { Some(&out) });
}

/// The pieces of a raw (still percent-encoded) query string that survive
/// cleaning: no empty pieces, no tracking parameters, `amp;` prefixes left by
/// HTML-escaped `&amp;` removed.
fn clean_pieces(query: &str) -> impl Iterator<Item = &str> {
    query
        .split('&')
        .map(|piece| piece.trim_start_matches("amp;"))
        .filter(|piece| !piece.is_empty() && !is_tracking_encoded(param_name(piece)))
}

/// The (still encoded) name of a `name=value` query piece.
fn param_name(piece: &str) -> &str {
    piece.split_once('=').map_or(piece, |(name, _)| name)
}

/// The (still encoded) value of a `name=value` query piece; empty if absent.
fn param_value(piece: &str) -> &str {
    piece.split_once('=').map_or("", |(_, value)| value)
}

fn is_tracking_encoded(name: &str) -> bool {
    is_tracking_param(&percent_decode(name, true))
}

// ---------------------------------------------------------------------------
// tracking parameters
// ---------------------------------------------------------------------------

/// Prefixes that mark a whole family of tracking parameters.
const TRACKING_PREFIXES: &[&str] = &[
    "utm_", // Google Analytics campaign tags
    "mtm_", // Matomo campaign tags
    "hsa_", // HubSpot ads
    "at_",  // AT Internet / Piano (BBC: at_medium, at_campaign, at_custom1, ...)
];

/// Exact tracking parameter names, lowercase (matching is case-insensitive).
const TRACKING_PARAMS: &[&str] = &[
    // ad click ids
    "fbclid",
    "gclid",
    "dclid",
    "gclsrc",
    "gbraid",
    "wbraid",
    "gad_source",
    "gad_campaignid",
    "msclkid",
    "yclid",
    "ysclid",
    "twclid",
    "ttclid",
    "li_fat_id",
    "igshid",
    "igsh",
    "epik",
    "rdt_cid",
    "sc_cid",
    "srsltid",
    "s_kwcid",
    "ef_id",
    // analytics / mail tools
    "_ga",
    "_gl",
    "mc_cid",
    "mc_eid",
    "mkt_tok",
    "_hsenc",
    "_hsmi",
    "hsctatracking",
    "__s",
    "_openstat",
    "_branch_match_id",
    "_branch_referrer",
    "vero_id",
    "vero_conv",
    "wickedid",
    "rb_clickid",
    "oly_anon_id",
    "oly_enc_id",
    "mbid",
    "pk_campaign",
    "pk_kwd",
    "pk_source",
    "pk_medium",
    "pk_content",
    "wt_mc",
    "wt_mc_id",
    "wt.mc_id",
    "wt.mc_ev",
    "ns_mchannel",
    "ns_source",
    "ns_campaign",
    "ns_linkname",
    "ns_fee",
    // social sharing
    "__twitter_impression",
    "ref_src",
    "ref_url",
    "sr_share",
    "soc_src",
    "soc_trk",
    "fb_action_ids",
    "fb_action_types",
    "fb_source",
    "fb_ref",
    "action_object_map",
    "action_type_map",
    "action_ref_map",
    // publishers' own campaign tags
    "ocid",
    "cmpid",
    "ncid",
    "icid",
    "s_cid",
    "spm",
    "guccounter",
    "guce_referrer",
    "guce_referrer_sig",
    "cmp",
    "ito",
    "xtor",
    "smid",
    "smtyp",
    "partner",
];

/// True for query parameter names used for tracking: utm_* (any), fbclid, gclid, dclid, gclsrc, msclkid,
/// mc_cid, mc_eid, _ga, _gl, igshid, yclid, twclid, ttclid, li_fat_id, ocid, cmpid, ncid, sr_share, ref_src,
/// s_cid, spm, __twitter_impression, wt_mc, at_medium, at_campaign, guccounter, guce_referrer,
/// guce_referrer_sig, mkt_tok, _hsenc, _hsmi, hsCtaTracking, oly_anon_id, oly_enc_id, rb_clickid, vero_id,
/// wickedid, soc_src, soc_trk, CMP, ito, xtor, smid, partner ... (case-insensitive). Do NOT strip
/// params that select content (id, p, page, article, story, s, q, ...).
///
/// Besides `utm_*`, the whole `mtm_*` (Matomo), `hsa_*` (HubSpot ads) and
/// `at_*` (AT Internet) families count as tracking. `name` is the decoded
/// parameter name.
pub fn is_tracking_param(name: &str) -> bool {
    let bytes = name.as_bytes();
    TRACKING_PREFIXES
        .iter()
        .any(|prefix| bytes.len() > prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes()))
        || TRACKING_PARAMS.iter().any(|p| p.eq_ignore_ascii_case(name))
}

// ---------------------------------------------------------------------------
// dedup_key
// ---------------------------------------------------------------------------

/// A key for "is this the same page": canonicalize, then drop a leading `www.`/`m.`/`amp.` on the host,
/// drop `/amp` path suffix and `amp=1`/`outputType=amp` params, remove trailing slash (except root),
/// sort remaining query params, force scheme to https. Returns a String like `"https://example.com/a/b?x=1"`.
///
/// A trailing dot on the host (`example.com.`) is dropped too. For a URL
/// that is not http(s) the key is the URL itself without its fragment.
pub fn dedup_key(url: &Url) -> String {
    if !is_http(url) {
        let s = url.as_str();
        return s.split_once('#').map_or(s, |(before, _)| before).to_owned();
    }
    // Applying the canonicalize rules directly to the parsed URL gives the
    // same result as canonicalizing first, without re-parsing.
    let mut key = String::with_capacity(url.as_str().len() + 1);
    key.push_str("https://");

    let host = url.host_str().unwrap_or("");
    let host = host.strip_suffix('.').unwrap_or(host);
    key.push_str(strip_host_prefixes(host));
    if let Some(port) = url.port() {
        let _ = write!(key, ":{port}");
    }

    let path = trim_trailing_slashes(url.path());
    let path = match strip_suffix_ci(path, "/amp") {
        Some(rest) => trim_trailing_slashes(rest),
        None => path,
    };
    key.push_str(if path.is_empty() { "/" } else { path });

    if let Some(query) = url.query() {
        let mut pieces: Vec<&str> = clean_pieces(query).filter(|p| !is_amp_param(p)).collect();
        pieces.sort_unstable_by(|a, b| (param_name(a), param_value(a)).cmp(&(param_name(b), param_value(b))));
        for (i, piece) in pieces.iter().enumerate() {
            key.push(if i == 0 { '?' } else { '&' });
            key.push_str(piece);
        }
    }
    key
}

/// Drop leading `www.`, `m.` and `amp.` labels, as long as a dotted name
/// remains (so `m.com` stays `m.com`).
fn strip_host_prefixes(mut host: &str) -> &str {
    'outer: loop {
        for prefix in ["www.", "m.", "amp."] {
            if let Some(rest) = host.strip_prefix(prefix)
                && rest.contains('.')
            {
                host = rest;
                continue 'outer;
            }
        }
        return host;
    }
}

fn trim_trailing_slashes(path: &str) -> &str {
    path.trim_end_matches('/')
}

fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let split = s.len().checked_sub(suffix.len())?;
    let tail = s.as_bytes().get(split..)?;
    if tail.eq_ignore_ascii_case(suffix.as_bytes()) && s.is_char_boundary(split) { Some(&s[..split]) } else { None }
}

/// `amp`, `amp=1`, `amp=true`, `outputType=amp`: the AMP flavour of a page.
fn is_amp_param(piece: &str) -> bool {
    let (name, value) = (param_name(piece), param_value(piece));
    (name.eq_ignore_ascii_case("amp") && (value.is_empty() || value == "1" || value.eq_ignore_ascii_case("true")))
        || (name.eq_ignore_ascii_case("outputtype") && value.eq_ignore_ascii_case("amp"))
}

// ---------------------------------------------------------------------------
// path_hint
// ---------------------------------------------------------------------------

/// What the URL path says about the piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathHint {
    /// A path segment marks an opinion section (`/opinion/`, `/columnists/`, ...).
    Opinion,
    /// A path segment marks a news section (`/news/`, `/politics/`, ...) and none marks opinion.
    News,
    /// The path says nothing either way.
    None,
}

/// Opinion when a path segment (case-insensitive, split on '/', also '-' and '_' joined forms) marks
/// opinion: opinion, opinions, columnists, columnist, column, columns, comment, commentisfree, editorial,
/// editorials, blogs, blog, op-ed, oped, op-eds, views, voices, perspective(s), letters, analysis is NOT
/// opinion; plus other languages: opinion/opiniones/opinión (es), columnas, columna, columnistas, tribuna,
/// editoriales; opiniao/opinião/opinioes/colunas/colunistas (pt); meinung, kommentar, kommentare,
/// kolumne, kolumnen, kolumnisten, gastbeitrag (de); opinions, tribune, tribunes, idees, chroniques,
/// chronique, editos, edito, point-de-vue (fr); opinioni, commenti, editoriali, rubriche (it);
/// yazarlar, kose-yazilari, kose-yazisi, yorum, gorus (tr); mnenie, mneniya, kolonka, kolumnisty, column (ru
/// transliterations) and their Cyrillic forms (мнение, мнения, колонка, колумнисты); Arabic (مقالات, رأي,
/// كتاب, اراء, آراء); percent-encoded segments must be decoded before matching. News when a segment is
/// news, world, politics, business, national, local, nation, us-news, uk-news, noticias, nachrichten,
/// actualites, haber, haberler, novosti. None otherwise. Opinion wins over News.
///
/// Matching is on whole segments: `-`/`_` separators and Latin accents are
/// ignored (`op_ed` = `op-ed` = `oped`, `köşe-yazıları` = `kose-yazilari`),
/// a trailing `.html`/`.php`/... is ignored, and a short compound made only
/// of section words and joiners (`news-and-opinion`, `columnas-de-opinion`)
/// counts too. Words inside an article slug (`/why-opinion-polls-fail`) do
/// not.
///
/// Old sites that serve every piece from one script name its section in the query instead
/// (`noticia.php?id=98231&seccion=opinion`, `article.asp?cat=kommentar`): the value of a section
/// parameter (`section`, `seccion`, `sezione`, `cat`, `category`, `rubrik`, `ressort`, …) counts
/// as a segment.
pub fn path_hint(url: &Url) -> PathHint {
    let mut news = false;
    let from_query = url
        .query_pairs()
        .filter(|(name, _)| SECTION_PARAMS.iter().any(|p| name.eq_ignore_ascii_case(p)))
        .map(|(_, value)| classify_segment(&value));
    for hint in url
        .path()
        .split('/')
        .filter(|raw| !raw.is_empty())
        .map(|raw| classify_segment(&percent_decode(raw, false)))
        .chain(from_query)
    {
        match hint {
            PathHint::Opinion => return PathHint::Opinion,
            PathHint::News => news = true,
            PathHint::None => {}
        }
    }
    if news { PathHint::News } else { PathHint::None }
}

/// Query parameters that name a page's section on sites that serve every piece from one script.
const SECTION_PARAMS: &[&str] = &[
    "section",
    "sections",
    "seccion",
    "secao",
    "sezione",
    "sec",
    "cat",
    "category",
    "categoria",
    "kategorie",
    "kategori",
    "rubrik",
    "rubrique",
    "rubrica",
    "ressort",
];

/// Longest segment (in bytes) worth looking at; section names are short and
/// anything longer is an article slug.
const MAX_SECTION_LEN: usize = 48;

fn classify_segment(seg: &str) -> PathHint {
    if seg.len() > MAX_SECTION_LEN {
        return PathHint::None;
    }
    let seg = strip_page_extension(seg);
    // "kronika" spells Swedish "krönika" (a column) without its ö, and is Polish, Czech,
    // Lithuanian, Slovene and Croatian for the day's crime and accident news: a path says
    // neither.
    if colonnade_text::vocab::folds_to_any(seg, colonnade_text::vocab::NEWS_LOOKALIKES) {
        return PathHint::None;
    }
    if colonnade_text::vocab::is_opinion_section(seg) {
        return PathHint::Opinion;
    }
    if in_list(seg, NEWS_SECTIONS) {
        return PathHint::News;
    }
    // Compound of 2..=3 tokens, all section words or joiners, at least one section word.
    let mut tokens = 0;
    let (mut opinion, mut news) = (false, false);
    for token in seg.split(['-', '_']).filter(|t| !t.is_empty()) {
        tokens += 1;
        if tokens > 3 {
            return PathHint::None;
        }
        if colonnade_text::vocab::is_opinion_section(token) {
            opinion = true;
        } else if in_list(token, NEWS_SECTIONS) {
            news = true;
        } else if !in_list(token, SECTION_JOINERS) {
            return PathHint::None;
        }
    }
    match (tokens >= 2, opinion, news) {
        (true, true, _) => PathHint::Opinion,
        (true, false, true) => PathHint::News,
        _ => PathHint::None,
    }
}

fn strip_page_extension(seg: &str) -> &str {
    for ext in [".html", ".htm", ".shtml", ".php", ".aspx", ".asp", ".jsp"] {
        if let Some(stem) = strip_suffix_ci(seg, ext) {
            return stem;
        }
    }
    seg
}

fn in_list(seg: &str, list: &[&str]) -> bool {
    colonnade_text::vocab::folds_to_any(seg, list)
}

// ---------------------------------------------------------------------------
// date_in_path
// ---------------------------------------------------------------------------

/// A calendar date in the path: /2024/05/01/, /2024/5/1/, /2024-05-01/, /20240501/ (as a whole segment or
/// a segment starting with it, e.g. /20240501-title), /2024/05/ (day None). Year 1990..=2100, month 1..=12,
/// day 1..=31 validated. Returns (year, month, day).
///
/// The day is also checked against the month (no 31 April, 29 February only
/// in leap years); an impossible day in `/y/m/d/` leaves year and month with
/// day `None`. `2024-05-01` may also start a segment (`/2024-05-01-title`).
/// A digit right after an 8-digit or dashed date (`/202405011234`) is not a
/// date. The first date from the left wins.
pub fn date_in_path(url: &Url) -> Option<(i32, u8, Option<u8>)> {
    let mut segments = url.path().split('/');
    while let Some(seg) = segments.next() {
        if seg.len() == 4 {
            if let Some(year) = parse_year(seg) {
                let mut rest = segments.clone();
                let Some(month) = rest.next().and_then(parse_month) else {
                    continue;
                };
                let day = rest.next().and_then(|d| parse_day(d, year, month));
                return Some((year, month, day));
            }
        } else if let Some(date) = date_at_start(seg) {
            return Some(date);
        }
    }
    None
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn digits_value(s: &[u8]) -> u32 {
    s.iter().fold(0, |acc, &b| acc * 10 + u32::from(b - b'0'))
}

fn parse_year(s: &str) -> Option<i32> {
    if s.len() != 4 || !all_digits(s) {
        return None;
    }
    let year = i32::try_from(digits_value(s.as_bytes())).ok()?;
    (1990..=2100).contains(&year).then_some(year)
}

fn parse_month(s: &str) -> Option<u8> {
    if !(1..=2).contains(&s.len()) || !all_digits(s) {
        return None;
    }
    let month = u8::try_from(digits_value(s.as_bytes())).ok()?;
    (1..=12).contains(&month).then_some(month)
}

fn parse_day(s: &str, year: i32, month: u8) -> Option<u8> {
    if !(1..=2).contains(&s.len()) || !all_digits(s) {
        return None;
    }
    let day = u8::try_from(digits_value(s.as_bytes())).ok()?;
    (1..=days_in_month(year, month)).contains(&day).then_some(day)
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// `YYYYMMDD` or `YYYY-M(M)-D(D)` at the start of a segment, followed by the
/// end of the segment or a non-digit.
fn date_at_start(seg: &str) -> Option<(i32, u8, Option<u8>)> {
    let b = seg.as_bytes();
    let digit_run = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let (year, month, day) = if digit_run == 8 {
        (&seg[..4], &seg[4..6], &seg[6..8])
    } else if digit_run == 4 && b.get(4) == Some(&b'-') {
        let rest = &seg[5..];
        let m_len = rest.bytes().take_while(u8::is_ascii_digit).count();
        let after_m = rest.get(m_len..)?;
        let d_part = after_m.strip_prefix('-')?;
        let d_len = d_part.bytes().take_while(u8::is_ascii_digit).count();
        (&seg[..4], &rest[..m_len], &d_part[..d_len])
    } else {
        return None;
    };
    let year = parse_year(year)?;
    let month = parse_month(month)?;
    let day = parse_day(day, year, month)?;
    Some((year, month, Some(day)))
}

// ---------------------------------------------------------------------------
// host_without_www
// ---------------------------------------------------------------------------

/// The host without `www.`.
///
/// Only a single leading `www.` label is removed (case-insensitively); the
/// host is returned as the URL stores it (lowercase for http(s)).
pub fn host_without_www(url: &Url) -> Option<&str> {
    let host = url.host_str()?;
    Some(match host.get(..4) {
        Some(prefix) if prefix.eq_ignore_ascii_case("www.") && host.len() > 4 => &host[4..],
        _ => host,
    })
}

/// The page an archive copy stands for: `https://web.archive.org/web/20140226054445/http://www.example.com/a`
/// (also with a `id_`/`im_` flag after the timestamp, and the `http:/` with one slash the
/// Wayback Machine sometimes writes) gives `http://www.example.com/a`. `None` for any other URL.
/// What a URL says of a page (its site, its section, a date in its path) is the original's,
/// not the archive's: the archive's timestamp is no publication date.
pub fn archived_original(url: &Url) -> Option<Url> {
    let host = url.host_str()?;
    if !(host.eq_ignore_ascii_case("web.archive.org") || host.eq_ignore_ascii_case("wayback.archive.org")) {
        return None;
    }
    let rest = url.path().strip_prefix("/web/")?;
    let (stamp, target) = rest.split_once('/')?;
    let digits = stamp.bytes().take_while(u8::is_ascii_digit).count();
    if digits < 4 || !stamp[digits..].bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
        return None;
    }
    let (scheme, after) = target.split_once(':')?;
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return None;
    }
    let mut original = format!("{}://{}", scheme.to_ascii_lowercase(), after.trim_start_matches('/'));
    if let Some(q) = url.query() {
        original.push('?');
        original.push_str(q);
    }
    Url::parse(&original).ok().filter(|u| u.host_str().is_some())
}

// ---------------------------------------------------------------------------
// percent decoding
// ---------------------------------------------------------------------------

/// Decode `%XX` escapes (and `+` as space when `plus_as_space`), replacing
/// invalid UTF-8 with U+FFFD. Borrows when there is nothing to decode.
pub fn percent_decode(s: &str, plus_as_space: bool) -> Cow<'_, str> {
    let bytes = s.as_bytes();
    if !bytes.iter().any(|&b| b == b'%' || (plus_as_space && b == b'+')) {
        return Cow::Borrowed(s);
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%'
            && let (Some(hi), Some(lo)) =
                (bytes.get(i + 1).and_then(|&c| hex_value(c)), bytes.get(i + 2).and_then(|&c| hex_value(c)))
        {
            out.push(hi << 4 | lo);
            i += 3;
            continue;
        }
        out.push(if plus_as_space && b == b'+' { b' ' } else { b });
        i += 1;
    }
    Cow::Owned(match String::from_utf8(out) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// HTTP Link header
// ---------------------------------------------------------------------------

/// The targets of the links in one HTTP `Link` header value (RFC 8288) whose
/// relation types include `rel`, in order, as written (URI references, not yet
/// resolved).
///
/// The value is a comma-separated list of `<target>` followed by
/// `;`-separated parameters; commas inside `<…>` and quoted strings do not
/// split it. `rel` may be quoted, may hold several space-separated relation
/// types (compared case-insensitively) and counts only the first time it
/// appears in a link. Links with a non-empty `anchor` parameter are skipped:
/// they describe another resource than the response. A malformed link is
/// skipped up to the next comma; nothing panics, and the work is linear in the
/// length of the value.
///
/// ```
/// let v = r#"<https://example.com/a>; rel="canonical", </amp/a>; rel="amphtml alternate""#;
/// assert_eq!(colonnade_url::link_header_targets(v, "canonical"), ["https://example.com/a"]);
/// assert_eq!(colonnade_url::link_header_targets(v, "ALTERNATE"), ["/amp/a"]);
/// ```
pub fn link_header_targets<'a>(value: &'a str, rel: &str) -> Vec<&'a str> {
    let b = value.as_bytes();
    let skip_ws = |mut i: usize| {
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\r' | b'\n') {
            i += 1;
        }
        i
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        // Between links: whitespace and empty list elements.
        while i < b.len() && (b[i] == b',' || b[i].is_ascii_whitespace()) {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        if b[i] != b'<' {
            i = skip_link(b, i);
            continue;
        }
        let Some(len) = b[i + 1..].iter().position(|&c| c == b'>') else { break };
        // `<` and `>` are ASCII, so both ends are character boundaries.
        let target = value[i + 1..i + 1 + len].trim();
        i += len + 2;
        let mut rels: Option<String> = None;
        let mut anchored = false;
        let mut well_formed = true;
        loop {
            i = skip_ws(i);
            if i >= b.len() || b[i] == b',' {
                break;
            }
            if b[i] != b';' {
                well_formed = false;
                i = skip_link(b, i);
                break;
            }
            i = skip_ws(i + 1);
            let name_start = i;
            while i < b.len() && is_token_byte(b[i]) {
                i += 1;
            }
            let name = &value[name_start..i];
            i = skip_ws(i);
            let mut param = String::new();
            if i < b.len() && b[i] == b'=' {
                i = skip_ws(i + 1);
                if i < b.len() && b[i] == b'"' {
                    // A quoted string, with backslash escapes; unterminated: to the end.
                    i += 1;
                    let mut start = i;
                    while i < b.len() && b[i] != b'"' {
                        if b[i] == b'\\' && i + 1 < b.len() {
                            param.push_str(&value[start..i]);
                            // The escaped character may be more than one byte long.
                            let next = value[i + 1..].chars().next().map_or(1, char::len_utf8);
                            param.push_str(&value[i + 1..i + 1 + next]);
                            i += 1 + next;
                            start = i;
                        } else {
                            i += 1;
                        }
                    }
                    param.push_str(&value[start..i.min(b.len())]);
                    i = (i + 1).min(b.len());
                } else {
                    // A token; leniently, anything up to the next delimiter.
                    let start = i;
                    while i < b.len() && !matches!(b[i], b';' | b',' | b' ' | b'\t' | b'\r' | b'\n') {
                        i += 1;
                    }
                    param.push_str(&value[start..i]);
                }
            }
            if name.is_empty() {
                well_formed = false;
                i = skip_link(b, i);
                break;
            }
            if name.eq_ignore_ascii_case("rel") && rels.is_none() {
                rels = Some(param);
            } else if name.eq_ignore_ascii_case("anchor") && !param.is_empty() {
                anchored = true;
            }
        }
        if well_formed
            && !anchored
            && rels.is_some_and(|r| r.split_ascii_whitespace().any(|t| t.eq_ignore_ascii_case(rel)))
        {
            out.push(target);
        }
    }
    out
}

/// The canonical URL (RFC 6596) that a response's `Link` headers name, resolved
/// against `base` (the URL that answered) and cleaned as [`canonicalize`] does.
///
/// `values` are the values of every `Link` header of the response (a server may
/// send several). `None` when no link has `rel=canonical`, when none of them is
/// an http(s) URL, or when the canonical links disagree: a resource has one
/// canonical or, for our purposes, none.
///
/// ```
/// use colonnade_url::{Url, canonical_from_link_headers};
/// let base = Url::parse("http://127.0.0.1:7331/gv/index_1.html").unwrap();
/// let links = [r#"<https://example.org/2009/06/11/a/?utm_source=x>; rel="canonical""#];
/// assert_eq!(
///     canonical_from_link_headers(links, &base).map(String::from).as_deref(),
///     Some("https://example.org/2009/06/11/a/")
/// );
/// assert_eq!(canonical_from_link_headers([r#"</b>; rel=canonical"#], &base).unwrap().as_str(), "http://127.0.0.1:7331/b");
/// ```
pub fn canonical_from_link_headers<'a>(values: impl IntoIterator<Item = &'a str>, base: &Url) -> Option<Url> {
    let mut found: Option<Url> = None;
    for value in values {
        for target in link_header_targets(value, "canonical") {
            let Some(url) = canonicalize(target, Some(base)) else { continue };
            match &found {
                Some(f) if *f != url => return None,
                Some(_) => {}
                None => found = Some(url),
            }
        }
    }
    found
}

/// A `tchar` of RFC 9110 (token characters).
fn is_token_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&c)
}

/// From `i`, the index of the next comma outside `<…>` and quoted strings (or
/// the end): where the next link of a `Link` header can start.
fn skip_link(b: &[u8], mut i: usize) -> usize {
    let mut quoted = false;
    let mut bracketed = false;
    while i < b.len() {
        match b[i] {
            b'\\' if quoted => i += 1,
            b'"' if !bracketed => quoted = !quoted,
            b'<' if !quoted => bracketed = true,
            b'>' if !quoted => bracketed = false,
            b',' if !quoted && !bracketed => return i,
            _ => {}
        }
        i += 1;
    }
    b.len()
}

// ---------------------------------------------------------------------------
// tests
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn archived_original_unwraps_wayback_urls_only() {
        let u = |s: &str| Url::parse(s).unwrap();
        let orig = |s: &str| archived_original(&u(s)).map(|o| o.to_string());
        assert_eq!(
            orig("https://web.archive.org/web/20140226054445/http://www.time4talks.com/2013/08/07/kinos/").as_deref(),
            Some("http://www.time4talks.com/2013/08/07/kinos/")
        );
        assert_eq!(
            orig("https://web.archive.org/web/20120216182711id_/http:/www.stol.it/Artikel?id=5").as_deref(),
            Some("http://www.stol.it/Artikel?id=5")
        );
        assert_eq!(
            orig("https://web.archive.org/web/2012/https://example.org").as_deref(),
            Some("https://example.org/")
        );
        assert_eq!(orig("https://web.archive.org/about/"), None);
        assert_eq!(orig("https://web.archive.org/web/latest/ftp://example.org/"), None);
        assert_eq!(orig("https://example.org/web/20140226054445/http://www.example.com/"), None);
    }
    use proptest::prelude::*;

    fn u(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    fn canon(s: &str) -> Option<String> {
        canonicalize(s, None).map(String::from)
    }

    fn canon_in(s: &str, base: &str) -> Option<String> {
        canonicalize(s, Some(&u(base))).map(String::from)
    }

    fn key(s: &str) -> String {
        dedup_key(&u(s))
    }

    fn hint(s: &str) -> PathHint {
        path_hint(&u(s))
    }

    fn date(s: &str) -> Option<(i32, u8, Option<u8>)> {
        date_in_path(&u(s))
    }

    // --- Link header ------------------------------------------------------

    fn link_canon(values: &[&str], base: &str) -> Option<String> {
        canonical_from_link_headers(values.iter().copied(), &u(base)).map(String::from)
    }

    #[test]
    fn link_header_reads_every_link_and_its_relations() {
        let v = r#"<https://example.com/a,b>; rel="canonical", <https://cdn.example.com/s.css>; rel=preload; as=style"#;
        assert_eq!(link_header_targets(v, "canonical"), ["https://example.com/a,b"]);
        assert_eq!(link_header_targets(v, "preload"), ["https://cdn.example.com/s.css"]);
        // Several relation types, any case; quoted or not; spaces around `;` and `=`.
        let v = r#"</a> ;  REL = "Alternate  Canonical" ; title="a, b; c""#;
        assert_eq!(link_header_targets(v, "canonical"), ["/a"]);
        assert_eq!(link_header_targets(v, "alternate"), ["/a"]);
        assert!(link_header_targets(v, "shortlink").is_empty());
        // Only the first rel counts; a relation type is a whole word.
        assert!(link_header_targets(r#"</a>; rel=next; rel=canonical"#, "canonical").is_empty());
        assert!(link_header_targets(r#"</a>; rel="canonicals noncanonical""#, "canonical").is_empty());
        // WordPress's usual pair.
        let wp =
            "<https://example.org/wp-json/>; rel=\"https://api.w.org/\", <https://example.org/?p=79204>; rel=shortlink";
        assert_eq!(link_header_targets(wp, "shortlink"), ["https://example.org/?p=79204"]);
        assert_eq!(link_header_targets(wp, "https://api.w.org/"), ["https://example.org/wp-json/"]);
        // An escaped quote inside a quoted string does not end it.
        let v = r#"</a>; title="say \"hi\", then"; rel="canonical", </b>; rel=next"#;
        assert_eq!(link_header_targets(v, "canonical"), ["/a"]);
        assert_eq!(link_header_targets(v, "next"), ["/b"]);
    }

    #[test]
    fn link_header_skips_links_about_another_resource_and_malformed_ones() {
        assert!(link_header_targets(r#"</a>; rel=canonical; anchor="/other""#, "canonical").is_empty());
        assert_eq!(link_header_targets(r#"</a>; rel=canonical; anchor="""#, "canonical"), ["/a"]);
        // Garbage between links is skipped up to the next comma outside quotes and brackets.
        let v = r#"junk "x, y" <z,w>, </a> rubbish; rel=canonical, </b>; rel=canonical"#;
        assert_eq!(link_header_targets(v, "canonical"), ["/b"]);
        assert_eq!(link_header_targets(r#"</a>; =x; rel=canonical, </b>; rel=canonical"#, "canonical"), ["/b"]);
    }

    #[test]
    fn link_header_survives_hostile_values() {
        for v in [
            "",
            ",,,",
            "<",
            "<<<<<<",
            ">",
            "</a",
            "</a>;",
            "</a>; rel",
            "</a>; rel=",
            "</a>; rel=\"",
            "</a>; rel=\"canonical",
            "</a>; rel=\"canonical\\",
            "</a>; rel=\"\\é",
            "</a>; rel=\\",
            "\"",
            "\"\\",
            "é<ü>; rel=canonical; ä=\"ö\\ß\"",
            "<\u{0}>; rel=\u{0}",
        ] {
            let _ = link_header_targets(v, "canonical");
            let _ = link_canon(&[v], "https://example.com/x");
        }
        assert_eq!(link_header_targets("</a>; rel=\"canonical", "canonical"), ["/a"], "unterminated quote: to the end");
        assert_eq!(link_header_targets("é<ü>; rel=canonical", "canonical"), Vec::<&str>::new());
        assert_eq!(link_header_targets("<ü>; rel=canonical", "canonical"), ["ü"]);
        // Long values are linear, not quadratic.
        let long = "<".repeat(200_000) + &"\"".repeat(200_000) + &";".repeat(200_000);
        let _ = link_header_targets(&long, "canonical");
        let many = "</a>; rel=next, ".repeat(50_000) + "</c>; rel=canonical";
        assert_eq!(link_header_targets(&many, "canonical"), ["/c"]);
    }

    #[test]
    fn canonical_from_link_headers_resolves_cleans_and_refuses_conflicts() {
        let page = "http://127.0.0.1:7331/gv/index_1.html";
        assert_eq!(
            link_canon(&[r#"<http://globalvoicesonline.org/2009/06/11/x/>; rel="canonical""#], page).as_deref(),
            Some("http://globalvoicesonline.org/2009/06/11/x/")
        );
        // Relative to the URL that answered; tracking parameters and fragments dropped.
        assert_eq!(
            link_canon(&["<../a/b?utm_source=rss#top>; rel=canonical"], page).as_deref(),
            Some("http://127.0.0.1:7331/a/b")
        );
        // Several header lines; the same canonical twice is fine, two different ones are none.
        assert_eq!(
            link_canon(
                &["</x>; rel=preload", "<https://e.org/a>; rel=canonical", "<https://e.org/a>; rel=canonical"],
                page
            )
            .as_deref(),
            Some("https://e.org/a")
        );
        assert_eq!(link_canon(&["<https://e.org/a>; rel=canonical, <https://e.org/b>; rel=canonical"], page), None);
        // Only http(s).
        assert_eq!(link_canon(&["<ftp://e.org/a>; rel=canonical"], page), None);
        assert_eq!(link_canon(&["<javascript:alert(1)>; rel=canonical"], page), None);
        assert_eq!(
            link_canon(&["<mailto:a@e.org>; rel=canonical, <https://e.org/a>; rel=canonical"], page).as_deref(),
            Some("https://e.org/a")
        );
        assert_eq!(link_canon(&["<>; rel=canonical"], page), None);
        assert_eq!(link_canon(&["<https://e.org/a>; rel=shortlink"], page), None);
        assert_eq!(link_canon(&[], page), None);
    }

    // --- canonicalize -----------------------------------------------------

    #[test]
    fn canonicalize_absolute_untouched() {
        assert_eq!(canon("https://example.com/a/b?x=1").as_deref(), Some("https://example.com/a/b?x=1"));
        assert_eq!(canon("http://example.com/").as_deref(), Some("http://example.com/"));
    }

    #[test]
    fn canonicalize_relative_needs_base() {
        assert_eq!(canon("/a/b"), None);
        assert_eq!(canon("a/b"), None);
        assert_eq!(
            canon_in("/opinion/x", "https://example.com/news/y").as_deref(),
            Some("https://example.com/opinion/x")
        );
        assert_eq!(canon_in("z", "https://example.com/news/y").as_deref(), Some("https://example.com/news/z"));
        assert_eq!(canon_in("../z", "https://example.com/a/b/c").as_deref(), Some("https://example.com/a/z"));
        assert_eq!(
            canon_in("?page=2", "https://example.com/a?page=1").as_deref(),
            Some("https://example.com/a?page=2")
        );
    }

    #[test]
    fn canonicalize_absolute_ignores_base() {
        assert_eq!(canon_in("https://other.org/x", "https://example.com/a").as_deref(), Some("https://other.org/x"));
    }

    #[test]
    fn canonicalize_protocol_relative() {
        assert_eq!(canon_in("//cdn.example.com/x", "http://example.com/").as_deref(), Some("http://cdn.example.com/x"));
        assert_eq!(
            canon_in("//cdn.example.com/x", "https://example.com/").as_deref(),
            Some("https://cdn.example.com/x")
        );
        assert_eq!(canon("//cdn.example.com/x").as_deref(), Some("https://cdn.example.com/x"));
    }

    #[test]
    fn canonicalize_trims_whitespace_quotes_brackets() {
        let want = Some("https://example.com/a");
        assert_eq!(canon("  https://example.com/a \n").as_deref(), want);
        assert_eq!(canon("\"https://example.com/a\"").as_deref(), want);
        assert_eq!(canon("'https://example.com/a'").as_deref(), want);
        assert_eq!(canon("<https://example.com/a>").as_deref(), want);
        assert_eq!(canon(" <\"https://example.com/a\"> ").as_deref(), want);
        assert_eq!(canon("https://example.com/a\"").as_deref(), want);
        // A lone trailing apostrophe is part of the path.
        assert_eq!(canon("https://example.com/a'").as_deref(), Some("https://example.com/a'"));
    }

    #[test]
    fn canonicalize_lowercases_host_not_path() {
        assert_eq!(canon("HTTPS://WWW.Example.COM/Path/To").as_deref(), Some("https://www.example.com/Path/To"));
    }

    #[test]
    fn canonicalize_drops_default_ports_only() {
        assert_eq!(canon("http://example.com:80/a").as_deref(), Some("http://example.com/a"));
        assert_eq!(canon("https://example.com:443/a").as_deref(), Some("https://example.com/a"));
        assert_eq!(canon("https://example.com:8443/a").as_deref(), Some("https://example.com:8443/a"));
        assert_eq!(canon("http://example.com:443/a").as_deref(), Some("http://example.com:443/a"));
    }

    #[test]
    fn canonicalize_drops_fragment() {
        assert_eq!(canon("https://example.com/a#comments").as_deref(), Some("https://example.com/a"));
        assert_eq!(canon("https://example.com/a?x=1#").as_deref(), Some("https://example.com/a?x=1"));
        assert_eq!(canon_in("#top", "https://example.com/a?x=1").as_deref(), Some("https://example.com/a?x=1"));
    }

    #[test]
    fn canonicalize_strips_tracking_keeps_content_params() {
        assert_eq!(
            canon("https://example.com/a?utm_source=tw&id=42&fbclid=abc&utm_medium=social&page=2").as_deref(),
            Some("https://example.com/a?id=42&page=2")
        );
        assert_eq!(canon("https://example.com/a?UTM_Source=x&GCLID=y").as_deref(), Some("https://example.com/a"));
        assert_eq!(
            canon("https://example.com/a?p=1&s=foo&q=bar&story=9&article=3").as_deref(),
            Some("https://example.com/a?p=1&s=foo&q=bar&story=9&article=3")
        );
        // Percent-encoded tracking name.
        assert_eq!(canon("https://example.com/a?utm%5Fsource=x&id=1").as_deref(), Some("https://example.com/a?id=1"));
        // Values are left exactly as they were.
        assert_eq!(
            canon("https://example.com/a?q=a%20b+c&x=%E2%9C%93&utm_campaign=z").as_deref(),
            Some("https://example.com/a?q=a%20b+c&x=%E2%9C%93")
        );
    }

    #[test]
    fn canonicalize_drops_empty_query_and_pieces() {
        assert_eq!(canon("https://example.com/a?").as_deref(), Some("https://example.com/a"));
        assert_eq!(canon("https://example.com/a?&&").as_deref(), Some("https://example.com/a"));
        assert_eq!(canon("https://example.com/a?x=1&&y=2&").as_deref(), Some("https://example.com/a?x=1&y=2"));
        assert_eq!(canon("https://example.com?utm_source=x").as_deref(), Some("https://example.com/"));
    }

    #[test]
    fn canonicalize_repairs_html_escaped_ampersand() {
        assert_eq!(
            canon("https://example.com/a?id=1&amp;utm_source=x&amp;page=2").as_deref(),
            Some("https://example.com/a?id=1&page=2")
        );
    }

    #[test]
    fn canonicalize_drops_credentials() {
        assert_eq!(canon("https://user:pw@example.com/a").as_deref(), Some("https://example.com/a"));
    }

    #[test]
    fn canonicalize_rejects_non_http() {
        for raw in [
            "",
            "   ",
            "\"\"",
            "javascript:void(0)",
            "JavaScript:alert(1)",
            " javascript:void(0)",
            "mailto:ed@example.com",
            "MAILTO:ed@example.com",
            "data:text/html,hi",
            "ftp://example.com/file",
            "file:///etc/passwd",
            "tel:+123",
            "about:blank",
            "http://",
            "https://exa mple.com/",
            "http://[::1",
        ] {
            assert_eq!(canon(raw), None, "{raw:?}");
            assert_eq!(canon_in(raw, "https://example.com/a/"), None, "{raw:?} with base");
        }
        // Relative against a non-http base is not http.
        assert_eq!(canon_in("x", "file:///tmp/"), None);
    }

    #[test]
    fn canonicalize_idn_and_ip_hosts() {
        assert_eq!(canon("https://BÜCHER.example/x").as_deref(), Some("https://xn--bcher-kva.example/x"));
        assert_eq!(canon("http://127.0.0.1:8080/x").as_deref(), Some("http://127.0.0.1:8080/x"));
        assert_eq!(canon("http://[::1]/x").as_deref(), Some("http://[::1]/x"));
    }

    #[test]
    fn canonicalize_is_idempotent_on_examples() {
        for raw in [
            "https://Example.com:443/a/../b/./c?utm_source=x&b=2&a=1#f",
            "https://example.com/a'",
            "https://example.com/a b?q=x y",
            "https://example.com/%7Efoo?x=%zz",
            "http://example.com/a?amp;b=1",
        ] {
            let once = canonicalize(raw, None).unwrap();
            assert_eq!(canonicalize(once.as_str(), None), Some(once.clone()), "{raw:?}");
        }
    }

    // --- is_tracking_param -------------------------------------------------

    #[test]
    fn tracking_params_recognised() {
        for name in [
            "utm_source",
            "utm_medium",
            "utm_campaign",
            "utm_term",
            "utm_content",
            "utm_whatever",
            "UTM_SOURCE",
            "fbclid",
            "gclid",
            "dclid",
            "gclsrc",
            "msclkid",
            "mc_cid",
            "mc_eid",
            "_ga",
            "_gl",
            "igshid",
            "yclid",
            "twclid",
            "ttclid",
            "li_fat_id",
            "ocid",
            "cmpid",
            "ncid",
            "sr_share",
            "ref_src",
            "s_cid",
            "spm",
            "__twitter_impression",
            "wt_mc",
            "WT.mc_id",
            "at_medium",
            "at_campaign",
            "guccounter",
            "guce_referrer",
            "guce_referrer_sig",
            "mkt_tok",
            "_hsenc",
            "_hsmi",
            "hsCtaTracking",
            "oly_anon_id",
            "oly_enc_id",
            "rb_clickid",
            "vero_id",
            "wickedid",
            "soc_src",
            "soc_trk",
            "CMP",
            "cmp",
            "ito",
            "xtor",
            "smid",
            "partner",
            "mtm_campaign",
            "hsa_acc",
        ] {
            assert!(is_tracking_param(name), "{name}");
        }
    }

    #[test]
    fn content_params_not_tracking() {
        for name in [
            "id",
            "p",
            "page",
            "article",
            "story",
            "s",
            "q",
            "query",
            "search",
            "v",
            "t",
            "ref",
            "utm",
            "utm_",
            "at_",
            "section",
            "lang",
            "amp",
            "format",
            "cid",
            "",
            "utmsource",
            "xutm_source",
            "gclid2",
            "partners",
            "smi",
        ] {
            assert!(!is_tracking_param(name), "{name}");
        }
    }

    // --- dedup_key ----------------------------------------------------------

    #[test]
    fn dedup_key_basic_shape() {
        assert_eq!(key("https://example.com/a/b?x=1"), "https://example.com/a/b?x=1");
        assert_eq!(key("http://example.com/a/b"), "https://example.com/a/b");
    }

    #[test]
    fn dedup_key_host_prefixes() {
        assert_eq!(key("https://www.example.com/a"), "https://example.com/a");
        assert_eq!(key("https://m.example.com/a"), "https://example.com/a");
        assert_eq!(key("https://amp.example.com/a"), "https://example.com/a");
        assert_eq!(key("https://www.example.com./a"), "https://example.com/a");
        assert_eq!(key("https://news.example.com/a"), "https://news.example.com/a");
        assert_eq!(key("https://mm.example.com/a"), "https://mm.example.com/a");
        // Never strip down to a bare TLD.
        assert_eq!(key("https://m.com/a"), "https://m.com/a");
        assert_eq!(key("https://www.com/a"), "https://www.com/a");
    }

    #[test]
    fn dedup_key_amp_variants() {
        let plain = "https://example.com/opinion/x";
        assert_eq!(key("https://example.com/opinion/x/amp"), plain);
        assert_eq!(key("https://example.com/opinion/x/amp/"), plain);
        assert_eq!(key("https://amp.example.com/opinion/x/AMP"), plain);
        assert_eq!(key("https://example.com/opinion/x?amp=1"), plain);
        assert_eq!(key("https://example.com/opinion/x?amp"), plain);
        assert_eq!(key("https://example.com/opinion/x?outputType=amp"), plain);
        assert_eq!(key("https://example.com/opinion/x?outputtype=AMP&id=3"), "https://example.com/opinion/x?id=3");
        // Not AMP markers.
        assert_eq!(key("https://example.com/opinion/x-amp"), "https://example.com/opinion/x-amp");
        assert_eq!(key("https://example.com/amplifier"), "https://example.com/amplifier");
        assert_eq!(key("https://example.com/x?amp=0"), "https://example.com/x?amp=0");
        assert_eq!(key("https://example.com/amp"), "https://example.com/");
    }

    #[test]
    fn dedup_key_trailing_slash() {
        assert_eq!(key("https://example.com/a/"), "https://example.com/a");
        assert_eq!(key("https://example.com/a//"), "https://example.com/a");
        assert_eq!(key("https://example.com/"), "https://example.com/");
        assert_eq!(key("https://example.com"), "https://example.com/");
        assert_eq!(key("https://example.com/?x=1"), "https://example.com/?x=1");
    }

    #[test]
    fn dedup_key_sorts_and_cleans_query() {
        assert_eq!(key("https://example.com/a?b=2&a=1&c=0"), "https://example.com/a?a=1&b=2&c=0");
        assert_eq!(key("https://example.com/a?a=2&a=1"), "https://example.com/a?a=1&a=2");
        assert_eq!(key("https://example.com/a?b=2&utm_source=x&a=1#frag"), "https://example.com/a?a=1&b=2");
        assert_eq!(key("https://example.com/a?utm_source=x"), "https://example.com/a");
        assert_eq!(key("https://example.com/a?"), "https://example.com/a");
        assert_eq!(
            key("https://example.com/a?b=2&a=1"),
            key("http://www.example.com/a/?a=1&utm_medium=y&b=2&fbclid=z#c")
        );
    }

    #[test]
    fn dedup_key_keeps_port_and_distinguishes_pages() {
        assert_eq!(key("http://example.com:8080/a"), "https://example.com:8080/a");
        assert_ne!(key("https://example.com/a"), key("https://example.com/b"));
        assert_ne!(key("https://example.com/a?id=1"), key("https://example.com/a?id=2"));
        assert_ne!(key("https://example.com/A"), key("https://example.com/a"));
    }

    #[test]
    fn dedup_key_matches_canonicalize_first() {
        for raw in [
            "HTTP://User@WWW.Example.com:80/a/b/?z=1&utm_x=2&&a=0#frag",
            "https://m.example.com/x/amp?amp=1&q=2",
            "https://example.com/?amp;utm_source=x&amp;id=4",
        ] {
            let direct = key(raw);
            let via = dedup_key(&canonicalize(raw, None).unwrap());
            assert_eq!(direct, via, "{raw:?}");
        }
    }

    #[test]
    fn dedup_key_non_http() {
        assert_eq!(key("ftp://example.com/a#x"), "ftp://example.com/a");
    }

    // --- path_hint ------------------------------------------------------------

    #[test]
    fn path_hint_english_opinion() {
        for path in [
            "/opinion/2024/05/01/a",
            "/opinions/x",
            "/columnists/jane",
            "/columnist/jane",
            "/column/x",
            "/columns/x",
            "/comment/x",
            "/commentisfree/2024/may/01/x",
            "/editorial/x",
            "/editorials/x",
            "/op-ed/x",
            "/op_ed/x",
            "/oped/x",
            "/op-eds/x",
            "/views/x",
            "/voices/x",
            "/perspective/x",
            "/perspectives/x",
            "/letters/x",
            "/OPINION/x",
            "/Opinion/x",
            "/news/opinion/x",
            "/opinion.html",
            "/section/opinion/index.html",
            "/news-and-opinion/x",
        ] {
            let url = format!("https://example.com{path}");
            assert_eq!(hint(&url), PathHint::Opinion, "{path}");
        }
    }

    #[test]
    fn path_hint_other_languages_opinion() {
        for path in [
            // nl, sv, da, no, fi, cs, sk, hu, ro, hr, uk, id, vi
            "/standpunt/x",
            "/debatt/x",
            "/klummer/x",
            "/ytring/x",
            "/mielipide/x",
            "/paakirjoitukset/x",
            "/nazory/x",
            "/komentare/x",
            "/velemeny/x",
            "/opinii/x",
            "/komentari/x",
            "/%D0%B4%D1%83%D0%BC%D0%BA%D0%B0/x",
            "/opini/x",
            "/kolom/x",
            "/goc-nhin/x",
            // es
            "/opinion/x",
            "/opiniones/x",
            "/opini%C3%B3n/x",
            "/OPINI%C3%93N/x",
            "/columnas/x",
            "/columna/x",
            "/columnistas/x",
            "/tribuna/x",
            "/editoriales/x",
            "/columnas-de-opinion/x",
            // pt
            "/opiniao/x",
            "/opini%C3%A3o/x",
            "/opinioes/x",
            "/opini%C3%B5es/x",
            "/colunas/x",
            "/colunistas/x",
            // de
            "/meinung/x",
            "/Meinung/x",
            "/kommentar/x",
            "/kommentare/x",
            "/kolumne/x",
            "/kolumnen/x",
            "/kolumnisten/x",
            "/gastbeitrag/x",
            // fr
            "/opinions/x",
            "/tribune/x",
            "/tribunes/x",
            "/idees/x",
            "/id%C3%A9es/x",
            "/chroniques/x",
            "/chronique/x",
            "/editos/x",
            "/edito/x",
            "/%C3%A9dito/x",
            "/point-de-vue/x",
            "/point_de_vue/x",
            // it
            "/opinioni/x",
            "/commenti/x",
            "/editoriali/x",
            "/rubriche/x",
            // tr
            "/yazarlar/x",
            "/kose-yazilari/x",
            "/kose_yazilari/x",
            "/kose-yazisi/x",
            "/k%C3%B6%C5%9Fe-yaz%C4%B1lar%C4%B1/x",
            "/yorum/x",
            "/gorus/x",
            "/g%C3%B6r%C3%BC%C5%9F/x",
            // ru
            "/mnenie/x",
            "/mneniya/x",
            "/kolonka/x",
            "/kolumnisty/x",
            "/column/x",
            "/%D0%BC%D0%BD%D0%B5%D0%BD%D0%B8%D0%B5/x",
            "/%D0%BC%D0%BD%D0%B5%D0%BD%D0%B8%D1%8F/x",
            "/%D0%BA%D0%BE%D0%BB%D0%BE%D0%BD%D0%BA%D0%B0/x",
            "/%D0%BA%D0%BE%D0%BB%D1%83%D0%BC%D0%BD%D0%B8%D1%81%D1%82%D1%8B/x",
            "/%D0%9C%D0%BD%D0%B5%D0%BD%D0%B8%D0%B5/x",
        ] {
            let url = format!("https://example.com{path}");
            assert_eq!(hint(&url), PathHint::Opinion, "{path}");
        }
        // Cyrillic and Arabic typed raw (the parser percent-encodes them).
        for raw in [
            "https://example.ru/мнение/x",
            "https://example.ru/Колонка/x",
            "https://example.ru/колумнисты/x",
            "https://example.ae/مقالات/x",
            "https://example.ae/رأي/x",
            "https://example.ae/كتاب/x",
            "https://example.ae/اراء/x",
            "https://example.ae/آراء/x",
        ] {
            assert_eq!(hint(raw), PathHint::Opinion, "{raw}");
        }
        // Decomposed accent (NFD): o + U+0301.
        assert_eq!(hint("https://example.es/opinio%CC%81n/x"), PathHint::Opinion);
    }

    #[test]
    fn path_hint_news() {
        for path in [
            "/news/x",
            "/world/x",
            "/politics/x",
            "/business/x",
            "/national/x",
            "/local/x",
            "/nation/x",
            "/us-news/x",
            "/uk-news/x",
            "/uk_news/x",
            "/noticias/x",
            "/nachrichten/x",
            "/actualites/x",
            "/actualit%C3%A9s/x",
            "/haber/x",
            "/haberler/x",
            "/novosti/x",
            "/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/x",
            "/NEWS/x",
            "/news.html",
            "/world-news/x",
        ] {
            let url = format!("https://example.com{path}");
            assert_eq!(hint(&url), PathHint::News, "{path}");
        }
    }

    #[test]
    fn path_hint_opinion_wins_over_news() {
        assert_eq!(hint("https://example.com/news/opinion/x"), PathHint::Opinion);
        assert_eq!(hint("https://example.com/opinion/world/x"), PathHint::Opinion);
        assert_eq!(hint("https://example.com/politics/columnists/x"), PathHint::Opinion);
        assert_eq!(hint("https://example.com/opinion-news/x"), PathHint::Opinion);
    }

    #[test]
    fn path_hint_reads_a_section_named_in_the_query() {
        let hint = |u: &str| path_hint(&Url::parse(u).unwrap());
        assert_eq!(hint("https://www.diarioelnorte.example/noticia.php?id=98231&seccion=opinion"), PathHint::Opinion);
        assert_eq!(hint("http://x.example/article.asp?ID=12&Cat=Kommentar"), PathHint::Opinion);
        assert_eq!(hint("http://x.example/article.php?id=1&section=news"), PathHint::News);
        // Another parameter's value, or a section that says nothing, is no hint.
        assert_eq!(hint("http://x.example/article.php?id=1&q=opinion"), PathHint::None);
        assert_eq!(hint("http://x.example/article.php?id=1&seccion=deportes"), PathHint::None);
        assert_eq!(hint("http://x.example/article.php?utm_campaign=opinion"), PathHint::None);
    }

    #[test]
    fn path_hint_none() {
        for path in [
            "/",
            "/2024/05/01/some-story",
            "/analysis/x",
            "/sport/x",
            // A blog is not opinion by its name: most posts are guides, notes or announcements.
            "/blog/x",
            "/blogs/x",
            "/culture/x",
            "/opinionated/x",
            "/newsletter/x",
            "/blogger/x",
            "/columnar-storage/x",
            "/commentaries-are-long/x",
            "/why-opinion-polls-fail",
            "/the-world-according-to-me",
            "/opinion-polls-and-more/x",
            "/x?q=opinion",
            // Swedish "krönika" without its ö, or the crime news of Lithuanian and Polish sites.
            "/kronika/kaune-dege-daugiabutis",
        ] {
            let url = format!("https://example.com{path}");
            assert_eq!(hint(&url), PathHint::None, "{path}");
        }
        assert_eq!(hint("https://opinion.example.com/x"), PathHint::None);
        assert_eq!(hint("https://example.com/x#opinion"), PathHint::None);
    }

    // --- date_in_path -----------------------------------------------------------

    #[test]
    fn date_slashed() {
        assert_eq!(date("https://e.com/2024/05/01/title"), Some((2024, 5, Some(1))));
        assert_eq!(date("https://e.com/opinion/2024/5/1/title"), Some((2024, 5, Some(1))));
        assert_eq!(date("https://e.com/2024/12/31"), Some((2024, 12, Some(31))));
        assert_eq!(date("https://e.com/2024/05/title"), Some((2024, 5, None)));
        assert_eq!(date("https://e.com/2024/05/"), Some((2024, 5, None)));
        assert_eq!(date("https://e.com/2024/05"), Some((2024, 5, None)));
        assert_eq!(date("https://e.com/1990/01/01/x"), Some((1990, 1, Some(1))));
        assert_eq!(date("https://e.com/2100/12/31/x"), Some((2100, 12, Some(31))));
    }

    #[test]
    fn date_dashed_and_compact() {
        assert_eq!(date("https://e.com/2024-05-01/title"), Some((2024, 5, Some(1))));
        assert_eq!(date("https://e.com/2024-05-01-title"), Some((2024, 5, Some(1))));
        assert_eq!(date("https://e.com/2024-5-1/title"), Some((2024, 5, Some(1))));
        assert_eq!(date("https://e.com/20240501/title"), Some((2024, 5, Some(1))));
        assert_eq!(date("https://e.com/news/20240501-title"), Some((2024, 5, Some(1))));
        assert_eq!(date("https://e.com/20240501.html"), Some((2024, 5, Some(1))));
    }

    #[test]
    fn date_rejected() {
        for url in [
            "https://e.com/",
            "https://e.com/opinion/title",
            "https://e.com/1989/05/01/x",
            "https://e.com/2101/05/01/x",
            "https://e.com/2024/13/01/x",
            "https://e.com/2024/00/01/x",
            "https://e.com/2024/title",
            "https://e.com/2024",
            "https://e.com/12345/05/01",
            "https://e.com/2024-13-01/x",
            "https://e.com/2024-02-30/x",
            "https://e.com/20241301/x",
            "https://e.com/20240500/x",
            "https://e.com/202405011234/x",
            "https://e.com/2024050/x",
            "https://e.com/x20240501/x",
            "https://e.com/2024-05/x",
            "https://e.com/x?d=2024/05/01",
            "https://e.com/article/123456789",
        ] {
            assert_eq!(date(url), None, "{url}");
        }
    }

    #[test]
    fn date_invalid_day_keeps_month() {
        assert_eq!(date("https://e.com/2024/05/32/x"), Some((2024, 5, None)));
        assert_eq!(date("https://e.com/2024/04/31/x"), Some((2024, 4, None)));
        assert_eq!(date("https://e.com/2023/02/29/x"), Some((2023, 2, None)));
        assert_eq!(date("https://e.com/2024/02/29/x"), Some((2024, 2, Some(29))));
        assert_eq!(date("https://e.com/2000/02/29/x"), Some((2000, 2, Some(29))));
        assert_eq!(date("https://e.com/2024/05/123456/x"), Some((2024, 5, None)));
    }

    #[test]
    fn date_first_from_left_and_skips_bad_years() {
        assert_eq!(date("https://e.com/2024/05/01/2023/01/01"), Some((2024, 5, Some(1))));
        assert_eq!(date("https://e.com/1234/2024/05/01/x"), Some((2024, 5, Some(1))));
        assert_eq!(date("https://e.com/2024/x/2023/02/03/y"), Some((2023, 2, Some(3))));
    }

    // --- host_without_www ---------------------------------------------------------

    #[test]
    fn host_without_www_cases() {
        assert_eq!(host_without_www(&u("https://www.example.com/a")), Some("example.com"));
        assert_eq!(host_without_www(&u("https://WWW.Example.com/a")), Some("example.com"));
        assert_eq!(host_without_www(&u("https://example.com/a")), Some("example.com"));
        assert_eq!(host_without_www(&u("https://m.example.com/a")), Some("m.example.com"));
        assert_eq!(host_without_www(&u("https://www2.example.com/a")), Some("www2.example.com"));
        assert_eq!(host_without_www(&u("https://wwwexample.com/a")), Some("wwwexample.com"));
        assert_eq!(host_without_www(&u("mailto:a@example.com")), None);
        assert_eq!(host_without_www(&u("data:text/plain,x")), None);
    }

    // --- percent_decode -------------------------------------------------------------

    #[test]
    fn percent_decode_cases() {
        assert!(matches!(percent_decode("plain", false), Cow::Borrowed("plain")));
        assert_eq!(percent_decode("a%20b", false), "a b");
        assert_eq!(percent_decode("a+b", false), "a+b");
        assert_eq!(percent_decode("a+b", true), "a b");
        assert_eq!(percent_decode("%zz%4", false), "%zz%4");
        assert_eq!(percent_decode("%C3%A9", false), "é");
        assert_eq!(percent_decode("%FF", false), "\u{FFFD}");
    }

    // --- properties -------------------------------------------------------------------

    /// Strings that look like URLs, to reach the interesting code paths more
    /// often than uniformly random text does.
    fn urlish() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            "[ \"'<>]{0,2}(https?|HTTP|ftp|javascript|mailto|data)?:?(//)?[a-zA-Z0-9.:@\\[\\]-]{0,20}(/[a-zA-Z0-9.%_~'+ -]{0,12}){0,4}(\\?[a-zA-Z0-9_=&;%+.-]{0,30})?(#[a-z]{0,5})?[ \"'<>]{0,2}",
            "[/.?#a-zA-Z0-9%&=_:;@ \\\\-]{0,40}",
        ]
    }

    fn base_url() -> impl Strategy<Value = Option<Url>> {
        prop_oneof![
            Just(None),
            Just(Some(u("https://www.example.com/opinion/2024/05/01/story?id=1"))),
            Just(Some(u("http://example.org"))),
            Just(Some(u("file:///tmp/x"))),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn canonicalize_never_panics_and_is_idempotent(raw in urlish(), base in base_url()) {
            let once = canonicalize(&raw, base.as_ref());
            if let Some(url) = &once {
                prop_assert!(is_http(url));
                prop_assert!(url.fragment().is_none());
                prop_assert_ne!(url.query(), Some(""));
                let twice = canonicalize(url.as_str(), None);
                prop_assert_eq!(twice.as_ref(), Some(url));
                // Also stable when resolved against a base.
                let twice_based = canonicalize(url.as_str(), base.as_ref());
                prop_assert_eq!(twice_based.as_ref(), Some(url));
                // The other functions do not panic on whatever comes out.
                let k = dedup_key(url);
                prop_assert!(k.starts_with("https://"));
                let _ = path_hint(url);
                let _ = date_in_path(url);
                let _ = host_without_www(url);
            }
        }

        #[test]
        fn link_headers_never_panic_and_name_only_http_targets(
            value in prop_oneof![any::<String>(), "[<>;,=\"\\ a-z/:.é]{0,60}"],
        ) {
            let base = u("https://example.com/a/b");
            for target in link_header_targets(&value, "canonical") {
                prop_assert!(value.contains(target));
            }
            if let Some(url) = canonical_from_link_headers([value.as_str()], &base) {
                prop_assert!(is_http(&url));
            }
        }

        #[test]
        fn dedup_key_is_stable_under_utm(
            host in "(www\\.|m\\.|amp\\.)?[a-z]{1,10}\\.(com|org|co\\.uk)",
            segments in proptest::collection::vec("[a-zA-Z0-9_%.-]{1,10}", 0..4),
            trailing in any::<bool>(),
            params in proptest::collection::vec(("[a-z]{1,6}", "[a-zA-Z0-9%+]{0,6}"), 0..4),
            utm in ("utm_[a-z]{1,8}", "[a-zA-Z0-9]{0,8}"),
            position in any::<prop::sample::Index>(),
            fragment in proptest::option::of("[a-z]{0,6}"),
        ) {
            let mut path = String::new();
            for seg in &segments {
                path.push('/');
                path.push_str(seg);
            }
            if trailing || path.is_empty() {
                path.push('/');
            }
            let pieces: Vec<String> = params.iter().map(|(k, v)| format!("{k}={v}")).collect();
            let mut with_utm = pieces.clone();
            with_utm.insert(position.index(pieces.len() + 1), format!("{}={}", utm.0, utm.1));
            let frag = fragment.map(|f| format!("#{f}")).unwrap_or_default();
            let plain = format!("https://{host}{path}?{}{frag}", pieces.join("&"));
            let tagged = format!("http://{host}{path}?{}{frag}", with_utm.join("&"));

            let plain_url = canonicalize(&plain, None).unwrap();
            let tagged_url = canonicalize(&tagged, None).unwrap();
            prop_assert_eq!(dedup_key(&plain_url), dedup_key(&tagged_url));
            // Same key without canonicalizing first.
            prop_assert_eq!(dedup_key(&u(&plain)), dedup_key(&u(&tagged)));
            prop_assert_eq!(dedup_key(&plain_url), dedup_key(&u(&tagged)));
        }
    }
}
