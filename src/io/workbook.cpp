// Telling the formats of io/workbook.hpp apart by their first bytes, and handing each to its
// reader.
#include <jixiao/version.hpp>
#include "csv.hpp"
#include "text_file.hpp"
#include "xlsx_reader.hpp"

#include <jixiao/io/workbook.hpp>

JIXIAO_BEGIN_NAMESPACE
namespace io {

namespace {

// An OLE compound file: an Excel 97–2003 workbook (or an old Word document).
bool is_compound_file(std::string_view bytes) {
  return bytes.size() >= 8 && bytes.compare(0, 8, std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) == 0;
}

}  // namespace

std::vector<Grid> parse_workbook(std::string_view bytes, const std::string& source) {
  if (detail::is_zip(bytes)) return detail::read_xlsx(bytes, source);
  if (is_compound_file(bytes)) {
    throw InputError(ErrorCode::unsupported_format, SourceLocation{source, 0, 0, ""},
                     "an Excel 97–2003 workbook (.xls) is not read yet: save it as .xlsx "
                     "(Excel Workbook) or as CSV UTF-8");
  }
  Grid grid;
  grid.source = source;
  grid.rows = detail::parse_csv(bytes, source);
  return {std::move(grid)};
}

std::vector<Grid> read_workbook(const std::filesystem::path& path) {
  return parse_workbook(detail::read_text_file(path), path.string());
}

}  // namespace io
JIXIAO_END_NAMESPACE
