//! The BrandingSettings model (table `branding_settings`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"branding_settings\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"userId\", t.\"primaryColor\", t.\"secondaryColor\", t.\"headerFont\", t.\"headerFontSize\", t.\"bodyFont\", t.\"bodyFontSize\", t.\"logoUrl\", t.\"logoBytes\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"branding_settings\" AS t";

const COLUMNS: [Column; 11] = [
    Column {
        name: "\"id\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"userId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"primaryColor\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"secondaryColor\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"headerFont\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"headerFontSize\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"bodyFont\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"bodyFontSize\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"logoUrl\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"logoBytes\"",
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

/// White-label branding of a user's reports and surveys.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BrandingSettings {
    pub id: String,
    #[serde(rename = "userId")]
    pub user_id: String,
    #[serde(rename = "primaryColor")]
    pub primary_color: String,
    #[serde(rename = "secondaryColor")]
    pub secondary_color: String,
    #[serde(rename = "headerFont")]
    pub header_font: String,
    #[serde(rename = "headerFontSize")]
    pub header_font_size: i16,
    #[serde(rename = "bodyFont")]
    pub body_font: String,
    #[serde(rename = "bodyFontSize")]
    pub body_font_size: i16,
    #[serde(rename = "logoUrl")]
    pub logo_url: Option<String>,
    #[serde(rename = "logoBytes")]
    pub logo_bytes: Option<Vec<u8>>,
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// The `user` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<Box<crate::user::User>>,
}

impl BrandingSettings {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            user_id: row.try_get(1)?,
            primary_color: row.try_get(2)?,
            secondary_color: row.try_get(3)?,
            header_font: row.try_get(4)?,
            header_font_size: row.try_get(5)?,
            body_font: row.try_get(6)?,
            body_font_size: row.try_get(7)?,
            logo_url: row.try_get(8)?,
            logo_bytes: row.try_get(9)?,
            updated_at: row.try_get(10)?,
            user: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for BrandingSettings {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            user_id: row.try_get("userId")?,
            primary_color: row.try_get("primaryColor")?,
            secondary_color: row.try_get("secondaryColor")?,
            header_font: row.try_get("headerFont")?,
            header_font_size: row.try_get("headerFontSize")?,
            body_font: row.try_get("bodyFont")?,
            body_font_size: row.try_get("bodyFontSize")?,
            logo_url: row.try_get("logoUrl")?,
            logo_bytes: row.try_get("logoBytes")?,
            updated_at: row.try_get("updatedAt")?,
            user: None,
        })
    }
}

/// A filter of BrandingSettings rows.
#[derive(Debug, Clone, PartialEq)]
pub enum BrandingSettingsWhere {
    /// Filters `id`.
    Id(runtime::StringFilter),
    /// Filters `userId`.
    UserId(runtime::StringFilter),
    /// Filters `primaryColor`.
    PrimaryColor(runtime::StringFilter),
    /// Filters `secondaryColor`.
    SecondaryColor(runtime::StringFilter),
    /// Filters `headerFont`.
    HeaderFont(runtime::StringFilter),
    /// Filters `headerFontSize`.
    HeaderFontSize(runtime::ScalarFilter<i16>),
    /// Filters `bodyFont`.
    BodyFont(runtime::StringFilter),
    /// Filters `bodyFontSize`.
    BodyFontSize(runtime::ScalarFilter<i16>),
    /// Filters `logoUrl`.
    LogoUrl(runtime::Nullable<runtime::StringFilter>),
    /// Filters `logoBytes`.
    LogoBytes(runtime::Nullable<runtime::EqFilter<Vec<u8>>>),
    /// Filters `updatedAt`.
    UpdatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// The `user` row exists and matches.
    UserIs(Box<crate::user::UserWhere>),
    /// There is no `user` row, or it does not match.
    UserIsNot(Box<crate::user::UserWhere>),
    /// Every filter matches (true when empty).
    And(Vec<BrandingSettingsWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<BrandingSettingsWhere>),
    /// The filter does not match.
    Not(Box<BrandingSettingsWhere>),
}

impl BrandingSettingsWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            BrandingSettingsWhere::Id(f) => f.render(COLUMNS[0], q),
            BrandingSettingsWhere::UserId(f) => f.render(COLUMNS[1], q),
            BrandingSettingsWhere::PrimaryColor(f) => f.render(COLUMNS[2], q),
            BrandingSettingsWhere::SecondaryColor(f) => f.render(COLUMNS[3], q),
            BrandingSettingsWhere::HeaderFont(f) => f.render(COLUMNS[4], q),
            BrandingSettingsWhere::HeaderFontSize(f) => f.render(COLUMNS[5], q),
            BrandingSettingsWhere::BodyFont(f) => f.render(COLUMNS[6], q),
            BrandingSettingsWhere::BodyFontSize(f) => f.render(COLUMNS[7], q),
            BrandingSettingsWhere::LogoUrl(f) => f.render(COLUMNS[8], q),
            BrandingSettingsWhere::LogoBytes(f) => f.render(COLUMNS[9], q),
            BrandingSettingsWhere::UpdatedAt(f) => f.render(COLUMNS[10], q),
            BrandingSettingsWhere::UserIs(f) => {
                runtime::render_exists(q, false, "\"users\"", "\"id\"", "\"userId\"", false, |q| {
                    f.render(q)
                })
            }
            BrandingSettingsWhere::UserIsNot(f) => {
                runtime::render_exists(q, true, "\"users\"", "\"id\"", "\"userId\"", false, |q| {
                    f.render(q)
                })
            }
            BrandingSettingsWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            BrandingSettingsWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            BrandingSettingsWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of BrandingSettings rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrandingSettingsOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `userId`.
    UserId(runtime::SortOrder),
    /// By `primaryColor`.
    PrimaryColor(runtime::SortOrder),
    /// By `secondaryColor`.
    SecondaryColor(runtime::SortOrder),
    /// By `headerFont`.
    HeaderFont(runtime::SortOrder),
    /// By `headerFontSize`.
    HeaderFontSize(runtime::SortOrder),
    /// By `bodyFont`.
    BodyFont(runtime::SortOrder),
    /// By `bodyFontSize`.
    BodyFontSize(runtime::SortOrder),
    /// By `logoUrl`.
    LogoUrl(runtime::SortOrder),
    /// By `logoBytes`.
    LogoBytes(runtime::SortOrder),
    /// By `updatedAt`.
    UpdatedAt(runtime::SortOrder),
}

impl BrandingSettingsOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            BrandingSettingsOrderBy::Id(o) => (COLUMNS[0], o),
            BrandingSettingsOrderBy::UserId(o) => (COLUMNS[1], o),
            BrandingSettingsOrderBy::PrimaryColor(o) => (COLUMNS[2], o),
            BrandingSettingsOrderBy::SecondaryColor(o) => (COLUMNS[3], o),
            BrandingSettingsOrderBy::HeaderFont(o) => (COLUMNS[4], o),
            BrandingSettingsOrderBy::HeaderFontSize(o) => (COLUMNS[5], o),
            BrandingSettingsOrderBy::BodyFont(o) => (COLUMNS[6], o),
            BrandingSettingsOrderBy::BodyFontSize(o) => (COLUMNS[7], o),
            BrandingSettingsOrderBy::LogoUrl(o) => (COLUMNS[8], o),
            BrandingSettingsOrderBy::LogoBytes(o) => (COLUMNS[9], o),
            BrandingSettingsOrderBy::UpdatedAt(o) => (COLUMNS[10], o),
        }
    }
}

/// Relations of BrandingSettings to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BrandingSettingsInclude {
    /// Loads `user` (and, inside, its own relations).
    pub user: Option<Box<crate::user::UserInclude>>,
}

impl BrandingSettingsInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [BrandingSettings],
    ) -> runtime::BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            if let Some(nested) = &self.user {
                let keys: Vec<String> = rows.iter().map(|r| r.user_id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"clerkId\", t.\"email\", t.\"name\", t.\"image\", t.\"role\", t.\"stripeCustomerId\", t.\"stripeSubscriptionId\", t.\"stripePriceId\", t.\"stripeCurrentPeriodEnd\", t.\"notification_prefs\", t.\"digestTime\", t.\"onboardingComplete\", t.\"referredById\", t.\"createdAt\", t.\"updatedAt\" FROM \"users\" AS t WHERE t.\"id\" = ANY($1)");
                q.param(keys);
                let mut children = crate::user::User::from_rows(&q.fetch(client).await?)?;
                nested.load(client, &mut children).await?;
                let by_key: std::collections::HashMap<String, crate::user::User> =
                    children.into_iter().map(|c| (c.id.clone(), c)).collect();
                for row in rows.iter_mut() {
                    row.user = by_key.get(&row.user_id).cloned().map(Box::new);
                }
            }
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BrandingSettingsFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<BrandingSettingsWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<BrandingSettingsOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<BrandingSettingsUnique>,
    /// Relations to load.
    pub include: BrandingSettingsInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: BrandingSettingsFindMany,
) -> Result<Vec<BrandingSettings>> {
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
        runtime::render_cursor(&mut q, "\"branding_settings\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = BrandingSettings::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<BrandingSettingsWhere>,
) -> Result<Option<BrandingSettings>> {
    let args = BrandingSettingsFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<BrandingSettingsWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"branding_settings\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of BrandingSettings: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum BrandingSettingsUnique {
    /// By `id`.
    Id(String),
    /// By `userId`.
    UserId(String),
}

impl BrandingSettingsUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            BrandingSettingsUnique::Id(_) => &[0],
            BrandingSettingsUnique::UserId(_) => &[1],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            BrandingSettingsUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
            BrandingSettingsUnique::UserId(v) => q.compare(COLUMNS[1], " = ", v),
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            BrandingSettingsUnique::Id(_) => "(\"id\")",
            BrandingSettingsUnique::UserId(_) => "(\"userId\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: BrandingSettingsUnique,
) -> Result<Option<BrandingSettings>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| BrandingSettings::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: BrandingSettingsUnique,
) -> Result<BrandingSettings> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new BrandingSettings row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct BrandingSettingsCreate {
    /// `id` (cuid(2) when `None`).
    pub id: Option<String>,
    /// `userId`.
    pub user_id: String,
    /// `primaryColor` (the database default when `None`).
    pub primary_color: Option<String>,
    /// `secondaryColor` (the database default when `None`).
    pub secondary_color: Option<String>,
    /// `headerFont` (the database default when `None`).
    pub header_font: Option<String>,
    /// `headerFontSize` (the database default when `None`).
    pub header_font_size: Option<i16>,
    /// `bodyFont` (the database default when `None`).
    pub body_font: Option<String>,
    /// `bodyFontSize` (the database default when `None`).
    pub body_font_size: Option<i16>,
    /// `logoUrl`.
    pub logo_url: Option<String>,
    /// `logoBytes`.
    pub logo_bytes: Option<Vec<u8>>,
    /// `updatedAt` (@updatedAt: now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Connects `user` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `user_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_user: Option<crate::user::UserUnique>,
}

impl BrandingSettingsCreate {
    /// The required values; everything else `None`.
    pub fn new(user_id: String) -> Self {
        Self {
            id: None,
            user_id,
            primary_color: None,
            secondary_color: None,
            header_font: None,
            header_font_size: None,
            body_font: None,
            body_font_size: None,
            logo_url: None,
            logo_bytes: None,
            updated_at: None,
            connect_user: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<11> {
        let mut cells: runtime::Cells<11> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.id.unwrap_or_else(|| runtime::cuid2())));
        cells[1] = Some(Box::new(self.user_id));
        if let Some(v) = self.primary_color {
            cells[2] = Some(Box::new(v));
        }
        if let Some(v) = self.secondary_color {
            cells[3] = Some(Box::new(v));
        }
        if let Some(v) = self.header_font {
            cells[4] = Some(Box::new(v));
        }
        if let Some(v) = self.header_font_size {
            cells[5] = Some(Box::new(v));
        }
        if let Some(v) = self.body_font {
            cells[6] = Some(Box::new(v));
        }
        if let Some(v) = self.body_font_size {
            cells[7] = Some(Box::new(v));
        }
        if let Some(v) = self.logo_url {
            cells[8] = Some(Box::new(v));
        }
        if let Some(v) = self.logo_bytes {
            cells[9] = Some(Box::new(v));
        }
        cells[10] = Some(Box::new(
            self.updated_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells
    }
}

/// Changes to a BrandingSettings row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BrandingSettingsUpdate {
    /// `id`.
    pub id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `primaryColor`.
    pub primary_color: Option<String>,
    /// `secondaryColor`.
    pub secondary_color: Option<String>,
    /// `headerFont`.
    pub header_font: Option<String>,
    /// `headerFontSize`.
    pub header_font_size: Option<i16>,
    /// `bodyFont`.
    pub body_font: Option<String>,
    /// `bodyFontSize`.
    pub body_font_size: Option<i16>,
    /// `logoUrl`.
    pub logo_url: Option<Option<String>>,
    /// `logoBytes`.
    pub logo_bytes: Option<Option<Vec<u8>>>,
    /// `updatedAt` (set to now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl BrandingSettingsUpdate {
    fn assignments(self, q: &mut Query) -> Vec<String> {
        let mut sets = Vec::new();
        if let Some(v) = self.id {
            let p = q.placeholder(COLUMNS[0], v);
            sets.push(format!("{} = {p}", COLUMNS[0].name));
        }
        if let Some(v) = self.user_id {
            let p = q.placeholder(COLUMNS[1], v);
            sets.push(format!("{} = {p}", COLUMNS[1].name));
        }
        if let Some(v) = self.primary_color {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.secondary_color {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.header_font {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.header_font_size {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        if let Some(v) = self.body_font {
            let p = q.placeholder(COLUMNS[6], v);
            sets.push(format!("{} = {p}", COLUMNS[6].name));
        }
        if let Some(v) = self.body_font_size {
            let p = q.placeholder(COLUMNS[7], v);
            sets.push(format!("{} = {p}", COLUMNS[7].name));
        }
        if let Some(v) = self.logo_url {
            let p = q.placeholder(COLUMNS[8], v);
            sets.push(format!("{} = {p}", COLUMNS[8].name));
        }
        if let Some(v) = self.logo_bytes {
            let p = q.placeholder(COLUMNS[9], v);
            sets.push(format!("{} = {p}", COLUMNS[9].name));
        }
        let v = self.updated_at.unwrap_or_else(|| chrono::Utc::now());
        let p = q.placeholder(COLUMNS[10], v);
        sets.push(format!("{} = {p}", COLUMNS[10].name));
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: BrandingSettingsCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    if let Some(key) = data.connect_user.take() {
        let source = runtime::connect_source(q, "\"users\"", "\"id\"", |q| key.render(q));
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
) -> Result<BrandingSettings> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"userId\", t.\"primaryColor\", t.\"secondaryColor\", t.\"headerFont\", t.\"headerFontSize\", t.\"bodyFont\", t.\"bodyFontSize\", t.\"logoUrl\", t.\"logoBytes\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"userId\", t.\"primaryColor\", t.\"secondaryColor\", t.\"headerFont\", t.\"headerFontSize\", t.\"bodyFont\", t.\"bodyFontSize\", t.\"logoUrl\", t.\"logoBytes\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    BrandingSettings::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: BrandingSettingsCreate,
) -> Result<BrandingSettings> {
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
    data: Vec<BrandingSettingsCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data
        .into_iter()
        .map(BrandingSettingsCreate::cells)
        .collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<BrandingSettingsWhere>,
    patch: BrandingSettingsUpdate,
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
    filter: Option<BrandingSettingsWhere>,
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
    key: BrandingSettingsUnique,
    patch: BrandingSettingsUpdate,
) -> Result<BrandingSettings> {
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
    q.push(" RETURNING t.\"id\", t.\"userId\", t.\"primaryColor\", t.\"secondaryColor\", t.\"headerFont\", t.\"headerFontSize\", t.\"bodyFont\", t.\"bodyFontSize\", t.\"logoUrl\", t.\"logoBytes\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    BrandingSettings::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(
    client: &C,
    key: BrandingSettingsUnique,
) -> Result<BrandingSettings> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"userId\", t.\"primaryColor\", t.\"secondaryColor\", t.\"headerFont\", t.\"headerFontSize\", t.\"bodyFont\", t.\"bodyFontSize\", t.\"logoUrl\", t.\"logoBytes\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    BrandingSettings::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: BrandingSettingsUnique,
    create: BrandingSettingsCreate,
    patch: BrandingSettingsUpdate,
) -> Result<BrandingSettings> {
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
