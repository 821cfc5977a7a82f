//! URL slugs: `/columns/{id}-{slug}`. The id decides; the slug is for people and search
//! engines, and a wrong one redirects to the canonical URL.

/// Longest slug, in bytes (all ASCII).
pub(crate) const MAX_SLUG: usize = 80;

/// The slug of a title or name: lowercase ASCII letters and digits separated by single `-`,
/// common Latin diacritics transliterated (`é` → `e`, `ß` → `ss`, `ø` → `o`), everything else a
/// separator, at most 80 bytes (cut at a `-` when one is near the end). May be empty (a title
/// in another script), in which case URLs carry the id alone.
///
/// ```
/// assert_eq!(colonnade_web::slugify("Çà et là: Ünïcode & Straße!"), "ca-et-la-unicode-strasse");
/// ```
pub fn slugify(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(MAX_SLUG + 8));
    let mut dash = false;
    let mut buf = [0u8; 4];
    for c in s.chars() {
        let mapped = if c.is_ascii_alphanumeric() {
            Some(&*c.to_ascii_lowercase().encode_utf8(&mut buf))
        } else {
            transliterate(c)
        };
        let Some(mapped) = mapped else {
            dash = true;
            continue;
        };
        if dash && !out.is_empty() {
            out.push('-');
        }
        dash = false;
        out.push_str(mapped);
        if out.len() >= MAX_SLUG {
            break;
        }
    }
    if out.len() > MAX_SLUG {
        out.truncate(MAX_SLUG);
    }
    if out.len() == MAX_SLUG
        && let Some(cut) = out.rfind('-').filter(|&i| i >= MAX_SLUG / 2)
    {
        out.truncate(cut);
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// ASCII for a Latin letter with a diacritic (lowercase), or `None`.
fn transliterate(c: char) -> Option<&'static str> {
    let lower = c.to_lowercase().next().unwrap_or(c);
    Some(match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        // 'i' is the lowercase of 'İ'.
        'i' | 'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// Splits a path segment `123-some-slug` (or `123`) into the id and the slug after it.
/// `None` when it does not start with a positive id that fits in an `i64`.
pub(crate) fn split_ref(segment: &str) -> Option<(i64, &str)> {
    let digits = segment.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 18 {
        return None;
    }
    let id: i64 = segment[..digits].parse().ok().filter(|&id| id > 0)?;
    match &segment[digits..] {
        "" => Some((id, "")),
        rest => rest.strip_prefix('-').map(|slug| (id, slug)),
    }
}

/// `{id}-{slug}`, or `{id}` when the slug is empty.
pub(crate) fn path_ref(id: i64, slug: &str) -> String {
    if slug.is_empty() { id.to_string() } else { format!("{id}-{slug}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_ascii_with_single_dashes() {
        assert_eq!(slugify("Why cities need more trees"), "why-cities-need-more-trees");
        assert_eq!(slugify("  --Hello,   World!--  "), "hello-world");
        assert_eq!(
            slugify("Ça va? Ünïcode — Straße, Łódź, İstanbul, Øresund"),
            "ca-va-unicode-strasse-lodz-istanbul-oresund"
        );
        assert_eq!(slugify("Şanlıurfa'da ağır çekim"), "sanliurfa-da-agir-cekim");
        assert_eq!(slugify("Ærø Œuvre"), "aero-oeuvre");
        assert_eq!(slugify("COVID-19: 2024"), "covid-19-2024");
    }

    #[test]
    fn other_scripts_give_an_empty_slug() {
        assert_eq!(slugify("Мнение"), "");
        assert_eq!(slugify("中文标题"), "");
        assert_eq!(slugify(""), "");
        assert_eq!(slugify("Путин and Europe"), "and-europe");
    }

    #[test]
    fn long_titles_are_cut_at_a_dash() {
        let title = "word ".repeat(40);
        let slug = slugify(&title);
        assert!(slug.len() <= MAX_SLUG, "{}", slug.len());
        assert!(slug.ends_with("word"), "{slug}");
        let one = "a".repeat(200);
        assert_eq!(slugify(&one).len(), MAX_SLUG);
    }

    #[test]
    fn refs_split_into_id_and_slug() {
        assert_eq!(split_ref("42-why-trees"), Some((42, "why-trees")));
        assert_eq!(split_ref("42"), Some((42, "")));
        assert_eq!(split_ref("42-"), Some((42, "")));
        assert_eq!(split_ref("0-x"), None);
        assert_eq!(split_ref("x-42"), None);
        assert_eq!(split_ref("42x"), None);
        assert_eq!(split_ref("99999999999999999999999-x"), None);
        assert_eq!(split_ref(""), None);
        assert_eq!(path_ref(7, ""), "7");
        assert_eq!(path_ref(7, "a-b"), "7-a-b");
    }
}
