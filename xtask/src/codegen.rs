//! From the model to Rust source: one function per generated file.

use crate::markdown;
use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::fmt::Write;

/// Doc comments are wrapped to this width (the `///` and indentation come on top).
const DOC_WIDTH: usize = 92;

const HEADER: &str = "// Written by `cargo xtask codegen` from `ecr/model/`: edit the generator\n\
                      // (`xtask/src/codegen.rs`) or the model, then run it again.\n\n";

/// The three model files, and the sensitive overrides.
pub struct Model {
    service: Value,
    paginators: Value,
    waiters: Value,
    sensitive_overrides: BTreeSet<String>,
}

/// A structure's role in the model decides its file and its attribute.
#[derive(Clone, Copy, PartialEq)]
enum Role {
    Input,
    Output,
    Exception,
    Nested,
}

impl Model {
    /// The model, its paginators and its waiters.
    pub fn new(service: Value, paginators: Value, waiters: Value) -> Self {
        Model {
            service,
            paginators,
            waiters,
            sensitive_overrides: BTreeSet::new(),
        }
    }

    /// Members to declare `#[sensitive]` although the model does not mark them: the keys
    /// (`Structure.member`, model names) of `ecr/model/sensitive-overrides.json`, whose values
    /// say why. The model marks no ECR member sensitive, yet `AuthorizationData.authorizationToken`
    /// is a registry password; a sensitive member is kept out of `Debug` and validation messages.
    /// `tests/tests/conformance.rs` reads the same file. A key naming no member is an error.
    pub fn with_sensitive_overrides(mut self, overrides: &Value) -> Result<Self, String> {
        let map = overrides
            .as_object()
            .ok_or("sensitive-overrides.json: not an object")?;
        for key in map.keys() {
            let (structure, member) = key.split_once('.').ok_or_else(|| {
                format!("sensitive-overrides.json: `{key}` is not `Structure.member`")
            })?;
            let known = self.shapes().get(structure).map(|s| &s["members"]);
            if known.and_then(|m| m.get(member)).is_none() {
                return Err(format!(
                    "sensitive-overrides.json: `{key}` names no member of the model"
                ));
            }
            self.sensitive_overrides.insert(key.clone());
        }
        Ok(self)
    }

    /// Whether `structure.wire` (targeting `target_name`) is declared `#[sensitive]`: the model
    /// marks its shape or the member sensitive, or the override list names it.
    fn is_sensitive(&self, structure: &str, wire: &str, member: &Value, target_name: &str) -> bool {
        let marked = |v: &Value| v.get("sensitive").and_then(Value::as_bool) == Some(true);
        marked(member)
            || self.shapes().get(target_name).is_some_and(marked)
            || self
                .sensitive_overrides
                .contains(&format!("{structure}.{wire}"))
    }

    /// Every generated file: name in `ecr/src`, unformatted source.
    pub fn files(&self) -> Result<Vec<(&'static str, String)>, String> {
        Ok(vec![
            ("operations.rs", self.operations_rs()?),
            ("types.rs", self.types_rs()?),
            ("errors.rs", self.errors_rs()?),
            ("fluent.rs", self.fluent_rs()?),
            ("paginators.rs", self.paginators_rs()?),
            ("waiters.rs", self.waiters_rs()?),
        ])
    }

    fn shapes(&self) -> &Map<String, Value> {
        self.service["shapes"].as_object().expect("model shapes")
    }

    fn shape(&self, name: &str) -> Result<&Value, String> {
        self.shapes()
            .get(name)
            .ok_or_else(|| format!("the model has no shape `{name}`"))
    }

    fn operations(&self) -> &Map<String, Value> {
        self.service["operations"]
            .as_object()
            .expect("model operations")
    }

    fn target_prefix(&self) -> &str {
        self.service["metadata"]["targetPrefix"]
            .as_str()
            .expect("targetPrefix")
    }

    fn protocol(&self) -> String {
        let version = self.service["metadata"]["jsonVersion"]
            .as_str()
            .expect("jsonVersion");
        format!("json-{version}")
    }

    /// The `#[aws_service]` declaration, from the model's metadata.
    fn service_rs(&self) -> String {
        let meta = &self.service["metadata"];
        let text = |key: &str| {
            meta[key]
                .as_str()
                .unwrap_or_else(|| panic!("metadata {key}"))
        };
        format!(
            "/// {}.\n///\n\
             /// The service the operations below belong to. [`Client::new`](crate::Client::new)\n\
             /// makes a client of it, and an operation declared outside this crate names it with\n\
             /// `#[aws_operation(service = ecr::Ecr, ..)]`.\n\
             #[aws_service(\n    id = \"{}\",\n    signing_name = \"{}\",\n    endpoint_prefix = \"{}\",\n    \
             protocol = \"{}\",\n    target_prefix = \"{}\",\n    \
             endpoint_rules = \"model/endpoint-rule-set-1.json\",\n)]\npub struct Ecr;\n\n",
            text("serviceFullName"),
            text("serviceId"),
            text("signingName"),
            text("endpointPrefix"),
            self.protocol(),
            self.target_prefix(),
        )
    }

    fn input_of(op: &Value) -> &str {
        op["input"]["shape"].as_str().expect("operation input")
    }

    fn output_of(op: &Value) -> &str {
        op["output"]["shape"].as_str().expect("operation output")
    }

    /// The shapes a request can hold, at any depth.
    fn request_shapes(&self) -> BTreeSet<String> {
        fn reach(model: &Model, name: &str, seen: &mut BTreeSet<String>) {
            if !seen.insert(name.to_owned()) {
                return;
            }
            let shape = &model.shapes()[name];
            let members = shape["members"]
                .as_object()
                .into_iter()
                .flat_map(|m| m.values());
            let inner = ["member", "key", "value"]
                .into_iter()
                .filter_map(|k| shape.get(k));
            for next in members.chain(inner).map(target).collect::<Vec<_>>() {
                reach(model, next, seen);
            }
        }
        let mut seen = BTreeSet::new();
        for op in self.operations().values() {
            reach(self, Self::input_of(op), &mut seen);
        }
        seen
    }

    /// `#[aws_shape]`, or `#[aws_shape(output)]` for a shape only answers hold: it is read,
    /// never built or validated, and costs half as much to compile.
    fn shape_attribute(&self, name: &str, requests: &BTreeSet<String>) -> &'static str {
        if requests.contains(name) {
            "#[aws_shape]\n"
        } else {
            "#[aws_shape(output)]\n"
        }
    }

    fn role(&self, name: &str) -> Role {
        if self.shapes()[name]["exception"].as_bool() == Some(true) {
            return Role::Exception;
        }
        for op in self.operations().values() {
            if Self::input_of(op) == name {
                return Role::Input;
            }
            if Self::output_of(op) == name {
                return Role::Output;
            }
        }
        Role::Nested
    }

    /// The Rust type of a member whose target is `name`.
    fn rust_type(&self, name: &str) -> Result<String, String> {
        let shape = self.shape(name)?;
        Ok(match shape["type"].as_str().unwrap_or_default() {
            "structure" => name.to_owned(),
            "list" => format!("Vec<{}>", self.rust_type(target(&shape["member"]))?),
            "map" => format!(
                "HashMap<{}, {}>",
                self.rust_type(target(&shape["key"]))?,
                self.rust_type(target(&shape["value"]))?
            ),
            "string" if shape.get("enum").is_some() => name.to_owned(),
            "string" => "String".to_owned(),
            "integer" => "i32".to_owned(),
            "long" => "i64".to_owned(),
            "boolean" => "bool".to_owned(),
            "double" => "f64".to_owned(),
            "float" => "f32".to_owned(),
            "timestamp" => "OffsetDateTime".to_owned(),
            "blob" => "Vec<u8>".to_owned(),
            other => return Err(format!("shape `{name}`: type `{other}` is not supported")),
        })
    }

    /// The constraints a shape puts on a value, as the macro's member attributes (`length(..)`,
    /// `pattern(..)`, `range(..)`), without the `#[]`.
    fn constraints(&self, name: &str) -> Result<Vec<String>, String> {
        let shape = self.shape(name)?;
        let (min, max) = (shape.get("min"), shape.get("max"));
        let bounds = match (min, max) {
            (Some(a), Some(b)) => Some(format!("{a}, {b}")),
            (Some(a), None) => Some(format!("min = {a}")),
            (None, Some(b)) => Some(format!("max = {b}")),
            (None, None) => None,
        };
        let mut out = Vec::new();
        match shape["type"].as_str().unwrap_or_default() {
            "string" | "list" | "map" | "blob" => {
                if let Some(b) = bounds {
                    out.push(format!("length({b})"));
                }
            }
            "integer" | "long" | "double" | "float" => {
                if let Some(b) = bounds {
                    out.push(format!("range({b})"));
                }
            }
            _ => {}
        }
        if let Some(p) = shape["pattern"].as_str() {
            out.push(format!("pattern({p:?})"));
        }
        Ok(out)
    }

    /// `#[..]` lines for a member targeting `name`: its own constraints, then those of its list
    /// items or map keys and values.
    fn member_attributes(&self, name: &str) -> Result<Vec<String>, String> {
        let mut attrs: Vec<String> = self
            .constraints(name)?
            .into_iter()
            .map(|c| format!("#[{c}]"))
            .collect();
        let shape = self.shape(name)?;
        let mut nested = |key: &str, attr: &str| -> Result<(), String> {
            if let Some(inner) = shape.get(key) {
                let c = self.constraints(target(inner))?;
                if !c.is_empty() {
                    attrs.push(format!("#[{attr}({})]", c.join(", ")));
                }
            }
            Ok(())
        };
        nested("member", "each")?;
        nested("key", "keys")?;
        nested("value", "values")?;
        Ok(attrs)
    }

    fn structure(
        &self,
        name: &str,
        role: Role,
        head: &str,
        out: &mut String,
    ) -> Result<(), String> {
        let shape = self.shape(name)?;
        let required: BTreeSet<&str> = shape["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        out.push_str(head);
        let _ = writeln!(out, "pub struct {name} {{");
        let members = shape["members"].as_object().cloned().unwrap_or_default();
        for (wire, member) in &members {
            let target_name = target(member);
            let mut doc = member["documentation"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
            if doc.trim().is_empty() {
                doc = match role {
                    Role::Exception if wire == "message" => {
                        "<p>What the service said went wrong.</p>".to_owned()
                    }
                    _ => format!("<p>The <code>{wire}</code> member.</p>"),
                };
            }
            if member["deprecated"].as_bool() == Some(true) {
                let why = member["deprecatedMessage"].as_str().unwrap_or("");
                let _ = write!(doc, "<p><b>Deprecated.</b> {why}</p>");
            }
            out.push_str(&doc_comment(&doc, "    "));
            if self.is_sensitive(name, wire, member, target_name) {
                out.push_str("    #[sensitive]\n");
            }
            for attr in self.member_attributes(target_name)? {
                let _ = writeln!(out, "    {attr}");
            }
            let field = field_name(wire);
            if lower_camel(&field) != *wire {
                let _ = writeln!(out, "    #[rename({wire:?})]");
            }
            let ty = self.rust_type(target_name)?;
            let ty = if required.contains(wire.as_str()) {
                ty
            } else {
                format!("Option<{ty}>")
            };
            let _ = writeln!(out, "    pub {field}: {ty},");
        }
        out.push_str("}\n\n");
        Ok(())
    }

    fn shape_doc(&self, name: &str, fallback: &str) -> String {
        let doc = self.shapes()[name]["documentation"]
            .as_str()
            .unwrap_or_default();
        if doc.trim().is_empty() {
            doc_comment(&format!("<p>{fallback}</p>"), "")
        } else {
            doc_comment(doc, "")
        }
    }

    fn operations_rs(&self) -> Result<String, String> {
        let mut out = String::from(HEADER);
        out.push_str(
            "//! The request and the output of every operation.\n\n\
             use crate::errors::*;\n\
             use crate::types::*;\n\
             use ecr_runtime::{aws_operation, aws_service, aws_shape};\n",
        );
        let uses = self.uses(|role| matches!(role, Role::Input | Role::Output));
        out.push_str(&uses);
        out.push('\n');
        out.push_str(&self.service_rs());
        let requests = self.request_shapes();
        for (name, op) in self.operations() {
            let input = Self::input_of(op);
            let output = Self::output_of(op);
            let errors: Vec<&str> = op["errors"]
                .as_array()
                .map(|e| e.iter().map(target).collect())
                .unwrap_or_default();
            let mut head = doc_comment(op["documentation"].as_str().unwrap_or_default(), "");
            let _ = write!(
                head,
                "#[aws_operation(\n    service = Ecr,\n{}    output = {output},\n    errors({}),\n)]\n",
                if [format!("{name}Request"), format!("{name}Input")]
                    .iter()
                    .any(|i| i == input)
                {
                    String::new()
                } else {
                    format!("    name = \"{name}\",\n")
                },
                errors.join(", ")
            );
            self.structure(input, Role::Input, &head, &mut out)?;
            let mut head = self.shape_doc(output, &format!("The output of {name}."));
            head.push_str(self.shape_attribute(output, &requests));
            self.structure(output, Role::Output, &head, &mut out)?;
        }
        Ok(out)
    }

    /// `use` lines for the types the structures of `roles` need.
    fn uses(&self, roles: impl Fn(Role) -> bool) -> String {
        let (mut time, mut map) = (false, false);
        for (name, shape) in self.shapes() {
            if shape["type"] != "structure" || !roles(self.role(name)) {
                continue;
            }
            for member in shape["members"]
                .as_object()
                .into_iter()
                .flat_map(|m| m.values())
            {
                let ty = self.rust_type(target(member)).unwrap_or_default();
                time |= ty.contains("OffsetDateTime");
                map |= ty.contains("HashMap");
            }
        }
        let mut out = String::new();
        if time {
            out.push_str("use ecr_runtime::OffsetDateTime;\n");
        }
        if map {
            out.push_str("use std::collections::HashMap;\n");
        }
        out
    }

    fn types_rs(&self) -> Result<String, String> {
        let mut out = String::from(HEADER);
        out.push_str(
            "//! Structures and enums shared by requests and responses.\n\n\
             use ecr_runtime::{aws_enum, aws_shape};\n",
        );
        out.push_str(&self.uses(|role| role == Role::Nested));
        out.push('\n');
        let requests = self.request_shapes();
        for (name, shape) in self.shapes() {
            if shape["type"] == "structure" && self.role(name) == Role::Nested {
                let mut head = self.shape_doc(name, &format!("The <code>{name}</code> structure."));
                head.push_str(self.shape_attribute(name, &requests));
                self.structure(name, Role::Nested, &head, &mut out)?;
            } else if let Some(values) = shape["enum"].as_array() {
                out.push_str(&self.shape_doc(name, &format!("The values of <code>{name}</code>.")));
                let _ = writeln!(out, "#[aws_enum]\npub enum {name} {{");
                for value in values.iter().filter_map(Value::as_str) {
                    let variant = variant_name(value);
                    let _ = writeln!(out, "    /// `{value}`");
                    if variant != value {
                        let _ = writeln!(out, "    #[rename({value:?})]");
                    }
                    let _ = writeln!(out, "    {variant},");
                }
                out.push_str("}\n\n");
            }
        }
        Ok(out)
    }

    fn errors_rs(&self) -> Result<String, String> {
        let mut out = String::from(HEADER);
        out.push_str("//! The exceptions ECR answers with.\n\nuse ecr_runtime::aws_error;\n");
        out.push_str(&self.uses(|role| role == Role::Exception));
        out.push('\n');
        for (name, shape) in self.shapes() {
            if shape["exception"].as_bool() == Some(true) {
                let mut head = self.shape_doc(name, &format!("The service answered `{name}`."));
                head.push_str("#[aws_error]\n");
                self.structure(name, Role::Exception, &head, &mut out)?;
            }
        }
        Ok(out)
    }

    fn fluent_rs(&self) -> Result<String, String> {
        let mut out = String::from(HEADER);
        out.push_str(
            "//! A method on [`Client`] for every operation.\n\n\
             use crate::Client;\n\
             use crate::operations::*;\n\
             use ecr_runtime::Operation;\n\
             use ecr_runtime::schema::OperationSchema;\n\n\
             /// Every operation of the model, as data: target, input, output and errors.\n\
             pub fn operations() -> Vec<OperationSchema> {\n    vec![\n",
        );
        for op in self.operations().values() {
            let _ = writeln!(
                out,
                "        <{} as Operation>::schema(),",
                Self::input_of(op)
            );
        }
        out.push_str("    ]\n}\n\nimpl Client {\n");
        for (name, op) in self.operations() {
            let input = Self::input_of(op);
            let summary = markdown::summary(op["documentation"].as_str().unwrap_or_default());
            let mut doc = md_doc(&summary, "    ");
            let _ = write!(
                doc,
                "    ///\n    /// Starts a [`{input}`]: set its members on the builder, then \
                 `.send().await`.\n"
            );
            out.push_str(&doc);
            let _ = writeln!(
                out,
                "    pub fn {}(&self) -> {input}Builder<ecr_runtime::Client> {{\n        \
                 {input}::builder().with_client(&self.inner)\n    }}\n",
                snake(name)
            );
        }
        out.push_str("}\n");
        Ok(out)
    }

    /// Paginated operations: those of `paginators-1.json`, and the token-taking list
    /// operations the model has beside them.
    fn paginated(&self) -> Result<Vec<(String, String, Vec<String>)>, String> {
        let mut out = Vec::new();
        let table = self.paginators["pagination"]
            .as_object()
            .ok_or("paginators-1.json has no `pagination`")?;
        for (name, p) in table {
            for key in ["input_token", "output_token"] {
                if p[key] != "nextToken" {
                    return Err(format!("paginator {name}: {key} is not `nextToken`"));
                }
            }
            if p["limit_key"] != "maxResults" {
                return Err(format!("paginator {name}: limit_key is not `maxResults`"));
            }
            let results = match &p["result_key"] {
                Value::String(s) => vec![s.clone()],
                Value::Array(a) => a
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect(),
                _ => return Err(format!("paginator {name}: no result_key")),
            };
            out.push((name.clone(), "maxResults".to_owned(), results));
        }
        // Operations that take `nextToken` and `maxResults` and answer one list and a
        // `nextToken`, which no SDK pages for: page them the same way.
        for (name, op) in self.operations() {
            if table.contains_key(name) {
                continue;
            }
            let input = &self.shape(Self::input_of(op))?["members"];
            let output = self.shape(Self::output_of(op))?["members"]
                .as_object()
                .cloned()
                .unwrap_or_default();
            if input.get("nextToken").is_none()
                || input.get("maxResults").is_none()
                || output.get("nextToken").is_none()
            {
                continue;
            }
            let lists: Vec<String> = output
                .iter()
                .filter(|(_, m)| self.shapes()[target(m)]["type"] == "list")
                .map(|(k, _)| k.clone())
                .collect();
            if lists.len() == 1 {
                out.push((name.clone(), "maxResults".to_owned(), lists));
            }
        }
        Ok(out)
    }

    fn paginators_rs(&self) -> Result<String, String> {
        let mut out = String::from(HEADER);
        out.push_str(
            "//! Pagination: every operation that answers in pages can be streamed page by page or\n\
             //! item by item, with `into_paginator()` on its builder.\n\n\
             use crate::operations::*;\n\
             use crate::types::*;\n\
             use ecr_runtime::paginate::{Paginate, Paginator};\n\n",
        );
        for (name, _limit, results) in self.paginated()? {
            let op = &self.operations()[&name];
            let (input, output) = (Self::input_of(op), Self::output_of(op));
            // The item type, and the expression that collects a page's items.
            let mut paths = Vec::new();
            for key in &results {
                paths.push(self.path(output, key)?);
            }
            let (item, collect) = if paths.len() == 1 {
                let (ty, expr) = &paths[0];
                let ty = ty.strip_prefix("Vec<").and_then(|t| t.strip_suffix('>'));
                let ty = ty.ok_or_else(|| format!("{name}: result key is not a list"))?;
                (ty.to_owned(), format!("{expr}.unwrap_or_default()"))
            } else {
                let item = format!("{name}Item");
                let _ = writeln!(
                    out,
                    "/// One item of a `{name}` page: each page holds several lists, and the \
                     items stream yields them all, list by list."
                );
                let _ = writeln!(
                    out,
                    "#[derive(Clone, Debug, PartialEq)]\npub enum {item} {{"
                );
                // The keys share a parent structure (`imageScanFindings.findings`, `.enhancedFindings`):
                // take it out of the page once, then move each list out of it.
                let parents: BTreeSet<&str> = results
                    .iter()
                    .map(|k| k.rsplit_once('.').map_or("", |(p, _)| p))
                    .collect();
                let parent = match parents.into_iter().collect::<Vec<_>>()[..] {
                    [p] if !p.is_empty() => p,
                    _ => return Err(format!("{name}: result keys without one common parent")),
                };
                let (parent_ty, parent_expr) = self.path(output, parent)?;
                let mut collect =
                    format!("let mut items = Vec::new(); if let Some(parent) = {parent_expr} {{");
                for key in &results {
                    let last = key.rsplit('.').next().unwrap_or(key);
                    let variant = upper_first(last);
                    let (ty, _) = self.path(&parent_ty, last)?;
                    let inner = ty
                        .strip_prefix("Vec<")
                        .and_then(|t| t.strip_suffix('>'))
                        .ok_or_else(|| format!("{name}: result key {key} is not a list"))?;
                    let _ = writeln!(
                        out,
                        "    /// An item of `{key}` (boxed: the variants differ much in size).\n    \
                         {variant}(Box<{inner}>),"
                    );
                    let required = self.shape(&parent_ty)?["required"]
                        .as_array()
                        .is_some_and(|r| r.iter().any(|x| x == last));
                    let field = field_name(last);
                    let list = if required {
                        format!("Some(parent.{field})")
                    } else {
                        format!("parent.{field}")
                    };
                    let _ = write!(
                        collect,
                        "items.extend({list}.into_iter().flatten().map(|v| {item}::{variant}(Box::new(v))));"
                    );
                }
                collect.push_str("} items");
                out.push_str("}\n\n");
                (item, collect)
            };
            let collect = collect.replace("OUTPUT", "output");
            let _ = write!(
                out,
                "impl Paginate for {input} {{\n\
                 type Item = {item};\n\
                 fn set_next_token(&mut self, token: Option<String>) {{ self.next_token = token; }}\n\
                 fn set_page_size(&mut self, size: i32) {{ self.max_results = Some(size); }}\n\
                 fn next_token(output: &{output}) -> Option<&str> {{ output.next_token.as_deref() }}\n\
                 fn into_items(output: {output}) -> Vec<{item}> {{ {collect} }}\n\
                 }}\n\n\
                 impl {input}Builder<ecr_runtime::Client> {{\n\
                 {}\
                 pub fn into_paginator(self) -> Paginator<{input}> {{\n\
                 let (client, request) = self.into_parts();\n\
                 Paginator::new(client, request)\n\
                 }}\n\
                 }}\n\n",
                md_doc(
                    &format!(
                        "Pages through the results of `{name}`: `.pages()` streams each answer, \
                         `.items()` each of its [`{item}`]s; `.page_size(n)` sets `maxResults`. A \
                         token the service repeats ends the stream with an error."
                    ),
                    ""
                )
            );
        }
        Ok(out)
    }

    /// The members along a dotted path from `shape` (`imageScanStatus.status`): each as its
    /// Rust field and whether it is required, and the shape the path ends at.
    fn walk(&self, shape: &str, path: &str) -> Result<(Vec<(String, bool)>, String), String> {
        let mut steps = Vec::new();
        let mut current = shape.to_owned();
        for segment in path.split('.') {
            let s = self.shape(&current)?;
            let member = s["members"]
                .get(segment)
                .ok_or_else(|| format!("{current} has no member {segment}"))?;
            let required = s["required"]
                .as_array()
                .is_some_and(|r| r.iter().any(|x| x == segment));
            steps.push((field_name(segment), required));
            current = target(member).to_owned();
        }
        Ok((steps, current))
    }

    /// The type at a dotted member path of `shape`, and an expression giving it as an
    /// `Option` from a variable `OUTPUT` of that shape (moved out of it).
    fn path(&self, shape: &str, path: &str) -> Result<(String, String), String> {
        let (steps, end) = self.walk(shape, path)?;
        let mut expr = String::from("Some(OUTPUT)");
        for (field, required) in steps {
            if required {
                let _ = write!(expr, ".map(|v| v.{field})");
            } else {
                let _ = write!(expr, ".and_then(|v| v.{field})");
            }
        }
        Ok((self.rust_type(&end)?, expr))
    }

    fn waiters_rs(&self) -> Result<String, String> {
        let mut out = String::from(HEADER);
        out.push_str(
            "//! Waiters: poll an operation until the resource reaches the state you need,\n\
             //! with `wait_until_*` on the operation's builder.\n\n\
             use crate::operations::*;\n\
             use ecr_runtime::waiter::{Waiter, WaiterSpec, WaiterState};\n\
             use std::time::Duration;\n\n",
        );
        let waiters = self.waiters["waiters"]
            .as_object()
            .ok_or("waiters-2.json has no `waiters`")?;
        for (name, w) in waiters {
            let op_name = w["operation"].as_str().ok_or("waiter without operation")?;
            let op = &self.operations()[op_name];
            let (input, output) = (Self::input_of(op), Self::output_of(op));
            let delay = w["delay"].as_u64().ok_or("waiter without delay")?;
            let attempts = w["maxAttempts"]
                .as_u64()
                .ok_or("waiter without maxAttempts")?;
            let description = w["description"].as_str().unwrap_or(name);
            let fn_name = snake(name);
            let spec = fn_name.to_uppercase();
            let mut conditions = String::new();
            let mut doc_states = Vec::new();
            for acceptor in w["acceptors"]
                .as_array()
                .ok_or("waiter without acceptors")?
            {
                let state = match acceptor["state"].as_str() {
                    Some("success") => "Success",
                    Some("failure") => "Failure",
                    Some("retry") => "Retry",
                    other => return Err(format!("waiter {name}: state {other:?}")),
                };
                if acceptor["matcher"] != "path" {
                    return Err(format!(
                        "waiter {name}: matcher {} is not supported by the generator",
                        acceptor["matcher"]
                    ));
                }
                let argument = acceptor["argument"]
                    .as_str()
                    .ok_or("path without argument")?;
                let expected = acceptor["expected"].as_str().ok_or("non-string expected")?;
                let (steps, _) = self.walk(output, argument)?;
                let mut expr = String::from("Some(output)");
                for (field, required) in steps {
                    if required {
                        let _ = write!(expr, ".map(|v| &v.{field})");
                    } else {
                        let _ = write!(expr, ".and_then(|v| v.{field}.as_ref())");
                    }
                }
                let _ = write!(
                    conditions,
                    "if {expr}.map(|v| v.as_str()) == Some({expected:?}) {{\n\
                     return Some(WaiterState::{state});\n}}\n"
                );
                doc_states.push(format!(
                    "{} when `{argument}` is `{expected}`",
                    state.to_lowercase()
                ));
            }
            let _ = write!(
                out,
                "const {spec}: WaiterSpec = WaiterSpec {{\n\
                 name: {name:?},\n\
                 delay: Duration::from_secs({delay}),\n\
                 max_attempts: {attempts},\n\
                 }};\n\n\
                 fn {fn_name}(result: &Result<{output}, {op_name}Error>) -> Option<WaiterState> {{\n\
                 let output = result.as_ref().ok()?;\n\
                 {conditions}\
                 None\n\
                 }}\n\n\
                 impl {input}Builder<ecr_runtime::Client> {{\n\
                 {}\
                 pub fn wait_until_{fn_name}(self, max_wait: Duration) -> Waiter<{input}> {{\n\
                 let (client, request) = self.into_parts();\n\
                 Waiter::new(client, request, {spec}, {fn_name}, max_wait)\n\
                 }}\n\
                 }}\n\n",
                md_doc(
                    &format!(
                        "{description}: sends `{op_name}` every {delay} s, at most {attempts} \
                         times and for no longer than `max_wait`, until a response decides: {}.\n\n\
                         Await the returned [`Waiter`]; `.delay(..)` changes the pause between \
                         attempts.",
                        doc_states.join("; ")
                    ),
                    ""
                )
            );
        }
        Ok(out)
    }
}

fn target(member: &Value) -> &str {
    member["shape"].as_str().expect("member shape")
}

/// `///` lines for model HTML at an indentation.
fn doc_comment(html: &str, indent: &str) -> String {
    let mut out = String::new();
    for line in markdown::to_markdown(html, DOC_WIDTH) {
        if line.is_empty() {
            let _ = writeln!(out, "{indent}///");
        } else {
            let _ = writeln!(out, "{indent}/// {line}");
        }
    }
    if out.is_empty() {
        let _ = writeln!(out, "{indent}/// (Not documented by the model.)");
    }
    out
}

/// `///` lines for Markdown written here (paragraphs separated by blank lines), wrapped.
fn md_doc(text: &str, indent: &str) -> String {
    let mut out = String::new();
    for (i, para) in text.split("\n\n").enumerate() {
        if i > 0 {
            let _ = writeln!(out, "{indent}///");
        }
        let para = para.split_whitespace().collect::<Vec<_>>().join(" ");
        for line in markdown::wrap(&para, "", "", DOC_WIDTH) {
            let _ = writeln!(out, "{indent}/// {line}");
        }
    }
    out
}

/// `repositoryName` → `repository_name`, `registryURI` → `registry_uri`, `type` → `r#type`.
fn field_name(wire: &str) -> String {
    let name = snake(wire);
    if matches!(
        name.as_str(),
        "type"
            | "ref"
            | "match"
            | "where"
            | "as"
            | "async"
            | "await"
            | "box"
            | "crate"
            | "dyn"
            | "enum"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "return"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "use"
            | "while"
            | "yield"
            | "gen"
            | "try"
            | "macro"
            | "final"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "abstract"
            | "become"
            | "do"
            | "loop_"
    ) {
        format!("r#{name}")
    } else {
        name
    }
}

/// `BatchGetImage` → `batch_get_image`; `registryURI` → `registry_uri`.
fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &ch) in chars.iter().enumerate() {
        if ch.is_uppercase() {
            let prev_lower =
                i > 0 && (chars[i - 1].is_lowercase() || chars[i - 1].is_ascii_digit());
            let prev_upper = i > 0 && chars[i - 1].is_uppercase();
            let next_lower = chars.get(i + 1).is_some_and(|c| c.is_lowercase());
            if i > 0 && (prev_lower || (prev_upper && next_lower)) {
                out.push('_');
            }
            out.extend(ch.to_lowercase());
        } else {
            out.push(ch);
        }
    }
    out
}

/// The macro's wire name for a field: `repository_name` → `repositoryName`. The same rule as
/// `ecr-macros` (`case.rs`), which a proc-macro crate cannot export; the conformance test would
/// catch the two drifting apart (every wire name is compared with the model).
fn lower_camel(field: &str) -> String {
    let field = field.strip_prefix("r#").unwrap_or(field);
    let mut out = String::new();
    let mut upper_next = false;
    for ch in field.chars() {
        if ch == '_' {
            upper_next = !out.is_empty();
        } else if upper_next {
            out.extend(ch.to_uppercase());
            upper_next = false;
        } else {
            out.push(ch);
        }
    }
    out
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// `IN_PROGRESS` → `InProgress`, `ecr-public` → `EcrPublic`, `KmsError` → `KmsError`.
fn variant_name(value: &str) -> String {
    let mut out = String::new();
    for part in value.split(|c: char| !c.is_ascii_alphanumeric()) {
        if part.is_empty() {
            continue;
        }
        let uniform = part == part.to_ascii_uppercase() || part == part.to_ascii_lowercase();
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            if uniform {
                out.extend(chars.map(|c| c.to_ascii_lowercase()));
            } else {
                out.extend(chars);
            }
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(field_name("repositoryName"), "repository_name");
        assert_eq!(field_name("registryURI"), "registry_uri");
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(field_name("Key"), "key");
        assert_eq!(lower_camel("r#type"), "type");
        assert_eq!(snake("BatchGetImage"), "batch_get_image");
        assert_eq!(variant_name("IN_PROGRESS"), "InProgress");
        assert_eq!(variant_name("ecr-public"), "EcrPublic");
        assert_eq!(variant_name("KmsError"), "KmsError");
        assert_eq!(variant_name("AES256"), "Aes256");
    }
}
