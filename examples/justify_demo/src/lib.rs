//! The generated `justify-client` at work: a user, a campaign with its audience and creative
//! assets, a brand-lift study with questions, options and responses; then queries with filters,
//! nested includes, JSON path filters and cursor pagination. [`run`] prints each step and returns
//! what it found. It takes any [`jc::Executor`]: `main` passes a [`jc::Db`] (a connection with a
//! prepared-statement cache).

use justify_client as jc;
use justify_client::runtime::{EqFilter, ScalarFilter, StringFilter};
use justify_client::{
    audience, brand_lift_study, campaign_wizard, creative_asset, survey_option, survey_question,
    survey_response, user, SortOrder,
};

/// Errors of the demo.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Number of survey respondents the demo creates.
pub const RESPONDENTS: usize = 24;
/// Page size of the paginated response listing.
pub const PAGE_SIZE: i64 = 10;

/// What [`run`] created and found.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub user_id: String,
    pub campaign_id: jc::uuid::Uuid,
    pub study_id: String,
    /// Creative assets loaded through `include` on the campaign.
    pub assets: usize,
    /// Video assets, found with a filter.
    pub videos: usize,
    /// Audience locations loaded through `include`.
    pub audience_locations: Vec<String>,
    /// Questions, and the options of each (two include levels below the study).
    pub options_per_question: Vec<usize>,
    /// Responses loaded through `include`.
    pub responses: usize,
    /// Exposed (non-control) responses, counted with a filter.
    pub exposed: i64,
    /// Row counts of each page when listing responses `PAGE_SIZE` at a time.
    pub pages: Vec<usize>,
    /// Respondent ids of the first page, in order.
    pub first_page: Vec<String>,
    /// Share of exposed respondents who recalled the ad, minus the control group's (percent).
    pub ad_recall_lift: f64,
}

