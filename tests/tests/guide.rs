//! Operations of two services the project never used (SSM and SQS), declared from
//! `ecr-macros/GUIDE.md` alone and run against moto.

use ecr_runtime::paginate::{Paginate, Paginator};
use ecr_runtime::{
    Config, Credentials, aws_enum, aws_error, aws_operation, aws_service, aws_shape,
};
use std::collections::HashMap;
use tests::{CannedServer, Moto, REGION};

// ---------------------------------------------------------------------------------------------
// SSM (awsJson 1.1)
// ---------------------------------------------------------------------------------------------

/// AWS Systems Manager.
#[aws_service(
    id = "SSM",
    endpoint_prefix = "ssm",
    protocol = "json-1.1",
    target_prefix = "AmazonSSM"
)]
pub struct Ssm;

/// The type of a parameter.
#[aws_enum]
pub enum ParameterType {
    /// A plain string.
    String,
    /// A comma-separated list of strings.
    StringList,
    /// A string encrypted with KMS.
    SecureString,
}

/// Adds a parameter, or replaces it when `Overwrite` is set.
#[aws_operation(
    service = Ssm,
    output = PutParameterOutput,
    errors(ParameterAlreadyExists),
    rename_all = "PascalCase",
)]
pub struct PutParameterInput {
    /// The parameter's fully qualified name.
    #[length(1, 2048)]
    pub name: String,
    /// The parameter's value.
    #[sensitive]
    pub value: String,
    /// The parameter's type.
    pub r#type: Option<ParameterType>,
    /// Replace an existing parameter.
    pub overwrite: Option<bool>,
}

/// The new version.
#[aws_shape(output, rename_all = "PascalCase")]
pub struct PutParameterOutput {
    /// The version of the parameter.
    pub version: Option<i64>,
    /// The parameter's tier.
    pub tier: Option<String>,
}

/// Reads one parameter.
#[aws_operation(
    service = Ssm,
    output = GetParameterOutput,
    errors(ParameterNotFound),
    rename_all = "PascalCase",
)]
pub struct GetParameterInput {
    /// The parameter's name.
    #[length(1, 2048)]
    pub name: String,
    /// Decrypt a `SecureString`.
    pub with_decryption: Option<bool>,
}

/// The parameter.
#[aws_shape(output, rename_all = "PascalCase")]
pub struct GetParameterOutput {
    /// The parameter.
    pub parameter: Option<Parameter>,
}

/// A parameter as SSM answers it.
#[aws_shape(output, rename_all = "PascalCase")]
pub struct Parameter {
    /// Its name.
    pub name: Option<String>,
    /// Its type.
    pub r#type: Option<ParameterType>,
    /// Its value.
    #[sensitive]
    pub value: Option<String>,
    /// Its version.
    pub version: Option<i64>,
    /// When it last changed.
    pub last_modified_date: Option<ecr_runtime::OffsetDateTime>,
    /// Its ARN.
    #[rename("ARN")]
    pub arn: Option<String>,
    /// Its data type.
    pub data_type: Option<String>,
}

/// Reads the parameters under a path.
#[aws_operation(service = Ssm, output = GetParametersByPathOutput, rename_all = "PascalCase")]
pub struct GetParametersByPathInput {
    /// The hierarchy.
    #[length(1, 2048)]
    pub path: String,
    /// Include every level below the path.
    pub recursive: Option<bool>,
    /// Decrypt `SecureString`s.
    pub with_decryption: Option<bool>,
    /// At most this many per page.
    #[range(1, 10)]
    pub max_results: Option<i32>,
    /// Where the next page starts.
    pub next_token: Option<String>,
}

/// A page of parameters.
#[aws_shape(output, rename_all = "PascalCase")]
pub struct GetParametersByPathOutput {
    /// The parameters.
    pub parameters: Option<Vec<Parameter>>,
    /// Where the next page starts.
    pub next_token: Option<String>,
}

impl Paginate for GetParametersByPathInput {
    type Item = Parameter;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &GetParametersByPathOutput) -> Option<&str> {
        output.next_token()
    }
    fn into_items(output: GetParametersByPathOutput) -> Vec<Parameter> {
        output.parameters.unwrap_or_default()
    }
}

/// The parameter exists and `Overwrite` was not set.
#[aws_error]
pub struct ParameterAlreadyExists {
    /// What the service said.
    pub message: Option<String>,
}

/// No parameter has that name.
#[aws_error]
pub struct ParameterNotFound {
    /// What the service said.
    pub message: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// SQS (awsJson 1.0)
// ---------------------------------------------------------------------------------------------

/// Amazon Simple Queue Service.
#[aws_service(
    id = "SQS",
    endpoint_prefix = "sqs",
    protocol = "json-1.0",
    target_prefix = "AmazonSQS"
)]
pub struct Sqs;

/// Creates a queue.
#[aws_operation(service = Sqs, output = CreateQueueOutput, rename_all = "PascalCase")]
pub struct CreateQueueInput {
    /// The queue's name.
    pub queue_name: String,
    /// The queue's attributes (`VisibilityTimeout`, `DelaySeconds`, ...).
    pub attributes: Option<HashMap<String, String>>,
}

/// The new queue.
#[aws_shape(output, rename_all = "PascalCase")]
pub struct CreateQueueOutput {
    /// Its URL.
    pub queue_url: Option<String>,
}

/// Sends a message.
#[aws_operation(
    service = Sqs,
    output = SendMessageOutput,
    errors(QueueDoesNotExist),
    rename_all = "PascalCase",
)]
pub struct SendMessageInput {
    /// The queue's URL.
    pub queue_url: String,
    /// The message.
    pub message_body: String,
}

/// The sent message.
#[aws_shape(output, rename_all = "PascalCase")]
pub struct SendMessageOutput {
    /// The MD5 of the body.
    #[rename("MD5OfMessageBody")]
    pub md5_of_message_body: Option<String>,
    /// Its id.
    pub message_id: Option<String>,
}

/// Receives messages.
#[aws_operation(
    service = Sqs,
    output = ReceiveMessageOutput,
    errors(QueueDoesNotExist),
    rename_all = "PascalCase",
)]
pub struct ReceiveMessageInput {
    /// The queue's URL.
    pub queue_url: String,
    /// At most this many messages.
    #[range(1, 10)]
    pub max_number_of_messages: Option<i32>,
    /// Long polling: wait this many seconds for a message.
    #[range(0, 20)]
    pub wait_time_seconds: Option<i32>,
}

/// The messages.
#[aws_shape(output, rename_all = "PascalCase")]
pub struct ReceiveMessageOutput {
    /// The messages.
    pub messages: Option<Vec<Message>>,
}

/// A message.
#[aws_shape(output, rename_all = "PascalCase")]
pub struct Message {
    /// Its id.
    pub message_id: Option<String>,
    /// The handle to delete it with.
    pub receipt_handle: Option<String>,
    /// The MD5 of the body.
    #[rename("MD5OfBody")]
    pub md5_of_body: Option<String>,
    /// The body.
    pub body: Option<String>,
    /// Its system attributes.
    pub attributes: Option<HashMap<String, String>>,
}

/// The queue does not exist.
#[aws_error]
pub struct QueueDoesNotExist {
    /// What the service said.
    pub message: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

fn credentials() -> Credentials {
    Credentials::new("AKIDTESTING", "testing-secret")
}

fn canned_client(
    server: &CannedServer,
    service: impl Into<ecr_runtime::ServiceInfo>,
) -> ecr_runtime::Client {
    let config = Config::builder()
        .region(REGION)
        .credentials(credentials())
        .endpoint_url(server.endpoint())
        .build();
    ecr_runtime::Client::new(service, &config)
}

fn header<'a>(request: &'a str, name: &str) -> Option<&'a str> {
    request.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.trim().eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

#[tokio::test]
async fn ssm_put_then_get_round_trips_the_value() {
    let moto = Moto::start();
    let ssm = moto.service_client(Ssm, credentials());

    let put = PutParameterInput::builder()
        .name("/guide/plain")
        .value("hello, world")
        .r#type(ParameterType::String)
        .with_client(&ssm)
        .send()
        .await
        .expect("PutParameter");
    assert_eq!(put.version(), Some(1));

    let got = GetParameterInput::builder()
        .name("/guide/plain")
        .with_client(&ssm)
        .send()
        .await
        .expect("GetParameter");
    let p = got.parameter().expect("a parameter");
    assert_eq!(p.name(), Some("/guide/plain"));
    assert_eq!(p.value(), Some("hello, world"));
    assert_eq!(p.r#type(), Some(&ParameterType::String));
    assert_eq!(p.version(), Some(1));
    assert!(p.last_modified_date().is_some());
    assert!(p.arn().is_some_and(|a| a.starts_with("arn:aws:ssm:")));
    // The sensitive value stays out of Debug.
    assert!(!format!("{p:?}").contains("hello, world"), "{p:?}");

    // Overwrite, through the build-then-send form.
    let request = PutParameterInput::builder()
        .name("/guide/plain")
        .value("second")
        .overwrite(true)
        .build()
        .expect("both required members are set");
    let put = ssm
        .send(request)
        .await
        .expect("PutParameter with Overwrite");
    assert_eq!(put.version(), Some(2));
    let got = ssm
        .send(
            GetParameterInput::builder()
                .name("/guide/plain")
                .build()
                .expect("name"),
        )
        .await
        .expect("GetParameter");
    assert_eq!(got.parameter().and_then(|p| p.value()), Some("second"));
}

#[tokio::test]
async fn ssm_secure_string_needs_decryption() {
    let moto = Moto::start();
    let ssm = moto.service_client(Ssm, credentials());
    PutParameterInput::builder()
        .name("/guide/secret")
        .value("s3cr3t")
        .r#type(ParameterType::SecureString)
        .with_client(&ssm)
        .send()
        .await
        .expect("PutParameter");
    let encrypted = GetParameterInput::builder()
        .name("/guide/secret")
        .with_client(&ssm)
        .send()
        .await
        .expect("GetParameter");
    let p = encrypted.parameter().expect("a parameter");
    assert_eq!(p.r#type(), Some(&ParameterType::SecureString));
    assert_ne!(p.value(), Some("s3cr3t"));
    let decrypted = GetParameterInput::builder()
        .name("/guide/secret")
        .with_decryption(true)
        .with_client(&ssm)
        .send()
        .await
        .expect("GetParameter");
    assert_eq!(
        decrypted.parameter().and_then(|p| p.value()),
        Some("s3cr3t")
    );
}

#[tokio::test]
async fn ssm_errors_are_typed() {
    let moto = Moto::start();
    let ssm = moto.service_client(Ssm, credentials());
    let put = || {
        PutParameterInput::builder()
            .name("/guide/once")
            .value("v")
            .r#type(ParameterType::String)
            .with_client(&ssm)
    };
    put().send().await.expect("first PutParameter");
    let err = put()
        .send()
        .await
        .expect_err("a second PutParameter without Overwrite");
    assert!(err.is_parameter_already_exists(), "{err}");
    match &err {
        PutParameterError::ParameterAlreadyExists(e) => {
            assert!(e.message.as_deref().is_some_and(|m| !m.is_empty()), "{e}");
        }
        other => panic!("expected ParameterAlreadyExists, got {other:?}"),
    }
    assert_eq!(err.code(), Some("ParameterAlreadyExists"));

    let err = GetParameterInput::builder()
        .name("/guide/missing")
        .with_client(&ssm)
        .send()
        .await
        .expect_err("a missing parameter");
    assert!(
        matches!(err, GetParameterError::ParameterNotFound(_)),
        "expected ParameterNotFound, got {err:?}"
    );
    assert!(
        err.message().is_some_and(|m| m.contains("/guide/missing")),
        "{err}"
    );
}

#[tokio::test]
async fn ssm_paginator_gathers_every_parameter() {
    let moto = Moto::start();
    let ssm = moto.service_client(Ssm, credentials());
    let names: Vec<String> = (0..5).map(|i| format!("/guide/paged/p{i}")).collect();
    for (i, name) in names.iter().enumerate() {
        PutParameterInput::builder()
            .name(name.as_str())
            .value(format!("value-{i}"))
            .r#type(ParameterType::String)
            .with_client(&ssm)
            .send()
            .await
            .expect("PutParameter");
    }
    // Something outside the path, and something below it (not returned without Recursive).
    for name in ["/guide/other", "/guide/paged/deeper/x"] {
        PutParameterInput::builder()
            .name(name)
            .value("x")
            .r#type(ParameterType::String)
            .with_client(&ssm)
            .send()
            .await
            .expect("PutParameter");
    }

    // Page by hand: each page has at most 2, and there are several.
    let mut pages = 0;
    let mut token = None;
    loop {
        let out = GetParametersByPathInput::builder()
            .path("/guide/paged")
            .max_results(2)
            .set_next_token(token)
            .with_client(&ssm)
            .send()
            .await
            .expect("GetParametersByPath");
        pages += 1;
        assert!(out.parameters().len() <= 2);
        token = out.next_token().map(str::to_owned);
        if token.is_none() {
            break;
        }
    }
    assert!(
        pages >= 3,
        "5 parameters by 2 is at least 3 pages, got {pages}"
    );

    // The paginator gathers every item.
    let request = GetParametersByPathInput::builder()
        .path("/guide/paged")
        .build()
        .expect("path is set");
    let mut items = Paginator::of(&ssm, request).page_size(2).items();
    let mut got = Vec::new();
    while let Some(item) = items.next().await {
        let p = item.expect("a page");
        got.push((p.name().unwrap().to_owned(), p.value().unwrap().to_owned()));
    }
    got.sort();
    let expected: Vec<(String, String)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.clone(), format!("value-{i}")))
        .collect();
    assert_eq!(got, expected);

    // Recursive reaches the deeper one.
    let request = GetParametersByPathInput::builder()
        .path("/guide/paged")
        .recursive(true)
        .build()
        .expect("path is set");
    let mut items = Paginator::of(&ssm, request).page_size(2).items();
    let mut count = 0;
    while let Some(item) = items.next().await {
        item.expect("a page");
        count += 1;
    }
    assert_eq!(count, 6);
}

#[tokio::test]
async fn ssm_invalid_requests_are_refused_before_sending() {
    // A server that would answer anything: it must see no connection.
    let server = CannedServer::start(CannedServer::json_200("{}"));
    let ssm = canned_client(&server, Ssm);

    let err = GetParametersByPathInput::builder()
        .path("/guide")
        .max_results(11)
        .with_client(&ssm)
        .send()
        .await
        .expect_err("MaxResults 11 is above the maximum");
    assert!(err.is_validation(), "{err:?}");
    assert!(
        matches!(err, GetParametersByPathError::Validation { .. }),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(message.contains("MaxResults"), "{message}");
    assert!(message.contains("maximum 10"), "{message}");
    assert!(message.contains("11"), "{message}");
    assert!(message.contains("nothing sent"), "{message}");

    // Every violation at once; the name's length, not a sensitive value.
    let request = PutParameterInput::builder()
        .name("x".repeat(2049))
        .value("top secret")
        .build()
        .expect("both required members are set");
    let violations = request.validate().expect_err("Name is too long");
    let text = violations.to_string();
    assert!(text.contains("Name"), "{text}");
    assert!(text.contains("2049"), "{text}");
    assert!(text.contains("2048"), "{text}");
    assert!(!text.contains("top secret"), "{text}");
    let err = ssm.send(request).await.expect_err("refused");
    assert!(err.is_validation(), "{err}");

    let err = PutParameterInput::builder()
        .name("/a")
        .build()
        .expect_err("Value is required");
    assert!(
        err.to_string().contains("value") || err.to_string().contains("Value"),
        "{err}"
    );

    assert_eq!(server.connections(), 0, "nothing may be sent");
}

#[tokio::test]
async fn ssm_target_and_wire_form() {
    use ecr_runtime::Operation;
    assert_eq!(
        <GetParameterInput as Operation>::TARGET,
        "AmazonSSM.GetParameter"
    );
    assert_eq!(<PutParameterInput as Operation>::NAME, "PutParameter");
    assert_eq!(
        <GetParametersByPathInput as Operation>::TARGET,
        "AmazonSSM.GetParametersByPath"
    );

    let server = CannedServer::start(CannedServer::json_200(
        r#"{"Parameter":{"Name":"/w","Type":"StringList","Value":"a,b","Version":3,"ARN":"arn:aws:ssm:us-east-1:123456789012:parameter/w","LastModifiedDate":1700000000.5,"Unknown":1}}"#,
    ));
    let ssm = canned_client(&server, Ssm);
    let out = GetParameterInput::builder()
        .name("/w")
        .with_decryption(true)
        .with_client(&ssm)
        .send()
        .await
        .expect("GetParameter");
    let p = out.parameter().expect("a parameter");
    assert_eq!(p.r#type(), Some(&ParameterType::StringList));
    assert_eq!(
        p.arn(),
        Some("arn:aws:ssm:us-east-1:123456789012:parameter/w")
    );
    assert_eq!(p.version(), Some(3));

    let request = String::from_utf8(server.last_request()).expect("UTF-8");
    assert_eq!(
        header(&request, "x-amz-target"),
        Some("AmazonSSM.GetParameter")
    );
    assert_eq!(
        header(&request, "content-type"),
        Some("application/x-amz-json-1.1")
    );
    let body: serde_json::Value = serde_json::from_slice(&server.bodies()[0]).expect("a JSON body");
    assert_eq!(
        body,
        serde_json::json!({"Name": "/w", "WithDecryption": true})
    );

    // The enum's wire form, and `type` on the wire for the `r#type` member.
    let put = PutParameterInput::builder()
        .name("/w")
        .value("v")
        .r#type(ParameterType::SecureString)
        .overwrite(false)
        .build()
        .expect("both required members are set");
    assert_eq!(
        serde_json::to_value(&put).unwrap(),
        serde_json::json!({"Name": "/w", "Value": "v", "Type": "SecureString", "Overwrite": false})
    );
    assert!(!format!("{put:?}").contains("\"v\""), "{put:?}");
    assert_eq!(
        ParameterType::from("Other"),
        ParameterType::Unknown("Other".into())
    );
}

#[tokio::test]
async fn sqs_send_and_receive_round_trip() {
    let moto = Moto::start();
    let sqs = moto.service_client(Sqs, credentials());

    let created = CreateQueueInput::builder()
        .queue_name("guide-queue")
        .attributes("VisibilityTimeout", "30")
        .attributes("DelaySeconds", "0")
        .with_client(&sqs)
        .send()
        .await
        .expect("CreateQueue");
    let url = created.queue_url().expect("a queue URL").to_owned();
    assert!(url.ends_with("/guide-queue"), "{url}");

    let sent = SendMessageInput::builder()
        .queue_url(url.as_str())
        .message_body("hello, queue")
        .with_client(&sqs)
        .send()
        .await
        .expect("SendMessage");
    assert!(sent.message_id().is_some());
    // md5("hello, queue")
    assert_eq!(sent.md5_of_message_body().map(str::len), Some(32));

    let received = ReceiveMessageInput::builder()
        .queue_url(url.as_str())
        .max_number_of_messages(10)
        .wait_time_seconds(1)
        .with_client(&sqs)
        .send()
        .await
        .expect("ReceiveMessage");
    let messages = received.messages();
    assert_eq!(messages.len(), 1, "{received:?}");
    assert_eq!(messages[0].body(), Some("hello, queue"));
    assert_eq!(messages[0].message_id(), sent.message_id());
    assert_eq!(messages[0].md5_of_body(), sent.md5_of_message_body());
    assert!(messages[0].receipt_handle().is_some());
}

#[tokio::test]
async fn sqs_errors_and_validation() {
    let moto = Moto::start();
    let sqs = moto.service_client(Sqs, credentials());
    let missing = format!("{}/123456789012/no-such-queue", moto.endpoint());

    let err = SendMessageInput::builder()
        .queue_url(missing.as_str())
        .message_body("x")
        .with_client(&sqs)
        .send()
        .await
        .expect_err("the queue does not exist");
    assert!(err.is_queue_does_not_exist(), "{err:?}");
    assert!(
        matches!(err, SendMessageError::QueueDoesNotExist(_)),
        "{err:?}"
    );

    let err = ReceiveMessageInput::builder()
        .queue_url(missing.as_str())
        .with_client(&sqs)
        .send()
        .await
        .expect_err("the queue does not exist");
    assert!(
        matches!(err, ReceiveMessageError::QueueDoesNotExist(_)),
        "{err:?}"
    );

    let err = ReceiveMessageInput::builder()
        .queue_url(missing.as_str())
        .max_number_of_messages(11)
        .wait_time_seconds(21)
        .with_client(&sqs)
        .send()
        .await
        .expect_err("refused before sending");
    assert!(
        matches!(err, ReceiveMessageError::Validation { .. }),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(
        message.contains("MaxNumberOfMessages: value 11"),
        "{message}"
    );
    assert!(message.contains("WaitTimeSeconds: value 21"), "{message}");
    assert!(message.contains("2 violations"), "{message}");
}

#[tokio::test]
async fn sqs_target_and_content_type() {
    use ecr_runtime::Operation;
    assert_eq!(
        <SendMessageInput as Operation>::TARGET,
        "AmazonSQS.SendMessage"
    );

    let server = CannedServer::start(CannedServer::json_200(r#"{"QueueUrl":"http://q/1/x"}"#));
    let sqs = canned_client(&server, Sqs);
    let out = CreateQueueInput::builder()
        .queue_name("x")
        .attributes("DelaySeconds", "5")
        .with_client(&sqs)
        .send()
        .await
        .expect("CreateQueue");
    assert_eq!(out.queue_url(), Some("http://q/1/x"));
    let request = String::from_utf8(server.last_request()).expect("UTF-8");
    assert_eq!(
        header(&request, "x-amz-target"),
        Some("AmazonSQS.CreateQueue")
    );
    assert_eq!(
        header(&request, "content-type"),
        Some("application/x-amz-json-1.0")
    );
    let body: serde_json::Value = serde_json::from_slice(&server.bodies()[0]).expect("a JSON body");
    assert_eq!(
        body,
        serde_json::json!({"QueueName": "x", "Attributes": {"DelaySeconds": "5"}})
    );

    // An SSM operation on an SQS client is refused, nothing sent.
    let err = GetParameterInput::builder()
        .name("/x")
        .with_client(&sqs)
        .send()
        .await
        .expect_err("another service's operation");
    assert!(!err.is_validation(), "{err:?}");
    assert_eq!(server.connections(), 1);
}
