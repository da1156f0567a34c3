//! The BrandLiftReport model (table `BrandLiftReport`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"BrandLiftReport\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"studyId\", t.\"status\", t.\"overallLift\", t.\"metrics\", t.\"pdfExport\", (t.\"generatedAt\" AT TIME ZONE 'UTC') AS \"generatedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"BrandLiftReport\" AS t";

const COLUMNS: [Column; 9] = [
    Column {
        name: "\"id\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"studyId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"status\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"overallLift\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"metrics\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"pdfExport\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"generatedAt\"",
        open: "(",
        close: "::timestamptz AT TIME ZONE 'UTC')",
        copy: runtime::CopyAs::Timestamptz,
    },
    Column {
        name: "\"createdAt\"",
        open: "(",
        close: "::timestamptz AT TIME ZONE 'UTC')",
        copy: runtime::CopyAs::Timestamptz,
    },
    Column {
        name: "\"updatedAt\"",
        open: "(",
        close: "::timestamptz AT TIME ZONE 'UTC')",
        copy: runtime::CopyAs::Timestamptz,
    },
];

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BrandLiftReport {
    pub id: String,
    #[serde(rename = "studyId")]
    pub study_id: String,
    pub status: String,
    #[serde(rename = "overallLift")]
    pub overall_lift: Option<rust_decimal::Decimal>,
    pub metrics: serde_json::Value,
    #[serde(rename = "pdfExport")]
    pub pdf_export: Option<Vec<u8>>,
    #[serde(rename = "generatedAt")]
    pub generated_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// The `study` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub study: Option<Box<crate::brand_lift_study::BrandLiftStudy>>,
}

impl BrandLiftReport {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            study_id: row.try_get(1)?,
            status: row.try_get(2)?,
            overall_lift: row.try_get(3)?,
            metrics: row.try_get(4)?,
            pdf_export: row.try_get(5)?,
            generated_at: row.try_get(6)?,
            created_at: row.try_get(7)?,
            updated_at: row.try_get(8)?,
            study: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for BrandLiftReport {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            study_id: row.try_get("studyId")?,
            status: row.try_get("status")?,
            overall_lift: row.try_get("overallLift")?,
            metrics: row.try_get("metrics")?,
            pdf_export: row.try_get("pdfExport")?,
            generated_at: row.try_get("generatedAt")?,
            created_at: row.try_get("createdAt")?,
            updated_at: row.try_get("updatedAt")?,
            study: None,
        })
    }
}

/// A filter of BrandLiftReport rows.
#[derive(Debug, Clone, PartialEq)]
pub enum BrandLiftReportWhere {
    /// Filters `id`.
    Id(runtime::StringFilter),
    /// Filters `studyId`.
    StudyId(runtime::StringFilter),
    /// Filters `status`.
    Status(runtime::StringFilter),
    /// Filters `overallLift`.
    OverallLift(runtime::Nullable<runtime::ScalarFilter<rust_decimal::Decimal>>),
    /// Filters `metrics`.
    Metrics(runtime::JsonFilter),
    /// Filters `pdfExport`.
    PdfExport(runtime::Nullable<runtime::EqFilter<Vec<u8>>>),
    /// Filters `generatedAt`.
    GeneratedAt(runtime::Nullable<runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>>),
    /// Filters `createdAt`.
    CreatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// Filters `updatedAt`.
    UpdatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// The `study` row exists and matches.
    StudyIs(Box<crate::brand_lift_study::BrandLiftStudyWhere>),
    /// There is no `study` row, or it does not match.
    StudyIsNot(Box<crate::brand_lift_study::BrandLiftStudyWhere>),
    /// Every filter matches (true when empty).
    And(Vec<BrandLiftReportWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<BrandLiftReportWhere>),
    /// The filter does not match.
    Not(Box<BrandLiftReportWhere>),
}

impl BrandLiftReportWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            BrandLiftReportWhere::Id(f) => f.render(COLUMNS[0], q),
            BrandLiftReportWhere::StudyId(f) => f.render(COLUMNS[1], q),
            BrandLiftReportWhere::Status(f) => f.render(COLUMNS[2], q),
            BrandLiftReportWhere::OverallLift(f) => f.render(COLUMNS[3], q),
            BrandLiftReportWhere::Metrics(f) => f.render(COLUMNS[4], q),
            BrandLiftReportWhere::PdfExport(f) => f.render(COLUMNS[5], q),
            BrandLiftReportWhere::GeneratedAt(f) => f.render(COLUMNS[6], q),
            BrandLiftReportWhere::CreatedAt(f) => f.render(COLUMNS[7], q),
            BrandLiftReportWhere::UpdatedAt(f) => f.render(COLUMNS[8], q),
            BrandLiftReportWhere::StudyIs(f) => runtime::render_exists(
                q,
                false,
                "\"BrandLiftStudy\"",
                "\"id\"",
                "\"studyId\"",
                false,
                |q| f.render(q),
            ),
            BrandLiftReportWhere::StudyIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"BrandLiftStudy\"",
                "\"id\"",
                "\"studyId\"",
                false,
                |q| f.render(q),
            ),
            BrandLiftReportWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            BrandLiftReportWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            BrandLiftReportWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of BrandLiftReport rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrandLiftReportOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `studyId`.
    StudyId(runtime::SortOrder),
    /// By `status`.
    Status(runtime::SortOrder),
    /// By `overallLift`.
    OverallLift(runtime::SortOrder),
    /// By `pdfExport`.
    PdfExport(runtime::SortOrder),
    /// By `generatedAt`.
    GeneratedAt(runtime::SortOrder),
    /// By `createdAt`.
    CreatedAt(runtime::SortOrder),
    /// By `updatedAt`.
    UpdatedAt(runtime::SortOrder),
}

impl BrandLiftReportOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            BrandLiftReportOrderBy::Id(o) => (COLUMNS[0], o),
            BrandLiftReportOrderBy::StudyId(o) => (COLUMNS[1], o),
            BrandLiftReportOrderBy::Status(o) => (COLUMNS[2], o),
            BrandLiftReportOrderBy::OverallLift(o) => (COLUMNS[3], o),
            BrandLiftReportOrderBy::PdfExport(o) => (COLUMNS[5], o),
            BrandLiftReportOrderBy::GeneratedAt(o) => (COLUMNS[6], o),
            BrandLiftReportOrderBy::CreatedAt(o) => (COLUMNS[7], o),
            BrandLiftReportOrderBy::UpdatedAt(o) => (COLUMNS[8], o),
        }
    }
}

/// Relations of BrandLiftReport to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BrandLiftReportInclude {
    /// Loads `study` (and, inside, its own relations).
    pub study: Option<Box<crate::brand_lift_study::BrandLiftStudyInclude>>,
}

impl BrandLiftReportInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [BrandLiftReport],
    ) -> runtime::BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            if let Some(nested) = &self.study {
                let keys: Vec<String> = rows.iter().map(|r| r.study_id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"name\", t.\"campaignId\", t.\"status\", t.\"funnelStage\", t.\"primaryKpi\", COALESCE(t.\"secondaryKpis\", '{}') AS \"secondaryKpis\", t.\"targetSampleSize\", t.\"cintProjectId\", t.\"launchedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"BrandLiftStudy\" AS t WHERE t.\"id\" = ANY($1)");
                q.param(keys);
                let mut children =
                    crate::brand_lift_study::BrandLiftStudy::from_rows(&q.fetch(client).await?)?;
                nested.load(client, &mut children).await?;
                let by_key: std::collections::HashMap<
                    String,
                    crate::brand_lift_study::BrandLiftStudy,
                > = children.into_iter().map(|c| (c.id.clone(), c)).collect();
                for row in rows.iter_mut() {
                    row.study = by_key.get(&row.study_id).cloned().map(Box::new);
                }
            }
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BrandLiftReportFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<BrandLiftReportWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<BrandLiftReportOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<BrandLiftReportUnique>,
    /// Relations to load.
    pub include: BrandLiftReportInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: BrandLiftReportFindMany,
) -> Result<Vec<BrandLiftReport>> {
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
        runtime::render_cursor(&mut q, "\"BrandLiftReport\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = BrandLiftReport::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<BrandLiftReportWhere>,
) -> Result<Option<BrandLiftReport>> {
    let args = BrandLiftReportFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<BrandLiftReportWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"BrandLiftReport\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of BrandLiftReport: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum BrandLiftReportUnique {
    /// By `id`.
    Id(String),
    /// By `studyId`.
    StudyId(String),
}

impl BrandLiftReportUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            BrandLiftReportUnique::Id(_) => &[0],
            BrandLiftReportUnique::StudyId(_) => &[1],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            BrandLiftReportUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
            BrandLiftReportUnique::StudyId(v) => q.compare(COLUMNS[1], " = ", v),
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            BrandLiftReportUnique::Id(_) => "(\"id\")",
            BrandLiftReportUnique::StudyId(_) => "(\"studyId\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: BrandLiftReportUnique,
) -> Result<Option<BrandLiftReport>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| BrandLiftReport::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: BrandLiftReportUnique,
) -> Result<BrandLiftReport> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new BrandLiftReport row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct BrandLiftReportCreate {
    /// `id` (cuid() when `None`).
    pub id: Option<String>,
    /// `studyId`.
    pub study_id: String,
    /// `status` (the database default when `None`).
    pub status: Option<String>,
    /// `overallLift`.
    pub overall_lift: Option<rust_decimal::Decimal>,
    /// `metrics`.
    pub metrics: serde_json::Value,
    /// `pdfExport`.
    pub pdf_export: Option<Vec<u8>>,
    /// `generatedAt`.
    pub generated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdAt` (now() when `None`).
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (@updatedAt: now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Connects `study` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `study_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_study: Option<crate::brand_lift_study::BrandLiftStudyUnique>,
}

impl BrandLiftReportCreate {
    /// The required values; everything else `None`.
    pub fn new(study_id: String, metrics: serde_json::Value) -> Self {
        Self {
            id: None,
            study_id,
            status: None,
            overall_lift: None,
            metrics,
            pdf_export: None,
            generated_at: None,
            created_at: None,
            updated_at: None,
            connect_study: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<9> {
        let mut cells: runtime::Cells<9> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.id.unwrap_or_else(|| runtime::cuid())));
        cells[1] = Some(Box::new(self.study_id));
        if let Some(v) = self.status {
            cells[2] = Some(Box::new(v));
        }
        if let Some(v) = self.overall_lift {
            cells[3] = Some(Box::new(v));
        }
        cells[4] = Some(Box::new(self.metrics));
        if let Some(v) = self.pdf_export {
            cells[5] = Some(Box::new(v));
        }
        if let Some(v) = self.generated_at {
            cells[6] = Some(Box::new(v));
        }
        cells[7] = Some(Box::new(
            self.created_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells[8] = Some(Box::new(
            self.updated_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells
    }
}

/// Changes to a BrandLiftReport row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BrandLiftReportUpdate {
    /// `id`.
    pub id: Option<String>,
    /// `studyId`.
    pub study_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `overallLift`.
    pub overall_lift: Option<Option<rust_decimal::Decimal>>,
    /// `metrics`.
    pub metrics: Option<serde_json::Value>,
    /// `pdfExport`.
    pub pdf_export: Option<Option<Vec<u8>>>,
    /// `generatedAt`.
    pub generated_at: Option<Option<chrono::DateTime<chrono::Utc>>>,
    /// `createdAt`.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (set to now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl BrandLiftReportUpdate {
    fn assignments(self, q: &mut Query) -> Vec<String> {
        let mut sets = Vec::new();
        if let Some(v) = self.id {
            let p = q.placeholder(COLUMNS[0], v);
            sets.push(format!("{} = {p}", COLUMNS[0].name));
        }
        if let Some(v) = self.study_id {
            let p = q.placeholder(COLUMNS[1], v);
            sets.push(format!("{} = {p}", COLUMNS[1].name));
        }
        if let Some(v) = self.status {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.overall_lift {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.metrics {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.pdf_export {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        if let Some(v) = self.generated_at {
            let p = q.placeholder(COLUMNS[6], v);
            sets.push(format!("{} = {p}", COLUMNS[6].name));
        }
        if let Some(v) = self.created_at {
            let p = q.placeholder(COLUMNS[7], v);
            sets.push(format!("{} = {p}", COLUMNS[7].name));
        }
        let v = self.updated_at.unwrap_or_else(|| chrono::Utc::now());
        let p = q.placeholder(COLUMNS[8], v);
        sets.push(format!("{} = {p}", COLUMNS[8].name));
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: BrandLiftReportCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    if let Some(key) = data.connect_study.take() {
        let source = runtime::connect_source(q, "\"BrandLiftStudy\"", "\"id\"", |q| key.render(q));
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
) -> Result<BrandLiftReport> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"studyId\", t.\"status\", t.\"overallLift\", t.\"metrics\", t.\"pdfExport\", (t.\"generatedAt\" AT TIME ZONE 'UTC') AS \"generatedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"studyId\", t.\"status\", t.\"overallLift\", t.\"metrics\", t.\"pdfExport\", (t.\"generatedAt\" AT TIME ZONE 'UTC') AS \"generatedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    BrandLiftReport::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: BrandLiftReportCreate,
) -> Result<BrandLiftReport> {
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
    data: Vec<BrandLiftReportCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data.into_iter().map(BrandLiftReportCreate::cells).collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<BrandLiftReportWhere>,
    patch: BrandLiftReportUpdate,
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
    filter: Option<BrandLiftReportWhere>,
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
    key: BrandLiftReportUnique,
    patch: BrandLiftReportUpdate,
) -> Result<BrandLiftReport> {
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
    q.push(" RETURNING t.\"id\", t.\"studyId\", t.\"status\", t.\"overallLift\", t.\"metrics\", t.\"pdfExport\", (t.\"generatedAt\" AT TIME ZONE 'UTC') AS \"generatedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    BrandLiftReport::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(
    client: &C,
    key: BrandLiftReportUnique,
) -> Result<BrandLiftReport> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"studyId\", t.\"status\", t.\"overallLift\", t.\"metrics\", t.\"pdfExport\", (t.\"generatedAt\" AT TIME ZONE 'UTC') AS \"generatedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    BrandLiftReport::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: BrandLiftReportUnique,
    create: BrandLiftReportCreate,
    patch: BrandLiftReportUpdate,
) -> Result<BrandLiftReport> {
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
