//! Declares a few operations of two services other than ECR — DynamoDB (awsJson 1.0) and
//! CloudWatch Logs (awsJson 1.1) — with the project's macros, outside the `ecr` crate, and runs
//! them.
//!
//! ```text
//! cargo run -p examples --example other_services -- [--table NAME]
//! ```
//!
//! Creates the table NAME (default `demo-items`), puts an item, reads it back, lists the tables,
//! creates the log group `/demo/other-services`, sets its retention and lists it, printing one
//! line per step. A second run succeeds: a table or log group that exists already is reported as
//! "already there". Requests are validated before they are sent: a bad table name is a one-line
//! error and exit code 1, with nothing sent. Region, credentials and endpoint come from the
//! environment (`AWS_REGION`, `AWS_ACCESS_KEY_ID`, `AWS_ENDPOINT_URL`, ...).

use ecr_runtime::{Client, aws_enum, aws_error, aws_operation, aws_service, aws_shape};
use examples::fail;
use std::collections::HashMap;
use std::process::ExitCode;

/// Runs a few DynamoDB and CloudWatch Logs operations declared in this file.
#[derive(clap::Parser, Debug)]
#[command(
    name = PROGRAM,
    version,
    about = "Declares DynamoDB and CloudWatch Logs operations with the project's macros and runs them",
    long_about = "Declares DynamoDB (json-1.0) and CloudWatch Logs (json-1.1) operations with the \
        project's macros and runs them: creates a DynamoDB table, puts and gets an item, lists the \
        tables, then creates a log group, sets its retention and lists it. A second run reports \
        what exists as \"already there\".\n\nExample:\n  other_services --table demo-items"
)]
struct Args {
    /// The DynamoDB table to create and use
    #[arg(long, value_name = "NAME", default_value = "demo-items")]
    table: String,
    #[command(flatten)]
    aws: examples::AwsArgs,
}

const PROGRAM: &str = "other_services";

/// The log group the program creates.
const LOG_GROUP: &str = "/demo/other-services";

// ---------------------------------------------------------------------------------------------
// DynamoDB (awsJson 1.0, PascalCase members)
// ---------------------------------------------------------------------------------------------

/// Amazon DynamoDB, as its model's metadata describes it.
#[aws_service(
    id = "DynamoDB",
    endpoint_prefix = "dynamodb",
    protocol = "json-1.0",
    target_prefix = "DynamoDB_20120810"
)]
pub struct DynamoDb;

/// Creates a table.
#[aws_operation(
    service = DynamoDb,
    output = CreateTableOutput,
    errors(ResourceInUseException, LimitExceededException),
    rename_all = "PascalCase"
)]
pub struct CreateTableInput {
    /// The table's name. The pattern is the model's: like every Smithy pattern it is not
    /// anchored, so it only requires one allowed character somewhere in the name.
    #[length(3, 255)]
    #[pattern("[a-zA-Z0-9_.-]+")]
    pub table_name: String,
    /// The attributes the key schema names.
    pub attribute_definitions: Vec<AttributeDefinition>,
    /// The partition key, and the sort key if any.
    #[length(1, 2)]
    pub key_schema: Vec<KeySchemaElement>,
    /// Provisioned or on-demand capacity.
    pub billing_mode: Option<BillingMode>,
}

/// An attribute of the key schema and its type.
#[aws_shape(rename_all = "PascalCase")]
pub struct AttributeDefinition {
    /// The attribute's name.
    #[length(1, 255)]
    pub attribute_name: String,
    /// Its type.
    pub attribute_type: ScalarAttributeType,
}

/// One element of a key schema.
#[aws_shape(rename_all = "PascalCase")]
pub struct KeySchemaElement {
    /// The attribute's name.
    #[length(1, 255)]
    pub attribute_name: String,
    /// Partition (`HASH`) or sort (`RANGE`) key.
    pub key_type: KeyType,
}

/// The type of a key attribute.
#[aws_enum]
pub enum ScalarAttributeType {
    /// A string.
    #[rename("S")]
    S,
    /// A number.
    #[rename("N")]
    N,
    /// Binary.
    #[rename("B")]
    B,
}

/// The role of a key attribute.
#[aws_enum]
pub enum KeyType {
    /// Partition key.
    #[rename("HASH")]
    Hash,
    /// Sort key.
    #[rename("RANGE")]
    Range,
}

