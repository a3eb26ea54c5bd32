// Auditing published files one by one (io/file_check.hpp).
#include <jixiao/version.hpp>

#include <jixiao/check.hpp>
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/file_check.hpp>
#include <jixiao/io/workbook.hpp>
#include <jixiao/target_setting.hpp>

#include <algorithm>
#include <exception>
#include <system_error>

JIXIAO_BEGIN_NAMESPACE
namespace io {

namespace {

bool audited(const std::filesystem::path& file) {
  const std::string name = file.filename().string();
  if (name.empty() || name.front() == '.' || name.rfind("~$", 0) == 0) return false;
  return has_extension(file, ".json") || is_table_file(file);
}

// Everything `problems` says, one line each, as `jixiao` prints it.
std::string problems_text(const EvaluationFile& read, const ProblemsError& error) {
  const char* kind =
      dynamic_cast<const ScoringError*>(&error) != nullptr ? "invalid_facts" : "invalid_framework";
  std::string text;
  for (const Problem& problem : error.problems()) {
    const SourceLocation where = problem.indicator.empty()
                                     ? SourceLocation{read.source, 0, 0, ""}
                                     : read.locate_indicator(problem.indicator);
    text += (text.empty() ? "" : "\n") + where.to_string() + ": [jixiao." + kind + "." +
            std::to_string(static_cast<int>(problem.code)) + "] " + problem.message;
  }
  return text;
}

}  // namespace

std::vector<std::filesystem::path> audit_files(const std::vector<std::filesystem::path>& inputs) {
  std::vector<std::filesystem::path> files;
  for (const std::filesystem::path& input : inputs) {
    std::error_code error;
    if (!std::filesystem::is_directory(input, error)) {
      if (!std::filesystem::exists(input, error)) {
        throw InputError(ErrorCode::unreadable_file, SourceLocation{input.string(), 0, 0, ""},
                         "no such file or folder");
      }
      files.push_back(input);
      continue;
    }
    std::vector<std::filesystem::path> found;
    for (auto it = std::filesystem::recursive_directory_iterator(
             input, std::filesystem::directory_options::skip_permission_denied, error);
         !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
      if (it->is_regular_file(error) && audited(it->path())) found.push_back(it->path());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

FileCheck check_file(const std::filesystem::path& file, const ScoreTableOptions& options,
                     Severity fail_on) {
  FileCheck result;
  result.file = file.string();
  EvaluationFile read;
  try {
    read = has_extension(file, ".json") ? read_evaluation_file(file)
                                                : read_score_table(file, options);
    result.title = read.evaluation.title;
    result.unit = read.unit;
    for (const PrintedNumber& p : read.evaluation.printed) {
      if (p.what == PrintedQuantity::total && p.value) result.printed_total = p.value;
      if (p.what == PrintedQuantity::grade) result.printed_grade = p.text;
    }
    if (!read.blanks.empty()) {
      result.error = "[jixiao.input_error.712] " + read.blanks.front().location.to_string() + ": " +
                     std::to_string(read.blanks.size()) + " facts are still blank (null)";
      return result;
    }
    require_valid(read.framework);
    CheckReport report = check(read.framework, read.evaluation);
    for (Finding& finding : review_target_setting(read.framework))
      report.findings.push_back(std::move(finding));
    result.total = report.card.total;
    result.grade = report.card.rating.label;
    for (const Finding& finding : report.findings) ++result.findings[finding.id];
    result.errors = report.count(Severity::error);
    result.warnings = report.count(Severity::warning);
    result.notes = report.count(Severity::note);
    result.outcome =
        report.passes(fail_on) ? FileCheck::Outcome::clean : FileCheck::Outcome::findings;
  } catch (const ProblemsError& e) {
    result.error = problems_text(read, e);
  } catch (const Error& e) {
    result.error = e.what();
  } catch (const std::exception& e) {
    result.error = std::string("[jixiao] ") + result.file + ": " + e.what();
  }
  return result;
}

}  // namespace io
JIXIAO_END_NAMESPACE
