//! The MarketplaceInfluencer model (table `marketplace_influencers`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"marketplace_influencers\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"handle\", t.\"platform\", t.\"displayName\", t.\"avatarUrl\", t.\"bio\", t.\"followerCount\", t.\"averageViews\", t.\"engagementRate\", t.\"justifyScore\", t.\"isVerified\", t.\"contentFlags\"::text AS \"contentFlags\", t.\"insightiqProfileId\", (t.\"lastSyncedAt\" AT TIME ZONE 'UTC') AS \"lastSyncedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"marketplace_influencers\" AS t";

const COLUMNS: [Column; 16] = [
    Column {
        name: "\"id\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"handle\"",
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
        name: "\"displayName\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"avatarUrl\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"bio\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"followerCount\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"averageViews\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"engagementRate\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"justifyScore\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"isVerified\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"contentFlags\"",
        open: "",
        close: "::text::varbit",
        copy: runtime::CopyAs::Unsupported,
    },
    Column {
        name: "\"insightiqProfileId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"lastSyncedAt\"",
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

/// Persistent influencer profile, partly sourced from InsightIQ.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MarketplaceInfluencer {
    pub id: String,
    pub handle: String,
    pub platform: crate::enums::Platform,
    #[serde(rename = "displayName")]
    pub display_name: Option<String>,
    #[serde(rename = "avatarUrl")]
    pub avatar_url: Option<String>,
    pub bio: Option<String>,
    #[serde(rename = "followerCount")]
    pub follower_count: i32,
    #[serde(rename = "averageViews")]
    pub average_views: i64,
    #[serde(rename = "engagementRate")]
    pub engagement_rate: Option<f64>,
    #[serde(rename = "justifyScore")]
    pub justify_score: Option<rust_decimal::Decimal>,
    #[serde(rename = "isVerified")]
    pub is_verified: bool,
    /// Content-safety flags, one bit each.
    #[serde(rename = "contentFlags")]
    pub content_flags: Option<String>,
    #[serde(rename = "insightiqProfileId")]
    pub insightiq_profile_id: Option<String>,
    #[serde(rename = "lastSyncedAt")]
    pub last_synced_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// The `campaigns` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaigns: Option<Vec<crate::campaign_wizard::CampaignWizard>>,
    /// The `accountLinks` relation, when loaded with `include`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        rename = "accountLinks"
    )]
    pub account_links: Option<Vec<crate::insight_iq_account_link::InsightIqAccountLink>>,
    /// The `snapshots` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshots: Option<Vec<crate::influencer_metric_snapshot::InfluencerMetricSnapshot>>,
}

impl MarketplaceInfluencer {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            handle: row.try_get(1)?,
            platform: row.try_get(2)?,
            display_name: row.try_get(3)?,
            avatar_url: row.try_get(4)?,
            bio: row.try_get(5)?,
            follower_count: row.try_get(6)?,
            average_views: row.try_get(7)?,
            engagement_rate: row.try_get(8)?,
            justify_score: row.try_get(9)?,
            is_verified: row.try_get(10)?,
            content_flags: row.try_get(11)?,
            insightiq_profile_id: row.try_get(12)?,
            last_synced_at: row.try_get(13)?,
            created_at: row.try_get(14)?,
            updated_at: row.try_get(15)?,
            campaigns: None,
            account_links: None,
            snapshots: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for MarketplaceInfluencer {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            handle: row.try_get("handle")?,
            platform: row.try_get("platform")?,
            display_name: row.try_get("displayName")?,
            avatar_url: row.try_get("avatarUrl")?,
            bio: row.try_get("bio")?,
            follower_count: row.try_get("followerCount")?,
            average_views: row.try_get("averageViews")?,
            engagement_rate: row.try_get("engagementRate")?,
            justify_score: row.try_get("justifyScore")?,
            is_verified: row.try_get("isVerified")?,
            content_flags: row.try_get("contentFlags")?,
            insightiq_profile_id: row.try_get("insightiqProfileId")?,
            last_synced_at: row.try_get("lastSyncedAt")?,
            created_at: row.try_get("createdAt")?,
            updated_at: row.try_get("updatedAt")?,
            campaigns: None,
            account_links: None,
            snapshots: None,
        })
    }
}

/// A filter of MarketplaceInfluencer rows.
#[derive(Debug, Clone, PartialEq)]
pub enum MarketplaceInfluencerWhere {
    /// Filters `id`.
    Id(runtime::StringFilter),
    /// Filters `handle`.
    Handle(runtime::StringFilter),
    /// Filters `platform`.
    Platform(runtime::EqFilter<crate::enums::Platform>),
    /// Filters `displayName`.
    DisplayName(runtime::Nullable<runtime::StringFilter>),
    /// Filters `avatarUrl`.
    AvatarUrl(runtime::Nullable<runtime::StringFilter>),
    /// Filters `bio`.
    Bio(runtime::Nullable<runtime::StringFilter>),
    /// Filters `followerCount`.
    FollowerCount(runtime::ScalarFilter<i32>),
    /// Filters `averageViews`.
    AverageViews(runtime::ScalarFilter<i64>),
    /// Filters `engagementRate`.
    EngagementRate(runtime::Nullable<runtime::ScalarFilter<f64>>),
    /// Filters `justifyScore`.
    JustifyScore(runtime::Nullable<runtime::ScalarFilter<rust_decimal::Decimal>>),
    /// Filters `isVerified`.
    IsVerified(runtime::EqFilter<bool>),
    /// Filters `contentFlags`.
    ContentFlags(runtime::Nullable<runtime::EqFilter<String>>),
    /// Filters `insightiqProfileId`.
    InsightiqProfileId(runtime::Nullable<runtime::StringFilter>),
    /// Filters `lastSyncedAt`.
    LastSyncedAt(runtime::Nullable<runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>>),
    /// Filters `createdAt`.
    CreatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// Filters `updatedAt`.
    UpdatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// Some `accountLinks` row matches.
    AccountLinksSome(Box<crate::insight_iq_account_link::InsightIqAccountLinkWhere>),
    /// Every `accountLinks` row matches (true when there are none).
    AccountLinksEvery(Box<crate::insight_iq_account_link::InsightIqAccountLinkWhere>),
    /// No `accountLinks` row matches.
    AccountLinksNone(Box<crate::insight_iq_account_link::InsightIqAccountLinkWhere>),
    /// Some `snapshots` row matches.
    SnapshotsSome(Box<crate::influencer_metric_snapshot::InfluencerMetricSnapshotWhere>),
    /// Every `snapshots` row matches (true when there are none).
    SnapshotsEvery(Box<crate::influencer_metric_snapshot::InfluencerMetricSnapshotWhere>),
    /// No `snapshots` row matches.
    SnapshotsNone(Box<crate::influencer_metric_snapshot::InfluencerMetricSnapshotWhere>),
    /// Every filter matches (true when empty).
    And(Vec<MarketplaceInfluencerWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<MarketplaceInfluencerWhere>),
    /// The filter does not match.
    Not(Box<MarketplaceInfluencerWhere>),
}

impl MarketplaceInfluencerWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            MarketplaceInfluencerWhere::Id(f) => f.render(COLUMNS[0], q),
            MarketplaceInfluencerWhere::Handle(f) => f.render(COLUMNS[1], q),
            MarketplaceInfluencerWhere::Platform(f) => f.render(COLUMNS[2], q),
            MarketplaceInfluencerWhere::DisplayName(f) => f.render(COLUMNS[3], q),
            MarketplaceInfluencerWhere::AvatarUrl(f) => f.render(COLUMNS[4], q),
            MarketplaceInfluencerWhere::Bio(f) => f.render(COLUMNS[5], q),
            MarketplaceInfluencerWhere::FollowerCount(f) => f.render(COLUMNS[6], q),
            MarketplaceInfluencerWhere::AverageViews(f) => f.render(COLUMNS[7], q),
            MarketplaceInfluencerWhere::EngagementRate(f) => f.render(COLUMNS[8], q),
            MarketplaceInfluencerWhere::JustifyScore(f) => f.render(COLUMNS[9], q),
            MarketplaceInfluencerWhere::IsVerified(f) => f.render(COLUMNS[10], q),
            MarketplaceInfluencerWhere::ContentFlags(f) => f.render(COLUMNS[11], q),
            MarketplaceInfluencerWhere::InsightiqProfileId(f) => f.render(COLUMNS[12], q),
            MarketplaceInfluencerWhere::LastSyncedAt(f) => f.render(COLUMNS[13], q),
            MarketplaceInfluencerWhere::CreatedAt(f) => f.render(COLUMNS[14], q),
            MarketplaceInfluencerWhere::UpdatedAt(f) => f.render(COLUMNS[15], q),
            MarketplaceInfluencerWhere::AccountLinksSome(f) => runtime::render_exists(
                q,
                false,
                "\"InsightIQAccountLink\"",
                "\"influencerId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            MarketplaceInfluencerWhere::AccountLinksEvery(f) => runtime::render_exists(
                q,
                true,
                "\"InsightIQAccountLink\"",
                "\"influencerId\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            MarketplaceInfluencerWhere::AccountLinksNone(f) => runtime::render_exists(
                q,
                true,
                "\"InsightIQAccountLink\"",
                "\"influencerId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            MarketplaceInfluencerWhere::SnapshotsSome(f) => runtime::render_exists(
                q,
                false,
                "\"influencer_metric_snapshots\"",
                "\"influencerId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            MarketplaceInfluencerWhere::SnapshotsEvery(f) => runtime::render_exists(
                q,
                true,
                "\"influencer_metric_snapshots\"",
                "\"influencerId\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            MarketplaceInfluencerWhere::SnapshotsNone(f) => runtime::render_exists(
                q,
                true,
                "\"influencer_metric_snapshots\"",
                "\"influencerId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            MarketplaceInfluencerWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            MarketplaceInfluencerWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            MarketplaceInfluencerWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of MarketplaceInfluencer rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarketplaceInfluencerOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `handle`.
    Handle(runtime::SortOrder),
    /// By `platform`.
    Platform(runtime::SortOrder),
    /// By `displayName`.
    DisplayName(runtime::SortOrder),
    /// By `avatarUrl`.
    AvatarUrl(runtime::SortOrder),
    /// By `bio`.
    Bio(runtime::SortOrder),
    /// By `followerCount`.
    FollowerCount(runtime::SortOrder),
    /// By `averageViews`.
    AverageViews(runtime::SortOrder),
    /// By `engagementRate`.
    EngagementRate(runtime::SortOrder),
    /// By `justifyScore`.
    JustifyScore(runtime::SortOrder),
    /// By `isVerified`.
    IsVerified(runtime::SortOrder),
    /// By `contentFlags`.
    ContentFlags(runtime::SortOrder),
    /// By `insightiqProfileId`.
    InsightiqProfileId(runtime::SortOrder),
    /// By `lastSyncedAt`.
    LastSyncedAt(runtime::SortOrder),
    /// By `createdAt`.
    CreatedAt(runtime::SortOrder),
    /// By `updatedAt`.
    UpdatedAt(runtime::SortOrder),
}

impl MarketplaceInfluencerOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            MarketplaceInfluencerOrderBy::Id(o) => (COLUMNS[0], o),
            MarketplaceInfluencerOrderBy::Handle(o) => (COLUMNS[1], o),
            MarketplaceInfluencerOrderBy::Platform(o) => (COLUMNS[2], o),
            MarketplaceInfluencerOrderBy::DisplayName(o) => (COLUMNS[3], o),
            MarketplaceInfluencerOrderBy::AvatarUrl(o) => (COLUMNS[4], o),
            MarketplaceInfluencerOrderBy::Bio(o) => (COLUMNS[5], o),
            MarketplaceInfluencerOrderBy::FollowerCount(o) => (COLUMNS[6], o),
            MarketplaceInfluencerOrderBy::AverageViews(o) => (COLUMNS[7], o),
            MarketplaceInfluencerOrderBy::EngagementRate(o) => (COLUMNS[8], o),
            MarketplaceInfluencerOrderBy::JustifyScore(o) => (COLUMNS[9], o),
            MarketplaceInfluencerOrderBy::IsVerified(o) => (COLUMNS[10], o),
            MarketplaceInfluencerOrderBy::ContentFlags(o) => (COLUMNS[11], o),
            MarketplaceInfluencerOrderBy::InsightiqProfileId(o) => (COLUMNS[12], o),
            MarketplaceInfluencerOrderBy::LastSyncedAt(o) => (COLUMNS[13], o),
            MarketplaceInfluencerOrderBy::CreatedAt(o) => (COLUMNS[14], o),
            MarketplaceInfluencerOrderBy::UpdatedAt(o) => (COLUMNS[15], o),
        }
    }
}

/// Relations of MarketplaceInfluencer to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MarketplaceInfluencerInclude {
    /// Loads `campaigns` (and, inside, its own relations).
    pub campaigns: Option<Box<crate::campaign_wizard::CampaignWizardInclude>>,
    /// Loads `accountLinks` (and, inside, its own relations).
    pub account_links: Option<Box<crate::insight_iq_account_link::InsightIqAccountLinkInclude>>,
    /// Loads `snapshots` (and, inside, its own relations).
    pub snapshots: Option<Box<crate::influencer_metric_snapshot::InfluencerMetricSnapshotInclude>>,
}

impl MarketplaceInfluencerInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [MarketplaceInfluencer],
    ) -> runtime::BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            if let Some(nested) = &self.campaigns {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"name\", t.\"businessGoal\", t.\"startDate\", t.\"endDate\", t.\"timeZone\", t.\"currency\", t.\"budget\", t.\"primaryKPI\", COALESCE(t.\"secondaryKPIs\", '{}') AS \"secondaryKPIs\", COALESCE(t.\"platforms\", '{}') AS \"platforms\", t.\"status\", t.\"step\", t.\"isComplete\", t.\"messaging\", t.\"expectedOutcomes\", t.\"userId\", t.\"createdAt\", t.\"updatedAt\", j.\"B\" FROM \"_CampaignWizardToMarketplaceInfluencer\" AS j JOIN \"CampaignWizard\" AS t ON t.\"id\" = j.\"A\" WHERE j.\"B\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children = crate::campaign_wizard::CampaignWizard::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    String,
                    Vec<crate::campaign_wizard::CampaignWizard>,
                > = std::collections::HashMap::new();
                for (c, row) in children.into_iter().zip(fetched.iter()) {
                    let k: String = row.try_get(19)?;
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.campaigns = Some(found);
                }
            }
            if let Some(nested) = &self.account_links {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"userId\", t.\"influencerId\", t.\"insightiqAccountId\", t.\"insightiqUserId\", t.\"workPlatformId\", t.\"platform\", t.\"status\", (t.\"connectedAt\" AT TIME ZONE 'UTC') AS \"connectedAt\", (t.\"lastSyncedAt\" AT TIME ZONE 'UTC') AS \"lastSyncedAt\" FROM \"InsightIQAccountLink\" AS t WHERE t.\"influencerId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children =
                    crate::insight_iq_account_link::InsightIqAccountLink::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    String,
                    Vec<crate::insight_iq_account_link::InsightIqAccountLink>,
                > = std::collections::HashMap::new();
                for c in children {
                    let Some(k) = c.influencer_id.clone() else {
                        continue;
                    };
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.account_links = Some(found);
                }
            }
            if let Some(nested) = &self.snapshots {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"influencerId\", t.\"capturedOn\", t.\"followerCount\", t.\"engagementRate\", t.\"raw\" FROM \"influencer_metric_snapshots\" AS t WHERE t.\"influencerId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children =
                    crate::influencer_metric_snapshot::InfluencerMetricSnapshot::from_rows(
                        &fetched,
                    )?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    String,
                    Vec<crate::influencer_metric_snapshot::InfluencerMetricSnapshot>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.influencer_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.snapshots = Some(found);
                }
            }
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MarketplaceInfluencerFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<MarketplaceInfluencerWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<MarketplaceInfluencerOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<MarketplaceInfluencerUnique>,
    /// Relations to load.
    pub include: MarketplaceInfluencerInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: MarketplaceInfluencerFindMany,
) -> Result<Vec<MarketplaceInfluencer>> {
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
        runtime::render_cursor(&mut q, "\"marketplace_influencers\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = MarketplaceInfluencer::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<MarketplaceInfluencerWhere>,
) -> Result<Option<MarketplaceInfluencer>> {
    let args = MarketplaceInfluencerFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<MarketplaceInfluencerWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"marketplace_influencers\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of MarketplaceInfluencer: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum MarketplaceInfluencerUnique {
    /// By `id`.
    Id(String),
    /// By `insightiqProfileId`.
    InsightiqProfileId(String),
    /// By `platform, handle`.
    PlatformHandle {
        /// `platform`.
        platform: crate::enums::Platform,
        /// `handle`.
        handle: String,
    },
}

impl MarketplaceInfluencerUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            MarketplaceInfluencerUnique::Id(_) => &[0],
            MarketplaceInfluencerUnique::InsightiqProfileId(_) => &[12],
            MarketplaceInfluencerUnique::PlatformHandle { .. } => &[2, 1],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            MarketplaceInfluencerUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
            MarketplaceInfluencerUnique::InsightiqProfileId(v) => q.compare(COLUMNS[12], " = ", v),
            MarketplaceInfluencerUnique::PlatformHandle { platform, handle } => {
                q.compare(COLUMNS[2], " = ", platform);
                q.push(" AND ");
                q.compare(COLUMNS[1], " = ", handle);
            }
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            MarketplaceInfluencerUnique::Id(_) => "(\"id\")",
            MarketplaceInfluencerUnique::InsightiqProfileId(_) => "(\"insightiqProfileId\")",
            MarketplaceInfluencerUnique::PlatformHandle { .. } => "(\"platform\", \"handle\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: MarketplaceInfluencerUnique,
) -> Result<Option<MarketplaceInfluencer>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| MarketplaceInfluencer::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: MarketplaceInfluencerUnique,
) -> Result<MarketplaceInfluencer> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new MarketplaceInfluencer row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct MarketplaceInfluencerCreate {
    /// `id` (nanoid() when `None`).
    pub id: Option<String>,
    /// `handle`.
    pub handle: String,
    /// `platform`.
    pub platform: crate::enums::Platform,
    /// `displayName`.
    pub display_name: Option<String>,
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `bio`.
    pub bio: Option<String>,
    /// `followerCount` (the database default when `None`).
    pub follower_count: Option<i32>,
    /// `averageViews` (the database default when `None`).
    pub average_views: Option<i64>,
    /// `engagementRate`.
    pub engagement_rate: Option<f64>,
    /// `justifyScore`.
    pub justify_score: Option<rust_decimal::Decimal>,
    /// `isVerified` (the database default when `None`).
    pub is_verified: Option<bool>,
    /// `contentFlags`.
    pub content_flags: Option<String>,
    /// `insightiqProfileId`.
    pub insightiq_profile_id: Option<String>,
    /// `lastSyncedAt`.
    pub last_synced_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdAt` (now() when `None`).
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (@updatedAt: now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Connects `campaigns` to these existing rows (join rows inserted by the same
    /// statement; [`runtime::Error::NotFound`], and nothing created, when one does not exist).
    pub connect_campaigns: Vec<crate::campaign_wizard::CampaignWizardUnique>,
}

impl MarketplaceInfluencerCreate {
    /// The required values; everything else `None`.
    pub fn new(handle: String, platform: crate::enums::Platform) -> Self {
        Self {
            id: None,
            handle,
            platform,
            display_name: None,
            avatar_url: None,
            bio: None,
            follower_count: None,
            average_views: None,
            engagement_rate: None,
            justify_score: None,
            is_verified: None,
            content_flags: None,
            insightiq_profile_id: None,
            last_synced_at: None,
            created_at: None,
            updated_at: None,
            connect_campaigns: Vec::new(),
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<16> {
        let mut cells: runtime::Cells<16> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.id.unwrap_or_else(|| runtime::nanoid(21))));
        cells[1] = Some(Box::new(self.handle));
        cells[2] = Some(Box::new(self.platform));
        if let Some(v) = self.display_name {
            cells[3] = Some(Box::new(v));
        }
        if let Some(v) = self.avatar_url {
            cells[4] = Some(Box::new(v));
        }
        if let Some(v) = self.bio {
            cells[5] = Some(Box::new(v));
        }
        if let Some(v) = self.follower_count {
            cells[6] = Some(Box::new(v));
        }
        if let Some(v) = self.average_views {
            cells[7] = Some(Box::new(v));
        }
        if let Some(v) = self.engagement_rate {
            cells[8] = Some(Box::new(v));
        }
        if let Some(v) = self.justify_score {
            cells[9] = Some(Box::new(v));
        }
        if let Some(v) = self.is_verified {
            cells[10] = Some(Box::new(v));
        }
        if let Some(v) = self.content_flags {
            cells[11] = Some(Box::new(v));
        }
        if let Some(v) = self.insightiq_profile_id {
            cells[12] = Some(Box::new(v));
        }
        if let Some(v) = self.last_synced_at {
            cells[13] = Some(Box::new(v));
        }
        cells[14] = Some(Box::new(
            self.created_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells[15] = Some(Box::new(
            self.updated_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells
    }
}

/// Changes to a MarketplaceInfluencer row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MarketplaceInfluencerUpdate {
    /// `id`.
    pub id: Option<String>,
    /// `handle`.
    pub handle: Option<String>,
    /// `platform`.
    pub platform: Option<crate::enums::Platform>,
    /// `displayName`.
    pub display_name: Option<Option<String>>,
    /// `avatarUrl`.
    pub avatar_url: Option<Option<String>>,
    /// `bio`.
    pub bio: Option<Option<String>>,
    /// `followerCount`.
    pub follower_count: Option<i32>,
    /// `averageViews`.
    pub average_views: Option<i64>,
    /// `engagementRate`.
    pub engagement_rate: Option<Option<f64>>,
    /// `justifyScore`.
    pub justify_score: Option<Option<rust_decimal::Decimal>>,
    /// `isVerified`.
    pub is_verified: Option<bool>,
    /// `contentFlags`.
    pub content_flags: Option<Option<String>>,
    /// `insightiqProfileId`.
    pub insightiq_profile_id: Option<Option<String>>,
    /// `lastSyncedAt`.
    pub last_synced_at: Option<Option<chrono::DateTime<chrono::Utc>>>,
    /// `createdAt`.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (set to now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl MarketplaceInfluencerUpdate {
    fn assignments(self, q: &mut Query) -> Vec<String> {
        let mut sets = Vec::new();
        if let Some(v) = self.id {
            let p = q.placeholder(COLUMNS[0], v);
            sets.push(format!("{} = {p}", COLUMNS[0].name));
        }
        if let Some(v) = self.handle {
            let p = q.placeholder(COLUMNS[1], v);
            sets.push(format!("{} = {p}", COLUMNS[1].name));
        }
        if let Some(v) = self.platform {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.display_name {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.avatar_url {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.bio {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        if let Some(v) = self.follower_count {
            let p = q.placeholder(COLUMNS[6], v);
            sets.push(format!("{} = {p}", COLUMNS[6].name));
        }
        if let Some(v) = self.average_views {
            let p = q.placeholder(COLUMNS[7], v);
            sets.push(format!("{} = {p}", COLUMNS[7].name));
        }
        if let Some(v) = self.engagement_rate {
            let p = q.placeholder(COLUMNS[8], v);
            sets.push(format!("{} = {p}", COLUMNS[8].name));
        }
        if let Some(v) = self.justify_score {
            let p = q.placeholder(COLUMNS[9], v);
            sets.push(format!("{} = {p}", COLUMNS[9].name));
        }
        if let Some(v) = self.is_verified {
            let p = q.placeholder(COLUMNS[10], v);
            sets.push(format!("{} = {p}", COLUMNS[10].name));
        }
        if let Some(v) = self.content_flags {
            let p = q.placeholder(COLUMNS[11], v);
            sets.push(format!("{} = {p}", COLUMNS[11].name));
        }
        if let Some(v) = self.insightiq_profile_id {
            let p = q.placeholder(COLUMNS[12], v);
            sets.push(format!("{} = {p}", COLUMNS[12].name));
        }
        if let Some(v) = self.last_synced_at {
            let p = q.placeholder(COLUMNS[13], v);
            sets.push(format!("{} = {p}", COLUMNS[13].name));
        }
        if let Some(v) = self.created_at {
            let p = q.placeholder(COLUMNS[14], v);
            sets.push(format!("{} = {p}", COLUMNS[14].name));
        }
        let v = self.updated_at.unwrap_or_else(|| chrono::Utc::now());
        let p = q.placeholder(COLUMNS[15], v);
        sets.push(format!("{} = {p}", COLUMNS[15].name));
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: MarketplaceInfluencerCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    let keys = std::mem::take(&mut data.connect_campaigns);
    if !keys.is_empty() {
        let sources = keys
            .into_iter()
            .map(|key| {
                runtime::connect_source(q, "\"CampaignWizard\"", "\"id\"", |q| key.render(q))
            })
            .collect();
        links.push(runtime::Link {
            table: "\"_CampaignWizardToMarketplaceInfluencer\"",
            own: "\"B\"",
            other: "\"A\"",
            key: "\"id\"",
            sources,
        });
    }
    runtime::insert_one(q, TABLE, &COLUMNS, data.cells(), connects);
    links
}

/// Runs an `INSERT … RETURNING` (with the join rows of many-to-many connects) for one row.
async fn insert_returning<C: Executor + ?Sized>(
    client: &C,
    mut q: Query,
    links: Vec<runtime::Link>,
) -> Result<MarketplaceInfluencer> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"handle\", t.\"platform\", t.\"displayName\", t.\"avatarUrl\", t.\"bio\", t.\"followerCount\", t.\"averageViews\", t.\"engagementRate\", t.\"justifyScore\", t.\"isVerified\", t.\"contentFlags\"::text AS \"contentFlags\", t.\"insightiqProfileId\", (t.\"lastSyncedAt\" AT TIME ZONE 'UTC') AS \"lastSyncedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"handle\", t.\"platform\", t.\"displayName\", t.\"avatarUrl\", t.\"bio\", t.\"followerCount\", t.\"averageViews\", t.\"engagementRate\", t.\"justifyScore\", t.\"isVerified\", t.\"contentFlags\"::text AS \"contentFlags\", t.\"insightiqProfileId\", (t.\"lastSyncedAt\" AT TIME ZONE 'UTC') AS \"lastSyncedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    MarketplaceInfluencer::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: MarketplaceInfluencerCreate,
) -> Result<MarketplaceInfluencer> {
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
    data: Vec<MarketplaceInfluencerCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data
        .into_iter()
        .map(MarketplaceInfluencerCreate::cells)
        .collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<MarketplaceInfluencerWhere>,
    patch: MarketplaceInfluencerUpdate,
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
    filter: Option<MarketplaceInfluencerWhere>,
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
    key: MarketplaceInfluencerUnique,
    patch: MarketplaceInfluencerUpdate,
) -> Result<MarketplaceInfluencer> {
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
    q.push(" RETURNING t.\"id\", t.\"handle\", t.\"platform\", t.\"displayName\", t.\"avatarUrl\", t.\"bio\", t.\"followerCount\", t.\"averageViews\", t.\"engagementRate\", t.\"justifyScore\", t.\"isVerified\", t.\"contentFlags\"::text AS \"contentFlags\", t.\"insightiqProfileId\", (t.\"lastSyncedAt\" AT TIME ZONE 'UTC') AS \"lastSyncedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    MarketplaceInfluencer::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(
    client: &C,
    key: MarketplaceInfluencerUnique,
) -> Result<MarketplaceInfluencer> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"handle\", t.\"platform\", t.\"displayName\", t.\"avatarUrl\", t.\"bio\", t.\"followerCount\", t.\"averageViews\", t.\"engagementRate\", t.\"justifyScore\", t.\"isVerified\", t.\"contentFlags\"::text AS \"contentFlags\", t.\"insightiqProfileId\", (t.\"lastSyncedAt\" AT TIME ZONE 'UTC') AS \"lastSyncedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    MarketplaceInfluencer::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: MarketplaceInfluencerUnique,
    create: MarketplaceInfluencerCreate,
    patch: MarketplaceInfluencerUpdate,
) -> Result<MarketplaceInfluencer> {
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
