/// @file io/evaluation_file.hpp
/// @brief Reading evaluation files (`jixiao.evaluation/1`) and framework files
///        (`jixiao.framework/1`), JSON; see docs/file-format.md.
#ifndef JIXIAO_IO_EVALUATION_FILE_HPP
#define JIXIAO_IO_EVALUATION_FILE_HPP

#include <jixiao/evaluate.hpp>
#include <jixiao/framework.hpp>
#include <jixiao/io/input_error.hpp>
#include <jixiao/version.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io {

/// @brief A fact left blank (`null`) in a fill-in file, such as `jixiao template show` writes:
/// the evaluator still has to give it.
struct BlankFact {
  std::string indicator;    ///< The indicator's code, e.g. "2.1.2".
  std::string name;         ///< The fact's name, e.g. "实际支出资金".
  SourceLocation location;  ///< Where the `null` is.
};

/// @brief What a reader did to read a cell of a published table as it meant it: "7.50." read
/// as 7.50, "≥266米" under 实际完成值 read as 266米, a row of "/" passed over. Tables are read as
/// printed; each repair is said, never made silently.
struct ReadingNote {
  SourceLocation where;  ///< The cell, e.g. "t.xlsx:自评表!F12".
  std::string message;   ///< What was read, and how.
};

/// @brief An evaluation read from a file: its framework, its facts, and where each
/// indicator's facts were written (so that scoring errors can be located in the file).
struct EvaluationFile {
  /// The file's name as given ("-" for standard input).
  std::string source;
  /// The framework, inline or from the referenced framework file.
  Framework framework;
  /// The framework file as the evaluation file referenced it (relative to the file), or
  /// empty when the framework is inline. write_evaluation() writes the reference again.
  std::string framework_file;
  /// Title, facts and budget block.
  Evaluation evaluation;
  /// Where the facts of each indicator code were written.
  std::map<std::string, SourceLocation, std::less<>> fact_locations;
  /// Where each indicator (by code) was defined: in this file, or in the framework file.
  std::map<std::string, SourceLocation, std::less<>> indicator_locations;
  /// Where each printed number (Evaluation::printed, same order) was written.
  std::vector<SourceLocation> printed_locations;
  /// Facts still blank (`null`), in file order; they are not in `evaluation.facts`. A file
  /// with blanks is a valid fill-in file, but cannot be scored until they are filled in.
  std::vector<BlankFact> blanks;
  /// The unit a published table names (its 实施单位, else its 主管部门); empty otherwise.
  std::string unit;
  /// What the reader repaired or passed over to read a published table, in table order.
  std::vector<ReadingNote> notes;

  /// Where the facts of indicator `code` are, or the file itself when it gives none.
  [[nodiscard]] SourceLocation locate_facts(std::string_view code) const {
    const auto found = fact_locations.find(code);
    if (found != fact_locations.end()) return found->second;
    return SourceLocation{source, 0, 0, "/facts"};
  }

  /// Where indicator `code` was defined, or the file itself when unknown.
  [[nodiscard]] SourceLocation locate_indicator(std::string_view code) const {
    const auto found = indicator_locations.find(code);
    if (found != indicator_locations.end()) return found->second;
    return SourceLocation{source, 0, 0, ""};
  }
};

/// @brief Reads an evaluation file. `path` "-" reads standard input.
/// @throws InputError (7xx) for a file that cannot be read or does not follow the format,
///         with file, line, column and JSON path. The framework is not validated here:
///         evaluate() (or validate()) does that, naming indicators.
EvaluationFile read_evaluation_file(const std::filesystem::path& path);

/// @brief Reads an evaluation from JSON text. `source` names it in errors; a framework
/// given by file name is looked up relative to `base_directory`.
EvaluationFile parse_evaluation(std::string text, std::string source,
                                const std::filesystem::path& base_directory = ".");

/// @brief Reads a framework file (`jixiao.framework/1`).
Framework read_framework_file(const std::filesystem::path& path);

/// @brief Reads a framework from JSON text; `source` names it in errors.
Framework parse_framework(std::string text, std::string source);

}  // namespace io
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_IO_EVALUATION_FILE_HPP
