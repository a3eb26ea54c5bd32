// Fuzz target: the workbook reader (io::parse_workbook: zip archive, XML parts, cells) and
// the score-table interpreter on what it reads, on any bytes.
//
// Properties: reading either returns or throws jixiao::Error; every cell of a grid read is
// inside the limits (a row and column no spreadsheet exceeds) and located in its sheet.
// Seeds (corpus/workbook/): `jixiao score examples/data/changji-2023.csv --format xlsx` and
// the openpyxl workbook tests/cli/table_formats.py writes.
#include <jixiao/io/score_table.hpp>
#include <jixiao/io/workbook.hpp>

#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::vector<jixiao::io::Grid> sheets;
  try {
    sheets = jixiao::io::parse_workbook(bytes, "fuzz.xlsx");
  } catch (const jixiao::Error&) {
    return 0;
  }
  for (const jixiao::io::Grid& grid : sheets) {
    for (const jixiao::io::GridRow& row : grid.rows) {
      for (const jixiao::io::GridCell& cell : row) {
        fuzz_check(cell.line >= 1 && cell.line <= 1048576 && cell.column >= 1,
                   "every cell has a row and a column", grid.locate(cell).to_string());
      }
    }
  }
  try {
    (void)jixiao::io::read_score_table(sheets);
  } catch (const jixiao::Error&) {
  }
  return 0;
}
