//! takedown: a ledger of content-removal requests and the platforms' email
//! confirmations. An email's path: `source` (bytes and origin) → `parse` →
//! `trust` → `extract` (refs, urls, status) → `matching` → `store`; the one
//! function that walks it is `pipeline::ingest_one`.

pub mod audit;
pub mod cli;
pub mod config;
pub mod daemon;
pub mod extract;
pub mod freshness;
pub mod health;
pub mod import;
pub mod matching;
pub mod output;
pub mod parse;
pub mod pipeline;
pub mod probe;
pub mod remind;
pub mod report;
pub mod requests;
pub mod source;
pub mod status;
pub mod stop;
pub mod store;
pub mod trust;
pub mod web;
