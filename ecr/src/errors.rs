// Written by `cargo xtask codegen` from `ecr/model/`: edit the generator
// (`xtask/src/codegen.rs`) or the model, then run it again.

//! The exceptions ECR answers with.

use ecr_runtime::aws_error;

/// The operation did not succeed because the account is managed by a organization policy.
#[aws_error]
pub struct BlockedByOrganizationPolicyException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The specified layer upload does not contain any layer parts.
#[aws_error]
pub struct EmptyUploadException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The specified pull time update exclusion already exists for the registry.
#[aws_error]
pub struct ExclusionAlreadyExistsException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The specified pull time update exclusion was not found.
#[aws_error]
pub struct ExclusionNotFoundException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The specified image has already been pushed, and there were no changes to the manifest or
/// image tag after the last push.
#[aws_error]
pub struct ImageAlreadyExistsException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The specified image is archived and cannot be scanned.
#[aws_error]
pub struct ImageArchivedException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The specified image digest does not match the digest that Amazon ECR calculated for the
/// image.
#[aws_error]
pub struct ImageDigestDoesNotMatchException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The image requested does not exist in the specified repository.
#[aws_error]
pub struct ImageNotFoundException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The requested image storage class update is not supported.
#[aws_error]
pub struct ImageStorageClassUpdateNotSupportedException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The specified image is tagged with a tag that already exists. The repository is configured
/// for tag immutability.
#[aws_error]
pub struct ImageTagAlreadyExistsException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The layer digest calculation performed by Amazon ECR upon receipt of the image layer does
/// not match the digest specified.
#[aws_error]
pub struct InvalidLayerException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The layer part size is not valid, or the first byte specified is not consecutive to the last
/// byte of a previous layer part upload.
#[aws_error]
pub struct InvalidLayerPartException {
    /// The registry ID associated with the exception.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository name associated with the exception.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The upload ID associated with the exception.
    #[pattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    pub upload_id: Option<String>,
    /// The last valid byte received from the layer part upload that is associated with the
    /// exception.
    #[range(min = 0)]
    pub last_valid_byte_received: Option<i64>,
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The specified parameter is invalid. Review the available parameters for the API request.
#[aws_error]
pub struct InvalidParameterException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// An invalid parameter has been specified. Tag keys can have a maximum character length of 128
/// characters, and tag values can have a maximum length of 256 characters.
#[aws_error]
pub struct InvalidTagParameterException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The operation failed due to a KMS exception.
#[aws_error]
pub struct KmsException {
    /// What the service said went wrong.
    pub message: Option<String>,
    /// The error code returned by KMS.
    pub kms_error: Option<String>,
}

/// The image layer already exists in the associated repository.
#[aws_error]
pub struct LayerAlreadyExistsException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The specified layer is not available because it is not associated with an image.
/// Unassociated image layers may be cleaned up at any time.
#[aws_error]
pub struct LayerInaccessibleException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// Layer parts must be at least 5 MiB in size.
#[aws_error]
pub struct LayerPartTooSmallException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The specified layers could not be found, or the specified layer is not valid for this
/// repository.
#[aws_error]
pub struct LayersNotFoundException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The lifecycle policy could not be found, and no policy is set to the repository.
#[aws_error]
pub struct LifecyclePolicyNotFoundException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The previous lifecycle policy preview request has not completed. Wait and try again.
#[aws_error]
pub struct LifecyclePolicyPreviewInProgressException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// There is no dry run for this repository.
#[aws_error]
pub struct LifecyclePolicyPreviewNotFoundException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The operation did not succeed because it would have exceeded a service limit for your
/// account. For more information, see [Amazon ECR service
/// quotas](https://docs.aws.amazon.com/AmazonECR/latest/userguide/service-quotas.html) in the
/// Amazon Elastic Container Registry User Guide.
#[aws_error]
pub struct LimitExceededException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// A pull through cache rule with these settings already exists for the private registry.
#[aws_error]
pub struct PullThroughCacheRuleAlreadyExistsException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The pull through cache rule was not found. Specify a valid pull through cache rule and try
/// again.
#[aws_error]
pub struct PullThroughCacheRuleNotFoundException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The manifest list is referencing an image that does not exist.
#[aws_error]
pub struct ReferencedImagesNotFoundException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The registry doesn't have an associated registry policy.
#[aws_error]
pub struct RegistryPolicyNotFoundException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// A replication backfill is already in progress for the specified destination Region. This
/// occurs because only one replication backfill can be in progress for a given destination
/// Region at a time. Wait for the in progress backfill to reach a terminal status, or stop it
/// with the StopReplicationBackfill operation, before starting another one.
#[aws_error]
pub struct ReplicationBackfillInProgressException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The requested operation can't be performed on the replication backfill because it is not in
/// a valid status for that operation. For example, you can't stop a replication backfill that
/// has already reached a terminal status. Use the DescribeReplicationBackfillResults operation
/// to check the current status before retrying.
#[aws_error]
pub struct ReplicationBackfillInvalidStatusException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The specified replication backfill could not be found. Check the specified replication
/// backfill ID and ensure that you are operating on the correct registry.
#[aws_error]
pub struct ReplicationBackfillNotFoundException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The specified repository already exists in the specified registry.
#[aws_error]
pub struct RepositoryAlreadyExistsException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The specified repository contains images. To delete a repository that contains images, you
/// must force the deletion with the `force` parameter.
#[aws_error]
pub struct RepositoryNotEmptyException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The specified repository could not be found. Check the spelling of the specified repository
/// and ensure that you are performing operations on the correct registry.
#[aws_error]
pub struct RepositoryNotFoundException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The specified repository and registry combination does not have an associated repository
/// policy.
#[aws_error]
pub struct RepositoryPolicyNotFoundException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The specified image scan could not be found. Ensure that image scanning is enabled on the
/// repository and try again.
#[aws_error]
pub struct ScanNotFoundException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The ARN of the secret specified in the pull through cache rule was not found. Update the
/// pull through cache rule with a valid secret ARN and try again.
#[aws_error]
pub struct SecretNotFoundException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// These errors are usually caused by a server-side issue.
#[aws_error]
pub struct ServerException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The specified signing configuration was not found. This occurs when attempting to retrieve
/// or delete a signing configuration that does not exist.
#[aws_error]
pub struct SigningConfigurationNotFoundException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The repository creation template already exists. Specify a unique prefix and try again.
#[aws_error]
pub struct TemplateAlreadyExistsException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The specified repository creation template can't be found. Verify the registry ID and prefix
/// and try again.
#[aws_error]
pub struct TemplateNotFoundException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The list of tags on the repository is over the limit. The maximum number of tags that can be
/// applied to a repository is 50.
#[aws_error]
pub struct TooManyTagsException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The secret is unable to be accessed. Verify the resource permissions for the secret and try
/// again.
#[aws_error]
pub struct UnableToAccessSecretException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The secret is accessible but is unable to be decrypted. Verify the resource permisisons and
/// try again.
#[aws_error]
pub struct UnableToDecryptSecretValueException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The image or images were unable to be pulled using the pull through cache rule. This is
/// usually caused because of an issue with the Secrets Manager secret containing the
/// credentials for the upstream registry.
#[aws_error]
pub struct UnableToGetUpstreamImageException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// There was an issue getting the upstream layer matching the pull through cache rule.
#[aws_error]
pub struct UnableToGetUpstreamLayerException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The referrer or referrers were unable to be listed using the pull through cache rule. This
/// is usually caused because of an issue with the Secrets Manager secret containing the
/// credentials for the upstream registry.
#[aws_error]
pub struct UnableToListUpstreamImageReferrersException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The image is of a type that cannot be scanned.
#[aws_error]
pub struct UnsupportedImageTypeException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The specified upstream registry isn't supported.
#[aws_error]
pub struct UnsupportedUpstreamRegistryException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The upload could not be found, or the specified upload ID is not valid for this repository.
#[aws_error]
pub struct UploadNotFoundException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// There was an exception validating this request.
#[aws_error]
pub struct ValidationException {
    /// What the service said went wrong.
    pub message: Option<String>,
}
