//! Rust names from schema names: case conversion, keywords, collisions.

use std::collections::HashSet;

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen", "union",
];

/// Keywords that cannot be raw identifiers: they get a suffix instead.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// Type names of the prelude and of the generated crate that a schema type must not shadow.
pub const RESERVED_TYPES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "Vec",
    "Box",
    "String",
    "Default",
    "Clone",
    "Copy",
    "Debug",
    "PartialEq",
    "Eq",
    "Hash",
    "Send",
    "Sync",
    "Sized",
    "Fn",
    "FnMut",
    "FnOnce",
    "Drop",
    "Iterator",
    "From",
    "Into",
    "ToString",
    "ToOwned",
    "Error",
    "Column",
    "Query",
    "Row",
    "GenericClient",
    "Filter",
    "SortOrder",
    "FromRow",
    "Executor",
    "Db",
    "Tx",
    "Self",
];

/// Module names the generated crate uses itself, and the crates it uses and re-exports at its
/// root (`pub use uuid;`): a model module of the same name would clash with them.
pub const RESERVED_MODULES: &[&str] = &[
    "runtime",
    "enums",
    "lib",
    "std",
    "core",
    "alloc",
    "chrono",
    "postgres_types",
    "rust_decimal",
    "serde",
    "serde_json",
    "tokio",
    "tokio_postgres",
    "uuid",
];

/// Splits a name into lowercase words at underscores, case changes and digits' ends.
fn words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut words = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' || c == '-' || c == ' ' {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if c.is_uppercase() && !cur.is_empty() {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if prev.is_lowercase() || prev.is_ascii_digit() || (prev.is_uppercase() && next_lower) {
                words.push(std::mem::take(&mut cur));
            }
        }
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

pub fn snake_case(name: &str) -> String {
    let s = words(name).join("_");
    if s.is_empty() {
        "field".to_owned()
    } else {
        s
    }
}

pub fn pascal_case(name: &str) -> String {
    let mut out = String::new();
    for w in words(name) {
        let mut cs = w.chars();
        if let Some(first) = cs.next() {
            out.extend(first.to_uppercase());
            out.push_str(cs.as_str());
        }
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'X');
    }
    out
}

/// A snake_case identifier usable in Rust: keywords become raw (`r#type`) or get a `_` suffix.
pub fn field_ident(plain: &str) -> String {
    if NOT_RAW.contains(&plain) {
        format!("{plain}_")
    } else if KEYWORDS.contains(&plain) {
        format!("r#{plain}")
    } else {
        plain.to_owned()
    }
}

/// Hands out names unique within one scope; a taken name gets `suffix`, then a number.
#[derive(Default)]
pub struct Names {
    taken: HashSet<String>,
}

impl Names {
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Names {
            taken: reserved.iter().map(|s| s.to_string()).collect(),
        }
    }

    pub fn take(&mut self, wanted: String, suffix: &str) -> String {
        let mut name = wanted.clone();
        let mut n = 1;
        while self.taken.contains(&name) {
            name = if n == 1 {
                format!("{wanted}{suffix}")
            } else {
                format!("{wanted}{suffix}{n}")
            };
            n += 1;
        }
        self.taken.insert(name.clone());
        name
    }

    /// Like [`Names::take`], for a name the templates extend with each of `extensions`
    /// (`Posts` → `PostsSome`, `PostsEvery` …): the name and all its extensions are free, and
    /// are all taken.
    pub fn take_extended(&mut self, wanted: String, suffix: &str, extensions: &[&str]) -> String {
        let mut name = wanted.clone();
        let mut n = 1;
        let free = |taken: &HashSet<String>, name: &str| {
            !taken.contains(name)
                && extensions
                    .iter()
                    .all(|e| !taken.contains(&format!("{name}{e}")))
        };
        while !free(&self.taken, &name) {
            name = if n == 1 {
                format!("{wanted}{suffix}")
            } else {
                format!("{wanted}{suffix}{n}")
            };
            n += 1;
        }
        for e in extensions {
            self.taken.insert(format!("{name}{e}"));
        }
        self.taken.insert(name.clone());
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(snake_case("clerkId"), "clerk_id");
        assert_eq!(snake_case("insightIQLinks"), "insight_iq_links");
        assert_eq!(snake_case("camelCASE"), "camel_case");
        assert_eq!(snake_case("private_"), "private");
        assert_eq!(snake_case("field2"), "field2");
        assert_eq!(pascal_case("user_account_2"), "UserAccount2");
        assert_eq!(pascal_case("IN_REVIEW"), "InReview");
        assert_eq!(pascal_case("KPI"), "Kpi");
        assert_eq!(pascal_case("InsightIQAccountLink"), "InsightIqAccountLink");
        assert_eq!(field_ident("type"), "r#type");
        assert_eq!(field_ident("self"), "self_");
    }

    #[test]
    fn collisions() {
        let mut n = Names::default();
        assert_eq!(n.take("a".into(), "_"), "a");
        assert_eq!(n.take("a".into(), "_"), "a_");
        assert_eq!(n.take("a".into(), "_"), "a_2");
        let mut v = Names::default();
        assert_eq!(
            v.take_extended("Posts".into(), "Relation", &["Some"]),
            "Posts"
        );
        assert_eq!(v.take("PostsSome".into(), "Field"), "PostsSomeField");
        v.take("OwnerIs".into(), "Field");
        assert_eq!(
            v.take_extended("Owner".into(), "Relation", &["Is", "IsNot"]),
            "OwnerRelation"
        );
    }
}
