//! The enums of the schema, mapped to their PostgreSQL enum types.

/// Generic lifecycle status of a campaign.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    postgres_types::ToSql,
    postgres_types::FromSql,
)]
#[postgres(name = "Status")]
pub enum Status {
    #[postgres(name = "DRAFT")]
    #[serde(rename = "DRAFT")]
    Draft,
    #[postgres(name = "IN_REVIEW")]
    #[serde(rename = "IN_REVIEW")]
    InReview,
    #[postgres(name = "APPROVED")]
    #[serde(rename = "APPROVED")]
    Approved,
    #[postgres(name = "ACTIVE")]
    #[serde(rename = "ACTIVE")]
    Active,
    #[postgres(name = "PAUSED")]
    #[serde(rename = "PAUSED")]
    Paused,
    #[postgres(name = "COMPLETED")]
    #[serde(rename = "COMPLETED")]
    Completed,
    #[postgres(name = "ARCHIVED")]
    #[serde(rename = "ARCHIVED")]
    Archived,
}

impl Status {
    /// Every value, in schema order.
    pub const ALL: [Status; 7] = [
        Status::Draft,
        Status::InReview,
        Status::Approved,
        Status::Active,
        Status::Paused,
        Status::Completed,
        Status::Archived,
    ];

    /// The value's name in the database.
    pub fn db_name(self) -> &'static str {
        match self {
            Status::Draft => "DRAFT",
            Status::InReview => "IN_REVIEW",
            Status::Approved => "APPROVED",
            Status::Active => "ACTIVE",
            Status::Paused => "PAUSED",
            Status::Completed => "COMPLETED",
            Status::Archived => "ARCHIVED",
        }
    }
}

/// Application-level role of a user.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    postgres_types::ToSql,
    postgres_types::FromSql,
)]
#[postgres(name = "user_role")]
pub enum UserRole {
    #[postgres(name = "USER")]
    #[serde(rename = "USER")]
    User,
    #[postgres(name = "ADMIN")]
    #[serde(rename = "ADMIN")]
    Admin,
    #[postgres(name = "SUPER_ADMIN")]
    #[serde(rename = "SUPER_ADMIN")]
    SuperAdmin,
}

impl UserRole {
    /// Every value, in schema order.
    pub const ALL: [UserRole; 3] = [UserRole::User, UserRole::Admin, UserRole::SuperAdmin];

    /// The value's name in the database.
    pub fn db_name(self) -> &'static str {
        match self {
            UserRole::User => "USER",
            UserRole::Admin => "ADMIN",
            UserRole::SuperAdmin => "SUPER_ADMIN",
        }
    }
}

/// Social platforms an influencer can be on.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    postgres_types::ToSql,
    postgres_types::FromSql,
)]
#[postgres(name = "Platform")]
pub enum Platform {
    #[postgres(name = "INSTAGRAM")]
    #[serde(rename = "INSTAGRAM")]
    Instagram,
    #[postgres(name = "YOUTUBE")]
    #[serde(rename = "YOUTUBE")]
    Youtube,
    #[postgres(name = "TIKTOK")]
    #[serde(rename = "TIKTOK")]
    Tiktok,
    #[postgres(name = "X")]
    #[serde(rename = "TWITTER")]
    Twitter,
    #[postgres(name = "FACEBOOK")]
    #[serde(rename = "FACEBOOK")]
    Facebook,
    #[postgres(name = "LINKEDIN")]
    #[serde(rename = "LINKEDIN")]
    Linkedin,
    #[postgres(name = "TWITCH")]
    #[serde(rename = "TWITCH")]
    Twitch,
}

impl Platform {
    /// Every value, in schema order.
    pub const ALL: [Platform; 7] = [
        Platform::Instagram,
        Platform::Youtube,
        Platform::Tiktok,
        Platform::Twitter,
        Platform::Facebook,
        Platform::Linkedin,
        Platform::Twitch,
    ];

