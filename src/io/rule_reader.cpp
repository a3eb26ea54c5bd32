// Reading the parts of a leaf: its target ("≤5个", "≥95%"), intervals ("[80%, 90%)"),
// quantities ("实际支出资金/实际到位资金") and rules (one object per built-in rule kind).
#include <jixiao/version.hpp>
#include "readers.hpp"

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

// A comparator at the start of `text`, which is consumed.
std::optional<Comparator> take_comparator(std::string& text) {
  static const std::pair<const char*, Comparator> spellings[] = {
      {"≥", Comparator::at_least}, {">=", Comparator::at_least}, {"大于等于", Comparator::at_least},
      {"≤", Comparator::at_most},  {"<=", Comparator::at_most},  {"小于等于", Comparator::at_most},
      {">", Comparator::above},    {"大于", Comparator::above},  {"<", Comparator::below},
      {"小于", Comparator::below}, {"=", Comparator::equal},     {"等于", Comparator::equal}};
  for (const auto& [spelling, comparator] : spellings) {
    const std::string s(spelling);
    if (text.compare(0, s.size(), s) == 0) {
      text = trim(text.substr(s.size()));
      return comparator;
    }
  }
  return std::nullopt;
}

Decimal parse_bound(const Document& document, const JsonValue& at, const std::string& path,
                    const std::string& text) {
  try {
    return Decimal::parse(trim(text));
  } catch (const Error& e) {
    document.fail(ErrorCode::invalid_value, at, path,
                  "\"" + trim(text) + "\" is not a bound: " + e.message());
  }
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

template <class Item, class Make>
std::vector<Item> read_list(ObjectReader& object, std::string_view key, Make make) {
  const JsonValue& list = object.required(key);
  if (list.type != JsonValue::Type::array) object.wrong_type(list, object.path_of(key), "an array");
  std::vector<Item> items;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    ObjectReader item(object.document(), list.items[i],
                      object.path_of(key) + "/" + std::to_string(i));
    items.push_back(make(item));
    item.finish();
  }
  return items;
}

template <class Enum>
Enum read_choice(ObjectReader& object, std::string_view key, Enum fallback,
                 std::initializer_list<std::pair<const char*, Enum>> choices) {
  const JsonValue* value = object.optional(key);
  if (!value) return fallback;
  std::string allowed;
  for (const auto& [name, choice] : choices) {
    if (value->type == JsonValue::Type::string && value->text == name) return choice;
    allowed += (allowed.empty() ? "" : ", ") + std::string(name);
  }
  object.fail(ErrorCode::invalid_value, *value, object.path_of(key), "expected one of " + allowed);
}

std::shared_ptr<const Rule> ratio_times_weight(ObjectReader& o) {
  rules::RatioTimesWeight rule(read_quantity(o.document(), o.required("rate"), o.path_of("rate")));
  if (const auto label = o.optional_text("label")) rule.label(*label);
  if (const JsonValue* step = o.optional("displayed_rate")) {
    rule.displayed_rate(read_rounding_step(o.document(), *step, o.path_of("displayed_rate")));
  }
  if (const auto cap = o.optional_decimal("cap")) rule.cap(*cap);
  if (const auto floor = o.optional_decimal("floor")) rule.floor(*floor);
  return std::make_shared<const rules::RatioTimesWeight>(std::move(rule));
}

std::shared_ptr<const Rule> target_attainment(ObjectReader& o) {
  const JsonValue* actual = o.optional("actual");
  rules::TargetAttainment rule(actual ? read_quantity(o.document(), *actual, o.path_of("actual"))
                                      : Quantity::input("实际完成值"));
  rule.reverse(read_choice(
      o, "reverse", rules::ReverseScoring::ratio,
      {{"ratio", rules::ReverseScoring::ratio}, {"linear", rules::ReverseScoring::linear}}));
  if (const JsonValue* step = o.optional("displayed_rate")) {
    rule.displayed_rate(read_rounding_step(o.document(), *step, o.path_of("displayed_rate")));
  }
  return std::make_shared<const rules::TargetAttainment>(std::move(rule));
}

std::shared_ptr<const Rule> step_bands(ObjectReader& o) {
  const Quantity value = read_quantity(o.document(), o.required("value"), o.path_of("value"));
  std::vector<rules::Step> steps = read_list<rules::Step>(o, "bands", [](ObjectReader& band) {
    const Interval range =
        read_interval(band.document(), band.required("range"), band.path_of("range"));
    return rules::Step{range, band.decimal("points")};
  });
  rules::StepBands rule(value, std::move(steps));
  if (const auto label = o.optional_text("label")) rule.label(*label);
  return std::make_shared<const rules::StepBands>(std::move(rule));
}

std::shared_ptr<const Rule> deduction(ObjectReader& o) {
  const auto counting = read_choice(o, "counting", rules::Counting::proportional,
                                    {{"proportional", rules::Counting::proportional},
                                     {"whole_steps", rules::Counting::whole_steps},
                                     {"started_steps", rules::Counting::started_steps}});
  std::optional<rules::Deduction> rule;
  if (const auto findings = o.optional_text("findings")) {
    rule = rules::Deduction::per_finding(*findings, o.decimal("per_step"));
  } else {
    const Quantity value = read_quantity(o.document(), o.required("value"), o.path_of("value"));
    const auto excess =
        read_choice(o, "excess", rules::Excess::above,
                    {{"above", rules::Excess::above}, {"below", rules::Excess::below}});
    rule.emplace(value, excess, o.decimal("threshold"), o.decimal("step"), o.decimal("per_step"));
  }
  rule->counting(counting);
  if (const auto cap = o.optional_decimal("cap")) rule->cap(*cap);
  return std::make_shared<const rules::Deduction>(std::move(*rule));
}

std::shared_ptr<const Rule> checkpoints(ObjectReader& o) {
  return std::make_shared<const rules::Checkpoints>(
      read_list<rules::Checkpoint>(o, "checkpoints", [](ObjectReader& item) {
        return rules::Checkpoint{item.text("name"), item.decimal("points")};
      }));
}

std::shared_ptr<const Rule> categorical(ObjectReader& o) {
  std::string input = o.text("input");
  return std::make_shared<const rules::Categorical>(
      std::move(input), read_list<rules::Category>(o, "categories", [](ObjectReader& item) {
        return rules::Category{item.text("label"), item.decimal("points")};
      }));
}

std::shared_ptr<const Rule> qualitative_bands(ObjectReader& o) {
  std::optional<rules::QualitativeBands> rule;
  if (o.value().find("levels")) {
    rule.emplace(read_list<rules::Level>(o, "levels", [](ObjectReader& item) {
      rules::Level level;
      level.label = item.text("label");
      if (const JsonValue* aliases = item.optional("aliases")) {
        if (aliases->type != JsonValue::Type::array) {
          item.wrong_type(*aliases, item.path_of("aliases"), "an array of text");
        }
        for (std::size_t i = 0; i < aliases->items.size(); ++i) {
          if (aliases->items[i].type != JsonValue::Type::string) {
            item.wrong_type(aliases->items[i], item.path_of("aliases") + "/" + std::to_string(i),
                            "text");
          }
          level.aliases.push_back(aliases->items[i].text);
        }
      }
      level.share = read_interval(item.document(), item.required("share"), item.path_of("share"));
      return level;
    }));
  } else {
    rule.emplace();
  }
  const auto level_input = o.optional_text("level_input");
  const auto score_input = o.optional_text("score_input");
  if (level_input || score_input)
    rule->inputs(level_input.value_or("等级"), score_input.value_or("得分"));
  return std::make_shared<const rules::QualitativeBands>(std::move(*rule));
}

