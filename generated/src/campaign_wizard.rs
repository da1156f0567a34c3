//! The CampaignWizard model (table `CampaignWizard`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"CampaignWizard\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"name\", t.\"businessGoal\", t.\"startDate\", t.\"endDate\", t.\"timeZone\", t.\"currency\", t.\"budget\", t.\"primaryKPI\", COALESCE(t.\"secondaryKPIs\", '{}') AS \"secondaryKPIs\", COALESCE(t.\"platforms\", '{}') AS \"platforms\", t.\"status\", t.\"step\", t.\"isComplete\", t.\"messaging\", t.\"expectedOutcomes\", t.\"userId\", t.\"createdAt\", t.\"updatedAt\" FROM \"CampaignWizard\" AS t";

const COLUMNS: [Column; 19] = [
    Column {
        name: "\"id\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"name\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"businessGoal\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"startDate\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"endDate\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"timeZone\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"currency\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"budget\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"primaryKPI\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"secondaryKPIs\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"platforms\"",
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
        name: "\"step\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"isComplete\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"messaging\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"expectedOutcomes\"",
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
        name: "\"createdAt\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"updatedAt\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
];

/// The multi-step campaign creation wizard (one row per draft).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CampaignWizard {
    pub id: uuid::Uuid,
    pub name: String,
    #[serde(rename = "businessGoal")]
    pub business_goal: Option<String>,
    #[serde(rename = "startDate")]
    pub start_date: chrono::NaiveDate,
    #[serde(rename = "endDate")]
    pub end_date: chrono::NaiveDate,
    #[serde(rename = "timeZone")]
    pub time_zone: String,
    pub currency: crate::enums::Currency,
    /// {"total": 5000, "socialMedia": 3000, "allocation": \[...\]}
    pub budget: serde_json::Value,
    #[serde(rename = "primaryKPI")]
    pub primary_kpi: Option<crate::enums::Kpi>,
    #[serde(rename = "secondaryKPIs")]
    pub secondary_kp_is: Vec<crate::enums::Kpi>,
    pub platforms: Vec<crate::enums::Platform>,
    pub status: crate::enums::Status,
    pub step: i16,
    #[serde(rename = "isComplete")]
    pub is_complete: bool,
    pub messaging: Option<serde_json::Value>,
    #[serde(rename = "expectedOutcomes")]
    pub expected_outcomes: Option<serde_json::Value>,
    #[serde(rename = "userId")]
    pub user_id: String,
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// The `user` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<Box<crate::user::User>>,
    /// The `audience` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<Option<Box<crate::audience::Audience>>>,
    /// The `submission` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission:
        Option<Option<Box<crate::campaign_wizard_submission::CampaignWizardSubmission>>>,
    /// The `creativeAssets` relation, when loaded with `include`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        rename = "creativeAssets"
    )]
    pub creative_assets: Option<Vec<crate::creative_asset::CreativeAsset>>,
    /// The `requirements` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requirements: Option<Vec<crate::creative_requirement::CreativeRequirement>>,
    /// The `influencers` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub influencers: Option<Vec<crate::marketplace_influencer::MarketplaceInfluencer>>,
    /// The `brandLiftStudies` relation, when loaded with `include`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        rename = "brandLiftStudies"
    )]
    pub brand_lift_studies: Option<Vec<crate::brand_lift_study::BrandLiftStudy>>,
}

impl CampaignWizard {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            name: row.try_get(1)?,
            business_goal: row.try_get(2)?,
            start_date: row.try_get(3)?,
            end_date: row.try_get(4)?,
            time_zone: row.try_get(5)?,
            currency: row.try_get(6)?,
            budget: row.try_get(7)?,
            primary_kpi: row.try_get(8)?,
            secondary_kp_is: row.try_get(9)?,
            platforms: row.try_get(10)?,
            status: row.try_get(11)?,
            step: row.try_get(12)?,
            is_complete: row.try_get(13)?,
            messaging: row.try_get(14)?,
            expected_outcomes: row.try_get(15)?,
            user_id: row.try_get(16)?,
            created_at: row.try_get(17)?,
            updated_at: row.try_get(18)?,
            user: None,
            audience: None,
            submission: None,
            creative_assets: None,
            requirements: None,
            influencers: None,
            brand_lift_studies: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for CampaignWizard {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            name: row.try_get("name")?,
            business_goal: row.try_get("businessGoal")?,
            start_date: row.try_get("startDate")?,
            end_date: row.try_get("endDate")?,
            time_zone: row.try_get("timeZone")?,
            currency: row.try_get("currency")?,
            budget: row.try_get("budget")?,
            primary_kpi: row.try_get("primaryKPI")?,
            secondary_kp_is: row.try_get("secondaryKPIs")?,
            platforms: row.try_get("platforms")?,
            status: row.try_get("status")?,
            step: row.try_get("step")?,
            is_complete: row.try_get("isComplete")?,
            messaging: row.try_get("messaging")?,
            expected_outcomes: row.try_get("expectedOutcomes")?,
            user_id: row.try_get("userId")?,
            created_at: row.try_get("createdAt")?,
            updated_at: row.try_get("updatedAt")?,
            user: None,
            audience: None,
            submission: None,
            creative_assets: None,
            requirements: None,
            influencers: None,
            brand_lift_studies: None,
        })
    }
}

