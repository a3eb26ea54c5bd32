// Internal to the `jixiao` command: `jixiao check` on several files or folders at once.
#ifndef JIXIAO_SRC_CLI_AUDIT_COMMAND_HPP
#define JIXIAO_SRC_CLI_AUDIT_COMMAND_HPP

#include <jixiao/finding.hpp>
#include <jixiao/io/score_table.hpp>

#include <string>
#include <vector>

namespace jixiao_cli {

struct AuditOptions {
  std::vector<std::string> inputs;      // files and folders
  jixiao::io::ScoreTableOptions table;  // how score tables are read
  jixiao::Severity fail_on = jixiao::Severity::warning;
  std::string format = "text";  // the summary on stdout: text, csv or json
  std::string summary;          // also write the summary to this .csv or .xlsx file
  bool progress = true;         // a progress bar on stderr when it is a terminal
};

// Audits every file; the summary to stdout (and to `summary`), each unreadable file's error
// to stderr. Files that fail never stop the run. Exit 0: every file clean; 1: findings at
// --fail-on or worse in some file; 2: some file could not be read (or no file was found).
int run_audit(const AuditOptions& options);

}  // namespace jixiao_cli

#endif  // JIXIAO_SRC_CLI_AUDIT_COMMAND_HPP