std::shared_ptr<const Rule> survey_satisfaction(ObjectReader& o) {
  const JsonValue* rate = o.optional("rate");
  rules::SurveySatisfaction rule(rate ? read_quantity(o.document(), *rate, o.path_of("rate"))
                                      : Quantity::ratio("满意人数", "有效调查人数"));
  if (const auto threshold = o.optional_decimal("threshold")) rule.threshold(*threshold);
  rule.below(read_choice(o, "below", rules::BelowThreshold::proportional,
                         {{"proportional", rules::BelowThreshold::proportional},
                          {"rate", rules::BelowThreshold::rate},
                          {"zero", rules::BelowThreshold::zero}}));
  if (const JsonValue* step = o.optional("displayed_rate")) {
    rule.displayed_rate(read_rounding_step(o.document(), *step, o.path_of("displayed_rate")));
  }
  return std::make_shared<const rules::SurveySatisfaction>(std::move(rule));
}

std::shared_ptr<const Rule> manual_score(ObjectReader& o) {
  rules::ManualScore rule(o.optional_text("score_input").value_or("得分"),
                          o.optional_text("reason_input").value_or("评分理由"));
  if (const auto deduction_input = o.optional_text("deduction_input"))
    rule.deduction(*deduction_input);
  return std::make_shared<const rules::ManualScore>(std::move(rule));
}

}  // namespace

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
  const bool percent = end < text.size() && text[end] == '%';
  const std::string number_text = trim(text.substr(0, end) + (percent ? "%" : ""));
  Decimal number;
  try {
    number = Decimal::parse(number_text);
  } catch (const Error& e) {
    fail("\"" + number_text + "\" is not a bound: " + e.message());
    throw;  // fail() does not return
  }
  if (percent) return Target::percent(*comparator, number);
  return Target::quantitative(*comparator, number, trim(text.substr(end)));
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

Interval read_interval(const Document& document, const JsonValue& value, const std::string& path) {
  if (value.type != JsonValue::Type::string) {
    document.fail(ErrorCode::wrong_type, value, path,
                  std::string("expected an interval such as \"[80%, 90%)\" or \"≥90%\", found ") +
                      JsonValue::type_name(value.type));
  }
  std::string text = trim(value.text);
  if (const std::optional<Comparator> comparator = take_comparator(text)) {
    const Decimal bound = parse_bound(document, value, path, text);
    switch (*comparator) {
      case Comparator::at_least:
        return Interval::at_least(bound);
      case Comparator::above:
        return Interval::above(bound);
      case Comparator::at_most:
        return Interval::at_most(bound);
      case Comparator::below:
        return Interval::below(bound);
      case Comparator::equal:
        return Interval::exactly(bound);
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
  if (!is_infinite(low))
    lower = Bound{parse_bound(document, value, path, low), text.front() == '['};
  if (!is_infinite(high))
    upper = Bound{parse_bound(document, value, path, high), text.back() == ']'};
  return Interval(lower, upper);
}

std::shared_ptr<const Rule> read_rule(const Document& document, const JsonValue& value,
                                      const std::string& path) {
  ObjectReader object(document, value, path);
  const std::string kind = object.text("kind");
  std::shared_ptr<const Rule> rule;
  if (kind == "ratio_times_weight")
    rule = ratio_times_weight(object);
  else if (kind == "target_attainment")
    rule = target_attainment(object);
  else if (kind == "step_bands")
    rule = step_bands(object);
  else if (kind == "deduction")
    rule = deduction(object);
  else if (kind == "checkpoints")
    rule = checkpoints(object);
  else if (kind == "categorical")
    rule = categorical(object);
  else if (kind == "qualitative_bands")
    rule = qualitative_bands(object);
  else if (kind == "survey_satisfaction")
    rule = survey_satisfaction(object);
  else if (kind == "manual_score")
    rule = manual_score(object);
  else {
    object.fail(ErrorCode::invalid_value, object.required("kind"), object.path_of("kind"),
                "unknown rule kind \"" + kind +
                    "\" (ratio_times_weight, target_attainment, step_bands, deduction, "
                    "checkpoints, categorical, qualitative_bands, survey_satisfaction, "
                    "manual_score)");
  }
  object.finish();
  return rule;
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE
