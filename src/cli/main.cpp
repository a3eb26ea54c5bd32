// The `jixiao` command: score, validate, explain and import evaluation files.
//
//   jixiao score FILE [--format text|json|csv|md|html|xlsx] [-o PATH]
//   jixiao validate FILE
//   jixiao explain FILE [--indicator CODE] [--format text|json|md] [-o PATH]
//   jixiao import FILE [--title TITLE] [-o PATH]
//   jixiao check FILE [--format text|json|csv|md|html] [-o PATH] [--fail-on error|warning]
//   jixiao indicators [QUERY]
//
// FILE is an evaluation file (jixiao.evaluation/1, JSON) or a score table (评分表, CSV): by
// its extension, or as --from says; "-" is standard input.
// Exit codes: 0 success, 1 findings (for commands that report them), 2 bad input or usage.
// Errors go to standard error, located as file:line:column with the JSON path or indicator.
#include <jixiao/check.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/evaluation_writer.hpp>
#include <jixiao/io/indicator_library.hpp>
#include <jixiao/io/score_table.hpp>
#include <jixiao/render/check_report.hpp>
#include <jixiao/render/csv_report.hpp>
#include <jixiao/render/explanation.hpp>
#include <jixiao/render/html_report.hpp>
#include <jixiao/render/json_report.hpp>
#include <jixiao/render/markdown_report.hpp>
#include <jixiao/render/text_report.hpp>
#include <jixiao/render/xlsx_report.hpp>
#include <jixiao/version.hpp>

#include <CLI/CLI.hpp>

#include <unistd.h>
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>

