// Written by `cargo xtask codegen` from `ecr/model/`: edit the generator
// (`xtask/src/codegen.rs`) or the model, then run it again.

//! A method on [`Client`] for every operation.

use crate::Client;
use crate::operations::*;
use ecr_runtime::Operation;
use ecr_runtime::schema::OperationSchema;

/// Every operation of the model, as data: target, input, output and errors.
pub fn operations() -> Vec<OperationSchema> {
    vec![
        <BatchCheckLayerAvailabilityRequest as Operation>::schema(),
        <BatchDeleteImageRequest as Operation>::schema(),
        <BatchGetImageRequest as Operation>::schema(),
        <BatchGetRepositoryScanningConfigurationRequest as Operation>::schema(),
        <CompleteLayerUploadRequest as Operation>::schema(),
        <CreatePullThroughCacheRuleRequest as Operation>::schema(),
        <CreateRepositoryRequest as Operation>::schema(),
        <CreateRepositoryCreationTemplateRequest as Operation>::schema(),
        <DeleteLifecyclePolicyRequest as Operation>::schema(),
        <DeletePullThroughCacheRuleRequest as Operation>::schema(),
        <DeleteRegistryPolicyRequest as Operation>::schema(),
        <DeleteRepositoryRequest as Operation>::schema(),
        <DeleteRepositoryCreationTemplateRequest as Operation>::schema(),
        <DeleteRepositoryPolicyRequest as Operation>::schema(),
        <DeleteSigningConfigurationRequest as Operation>::schema(),
        <DeregisterPullTimeUpdateExclusionRequest as Operation>::schema(),
        <DescribeImageReplicationStatusRequest as Operation>::schema(),
        <DescribeImageScanFindingsRequest as Operation>::schema(),
        <DescribeImageSigningStatusRequest as Operation>::schema(),
        <DescribeImagesRequest as Operation>::schema(),
        <DescribePullThroughCacheRulesRequest as Operation>::schema(),
        <DescribeRegistryRequest as Operation>::schema(),
        <DescribeReplicationBackfillResultsRequest as Operation>::schema(),
        <DescribeRepositoriesRequest as Operation>::schema(),
        <DescribeRepositoryCreationTemplatesRequest as Operation>::schema(),
        <GetAccountSettingRequest as Operation>::schema(),
        <GetAuthorizationTokenRequest as Operation>::schema(),
        <GetDownloadUrlForLayerRequest as Operation>::schema(),
        <GetLifecyclePolicyRequest as Operation>::schema(),
        <GetLifecyclePolicyPreviewRequest as Operation>::schema(),
        <GetRegistryPolicyRequest as Operation>::schema(),
        <GetRegistryScanningConfigurationRequest as Operation>::schema(),
        <GetRepositoryPolicyRequest as Operation>::schema(),
        <GetSigningConfigurationRequest as Operation>::schema(),
        <InitiateLayerUploadRequest as Operation>::schema(),
        <ListImageReferrersRequest as Operation>::schema(),
        <ListImagesRequest as Operation>::schema(),
        <ListPullTimeUpdateExclusionsRequest as Operation>::schema(),
        <ListReplicationBackfillsRequest as Operation>::schema(),
        <ListTagsForResourceRequest as Operation>::schema(),
        <PutAccountSettingRequest as Operation>::schema(),
        <PutImageRequest as Operation>::schema(),
        <PutImageScanningConfigurationRequest as Operation>::schema(),
        <PutImageTagMutabilityRequest as Operation>::schema(),
        <PutLifecyclePolicyRequest as Operation>::schema(),
        <PutRegistryPolicyRequest as Operation>::schema(),
        <PutRegistryScanningConfigurationRequest as Operation>::schema(),
        <PutReplicationConfigurationRequest as Operation>::schema(),
        <PutSigningConfigurationRequest as Operation>::schema(),
        <RegisterPullTimeUpdateExclusionRequest as Operation>::schema(),
        <SetRepositoryPolicyRequest as Operation>::schema(),
        <StartImageScanRequest as Operation>::schema(),
        <StartLifecyclePolicyPreviewRequest as Operation>::schema(),
        <StartReplicationBackfillRequest as Operation>::schema(),
        <StopReplicationBackfillRequest as Operation>::schema(),
        <TagResourceRequest as Operation>::schema(),
        <UntagResourceRequest as Operation>::schema(),
        <UpdateImageStorageClassRequest as Operation>::schema(),
        <UpdatePullThroughCacheRuleRequest as Operation>::schema(),
        <UpdateRepositoryCreationTemplateRequest as Operation>::schema(),
        <UploadLayerPartRequest as Operation>::schema(),
        <ValidatePullThroughCacheRuleRequest as Operation>::schema(),
    ]
}

