//! The SurveyQuestion model (table `SurveyQuestion`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"SurveyQuestion\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"studyId\", t.\"text\", t.\"questionType\", t.\"order\", t.\"kpiAssociation\", t.\"isRandomized\", t.\"isMandatory\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"SurveyQuestion\" AS t";

const COLUMNS: [Column; 10] = [
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
        name: "\"text\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"questionType\"",
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
    Column {
        name: "\"kpiAssociation\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"isRandomized\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"isMandatory\"",
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
pub struct SurveyQuestion {
    pub id: String,
    #[serde(rename = "studyId")]
    pub study_id: String,
    pub text: String,
    #[serde(rename = "questionType")]
    pub question_type: crate::enums::QuestionType,
    pub order: i32,
    #[serde(rename = "kpiAssociation")]
    pub kpi_association: Option<crate::enums::Kpi>,
    #[serde(rename = "isRandomized")]
    pub is_randomized: bool,
    #[serde(rename = "isMandatory")]
    pub is_mandatory: bool,
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// The `study` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub study: Option<Box<crate::brand_lift_study::BrandLiftStudy>>,
    /// The `options` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<crate::survey_option::SurveyOption>>,
}

impl SurveyQuestion {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            study_id: row.try_get(1)?,
            text: row.try_get(2)?,
            question_type: row.try_get(3)?,
            order: row.try_get(4)?,
            kpi_association: row.try_get(5)?,
            is_randomized: row.try_get(6)?,
            is_mandatory: row.try_get(7)?,
            created_at: row.try_get(8)?,
            updated_at: row.try_get(9)?,
            study: None,
            options: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for SurveyQuestion {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            study_id: row.try_get("studyId")?,
            text: row.try_get("text")?,
            question_type: row.try_get("questionType")?,
            order: row.try_get("order")?,
            kpi_association: row.try_get("kpiAssociation")?,
            is_randomized: row.try_get("isRandomized")?,
            is_mandatory: row.try_get("isMandatory")?,
            created_at: row.try_get("createdAt")?,
            updated_at: row.try_get("updatedAt")?,
            study: None,
            options: None,
        })
    }
}

/// A filter of SurveyQuestion rows.
#[derive(Debug, Clone, PartialEq)]
pub enum SurveyQuestionWhere {
    /// Filters `id`.
    Id(runtime::StringFilter),
    /// Filters `studyId`.
    StudyId(runtime::StringFilter),
    /// Filters `text`.
    Text(runtime::StringFilter),
    /// Filters `questionType`.
    QuestionType(runtime::EqFilter<crate::enums::QuestionType>),
    /// Filters `order`.
    Order(runtime::ScalarFilter<i32>),
    /// Filters `kpiAssociation`.
    KpiAssociation(runtime::Nullable<runtime::EqFilter<crate::enums::Kpi>>),
    /// Filters `isRandomized`.
    IsRandomized(runtime::EqFilter<bool>),
    /// Filters `isMandatory`.
    IsMandatory(runtime::EqFilter<bool>),
    /// Filters `createdAt`.
    CreatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// Filters `updatedAt`.
    UpdatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// The `study` row exists and matches.
    StudyIs(Box<crate::brand_lift_study::BrandLiftStudyWhere>),
    /// There is no `study` row, or it does not match.
    StudyIsNot(Box<crate::brand_lift_study::BrandLiftStudyWhere>),
    /// Some `options` row matches.
    OptionsSome(Box<crate::survey_option::SurveyOptionWhere>),
    /// Every `options` row matches (true when there are none).
    OptionsEvery(Box<crate::survey_option::SurveyOptionWhere>),
    /// No `options` row matches.
    OptionsNone(Box<crate::survey_option::SurveyOptionWhere>),
    /// Every filter matches (true when empty).
    And(Vec<SurveyQuestionWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<SurveyQuestionWhere>),
    /// The filter does not match.
    Not(Box<SurveyQuestionWhere>),
}

impl SurveyQuestionWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            SurveyQuestionWhere::Id(f) => f.render(COLUMNS[0], q),
            SurveyQuestionWhere::StudyId(f) => f.render(COLUMNS[1], q),
            SurveyQuestionWhere::Text(f) => f.render(COLUMNS[2], q),
            SurveyQuestionWhere::QuestionType(f) => f.render(COLUMNS[3], q),
            SurveyQuestionWhere::Order(f) => f.render(COLUMNS[4], q),
            SurveyQuestionWhere::KpiAssociation(f) => f.render(COLUMNS[5], q),
            SurveyQuestionWhere::IsRandomized(f) => f.render(COLUMNS[6], q),
            SurveyQuestionWhere::IsMandatory(f) => f.render(COLUMNS[7], q),
            SurveyQuestionWhere::CreatedAt(f) => f.render(COLUMNS[8], q),
            SurveyQuestionWhere::UpdatedAt(f) => f.render(COLUMNS[9], q),
            SurveyQuestionWhere::StudyIs(f) => runtime::render_exists(
                q,
                false,
                "\"BrandLiftStudy\"",
                "\"id\"",
                "\"studyId\"",
                false,
                |q| f.render(q),
            ),
            SurveyQuestionWhere::StudyIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"BrandLiftStudy\"",
                "\"id\"",
                "\"studyId\"",
                false,
                |q| f.render(q),
            ),
            SurveyQuestionWhere::OptionsSome(f) => runtime::render_exists(
                q,
                false,
                "\"SurveyOption\"",
                "\"questionId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            SurveyQuestionWhere::OptionsEvery(f) => runtime::render_exists(
                q,
                true,
                "\"SurveyOption\"",
                "\"questionId\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            SurveyQuestionWhere::OptionsNone(f) => runtime::render_exists(
                q,
                true,
                "\"SurveyOption\"",
                "\"questionId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            SurveyQuestionWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            SurveyQuestionWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            SurveyQuestionWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of SurveyQuestion rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurveyQuestionOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `studyId`.
    StudyId(runtime::SortOrder),
    /// By `text`.
    Text(runtime::SortOrder),
    /// By `questionType`.
    QuestionType(runtime::SortOrder),
    /// By `order`.
    Order(runtime::SortOrder),
    /// By `kpiAssociation`.
    KpiAssociation(runtime::SortOrder),
    /// By `isRandomized`.
    IsRandomized(runtime::SortOrder),
    /// By `isMandatory`.
    IsMandatory(runtime::SortOrder),
    /// By `createdAt`.
    CreatedAt(runtime::SortOrder),
    /// By `updatedAt`.
    UpdatedAt(runtime::SortOrder),
}

impl SurveyQuestionOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            SurveyQuestionOrderBy::Id(o) => (COLUMNS[0], o),
            SurveyQuestionOrderBy::StudyId(o) => (COLUMNS[1], o),
            SurveyQuestionOrderBy::Text(o) => (COLUMNS[2], o),
            SurveyQuestionOrderBy::QuestionType(o) => (COLUMNS[3], o),
            SurveyQuestionOrderBy::Order(o) => (COLUMNS[4], o),
            SurveyQuestionOrderBy::KpiAssociation(o) => (COLUMNS[5], o),
            SurveyQuestionOrderBy::IsRandomized(o) => (COLUMNS[6], o),
            SurveyQuestionOrderBy::IsMandatory(o) => (COLUMNS[7], o),
            SurveyQuestionOrderBy::CreatedAt(o) => (COLUMNS[8], o),
            SurveyQuestionOrderBy::UpdatedAt(o) => (COLUMNS[9], o),
        }
    }
}

/// Relations of SurveyQuestion to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SurveyQuestionInclude {
    /// Loads `study` (and, inside, its own relations).
    pub study: Option<Box<crate::brand_lift_study::BrandLiftStudyInclude>>,
    /// Loads `options` (and, inside, its own relations).
    pub options: Option<Box<crate::survey_option::SurveyOptionInclude>>,
}

impl SurveyQuestionInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [SurveyQuestion],
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
            if let Some(nested) = &self.options {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"questionId\", t.\"text\", t.\"imageUrl\", t.\"value\", t.\"order\" FROM \"SurveyOption\" AS t WHERE t.\"questionId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children = crate::survey_option::SurveyOption::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    String,
                    Vec<crate::survey_option::SurveyOption>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.question_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.options = Some(found);
                }
            }
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SurveyQuestionFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<SurveyQuestionWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<SurveyQuestionOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<SurveyQuestionUnique>,
    /// Relations to load.
    pub include: SurveyQuestionInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: SurveyQuestionFindMany,
) -> Result<Vec<SurveyQuestion>> {
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
        runtime::render_cursor(&mut q, "\"SurveyQuestion\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = SurveyQuestion::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<SurveyQuestionWhere>,
) -> Result<Option<SurveyQuestion>> {
    let args = SurveyQuestionFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<SurveyQuestionWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"SurveyQuestion\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of SurveyQuestion: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum SurveyQuestionUnique {
    /// By `id`.
    Id(String),
    /// By `studyId, order`.
    StudyIdOrder {
        /// `studyId`.
        study_id: String,
        /// `order`.
        order: i32,
    },
}

impl SurveyQuestionUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            SurveyQuestionUnique::Id(_) => &[0],
            SurveyQuestionUnique::StudyIdOrder { .. } => &[1, 4],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            SurveyQuestionUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
            SurveyQuestionUnique::StudyIdOrder { study_id, order } => {
                q.compare(COLUMNS[1], " = ", study_id);
                q.push(" AND ");
                q.compare(COLUMNS[4], " = ", order);
            }
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            SurveyQuestionUnique::Id(_) => "(\"id\")",
            SurveyQuestionUnique::StudyIdOrder { .. } => "(\"studyId\", \"order\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: SurveyQuestionUnique,
) -> Result<Option<SurveyQuestion>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| SurveyQuestion::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: SurveyQuestionUnique,
) -> Result<SurveyQuestion> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new SurveyQuestion row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveyQuestionCreate {
    /// `id` (cuid() when `None`).
    pub id: Option<String>,
    /// `studyId`.
    pub study_id: String,
    /// `text`.
    pub text: String,
    /// `questionType`.
    pub question_type: crate::enums::QuestionType,
    /// `order`.
    pub order: i32,
    /// `kpiAssociation`.
    pub kpi_association: Option<crate::enums::Kpi>,
    /// `isRandomized` (the database default when `None`).
    pub is_randomized: Option<bool>,
    /// `isMandatory` (the database default when `None`).
    pub is_mandatory: Option<bool>,
    /// `createdAt` (now() when `None`).
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (@updatedAt: now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Connects `study` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `study_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_study: Option<crate::brand_lift_study::BrandLiftStudyUnique>,
}

impl SurveyQuestionCreate {
    /// The required values; everything else `None`.
    pub fn new(
        study_id: String,
        text: String,
        question_type: crate::enums::QuestionType,
        order: i32,
    ) -> Self {
        Self {
            id: None,
            study_id,
            text,
            question_type,
            order,
            kpi_association: None,
            is_randomized: None,
            is_mandatory: None,
            created_at: None,
            updated_at: None,
            connect_study: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<10> {
        let mut cells: runtime::Cells<10> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.id.unwrap_or_else(|| runtime::cuid())));
        cells[1] = Some(Box::new(self.study_id));
        cells[2] = Some(Box::new(self.text));
        cells[3] = Some(Box::new(self.question_type));
        cells[4] = Some(Box::new(self.order));
        if let Some(v) = self.kpi_association {
            cells[5] = Some(Box::new(v));
        }
        if let Some(v) = self.is_randomized {
            cells[6] = Some(Box::new(v));
        }
        if let Some(v) = self.is_mandatory {
            cells[7] = Some(Box::new(v));
        }
        cells[8] = Some(Box::new(
            self.created_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells[9] = Some(Box::new(
            self.updated_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells
    }
}

/// Changes to a SurveyQuestion row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SurveyQuestionUpdate {
    /// `id`.
    pub id: Option<String>,
    /// `studyId`.
    pub study_id: Option<String>,
    /// `text`.
    pub text: Option<String>,
    /// `questionType`.
    pub question_type: Option<crate::enums::QuestionType>,
    /// `order`.
    pub order: Option<i32>,
    /// `kpiAssociation`.
    pub kpi_association: Option<Option<crate::enums::Kpi>>,
    /// `isRandomized`.
    pub is_randomized: Option<bool>,
    /// `isMandatory`.
    pub is_mandatory: Option<bool>,
    /// `createdAt`.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (set to now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl SurveyQuestionUpdate {
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
        if let Some(v) = self.text {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.question_type {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.order {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.kpi_association {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        if let Some(v) = self.is_randomized {
            let p = q.placeholder(COLUMNS[6], v);
            sets.push(format!("{} = {p}", COLUMNS[6].name));
        }
        if let Some(v) = self.is_mandatory {
            let p = q.placeholder(COLUMNS[7], v);
            sets.push(format!("{} = {p}", COLUMNS[7].name));
        }
        if let Some(v) = self.created_at {
            let p = q.placeholder(COLUMNS[8], v);
            sets.push(format!("{} = {p}", COLUMNS[8].name));
        }
        let v = self.updated_at.unwrap_or_else(|| chrono::Utc::now());
        let p = q.placeholder(COLUMNS[9], v);
        sets.push(format!("{} = {p}", COLUMNS[9].name));
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: SurveyQuestionCreate, q: &mut Query) -> Vec<runtime::Link> {
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
) -> Result<SurveyQuestion> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"studyId\", t.\"text\", t.\"questionType\", t.\"order\", t.\"kpiAssociation\", t.\"isRandomized\", t.\"isMandatory\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"studyId\", t.\"text\", t.\"questionType\", t.\"order\", t.\"kpiAssociation\", t.\"isRandomized\", t.\"isMandatory\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    SurveyQuestion::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: SurveyQuestionCreate,
) -> Result<SurveyQuestion> {
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
    data: Vec<SurveyQuestionCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data.into_iter().map(SurveyQuestionCreate::cells).collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<SurveyQuestionWhere>,
    patch: SurveyQuestionUpdate,
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
    filter: Option<SurveyQuestionWhere>,
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
    key: SurveyQuestionUnique,
    patch: SurveyQuestionUpdate,
) -> Result<SurveyQuestion> {
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
    q.push(" RETURNING t.\"id\", t.\"studyId\", t.\"text\", t.\"questionType\", t.\"order\", t.\"kpiAssociation\", t.\"isRandomized\", t.\"isMandatory\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    SurveyQuestion::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(
    client: &C,
    key: SurveyQuestionUnique,
) -> Result<SurveyQuestion> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"studyId\", t.\"text\", t.\"questionType\", t.\"order\", t.\"kpiAssociation\", t.\"isRandomized\", t.\"isMandatory\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    SurveyQuestion::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: SurveyQuestionUnique,
    create: SurveyQuestionCreate,
    patch: SurveyQuestionUpdate,
) -> Result<SurveyQuestion> {
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
