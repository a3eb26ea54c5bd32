/// @file io/grid.hpp
/// @brief jixiao::io::Grid: a table as its source holds it, cell by cell, whatever the file
///        format (a CSV file, a sheet of a workbook). Readers produce grids; one interpreter
///        (io/score_table.hpp) turns a grid into an evaluation.
#ifndef JIXIAO_IO_GRID_HPP
#define JIXIAO_IO_GRID_HPP

#include <jixiao/io/input_error.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <string>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io {

/// @brief One cell of a table, as its source holds it.
///
/// A number is kept as its exact decimal text ("0.3479", never a binary double); a number
/// a spreadsheet displays as a percentage is the percentage it shows ("34.79%"), and one it
/// displays with fixed places carries them ("9.00" for 9 shown as 9.00), because that is the
/// number a reader of the table sees and its printed precision.
struct GridCell {
  std::string text;        ///< The content, as text.
  std::size_t line = 0;    ///< CSV: the line the field starts on; a sheet: the row (1-based).
  std::size_t column = 0;  ///< CSV: the column in characters; a sheet: the column (A = 1).
  /// A formula whose value the file does not hold (a workbook written by a program that does
  /// not calculate): `text` is then empty. A reader that needs the cell says so.
  std::string formula;
};

/// @brief One row of a grid: its cells from the first column on, blanks included.
using GridRow = std::vector<GridCell>;

/// @brief A rectangle of merged cells, 1-based and inclusive. Its value is in the first cell.
struct CellRange {
  std::size_t first_row = 0;     ///< The top row.
  std::size_t first_column = 0;  ///< The left column.
  std::size_t last_row = 0;      ///< The bottom row.
  std::size_t last_column = 0;   ///< The right column.
};

/// @brief A table: the rows of a CSV file, or of one sheet of a workbook.
struct Grid {
  std::string source;            ///< The file's name, as given.
  std::string sheet;             ///< The sheet's name; empty for a CSV file.
  std::vector<GridRow> rows;     ///< The rows that hold anything, in order.
  std::vector<CellRange> merged; ///< The merged ranges of a sheet.

  /// @brief Where `cell` is, as errors name it: "t.csv:3:14" or "t.xlsx:自评表!F12".
  /// @param cell a cell of this grid
  /// @param path the column's name, or a JSON path inside the cell
  [[nodiscard]] SourceLocation locate(const GridCell& cell, std::string path = {}) const {
    return SourceLocation{source, cell.line, cell.column, std::move(path), sheet};
  }
};

}  // namespace io
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_IO_GRID_HPP