/// A filter of CampaignWizard rows.
#[derive(Debug, Clone, PartialEq)]
pub enum CampaignWizardWhere {
    /// Filters `id`.
    Id(runtime::EqFilter<uuid::Uuid>),
    /// Filters `name`.
    Name(runtime::StringFilter),
    /// Filters `businessGoal`.
    BusinessGoal(runtime::Nullable<runtime::StringFilter>),
    /// Filters `startDate`.
    StartDate(runtime::ScalarFilter<chrono::NaiveDate>),
    /// Filters `endDate`.
    EndDate(runtime::ScalarFilter<chrono::NaiveDate>),
    /// Filters `timeZone`.
    TimeZone(runtime::StringFilter),
    /// Filters `currency`.
    Currency(runtime::EqFilter<crate::enums::Currency>),
    /// Filters `budget`.
    Budget(runtime::JsonFilter),
    /// Filters `primaryKPI`.
    PrimaryKpi(runtime::Nullable<runtime::EqFilter<crate::enums::Kpi>>),
    /// Filters `secondaryKPIs`.
    SecondaryKpIs(runtime::ListFilter<crate::enums::Kpi>),
    /// Filters `platforms`.
    Platforms(runtime::ListFilter<crate::enums::Platform>),
    /// Filters `status`.
    Status(runtime::EqFilter<crate::enums::Status>),
    /// Filters `step`.
    Step(runtime::ScalarFilter<i16>),
    /// Filters `isComplete`.
    IsComplete(runtime::EqFilter<bool>),
    /// Filters `messaging`.
    Messaging(runtime::Nullable<runtime::JsonFilter>),
    /// Filters `expectedOutcomes`.
    ExpectedOutcomes(runtime::Nullable<runtime::JsonFilter>),
    /// Filters `userId`.
    UserId(runtime::StringFilter),
    /// Filters `createdAt`.
    CreatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// Filters `updatedAt`.
    UpdatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// The `user` row exists and matches.
    UserIs(Box<crate::user::UserWhere>),
    /// There is no `user` row, or it does not match.
    UserIsNot(Box<crate::user::UserWhere>),
    /// The `audience` row exists and matches.
    AudienceIs(Box<crate::audience::AudienceWhere>),
    /// There is no `audience` row, or it does not match.
    AudienceIsNot(Box<crate::audience::AudienceWhere>),
    /// The `submission` row exists and matches.
    SubmissionIs(Box<crate::campaign_wizard_submission::CampaignWizardSubmissionWhere>),
    /// There is no `submission` row, or it does not match.
    SubmissionIsNot(Box<crate::campaign_wizard_submission::CampaignWizardSubmissionWhere>),
    /// Some `creativeAssets` row matches.
    CreativeAssetsSome(Box<crate::creative_asset::CreativeAssetWhere>),
    /// Every `creativeAssets` row matches (true when there are none).
    CreativeAssetsEvery(Box<crate::creative_asset::CreativeAssetWhere>),
    /// No `creativeAssets` row matches.
    CreativeAssetsNone(Box<crate::creative_asset::CreativeAssetWhere>),
    /// Some `requirements` row matches.
    RequirementsSome(Box<crate::creative_requirement::CreativeRequirementWhere>),
    /// Every `requirements` row matches (true when there are none).
    RequirementsEvery(Box<crate::creative_requirement::CreativeRequirementWhere>),
    /// No `requirements` row matches.
    RequirementsNone(Box<crate::creative_requirement::CreativeRequirementWhere>),
    /// Some `brandLiftStudies` row matches.
    BrandLiftStudiesSome(Box<crate::brand_lift_study::BrandLiftStudyWhere>),
    /// Every `brandLiftStudies` row matches (true when there are none).
    BrandLiftStudiesEvery(Box<crate::brand_lift_study::BrandLiftStudyWhere>),
    /// No `brandLiftStudies` row matches.
    BrandLiftStudiesNone(Box<crate::brand_lift_study::BrandLiftStudyWhere>),
    /// Every filter matches (true when empty).
    And(Vec<CampaignWizardWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<CampaignWizardWhere>),
    /// The filter does not match.
    Not(Box<CampaignWizardWhere>),
}

