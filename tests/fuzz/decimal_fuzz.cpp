// Fuzz target: Decimal::parse on any text, and for every number it accepts, the round trips
// that reports rely on. The first byte chooses the places (0–38) and the rounding mode; the
// rest is the text.
//
// Properties: parse either returns or throws jixiao::Error (ParseError, OverflowError);
// to_string() parses back to the same value and scale; format() at any places and rounding,
// plain or percent, grouped or not, parses back to round() of the value at those places, or
// is refused as over 38 digits when it is.
#include <jixiao/decimal.hpp>
#include <jixiao/format.hpp>

#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

bool identical(const jixiao::Decimal& a, const jixiao::Decimal& b) {
  return a == b && a.scale() == b.scale();
}

// Digits of the coefficient the text stands for: every digit after the leading zeros, the
// zeros padded after the point included, since they are part of the scale.
int coefficient_digits(const std::string& text) {
  int digits = 0;
  for (const char c : text) {
    if (c >= '0' && c <= '9' && (digits > 0 || c != '0')) ++digits;
  }
  return digits;
}

// format(value, spec) read back is value rounded to the places the text shows. Padding with
// zeros can make a text whose scale no Decimal holds (38 nines shown with 3 places): parse()
// must then refuse it with OverflowError, as documented, rather than drop the scale.
void check_format(const jixiao::Decimal& value, const jixiao::FixedFormat& spec) {
  const bool percent = spec.notation == jixiao::Notation::percent;
  const int places = percent ? spec.places + 2 : spec.places;
  jixiao::Decimal expected;
  try {
    expected = value.scale() > places ? value.round(places, spec.rounding) : value;
  } catch (const jixiao::Error&) {
    return;  // rounding up overflowed 38 digits: format() must refuse it too
  }
  const std::string text = jixiao::format(value, spec);
  if (coefficient_digits(text) > jixiao::Decimal::max_digits) {
    bool refused = false;
    try {
      (void)jixiao::Decimal::parse(text);
    } catch (const jixiao::OverflowError&) {
      refused = true;
    }
    fuzz_check(refused, "a text of more than 38 digits is refused", text);
    return;
  }
  const jixiao::Decimal back = jixiao::Decimal::parse(text);
  fuzz_check(back == expected, "format() read back is round() at the shown places",
             value.to_string() + " shown as " + text);
  if (!percent) {
    fuzz_check(back.scale() == spec.places, "format() shows exactly `places` decimals", text);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const int places = data[0] % 39;
  const auto rounding = static_cast<jixiao::Rounding>(data[0] / 39 % 7);
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  jixiao::Decimal value;
  try {
    value = jixiao::Decimal::parse(text);
  } catch (const jixiao::Error&) {
    return 0;  // not a decimal, or too many digits: refused with a located error
  }

  const std::string written = value.to_string();
  fuzz_check(identical(jixiao::Decimal::parse(written), value),
             "parse(to_string(x)) is x, scale included", std::string(text) + " → " + written);

  for (const bool grouped : {false, true}) {
    check_format(value, {places, rounding, jixiao::Notation::plain, grouped});
    if (places <= jixiao::Decimal::max_scale - 2) {
      check_format(value, {places, rounding, jixiao::Notation::percent, grouped});
    }
  }
  return 0;
}
