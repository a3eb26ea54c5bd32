// The `jixiao` command: score, validate, explain and import evaluation files.
//
//   jixiao score FILE [--format text|json|csv|md|html|xlsx] [-o PATH]
//   jixiao validate FILE
//   jixiao explain FILE [--indicator CODE] [--format text|json|md] [-o PATH]
//   jixiao import FILE [--title TITLE] [-o PATH]
//   jixiao check FILE [--format text|json|csv|md|html] [-o PATH] [--fail-on error|warning]
//   jixiao indicators [QUERY]
//   jixiao template list
//   jixiao template show NAME [--title TITLE] [--project NAME] [--format json|xlsx] [-o PATH]
//   jixiao batch --framework FILE EVALUATIONS.jsonl [-o PATH] [--format jsonl|csv]
//                [--threads N] [--fail-fast] [--top N]
//
// FILE is an evaluation file (jixiao.evaluation/1, JSON) or a score table (评分表, CSV or an
// .xlsx workbook, --sheet NAME): by its extension, or as --from says; "-" is standard input.
// Exit codes: 0 success, 1 findings (for commands that report them), 2 bad input or usage.
// Errors go to standard error, located as file:line:column with the JSON path or indicator.
#include "audit_command.hpp"
#include "batch_command.hpp"
#include "library_commands.hpp"
#include "output.hpp"

#include <jixiao/check.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/evaluation_writer.hpp>
#include <jixiao/io/score_table.hpp>
#include <jixiao/io/workbook.hpp>
#include <jixiao/render/check_report.hpp>
#include <jixiao/render/csv_report.hpp>
#include <jixiao/render/explanation.hpp>
#include <jixiao/render/html_report.hpp>
#include <jixiao/render/json_report.hpp>
#include <jixiao/render/markdown_report.hpp>
#include <jixiao/render/text_report.hpp>
#include <jixiao/render/xlsx_report.hpp>
#include <jixiao/target_setting.hpp>
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

using jixiao_cli::write_atomically;
using jixiao_cli::write_output;
using jixiao_cli::write_text;

