//! The InfluencerMetricSnapshot model (table `influencer_metric_snapshots`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"influencer_metric_snapshots\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"influencerId\", t.\"capturedOn\", t.\"followerCount\", t.\"engagementRate\", t.\"raw\" FROM \"influencer_metric_snapshots\" AS t";

const COLUMNS: [Column; 5] = [
    Column {
        name: "\"influencerId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"capturedOn\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"followerCount\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"engagementRate\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"raw\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
];

/// Daily metric snapshot of an influencer.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InfluencerMetricSnapshot {
    #[serde(rename = "influencerId")]
    pub influencer_id: String,
    #[serde(rename = "capturedOn")]
    pub captured_on: chrono::NaiveDate,
    #[serde(rename = "followerCount")]
    pub follower_count: i32,
    #[serde(rename = "engagementRate")]
    pub engagement_rate: f64,
    pub raw: serde_json::Value,
    /// The `influencer` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub influencer: Option<Box<crate::marketplace_influencer::MarketplaceInfluencer>>,
}

impl InfluencerMetricSnapshot {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            influencer_id: row.try_get(0)?,
            captured_on: row.try_get(1)?,
            follower_count: row.try_get(2)?,
            engagement_rate: row.try_get(3)?,
            raw: row.try_get(4)?,
            influencer: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for InfluencerMetricSnapshot {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            influencer_id: row.try_get("influencerId")?,
            captured_on: row.try_get("capturedOn")?,
            follower_count: row.try_get("followerCount")?,
            engagement_rate: row.try_get("engagementRate")?,
            raw: row.try_get("raw")?,
            influencer: None,
        })
    }
}

/// A filter of InfluencerMetricSnapshot rows.
#[derive(Debug, Clone, PartialEq)]
pub enum InfluencerMetricSnapshotWhere {
    /// Filters `influencerId`.
    InfluencerId(runtime::StringFilter),
    /// Filters `capturedOn`.
    CapturedOn(runtime::ScalarFilter<chrono::NaiveDate>),
    /// Filters `followerCount`.
    FollowerCount(runtime::ScalarFilter<i32>),
    /// Filters `engagementRate`.
    EngagementRate(runtime::ScalarFilter<f64>),
    /// Filters `raw`.
    Raw(runtime::JsonFilter),
    /// The `influencer` row exists and matches.
    InfluencerIs(Box<crate::marketplace_influencer::MarketplaceInfluencerWhere>),
    /// There is no `influencer` row, or it does not match.
    InfluencerIsNot(Box<crate::marketplace_influencer::MarketplaceInfluencerWhere>),
    /// Every filter matches (true when empty).
    And(Vec<InfluencerMetricSnapshotWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<InfluencerMetricSnapshotWhere>),
    /// The filter does not match.
    Not(Box<InfluencerMetricSnapshotWhere>),
}

impl InfluencerMetricSnapshotWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            InfluencerMetricSnapshotWhere::InfluencerId(f) => f.render(COLUMNS[0], q),
            InfluencerMetricSnapshotWhere::CapturedOn(f) => f.render(COLUMNS[1], q),
            InfluencerMetricSnapshotWhere::FollowerCount(f) => f.render(COLUMNS[2], q),
            InfluencerMetricSnapshotWhere::EngagementRate(f) => f.render(COLUMNS[3], q),
            InfluencerMetricSnapshotWhere::Raw(f) => f.render(COLUMNS[4], q),
            InfluencerMetricSnapshotWhere::InfluencerIs(f) => runtime::render_exists(
                q,
                false,
                "\"marketplace_influencers\"",
                "\"id\"",
                "\"influencerId\"",
                false,
                |q| f.render(q),
            ),
            InfluencerMetricSnapshotWhere::InfluencerIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"marketplace_influencers\"",
                "\"id\"",
                "\"influencerId\"",
                false,
                |q| f.render(q),
            ),
            InfluencerMetricSnapshotWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            InfluencerMetricSnapshotWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            InfluencerMetricSnapshotWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of InfluencerMetricSnapshot rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InfluencerMetricSnapshotOrderBy {
    /// By `influencerId`.
    InfluencerId(runtime::SortOrder),
    /// By `capturedOn`.
    CapturedOn(runtime::SortOrder),
    /// By `followerCount`.
    FollowerCount(runtime::SortOrder),
    /// By `engagementRate`.
    EngagementRate(runtime::SortOrder),
}

impl InfluencerMetricSnapshotOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            InfluencerMetricSnapshotOrderBy::InfluencerId(o) => (COLUMNS[0], o),
            InfluencerMetricSnapshotOrderBy::CapturedOn(o) => (COLUMNS[1], o),
            InfluencerMetricSnapshotOrderBy::FollowerCount(o) => (COLUMNS[2], o),
            InfluencerMetricSnapshotOrderBy::EngagementRate(o) => (COLUMNS[3], o),
        }
    }
}

/// Relations of InfluencerMetricSnapshot to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InfluencerMetricSnapshotInclude {
    /// Loads `influencer` (and, inside, its own relations).
    pub influencer: Option<Box<crate::marketplace_influencer::MarketplaceInfluencerInclude>>,
}

impl InfluencerMetricSnapshotInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [InfluencerMetricSnapshot],
    ) -> runtime::BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            if let Some(nested) = &self.influencer {
                let keys: Vec<String> = rows.iter().map(|r| r.influencer_id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"handle\", t.\"platform\", t.\"displayName\", t.\"avatarUrl\", t.\"bio\", t.\"followerCount\", t.\"averageViews\", t.\"engagementRate\", t.\"justifyScore\", t.\"isVerified\", t.\"contentFlags\"::text AS \"contentFlags\", t.\"insightiqProfileId\", (t.\"lastSyncedAt\" AT TIME ZONE 'UTC') AS \"lastSyncedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"marketplace_influencers\" AS t WHERE t.\"id\" = ANY($1)");
                q.param(keys);
                let mut children = crate::marketplace_influencer::MarketplaceInfluencer::from_rows(
                    &q.fetch(client).await?,
                )?;
                nested.load(client, &mut children).await?;
                let by_key: std::collections::HashMap<
                    String,
                    crate::marketplace_influencer::MarketplaceInfluencer,
                > = children.into_iter().map(|c| (c.id.clone(), c)).collect();
                for row in rows.iter_mut() {
                    row.influencer = by_key.get(&row.influencer_id).cloned().map(Box::new);
                }
            }
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InfluencerMetricSnapshotFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<InfluencerMetricSnapshotWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<InfluencerMetricSnapshotOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<InfluencerMetricSnapshotUnique>,
    /// Relations to load.
    pub include: InfluencerMetricSnapshotInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: InfluencerMetricSnapshotFindMany,
) -> Result<Vec<InfluencerMetricSnapshot>> {
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
        runtime::render_cursor(&mut q, "\"influencer_metric_snapshots\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = InfluencerMetricSnapshot::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<InfluencerMetricSnapshotWhere>,
) -> Result<Option<InfluencerMetricSnapshot>> {
    let args = InfluencerMetricSnapshotFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<InfluencerMetricSnapshotWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"influencer_metric_snapshots\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of InfluencerMetricSnapshot: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum InfluencerMetricSnapshotUnique {
    /// By `influencerId, capturedOn`.
    SnapshotKey {
        /// `influencerId`.
        influencer_id: String,
        /// `capturedOn`.
        captured_on: chrono::NaiveDate,
    },
}

impl InfluencerMetricSnapshotUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            InfluencerMetricSnapshotUnique::SnapshotKey { .. } => &[0, 1],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            InfluencerMetricSnapshotUnique::SnapshotKey {
                influencer_id,
                captured_on,
            } => {
                q.compare(COLUMNS[0], " = ", influencer_id);
                q.push(" AND ");
                q.compare(COLUMNS[1], " = ", captured_on);
            }
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            InfluencerMetricSnapshotUnique::SnapshotKey { .. } => {
                "(\"influencerId\", \"capturedOn\")"
            }
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: InfluencerMetricSnapshotUnique,
) -> Result<Option<InfluencerMetricSnapshot>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| InfluencerMetricSnapshot::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: InfluencerMetricSnapshotUnique,
) -> Result<InfluencerMetricSnapshot> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new InfluencerMetricSnapshot row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct InfluencerMetricSnapshotCreate {
    /// `influencerId`.
    pub influencer_id: String,
    /// `capturedOn`.
    pub captured_on: chrono::NaiveDate,
    /// `followerCount`.
    pub follower_count: i32,
    /// `engagementRate` (the database default when `None`).
    pub engagement_rate: Option<f64>,
    /// `raw`.
    pub raw: serde_json::Value,
    /// Connects `influencer` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `influencer_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_influencer: Option<crate::marketplace_influencer::MarketplaceInfluencerUnique>,
}

