//! `takedown serve [--listen ADDR]`: the read-only staff pages (issue 16).
//! Off loopback it refuses to start without authentication configured
//! (`[server] users` or `[server] token_env`), since the pages show evidence
//! of abuse material's whereabouts to whoever connects.

use std::net::SocketAddr;

use clap::Args;

use super::{Ctx, Failure};
use crate::web::{self, Auth, WebState};

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8088")]
    pub listen: SocketAddr,
    /// Print an argon2 hash of the password read from standard input (one
    /// line), for `[server] users`, and exit.
    #[arg(long)]
    pub hash_password: bool,
}

pub fn run(ctx: &Ctx, a: ServeArgs) -> Result<i32, Failure> {
    if a.hash_password {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        let password = line.trim_end_matches(['\r', '\n']);
        if password.is_empty() {
            return Err(Failure::usage(
                "--hash-password: empty password on standard input",
            ));
        }
        let hash = crate::web::auth_hash(password).map_err(Failure::input)?;
        println!("{hash}");
        return Ok(0);
    }
    let auth = Auth::configured_by(&ctx.settings).map_err(Failure::usage)?;
    if !web::is_loopback(&a.listen) && !auth.configured() {
        return Err(Failure::usage(format!(
            "refusing to serve the staff pages on {} without authentication: set [server] users (name = argon2 hash, see `takedown serve --hash-password`) or [server] token_env in {}, or listen on 127.0.0.1 behind a TLS reverse proxy",
            a.listen,
            ctx.settings.config_path.display()
        )));
    }
    let db = &ctx.settings.database.path;
    if !db.exists() {
        // Not fatal: the pages answer 503 until the ledger appears.
        tracing::warn!(
            "the ledger {} does not exist yet; pages answer 503 until it does",
            db.display()
        );
    }
    let state = WebState::new(
        ctx.settings.clone(),
        ctx.clock_fixed.then_some(ctx.now),
        auth,
    );
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::input(format!("cannot start the runtime: {e}")))?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(a.listen)
            .await
            .map_err(|e| Failure::input(format!("--listen {}: cannot listen: {e}", a.listen)))?;
        let local = listener.local_addr().unwrap_or(a.listen);
        // The address goes to stderr as a log line and, for scripts and
        // tests that asked for port 0, to stdout.
        tracing::info!("staff pages on http://{local}/");
        println!("listening on http://{local}/");
        use std::io::Write;
        let _ = std::io::stdout().flush();
        web::serve(listener, state, shutdown())
            .await
            .map_err(|e| Failure::input(format!("serving on {local}: {e}")))
    })?;
    Ok(0)
}

async fn shutdown() {
    use tokio::signal::unix::{SignalKind, signal};
    match (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
    ) {
        (Ok(mut t), Ok(mut i)) => {
            tokio::select! {
                _ = t.recv() => {},
                _ = i.recv() => {},
            }
        }
        _ => std::future::pending::<()>().await,
    }
    tracing::info!("stopping the staff pages");
}
