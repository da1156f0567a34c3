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

/// Awaits every future of `futures`, polled together (their statements pipelined).
async fn futures_join<F: std::future::Future, const N: usize>(futures: [F; N]) -> [F::Output; N] {
    let mut futures = futures.map(Box::pin);
    let mut outputs: [Option<F::Output>; N] = std::array::from_fn(|_| None);
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (f, out) in futures.iter_mut().zip(outputs.iter_mut()) {
            if out.is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => *out = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    outputs.map(|o| o.expect("ready"))
}

/// Prepared statements of this session, as the server lists them.
async fn prepared(c: &jc::tokio_postgres::Client) -> i64 {
    c.query_one("SELECT count(*) FROM pg_prepared_statements", &[])
        .await
        .unwrap()
        .get(0)
}

#[tokio::test]
async fn db_caches_statements_and_shares_them_with_transactions() {
    let test_db = db().await;
    let mut db = jc::Db::new(test_db.connect().await.unwrap());
    let created = user::create(&db, new_user(1)).await.unwrap();
    assert_eq!(db.cache().len(), 1);
    let by_id = || user::find_unique(&db, UserUnique::Id(created.id.clone()));
    assert_eq!(by_id().await.unwrap().as_ref(), Some(&created));
    // The server's prepared statements: ours, and tokio-postgres' own type lookups (enums).
    let before = prepared(db.client()).await;
    for _ in 0..3 {
        assert_eq!(by_id().await.unwrap().as_ref(), Some(&created));
    }
    // One statement per query shape, prepared once: the insert and the select.
    assert_eq!(db.cache().len(), 2);
    assert_eq!(prepared(db.client()).await, before);

    // A transaction shares the cache; dropped without commit, it rolls back.
    {
        let tx = db.transaction().await.unwrap();
        user::create(&tx, new_user(2)).await.unwrap();
        assert_eq!(user::count(&tx, None).await.unwrap(), 2);
        let found = user::find_unique(&tx, UserUnique::ClerkId("clerk_2".into()))
            .await
            .unwrap();
        assert!(found.is_some());
    }
    assert_eq!(user::count(&db, None).await.unwrap(), 1);
    assert_eq!(db.cache().len(), 4, "insert, by id, count, by clerk id");

    let tx = db.transaction().await.unwrap();
    user::create(&tx, new_user(3)).await.unwrap();
    tx.commit().await.unwrap();
    let n = db
        .transaction_with(|tx| {
            Box::pin(async move {
                user::create(tx, new_user(4)).await?;
                user::count(tx, None).await
            })
        })
        .await
        .unwrap();
    assert_eq!(n, 3);
    let failed = db
        .transaction_with(|tx| {
            Box::pin(async move {
                user::create(tx, new_user(5)).await?;
                user::create(tx, new_user(1)).await
            })
        })
        .await;
    assert!(matches!(failed, Err(Error::UniqueViolation { .. })));
    assert_eq!(user::count(&db, None).await.unwrap(), 3);

    // A savepoint inside a transaction: rolled back alone.
    {
        let mut tx = db.transaction().await.unwrap();
        user::create(&tx, new_user(6)).await.unwrap();
        {
            let inner = tx.transaction().await.unwrap();
            user::create(&inner, new_user(7)).await.unwrap();
            assert_eq!(user::count(&inner, None).await.unwrap(), 5);
            inner.rollback().await.unwrap();
        }
        assert_eq!(user::count(&tx, None).await.unwrap(), 4);
        tx.commit().await.unwrap();
    }
    assert_eq!(user::count(&db, None).await.unwrap(), 4);

    // `&Db` is shared by concurrent queries (pipelined on the one connection).
    let ids = ["clerk_1", "clerk_3", "clerk_4", "clerk_6"];
    let found = futures_join(ids.map(|clerk| {
        let db = &db;
        async move {
            user::find_unique(db, UserUnique::ClerkId(clerk.into()))
                .await
                .unwrap()
                .map(|u| u.clerk_id)
        }
    }))
    .await;
    assert_eq!(found, ids.map(|c| Some(c.to_owned())));

    // Long statements (a multi-row INSERT of rows setting different columns) are not cached.
    let cached = db.cache().len();
    let mut mixed: Vec<UserCreate> = (100..400).map(new_user).collect();
    mixed[7].name = Some("seven".into());
    assert_eq!(user::create_many(&db, mixed, false).await.unwrap(), 300);
    assert_eq!(db.cache().len(), cached);

    // Statements dropped on the server (DISCARD ALL) are prepared again, once.
    db.client().batch_execute("DISCARD ALL").await.unwrap();
    let again = user::find_unique(&db, UserUnique::Id(created.id.clone()))
        .await
        .unwrap();
    assert_eq!(again.map(|u| u.id), Some(created.id.clone()));

    // Bounded: the least recently used statement goes first.
    let small = jc::Db::with_capacity(test_db.connect().await.unwrap(), 2);
    for n in 0..5 {
        user::find_many(
            &small,
            jc::UserFindMany {
                take: Some(n + 1),
                skip: (n % 2 == 0).then_some(0),
                order_by: vec![jc::UserOrderBy::ClerkId(jc::SortOrder::Asc)],
                ..Default::default()
            },
        )
        .await
        .unwrap();
    }
    assert_eq!(small.cache().len(), 2);

    // Plain clients still work (a prepare per statement), and in raw queries too.
    let rows: Vec<jc::User> = jc::query_raw_as(
        &db,
        &format!("{} WHERE t.\"clerkId\" = $1", user::SELECT),
        &[&"clerk_1"],
    )
    .await
    .unwrap();
    assert_eq!(rows, vec![created]);
}

#[tokio::test]
async fn create_many_copies_uniform_rows() {
    let test_db = db().await;
    let mut db = jc::Db::new(test_db.connect().await.unwrap());
    // 3,000 users setting the same columns: binary COPY (enum, json, citext, timestamptz).
    let data: Vec<UserCreate> = (0..3000)
        .map(|n| {
            let mut u = new_user(n);
            u.role = Some(if n % 2 == 0 {
                jc::UserRole::Admin
            } else {
                jc::UserRole::User
            });
            u.notification_prefs = Some(jc::serde_json::json!({"n": n}));
            u
        })
        .collect();
    assert_eq!(user::create_many(&db, data, false).await.unwrap(), 3000);
    let u = user::find_unique(&db, UserUnique::Email("USER42@example.com".into()))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(u.id.len(), 25, "client-side cuid()");
    assert_eq!(u.role, jc::UserRole::Admin);
    assert_eq!(u.notification_prefs["n"], 42);
    assert!(
        !u.onboarding_complete,
        "database default of an unset column"
    );
    assert!((jc::chrono::Utc::now() - u.created_at).num_seconds() < 600);

    // A duplicate fails the COPY (typed), and nothing of it stays.
    let dupes: Vec<UserCreate> = (2990..3100).map(new_user).collect();
    assert!(matches!(
        user::create_many(&db, dupes.clone(), false).await,
        Err(Error::UniqueViolation { .. })
    ));
    assert_eq!(user::count(&db, None).await.unwrap(), 3000);
    // skip_duplicates with many rows: COPY into a temporary table, then INSERT … ON CONFLICT.
    let many: Vec<UserCreate> = (2500..4000).map(new_user).collect();
    assert_eq!(user::create_many(&db, many, true).await.unwrap(), 1000);
    assert_eq!(user::count(&db, None).await.unwrap(), 4000);
    let temp: i64 = db
        .client()
        .query_one(
            "SELECT count(*) FROM pg_class WHERE relpersistence = 't' AND relkind = 'r'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(temp, 0, "the staging table is dropped");

    // `timestamp(3)` columns through COPY hold the UTC wall-clock time, as with INSERT.
    let w = campaign_wizard::create(&db, wizard("W", &u.id))
        .await
        .unwrap();
    let at = jc::chrono::DateTime::parse_from_rfc3339("2026-05-04T03:02:01.123456Z")
        .unwrap()
        .with_timezone(&jc::chrono::Utc);
    let assets: Vec<jc::CreativeAssetCreate> = (0..100)
        .map(|n| {
            let mut a = jc::CreativeAssetCreate::new(
                format!("a{n}"),
                jc::CreativeAssetType::Video,
                "https://x".into(),
                w.id,
            );
            a.uploaded_at = Some(at);
            a.checksum = Some(vec![n as u8, 0, 255]);
            a
        })
        .collect();
    // In a transaction that rolls back: nothing stays.
    {
        let tx = db.transaction().await.unwrap();
        let n = jc::creative_asset::create_many(&tx, assets.clone(), false)
            .await
            .unwrap();
        assert_eq!(n, 100);
    }
    assert_eq!(jc::creative_asset::count(&db, None).await.unwrap(), 0);
    jc::creative_asset::create_many(&db, assets, false)
        .await
        .unwrap();
    let a = jc::creative_asset::find_first(
        &db,
        Some(jc::CreativeAssetWhere::Name(StringFilter::Equals(
            "a7".into(),
        ))),
    )
    .await
    .unwrap()
    .unwrap();
    let millis = jc::chrono::DateTime::parse_from_rfc3339("2026-05-04T03:02:01.123Z")
        .unwrap()
        .with_timezone(&jc::chrono::Utc);
    assert_eq!(a.uploaded_at, millis, "timestamp(3) rounds as with INSERT");
    assert_eq!(a.checksum.as_deref(), Some(&[7u8, 0, 255][..]));
    let wall: String = db
        .client()
        .query_one(
            "SELECT uploaded_at::text FROM creative_assets WHERE name = 'a7'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(wall, "2026-05-04 03:02:01.123");
    // A text-cast column set (xml): multi-row INSERT instead.
    let xml: Vec<jc::CreativeAssetCreate> = (0..20)
        .map(|n| {
            let mut a = jc::CreativeAssetCreate::new(
                format!("x{n}"),
                jc::CreativeAssetType::Video,
                "https://x".into(),
                w.id,
            );
            a.vast_tag = Some("<VAST/>".into());
            a
        })
        .collect();
    assert_eq!(
        jc::creative_asset::create_many(&db, xml, false)
            .await
            .unwrap(),
        20
    );
}

#[tokio::test]
async fn cursor_pagination() {
    let db = db().await;
    let c = db.client();
    for n in 0..10 {
        let mut u = new_user(n);
        u.name = Some(format!("group {}", n % 3));
        user::create(c, u).await.unwrap();
    }
    let clerks = |rows: Vec<jc::User>| rows.into_iter().map(|u| u.clerk_id).collect::<Vec<_>>();
    let page = |cursor: &str, skip: Option<i64>, order_by: Vec<jc::UserOrderBy>| jc::UserFindMany {
        cursor: Some(UserUnique::ClerkId(cursor.into())),
        skip,
        take: Some(3),
        order_by,
        ..Default::default()
    };
    // Ordered by the cursor's own key: the cursor row first, or left out with skip 1.
    let asc = vec![jc::UserOrderBy::ClerkId(jc::SortOrder::Asc)];
    let rows = user::find_many(c, page("clerk_4", None, asc.clone()))
        .await
        .unwrap();
    assert_eq!(clerks(rows), ["clerk_4", "clerk_5", "clerk_6"]);
    let rows = user::find_many(c, page("clerk_4", Some(1), asc))
        .await
        .unwrap();
    assert_eq!(clerks(rows), ["clerk_5", "clerk_6", "clerk_7"]);
    // No order given: by the key.
    let rows = user::find_many(c, page("clerk_8", None, vec![]))
        .await
        .unwrap();
    assert_eq!(clerks(rows), ["clerk_8", "clerk_9"]);
    // Descending on a non-unique column, ties broken by the key (ascending), with a filter.
    let desc = vec![jc::UserOrderBy::Name(jc::SortOrder::Desc)];
    let mut args = page("clerk_5", None, desc);
    args.take = None;
    args.filter = Some(UserWhere::ClerkId(StringFilter::Not("clerk_1".into())));
    // name desc: group 2 (2, 5, 8), group 1 (4, 7; 1 filtered out), group 0 (0, 3, 6, 9).
    let rows = user::find_many(c, args).await.unwrap();
    assert_eq!(
        clerks(rows),
        ["clerk_5", "clerk_8", "clerk_4", "clerk_7", "clerk_0", "clerk_3", "clerk_6", "clerk_9"]
    );
    // A cursor row that does not exist: nothing.
    let rows = user::find_many(c, page("nobody", None, vec![]))
        .await
        .unwrap();
    assert!(rows.is_empty());
    // Walking all pages with skip 1 visits every row once.
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let args = jc::UserFindMany {
            cursor: cursor.clone().map(UserUnique::Id),
            skip: cursor.as_ref().map(|_| 1),
            take: Some(4),
            order_by: vec![jc::UserOrderBy::CreatedAt(jc::SortOrder::Asc)],
            ..Default::default()
        };
        let rows = user::find_many(c, args).await.unwrap();
        let Some(last) = rows.last() else { break };
        cursor = Some(last.id.clone());
        seen.extend(rows.into_iter().map(|u| u.clerk_id));
    }
    seen.sort();
    assert_eq!(seen.len(), 10);
    seen.dedup();
    assert_eq!(seen.len(), 10);
}

#[tokio::test]
async fn json_path_filters() {
    let db = db().await;
    let c = db.client();
    let u = user::create(c, new_user(1)).await.unwrap();
    let budgets = [
        (
            "A",
            jc::serde_json::json!({"total": 5000, "channels": ["tv", "social"], "owner": {"name": "Ada Lovelace"}}),
        ),
        (
            "B",
            jc::serde_json::json!({"total": 100, "channels": ["social"], "owner": {"name": "Bob"}}),
        ),
        (
            "C",
            jc::serde_json::json!({"total": "5000", "channels": "tv", "owner": null}),
        ),
    ];
    for (name, budget) in budgets {
        let mut w = wizard(name, &u.id);
        w.budget = budget;
        campaign_wizard::create(c, w).await.unwrap();
    }
    use jc::runtime::{JsonFilter, JsonOp};
    let names = |filter: JsonFilter| async move {
        let rows = campaign_wizard::find_many(
            c,
            jc::CampaignWizardFindMany {
                filter: Some(jc::CampaignWizardWhere::Budget(filter)),
                order_by: vec![jc::CampaignWizardOrderBy::Name(jc::SortOrder::Asc)],
                ..Default::default()
            },
        )
        .await
        .unwrap();
        rows.into_iter().map(|w| w.name).collect::<Vec<_>>()
    };
    let json = |s: &str| jc::serde_json::from_str::<jc::serde_json::Value>(s).unwrap();
    // equals compares JSON values: the number 5000, not the string "5000".
    assert_eq!(
        names(JsonFilter::path(["total"], JsonOp::Equals(json("5000")))).await,
        ["A"]
    );
    assert_eq!(
        names(JsonFilter::path(
            ["total"],
            JsonOp::Equals(json("\"5000\""))
        ))
        .await,
        ["C"]
    );
    assert_eq!(
        names(JsonFilter::path(["total"], JsonOp::Not(json("5000")))).await,
        ["B", "C"]
    );
    assert_eq!(
        names(JsonFilter::path(
            ["owner", "name"],
            JsonOp::StringContains("Love".into())
        ))
        .await,
        ["A"]
    );
    assert_eq!(
        names(JsonFilter::path(
            ["owner", "name"],
            JsonOp::StringStartsWith("Bo".into())
        ))
        .await,
        ["B"]
    );
    assert_eq!(
        names(JsonFilter::path(
            ["owner", "name"],
            JsonOp::StringEndsWith("lace".into())
        ))
        .await,
        ["A"]
    );
    // array_contains: a value or a list; a string "tv" is not an array.
    assert_eq!(
        names(JsonFilter::path(
            ["channels"],
            JsonOp::ArrayContains(json("\"social\""))
        ))
        .await,
        ["A", "B"]
    );
    assert_eq!(
        names(JsonFilter::path(
            ["channels"],
            JsonOp::ArrayContains(json("[\"tv\"]"))
        ))
        .await,
        ["A"]
    );
    assert_eq!(
        names(JsonFilter::path(
            ["channels"],
            JsonOp::ArrayStartsWith(json("\"social\""))
        ))
        .await,
        ["B"]
    );
    assert_eq!(
        names(JsonFilter::path(
            ["channels"],
            JsonOp::ArrayEndsWith(json("[\"social\"]"))
        ))
        .await,
        ["A", "B"]
    );
    // The whole value; key order does not matter (jsonb).
    assert_eq!(
        names(JsonFilter::equals(json(
            "{\"owner\": {\"name\": \"Bob\"}, \"channels\": [\"social\"], \"total\": 100}"
        )))
        .await,
        ["B"]
    );
    // Values are bound: quotes in a path or a value are data.
    assert!(names(JsonFilter::path(
        ["o'wner"],
        JsonOp::StringContains("'); --".into())
    ))
    .await
    .is_empty());
    // A `json` (not jsonb) column, required, with a default: compared as jsonb.
    let prefs = user::count(
        c,
        Some(UserWhere::NotificationPrefs(JsonFilter::path(
            ["digest"],
            JsonOp::Equals(json("\"weekly\"")),
        ))),
    )
    .await
    .unwrap();
    assert_eq!(prefs, 1);
}

#[tokio::test]
async fn nested_connect_on_create() {
    let test_db = db().await;
    let db = jc::Db::new(test_db.connect().await.unwrap());
    let u = user::create(&db, new_user(1)).await.unwrap();
    // n-1: connect the owner by a unique key instead of its id.
    let mut data = wizard("W", "ignored: connect_user wins");
    data.connect_user = Some(UserUnique::Email("USER1@example.com".into()));
    let w = campaign_wizard::create(&db, data).await.unwrap();
    assert_eq!(w.user_id, u.id);
    // A row that does not exist: NotFound, nothing created.
    let mut data = wizard("X", "");
    data.connect_user = Some(UserUnique::ClerkId("nobody".into()));
    assert!(matches!(
        campaign_wizard::create(&db, data).await,
        Err(Error::NotFound)
    ));
    assert_eq!(campaign_wizard::count(&db, None).await.unwrap(), 1);
    // Optional relation: connect sets it.
    let mut referred = new_user(2);
    referred.connect_referred_by = Some(UserUnique::ClerkId("clerk_1".into()));
    let r = user::create(&db, referred).await.unwrap();
    assert_eq!(r.referred_by_id.as_deref(), Some(u.id.as_str()));

    // m-n: the join rows are inserted by the same statement.
    let mut handles = Vec::new();
    for h in ["ana", "bob"] {
        let i = jc::marketplace_influencer::create(
            &db,
            jc::MarketplaceInfluencerCreate::new(h.into(), Platform::Instagram),
        )
        .await
        .unwrap();
        handles.push(i.id);
    }
    let mut data = wizard("M", &u.id);
    data.connect_influencers = handles
        .iter()
        .map(|id| jc::MarketplaceInfluencerUnique::Id(id.clone()))
        .collect();
    let m = campaign_wizard::create(&db, data).await.unwrap();
    assert_eq!(m.name, "M");
    let loaded = campaign_wizard::find_unique(&db, jc::CampaignWizardUnique::Id(m.id))
        .await
        .unwrap()
        .unwrap();
    let mut rows = vec![loaded];
    jc::CampaignWizardInclude {
        influencers: Some(Box::default()),
        ..Default::default()
    }
    .load(&db, &mut rows)
    .await
    .unwrap();
    let mut linked: Vec<String> = rows[0]
        .influencers
        .as_ref()
        .unwrap()
        .iter()
        .map(|i| i.id.clone())
        .collect();
    linked.sort();
    handles.sort();
    assert_eq!(linked, handles);
    // One missing influencer: NotFound, and neither the campaign nor any join row stays.
    let mut data = wizard("N", &u.id);
    data.connect_influencers = vec![
        jc::MarketplaceInfluencerUnique::Id(handles[0].clone()),
        jc::MarketplaceInfluencerUnique::Id("missing".into()),
    ];
    let err = campaign_wizard::create(&db, data).await.unwrap_err();
    assert!(matches!(err, Error::NotFound), "{err:?}");
    assert_eq!(campaign_wizard::count(&db, None).await.unwrap(), 2);
    let joins: i64 = db
        .client()
        .query_one(
            "SELECT count(*) FROM \"_CampaignWizardToMarketplaceInfluencer\"",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(joins, 2);
    // In upsert, and both kinds together, inside a transaction.
    let mut db = db;
    let tx = db.transaction().await.unwrap();
    let mut data = wizard("T", "");
    data.connect_user = Some(UserUnique::Id(r.id.clone()));
    data.connect_influencers = vec![jc::MarketplaceInfluencerUnique::Id(handles[1].clone())];
    let t = campaign_wizard::upsert(
        &tx,
        jc::CampaignWizardUnique::Id(jc::uuid::Uuid::now_v7()),
        data,
        Default::default(),
    )
    .await
    .unwrap();
    assert_eq!(t.user_id, r.id);
    tx.commit().await.unwrap();
    assert_eq!(campaign_wizard::count(&db, None).await.unwrap(), 3);
}
