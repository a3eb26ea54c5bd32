// Reading .xls workbooks through FreeXL (xls_reader.hpp).
#include "xls_reader.hpp"
#include <jixiao/version.hpp>

#include "xlsx_reader.hpp"

#include <jixiao/error.hpp>
#include <jixiao/io/input_error.hpp>
#include <jixiao/io/limits.hpp>

#include <fcntl.h>
#include <freexl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <system_error>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

namespace {

[[noreturn]] void unreadable(const std::string& source, const std::string& what) {
  throw InputError(ErrorCode::malformed_workbook, SourceLocation{source, 0, 0, ""},
                   "the .xls workbook cannot be read: " + what);
}

// Writes all of `bytes` to `fd`; false if the descriptor takes no more.
bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// FreeXL reads files by name: the bytes go to a private temporary file for as long as it reads.
class TemporaryCopy {
 public:
  TemporaryCopy(std::string_view bytes, const std::string& source) {
    std::string pattern = (std::filesystem::temp_directory_path() / "jixiao-xls-XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) unreadable(source, "no temporary file could be made to read it from");
    path_ = pattern;
    const bool written = write_all(fd, bytes);
    ::close(fd);
    if (!written) {
      std::error_code ignored;
      std::filesystem::remove(path_, ignored);  // a constructor that throws runs no destructor
      unreadable(source, "the temporary copy could not be written");
    }
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

// A crash in the child is the child's: the handlers a host (or a fuzzer, or a sanitizer's
// death callback) installed would take it for the host's own and report it. The child dies
// plainly instead, and the parent reports the file.
extern "C" void __sanitizer_set_death_callback(void (*callback)(void)) __attribute__((weak));

void detach_crash_handlers() {
  for (const int signal : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP})
    ::signal(signal, SIG_DFL);
  if (&__sanitizer_set_death_callback != nullptr) __sanitizer_set_death_callback(nullptr);
}

// The sheets of the .xls at `path`, in this process.
std::vector<Grid> read_sheets(const std::string& path, const std::string& source) {
  const Handle handle(path, source);
  unsigned int count = 0;
  if (freexl_get_info(handle.get(), FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK)
    unreadable(source, "its sheets cannot be counted");
  std::vector<Grid> sheets;
  for (unsigned int i = 0; i < count && i < 0xFFFFu; ++i)
    sheets.push_back(read_sheet(handle, static_cast<unsigned short>(i), source));
  return sheets;
}

// FreeXL is not safe on every input (the fuzzer found it writing outside a buffer on a
// crafted file), so it reads in a child process: a crash or a hang there is a 714 here. The
// child sends one message: 'G' and the grids, or 'E', an error code and its message.
constexpr int child_seconds = 30;

void put(std::string& out, std::uint32_t n) {
  for (int shift = 0; shift < 32; shift += 8)
    out.push_back(static_cast<char>((n >> shift) & 0xFFu));
}
void put(std::string& out, std::string_view text) {
  put(out, static_cast<std::uint32_t>(text.size()));
  out.append(text);
}

std::string read_in_child(const std::string& path, const std::string& source) {
  std::string out;
  try {
    const std::vector<Grid> sheets = read_sheets(path, source);
    out.push_back('G');
    put(out, static_cast<std::uint32_t>(sheets.size()));
    for (const Grid& grid : sheets) {
      put(out, grid.sheet);
      put(out, static_cast<std::uint32_t>(grid.rows.size()));
      for (const GridRow& row : grid.rows) {
        put(out, static_cast<std::uint32_t>(row.size()));
        for (const GridCell& cell : row) {
          put(out, static_cast<std::uint32_t>(cell.line));
          put(out, static_cast<std::uint32_t>(cell.column));
          put(out, cell.text);
        }
      }
    }
  } catch (const InputError& e) {
    out = "E";
    put(out, static_cast<std::uint32_t>(e.code()));
    put(out, e.message());
  } catch (...) {
    out = "E";
    put(out, static_cast<std::uint32_t>(ErrorCode::malformed_workbook));
    put(out, "the .xls workbook cannot be read");
  }
  return out;
}

// Everything the child writes until it closes the pipe; nothing when it takes longer than
// child_seconds (it is killed) or writes more than a workbook's limit.
std::optional<std::string> read_from_child(int fd, pid_t child) {
  std::string message;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(child_seconds);
  char buffer[65536];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    pollfd wait{fd, POLLIN, 0};
    const int ready = left.count() > 0 ? ::poll(&wait, 1, static_cast<int>(left.count())) : 0;
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0 || message.size() > 4 * max_workbook_part_bytes) {
      ::kill(child, SIGKILL);
      return std::nullopt;
    }
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return message;
    message.append(buffer, static_cast<std::size_t>(n));
  }
}

// The message of read_in_child(), read with every length checked.
class Decoder {
 public:
  Decoder(std::string_view bytes, const std::string& source) : bytes_(bytes), source_(source) {}
  std::uint32_t number() {
    need(4);
    std::uint32_t n = 0;
    for (int i = 0; i < 4; ++i)
      n |= static_cast<std::uint32_t>(
               static_cast<unsigned char>(bytes_[at_ + static_cast<std::size_t>(i)]))
           << (8 * i);
    at_ += 4;
    return n;
  }
  std::string text() {
    const std::uint32_t length = number();
    need(length);
    std::string out(bytes_.substr(at_, length));
    at_ += length;
    return out;
  }
  char tag() {
    need(1);
    return bytes_[at_++];
  }

 private:
  void need(std::size_t n) const {
    if (bytes_.size() - at_ < n) unreadable(source_, "FreeXL's reading of it was cut short");
  }
  std::string_view bytes_;
  const std::string& source_;
  std::size_t at_ = 0;
};

std::vector<Grid> decode(const std::string& message, const std::string& source) {
  Decoder in(message, source);
  const char tag = in.tag();
  if (tag == 'E') {
    const auto code = static_cast<ErrorCode>(in.number());
    const std::string what = in.text();
    // The child's message is already located at the file: keep it as it is.
    throw InputError(code, SourceLocation{source, 0, 0, ""},
                     what.rfind(source + ": ", 0) == 0 ? what.substr(source.size() + 2) : what);
  }
  if (tag != 'G') unreadable(source, "FreeXL's reading of it was cut short");
  std::vector<Grid> sheets;
  for (std::uint32_t count = in.number(); sheets.size() < count;) {
    Grid grid;
    grid.source = source;
    grid.sheet = in.text();
    for (std::uint32_t rows = in.number(); grid.rows.size() < rows;) {
      GridRow row;
      for (std::uint32_t cells = in.number(); row.size() < cells;) {
        GridCell cell;
        cell.line = in.number();
        cell.column = in.number();
        cell.text = in.text();
        row.push_back(std::move(cell));
      }
      grid.rows.push_back(std::move(row));
    }
    sheets.push_back(std::move(grid));
  }
  return sheets;
}

}  // namespace

bool is_compound_file(std::string_view bytes) {
  return bytes.size() >= 8 &&
         bytes.compare(0, 8, std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) == 0;
}

std::vector<Grid> read_xls(std::string_view bytes, const std::string& source) {
  const TemporaryCopy copy(bytes, source);
  int pipe[2];
  if (::pipe2(pipe, O_CLOEXEC) != 0) unreadable(source, "no pipe to read it through");
  const pid_t child = ::fork();
  if (child < 0) {
    ::close(pipe[0]);
    ::close(pipe[1]);
    unreadable(source, "no process to read it in");
  }
  if (child == 0) {
    // The child: FreeXL reads, the grids go back through the pipe, and the child ends without
    // running the parent's exit handlers or destructors (the temporary file is the parent's).
    ::close(pipe[0]);
    detach_crash_handlers();
    const std::string message = read_in_child(copy.path(), source);
    ::_exit(write_all(pipe[1], message) ? 0 : 1);
  }
  ::close(pipe[1]);
  const std::optional<std::string> message = read_from_child(pipe[0], child);
  ::close(pipe[0]);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  if (!message) {
    unreadable(source, "reading it took longer than " + std::to_string(child_seconds) +
                           " s; open it in Excel, WPS or LibreOffice and save it as .xlsx");
  }
  if (WIFSIGNALED(status) || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    unreadable(source,
               "FreeXL stopped on it (the file is damaged or crafted); open it in Excel, "
               "WPS or LibreOffice and save it as .xlsx");
  }
  return decode(*message, source);
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE
