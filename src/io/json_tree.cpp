#include "json_tree.hpp"
#include <jixiao/version.hpp>

#include <jixiao/detail/quote.hpp>

#include <simdjson.h>

#include <algorithm>
#include <string>
#include <unordered_set>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

// Strict JSON number grammar: simdjson's on-demand parser hands out number tokens lazily and
// would let "01" or "1." through; the file format promises standard JSON.
bool is_json_number(std::string_view t) {
  std::size_t i = 0;
  const auto digit = [&](std::size_t k) { return k < t.size() && t[k] >= '0' && t[k] <= '9'; };
  if (i < t.size() && t[i] == '-') ++i;
  if (!digit(i)) return false;
  if (t[i] == '0') {
    ++i;
  } else {
    while (digit(i)) ++i;
  }
  if (i < t.size() && t[i] == '.') {
    ++i;
    if (!digit(i)) return false;
    while (digit(i)) ++i;
  }
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    if (!digit(i)) return false;
    while (digit(i)) ++i;
  }
  return i == t.size();
}

namespace {

namespace od = simdjson::ondemand;

class Builder {
 public:
  Builder(const simdjson::padded_string& text, const std::string& file, const LineIndex& lines)
      : base_(text.data()), file_(file), lines_(lines) {}

  [[noreturn]] void fail(ErrorCode code, std::size_t offset, const std::string& path,
                         const std::string& what) const {
    throw InputError(code, lines_.locate(offset, file_, path), what);
  }

  [[noreturn]] void fail_at(od::document& doc, simdjson::error_code error) const {
    std::size_t offset = 0;
    const auto location = doc.current_location();
    if (!location.error()) offset = static_cast<std::size_t>(location.value_unsafe() - base_);
    fail(ErrorCode::malformed_json, offset, "",
         std::string("not valid JSON: ") + simdjson::error_message(error));
  }

  JsonValue build(od::value value, od::document& doc, const std::string& path, std::size_t depth) {
    JsonValue node;
    const auto location = value.current_location();
    if (!location.error()) node.offset = static_cast<std::size_t>(location.value_unsafe() - base_);
    if (depth > max_nesting) {
      fail(ErrorCode::limit_exceeded, node.offset, path,
           "nested deeper than " + std::to_string(max_nesting) + " levels");
    }
    od::json_type type;
    if (const auto error = value.type().get(type)) fail_at(doc, error);
    switch (type) {
      case od::json_type::object: {
        node.type = JsonValue::Type::object;
        od::object object;
        if (const auto error = value.get_object().get(object)) fail_at(doc, error);
        std::unordered_set<std::string> keys;  // duplicates found in O(1) each, even in big maps
        for (auto field : object) {
          std::string_view key;
          if (const auto error = field.unescaped_key().get(key)) fail_at(doc, error);
          const std::string name(key);
          const std::string child_path = path + "/" + name;
          od::value child;
          if (const auto error = field.value().get(child)) fail_at(doc, error);
          JsonValue built = build(child, doc, child_path, depth + 1);
          const std::size_t key_offset = key_before(built.offset);
          if (!keys.insert(name).second) {
            fail(ErrorCode::duplicate_key, key_offset, child_path,
                 "the key \"" + name + "\" appears twice in one object");
          }
          node.members.emplace_back(name, std::move(built));
          node.key_offsets.push_back(key_offset);
        }
        break;
      }
      case od::json_type::array: {
        node.type = JsonValue::Type::array;
        od::array array;
        if (const auto error = value.get_array().get(array)) fail_at(doc, error);
        std::size_t index = 0;
        for (auto element : array) {
          od::value child;
          if (const auto error = element.get(child)) fail_at(doc, error);
          node.items.push_back(build(child, doc, path + "/" + std::to_string(index++), depth + 1));
        }
        break;
      }
      case od::json_type::number: {
        node.type = JsonValue::Type::number;
        std::string_view token = value.raw_json_token();
        while (!token.empty() && (token.back() == ' ' || token.back() == '\t' ||
                                  token.back() == '\n' || token.back() == '\r')) {
          token.remove_suffix(1);
        }
        if (!is_json_number(token)) {
          fail(ErrorCode::malformed_json, node.offset, path,
               jixiao::detail::quote(token) + " is not a JSON number");
        }
        node.text = std::string(token);
        break;
      }
      case od::json_type::string: {
        node.type = JsonValue::Type::string;
        std::string_view text;
        if (const auto error = value.get_string().get(text)) fail_at(doc, error);
        if (text.size() > max_text_bytes) {
          fail(ErrorCode::limit_exceeded, node.offset, path,
               "a text of " + std::to_string(text.size() >> 20) + " MiB, beyond the " +
                   std::to_string(max_text_bytes >> 20) + " MiB limit for one text");
        }
        node.text = std::string(text);
        break;
      }
      case od::json_type::boolean: {
        node.type = JsonValue::Type::boolean;
        if (const auto error = value.get_bool().get(node.boolean)) fail_at(doc, error);
        break;
      }
      case od::json_type::null: {
        node.type = JsonValue::Type::null;
        bool is_null = false;
        if (const auto error = value.is_null().get(is_null)) fail_at(doc, error);
        if (!is_null) fail(ErrorCode::malformed_json, node.offset, path, "not valid JSON");
        break;
      }
    }
    return node;
  }

