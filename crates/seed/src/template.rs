//! Generated rows for load tests: a list-form row with `_count: N` stands for N rows, numbered
//! `n = 0 … N-1`, in whose string values `{{…}}` templates are replaced.
//!
//! ```yaml
//! User:
//!   - _count: 1000
//!     _label: "user{{n}}"              # labels user0 … user999
//!     clerkId: "user_{{n}}"
//!     email: "user{{n}}@example.com"
//!     name: "{{name}}"                 # "Ada Lovelace"-style, from a built-in list
//!     role: "{{one_of USER USER ADMIN}}"
//! CampaignWizard:
//!   - _count: 5000
//!     _label: "camp{{n}}"
//!     user: "user{{n % 1000}}"         # a reference to a generated row, by its label
//!     step: "{{n % 5 + 1}}"            # a whole-value template is typed: this is an Int
//! ```
//!
//! Expressions: `n`, integers, `+ - * / %` (usual precedence, integer arithmetic) and
//! parentheses; `first_name`, `last_name`, `name` (deterministic in `n`); `one_of A B C …`
//! (the `n % count`-th word). A templated value is typed by YAML's core schema after substitution
//! even when quoted (`"{{n}}"` is an integer, `"{{one_of true false}}"` a boolean); a text field
//! takes a templated number as its text.

use crate::yaml::{Node, NodeKind};

/// The key of a list-form row that repeats it.
pub const COUNT_KEY: &str = "_count";

/// Upper bound for one `_count` (keeps a typo from eating the machine).
pub const MAX_COUNT: u64 = 10_000_000;

const FIRST: [&str; 32] = [
    "Ada", "Alan", "Amara", "Ben", "Chen", "Dara", "Elena", "Emil", "Farah", "Grace", "Hugo",
    "Ines", "Jonas", "Kofi", "Lena", "Mateo", "Mia", "Nadia", "Omar", "Priya", "Quinn", "Rosa",
    "Sam", "Sofia", "Tariq", "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe", "Leo",
];
const LAST: [&str; 32] = [
    "Abara", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jensen",
    "Kim", "Lopez", "Martin", "Nakamura", "Okafor", "Patel", "Quispe", "Rossi", "Schmidt",
    "Tanaka", "Usman", "Varga", "Wagner", "Xu", "Yilmaz", "Zhang", "Novak", "Silva", "Moreau",
    "Kowalski", "Ahmed", "Byrne",
];

pub fn first_name(n: u64) -> &'static str {
    FIRST[(n % FIRST.len() as u64) as usize]
}

pub fn last_name(n: u64) -> &'static str {
    LAST[(n / FIRST.len() as u64 % LAST.len() as u64) as usize]
}

struct Expr<'a> {
    s: &'a [u8],
    i: usize,
    n: i64,
}

impl Expr<'_> {
    fn ws(&mut self) {
        while self.s.get(self.i).is_some_and(|c| c.is_ascii_whitespace()) {
            self.i += 1;
        }
    }
    fn sum(&mut self) -> Result<i64, String> {
        let mut v = self.product()?;
        loop {
            self.ws();
            match self.s.get(self.i) {
                Some(b'+') => {
                    self.i += 1;
                    v = v.checked_add(self.product()?).ok_or("overflow")?;
                }
                Some(b'-') => {
                    self.i += 1;
                    v = v.checked_sub(self.product()?).ok_or("overflow")?;
                }
                _ => return Ok(v),
            }
        }
    }
    fn product(&mut self) -> Result<i64, String> {
        let mut v = self.atom()?;
        loop {
            self.ws();
            let op = match self.s.get(self.i) {
                Some(&c @ (b'*' | b'/' | b'%')) => c,
                _ => return Ok(v),
            };
            self.i += 1;
            let r = self.atom()?;
            v = match op {
                b'*' => v.checked_mul(r).ok_or("overflow")?,
                _ if r == 0 => return Err("division by zero".into()),
                b'/' => v.div_euclid(r),
                _ => v.rem_euclid(r),
            };
        }
    }
    fn atom(&mut self) -> Result<i64, String> {
        self.ws();
        match self.s.get(self.i) {
            Some(b'n') => {
                self.i += 1;
                Ok(self.n)
            }
            Some(b'(') => {
                self.i += 1;
                let v = self.sum()?;
                self.ws();
                if self.s.get(self.i) != Some(&b')') {
                    return Err("expected `)`".into());
                }
                self.i += 1;
                Ok(v)
            }
            Some(b'-') => {
                self.i += 1;
                Ok(-self.atom()?)
            }
            Some(c) if c.is_ascii_digit() => {
                let start = self.i;
                while self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
                    self.i += 1;
                }
                std::str::from_utf8(&self.s[start..self.i])
                    .ok()
                    .and_then(|t| t.parse().ok())
                    .ok_or_else(|| "number too large".into())
            }
            _ => Err("expected `n`, a number or `(`".into()),
        }
    }
}

/// Evaluates the inside of one `{{…}}` for row `n`.
pub fn eval(expr: &str, n: u64) -> Result<String, String> {
    let e = expr.trim();
    match e {
        "first_name" => return Ok(first_name(n).to_string()),
        "last_name" => return Ok(last_name(n).to_string()),
        "name" => return Ok(format!("{} {}", first_name(n), last_name(n))),
        _ => {}
    }
    if let Some(words) = e.strip_prefix("one_of ") {
        let words: Vec<&str> = words.split_whitespace().collect();
        return Ok(words[(n % words.len() as u64) as usize].to_string());
    }
    let mut p = Expr {
        s: e.as_bytes(),
        i: 0,
        n: n as i64,
    };
    let v = p.sum()?;
    p.ws();
    if p.i != p.s.len() {
        return Err(format!("unexpected `{}`", &e[p.i..]));
    }
    Ok(v.to_string())
}

