//! The CreativeAsset model (table `creative_assets`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"creative_assets\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"name\", t.\"type\", t.\"url\", t.\"fileSize\", t.\"durationSeconds\", t.\"checksum\", t.\"vastTag\"::text AS \"vastTag\", t.\"dominantColor\", t.\"campaignId\", (t.\"uploaded_at\" AT TIME ZONE 'UTC') AS \"uploaded_at\" FROM \"creative_assets\" AS t";

const COLUMNS: [Column; 11] = [
    Column {
        name: "\"id\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"name\"",
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
        name: "\"url\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"fileSize\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"durationSeconds\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"checksum\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"vastTag\"",
        open: "",
        close: "::text::xml",
        copy: runtime::CopyAs::Unsupported,
    },
    Column {
        name: "\"dominantColor\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"campaignId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"uploaded_at\"",
        open: "(",
        close: "::timestamptz AT TIME ZONE 'UTC')",
        copy: runtime::CopyAs::Timestamptz,
    },
];

/// A creative asset (image, video …) uploaded for a campaign.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreativeAsset {
    pub id: uuid::Uuid,
    pub name: String,
    pub r#type: crate::enums::CreativeAssetType,
    pub url: String,
    #[serde(rename = "fileSize")]
    pub file_size: Option<i64>,
    #[serde(rename = "durationSeconds")]
    pub duration_seconds: Option<f64>,
    pub checksum: Option<Vec<u8>>,
    /// VAST tag for video ads.
    #[serde(rename = "vastTag")]
    pub vast_tag: Option<String>,
    #[serde(rename = "dominantColor")]
    pub dominant_color: Option<String>,
    #[serde(rename = "campaignId")]
    pub campaign_id: uuid::Uuid,
    #[serde(rename = "uploadedAt")]
    pub uploaded_at: chrono::DateTime<chrono::Utc>,
    /// The `campaign` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<Box<crate::campaign_wizard::CampaignWizard>>,
}

impl CreativeAsset {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            name: row.try_get(1)?,
            r#type: row.try_get(2)?,
            url: row.try_get(3)?,
            file_size: row.try_get(4)?,
            duration_seconds: row.try_get(5)?,
            checksum: row.try_get(6)?,
            vast_tag: row.try_get(7)?,
            dominant_color: row.try_get(8)?,
            campaign_id: row.try_get(9)?,
            uploaded_at: row.try_get(10)?,
            campaign: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for CreativeAsset {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            name: row.try_get("name")?,
            r#type: row.try_get("type")?,
            url: row.try_get("url")?,
            file_size: row.try_get("fileSize")?,
            duration_seconds: row.try_get("durationSeconds")?,
            checksum: row.try_get("checksum")?,
            vast_tag: row.try_get("vastTag")?,
            dominant_color: row.try_get("dominantColor")?,
            campaign_id: row.try_get("campaignId")?,
            uploaded_at: row.try_get("uploaded_at")?,
            campaign: None,
        })
    }
}

/// A filter of CreativeAsset rows.
#[derive(Debug, Clone, PartialEq)]
pub enum CreativeAssetWhere {
    /// Filters `id`.
    Id(runtime::EqFilter<uuid::Uuid>),
    /// Filters `name`.
    Name(runtime::StringFilter),
    /// Filters `type`.
    Type(runtime::EqFilter<crate::enums::CreativeAssetType>),
    /// Filters `url`.
    Url(runtime::StringFilter),
    /// Filters `fileSize`.
    FileSize(runtime::Nullable<runtime::ScalarFilter<i64>>),
    /// Filters `durationSeconds`.
    DurationSeconds(runtime::Nullable<runtime::ScalarFilter<f64>>),
    /// Filters `checksum`.
    Checksum(runtime::Nullable<runtime::EqFilter<Vec<u8>>>),
    /// Filters `vastTag`.
    VastTag(runtime::Nullable<runtime::EqFilter<String>>),
    /// Filters `dominantColor`.
    DominantColor(runtime::Nullable<runtime::StringFilter>),
    /// Filters `campaignId`.
    CampaignId(runtime::EqFilter<uuid::Uuid>),
    /// Filters `uploadedAt`.
    UploadedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// The `campaign` row exists and matches.
    CampaignIs(Box<crate::campaign_wizard::CampaignWizardWhere>),
    /// There is no `campaign` row, or it does not match.
    CampaignIsNot(Box<crate::campaign_wizard::CampaignWizardWhere>),
    /// Every filter matches (true when empty).
    And(Vec<CreativeAssetWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<CreativeAssetWhere>),
    /// The filter does not match.
    Not(Box<CreativeAssetWhere>),
}

