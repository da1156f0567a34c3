//! Introspection round trip: for every schema of the corpus (`schema/schema.prisma`, every case
//! of `tests/psl/valid/`), apply the from-empty migration to a fresh database, introspect it, and
//! require that the differ finds nothing between the introspected and the lowered schema. This is
//! what `migrate dev` rests on: a database migrated from a schema must read back as that schema.
//! Every failing case is reported at once, with the steps the differ would render.

use std::path::{Path, PathBuf};

use justify_migrate::introspect::{introspect, introspect_with, IntrospectOptions, QUERY_COUNT};
use justify_psl::SourceSet;
use justify_sql::diff::diff;
use justify_sql::lower::lower;
use justify_sql::render::render_script;
use justify_sql::SqlSchema;
use justify_testkit::{error_text, TestDb};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every case: (name, path of the schema file or folder).
fn cases() -> Vec<(String, PathBuf)> {
    let root = root();
    let mut out = vec![("justify".to_string(), root.join("schema/schema.prisma"))];
    let valid = root.join("tests/psl/valid");
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&valid)
        .expect("tests/psl/valid")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.is_dir() || path.extension().is_some_and(|e| e == "prisma") {
            out.push((name, path));
        }
    }
    out
}

enum Outcome {
    Pass,
    Skip(String),
    Fail(String),
}

async fn run_case(name: String, path: PathBuf) -> (String, Outcome) {
    let outcome = match round_trip(&name, &path).await {
        Ok(o) => o,
        Err(e) => Outcome::Fail(e),
    };
    (name, outcome)
}

async fn round_trip(name: &str, path: &Path) -> Result<Outcome, String> {
    let sources =
        SourceSet::load(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let model = justify_psl::check(sources)
        .model
        .ok_or_else(|| format!("{} does not validate", path.display()))?;
    let lowered = lower(&model);
    let db = TestDb::create(name).await;

    // Extensions this server does not ship cannot be created: the case cannot run here.
    if !lowered.extensions.is_empty() {
        let rows = db
            .client()
            .query("SELECT name::text FROM pg_available_extensions", &[])
            .await
            .map_err(|e| error_text(&e))?;
        let available: Vec<String> = rows.iter().map(|r| r.get(0)).collect();
        let missing: Vec<&str> = lowered
            .extensions
            .iter()
            .map(|e| e.name.as_str())
            .filter(|n| !available.iter().any(|a| a == n))
            .collect();
        if !missing.is_empty() {
            return Ok(Outcome::Skip(format!(
                "extension(s) {missing:?} not available on this PostgreSQL server"
            )));
        }
        // `CREATE EXTENSION ... WITH SCHEMA s` needs `s`, which Prisma does not create
        // (lowering only creates namespaces holding tables or enums).
        for ext in &lowered.extensions {
            if let Some(s) = &ext.schema {
                db.apply_sql(&format!(
                    "CREATE SCHEMA IF NOT EXISTS {}",
                    justify_sql::sql_text::quote_ident(s)
                ))
                .await
                .map_err(|e| error_text(&e))?;
            }
        }
    }

    // `@db.Citext` without `extensions = [citext]` expects the database to have it already (as
    // Prisma does): provide it, as the user's database would.
    let uses_citext = lowered.tables.iter().any(|t| {
        t.columns
            .iter()
            .any(|c| c.ty.base == justify_sql::SqlType::Citext)
    });
    if uses_citext && !lowered.extensions.iter().any(|e| e.name == "citext") {
        db.apply_sql("CREATE EXTENSION IF NOT EXISTS citext")
            .await
            .map_err(|e| format!("citext is not available: {}", error_text(&e)))?;
    }

    let sql = render_script(&diff(&SqlSchema::default(), &lowered).steps);
    db.apply_sql(&sql)
        .await
        .map_err(|e| format!("applying the from-empty SQL failed: {}", error_text(&e)))?;

    let schemas = match model.datasource.as_ref().map(|d| &d.schemas) {
        Some(s) if !s.is_empty() => s.clone(),
        _ => vec!["public".to_string()],
    };
    let introspected = introspect(db.client(), &schemas)
        .await
        .map_err(|e| format!("introspection failed: {e}"))?;
    let m = diff(&introspected, &lowered);
    if m.is_empty() {
        return Ok(Outcome::Pass);
    }
    let mut text = render_script(&m.steps);
    if diff(
        &with_equivalences(&introspected),
        &with_equivalences(&lowered),
    )
    .is_empty()
    {
        text.push_str(
            "(empty once the differ treats default operator classes as absent, compares \
             predicates by `canonical_predicate` and CHAR/BIT as CHAR(1)/BIT(1))\n",
        );
    }
    Ok(Outcome::Fail(text))
}

/// Diagnostic only (never used to pass a case): the equivalences the catalog cannot tell apart,
/// which the differ has to apply itself.
fn with_equivalences(s: &SqlSchema) -> SqlSchema {
    use justify_sql::schema::{canonical_predicate, is_default_opclass};
    use justify_sql::SqlType;
    let mut s = s.clone();
    for t in &mut s.tables {
        for i in &mut t.indexes {
            i.predicate = i.predicate.as_deref().map(canonical_predicate);
            for c in &mut i.columns {
                if c.opclass
                    .as_deref()
                    .is_some_and(|o| is_default_opclass(i.method, o))
                {
                    c.opclass = None;
                }
            }
        }
        for c in &mut t.columns {
            match c.ty.base {
                SqlType::Char(None) => c.ty.base = SqlType::Char(Some(1)),
                SqlType::Bit(None) => c.ty.base = SqlType::Bit(Some(1)),
                _ => {}
            }
        }
    }
    s
}

#[tokio::test(flavor = "multi_thread", worker_threads = 8)]
async fn corpus_round_trips_through_the_catalog() {
    let mut set = tokio::task::JoinSet::new();
    for (name, path) in cases() {
        set.spawn(run_case(name, path));
    }
    let mut results = Vec::new();
    while let Some(r) = set.join_next().await {
        results.push(r.expect("case task panicked"));
    }
    results.sort_by(|a, b| a.0.cmp(&b.0));

    let mut failures = Vec::new();
    let (mut passed, mut skipped) = (0, 0);
    for (name, outcome) in &results {
        match outcome {
            Outcome::Pass => passed += 1,
            Outcome::Skip(why) => {
                skipped += 1;
                eprintln!("skipped {name}: {why}");
            }
            Outcome::Fail(text) => failures.push(format!("=== {name}\n{text}")),
        }
    }
    eprintln!(
        "introspection round trip: {passed} passed, {skipped} skipped, {} failed",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} case(s) do not round-trip (steps from introspected to lowered):\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn tables_sql(n: usize) -> String {
    let mut sql = String::from("CREATE TYPE \"Kind\" AS ENUM ('A', 'B');\n");
    for i in 0..n {
        sql.push_str(&format!(
            "CREATE TABLE \"T{i}\" (\
               \"id\" SERIAL NOT NULL, \
               \"name\" TEXT NOT NULL DEFAULT 'x', \
               \"kind\" \"Kind\" NOT NULL DEFAULT 'A', \
               \"parentId\" INTEGER, \
               CONSTRAINT \"T{i}_pkey\" PRIMARY KEY (\"id\"));\n\
             CREATE UNIQUE INDEX \"T{i}_name_key\" ON \"T{i}\"(\"name\");\n"
        ));
        if i > 0 {
            sql.push_str(&format!(
                "ALTER TABLE \"T{i}\" ADD CONSTRAINT \"T{i}_parentId_fkey\" FOREIGN KEY (\"parentId\") \
                 REFERENCES \"T{}\"(\"id\") ON DELETE SET NULL ON UPDATE CASCADE;\n",
                i - 1
            ));
        }
    }
    sql
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn query_count_does_not_grow_with_the_schema() {
    let mut counts = Vec::new();
    for n in [5usize, 200] {
        let db = TestDb::create(&format!("introspect_count_{n}")).await;
        db.apply_sql(&tables_sql(n)).await.unwrap();
        let r = introspect_with(db.client(), &IntrospectOptions::default())
            .await
            .unwrap();
        assert_eq!(r.schema.tables.len(), n);
        assert_eq!(
            r.schema
                .tables
                .iter()
                .map(|t| t.foreign_keys.len())
                .sum::<usize>(),
            n - 1
        );
        assert!(r.schema.tables.iter().all(|t| t.indexes.len() == 1
            && t.primary_key.is_some()
            && t.columns[0].auto_increment));
        counts.push(r.queries);
    }
    assert_eq!(counts, vec![QUERY_COUNT, QUERY_COUNT]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reads_what_prisma_never_writes() {
    let db = TestDb::create("introspect_misc").await;
    db.apply_sql(
        "CREATE TABLE _prisma_migrations (id TEXT PRIMARY KEY);
         CREATE TABLE _justify_lock (id INT);
         CREATE SEQUENCE free_seq START 10 INCREMENT 5;
         CREATE TABLE t (
           id INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
           a TEXT,
           b TEXT,
           p point,
           CONSTRAINT t_a_b_key UNIQUE (a, b)
         );
         CREATE INDEX t_lower_idx ON t (lower(a) DESC) WHERE b IS NOT NULL;
         CREATE VIEW v AS SELECT id FROM t;
         COMMENT ON TABLE t IS 'the table';
         COMMENT ON COLUMN t.a IS 'column a';",
    )
    .await
    .unwrap();
    let s = introspect(db.client(), &[]).await.unwrap();
    let names: Vec<&str> = s.tables.iter().map(|t| t.name.name.as_str()).collect();
    assert_eq!(names, ["t"]);
    let t = &s.tables[0];
    assert_eq!(t.comment.as_deref(), Some("the table"));
    assert_eq!(t.columns[1].comment.as_deref(), Some("column a"));
    assert_eq!(t.columns[0].identity, Some(justify_sql::Identity::Always));
    assert!(!t.columns[0].auto_increment);
    assert_eq!(
        t.columns[3].ty.base,
        justify_sql::SqlType::Other("point".into())
    );
    let uniq = t.indexes.iter().find(|i| i.name == "t_a_b_key").unwrap();
    assert!(uniq.unique && uniq.constraint);
    let expr = t.indexes.iter().find(|i| i.name == "t_lower_idx").unwrap();
    assert!(expr.columns[0].expression);
    assert_eq!(expr.columns[0].name, "lower(a)");
    assert_eq!(expr.columns[0].sort, Some(justify_sql::SortOrder::Desc));
    assert_eq!(expr.predicate.as_deref(), Some("b IS NOT NULL"));
    assert_eq!(s.views.len(), 1);
    assert!(s.views[0].definition.is_some());
    assert_eq!(s.sequences.len(), 1);
    assert_eq!(s.sequences[0].name.name, "free_seq");
    assert_eq!((s.sequences[0].start, s.sequences[0].increment), (10, 5));
}
