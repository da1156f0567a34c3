//! AST → [`model::Schema`]: name resolution, relation pairing, attribute checks, database names.
//!
//! Validation runs in passes over the whole schema (names, then fields and attributes, then
//! relations, then constraint names) and records every problem it meets; it never stops at the
//! first. Messages follow Prisma's wording so users recognise them.

use crate::ast::{self, Arity as AstArity, BaseType, ConfigKind, Expr, ModelKind};
use crate::diagnostics::Diagnostics;
use crate::model::*;
use crate::native;
use crate::span::{SourceSet, Span};
// Fx hash (rustc-hash): names are short and hashed often; SipHash was a fifth of validation.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Preview features the current Prisma still knows; others get a warning.
const KNOWN_PREVIEW_FEATURES: &[&str] = &[
    "fullTextSearchPostgres",
    "nativeDistinct",
    "partialIndexes",
    "postgresqlExtensions",
    "relationJoins",
    "schemaEngineDriverAdapters",
    "shardKeys",
    "strictUndefinedChecks",
    "typedSql",
    "views",
];

/// Preview features that became generally available or were removed: accepted with a warning.
const RETIRED_PREVIEW_FEATURES: &[&str] = &[
    "multiSchema",
    "fullTextIndex",
    "fullTextSearch",
    "driverAdapters",
    "omitApi",
    "prismaSchemaFolder",
    "metrics",
    "tracing",
    "interactiveTransactions",
    "referentialIntegrity",
    "referentialActions",
    "namedConstraints",
    "improvedQueryRaw",
    "extendedIndexes",
    "filteredRelationCount",
    "orderByNulls",
    "fieldReference",
    "clientExtensions",
    "deno",
    "jsonProtocol",
    "extendedWhereUnique",
    "filterJson",
    "nApi",
    "dataProxy",
    "microsoftSqlServer",
    "mongoDb",
    "orderByRelation",
    "orderByAggregateGroup",
    "selectRelationCount",
    "uncheckedScalarInputs",
    "groupBy",
    "createMany",
    "distinct",
    "connectOrCreate",
    "transactionApi",
    "aggregateApi",
    "atomicNumberOperations",
    "insensitiveFilters",
    "middlewares",
    "cockroachdb",
    "relationJoins",
    "nativeTypes",
    "nativeDistinct",
    "postgresqlExtensions",
    "views",
    "partialIndexes",
];

/// Names the generated clients reserve (Prisma's list, which our Rust client honours as well).
const RESERVED_MODEL_NAMES: &[&str] = &[
    "PrismaClient",
    "Prisma",
    "async",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

const FIELD_ATTRIBUTES: &[&str] = &[
    "id",
    "unique",
    "default",
    "updatedAt",
    "map",
    "relation",
    "ignore",
    "shardKey",
];
const MODEL_ATTRIBUTES: &[&str] = &[
    "id", "unique", "index", "map", "ignore", "schema", "fulltext", "shardKey",
];

pub(crate) fn validate(
    asts: &[ast::SchemaFile],
    sources: &SourceSet,
    diags: &mut Diagnostics,
) -> Schema {
    let _ = sources;
    let mut v = Validator {
        diags,
        schema: Schema::default(),
        ast_models: Vec::new(),
        ast_enums: Vec::new(),
        preview: Vec::new(),
        rel_args: Vec::new(),
        ends: Vec::new(),
        dup_columns: Vec::new(),
        field_index: FieldIndex::default(),
    };
    v.collect_tops(asts);
    v.configs(asts);
    v.enums();
    v.models();
    v.relations();
    v.model_checks();
    v.check_ops();
    v.check_ignored_targets();
    v.constraint_names();
    v.schema
}

struct Validator<'a, 'd> {
    diags: &'d mut Diagnostics,
    schema: Schema,
    ast_models: Vec<&'a ast::Model>,
    ast_enums: Vec<&'a ast::Enum>,
    preview: Vec<String>,
    /// `@relation` arguments of every relation field, in model then field order (the order
    /// `relations` meets them in). Kept apart from the fields, which mostly have none.
    rel_args: Vec<RelationArgs<'a>>,
    /// Every relation field, in model then field order.
    ends: Vec<RelEnd>,
    /// Scalar fields whose column another field of their model already has: (model, span,
    /// message), in model then field order.
    dup_columns: Vec<(ModelId, Span, String)>,
    /// Field lookup by name (filled once every model's fields are known).
    field_index: FieldIndex<'a>,
}

/// Finds a model's field by name: a scan for ordinary models, a hash table for big ones. Hub
/// models (`User`, `Shop`) carry a back-relation field per relation that points at them, so
/// scanning them once per such relation grew with the square of the schema.
#[derive(Default)]
struct FieldIndex<'a> {
    /// Per model: `None` when the model is small enough to scan.
    big: Vec<Option<HashMap<&'a str, FieldId>>>,
}

impl FieldIndex<'_> {
    /// Models with more fields than this get a table.
    const SCAN_LIMIT: usize = 24;

    /// The first field of model `m` called `name` (as [`Model::field_id`]).
    fn get(&self, schema: &Schema, m: ModelId, name: &str) -> Option<FieldId> {
        match self.big.get(m) {
            Some(Some(table)) => table.get(name).copied(),
            _ => schema.models[m].field_id(name),
        }
    }
}

#[derive(Default, Clone)]
struct FieldKeys {
    id: Option<KeyArgs>,
    unique: Option<KeyArgs>,
}

#[derive(Default, Clone)]
struct KeyArgs {
    map: Option<String>,
    sort: Option<SortOrder>,
    length: Option<u32>,
    span: Span,
}

fn docs_of(comments: &[ast::Comment]) -> Option<String> {
    let (first, rest) = comments.split_first()?;
    let line =
        |c: &'_ ast::Comment| -> usize { c.text.len() - usize::from(c.text.starts_with(' ')) };
    // One allocation of the final size: `///` lines sit on most fields of real schemas.
    let mut out = String::with_capacity(comments.iter().map(|c| line(c) + 1).sum());
    out.push_str(first.text.strip_prefix(' ').unwrap_or(&first.text));
    for c in rest {
        out.push('\n');
        out.push_str(c.text.strip_prefix(' ').unwrap_or(&c.text));
    }
    Some(out)
}

fn is_scalar_name(name: &str) -> bool {
    ScalarType::from_name(name).is_some()
}

/// Relation info read from `@relation(...)` before pairing.
#[derive(Default, Clone)]
struct RelationArgs<'a> {
    // Borrowed from the syntax tree: one relation field in five carries these.
    name: Option<&'a str>,
    fields: Option<Vec<(&'a str, Span)>>,
    references: Option<Vec<(&'a str, Span)>>,
    on_delete: Option<ReferentialAction>,
    on_update: Option<ReferentialAction>,
    map: Option<&'a str>,
    span: Option<Span>,
}

impl<'a> Validator<'a, '_> {
    fn err(&mut self, span: Span, msg: impl Into<String>) {
        self.diags.error(span, msg);
    }

    fn preview_enabled(&self, f: &str) -> bool {
        self.preview.iter().any(|p| p == f)
    }

    // ------------------------------------------------------------------ pass 1: top-level names
    fn collect_tops(&mut self, asts: &'a [ast::SchemaFile]) {
        let mut seen: HashMap<&'a str, &'static str> = HashMap::default();
        for file in asts {
            for top in &file.tops {
                match top {
                    ast::Top::Model(m) => {
                        let what = match m.kind {
                            ModelKind::Model => "model",
                            ModelKind::View => "view",
                            ModelKind::CompositeType => {
                                self.err(
                                    m.name.span,
                                    format!(
                                        "Error validating composite type \"{}\": Composite types are not supported on Postgres.",
                                        m.name.name
                                    ),
                                );
                                continue;
                            }
                        };
                        if self.check_top_name(&m.name, what, &mut seen) {
                            self.ast_models.push(m);
                        }
                    }
                    ast::Top::Enum(e) if self.check_top_name(&e.name, "enum", &mut seen) => {
                        self.ast_enums.push(e);
                    }
                    _ => {}
                }
            }
        }
    }

    fn check_top_name(
        &mut self,
        name: &'a ast::Ident,
        what: &'static str,
        seen: &mut HashMap<&'a str, &'static str>,
    ) -> bool {
        if let Some(prev) = seen.get(name.name.as_str()) {
            let msg = if *prev == what {
                format!(
                    "The {what} \"{}\" cannot be defined because a {what} with that name already exists.",
                    name.name
                )
            } else {
                format!(
                    "The {what} \"{}\" cannot be defined because a {prev} with that name already exists.",
                    name.name
                )
            };
            self.err(name.span, msg);
            return false;
        }
        if is_scalar_name(&name.name) || name.name == "Unsupported" {
            self.err(
                name.span,
                format!(
                    "\"{}\" is a reserved scalar type name and cannot be used.",
                    name.name
                ),
            );
            return false;
        }
        if what != "enum" && RESERVED_MODEL_NAMES.contains(&name.name.as_str()) {
            self.err(
                name.span,
                format!(
                    "The model name `{}` is invalid. It is a reserved name. Please change it. Read more at https://pris.ly/d/naming-models",
                    name.name
                ),
            );
            return false;
        }
        let kind = match what {
            "enum" => "Enum",
            "view" => "View",
            _ => "Model",
        };
        self.check_identifier(&name.name, name.span, kind);
        seen.insert(&name.name, what);
        true
    }

    // ------------------------------------------------------------------ datasource and generators
    fn configs(&mut self, asts: &'a [ast::SchemaFile]) {
        let mut names: HashMap<(bool, String), Span> = HashMap::default();
        let mut datasources = 0;
        for file in asts {
            for top in &file.tops {
                let ast::Top::Config(c) = top else { continue };
                let is_ds = c.kind == ConfigKind::Datasource;
                if names
                    .insert((is_ds, c.name.name.clone()), c.name.span)
                    .is_some()
                {
                    let what = if is_ds { "datasource" } else { "generator" };
                    self.err(
                        c.name.span,
                        format!(
                            "The {what} \"{}\" cannot be defined because a {what} with that name already exists.",
                            c.name.name
                        ),
                    );
                    continue;
                }
                if is_ds {
                    datasources += 1;
                    if datasources > 1 {
                        self.err(c.name.span, format!("Error validating datasource `{}`: You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.", c.name.name));
                        continue;
                    }
                    self.datasource(c);
                } else {
                    self.generator(c);
                }
            }
        }
    }

    fn config_value(&mut self, e: &Expr) -> ConfigValue {
        match e {
            Expr::String(s, _) => ConfigValue::String(s.clone()),
            Expr::Number(n, _) => ConfigValue::Number(n.clone()),
            Expr::Path(p, _) => ConfigValue::Constant(p.clone()),
            Expr::Array(items, _) => {
                ConfigValue::Array(items.iter().map(|i| self.config_value(i)).collect())
            }
            Expr::Object(..) => {
                self.err(e.span(), "Objects are not valid configuration values.");
                ConfigValue::Constant(String::new())
            }
            Expr::Function(name, args, span) => {
                if name.name == "env" {
                    match args.first().and_then(|a| a.value.as_ref()) {
                        Some(Expr::String(var, _)) if args.len() == 1 => {
                            ConfigValue::Env(var.clone())
                        }
                        _ => {
                            self.err(*span, "The `env` function takes exactly one string argument: the name of an environment variable.");
                            ConfigValue::Function(name.name.clone())
                        }
                    }
                } else {
                    ConfigValue::Function(name.name.clone())
                }
            }
        }
    }

    fn string_or_env(&mut self, kv: &ast::KeyValue) -> Option<ConfigValue> {
        let v = self.config_value(&kv.value);
        match v {
            ConfigValue::String(_) | ConfigValue::Env(_) => Some(v),
            _ => {
                self.err(
                    kv.value.span(),
                    format!(
                        "Expected a String value, but received {} value `{}`.",
                        kv.value.describe(),
                        expr_text(&kv.value)
                    ),
                );
                None
            }
        }
    }

    fn datasource(&mut self, c: &ast::ConfigBlock) {
        let mut ds = Datasource {
            name: c.name.name.clone(),
            provider: String::new(),
            url: None,
            direct_url: None,
            shadow_database_url: None,
            relation_mode: RelationMode::ForeignKeys,
            schemas: Vec::new(),
            extensions: Vec::new(),
            span: c.span,
        };
        let mut seen = HashSet::default();
        for kv in c.properties() {
            if !seen.insert(kv.key.name.as_str()) {
                self.err(
                    kv.key.span,
                    format!(
                        "Key \"{}\" is already defined in source \"{}\".",
                        kv.key.name, c.name.name
                    ),
                );
                continue;
            }
            match kv.key.name.as_str() {
                "provider" => match &kv.value {
                    Expr::String(p, span) => match p.as_str() {
                        "postgresql" | "postgres" => ds.provider = p.clone(),
                        "mysql" | "sqlite" | "sqlserver" | "mongodb" | "cockroachdb" => {
                            self.err(*span, format!("The datasource provider \"{p}\" is not supported by justify-schema, which targets PostgreSQL only. Use \"postgresql\"."));
                            ds.provider = p.clone();
                        }
                        _ => {
                            self.err(*span, format!("Datasource provider not known: \"{p}\"."));
                            ds.provider = p.clone();
                        }
                    },
                    other => self.err(
                        other.span(),
                        format!(
                            "Error validating datasource `{}`: The provider argument in a datasource must be a string literal",
                            c.name.name
                        ),
                    ),
                },
                "url" => ds.url = self.string_or_env(kv),
                "directUrl" => ds.direct_url = self.string_or_env(kv),
                "shadowDatabaseUrl" => ds.shadow_database_url = self.string_or_env(kv),
                "relationMode" | "referentialIntegrity" => match &kv.value {
                    Expr::String(m, span) => match m.as_str() {
                        "foreignKeys" => ds.relation_mode = RelationMode::ForeignKeys,
                        "prisma" => ds.relation_mode = RelationMode::Prisma,
                        _ => self.err(*span, format!("Error validating datasource `relationMode`: Invalid relation mode setting: \"{m}\". Supported values: \"prisma\", \"foreignKeys\"")),
                    },
                    other => self.err(other.span(), format!("Expected a string value, but received {} value `{}`.", other.describe(), expr_text(other))),
                },
                "schemas" => match &kv.value {
                    Expr::Array(items, _) => {
                        for i in items {
                            match i {
                                Expr::String(s, span) => {
                                    if ds.schemas.contains(s) {
                                        self.err(*span, "Duplicated schema names are not allowed");
                                    }
                                    ds.schemas.push(s.clone());
                                }
                                other => self.err(
                                    other.span(),
                                    "Expected a string value in the `schemas` array.",
                                ),
                            }
                        }
                    }
                    other => self.err(other.span(), "Expected an array of strings for `schemas`."),
                },
                "extensions" => match &kv.value {
                    Expr::Array(items, _) => {
                        for i in items {
                            if let Some(ext) = self.extension(i) {
                                ds.extensions.push(ext);
                            }
                        }
                    }
                    other => self.err(other.span(), format!("Expected an array of extensions, but received {} value `{}`.", other.describe(), expr_text(other))),
                },
                _ => self.err(
                    kv.key.span,
                    format!("Property not known: \"{}\".", kv.key.name),
                ),
            }
        }
        if !seen.contains("provider") {
            self.err(
                c.name.span,
                format!(
                    "Argument \"provider\" is missing in data source block \"{}\".",
                    c.name.name
                ),
            );
        }
        self.schema.datasource = Some(ds);
    }

    fn extension(&mut self, e: &Expr) -> Option<Extension> {
        match e {
            Expr::Path(p, _) => Some(Extension {
                name: p.clone(),
                db_name: None,
                schema: None,
                version: None,
            }),
            Expr::Function(name, args, _) => {
                let mut ext = Extension {
                    name: name.name.clone(),
                    db_name: None,
                    schema: None,
                    version: None,
                };
                for a in args {
                    let key = a.name.as_ref().map(|n| n.name.as_str());
                    let val = a.value.as_ref().and_then(|v| v.as_str()).map(String::from);
                    match (key, val) {
                        (Some("map"), Some(v)) => ext.db_name = Some(v),
                        (Some("schema"), Some(v)) => ext.schema = Some(v),
                        (Some("version"), Some(v)) => ext.version = Some(v),
                        _ => self.err(a.span, "Invalid extension argument: expected `map`, `schema` or `version` with a string value."),
                    }
                }
                Some(ext)
            }
            other => {
                self.err(
                    other.span(),
                    format!(
                        "Expected a constant or function value, but received {} value `{}`.",
                        other.describe(),
                        expr_text(other)
                    ),
                );
                None
            }
        }
    }

    fn generator(&mut self, c: &ast::ConfigBlock) {
        let mut g = Generator {
            name: c.name.name.clone(),
            provider: ConfigValue::String(String::new()),
            output: None,
            preview_features: Vec::new(),
            binary_targets: Vec::new(),
            config: Vec::new(),
            docs: docs_of(&c.docs),
            span: c.span,
        };
        let mut has_provider = false;
        let mut seen = HashSet::default();
        for kv in c.properties() {
            if !seen.insert(kv.key.name.as_str()) {
                self.err(
                    kv.key.span,
                    format!(
                        "Key \"{}\" is already defined in generator \"{}\".",
                        kv.key.name, c.name.name
                    ),
                );
                continue;
            }
            match kv.key.name.as_str() {
                "provider" => {
                    has_provider = true;
                    if let Some(v) = self.string_or_env(kv) {
                        g.provider = v;
                    }
                }
                "output" => g.output = self.string_or_env(kv),
                "previewFeatures" => match &kv.value {
                    Expr::Array(items, _) => {
                        for i in items {
                            match i {
                                Expr::String(s, span) => {
                                    if !KNOWN_PREVIEW_FEATURES.contains(&s.as_str()) {
                                        let why = if RETIRED_PREVIEW_FEATURES.contains(&s.as_str()) {
                                            "is no longer a preview feature (it is generally available or was removed); it is ignored"
                                        } else {
                                            "is not a known preview feature; it is ignored"
                                        };
                                        self.diags.warning(*span, format!("Preview feature \"{s}\" {why}."));
                                    }
                                    g.preview_features.push(s.clone());
                                }
                                other => self.err(other.span(), "Expected a string value in `previewFeatures`."),
                            }
                        }
                    }
                    other => self.err(
                        other.span(),
                        format!(
                            "Expected an array of strings for `previewFeatures`, but received {} value `{}`.",
                            other.describe(),
                            expr_text(other)
                        ),
                    ),
                },
                "binaryTargets" => {
                    if let Expr::Array(items, _) = &kv.value {
                        for i in items {
                            if !matches!(i, Expr::String(..) | Expr::Function(..)) {
                                self.err(i.span(), format!("Expected a String value, but received {} value `{}`.", i.describe(), expr_text(i)));
                            }
                        }
                    }
                    let v = self.config_value(&kv.value);
                    match v {
                        ConfigValue::Array(items) => g.binary_targets = items,
                        other => g.binary_targets = vec![other],
                    }
                }
                key => {
                    let v = self.config_value(&kv.value);
                    g.config.push((key.to_string(), v));
                }
            }
        }
        if !has_provider {
            self.err(
                c.name.span,
                format!(
                    "Argument \"provider\" is missing in generator block \"{}\".",
                    c.name.name
                ),
            );
        }
        self.preview.extend(g.preview_features.iter().cloned());
        self.schema.generators.push(g);
    }

    // ------------------------------------------------------------------ enums
    fn enums(&mut self) {
        for e in self.ast_enums.clone() {
            let mut en = Enum {
                name: e.name.name.clone(),
                db_name: e.name.name.clone(),
                schema: None,
                values: Vec::new(),
                docs: docs_of(&e.docs),
                span: e.name.span,
            };
            let mut seen = HashSet::default();
            for v in e.values() {
                if !seen.insert(v.name.name.as_str()) {
                    self.err(
                        v.name.span,
                        format!(
                            "Value \"{}\" is already defined on enum \"{}\".",
                            v.name.name, e.name.name
                        ),
                    );
                    continue;
                }
                self.check_identifier(&v.name.name, v.name.span, "Enum Value");
                let mut db_name = v.name.name.clone();
                for a in &v.attributes {
                    match a.name.name.as_str() {
                        "map" => {
                            if let Some(n) = self.map_arg(a) {
                                db_name = n;
                            }
                        }
                        other => self.err(a.span, format!("Attribute not known: \"@{other}\".")),
                    }
                }
                en.values.push(EnumValue {
                    name: v.name.name.clone(),
                    db_name,
                    docs: docs_of(&v.docs),
                    span: v.name.span,
                });
            }
            if en.values.is_empty() {
                self.err(e.name.span, "An enum must have at least one value.");
            }
            let mut seen_attr = HashSet::default();
            for a in e.attributes() {
                if !seen_attr.insert(a.name.name.as_str()) && a.name.name != "schema" {
                    self.err(
                        a.span,
                        format!("Attribute \"@@{}\" can only be defined once.", a.name.name),
                    );
                    continue;
                }
                match a.name.name.as_str() {
                    "map" => {
                        if let Some(n) = self.map_arg(a) {
                            en.db_name = n;
                        }
                    }
                    "schema" => en.schema = self.schema_arg(a),
                    other => self.err(a.span, format!("Attribute not known: \"@@{other}\".")),
                }
            }
            self.schema.enums.push(en);
        }
    }

    /// `@map("x")` / `@@map("x")` / `@@map(name: "x")`.
    fn map_arg(&mut self, a: &ast::Attribute) -> Option<String> {
        let v = a
            .unnamed()
            .next()
            .or_else(|| a.arg("name"))
            .and_then(|x| x.value.as_ref());
        for arg in &a.args {
            if let Some(n) = &arg.name {
                if n.name != "name" {
                    self.err(
                        arg.span,
                        format!(
                            "No such argument `{}` for attribute \"@{}\".",
                            n.name, a.name.name
                        ),
                    );
                }
            }
        }
        match v {
            Some(Expr::String(s, span)) => {
                if s.is_empty() {
                    self.err(*span, format!("Error parsing attribute \"@{}\": The `name` argument cannot be an empty string.", a.name.name));
                    None
                } else {
                    Some(s.clone())
                }
            }
            Some(other) => {
                self.err(
                    other.span(),
                    format!(
                        "Error parsing attribute \"@{}\": Expected a string value, but received {} value `{}`.",
                        a.name.name,
                        other.describe(),
                        expr_text(other)
                    ),
                );
                None
            }
            None => {
                self.err(
                    a.span,
                    format!(
                        "Error parsing attribute \"@{}\": The argument `name` is missing.",
                        a.name.name
                    ),
                );
                None
            }
        }
    }

    fn schema_arg(&mut self, a: &ast::Attribute) -> Option<String> {
        let v = a.unnamed().next().and_then(|x| x.value.as_ref());
        let Some(Expr::String(s, span)) = v else {
            self.err(a.span, "Error parsing attribute \"@@schema\": Expected a string value with the schema name.");
            return None;
        };
        let ds_schemas: &[String] = self.schema.datasource.as_ref().map_or(&[], |d| &d.schemas);
        let known = ds_schemas.contains(s);
        if ds_schemas.is_empty() {
            self.err(a.span, "This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema");
            return None;
        }
        if !known {
            self.err(*span, "This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema");
            return None;
        }
        Some(s.clone())
    }

    // ------------------------------------------------------------------ models: fields and attributes
    fn models(&mut self) {
        // Register all models first so relation fields can resolve their targets by index.
        for m in self.ast_models.clone() {
            self.schema.models.push(Model {
                name: m.name.name.clone(),
                db_name: m.name.name.clone(),
                schema: None,
                is_view: m.kind == ModelKind::View,
                ignored: false,
                docs: docs_of(&m.docs),
                fields: Vec::new(),
                primary_key: None,
                indexes: Vec::new(),
                span: m.name.span,
            });
        }
        // Names borrowed from the syntax trees (model i is `ast_models[i]`, enum i `ast_enums[i]`).
        let model_ids: HashMap<&'a str, ModelId> = self
            .ast_models
            .iter()
            .enumerate()
            .map(|(i, m)| (m.name.name.as_str(), i))
            .collect();
        let enum_ids: HashMap<&'a str, EnumId> = self
            .ast_enums
            .iter()
            .enumerate()
            .map(|(i, e)| (e.name.name.as_str(), i))
            .collect();
        // One pass, model by model, while each model's syntax tree and fields are in cache:
        // fields, then block attributes (they need the fields), then field-level keys and default
        // constraint names (they need `@@id` and `@@map`). No step reads another model's results,
        // and diagnostics are sorted by position afterwards, so this order shows nowhere.
        let mut rel_args: Vec<RelationArgs<'a>> = Vec::new();
        let mut ends: Vec<RelEnd> = Vec::new();
        let mut dup_columns: Vec<(ModelId, Span, String)> = Vec::new();
        // `@id` / `@unique` arguments of the model's fields that have any.
        let mut keys: Vec<(FieldId, FieldKeys)> = Vec::new();
        let mut seen: HashSet<&'a str> = HashSet::default();
        let mut names: Vec<&'a str> = Vec::new();
        self.field_index.big = Vec::with_capacity(self.ast_models.len());
        for (mid, m) in self.ast_models.clone().into_iter().enumerate() {
            if m.kind == ModelKind::View && !self.preview_enabled("views") {
                self.err(
                    m.name.span,
                    "View definitions are only available with the `views` preview feature.",
                );
            }
            seen.clear();
            names.clear();
            let count = m.fields().count();
            let mut fields = Vec::with_capacity(count);
            for f in m.fields() {
                if !seen.insert(f.name.name.as_str()) {
                    self.err(
                        f.name.span,
                        format!(
                            "Field \"{}\" is already defined on model \"{}\".",
                            f.name.name, m.name.name
                        ),
                    );
                    continue;
                }
                let Some(ty) = &f.ty else { continue };
                self.check_identifier(&f.name.name, f.name.span, "Field");
                let (mut args, mut fkeys) = (None, FieldKeys::default());
                let out = FieldOut {
                    fields: &mut fields,
                    rel: &mut args,
                    keys: &mut fkeys,
                };
                if self.field(m, f, ty, &model_ids, &enum_ids, out) {
                    let fid = fields.len() - 1;
                    let field = &fields[fid];
                    if fkeys.id.is_some() || fkeys.unique.is_some() {
                        keys.push((fid, fkeys));
                    }
                    // Only relation fields have `@relation` arguments (defaults when none).
                    if let (FieldKind::Relation(r), Some(args)) = (&field.kind, args) {
                        ends.push(RelEnd {
                            model: mid,
                            field: fid,
                            target: r.target,
                            args: rel_args.len(),
                        });
                        rel_args.push(args);
                    }
                    names.push(&f.name.name);
                }
            }
            self.schema.models[mid].fields = fields;
            // Two scalar fields on one column: found while the fields are in cache, reported by
            // `model_checks` (where they always were).
            let model = &self.schema.models[mid];
            let mut columns: HashSet<&str> = HashSet::default();
            columns.reserve(model.fields.len());
            for f in model.fields.iter().filter(|f| !f.is_relation()) {
                if !columns.insert(&f.db_name) {
                    let msg = format!(
                        "Field \"{}\" is already defined on model \"{}\".",
                        f.name, model.name
                    );
                    dup_columns.push((mid, f.span, msg));
                }
            }
            let big = (names.len() > FieldIndex::SCAN_LIMIT).then(|| {
                let mut table = HashMap::default();
                table.reserve(names.len());
                for (fid, &name) in names.iter().enumerate() {
                    table.entry(name).or_insert(fid);
                }
                table
            });
            self.field_index.big.push(big);
            self.block_attributes(mid, m);
            self.field_level_indexes(mid, keys.drain(..));
        }
        self.rel_args = rel_args;
        self.ends = ends;
        self.dup_columns = dup_columns;
    }
}

/// Where `field` puts a valid field and its arguments: pushed in place, not returned, as the
/// three together are ~600 bytes and this runs for every field of the schema.
struct FieldOut<'o, 'a> {
    fields: &'o mut Vec<Field>,
    /// `@relation` arguments (defaults when none): set for relation fields only.
    rel: &'o mut Option<RelationArgs<'a>>,
    keys: &'o mut FieldKeys,
}

impl<'a> Validator<'a, '_> {
    fn field(
        &mut self,
        m: &ast::Model,
        f: &'a ast::Field,
        ty: &ast::FieldType,
        model_ids: &HashMap<&str, ModelId>,
        enum_ids: &HashMap<&str, EnumId>,
        out: FieldOut<'_, 'a>,
    ) -> bool {
        let arity = match ty.arity {
            AstArity::Required => Arity::Required,
            AstArity::Optional => Arity::Optional,
            AstArity::List => Arity::List,
            AstArity::OptionalList => {
                self.err(
                    ty.span,
                    format!(
                        "Optional lists are not supported. Use either `Type[]` or `Type?`. Field `{}` on model `{}`.",
                        f.name.name, m.name.name
                    ),
                );
                Arity::List
            }
        };
        let kind = match &ty.base {
            BaseType::Unsupported(raw, _) => FieldKind::Unsupported { raw: raw.clone() },
            BaseType::Named(n) => {
                if let Some(s) = ScalarType::from_name(&n.name) {
                    FieldKind::Scalar { scalar: s }
                } else if let Some(&id) = enum_ids.get(n.name.as_str()) {
                    FieldKind::Enum { id }
                } else if let Some(&target) = model_ids.get(n.name.as_str()) {
                    FieldKind::Relation(RelationField {
                        target,
                        relation: usize::MAX,
                        fields: Vec::new(),
                        references: Vec::new(),
                        on_delete: None,
                        on_update: None,
                        map: None,
                    })
                } else {
                    self.err(
                        n.span,
                        format!(
                            "Type \"{}\" is neither a built-in type, nor refers to another model, composite type, or enum.",
                            n.name
                        ),
                    );
                    return false;
                }
            }
        };
        let mut field = Field {
            name: f.name.name.clone(),
            db_name: f.name.name.clone(),
            kind,
            arity,
            default: None,
            native_type: None,
            updated_at: false,
            ignored: false,
            docs: docs_of(&f.docs),
            span: f.name.span,
        };
        if matches!(
            field.kind,
            FieldKind::Scalar {
                scalar: ScalarType::Json
            }
        ) && arity == Arity::List
        {
            // PostgreSQL supports jsonb[]; Prisma does too.
        }
        let mut rel = None;
        let mut keys = FieldKeys::default();
        // Which of FIELD_ATTRIBUTES were seen, one bit each (no set to allocate per field).
        let mut seen: u32 = 0;
        let mut native_seen = false;
        for a in &f.attributes {
            let name = a.name.name.as_str();
            let is_native = name.contains('.');
            if is_native {
                if native_seen {
                    self.err(
                        a.span,
                        format!("Attribute \"@{name}\" can only be defined once."),
                    );
                    continue;
                }
                native_seen = true;
                self.native_type(m, &mut field, a);
                continue;
            }
            let Some(bit) = FIELD_ATTRIBUTES.iter().position(|&known| known == name) else {
                self.err(a.name.span, format!("Attribute not known: \"@{name}\"."));
                continue;
            };
            let mask = 1u32 << bit;
            if seen & mask != 0 {
                self.err(
                    a.span,
                    format!("Attribute \"@{name}\" can only be defined once."),
                );
                continue;
            }
            seen |= mask;
            if matches!(name, "ignore" | "updatedAt") && a.has_parens {
                if let Some(arg) = a.args.first() {
                    self.err(arg.span, "No such argument.");
                    continue;
                }
            }
            match name {
                "map" => {
                    if field.is_relation() {
                        self.err(a.span, format!("Error parsing attribute \"@map\": The attribute `@map` cannot be used on relation fields. Field `{}` on model `{}`.", field.name, m.name.name));
                    } else if let Some(n) = self.map_arg(a) {
                        field.db_name = n;
                    }
                }
                "ignore" => field.ignored = true,
                "updatedAt" => {
                    if field.kind.scalar() != Some(ScalarType::DateTime) {
                        self.err(a.span, "Fields that are marked with @updatedAt must be of type DateTime.");
                    } else if arity == Arity::List {
                        self.err(a.span, "Fields that are marked with @updatedAt cannot be lists.");
                    } else {
                        field.updated_at = true;
                    }
                }
                "id" | "unique" => {
                    let args = self.key_args(a, &["map", "sort", "length", "clustered"]);
                    if field.is_relation() {
                        self.err(a.span, format!("The field `{}` is a relation field and cannot be marked with `@{name}`. Only scalar fields can be made unique.", field.name));
                        continue;
                    }
                    if name == "id" {
                        if arity != Arity::Required {
                            self.err(a.span, format!("Error parsing attribute \"@id\": Fields that are marked as id must be required. Field `{}` on model `{}`.", field.name, m.name.name));
                        }
                        keys.id = Some(args);
                    } else {
                        keys.unique = Some(args);
                    }
                    if arity == Arity::List {
                        self.err(a.span, format!("Error parsing attribute \"@{name}\": Lists cannot be used in an `@{name}` attribute. Field `{}` on model `{}`.", field.name, m.name.name));
                    }
                    if matches!(field.kind, FieldKind::Unsupported { .. }) {
                        self.err(a.span, format!("Error parsing attribute \"@{name}\": Fields of type `Unsupported` cannot take an `@{name}` attribute."));
                    }
                }
                "default" => {
                    if field.is_relation() {
                        self.err(a.span, "Error parsing attribute \"@default\": Cannot set a default value on a relation field.");
                        continue;
                    }
                    field.default = self.default_attr(a, &field);
                }
                "relation" => {
                    if !field.is_relation() {
                        self.err(a.span, format!("Invalid field type, not a relation. Field `{}` on model `{}` has `@relation`, but `{}` is not a model.", field.name, m.name.name, type_name(ty)));
                        continue;
                    }
                    rel = Some(self.relation_attr(a));
                }
                "shardKey" => self.err(a.span, "Error parsing attribute \"@shardKey\": Defining shard keys requires enabling the `shardKeys` preview feature"),
                _ => {}
            }
        }
        if field.is_relation() && rel.is_none() {
            rel = Some(RelationArgs::default());
        }
        if let (Some(d), Arity::List) = (&field.default, arity) {
            if matches!(d.kind, DefaultKind::Autoincrement | DefaultKind::Now) {
                self.err(f.name.span, "Error parsing attribute \"@default\": list fields cannot have a function default.");
            }
        }
        *out.rel = rel;
        *out.keys = keys;
        out.fields.push(field);
        true
    }

    fn key_args(&mut self, a: &ast::Attribute, allowed: &[&str]) -> KeyArgs {
        let mut k = KeyArgs {
            span: a.span,
            ..Default::default()
        };
        for arg in &a.args {
            let Some(n) = &arg.name else {
                self.err(
                    arg.span,
                    format!(
                        "Error parsing attribute \"@{}\": unexpected unnamed argument.",
                        a.name.name
                    ),
                );
                continue;
            };
            if !allowed.contains(&n.name.as_str()) {
                self.err(
                    arg.span,
                    format!(
                        "Error parsing attribute \"@{}\": No such argument `{}`.",
                        a.name.name, n.name
                    ),
                );
                continue;
            }
            let Some(v) = &arg.value else { continue };
            match n.name.as_str() {
                "map" => match v {
                    Expr::String(s, span) if s.is_empty() => self.err(*span, format!("Error parsing attribute \"@{}\": The `map` argument cannot be an empty string.", a.name.name)),
                    Expr::String(s, _) => k.map = Some(s.clone()),
                    other => self.err(other.span(), format!("Error parsing attribute \"@{}\": Expected a string value, but received {} value `{}`.", a.name.name, other.describe(), expr_text(other))),
                },
                "sort" => k.sort = self.sort_value(v),
                "length" => {
                    self.err(arg.span, "The length argument is not supported in an index definition with the current connector");
                }
                "clustered" => self.err(arg.span, "Defining clustering is not supported in the current connector."),
                _ => {}
            }
        }
        k
    }

    fn sort_value(&mut self, v: &Expr) -> Option<SortOrder> {
        match v.as_path() {
            Some("Asc") => Some(SortOrder::Asc),
            Some("Desc") => Some(SortOrder::Desc),
            _ => {
                self.err(
                    v.span(),
                    format!(
                        "The `sort` argument can only be `Asc` or `Desc` you provided: {}.",
                        expr_text(v)
                    ),
                );
                None
            }
        }
    }

    fn native_type(&mut self, m: &ast::Model, field: &mut Field, a: &ast::Attribute) {
        let (prefix, tname) = a.name.name.split_once('.').unwrap_or(("", ""));
        let ds_name = self.schema.datasource.as_ref().map(|d| d.name.clone());
        if ds_name.as_deref() != Some(prefix) {
            self.err(
                a.name.span,
                format!("The prefix {prefix} is invalid. It must be equal to the name of an existing datasource e.g. {}. Did you mean to use {}.{tname}?", ds_name.clone().unwrap_or_else(|| "db".into()), ds_name.unwrap_or_else(|| "db".into())),
            );
            return;
        }
        let Some(spec) = native::find(tname) else {
            self.err(
                a.name.span,
                format!("Native type {tname} is not supported for postgresql connector."),
            );
            return;
        };
        let mut args = Vec::new();
        for arg in &a.args {
            match &arg.value {
                Some(Expr::Number(n, span)) => match n.parse::<u32>() {
                    Ok(v) => args.push(v),
                    Err(_) => self.err(
                        *span,
                        format!("Expected a nonnegative integer, but found ({n})."),
                    ),
                },
                Some(other) => self.err(
                    other.span(),
                    format!(
                        "Expected a nonnegative integer, but found ({}).",
                        expr_text(other)
                    ),
                ),
                None => {}
            }
        }
        if args.len() < spec.args.0
            || args.len() > spec.args.1
            || (tname == "Decimal" && args.len() == 1)
        {
            let expected = if tname == "Decimal" { 2 } else { spec.args.1 };
            let msg = if expected == 0 {
                format!(
                    "Function \"{tname}\" takes 0 arguments, but received {}.",
                    args.len()
                )
            } else {
                format!(
                    "Native type {tname} takes {expected} optional arguments, but received {}.",
                    args.len()
                )
            };
            self.err(a.span, msg);
            return;
        }
        match &field.kind {
            FieldKind::Scalar { scalar } if *scalar == spec.scalar => {}
            FieldKind::Scalar { scalar } => {
                self.err(a.span, format!("Native type {tname} is not compatible with declared field type {}, expected field type {}.", scalar.as_str(), spec.scalar.as_str()));
                return;
            }
            _ => {
                self.err(
                    a.span,
                    format!(
                        "Native types can only be used on scalar fields. Field `{}` on model `{}`.",
                        field.name, m.name.name
                    ),
                );
                return;
            }
        }
        if native::is_time_precision(tname) {
            if let Some(&p) = args.first() {
                if p > 6 {
                    self.err(a.span, format!("Argument M is out of range for native type `{tname}({p})` of Postgres: M can range from 0 to 6."));
                    return;
                }
            }
        }
        if matches!(tname, "VarChar" | "Char" | "Bit" | "VarBit") && args.first() == Some(&0) {
            self.err(a.span, format!("Argument M is out of range for native type `{tname}(0)` of Postgres: M must be a positive integer."));
            return;
        }
        if tname == "Decimal" {
            if let [p, s] = args[..] {
                if p == 0 || p > 1000 {
                    self.err(a.span, format!("Argument M is out of range for native type `Decimal({p},{s})` of Postgres: Precision must be positive with a maximum value of 1000."));
                    return;
                }
                if s > p {
                    self.err(a.span, format!("The scale must not be larger than the precision for the Decimal({p},{s}) native type in Postgres."));
                    return;
                }
            }
        }
        field.native_type = Some(NativeTypeInstance {
            name: tname.to_string(),
            args,
        });
    }

    fn default_attr(&mut self, a: &ast::Attribute, field: &Field) -> Option<DefaultValue> {
        let mut value = None;
        let map = None;
        for arg in &a.args {
            match arg.name.as_ref().map(|n| n.name.as_str()) {
                None | Some("value") => {
                    if value.is_some() {
                        self.err(arg.span, "Error parsing attribute \"@default\": only one default value can be given.");
                    }
                    value = arg.value.as_ref();
                }
                Some("map") => match &arg.value {
                    Some(Expr::String(s, span)) if s.is_empty() => self.err(*span, "Error parsing attribute \"@default\": The `map` argument cannot be an empty string."),
                    Some(Expr::String(_, span)) => self.err(*span, "Error parsing attribute \"@default\": You defined a database name for the default value of a field on the model. This is not supported by the provider."),
                    Some(o) => self.err(o.span(), "Error parsing attribute \"@default\": `map` expects a string."),
                    None => {}
                },
                Some(other) => self.err(arg.span, format!("Error parsing attribute \"@default\": No such argument `{other}`.")),
            }
        }
        let Some(value) = value else {
            self.err(a.span, "Argument \"value\" is missing.");
            return None;
        };
        let kind = self.default_kind(value, field)?;
        Some(DefaultValue { kind, map })
    }

    fn default_kind(&mut self, e: &Expr, field: &Field) -> Option<DefaultKind> {
        let bad = |me: &mut Self, msg: String| {
            me.err(
                e.span(),
                format!("Error parsing attribute \"@default\": {msg}"),
            );
            None
        };
        if let Expr::Function(name, args, _) = e {
            let scalar = field.kind.scalar();
            let arg0 = args.first().and_then(|a| a.value.as_ref());
            let fname = name.name.as_str();
            let list_bad = field.arity == Arity::List && fname != "dbgenerated";
            if list_bad {
                return bad(
                    self,
                    format!(
                        "The function `{fname}()` cannot be used as a default on a list field."
                    ),
                );
            }
            let fits = |ok: bool, me: &mut Self| -> bool {
                if !ok {
                    // Named only when needed: this runs for every function default.
                    let type_name = field_type_name(field, &me.schema);
                    me.err(e.span(), format!("Error parsing attribute \"@default\": The function `{fname}()` cannot be used on fields of type `{type_name}`."));
                }
                ok
            };
            return match fname {
                "autoincrement" | "now" if !args.is_empty() => bad(self, format!("The `{fname}` function does not take any argument. Consider changing this default to `{fname}()`.")),
                "autoincrement" => fits(matches!(scalar, Some(ScalarType::Int | ScalarType::BigInt)), self).then_some(DefaultKind::Autoincrement),
                "sequence" => bad(self, "Unknown function in @default(): `sequence` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions".into()),
                "now" => fits(scalar == Some(ScalarType::DateTime), self).then_some(DefaultKind::Now),
                "uuid" | "cuid" | "nanoid" | "ulid" => {
                    if !fits(scalar == Some(ScalarType::String), self) {
                        return None;
                    }
                    let n = match arg0 {
                        None => None,
                        Some(Expr::Number(n, _)) => n.parse::<u32>().ok(),
                        Some(other) => return bad(self, format!("`{fname}()` takes a numeric argument, but received {} value `{}`.", other.describe(), expr_text(other))),
                    };
                    match (fname, n) {
                        ("uuid", None | Some(4)) => Some(DefaultKind::Uuid(4)),
                        ("uuid", Some(7)) => Some(DefaultKind::Uuid(7)),
                        ("uuid", Some(v)) => bad(self, format!("`uuid()` takes either no argument, or a single integer argument which is either 4 or 7, but received {v}.")),
                        ("cuid", None | Some(1)) => Some(DefaultKind::Cuid(1)),
                        ("cuid", Some(2)) => Some(DefaultKind::Cuid(2)),
                        ("cuid", Some(v)) => bad(self, format!("`cuid()` takes either no argument, or a single integer argument which is either 1 or 2, but received {v}.")),
                        ("nanoid", Some(v)) if !(2..=255).contains(&v) => bad(self, format!("`nanoid()` takes either no argument, or a single integer argument >= 2 and <= 255, but received {v}.")),
                        ("nanoid", v) => Some(DefaultKind::Nanoid(v)),
                        ("ulid", None) => Some(DefaultKind::Ulid),
                        _ => bad(self, format!("`{fname}()` takes no arguments.")),
                    }
                }
                "dbgenerated" => match arg0 {
                    None => Some(DefaultKind::DbGenerated(None)),
                    Some(Expr::String(s, _)) if !s.trim().is_empty() => Some(DefaultKind::DbGenerated(Some(s.clone()))),
                    Some(Expr::String(..)) => bad(self, "dbgenerated() takes either no argument, or a single nonempty string argument.".into()),
                    Some(_) => bad(self, "`dbgenerated()` takes a single String argument".into()),
                },
                "auto" => bad(self, "The current connector does not support the `auto()` function.".into()),
                other => bad(self, format!("Unknown function in @default(): `{other}` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions")),
            };
        }
        if field.arity == Arity::List {
            let Expr::Array(items, _) = e else {
                return bad(
                    self,
                    "The default value of a list field must be a list.".into(),
                );
            };
            let mut lits = Vec::new();
            for i in items {
                lits.push(self.literal(i, field)?);
            }
            return Some(DefaultKind::Value(Literal::List(lits)));
        }
        if let Expr::Array(..) = e {
            return bad(
                self,
                "The default value of a non-list field cannot be a list.".into(),
            );
        }
        self.literal(e, field).map(DefaultKind::Value)
    }

    fn literal(&mut self, e: &Expr, field: &Field) -> Option<Literal> {
        let fail = |me: &mut Self, expected: &str| {
            me.err(
                e.span(),
                format!(
                    "Error parsing attribute \"@default\": Expected {expected}, but found `{}`.",
                    expr_text(e)
                ),
            );
            None
        };
        let parse_fail = |me: &mut Self, v: &str, what: &str| {
            me.err(
                e.span(),
                format!("Error parsing attribute \"@default\": Parse error: \"{v}\" is not a valid {what}."),
            );
            None
        };
        match &field.kind {
            FieldKind::Enum { id } => {
                let en = &self.schema.enums[*id];
                match e {
                    Expr::Path(p, _) if en.values.iter().any(|v| &v.name == p) => {
                        Some(Literal::Enum(p.clone()))
                    }
                    Expr::Path(..) => {
                        self.err(e.span(), format!("Error parsing attribute \"@default\": The defined default value `{}` is not a valid value of the enum specified for the field.", expr_text(e)));
                        None
                    }
                    _ => fail(self, "an enum value"),
                }
            }
            FieldKind::Scalar { scalar } => match (scalar, e) {
                (ScalarType::String, Expr::String(s, _)) => Some(Literal::String(s.clone())),
                (ScalarType::String, _) => fail(self, "a String value"),
                (ScalarType::Int | ScalarType::BigInt, Expr::Number(n, _)) if !n.contains('.') => {
                    let ok = if *scalar == ScalarType::Int {
                        n.parse::<i32>().is_ok()
                    } else {
                        n.parse::<i64>().is_ok()
                    };
                    if ok {
                        Some(Literal::Number(n.clone()))
                    } else {
                        fail(self, "an integer that fits the type")
                    }
                }
                (ScalarType::Int, Expr::Number(n, _)) => parse_fail(self, n, "integer"),
                (ScalarType::BigInt, Expr::Number(n, _)) => parse_fail(self, n, "integer"),
                (ScalarType::Int, _) => fail(self, "a Int value"),
                (ScalarType::BigInt, _) => fail(self, "a BigInt value"),
                (ScalarType::Float | ScalarType::Decimal, Expr::Number(n, _)) => {
                    Some(Literal::Number(n.clone()))
                }
                (ScalarType::Float, _) => fail(self, "a Float value"),
                (ScalarType::Decimal, _) => fail(self, "a Decimal value"),
                (ScalarType::Boolean, Expr::Path(p, _)) if p == "true" || p == "false" => {
                    Some(Literal::Boolean(p == "true"))
                }
                (ScalarType::Boolean, _) => fail(self, "a Boolean value"),
                (ScalarType::DateTime, Expr::String(s, _)) => {
                    if is_rfc3339(s) {
                        Some(Literal::String(s.clone()))
                    } else {
                        parse_fail(self, s, "rfc3339 datetime string")
                    }
                }
                (ScalarType::DateTime, _) => fail(self, "a date-time value"),
                (ScalarType::Json, Expr::String(s, _)) => {
                    if serde_json::from_str::<serde_json::Value>(s).is_ok() {
                        Some(Literal::String(s.clone()))
                    } else {
                        parse_fail(self, s, "JSON string")
                    }
                }
                (ScalarType::Json, _) => fail(self, "a JSON string"),
                (ScalarType::Bytes, Expr::String(s, _)) => {
                    if is_base64(s) {
                        Some(Literal::String(s.clone()))
                    } else {
                        fail(self, "a base64 string")
                    }
                }
                (ScalarType::Bytes, _) => fail(self, "a base64 string"),
            },
            FieldKind::Unsupported { .. } => {
                self.err(e.span(), "Error parsing attribute \"@default\": Only @default(dbgenerated(\"...\")) can be used for Unsupported types.");
                None
            }
            FieldKind::Relation(_) => None,
        }
    }

    fn relation_attr(&mut self, a: &'a ast::Attribute) -> RelationArgs<'a> {
        let mut r = RelationArgs {
            span: Some(a.span),
            ..Default::default()
        };
        for (i, arg) in a.args.iter().enumerate() {
            let key = match &arg.name {
                Some(n) => n.name.as_str(),
                None if i == 0 => "name",
                None => {
                    self.err(arg.span, "Error parsing attribute \"@relation\": only the first argument may be unnamed (the relation name).");
                    continue;
                }
            };
            let Some(v) = &arg.value else { continue };
            match key {
                "name" => match v {
                    Expr::String(s, _) => r.name = Some(s),
                    o => self.err(o.span(), format!("Error parsing attribute \"@relation\": Expected a string value, but received {} value `{}`.", o.describe(), expr_text(o))),
                },
                "map" => match v {
                    Expr::String(s, _) => r.map = Some(s),
                    o => self.err(o.span(), format!("Error parsing attribute \"@relation\": Expected a string value, but received {} value `{}`.", o.describe(), expr_text(o))),
                },
                "fields" | "references" => {
                    let list = field_list(v).filter(|l| !l.is_empty());
                    match list {
                        Some(l) => {
                            if key == "fields" { r.fields = Some(l) } else { r.references = Some(l) }
                        }
                        None => self.err(v.span(), format!("Error parsing attribute \"@relation\": Expected a list of field names for `{key}`, such as [authorId].")),
                    }
                }
                "onDelete" | "onUpdate" => {
                    let act = v.as_path().and_then(ReferentialAction::from_name);
                    match act {
                        Some(act) => {
                            if key == "onDelete" { r.on_delete = Some(act) } else { r.on_update = Some(act) }
                        }
                        None => self.err(v.span(), format!("Invalid referential action: `{}`. Allowed values: (`Cascade`, `Restrict`, `NoAction`, `SetNull`, `SetDefault`)", expr_text(v))),
                    }
                }
                other => self.err(arg.span, format!("Error parsing attribute \"@relation\": No such argument `{other}`.")),
            }
        }
        r
    }
}

fn type_name(ty: &ast::FieldType) -> String {
    match &ty.base {
        BaseType::Named(n) => n.name.clone(),
        BaseType::Unsupported(r, _) => format!("Unsupported(\"{r}\")"),
    }
}

fn field_type_name(f: &Field, schema: &Schema) -> String {
    match &f.kind {
        FieldKind::Scalar { scalar } => scalar.as_str().to_string(),
        FieldKind::Enum { id } => schema.enums[*id].name.clone(),
        FieldKind::Unsupported { .. } => "Unsupported".to_string(),
        FieldKind::Relation(r) => schema.models[r.target].name.clone(),
    }
}

/// `[a, b]` or a bare `a` → names with spans.
fn field_list(v: &Expr) -> Option<Vec<(&str, Span)>> {
    match v {
        Expr::Array(items, _) => items
            .iter()
            .map(|i| i.as_path().map(|p| (p, i.span())))
            .collect(),
        Expr::Path(p, s) => Some(vec![(p.as_str(), *s)]),
        _ => None,
    }
}

pub(crate) fn valid_identifier(s: &str) -> bool {
    // Bytes, not chars: every byte of a non-ASCII character is >= 0x80 and fails both tests.
    let mut bytes = s.bytes();
    matches!(bytes.next(), Some(c) if c.is_ascii_alphabetic() || c == b'_')
        && bytes.all(|c| c.is_ascii_alphanumeric() || c == b'_')
}

/// The expression as the user wrote it (for messages).
pub(crate) fn expr_text(e: &Expr) -> String {
    match e {
        Expr::String(s, _) => format!("{s:?}"),
        Expr::Number(n, _) | Expr::Path(n, _) => n.clone(),
        Expr::Function(n, args, _) => {
            let a: Vec<String> = args
                .iter()
                .filter_map(|a| a.value.as_ref().map(expr_text))
                .collect();
            format!("{}({})", n.name, a.join(", "))
        }
        Expr::Array(items, _) => format!(
            "[{}]",
            items.iter().map(expr_text).collect::<Vec<_>>().join(", ")
        ),
        Expr::Object(kvs, _) => format!(
            "{{ {} }}",
            kvs.iter()
                .map(|(k, v)| format!("{}: {}", k.name, expr_text(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn is_rfc3339(s: &str) -> bool {
    // YYYY-MM-DDTHH:MM:SS(.fff)?(Z|±HH:MM)
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    if b.len() < 20
        || !digits(0..4)
        || b[4] != b'-'
        || !digits(5..7)
        || b[7] != b'-'
        || !digits(8..10)
    {
        return false;
    }
    if !matches!(b[10], b'T' | b't' | b' ')
        || !digits(11..13)
        || b[13] != b':'
        || !digits(14..16)
        || b[16] != b':'
        || !digits(17..19)
    {
        return false;
    }
    let mut i = 19;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    match b.get(i) {
        Some(b'Z' | b'z') => i + 1 == b.len(),
        Some(b'+' | b'-') => {
            b.len() == i + 6 && digits(i + 1..i + 3) && b[i + 3] == b':' && digits(i + 4..i + 6)
        }
        _ => false,
    }
}

fn is_base64(s: &str) -> bool {
    let body = s.trim_end_matches('=');
    s.len() - body.len() <= 2
        && body
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'+' || c == b'/')
}

/// A key declared on the model (`@@id`, `@@unique`, `@@index`) before names are final.
struct BlockKey {
    kind: &'static str,
    index: Index,
}

impl Validator<'_, '_> {
    fn block_attributes(&mut self, mid: ModelId, m: &ast::Model) {
        let mut seen = HashSet::default();
        let mut keys: Vec<BlockKey> = Vec::new();
        for a in m.attributes() {
            let name = a.name.name.as_str();
            if !MODEL_ATTRIBUTES.contains(&name) {
                self.err(a.name.span, format!("Attribute not known: \"@@{name}\"."));
                continue;
            }
            if matches!(name, "map" | "ignore" | "schema" | "id") && !seen.insert(name) {
                self.err(
                    a.span,
                    format!("Attribute \"@@{name}\" can only be defined once."),
                );
                continue;
            }
            match name {
                "map" => {
                    if let Some(n) = self.map_arg(a) {
                        self.schema.models[mid].db_name = n;
                    }
                }
                "ignore" => self.schema.models[mid].ignored = true,
                "schema" => self.schema.models[mid].schema = self.schema_arg(a),
                "fulltext" => self.err(a.span, "Defining fulltext indexes is not supported with the current connector."),
                "shardKey" => self.err(a.span, "Error parsing attribute \"@@shardKey\": shard keys are not supported on PostgreSQL."),
                "id" | "unique" | "index" => {
                    if let Some(index) = self.block_key(mid, m, a) {
                        keys.push(BlockKey { kind: if name == "id" { "id" } else if name == "unique" { "unique" } else { "index" }, index });
                    }
                }
                _ => {}
            }
        }
        let model = &mut self.schema.models[mid];
        for k in keys {
            if k.kind == "id" {
                model.primary_key = Some(PrimaryKey {
                    name: k.index.name,
                    db_name: k.index.db_name,
                    explicit_db_name: k.index.explicit_db_name,
                    fields: k.index.fields,
                    span: k.index.span,
                });
            } else {
                model.indexes.push(k.index);
            }
        }
    }

    fn block_key(&mut self, mid: ModelId, m: &ast::Model, a: &ast::Attribute) -> Option<Index> {
        let attr = a.name.name.as_str();
        let what = match attr {
            "id" => "id",
            "unique" => "unique",
            _ => "index",
        };
        let mut index = Index {
            kind: if attr == "index" {
                IndexKind::Normal
            } else {
                IndexKind::Unique
            },
            name: None,
            db_name: String::new(),
            explicit_db_name: false,
            fields: Vec::new(),
            algorithm: None,
            where_clause: None,
            on_field: false,
            span: a.span,
        };
        let mut fields_expr = None;
        for arg in &a.args {
            let key = arg.name.as_ref().map(|n| n.name.as_str());
            let Some(v) = &arg.value else { continue };
            match key {
                None | Some("fields") => {
                    if fields_expr.is_some() {
                        self.err(arg.span, "Argument \"fields\" is already specified.");
                    }
                    fields_expr = Some(v);
                }
                Some("name") if attr != "index" => match v {
                    Expr::String(s, _) => {
                        if !valid_identifier(s) {
                            self.err(v.span(), format!("Error parsing attribute \"@@{attr}\": The `name` property within the `@@{attr}` attribute only allows for the following characters: `_a-zA-Z0-9`."));
                        }
                        index.name = Some(s.clone());
                    }
                    o => self.err(o.span(), format!("Error parsing attribute \"@@{attr}\": Expected a string value, but received {} value `{}`.", o.describe(), expr_text(o))),
                },
                Some("map") => match v {
                    Expr::String(s, span) if s.is_empty() => self.err(*span, format!("Error parsing attribute \"@@{attr}\": The `map` argument cannot be an empty string.")),
                    Expr::String(s, _) => {
                        index.db_name = s.clone();
                        index.explicit_db_name = true;
                    }
                    o => self.err(o.span(), format!("Error parsing attribute \"@@{attr}\": Expected a string value, but received {} value `{}`.", o.describe(), expr_text(o))),
                },
                Some("type") if attr == "index" => match v.as_path().and_then(IndexAlgorithm::from_name) {
                    Some(alg) => index.algorithm = Some(alg),
                    None => self.err(v.span(), format!("Error parsing attribute \"@@index\": Unknown index type: {}.", expr_text(v))),
                },
                Some("where") if attr != "id" => {
                    if let Expr::String(..) | Expr::Number(..) | Expr::Array(..) = v {
                        self.err(v.span(), format!("Expected a function value, but received {} value `{}`.", v.describe(), expr_text(v)));
                        continue;
                    }
                    if !self.preview_enabled("partialIndexes") {
                        self.err(arg.span, format!("Error parsing attribute \"@@{attr}\": The `where` argument requires the `partialIndexes` preview feature."));
                    }
                    match v {
                        Expr::Function(f, fargs, _) if f.name == "raw" => match fargs.first().and_then(|x| x.value.as_ref()) {
                            Some(Expr::String(s, _)) if !s.trim().is_empty() => index.where_clause = Some(IndexWhere::Raw(s.clone())),
                            _ => self.err(v.span(), "`raw()` takes one nonempty string: the SQL predicate of the partial index."),
                        },
                        Expr::Object(kvs, _) => index.where_clause = self.where_object(mid, attr, kvs),
                        o => self.err(o.span(), format!("Error parsing attribute \"@{attr}\": The `where` argument must be either a raw() function call or an object literal, but received `{}`.", expr_text(o))),
                    }
                }
                Some("clustered") => self.err(arg.span, "Defining clustering is not supported in the current connector."),
                Some("length") => self.err(arg.span, "The length argument is not supported in an index definition with the current connector"),
                Some(other) => self.err(arg.span, format!("Error parsing attribute \"@@{attr}\": No such argument `{other}`.")),
            }
        }
        let Some(fexpr) = fields_expr else {
            self.err(a.span, "Argument \"fields\" is missing.");
            return None;
        };
        let Expr::Array(items, _) = fexpr else {
            self.err(fexpr.span(), format!("Error parsing attribute \"@@{attr}\": Expected a list of fields, such as [a, b]."));
            return None;
        };
        if items.is_empty() {
            self.err(
                fexpr.span(),
                format!(
                    "Error parsing attribute \"@@{attr}\": {}",
                    if attr == "id" {
                        "The list of fields in an `@@id()` attribute cannot be empty. Please specify at least one field."
                    } else {
                        "The list of fields in an index cannot be empty. Please specify at least one field."
                    }
                ),
            );
            return None;
        }
        let model = &self.schema.models[mid];
        let mut unknown = Vec::new();
        let mut relation_fields = Vec::new();
        let mut resolved = Vec::new();
        let mut problems: Vec<(Span, String)> = Vec::new();
        for item in items {
            let (fname, fargs) = match item {
                Expr::Path(p, _) => (p.as_str(), &[][..]),
                Expr::Function(n, args, _) => (n.name.as_str(), &args[..]),
                o => {
                    problems.push((o.span(), format!("Error parsing attribute \"@@{attr}\": Expected a field name, but received `{}`.", expr_text(o))));
                    continue;
                }
            };
            let Some(fid) = self.field_index.get(&self.schema, mid, fname) else {
                unknown.push(fname.to_string());
                continue;
            };
            let field = &model.fields[fid];
            if field.is_relation() {
                relation_fields.push(fname.to_string());
                continue;
            }
            if resolved.iter().any(|r: &IndexField| r.field == fid) {
                let what = if attr == "index" {
                    "index"
                } else {
                    "unique index"
                };
                problems.push((item.span(), format!("Error validating model \"{}\": The {what} definition refers to the field {fname} multiple times.", model.name)));
                continue;
            }
            let mut ifield = IndexField {
                field: fid,
                sort: None,
                length: None,
                ops: None,
            };
            for fa in fargs {
                let key = fa.name.as_ref().map(|n| n.name.as_str());
                let Some(v) = &fa.value else { continue };
                match key {
                    Some("sort") => match v.as_path() {
                        Some("Asc") => ifield.sort = Some(SortOrder::Asc),
                        Some("Desc") => ifield.sort = Some(SortOrder::Desc),
                        _ => problems.push((v.span(), format!("The `sort` argument can only be `Asc` or `Desc` you provided: {}.", expr_text(v)))),
                    },
                    Some("length") => problems.push((fa.span, "The length argument is not supported in an index definition with the current connector".into())),
                    Some("ops") if attr == "index" => match v {
                        Expr::Path(p, _) if native::OPERATOR_CLASSES.contains(&p.as_str()) => ifield.ops = Some(native::operator_class_sql(p)),
                        Expr::Function(f, fargs2, _) if f.name == "raw" => match fargs2.first().and_then(|x| x.value.as_ref()) {
                            Some(Expr::String(s, _)) => ifield.ops = Some(s.clone()),
                            _ => problems.push((v.span(), "`raw()` takes one string: the operator class.".into())),
                        },
                        o => problems.push((o.span(), format!("Error parsing attribute \"@@index\": Unknown operator class `{}`.", expr_text(o)))),
                    },
                    _ => problems.push((fa.span, format!("Error parsing attribute \"@@{attr}\": Unknown argument for field `{fname}`."))),
                }
            }
            if attr == "id" && field.arity != Arity::Required {
                problems.push((item.span(), format!("Error validating model \"{}\": The id definition refers to the optional field `{fname}`. ID definitions must reference only required fields.", model.name)));
            }
            if attr != "index" && field.arity == Arity::List {
                problems.push((item.span(), format!("Error parsing attribute \"@@{attr}\": Lists cannot be used in an `@@{attr}` attribute. Field `{fname}` on model `{}`.", model.name)));
            }
            resolved.push(ifield);
        }
        for (s, msg) in problems {
            self.err(s, msg);
        }
        if !unknown.is_empty() {
            let msg = match what {
                "id" => format!("Error validating model \"{}\": The multi field id declaration refers to the unknown fields {}.", m.name.name, unknown.join(", ")),
                "unique" => format!("Error validating model \"{}\": The unique index definition refers to the unknown fields: {}.", m.name.name, unknown.join(", ")),
                _ => format!("Error validating model \"{}\": The index definition refers to the unknown fields: {}.", m.name.name, unknown.join(", ")),
            };
            self.err(a.span, msg);
            return None;
        }
        if !relation_fields.is_empty() {
            let what = match what {
                "id" => "id",
                "unique" => "unique index",
                _ => "index",
            };
            self.err(a.span, format!("Error validating model \"{}\": The {what} definition refers to the relation fields {}. Index definitions must reference only scalar fields.", m.name.name, relation_fields.join(", ")));
            return None;
        }
        index.fields = resolved;
        Some(index)
    }

    /// Turns `@id`/`@unique` into keys and computes every default constraint name.
    fn field_level_indexes(
        &mut self,
        mid: ModelId,
        keys: impl Iterator<Item = (FieldId, FieldKeys)>,
    ) {
        let mut field_uniques = Vec::new();
        for (fid, k) in keys {
            if let Some(id) = k.id {
                let model = &self.schema.models[mid];
                if model
                    .primary_key
                    .as_ref()
                    .is_some_and(|pk| pk.fields.len() > 1 || pk.fields[0].field != fid)
                {
                    let msg = if model
                        .primary_key
                        .as_ref()
                        .is_some_and(|pk| pk.span != id.span && model.fields.iter().all(|_| true))
                        && self.schema.models[mid]
                            .primary_key
                            .as_ref()
                            .map(|pk| pk.fields.len())
                            != Some(1)
                    {
                        format!("Error validating model \"{}\": Each model must have at most one id criteria. You can't have `@id` and `@@id` at the same time.", model.name)
                    } else {
                        format!("Error validating model \"{}\": At most one field must be marked as the id field with the `@id` attribute.", model.name)
                    };
                    self.err(id.span, msg);
                } else {
                    let pk = PrimaryKey {
                        name: None,
                        db_name: id.map.clone().unwrap_or_default(),
                        explicit_db_name: id.map.is_some(),
                        fields: vec![IndexField {
                            field: fid,
                            sort: id.sort,
                            length: id.length,
                            ops: None,
                        }],
                        span: id.span,
                    };
                    self.schema.models[mid].primary_key = Some(pk);
                }
            }
            if let Some(u) = k.unique {
                field_uniques.push(Index {
                    kind: IndexKind::Unique,
                    name: None,
                    db_name: u.map.clone().unwrap_or_default(),
                    explicit_db_name: u.map.is_some(),
                    fields: vec![IndexField {
                        field: fid,
                        sort: u.sort,
                        length: u.length,
                        ops: None,
                    }],
                    algorithm: None,
                    where_clause: None,
                    on_field: true,
                    span: u.span,
                });
            }
        }
        let model = &mut self.schema.models[mid];
        field_uniques.append(&mut model.indexes);
        model.indexes = field_uniques;
        if let Some(pk) = &model.primary_key {
            if !pk.explicit_db_name {
                let name = primary_key_name(&model.db_name);
                model.primary_key.as_mut().expect("checked").db_name = name;
            }
        }
        for i in 0..model.indexes.len() {
            let index = &model.indexes[i];
            if !index.explicit_db_name {
                let suffix = match index.kind {
                    IndexKind::Unique => "_key",
                    _ => "_idx",
                };
                let cols = index
                    .fields
                    .iter()
                    .map(|f| model.fields[f.field].db_name.as_str());
                let keep = MAX_IDENTIFIER_LENGTH - suffix.len();
                let name = joined_name(&model.db_name, cols, keep, suffix);
                model.indexes[i].db_name = name;
            }
        }
    }
}

/// Whether the model has an id or a full (not partial) unique constraint on exactly the fields
/// `ids` (as a set: order and repetition do not matter).
fn covers(m: &Model, ids: &[FieldId]) -> bool {
    // Lists here are a handful of fields: scans beat hashing and allocate nothing.
    let distinct = ids
        .iter()
        .enumerate()
        .filter(|&(i, f)| !ids[..i].contains(f))
        .count();
    let same = |fields: &[IndexField]| {
        fields.len() == distinct && fields.iter().all(|f| ids.contains(&f.field))
    };
    m.primary_key.as_ref().is_some_and(|pk| same(&pk.fields))
        || m.indexes
            .iter()
            .any(|i| i.kind == IndexKind::Unique && i.where_clause.is_none() && same(&i.fields))
}

fn floor_char_boundary(s: &str, mut index: usize) -> usize {
    if index >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// `{table}_pkey`, the table part cut so the whole fits PostgreSQL's 63 bytes (as Prisma does).
pub fn primary_key_name(table: &str) -> String {
    let limit = MAX_IDENTIFIER_LENGTH;
    let t = if table.len() >= limit - 5 {
        &table[..floor_char_boundary(table, limit - 5)]
    } else {
        table
    };
    format!("{t}_pkey")
}

/// `{table}_{col1}_{col2}`, cut to `keep` bytes (on a character boundary) once it reaches that
/// length, then `suffix`: the shape of every default constraint name, built in one allocation.
/// Prisma's rule: indexes keep `63 - len("_key" | "_idx")` bytes, foreign keys `63 - len("_fkey")`.
fn joined_name<'c>(
    table: &str,
    columns: impl Iterator<Item = &'c str>,
    keep: usize,
    suffix: &str,
) -> String {
    let mut out = String::with_capacity(MAX_IDENTIFIER_LENGTH + 1);
    out.push_str(table);
    out.push('_');
    for (i, c) in columns.enumerate() {
        if i > 0 {
            out.push('_');
        }
        out.push_str(c);
    }
    if out.len() >= keep {
        let cut = floor_char_boundary(&out, keep);
        out.truncate(cut);
    }
    out.push_str(suffix);
    out
}

/// A relation field before pairing.
#[derive(Clone, Copy)]
struct RelEnd {
    model: ModelId,
    field: FieldId,
    target: ModelId,
    /// Index of the field's `@relation` arguments in `Validator::rel_args`.
    args: usize,
}

impl Validator<'_, '_> {
    fn fname(&self, e: RelEnd) -> &str {
        &self.schema.models[e.model].fields[e.field].name
    }

    fn mname(&self, m: ModelId) -> &str {
        &self.schema.models[m].name
    }

    // ------------------------------------------------------------------ pass: relations
    fn relations(&mut self) {
        // The `@relation` arguments leave `self` for this pass, so groups can borrow their names.
        let rel_args = std::mem::take(&mut self.rel_args);
        let ends = std::mem::take(&mut self.ends);
        // Group by unordered model pair and relation name, keeping source order.
        type GroupKey<'r> = (ModelId, ModelId, Option<&'r str>);
        let mut groups: Vec<(GroupKey, Vec<RelEnd>)> = Vec::new();
        let mut index: HashMap<GroupKey, usize> = HashMap::default();
        index.reserve(ends.len());
        for &e in &ends {
            let name = rel_args.get(e.args).and_then(|r| r.name);
            let key = (e.model.min(e.target), e.model.max(e.target), name);
            let i = *index.entry(key).or_insert_with(|| {
                groups.push((key, Vec::with_capacity(2)));
                groups.len() - 1
            });
            groups[i].1.push(e);
        }
        for ((lo, hi, name), members) in groups {
            if lo == hi {
                self.self_relation_group(&rel_args, name, members);
            } else {
                // The first two ends on each side (a third changes nothing below).
                let side = |m: ModelId| {
                    let mut it = members.iter().copied().filter(move |e| e.model == m);
                    [it.next(), it.next()]
                };
                let (a, b) = (side(lo), side(hi));
                let mut ok = true;
                for side in [a, b] {
                    if let [Some(x), Some(y)] = side {
                        ok = false;
                        let msg = if name.is_none() {
                            format!("Error validating model \"{}\": Ambiguous relation detected. The fields `{}` and `{}` in model `{}` both refer to `{}`. Please provide different relation names for them by adding `@relation(<name>).", self.mname(x.model), self.fname(x), self.fname(y), self.mname(x.model), self.mname(x.target))
                        } else {
                            format!("Error validating model \"{}\": Wrongly named relation detected. The fields `{}` and `{}` in model `{}` both use the same relation name. Please provide different relation names for them through `@relation(<name>).", self.mname(x.model), self.fname(x), self.fname(y), self.mname(x.model))
                        };
                        let span = self.schema.models[y.model].fields[y.field].span;
                        self.err(span, msg);
                    }
                }
                if !ok {
                    continue;
                }
                match (a[0], b[0]) {
                    (Some(x), Some(y)) => self.pair(&rel_args, x, y, name),
                    (Some(x), None) | (None, Some(x)) => self.missing_opposite(x),
                    (None, None) => {}
                }
            }
        }
        self.rel_args = rel_args;
        self.ends = ends;
    }

    fn missing_opposite(&mut self, x: RelEnd) {
        let span = self.schema.models[x.model].fields[x.field].span;
        let msg = format!("Error validating field `{}` in model `{}`: The relation field `{}` on model `{}` is missing an opposite relation field on the model `{}`. Either run `prisma format` or add it manually.", self.fname(x), self.mname(x.model), self.fname(x), self.mname(x.model), self.mname(x.target));
        self.err(span, msg);
    }

    fn self_relation_group(
        &mut self,
        rel_args: &[RelationArgs<'_>],
        name: Option<&str>,
        members: Vec<RelEnd>,
    ) {
        match members.len() {
            1 => self.missing_opposite(members[0]),
            2 => self.pair(rel_args, members[0], members[1], name),
            _ => {
                let (x, y) = (members[0], members[1]);
                let span = self.schema.models[members[2].model].fields[members[2].field].span;
                let msg = if name.is_none() {
                    format!("Error validating model \"{}\": Unnamed self relation detected. The fields `{}`, `{}` and `{}` in model `{}` have no relation name. Please provide a relation name for one of them by adding `@relation(<name>).", self.mname(x.model), self.fname(x), self.fname(y), self.fname(members[2]), self.mname(x.model))
                } else {
                    format!("Error validating model \"{}\": Wrongly named relation detected. The fields `{}` and `{}` in model `{}` both use the same relation name. Please provide different relation names for them through `@relation(<name>).", self.mname(x.model), self.fname(x), self.fname(y), self.mname(x.model))
                };
                self.err(span, msg);
            }
        }
    }

    fn pair(&mut self, rel_args: &[RelationArgs<'_>], x: RelEnd, y: RelEnd, name: Option<&str>) {
        static NO_ARGS: RelationArgs<'static> = RelationArgs {
            name: None,
            fields: None,
            references: None,
            on_delete: None,
            on_update: None,
            map: None,
            span: None,
        };
        // Borrowed, not cloned: this runs once per relation, and hub models have hundreds.
        let ax = rel_args.get(x.args).unwrap_or(&NO_ARGS);
        let ay = rel_args.get(y.args).unwrap_or(&NO_ARGS);
        let schema = &self.schema;
        let diags = &mut *self.diags;
        let mname = |m: ModelId| schema.models[m].name.as_str();
        let fx = &schema.models[x.model].fields[x.field];
        let fy = &schema.models[y.model].fields[y.field];
        let has = |a: &RelationArgs| a.fields.is_some() || a.references.is_some();
        let (kind, referencing, referenced) = match (fx.is_list(), fy.is_list()) {
            (true, true) => {
                for (e, a, f) in [(x, ax, fx), (y, ay, fy)] {
                    if has(a) {
                        let _ = e;
                        diags.error(f.span, "Error validating: Embedded many-to-many relations are not supported on Postgres. Please use the syntax defined in https://pris.ly/d/relational-database-many-to-many");
                        return;
                    }
                }
                for (e, f) in [(x, fx), (y, fy)] {
                    let target = &schema.models[e.target];
                    if target.primary_key.as_ref().map(|pk| pk.fields.len()) != Some(1) {
                        let msg = format!("Error validating field `{}` in model `{}`: The relation field `{}` on Model `{}` references `{}` which does not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship.", f.name, mname(e.model), f.name, mname(e.model), target.name);
                        diags.error(f.span, msg);
                        return;
                    }
                }
                // Column A points at the model whose name sorts first (field name for self-relations).
                let x_first =
                    (mname(x.model), fx.name.as_str()) <= (mname(y.model), fy.name.as_str());
                if x_first {
                    (RelationKind::ManyToMany, x, y)
                } else {
                    (RelationKind::ManyToMany, y, x)
                }
            }
            (false, true) | (true, false) => {
                let (one, many, a_one, a_many, f_one, f_many) = if fy.is_list() {
                    (x, y, ax, ay, fx, fy)
                } else {
                    (y, x, ay, ax, fy, fx)
                };
                if has(a_many) {
                    diags.error(f_many.span, format!("Error parsing attribute \"@relation\": The relation field `{}` on Model `{}` must not specify the `fields` or `references` argument in the @relation attribute. You must only specify it on the opposite field `{}` on model `{}`.", f_many.name, mname(many.model), f_one.name, mname(one.model)));
                    return;
                }
                if a_many.on_delete.is_some() || a_many.on_update.is_some() {
                    diags.error(f_many.span, format!("Error parsing attribute \"@relation\": The relation field `{}` on Model `{}` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `{}` on model `{}`, or in case of a many to many relation, in an explicit join table.", f_many.name, mname(many.model), f_one.name, mname(one.model)));
                    return;
                }
                if a_one.fields.is_none() {
                    diags.error(f_one.span, format!("Error parsing attribute \"@relation\": The relation field `{}` on Model `{}` must specify the `fields` argument in the @relation attribute. You can run `prisma format` to fix this automatically.", f_one.name, mname(one.model)));
                    return;
                }
                (RelationKind::OneToMany, one, many)
            }
            (false, false) => {
                match (has(ax), has(ay)) {
                    (true, true) => {
                        diags.error(fy.span, format!("Error parsing attribute \"@relation\": The relation fields `{}` on Model `{}` and `{}` on Model `{}` both provide the `references` argument in the @relation attribute. You have to provide it only on one of the two fields.", fx.name, mname(x.model), fy.name, mname(y.model)));
                        return;
                    }
                    (false, false) => {
                        diags.error(fx.span, format!("Error parsing attribute \"@relation\": The relation fields `{}` on Model `{}` and `{}` on Model `{}` do not provide the `fields` argument in the @relation attribute. You have to provide it on one of the two fields.", fx.name, mname(x.model), fy.name, mname(y.model)));
                        return;
                    }
                    _ => {}
                }
                let (r, d, fd) = if has(ax) { (x, y, fy) } else { (y, x, fx) };
                if fd.is_required() {
                    diags.error(fd.span, format!("Error parsing attribute \"@relation\": The relation field `{}` on Model `{}` is required. This is not valid because it's not possible to enforce this constraint on the database level. Please change the field type from `{}` to `{}?` to fix this.", fd.name, mname(d.model), mname(d.target), mname(d.target)));
                    return;
                }
                let ad = if has(ax) { ay } else { ax };
                if ad.on_delete.is_some() || ad.on_update.is_some() {
                    let fr = &schema.models[r.model].fields[r.field].name;
                    diags.error(fd.span, format!("Error parsing attribute \"@relation\": The relation field `{}` on Model `{}` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `{}` on model `{}`.", fd.name, mname(d.model), fr, mname(r.model)));
                    return;
                }
                (RelationKind::OneToOne, r, d)
            }
        };
        let rid = schema.relations.len();
        let explicit_name = name.is_some();
        let name = match name {
            Some(n) => n.to_string(),
            None => {
                let (a, b) = (mname(x.model), mname(y.model));
                let (a, b) = if a <= b { (a, b) } else { (b, a) };
                format!("{a}To{b}")
            }
        };
        let mut relation = Relation {
            explicit_name,
            name,
            kind,
            referencing: (referencing.model, referencing.field),
            referenced: (referenced.model, referenced.field),
            on_delete: ReferentialAction::Restrict,
            on_update: ReferentialAction::Cascade,
            fk_name: String::new(),
        };
        if kind != RelationKind::ManyToMany {
            let args = if referencing.model == x.model && referencing.field == x.field {
                ax
            } else {
                ay
            };
            if !self.resolve_fk(referencing, args, kind, &mut relation) {
                return;
            }
        }
        for e in [x, y] {
            if let FieldKind::Relation(r) = &mut self.schema.models[e.model].fields[e.field].kind {
                r.relation = rid;
            }
        }
        self.schema.relations.push(relation);
    }

    /// Resolves `fields`/`references` of the referencing side; false when invalid.
    fn resolve_fk(
        &mut self,
        r: RelEnd,
        args: &RelationArgs<'_>,
        kind: RelationKind,
        relation: &mut Relation,
    ) -> bool {
        let model = &self.schema.models[r.model];
        let target = &self.schema.models[r.target];
        let rf = &model.fields[r.field];
        let span = args.span.unwrap_or(rf.span);
        let (Some(fields), Some(refs)) = (&args.fields, &args.references) else {
            let missing = if args.fields.is_none() {
                "fields"
            } else {
                "references"
            };
            self.diags.error(span, format!("Error parsing attribute \"@relation\": The relation field `{}` on Model `{}` must specify the `{missing}` argument in the @relation attribute.", rf.name, model.name));
            return false;
        };
        // Each name looked up once; the checks below read the results.
        let lookup = |m: ModelId, names: &[(&str, Span)]| -> Vec<Option<FieldId>> {
            (names.iter())
                .map(|(n, _)| self.field_index.get(&self.schema, m, n))
                .collect()
        };
        let (found_fields, found_refs) = (lookup(r.model, fields), lookup(r.target, refs));
        let is_relation =
            |m: &Model, id: Option<FieldId>| id.is_some_and(|i| m.fields[i].is_relation());
        let unknown: Vec<&str> = fields
            .iter()
            .zip(&found_fields)
            .filter(|(_, id)| id.is_none())
            .map(|((n, _), _)| *n)
            .collect();
        if !unknown.is_empty() {
            self.diags.error(span, format!("Error parsing attribute \"@relation\": The argument fields must refer only to existing fields. The following fields do not exist in this model: {}", unknown.join(", ")));
            return false;
        }
        let rel_fields: Vec<&str> = fields
            .iter()
            .zip(&found_fields)
            .filter(|(_, &id)| is_relation(model, id))
            .map(|((n, _), _)| *n)
            .collect();
        if !rel_fields.is_empty() {
            self.diags.error(span, format!("Error parsing attribute \"@relation\": The argument fields must refer only to scalar fields. But it is referencing the following relation fields: {}", rel_fields.join(", ")));
            return false;
        }
        let unknown: Vec<&str> = refs
            .iter()
            .zip(&found_refs)
            .filter(|(_, id)| id.is_none())
            .map(|((n, _), _)| *n)
            .collect();
        if !unknown.is_empty() {
            self.diags.error(span, format!("Error parsing attribute \"@relation\": The argument `references` must refer only to existing fields in the related model `{}`. The following fields do not exist in the related model: {}", target.name, unknown.join(", ")));
            return false;
        }
        let rel_refs: Vec<&str> = refs
            .iter()
            .zip(&found_refs)
            .filter(|(_, &id)| is_relation(target, id))
            .map(|((n, _), _)| *n)
            .collect();
        if !rel_refs.is_empty() {
            self.diags.error(span, format!("Error parsing attribute \"@relation\": The argument `references` must refer only to scalar fields in the related model `{}`. But it is referencing the following relation fields: {}", target.name, rel_refs.join(", ")));
            return false;
        }
        if fields.len() != refs.len() {
            self.diags.error(span, "Error parsing attribute \"@relation\": You must specify the same number of fields in `fields` and `references`.");
            return false;
        }
        let fids: Vec<FieldId> = found_fields
            .into_iter()
            .map(|i| i.expect("checked"))
            .collect();
        let rids: Vec<FieldId> = found_refs
            .into_iter()
            .map(|i| i.expect("checked"))
            .collect();
        for (&a, &b) in fids.iter().zip(&rids) {
            let (fa, fb) = (&model.fields[a], &target.fields[b]);
            let same = match (&fa.kind, &fb.kind) {
                (FieldKind::Scalar { scalar: s1 }, FieldKind::Scalar { scalar: s2 }) => s1 == s2,
                (FieldKind::Enum { id: e1 }, FieldKind::Enum { id: e2 }) => e1 == e2,
                _ => false,
            };
            if !same {
                self.diags.error(span, format!("Error parsing attribute \"@relation\": The type of the field `{}` in the model `{}` is not matching the type of the referenced field `{}` in model `{}`.", fa.name, model.name, fb.name, target.name));
                return false;
            }
        }
        if !covers(target, &rids) {
            let names: Vec<&str> = rids
                .iter()
                .map(|&i| target.fields[i].name.as_str())
                .collect();
            let hint = if names.len() == 1 {
                format!(
                    "Consider adding an `@unique` attribute to the field `{}` in the model `{}`.",
                    names[0], target.name
                )
            } else {
                format!(
                    "Consider adding an `@@unique([{}])` attribute to the model `{}`.",
                    names.join(", "),
                    target.name
                )
            };
            self.diags.error(span, format!("Error parsing attribute \"@relation\": The argument `references` must refer to a unique criterion in the related model. {hint}"));
            return false;
        }
        let any_optional = fids
            .iter()
            .any(|&i| model.fields[i].arity == Arity::Optional);
        if any_optional && rf.is_required() {
            let names: Vec<&str> = fids
                .iter()
                .map(|&i| model.fields[i].name.as_str())
                .collect();
            self.diags.error(span, format!("Error parsing attribute \"@relation\": The relation field `{}` uses the scalar fields {}. At least one of those fields is optional. Hence the relation field must be optional as well.", rf.name, names.join(", ")));
            return false;
        }
        if kind == RelationKind::OneToOne && !covers(model, &fids) {
            let names: Vec<&str> = fids
                .iter()
                .map(|&i| model.fields[i].name.as_str())
                .collect();
            let hint = if names.len() == 1 {
                format!("Either add an `@unique` attribute to the field `{}`, or change the relation to one-to-many.", names[0])
            } else {
                format!("Either add an `@@unique([{}])` attribute to the model, or change the relation to one-to-many.", names.join(", "))
            };
            self.diags.error(span, format!("Error parsing attribute \"@relation\": A one-to-one relation must use unique fields on the defining side. {hint}"));
            return false;
        }
        relation.on_delete = args.on_delete.unwrap_or(if any_optional {
            ReferentialAction::SetNull
        } else {
            ReferentialAction::Restrict
        });
        relation.on_update = args.on_update.unwrap_or(ReferentialAction::Cascade);
        relation.fk_name = match &args.map {
            Some(map) => map.to_string(),
            None => {
                let cols = fids.iter().map(|&i| model.fields[i].db_name.as_str());
                joined_name(&model.db_name, cols, MAX_IDENTIFIER_LENGTH - 5, "_fkey")
            }
        };
        // A foreign key PostgreSQL does not index makes every delete of the parent scan this table.
        let indexed = {
            let m = &self.schema.models[r.model];
            let prefix_of = |cols: &[IndexField]| {
                cols.len() >= fids.len() && cols.iter().zip(&fids).all(|(c, f)| c.field == *f)
            };
            m.primary_key
                .as_ref()
                .is_some_and(|pk| prefix_of(&pk.fields))
                || m.indexes.iter().any(|i| prefix_of(&i.fields))
        };
        if !indexed && !model.is_view {
            let names: Vec<&str> = fids
                .iter()
                .map(|&i| model.fields[i].name.as_str())
                .collect();
            self.diags.warning(rf.span, format!("The relation scalar field{} `{}` of model `{}` {} no index: deleting from or joining `{}` will scan `{}`. Add `@@index([{}])`.", if names.len() > 1 { "s" } else { "" }, names.join("`, `"), model.name, if names.len() > 1 { "have" } else { "has" }, target.name, model.db_name, names.join(", ")));
        }
        if let FieldKind::Relation(rel) = &mut self.schema.models[r.model].fields[r.field].kind {
            rel.fields = fids;
            rel.references = rids;
            rel.on_delete = args.on_delete;
            rel.on_update = args.on_update;
            rel.map = args.map.map(str::to_string);
        }
        true
    }

    // ------------------------------------------------------------------ pass: per-model rules
    fn model_checks(&mut self) {
        let mut errors: Vec<(Span, String)> = Vec::new();
        // Names borrowed from the model, tables reused across models: no allocation per model.
        let mut tables: HashMap<(Option<&str>, &str), &str> = HashMap::default();
        tables.reserve(self.schema.models.len());
        let dup_columns = std::mem::take(&mut self.dup_columns);
        let mut dup_columns = dup_columns.into_iter().peekable();
        for mid in 0..self.schema.models.len() {
            let m = &self.schema.models[mid];
            let key = (m.schema.as_deref(), m.db_name.as_str());
            if let Some(other) = tables.get(&key) {
                let msg = format!("The model with database name \"{}\" could not be defined because another model or view with this name exists: \"{}\"", m.db_name, other);
                let span = m.span;
                errors.push((span, msg));
            } else {
                tables.insert(key, &m.name);
            }
            while let Some((_, span, msg)) = dup_columns.next_if(|d| d.0 == mid) {
                errors.push((span, msg));
            }
            let m = &self.schema.models[mid];
            if m.is_view {
                if let Some(i) = m.indexes.iter().find(|i| !i.on_field) {
                    let s = i.span;
                    errors.push((s, "Views cannot have indexes.".into()));
                }
                continue;
            }
            if m.ignored {
                continue;
            }
            let has_criterion = m.primary_key.is_some()
                || m.indexes.iter().any(|i| {
                    i.kind == IndexKind::Unique
                        && i.where_clause.is_none()
                        && i.fields
                            .iter()
                            .all(|f| m.fields[f.field].arity != Arity::Optional)
                });
            if !has_criterion {
                let msg = format!("Error validating model \"{}\": Each model must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the model.", m.name);
                let s = m.span;
                errors.push((s, msg));
            }
            let multi = self
                .schema
                .datasource
                .as_ref()
                .is_some_and(|ds| !ds.schemas.is_empty());
            if multi && m.schema.is_none() {
                let s = m.span;
                errors.push((s, "This model is missing an `@@schema` attribute.".into()));
            }
        }
        let missing_enum_schema: Vec<Span> = match &self.schema.datasource {
            Some(ds) if !ds.schemas.is_empty() => self
                .schema
                .enums
                .iter()
                .filter(|e| e.schema.is_none())
                .map(|e| e.span)
                .collect(),
            _ => Vec::new(),
        };
        for s in missing_enum_schema {
            errors.push((s, "This enum is missing an `@@schema` attribute.".into()));
        }
        for (s, msg) in errors {
            self.err(s, msg);
        }
    }

    // ------------------------------------------------------------------ pass: constraint names
    fn constraint_names(&mut self) {
        // Names borrowed from the model: no String per constraint.
        let mut global: HashSet<(Option<&str>, &str)> = HashSet::default();
        global.reserve(self.schema.models.len() * 4);
        let mut errors = Vec::new();
        for m in &self.schema.models {
            if m.is_view {
                continue;
            }
            let pk = m
                .primary_key
                .iter()
                .map(|pk| (pk.db_name.as_str(), pk.span, "id", pk.explicit_db_name));
            let indexes = m.indexes.iter().map(|i| {
                let attr = match (i.on_field, i.kind) {
                    (true, _) => "unique",
                    (false, IndexKind::Unique) => "unique",
                    _ => "index",
                };
                (i.db_name.as_str(), i.span, attr, i.explicit_db_name)
            });
            for (name, span, attr, explicit) in pk.chain(indexes) {
                if explicit && name.len() > MAX_IDENTIFIER_LENGTH {
                    errors.push((span, format!("Error parsing attribute \"@@{attr}\": The constraint name '{name}' specified in the `map` argument for the `@@{attr}` constraint is too long for your chosen provider. The maximum allowed length is 63 bytes.")));
                }
                if !global.insert((m.schema.as_deref(), name)) {
                    errors.push((span, format!("Error parsing attribute \"@@{attr}\": The given constraint name `{name}` has to be unique in the following namespace: global for primary key, indexes and unique constraints. Please provide a different name using the `map` argument.")));
                }
            }
        }
        // Foreign keys share a namespace with the other constraints of their table.
        // One table keyed by (model, name); a model's own constraint names go in on its first FK.
        let mut per_table: HashSet<(ModelId, &str)> = HashSet::default();
        let mut seeded = vec![false; self.schema.models.len()];
        for r in &self.schema.relations {
            if r.kind == RelationKind::ManyToMany {
                continue;
            }
            let (mid, fid) = r.referencing;
            let m = &self.schema.models[mid];
            if !std::mem::replace(&mut seeded[mid], true) {
                let own = m.primary_key.iter().map(|pk| pk.db_name.as_str());
                let own = own.chain(m.indexes.iter().map(|i| i.db_name.as_str()));
                per_table.extend(own.map(|name| (mid, name)));
            }
            if !per_table.insert((mid, &r.fk_name)) {
                errors.push((m.fields[fid].span, format!("Error parsing attribute \"@relation\": The given constraint name `{}` has to be unique in the following namespace: on model `{}` for primary key, indexes, unique constraints and foreign keys. Please provide a different name using the `map` argument.", r.fk_name, m.name)));
            }
        }
        for (s, msg) in errors {
            self.err(s, msg);
        }
    }
}

impl Validator<'_, '_> {
    /// `where: { active: true, deletedAt: null, kind: { not: "x" } }` → the SQL predicate Prisma
    /// writes for it: `("active" = true AND "deletedAt" IS NULL AND "kind" != 'x')`.
    fn where_object(
        &mut self,
        mid: ModelId,
        attr: &str,
        kvs: &[(ast::Ident, Expr)],
    ) -> Option<IndexWhere> {
        let mut conditions = Vec::new();
        for (key, value) in kvs {
            let model = &self.schema.models[mid];
            let Some(fid) = self.field_index.get(&self.schema, mid, &key.name) else {
                let msg = format!("Error parsing attribute \"@{attr}\": The field `{}` in the where clause does not exist in model `{}`.", key.name, model.name);
                self.err(key.span, msg);
                return None;
            };
            let field = &model.fields[fid];
            let (negated, value) = match value {
                Expr::Object(inner, _) => match inner.as_slice() {
                    [(k, v)] if k.name == "not" => (true, v),
                    _ => {
                        let bad = inner
                            .iter()
                            .find(|(k, _)| k.name != "not")
                            .map(|(k, _)| k.name.clone())
                            .unwrap_or_default();
                        self.err(value.span(), format!("Error parsing attribute \"@{attr}\": Unknown key '{bad}' in nested where clause object. Only 'not' is supported."));
                        return None;
                    }
                },
                v => (false, v),
            };
            let literal = match (value, field.kind.scalar(), &field.kind) {
                (Expr::Path(p, _), _, _) if p == "null" => None,
                (Expr::Path(p, _), Some(ScalarType::Boolean), _) if p == "true" || p == "false" => {
                    Some(Literal::Boolean(p == "true"))
                }
                (
                    Expr::Number(n, _),
                    Some(
                        ScalarType::Int
                        | ScalarType::BigInt
                        | ScalarType::Float
                        | ScalarType::Decimal,
                    ),
                    _,
                ) => Some(Literal::Number(n.clone())),
                (Expr::String(s, _), Some(ScalarType::String | ScalarType::DateTime), _) => {
                    Some(Literal::String(s.clone()))
                }
                // Enum columns compare with the value's text, as written.
                (Expr::String(s, _), _, FieldKind::Enum { .. }) => Some(Literal::String(s.clone())),
                (Expr::Path(p, _), _, _) if p != "true" && p != "false" => {
                    let msg = format!("Error parsing attribute \"@{attr}\": Invalid value '{p}' in where clause. Expected true, false, null, a string, a number, or an object like {{ not: null }}.");
                    self.err(value.span(), msg);
                    return None;
                }
                (v, _, _) => {
                    let ty = field_type_name(field, &self.schema);
                    let got = match v {
                        Expr::String(..) => "String",
                        Expr::Number(..) => "Number",
                        Expr::Path(p, _) if p == "true" || p == "false" => "Boolean",
                        _ => "constant",
                    };
                    let msg = format!("Error parsing attribute \"@{attr}\": Type mismatch: field '{}' is of type {ty}, but the value is a {got}.", field.name);
                    self.err(v.span(), msg);
                    return None;
                }
            };
            conditions.push(WhereCondition {
                field: fid,
                negated,
                value: literal,
            });
        }
        Some(IndexWhere::Conditions(conditions))
    }

    /// Operator classes must fit the index method and the column type (Prisma's rules).
    fn check_ops(&mut self) {
        let mut errors = Vec::new();
        for m in &self.schema.models {
            for idx in &m.indexes {
                let alg = idx.algorithm.unwrap_or(IndexAlgorithm::BTree);
                for f in &idx.fields {
                    let Some(ops) = &f.ops else { continue };
                    let Some(psl) = native::OPERATOR_CLASSES
                        .iter()
                        .find(|c| &native::operator_class_sql(c) == ops)
                    else {
                        continue;
                    };
                    let needed: &[IndexAlgorithm] = match *psl {
                        "ArrayOps" | "JsonbOps" | "JsonbPathOps" => &[IndexAlgorithm::Gin],
                        "InetOps" => &[IndexAlgorithm::Gist, IndexAlgorithm::SpGist],
                        "TextOps" => &[IndexAlgorithm::SpGist],
                        _ => &[IndexAlgorithm::Brin],
                    };
                    if !needed.contains(&alg) {
                        errors.push((idx.span, format!("Error parsing attribute \"@@index\": The given operator class `{psl}` is not supported with the `{alg:?}` index type.")));
                        continue;
                    }
                    let field = &m.fields[f.field];
                    if psl.starts_with("Jsonb") && field.kind.scalar() != Some(ScalarType::Json) {
                        errors.push((idx.span, format!("Error parsing attribute \"@@index\": The given operator class `{psl}` points to the field `{}` that is not of Json type.", field.name)));
                    }
                    if *psl == "ArrayOps" && !field.is_list() {
                        errors.push((idx.span, format!("Error parsing attribute \"@@index\": The given operator class `{psl}` expects the field `{}` to be an array.", field.name)));
                    }
                }
            }
        }
        for (s, m) in errors {
            self.err(s, m);
        }
    }

    /// A relation to an `@@ignore`d model must itself be `@ignore`d.
    fn check_ignored_targets(&mut self) {
        let mut errors = Vec::new();
        // The relation fields, in model then field order: no need to visit every field.
        for e in &self.ends {
            let m = &self.schema.models[e.model];
            let f = &m.fields[e.field];
            let t = &self.schema.models[e.target];
            if t.ignored && !f.ignored && !m.ignored {
                errors.push((f.span, format!("Error parsing attribute \"@ignore\": The relation field `{}` on Model `{}` must specify the `@ignore` attribute, because the model {} it is pointing to is marked ignored.", f.name, m.name, t.name)));
            }
        }
        for (s, m) in errors {
            self.err(s, m);
        }
    }
}

impl Validator<'_, '_> {
    /// Prisma's identifier rules, with its wording: no leading digit, no `-`.
    fn check_identifier(&mut self, name: &str, span: Span, kind: &str) {
        // The common case in one pass; a valid name passes every test below.
        if valid_identifier(name) {
            return;
        }
        if name.starts_with(|c: char| c.is_ascii_digit()) {
            self.err(
                span,
                format!("Error validating: The name of a {kind} must not start with a number."),
            );
        } else if name.contains('-') {
            self.err(
                span,
                format!("Error validating: The character `-` is not allowed in {kind} names."),
            );
        } else if !valid_identifier(name) {
            self.err(span, format!("Error validating: The name `{name}` is not a valid {kind} name: use letters, digits and underscores."));
        }
    }
}
