// Decimal has no `/`: division can lose digits, so it must name places and a rounding mode.
#include <jixiao/jixiao.hpp>

jixiao::Decimal rate(const jixiao::Decimal& spent, const jixiao::Decimal& received) {
#ifdef JIXIAO_CONTROL
  return jixiao::divide(spent, received, 4, jixiao::Rounding::half_up);
#else
  return spent / received;
#endif
}
