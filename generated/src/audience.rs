//! The Audience model (table `audiences`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"audiences\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"campaignId\", t.\"ageMin\", t.\"ageMax\", COALESCE(t.\"genders\", '{}') AS \"genders\", COALESCE(t.\"locations\", '{}') AS \"locations\", COALESCE(t.\"interests\", '{}') AS \"interests\", COALESCE(t.\"languages\", '{}') AS \"languages\", t.\"incomeMin\", t.\"segmentMask\"::text AS \"segmentMask\", t.\"screeningQuestions\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"audiences\" AS t";

const COLUMNS: [Column; 12] = [
    Column {
        name: "\"id\"",
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
        name: "\"ageMin\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"ageMax\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"genders\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"locations\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"interests\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"languages\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"incomeMin\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"segmentMask\"",
        open: "",
        close: "::text::varbit",
        copy: runtime::CopyAs::Unsupported,
    },
    Column {
        name: "\"screeningQuestions\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"updatedAt\"",
        open: "(",
        close: "::timestamptz AT TIME ZONE 'UTC')",
        copy: runtime::CopyAs::Timestamptz,
    },
];

/// Target audience of a campaign.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Audience {
    pub id: String,
    #[serde(rename = "campaignId")]
    pub campaign_id: uuid::Uuid,
    #[serde(rename = "ageMin")]
    pub age_min: i16,
    #[serde(rename = "ageMax")]
    pub age_max: i16,
    pub genders: Vec<String>,
    pub locations: Vec<String>,
    pub interests: Vec<String>,
    pub languages: Vec<String>,
    /// Income bracket in thousands, e.g. 50.0 … 150.0.
    #[serde(rename = "incomeMin")]
    pub income_min: Option<f32>,
    /// Bit mask of enabled audience segments.
    #[serde(rename = "segmentMask")]
    pub segment_mask: Option<String>,
    #[serde(rename = "screeningQuestions")]
    pub screening_questions: Option<serde_json::Value>,
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// The `campaign` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<Box<crate::campaign_wizard::CampaignWizard>>,
}

impl Audience {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            campaign_id: row.try_get(1)?,
            age_min: row.try_get(2)?,
            age_max: row.try_get(3)?,
            genders: row.try_get(4)?,
            locations: row.try_get(5)?,
            interests: row.try_get(6)?,
            languages: row.try_get(7)?,
            income_min: row.try_get(8)?,
            segment_mask: row.try_get(9)?,
            screening_questions: row.try_get(10)?,
            updated_at: row.try_get(11)?,
            campaign: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for Audience {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            campaign_id: row.try_get("campaignId")?,
            age_min: row.try_get("ageMin")?,
            age_max: row.try_get("ageMax")?,
            genders: row.try_get("genders")?,
            locations: row.try_get("locations")?,
            interests: row.try_get("interests")?,
            languages: row.try_get("languages")?,
            income_min: row.try_get("incomeMin")?,
            segment_mask: row.try_get("segmentMask")?,
            screening_questions: row.try_get("screeningQuestions")?,
            updated_at: row.try_get("updatedAt")?,
            campaign: None,
        })
    }
}

/// A filter of Audience rows.
#[derive(Debug, Clone, PartialEq)]
pub enum AudienceWhere {
    /// Filters `id`.
    Id(runtime::StringFilter),
    /// Filters `campaignId`.
    CampaignId(runtime::EqFilter<uuid::Uuid>),
    /// Filters `ageMin`.
    AgeMin(runtime::ScalarFilter<i16>),
    /// Filters `ageMax`.
    AgeMax(runtime::ScalarFilter<i16>),
    /// Filters `genders`.
    Genders(runtime::ListFilter<String>),
    /// Filters `locations`.
    Locations(runtime::ListFilter<String>),
    /// Filters `interests`.
    Interests(runtime::ListFilter<String>),
    /// Filters `languages`.
    Languages(runtime::ListFilter<String>),
    /// Filters `incomeMin`.
    IncomeMin(runtime::Nullable<runtime::ScalarFilter<f32>>),
    /// Filters `segmentMask`.
    SegmentMask(runtime::Nullable<runtime::EqFilter<String>>),
    /// Filters `screeningQuestions`.
    ScreeningQuestions(runtime::Nullable<runtime::JsonFilter>),
    /// Filters `updatedAt`.
    UpdatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// The `campaign` row exists and matches.
    CampaignIs(Box<crate::campaign_wizard::CampaignWizardWhere>),
    /// There is no `campaign` row, or it does not match.
    CampaignIsNot(Box<crate::campaign_wizard::CampaignWizardWhere>),
    /// Every filter matches (true when empty).
    And(Vec<AudienceWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<AudienceWhere>),
    /// The filter does not match.
    Not(Box<AudienceWhere>),
}

impl AudienceWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            AudienceWhere::Id(f) => f.render(COLUMNS[0], q),
            AudienceWhere::CampaignId(f) => f.render(COLUMNS[1], q),
            AudienceWhere::AgeMin(f) => f.render(COLUMNS[2], q),
            AudienceWhere::AgeMax(f) => f.render(COLUMNS[3], q),
            AudienceWhere::Genders(f) => f.render(COLUMNS[4], q),
            AudienceWhere::Locations(f) => f.render(COLUMNS[5], q),
            AudienceWhere::Interests(f) => f.render(COLUMNS[6], q),
            AudienceWhere::Languages(f) => f.render(COLUMNS[7], q),
            AudienceWhere::IncomeMin(f) => f.render(COLUMNS[8], q),
            AudienceWhere::SegmentMask(f) => f.render(COLUMNS[9], q),
            AudienceWhere::ScreeningQuestions(f) => f.render(COLUMNS[10], q),
            AudienceWhere::UpdatedAt(f) => f.render(COLUMNS[11], q),
            AudienceWhere::CampaignIs(f) => runtime::render_exists(
                q,
                false,
                "\"CampaignWizard\"",
                "\"id\"",
                "\"campaignId\"",
                false,
                |q| f.render(q),
            ),
            AudienceWhere::CampaignIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"CampaignWizard\"",
                "\"id\"",
                "\"campaignId\"",
                false,
                |q| f.render(q),
            ),
            AudienceWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            AudienceWhere::Or(list) => runtime::render_list(list, " OR ", "FALSE", q, Self::render),
            AudienceWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of Audience rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AudienceOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `campaignId`.
    CampaignId(runtime::SortOrder),
    /// By `ageMin`.
    AgeMin(runtime::SortOrder),
    /// By `ageMax`.
    AgeMax(runtime::SortOrder),
    /// By `incomeMin`.
    IncomeMin(runtime::SortOrder),
    /// By `segmentMask`.
    SegmentMask(runtime::SortOrder),
    /// By `updatedAt`.
    UpdatedAt(runtime::SortOrder),
}

impl AudienceOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            AudienceOrderBy::Id(o) => (COLUMNS[0], o),
            AudienceOrderBy::CampaignId(o) => (COLUMNS[1], o),
            AudienceOrderBy::AgeMin(o) => (COLUMNS[2], o),
            AudienceOrderBy::AgeMax(o) => (COLUMNS[3], o),
            AudienceOrderBy::IncomeMin(o) => (COLUMNS[8], o),
            AudienceOrderBy::SegmentMask(o) => (COLUMNS[9], o),
            AudienceOrderBy::UpdatedAt(o) => (COLUMNS[11], o),
        }
    }
}

/// Relations of Audience to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AudienceInclude {
    /// Loads `campaign` (and, inside, its own relations).
    pub campaign: Option<Box<crate::campaign_wizard::CampaignWizardInclude>>,
}

impl AudienceInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [Audience],
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
pub struct AudienceFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<AudienceWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<AudienceOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<AudienceUnique>,
    /// Relations to load.
    pub include: AudienceInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: AudienceFindMany,
) -> Result<Vec<Audience>> {
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
        runtime::render_cursor(&mut q, "\"audiences\"", &order, |q| key.clone().render(q));
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = Audience::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<AudienceWhere>,
) -> Result<Option<Audience>> {
    let args = AudienceFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(client: &C, filter: Option<AudienceWhere>) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"audiences\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of Audience: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum AudienceUnique {
    /// By `id`.
    Id(String),
    /// By `campaignId`.
    CampaignId(uuid::Uuid),
}

impl AudienceUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            AudienceUnique::Id(_) => &[0],
            AudienceUnique::CampaignId(_) => &[1],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            AudienceUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
            AudienceUnique::CampaignId(v) => q.compare(COLUMNS[1], " = ", v),
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            AudienceUnique::Id(_) => "(\"id\")",
            AudienceUnique::CampaignId(_) => "(\"campaignId\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: AudienceUnique,
) -> Result<Option<Audience>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| Audience::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: AudienceUnique,
) -> Result<Audience> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new Audience row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct AudienceCreate {
    /// `id` (cuid(2) when `None`).
    pub id: Option<String>,
    /// `campaignId`.
    pub campaign_id: uuid::Uuid,
    /// `ageMin` (the database default when `None`).
    pub age_min: Option<i16>,
    /// `ageMax` (the database default when `None`).
    pub age_max: Option<i16>,
    /// `genders` (the database default when `None`).
    pub genders: Option<Vec<String>>,
    /// `locations`.
    pub locations: Vec<String>,
    /// `interests`.
    pub interests: Vec<String>,
    /// `languages` (the database default when `None`).
    pub languages: Option<Vec<String>>,
    /// `incomeMin` (the database default when `None`).
    pub income_min: Option<f32>,
    /// `segmentMask`.
    pub segment_mask: Option<String>,
    /// `screeningQuestions`.
    pub screening_questions: Option<serde_json::Value>,
    /// `updatedAt` (@updatedAt: now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Connects `campaign` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `campaign_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_campaign: Option<crate::campaign_wizard::CampaignWizardUnique>,
}

impl AudienceCreate {
    /// The required values; everything else `None`.
    pub fn new(campaign_id: uuid::Uuid, locations: Vec<String>, interests: Vec<String>) -> Self {
        Self {
            id: None,
            campaign_id,
            age_min: None,
            age_max: None,
            genders: None,
            locations,
            interests,
            languages: None,
            income_min: None,
            segment_mask: None,
            screening_questions: None,
            updated_at: None,
            connect_campaign: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<12> {
        let mut cells: runtime::Cells<12> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.id.unwrap_or_else(|| runtime::cuid2())));
        cells[1] = Some(Box::new(self.campaign_id));
        if let Some(v) = self.age_min {
            cells[2] = Some(Box::new(v));
        }
        if let Some(v) = self.age_max {
            cells[3] = Some(Box::new(v));
        }
        if let Some(v) = self.genders {
            cells[4] = Some(Box::new(v));
        }
        cells[5] = Some(Box::new(self.locations));
        cells[6] = Some(Box::new(self.interests));
        if let Some(v) = self.languages {
            cells[7] = Some(Box::new(v));
        }
        if let Some(v) = self.income_min {
            cells[8] = Some(Box::new(v));
        }
        if let Some(v) = self.segment_mask {
            cells[9] = Some(Box::new(v));
        }
        if let Some(v) = self.screening_questions {
            cells[10] = Some(Box::new(v));
        }
        cells[11] = Some(Box::new(
            self.updated_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells
    }
}

/// Changes to a Audience row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AudienceUpdate {
    /// `id`.
    pub id: Option<String>,
    /// `campaignId`.
    pub campaign_id: Option<uuid::Uuid>,
    /// `ageMin`.
    pub age_min: Option<i16>,
    /// `ageMax`.
    pub age_max: Option<i16>,
    /// `genders`.
    pub genders: Option<Vec<String>>,
    /// `locations`.
    pub locations: Option<Vec<String>>,
    /// `interests`.
    pub interests: Option<Vec<String>>,
    /// `languages`.
    pub languages: Option<Vec<String>>,
    /// `incomeMin`.
    pub income_min: Option<Option<f32>>,
    /// `segmentMask`.
    pub segment_mask: Option<Option<String>>,
    /// `screeningQuestions`.
    pub screening_questions: Option<Option<serde_json::Value>>,
    /// `updatedAt` (set to now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl AudienceUpdate {
    fn assignments(self, q: &mut Query) -> Vec<String> {
        let mut sets = Vec::new();
        if let Some(v) = self.id {
            let p = q.placeholder(COLUMNS[0], v);
            sets.push(format!("{} = {p}", COLUMNS[0].name));
        }
        if let Some(v) = self.campaign_id {
            let p = q.placeholder(COLUMNS[1], v);
            sets.push(format!("{} = {p}", COLUMNS[1].name));
        }
        if let Some(v) = self.age_min {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.age_max {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.genders {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.locations {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        if let Some(v) = self.interests {
            let p = q.placeholder(COLUMNS[6], v);
            sets.push(format!("{} = {p}", COLUMNS[6].name));
        }
        if let Some(v) = self.languages {
            let p = q.placeholder(COLUMNS[7], v);
            sets.push(format!("{} = {p}", COLUMNS[7].name));
        }
        if let Some(v) = self.income_min {
            let p = q.placeholder(COLUMNS[8], v);
            sets.push(format!("{} = {p}", COLUMNS[8].name));
        }
        if let Some(v) = self.segment_mask {
            let p = q.placeholder(COLUMNS[9], v);
            sets.push(format!("{} = {p}", COLUMNS[9].name));
        }
        if let Some(v) = self.screening_questions {
            let p = q.placeholder(COLUMNS[10], v);
            sets.push(format!("{} = {p}", COLUMNS[10].name));
        }
        let v = self.updated_at.unwrap_or_else(|| chrono::Utc::now());
        let p = q.placeholder(COLUMNS[11], v);
        sets.push(format!("{} = {p}", COLUMNS[11].name));
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: AudienceCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    if let Some(key) = data.connect_campaign.take() {
        let source = runtime::connect_source(q, "\"CampaignWizard\"", "\"id\"", |q| key.render(q));
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
) -> Result<Audience> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"campaignId\", t.\"ageMin\", t.\"ageMax\", COALESCE(t.\"genders\", '{}') AS \"genders\", COALESCE(t.\"locations\", '{}') AS \"locations\", COALESCE(t.\"interests\", '{}') AS \"interests\", COALESCE(t.\"languages\", '{}') AS \"languages\", t.\"incomeMin\", t.\"segmentMask\"::text AS \"segmentMask\", t.\"screeningQuestions\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"campaignId\", t.\"ageMin\", t.\"ageMax\", COALESCE(t.\"genders\", '{}') AS \"genders\", COALESCE(t.\"locations\", '{}') AS \"locations\", COALESCE(t.\"interests\", '{}') AS \"interests\", COALESCE(t.\"languages\", '{}') AS \"languages\", t.\"incomeMin\", t.\"segmentMask\"::text AS \"segmentMask\", t.\"screeningQuestions\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    Audience::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(client: &C, data: AudienceCreate) -> Result<Audience> {
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
    data: Vec<AudienceCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data.into_iter().map(AudienceCreate::cells).collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<AudienceWhere>,
    patch: AudienceUpdate,
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
    filter: Option<AudienceWhere>,
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
    key: AudienceUnique,
    patch: AudienceUpdate,
) -> Result<Audience> {
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
    q.push(" RETURNING t.\"id\", t.\"campaignId\", t.\"ageMin\", t.\"ageMax\", COALESCE(t.\"genders\", '{}') AS \"genders\", COALESCE(t.\"locations\", '{}') AS \"locations\", COALESCE(t.\"interests\", '{}') AS \"interests\", COALESCE(t.\"languages\", '{}') AS \"languages\", t.\"incomeMin\", t.\"segmentMask\"::text AS \"segmentMask\", t.\"screeningQuestions\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    Audience::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(client: &C, key: AudienceUnique) -> Result<Audience> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"campaignId\", t.\"ageMin\", t.\"ageMax\", COALESCE(t.\"genders\", '{}') AS \"genders\", COALESCE(t.\"locations\", '{}') AS \"locations\", COALESCE(t.\"interests\", '{}') AS \"interests\", COALESCE(t.\"languages\", '{}') AS \"languages\", t.\"incomeMin\", t.\"segmentMask\"::text AS \"segmentMask\", t.\"screeningQuestions\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    Audience::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: AudienceUnique,
    create: AudienceCreate,
    patch: AudienceUpdate,
) -> Result<Audience> {
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