/// How capacity is billed.
#[aws_enum]
pub enum BillingMode {
    /// Provisioned capacity.
    #[rename("PROVISIONED")]
    Provisioned,
    /// On demand.
    #[rename("PAY_PER_REQUEST")]
    PayPerRequest,
}

/// The created table.
#[aws_shape(output, rename_all = "PascalCase")]
pub struct CreateTableOutput {
    /// Its description.
    pub table_description: Option<TableDescription>,
}

/// A table's description (the members this program reads).
#[aws_shape(output, rename_all = "PascalCase")]
pub struct TableDescription {
    /// Its name.
    pub table_name: Option<String>,
    /// `CREATING`, `ACTIVE`, ...
    pub table_status: Option<String>,
}

/// A DynamoDB value: exactly one member is set (declared as a structure with optional members,
/// which is how the union looks on the wire).
#[aws_shape(rename_all = "PascalCase")]
pub struct AttributeValue {
    /// A string.
    pub s: Option<String>,
    /// A number, as its decimal text.
    pub n: Option<String>,
    /// A boolean.
    #[rename("BOOL")]
    pub boolean: Option<bool>,
}

impl AttributeValue {
    /// A string value.
    pub fn string(value: impl Into<String>) -> AttributeValue {
        AttributeValue::builder().s(value).build()
    }

    /// A number value.
    pub fn number(value: impl ToString) -> AttributeValue {
        AttributeValue::builder().n(value.to_string()).build()
    }
}

impl std::fmt::Display for AttributeValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.s(), self.n(), self.boolean()) {
            (Some(s), _, _) => write!(f, "{s:?}"),
            (_, Some(n), _) => f.write_str(n),
            (_, _, Some(b)) => write!(f, "{b}"),
            _ => f.write_str("?"),
        }
    }
}

/// Writes an item, replacing any item with the same key.
#[aws_operation(
    service = DynamoDb,
    errors(ResourceNotFoundException, ConditionalCheckFailedException),
    rename_all = "PascalCase"
)]
pub struct PutItemInput {
    /// The table.
    #[length(1, 1024)]
    pub table_name: String,
    /// The item's attributes, its key among them.
    pub item: HashMap<String, AttributeValue>,
}

/// Reads an item by its key.
#[aws_operation(
    service = DynamoDb,
    output = GetItemOutput,
    errors(ResourceNotFoundException),
    rename_all = "PascalCase"
)]
pub struct GetItemInput {
    /// The table.
    #[length(1, 1024)]
    pub table_name: String,
    /// The item's key.
    pub key: HashMap<String, AttributeValue>,
    /// Whether to read the latest write.
    pub consistent_read: Option<bool>,
}

/// The item, when there is one.
#[aws_shape(output, rename_all = "PascalCase")]
pub struct GetItemOutput {
    /// Its attributes.
    pub item: Option<HashMap<String, AttributeValue>>,
}

/// Lists the tables.
#[aws_operation(
    service = DynamoDb,
    output = ListTablesOutput,
    rename_all = "PascalCase"
)]
pub struct ListTablesInput {
    /// Start after this table.
    #[length(3, 255)]
    #[pattern("[a-zA-Z0-9_.-]+")]
    pub exclusive_start_table_name: Option<String>,
    /// At most this many.
    #[range(1, 100)]
    pub limit: Option<i32>,
}

/// The tables.
#[aws_shape(output, rename_all = "PascalCase")]
pub struct ListTablesOutput {
    /// Their names.
    pub table_names: Option<Vec<String>>,
    /// Where the next page starts.
    pub last_evaluated_table_name: Option<String>,
}

/// The table exists already (or is being created or deleted).
#[aws_error]
pub struct ResourceInUseException {
    /// What the service said.
    pub message: Option<String>,
}

/// No such table.
#[aws_error]
pub struct ResourceNotFoundException {
    /// What the service said.
    pub message: Option<String>,
}

/// Too many tables or operations at once.
#[aws_error]
pub struct LimitExceededException {
    /// What the service said.
    pub message: Option<String>,
}

/// A condition of the write was not met.
#[aws_error]
pub struct ConditionalCheckFailedException {
    /// What the service said.
    pub message: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// CloudWatch Logs (awsJson 1.1, camelCase members)
// ---------------------------------------------------------------------------------------------

/// Amazon CloudWatch Logs, as its model's metadata describes it.
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
    /// The group's name.
    #[length(1, 512)]
    #[pattern("[\\.\\-_/#A-Za-z0-9]+")]
    pub log_group_name: String,
}

