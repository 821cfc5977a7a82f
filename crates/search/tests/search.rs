//! What the search index promises, one behaviour per test.

#![expect(clippy::unwrap_used, reason = "test helpers outside #[test] fns: a failure should panic")]

use colonnade_model::{Kind, Timestamp};
use colonnade_search::{IndexDoc, MARKER_FILE, SearchError, SearchIndex, SearchQuery, SearchResults};
use proptest::prelude::*;

fn ts(s: &str) -> Timestamp {
    Timestamp::parse_rfc3339(s).unwrap()
}

fn doc(id: i64, lang: &str, title: &str, text: &str) -> IndexDoc {
    IndexDoc {
        id,
        title: title.to_string(),
        text: text.to_string(),
        columnists: vec![format!("Columnist {id}")],
        publication: "The Daily Paper".to_string(),
        publication_id: 1,
        lang: Some(lang.to_string()),
        country: Some("GB".to_string()),
        kind: Kind::Opinion,
        published: Some(ts(&format!("2024-01-{:02}T10:00:00Z", id.clamp(1, 28)))),
    }
}

fn index_of(docs: &[IndexDoc]) -> SearchIndex {
    let index = SearchIndex::open_in_ram().unwrap();
    for d in docs {
        index.upsert(d).unwrap();
    }
    index.commit().unwrap();
    index
}

/// Loads titles and texts for highlighting from `docs`, as the store does for the site.
fn texts(docs: &[IndexDoc]) -> impl Fn(i64) -> Option<(String, String)> + '_ {
    move |id| docs.iter().rev().find(|d| d.id == id).map(|d| (d.title.clone(), d.text.clone()))
}

fn q(text: &str) -> SearchQuery {
    SearchQuery { text: text.to_string(), ..SearchQuery::default() }
}

fn ids(results: &SearchResults) -> Vec<i64> {
    results.hits.iter().map(|h| h.id).collect()
}

fn sorted_ids(index: &SearchIndex, query: &SearchQuery) -> Vec<i64> {
    let mut v = ids(&index.search(query).unwrap());
    v.sort();
    v
}

// ---- languages ----

/// `(lang, indexed word, query word)`: the query must find the document through the stemmer.
const STEMS: &[(&str, &str, &str)] = &[
    ("en", "She runs every morning", "running"),
    ("fr", "Le gouvernement a menti", "gouvernements"),
    ("de", "Die Regierungen streiten", "Regierung"),
    ("es", "Las elecciones fueron limpias", "elección"),
    ("pt", "As políticas do presidente", "política"),
    ("it", "I governi cadono spesso", "governo"),
    ("tr", "Yeni kitaplar okudum", "kitap"),
    ("ru", "Итоги в выборах подвели", "выборы"),
];

#[test]
fn each_language_finds_inflected_forms_through_its_stemmer() {
    let docs: Vec<IndexDoc> =
        STEMS.iter().enumerate().map(|(i, (lang, text, _))| doc(i as i64 + 1, lang, "Column", text)).collect();
    let index = index_of(&docs);
    for (i, (lang, text, query)) in STEMS.iter().enumerate() {
        assert_eq!(sorted_ids(&index, &q(query)), vec![i as i64 + 1], "{lang}: {query:?} should find {text:?}");
    }
}

#[test]
fn stemmed_match_is_highlighted_in_the_document_language() {
    let docs = [doc(1, "fr", "Le gouvernement", "Le gouvernement a menti.")];
    let index = index_of(&docs);
    let hit = &index.search_highlighted(&q("gouvernements"), &texts(&docs)).unwrap().hits[0];
    assert_eq!(hit.title_html, "Le <mark>gouvernement</mark>");
    assert_eq!(hit.snippet_html, "Le <mark>gouvernement</mark> a menti.");
}

