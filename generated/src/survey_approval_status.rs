//! The SurveyApprovalStatus model (table `SurveyApprovalStatus`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"SurveyApprovalStatus\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"studyId\", t.\"status\", t.\"requestedSignOff\", t.\"signedOffBy\", (t.\"signedOffAt\" AT TIME ZONE 'UTC') AS \"signedOffAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"SurveyApprovalStatus\" AS t";

const COLUMNS: [Column; 8] = [
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
        name: "\"requestedSignOff\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"signedOffBy\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"signedOffAt\"",
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
pub struct SurveyApprovalStatus {
    pub id: String,
    #[serde(rename = "studyId")]
    pub study_id: String,
    pub status: crate::enums::ApprovalStatus,
    #[serde(rename = "requestedSignOff")]
    pub requested_sign_off: bool,
    #[serde(rename = "signedOffBy")]
    pub signed_off_by: Option<String>,
    #[serde(rename = "signedOffAt")]
    pub signed_off_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// The `study` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub study: Option<Box<crate::brand_lift_study::BrandLiftStudy>>,
    /// The `comments` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<crate::survey_approval_comment::SurveyApprovalComment>>,
}

impl SurveyApprovalStatus {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            study_id: row.try_get(1)?,
            status: row.try_get(2)?,
            requested_sign_off: row.try_get(3)?,
            signed_off_by: row.try_get(4)?,
            signed_off_at: row.try_get(5)?,
            created_at: row.try_get(6)?,
            updated_at: row.try_get(7)?,
            study: None,
            comments: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for SurveyApprovalStatus {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            study_id: row.try_get("studyId")?,
            status: row.try_get("status")?,
            requested_sign_off: row.try_get("requestedSignOff")?,
            signed_off_by: row.try_get("signedOffBy")?,
            signed_off_at: row.try_get("signedOffAt")?,
            created_at: row.try_get("createdAt")?,
            updated_at: row.try_get("updatedAt")?,
            study: None,
            comments: None,
        })
    }
}

/// A filter of SurveyApprovalStatus rows.
#[derive(Debug, Clone, PartialEq)]
pub enum SurveyApprovalStatusWhere {
    /// Filters `id`.
    Id(runtime::StringFilter),
    /// Filters `studyId`.
    StudyId(runtime::StringFilter),
    /// Filters `status`.
    Status(runtime::EqFilter<crate::enums::ApprovalStatus>),
    /// Filters `requestedSignOff`.
    RequestedSignOff(runtime::EqFilter<bool>),
    /// Filters `signedOffBy`.
    SignedOffBy(runtime::Nullable<runtime::StringFilter>),
    /// Filters `signedOffAt`.
    SignedOffAt(runtime::Nullable<runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>>),
    /// Filters `createdAt`.
    CreatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// Filters `updatedAt`.
    UpdatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// The `study` row exists and matches.
    StudyIs(Box<crate::brand_lift_study::BrandLiftStudyWhere>),
    /// There is no `study` row, or it does not match.
    StudyIsNot(Box<crate::brand_lift_study::BrandLiftStudyWhere>),
    /// Some `comments` row matches.
    CommentsSome(Box<crate::survey_approval_comment::SurveyApprovalCommentWhere>),
    /// Every `comments` row matches (true when there are none).
    CommentsEvery(Box<crate::survey_approval_comment::SurveyApprovalCommentWhere>),
    /// No `comments` row matches.
    CommentsNone(Box<crate::survey_approval_comment::SurveyApprovalCommentWhere>),
    /// Every filter matches (true when empty).
    And(Vec<SurveyApprovalStatusWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<SurveyApprovalStatusWhere>),
    /// The filter does not match.
    Not(Box<SurveyApprovalStatusWhere>),
}

impl SurveyApprovalStatusWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            SurveyApprovalStatusWhere::Id(f) => f.render(COLUMNS[0], q),
            SurveyApprovalStatusWhere::StudyId(f) => f.render(COLUMNS[1], q),
            SurveyApprovalStatusWhere::Status(f) => f.render(COLUMNS[2], q),
            SurveyApprovalStatusWhere::RequestedSignOff(f) => f.render(COLUMNS[3], q),
            SurveyApprovalStatusWhere::SignedOffBy(f) => f.render(COLUMNS[4], q),
            SurveyApprovalStatusWhere::SignedOffAt(f) => f.render(COLUMNS[5], q),
            SurveyApprovalStatusWhere::CreatedAt(f) => f.render(COLUMNS[6], q),
            SurveyApprovalStatusWhere::UpdatedAt(f) => f.render(COLUMNS[7], q),
            SurveyApprovalStatusWhere::StudyIs(f) => runtime::render_exists(
                q,
                false,
                "\"BrandLiftStudy\"",
                "\"id\"",
                "\"studyId\"",
                false,
                |q| f.render(q),
            ),
            SurveyApprovalStatusWhere::StudyIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"BrandLiftStudy\"",
                "\"id\"",
                "\"studyId\"",
                false,
                |q| f.render(q),
            ),
            SurveyApprovalStatusWhere::CommentsSome(f) => runtime::render_exists(
                q,
                false,
                "\"SurveyApprovalComment\"",
                "\"approvalStatusId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            SurveyApprovalStatusWhere::CommentsEvery(f) => runtime::render_exists(
                q,
                true,
                "\"SurveyApprovalComment\"",
                "\"approvalStatusId\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            SurveyApprovalStatusWhere::CommentsNone(f) => runtime::render_exists(
                q,
                true,
                "\"SurveyApprovalComment\"",
                "\"approvalStatusId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            SurveyApprovalStatusWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            SurveyApprovalStatusWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            SurveyApprovalStatusWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of SurveyApprovalStatus rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurveyApprovalStatusOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `studyId`.
    StudyId(runtime::SortOrder),
    /// By `status`.
    Status(runtime::SortOrder),
    /// By `requestedSignOff`.
    RequestedSignOff(runtime::SortOrder),
    /// By `signedOffBy`.
    SignedOffBy(runtime::SortOrder),
    /// By `signedOffAt`.
    SignedOffAt(runtime::SortOrder),
    /// By `createdAt`.
    CreatedAt(runtime::SortOrder),
    /// By `updatedAt`.
    UpdatedAt(runtime::SortOrder),
}

impl SurveyApprovalStatusOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            SurveyApprovalStatusOrderBy::Id(o) => (COLUMNS[0], o),
            SurveyApprovalStatusOrderBy::StudyId(o) => (COLUMNS[1], o),
            SurveyApprovalStatusOrderBy::Status(o) => (COLUMNS[2], o),
            SurveyApprovalStatusOrderBy::RequestedSignOff(o) => (COLUMNS[3], o),
            SurveyApprovalStatusOrderBy::SignedOffBy(o) => (COLUMNS[4], o),
            SurveyApprovalStatusOrderBy::SignedOffAt(o) => (COLUMNS[5], o),
            SurveyApprovalStatusOrderBy::CreatedAt(o) => (COLUMNS[6], o),
            SurveyApprovalStatusOrderBy::UpdatedAt(o) => (COLUMNS[7], o),
        }
    }
}

/// Relations of SurveyApprovalStatus to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SurveyApprovalStatusInclude {
    /// Loads `study` (and, inside, its own relations).
    pub study: Option<Box<crate::brand_lift_study::BrandLiftStudyInclude>>,
    /// Loads `comments` (and, inside, its own relations).
    pub comments: Option<Box<crate::survey_approval_comment::SurveyApprovalCommentInclude>>,
}

impl SurveyApprovalStatusInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [SurveyApprovalStatus],
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
            if let Some(nested) = &self.comments {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"approvalStatusId\", t.\"authorId\", t.\"questionId\", t.\"text\", t.\"resolved\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"SurveyApprovalComment\" AS t WHERE t.\"approvalStatusId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children =
                    crate::survey_approval_comment::SurveyApprovalComment::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    String,
                    Vec<crate::survey_approval_comment::SurveyApprovalComment>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.approval_status_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.comments = Some(found);
                }
            }
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SurveyApprovalStatusFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<SurveyApprovalStatusWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<SurveyApprovalStatusOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<SurveyApprovalStatusUnique>,
    /// Relations to load.
    pub include: SurveyApprovalStatusInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: SurveyApprovalStatusFindMany,
) -> Result<Vec<SurveyApprovalStatus>> {
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
        runtime::render_cursor(&mut q, "\"SurveyApprovalStatus\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = SurveyApprovalStatus::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<SurveyApprovalStatusWhere>,
) -> Result<Option<SurveyApprovalStatus>> {
    let args = SurveyApprovalStatusFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<SurveyApprovalStatusWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"SurveyApprovalStatus\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of SurveyApprovalStatus: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum SurveyApprovalStatusUnique {
    /// By `id`.
    Id(String),
    /// By `studyId`.
    StudyId(String),
}

impl SurveyApprovalStatusUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            SurveyApprovalStatusUnique::Id(_) => &[0],
            SurveyApprovalStatusUnique::StudyId(_) => &[1],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            SurveyApprovalStatusUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
            SurveyApprovalStatusUnique::StudyId(v) => q.compare(COLUMNS[1], " = ", v),
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            SurveyApprovalStatusUnique::Id(_) => "(\"id\")",
            SurveyApprovalStatusUnique::StudyId(_) => "(\"studyId\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: SurveyApprovalStatusUnique,
) -> Result<Option<SurveyApprovalStatus>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| SurveyApprovalStatus::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: SurveyApprovalStatusUnique,
) -> Result<SurveyApprovalStatus> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new SurveyApprovalStatus row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveyApprovalStatusCreate {
    /// `id` (cuid() when `None`).
    pub id: Option<String>,
    /// `studyId`.
    pub study_id: String,
    /// `status` (the database default when `None`).
    pub status: Option<crate::enums::ApprovalStatus>,
    /// `requestedSignOff` (the database default when `None`).
    pub requested_sign_off: Option<bool>,
    /// `signedOffBy`.
    pub signed_off_by: Option<String>,
    /// `signedOffAt`.
    pub signed_off_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdAt` (now() when `None`).
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (@updatedAt: now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Connects `study` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `study_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_study: Option<crate::brand_lift_study::BrandLiftStudyUnique>,
}

impl SurveyApprovalStatusCreate {
    /// The required values; everything else `None`.
    pub fn new(study_id: String) -> Self {
        Self {
            id: None,
            study_id,
            status: None,
            requested_sign_off: None,
            signed_off_by: None,
            signed_off_at: None,
            created_at: None,
            updated_at: None,
            connect_study: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<8> {
        let mut cells: runtime::Cells<8> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.id.unwrap_or_else(|| runtime::cuid())));
        cells[1] = Some(Box::new(self.study_id));
        if let Some(v) = self.status {
            cells[2] = Some(Box::new(v));
        }
        if let Some(v) = self.requested_sign_off {
            cells[3] = Some(Box::new(v));
        }
        if let Some(v) = self.signed_off_by {
            cells[4] = Some(Box::new(v));
        }
        if let Some(v) = self.signed_off_at {
            cells[5] = Some(Box::new(v));
        }
        cells[6] = Some(Box::new(
            self.created_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells[7] = Some(Box::new(
            self.updated_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells
    }
}

/// Changes to a SurveyApprovalStatus row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SurveyApprovalStatusUpdate {
    /// `id`.
    pub id: Option<String>,
    /// `studyId`.
    pub study_id: Option<String>,
    /// `status`.
    pub status: Option<crate::enums::ApprovalStatus>,
    /// `requestedSignOff`.
    pub requested_sign_off: Option<bool>,
    /// `signedOffBy`.
    pub signed_off_by: Option<Option<String>>,
    /// `signedOffAt`.
    pub signed_off_at: Option<Option<chrono::DateTime<chrono::Utc>>>,
    /// `createdAt`.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (set to now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl SurveyApprovalStatusUpdate {
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
        if let Some(v) = self.requested_sign_off {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.signed_off_by {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.signed_off_at {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        if let Some(v) = self.created_at {
            let p = q.placeholder(COLUMNS[6], v);
            sets.push(format!("{} = {p}", COLUMNS[6].name));
        }
        let v = self.updated_at.unwrap_or_else(|| chrono::Utc::now());
        let p = q.placeholder(COLUMNS[7], v);
        sets.push(format!("{} = {p}", COLUMNS[7].name));
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: SurveyApprovalStatusCreate, q: &mut Query) -> Vec<runtime::Link> {
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
) -> Result<SurveyApprovalStatus> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"studyId\", t.\"status\", t.\"requestedSignOff\", t.\"signedOffBy\", (t.\"signedOffAt\" AT TIME ZONE 'UTC') AS \"signedOffAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"studyId\", t.\"status\", t.\"requestedSignOff\", t.\"signedOffBy\", (t.\"signedOffAt\" AT TIME ZONE 'UTC') AS \"signedOffAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    SurveyApprovalStatus::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: SurveyApprovalStatusCreate,
) -> Result<SurveyApprovalStatus> {
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
    data: Vec<SurveyApprovalStatusCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data
        .into_iter()
        .map(SurveyApprovalStatusCreate::cells)
        .collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<SurveyApprovalStatusWhere>,
    patch: SurveyApprovalStatusUpdate,
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
    filter: Option<SurveyApprovalStatusWhere>,
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
    key: SurveyApprovalStatusUnique,
    patch: SurveyApprovalStatusUpdate,
) -> Result<SurveyApprovalStatus> {
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
    q.push(" RETURNING t.\"id\", t.\"studyId\", t.\"status\", t.\"requestedSignOff\", t.\"signedOffBy\", (t.\"signedOffAt\" AT TIME ZONE 'UTC') AS \"signedOffAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    SurveyApprovalStatus::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(
    client: &C,
    key: SurveyApprovalStatusUnique,
) -> Result<SurveyApprovalStatus> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"studyId\", t.\"status\", t.\"requestedSignOff\", t.\"signedOffBy\", (t.\"signedOffAt\" AT TIME ZONE 'UTC') AS \"signedOffAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    SurveyApprovalStatus::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: SurveyApprovalStatusUnique,
    create: SurveyApprovalStatusCreate,
    patch: SurveyApprovalStatusUpdate,
) -> Result<SurveyApprovalStatus> {
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
