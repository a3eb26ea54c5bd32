// A Decimal cannot be made from binary floating point: 0.1 is not the decimal it was written as.
#include <jixiao/jixiao.hpp>

jixiao::Decimal weight() {
#ifdef JIXIAO_CONTROL
  return jixiao::Decimal::parse("0.1");
#else
  return jixiao::Decimal(0.1);
#endif
}
