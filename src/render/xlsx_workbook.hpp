// Internal: an .xlsx being written through libxlsxwriter, closed exactly once, and the one
// conversion of an exact decimal to the IEEE double a spreadsheet cell stores.
#ifndef JIXIAO_SRC_RENDER_XLSX_WORKBOOK_HPP
#define JIXIAO_SRC_RENDER_XLSX_WORKBOOK_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/version.hpp>

#include <xlsxwriter.h>

#include <charconv>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <system_error>

JIXIAO_BEGIN_NAMESPACE
namespace render::detail {

// A spreadsheet cell holds an IEEE double, by the XLSX format's definition: the nearest double
// to the exact decimal, from its text (from_chars: correctly rounded, locale-independent).
// This is the one place a jixiao value becomes binary floating point, and only for output.
inline double spreadsheet_number(const Decimal& value) {
  const std::string text = value.to_string();
  double number = 0;
  std::from_chars(text.data(), text.data() + text.size(), number);
  return number;
}

// The workbook is written to a temporary file beside `file`, renamed into place by close():
// a workbook is there complete or not at all, whoever calls (the CLI, C++, the C ABI).
class XlsxWorkbook {
 public:
  explicit XlsxWorkbook(std::filesystem::path file)
      : file_(std::move(file)),
        partial_(file_.string() + ".partial"),
        workbook_(workbook_new(partial_.string().c_str())) {
    if (!workbook_) throw std::runtime_error("cannot create " + file_.string());
  }
  XlsxWorkbook(const XlsxWorkbook&) = delete;
  XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;
  ~XlsxWorkbook() {
    if (!workbook_) return;
    workbook_close(workbook_);  // only on an error path: close() is explicit
    std::error_code ignored;
    std::filesystem::remove(partial_, ignored);
  }

  lxw_worksheet* add_sheet(const std::string& name) {
    return workbook_add_worksheet(workbook_, name.c_str());
  }

  // A cell format, set up by `setup(lxw_format*)`.
  template <class Setup>
  lxw_format* format(Setup setup) {
    lxw_format* f = workbook_add_format(workbook_);
    setup(f);
    return f;
  }

  // Writes the file; throws std::runtime_error when that fails.
  void close() {
    const lxw_error error = workbook_close(workbook_);
    workbook_ = nullptr;
    std::error_code renamed;
    if (error == LXW_NO_ERROR) std::filesystem::rename(partial_, file_, renamed);
    if (error != LXW_NO_ERROR || renamed) {
      std::error_code ignored;
      std::filesystem::remove(partial_, ignored);
      throw std::runtime_error("cannot write " + file_.string() + ": " +
                               (renamed ? renamed.message() : lxw_strerror(error)));
    }
  }

 private:
  std::filesystem::path file_;
  std::filesystem::path partial_;
  lxw_workbook* workbook_;
};

inline lxw_row_t row_index(std::size_t r) { return static_cast<lxw_row_t>(r); }
inline lxw_col_t col_index(std::size_t c) { return static_cast<lxw_col_t>(c); }

}  // namespace render::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_RENDER_XLSX_WORKBOOK_HPP
