//! Operations declared outside the `ecr` crate, as a user declares them: services declared with
//! `#[aws_service]` (CloudWatch Logs, DynamoDB, Secrets Manager) and their operations, and ECR
//! operations declared outside `ecr` and sent through `ecr::Client::send`.

use ecr_runtime::{
    Client, Config, Credentials, Env, Error, Operation, Protocol, Service, aws_error,
    aws_operation, aws_service, aws_shape,
};
use tests::{CannedServer, Moto};

/// Amazon CloudWatch Logs.
#[aws_service(
    id = "CloudWatch Logs",
    endpoint_prefix = "logs",
    protocol = "json-1.1",
    target_prefix = "Logs_20140328"
)]
pub struct Logs;

/// Creates a log group.
#[aws_operation(
    service = Logs,
    errors(ResourceAlreadyExistsException, InvalidParameterException)
)]
pub struct CreateLogGroupRequest {
    /// The name of the log group.
    #[length(1, 512)]
    #[pattern("[\\.\\-_/#A-Za-z0-9]+")]
    pub log_group_name: String,
}

/// Lists the log groups.
#[aws_operation(
    service = Logs,
    output = DescribeLogGroupsResponse,
    errors(InvalidParameterException, ServiceUnavailableException),
)]
pub struct DescribeLogGroupsRequest {
    /// Only groups whose names start with this.
    #[length(1, 512)]
    #[pattern("[\\.\\-_/#A-Za-z0-9]+")]
    pub log_group_name_prefix: Option<String>,
    /// At most this many groups.
    #[range(1, 50)]
    pub limit: Option<i32>,
    /// Where the previous page ended.
    #[rename("nextToken")]
    pub next_token: Option<String>,
}

/// The log groups.
#[aws_shape]
pub struct DescribeLogGroupsResponse {
    /// The groups.
    pub log_groups: Option<Vec<LogGroup>>,
    /// Where this page ends.
    pub next_token: Option<String>,
}

/// A log group.
#[aws_shape]
pub struct LogGroup {
    /// Its name.
    pub log_group_name: Option<String>,
    /// Its size.
    pub stored_bytes: Option<i64>,
    /// When it was created, in milliseconds since the epoch.
    pub creation_time: Option<i64>,
}

/// The group exists already.
#[aws_error]
pub struct ResourceAlreadyExistsException {
    /// What the service said.
    pub message: Option<String>,
}

/// A parameter is wrong.
#[aws_error]
pub struct InvalidParameterException {
    /// What the service said.
    pub message: Option<String>,
}

/// The service is unavailable.
#[aws_error]
pub struct ServiceUnavailableException {
    /// What the service said.
    pub message: Option<String>,
}

fn logs_client(moto: &Moto) -> Client {
    moto.service_client(Logs, Credentials::new("AKIDTESTING", "testing-secret"))
}

#[tokio::test]
async fn another_service_declared_in_a_few_lines() {
    let moto = Moto::start();
    let client = logs_client(&moto);
    for name in ["/app/web", "/app/worker", "/other"] {
        CreateLogGroupRequest::builder()
            .log_group_name(name)
            .with_client(client.clone())
            .send()
            .await
            .unwrap();
    }
    let again = CreateLogGroupRequest::builder()
        .log_group_name("/app/web")
        .with_client(client.clone())
        .send()
        .await
        .unwrap_err();
    assert!(again.is_resource_already_exists(), "{again:?}");

    let out = DescribeLogGroupsRequest::builder()
        .log_group_name_prefix("/app/")
        .limit(10)
        .with_client(client.clone())
        .send()
        .await
        .unwrap();
    let names: Vec<&str> = out
        .log_groups()
        .iter()
        .filter_map(|g| g.log_group_name())
        .collect();
    assert_eq!(names, ["/app/web", "/app/worker"]);
    assert!(out.log_groups()[0].creation_time().is_some_and(|t| t > 0));

    let invalid = DescribeLogGroupsRequest::builder()
        .limit(0)
        .log_group_name_prefix("")
        .with_client(client)
        .send()
        .await
        .unwrap_err();
    let DescribeLogGroupsError::Validation(v) = &invalid else {
        panic!("{invalid:?}")
    };
    let text: Vec<String> = v.violations().iter().map(|v| v.to_string()).collect();
    assert_eq!(
        text,
        [
            "logGroupNamePrefix: length 0 is below the minimum 1",
            "logGroupNamePrefix: value \"\" (length 0) does not match the pattern [\\.\\-_/#A-Za-z0-9]+",
            "limit: value 0 is below the minimum 1",
        ]
    );
}

/// Retrieves a token to log in to the registry (declared here, outside `ecr`).
#[aws_operation(
    service = ecr::Ecr,
    output = GetAuthorizationTokenResponse,
    errors(InvalidParameterException),
)]
pub struct GetAuthorizationTokenRequest {
    /// Deprecated: registries to get tokens for.
    #[length(1, 10)]
    pub registry_ids: Option<Vec<String>>,
}

/// The tokens.
#[aws_shape]
pub struct GetAuthorizationTokenResponse {
    /// One per registry.
    pub authorization_data: Option<Vec<AuthorizationData>>,
}

/// A registry login.
#[aws_shape]
pub struct AuthorizationData {
    /// base64 of `user:password`.
    #[sensitive]
    pub authorization_token: Option<String>,
    /// When the token expires.
    pub expires_at: Option<ecr_runtime::OffsetDateTime>,
    /// The registry URL.
    pub proxy_endpoint: Option<String>,
}

#[tokio::test]
async fn an_ecr_operation_declared_outside_the_crate() {
    let moto = Moto::start();
    let out = moto
        .client()
        .send(GetAuthorizationTokenRequest::builder().build())
        .await
        .unwrap();
    let data = &out.authorization_data()[0];
    assert_eq!(
        data.proxy_endpoint(),
        Some("https://123456789012.dkr.ecr.us-east-1.amazonaws.com")
    );
    assert!(data.authorization_token().is_some_and(|t| !t.is_empty()));
    assert!(data.expires_at().is_some());
    let shown = format!("{data:?}");
    assert!(
        shown.contains("authorization_token: ** redacted **"),
        "{shown}"
    );
    assert!(
        !shown.contains(data.authorization_token().unwrap()),
        "{shown}"
    );

    let too_many = GetAuthorizationTokenRequest::builder()
        .set_registry_ids(Some(vec!["123456789012".into(); 11]))
        .build();
    let err = moto.client().send(too_many).await.unwrap_err();
    assert!(err.is_validation(), "{err:?}");
    assert_eq!(
        err.to_string(),
        "invalid GetAuthorizationToken request (1 violation, nothing sent): registryIds: length 11 is above the maximum 10"
    );
}

/// Describes the settings of a registry (an operation without input members, declared with its
/// full target rather than a service).
#[aws_operation(
    target = "AmazonEC2ContainerRegistry_V20150921.DescribeRegistry",
    protocol = "json-1.1",
    output = DescribeRegistryResponse,
    errors(InvalidParameterException),
)]
pub struct DescribeRegistryRequest {}

/// The registry's settings.
#[aws_shape]
pub struct DescribeRegistryResponse {
    /// The registry's account id.
    pub registry_id: Option<String>,
}

#[tokio::test]
async fn an_operation_without_input_members() {
    let moto = Moto::start();
    let request = DescribeRegistryRequest::builder().build();
    assert_eq!(serde_json::to_string(&request).unwrap(), "{}");
    let out = moto.client().send(request).await.unwrap();
    assert_eq!(out.registry_id(), Some("123456789012"));
}

/// Amazon DynamoDB.
#[aws_service(
    id = "DynamoDB",
    endpoint_prefix = "dynamodb",
    protocol = "json-1.0",
    target_prefix = "DynamoDB_20120810"
)]
pub struct DynamoDb;

/// Lists tables (awsJson 1.0).
#[aws_operation(
    service = DynamoDb,
    output = ListTablesOutput,
    rename_all = "PascalCase"
)]
pub struct ListTablesInput {
    /// Start after this table.
    #[length(3, 255)]
    pub exclusive_start_table_name: Option<String>,
    /// At most this many.
    #[range(1, 100)]
    pub limit: Option<i32>,
}

/// The tables.
#[aws_shape(rename_all = "PascalCase")]
pub struct ListTablesOutput {
    /// Their names.
    pub table_names: Option<Vec<String>>,
}

/// Describes one table (awsJson 1.0).
#[aws_operation(
    service = DynamoDb,
    output = ListTablesOutput,
    errors(ResourceNotFoundException),
    rename_all = "PascalCase",
)]
pub struct DescribeTableInput {
    /// The table.
    #[length(1, 1024)]
    pub table_name: String,
}

/// No such table.
#[aws_error]
pub struct ResourceNotFoundException {
    /// What the service said.
    pub message: Option<String>,
}

#[tokio::test]
async fn json_1_0_operations_and_namespaced_errors() {
    let moto = Moto::start();
    let client = moto.service_client(DynamoDb, Credentials::new("AKIDTESTING", "testing-secret"));
    let out = ListTablesInput::builder()
        .limit(5)
        .with_client(client.clone())
        .send()
        .await
        .unwrap();
    assert!(out.table_names().is_empty());
    let err = DescribeTableInput::builder()
        .table_name("missing")
        .with_client(client)
        .send()
        .await
        .unwrap_err();
    // The body names the error `com.amazonaws.dynamodb.v20120810#ResourceNotFoundException`
    // (the body-only form is covered in wire.rs).
    let DescribeTableError::ResourceNotFound(e) = &err else {
        panic!("{err:?}")
    };
    assert!(
        e.message()
            .is_some_and(|m| m.contains("missing") || m.contains("not found")),
        "{e}"
    );
}

#[test]
fn pascal_case_members_on_the_wire() {
    let request = ListTablesInput::builder()
        .exclusive_start_table_name("orders")
        .limit(5)
        .build();
    assert_eq!(
        serde_json::to_string(&request).unwrap(),
        r#"{"ExclusiveStartTableName":"orders","Limit":5}"#
    );
    let out: ListTablesOutput = serde_json::from_str(r#"{"TableNames":["a","b"]}"#).unwrap();
    assert_eq!(out.table_names(), ["a", "b"]);
}

/// AWS Secrets Manager.
#[aws_service(
    id = "Secrets Manager",
    endpoint_prefix = "secretsmanager",
    protocol = "json-1.1",
    target_prefix = "secretsmanager"
)]
pub struct SecretsManager;

/// Stores a secret (json-1.1, PascalCase members).
#[aws_operation(
    service = SecretsManager,
    output = CreateSecretResponse,
    errors(ResourceExistsException),
    rename_all = "PascalCase"
)]
pub struct CreateSecretRequest {
    /// The secret's name.
    #[length(1, 512)]
    pub name: String,
    /// The secret.
    #[sensitive]
    pub secret_string: Option<String>,
}

/// The stored secret.
#[aws_shape(rename_all = "PascalCase")]
pub struct CreateSecretResponse {
    /// Its ARN.
    #[rename("ARN")]
    pub arn: Option<String>,
    /// Its name.
    pub name: Option<String>,
}

/// Reads a secret.
#[aws_operation(
    service = SecretsManager,
    output = GetSecretValueResponse,
    errors(ResourceNotFoundException),
    rename_all = "PascalCase"
)]
pub struct GetSecretValueRequest {
    /// The secret's name or ARN.
    #[length(1, 2048)]
    pub secret_id: String,
}

/// A secret's value.
#[aws_shape(rename_all = "PascalCase")]
pub struct GetSecretValueResponse {
    /// Its name.
    pub name: Option<String>,
    /// The secret.
    #[sensitive]
    pub secret_string: Option<String>,
    /// When this version was created.
    pub created_date: Option<ecr_runtime::OffsetDateTime>,
}

/// A secret of that name exists.
#[aws_error]
pub struct ResourceExistsException {
    /// What the service said.
    pub message: Option<String>,
}

#[tokio::test]
async fn pascal_case_service_with_timestamps_and_sensitive_members() {
    let moto = Moto::start();
    let client = moto.service_client(
        SecretsManager,
        Credentials::new("AKIDTESTING", "testing-secret"),
    );
    let created = CreateSecretRequest::builder()
        .name("db/password")
        .secret_string("hunter2")
        .with_client(&client)
        .send()
        .await
        .unwrap();
    assert!(
        created
            .arn()
            .is_some_and(|a| a.starts_with("arn:aws:secretsmanager:us-east-1:")),
        "{created:?}"
    );
    let again = CreateSecretRequest::builder()
        .name("db/password")
        .with_client(&client)
        .send()
        .await
        .unwrap_err();
    assert!(again.is_resource_exists(), "{again:?}");

    let value = GetSecretValueRequest::builder()
        .secret_id("db/password")
        .with_client(&client)
        .send()
        .await
        .unwrap();
    assert_eq!(value.secret_string(), Some("hunter2"));
    assert!(value.created_date().is_some_and(|t| t.year() >= 2024));
    assert!(!format!("{value:?}").contains("hunter2"));

    let missing = GetSecretValueRequest::builder()
        .secret_id("nope")
        .with_client(&client)
        .send()
        .await
        .unwrap_err();
    let GetSecretValueError::ResourceNotFound(e) = &missing else {
        panic!("{missing:?}")
    };
    assert_eq!(e.meta().code(), "ResourceNotFoundException");
    assert!(e.message().is_some_and(|m| !m.is_empty()));
}

#[test]
fn a_service_gives_its_operations_their_target_and_protocol() {
    assert_eq!(
        <CreateLogGroupRequest as Operation>::TARGET,
        "Logs_20140328.CreateLogGroup"
    );
    assert_eq!(<CreateLogGroupRequest as Operation>::NAME, "CreateLogGroup");
    assert_eq!(
        <CreateLogGroupRequest as Operation>::PROTOCOL,
        Protocol::AwsJson1_1
    );
    assert_eq!(
        <ListTablesInput as Operation>::TARGET,
        "DynamoDB_20120810.ListTables"
    );
    assert_eq!(
        <ListTablesInput as Operation>::PROTOCOL,
        Protocol::AwsJson1_0
    );
    assert_eq!(
        <GetAuthorizationTokenRequest as Operation>::TARGET,
        "AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken"
    );
    assert_eq!(
        <GetAuthorizationTokenRequest as Operation>::TARGET,
        <ecr::operations::GetAuthorizationTokenRequest as Operation>::TARGET
    );
    // The signing name defaults to the endpoint prefix; ECR's differs and says so.
    assert_eq!(DynamoDb::INFO.signing_name, "dynamodb");
    assert_eq!(ecr::Ecr::INFO.signing_name, "ecr");
    assert_eq!(ecr::Ecr::INFO.endpoint_prefix, "api.ecr");
    assert_eq!(
        Logs::INFO.endpoint_env_var(),
        "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS"
    );
}

/// Other declarations of ListTables (each in a module of its own: the error enum is named after
/// the operation, `ListTablesError`).
mod renamed {
    use super::{DynamoDb, ListTablesOutput};
    use ecr_runtime::aws_operation;

    /// `name` gives the operation's name when the structure's differs.
    #[aws_operation(service = DynamoDb, name = "ListTables", output = ListTablesOutput)]
    pub struct AllTables {}

    pub mod whole {
        use super::super::{DynamoDb, ListTablesOutput};
        use ecr_runtime::aws_operation;

        /// A full `target` overrides the service's prefix.
        #[aws_operation(
            service = DynamoDb,
            target = "DynamoDB_20120810.ListTables",
            output = ListTablesOutput
        )]
        pub struct TablesByFullTarget {}
    }
}
use renamed::AllTables;
use renamed::whole::TablesByFullTarget;

