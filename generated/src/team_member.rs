//! The TeamMember model (table `team_members`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"team_members\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"userId\", t.\"teamOwnerId\", t.\"role\", t.\"workdayStartsAt\"::text AS \"workdayStartsAt\", (t.\"joinedAt\" AT TIME ZONE 'UTC') AS \"joinedAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"team_members\" AS t";

const COLUMNS: [Column; 7] = [
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
        name: "\"teamOwnerId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"role\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"workdayStartsAt\"",
        open: "",
        close: "::text::timetz",
        copy: runtime::CopyAs::Unsupported,
    },
    Column {
        name: "\"joinedAt\"",
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

/// A user's membership in a team (a team is identified by its owner).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TeamMember {
    pub id: String,
    #[serde(rename = "userId")]
    pub user_id: String,
    #[serde(rename = "teamOwnerId")]
    pub team_owner_id: String,
    pub role: crate::enums::TeamRole,
    /// Start of the member's working day, in their time zone.
    #[serde(rename = "workdayStartsAt")]
    pub workday_starts_at: Option<String>,
    #[serde(rename = "joinedAt")]
    pub joined_at: chrono::DateTime<chrono::Utc>,
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// The `user` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<Box<crate::user::User>>,
    /// The `teamOwner` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "teamOwner")]
    pub team_owner: Option<Box<crate::user::User>>,
}

impl TeamMember {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            user_id: row.try_get(1)?,
            team_owner_id: row.try_get(2)?,
            role: row.try_get(3)?,
            workday_starts_at: row.try_get(4)?,
            joined_at: row.try_get(5)?,
            updated_at: row.try_get(6)?,
            user: None,
            team_owner: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for TeamMember {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            user_id: row.try_get("userId")?,
            team_owner_id: row.try_get("teamOwnerId")?,
            role: row.try_get("role")?,
            workday_starts_at: row.try_get("workdayStartsAt")?,
            joined_at: row.try_get("joinedAt")?,
            updated_at: row.try_get("updatedAt")?,
            user: None,
            team_owner: None,
        })
    }
}

/// A filter of TeamMember rows.
#[derive(Debug, Clone, PartialEq)]
pub enum TeamMemberWhere {
    /// Filters `id`.
    Id(runtime::StringFilter),
    /// Filters `userId`.
    UserId(runtime::StringFilter),
    /// Filters `teamOwnerId`.
    TeamOwnerId(runtime::StringFilter),
    /// Filters `role`.
    Role(runtime::EqFilter<crate::enums::TeamRole>),
    /// Filters `workdayStartsAt`.
    WorkdayStartsAt(runtime::Nullable<runtime::EqFilter<String>>),
    /// Filters `joinedAt`.
    JoinedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// Filters `updatedAt`.
    UpdatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// The `user` row exists and matches.
    UserIs(Box<crate::user::UserWhere>),
    /// There is no `user` row, or it does not match.
    UserIsNot(Box<crate::user::UserWhere>),
    /// The `teamOwner` row exists and matches.
    TeamOwnerIs(Box<crate::user::UserWhere>),
    /// There is no `teamOwner` row, or it does not match.
    TeamOwnerIsNot(Box<crate::user::UserWhere>),
    /// Every filter matches (true when empty).
    And(Vec<TeamMemberWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<TeamMemberWhere>),
    /// The filter does not match.
    Not(Box<TeamMemberWhere>),
}

impl TeamMemberWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            TeamMemberWhere::Id(f) => f.render(COLUMNS[0], q),
            TeamMemberWhere::UserId(f) => f.render(COLUMNS[1], q),
            TeamMemberWhere::TeamOwnerId(f) => f.render(COLUMNS[2], q),
            TeamMemberWhere::Role(f) => f.render(COLUMNS[3], q),
            TeamMemberWhere::WorkdayStartsAt(f) => f.render(COLUMNS[4], q),
            TeamMemberWhere::JoinedAt(f) => f.render(COLUMNS[5], q),
            TeamMemberWhere::UpdatedAt(f) => f.render(COLUMNS[6], q),
            TeamMemberWhere::UserIs(f) => {
                runtime::render_exists(q, false, "\"users\"", "\"id\"", "\"userId\"", false, |q| {
                    f.render(q)
                })
            }
            TeamMemberWhere::UserIsNot(f) => {
                runtime::render_exists(q, true, "\"users\"", "\"id\"", "\"userId\"", false, |q| {
                    f.render(q)
                })
            }
            TeamMemberWhere::TeamOwnerIs(f) => runtime::render_exists(
                q,
                false,
                "\"users\"",
                "\"id\"",
                "\"teamOwnerId\"",
                false,
                |q| f.render(q),
            ),
            TeamMemberWhere::TeamOwnerIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"users\"",
                "\"id\"",
                "\"teamOwnerId\"",
                false,
                |q| f.render(q),
            ),
            TeamMemberWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            TeamMemberWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            TeamMemberWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of TeamMember rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamMemberOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `userId`.
    UserId(runtime::SortOrder),
    /// By `teamOwnerId`.
    TeamOwnerId(runtime::SortOrder),
    /// By `role`.
    Role(runtime::SortOrder),
    /// By `workdayStartsAt`.
    WorkdayStartsAt(runtime::SortOrder),
    /// By `joinedAt`.
    JoinedAt(runtime::SortOrder),
    /// By `updatedAt`.
    UpdatedAt(runtime::SortOrder),
}

impl TeamMemberOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            TeamMemberOrderBy::Id(o) => (COLUMNS[0], o),
            TeamMemberOrderBy::UserId(o) => (COLUMNS[1], o),
            TeamMemberOrderBy::TeamOwnerId(o) => (COLUMNS[2], o),
            TeamMemberOrderBy::Role(o) => (COLUMNS[3], o),
            TeamMemberOrderBy::WorkdayStartsAt(o) => (COLUMNS[4], o),
            TeamMemberOrderBy::JoinedAt(o) => (COLUMNS[5], o),
            TeamMemberOrderBy::UpdatedAt(o) => (COLUMNS[6], o),
        }
    }
}

/// Relations of TeamMember to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TeamMemberInclude {
    /// Loads `user` (and, inside, its own relations).
    pub user: Option<Box<crate::user::UserInclude>>,
    /// Loads `teamOwner` (and, inside, its own relations).
    pub team_owner: Option<Box<crate::user::UserInclude>>,
}

impl TeamMemberInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [TeamMember],
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
            if let Some(nested) = &self.team_owner {
                let keys: Vec<String> = rows.iter().map(|r| r.team_owner_id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"clerkId\", t.\"email\", t.\"name\", t.\"image\", t.\"role\", t.\"stripeCustomerId\", t.\"stripeSubscriptionId\", t.\"stripePriceId\", t.\"stripeCurrentPeriodEnd\", t.\"notification_prefs\", t.\"digestTime\", t.\"onboardingComplete\", t.\"referredById\", t.\"createdAt\", t.\"updatedAt\" FROM \"users\" AS t WHERE t.\"id\" = ANY($1)");
                q.param(keys);
                let mut children = crate::user::User::from_rows(&q.fetch(client).await?)?;
                nested.load(client, &mut children).await?;
                let by_key: std::collections::HashMap<String, crate::user::User> =
                    children.into_iter().map(|c| (c.id.clone(), c)).collect();
                for row in rows.iter_mut() {
                    row.team_owner = by_key.get(&row.team_owner_id).cloned().map(Box::new);
                }
            }
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TeamMemberFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<TeamMemberWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<TeamMemberOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<TeamMemberUnique>,
    /// Relations to load.
    pub include: TeamMemberInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: TeamMemberFindMany,
) -> Result<Vec<TeamMember>> {
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
        runtime::render_cursor(&mut q, "\"team_members\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = TeamMember::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<TeamMemberWhere>,
) -> Result<Option<TeamMember>> {
    let args = TeamMemberFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<TeamMemberWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"team_members\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of TeamMember: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum TeamMemberUnique {
    /// By `id`.
    Id(String),
    /// By `teamOwnerId, userId`.
    OwnerMember {
        /// `teamOwnerId`.
        team_owner_id: String,
        /// `userId`.
        user_id: String,
    },
}

impl TeamMemberUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            TeamMemberUnique::Id(_) => &[0],
            TeamMemberUnique::OwnerMember { .. } => &[2, 1],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            TeamMemberUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
            TeamMemberUnique::OwnerMember {
                team_owner_id,
                user_id,
            } => {
                q.compare(COLUMNS[2], " = ", team_owner_id);
                q.push(" AND ");
                q.compare(COLUMNS[1], " = ", user_id);
            }
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            TeamMemberUnique::Id(_) => "(\"id\")",
            TeamMemberUnique::OwnerMember { .. } => "(\"teamOwnerId\", \"userId\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: TeamMemberUnique,
) -> Result<Option<TeamMember>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| TeamMember::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: TeamMemberUnique,
) -> Result<TeamMember> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new TeamMember row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamMemberCreate {
    /// `id` (cuid() when `None`).
    pub id: Option<String>,
    /// `userId`.
    pub user_id: String,
    /// `teamOwnerId`.
    pub team_owner_id: String,
    /// `role` (the database default when `None`).
    pub role: Option<crate::enums::TeamRole>,
    /// `workdayStartsAt`.
    pub workday_starts_at: Option<String>,
    /// `joinedAt` (now() when `None`).
    pub joined_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (@updatedAt: now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Connects `user` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `user_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_user: Option<crate::user::UserUnique>,
    /// Connects `teamOwner` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `team_owner_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_team_owner: Option<crate::user::UserUnique>,
}

impl TeamMemberCreate {
    /// The required values; everything else `None`.
    pub fn new(user_id: String, team_owner_id: String) -> Self {
        Self {
            id: None,
            user_id,
            team_owner_id,
            role: None,
            workday_starts_at: None,
            joined_at: None,
            updated_at: None,
            connect_user: None,
            connect_team_owner: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<7> {
        let mut cells: runtime::Cells<7> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.id.unwrap_or_else(|| runtime::cuid())));
        cells[1] = Some(Box::new(self.user_id));
        cells[2] = Some(Box::new(self.team_owner_id));
        if let Some(v) = self.role {
            cells[3] = Some(Box::new(v));
        }
        if let Some(v) = self.workday_starts_at {
            cells[4] = Some(Box::new(v));
        }
        cells[5] = Some(Box::new(
            self.joined_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells[6] = Some(Box::new(
            self.updated_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells
    }
}

/// Changes to a TeamMember row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TeamMemberUpdate {
    /// `id`.
    pub id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `teamOwnerId`.
    pub team_owner_id: Option<String>,
    /// `role`.
    pub role: Option<crate::enums::TeamRole>,
    /// `workdayStartsAt`.
    pub workday_starts_at: Option<Option<String>>,
    /// `joinedAt`.
    pub joined_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (set to now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl TeamMemberUpdate {
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
        if let Some(v) = self.team_owner_id {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.role {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.workday_starts_at {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.joined_at {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        let v = self.updated_at.unwrap_or_else(|| chrono::Utc::now());
        let p = q.placeholder(COLUMNS[6], v);
        sets.push(format!("{} = {p}", COLUMNS[6].name));
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: TeamMemberCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    if let Some(key) = data.connect_user.take() {
        let source = runtime::connect_source(q, "\"users\"", "\"id\"", |q| key.render(q));
        connects.push(runtime::Connect { column: 1, source });
    }
    if let Some(key) = data.connect_team_owner.take() {
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
) -> Result<TeamMember> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"userId\", t.\"teamOwnerId\", t.\"role\", t.\"workdayStartsAt\"::text AS \"workdayStartsAt\", (t.\"joinedAt\" AT TIME ZONE 'UTC') AS \"joinedAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"userId\", t.\"teamOwnerId\", t.\"role\", t.\"workdayStartsAt\"::text AS \"workdayStartsAt\", (t.\"joinedAt\" AT TIME ZONE 'UTC') AS \"joinedAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    TeamMember::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: TeamMemberCreate,
) -> Result<TeamMember> {
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
    data: Vec<TeamMemberCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data.into_iter().map(TeamMemberCreate::cells).collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<TeamMemberWhere>,
    patch: TeamMemberUpdate,
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
    filter: Option<TeamMemberWhere>,
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
    key: TeamMemberUnique,
    patch: TeamMemberUpdate,
) -> Result<TeamMember> {
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
    q.push(" RETURNING t.\"id\", t.\"userId\", t.\"teamOwnerId\", t.\"role\", t.\"workdayStartsAt\"::text AS \"workdayStartsAt\", (t.\"joinedAt\" AT TIME ZONE 'UTC') AS \"joinedAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    TeamMember::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(client: &C, key: TeamMemberUnique) -> Result<TeamMember> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"userId\", t.\"teamOwnerId\", t.\"role\", t.\"workdayStartsAt\"::text AS \"workdayStartsAt\", (t.\"joinedAt\" AT TIME ZONE 'UTC') AS \"joinedAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    TeamMember::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: TeamMemberUnique,
    create: TeamMemberCreate,
    patch: TeamMemberUpdate,
) -> Result<TeamMember> {
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
