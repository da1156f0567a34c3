//! A normalised, deterministic text dump of a database's user catalog.

use std::collections::BTreeMap;
use std::fmt::Write;

use tokio_postgres::{Client, Error, Row};

/// Schemas of the user: everything but `information_schema` and `pg_*`
/// (`pg_catalog`, `pg_toast`, `pg_temp_N`, …), which users cannot create.
const USER_NS: &str = "n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'";

/// Objects that belong to an extension are reported as the extension only.
fn not_extension_member(catalog: &str, oid: &str) -> String {
    format!(
        "NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = '{catalog}'::regclass \
         AND dep.objid = {oid} AND dep.deptype = 'e')"
    )
}

const EXCLUDED_TABLE: &str = "_prisma_migrations";

/// A normalised, deterministic text dump of the catalog of every non-system
/// schema, for comparing two databases: extensions, schemas, enums (values
/// in order), domains, tables with their columns (type, nullability,
/// default, identity, generated, collation), constraints and indexes,
/// sequences (with the column owning them), views, functions and triggers.
/// Every list is sorted by name (byte order), so two databases built the
/// same way give identical text whatever their OIDs or creation order.
/// Column order is *not* part of the snapshot. `_prisma_migrations` is left
/// out. Index definitions lose the `ON <schema>.` qualifier.
pub async fn catalog_snapshot(client: &Client) -> Result<String, Error> {
    let mut out = String::new();

    // Extensions (plpgsql is in every database).
    let mut lines = text_rows(
        client,
        "SELECT e.extname::text, e.extversion::text, quote_ident(n.nspname) \
         FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace \
         WHERE e.extname <> 'plpgsql'",
    )
    .await?
    .into_iter()
    .map(|r| format!("extension {} {} schema={}", r[0], r[1], r[2]))
    .collect::<Vec<_>>();
    push_sorted(&mut out, &mut lines);

    // Schemas.
    let mut lines = text_rows(
        client,
        &format!(
            "SELECT quote_ident(n.nspname) FROM pg_namespace n WHERE {USER_NS} AND {}",
            not_extension_member("pg_namespace", "n.oid")
        ),
    )
    .await?
    .into_iter()
    .map(|r| format!("schema {}", r[0]))
    .collect::<Vec<_>>();
    push_sorted(&mut out, &mut lines);

    // Enums.
    let mut lines = Vec::new();
    for row in client
        .query(
            &format!(
                "SELECT quote_ident(n.nspname) || '.' || quote_ident(t.typname), \
                 coalesce((SELECT array_agg(quote_literal(e.enumlabel) ORDER BY e.enumsortorder) \
                           FROM pg_enum e WHERE e.enumtypid = t.oid), '{{}}')::text[] \
                 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace \
                 WHERE t.typtype = 'e' AND {USER_NS} AND {}",
                not_extension_member("pg_type", "t.oid")
            ),
            &[],
        )
        .await?
    {
        let name: String = row.get(0);
        let values: Vec<String> = row.get(1);
        lines.push(format!("enum {name} ({})", values.join(", ")));
    }
    push_sorted(&mut out, &mut lines);

    // Domains.
    let mut lines = Vec::new();
    for r in text_rows(
        client,
        &format!(
            "SELECT quote_ident(n.nspname) || '.' || quote_ident(t.typname), \
             format_type(t.typbasetype, t.typtypmod), \
             CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END, \
             coalesce(' DEFAULT ' || t.typdefault, ''), \
             coalesce((SELECT string_agg(' CONSTRAINT ' || quote_ident(c.conname) || ' ' \
                       || pg_get_constraintdef(c.oid, true), '' ORDER BY c.conname COLLATE \"C\") \
                       FROM pg_constraint c WHERE c.contypid = t.oid), '') \
             FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace \
             WHERE t.typtype = 'd' AND {USER_NS} AND {}",
            not_extension_member("pg_type", "t.oid")
        ),
    )
    .await?
    {
        lines.push(format!("domain {} {}{}{}{}", r[0], r[1], r[2], r[3], r[4]));
    }
    push_sorted(&mut out, &mut lines);

    // Tables, with columns, constraints, indexes and triggers nested.
    let table_filter = format!(
        "c.relkind IN ('r', 'p') AND {USER_NS} AND c.relname <> '{EXCLUDED_TABLE}' AND {}",
        not_extension_member("pg_class", "c.oid")
    );
    let mut tables: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in text_rows(
        client,
        &format!(
            "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), \
             CASE c.relkind WHEN 'p' THEN ' PARTITION BY ' || pg_get_partkeydef(c.oid) ELSE '' END \
             || CASE WHEN c.relispartition THEN ' PARTITION OF ' || \
                (SELECT i.inhparent::regclass::text FROM pg_inherits i WHERE i.inhrelid = c.oid) \
                || ' ' || pg_get_expr(c.relpartbound, c.oid) ELSE '' END \
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE {table_filter}"
        ),
    )
    .await?
    {
        tables
            .entry(r[0].clone())
            .or_default()
            .push(format!("\0table{}", r[1]));
    }
    for r in text_rows(
        client,
        &format!(
            "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), \
             quote_ident(a.attname), format_type(a.atttypid, a.atttypmod), \
             CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE ' NULL' END, \
             CASE WHEN a.attgenerated = 's' THEN ' GENERATED ALWAYS AS (' \
                  || pg_get_expr(ad.adbin, ad.adrelid) || ') STORED' \
                  ELSE coalesce(' DEFAULT ' || pg_get_expr(ad.adbin, ad.adrelid), '') END, \
             CASE a.attidentity WHEN 'a' THEN ' GENERATED ALWAYS AS IDENTITY' \
                  WHEN 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END, \
             CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation \
                  THEN ' COLLATE ' || quote_ident(coll.collname) ELSE '' END \
             FROM pg_attribute a \
             JOIN pg_class c ON c.oid = a.attrelid \
             JOIN pg_namespace n ON n.oid = c.relnamespace \
             JOIN pg_type t ON t.oid = a.atttypid \
             LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum \
             LEFT JOIN pg_collation coll ON coll.oid = a.attcollation \
             WHERE a.attnum > 0 AND NOT a.attisdropped AND {table_filter}"
        ),
    )
    .await?
    {
        tables.entry(r[0].clone()).or_default().push(format!(
            "column {} {}{}{}{}{}",
            r[1], r[2], r[6], r[3], r[4], r[5]
        ));
    }
    for r in text_rows(
        client,
        &format!(
            "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), \
             quote_ident(con.conname), pg_get_constraintdef(con.oid, true) \
             FROM pg_constraint con \
             JOIN pg_class c ON c.oid = con.conrelid \
             JOIN pg_namespace n ON n.oid = c.relnamespace WHERE {table_filter}"
        ),
    )
    .await?
    {
        tables
            .entry(r[0].clone())
            .or_default()
            .push(format!("constraint {} {}", r[1], r[2]));
    }
    for r in text_rows(
        client,
        &format!(
            "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), \
             quote_ident(i.relname), pg_get_indexdef(i.oid), quote_ident(n.nspname) \
             FROM pg_index x \
             JOIN pg_class i ON i.oid = x.indexrelid \
             JOIN pg_class c ON c.oid = x.indrelid \
             JOIN pg_namespace n ON n.oid = c.relnamespace WHERE {table_filter}"
        ),
    )
    .await?
    {
        let def = r[2]
            .replace(&format!(" ON ONLY {}.", r[3]), " ON ONLY ")
            .replace(&format!(" ON {}.", r[3]), " ON ");
        tables
            .entry(r[0].clone())
            .or_default()
            .push(format!("index {} {}", r[1], def));
    }
    for r in text_rows(
        client,
        &format!(
            "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), \
             quote_ident(tg.tgname), pg_get_triggerdef(tg.oid, true) \
             FROM pg_trigger tg \
             JOIN pg_class c ON c.oid = tg.tgrelid \
             JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE NOT tg.tgisinternal AND {table_filter}"
        ),
    )
    .await?
    {
        tables
            .entry(r[0].clone())
            .or_default()
            .push(format!("trigger {} {}", r[1], r[2]));
    }
    for (table, mut items) in tables {
        items.sort();
        let header = items
            .iter()
            .find_map(|i| i.strip_prefix("\0table"))
            .unwrap_or("")
            .to_string();
        let _ = writeln!(out, "table {table}{header}");
        for item in items.iter().filter(|i| !i.starts_with('\0')) {
            let _ = writeln!(out, "  {item}");
        }
    }

    // Sequences, with the column that owns them (serial: 'a', identity: 'i').
    let mut lines = Vec::new();
    for r in text_rows(
        client,
        &format!(
            "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), \
             format_type(s.seqtypid, NULL), s.seqstart::text, s.seqincrement::text, \
             s.seqmin::text, s.seqmax::text, s.seqcache::text, \
             CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END, \
             coalesce((SELECT ' OWNED BY ' || quote_ident(tn.nspname) || '.' \
                       || quote_ident(tc.relname) || '.' || quote_ident(ta.attname) \
                       || CASE d.deptype WHEN 'i' THEN ' (identity)' ELSE '' END \
                       FROM pg_depend d \
                       JOIN pg_class tc ON tc.oid = d.refobjid \
                       JOIN pg_namespace tn ON tn.oid = tc.relnamespace \
                       JOIN pg_attribute ta ON ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid \
                       WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid \
                         AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') \
                       LIMIT 1), ''), \
             coalesce((SELECT tc.relname::text FROM pg_depend d \
                       JOIN pg_class tc ON tc.oid = d.refobjid \
                       WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid \
                         AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') \
                       LIMIT 1), '') \
             FROM pg_sequence s \
             JOIN pg_class c ON c.oid = s.seqrelid \
             JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE {USER_NS} AND {}",
            not_extension_member("pg_class", "c.oid")
        ),
    )
    .await?
    {
        if r[9] == EXCLUDED_TABLE {
            continue;
        }
        lines.push(format!(
            "sequence {} AS {} START {} INCREMENT {} MINVALUE {} MAXVALUE {} CACHE {}{}{}",
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]
        ));
    }
    push_sorted(&mut out, &mut lines);

    // Views and materialized views.
    let mut lines = Vec::new();
    for r in text_rows(
        client,
        &format!(
            "SELECT CASE c.relkind WHEN 'm' THEN 'materialized view' ELSE 'view' END, \
             quote_ident(n.nspname) || '.' || quote_ident(c.relname), pg_get_viewdef(c.oid, true) \
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE c.relkind IN ('v', 'm') AND {USER_NS} AND {}",
            not_extension_member("pg_class", "c.oid")
        ),
    )
    .await?
    {
        lines.push(format!("{} {} AS\n{}", r[0], r[1], indent(r[2].trim_end())));
    }
    push_sorted(&mut out, &mut lines);

    // Functions and procedures (not aggregates).
    let mut lines = Vec::new();
    for r in text_rows(
        client,
        &format!(
            "SELECT quote_ident(n.nspname) || '.' || quote_ident(p.proname) \
             || '(' || pg_get_function_identity_arguments(p.oid) || ')', \
             pg_get_functiondef(p.oid) \
             FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace \
             WHERE p.prokind IN ('f', 'p') AND {USER_NS} AND {}",
            not_extension_member("pg_proc", "p.oid")
        ),
    )
    .await?
    {
        lines.push(format!("function {}\n{}", r[0], indent(r[1].trim_end())));
    }
    push_sorted(&mut out, &mut lines);

    Ok(out)
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("    {}", l.trim_end()))
        .collect::<Vec<_>>()
        .join("\n")
}

fn push_sorted(out: &mut String, lines: &mut [String]) {
    lines.sort();
    for line in lines.iter() {
        out.push_str(line);
        out.push('\n');
    }
}

/// Runs `sql` and returns every row as strings (NULL as "").
async fn text_rows(client: &Client, sql: &str) -> Result<Vec<Vec<String>>, Error> {
    Ok(client
        .query(sql, &[])
        .await?
        .iter()
        .map(row_strings)
        .collect())
}

fn row_strings(row: &Row) -> Vec<String> {
    (0..row.len())
        .map(|i| row.get::<_, Option<String>>(i).unwrap_or_default())
        .collect()
}
