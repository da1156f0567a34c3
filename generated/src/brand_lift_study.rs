//! The BrandLiftStudy model (table `BrandLiftStudy`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"BrandLiftStudy\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"name\", t.\"campaignId\", t.\"status\", t.\"funnelStage\", t.\"primaryKpi\", COALESCE(t.\"secondaryKpis\", '{}') AS \"secondaryKpis\", t.\"targetSampleSize\", t.\"cintProjectId\", t.\"launchedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"BrandLiftStudy\" AS t";

const COLUMNS: [Column; 12] = [
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
        name: "\"campaignId\"",
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
        name: "\"funnelStage\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"primaryKpi\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"secondaryKpis\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"targetSampleSize\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"cintProjectId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"launchedAt\"",
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

/// A brand lift study attached to a campaign.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BrandLiftStudy {
    pub id: String,
    pub name: String,
    #[serde(rename = "campaignId")]
    pub campaign_id: uuid::Uuid,
    pub status: crate::enums::BrandLiftStudyStatus,
    #[serde(rename = "funnelStage")]
    pub funnel_stage: String,
    #[serde(rename = "primaryKpi")]
    pub primary_kpi: crate::enums::Kpi,
    #[serde(rename = "secondaryKpis")]
    pub secondary_kpis: Vec<crate::enums::Kpi>,
    #[serde(rename = "targetSampleSize")]
    pub target_sample_size: Option<i32>,
    /// External panel project id (Cint).
    #[serde(rename = "cintProjectId")]
    pub cint_project_id: Option<i64>,
    #[serde(rename = "launchedAt")]
    pub launched_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// The `campaign` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<Box<crate::campaign_wizard::CampaignWizard>>,
    /// The `questions` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questions: Option<Vec<crate::survey_question::SurveyQuestion>>,
    /// The `responses` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responses: Option<Vec<crate::survey_response::SurveyResponse>>,
    /// The `report` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<Option<Box<crate::brand_lift_report::BrandLiftReport>>>,
    /// The `approvalStatus` relation, when loaded with `include`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        rename = "approvalStatus"
    )]
    pub approval_status: Option<Option<Box<crate::survey_approval_status::SurveyApprovalStatus>>>,
}

impl BrandLiftStudy {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            name: row.try_get(1)?,
            campaign_id: row.try_get(2)?,
            status: row.try_get(3)?,
            funnel_stage: row.try_get(4)?,
            primary_kpi: row.try_get(5)?,
            secondary_kpis: row.try_get(6)?,
            target_sample_size: row.try_get(7)?,
            cint_project_id: row.try_get(8)?,
            launched_at: row.try_get(9)?,
            created_at: row.try_get(10)?,
            updated_at: row.try_get(11)?,
            campaign: None,
            questions: None,
            responses: None,
            report: None,
            approval_status: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for BrandLiftStudy {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            name: row.try_get("name")?,
            campaign_id: row.try_get("campaignId")?,
            status: row.try_get("status")?,
            funnel_stage: row.try_get("funnelStage")?,
            primary_kpi: row.try_get("primaryKpi")?,
            secondary_kpis: row.try_get("secondaryKpis")?,
            target_sample_size: row.try_get("targetSampleSize")?,
            cint_project_id: row.try_get("cintProjectId")?,
            launched_at: row.try_get("launchedAt")?,
            created_at: row.try_get("createdAt")?,
            updated_at: row.try_get("updatedAt")?,
            campaign: None,
            questions: None,
            responses: None,
            report: None,
            approval_status: None,
        })
    }
}

