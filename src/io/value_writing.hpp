// Internal: the values of the file formats written in the forms their readers take back
// unchanged (rounding steps, quantities, percentages, intervals), for the evaluation writer
// and the rule kinds' writers alike.
#ifndef JIXIAO_SRC_IO_VALUE_WRITING_HPP
#define JIXIAO_SRC_IO_VALUE_WRITING_HPP

#include <jixiao/version.hpp>
#include "json_writer.hpp"

#include <jixiao/decimal.hpp>
#include <jixiao/interval.hpp>
#include <jixiao/quantity.hpp>
#include <jixiao/rounding_policy.hpp>

#include <optional>
#include <string>
#include <string_view>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

// `key` and the step as {"places": …, "mode": …}; nothing for no step.
void write_step(JsonWriter& json, std::string_view key, const RoundingStep& step);
void write_step(JsonWriter& json, std::string_view key, const std::optional<RoundingStep>& step);

// `key` and the number; nothing for no number.
void write_decimal(JsonWriter& json, std::string_view key, const std::optional<Decimal>& value);

// `key` and the quantity in its shortest form: "name", "numerator/denominator", or
// {"percent": "name"}; the explicit object forms when a name itself contains a slash.
void write_quantity(JsonWriter& json, std::string_view key, const Quantity& quantity);

// A fraction in percent, exactly and with its scale, as the reader takes it back under any
// convention: 0.3479 → "34.79%", 1.0000 → "100.00%", 0.04 → "4%".
std::string percent_text(const Decimal& fraction);

// Interval notation the reader takes back: "=a", "[a, b)", "(-∞, b]", "[a, +∞)"; bounds of
// a percentage (`percent`, or written so) in percent, so that no convention is needed.
std::string interval_text(const Interval& range, bool percent = false);

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_VALUE_WRITING_HPP
