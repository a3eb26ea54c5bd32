// Internal to the `jixiao` command: what ships with jixiao — the indicator library
// (`jixiao indicators`) and the evaluation templates (`jixiao template list|show`).
#ifndef JIXIAO_SRC_CLI_LIBRARY_COMMANDS_HPP
#define JIXIAO_SRC_CLI_LIBRARY_COMMANDS_HPP

#include <string>

namespace jixiao_cli {

// Prints the library indicators matching `query` with formula and typical rule; exit code.
int list_indicators(const std::string& query);

// Prints every template: name, scheme, framework, weights and source; exit code.
int list_templates();

// Writes template `name` to `output` ("-": stdout) as a fill-in evaluation file (`format`
// "json") or a 自评表 workbook ("xlsx"), with `title` and `project` when given; exit code.
int show_template(const std::string& name, const std::string& title, const std::string& project,
                  const std::string& format, const std::string& output);

}  // namespace jixiao_cli

#endif  // JIXIAO_SRC_CLI_LIBRARY_COMMANDS_HPP
