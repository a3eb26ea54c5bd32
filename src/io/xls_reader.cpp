// Reading .xls workbooks through FreeXL (xls_reader.hpp).
#include "xls_reader.hpp"
#include <jixiao/version.hpp>

#include "xlsx_reader.hpp"

#include <jixiao/error.hpp>
#include <jixiao/io/input_error.hpp>
#include <jixiao/io/limits.hpp>

#include <freexl.h>
#include <stdlib.h>
#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <system_error>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

namespace {

[[noreturn]] void unreadable(const std::string& source, const std::string& what) {
  throw InputError(ErrorCode::malformed_workbook, SourceLocation{source, 0, 0, ""},
                   "the .xls workbook cannot be read: " + what);
}

// FreeXL reads files by name: the bytes go to a private temporary file for as long as it reads.
class TemporaryCopy {
 public:
  TemporaryCopy(std::string_view bytes, const std::string& source) {
    std::string pattern = (std::filesystem::temp_directory_path() / "jixiao-xls-XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) unreadable(source, "no temporary file could be made to read it from");
    path_ = pattern;
    std::size_t written = 0;
    while (written < bytes.size()) {
      const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
      if (n <= 0) {
        ::close(fd);
        unreadable(source, "the temporary copy could not be written");
      }
      written += static_cast<std::size_t>(n);
    }
    ::close(fd);
  }
  ~TemporaryCopy() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  TemporaryCopy(const TemporaryCopy&) = delete;
  TemporaryCopy& operator=(const TemporaryCopy&) = delete;
  [[nodiscard]] const std::string& path() const { return path_; }

 private:
  std::string path_;
};

class Handle {
 public:
  Handle(const std::string& path, const std::string& source) {
    const int status = freexl_open(path.c_str(), &handle_);
    if (status == FREEXL_OK) {
      unsigned int password = 0;
      if (freexl_get_info(handle_, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK &&
          password == FREEXL_BIFF_OBFUSCATED)
        unreadable(source, "it is protected by a password: save it without one");
      return;
    }
    if (handle_ != nullptr) freexl_close(handle_);
    handle_ = nullptr;
    if (status == FREEXL_BIFF_WORKBOOK_NOT_FOUND)
      unreadable(source, "the file holds no workbook (is it a Word .doc?)");
    unreadable(source, "it is not a BIFF8 workbook FreeXL reads (error " + std::to_string(status) +
                           "): open it in Excel, WPS or LibreOffice and save it as .xlsx");
  }
  ~Handle() {
    if (handle_ != nullptr) freexl_close(handle_);
  }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  [[nodiscard]] const void* get() const { return handle_; }

 private:
  const void* handle_ = nullptr;
};

// The text a spreadsheet shows for a stored double: its shortest round-trip form, then at
// most 15 significant digits.
std::string number_text(double value) {
  char buffer[64];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (error != std::errc()) return "";
  return spreadsheet_number(std::string_view(buffer, static_cast<std::size_t>(end - buffer)), 0, 0)
      .value_or("");
}

std::string cell_text(const FreeXL_CellValue& value) {
  switch (value.type) {
    case FREEXL_CELL_INT:
      return std::to_string(value.value.int_value);
    case FREEXL_CELL_DOUBLE:
      return number_text(value.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
      return value.value.text_value == nullptr ? "" : value.value.text_value;
    default:
      return "";
  }
}

Grid read_sheet(const Handle& handle, unsigned short index, const std::string& source) {
  Grid grid;
  grid.source = source;
  const char* name = nullptr;
  if (freexl_get_worksheet_name(handle.get(), index, &name) == FREEXL_OK && name != nullptr)
    grid.sheet = name;
  if (freexl_select_active_worksheet(handle.get(), index) != FREEXL_OK)
    unreadable(source, "its sheet " + std::to_string(index + 1) + " cannot be selected");
  unsigned int rows = 0;
  unsigned short columns = 0;
  if (freexl_worksheet_dimensions(handle.get(), &rows, &columns) != FREEXL_OK)
    unreadable(source, grid.sheet + ": the sheet's size cannot be read");
  if (static_cast<unsigned long long>(rows) * columns > max_table_cells) {
    throw InputError(ErrorCode::limit_exceeded, SourceLocation{source, 0, 0, ""},
                     grid.sheet + ": more than " + std::to_string(max_table_cells) +
                         " cells (io::max_table_cells)");
  }
  for (unsigned int r = 0; r < rows; ++r) {
    GridRow row;
    bool filled = false;
    for (unsigned short c = 0; c < columns; ++c) {
      FreeXL_CellValue value{};
      if (freexl_get_cell_value(handle.get(), r, c, &value) != FREEXL_OK)
        unreadable(source, grid.sheet + "!" + column_letters(c + 1u) + std::to_string(r + 1) +
                               ": the cell cannot be read");
      GridCell cell{cell_text(value), r + 1u, c + 1u, ""};
      filled = filled || !cell.text.empty();
      row.push_back(std::move(cell));
    }
    while (!row.empty() && row.back().text.empty()) row.pop_back();
    if (filled) grid.rows.push_back(std::move(row));
  }
  return grid;
}

}  // namespace

bool is_compound_file(std::string_view bytes) {
  return bytes.size() >= 8 &&
         bytes.compare(0, 8, std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) == 0;
}

std::vector<Grid> read_xls(std::string_view bytes, const std::string& source) {
  const TemporaryCopy copy(bytes, source);
  const Handle handle(copy.path(), source);
  unsigned int count = 0;
  if (freexl_get_info(handle.get(), FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK)
    unreadable(source, "its sheets cannot be counted");
  std::vector<Grid> sheets;
  for (unsigned int i = 0; i < count && i < 0xFFFFu; ++i)
    sheets.push_back(read_sheet(handle, static_cast<unsigned short>(i), source));
  return sheets;
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE
