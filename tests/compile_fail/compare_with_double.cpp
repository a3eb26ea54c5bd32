// Comparing a Decimal with a double would convert through binary floating point: rejected.
#include <jixiao/jixiao.hpp>

bool passes(const jixiao::Decimal& rate) {
#ifdef JIXIAO_CONTROL
  using namespace jixiao::literals;
  return rate >= 0.9_dec;
#else
  return rate >= 0.9;
#endif
}
