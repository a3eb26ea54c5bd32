// Internal: the rare wide path, in Boost.Multiprecision's fixed 512-bit integers.
//
// Division and ratio comparison can need intermediates beyond 128 bits: a 38-digit
// numerator shifted by up to 76 places is ~10^114, and a cross-multiplied comparison of two
// ratios aligned by 76 places is ~10^152. A fixed 512-bit magnitude (< 1.3 × 10^154) holds
// both without allocating. Only these two operations include Boost; the hot paths above
// never reach it for the amounts and rates evaluations use.
#ifndef JIXIAO_DETAIL_WIDE_HPP
#define JIXIAO_DETAIL_WIDE_HPP

#include <jixiao/detail/int128.hpp>
#include <jixiao/version.hpp>

#include <boost/multiprecision/cpp_int.hpp>

#include <cstdint>

JIXIAO_BEGIN_NAMESPACE
namespace detail {

using wide_uint = boost::multiprecision::number<boost::multiprecision::cpp_int_backend<
    512, 512, boost::multiprecision::unsigned_magnitude, boost::multiprecision::unchecked, void>>;

inline wide_uint widen(uint128 v) {
  wide_uint high = static_cast<std::uint64_t>(v >> 64);
  high <<= 64;
  return high | wide_uint(static_cast<std::uint64_t>(v));
}

/// Narrows a value the caller has checked to be below 2^128.
inline uint128 narrow(const wide_uint& v) {
  const auto low = static_cast<std::uint64_t>(v & wide_uint(~std::uint64_t{0}));
  const auto high = static_cast<std::uint64_t>(v >> 64);
  return (static_cast<uint128>(high) << 64) | low;
}

/// 10^n for n in [0, 152].
inline wide_uint wide_pow10(int n) {
  return boost::multiprecision::pow(wide_uint(10), static_cast<unsigned>(n));
}

}  // namespace detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_DETAIL_WIDE_HPP
