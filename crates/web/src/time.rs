//! Dates as readers see them: "2 hours ago", "yesterday", "12 March 2024", and the exact
//! local time with its offset for the `<time>` tooltip.

use colonnade_model::Timestamp;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Days since 1970-01-01 in UTC (the counters' day).
pub(crate) fn day_of(t: jiff::Timestamp) -> i64 {
    t.as_second().div_euclid(86_400)
}

/// Today's day number, UTC.
pub(crate) fn today() -> i64 {
    day_of(jiff::Timestamp::now())
}

/// "just now", "5 minutes ago", "2 hours ago", "yesterday", "3 days ago", then the date in the
/// publication's own offset ("12 March 2024") from a week on. Times up to an hour in the future
/// (clock skew) are "just now"; later ones get the date.
pub(crate) fn relative(t: &Timestamp, now: jiff::Timestamp) -> String {
    let secs = now.as_second() - t.instant.as_second();
    if (-3600..60).contains(&secs) {
        return "just now".into();
    }
    if secs < 0 {
        return date(t);
    }
    let plural = |n: i64, unit: &str| if n == 1 { format!("1 {unit} ago") } else { format!("{n} {unit}s ago") };
    if secs < 3_600 {
        plural(secs / 60, "minute")
    } else if secs < 86_400 {
        plural(secs / 3_600, "hour")
    } else if secs < 172_800 {
        "yesterday".into()
    } else if secs < 604_800 {
        plural(secs / 86_400, "day")
    } else {
        date(t)
    }
}

/// The civil date and time in the timestamp's own offset.
fn local(t: &Timestamp) -> jiff::civil::DateTime {
    let offset = jiff::tz::Offset::from_seconds(t.offset_seconds).unwrap_or(jiff::tz::Offset::UTC);
    offset.to_datetime(t.instant)
}

/// "12 March 2024", in the publication's offset.
pub(crate) fn date(t: &Timestamp) -> String {
    let dt = local(t);
    let month = MONTHS.get(usize::try_from(dt.month() - 1).unwrap_or(0)).copied().unwrap_or("");
    format!("{} {month} {}", dt.day(), dt.year())
}

/// "12 March 2024, 09:30 UTC+02:00": the exact time as the publication printed it.
pub(crate) fn exact(t: &Timestamp) -> String {
    let dt = local(t);
    let offset = if t.offset_seconds == 0 {
        "UTC".to_owned()
    } else {
        let sign = if t.offset_seconds < 0 { '-' } else { '+' };
        let abs = t.offset_seconds.unsigned_abs();
        format!("UTC{sign}{:02}:{:02}", abs / 3600, (abs % 3600) / 60)
    };
    format!("{}, {:02}:{:02} {offset}", date(t), dt.hour(), dt.minute())
}

/// A date `YYYY-MM-DD` (a search filter), as the first instant of that day in UTC.
pub(crate) fn parse_day(s: &str) -> Option<jiff::civil::Date> {
    if s.len() != 10 {
        return None;
    }
    s.parse::<jiff::civil::Date>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse_rfc3339(s).unwrap()
    }

    #[test]
    fn relative_dates_read_like_speech() {
        let t = ts("2024-03-12T09:30:00+02:00");
        let at = |s: &str| relative(&t, s.parse().unwrap());
        assert_eq!(at("2024-03-12T07:30:30Z"), "just now");
        assert_eq!(at("2024-03-12T07:31:00Z"), "1 minute ago");
        assert_eq!(at("2024-03-12T07:35:59Z"), "5 minutes ago");
        assert_eq!(at("2024-03-12T08:30:00Z"), "1 hour ago");
        assert_eq!(at("2024-03-12T09:40:00Z"), "2 hours ago");
        assert_eq!(at("2024-03-13T08:00:00Z"), "yesterday");
        assert_eq!(at("2024-03-14T08:00:00Z"), "2 days ago");
        assert_eq!(at("2024-03-15T08:00:00Z"), "3 days ago");
        assert_eq!(at("2024-03-18T08:00:00Z"), "6 days ago");
        assert_eq!(at("2024-03-19T08:00:00Z"), "12 March 2024");
        // Slightly in the future: clock skew.
        assert_eq!(at("2024-03-12T07:00:00Z"), "just now");
        assert_eq!(at("2024-03-01T07:00:00Z"), "12 March 2024");
    }

    #[test]
    fn dates_use_the_publications_offset() {
        // 23:30 UTC on the 11th is the 12th in Berlin.
        let t = ts("2024-03-12T00:30:00+01:00");
        assert_eq!(date(&t), "12 March 2024");
        assert_eq!(exact(&t), "12 March 2024, 00:30 UTC+01:00");
        assert_eq!(exact(&ts("2020-01-02T03:04:05-05:30")), "2 January 2020, 03:04 UTC-05:30");
        assert_eq!(exact(&ts("2020-12-31T23:59:00Z")), "31 December 2020, 23:59 UTC");
    }

    #[test]
    fn days_count_from_the_epoch() {
        assert_eq!(day_of("1970-01-01T23:59:59Z".parse().unwrap()), 0);
        assert_eq!(day_of("1970-01-02T00:00:00Z".parse().unwrap()), 1);
        assert_eq!(day_of("1969-12-31T23:59:59Z".parse().unwrap()), -1);
        assert!(parse_day("2024-02-30").is_none());
        assert!(parse_day("2024-2-3").is_none());
        assert_eq!(parse_day("2024-02-03").unwrap().day(), 3);
    }
}
