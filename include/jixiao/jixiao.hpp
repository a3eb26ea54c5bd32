/// @file jixiao.hpp
/// @brief Everything in the jixiao core, in one include.
#ifndef JIXIAO_JIXIAO_HPP
#define JIXIAO_JIXIAO_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/error.hpp>
#include <jixiao/format.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rounding.hpp>
#include <jixiao/version.hpp>

#endif  // JIXIAO_JIXIAO_HPP
