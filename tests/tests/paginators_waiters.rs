//! The ECR client's paginators and waiters end to end: `into_paginator()` on every paginated
//! operation and the two `wait_until_*` waiters, through `ecr::Client` (signed HTTP) against the
//! loopback ECR of `tests::ecr_server`, which pages for real through items that tell their index
//! and records every request. (The runtime's own paginator and waiter logic, with a toy
//! operation, is tested in `paginate.rs`.)

use ecr::operations::*;
use ecr::paginators::DescribeImageScanFindingsItem;
use ecr::types::{ImageIdentifier, LifecyclePolicyPreviewStatus, ScanStatus, SubjectIdentifier};
use ecr_runtime::paginate::{Paginate, Paginator};
use ecr_runtime::waiter::WaitError;
use ecr_runtime::{Operation, PaginationError, ValidationError};
use serde_json::{Value, json};
use std::collections::HashSet;
use std::fmt::Debug;
use std::ops::Range;
use std::time::{Duration, Instant};
use tests::EcrServer;
use tests::ecr_server::{DEFAULT_PAGE_SIZE, PAGINATED_OPERATIONS, RecordedRequest, item_digest};

/// How many items each collection gets.
const ITEMS: usize = 25;
/// The page size asked for.
const PAGE_SIZE: i32 = 10;
/// The pages of `ITEMS` items at `PAGE_SIZE` a page.
const PAGES: [Range<usize>; 3] = [0..10, 10..20, 20..25];
/// More requests than any test here needs: a stream that gets there does not end.
const MAX_REQUESTS: usize = 20;

/// One paginated operation as a user sees it: how to page through it with the client, and what
/// its pages and items say, read with the output's accessors.
trait Case:
    Paginate
    + Operation<Output: Send + 'static, Error: Send + Debug + std::fmt::Display + 'static>
    + 'static
{
    /// The operation's name, as in [`PAGINATED_OPERATIONS`].
    const OPERATION: &'static str;
    /// How many result lists a page has (`DescribeImageScanFindings`: findings and enhanced
    /// findings), each `PAGE_SIZE` long on a full page.
    const LISTS: usize = 1;
    /// A modeled error code of the operation, injected on the second page.
    const MODELED_ERROR: &'static str;

    /// A valid request with every required member, as a paginator.
    fn paginator(client: &ecr::Client) -> Paginator<Self>;
    /// A request missing a required member, and that member's wire path; `None` when the
    /// operation has no required member.
    fn incomplete(client: &ecr::Client) -> Option<(Paginator<Self>, &'static str)>;
    /// The page's `nextToken`.
    fn token(page: &Self::Output) -> Option<&str>;
    /// What tells each item of a page apart, in the order `.items()` yields them.
    fn page_labels(page: &Self::Output) -> Vec<String>;
    /// What tells an item apart.
    fn label(item: &Self::Item) -> String;
    /// The labels of the items the server serves at `range`, in the order of a page.
    fn served(range: Range<usize>) -> Vec<String>;
    /// The error as the paginator's repeated-token error: `Runtime(Error::Pagination(_))`.
    fn pagination(error: &Self::Error) -> Option<&PaginationError>;
    /// The error as a validation error: `Validation(_)`.
    fn validation(error: &Self::Error) -> Option<&ValidationError>;
    /// The message of the error when it is the typed variant of [`Case::MODELED_ERROR`].
    fn modeled_message(error: &Self::Error) -> Option<&str>;
}

/// The variant-matching functions of [`Case`], for an operation error enum and the variant of
/// its `MODELED_ERROR`.
macro_rules! error_variants {
    ($error:ident, $modeled:ident) => {
        fn pagination(error: &$error) -> Option<&PaginationError> {
            match error {
                $error::Runtime(ecr_runtime::Error::Pagination(e)) => Some(e),
                _ => None,
            }
        }
        fn validation(error: &$error) -> Option<&ValidationError> {
            match error {
                $error::Validation(e) => Some(e),
                _ => None,
            }
        }
        fn modeled_message(error: &$error) -> Option<&str> {
            match error {
                $error::$modeled(e) => e.message.as_deref(),
                _ => None,
            }
        }
    };
}

fn tag_and_digest(i: usize) -> String {
    format!("tag-{i} {}", item_digest(i))
}

fn image_id_label(id: &ImageIdentifier) -> String {
    format!(
        "{} {}",
        id.image_tag().unwrap_or("-"),
        id.image_digest().unwrap_or("-")
    )
}

fn subject() -> SubjectIdentifier {
    SubjectIdentifier::builder()
        .image_digest(item_digest(4242))
        .build()
        .expect("a subject")
}

const BACKFILL_ID: &str = "0000abcd-0000-4000-8000-000000000000";

impl Case for ListImagesRequest {
    const OPERATION: &'static str = "ListImages";
    const MODELED_ERROR: &'static str = "RepositoryNotFoundException";
    fn paginator(client: &ecr::Client) -> Paginator<Self> {
        client.list_images().repository_name("app").into_paginator()
    }
    fn incomplete(client: &ecr::Client) -> Option<(Paginator<Self>, &'static str)> {
        Some((client.list_images().into_paginator(), "repositoryName"))
    }
    fn token(page: &ListImagesResponse) -> Option<&str> {
        page.next_token()
    }
    fn page_labels(page: &ListImagesResponse) -> Vec<String> {
        page.image_ids().iter().map(Self::label).collect()
    }
    fn label(item: &ImageIdentifier) -> String {
        image_id_label(item)
    }
    fn served(range: Range<usize>) -> Vec<String> {
        range.map(tag_and_digest).collect()
    }
    error_variants!(ListImagesError, RepositoryNotFound);
}

impl Case for DescribeImagesRequest {
    const OPERATION: &'static str = "DescribeImages";
    const MODELED_ERROR: &'static str = "ImageNotFoundException";
    fn paginator(client: &ecr::Client) -> Paginator<Self> {
        client
            .describe_images()
            .repository_name("app")
            .into_paginator()
    }
    fn incomplete(client: &ecr::Client) -> Option<(Paginator<Self>, &'static str)> {
        Some((client.describe_images().into_paginator(), "repositoryName"))
    }
    fn token(page: &DescribeImagesResponse) -> Option<&str> {
        page.next_token()
    }
    fn page_labels(page: &DescribeImagesResponse) -> Vec<String> {
        page.image_details().iter().map(Self::label).collect()
    }
    fn label(item: &ecr::types::ImageDetail) -> String {
        format!(
            "{} {}",
            item.image_tags().join(","),
            item.image_digest().unwrap_or("-")
        )
    }
    fn served(range: Range<usize>) -> Vec<String> {
        range.map(tag_and_digest).collect()
    }
    error_variants!(DescribeImagesError, ImageNotFound);
}

impl Case for DescribeRepositoriesRequest {
    const OPERATION: &'static str = "DescribeRepositories";
    const MODELED_ERROR: &'static str = "RepositoryNotFoundException";
    fn paginator(client: &ecr::Client) -> Paginator<Self> {
        client.describe_repositories().into_paginator()
    }
    fn incomplete(_: &ecr::Client) -> Option<(Paginator<Self>, &'static str)> {
        None
    }
    fn token(page: &DescribeRepositoriesResponse) -> Option<&str> {
        page.next_token()
    }
    fn page_labels(page: &DescribeRepositoriesResponse) -> Vec<String> {
        page.repositories().iter().map(Self::label).collect()
    }
    fn label(item: &ecr::types::Repository) -> String {
        format!(
            "{} {}",
            item.repository_name().unwrap_or("-"),
            item.repository_uri().unwrap_or("-")
        )
    }
    fn served(range: Range<usize>) -> Vec<String> {
        range
            .map(|i| format!("repo-{i} 123456789012.dkr.ecr.us-east-1.amazonaws.com/repo-{i}"))
            .collect()
    }
    error_variants!(DescribeRepositoriesError, RepositoryNotFound);
}

impl Case for DescribeImageScanFindingsRequest {
    const OPERATION: &'static str = "DescribeImageScanFindings";
    const LISTS: usize = 2;
    const MODELED_ERROR: &'static str = "ScanNotFoundException";
    fn paginator(client: &ecr::Client) -> Paginator<Self> {
        client
            .describe_image_scan_findings()
            .repository_name("app")
            .image_id(ImageIdentifier::tag("v1"))
            .into_paginator()
    }
    fn incomplete(client: &ecr::Client) -> Option<(Paginator<Self>, &'static str)> {
        let paginator = client
            .describe_image_scan_findings()
            .repository_name("app")
            .into_paginator();
        Some((paginator, "imageId"))
    }
    fn token(page: &DescribeImageScanFindingsResponse) -> Option<&str> {
        page.next_token()
    }
    fn page_labels(page: &DescribeImageScanFindingsResponse) -> Vec<String> {
        let Some(findings) = page.image_scan_findings() else {
            return Vec::new();
        };
        let basic = findings
            .findings()
            .iter()
            .map(|f| format!("finding {}", f.name().unwrap_or("-")));
        let enhanced = findings
            .enhanced_findings()
            .iter()
            .map(|f| format!("enhanced {}", f.finding_arn().unwrap_or("-")));
        basic.chain(enhanced).collect()
    }
    fn label(item: &DescribeImageScanFindingsItem) -> String {
        match item {
            DescribeImageScanFindingsItem::Findings(f) => {
                format!("finding {}", f.name().unwrap_or("-"))
            }
            DescribeImageScanFindingsItem::EnhancedFindings(f) => {
                format!("enhanced {}", f.finding_arn().unwrap_or("-"))
            }
        }
    }
    fn served(range: Range<usize>) -> Vec<String> {
        let basic = range.clone().map(|i| format!("finding CVE-2024-{i:05}"));
        let enhanced = range.map(|i| {
            format!("enhanced arn:aws:inspector2:us-east-1:123456789012:finding/{i:032x}")
        });
        basic.chain(enhanced).collect()
    }
    error_variants!(DescribeImageScanFindingsError, ScanNotFound);
}

impl Case for GetLifecyclePolicyPreviewRequest {
    const OPERATION: &'static str = "GetLifecyclePolicyPreview";
    const MODELED_ERROR: &'static str = "LifecyclePolicyPreviewNotFoundException";
    fn paginator(client: &ecr::Client) -> Paginator<Self> {
        client
            .get_lifecycle_policy_preview()
            .repository_name("app")
            .into_paginator()
    }
    fn incomplete(client: &ecr::Client) -> Option<(Paginator<Self>, &'static str)> {
        let paginator = client.get_lifecycle_policy_preview().into_paginator();
        Some((paginator, "repositoryName"))
    }
    fn token(page: &GetLifecyclePolicyPreviewResponse) -> Option<&str> {
        page.next_token()
    }
    fn page_labels(page: &GetLifecyclePolicyPreviewResponse) -> Vec<String> {
        page.preview_results().iter().map(Self::label).collect()
    }
    fn label(item: &ecr::types::LifecyclePolicyPreviewResult) -> String {
        format!(
            "{} {}",
            item.image_tags().join(","),
            item.image_digest().unwrap_or("-")
        )
    }
    fn served(range: Range<usize>) -> Vec<String> {
        range.map(tag_and_digest).collect()
    }
    error_variants!(
        GetLifecyclePolicyPreviewError,
        LifecyclePolicyPreviewNotFound
    );
}

impl Case for DescribePullThroughCacheRulesRequest {
    const OPERATION: &'static str = "DescribePullThroughCacheRules";
    const MODELED_ERROR: &'static str = "PullThroughCacheRuleNotFoundException";
    fn paginator(client: &ecr::Client) -> Paginator<Self> {
        client.describe_pull_through_cache_rules().into_paginator()
    }
    fn incomplete(_: &ecr::Client) -> Option<(Paginator<Self>, &'static str)> {
        None
    }
    fn token(page: &DescribePullThroughCacheRulesResponse) -> Option<&str> {
        page.next_token()
    }
    fn page_labels(page: &DescribePullThroughCacheRulesResponse) -> Vec<String> {
        page.pull_through_cache_rules()
            .iter()
            .map(Self::label)
            .collect()
    }
    fn label(item: &ecr::types::PullThroughCacheRule) -> String {
        item.ecr_repository_prefix().unwrap_or("-").to_owned()
    }
    fn served(range: Range<usize>) -> Vec<String> {
        range.map(|i| format!("prefix-{i}")).collect()
    }
    error_variants!(
        DescribePullThroughCacheRulesError,
        PullThroughCacheRuleNotFound
    );
}

impl Case for DescribeRepositoryCreationTemplatesRequest {
    const OPERATION: &'static str = "DescribeRepositoryCreationTemplates";
    const MODELED_ERROR: &'static str = "ValidationException";
    fn paginator(client: &ecr::Client) -> Paginator<Self> {
        client
            .describe_repository_creation_templates()
            .into_paginator()
    }
    fn incomplete(_: &ecr::Client) -> Option<(Paginator<Self>, &'static str)> {
        None
    }
    fn token(page: &DescribeRepositoryCreationTemplatesResponse) -> Option<&str> {
        page.next_token()
    }
    fn page_labels(page: &DescribeRepositoryCreationTemplatesResponse) -> Vec<String> {
        page.repository_creation_templates()
            .iter()
            .map(Self::label)
            .collect()
    }
    fn label(item: &ecr::types::RepositoryCreationTemplate) -> String {
        item.prefix().unwrap_or("-").to_owned()
    }
    fn served(range: Range<usize>) -> Vec<String> {
        range.map(|i| format!("prefix-{i}")).collect()
    }
    error_variants!(
        DescribeRepositoryCreationTemplatesError,
        ValidationException
    );
}

impl Case for DescribeReplicationBackfillResultsRequest {
    const OPERATION: &'static str = "DescribeReplicationBackfillResults";
    const MODELED_ERROR: &'static str = "ReplicationBackfillNotFoundException";
    fn paginator(client: &ecr::Client) -> Paginator<Self> {
        client
            .describe_replication_backfill_results()
            .replication_backfill_id(BACKFILL_ID)
            .into_paginator()
    }
    fn incomplete(client: &ecr::Client) -> Option<(Paginator<Self>, &'static str)> {
        let paginator = client
            .describe_replication_backfill_results()
            .into_paginator();
        Some((paginator, "replicationBackfillId"))
    }
    fn token(page: &DescribeReplicationBackfillResultsResponse) -> Option<&str> {
        page.next_token()
    }
    fn page_labels(page: &DescribeReplicationBackfillResultsResponse) -> Vec<String> {
        page.results().iter().map(Self::label).collect()
    }
    fn label(item: &ecr::types::ReplicationBackfillResult) -> String {
        image_id_label(item.image_id())
    }
    fn served(range: Range<usize>) -> Vec<String> {
        range.map(tag_and_digest).collect()
    }
    error_variants!(
        DescribeReplicationBackfillResultsError,
        ReplicationBackfillNotFound
    );
}

impl Case for ListReplicationBackfillsRequest {
    const OPERATION: &'static str = "ListReplicationBackfills";
    const MODELED_ERROR: &'static str = "InvalidParameterException";
    fn paginator(client: &ecr::Client) -> Paginator<Self> {
        client.list_replication_backfills().into_paginator()
    }
    fn incomplete(_: &ecr::Client) -> Option<(Paginator<Self>, &'static str)> {
        None
    }
    fn token(page: &ListReplicationBackfillsResponse) -> Option<&str> {
        page.next_token()
    }
    fn page_labels(page: &ListReplicationBackfillsResponse) -> Vec<String> {
        page.backfills().iter().map(Self::label).collect()
    }
    fn label(item: &ecr::types::ReplicationBackfillSummary) -> String {
        item.replication_backfill_id().to_owned()
    }
    fn served(range: Range<usize>) -> Vec<String> {
        range
            .map(|i| format!("{i:08x}-0000-4000-8000-000000000000"))
            .collect()
    }
    error_variants!(ListReplicationBackfillsError, InvalidParameter);
}

impl Case for ListImageReferrersRequest {
    const OPERATION: &'static str = "ListImageReferrers";
    const MODELED_ERROR: &'static str = "UnableToListUpstreamImageReferrersException";
    fn paginator(client: &ecr::Client) -> Paginator<Self> {
        client
            .list_image_referrers()
            .repository_name("app")
            .subject_id(subject())
            .into_paginator()
    }
    fn incomplete(client: &ecr::Client) -> Option<(Paginator<Self>, &'static str)> {
        let paginator = client
            .list_image_referrers()
            .repository_name("app")
            .into_paginator();
        Some((paginator, "subjectId"))
    }
    fn token(page: &ListImageReferrersResponse) -> Option<&str> {
        page.next_token()
    }
    fn page_labels(page: &ListImageReferrersResponse) -> Vec<String> {
        page.referrers().iter().map(Self::label).collect()
    }
    fn label(item: &ecr::types::ImageReferrer) -> String {
        item.digest().to_owned()
    }
    fn served(range: Range<usize>) -> Vec<String> {
        range.map(item_digest).collect()
    }
    error_variants!(ListImageReferrersError, UnableToListUpstreamImageReferrers);
}

impl Case for ListPullTimeUpdateExclusionsRequest {
    const OPERATION: &'static str = "ListPullTimeUpdateExclusions";
    const MODELED_ERROR: &'static str = "LimitExceededException";
    fn paginator(client: &ecr::Client) -> Paginator<Self> {
        client.list_pull_time_update_exclusions().into_paginator()
    }
    fn incomplete(_: &ecr::Client) -> Option<(Paginator<Self>, &'static str)> {
        None
    }
    fn token(page: &ListPullTimeUpdateExclusionsResponse) -> Option<&str> {
        page.next_token()
    }
    fn page_labels(page: &ListPullTimeUpdateExclusionsResponse) -> Vec<String> {
        page.pull_time_update_exclusions().to_vec()
    }
    fn label(item: &String) -> String {
        item.clone()
    }
    fn served(range: Range<usize>) -> Vec<String> {
        range
            .map(|i| format!("arn:aws:iam::123456789012:role/role-{i}"))
            .collect()
    }
    error_variants!(ListPullTimeUpdateExclusionsError, LimitExceeded);
}

/// One test per paginated operation, each running [`check_paginator`], and the list of the
/// operations covered.
macro_rules! paginator_tests {
    ($($test:ident: $request:ty,)*) => {
        $(
            #[tokio::test]
            async fn $test() {
                check_paginator::<$request>().await;
            }
        )*
        const COVERED: &[&str] = &[$(<$request as Case>::OPERATION),*];
    };
}

paginator_tests! {
    describe_image_scan_findings_paginates: DescribeImageScanFindingsRequest,
    describe_images_paginates: DescribeImagesRequest,
    describe_pull_through_cache_rules_paginates: DescribePullThroughCacheRulesRequest,
    describe_replication_backfill_results_paginates: DescribeReplicationBackfillResultsRequest,
    describe_repositories_paginates: DescribeRepositoriesRequest,
    describe_repository_creation_templates_paginates: DescribeRepositoryCreationTemplatesRequest,
    get_lifecycle_policy_preview_paginates: GetLifecyclePolicyPreviewRequest,
    list_image_referrers_paginates: ListImageReferrersRequest,
    list_images_paginates: ListImagesRequest,
    list_pull_time_update_exclusions_paginates: ListPullTimeUpdateExclusionsRequest,
    list_replication_backfills_paginates: ListReplicationBackfillsRequest,
}

#[test]
fn every_paginated_operation_is_tested() {
    let mut covered = COVERED.to_vec();
    covered.sort_unstable();
    let mut paginated: Vec<&str> = PAGINATED_OPERATIONS.iter().map(|(op, _)| *op).collect();
    paginated.sort_unstable();
    assert_eq!(covered, paginated);
    assert_eq!(covered.len(), 11);
}

/// Every check of one operation's paginator.
async fn check_paginator<C: Case>() {
    assert_eq!(<C as Operation>::NAME, C::OPERATION);
    pages_carry_the_token_and_the_page_size::<C>().await;
    items_come_once_each_in_order::<C>().await;
    without_a_page_size_the_service_chooses::<C>().await;
    a_repeated_token_ends_the_items_with_an_error::<C>().await;
    a_service_error_on_the_second_page_ends_the_stream::<C>().await;
    invalid_requests_are_not_sent::<C>().await;
}

/// Every page of `pages`, failing on an error or when the stream would not end.
async fn all_pages<C: Case>(
    server: &EcrServer,
    pages: &mut ecr_runtime::paginate::Pages<C>,
) -> Vec<C::Output> {
    let op = C::OPERATION;
    let mut out = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.unwrap_or_else(|e| panic!("{op}: page {}: {e}", out.len() + 1));
        out.push(page);
        assert!(
            server.requests_for(op).len() <= MAX_REQUESTS,
            "{op}: the pages do not end"
        );
    }
    out
}

