//! Random mutations of corpus files, shared by the fuzz test (`fuzz_mutations.rs`: no input
//! panics) and the fast-parser oracle (`fastparse_oracle.rs`: both parsers agree). Each test
//! picks its own token lists and mutation weights; applying them is the same code.

// Each test uses a part of this module: what one test leaves unused is not dead.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// One edit of a schema text. Positions are taken modulo the text's current length, so every
/// value is valid for every input.
#[derive(Debug, Clone)]
pub enum Mutation {
    /// Insert `benign[token % n]` (blanks, line breaks, comments) at byte `at`.
    Benign {
        at: u32,
        token: u16,
    },
    /// Delete `len` bytes at `at`.
    Delete {
        at: u32,
        len: u8,
    },
    /// Insert `tokens[token % n]` at byte `at`.
    Insert {
        at: u32,
        token: u16,
    },
    /// Insert an arbitrary char at byte `at`.
    InsertChar {
        at: u32,
        ch: char,
    },
    /// Overwrite the byte at `at`.
    Replace {
        at: u32,
        byte: u8,
    },
    DuplicateLine {
        line: u32,
    },
    DeleteLine {
        line: u32,
    },
    SwapLines {
        a: u32,
        b: u32,
    },
    /// Insert line `line` of corpus file `file` before line `at`.
    Splice {
        file: u16,
        line: u32,
        at: u32,
    },
    /// Cut the text at byte `at`.
    Truncate {
        at: u32,
    },
}

/// The token lists insertions draw from.
pub struct Tokens<'a> {
    pub tokens: &'a [&'a str],
    pub benign: &'a [&'a str],
}

/// Every `.prisma` file below `dir`, recursively, skipping `snapshots` folders (unsorted).
pub fn collect_prisma(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n != "snapshots") {
                collect_prisma(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "prisma") {
            out.push(p);
        }
    }
}

/// Line ranges (including the trailing newline) of `bytes`.
pub fn line_ranges(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < bytes.len() {
        out.push((start, bytes.len()));
    }
    out
}

/// `files[file]`'s text with `mutations` applied in order (lossily back to UTF-8).
pub fn apply(
    files: &[(String, String)],
    file: usize,
    mutations: &[Mutation],
    tokens: &Tokens,
) -> String {
    let mut b: Vec<u8> = files[file % files.len()].1.as_bytes().to_vec();
    let pos = |at: u32, len: usize| at as usize % (len + 1);
    let insert = |b: &mut Vec<u8>, at: u32, list: &[&str], token: u16| {
        if !list.is_empty() {
            let p = pos(at, b.len());
            let t = list[token as usize % list.len()].as_bytes();
            b.splice(p..p, t.iter().copied());
        }
    };
    for m in mutations {
        match *m {
            Mutation::Benign { at, token } => insert(&mut b, at, tokens.benign, token),
            Mutation::Insert { at, token } => insert(&mut b, at, tokens.tokens, token),
            Mutation::Delete { at, len } => {
                if !b.is_empty() {
                    let s = at as usize % b.len();
                    let e = (s + len as usize).min(b.len());
                    b.drain(s..e);
                }
            }
            Mutation::InsertChar { at, ch } => {
                let p = pos(at, b.len());
                let mut buf = [0u8; 4];
                b.splice(p..p, ch.encode_utf8(&mut buf).bytes());
            }
            Mutation::Replace { at, byte } => {
                if !b.is_empty() {
                    let p = at as usize % b.len();
                    b[p] = byte;
                }
            }
            Mutation::DuplicateLine { line } => {
                let lines = line_ranges(&b);
                if !lines.is_empty() {
                    let (s, e) = lines[line as usize % lines.len()];
                    let copy = b[s..e].to_vec();
                    b.splice(s..s, copy);
                }
            }
            Mutation::DeleteLine { line } => {
                let lines = line_ranges(&b);
                if !lines.is_empty() {
                    let (s, e) = lines[line as usize % lines.len()];
                    b.drain(s..e);
                }
            }
            Mutation::SwapLines { a, b: bl } => {
                let lines = line_ranges(&b);
                if lines.len() >= 2 {
                    let (mut x, mut y) = (a as usize % lines.len(), bl as usize % lines.len());
                    if x > y {
                        std::mem::swap(&mut x, &mut y);
                    }
                    if x != y {
                        let (xs, xe) = lines[x];
                        let (ys, ye) = lines[y];
                        let mut out = Vec::with_capacity(b.len());
                        out.extend_from_slice(&b[..xs]);
                        out.extend_from_slice(&b[ys..ye]);
                        out.extend_from_slice(&b[xe..ys]);
                        out.extend_from_slice(&b[xs..xe]);
                        out.extend_from_slice(&b[ye..]);
                        b = out;
                    }
                }
            }
            Mutation::Splice { file, line, at } => {
                let donor = files[file as usize % files.len()].1.as_bytes();
                let donor_lines = line_ranges(donor);
                if !donor_lines.is_empty() {
                    let (s, e) = donor_lines[line as usize % donor_lines.len()];
                    let mut piece = donor[s..e].to_vec();
                    if piece.last() != Some(&b'\n') {
                        piece.push(b'\n');
                    }
                    let lines = line_ranges(&b);
                    let p = if lines.is_empty() {
                        0
                    } else {
                        lines[at as usize % lines.len()].0
                    };
                    b.splice(p..p, piece);
                }
            }
            Mutation::Truncate { at } => {
                let p = pos(at, b.len());
                b.truncate(p);
            }
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}