namespace {

constexpr int exit_success = 0;
constexpr int exit_findings = 1;
constexpr int exit_bad_input = 2;

// What every command reads.
struct Input {
  std::string path;
  std::string from;   // "json", "csv", or "" (by the extension)
  std::string title;  // score tables: the title, if given
};

// Produces `path` completely or not at all: `write` fills a temporary file next to it, which
// is renamed into place only once everything was written. "-" streams the result to stdout.
void write_atomically(const std::filesystem::path& path,
                      const std::function<void(const std::filesystem::path&)>& write) {
  const bool to_stdout = path == "-";
  std::filesystem::path temporary =
      to_stdout ? std::filesystem::temp_directory_path() / "jixiao-output" : path;
  temporary += "." + std::to_string(::getpid()) + ".tmp";
  try {
    write(temporary);
    if (to_stdout) {
      std::ifstream in(temporary, std::ios::binary);
      std::cout << in.rdbuf();
      std::filesystem::remove(temporary);
    } else {
      std::filesystem::rename(temporary, path);
    }
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw;
  }
}

void write_text(const std::filesystem::path& file, const std::string& content) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << content;
  out.flush();
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

void write_output(const std::string& output, const std::string& content) {
  write_atomically(output,
                   [&](const std::filesystem::path& target) { write_text(target, content); });
}

bool is_csv(const Input& input) {
  if (!input.from.empty()) return input.from == "csv";
  std::string extension = std::filesystem::path(input.path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".csv";
}

jixiao::io::EvaluationFile read_input(const Input& input) {
  if (is_csv(input)) {
    jixiao::io::ScoreTableOptions options;
    options.title = input.title;
    return jixiao::io::read_score_table(input.path, options);
  }
  jixiao::io::EvaluationFile file = jixiao::io::read_evaluation_file(input.path);
  if (!input.title.empty()) file.evaluation.title = input.title;
  return file;
}

// Problems of the framework or of the facts, each on its own line, located where possible:
// a framework problem where the indicator is defined, a facts problem where its facts are.
void report(const jixiao::io::EvaluationFile& file, const jixiao::ProblemsError& error) {
  const bool facts = dynamic_cast<const jixiao::ScoringError*>(&error) != nullptr;
  const char* prefix = facts ? "invalid_facts" : "invalid_framework";
  for (const jixiao::Problem& problem : error.problems()) {
    jixiao::io::SourceLocation where{file.source, 0, 0, ""};
    if (!problem.indicator.empty()) {
      const bool has_facts = file.fact_locations.count(problem.indicator) != 0;
      where = facts && has_facts ? file.locate_facts(problem.indicator)
                                 : file.locate_indicator(problem.indicator);
    }
    std::cerr << where.to_string() << ": [jixiao." << prefix << "."
              << static_cast<int>(problem.code) << "] " << problem.message << "\n";
  }
}

bool color_wanted() {
  const char* no_color = std::getenv("NO_COLOR");
  return (no_color == nullptr || *no_color == '\0') && ::isatty(STDOUT_FILENO) != 0;
}

// Writes `card` in `format` to `file`.
void render(const jixiao::Scorecard& card, const std::string& title, const std::string& format,
            bool color, const std::filesystem::path& file) {
  if (format == "xlsx") return jixiao::render::xlsx_report(card, title, file);
  if (format == "json") return write_text(file, jixiao::render::json_report(card, title));
  if (format == "csv") return write_text(file, jixiao::render::csv_report(card));
  if (format == "md") return write_text(file, jixiao::render::markdown_report(card, title));
  if (format == "html") return write_text(file, jixiao::render::html_report(card, title));
  jixiao::render::TextOptions options;
  options.color = color;
  write_text(file, jixiao::render::text_report(card, title, options));
}

std::string explanation(const jixiao::Scorecard& card, const std::string& code,
                        const std::string& format) {
  if (format == "json") return jixiao::render::explanation_json(card, code);
  if (format == "md") return jixiao::render::explanation_markdown(card, code);
  return jixiao::render::explanation_text(card, code);
}

std::string check_output(const jixiao::CheckReport& report, const std::string& title,
                         const std::string& format) {
  if (format == "json") return jixiao::render::check_json(report, title);
  if (format == "csv") return jixiao::render::check_csv(report);
  if (format == "md") return jixiao::render::check_markdown(report, title);
  if (format == "html") return jixiao::render::check_html(report, title);
  return jixiao::render::check_text(report, title);
}

// The library indicators matching `query`, each with its formula and typical rule.
int list_indicators(const std::string& query) {
  const auto found = jixiao::io::search_indicators(query);
  for (const jixiao::io::LibraryIndicator* entry : found) {
    jixiao::Indicator leaf_for_wording;
    leaf_for_wording.name = entry->name;
    leaf_for_wording.points = jixiao::Decimal(10);
    std::cout << entry->name << "（" << entry->code << "）  " << entry->level1 << " › "
              << entry->level2 << "  "
              << (entry->kind == jixiao::IndicatorKind::qualitative ? "定性" : "定量")
              << (entry->unit.empty() ? "" : "  单位：" + entry->unit) << "\n"
              << "  定义：" << entry->definition << "\n"
              << "  公式：" << entry->formula << "\n"
              << "  常用评分（" << entry->rule->kind() << (entry->recalled ? "，据实践" : "")
              << "）：" << entry->rule->criterion(leaf_for_wording) << "\n";
  }
  if (found.empty()) {
    std::cerr << "jixiao indicators: nothing matches \"" << query << "\"\n";
    return exit_findings;
  }
  return exit_success;
}

// The input options every command takes.
void add_input(CLI::App& command, Input& input) {
  command
      .add_option("FILE", input.path,
                  "Evaluation file (jixiao.evaluation/1, JSON) or score table (评分表, CSV); "
                  "- for stdin")
      ->required();
  command.add_option("--from", input.from, "Read FILE as json or csv (default: by its extension)")
      ->check(CLI::IsMember({"json", "csv"}));
  command.add_option("--title", input.title, "The evaluation's title (default: from the file)");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"jixiao " JIXIAO_VERSION_STRING
               " — exact scoring of Chinese government performance evaluations (绩效评价)"};
  app.set_version_flag("--version", std::string("jixiao ") + JIXIAO_VERSION_STRING);
  app.require_subcommand(1);

  Input input;
  std::string output = "-";
  std::string format = "text";
  std::string indicator;

  CLI::App* score = app.add_subcommand("score", "Score an evaluation and print its 评分表");
  add_input(*score, input);
  score->add_option("--format", format, "Output format: text, json, csv, md, html or xlsx")
      ->check(CLI::IsMember({"text", "json", "csv", "md", "html", "xlsx"}));
  score->add_option("-o,--output", output, "Write to PATH (atomically) instead of stdout");

  CLI::App* validate = app.add_subcommand("validate", "Check an evaluation and its framework");
  add_input(*validate, input);

  CLI::App* explain =
      app.add_subcommand("explain", "Explain how each indicator was scored, in report wording");
  add_input(*explain, input);
  explain->add_option("--indicator", indicator,
                      "Only this indicator (a code; a group explains everything under it)");
  explain->add_option("--format", format, "Output format: text, json or md")
      ->check(CLI::IsMember({"text", "json", "md"}));
  explain->add_option("-o,--output", output, "Write to PATH (atomically) instead of stdout");

  CLI::App* import = app.add_subcommand(
      "import", "Write an evaluation (e.g. a score table) as a jixiao.evaluation/1 file");
  add_input(*import, input);
  import->add_option("-o,--output", output, "Write to PATH (atomically) instead of stdout");

  std::string fail_on = "warning";
  CLI::App* check = app.add_subcommand(
      "check", "Recompute a published evaluation and list every inconsistency of its report");
  add_input(*check, input);
  check->add_option("--format", format, "Output format: text, json, csv, md or html")
      ->check(CLI::IsMember({"text", "json", "csv", "md", "html"}));
  check->add_option("-o,--output", output, "Write to PATH (atomically) instead of stdout");
  check
      ->add_option("--fail-on", fail_on,
                   "Exit 1 on findings of this severity or worse: error or warning (default)")
      ->check(CLI::IsMember({"error", "warning"}));

  std::string query;
  CLI::App* indicators = app.add_subcommand(
      "indicators", "Search the library of common indicators (资金到位率, 预算执行率 …)");
  indicators->add_option("QUERY", query, "Part of a name, code, definition or formula");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? exit_success : exit_bad_input;
  }

  if (indicators->parsed()) return list_indicators(query);

  jixiao::io::EvaluationFile file;
  try {
    file = read_input(input);
    if (import->parsed()) {
      write_output(output, jixiao::io::write_evaluation(file));
      return exit_success;
    }
    jixiao::require_valid(file.framework);
    if (check->parsed()) {
      jixiao::CheckReport report = jixiao::check(file.framework, file.evaluation);
      for (jixiao::Finding& finding : report.findings) {
        if (finding.position < file.printed_locations.size())
          finding.location = file.printed_locations[finding.position].to_string();
      }
      write_output(output, check_output(report, file.evaluation.title, format));
      const auto threshold =
          fail_on == "error" ? jixiao::Severity::error : jixiao::Severity::warning;
      return report.passes(threshold) ? exit_success : exit_findings;
    }
    const jixiao::Scorecard card = jixiao::evaluate(file.framework, file.evaluation);
    if (validate->parsed()) {
      std::cout << input.path << ": valid (" << file.framework.name << ")\n";
      return exit_success;
    }
    if (explain->parsed()) {
      if (!card.find(indicator)) {
        std::cerr << "jixiao explain: " << input.path << " has no indicator \"" << indicator
                  << "\" (`jixiao score` lists the codes)\n";
        return exit_bad_input;
      }
      write_output(output, explanation(card, indicator, format));
      return exit_success;
    }
    const bool color = output == "-" && color_wanted();
    write_atomically(output, [&](const std::filesystem::path& target) {
      render(card, file.evaluation.title, format, color, target);
    });
    return exit_success;
  } catch (const jixiao::ProblemsError& e) {
    report(file, e);
  } catch (const jixiao::Error& e) {
    std::cerr << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "jixiao: " << e.what() << "\n";
  }
  return exit_bad_input;
}
