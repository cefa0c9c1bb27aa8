// Written by `cargo xtask codegen` from `ecr/model/`: edit the generator
// (`xtask/src/codegen.rs`) or the model, then run it again.

//! Pagination: every operation that answers in pages can be streamed page by page or
//! item by item, with `into_paginator()` on its builder.

use crate::operations::*;
use crate::types::*;
use ecr_runtime::paginate::{Paginate, Paginator};

impl Paginate for ListImagesRequest {
    type Item = ImageIdentifier;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &ListImagesResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn into_items(output: ListImagesResponse) -> Vec<ImageIdentifier> {
        Some(output).and_then(|v| v.image_ids).unwrap_or_default()
    }
}

impl ListImagesRequestBuilder<ecr_runtime::Client> {
    /// Pages through the results of `ListImages`: `.pages()` streams each answer, `.items()` each
    /// of its [`ImageIdentifier`]s; `.page_size(n)` sets `maxResults`. A token the service repeats
    /// ends the stream with an error.
    pub fn into_paginator(self) -> Paginator<ListImagesRequest> {
        let (client, request) = self.into_parts();
        Paginator::new(client, request)
    }
}

impl Paginate for DescribeImagesRequest {
    type Item = ImageDetail;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &DescribeImagesResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn into_items(output: DescribeImagesResponse) -> Vec<ImageDetail> {
        Some(output)
            .and_then(|v| v.image_details)
            .unwrap_or_default()
    }
}

impl DescribeImagesRequestBuilder<ecr_runtime::Client> {
    /// Pages through the results of `DescribeImages`: `.pages()` streams each answer, `.items()`
    /// each of its [`ImageDetail`]s; `.page_size(n)` sets `maxResults`. A token the service repeats
    /// ends the stream with an error.
    pub fn into_paginator(self) -> Paginator<DescribeImagesRequest> {
        let (client, request) = self.into_parts();
        Paginator::new(client, request)
    }
}

impl Paginate for DescribeRepositoriesRequest {
    type Item = Repository;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &DescribeRepositoriesResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn into_items(output: DescribeRepositoriesResponse) -> Vec<Repository> {
        Some(output)
            .and_then(|v| v.repositories)
            .unwrap_or_default()
    }
}

impl DescribeRepositoriesRequestBuilder<ecr_runtime::Client> {
    /// Pages through the results of `DescribeRepositories`: `.pages()` streams each answer,
    /// `.items()` each of its [`Repository`]s; `.page_size(n)` sets `maxResults`. A token the
    /// service repeats ends the stream with an error.
    pub fn into_paginator(self) -> Paginator<DescribeRepositoriesRequest> {
        let (client, request) = self.into_parts();
        Paginator::new(client, request)
    }
}

/// One item of a `DescribeImageScanFindings` page: each page holds several lists, and the items stream yields them all, list by list.
#[derive(Clone, Debug, PartialEq)]
pub enum DescribeImageScanFindingsItem {
    /// An item of `imageScanFindings.findings` (boxed: the variants differ much in size).
    Findings(Box<ImageScanFinding>),
    /// An item of `imageScanFindings.enhancedFindings` (boxed: the variants differ much in size).
    EnhancedFindings(Box<EnhancedImageScanFinding>),
}

impl Paginate for DescribeImageScanFindingsRequest {
    type Item = DescribeImageScanFindingsItem;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &DescribeImageScanFindingsResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn into_items(output: DescribeImageScanFindingsResponse) -> Vec<DescribeImageScanFindingsItem> {
        let mut items = Vec::new();
        if let Some(parent) = Some(output).and_then(|v| v.image_scan_findings) {
            items.extend(
                parent
                    .findings
                    .into_iter()
                    .flatten()
                    .map(|v| DescribeImageScanFindingsItem::Findings(Box::new(v))),
            );
            items.extend(
                parent
                    .enhanced_findings
                    .into_iter()
                    .flatten()
                    .map(|v| DescribeImageScanFindingsItem::EnhancedFindings(Box::new(v))),
            );
        }
        items
    }
}

impl DescribeImageScanFindingsRequestBuilder<ecr_runtime::Client> {
    /// Pages through the results of `DescribeImageScanFindings`: `.pages()` streams each answer,
    /// `.items()` each of its [`DescribeImageScanFindingsItem`]s; `.page_size(n)` sets
    /// `maxResults`. A token the service repeats ends the stream with an error.
    pub fn into_paginator(self) -> Paginator<DescribeImageScanFindingsRequest> {
        let (client, request) = self.into_parts();
        Paginator::new(client, request)
    }
}

impl Paginate for GetLifecyclePolicyPreviewRequest {
    type Item = LifecyclePolicyPreviewResult;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &GetLifecyclePolicyPreviewResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn into_items(output: GetLifecyclePolicyPreviewResponse) -> Vec<LifecyclePolicyPreviewResult> {
        Some(output)
            .and_then(|v| v.preview_results)
            .unwrap_or_default()
    }
}

impl GetLifecyclePolicyPreviewRequestBuilder<ecr_runtime::Client> {
    /// Pages through the results of `GetLifecyclePolicyPreview`: `.pages()` streams each answer,
    /// `.items()` each of its [`LifecyclePolicyPreviewResult`]s; `.page_size(n)` sets `maxResults`.
    /// A token the service repeats ends the stream with an error.
    pub fn into_paginator(self) -> Paginator<GetLifecyclePolicyPreviewRequest> {
        let (client, request) = self.into_parts();
        Paginator::new(client, request)
    }
}

impl Paginate for DescribePullThroughCacheRulesRequest {
    type Item = PullThroughCacheRule;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &DescribePullThroughCacheRulesResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn into_items(output: DescribePullThroughCacheRulesResponse) -> Vec<PullThroughCacheRule> {
        Some(output)
            .and_then(|v| v.pull_through_cache_rules)
            .unwrap_or_default()
    }
}

impl DescribePullThroughCacheRulesRequestBuilder<ecr_runtime::Client> {
    /// Pages through the results of `DescribePullThroughCacheRules`: `.pages()` streams each
    /// answer, `.items()` each of its [`PullThroughCacheRule`]s; `.page_size(n)` sets `maxResults`.
    /// A token the service repeats ends the stream with an error.
    pub fn into_paginator(self) -> Paginator<DescribePullThroughCacheRulesRequest> {
        let (client, request) = self.into_parts();
        Paginator::new(client, request)
    }
}

impl Paginate for DescribeRepositoryCreationTemplatesRequest {
    type Item = RepositoryCreationTemplate;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &DescribeRepositoryCreationTemplatesResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn into_items(
        output: DescribeRepositoryCreationTemplatesResponse,
    ) -> Vec<RepositoryCreationTemplate> {
        Some(output)
            .and_then(|v| v.repository_creation_templates)
            .unwrap_or_default()
    }
}

impl DescribeRepositoryCreationTemplatesRequestBuilder<ecr_runtime::Client> {
    /// Pages through the results of `DescribeRepositoryCreationTemplates`: `.pages()` streams each
    /// answer, `.items()` each of its [`RepositoryCreationTemplate`]s; `.page_size(n)` sets
    /// `maxResults`. A token the service repeats ends the stream with an error.
    pub fn into_paginator(self) -> Paginator<DescribeRepositoryCreationTemplatesRequest> {
        let (client, request) = self.into_parts();
        Paginator::new(client, request)
    }
}

impl Paginate for DescribeReplicationBackfillResultsRequest {
    type Item = ReplicationBackfillResult;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &DescribeReplicationBackfillResultsResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn into_items(
        output: DescribeReplicationBackfillResultsResponse,
    ) -> Vec<ReplicationBackfillResult> {
        Some(output).and_then(|v| v.results).unwrap_or_default()
    }
}

impl DescribeReplicationBackfillResultsRequestBuilder<ecr_runtime::Client> {
    /// Pages through the results of `DescribeReplicationBackfillResults`: `.pages()` streams each
    /// answer, `.items()` each of its [`ReplicationBackfillResult`]s; `.page_size(n)` sets
    /// `maxResults`. A token the service repeats ends the stream with an error.
    pub fn into_paginator(self) -> Paginator<DescribeReplicationBackfillResultsRequest> {
        let (client, request) = self.into_parts();
        Paginator::new(client, request)
    }
}

impl Paginate for ListReplicationBackfillsRequest {
    type Item = ReplicationBackfillSummary;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &ListReplicationBackfillsResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn into_items(output: ListReplicationBackfillsResponse) -> Vec<ReplicationBackfillSummary> {
        Some(output).and_then(|v| v.backfills).unwrap_or_default()
    }
}

impl ListReplicationBackfillsRequestBuilder<ecr_runtime::Client> {
    /// Pages through the results of `ListReplicationBackfills`: `.pages()` streams each answer,
    /// `.items()` each of its [`ReplicationBackfillSummary`]s; `.page_size(n)` sets `maxResults`. A
    /// token the service repeats ends the stream with an error.
    pub fn into_paginator(self) -> Paginator<ListReplicationBackfillsRequest> {
        let (client, request) = self.into_parts();
        Paginator::new(client, request)
    }
}

impl Paginate for ListImageReferrersRequest {
    type Item = ImageReferrer;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &ListImageReferrersResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn into_items(output: ListImageReferrersResponse) -> Vec<ImageReferrer> {
        Some(output).and_then(|v| v.referrers).unwrap_or_default()
    }
}

impl ListImageReferrersRequestBuilder<ecr_runtime::Client> {
    /// Pages through the results of `ListImageReferrers`: `.pages()` streams each answer,
    /// `.items()` each of its [`ImageReferrer`]s; `.page_size(n)` sets `maxResults`. A token the
    /// service repeats ends the stream with an error.
    pub fn into_paginator(self) -> Paginator<ListImageReferrersRequest> {
        let (client, request) = self.into_parts();
        Paginator::new(client, request)
    }
}

impl Paginate for ListPullTimeUpdateExclusionsRequest {
    type Item = String;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &ListPullTimeUpdateExclusionsResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn into_items(output: ListPullTimeUpdateExclusionsResponse) -> Vec<String> {
        Some(output)
            .and_then(|v| v.pull_time_update_exclusions)
            .unwrap_or_default()
    }
}

impl ListPullTimeUpdateExclusionsRequestBuilder<ecr_runtime::Client> {
    /// Pages through the results of `ListPullTimeUpdateExclusions`: `.pages()` streams each answer,
    /// `.items()` each of its [`String`]s; `.page_size(n)` sets `maxResults`. A token the service
    /// repeats ends the stream with an error.
    pub fn into_paginator(self) -> Paginator<ListPullTimeUpdateExclusionsRequest> {
        let (client, request) = self.into_parts();
        Paginator::new(client, request)
    }
}
