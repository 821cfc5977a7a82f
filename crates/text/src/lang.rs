//! Language tags from markup and language detection from text.

use whatlang::Lang;

/// Longest tag accepted by [`normalize_lang_tag`].
const MAX_TAG_LEN: usize = 35;
/// How many bytes of text [`detect_lang`] examines.
const DETECT_BYTES: usize = 4000;

/// Normalise a language tag from markup to BCP 47 form.
///
/// `"en_US"` → `"en-US"`, `"EN"` → `"en"`, `"en-us"` → `"en-US"`, `"pt-br"` →
/// `"pt-BR"`, `"zh-hans"` → `"zh-Hans"`, `"ar-SA"` → `"ar-SA"`. Language names
/// (`"english"`, `"English"`, `"Français"`, `"Deutsch"`…) of the most used
/// languages map to their code. Three-letter codes with a two-letter
/// equivalent are shortened (`"eng"`, `"fre"` → `"en"`, `"fr"`) and the
/// deprecated `iw`, `in`, `ji` become `he`, `id`, `yi`.
///
/// Returns `None` for an empty tag, `"und"`, `"x-default"`, `"*"`, and garbage
/// (longer than 35 characters, characters other than ASCII alphanumerics, `-`
/// and `_`, a primary subtag that is not 2–3 letters).
pub fn normalize_lang_tag(tag: &str) -> Option<String> {
    let tag = tag.trim();
    if tag.is_empty() || tag.len() > MAX_TAG_LEN * 4 || tag.chars().count() > MAX_TAG_LEN {
        return None;
    }
    if !tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        // Perhaps a language name in its own script ("Français", "русский").
        return language_by_name(tag).map(str::to_string);
    }
    let mut parts = tag.split(['-', '_']).filter(|p| !p.is_empty());
    let primary = parts.next()?;
    if !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let primary_lower = primary.to_ascii_lowercase();
    let primary_code: &str = match primary_lower.len() {
        2 => match primary_lower.as_str() {
            "iw" => "he",
            "in" => "id",
            "ji" => "yi",
            other => other,
        },
        3 => match primary_lower.as_str() {
            "und" | "mul" | "zxx" => return None,
            other => three_to_two(other).unwrap_or(other),
        },
        _ => {
            // A whole-word language name ("english"), else garbage.
            return if tag.len() == primary.len() { language_by_name(tag).map(str::to_string) } else { None };
        }
    };
    let mut out = String::with_capacity(tag.len());
    out.push_str(primary_code);
    let mut in_extension = false;
    for part in parts {
        out.push('-');
        if in_extension || part.len() == 1 {
            // Extensions and private use ("x-…"): lower case, kept as is.
            in_extension = true;
            out.extend(part.chars().map(|c| c.to_ascii_lowercase()));
        } else if part.len() == 4 && part.bytes().all(|b| b.is_ascii_alphabetic()) {
            // Script: title case.
            let mut chars = part.chars();
            if let Some(first) = chars.next() {
                out.push(first.to_ascii_uppercase());
            }
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        } else if part.len() == 2 && part.bytes().all(|b| b.is_ascii_alphabetic()) {
            // Region: upper case.
            out.extend(part.chars().map(|c| c.to_ascii_uppercase()));
        } else {
            // Numeric region (419) or variant.
            out.extend(part.chars().map(|c| c.to_ascii_lowercase()));
        }
    }
    Some(out)
}

/// ISO 639-2 (T and B) / 639-3 codes of common languages to ISO 639-1.
fn three_to_two(code: &str) -> Option<&'static str> {
    let two = match code {
        "eng" => "en",
        "fra" | "fre" => "fr",
        "deu" | "ger" => "de",
        "spa" => "es",
        "por" => "pt",
        "ita" => "it",
        "nld" | "dut" => "nl",
        "tur" => "tr",
        "rus" => "ru",
        "ukr" => "uk",
        "pol" => "pl",
        "ces" | "cze" => "cs",
        "slk" | "slo" => "sk",
        "ind" => "id",
        "msa" | "may" => "ms",
        "ara" => "ar",
        "zho" | "chi" => "zh",
        "jpn" => "ja",
        "kor" => "ko",
        "hin" => "hi",
        "ben" => "bn",
        "urd" => "ur",
        "fas" | "per" => "fa",
        "heb" => "he",
        "ell" | "gre" => "el",
        "ron" | "rum" => "ro",
        "hun" => "hu",
        "swe" => "sv",
        "dan" => "da",
        "nor" => "no",
        "nob" => "nb",
        "nno" => "nn",
        "fin" => "fi",
        "vie" => "vi",
        "tha" => "th",
        "bul" => "bg",
        "srp" => "sr",
        "hrv" => "hr",
        "slv" => "sl",
        "cat" => "ca",
        "swa" => "sw",
        "tam" => "ta",
        "tel" => "te",
        "mar" => "mr",
        "guj" => "gu",
        "kan" => "kn",
        "mal" => "ml",
        "pan" => "pa",
        "tgl" => "tl",
        "aze" => "az",
        "kat" | "geo" => "ka",
        "hye" | "arm" => "hy",
        "sqi" | "alb" => "sq",
        "mkd" | "mac" => "mk",
        "lit" => "lt",
        "lav" => "lv",
        "est" => "et",
        "bel" => "be",
        "kaz" => "kk",
        "uzb" => "uz",
        "afr" => "af",
        "isl" | "ice" => "is",
        "eus" | "baq" => "eu",
        "glg" => "gl",
        "cym" | "wel" => "cy",
        "gle" => "ga",
        "amh" => "am",
        "nep" => "ne",
        "sin" => "si",
        "khm" => "km",
        "mya" | "bur" => "my",
        "lat" => "la",
        "epo" => "eo",
        _ => return None,
    };
    Some(two)
}

/// English (and native) names of the most used languages.
fn language_by_name(name: &str) -> Option<&'static str> {
    if name.len() > 40 {
        return None;
    }
    let lower = name.to_lowercase();
    let code = match lower.as_str() {
        "english" => "en",
        "chinese" | "mandarin" | "中文" | "汉语" | "漢語" | "简体中文" | "繁體中文" => "zh",
        "hindi" | "हिन्दी" | "हिंदी" => "hi",
        "spanish" | "español" | "espanol" | "castellano" => "es",
        "french" | "français" | "francais" => "fr",
        "arabic" | "العربية" | "عربي" => "ar",
        "bengali" | "bangla" | "বাংলা" => "bn",
        "russian" | "русский" => "ru",
        "portuguese" | "português" | "portugues" => "pt",
        "urdu" | "اردو" => "ur",
        "indonesian" | "bahasa" => "id",
        "german" | "deutsch" => "de",
        "japanese" | "日本語" => "ja",
        "marathi" | "मराठी" => "mr",
        "telugu" => "te",
        "turkish" | "türkçe" | "turkce" => "tr",
        "tamil" | "தமிழ்" => "ta",
        "vietnamese" | "tiếng việt" => "vi",
        "korean" | "한국어" => "ko",
        "italian" | "italiano" => "it",
        "persian" | "farsi" | "فارسی" => "fa",
        "polish" | "polski" => "pl",
        "ukrainian" | "українська" => "uk",
        "dutch" | "nederlands" => "nl",
        "thai" | "ไทย" => "th",
        "gujarati" => "gu",
        "malay" => "ms",
        "kannada" => "kn",
        "swahili" | "kiswahili" => "sw",
        "punjabi" | "panjabi" => "pa",
        "romanian" | "română" => "ro",
        "greek" | "ελληνικά" => "el",
        "czech" | "čeština" => "cs",
        "swedish" | "svenska" => "sv",
        "hebrew" | "עברית" => "he",
        "hungarian" | "magyar" => "hu",
        "danish" | "dansk" => "da",
        "finnish" | "suomi" => "fi",
        "norwegian" | "norsk" => "no",
        _ => return None,
    };
    Some(code)
}

/// Detect the language of `text` with whatlang.
///
/// Looks at no more than the first ~4000 bytes (cut at a character boundary).
/// Returns the ISO 639-1 code (`"en"`, `"tr"`, `"ar"`, `"zh"`, `"ja"`, `"ru"`,
/// `"hi"`, …) when whatlang calls its guess reliable or its confidence is at
/// least 0.5, else `None`.
pub fn detect_lang(text: &str) -> Option<&'static str> {
    let text = prefix_at_char_boundary(text, DETECT_BYTES);
    let info = whatlang::detect(text)?;
    if info.is_reliable() || info.confidence() >= 0.5 { Some(iso639_1(info.lang())) } else { None }
}

/// The longest prefix of `s` of at most `max` bytes that ends on a char boundary.
pub(crate) fn prefix_at_char_boundary(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// ISO 639-1 code of a whatlang language (Mandarin is `zh`, Persian `fa`,
/// Bokmål `nb`).
pub fn iso639_1(lang: Lang) -> &'static str {
    match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "nb",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        Lang::Cym => "cy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Option<String> {
        normalize_lang_tag(s)
    }

    #[test]
    fn tags() {
        assert_eq!(n("en_US").as_deref(), Some("en-US"));
        assert_eq!(n("EN").as_deref(), Some("en"));
        assert_eq!(n("en-us").as_deref(), Some("en-US"));
        assert_eq!(n("pt-br").as_deref(), Some("pt-BR"));
        assert_eq!(n("zh-hans").as_deref(), Some("zh-Hans"));
        assert_eq!(n("zh_hant_tw").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(n("ar-SA").as_deref(), Some("ar-SA"));
        assert_eq!(n(" fr ").as_deref(), Some("fr"));
        assert_eq!(n("es-419").as_deref(), Some("es-419"));
        assert_eq!(n("sr-latn-rs").as_deref(), Some("sr-Latn-RS"));
        assert_eq!(n("en-US-x-Twain").as_deref(), Some("en-US-x-twain"));
        assert_eq!(n("eng").as_deref(), Some("en"));
        assert_eq!(n("ger-DE").as_deref(), Some("de-DE"));
        assert_eq!(n("in").as_deref(), Some("id"));
        assert_eq!(n("iw-IL").as_deref(), Some("he-IL"));
        assert_eq!(n("fil").as_deref(), Some("fil"));
    }

    #[test]
    fn names() {
        assert_eq!(n("english").as_deref(), Some("en"));
        assert_eq!(n("English").as_deref(), Some("en"));
        assert_eq!(n("FRENCH").as_deref(), Some("fr"));
        assert_eq!(n("Français").as_deref(), Some("fr"));
        assert_eq!(n("Deutsch").as_deref(), Some("de"));
        assert_eq!(n("Turkish").as_deref(), Some("tr"));
        assert_eq!(n("русский").as_deref(), Some("ru"));
        assert_eq!(n("العربية").as_deref(), Some("ar"));
        assert_eq!(n("日本語").as_deref(), Some("ja"));
        assert_eq!(n("Indonesian").as_deref(), Some("id"));
    }

    #[test]
    fn rejected() {
        for bad in [
            "",
            "   ",
            "und",
            "UND",
            "x-default",
            "X-Default",
            "*",
            "en US",
            "en.US",
            "e",
            "12",
            "1en",
            "klingonese",
            "en-USxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "<script>",
            "-",
            "_",
            "en-us-\u{0}",
        ] {
            assert_eq!(n(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn detects() {
        let samples = [
            (
                "en",
                "The government announced on Tuesday that it would raise taxes on large \
                 companies in order to pay for new schools and hospitals across the country.",
            ),
            (
                "fr",
                "Le gouvernement a annoncé mardi qu'il allait augmenter les impôts des grandes \
                 entreprises afin de financer de nouvelles écoles et des hôpitaux dans tout le pays.",
            ),
            (
                "de",
                "Die Regierung hat am Dienstag angekündigt, die Steuern für große Unternehmen zu \
                 erhöhen, um neue Schulen und Krankenhäuser im ganzen Land zu bezahlen.",
            ),
            (
                "es",
                "El gobierno anunció el martes que subirá los impuestos a las grandes empresas \
                 para pagar nuevas escuelas y hospitales en todo el país.",
            ),
            (
                "pt",
                "O governo anunciou na terça-feira que vai aumentar os impostos das grandes \
                 empresas para pagar novas escolas e hospitais em todo o país.",
            ),
            (
                "tr",
                "Hükümet salı günü yaptığı açıklamada, ülke genelinde yeni okullar ve hastaneler \
                 inşa etmek için büyük şirketlerin vergilerini artıracağını duyurdu.",
            ),
            (
                "ru",
                "Правительство во вторник объявило, что повысит налоги для крупных компаний, \
                 чтобы оплатить строительство новых школ и больниц по всей стране.",
            ),
            (
                "ar",
                "أعلنت الحكومة يوم الثلاثاء أنها سترفع الضرائب على الشركات الكبرى من أجل تمويل \
                 مدارس ومستشفيات جديدة في جميع أنحاء البلاد.",
            ),
            ("zh", "政府星期二宣布，将提高大公司的税收，以便在全国各地建设新的学校和医院。"),
            (
                "ja",
                "政府は火曜日、全国に新しい学校や病院を建設するため、大企業への税金を引き上げると\
                 発表しました。",
            ),
            (
                "hi",
                "सरकार ने मंगलवार को घोषणा की कि वह पूरे देश में नए स्कूलों और अस्पतालों के लिए \
                 बड़ी कंपनियों पर कर बढ़ाएगी।",
            ),
        ];
        for (want, text) in samples {
            assert_eq!(detect_lang(text), Some(want), "{text}");
        }
    }

    #[test]
    fn detect_long_text_cut_on_char_boundary() {
        let text = "Привет, как дела? Всё хорошо, спасибо. ".repeat(300);
        assert!(text.len() > DETECT_BYTES);
        assert_eq!(detect_lang(&text), Some("ru"));
        let cut = prefix_at_char_boundary(&text, DETECT_BYTES);
        assert!(cut.len() <= DETECT_BYTES && cut.len() > DETECT_BYTES - 4);
    }

    #[test]
    fn detect_nothing() {
        assert_eq!(detect_lang(""), None);
        assert_eq!(detect_lang("12345 !!! ..."), None);
    }
}
