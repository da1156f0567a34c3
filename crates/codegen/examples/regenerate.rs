//! Regenerates `generated/` from `schema/schema.prisma`, like `justify-schema generate` (for
//! when the CLI itself does not build): `cargo run -p justify-codegen --example regenerate`.

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let schema = root.join("schema/schema.prisma");
    let sources = justify_psl::SourceSet::load(&schema).expect("schema loads");
    let model = justify_psl::check(sources).model.expect("schema is valid");
    let options = justify_codegen::Options {
        schema_name: "schema.prisma".into(),
        ..Default::default()
    };
    let files = justify_codegen::generate(&model, &options).expect("client renders");
    let changed = justify_codegen::write(&files, &root.join("generated")).expect("written");
    for p in changed {
        println!("wrote generated/{}", p.display());
    }
}