 private:
  // The offset of the key whose value starts at `value_offset`: back over blanks, the colon,
  // blanks, and the quoted key (messages about a key point at the key, not at its value).
  std::size_t key_before(std::size_t value_offset) const {
    std::size_t i = value_offset;
    const auto blank = [&](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (i > 0 && blank(base_[i - 1])) --i;
    if (i > 0 && base_[i - 1] == ':') --i;
    while (i > 0 && blank(base_[i - 1])) --i;
    if (i == 0 || base_[i - 1] != '"') return value_offset;
    --i;  // the closing quote
    while (i > 0) {
      --i;
      if (base_[i] != '"') continue;
      std::size_t backslashes = 0;
      while (i > backslashes && base_[i - backslashes - 1] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return i;  // an unescaped quote opens the key
    }
    return value_offset;
  }

  const char* base_;
  const std::string& file_;
  const LineIndex& lines_;
};

}  // namespace

const char* JsonValue::type_name(Type type) {
  switch (type) {
    case Type::null:
      return "null";
    case Type::boolean:
      return "true/false";
    case Type::number:
      return "a number";
    case Type::string:
      return "text";
    case Type::array:
      return "an array";
    case Type::object:
      return "an object";
  }
  return "?";
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i % checkpoint_bytes == 0) characters_before_.push_back(characters);
    if (text[i] == '\n') line_starts_.push_back(i + 1);
    // Count characters, not bytes: continuation bytes of UTF-8 do not start a column.
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++characters;
  }
  // A checkpoint at the end too when it falls on a boundary (offsets go up to text.size()).
  if (text.size() % checkpoint_bytes == 0) characters_before_.push_back(characters);
}

std::size_t LineIndex::characters_before(std::size_t offset) const {
  const std::size_t checkpoint = offset / checkpoint_bytes;
  std::size_t characters = characters_before_[checkpoint];
  for (std::size_t i = checkpoint * checkpoint_bytes; i < offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++characters;
  }
  return characters;
}

SourceLocation LineIndex::locate(std::size_t offset, std::string file, std::string path) const {
  offset = std::min(offset, text_.size());
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(after - line_starts_.begin());
  const std::size_t start = line_starts_[line - 1];
  // Bounded work however long the line (a minified file is one line).
  const std::size_t column = characters_before(offset) - characters_before(start) + 1;
  return {std::move(file), line, column, std::move(path)};
}

JsonValue parse_json(std::string_view text, const std::string& file) {
  // A byte order mark is not JSON, but editors on Windows write one: skip it.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const LineIndex lines(text);
  if (text.size() > max_document_bytes) {
    throw InputError(
        ErrorCode::limit_exceeded, lines.locate(0, file, ""),
        "the file is larger than " + std::to_string(max_document_bytes >> 20) + " MiB");
  }
  if (!simdjson::validate_utf8(text.data(), text.size())) {
    std::size_t bad = 0;
    while (bad < text.size() && jixiao::detail::utf8_sequence_length(text, bad) != 0) {
      bad += jixiao::detail::utf8_sequence_length(text, bad);
    }
    throw InputError(
        ErrorCode::malformed_json, lines.locate(bad, file, ""),
        "not valid UTF-8 (byte " + jixiao::detail::describe_character(text, bad).substr(5) + ")");
  }
  // The formats are JSON objects; a document that is empty or a bare scalar is refused here
  // (simdjson's on-demand API does not take an empty document).
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    throw InputError(ErrorCode::malformed_json, lines.locate(text.size(), file, ""),
                     "the file is empty; expected a JSON object");
  }
  if (text[first] != '{' && text[first] != '[') {
    throw InputError(
        ErrorCode::malformed_json, lines.locate(first, file, ""),
        "expected a JSON object (\"{\"), found " + jixiao::detail::describe_character(text, first));
  }
  const simdjson::padded_string padded(text);
  od::parser parser;
  od::document doc;
  Builder builder(padded, file, lines);
  if (const auto error = parser.iterate(padded).get(doc)) {
    // The structural scan failed before any position is known (an unclosed string or
    // bracket, typically where the text was cut off): point at the end.
    builder.fail(ErrorCode::malformed_json, text.size(), "",
                 std::string("not valid JSON: ") + simdjson::error_message(error));
  }
  od::value root;
  if (const auto error = doc.get_value().get(root)) builder.fail_at(doc, error);
  JsonValue value = builder.build(root, doc, "", 0);
  const auto rest = doc.current_location();
  if (!rest.error()) {
    builder.fail(ErrorCode::malformed_json,
                 static_cast<std::size_t>(rest.value_unsafe() - padded.data()), "",
                 "unexpected content after the JSON value");
  }
  return value;
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE
