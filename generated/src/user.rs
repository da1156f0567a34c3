//! The User model (table `users`).

#[allow(unused_imports)]
use crate::runtime::{self, Column, Executor, Filter as _, Query, Result};
use tokio_postgres::Row;

const TABLE: &str = "\"users\"";

/// The selected columns, in field order, each named like its column (a start for raw queries:
/// see [`runtime::query_raw_as`]).
pub const SELECT: &str = "SELECT t.\"id\", t.\"clerkId\", t.\"email\", t.\"name\", t.\"image\", t.\"role\", t.\"stripeCustomerId\", t.\"stripeSubscriptionId\", t.\"stripePriceId\", t.\"stripeCurrentPeriodEnd\", t.\"notification_prefs\", t.\"digestTime\", t.\"onboardingComplete\", t.\"referredById\", t.\"createdAt\", t.\"updatedAt\" FROM \"users\" AS t";

const COLUMNS: [Column; 16] = [
    Column {
        name: "\"id\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"clerkId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"email\"",
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
        name: "\"image\"",
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
        name: "\"stripeCustomerId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"stripeSubscriptionId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"stripePriceId\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"stripeCurrentPeriodEnd\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"notification_prefs\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"digestTime\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"onboardingComplete\"",
        open: "",
        close: "",
        copy: runtime::CopyAs::Column,
    },
    Column {
        name: "\"referredById\"",
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

/// An application user, authenticated through Clerk and billed through Stripe.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct User {
    pub id: String,
    /// Clerk user id (user_…).
    #[serde(rename = "clerkId")]
    pub clerk_id: String,
    /// @zod.custom.use(z.string().email())
    pub email: String,
    pub name: Option<String>,
    pub image: Option<String>,
    pub role: crate::enums::UserRole,
    #[serde(rename = "stripeCustomerId")]
    pub stripe_customer_id: Option<String>,
    #[serde(rename = "stripeSubscriptionId")]
    pub stripe_subscription_id: Option<String>,
    #[serde(rename = "stripePriceId")]
    pub stripe_price_id: Option<String>,
    #[serde(rename = "stripeCurrentPeriodEnd")]
    pub stripe_current_period_end: Option<chrono::DateTime<chrono::Utc>>,
    /// Notification preferences, e.g. {"email":true,"inApp":true}.
    #[serde(rename = "notificationPrefs")]
    pub notification_prefs: serde_json::Value,
    /// Local time of day the weekly digest is sent.
    #[serde(rename = "digestTime")]
    pub digest_time: Option<chrono::NaiveTime>,
    #[serde(rename = "onboardingComplete")]
    pub onboarding_complete: bool,
    #[serde(rename = "referredById")]
    pub referred_by_id: Option<String>,
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// The `referredBy` relation, when loaded with `include`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        rename = "referredBy"
    )]
    pub referred_by: Option<Option<Box<crate::user::User>>>,
    /// The `referrals` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referrals: Option<Vec<crate::user::User>>,
    /// The `brandingSettings` relation, when loaded with `include`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        rename = "brandingSettings"
    )]
    pub branding_settings: Option<Option<Box<crate::branding_settings::BrandingSettings>>>,
    /// The `campaigns` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaigns: Option<Vec<crate::campaign_wizard::CampaignWizard>>,
    /// The `submissions` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submissions: Option<Vec<crate::campaign_wizard_submission::CampaignWizardSubmission>>,
    /// The `insightIQLinks` relation, when loaded with `include`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        rename = "insightIQLinks"
    )]
    pub insight_iq_links: Option<Vec<crate::insight_iq_account_link::InsightIqAccountLink>>,
    /// The `teamMemberships` relation, when loaded with `include`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        rename = "teamMemberships"
    )]
    pub team_memberships: Option<Vec<crate::team_member::TeamMember>>,
    /// The `ownedTeamMembers` relation, when loaded with `include`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        rename = "ownedTeamMembers"
    )]
    pub owned_team_members: Option<Vec<crate::team_member::TeamMember>>,
    /// The `sentInvitations` relation, when loaded with `include`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        rename = "sentInvitations"
    )]
    pub sent_invitations: Option<Vec<crate::team_invitation::TeamInvitation>>,
    /// The `approvalComments` relation, when loaded with `include`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        rename = "approvalComments"
    )]
    pub approval_comments: Option<Vec<crate::survey_approval_comment::SurveyApprovalComment>>,
    /// The `auditLogs` relation, when loaded with `include`.
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "auditLogs")]
    pub audit_logs: Option<Vec<crate::audit_log::AuditLog>>,
}

impl User {
    pub(crate) fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get(0)?,
            clerk_id: row.try_get(1)?,
            email: row.try_get(2)?,
            name: row.try_get(3)?,
            image: row.try_get(4)?,
            role: row.try_get(5)?,
            stripe_customer_id: row.try_get(6)?,
            stripe_subscription_id: row.try_get(7)?,
            stripe_price_id: row.try_get(8)?,
            stripe_current_period_end: row.try_get(9)?,
            notification_prefs: row.try_get(10)?,
            digest_time: row.try_get(11)?,
            onboarding_complete: row.try_get(12)?,
            referred_by_id: row.try_get(13)?,
            created_at: row.try_get(14)?,
            updated_at: row.try_get(15)?,
            referred_by: None,
            referrals: None,
            branding_settings: None,
            campaigns: None,
            submissions: None,
            insight_iq_links: None,
            team_memberships: None,
            owned_team_members: None,
            sent_invitations: None,
            approval_comments: None,
            audit_logs: None,
        })
    }

    pub(crate) fn from_rows(rows: &[Row]) -> Result<Vec<Self>> {
        rows.iter().map(Self::from_row).collect()
    }
}

impl runtime::FromRow for User {
    /// Reads the columns by name (in any order, others ignored).
    fn from_row(row: &Row) -> Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            clerk_id: row.try_get("clerkId")?,
            email: row.try_get("email")?,
            name: row.try_get("name")?,
            image: row.try_get("image")?,
            role: row.try_get("role")?,
            stripe_customer_id: row.try_get("stripeCustomerId")?,
            stripe_subscription_id: row.try_get("stripeSubscriptionId")?,
            stripe_price_id: row.try_get("stripePriceId")?,
            stripe_current_period_end: row.try_get("stripeCurrentPeriodEnd")?,
            notification_prefs: row.try_get("notification_prefs")?,
            digest_time: row.try_get("digestTime")?,
            onboarding_complete: row.try_get("onboardingComplete")?,
            referred_by_id: row.try_get("referredById")?,
            created_at: row.try_get("createdAt")?,
            updated_at: row.try_get("updatedAt")?,
            referred_by: None,
            referrals: None,
            branding_settings: None,
            campaigns: None,
            submissions: None,
            insight_iq_links: None,
            team_memberships: None,
            owned_team_members: None,
            sent_invitations: None,
            approval_comments: None,
            audit_logs: None,
        })
    }
}

/// A filter of User rows.
#[derive(Debug, Clone, PartialEq)]
pub enum UserWhere {
    /// Filters `id`.
    Id(runtime::StringFilter),
    /// Filters `clerkId`.
    ClerkId(runtime::StringFilter),
    /// Filters `email`.
    Email(runtime::StringFilter),
    /// Filters `name`.
    Name(runtime::Nullable<runtime::StringFilter>),
    /// Filters `image`.
    Image(runtime::Nullable<runtime::StringFilter>),
    /// Filters `role`.
    Role(runtime::EqFilter<crate::enums::UserRole>),
    /// Filters `stripeCustomerId`.
    StripeCustomerId(runtime::Nullable<runtime::StringFilter>),
    /// Filters `stripeSubscriptionId`.
    StripeSubscriptionId(runtime::Nullable<runtime::StringFilter>),
    /// Filters `stripePriceId`.
    StripePriceId(runtime::Nullable<runtime::StringFilter>),
    /// Filters `stripeCurrentPeriodEnd`.
    StripeCurrentPeriodEnd(runtime::Nullable<runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>>),
    /// Filters `notificationPrefs`.
    NotificationPrefs(runtime::JsonFilter),
    /// Filters `digestTime`.
    DigestTime(runtime::Nullable<runtime::ScalarFilter<chrono::NaiveTime>>),
    /// Filters `onboardingComplete`.
    OnboardingComplete(runtime::EqFilter<bool>),
    /// Filters `referredById`.
    ReferredById(runtime::Nullable<runtime::StringFilter>),
    /// Filters `createdAt`.
    CreatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// Filters `updatedAt`.
    UpdatedAt(runtime::ScalarFilter<chrono::DateTime<chrono::Utc>>),
    /// The `referredBy` row exists and matches.
    ReferredByIs(Box<crate::user::UserWhere>),
    /// There is no `referredBy` row, or it does not match.
    ReferredByIsNot(Box<crate::user::UserWhere>),
    /// Some `referrals` row matches.
    ReferralsSome(Box<crate::user::UserWhere>),
    /// Every `referrals` row matches (true when there are none).
    ReferralsEvery(Box<crate::user::UserWhere>),
    /// No `referrals` row matches.
    ReferralsNone(Box<crate::user::UserWhere>),
    /// The `brandingSettings` row exists and matches.
    BrandingSettingsIs(Box<crate::branding_settings::BrandingSettingsWhere>),
    /// There is no `brandingSettings` row, or it does not match.
    BrandingSettingsIsNot(Box<crate::branding_settings::BrandingSettingsWhere>),
    /// Some `campaigns` row matches.
    CampaignsSome(Box<crate::campaign_wizard::CampaignWizardWhere>),
    /// Every `campaigns` row matches (true when there are none).
    CampaignsEvery(Box<crate::campaign_wizard::CampaignWizardWhere>),
    /// No `campaigns` row matches.
    CampaignsNone(Box<crate::campaign_wizard::CampaignWizardWhere>),
    /// Some `submissions` row matches.
    SubmissionsSome(Box<crate::campaign_wizard_submission::CampaignWizardSubmissionWhere>),
    /// Every `submissions` row matches (true when there are none).
    SubmissionsEvery(Box<crate::campaign_wizard_submission::CampaignWizardSubmissionWhere>),
    /// No `submissions` row matches.
    SubmissionsNone(Box<crate::campaign_wizard_submission::CampaignWizardSubmissionWhere>),
    /// Some `insightIQLinks` row matches.
    InsightIqLinksSome(Box<crate::insight_iq_account_link::InsightIqAccountLinkWhere>),
    /// Every `insightIQLinks` row matches (true when there are none).
    InsightIqLinksEvery(Box<crate::insight_iq_account_link::InsightIqAccountLinkWhere>),
    /// No `insightIQLinks` row matches.
    InsightIqLinksNone(Box<crate::insight_iq_account_link::InsightIqAccountLinkWhere>),
    /// Some `teamMemberships` row matches.
    TeamMembershipsSome(Box<crate::team_member::TeamMemberWhere>),
    /// Every `teamMemberships` row matches (true when there are none).
    TeamMembershipsEvery(Box<crate::team_member::TeamMemberWhere>),
    /// No `teamMemberships` row matches.
    TeamMembershipsNone(Box<crate::team_member::TeamMemberWhere>),
    /// Some `ownedTeamMembers` row matches.
    OwnedTeamMembersSome(Box<crate::team_member::TeamMemberWhere>),
    /// Every `ownedTeamMembers` row matches (true when there are none).
    OwnedTeamMembersEvery(Box<crate::team_member::TeamMemberWhere>),
    /// No `ownedTeamMembers` row matches.
    OwnedTeamMembersNone(Box<crate::team_member::TeamMemberWhere>),
    /// Some `sentInvitations` row matches.
    SentInvitationsSome(Box<crate::team_invitation::TeamInvitationWhere>),
    /// Every `sentInvitations` row matches (true when there are none).
    SentInvitationsEvery(Box<crate::team_invitation::TeamInvitationWhere>),
    /// No `sentInvitations` row matches.
    SentInvitationsNone(Box<crate::team_invitation::TeamInvitationWhere>),
    /// Some `approvalComments` row matches.
    ApprovalCommentsSome(Box<crate::survey_approval_comment::SurveyApprovalCommentWhere>),
    /// Every `approvalComments` row matches (true when there are none).
    ApprovalCommentsEvery(Box<crate::survey_approval_comment::SurveyApprovalCommentWhere>),
    /// No `approvalComments` row matches.
    ApprovalCommentsNone(Box<crate::survey_approval_comment::SurveyApprovalCommentWhere>),
    /// Some `auditLogs` row matches.
    AuditLogsSome(Box<crate::audit_log::AuditLogWhere>),
    /// Every `auditLogs` row matches (true when there are none).
    AuditLogsEvery(Box<crate::audit_log::AuditLogWhere>),
    /// No `auditLogs` row matches.
    AuditLogsNone(Box<crate::audit_log::AuditLogWhere>),
    /// Every filter matches (true when empty).
    And(Vec<UserWhere>),
    /// Some filter matches (false when empty).
    Or(Vec<UserWhere>),
    /// The filter does not match.
    Not(Box<UserWhere>),
}

