// Written by `cargo xtask codegen` from `ecr/model/`: edit the generator
// (`xtask/src/codegen.rs`) or the model, then run it again.

//! Structures and enums shared by requests and responses.

use ecr_runtime::OffsetDateTime;
use ecr_runtime::{aws_enum, aws_shape};
use std::collections::HashMap;

/// The values of `ArtifactStatus`.
#[aws_enum]
pub enum ArtifactStatus {
    /// `ACTIVE`
    #[rename("ACTIVE")]
    Active,
    /// `ARCHIVED`
    #[rename("ARCHIVED")]
    Archived,
    /// `ACTIVATING`
    #[rename("ACTIVATING")]
    Activating,
}

/// The values of `ArtifactStatusFilter`.
#[aws_enum]
pub enum ArtifactStatusFilter {
    /// `ACTIVE`
    #[rename("ACTIVE")]
    Active,
    /// `ARCHIVED`
    #[rename("ARCHIVED")]
    Archived,
    /// `ACTIVATING`
    #[rename("ACTIVATING")]
    Activating,
    /// `ANY`
    #[rename("ANY")]
    Any,
}

/// This data type is used in the ImageScanFinding data type.
#[aws_shape(output)]
pub struct Attribute {
    /// The attribute key.
    #[length(1, 128)]
    pub key: String,
    /// The value assigned to the attribute key.
    #[length(1, 256)]
    pub value: Option<String>,
}

/// An object representing authorization data for an Amazon ECR registry.
#[aws_shape(output)]
pub struct AuthorizationData {
    /// A base64-encoded string that contains authorization data for the specified Amazon ECR
    /// registry. When the string is decoded, it is presented in the format `user:password` for
    /// private registry authentication using `docker login`.
    #[sensitive]
    #[pattern("^\\S+$")]
    pub authorization_token: Option<String>,
    /// The Unix time in seconds and milliseconds when the authorization token expires.
    /// Authorization tokens are valid for 12 hours.
    pub expires_at: Option<OffsetDateTime>,
    /// The registry URL to use for this authorization token in a `docker login` command. The Amazon
    /// ECR registry URL format is `https://aws_account_id.dkr.ecr.region.amazonaws.com`. For
    /// example, `https://012345678910.dkr.ecr.us-east-1.amazonaws.com`..
    pub proxy_endpoint: Option<String>,
}

/// The image details of the Amazon ECR container image.
#[aws_shape(output)]
pub struct AwsEcrContainerImageDetails {
    /// The architecture of the Amazon ECR container image.
    pub architecture: Option<String>,
    /// The image author of the Amazon ECR container image.
    pub author: Option<String>,
    /// The image hash of the Amazon ECR container image.
    pub image_hash: Option<String>,
    /// The image tags attached to the Amazon ECR container image.
    #[each(length(1, 300))]
    pub image_tags: Option<Vec<String>>,
    /// The platform of the Amazon ECR container image.
    pub platform: Option<String>,
    /// The date and time the Amazon ECR container image was pushed.
    pub pushed_at: Option<OffsetDateTime>,
    /// The most recent date and time a cluster was running the image.
    pub last_in_use_at: Option<OffsetDateTime>,
    /// The number of Amazon ECS or Amazon EKS clusters currently running the image.
    #[range(min = 0)]
    pub in_use_count: Option<i64>,
    /// The registry the Amazon ECR container image belongs to.
    #[pattern("[0-9]{12}")]
    pub registry: Option<String>,
    /// The name of the repository the Amazon ECR container image resides in.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
}

/// The CVSS score for a finding.
#[aws_shape(output)]
pub struct CvssScore {
    /// The base CVSS score used for the finding.
    pub base_score: Option<f64>,
    /// The vector string of the CVSS score.
    pub scoring_vector: Option<String>,
    /// The source of the CVSS score.
    pub source: Option<String>,
    /// The version of CVSS used for the score.
    pub version: Option<String>,
}

/// Details on adjustments Amazon Inspector made to the CVSS score for a finding.
#[aws_shape(output)]
pub struct CvssScoreAdjustment {
    /// The metric used to adjust the CVSS score.
    pub metric: Option<String>,
    /// The reason the CVSS score has been adjustment.
    pub reason: Option<String>,
}

/// Information about the CVSS score.
#[aws_shape(output)]
pub struct CvssScoreDetails {
    /// An object that contains details about adjustment Amazon Inspector made to the CVSS score.
    pub adjustments: Option<Vec<CvssScoreAdjustment>>,
    /// The CVSS score.
    pub score: Option<f64>,
    /// The source for the CVSS score.
    pub score_source: Option<String>,
    /// The vector for the CVSS score.
    pub scoring_vector: Option<String>,
    /// The CVSS version used in scoring.
    pub version: Option<String>,
}

/// The delete replication configuration for a replication rule. When delete replication is
/// enabled, the service replicates image deletions and image tag removals in the source
/// registry to the replication destinations.
#[aws_shape]
pub struct DeleteReplication {
    /// Specifies whether delete replication is enabled. If set to `true`, the service replicates
    /// image deletions and image tag removals from the source registry to each replication
    /// destination. If set to `false`, the service does not replicate image deletions or image tag
    /// removals.
    pub enabled: bool,
}

/// An object representing a filter on a DescribeImages operation.
#[aws_shape]
pub struct DescribeImagesFilter {
    /// The tag status with which to filter your DescribeImages results. You can filter results
    /// based on whether they are `TAGGED` or `UNTAGGED`.
    pub tag_status: Option<TagStatus>,
    /// The image status with which to filter your DescribeImages results. Valid values are
    /// `ACTIVE`, `ARCHIVED`, and `ACTIVATING`. If not specified, only images with `ACTIVE` status
    /// are returned.
    pub image_status: Option<ImageStatusFilter>,
}

/// The encryption configuration for the repository. This determines how the contents of your
/// repository are encrypted at rest.
///
/// By default, when no encryption configuration is set or the `AES256` encryption type is used,
/// Amazon ECR uses server-side encryption with Amazon S3-managed encryption keys which encrypts
/// your data at rest using an AES256 encryption algorithm. This does not require any action on
/// your part.
///
/// For more control over the encryption of the contents of your repository, you can use
/// server-side encryption with Key Management Service key stored in Key Management Service
/// (KMS) to encrypt your images. For more information, see [Amazon ECR encryption at
/// rest](https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html) in the
/// *Amazon Elastic Container Registry User Guide*.
#[aws_shape]
pub struct EncryptionConfiguration {
    /// The encryption type to use.
    ///
    /// If you use the `KMS` encryption type, the contents of the repository will be encrypted using
    /// server-side encryption with Key Management Service key stored in KMS. When you use KMS to
    /// encrypt your data, you can either use the default Amazon Web Services managed KMS key for
    /// Amazon ECR, or specify your own KMS key, which you already created.
    ///
    /// If you use the `KMS_DSSE` encryption type, the contents of the repository will be encrypted
    /// with two layers of encryption using server-side encryption with the KMS Management Service
    /// key stored in KMS. Similar to the `KMS` encryption type, you can either use the default
    /// Amazon Web Services managed KMS key for Amazon ECR, or specify your own KMS key, which
    /// you've already created.
    ///
    /// If you use the `AES256` encryption type, Amazon ECR uses server-side encryption with Amazon
    /// S3-managed encryption keys which encrypts the images in the repository using an AES256
    /// encryption algorithm.
    ///
    /// For more information, see [Amazon ECR encryption at
    /// rest](https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html) in the
    /// *Amazon Elastic Container Registry User Guide*.
    pub encryption_type: EncryptionType,
    /// If you use the `KMS` encryption type, specify the KMS key to use for encryption. The alias,
    /// key ID, or full ARN of the KMS key can be specified. The key must exist in the same Region
    /// as the repository. If no key is specified, the default Amazon Web Services managed KMS key
    /// for Amazon ECR will be used.
    #[length(1, 2048)]
    pub kms_key: Option<String>,
}

/// The encryption configuration to associate with the repository creation template.
#[aws_shape]
pub struct EncryptionConfigurationForRepositoryCreationTemplate {
    /// The encryption type to use.
    ///
    /// If you use the `KMS` encryption type, the contents of the repository will be encrypted using
    /// server-side encryption with Key Management Service key stored in KMS. When you use KMS to
    /// encrypt your data, you can either use the default Amazon Web Services managed KMS key for
    /// Amazon ECR, or specify your own KMS key, which you already created. For more information,
    /// see [Protecting data using server-side encryption with an KMS key stored in Key Management
    /// Service (SSE-KMS)](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingKMSEncryption.html)
    /// in the *Amazon Simple Storage Service Console Developer Guide*.
    ///
    /// If you use the `AES256` encryption type, Amazon ECR uses server-side encryption with Amazon
    /// S3-managed encryption keys which encrypts the images in the repository using an AES256
    /// encryption algorithm. For more information, see [Protecting data using server-side
    /// encryption with Amazon S3-managed encryption keys
    /// (SSE-S3)](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingServerSideEncryption.html) in
    /// the *Amazon Simple Storage Service Console Developer Guide*.
    pub encryption_type: EncryptionType,
    /// If you use the `KMS` encryption type, specify the KMS key to use for encryption. The full
    /// ARN of the KMS key must be specified. The key must exist in the same Region as the
    /// repository. If no key is specified, the default Amazon Web Services managed KMS key for
    /// Amazon ECR will be used.
    #[length(0, 2048)]
    #[pattern("^$|arn:aws[a-z0-9-]*:kms:[a-z0-9-]+:[0-9]{12}:key\\/[a-z0-9-]+")]
    pub kms_key: Option<String>,
}

/// The values of `EncryptionType`.
#[aws_enum]
pub enum EncryptionType {
    /// `AES256`
    #[rename("AES256")]
    Aes256,
    /// `KMS`
    #[rename("KMS")]
    Kms,
    /// `KMS_DSSE`
    #[rename("KMS_DSSE")]
    KmsDsse,
}

/// The details of an enhanced image scan. This is returned when enhanced scanning is enabled
/// for your private registry.
#[aws_shape(output)]
pub struct EnhancedImageScanFinding {
    /// The Amazon Web Services account ID associated with the image.
    #[pattern("[0-9]{12}")]
    pub aws_account_id: Option<String>,
    /// The description of the finding.
    pub description: Option<String>,
    /// The Amazon Resource Number (ARN) of the finding.
    pub finding_arn: Option<String>,
    /// The date and time that the finding was first observed.
    pub first_observed_at: Option<OffsetDateTime>,
    /// The date and time that the finding was last observed.
    pub last_observed_at: Option<OffsetDateTime>,
    /// An object that contains the details of a package vulnerability finding.
    pub package_vulnerability_details: Option<PackageVulnerabilityDetails>,
    /// An object that contains the details about how to remediate a finding.
    pub remediation: Option<Remediation>,
    /// Contains information on the resources involved in a finding.
    pub resources: Option<Vec<Resource>>,
    /// The Amazon Inspector score given to the finding.
    pub score: Option<f64>,
    /// An object that contains details of the Amazon Inspector score.
    pub score_details: Option<ScoreDetails>,
    /// The severity of the finding.
    pub severity: Option<String>,
    /// The status of the finding.
    pub status: Option<String>,
    /// The title of the finding.
    pub title: Option<String>,
    /// The type of the finding.
    pub r#type: Option<String>,
    /// The date and time the finding was last updated at.
    pub updated_at: Option<OffsetDateTime>,
    /// Details on whether a fix is available through a version update. This value can be `YES`,
    /// `NO`, or `PARTIAL`. A `PARTIAL` fix means that some, but not all, of the packages identified
    /// in the finding have fixes available through updated versions.
    pub fix_available: Option<String>,
    /// If a finding discovered in your environment has an exploit available.
    pub exploit_available: Option<String>,
}

/// The values of `FindingSeverity`.
#[aws_enum]
pub enum FindingSeverity {
    /// `INFORMATIONAL`
    #[rename("INFORMATIONAL")]
    Informational,
    /// `LOW`
    #[rename("LOW")]
    Low,
    /// `MEDIUM`
    #[rename("MEDIUM")]
    Medium,
    /// `HIGH`
    #[rename("HIGH")]
    High,
    /// `CRITICAL`
    #[rename("CRITICAL")]
    Critical,
    /// `UNDEFINED`
    #[rename("UNDEFINED")]
    Undefined,
}

/// An object representing an Amazon ECR image.
#[aws_shape(output)]
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

/// The values of `ImageActionType`.
#[aws_enum]
pub enum ImageActionType {
    /// `EXPIRE`
    #[rename("EXPIRE")]
    Expire,
    /// `TRANSITION`
    #[rename("TRANSITION")]
    Transition,
}

/// An object that describes an image returned by a DescribeImages operation.
#[aws_shape(output)]
pub struct ImageDetail {
    /// The Amazon Web Services account ID associated with the registry to which this image belongs.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository to which this image belongs.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The `sha256` digest of the image manifest.
    pub image_digest: Option<String>,
    /// The list of tags associated with this image.
    #[each(length(1, 300))]
    pub image_tags: Option<Vec<String>>,
    /// The size, in bytes, of the image in the repository.
    ///
    /// If the image is a manifest list, this will be the max size of all manifests in the list.
    ///
    /// **Note:** Starting with Docker version 1.9, the Docker client compresses image layers before
    /// pushing them to a V2 Docker registry. The output of the `docker images` command shows the
    /// uncompressed image size. Therefore, Docker might return a larger image than the image shown
    /// in the Amazon Web Services Management Console.
    pub image_size_in_bytes: Option<i64>,
    /// The date and time, expressed in standard JavaScript date format, at which the current image
    /// was pushed to the repository.
    pub image_pushed_at: Option<OffsetDateTime>,
    /// The current state of the scan.
    pub image_scan_status: Option<ImageScanStatus>,
    /// A summary of the last completed image scan.
    pub image_scan_findings_summary: Option<ImageScanFindingsSummary>,
    /// The media type of the image manifest.
    pub image_manifest_media_type: Option<String>,
    /// The artifact media type of the image.
    pub artifact_media_type: Option<String>,
    /// The date and time, expressed in standard JavaScript date format, when Amazon ECR recorded
    /// the last image pull.
    ///
    /// **Note:** Amazon ECR refreshes the last image pull timestamp at least once every 24 hours.
    /// For example, if you pull an image once a day then the `lastRecordedPullTime` timestamp will
    /// indicate the exact time that the image was last pulled. However, if you pull an image once
    /// an hour, because Amazon ECR refreshes the `lastRecordedPullTime` timestamp at least once
    /// every 24 hours, the result may not be the exact time that the image was last pulled.
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

/// An object representing an Amazon ECR image failure.
#[aws_shape(output)]
pub struct ImageFailure {
    /// The image ID associated with the failure.
    pub image_id: Option<ImageIdentifier>,
    /// The code associated with the failure.
    pub failure_code: Option<ImageFailureCode>,
    /// The reason for the failure.
    pub failure_reason: Option<String>,
}

/// The values of `ImageFailureCode`.
#[aws_enum]
pub enum ImageFailureCode {
    /// `InvalidImageDigest`
    InvalidImageDigest,
    /// `InvalidImageTag`
    InvalidImageTag,
    /// `ImageTagDoesNotMatchDigest`
    ImageTagDoesNotMatchDigest,
    /// `ImageNotFound`
    ImageNotFound,
    /// `MissingDigestAndTag`
    MissingDigestAndTag,
    /// `ImageReferencedByManifestList`
    ImageReferencedByManifestList,
    /// `KmsError`
    KmsError,
    /// `UpstreamAccessDenied`
    UpstreamAccessDenied,
    /// `UpstreamTooManyRequests`
    UpstreamTooManyRequests,
    /// `UpstreamUnavailable`
    UpstreamUnavailable,
    /// `ImageInaccessible`
    ImageInaccessible,
}

/// An object with identifying information for an image in an Amazon ECR repository.
#[aws_shape]
pub struct ImageIdentifier {
    /// The `sha256` digest of the image manifest.
    pub image_digest: Option<String>,
    /// The tag used for the image.
    #[length(1, 300)]
    pub image_tag: Option<String>,
}

/// An object representing an artifact associated with a subject image.
#[aws_shape(output)]
pub struct ImageReferrer {
    /// The digest of the artifact manifest.
    pub digest: String,
    /// The media type of the artifact manifest.
    pub media_type: String,
    /// A string identifying the type of artifact.
    #[length(1, 255)]
    pub artifact_type: Option<String>,
    /// The size, in bytes, of the artifact.
    pub size: i64,
    /// A map of annotations associated with the artifact.
    pub annotations: Option<HashMap<String, String>>,
    /// The status of the artifact. Valid values are `ACTIVE`, `ARCHIVED`, or `ACTIVATING`.
    pub artifact_status: Option<ArtifactStatus>,
}

/// The status of the replication process for an image.
#[aws_shape(output)]
pub struct ImageReplicationStatus {
    /// The destination Region for the image replication.
    #[length(2, 25)]
    #[pattern("[0-9a-z-]{2,25}")]
    pub region: Option<String>,
    /// The Amazon Web Services account ID associated with the registry to which the image belongs.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The image replication status.
    pub status: Option<ReplicationStatus>,
    /// The failure code for a replication that has failed.
    pub failure_code: Option<String>,
}

/// Contains information about an image scan finding.
#[aws_shape(output)]
pub struct ImageScanFinding {
    /// The name associated with the finding, usually a CVE number.
    pub name: Option<String>,
    /// The description of the finding.
    pub description: Option<String>,
    /// A link containing additional details about the security vulnerability.
    pub uri: Option<String>,
    /// The finding severity.
    pub severity: Option<FindingSeverity>,
    /// A collection of attributes of the host from which the finding is generated.
    #[length(0, 50)]
    pub attributes: Option<Vec<Attribute>>,
}

/// The details of an image scan.
#[aws_shape(output)]
pub struct ImageScanFindings {
    /// The time of the last completed image scan.
    pub image_scan_completed_at: Option<OffsetDateTime>,
    /// The time when the vulnerability data was last scanned.
    pub vulnerability_source_updated_at: Option<OffsetDateTime>,
    /// The image vulnerability counts, sorted by severity.
    #[values(range(min = 0))]
    pub finding_severity_counts: Option<HashMap<FindingSeverity, i32>>,
    /// The findings from the image scan.
    pub findings: Option<Vec<ImageScanFinding>>,
    /// Details about the enhanced scan findings from Amazon Inspector.
    pub enhanced_findings: Option<Vec<EnhancedImageScanFinding>>,
}

/// A summary of the last completed image scan.
#[aws_shape(output)]
pub struct ImageScanFindingsSummary {
    /// The time of the last completed image scan.
    pub image_scan_completed_at: Option<OffsetDateTime>,
    /// The time when the vulnerability data was last scanned.
    pub vulnerability_source_updated_at: Option<OffsetDateTime>,
    /// The image vulnerability counts, sorted by severity.
    #[values(range(min = 0))]
    pub finding_severity_counts: Option<HashMap<FindingSeverity, i32>>,
}

/// The current status of an image scan.
#[aws_shape(output)]
pub struct ImageScanStatus {
    /// The current state of an image scan.
    pub status: Option<ScanStatus>,
    /// The description of the image scan status.
    pub description: Option<String>,
}

/// The image scanning configuration for a repository.
#[aws_shape]
pub struct ImageScanningConfiguration {
    /// The setting that determines whether images are scanned after being pushed to a repository.
    /// If set to `true`, images will be scanned after being pushed. If this parameter is not
    /// specified, it will default to `false` and images will not be scanned unless a scan is
    /// manually started with the
    /// [API_StartImageScan](https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_StartImageScan.html)
    /// API.
    pub scan_on_push: Option<bool>,
}

/// The signing status for an image. Each status corresponds to a signing profile.
#[aws_shape(output)]
pub struct ImageSigningStatus {
    /// The ARN of the Amazon Web Services Signer signing profile used to sign the image.
    #[length(max = 200)]
    #[pattern(
        "^arn:aws(-[a-z]+)*:signer:[a-z0-9-]+:[0-9]{12}:\\/signing-profiles\\/[a-zA-Z0-9_]{2,}$"
    )]
    pub signing_profile_arn: Option<String>,
    /// The failure code, which is only present if `status` is `FAILED`.
    pub failure_code: Option<String>,
    /// A description of why signing the image failed. This field is only present if `status` is
    /// `FAILED`.
    pub failure_reason: Option<String>,
    /// The image's signing status. Possible values are:
    ///
    /// - `IN_PROGRESS` - Signing is currently in progress.
    /// - `COMPLETE` - The signature was successfully generated.
    /// - `FAILED` - Signing failed. See `failureCode` and `failureReason` for details.
    pub status: Option<SigningStatus>,
}

/// The values of `ImageStatus`.
#[aws_enum]
pub enum ImageStatus {
    /// `ACTIVE`
    #[rename("ACTIVE")]
    Active,
    /// `ARCHIVED`
    #[rename("ARCHIVED")]
    Archived,
    /// `ACTIVATING`
    #[rename("ACTIVATING")]
    Activating,
}

/// The values of `ImageStatusFilter`.
#[aws_enum]
pub enum ImageStatusFilter {
    /// `ACTIVE`
    #[rename("ACTIVE")]
    Active,
    /// `ARCHIVED`
    #[rename("ARCHIVED")]
    Archived,
    /// `ACTIVATING`
    #[rename("ACTIVATING")]
    Activating,
    /// `ANY`
    #[rename("ANY")]
    Any,
}

/// The values of `ImageTagMutability`.
#[aws_enum]
pub enum ImageTagMutability {
    /// `MUTABLE`
    #[rename("MUTABLE")]
    Mutable,
    /// `IMMUTABLE`
    #[rename("IMMUTABLE")]
    Immutable,
    /// `IMMUTABLE_WITH_EXCLUSION`
    #[rename("IMMUTABLE_WITH_EXCLUSION")]
    ImmutableWithExclusion,
    /// `MUTABLE_WITH_EXCLUSION`
    #[rename("MUTABLE_WITH_EXCLUSION")]
    MutableWithExclusion,
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

/// The values of `ImageTagMutabilityExclusionFilterType`.
#[aws_enum]
pub enum ImageTagMutabilityExclusionFilterType {
    /// `WILDCARD`
    #[rename("WILDCARD")]
    Wildcard,
}

/// An object representing an Amazon ECR image layer.
#[aws_shape(output)]
pub struct Layer {
    /// The `sha256` digest of the image layer.
    #[pattern("[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+")]
    pub layer_digest: Option<String>,
    /// The availability status of the image layer.
    pub layer_availability: Option<LayerAvailability>,
    /// The size, in bytes, of the image layer.
    pub layer_size: Option<i64>,
    /// The media type of the layer, such as `application/vnd.docker.image.rootfs.diff.tar.gzip` or
    /// `application/vnd.oci.image.layer.v1.tar+gzip`.
    pub media_type: Option<String>,
}

/// The values of `LayerAvailability`.
#[aws_enum]
pub enum LayerAvailability {
    /// `AVAILABLE`
    #[rename("AVAILABLE")]
    Available,
    /// `UNAVAILABLE`
    #[rename("UNAVAILABLE")]
    Unavailable,
    /// `ARCHIVED`
    #[rename("ARCHIVED")]
    Archived,
}

/// An object representing an Amazon ECR image layer failure.
#[aws_shape(output)]
pub struct LayerFailure {
    /// The layer digest associated with the failure.
    #[length(0, 1000)]
    pub layer_digest: Option<String>,
    /// The failure code associated with the failure.
    pub failure_code: Option<LayerFailureCode>,
    /// The reason for the failure.
    pub failure_reason: Option<String>,
}

/// The values of `LayerFailureCode`.
#[aws_enum]
pub enum LayerFailureCode {
    /// `InvalidLayerDigest`
    InvalidLayerDigest,
    /// `MissingLayerDigest`
    MissingLayerDigest,
}

/// The filter for the lifecycle policy preview.
#[aws_shape]
pub struct LifecyclePolicyPreviewFilter {
    /// The tag status of the image.
    pub tag_status: Option<TagStatus>,
}

/// The result of the lifecycle policy preview.
#[aws_shape(output)]
pub struct LifecyclePolicyPreviewResult {
    /// The list of tags associated with this image.
    #[each(length(1, 300))]
    pub image_tags: Option<Vec<String>>,
    /// The `sha256` digest of the image manifest.
    pub image_digest: Option<String>,
    /// The date and time, expressed in standard JavaScript date format, at which the current image
    /// was pushed to the repository.
    pub image_pushed_at: Option<OffsetDateTime>,
    /// The type of action to be taken.
    pub action: Option<LifecyclePolicyRuleAction>,
    /// The priority of the applied rule.
    #[range(min = 1)]
    pub applied_rule_priority: Option<i32>,
    /// The storage class of the image.
    pub storage_class: Option<LifecyclePolicyStorageClass>,
}

/// The values of `LifecyclePolicyPreviewStatus`.
#[aws_enum]
pub enum LifecyclePolicyPreviewStatus {
    /// `IN_PROGRESS`
    #[rename("IN_PROGRESS")]
    InProgress,
    /// `COMPLETE`
    #[rename("COMPLETE")]
    Complete,
    /// `EXPIRED`
    #[rename("EXPIRED")]
    Expired,
    /// `FAILED`
    #[rename("FAILED")]
    Failed,
}

/// The summary of the lifecycle policy preview request.
#[aws_shape(output)]
pub struct LifecyclePolicyPreviewSummary {
    /// The number of expiring images.
    #[range(min = 0)]
    pub expiring_image_total_count: Option<i32>,
    /// The total count of images that will be transitioned to each storage class. This field is
    /// only present if at least one image will be transitoned in the summary.
    pub transitioning_image_total_counts: Option<Vec<TransitioningImageTotalCount>>,
}

/// The type of action to be taken.
#[aws_shape(output)]
pub struct LifecyclePolicyRuleAction {
    /// The type of action to be taken.
    pub r#type: Option<ImageActionType>,
    /// The target storage class for the action. This is only present when the `type` is
    /// `TRANSITION.`
    pub target_storage_class: Option<LifecyclePolicyTargetStorageClass>,
}

/// The values of `LifecyclePolicyStorageClass`.
#[aws_enum]
pub enum LifecyclePolicyStorageClass {
    /// `ARCHIVE`
    #[rename("ARCHIVE")]
    Archive,
    /// `STANDARD`
    #[rename("STANDARD")]
    Standard,
}

/// The values of `LifecyclePolicyTargetStorageClass`.
#[aws_enum]
pub enum LifecyclePolicyTargetStorageClass {
    /// `ARCHIVE`
    #[rename("ARCHIVE")]
    Archive,
}

/// An object representing a filter on a ListImageReferrers operation.
#[aws_shape]
pub struct ListImageReferrersFilter {
    /// The artifact types with which to filter your ListImageReferrers results.
    #[length(0, 5)]
    #[each(length(1, 255))]
    pub artifact_types: Option<Vec<String>>,
    /// The artifact status with which to filter your ListImageReferrers results. Valid values are
    /// `ACTIVE`, `ARCHIVED`, `ACTIVATING`, or `ANY`. If not specified, only artifacts with `ACTIVE`
    /// status are returned.
    pub artifact_status: Option<ArtifactStatusFilter>,
}

/// An object representing a filter on a ListImages operation.
#[aws_shape]
pub struct ListImagesFilter {
    /// The tag status with which to filter your ListImages results.
    pub tag_status: Option<TagStatus>,
    /// The image status with which to filter your ListImages results. Valid values are `ACTIVE`,
    /// `ARCHIVED`, and `ACTIVATING`. If not specified, only images with `ACTIVE` status are
    /// returned.
    pub image_status: Option<ImageStatusFilter>,
}

/// Information about a package vulnerability finding.
#[aws_shape(output)]
pub struct PackageVulnerabilityDetails {
    /// An object that contains details about the CVSS score of a finding.
    pub cvss: Option<Vec<CvssScore>>,
    /// One or more URLs that contain details about this vulnerability type.
    pub reference_urls: Option<Vec<String>>,
    /// One or more vulnerabilities related to the one identified in this finding.
    pub related_vulnerabilities: Option<Vec<String>>,
    /// The source of the vulnerability information.
    pub source: Option<String>,
    /// A URL to the source of the vulnerability information.
    pub source_url: Option<String>,
    /// The date and time that this vulnerability was first added to the vendor's database.
    pub vendor_created_at: Option<OffsetDateTime>,
    /// The severity the vendor has given to this vulnerability type.
    pub vendor_severity: Option<String>,
    /// The date and time the vendor last updated this vulnerability in their database.
    pub vendor_updated_at: Option<OffsetDateTime>,
    /// The ID given to this vulnerability.
    pub vulnerability_id: Option<String>,
    /// The packages impacted by this vulnerability.
    pub vulnerable_packages: Option<Vec<VulnerablePackage>>,
}

/// The details of a pull through cache rule.
#[aws_shape(output)]
pub struct PullThroughCacheRule {
    /// The Amazon ECR repository prefix associated with the pull through cache rule.
    #[length(2, 30)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub ecr_repository_prefix: Option<String>,
    /// The upstream registry URL associated with the pull through cache rule.
    pub upstream_registry_url: Option<String>,
    /// The date and time the pull through cache was created.
    pub created_at: Option<OffsetDateTime>,
    /// The Amazon Web Services account ID associated with the registry the pull through cache rule
    /// is associated with.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The ARN of the Secrets Manager secret associated with the pull through cache rule.
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
    /// The name of the upstream source registry associated with the pull through cache rule.
    pub upstream_registry: Option<UpstreamRegistry>,
    /// The date and time, in JavaScript date format, when the pull through cache rule was last
    /// updated.
    pub updated_at: Option<OffsetDateTime>,
}

/// The values of `RCTAppliedFor`.
#[aws_enum]
pub enum RCTAppliedFor {
    /// `REPLICATION`
    #[rename("REPLICATION")]
    Replication,
    /// `PULL_THROUGH_CACHE`
    #[rename("PULL_THROUGH_CACHE")]
    PullThroughCache,
    /// `CREATE_ON_PUSH`
    #[rename("CREATE_ON_PUSH")]
    CreateOnPush,
}

/// Details about the recommended course of action to remediate the finding.
#[aws_shape(output)]
pub struct Recommendation {
    /// The URL address to the CVE remediation recommendations.
    pub url: Option<String>,
    /// The recommended course of action to remediate the finding.
    pub text: Option<String>,
}

/// The scanning configuration for a private registry.
#[aws_shape(output)]
pub struct RegistryScanningConfiguration {
    /// The type of scanning configured for the registry.
    pub scan_type: Option<ScanType>,
    /// The scanning rules associated with the registry.
    #[length(0, 2)]
    pub rules: Option<Vec<RegistryScanningRule>>,
}

/// The details of a scanning rule for a private registry.
#[aws_shape]
pub struct RegistryScanningRule {
    /// The frequency that scans are performed at for a private registry. When the `ENHANCED` scan
    /// type is specified, the supported scan frequencies are `CONTINUOUS_SCAN` and `SCAN_ON_PUSH`.
    /// When the `BASIC` scan type is specified, the `SCAN_ON_PUSH` scan frequency is supported. If
    /// scan on push is not specified, then the `MANUAL` scan frequency is set by default.
    pub scan_frequency: ScanFrequency,
    /// The repository filters associated with the scanning configuration for a private registry.
    #[length(0, 100)]
    pub repository_filters: Vec<ScanningRepositoryFilter>,
}

/// Information on how to remediate a finding.
#[aws_shape(output)]
pub struct Remediation {
    /// An object that contains information about the recommended course of action to remediate the
    /// finding.
    pub recommendation: Option<Recommendation>,
}

/// An object representing the progress of a replication backfill, including the total,
/// completed, and failed replication counts.
#[aws_shape(output)]
pub struct ReplicationBackfillProgress {
    /// The total number of replications that the backfill will perform. Each image and tag
    /// combination is counted as a single replication.
    #[range(min = 0)]
    pub total_replication_count: i32,
    /// The number of replications that have completed successfully.
    #[range(min = 0)]
    pub completed_replication_count: i32,
    /// The number of replications that have failed.
    #[range(min = 0)]
    pub failed_replication_count: i32,
    /// The distinct failure codes for the replications that have failed. Each failure code appears
    /// at most once, regardless of how many replications failed with that code.
    pub failure_codes: Vec<String>,
}

/// An object representing the result of a single replication during a replication backfill.
/// Each image and tag combination is replicated as a single replication.
#[aws_shape(output)]
pub struct ReplicationBackfillResult {
    /// The name of the repository that contains the image.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// An object with identifying information for the image.
    pub image_id: ImageIdentifier,
    /// The replication status of the image.
    pub status: ReplicationBackfillResultStatus,
    /// The failure code for a replication that has failed.
    pub failure_code: Option<String>,
    /// The distinct failure codes for the images referenced by a manifest list that failed to
    /// replicate. Each failure code appears at most once, regardless of how many referenced images
    /// failed with that code. This field is present only when the image is a manifest list.
    pub sub_image_failure_codes: Option<Vec<String>>,
}

/// The values of `ReplicationBackfillResultStatus`.
#[aws_enum]
pub enum ReplicationBackfillResultStatus {
    /// `COMPLETE`
    #[rename("COMPLETE")]
    Complete,
    /// `FAILED`
    #[rename("FAILED")]
    Failed,
}

/// The values of `ReplicationBackfillStatus`.
#[aws_enum]
pub enum ReplicationBackfillStatus {
    /// `PREPARING`
    #[rename("PREPARING")]
    Preparing,
    /// `IN_PROGRESS`
    #[rename("IN_PROGRESS")]
    InProgress,
    /// `COMPLETE`
    #[rename("COMPLETE")]
    Complete,
    /// `FAILED`
    #[rename("FAILED")]
    Failed,
    /// `STOPPING`
    #[rename("STOPPING")]
    Stopping,
    /// `STOPPED`
    #[rename("STOPPED")]
    Stopped,
}

/// An object representing a summary of a replication backfill, including its status,
/// destination, progress, and start and end times.
#[aws_shape(output)]
pub struct ReplicationBackfillSummary {
    /// The ID of the replication backfill.
    #[pattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    pub replication_backfill_id: String,
    /// The destination Region and registry to which the images are replicated.
    pub destination: ReplicationDestination,
    /// The current status of the replication backfill.
    pub status: ReplicationBackfillStatus,
    /// The failure code for a replication backfill that has failed.
    pub failure_code: Option<String>,
    /// The progress of the replication backfill, including the total, completed, and failed
    /// replication counts. This value is `null` until the replication backfill finishes preparing
    /// the set of images to replicate. It is therefore `null` while the replication backfill is
    /// `PREPARING`, and remains `null` if the replication backfill is stopped before preparation
    /// completes.
    pub progress: Option<ReplicationBackfillProgress>,
    /// The date and time, in JavaScript date format, when the replication backfill was started.
    pub started_at: OffsetDateTime,
    /// The date and time, in JavaScript date format, when the replication backfill ended. This
    /// value is `null` while the replication backfill is still in progress.
    pub ended_at: Option<OffsetDateTime>,
}

/// The replication configuration for a registry.
#[aws_shape]
pub struct ReplicationConfiguration {
    /// An array of objects representing the replication destinations and repository filters for a
    /// replication configuration.
    #[length(0, 25)]
    pub rules: Vec<ReplicationRule>,
}

/// An array of objects representing the destination for a replication rule.
#[aws_shape]
pub struct ReplicationDestination {
    /// The Region to replicate to.
    #[length(2, 25)]
    #[pattern("[0-9a-z-]{2,25}")]
    pub region: String,
    /// The Amazon Web Services account ID of the Amazon ECR private registry to replicate to. When
    /// configuring cross-Region replication within your own registry, specify your own account ID.
    #[pattern("[0-9]{12}")]
    pub registry_id: String,
}

/// An array of objects representing the replication destinations and repository filters for a
/// replication configuration.
#[aws_shape]
pub struct ReplicationRule {
    /// An array of objects representing the destination for a replication rule.
    #[length(0, 100)]
    pub destinations: Vec<ReplicationDestination>,
    /// An array of objects representing the filters for a replication rule. Specifying a repository
    /// filter for a replication rule provides a method for controlling which repositories in a
    /// private registry are replicated.
    #[length(1, 100)]
    pub repository_filters: Option<Vec<RepositoryFilter>>,
    /// The delete replication settings for the replication rule. When delete replication is
    /// enabled, the service replicates image deletions and image tag removals from the source
    /// registry to the replication destinations. If you do not specify this parameter, the service
    /// does not replicate image deletions or image tag removals for the replication rule.
    pub delete_replication: Option<DeleteReplication>,
}

/// The values of `ReplicationStatus`.
#[aws_enum]
pub enum ReplicationStatus {
    /// `IN_PROGRESS`
    #[rename("IN_PROGRESS")]
    InProgress,
    /// `COMPLETE`
    #[rename("COMPLETE")]
    Complete,
    /// `FAILED`
    #[rename("FAILED")]
    Failed,
}

/// An object representing a repository.
#[aws_shape(output)]
pub struct Repository {
    /// The Amazon Resource Name (ARN) that identifies the repository. The ARN contains the
    /// `arn:aws:ecr` namespace, followed by the region of the repository, Amazon Web Services
    /// account ID of the repository owner, and repository name. For example,
    /// `arn:aws:ecr:region:012345678910:repository/repository-name`.
    pub repository_arn: Option<String>,
    /// The Amazon Web Services account ID associated with the registry that contains the
    /// repository.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The URI for the repository. You can use this URI for container image `push` and `pull`
    /// operations.
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

/// The details of the repository creation template associated with the request.
#[aws_shape(output)]
pub struct RepositoryCreationTemplate {
    /// The repository namespace prefix associated with the repository creation template.
    #[length(1, 256)]
    #[pattern(
        "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"
    )]
    pub prefix: Option<String>,
    /// The description associated with the repository creation template.
    #[length(max = 256)]
    pub description: Option<String>,
    /// The encryption configuration associated with the repository creation template.
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
    /// A list of filters that specify which image tags are excluded from the repository creation
    /// template's image tag mutability setting.
    #[length(1, 5)]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
    /// The repository policy to apply to repositories created using the template. A repository
    /// policy is a permissions policy associated with a repository to control access permissions.
    #[length(0, 10240)]
    pub repository_policy: Option<String>,
    /// The lifecycle policy to use for repositories created using the template.
    #[length(0, 30720)]
    pub lifecycle_policy: Option<String>,
    /// A list of enumerable Strings representing the repository creation scenarios that this
    /// template will apply towards. The supported scenarios are PULL_THROUGH_CACHE, REPLICATION,
    /// and CREATE_ON_PUSH
    pub applied_for: Option<Vec<RCTAppliedFor>>,
    /// The ARN of the role to be assumed by Amazon ECR. Amazon ECR will assume your supplied role
    /// when the customRoleArn is specified. When this field isn't specified, Amazon ECR will use
    /// the service-linked role for the repository creation template.
    #[length(max = 2048)]
    pub custom_role_arn: Option<String>,
    /// The date and time, in JavaScript date format, when the repository creation template was
    /// created.
    pub created_at: Option<OffsetDateTime>,
    /// The date and time, in JavaScript date format, when the repository creation template was last
    /// updated.
    pub updated_at: Option<OffsetDateTime>,
}