namespace {

constexpr int exit_success = 0;
constexpr int exit_findings = 1;
constexpr int exit_bad_input = 2;

// What every command reads.
struct Input {
  std::string path;
  // "json", a table's format (csv, xlsx, xls, docx, table), or "" (by the extension)
  std::string from;
  std::string title;                       // score tables: the title, if given
  std::string percent_numbers = "refuse";  // score tables: how a bare 实际完成值 reads
  std::string sheet;  // workbooks: the sheet to read (default: the first with a score table)
};

// A score table: a CSV file or a workbook (whose format the reader tells by its content).
bool is_table(const Input& input) {
  if (!input.from.empty()) return input.from != "json";
  return jixiao::io::is_table_file(input.path);
}

jixiao::io::EvaluationFile read_input(const Input& input) {
  if (is_table(input)) {
    jixiao::io::ScoreTableOptions options;
    options.title = input.title;
    options.percent_numbers = *jixiao::percent_numbers(input.percent_numbers);
    options.sheet = input.sheet;
    jixiao::io::EvaluationFile file = jixiao::io::read_score_table(input.path, options);
    // What the reader repaired to read the table as printed: said, never silent.
    for (const jixiao::io::ReadingNote& note : file.notes)
      std::cerr << note.where.to_string() << ": note: " << note.message << "\n";
    return file;
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

// The facts a fill-in file still leaves blank, one located line each.
void report_blanks(const jixiao::io::EvaluationFile& file, const char* lead, std::ostream& out) {
  for (const jixiao::io::BlankFact& blank : file.blanks) {
    const jixiao::Indicator* node = file.framework.root.find(blank.indicator);
    out << blank.location.to_string() << ": " << lead << (node ? node->label() : blank.indicator)
        << ": \"" << blank.name << "\" is still blank (null): fill it in\n";
  }
}

// Target-setting findings are about indicators: located where each indicator is defined.
void locate_findings(const jixiao::io::EvaluationFile& file,
                     std::vector<jixiao::Finding>& findings) {
  for (jixiao::Finding& finding : findings) {
    if (finding.position < file.printed_locations.size())
      finding.location = file.printed_locations[finding.position].to_string();
    else if (!finding.indicator.empty())
      finding.location = file.locate_indicator(finding.indicator).to_string();
  }
}

// Validation prints target-setting findings as warnings; they do not change the exit code.
void warn(const jixiao::io::EvaluationFile& file, std::vector<jixiao::Finding> findings) {
  locate_findings(file, findings);
  for (const jixiao::Finding& finding : findings) {
    std::cerr << (finding.location.empty() ? file.source : finding.location) << ": warning: ["
              << finding.id << "] " << finding.message_zh << "\n";
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

// The input options every command takes.
void add_input(CLI::App& command, Input& input) {
  command
      .add_option("FILE", input.path,
                  "Evaluation file (jixiao.evaluation/1, JSON) or score table (评分表: CSV, "
                  ".xlsx, .xls, or a .docx holding it); - for stdin")
      ->required();
  command
      .add_option("--from", input.from,
                  "Read FILE as json, or as a score table: csv, xlsx, xls, docx (default: by its "
                  "extension)")
      ->check(CLI::IsMember({"json", "csv", "xlsx", "xls", "docx", "table"}));
  command.add_option("--sheet", input.sheet,
                     "Workbooks: the sheet to read (default: the first with a score table)");
  command.add_option("--title", input.title, "The evaluation's title (default: from the file)");
  command
      .add_option("--percent-numbers", input.percent_numbers,
                  "Score tables: a bare 实际完成值 under a percent target is refused (default), a "
                  "fraction (0.98 is 98%) or in percent (98 is 98%)")
      ->check(CLI::IsMember({"refuse", "fraction", "percent"}));
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
  // Several files, or a folder: each is audited, and a summary is printed.
  std::vector<std::string> more_files;
  std::string summary;
  bool audit_progress = true;
  check->add_option("MORE", more_files, "More files or folders: audit them all, with a summary");
  check->add_option("--summary", summary,
                    "Several files or a folder: also write the summary to PATH (.csv or .xlsx)");
  check->add_flag("!--no-progress", audit_progress,
                  "Several files or a folder: no progress bar on stderr");

  std::string query;
  CLI::App* indicators = app.add_subcommand(
      "indicators", "Search the library of common indicators (资金到位率, 预算执行率 …)");
  indicators->add_option("QUERY", query, "Part of a name, code, definition or formula");

  CLI::App* templates = app.add_subcommand(
      "template", "The frameworks an evaluation starts from (部门评价, 单位自评 …)");
  templates->require_subcommand(1);
  templates->add_subcommand("list", "List the templates, their weights and sources");
  CLI::App* show = templates->add_subcommand(
      "show", "Write a template as a fill-in evaluation file (its facts left as null)");
  std::string template_name;
  std::string project;
  show->add_option("NAME", template_name, "A template (department, self-evaluation …)")->required();
  show->add_option("--title", input.title, "The evaluation's title");
  show->add_option("--project", project, "The project's name (the root of the tree)");
  show->add_option("-o,--output", output, "Write to PATH (atomically) instead of stdout");
  std::string template_format = "json";
  show->add_option("--format", template_format,
                   "json (a fill-in evaluation file) or xlsx (a 自评表 workbook to fill in)")
      ->check(CLI::IsMember({"json", "xlsx"}));

  jixiao_cli::BatchOptions batch_options;
  CLI::App* batch = app.add_subcommand(
      "batch", "Score many evaluations sharing one framework (JSON Lines, one per line)");
  batch->add_option("EVALUATIONS", batch_options.input, "JSON Lines file; - is standard input")
      ->required();
  batch
      ->add_option("--framework", batch_options.framework,
                   "The framework: a framework file, or an evaluation file whose framework is used")
      ->required();
  batch->add_option("-o,--output", batch_options.output,
                    "Write the per-line results to PATH (atomically) instead of stdout");
  batch->add_option("--format", batch_options.format, "Per-line results: jsonl or csv")
      ->check(CLI::IsMember({"jsonl", "csv"}));
  batch->add_option("--threads", batch_options.threads, "Threads scoring lines (default 1)")
      ->check(CLI::Range(1u, 256u));
  batch->add_flag("--fail-fast", batch_options.fail_fast,
                  "Stop at the first line that cannot be scored, writing nothing");
  batch->add_option("--top", batch_options.top,
                    "How many of the indicators losing most points to list (default 5)");
  batch->add_flag("!--no-progress", batch_options.progress, "No progress bar on stderr");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? exit_success : exit_bad_input;
  }

  try {
    if (indicators->parsed()) return jixiao_cli::list_indicators(query);
    if (show->parsed())
      return jixiao_cli::show_template(template_name, input.title, project, template_format,
                                       output);
    if (templates->parsed()) return jixiao_cli::list_templates();
    if (batch->parsed()) return jixiao_cli::run_batch(batch_options);
  } catch (const jixiao::ProblemsError& e) {
    for (const jixiao::Problem& problem : e.problems()) {
      std::cerr << batch_options.framework << ": [jixiao.invalid_framework."
                << static_cast<int>(problem.code) << "] " << problem.message << "\n";
    }
    return exit_bad_input;
  } catch (const jixiao::Error& e) {
    std::cerr << e.what() << "\n";
    return exit_bad_input;
  } catch (const std::exception& e) {
    std::cerr << "jixiao: " << e.what() << "\n";
    return exit_bad_input;
  }

  if (check->parsed() &&
      (!more_files.empty() || !summary.empty() || std::filesystem::is_directory(input.path))) {
    try {
      jixiao_cli::AuditOptions audit;
      audit.inputs.push_back(input.path);
      audit.inputs.insert(audit.inputs.end(), more_files.begin(), more_files.end());
      audit.table.title = input.title;
      audit.table.percent_numbers = *jixiao::percent_numbers(input.percent_numbers);
      audit.table.sheet = input.sheet;
      audit.fail_on = fail_on == "error" ? jixiao::Severity::error : jixiao::Severity::warning;
      if (format != "text" && format != "csv" && format != "json") {
        std::cerr << "jixiao check: several files or a folder are summed up as text, csv or "
                     "json, not " << format << "\n";
        return exit_bad_input;
      }
      audit.format = format;
      audit.summary = summary;
      audit.progress = audit_progress;
      return jixiao_cli::run_audit(audit);
    } catch (const jixiao::Error& e) {
      std::cerr << e.what() << "\n";
    } catch (const std::exception& e) {
      std::cerr << "jixiao: " << e.what() << "\n";
    }
    return exit_bad_input;
  }

  jixiao::io::EvaluationFile file;
  try {
    file = read_input(input);
    if (import->parsed()) {
      write_output(output, jixiao::io::write_evaluation(file));
      return exit_success;
    }
    jixiao::require_valid(file.framework);
    if (validate->parsed() && !file.blanks.empty()) {
      // A fill-in file: valid as far as it goes; what remains is listed, located.
      warn(file, jixiao::review_target_setting(file.framework));
      std::cout << input.path << ": valid fill-in file (" << file.framework.name << "); "
                << file.blanks.size() << " facts still blank:\n";
      report_blanks(file, "", std::cout);
      return exit_success;
    }
    if (!file.blanks.empty()) {
      report_blanks(file, "[jixiao.input_error.712] ", std::cerr);
      return exit_bad_input;
    }
    if (check->parsed()) {
      jixiao::CheckReport report = jixiao::check(file.framework, file.evaluation);
      // The report's own numbers first, then how its targets were set.
      for (jixiao::Finding& finding : jixiao::review_target_setting(file.framework))
        report.findings.push_back(std::move(finding));
      locate_findings(file, report.findings);
      write_output(output, check_output(report, file.evaluation.title, format));
      const auto threshold =
          fail_on == "error" ? jixiao::Severity::error : jixiao::Severity::warning;
      return report.passes(threshold) ? exit_success : exit_findings;
    }
    const jixiao::Scorecard card = jixiao::evaluate(file.framework, file.evaluation);
    if (validate->parsed()) {
      warn(file, jixiao::review_target_setting(file.framework));
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