impl UserWhere {
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            UserWhere::Id(f) => f.render(COLUMNS[0], q),
            UserWhere::ClerkId(f) => f.render(COLUMNS[1], q),
            UserWhere::Email(f) => f.render(COLUMNS[2], q),
            UserWhere::Name(f) => f.render(COLUMNS[3], q),
            UserWhere::Image(f) => f.render(COLUMNS[4], q),
            UserWhere::Role(f) => f.render(COLUMNS[5], q),
            UserWhere::StripeCustomerId(f) => f.render(COLUMNS[6], q),
            UserWhere::StripeSubscriptionId(f) => f.render(COLUMNS[7], q),
            UserWhere::StripePriceId(f) => f.render(COLUMNS[8], q),
            UserWhere::StripeCurrentPeriodEnd(f) => f.render(COLUMNS[9], q),
            UserWhere::NotificationPrefs(f) => f.render(COLUMNS[10], q),
            UserWhere::DigestTime(f) => f.render(COLUMNS[11], q),
            UserWhere::OnboardingComplete(f) => f.render(COLUMNS[12], q),
            UserWhere::ReferredById(f) => f.render(COLUMNS[13], q),
            UserWhere::CreatedAt(f) => f.render(COLUMNS[14], q),
            UserWhere::UpdatedAt(f) => f.render(COLUMNS[15], q),
            UserWhere::ReferredByIs(f) => runtime::render_exists(
                q,
                false,
                "\"users\"",
                "\"id\"",
                "\"referredById\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::ReferredByIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"users\"",
                "\"id\"",
                "\"referredById\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::ReferralsSome(f) => runtime::render_exists(
                q,
                false,
                "\"users\"",
                "\"referredById\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::ReferralsEvery(f) => runtime::render_exists(
                q,
                true,
                "\"users\"",
                "\"referredById\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            UserWhere::ReferralsNone(f) => runtime::render_exists(
                q,
                true,
                "\"users\"",
                "\"referredById\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::BrandingSettingsIs(f) => runtime::render_exists(
                q,
                false,
                "\"branding_settings\"",
                "\"userId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::BrandingSettingsIsNot(f) => runtime::render_exists(
                q,
                true,
                "\"branding_settings\"",
                "\"userId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::CampaignsSome(f) => runtime::render_exists(
                q,
                false,
                "\"CampaignWizard\"",
                "\"userId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::CampaignsEvery(f) => runtime::render_exists(
                q,
                true,
                "\"CampaignWizard\"",
                "\"userId\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            UserWhere::CampaignsNone(f) => runtime::render_exists(
                q,
                true,
                "\"CampaignWizard\"",
                "\"userId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::SubmissionsSome(f) => runtime::render_exists(
                q,
                false,
                "\"campaign_wizard_submissions\"",
                "\"submittedById\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::SubmissionsEvery(f) => runtime::render_exists(
                q,
                true,
                "\"campaign_wizard_submissions\"",
                "\"submittedById\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            UserWhere::SubmissionsNone(f) => runtime::render_exists(
                q,
                true,
                "\"campaign_wizard_submissions\"",
                "\"submittedById\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::InsightIqLinksSome(f) => runtime::render_exists(
                q,
                false,
                "\"InsightIQAccountLink\"",
                "\"userId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::InsightIqLinksEvery(f) => runtime::render_exists(
                q,
                true,
                "\"InsightIQAccountLink\"",
                "\"userId\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            UserWhere::InsightIqLinksNone(f) => runtime::render_exists(
                q,
                true,
                "\"InsightIQAccountLink\"",
                "\"userId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::TeamMembershipsSome(f) => runtime::render_exists(
                q,
                false,
                "\"team_members\"",
                "\"userId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::TeamMembershipsEvery(f) => runtime::render_exists(
                q,
                true,
                "\"team_members\"",
                "\"userId\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            UserWhere::TeamMembershipsNone(f) => runtime::render_exists(
                q,
                true,
                "\"team_members\"",
                "\"userId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::OwnedTeamMembersSome(f) => runtime::render_exists(
                q,
                false,
                "\"team_members\"",
                "\"teamOwnerId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::OwnedTeamMembersEvery(f) => runtime::render_exists(
                q,
                true,
                "\"team_members\"",
                "\"teamOwnerId\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            UserWhere::OwnedTeamMembersNone(f) => runtime::render_exists(
                q,
                true,
                "\"team_members\"",
                "\"teamOwnerId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::SentInvitationsSome(f) => runtime::render_exists(
                q,
                false,
                "\"team_invitations\"",
                "\"inviterId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::SentInvitationsEvery(f) => runtime::render_exists(
                q,
                true,
                "\"team_invitations\"",
                "\"inviterId\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            UserWhere::SentInvitationsNone(f) => runtime::render_exists(
                q,
                true,
                "\"team_invitations\"",
                "\"inviterId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::ApprovalCommentsSome(f) => runtime::render_exists(
                q,
                false,
                "\"SurveyApprovalComment\"",
                "\"authorId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::ApprovalCommentsEvery(f) => runtime::render_exists(
                q,
                true,
                "\"SurveyApprovalComment\"",
                "\"authorId\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            UserWhere::ApprovalCommentsNone(f) => runtime::render_exists(
                q,
                true,
                "\"SurveyApprovalComment\"",
                "\"authorId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::AuditLogsSome(f) => runtime::render_exists(
                q,
                false,
                "\"audit_logs\"",
                "\"actorId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::AuditLogsEvery(f) => runtime::render_exists(
                q,
                true,
                "\"audit_logs\"",
                "\"actorId\"",
                "\"id\"",
                true,
                |q| f.render(q),
            ),
            UserWhere::AuditLogsNone(f) => runtime::render_exists(
                q,
                true,
                "\"audit_logs\"",
                "\"actorId\"",
                "\"id\"",
                false,
                |q| f.render(q),
            ),
            UserWhere::And(list) => runtime::render_list(list, " AND ", "TRUE", q, Self::render),
            UserWhere::Or(list) => runtime::render_list(list, " OR ", "FALSE", q, Self::render),
            UserWhere::Not(inner) => {
                q.push("NOT (");
                inner.render(q);
                q.push(")");
            }
        }
    }
}