/// Sets how long a log group keeps its events.
#[aws_operation(
    service = Logs,
    errors(ResourceNotFoundException, InvalidParameterException)
)]
pub struct PutRetentionPolicyRequest {
    /// The group's name.
    #[length(1, 512)]
    #[pattern("[\\.\\-_/#A-Za-z0-9]+")]
    pub log_group_name: String,
    /// Days to keep events (1, 3, 5, 7, 14, 30, ...).
    pub retention_in_days: i32,
}

/// Lists the log groups.
#[aws_operation(
    service = Logs,
    output = DescribeLogGroupsResponse,
    errors(InvalidParameterException),
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
    pub next_token: Option<String>,
}

/// The log groups.
#[aws_shape(output)]
pub struct DescribeLogGroupsResponse {
    /// The groups.
    pub log_groups: Option<Vec<LogGroup>>,
    /// Where this page ends.
    pub next_token: Option<String>,
}

/// A log group.
#[aws_shape(output)]
pub struct LogGroup {
    /// Its name.
    pub log_group_name: Option<String>,
    /// Days its events are kept; none: forever.
    pub retention_in_days: Option<i32>,
}

/// The log group exists already.
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

// ---------------------------------------------------------------------------------------------

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = <Args as clap::Parser>::parse();
    match run(&args.table, &args.aws).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(PROGRAM, &e),
    }
}

/// Every step, one printed line each; the first error ends the run.
async fn run(table: &str, aws: &examples::AwsArgs) -> Result<(), Box<dyn std::error::Error>> {
    let config = aws.config().await?;
    let dynamodb = Client::new(DynamoDb, &config);
    let logs = Client::new(Logs, &config);

    let created = CreateTableInput::builder()
        .table_name(table)
        .attribute_definitions(
            AttributeDefinition::builder()
                .attribute_name("id")
                .attribute_type(ScalarAttributeType::S)
                .build()?,
        )
        .key_schema(
            KeySchemaElement::builder()
                .attribute_name("id")
                .key_type(KeyType::Hash)
                .build()?,
        )
        .billing_mode(BillingMode::PayPerRequest)
        .with_client(&dynamodb)
        .send()
        .await;
    match created {
        Ok(_) => println!("table {table}: created"),
        Err(CreateTableError::ResourceInUse(_)) => println!("table {table}: already there"),
        Err(e) => return Err(e.into()),
    }

    PutItemInput::builder()
        .table_name(table)
        .item("id", AttributeValue::string("1"))
        .item("note", AttributeValue::string("hello from other_services"))
        .item("count", AttributeValue::number(42))
        .with_client(&dynamodb)
        .send()
        .await?;
    println!("item 1: put");

    let got = GetItemInput::builder()
        .table_name(table)
        .key("id", AttributeValue::string("1"))
        .consistent_read(true)
        .with_client(&dynamodb)
        .send()
        .await?;
    let mut attributes: Vec<_> = got.item().into_iter().flatten().collect();
    attributes.sort_by(|a, b| a.0.cmp(b.0));
    let shown: Vec<String> = attributes.iter().map(|(k, v)| format!("{k}={v}")).collect();
    println!("item 1: {}", shown.join(" "));

    let tables = ListTablesInput::builder()
        .limit(100)
        .with_client(&dynamodb)
        .send()
        .await?;
    println!("tables: {}", tables.table_names().join(" "));

    match CreateLogGroupRequest::builder()
        .log_group_name(LOG_GROUP)
        .with_client(&logs)
        .send()
        .await
    {
        Ok(_) => println!("log group {LOG_GROUP}: created"),
        Err(CreateLogGroupError::ResourceAlreadyExists(_)) => {
            println!("log group {LOG_GROUP}: already there")
        }
        Err(e) => return Err(e.into()),
    }

    PutRetentionPolicyRequest::builder()
        .log_group_name(LOG_GROUP)
        .retention_in_days(7)
        .with_client(&logs)
        .send()
        .await?;
    println!("log group {LOG_GROUP}: retention 7 days");

    let groups = DescribeLogGroupsRequest::builder()
        .log_group_name_prefix("/demo/")
        .limit(50)
        .with_client(&logs)
        .send()
        .await?;
    let names: Vec<String> = groups
        .log_groups()
        .iter()
        .map(|g| match g.retention_in_days() {
            Some(days) => format!("{} ({days} days)", g.log_group_name().unwrap_or_default()),
            None => g.log_group_name().unwrap_or_default().to_owned(),
        })
        .collect();
    println!("log groups: {}", names.join(" "));
    Ok(())
}