impl InfluencerMetricSnapshotCreate {
    /// The required values; everything else `None`.
    pub fn new(
        influencer_id: String,
        captured_on: chrono::NaiveDate,
        follower_count: i32,
        raw: serde_json::Value,
    ) -> Self {
        Self {
            influencer_id,
            captured_on,
            follower_count,
            engagement_rate: None,
            raw,
            connect_influencer: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<5> {
        let mut cells: runtime::Cells<5> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.influencer_id));
        cells[1] = Some(Box::new(self.captured_on));
        cells[2] = Some(Box::new(self.follower_count));
        if let Some(v) = self.engagement_rate {
            cells[3] = Some(Box::new(v));
        }
        cells[4] = Some(Box::new(self.raw));
        cells
    }
}

/// Changes to a InfluencerMetricSnapshot row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InfluencerMetricSnapshotUpdate {
    /// `influencerId`.
    pub influencer_id: Option<String>,
    /// `capturedOn`.
    pub captured_on: Option<chrono::NaiveDate>,
    /// `followerCount`.
    pub follower_count: Option<i32>,
    /// `engagementRate`.
    pub engagement_rate: Option<f64>,
    /// `raw`.
    pub raw: Option<serde_json::Value>,
}

impl InfluencerMetricSnapshotUpdate {
    fn assignments(self, q: &mut Query) -> Vec<String> {
        let mut sets = Vec::new();
        if let Some(v) = self.influencer_id {
            let p = q.placeholder(COLUMNS[0], v);
            sets.push(format!("{} = {p}", COLUMNS[0].name));
        }
        if let Some(v) = self.captured_on {
            let p = q.placeholder(COLUMNS[1], v);
            sets.push(format!("{} = {p}", COLUMNS[1].name));
        }
        if let Some(v) = self.follower_count {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.engagement_rate {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.raw {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: InfluencerMetricSnapshotCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    if let Some(key) = data.connect_influencer.take() {
        let source = runtime::connect_source(q, "\"marketplace_influencers\"", "\"id\"", |q| {
            key.render(q)
        });
        connects.push(runtime::Connect { column: 0, source });
    }
    runtime::insert_one(q, TABLE, &COLUMNS, data.cells(), connects);
    links
}

/// Runs an `INSERT … RETURNING` (with the join rows of many-to-many connects) for one row.
async fn insert_returning<C: Executor + ?Sized>(
    client: &C,
    mut q: Query,
    links: Vec<runtime::Link>,
) -> Result<InfluencerMetricSnapshot> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"influencerId\", t.\"capturedOn\", t.\"followerCount\", t.\"engagementRate\", t.\"raw\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"influencerId\", t.\"capturedOn\", t.\"followerCount\", t.\"engagementRate\", t.\"raw\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    InfluencerMetricSnapshot::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: InfluencerMetricSnapshotCreate,
) -> Result<InfluencerMetricSnapshot> {
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
    data: Vec<InfluencerMetricSnapshotCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data
        .into_iter()
        .map(InfluencerMetricSnapshotCreate::cells)
        .collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<InfluencerMetricSnapshotWhere>,
    patch: InfluencerMetricSnapshotUpdate,
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
    filter: Option<InfluencerMetricSnapshotWhere>,
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
    key: InfluencerMetricSnapshotUnique,
    patch: InfluencerMetricSnapshotUpdate,
) -> Result<InfluencerMetricSnapshot> {
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
    q.push(" RETURNING t.\"influencerId\", t.\"capturedOn\", t.\"followerCount\", t.\"engagementRate\", t.\"raw\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    InfluencerMetricSnapshot::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(
    client: &C,
    key: InfluencerMetricSnapshotUnique,
) -> Result<InfluencerMetricSnapshot> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"influencerId\", t.\"capturedOn\", t.\"followerCount\", t.\"engagementRate\", t.\"raw\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    InfluencerMetricSnapshot::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: InfluencerMetricSnapshotUnique,
    create: InfluencerMetricSnapshotCreate,
    patch: InfluencerMetricSnapshotUpdate,
) -> Result<InfluencerMetricSnapshot> {
    let mut q = Query::default();
    let links = insert(create, &mut q);
    let mut sets = patch.assignments(&mut q);
    if sets.is_empty() {
        sets.push("\"influencerId\" = t.\"influencerId\"".to_owned());
    }
    q.push(&format!(
        " ON CONFLICT {} DO UPDATE SET {}",
        key.conflict_target(),
        sets.join(", ")
    ));
    insert_returning(client, q, links).await
}
