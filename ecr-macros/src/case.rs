//! Wire-name casing.

/// `repository_name` → `repositoryName`; a leading `r#` is dropped.
pub fn lower_camel(field: &str) -> String {
    let field = field.strip_prefix("r#").unwrap_or(field);
    let mut out = String::with_capacity(field.len());
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

/// `repository_name` → `RepositoryName`; a leading `r#` is dropped.
pub fn upper_camel(field: &str) -> String {
    let lower = lower_camel(field);
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => lower,
    }
}

/// `BatchGetImage` → `batch_get_image`.
pub fn snake(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let chars: Vec<char> = name.chars().collect();
    for (i, &ch) in chars.iter().enumerate() {
        if ch.is_uppercase() {
            let prev_lower =
                i > 0 && (chars[i - 1].is_lowercase() || chars[i - 1].is_ascii_digit());
            let next_lower = chars.get(i + 1).is_some_and(|c| c.is_lowercase());
            let prev_upper = i > 0 && chars[i - 1].is_uppercase();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case_of_field_names() {
        assert_eq!(lower_camel("repository_name"), "repositoryName");
        assert_eq!(lower_camel("image_ids"), "imageIds");
        assert_eq!(lower_camel("r#type"), "type");
        assert_eq!(lower_camel("registry_id"), "registryId");
        assert_eq!(lower_camel("kms_key"), "kmsKey");
        assert_eq!(upper_camel("secret_id"), "SecretId");
        assert_eq!(upper_camel("r#type"), "Type");
    }

    #[test]
    fn snake_case_of_type_names() {
        assert_eq!(snake("RepositoryNotFound"), "repository_not_found");
        assert_eq!(snake("Server"), "server");
        assert_eq!(snake("KMS"), "kms");
        assert_eq!(snake("LayerPartTooSmall"), "layer_part_too_small");
        assert_eq!(snake("InvalidLayerPart"), "invalid_layer_part");
    }
}
