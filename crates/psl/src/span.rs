//! Source files and byte spans into them.

use serde::Serialize;

/// Index of a file in a [`SourceSet`].
pub type FileId = usize;

/// A byte range in one source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: usize, end: usize) -> Self {
        Span {
            file,
            start: start as u32,
            end: end as u32,
        }
    }
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// One schema source file.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user gave it (used in diagnostics).
    pub name: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// Byte range of a 0-based line, including its line break.
    pub fn line_range(&self, line_index: usize) -> Option<std::ops::Range<usize>> {
        let start = *self.line_starts.get(line_index)?;
        let end = self
            .line_starts
            .get(line_index + 1)
            .copied()
            .unwrap_or(self.text.len());
        Some(start..end)
    }

    /// Number of lines (a last line without a break counts).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let col = self.text[start..offset.min(self.text.len())]
            .chars()
            .count()
            + 1;
        (line + 1, col)
    }
}

/// All files of one schema (a single file, or a folder of `.prisma` files).
#[derive(Debug, Clone, Default)]
pub struct SourceSet {
    pub files: Vec<SourceFile>,
}

impl SourceSet {
    pub fn single(name: impl Into<String>, text: impl Into<String>) -> Self {
        SourceSet {
            files: vec![SourceFile::new(name, text)],
        }
    }
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        self.files.push(SourceFile::new(name, text));
        self.files.len() - 1
    }
    pub fn text(&self, span: Span) -> &str {
        &self.files[span.file].text[span.range()]
    }
}

impl SourceSet {
    /// Reads a schema: one `.prisma` file, or every `.prisma` file under a folder (sorted by path,
    /// as Prisma 6+ reads multi-file schemas).
    pub fn load(path: &std::path::Path) -> std::io::Result<SourceSet> {
        let mut set = SourceSet::default();
        if path.is_dir() {
            let mut files = Vec::new();
            collect_prisma_files(path, &mut files)?;
            files.sort();
            if files.is_empty() {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    format!("no .prisma files in {}", path.display()),
                ));
            }
            for f in files {
                let text = std::fs::read_to_string(&f)?;
                set.add(f.display().to_string(), text);
            }
        } else {
            let text = std::fs::read_to_string(path)?;
            set.add(path.display().to_string(), text);
        }
        Ok(set)
    }
}

fn collect_prisma_files(
    dir: &std::path::Path,
    out: &mut Vec<std::path::PathBuf>,
) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let p = entry?.path();
        if p.is_dir() {
            // A `migrations` folder beside the schema holds SQL, never schema files.
            if p.file_name().is_some_and(|n| n != "migrations") {
                collect_prisma_files(&p, out)?;
            }
        } else if p.extension().is_some_and(|e| e == "prisma") {
            out.push(p);
        }
    }
    Ok(())
}
