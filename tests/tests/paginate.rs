//! Paginators and waiters of `ecr_runtime`, with toy operations declared here and a loopback
//! server that answers a script of responses in order and records what it was sent.

use ecr_runtime::paginate::{Paginate, Paginator};
use ecr_runtime::waiter::{WaitError, Waiter, WaiterSpec, WaiterState};
use ecr_runtime::{Client, Config, Credentials, Error, ServiceInfo};
use ecr_runtime::{aws_error, aws_operation, aws_shape};
use serde_json::{Value, json};
use std::time::{Duration, Instant};
use tests::CannedServer;

const TOY: ServiceInfo = ServiceInfo::new("Toy", "toy", "toy");

/// Lists an owner's things, a page at a time.
#[aws_operation(
    target = "Toy_20240101.ListThings",
    protocol = "json-1.1",
    output = ListThingsResponse,
    errors(ThingNotFoundException),
)]
pub struct ListThingsRequest {
    /// Whose things.
    #[length(1, 16)]
    pub owner: String,
    /// At most this many things a page.
    #[range(1, 100)]
    pub max_results: Option<i32>,
    /// Where the previous page ended.
    pub next_token: Option<String>,
}

/// A page of things.
#[aws_shape]
pub struct ListThingsResponse {
    /// The things.
    pub things: Option<Vec<String>>,
    /// Where this page ends.
    pub next_token: Option<String>,
}

impl Paginate for ListThingsRequest {
    type Item = String;

    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }

    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }

    fn next_token(output: &ListThingsResponse) -> Option<&str> {
        output.next_token.as_deref()
    }

    fn into_items(output: ListThingsResponse) -> Vec<String> {
        output.things.unwrap_or_default()
    }
}

/// Describes a thing.
#[aws_operation(
    target = "Toy_20240101.DescribeThing",
    protocol = "json-1.1",
    output = DescribeThingResponse,
    errors(ThingNotFoundException),
)]
pub struct DescribeThingRequest {
    /// The thing.
    #[length(1, 16)]
    pub name: String,
}

/// A thing's state.
#[aws_shape]
pub struct DescribeThingResponse {
    /// `PENDING`, `READY` or `BROKEN`.
    pub status: Option<String>,
}

/// No such thing.
#[aws_error]
pub struct ThingNotFoundException {
    /// What the service said.
    pub message: Option<String>,
}

const THING_READY: WaiterSpec = WaiterSpec::new("ThingReady", Duration::from_secs(15), 40);

/// As a `waiters-2.json` would say it: READY succeeds, BROKEN or a missing thing fails, PENDING
/// retries; anything else matches nothing.
fn thing_ready(answer: &Result<DescribeThingResponse, DescribeThingError>) -> Option<WaiterState> {
    match answer {
        Ok(out) => match out.status() {
            Some("READY") => Some(WaiterState::Success),
            Some("BROKEN") => Some(WaiterState::Failure),
            Some("PENDING") => Some(WaiterState::Retry),
            _ => None,
        },
        Err(DescribeThingError::ThingNotFound(_)) => Some(WaiterState::Failure),
        Err(_) => None,
    }
}

/// A "...NotExists" waiter: success is an error.
fn thing_gone(answer: &Result<DescribeThingResponse, DescribeThingError>) -> Option<WaiterState> {
    match answer {
        Err(DescribeThingError::ThingNotFound(_)) => Some(WaiterState::Success),
        _ => None,
    }
}

fn thing_waiter(
    client: &Client,
    acceptor: ecr_runtime::waiter::Acceptor<DescribeThingRequest>,
) -> Waiter<DescribeThingRequest> {
    let (client, request) = DescribeThingRequest::builder()
        .name("widget")
        .with_client(client)
        .into_parts();
    Waiter::new(
        client,
        request,
        THING_READY,
        acceptor,
        Duration::from_secs(60),
    )
}

/// The scripted loopback server of the harness, and a client of the toy service pointed at it.
fn serve(script: Vec<Vec<u8>>) -> CannedServer {
    CannedServer::script(script)
}

