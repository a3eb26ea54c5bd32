// The values of the file formats in the forms their readers take back (value_writing.hpp).
#include <jixiao/version.hpp>
#include "value_writing.hpp"

#include <jixiao/rounding.hpp>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

void write_step(JsonWriter& json, std::string_view key, const RoundingStep& step) {
  json.key(key);
  json.begin_object();
  json.key("places");
  json.value(step.places);
  json.key("mode");
  json.value(rounding_name(step.mode));
  json.end_object();
}

void write_step(JsonWriter& json, std::string_view key, const std::optional<RoundingStep>& step) {
  if (step) write_step(json, key, *step);
}

void write_decimal(JsonWriter& json, std::string_view key, const std::optional<Decimal>& value) {
  if (!value) return;
  json.key(key);
  json.value(*value);
}

// A quantity in its shortest form: "name", "numerator/denominator", or {"percent": "name"}.
// The explicit object forms are used when a name itself contains a slash.
void write_quantity(JsonWriter& json, std::string_view key, const Quantity& quantity) {
  json.key(key);
  const bool plain = quantity.numerator().find('/') == std::string::npos &&
                     quantity.denominator().find('/') == std::string::npos;
  if (quantity.is_ratio()) {
    if (plain) return json.value(quantity.numerator() + "/" + quantity.denominator());
    json.begin_object();
    json.key("ratio");
    json.begin_array();
    json.value(quantity.numerator());
    json.value(quantity.denominator());
    json.end_array();
    return json.end_object();
  }
  if (!quantity.is_percent() && plain) return json.value(quantity.numerator());
  json.begin_object();
  json.key(quantity.is_percent() ? "percent" : "input");
  json.value(quantity.numerator());
  json.end_object();
}

// A fraction in percent, exactly and with its scale, as the reader takes it back under any
// convention: 0.3479 → "34.79%", 1.0000 → "100.00%", 0.04 → "4%". (A fraction of fewer
// than 2 places reads back with 2: 0.9 → "90%" → 0.90, the same number.)
std::string percent_text(const Decimal& fraction) {
  const int places = fraction.scale() > 2 ? fraction.scale() - 2 : 0;
  return (fraction * Decimal(100)).round(places, Rounding::half_up).to_string() + "%";
}

// Interval notation the reader takes back: "=a", "[a, b)", "(-∞, b]", "[a, +∞)"; bounds of
// a percentage (`percent`, or written so) in percent, so that no convention is needed.
std::string interval_text(const Interval& range, bool percent) {
  const auto& lower = range.lower();
  const auto& upper = range.upper();
  const auto bound = [&](const Bound& b) {
    return percent || b.written_as_percent ? percent_text(b.value) : b.value.to_string();
  };
  if (lower && upper && lower->inclusive && upper->inclusive && lower->value == upper->value) {
    return "=" + bound(*lower);
  }
  std::string text = lower ? (lower->inclusive ? "[" : "(") + bound(*lower) : "(-∞";
  text += ", ";
  text += upper ? bound(*upper) + (upper->inclusive ? "]" : ")") : "+∞)";
  return text;
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE
