/// @file io/batch_reader.hpp
/// @brief Reading batches: one evaluation per line (JSON Lines) into the InputRow of a
///        PreparedFramework, with errors located at line and column; and the framework a
///        batch shares, from a framework file or an evaluation file.
#ifndef JIXIAO_IO_BATCH_READER_HPP
#define JIXIAO_IO_BATCH_READER_HPP

#include <jixiao/framework.hpp>
#include <jixiao/input_row.hpp>
#include <jixiao/prepared_framework.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

JIXIAO_BEGIN_NAMESPACE
namespace io {

/// @brief The framework of a framework file (`jixiao.framework/1`), or of an evaluation
/// file (`jixiao.evaluation/1`, whose facts are ignored).
/// @throws InputError (7xx) as read_framework_file() and read_evaluation_file() do.
Framework read_framework_of(const std::filesystem::path& path);

/// @brief As read_framework_of(), from text; `source` names it in errors, and a framework
/// file an evaluation names is looked up in `base_directory`.
Framework parse_framework_of(std::string text, const std::string& source,
                             const std::filesystem::path& base_directory = ".");

/// @brief Reads the lines of a batch, one evaluation each:
/// @code{.json}
/// {"id": "P0001", "title": "…", "facts": {"2.1.2": {"实际支出资金": 693.68, "实际到位资金": 1994}, …}}
/// @endcode
/// `id` (text or number) and `title` are optional; `facts` is as in an evaluation file
/// (numbers exact, `"不适用": reason`). Numbers are read from their JSON text, never through
/// a double. Texts in the row are views into this reader, valid until the next read().
///
/// One reader per thread; the PreparedFramework can be shared.
class BatchLineReader {
 public:
  /// A reader for rows of `prepared` (which must outlive it); `source` names the file in errors.
  BatchLineReader(const PreparedFramework& prepared, std::string source);
  ~BatchLineReader();
  /// Readers are moved, not copied.
  BatchLineReader(BatchLineReader&&) noexcept;
  /// Readers are moved, not copied.
  BatchLineReader& operator=(BatchLineReader&&) noexcept;

  /// Clears `row` and reads `line` (line number `line_number`, 1-based) into it.
  /// @throws InputError located at source:line:column with the JSON path, for a line that is
  ///         not JSON (701), has a field of the wrong type (702), an unknown field (703), a
  ///         duplicate key (708), a blank fact (712), or is too long (709).
  void read(std::string_view line, std::size_t line_number, InputRow& row);

  /// The line's `id`, as written (empty when it has none); valid until the next read().
  [[nodiscard]] std::string_view id() const noexcept;
  /// The line's `title`; valid until the next read().
  [[nodiscard]] std::string_view title() const noexcept;

  /// The longest line read, in bytes (16 MiB): longer lines are refused (709).
  static constexpr std::size_t max_line_bytes = std::size_t{16} << 20;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace io
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_IO_BATCH_READER_HPP