fn client(server: &CannedServer) -> Client {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDEXAMPLE", "secret"))
        .endpoint_url(server.endpoint())
        .build();
    Client::new(TOY, &config)
}

/// The request bodies a server received, as JSON.
fn bodies(server: &CannedServer) -> Vec<Value> {
    CannedServer::bodies(server)
        .iter()
        .map(|b| serde_json::from_slice(b).expect("a JSON request body"))
        .collect()
}

fn ok(body: Value) -> Vec<u8> {
    CannedServer::json(200, &body.to_string())
}

fn error(status: u16, code: &str, message: &str) -> Vec<u8> {
    CannedServer::json(
        status,
        &json!({ "__type": code, "message": message }).to_string(),
    )
}

fn page(things: &[&str], token: Option<&str>) -> Vec<u8> {
    match token {
        Some(t) => ok(json!({ "things": things, "nextToken": t })),
        None => ok(json!({ "things": things })),
    }
}

fn list_things(client: &Client) -> Paginator<ListThingsRequest> {
    let (client, request) = ListThingsRequest::builder()
        .owner("me")
        .with_client(client)
        .into_parts();
    Paginator::new(client, request)
}

fn things(pages: &[ListThingsResponse]) -> Vec<Vec<&str>> {
    pages
        .iter()
        .map(|p| p.things().iter().map(String::as_str).collect())
        .collect()
}

#[tokio::test]
async fn every_page_is_fetched_with_the_previous_token_and_the_page_size() {
    let server = serve(vec![
        page(&["a", "b"], Some("t1")),
        page(&["c", "d"], Some("t2")),
        page(&["e"], None),
        page(&["never"], None),
    ]);
    let pages = list_things(&client(&server))
        .page_size(2)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(things(&pages), [vec!["a", "b"], vec!["c", "d"], vec!["e"]]);
    assert_eq!(server.connections(), 3);
    assert_eq!(
        bodies(&server),
        [
            json!({ "owner": "me", "maxResults": 2 }),
            json!({ "owner": "me", "maxResults": 2, "nextToken": "t1" }),
            json!({ "owner": "me", "maxResults": 2, "nextToken": "t2" }),
        ]
    );
}

#[tokio::test]
async fn the_first_page_starts_from_the_callers_token() {
    let server = serve(vec![page(&["x"], Some("t9")), page(&["y"], None)]);
    let request = ListThingsRequest::builder()
        .owner("me")
        .next_token("t8")
        .max_results(5)
        .build()
        .unwrap();
    let items = Paginator::of(client(&server), request)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items, ["x", "y"]);
    assert_eq!(
        bodies(&server),
        [
            json!({ "owner": "me", "maxResults": 5, "nextToken": "t8" }),
            json!({ "owner": "me", "maxResults": 5, "nextToken": "t9" }),
        ]
    );
}

#[tokio::test]
async fn items_stream_in_order_across_pages_and_past_empty_pages() {
    let server = serve(vec![
        page(&["a", "b"], Some("t1")),
        page(&[], Some("t2")),
        ok(json!({ "nextToken": "t3" })),
        page(&["c"], Some("")), // an empty token ends the stream too
        page(&["never"], None),
    ]);
    let mut items = list_things(&client(&server)).items();
    let mut seen = Vec::new();
    while let Some(item) = items.next().await {
        seen.push(item.unwrap());
    }
    assert_eq!(seen, ["a", "b", "c"]);
    assert!(items.next().await.is_none(), "fused");
    assert_eq!(server.connections(), 4);
    let tokens: Vec<Value> = bodies(&server)
        .iter()
        .map(|b| b["nextToken"].clone())
        .collect();
    assert_eq!(tokens, [Value::Null, json!("t1"), json!("t2"), json!("t3")]);
}

