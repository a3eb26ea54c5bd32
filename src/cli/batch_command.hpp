// Internal to the `jixiao` command: `jixiao batch`, many evaluations sharing one framework.
#ifndef JIXIAO_SRC_CLI_BATCH_COMMAND_HPP
#define JIXIAO_SRC_CLI_BATCH_COMMAND_HPP

#include <cstddef>
#include <string>

namespace jixiao_cli {

struct BatchOptions {
  std::string framework;         // a framework file, or an evaluation file whose framework is used
  std::string input;             // JSON Lines, one evaluation per line; "-" is standard input
  std::string output = "-";      // per-line results; "-" streams them to stdout
  std::string format = "jsonl";  // jsonl or csv
  unsigned threads = 1;
  bool fail_fast = false;  // stop at the first line that cannot be scored
  std::size_t top = 5;     // how many of the indicators losing most points to list
  bool progress = true;    // a progress bar on stderr when it is a terminal
};

// Scores every line; results to `output`, a summary to stdout (stderr when the results go to
// stdout), each bad line's error to stderr. Exit 0: all scored; 1: some lines could not be
// scored (the others were); 2: nothing written (bad framework or input, --fail-fast).
int run_batch(const BatchOptions& options);

}  // namespace jixiao_cli

#endif  // JIXIAO_SRC_CLI_BATCH_COMMAND_HPP
