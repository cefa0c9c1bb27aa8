//! The model's documentation is HTML; rustdoc reads Markdown. This converts the handful of tags
//! AWS models use (`p`, `a`, `code`, `ul`/`li`, `i`, `b`, `note`, `important`, `fullname`) and
//! wraps the result for `///` comments.

/// One Markdown block: a paragraph, or a list item (depth from 1) or its continuation.
#[derive(Debug, PartialEq)]
enum Block {
    Para(String),
    Item {
        depth: usize,
        first: bool,
        text: String,
    },
}

/// Converts model HTML to Markdown lines of at most `width` characters (longer words stay whole).
pub fn to_markdown(html: &str, width: usize) -> Vec<String> {
    let blocks = parse(html);
    let mut lines = Vec::new();
    let mut previous_item = false;
    for block in blocks {
        match block {
            Block::Para(text) => {
                if !lines.is_empty() {
                    lines.push(String::new());
                }
                lines.extend(wrap(&text, "", "", width));
                previous_item = false;
            }
            Block::Item { depth, first, text } => {
                if !lines.is_empty() && (!previous_item || !first) {
                    lines.push(String::new());
                }
                let indent = "  ".repeat(depth - 1);
                let (head, rest) = if first {
                    (format!("{indent}- "), format!("{indent}  "))
                } else {
                    (format!("{indent}  "), format!("{indent}  "))
                };
                lines.extend(wrap(&text, &head, &rest, width));
                previous_item = true;
            }
        }
    }
    lines
}

/// The first paragraph only, as one line (for short summaries).
pub fn summary(html: &str) -> String {
    parse(html)
        .into_iter()
        .map(|b| match b {
            Block::Para(t) | Block::Item { text: t, .. } => t,
        })
        .next()
        .unwrap_or_default()
}

#[derive(Clone, Copy, PartialEq)]
enum Pending {
    Para,
    Item { depth: usize, first: bool },
}

struct Parser {
    blocks: Vec<Block>,
    inline: String,
    pending: Pending,
    depth: usize,
    prefix: Option<&'static str>,
    links: Vec<Option<String>>,
    code: Option<String>,
}

fn parse(html: &str) -> Vec<Block> {
    let mut p = Parser {
        blocks: Vec::new(),
        inline: String::new(),
        pending: Pending::Para,
        depth: 0,
        prefix: None,
        links: Vec::new(),
        code: None,
    };
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('<')
            && let Some(end) = after.find('>')
        {
            p.tag(&after[..end]);
            rest = &after[end + 1..];
            continue;
        }
        let end = rest[1..].find('<').map_or(rest.len(), |i| i + 1);
        p.text(&rest[..end]);
        rest = &rest[end..];
    }
    p.flush();
    p.blocks
}

impl Parser {
    fn flush(&mut self) {
        let text = collapse(&self.inline);
        self.inline.clear();
        if text.is_empty() {
            return;
        }
        let text = match self.prefix.take() {
            Some(prefix) => format!("{prefix} {text}"),
            None => text,
        };
        self.blocks.push(match self.pending {
            Pending::Para => Block::Para(text),
            Pending::Item { depth, first } => Block::Item { depth, first, text },
        });
        if let Pending::Item { depth, .. } = self.pending {
            self.pending = Pending::Item {
                depth,
                first: false,
            };
        }
    }

    fn tag(&mut self, raw: &str) {
        let raw = raw.trim();
        let (closing, body) = match raw.strip_prefix('/') {
            Some(b) => (true, b),
            None => (false, raw),
        };
        let name = body
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if let Some(code) = &mut self.code {
            if name == "code" && closing {
                let code = std::mem::take(code);
                self.code = None;
                self.inline.push_str(&code_span(&code));
            }
            return;
        }
        match (name.as_str(), closing) {
            ("p", false)
                // A paragraph opening right after `<li>` is the item's first paragraph.
                if !self.inline.trim().is_empty() => {
                    self.flush();
                }
            ("p", true) => self.flush(),
            ("ul" | "ol", false) => {
                self.flush();
                self.depth += 1;
            }
            ("ul" | "ol", true) => {
                self.flush();
                self.depth = self.depth.saturating_sub(1);
                self.pending = if self.depth == 0 {
                    Pending::Para
                } else {
                    Pending::Item {
                        depth: self.depth,
                        first: false,
                    }
                };
            }
            ("li", false) => {
                self.flush();
                self.pending = Pending::Item {
                    depth: self.depth.max(1),
                    first: true,
                };
            }
            ("li", true) => {
                self.flush();
                self.pending = Pending::Item {
                    depth: self.depth.max(1),
                    first: false,
                };
            }
            ("note", false) => {
                self.flush();
                self.prefix = Some("**Note:**");
            }
            ("important", false) => {
                self.flush();
                self.prefix = Some("**Important:**");
            }
            ("note" | "important", true) => {
                self.flush();
                self.prefix = None;
            }
            ("code", false) => self.code = Some(String::new()),
            ("a", false) => {
                let href = attribute(body, "href");
                if href.is_some() {
                    self.inline.push('[');
                }
                self.links.push(href);
            }
            ("a", true) => {
                if let Some(Some(href)) = self.links.pop() {
                    self.inline.push_str("](");
                    self.inline.push_str(&href);
                    self.inline.push(')');
                }
            }
            ("i" | "em", _) => self.inline.push('*'),
            ("b" | "strong", _) => self.inline.push_str("**"),
            ("fullname", true) => self.flush(),
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        match &mut self.code {
            Some(code) => code.push_str(text),
            None => self.inline.push_str(&escape(text)),
        }
    }
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].replace(' ', "%20"))
}

/// Text outside code: Markdown's active characters escaped, bare URLs made links, entities kept.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let trimmed = word.trim_start();
        let lead = &word[..word.len() - trimmed.len()];
        if trimmed.starts_with("https://") || trimmed.starts_with("http://") {
            let url = trimmed.trim_end_matches(['.', ',', ';', ')']);
            out.push_str(lead);
            out.push('<');
            out.push_str(url);
            out.push('>');
            out.push_str(&trimmed[url.len()..]);
            continue;
        }
        for ch in word.chars() {
            match ch {
                '*' | '[' | ']' | '\\' | '`' | '_' if ch != '_' || word.starts_with('_') => {
                    out.push('\\');
                    out.push(ch);
                }
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                _ => out.push(ch),
            }
        }
    }
    out
}

/// A code span; entities inside code are not decoded by Markdown, so decode them here.
fn code_span(code: &str) -> String {
    let code = decode(&collapse(code));
    if code.is_empty() {
        return String::new();
    }
    let fence = if code.contains('`') { "``" } else { "`" };
    let pad = if code.starts_with('`') || code.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{code}{pad}{fence}")
}

fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words that would change the Markdown structure if a line started with them.
fn starts_block(word: &str) -> bool {
    matches!(word, "-" | "+" | "*" | ">" | "=" | "|")
        || word.starts_with('#')
        || word.starts_with("==")
        || word.starts_with("--")
        || (word.len() > 1
            && word[..word.len() - 1].chars().all(|c| c.is_ascii_digit())
            && (word.ends_with('.') || word.ends_with(')')))
}

/// Wraps one paragraph of Markdown: `head` starts the first line, `rest` the others.
pub fn wrap(text: &str, head: &str, rest: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = head.to_owned();
    let mut empty = true;
    for word in text.split(' ') {
        if !empty && line.len() + 1 + word.len() > width && !starts_block(word) {
            lines.push(std::mem::replace(&mut line, rest.to_owned()));
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_links_code_and_lists() {
        let html = "<p>Use <code>a&lt;b&gt;</code> and <a href=\"https://x.example/y\">the guide</a>.</p> \
                    <ul> <li> <p>one</p> </li> <li> <p>two *</p> </li> </ul> <note> <p>Careful.</p> </note>";
        assert_eq!(
            to_markdown(html, 100),
            [
                "Use `a<b>` and [the guide](https://x.example/y).",
                "",
                "- one",
                "- two \\*",
                "",
                "**Note:** Careful.",
            ]
        );
    }

    #[test]
    fn bare_urls_become_links() {
        assert_eq!(
            to_markdown("<p>at https://a.example/b.</p>", 100),
            ["at <https://a.example/b>."]
        );
    }

    #[test]
    fn wrapping_never_starts_a_line_with_a_list_marker() {
        let lines = to_markdown("<p>aaaa bbbb - cccc</p>", 9);
        assert!(lines.iter().all(|l| !l.starts_with("- ")), "{lines:?}");
    }
}