#[tokio::test]
async fn a_repeated_token_is_one_error_then_the_end() {
    // The same token straight back, and a token from two pages before.
    for (script, pages_before) in [
        (vec![page(&["a"], Some("t1")), page(&["b"], Some("t1"))], 2),
        (
            vec![
                page(&["a"], Some("t1")),
                page(&["b"], Some("t2")),
                page(&["c"], Some("t1")),
            ],
            3,
        ),
    ] {
        let mut script = script;
        script.push(page(&["never"], None));
        let server = serve(script);
        let mut pages = list_things(&client(&server)).pages();
        for _ in 0..pages_before {
            pages.next().await.unwrap().unwrap();
        }
        let err = pages.next().await.unwrap().unwrap_err();
        let ListThingsError::Runtime(Error::Pagination(e)) = &err else {
            panic!("{err:?}")
        };
        assert_eq!((e.operation(), e.token()), ("ListThings", "t1"));
        assert_eq!(
            err.to_string(),
            "ListThings returned the pagination token `t1` again: stopping instead of \
             requesting the same page forever"
        );
        assert!(pages.next().await.is_none());
        assert!(pages.next().await.is_none());
        assert_eq!(server.connections(), pages_before);
    }
}

#[tokio::test]
async fn a_service_error_is_yielded_and_ends_the_stream() {
    let server = serve(vec![
        page(&["a", "b"], Some("t1")),
        error(400, "ThingNotFoundException", "owner vanished"),
        page(&["never"], None),
    ]);
    let mut items = list_things(&client(&server)).items();
    assert_eq!(items.next().await.unwrap().unwrap(), "a");
    assert_eq!(items.next().await.unwrap().unwrap(), "b");
    let err = items.next().await.unwrap().unwrap_err();
    assert!(err.is_thing_not_found(), "{err:?}");
    assert_eq!(err.message(), Some("owner vanished"));
    assert!(items.next().await.is_none());
    assert_eq!(server.connections(), 2);
}

#[tokio::test]
async fn an_invalid_request_is_an_error_before_anything_is_sent() {
    let server = serve(vec![page(&["never"], None)]);
    let client = client(&server);

    // A required member missing: the request cannot be built.
    let (c, request) = ListThingsRequest::builder()
        .with_client(&client)
        .into_parts();
    let mut pages = Paginator::new(c, request).pages();
    let err = pages.next().await.unwrap().unwrap_err();
    let ListThingsError::Validation(v) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        v.violations()[0].to_string(),
        "owner: required member is missing"
    );
    assert!(pages.next().await.is_none());

    // Built, but the page size breaks its range: `send` refuses it.
    let mut items = list_things(&client).page_size(0).items();
    let err = items.next().await.unwrap().unwrap_err();
    let ListThingsError::Validation(v) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        v.violations()[0].to_string(),
        "maxResults: value 0 is below the minimum 1"
    );
    assert!(items.next().await.is_none());

    assert_eq!(server.connections(), 0);
}

#[tokio::test]
async fn a_waiter_retries_until_success() {
    let server = serve(vec![
        ok(json!({ "status": "PENDING" })),
        ok(json!({ "status": "PENDING" })),
        ok(json!({})), // matches no acceptor: retry
        ok(json!({ "status": "READY" })),
        ok(json!({ "status": "BROKEN" })),
    ]);
    let out = thing_waiter(&client(&server), thing_ready)
        .delay(Duration::from_millis(10))
        .await
        .unwrap();
    assert_eq!(out.status(), Some("READY"));
    assert_eq!(server.connections(), 4);
    assert!(
        bodies(&server)
            .iter()
            .all(|b| *b == json!({ "name": "widget" }))
    );
}

#[tokio::test]
async fn a_failure_acceptor_stops_the_waiter() {
    let server = serve(vec![
        ok(json!({ "status": "PENDING" })),
        ok(json!({ "status": "BROKEN" })),
    ]);
    let err = thing_waiter(&client(&server), thing_ready)
        .delay(Duration::from_millis(10))
        .await
        .unwrap_err();
    let WaitError::FailureState { waiter, answer } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*waiter, "ThingReady");
    assert_eq!(answer.as_ref().as_ref().unwrap().status(), Some("BROKEN"));
    assert_eq!(
        err.to_string(),
        "waiter ThingReady reached a failure state: the resource will not reach the state \
         waited for"
    );
    assert_eq!(server.connections(), 2);

    // A failure matched by an error the model expects.
    let server = serve(vec![error(400, "ThingNotFoundException", "gone")]);
    let err = thing_waiter(&client(&server), thing_ready)
        .await
        .unwrap_err();
    let WaitError::FailureState { answer, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(answer.as_ref().as_ref().unwrap_err().is_thing_not_found());
    assert!(err.operation_error().is_some());
    assert!(err.to_string().contains("failure state"), "{err}");
    assert!(
        err.to_string().contains("ThingNotFoundException: gone"),
        "{err}"
    );
}

#[tokio::test]
async fn an_error_no_acceptor_matches_ends_the_wait() {
    let server = serve(vec![
        ok(json!({ "status": "PENDING" })),
        error(400, "AccessDeniedException", "not yours"),
        ok(json!({ "status": "READY" })),
    ]);
    let err = thing_waiter(&client(&server), thing_ready)
        .delay(Duration::from_millis(10))
        .await
        .unwrap_err();
    let WaitError::Operation { waiter, error } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*waiter, "ThingReady");
    assert_eq!(error.code(), Some("AccessDeniedException"));
    assert!(
        err.to_string()
            .starts_with("waiter ThingReady stopped on an error: AccessDeniedException: not yours"),
        "{err}"
    );
    assert_eq!(server.connections(), 2);
}

#[tokio::test]
async fn a_success_matched_by_an_error_gives_the_empty_output() {
    let server = serve(vec![
        ok(json!({ "status": "READY" })),
        error(400, "ThingNotFoundException", "gone"),
    ]);
    let out = thing_waiter(&client(&server), thing_gone)
        .delay(Duration::from_millis(10))
        .await
        .unwrap();
    assert_eq!(out, DescribeThingResponse::default());
    assert_eq!(server.connections(), 2);
}

#[tokio::test]
async fn a_waiter_times_out_after_its_last_attempt() {
    let pending = || ok(json!({ "status": "PENDING" }));
    let server = serve(vec![pending(), pending(), pending(), pending()]);
    let err = thing_waiter(&client(&server), thing_ready)
        .delay(Duration::from_millis(10))
        .max_attempts(3)
        .await
        .unwrap_err();
    let WaitError::TimedOut {
        waiter,
        attempts,
        elapsed,
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!((*waiter, *attempts), ("ThingReady", 3));
    assert!(*elapsed >= Duration::from_millis(20), "{elapsed:?}");
    assert!(
        err.to_string()
            .starts_with("waiter ThingReady timed out after 3 attempts in "),
        "{err}"
    );
    assert_eq!(server.connections(), 3);
}

#[tokio::test]
async fn a_waiter_never_sleeps_past_its_maximum_wait() {
    let pending = || ok(json!({ "status": "PENDING" }));
    let server = serve(vec![pending(), pending()]);
    let (client, request) = DescribeThingRequest::builder()
        .name("widget")
        .with_client(client(&server))
        .into_parts();
    let started = Instant::now();
    // The spec's delay is 15 s; the caller allows 200 ms: one attempt, then no sleep at all.
    let err = Waiter::new(
        client,
        request,
        THING_READY,
        thing_ready,
        Duration::from_millis(200),
    )
    .await
    .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    let WaitError::TimedOut { attempts, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*attempts, 1);
    assert!(
        err.to_string()
            .starts_with("waiter ThingReady timed out after 1 attempt in "),
        "{err}"
    );
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn a_waiter_with_an_invalid_request_sends_nothing() {
    let server = serve(vec![ok(json!({ "status": "READY" }))]);
    let client = client(&server);
    let (c, request) = DescribeThingRequest::builder()
        .with_client(&client)
        .into_parts();
    let err = Waiter::new(c, request, THING_READY, thing_ready, Duration::from_secs(1))
        .await
        .unwrap_err();
    let WaitError::Operation { error, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(error.is_validation(), "{error:?}");

    let (c, request) = DescribeThingRequest::builder()
        .name("a-name-far-too-long-for-it")
        .with_client(&client)
        .into_parts();
    let err = Waiter::new(c, request, THING_READY, thing_ready, Duration::from_secs(1))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, WaitError::Operation { error, .. } if error.is_validation()),
        "{err:?}"
    );
    assert_eq!(server.connections(), 0);
}