/// A filter of BrandLiftStudy rows.
#[derive(Debug, Clone, PartialEq)]
pub enum BrandLiftStudyWhere {
    /// Filters `id`.
    Id(runtime::StringFilter),
    /// Filters `name`.
    Name(runtime::StringFilter),
    /// Filters `campaignId`.
    CampaignId(runtime::EqFilter<uuid::Uuid>),
    /// Filters `status`.
    Status(runtime::EqFilter<crate::enums::BrandLiftStudyStatus>),
    /// Filters `funnelStage`.
    FunnelStage(runtime::StringFilter),
    /// Filters `primaryKpi`.
    PrimaryKpi(runtime::EqFilter<crate::enums::Kpi>),
    /// Filters `secondaryKpis`.
    SecondaryKpis(runtime::ListFilter<crate::enums::Kpi>),
    /// Filters `targetSampleSize`.
    TargetSampleSize(runtime::Nullable<runtime::ScalarFilter<i32>>),
    /// Filters `cintProjectId`.
    CintProjectId(runtime::Nullable<runtime::ScalarFilter<i64>>),
    /// Filters `launchedAt`.
    LaunchedAt(runtime::Nullable<runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>>),
    /// Filters `createdAt`.
    CreatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// Filters `updatedAt`.
    UpdatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// The `campaign` row exists and matches.
    CampaignIs(Box<crate::campaign_wizard::CampaignWizardWhere>),
    /// There is no `campaign` row, or it does not match.
    CampaignIsNot(Box<crate::campaign_wizard::CampaignWizardWhere>),
    /// Some `questions` row matches.
    QuestionsSome(Box<crate::survey_question::SurveyQuestionWhere>),
    /// Every `questions` row matches (true when there are none).
    QuestionsEvery(Box<crate::survey_question::SurveyQuestionWhere>),
    /// No `questions` row matches.
    QuestionsNone(Box<crate::survey_question::SurveyQuestionWhere>),
    /// Some `responses` row matches.
    ResponsesSome(Box<crate::survey_response::SurveyResponseWhere>),
    /// Every `responses` row matches (true when there are none).
    ResponsesEvery(Box<crate::survey_response::SurveyResponseWhere>),
    /// No `responses` row matches.
    ResponsesNone(Box<crate::survey_response::SurveyResponseWhere>),
    /// The `report` row exists and matches.
    ReportIs(Box<crate::brand_lift_report::BrandLiftReportWhere>),
    /// There is no `report` row, or it does not match.
    ReportIsNot(Box<crate::brand_lift_report::BrandLiftReportWhere>),
    /// The `approvalStatus` row exists and matches.
    ApprovalStatusIs(Box<crate::survey_approval_status::SurveyApprovalStatusWhere>),
    /// There is no `approvalStatus` row, or it does not match.
    ApprovalStatusIsNot(Box<crate::survey_approval_status::SurveyApprovalStatusWhere>),
    /// Every filter matches (true when empty).
    And(Vec<BrandLiftStudyWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<BrandLiftStudyWhere>),
    /// The filter does not match.
    Not(Box<BrandLiftStudyWhere>),
}

impl BrandLiftStudyWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            BrandLiftStudyWhere::Id(f) => f.render(COLUMNS[0], q),
            BrandLiftStudyWhere::Name(f) => f.render(COLUMNS[1], q),
            BrandLiftStudyWhere::CampaignId(f) => f.render(COLUMNS[2], q),
            BrandLiftStudyWhere::Status(f) => f.render(COLUMNS[3], q),
            BrandLiftStudyWhere::FunnelStage(f) => f.render(COLUMNS[4], q),
            BrandLiftStudyWhere::PrimaryKpi(f) => f.render(COLUMNS[5], q),
            BrandLiftStudyWhere::SecondaryKpis(f) => f.render(COLUMNS[6], q),
            BrandLiftStudyWhere::TargetSampleSize(f) => f.render(COLUMNS[7], q),
            BrandLiftStudyWhere::CintProjectId(f) => f.render(COLUMNS[8], q),
            BrandLiftStudyWhere::LaunchedAt(f) => f.render(COLUMNS[9], q),
            BrandLiftStudyWhere::CreatedAt(f) => f.render(COLUMNS[10], q),
            BrandLiftStudyWhere::UpdatedAt(f) => f.render(COLUMNS[11], q),
            BrandLiftStudyWhere::CampaignIs(f) => runtime::render_exists(
                q,
                false,
                "\"CampaignWizard\"",
                "\"id\"",
                "\"campaignId\"",
                false,
                |q| f.render(q),
            ),
            BrandLiftStudyWhere::CampaignIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"CampaignWizard\"",
                "\"id\"",
                "\"campaignId\"",
                false,
                |q| f.render(q),
            ),
            BrandLiftStudyWhere::QuestionsSome(f) => runtime::render_exists(
                q,
                false,
                "\"SurveyQuestion\"",
                "\"studyId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            BrandLiftStudyWhere::QuestionsEvery(f) => runtime::render_exists(
                q,
                true,
                "\"SurveyQuestion\"",
                "\"studyId\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            BrandLiftStudyWhere::QuestionsNone(f) => runtime::render_exists(
                q,
                true,
                "\"SurveyQuestion\"",
                "\"studyId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            BrandLiftStudyWhere::ResponsesSome(f) => runtime::render_exists(
                q,
                false,
                "\"SurveyResponse\"",
                "\"studyId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            BrandLiftStudyWhere::ResponsesEvery(f) => runtime::render_exists(
                q,
                true,
                "\"SurveyResponse\"",
                "\"studyId\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            BrandLiftStudyWhere::ResponsesNone(f) => runtime::render_exists(
                q,
                true,
                "\"SurveyResponse\"",
                "\"studyId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            BrandLiftStudyWhere::ReportIs(f) => runtime::render_exists(
                q,
                false,
                "\"BrandLiftReport\"",
                "\"studyId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            BrandLiftStudyWhere::ReportIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"BrandLiftReport\"",
                "\"studyId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            BrandLiftStudyWhere::ApprovalStatusIs(f) => runtime::render_exists(
                q,
                false,
                "\"SurveyApprovalStatus\"",
                "\"studyId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            BrandLiftStudyWhere::ApprovalStatusIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"SurveyApprovalStatus\"",
                "\"studyId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            BrandLiftStudyWhere::And(list) => {
                runtime::render_list(list, " AND ", "TRUE", q, Self::render)
            }
            BrandLiftStudyWhere::Or(list) => {
                runtime::render_list(list, " OR ", "FALSE", q, Self::render)
            }
            BrandLiftStudyWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of BrandLiftStudy rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrandLiftStudyOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `name`.
    Name(runtime::SortOrder),
    /// By `campaignId`.
    CampaignId(runtime::SortOrder),
    /// By `status`.
    Status(runtime::SortOrder),
    /// By `funnelStage`.
    FunnelStage(runtime::SortOrder),
    /// By `primaryKpi`.
    PrimaryKpi(runtime::SortOrder),
    /// By `targetSampleSize`.
    TargetSampleSize(runtime::SortOrder),
    /// By `cintProjectId`.
    CintProjectId(runtime::SortOrder),
    /// By `launchedAt`.
    LaunchedAt(runtime::SortOrder),
    /// By `createdAt`.
    CreatedAt(runtime::SortOrder),
    /// By `updatedAt`.
    UpdatedAt(runtime::SortOrder),
}

impl BrandLiftStudyOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            BrandLiftStudyOrderBy::Id(o) => (COLUMNS[0], o),
            BrandLiftStudyOrderBy::Name(o) => (COLUMNS[1], o),
            BrandLiftStudyOrderBy::CampaignId(o) => (COLUMNS[2], o),
            BrandLiftStudyOrderBy::Status(o) => (COLUMNS[3], o),
            BrandLiftStudyOrderBy::FunnelStage(o) => (COLUMNS[4], o),
            BrandLiftStudyOrderBy::PrimaryKpi(o) => (COLUMNS[5], o),
            BrandLiftStudyOrderBy::TargetSampleSize(o) => (COLUMNS[7], o),
            BrandLiftStudyOrderBy::CintProjectId(o) => (COLUMNS[8], o),
            BrandLiftStudyOrderBy::LaunchedAt(o) => (COLUMNS[9], o),
            BrandLiftStudyOrderBy::CreatedAt(o) => (COLUMNS[10], o),
            BrandLiftStudyOrderBy::UpdatedAt(o) => (COLUMNS[11], o),
        }
    }
}

/// Relations of BrandLiftStudy to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BrandLiftStudyInclude {
    /// Loads `campaign` (and, inside, its own relations).
    pub campaign: Option<Box<crate::campaign_wizard::CampaignWizardInclude>>,
    /// Loads `questions` (and, inside, its own relations).
    pub questions: Option<Box<crate::survey_question::SurveyQuestionInclude>>,
    /// Loads `responses` (and, inside, its own relations).
    pub responses: Option<Box<crate::survey_response::SurveyResponseInclude>>,
    /// Loads `report` (and, inside, its own relations).
    pub report: Option<Box<crate::brand_lift_report::BrandLiftReportInclude>>,
    /// Loads `approvalStatus` (and, inside, its own relations).
    pub approval_status: Option<Box<crate::survey_approval_status::SurveyApprovalStatusInclude>>,
}

impl BrandLiftStudyInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [BrandLiftStudy],
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
            if let Some(nested) = &self.questions {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"studyId\", t.\"text\", t.\"questionType\", t.\"order\", t.\"kpiAssociation\", t.\"isRandomized\", t.\"isMandatory\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"SurveyQuestion\" AS t WHERE t.\"studyId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children = crate::survey_question::SurveyQuestion::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    String,
                    Vec<crate::survey_question::SurveyQuestion>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.study_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.questions = Some(found);
                }
            }
            if let Some(nested) = &self.responses {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"studyId\", t.\"respondentId\", t.\"isControlGroup\", t.\"answers\", t.\"demographics\", t.\"ipAddress\"::text AS \"ipAddress\", t.\"qualityScore\", t.\"createdAt\" FROM \"SurveyResponse\" AS t WHERE t.\"studyId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children = crate::survey_response::SurveyResponse::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    String,
                    Vec<crate::survey_response::SurveyResponse>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.study_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.responses = Some(found);
                }
            }
            if let Some(nested) = &self.report {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"studyId\", t.\"status\", t.\"overallLift\", t.\"metrics\", t.\"pdfExport\", (t.\"generatedAt\" AT TIME ZONE 'UTC') AS \"generatedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"BrandLiftReport\" AS t WHERE t.\"studyId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children = crate::brand_lift_report::BrandLiftReport::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    String,
                    Vec<crate::brand_lift_report::BrandLiftReport>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.study_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.report = Some(found.into_iter().next().map(Box::new));
                }
            }
            if let Some(nested) = &self.approval_status {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"studyId\", t.\"status\", t.\"requestedSignOff\", t.\"signedOffBy\", (t.\"signedOffAt\" AT TIME ZONE 'UTC') AS \"signedOffAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"SurveyApprovalStatus\" AS t WHERE t.\"studyId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children =
                    crate::survey_approval_status::SurveyApprovalStatus::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    String,
                    Vec<crate::survey_approval_status::SurveyApprovalStatus>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.study_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.approval_status = Some(found.into_iter().next().map(Box::new));
                }
            }
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BrandLiftStudyFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<BrandLiftStudyWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<BrandLiftStudyOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<BrandLiftStudyUnique>,
    /// Relations to load.
    pub include: BrandLiftStudyInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(
    client: &C,
    args: BrandLiftStudyFindMany,
) -> Result<Vec<BrandLiftStudy>> {
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
        runtime::render_cursor(&mut q, "\"BrandLiftStudy\"", &order, |q| {
            key.clone().render(q)
        });
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = BrandLiftStudy::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<BrandLiftStudyWhere>,
) -> Result<Option<BrandLiftStudy>> {
    let args = BrandLiftStudyFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(
    client: &C,
    filter: Option<BrandLiftStudyWhere>,
) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"BrandLiftStudy\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of BrandLiftStudy: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum BrandLiftStudyUnique {
    /// By `id`.
    Id(String),
}

impl BrandLiftStudyUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            BrandLiftStudyUnique::Id(_) => &[0],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            BrandLiftStudyUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            BrandLiftStudyUnique::Id(_) => "(\"id\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: BrandLiftStudyUnique,
) -> Result<Option<BrandLiftStudy>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| BrandLiftStudy::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: BrandLiftStudyUnique,
) -> Result<BrandLiftStudy> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new BrandLiftStudy row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct BrandLiftStudyCreate {
    /// `id` (cuid() when `None`).
    pub id: Option<String>,
    /// `name`.
    pub name: String,
    /// `campaignId`.
    pub campaign_id: uuid::Uuid,
    /// `status` (the database default when `None`).
    pub status: Option<crate::enums::BrandLiftStudyStatus>,
    /// `funnelStage`.
    pub funnel_stage: String,
    /// `primaryKpi`.
    pub primary_kpi: crate::enums::Kpi,
    /// `secondaryKpis`.
    pub secondary_kpis: Vec<crate::enums::Kpi>,
    /// `targetSampleSize`.
    pub target_sample_size: Option<i32>,
    /// `cintProjectId`.
    pub cint_project_id: Option<i64>,
    /// `launchedAt`.
    pub launched_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdAt` (now() when `None`).
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (@updatedAt: now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Connects `campaign` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `campaign_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_campaign: Option<crate::campaign_wizard::CampaignWizardUnique>,
}

impl BrandLiftStudyCreate {
    /// The required values; everything else `None`.
    pub fn new(
        name: String,
        campaign_id: uuid::Uuid,
        funnel_stage: String,
        primary_kpi: crate::enums::Kpi,
        secondary_kpis: Vec<crate::enums::Kpi>,
    ) -> Self {
        Self {
            id: None,
            name,
            campaign_id,
            status: None,
            funnel_stage,
            primary_kpi,
            secondary_kpis,
            target_sample_size: None,
            cint_project_id: None,
            launched_at: None,
            created_at: None,
            updated_at: None,
            connect_campaign: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<12> {
        let mut cells: runtime::Cells<12> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.id.unwrap_or_else(|| runtime::cuid())));
        cells[1] = Some(Box::new(self.name));
        cells[2] = Some(Box::new(self.campaign_id));
        if let Some(v) = self.status {
            cells[3] = Some(Box::new(v));
        }
        cells[4] = Some(Box::new(self.funnel_stage));
        cells[5] = Some(Box::new(self.primary_kpi));
        cells[6] = Some(Box::new(self.secondary_kpis));
        if let Some(v) = self.target_sample_size {
            cells[7] = Some(Box::new(v));
        }
        if let Some(v) = self.cint_project_id {
            cells[8] = Some(Box::new(v));
        }
        if let Some(v) = self.launched_at {
            cells[9] = Some(Box::new(v));
        }
        cells[10] = Some(Box::new(
            self.created_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells[11] = Some(Box::new(
            self.updated_at.unwrap_or_else(|| chrono::Utc::now()),
        ));
        cells
    }
}

/// Changes to a BrandLiftStudy row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BrandLiftStudyUpdate {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `campaignId`.
    pub campaign_id: Option<uuid::Uuid>,
    /// `status`.
    pub status: Option<crate::enums::BrandLiftStudyStatus>,
    /// `funnelStage`.
    pub funnel_stage: Option<String>,
    /// `primaryKpi`.
    pub primary_kpi: Option<crate::enums::Kpi>,
    /// `secondaryKpis`.
    pub secondary_kpis: Option<Vec<crate::enums::Kpi>>,
    /// `targetSampleSize`.
    pub target_sample_size: Option<Option<i32>>,
    /// `cintProjectId`.
    pub cint_project_id: Option<Option<i64>>,
    /// `launchedAt`.
    pub launched_at: Option<Option<chrono::DateTime<chrono::Utc>>>,
    /// `createdAt`.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (set to now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl BrandLiftStudyUpdate {
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
        if let Some(v) = self.campaign_id {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.status {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.funnel_stage {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.primary_kpi {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        if let Some(v) = self.secondary_kpis {
            let p = q.placeholder(COLUMNS[6], v);
            sets.push(format!("{} = {p}", COLUMNS[6].name));
        }
        if let Some(v) = self.target_sample_size {
            let p = q.placeholder(COLUMNS[7], v);
            sets.push(format!("{} = {p}", COLUMNS[7].name));
        }
        if let Some(v) = self.cint_project_id {
            let p = q.placeholder(COLUMNS[8], v);
            sets.push(format!("{} = {p}", COLUMNS[8].name));
        }
        if let Some(v) = self.launched_at {
            let p = q.placeholder(COLUMNS[9], v);
            sets.push(format!("{} = {p}", COLUMNS[9].name));
        }
        if let Some(v) = self.created_at {
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
fn insert(mut data: BrandLiftStudyCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    if let Some(key) = data.connect_campaign.take() {
        let source = runtime::connect_source(q, "\"CampaignWizard\"", "\"id\"", |q| key.render(q));
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
) -> Result<BrandLiftStudy> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"name\", t.\"campaignId\", t.\"status\", t.\"funnelStage\", t.\"primaryKpi\", COALESCE(t.\"secondaryKpis\", '{}') AS \"secondaryKpis\", t.\"targetSampleSize\", t.\"cintProjectId\", t.\"launchedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"name\", t.\"campaignId\", t.\"status\", t.\"funnelStage\", t.\"primaryKpi\", COALESCE(t.\"secondaryKpis\", '{}') AS \"secondaryKpis\", t.\"targetSampleSize\", t.\"cintProjectId\", t.\"launchedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    BrandLiftStudy::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(
    client: &C,
    data: BrandLiftStudyCreate,
) -> Result<BrandLiftStudy> {
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
    data: Vec<BrandLiftStudyCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data.into_iter().map(BrandLiftStudyCreate::cells).collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<BrandLiftStudyWhere>,
    patch: BrandLiftStudyUpdate,
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
    filter: Option<BrandLiftStudyWhere>,
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
    key: BrandLiftStudyUnique,
    patch: BrandLiftStudyUpdate,
) -> Result<BrandLiftStudy> {
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
    q.push(" RETURNING t.\"id\", t.\"name\", t.\"campaignId\", t.\"status\", t.\"funnelStage\", t.\"primaryKpi\", COALESCE(t.\"secondaryKpis\", '{}') AS \"secondaryKpis\", t.\"targetSampleSize\", t.\"cintProjectId\", t.\"launchedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    BrandLiftStudy::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(
    client: &C,
    key: BrandLiftStudyUnique,
) -> Result<BrandLiftStudy> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"name\", t.\"campaignId\", t.\"status\", t.\"funnelStage\", t.\"primaryKpi\", COALESCE(t.\"secondaryKpis\", '{}') AS \"secondaryKpis\", t.\"targetSampleSize\", t.\"cintProjectId\", t.\"launchedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    BrandLiftStudy::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: BrandLiftStudyUnique,
    create: BrandLiftStudyCreate,
    patch: BrandLiftStudyUpdate,
) -> Result<BrandLiftStudy> {
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
