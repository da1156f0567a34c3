//! The SurveyOption model (table `SurveyOption`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"SurveyOption\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"questionId\", t.\"text\", t.\"imageUrl\", t.\"value\", t.\"order\" FROM \"SurveyOption\" AS t";

const COLUMNS: [Column; 6] = [
    Column {
        name: "\"id\"",
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
        name: "\"imageUrl\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"value\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"order\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
];

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SurveyOption {
    pub id: String,
    #[serde(rename = "questionId")]
    pub question_id: String,
    pub text: String,
    #[serde(rename = "imageUrl")]
    pub image_url: Option<String>,
    pub value: String,
    pub order: i32,
    /// The `question` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<Box<crate::survey_question::SurveyQuestion>>,
}

impl SurveyOption {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            question_id: row.try_get(1)?,
            text: row.try_get(2)?,
            image_url: row.try_get(3)?,
            value: row.try_get(4)?,
            order: row.try_get(5)?,
            question: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for SurveyOption {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            question_id: row.try_get("questionId")?,
            text: row.try_get("text")?,
            image_url: row.try_get("imageUrl")?,
            value: row.try_get("value")?,
            order: row.try_get("order")?,
            question: None,
        })
    }
}

/// A filter of SurveyOption rows.
#[derive(Debug, Clone, PartialEq)]
pub enum SurveyOptionWhere {
    /// Filters `id`.
    Id(runtime::StringFilter),
    /// Filters `questionId`.
    QuestionId(runtime::StringFilter),
    /// Filters `text`.
    Text(runtime::StringFilter),
    /// Filters `imageUrl`.
    ImageUrl(runtime::Nullable<runtime::StringFilter>),
    /// Filters `value`.
    Value(runtime::StringFilter),
    /// Filters `order`.
    Order(runtime::ScalarFilter<i32>),
    /// The `question` row exists and matches.
    QuestionIs(Box<crate::survey_question::SurveyQuestionWhere>),
    /// There is no `question` row, or it does not match.
    QuestionIsNot(Box<crate::survey_question::SurveyQuestionWhere>),
    /// Every filter matches (true when empty).
    And(Vec<SurveyOptionWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<SurveyOptionWhere>),
    /// The filter does not match.
    Not(Box<SurveyOptionWhere>),
}

impl SurveyOptionWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            SurveyOptionWhere::Id(f) => f.render(COLUMNS[0], q),
            SurveyOptionWhere::QuestionId(f) => f.render(COLUMNS[1], q),
            SurveyOptionWhere::Text(f) => f.render(COLUMNS[2], q),
            SurveyOptionWhere::ImageUrl(f) => f.render(COLUMNS[3], q),
            SurveyOptionWhere::Value(f) => f.render(COLUMNS[4], q),
            SurveyOptionWhere::Order(f) => f.render(COLUMNS[5], q),
            SurveyOptionWhere::QuestionIs(f) => runtime::render_exists(
                q,
                false,
                "\"SurveyQuestion\"",
                "\"id\"",
                "\"questionId\"",
                false,
                |q| f.render(q),
            ),
            SurveyOptionWhere::QuestionIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"SurveyQuestion\"",
                "\"id\"",
                "\"questionId\"",
                false,
                |q| f.render(q),
            ),
            SurveyOptionWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            SurveyOptionWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            SurveyOptionWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of SurveyOption rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurveyOptionOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `questionId`.
    QuestionId(runtime::SortOrder),
    /// By `text`.
    Text(runtime::SortOrder),
    /// By `imageUrl`.
    ImageUrl(runtime::SortOrder),
    /// By `value`.
    Value(runtime::SortOrder),
    /// By `order`.
    Order(runtime::SortOrder),
}

impl SurveyOptionOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            SurveyOptionOrderBy::Id(o) => (COLUMNS[0], o),
            SurveyOptionOrderBy::QuestionId(o) => (COLUMNS[1], o),
            SurveyOptionOrderBy::Text(o) => (COLUMNS[2], o),
            SurveyOptionOrderBy::ImageUrl(o) => (COLUMNS[3], o),
            SurveyOptionOrderBy::Value(o) => (COLUMNS[4], o),
            SurveyOptionOrderBy::Order(o) => (COLUMNS[5], o),
        }
    }
}

/// Relations of SurveyOption to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SurveyOptionInclude {
    /// Loads `question` (and, inside, its own relations).
    pub question: Option<Box<crate::survey_question::SurveyQuestionInclude>>,
}

impl SurveyOptionInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [SurveyOption],
    ) -> runtime::BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            if let Some(nested) = &self.question {
                let keys: Vec<String> = rows.iter().map(|r| r.question_id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"studyId\", t.\"text\", t.\"questionType\", t.\"order\", t.\"kpiAssociation\", t.\"isRandomized\", t.\"isMandatory\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"SurveyQuestion\" AS t WHERE t.\"id\" = ANY($1)");
                q.param(keys);
                let mut children =
                    crate::survey_question::SurveyQuestion::from_rows(&q.fetch(client).await?)?;
                nested.load(client, &mut children).await?;
                let by_key: std::collections::HashMap<
                    String,
                    crate::survey_question::SurveyQuestion,
                > = children.into_iter().map(|c| (c.id.clone(), c)).collect();
                for row in rows.iter_mut() {
                    row.question = by_key.get(&row.question_id).cloned().map(Box::new);
                }
            }
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SurveyOptionFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<SurveyOptionWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<SurveyOptionOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<SurveyOptionUnique>,
    /// Relations to load.
    pub include: SurveyOptionInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: SurveyOptionFindMany,
) -> Result<Vec<SurveyOption>> {
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
        runtime::render_cursor(&mut q, "\"SurveyOption\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = SurveyOption::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<SurveyOptionWhere>,
) -> Result<Option<SurveyOption>> {
    let args = SurveyOptionFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<SurveyOptionWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"SurveyOption\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of SurveyOption: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum SurveyOptionUnique {
    /// By `id`.
    Id(String),
}

impl SurveyOptionUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            SurveyOptionUnique::Id(_) => &[0],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            SurveyOptionUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            SurveyOptionUnique::Id(_) => "(\"id\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: SurveyOptionUnique,
) -> Result<Option<SurveyOption>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| SurveyOption::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: SurveyOptionUnique,
) -> Result<SurveyOption> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new SurveyOption row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveyOptionCreate {
    /// `id` (cuid() when `None`).
    pub id: Option<String>,
    /// `questionId`.
    pub question_id: String,
    /// `text`.
    pub text: String,
    /// `imageUrl`.
    pub image_url: Option<String>,
    /// `value`.
    pub value: String,
    /// `order`.
    pub order: i32,
    /// Connects `question` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `question_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_question: Option<crate::survey_question::SurveyQuestionUnique>,
}

impl SurveyOptionCreate {
    /// The required values; everything else `None`.
    pub fn new(question_id: String, text: String, value: String, order: i32) -> Self {
        Self {
            id: None,
            question_id,
            text,
            image_url: None,
            value,
            order,
            connect_question: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<6> {
        let mut cells: runtime::Cells<6> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.id.unwrap_or_else(|| runtime::cuid())));
        cells[1] = Some(Box::new(self.question_id));
        cells[2] = Some(Box::new(self.text));
        if let Some(v) = self.image_url {
            cells[3] = Some(Box::new(v));
        }
        cells[4] = Some(Box::new(self.value));
        cells[5] = Some(Box::new(self.order));
        cells
    }
}

/// Changes to a SurveyOption row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SurveyOptionUpdate {
    /// `id`.
    pub id: Option<String>,
    /// `questionId`.
    pub question_id: Option<String>,
    /// `text`.
    pub text: Option<String>,
    /// `imageUrl`.
    pub image_url: Option<Option<String>>,
    /// `value`.
    pub value: Option<String>,
    /// `order`.
    pub order: Option<i32>,
}

impl SurveyOptionUpdate {
    fn assignments(self, q: &mut Query) -> Vec<String> {
        let mut sets = Vec::new();
        if let Some(v) = self.id {
            let p = q.placeholder(COLUMNS[0], v);
            sets.push(format!("{} = {p}", COLUMNS[0].name));
        }
        if let Some(v) = self.question_id {
            let p = q.placeholder(COLUMNS[1], v);
            sets.push(format!("{} = {p}", COLUMNS[1].name));
        }
        if let Some(v) = self.text {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.image_url {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.value {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.order {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: SurveyOptionCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    if let Some(key) = data.connect_question.take() {
        let source = runtime::connect_source(q, "\"SurveyQuestion\"", "\"id\"", |q| key.render(q));
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
) -> Result<SurveyOption> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"questionId\", t.\"text\", t.\"imageUrl\", t.\"value\", t.\"order\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"questionId\", t.\"text\", t.\"imageUrl\", t.\"value\", t.\"order\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    SurveyOption::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: SurveyOptionCreate,
) -> Result<SurveyOption> {
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
    data: Vec<SurveyOptionCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data.into_iter().map(SurveyOptionCreate::cells).collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<SurveyOptionWhere>,
    patch: SurveyOptionUpdate,
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
    filter: Option<SurveyOptionWhere>,
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
    key: SurveyOptionUnique,
    patch: SurveyOptionUpdate,
) -> Result<SurveyOption> {
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
    q.push(" RETURNING t.\"id\", t.\"questionId\", t.\"text\", t.\"imageUrl\", t.\"value\", t.\"order\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    SurveyOption::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(
    client: &C,
    key: SurveyOptionUnique,
) -> Result<SurveyOption> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"questionId\", t.\"text\", t.\"imageUrl\", t.\"value\", t.\"order\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    SurveyOption::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: SurveyOptionUnique,
    create: SurveyOptionCreate,
    patch: SurveyOptionUpdate,
) -> Result<SurveyOption> {
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
