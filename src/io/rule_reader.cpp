// Reading the parts of a leaf: its target ("≤5个", "≥95%"), intervals ("[80%, 90%)"),
// quantities ("实际支出资金/实际到位资金") and rules (an object of a kind in io::rule_kinds()).
#include <jixiao/version.hpp>
#include "file_rule_parameters.hpp"
#include "readers.hpp"

#include <jixiao/io/rule_registry.hpp>
#include <jixiao/rules.hpp>

#include <cctype>
#include <functional>
#include <string>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

namespace {

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

using jixiao::detail::normalize_percent;

// `value`, a bare number where a percentage is expected, read by `convention`; 713 when the
// file declares none.
Decimal bare_percentage(const Document& document, const JsonValue& at, const std::string& path,
                        const Decimal& value, PercentNumbers convention, const std::string& what) {
  if (const std::optional<Decimal> read = read_bare_percentage(value, convention)) return *read;
  const std::string written = value.to_string();
  document.fail(ErrorCode::bare_percentage, at, path,
                what + " " + written + " is a bare number where a percentage is expected: write \"" +
                    written + "%\" (or declare \"percent_numbers\": \"percent\" to read " +
                    written + " as " + written + "%, or \"fraction\" to read it as " +
                    (value * Decimal(100)).strip_trailing_zeros().to_string() + "%)");
}

// A bound as written: "90%" (also "90％", "90百分比") is the fraction 0.9 written as a
// percentage; a bare "0.9" or "90" is read by `percent` when the bound is a percentage's.
Bound parse_bound(const Document& document, const JsonValue& at, const std::string& path,
                  const std::string& text, bool inclusive, std::optional<PercentNumbers> percent) {
  bool written_as_percent = false;
  const std::string normalized = normalize_percent(trim(text), written_as_percent);
  Decimal value;
  try {
    value = Decimal::parse(normalized);
  } catch (const Error& e) {
    document.fail(ErrorCode::invalid_value, at, path,
                  "\"" + trim(text) + "\" is not a bound: " + e.message());
  }
  if (percent && !written_as_percent) {
    value = bare_percentage(document, at, path, value, *percent, "the bound");
    written_as_percent = *percent == PercentNumbers::percent;
  }
  return Bound{value, inclusive, written_as_percent};
}

// "（0，10%］" as tables print it, with ASCII brackets and comma: "(0,10%]".
std::string full_width_brackets(const std::string& text) {
  static const std::pair<const char*, const char*> forms[] = {
      {"（", "("}, {"）", ")"}, {"［", "["}, {"］", "]"}, {"【", "["}, {"】", "]"}, {"，", ","}};
  std::string out = text;
  for (const auto& [wide, narrow] : forms) {
    for (std::size_t at = out.find(wide); at != std::string::npos; at = out.find(wide, at))
      out.replace(at, std::string_view(wide).size(), narrow);
  }
  return out;
}

bool is_infinite(const std::string& text) {
  const std::string t = trim(text);
  return t == "∞" || t == "+∞" || t == "-∞" || t == "−∞" || t == "inf" || t == "+inf" ||
         t == "-inf";
}

std::vector<std::string> names(const Document& document, const JsonValue& value,
                               const std::string& path, std::size_t count) {
  if (value.type != JsonValue::Type::array || value.items.size() != count) {
    document.fail(ErrorCode::wrong_type, value, path,
                  "expected an array of " + std::to_string(count) + " input names");
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < count; ++i) {
    if (value.items[i].type != JsonValue::Type::string) {
      document.fail(ErrorCode::wrong_type, value.items[i], path + "/" + std::to_string(i),
                    "expected an input name (text)");
    }
    out.push_back(value.items[i].text);
  }
  return out;
}

}  // namespace

// A comparator at the start of `text`, which is consumed.
std::optional<Comparator> take_comparator(std::string& text) {
  // Longer spellings first: "≥" before ">", "大于等于" before "大于". Tables print the
  // full-width and the "≧" forms too.
  static const std::pair<const char*, Comparator> spellings[] = {
      {"≥", Comparator::at_least},      {"≧", Comparator::at_least},
      {">=", Comparator::at_least},     {"＞＝", Comparator::at_least},
      {"＞=", Comparator::at_least},    {"大于等于", Comparator::at_least},
      {"不低于", Comparator::at_least}, {"不少于", Comparator::at_least},
      {"不小于", Comparator::at_least}, {"≤", Comparator::at_most},
      {"≦", Comparator::at_most},       {"<=", Comparator::at_most},
      {"＜＝", Comparator::at_most},    {"＜=", Comparator::at_most},
      {"小于等于", Comparator::at_most}, {"不高于", Comparator::at_most},
      {"不超过", Comparator::at_most},  {"不大于", Comparator::at_most},
      {"不多于", Comparator::at_most},  {">", Comparator::above},
      {"＞", Comparator::above},        {"大于", Comparator::above},
      {"<", Comparator::below},         {"＜", Comparator::below},
      {"小于", Comparator::below},      {"=", Comparator::equal},
      {"＝", Comparator::equal},        {"﹦", Comparator::equal},
      {"═", Comparator::equal},         {"等于", Comparator::equal}};
  for (const auto& [spelling, comparator] : spellings) {
    const std::string s(spelling);
    if (text.compare(0, s.size(), s) == 0) {
      text = trim(text.substr(s.size()));
      return comparator;
    }
  }
  return std::nullopt;
}

Decimal read_percentage(const Document& document, const JsonValue& value, const std::string& path,
                        PercentNumbers convention, const std::string& what) {
  if (value.type != JsonValue::Type::number && value.type != JsonValue::Type::string) {
    document.fail(ErrorCode::wrong_type, value, path,
                  "expected a percentage such as \"95%\", found " +
                      std::string(JsonValue::type_name(value.type)));
  }
  bool written_as_percent = false;
  const std::string normalized = normalize_percent(trim(value.text), written_as_percent);
  Decimal number;
  try {
    number = Decimal::parse(normalized);
  } catch (const Error& e) {
    document.fail(ErrorCode::invalid_value, value, path,
                  what + " \"" + value.text + "\" is not a percentage: " + e.message());
  }
  if (written_as_percent) return number;
  return bare_percentage(document, value, path, number, convention, what);
}

Quantity read_quantity(const Document& document, const JsonValue& value, const std::string& path) {
  if (value.type == JsonValue::Type::string) {
    const auto slash = value.text.find('/');
    if (slash == std::string::npos) return Quantity::input(value.text);
    return Quantity::ratio(trim(value.text.substr(0, slash)), trim(value.text.substr(slash + 1)));
  }
  ObjectReader object(document, value, path);
  std::optional<Quantity> quantity;
  if (const auto input = object.optional_text("input"))
    quantity = Quantity::input(*input);
  else if (const auto percent = object.optional_text("percent"))
    quantity = Quantity::percent(*percent);
  else if (const JsonValue* ratio = object.optional("ratio")) {
    const std::vector<std::string> parts = names(document, *ratio, object.path_of("ratio"), 2);
    quantity = Quantity::ratio(parts[0], parts[1]);
  } else {
    object.fail(ErrorCode::missing_field, value, path,
                "a quantity is \"name\", \"numerator/denominator\", or an object with \"input\", "
                "\"percent\" or \"ratio\"");
  }
  object.finish();
  return *quantity;
}

Target parse_target(const std::string& written, const std::function<void(const std::string&)>& fail) {
  std::string text = trim(written);
  const std::optional<Comparator> comparator = take_comparator(text);
  if (!comparator) return Target::qualitative(written);  // "逐步提高": a statement
  // The number is the longest prefix of digits, signs, points and separators; then "%" or a unit.
  std::size_t end = 0;
  while (end < text.size() &&
         (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.' ||
          text[end] == ',' || text[end] == '-' || text[end] == '+')) {
    ++end;
  }
  // A percent word after the number ("%", "％", "百分比", "个百分点") makes it a percentage.
  const std::string unit = trim(text.substr(end));
  bool percent = false;
  for (const std::string_view word : jixiao::detail::percent_words)
    percent = percent || unit.rfind(word, 0) == 0;  // "%", also "%以上"
  const std::string number_text = trim(text.substr(0, end) + (percent ? "%" : ""));
  Decimal number;
  try {
    number = Decimal::parse(number_text);
  } catch (const Error& e) {
    fail("\"" + number_text + "\" is not a bound: " + e.message());
    throw;  // fail() does not return
  }
  if (percent) return Target::percent(*comparator, number);
  return Target::quantitative(*comparator, number, unit);
}

Target read_target(const Document& document, const JsonValue& value, const std::string& path) {
  if (value.type == JsonValue::Type::object) {
    ObjectReader object(document, value, path);
    Target target = Target::qualitative(object.text("statement"));
    object.finish();
    return target;
  }
  if (value.type != JsonValue::Type::string) {
    document.fail(ErrorCode::wrong_type, value, path,
                  std::string("expected a target such as \"≤5个\" or \"≥95%\", found ") +
                      JsonValue::type_name(value.type));
  }
  return parse_target(value.text, [&](const std::string& what) {
    document.fail(ErrorCode::invalid_value, value, path, what);
  });
}

Interval read_interval(const Document& document, const JsonValue& value, const std::string& path,
                       std::optional<PercentNumbers> percent) {
  if (value.type != JsonValue::Type::string) {
    document.fail(ErrorCode::wrong_type, value, path,
                  std::string("expected an interval such as \"[80%, 90%)\" or \"≥90%\", found ") +
                      JsonValue::type_name(value.type));
  }
  std::string text = trim(full_width_brackets(value.text));
  if (const std::optional<Comparator> comparator = take_comparator(text)) {
    const bool closed = *comparator != Comparator::above && *comparator != Comparator::below;
    const Bound edge = parse_bound(document, value, path, text, closed, percent);
    switch (*comparator) {
      case Comparator::at_least:
      case Comparator::above:
        return Interval(edge, std::nullopt);
      case Comparator::at_most:
      case Comparator::below:
        return Interval(std::nullopt, edge);
      case Comparator::equal:
        return Interval(edge, edge);
    }
  }
  const bool shape = text.size() >= 2 && (text.front() == '[' || text.front() == '(') &&
                     (text.back() == ']' || text.back() == ')');
  // Bounds are separated by ", " (a comma and a space), or by the only comma.
  std::size_t comma = shape ? text.find(", ") : std::string::npos;
  if (shape && comma == std::string::npos && text.find(',') == text.rfind(','))
    comma = text.find(',');
  if (!shape || comma == std::string::npos) {
    document.fail(ErrorCode::invalid_value, value, path,
                  "\"" + value.text +
                      "\" is not an interval: write \"[a, b)\", \"(a, b]\", "
                      "\"[a, +∞)\", \"≥a\", \"<b\" or \"=a\"");
  }
  const std::string low = text.substr(1, comma - 1);
  const std::string high = text.substr(comma + 1, text.size() - comma - 2);
  std::optional<Bound> lower;
  std::optional<Bound> upper;
  if (!is_infinite(low)) lower = parse_bound(document, value, path, low, text.front() == '[', percent);
  if (!is_infinite(high)) upper = parse_bound(document, value, path, high, text.back() == ']', percent);
  return Interval(lower, upper);
}

std::shared_ptr<const Rule> read_rule(const Document& document, const JsonValue& value,
                                      const std::string& path, PercentNumbers percent) {
  ObjectReader object(document, value, path);
  const std::string name = object.text("kind");
  const std::shared_ptr<const RuleKind> kind = rule_kinds().find(name);
  if (!kind) {
    std::string known;
    for (const std::string& each : rule_kinds().names()) known += (known.empty() ? "" : ", ") + each;
    object.fail(ErrorCode::invalid_value, object.required("kind"), object.path_of("kind"),
                "unknown rule kind \"" + name + "\" (" + known + ")");
  }
  FileRuleParameters fields(object, percent);
  std::shared_ptr<const Rule> rule = kind->read(fields);
  object.finish();
  return rule;
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE
