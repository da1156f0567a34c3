//! The CampaignWizardSubmission model (table `campaign_wizard_submissions`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"campaign_wizard_submissions\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"wizardId\", t.\"campaignName\", t.\"description\", t.\"contactEmail\", t.\"totalBudget\", t.\"socialMediaBudget\"::numeric AS \"socialMediaBudget\", t.\"currency\", t.\"submissionStatus\", t.\"submittedById\", t.\"submittedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\" FROM \"campaign_wizard_submissions\" AS t";

const COLUMNS: [Column; 12] = [
    Column {
        name: "\"id\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"wizardId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"campaignName\"",
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
        name: "\"contactEmail\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"totalBudget\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"socialMediaBudget\"",
        open: "",
        close: "::numeric::money",
        copy: runtime::CopyAs::Unsupported,
    },
    Column {
        name: "\"currency\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"submissionStatus\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"submittedById\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"submittedAt\"",
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
];

/// The final, submitted campaign.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CampaignWizardSubmission {
    pub id: i32,
    #[serde(rename = "wizardId")]
    pub wizard_id: uuid::Uuid,
    #[serde(rename = "campaignName")]
    pub campaign_name: String,
    pub description: String,
    #[serde(rename = "contactEmail")]
    pub contact_email: String,
    #[serde(rename = "totalBudget")]
    pub total_budget: rust_decimal::Decimal,
    #[serde(rename = "socialMediaBudget")]
    pub social_media_budget: Option<rust_decimal::Decimal>,
    pub currency: crate::enums::Currency,
    #[serde(rename = "submissionStatus")]
    pub submission_status: crate::enums::SubmissionStatus,
    #[serde(rename = "submittedById")]
    pub submitted_by_id: Option<String>,
    #[serde(rename = "submittedAt")]
    pub submitted_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// The `wizard` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wizard: Option<Box<crate::campaign_wizard::CampaignWizard>>,
    /// The `submittedBy` relation, when loaded with `include`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        rename = "submittedBy"
    )]
    pub submitted_by: Option<Option<Box<crate::user::User>>>,
}

impl CampaignWizardSubmission {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            wizard_id: row.try_get(1)?,
            campaign_name: row.try_get(2)?,
            description: row.try_get(3)?,
            contact_email: row.try_get(4)?,
            total_budget: row.try_get(5)?,
            social_media_budget: row.try_get(6)?,
            currency: row.try_get(7)?,
            submission_status: row.try_get(8)?,
            submitted_by_id: row.try_get(9)?,
            submitted_at: row.try_get(10)?,
            created_at: row.try_get(11)?,
            wizard: None,
            submitted_by: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for CampaignWizardSubmission {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            wizard_id: row.try_get("wizardId")?,
            campaign_name: row.try_get("campaignName")?,
            description: row.try_get("description")?,
            contact_email: row.try_get("contactEmail")?,
            total_budget: row.try_get("totalBudget")?,
            social_media_budget: row.try_get("socialMediaBudget")?,
            currency: row.try_get("currency")?,
            submission_status: row.try_get("submissionStatus")?,
            submitted_by_id: row.try_get("submittedById")?,
            submitted_at: row.try_get("submittedAt")?,
            created_at: row.try_get("createdAt")?,
            wizard: None,
            submitted_by: None,
        })
    }
}

/// A filter of CampaignWizardSubmission rows.
#[derive(Debug, Clone, PartialEq)]
pub enum CampaignWizardSubmissionWhere {
    /// Filters `id`.
    Id(runtime::ScalarFilter<i32>),
    /// Filters `wizardId`.
    WizardId(runtime::EqFilter<uuid::Uuid>),
    /// Filters `campaignName`.
    CampaignName(runtime::StringFilter),
    /// Filters `description`.
    Description(runtime::StringFilter),
    /// Filters `contactEmail`.
    ContactEmail(runtime::StringFilter),
    /// Filters `totalBudget`.
    TotalBudget(runtime::ScalarFilter<rust_decimal::Decimal>),
    /// Filters `socialMediaBudget`.
    SocialMediaBudget(runtime::Nullable<runtime::ScalarFilter<rust_decimal::Decimal>>),
    /// Filters `currency`.
    Currency(runtime::EqFilter<crate::enums::Currency>),
    /// Filters `submissionStatus`.
    SubmissionStatus(runtime::EqFilter<crate::enums::SubmissionStatus>),
    /// Filters `submittedById`.
    SubmittedById(runtime::Nullable<runtime::StringFilter>),
    /// Filters `submittedAt`.
    SubmittedAt(runtime::Nullable<runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>>),
    /// Filters `createdAt`.
    CreatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// The `wizard` row exists and matches.
    WizardIs(Box<crate::campaign_wizard::CampaignWizardWhere>),
    /// There is no `wizard` row, or it does not match.
    WizardIsNot(Box<crate::campaign_wizard::CampaignWizardWhere>),
    /// The `submittedBy` row exists and matches.
    SubmittedByIs(Box<crate::user::UserWhere>),
    /// There is no `submittedBy` row, or it does not match.
    SubmittedByIsNot(Box<crate::user::UserWhere>),
    /// Every filter matches (true when empty).
    And(Vec<CampaignWizardSubmissionWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<CampaignWizardSubmissionWhere>),
    /// The filter does not match.
    Not(Box<CampaignWizardSubmissionWhere>),
}

impl CampaignWizardSubmissionWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            CampaignWizardSubmissionWhere::Id(f) => f.render(COLUMNS[0], q),
            CampaignWizardSubmissionWhere::WizardId(f) => f.render(COLUMNS[1], q),
            CampaignWizardSubmissionWhere::CampaignName(f) => f.render(COLUMNS[2], q),
            CampaignWizardSubmissionWhere::Description(f) => f.render(COLUMNS[3], q),
            CampaignWizardSubmissionWhere::ContactEmail(f) => f.render(COLUMNS[4], q),
            CampaignWizardSubmissionWhere::TotalBudget(f) => f.render(COLUMNS[5], q),
            CampaignWizardSubmissionWhere::SocialMediaBudget(f) => f.render(COLUMNS[6], q),
            CampaignWizardSubmissionWhere::Currency(f) => f.render(COLUMNS[7], q),
            CampaignWizardSubmissionWhere::SubmissionStatus(f) => f.render(COLUMNS[8], q),
            CampaignWizardSubmissionWhere::SubmittedById(f) => f.render(COLUMNS[9], q),
            CampaignWizardSubmissionWhere::SubmittedAt(f) => f.render(COLUMNS[10], q),
            CampaignWizardSubmissionWhere::CreatedAt(f) => f.render(COLUMNS[11], q),
            CampaignWizardSubmissionWhere::WizardIs(f) => runtime::render_exists(
                q,
                false,
                "\"CampaignWizard\"",
                "\"id\"",
                "\"wizardId\"",
                false,
                |q| f.render(q),
            ),
            CampaignWizardSubmissionWhere::WizardIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"CampaignWizard\"",
                "\"id\"",
                "\"wizardId\"",
                false,
                |q| f.render(q),
            ),
            CampaignWizardSubmissionWhere::SubmittedByIs(f) => runtime::render_exists(
                q,
                false,
                "\"users\"",
                "\"id\"",
                "\"submittedById\"",
                false,
                |q| f.render(q),
            ),
            CampaignWizardSubmissionWhere::SubmittedByIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"users\"",
                "\"id\"",
                "\"submittedById\"",
                false,
                |q| f.render(q),
            ),
            CampaignWizardSubmissionWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            CampaignWizardSubmissionWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            CampaignWizardSubmissionWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of CampaignWizardSubmission rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CampaignWizardSubmissionOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `wizardId`.
    WizardId(runtime::SortOrder),
    /// By `campaignName`.
    CampaignName(runtime::SortOrder),
    /// By `description`.
    Description(runtime::SortOrder),
    /// By `contactEmail`.
    ContactEmail(runtime::SortOrder),
    /// By `totalBudget`.
    TotalBudget(runtime::SortOrder),
    /// By `socialMediaBudget`.
    SocialMediaBudget(runtime::SortOrder),
    /// By `currency`.
    Currency(runtime::SortOrder),
    /// By `submissionStatus`.
    SubmissionStatus(runtime::SortOrder),
    /// By `submittedById`.
    SubmittedById(runtime::SortOrder),
    /// By `submittedAt`.
    SubmittedAt(runtime::SortOrder),
    /// By `createdAt`.
    CreatedAt(runtime::SortOrder),
}

impl CampaignWizardSubmissionOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            CampaignWizardSubmissionOrderBy::Id(o) => (COLUMNS[0], o),
            CampaignWizardSubmissionOrderBy::WizardId(o) => (COLUMNS[1], o),
            CampaignWizardSubmissionOrderBy::CampaignName(o) => (COLUMNS[2], o),
            CampaignWizardSubmissionOrderBy::Description(o) => (COLUMNS[3], o),
            CampaignWizardSubmissionOrderBy::ContactEmail(o) => (COLUMNS[4], o),
            CampaignWizardSubmissionOrderBy::TotalBudget(o) => (COLUMNS[5], o),
            CampaignWizardSubmissionOrderBy::SocialMediaBudget(o) => (COLUMNS[6], o),
            CampaignWizardSubmissionOrderBy::Currency(o) => (COLUMNS[7], o),
            CampaignWizardSubmissionOrderBy::SubmissionStatus(o) => (COLUMNS[8], o),
            CampaignWizardSubmissionOrderBy::SubmittedById(o) => (COLUMNS[9], o),
            CampaignWizardSubmissionOrderBy::SubmittedAt(o) => (COLUMNS[10], o),
            CampaignWizardSubmissionOrderBy::CreatedAt(o) => (COLUMNS[11], o),
        }
    }
}

/// Relations of CampaignWizardSubmission to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CampaignWizardSubmissionInclude {
    /// Loads `wizard` (and, inside, its own relations).
    pub wizard: Option<Box<crate::campaign_wizard::CampaignWizardInclude>>,
    /// Loads `submittedBy` (and, inside, its own relations).
    pub submitted_by: Option<Box<crate::user::UserInclude>>,
}

impl CampaignWizardSubmissionInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [CampaignWizardSubmission],
    ) -> runtime::BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            if let Some(nested) = &self.wizard {
                let keys: Vec<uuid::Uuid> = rows.iter().map(|r| r.wizard_id.clone()).collect();
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
                    row.wizard = by_key.get(&row.wizard_id).cloned().map(Box::new);
                }
            }
            if let Some(nested) = &self.submitted_by {
                let keys: Vec<String> = rows
                    .iter()
                    .filter_map(|r| r.submitted_by_id.clone())
                    .collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"clerkId\", t.\"email\", t.\"name\", t.\"image\", t.\"role\", t.\"stripeCustomerId\", t.\"stripeSubscriptionId\", t.\"stripePriceId\", t.\"stripeCurrentPeriodEnd\", t.\"notification_prefs\", t.\"digestTime\", t.\"onboardingComplete\", t.\"referredById\", t.\"createdAt\", t.\"updatedAt\" FROM \"users\" AS t WHERE t.\"id\" = ANY($1)");
                q.param(keys);
                let mut children = crate::user::User::from_rows(&q.fetch(client).await?)?;
                nested.load(client, &mut children).await?;
                let by_key: std::collections::HashMap<String, crate::user::User> =
                    children.into_iter().map(|c| (c.id.clone(), c)).collect();
                for row in rows.iter_mut() {
                    row.submitted_by = Some(
                        row.submitted_by_id
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
pub struct CampaignWizardSubmissionFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<CampaignWizardSubmissionWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<CampaignWizardSubmissionOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<CampaignWizardSubmissionUnique>,
    /// Relations to load.
    pub include: CampaignWizardSubmissionInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: CampaignWizardSubmissionFindMany,
) -> Result<Vec<CampaignWizardSubmission>> {
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
        runtime::render_cursor(&mut q, "\"campaign_wizard_submissions\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = CampaignWizardSubmission::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<CampaignWizardSubmissionWhere>,
) -> Result<Option<CampaignWizardSubmission>> {
    let args = CampaignWizardSubmissionFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<CampaignWizardSubmissionWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"campaign_wizard_submissions\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of CampaignWizardSubmission: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum CampaignWizardSubmissionUnique {
    /// By `id`.
    Id(i32),
    /// By `wizardId`.
    WizardId(uuid::Uuid),
}

impl CampaignWizardSubmissionUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            CampaignWizardSubmissionUnique::Id(_) => &[0],
            CampaignWizardSubmissionUnique::WizardId(_) => &[1],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            CampaignWizardSubmissionUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
            CampaignWizardSubmissionUnique::WizardId(v) => q.compare(COLUMNS[1], " = ", v),
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            CampaignWizardSubmissionUnique::Id(_) => "(\"id\")",
            CampaignWizardSubmissionUnique::WizardId(_) => "(\"wizardId\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: CampaignWizardSubmissionUnique,
) -> Result<Option<CampaignWizardSubmission>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| CampaignWizardSubmission::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: CampaignWizardSubmissionUnique,
) -> Result<CampaignWizardSubmission> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new CampaignWizardSubmission row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignWizardSubmissionCreate {
    /// `id` (the database default when `None`).
    pub id: Option<i32>,
    /// `wizardId`.
    pub wizard_id: uuid::Uuid,
    /// `campaignName`.
    pub campaign_name: String,
    /// `description`.
    pub description: String,
    /// `contactEmail`.
    pub contact_email: String,
    /// `totalBudget`.
    pub total_budget: rust_decimal::Decimal,
    /// `socialMediaBudget`.
    pub social_media_budget: Option<rust_decimal::Decimal>,
    /// `currency` (the database default when `None`).
    pub currency: Option<crate::enums::Currency>,
    /// `submissionStatus` (the database default when `None`).
    pub submission_status: Option<crate::enums::SubmissionStatus>,
    /// `submittedById`.
    pub submitted_by_id: Option<String>,
    /// `submittedAt`.
    pub submitted_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdAt` (now() when `None`).
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Connects `wizard` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `wizard_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_wizard: Option<crate::campaign_wizard::CampaignWizardUnique>,
    /// Connects `submittedBy` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `submitted_by_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_submitted_by: Option<crate::user::UserUnique>,
}

impl CampaignWizardSubmissionCreate {
    /// The required values; everything else `None`.
    pub fn new(
        wizard_id: uuid::Uuid,
        campaign_name: String,
        description: String,
        contact_email: String,
        total_budget: rust_decimal::Decimal,
    ) -> Self {
        Self {
            id: None,
            wizard_id,
            campaign_name,
            description,
            contact_email,
            total_budget,
            social_media_budget: None,
            currency: None,
            submission_status: None,
            submitted_by_id: None,
            submitted_at: None,
            created_at: None,
            connect_wizard: None,
            connect_submitted_by: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<12> {
        let mut cells: runtime::Cells<12> = std::array::from_fn(|_| None);
        if let Some(v) = self.id {
            cells[0] = Some(Box::new(v));
        }
        cells[1] = Some(Box::new(self.wizard_id));
        cells[2] = Some(Box::new(self.campaign_name));
        cells[3] = Some(Box::new(self.description));
        cells[4] = Some(Box::new(self.contact_email));
        cells[5] = Some(Box::new(self.total_budget));
        if let Some(v) = self.social_media_budget {
            cells[6] = Some(Box::new(v));
        }
        if let Some(v) = self.currency {
            cells[7] = Some(Box::new(v));
        }
        if let Some(v) = self.submission_status {
            cells[8] = Some(Box::new(v));
        }
        if let Some(v) = self.submitted_by_id {
            cells[9] = Some(Box::new(v));
        }
        if let Some(v) = self.submitted_at {
            cells[10] = Some(Box::new(v));
        }
        cells[11] = Some(Box::new(
            self.created_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells
    }
}

/// Changes to a CampaignWizardSubmission row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CampaignWizardSubmissionUpdate {
    /// `id`.
    pub id: Option<i32>,
    /// `wizardId`.
    pub wizard_id: Option<uuid::Uuid>,
    /// `campaignName`.
    pub campaign_name: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `contactEmail`.
    pub contact_email: Option<String>,
    /// `totalBudget`.
    pub total_budget: Option<rust_decimal::Decimal>,
    /// `socialMediaBudget`.
    pub social_media_budget: Option<Option<rust_decimal::Decimal>>,
    /// `currency`.
    pub currency: Option<crate::enums::Currency>,
    /// `submissionStatus`.
    pub submission_status: Option<crate::enums::SubmissionStatus>,
    /// `submittedById`.
    pub submitted_by_id: Option<Option<String>>,
    /// `submittedAt`.
    pub submitted_at: Option<Option<chrono::DateTime<chrono::Utc>>>,
    /// `createdAt`.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl CampaignWizardSubmissionUpdate {
    fn assignments(self, q: &mut Query) -> Vec<String> {
        let mut sets = Vec::new();
        if let Some(v) = self.id {
            let p = q.placeholder(COLUMNS[0], v);
            sets.push(format!("{} = {p}", COLUMNS[0].name));
        }
        if let Some(v) = self.wizard_id {
            let p = q.placeholder(COLUMNS[1], v);
            sets.push(format!("{} = {p}", COLUMNS[1].name));
        }
        if let Some(v) = self.campaign_name {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.description {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.contact_email {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.total_budget {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        if let Some(v) = self.social_media_budget {
            let p = q.placeholder(COLUMNS[6], v);
            sets.push(format!("{} = {p}", COLUMNS[6].name));
        }
        if let Some(v) = self.currency {
            let p = q.placeholder(COLUMNS[7], v);
            sets.push(format!("{} = {p}", COLUMNS[7].name));
        }
        if let Some(v) = self.submission_status {
            let p = q.placeholder(COLUMNS[8], v);
            sets.push(format!("{} = {p}", COLUMNS[8].name));
        }
        if let Some(v) = self.submitted_by_id {
            let p = q.placeholder(COLUMNS[9], v);
            sets.push(format!("{} = {p}", COLUMNS[9].name));
        }
        if let Some(v) = self.submitted_at {
            let p = q.placeholder(COLUMNS[10], v);
            sets.push(format!("{} = {p}", COLUMNS[10].name));
        }
        if let Some(v) = self.created_at {
            let p = q.placeholder(COLUMNS[11], v);
            sets.push(format!("{} = {p}", COLUMNS[11].name));
        }
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: CampaignWizardSubmissionCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    if let Some(key) = data.connect_wizard.take() {
        let source = runtime::connect_source(q, "\"CampaignWizard\"", "\"id\"", |q| key.render(q));
        connects.push(runtime::Connect { column: 1, source });
    }
    if let Some(key) = data.connect_submitted_by.take() {
        let source = runtime::connect_source(q, "\"users\"", "\"id\"", |q| key.render(q));
        connects.push(runtime::Connect { column: 9, source });
    }
    runtime::insert_one(q, TABLE, &COLUMNS, data.cells(), connects);
    links
}

/// Runs an `INSERT … RETURNING` (with the join rows of many-to-many connects) for one row.
async fn insert_returning<C: Executor + ?Sized>(
    client: &C,
    mut q: Query,
    links: Vec<runtime::Link>,
) -> Result<CampaignWizardSubmission> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"wizardId\", t.\"campaignName\", t.\"description\", t.\"contactEmail\", t.\"totalBudget\", t.\"socialMediaBudget\"::numeric AS \"socialMediaBudget\", t.\"currency\", t.\"submissionStatus\", t.\"submittedById\", t.\"submittedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"wizardId\", t.\"campaignName\", t.\"description\", t.\"contactEmail\", t.\"totalBudget\", t.\"socialMediaBudget\"::numeric AS \"socialMediaBudget\", t.\"currency\", t.\"submissionStatus\", t.\"submittedById\", t.\"submittedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    CampaignWizardSubmission::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: CampaignWizardSubmissionCreate,
) -> Result<CampaignWizardSubmission> {
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
    data: Vec<CampaignWizardSubmissionCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data
        .into_iter()
        .map(CampaignWizardSubmissionCreate::cells)
        .collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<CampaignWizardSubmissionWhere>,
    patch: CampaignWizardSubmissionUpdate,
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
    filter: Option<CampaignWizardSubmissionWhere>,
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
    key: CampaignWizardSubmissionUnique,
    patch: CampaignWizardSubmissionUpdate,
) -> Result<CampaignWizardSubmission> {
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
    q.push(" RETURNING t.\"id\", t.\"wizardId\", t.\"campaignName\", t.\"description\", t.\"contactEmail\", t.\"totalBudget\", t.\"socialMediaBudget\"::numeric AS \"socialMediaBudget\", t.\"currency\", t.\"submissionStatus\", t.\"submittedById\", t.\"submittedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    CampaignWizardSubmission::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(
    client: &C,
    key: CampaignWizardSubmissionUnique,
) -> Result<CampaignWizardSubmission> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"wizardId\", t.\"campaignName\", t.\"description\", t.\"contactEmail\", t.\"totalBudget\", t.\"socialMediaBudget\"::numeric AS \"socialMediaBudget\", t.\"currency\", t.\"submissionStatus\", t.\"submittedById\", t.\"submittedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    CampaignWizardSubmission::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: CampaignWizardSubmissionUnique,
    create: CampaignWizardSubmissionCreate,
    patch: CampaignWizardSubmissionUpdate,
) -> Result<CampaignWizardSubmission> {
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
