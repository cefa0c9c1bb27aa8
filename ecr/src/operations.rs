// Written by `cargo xtask codegen` from `ecr/model/`: edit the generator
// (`xtask/src/codegen.rs`) or the model, then run it again.

//! The request and the output of every operation.

use crate::errors::*;
use crate::types::*;
use ecr_runtime::OffsetDateTime;
use ecr_runtime::{aws_operation, aws_service, aws_shape};

/// Amazon Elastic Container Registry.
///
/// The service the operations below belong to. [`Client::new`](crate::Client::new)
/// makes a client of it, and an operation declared outside this crate names it with
/// `#[aws_operation(service = ecr::Ecr, ..)]`.
#[aws_service(
    id = "ECR",
    signing_name = "ecr",
    endpoint_prefix = "api.ecr",
    protocol = "json-1.1",
    target_prefix = "AmazonEC2ContainerRegistry_V20150921",
    endpoint_rules = "model/endpoint-rule-set-1.json"
)]
pub struct Ecr;

/// Checks the availability of one or more image layers in a repository.
///
/// When an image is pushed to a repository, each image layer is checked to verify if it has
/// been uploaded before. If it has been uploaded, then the image layer is skipped.
///
/// **Note:** This operation is used by the Amazon ECR proxy and is not generally used by
/// customers for pulling and pushing images. In most cases, you should use the `docker` CLI to
/// pull, tag, and push images.
#[aws_operation(
    service = Ecr,
    output = BatchCheckLayerAvailabilityResponse,
    errors(RepositoryNotFoundException, InvalidParameterException, ServerException),
)]
pub struct BatchCheckLayerAvailabilityRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the image
    /// layers to check. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository that is associated with the image layers to check.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The digests of the image layers to check.
    #[length(1, 100)]
    #[each(length(0, 1000))]
    pub layer_digests: Vec<String>,
}

/// The output of BatchCheckLayerAvailability.
#[aws_shape(output)]
pub struct BatchCheckLayerAvailabilityResponse {
    /// A list of image layer objects corresponding to the image layer references in the request.
    pub layers: Option<Vec<Layer>>,
    /// Any failures associated with the call.
    pub failures: Option<Vec<LayerFailure>>,
}

/// Deletes a list of specified images within a repository. Images are specified with either an
/// `imageTag` or `imageDigest`.
///
/// You can remove a tag from an image by specifying the image's tag in your request. When you
/// remove the last tag from an image, the image is deleted from your repository.
///
/// You can completely delete an image (and all of its tags) by specifying the image's digest in
/// your request.
#[aws_operation(
    service = Ecr,
    output = BatchDeleteImageResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException),
)]
pub struct BatchDeleteImageRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the image to
    /// delete. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository that contains the image to delete.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// A list of image ID references that correspond to images to delete. The format of the
    /// `imageIds` reference is `imageTag=tag` or `imageDigest=digest`.
    #[length(1, 100)]
    pub image_ids: Vec<ImageIdentifier>,
}

/// The output of BatchDeleteImage.
#[aws_shape(output)]
pub struct BatchDeleteImageResponse {
    /// The image IDs of the deleted images.
    #[length(1, 100)]
    pub image_ids: Option<Vec<ImageIdentifier>>,
    /// Any failures associated with the call.
    pub failures: Option<Vec<ImageFailure>>,
}

/// Gets detailed information for an image. Images are specified with either an `imageTag` or
/// `imageDigest`.
///
/// When an image is pulled, the BatchGetImage API is called once to retrieve the image
/// manifest.
#[aws_operation(
    service = Ecr,
    output = BatchGetImageResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, LimitExceededException, UnableToGetUpstreamImageException),
)]
pub struct BatchGetImageRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the images to
    /// describe. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository that contains the images to describe.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// A list of image ID references that correspond to images to describe. The format of the
    /// `imageIds` reference is `imageTag=tag` or `imageDigest=digest`.
    #[length(1, 100)]
    pub image_ids: Vec<ImageIdentifier>,
    /// The accepted media types for the request.
    ///
    /// Valid values: `application/vnd.docker.distribution.manifest.v1+json` |
    /// `application/vnd.docker.distribution.manifest.v2+json` |
    /// `application/vnd.oci.image.manifest.v1+json`
    #[length(1, 100)]
    pub accepted_media_types: Option<Vec<String>>,
}

/// The output of BatchGetImage.
#[aws_shape(output)]
pub struct BatchGetImageResponse {
    /// A list of image objects corresponding to the image references in the request.
    pub images: Option<Vec<Image>>,
    /// Any failures associated with the call.
    pub failures: Option<Vec<ImageFailure>>,
}

/// Gets the scanning configuration for one or more repositories.
#[aws_operation(
    service = Ecr,
    output = BatchGetRepositoryScanningConfigurationResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, ValidationException),
)]
pub struct BatchGetRepositoryScanningConfigurationRequest {
    /// One or more repository names to get the scanning configuration for.
    #[length(1, 25)]
    #[each(
        length(2, 256),
        pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")
    )]
    pub repository_names: Vec<String>,
}

/// The output of BatchGetRepositoryScanningConfiguration.
#[aws_shape(output)]
pub struct BatchGetRepositoryScanningConfigurationResponse {
    /// The scanning configuration for the requested repositories.
    pub scanning_configurations: Option<Vec<RepositoryScanningConfiguration>>,
    /// Any failures associated with the call.
    pub failures: Option<Vec<RepositoryScanningConfigurationFailure>>,
}

/// Informs Amazon ECR that the image layer upload has completed for a specified registry,
/// repository name, and upload ID. You can optionally provide a `sha256` digest of the image
/// layer for data validation purposes.
///
/// When an image is pushed, the CompleteLayerUpload API is called once per each new image layer
/// to verify that the upload has completed.
///
/// **Note:** This operation is used by the Amazon ECR proxy and is not generally used by
/// customers for pulling and pushing images. In most cases, you should use the `docker` CLI to
/// pull, tag, and push images.
#[aws_operation(
    service = Ecr,
    output = CompleteLayerUploadResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, UploadNotFoundException, InvalidLayerException, LayerPartTooSmallException, LayerAlreadyExistsException, EmptyUploadException, KmsException),
)]
pub struct CompleteLayerUploadRequest {
    /// The Amazon Web Services account ID associated with the registry to which to upload layers.
    /// If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository to associate with the image layer.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The upload ID from a previous InitiateLayerUpload operation to associate with the image
    /// layer.
    #[pattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    pub upload_id: String,
    /// The `sha256` digest of the image layer.
    #[length(1, 100)]
    #[each(pattern("[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+"))]
    pub layer_digests: Vec<String>,
}

/// The output of CompleteLayerUpload.
#[aws_shape(output)]
pub struct CompleteLayerUploadResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The upload ID associated with the layer.
    #[pattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    pub upload_id: Option<String>,
    /// The `sha256` digest of the image layer.
    #[pattern("[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+")]
    pub layer_digest: Option<String>,
}

/// Creates a pull through cache rule. A pull through cache rule provides a way to cache images
/// from an upstream registry source in your Amazon ECR private registry. For more information,
/// see [Using pull through cache
/// rules](https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html) in
/// the *Amazon Elastic Container Registry User Guide*.
#[aws_operation(
    service = Ecr,
    output = CreatePullThroughCacheRuleResponse,
    errors(ServerException, InvalidParameterException, ValidationException, PullThroughCacheRuleAlreadyExistsException, UnsupportedUpstreamRegistryException, LimitExceededException, UnableToAccessSecretException, SecretNotFoundException, UnableToDecryptSecretValueException),
)]
pub struct CreatePullThroughCacheRuleRequest {
    /// The repository name prefix to use when caching images from the source registry.
    ///
    /// **Important:** There is always an assumed `/` applied to the end of the prefix. If you
    /// specify `ecr-public` as the prefix, Amazon ECR treats that as `ecr-public/`.
    #[length(2, 30)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub ecr_repository_prefix: String,
    /// The registry URL of the upstream public registry to use as the source for the pull through
    /// cache rule. The following is the syntax to use for each supported upstream registry.
    ///
    /// - Amazon ECR (`ecr`) – `<accountId>.dkr.ecr.<region>.amazonaws.com`
    /// - Amazon ECR Public (`ecr-public`) – `public.ecr.aws`
    /// - Docker Hub (`docker-hub`) – `registry-1.docker.io`
    /// - GitHub Container Registry (`github-container-registry`) – `ghcr.io`
    /// - GitLab Container Registry (`gitlab-container-registry`) – `registry.gitlab.com`
    /// - Kubernetes (`k8s`) – `registry.k8s.io`
    /// - Microsoft Azure Container Registry (`azure-container-registry`) – `<custom>.azurecr.io`
    /// - Quay (`quay`) – `quay.io`
    pub upstream_registry_url: String,
    /// The Amazon Web Services account ID associated with the registry to create the pull through
    /// cache rule for. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the upstream registry.
    pub upstream_registry: Option<UpstreamRegistry>,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Secrets Manager secret that
    /// identifies the credentials to authenticate to the upstream registry.
    #[length(50, 612)]
    #[pattern(
        "^arn:aws(-\\w+)*:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr\\-pullthroughcache\\/[a-zA-Z0-9\\/_+=.@-]+$"
    )]
    pub credential_arn: Option<String>,
    /// Amazon Resource Name (ARN) of the IAM role to be assumed by Amazon ECR to authenticate to
    /// the ECR upstream registry. This role must be in the same account as the registry that you
    /// are configuring.
    #[length(max = 2048)]
    pub custom_role_arn: Option<String>,
    /// The repository name prefix of the upstream registry to match with the upstream repository
    /// name. When this field isn't specified, Amazon ECR will use the `ROOT`.
    #[length(2, 30)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub upstream_repository_prefix: Option<String>,
}

/// The output of CreatePullThroughCacheRule.
#[aws_shape(output)]
pub struct CreatePullThroughCacheRuleResponse {
    /// The Amazon ECR repository prefix associated with the pull through cache rule.
    #[length(2, 30)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub ecr_repository_prefix: Option<String>,
    /// The upstream registry URL associated with the pull through cache rule.
    pub upstream_registry_url: Option<String>,
    /// The date and time, in JavaScript date format, when the pull through cache rule was created.
    pub created_at: Option<OffsetDateTime>,
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the upstream registry associated with the pull through cache rule.
    pub upstream_registry: Option<UpstreamRegistry>,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Secrets Manager secret associated
    /// with the pull through cache rule.
    #[length(50, 612)]
    #[pattern(
        "^arn:aws(-\\w+)*:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr\\-pullthroughcache\\/[a-zA-Z0-9\\/_+=.@-]+$"
    )]
    pub credential_arn: Option<String>,
    /// The ARN of the IAM role associated with the pull through cache rule.
    #[length(max = 2048)]
    pub custom_role_arn: Option<String>,
    /// The upstream repository prefix associated with the pull through cache rule.
    #[length(2, 30)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub upstream_repository_prefix: Option<String>,
}

/// Creates a repository. For more information, see [Amazon ECR
/// repositories](https://docs.aws.amazon.com/AmazonECR/latest/userguide/Repositories.html) in
/// the *Amazon Elastic Container Registry User Guide*.
#[aws_operation(
    service = Ecr,
    output = CreateRepositoryResponse,
    errors(ServerException, InvalidParameterException, InvalidTagParameterException, TooManyTagsException, RepositoryAlreadyExistsException, LimitExceededException, KmsException),
)]
pub struct CreateRepositoryRequest {
    /// The Amazon Web Services account ID associated with the registry to create the repository. If
    /// you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name to use for the repository. The repository name may be specified on its own (such as
    /// `nginx-web-app`) or it can be prepended with a namespace to group the repository into a
    /// category (such as `project-a/nginx-web-app`).
    ///
    /// The repository name must start with a letter and can only contain lowercase letters,
    /// numbers, hyphens, underscores, and forward slashes.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The metadata that you apply to the repository to help you categorize and organize them. Each
    /// tag consists of a key and an optional value, both of which you define. Tag keys can have a
    /// maximum character length of 128 characters, and tag values can have a maximum length of 256
    /// characters.
    pub tags: Option<Vec<Tag>>,
    /// The tag mutability setting for the repository. If this parameter is omitted, the default
    /// setting of `MUTABLE` will be used which will allow image tags to be overwritten. If
    /// `IMMUTABLE` is specified, all image tags within the repository will be immutable which will
    /// prevent them from being overwritten.
    pub image_tag_mutability: Option<ImageTagMutability>,
    /// A list of filters that specify which image tags should be excluded from the repository's
    /// image tag mutability setting.
    #[length(1, 5)]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
    /// **Important:** The `imageScanningConfiguration` parameter is being deprecated, in favor of
    /// specifying the image scanning configuration at the registry level. For more information, see
    /// `PutRegistryScanningConfiguration`.
    ///
    /// The image scanning configuration for the repository. This determines whether images are
    /// scanned for known vulnerabilities after being pushed to the repository.
    pub image_scanning_configuration: Option<ImageScanningConfiguration>,
    /// The encryption configuration for the repository. This determines how the contents of your
    /// repository are encrypted at rest.
    pub encryption_configuration: Option<EncryptionConfiguration>,
}

/// The output of CreateRepository.
#[aws_shape(output)]
pub struct CreateRepositoryResponse {
    /// The repository that was created.
    pub repository: Option<Repository>,
}

/// Creates a repository creation template. This template is used to define the settings for
/// repositories created by Amazon ECR on your behalf. For example, repositories created through
/// pull through cache actions. For more information, see [Private repository creation
/// templates](https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-creation-templates.html)
/// in the *Amazon Elastic Container Registry User Guide*.
#[aws_operation(
    service = Ecr,
    output = CreateRepositoryCreationTemplateResponse,
    errors(ServerException, ValidationException, InvalidParameterException, LimitExceededException, TemplateAlreadyExistsException),
)]
pub struct CreateRepositoryCreationTemplateRequest {
    /// The repository namespace prefix to associate with the template. All repositories created
    /// using this namespace prefix will have the settings defined in this template applied. For
    /// example, a prefix of `prod` would apply to all repositories beginning with `prod/`.
    /// Similarly, a prefix of `prod/team` would apply to all repositories beginning with
    /// `prod/team/`.
    ///
    /// To apply a template to all repositories in your registry that don't have an associated
    /// creation template, you can use `ROOT` as the prefix.
    ///
    /// **Important:** There is always an assumed `/` applied to the end of the prefix. If you
    /// specify `ecr-public` as the prefix, Amazon ECR treats that as `ecr-public/`. When using a
    /// pull through cache rule, the repository prefix you specify during rule creation is what you
    /// should specify as your repository creation template prefix as well.
    #[length(1, 256)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub prefix: String,
    /// A description for the repository creation template.
    #[length(max = 256)]
    pub description: Option<String>,
    /// The encryption configuration to use for repositories created using the template.
    pub encryption_configuration: Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    /// The metadata to apply to the repository to help you categorize and organize. Each tag
    /// consists of a key and an optional value, both of which you define. Tag keys can have a
    /// maximum character length of 128 characters, and tag values can have a maximum length of 256
    /// characters.
    pub resource_tags: Option<Vec<Tag>>,
    /// The tag mutability setting for the repository. If this parameter is omitted, the default
    /// setting of `MUTABLE` will be used which will allow image tags to be overwritten. If
    /// `IMMUTABLE` is specified, all image tags within the repository will be immutable which will
    /// prevent them from being overwritten.
    pub image_tag_mutability: Option<ImageTagMutability>,
    /// A list of filters that specify which image tags should be excluded from the repository
    /// creation template's image tag mutability setting.
    #[length(1, 5)]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
    /// The repository policy to apply to repositories created using the template. A repository
    /// policy is a permissions policy associated with a repository to control access permissions.
    #[length(0, 10240)]
    pub repository_policy: Option<String>,
    /// The lifecycle policy to use for repositories created using the template.
    #[length(0, 30720)]
    pub lifecycle_policy: Option<String>,
    /// A list of enumerable strings representing the Amazon ECR repository creation scenarios that
    /// this template will apply towards. The supported scenarios are `PULL_THROUGH_CACHE`,
    /// `REPLICATION`, and `CREATE_ON_PUSH`
    pub applied_for: Vec<RCTAppliedFor>,
    /// The ARN of the role to be assumed by Amazon ECR. This role must be in the same account as
    /// the registry that you are configuring. Amazon ECR will assume your supplied role when the
    /// customRoleArn is specified. When this field isn't specified, Amazon ECR will use the
    /// service-linked role for the repository creation template.
    #[length(max = 2048)]
    pub custom_role_arn: Option<String>,
}

/// The output of CreateRepositoryCreationTemplate.
#[aws_shape(output)]
pub struct CreateRepositoryCreationTemplateResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The details of the repository creation template associated with the request.
    pub repository_creation_template: Option<RepositoryCreationTemplate>,
}

/// Deletes the lifecycle policy associated with the specified repository.
#[aws_operation(
    service = Ecr,
    output = DeleteLifecyclePolicyResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, LifecyclePolicyNotFoundException, ValidationException),
)]
pub struct DeleteLifecyclePolicyRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
}

/// The output of DeleteLifecyclePolicy.
#[aws_shape(output)]
pub struct DeleteLifecyclePolicyResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The JSON lifecycle policy text.
    #[length(100, 30720)]
    pub lifecycle_policy_text: Option<String>,
    /// The time stamp of the last time that the lifecycle policy was run.
    pub last_evaluated_at: Option<OffsetDateTime>,
}

/// Deletes a pull through cache rule.
#[aws_operation(
    service = Ecr,
    output = DeletePullThroughCacheRuleResponse,
    errors(ServerException, InvalidParameterException, ValidationException, PullThroughCacheRuleNotFoundException),
)]
pub struct DeletePullThroughCacheRuleRequest {
    /// The Amazon ECR repository prefix associated with the pull through cache rule to delete.
    #[length(2, 30)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub ecr_repository_prefix: String,
    /// The Amazon Web Services account ID associated with the registry that contains the pull
    /// through cache rule. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
}

/// The output of DeletePullThroughCacheRule.
#[aws_shape(output)]
pub struct DeletePullThroughCacheRuleResponse {
    /// The Amazon ECR repository prefix associated with the request.
    #[length(2, 30)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub ecr_repository_prefix: Option<String>,
    /// The upstream registry URL associated with the pull through cache rule.
    pub upstream_registry_url: Option<String>,
    /// The timestamp associated with the pull through cache rule.
    pub created_at: Option<OffsetDateTime>,
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Secrets Manager secret associated
    /// with the pull through cache rule.
    #[length(50, 612)]
    #[pattern(
        "^arn:aws(-\\w+)*:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr\\-pullthroughcache\\/[a-zA-Z0-9\\/_+=.@-]+$"
    )]
    pub credential_arn: Option<String>,
    /// The ARN of the IAM role associated with the pull through cache rule.
    #[length(max = 2048)]
    pub custom_role_arn: Option<String>,
    /// The upstream repository prefix associated with the pull through cache rule.
    #[length(2, 30)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub upstream_repository_prefix: Option<String>,
}

/// Deletes the registry permissions policy.
#[aws_operation(
    service = Ecr,
    output = DeleteRegistryPolicyResponse,
    errors(ServerException, InvalidParameterException, RegistryPolicyNotFoundException, ValidationException),
)]
pub struct DeleteRegistryPolicyRequest {}

/// The output of DeleteRegistryPolicy.
#[aws_shape(output)]
pub struct DeleteRegistryPolicyResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The contents of the registry permissions policy that was deleted.
    #[length(0, 10240)]
    pub policy_text: Option<String>,
}

/// Deletes a repository. If the repository isn't empty, you must either delete the contents of
/// the repository or use the `force` option to delete the repository and have Amazon ECR delete
/// all of its contents on your behalf.
#[aws_operation(
    service = Ecr,
    output = DeleteRepositoryResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, RepositoryNotEmptyException, KmsException),
)]
pub struct DeleteRepositoryRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// to delete. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository to delete.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// If true, deleting the repository force deletes the contents of the repository. If false, the
    /// repository must be empty before attempting to delete it.
    pub force: Option<bool>,
}

/// The output of DeleteRepository.
#[aws_shape(output)]
pub struct DeleteRepositoryResponse {
    /// The repository that was deleted.
    pub repository: Option<Repository>,
}

/// Deletes a repository creation template.
#[aws_operation(
    service = Ecr,
    output = DeleteRepositoryCreationTemplateResponse,
    errors(ServerException, ValidationException, InvalidParameterException, TemplateNotFoundException),
)]
pub struct DeleteRepositoryCreationTemplateRequest {
    /// The repository namespace prefix associated with the repository creation template.
    #[length(1, 256)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub prefix: String,
}

/// The output of DeleteRepositoryCreationTemplate.
#[aws_shape(output)]
pub struct DeleteRepositoryCreationTemplateResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The details of the repository creation template that was deleted.
    pub repository_creation_template: Option<RepositoryCreationTemplate>,
}

/// Deletes the repository policy associated with the specified repository.
#[aws_operation(
    service = Ecr,
    output = DeleteRepositoryPolicyResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, RepositoryPolicyNotFoundException),
)]
pub struct DeleteRepositoryPolicyRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// policy to delete. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository that is associated with the repository policy to delete.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
}

/// The output of DeleteRepositoryPolicy.
#[aws_shape(output)]
pub struct DeleteRepositoryPolicyResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The JSON repository policy that was deleted from the repository.
    #[length(0, 10240)]
    pub policy_text: Option<String>,
}

/// Deletes the registry's signing configuration. Images pushed after deletion of the signing
/// configuration will no longer be automatically signed.
///
/// For more information, see [Managed
/// signing](https://docs.aws.amazon.com/AmazonECR/latest/userguide/managed-signing.html) in the
/// *Amazon Elastic Container Registry User Guide*.
///
/// **Note:** Deleting the signing configuration does not affect existing image signatures.
#[aws_operation(
    service = Ecr,
    output = DeleteSigningConfigurationResponse,
    errors(ServerException, ValidationException, SigningConfigurationNotFoundException),
)]
pub struct DeleteSigningConfigurationRequest {}

/// The output of DeleteSigningConfiguration.
#[aws_shape(output)]
pub struct DeleteSigningConfigurationResponse {
    /// The Amazon Web Services account ID associated with the registry.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The registry's deleted signing configuration.
    pub signing_configuration: Option<SigningConfiguration>,
}

/// Removes a principal from the pull time update exclusion list for a registry. Once removed,
/// Amazon ECR will resume updating the pull time if the specified principal pulls an image.
#[aws_operation(
    service = Ecr,
    output = DeregisterPullTimeUpdateExclusionResponse,
    errors(InvalidParameterException, ExclusionNotFoundException, LimitExceededException, ValidationException, ServerException),
)]
pub struct DeregisterPullTimeUpdateExclusionRequest {
    /// The ARN of the IAM principal to remove from the pull time update exclusion list.
    #[length(max = 200)]
    #[pattern("^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[\\w+=,.@-]+(/[\\w+=,.@-]+)*$")]
    pub principal_arn: String,
}

/// The output of DeregisterPullTimeUpdateExclusion.
#[aws_shape(output)]
pub struct DeregisterPullTimeUpdateExclusionResponse {
    /// The ARN of the IAM principal that was removed from the pull time update exclusion list.
    #[length(max = 200)]
    #[pattern("^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[\\w+=,.@-]+(/[\\w+=,.@-]+)*$")]
    pub principal_arn: Option<String>,
}

/// Returns the replication status for a specified image.
#[aws_operation(
    service = Ecr,
    output = DescribeImageReplicationStatusResponse,
    errors(ServerException, InvalidParameterException, ImageNotFoundException, RepositoryNotFoundException, ValidationException),
)]
pub struct DescribeImageReplicationStatusRequest {
    /// The name of the repository that the image is in.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The `imageId` member.
    pub image_id: ImageIdentifier,
    /// The Amazon Web Services account ID associated with the registry. If you do not specify a
    /// registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
}

/// The output of DescribeImageReplicationStatus.
#[aws_shape(output)]
pub struct DescribeImageReplicationStatusResponse {
    /// The repository name associated with the request.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The `imageId` member.
    pub image_id: Option<ImageIdentifier>,
    /// The replication status details for the images in the specified repository.
    pub replication_statuses: Option<Vec<ImageReplicationStatus>>,
}

/// Returns the scan findings for the specified image.
#[aws_operation(
    service = Ecr,
    output = DescribeImageScanFindingsResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, ImageNotFoundException, ScanNotFoundException, ValidationException),
)]
pub struct DescribeImageScanFindingsRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// in which to describe the image scan findings for. If you do not specify a registry, the
    /// default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository for the image for which to describe the scan findings.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The `imageId` member.
    pub image_id: ImageIdentifier,
    /// The `nextToken` value returned from a previous paginated `DescribeImageScanFindings` request
    /// where `maxResults` was used and the results exceeded the value of that parameter. Pagination
    /// continues from the end of the previous results that returned the `nextToken` value. This
    /// value is null when there are no more results to return.
    pub next_token: Option<String>,
    /// The maximum number of image scan results returned by `DescribeImageScanFindings` in
    /// paginated output. When this parameter is used, `DescribeImageScanFindings` only returns
    /// `maxResults` results in a single page along with a `nextToken` response element. The
    /// remaining results of the initial request can be seen by sending another
    /// `DescribeImageScanFindings` request with the returned `nextToken` value. This value can be
    /// between 1 and 1000. If this parameter is not used, then `DescribeImageScanFindings` returns
    /// up to 100 results and a `nextToken` value, if applicable.
    #[range(1, 1000)]
    pub max_results: Option<i32>,
}

/// The output of DescribeImageScanFindings.
#[aws_shape(output)]
pub struct DescribeImageScanFindingsResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The `imageId` member.
    pub image_id: Option<ImageIdentifier>,
    /// The current state of the scan.
    pub image_scan_status: Option<ImageScanStatus>,
    /// The information contained in the image scan findings.
    pub image_scan_findings: Option<ImageScanFindings>,
    /// The `nextToken` value to include in a future `DescribeImageScanFindings` request. When the
    /// results of a `DescribeImageScanFindings` request exceed `maxResults`, this value can be used
    /// to retrieve the next page of results. This value is null when there are no more results to
    /// return.
    pub next_token: Option<String>,
}

/// Returns the signing status for a specified image. If the image matched signing rules that
/// reference different signing profiles, a status is returned for each profile.
///
/// For more information, see [Managed
/// signing](https://docs.aws.amazon.com/AmazonECR/latest/userguide/managed-signing.html) in the
/// *Amazon Elastic Container Registry User Guide*.
#[aws_operation(
    service = Ecr,
    output = DescribeImageSigningStatusResponse,
    errors(ServerException, InvalidParameterException, ValidationException, ImageNotFoundException, RepositoryNotFoundException),
)]
pub struct DescribeImageSigningStatusRequest {
    /// The name of the repository that contains the image.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// An object containing identifying information for an image.
    pub image_id: ImageIdentifier,
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
}

/// The output of DescribeImageSigningStatus.
#[aws_shape(output)]
pub struct DescribeImageSigningStatusResponse {
    /// The name of the repository.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// An object with identifying information for the image.
    pub image_id: Option<ImageIdentifier>,
    /// The Amazon Web Services account ID associated with the registry.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// A list of signing statuses for the specified image. Each status corresponds to a signing
    /// profile.
    pub signing_statuses: Option<Vec<ImageSigningStatus>>,
}

/// Returns metadata about the images in a repository.
///
/// **Note:** Starting with Docker version 1.9, the Docker client compresses image layers before
/// pushing them to a V2 Docker registry. The output of the `docker images` command shows the
/// uncompressed image size. Therefore, Docker might return a larger image than the image shown
/// in the Amazon Web Services Management Console.
///
/// **Important:** The new version of Amazon ECR *Basic Scanning* doesn't use the
/// ImageDetail$imageScanFindingsSummary and ImageDetail$imageScanStatus attributes from the API
/// response to return scan results. Use the DescribeImageScanFindings API instead. For more
/// information about Amazon Web Services native basic scanning, see [ Scan images for software
/// vulnerabilities in Amazon
/// ECR](https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html).
#[aws_operation(
    service = Ecr,
    output = DescribeImagesResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, ImageNotFoundException),
)]
pub struct DescribeImagesRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// in which to describe images. If you do not specify a registry, the default registry is
    /// assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository that contains the images to describe.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The list of image IDs for the requested repository.
    #[length(1, 100)]
    pub image_ids: Option<Vec<ImageIdentifier>>,
    /// The `nextToken` value returned from a previous paginated `DescribeImages` request where
    /// `maxResults` was used and the results exceeded the value of that parameter. Pagination
    /// continues from the end of the previous results that returned the `nextToken` value. This
    /// value is `null` when there are no more results to return. This option cannot be used when
    /// you specify images with `imageIds`.
    pub next_token: Option<String>,
    /// The maximum number of repository results returned by `DescribeImages` in paginated output.
    /// When this parameter is used, `DescribeImages` only returns `maxResults` results in a single
    /// page along with a `nextToken` response element. The remaining results of the initial request
    /// can be seen by sending another `DescribeImages` request with the returned `nextToken` value.
    /// This value can be between 1 and 1000. If this parameter is not used, then `DescribeImages`
    /// returns up to 100 results and a `nextToken` value, if applicable. This option cannot be used
    /// when you specify images with `imageIds`.
    #[range(1, 1000)]
    pub max_results: Option<i32>,
    /// The filter key and value with which to filter your `DescribeImages` results.
    pub filter: Option<DescribeImagesFilter>,
}

/// The output of DescribeImages.
#[aws_shape(output)]
pub struct DescribeImagesResponse {
    /// A list of ImageDetail objects that contain data about the image.
    pub image_details: Option<Vec<ImageDetail>>,
    /// The `nextToken` value to include in a future `DescribeImages` request. When the results of a
    /// `DescribeImages` request exceed `maxResults`, this value can be used to retrieve the next
    /// page of results. This value is `null` when there are no more results to return.
    pub next_token: Option<String>,
}

/// Returns the pull through cache rules for a registry.
#[aws_operation(
    service = Ecr,
    output = DescribePullThroughCacheRulesResponse,
    errors(ServerException, InvalidParameterException, ValidationException, PullThroughCacheRuleNotFoundException),
)]
pub struct DescribePullThroughCacheRulesRequest {
    /// The Amazon Web Services account ID associated with the registry to return the pull through
    /// cache rules for. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The Amazon ECR repository prefixes associated with the pull through cache rules to return.
    /// If no repository prefix value is specified, all pull through cache rules are returned.
    #[length(1, 100)]
    #[each(
        length(2, 30),
        pattern(
            "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
        )
    )]
    pub ecr_repository_prefixes: Option<Vec<String>>,
    /// The `nextToken` value returned from a previous paginated
    /// `DescribePullThroughCacheRulesRequest` request where `maxResults` was used and the results
    /// exceeded the value of that parameter. Pagination continues from the end of the previous
    /// results that returned the `nextToken` value. This value is null when there are no more
    /// results to return.
    pub next_token: Option<String>,
    /// The maximum number of pull through cache rules returned by
    /// `DescribePullThroughCacheRulesRequest` in paginated output. When this parameter is used,
    /// `DescribePullThroughCacheRulesRequest` only returns `maxResults` results in a single page
    /// along with a `nextToken` response element. The remaining results of the initial request can
    /// be seen by sending another `DescribePullThroughCacheRulesRequest` request with the returned
    /// `nextToken` value. This value can be between 1 and 1000. If this parameter is not used, then
    /// `DescribePullThroughCacheRulesRequest` returns up to 100 results and a `nextToken` value, if
    /// applicable.
    #[range(1, 1000)]
    pub max_results: Option<i32>,
}

/// The output of DescribePullThroughCacheRules.
#[aws_shape(output)]
pub struct DescribePullThroughCacheRulesResponse {
    /// The details of the pull through cache rules.
    pub pull_through_cache_rules: Option<Vec<PullThroughCacheRule>>,
    /// The `nextToken` value to include in a future `DescribePullThroughCacheRulesRequest` request.
    /// When the results of a `DescribePullThroughCacheRulesRequest` request exceed `maxResults`,
    /// this value can be used to retrieve the next page of results. This value is null when there
    /// are no more results to return.
    pub next_token: Option<String>,
}

/// Describes the settings for a registry. The replication configuration for a repository can be
/// created or updated with the PutReplicationConfiguration API action.
#[aws_operation(
    service = Ecr,
    output = DescribeRegistryResponse,
    errors(ServerException, InvalidParameterException, ValidationException),
)]
pub struct DescribeRegistryRequest {}

/// The output of DescribeRegistry.
#[aws_shape(output)]
pub struct DescribeRegistryResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The replication configuration for the registry.
    pub replication_configuration: Option<ReplicationConfiguration>,
}

/// Returns the status, progress, and per-image results for a replication backfill. The backfill
/// to describe is identified by the `replicationBackfillId` returned by the
/// StartReplicationBackfill operation.
///
/// **Note:** The per-image results are available only after the replication backfill reaches a
/// terminal status.
#[aws_operation(
    service = Ecr,
    output = DescribeReplicationBackfillResultsResponse,
    errors(ServerException, InvalidParameterException, ValidationException, ReplicationBackfillNotFoundException),
)]
pub struct DescribeReplicationBackfillResultsRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// replication backfill to describe. If you do not specify a registry, the default registry is
    /// assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The ID of the replication backfill to describe.
    #[pattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    pub replication_backfill_id: String,
    /// The status used to filter the returned results. Each result has a status of `COMPLETE` or
    /// `FAILED`. If you omit this parameter, results with both statuses are returned.
    pub result_status_filter: Option<ReplicationBackfillResultStatus>,
    /// The maximum number of replication backfill results returned by
    /// `DescribeReplicationBackfillResults` in paginated output. When this parameter is used,
    /// `DescribeReplicationBackfillResults` only returns `maxResults` results in a single page
    /// along with a `nextToken` response element. The remaining results of the initial request can
    /// be seen by sending another `DescribeReplicationBackfillResults` request with the returned
    /// `nextToken` value. This value can be between 1 and 1000. If this parameter is not used, then
    /// `DescribeReplicationBackfillResults` returns up to 100 results and a `nextToken` value, if
    /// applicable.
    #[range(1, 1000)]
    pub max_results: Option<i32>,
    /// The `nextToken` value returned from a previous paginated
    /// `DescribeReplicationBackfillResults` request where `maxResults` was used and the results
    /// exceeded the value of that parameter. Pagination continues from the end of the previous
    /// results that returned the `nextToken` value. This value is `null` when there are no more
    /// results to return.
    ///
    /// **Note:** This token should be treated as an opaque identifier that is only used to retrieve
    /// the next items in a list and not for other programmatic purposes.
    pub next_token: Option<String>,
}

/// The output of DescribeReplicationBackfillResults.
#[aws_shape(output)]
pub struct DescribeReplicationBackfillResultsResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The ID of the replication backfill.
    #[pattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    pub replication_backfill_id: Option<String>,
    /// The destination Region and registry to which the images are replicated.
    pub destination: Option<ReplicationDestination>,
    /// The current status of the replication backfill.
    pub status: Option<ReplicationBackfillStatus>,
    /// The failure code for a replication backfill that has failed.
    pub failure_code: Option<String>,
    /// The progress of the replication backfill, including the total, completed, and failed
    /// replication counts. This value is `null` until the replication backfill finishes preparing
    /// the set of images to replicate. It is therefore `null` while the replication backfill is
    /// `PREPARING`, and remains `null` if the replication backfill is stopped before preparation
    /// completes.
    pub progress: Option<ReplicationBackfillProgress>,
    /// The per-image results for the replication backfill. Results are available only after the
    /// replication backfill reaches a terminal status.
    pub results: Option<Vec<ReplicationBackfillResult>>,
    /// The date and time, in JavaScript date format, when the replication backfill was started.
    pub started_at: Option<OffsetDateTime>,
    /// The date and time, in JavaScript date format, when the replication backfill ended. This
    /// value is `null` while the replication backfill is still in progress.
    pub ended_at: Option<OffsetDateTime>,
    /// The `nextToken` value to include in a future `DescribeReplicationBackfillResults` request.
    /// When the results of a `DescribeReplicationBackfillResults` request exceed `maxResults`, this
    /// value can be used to retrieve the next page of results. This value is `null` when there are
    /// no more results to return.
    pub next_token: Option<String>,
}

/// Describes image repositories in a registry.
#[aws_operation(
    service = Ecr,
    output = DescribeRepositoriesResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException),
)]
pub struct DescribeRepositoriesRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repositories to be described. If you do not specify a registry, the default registry is
    /// assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// A list of repositories to describe. If this parameter is omitted, then all repositories in a
    /// registry are described.
    #[length(1, 100)]
    #[each(
        length(2, 256),
        pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")
    )]
    pub repository_names: Option<Vec<String>>,
    /// The `nextToken` value returned from a previous paginated `DescribeRepositories` request
    /// where `maxResults` was used and the results exceeded the value of that parameter. Pagination
    /// continues from the end of the previous results that returned the `nextToken` value. This
    /// value is `null` when there are no more results to return. This option cannot be used when
    /// you specify repositories with `repositoryNames`.
    ///
    /// **Note:** This token should be treated as an opaque identifier that is only used to retrieve
    /// the next items in a list and not for other programmatic purposes.
    pub next_token: Option<String>,
    /// The maximum number of repository results returned by `DescribeRepositories` in paginated
    /// output. When this parameter is used, `DescribeRepositories` only returns `maxResults`
    /// results in a single page along with a `nextToken` response element. The remaining results of
    /// the initial request can be seen by sending another `DescribeRepositories` request with the
    /// returned `nextToken` value. This value can be between 1 and 1000. If this parameter is not
    /// used, then `DescribeRepositories` returns up to 100 results and a `nextToken` value, if
    /// applicable. This option cannot be used when you specify repositories with `repositoryNames`.
    #[range(1, 1000)]
    pub max_results: Option<i32>,
}

/// The output of DescribeRepositories.
#[aws_shape(output)]
pub struct DescribeRepositoriesResponse {
    /// A list of repository objects corresponding to valid repositories.
    pub repositories: Option<Vec<Repository>>,
    /// The `nextToken` value to include in a future `DescribeRepositories` request. When the
    /// results of a `DescribeRepositories` request exceed `maxResults`, this value can be used to
    /// retrieve the next page of results. This value is `null` when there are no more results to
    /// return.
    pub next_token: Option<String>,
}

/// Returns details about the repository creation templates in a registry. The `prefixes`
/// request parameter can be used to return the details for a specific repository creation
/// template.
#[aws_operation(
    service = Ecr,
    output = DescribeRepositoryCreationTemplatesResponse,
    errors(ServerException, ValidationException, InvalidParameterException),
)]
pub struct DescribeRepositoryCreationTemplatesRequest {
    /// The repository namespace prefixes associated with the repository creation templates to
    /// describe. If this value is not specified, all repository creation templates are returned.
    #[each(
        length(1, 256),
        pattern(
            "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
        )
    )]
    pub prefixes: Option<Vec<String>>,
    /// The `nextToken` value returned from a previous paginated
    /// `DescribeRepositoryCreationTemplates` request where `maxResults` was used and the results
    /// exceeded the value of that parameter. Pagination continues from the end of the previous
    /// results that returned the `nextToken` value. This value is `null` when there are no more
    /// results to return.
    ///
    /// **Note:** This token should be treated as an opaque identifier that is only used to retrieve
    /// the next items in a list and not for other programmatic purposes.
    pub next_token: Option<String>,
    /// The maximum number of repository results returned by
    /// `DescribeRepositoryCreationTemplatesRequest` in paginated output. When this parameter is
    /// used, `DescribeRepositoryCreationTemplatesRequest` only returns `maxResults` results in a
    /// single page along with a `nextToken` response element. The remaining results of the initial
    /// request can be seen by sending another `DescribeRepositoryCreationTemplatesRequest` request
    /// with the returned `nextToken` value. This value can be between 1 and 1000. If this parameter
    /// is not used, then `DescribeRepositoryCreationTemplatesRequest` returns up to 100 results and
    /// a `nextToken` value, if applicable.
    #[range(1, 1000)]
    pub max_results: Option<i32>,
}

/// The output of DescribeRepositoryCreationTemplates.
#[aws_shape(output)]
pub struct DescribeRepositoryCreationTemplatesResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The details of the repository creation templates.
    pub repository_creation_templates: Option<Vec<RepositoryCreationTemplate>>,
    /// The `nextToken` value to include in a future `DescribeRepositoryCreationTemplates` request.
    /// When the results of a `DescribeRepositoryCreationTemplates` request exceed `maxResults`,
    /// this value can be used to retrieve the next page of results. This value is `null` when there
    /// are no more results to return.
    pub next_token: Option<String>,
}

/// Retrieves the account setting value for the specified setting name.
#[aws_operation(
    service = Ecr,
    output = GetAccountSettingResponse,
    errors(ServerException, ValidationException, InvalidParameterException),
)]
pub struct GetAccountSettingRequest {
    /// The name of the account setting, such as `BASIC_SCAN_TYPE_VERSION`, `REGISTRY_POLICY_SCOPE`,
    /// or `BLOB_MOUNTING`.
    #[length(1, 64)]
    pub name: String,
}

/// The output of GetAccountSetting.
#[aws_shape(output)]
pub struct GetAccountSettingResponse {
    /// Retrieves the name of the account setting.
    #[length(1, 64)]
    pub name: Option<String>,
    /// The setting value for the setting name. Valid value for basic scan type: `AWS_NATIVE`. Valid
    /// values for registry policy scope: `V2`. Valid values for blob mounting: `ENABLED` or
    /// `DISABLED`.
    #[length(1, 64)]
    pub value: Option<String>,
}

/// Retrieves an authorization token. An authorization token represents your IAM authentication
/// credentials and can be used to access any Amazon ECR registry that your IAM principal has
/// access to. The authorization token is valid for 12 hours.
///
/// The `authorizationToken` returned is a base64 encoded string that can be decoded and used in
/// a `docker login` command to authenticate to a registry. The CLI offers an
/// `get-login-password` command that simplifies the login process. For more information, see
/// [Registry
/// authentication](https://docs.aws.amazon.com/AmazonECR/latest/userguide/Registries.html#registry_auth)
/// in the *Amazon Elastic Container Registry User Guide*.
#[aws_operation(
    service = Ecr,
    output = GetAuthorizationTokenResponse,
    errors(ServerException, InvalidParameterException),
)]
pub struct GetAuthorizationTokenRequest {
    /// A list of Amazon Web Services account IDs that are associated with the registries for which
    /// to get AuthorizationData objects. If you do not specify a registry, the default registry is
    /// assumed.
    ///
    /// **Deprecated.** This field is deprecated. The returned authorization token can be used to
    /// access any Amazon ECR registry that the IAM principal has access to, specifying a registry
    /// ID doesn't change the permissions scope of the authorization token.
    #[length(1, 10)]
    #[each(pattern("[0-9]{12}"))]
    pub registry_ids: Option<Vec<String>>,
}

/// The output of GetAuthorizationToken.
#[aws_shape(output)]
pub struct GetAuthorizationTokenResponse {
    /// A list of authorization token data objects that correspond to the `registryIds` values in
    /// the request.
    ///
    /// **Note:** The size of the authorization token returned by Amazon ECR is not fixed. We
    /// recommend that you don't make assumptions about the maximum size.
    pub authorization_data: Option<Vec<AuthorizationData>>,
}

/// Retrieves the pre-signed Amazon S3 download URL corresponding to an image layer. You can
/// only get URLs for image layers that are referenced in an image.
///
/// When an image is pulled, the GetDownloadUrlForLayer API is called once per image layer that
/// is not already cached.
///
/// **Note:** This operation is used by the Amazon ECR proxy and is not generally used by
/// customers for pulling and pushing images. In most cases, you should use the `docker` CLI to
/// pull, tag, and push images.
#[aws_operation(
    service = Ecr,
    output = GetDownloadUrlForLayerResponse,
    errors(ServerException, InvalidParameterException, LayersNotFoundException, LayerInaccessibleException, RepositoryNotFoundException, UnableToGetUpstreamLayerException),
)]
pub struct GetDownloadUrlForLayerRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the image
    /// layer to download. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository that is associated with the image layer to download.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The digest of the image layer to download.
    #[pattern("[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+")]
    pub layer_digest: String,
}

/// The output of GetDownloadUrlForLayer.
#[aws_shape(output)]
pub struct GetDownloadUrlForLayerResponse {
    /// The pre-signed Amazon S3 download URL for the requested layer.
    pub download_url: Option<String>,
    /// The digest of the image layer to download.
    #[pattern("[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+")]
    pub layer_digest: Option<String>,
}

/// Retrieves the lifecycle policy for the specified repository.
#[aws_operation(
    service = Ecr,
    output = GetLifecyclePolicyResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, LifecyclePolicyNotFoundException, ValidationException),
)]
pub struct GetLifecyclePolicyRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
}

/// The output of GetLifecyclePolicy.
#[aws_shape(output)]
pub struct GetLifecyclePolicyResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The JSON lifecycle policy text.
    #[length(100, 30720)]
    pub lifecycle_policy_text: Option<String>,
    /// The time stamp of the last time that the lifecycle policy was run.
    pub last_evaluated_at: Option<OffsetDateTime>,
}

/// Retrieves the results of the lifecycle policy preview request for the specified repository.
#[aws_operation(
    service = Ecr,
    output = GetLifecyclePolicyPreviewResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, LifecyclePolicyPreviewNotFoundException, ValidationException),
)]
pub struct GetLifecyclePolicyPreviewRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The list of imageIDs to be included.
    #[length(1, 100)]
    pub image_ids: Option<Vec<ImageIdentifier>>,
    /// The `nextToken` value returned from a previous paginated&#x2028;
    /// `GetLifecyclePolicyPreviewRequest` request where `maxResults` was used and the&#x2028;
    /// results exceeded the value of that parameter. Pagination continues from the end of
    /// the&#x2028; previous results that returned the `nextToken` value. This value is&#x2028;
    /// `null` when there are no more results to return. This option cannot be used when you specify
    /// images with `imageIds`.
    pub next_token: Option<String>,
    /// The maximum number of repository results returned by `GetLifecyclePolicyPreviewRequest`
    /// in&#x2028; paginated output. When this parameter is used, `GetLifecyclePolicyPreviewRequest`
    /// only returns&#x2028; `maxResults` results in a single page along with a `nextToken`&#x2028;
    /// response element. The remaining results of the initial request can be seen by
    /// sending&#x2028; another `GetLifecyclePolicyPreviewRequest` request with the returned
    /// `nextToken`&#x2028; value. This value can be between 1 and 100. If this&#x2028; parameter is
    /// not used, then `GetLifecyclePolicyPreviewRequest` returns up to&#x2028;100 results and a
    /// `nextToken` value, if&#x2028; applicable. This option cannot be used when you specify images
    /// with `imageIds`.
    #[range(1, 100)]
    pub max_results: Option<i32>,
    /// An optional parameter that filters results based on image tag status and all tags, if
    /// tagged.
    pub filter: Option<LifecyclePolicyPreviewFilter>,
}

/// The output of GetLifecyclePolicyPreview.
#[aws_shape(output)]
pub struct GetLifecyclePolicyPreviewResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The JSON lifecycle policy text.
    #[length(100, 30720)]
    pub lifecycle_policy_text: Option<String>,
    /// The status of the lifecycle policy preview request.
    pub status: Option<LifecyclePolicyPreviewStatus>,
    /// The `nextToken` value to include in a future `GetLifecyclePolicyPreview` request. When the
    /// results of a `GetLifecyclePolicyPreview` request exceed `maxResults`, this value can be used
    /// to retrieve the next page of results. This value is `null` when there are no more results to
    /// return.
    pub next_token: Option<String>,
    /// The results of the lifecycle policy preview request.
    pub preview_results: Option<Vec<LifecyclePolicyPreviewResult>>,
    /// The list of images that is returned as a result of the action.
    pub summary: Option<LifecyclePolicyPreviewSummary>,
}

/// Retrieves the permissions policy for a registry.
#[aws_operation(
    service = Ecr,
    output = GetRegistryPolicyResponse,
    errors(ServerException, InvalidParameterException, RegistryPolicyNotFoundException, ValidationException),
)]
pub struct GetRegistryPolicyRequest {}

/// The output of GetRegistryPolicy.
#[aws_shape(output)]
pub struct GetRegistryPolicyResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The JSON text of the permissions policy for a registry.
    #[length(0, 10240)]
    pub policy_text: Option<String>,
}

/// Retrieves the scanning configuration for a registry.
#[aws_operation(
    service = Ecr,
    output = GetRegistryScanningConfigurationResponse,
    errors(ServerException, InvalidParameterException, ValidationException),
)]
pub struct GetRegistryScanningConfigurationRequest {}

/// The output of GetRegistryScanningConfiguration.
#[aws_shape(output)]
pub struct GetRegistryScanningConfigurationResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The scanning configuration for the registry.
    pub scanning_configuration: Option<RegistryScanningConfiguration>,
}

/// Retrieves the repository policy for the specified repository.
#[aws_operation(
    service = Ecr,
    output = GetRepositoryPolicyResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, RepositoryPolicyNotFoundException),
)]
pub struct GetRepositoryPolicyRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository with the policy to retrieve.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
}

/// The output of GetRepositoryPolicy.
#[aws_shape(output)]
pub struct GetRepositoryPolicyResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The JSON repository policy text associated with the repository.
    #[length(0, 10240)]
    pub policy_text: Option<String>,
}

/// Retrieves the registry's signing configuration, which defines rules for automatically
/// signing images using Amazon Web Services Signer.
///
/// For more information, see [Managed
/// signing](https://docs.aws.amazon.com/AmazonECR/latest/userguide/managed-signing.html) in the
/// *Amazon Elastic Container Registry User Guide*.
#[aws_operation(
    service = Ecr,
    output = GetSigningConfigurationResponse,
    errors(ServerException, InvalidParameterException, ValidationException, SigningConfigurationNotFoundException),
)]
pub struct GetSigningConfigurationRequest {}

/// The output of GetSigningConfiguration.
#[aws_shape(output)]
pub struct GetSigningConfigurationResponse {
    /// The Amazon Web Services account ID associated with the registry.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The registry's signing configuration.
    pub signing_configuration: Option<SigningConfiguration>,
}

/// Notifies Amazon ECR that you intend to upload an image layer.
///
/// When an image is pushed, the InitiateLayerUpload API is called once per image layer that has
/// not already been uploaded. Whether or not an image layer has been uploaded is determined by
/// the BatchCheckLayerAvailability API action.
///
/// **Note:** This operation is used by the Amazon ECR proxy and is not generally used by
/// customers for pulling and pushing images. In most cases, you should use the `docker` CLI to
/// pull, tag, and push images.
#[aws_operation(
    service = Ecr,
    output = InitiateLayerUploadResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, KmsException),
)]
pub struct InitiateLayerUploadRequest {
    /// The Amazon Web Services account ID associated with the registry to which you intend to
    /// upload layers. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository to which you intend to upload layers.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
}

/// The output of InitiateLayerUpload.
#[aws_shape(output)]
pub struct InitiateLayerUploadResponse {
    /// The upload ID for the layer upload. This parameter is passed to further UploadLayerPart and
    /// CompleteLayerUpload operations.
    #[pattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    pub upload_id: Option<String>,
    /// The size, in bytes, that Amazon ECR expects future layer part uploads to be.
    #[range(min = 0)]
    pub part_size: Option<i64>,
}

/// Lists the artifacts associated with a specified subject image.
///
/// **Note:** The IAM principal invoking this operation must have the `ecr:BatchGetImage`
/// permission.
#[aws_operation(
    service = Ecr,
    output = ListImageReferrersResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, ValidationException, UnableToListUpstreamImageReferrersException),
)]
pub struct ListImageReferrersRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// in which to list image referrers. If you do not specify a registry, the default registry is
    /// assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository that contains the subject image.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// An object containing the image digest of the subject image for which to retrieve associated
    /// artifacts.
    pub subject_id: SubjectIdentifier,
    /// The filter key and value with which to filter your `ListImageReferrers` results. If no
    /// filter is specified, only artifacts with `ACTIVE` status are returned.
    pub filter: Option<ListImageReferrersFilter>,
    /// The `nextToken` value returned from a previous paginated `ListImageReferrers` request where
    /// `maxResults` was used and the results exceeded the value of that parameter. Pagination
    /// continues from the end of the previous results that returned the `nextToken` value. This
    /// value is `null` when there are no more results to return.
    ///
    /// **Note:** This token should be treated as an opaque identifier that is only used to retrieve
    /// the next items in a list and not for other programmatic purposes.
    pub next_token: Option<String>,
    /// The maximum number of image referrer results returned by `ListImageReferrers` in paginated
    /// output. When this parameter is used, `ListImageReferrers` only returns `maxResults` results
    /// in a single page along with a `nextToken` response element. The remaining results of the
    /// initial request can be seen by sending another `ListImageReferrers` request with the
    /// returned `nextToken` value. This value can be between 1 and 50. If this parameter is not
    /// used, then `ListImageReferrers` returns up to 20 results and a `nextToken` value, if
    /// applicable.
    #[range(1, 50)]
    pub max_results: Option<i32>,
}

/// The output of ListImageReferrers.
#[aws_shape(output)]
pub struct ListImageReferrersResponse {
    /// The list of artifacts associated with the subject image.
    pub referrers: Option<Vec<ImageReferrer>>,
    /// The `nextToken` value to include in a future `ListImageReferrers` request. When the results
    /// of a `ListImageReferrers` request exceed `maxResults`, this value can be used to retrieve
    /// the next page of results. This value is `null` when there are no more results to return.
    pub next_token: Option<String>,
}

/// Lists all the image IDs for the specified repository.
///
/// You can filter images based on whether or not they are tagged by using the `tagStatus`
/// filter and specifying either `TAGGED`, `UNTAGGED` or `ANY`. For example, you can filter your
/// results to return only `UNTAGGED` images and then pipe that result to a BatchDeleteImage
/// operation to delete them. Or, you can filter your results to return only `TAGGED` images to
/// list all of the tags in your repository.
#[aws_operation(
    service = Ecr,
    output = ListImagesResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException),
)]
pub struct ListImagesRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// in which to list images. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository with image IDs to be listed.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The `nextToken` value returned from a previous paginated `ListImages` request where
    /// `maxResults` was used and the results exceeded the value of that parameter. Pagination
    /// continues from the end of the previous results that returned the `nextToken` value. This
    /// value is `null` when there are no more results to return.
    ///
    /// **Note:** This token should be treated as an opaque identifier that is only used to retrieve
    /// the next items in a list and not for other programmatic purposes.
    pub next_token: Option<String>,
    /// The maximum number of image results returned by `ListImages` in paginated output. When this
    /// parameter is used, `ListImages` only returns `maxResults` results in a single page along
    /// with a `nextToken` response element. The remaining results of the initial request can be
    /// seen by sending another `ListImages` request with the returned `nextToken` value. This value
    /// can be between 1 and 1000. If this parameter is not used, then `ListImages` returns up to
    /// 100 results and a `nextToken` value, if applicable.
    #[range(1, 1000)]
    pub max_results: Option<i32>,
    /// The filter key and value with which to filter your `ListImages` results.
    pub filter: Option<ListImagesFilter>,
}

/// The output of ListImages.
#[aws_shape(output)]
pub struct ListImagesResponse {
    /// The list of image IDs for the requested repository.
    #[length(1, 100)]
    pub image_ids: Option<Vec<ImageIdentifier>>,
    /// The `nextToken` value to include in a future `ListImages` request. When the results of a
    /// `ListImages` request exceed `maxResults`, this value can be used to retrieve the next page
    /// of results. This value is `null` when there are no more results to return.
    pub next_token: Option<String>,
}

/// Lists the IAM principals that are excluded from having their image pull times recorded.
#[aws_operation(
    service = Ecr,
    output = ListPullTimeUpdateExclusionsResponse,
    errors(InvalidParameterException, ValidationException, LimitExceededException, ServerException),
)]
pub struct ListPullTimeUpdateExclusionsRequest {
    /// The maximum number of pull time update exclusion results returned by
    /// `ListPullTimeUpdateExclusions` in paginated output. When this parameter is used,
    /// `ListPullTimeUpdateExclusions` only returns `maxResults` results in a single page along with
    /// a `nextToken` response element. The remaining results of the initial request can be seen by
    /// sending another `ListPullTimeUpdateExclusions` request with the returned `nextToken` value.
    /// This value can be between 1 and 1000. If this parameter is not used, then
    /// `ListPullTimeUpdateExclusions` returns up to 100 results and a `nextToken` value, if
    /// applicable.
    #[range(1, 1000)]
    pub max_results: Option<i32>,
    /// The `nextToken` value returned from a previous paginated `ListPullTimeUpdateExclusions`
    /// request where `maxResults` was used and the results exceeded the value of that parameter.
    /// Pagination continues from the end of the previous results that returned the `nextToken`
    /// value. This value is `null` when there are no more results to return.
    ///
    /// **Note:** This token should be treated as an opaque identifier that is only used to retrieve
    /// the next items in a list and not for other programmatic purposes.
    pub next_token: Option<String>,
}

/// The output of ListPullTimeUpdateExclusions.
#[aws_shape(output)]
pub struct ListPullTimeUpdateExclusionsResponse {
    /// The list of IAM principal ARNs that are excluded from having their image pull times
    /// recorded.
    #[length(0, 100)]
    #[each(
        length(max = 200),
        pattern("^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[\\w+=,.@-]+(/[\\w+=,.@-]+)*$")
    )]
    pub pull_time_update_exclusions: Option<Vec<String>>,
    /// The `nextToken` value to include in a future `ListPullTimeUpdateExclusions` request. When
    /// the results of a `ListPullTimeUpdateExclusions` request exceed `maxResults`, this value can
    /// be used to retrieve the next page of results. This value is `null` when there are no more
    /// results to return.
    pub next_token: Option<String>,
}

/// Lists the replication backfills for a registry, including their status and progress.
///
/// **Note:** Replication backfills that have reached a terminal status are retained for 90 days
/// after they end, after which they are no longer returned.
#[aws_operation(
    service = Ecr,
    output = ListReplicationBackfillsResponse,
    errors(ServerException, InvalidParameterException, ValidationException),
)]
pub struct ListReplicationBackfillsRequest {
    /// The Amazon Web Services account ID associated with the registry for which to list
    /// replication backfills. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The maximum number of replication backfill results returned by `ListReplicationBackfills` in
    /// paginated output. When this parameter is used, `ListReplicationBackfills` only returns
    /// `maxResults` results in a single page along with a `nextToken` response element. The
    /// remaining results of the initial request can be seen by sending another
    /// `ListReplicationBackfills` request with the returned `nextToken` value. This value can be
    /// between 1 and 50. If this parameter is not used, then `ListReplicationBackfills` returns up
    /// to 25 results and a `nextToken` value, if applicable.
    #[range(1, 50)]
    pub max_results: Option<i32>,
    /// The `nextToken` value returned from a previous paginated `ListReplicationBackfills` request
    /// where `maxResults` was used and the results exceeded the value of that parameter. Pagination
    /// continues from the end of the previous results that returned the `nextToken` value. This
    /// value is `null` when there are no more results to return.
    ///
    /// **Note:** This token should be treated as an opaque identifier that is only used to retrieve
    /// the next items in a list and not for other programmatic purposes.
    pub next_token: Option<String>,
}

/// The output of ListReplicationBackfills.
#[aws_shape(output)]
pub struct ListReplicationBackfillsResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// A list of the replication backfills for the registry.
    pub backfills: Option<Vec<ReplicationBackfillSummary>>,
    /// The `nextToken` value to include in a future `ListReplicationBackfills` request. When the
    /// results of a `ListReplicationBackfills` request exceed `maxResults`, this value can be used
    /// to retrieve the next page of results. This value is `null` when there are no more results to
    /// return.
    pub next_token: Option<String>,
}

/// List the tags for an Amazon ECR resource.
#[aws_operation(
    service = Ecr,
    output = ListTagsForResourceResponse,
    errors(InvalidParameterException, RepositoryNotFoundException, ServerException),
)]
pub struct ListTagsForResourceRequest {
    /// The Amazon Resource Name (ARN) that identifies the resource for which to list the tags.
    /// Currently, the only supported resource is an Amazon ECR repository.
    pub resource_arn: String,
}

/// The output of ListTagsForResource.
#[aws_shape(output)]
pub struct ListTagsForResourceResponse {
    /// The tags for the resource.
    pub tags: Option<Vec<Tag>>,
}

/// Allows you to change the basic scan type version or registry policy scope.
#[aws_operation(
    service = Ecr,
    output = PutAccountSettingResponse,
    errors(ServerException, ValidationException, InvalidParameterException, LimitExceededException),
)]
pub struct PutAccountSettingRequest {
    /// The name of the account setting, such as `BASIC_SCAN_TYPE_VERSION`, `REGISTRY_POLICY_SCOPE`,
    /// or `BLOB_MOUNTING`.
    #[length(1, 64)]
    pub name: String,
    /// Setting value that is specified. Valid value for basic scan type: `AWS_NATIVE`. Valid values
    /// for registry policy scope: `V2`. Valid values for blob mounting: `ENABLED` or `DISABLED`.
    pub value: String,
}

/// The output of PutAccountSetting.
#[aws_shape(output)]
pub struct PutAccountSettingResponse {
    /// Retrieves the name of the account setting.
    #[length(1, 64)]
    pub name: Option<String>,
    /// Retrieves the value of the specified account setting.
    pub value: Option<String>,
}

/// Creates or updates the image manifest and tags associated with an image.
///
/// When an image is pushed and all new image layers have been uploaded, the PutImage API is
/// called once to create or update the image manifest and the tags associated with the image.
///
/// **Note:** This operation is used by the Amazon ECR proxy and is not generally used by
/// customers for pulling and pushing images. In most cases, you should use the `docker` CLI to
/// pull, tag, and push images.
#[aws_operation(
    service = Ecr,
    output = PutImageResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, ImageAlreadyExistsException, LayersNotFoundException, ReferencedImagesNotFoundException, LimitExceededException, ImageTagAlreadyExistsException, ImageDigestDoesNotMatchException, KmsException),
)]
pub struct PutImageRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// in which to put the image. If you do not specify a registry, the default registry is
    /// assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository in which to put the image.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The image manifest corresponding to the image to be uploaded.
    #[length(1, 4194304)]
    pub image_manifest: String,
    /// The media type of the image manifest. If you push an image manifest that does not contain
    /// the `mediaType` field, you must specify the `imageManifestMediaType` in the request.
    pub image_manifest_media_type: Option<String>,
    /// The tag to associate with the image. This parameter is optional.
    #[length(1, 300)]
    pub image_tag: Option<String>,
    /// The image digest of the image manifest corresponding to the image.
    pub image_digest: Option<String>,
}

/// The output of PutImage.
#[aws_shape(output)]
pub struct PutImageResponse {
    /// Details of the image uploaded.
    pub image: Option<Image>,
}

/// **Important:** The `PutImageScanningConfiguration` API is being deprecated, in favor of
/// specifying the image scanning configuration at the registry level. For more information, see
/// PutRegistryScanningConfiguration.
///
/// Updates the image scanning configuration for the specified repository.
#[aws_operation(
    service = Ecr,
    output = PutImageScanningConfigurationResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, ValidationException),
)]
pub struct PutImageScanningConfigurationRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// in which to update the image scanning configuration setting. If you do not specify a
    /// registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository in which to update the image scanning configuration setting.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The image scanning configuration for the repository. This setting determines whether images
    /// are scanned for known vulnerabilities after being pushed to the repository.
    pub image_scanning_configuration: ImageScanningConfiguration,
}

/// The output of PutImageScanningConfiguration.
#[aws_shape(output)]
pub struct PutImageScanningConfigurationResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The image scanning configuration setting for the repository.
    pub image_scanning_configuration: Option<ImageScanningConfiguration>,
}

/// Updates the image tag mutability settings for the specified repository. For more
/// information, see [Image tag
/// mutability](https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html)
/// in the *Amazon Elastic Container Registry User Guide*.
#[aws_operation(
    service = Ecr,
    output = PutImageTagMutabilityResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException),
)]
pub struct PutImageTagMutabilityRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// in which to update the image tag mutability settings. If you do not specify a registry, the
    /// default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository in which to update the image tag mutability settings.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The tag mutability setting for the repository. If `MUTABLE` is specified, image tags can be
    /// overwritten. If `IMMUTABLE` is specified, all image tags within the repository will be
    /// immutable which will prevent them from being overwritten.
    pub image_tag_mutability: ImageTagMutability,
    /// A list of filters that specify which image tags should be excluded from the image tag
    /// mutability setting being applied.
    #[length(1, 5)]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
}

/// The output of PutImageTagMutability.
#[aws_shape(output)]
pub struct PutImageTagMutabilityResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The image tag mutability setting for the repository.
    pub image_tag_mutability: Option<ImageTagMutability>,
    /// The list of filters that specify which image tags are excluded from the repository's image
    /// tag mutability setting.
    #[length(1, 5)]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
}

/// Creates or updates the lifecycle policy for the specified repository. For more information,
/// see [Lifecycle policy
/// template](https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html).
#[aws_operation(
    service = Ecr,
    output = PutLifecyclePolicyResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, ValidationException),
)]
pub struct PutLifecyclePolicyRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository. If you do&#x2028; not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository to receive the policy.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The JSON repository policy text to apply to the repository.
    #[length(100, 30720)]
    pub lifecycle_policy_text: String,
}

/// The output of PutLifecyclePolicy.
#[aws_shape(output)]
pub struct PutLifecyclePolicyResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The JSON repository policy text.
    #[length(100, 30720)]
    pub lifecycle_policy_text: Option<String>,
}

/// Creates or updates the permissions policy for your registry.
///
/// A registry policy is used to specify permissions for another Amazon Web Services account and
/// is used when configuring cross-account replication. For more information, see [Registry
/// permissions](https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry-permissions.html)
/// in the *Amazon Elastic Container Registry User Guide*.
#[aws_operation(
    service = Ecr,
    output = PutRegistryPolicyResponse,
    errors(ServerException, InvalidParameterException, ValidationException),
)]
pub struct PutRegistryPolicyRequest {
    /// The JSON policy text to apply to your registry. The policy text follows the same format as
    /// IAM policy text. For more information, see [Registry
    /// permissions](https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry-permissions.html)
    /// in the *Amazon Elastic Container Registry User Guide*.
    #[length(0, 10240)]
    pub policy_text: String,
}

/// The output of PutRegistryPolicy.
#[aws_shape(output)]
pub struct PutRegistryPolicyResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The JSON policy text for your registry.
    #[length(0, 10240)]
    pub policy_text: Option<String>,
}

/// Creates or updates the scanning configuration for your private registry.
#[aws_operation(
    service = Ecr,
    output = PutRegistryScanningConfigurationResponse,
    errors(ServerException, InvalidParameterException, ValidationException, BlockedByOrganizationPolicyException),
)]
pub struct PutRegistryScanningConfigurationRequest {
    /// The scanning type to set for the registry.
    ///
    /// When a registry scanning configuration is not defined, by default the `BASIC` scan type is
    /// used. When basic scanning is used, you may specify filters to determine which individual
    /// repositories, or all repositories, are scanned when new images are pushed to those
    /// repositories. Alternatively, you can do manual scans of images with basic scanning.
    ///
    /// When the `ENHANCED` scan type is set, Amazon Inspector provides automated vulnerability
    /// scanning. You may choose between continuous scanning or scan on push and you may specify
    /// filters to determine which individual repositories, or all repositories, are scanned.
    pub scan_type: Option<ScanType>,
    /// The scanning rules to use for the registry. A scanning rule is used to determine which
    /// repository filters are used and at what frequency scanning will occur.
    #[length(0, 2)]
    pub rules: Option<Vec<RegistryScanningRule>>,
}

/// The output of PutRegistryScanningConfiguration.
#[aws_shape(output)]
pub struct PutRegistryScanningConfigurationResponse {
    /// The scanning configuration for your registry.
    pub registry_scanning_configuration: Option<RegistryScanningConfiguration>,
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
/// **Note:** When configuring cross-account replication, the destination account must grant the
/// source account permission to replicate. This permission is controlled using a registry
/// permissions policy. For more information, see PutRegistryPolicy.
#[aws_operation(
    service = Ecr,
    output = PutReplicationConfigurationResponse,
    errors(ServerException, InvalidParameterException, ValidationException),
)]
pub struct PutReplicationConfigurationRequest {
    /// An object representing the replication configuration for a registry.
    pub replication_configuration: ReplicationConfiguration,
}

/// The output of PutReplicationConfiguration.
#[aws_shape(output)]
pub struct PutReplicationConfigurationResponse {
    /// The contents of the replication configuration for the registry.
    pub replication_configuration: Option<ReplicationConfiguration>,
}

/// Creates or updates the registry's signing configuration, which defines rules for
/// automatically signing images with Amazon Web Services Signer.
///
/// For more information, see [Managed
/// signing](https://docs.aws.amazon.com/AmazonECR/latest/userguide/managed-signing.html) in the
/// *Amazon Elastic Container Registry User Guide*.
///
/// **Note:** To successfully generate a signature, the IAM principal pushing images must have
/// permission to sign payloads with the Amazon Web Services Signer signing profile referenced
/// in the signing configuration.
#[aws_operation(
    service = Ecr,
    output = PutSigningConfigurationResponse,
    errors(ServerException, InvalidParameterException, ValidationException),
)]
pub struct PutSigningConfigurationRequest {
    /// The signing configuration to assign to the registry.
    pub signing_configuration: SigningConfiguration,
}

/// The output of PutSigningConfiguration.
#[aws_shape(output)]
pub struct PutSigningConfigurationResponse {
    /// The registry's updated signing configuration.
    pub signing_configuration: Option<SigningConfiguration>,
}

/// Adds an IAM principal to the pull time update exclusion list for a registry. Amazon ECR will
/// not record the pull time if an excluded principal pulls an image.
#[aws_operation(
    service = Ecr,
    output = RegisterPullTimeUpdateExclusionResponse,
    errors(InvalidParameterException, ExclusionAlreadyExistsException, LimitExceededException, ValidationException, ServerException),
)]
pub struct RegisterPullTimeUpdateExclusionRequest {
    /// The ARN of the IAM principal to exclude from having image pull times recorded.
    #[length(max = 200)]
    #[pattern("^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[\\w+=,.@-]+(/[\\w+=,.@-]+)*$")]
    pub principal_arn: String,
}

/// The output of RegisterPullTimeUpdateExclusion.
#[aws_shape(output)]
pub struct RegisterPullTimeUpdateExclusionResponse {
    /// The ARN of the IAM principal that was added to the pull time update exclusion list.
    #[length(max = 200)]
    #[pattern("^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[\\w+=,.@-]+(/[\\w+=,.@-]+)*$")]
    pub principal_arn: Option<String>,
    /// The date and time, expressed in standard JavaScript date format, when the exclusion was
    /// created.
    pub created_at: Option<OffsetDateTime>,
}

/// Applies a repository policy to the specified repository to control access permissions. For
/// more information, see [Amazon ECR Repository
/// policies](https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html)
/// in the *Amazon Elastic Container Registry User Guide*.
#[aws_operation(
    service = Ecr,
    output = SetRepositoryPolicyResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException),
)]
pub struct SetRepositoryPolicyRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository to receive the policy.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The JSON repository policy text to apply to the repository. For more information, see
    /// [Amazon ECR repository
    /// policies](https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html)
    /// in the *Amazon Elastic Container Registry User Guide*.
    #[length(0, 10240)]
    pub policy_text: String,
    /// If the policy you are attempting to set on a repository policy would prevent you from
    /// setting another policy in the future, you must force the SetRepositoryPolicy operation. This
    /// is intended to prevent accidental repository lock outs.
    pub force: Option<bool>,
}

/// The output of SetRepositoryPolicy.
#[aws_shape(output)]
pub struct SetRepositoryPolicyResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The JSON repository policy text applied to the repository.
    #[length(0, 10240)]
    pub policy_text: Option<String>,
}

/// Starts a basic image vulnerability scan.
///
/// A basic image scan can only be started once per 24 hours on an individual image. This limit
/// includes if an image was scanned on initial push. You can start up to 100,000 basic scans
/// per 24 hours. This limit includes both scans on initial push and scans initiated by the
/// StartImageScan API. For more information, see [Basic
/// scanning](https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-basic.html)
/// in the *Amazon Elastic Container Registry User Guide*.
#[aws_operation(
    service = Ecr,
    output = StartImageScanResponse,
    errors(ServerException, InvalidParameterException, UnsupportedImageTypeException, LimitExceededException, RepositoryNotFoundException, ImageNotFoundException, ValidationException, ImageArchivedException),
)]
pub struct StartImageScanRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository
    /// in which to start an image scan request. If you do not specify a registry, the default
    /// registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository that contains the images to scan.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The `imageId` member.
    pub image_id: ImageIdentifier,
}

/// The output of StartImageScan.
#[aws_shape(output)]
pub struct StartImageScanResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The `imageId` member.
    pub image_id: Option<ImageIdentifier>,
    /// The current state of the scan.
    pub image_scan_status: Option<ImageScanStatus>,
}

/// Starts a preview of a lifecycle policy for the specified repository. This allows you to see
/// the results before associating the lifecycle policy with the repository.
#[aws_operation(
    service = Ecr,
    output = StartLifecyclePolicyPreviewResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, LifecyclePolicyNotFoundException, LifecyclePolicyPreviewInProgressException, ValidationException),
)]
pub struct StartLifecyclePolicyPreviewRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository to be evaluated.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The policy to be evaluated against. If you do not specify a policy, the current policy for
    /// the repository is used.
    #[length(100, 30720)]
    pub lifecycle_policy_text: Option<String>,
}

/// The output of StartLifecyclePolicyPreview.
#[aws_shape(output)]
pub struct StartLifecyclePolicyPreviewResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The JSON repository policy text.
    #[length(100, 30720)]
    pub lifecycle_policy_text: Option<String>,
    /// The status of the lifecycle policy preview request.
    pub status: Option<LifecyclePolicyPreviewStatus>,
}

/// Starts a replication backfill for a registry. A replication backfill replicates a registry's
/// existing images that match its replication configuration to the specified destination. Use
/// the DescribeReplicationBackfillResults operation to monitor the progress of a replication
/// backfill, and to retrieve its per-image results after it reaches a terminal status.
///
/// **Note:** The destination must already be configured in the registry's replication
/// configuration.
///
/// **Note:** Only one replication backfill can be in progress for a given destination Region at
/// a time. Starting a replication backfill for a destination Region that already has one in
/// progress fails with a `ReplicationBackfillInProgressException`. In addition, a registry can
/// have at most 10 replication backfills in progress at once. Starting a replication backfill
/// that would exceed this limit fails with a `LimitExceededException`.
#[aws_operation(
    service = Ecr,
    output = StartReplicationBackfillResponse,
    errors(ServerException, InvalidParameterException, ValidationException, LimitExceededException, ReplicationBackfillInProgressException),
)]
pub struct StartReplicationBackfillRequest {
    /// The Amazon Web Services account ID associated with the registry from which to start the
    /// replication backfill. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The destination Region and registry to which the images are replicated.
    pub destination: ReplicationDestination,
}

/// The output of StartReplicationBackfill.
#[aws_shape(output)]
pub struct StartReplicationBackfillResponse {
    /// The ID of the replication backfill that was started. Use this value to describe or stop the
    /// backfill.
    #[pattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    pub replication_backfill_id: Option<String>,
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The destination Region and registry to which the images are replicated.
    pub destination: Option<ReplicationDestination>,
    /// The current status of the replication backfill. A newly started replication backfill is
    /// returned with a status of `PREPARING`.
    pub status: Option<ReplicationBackfillStatus>,
    /// The date and time, in JavaScript date format, when the replication backfill was started.
    pub started_at: Option<OffsetDateTime>,
}

/// Stops an in progress replication backfill for a registry. The backfill to stop is identified
/// by the `replicationBackfillId` returned by the StartReplicationBackfill operation.
///
/// **Note:** Images that have already been replicated are not affected, and replications that
/// are already in progress continue to completion.
#[aws_operation(
    service = Ecr,
    output = StopReplicationBackfillResponse,
    errors(ServerException, InvalidParameterException, ValidationException, ReplicationBackfillNotFoundException, ReplicationBackfillInvalidStatusException),
)]
pub struct StopReplicationBackfillRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// replication backfill to stop. If you do not specify a registry, the default registry is
    /// assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The ID of the replication backfill to stop.
    #[pattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    pub replication_backfill_id: String,
}

/// The output of StopReplicationBackfill.
#[aws_shape(output)]
pub struct StopReplicationBackfillResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The ID of the replication backfill.
    #[pattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    pub replication_backfill_id: Option<String>,
    /// The destination Region and registry to which the images are replicated.
    pub destination: Option<ReplicationDestination>,
    /// The current status of the replication backfill. When you stop a replication backfill, its
    /// status is `STOPPED` if the backfill is stopped immediately, or `STOPPING` if there are
    /// replications still in progress that must complete before the backfill stops.
    pub status: Option<ReplicationBackfillStatus>,
    /// The date and time, in JavaScript date format, when the replication backfill was started.
    pub started_at: Option<OffsetDateTime>,
}

/// Adds specified tags to a resource with the specified ARN. Existing tags on a resource are
/// not changed if they are not specified in the request parameters.
#[aws_operation(
    service = Ecr,
    output = TagResourceResponse,
    errors(InvalidParameterException, InvalidTagParameterException, TooManyTagsException, RepositoryNotFoundException, ServerException),
)]
pub struct TagResourceRequest {
    /// The Amazon Resource Name (ARN) of the the resource to which to add tags. Currently, the only
    /// supported resource is an Amazon ECR repository.
    pub resource_arn: String,
    /// The tags to add to the resource. A tag is an array of key-value pairs. Tag keys can have a
    /// maximum character length of 128 characters, and tag values can have a maximum length of 256
    /// characters.
    pub tags: Vec<Tag>,
}

/// The output of TagResource.
#[aws_shape(output)]
pub struct TagResourceResponse {}

/// Deletes specified tags from a resource.
#[aws_operation(
    service = Ecr,
    output = UntagResourceResponse,
    errors(InvalidParameterException, InvalidTagParameterException, TooManyTagsException, RepositoryNotFoundException, ServerException),
)]
pub struct UntagResourceRequest {
    /// The Amazon Resource Name (ARN) of the resource from which to remove tags. Currently, the
    /// only supported resource is an Amazon ECR repository.
    pub resource_arn: String,
    /// The keys of the tags to be removed.
    pub tag_keys: Vec<String>,
}

/// The output of UntagResource.
#[aws_shape(output)]
pub struct UntagResourceResponse {}

/// Transitions an image between storage classes. You can transition images from Amazon ECR
/// standard storage class to Amazon ECR archival storage class for long-term storage, or
/// restore archived images back to Amazon ECR standard.
#[aws_operation(
    service = Ecr,
    output = UpdateImageStorageClassResponse,
    errors(InvalidParameterException, ImageNotFoundException, ImageStorageClassUpdateNotSupportedException, RepositoryNotFoundException, ServerException, ValidationException),
)]
pub struct UpdateImageStorageClassRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the image to
    /// transition. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository that contains the image to transition.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The `imageId` member.
    pub image_id: ImageIdentifier,
    /// The target storage class for the image.
    pub target_storage_class: TargetStorageClass,
}

/// The output of UpdateImageStorageClass.
#[aws_shape(output)]
pub struct UpdateImageStorageClassResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The `imageId` member.
    pub image_id: Option<ImageIdentifier>,
    /// The current status of the image after the call to UpdateImageStorageClass is complete. Valid
    /// values are `ACTIVE`, `ARCHIVED`, and `ACTIVATING`.
    pub image_status: Option<ImageStatus>,
}

/// Updates an existing pull through cache rule.
#[aws_operation(
    service = Ecr,
    output = UpdatePullThroughCacheRuleResponse,
    errors(ServerException, InvalidParameterException, ValidationException, UnableToAccessSecretException, PullThroughCacheRuleNotFoundException, SecretNotFoundException, UnableToDecryptSecretValueException),
)]
pub struct UpdatePullThroughCacheRuleRequest {
    /// The Amazon Web Services account ID associated with the registry associated with the pull
    /// through cache rule. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name prefix to use when caching images from the source registry.
    #[length(2, 30)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub ecr_repository_prefix: String,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Secrets Manager secret that
    /// identifies the credentials to authenticate to the upstream registry.
    #[length(50, 612)]
    #[pattern(
        "^arn:aws(-\\w+)*:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr\\-pullthroughcache\\/[a-zA-Z0-9\\/_+=.@-]+$"
    )]
    pub credential_arn: Option<String>,
    /// Amazon Resource Name (ARN) of the IAM role to be assumed by Amazon ECR to authenticate to
    /// the ECR upstream registry. This role must be in the same account as the registry that you
    /// are configuring.
    #[length(max = 2048)]
    pub custom_role_arn: Option<String>,
}

/// The output of UpdatePullThroughCacheRule.
#[aws_shape(output)]
pub struct UpdatePullThroughCacheRuleResponse {
    /// The Amazon ECR repository prefix associated with the pull through cache rule.
    #[length(2, 30)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub ecr_repository_prefix: Option<String>,
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The date and time, in JavaScript date format, when the pull through cache rule was updated.
    pub updated_at: Option<OffsetDateTime>,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Secrets Manager secret associated
    /// with the pull through cache rule.
    #[length(50, 612)]
    #[pattern(
        "^arn:aws(-\\w+)*:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr\\-pullthroughcache\\/[a-zA-Z0-9\\/_+=.@-]+$"
    )]
    pub credential_arn: Option<String>,
    /// The ARN of the IAM role associated with the pull through cache rule.
    #[length(max = 2048)]
    pub custom_role_arn: Option<String>,
    /// The upstream repository prefix associated with the pull through cache rule.
    #[length(2, 30)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub upstream_repository_prefix: Option<String>,
}

/// Updates an existing repository creation template.
#[aws_operation(
    service = Ecr,
    output = UpdateRepositoryCreationTemplateResponse,
    errors(ServerException, ValidationException, InvalidParameterException, TemplateNotFoundException),
)]
pub struct UpdateRepositoryCreationTemplateRequest {
    /// The repository namespace prefix that matches an existing repository creation template in the
    /// registry. All repositories created using this namespace prefix will have the settings
    /// defined in this template applied. For example, a prefix of `prod` would apply to all
    /// repositories beginning with `prod/`. This includes a repository named `prod/team1` as well
    /// as a repository named `prod/repository1`.
    ///
    /// To apply a template to all repositories in your registry that don't have an associated
    /// creation template, you can use `ROOT` as the prefix.
    #[length(1, 256)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub prefix: String,
    /// A description for the repository creation template.
    #[length(max = 256)]
    pub description: Option<String>,
    /// The `encryptionConfiguration` member.
    pub encryption_configuration: Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    /// The metadata to apply to the repository to help you categorize and organize. Each tag
    /// consists of a key and an optional value, both of which you define. Tag keys can have a
    /// maximum character length of 128 characters, and tag values can have a maximum length of 256
    /// characters.
    pub resource_tags: Option<Vec<Tag>>,
    /// Updates the tag mutability setting for the repository. If this parameter is omitted, the
    /// default setting of `MUTABLE` will be used which will allow image tags to be overwritten. If
    /// `IMMUTABLE` is specified, all image tags within the repository will be immutable which will
    /// prevent them from being overwritten.
    pub image_tag_mutability: Option<ImageTagMutability>,
    /// A list of filters that specify which image tags should be excluded from the repository
    /// creation template's image tag mutability setting.
    #[length(1, 5)]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
    /// Updates the repository policy created using the template. A repository policy is a
    /// permissions policy associated with a repository to control access permissions.
    #[length(0, 10240)]
    pub repository_policy: Option<String>,
    /// Updates the lifecycle policy associated with the specified repository creation template.
    #[length(0, 30720)]
    pub lifecycle_policy: Option<String>,
    /// Updates the list of enumerable strings representing the Amazon ECR repository creation
    /// scenarios that this template will apply towards. The supported scenarios are
    /// `PULL_THROUGH_CACHE`, `REPLICATION`, and `CREATE_ON_PUSH`
    pub applied_for: Option<Vec<RCTAppliedFor>>,
    /// The ARN of the role to be assumed by Amazon ECR. This role must be in the same account as
    /// the registry that you are configuring. Amazon ECR will assume your supplied role when the
    /// customRoleArn is specified. When this field isn't specified, Amazon ECR will use the
    /// service-linked role for the repository creation template.
    #[length(max = 2048)]
    pub custom_role_arn: Option<String>,
}

/// The output of UpdateRepositoryCreationTemplate.
#[aws_shape(output)]
pub struct UpdateRepositoryCreationTemplateResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The details of the repository creation template associated with the request.
    pub repository_creation_template: Option<RepositoryCreationTemplate>,
}

/// Uploads an image layer part to Amazon ECR.
///
/// When an image is pushed, each new image layer is uploaded in parts. The maximum size of each
/// image layer part can be 20971520 bytes (or about 20MB). The UploadLayerPart API is called
/// once per each new image layer part.
///
/// **Note:** This operation is used by the Amazon ECR proxy and is not generally used by
/// customers for pulling and pushing images. In most cases, you should use the `docker` CLI to
/// pull, tag, and push images.
#[aws_operation(
    service = Ecr,
    output = UploadLayerPartResponse,
    errors(ServerException, InvalidParameterException, InvalidLayerPartException, RepositoryNotFoundException, UploadNotFoundException, LimitExceededException, KmsException),
)]
pub struct UploadLayerPartRequest {
    /// The Amazon Web Services account ID associated with the registry to which you are uploading
    /// layer parts. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository to which you are uploading layer parts.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The upload ID from a previous InitiateLayerUpload operation to associate with the layer part
    /// upload.
    #[pattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    pub upload_id: String,
    /// The position of the first byte of the layer part witin the overall image layer.
    #[range(min = 0)]
    pub part_first_byte: i64,
    /// The position of the last byte of the layer part within the overall image layer.
    #[range(min = 0)]
    pub part_last_byte: i64,
    /// The base64-encoded layer part payload.
    #[length(0, 20971520)]
    pub layer_part_blob: Vec<u8>,
}

/// The output of UploadLayerPart.
#[aws_shape(output)]
pub struct UploadLayerPartResponse {
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name associated with the request.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The upload ID associated with the request.
    #[pattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    pub upload_id: Option<String>,
    /// The integer value of the last byte received in the request.
    #[range(min = 0)]
    pub last_byte_received: Option<i64>,
}

/// Validates an existing pull through cache rule for an upstream registry that requires
/// authentication. This will retrieve the contents of the Amazon Web Services Secrets Manager
/// secret, verify the syntax, and then validate that authentication to the upstream registry is
/// successful.
#[aws_operation(
    service = Ecr,
    output = ValidatePullThroughCacheRuleResponse,
    errors(ServerException, InvalidParameterException, ValidationException, PullThroughCacheRuleNotFoundException),
)]
pub struct ValidatePullThroughCacheRuleRequest {
    /// The repository name prefix associated with the pull through cache rule.
    #[length(2, 30)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub ecr_repository_prefix: String,
    /// The registry ID associated with the pull through cache rule. If you do not specify a
    /// registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
}

/// The output of ValidatePullThroughCacheRule.
#[aws_shape(output)]
pub struct ValidatePullThroughCacheRuleResponse {
    /// The Amazon ECR repository prefix associated with the pull through cache rule.
    #[length(2, 30)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub ecr_repository_prefix: Option<String>,
    /// The registry ID associated with the request.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The upstream registry URL associated with the pull through cache rule.
    pub upstream_registry_url: Option<String>,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Secrets Manager secret associated
    /// with the pull through cache rule.
    #[length(50, 612)]
    #[pattern(
        "^arn:aws(-\\w+)*:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr\\-pullthroughcache\\/[a-zA-Z0-9\\/_+=.@-]+$"
    )]
    pub credential_arn: Option<String>,
    /// The ARN of the IAM role associated with the pull through cache rule.
    #[length(max = 2048)]
    pub custom_role_arn: Option<String>,
    /// The upstream repository prefix associated with the pull through cache rule.
    #[length(2, 30)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub upstream_repository_prefix: Option<String>,
    /// Whether or not the pull through cache rule was validated. If `true`, Amazon ECR was able to
    /// reach the upstream registry and authentication was successful. If `false`, there was an
    /// issue and validation failed. The `failure` reason indicates the cause.
    pub is_valid: Option<bool>,
    /// The reason the validation failed. For more details about possible causes and how to address
    /// them, see [Using pull through cache
    /// rules](https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html) in
    /// the *Amazon Elastic Container Registry User Guide*.
    pub failure: Option<String>,
}
