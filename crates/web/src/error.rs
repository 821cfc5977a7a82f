//! The one error type of the site, and what each variant shows.
//!
//! # Policy
//!
//! - What the visitor did wrong is a 4xx with a short, true message: a malformed parameter
//!   (400, saying which), something that does not exist (404), too many likes (429 with
//!   `Retry-After`). These are not logged.
//! - What went wrong inside (the store or the index failed, a task panicked) is a 500 whose page
//!   says only "something went wrong"; the details go to the log (`tracing::error!`) and nowhere
//!   else. (`/healthz` answers a store failure with its own 503.)
//! - HTML routes answer with a friendly page (rendered by the error middleware, which also covers
//!   the 403/405/413/414 that layers and axum produce); `/api/` routes answer with JSON
//!   `{"error": …, "status": …}`.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// Everything a handler can fail with.
#[derive(Debug, Clone, thiserror::Error)]
pub(crate) enum WebError {
    /// A malformed parameter or path: 400.
    #[error("{0}")]
    BadRequest(String),
    /// Nothing here: 404. The string names what ("column", "page").
    #[error("no such {0}")]
    NotFound(&'static str),
    /// Rate limit exceeded: 429 with `Retry-After`.
    #[error("too many requests; try again in {retry_after_secs} s")]
    TooManyRequests {
        /// Seconds until a request is allowed again.
        retry_after_secs: u64,
    },
    /// Anything internal: 500, details logged only.
    #[error("{0}")]
    Internal(String),
}

impl WebError {
    /// The status code.
    pub(crate) fn status(&self) -> StatusCode {
        match self {
            WebError::BadRequest(_) => StatusCode::BAD_REQUEST,
            WebError::NotFound(_) => StatusCode::NOT_FOUND,
            WebError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            WebError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// What the visitor may read.
    pub(crate) fn public_message(&self) -> String {
        match self {
            WebError::Internal(_) => "Something went wrong on our side. Please try again later.".into(),
            WebError::NotFound(what) => format!("There is no such {what} here."),
            other => other.to_string(),
        }
    }

    fn log(&self) {
        if let WebError::Internal(detail) = self {
            tracing::error!(error = %detail, "request failed");
        }
    }

    fn headers(&self, response: &mut Response) {
        if let WebError::TooManyRequests { retry_after_secs } = self {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from((*retry_after_secs).max(1)));
        }
    }
}

impl From<colonnade_store::StoreError> for WebError {
    fn from(e: colonnade_store::StoreError) -> Self {
        WebError::Internal(ErrorChain(&e).to_string())
    }
}

impl From<colonnade_search::SearchError> for WebError {
    fn from(e: colonnade_search::SearchError) -> Self {
        WebError::Internal(ErrorChain(&e).to_string())
    }
}

/// `WebError` is what handlers return; a helper for the `?` on `Result<_, Infallible>`.
impl From<std::convert::Infallible> for WebError {
    fn from(e: std::convert::Infallible) -> Self {
        match e {}
    }
}

impl From<askama::Error> for WebError {
    fn from(e: askama::Error) -> Self {
        WebError::Internal(format!("template: {e}"))
    }
}

/// Marks an error response whose HTML page the error middleware renders.
#[derive(Debug, Clone)]
pub(crate) struct ErrorPage {
    /// The message shown.
    pub message: String,
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        self.log();
        let mut response = self.status().into_response();
        self.headers(&mut response);
        response.extensions_mut().insert(ErrorPage { message: self.public_message() });
        response
    }
}

/// A [`WebError`] answered as JSON, for `/api/`.
#[derive(Debug)]
pub(crate) struct ApiError(pub WebError);

impl From<WebError> for ApiError {
    fn from(e: WebError) -> Self {
        ApiError(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.0.log();
        let status = self.0.status();
        let body = serde_json::json!({ "error": self.0.public_message(), "status": status.as_u16() });
        let mut response = (status, Json(body)).into_response();
        self.0.headers(&mut response);
        response
    }
}

/// The default message for an error status that came without one (axum's 405, a layer's 413).
pub(crate) fn default_message(status: StatusCode) -> &'static str {
    match status {
        StatusCode::BAD_REQUEST => "The request was malformed.",
        StatusCode::FORBIDDEN => "Cross-site requests are not accepted.",
        StatusCode::NOT_FOUND => "There is no such page here.",
        StatusCode::METHOD_NOT_ALLOWED => "That method is not allowed here.",
        StatusCode::REQUEST_TIMEOUT => "The request took too long.",
        StatusCode::PAYLOAD_TOO_LARGE => "The request body is too large.",
        StatusCode::URI_TOO_LONG => "The address is too long.",
        StatusCode::TOO_MANY_REQUESTS => "Too many requests. Please wait a little.",
        s if s.is_server_error() => "Something went wrong on our side. Please try again later.",
        _ => "The request could not be answered.",
    }
}

/// Displays an error with its sources, `a: b: c`.
pub(crate) struct ErrorChain<'a>(pub &'a (dyn std::error::Error + 'static));

impl std::fmt::Display for ErrorChain<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut source = self.0.source();
        while let Some(s) = source {
            write!(f, ": {s}")?;
            source = s.source();
        }
        Ok(())
    }
}
