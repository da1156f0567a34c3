//! Generation of the Justify client (`schema/schema.prisma`): where the time goes (rendering the
//! templates, formatting with rustfmt) and the standard path with the format cache.
//! No database needed: `cargo bench -p justify-codegen --bench generate`.

use criterion::{criterion_group, criterion_main, Criterion};
use justify_codegen::{generate, Options};
use std::path::Path;

fn schema() -> justify_psl::model::Schema {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/schema.prisma");
    let sources = justify_psl::SourceSet::load(&path).unwrap();
    justify_psl::check(sources).model.expect("valid schema")
}

fn bench(c: &mut Criterion) {
    let model = schema();
    let cache = tempfile::tempdir().unwrap();
    let options = |skip_rustfmt: bool, cached: bool| Options {
        schema_name: "schema.prisma".into(),
        skip_rustfmt,
        format_cache: cached.then(|| cache.path().join("rustfmt-cache")),
        ..Default::default()
    };

    let mut g = c.benchmark_group("generate");
    g.sample_size(20);
    // Rendering alone: context + Tera, no formatting.
    g.bench_function("justify_client/render_only", |b| {
        let o = options(true, false);
        b.iter(|| generate(&model, &o).unwrap())
    });
    // Every file formatted (a first generation: no cache).
    g.bench_function("justify_client/rustfmt_all_files", |b| {
        let o = options(false, false);
        b.iter(|| generate(&model, &o).unwrap())
    });
    // The standard path, schema unchanged since the last generation: every file from the cache.
    g.bench_function("justify_client/cached_unchanged", |b| {
        let o = options(false, true);
        generate(&model, &o).unwrap();
        b.iter(|| generate(&model, &o).unwrap())
    });
    // The standard path after editing one model: its file is formatted, the rest come from
    // the cache (a new doc comment on `User` every iteration; the count goes on across
    // criterion's calls of the closure, so no edit is ever seen twice).
    let mut n = 0u64;
    g.bench_function("justify_client/cached_one_model_edited", |b| {
        let o = options(false, true);
        let mut edited = model.clone();
        let user = edited.models.iter().position(|m| m.name == "User").unwrap();
        generate(&edited, &o).unwrap();
        b.iter(|| {
            n += 1;
            edited.models[user].docs = Some(format!("Edited {n} times."));
            generate(&edited, &o).unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