/// The body without `nextToken`.
fn without_token(request: &RecordedRequest) -> Value {
    let mut body = request.body.clone();
    if let Some(members) = body.as_object_mut() {
        members.remove("nextToken");
    }
    body
}

async fn pages_carry_the_token_and_the_page_size<C: Case>() {
    let op = C::OPERATION;
    let server = EcrServer::start();
    server.set_items(op, ITEMS);
    let client = server.client();
    let mut pages = C::paginator(&client).page_size(PAGE_SIZE).pages();
    let got = all_pages(&server, &mut pages).await;

    let sizes: Vec<usize> = got.iter().map(|p| C::page_labels(p).len()).collect();
    assert_eq!(sizes, [10, 10, 5].map(|n| n * C::LISTS), "{op}: page sizes");
    for (i, (page, range)) in got.iter().zip(PAGES).enumerate() {
        assert_eq!(
            C::page_labels(page),
            C::served(range),
            "{op}: page {}",
            i + 1
        );
    }
    assert!(
        C::token(&got[0]).is_some() && C::token(&got[1]).is_some(),
        "{op}"
    );
    assert_ne!(C::token(&got[0]), C::token(&got[1]), "{op}");
    assert_eq!(C::token(&got[2]), None, "{op}: the last page");
    assert!(pages.next().await.is_none(), "{op}: ended");
    assert!(pages.next().await.is_none(), "{op}: stays ended");

    let requests = server.requests_for(op);
    assert_eq!(requests.len(), 3, "{op}: one request a page");
    assert_eq!(server.requests().len(), 3, "{op}: no other request");
    for (i, request) in requests.iter().enumerate() {
        assert_eq!(request.status, 200, "{op}: request {}", i + 1);
        assert_eq!(
            request.body["maxResults"],
            json!(PAGE_SIZE),
            "{op}: request {}",
            i + 1
        );
        let token = request.body.get("nextToken").and_then(Value::as_str);
        let expected = i.checked_sub(1).and_then(|p| C::token(&got[p]));
        assert_eq!(token, expected, "{op}: request {} token", i + 1);
        // Each page asks the same question.
        assert_eq!(
            without_token(request),
            without_token(&requests[0]),
            "{op}: request {}",
            i + 1
        );
    }
}

async fn items_come_once_each_in_order<C: Case>() {
    let op = C::OPERATION;
    let server = EcrServer::start();
    server.set_items(op, ITEMS);
    let client = server.client();
    let mut items = C::paginator(&client).page_size(PAGE_SIZE).items();
    let mut labels = Vec::new();
    while let Some(item) = items.next().await {
        let item = item.unwrap_or_else(|e| panic!("{op}: item {}: {e}", labels.len() + 1));
        labels.push(C::label(&item));
        assert!(labels.len() <= 10 * ITEMS, "{op}: the items do not end");
    }
    let expected: Vec<String> = PAGES.into_iter().flat_map(C::served).collect();
    assert_eq!(labels.len(), ITEMS * C::LISTS, "{op}");
    assert_eq!(labels, expected, "{op}: every item in order");
    let distinct: HashSet<&String> = labels.iter().collect();
    assert_eq!(distinct.len(), labels.len(), "{op}: no duplicates");
    assert!(items.next().await.is_none(), "{op}: ended");
    assert!(items.next().await.is_none(), "{op}: stays ended");
    assert_eq!(server.requests_for(op).len(), 3, "{op}");
}

async fn without_a_page_size_the_service_chooses<C: Case>() {
    let op = C::OPERATION;
    let server = EcrServer::start();
    let total = 2 * DEFAULT_PAGE_SIZE + 3;
    server.set_items(op, total);
    let client = server.client();
    let mut pages = C::paginator(&client).pages();
    let got = all_pages(&server, &mut pages).await;
    let sizes: Vec<usize> = got.iter().map(|p| C::page_labels(p).len()).collect();
    let expected = [DEFAULT_PAGE_SIZE, DEFAULT_PAGE_SIZE, 3].map(|n| n * C::LISTS);
    assert_eq!(sizes, expected, "{op}: the server's default page size");
    let labels: Vec<String> = got.iter().flat_map(C::page_labels).collect();
    let mut served: Vec<String> = Vec::new();
    for start in (0..total).step_by(DEFAULT_PAGE_SIZE) {
        served.extend(C::served(start..(start + DEFAULT_PAGE_SIZE).min(total)));
    }
    assert_eq!(labels, served, "{op}");
    let requests = server.requests_for(op);
    assert_eq!(requests.len(), 3, "{op}");
    for request in &requests {
        assert!(
            request.body.get("maxResults").is_none(),
            "{op}: maxResults sent: {}",
            request.body
        );
    }
}

async fn a_repeated_token_ends_the_items_with_an_error<C: Case>() {
    let op = C::OPERATION;
    let server = EcrServer::start();
    server.set_items(op, ITEMS);
    server.repeat_token(op);
    let client = server.client();
    let mut items = C::paginator(&client).page_size(PAGE_SIZE).items();
    let mut labels = Vec::new();
    let error = loop {
        match items.next().await {
            Some(Ok(item)) => labels.push(C::label(&item)),
            Some(Err(e)) => break e,
            None => panic!("{op}: ended without an error after {} items", labels.len()),
        }
        assert!(
            server.requests_for(op).len() <= MAX_REQUESTS,
            "{op}: a repeated token loops"
        );
    };
    // The first page gives a token, the second gives it again: its items come, then the error.
    let expected: Vec<String> = PAGES[..2].iter().cloned().flat_map(C::served).collect();
    assert_eq!(labels, expected, "{op}: the items before the error");
    let requests = server.requests_for(op);
    assert_eq!(requests.len(), 2, "{op}");
    let repeated = requests[1].body["nextToken"].as_str();
    let pagination = C::pagination(&error)
        .unwrap_or_else(|| panic!("{op}: not Runtime(Error::Pagination(_)): {error:?}"));
    assert_eq!(pagination.operation(), op);
    assert_eq!(Some(pagination.token()), repeated, "{op}");
    assert!(
        error
            .to_string()
            .starts_with(&format!("{op} returned the pagination token `")),
        "{op}: {error}"
    );
    assert!(items.next().await.is_none(), "{op}: ended after the error");
    assert!(items.next().await.is_none(), "{op}: stays ended");
    assert_eq!(server.requests_for(op).len(), 2, "{op}: nothing sent after");
}

async fn a_service_error_on_the_second_page_ends_the_stream<C: Case>() {
    let op = C::OPERATION;
    let server = EcrServer::start();
    server.set_items(op, ITEMS);
    let client = server.client();
    let mut items = C::paginator(&client).page_size(PAGE_SIZE).items();
    let first = items
        .next()
        .await
        .expect("an item")
        .expect("the first page");
    assert_eq!(C::label(&first), C::served(0..1)[0], "{op}");
    // The first page is in; the next request fails (once: the server would answer after).
    server.fail_times(op, 1, 400, C::MODELED_ERROR, "the second page failed");
    let mut labels = vec![C::label(&first)];
    let error = loop {
        match items.next().await {
            Some(Ok(item)) => labels.push(C::label(&item)),
            Some(Err(e)) => break e,
            None => panic!("{op}: ended without the injected error"),
        }
        assert!(labels.len() <= ITEMS * C::LISTS, "{op}: no error came");
    };
    assert_eq!(labels, C::served(PAGES[0].clone()), "{op}: the first page");
    assert_eq!(
        C::modeled_message(&error),
        Some("the second page failed"),
        "{op}: not the typed {} error: {error:?}",
        C::MODELED_ERROR
    );
    assert!(items.next().await.is_none(), "{op}: ended after the error");
    assert!(items.next().await.is_none(), "{op}: stays ended");
    let statuses: Vec<u16> = server.requests_for(op).iter().map(|r| r.status).collect();
    assert_eq!(statuses, [200, 400], "{op}");
}

async fn invalid_requests_are_not_sent<C: Case>() {
    let op = C::OPERATION;
    let server = EcrServer::start();
    let client = server.client();

    if let Some((paginator, missing)) = C::incomplete(&client) {
        let mut items = paginator.items();
        let error = items.next().await.expect("an error").err();
        let error = error.unwrap_or_else(|| panic!("{op}: an item without {missing}"));
        let validation = C::validation(&error)
            .unwrap_or_else(|| panic!("{op}: not a validation error: {error:?}"));
        let paths: Vec<&str> = validation.violations().iter().map(|v| v.path()).collect();
        assert_eq!(paths, [missing], "{op}: {validation}");
        assert!(items.next().await.is_none(), "{op}");
    }

    // Built, but the page size breaks the range of maxResults.
    let mut pages = C::paginator(&client).page_size(0).pages();
    let error = pages.next().await.expect("an error").err();
    let error = error.unwrap_or_else(|| panic!("{op}: a page of size 0"));
    let validation =
        C::validation(&error).unwrap_or_else(|| panic!("{op}: not a validation error: {error:?}"));
    let paths: Vec<&str> = validation.violations().iter().map(|v| v.path()).collect();
    assert_eq!(paths, ["maxResults"], "{op}: {validation}");
    assert!(pages.next().await.is_none(), "{op}");

    assert_eq!(server.requests(), [], "{op}: nothing reached the server");
}

#[tokio::test]
async fn scan_findings_items_are_findings_then_enhanced_findings_page_by_page() {
    let server = EcrServer::start();
    server.set_items("DescribeImageScanFindings", 3);
    let client = server.client();
    let items = client
        .describe_image_scan_findings()
        .repository_name("app")
        .image_id(ImageIdentifier::tag("v1"))
        .into_paginator()
        .page_size(2)
        .items()
        .try_collect()
        .await
        .expect("every finding");
    let kinds: Vec<String> = items
        .iter()
        .map(|item| match item {
            DescribeImageScanFindingsItem::Findings(f) => {
                format!("basic {}", f.name().unwrap_or_default())
            }
            DescribeImageScanFindingsItem::EnhancedFindings(f) => {
                format!("enhanced {}", f.title().unwrap_or_default())
            }
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "basic CVE-2024-00000",
            "basic CVE-2024-00001",
            "enhanced CVE-2024-00000 - sample",
            "enhanced CVE-2024-00001 - sample",
            "basic CVE-2024-00002",
            "enhanced CVE-2024-00002 - sample",
        ]
    );
    assert_eq!(server.requests_for("DescribeImageScanFindings").len(), 2);
}

// ---- Waiters ----

const MAX_WAIT: Duration = Duration::from_secs(60);
const FAST: Duration = Duration::from_millis(20);
const SCAN: &str = "DescribeImageScanFindings";
const PREVIEW: &str = "GetLifecyclePolicyPreview";

fn scan_waiter(
    client: &ecr::Client,
) -> ecr_runtime::waiter::Waiter<DescribeImageScanFindingsRequest> {
    client
        .describe_image_scan_findings()
        .repository_name("app")
        .image_id(ImageIdentifier::tag("v1"))
        .wait_until_image_scan_complete(MAX_WAIT)
}

fn preview_waiter(
    client: &ecr::Client,
) -> ecr_runtime::waiter::Waiter<GetLifecyclePolicyPreviewRequest> {
    client
        .get_lifecycle_policy_preview()
        .repository_name("app")
        .wait_until_lifecycle_policy_preview_complete(MAX_WAIT)
}

fn scan_status(out: &DescribeImageScanFindingsResponse) -> Option<&ScanStatus> {
    out.image_scan_status().and_then(|s| s.status())
}

#[test]
fn the_waiters_keep_the_models_timing_unless_told() {
    let server = EcrServer::start();
    let client = server.client();
    let spec = *scan_waiter(&client).spec();
    assert_eq!(spec.name, "ImageScanComplete");
    assert_eq!(spec.delay, Duration::from_secs(5));
    assert_eq!(spec.max_attempts, 60);
    let spec = *preview_waiter(&client).spec();
    assert_eq!(spec.name, "LifecyclePolicyPreviewComplete");
    assert_eq!(spec.delay, Duration::from_secs(5));
    assert_eq!(spec.max_attempts, 20);

    let tuned = scan_waiter(&client).delay(FAST).max_attempts(4);
    assert_eq!(tuned.spec().delay, FAST);
    assert_eq!(tuned.spec().max_attempts, 4);
    assert_eq!(tuned.spec().name, "ImageScanComplete");
    assert_eq!(server.requests(), [], "nothing is sent before awaiting");
}

#[tokio::test]
async fn image_scan_complete_waits_through_in_progress() {
    let server = EcrServer::start();
    server.script_status(SCAN, &["IN_PROGRESS", "IN_PROGRESS", "COMPLETE"]);
    let client = server.client();
    let out = scan_waiter(&client).delay(FAST).await.expect("complete");
    assert_eq!(scan_status(&out), Some(&ScanStatus::Complete));
    assert_eq!(out.repository_name(), Some("app"));
    let requests = server.requests_for(SCAN);
    assert_eq!(requests.len(), 3);
    for request in &requests {
        assert_eq!(
            request.body,
            json!({"repositoryName": "app", "imageId": {"imageTag": "v1"}})
        );
    }
}

#[tokio::test]
async fn image_scan_complete_stops_on_failed() {
    let server = EcrServer::start();
    server.script_status(SCAN, &["IN_PROGRESS", "FAILED", "COMPLETE"]);
    let client = server.client();
    let error = scan_waiter(&client).delay(FAST).await.expect_err("failed");
    let WaitError::FailureState { waiter, answer } = &error else {
        panic!("not the failure state: {error:?}");
    };
    assert_eq!(*waiter, "ImageScanComplete");
    let out = answer.as_ref().as_ref().expect("the answer that failed");
    assert_eq!(scan_status(out), Some(&ScanStatus::Failed));
    assert!(error.operation_error().is_none());
    assert_eq!(
        server.requests_for(SCAN).len(),
        2,
        "no attempt after FAILED"
    );
}