    /// The value's name in the database.
    pub fn db_name(self) -> &'static str {
        match self {
            Platform::Instagram => "INSTAGRAM",
            Platform::Youtube => "YOUTUBE",
            Platform::Tiktok => "TIKTOK",
            Platform::Twitter => "X",
            Platform::Facebook => "FACEBOOK",
            Platform::Linkedin => "LINKEDIN",
            Platform::Twitch => "TWITCH",
        }
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    postgres_types::ToSql,
    postgres_types::FromSql,
)]
#[postgres(name = "KPI")]
pub enum Kpi {
    #[postgres(name = "AD_RECALL")]
    #[serde(rename = "AD_RECALL")]
    AdRecall,
    #[postgres(name = "BRAND_AWARENESS")]
    #[serde(rename = "BRAND_AWARENESS")]
    BrandAwareness,
    #[postgres(name = "CONSIDERATION")]
    #[serde(rename = "CONSIDERATION")]
    Consideration,
    #[postgres(name = "MESSAGE_ASSOCIATION")]
    #[serde(rename = "MESSAGE_ASSOCIATION")]
    MessageAssociation,
    #[postgres(name = "BRAND_PREFERENCE")]
    #[serde(rename = "BRAND_PREFERENCE")]
    BrandPreference,
    #[postgres(name = "PURCHASE_INTENT")]
    #[serde(rename = "PURCHASE_INTENT")]
    PurchaseIntent,
    #[postgres(name = "ACTION_INTENT")]
    #[serde(rename = "ACTION_INTENT")]
    ActionIntent,
    #[postgres(name = "RECOMMENDATION_INTENT")]
    #[serde(rename = "RECOMMENDATION_INTENT")]
    RecommendationIntent,
    #[postgres(name = "ADVOCACY")]
    #[serde(rename = "ADVOCACY")]
    Advocacy,
}

impl Kpi {
    /// Every value, in schema order.
    pub const ALL: [Kpi; 9] = [
        Kpi::AdRecall,
        Kpi::BrandAwareness,
        Kpi::Consideration,
        Kpi::MessageAssociation,
        Kpi::BrandPreference,
        Kpi::PurchaseIntent,
        Kpi::ActionIntent,
        Kpi::RecommendationIntent,
        Kpi::Advocacy,
    ];

    /// The value's name in the database.
    pub fn db_name(self) -> &'static str {
        match self {
            Kpi::AdRecall => "AD_RECALL",
            Kpi::BrandAwareness => "BRAND_AWARENESS",
            Kpi::Consideration => "CONSIDERATION",
            Kpi::MessageAssociation => "MESSAGE_ASSOCIATION",
            Kpi::BrandPreference => "BRAND_PREFERENCE",
            Kpi::PurchaseIntent => "PURCHASE_INTENT",
            Kpi::ActionIntent => "ACTION_INTENT",
            Kpi::RecommendationIntent => "RECOMMENDATION_INTENT",
            Kpi::Advocacy => "ADVOCACY",
        }
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    postgres_types::ToSql,
    postgres_types::FromSql,
)]
#[postgres(name = "Currency")]
pub enum Currency {
    #[postgres(name = "USD")]
    #[serde(rename = "USD")]
    Usd,
    #[postgres(name = "EUR")]
    #[serde(rename = "EUR")]
    Eur,
    #[postgres(name = "GBP")]
    #[serde(rename = "GBP")]
    Gbp,
    #[postgres(name = "CAD")]
    #[serde(rename = "CAD")]
    Cad,
    #[postgres(name = "AUD")]
    #[serde(rename = "AUD")]
    Aud,
}

impl Currency {
    /// Every value, in schema order.
    pub const ALL: [Currency; 5] = [
        Currency::Usd,
        Currency::Eur,
        Currency::Gbp,
        Currency::Cad,
        Currency::Aud,
    ];

    /// The value's name in the database.
    pub fn db_name(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Cad => "CAD",
            Currency::Aud => "AUD",
        }
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    postgres_types::ToSql,
    postgres_types::FromSql,
)]
#[postgres(name = "SubmissionStatus")]
pub enum SubmissionStatus {
    #[postgres(name = "draft")]
    #[serde(rename = "draft")]
    Draft,
    #[postgres(name = "submitted")]
    #[serde(rename = "submitted")]
    Submitted,
    #[postgres(name = "approved")]
    #[serde(rename = "approved")]
    Approved,
    #[postgres(name = "rejected")]
    #[serde(rename = "rejected")]
    Rejected,
}

impl SubmissionStatus {
    /// Every value, in schema order.
    pub const ALL: [SubmissionStatus; 4] = [
        SubmissionStatus::Draft,
        SubmissionStatus::Submitted,
        SubmissionStatus::Approved,
        SubmissionStatus::Rejected,
    ];

    /// The value's name in the database.
    pub fn db_name(self) -> &'static str {
        match self {
            SubmissionStatus::Draft => "draft",
            SubmissionStatus::Submitted => "submitted",
            SubmissionStatus::Approved => "approved",
            SubmissionStatus::Rejected => "rejected",
        }
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    postgres_types::ToSql,
    postgres_types::FromSql,
)]
#[postgres(name = "BrandLiftStudyStatus")]
pub enum BrandLiftStudyStatus {
    #[postgres(name = "DRAFT")]
    #[serde(rename = "DRAFT")]
    Draft,
    #[postgres(name = "PENDING_APPROVAL")]
    #[serde(rename = "PENDING_APPROVAL")]
    PendingApproval,
    #[postgres(name = "APPROVED")]
    #[serde(rename = "APPROVED")]
    Approved,
    #[postgres(name = "COLLECTING")]
    #[serde(rename = "COLLECTING")]
    Collecting,
    #[postgres(name = "COMPLETED")]
    #[serde(rename = "COMPLETED")]
    Completed,
    #[postgres(name = "ARCHIVED")]
    #[serde(rename = "ARCHIVED")]
    Archived,
}

impl BrandLiftStudyStatus {
    /// Every value, in schema order.
    pub const ALL: [BrandLiftStudyStatus; 6] = [
        BrandLiftStudyStatus::Draft,
        BrandLiftStudyStatus::PendingApproval,
        BrandLiftStudyStatus::Approved,
        BrandLiftStudyStatus::Collecting,
        BrandLiftStudyStatus::Completed,
        BrandLiftStudyStatus::Archived,
    ];

    /// The value's name in the database.
    pub fn db_name(self) -> &'static str {
        match self {
            BrandLiftStudyStatus::Draft => "DRAFT",
            BrandLiftStudyStatus::PendingApproval => "PENDING_APPROVAL",
            BrandLiftStudyStatus::Approved => "APPROVED",
            BrandLiftStudyStatus::Collecting => "COLLECTING",
            BrandLiftStudyStatus::Completed => "COMPLETED",
            BrandLiftStudyStatus::Archived => "ARCHIVED",
        }
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    postgres_types::ToSql,
    postgres_types::FromSql,
)]
#[postgres(name = "QuestionType")]
pub enum QuestionType {
    #[postgres(name = "SINGLE_CHOICE")]
    #[serde(rename = "SINGLE_CHOICE")]
    SingleChoice,
    #[postgres(name = "MULTIPLE_CHOICE")]
    #[serde(rename = "MULTIPLE_CHOICE")]
    MultipleChoice,
    #[postgres(name = "OPEN_TEXT")]
    #[serde(rename = "OPEN_TEXT")]
    OpenText,
    #[postgres(name = "RATING_SCALE")]
    #[serde(rename = "RATING_SCALE")]
    RatingScale,
}

impl QuestionType {
    /// Every value, in schema order.
    pub const ALL: [QuestionType; 4] = [
        QuestionType::SingleChoice,
        QuestionType::MultipleChoice,
        QuestionType::OpenText,
        QuestionType::RatingScale,
    ];

    /// The value's name in the database.
    pub fn db_name(self) -> &'static str {
        match self {
            QuestionType::SingleChoice => "SINGLE_CHOICE",
            QuestionType::MultipleChoice => "MULTIPLE_CHOICE",
            QuestionType::OpenText => "OPEN_TEXT",
            QuestionType::RatingScale => "RATING_SCALE",
        }
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    postgres_types::ToSql,
    postgres_types::FromSql,
)]
#[postgres(name = "ApprovalStatus")]
pub enum ApprovalStatus {
    #[postgres(name = "PENDING_REVIEW")]
    #[serde(rename = "PENDING_REVIEW")]
    PendingReview,
    #[postgres(name = "CHANGES_REQUESTED")]
    #[serde(rename = "CHANGES_REQUESTED")]
    ChangesRequested,
    #[postgres(name = "APPROVED")]
    #[serde(rename = "APPROVED")]
    Approved,
    #[postgres(name = "SIGNED_OFF")]
    #[serde(rename = "SIGNED_OFF")]
    SignedOff,
}

