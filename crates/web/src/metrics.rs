//! Prometheus metrics: the recorder behind `/metrics`, and what the site records.
//!
//! The site records `colonnade_http_requests_total{route,method,status}` (route is the matched
//! template such as `/columns/{reference}`, or `unmatched`), the histogram
//! `colonnade_http_request_duration_seconds{route}`, `colonnade_views_total`,
//! `colonnade_likes_total`, `colonnade_counter_flushes_total`, and on each scrape (read at most
//! every 10 s) the gauges `colonnade_store_articles`, `colonnade_store_bytes` (with
//! [`SiteOptions::db_path`](crate::options::SiteOptions::db_path)) and `colonnade_visitor_keys{kind}`.
//! Anything else recorded with the `metrics` macros in the process (the crawler's outcomes) is
//! exported too.

use std::sync::OnceLock;
use std::time::Duration;

use axum::http::{Method, StatusCode};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Request latency histogram.
const DURATION: &str = "colonnade_http_request_duration_seconds";

/// Latency buckets, in seconds.
const BUCKETS: &[f64] = &[0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

/// Installs the Prometheus recorder as the process's global `metrics` recorder, once, and
/// returns a handle that renders the scrape text. Later calls return the same handle. If another
/// recorder was installed first, the handle renders only an empty exposition (and a warning is
/// logged).
pub fn install() -> PrometheusHandle {
    HANDLE
        .get_or_init(|| {
            let builder = match PrometheusBuilder::new().set_buckets_for_metric(Matcher::Full(DURATION.into()), BUCKETS)
            {
                Ok(b) => b,
                Err(e) => {
                    tracing::warn!(error = %e, "latency buckets rejected; using summaries");
                    PrometheusBuilder::new()
                }
            };
            let recorder = builder.build_recorder();
            let handle = recorder.handle();
            if let Err(e) = ::metrics::set_global_recorder(recorder) {
                tracing::warn!(error = %e, "another metrics recorder is installed; /metrics will be empty");
            }
            handle
        })
        .clone()
}

/// Records one answered request.
pub(crate) fn record_request(route: &str, method: &Method, status: StatusCode, elapsed: Duration) {
    ::metrics::counter!(
        "colonnade_http_requests_total",
        "route" => route.to_owned(),
        "method" => method.as_str().to_owned(),
        "status" => status.as_str().to_owned(),
    )
    .increment(1);
    ::metrics::histogram!(DURATION, "route" => route.to_owned()).record(elapsed.as_secs_f64());
}
