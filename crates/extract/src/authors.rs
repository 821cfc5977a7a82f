//! From a byline as printed to a list of person names.
//!
//! Bylines carry more than names: "By", "Por", "Von"; roles ("Senior Correspondent"); dates;
//! the site's name; e-mail addresses and handles; several names joined by "and", "&", "y", "ve",
//! "и". This module strips all of that and keeps only what looks like a person's name, so
//! "The Daily Telegraph Author" and sentence fragments never become columnists.

/// Splits and cleans a byline into person names. `site_name` (when known) is never a person.
pub fn clean(byline: &str, site_name: Option<&str>) -> Vec<String> {
    let mut s: String = byline.chars().map(|c| if c.is_whitespace() || c == '\u{200B}' { ' ' } else { c }).collect();
    // Cut at a line of contact details or a date: everything after "|" that is not a name goes
    // through the same validation below, so we only need to split.
    for sep in [" - ", " – ", " — ", " | ", "|", " / ", "•", "·", "\u{2022}"] {
        if s.contains(sep) {
            s = s.replace(sep, ",");
        }
    }
    let mut names: Vec<String> = Vec::new();
    let s = reorder_last_first(&s).unwrap_or(s);
    for part in split_names(&s) {
        if let Some(name) = clean_one(&part, site_name)
            && !names.iter().any(|n| n.eq_ignore_ascii_case(&name))
        {
            names.push(name);
        }
    }
    names
}

/// "Jong, Michiel de" → "Michiel de Jong": one comma, a single surname before it.
fn reorder_last_first(s: &str) -> Option<String> {
    let s = s.trim();
    let (last, first) = s.split_once(',')?;
    if first.contains(',') || s.contains(" and ") || s.contains('&') {
        return None;
    }
    let last = last.trim();
    let first = first.trim();
    let last_words = last.split_whitespace().count();
    let first_words = first.split_whitespace().count();
    let looks_like_name = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase()) && !is_role_word(w);
    if last_words == 1
        && (1..=3).contains(&first_words)
        && looks_like_name(last)
        && first.split_whitespace().next().is_some_and(looks_like_name)
        && !first.split_whitespace().any(is_role_word)
    {
        Some(format!("{first} {last}"))
    } else {
        None
    }
}

/// Splits on commas, semicolons and the word "and" in several languages.
fn split_names(s: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let words: Vec<&str> = s.split(' ').filter(|w| !w.is_empty()).collect();
    for w in words {
        let lower = w.to_lowercase();
        if matches!(lower.as_str(), "and" | "&" | "y" | "e" | "et" | "und" | "ve" | "и" | "i" | "en" | "og" | "och" | "și")
        {
            parts.push(String::new());
            continue;
        }
        let mut rest = w;
        while let Some(pos) = rest.find([',', ';', '،', '、', '，']) {
            let (head, tail) = rest.split_at(pos);
            push_word(&mut parts, head);
            parts.push(String::new());
            let sep_len = tail.chars().next().map_or(1, char::len_utf8);
            rest = &tail[sep_len..];
        }
        push_word(&mut parts, rest);
    }
    parts.into_iter().map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
}

fn push_word(parts: &mut Vec<String>, w: &str) {
    if w.is_empty() {
        return;
    }
    if let Some(last) = parts.last_mut() {
        if !last.is_empty() {
            last.push(' ');
        }
        last.push_str(w);
    }
}

/// Words that open a byline ("By Jane Doe").
const PREFIXES: &[&str] = &[
    "by", "from", "written by", "words by", "story by", "text by", "reported by", "posted by", "author:",
    "authors:", "author", "por", "por:", "par", "par:", "von", "von:", "di", "da", "door", "af", "av", "de",
    "yazan:", "yazan", "yazar:", "yazar", "автор:", "автор", "текст:", "bởi", "oleh", "بقلم", "كتب", "بقلم:",
    "texto:", "redacción:", "redação:", "réalisé par", "propos recueillis par", "columnist", "column by",
    "opinion by", "analysis by", "commentary by", "guest column by", "editorial by",
];

