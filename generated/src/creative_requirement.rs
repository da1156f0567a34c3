//! The CreativeRequirement model (table `creative_requirements`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"creative_requirements\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"description\", t.\"mandatory\", t.\"campaignId\" FROM \"creative_requirements\" AS t";

const COLUMNS: [Column; 4] = [
    Column {
        name: "\"id\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"description\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"mandatory\"",
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
];

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreativeRequirement {
    pub id: String,
    pub description: String,
    pub mandatory: bool,
    #[serde(rename = "campaignId")]
    pub campaign_id: uuid::Uuid,
    /// The `campaign` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<Box<crate::campaign_wizard::CampaignWizard>>,
}

impl CreativeRequirement {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            description: row.try_get(1)?,
            mandatory: row.try_get(2)?,
            campaign_id: row.try_get(3)?,
            campaign: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for CreativeRequirement {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            description: row.try_get("description")?,
            mandatory: row.try_get("mandatory")?,
            campaign_id: row.try_get("campaignId")?,
            campaign: None,
        })
    }
}

/// A filter of CreativeRequirement rows.
#[derive(Debug, Clone, PartialEq)]
pub enum CreativeRequirementWhere {
    /// Filters `id`.
    Id(runtime::StringFilter),
    /// Filters `description`.
    Description(runtime::StringFilter),
    /// Filters `mandatory`.
    Mandatory(runtime::EqFilter<bool>),
    /// Filters `campaignId`.
    CampaignId(runtime::EqFilter<uuid::Uuid>),
    /// The `campaign` row exists and matches.
    CampaignIs(Box<crate::campaign_wizard::CampaignWizardWhere>),
    /// There is no `campaign` row, or it does not match.
    CampaignIsNot(Box<crate::campaign_wizard::CampaignWizardWhere>),
    /// Every filter matches (true when empty).
    And(Vec<CreativeRequirementWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<CreativeRequirementWhere>),
    /// The filter does not match.
    Not(Box<CreativeRequirementWhere>),
}

impl CreativeRequirementWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            CreativeRequirementWhere::Id(f) => f.render(COLUMNS[0], q),
            CreativeRequirementWhere::Description(f) => f.render(COLUMNS[1], q),
            CreativeRequirementWhere::Mandatory(f) => f.render(COLUMNS[2], q),
            CreativeRequirementWhere::CampaignId(f) => f.render(COLUMNS[3], q),
            CreativeRequirementWhere::CampaignIs(f) => runtime::render_exists(
                q,
                false,
                "\"CampaignWizard\"",
                "\"id\"",
                "\"campaignId\"",
                false,
                |q| f.render(q),
            ),
            CreativeRequirementWhere::CampaignIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"CampaignWizard\"",
                "\"id\"",
                "\"campaignId\"",
                false,
                |q| f.render(q),
            ),
            CreativeRequirementWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            CreativeRequirementWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            CreativeRequirementWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of CreativeRequirement rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreativeRequirementOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `description`.
    Description(runtime::SortOrder),
    /// By `mandatory`.
    Mandatory(runtime::SortOrder),
    /// By `campaignId`.
    CampaignId(runtime::SortOrder),
}

impl CreativeRequirementOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            CreativeRequirementOrderBy::Id(o) => (COLUMNS[0], o),
            CreativeRequirementOrderBy::Description(o) => (COLUMNS[1], o),
            CreativeRequirementOrderBy::Mandatory(o) => (COLUMNS[2], o),
            CreativeRequirementOrderBy::CampaignId(o) => (COLUMNS[3], o),
        }
    }
}

/// Relations of CreativeRequirement to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreativeRequirementInclude {
    /// Loads `campaign` (and, inside, its own relations).
    pub campaign: Option<Box<crate::campaign_wizard::CampaignWizardInclude>>,
}

impl CreativeRequirementInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [CreativeRequirement],
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
pub struct CreativeRequirementFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<CreativeRequirementWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<CreativeRequirementOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<CreativeRequirementUnique>,
    /// Relations to load.
    pub include: CreativeRequirementInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: CreativeRequirementFindMany,
) -> Result<Vec<CreativeRequirement>> {
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
        runtime::render_cursor(&mut q, "\"creative_requirements\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = CreativeRequirement::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<CreativeRequirementWhere>,
) -> Result<Option<CreativeRequirement>> {
    let args = CreativeRequirementFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<CreativeRequirementWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"creative_requirements\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of CreativeRequirement: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum CreativeRequirementUnique {
    /// By `id`.
    Id(String),
}

impl CreativeRequirementUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            CreativeRequirementUnique::Id(_) => &[0],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            CreativeRequirementUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            CreativeRequirementUnique::Id(_) => "(\"id\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: CreativeRequirementUnique,
) -> Result<Option<CreativeRequirement>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| CreativeRequirement::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: CreativeRequirementUnique,
) -> Result<CreativeRequirement> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new CreativeRequirement row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct CreativeRequirementCreate {
    /// `id` (ulid() when `None`).
    pub id: Option<String>,
    /// `description`.
    pub description: String,
    /// `mandatory` (the database default when `None`).
    pub mandatory: Option<bool>,
    /// `campaignId`.
    pub campaign_id: uuid::Uuid,
    /// Connects `campaign` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `campaign_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_campaign: Option<crate::campaign_wizard::CampaignWizardUnique>,
}

impl CreativeRequirementCreate {
    /// The required values; everything else `None`.
    pub fn new(description: String, campaign_id: uuid::Uuid) -> Self {
        Self {
            id: None,
            description,
            mandatory: None,
            campaign_id,
            connect_campaign: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<4> {
        let mut cells: runtime::Cells<4> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.id.unwrap_or_else(|| runtime::ulid())));
        cells[1] = Some(Box::new(self.description));
        if let Some(v) = self.mandatory {
            cells[2] = Some(Box::new(v));
        }
        cells[3] = Some(Box::new(self.campaign_id));
        cells
    }
}

/// Changes to a CreativeRequirement row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreativeRequirementUpdate {
    /// `id`.
    pub id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `mandatory`.
    pub mandatory: Option<bool>,
    /// `campaignId`.
    pub campaign_id: Option<uuid::Uuid>,
}

impl CreativeRequirementUpdate {
    fn assignments(self, q: &mut Query) -> Vec<String> {
        let mut sets = Vec::new();
        if let Some(v) = self.id {
            let p = q.placeholder(COLUMNS[0], v);
            sets.push(format!("{} = {p}", COLUMNS[0].name));
        }
        if let Some(v) = self.description {
            let p = q.placeholder(COLUMNS[1], v);
            sets.push(format!("{} = {p}", COLUMNS[1].name));
        }
        if let Some(v) = self.mandatory {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.campaign_id {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: CreativeRequirementCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    if let Some(key) = data.connect_campaign.take() {
        let source = runtime::connect_source(q, "\"CampaignWizard\"", "\"id\"", |q| key.render(q));
        connects.push(runtime::Connect { column: 3, source });
    }
    runtime::insert_one(q, TABLE, &COLUMNS, data.cells(), connects);
    links
}

/// Runs an `INSERT … RETURNING` (with the join rows of many-to-many connects) for one row.
async fn insert_returning<C: Executor + ?Sized>(
    client: &C,
    mut q: Query,
    links: Vec<runtime::Link>,
) -> Result<CreativeRequirement> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"description\", t.\"mandatory\", t.\"campaignId\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(
            &mut q,
            &links,
            &" RETURNING t.\"id\", t.\"description\", t.\"mandatory\", t.\"campaignId\""
                [" RETURNING ".len()..],
        );
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    CreativeRequirement::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: CreativeRequirementCreate,
) -> Result<CreativeRequirement> {
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
    data: Vec<CreativeRequirementCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data
        .into_iter()
        .map(CreativeRequirementCreate::cells)
        .collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<CreativeRequirementWhere>,
    patch: CreativeRequirementUpdate,
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
    filter: Option<CreativeRequirementWhere>,
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
    key: CreativeRequirementUnique,
    patch: CreativeRequirementUpdate,
) -> Result<CreativeRequirement> {
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
    q.push(" RETURNING t.\"id\", t.\"description\", t.\"mandatory\", t.\"campaignId\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    CreativeRequirement::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(
    client: &C,
    key: CreativeRequirementUnique,
) -> Result<CreativeRequirement> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"description\", t.\"mandatory\", t.\"campaignId\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    CreativeRequirement::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: CreativeRequirementUnique,
    create: CreativeRequirementCreate,
    patch: CreativeRequirementUpdate,
) -> Result<CreativeRequirement> {
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
