use std::process::ExitCode;

use clap::Parser;

// A build makes millions of small allocations (YAML values, template
// contexts); with glibc's allocator they were a fifth of all instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match aba::cmd::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    // How long the allocator keeps freed memory before giving it back to the
    // system. A one-off run frees as it goes: within a few milliseconds (not
    // the default ten) keeps a large build's peak about a fifth lower for a
    // few percent of time. serve keeps it ten seconds: each rebuild needs the
    // same memory again, and faulting it back in cost a third of a rebuild.
    // check keeps it too: it ends soon, holds far less than a build, and
    // handing memory back only for it to be faulted in again cost it time.
    let keeps = matches!(cli.command, aba::cmd::Command::Serve { .. } | aba::cmd::Command::Check { .. });
    let purge_delay_ms = if keeps { 10_000 } else { 3 };
    // SAFETY: setting an option has no preconditions; 15 is
    // mi_option_purge_delay in mimalloc 3's option enum (mimalloc.h).
    unsafe { libmimalloc_sys::mi_option_set(15, purge_delay_ms) };
    aba::cmd::run(cli)
}
