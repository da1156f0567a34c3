//! `db pull`: an introspected database ([`SqlSchema`]) → Prisma schema text, following Prisma's
//! introspection rules, so that pulling with us gives the file `prisma db pull` gives.
//!
//! Why it must be exact in the other direction too: the pulled schema is migrated from afterwards.
//! Lowering the pulled schema must give back the introspected one (the differ finds nothing), or
//! the first `migrate dev` after a pull would propose a drift migration. `tests/pull.rs` holds it
//! to that for the Justify schema and the corpus.
//!
//! Naming (Prisma's rules):
//! - models are named after their tables, enums after their types, fields after their columns,
//!   enum values after their labels; a name that is not a valid identifier is sanitised (leading
//!   characters other than ASCII letters dropped, every other invalid character turned into `_`)
//!   and the database name kept with `@@map`/`@map`;
//! - a foreign key gives a relation field on both sides: on the referencing model one named after
//!   the referenced model (`User User @relation(fields: [userId], references: [id])`), on the
//!   referenced model one named after the referencing model (`Post Post[]`, or `Profile Profile?`
//!   when the key's columns are unique). A self-relation is named `{Model}To{Model}`, its back
//!   field `other_{Model}`. When several foreign keys join the same two tables, each relation is
//!   named `{Referencing}_{columns}To{Referenced}` and its fields `{Referenced}_{relation}` and
//!   `{Referencing}_{relation}`;
//! - an implicit many-to-many join table (`_Name`: columns `A` and `B`, each a foreign key, unique
//!   or primary together) is no model but a list field on each side, named after the other model,
//!   with `@relation("Name")` when `Name` is not the default `{A}To{B}`;
//! - constraint names are written (`map:`) only when they are not Prisma's defaults (`{table}_pkey`,
//!   `{table}_{columns}_key`/`_idx`/`_fkey`); referential actions only when they are not Prisma's
//!   defaults (`onDelete: Restrict`, or `SetNull` for optional relations; `onUpdate: Cascade`).
//!
//! Re-introspection: when the schema file already exists, its `datasource` and `generator` blocks
//! are kept verbatim, and — as Prisma does — the names it gave tables, columns, enums, enum values
//! and relations are kept (with `@@map`/`@map`), as are what the database cannot hold:
//! `@updatedAt`, client-side defaults (`cuid()`, `uuid()`, …) and `@ignore`/`@@ignore`.
//!
//! Not represented (reported as warnings): views, sequences not owned by a column, indexes on
//! expressions, tables whose name has no valid identifier in it, objects outside the connection's
//! schema.

use std::collections::{HashMap, HashSet};

use justify_psl::ast;
use justify_psl::model as psl;
use justify_sql::schema::*;
use serde::Serialize;

use crate::connection::Connection;
use crate::introspect::{introspect_with, IntrospectError, IntrospectOptions};

/// How to pull.
#[derive(Debug, Clone, Default)]
pub struct PullOptions<'a> {
    /// The current schema file's text, when it exists: its datasource and generator blocks are
    /// kept, and (unless `ignore_existing_names`) its names.
    pub existing: Option<&'a str>,
    /// Name everything by Prisma's rules, whatever the current schema calls it (`--force`).
    pub ignore_existing_names: bool,
}

/// A pulled schema.
#[derive(Debug, Clone, Serialize)]
pub struct Pulled {
    /// The schema text, laid out as `prisma format` lays it out.
    pub text: String,
    pub models: usize,
    pub enums: usize,
    /// What the schema could not represent.
    pub warnings: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum PullError {
    #[error(transparent)]
    Introspect(#[from] IntrospectError),
    #[error("the current schema file has syntax errors: {0}")]
    ExistingSyntax(String),
    #[error("the pulled schema does not parse (this is a bug in justify-schema): {0}")]
    Render(String),
}

/// Introspects the connection's schema and renders it.
pub async fn pull(conn: &Connection, opts: &PullOptions<'_>) -> Result<Pulled, PullError> {
    let io = IntrospectOptions {
        schemas: vec![conn.schema().to_string()],
        default_schema: conn.schema().to_string(),
    };
    let schema = introspect_with(conn.client(), &io).await?.schema;
    render(&schema, opts)
}

/// Renders an introspected schema as Prisma schema text.
pub fn render(schema: &SqlSchema, opts: &PullOptions<'_>) -> Result<Pulled, PullError> {
    let existing = match opts.existing {
        Some(text) => Some(Existing::read(text, !opts.ignore_existing_names)?),
        None => None,
    };
    let prev = existing.as_ref().map(|e| &e.names);
    let mut r = Renderer {
        schema,
        prev,
        warnings: Vec::new(),
        models: Vec::new(),
        enums: Vec::new(),
        needs_partial_indexes: false,
    };
    r.run();
    let Renderer {
        models,
        enums,
        mut warnings,
        needs_partial_indexes,
        ..
    } = r;

    let mut text = String::new();
    match existing.as_ref().filter(|e| !e.config_text.is_empty()) {
        Some(e) => {
            text.push_str(&e.config_text);
        }
        None => {
            let extensions: Vec<String> = schema.extensions.iter().map(extension_text).collect();
            text.push_str(
                "datasource db {\n  provider = \"postgresql\"\n  url = env(\"DATABASE_URL\")\n",
            );
            if !extensions.is_empty() {
                text.push_str(&format!("  extensions = [{}]\n", extensions.join(", ")));
            }
            text.push_str("}\n\ngenerator client {\n  provider = \"justify-schema-client\"\n");
            let mut preview = Vec::new();
            if needs_partial_indexes {
                preview.push("\"partialIndexes\"");
            }
            if !extensions.is_empty() {
                preview.push("\"postgresqlExtensions\"");
            }
            if !preview.is_empty() {
                text.push_str(&format!("  previewFeatures = [{}]\n", preview.join(", ")));
            }
            text.push_str("}\n");
        }
    }

    // Order: the current file's order for what it already had, then new models and new enums,
    // each by name (Prisma's order for a first pull).
    let mut blocks: Vec<(Option<usize>, bool, String, String)> = Vec::new();
    for m in &models {
        blocks.push((m.position, false, m.name.clone(), m.render()));
    }
    for e in &enums {
        blocks.push((e.position, true, e.name.clone(), e.render()));
    }
    blocks.sort_by(|a, b| match (a.0, b.0) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => (a.1, &a.2).cmp(&(b.1, &b.2)),
    });
    for (_, _, _, block) in &blocks {
        text.push('\n');
        text.push_str(block);
    }

    let text = justify_psl::format::format_schema(&text).map_err(|d| {
        let msgs: Vec<String> = d.errors().map(|e| e.message.clone()).collect();
        PullError::Render(msgs.join("; "))
    })?;
    if !schema.views.is_empty() {
        warnings.push(format!(
            "{} view(s) not pulled (views are declared by hand: `view` blocks need the `views` preview feature)",
            schema.views.len()
        ));
    }
    if !schema.sequences.is_empty() {
        warnings.push(format!(
            "{} sequence(s) not owned by a column cannot be represented and were left out",
            schema.sequences.len()
        ));
    }
    Ok(Pulled {
        text,
        models: models.len(),
        enums: enums.len(),
        warnings,
    })
}

fn extension_text(e: &Extension) -> String {
    let name = if is_identifier(&e.name) {
        e.name.clone()
    } else {
        format!("{}(map: {})", sanitize(&e.name), psl_string(&e.name))
    };
    match &e.schema {
        Some(s) if name == e.name => format!("{name}(schema: {})", psl_string(s)),
        _ => name,
    }
}

// ---------------------------------------------------------------------------------------------
// The current schema file.

struct Existing {
    /// The datasource and generator blocks (with the comments right above them), as written.
    config_text: String,
    names: PrevNames,
}

/// What the current schema calls things, by database name.
#[derive(Default)]
struct PrevNames {
    /// Table → model.
    models: HashMap<String, PrevModel>,
    /// Type → enum.
    enums: HashMap<String, PrevEnum>,
    /// (referencing table, foreign key columns) → relation.
    inline: HashMap<(String, Vec<String>), PrevRelation>,
    /// Join table → relation.
    many_to_many: HashMap<String, PrevRelation>,
}

struct PrevModel {
    name: String,
    position: usize,
    ignored: bool,
    /// Column → (field name, attributes the database cannot hold).
    fields: HashMap<String, PrevField>,
    /// Client name of the compound primary key (`@@id(name: ...)`).
    id_name: Option<String>,
    /// Constraint → client name of a compound unique (`@@unique(name: ...)`).
    unique_names: HashMap<String, String>,
}

struct PrevField {
    name: String,
    updated_at: bool,
    ignored: bool,
    client_default: Option<String>,
}

struct PrevEnum {
    name: String,
    position: usize,
    /// Label → value name.
    values: HashMap<String, String>,
}

struct PrevRelation {
    /// Written only when it was explicit.
    name: Option<String>,
    /// The field on the referencing side (model A for many-to-many).
    forward: String,
    back: String,
}

impl Existing {
    fn read(text: &str, keep_names: bool) -> Result<Existing, PullError> {
        let mut diags = justify_psl::Diagnostics::new();
        let file = justify_psl::parser::parse_file(text, 0, &mut diags);
        if diags.has_errors() {
            let msgs: Vec<String> = diags.errors().map(|e| e.message.clone()).collect();
            return Err(PullError::ExistingSyntax(msgs.join("; ")));
        }
        let mut config_text = String::new();
        let mut pending_comment: Option<&[ast::Comment]> = None;
        for top in &file.tops {
            match top {
                ast::Top::Comment(c) => pending_comment = Some(c),
                ast::Top::Config(block) => {
                    if !config_text.is_empty() {
                        config_text.push('\n');
                    }
                    if let Some(c) = pending_comment.take() {
                        for line in c {
                            config_text.push_str(&format!("//{}\n", line.text));
                        }
                    }
                    let start = block
                        .docs
                        .first()
                        .map_or(block.span.start, |d| d.span.start.min(block.span.start));
                    config_text.push_str(&text[start as usize..block.span.end as usize]);
                    config_text.push('\n');
                }
                _ => pending_comment = None,
            }
        }
        let names = if keep_names {
            prev_names(text)
        } else {
            PrevNames::default()
        };
        Ok(Existing { config_text, names })
    }
}

/// The names of a current schema that validates (none otherwise: Prisma re-introspects only a
/// valid schema).
fn prev_names(text: &str) -> PrevNames {
    let checked = justify_psl::check_str("schema.prisma", text);
    let Some(model) = checked.model else {
        return PrevNames::default();
    };
    let mut out = PrevNames::default();
    // Positions follow the file: models and enums in the order they were written.
    let order: Vec<&str> = checked
        .asts
        .iter()
        .flat_map(|f| f.tops.iter())
        .filter_map(|t| match t {
            ast::Top::Model(m) => Some(m.name.name.as_str()),
            ast::Top::Enum(e) => Some(e.name.name.as_str()),
            _ => None,
        })
        .collect();
    let position_of = |name: &str| order.iter().position(|n| *n == name).unwrap_or(order.len());
    for m in model.models.iter().filter(|m| !m.is_view) {
        let fields = m
            .scalar_fields()
            .map(|(_, f)| {
                let client_default = f
                    .default
                    .as_ref()
                    .and_then(|d| client_default_text(&d.kind));
                (
                    f.db_name.clone(),
                    PrevField {
                        name: f.name.clone(),
                        updated_at: f.updated_at,
                        ignored: f.ignored,
                        client_default,
                    },
                )
            })
            .collect();
        out.models.insert(
            m.db_name.clone(),
            PrevModel {
                name: m.name.clone(),
                position: position_of(&m.name),
                ignored: m.ignored,
                fields,
                id_name: m.primary_key.as_ref().and_then(|pk| pk.name.clone()),
                unique_names: m
                    .indexes
                    .iter()
                    .filter_map(|i| Some((i.db_name.clone(), i.name.clone()?)))
                    .collect(),
            },
        );
    }
    for e in &model.enums {
        out.enums.insert(
            e.db_name.clone(),
            PrevEnum {
                name: e.name.clone(),
                position: position_of(&e.name),
                values: e
                    .values
                    .iter()
                    .map(|v| (v.db_name.clone(), v.name.clone()))
                    .collect(),
            },
        );
    }
    for rel in &model.relations {
        let (Some(a), Some(b)) = (
            model.models.get(rel.referencing.0),
            model.models.get(rel.referenced.0),
        ) else {
            continue;
        };
        let (Some(fa), Some(fb)) = (
            a.fields.get(rel.referencing.1),
            b.fields.get(rel.referenced.1),
        ) else {
            continue;
        };
        let prev = PrevRelation {
            name: rel.explicit_name.then(|| rel.name.clone()),
            forward: fa.name.clone(),
            back: fb.name.clone(),
        };
        if rel.kind == psl::RelationKind::ManyToMany {
            out.many_to_many.insert(rel.join_table_name(), prev);
        } else if let psl::FieldKind::Relation(rf) = &fa.kind {
            let cols = rf
                .fields
                .iter()
                .filter_map(|&f| a.fields.get(f).map(|f| f.db_name.clone()))
                .collect();
            out.inline.insert((a.db_name.clone(), cols), prev);
        }
    }
    out
}

fn client_default_text(kind: &psl::DefaultKind) -> Option<String> {
    use psl::DefaultKind as D;
    Some(match kind {
        D::Uuid(4) => "uuid()".into(),
        D::Uuid(v) => format!("uuid({v})"),
        D::Cuid(1) => "cuid()".into(),
        D::Cuid(v) => format!("cuid({v})"),
        D::Nanoid(None) => "nanoid()".into(),
        D::Nanoid(Some(n)) => format!("nanoid({n})"),
        D::Ulid => "ulid()".into(),
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------------
// Rendering.

struct FieldOut {
    name: String,
    ty: String,
    attrs: Vec<String>,
}

struct ModelOut {
    name: String,
    position: Option<usize>,
    fields: Vec<FieldOut>,
    block_attrs: Vec<String>,
}

impl ModelOut {
    fn render(&self) -> String {
        let mut s = format!("model {} {{\n", self.name);
        for f in &self.fields {
            s.push_str(&format!("  {} {}", f.name, f.ty));
            for a in &f.attrs {
                s.push(' ');
                s.push_str(a);
            }
            s.push('\n');
        }
        if !self.block_attrs.is_empty() {
            s.push('\n');
            for a in &self.block_attrs {
                s.push_str(&format!("  {a}\n"));
            }
        }
        s.push_str("}\n");
        s
    }
    fn has_field(&self, name: &str) -> bool {
        self.fields.iter().any(|f| f.name == name)
    }
}

struct EnumOut {
    name: String,
    position: Option<usize>,
    /// (name, database name when different)
    values: Vec<(String, Option<String>)>,
    db_name: Option<String>,
}

impl EnumOut {
    fn render(&self) -> String {
        let mut s = format!("enum {} {{\n", self.name);
        for (v, map) in &self.values {
            match map {
                Some(m) => s.push_str(&format!("  {v} @map({})\n", psl_string(m))),
                None => s.push_str(&format!("  {v}\n")),
            }
        }
        if let Some(m) = &self.db_name {
            s.push_str(&format!("\n  @@map({})\n", psl_string(m)));
        }
        s.push_str("}\n");
        s
    }
}

/// A table that becomes a model, with its fields' names by column.
struct ModelInfo<'a> {
    table: &'a Table,
    name: String,
    /// Column → field name (columns left out have none).
    fields: HashMap<&'a str, String>,
}

/// An implicit many-to-many join table.
struct JoinTable<'a> {
    table: &'a Table,
    /// Models of columns `A` and `B`.
    a: usize,
    b: usize,
}

struct Renderer<'a> {
    schema: &'a SqlSchema,
    prev: Option<&'a PrevNames>,
    warnings: Vec<String>,
    models: Vec<ModelOut>,
    enums: Vec<EnumOut>,
    needs_partial_indexes: bool,
}

impl<'a> Renderer<'a> {
    fn run(&mut self) {
        let schema = self.schema;
        // Enums.
        let mut enum_names: HashMap<&QualifiedName, (String, HashMap<String, String>)> =
            HashMap::new();
        for e in &schema.enums {
            let prev = self.prev.and_then(|p| p.enums.get(&e.name.name));
            let name = match prev {
                Some(p) => p.name.clone(),
                None => {
                    let s = sanitize(&e.name.name);
                    if s.is_empty() {
                        self.warnings.push(format!(
                            "enum `{}` has no valid identifier in its name and was left out",
                            e.name.name
                        ));
                        continue;
                    }
                    rename_reserved(s)
                }
            };
            let mut used = HashSet::new();
            let mut values = Vec::new();
            let mut by_label = HashMap::new();
            for label in &e.values {
                let mut v = match prev.and_then(|p| p.values.get(label)) {
                    Some(n) => n.clone(),
                    None => {
                        let s = sanitize(label);
                        if s.is_empty() {
                            "EMPTY_ENUM_VALUE".to_string()
                        } else {
                            s
                        }
                    }
                };
                let base = v.clone();
                let mut n = 1;
                while !used.insert(v.clone()) {
                    v = format!("{base}_{n}");
                    n += 1;
                }
                by_label.insert(label.clone(), v.clone());
                values.push((v.clone(), (v != *label).then(|| label.clone())));
            }
            self.enums.push(EnumOut {
                name: name.clone(),
                position: prev.map(|p| p.position),
                values,
                db_name: (name != e.name.name).then(|| e.name.name.clone()),
            });
            enum_names.insert(&e.name, (name, by_label));
        }

        // Which tables are models and which are join tables.
        let tables: Vec<&Table> = schema
            .tables
            .iter()
            .filter(|t| t.name.name != "_prisma_migrations")
            .collect();
        let mut infos: Vec<ModelInfo> = Vec::new();
        let mut join_candidates = Vec::new();
        for t in &tables {
            if is_join_table_shape(t) {
                join_candidates.push(*t);
                continue;
            }
            let prev = self.prev.and_then(|p| p.models.get(&t.name.name));
            let name = match prev {
                Some(p) => p.name.clone(),
                None => {
                    let s = sanitize(&t.name.name);
                    if s.is_empty() {
                        self.warnings.push(format!(
                            "table `{}` has no valid identifier in its name and was left out",
                            t.name.name
                        ));
                        continue;
                    }
                    rename_reserved(s)
                }
            };
            let mut fields = HashMap::new();
            let mut used = HashSet::new();
            for c in &t.columns {
                let mut f = match prev.and_then(|p| p.fields.get(&c.name)) {
                    Some(p) => p.name.clone(),
                    None => sanitize(&c.name),
                };
                if f.is_empty() {
                    self.warnings.push(format!(
                        "column `{}`.`{}` has no valid identifier in its name and was left out",
                        t.name.name, c.name
                    ));
                    continue;
                }
                let base = f.clone();
                let mut n = 1;
                while !used.insert(f.clone()) {
                    f = format!("{base}_{n}");
                    n += 1;
                }
                fields.insert(c.name.as_str(), f);
            }
            infos.push(ModelInfo {
                table: t,
                name,
                fields,
            });
        }
        let model_of = |name: &QualifiedName, infos: &[ModelInfo]| {
            infos.iter().position(|i| &i.table.name == name)
        };
        let mut joins = Vec::new();
        for t in join_candidates {
            let fk = |col: &str| t.foreign_keys.iter().find(|f| f.columns == [col]);
            let (Some(fa), Some(fb)) = (fk("A"), fk("B")) else {
                continue;
            };
            match (
                model_of(&fa.referenced_table, &infos),
                model_of(&fb.referenced_table, &infos),
            ) {
                (Some(a), Some(b)) => joins.push(JoinTable { table: t, a, b }),
                _ => self.warnings.push(format!(
                    "join table `{}` references a table that is not a model; left out",
                    t.name.name
                )),
            }
        }

        // Scalar fields.
        let mut outs: Vec<ModelOut> = Vec::new();
        for info in &infos {
            outs.push(self.model(info, &enum_names));
        }

        // Relations.
        self.relations(&infos, &joins, &mut outs);

        self.models = outs;
    }

    fn model(
        &mut self,
        info: &ModelInfo,
        enum_names: &HashMap<&QualifiedName, (String, HashMap<String, String>)>,
    ) -> ModelOut {
        let t = info.table;
        let prev = self.prev.and_then(|p| p.models.get(&t.name.name));
        let field_of = |col: &str| info.fields.get(col).cloned();
        let mut fields = Vec::new();
        let single_pk = t
            .primary_key
            .as_ref()
            .filter(|pk| pk.columns.len() == 1)
            .map(|pk| pk.columns[0].as_str());
        let mut block_attrs = Vec::new();

        // Field-level @unique: one plain column, btree, no predicate or operator class.
        let mut field_unique: HashMap<&str, String> = HashMap::new();
        let mut block_indexes = Vec::new();
        for idx in &t.indexes {
            if idx.columns.iter().any(|c| c.expression) {
                self.warnings.push(format!(
                    "index `{}` on `{}` is on an expression, which the schema cannot express; left out",
                    idx.name, t.name.name
                ));
                continue;
            }
            if idx.columns.iter().any(|c| field_of(&c.name).is_none()) {
                continue;
            }
            let col_names: Vec<&str> = idx.columns.iter().map(|c| c.name.as_str()).collect();
            let default_name = index_name(
                &t.name.name,
                &col_names,
                if idx.unique { "_key" } else { "_idx" },
            );
            let map = (idx.name != default_name).then(|| format!("map: {}", psl_string(&idx.name)));
            if idx.unique
                && idx.columns.len() == 1
                && idx.method == IndexMethod::BTree
                && idx.predicate.is_none()
                && idx.columns[0].opclass.is_none()
                && !field_unique.contains_key(col_names[0])
            {
                let mut args = Vec::new();
                if idx.columns[0].sort == Some(SortOrder::Desc) {
                    args.push("sort: Desc".to_string());
                }
                args.extend(map);
                let attr = if args.is_empty() {
                    "@unique".to_string()
                } else {
                    format!("@unique({})", args.join(", "))
                };
                field_unique.insert(col_names[0], attr);
                continue;
            }
            let cols: Vec<String> = idx
                .columns
                .iter()
                .map(|c| {
                    let mut args = Vec::new();
                    if c.sort == Some(SortOrder::Desc) {
                        args.push("sort: Desc".to_string());
                    }
                    if let Some(op) = &c.opclass {
                        args.push(format!("ops: {}", opclass_psl(op)));
                    }
                    let name = field_of(&c.name).unwrap_or_default();
                    if args.is_empty() {
                        name
                    } else {
                        format!("{name}({})", args.join(", "))
                    }
                })
                .collect();
            let mut args = vec![format!("[{}]", cols.join(", "))];
            if let Some(n) = prev.and_then(|p| p.unique_names.get(&idx.name)) {
                args.push(format!("name: {}", psl_string(n)));
            }
            args.extend(map);
            if idx.method != IndexMethod::BTree {
                args.push(format!("type: {}", method_psl(idx.method)));
            }
            if let Some(p) = &idx.predicate {
                self.needs_partial_indexes = true;
                args.push(format!("where: raw({})", psl_string(p)));
            }
            let kw = if idx.unique { "@@unique" } else { "@@index" };
            block_indexes.push(format!("{kw}({})", args.join(", ")));
        }

        for c in &t.columns {
            let Some(name) = field_of(&c.name) else {
                continue;
            };
            let pf = prev.and_then(|p| p.fields.get(&c.name));
            let (base, native) = self.scalar_type(&c.ty, enum_names);
            let unsupported = matches!(c.ty.base, SqlType::Other(_));
            let ty = if c.ty.array && !unsupported {
                format!("{base}[]")
            } else if c.nullable {
                format!("{base}?")
            } else {
                base
            };
            let mut attrs = Vec::new();
            if single_pk == Some(c.name.as_str()) {
                let pk = t.primary_key.as_ref().expect("single_pk");
                if pk.name == primary_key_name(&t.name.name) {
                    attrs.push("@id".to_string());
                } else {
                    attrs.push(format!("@id(map: {})", psl_string(&pk.name)));
                }
            }
            if let Some(u) = field_unique.get(c.name.as_str()) {
                attrs.push(u.clone());
            }
            match self.default_attr(t, c, enum_names) {
                Some(d) => attrs.push(d),
                None => {
                    if let Some(d) = pf.and_then(|p| p.client_default.as_ref()) {
                        attrs.push(format!("@default({d})"));
                    }
                }
            }
            if pf.is_some_and(|p| p.updated_at) {
                attrs.push("@updatedAt".into());
            }
            if name != c.name {
                attrs.push(format!("@map({})", psl_string(&c.name)));
            }
            if let Some(n) = native {
                attrs.push(format!("@db.{n}"));
            }
            if pf.is_some_and(|p| p.ignored) {
                attrs.push("@ignore".into());
            }
            fields.push(FieldOut { name, ty, attrs });
        }

        if let Some(pk) = t.primary_key.as_ref().filter(|pk| pk.columns.len() > 1) {
            let cols: Vec<String> = pk
                .columns
                .iter()
                .map(|c| field_of(c).unwrap_or_default())
                .collect();
            let mut args = vec![format!("[{}]", cols.join(", "))];
            if let Some(n) = prev.and_then(|p| p.id_name.as_ref()) {
                args.push(format!("name: {}", psl_string(n)));
            }
            if pk.name != primary_key_name(&t.name.name) {
                args.push(format!("map: {}", psl_string(&pk.name)));
            }
            block_attrs.push(format!("@@id({})", args.join(", ")));
        }
        block_attrs.extend(block_indexes);
        if info.name != t.name.name {
            block_attrs.push(format!("@@map({})", psl_string(&t.name.name)));
        }
        if prev.is_some_and(|p| p.ignored) {
            block_attrs.push("@@ignore".into());
        } else if t.primary_key.is_none()
            && !t.indexes.iter().any(|i| {
                i.unique
                    && i.predicate.is_none()
                    && i.columns.iter().all(|c| {
                        !c.expression && t.column(&c.name).is_some_and(|col| !col.nullable)
                    })
            })
        {
            // Prisma's rule: a model without a unique criteria is kept, but ignored by the client.
            self.warnings.push(format!(
                "table `{}` has no primary key or unique index on required columns: its model is marked @@ignore",
                t.name.name
            ));
            block_attrs.push("@@ignore".into());
        }
        ModelOut {
            name: info.name.clone(),
            position: prev.map(|p| p.position),
            fields,
            block_attrs,
        }
    }

    /// The field type and the `@db.` attribute (without `@db.`) of a column type.
    fn scalar_type(
        &self,
        ty: &ColumnType,
        enum_names: &HashMap<&QualifiedName, (String, HashMap<String, String>)>,
    ) -> (String, Option<String>) {
        use SqlType as T;
        let with = |name: &str, arg: &Option<u32>| match arg {
            Some(n) => format!("{name}({n})"),
            None => name.to_string(),
        };
        let (base, native): (&str, Option<String>) = match &ty.base {
            T::Text => ("String", None),
            T::VarChar(n) => ("String", Some(with("VarChar", n))),
            T::Char(n) => ("String", Some(with("Char", n))),
            T::SmallInt => ("Int", Some("SmallInt".into())),
            T::Integer => ("Int", None),
            T::BigInt => ("BigInt", None),
            T::Real => ("Float", Some("Real".into())),
            T::DoublePrecision => ("Float", None),
            T::Decimal(Some((65, 30))) => ("Decimal", None),
            T::Decimal(Some((p, s))) => ("Decimal", Some(format!("Decimal({p}, {s})"))),
            T::Decimal(None) => ("Decimal", Some("Decimal".into())),
            T::Money => ("Decimal", Some("Money".into())),
            T::Boolean => ("Boolean", None),
            T::Timestamp(Some(3)) => ("DateTime", None),
            T::Timestamp(n) => ("DateTime", Some(with("Timestamp", n))),
            T::Timestamptz(n) => ("DateTime", Some(with("Timestamptz", n))),
            T::Date => ("DateTime", Some("Date".into())),
            T::Time(n) => ("DateTime", Some(with("Time", n))),
            T::Timetz(n) => ("DateTime", Some(with("Timetz", n))),
            T::Json => ("Json", Some("Json".into())),
            T::Jsonb => ("Json", None),
            T::ByteA => ("Bytes", None),
            T::Uuid => ("String", Some("Uuid".into())),
            T::Inet => ("String", Some("Inet".into())),
            T::Citext => ("String", Some("Citext".into())),
            T::Xml => ("String", Some("Xml".into())),
            T::Bit(n) => ("String", Some(with("Bit", n))),
            T::VarBit(n) => ("String", Some(with("VarBit", n))),
            T::Oid => ("Int", Some("Oid".into())),
            T::Enum(q) => {
                return match enum_names.get(q) {
                    Some((name, _)) => (name.clone(), None),
                    None => (format!("Unsupported({})", psl_string(&q.name)), None),
                }
            }
            T::Other(raw) => {
                let raw = if ty.array {
                    format!("{raw}[]")
                } else {
                    raw.clone()
                };
                return (format!("Unsupported({})", psl_string(&raw)), None);
            }
        };
        (base.to_string(), native)
    }

