//! Runs the demo against `DATABASE_URL` (a database with `schema/migrations` applied):
//!
//! ```sh
//! DATABASE_URL=postgres://postgres@127.0.0.1:5432/justify cargo run -p justify-demo
//! ```

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), justify_demo::BoxError> {
    let url = std::env::var("DATABASE_URL")
        .map_err(|_| "DATABASE_URL is not set (a database with schema/migrations applied)")?;
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await?;
    let driver = tokio::spawn(async move {
        if let Err(e) = connection.await {
            eprintln!("connection error: {e}");
        }
    });
    // The generated client's connection wrapper: statements are prepared once and reused.
    let db = justify_client::Db::new(client);
    let summary = justify_demo::run(&db).await?;
    println!("{summary:#?}");
    drop(db);
    let _ = driver.await;
    Ok(())
}
