//! The SurveyResponse model (table `SurveyResponse`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"SurveyResponse\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"studyId\", t.\"respondentId\", t.\"isControlGroup\", t.\"answers\", t.\"demographics\", t.\"ipAddress\"::text AS \"ipAddress\", t.\"qualityScore\", t.\"createdAt\" FROM \"SurveyResponse\" AS t";

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
        name: "\"respondentId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"isControlGroup\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"answers\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"demographics\"",
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
        name: "\"qualityScore\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"createdAt\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
];

/// One respondent's answers to a study.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SurveyResponse {
    pub id: i64,
    #[serde(rename = "studyId")]
    pub study_id: String,
    #[serde(rename = "respondentId")]
    pub respondent_id: String,
    #[serde(rename = "isControlGroup")]
    pub is_control_group: bool,
    /// {"\<questionId>": \["\<optionId>", …\]}
    pub answers: serde_json::Value,
    pub demographics: Option<serde_json::Value>,
    #[serde(rename = "ipAddress")]
    pub ip_address: Option<String>,
    #[serde(rename = "qualityScore")]
    pub quality_score: Option<f32>,
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// The `study` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub study: Option<Box<crate::brand_lift_study::BrandLiftStudy>>,
}

impl SurveyResponse {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            study_id: row.try_get(1)?,
            respondent_id: row.try_get(2)?,
            is_control_group: row.try_get(3)?,
            answers: row.try_get(4)?,
            demographics: row.try_get(5)?,
            ip_address: row.try_get(6)?,
            quality_score: row.try_get(7)?,
            created_at: row.try_get(8)?,
            study: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for SurveyResponse {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            study_id: row.try_get("studyId")?,
            respondent_id: row.try_get("respondentId")?,
            is_control_group: row.try_get("isControlGroup")?,
            answers: row.try_get("answers")?,
            demographics: row.try_get("demographics")?,
            ip_address: row.try_get("ipAddress")?,
            quality_score: row.try_get("qualityScore")?,
            created_at: row.try_get("createdAt")?,
            study: None,
        })
    }
}

/// A filter of SurveyResponse rows.
#[derive(Debug, Clone, PartialEq)]
pub enum SurveyResponseWhere {
    /// Filters `id`.
    Id(runtime::ScalarFilter<i64>),
    /// Filters `studyId`.
    StudyId(runtime::StringFilter),
    /// Filters `respondentId`.
    RespondentId(runtime::StringFilter),
    /// Filters `isControlGroup`.
    IsControlGroup(runtime::EqFilter<bool>),
    /// Filters `answers`.
    Answers(runtime::JsonFilter),
    /// Filters `demographics`.
    Demographics(runtime::Nullable<runtime::JsonFilter>),
    /// Filters `ipAddress`.
    IpAddress(runtime::Nullable<runtime::EqFilter<String>>),
    /// Filters `qualityScore`.
    QualityScore(runtime::Nullable<runtime::ScalarFilter<f32>>),
    /// Filters `createdAt`.
    CreatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// The `study` row exists and matches.
    StudyIs(Box<crate::brand_lift_study::BrandLiftStudyWhere>),
    /// There is no `study` row, or it does not match.
    StudyIsNot(Box<crate::brand_lift_study::BrandLiftStudyWhere>),
    /// Every filter matches (true when empty).
    And(Vec<SurveyResponseWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<SurveyResponseWhere>),
    /// The filter does not match.
    Not(Box<SurveyResponseWhere>),
}

impl SurveyResponseWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            SurveyResponseWhere::Id(f) => f.render(COLUMNS[0], q),
            SurveyResponseWhere::StudyId(f) => f.render(COLUMNS[1], q),
            SurveyResponseWhere::RespondentId(f) => f.render(COLUMNS[2], q),
            SurveyResponseWhere::IsControlGroup(f) => f.render(COLUMNS[3], q),
            SurveyResponseWhere::Answers(f) => f.render(COLUMNS[4], q),
            SurveyResponseWhere::Demographics(f) => f.render(COLUMNS[5], q),
            SurveyResponseWhere::IpAddress(f) => f.render(COLUMNS[6], q),
            SurveyResponseWhere::QualityScore(f) => f.render(COLUMNS[7], q),
            SurveyResponseWhere::CreatedAt(f) => f.render(COLUMNS[8], q),
            SurveyResponseWhere::StudyIs(f) => runtime::render_exists(
                q,
                false,
                "\"BrandLiftStudy\"",
                "\"id\"",
                "\"studyId\"",
                false,
                |q| f.render(q),
            ),
            SurveyResponseWhere::StudyIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"BrandLiftStudy\"",
                "\"id\"",
                "\"studyId\"",
                false,
                |q| f.render(q),
            ),
            SurveyResponseWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            SurveyResponseWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            SurveyResponseWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of SurveyResponse rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurveyResponseOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `studyId`.
    StudyId(runtime::SortOrder),
    /// By `respondentId`.
    RespondentId(runtime::SortOrder),
    /// By `isControlGroup`.
    IsControlGroup(runtime::SortOrder),
    /// By `ipAddress`.
    IpAddress(runtime::SortOrder),
    /// By `qualityScore`.
    QualityScore(runtime::SortOrder),
    /// By `createdAt`.
    CreatedAt(runtime::SortOrder),
}

impl SurveyResponseOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            SurveyResponseOrderBy::Id(o) => (COLUMNS[0], o),
            SurveyResponseOrderBy::StudyId(o) => (COLUMNS[1], o),
            SurveyResponseOrderBy::RespondentId(o) => (COLUMNS[2], o),
            SurveyResponseOrderBy::IsControlGroup(o) => (COLUMNS[3], o),
            SurveyResponseOrderBy::IpAddress(o) => (COLUMNS[6], o),
            SurveyResponseOrderBy::QualityScore(o) => (COLUMNS[7], o),
            SurveyResponseOrderBy::CreatedAt(o) => (COLUMNS[8], o),
        }
    }
}

/// Relations of SurveyResponse to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SurveyResponseInclude {
    /// Loads `study` (and, inside, its own relations).
    pub study: Option<Box<crate::brand_lift_study::BrandLiftStudyInclude>>,
}

impl SurveyResponseInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [SurveyResponse],
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
pub struct SurveyResponseFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<SurveyResponseWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<SurveyResponseOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<SurveyResponseUnique>,
    /// Relations to load.
    pub include: SurveyResponseInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: SurveyResponseFindMany,
) -> Result<Vec<SurveyResponse>> {
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
        runtime::render_cursor(&mut q, "\"SurveyResponse\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = SurveyResponse::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<SurveyResponseWhere>,
) -> Result<Option<SurveyResponse>> {
    let args = SurveyResponseFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<SurveyResponseWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"SurveyResponse\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of SurveyResponse: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum SurveyResponseUnique {
    /// By `id`.
    Id(i64),
    /// By `studyId, respondentId`.
    StudyIdRespondentId {
        /// `studyId`.
        study_id: String,
        /// `respondentId`.
        respondent_id: String,
    },
}

impl SurveyResponseUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            SurveyResponseUnique::Id(_) => &[0],
            SurveyResponseUnique::StudyIdRespondentId { .. } => &[1, 2],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            SurveyResponseUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
            SurveyResponseUnique::StudyIdRespondentId {
                study_id,
                respondent_id,
            } => {
                q.compare(COLUMNS[1], " = ", study_id);
                q.push(" AND ");
                q.compare(COLUMNS[2], " = ", respondent_id);
            }
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            SurveyResponseUnique::Id(_) => "(\"id\")",
            SurveyResponseUnique::StudyIdRespondentId { .. } => "(\"studyId\", \"respondentId\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: SurveyResponseUnique,
) -> Result<Option<SurveyResponse>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| SurveyResponse::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: SurveyResponseUnique,
) -> Result<SurveyResponse> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new SurveyResponse row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveyResponseCreate {
    /// `id` (the database default when `None`).
    pub id: Option<i64>,
    /// `studyId`.
    pub study_id: String,
    /// `respondentId`.
    pub respondent_id: String,
    /// `isControlGroup`.
    pub is_control_group: bool,
    /// `answers`.
    pub answers: serde_json::Value,
    /// `demographics`.
    pub demographics: Option<serde_json::Value>,
    /// `ipAddress`.
    pub ip_address: Option<String>,
    /// `qualityScore`.
    pub quality_score: Option<f32>,
    /// `createdAt` (now() when `None`).
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Connects `study` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `study_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_study: Option<crate::brand_lift_study::BrandLiftStudyUnique>,
}

impl SurveyResponseCreate {
    /// The required values; everything else `None`.
    pub fn new(
        study_id: String,
        respondent_id: String,
        is_control_group: bool,
        answers: serde_json::Value,
    ) -> Self {
        Self {
            id: None,
            study_id,
            respondent_id,
            is_control_group,
            answers,
            demographics: None,
            ip_address: None,
            quality_score: None,
            created_at: None,
            connect_study: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<9> {
        let mut cells: runtime::Cells<9> = std::array::from_fn(|_| None);
        if let Some(v) = self.id {
            cells[0] = Some(Box::new(v));
        }
        cells[1] = Some(Box::new(self.study_id));
        cells[2] = Some(Box::new(self.respondent_id));
        cells[3] = Some(Box::new(self.is_control_group));
        cells[4] = Some(Box::new(self.answers));
        if let Some(v) = self.demographics {
            cells[5] = Some(Box::new(v));
        }
        if let Some(v) = self.ip_address {
            cells[6] = Some(Box::new(v));
        }
        if let Some(v) = self.quality_score {
            cells[7] = Some(Box::new(v));
        }
        cells[8] = Some(Box::new(
            self.created_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells
    }
}

/// Changes to a SurveyResponse row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SurveyResponseUpdate {
    /// `id`.
    pub id: Option<i64>,
    /// `studyId`.
    pub study_id: Option<String>,
    /// `respondentId`.
    pub respondent_id: Option<String>,
    /// `isControlGroup`.
    pub is_control_group: Option<bool>,
    /// `answers`.
    pub answers: Option<serde_json::Value>,
    /// `demographics`.
    pub demographics: Option<Option<serde_json::Value>>,
    /// `ipAddress`.
    pub ip_address: Option<Option<String>>,
    /// `qualityScore`.
    pub quality_score: Option<Option<f32>>,
    /// `createdAt`.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl SurveyResponseUpdate {
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
        if let Some(v) = self.respondent_id {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.is_control_group {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.answers {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.demographics {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        if let Some(v) = self.ip_address {
            let p = q.placeholder(COLUMNS[6], v);
            sets.push(format!("{} = {p}", COLUMNS[6].name));
        }
        if let Some(v) = self.quality_score {
            let p = q.placeholder(COLUMNS[7], v);
            sets.push(format!("{} = {p}", COLUMNS[7].name));
        }
        if let Some(v) = self.created_at {
            let p = q.placeholder(COLUMNS[8], v);
            sets.push(format!("{} = {p}", COLUMNS[8].name));
        }
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: SurveyResponseCreate, q: &mut Query) -> Vec<runtime::Link> {
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
) -> Result<SurveyResponse> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"studyId\", t.\"respondentId\", t.\"isControlGroup\", t.\"answers\", t.\"demographics\", t.\"ipAddress\"::text AS \"ipAddress\", t.\"qualityScore\", t.\"createdAt\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"studyId\", t.\"respondentId\", t.\"isControlGroup\", t.\"answers\", t.\"demographics\", t.\"ipAddress\"::text AS \"ipAddress\", t.\"qualityScore\", t.\"createdAt\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    SurveyResponse::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: SurveyResponseCreate,
) -> Result<SurveyResponse> {
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
    data: Vec<SurveyResponseCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data.into_iter().map(SurveyResponseCreate::cells).collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<SurveyResponseWhere>,
    patch: SurveyResponseUpdate,
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
    filter: Option<SurveyResponseWhere>,
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
    key: SurveyResponseUnique,
    patch: SurveyResponseUpdate,
) -> Result<SurveyResponse> {
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
    q.push(" RETURNING t.\"id\", t.\"studyId\", t.\"respondentId\", t.\"isControlGroup\", t.\"answers\", t.\"demographics\", t.\"ipAddress\"::text AS \"ipAddress\", t.\"qualityScore\", t.\"createdAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    SurveyResponse::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(
    client: &C,
    key: SurveyResponseUnique,
) -> Result<SurveyResponse> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"studyId\", t.\"respondentId\", t.\"isControlGroup\", t.\"answers\", t.\"demographics\", t.\"ipAddress\"::text AS \"ipAddress\", t.\"qualityScore\", t.\"createdAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    SurveyResponse::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: SurveyResponseUnique,
    create: SurveyResponseCreate,
    patch: SurveyResponseUpdate,
) -> Result<SurveyResponse> {
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
