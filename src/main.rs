use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match aba::cmd::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    aba::cmd::run(cli)
}