#[test]
fn arabic_cjk_and_hindi_are_found_through_the_neutral_field() {
    let docs = [
        doc(1, "ar", "السياسة اليوم", "الحكومة الجديدة تواجه أزمة اقتصادية"),
        doc(2, "zh", "经济评论", "东京和北京的经济政策正在改变"),
        doc(3, "ja", "社説", "日本の首都は東京です"),
        doc(4, "hi", "संपादकीय", "हिन्दी भाषा में चुनाव"),
    ];
    let index = index_of(&docs);
    assert_eq!(sorted_ids(&index, &q("الحكومة")), vec![1]);
    assert_eq!(sorted_ids(&index, &q("经济政策")), vec![2]);
    assert_eq!(sorted_ids(&index, &q("東京")), vec![3]);
    assert_eq!(sorted_ids(&index, &q("东京")), vec![2]);
    assert_eq!(sorted_ids(&index, &q("चुनाव")), vec![4]);
    // Characters present but not adjacent do not match.
    assert!(sorted_ids(&index, &q("京东")).is_empty());
    let hit = &index.search_highlighted(&q("东京"), &texts(&docs)).unwrap().hits[0];
    assert_eq!(hit.snippet_html, "<mark>东京</mark>和北京的经济政策正在改变");
}

#[test]
fn accents_are_folded_in_the_neutral_field() {
    let index = index_of(&[doc(1, "ar", "Élysée", "Le café de l'Élysée")]);
    assert_eq!(sorted_ids(&index, &q("elysee cafe")), vec![1]);
}

#[test]
fn columnist_and_publication_names_are_searchable() {
    let mut d = doc(1, "en", "On housing", "Rents keep rising.");
    d.columnists = vec!["Polly Toynbee".to_string()];
    d.publication = "The Guardian".to_string();
    let index = index_of(&[d, doc(2, "en", "Other", "Nothing here.")]);
    assert_eq!(sorted_ids(&index, &q("toynbee")), vec![1]);
    assert_eq!(sorted_ids(&index, &q("guardian rents")), vec![1]);
}

// ---- query syntax ----

#[test]
fn all_words_must_match() {
    let index = index_of(&[doc(1, "en", "T", "carbon tax now"), doc(2, "en", "T", "carbon capture")]);
    assert_eq!(sorted_ids(&index, &q("carbon tax")), vec![1]);
    assert_eq!(sorted_ids(&index, &q("carbon")), vec![1, 2]);
}

#[test]
fn phrase_matches_only_adjacent_words() {
    let index = index_of(&[
        doc(1, "en", "T", "the carbon tax is back"),
        doc(2, "en", "T", "carbon emissions and a tax cut"),
        doc(3, "de", "T", "tax carbon reversed"),
    ]);
    assert_eq!(sorted_ids(&index, &q("\"carbon tax\"")), vec![1]);
    assert_eq!(sorted_ids(&index, &q("carbon tax")), vec![1, 2, 3]);
}

#[test]
fn phrase_with_stop_words_and_stems() {
    let index = index_of(&[
        doc(1, "en", "T", "The state of the unions is grim"),
        doc(2, "en", "T", "The union state of affairs"),
    ]);
    assert_eq!(sorted_ids(&index, &q("\"state of the union\"")), vec![1]);
}

#[test]
fn excluded_words_and_phrases_remove_hits() {
    let index = index_of(&[
        doc(1, "en", "T", "wind and nuclear power"),
        doc(2, "en", "T", "wind and solar power"),
        doc(3, "en", "T", "wind, fossil fuels"),
    ]);
    assert_eq!(sorted_ids(&index, &q("wind -nuclear")), vec![2, 3]);
    assert_eq!(sorted_ids(&index, &q("wind -\"fossil fuels\"")), vec![1, 2]);
    // Exclusion goes through the stemmer too: "-powers" removes "power".
    assert_eq!(sorted_ids(&index, &q("power -powers")), Vec::<i64>::new());
    // Only exclusions: everything else, newest first.
    assert_eq!(ids(&index.search(&q("-solar")).unwrap()), vec![3, 1]);
}

// ---- filters ----

fn filter_corpus() -> SearchIndex {
    let mut a = doc(1, "en-GB", "Budget", "budget column");
    a.publication_id = 10;
    a.columnists = vec!["Ann Smith".into(), "Bob Jones".into()];
    a.country = Some("gb".into());
    let mut b = doc(2, "fr-FR", "Budget", "budget chronique");
    b.publication_id = 20;
    b.columnists = vec!["Claire Dubois".into()];
    b.country = Some("FR".into());
    b.kind = Kind::News;
    let mut c = doc(3, "en-US", "Budget", "budget op-ed");
    c.publication_id = 10;
    c.columnists = vec!["Ann Smith".into()];
    c.country = Some("US".into());
    c.kind = Kind::Other;
    index_of(&[a, b, c])
}

#[test]
fn filter_by_publication() {
    let index = filter_corpus();
    assert_eq!(sorted_ids(&index, &SearchQuery { publication_id: Some(10), ..q("budget") }), vec![1, 3]);
    assert_eq!(sorted_ids(&index, &SearchQuery { publication_id: Some(99), ..q("budget") }), Vec::<i64>::new());
}

#[test]
fn filter_by_exact_columnist_name() {
    let index = filter_corpus();
    assert_eq!(sorted_ids(&index, &SearchQuery { columnist: Some("Ann Smith".into()), ..q("") }), vec![1, 3]);
    assert_eq!(sorted_ids(&index, &SearchQuery { columnist: Some("Bob Jones".into()), ..q("") }), vec![1]);
    assert!(sorted_ids(&index, &SearchQuery { columnist: Some("Smith".into()), ..q("") }).is_empty());
}

#[test]
fn filter_by_language_primary_subtag() {
    let index = filter_corpus();
    assert_eq!(sorted_ids(&index, &SearchQuery { lang: Some("en".into()), ..q("budget") }), vec![1, 3]);
    assert_eq!(sorted_ids(&index, &SearchQuery { lang: Some("fr-CA".into()), ..q("budget") }), vec![2]);
    assert!(sorted_ids(&index, &SearchQuery { lang: Some("???".into()), ..q("budget") }).is_empty());
}

#[test]
fn filter_by_country_case_insensitively() {
    let index = filter_corpus();
    assert_eq!(sorted_ids(&index, &SearchQuery { country: Some("GB".into()), ..q("budget") }), vec![1]);
    assert_eq!(sorted_ids(&index, &SearchQuery { country: Some("us".into()), ..q("") }), vec![3]);
}

#[test]
fn filter_by_kind() {
    let index = filter_corpus();
    assert_eq!(sorted_ids(&index, &SearchQuery { kind: Some(Kind::Opinion), ..q("budget") }), vec![1]);
    assert_eq!(sorted_ids(&index, &SearchQuery { kind: Some(Kind::News), ..q("budget") }), vec![2]);
}

#[test]
fn date_range_is_inclusive_and_leaves_out_undated() {
    let mut undated = doc(9, "en", "T", "budget");
    undated.published = None;
    let index =
        index_of(&[doc(1, "en", "T", "budget"), doc(5, "en", "T", "budget"), doc(10, "en", "T", "budget"), undated]);
    let range =
        |from: Option<&str>, to: Option<&str>| SearchQuery { from: from.map(ts), to: to.map(ts), ..q("budget") };
    assert_eq!(sorted_ids(&index, &range(Some("2024-01-05T10:00:00Z"), None)), vec![5, 10]);
    assert_eq!(sorted_ids(&index, &range(None, Some("2024-01-05T10:00:00Z"))), vec![1, 5]);
    assert_eq!(sorted_ids(&index, &range(Some("2024-01-02T00:00:00+01:00"), Some("2024-01-09T00:00:00Z"))), vec![5]);
    assert_eq!(sorted_ids(&index, &q("budget")), vec![1, 5, 9, 10]);
}

// ---- order and paging ----

#[test]
fn newest_first_sorts_by_date_with_undated_last() {
    let mut undated = doc(7, "en", "T", "budget budget budget");
    undated.published = None;
    let index =
        index_of(&[doc(3, "en", "T", "budget"), undated, doc(20, "en", "T", "budget"), doc(11, "en", "T", "x")]);
    let results = index.search(&SearchQuery { newest_first: true, ..q("budget") }).unwrap();
    assert_eq!(ids(&results), vec![20, 3, 7]);
    assert!(results.hits.iter().all(|h| h.score == 0.0));
    // Relevance order puts the repeated word first.
    let by_score = index.search(&q("budget")).unwrap();
    assert_eq!(by_score.hits[0].id, 7);
    assert!(by_score.hits[0].score > 0.0);
}

#[test]
fn empty_query_without_filters_lists_everything_newest_first() {
    let index = index_of(&[doc(3, "en", "T", "a"), doc(20, "en", "T", "b"), doc(11, "en", "T", "c")]);
    for text in ["", "   ", "\"\"", "-", "!!! ..."] {
        let results = index.search(&q(text)).unwrap();
        assert_eq!(ids(&results), vec![20, 11, 3], "{text:?}");
        assert_eq!(results.total, 3);
    }
}

#[test]
fn pagination_with_offset_limit_and_total() {
    let docs: Vec<IndexDoc> = (1..=28).map(|i| doc(i, "en", "Budget", "budget")).collect();
    let index = index_of(&docs);
    let page = |offset, limit| index.search(&SearchQuery { offset, limit, newest_first: true, ..q("budget") }).unwrap();
    let first = page(0, 10);
    assert_eq!(first.total, 28);
    assert_eq!(ids(&first), (19..=28).rev().collect::<Vec<i64>>());
    assert_eq!(ids(&page(10, 10)), (9..=18).rev().collect::<Vec<i64>>());
    assert_eq!(ids(&page(20, 10)), (1..=8).rev().collect::<Vec<i64>>());
    assert_eq!(page(30, 10).hits.len(), 0);
    assert_eq!(page(30, 10).total, 28);
    assert_eq!(page(0, 0).hits.len(), 20, "limit 0 means the default 20");
    let many: Vec<IndexDoc> = (100..250).map(|i| doc(i, "en", "Budget", "budget")).collect();
    let index = index_of(&many);
    assert_eq!(index.search(&SearchQuery { limit: 1000, ..q("budget") }).unwrap().hits.len(), 100);
    assert_eq!(index.search(&SearchQuery { offset: usize::MAX, ..q("budget") }).unwrap().hits.len(), 0);
}

// ---- snippets ----

#[test]
fn snippets_mark_matches_and_escape_html() {
    let text = format!(
        "{} The <script>alert('tax')</script> & the carbon tax debate. {}",
        "Opening words. ".repeat(30),
        "Closing words. ".repeat(30)
    );
    let docs = [doc(1, "en", "A <b>carbon</b> tax?", &text)];
    let index = index_of(&docs);
    let hit = &index.search_highlighted(&q("carbon tax"), &texts(&docs)).unwrap().hits[0];
    assert_eq!(hit.title_html, "A &lt;b&gt;<mark>carbon</mark>&lt;/b&gt; <mark>tax</mark>?");
    assert!(
        hit.snippet_html.contains("&lt;script&gt;alert(&#39;<mark>tax</mark>&#39;)&lt;/script&gt; &amp;"),
        "{}",
        hit.snippet_html
    );
    assert!(hit.snippet_html.contains("<mark>carbon</mark> <mark>tax</mark> debate"));
    assert!(!hit.snippet_html.contains("<script"));
    assert!(hit.snippet_html.starts_with('…') && hit.snippet_html.ends_with('…'));
    let visible = hit.snippet_html.replace("<mark>", "").replace("</mark>", "");
    assert!((150..=260).contains(&visible.chars().count()), "{visible}");
}

#[test]
fn excluded_words_are_not_marked() {
    let docs = [doc(1, "en", "Wind", "wind and solar")];
    let index = index_of(&docs);
    let hit = &index.search_highlighted(&q("wind -nuclear"), &texts(&docs)).unwrap().hits[0];
    assert_eq!(hit.snippet_html, "<mark>wind</mark> and solar");
}

// ---- updates and persistence ----

#[test]
fn upsert_replaces_the_document_with_the_same_id() {
    let docs =
        [doc(1, "en", "Old title", "old text about budgets"), doc(1, "en", "New title", "new text about budgets")];
    let index = index_of(&docs[..1]);
    index.upsert(&docs[1]).unwrap();
    index.commit().unwrap();
    assert_eq!(index.len().unwrap(), 1);
    let results = index.search_highlighted(&q("budget"), &texts(&docs)).unwrap();
    assert_eq!(results.total, 1);
    assert_eq!(results.hits[0].title_html, "New title");
    assert!(sorted_ids(&index, &q("old")).is_empty());
}

#[test]
fn changes_are_invisible_until_commit() {
    let index = index_of(&[]);
    index.upsert(&doc(1, "en", "T", "budget")).unwrap();
    assert_eq!(index.len().unwrap(), 0);
    assert_eq!(index.search(&q("budget")).unwrap().total, 0);
    index.commit().unwrap();
    assert_eq!(index.search(&q("budget")).unwrap().total, 1);
}

#[test]
fn delete_removes_a_document() {
    let index = index_of(&[doc(1, "en", "T", "budget"), doc(2, "en", "T", "budget")]);
    index.delete(1).unwrap();
    index.delete(42).unwrap();
    index.commit().unwrap();
    assert_eq!(sorted_ids(&index, &q("budget")), vec![2]);
    assert_eq!(index.len().unwrap(), 1);
}

#[test]
fn clear_then_refill_swaps_on_commit() {
    let index = index_of(&[doc(1, "en", "T", "budget"), doc(2, "en", "T", "budget")]);
    index.clear().unwrap();
    index.upsert(&doc(3, "en", "T", "budget")).unwrap();
    assert_eq!(index.len().unwrap(), 2, "old documents stay visible until commit");
    index.commit().unwrap();
    assert_eq!(sorted_ids(&index, &q("budget")), vec![3]);
}

#[test]
fn reopening_from_disk_keeps_documents() {
    let dir = tempfile::tempdir().unwrap();
    {
        let index = SearchIndex::open(dir.path()).unwrap();
        assert!(index.needs_rebuild(), "a new index is empty and must be filled");
        index.upsert(&doc(1, "ru", "Выборы", "Итоги в выборах")).unwrap();
        index.commit().unwrap();
    }
    let index = SearchIndex::open(dir.path()).unwrap();
    assert!(!index.needs_rebuild());
    assert_eq!(index.len().unwrap(), 1);
    assert_eq!(sorted_ids(&index, &q("выборы")), vec![1]);
}

#[test]
fn older_schema_version_wipes_the_index_and_asks_for_a_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("keep.txt"), "not ours").unwrap();
    {
        let index = SearchIndex::open(dir.path()).unwrap();
        index.upsert(&doc(1, "en", "T", "budget")).unwrap();
        index.commit().unwrap();
    }
    std::fs::write(dir.path().join(MARKER_FILE), r#"{"schema_version":0}"#).unwrap();
    let index = SearchIndex::open(dir.path()).unwrap();
    assert!(index.needs_rebuild());
    assert_eq!(index.len().unwrap(), 0);
    assert!(dir.path().join("keep.txt").exists());
    drop(index);
    // The marker is current again.
    assert!(!SearchIndex::open(dir.path()).unwrap().needs_rebuild());
}

#[test]
fn missing_or_garbled_marker_wipes_the_index() {
    let dir = tempfile::tempdir().unwrap();
    {
        let index = SearchIndex::open(dir.path()).unwrap();
        index.upsert(&doc(1, "en", "T", "budget")).unwrap();
        index.commit().unwrap();
    }
    std::fs::write(dir.path().join(MARKER_FILE), "{not json").unwrap();
    let index = SearchIndex::open(dir.path()).unwrap();
    assert!(index.needs_rebuild());
    assert_eq!(index.len().unwrap(), 0);
}