#[tokio::test]
async fn image_scan_complete_times_out_after_its_attempts() {
    let server = EcrServer::start();
    server.script_status(SCAN, &["IN_PROGRESS"]);
    let client = server.client();
    let error = scan_waiter(&client)
        .delay(FAST)
        .max_attempts(4)
        .await
        .expect_err("never complete");
    let WaitError::TimedOut {
        waiter, attempts, ..
    } = &error
    else {
        panic!("not a time-out: {error:?}");
    };
    assert_eq!((*waiter, *attempts), ("ImageScanComplete", 4));
    assert_eq!(server.requests_for(SCAN).len(), 4);
}

#[tokio::test]
async fn image_scan_complete_never_waits_past_max_wait() {
    let server = EcrServer::start();
    server.script_status(SCAN, &["IN_PROGRESS"]);
    let client = server.client();
    let started = Instant::now();
    let error = client
        .describe_image_scan_findings()
        .repository_name("app")
        .image_id(ImageIdentifier::tag("v1"))
        .wait_until_image_scan_complete(Duration::from_millis(100))
        .delay(Duration::from_secs(1))
        .await
        .expect_err("no time to complete");
    let took = started.elapsed();
    let WaitError::TimedOut {
        waiter,
        attempts,
        elapsed,
    } = &error
    else {
        panic!("not a time-out: {error:?}");
    };
    assert_eq!((*waiter, *attempts), ("ImageScanComplete", 1));
    assert!(*elapsed <= took, "{elapsed:?} > {took:?}");
    assert!(took < Duration::from_secs(3), "waited {took:?}");
    assert_eq!(server.requests_for(SCAN).len(), 1);
}

#[tokio::test]
async fn image_scan_complete_stops_on_an_error_it_does_not_expect() {
    let server = EcrServer::start();
    server.fail_with(
        SCAN,
        400,
        "RepositoryNotFoundException",
        "no repository app",
    );
    let client = server.client();
    let error = scan_waiter(&client)
        .delay(FAST)
        .await
        .expect_err("no repository");
    let WaitError::Operation { waiter, error: e } = &error else {
        panic!("not an operation error: {error:?}");
    };
    assert_eq!(*waiter, "ImageScanComplete");
    let DescribeImageScanFindingsError::RepositoryNotFound(not_found) = e else {
        panic!("not RepositoryNotFound: {e:?}");
    };
    assert_eq!(not_found.message.as_deref(), Some("no repository app"));
    assert_eq!(server.requests_for(SCAN).len(), 1, "no retry on that error");
}

#[tokio::test]
async fn a_waiter_without_a_required_member_sends_nothing() {
    let server = EcrServer::start();
    let client = server.client();
    let error = client
        .describe_image_scan_findings()
        .repository_name("app")
        .wait_until_image_scan_complete(MAX_WAIT)
        .delay(FAST)
        .await
        .expect_err("no image id");
    let Some(DescribeImageScanFindingsError::Validation(v)) = error.operation_error() else {
        panic!("not a validation error: {error:?}");
    };
    let paths: Vec<&str> = v.violations().iter().map(|v| v.path()).collect();
    assert_eq!(paths, ["imageId"]);
    assert_eq!(server.requests(), []);
}

#[tokio::test]
async fn lifecycle_policy_preview_complete_waits_through_in_progress() {
    let server = EcrServer::start();
    server.script_status(PREVIEW, &["IN_PROGRESS", "IN_PROGRESS", "COMPLETE"]);
    let client = server.client();
    let out = preview_waiter(&client).delay(FAST).await.expect("complete");
    assert_eq!(out.status(), Some(&LifecyclePolicyPreviewStatus::Complete));
    assert_eq!(out.repository_name(), Some("app"));
    let requests = server.requests_for(PREVIEW);
    assert_eq!(requests.len(), 3);
    for request in &requests {
        assert_eq!(request.body, json!({"repositoryName": "app"}));
    }
}

#[tokio::test]
async fn lifecycle_policy_preview_complete_stops_on_failed() {
    let server = EcrServer::start();
    server.script_status(PREVIEW, &["IN_PROGRESS", "FAILED", "COMPLETE"]);
    let client = server.client();
    let error = preview_waiter(&client)
        .delay(FAST)
        .await
        .expect_err("failed");
    let WaitError::FailureState { waiter, answer } = &error else {
        panic!("not the failure state: {error:?}");
    };
    assert_eq!(*waiter, "LifecyclePolicyPreviewComplete");
    let out = answer.as_ref().as_ref().expect("the answer that failed");
    assert_eq!(out.status(), Some(&LifecyclePolicyPreviewStatus::Failed));
    assert_eq!(
        server.requests_for(PREVIEW).len(),
        2,
        "no attempt after FAILED"
    );
}
