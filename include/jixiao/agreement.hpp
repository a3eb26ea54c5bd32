/// @file agreement.hpp
/// @brief jixiao::agreement(): the one rule by which check() judges a printed number against
///        the exact value the rules give.
#ifndef JIXIAO_AGREEMENT_HPP
#define JIXIAO_AGREEMENT_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rounding.hpp>
#include <jixiao/version.hpp>

#include <algorithm>

JIXIAO_BEGIN_NAMESPACE

/// @brief How a printed number compares with an exact value (see agreement()).
enum class Agreement : unsigned char {
  same,          ///< Equal at the rules' precision (or at the printed one, if finer).
  less_precise,  ///< Printed with fewer places than the rules give, and right at those:
                 ///< a 得分 printed 9 for 8.62.
  rounding,      ///< Off by less than one unit of the compared place: rounded another way.
  different,     ///< Wrong.
};

/// @brief Judges `printed` against `exact`, where the rules give `rules_places` places.
///
/// The number is compared at `max(printed.scale(), rules_places)` places, half up: 8.62 and
/// 34.79% (0.3479, 4 places) agree with what the rules give; so do 9.00, 9 and 9.0 with 9,
/// since trailing zeros carry nothing. A number printed with fewer places than the rules
/// give is not thereby right: 9 for 8.62 and 0 for 0.30 are `less_precise` (a finding of
/// its own, JX-C802), never `same`. Off by less than one unit of the compared place is
/// `rounding` (rounded down, up or truncated: JX-C801); anything else is `different`.
/// @code
/// jixiao::agreement(9_dec, jixiao::Ratio(8.62_dec), 2);    // less_precise
/// jixiao::agreement(8.62_dec, jixiao::Ratio(8.62_dec), 2); // same
/// jixiao::agreement(9.00_dec, jixiao::Ratio(9_dec), 2);    // same
/// @endcode
inline Agreement agreement(const Decimal& printed, const Ratio& exact, int rules_places) {
  const int places = std::max(printed.scale(), rules_places);
  if (exact.round(places, Rounding::half_up) == printed) return Agreement::same;
  if (printed.scale() < rules_places && exact.round(printed.scale(), Rounding::half_up) == printed)
    return Agreement::less_precise;
  const Ratio gap = exact - Ratio(printed);
  const Ratio size = gap.signum() < 0 ? -gap : gap;
  return size < Ratio(Decimal::from_scaled(1, places)) ? Agreement::rounding
                                                       : Agreement::different;
}

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_AGREEMENT_HPP
