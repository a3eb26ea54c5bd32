// Internal: the 128-bit integers behind jixiao::Decimal and the powers of ten they scale by.
//
// GCC and Clang provide __int128 on 64-bit targets; `__extension__` keeps -Wpedantic quiet
// about it. The library's decimal range (38 significant digits) is chosen so that every
// coefficient fits with room to spare: 10^38 - 1 < 2^127 - 1 ≈ 1.7 × 10^38.
#ifndef JIXIAO_DETAIL_INT128_HPP
#define JIXIAO_DETAIL_INT128_HPP

#include <jixiao/version.hpp>

#include <cstdint>
#include <string>

#if !defined(__SIZEOF_INT128__)
#error "jixiao needs a compiler with 128-bit integers (GCC or Clang on a 64-bit target)"
#endif

JIXIAO_BEGIN_NAMESPACE
namespace detail {

/// Marks a function off the hot path, so that an inlined fast path stays small enough to
/// keep its operands in registers (measured: a + b at the same scale runs ~2× faster).
#define JIXIAO_DETAIL_COLD __attribute__((noinline, cold))

__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;

/// Significant digits a coefficient may have (as SQL DECIMAL(38)).
inline constexpr int max_digits = 38;

/// 10^n, and the largest magnitude that can be scaled by 10^n and stay within 38 digits,
/// precomputed so that range checks never pay for a 128-bit division.
struct Pow10Table {
  uint128 power[max_digits + 1];
  uint128 scalable[max_digits + 1];
  constexpr Pow10Table() : power{}, scalable{} {
    uint128 p = 1;
    for (int i = 0; i <= max_digits; ++i) {
      power[i] = p;
      p *= 10;
    }
    for (int i = 0; i <= max_digits; ++i) scalable[i] = (power[max_digits] - 1) / power[i];
  }
};
inline constexpr Pow10Table pow10_table{};

/// 10^n for n in [0, 38].
constexpr uint128 pow10(int n) noexcept { return pow10_table.power[n]; }

/// Largest coefficient magnitude: 10^38 - 1.
inline constexpr uint128 max_magnitude = pow10(max_digits) - 1;

/// Largest magnitude m with m × 10^n <= max_magnitude, for n in [0, 38].
constexpr uint128 max_scalable(int n) noexcept { return pow10_table.scalable[n]; }

/// |v| without overflow (the library never stores values near the int128 limits anyway).
constexpr uint128 magnitude(int128 v) noexcept {
  return v < 0 ? uint128{0} - static_cast<uint128>(v) : static_cast<uint128>(v);
}

/// Whether the sum of two in-range coefficients, computed modulo 2^128, is in range.
///
/// With |a|, |b| <= M = 10^38 − 1 the true sum s lies in [−2M, 2M]. Usually the high 64 bits
/// alone decide: −H <= high(s) < H, where H = high(M), puts s in [−M, M). Otherwise
/// s + M must land in [0, 2M]: s + M is in [−M, 3M] and 2^128 > 4M, so modulo 2^128 that
/// test is exact, and it also rejects sums that wrapped.
constexpr bool in_range(uint128 s) noexcept {
  constexpr auto high_of_max = static_cast<std::uint64_t>(max_magnitude >> 64);
  return static_cast<std::uint64_t>(s >> 64) + high_of_max < 2 * high_of_max ||
         s + max_magnitude <= 2 * max_magnitude;
}

/// The signed value of a magnitude known to be at most max_magnitude.
constexpr int128 with_sign(uint128 m, bool negative) noexcept {
  return negative ? -static_cast<int128>(m) : static_cast<int128>(m);
}

/// q = n / d and r = n % d, using the much cheaper 64-bit division when both operands fit.
constexpr void divide_with_remainder(uint128 n, uint128 d, uint128& q, uint128& r) noexcept {
  if ((n >> 64) == 0 && (d >> 64) == 0) {
    const auto n64 = static_cast<std::uint64_t>(n);
    const auto d64 = static_cast<std::uint64_t>(d);
    q = n64 / d64;
    r = n64 % d64;
  } else {
    q = n / d;
    r = n % d;
  }
}

/// Decimal digits of v, most significant first ("0" for zero).
inline std::string digits_of(uint128 v) {
  char buffer[40];
  char* end = buffer + sizeof buffer;
  char* p = end;
  do {
    *--p = static_cast<char>('0' + static_cast<int>(v % 10));
    v /= 10;
  } while (v != 0);
  return std::string(p, end);
}

}  // namespace detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_DETAIL_INT128_HPP
