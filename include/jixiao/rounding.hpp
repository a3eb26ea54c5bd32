/// @file rounding.hpp
/// @brief The rounding modes every digit-losing operation must name.
#ifndef JIXIAO_ROUNDING_HPP
#define JIXIAO_ROUNDING_HPP

#include <jixiao/version.hpp>

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

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_ROUNDING_HPP
