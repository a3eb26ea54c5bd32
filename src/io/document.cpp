#include "document.hpp"
#include <jixiao/version.hpp>

#include <utility>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

namespace {
std::string without_byte_order_mark(std::string text) {
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  return text;
}
}  // namespace

Document::Document(std::string text, std::string file, std::filesystem::path base_directory)
    : text_(without_byte_order_mark(std::move(text))),
      file_(std::move(file)),
      base_(std::move(base_directory)),
      lines_(text_),
      root_(parse_json(text_, file_)) {}

ObjectReader::ObjectReader(const Document& document, const JsonValue& value, std::string path)
    : document_(document), value_(value), path_(std::move(path)) {
  if (value.type != JsonValue::Type::object) {
    wrong_type(value, path_.empty() ? "/" : path_, "an object");
  }
}

void ObjectReader::wrong_type(const JsonValue& at, const std::string& path,
                              const char* expected) const {
  fail(ErrorCode::wrong_type, at, path,
       std::string("expected ") + expected + ", found " + JsonValue::type_name(at.type));
}

const JsonValue* ObjectReader::optional(std::string_view key) {
  const JsonValue* found = value_.find(key);
  if (found) read_.emplace(key);
  return found;
}

const JsonValue& ObjectReader::required(std::string_view key) {
  const JsonValue* found = optional(key);
  if (!found) {
    fail(ErrorCode::missing_field, value_, path_.empty() ? "/" : path_,
         "the field \"" + std::string(key) + "\" is required");
  }
  return *found;
}

std::string ObjectReader::text(std::string_view key) {
  const JsonValue& value = required(key);
  if (value.type != JsonValue::Type::string) wrong_type(value, path_of(key), "text");
  return value.text;
}

std::optional<std::string> ObjectReader::optional_text(std::string_view key) {
  if (!value_.find(key)) return std::nullopt;
  return text(key);
}

Decimal ObjectReader::decimal(std::string_view key) {
  return read_decimal(document_, required(key), path_of(key));
}

std::optional<Decimal> ObjectReader::optional_decimal(std::string_view key) {
  if (!value_.find(key)) return std::nullopt;
  return decimal(key);
}

bool ObjectReader::boolean(std::string_view key) {
  const JsonValue& value = required(key);
  if (value.type != JsonValue::Type::boolean) wrong_type(value, path_of(key), "true or false");
  return value.boolean;
}

int ObjectReader::integer(std::string_view key) {
  const JsonValue& value = required(key);
  const Decimal number = read_decimal(document_, value, path_of(key));
  if (number != number.round(0, Rounding::down) || number < -1000 || number > 1000) {
    fail(ErrorCode::invalid_value, value, path_of(key),
         "expected a whole number between -1000 and 1000, found " + number.to_string());
  }
  return std::stoi(number.round(0, Rounding::down).to_string());
}

void ObjectReader::finish() const {
  for (std::size_t i = 0; i < value_.members.size(); ++i) {
    const auto& member = value_.members[i];
    if (read_.find(member.first) == read_.end()) {
      JsonValue key;  // point at the key, where the typo is
      key.offset = value_.key_offsets[i];
      fail(ErrorCode::unknown_field, key, path_of(member.first),
           "unknown field \"" + member.first + "\"");
    }
  }
}

Decimal read_decimal(const Document& document, const JsonValue& value, const std::string& path) {
  if (value.type != JsonValue::Type::number && value.type != JsonValue::Type::string) {
    document.fail(ErrorCode::wrong_type, value, path,
                  std::string("expected a number, found ") + JsonValue::type_name(value.type));
  }
  try {
    return Decimal::parse(value.text);
  } catch (const Error& e) {
    document.fail(ErrorCode::invalid_value, value, path,
                  std::string("not an exact decimal: ") + e.message());
  }
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE
