//! The StripeEvent model (table `stripe_events`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"stripe_events\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"type\", t.\"livemode\", t.\"apiVersion\", t.\"payload\", t.\"processedAt\" FROM \"stripe_events\" AS t";

const COLUMNS: [Column; 6] = [
    Column {
        name: "\"id\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"type\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"livemode\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"apiVersion\"",
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
        name: "\"processedAt\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
];

/// Stripe webhook events already processed (idempotency).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StripeEvent {
    /// Stripe's event id, e.g. evt_1N….
    pub id: String,
    pub r#type: String,
    pub livemode: bool,
    #[serde(rename = "apiVersion")]
    pub api_version: Option<String>,
    pub payload: Option<serde_json::Value>,
    #[serde(rename = "processedAt")]
    pub processed_at: chrono::DateTime<chrono::Utc>,
}

impl StripeEvent {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            r#type: row.try_get(1)?,
            livemode: row.try_get(2)?,
            api_version: row.try_get(3)?,
            payload: row.try_get(4)?,
            processed_at: row.try_get(5)?,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for StripeEvent {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            r#type: row.try_get("type")?,
            livemode: row.try_get("livemode")?,
            api_version: row.try_get("apiVersion")?,
            payload: row.try_get("payload")?,
            processed_at: row.try_get("processedAt")?,
        })
    }
}

/// A filter of StripeEvent rows.
#[derive(Debug, Clone, PartialEq)]
pub enum StripeEventWhere {
    /// Filters `id`.
    Id(runtime::StringFilter),
    /// Filters `type`.
    Type(runtime::StringFilter),
    /// Filters `livemode`.
    Livemode(runtime::EqFilter<bool>),
    /// Filters `apiVersion`.
    ApiVersion(runtime::Nullable<runtime::StringFilter>),
    /// Filters `payload`.
    Payload(runtime::Nullable<runtime::JsonFilter>),
    /// Filters `processedAt`.
    ProcessedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// Every filter matches (true when empty).
    And(Vec<StripeEventWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<StripeEventWhere>),
    /// The filter does not match.
    Not(Box<StripeEventWhere>),
}

impl StripeEventWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            StripeEventWhere::Id(f) => f.render(COLUMNS[0], q),
            StripeEventWhere::Type(f) => f.render(COLUMNS[1], q),
            StripeEventWhere::Livemode(f) => f.render(COLUMNS[2], q),
            StripeEventWhere::ApiVersion(f) => f.render(COLUMNS[3], q),
            StripeEventWhere::Payload(f) => f.render(COLUMNS[4], q),
            StripeEventWhere::ProcessedAt(f) => f.render(COLUMNS[5], q),
            StripeEventWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            StripeEventWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            StripeEventWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of StripeEvent rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StripeEventOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `type`.
    Type(runtime::SortOrder),
    /// By `livemode`.
    Livemode(runtime::SortOrder),
    /// By `apiVersion`.
    ApiVersion(runtime::SortOrder),
    /// By `processedAt`.
    ProcessedAt(runtime::SortOrder),
}

impl StripeEventOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            StripeEventOrderBy::Id(o) => (COLUMNS[0], o),
            StripeEventOrderBy::Type(o) => (COLUMNS[1], o),
            StripeEventOrderBy::Livemode(o) => (COLUMNS[2], o),
            StripeEventOrderBy::ApiVersion(o) => (COLUMNS[3], o),
            StripeEventOrderBy::ProcessedAt(o) => (COLUMNS[5], o),
        }
    }
}

/// Relations of StripeEvent to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StripeEventInclude {}

impl StripeEventInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [StripeEvent],
    ) -> runtime::BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            let _ = (client, rows);
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StripeEventFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<StripeEventWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<StripeEventOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<StripeEventUnique>,
    /// Relations to load.
    pub include: StripeEventInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: StripeEventFindMany,
) -> Result<Vec<StripeEvent>> {
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
        runtime::render_cursor(&mut q, "\"stripe_events\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = StripeEvent::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<StripeEventWhere>,
) -> Result<Option<StripeEvent>> {
    let args = StripeEventFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<StripeEventWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"stripe_events\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of StripeEvent: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum StripeEventUnique {
    /// By `id`.
    Id(String),
}

impl StripeEventUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            StripeEventUnique::Id(_) => &[0],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            StripeEventUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            StripeEventUnique::Id(_) => "(\"id\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: StripeEventUnique,
) -> Result<Option<StripeEvent>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| StripeEvent::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: StripeEventUnique,
) -> Result<StripeEvent> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new StripeEvent row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct StripeEventCreate {
    /// `id`.
    pub id: String,
    /// `type`.
    pub r#type: String,
    /// `livemode` (the database default when `None`).
    pub livemode: Option<bool>,
    /// `apiVersion`.
    pub api_version: Option<String>,
    /// `payload`.
    pub payload: Option<serde_json::Value>,
    /// `processedAt` (now() when `None`).
    pub processed_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl StripeEventCreate {
    /// The required values; everything else `None`.
    pub fn new(id: String, r#type: String) -> Self {
        Self {
            id,
            r#type,
            livemode: None,
            api_version: None,
            payload: None,
            processed_at: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<6> {
        let mut cells: runtime::Cells<6> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.id));
        cells[1] = Some(Box::new(self.r#type));
        if let Some(v) = self.livemode {
            cells[2] = Some(Box::new(v));
        }
        if let Some(v) = self.api_version {
            cells[3] = Some(Box::new(v));
        }
        if let Some(v) = self.payload {
            cells[4] = Some(Box::new(v));
        }
        cells[5] = Some(Box::new(
            self.processed_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells
    }
}

/// Changes to a StripeEvent row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StripeEventUpdate {
    /// `id`.
    pub id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `livemode`.
    pub livemode: Option<bool>,
    /// `apiVersion`.
    pub api_version: Option<Option<String>>,
    /// `payload`.
    pub payload: Option<Option<serde_json::Value>>,
    /// `processedAt`.
    pub processed_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl StripeEventUpdate {
    fn assignments(self, q: &mut Query) -> Vec<String> {
        let mut sets = Vec::new();
        if let Some(v) = self.id {
            let p = q.placeholder(COLUMNS[0], v);
            sets.push(format!("{} = {p}", COLUMNS[0].name));
        }
        if let Some(v) = self.r#type {
            let p = q.placeholder(COLUMNS[1], v);
            sets.push(format!("{} = {p}", COLUMNS[1].name));
        }
        if let Some(v) = self.livemode {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.api_version {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.payload {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.processed_at {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: StripeEventCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    runtime::insert_one(q, TABLE, &COLUMNS, data.cells(), connects);
    links
}

/// Runs an `INSERT … RETURNING` (with the join rows of many-to-many connects) for one row.
async fn insert_returning<C: Executor + ?Sized>(
    client: &C,
    mut q: Query,
    links: Vec<runtime::Link>,
) -> Result<StripeEvent> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"type\", t.\"livemode\", t.\"apiVersion\", t.\"payload\", t.\"processedAt\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"type\", t.\"livemode\", t.\"apiVersion\", t.\"payload\", t.\"processedAt\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    StripeEvent::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: StripeEventCreate,
) -> Result<StripeEvent> {
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
    data: Vec<StripeEventCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data.into_iter().map(StripeEventCreate::cells).collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<StripeEventWhere>,
    patch: StripeEventUpdate,
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
    filter: Option<StripeEventWhere>,
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
    key: StripeEventUnique,
    patch: StripeEventUpdate,
) -> Result<StripeEvent> {
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
    q.push(" RETURNING t.\"id\", t.\"type\", t.\"livemode\", t.\"apiVersion\", t.\"payload\", t.\"processedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    StripeEvent::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(
    client: &C,
    key: StripeEventUnique,
) -> Result<StripeEvent> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"type\", t.\"livemode\", t.\"apiVersion\", t.\"payload\", t.\"processedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    StripeEvent::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: StripeEventUnique,
    create: StripeEventCreate,
    patch: StripeEventUpdate,
) -> Result<StripeEvent> {
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