impl CreativeAssetWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            CreativeAssetWhere::Id(f) => f.render(COLUMNS[0], q),
            CreativeAssetWhere::Name(f) => f.render(COLUMNS[1], q),
            CreativeAssetWhere::Type(f) => f.render(COLUMNS[2], q),
            CreativeAssetWhere::Url(f) => f.render(COLUMNS[3], q),
            CreativeAssetWhere::FileSize(f) => f.render(COLUMNS[4], q),
            CreativeAssetWhere::DurationSeconds(f) => f.render(COLUMNS[5], q),
            CreativeAssetWhere::Checksum(f) => f.render(COLUMNS[6], q),
            CreativeAssetWhere::VastTag(f) => f.render(COLUMNS[7], q),
            CreativeAssetWhere::DominantColor(f) => f.render(COLUMNS[8], q),
            CreativeAssetWhere::CampaignId(f) => f.render(COLUMNS[9], q),
            CreativeAssetWhere::UploadedAt(f) => f.render(COLUMNS[10], q),
            CreativeAssetWhere::CampaignIs(f) => runtime::render_exists(
                q,
                false,
                "\"CampaignWizard\"",
                "\"id\"",
                "\"campaignId\"",
                false,
                |q| f.render(q),
            ),
            CreativeAssetWhere::CampaignIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"CampaignWizard\"",
                "\"id\"",
                "\"campaignId\"",
                false,
                |q| f.render(q),
            ),
            CreativeAssetWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            CreativeAssetWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            CreativeAssetWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of CreativeAsset rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreativeAssetOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `name`.
    Name(runtime::SortOrder),
    /// By `type`.
    Type(runtime::SortOrder),
    /// By `url`.
    Url(runtime::SortOrder),
    /// By `fileSize`.
    FileSize(runtime::SortOrder),
    /// By `durationSeconds`.
    DurationSeconds(runtime::SortOrder),
    /// By `checksum`.
    Checksum(runtime::SortOrder),
    /// By `dominantColor`.
    DominantColor(runtime::SortOrder),
    /// By `campaignId`.
    CampaignId(runtime::SortOrder),
    /// By `uploadedAt`.
    UploadedAt(runtime::SortOrder),
}

impl CreativeAssetOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            CreativeAssetOrderBy::Id(o) => (COLUMNS[0], o),
            CreativeAssetOrderBy::Name(o) => (COLUMNS[1], o),
            CreativeAssetOrderBy::Type(o) => (COLUMNS[2], o),
            CreativeAssetOrderBy::Url(o) => (COLUMNS[3], o),
            CreativeAssetOrderBy::FileSize(o) => (COLUMNS[4], o),
            CreativeAssetOrderBy::DurationSeconds(o) => (COLUMNS[5], o),
            CreativeAssetOrderBy::Checksum(o) => (COLUMNS[6], o),
            CreativeAssetOrderBy::DominantColor(o) => (COLUMNS[8], o),
            CreativeAssetOrderBy::CampaignId(o) => (COLUMNS[9], o),
            CreativeAssetOrderBy::UploadedAt(o) => (COLUMNS[10], o),
        }
    }
}

/// Relations of CreativeAsset to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreativeAssetInclude {
    /// Loads `campaign` (and, inside, its own relations).
    pub campaign: Option<Box<crate::campaign_wizard::CampaignWizardInclude>>,
}

impl CreativeAssetInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [CreativeAsset],
    ) -> runtime::BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            if let Some(nested) = &self.campaign {
                let keys: Vec<uuid::Uuid> = rows.iter().map(|r| r.campaign_id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"name\", t.\"businessGoal\", t.\"startDate\", t.\"endDate\", t.\"timeZone\", t.\"currency\", t.\"budget\", t.\"primaryKPI\", COALESCE(t.\"secondaryKPIs\", '{}') AS \"secondaryKPIs\", COALESCE(t.\"platforms\", '{}') AS \"platforms\", t.\"status\", t.\"step\", t.\"isComplete\", t.\"messaging\", t.\"expectedOutcomes\", t.\"userId\", t.\"createdAt\", t.\"updatedAt\" FROM \"CampaignWizard\" AS t WHERE t.\"id\" = ANY($1)");
                q.param(keys);
                let mut children =
                    crate::campaign_wizard::CampaignWizard::from_rows(&q.fetch(client).await?)?;
                nested.load(client, &mut children).await?;
                let by_key: std::collections::HashMap<
                    uuid::Uuid,
                    crate::campaign_wizard::CampaignWizard,
                > = children.into_iter().map(|c| (c.id.clone(), c)).collect();
                for row in rows.iter_mut() {
                    row.campaign = by_key.get(&row.campaign_id).cloned().map(Box::new);
                }
            }
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreativeAssetFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<CreativeAssetWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<CreativeAssetOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<CreativeAssetUnique>,
    /// Relations to load.
    pub include: CreativeAssetInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: CreativeAssetFindMany,
) -> Result<Vec<CreativeAsset>> {
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
        runtime::render_cursor(&mut q, "\"creative_assets\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = CreativeAsset::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<CreativeAssetWhere>,
) -> Result<Option<CreativeAsset>> {
    let args = CreativeAssetFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<CreativeAssetWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"creative_assets\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of CreativeAsset: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum CreativeAssetUnique {
    /// By `id`.
    Id(uuid::Uuid),
}

impl CreativeAssetUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            CreativeAssetUnique::Id(_) => &[0],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            CreativeAssetUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            CreativeAssetUnique::Id(_) => "(\"id\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: CreativeAssetUnique,
) -> Result<Option<CreativeAsset>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| CreativeAsset::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: CreativeAssetUnique,
) -> Result<CreativeAsset> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new CreativeAsset row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct CreativeAssetCreate {
    /// `id` (uuid(7) when `None`).
    pub id: Option<uuid::Uuid>,
    /// `name`.
    pub name: String,
    /// `type`.
    pub r#type: crate::enums::CreativeAssetType,
    /// `url`.
    pub url: String,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `durationSeconds`.
    pub duration_seconds: Option<f64>,
    /// `checksum`.
    pub checksum: Option<Vec<u8>>,
    /// `vastTag`.
    pub vast_tag: Option<String>,
    /// `dominantColor`.
    pub dominant_color: Option<String>,
    /// `campaignId`.
    pub campaign_id: uuid::Uuid,
    /// `uploadedAt` (now() when `None`).
    pub uploaded_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Connects `campaign` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `campaign_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_campaign: Option<crate::campaign_wizard::CampaignWizardUnique>,
}

impl CreativeAssetCreate {
    /// The required values; everything else `None`.
    pub fn new(
        name: String,
        r#type: crate::enums::CreativeAssetType,
        url: String,
        campaign_id: uuid::Uuid,
    ) -> Self {
        Self {
            id: None,
            name,
            r#type,
            url,
            file_size: None,
            duration_seconds: None,
            checksum: None,
            vast_tag: None,
            dominant_color: None,
            campaign_id,
            uploaded_at: None,
            connect_campaign: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<11> {
        let mut cells: runtime::Cells<11> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.id.unwrap_or_else(|| runtime::uuid_v7())));
        cells[1] = Some(Box::new(self.name));
        cells[2] = Some(Box::new(self.r#type));
        cells[3] = Some(Box::new(self.url));
        if let Some(v) = self.file_size {
            cells[4] = Some(Box::new(v));
        }
        if let Some(v) = self.duration_seconds {
            cells[5] = Some(Box::new(v));
        }
        if let Some(v) = self.checksum {
            cells[6] = Some(Box::new(v));
        }
        if let Some(v) = self.vast_tag {
            cells[7] = Some(Box::new(v));
        }
        if let Some(v) = self.dominant_color {
            cells[8] = Some(Box::new(v));
        }
        cells[9] = Some(Box::new(self.campaign_id));
        cells[10] = Some(Box::new(
            self.uploaded_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells
    }
}

/// Changes to a CreativeAsset row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreativeAssetUpdate {
    /// `id`.
    pub id: Option<uuid::Uuid>,
    /// `name`.
    pub name: Option<String>,
    /// `type`.
    pub r#type: Option<crate::enums::CreativeAssetType>,
    /// `url`.
    pub url: Option<String>,
    /// `fileSize`.
    pub file_size: Option<Option<i64>>,
    /// `durationSeconds`.
    pub duration_seconds: Option<Option<f64>>,
    /// `checksum`.
    pub checksum: Option<Option<Vec<u8>>>,
    /// `vastTag`.
    pub vast_tag: Option<Option<String>>,
    /// `dominantColor`.
    pub dominant_color: Option<Option<String>>,
    /// `campaignId`.
    pub campaign_id: Option<uuid::Uuid>,
    /// `uploadedAt`.
    pub uploaded_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl CreativeAssetUpdate {
    fn assignments(self, q: &mut Query) -> Vec<String> {
        let mut sets = Vec::new();
        if let Some(v) = self.id {
            let p = q.placeholder(COLUMNS[0], v);
            sets.push(format!("{} = {p}", COLUMNS[0].name));
        }
        if let Some(v) = self.name {
            let p = q.placeholder(COLUMNS[1], v);
            sets.push(format!("{} = {p}", COLUMNS[1].name));
        }
        if let Some(v) = self.r#type {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.url {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.file_size {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.duration_seconds {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        if let Some(v) = self.checksum {
            let p = q.placeholder(COLUMNS[6], v);
            sets.push(format!("{} = {p}", COLUMNS[6].name));
        }
        if let Some(v) = self.vast_tag {
            let p = q.placeholder(COLUMNS[7], v);
            sets.push(format!("{} = {p}", COLUMNS[7].name));
        }
        if let Some(v) = self.dominant_color {
            let p = q.placeholder(COLUMNS[8], v);
            sets.push(format!("{} = {p}", COLUMNS[8].name));
        }
        if let Some(v) = self.campaign_id {
            let p = q.placeholder(COLUMNS[9], v);
            sets.push(format!("{} = {p}", COLUMNS[9].name));
        }
        if let Some(v) = self.uploaded_at {
            let p = q.placeholder(COLUMNS[10], v);
            sets.push(format!("{} = {p}", COLUMNS[10].name));
        }
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: CreativeAssetCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    if let Some(key) = data.connect_campaign.take() {
        let source = runtime::connect_source(q, "\"CampaignWizard\"", "\"id\"", |q| key.render(q));
        connects.push(runtime::Connect { column: 9, source });
    }
    runtime::insert_one(q, TABLE, &COLUMNS, data.cells(), connects);
    links
}

/// Runs an `INSERT … RETURNING` (with the join rows of many-to-many connects) for one row.
async fn insert_returning<C: Executor + ?Sized>(
    client: &C,
    mut q: Query,
    links: Vec<runtime::Link>,
) -> Result<CreativeAsset> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"name\", t.\"type\", t.\"url\", t.\"fileSize\", t.\"durationSeconds\", t.\"checksum\", t.\"vastTag\"::text AS \"vastTag\", t.\"dominantColor\", t.\"campaignId\", (t.\"uploaded_at\" AT TIME ZONE 'UTC') AS \"uploaded_at\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"name\", t.\"type\", t.\"url\", t.\"fileSize\", t.\"durationSeconds\", t.\"checksum\", t.\"vastTag\"::text AS \"vastTag\", t.\"dominantColor\", t.\"campaignId\", (t.\"uploaded_at\" AT TIME ZONE 'UTC') AS \"uploaded_at\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    CreativeAsset::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: CreativeAssetCreate,
) -> Result<CreativeAsset> {
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
    data: Vec<CreativeAssetCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data.into_iter().map(CreativeAssetCreate::cells).collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<CreativeAssetWhere>,
    patch: CreativeAssetUpdate,
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
    filter: Option<CreativeAssetWhere>,
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
    key: CreativeAssetUnique,
    patch: CreativeAssetUpdate,
) -> Result<CreativeAsset> {
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
    q.push(" RETURNING t.\"id\", t.\"name\", t.\"type\", t.\"url\", t.\"fileSize\", t.\"durationSeconds\", t.\"checksum\", t.\"vastTag\"::text AS \"vastTag\", t.\"dominantColor\", t.\"campaignId\", (t.\"uploaded_at\" AT TIME ZONE 'UTC') AS \"uploaded_at\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    CreativeAsset::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(
    client: &C,
    key: CreativeAssetUnique,
) -> Result<CreativeAsset> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"name\", t.\"type\", t.\"url\", t.\"fileSize\", t.\"durationSeconds\", t.\"checksum\", t.\"vastTag\"::text AS \"vastTag\", t.\"dominantColor\", t.\"campaignId\", (t.\"uploaded_at\" AT TIME ZONE 'UTC') AS \"uploaded_at\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    CreativeAsset::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: CreativeAssetUnique,
    create: CreativeAssetCreate,
    patch: CreativeAssetUpdate,
) -> Result<CreativeAsset> {
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
