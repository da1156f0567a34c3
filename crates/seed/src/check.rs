//! Fixtures → checked [`Plan`]: every problem is reported at once, with its position, before
//! anything touches the database.
//!
//! Fixture layout (YAML or JSON), one or many files:
//!
//! ```yaml
//! User:                       # model name
//!   alice:                    # a labelled row (mapping form) …
//!     email: alice@example.com
//!     referredBy: bob         # a relation, by label of the target model
//!   bob: { email: bob@example.com }
//! AuditLog:                   # … or unlabelled rows (list form; `_label` optional)
//!   - action: login
//!     actor: alice
//! CampaignWizard:
//!   summer:
//!     influencers: [mia, leo] # many-to-many (or the list side of a one-to-many) by labels
//! ```

use crate::plan::*;
use crate::template;
use crate::values::{self, DateTime, KeyedRng};
use crate::yaml::{Node, NodeKind, Scalar};
use justify_psl::model::{
    Arity, DefaultKind, Field, FieldId, FieldKind, IndexKind, Model, ModelId, RelationKind,
    ScalarType, Schema, MAX_IDENTIFIER_LENGTH,
};
use justify_psl::{Diagnostic, Diagnostics, SourceSet, Span};
use justify_sql::QualifiedName;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The key under which a list-form row may carry its label.
pub const LABEL_KEY: &str = "_label";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    Unset,
    /// Written in the fixture.
    Given,
    /// Set through a relation by label.
    Linked,
    /// A client-side default (ids, `now()`, `@updatedAt`).
    Generated,
    /// Given, but wrong (already reported): not reported again as missing.
    Invalid,
    /// Set through a relation by unique key to a row that is not in the fixtures: read from the
    /// database at load time (see [`LookupPlan`]).
    Lookup,
    /// Set through a relation to a row whose autoincrement value the database generates: filled
    /// in at load time (see [`GeneratedPlan`]).
    Pending,
}

struct Row {
    model: ModelId,
    label: Option<String>,
    /// Where diagnostics about the whole row point.
    span: Span,
    values: Vec<Option<Value>>,
    origins: Vec<Origin>,
}

enum RowRef {
    Index(usize),
    Label(ModelId, String, Span),
    /// A unique criterion of the model (`{ email: alice@example.com }`): a fixture row with
    /// those values, else a database row looked up at load time.
    Key(ModelId, Vec<(FieldId, Value)>, Span),
}

/// The row a nested row is written under (`User: { alice: { campaigns: [ {…} ] } }`).
#[derive(Clone, Copy)]
struct Parent {
    /// The nested row's relation field that points at the parent.
    field: FieldId,
    /// The parent row.
    row: usize,
    /// The parent's back-relation key (where "set by nesting" errors point).
    span: Span,
}

/// A relation by unique key whose target is not in the fixtures.
struct PendingLookup {
    row: usize,
    field: FieldId,
    key: Vec<(FieldId, Value)>,
    span: Span,
}

/// "Row `from` refers through its relation field `field` to row `to`."
struct Link {
    from: RowRef,
    field: FieldId,
    to: RowRef,
    span: Span,
}

struct ManyLink {
    row: usize,
    field: FieldId,
    target: ModelId,
    label: String,
    span: Span,
}

struct Checker<'a> {
    schema: &'a Schema,
    sources: &'a SourceSet,
    diags: Diagnostics,
    rows: Vec<Row>,
    labels: HashMap<ModelId, HashMap<String, (usize, Span)>>,
    links: Vec<Link>,
    many: Vec<ManyLink>,
    lookups: Vec<PendingLookup>,
    /// Per (model, unique criterion): the fixture rows by their key values (built on first use).
    key_index: HashMap<(ModelId, Vec<FieldId>), HashMap<String, usize>>,
    now: DateTime,
    /// `now` formatted per native type (see [`Checker::now_value`]).
    now_text: [Option<Value>; 4],
    /// Per model: how many rows so far (the id key of unlabelled rows).
    ordinals: HashMap<ModelId, usize>,
    /// (row, foreign key field) → (referenced row, its autoincrement field): filled at load time.
    pending: HashMap<(usize, FieldId), (usize, FieldId)>,
    /// (row, autoincrement field) other rows refer to → where the first reference is.
    needs_value: BTreeMap<(usize, FieldId), Span>,
}

/// Checks fixtures against the schema, with `now()` taken from the clock.
pub fn check(schema: &Schema, sources: &SourceSet) -> Result<Plan, Diagnostics> {
    check_at(schema, sources, DateTime::now())
}

/// Checks fixtures against the schema; `now` is the value of `now()` and `@updatedAt`.
pub fn check_at(schema: &Schema, sources: &SourceSet, now: DateTime) -> Result<Plan, Diagnostics> {
    let mut c = Checker {
        schema,
        sources,
        diags: Diagnostics::new(),
        rows: Vec::new(),
        labels: HashMap::new(),
        links: Vec::new(),
        many: Vec::new(),
        lookups: Vec::new(),
        key_index: HashMap::new(),
        now,
        now_text: Default::default(),
        ordinals: HashMap::new(),
        pending: HashMap::new(),
        needs_value: BTreeMap::new(),
    };
    for file in 0..sources.files.len() {
        match crate::yaml::parse(&sources.files[file].text, file) {
            Ok(Some(root)) => c.file(&root),
            Ok(None) => {}
            Err(d) => c.diags.push(d),
        }
    }
    c.resolve_links();
    c.required();
    c.uniques();
    let plan = c.plan();
    let mut diags = c.diags;
    diags.sort();
    if diags.has_errors() {
        Err(diags)
    } else {
        Ok(plan)
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(!ca.eq_ignore_ascii_case(cb));
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

fn suggest<'n>(name: &str, candidates: impl Iterator<Item = &'n str>) -> Option<&'n str> {
    candidates
        .map(|c| (edit_distance(name, c), c))
        .filter(|(d, c)| *d <= if c.len() <= 3 { 1 } else { 2 })
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

impl Checker<'_> {
    fn err(&mut self, span: Span, msg: impl Into<String>) {
        self.diags.error(span, msg);
    }

    fn position(&self, span: Span) -> String {
        let f = &self.sources.files[span.file];
        let (line, col) = f.line_col(span.start as usize);
        format!("{}:{line}:{col}", f.name)
    }

    fn file(&mut self, root: &Node) {
        let NodeKind::Map(entries) = &root.kind else {
            self.err(
                root.span,
                format!(
                    "a fixture file is a mapping of model names to rows, found {}",
                    root.describe()
                ),
            );
            return;
        };
        for (key, rows) in entries {
            let Some(name) = key.as_str() else {
                self.err(key.span, "expected a model name");
                continue;
            };
            let Some(model_id) = self.schema.models.iter().position(|m| m.name == name) else {
                let mut d = Diagnostic::error(key.span, format!("unknown model `{name}`"));
                let names = self
                    .schema
                    .models
                    .iter()
                    .filter(|m| !m.is_view && !m.ignored)
                    .map(|m| m.name.as_str());
                if let Some(s) = suggest(name, names) {
                    d = d.with_note(format!("help: did you mean `{s}`?"));
                }
                self.diags.push(d);
                continue;
            };
            let model = &self.schema.models[model_id];
            if model.is_view {
                self.err(
                    key.span,
                    format!("`{name}` is a view: views cannot be seeded"),
                );
                continue;
            }
            if model.ignored {
                self.err(
                    key.span,
                    format!("`{name}` is marked @@ignore: it cannot be seeded"),
                );
                continue;
            }
            match &rows.kind {
                NodeKind::Map(labelled) => {
                    for (label, row) in labelled {
                        match label.scalar() {
                            Some(Scalar::Str(l) | Scalar::Int(l)) => {
                                let l = l.to_string();
                                if let Some(entries) = self.entries_of(model_id, row) {
                                    self.row(
                                        model_id,
                                        Some((l, label.span)),
                                        &entries,
                                        label.span,
                                        None,
                                    )
                                }
                            }
                            _ => self.err(label.span, "expected a row label"),
                        }
                    }
                }
                NodeKind::Seq(items) => {
                    for row in items {
                        self.list_row(model_id, row, None);
                    }
                }
                _ if rows.is_null() => {}
                _ => self.err(
                    rows.span,
                    format!(
                        "rows of `{name}` are a list, or a mapping of labels to rows; found {}",
                        rows.describe()
                    ),
                ),
            }
        }
    }

    /// A list-form row; with `_count: N`, N generated rows (see [`crate::template`]).
    fn list_row(&mut self, model_id: ModelId, row: &Node, parent: Option<Parent>) {
        let count = match &row.kind {
            NodeKind::Map(e) => e
                .iter()
                .find(|(k, _)| k.as_str() == Some(template::COUNT_KEY))
                .map(|(_, v)| v),
            _ => None,
        };
        let Some(count) = count else {
            self.one_list_row(model_id, row, parent);
            return;
        };
        let n = match count.scalar() {
            Some(Scalar::Int(t)) => t.parse::<u64>().ok(),
            _ => None,
        };
        let Some(n) = n.filter(|n| (1..=template::MAX_COUNT).contains(n)) else {
            self.err(
                count.span,
                format!(
                    "`{}` is a number of rows, 1 to {}",
                    template::COUNT_KEY,
                    template::MAX_COUNT
                ),
            );
            return;
        };
        if let Err((span, msg)) = template::validate(row) {
            self.err(span, msg);
            return;
        }
        let compiled = template::Compiled::new(row);
        for i in 0..n {
            let errors = self.diags.errors().count();
            let fields = compiled.row(i);
            let entries: Vec<(&Node, &Node)> =
                fields.iter().map(|(k, v)| (*k, v.as_ref())).collect();
            self.list_entries(model_id, &entries, row.span, parent);
            // One broken template row would otherwise report the same problem N times.
            if self.diags.errors().count() > errors {
                let span = count.span;
                self.diags.push(
                    Diagnostic::error(span, format!("generated row n = {i} is invalid"))
                        .with_note("note: the remaining generated rows were not checked"),
                );
                return;
            }
        }
    }

    fn one_list_row(&mut self, model_id: ModelId, row: &Node, parent: Option<Parent>) {
        let Some(entries) = self.entries_of(model_id, row) else {
            return;
        };
        self.list_entries(model_id, &entries, row.span, parent);
    }

    /// A row's fields, or (reported) `None` when it is not a mapping.
    fn entries_of<'n>(
        &mut self,
        model_id: ModelId,
        row: &'n Node,
    ) -> Option<Vec<(&'n Node, &'n Node)>> {
        match &row.kind {
            NodeKind::Map(e) => Some(e.iter().map(|(k, v)| (k, v)).collect()),
            _ => {
                let name = &self.schema.models[model_id].name;
                self.err(
                    row.span,
                    format!(
                        "a `{name}` row is a mapping of field names to values, found {}",
                        row.describe()
                    ),
                );
                None
            }
        }
    }

    /// A list-form row given by its fields (`_label` among them).
    fn list_entries(
        &mut self,
        model_id: ModelId,
        entries: &[(&Node, &Node)],
        row_span: Span,
        parent: Option<Parent>,
    ) {
        let label = entries
            .iter()
            .find(|(k, _)| k.as_str() == Some(LABEL_KEY))
            .map(|(_, v)| *v);
        let label = match label {
            Some(v) => match v.scalar() {
                Some(Scalar::Str(l) | Scalar::Int(l)) => Some((l.to_string(), v.span)),
                _ => {
                    self.err(v.span, "a label is a string");
                    None
                }
            },
            None => None,
        };
        let span = entries.first().map_or(row_span, |(k, _)| k.span);
        self.row(model_id, label, entries, span, parent);
    }

    fn row(
        &mut self,
        model_id: ModelId,
        label: Option<(String, Span)>,
        entries: &[(&Node, &Node)],
        span: Span,
        parent: Option<Parent>,
    ) {
        let schema = self.schema;
        let model = &schema.models[model_id];
        let index = self.rows.len();
        let ordinal = {
            let o = self.ordinals.entry(model_id).or_default();
            *o += 1;
            *o
        };
        if let Some((l, lspan)) = &label {
            let first = self
                .labels
                .entry(model_id)
                .or_default()
                .get(l.as_str())
                .map(|(_, s)| *s);
            if let Some(first) = first {
                let at = self.position(first);
                self.diags.push(
                    Diagnostic::error(
                        *lspan,
                        format!("duplicate label `{l}` for `{}`", model.name),
                    )
                    .with_note(format!("note: first used at {at}")),
                );
            } else {
                self.labels
                    .entry(model_id)
                    .or_default()
                    .insert(l.clone(), (index, *lspan));
            }
        }
        let n = model.fields.len();
        let mut row = Row {
            model: model_id,
            label: label.as_ref().map(|(l, _)| l.clone()),
            span,
            values: vec![None; n],
            origins: vec![Origin::Unset; n],
        };
        // The slot is taken now: rows nested in this one are pushed while its fields are read.
        self.rows.push(Row {
            model: model_id,
            label: None,
            span,
            values: Vec::new(),
            origins: Vec::new(),
        });
        // Fields the parent of a nested row sets: its relation to the parent and that
        // relation's foreign key.
        let by_parent: Vec<FieldId> = match parent {
            Some(p) => {
                let mut v = vec![p.field];
                if let FieldKind::Relation(rf) = &model.fields[p.field].kind {
                    v.extend(rf.fields.iter().copied());
                }
                v
            }
            None => Vec::new(),
        };
        // A handful of fields: a list is cheaper than a hash map.
        let mut seen: Vec<(&str, Span)> = Vec::with_capacity(entries.len());
        for (key, value) in entries {
            let Some(name) = key.as_str() else {
                self.err(key.span, "expected a field name");
                continue;
            };
            if name == LABEL_KEY {
                continue;
            }
            if name == template::COUNT_KEY {
                self.err(
                    key.span,
                    format!(
                        "`{}` works on list-form rows only (`- {}: N`)",
                        template::COUNT_KEY,
                        template::COUNT_KEY
                    ),
                );
                continue;
            }
            if let Some(&(_, first)) = seen.iter().find(|(n, _)| *n == name) {
                let at = self.position(first);
                self.diags.push(
                    Diagnostic::error(key.span, format!("field `{name}` is set twice"))
                        .with_note(format!("note: first set at {at}")),
                );
                continue;
            }
            seen.push((name, key.span));
            let Some(fid) = model.field_id(name) else {
                let mut d = Diagnostic::error(
                    key.span,
                    format!("unknown field `{name}` on model `{}`", model.name),
                );
                let names = model.fields.iter().map(|f| f.name.as_str());
                if let Some(s) = suggest(name, names) {
                    d = d.with_note(format!("help: did you mean `{s}`?"));
                }
                self.diags.push(d);
                continue;
            };
            let field = &model.fields[fid];
            if field.ignored {
                self.err(
                    key.span,
                    format!("field `{name}` is marked @ignore: it cannot be seeded"),
                );
                continue;
            }
            if let Some(p) = parent.filter(|_| by_parent.contains(&fid)) {
                let at = self.position(p.span);
                let parent_model = &schema.models[self.rows[p.row].model];
                let via = match &model.fields[p.field].kind {
                    FieldKind::Relation(rf) => {
                        let (m, f) = schema.relations[rf.relation].referenced;
                        format!(
                            "{}.{}",
                            schema.models[m].name, schema.models[m].fields[f].name
                        )
                    }
                    _ => parent_model.name.clone(),
                };
                let parent_model = &parent_model.name;
                self.diags.push(
                    Diagnostic::error(
                        key.span,
                        format!(
                            "`{name}` is set by nesting this row under a `{parent_model}` row: remove it"
                        ),
                    )
                    .with_note(format!("note: nested under `{via}` at {at}")),
                );
                row.origins[fid] = Origin::Invalid;
                continue;
            }
            if let FieldKind::Relation(rf) = &field.kind {
                if !self.relation_value(index, model_id, fid, rf.target, key.span, value) {
                    for &f in &rf.fields {
                        row.origins[f] = Origin::Invalid;
                    }
                }
                continue;
            }
            match self.convert(field, value) {
                Ok(v) => {
                    row.values[fid] = Some(v);
                    row.origins[fid] = Origin::Given;
                }
                Err(msg) => {
                    row.origins[fid] = Origin::Invalid;
                    let mut d = Diagnostic::error(value.span, format!("`{name}`: {msg}"));
                    let nested = match &value.kind {
                        NodeKind::Map(_) => true,
                        NodeKind::Seq(items) => {
                            items.iter().any(|i| matches!(i.kind, NodeKind::Map(_)))
                        }
                        _ => false,
                    };
                    if nested {
                        d = d.with_note(
                            "note: rows nest under relation fields only (a back relation such as `User.campaigns`)",
                        );
                    }
                    self.diags.push(d);
                }
            }
        }
        if let Some(p) = parent {
            self.links.push(Link {
                from: RowRef::Index(index),
                field: p.field,
                to: RowRef::Index(p.row),
                span: p.span,
            });
        }
        // Client-side defaults.
        let key = match &row.label {
            Some(l) => format!("{}:{l}", model.name),
            None => format!("{}#{ordinal}", model.name),
        };
        for (fid, field) in model.fields.iter().enumerate() {
            if row.origins[fid] != Origin::Unset || field.is_relation() {
                continue;
            }
            let generated = if field.updated_at {
                Some(self.now_value(field))
            } else {
                match field.default.as_ref().map(|d| &d.kind) {
                    Some(DefaultKind::Now) => Some(self.now_value(field)),
                    Some(
                        kind @ (DefaultKind::Uuid(_)
                        | DefaultKind::Cuid(_)
                        | DefaultKind::Nanoid(_)
                        | DefaultKind::Ulid),
                    ) => {
                        let mut rng = KeyedRng::new(&format!("{key}.{}", field.name));
                        Some(Value::String(match kind {
                            DefaultKind::Uuid(v) => values::uuid(&mut rng, *v),
                            DefaultKind::Cuid(v) => values::cuid(&mut rng, *v),
                            DefaultKind::Nanoid(len) => values::nanoid(&mut rng, len.unwrap_or(21)),
                            _ => values::ulid(&mut rng),
                        }))
                    }
                    _ => None,
                }
            };
            if let Some(v) = generated {
                row.values[fid] = Some(v);
                row.origins[fid] = Origin::Generated;
            }
        }
        self.rows[index] = row;
    }

    fn relation_value(
        &mut self,
        row: usize,
        model_id: ModelId,
        fid: FieldId,
        target: ModelId,
        key_span: Span,
        value: &Node,
    ) -> bool {
        let schema = self.schema;
        let model = &schema.models[model_id];
        let field = &model.fields[fid];
        let FieldKind::Relation(rf) = &field.kind else {
            return false;
        };
        let relation = &schema.relations[rf.relation];
        let target_name = &schema.models[target].name;
        let label_of = |n: &Node| -> Option<String> {
            match n.scalar()? {
                Scalar::Str(s) | Scalar::Int(s) => Some(s.to_string()),
                _ => None,
            }
        };
        if relation.kind == RelationKind::ManyToMany {
            let NodeKind::Seq(items) = &value.kind else {
                self.err(
                    value.span,
                    format!(
                        "`{}`: expected a list of `{target_name}` labels, found {}",
                        field.name,
                        value.describe()
                    ),
                );
                return false;
            };
            let mut ok = true;
            for item in items {
                match label_of(item) {
                    Some(label) => self.many.push(ManyLink {
                        row,
                        field: fid,
                        target,
                        label,
                        span: item.span,
                    }),
                    None => {
                        ok = false;
                        let mut d = Diagnostic::error(
                            item.span,
                            format!(
                                "`{}`: expected a `{target_name}` label, found {}",
                                field.name,
                                item.describe()
                            ),
                        );
                        if matches!(item.kind, NodeKind::Map(_)) {
                            d = d.with_note(
                                "note: many-to-many relations link labelled rows; rows nest under one-to-many and one-to-one back relations only",
                            );
                        }
                        self.diags.push(d);
                    }
                }
            }
            return ok;
        }
        if !rf.fields.is_empty() {
            // The referencing side: one label, a unique criterion (or null).
            if value.is_null() {
                if field.arity == Arity::Required {
                    self.err(
                        value.span,
                        format!(
                            "`{}`: the relation is required and cannot be null",
                            field.name
                        ),
                    );
                    return false;
                }
                return true;
            }
            if let NodeKind::Map(entries) = &value.kind {
                let Some(key) = self.unique_key(field, target, entries, value.span) else {
                    return false;
                };
                self.links.push(Link {
                    from: RowRef::Index(row),
                    field: fid,
                    to: RowRef::Key(target, key, value.span),
                    span: value.span,
                });
                return true;
            }
            match label_of(value) {
                Some(label) => self.links.push(Link {
                    from: RowRef::Index(row),
                    field: fid,
                    to: RowRef::Label(target, label, value.span),
                    span: value.span,
                }),
                None => {
                    self.err(
                        value.span,
                        format!(
                            "`{}`: expected a `{target_name}` label or a unique criterion, found {}",
                            field.name,
                            value.describe()
                        ),
                    );
                    return false;
                }
            }
            return true;
        }
        // The referenced side: labels of the rows that point here, or those rows nested.
        let (other_model, other_field) = relation.referencing;
        let items: Vec<&Node> = match &value.kind {
            NodeKind::Seq(items) if field.is_list() => items.iter().collect(),
            _ if !field.is_list() && !value.is_null() => vec![value],
            _ if value.is_null() && !field.is_list() => return true,
            _ => {
                self.err(
                    value.span,
                    format!(
                        "`{}`: expected a list of `{target_name}` labels or rows, found {}",
                        field.name,
                        value.describe()
                    ),
                );
                return true;
            }
        };
        let parent = Parent {
            field: other_field,
            row,
            span: key_span,
        };
        for item in items {
            if let NodeKind::Map(_) = &item.kind {
                if field.is_list() {
                    self.list_row(other_model, item, Some(parent));
                } else {
                    self.one_list_row(other_model, item, Some(parent));
                }
                continue;
            }
            match label_of(item) {
                Some(label) => self.links.push(Link {
                    from: RowRef::Label(other_model, label, item.span),
                    field: other_field,
                    to: RowRef::Index(row),
                    span: item.span,
                }),
                None => self.err(
                    item.span,
                    format!(
                        "`{}`: expected a `{target_name}` label or row, found {}",
                        field.name,
                        item.describe()
                    ),
                ),
            }
        }
        true
    }

    /// The unique criteria of a model: its primary key and its unique constraints (not partial).
    fn criteria(model: &Model) -> Vec<Vec<FieldId>> {
        let mut out: Vec<Vec<FieldId>> = Vec::new();
        if let Some(pk) = &model.primary_key {
            out.push(pk.fields.iter().map(|f| f.field).collect());
        }
        for idx in &model.indexes {
            if idx.kind == IndexKind::Unique && idx.where_clause.is_none() {
                out.push(idx.fields.iter().map(|f| f.field).collect());
            }
        }
        out
    }

    /// `{ email: alice@example.com }` for relation `field` to `target`: the values of exactly
    /// one unique criterion of `target`, converted; `None` (reported) otherwise.
    fn unique_key(
        &mut self,
        field: &Field,
        target: ModelId,
        entries: &[(Node, Node)],
        span: Span,
    ) -> Option<Vec<(FieldId, Value)>> {
        let schema = self.schema;
        let tm = &schema.models[target];
        let mut key: Vec<(FieldId, Value)> = Vec::new();
        let mut ok = true;
        for (k, v) in entries {
            let Some(name) = k.as_str() else {
                self.err(k.span, "expected a field name");
                ok = false;
                continue;
            };
            let Some(kf) = tm.field_id(name) else {
                let mut d = Diagnostic::error(
                    k.span,
                    format!(
                        "`{}`: unknown field `{name}` on model `{}`",
                        field.name, tm.name
                    ),
                );
                let names = tm.scalar_fields().map(|(_, f)| f.name.as_str());
                if let Some(s) = suggest(name, names) {
                    d = d.with_note(format!("help: did you mean `{s}`?"));
                }
                self.diags.push(d);
                ok = false;
                continue;
            };
            let f = &tm.fields[kf];
            if f.is_relation() {
                self.diags.push(
                    Diagnostic::error(
                        k.span,
                        format!(
                            "`{}`: `{name}` is a relation; a unique criterion names scalar fields of `{}`",
                            field.name, tm.name
                        ),
                    )
                    .with_note(format!(
                        "note: to create the `{}` row here, nest this row under it instead",
                        tm.name
                    )),
                );
                ok = false;
                continue;
            }
            if key.iter().any(|(f, _)| *f == kf) {
                self.err(k.span, format!("field `{name}` is set twice"));
                ok = false;
                continue;
            }
            if v.is_null() {
                self.err(
                    v.span,
                    format!("`{}.{name}`: null never identifies a row", field.name),
                );
                ok = false;
                continue;
            }
            match self.convert(f, v) {
                Ok(value) => key.push((kf, value)),
                Err(msg) => {
                    self.err(v.span, format!("`{}.{name}`: {msg}", field.name));
                    ok = false;
                }
            }
        }
        if !ok {
            return None;
        }
        let mut given: Vec<FieldId> = key.iter().map(|(f, _)| *f).collect();
        given.sort_unstable();
        let criteria = Self::criteria(tm);
        let Some(criterion) = criteria.iter().find(|c| {
            let mut c = (*c).clone();
            c.sort_unstable();
            c == given
        }) else {
            let shown = |fs: &[FieldId]| -> String {
                let names: Vec<&str> = fs.iter().map(|&f| tm.fields[f].name.as_str()).collect();
                format!("{{ {} }}", names.join(", "))
            };
            let all: Vec<String> = criteria.iter().map(|c| shown(c)).collect();
            let mut d = Diagnostic::error(
                span,
                format!(
                    "`{}`: {} is not a unique criterion of `{}`",
                    field.name,
                    shown(&given),
                    tm.name
                ),
            );
            if !all.is_empty() {
                d = d.with_note(format!("help: one of {}", all.join(", ")));
            }
            d = d.with_note(format!(
                "note: a relation takes a `{}` label or unique criterion; to create the row, nest this row under it",
                tm.name
            ));
            self.diags.push(d);
            return None;
        };
        // In the criterion's order (the key index is by criterion).
        let ordered = criterion
            .iter()
            .map(|f| key.iter().find(|(k, _)| k == f).cloned().expect("same set"))
            .collect();
        Some(ordered)
    }

    /// A fixture row of `model` whose `criterion` fields hold `values`.
    fn find_by_key(&mut self, model: ModelId, key: &[(FieldId, Value)]) -> Option<usize> {
        let criterion: Vec<FieldId> = key.iter().map(|(f, _)| *f).collect();
        let text = |vals: &mut dyn Iterator<Item = &Value>| -> String {
            let mut s = String::new();
            for v in vals {
                s.push_str(&v.to_string());
                s.push('\u{0}');
            }
            s
        };
        if !self.key_index.contains_key(&(model, criterion.clone())) {
            let mut index: HashMap<String, usize> = HashMap::new();
            for (i, r) in self.rows.iter().enumerate() {
                if r.model != model {
                    continue;
                }
                let vals: Option<Vec<&Value>> = criterion
                    .iter()
                    .map(|&f| {
                        r.values
                            .get(f)
                            .and_then(|v| v.as_ref())
                            .filter(|v| !v.is_null())
                    })
                    .collect();
                if let Some(vals) = vals {
                    index.entry(text(&mut vals.into_iter())).or_insert(i);
                }
            }
            self.key_index.insert((model, criterion.clone()), index);
        }
        let wanted = text(&mut key.iter().map(|(_, v)| v));
        self.key_index[&(model, criterion)].get(&wanted).copied()
    }

    fn lookup(&mut self, model: ModelId, label: &str, span: Span) -> Option<usize> {
        if let Some((i, _)) = self.labels.get(&model).and_then(|m| m.get(label)) {
            return Some(*i);
        }
        let name = &self.schema.models[model].name;
        let mut d = Diagnostic::error(
            span,
            format!("unknown label `{label}`: no `{name}` row has it"),
        );
        let known = self
            .labels
            .get(&model)
            .into_iter()
            .flat_map(|m| m.keys())
            .map(|l| l.as_str());
        if let Some(s) = suggest(label, known) {
            d = d.with_note(format!("help: did you mean `{s}`?"));
        }
        self.diags.push(d);
        None
    }

    fn resolve(&mut self, r: &RowRef) -> Option<usize> {
        match r {
            RowRef::Index(i) => Some(*i),
            RowRef::Label(m, l, span) => self.lookup(*m, l, *span),
            RowRef::Key(m, key, _) => self.find_by_key(*m, key),
        }
    }

    fn resolve_links(&mut self) {
        let schema = self.schema;
        let mut links = std::mem::take(&mut self.links);
        // Labels and nesting first: a unique criterion may hold a foreign key they set.
        links.sort_by_key(|l| matches!(l.to, RowRef::Key(..)));
        for link in &links {
            let Some(from) = self.resolve(&link.from) else {
                continue;
            };
            let Some(to) = self.resolve(&link.to) else {
                if let RowRef::Key(_, key, span) = &link.to {
                    // Not in the fixtures: read from the database when loading.
                    self.lookups.push(PendingLookup {
                        row: from,
                        field: link.field,
                        key: key.clone(),
                        span: *span,
                    });
                    if let FieldKind::Relation(rf) =
                        &schema.models[self.rows[from].model].fields[link.field].kind
                    {
                        for &f in &rf.fields {
                            let row = &mut self.rows[from];
                            if matches!(
                                row.origins[f],
                                Origin::Given | Origin::Linked | Origin::Pending
                            ) {
                                let msg = format!(
                                    "`{}` is set twice (directly and through `{}`)",
                                    schema.models[row.model].fields[f].name,
                                    schema.models[row.model].fields[link.field].name
                                );
                                self.err(link.span, msg);
                                break;
                            }
                            row.values[f] = Some(Value::Null);
                            row.origins[f] = Origin::Lookup;
                        }
                    }
                    continue;
                }
                if let FieldKind::Relation(rf) =
                    &schema.models[self.rows[from].model].fields[link.field].kind
                {
                    for &f in &rf.fields {
                        self.rows[from].origins[f] = Origin::Invalid;
                    }
                }
                continue;
            };
            let model = &schema.models[self.rows[from].model];
            let field = &model.fields[link.field];
            let FieldKind::Relation(rf) = &field.kind else {
                continue;
            };
            let target = &schema.models[rf.target];
            for (&fk, &rk) in rf.fields.iter().zip(&rf.references) {
                let generated = self.rows[to].values[rk].is_none()
                    && self.rows[to].origins[rk] == Origin::Unset
                    && is_autoincrement(&target.fields[rk]);
                if generated {
                    // The database generates it: taken from its sequence at load time.
                    let row = &mut self.rows[from];
                    let same = row.origins[fk] == Origin::Pending
                        && self.pending.get(&(from, fk)) == Some(&(to, rk));
                    if matches!(
                        row.origins[fk],
                        Origin::Given | Origin::Linked | Origin::Pending
                    ) && !same
                    {
                        let msg = format!(
                            "`{}.{}` is set twice with different values (directly or through `{}`)",
                            model.name, model.fields[fk].name, field.name
                        );
                        self.err(link.span, msg);
                        break;
                    }
                    row.values[fk] = Some(Value::Null);
                    row.origins[fk] = Origin::Pending;
                    self.pending.insert((from, fk), (to, rk));
                    self.needs_value.entry((to, rk)).or_insert(link.span);
                    continue;
                }
                let Some(v) = self.rows[to].values[rk].clone() else {
                    for &f in &rf.fields {
                        self.rows[from].origins[f] = Origin::Invalid;
                    }
                    self.err(
                        link.span,
                        format!(
                            "the `{}` row this points to has no `{}` yet (the database would generate it): give that row an explicit `{}`",
                            target.name, target.fields[rk].name, target.fields[rk].name
                        ),
                    );
                    break;
                };
                let row = &mut self.rows[from];
                match row.origins[fk] {
                    Origin::Given | Origin::Linked | Origin::Pending
                        if row.origins[fk] == Origin::Pending
                            || row.values[fk].as_ref() != Some(&v) =>
                    {
                        let msg = format!(
                            "`{}.{}` is set twice with different values (directly or through `{}`)",
                            model.name, model.fields[fk].name, field.name
                        );
                        self.err(link.span, msg);
                        break;
                    }
                    _ => {
                        row.values[fk] = Some(v);
                        row.origins[fk] = Origin::Linked;
                    }
                }
            }
        }
    }

    fn required(&mut self) {
        let schema = self.schema;
        for i in 0..self.rows.len() {
            let model = &schema.models[self.rows[i].model];
            let mut missing_fk: HashSet<FieldId> = HashSet::new();
            for (_, field) in model.relation_fields() {
                let FieldKind::Relation(rf) = &field.kind else {
                    continue;
                };
                if rf.fields.is_empty() || field.arity != Arity::Required {
                    continue;
                }
                if rf
                    .fields
                    .iter()
                    .any(|&f| self.rows[i].origins[f] == Origin::Unset)
                {
                    missing_fk.extend(rf.fields.iter().copied());
                    let span = self.rows[i].span;
                    self.diags.push(
                        Diagnostic::error(
                            span,
                            format!(
                                "missing required relation `{}` of `{}`",
                                field.name, model.name
                            ),
                        )
                        .with_note(format!(
                            "help: set `{}: <{} label>`",
                            field.name, schema.models[rf.target].name
                        )),
                    );
                }
            }
            for (fid, field) in model.scalar_fields() {
                if self.rows[i].origins[fid] != Origin::Unset
                    || !field.is_required()
                    || field.default.is_some()
                    || field.ignored
                    || missing_fk.contains(&fid)
                {
                    continue;
                }
                let span = self.rows[i].span;
                self.err(
                    span,
                    format!(
                        "missing required field `{}` of `{}` (it has no default)",
                        field.name, model.name
                    ),
                );
            }
        }
    }

    fn uniques(&mut self) {
        let schema = self.schema;
        let mut rows_of: HashMap<ModelId, Vec<usize>> = HashMap::new();
        for (i, r) in self.rows.iter().enumerate() {
            rows_of.entry(r.model).or_default().push(i);
        }
        for (mid, model) in schema.models.iter().enumerate() {
            let Some(rows) = rows_of.get(&mid) else {
                continue;
            };
            let mut keys: Vec<(String, Vec<FieldId>)> = Vec::new();
            if let Some(pk) = &model.primary_key {
                keys.push((
                    pk.db_name.clone(),
                    pk.fields.iter().map(|f| f.field).collect(),
                ));
            }
            for idx in &model.indexes {
                if idx.kind == IndexKind::Unique && idx.where_clause.is_none() {
                    keys.push((
                        idx.db_name.clone(),
                        idx.fields.iter().map(|f| f.field).collect(),
                    ));
                }
            }
            for (name, fields) in keys {
                // Rows by the hash of their key values; `chain` links rows with the same hash.
                let mut seen: HashMap<u64, usize> = HashMap::with_capacity(rows.len());
                let mut chain: HashMap<usize, usize> = HashMap::new();
                // Generated ids differ by construction; only given or linked values collide. A
                // value the database will generate stands for the row it comes from.
                let pending = &self.pending;
                let key_value = |r, i, f| unique_value(pending, r, i, f);
                for &i in rows {
                    let row = &self.rows[i];
                    let values = || fields.iter().map(|&f| key_value(row, i, f));
                    if values().any(|v| v.is_none()) {
                        continue;
                    }
                    let mut h = std::collections::hash_map::DefaultHasher::new();
                    for v in values().flatten() {
                        hash_json(&v, &mut h);
                    }
                    let hash = std::hash::Hasher::finish(&h);
                    let mut other = seen.get(&hash).copied();
                    while let Some(o) = other {
                        let same = fields
                            .iter()
                            .all(|&f| key_value(&self.rows[o], o, f) == key_value(row, i, f));
                        if same {
                            break;
                        }
                        other = chain.get(&o).copied();
                    }
                    let Some(first) = other else {
                        if let Some(prev) = seen.insert(hash, i) {
                            chain.insert(i, prev);
                        }
                        continue;
                    };
                    let at = self.position(self.rows[first].span);
                    // Values set through relations are generated ids: name the fields.
                    let shown: Vec<String> = fields
                        .iter()
                        .map(|&f| match (row.origins[f], &row.values[f]) {
                            (Origin::Given, Some(v)) => format!("{} = {v}", model.fields[f].name),
                            _ => format!("the same {} (through a relation)", model.fields[f].name),
                        })
                        .collect();
                    let span = row.span;
                    self.diags.push(
                        Diagnostic::error(
                            span,
                            format!(
                                "unique constraint `{name}` of `{}` violated: another row has {}",
                                model.name,
                                shown.join(", ")
                            ),
                        )
                        .with_note(format!("note: the other row is at {at}")),
                    );
                }
            }
        }
    }

    /// `now()` for a field's type, formatted once per type.
    fn now_value(&mut self, field: &Field) -> Value {
        let k = match field.native_type.as_ref().map(|n| n.name.as_str()) {
            Some("Date") => 0,
            Some("Time") => 1,
            Some("Timetz") => 2,
            _ => 3,
        };
        if let Some(v) = &self.now_text[k] {
            return v.clone();
        }
        let v = self.datetime_value(field, &self.now);
        self.now_text[k] = Some(v.clone());
        v
    }

    fn datetime_value(&self, field: &Field, dt: &DateTime) -> Value {
        Value::String(match field.native_type.as_ref().map(|n| n.name.as_str()) {
            Some("Date") => dt.date(),
            Some("Time") => dt.time(),
            Some("Timetz") => format!("{}+00", dt.time()),
            _ => dt.timestamp(),
        })
    }

    fn convert(&self, field: &Field, node: &Node) -> Result<Value, String> {
        if node.is_null() {
            return if field.arity == Arity::Required {
                Err("the field is required and cannot be null".into())
            } else {
                Ok(Value::Null)
            };
        }
        if field.is_list() {
            let NodeKind::Seq(items) = &node.kind else {
                return Err(format!("expected a list, found {}", node.describe()));
            };
            return items
                .iter()
                .map(|i| self.convert_one(field, i))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array);
        }
        self.convert_one(field, node)
    }

    fn convert_one(&self, field: &Field, node: &Node) -> Result<Value, String> {
        let found = node.describe();
        let scalar = node.scalar();
        match &field.kind {
            FieldKind::Enum { id } => {
                let e = &self.schema.enums[*id];
                let Some(name) = node.as_str() else {
                    return Err(format!(
                        "expected a value of enum `{}`, found {found}",
                        e.name
                    ));
                };
                match e.values.iter().find(|v| v.name == name) {
                    Some(v) => Ok(Value::String(v.db_name.clone())),
                    None => {
                        let all: Vec<&str> = e.values.iter().map(|v| v.name.as_str()).collect();
                        Err(format!(
                            "`{name}` is not a value of enum `{}` (one of: {})",
                            e.name,
                            all.join(", ")
                        ))
                    }
                }
            }
            FieldKind::Unsupported { raw } => node
                .as_str()
                .map(|s| Value::String(s.to_string()))
                .ok_or_else(|| {
                    format!("expected a string for Unsupported(\"{raw}\"), found {found}")
                }),
            FieldKind::Relation(_) => Err("relations are set by label".into()),
            FieldKind::Scalar { scalar: ty } => {
                let native = field.native_type.as_ref().map(|n| n.name.as_str());
                let expected = |what: &str| format!("expected {what}, found {found}");
                match ty {
                    ScalarType::String => match scalar {
                        Some(Scalar::Str(s)) => Ok(Value::String(s.to_string())),
                        // `"{{n}}"` into a text column: the number's text.
                        Some(Scalar::Int(t) | Scalar::Float(t)) if node.is_templated() => {
                            Ok(Value::String(t.to_string()))
                        }
                        _ => Err(expected("a string")),
                    },
                    ScalarType::Boolean => match scalar {
                        Some(Scalar::Bool(b)) => Ok(Value::Bool(b)),
                        _ => Err(expected("a boolean")),
                    },
                    ScalarType::Int => {
                        let Some(Scalar::Int(t)) = scalar else {
                            return Err(expected("an integer (Int)"));
                        };
                        let (lo, hi) = match native {
                            Some("SmallInt") => (i16::MIN as i64, i16::MAX as i64),
                            Some("Oid") => (0, u32::MAX as i64),
                            _ => (i32::MIN as i64, i32::MAX as i64),
                        };
                        match t.parse::<i64>() {
                            Ok(v) if (lo..=hi).contains(&v) => Ok(Value::from(v)),
                            _ => Err(format!(
                                "{t} is out of range for this Int column ({lo} to {hi})"
                            )),
                        }
                    }
                    ScalarType::BigInt => {
                        let t = match scalar {
                            Some(Scalar::Int(t)) => t,
                            Some(Scalar::Str(t)) if t.parse::<i64>().is_ok() => t,
                            _ => return Err(expected("an integer (BigInt)")),
                        };
                        t.parse::<i64>()
                            .map(Value::from)
                            .map_err(|_| format!("{t} is out of range for BigInt"))
                    }
                    ScalarType::Float => match scalar {
                        Some(Scalar::Int(t) | Scalar::Float(t)) => {
                            let t = t.trim_start_matches('+');
                            match t.parse::<f64>() {
                                Ok(f) if f.is_finite() => Ok(Value::from(f)),
                                _ => Ok(Value::String(
                                    match t.to_ascii_lowercase().as_str() {
                                        ".nan" => "NaN",
                                        "-.inf" => "-Infinity",
                                        _ => "Infinity",
                                    }
                                    .into(),
                                )),
                            }
                        }
                        _ => Err(expected("a number (Float)")),
                    },
                    ScalarType::Decimal => {
                        let t = match scalar {
                            Some(Scalar::Int(t) | Scalar::Float(t)) => t,
                            Some(Scalar::Str(t)) if is_decimal(t) => t,
                            _ => return Err(expected("a decimal number")),
                        };
                        if t.starts_with('.') || t.contains("inf") || t.contains("nan") {
                            return Err(format!("`{t}` is not a decimal number"));
                        }
                        Ok(Value::String(t.trim_start_matches('+').to_string()))
                    }
                    ScalarType::DateTime => {
                        let Some(s) = node.as_str() else {
                            return Err(expected("an RFC 3339 date-time string"));
                        };
                        let dt = DateTime::parse(s).ok_or_else(|| {
                            format!("`{s}` is not an RFC 3339 date-time (e.g. 2024-05-01T09:30:00Z) or a date (2024-05-01)")
                        })?;
                        Ok(self.datetime_value(field, &dt))
                    }
                    ScalarType::Json => Ok(to_json(node)),
                    ScalarType::Bytes => {
                        let Some(s) = node.as_str() else {
                            return Err(expected("a base64 string"));
                        };
                        values::base64_decode(s)
                            .map(|b| Value::String(values::bytea_hex(&b)))
                            .ok_or_else(|| format!("`{s}` is not valid base64"))
                    }
                }
            }
        }
    }

    /// Orders tables, defers foreign keys that close a cycle, and builds the plan.
    fn plan(&mut self) -> Plan {
        let schema = self.schema;
        let mut plan = Plan::default();
        if self.diags.has_errors() {
            return plan;
        }
        let mut by_model: BTreeMap<ModelId, Vec<usize>> = BTreeMap::new();
        for (i, r) in self.rows.iter().enumerate() {
            by_model.entry(r.model).or_default().push(i);
        }
        // Dependency edges: referencing model → referenced model, for relations some row sets.
        struct Edge {
            from: ModelId,
            to: ModelId,
            field: FieldId,
            optional: bool,
        }
        let mut edges: Vec<Edge> = Vec::new();
        for (&mid, rows) in &by_model {
            let model = &schema.models[mid];
            for (fid, field) in model.relation_fields() {
                let FieldKind::Relation(rf) = &field.kind else {
                    continue;
                };
                if rf.fields.is_empty() || !by_model.contains_key(&rf.target) {
                    continue;
                }
                let used = rows.iter().any(|&r| {
                    rf.fields.iter().any(|&f| {
                        matches!(self.rows[r].origins[f], Origin::Linked | Origin::Pending)
                    })
                });
                if used {
                    edges.push(Edge {
                        from: mid,
                        to: rf.target,
                        field: fid,
                        optional: rf.fields.iter().all(|&f| !model.fields[f].is_required()),
                    });
                }
            }
        }
        let mut deferred: Vec<usize> = Vec::new();
        // Self-relations are always set afterwards (row order within a table is free).
        for (i, e) in edges.iter().enumerate() {
            if e.from == e.to {
                if e.optional {
                    deferred.push(i);
                } else {
                    let span = self.rows[by_model[&e.from][0]].span;
                    self.err(
                        span,
                        format!(
                            "the required self-relation `{}.{}` cannot be seeded: make it optional",
                            schema.models[e.from].name, schema.models[e.from].fields[e.field].name
                        ),
                    );
                    return plan;
                }
            }
        }
        let mut remaining: Vec<ModelId> = by_model.keys().copied().collect();
        let mut order: Vec<ModelId> = Vec::new();
        while !remaining.is_empty() {
            let ready = remaining.iter().position(|&m| {
                !edges.iter().enumerate().any(|(i, e)| {
                    e.from == m && e.to != m && !deferred.contains(&i) && remaining.contains(&e.to)
                })
            });
            match ready {
                Some(p) => order.push(remaining.remove(p)),
                None => {
                    let breakable = edges.iter().enumerate().position(|(i, e)| {
                        e.optional
                            && !deferred.contains(&i)
                            && remaining.contains(&e.from)
                            && remaining.contains(&e.to)
                    });
                    match breakable {
                        Some(i) => deferred.push(i),
                        None => {
                            let span = self.rows[by_model[&remaining[0]][0]].span;
                            let names: Vec<&str> = remaining
                                .iter()
                                .map(|&m| schema.models[m].name.as_str())
                                .collect();
                            self.err(
                                span,
                                format!(
                                    "required relations form a cycle between {}: no insertion order exists",
                                    names.join(", ")
                                ),
                            );
                            return plan;
                        }
                    }
                }
            }
        }
        let mut lookups_of: HashMap<usize, Vec<PendingLookup>> = HashMap::new();
        for l in std::mem::take(&mut self.lookups) {
            lookups_of.entry(l.row).or_default().push(l);
        }
        let deferred_fields: HashSet<(ModelId, FieldId)> = deferred
            .iter()
            .map(|&i| (edges[i].from, edges[i].field))
            .collect();

        // Many-to-many links → join table rows.
        let many = std::mem::take(&mut self.many);
        let mut joins: BTreeMap<usize, (JoinPlan, HashSet<String>)> = BTreeMap::new();
        let mut join_fills: Vec<((usize, FieldId), usize, usize, bool)> = Vec::new();
        for link in &many {
            let Some(target_row) = self.lookup(link.target, &link.label, link.span) else {
                continue;
            };
            let row = &self.rows[link.row];
            let FieldKind::Relation(rf) = &schema.models[row.model].fields[link.field].kind else {
                continue;
            };
            let rel = &schema.relations[rf.relation];
            // The id, or (its row, field) when the database generates it.
            let id_of = |i: usize| -> Option<(Value, Option<(usize, FieldId)>)> {
                let r = &self.rows[i];
                let m = &schema.models[r.model];
                let pk = m.primary_key.as_ref()?.fields.first()?.field;
                match &r.values[pk] {
                    Some(v) => Some((v.clone(), None)),
                    None if r.origins[pk] == Origin::Unset && is_autoincrement(&m.fields[pk]) => {
                        Some((Value::String(format!("\u{0}{i}")), Some((i, pk))))
                    }
                    None => None,
                }
            };
            let (a, b) = if rel.referencing == (row.model, link.field) {
                (link.row, target_row)
            } else {
                (target_row, link.row)
            };
            let (Some((va, ga)), Some((vb, gb))) = (id_of(a), id_of(b)) else {
                self.err(
                    link.span,
                    "many-to-many links need both rows' ids known: give the rows explicit ids",
                );
                continue;
            };
            let model_a = &schema.models[rel.referencing.0];
            let (jp, seen) = joins.entry(rf.relation).or_insert_with(|| {
                let name: String = rel
                    .join_table_name()
                    .chars()
                    .take(MAX_IDENTIFIER_LENGTH)
                    .collect();
                (
                    JoinPlan {
                        relation: rel.name.clone(),
                        table: QualifiedName::new(public_is_default(model_a), &name),
                        pairs: Vec::new(),
                    },
                    HashSet::new(),
                )
            });
            if seen.insert(format!("{va}\u{0}{vb}")) {
                let pair = jp.pairs.len();
                for (g, b) in [(ga, false), (gb, true)] {
                    if let Some(key) = g {
                        self.needs_value.entry(key).or_insert(link.span);
                        join_fills.push((key, rf.relation, pair, b));
                    }
                }
                let null = |g: &Option<(usize, FieldId)>, v: Value| match g {
                    Some(_) => Value::Null,
                    None => v,
                };
                jp.pairs.push((null(&ga, va), null(&gb, vb)));
            }
        }
        let relations: Vec<usize> = joins.keys().copied().collect();
        plan.joins = joins.into_values().map(|(j, _)| j).collect();
        // Where generated values go: (row, autoincrement field) → slots.
        let mut fills: HashMap<(usize, FieldId), Vec<Slot>> = HashMap::new();
        for (key, relation, pair, b) in join_fills {
            let join = relations
                .binary_search(&relation)
                .expect("a join of this plan");
            fills
                .entry(key)
                .or_default()
                .push(Slot::Join { join, pair, b });
        }
        // Checker row → (table, row) of the plan.
        let mut located: HashMap<usize, (usize, usize)> = HashMap::new();

        for mid in order {
            let model = &schema.models[mid];
            let table = table_name(model);
            let deferred_here: Vec<FieldId> = model
                .relation_fields()
                .filter(|(fid, _)| deferred_fields.contains(&(mid, *fid)))
                .flat_map(|(_, f)| match &f.kind {
                    FieldKind::Relation(rf) => rf.fields.clone(),
                    _ => Vec::new(),
                })
                .collect();
            let pk: Vec<FieldId> = model
                .primary_key
                .as_ref()
                .map(|pk| pk.fields.iter().map(|f| f.field).collect())
                .unwrap_or_default();
            let uniques: Vec<Vec<FieldId>> = model
                .indexes
                .iter()
                .filter(|i| i.kind == IndexKind::Unique && i.where_clause.is_none())
                .map(|i| i.fields.iter().map(|f| f.field).collect())
                .collect();
            let columns: Vec<Column> = model
                .fields
                .iter()
                .map(|f| Column::from(f.db_name.as_str()))
                .collect();
            let mut rows_out = Vec::new();
            let mut deferred_rows: BTreeMap<Vec<CompareColumn>, DeferredPlan> = BTreeMap::new();
            for &ri in &by_model[&mid] {
                // The values move into the plan (the rows are not read again).
                let mut vals = std::mem::take(&mut self.rows[ri].values);
                let row = &self.rows[ri];
                let present = |f: &FieldId| {
                    matches!(vals[*f], Some(ref v) if !v.is_null())
                        || matches!(row.origins[*f], Origin::Lookup | Origin::Pending)
                };
                let conflict_fields = if !pk.is_empty() && pk.iter().all(present) {
                    Some(&pk)
                } else {
                    uniques.iter().find(|u| u.iter().all(present))
                };
                // Autoincrement values other rows need: taken at load time; on a later run the
                // row is found again by its conflict target, which must not be that value.
                let generated: Vec<FieldId> = model
                    .scalar_fields()
                    .map(|(f, _)| f)
                    .filter(|&f| self.needs_value.contains_key(&(ri, f)))
                    .collect();
                if let Some(&g) = generated.first() {
                    if conflict_fields.is_none_or(|fs| fs.iter().any(|f| generated.contains(f))) {
                        let span = self.needs_value[&(ri, g)];
                        let name = &model.fields[g].name;
                        self.diags.push(
                            Diagnostic::error(
                                span,
                                format!(
                                    "the `{}` row this points to gets its `{name}` from the database, and it has no unique field that finds it again on the next run: give that row an explicit `{name}` or a value for a unique field",
                                    model.name
                                ),
                            )
                            .with_note("note: a row other rows refer to must be found again, so that a second run changes nothing"),
                        );
                        continue;
                    }
                }
                let pk_values: Vec<Value> = if pk.iter().all(present) {
                    pk.iter()
                        .map(|&f| vals[f].clone().unwrap_or(Value::Null))
                        .collect()
                } else {
                    Vec::new()
                };
                for &g in &generated {
                    vals[g] = Some(Value::Null);
                }
                let mut values = Vec::new();
                let mut compare = Vec::new();
                let mut touch = Vec::new();
                let mut deferred_set = serde_json::Map::new();
                let mut deferred_cols = Vec::new();
                let mut cycle = false;
                for (fid, field) in model.scalar_fields() {
                    let Some(v) = vals[fid].take() else { continue };
                    if deferred_here.contains(&fid) && row.origins[fid] == Origin::Pending {
                        cycle = true;
                        continue;
                    }
                    if row.origins[fid] == Origin::Pending {
                        if let Some(&key) = self.pending.get(&(ri, fid)) {
                            fills.entry(key).or_default().push(Slot::Row {
                                table: plan.tables.len(),
                                row: rows_out.len(),
                                column: field.db_name.clone(),
                            });
                        }
                    }
                    if deferred_here.contains(&fid) && row.origins[fid] == Origin::Linked {
                        deferred_set.insert(field.db_name.clone(), v);
                        deferred_cols.push(compare_column(field));
                        continue;
                    }
                    values.push((columns[fid].clone(), v));
                    match row.origins[fid] {
                        Origin::Given | Origin::Linked | Origin::Lookup | Origin::Pending => {
                            compare.push(compare_column(field))
                        }
                        Origin::Generated if field.updated_at => touch.push(field.db_name.clone()),
                        _ => {}
                    }
                }
                let conflict: Vec<String> = conflict_fields
                    .map(|fs| {
                        fs.iter()
                            .map(|&f| model.fields[f].db_name.clone())
                            .collect()
                    })
                    .unwrap_or_default();
                if cycle {
                    let span = row.span;
                    self.err(
                        span,
                        format!(
                            "this `{}` row is part of a relation cycle and points to a row whose key the database generates: give that row an explicit key",
                            model.name
                        ),
                    );
                    continue;
                }
                if !deferred_set.is_empty() {
                    if pk.is_empty() || pk_values.is_empty() {
                        let span = row.span;
                        self.err(
                            span,
                            format!(
                                "this `{}` row is part of a relation cycle and needs an explicit primary key",
                                model.name
                            ),
                        );
                        continue;
                    }
                    for (&f, v) in pk.iter().zip(pk_values) {
                        deferred_set.insert(model.fields[f].db_name.clone(), v);
                    }
                    deferred_rows
                        .entry(deferred_cols.clone())
                        .or_insert_with(|| DeferredPlan {
                            model: model.name.clone(),
                            table: table.clone(),
                            key: pk
                                .iter()
                                .map(|&f| model.fields[f].db_name.clone())
                                .collect(),
                            set: deferred_cols,
                            rows: Vec::new(),
                        })
                        .rows
                        .push(deferred_set);
                }
                for l in lookups_of.remove(&ri).unwrap_or_default() {
                    let FieldKind::Relation(rf) = &model.fields[l.field].kind else {
                        continue;
                    };
                    let target = &schema.models[rf.target];
                    plan.lookups.push(LookupPlan {
                        table: plan.tables.len(),
                        row: rows_out.len(),
                        target_model: target.name.clone(),
                        target: table_name(target),
                        key: l
                            .key
                            .iter()
                            .map(|(f, v)| (target.fields[*f].db_name.clone(), v.clone()))
                            .collect(),
                        columns: rf
                            .fields
                            .iter()
                            .zip(&rf.references)
                            .map(|(&a, &b)| {
                                (
                                    model.fields[a].db_name.clone(),
                                    target.fields[b].db_name.clone(),
                                )
                            })
                            .collect(),
                        position: self.position(l.span),
                    });
                }
                located.insert(ri, (plan.tables.len(), rows_out.len()));
                rows_out.push(PlannedRow {
                    values,
                    compare,
                    touch,
                    conflict,
                });
            }
            // Explicit values in autoincrement columns: move the sequence past them.
            for (fid, field) in model.scalar_fields() {
                let auto = matches!(
                    field.default.as_ref().map(|d| &d.kind),
                    Some(DefaultKind::Autoincrement)
                );
                if auto
                    && by_model[&mid]
                        .iter()
                        .any(|&r| self.rows[r].origins[fid] == Origin::Given)
                {
                    plan.sequences.push(SequencePlan {
                        table: table.clone(),
                        column: field.db_name.clone(),
                    });
                }
            }
            plan.tables.push(TablePlan {
                model: model.name.clone(),
                table,
                rows: rows_out,
            });
            plan.deferred.extend(deferred_rows.into_values());
        }
        // Generated values, per table and column, in plan order.
        let mut generated: BTreeMap<(usize, String), Vec<GeneratedRow>> = BTreeMap::new();
        for &(ri, f) in self.needs_value.keys() {
            let Some(&(table, row)) = located.get(&ri) else {
                continue;
            };
            let column = schema.models[self.rows[ri].model].fields[f].db_name.clone();
            generated
                .entry((table, column))
                .or_default()
                .push(GeneratedRow {
                    row,
                    fills: fills.remove(&(ri, f)).unwrap_or_default(),
                });
        }
        plan.generated = generated
            .into_iter()
            .map(|((table, column), mut rows)| {
                rows.sort_by_key(|r| r.row);
                GeneratedPlan {
                    table,
                    column,
                    rows,
                }
            })
            .collect();
        plan
    }
}

/// A value of a unique key for comparing rows (`None`: never collides); a value the database
/// will generate stands for the row it comes from.
fn unique_value<'r>(
    pending: &HashMap<(usize, FieldId), (usize, FieldId)>,
    r: &'r Row,
    i: usize,
    f: FieldId,
) -> Option<Cow<'r, Value>> {
    match (&r.values[f], r.origins[f]) {
        (_, Origin::Pending) => pending
            .get(&(i, f))
            .map(|(to, _)| Cow::Owned(Value::String(format!("\u{0}{to}")))),
        (Some(Value::Null), _) | (None, _) | (_, Origin::Generated) => None,
        (Some(v), _) => Some(Cow::Borrowed(v)),
    }
}

/// `@default(autoincrement())`: the database takes the value from a sequence.
fn is_autoincrement(field: &Field) -> bool {
    matches!(
        field.default.as_ref().map(|d| &d.kind),
        Some(DefaultKind::Autoincrement)
    )
}

fn is_decimal(t: &str) -> bool {
    let d = t.strip_prefix(['-', '+']).unwrap_or(t);
    let mut parts = d.splitn(2, '.');
    let int = parts.next().unwrap_or("");
    let frac = parts.next();
    !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

fn public_is_default(model: &Model) -> Option<&str> {
    model
        .schema
        .as_deref()
        .filter(|s| *s != justify_sql::lower::DEFAULT_NAMESPACE)
}

fn table_name(model: &Model) -> QualifiedName {
    QualifiedName::new(public_is_default(model), &model.db_name)
}

/// Columns whose type has no equality operator are compared as text.
fn compare_column(field: &Field) -> CompareColumn {
    let native = field.native_type.as_ref().map(|n| n.name.as_str());
    let cast = match (&field.kind, native) {
        (
            FieldKind::Scalar {
                scalar: ScalarType::Json,
            },
            Some("JsonB"),
        ) if !field.is_list() => None,
        (
            FieldKind::Scalar {
                scalar: ScalarType::Json,
            },
            _,
        ) => Some("text"),
        (FieldKind::Scalar { .. }, Some("Xml")) => Some("text"),
        (FieldKind::Unsupported { .. }, _) => Some("text"),
        _ => None,
    };
    CompareColumn {
        name: field.db_name.clone(),
        cast,
    }
}

/// Feeds a JSON value to a hasher (`Value` has no `Hash`): equal values hash equally.
fn hash_json(v: &Value, h: &mut impl std::hash::Hasher) {
    use std::hash::Hash;
    match v {
        Value::Null => 0u8.hash(h),
        Value::Bool(b) => (1u8, b).hash(h),
        Value::Number(n) => (2u8, n.as_f64().map(f64::to_bits), n.as_i64()).hash(h),
        Value::String(s) => (3u8, s).hash(h),
        Value::Array(items) => {
            (4u8, items.len()).hash(h);
            items.iter().for_each(|i| hash_json(i, h));
        }
        Value::Object(m) => {
            (5u8, m.len()).hash(h);
            for (k, v) in m {
                k.hash(h);
                hash_json(v, h);
            }
        }
    }
}

/// A YAML node as JSON (for `Json` fields): scalars resolved by the core schema.
pub fn to_json(node: &Node) -> Value {
    match &node.kind {
        NodeKind::Seq(items) => Value::Array(items.iter().map(to_json).collect()),
        NodeKind::Map(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| {
                    let key = match &k.kind {
                        NodeKind::Scalar { text, .. } => text.clone(),
                        _ => k.describe().to_string(),
                    };
                    (key, to_json(v))
                })
                .collect(),
        ),
        NodeKind::Scalar { .. } => match node.scalar() {
            Some(Scalar::Null) | None => Value::Null,
            Some(Scalar::Bool(b)) => Value::Bool(b),
            Some(Scalar::Int(t)) => t
                .trim_start_matches('+')
                .parse::<i64>()
                .map(Value::from)
                .unwrap_or_else(|_| Value::String(t.to_string())),
            Some(Scalar::Float(t)) => t
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number)
                .unwrap_or_else(|| Value::String(t.to_string())),
            Some(Scalar::Str(s)) => Value::String(s.to_string()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(
            suggest("emial", ["email", "name"].into_iter()),
            Some("email")
        );
        assert_eq!(suggest("zzz", ["email", "name"].into_iter()), None);
    }

    #[test]
    fn decimals() {
        assert!(is_decimal("12.50"));
        assert!(is_decimal("-3"));
        assert!(!is_decimal("1."));
        assert!(!is_decimal("abc"));
    }
}