/// A sort key of User rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserOrderBy {
    /// By `id`.
    Id(runtime::SortOrder),
    /// By `clerkId`.
    ClerkId(runtime::SortOrder),
    /// By `email`.
    Email(runtime::SortOrder),
    /// By `name`.
    Name(runtime::SortOrder),
    /// By `image`.
    Image(runtime::SortOrder),
    /// By `role`.
    Role(runtime::SortOrder),
    /// By `stripeCustomerId`.
    StripeCustomerId(runtime::SortOrder),
    /// By `stripeSubscriptionId`.
    StripeSubscriptionId(runtime::SortOrder),
    /// By `stripePriceId`.
    StripePriceId(runtime::SortOrder),
    /// By `stripeCurrentPeriodEnd`.
    StripeCurrentPeriodEnd(runtime::SortOrder),
    /// By `digestTime`.
    DigestTime(runtime::SortOrder),
    /// By `onboardingComplete`.
    OnboardingComplete(runtime::SortOrder),
    /// By `referredById`.
    ReferredById(runtime::SortOrder),
    /// By `createdAt`.
    CreatedAt(runtime::SortOrder),
    /// By `updatedAt`.
    UpdatedAt(runtime::SortOrder),
}

impl UserOrderBy {
    fn column(self) -> (Column, runtime::SortOrder) {
        match self {
            UserOrderBy::Id(o) => (COLUMNS[0], o),
            UserOrderBy::ClerkId(o) => (COLUMNS[1], o),
            UserOrderBy::Email(o) => (COLUMNS[2], o),
            UserOrderBy::Name(o) => (COLUMNS[3], o),
            UserOrderBy::Image(o) => (COLUMNS[4], o),
            UserOrderBy::Role(o) => (COLUMNS[5], o),
            UserOrderBy::StripeCustomerId(o) => (COLUMNS[6], o),
            UserOrderBy::StripeSubscriptionId(o) => (COLUMNS[7], o),
            UserOrderBy::StripePriceId(o) => (COLUMNS[8], o),
            UserOrderBy::StripeCurrentPeriodEnd(o) => (COLUMNS[9], o),
            UserOrderBy::DigestTime(o) => (COLUMNS[11], o),
            UserOrderBy::OnboardingComplete(o) => (COLUMNS[12], o),
            UserOrderBy::ReferredById(o) => (COLUMNS[13], o),
            UserOrderBy::CreatedAt(o) => (COLUMNS[14], o),
            UserOrderBy::UpdatedAt(o) => (COLUMNS[15], o),
        }
    }
}

/// Relations of User to load with the rows (one query per relation and level).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UserInclude {
    /// Loads `referredBy` (and, inside, its own relations).
    pub referred_by: Option<Box<crate::user::UserInclude>>,
    /// Loads `referrals` (and, inside, its own relations).
    pub referrals: Option<Box<crate::user::UserInclude>>,
    /// Loads `brandingSettings` (and, inside, its own relations).
    pub branding_settings: Option<Box<crate::branding_settings::BrandingSettingsInclude>>,
    /// Loads `campaigns` (and, inside, its own relations).
    pub campaigns: Option<Box<crate::campaign_wizard::CampaignWizardInclude>>,
    /// Loads `submissions` (and, inside, its own relations).
    pub submissions:
        Option<Box<crate::campaign_wizard_submission::CampaignWizardSubmissionInclude>>,
    /// Loads `insightIQLinks` (and, inside, its own relations).
    pub insight_iq_links: Option<Box<crate::insight_iq_account_link::InsightIqAccountLinkInclude>>,
    /// Loads `teamMemberships` (and, inside, its own relations).
    pub team_memberships: Option<Box<crate::team_member::TeamMemberInclude>>,
    /// Loads `ownedTeamMembers` (and, inside, its own relations).
    pub owned_team_members: Option<Box<crate::team_member::TeamMemberInclude>>,
    /// Loads `sentInvitations` (and, inside, its own relations).
    pub sent_invitations: Option<Box<crate::team_invitation::TeamInvitationInclude>>,
    /// Loads `approvalComments` (and, inside, its own relations).
    pub approval_comments:
        Option<Box<crate::survey_approval_comment::SurveyApprovalCommentInclude>>,
    /// Loads `auditLogs` (and, inside, its own relations).
    pub audit_logs: Option<Box<crate::audit_log::AuditLogInclude>>,
}

impl UserInclude {
    /// Loads the requested relations into `rows`.
    pub fn load<'a, C: Executor + ?Sized>(
        &'a self,
        client: &'a C,
        rows: &'a mut [User],
    ) -> runtime::BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            if let Some(nested) = &self.referred_by {
                let keys: Vec<String> = rows
                    .iter()
                    .filter_map(|r| r.referred_by_id.clone())
                    .collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"clerkId\", t.\"email\", t.\"name\", t.\"image\", t.\"role\", t.\"stripeCustomerId\", t.\"stripeSubscriptionId\", t.\"stripePriceId\", t.\"stripeCurrentPeriodEnd\", t.\"notification_prefs\", t.\"digestTime\", t.\"onboardingComplete\", t.\"referredById\", t.\"createdAt\", t.\"updatedAt\" FROM \"users\" AS t WHERE t.\"id\" = ANY($1)");
                q.param(keys);
                let mut children = crate::user::User::from_rows(&q.fetch(client).await?)?;
                nested.load(client, &mut children).await?;
                let by_key: std::collections::HashMap<String, crate::user::User> =
                    children.into_iter().map(|c| (c.id.clone(), c)).collect();
                for row in rows.iter_mut() {
                    row.referred_by = Some(
                        row.referred_by_id
                            .as_ref()
                            .and_then(|k| by_key.get(k))
                            .cloned()
                            .map(Box::new),
                    );
                }
            }
            if let Some(nested) = &self.referrals {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"clerkId\", t.\"email\", t.\"name\", t.\"image\", t.\"role\", t.\"stripeCustomerId\", t.\"stripeSubscriptionId\", t.\"stripePriceId\", t.\"stripeCurrentPeriodEnd\", t.\"notification_prefs\", t.\"digestTime\", t.\"onboardingComplete\", t.\"referredById\", t.\"createdAt\", t.\"updatedAt\" FROM \"users\" AS t WHERE t.\"referredById\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children = crate::user::User::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<String, Vec<crate::user::User>> =
                    std::collections::HashMap::new();
                for c in children {
                    let Some(k) = c.referred_by_id.clone() else {
                        continue;
                    };
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.referrals = Some(found);
                }
            }
            if let Some(nested) = &self.branding_settings {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"userId\", t.\"primaryColor\", t.\"secondaryColor\", t.\"headerFont\", t.\"headerFontSize\", t.\"bodyFont\", t.\"bodyFontSize\", t.\"logoUrl\", t.\"logoBytes\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"branding_settings\" AS t WHERE t.\"userId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children = crate::branding_settings::BrandingSettings::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    String,
                    Vec<crate::branding_settings::BrandingSettings>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.user_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.branding_settings = Some(found.into_iter().next().map(Box::new));
                }
            }
            if let Some(nested) = &self.campaigns {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"name\", t.\"businessGoal\", t.\"startDate\", t.\"endDate\", t.\"timeZone\", t.\"currency\", t.\"budget\", t.\"primaryKPI\", COALESCE(t.\"secondaryKPIs\", '{}') AS \"secondaryKPIs\", COALESCE(t.\"platforms\", '{}') AS \"platforms\", t.\"status\", t.\"step\", t.\"isComplete\", t.\"messaging\", t.\"expectedOutcomes\", t.\"userId\", t.\"createdAt\", t.\"updatedAt\" FROM \"CampaignWizard\" AS t WHERE t.\"userId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children = crate::campaign_wizard::CampaignWizard::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    String,
                    Vec<crate::campaign_wizard::CampaignWizard>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.user_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.campaigns = Some(found);
                }
            }
            if let Some(nested) = &self.submissions {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"wizardId\", t.\"campaignName\", t.\"description\", t.\"contactEmail\", t.\"totalBudget\", t.\"socialMediaBudget\"::numeric AS \"socialMediaBudget\", t.\"currency\", t.\"submissionStatus\", t.\"submittedById\", t.\"submittedAt\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\" FROM \"campaign_wizard_submissions\" AS t WHERE t.\"submittedById\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children =
                    crate::campaign_wizard_submission::CampaignWizardSubmission::from_rows(
                        &fetched,
                    )?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    String,
                    Vec<crate::campaign_wizard_submission::CampaignWizardSubmission>,
                > = std::collections::HashMap::new();
                for c in children {
                    let Some(k) = c.submitted_by_id.clone() else {
                        continue;
                    };
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.submissions = Some(found);
                }
            }
            if let Some(nested) = &self.insight_iq_links {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"userId\", t.\"influencerId\", t.\"insightiqAccountId\", t.\"insightiqUserId\", t.\"workPlatformId\", t.\"platform\", t.\"status\", (t.\"connectedAt\" AT TIME ZONE 'UTC') AS \"connectedAt\", (t.\"lastSyncedAt\" AT TIME ZONE 'UTC') AS \"lastSyncedAt\" FROM \"InsightIQAccountLink\" AS t WHERE t.\"userId\" = ANY($1)");
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
                    let k = c.user_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.insight_iq_links = Some(found);
                }
            }
            if let Some(nested) = &self.team_memberships {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"userId\", t.\"teamOwnerId\", t.\"role\", t.\"workdayStartsAt\"::text AS \"workdayStartsAt\", (t.\"joinedAt\" AT TIME ZONE 'UTC') AS \"joinedAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"team_members\" AS t WHERE t.\"userId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children = crate::team_member::TeamMember::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    String,
                    Vec<crate::team_member::TeamMember>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.user_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.team_memberships = Some(found);
                }
            }
            if let Some(nested) = &self.owned_team_members {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"userId\", t.\"teamOwnerId\", t.\"role\", t.\"workdayStartsAt\"::text AS \"workdayStartsAt\", (t.\"joinedAt\" AT TIME ZONE 'UTC') AS \"joinedAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"team_members\" AS t WHERE t.\"teamOwnerId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children = crate::team_member::TeamMember::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    String,
                    Vec<crate::team_member::TeamMember>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.team_owner_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.owned_team_members = Some(found);
                }
            }
            if let Some(nested) = &self.sent_invitations {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"email\", t.\"role\", t.\"status\", t.\"token\", t.\"inviterId\", t.\"expiresAt\", t.\"createdAt\" FROM \"team_invitations\" AS t WHERE t.\"inviterId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children = crate::team_invitation::TeamInvitation::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    String,
                    Vec<crate::team_invitation::TeamInvitation>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.inviter_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.sent_invitations = Some(found);
                }
            }
            if let Some(nested) = &self.approval_comments {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"approvalStatusId\", t.\"authorId\", t.\"questionId\", t.\"text\", t.\"resolved\", (t.\"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\", (t.\"updatedAt\" AT TIME ZONE 'UTC') AS \"updatedAt\" FROM \"SurveyApprovalComment\" AS t WHERE t.\"authorId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children =
                    crate::survey_approval_comment::SurveyApprovalComment::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<
                    String,
                    Vec<crate::survey_approval_comment::SurveyApprovalComment>,
                > = std::collections::HashMap::new();
                for c in children {
                    let k = c.author_id.clone();
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.approval_comments = Some(found);
                }
            }
            if let Some(nested) = &self.audit_logs {
                let keys: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
                let mut q = Query::new("SELECT t.\"id\", t.\"actorId\", t.\"action\", t.\"entity\", t.\"entityId\", t.\"tableOid\", t.\"ipAddress\"::text AS \"ipAddress\", t.\"message\", t.\"payload\", t.\"occurredAt\" FROM \"audit_logs\" AS t WHERE t.\"actorId\" = ANY($1)");
                q.param(keys);
                let fetched = q.fetch(client).await?;
                let mut children = crate::audit_log::AuditLog::from_rows(&fetched)?;
                nested.load(client, &mut children).await?;
                let mut by_key: std::collections::HashMap<String, Vec<crate::audit_log::AuditLog>> =
                    std::collections::HashMap::new();
                for c in children {
                    let Some(k) = c.actor_id.clone() else {
                        continue;
                    };
                    by_key.entry(k).or_default().push(c);
                }
                for row in rows.iter_mut() {
                    let found = by_key.get(&row.id).cloned().unwrap_or_default();
                    row.audit_logs = Some(found);
                }
            }
            Ok(())
        })
    }
}

/// Arguments of [`find_many`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UserFindMany {
    /// Which rows (all when `None`).
    pub filter: Option<UserWhere>,
    /// Sort keys, in order.
    pub order_by: Vec<UserOrderBy>,
    /// Rows to skip (`OFFSET`).
    pub skip: Option<i64>,
    /// Rows to return at most (`LIMIT`).
    pub take: Option<i64>,
    /// Start at the row with this unique key (Prisma's `cursor`, the row included: `skip:
    /// Some(1)` leaves it out). The rows are ordered by `order_by`, then by the key's columns.
    pub cursor: Option<UserUnique>,
    /// Relations to load.
    pub include: UserInclude,
}

/// Finds the rows matching `args`.
pub async fn find_many<C: Executor + ?Sized>(client: &C, args: UserFindMany) -> Result<Vec<User>> {
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
        runtime::render_cursor(&mut q, "\"users\"", &order, |q| key.clone().render(q));
    }
    runtime::render_paging(&mut q, &order, args.skip, args.take);
    let mut rows = User::from_rows(&q.fetch(client).await?)?;
    args.include.load(client, &mut rows).await?;
    Ok(rows)
}

/// Finds the first row matching `filter`.
pub async fn find_first<C: Executor + ?Sized>(
    client: &C,
    filter: Option<UserWhere>,
) -> Result<Option<User>> {
    let args = UserFindMany {
        filter,
        take: Some(1),
        ..Default::default()
    };
    Ok(find_many(client, args).await?.into_iter().next())
}

/// Counts the rows matching `filter`.
pub async fn count<C: Executor + ?Sized>(client: &C, filter: Option<UserWhere>) -> Result<i64> {
    let mut q = Query::new("SELECT count(*) FROM \"users\" AS t");
    if let Some(filter) = filter {
        q.push(" WHERE ");
        filter.render(&mut q);
    }
    let row = q.fetch(client).await?;
    Ok(row.first().map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
}

/// A unique key of User: the primary key or a unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum UserUnique {
    /// By `id`.
    Id(String),
    /// By `clerkId`.
    ClerkId(String),
    /// By `email`.
    Email(String),
    /// By `stripeCustomerId`.
    StripeCustomerId(String),
    /// By `stripeSubscriptionId`.
    StripeSubscriptionId(String),
}

impl UserUnique {
    /// The key's columns (indexes into the model's columns).
    fn columns(&self) -> &'static [usize] {
        match self {
            UserUnique::Id(_) => &[0],
            UserUnique::ClerkId(_) => &[1],
            UserUnique::Email(_) => &[2],
            UserUnique::StripeCustomerId(_) => &[6],
            UserUnique::StripeSubscriptionId(_) => &[7],
        }
    }

    /// Appends `column = $n [AND …]` (unqualified columns).
    pub(crate) fn render(self, q: &mut Query) {
        match self {
            UserUnique::Id(v) => q.compare(COLUMNS[0], " = ", v),
            UserUnique::ClerkId(v) => q.compare(COLUMNS[1], " = ", v),
            UserUnique::Email(v) => q.compare(COLUMNS[2], " = ", v),
            UserUnique::StripeCustomerId(v) => q.compare(COLUMNS[6], " = ", v),
            UserUnique::StripeSubscriptionId(v) => q.compare(COLUMNS[7], " = ", v),
        }
    }

    fn conflict_target(&self) -> &'static str {
        match self {
            UserUnique::Id(_) => "(\"id\")",
            UserUnique::ClerkId(_) => "(\"clerkId\")",
            UserUnique::Email(_) => "(\"email\")",
            UserUnique::StripeCustomerId(_) => "(\"stripeCustomerId\")",
            UserUnique::StripeSubscriptionId(_) => "(\"stripeSubscriptionId\")",
        }
    }
}

/// Finds the row with a unique key.
pub async fn find_unique<C: Executor + ?Sized>(
    client: &C,
    key: UserUnique,
) -> Result<Option<User>> {
    let mut q = Query::new(SELECT);
    q.push(" WHERE ");
    key.render(&mut q);
    q.fetch_opt(client)
        .await?
        .map(|r| User::from_row(&r))
        .transpose()
}

/// Finds the row with a unique key, or fails with [`runtime::Error::NotFound`].
pub async fn find_unique_or_throw<C: Executor + ?Sized>(
    client: &C,
    key: UserUnique,
) -> Result<User> {
    find_unique(client, key)
        .await?
        .ok_or(runtime::Error::NotFound)
}

/// The values of a new User row. Fields left `None` take their default.
#[derive(Debug, Clone, PartialEq)]
pub struct UserCreate {
    /// `id` (cuid() when `None`).
    pub id: Option<String>,
    /// `clerkId`.
    pub clerk_id: String,
    /// `email`.
    pub email: String,
    /// `name`.
    pub name: Option<String>,
    /// `image`.
    pub image: Option<String>,
    /// `role` (the database default when `None`).
    pub role: Option<crate::enums::UserRole>,
    /// `stripeCustomerId`.
    pub stripe_customer_id: Option<String>,
    /// `stripeSubscriptionId`.
    pub stripe_subscription_id: Option<String>,
    /// `stripePriceId`.
    pub stripe_price_id: Option<String>,
    /// `stripeCurrentPeriodEnd`.
    pub stripe_current_period_end: Option<chrono::DateTime<chrono::Utc>>,
    /// `notificationPrefs` (the database default when `None`).
    pub notification_prefs: Option<serde_json::Value>,
    /// `digestTime`.
    pub digest_time: Option<chrono::NaiveTime>,
    /// `onboardingComplete` (the database default when `None`).
    pub onboarding_complete: Option<bool>,
    /// `referredById`.
    pub referred_by_id: Option<String>,
    /// `createdAt` (now() when `None`).
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (@updatedAt: now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Connects `referredBy` to the existing row with this unique key: its key is
    /// read in the same statement and replaces `referred_by_id` (no row is created, and the
    /// query fails with [`runtime::Error::NotFound`], when there is none).
    pub connect_referred_by: Option<crate::user::UserUnique>,
}

impl UserCreate {
    /// The required values; everything else `None`.
    pub fn new(clerk_id: String, email: String) -> Self {
        Self {
            id: None,
            clerk_id,
            email,
            name: None,
            image: None,
            role: None,
            stripe_customer_id: None,
            stripe_subscription_id: None,
            stripe_price_id: None,
            stripe_current_period_end: None,
            notification_prefs: None,
            digest_time: None,
            onboarding_complete: None,
            referred_by_id: None,
            created_at: None,
            updated_at: None,
            connect_referred_by: None,
        }
    }

    /// The values by column (client-side defaults applied), `None` for the database default.
    fn cells(self) -> runtime::Cells<16> {
        let mut cells: runtime::Cells<16> = std::array::from_fn(|_| None);
        cells[0] = Some(Box::new(self.id.unwrap_or_else(|| runtime::cuid())));
        cells[1] = Some(Box::new(self.clerk_id));
        cells[2] = Some(Box::new(self.email));
        if let Some(v) = self.name {
            cells[3] = Some(Box::new(v));
        }
        if let Some(v) = self.image {
            cells[4] = Some(Box::new(v));
        }
        if let Some(v) = self.role {
            cells[5] = Some(Box::new(v));
        }
        if let Some(v) = self.stripe_customer_id {
            cells[6] = Some(Box::new(v));
        }
        if let Some(v) = self.stripe_subscription_id {
            cells[7] = Some(Box::new(v));
        }
        if let Some(v) = self.stripe_price_id {
            cells[8] = Some(Box::new(v));
        }
        if let Some(v) = self.stripe_current_period_end {
            cells[9] = Some(Box::new(v));
        }
        if let Some(v) = self.notification_prefs {
            cells[10] = Some(Box::new(v));
        }
        if let Some(v) = self.digest_time {
            cells[11] = Some(Box::new(v));
        }
        if let Some(v) = self.onboarding_complete {
            cells[12] = Some(Box::new(v));
        }
        if let Some(v) = self.referred_by_id {
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

/// Changes to a User row: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UserUpdate {
    /// `id`.
    pub id: Option<String>,
    /// `clerkId`.
    pub clerk_id: Option<String>,
    /// `email`.
    pub email: Option<String>,
    /// `name`.
    pub name: Option<Option<String>>,
    /// `image`.
    pub image: Option<Option<String>>,
    /// `role`.
    pub role: Option<crate::enums::UserRole>,
    /// `stripeCustomerId`.
    pub stripe_customer_id: Option<Option<String>>,
    /// `stripeSubscriptionId`.
    pub stripe_subscription_id: Option<Option<String>>,
    /// `stripePriceId`.
    pub stripe_price_id: Option<Option<String>>,
    /// `stripeCurrentPeriodEnd`.
    pub stripe_current_period_end: Option<Option<chrono::DateTime<chrono::Utc>>>,
    /// `notificationPrefs`.
    pub notification_prefs: Option<serde_json::Value>,
    /// `digestTime`.
    pub digest_time: Option<Option<chrono::NaiveTime>>,
    /// `onboardingComplete`.
    pub onboarding_complete: Option<bool>,
    /// `referredById`.
    pub referred_by_id: Option<Option<String>>,
    /// `createdAt`.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt` (set to now when `None`).
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl UserUpdate {
    fn assignments(self, q: &mut Query) -> Vec<String> {
        let mut sets = Vec::new();
        if let Some(v) = self.id {
            let p = q.placeholder(COLUMNS[0], v);
            sets.push(format!("{} = {p}", COLUMNS[0].name));
        }
        if let Some(v) = self.clerk_id {
            let p = q.placeholder(COLUMNS[1], v);
            sets.push(format!("{} = {p}", COLUMNS[1].name));
        }
        if let Some(v) = self.email {
            let p = q.placeholder(COLUMNS[2], v);
            sets.push(format!("{} = {p}", COLUMNS[2].name));
        }
        if let Some(v) = self.name {
            let p = q.placeholder(COLUMNS[3], v);
            sets.push(format!("{} = {p}", COLUMNS[3].name));
        }
        if let Some(v) = self.image {
            let p = q.placeholder(COLUMNS[4], v);
            sets.push(format!("{} = {p}", COLUMNS[4].name));
        }
        if let Some(v) = self.role {
            let p = q.placeholder(COLUMNS[5], v);
            sets.push(format!("{} = {p}", COLUMNS[5].name));
        }
        if let Some(v) = self.stripe_customer_id {
            let p = q.placeholder(COLUMNS[6], v);
            sets.push(format!("{} = {p}", COLUMNS[6].name));
        }
        if let Some(v) = self.stripe_subscription_id {
            let p = q.placeholder(COLUMNS[7], v);
            sets.push(format!("{} = {p}", COLUMNS[7].name));
        }
        if let Some(v) = self.stripe_price_id {
            let p = q.placeholder(COLUMNS[8], v);
            sets.push(format!("{} = {p}", COLUMNS[8].name));
        }
        if let Some(v) = self.stripe_current_period_end {
            let p = q.placeholder(COLUMNS[9], v);
            sets.push(format!("{} = {p}", COLUMNS[9].name));
        }
        if let Some(v) = self.notification_prefs {
            let p = q.placeholder(COLUMNS[10], v);
            sets.push(format!("{} = {p}", COLUMNS[10].name));
        }
        if let Some(v) = self.digest_time {
            let p = q.placeholder(COLUMNS[11], v);
            sets.push(format!("{} = {p}", COLUMNS[11].name));
        }
        if let Some(v) = self.onboarding_complete {
            let p = q.placeholder(COLUMNS[12], v);
            sets.push(format!("{} = {p}", COLUMNS[12].name));
        }
        if let Some(v) = self.referred_by_id {
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
fn insert(mut data: UserCreate, q: &mut Query) -> Vec<runtime::Link> {
    let mut connects = Vec::new();
    let mut links = Vec::new();
    if let Some(key) = data.connect_referred_by.take() {
        let source = runtime::connect_source(q, "\"users\"", "\"id\"", |q| key.render(q));
        connects.push(runtime::Connect { column: 13, source });
    }
    runtime::insert_one(q, TABLE, &COLUMNS, data.cells(), connects);
    links
}

/// Runs an `INSERT … RETURNING` (with the join rows of many-to-many connects) for one row.
async fn insert_returning<C: Executor + ?Sized>(
    client: &C,
    mut q: Query,
    links: Vec<runtime::Link>,
) -> Result<User> {
    let row = if links.is_empty() {
        q.push(" RETURNING t.\"id\", t.\"clerkId\", t.\"email\", t.\"name\", t.\"image\", t.\"role\", t.\"stripeCustomerId\", t.\"stripeSubscriptionId\", t.\"stripePriceId\", t.\"stripeCurrentPeriodEnd\", t.\"notification_prefs\", t.\"digestTime\", t.\"onboardingComplete\", t.\"referredById\", t.\"createdAt\", t.\"updatedAt\"");
        q.fetch_opt(client).await?
    } else {
        runtime::with_links(&mut q, &links, &" RETURNING t.\"id\", t.\"clerkId\", t.\"email\", t.\"name\", t.\"image\", t.\"role\", t.\"stripeCustomerId\", t.\"stripeSubscriptionId\", t.\"stripePriceId\", t.\"stripeCurrentPeriodEnd\", t.\"notification_prefs\", t.\"digestTime\", t.\"onboardingComplete\", t.\"referredById\", t.\"createdAt\", t.\"updatedAt\""[" RETURNING ".len()..]);
        q.fetch_opt(client).await.map_err(runtime::link_error)?
    };
    User::from_row(&row.ok_or(runtime::Error::NotFound)?)
}

/// Inserts a row (applying client-side defaults, connecting relations) and returns it.
pub async fn create<C: Executor + ?Sized>(client: &C, data: UserCreate) -> Result<User> {
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
    data: Vec<UserCreate>,
    skip_duplicates: bool,
) -> Result<u64> {
    let rows = data.into_iter().map(UserCreate::cells).collect();
    runtime::create_many(client, TABLE, &COLUMNS, rows, skip_duplicates).await
}

/// Updates the rows matching `filter`; returns how many.
pub async fn update_many<C: Executor + ?Sized>(
    client: &C,
    filter: Option<UserWhere>,
    patch: UserUpdate,
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
    filter: Option<UserWhere>,
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
    key: UserUnique,
    patch: UserUpdate,
) -> Result<User> {
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
    q.push(" RETURNING t.\"id\", t.\"clerkId\", t.\"email\", t.\"name\", t.\"image\", t.\"role\", t.\"stripeCustomerId\", t.\"stripeSubscriptionId\", t.\"stripePriceId\", t.\"stripeCurrentPeriodEnd\", t.\"notification_prefs\", t.\"digestTime\", t.\"onboardingComplete\", t.\"referredById\", t.\"createdAt\", t.\"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    User::from_row(&row)
}

/// Deletes the row with a unique key and returns it ([`runtime::Error::NotFound`] if none).
pub async fn delete<C: Executor + ?Sized>(client: &C, key: UserUnique) -> Result<User> {
    let mut q = Query::new(&format!("DELETE FROM {TABLE} AS t WHERE "));
    key.render(&mut q);
    q.push(" RETURNING t.\"id\", t.\"clerkId\", t.\"email\", t.\"name\", t.\"image\", t.\"role\", t.\"stripeCustomerId\", t.\"stripeSubscriptionId\", t.\"stripePriceId\", t.\"stripeCurrentPeriodEnd\", t.\"notification_prefs\", t.\"digestTime\", t.\"onboardingComplete\", t.\"referredById\", t.\"createdAt\", t.\"updatedAt\"");
    let row = q.fetch_opt(client).await?.ok_or(runtime::Error::NotFound)?;
    User::from_row(&row)
}

/// Inserts `create`, or, when it conflicts on `key`'s constraint, applies `patch` to the
/// existing row (`INSERT … ON CONFLICT … DO UPDATE`); returns the row.
pub async fn upsert<C: Executor + ?Sized>(
    client: &C,
    key: UserUnique,
    create: UserCreate,
    patch: UserUpdate,
) -> Result<User> {
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