impl Client {
    /// Checks the availability of one or more image layers in a repository.
    ///
    /// Starts a [`BatchCheckLayerAvailabilityRequest`]: set its members on the builder, then `.send().await`.
    pub fn batch_check_layer_availability(
        &self,
    ) -> BatchCheckLayerAvailabilityRequestBuilder<ecr_runtime::Client> {
        BatchCheckLayerAvailabilityRequest::builder().with_client(&self.inner)
    }

    /// Deletes a list of specified images within a repository. Images are specified with either an
    /// `imageTag` or `imageDigest`.
    ///
    /// Starts a [`BatchDeleteImageRequest`]: set its members on the builder, then `.send().await`.
    pub fn batch_delete_image(&self) -> BatchDeleteImageRequestBuilder<ecr_runtime::Client> {
        BatchDeleteImageRequest::builder().with_client(&self.inner)
    }

    /// Gets detailed information for an image. Images are specified with either an `imageTag` or
    /// `imageDigest`.
    ///
    /// Starts a [`BatchGetImageRequest`]: set its members on the builder, then `.send().await`.
    pub fn batch_get_image(&self) -> BatchGetImageRequestBuilder<ecr_runtime::Client> {
        BatchGetImageRequest::builder().with_client(&self.inner)
    }

    /// Gets the scanning configuration for one or more repositories.
    ///
    /// Starts a [`BatchGetRepositoryScanningConfigurationRequest`]: set its members on the builder, then `.send().await`.
    pub fn batch_get_repository_scanning_configuration(
        &self,
    ) -> BatchGetRepositoryScanningConfigurationRequestBuilder<ecr_runtime::Client> {
        BatchGetRepositoryScanningConfigurationRequest::builder().with_client(&self.inner)
    }

    /// Informs Amazon ECR that the image layer upload has completed for a specified registry,
    /// repository name, and upload ID. You can optionally provide a `sha256` digest of the image
    /// layer for data validation purposes.
    ///
    /// Starts a [`CompleteLayerUploadRequest`]: set its members on the builder, then `.send().await`.
    pub fn complete_layer_upload(&self) -> CompleteLayerUploadRequestBuilder<ecr_runtime::Client> {
        CompleteLayerUploadRequest::builder().with_client(&self.inner)
    }

    /// Creates a pull through cache rule. A pull through cache rule provides a way to cache images
    /// from an upstream registry source in your Amazon ECR private registry. For more information,
    /// see [Using pull through cache
    /// rules](https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html) in
    /// the *Amazon Elastic Container Registry User Guide*.
    ///
    /// Starts a [`CreatePullThroughCacheRuleRequest`]: set its members on the builder, then `.send().await`.
    pub fn create_pull_through_cache_rule(
        &self,
    ) -> CreatePullThroughCacheRuleRequestBuilder<ecr_runtime::Client> {
        CreatePullThroughCacheRuleRequest::builder().with_client(&self.inner)
    }

    /// Creates a repository. For more information, see [Amazon ECR
    /// repositories](https://docs.aws.amazon.com/AmazonECR/latest/userguide/Repositories.html) in
    /// the *Amazon Elastic Container Registry User Guide*.
    ///
    /// Starts a [`CreateRepositoryRequest`]: set its members on the builder, then `.send().await`.
    pub fn create_repository(&self) -> CreateRepositoryRequestBuilder<ecr_runtime::Client> {
        CreateRepositoryRequest::builder().with_client(&self.inner)
    }

    /// Creates a repository creation template. This template is used to define the settings for
    /// repositories created by Amazon ECR on your behalf. For example, repositories created through
    /// pull through cache actions. For more information, see [Private repository creation
    /// templates](https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-creation-templates.html)
    /// in the *Amazon Elastic Container Registry User Guide*.
    ///
    /// Starts a [`CreateRepositoryCreationTemplateRequest`]: set its members on the builder, then `.send().await`.
    pub fn create_repository_creation_template(
        &self,
    ) -> CreateRepositoryCreationTemplateRequestBuilder<ecr_runtime::Client> {
        CreateRepositoryCreationTemplateRequest::builder().with_client(&self.inner)
    }

    /// Deletes the lifecycle policy associated with the specified repository.
    ///
    /// Starts a [`DeleteLifecyclePolicyRequest`]: set its members on the builder, then `.send().await`.
    pub fn delete_lifecycle_policy(
        &self,
    ) -> DeleteLifecyclePolicyRequestBuilder<ecr_runtime::Client> {
        DeleteLifecyclePolicyRequest::builder().with_client(&self.inner)
    }

    /// Deletes a pull through cache rule.
    ///
    /// Starts a [`DeletePullThroughCacheRuleRequest`]: set its members on the builder, then `.send().await`.
    pub fn delete_pull_through_cache_rule(
        &self,
    ) -> DeletePullThroughCacheRuleRequestBuilder<ecr_runtime::Client> {
        DeletePullThroughCacheRuleRequest::builder().with_client(&self.inner)
    }

    /// Deletes the registry permissions policy.
    ///
    /// Starts a [`DeleteRegistryPolicyRequest`]: set its members on the builder, then `.send().await`.
    pub fn delete_registry_policy(
        &self,
    ) -> DeleteRegistryPolicyRequestBuilder<ecr_runtime::Client> {
        DeleteRegistryPolicyRequest::builder().with_client(&self.inner)
    }

    /// Deletes a repository. If the repository isn't empty, you must either delete the contents of
    /// the repository or use the `force` option to delete the repository and have Amazon ECR delete
    /// all of its contents on your behalf.
    ///
    /// Starts a [`DeleteRepositoryRequest`]: set its members on the builder, then `.send().await`.
    pub fn delete_repository(&self) -> DeleteRepositoryRequestBuilder<ecr_runtime::Client> {
        DeleteRepositoryRequest::builder().with_client(&self.inner)
    }

    /// Deletes a repository creation template.
    ///
    /// Starts a [`DeleteRepositoryCreationTemplateRequest`]: set its members on the builder, then `.send().await`.
    pub fn delete_repository_creation_template(
        &self,
    ) -> DeleteRepositoryCreationTemplateRequestBuilder<ecr_runtime::Client> {
        DeleteRepositoryCreationTemplateRequest::builder().with_client(&self.inner)
    }

    /// Deletes the repository policy associated with the specified repository.
    ///
    /// Starts a [`DeleteRepositoryPolicyRequest`]: set its members on the builder, then `.send().await`.
    pub fn delete_repository_policy(
        &self,
    ) -> DeleteRepositoryPolicyRequestBuilder<ecr_runtime::Client> {
        DeleteRepositoryPolicyRequest::builder().with_client(&self.inner)
    }

    /// Deletes the registry's signing configuration. Images pushed after deletion of the signing
    /// configuration will no longer be automatically signed.
    ///
    /// Starts a [`DeleteSigningConfigurationRequest`]: set its members on the builder, then `.send().await`.
    pub fn delete_signing_configuration(
        &self,
    ) -> DeleteSigningConfigurationRequestBuilder<ecr_runtime::Client> {
        DeleteSigningConfigurationRequest::builder().with_client(&self.inner)
    }

    /// Removes a principal from the pull time update exclusion list for a registry. Once removed,
    /// Amazon ECR will resume updating the pull time if the specified principal pulls an image.
    ///
    /// Starts a [`DeregisterPullTimeUpdateExclusionRequest`]: set its members on the builder, then `.send().await`.
    pub fn deregister_pull_time_update_exclusion(
        &self,
    ) -> DeregisterPullTimeUpdateExclusionRequestBuilder<ecr_runtime::Client> {
        DeregisterPullTimeUpdateExclusionRequest::builder().with_client(&self.inner)
    }

    /// Returns the replication status for a specified image.
    ///
    /// Starts a [`DescribeImageReplicationStatusRequest`]: set its members on the builder, then `.send().await`.
    pub fn describe_image_replication_status(
        &self,
    ) -> DescribeImageReplicationStatusRequestBuilder<ecr_runtime::Client> {
        DescribeImageReplicationStatusRequest::builder().with_client(&self.inner)
    }

    /// Returns the scan findings for the specified image.
    ///
    /// Starts a [`DescribeImageScanFindingsRequest`]: set its members on the builder, then `.send().await`.
    pub fn describe_image_scan_findings(
        &self,
    ) -> DescribeImageScanFindingsRequestBuilder<ecr_runtime::Client> {
        DescribeImageScanFindingsRequest::builder().with_client(&self.inner)
    }

    /// Returns the signing status for a specified image. If the image matched signing rules that
    /// reference different signing profiles, a status is returned for each profile.
    ///
    /// Starts a [`DescribeImageSigningStatusRequest`]: set its members on the builder, then `.send().await`.
    pub fn describe_image_signing_status(
        &self,
    ) -> DescribeImageSigningStatusRequestBuilder<ecr_runtime::Client> {
        DescribeImageSigningStatusRequest::builder().with_client(&self.inner)
    }

    /// Returns metadata about the images in a repository.
    ///
    /// Starts a [`DescribeImagesRequest`]: set its members on the builder, then `.send().await`.
    pub fn describe_images(&self) -> DescribeImagesRequestBuilder<ecr_runtime::Client> {
        DescribeImagesRequest::builder().with_client(&self.inner)
    }

    /// Returns the pull through cache rules for a registry.
    ///
    /// Starts a [`DescribePullThroughCacheRulesRequest`]: set its members on the builder, then `.send().await`.
    pub fn describe_pull_through_cache_rules(
        &self,
    ) -> DescribePullThroughCacheRulesRequestBuilder<ecr_runtime::Client> {
        DescribePullThroughCacheRulesRequest::builder().with_client(&self.inner)
    }

    /// Describes the settings for a registry. The replication configuration for a repository can be
    /// created or updated with the PutReplicationConfiguration API action.
    ///
    /// Starts a [`DescribeRegistryRequest`]: set its members on the builder, then `.send().await`.
    pub fn describe_registry(&self) -> DescribeRegistryRequestBuilder<ecr_runtime::Client> {
        DescribeRegistryRequest::builder().with_client(&self.inner)
    }

    /// Returns the status, progress, and per-image results for a replication backfill. The backfill
    /// to describe is identified by the `replicationBackfillId` returned by the
    /// StartReplicationBackfill operation.
    ///
    /// Starts a [`DescribeReplicationBackfillResultsRequest`]: set its members on the builder, then `.send().await`.
    pub fn describe_replication_backfill_results(
        &self,
    ) -> DescribeReplicationBackfillResultsRequestBuilder<ecr_runtime::Client> {
        DescribeReplicationBackfillResultsRequest::builder().with_client(&self.inner)
    }

    /// Describes image repositories in a registry.
    ///
    /// Starts a [`DescribeRepositoriesRequest`]: set its members on the builder, then `.send().await`.
    pub fn describe_repositories(&self) -> DescribeRepositoriesRequestBuilder<ecr_runtime::Client> {
        DescribeRepositoriesRequest::builder().with_client(&self.inner)
    }

    /// Returns details about the repository creation templates in a registry. The `prefixes`
    /// request parameter can be used to return the details for a specific repository creation
    /// template.
    ///
    /// Starts a [`DescribeRepositoryCreationTemplatesRequest`]: set its members on the builder, then `.send().await`.
    pub fn describe_repository_creation_templates(
        &self,
    ) -> DescribeRepositoryCreationTemplatesRequestBuilder<ecr_runtime::Client> {
        DescribeRepositoryCreationTemplatesRequest::builder().with_client(&self.inner)
    }

    /// Retrieves the account setting value for the specified setting name.
    ///
    /// Starts a [`GetAccountSettingRequest`]: set its members on the builder, then `.send().await`.
    pub fn get_account_setting(&self) -> GetAccountSettingRequestBuilder<ecr_runtime::Client> {
        GetAccountSettingRequest::builder().with_client(&self.inner)
    }

    /// Retrieves an authorization token. An authorization token represents your IAM authentication
    /// credentials and can be used to access any Amazon ECR registry that your IAM principal has
    /// access to. The authorization token is valid for 12 hours.
    ///
    /// Starts a [`GetAuthorizationTokenRequest`]: set its members on the builder, then `.send().await`.
    pub fn get_authorization_token(
        &self,
    ) -> GetAuthorizationTokenRequestBuilder<ecr_runtime::Client> {
        GetAuthorizationTokenRequest::builder().with_client(&self.inner)
    }

    /// Retrieves the pre-signed Amazon S3 download URL corresponding to an image layer. You can
    /// only get URLs for image layers that are referenced in an image.
    ///
    /// Starts a [`GetDownloadUrlForLayerRequest`]: set its members on the builder, then `.send().await`.
    pub fn get_download_url_for_layer(
        &self,
    ) -> GetDownloadUrlForLayerRequestBuilder<ecr_runtime::Client> {
        GetDownloadUrlForLayerRequest::builder().with_client(&self.inner)
    }

    /// Retrieves the lifecycle policy for the specified repository.
    ///
    /// Starts a [`GetLifecyclePolicyRequest`]: set its members on the builder, then `.send().await`.
    pub fn get_lifecycle_policy(&self) -> GetLifecyclePolicyRequestBuilder<ecr_runtime::Client> {
        GetLifecyclePolicyRequest::builder().with_client(&self.inner)
    }

    /// Retrieves the results of the lifecycle policy preview request for the specified repository.
    ///
    /// Starts a [`GetLifecyclePolicyPreviewRequest`]: set its members on the builder, then `.send().await`.
    pub fn get_lifecycle_policy_preview(
        &self,
    ) -> GetLifecyclePolicyPreviewRequestBuilder<ecr_runtime::Client> {
        GetLifecyclePolicyPreviewRequest::builder().with_client(&self.inner)
    }

    /// Retrieves the permissions policy for a registry.
    ///
    /// Starts a [`GetRegistryPolicyRequest`]: set its members on the builder, then `.send().await`.
    pub fn get_registry_policy(&self) -> GetRegistryPolicyRequestBuilder<ecr_runtime::Client> {
        GetRegistryPolicyRequest::builder().with_client(&self.inner)
    }

    /// Retrieves the scanning configuration for a registry.
    ///
    /// Starts a [`GetRegistryScanningConfigurationRequest`]: set its members on the builder, then `.send().await`.
    pub fn get_registry_scanning_configuration(
        &self,
    ) -> GetRegistryScanningConfigurationRequestBuilder<ecr_runtime::Client> {
        GetRegistryScanningConfigurationRequest::builder().with_client(&self.inner)
    }

    /// Retrieves the repository policy for the specified repository.
    ///
    /// Starts a [`GetRepositoryPolicyRequest`]: set its members on the builder, then `.send().await`.
    pub fn get_repository_policy(&self) -> GetRepositoryPolicyRequestBuilder<ecr_runtime::Client> {
        GetRepositoryPolicyRequest::builder().with_client(&self.inner)
    }

    /// Retrieves the registry's signing configuration, which defines rules for automatically
    /// signing images using Amazon Web Services Signer.
    ///
    /// Starts a [`GetSigningConfigurationRequest`]: set its members on the builder, then `.send().await`.
    pub fn get_signing_configuration(
        &self,
    ) -> GetSigningConfigurationRequestBuilder<ecr_runtime::Client> {
        GetSigningConfigurationRequest::builder().with_client(&self.inner)
    }

    /// Notifies Amazon ECR that you intend to upload an image layer.
    ///
    /// Starts a [`InitiateLayerUploadRequest`]: set its members on the builder, then `.send().await`.
    pub fn initiate_layer_upload(&self) -> InitiateLayerUploadRequestBuilder<ecr_runtime::Client> {
        InitiateLayerUploadRequest::builder().with_client(&self.inner)
    }

    /// Lists the artifacts associated with a specified subject image.
    ///
    /// Starts a [`ListImageReferrersRequest`]: set its members on the builder, then `.send().await`.
    pub fn list_image_referrers(&self) -> ListImageReferrersRequestBuilder<ecr_runtime::Client> {
        ListImageReferrersRequest::builder().with_client(&self.inner)
    }

    /// Lists all the image IDs for the specified repository.
    ///
    /// Starts a [`ListImagesRequest`]: set its members on the builder, then `.send().await`.
    pub fn list_images(&self) -> ListImagesRequestBuilder<ecr_runtime::Client> {
        ListImagesRequest::builder().with_client(&self.inner)
    }

    /// Lists the IAM principals that are excluded from having their image pull times recorded.
    ///
    /// Starts a [`ListPullTimeUpdateExclusionsRequest`]: set its members on the builder, then `.send().await`.
    pub fn list_pull_time_update_exclusions(
        &self,
    ) -> ListPullTimeUpdateExclusionsRequestBuilder<ecr_runtime::Client> {
        ListPullTimeUpdateExclusionsRequest::builder().with_client(&self.inner)
    }

    /// Lists the replication backfills for a registry, including their status and progress.
    ///
    /// Starts a [`ListReplicationBackfillsRequest`]: set its members on the builder, then `.send().await`.
    pub fn list_replication_backfills(
        &self,
    ) -> ListReplicationBackfillsRequestBuilder<ecr_runtime::Client> {
        ListReplicationBackfillsRequest::builder().with_client(&self.inner)
    }

    /// List the tags for an Amazon ECR resource.
    ///
    /// Starts a [`ListTagsForResourceRequest`]: set its members on the builder, then `.send().await`.
    pub fn list_tags_for_resource(&self) -> ListTagsForResourceRequestBuilder<ecr_runtime::Client> {
        ListTagsForResourceRequest::builder().with_client(&self.inner)
    }

    /// Allows you to change the basic scan type version or registry policy scope.
    ///
    /// Starts a [`PutAccountSettingRequest`]: set its members on the builder, then `.send().await`.
    pub fn put_account_setting(&self) -> PutAccountSettingRequestBuilder<ecr_runtime::Client> {
        PutAccountSettingRequest::builder().with_client(&self.inner)
    }

    /// Creates or updates the image manifest and tags associated with an image.
    ///
    /// Starts a [`PutImageRequest`]: set its members on the builder, then `.send().await`.
    pub fn put_image(&self) -> PutImageRequestBuilder<ecr_runtime::Client> {
        PutImageRequest::builder().with_client(&self.inner)
    }

    /// **Important:** The `PutImageScanningConfiguration` API is being deprecated, in favor of
    /// specifying the image scanning configuration at the registry level. For more information, see
    /// PutRegistryScanningConfiguration.
    ///
    /// Starts a [`PutImageScanningConfigurationRequest`]: set its members on the builder, then `.send().await`.
    pub fn put_image_scanning_configuration(
        &self,
    ) -> PutImageScanningConfigurationRequestBuilder<ecr_runtime::Client> {
        PutImageScanningConfigurationRequest::builder().with_client(&self.inner)
    }

    /// Updates the image tag mutability settings for the specified repository. For more
    /// information, see [Image tag
    /// mutability](https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html)
    /// in the *Amazon Elastic Container Registry User Guide*.
    ///
    /// Starts a [`PutImageTagMutabilityRequest`]: set its members on the builder, then `.send().await`.
    pub fn put_image_tag_mutability(
        &self,
    ) -> PutImageTagMutabilityRequestBuilder<ecr_runtime::Client> {
        PutImageTagMutabilityRequest::builder().with_client(&self.inner)
    }

    /// Creates or updates the lifecycle policy for the specified repository. For more information,
    /// see [Lifecycle policy
    /// template](https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html).
    ///
    /// Starts a [`PutLifecyclePolicyRequest`]: set its members on the builder, then `.send().await`.
    pub fn put_lifecycle_policy(&self) -> PutLifecyclePolicyRequestBuilder<ecr_runtime::Client> {
        PutLifecyclePolicyRequest::builder().with_client(&self.inner)
    }