    fn default_attr(
        &mut self,
        t: &Table,
        c: &Column,
        enum_names: &HashMap<&QualifiedName, (String, HashMap<String, String>)>,
    ) -> Option<String> {
        if c.auto_increment || c.identity.is_some() {
            return Some("@default(autoincrement())".into());
        }
        let value = match c.default.as_ref()? {
            ColumnDefault::Now => match c.ty.base {
                SqlType::Timestamp(_)
                | SqlType::Timestamptz(_)
                | SqlType::Date
                | SqlType::Time(_)
                | SqlType::Timetz(_)
                    if !c.ty.array =>
                {
                    "now()".to_string()
                }
                _ => "dbgenerated(\"CURRENT_TIMESTAMP\")".to_string(),
            },
            ColumnDefault::Sequence(_) => "autoincrement()".to_string(),
            ColumnDefault::Expression(e) => format!("dbgenerated({})", psl_string(e)),
            ColumnDefault::Value(v) => {
                if matches!(c.ty.base, SqlType::Other(_)) {
                    self.warnings.push(format!(
                        "the default of `{}`.`{}` (an unsupported type) cannot be represented; left out",
                        t.name.name, c.name
                    ));
                    return None;
                }
                let labels = match &c.ty.base {
                    SqlType::Enum(q) => enum_names.get(q).map(|(_, l)| l),
                    _ => None,
                };
                literal(v, &c.ty.base, labels)?
            }
        };
        Some(format!("@default({value})"))
    }

