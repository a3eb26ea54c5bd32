/// @file io/file_check.hpp
/// @brief Auditing published files one by one: io::check_file() reads an evaluation or a
///        score table (any format io/workbook.hpp reads), recomputes it and sums up what
///        `jixiao check` finds; io::audit_files() lists the files of folders. See docs/checks.md,
///        "A folder at once".
#ifndef JIXIAO_IO_FILE_CHECK_HPP
#define JIXIAO_IO_FILE_CHECK_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/io/score_table.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io {

/// @brief What auditing one file gave: clean, findings, or unreadable with its error.
struct FileCheck {
  /// The audit's outcome.
  enum class Outcome : unsigned char {
    clean,       ///< Read and recomputed; no finding at the threshold or worse.
    findings,    ///< Read and recomputed, with findings at the threshold or worse.
    unreadable,  ///< Not read or not scored: `error` says why and where.
  };
  std::string file;                       ///< The file, as found.
  Outcome outcome = Outcome::unreadable;  ///< What the audit gave.
  std::string title;                      ///< The evaluation's title (a 自评表's 项目名称).
  std::string unit;                       ///< The 实施单位 (or 主管部门) a table names, if any.
  std::optional<Decimal> printed_total;   ///< The 总分 the file prints, if any.
  std::optional<Decimal> total;           ///< The 总分 recomputed from the facts.
  std::string printed_grade;              ///< The grade the file prints, if any.
  std::string grade;                      ///< The grade of the recomputed total, if ratable.
  std::map<std::string, std::size_t> findings;  ///< How many findings of each class ("JX-C102").
  std::size_t errors = 0;                       ///< Findings of severity error.
  std::size_t warnings = 0;                     ///< Findings of severity warning.
  std::size_t notes = 0;                        ///< Findings of severity note.
  std::string error;  ///< Unreadable: the error as `jixiao` prints it, "[jixiao.input_error.714] t.xls: …".
};

/// @brief The files an audit of `inputs` covers: each file as given, and, under each folder,
/// every .json, .csv, .xlsx, .xlsm, .xls and .docx file at any depth (hidden files and the
/// lock files office programs leave, "~$t.xlsx", passed over), each folder's sorted by path.
/// @throws InputError 706 for an input that does not exist.
std::vector<std::filesystem::path> audit_files(const std::vector<std::filesystem::path>& inputs);

/// @brief Reads `file` (an evaluation file by its .json extension, else a score table read
/// with `options`), recomputes it and checks every printed number (jixiao::check) and its
/// target setting (jixiao::review_target_setting). Never throws for what the file holds: a
/// file that cannot be read or scored is Outcome::unreadable, with its located error.
/// @param file    the file to audit
/// @param options how a score table is read (sheet, title, bare percentages)
/// @param fail_on the least severe finding that makes the outcome `findings`
FileCheck check_file(const std::filesystem::path& file, const ScoreTableOptions& options = {},
                     Severity fail_on = Severity::warning);

}  // namespace io
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_IO_FILE_CHECK_HPP
