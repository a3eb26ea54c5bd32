// Telling the formats of io/workbook.hpp apart by their first bytes, and handing each to its
// reader.
#include <jixiao/version.hpp>
#include "csv.hpp"
#include "docx_reader.hpp"
#include "text_file.hpp"
#include "xls_reader.hpp"
#include "xlsx_reader.hpp"

#include <jixiao/io/workbook.hpp>

#include <algorithm>
#include <cctype>

JIXIAO_BEGIN_NAMESPACE
namespace io {

std::vector<Grid> parse_workbook(std::string_view bytes, const std::string& source) {
  if (detail::is_zip(bytes) || detail::is_compound_file(bytes)) {
    std::vector<Grid> sheets;
    if (detail::is_zip(bytes)) {
      // An Office Open XML package: a Word document's tables, or a workbook's sheets.
      const detail::Archive archive(bytes, source);
      sheets = archive.has("word/document.xml") ? detail::read_docx(archive)
                                                : detail::read_xlsx(archive);
    } else {
      sheets = detail::read_xls(bytes, source);
    }
    if (sheets.empty()) {
      throw InputError(ErrorCode::malformed_workbook, SourceLocation{source, 0, 0, ""},
                       "the workbook cannot be read: it holds no sheet");
    }
    return sheets;
  }
  Grid grid;
  grid.source = source;
  grid.rows = detail::parse_csv(bytes, source);
  return {std::move(grid)};
}

std::vector<Grid> read_workbook(const std::filesystem::path& path) {
  return parse_workbook(detail::read_text_file(path), path.string());
}

bool has_extension(const std::filesystem::path& file, std::string_view extension) {
  const std::string name = file.extension().string();
  return std::equal(name.begin(), name.end(), extension.begin(), extension.end(),
                    [](char a, char b) {
                      return std::tolower(static_cast<unsigned char>(a)) == b;
                    });
}

bool is_table_file(const std::filesystem::path& file) {
  for (const std::string_view known : {".csv", ".xlsx", ".xlsm", ".xls", ".docx"}) {
    if (has_extension(file, known)) return true;
  }
  return false;
}

}  // namespace io
JIXIAO_END_NAMESPACE
