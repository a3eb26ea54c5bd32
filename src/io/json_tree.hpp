// Internal: a small JSON document tree that remembers where each value was and keeps numbers
// as their original text, built with simdjson.
//
// The readers of the file formats need random access (fields in any order), the position of
// every value (errors name line and column), numbers exactly as written (never a double), and
// duplicate keys reported rather than silently dropped. simdjson's on-demand parser gives the
// raw number tokens and positions; this tree keeps them.
#ifndef JIXIAO_SRC_IO_JSON_TREE_HPP
#define JIXIAO_SRC_IO_JSON_TREE_HPP

#include <jixiao/io/input_error.hpp>
#include <jixiao/io/limits.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

// Whether `token` follows the strict JSON number grammar (no "01", "1.", "+1", ".5").
bool is_json_number(std::string_view token);

struct JsonMember;

struct JsonValue {
  enum class Type { null, boolean, number, string, array, object };

  Type type = Type::null;
  std::size_t offset = 0;  // byte offset of the value in the document
  bool boolean = false;
  std::string text;  // a number's token, or a string's contents (unescaped UTF-8)
  std::vector<JsonValue> items;
  // In document order. A struct, not std::pair: a pair of an incomplete JsonValue cannot be
  // instantiated here, which C++20's constexpr std::vector would need.
  std::vector<JsonMember> members;
  std::vector<std::size_t> key_offsets;  // where each member's key is

  // The member called `key`, or nullptr.
  const JsonValue* find(std::string_view key) const;
  static const char* type_name(Type type);
};

// One member of an object: its key and its value.
struct JsonMember {
  JsonMember(std::string key, JsonValue value) : first(std::move(key)), second(std::move(value)) {}
  std::string first;  // the key
  JsonValue second;   // the value
};

inline const JsonValue* JsonValue::find(std::string_view key) const {
  for (const auto& member : members) {
    if (member.first == key) return &member.second;
  }
  return nullptr;
}

// Line and column (1-based, columns in characters) of byte offsets in one document, each
// found in O(log lines + 4 KiB) however long its line.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  SourceLocation locate(std::size_t offset, std::string file, std::string path) const;

 private:
  static constexpr std::size_t checkpoint_bytes = 4096;
  // Characters (UTF-8 sequences) in text_[0, offset).
  std::size_t characters_before(std::size_t offset) const;

  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  std::vector<std::size_t> characters_before_;  // at every checkpoint_bytes-th byte
};

// Parses `text` (the whole document, a leading byte order mark is skipped; `text` must
// outlive `lines`, whose offsets it indexes). Throws InputError 701 (not JSON, not UTF-8,
// trailing content), 708 (duplicate key) or 709 (nesting or size beyond the limits), located
// in `file`.
JsonValue parse_json(std::string_view text, const std::string& file);

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_JSON_TREE_HPP
