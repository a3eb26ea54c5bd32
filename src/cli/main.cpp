// The `jixiao` command: score and validate evaluation files.
//
//   jixiao score FILE [--format text|json|csv|md|html|xlsx] [-o PATH]
//   jixiao validate FILE
//
// Exit codes: 0 success, 1 findings (for commands that report them), 2 bad input or usage.
// Errors go to standard error, located as file:line:column with the JSON path or indicator.
#include <jixiao/evaluate.hpp>
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/render/csv_report.hpp>
#include <jixiao/render/html_report.hpp>
#include <jixiao/render/json_report.hpp>
#include <jixiao/render/markdown_report.hpp>
#include <jixiao/render/text_report.hpp>
#include <jixiao/render/xlsx_report.hpp>
#include <jixiao/version.hpp>

#include <CLI/CLI.hpp>

#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>

namespace {

constexpr int exit_success = 0;
constexpr int exit_bad_input = 2;

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

// Problems of the framework or of the facts, each on its own line, located where possible.
void report(const jixiao::io::EvaluationFile& file, const jixiao::ProblemsError& error) {
  const char* prefix =
      dynamic_cast<const jixiao::ScoringError*>(&error) ? "invalid_facts" : "invalid_framework";
  for (const jixiao::Problem& problem : error.problems()) {
    const jixiao::io::SourceLocation where = problem.indicator.empty()
                                                 ? jixiao::io::SourceLocation{file.source, 0, 0, ""}
                                                 : file.locate_facts(problem.indicator);
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

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"jixiao " JIXIAO_VERSION_STRING
               " — exact scoring of Chinese government performance evaluations (绩效评价)"};
  app.set_version_flag("--version", std::string("jixiao ") + JIXIAO_VERSION_STRING);
  app.require_subcommand(1);

  std::string input;
  std::string output = "-";
  std::string format = "text";
  CLI::App* score = app.add_subcommand("score", "Score an evaluation file and print its 评分表");
  score->add_option("FILE", input, "Evaluation file (jixiao.evaluation/1), or - for stdin")
      ->required();
  score->add_option("--format", format, "Output format: text, json, csv, md, html or xlsx")
      ->check(CLI::IsMember({"text", "json", "csv", "md", "html", "xlsx"}));
  score->add_option("-o,--output", output, "Write to PATH (atomically) instead of stdout");

  std::string validate_input;
  CLI::App* validate = app.add_subcommand("validate", "Check an evaluation file and its framework");
  validate->add_option("FILE", validate_input, "Evaluation file, or - for stdin")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? exit_success : exit_bad_input;
  }

  const std::string& path = score->parsed() ? input : validate_input;
  jixiao::io::EvaluationFile file;
  try {
    file = jixiao::io::read_evaluation_file(path);
    if (validate->parsed()) {
      jixiao::require_valid(file.framework);
      (void)jixiao::evaluate(file.framework, file.evaluation);
      std::cout << path << ": valid (" << file.framework.name << ")\n";
      return exit_success;
    }
    const jixiao::Scorecard card = jixiao::evaluate(file.framework, file.evaluation);
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
