//! The AuditLog model (table `audit_logs`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"audit_logs\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"actorId\", t.\"action\", t.\"entity\", t.\"entityId\", t.\"tableOid\", t.\"ipAddress\"::text AS \"ipAddress\", t.\"message\", t.\"payload\", t.\"occurredAt\" FROM \"audit_logs\" AS t";

const COLUMNS: [Column; 10] = [
    Column {
        name: "\"id\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"actorId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"action\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"entity\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"entityId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"tableOid\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"ipAddress\"",
        open: "",
        close: "::text::inet",
        copy: runtime::CopyAs::Unsupported,
    },
    Column {
        name: "\"message\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"payload\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"occurredAt\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
];

/// Append-only audit trail of user actions.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuditLog {
    pub id: i64,
    #[serde(rename = "actorId")]
    pub actor_id: Option<String>,
    pub action: String,
    pub entity: String,
    #[serde(rename = "entityId")]
    pub entity_id: Option<String>,
    /// OID of the table touched, for low-level triggers.
    #[serde(rename = "tableOid")]
    pub table_oid: Option<u32>,
    #[serde(rename = "ipAddress")]
    pub ip_address: Option<String>,
    pub message: String,
    pub payload: Option<serde_json::Value>,
    #[serde(rename = "occurredAt")]
    pub occurred_at: chrono::DateTime<chrono::Utc>,
    /// The `actor` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<Option<Box<crate::user::User>>>,
}

impl AuditLog {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            actor_id: row.try_get(1)?,
            action: row.try_get(2)?,
            entity: row.try_get(3)?,
            entity_id: row.try_get(4)?,
            table_oid: row.try_get(5)?,
            ip_address: row.try_get(6)?,
            message: row.try_get(7)?,
            payload: row.try_get(8)?,
            occurred_at: row.try_get(9)?,
            actor: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for AuditLog {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            actor_id: row.try_get("actorId")?,
            action: row.try_get("action")?,
            entity: row.try_get("entity")?,
            entity_id: row.try_get("entityId")?,
            table_oid: row.try_get("tableOid")?,
            ip_address: row.try_get("ipAddress")?,
            message: row.try_get("message")?,
            payload: row.try_get("payload")?,
            occurred_at: row.try_get("occurredAt")?,
            actor: None,
        })
    }
}

/// A filter of AuditLog rows.
#[derive(Debug, Clone, PartialEq)]
pub enum AuditLogWhere {
    /// Filters `id`.
    Id(runtime::ScalarFilter<i64>),
    /// Filters `actorId`.
    ActorId(runtime::Nullable<runtime::StringFilter>),
    /// Filters `action`.
    Action(runtime::StringFilter),
    /// Filters `entity`.
    Entity(runtime::StringFilter),
    /// Filters `entityId`.
    EntityId(runtime::Nullable<runtime::StringFilter>),
    /// Filters `tableOid`.
    TableOid(runtime::Nullable<runtime::ScalarFilter<u32>>),
    /// Filters `ipAddress`.
    IpAddress(runtime::Nullable<runtime::EqFilter<String>>),
    /// Filters `message`.
    Message(runtime::StringFilter),
    /// Filters `payload`.
    Payload(runtime::Nullable<runtime::JsonFilter>),
    /// Filters `occurredAt`.
    OccurredAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// The `actor` row exists and matches.
    ActorIs(Box<crate::user::UserWhere>),
    /// There is no `actor` row, or it does not match.
    ActorIsNot(Box<crate::user::UserWhere>),
    /// Every filter matches (true when empty).
    And(Vec<AuditLogWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<AuditLogWhere>),
    /// The filter does not match.
    Not(Box<AuditLogWhere>),
}

impl AuditLogWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            AuditLogWhere::Id(f) => f.render(COLUMNS[0], q),
            AuditLogWhere::ActorId(f) => f.render(COLUMNS[1], q),
            AuditLogWhere::Action(f) => f.render(COLUMNS[2], q),
            AuditLogWhere::Entity(f) => f.render(COLUMNS[3], q),
            AuditLogWhere::EntityId(f) => f.render(COLUMNS[4], q),
            AuditLogWhere::TableOid(f) => f.render(COLUMNS[5], q),
            AuditLogWhere::IpAddress(f) => f.render(COLUMNS[6], q),
            AuditLogWhere::Message(f) => f.render(COLUMNS[7], q),
            AuditLogWhere::Payload(f) => f.render(COLUMNS[8], q),
            AuditLogWhere::OccurredAt(f) => f.render(COLUMNS[9], q),
            AuditLogWhere::ActorIs(f) => {
                runtime::render_exists(q, false, "\"users\"", "\"id\"", "\"actorId\"", false, |q| {
                    f.render(q)
                })
            }
            AuditLogWhere::ActorIsNot(f) => {
                runtime::render_exists(q, true, "\"users\"", "\"id\"", "\"actorId\"", false, |q| {
                    f.render(q)
                })
            }
            AuditLogWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            AuditLogWhere::Or(list) => runtime::render_list(list, " OR ", "FALSE", q, Self::render),
            AuditLogWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of AuditLog rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditLogOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `actorId`.
    ActorId(runtime::SortOrder),
    /// By `action`.
    Action(runtime::SortOrder),
    /// By `entity`.
    Entity(runtime::SortOrder),
    /// By `entityId`.
    EntityId(runtime::SortOrder),
    /// By `tableOid`.
    TableOid(runtime::SortOrder),
    /// By `ipAddress`.
    IpAddress(runtime::SortOrder),
    /// By `message`.
    Message(runtime::SortOrder),
    /// By `occurredAt`.
    OccurredAt(runtime::SortOrder),
}

impl AuditLogOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            AuditLogOrderBy::Id(o) => (COLUMNS[0], o),
            AuditLogOrderBy::ActorId(o) => (COLUMNS[1], o),
            AuditLogOrderBy::Action(o) => (COLUMNS[2], o),
            AuditLogOrderBy::Entity(o) => (COLUMNS[3], o),
            AuditLogOrderBy::EntityId(o) => (COLUMNS[4], o),
            AuditLogOrderBy::TableOid(o) => (COLUMNS[5], o),
            AuditLogOrderBy::IpAddress(o) => (COLUMNS[6], o),
            AuditLogOrderBy::Message(o) => (COLUMNS[7], o),
            AuditLogOrderBy::OccurredAt(o) => (COLUMNS[9], o),
        }
    }
}

/// Relations of AuditLog to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuditLogInclude {
    /// Loads `actor` (and, inside, its own relations).
    pub actor: Option<Box<crate::user::UserInclude>>,
}

impl AuditLogInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [AuditLog],
    ) -> runtime::BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            if let Some(nested) = &self.actor {
                let keys: Vec<String> = rows.iter().filter_map(|r| r.actor_id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"clerkId\", t.\"email\", t.\"name\", t.\"image\", t.\"role\", t.\"stripeCustomerId\", t.\"stripeSubscriptionId\", t.\"stripePriceId\", t.\"stripeCurrentPeriodEnd\", t.\"notification_prefs\", t.\"digestTime\", t.\"onboardingComplete\", t.\"referredById\", t.\"createdAt\", t.\"updatedAt\" FROM \"users\" AS t WHERE t.\"id\" = ANY($1)");
                q.param(keys);
                let mut children = crate::user::User::from_rows(&q.fetch(client).await?)?;
                nested.load(client, &mut children).await?;
                let by_key: std::collections::HashMap<String, crate::user::User> =
                    children.into_iter().map(|c| (c.id.clone(), c)).collect();
                for row in rows.iter_mut() {
                    row.actor = Some(
                        row.actor_id
                            .as_ref()
                            .and_then(|k| by_key.get(k))
                            .cloned()
                            .map(Box::new),
                    );
                }
            }
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuditLogFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<AuditLogWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<AuditLogOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<AuditLogUnique>,
    /// Relations to load.
    pub include: AuditLogInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: AuditLogFindMany,
) -> Result<Vec<AuditLog>> {
    let mut q = Query::new(SELECT);
    #[allow(unused_mut)]
    let mut order: Vec<(Column, runtime::SortOrder)> =
        args.order_by.iter().map(|o| o.column()).collect();
    if let Some(filter) = args.filter {
        q.push(" WHERE (");
        filter.render(&mut q);
        q.push(")");
    }
    if let Some(key) = args.cursor {
        for i in key.columns() {
            if !order.iter().any(|(c, _)| c.name == COLUMNS[*i].name) {
                order.push((COLUMNS[*i], runtime::SortOrder::Asc));
            }
        }
        q.push(if q.sql.len() == SELECT.len() {
            " WHERE "
        } else {
            " AND "
        });
        runtime::render_cursor(&mut q, "\"audit_logs\"", &order, |q| key.clone().render(q));
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = AuditLog::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<AuditLogWhere>,
) -> Result<Option<AuditLog>> {
    let args = AuditLogFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(client: &C, filter: Option<AuditLogWhere>) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"audit_logs\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of AuditLog: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum AuditLogUnique {
    /// By `id`.
    Id(i64),
}

impl AuditLogUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            AuditLogUnique::Id(_) => &[0],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            AuditLogUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            AuditLogUnique::Id(_) => "(\"id\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: AuditLogUnique,
) -> Result<Option<AuditLog>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| AuditLog::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: AuditLogUnique,
) -> Result<AuditLog> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new AuditLog row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditLogCreate {
    /// `id` (the database default when `None`).
    pub id: Option<i64>,
    /// `actorId`.
    pub actor_id: Option<String>,
    /// `action`.
    pub action: String,
    /// `entity`.
    pub entity: String,
    /// `entityId`.
    pub entity_id: Option<String>,
    /// `tableOid`.
    pub table_oid: Option<u32>,
    /// `ipAddress`.
    pub ip_address: Option<String>,
    /// `message` (the database default when `None`).
    pub message: Option<String>,
    /// `payload`.
    pub payload: Option<serde_json::Value>,
    /// `occurredAt` (now() when `None`).
    pub occurred_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Connects `actor` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `actor_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_actor: Option<crate::user::UserUnique>,
}

impl AuditLogCreate {
    /// The required values; everything else `None`.
    pub fn new(action: String, entity: String) -> Self {
        Self {
            id: None,
            actor_id: None,
            action,
            entity,
            entity_id: None,
            table_oid: None,
            ip_address: None,
            message: None,
            payload: None,
            occurred_at: None,
            connect_actor: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<10> {
        let mut cells: runtime::Cells<10> = std::array::from_fn(|_| None);
        if let Some(v) = self.id {
            cells[0] = Some(Box::new(v));
        }
        if let Some(v) = self.actor_id {
            cells[1] = Some(Box::new(v));
        }
        cells[2] = Some(Box::new(self.action));
        cells[3] = Some(Box::new(self.entity));
        if let Some(v) = self.entity_id {
            cells[4] = Some(Box::new(v));
        }
        if let Some(v) = self.table_oid {
            cells[5] = Some(Box::new(v));
        }
        if let Some(v) = self.ip_address {
            cells[6] = Some(Box::new(v));
        }
        if let Some(v) = self.message {
            cells[7] = Some(Box::new(v));
        }
        if let Some(v) = self.payload {
            cells[8] = Some(Box::new(v));
        }
        cells[9] = Some(Box::new(
            self.occurred_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells
    }
}

/// Changes to a AuditLog row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuditLogUpdate {
    /// `id`.
    pub id: Option<i64>,
    /// `actorId`.
    pub actor_id: Option<Option<String>>,
    /// `action`.
    pub action: Option<String>,
    /// `entity`.
    pub entity: Option<String>,
    /// `entityId`.
    pub entity_id: Option<Option<String>>,
    /// `tableOid`.
    pub table_oid: Option<Option<u32>>,
    /// `ipAddress`.
    pub ip_address: Option<Option<String>>,
    /// `message`.
    pub message: Option<String>,
    /// `payload`.
    pub payload: Option<Option<serde_json::Value>>,
    /// `occurredAt`.
    pub occurred_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl AuditLogUpdate {
    fn assignments(self, q: &mut Query) -> Vec<String> {
        let mut sets = Vec::new();
        if let Some(v) = self.id {
            let p = q.placeholder(COLUMNS[0], v);
            sets.push(format!("{} = {p}", COLUMNS[0].name));
        }
        if let Some(v) = self.actor_id {
            let p = q.placeholder(COLUMNS[1], v);
            sets.push(format!("{} = {p}", COLUMNS[1].name));
        }
        if let Some(v) = self.action {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.entity {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.entity_id {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.table_oid {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        if let Some(v) = self.ip_address {
            let p = q.placeholder(COLUMNS[6], v);
            sets.push(format!("{} = {p}", COLUMNS[6].name));
        }
        if let Some(v) = self.message {
            let p = q.placeholder(COLUMNS[7], v);
            sets.push(format!("{} = {p}", COLUMNS[7].name));
        }
        if let Some(v) = self.payload {
            let p = q.placeholder(COLUMNS[8], v);
            sets.push(format!("{} = {p}", COLUMNS[8].name));
        }
        if let Some(v) = self.occurred_at {
            let p = q.placeholder(COLUMNS[9], v);
            sets.push(format!("{} = {p}", COLUMNS[9].name));
        }
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: AuditLogCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    if let Some(key) = data.connect_actor.take() {
        let source = runtime::connect_source(q, "\"users\"", "\"id\"", |q| key.render(q));
        connects.push(runtime::Connect { column: 1, source });
    }
    runtime::insert_one(q, TABLE, &COLUMNS, data.cells(), connects);
    links
}

/// Runs an `INSERT … RETURNING` (with the join rows of many-to-many connects) for one row.
async fn insert_returning<C: Executor + ?Sized>(
    client: &C,
    mut q: Query,
    links: Vec<runtime::Link>,
) -> Result<AuditLog> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"actorId\", t.\"action\", t.\"entity\", t.\"entityId\", t.\"tableOid\", t.\"ipAddress\"::text AS \"ipAddress\", t.\"message\", t.\"payload\", t.\"occurredAt\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"actorId\", t.\"action\", t.\"entity\", t.\"entityId\", t.\"tableOid\", t.\"ipAddress\"::text AS \"ipAddress\", t.\"message\", t.\"payload\", t.\"occurredAt\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    AuditLog::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(client: &C, data: AuditLogCreate) -> Result<AuditLog> {
    let mut q = Query::default();
    let links = insert(data, &mut q);
    insert_returning(client, q, links).await
}

/// Inserts many rows (applying client-side defaults; nested `connect`s are ignored) and
/// returns how many were inserted. Rows that set the same columns go through binary `COPY`;
/// with `skip_duplicates`, rows that conflict with a unique key or the primary key are skipped
/// (`ON CONFLICT DO NOTHING`). See [`runtime::create_many`]. Not wrapped in a transaction: use
/// [`runtime::Db::transaction`] for all or nothing.
pub async fn create_many<C: Executor + ?Sized>(
    client: &C,
    data: Vec<AuditLogCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data.into_iter().map(AuditLogCreate::cells).collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<AuditLogWhere>,
    patch: AuditLogUpdate,
) -> Result<u64> {
    let mut q = Query::default();
    let sets = patch.assignments(&mut q);
    if sets.is_empty() {
        return count(client, filter).await.map(|n| n as u64);
    }
    q.push(&format!("UPDATE {TABLE} AS t SET {}", sets.join(", ")));
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    q.execute(client).await
}

/// Deletes the rows matching `filter`; returns how many.
pub async fn delete_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<AuditLogWhere>,
) -> Result<u64> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t"));
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    q.execute(client).await
}

/// Updates the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn update<C: Executor + ?Sized>(
    client: &C,
    key: AuditLogUnique,
    patch: AuditLogUpdate,
) -> Result<AuditLog> {
    let mut q = Query::default();
    let sets = patch.assignments(&mut q);
    if sets.is_empty() {
        return find_unique_or_throw(client, key).await;
    }
    q.push(&format!(
        "UPDATE {TABLE} AS t SET {} WHERE ",
        sets.join(", ")
    ));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"actorId\", t.\"action\", t.\"entity\", t.\"entityId\", t.\"tableOid\", t.\"ipAddress\"::text AS \"ipAddress\", t.\"message\", t.\"payload\", t.\"occurredAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    AuditLog::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(client: &C, key: AuditLogUnique) -> Result<AuditLog> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"actorId\", t.\"action\", t.\"entity\", t.\"entityId\", t.\"tableOid\", t.\"ipAddress\"::text AS \"ipAddress\", t.\"message\", t.\"payload\", t.\"occurredAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    AuditLog::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: AuditLogUnique,
    create: AuditLogCreate,
    patch: AuditLogUpdate,
) -> Result<AuditLog> {
    let mut q = Query::default();
    let links = insert(create, &mut q);
    let mut sets = patch.assignments(&mut q);
    if sets.is_empty() {
        sets.push("\"id\" = t.\"id\"".to_owned());
    }
    q.push(&format!(
        " ON CONFLICT {} DO UPDATE SET {}",
        key.conflict_target(),
        sets.join(", ")
    ));
    insert_returning(client, q, links).await
}
