/// @file jixiao.hpp
/// @brief Everything in the jixiao core, in one include (testing.hpp aside).
#ifndef JIXIAO_JIXIAO_HPP
#define JIXIAO_JIXIAO_HPP

#include <jixiao/batch_summary.hpp>
#include <jixiao/budget.hpp>
#include <jixiao/check.hpp>
#include <jixiao/compiled_rule.hpp>
#include <jixiao/decimal.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/facts.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/format.hpp>
#include <jixiao/framework.hpp>
#include <jixiao/grade.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/input_row.hpp>
#include <jixiao/interval.hpp>
#include <jixiao/prepared_framework.hpp>
#include <jixiao/printed.hpp>
#include <jixiao/quantity.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rounding.hpp>
#include <jixiao/rounding_policy.hpp>
#include <jixiao/row_score.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/rule_context.hpp>
#include <jixiao/rules.hpp>
#include <jixiao/scorecard.hpp>
#include <jixiao/target.hpp>
#include <jixiao/target_setting.hpp>
#include <jixiao/trace.hpp>
#include <jixiao/version.hpp>

#endif  // JIXIAO_JIXIAO_HPP
