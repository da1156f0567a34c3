//! The validated model → the Tera context of the client templates: Rust names and types,
//! quoted SQL, and which queries and relations each model gets.

use crate::names::{field_ident, pascal_case, snake_case, Names, RESERVED_MODULES, RESERVED_TYPES};
use justify_psl::model::{
    Arity, DefaultKind, Field, FieldKind, IndexKind, Model, ModelId, RelationKind, ScalarType,
    Schema,
};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Serialize)]
pub struct Context {
    pub crate_name: String,
    pub schema_name: String,
    /// The crate's `#![recursion_limit]`, when the default (128) may be too low: see
    /// [`recursion_limit`].
    pub recursion_limit: Option<usize>,
    pub models: Vec<ModelCtx>,
    pub enums: Vec<EnumCtx>,
}

#[derive(Debug, Serialize)]
pub struct EnumCtx {
    pub ty: String,
    pub db_name_lit: String,
    pub docs: Vec<String>,
    pub values: Vec<EnumValueCtx>,
}

#[derive(Debug, Serialize)]
pub struct EnumValueCtx {
    pub ident: String,
    pub db_name_lit: String,
    pub serde_name: Option<String>,
    pub docs: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ModelCtx {
    pub prisma_name: String,
    pub db_name: String,
    pub is_view: bool,
    pub module: String,
    pub ty: String,
    pub where_ty: String,
    pub order_ty: String,
    pub unique_ty: String,
    pub include_ty: String,
    pub find_many_ty: String,
    pub create_ty: String,
    pub update_ty: String,
    pub docs: Vec<String>,
    pub table_lit: String,
    pub select_lit: String,
    pub count_lit: String,
    pub returning_lit: String,
    pub noop_set_lit: String,
    pub fields: Vec<FieldCtx>,
    pub relations: Vec<RelationCtx>,
    pub uniques: Vec<UniqueCtx>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FieldCtx {
    pub prisma_name: String,
    pub ident: String,
    pub variant: String,
    pub serde_name: Option<String>,
    pub docs: Vec<String>,
    /// The column's name, unquoted (as a result column of the model's selects).
    pub db_name_lit: String,
    pub column_lit: String,
    pub open_lit: String,
    pub close_lit: String,
    /// How binary `COPY` writes the column (`runtime::CopyAs::…`).
    pub copy_lit: String,
    /// The element type (without `Option`/`Vec`).
    pub base_ty: String,
    /// The type of the model's field.
    pub ty: String,
    pub filter: Option<String>,
    pub orderable: bool,
    pub create_ty: String,
    pub create_required: bool,
    pub create_default: Option<String>,
    pub create_note: Option<String>,
    pub update_ty: String,
    pub update_default: Option<String>,
    pub updated_at: bool,
    #[serde(skip)]
    pub select_expr: String,
    #[serde(skip)]
    pub column: String,
    /// A usable key for loading relations: required-or-optional scalar, hashable, no cast.
    #[serde(skip)]
    pub keyable: bool,
    #[serde(skip)]
    pub optional: bool,
}

#[derive(Debug, Serialize)]
pub struct RelationCtx {
    pub prisma_name: String,
    pub ident: String,
    pub serde_name: Option<String>,
    /// `to_one_fk`, `to_one_back`, `to_many` or `many_to_many`.
    pub kind: &'static str,
    pub field_ty: String,
    pub target_ty: String,
    pub target_include: String,
    pub key_ty: String,
    pub parent_key: String,
    pub parent_key_optional: bool,
    pub child_key: String,
    pub child_key_optional: bool,
    pub join_key_index: usize,
    pub sql_lit: String,
    /// Prefix of the relation filter variants (`…Some`, `…Is` …).
    pub variant: String,
    pub target_where: String,
    /// For relation filters: the target table, its column matched against `parent_col_lit` of
    /// this model's row.
    pub target_table_lit: String,
    pub child_col_lit: String,
    pub parent_col_lit: String,
    /// The target's unique-key type, for nested `connect` (when it has one).
    pub target_unique: Option<String>,
    /// `connect_{ident}`: the create field of a nested `connect`.
    pub connect_ident: String,
    /// Many-to-many: the join table and its columns of this model's and the target's rows.
    pub join_table_lit: String,
    pub join_own_lit: String,
    pub join_other_lit: String,
}

#[derive(Debug, Serialize)]
pub struct UniqueCtx {
    pub variant: String,
    pub compound: bool,
    pub prisma_names: String,
    pub conflict_lit: String,
    pub fields: Vec<UniqueFieldCtx>,
}

#[derive(Debug, Serialize)]
pub struct UniqueFieldCtx {
    pub prisma_name: String,
    pub ident: String,
    pub ty: String,
    pub index: usize,
}

/// What the model template appends to a relation's `variant` for its filters.
const RELATION_FILTERS: &[&str] = &["Some", "Every", "None", "Is", "IsNot"];

/// Locals of the generated functions that bind the fields of a compound unique key by name
/// (`Key { a, b } => { q.compare(…, a) … }`): a field of that name gets a `_` suffix there.
const UNIQUE_KEY_LOCALS: &[&str] = &["q", "self"];

/// A Rust string literal of `s`.
pub fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// A quoted SQL identifier.
pub fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

/// The schema's `///` lines as Rust doc lines. Outside `code spans`, `<`, `[` and `]` are
/// backslash-escaped: schema docs are prose, and rustdoc would read `<questionId>` as an HTML tag
/// and `[x]` as an intra-doc link (both warnings under `cargo doc`).
fn doc_lines(docs: &Option<String>) -> Vec<String> {
    let Some(d) = docs else { return Vec::new() };
    d.lines()
        .map(|l| {
            let escaped = escape_doc(l.trim_end());
            let l = escaped.as_str();
            if l.is_empty() || l.starts_with(' ') {
                l.to_owned()
            } else {
                format!(" {l}")
            }
        })
        .collect()
}

fn escape_doc(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_code = false;
    for c in line.chars() {
        match c {
            '`' => in_code = !in_code,
            '<' | '[' | ']' if !in_code => out.push('\\'),
            _ => {}
        }
        out.push(c);
    }
    out
}

fn table_name(schema: Option<&str>, name: &str) -> String {
    match schema {
        Some(s) => format!("{}.{}", quote(s), quote(name)),
        None => quote(name),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum FilterKind {
    String,
    Scalar,
    Eq,
    Json,
}

struct TypeInfo {
    base: String,
    /// SQL type to cast a bound value to, through text (`$1::text::inet`), or a special cast.
    open: String,
    close: String,
    /// Select expression with `{}` for the qualified column.
    read: Option<String>,
    filter: FilterKind,
    hashable: bool,
    orderable: bool,
    /// Rust expression for `now()` of this type.
    now: Option<String>,
}

impl TypeInfo {
    fn plain(base: &str, filter: FilterKind, hashable: bool) -> Self {
        TypeInfo {
            base: base.to_owned(),
            open: String::new(),
            close: String::new(),
            read: None,
            filter,
            hashable,
            orderable: true,
            now: None,
        }
    }

    fn text_cast(base: &str, sql_type: &str, list: bool) -> Self {
        let arr = if list { "[]" } else { "" };
        TypeInfo {
            base: base.to_owned(),
            open: String::new(),
            close: format!("::text{arr}::{sql_type}{arr}"),
            read: Some(format!("{{}}::text{arr}")),
            filter: FilterKind::Eq,
            hashable: false,
            orderable: true,
            now: None,
        }
    }
}

fn type_info(schema: &Schema, enum_types: &[String], field: &Field) -> Option<TypeInfo> {
    let native = field.native_type.as_ref().map(|n| n.name.as_str());
    let list = field.is_list();
    let scalar = match &field.kind {
        FieldKind::Scalar { scalar } => *scalar,
        FieldKind::Enum { id } => {
            let _ = schema;
            return Some(TypeInfo::plain(
                &format!("crate::enums::{}", enum_types[*id]),
                FilterKind::Eq,
                true,
            ));
        }
        FieldKind::Unsupported { .. } | FieldKind::Relation(_) => return None,
    };
    use FilterKind as K;
    Some(match (scalar, native) {
        (ScalarType::String, Some("Uuid")) => TypeInfo::plain("uuid::Uuid", K::Eq, true),
        (ScalarType::String, Some(t @ ("Inet" | "Xml" | "Bit" | "VarBit"))) => {
            let sql = match t {
                "Inet" => "inet",
                "Xml" => "xml",
                _ => "varbit",
            };
            let mut i = TypeInfo::text_cast("String", sql, list);
            i.orderable = t != "Xml";
            i
        }
        (ScalarType::String, _) => TypeInfo::plain("String", K::String, true),
        (ScalarType::Int, Some("SmallInt")) => TypeInfo::plain("i16", K::Scalar, true),
        (ScalarType::Int, Some("Oid")) => TypeInfo::plain("u32", K::Scalar, true),
        (ScalarType::Int, _) => TypeInfo::plain("i32", K::Scalar, true),
        (ScalarType::BigInt, _) => TypeInfo::plain("i64", K::Scalar, true),
        (ScalarType::Float, Some("Real")) => TypeInfo::plain("f32", K::Scalar, false),
        (ScalarType::Float, _) => TypeInfo::plain("f64", K::Scalar, false),
        (ScalarType::Decimal, Some("Money")) => {
            let arr = if list { "[]" } else { "" };
            TypeInfo {
                base: "rust_decimal::Decimal".into(),
                open: String::new(),
                close: format!("::numeric{arr}::money{arr}"),
                read: Some(format!("{{}}::numeric{arr}")),
                filter: K::Scalar,
                hashable: false,
                orderable: true,
                now: None,
            }
        }
        (ScalarType::Decimal, _) => TypeInfo::plain("rust_decimal::Decimal", K::Scalar, true),
        (ScalarType::Boolean, _) => TypeInfo::plain("bool", K::Eq, true),
        (ScalarType::DateTime, Some("Timestamptz")) => TypeInfo {
            now: Some("chrono::Utc::now()".into()),
            ..TypeInfo::plain("chrono::DateTime<chrono::Utc>", K::Scalar, true)
        },
        (ScalarType::DateTime, Some("Date")) => TypeInfo {
            now: Some("chrono::Utc::now().date_naive()".into()),
            ..TypeInfo::plain("chrono::NaiveDate", K::Scalar, true)
        },
        (ScalarType::DateTime, Some("Time")) => TypeInfo {
            now: Some("chrono::Utc::now().time()".into()),
            ..TypeInfo::plain("chrono::NaiveTime", K::Scalar, true)
        },
        (ScalarType::DateTime, Some("Timetz")) => {
            let mut i = TypeInfo::text_cast("String", "timetz", list);
            i.now = Some("chrono::Utc::now().format(\"%H:%M:%S%.6f+00\").to_string()".into());
            i
        }
        // `timestamp` (Prisma's default for DateTime) holds UTC wall-clock time.
        (ScalarType::DateTime, _) if list => TypeInfo {
            now: Some("chrono::Utc::now().naive_utc()".into()),
            ..TypeInfo::plain("chrono::NaiveDateTime", K::Scalar, true)
        },
        (ScalarType::DateTime, _) => TypeInfo {
            base: "chrono::DateTime<chrono::Utc>".into(),
            open: "(".into(),
            close: "::timestamptz AT TIME ZONE 'UTC')".into(),
            read: Some("({} AT TIME ZONE 'UTC')".into()),
            filter: K::Scalar,
            hashable: false,
            orderable: true,
            now: Some("chrono::Utc::now()".into()),
        },
        (ScalarType::Json, _) => TypeInfo {
            orderable: false,
            ..TypeInfo::plain("serde_json::Value", K::Json, false)
        },
        (ScalarType::Bytes, _) => TypeInfo::plain("Vec<u8>", K::Eq, true),
    })
}

fn client_default(kind: &DefaultKind, base: &str, info: &TypeInfo) -> Option<(String, String)> {
    let to_string = if base == "String" { ".to_string()" } else { "" };
    Some(match kind {
        DefaultKind::Uuid(7) => (format!("runtime::uuid_v7(){to_string}"), "uuid(7)".into()),
        DefaultKind::Uuid(_) => (format!("runtime::uuid_v4(){to_string}"), "uuid()".into()),
        DefaultKind::Cuid(2) => ("runtime::cuid2()".into(), "cuid(2)".into()),
        DefaultKind::Cuid(_) => ("runtime::cuid()".into(), "cuid()".into()),
        DefaultKind::Nanoid(n) => (
            format!("runtime::nanoid({})", n.unwrap_or(21)),
            "nanoid()".into(),
        ),
        DefaultKind::Ulid => ("runtime::ulid()".into(), "ulid()".into()),
        DefaultKind::Now => (info.now.clone()?, "now()".into()),
        _ => return None,
    })
}

fn field_ctx(
    schema: &Schema,
    enum_types: &[String],
    field: &Field,
    ident: String,
    variant: String,
) -> Option<FieldCtx> {
    let info = type_info(schema, enum_types, field)?;
    let optional = field.arity == Arity::Optional;
    let list = field.arity == Arity::List;
    let base = info.base.clone();
    let ty = match field.arity {
        Arity::Required => base.clone(),
        Arity::Optional => format!("Option<{base}>"),
        Arity::List => format!("Vec<{base}>"),
    };
    let column = quote(&field.db_name);
    let qualified = format!("t.{column}");
    let mut select_expr = match &info.read {
        Some(r) => r.replace("{}", &qualified),
        None => qualified,
    };
    if list {
        select_expr = format!("COALESCE({select_expr}, '{{}}')");
    }
    if info.read.is_some() || list {
        // Named like the column, so rows can be read by name (`FromRow`).
        select_expr = format!("{select_expr} AS {column}");
    }
    let filter = if list {
        (info.read.is_none()).then(|| format!("runtime::ListFilter<{base}>"))
    } else {
        match info.filter {
            FilterKind::String => Some("runtime::StringFilter".to_owned()),
            FilterKind::Scalar => Some(format!("runtime::ScalarFilter<{base}>")),
            FilterKind::Eq => Some(format!("runtime::EqFilter<{base}>")),
            FilterKind::Json => Some("runtime::JsonFilter".to_owned()),
        }
    };
    let filter = match (optional, filter) {
        (true, Some(f)) => Some(format!("runtime::Nullable<{f}>")),
        (true, None) => Some("runtime::NullFilter".to_owned()),
        (false, f) => f,
    };
    let default = field.default.as_ref().map(|d| &d.kind);
    let client = default.and_then(|k| client_default(k, &base, &info));
    let (create_default, create_note) = if field.updated_at {
        (
            info.now.clone(),
            Some("@updatedAt: now when `None`".to_owned()),
        )
    } else {
        match client {
            Some((expr, name)) => (Some(expr), Some(format!("{name} when `None`"))),
            None => (
                None,
                default.map(|_| "the database default when `None`".to_owned()),
            ),
        }
    };
    let create_required = !optional && default.is_none() && !field.updated_at;
    let create_ty = if create_required {
        ty.clone()
    } else if list {
        format!("Option<{ty}>")
    } else {
        format!("Option<{base}>")
    };
    let update_ty = format!("Option<{ty}>");
    let update_default = if field.updated_at {
        info.now.as_ref().map(|n| {
            if optional {
                format!("Some({n})")
            } else {
                n.clone()
            }
        })
    } else {
        None
    };
    let plain = ident.trim_start_matches("r#").to_owned();
    Some(FieldCtx {
        prisma_name: field.name.clone(),
        serde_name: (plain != field.name).then(|| lit(&field.name)),
        ident,
        variant,
        docs: doc_lines(&field.docs),
        db_name_lit: lit(&field.db_name),
        column_lit: lit(&column),
        open_lit: lit(&info.open),
        close_lit: lit(&info.close),
        copy_lit: if info.open.is_empty() && info.close.is_empty() {
            "runtime::CopyAs::Column"
        } else if info.now.as_deref() == Some("chrono::Utc::now()") {
            // `timestamp` bound as `timestamptz AT TIME ZONE 'UTC'`.
            "runtime::CopyAs::Timestamptz"
        } else {
            "runtime::CopyAs::Unsupported"
        }
        .to_owned(),
        base_ty: base,
        ty,
        filter,
        orderable: info.orderable && !list && info.filter != FilterKind::Json,
        create_ty,
        create_required,
        create_default,
        create_note,
        update_ty,
        update_default: update_default.filter(|_| field.updated_at),
        updated_at: field.updated_at && info.now.is_some(),
        select_expr,
        column,
        keyable: info.hashable && info.read.is_none() && info.open.is_empty() && !list,
        optional,
    })
}

struct ModelNames {
    module: String,
    ty: String,
    where_ty: String,
    order_ty: String,
    unique_ty: String,
    include_ty: String,
    find_many_ty: String,
    create_ty: String,
    update_ty: String,
    /// A primary key or a unique constraint (a unique-key type is generated).
    has_unique: bool,
}

fn visible(m: &Model) -> bool {
    !m.ignored
        && m.fields.iter().any(|f| {
            !f.ignored && matches!(f.kind, FieldKind::Scalar { .. } | FieldKind::Enum { .. })
        })
}

/// Builds the template context.
pub fn build(schema: &Schema, crate_name: &str, schema_name: &str) -> Context {
    let mut types = Names::with_reserved(RESERVED_TYPES);
    let mut modules = Names::with_reserved(RESERVED_MODULES);

    // Schema names first (models, then enums), so derived names give way to them.
    let base: Vec<(ModelId, String)> = schema
        .models
        .iter()
        .enumerate()
        .filter(|(_, m)| visible(m))
        .map(|(id, m)| (id, types.take(pascal_case(&m.name), "Model")))
        .collect();
    let enum_types: Vec<String> = schema
        .enums
        .iter()
        .map(|e| types.take(pascal_case(&e.name), "Enum"))
        .collect();
    let mut names: HashMap<ModelId, ModelNames> = HashMap::new();
    for (id, ty) in base {
        let mut derived = |suffix: &str| types.take(format!("{ty}{suffix}"), "Type");
        let n = ModelNames {
            where_ty: derived("Where"),
            order_ty: derived("OrderBy"),
            unique_ty: derived("Unique"),
            include_ty: derived("Include"),
            find_many_ty: derived("FindMany"),
            create_ty: derived("Create"),
            update_ty: derived("Update"),
            has_unique: {
                let m = &schema.models[id];
                m.primary_key.is_some()
                    || m.indexes
                        .iter()
                        .any(|i| i.kind == IndexKind::Unique && i.where_clause.is_none())
            },
            module: modules.take(
                field_ident_plain(&snake_case(&schema.models[id].name)),
                "_model",
            ),
            ty,
        };
        names.insert(id, n);
    }

    let enums = schema
        .enums
        .iter()
        .zip(&enum_types)
        .map(|(e, ty)| {
            let mut idents = Names::with_reserved(&["Self"]);
            EnumCtx {
                ty: ty.clone(),
                db_name_lit: lit(&e.db_name),
                docs: doc_lines(&e.docs),
                values: e
                    .values
                    .iter()
                    .map(|v| {
                        let ident = idents.take(pascal_case(&v.name), "Value");
                        EnumValueCtx {
                            serde_name: (ident != v.name).then(|| lit(&v.name)),
                            ident,
                            db_name_lit: lit(&v.db_name),
                            docs: doc_lines(&v.docs),
                        }
                    })
                    .collect(),
            }
        })
        .collect();

    // Field contexts of every model first: relations read their targets' fields.
    let mut all_fields: HashMap<ModelId, Vec<(usize, FieldCtx)>> = HashMap::new();
    let mut rel_idents: HashMap<(ModelId, usize), String> = HashMap::new();
    let mut rel_variants: HashMap<(ModelId, usize), String> = HashMap::new();
    let mut connect_idents: HashMap<(ModelId, usize), String> = HashMap::new();
    for (id, m) in schema.models.iter().enumerate() {
        if !names.contains_key(&id) {
            continue;
        }
        let mut idents = Names::default();
        let mut variants = Names::with_reserved(&["And", "Or", "Not", "Self"]);
        let shown = |f: &&Field| !f.ignored && !matches!(f.kind, FieldKind::Unsupported { .. });
        // Relation filter variants first: the templates extend them (`PostsSome`, `OwnerIs` …),
        // and a scalar field of that name gives way.
        for (fid, f) in m.fields.iter().enumerate() {
            if shown(&f) && f.is_relation() {
                let variant =
                    variants.take_extended(pascal_case(&f.name), "Relation", RELATION_FILTERS);
                rel_variants.insert((id, fid), variant);
            }
        }
        let mut fields = Vec::new();
        for (fid, f) in m.fields.iter().enumerate() {
            if !shown(&f) {
                continue;
            }
            let ident = field_ident(&idents.take(snake_case(&f.name), "_"));
            if f.is_relation() {
                rel_idents.insert((id, fid), ident);
                continue;
            }
            let variant = variants.take(pascal_case(&f.name), "Field");
            if let Some(ctx) = field_ctx(schema, &enum_types, f, ident, variant) {
                fields.push((fid, ctx));
            }
        }
        // The create struct's nested-connect fields (`connect_author`) give way to the fields.
        for (fid, f) in m.fields.iter().enumerate() {
            if shown(&f) && f.is_relation() {
                let connect = idents.take(format!("connect_{}", snake_case(&f.name)), "_");
                connect_idents.insert((id, fid), field_ident(&connect));
            }
        }
        all_fields.insert(id, fields);
    }

    let mut models = Vec::new();
    for (id, m) in schema.models.iter().enumerate() {
        let Some(n) = names.get(&id) else { continue };
        let fields = &all_fields[&id];
        let table = table_name(m.schema.as_deref(), &m.db_name);
        let select_list: Vec<&str> = fields.iter().map(|(_, f)| f.select_expr.as_str()).collect();
        let select_list = select_list.join(", ");
        let first_col = &fields[0].1.column;

        let index_of = |fid: usize| fields.iter().position(|(i, _)| *i == fid);
        // Unique keys: the primary key, then unique constraints (not partial ones).
        let mut uniques: Vec<UniqueCtx> = Vec::new();
        let mut seen: Vec<Vec<usize>> = Vec::new();
        let mut variants = Names::default();
        let candidates = m
            .primary_key
            .iter()
            .map(|pk| (pk.name.clone(), &pk.fields))
            .chain(
                m.indexes
                    .iter()
                    .filter(|i| i.kind == IndexKind::Unique && i.where_clause.is_none())
                    .map(|i| (i.name.clone(), &i.fields)),
            );
        for (name, ifields) in candidates {
            let fids: Vec<usize> = ifields.iter().map(|f| f.field).collect();
            let Some(idx) = fids
                .iter()
                .map(|f| index_of(*f))
                .collect::<Option<Vec<usize>>>()
            else {
                continue;
            };
            if seen.contains(&fids)
                || idx.iter().any(|i| {
                    fields[*i].1.ty.starts_with("Vec<") && fields[*i].1.base_ty != "Vec<u8>"
                })
            {
                continue;
            }
            seen.push(fids.clone());
            let prisma: Vec<&str> = fids.iter().map(|f| m.fields[*f].name.as_str()).collect();
            let wanted = match &name {
                Some(n) => pascal_case(n),
                None => pascal_case(&prisma.join("_")),
            };
            let cols: Vec<&str> = idx.iter().map(|i| fields[*i].1.column.as_str()).collect();
            let mut key_idents = Names::with_reserved(UNIQUE_KEY_LOCALS);
            uniques.push(UniqueCtx {
                variant: variants.take(wanted, "Key"),
                compound: fids.len() > 1,
                prisma_names: prisma.join(", "),
                conflict_lit: lit(&format!("({})", cols.join(", "))),
                fields: idx
                    .iter()
                    .map(|i| UniqueFieldCtx {
                        prisma_name: fields[*i].1.prisma_name.clone(),
                        ident: key_idents.take(fields[*i].1.ident.clone(), "_"),
                        ty: fields[*i].1.base_ty.clone(),
                        index: *i,
                    })
                    .collect(),
            });
        }

        let rel_names = RelationNames {
            idents: &rel_idents,
            variants: &rel_variants,
            connects: &connect_idents,
        };
        let relations = relation_ctxs(schema, id, &names, &all_fields, &rel_names);

        models.push(ModelCtx {
            prisma_name: m.name.clone(),
            db_name: m.db_name.clone(),
            is_view: m.is_view,
            module: n.module.clone(),
            ty: n.ty.clone(),
            where_ty: n.where_ty.clone(),
            order_ty: n.order_ty.clone(),
            unique_ty: n.unique_ty.clone(),
            include_ty: n.include_ty.clone(),
            find_many_ty: n.find_many_ty.clone(),
            create_ty: n.create_ty.clone(),
            update_ty: n.update_ty.clone(),
            docs: doc_lines(&m.docs),
            table_lit: lit(&table),
            select_lit: lit(&format!("SELECT {select_list} FROM {table} AS t")),
            count_lit: lit(&format!("SELECT count(*) FROM {table} AS t")),
            returning_lit: lit(&format!(" RETURNING {select_list}")),
            noop_set_lit: lit(&format!("{first_col} = t.{first_col}")),
            fields: fields.iter().map(|(_, f)| f.clone()).collect(),
            relations,
            uniques,
        });
    }

    Context {
        crate_name: crate_name.to_owned(),
        schema_name: schema_name.to_owned(),
        recursion_limit: recursion_limit(models.len()),
        models,
        enums,
    }
}

/// The compiler proves the relation-loading futures `Send` and works out drop checks by walking
/// the model structs through their relation fields (`Option<Vec<crate::post::Post>>` …), about
/// five levels per model on the longest relation path; past the default limit of 128 (about 20
/// models on one path) it gives up with "overflow evaluating the requirement". The longest path
/// is at most the number of models, so the limit is eight levels per model, rounded up to a
/// power of two; none for small schemas.
pub fn recursion_limit(models: usize) -> Option<usize> {
    let needed = (8 * models).next_power_of_two();
    (needed > 128).then_some(needed)
}

/// A module name: keywords get a `_` suffix rather than `r#`.
fn field_ident_plain(s: &str) -> String {
    let ident = field_ident(s);
    match ident.strip_prefix("r#") {
        Some(plain) => format!("{plain}_"),
        None => ident,
    }
}

/// The Rust names of the relation fields of every model, by (model, field).
struct RelationNames<'a> {
    idents: &'a HashMap<(ModelId, usize), String>,
    variants: &'a HashMap<(ModelId, usize), String>,
    connects: &'a HashMap<(ModelId, usize), String>,
}

fn relation_ctxs(
    schema: &Schema,
    id: ModelId,
    names: &HashMap<ModelId, ModelNames>,
    all_fields: &HashMap<ModelId, Vec<(usize, FieldCtx)>>,
    rel_names: &RelationNames,
) -> Vec<RelationCtx> {
    let m = &schema.models[id];
    let find = |model: ModelId, fid: usize| -> Option<&FieldCtx> {
        all_fields
            .get(&model)?
            .iter()
            .find(|(i, _)| *i == fid)
            .map(|(_, f)| f)
    };
    let mut out = Vec::new();
    for (fid, f) in m.relation_fields() {
        let FieldKind::Relation(rf) = &f.kind else {
            continue;
        };
        let (Some(ident), Some(variant), Some(connect_ident)) = (
            rel_names.idents.get(&(id, fid)),
            rel_names.variants.get(&(id, fid)),
            rel_names.connects.get(&(id, fid)),
        ) else {
            continue;
        };
        let Some(target) = names.get(&rf.target) else {
            continue;
        };
        let target_model = &schema.models[rf.target];
        let Some(target_fields) = all_fields.get(&rf.target) else {
            continue;
        };
        let relation = &schema.relations[rf.relation];
        let target_select: Vec<&str> = target_fields
            .iter()
            .map(|(_, f)| f.select_expr.as_str())
            .collect();
        let target_select = target_select.join(", ");
        let target_table = table_name(target_model.schema.as_deref(), &target_model.db_name);
        let target_ty = format!("crate::{}::{}", target.module, target.ty);
        let plain = ident.trim_start_matches("r#");
        let base = |kind,
                    field_ty: String,
                    key: &FieldCtx,
                    parent: &FieldCtx,
                    child: &FieldCtx,
                    sql: String,
                    join_key_index| RelationCtx {
            prisma_name: f.name.clone(),
            ident: ident.clone(),
            serde_name: (plain != f.name).then(|| lit(&f.name)),
            kind,
            field_ty,
            target_ty: target_ty.clone(),
            target_include: format!("crate::{}::{}", target.module, target.include_ty),
            key_ty: key.base_ty.clone(),
            parent_key: parent.ident.clone(),
            parent_key_optional: parent.optional,
            child_key: child.ident.clone(),
            child_key_optional: child.optional,
            join_key_index,
            sql_lit: lit(&sql),
            variant: variant.clone(),
            target_where: format!("crate::{}::{}", target.module, target.where_ty),
            target_table_lit: lit(&target_table),
            child_col_lit: lit(&child.column),
            parent_col_lit: lit(&parent.column),
            target_unique: target
                .has_unique
                .then(|| format!("crate::{}::{}", target.module, target.unique_ty)),
            connect_ident: connect_ident.clone(),
            join_table_lit: lit(""),
            join_own_lit: lit(""),
            join_other_lit: lit(""),
        };
        if relation.kind == RelationKind::ManyToMany {
            let pk_of = |model: &Model| -> Option<usize> {
                match model.primary_key.as_ref()?.fields.as_slice() {
                    [one] => Some(one.field),
                    _ => None,
                }
            };
            let (Some(my_pk), Some(their_pk)) = (pk_of(m), pk_of(target_model)) else {
                continue;
            };
            let (Some(mine), Some(theirs)) = (find(id, my_pk), find(rf.target, their_pk)) else {
                continue;
            };
            if !mine.keyable || !theirs.keyable {
                continue;
            }
            let (my_col, other_col) = if relation.referencing == (id, fid) {
                ("\"A\"", "\"B\"")
            } else {
                ("\"B\"", "\"A\"")
            };
            let join = table_name(m.schema.as_deref(), &relation.join_table_name());
            let sql = format!(
                "SELECT {target_select}, j.{my_col} FROM {join} AS j JOIN {target_table} AS t ON t.{} = j.{other_col} WHERE j.{my_col} = ANY($1)",
                theirs.column
            );
            let mut ctx = base(
                "many_to_many",
                format!("Option<Vec<{target_ty}>>"),
                mine,
                mine,
                theirs,
                sql,
                target_fields.len(),
            );
            ctx.join_table_lit = lit(&join);
            ctx.join_own_lit = lit(my_col);
            ctx.join_other_lit = lit(other_col);
            out.push(ctx);
        } else if !rf.fields.is_empty() {
            let ([fk], [reference]) = (rf.fields.as_slice(), rf.references.as_slice()) else {
                continue;
            };
            let (Some(fk), Some(reference)) = (find(id, *fk), find(rf.target, *reference)) else {
                continue;
            };
            if !fk.keyable
                || !reference.keyable
                || reference.optional
                || fk.base_ty != reference.base_ty
            {
                continue;
            }
            let sql = format!(
                "SELECT {target_select} FROM {target_table} AS t WHERE t.{} = ANY($1)",
                reference.column
            );
            let field_ty = if f.arity == Arity::Optional {
                format!("Option<Option<Box<{target_ty}>>>")
            } else {
                format!("Option<Box<{target_ty}>>")
            };
            out.push(base("to_one_fk", field_ty, fk, fk, reference, sql, 0));
        } else {
            // The back side: the foreign key is on the target, in the opposite field.
            let (om, of) = relation.referencing;
            let FieldKind::Relation(opposite) = &schema.models[om].fields[of].kind else {
                continue;
            };
            let ([fk], [reference]) = (opposite.fields.as_slice(), opposite.references.as_slice())
            else {
                continue;
            };
            let (Some(fk), Some(reference)) = (find(rf.target, *fk), find(id, *reference)) else {
                continue;
            };
            if !fk.keyable
                || !reference.keyable
                || reference.optional
                || fk.base_ty != reference.base_ty
            {
                continue;
            }
            let sql = format!(
                "SELECT {target_select} FROM {target_table} AS t WHERE t.{} = ANY($1)",
                fk.column
            );
            if f.arity == Arity::List {
                let field_ty = format!("Option<Vec<{target_ty}>>");
                out.push(base("to_many", field_ty, reference, reference, fk, sql, 0));
            } else {
                let field_ty = format!("Option<Option<Box<{target_ty}>>>");
                out.push(base(
                    "to_one_back",
                    field_ty,
                    reference,
                    reference,
                    fk,
                    sql,
                    0,
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_lines_escape_html_and_links_outside_code() {
        let docs =
            Some("{\"<questionId>\": [\"<optionId>\"]}\nsee `Vec<[u8]>` here\n  indented".into());
        assert_eq!(
            doc_lines(&docs),
            [
                " {\"\\<questionId>\": \\[\"\\<optionId>\"\\]}",
                " see `Vec<[u8]>` here",
                "  indented",
            ]
        );
    }
}
