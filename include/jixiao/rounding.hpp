/// @file rounding.hpp
/// @brief The rounding modes every digit-losing operation must name.
#ifndef JIXIAO_ROUNDING_HPP
#define JIXIAO_ROUNDING_HPP

#include <jixiao/version.hpp>

#include <optional>
#include <string_view>

JIXIAO_BEGIN_NAMESPACE

/// @brief How to drop digits. The examples round to 2 places.
///
/// Chinese reports round 四舍五入, which is `half_up`: ties go *away from zero*, as in
/// Java's and Python's HALF_UP (−0.125 → −0.13). Where jixiao offers a default, it is
/// `half_up`; operations that can lose digits take the mode explicitly.
///
/// | mode        | 0.125 | −0.125 | 0.121 | −0.121 | meaning                         |
/// |-------------|-------|--------|-------|--------|---------------------------------|
/// | `half_up`   | 0.13  | −0.13  | 0.12  | −0.12  | nearest; ties away from zero    |
/// | `half_even` | 0.12  | −0.12  | 0.12  | −0.12  | nearest; ties to the even digit |
/// | `half_down` | 0.12  | −0.12  | 0.12  | −0.12  | nearest; ties toward zero       |
/// | `up`        | 0.13  | −0.13  | 0.13  | −0.13  | away from zero                  |
/// | `down`      | 0.12  | −0.12  | 0.12  | −0.12  | toward zero (截断, truncate)    |
/// | `ceiling`   | 0.13  | −0.12  | 0.13  | −0.12  | toward +∞                       |
/// | `floor`     | 0.12  | −0.13  | 0.12  | −0.13  | toward −∞                       |
enum class Rounding : unsigned char {
  half_up,    ///< 四舍五入: to nearest, ties away from zero. The default.
  half_even,  ///< Banker's rounding: to nearest, ties to the even neighbour.
  half_down,  ///< To nearest, ties toward zero.
  up,         ///< Away from zero (进一).
  down,       ///< Toward zero (截断 / 去尾).
  ceiling,    ///< Toward positive infinity.
  floor,      ///< Toward negative infinity.
};

/// @brief The mode's name in files and formulas: `"half_up"`, `"half_even"`, `"half_down"`,
/// `"up"`, `"down"`, `"ceiling"` or `"floor"` (the enumerator's own name).
constexpr std::string_view rounding_name(Rounding mode) noexcept {
  switch (mode) {
    case Rounding::half_up:
      return "half_up";
    case Rounding::half_even:
      return "half_even";
    case Rounding::half_down:
      return "half_down";
    case Rounding::up:
      return "up";
    case Rounding::down:
      return "down";
    case Rounding::ceiling:
      return "ceiling";
    case Rounding::floor:
      break;
  }
  return "floor";
}

/// @brief The mode whose rounding_name() is `name`, or no value for any other text
/// (names are case-sensitive, as in files).
constexpr std::optional<Rounding> rounding_named(std::string_view name) noexcept {
  constexpr Rounding all[] = {Rounding::half_up, Rounding::half_even, Rounding::half_down,
                              Rounding::up,      Rounding::down,      Rounding::ceiling,
                              Rounding::floor};
  for (Rounding mode : all) {
    if (rounding_name(mode) == name) return mode;
  }
  return std::nullopt;
}

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_ROUNDING_HPP
