//! Where configuration is read from: the process environment, or a fixed set of variables.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// The environment variables a client reads. [`Env::process`] reads the real environment;
/// [`Env::from_vars`] gives a fixed set, so that tests and embedding programs can configure a
/// client without touching the process environment.
#[derive(Clone, Default)]
pub struct Env {
    fixed: Option<Arc<HashMap<String, String>>>,
}

/// Shows which variables are set, never their values (some are secrets).
impl std::fmt::Debug for Env {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.fixed {
            None => f.write_str("Env::process()"),
            Some(map) => {
                let mut names: Vec<&String> = map.keys().collect();
                names.sort();
                f.debug_tuple("Env::from_vars").field(&names).finish()
            }
        }
    }
}

impl Env {
    /// The process environment.
    pub fn process() -> Self {
        Self { fixed: None }
    }

    /// A fixed set of variables; nothing else is visible.
    pub fn from_vars<K: Into<String>, V: Into<String>>(
        vars: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        let map = vars
            .into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect();
        Self {
            fixed: Some(Arc::new(map)),
        }
    }

    /// The value of `key`; an empty value counts as unset.
    pub fn get(&self, key: &str) -> Option<String> {
        let value = match &self.fixed {
            Some(map) => map.get(key).cloned(),
            None => std::env::var(key).ok(),
        };
        value.filter(|v| !v.is_empty())
    }

    /// The user's home directory (`HOME`, or `USERPROFILE` on Windows).
    pub fn home_dir(&self) -> Option<PathBuf> {
        self.get("HOME")
            .or_else(|| self.get("USERPROFILE"))
            .map(PathBuf::from)
    }

    /// `path` with a leading `~` replaced by the home directory.
    pub fn expand_home(&self, path: &str) -> PathBuf {
        if let Some(rest) = path.strip_prefix("~/").or_else(|| path.strip_prefix("~\\"))
            && let Some(home) = self.home_dir()
        {
            return home.join(rest);
        }
        if path == "~"
            && let Some(home) = self.home_dir()
        {
            return home;
        }
        PathBuf::from(path)
    }
}