impl CampaignWizardWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            CampaignWizardWhere::Id(f) => f.render(COLUMNS[0], q),
            CampaignWizardWhere::Name(f) => f.render(COLUMNS[1], q),
            CampaignWizardWhere::BusinessGoal(f) => f.render(COLUMNS[2], q),
            CampaignWizardWhere::StartDate(f) => f.render(COLUMNS[3], q),
            CampaignWizardWhere::EndDate(f) => f.render(COLUMNS[4], q),
            CampaignWizardWhere::TimeZone(f) => f.render(COLUMNS[5], q),
            CampaignWizardWhere::Currency(f) => f.render(COLUMNS[6], q),
            CampaignWizardWhere::Budget(f) => f.render(COLUMNS[7], q),
            CampaignWizardWhere::PrimaryKpi(f) => f.render(COLUMNS[8], q),
            CampaignWizardWhere::SecondaryKpIs(f) => f.render(COLUMNS[9], q),
            CampaignWizardWhere::Platforms(f) => f.render(COLUMNS[10], q),
            CampaignWizardWhere::Status(f) => f.render(COLUMNS[11], q),
            CampaignWizardWhere::Step(f) => f.render(COLUMNS[12], q),
            CampaignWizardWhere::IsComplete(f) => f.render(COLUMNS[13], q),
            CampaignWizardWhere::Messaging(f) => f.render(COLUMNS[14], q),
            CampaignWizardWhere::ExpectedOutcomes(f) => f.render(COLUMNS[15], q),
            CampaignWizardWhere::UserId(f) => f.render(COLUMNS[16], q),
            CampaignWizardWhere::CreatedAt(f) => f.render(COLUMNS[17], q),
            CampaignWizardWhere::UpdatedAt(f) => f.render(COLUMNS[18], q),
            CampaignWizardWhere::UserIs(f) => {
                runtime::render_exists(q, false, "\"users\"", "\"id\"", "\"userId\"", false, |q| {
                    f.render(q)
                })
            }
            CampaignWizardWhere::UserIsNot(f) => {
                runtime::render_exists(q, true, "\"users\"", "\"id\"", "\"userId\"", false, |q| {
                    f.render(q)
                })
            }
            CampaignWizardWhere::AudienceIs(f) => runtime::render_exists(
                q,
                false,
                "\"audiences\"",
                "\"campaignId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            CampaignWizardWhere::AudienceIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"audiences\"",
                "\"campaignId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            CampaignWizardWhere::SubmissionIs(f) => runtime::render_exists(
                q,
                false,
                "\"campaign_wizard_submissions\"",
                "\"wizardId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            CampaignWizardWhere::SubmissionIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"campaign_wizard_submissions\"",
                "\"wizardId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            CampaignWizardWhere::CreativeAssetsSome(f) => runtime::render_exists(
                q,
                false,
                "\"creative_assets\"",
                "\"campaignId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            CampaignWizardWhere::CreativeAssetsEvery(f) => runtime::render_exists(
                q,
                true,
                "\"creative_assets\"",
                "\"campaignId\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            CampaignWizardWhere::CreativeAssetsNone(f) => runtime::render_exists(
                q,
                true,
                "\"creative_assets\"",
                "\"campaignId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            CampaignWizardWhere::RequirementsSome(f) => runtime::render_exists(
                q,
                false,
                "\"creative_requirements\"",
                "\"campaignId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            CampaignWizardWhere::RequirementsEvery(f) => runtime::render_exists(
                q,
                true,
                "\"creative_requirements\"",
                "\"campaignId\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            CampaignWizardWhere::RequirementsNone(f) => runtime::render_exists(
                q,
                true,
                "\"creative_requirements\"",
                "\"campaignId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            CampaignWizardWhere::BrandLiftStudiesSome(f) => runtime::render_exists(
                q,
                false,
                "\"BrandLiftStudy\"",
                "\"campaignId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            CampaignWizardWhere::BrandLiftStudiesEvery(f) => runtime::render_exists(
                q,
                true,
                "\"BrandLiftStudy\"",
                "\"campaignId\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            CampaignWizardWhere::BrandLiftStudiesNone(f) => runtime::render_exists(
                q,
                true,
                "\"BrandLiftStudy\"",
                "\"campaignId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            CampaignWizardWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            CampaignWizardWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            CampaignWizardWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of CampaignWizard rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CampaignWizardOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `name`.
    Name(runtime::SortOrder),
    /// By `businessGoal`.
    BusinessGoal(runtime::SortOrder),
    /// By `startDate`.
    StartDate(runtime::SortOrder),
    /// By `endDate`.
    EndDate(runtime::SortOrder),
    /// By `timeZone`.
    TimeZone(runtime::SortOrder),
    /// By `currency`.
    Currency(runtime::SortOrder),
    /// By `primaryKPI`.
    PrimaryKpi(runtime::SortOrder),
    /// By `status`.
    Status(runtime::SortOrder),
    /// By `step`.
    Step(runtime::SortOrder),
    /// By `isComplete`.
    IsComplete(runtime::SortOrder),
    /// By `userId`.
    UserId(runtime::SortOrder),
    /// By `createdAt`.
    CreatedAt(runtime::SortOrder),
    /// By `updatedAt`.
    UpdatedAt(runtime::SortOrder),
}

impl CampaignWizardOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            CampaignWizardOrderBy::Id(o) => (COLUMNS[0], o),
            CampaignWizardOrderBy::Name(o) => (COLUMNS[1], o),
            CampaignWizardOrderBy::BusinessGoal(o) => (COLUMNS[2], o),
            CampaignWizardOrderBy::StartDate(o) => (COLUMNS[3], o),
            CampaignWizardOrderBy::EndDate(o) => (COLUMNS[4], o),
            CampaignWizardOrderBy::TimeZone(o) => (COLUMNS[5], o),
            CampaignWizardOrderBy::Currency(o) => (COLUMNS[6], o),
            CampaignWizardOrderBy::PrimaryKpi(o) => (COLUMNS[8], o),
            CampaignWizardOrderBy::Status(o) => (COLUMNS[11], o),
            CampaignWizardOrderBy::Step(o) => (COLUMNS[12], o),
            CampaignWizardOrderBy::IsComplete(o) => (COLUMNS[13], o),
            CampaignWizardOrderBy::UserId(o) => (COLUMNS[16], o),
            CampaignWizardOrderBy::CreatedAt(o) => (COLUMNS[17], o),
            CampaignWizardOrderBy::UpdatedAt(o) => (COLUMNS[18], o),
        }
    }
}

/// Relations of CampaignWizard to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CampaignWizardInclude {
    /// Loads `user` (and, inside, its own relations).
    pub user: Option<Box<crate::user::UserInclude>>,
    /// Loads `audience` (and, inside, its own relations).
    pub audience: Option<Box<crate::audience::AudienceInclude>>,
    /// Loads `submission` (and, inside, its own relations).
    pub submission: Option<Box<crate::campaign_wizard_submission::CampaignWizardSubmissionInclude>>,
    /// Loads `creativeAssets` (and, inside, its own relations).
    pub creative_assets: Option<Box<crate::creative_asset::CreativeAssetInclude>>,
    /// Loads `requirements` (and, inside, its own relations).
    pub requirements: Option<Box<crate::creative_requirement::CreativeRequirementInclude>>,
    /// Loads `influencers` (and, inside, its own relations).
    pub influencers: Option<Box<crate::marketplace_influencer::MarketplaceInfluencerInclude>>,
    /// Loads `brandLiftStudies` (and, inside, its own relations).
    pub brand_lift_studies: Option<Box<crate::brand_lift_study::BrandLiftStudyInclude>>,
}

impl CampaignWizardInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [CampaignWizard],
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
            if let Some(nested) = &self.audience {
                let keys: Vec<uuid::Uuid> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"campaignId\", t.\"ageMin\", t.\"ageMax\", COALESCE(t.\"genders\", '{}') AS \"genders\", COALESCE(t.\"locations\", '{}') AS \"locations\", COALESCE(t.\"interests\", '{}') AS \"interests\", COALESCE(t.\"languages\", '{}') AS \"languages\", t.\"incomeMin\", t.\"segmentMask\"::text AS \"segmentMask\", t.\"screeningQuestions\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"audiences\" AS t WHERE t.\"campaignId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children = crate::audience::Audience::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    uuid::Uuid,
                    Vec<crate::audience::Audience>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.campaign_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.audience = Some(found.into_iter().next().map(Box::new));
                }
            }
            if let Some(nested) = &self.submission {
                let keys: Vec<uuid::Uuid> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"wizardId\", t.\"campaignName\", t.\"description\", t.\"contactEmail\", t.\"totalBudget\", t.\"socialMediaBudget\"::numeric AS \"socialMediaBudget\", t.\"currency\", t.\"submissionStatus\", t.\"submittedById\", t.\"submittedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\" FROM \"campaign_wizard_submissions\" AS t WHERE t.\"wizardId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children =
                    crate::campaign_wizard_submission::CampaignWizardSubmission::from_rows(
                        &fetched,
                    )?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    uuid::Uuid,
                    Vec<crate::campaign_wizard_submission::CampaignWizardSubmission>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.wizard_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.submission = Some(found.into_iter().next().map(Box::new));
                }
            }
            if let Some(nested) = &self.creative_assets {
                let keys: Vec<uuid::Uuid> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"name\", t.\"type\", t.\"url\", t.\"fileSize\", t.\"durationSeconds\", t.\"checksum\", t.\"vastTag\"::text AS \"vastTag\", t.\"dominantColor\", t.\"campaignId\", (t.\"uploaded_at\" AT TIME ZONE 'UTC') AS \"uploaded_at\" FROM \"creative_assets\" AS t WHERE t.\"campaignId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children = crate::creative_asset::CreativeAsset::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    uuid::Uuid,
                    Vec<crate::creative_asset::CreativeAsset>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.campaign_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.creative_assets = Some(found);
                }
            }
            if let Some(nested) = &self.requirements {
                let keys: Vec<uuid::Uuid> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"description\", t.\"mandatory\", t.\"campaignId\" FROM \"creative_requirements\" AS t WHERE t.\"campaignId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children =
                    crate::creative_requirement::CreativeRequirement::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    uuid::Uuid,
                    Vec<crate::creative_requirement::CreativeRequirement>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.campaign_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.requirements = Some(found);
                }
            }
            if let Some(nested) = &self.influencers {
                let keys: Vec<uuid::Uuid> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"handle\", t.\"platform\", t.\"displayName\", t.\"avatarUrl\", t.\"bio\", t.\"followerCount\", t.\"averageViews\", t.\"engagementRate\", t.\"justifyScore\", t.\"isVerified\", t.\"contentFlags\"::text AS \"contentFlags\", t.\"insightiqProfileId\", (t.\"lastSyncedAt\" AT TIME ZONE 'UTC') AS \"lastSyncedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\", j.\"A\" FROM \"_CampaignWizardToMarketplaceInfluencer\" AS j JOIN \"marketplace_influencers\" AS t ON t.\"id\" = j.\"B\" WHERE j.\"A\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children =
                    crate::marketplace_influencer::MarketplaceInfluencer::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    uuid::Uuid,
                    Vec<crate::marketplace_influencer::MarketplaceInfluencer>,
                > = std::collections::HashMap::new();
                for (c, row) in children.into_iter().zip(fetched.iter()) {
                    let k: uuid::Uuid = row.try_get(16)?;
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.influencers = Some(found);
                }
            }
            if let Some(nested) = &self.brand_lift_studies {
                let keys: Vec<uuid::Uuid> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"name\", t.\"campaignId\", t.\"status\", t.\"funnelStage\", t.\"primaryKpi\", COALESCE(t.\"secondaryKpis\", '{}') AS \"secondaryKpis\", t.\"targetSampleSize\", t.\"cintProjectId\", t.\"launchedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"BrandLiftStudy\" AS t WHERE t.\"campaignId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children = crate::brand_lift_study::BrandLiftStudy::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    uuid::Uuid,
                    Vec<crate::brand_lift_study::BrandLiftStudy>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.campaign_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.brand_lift_studies = Some(found);
                }
            }
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CampaignWizardFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<CampaignWizardWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<CampaignWizardOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<CampaignWizardUnique>,
    /// Relations to load.
    pub include: CampaignWizardInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: CampaignWizardFindMany,
) -> Result<Vec<CampaignWizard>> {
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
        runtime::render_cursor(&mut q, "\"CampaignWizard\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = CampaignWizard::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<CampaignWizardWhere>,
) -> Result<Option<CampaignWizard>> {
    let args = CampaignWizardFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<CampaignWizardWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"CampaignWizard\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of CampaignWizard: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum CampaignWizardUnique {
    /// By `id`.
    Id(uuid::Uuid),
}

impl CampaignWizardUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            CampaignWizardUnique::Id(_) => &[0],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            CampaignWizardUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            CampaignWizardUnique::Id(_) => "(\"id\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: CampaignWizardUnique,
) -> Result<Option<CampaignWizard>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| CampaignWizard::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: CampaignWizardUnique,
) -> Result<CampaignWizard> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new CampaignWizard row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignWizardCreate {
    /// `id` (uuid(7) when `None`).
    pub id: Option<uuid::Uuid>,
    /// `name`.
    pub name: String,
    /// `businessGoal`.
    pub business_goal: Option<String>,
    /// `startDate`.
    pub start_date: chrono::NaiveDate,
    /// `endDate`.
    pub end_date: chrono::NaiveDate,
    /// `timeZone` (the database default when `None`).
    pub time_zone: Option<String>,
    /// `currency` (the database default when `None`).
    pub currency: Option<crate::enums::Currency>,
    /// `budget`.
    pub budget: serde_json::Value,
    /// `primaryKPI`.
    pub primary_kpi: Option<crate::enums::Kpi>,
    /// `secondaryKPIs` (the database default when `None`).
    pub secondary_kp_is: Option<Vec<crate::enums::Kpi>>,
    /// `platforms` (the database default when `None`).
    pub platforms: Option<Vec<crate::enums::Platform>>,
    /// `status` (the database default when `None`).
    pub status: Option<crate::enums::Status>,
    /// `step` (the database default when `None`).
    pub step: Option<i16>,
    /// `isComplete` (the database default when `None`).
    pub is_complete: Option<bool>,
    /// `messaging`.
    pub messaging: Option<serde_json::Value>,
    /// `expectedOutcomes`.
    pub expected_outcomes: Option<serde_json::Value>,
    /// `userId`.
    pub user_id: String,
    /// `createdAt` (now() when `None`).
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (@updatedAt: now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Connects `user` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `user_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_user: Option<crate::user::UserUnique>,
    /// Connects `influencers` to these existing rows (join rows inserted by the same
    /// statement; [`runtime::Error::NotFound`], and nothing created, when one does not exist).
    pub connect_influencers: Vec<crate::marketplace_influencer::MarketplaceInfluencerUnique>,
}

impl CampaignWizardCreate {
    /// The required values; everything else `None`.
    pub fn new(
        name: String,
        start_date: chrono::NaiveDate,
        end_date: chrono::NaiveDate,
        budget: serde_json::Value,
        user_id: String,
    ) -> Self {
        Self {
            id: None,
            name,
            business_goal: None,
            start_date,
            end_date,
            time_zone: None,
            currency: None,
            budget,
            primary_kpi: None,
            secondary_kp_is: None,
            platforms: None,
            status: None,
            step: None,
            is_complete: None,
            messaging: None,
            expected_outcomes: None,
            user_id,
            created_at: None,
            updated_at: None,
            connect_user: None,
            connect_influencers: Vec::new(),
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<19> {
        let mut cells: runtime::Cells<19> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.id.unwrap_or_else(|| runtime::uuid_v7())));
        cells[1] = Some(Box::new(self.name));
        if let Some(v) = self.business_goal {
            cells[2] = Some(Box::new(v));
        }
        cells[3] = Some(Box::new(self.start_date));
        cells[4] = Some(Box::new(self.end_date));
        if let Some(v) = self.time_zone {
            cells[5] = Some(Box::new(v));
        }
        if let Some(v) = self.currency {
            cells[6] = Some(Box::new(v));
        }
        cells[7] = Some(Box::new(self.budget));
        if let Some(v) = self.primary_kpi {
            cells[8] = Some(Box::new(v));
        }
        if let Some(v) = self.secondary_kp_is {
            cells[9] = Some(Box::new(v));
        }
        if let Some(v) = self.platforms {
            cells[10] = Some(Box::new(v));
        }
        if let Some(v) = self.status {
            cells[11] = Some(Box::new(v));
        }
        if let Some(v) = self.step {
            cells[12] = Some(Box::new(v));
        }
        if let Some(v) = self.is_complete {
            cells[13] = Some(Box::new(v));
        }
        if let Some(v) = self.messaging {
            cells[14] = Some(Box::new(v));
        }
        if let Some(v) = self.expected_outcomes {
            cells[15] = Some(Box::new(v));
        }
        cells[16] = Some(Box::new(self.user_id));
        cells[17] = Some(Box::new(
            self.created_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells[18] = Some(Box::new(
            self.updated_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells
    }
}

/// Changes to a CampaignWizard row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CampaignWizardUpdate {
    /// `id`.
    pub id: Option<uuid::Uuid>,
    /// `name`.
    pub name: Option<String>,
    /// `businessGoal`.
    pub business_goal: Option<Option<String>>,
    /// `startDate`.
    pub start_date: Option<chrono::NaiveDate>,
    /// `endDate`.
    pub end_date: Option<chrono::NaiveDate>,
    /// `timeZone`.
    pub time_zone: Option<String>,
    /// `currency`.
    pub currency: Option<crate::enums::Currency>,
    /// `budget`.
    pub budget: Option<serde_json::Value>,
    /// `primaryKPI`.
    pub primary_kpi: Option<Option<crate::enums::Kpi>>,
    /// `secondaryKPIs`.
    pub secondary_kp_is: Option<Vec<crate::enums::Kpi>>,
    /// `platforms`.
    pub platforms: Option<Vec<crate::enums::Platform>>,
    /// `status`.
    pub status: Option<crate::enums::Status>,
    /// `step`.
    pub step: Option<i16>,
    /// `isComplete`.
    pub is_complete: Option<bool>,
    /// `messaging`.
    pub messaging: Option<Option<serde_json::Value>>,
    /// `expectedOutcomes`.
    pub expected_outcomes: Option<Option<serde_json::Value>>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `createdAt`.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (set to now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl CampaignWizardUpdate {
    fn assignments(self, q: &mut Query) -> Vec<String> {
        let mut sets = Vec::new();
        if let Some(v) = self.id {
            let p = q.placeholder(COLUMNS[0], v);
            sets.push(format!("{} = {p}", COLUMNS[0].name));
        }
        if let Some(v) = self.name {
            let p = q.placeholder(COLUMNS[1], v);
            sets.push(format!("{} = {p}", COLUMNS[1].name));
        }
        if let Some(v) = self.business_goal {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.start_date {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.end_date {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.time_zone {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        if let Some(v) = self.currency {
            let p = q.placeholder(COLUMNS[6], v);
            sets.push(format!("{} = {p}", COLUMNS[6].name));
        }
        if let Some(v) = self.budget {
            let p = q.placeholder(COLUMNS[7], v);
            sets.push(format!("{} = {p}", COLUMNS[7].name));
        }
        if let Some(v) = self.primary_kpi {
            let p = q.placeholder(COLUMNS[8], v);
            sets.push(format!("{} = {p}", COLUMNS[8].name));
        }
        if let Some(v) = self.secondary_kp_is {
            let p = q.placeholder(COLUMNS[9], v);
            sets.push(format!("{} = {p}", COLUMNS[9].name));
        }
        if let Some(v) = self.platforms {
            let p = q.placeholder(COLUMNS[10], v);
            sets.push(format!("{} = {p}", COLUMNS[10].name));
        }
        if let Some(v) = self.status {
            let p = q.placeholder(COLUMNS[11], v);
            sets.push(format!("{} = {p}", COLUMNS[11].name));
        }
        if let Some(v) = self.step {
            let p = q.placeholder(COLUMNS[12], v);
            sets.push(format!("{} = {p}", COLUMNS[12].name));
        }
        if let Some(v) = self.is_complete {
            let p = q.placeholder(COLUMNS[13], v);
            sets.push(format!("{} = {p}", COLUMNS[13].name));
        }
        if let Some(v) = self.messaging {
            let p = q.placeholder(COLUMNS[14], v);
            sets.push(format!("{} = {p}", COLUMNS[14].name));
        }
        if let Some(v) = self.expected_outcomes {
            let p = q.placeholder(COLUMNS[15], v);
            sets.push(format!("{} = {p}", COLUMNS[15].name));
        }
        if let Some(v) = self.user_id {
            let p = q.placeholder(COLUMNS[16], v);
            sets.push(format!("{} = {p}", COLUMNS[16].name));
        }
        if let Some(v) = self.created_at {
            let p = q.placeholder(COLUMNS[17], v);
            sets.push(format!("{} = {p}", COLUMNS[17].name));
        }
        let v = self.updated_at.unwrap_or_else(|| chrono::Utc::now());
        let p = q.placeholder(COLUMNS[18], v);
        sets.push(format!("{} = {p}", COLUMNS[18].name));
        sets
    }
}

/// Writes the `INSERT` of `data` (without `RETURNING`); returns the join rows of many-to-many
/// connects, which [`runtime::with_links`] adds to the statement.
#[allow(unused_mut)]
fn insert(mut data: CampaignWizardCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    if let Some(key) = data.connect_user.take() {
        let source = runtime::connect_source(q, "\"users\"", "\"id\"", |q| key.render(q));
        connects.push(runtime::Connect { column: 16, source });
    }
    let keys = std::mem::take(&mut data.connect_influencers);
    if !keys.is_empty() {
        let sources = keys
            .into_iter()
            .map(|key| {
                runtime::connect_source(q, "\"marketplace_influencers\"", "\"id\"", |q| {
                    key.render(q)
                })
            })
            .collect();
        links.push(runtime::Link {
            table: "\"_CampaignWizardToMarketplaceInfluencer\"",
            own: "\"A\"",
            other: "\"B\"",
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
) -> Result<CampaignWizard> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"name\", t.\"businessGoal\", t.\"startDate\", t.\"endDate\", t.\"timeZone\", t.\"currency\", t.\"budget\", t.\"primaryKPI\", COALESCE(t.\"secondaryKPIs\", '{}') AS \"secondaryKPIs\", COALESCE(t.\"platforms\", '{}') AS \"platforms\", t.\"status\", t.\"step\", t.\"isComplete\", t.\"messaging\", t.\"expectedOutcomes\", t.\"userId\", t.\"createdAt\", t.\"updatedAt\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"name\", t.\"businessGoal\", t.\"startDate\", t.\"endDate\", t.\"timeZone\", t.\"currency\", t.\"budget\", t.\"primaryKPI\", COALESCE(t.\"secondaryKPIs\", '{}') AS \"secondaryKPIs\", COALESCE(t.\"platforms\", '{}') AS \"platforms\", t.\"status\", t.\"step\", t.\"isComplete\", t.\"messaging\", t.\"expectedOutcomes\", t.\"userId\", t.\"createdAt\", t.\"updatedAt\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    CampaignWizard::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: CampaignWizardCreate,
) -> Result<CampaignWizard> {
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
    data: Vec<CampaignWizardCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data.into_iter().map(CampaignWizardCreate::cells).collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<CampaignWizardWhere>,
    patch: CampaignWizardUpdate,
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
    filter: Option<CampaignWizardWhere>,
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
    key: CampaignWizardUnique,
    patch: CampaignWizardUpdate,
) -> Result<CampaignWizard> {
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
    q.push(" RETURNING t.\"id\", t.\"name\", t.\"businessGoal\", t.\"startDate\", t.\"endDate\", t.\"timeZone\", t.\"currency\", t.\"budget\", t.\"primaryKPI\", COALESCE(t.\"secondaryKPIs\", '{}') AS \"secondaryKPIs\", COALESCE(t.\"platforms\", '{}') AS \"platforms\", t.\"status\", t.\"step\", t.\"isComplete\", t.\"messaging\", t.\"expectedOutcomes\", t.\"userId\", t.\"createdAt\", t.\"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    CampaignWizard::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(
    client: &C,
    key: CampaignWizardUnique,
) -> Result<CampaignWizard> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"name\", t.\"businessGoal\", t.\"startDate\", t.\"endDate\", t.\"timeZone\", t.\"currency\", t.\"budget\", t.\"primaryKPI\", COALESCE(t.\"secondaryKPIs\", '{}') AS \"secondaryKPIs\", COALESCE(t.\"platforms\", '{}') AS \"platforms\", t.\"status\", t.\"step\", t.\"isComplete\", t.\"messaging\", t.\"expectedOutcomes\", t.\"userId\", t.\"createdAt\", t.\"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    CampaignWizard::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: CampaignWizardUnique,
    create: CampaignWizardCreate,
    patch: CampaignWizardUpdate,
) -> Result<CampaignWizard> {
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
