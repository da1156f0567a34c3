//! The CampaignStats view (table `campaign_stats`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"campaignId\", t.\"totalResponses\", t.\"controlCount\", t.\"exposedCount\", t.\"averageLift\", (t.\"lastResponseAt\" AT TIME ZONE 'UTC') AS \"lastResponseAt\" FROM \"campaign_stats\" AS t";

const COLUMNS: [Column; 6] = [
    Column {
        name: "\"campaignId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"totalResponses\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"controlCount\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"exposedCount\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"averageLift\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"lastResponseAt\"",
        open: "(",
        close: "::timestamptz AT TIME ZONE 'UTC')",
        copy: runtime::CopyAs::Timestamptz,
    },
];

/// Aggregated brand-lift numbers per campaign (database view).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CampaignStats {
    #[serde(rename = "campaignId")]
    pub campaign_id: uuid::Uuid,
    #[serde(rename = "totalResponses")]
    pub total_responses: i32,
    #[serde(rename = "controlCount")]
    pub control_count: i32,
    #[serde(rename = "exposedCount")]
    pub exposed_count: i32,
    #[serde(rename = "averageLift")]
    pub average_lift: Option<rust_decimal::Decimal>,
    #[serde(rename = "lastResponseAt")]
    pub last_response_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl CampaignStats {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            campaign_id: row.try_get(0)?,
            total_responses: row.try_get(1)?,
            control_count: row.try_get(2)?,
            exposed_count: row.try_get(3)?,
            average_lift: row.try_get(4)?,
            last_response_at: row.try_get(5)?,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for CampaignStats {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            campaign_id: row.try_get("campaignId")?,
            total_responses: row.try_get("totalResponses")?,
            control_count: row.try_get("controlCount")?,
            exposed_count: row.try_get("exposedCount")?,
            average_lift: row.try_get("averageLift")?,
            last_response_at: row.try_get("lastResponseAt")?,
        })
    }
}

/// A filter of CampaignStats rows.
#[derive(Debug, Clone, PartialEq)]
pub enum CampaignStatsWhere {
    /// Filters `campaignId`.
    CampaignId(runtime::EqFilter<uuid::Uuid>),
    /// Filters `totalResponses`.
    TotalResponses(runtime::ScalarFilter<i32>),
    /// Filters `controlCount`.
    ControlCount(runtime::ScalarFilter<i32>),
    /// Filters `exposedCount`.
    ExposedCount(runtime::ScalarFilter<i32>),
    /// Filters `averageLift`.
    AverageLift(runtime::Nullable<runtime::ScalarFilter<rust_decimal::Decimal>>),
    /// Filters `lastResponseAt`.
    LastResponseAt(runtime::Nullable<runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>>),
    /// Every filter matches (true when empty).
    And(Vec<CampaignStatsWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<CampaignStatsWhere>),
    /// The filter does not match.
    Not(Box<CampaignStatsWhere>),
}

impl CampaignStatsWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            CampaignStatsWhere::CampaignId(f) => f.render(COLUMNS[0], q),
            CampaignStatsWhere::TotalResponses(f) => f.render(COLUMNS[1], q),
            CampaignStatsWhere::ControlCount(f) => f.render(COLUMNS[2], q),
            CampaignStatsWhere::ExposedCount(f) => f.render(COLUMNS[3], q),
            CampaignStatsWhere::AverageLift(f) => f.render(COLUMNS[4], q),
            CampaignStatsWhere::LastResponseAt(f) => f.render(COLUMNS[5], q),
            CampaignStatsWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            CampaignStatsWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            CampaignStatsWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of CampaignStats rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CampaignStatsOrderBy {
    /// By `campaignId`.
    CampaignId(runtime::SortOrder),
    /// By `totalResponses`.
    TotalResponses(runtime::SortOrder),
    /// By `controlCount`.
    ControlCount(runtime::SortOrder),
    /// By `exposedCount`.
    ExposedCount(runtime::SortOrder),
    /// By `averageLift`.
    AverageLift(runtime::SortOrder),
    /// By `lastResponseAt`.
    LastResponseAt(runtime::SortOrder),
}

impl CampaignStatsOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            CampaignStatsOrderBy::CampaignId(o) => (COLUMNS[0], o),
            CampaignStatsOrderBy::TotalResponses(o) => (COLUMNS[1], o),
            CampaignStatsOrderBy::ControlCount(o) => (COLUMNS[2], o),
            CampaignStatsOrderBy::ExposedCount(o) => (COLUMNS[3], o),
            CampaignStatsOrderBy::AverageLift(o) => (COLUMNS[4], o),
            CampaignStatsOrderBy::LastResponseAt(o) => (COLUMNS[5], o),
        }
    }
}

/// Relations of CampaignStats to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CampaignStatsInclude {}

impl CampaignStatsInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [CampaignStats],
    ) -> runtime::BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            let _ = (client, rows);
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CampaignStatsFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<CampaignStatsWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<CampaignStatsOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<CampaignStatsUnique>,
    /// Relations to load.
    pub include: CampaignStatsInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: CampaignStatsFindMany,
) -> Result<Vec<CampaignStats>> {
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
        runtime::render_cursor(&mut q, "\"campaign_stats\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = CampaignStats::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<CampaignStatsWhere>,
) -> Result<Option<CampaignStats>> {
    let args = CampaignStatsFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<CampaignStatsWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"campaign_stats\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of CampaignStats: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum CampaignStatsUnique {
    /// By `campaignId`.
    CampaignId(uuid::Uuid),
}

impl CampaignStatsUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            CampaignStatsUnique::CampaignId(_) => &[0],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            CampaignStatsUnique::CampaignId(v) => q.compare(COLUMNS[0], " = ", v),
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: CampaignStatsUnique,
) -> Result<Option<CampaignStats>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| CampaignStats::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: CampaignStatsUnique,
) -> Result<CampaignStats> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}
