/// @file io/score_table.hpp
/// @brief Reading a 评分表 (score table) as spreadsheets and reports keep it (CSV, .xlsx, .xls,
///        a table in a .docx): one row per indicator, with 一级/二级/三级指标, 分值, 指标值,
///        实际完成值, 得分 …, and the blocks of a published 项目支出绩效自评表.
///        See docs/file-format.md, "Score tables (CSV, XLSX, XLS, and tables in Word documents)".
#ifndef JIXIAO_IO_SCORE_TABLE_HPP
#define JIXIAO_IO_SCORE_TABLE_HPP

#include <jixiao/percent_numbers.hpp>
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/grid.hpp>
#include <jixiao/version.hpp>

#include <filesystem>
#include <string>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io {

/// @brief Choices for reading a score table.
struct ScoreTableOptions {
  /// The evaluation's title; empty: the title row above the header, else the file's name.
  std::string title;
  /// How a bare 实际完成值 (or 指标值) reads where the row's target is a percentage
  /// ("≥95%" with 实际完成值 98). The default refuses it (713) unless the column's header
  /// declares the unit, "实际完成值（%）"; see PercentNumbers.
  PercentNumbers percent_numbers = PercentNumbers::refuse;
  /// The sheet of a workbook to read; empty: the first sheet with a score table's header.
  std::string sheet;
};

/// @brief Reads a score table, a CSV file (RFC 4180, UTF-8, with or without a byte order
/// mark), a sheet of a workbook or a table of a Word document (io/workbook.hpp), into an
/// evaluation: the indicator tree with its 分值, a rule per row, and the row's facts.
///
/// A 项目支出绩效自评表 is read with its blocks: the 项目资金 block becomes the Budget (its
/// 资金来源 lines with 年初预算数, 全年预算数 and 全年执行数) and the indicator 预算执行率; the
/// 项目名称 row the title; a 评价等级 row the printed grade. Cells people write by hand ("7.50.",
/// "≥266米", float artefacts, "/" rows) are read as meant, each repair in
/// EvaluationFile::notes.
///
/// Each row's rule is, in order of preference: the JSON rule object in its `规则` column;
/// `qualitative_bands` when an 等级 is given; `manual_score` taking the 得分 as written,
/// when one is (the table's score is the evaluator's: check() holds it against the row's
/// target and 实际完成值); `target_attainment` when 指标值 is numeric ("≥95%", "≤5个") and
/// 实际完成值 is given. A 实际完成值 may repeat the target's unit ("4604人" for "≥4754人").
/// Every 得分, and the 合计 row's, is also a printed number (Evaluation::printed) for check().
/// Blank 一级/二级 cells continue the previous row's (merged cells export as blanks);
/// a 合计 row's 得分 is the printed total, and one-cell rows below it are notes; 一级 and 二级 分值 are the sums of their rows. Codes come from the
/// 指标代码 column, or are numbered 1, 1.1, 1.1.1 in order.
/// `path` "-" reads standard input.
/// @throws InputError (7xx) located by file, line and column (a workbook's sheet and cell,
///         "t.xlsx:自评表!F12") and column name: 711 for text that is not CSV or not UTF-8,
///         714 for a workbook that cannot be read, 703 for an unknown column, 704 for a missing column or
///         a row that cannot be scored, 705 for a cell that cannot be read.
EvaluationFile read_score_table(const std::filesystem::path& path,
                                const ScoreTableOptions& options = {});

/// @brief Reads a score table from a file's content (CSV text or an .xlsx workbook's bytes);
/// `source` names it in errors.
EvaluationFile parse_score_table(const std::string& text, std::string source,
                                 const ScoreTableOptions& options = {});

/// @brief Reads the score table of one grid: a CSV file or a sheet, as io/workbook.hpp
/// reads them, or as a caller's own spreadsheet code fills it in.
EvaluationFile read_score_table(const Grid& grid, const ScoreTableOptions& options = {});

/// @brief Reads the score table of a workbook's sheets: the one named by
/// ScoreTableOptions::sheet (704 if none is), else the first with a score table's header.
EvaluationFile read_score_table(const std::vector<Grid>& sheets,
                                const ScoreTableOptions& options = {});

}  // namespace io
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_IO_SCORE_TABLE_HPP
