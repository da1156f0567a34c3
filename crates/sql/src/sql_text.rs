//! The only place identifiers and literals become SQL text.

/// `"name"`, embedded quotes doubled. Every identifier the renderer writes goes through here.
pub fn quote_ident(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 2);
    out.push('"');
    for c in name.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// `"schema"."name"`, or `"name"` when unqualified.
pub fn quote_qualified(name: &crate::QualifiedName) -> String {
    match &name.schema {
        Some(s) => format!("{}.{}", quote_ident(s), quote_ident(&name.name)),
        None => quote_ident(&name.name),
    }
}

/// `'text'`, embedded quotes doubled: a standard-conforming string literal, as Prisma writes it
/// (PostgreSQL has had `standard_conforming_strings = on` by default since 9.1, so backslashes
/// are literal characters).
pub fn quote_literal(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(quote_ident("User"), "\"User\"");
        assert_eq!(quote_ident("we\"ird"), "\"we\"\"ird\"");
        assert_eq!(quote_literal("it's"), "'it''s'");
        assert_eq!(quote_literal("a\\b"), "'a\\b'");
    }
}
