//! Requests and responses of every declared operation.

use crate::errors::*;
use crate::types::*;
use ecr_runtime::{aws_operation, aws_shape};

/// Gets detailed information for an image. Images are specified with either an imageTag or
/// imageDigest.
#[aws_operation(
    target = "AmazonEC2ContainerRegistry_V20150921.BatchGetImage",
    protocol = "json-1.1",
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
    /// A list of image ID references that correspond to images to describe. The format of the imageIds
    /// reference is imageTag=tag or imageDigest=digest.
    #[length(1, 100)]
    pub image_ids: Vec<ImageIdentifier>,
    /// The accepted media types for the request.
    #[length(1, 100)]
    pub accepted_media_types: Option<Vec<String>>,
}

/// The output of BatchGetImage.
#[aws_shape]
pub struct BatchGetImageResponse {
    /// A list of image objects corresponding to the image references in the request.
    pub images: Option<Vec<Image>>,
    /// Any failures associated with the call.
    pub failures: Option<Vec<ImageFailure>>,
}

/// Creates a repository. For more information, see Amazon ECR repositories in the Amazon Elastic
/// Container Registry User Guide.
#[aws_operation(
    target = "AmazonEC2ContainerRegistry_V20150921.CreateRepository",
    protocol = "json-1.1",
    output = CreateRepositoryResponse,
    errors(ServerException, InvalidParameterException, InvalidTagParameterException, TooManyTagsException, RepositoryAlreadyExistsException, LimitExceededException, KmsException),
)]
pub struct CreateRepositoryRequest {
    /// The Amazon Web Services account ID associated with the registry to create the repository. If you
    /// do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name to use for the repository. The repository name may be specified on its own (such as
    /// nginx-web-app) or it can be prepended with a namespace to group the repository into a category
    /// (such as project-a/nginx-web-app).
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The metadata that you apply to the repository to help you categorize and organize them. Each tag
    /// consists of a key and an optional value, both of which you define. Tag keys can have a maximum
    /// character length of 128 characters, and tag values can have a maximum length of 256 characters.
    pub tags: Option<Vec<Tag>>,
    /// The tag mutability setting for the repository. If this parameter is omitted, the default setting
    /// of MUTABLE will be used which will allow image tags to be overwritten. If IMMUTABLE is
    /// specified, all image tags within the repository will be immutable which will prevent them from
    /// being overwritten.
    pub image_tag_mutability: Option<ImageTagMutability>,
    /// A list of filters that specify which image tags should be excluded from the repository's image
    /// tag mutability setting.
    #[length(1, 5)]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
    /// The imageScanningConfiguration parameter is being deprecated, in favor of specifying the image
    /// scanning configuration at the registry level. For more information, see
    /// PutRegistryScanningConfiguration.
    pub image_scanning_configuration: Option<ImageScanningConfiguration>,
    /// The encryption configuration for the repository. This determines how the contents of your
    /// repository are encrypted at rest.
    pub encryption_configuration: Option<EncryptionConfiguration>,
}

/// The output of CreateRepository.
#[aws_shape]
pub struct CreateRepositoryResponse {
    /// The repository that was created.
    pub repository: Option<Repository>,
}

/// Describes image repositories in a registry.
#[aws_operation(
    target = "AmazonEC2ContainerRegistry_V20150921.DescribeRepositories",
    protocol = "json-1.1",
    output = DescribeRepositoriesResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException),
)]
pub struct DescribeRepositoriesRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repositories
    /// to be described. If you do not specify a registry, the default registry is assumed.
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
    /// The nextToken value returned from a previous paginated DescribeRepositories request where
    /// maxResults was used and the results exceeded the value of that parameter. Pagination continues
    /// from the end of the previous results that returned the nextToken value. This value is null when
    /// there are no more results to return. This option cannot be used when you specify repositories
    /// with repositoryNames.
    pub next_token: Option<String>,
    /// The maximum number of repository results returned by DescribeRepositories in paginated output.
    /// When this parameter is used, DescribeRepositories only returns maxResults results in a single
    /// page along with a nextToken response element. The remaining results of the initial request can
    /// be seen by sending another DescribeRepositories request with the returned nextToken value. This
    /// value can be between 1 and 1000. If this parameter is not used, then DescribeRepositories
    /// returns up to 100 results and a nextToken value, if applicable. This option cannot be used when
    /// you specify repositories with repositoryNames.
    #[range(1, 1000)]
    pub max_results: Option<i32>,
}

/// The output of DescribeRepositories.
#[aws_shape]
pub struct DescribeRepositoriesResponse {
    /// A list of repository objects corresponding to valid repositories.
    pub repositories: Option<Vec<Repository>>,
    /// The nextToken value to include in a future DescribeRepositories request. When the results of a
    /// DescribeRepositories request exceed maxResults, this value can be used to retrieve the next page
    /// of results. This value is null when there are no more results to return.
    pub next_token: Option<String>,
}

/// Deletes a repository. If the repository isn't empty, you must either delete the contents of the
/// repository or use the force option to delete the repository and have Amazon ECR delete all of
/// its contents on your behalf.
#[aws_operation(
    target = "AmazonEC2ContainerRegistry_V20150921.DeleteRepository",
    protocol = "json-1.1",
    output = DeleteRepositoryResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, RepositoryNotEmptyException, KmsException),
)]
pub struct DeleteRepositoryRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository to
    /// delete. If you do not specify a registry, the default registry is assumed.
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
#[aws_shape]
pub struct DeleteRepositoryResponse {
    /// The repository that was deleted.
    pub repository: Option<Repository>,
}

