//! The SurveyApprovalComment model (table `SurveyApprovalComment`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"SurveyApprovalComment\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"approvalStatusId\", t.\"authorId\", t.\"questionId\", t.\"text\", t.\"resolved\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"SurveyApprovalComment\" AS t";

const COLUMNS: [Column; 8] = [
    Column {
        name: "\"id\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"approvalStatusId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"authorId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"questionId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"text\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"resolved\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
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
pub struct SurveyApprovalComment {
    pub id: String,
    #[serde(rename = "approvalStatusId")]
    pub approval_status_id: String,
    #[serde(rename = "authorId")]
    pub author_id: String,
    #[serde(rename = "questionId")]
    pub question_id: Option<String>,
    pub text: String,
    pub resolved: bool,
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// The `approvalStatus` relation, when loaded with `include`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        rename = "approvalStatus"
    )]
    pub approval_status: Option<Box<crate::survey_approval_status::SurveyApprovalStatus>>,
    /// The `author` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<Box<crate::user::User>>,
}

impl SurveyApprovalComment {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            approval_status_id: row.try_get(1)?,
            author_id: row.try_get(2)?,
            question_id: row.try_get(3)?,
            text: row.try_get(4)?,
            resolved: row.try_get(5)?,
            created_at: row.try_get(6)?,
            updated_at: row.try_get(7)?,
            approval_status: None,
            author: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for SurveyApprovalComment {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            approval_status_id: row.try_get("approvalStatusId")?,
            author_id: row.try_get("authorId")?,
            question_id: row.try_get("questionId")?,
            text: row.try_get("text")?,
            resolved: row.try_get("resolved")?,
            created_at: row.try_get("createdAt")?,
            updated_at: row.try_get("updatedAt")?,
            approval_status: None,
            author: None,
        })
    }
}

/// A filter of SurveyApprovalComment rows.
#[derive(Debug, Clone, PartialEq)]
pub enum SurveyApprovalCommentWhere {
    /// Filters `id`.
    Id(runtime::StringFilter),
    /// Filters `approvalStatusId`.
    ApprovalStatusId(runtime::StringFilter),
    /// Filters `authorId`.
    AuthorId(runtime::StringFilter),
    /// Filters `questionId`.
    QuestionId(runtime::Nullable<runtime::StringFilter>),
    /// Filters `text`.
    Text(runtime::StringFilter),
    /// Filters `resolved`.
    Resolved(runtime::EqFilter<bool>),
    /// Filters `createdAt`.
    CreatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// Filters `updatedAt`.
    UpdatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// The `approvalStatus` row exists and matches.
    ApprovalStatusIs(Box<crate::survey_approval_status::SurveyApprovalStatusWhere>),
    /// There is no `approvalStatus` row, or it does not match.
    ApprovalStatusIsNot(Box<crate::survey_approval_status::SurveyApprovalStatusWhere>),
    /// The `author` row exists and matches.
    AuthorIs(Box<crate::user::UserWhere>),
    /// There is no `author` row, or it does not match.
    AuthorIsNot(Box<crate::user::UserWhere>),
    /// Every filter matches (true when empty).
    And(Vec<SurveyApprovalCommentWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<SurveyApprovalCommentWhere>),
    /// The filter does not match.
    Not(Box<SurveyApprovalCommentWhere>),
}

impl SurveyApprovalCommentWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            SurveyApprovalCommentWhere::Id(f) => f.render(COLUMNS[0], q),
            SurveyApprovalCommentWhere::ApprovalStatusId(f) => f.render(COLUMNS[1], q),
            SurveyApprovalCommentWhere::AuthorId(f) => f.render(COLUMNS[2], q),
            SurveyApprovalCommentWhere::QuestionId(f) => f.render(COLUMNS[3], q),
            SurveyApprovalCommentWhere::Text(f) => f.render(COLUMNS[4], q),
            SurveyApprovalCommentWhere::Resolved(f) => f.render(COLUMNS[5], q),
            SurveyApprovalCommentWhere::CreatedAt(f) => f.render(COLUMNS[6], q),
            SurveyApprovalCommentWhere::UpdatedAt(f) => f.render(COLUMNS[7], q),
            SurveyApprovalCommentWhere::ApprovalStatusIs(f) => runtime::render_exists(
                q,
                false,
                "\"SurveyApprovalStatus\"",
                "\"id\"",
                "\"approvalStatusId\"",
                false,
                |q| f.render(q),
            ),
            SurveyApprovalCommentWhere::ApprovalStatusIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"SurveyApprovalStatus\"",
                "\"id\"",
                "\"approvalStatusId\"",
                false,
                |q| f.render(q),
            ),
            SurveyApprovalCommentWhere::AuthorIs(f) => runtime::render_exists(
                q,
                false,
                "\"users\"",
                "\"id\"",
                "\"authorId\"",
                false,
                |q| f.render(q),
            ),
            SurveyApprovalCommentWhere::AuthorIsNot(f) => {
                runtime::render_exists(q, true, "\"users\"", "\"id\"", "\"authorId\"", false, |q| {
                    f.render(q)
                })
            }
            SurveyApprovalCommentWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            SurveyApprovalCommentWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            SurveyApprovalCommentWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of SurveyApprovalComment rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurveyApprovalCommentOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `approvalStatusId`.
    ApprovalStatusId(runtime::SortOrder),
    /// By `authorId`.
    AuthorId(runtime::SortOrder),
    /// By `questionId`.
    QuestionId(runtime::SortOrder),
    /// By `text`.
    Text(runtime::SortOrder),
    /// By `resolved`.
    Resolved(runtime::SortOrder),
    /// By `createdAt`.
    CreatedAt(runtime::SortOrder),
    /// By `updatedAt`.
    UpdatedAt(runtime::SortOrder),
}

impl SurveyApprovalCommentOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            SurveyApprovalCommentOrderBy::Id(o) => (COLUMNS[0], o),
            SurveyApprovalCommentOrderBy::ApprovalStatusId(o) => (COLUMNS[1], o),
            SurveyApprovalCommentOrderBy::AuthorId(o) => (COLUMNS[2], o),
            SurveyApprovalCommentOrderBy::QuestionId(o) => (COLUMNS[3], o),
            SurveyApprovalCommentOrderBy::Text(o) => (COLUMNS[4], o),
            SurveyApprovalCommentOrderBy::Resolved(o) => (COLUMNS[5], o),
            SurveyApprovalCommentOrderBy::CreatedAt(o) => (COLUMNS[6], o),
            SurveyApprovalCommentOrderBy::UpdatedAt(o) => (COLUMNS[7], o),
        }
    }
}

/// Relations of SurveyApprovalComment to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SurveyApprovalCommentInclude {
    /// Loads `approvalStatus` (and, inside, its own relations).
    pub approval_status: Option<Box<crate::survey_approval_status::SurveyApprovalStatusInclude>>,
    /// Loads `author` (and, inside, its own relations).
    pub author: Option<Box<crate::user::UserInclude>>,
}

impl SurveyApprovalCommentInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [SurveyApprovalComment],
    ) -> runtime::BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            if let Some(nested) = &self.approval_status {
                let keys: Vec<String> = rows.iter().map(|r| r.approval_status_id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"studyId\", t.\"status\", t.\"requestedSignOff\", t.\"signedOffBy\", (t.\"signedOffAt\" AT TIME ZONE 'UTC') AS \"signedOffAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"SurveyApprovalStatus\" AS t WHERE t.\"id\" = ANY($1)");
                q.param(keys);
                let mut children = crate::survey_approval_status::SurveyApprovalStatus::from_rows(
                    &q.fetch(client).await?,
                )?;
                nested.load(client, &mut children).await?;
                let by_key: std::collections::HashMap<
                    String,
                    crate::survey_approval_status::SurveyApprovalStatus,
                > = children.into_iter().map(|c| (c.id.clone(), c)).collect();
                for row in rows.iter_mut() {
                    row.approval_status =
                        by_key.get(&row.approval_status_id).cloned().map(Box::new);
                }
            }
            if let Some(nested) = &self.author {
                let keys: Vec<String> = rows.iter().map(|r| r.author_id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"clerkId\", t.\"email\", t.\"name\", t.\"image\", t.\"role\", t.\"stripeCustomerId\", t.\"stripeSubscriptionId\", t.\"stripePriceId\", t.\"stripeCurrentPeriodEnd\", t.\"notification_prefs\", t.\"digestTime\", t.\"onboardingComplete\", t.\"referredById\", t.\"createdAt\", t.\"updatedAt\" FROM \"users\" AS t WHERE t.\"id\" = ANY($1)");
                q.param(keys);
                let mut children = crate::user::User::from_rows(&q.fetch(client).await?)?;
                nested.load(client, &mut children).await?;
                let by_key: std::collections::HashMap<String, crate::user::User> =
                    children.into_iter().map(|c| (c.id.clone(), c)).collect();
                for row in rows.iter_mut() {
                    row.author = by_key.get(&row.author_id).cloned().map(Box::new);
                }
            }
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SurveyApprovalCommentFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<SurveyApprovalCommentWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<SurveyApprovalCommentOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<SurveyApprovalCommentUnique>,
    /// Relations to load.
    pub include: SurveyApprovalCommentInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: SurveyApprovalCommentFindMany,
) -> Result<Vec<SurveyApprovalComment>> {
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
        runtime::render_cursor(&mut q, "\"SurveyApprovalComment\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = SurveyApprovalComment::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<SurveyApprovalCommentWhere>,
) -> Result<Option<SurveyApprovalComment>> {
    let args = SurveyApprovalCommentFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<SurveyApprovalCommentWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"SurveyApprovalComment\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of SurveyApprovalComment: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum SurveyApprovalCommentUnique {
    /// By `id`.
    Id(String),
}

impl SurveyApprovalCommentUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            SurveyApprovalCommentUnique::Id(_) => &[0],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            SurveyApprovalCommentUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            SurveyApprovalCommentUnique::Id(_) => "(\"id\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: SurveyApprovalCommentUnique,
) -> Result<Option<SurveyApprovalComment>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| SurveyApprovalComment::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: SurveyApprovalCommentUnique,
) -> Result<SurveyApprovalComment> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new SurveyApprovalComment row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveyApprovalCommentCreate {
    /// `id` (cuid() when `None`).
    pub id: Option<String>,
    /// `approvalStatusId`.
    pub approval_status_id: String,
    /// `authorId`.
    pub author_id: String,
    /// `questionId`.
    pub question_id: Option<String>,
    /// `text`.
    pub text: String,
    /// `resolved` (the database default when `None`).
    pub resolved: Option<bool>,
    /// `createdAt` (now() when `None`).
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (@updatedAt: now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Connects `approvalStatus` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `approval_status_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_approval_status: Option<crate::survey_approval_status::SurveyApprovalStatusUnique>,
    /// Connects `author` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `author_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_author: Option<crate::user::UserUnique>,
}

impl SurveyApprovalCommentCreate {
    /// The required values; everything else `None`.
    pub fn new(approval_status_id: String, author_id: String, text: String) -> Self {
        Self {
            id: None,
            approval_status_id,
            author_id,
            question_id: None,
            text,
            resolved: None,
            created_at: None,
            updated_at: None,
            connect_approval_status: None,
            connect_author: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<8> {
        let mut cells: runtime::Cells<8> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.id.unwrap_or_else(|| runtime::cuid())));
        cells[1] = Some(Box::new(self.approval_status_id));
        cells[2] = Some(Box::new(self.author_id));
        if let Some(v) = self.question_id {
            cells[3] = Some(Box::new(v));
        }
        cells[4] = Some(Box::new(self.text));
        if let Some(v) = self.resolved {
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

/// Changes to a SurveyApprovalComment row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SurveyApprovalCommentUpdate {
    /// `id`.
    pub id: Option<String>,
    /// `approvalStatusId`.
    pub approval_status_id: Option<String>,
    /// `authorId`.
    pub author_id: Option<String>,
    /// `questionId`.
    pub question_id: Option<Option<String>>,
    /// `text`.
    pub text: Option<String>,
    /// `resolved`.
    pub resolved: Option<bool>,
    /// `createdAt`.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (set to now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl SurveyApprovalCommentUpdate {
    fn assignments(self, q: &mut Query) -> Vec<String> {
        let mut sets = Vec::new();
        if let Some(v) = self.id {
            let p = q.placeholder(COLUMNS[0], v);
            sets.push(format!("{} = {p}", COLUMNS[0].name));
        }
        if let Some(v) = self.approval_status_id {
            let p = q.placeholder(COLUMNS[1], v);
            sets.push(format!("{} = {p}", COLUMNS[1].name));
        }
        if let Some(v) = self.author_id {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.question_id {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.text {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.resolved {
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
fn insert(mut data: SurveyApprovalCommentCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    if let Some(key) = data.connect_approval_status.take() {
        let source =
            runtime::connect_source(q, "\"SurveyApprovalStatus\"", "\"id\"", |q| key.render(q));
        connects.push(runtime::Connect { column: 1, source });
    }
    if let Some(key) = data.connect_author.take() {
        let source = runtime::connect_source(q, "\"users\"", "\"id\"", |q| key.render(q));
        connects.push(runtime::Connect { column: 2, source });
    }
    runtime::insert_one(q, TABLE, &COLUMNS, data.cells(), connects);
    links
}

/// Runs an `INSERT … RETURNING` (with the join rows of many-to-many connects) for one row.
async fn insert_returning<C: Executor + ?Sized>(
    client: &C,
    mut q: Query,
    links: Vec<runtime::Link>,
) -> Result<SurveyApprovalComment> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"approvalStatusId\", t.\"authorId\", t.\"questionId\", t.\"text\", t.\"resolved\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"approvalStatusId\", t.\"authorId\", t.\"questionId\", t.\"text\", t.\"resolved\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    SurveyApprovalComment::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: SurveyApprovalCommentCreate,
) -> Result<SurveyApprovalComment> {
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
    data: Vec<SurveyApprovalCommentCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data
        .into_iter()
        .map(SurveyApprovalCommentCreate::cells)
        .collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<SurveyApprovalCommentWhere>,
    patch: SurveyApprovalCommentUpdate,
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
    filter: Option<SurveyApprovalCommentWhere>,
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
    key: SurveyApprovalCommentUnique,
    patch: SurveyApprovalCommentUpdate,
) -> Result<SurveyApprovalComment> {
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
    q.push(" RETURNING t.\"id\", t.\"approvalStatusId\", t.\"authorId\", t.\"questionId\", t.\"text\", t.\"resolved\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    SurveyApprovalComment::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(
    client: &C,
    key: SurveyApprovalCommentUnique,
) -> Result<SurveyApprovalComment> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"approvalStatusId\", t.\"authorId\", t.\"questionId\", t.\"text\", t.\"resolved\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    SurveyApprovalComment::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: SurveyApprovalCommentUnique,
    create: SurveyApprovalCommentCreate,
    patch: SurveyApprovalCommentUpdate,
) -> Result<SurveyApprovalComment> {
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
