//! The demo program against a fresh database brought up to date by `migrate deploy` (the
//! library call behind `justify-schema migrate deploy`) from `schema/migrations`.

use justify_migrate::connection::Connection;
use justify_migrate::deploy::{deploy, DeployOptions};
use justify_migrate::folder::MigrationsFolder;
use justify_testkit::TestDb;
use std::path::Path;

/// A fresh database with every migration of `schema/migrations` deployed.
async fn migrated_db() -> TestDb {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/migrations");
    let db = TestDb::create("justify_demo").await;
    let conn = Connection::connect(&db.url()).await.unwrap();
    let report = deploy(
        &conn,
        &MigrationsFolder::new(&dir),
        &DeployOptions::default(),
    )
    .await
    .unwrap_or_else(|e| panic!("migrate deploy of {}: {e}", dir.display()));
    assert!(
        !report.applied_names().is_empty(),
        "no migration applied from {}",
        dir.display()
    );
    db
}

#[tokio::test]
async fn demo_runs_against_the_migrated_schema() {
    let db = migrated_db().await;
    let c = db.client();
    let cached = justify_client::Db::new(db.connect().await.unwrap());
    let s = justify_demo::run(&cached).await.unwrap();

    assert_eq!(s.assets, 3);
    assert_eq!(s.videos, 2);
    assert_eq!(s.audience_locations, ["US", "CA"]);
    assert_eq!(s.options_per_question, [3, 3]);
    assert_eq!(s.responses, justify_demo::RESPONDENTS);
    // n % 3 == 0 is the control group: 8 of 24.
    assert_eq!(s.exposed, 16);
    assert_eq!(s.pages, [10, 10, 4]);
    assert_eq!(s.first_page.first().map(String::as_str), Some("resp_000"));
    assert_eq!(s.first_page.last().map(String::as_str), Some("resp_009"));
    assert!(s.ad_recall_lift > 0.0, "lift {}", s.ad_recall_lift);

    // The rows are really there, linked as the demo says.
    let row = c
        .query_one(
            "SELECT u.\"clerkId\", count(DISTINCT a.id), count(DISTINCT r.id) \
             FROM users u JOIN \"CampaignWizard\" w ON w.\"userId\" = u.id \
             JOIN creative_assets a ON a.\"campaignId\" = w.id \
             JOIN \"BrandLiftStudy\" s ON s.\"campaignId\" = w.id \
             JOIN \"SurveyResponse\" r ON r.\"studyId\" = s.id \
             WHERE u.id = $1 GROUP BY u.\"clerkId\"",
            &[&s.user_id],
        )
        .await
        .unwrap();
    assert!(row.get::<_, String>(0).starts_with("user_"));
    assert_eq!(row.get::<_, i64>(1), 3);
    assert_eq!(row.get::<_, i64>(2), justify_demo::RESPONDENTS as i64);

    // A second run in the same database does not collide with the first (and runs on a plain
    // client too).
    let again = justify_demo::run(c).await.unwrap();
    assert_ne!(again.user_id, s.user_id);
    assert_eq!(again.exposed, 16);
}