/// The filter settings used with image replication. Specifying a repository filter to a
/// replication rule provides a method for controlling which repositories in a private registry
/// are replicated. If no filters are added, the contents of all repositories are replicated.
#[aws_shape]
pub struct RepositoryFilter {
    /// The repository filter details. When the `PREFIX_MATCH` filter type is specified, this value
    /// is required and should be the repository name prefix to configure replication for.
    #[length(2, 256)]
    #[pattern("^(?:[a-z0-9]+(?:[._-][a-z0-9]*)*/)*[a-z0-9]*(?:[._-][a-z0-9]*)*$")]
    pub filter: String,
    /// The repository filter type. The only supported value is `PREFIX_MATCH`, which is a
    /// repository name prefix specified with the `filter` parameter.
    pub filter_type: RepositoryFilterType,
}

/// The values of `RepositoryFilterType`.
#[aws_enum]
pub enum RepositoryFilterType {
    /// `PREFIX_MATCH`
    #[rename("PREFIX_MATCH")]
    PrefixMatch,
}

/// The details of the scanning configuration for a repository.
#[aws_shape(output)]
pub struct RepositoryScanningConfiguration {
    /// The ARN of the repository.
    pub repository_arn: Option<String>,
    /// The name of the repository.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// Whether or not scan on push is configured for the repository.
    pub scan_on_push: Option<bool>,
    /// The scan frequency for the repository.
    pub scan_frequency: Option<ScanFrequency>,
    /// The scan filters applied to the repository.
    #[length(0, 100)]
    pub applied_scan_filters: Option<Vec<ScanningRepositoryFilter>>,
}

/// The details about any failures associated with the scanning configuration of a repository.
#[aws_shape(output)]
pub struct RepositoryScanningConfigurationFailure {
    /// The name of the repository.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: Option<String>,
    /// The failure code.
    pub failure_code: Option<ScanningConfigurationFailureCode>,
    /// The reason for the failure.
    pub failure_reason: Option<String>,
}

/// Details about the resource involved in a finding.
#[aws_shape(output)]
pub struct Resource {
    /// An object that contains details about the resource involved in a finding.
    pub details: Option<ResourceDetails>,
    /// The ID of the resource.
    pub id: Option<String>,
    /// The tags attached to the resource.
    pub tags: Option<HashMap<String, String>>,
    /// The type of resource.
    pub r#type: Option<String>,
}

/// Contains details about the resource involved in the finding.
#[aws_shape(output)]
pub struct ResourceDetails {
    /// An object that contains details about the Amazon ECR container image involved in the
    /// finding.
    pub aws_ecr_container_image: Option<AwsEcrContainerImageDetails>,
}

/// The values of `ScanFrequency`.
#[aws_enum]
pub enum ScanFrequency {
    /// `SCAN_ON_PUSH`
    #[rename("SCAN_ON_PUSH")]
    ScanOnPush,
    /// `CONTINUOUS_SCAN`
    #[rename("CONTINUOUS_SCAN")]
    ContinuousScan,
    /// `MANUAL`
    #[rename("MANUAL")]
    Manual,
}

/// The values of `ScanStatus`.
#[aws_enum]
pub enum ScanStatus {
    /// `IN_PROGRESS`
    #[rename("IN_PROGRESS")]
    InProgress,
    /// `COMPLETE`
    #[rename("COMPLETE")]
    Complete,
    /// `FAILED`
    #[rename("FAILED")]
    Failed,
    /// `UNSUPPORTED_IMAGE`
    #[rename("UNSUPPORTED_IMAGE")]
    UnsupportedImage,
    /// `ACTIVE`
    #[rename("ACTIVE")]
    Active,
    /// `PENDING`
    #[rename("PENDING")]
    Pending,
    /// `SCAN_ELIGIBILITY_EXPIRED`
    #[rename("SCAN_ELIGIBILITY_EXPIRED")]
    ScanEligibilityExpired,
    /// `FINDINGS_UNAVAILABLE`
    #[rename("FINDINGS_UNAVAILABLE")]
    FindingsUnavailable,
    /// `LIMIT_EXCEEDED`
    #[rename("LIMIT_EXCEEDED")]
    LimitExceeded,
    /// `IMAGE_ARCHIVED`
    #[rename("IMAGE_ARCHIVED")]
    ImageArchived,
    /// `IMAGE_SIZE_EXCEEDED`
    #[rename("IMAGE_SIZE_EXCEEDED")]
    ImageSizeExceeded,
}

/// The values of `ScanType`.
#[aws_enum]
pub enum ScanType {
    /// `BASIC`
    #[rename("BASIC")]
    Basic,
    /// `ENHANCED`
    #[rename("ENHANCED")]
    Enhanced,
}

/// The values of `ScanningConfigurationFailureCode`.
#[aws_enum]
pub enum ScanningConfigurationFailureCode {
    /// `REPOSITORY_NOT_FOUND`
    #[rename("REPOSITORY_NOT_FOUND")]
    RepositoryNotFound,
}

/// The details of a scanning repository filter. For more information on how to use filters, see
/// [Using
/// filters](https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html#image-scanning-filters)
/// in the *Amazon Elastic Container Registry User Guide*.
#[aws_shape]
pub struct ScanningRepositoryFilter {
    /// The filter to use when scanning.
    #[length(1, 255)]
    #[pattern("^[a-z0-9*](?:[._\\-/a-z0-9*]?[a-z0-9*]+)*$")]
    pub filter: String,
    /// The type associated with the filter.
    pub filter_type: ScanningRepositoryFilterType,
}

/// The values of `ScanningRepositoryFilterType`.
#[aws_enum]
pub enum ScanningRepositoryFilterType {
    /// `WILDCARD`
    #[rename("WILDCARD")]
    Wildcard,
}