#[test]
fn name_and_full_target_override_the_derived_target() {
    assert_eq!(<AllTables as Operation>::NAME, "ListTables");
    assert_eq!(
        <AllTables as Operation>::TARGET,
        "DynamoDB_20120810.ListTables"
    );
    assert_eq!(
        <TablesByFullTarget as Operation>::TARGET,
        "DynamoDB_20120810.ListTables"
    );
    assert_eq!(
        <TablesByFullTarget as Operation>::PROTOCOL,
        Protocol::AwsJson1_0
    );
}

fn config_in(region: &str, vars: &[(&str, &str)]) -> Config {
    Config::builder()
        .region(region.to_string())
        .credentials(Credentials::new("AKID", "SECRET"))
        .env(Env::from_vars(vars.iter().copied()))
        .build()
}

#[test]
fn a_declared_service_resolves_its_regional_endpoint_from_the_partitions() {
    let cases = [
        ("eu-west-1", "https://dynamodb.eu-west-1.amazonaws.com/"),
        (
            "cn-north-1",
            "https://dynamodb.cn-north-1.amazonaws.com.cn/",
        ),
        (
            "us-gov-west-1",
            "https://dynamodb.us-gov-west-1.amazonaws.com/",
        ),
        (
            "us-isob-east-1",
            "https://dynamodb.us-isob-east-1.sc2s.sgov.gov/",
        ),
    ];
    for (region, expected) in cases {
        let client = Client::new(DynamoDb, &config_in(region, &[]));
        assert_eq!(
            client.endpoint().unwrap().uri().to_string(),
            expected,
            "{region}"
        );
    }
    let fips = Client::new(
        DynamoDb,
        &config_in("us-east-1", &[("AWS_USE_FIPS_ENDPOINT", "true")]),
    );
    assert_eq!(
        fips.endpoint().unwrap().uri().to_string(),
        "https://dynamodb-fips.us-east-1.amazonaws.com/"
    );
}

#[test]
fn a_declared_service_takes_a_custom_endpoint_like_ecr() {
    let own = Client::new(
        Logs,
        &config_in(
            "eu-west-1",
            &[
                ("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", "http://127.0.0.1:4510"),
                ("AWS_ENDPOINT_URL", "http://127.0.0.1:4566"),
            ],
        ),
    );
    assert_eq!(
        own.endpoint().unwrap().uri().to_string(),
        "http://127.0.0.1:4510/"
    );
    let global = Client::new(
        DynamoDb,
        &config_in(
            "eu-west-1",
            &[("AWS_ENDPOINT_URL", "http://127.0.0.1:4566")],
        ),
    );
    assert_eq!(
        global.endpoint().unwrap().uri().to_string(),
        "http://127.0.0.1:4566/"
    );
    let configured = Client::new(
        DynamoDb,
        &Config::builder()
            .region("eu-west-1")
            .endpoint_url("http://localhost:8000")
            .env(Env::from_vars([(
                "AWS_ENDPOINT_URL",
                "http://127.0.0.1:4566",
            )]))
            .build(),
    );
    assert_eq!(
        configured.endpoint().unwrap().uri().to_string(),
        "http://localhost:8000/"
    );
}

#[tokio::test]
async fn a_client_refuses_an_operation_of_another_service() {
    let server = CannedServer::start(CannedServer::json_200(r#"{"TableNames":[]}"#));
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKID", "SECRET"))
        .endpoint_url(server.endpoint())
        .build();
    let logs = Client::new(Logs, &config);
    let err = ListTablesInput::builder()
        .with_client(&logs)
        .send()
        .await
        .unwrap_err();
    let ListTablesError::Runtime(Error::Config(e)) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        e.to_string(),
        "invalid configuration: ListTables is an operation of DynamoDB, and this client sends to CloudWatch Logs: make a client of DynamoDB"
    );
    let err = logs.send(AllTables {}).await.unwrap_err();
    assert!(
        matches!(err, renamed::ListTablesError::Runtime(Error::Config(_))),
        "{err:?}"
    );
    // An ECR client refuses it too, and an ECR operation declared here is accepted by it.
    let ecr_client = ecr::Client::new(&config);
    assert!(ecr_client.send(ListTablesInput::default()).await.is_err());
    assert_eq!(server.connections(), 0, "nothing was sent");
}
