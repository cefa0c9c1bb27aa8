//! Structures and enums shared by requests and responses.

use ecr_runtime::OffsetDateTime;
use ecr_runtime::{aws_enum, aws_shape};
use std::collections::HashMap;

/// An object with identifying information for an image in an Amazon ECR repository.
#[aws_shape]
pub struct ImageIdentifier {
    /// The sha256 digest of the image manifest.
    pub image_digest: Option<String>,
    /// The tag used for the image.
    #[length(1, 300)]
    pub image_tag: Option<String>,
}

/// An object representing an Amazon ECR image.
#[aws_shape]
pub struct Image {
    /// The Amazon Web Services account ID associated with the registry containing the image.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository associated with the image.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// An object containing the image tag and image digest associated with an image.
    pub image_id: Option<ImageIdentifier>,
    /// The image manifest associated with the image.
    #[length(1, 4194304)]
    pub image_manifest: Option<String>,
    /// The manifest media type of the image.
    pub image_manifest_media_type: Option<String>,
}

/// An object representing an Amazon ECR image failure.
#[aws_shape]
pub struct ImageFailure {
    /// The image ID associated with the failure.
    pub image_id: Option<ImageIdentifier>,
    /// The code associated with the failure.
    pub failure_code: Option<ImageFailureCode>,
    /// The reason for the failure.
    pub failure_reason: Option<String>,
}

/// The metadata to apply to a resource to help you categorize and organize them. Each tag consists
/// of a key and a value, both of which you define. Tag keys can have a maximum character length of
/// 128 characters, and tag values can have a maximum length of 256 characters.
#[aws_shape]
pub struct Tag {
    /// One part of a key-value pair that make up a tag. A key is a general label that acts like a
    /// category for more specific tag values.
    #[rename("Key")]
    pub key: String,
    /// A value acts as a descriptor within a tag category (key).
    #[rename("Value")]
    pub value: String,
}

/// A filter that specifies which image tags should be excluded from the repository's image tag
/// mutability setting.
#[aws_shape]
pub struct ImageTagMutabilityExclusionFilter {
    /// The type of filter to apply for excluding image tags from mutability settings.
    pub filter_type: ImageTagMutabilityExclusionFilterType,
    /// The filter value used to match image tags for exclusion from mutability settings.
    #[length(1, 128)]
    #[pattern("^[0-9a-zA-Z._*-]{1,128}$")]
    pub filter: String,
}

/// The image scanning configuration for a repository.
#[aws_shape]
pub struct ImageScanningConfiguration {
    /// The setting that determines whether images are scanned after being pushed to a repository. If
    /// set to true, images will be scanned after being pushed. If this parameter is not specified, it
    /// will default to false and images will not be scanned unless a scan is manually started with the
    /// API_StartImageScan API.
    pub scan_on_push: Option<bool>,
}

/// The encryption configuration for the repository. This determines how the contents of your
/// repository are encrypted at rest.
#[aws_shape]
pub struct EncryptionConfiguration {
    /// The encryption type to use.
    pub encryption_type: EncryptionType,
    /// If you use the KMS encryption type, specify the KMS key to use for encryption. The alias, key
    /// ID, or full ARN of the KMS key can be specified. The key must exist in the same Region as the
    /// repository. If no key is specified, the default Amazon Web Services managed KMS key for Amazon
    /// ECR will be used.
    #[length(1, 2048)]
    pub kms_key: Option<String>,
}

/// An object representing a repository.
#[aws_shape]
pub struct Repository {
    /// The Amazon Resource Name (ARN) that identifies the repository. The ARN contains the arn:aws:ecr
    /// namespace, followed by the region of the repository, Amazon Web Services account ID of the
    /// repository owner, and repository name. For example,
    /// arn:aws:ecr:region:012345678910:repository/repository-name.
    pub repository_arn: Option<String>,
    /// The Amazon Web Services account ID associated with the registry that contains the repository.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The URI for the repository. You can use this URI for container image push and pull operations.
    pub repository_uri: Option<String>,
    /// The date and time, in JavaScript date format, when the repository was created.
    pub created_at: Option<OffsetDateTime>,
    /// The tag mutability setting for the repository.
    pub image_tag_mutability: Option<ImageTagMutability>,
    /// A list of filters that specify which image tags are excluded from the repository's image tag
    /// mutability setting.
    #[length(1, 5)]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
    /// The `imageScanningConfiguration` member.
    pub image_scanning_configuration: Option<ImageScanningConfiguration>,
    /// The encryption configuration for the repository. This determines how the contents of your
    /// repository are encrypted at rest.
    pub encryption_configuration: Option<EncryptionConfiguration>,
}

/// An object representing a filter on a ListImages operation.
#[aws_shape]
pub struct ListImagesFilter {
    /// The tag status with which to filter your ListImages results.
    pub tag_status: Option<TagStatus>,
    /// The image status with which to filter your ListImages results. Valid values are ACTIVE,
    /// ARCHIVED, and ACTIVATING. If not specified, only images with ACTIVE status are returned.
    pub image_status: Option<ImageStatusFilter>,
}

/// An object representing a filter on a DescribeImages operation.
#[aws_shape]
pub struct DescribeImagesFilter {
    /// The tag status with which to filter your DescribeImages results. You can filter results based on
    /// whether they are TAGGED or UNTAGGED.
    pub tag_status: Option<TagStatus>,
    /// The image status with which to filter your DescribeImages results. Valid values are ACTIVE,
    /// ARCHIVED, and ACTIVATING. If not specified, only images with ACTIVE status are returned.
    pub image_status: Option<ImageStatusFilter>,
}

/// An object that describes an image returned by a DescribeImages operation.
#[aws_shape]
pub struct ImageDetail {
    /// The Amazon Web Services account ID associated with the registry to which this image belongs.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository to which this image belongs.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The sha256 digest of the image manifest.
    pub image_digest: Option<String>,
    /// The list of tags associated with this image.
    #[each(length(1, 300))]
    pub image_tags: Option<Vec<String>>,
    /// The size, in bytes, of the image in the repository.
    pub image_size_in_bytes: Option<i64>,
    /// The date and time, expressed in standard JavaScript date format, at which the current image was
    /// pushed to the repository.
    pub image_pushed_at: Option<OffsetDateTime>,
    /// The current state of the scan.
    pub image_scan_status: Option<ImageScanStatus>,
    /// A summary of the last completed image scan.
    pub image_scan_findings_summary: Option<ImageScanFindingsSummary>,
    /// The media type of the image manifest.
    pub image_manifest_media_type: Option<String>,
    /// The artifact media type of the image.
    pub artifact_media_type: Option<String>,
    /// The date and time, expressed in standard JavaScript date format, when Amazon ECR recorded the
    /// last image pull.
    pub last_recorded_pull_time: Option<OffsetDateTime>,
    /// The digest of the subject manifest for images that are referrers.
    pub subject_manifest_digest: Option<String>,
    /// The current status of the image.
    pub image_status: Option<ImageStatus>,
    /// The date and time, expressed in standard JavaScript date format, when the image was last
    /// transitioned to Amazon ECR archive.
    pub last_archived_at: Option<OffsetDateTime>,
    /// The date and time, expressed in standard JavaScript date format, when the image was last
    /// restored from Amazon ECR archive to Amazon ECR standard.
    pub last_activated_at: Option<OffsetDateTime>,
}

/// The current status of an image scan.
#[aws_shape]
pub struct ImageScanStatus {
    /// The current state of an image scan.
    pub status: Option<ScanStatus>,
    /// The description of the image scan status.
    pub description: Option<String>,
}

/// A summary of the last completed image scan.
#[aws_shape]
pub struct ImageScanFindingsSummary {
    /// The time of the last completed image scan.
    pub image_scan_completed_at: Option<OffsetDateTime>,
    /// The time when the vulnerability data was last scanned.
    pub vulnerability_source_updated_at: Option<OffsetDateTime>,
    /// The image vulnerability counts, sorted by severity.
    #[values(range(min = 0))]
    pub finding_severity_counts: Option<HashMap<FindingSeverity, i32>>,
}

/// ImageFailureCode values.
#[aws_enum]
pub enum ImageFailureCode {
    InvalidImageDigest,
    InvalidImageTag,
    ImageTagDoesNotMatchDigest,
    ImageNotFound,
    MissingDigestAndTag,
    ImageReferencedByManifestList,
    KmsError,
    UpstreamAccessDenied,
    UpstreamTooManyRequests,
    UpstreamUnavailable,
    ImageInaccessible,
}

/// ImageTagMutability values.
#[aws_enum]
pub enum ImageTagMutability {
    #[rename("MUTABLE")]
    Mutable,
    #[rename("IMMUTABLE")]
    Immutable,
    #[rename("IMMUTABLE_WITH_EXCLUSION")]
    ImmutableWithExclusion,
    #[rename("MUTABLE_WITH_EXCLUSION")]
    MutableWithExclusion,
}

/// ImageTagMutabilityExclusionFilterType values.
#[aws_enum]
pub enum ImageTagMutabilityExclusionFilterType {
    #[rename("WILDCARD")]
    Wildcard,
}

/// EncryptionType values.
#[aws_enum]
pub enum EncryptionType {
    #[rename("AES256")]
    Aes256,
    #[rename("KMS")]
    Kms,
    #[rename("KMS_DSSE")]
    KmsDsse,
}

/// TagStatus values.
#[aws_enum]
pub enum TagStatus {
    #[rename("TAGGED")]
    Tagged,
    #[rename("UNTAGGED")]
    Untagged,
    #[rename("ANY")]
    Any,
}

/// ImageStatusFilter values.
#[aws_enum]
pub enum ImageStatusFilter {
    #[rename("ACTIVE")]
    Active,
    #[rename("ARCHIVED")]
    Archived,
    #[rename("ACTIVATING")]
    Activating,
    #[rename("ANY")]
    Any,
}

/// ScanStatus values.
#[aws_enum]
pub enum ScanStatus {
    #[rename("IN_PROGRESS")]
    InProgress,
    #[rename("COMPLETE")]
    Complete,
    #[rename("FAILED")]
    Failed,
    #[rename("UNSUPPORTED_IMAGE")]
    UnsupportedImage,
    #[rename("ACTIVE")]
    Active,
    #[rename("PENDING")]
    Pending,
    #[rename("SCAN_ELIGIBILITY_EXPIRED")]
    ScanEligibilityExpired,
    #[rename("FINDINGS_UNAVAILABLE")]
    FindingsUnavailable,
    #[rename("LIMIT_EXCEEDED")]
    LimitExceeded,
    #[rename("IMAGE_ARCHIVED")]
    ImageArchived,
    #[rename("IMAGE_SIZE_EXCEEDED")]
    ImageSizeExceeded,
}

/// FindingSeverity values.
#[aws_enum]
pub enum FindingSeverity {
    #[rename("INFORMATIONAL")]
    Informational,
    #[rename("LOW")]
    Low,
    #[rename("MEDIUM")]
    Medium,
    #[rename("HIGH")]
    High,
    #[rename("CRITICAL")]
    Critical,
    #[rename("UNDEFINED")]
    Undefined,
}

/// ImageStatus values.
#[aws_enum]
pub enum ImageStatus {
    #[rename("ACTIVE")]
    Active,
    #[rename("ARCHIVED")]
    Archived,
    #[rename("ACTIVATING")]
    Activating,
}