/// Creates or updates the image manifest and tags associated with an image.
#[aws_operation(
    target = "AmazonEC2ContainerRegistry_V20150921.PutImage",
    protocol = "json-1.1",
    output = PutImageResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, ImageAlreadyExistsException, LayersNotFoundException, ReferencedImagesNotFoundException, LimitExceededException, ImageTagAlreadyExistsException, ImageDigestDoesNotMatchException, KmsException),
)]
pub struct PutImageRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository in
    /// which to put the image. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The name of the repository in which to put the image.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The image manifest corresponding to the image to be uploaded.
    #[length(1, 4194304)]
    pub image_manifest: String,
    /// The media type of the image manifest. If you push an image manifest that does not contain the
    /// mediaType field, you must specify the imageManifestMediaType in the request.
    pub image_manifest_media_type: Option<String>,
    /// The tag to associate with the image. This parameter is optional.
    #[length(1, 300)]
    pub image_tag: Option<String>,
    /// The image digest of the image manifest corresponding to the image.
    pub image_digest: Option<String>,
}

/// The output of PutImage.
#[aws_shape]
pub struct PutImageResponse {
    /// Details of the image uploaded.
    pub image: Option<Image>,
}

/// Lists all the image IDs for the specified repository.
#[aws_operation(
    target = "AmazonEC2ContainerRegistry_V20150921.ListImages",
    protocol = "json-1.1",
    output = ListImagesResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException),
)]
pub struct ListImagesRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository in
    /// which to list images. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository with image IDs to be listed.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The nextToken value returned from a previous paginated ListImages request where maxResults was
    /// used and the results exceeded the value of that parameter. Pagination continues from the end of
    /// the previous results that returned the nextToken value. This value is null when there are no
    /// more results to return.
    pub next_token: Option<String>,
    /// The maximum number of image results returned by ListImages in paginated output. When this
    /// parameter is used, ListImages only returns maxResults results in a single page along with a
    /// nextToken response element. The remaining results of the initial request can be seen by sending
    /// another ListImages request with the returned nextToken value. This value can be between 1 and
    /// 1000. If this parameter is not used, then ListImages returns up to 100 results and a nextToken
    /// value, if applicable.
    #[range(1, 1000)]
    pub max_results: Option<i32>,
    /// The filter key and value with which to filter your ListImages results.
    pub filter: Option<ListImagesFilter>,
}

/// The output of ListImages.
#[aws_shape]
pub struct ListImagesResponse {
    /// The list of image IDs for the requested repository.
    #[length(1, 100)]
    pub image_ids: Option<Vec<ImageIdentifier>>,
    /// The nextToken value to include in a future ListImages request. When the results of a ListImages
    /// request exceed maxResults, this value can be used to retrieve the next page of results. This
    /// value is null when there are no more results to return.
    pub next_token: Option<String>,
}

/// Returns metadata about the images in a repository.
#[aws_operation(
    target = "AmazonEC2ContainerRegistry_V20150921.DescribeImages",
    protocol = "json-1.1",
    output = DescribeImagesResponse,
    errors(ServerException, InvalidParameterException, RepositoryNotFoundException, ImageNotFoundException),
)]
pub struct DescribeImagesRequest {
    /// The Amazon Web Services account ID associated with the registry that contains the repository in
    /// which to describe images. If you do not specify a registry, the default registry is assumed.
    #[pattern("[0-9]{12}")]
    pub registry_id: Option<String>,
    /// The repository that contains the images to describe.
    #[length(2, 256)]
    #[pattern("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*")]
    pub repository_name: String,
    /// The list of image IDs for the requested repository.
    #[length(1, 100)]
    pub image_ids: Option<Vec<ImageIdentifier>>,
    /// The nextToken value returned from a previous paginated DescribeImages request where maxResults
    /// was used and the results exceeded the value of that parameter. Pagination continues from the end
    /// of the previous results that returned the nextToken value. This value is null when there are no
    /// more results to return. This option cannot be used when you specify images with imageIds.
    pub next_token: Option<String>,
    /// The maximum number of repository results returned by DescribeImages in paginated output. When
    /// this parameter is used, DescribeImages only returns maxResults results in a single page along
    /// with a nextToken response element. The remaining results of the initial request can be seen by
    /// sending another DescribeImages request with the returned nextToken value. This value can be
    /// between 1 and 1000. If this parameter is not used, then DescribeImages returns up to 100 results
    /// and a nextToken value, if applicable. This option cannot be used when you specify images with
    /// imageIds.
    #[range(1, 1000)]
    pub max_results: Option<i32>,
    /// The filter key and value with which to filter your DescribeImages results.
    pub filter: Option<DescribeImagesFilter>,
}

/// The output of DescribeImages.
#[aws_shape]
pub struct DescribeImagesResponse {
    /// A list of ImageDetail objects that contain data about the image.
    pub image_details: Option<Vec<ImageDetail>>,
    /// The nextToken value to include in a future DescribeImages request. When the results of a
    /// DescribeImages request exceed maxResults, this value can be used to retrieve the next page of
    /// results. This value is null when there are no more results to return.
    pub next_token: Option<String>,
}

/// Deletes a list of specified images within a repository. Images are specified with either an
/// imageTag or imageDigest.
#[aws_operation(
    target = "AmazonEC2ContainerRegistry_V20150921.BatchDeleteImage",
    protocol = "json-1.1",
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
    /// A list of image ID references that correspond to images to delete. The format of the imageIds
    /// reference is imageTag=tag or imageDigest=digest.
    #[length(1, 100)]
    pub image_ids: Vec<ImageIdentifier>,
}

/// The output of BatchDeleteImage.
#[aws_shape]
pub struct BatchDeleteImageResponse {
    /// The image IDs of the deleted images.
    #[length(1, 100)]
    pub image_ids: Option<Vec<ImageIdentifier>>,
    /// Any failures associated with the call.
    pub failures: Option<Vec<ImageFailure>>,
}