#[test]
fn newer_schema_version_is_refused_not_wiped() {
    let dir = tempfile::tempdir().unwrap();
    {
        let index = SearchIndex::open(dir.path()).unwrap();
        index.upsert(&doc(1, "en", "T", "budget")).unwrap();
        index.commit().unwrap();
    }
    std::fs::write(dir.path().join(MARKER_FILE), r#"{"schema_version":999}"#).unwrap();
    let err = SearchIndex::open(dir.path()).unwrap_err();
    assert!(matches!(err, SearchError::SchemaChanged { found: 999, .. }), "{err}");
    assert!(dir.path().join("meta.json").exists());
}

#[test]
fn an_index_in_use_is_not_wiped() {
    let dir = tempfile::tempdir().unwrap();
    let first = SearchIndex::open(dir.path()).unwrap();
    first.upsert(&doc(1, "en", "T", "budget")).unwrap();
    first.commit().unwrap();
    std::fs::write(dir.path().join(MARKER_FILE), r#"{"schema_version":0}"#).unwrap();
    assert!(SearchIndex::open(dir.path()).is_err(), "the writer lock is held");
    assert_eq!(first.search(&q("budget")).unwrap().total, 1);
}

// ---- hostile input ----

fn hostile_docs() -> Vec<IndexDoc> {
    vec![
        doc(1, "en", "Budget", "budget and \"quotes\" - minus"),
        doc(2, "ar", "عربي", "نص عربي مع علامات \u{200F}اتجاه"),
        doc(3, "zh", "中文", "中文文本"),
    ]
}

fn hostile_corpus() -> SearchIndex {
    index_of(&hostile_docs())
}

#[test]
fn hostile_queries_never_fail() {
    let index = hostile_corpus();
    let long_words = "budget ".repeat(1500);
    let long_word = "x".repeat(10_000);
    let long_cjk = "中".repeat(10_000);
    let inputs = [
        "",
        "\"",
        "\"\"\"\"\"",
        "-",
        "- - - -- ---",
        "-\"",
        "\"-budget",
        "budget \"and",
        "\u{202E}عربي\u{202C} \u{200F}",
        "👍🏽 🇫🇷 \u{0000} \u{FEFF}",
        long_words.as_str(),
        long_word.as_str(),
        long_cjk.as_str(),
        "AND OR NOT title:budget (budget) budget~2 budget^10 * ? [a TO z]",
    ];
    for text in inputs {
        let results = index.search(&q(text)).unwrap();
        assert!(results.hits.len() <= 20, "{text:?}");
    }
    assert_eq!(sorted_ids(&index, &q("\u{202B}عربي\u{202C}")), vec![2]);
    assert_eq!(
        sorted_ids(&index, &q("title:budget")),
        Vec::<i64>::new(),
        "no field syntax: title and budget are words"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_queries_never_fail(text in ".{0,300}", words in proptest::collection::vec("[\"\\-a-zà-ÿ中عربي ]{0,12}", 0..80)) {
        let index = hostile_corpus_cached();
        let joined = words.join(" ");
        for t in [&text, &joined] {
            let query = SearchQuery { text: t.clone(), newest_first: t.len() % 2 == 0, ..SearchQuery::default() };
            let docs = hostile_docs();
            let results = index.search_highlighted(&query, &texts(&docs)).unwrap();
            prop_assert!(results.hits.len() <= 20);
            for hit in &results.hits {
                let bare = hit.snippet_html.replace("<mark>", "").replace("</mark>", "");
                prop_assert!(!bare.contains('<'), "{}", hit.snippet_html);
            }
        }
    }
}

fn hostile_corpus_cached() -> &'static SearchIndex {
    static INDEX: std::sync::OnceLock<SearchIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(hostile_corpus)
}

// ---- kept in step with a source: documents and cursor committed together ----

mod cursor {
    use colonnade_search::{Cursor, SearchIndex};

    use super::{doc, q};

    fn at(updated_us: i64, id: i64) -> Cursor {
        Cursor { updated_us, id }
    }

    #[test]
    fn apply_commits_upserts_deletes_and_the_cursor_as_one() {
        let index = SearchIndex::open_in_ram().unwrap();
        assert_eq!(index.cursor().unwrap(), None, "a new index has no position");
        let docs = [doc(1, "en", "T", "ferries"), doc(2, "en", "T", "ferries"), doc(3, "en", "T", "ferries")];
        index.apply(&docs, &[], at(10, 3)).unwrap();
        assert_eq!(index.search(&q("ferries")).unwrap().total, 3, "visible at once");
        assert_eq!(index.cursor().unwrap(), Some(at(10, 3)));

        index.apply(&[doc(2, "en", "T", "tunnels")], &[3, 42], at(20, 2)).unwrap();
        assert_eq!(super::sorted_ids(&index, &q("ferries")), vec![1], "2 replaced, 3 deleted, 42 ignored");
        assert_eq!(super::sorted_ids(&index, &q("tunnels")), vec![2]);
        assert_eq!(index.cursor().unwrap(), Some(at(20, 2)));
    }

    #[test]
    fn the_cursor_survives_a_restart_and_staged_changes_do_not() {
        let dir = tempfile::tempdir().unwrap();
        {
            let index = SearchIndex::open(dir.path()).unwrap();
            index.upsert(&doc(1, "en", "T", "ferries")).unwrap();
            index.commit_at(at(5, 1)).unwrap();
            // Staged after the last commit: lost with the process, cursor and all.
            index.upsert(&doc(2, "en", "T", "ferries")).unwrap();
        }
        let index = SearchIndex::open(dir.path()).unwrap();
        assert!(!index.needs_rebuild());
        assert_eq!(index.cursor().unwrap(), Some(at(5, 1)));
        assert_eq!(index.len().unwrap(), 1);
    }

    #[test]
    fn the_payload_keeps_the_format_of_indexes_already_on_disk() {
        // `{"cursor":{"updated_us":…,"id":…}}`, as the indexer wrote it when it lived in this crate:
        // an index written then goes on from its position instead of reading everything again.
        let dir = tempfile::tempdir().unwrap();
        SearchIndex::open(dir.path()).unwrap().commit_at(at(1_700_000_000_000_000, 7)).unwrap();
        let meta = std::fs::read_to_string(dir.path().join("meta.json")).unwrap();
        assert!(meta.contains(r#""{\"cursor\":{\"updated_us\":1700000000000000,\"id\":7}}""#), "{meta}");
        assert_eq!(SearchIndex::open(dir.path()).unwrap().cursor().unwrap(), Some(at(1_700_000_000_000_000, 7)));
    }

    #[test]
    fn compacting_leaves_one_segment_with_every_document_and_the_cursor() {
        let dir = tempfile::tempdir().unwrap();
        let index = SearchIndex::open(dir.path()).unwrap();
        assert!(!index.compact().unwrap(), "an empty index has nothing to merge");
        for id in 1..=4 {
            index.apply(&[doc(id, "en", "T", "ferries")], &[], at(id, id)).unwrap();
        }
        // A deleted document is not merged back in.
        index.apply(&[], &[2], at(5, 2)).unwrap();
        assert!(index.segments().unwrap() > 1, "one segment per commit before the policy merges them");
        assert!(index.compact().unwrap());
        assert_eq!(index.segments().unwrap(), 1);
        assert_eq!(super::sorted_ids(&index, &q("ferries")), vec![1, 3, 4]);
        assert_eq!(index.cursor().unwrap(), Some(at(5, 2)), "the merge keeps the last commit's position");
        assert!(!index.compact().unwrap(), "one segment: nothing to do");
        drop(index);
        let index = SearchIndex::open(dir.path()).unwrap();
        assert_eq!((index.segments().unwrap(), index.cursor().unwrap()), (1, Some(at(5, 2))), "saved");

        // Right after commits that started the merge policy's own merges of the same segments.
        for round in 0..3 {
            for id in 10..20 {
                index.apply(&[doc(round * 100 + id, "en", "T", "ferries")], &[], at(6 + id, id)).unwrap();
            }
            index.compact().unwrap();
            assert_eq!(index.segments().unwrap(), 1);
            assert_eq!(index.search(&q("ferries")).unwrap().total, 3 + 10 * (round as usize + 1));
        }
    }

    #[test]
    fn a_plain_commit_saves_no_cursor() {
        let index = SearchIndex::open_in_ram().unwrap();
        index.apply(&[doc(1, "en", "T", "ferries")], &[], at(1, 1)).unwrap();
        index.upsert(&doc(2, "en", "T", "ferries")).unwrap();
        index.commit().unwrap();
        assert_eq!(index.cursor().unwrap(), None);
    }

    #[test]
    fn a_rebuild_is_clear_refill_and_one_commit() {
        let index = SearchIndex::open_in_ram().unwrap();
        index.apply(&[doc(1, "en", "T", "ferries"), doc(2, "en", "T", "ferries")], &[], at(9, 2)).unwrap();
        index.clear().unwrap();
        index.upsert(&doc(3, "en", "T", "ferries")).unwrap();
        assert_eq!(index.len().unwrap(), 2, "searches keep the old index until the commit");
        assert_eq!(index.cursor().unwrap(), Some(at(9, 2)));
        index.commit_at(at(12, 3)).unwrap();
        assert_eq!(super::sorted_ids(&index, &q("ferries")), vec![3]);
        assert_eq!(index.cursor().unwrap(), Some(at(12, 3)));
    }
}

// ---- bounded work ----

#[test]
fn a_query_of_hundreds_of_words_or_ten_kilobytes_builds_a_bounded_number_of_subqueries_and_answers() {
    use colonnade_search::{MAX_SUBQUERIES, MAX_TERMS};
    let index = index_of(&[doc(1, "en", "Budget vote", "The budget vote was close"), doc(2, "fr", "Vote", "Le vote")]);
    // Two words: the neutral fields and the Latin-script languages' fields, not Russian's.
    let two = index.subqueries(&q("budget vote"));
    assert!(two > 6 && two <= 2 * (3 + 14), "{two}");
    // A word is looked up once per distinct stem, not once per language: the seven Latin-script
    // stemmers make two stems of "budget", looked up in each stemmed field (3 + 14 before).
    assert_eq!(index.subqueries(&q("budget")), 3 + 2 * 2);
    assert_eq!(index.subqueries(&q("бюджет")), 3 + 2, "Cyrillic: neutral fields and Russian only");
    let words: Vec<String> = (0..500).map(|i| format!("word{i}")).collect();
    let hundreds = words.join(" ");
    let phrases: String = (0..300).map(|i| format!("\"a{i} b{i}\" -c{i} ")).collect();
    let ten_kb = "budget ".repeat(10 * 1024 / 7);
    for text in [hundreds.as_str(), phrases.as_str(), ten_kb.as_str(), &"é".repeat(10_000)] {
        let query = q(text);
        let n = index.subqueries(&query);
        assert!(n <= MAX_SUBQUERIES, "{n} sub-queries for {} bytes", text.len());
        const { assert!(MAX_SUBQUERIES < 3 * MAX_TERMS + 16 * MAX_TERMS) };
        index.search(&query).unwrap();
        index.search_highlighted(&query, &|_| Some(("t".into(), "x ".repeat(50_000)))).unwrap();
    }
    // A capped query still finds what its first words find.
    assert_eq!(sorted_ids(&index, &q(&ten_kb)), vec![1]);
}

fn many_matches(n: i64) -> SearchIndex {
    let docs: Vec<IndexDoc> =
        (1..=n).map(|i| doc(i, "en", &format!("Column {i}"), &format!("common word, number {i}"))).collect();
    index_of(&docs)
}

#[test]
fn a_spent_time_budget_answers_cleanly_and_says_it_was_cut() {
    let index = many_matches(1000);
    let query = SearchQuery { budget: Some(std::time::Duration::ZERO), ..q("common") };
    // A budget of zero is spent at the first check (after the minimum of 256 documents every
    // search examines): deterministic, not a race.
    let results = index.search_highlighted(&query, &|id| Some((format!("Common {id}"), "common".into()))).unwrap();
    assert!(results.partial);
    assert_eq!(results.hits.len(), 20, "the best of what was examined");
    assert!(results.total >= 256, "an estimate, {}", results.total);
    // Past the deadline, hits are shown unmarked rather than not at all.
    assert!(results.hits.iter().all(|h| h.title_html.starts_with("Common ") && !h.title_html.contains("<mark>")));
    let full = index.search(&q("common")).unwrap();
    assert!(!full.partial);
    assert_eq!(full.total, 1000);
    assert_eq!(full.hits.len(), 20);
    // A small result set is never cut, whatever the budget.
    let few = many_matches(50).search(&query).unwrap();
    assert!(!few.partial && few.total == 50);
}

#[test]
fn a_cap_on_documents_examined_keeps_the_best_of_those_and_estimates_the_total() {
    let index = many_matches(1000);
    let capped = SearchQuery { max_examined: Some(256), ..q("common") };
    let results = index.search(&capped).unwrap();
    assert!(results.partial);
    assert_eq!(results.hits.len(), 20);
    assert!((500..=2000).contains(&results.total), "estimate {}", results.total);
    let newest = SearchQuery { max_examined: Some(256), newest_first: true, ..q("common") };
    let results = index.search(&newest).unwrap();
    assert!(results.partial && results.hits.len() == 20);
    // Under the cap nothing is cut and the count is exact.
    let results = index.search(&SearchQuery { max_examined: Some(5000), ..q("common") }).unwrap();
    assert!(!results.partial);
    assert_eq!(results.total, 1000);
}
