//! YAML (and JSON, which YAML 1.2 contains) into a small tree whose every node knows its byte
//! span in the source file, so that checks can point at the exact value.
//!
//! Built on `saphyr-parser`'s event stream (see docs/decisions/0002-fixture-yaml.md). Scalars keep
//! their text and whether they were quoted; [`Node::scalar`] resolves plain scalars with the YAML
//! 1.2 core schema (null, booleans, integers, floats, else string).

use justify_psl::{Diagnostic, Span};
use saphyr_parser::{Event, Parser, ScalarStyle};
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct Node {
    pub kind: NodeKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum NodeKind {
    /// `templated`: produced by a `_count` row's `{{…}}` template (see [`crate::template`]);
    /// resolved by the core schema even when the template was quoted.
    Scalar {
        text: String,
        quoted: bool,
        templated: bool,
    },
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

/// A resolved scalar (YAML 1.2 core schema).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scalar<'a> {
    Null,
    Bool(bool),
    Int(&'a str),
    Float(&'a str),
    Str(&'a str),
}

impl Node {
    pub fn scalar(&self) -> Option<Scalar<'_>> {
        let NodeKind::Scalar {
            text,
            quoted,
            templated,
        } = &self.kind
        else {
            return None;
        };
        if *quoted && !*templated {
            return Some(Scalar::Str(text));
        }
        let t = text.as_str();
        Some(match t {
            "" | "~" | "null" | "Null" | "NULL" => Scalar::Null,
            "true" | "True" | "TRUE" => Scalar::Bool(true),
            "false" | "False" | "FALSE" => Scalar::Bool(false),
            _ if is_int(t) => Scalar::Int(t),
            _ if is_float(t) => Scalar::Float(t),
            _ => Scalar::Str(t),
        })
    }

    /// The text of a string scalar (quoted, or plain and not another type).
    pub fn as_str(&self) -> Option<&str> {
        match self.scalar()? {
            Scalar::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Whether this scalar came out of a `{{…}}` template.
    pub fn is_templated(&self) -> bool {
        matches!(
            self.kind,
            NodeKind::Scalar {
                templated: true,
                ..
            }
        )
    }

    pub fn is_null(&self) -> bool {
        self.scalar() == Some(Scalar::Null)
    }

    /// What kind of value this is, for "expected X, found Y" messages.
    pub fn describe(&self) -> &'static str {
        match &self.kind {
            NodeKind::Seq(_) => "a list",
            NodeKind::Map(_) => "a mapping",
            NodeKind::Scalar { .. } => match self.scalar() {
                Some(Scalar::Null) => "null",
                Some(Scalar::Bool(_)) => "a boolean",
                Some(Scalar::Int(_)) => "an integer",
                Some(Scalar::Float(_)) => "a number",
                _ => "a string",
            },
        }
    }
}

fn is_int(t: &str) -> bool {
    let d = t.strip_prefix(['-', '+']).unwrap_or(t);
    !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())
}

fn is_float(t: &str) -> bool {
    let d = t.strip_prefix(['-', '+']).unwrap_or(t);
    if matches!(d, ".inf" | ".Inf" | ".INF") || matches!(t, ".nan" | ".NaN" | ".NAN") {
        return true;
    }
    let (mantissa, exp) = match d.find(['e', 'E']) {
        Some(i) => (&d[..i], Some(&d[i + 1..])),
        None => (d, None),
    };
    let (int, frac) = match mantissa.find('.') {
        Some(i) => (&mantissa[..i], Some(&mantissa[i + 1..])),
        None => (mantissa, None),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match frac {
        Some(f) => digits(int) && digits(f) && !(int.is_empty() && f.is_empty()),
        None => !int.is_empty() && digits(int),
    };
    let exp_ok = exp.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exp_ok
}

/// Parses one file. `Ok(None)` for an empty file; on a syntax error, one diagnostic.
pub fn parse(text: &str, file: usize) -> Result<Option<Node>, Diagnostic> {
    // saphyr's markers count characters; spans are bytes.
    let mut byte_of: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    byte_of.push(text.len());
    let byte = |char_index: usize| byte_of[char_index.min(byte_of.len() - 1)];

    let mut parser = Parser::new_from_str(text);
    let mut anchors: HashMap<usize, Node> = HashMap::new();
    // Open collections: (node under construction, anchor id, pending mapping key).
    let mut stack: Vec<(Node, usize, Option<Node>)> = Vec::new();
    let mut root: Option<Node> = None;
    let mut documents = 0;

    while let Some(next) = parser.next_event() {
        let (event, sp) = next.map_err(|e| {
            let at = byte(e.marker().index());
            Diagnostic::error(
                Span::new(file, at, (at + 1).min(text.len()).max(at)),
                format!("invalid YAML: {}", e.info()),
            )
        })?;
        let span = Span::new(file, byte(sp.start.index()), byte(sp.end.index()));
        let finished: Option<(Node, usize)> = match event {
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => None,
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    return Err(Diagnostic::error(
                        span,
                        "a fixture file holds one YAML document; split the others into files",
                    ));
                }
                None
            }
            Event::Alias(id) => match anchors.get(&id) {
                Some(n) => Some((
                    Node {
                        kind: n.kind.clone(),
                        span,
                    },
                    0,
                )),
                None => return Err(Diagnostic::error(span, "unknown YAML alias")),
            },
            Event::Scalar(value, style, anchor, _) => Some((
                Node {
                    kind: NodeKind::Scalar {
                        text: value.into_owned(),
                        quoted: style != ScalarStyle::Plain,
                        templated: false,
                    },
                    span,
                },
                anchor,
            )),
            Event::SequenceStart(anchor, _) => {
                stack.push((
                    Node {
                        kind: NodeKind::Seq(Vec::new()),
                        span,
                    },
                    anchor,
                    None,
                ));
                None
            }
            Event::MappingStart(anchor, _) => {
                stack.push((
                    Node {
                        kind: NodeKind::Map(Vec::new()),
                        span,
                    },
                    anchor,
                    None,
                ));
                None
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (mut node, anchor, _) = stack.pop().expect("balanced YAML events");
                if span.end > node.span.end {
                    node.span.end = span.end;
                }
                Some((node, anchor))
            }
        };
        let Some((node, anchor)) = finished else {
            continue;
        };
        if anchor != 0 {
            anchors.insert(anchor, node.clone());
        }
        match stack.last_mut() {
            None => root = Some(node),
            Some((parent, _, pending)) => {
                if node.span.end > parent.span.end {
                    parent.span.end = node.span.end;
                }
                match &mut parent.kind {
                    NodeKind::Seq(items) => items.push(node),
                    NodeKind::Map(entries) => match pending.take() {
                        None => *pending = Some(node),
                        Some(key) => entries.push((key, node)),
                    },
                    NodeKind::Scalar { .. } => unreachable!("scalars hold no children"),
                }
            }
        }
    }
    Ok(root)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_are_bytes() {
        let text = "é: {a: 1, b: \"x\"}\nlist:\n  - true\n  - ~\n";
        let root = parse(text, 0).unwrap().unwrap();
        let NodeKind::Map(entries) = &root.kind else {
            panic!()
        };
        assert_eq!(entries[0].0.as_str(), Some("é"));
        let NodeKind::Map(inner) = &entries[0].1.kind else {
            panic!()
        };
        let b = &inner[1].1;
        assert_eq!(&text[b.span.range()], "\"x\"");
        assert_eq!(inner[0].1.scalar(), Some(Scalar::Int("1")));
        let NodeKind::Seq(items) = &entries[1].1.kind else {
            panic!()
        };
        assert_eq!(items[0].scalar(), Some(Scalar::Bool(true)));
        assert!(items[1].is_null());
    }

    #[test]
    fn json_is_yaml() {
        let root = parse("{\"a\": [1, 2.5, \"s\", null]}", 0).unwrap().unwrap();
        let NodeKind::Map(e) = &root.kind else {
            panic!()
        };
        let NodeKind::Seq(items) = &e[0].1.kind else {
            panic!()
        };
        assert_eq!(items[1].scalar(), Some(Scalar::Float("2.5")));
    }

    #[test]
    fn floats() {
        for t in ["1.5", "-0.5", "1e10", ".5", "3.", "+2.0E-3"] {
            assert!(is_float(t), "{t}");
        }
        for t in ["1.2.3", "e5", ".", "abc", "1e"] {
            assert!(!is_float(t), "{t}");
        }
    }
}
