// bool is not a number: Decimal(true) is rejected rather than silently becoming 1.
#include <jixiao/jixiao.hpp>

jixiao::Decimal count() {
#ifdef JIXIAO_CONTROL
  return jixiao::Decimal(1);
#else
  return jixiao::Decimal(true);
#endif
}