    fn relations(&mut self, infos: &[ModelInfo], joins: &[JoinTable], outs: &mut [ModelOut]) {
        struct Inline<'b> {
            from: usize,
            to: usize,
            fk: &'b ForeignKey,
        }
        let index_of = |q: &QualifiedName| infos.iter().position(|i| &i.table.name == q);
        let mut inline = Vec::new();
        for (from, info) in infos.iter().enumerate() {
            for fk in &info.table.foreign_keys {
                let Some(to) = index_of(&fk.referenced_table) else {
                    self.warnings.push(format!(
                        "foreign key `{}` of `{}` references a table that is not a model; left out",
                        fk.name, info.table.name.name
                    ));
                    continue;
                };
                let cols_ok = fk
                    .columns
                    .iter()
                    .all(|c| info.fields.contains_key(c.as_str()))
                    && fk
                        .referenced_columns
                        .iter()
                        .all(|c| infos[to].fields.contains_key(c.as_str()));
                if !cols_ok {
                    continue;
                }
                inline.push(Inline { from, to, fk });
            }
        }
        let pair = |a: usize, b: usize| (a.min(b), a.max(b));
        let mut pair_count: HashMap<(usize, usize), usize> = HashMap::new();
        for r in &inline {
            *pair_count.entry(pair(r.from, r.to)).or_default() += 1;
        }
        let mut m2m_pair_count: HashMap<(usize, usize), usize> = HashMap::new();
        for j in joins {
            *m2m_pair_count.entry(pair(j.a, j.b)).or_default() += 1;
        }

        // (model, field, position key) — forward fields first, then back fields, then m-n.
        let mut pending: Vec<(usize, u8, String, FieldOut, String)> = Vec::new();
        for r in &inline {
            let from = &infos[r.from];
            let to = &infos[r.to];
            let (fname, tname) = (&from.name, &to.name);
            let self_rel = r.from == r.to;
            let ambiguous = pair_count[&pair(r.from, r.to)] > 1;
            let prev = self.prev.and_then(|p| {
                p.inline
                    .get(&(from.table.name.name.clone(), r.fk.columns.clone()))
            });
            let (rel_name, forward, back) = match prev {
                Some(p) => (p.name.clone(), p.forward.clone(), p.back.clone()),
                None if ambiguous => {
                    let name = format!("{fname}_{}To{tname}", r.fk.columns.join("_"));
                    let fwd = format!("{tname}_{name}");
                    let back = if self_rel {
                        format!("other_{fname}_{name}")
                    } else {
                        format!("{fname}_{name}")
                    };
                    (Some(name), fwd, back)
                }
                None if self_rel => (
                    Some(format!("{fname}To{tname}")),
                    tname.clone(),
                    format!("other_{fname}"),
                ),
                None => (None, tname.clone(), fname.clone()),
            };
            let optional =
                r.fk.columns
                    .iter()
                    .any(|c| from.table.column(c).is_none_or(|col| col.nullable));
            let one_to_one = is_unique_set(from.table, &r.fk.columns);
            let cols: Vec<String> =
                r.fk.columns
                    .iter()
                    .map(|c| from.fields[c.as_str()].clone())
                    .collect();
            let refs: Vec<String> =
                r.fk.referenced_columns
                    .iter()
                    .map(|c| to.fields[c.as_str()].clone())
                    .collect();
            let mut args = Vec::new();
            if let Some(n) = &rel_name {
                args.push(psl_string(n));
            }
            args.push(format!("fields: [{}]", cols.join(", ")));
            args.push(format!("references: [{}]", refs.join(", ")));
            let default_delete = if optional {
                ForeignKeyAction::SetNull
            } else {
                ForeignKeyAction::Restrict
            };
            if r.fk.on_delete != default_delete {
                args.push(format!("onDelete: {}", action_psl(r.fk.on_delete)));
            }
            if r.fk.on_update != ForeignKeyAction::Cascade {
                args.push(format!("onUpdate: {}", action_psl(r.fk.on_update)));
            }
            let col_refs: Vec<&str> = r.fk.columns.iter().map(String::as_str).collect();
            if r.fk.name != foreign_key_name(&from.table.name.name, &col_refs) {
                args.push(format!("map: {}", psl_string(&r.fk.name)));
            }
            let relation_label = rel_name
                .clone()
                .unwrap_or_else(|| default_relation_name(fname, tname));
            pending.push((
                r.from,
                0,
                r.fk.name.clone(),
                FieldOut {
                    name: forward,
                    ty: format!("{tname}{}", if optional { "?" } else { "" }),
                    attrs: vec![format!("@relation({})", args.join(", "))],
                },
                relation_label.clone(),
            ));
            pending.push((
                r.to,
                1,
                format!("{fname}\u{0}{}", r.fk.name),
                FieldOut {
                    name: back,
                    ty: format!("{fname}{}", if one_to_one { "?" } else { "[]" }),
                    attrs: rel_name
                        .iter()
                        .map(|n| format!("@relation({})", psl_string(n)))
                        .collect(),
                },
                relation_label,
            ));
        }
        for j in joins {
            let (a, b) = (&infos[j.a].name, &infos[j.b].name);
            let table_name = &j.table.name.name;
            let rel = table_name[1..].to_string();
            let prev = self.prev.and_then(|p| p.many_to_many.get(table_name));
            let needs_name = rel != default_relation_name(a, b)
                || m2m_pair_count[&pair(j.a, j.b)] > 1
                || pair_count.contains_key(&pair(j.a, j.b));
            let (rel_name, fa, fb) = match prev {
                Some(p) => (
                    p.name.clone().or_else(|| needs_name.then(|| rel.clone())),
                    p.forward.clone(),
                    p.back.clone(),
                ),
                None => {
                    let name = needs_name.then(|| rel.clone());
                    if j.a == j.b {
                        (name, format!("{a}_A"), format!("{b}_B"))
                    } else {
                        (name, b.clone(), a.clone())
                    }
                }
            };
            let attrs: Vec<String> = rel_name
                .iter()
                .map(|n| format!("@relation({})", psl_string(n)))
                .collect();
            pending.push((
                j.a,
                2,
                table_name.clone(),
                FieldOut {
                    name: fa,
                    ty: format!("{b}[]"),
                    attrs: attrs.clone(),
                },
                rel.clone(),
            ));
            pending.push((
                j.b,
                2,
                format!("{table_name}\u{0}B"),
                FieldOut {
                    name: fb,
                    ty: format!("{a}[]"),
                    attrs,
                },
                rel,
            ));
        }
        pending.sort_by(|x, y| (x.0, x.1, &x.2).cmp(&(y.0, y.1, &y.2)));
        for (model, _, _, mut field, relation) in pending {
            let out = &mut outs[model];
            if out.has_field(&field.name) {
                let base = format!("{}_{relation}", field.name);
                let mut name = base.clone();
                let mut n = 1;
                while out.has_field(&name) {
                    name = format!("{base}_{n}");
                    n += 1;
                }
                field.name = name;
            }
            out.fields.push(field);
        }
    }
}

/// `_Name` with exactly the columns `A` and `B`, unique together: an implicit join table.
fn is_join_table_shape(t: &Table) -> bool {
    let cols: Vec<&str> = t.columns.iter().map(|c| c.name.as_str()).collect();
    t.name.name.starts_with('_')
        && t.name.name.len() > 1
        && cols == ["A", "B"]
        && is_unique_set(t, &["A".to_string(), "B".to_string()])
        && t.foreign_keys.iter().any(|f| f.columns == ["A"])
        && t.foreign_keys.iter().any(|f| f.columns == ["B"])
}

/// Whether `cols` (as a set) are the primary key or a full unique index of `t`.
fn is_unique_set(t: &Table, cols: &[String]) -> bool {
    let same = |other: &mut dyn Iterator<Item = &str>| {
        let other: HashSet<&str> = other.collect();
        other.len() == cols.len() && cols.iter().all(|c| other.contains(c.as_str()))
    };
    t.primary_key
        .as_ref()
        .is_some_and(|pk| same(&mut pk.columns.iter().map(String::as_str)))
        || t.indexes.iter().any(|i| {
            i.unique
                && i.predicate.is_none()
                && !i.columns.iter().any(|c| c.expression)
                && same(&mut i.columns.iter().map(|c| c.name.as_str()))
        })
}

/// Prisma's default relation name: the two model names sorted, joined by `To`.
fn default_relation_name(a: &str, b: &str) -> String {
    if a <= b {
        format!("{a}To{b}")
    } else {
        format!("{b}To{a}")
    }
}

fn action_psl(a: ForeignKeyAction) -> &'static str {
    match a {
        ForeignKeyAction::NoAction => "NoAction",
        ForeignKeyAction::Restrict => "Restrict",
        ForeignKeyAction::Cascade => "Cascade",
        ForeignKeyAction::SetNull => "SetNull",
        ForeignKeyAction::SetDefault => "SetDefault",
    }
}

fn method_psl(m: IndexMethod) -> &'static str {
    match m {
        IndexMethod::BTree => "BTree",
        IndexMethod::Hash => "Hash",
        IndexMethod::Gist => "Gist",
        IndexMethod::Gin => "Gin",
        IndexMethod::SpGist => "SpGist",
        IndexMethod::Brin => "Brin",
    }
}

/// An operator class as PSL names it (`jsonb_path_ops` → `JsonbPathOps`), else `raw("...")`.
fn opclass_psl(sql: &str) -> String {
    justify_psl::native::OPERATOR_CLASSES
        .iter()
        .find(|p| justify_psl::native::operator_class_sql(p) == sql)
        .map_or_else(|| format!("raw({})", psl_string(sql)), |p| p.to_string())
}

/// A constant default as a PSL literal for a column of type `base`.
fn literal(
    v: &SqlValue,
    base: &SqlType,
    labels: Option<&HashMap<String, String>>,
) -> Option<String> {
    Some(match v {
        SqlValue::Array(items) => format!(
            "[{}]",
            items
                .iter()
                .map(|i| literal(i, base, labels))
                .collect::<Option<Vec<_>>>()?
                .join(", ")
        ),
        SqlValue::Boolean(b) => b.to_string(),
        SqlValue::Number(n) => n.clone(),
        SqlValue::EnumValue(label) => labels?.get(label)?.clone(),
        SqlValue::String(s) => match base {
            SqlType::Timestamp(_) | SqlType::Timestamptz(_) | SqlType::Date => {
                psl_string(&rfc3339(s).unwrap_or_else(|| s.clone()))
            }
            SqlType::ByteA => match s.strip_prefix("\\x").and_then(hex_decode) {
                Some(bytes) => psl_string(&base64_encode(&bytes)),
                None => psl_string(s),
            },
            _ => psl_string(s),
        },
    })
}

/// `2024-01-01 00:00:00.500 +02:00` (lowering's spelling) → `2024-01-01T00:00:00.500+02:00`.
fn rfc3339(s: &str) -> Option<String> {
    let (date_time, offset) = s.rsplit_once(' ')?;
    let (date, time) = date_time.split_once(' ')?;
    let ok_offset = offset.len() == 6 && matches!(offset.as_bytes()[0], b'+' | b'-');
    (date.len() == 10 && time.len() >= 8 && ok_offset).then(|| format!("{date}T{time}{offset}"))
}

fn hex_decode(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

fn base64_encode(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A PSL string literal (JSON escapes, as the parser reads them).
fn psl_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn is_identifier(s: &str) -> bool {
    sanitize(s) == s
}

/// Prisma's sanitising of database names: leading characters other than ASCII letters are
/// dropped, every other character but `[A-Za-z0-9_]` becomes `_`.
pub fn sanitize(name: &str) -> String {
    name.trim_start_matches(|c: char| !c.is_ascii_alphabetic())
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Model and enum names Prisma reserves (the scalar types) get a `Renamed` prefix.
fn rename_reserved(name: String) -> String {
    let reserved = psl::ScalarType::from_name(&name).is_some() || name == "Unsupported";
    if reserved {
        format!("Renamed{name}")
    } else {
        name
    }
}

// Prisma's default constraint names (as the validator computes them), cut to 63 bytes.

fn floor_char_boundary(s: &str, mut index: usize) -> usize {
    if index >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(index) {
        index -= 1;
    }
    index
}

fn primary_key_name(table: &str) -> String {
    let limit = psl::MAX_IDENTIFIER_LENGTH;
    let t = &table[..floor_char_boundary(table, limit - 5)];
    format!("{t}_pkey")
}

fn index_name(table: &str, columns: &[&str], suffix: &str) -> String {
    let limit = psl::MAX_IDENTIFIER_LENGTH;
    let mut out = format!("{table}_{}", columns.join("_"));
    if out.len() >= limit - suffix.len() {
        let cut = floor_char_boundary(&out, limit - suffix.len());
        out.truncate(cut);
    }
    out.push_str(suffix);
    out
}

fn foreign_key_name(table: &str, columns: &[&str]) -> String {
    let limit = psl::MAX_IDENTIFIER_LENGTH;
    let mut joined = format!("{table}_{}", columns.join("_"));
    if joined.len() >= limit - 5 {
        let cut = floor_char_boundary(&joined, limit - 5);
        joined.truncate(cut);
    }
    format!("{joined}_fkey")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitizes_like_prisma() {
        assert_eq!(sanitize("users"), "users");
        assert_eq!(sanitize("1st-table"), "st_table");
        assert_eq!(sanitize("pending-review"), "pending_review");
        assert_eq!(sanitize("_CategoryToPost"), "CategoryToPost");
        assert_eq!(sanitize("123"), "");
    }

    #[test]
    fn literals_round_trip_lowering_spelling() {
        assert_eq!(
            rfc3339("2024-01-01 00:00:00 +00:00").as_deref(),
            Some("2024-01-01T00:00:00+00:00")
        );
        assert_eq!(base64_encode(b"Hello"), "SGVsbG8=");
        assert_eq!(base64_encode(b"Hi"), "SGk=");
        assert_eq!(base64_encode(b"abc"), "YWJj");
        assert_eq!(hex_decode("48656c6c6f").as_deref(), Some(&b"Hello"[..]));
        assert_eq!(psl_string("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"");
        assert_eq!(opclass_psl("jsonb_path_ops"), "JsonbPathOps");
        assert_eq!(opclass_psl("int4_bloom_ops"), "Int4BloomOps");
        assert_eq!(opclass_psl("my_ops"), "raw(\"my_ops\")");
    }

    #[test]
    fn default_constraint_names() {
        assert_eq!(primary_key_name("users"), "users_pkey");
        assert_eq!(index_name("users", &["a", "b"], "_key"), "users_a_b_key");
        assert_eq!(
            foreign_key_name("Post", &["authorId"]),
            "Post_authorId_fkey"
        );
    }
}