/// Words that, standing in a part, make it a role or an organisation rather than a person.
fn is_role_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    matches!(
        w.as_str(),
        "correspondent"
            | "correspondents"
            | "editor"
            | "editors"
            | "reporter"
            | "reporters"
            | "writer"
            | "writers"
            | "columnist"
            | "columnists"
            | "contributor"
            | "contributors"
            | "contributing"
            | "staff"
            | "director"
            | "professor"
            | "analyst"
            | "chief"
            | "senior"
            | "associate"
            | "fellow"
            | "producer"
            | "photographer"
            | "journalist"
            | "news"
            | "press"
            | "agency"
            | "desk"
            | "team"
            | "editorial"
            | "board"
            | "media"
            | "newsroom"
            | "published"
            | "updated"
            | "posted"
            | "follow"
            | "author"
            | "authors"
            | "opinion"
            | "wire"
            | "services"
            | "service"
            | "online"
            | "magazine"
            | "newspaper"
            | "daily"
            | "weekly"
            | "times"
            | "post"
            | "tribune"
            | "herald"
            | "journal"
            | "gazette"
            | "bureau"
            | "inc"
            | "ltd"
            | "llc"
            | "group"
            | "network"
            | "radio"
            | "television"
            | "tv"
            | "reuters"
            | "afp"
            | "ap"
            | "bbc"
            | "cnn"
            | "wikipedia"
            | "admin"
            | "administrator"
            | "webmaster"
            | "guest"
            | "redaktion"
            | "redacción"
            | "redação"
            | "rédaction"
            | "редакция"
            | "haber"
            | "merkezi"
            | "ajansı"
            | "muhabiri"
            | "columnista"
            | "kolumnist"
            | "chroniqueur"
            | "chroniqueuse"
            | "колумнист"
            | "обозреватель"
            | "periodista"
            | "jornalista"
            | "journaliste"
            | "correspondant"
            | "corresponsal"
            | "korrespondent"
            | "min"
            | "read"
            | "ago"
            | "comments"
            | "share"
            | "email"
            | "twitter"
            | "facebook"
            | "more"
            | "view"
            | "all"
            | "articles"
            | "stories"
            | "posts"
            | "profile"
    )
}

/// Lowercase words allowed inside a name (particles).
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "da"
            | "do"
            | "dos"
            | "das"
            | "del"
            | "della"
            | "di"
            | "du"
            | "la"
            | "le"
            | "van"
            | "von"
            | "der"
            | "den"
            | "ter"
            | "ten"
            | "al"
            | "el"
            | "bin"
            | "bint"
            | "ibn"
            | "y"
            | "e"
            | "zu"
            | "af"
            | "st."
            | "mc"
    )
}

const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

fn clean_one(part: &str, site_name: Option<&str>) -> Option<String> {
    let mut s = part.trim().to_string();
    // Parenthesised or bracketed tails: "(Reuters)", "[email]".
    if let Some(i) = s.find(['(', '[']) {
        s.truncate(i);
    }
    // Strip opening words, longest first, repeatedly ("By: Opinion by Jane").
    loop {
        let lower = s.to_lowercase();
        let mut stripped = false;
        let mut best: Option<&str> = None;
        for p in PREFIXES {
            if lower.starts_with(p)
                && lower[p.len()..].starts_with([' ', ':', '\u{a0}'])
                && best.is_none_or(|b| p.len() > b.len())
            {
                best = Some(p);
            }
        }
        if let Some(p) = best {
            s = s[p.len()..].trim_start_matches([' ', ':', '\u{a0}']).to_string();
            stripped = true;
        }
        if !stripped {
            break;
        }
    }
    let s = s.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ':' | ';' | '-' | '–' | '—' | '|' | '"' | '“' | '”' | '\''));
    if s.is_empty() || s.chars().count() > 60 {
        return None;
    }
    if s.contains('@') || s.contains("http") || s.contains("www.") || s.contains('/') || s.contains('=') {
        return None;
    }
    if s.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    if let Some(site) = site_name {
        let site = site.trim();
        if !site.is_empty() && (s.eq_ignore_ascii_case(site) || s.to_lowercase().contains(&site.to_lowercase())) {
            return None;
        }
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return None;
    }
    let mut capitalised = 0;
    for w in &words {
        let lower = w.to_lowercase();
        if is_role_word(w) {
            return None;
        }
        if MONTHS.contains(&lower.trim_end_matches('.')) && words.len() <= 3 {
            return None;
        }
        let first = w.chars().next()?;
        if first.is_uppercase() {
            capitalised += 1;
        } else if first.is_lowercase() && !is_particle(&lower) {
            // A lowercase word in a Latin-script name is a sentence, not a name.
            return None;
        } else if !first.is_alphabetic() && !first.is_uppercase() && !is_uncased_letter(first) {
            return None;
        }
    }
    let uncased = words.iter().all(|w| w.chars().next().is_some_and(is_uncased_letter));
    if capitalised == 0 && !uncased {
        return None;
    }
    // A single Latin word is rarely a full name, but Readability keeps such bylines ("Fenix"):
    // accept it when capitalised and not all caps shouting a label.
    if words.len() == 1 && words[0].chars().count() < 2 {
        return None;
    }
    Some(words.join(" "))
}

