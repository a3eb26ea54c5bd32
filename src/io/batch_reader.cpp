// Batches: one evaluation per line, read with simdjson's on-demand parser straight into the
// positions of an InputRow, so that a line costs a parse and a few lookups, not a tree.
#include "json_tree.hpp"
#include "readers.hpp"
#include "text_file.hpp"

#include <jixiao/io/batch_reader.hpp>
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/input_error.hpp>

#include <simdjson.h>

#include <cstring>
#include <optional>
#include <set>
#include <string>
#include <utility>

JIXIAO_BEGIN_NAMESPACE
namespace io {

namespace od = simdjson::ondemand;

Framework read_framework_of(const std::filesystem::path& path) {
  const std::filesystem::path parent = path.parent_path();
  const std::filesystem::path base = path.string() == "-" || parent.empty() ? "." : parent;
  return parse_framework_of(detail::read_text_file(path), path.string(), base);
}

Framework parse_framework_of(std::string text, const std::string& source,
                             const std::filesystem::path& base_directory) {
  bool evaluation = false;
  {
    const detail::Document peek(text, source, base_directory);  // which format is it?
    const detail::JsonValue* format = peek.root().find("format");
    evaluation = format && format->type == detail::JsonValue::Type::string &&
                 format->text == detail::evaluation_format;
  }
  if (evaluation) return parse_evaluation(std::move(text), source, base_directory).framework;
  return parse_framework(std::move(text), source);
}

struct BatchLineReader::State {
  const PreparedFramework* prepared;
  std::string source;
  od::parser parser;
  simdjson::padded_string buffer;  // the line, copied with simdjson's padding
  std::size_t line_number = 0;
  std::string_view id;
  std::string_view title;
  InputRow* row = nullptr;

  // Which inputs (by slot) the rules read as percentages, and the framework's convention
  // for bare numbers there; computed once, so that a row pays one lookup per fact.
  std::vector<bool> percent_slot;
  std::set<std::string> percent_extra;  // code + '\x1f' + name, for leaves read by evaluate()

  State(const PreparedFramework& p, std::string s) : prepared(&p), source(std::move(s)) {
    percent_slot.assign(p.inputs().size(), false);
    for_each_leaf(p.framework().root, [&](const Indicator& leaf) {
      if (!leaf.rule) return;
      for (const std::string& name : leaf.rule->percent_inputs(leaf)) {
        if (const auto slot = p.find_input(leaf.code, name)) percent_slot[*slot] = true;
        percent_extra.insert(leaf.code + '\x1f' + name);
      }
    });
  }

  template <class Visit>
  static void for_each_leaf(const Indicator& node, const Visit& visit) {
    if (node.is_leaf()) return visit(node);
    for (const Indicator& child : node.children) for_each_leaf(child, visit);
  }

  // A fact the rule reads as a percentage: "98%" (or ％, 百分比, 个百分点) as written, a bare
  // number by the framework's convention (713 when it declares none).
  InputValue as_percentage(od::value& value, const InputValue& input, std::string_view code,
                           std::string_view name, const std::string& path) {
    Decimal bare;
    if (input.type() == InputValue::Type::number) {
      bare = input.number();
    } else if (input.type() == InputValue::Type::text) {
      bool written_as_percent = false;
      std::string normalized = jixiao::detail::normalize_percent(input.text(), written_as_percent);
      try {
        bare = Decimal::parse(normalized);
      } catch (const Error&) {
        return input;  // not a number: the rule says so
      }
      if (written_as_percent) return InputValue::of(bare);
    } else {
      return input;
    }
    const PercentNumbers convention = prepared->framework().percent_numbers;
    if (const std::optional<Decimal> fraction = read_bare_percentage(bare, convention))
      return InputValue::of(*fraction);
    fail(ErrorCode::bare_percentage, value, path,
         std::string(code) + " " + std::string(name) + " " + bare.to_string() +
             " is a bare number where a percentage is expected: write \"" + bare.to_string() +
             "%\" (or declare \"percent_numbers\" in the framework)");
  }