impl ApprovalStatus {
    /// Every value, in schema order.
    pub const ALL: [ApprovalStatus; 4] = [
        ApprovalStatus::PendingReview,
        ApprovalStatus::ChangesRequested,
        ApprovalStatus::Approved,
        ApprovalStatus::SignedOff,
    ];

    /// The value's name in the database.
    pub fn db_name(self) -> &'static str {
        match self {
            ApprovalStatus::PendingReview => "PENDING_REVIEW",
            ApprovalStatus::ChangesRequested => "CHANGES_REQUESTED",
            ApprovalStatus::Approved => "APPROVED",
            ApprovalStatus::SignedOff => "SIGNED_OFF",
        }
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    postgres_types::ToSql,
    postgres_types::FromSql,
)]
#[postgres(name = "TeamRole")]
pub enum TeamRole {
    #[postgres(name = "OWNER")]
    #[serde(rename = "OWNER")]
    Owner,
    #[postgres(name = "ADMIN")]
    #[serde(rename = "ADMIN")]
    Admin,
    #[postgres(name = "MEMBER")]
    #[serde(rename = "MEMBER")]
    Member,
    #[postgres(name = "VIEWER")]
    #[serde(rename = "VIEWER")]
    Viewer,
}

impl TeamRole {
    /// Every value, in schema order.
    pub const ALL: [TeamRole; 4] = [
        TeamRole::Owner,
        TeamRole::Admin,
        TeamRole::Member,
        TeamRole::Viewer,
    ];

    /// The value's name in the database.
    pub fn db_name(self) -> &'static str {
        match self {
            TeamRole::Owner => "OWNER",
            TeamRole::Admin => "ADMIN",
            TeamRole::Member => "MEMBER",
            TeamRole::Viewer => "VIEWER",
        }
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    postgres_types::ToSql,
    postgres_types::FromSql,
)]
#[postgres(name = "InvitationStatus")]
pub enum InvitationStatus {
    #[postgres(name = "PENDING")]
    #[serde(rename = "PENDING")]
    Pending,
    #[postgres(name = "ACCEPTED")]
    #[serde(rename = "ACCEPTED")]
    Accepted,
    #[postgres(name = "DECLINED")]
    #[serde(rename = "DECLINED")]
    Declined,
    #[postgres(name = "EXPIRED")]
    #[serde(rename = "EXPIRED")]
    Expired,
    #[postgres(name = "REVOKED")]
    #[serde(rename = "REVOKED")]
    Revoked,
}

impl InvitationStatus {
    /// Every value, in schema order.
    pub const ALL: [InvitationStatus; 5] = [
        InvitationStatus::Pending,
        InvitationStatus::Accepted,
        InvitationStatus::Declined,
        InvitationStatus::Expired,
        InvitationStatus::Revoked,
    ];

    /// The value's name in the database.
    pub fn db_name(self) -> &'static str {
        match self {
            InvitationStatus::Pending => "PENDING",
            InvitationStatus::Accepted => "ACCEPTED",
            InvitationStatus::Declined => "DECLINED",
            InvitationStatus::Expired => "EXPIRED",
            InvitationStatus::Revoked => "REVOKED",
        }
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    postgres_types::ToSql,
    postgres_types::FromSql,
)]
#[postgres(name = "creative_asset_type")]
pub enum CreativeAssetType {
    #[postgres(name = "image")]
    #[serde(rename = "IMAGE")]
    Image,
    #[postgres(name = "video")]
    #[serde(rename = "VIDEO")]
    Video,
    #[postgres(name = "audio")]
    #[serde(rename = "AUDIO")]
    Audio,
    #[postgres(name = "document")]
    #[serde(rename = "DOCUMENT")]
    Document,
}

impl CreativeAssetType {
    /// Every value, in schema order.
    pub const ALL: [CreativeAssetType; 4] = [
        CreativeAssetType::Image,
        CreativeAssetType::Video,
        CreativeAssetType::Audio,
        CreativeAssetType::Document,
    ];

    /// The value's name in the database.
    pub fn db_name(self) -> &'static str {
        match self {
            CreativeAssetType::Image => "image",
            CreativeAssetType::Video => "video",
            CreativeAssetType::Audio => "audio",
            CreativeAssetType::Document => "document",
        }
    }
}