/// Creates the demo rows and queries them back. `client` must be connected to a database with
/// `schema/migrations` applied; every run creates new rows (unique ids per run).
pub async fn run<E: jc::Executor + ?Sized>(client: &E) -> Result<Summary, BoxError> {
    let run_id = jc::runtime::cuid();

    // A user.
    let mut new_user = jc::UserCreate::new(
        format!("user_{run_id}"),
        format!("demo+{run_id}@justify.example"),
    );
    new_user.name = Some("Demo Brand Manager".into());
    let u = user::create(client, new_user).await?;
    println!("created user {} <{}> ({:?})", u.id, u.email, u.role);

    // A campaign with its audience and creative assets; the owner is connected by its unique
    // email (read by the same INSERT) rather than by its id.
    let date = |m, d| jc::chrono::NaiveDate::from_ymd_opt(2026, m, d).ok_or("bad date");
    let mut campaign = jc::CampaignWizardCreate::new(
        "Spring launch".into(),
        date(3, 1)?,
        date(4, 30)?,
        jc::serde_json::json!({"total": 5000, "socialMedia": 3000}),
        String::new(),
    );
    campaign.connect_user = Some(jc::UserUnique::Email(u.email.clone()));
    campaign.primary_kpi = Some(jc::Kpi::AdRecall);
    campaign.platforms = Some(vec![jc::Platform::Instagram, jc::Platform::Twitter]);
    campaign.status = Some(jc::Status::Active);
    let c = campaign_wizard::create(client, campaign).await?;
    println!(
        "created campaign {} {:?} on {:?}, {} → {}",
        c.id, c.name, c.platforms, c.start_date, c.end_date
    );

    let mut aud = jc::AudienceCreate::new(
        c.id,
        vec!["US".into(), "CA".into()],
        vec!["running".into(), "outdoors".into()],
    );
    aud.age_min = Some(21);
    aud.age_max = Some(45);
    let a = audience::create(client, aud).await?;
    println!(
        "created audience {}: ages {}–{}, {:?}",
        a.id, a.age_min, a.age_max, a.locations
    );

    for (name, kind, size) in [
        ("hero.jpg", jc::CreativeAssetType::Image, 420_000),
        ("teaser.mp4", jc::CreativeAssetType::Video, 12_000_000),
        ("cutdown.mp4", jc::CreativeAssetType::Video, 4_800_000),
    ] {
        let mut asset = jc::CreativeAssetCreate::new(
            name.into(),
            kind,
            format!("https://cdn.justify.example/{run_id}/{name}"),
            c.id,
        );
        asset.file_size = Some(size);
        let created = creative_asset::create(client, asset).await?;
        println!(
            "created asset {} {:?} ({:?})",
            created.id, created.name, created.r#type
        );
    }

    // A brand-lift study with questions, options and responses.
    let study = jc::BrandLiftStudyCreate::new(
        "Spring launch recall".into(),
        c.id,
        "awareness".into(),
        jc::Kpi::AdRecall,
        vec![jc::Kpi::PurchaseIntent],
    );
    let s = brand_lift_study::create(client, study).await?;
    println!("created study {} ({:?})", s.id, s.status);

    let mut recall_option = String::new();
    let questions = [
        (
            "Which of these brands have you seen advertised recently?",
            vec!["Justify Shoes", "Other brand", "None of these"],
        ),
        (
            "How likely are you to buy Justify Shoes?",
            vec!["Very likely", "Somewhat likely", "Not likely"],
        ),
    ];
    for (order, (text, options)) in questions.iter().enumerate() {
        let mut q = jc::SurveyQuestionCreate::new(
            s.id.clone(),
            (*text).into(),
            jc::QuestionType::SingleChoice,
            order as i32 + 1,
        );
        q.kpi_association = Some(if order == 0 {
            jc::Kpi::AdRecall
        } else {
            jc::Kpi::PurchaseIntent
        });
        let q = survey_question::create(client, q).await?;
        for (i, o) in options.iter().enumerate() {
            let opt = jc::SurveyOptionCreate::new(
                q.id.clone(),
                (*o).into(),
                format!("opt_{i}"),
                i as i32 + 1,
            );
            let opt = survey_option::create(client, opt).await?;
            if order == 0 && i == 0 {
                recall_option = opt.id.clone();
            }
        }
        println!("created question {} with {} options", q.id, options.len());
    }

    // Exposed respondents recall the ad more often than the control group.
    for n in 0..RESPONDENTS {
        let control = n % 3 == 0;
        let recalled = if control { n % 2 == 0 } else { n % 4 != 1 };
        let answer = if recalled {
            recall_option.as_str()
        } else {
            "none"
        };
        let mut r = jc::SurveyResponseCreate::new(
            s.id.clone(),
            format!("resp_{n:03}"),
            control,
            jc::serde_json::json!({ "recall": answer }),
        );
        r.quality_score = Some(0.5 + (n % 5) as f32 / 10.0);
        survey_response::create(client, r).await?;
    }
    println!("created {RESPONDENTS} survey responses");

    // Query: the user's active campaigns, with audience, assets and the study two levels down.
    let found = campaign_wizard::find_many(
        client,
        jc::CampaignWizardFindMany {
            filter: Some(jc::CampaignWizardWhere::And(vec![
                jc::CampaignWizardWhere::UserId(StringFilter::Equals(u.id.clone())),
                jc::CampaignWizardWhere::Status(EqFilter::Equals(jc::Status::Active)),
            ])),
            include: jc::CampaignWizardInclude {
                audience: Some(Box::default()),
                creative_assets: Some(Box::default()),
                brand_lift_studies: Some(Box::new(jc::BrandLiftStudyInclude {
                    questions: Some(Box::new(jc::SurveyQuestionInclude {
                        options: Some(Box::default()),
                        ..Default::default()
                    })),
                    responses: Some(Box::default()),
                    ..Default::default()
                })),
                ..Default::default()
            },
            ..Default::default()
        },
    )
    .await?;
    let campaign = found.first().ok_or("the campaign was not found")?;
    let assets = campaign.creative_assets.as_deref().unwrap_or_default();
    let audience_locations = campaign
        .audience
        .as_ref()
        .and_then(|a| a.as_ref())
        .map(|a| a.locations.clone())
        .unwrap_or_default();
    let studies = campaign.brand_lift_studies.as_deref().unwrap_or_default();
    let study = studies.first().ok_or("the study was not loaded")?;
    let mut questions = study.questions.clone().unwrap_or_default();
    questions.sort_by_key(|q| q.order);
    let options_per_question: Vec<usize> = questions
        .iter()
        .map(|q| q.options.as_ref().map_or(0, Vec::len))
        .collect();
    let responses = study.responses.as_ref().map_or(0, Vec::len);
    println!(
        "found campaign {:?}: {} assets, audience in {:?}, study {:?} with {} questions {:?} and {} responses",
        campaign.name,
        assets.len(),
        audience_locations,
        study.name,
        questions.len(),
        options_per_question,
        responses
    );

    // Filters: video assets over 1 MB; exposed responses of good quality.
    let videos = creative_asset::find_many(
        client,
        jc::CreativeAssetFindMany {
            filter: Some(jc::CreativeAssetWhere::And(vec![
                jc::CreativeAssetWhere::CampaignId(EqFilter::Equals(c.id)),
                jc::CreativeAssetWhere::Type(EqFilter::Equals(jc::CreativeAssetType::Video)),
                jc::CreativeAssetWhere::FileSize(ScalarFilter::Gt(1_000_000).into()),
            ])),
            order_by: vec![jc::CreativeAssetOrderBy::Name(SortOrder::Asc)],
            ..Default::default()
        },
    )
    .await?;
    println!(
        "video assets over 1 MB: {:?}",
        videos.iter().map(|v| &v.name).collect::<Vec<_>>()
    );
    let exposed = survey_response::count(
        client,
        Some(jc::SurveyResponseWhere::And(vec![
            jc::SurveyResponseWhere::StudyId(StringFilter::Equals(s.id.clone())),
            jc::SurveyResponseWhere::IsControlGroup(EqFilter::Equals(false)),
        ])),
    )
    .await?;
    println!("exposed responses: {exposed}");
    let recalled = survey_response::count(
        client,
        Some(jc::SurveyResponseWhere::And(vec![
            jc::SurveyResponseWhere::StudyId(StringFilter::Equals(s.id.clone())),
            jc::SurveyResponseWhere::Answers(jc::runtime::JsonFilter::path(
                ["recall"],
                jc::runtime::JsonOp::Equals(recall_option.clone().into()),
            )),
        ])),
    )
    .await?;
    println!("responses recalling the ad (JSON path filter): {recalled}");

    // Cursor pagination: responses PAGE_SIZE at a time, by respondent id, each page starting
    // after the last row of the previous one.
    let mut pages = Vec::new();
    let mut first_page = Vec::new();
    let mut cursor: Option<i64> = None;
    loop {
        let page = survey_response::find_many(
            client,
            jc::SurveyResponseFindMany {
                filter: Some(jc::SurveyResponseWhere::StudyId(StringFilter::Equals(
                    s.id.clone(),
                ))),
                order_by: vec![jc::SurveyResponseOrderBy::RespondentId(SortOrder::Asc)],
                cursor: cursor.map(jc::SurveyResponseUnique::Id),
                skip: cursor.map(|_| 1),
                take: Some(PAGE_SIZE),
                ..Default::default()
            },
        )
        .await?;
        if page.is_empty() {
            break;
        }
        if pages.is_empty() {
            first_page = page.iter().map(|r| r.respondent_id.clone()).collect();
        }
        println!(
            "page {}: {} … {}",
            pages.len() + 1,
            page[0].respondent_id,
            page[page.len() - 1].respondent_id
        );
        pages.push(page.len());
        cursor = page.last().map(|r| r.id);
    }

    // The lift, from the loaded responses.
    let all = study.responses.as_deref().unwrap_or_default();
    let rate = |control: bool| {
        let group: Vec<_> = all
            .iter()
            .filter(|r| r.is_control_group == control)
            .collect();
        let hits = group
            .iter()
            .filter(|r| r.answers["recall"] == recall_option.as_str())
            .count();
        100.0 * hits as f64 / group.len().max(1) as f64
    };
    let ad_recall_lift = rate(false) - rate(true);
    println!("ad recall lift: {ad_recall_lift:+.1} points");

    Ok(Summary {
        user_id: u.id,
        campaign_id: c.id,
        study_id: s.id,
        assets: assets.len(),
        videos: videos.len(),
        audience_locations,
        options_per_question,
        responses,
        exposed,
        pages,
        first_page,
        ad_recall_lift,
    })
}
