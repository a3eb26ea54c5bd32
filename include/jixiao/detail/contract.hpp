// Internal: the project's contract macro.
//
// Broken preconditions are programmer errors, not bad data: they terminate through GSL's
// `Expects` (std::terminate by default) instead of throwing, so they can never be caught and
// mistaken for a data error. Bad data always throws a jixiao::Error instead.
#ifndef JIXIAO_DETAIL_CONTRACT_HPP
#define JIXIAO_DETAIL_CONTRACT_HPP

#include <gsl/assert>

#define JIXIAO_EXPECTS(condition) Expects(condition)

#endif  // JIXIAO_DETAIL_CONTRACT_HPP