  // Where `at` (a pointer into the buffer) is: line and column in characters.
  [[noreturn]] void fail(ErrorCode code, const char* at, const std::string& path,
                         const std::string& message) const {
    std::size_t column = 1;
    const char* begin = buffer.data();
    if (at && at >= begin && at <= begin + buffer.size()) {
      for (const char* c = begin; c < at; ++c) {
        if ((static_cast<unsigned char>(*c) & 0xC0) != 0x80) ++column;
      }
    }
    throw InputError(code, SourceLocation{source, line_number, column, path}, message);
  }
  [[noreturn]] void fail(ErrorCode code, od::value& value, const std::string& path,
                         const std::string& message) {
    const char* at = nullptr;
    if (value.current_location().get(at)) at = nullptr;
    fail(code, at, path, message);
  }
  [[noreturn]] void malformed(simdjson::error_code error, const char* at) const {
    fail(ErrorCode::malformed_json, at, "",
         std::string("not valid JSON: ") + simdjson::error_message(error));
  }

  template <class T>
  T get(simdjson::simdjson_result<T>&& result, od::document& doc) {
    return take<T>(std::move(result), doc);
  }
  std::string_view get(std::string_view token, od::document&) { return token; }
  template <class T, class Result>
  T take(Result&& result, od::document& doc) {
    T out{};
    if (const auto error = std::move(result).get(out)) {
      const char* at = nullptr;
      if (doc.current_location().get(at)) at = nullptr;
      malformed(error, at);
    }
    return out;
  }

  // One fact: a number (exact, from its token), a text, a yes/no.
  void read_fact(od::document& doc, od::value value, std::string_view code, std::string_view name,
                 std::optional<std::size_t> node) {
    // The JSON path, only for errors: building it for every fact would cost more than reading.
    const auto path = [&] { return "/facts/" + std::string(code) + "/" + std::string(name); };
    const od::json_type type = get(value.type(), doc);
    InputValue input;
    switch (type) {
      case od::json_type::number: {
        std::string_view token = get(value.raw_json_token(), doc);
        while (!token.empty() && (token.back() == ' ' || token.back() == '\t' ||
                                  token.back() == '\r' || token.back() == '\n')) {
          token.remove_suffix(1);
        }
        if (!detail::is_json_number(token)) {
          fail(ErrorCode::malformed_json, token.data(), path(), "not a JSON number");
        }
        input = InputValue::of(Decimal::parse(token));
        break;
      }
      case od::json_type::string:
        input = InputValue::of_text(get(value.get_string(), doc));
        break;
      case od::json_type::boolean:
        input = InputValue::of_flag(get(value.get_bool(), doc));
        break;
      case od::json_type::null:
        fail(ErrorCode::blank_fact, value, path(), "the fact is blank (null): fill it in");
      default:
        fail(ErrorCode::wrong_type, value, path(),
             "expected a number, text or true/false, found an object or array");
    }
    const PreparedFramework& p = *prepared;
    if (node && p.nodes()[*node].compiled) {
      const std::optional<std::size_t> slot = p.find_input(*node, name);
      if (!slot) return;  // a name the rule does not read: ignored, as evaluate() does
      if (row->values[*slot].type() != InputValue::Type::absent) {
        fail(ErrorCode::duplicate_key, value, path(), "the fact is given twice");
      }
      row->values[*slot] = percent_slot[*slot] ? as_percentage(value, input, code, name, path()) : input;
      return;
    }
    if (!percent_extra.empty() &&
        percent_extra.count(std::string(code) + '\x1f' + std::string(name)))
      input = as_percentage(value, input, code, name, path());
    // A leaf without a compiled form, or a code the framework lacks: evaluate() reads it.
    row->extra[std::string(code)].set(std::string(name), input.to_fact());
  }

  void read_facts(od::document& doc, od::value facts_value) {
    od::object facts;
    if (facts_value.get_object().get(facts)) {
      fail(ErrorCode::wrong_type, facts_value, "/facts", "expected an object of facts by code");
    }
    for (auto field : facts) {
      // Keys are views into the parser's buffer, valid while this line is read.
      const std::string_view code = get(field.unescaped_key(), doc);
      od::value leaf_value = get(field.value(), doc);
      od::object leaf;
      if (leaf_value.get_object().get(leaf)) {
        fail(ErrorCode::wrong_type, leaf_value, "/facts/" + std::string(code),
             "expected an object of named facts");
      }
      const std::optional<std::size_t> node = prepared->find_node(code);
      if (!node) row->extra[std::string(code)];  // an unknown code: evaluate() names it
      for (auto fact : leaf) {
        const std::string_view name = get(fact.unescaped_key(), doc);
        od::value value = get(fact.value(), doc);
        if (name == "不适用") {
          std::string_view reason;
          if (value.get_string().get(reason)) {
            fail(ErrorCode::wrong_type, value, "/facts/" + std::string(code) + "/不适用",
                 "\"不适用\" takes the reason (text)");
          }
          row->extra[std::string(code)].not_applicable(std::string(reason));
          continue;
        }
        read_fact(doc, value, code, name, node);
      }
    }
  }
};

BatchLineReader::BatchLineReader(const PreparedFramework& prepared, std::string source)
    : state_(std::make_unique<State>(prepared, std::move(source))) {}
BatchLineReader::~BatchLineReader() = default;
BatchLineReader::BatchLineReader(BatchLineReader&&) noexcept = default;
BatchLineReader& BatchLineReader::operator=(BatchLineReader&&) noexcept = default;

std::string_view BatchLineReader::id() const noexcept { return state_->id; }
std::string_view BatchLineReader::title() const noexcept { return state_->title; }

void BatchLineReader::read(std::string_view line, std::size_t line_number, InputRow& row) {
  State& s = *state_;
  s.line_number = line_number;
  s.id = {};
  s.title = {};
  s.row = &row;
  s.prepared->fill(Facts(), row);  // sized and cleared
  if (line.size() > max_line_bytes) {
    throw InputError(ErrorCode::limit_exceeded, SourceLocation{s.source, line_number, 1, ""},
                     "the line is longer than 16 MiB");
  }
  if (!simdjson::validate_utf8(line.data(), line.size())) {
    throw InputError(ErrorCode::malformed_json, SourceLocation{s.source, line_number, 1, ""},
                     "the line is not valid UTF-8");
  }
  if (s.buffer.size() < line.size() || s.buffer.size() > 2 * line.size() + 4096) {
    s.buffer = simdjson::padded_string(line.size());
  }
  if (!line.empty()) std::memcpy(s.buffer.data(), line.data(), line.size());
  od::document doc;
  if (const auto error =
          s.parser
              .iterate(s.buffer.data(), line.size(), s.buffer.size() + simdjson::SIMDJSON_PADDING)
              .get(doc)) {
    s.malformed(error, s.buffer.data());
  }
  od::object root;
  if (const auto error = doc.get_object().get(root)) {
    if (error == simdjson::INCORRECT_TYPE) {
      s.fail(ErrorCode::wrong_type, s.buffer.data(), "",
             "a line must be one evaluation: a JSON object {\"facts\": …}");
    }
    s.malformed(error, s.buffer.data());
  }
  bool have_facts = false;
  for (auto field : root) {
    const std::string_view key = s.get(field.unescaped_key(), doc);
    od::value value = s.get(field.value(), doc);
    if (key == "facts") {
      have_facts = true;
      s.read_facts(doc, value);
    } else if (key == "id") {
      od::json_type type = s.get(value.type(), doc);
      if (type == od::json_type::string) {
        s.id = s.get(value.get_string(), doc);
      } else if (type == od::json_type::number) {
        s.id = s.get(value.raw_json_token(), doc);
        while (!s.id.empty() && s.id.back() == ' ') s.id.remove_suffix(1);
      } else {
        s.fail(ErrorCode::wrong_type, value, "/id", "expected text or a number");
      }
    } else if (key == "title") {
      if (value.get_string().get(s.title)) {
        s.fail(ErrorCode::wrong_type, value, "/title", "expected text");
      }
    } else {
      s.fail(ErrorCode::unknown_field, value, "/" + std::string(key),
             "unknown field (a line has id, title and facts)");
    }
  }
  const auto rest = doc.current_location();
  if (!rest.error()) {
    s.fail(ErrorCode::malformed_json, rest.value_unsafe(), "",
           "text after the evaluation's closing brace");
  }
  if (!have_facts) {
    s.fail(ErrorCode::missing_field, s.buffer.data(), "", "the line has no \"facts\"");
  }
}

}  // namespace io
JIXIAO_END_NAMESPACE
