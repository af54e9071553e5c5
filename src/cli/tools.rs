//! `takedown completions SHELL` and `takedown man`: generated from the same
//! clap definitions as `--help`, so they cannot drift from it.

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::{Cli, Failure};

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh or fish (also elvish, powershell). E.g. bash:
    /// `takedown completions bash > /etc/bash_completion.d/takedown`.
    #[arg(value_name = "SHELL")]
    pub shell: Shell,
}

pub fn completions(a: &CompletionsArgs) -> Result<i32, Failure> {
    let mut cmd = Cli::command();
    // Into memory first: clap_complete panics on a write error (a closed
    // pipe); written here, the error is the command's like any other output's.
    let mut script = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "takedown", &mut script);
    std::io::Write::write_all(&mut crate::output::Stdout, &script)?;
    Ok(0)
}

pub fn man() -> Result<i32, Failure> {
    let cmd = Cli::command();
    let mut out = crate::output::Stdout;
    clap_mangen::Man::new(cmd).render(&mut out)?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every argument and flag of every command says what it is for in `--help`.
    #[test]
    fn every_argument_has_help_text() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for a in cmd.get_arguments() {
                let id = a.get_id().as_str();
                if id == "help" || id == "version" {
                    continue;
                }
                if a.get_help().is_none() && a.get_long_help().is_none() {
                    missing.push(format!("{path} {id}"));
                }
            }
            for s in cmd.get_subcommands() {
                if s.get_about().is_none() {
                    missing.push(format!("{path} {} (the command)", s.get_name()));
                }
                walk(s, &format!("{path} {}", s.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "takedown", &mut missing);
        assert!(missing.is_empty(), "no --help text: {missing:#?}");
    }
}
