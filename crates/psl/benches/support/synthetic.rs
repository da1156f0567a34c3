//! Deterministic synthetic schemas for benchmarks, shared by the benches of several crates
//! (`#[path = "../../psl/benches/support/synthetic.rs"] mod synthetic;`): realistic models (ids, every
//! scalar type, native types, defaults, uniques, indexes, enums, 1-n, self and m-n relations, doc
//! comments) so every stage is measured on the same input.
#![allow(dead_code)]

use std::fmt::Write as _;

/// A tiny deterministic PRNG (SplitMix64) so the generated schemas never change between runs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const NOUNS: [&str; 16] = [
    "Account", "Order", "Invoice", "Product", "Shipment", "Ticket", "Project", "Comment",
    "Payment", "Review", "Session", "Report", "Contract", "Device", "Message", "Campaign",
];

/// One relation field on the "many" side (FK holder) pointing at an earlier model.
struct Fk {
    target: usize,
    optional: bool,
    on_delete: Option<&'static str>,
}

/// Generates a valid schema with `models` models (plus one enum per ten models).
#[allow(clippy::needless_range_loop)] // `i` indexes several parallel tables at once
pub fn generate_schema(models: usize) -> String {
    let mut rng = Rng(0x5EED_0000 + models as u64);
    let enums = models.div_ceil(10);
    let model_name = |i: usize| format!("{}{}", NOUNS[i % NOUNS.len()], i);
    let enum_name = |i: usize| format!("Status{i}");

    // Relation structure first, so back-relation fields can be rendered on the target side.
    let mut fks: Vec<Vec<Fk>> = Vec::with_capacity(models);
    let mut back: Vec<Vec<usize>> = vec![Vec::new(); models]; // target -> [sources]
    let mut m2n: Vec<Option<usize>> = vec![None; models]; // source -> earlier target
    let mut m2n_back: Vec<Vec<usize>> = vec![Vec::new(); models];
    for i in 0..models {
        let mut own = Vec::new();
        if i > 0 {
            let count = 1 + rng.below(2.min(i));
            let mut targets: Vec<usize> = Vec::new();
            while targets.len() < count {
                // Bias towards "hub" models near the start, like real schemas (User, Shop ...).
                let t = if rng.chance(40) {
                    rng.below(i.min(8))
                } else {
                    rng.below(i)
                };
                if !targets.contains(&t) {
                    targets.push(t);
                }
            }
            for t in targets {
                let optional = rng.chance(30);
                let on_delete = match rng.below(4) {
                    0 => Some("Cascade"),
                    1 if optional => Some("SetNull"),
                    2 => Some("Restrict"),
                    _ => None,
                };
                back[t].push(i);
                own.push(Fk {
                    target: t,
                    optional,
                    on_delete,
                });
            }
            if i > 2 && rng.chance(15) {
                let t = rng.below(i);
                if !own.iter().any(|f| f.target == t) {
                    m2n[i] = Some(t);
                    m2n_back[t].push(i);
                }
            }
        }
        fks.push(own);
    }

    let mut s = String::with_capacity(models * 1200);
    s.push_str("// Generated benchmark schema: deterministic, valid, PostgreSQL.\n\n");
    s.push_str(
        "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n",
    );
    s.push_str("generator client {\n  provider = \"prisma-client-js\"\n}\n\n");

    for e in 0..enums {
        let _ = writeln!(s, "/// Lifecycle states of group {e}.");
        let _ = writeln!(s, "enum {} {{", enum_name(e));
        for v in ["DRAFT", "ACTIVE", "PAUSED", "ARCHIVED", "DELETED"] {
            let _ = writeln!(s, "  {v}");
        }
        if e % 3 == 0 {
            let _ = writeln!(s, "\n  @@map(\"status_{e}\")");
        }
        s.push_str("}\n\n");
    }

    for i in 0..models {
        let name = model_name(i);
        let e = enum_name(rng.below(enums));
        let _ = writeln!(
            s,
            "/// {name}: one row per {} record, kept for auditing.",
            NOUNS[i % NOUNS.len()].to_lowercase()
        );
        let _ = writeln!(s, "model {name} {{");
        match i % 3 {
            0 => s.push_str("  id          Int       @id @default(autoincrement())\n"),
            1 => s.push_str("  id          String    @id @default(uuid()) @db.Uuid\n"),
            _ => s.push_str("  id          BigInt    @id @default(autoincrement())\n"),
        }
        let id_type = |m: usize| match m % 3 {
            0 => ("Int", ""),
            1 => ("String", " @db.Uuid"),
            _ => ("BigInt", ""),
        };
        let _ = writeln!(s, "  /// Human readable, unique per tenant.\n  slug        String    @unique @db.VarChar(191)");
        let _ = writeln!(s, "  title       String    @default(\"untitled\")");
        let _ = writeln!(s, "  quantity    Int       @default({})", rng.below(10));
        let _ = writeln!(s, "  amount      Decimal   @default(0) @db.Decimal(12, 2)");
        let _ = writeln!(s, "  ratio       Float?    @map(\"ratio_f\")");
        let _ = writeln!(s, "  active      Boolean   @default(true)");
        let _ = writeln!(s, "  status      {e:<9} @default(ACTIVE)");
        let _ = writeln!(s, "  metadata    Json?     @default(\"{{}}\")");
        if rng.chance(30) {
            let _ = writeln!(s, "  payload     Bytes?");
        }
        let _ = writeln!(
            s,
            "  createdAt   DateTime  @default(now()) @db.Timestamptz(6)"
        );
        let _ = writeln!(s, "  updatedAt   DateTime  @updatedAt");
        for f in &fks[i] {
            let (ty, native) = id_type(f.target);
            let q = if f.optional { "?" } else { "" };
            let _ = writeln!(s, "  {}Id {ty}{q}{native}", lc(&model_name(f.target)));
        }
        let self_rel = i % 7 == 3;
        if self_rel {
            let (ty, native) = id_type(i);
            let _ = writeln!(s, "  parentId    {ty}?{native}");
        }
        s.push('\n');
        for f in &fks[i] {
            let t = model_name(f.target);
            let q = if f.optional { "?" } else { "" };
            let od = f
                .on_delete
                .map(|a| format!(", onDelete: {a}"))
                .unwrap_or_default();
            let _ = writeln!(
                s,
                "  {} {t}{q} @relation(fields: [{}Id], references: [id]{od})",
                lc(&t),
                lc(&t)
            );
        }
        if self_rel {
            let _ = writeln!(s, "  parent   {name}?  @relation(\"{name}Tree\", fields: [parentId], references: [id])");
            let _ = writeln!(s, "  children {name}[] @relation(\"{name}Tree\")");
        }
        for &src in &back[i] {
            let n = model_name(src);
            let _ = writeln!(s, "  {}s {n}[]", lc(&n));
        }
        if let Some(t) = m2n[i] {
            let tn = model_name(t);
            let _ = writeln!(s, "  linked{tn} {tn}[] @relation(\"Link{name}{tn}\")");
        }
        for &src in &m2n_back[i] {
            let n = model_name(src);
            let _ = writeln!(s, "  linkedBy{n} {n}[] @relation(\"Link{n}{name}\")");
        }
        for f in &fks[i] {
            let _ = writeln!(s, "  @@index([{}Id])", lc(&model_name(f.target)));
        }
        if self_rel {
            s.push_str("  @@index([parentId])\n");
        }
        let _ = writeln!(s, "  @@index([status, createdAt(sort: Desc)])");
        if rng.chance(40) {
            let _ = writeln!(s, "  @@unique([title, quantity])");
        }
        if i % 4 == 0 {
            let _ = writeln!(s, "  @@map(\"{}\")", snake(&name));
        }
        s.push_str("}\n\n");
    }
    s
}

fn lc(name: &str) -> String {
    let mut c = name.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, ch) in name.chars().enumerate() {
        if ch.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(ch.to_lowercase());
    }
    out
}