/// Letters of scripts without case (Arabic, CJK, Devanagari, Hebrew, Thai…).
fn is_uncased_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<String> {
        clean(s, None)
    }

    #[test]
    fn strips_by_and_roles() {
        assert_eq!(names("By Jane Doe"), ["Jane Doe"]);
        assert_eq!(names("By JANE DOE, Senior Correspondent"), ["JANE DOE"]);
        assert_eq!(names("Opinion by Max Boot"), ["Max Boot"]);
        assert_eq!(names("By Brenda  Goodman, MA\n WebMD Health News"), ["Brenda Goodman"]);
    }

    #[test]
    fn several_authors() {
        assert_eq!(names("By Alice Smith and Bob Jones"), ["Alice Smith", "Bob Jones"]);
        assert_eq!(names("Alice Smith, Bob Jones & Carol White"), ["Alice Smith", "Bob Jones", "Carol White"]);
        assert_eq!(names("Por María López y Juan Pérez"), ["María López", "Juan Pérez"]);
        assert_eq!(names("Yazan: Ahmet Yılmaz ve Ayşe Kaya"), ["Ahmet Yılmaz", "Ayşe Kaya"]);
        assert_eq!(names("Иван Петров и Мария Иванова"), ["Иван Петров", "Мария Иванова"]);
    }

    #[test]
    fn last_comma_first() {
        assert_eq!(names("Jong, Michiel de"), ["Michiel de Jong"]);
    }

    #[test]
    fn rejects_organisations_and_furniture() {
        assert!(names("The Daily Telegraph Author").is_empty());
        assert!(names("BBC News").is_empty());
        assert!(names("Contributors to Wikimedia projects").is_empty());
        assert!(names("Follow Author").is_empty());
        assert!(names("Last Updated: January 7, 2025").is_empty());
        assert!(names("@handle").is_empty());
        assert!(names("the government said on monday").is_empty());
        assert!(clean("Global Voices", Some("Global Voices")).is_empty());
    }

    #[test]
    fn dates_and_pipes_are_cut_off() {
        assert_eq!(names("Jane Doe | 5 May 2024"), ["Jane Doe"]);
        assert_eq!(names("By Jane Doe - May 5, 2024"), ["Jane Doe"]);
        assert_eq!(names("Jane Doe (Reuters)"), ["Jane Doe"]);
    }

    #[test]
    fn uncased_scripts_are_names() {
        assert_eq!(names("بقلم محمد علي"), ["محمد علي"]);
        assert_eq!(names("王小明"), ["王小明"]);
        assert_eq!(names("राहुल शर्मा"), ["राहुल शर्मा"]);
    }

    #[test]
    fn particles() {
        assert_eq!(names("By Ludwig van Beethoven"), ["Ludwig van Beethoven"]);
        assert_eq!(names("Sérgio da Silva"), ["Sérgio da Silva"]);
    }
}