/// Information about the Amazon Inspector score given to a finding.
#[aws_shape(output)]
pub struct ScoreDetails {
    /// An object that contains details about the CVSS score given to a finding.
    pub cvss: Option<CvssScoreDetails>,
}

/// The signing configuration for a registry, which specifies rules for automatically signing
/// images when pushed.
#[aws_shape]
pub struct SigningConfiguration {
    /// A list of signing rules. Each rule defines a signing profile and optional repository filters
    /// that determine which images are automatically signed. Maximum of 10 rules.
    #[length(0, 10)]
    pub rules: Vec<SigningRule>,
}

/// A repository filter used to determine which repositories have their images automatically
/// signed on push. Each filter consists of a filter type and filter value.
#[aws_shape]
pub struct SigningRepositoryFilter {
    /// The filter value used to match repository names. When using `WILDCARD_MATCH`, the `*`
    /// character matches any sequence of characters.
    ///
    /// Examples:
    ///
    /// - `myapp/*` - Matches all repositories starting with `myapp/`
    /// - `*/production` - Matches all repositories ending with `/production`
    /// - `*prod*` - Matches all repositories containing `prod`
    #[length(1, 256)]
    #[pattern("^(?:[a-z0-9*]+(?:[._-][a-z0-9*]+)*/)*[a-z0-9*]+(?:[._-][a-z0-9*]+)*$")]
    pub filter: String,
    /// The type of filter to apply. Currently, only `WILDCARD_MATCH` is supported, which uses
    /// wildcard patterns to match repository names.
    pub filter_type: SigningRepositoryFilterType,
}

/// The type of filter to use when determining which repositories should have their images
/// automatically signed.
#[aws_enum]
pub enum SigningRepositoryFilterType {
    /// `WILDCARD_MATCH`
    #[rename("WILDCARD_MATCH")]
    WildcardMatch,
}

/// A signing rule that specifies a signing profile and optional repository filters. When an
/// image is pushed to a matching repository, a signing job is created using the specified
/// profile.
#[aws_shape]
pub struct SigningRule {
    /// The ARN of the Amazon Web Services Signer signing profile to use for signing images that
    /// match this rule. For more information about signing profiles, see [Signing
    /// profiles](https://docs.aws.amazon.com/signer/latest/developerguide/signing-profiles.html) in
    /// the *Amazon Web Services Signer Developer Guide*.
    #[length(max = 200)]
    #[pattern(
        "^arn:aws(-[a-z]+)*:signer:[a-z0-9-]+:[0-9]{12}:\\/signing-profiles\\/[a-zA-Z0-9_]{2,}$"
    )]
    pub signing_profile_arn: String,
    /// A list of repository filters that determine which repositories have their images signed on
    /// push. If no filters are specified, all images pushed to the registry are signed using the
    /// rule's signing profile. Maximum of 100 filters per rule.
    #[length(1, 100)]
    pub repository_filters: Option<Vec<SigningRepositoryFilter>>,
}

/// The image signing status. Possible values include `IN_PROGRESS`, `COMPLETE`, and `FAILED`.
#[aws_enum]
pub enum SigningStatus {
    /// `IN_PROGRESS`
    #[rename("IN_PROGRESS")]
    InProgress,
    /// `COMPLETE`
    #[rename("COMPLETE")]
    Complete,
    /// `FAILED`
    #[rename("FAILED")]
    Failed,
}

/// An object that identifies an image subject.
#[aws_shape]
pub struct SubjectIdentifier {
    /// The digest of the image.
    pub image_digest: String,
}

/// The metadata to apply to a resource to help you categorize and organize them. Each tag
/// consists of a key and a value, both of which you define. Tag keys can have a maximum
/// character length of 128 characters, and tag values can have a maximum length of 256
/// characters.
#[aws_shape]
pub struct Tag {
    /// One part of a key-value pair that make up a tag. A `key` is a general label that acts like a
    /// category for more specific tag values.
    #[rename("Key")]
    pub key: String,
    /// A `value` acts as a descriptor within a tag category (key).
    #[rename("Value")]
    pub value: String,
}

/// The values of `TagStatus`.
#[aws_enum]
pub enum TagStatus {
    /// `TAGGED`
    #[rename("TAGGED")]
    Tagged,
    /// `UNTAGGED`
    #[rename("UNTAGGED")]
    Untagged,
    /// `ANY`
    #[rename("ANY")]
    Any,
}

/// The values of `TargetStorageClass`.
#[aws_enum]
pub enum TargetStorageClass {
    /// `STANDARD`
    #[rename("STANDARD")]
    Standard,
    /// `ARCHIVE`
    #[rename("ARCHIVE")]
    Archive,
}

/// The total count of images transitioning to a storage class.
#[aws_shape(output)]
pub struct TransitioningImageTotalCount {
    /// The target storage class.
    pub target_storage_class: Option<LifecyclePolicyTargetStorageClass>,
    /// The total number of images transitioning to the storage class.
    #[range(min = 0)]
    pub image_total_count: Option<i32>,
}

/// The values of `UpstreamRegistry`.
#[aws_enum]
pub enum UpstreamRegistry {
    /// `ecr`
    #[rename("ecr")]
    Ecr,
    /// `ecr-public`
    #[rename("ecr-public")]
    EcrPublic,
    /// `quay`
    #[rename("quay")]
    Quay,
    /// `k8s`
    #[rename("k8s")]
    K8s,
    /// `docker-hub`
    #[rename("docker-hub")]
    DockerHub,
    /// `github-container-registry`
    #[rename("github-container-registry")]
    GithubContainerRegistry,
    /// `azure-container-registry`
    #[rename("azure-container-registry")]
    AzureContainerRegistry,
    /// `gitlab-container-registry`
    #[rename("gitlab-container-registry")]
    GitlabContainerRegistry,
    /// `chainguard`
    #[rename("chainguard")]
    Chainguard,
}

/// Information on the vulnerable package identified by a finding.
#[aws_shape(output)]
pub struct VulnerablePackage {
    /// The architecture of the vulnerable package.
    pub arch: Option<String>,
    /// The epoch of the vulnerable package.
    pub epoch: Option<i32>,
    /// The file path of the vulnerable package.
    pub file_path: Option<String>,
    /// The name of the vulnerable package.
    pub name: Option<String>,
    /// The package manager of the vulnerable package.
    pub package_manager: Option<String>,
    /// The release of the vulnerable package.
    pub release: Option<String>,
    /// The source layer hash of the vulnerable package.
    pub source_layer_hash: Option<String>,
    /// The version of the vulnerable package.
    pub version: Option<String>,
    /// The version of the package that contains the vulnerability fix.
    pub fixed_in_version: Option<String>,
}
