//! `migrate dev` decisions (renames, drift, data loss), `migrate reset` and `db push`, each on a
//! fresh real PostgreSQL database.

mod dev_support;

use dev_support::*;
use justify_migrate::connection::Connection;
use justify_migrate::dev::{DevError, DevOptions};
use justify_migrate::folder::MigrationsFolder;
use justify_migrate::push::{push, PushError, PushOptions};
use justify_migrate::rename::RenameAnswer;
use justify_migrate::reset::reset;
use justify_migrate::status::status;
use justify_testkit::TestDb;

const V1: &str = r#"
datasource db {
  provider = "postgresql"
}

enum Role {
  USER
  ADMIN
}

model User {
  id    Int    @id @default(autoincrement())
  name  String
  role  Role   @default(ADMIN)
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
"#;

/// `name` → `fullName`, `Post` → `Article`, `ADMIN` → `OWNER`.
const V2: &str = r#"
datasource db {
  provider = "postgresql"
}

enum Role {
  USER
  OWNER
}

model User {
  id       Int       @id @default(autoincrement())
  fullName String
  role     Role      @default(OWNER)
  posts    Article[]
}

model Article {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
"#;

fn folder(hint: &str) -> MigrationsFolder {
    MigrationsFolder::new(scratch_dir(hint).join("migrations"))
}

#[tokio::test]
async fn answered_renames_keep_the_data() {
    let db = TestDb::create("dev_rename").await;
    let folder = folder("rename");
    run_dev(&db.url(), &folder, &lower_str(V1), &accepting("init"))
        .await
        .unwrap();
    db.apply_sql(
        "INSERT INTO \"User\" (name, role) VALUES ('Ada', 'ADMIN');\
         INSERT INTO \"Post\" (title, \"authorId\") VALUES ('Hello', 1);",
    )
    .await
    .unwrap();

    let target = lower_str(V2);
    // Without answers (and not accepting data loss) the drops are refused.
    let e = run_dev(
        &db.url(),
        &folder,
        &target,
        &DevOptions {
            name: Some("renames".into()),
            ..DevOptions::default()
        },
    )
    .await
    .unwrap_err();
    assert!(matches!(e, DevError::DataLoss { .. }), "{e}");
    assert_eq!(folder.list().unwrap().len(), 1, "nothing written");

    // An answer that matches nothing is refused too.
    let e = run_dev(
        &db.url(),
        &folder,
        &target,
        &DevOptions {
            renames: vec!["User.nope=fullName".parse().unwrap()],
            ..accepting("renames")
        },
    )
    .await
    .unwrap_err();
    assert!(matches!(e, DevError::UnusedRename { .. }), "{e}");
    assert!(e.to_string().contains("User.name=fullName"), "{e}");

    let renames: Vec<RenameAnswer> = ["User.name=fullName", "Post=Article", "Role.ADMIN=OWNER"]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
    let report = run_dev(
        &db.url(),
        &folder,
        &target,
        &DevOptions {
            name: Some("renames".into()),
            renames,
            ..DevOptions::default()
        },
    )
    .await
    .unwrap();
    let created = report.created.expect("a migration");
    assert!(created.applied);
    assert_eq!(created.renames.len(), 3);
    assert!(created.warnings.is_empty(), "{:?}", created.warnings);
    assert!(created
        .script
        .contains("ALTER TABLE \"User\" RENAME COLUMN \"name\" TO \"fullName\";"));
    assert!(created
        .script
        .contains("ALTER TABLE \"Post\" RENAME TO \"Article\";"));
    assert!(created
        .script
        .contains("ALTER TYPE \"Role\" RENAME VALUE 'ADMIN' TO 'OWNER';"));
    assert!(!created.script.contains("DROP"), "{}", created.script);

    let row = db
        .client()
        .query_one(
            "SELECT u.\"fullName\", u.role::text, a.title FROM \"User\" u \
             JOIN \"Article\" a ON a.\"authorId\" = u.id",
            &[],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "Ada");
    assert_eq!(row.get::<_, String>(1), "OWNER");
    assert_eq!(row.get::<_, String>(2), "Hello");
    assert_eq!(live_diff(&db.url(), &target).await, "");
    let again = run_dev(&db.url(), &folder, &target, &accepting("x"))
        .await
        .unwrap();
    assert!(again.in_sync);
}

#[tokio::test]
async fn drift_is_detected_and_refused_without_a_terminal() {
    let db = TestDb::create("dev_drift").await;
    let folder = folder("drift");
    let target = lower_str(V1);
    run_dev(&db.url(), &folder, &target, &accepting("init"))
        .await
        .unwrap();
    db.apply_sql("ALTER TABLE \"User\" ADD COLUMN \"nickname\" TEXT")
        .await
        .unwrap();
    let e = run_dev(&db.url(), &folder, &target, &accepting("next"))
        .await
        .unwrap_err();
    let DevError::Drift(drift) = &e else {
        panic!("expected drift, got {e}");
    };
    assert_eq!(drift.schema_changes.len(), 1, "{drift:?}");
    assert!(drift.schema_script.contains("nickname"), "{drift:?}");
    assert!(e.to_string().contains("migrate reset"), "{e}");
    assert_eq!(folder.list().unwrap().len(), 1, "nothing written");
    assert!(shadow_databases(db.client(), db.name()).await.is_empty());

    // A migration applied in the database but missing from the folder is drift too.
    let other = MigrationsFolder::new(scratch_dir("drift_other").join("migrations"));
    let e = run_dev(&db.url(), &other, &target, &accepting("init"))
        .await
        .unwrap_err();
    let DevError::Drift(drift) = &e else {
        panic!("expected drift, got {e}");
    };
    assert_eq!(drift.missing.len(), 1);

    // Reset repairs it.
    let conn = Connection::connect(&db.url()).await.unwrap();
    reset(&conn, &folder, &target.namespaces, &Default::default())
        .await
        .unwrap();
    let ok = run_dev(&db.url(), &folder, &target, &accepting("next"))
        .await
        .unwrap();
    assert!(ok.in_sync);
}

#[tokio::test]
async fn data_loss_needs_acceptance_and_create_only_does_not_apply() {
    let db = TestDb::create("dev_loss").await;
    let folder = folder("loss");
    run_dev(&db.url(), &folder, &lower_str(V1), &accepting("init"))
        .await
        .unwrap();
    // Drop the Post model (and the relation).
    let smaller = V1
        .replace("  posts Post[]\n", "")
        .split("model Post")
        .next()
        .unwrap()
        .to_string();
    let target = lower_str(&smaller);
    let e = run_dev(
        &db.url(),
        &folder,
        &target,
        &DevOptions {
            name: Some("drop_post".into()),
            ..DevOptions::default()
        },
    )
    .await
    .unwrap_err();
    let DevError::DataLoss { warnings } = &e else {
        panic!("expected a data-loss refusal, got {e}");
    };
    assert!(warnings[0].message.contains("drop the `Post` table"));
    assert!(e.to_string().contains("--accept-data-loss"));
    assert_eq!(folder.list().unwrap().len(), 1);

    let report = run_dev(
        &db.url(),
        &folder,
        &target,
        &DevOptions {
            create_only: true,
            ..accepting("drop_post")
        },
    )
    .await
    .unwrap();
    let created = report.created.unwrap();
    assert!(!created.applied);
    assert!(created.script.starts_with("/*\n  Warnings:"));
    assert!(created.name.ends_with("_drop_post"));
    let conn = Connection::connect(&db.url()).await.unwrap();
    assert_eq!(status(&conn, &folder).await.unwrap().pending.len(), 1);

    // The next dev applies the pending migration and is then in sync.
    let next = run_dev(&db.url(), &folder, &target, &accepting("x"))
        .await
        .unwrap();
    assert_eq!(next.applied, vec![created.name]);
    assert!(next.in_sync);
    assert!(status(&conn, &folder).await.unwrap().is_up_to_date());
}

#[tokio::test]
async fn db_push_applies_directly_and_guards_data_loss() {
    let db = TestDb::create("db_push").await;
    let conn = Connection::connect(&db.url()).await.unwrap();
    let v1 = lower_str(V1);
    let report = push(&conn, &v1, &PushOptions::default()).await.unwrap();
    assert!(!report.in_sync());
    assert!(report
        .steps
        .iter()
        .any(|s| s.contains("Added table `User`")));
    assert_eq!(live_diff(&db.url(), &v1).await, "");
    assert!(push(&conn, &v1, &PushOptions::default())
        .await
        .unwrap()
        .in_sync());
    db.apply_sql("INSERT INTO \"User\" (name) VALUES ('Ada')")
        .await
        .unwrap();

    let v2 = lower_str(V2);
    let e = push(&conn, &v2, &PushOptions::default()).await.unwrap_err();
    assert!(matches!(e, PushError::DataLoss { .. }), "{e}");
    let kept: i64 = db
        .client()
        .query_one("SELECT count(*) FROM \"User\"", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(kept, 1, "nothing applied");

    // The required `fullName` cannot be added to a non-empty table: the whole push rolls back.
    let e = push(
        &conn,
        &v2,
        &PushOptions {
            accept_data_loss: true,
            force_reset: false,
        },
    )
    .await
    .unwrap_err();
    assert!(matches!(e, PushError::Apply { .. }), "{e}");
    assert_eq!(live_diff(&db.url(), &v1).await, "", "rolled back");

    let forced = push(
        &conn,
        &v2,
        &PushOptions {
            accept_data_loss: false,
            force_reset: true,
        },
    )
    .await
    .unwrap();
    assert!(forced.reset);
    assert_eq!(live_diff(&db.url(), &v2).await, "");
}

#[tokio::test]
async fn reset_empties_the_schema_and_reapplies_everything() {
    let db = TestDb::create("dev_reset").await;
    let folder = folder("reset");
    let target = lower_str(V1);
    run_dev(&db.url(), &folder, &target, &accepting("init"))
        .await
        .unwrap();
    db.apply_sql("INSERT INTO \"User\" (name) VALUES ('Ada'); CREATE TABLE stray (x int);")
        .await
        .unwrap();
    let conn = Connection::connect(&db.url()).await.unwrap();
    let report = reset(&conn, &folder, &target.namespaces, &Default::default())
        .await
        .unwrap();
    assert_eq!(report.schemas, vec!["public"]);
    assert_eq!(report.deploy.applied.len(), 1);
    let users: i64 = db
        .client()
        .query_one("SELECT count(*) FROM \"User\"", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(users, 0);
    assert_eq!(live_diff(&db.url(), &target).await, "");
    assert!(status(&conn, &folder).await.unwrap().is_up_to_date());
}

#[tokio::test]
async fn dev_works_in_a_non_public_schema() {
    let db = TestDb::create("dev_schema").await;
    let url = format!("{}?schema=tenant", db.url());
    let folder = folder("tenant");
    let target = lower_str(V1);
    let first = run_dev(&url, &folder, &target, &accepting("init"))
        .await
        .unwrap();
    assert!(first.created.unwrap().applied);
    let n: i64 = db
        .client()
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'tenant' AND tablename = 'User'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(n, 1);
    let again = run_dev(&url, &folder, &target, &accepting("x"))
        .await
        .unwrap();
    assert!(again.in_sync, "{again:?}");
}
