//! The shared configuration files, `~/.aws/config` and `~/.aws/credentials`.

use crate::env::Env;
use crate::error::ConfigError;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// One profile's properties, merged from both files (the credentials file wins). `Debug` shows
/// property names only: values include secret keys.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Profile {
    name: String,
    properties: HashMap<String, String>,
}

impl fmt::Debug for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut keys: Vec<&String> = self.properties.keys().collect();
        keys.sort();
        f.debug_struct("Profile")
            .field("name", &self.name)
            .field("properties", &keys)
            .finish()
    }
}

impl fmt::Debug for ProfileSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut profiles: Vec<&Profile> = self.profiles.values().collect();
        profiles.sort_by(|a, b| a.name.cmp(&b.name));
        f.debug_struct("ProfileSet")
            .field("selected", &self.selected)
            .field("profiles", &profiles)
            .field("sources", &self.sources)
            .finish()
    }
}

impl Profile {
    /// The profile's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A property's value; keys are matched case-insensitively, as the AWS CLI does.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.properties
            .get(&key.to_ascii_lowercase())
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }
}

/// Every profile of the shared files, and which one is selected.
#[derive(Clone, Default)]
pub struct ProfileSet {
    profiles: HashMap<String, Profile>,
    selected: String,
    sources: Vec<PathBuf>,
    explicit_default: bool,
}

impl ProfileSet {
    /// Reads the files named by `AWS_CONFIG_FILE` and `AWS_SHARED_CREDENTIALS_FILE` (by default
    /// `~/.aws/config` and `~/.aws/credentials`), selecting `AWS_PROFILE` (by default `default`).
    /// A missing file is the same as an empty one.
    pub fn load(env: &Env, profile_override: Option<&str>) -> Result<Self, ConfigError> {
        let config_path = env
            .get("AWS_CONFIG_FILE")
            .map(|p| env.expand_home(&p))
            .or_else(|| env.home_dir().map(|h| h.join(".aws").join("config")));
        let credentials_path = env
            .get("AWS_SHARED_CREDENTIALS_FILE")
            .map(|p| env.expand_home(&p))
            .or_else(|| env.home_dir().map(|h| h.join(".aws").join("credentials")));
        let selected = profile_override
            .map(str::to_owned)
            .or_else(|| env.get("AWS_PROFILE"))
            .unwrap_or_else(|| "default".to_owned());
        let mut set = ProfileSet {
            selected,
            ..Default::default()
        };
        if let Some(path) = config_path
            && let Some(text) = read_optional(&path)?
        {
            set.merge(&text, FileKind::Config, &path.display().to_string())?;
            set.sources.push(path);
        }
        if let Some(path) = credentials_path
            && let Some(text) = read_optional(&path)?
        {
            set.merge(&text, FileKind::Credentials, &path.display().to_string())?;
            set.sources.push(path);
        }
        Ok(set)
    }

    /// Parses file contents directly (config file first, then credentials file).
    pub fn parse(config: &str, credentials: &str, selected: &str) -> Result<Self, ConfigError> {
        let mut set = ProfileSet {
            selected: selected.to_owned(),
            ..Default::default()
        };
        set.merge(config, FileKind::Config, "config")?;
        set.merge(credentials, FileKind::Credentials, "credentials")?;
        Ok(set)
    }

    /// The selected profile's name.
    pub fn selected_name(&self) -> &str {
        &self.selected
    }

    /// The selected profile, if either file defines it.
    pub fn selected(&self) -> Option<&Profile> {
        self.profiles.get(&self.selected)
    }

    /// A profile by name.
    pub fn get(&self, name: &str) -> Option<&Profile> {
        self.profiles.get(name)
    }

    /// The files that were read.
    pub fn sources(&self) -> &[PathBuf] {
        &self.sources
    }

    /// Reads one file's sections into the set. A malformed section header is an error; other
    /// sections than profiles (`[sso-session ..]`, `[services ..]`) are skipped.
    fn merge(&mut self, text: &str, kind: FileKind, file: &str) -> Result<(), ConfigError> {
        let mut current: Option<String> = None;
        let mut last_key: Option<String> = None;
        for (number, raw) in text.lines().enumerate() {
            let trimmed = raw.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with(';') {
                continue;
            }
            if trimmed.starts_with('[') {
                last_key = None;
                let header = strip_inline_comment(trimmed);
                let Some(inner) = header.strip_prefix('[').and_then(|h| h.strip_suffix(']')) else {
                    return Err(ConfigError::new(format!(
                        "{file}, line {}: section header `{trimmed}` has no closing `]`",
                        number + 1
                    )));
                };
                current = section_name(inner.trim(), kind);
                if let Some(name) = &current {
                    let explicit =
                        kind == FileKind::Config && name == "default" && inner.trim() != "default";
                    current = self.open_section(name, explicit);
                }
                continue;
            }
            let Some(profile) = current.as_ref().and_then(|n| self.profiles.get_mut(n)) else {
                continue;
            };
            let indented = raw.starts_with(' ') || raw.starts_with('\t');
            if indented && let Some(key) = &last_key {
                // A sub-property of the previous key (`s3 =` followed by indented lines).
                let value = profile.properties.entry(key.clone()).or_default();
                if !value.is_empty() {
                    value.push('\n');
                }
                value.push_str(strip_inline_comment(trimmed));
                continue;
            }
            if let Some((key, value)) = trimmed.split_once('=') {
                let key = key.trim().to_ascii_lowercase();
                let value = strip_inline_comment(value).trim().to_owned();
                profile.properties.insert(key.clone(), value);
                last_key = Some(key);
            }
        }
        Ok(())
    }