/// Replaces every `{{…}}` in `text`; `None` when there is none.
pub fn expand(text: &str, n: u64) -> Option<Result<String, String>> {
    if !text.contains("{{") {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            return Some(Err("`{{` without its `}}`".into()));
        };
        match eval(&after[..end], n) {
            Ok(v) => out.push_str(&v),
            Err(e) => return Some(Err(format!("in `{{{{{}}}}}`: {e}", &after[..end]))),
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Some(Ok(out))
}

/// Checks every template of a row once (with `n = 0`): the first error, at its node.
pub fn validate(node: &Node) -> Result<(), (justify_psl::Span, String)> {
    match &node.kind {
        NodeKind::Scalar { text, .. } => match expand(text, 0) {
            Some(Err(e)) => Err((node.span, e)),
            _ => Ok(()),
        },
        NodeKind::Seq(items) => items.iter().try_for_each(validate),
        NodeKind::Map(entries) => entries.iter().try_for_each(|(_, v)| validate(v)),
    }
}

/// Whether this is a generated row of its own (a mapping with `_count`, nested in another row):
/// its templates are expanded with its own `n`, not the enclosing row's.
fn is_generator(node: &Node) -> bool {
    matches!(&node.kind, NodeKind::Map(e) if e.iter().any(|(k, _)| k.as_str() == Some(COUNT_KEY)))
}

/// A value for row `n`: templates replaced (keys are left alone); nested `_count` rows are
/// left as written (see [`Compiled`] for the row's own `_count`).
/// Call [`validate`] first: a template that fails here is left as written.
pub fn instantiate(node: &Node, n: u64) -> Node {
    if is_generator(node) {
        return node.clone();
    }
    let kind = match &node.kind {
        NodeKind::Scalar {
            text,
            quoted,
            templated,
        } => match expand(text, n) {
            Some(Ok(t)) => NodeKind::Scalar {
                text: t,
                quoted: *quoted,
                templated: true,
            },
            _ => NodeKind::Scalar {
                text: text.clone(),
                quoted: *quoted,
                templated: *templated,
            },
        },
        NodeKind::Seq(items) => NodeKind::Seq(items.iter().map(|i| instantiate(i, n)).collect()),
        NodeKind::Map(entries) => NodeKind::Map(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), instantiate(v, n)))
                .collect(),
        ),
    };
    Node {
        kind,
        span: node.span,
    }
}

/// Whether a value holds a `{{…}}` template anywhere.
fn has_template(node: &Node) -> bool {
    if is_generator(node) {
        return false;
    }
    match &node.kind {
        NodeKind::Scalar { text, .. } => text.contains("{{"),
        NodeKind::Seq(items) => items.iter().any(has_template),
        NodeKind::Map(entries) => entries.iter().any(|(_, v)| has_template(v)),
    }
}

/// A `_count` row prepared once: only the values that hold templates are rebuilt per row;
/// keys and the other values are borrowed from the parsed row.
pub struct Compiled<'a> {
    entries: Vec<(&'a Node, &'a Node, bool)>,
}

impl<'a> Compiled<'a> {
    /// `row` is the mapping that holds `_count` (anything else gives no fields).
    pub fn new(row: &'a Node) -> Self {
        let entries = match &row.kind {
            NodeKind::Map(e) => e
                .iter()
                .filter(|(k, _)| k.as_str() != Some(COUNT_KEY))
                .map(|(k, v)| (k, v, has_template(v)))
                .collect(),
            _ => Vec::new(),
        };
        Compiled { entries }
    }

    /// The fields of row `n`: (key, value) with templates replaced (as [`instantiate`]).
    pub fn row(&self, n: u64) -> Vec<(&'a Node, std::borrow::Cow<'a, Node>)> {
        self.entries
            .iter()
            .map(|&(k, v, templated)| {
                let v = if templated {
                    std::borrow::Cow::Owned(instantiate(v, n))
                } else {
                    std::borrow::Cow::Borrowed(v)
                };
                (k, v)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions() {
        assert_eq!(eval("n", 7).unwrap(), "7");
        assert_eq!(eval("n % 100", 250).unwrap(), "50");
        assert_eq!(eval(" n * 2 + 1 ", 3).unwrap(), "7");
        assert_eq!(eval("(n + 1) * 2", 3).unwrap(), "8");
        assert_eq!(eval("n / 3", 10).unwrap(), "3");
        assert_eq!(eval("one_of a b c", 4).unwrap(), "b");
        assert_eq!(eval("name", 33).unwrap(), "Alan Berg");
        assert!(eval("n %", 1).is_err());
        assert!(eval("n % 0", 1).is_err());
        assert!(eval("m", 1).is_err());
    }

    #[test]
    fn expansion() {
        assert_eq!(
            expand("user{{n}}@x.com", 5).unwrap().unwrap(),
            "user5@x.com"
        );
        assert_eq!(expand("plain", 5), None);
        assert!(expand("{{n", 5).unwrap().is_err());
        assert_eq!(
            expand("{{n}}-{{n+1}}", 1).unwrap().unwrap(),
            "1-2".to_string()
        );
    }
}
