//! A compact, stable, human-readable dump of a validated model: what the corpus snapshots hold
//! and what `justify-schema validate --print-model` shows. One line per item, no spans.

use crate::model::*;
use std::fmt::Write;

pub fn describe(schema: &Schema) -> String {
    let mut out = String::new();
    if let Some(ds) = &schema.datasource {
        let _ = writeln!(
            out,
            "datasource {} provider={} relationMode={:?} schemas={:?} extensions={:?}",
            ds.name,
            ds.provider,
            ds.relation_mode,
            ds.schemas,
            ds.extensions.iter().map(|e| &e.name).collect::<Vec<_>>()
        );
    }
    for g in &schema.generators {
        let _ = writeln!(
            out,
            "generator {} provider={:?} output={:?} preview={:?} config={:?}",
            g.name, g.provider, g.output, g.preview_features, g.config
        );
    }
    for e in &schema.enums {
        let values: Vec<String> = e
            .values
            .iter()
            .map(|v| {
                if v.name == v.db_name {
                    v.name.clone()
                } else {
                    format!("{}={}", v.name, v.db_name)
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "enum {} db={}{} [{}]",
            e.name,
            e.db_name,
            schema_suffix(&e.schema),
            values.join(", ")
        );
    }
    for m in &schema.models {
        let kind = if m.is_view { "view" } else { "model" };
        let _ = writeln!(
            out,
            "{kind} {} db={}{}{}{}",
            m.name,
            m.db_name,
            schema_suffix(&m.schema),
            if m.ignored { " ignored" } else { "" },
            m.docs
                .as_ref()
                .map(|d| format!(" docs={d:?}"))
                .unwrap_or_default()
        );
        for f in &m.fields {
            let ty = match &f.kind {
                FieldKind::Scalar { scalar } => scalar.as_str().to_string(),
                FieldKind::Enum { id } => format!("enum {}", schema.enums[*id].name),
                FieldKind::Unsupported { raw } => format!("Unsupported({raw:?})"),
                FieldKind::Relation(r) => format!(
                    "relation {} #{}{}",
                    schema.models[r.target].name,
                    r.relation,
                    if r.fields.is_empty() {
                        String::new()
                    } else {
                        format!(
                            " fields=[{}] references=[{}]",
                            names(m, &r.fields),
                            names(&schema.models[r.target], &r.references)
                        )
                    }
                ),
            };
            let arity = match f.arity {
                Arity::Required => "",
                Arity::Optional => "?",
                Arity::List => "[]",
            };
            let mut extras = Vec::new();
            if f.db_name != f.name && !f.is_relation() {
                extras.push(format!("db={}", f.db_name));
            }
            if let Some(d) = &f.default {
                extras.push(format!("default={:?}", d.kind));
            }
            if let Some(n) = &f.native_type {
                extras.push(format!("@db.{}{:?}", n.name, n.args));
            }
            if f.updated_at {
                extras.push("updatedAt".into());
            }
            if f.ignored {
                extras.push("ignored".into());
            }
            if let Some(d) = &f.docs {
                extras.push(format!("docs={d:?}"));
            }
            let _ = writeln!(out, "  {} {ty}{arity} {}", f.name, extras.join(" "));
        }
        if let Some(pk) = &m.primary_key {
            let _ = writeln!(
                out,
                "  pk {} [{}]{}",
                pk.db_name,
                index_fields(m, &pk.fields),
                pk.name
                    .as_ref()
                    .map(|n| format!(" name={n}"))
                    .unwrap_or_default()
            );
        }
        for i in &m.indexes {
            let _ = writeln!(
                out,
                "  {:?} {} [{}]{}{}{}",
                i.kind,
                i.db_name,
                index_fields(m, &i.fields),
                i.name
                    .as_ref()
                    .map(|n| format!(" name={n}"))
                    .unwrap_or_default(),
                i.algorithm
                    .map(|a| format!(" using={a:?}"))
                    .unwrap_or_default(),
                i.where_clause
                    .as_ref()
                    .map(|w| format!(" where={w:?}"))
                    .unwrap_or_default()
            );
        }
    }
    for (i, r) in schema.relations.iter().enumerate() {
        let (am, af) = r.referencing;
        let (bm, bf) = r.referenced;
        let _ = writeln!(
            out,
            "relation #{i} {} {:?} {}.{} -> {}.{} onDelete={:?} onUpdate={:?} fk={}",
            r.name,
            r.kind,
            schema.models[am].name,
            schema.models[am].fields[af].name,
            schema.models[bm].name,
            schema.models[bm].fields[bf].name,
            r.on_delete,
            r.on_update,
            r.fk_name
        );
    }
    out
}

fn schema_suffix(s: &Option<String>) -> String {
    s.as_ref()
        .map(|s| format!(" schema={s}"))
        .unwrap_or_default()
}

fn names(m: &Model, ids: &[FieldId]) -> String {
    ids.iter()
        .map(|&i| m.fields[i].name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn index_fields(m: &Model, fields: &[IndexField]) -> String {
    fields
        .iter()
        .map(|f| {
            let mut s = m.fields[f.field].name.clone();
            if let Some(o) = f.sort {
                let _ = write!(s, " {o:?}");
            }
            if let Some(ops) = &f.ops {
                let _ = write!(s, " ops={ops}");
            }
            s
        })
        .collect::<Vec<_>>()
        .join(", ")
}