    /// Creates or updates the permissions policy for your registry.
    ///
    /// Starts a [`PutRegistryPolicyRequest`]: set its members on the builder, then `.send().await`.
    pub fn put_registry_policy(&self) -> PutRegistryPolicyRequestBuilder<ecr_runtime::Client> {
        PutRegistryPolicyRequest::builder().with_client(&self.inner)
    }

    /// Creates or updates the scanning configuration for your private registry.
    ///
    /// Starts a [`PutRegistryScanningConfigurationRequest`]: set its members on the builder, then `.send().await`.
    pub fn put_registry_scanning_configuration(
        &self,
    ) -> PutRegistryScanningConfigurationRequestBuilder<ecr_runtime::Client> {
        PutRegistryScanningConfigurationRequest::builder().with_client(&self.inner)
    }

    /// Creates or updates the replication configuration for a registry. The existing replication
    /// configuration for a repository can be retrieved with the DescribeRegistry API action. The
    /// first time the PutReplicationConfiguration API is called, a service-linked IAM role is
    /// created in your account for the replication process. For more information, see [Using
    /// service-linked roles for Amazon
    /// ECR](https://docs.aws.amazon.com/AmazonECR/latest/userguide/using-service-linked-roles.html)
    /// in the *Amazon Elastic Container Registry User Guide*. For more information on the custom
    /// role for replication, see [Creating an IAM role for
    /// replication](https://docs.aws.amazon.com/AmazonECR/latest/userguide/replication-creation-templates.html#roles-creatingrole-user-console).
    ///
    /// Starts a [`PutReplicationConfigurationRequest`]: set its members on the builder, then `.send().await`.
    pub fn put_replication_configuration(
        &self,
    ) -> PutReplicationConfigurationRequestBuilder<ecr_runtime::Client> {
        PutReplicationConfigurationRequest::builder().with_client(&self.inner)
    }

    /// Creates or updates the registry's signing configuration, which defines rules for
    /// automatically signing images with Amazon Web Services Signer.
    ///
    /// Starts a [`PutSigningConfigurationRequest`]: set its members on the builder, then `.send().await`.
    pub fn put_signing_configuration(
        &self,
    ) -> PutSigningConfigurationRequestBuilder<ecr_runtime::Client> {
        PutSigningConfigurationRequest::builder().with_client(&self.inner)
    }

    /// Adds an IAM principal to the pull time update exclusion list for a registry. Amazon ECR will
    /// not record the pull time if an excluded principal pulls an image.
    ///
    /// Starts a [`RegisterPullTimeUpdateExclusionRequest`]: set its members on the builder, then `.send().await`.
    pub fn register_pull_time_update_exclusion(
        &self,
    ) -> RegisterPullTimeUpdateExclusionRequestBuilder<ecr_runtime::Client> {
        RegisterPullTimeUpdateExclusionRequest::builder().with_client(&self.inner)
    }

    /// Applies a repository policy to the specified repository to control access permissions. For
    /// more information, see [Amazon ECR Repository
    /// policies](https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html)
    /// in the *Amazon Elastic Container Registry User Guide*.
    ///
    /// Starts a [`SetRepositoryPolicyRequest`]: set its members on the builder, then `.send().await`.
    pub fn set_repository_policy(&self) -> SetRepositoryPolicyRequestBuilder<ecr_runtime::Client> {
        SetRepositoryPolicyRequest::builder().with_client(&self.inner)
    }

    /// Starts a basic image vulnerability scan.
    ///
    /// Starts a [`StartImageScanRequest`]: set its members on the builder, then `.send().await`.
    pub fn start_image_scan(&self) -> StartImageScanRequestBuilder<ecr_runtime::Client> {
        StartImageScanRequest::builder().with_client(&self.inner)
    }

    /// Starts a preview of a lifecycle policy for the specified repository. This allows you to see
    /// the results before associating the lifecycle policy with the repository.
    ///
    /// Starts a [`StartLifecyclePolicyPreviewRequest`]: set its members on the builder, then `.send().await`.
    pub fn start_lifecycle_policy_preview(
        &self,
    ) -> StartLifecyclePolicyPreviewRequestBuilder<ecr_runtime::Client> {
        StartLifecyclePolicyPreviewRequest::builder().with_client(&self.inner)
    }

