//! Splitting a migration script into statements, only to *report* where it failed.
//!
//! A migration runs as one simple-query batch (see `deploy`), so PostgreSQL — not this scanner —
//! decides what a statement is. When the batch fails, the runner knows how many statements
//! completed (one `CommandComplete` each) and sometimes the error's character position; this
//! scanner maps either back to the failing statement's text and line. It follows PostgreSQL's
//! lexer where that matters for `;`: `--` and nested `/* */` comments, `'…'` (with `''`),
//! `E'…'` (with backslash escapes), `"…"` identifiers and `$tag$…$tag$` dollar quotes. Pieces
//! holding only whitespace and comments are not statements, as for the server. Known gap:
//! SQL-standard function bodies (`BEGIN ATOMIC … END;`) are split at their inner `;`.

/// One statement of a script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// Byte offset of the statement's first token.
    pub start: usize,
    /// Byte offset just past the statement (before its `;`, if any).
    pub end: usize,
    /// 1-based line of the first token.
    pub line: usize,
}

impl Statement {
    /// The statement's text in `script`.
    pub fn text<'a>(&self, script: &'a str) -> &'a str {
        script.get(self.start..self.end).unwrap_or("").trim_end()
    }
}

/// The statements of `script`, in order.
pub fn split_statements(script: &str) -> Vec<Statement> {
    let b = script.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut first_token: Option<usize> = None;
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 || c == b'$';
    while i < b.len() {
        let c = b[i];
        match c {
            b'-' if b.get(i + 1) == Some(&b'-') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 1;
                i += 2;
                while i < b.len() && depth > 0 {
                    if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 2;
                    } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
                continue;
            }
            b';' => {
                if let Some(start) = first_token.take() {
                    out.push(statement(script, start, i));
                }
                i += 1;
                continue;
            }
            c if c.is_ascii_whitespace() => {
                i += 1;
                continue;
            }
            _ => {}
        }
        first_token.get_or_insert(i);
        match c {
            b'\'' => {
                let escapes =
                    i > 0 && matches!(b[i - 1], b'E' | b'e') && (i < 2 || !is_ident(b[i - 2]));
                i = skip_quoted(b, i, b'\'', escapes);
            }
            b'"' => i = skip_quoted(b, i, b'"', false),
            b'$' if i == 0 || !is_ident(b[i - 1]) => match dollar_tag(b, i) {
                Some(tag_len) => {
                    let tag = &b[i..i + tag_len];
                    let body = i + tag_len;
                    i = find(b, body, tag).map_or(b.len(), |p| p + tag_len);
                }
                None => i += 1,
            },
            _ => i += 1,
        }
    }
    if let Some(start) = first_token {
        out.push(statement(script, start, b.len()));
    }
    out
}

fn statement(script: &str, start: usize, end: usize) -> Statement {
    Statement {
        start,
        end,
        line: line_of(script, start),
    }
}

/// 1-based line of a byte offset.
pub fn line_of(script: &str, byte: usize) -> usize {
    script.as_bytes()[..byte.min(script.len())]
        .iter()
        .filter(|&&c| c == b'\n')
        .count()
        + 1
}

/// Byte offset of PostgreSQL's error position (1-based, in characters).
pub fn byte_of_char_position(script: &str, position: u32) -> Option<usize> {
    let index = usize::try_from(position).ok()?.checked_sub(1)?;
    script
        .char_indices()
        .nth(index)
        .map(|(b, _)| b)
        .or((index == script.chars().count()).then_some(script.len()))
}

/// Index of the statement holding byte `offset` (or the next one after it).
pub fn statement_at(statements: &[Statement], offset: usize) -> Option<usize> {
    statements
        .iter()
        .position(|s| offset <= s.end)
        .or_else(|| statements.len().checked_sub(1))
}

fn skip_quoted(b: &[u8], open: usize, quote: u8, backslash_escapes: bool) -> usize {
    let mut i = open + 1;
    while i < b.len() {
        if backslash_escapes && b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i] == quote {
            if b.get(i + 1) == Some(&quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i += 1;
    }
    b.len()
}

/// Length of a `$tag$` opening at `i`, if it is one (`$1` is a parameter, not a tag).
fn dollar_tag(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    if b.get(j).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    while let Some(&c) = b.get(j) {
        if c == b'$' {
            return Some(j - i + 1);
        }
        if !(c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80) {
            return None;
        }
        j += 1;
    }
    None
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        split_statements(s).iter().map(|st| st.text(s)).collect()
    }

    #[test]
    fn splits_on_semicolons_outside_quotes_and_comments() {
        let s = "-- header; not a statement\nCREATE TABLE a (x text DEFAULT ';');\n\n/* c; /* nested; */ */ INSERT INTO a VALUES (E'\\';'), ('it''s;');\nSELECT \"we;ird\" FROM a";
        assert_eq!(
            texts(s),
            vec![
                "CREATE TABLE a (x text DEFAULT ';')",
                "INSERT INTO a VALUES (E'\\';'), ('it''s;')",
                "SELECT \"we;ird\" FROM a"
            ]
        );
        let st = split_statements(s);
        assert_eq!(st[0].line, 2);
        assert_eq!(st[1].line, 4);
        assert_eq!(st[2].line, 5);
    }

    #[test]
    fn dollar_quotes() {
        let s = "DO $$ BEGIN PERFORM 1; END $$;\nCREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\nPREPARE p AS SELECT $1;\nSELECT 2;;  -- trailing\n";
        assert_eq!(
            texts(s),
            vec![
                "DO $$ BEGIN PERFORM 1; END $$",
                "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql",
                "PREPARE p AS SELECT $1",
                "SELECT 2"
            ]
        );
        assert!(split_statements("-- only a comment\n").is_empty());
    }

    #[test]
    fn positions() {
        let s = "SELECT 'é';\nSELECT x;";
        let b = byte_of_char_position(s, 20).unwrap();
        assert_eq!(&s[b..b + 1], "x");
        let st = split_statements(s);
        assert_eq!(statement_at(&st, b), Some(1));
        assert_eq!(line_of(s, b), 2);
    }
}