    /// Opens a profile section, and says which profile its properties go to. `[profile default]`
    /// replaces `[default]` in the config file, as the AWS SDKs have it: after one, the other's
    /// properties are dropped or skipped.
    fn open_section(&mut self, name: &str, explicit_default: bool) -> Option<String> {
        if name == "default" {
            if explicit_default && !self.explicit_default {
                self.explicit_default = true;
                self.profiles.remove("default");
            } else if !explicit_default && self.explicit_default {
                return None;
            }
        }
        self.profiles
            .entry(name.to_owned())
            .or_insert_with(|| Profile {
                name: name.to_owned(),
                properties: HashMap::new(),
            });
        Some(name.to_owned())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Config,
    Credentials,
}

/// The profile a section header (without its brackets) opens: `default` and `profile NAME` in
/// the config file, `NAME` in the credentials file; `None` for any other section.
fn section_name(inner: &str, kind: FileKind) -> Option<String> {
    let mut words = inner.split_whitespace();
    let (first, second, third) = (words.next(), words.next(), words.next());
    match (kind, first, second, third) {
        (FileKind::Config, Some("default"), None, None) => Some("default".to_owned()),
        (FileKind::Config, Some("profile"), Some(name), None) => Some(name.to_owned()),
        (FileKind::Credentials, Some("profile"), Some(_), _) => None,
        (FileKind::Credentials, Some(name), None, None) => Some(name.to_owned()),
        _ => None,
    }
}

/// Cuts a comment (`#` or `;` after whitespace, or at the start of the value) off a value.
fn strip_inline_comment(value: &str) -> &str {
    let start = value.len() - value.trim_start().len();
    for (i, ch) in value.char_indices() {
        if (ch == '#' || ch == ';') && (i == start || value[..i].ends_with([' ', '\t'])) {
            return value[..i].trim_end();
        }
    }
    value
}

fn read_optional(path: &Path) -> Result<Option<String>, ConfigError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(ConfigError::new(format!(
            "cannot read {}: {e}",
            path.display()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_files_merge_with_credentials_winning() {
        let config = "[default]\nregion = us-west-2\n[profile dev]\nregion=eu-west-1 # inline\noutput = json\n[sso-session x]\nregion = nope\n[dev]\nregion = ignored\n";
        let creds = "[default]\naws_access_key_id = AKID\naws_secret_access_key = SECRET\n[dev]\nregion = ap-south-1\n";
        let set = ProfileSet::parse(config, creds, "dev").unwrap();
        let dev = set.selected().unwrap();
        assert_eq!(dev.get("region"), Some("ap-south-1"));
        assert_eq!(dev.get("output"), Some("json"));
        let default = set.get("default").unwrap();
        assert_eq!(default.get("aws_access_key_id"), Some("AKID"));
        assert_eq!(default.get("region"), Some("us-west-2"));
        assert!(set.get("x").is_none());
    }

    #[test]
    fn sub_properties_and_comments() {
        let config =
            "# top\n[default]\n; note\ns3 =\n  max_concurrent_requests = 10\nregion = us-east-1\n";
        let set = ProfileSet::parse(config, "", "default").unwrap();
        let p = set.selected().unwrap();
        assert_eq!(p.get("s3"), Some("max_concurrent_requests = 10"));
        assert_eq!(p.get("REGION"), Some("us-east-1"));
    }

    #[test]
    fn what_the_aws_sdks_do_with_odd_files() {
        // Uniformly indented keys, a comment right after `=`, `[profile default]` over `[default]`.
        let config = "[default]\nregion = us-west-1\noutput = text\n[profile default]\n  region = eu-west-3\nretry_mode = #adaptive\n[default]\nregion = ignored\n";
        let set = ProfileSet::parse(
            config,
            "[profile ci]\naws_access_key_id = X\n[ci]\naws_access_key_id = Y\n",
            "default",
        )
        .unwrap();
        let p = set.selected().unwrap();
        assert_eq!(p.get("region"), Some("eu-west-3"));
        assert_eq!(p.get("output"), None);
        assert_eq!(p.get("retry_mode"), None);
        assert_eq!(set.get("ci").unwrap().get("aws_access_key_id"), Some("Y"));
        assert!(set.get("profile ci").is_none());
        let err = ProfileSet::parse("[profile dev\nregion = x\n", "", "dev").unwrap_err();
        assert!(
            err.to_string()
                .contains("line 1: section header `[profile dev` has no closing `]`"),
            "{err}"
        );
    }
}