    /// Starts a replication backfill for a registry. A replication backfill replicates a registry's
    /// existing images that match its replication configuration to the specified destination. Use
    /// the DescribeReplicationBackfillResults operation to monitor the progress of a replication
    /// backfill, and to retrieve its per-image results after it reaches a terminal status.
    ///
    /// Starts a [`StartReplicationBackfillRequest`]: set its members on the builder, then `.send().await`.
    pub fn start_replication_backfill(
        &self,
    ) -> StartReplicationBackfillRequestBuilder<ecr_runtime::Client> {
        StartReplicationBackfillRequest::builder().with_client(&self.inner)
    }

    /// Stops an in progress replication backfill for a registry. The backfill to stop is identified
    /// by the `replicationBackfillId` returned by the StartReplicationBackfill operation.
    ///
    /// Starts a [`StopReplicationBackfillRequest`]: set its members on the builder, then `.send().await`.
    pub fn stop_replication_backfill(
        &self,
    ) -> StopReplicationBackfillRequestBuilder<ecr_runtime::Client> {
        StopReplicationBackfillRequest::builder().with_client(&self.inner)
    }

    /// Adds specified tags to a resource with the specified ARN. Existing tags on a resource are
    /// not changed if they are not specified in the request parameters.
    ///
    /// Starts a [`TagResourceRequest`]: set its members on the builder, then `.send().await`.
    pub fn tag_resource(&self) -> TagResourceRequestBuilder<ecr_runtime::Client> {
        TagResourceRequest::builder().with_client(&self.inner)
    }

    /// Deletes specified tags from a resource.
    ///
    /// Starts a [`UntagResourceRequest`]: set its members on the builder, then `.send().await`.
    pub fn untag_resource(&self) -> UntagResourceRequestBuilder<ecr_runtime::Client> {
        UntagResourceRequest::builder().with_client(&self.inner)
    }

    /// Transitions an image between storage classes. You can transition images from Amazon ECR
    /// standard storage class to Amazon ECR archival storage class for long-term storage, or
    /// restore archived images back to Amazon ECR standard.
    ///
    /// Starts a [`UpdateImageStorageClassRequest`]: set its members on the builder, then `.send().await`.
    pub fn update_image_storage_class(
        &self,
    ) -> UpdateImageStorageClassRequestBuilder<ecr_runtime::Client> {
        UpdateImageStorageClassRequest::builder().with_client(&self.inner)
    }

    /// Updates an existing pull through cache rule.
    ///
    /// Starts a [`UpdatePullThroughCacheRuleRequest`]: set its members on the builder, then `.send().await`.
    pub fn update_pull_through_cache_rule(
        &self,
    ) -> UpdatePullThroughCacheRuleRequestBuilder<ecr_runtime::Client> {
        UpdatePullThroughCacheRuleRequest::builder().with_client(&self.inner)
    }

    /// Updates an existing repository creation template.
    ///
    /// Starts a [`UpdateRepositoryCreationTemplateRequest`]: set its members on the builder, then `.send().await`.
    pub fn update_repository_creation_template(
        &self,
    ) -> UpdateRepositoryCreationTemplateRequestBuilder<ecr_runtime::Client> {
        UpdateRepositoryCreationTemplateRequest::builder().with_client(&self.inner)
    }

    /// Uploads an image layer part to Amazon ECR.
    ///
    /// Starts a [`UploadLayerPartRequest`]: set its members on the builder, then `.send().await`.
    pub fn upload_layer_part(&self) -> UploadLayerPartRequestBuilder<ecr_runtime::Client> {
        UploadLayerPartRequest::builder().with_client(&self.inner)
    }

    /// Validates an existing pull through cache rule for an upstream registry that requires
    /// authentication. This will retrieve the contents of the Amazon Web Services Secrets Manager
    /// secret, verify the syntax, and then validate that authentication to the upstream registry is
    /// successful.
    ///
    /// Starts a [`ValidatePullThroughCacheRuleRequest`]: set its members on the builder, then `.send().await`.
    pub fn validate_pull_through_cache_rule(
        &self,
    ) -> ValidatePullThroughCacheRuleRequestBuilder<ecr_runtime::Client> {
        ValidatePullThroughCacheRuleRequest::builder().with_client(&self.inner)
    }
}
