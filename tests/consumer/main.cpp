// Uses the installed jixiao headers the way a budget system would, in C++17.
#include <jixiao/jixiao.hpp>

#include <iostream>

int main() {
  using namespace jixiao::literals;
  const jixiao::Ratio rate(693.68_dec, 1994_dec);  // 预算执行率
  jixiao::FixedFormat percent;
  percent.notation = jixiao::Notation::percent;
  const jixiao::Decimal score =
      (rate.round(4, jixiao::Rounding::half_up) * 5).round(2, jixiao::Rounding::half_up);
  const jixiao::Version v = jixiao::version();
  std::cout << jixiao::format(rate, percent) << ' ' << score << ' ' << v.major << '.' << v.minor
            << '.' << v.patch << '\n';
  return score == 1.74_dec ? 0 : 1;
}
