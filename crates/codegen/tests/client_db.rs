//! The generated client of `schema/schema.prisma` (the `justify-client` crate in `generated/`)
//! against a real PostgreSQL database with the schema's SQL applied.

use justify_client as jc;
use justify_client::runtime::{EqFilter, ScalarFilter, StringFilter};
use justify_client::{
    audit_log, brand_lift_report, campaign_wizard, user, CampaignWizardCreate, Error, Platform,
    UserCreate, UserInclude, UserUnique, UserUpdate, UserWhere,
};
use justify_testkit::TestDb;
use std::path::Path;

fn schema_sql() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/schema.prisma");
    let sources = justify_psl::SourceSet::load(&path).unwrap();
    let model = justify_psl::check(sources).model.expect("schema is valid");
    let sql = justify_sql::lower::lower(&model);
    let steps = justify_sql::diff::diff(&Default::default(), &sql).steps;
    justify_sql::render::render_script(&steps)
}

async fn db() -> TestDb {
    let db = TestDb::create("codegen_client").await;
    db.apply_sql(&schema_sql())
        .await
        .expect("schema SQL applies");
    db
}

fn new_user(n: u32) -> UserCreate {
    UserCreate::new(format!("clerk_{n}"), format!("user{n}@example.com"))
}

#[tokio::test]
async fn user_create_find_update_delete() {
    let db = db().await;
    let c = db.client();

    let created = user::create(c, new_user(1)).await.unwrap();
    // cuid() applied by the client, database defaults read back.
    assert!(
        created.id.starts_with('c') && created.id.len() == 25,
        "{}",
        created.id
    );
    assert_eq!(created.role, jc::UserRole::User);
    assert_eq!(created.notification_prefs["digest"], "weekly");
    assert!(!created.onboarding_complete);

    let by_id = user::find_unique(c, UserUnique::Id(created.id.clone()))
        .await
        .unwrap();
    assert_eq!(by_id.as_ref(), Some(&created));
    // citext unique: case-insensitive.
    let by_email = user::find_unique(c, UserUnique::Email("USER1@example.com".into()))
        .await
        .unwrap();
    assert_eq!(by_email.map(|u| u.id), Some(created.id.clone()));

    let updated = user::update(
        c,
        UserUnique::ClerkId("clerk_1".into()),
        UserUpdate {
            name: Some(Some("Ada".into())),
            role: Some(jc::UserRole::Admin),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(updated.name.as_deref(), Some("Ada"));
    assert_eq!(updated.role, jc::UserRole::Admin);
    assert!(updated.updated_at >= created.updated_at);

    // Unique violation is typed, with the constraint's name.
    let err = user::create(c, new_user(1)).await.unwrap_err();
    match err {
        Error::UniqueViolation { constraint } => {
            assert_eq!(constraint.as_deref(), Some("users_clerkId_key"))
        }
        other => panic!("expected a unique violation, got {other:?}"),
    }

    let deleted = user::delete(c, UserUnique::Id(created.id.clone()))
        .await
        .unwrap();
    assert_eq!(deleted.id, created.id);
    assert!(matches!(
        user::delete(c, UserUnique::Id(created.id.clone())).await,
        Err(Error::NotFound)
    ));
    assert_eq!(user::count(c, None).await.unwrap(), 0);
}

#[tokio::test]
async fn find_many_filters_order_paging_and_upsert() {
    let db = db().await;
    let c = db.client();
    for n in 0..5 {
        let mut data = new_user(n);
        data.name = Some(format!("name {n}"));
        user::create(c, data).await.unwrap();
    }
    let args = jc::UserFindMany {
        filter: Some(UserWhere::And(vec![
            UserWhere::Email(StringFilter::Contains("@example".into())),
            UserWhere::Not(Box::new(UserWhere::ClerkId(StringFilter::In(vec![
                "clerk_0".into(),
            ])))),
            UserWhere::Or(vec![
                UserWhere::Name(StringFilter::EndsWith("3".into()).into()),
                UserWhere::Name(StringFilter::StartsWith("name 4".into()).into()),
                UserWhere::Image(jc::runtime::Nullable::IsNotNull),
                UserWhere::Role(EqFilter::Equals(jc::UserRole::Admin)),
            ]),
        ])),
        order_by: vec![jc::UserOrderBy::ClerkId(jc::SortOrder::Desc)],
        ..Default::default()
    };
    let found = user::find_many(c, args).await.unwrap();
    let clerks: Vec<&str> = found.iter().map(|u| u.clerk_id.as_str()).collect();
    assert_eq!(clerks, ["clerk_4", "clerk_3"]);

    let page = user::find_many(
        c,
        jc::UserFindMany {
            order_by: vec![jc::UserOrderBy::ClerkId(jc::SortOrder::Asc)],
            skip: Some(1),
            take: Some(2),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let clerks: Vec<&str> = page.iter().map(|u| u.clerk_id.as_str()).collect();
    assert_eq!(clerks, ["clerk_1", "clerk_2"]);
    assert_eq!(
        user::count(c, Some(UserWhere::Name(jc::runtime::Nullable::IsNull)))
            .await
            .unwrap(),
        0
    );

    // Upsert: an update of the existing row, then an insert.
    let up = user::upsert(
        c,
        UserUnique::ClerkId("clerk_2".into()),
        new_user(2),
        UserUpdate {
            onboarding_complete: Some(true),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(up.onboarding_complete);
    let inserted = user::upsert(
        c,
        UserUnique::ClerkId("clerk_9".into()),
        new_user(9),
        UserUpdate::default(),
    )
    .await
    .unwrap();
    assert_eq!(inserted.clerk_id, "clerk_9");
    assert_eq!(user::count(c, None).await.unwrap(), 6);
    assert_eq!(
        user::delete_many(
            c,
            Some(UserWhere::ClerkId(StringFilter::Gt("clerk_3".into())))
        )
        .await
        .unwrap(),
        2
    );
}

#[tokio::test]
async fn foreign_key_violation_is_typed() {
    let db = db().await;
    let c = db.client();
    let data = CampaignWizardCreate::new(
        "Spring".into(),
        jc::chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        jc::chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
        jc::serde_json::json!({"total": 5000}),
        "no-such-user".into(),
    );
    match campaign_wizard::create(c, data).await {
        Err(Error::ForeignKeyViolation { constraint }) => {
            assert_eq!(constraint.as_deref(), Some("CampaignWizard_userId_fkey"))
        }
        other => panic!("expected a foreign key violation, got {other:?}"),
    }
}

#[tokio::test]
async fn types_round_trip() {
    let db = db().await;
    let c = db.client();
    let u = user::create(c, new_user(1)).await.unwrap();

    // Enum arrays with a mapped value (TWITTER is "X" in the database), Json, dates, uuid(7).
    let mut data = CampaignWizardCreate::new(
        "Spring".into(),
        jc::chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        jc::chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
        jc::serde_json::json!({"total": 5000, "allocation": [1, 2.5, null], "note": "ünï"}),
        u.id.clone(),
    );
    data.platforms = Some(vec![Platform::Twitter, Platform::Youtube]);
    data.secondary_kp_is = Some(vec![jc::Kpi::AdRecall]);
    let w = campaign_wizard::create(c, data).await.unwrap();
    assert_eq!(w.id.get_version_num(), 7);
    assert_eq!(w.platforms, vec![Platform::Twitter, Platform::Youtube]);
    assert_eq!(w.status, jc::Status::Draft);
    assert_eq!(w.budget["allocation"][1], 2.5);
    let raw: String = c
        .query_one(
            "SELECT platforms::text FROM \"CampaignWizard\" WHERE id = $1",
            &[&w.id],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(raw, "{X,YOUTUBE}");
    let has = campaign_wizard::find_many(
        c,
        jc::CampaignWizardFindMany {
            filter: Some(jc::CampaignWizardWhere::Platforms(
                jc::runtime::ListFilter::Has(Platform::Twitter),
            )),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(has.len(), 1);

    // Decimal keeps its scale; DateTime keeps milliseconds (timestamp(3)); Bytes.
    let study = c
        .query_one(
            "INSERT INTO \"BrandLiftStudy\" (id, name, \"campaignId\", \"funnelStage\", \"primaryKpi\", \"updatedAt\") \
             VALUES ('s1', 'Study', $1, 'top', 'AD_RECALL', now()) RETURNING id",
            &[&w.id],
        )
        .await
        .unwrap()
        .get::<_, String>(0);
    let at = jc::chrono::DateTime::parse_from_rfc3339("2026-05-04T03:02:01.123Z")
        .unwrap()
        .with_timezone(&jc::chrono::Utc);
    let mut report = jc::BrandLiftReportCreate::new(study, jc::serde_json::json!([]));
    report.overall_lift = Some("12.500".parse().unwrap());
    report.pdf_export = Some(vec![0, 1, 2, 255]);
    report.generated_at = Some(at);
    let r = brand_lift_report::create(c, report).await.unwrap();
    assert_eq!(r.overall_lift.unwrap().to_string(), "12.500");
    assert_eq!(r.pdf_export.as_deref(), Some(&[0u8, 1, 2, 255][..]));
    assert_eq!(r.generated_at, Some(at));
    let found = brand_lift_report::find_many(
        c,
        jc::BrandLiftReportFindMany {
            filter: Some(jc::BrandLiftReportWhere::GeneratedAt(
                ScalarFilter::Gte(at).into(),
            )),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(found.len(), 1);

    // BigInt autoincrement, inet (through text), empty optional Json.
    let mut log = jc::AuditLogCreate::new("login".into(), "user".into());
    log.ip_address = Some("10.0.0.1".into());
    log.actor_id = Some(u.id.clone());
    let l = audit_log::create(c, log).await.unwrap();
    assert!(l.id >= 1);
    assert_eq!(l.ip_address.as_deref(), Some("10.0.0.1/32"));
    assert_eq!(l.payload, None);
}

/// Transactions committed by the database (each statement of the client is its own).
async fn commits(c: &jc::tokio_postgres::Client) -> i64 {
    c.batch_execute("SELECT pg_stat_force_next_flush()")
        .await
        .unwrap();
    c.query_one(
        "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()",
        &[],
    )
    .await
    .unwrap()
    .get(0)
}

#[tokio::test]
async fn include_one_to_many_in_one_query_per_level() {
    let db = db().await;
    let c = db.client();
    let version: i32 = c
        .query_one("SELECT current_setting('server_version_num')::int", &[])
        .await
        .unwrap()
        .get(0);
    let parent = user::create(c, new_user(0)).await.unwrap();
    for n in 1..=3 {
        let mut data = new_user(n);
        data.referred_by_id = Some(parent.id.clone());
        user::create(c, data).await.unwrap();
    }
    let include = UserInclude {
        referrals: Some(Box::default()),
        referred_by: Some(Box::default()),
        ..Default::default()
    };
    let args = jc::UserFindMany {
        order_by: vec![jc::UserOrderBy::ClerkId(jc::SortOrder::Asc)],
        include,
        ..Default::default()
    };
    let rows = user::find_many(c, args.clone()).await.unwrap();
    assert_eq!(rows.len(), 4);
    let referrals = rows[0].referrals.as_ref().unwrap();
    assert_eq!(referrals.len(), 3);
    assert_eq!(rows[0].referred_by, Some(None));
    assert_eq!(
        rows[1].referred_by.as_ref().unwrap().as_ref().unwrap().id,
        parent.id
    );
    assert_eq!(rows[1].referrals.as_deref(), Some(&[][..]));

    if version >= 150000 {
        // Statements are counted by the server's commit counter: a plain find_many costs
        // `base` commits (prepare + execute), one include level adds at most the same again.
        // Each figure is the least of three runs, so that a stray commit in the database (an
        // autovacuum worker) cannot fail the test.
        let only_referrals = jc::UserFindMany {
            include: UserInclude {
                referrals: Some(Box::default()),
                ..Default::default()
            },
            ..Default::default()
        };
        let (mut base, mut with_include) = (i64::MAX, i64::MAX);
        for _ in 0..3 {
            let before = commits(c).await;
            user::find_many(c, Default::default()).await.unwrap();
            base = base.min(commits(c).await - before - 2);
            let before = commits(c).await;
            user::find_many(c, only_referrals.clone()).await.unwrap();
            with_include = with_include.min(commits(c).await - before - 2);
        }
        eprintln!("commits: plain find_many {base}, with a 1-n include {with_include}");
        assert!(base >= 1, "base {base}");
        assert!(
            with_include <= 2 * base,
            "find_many with a 1-n include cost {with_include} commits, plain {base}"
        );
    }
}

#[tokio::test]
async fn include_many_to_many_and_nested_levels() {
    let db = db().await;
    let c = db.client();
    let u = user::create(c, new_user(1)).await.unwrap();
    let mut wizards = Vec::new();
    for name in ["A", "B"] {
        let data = CampaignWizardCreate::new(
            name.into(),
            jc::chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
            jc::chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
            jc::serde_json::json!({}),
            u.id.clone(),
        );
        wizards.push(campaign_wizard::create(c, data).await.unwrap());
    }
    let mut influencers = Vec::new();
    for handle in ["ana", "bob", "cyd"] {
        let data = jc::MarketplaceInfluencerCreate::new(handle.into(), Platform::Instagram);
        let i = jc::marketplace_influencer::create(c, data).await.unwrap();
        assert_eq!(i.id.len(), 21, "nanoid() {}", i.id);
        influencers.push(i);
    }
    // Implicit m-n: `A` is CampaignWizard (sorts first), `B` MarketplaceInfluencer.
    for (w, i) in [(0, 0), (0, 1), (1, 1)] {
        c.execute(
            "INSERT INTO \"_CampaignWizardToMarketplaceInfluencer\" (\"A\", \"B\") VALUES ($1, $2)",
            &[&wizards[w].id, &influencers[i].id],
        )
        .await
        .unwrap();
    }
    let include = UserInclude {
        campaigns: Some(Box::new(jc::CampaignWizardInclude {
            influencers: Some(Box::default()),
            ..Default::default()
        })),
        ..Default::default()
    };
    let found = user::find_many(
        c,
        jc::UserFindMany {
            include,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let mut campaigns = found[0].campaigns.clone().unwrap();
    campaigns.sort_by(|a, b| a.name.cmp(&b.name));
    let handles = |w: &jc::CampaignWizard| {
        let mut h: Vec<String> = w
            .influencers
            .as_ref()
            .unwrap()
            .iter()
            .map(|i| i.handle.clone())
            .collect();
        h.sort();
        h
    };
    assert_eq!(handles(&campaigns[0]), ["ana", "bob"]);
    assert_eq!(handles(&campaigns[1]), ["bob"]);

    // The other side of the same relation.
    let back = jc::marketplace_influencer::find_many(
        c,
        jc::MarketplaceInfluencerFindMany {
            filter: Some(jc::MarketplaceInfluencerWhere::Handle(
                StringFilter::Equals("bob".into()),
            )),
            include: jc::MarketplaceInfluencerInclude {
                campaigns: Some(Box::default()),
                ..Default::default()
            },
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(back[0].campaigns.as_ref().unwrap().len(), 2);
}

/// The N+1 acceptance: `find_many` over 100 rows with TWO nested include levels
/// (users → campaigns → creative assets) costs at most three statements, one per level.
#[tokio::test]
async fn two_include_levels_over_100_rows_cost_three_statements() {
    let db = db().await;
    let c = db.client();
    let version: i32 = c
        .query_one("SELECT current_setting('server_version_num')::int", &[])
        .await
        .unwrap()
        .get(0);
    // 100 users, each with one campaign holding two assets (bulk SQL: the setup is not measured).
    c.batch_execute(
        "INSERT INTO users (id, \"clerkId\", email, \"updatedAt\") \
           SELECT 'u' || n, 'clerk_' || n, 'u' || n || '@example.com', now() FROM generate_series(1, 100) n; \
         INSERT INTO \"CampaignWizard\" (id, name, \"startDate\", \"endDate\", budget, \"userId\", \"updatedAt\") \
           SELECT gen_random_uuid(), 'c' || n, '2026-03-01', '2026-04-01', '{}', 'u' || n, now() FROM generate_series(1, 100) n; \
         INSERT INTO creative_assets (id, name, type, url, \"campaignId\") \
           SELECT gen_random_uuid(), 'a' || k, 'image', 'https://x/' || k, w.id \
           FROM \"CampaignWizard\" w CROSS JOIN generate_series(1, 2) k;",
    )
    .await
    .unwrap();
    let nested = jc::UserFindMany {
        include: UserInclude {
            campaigns: Some(Box::new(jc::CampaignWizardInclude {
                creative_assets: Some(Box::default()),
                ..Default::default()
            })),
            ..Default::default()
        },
        ..Default::default()
    };
    let rows = user::find_many(c, nested.clone()).await.unwrap();
    assert_eq!(rows.len(), 100);
    for u in &rows {
        let campaigns = u.campaigns.as_ref().unwrap();
        assert_eq!(campaigns.len(), 1, "{}", u.id);
        assert_eq!(campaigns[0].user_id, u.id);
        let assets = campaigns[0].creative_assets.as_ref().unwrap();
        assert_eq!(assets.len(), 2);
        assert!(assets.iter().all(|a| a.campaign_id == campaigns[0].id));
    }
    if version < 150000 {
        eprintln!("pg_stat_force_next_flush() needs PostgreSQL 15: statement count not checked");
        return;
    }
    // Statements are counted by the server's commit counter (prepare and execute each commit).
    // `per` = commits of one more statement, measured as one include level over none; the
    // least of three runs each, so that a stray commit (autovacuum) cannot fail the test.
    let one_level = jc::UserFindMany {
        include: UserInclude {
            campaigns: Some(Box::default()),
            ..Default::default()
        },
        ..Default::default()
    };
    let (mut base, mut one, mut two) = (i64::MAX, i64::MAX, i64::MAX);
    for _ in 0..3 {
        for (args, least) in [
            (jc::UserFindMany::default(), &mut base),
            (one_level.clone(), &mut one),
            (nested.clone(), &mut two),
        ] {
            let before = commits(c).await;
            user::find_many(c, args).await.unwrap();
            *least = (*least).min(commits(c).await - before - 2);
        }
    }
    let per = one - base;
    eprintln!("commits: plain find_many {base}, one include level {one}, two levels {two}");
    assert!(
        per >= 1,
        "an include level costs no statement? base {base}, one {one}"
    );
    let statements = 1.0 + (two - base) as f64 / per as f64;
    assert!(
        statements <= 3.0,
        "100 rows with two include levels cost {statements} statements ({two} commits, plain {base}, per statement {per})"
    );
}

fn wizard(name: &str, user_id: &str) -> CampaignWizardCreate {
    CampaignWizardCreate::new(
        name.into(),
        jc::chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        jc::chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
        jc::serde_json::json!({}),
        user_id.into(),
    )
}

#[tokio::test]
async fn create_many_chunks_defaults_and_skip_duplicates() {
    let db = db().await;
    let c = db.client();
    // 7,000 users × 16 columns: two statements (65,535 values at most per statement).
    let mut data: Vec<UserCreate> = (0..7000).map(new_user).collect();
    data[5].name = Some("five".into());
    data[6].role = Some(jc::UserRole::Admin);
    assert_eq!(user::create_many(c, data, false).await.unwrap(), 7000);
    assert_eq!(user::count(c, None).await.unwrap(), 7000);
    let five = user::find_unique(c, UserUnique::ClerkId("clerk_5".into()))
        .await
        .unwrap()
        .unwrap();
    // Client-side cuid(), database DEFAULTs where a row left a value out.
    assert_eq!(five.id.len(), 25);
    assert_eq!(five.name.as_deref(), Some("five"));
    assert_eq!(five.role, jc::UserRole::User);
    assert_eq!(five.notification_prefs["digest"], "weekly");
    let six = user::find_unique(c, UserUnique::ClerkId("clerk_6".into()))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(six.role, jc::UserRole::Admin);
    assert_eq!(six.name, None);

    // Duplicates fail the statement, or are skipped.
    let again = vec![new_user(1), new_user(7000), new_user(2)];
    assert!(matches!(
        user::create_many(c, again.clone(), false).await,
        Err(Error::UniqueViolation { .. })
    ));
    assert_eq!(user::count(c, None).await.unwrap(), 7000);
    assert_eq!(user::create_many(c, again, true).await.unwrap(), 1);
    assert_eq!(user::count(c, None).await.unwrap(), 7001);
    assert_eq!(user::create_many(c, Vec::new(), false).await.unwrap(), 0);

    // A model whose every column may be left out (autoincrement id, defaults) still inserts.
    let u = user::find_first(c, None).await.unwrap().unwrap();
    let w = campaign_wizard::create(c, wizard("W", &u.id))
        .await
        .unwrap();
    let assets: Vec<jc::CreativeAssetCreate> = (0..3)
        .map(|n| {
            jc::CreativeAssetCreate::new(
                format!("a{n}"),
                jc::CreativeAssetType::Image,
                "https://x".into(),
                w.id,
            )
        })
        .collect();
    assert_eq!(
        jc::creative_asset::create_many(c, assets, false)
            .await
            .unwrap(),
        3
    );
}

#[tokio::test]
async fn transaction_commits_or_rolls_back() {
    let db = db().await;
    let mut own = db.connect().await.unwrap();

    let created = jc::transaction(&mut own, |tx| {
        Box::pin(async move {
            let a = user::create(tx, new_user(1)).await?;
            let mut b = new_user(2);
            b.referred_by_id = Some(a.id.clone());
            user::create(tx, b).await?;
            user::count(tx, None).await
        })
    })
    .await
    .unwrap();
    assert_eq!(created, 2);
    assert_eq!(user::count(&own, None).await.unwrap(), 2);

    // The second insert fails: the first one is rolled back with it.
    let failed = jc::transaction(&mut own, |tx| {
        Box::pin(async move {
            user::create(tx, new_user(3)).await?;
            assert_eq!(user::count(tx, None).await?, 3);
            user::create(tx, new_user(1)).await
        })
    })
    .await;
    assert!(
        matches!(failed, Err(Error::UniqueViolation { .. })),
        "{failed:?}"
    );
    assert_eq!(user::count(&own, None).await.unwrap(), 2);
    assert!(
        user::find_unique(&own, UserUnique::ClerkId("clerk_3".into()))
            .await
            .unwrap()
            .is_none()
    );
    // An error of the closure's own making rolls back too.
    let aborted: jc::Result<()> = jc::transaction(&mut own, |tx| {
        Box::pin(async move {
            user::delete_many(tx, None).await?;
            Err(Error::NotFound)
        })
    })
    .await;
    assert!(matches!(aborted, Err(Error::NotFound)));
    assert_eq!(user::count(&own, None).await.unwrap(), 2);
}

#[tokio::test]
async fn query_raw_as_reads_models_by_column_name() {
    let db = db().await;
    let c = db.client();
    let u = user::create(c, new_user(1)).await.unwrap();
    user::create(c, new_user(2)).await.unwrap();
    // The model's own SELECT, extended: converted columns (timestamps) come out right.
    let sql = format!("{} WHERE t.\"clerkId\" = $1", user::SELECT);
    let rows: Vec<jc::User> = jc::query_raw_as(c, &sql, &[&"clerk_1"]).await.unwrap();
    assert_eq!(rows, vec![u.clone()]);
    // Hand-written SQL: columns by name, in any order.
    let rows: Vec<jc::CampaignWizard> = {
        campaign_wizard::create(c, wizard("Raw", &u.id))
            .await
            .unwrap();
        jc::query_raw_as(
            c,
            "SELECT \"userId\", name, id, \"startDate\", \"endDate\", \"timeZone\", currency, budget, \
             \"primaryKPI\", \"secondaryKPIs\", platforms, status, step, \"isComplete\", messaging, \
             \"expectedOutcomes\", \"createdAt\", \"updatedAt\", \"businessGoal\" \
             FROM \"CampaignWizard\" WHERE name = $1",
            &[&"Raw"],
        )
        .await
        .unwrap()
    };
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].user_id, u.id);
    assert_eq!(rows[0].platforms, [Platform::Instagram, Platform::Tiktok]);
    // A missing column is an error, not a panic.
    let err = jc::query_raw_as::<jc::User, _>(c, "SELECT id FROM users", &[])
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Database(_)), "{err:?}");
}

#[tokio::test]
async fn relation_filters_are_exists_subqueries() {
    let db = db().await;
    let c = db.client();
    // u1: campaigns A (ACTIVE) and B (DRAFT); u2: C (ACTIVE); u3: none. u2 and u3 were
    // referred by u1.
    let u1 = user::create(c, new_user(1)).await.unwrap();
    let mut d2 = new_user(2);
    d2.referred_by_id = Some(u1.id.clone());
    let u2 = user::create(c, d2).await.unwrap();
    let mut d3 = new_user(3);
    d3.referred_by_id = Some(u1.id.clone());
    user::create(c, d3).await.unwrap();
    for (name, owner, status) in [
        ("A", &u1, jc::Status::Active),
        ("B", &u1, jc::Status::Draft),
        ("C", &u2, jc::Status::Active),
    ] {
        let mut w = wizard(name, &owner.id);
        w.status = Some(status);
        campaign_wizard::create(c, w).await.unwrap();
    }
    let active = || {
        Box::new(jc::CampaignWizardWhere::Status(EqFilter::Equals(
            jc::Status::Active,
        )))
    };
    let clerks = |filter: UserWhere| async move {
        let rows = user::find_many(
            c,
            jc::UserFindMany {
                filter: Some(filter),
                order_by: vec![jc::UserOrderBy::ClerkId(jc::SortOrder::Asc)],
                ..Default::default()
            },
        )
        .await
        .unwrap();
        rows.into_iter().map(|u| u.clerk_id).collect::<Vec<_>>()
    };
    assert_eq!(
        clerks(UserWhere::CampaignsSome(active())).await,
        ["clerk_1", "clerk_2"]
    );
    // `every` holds vacuously for a user without campaigns.
    assert_eq!(
        clerks(UserWhere::CampaignsEvery(active())).await,
        ["clerk_2", "clerk_3"]
    );
    assert_eq!(
        clerks(UserWhere::CampaignsNone(active())).await,
        ["clerk_3"]
    );
    // n-1: referred by a user who has a draft campaign; and the negation (includes NULL).
    let has_draft = Box::new(UserWhere::CampaignsSome(Box::new(
        jc::CampaignWizardWhere::Status(EqFilter::Equals(jc::Status::Draft)),
    )));
    assert_eq!(
        clerks(UserWhere::ReferredByIs(has_draft.clone())).await,
        ["clerk_2", "clerk_3"]
    );
    assert_eq!(
        clerks(UserWhere::ReferredByIsNot(has_draft)).await,
        ["clerk_1"]
    );
    // From the other side, nested two levels, and in count / delete_many.
    let of_referred = jc::CampaignWizardWhere::UserIs(Box::new(UserWhere::ReferredByIs(Box::new(
        UserWhere::ClerkId(StringFilter::Equals("clerk_1".into())),
    ))));
    assert_eq!(
        campaign_wizard::count(c, Some(of_referred.clone()))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        campaign_wizard::delete_many(c, Some(of_referred))
            .await
            .unwrap(),
        1
    );
    assert_eq!(campaign_wizard::count(c, None).await.unwrap(), 2);
}
