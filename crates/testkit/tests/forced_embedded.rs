//! `JUSTIFY_TEST_PG=embedded` forces the testkit's own throwaway cluster
//! (initdb + pg_ctl under target/justify-testkit/), even when a server runs
//! on 127.0.0.1:5432. Alone in its test binary because it sets the variable.

use justify_testkit::{Server, ServerKind, TestDb};

#[tokio::test]
async fn embedded_cluster_when_forced() {
    std::env::set_var("JUSTIFY_TEST_PG", "embedded");
    let server = Server::shared().await.unwrap();
    assert_eq!(server.kind(), ServerKind::Embedded);
    assert!(
        !server.admin_url().contains(":5432/"),
        "{}",
        server.admin_url()
    );

    let (a, b) = tokio::join!(TestDb::create("embedded_a"), TestDb::create("embedded_b"));
    assert_eq!(a.server().kind(), ServerKind::Embedded);
    let sql =
        "CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE t (id serial PRIMARY KEY, m mood);";
    a.apply_sql(sql).await.unwrap();
    b.apply_sql(sql).await.unwrap();
    assert_eq!(a.snapshot().await, b.snapshot().await);

    let version: String = a
        .client()
        .query_one("SHOW server_version", &[])
        .await
        .unwrap()
        .get(0);
    assert!(!version.is_empty());

    // The cluster is reused, not started twice.
    let again = Server::embedded().await.unwrap();
    assert_eq!(again.admin_url(), server.admin_url());
}
