//! The exceptions ECR answers with.

use ecr_runtime::aws_error;

/// These errors are usually caused by a server-side issue.
#[aws_error]
pub struct ServerException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The specified parameter is invalid. Review the available parameters for the API request.
#[aws_error]
pub struct InvalidParameterException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The specified repository could not be found. Check the spelling of the specified repository and
/// ensure that you are performing operations on the correct registry.
#[aws_error]
pub struct RepositoryNotFoundException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The operation did not succeed because it would have exceeded a service limit for your account.
/// For more information, see Amazon ECR service quotas in the Amazon Elastic Container Registry
/// User Guide.
#[aws_error]
pub struct LimitExceededException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The image or images were unable to be pulled using the pull through cache rule. This is usually
/// caused because of an issue with the Secrets Manager secret containing the credentials for the
/// upstream registry.
#[aws_error]
pub struct UnableToGetUpstreamImageException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// An invalid parameter has been specified. Tag keys can have a maximum character length of 128
/// characters, and tag values can have a maximum length of 256 characters.
#[aws_error]
pub struct InvalidTagParameterException {
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

/// The specified repository already exists in the specified registry.
#[aws_error]
pub struct RepositoryAlreadyExistsException {
    /// The error message associated with the exception.
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

/// The specified repository contains images. To delete a repository that contains images, you must
/// force the deletion with the force parameter.
#[aws_error]
pub struct RepositoryNotEmptyException {
    /// The error message associated with the exception.
    pub message: Option<String>,
}

/// The specified image has already been pushed, and there were no changes to the manifest or image
/// tag after the last push.
#[aws_error]
pub struct ImageAlreadyExistsException {
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

/// The manifest list is referencing an image that does not exist.
#[aws_error]
pub struct ReferencedImagesNotFoundException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The specified image is tagged with a tag that already exists. The repository is configured for
/// tag immutability.
#[aws_error]
pub struct ImageTagAlreadyExistsException {
    /// What the service said went wrong.
    pub message: Option<String>,
}

/// The specified image digest does not match the digest that Amazon ECR calculated for the image.
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
