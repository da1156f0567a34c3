//! The InsightIQAccountLink model (table `InsightIQAccountLink`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"InsightIQAccountLink\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"userId\", t.\"influencerId\", t.\"insightiqAccountId\", t.\"insightiqUserId\", t.\"workPlatformId\", t.\"platform\", t.\"status\", (t.\"connectedAt\" AT TIME ZONE 'UTC') AS \"connectedAt\", (t.\"lastSyncedAt\" AT TIME ZONE 'UTC') AS \"lastSyncedAt\" FROM \"InsightIQAccountLink\" AS t";

const COLUMNS: [Column; 10] = [
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
        name: "\"influencerId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"insightiqAccountId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"insightiqUserId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"workPlatformId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"platform\"",
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
        name: "\"connectedAt\"",
        open: "(",
        close: "::timestamptz AT TIME ZONE 'UTC')",
        copy: runtime::CopyAs::Timestamptz,
    },
    Column {
        name: "\"lastSyncedAt\"",
        open: "(",
        close: "::timestamptz AT TIME ZONE 'UTC')",
        copy: runtime::CopyAs::Timestamptz,
    },
];

/// Link between a Justify user / influencer and an InsightIQ connected account.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InsightIqAccountLink {
    pub id: String,
    #[serde(rename = "userId")]
    pub user_id: String,
    #[serde(rename = "influencerId")]
    pub influencer_id: Option<String>,
    #[serde(rename = "insightiqAccountId")]
    pub insightiq_account_id: String,
    #[serde(rename = "insightiqUserId")]
    pub insightiq_user_id: String,
    #[serde(rename = "workPlatformId")]
    pub work_platform_id: uuid::Uuid,
    pub platform: crate::enums::Platform,
    pub status: String,
    #[serde(rename = "connectedAt")]
    pub connected_at: chrono::DateTime<chrono::Utc>,
    #[serde(rename = "lastSyncedAt")]
    pub last_synced_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `user` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<Box<crate::user::User>>,
    /// The `influencer` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub influencer: Option<Option<Box<crate::marketplace_influencer::MarketplaceInfluencer>>>,
}

impl InsightIqAccountLink {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            user_id: row.try_get(1)?,
            influencer_id: row.try_get(2)?,
            insightiq_account_id: row.try_get(3)?,
            insightiq_user_id: row.try_get(4)?,
            work_platform_id: row.try_get(5)?,
            platform: row.try_get(6)?,
            status: row.try_get(7)?,
            connected_at: row.try_get(8)?,
            last_synced_at: row.try_get(9)?,
            user: None,
            influencer: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for InsightIqAccountLink {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            user_id: row.try_get("userId")?,
            influencer_id: row.try_get("influencerId")?,
            insightiq_account_id: row.try_get("insightiqAccountId")?,
            insightiq_user_id: row.try_get("insightiqUserId")?,
            work_platform_id: row.try_get("workPlatformId")?,
            platform: row.try_get("platform")?,
            status: row.try_get("status")?,
            connected_at: row.try_get("connectedAt")?,
            last_synced_at: row.try_get("lastSyncedAt")?,
            user: None,
            influencer: None,
        })
    }
}

/// A filter of InsightIqAccountLink rows.
#[derive(Debug, Clone, PartialEq)]
pub enum InsightIqAccountLinkWhere {
    /// Filters `id`.
    Id(runtime::StringFilter),
    /// Filters `userId`.
    UserId(runtime::StringFilter),
    /// Filters `influencerId`.
    InfluencerId(runtime::Nullable<runtime::StringFilter>),
    /// Filters `insightiqAccountId`.
    InsightiqAccountId(runtime::StringFilter),
    /// Filters `insightiqUserId`.
    InsightiqUserId(runtime::StringFilter),
    /// Filters `workPlatformId`.
    WorkPlatformId(runtime::EqFilter<uuid::Uuid>),
    /// Filters `platform`.
    Platform(runtime::EqFilter<crate::enums::Platform>),
    /// Filters `status`.
    Status(runtime::StringFilter),
    /// Filters `connectedAt`.
    ConnectedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// Filters `lastSyncedAt`.
    LastSyncedAt(runtime::Nullable<runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>>),
    /// The `user` row exists and matches.
    UserIs(Box<crate::user::UserWhere>),
    /// There is no `user` row, or it does not match.
    UserIsNot(Box<crate::user::UserWhere>),
    /// The `influencer` row exists and matches.
    InfluencerIs(Box<crate::marketplace_influencer::MarketplaceInfluencerWhere>),
    /// There is no `influencer` row, or it does not match.
    InfluencerIsNot(Box<crate::marketplace_influencer::MarketplaceInfluencerWhere>),
    /// Every filter matches (true when empty).
    And(Vec<InsightIqAccountLinkWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<InsightIqAccountLinkWhere>),
    /// The filter does not match.
    Not(Box<InsightIqAccountLinkWhere>),
}

impl InsightIqAccountLinkWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            InsightIqAccountLinkWhere::Id(f) => f.render(COLUMNS[0], q),
            InsightIqAccountLinkWhere::UserId(f) => f.render(COLUMNS[1], q),
            InsightIqAccountLinkWhere::InfluencerId(f) => f.render(COLUMNS[2], q),
            InsightIqAccountLinkWhere::InsightiqAccountId(f) => f.render(COLUMNS[3], q),
            InsightIqAccountLinkWhere::InsightiqUserId(f) => f.render(COLUMNS[4], q),
            InsightIqAccountLinkWhere::WorkPlatformId(f) => f.render(COLUMNS[5], q),
            InsightIqAccountLinkWhere::Platform(f) => f.render(COLUMNS[6], q),
            InsightIqAccountLinkWhere::Status(f) => f.render(COLUMNS[7], q),
            InsightIqAccountLinkWhere::ConnectedAt(f) => f.render(COLUMNS[8], q),
            InsightIqAccountLinkWhere::LastSyncedAt(f) => f.render(COLUMNS[9], q),
            InsightIqAccountLinkWhere::UserIs(f) => {
                runtime::render_exists(q, false, "\"users\"", "\"id\"", "\"userId\"", false, |q| {
                    f.render(q)
                })
            }
            InsightIqAccountLinkWhere::UserIsNot(f) => {
                runtime::render_exists(q, true, "\"users\"", "\"id\"", "\"userId\"", false, |q| {
                    f.render(q)
                })
            }
            InsightIqAccountLinkWhere::InfluencerIs(f) => runtime::render_exists(
                q,
                false,
                "\"marketplace_influencers\"",
                "\"id\"",
                "\"influencerId\"",
                false,
                |q| f.render(q),
            ),
            InsightIqAccountLinkWhere::InfluencerIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"marketplace_influencers\"",
                "\"id\"",
                "\"influencerId\"",
                false,
                |q| f.render(q),
            ),
            InsightIqAccountLinkWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            InsightIqAccountLinkWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            InsightIqAccountLinkWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of InsightIqAccountLink rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InsightIqAccountLinkOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `userId`.
    UserId(runtime::SortOrder),
    /// By `influencerId`.
    InfluencerId(runtime::SortOrder),
    /// By `insightiqAccountId`.
    InsightiqAccountId(runtime::SortOrder),
    /// By `insightiqUserId`.
    InsightiqUserId(runtime::SortOrder),
    /// By `workPlatformId`.
    WorkPlatformId(runtime::SortOrder),
    /// By `platform`.
    Platform(runtime::SortOrder),
    /// By `status`.
    Status(runtime::SortOrder),
    /// By `connectedAt`.
    ConnectedAt(runtime::SortOrder),
    /// By `lastSyncedAt`.
    LastSyncedAt(runtime::SortOrder),
}

impl InsightIqAccountLinkOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            InsightIqAccountLinkOrderBy::Id(o) => (COLUMNS[0], o),
            InsightIqAccountLinkOrderBy::UserId(o) => (COLUMNS[1], o),
            InsightIqAccountLinkOrderBy::InfluencerId(o) => (COLUMNS[2], o),
            InsightIqAccountLinkOrderBy::InsightiqAccountId(o) => (COLUMNS[3], o),
            InsightIqAccountLinkOrderBy::InsightiqUserId(o) => (COLUMNS[4], o),
            InsightIqAccountLinkOrderBy::WorkPlatformId(o) => (COLUMNS[5], o),
            InsightIqAccountLinkOrderBy::Platform(o) => (COLUMNS[6], o),
            InsightIqAccountLinkOrderBy::Status(o) => (COLUMNS[7], o),
            InsightIqAccountLinkOrderBy::ConnectedAt(o) => (COLUMNS[8], o),
            InsightIqAccountLinkOrderBy::LastSyncedAt(o) => (COLUMNS[9], o),
        }
    }
}

/// Relations of InsightIqAccountLink to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InsightIqAccountLinkInclude {
    /// Loads `user` (and, inside, its own relations).
    pub user: Option<Box<crate::user::UserInclude>>,
    /// Loads `influencer` (and, inside, its own relations).
    pub influencer: Option<Box<crate::marketplace_influencer::MarketplaceInfluencerInclude>>,
}

impl InsightIqAccountLinkInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [InsightIqAccountLink],
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
            if let Some(nested) = &self.influencer {
                let keys: Vec<String> = rows
                    .iter()
                    .filter_map(|r| r.influencer_id.clone())
                    .collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"handle\", t.\"platform\", t.\"displayName\", t.\"avatarUrl\", t.\"bio\", t.\"followerCount\", t.\"averageViews\", t.\"engagementRate\", t.\"justifyScore\", t.\"isVerified\", t.\"contentFlags\"::text AS \"contentFlags\", t.\"insightiqProfileId\", (t.\"lastSyncedAt\" AT TIME ZONE 'UTC') AS \"lastSyncedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"marketplace_influencers\" AS t WHERE t.\"id\" = ANY($1)");
                q.param(keys);
                let mut children = crate::marketplace_influencer::MarketplaceInfluencer::from_rows(
                    &q.fetch(client).await?,
                )?;
                nested.load(client, &mut children).await?;
                let by_key: std::collections::HashMap<
                    String,
                    crate::marketplace_influencer::MarketplaceInfluencer,
                > = children.into_iter().map(|c| (c.id.clone(), c)).collect();
                for row in rows.iter_mut() {
                    row.influencer = Some(
                        row.influencer_id
                            .as_ref()
                            .and_then(|k| by_key.get(k))
                            .cloned()
                            .map(Box::new),
                    );
                }
            }
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InsightIqAccountLinkFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<InsightIqAccountLinkWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<InsightIqAccountLinkOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<InsightIqAccountLinkUnique>,
    /// Relations to load.
    pub include: InsightIqAccountLinkInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: InsightIqAccountLinkFindMany,
) -> Result<Vec<InsightIqAccountLink>> {
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
        runtime::render_cursor(&mut q, "\"InsightIQAccountLink\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = InsightIqAccountLink::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<InsightIqAccountLinkWhere>,
) -> Result<Option<InsightIqAccountLink>> {
    let args = InsightIqAccountLinkFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<InsightIqAccountLinkWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"InsightIQAccountLink\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of InsightIqAccountLink: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum InsightIqAccountLinkUnique {
    /// By `id`.
    Id(String),
    /// By `insightiqAccountId`.
    InsightiqAccountId(String),
    /// By `userId, platform`.
    UserIdPlatform {
        /// `userId`.
        user_id: String,
        /// `platform`.
        platform: crate::enums::Platform,
    },
}

impl InsightIqAccountLinkUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            InsightIqAccountLinkUnique::Id(_) => &[0],
            InsightIqAccountLinkUnique::InsightiqAccountId(_) => &[3],
            InsightIqAccountLinkUnique::UserIdPlatform { .. } => &[1, 6],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            InsightIqAccountLinkUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
            InsightIqAccountLinkUnique::InsightiqAccountId(v) => q.compare(COLUMNS[3], " = ", v),
            InsightIqAccountLinkUnique::UserIdPlatform { user_id, platform } => {
                q.compare(COLUMNS[1], " = ", user_id);
                q.push(" AND ");
                q.compare(COLUMNS[6], " = ", platform);
            }
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            InsightIqAccountLinkUnique::Id(_) => "(\"id\")",
            InsightIqAccountLinkUnique::InsightiqAccountId(_) => "(\"insightiqAccountId\")",
            InsightIqAccountLinkUnique::UserIdPlatform { .. } => "(\"userId\", \"platform\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: InsightIqAccountLinkUnique,
) -> Result<Option<InsightIqAccountLink>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| InsightIqAccountLink::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: InsightIqAccountLinkUnique,
) -> Result<InsightIqAccountLink> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new InsightIqAccountLink row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct InsightIqAccountLinkCreate {
    /// `id` (cuid() when `None`).
    pub id: Option<String>,
    /// `userId`.
    pub user_id: String,
    /// `influencerId`.
    pub influencer_id: Option<String>,
    /// `insightiqAccountId`.
    pub insightiq_account_id: String,
    /// `insightiqUserId`.
    pub insightiq_user_id: String,
    /// `workPlatformId`.
    pub work_platform_id: uuid::Uuid,
    /// `platform`.
    pub platform: crate::enums::Platform,
    /// `status` (the database default when `None`).
    pub status: Option<String>,
    /// `connectedAt` (now() when `None`).
    pub connected_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `lastSyncedAt`.
    pub last_synced_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Connects `user` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `user_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_user: Option<crate::user::UserUnique>,
    /// Connects `influencer` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `influencer_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_influencer: Option<crate::marketplace_influencer::MarketplaceInfluencerUnique>,
}

impl InsightIqAccountLinkCreate {
    /// The required values; everything else `None`.
    pub fn new(
        user_id: String,
        insightiq_account_id: String,
        insightiq_user_id: String,
        work_platform_id: uuid::Uuid,
        platform: crate::enums::Platform,
    ) -> Self {
        Self {
            id: None,
            user_id,
            influencer_id: None,
            insightiq_account_id,
            insightiq_user_id,
            work_platform_id,
            platform,
            status: None,
            connected_at: None,
            last_synced_at: None,
            connect_user: None,
            connect_influencer: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<10> {
        let mut cells: runtime::Cells<10> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.id.unwrap_or_else(|| runtime::cuid())));
        cells[1] = Some(Box::new(self.user_id));
        if let Some(v) = self.influencer_id {
            cells[2] = Some(Box::new(v));
        }
        cells[3] = Some(Box::new(self.insightiq_account_id));
        cells[4] = Some(Box::new(self.insightiq_user_id));
        cells[5] = Some(Box::new(self.work_platform_id));
        cells[6] = Some(Box::new(self.platform));
        if let Some(v) = self.status {
            cells[7] = Some(Box::new(v));
        }
        cells[8] = Some(Box::new(
            self.connected_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        if let Some(v) = self.last_synced_at {
            cells[9] = Some(Box::new(v));
        }
        cells
    }
}

/// Changes to a InsightIqAccountLink row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InsightIqAccountLinkUpdate {
    /// `id`.
    pub id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `influencerId`.
    pub influencer_id: Option<Option<String>>,
    /// `insightiqAccountId`.
    pub insightiq_account_id: Option<String>,
    /// `insightiqUserId`.
    pub insightiq_user_id: Option<String>,
    /// `workPlatformId`.
    pub work_platform_id: Option<uuid::Uuid>,
    /// `platform`.
    pub platform: Option<crate::enums::Platform>,
    /// `status`.
    pub status: Option<String>,
    /// `connectedAt`.
    pub connected_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `lastSyncedAt`.
    pub last_synced_at: Option<Option<chrono::DateTime<chrono::Utc>>>,
}

impl InsightIqAccountLinkUpdate {
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
        if let Some(v) = self.influencer_id {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.insightiq_account_id {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.insightiq_user_id {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.work_platform_id {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        if let Some(v) = self.platform {
            let p = q.placeholder(COLUMNS[6], v);
            sets.push(format!("{} = {p}", COLUMNS[6].name));
        }
        if let Some(v) = self.status {
            let p = q.placeholder(COLUMNS[7], v);
            sets.push(format!("{} = {p}", COLUMNS[7].name));
        }
        if let Some(v) = self.connected_at {
            let p = q.placeholder(COLUMNS[8], v);
            sets.push(format!("{} = {p}", COLUMNS[8].name));
        }
        if let Some(v) = self.last_synced_at {
            let p = q.placeholder(COLUMNS[9], v);
            sets.push(format!("{} = {p}", COLUMNS[9].name));
        }
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: InsightIqAccountLinkCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    if let Some(key) = data.connect_user.take() {
        let source = runtime::connect_source(q, "\"users\"", "\"id\"", |q| key.render(q));
        connects.push(runtime::Connect { column: 1, source });
    }
    if let Some(key) = data.connect_influencer.take() {
        let source = runtime::connect_source(q, "\"marketplace_influencers\"", "\"id\"", |q| {
            key.render(q)
        });
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
) -> Result<InsightIqAccountLink> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"userId\", t.\"influencerId\", t.\"insightiqAccountId\", t.\"insightiqUserId\", t.\"workPlatformId\", t.\"platform\", t.\"status\", (t.\"connectedAt\" AT TIME ZONE 'UTC') AS \"connectedAt\", (t.\"lastSyncedAt\" AT TIME ZONE 'UTC') AS \"lastSyncedAt\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"userId\", t.\"influencerId\", t.\"insightiqAccountId\", t.\"insightiqUserId\", t.\"workPlatformId\", t.\"platform\", t.\"status\", (t.\"connectedAt\" AT TIME ZONE 'UTC') AS \"connectedAt\", (t.\"lastSyncedAt\" AT TIME ZONE 'UTC') AS \"lastSyncedAt\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    InsightIqAccountLink::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: InsightIqAccountLinkCreate,
) -> Result<InsightIqAccountLink> {
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
    data: Vec<InsightIqAccountLinkCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data
        .into_iter()
        .map(InsightIqAccountLinkCreate::cells)
        .collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<InsightIqAccountLinkWhere>,
    patch: InsightIqAccountLinkUpdate,
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
    filter: Option<InsightIqAccountLinkWhere>,
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
    key: InsightIqAccountLinkUnique,
    patch: InsightIqAccountLinkUpdate,
) -> Result<InsightIqAccountLink> {
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
    q.push(" RETURNING t.\"id\", t.\"userId\", t.\"influencerId\", t.\"insightiqAccountId\", t.\"insightiqUserId\", t.\"workPlatformId\", t.\"platform\", t.\"status\", (t.\"connectedAt\" AT TIME ZONE 'UTC') AS \"connectedAt\", (t.\"lastSyncedAt\" AT TIME ZONE 'UTC') AS \"lastSyncedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    InsightIqAccountLink::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(
    client: &C,
    key: InsightIqAccountLinkUnique,
) -> Result<InsightIqAccountLink> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"userId\", t.\"influencerId\", t.\"insightiqAccountId\", t.\"insightiqUserId\", t.\"workPlatformId\", t.\"platform\", t.\"status\", (t.\"connectedAt\" AT TIME ZONE 'UTC') AS \"connectedAt\", (t.\"lastSyncedAt\" AT TIME ZONE 'UTC') AS \"lastSyncedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    InsightIqAccountLink::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: InsightIqAccountLinkUnique,
    create: InsightIqAccountLinkCreate,
    patch: InsightIqAccountLinkUpdate,
) -> Result<InsightIqAccountLink> {
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
