/// @file io/indicator_library.hpp
/// @brief The library of common third-level indicators (资金到位率, 预算执行率, 服务对象满意度 …)
///        with their definition, formula, unit and typical rule, embedded in jixiao::io.
#ifndef JIXIAO_IO_INDICATOR_LIBRARY_HPP
#define JIXIAO_IO_INDICATOR_LIBRARY_HPP

#include <jixiao/indicator.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/version.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io {

/// @brief One indicator of the library.
struct LibraryIndicator {
  std::string code;    ///< Stable identifier, e.g. "budget_execution_rate".
  std::string name;    ///< 三级指标 name, e.g. "预算执行率".
  std::string level1;  ///< Its 一级指标 in the 办法's framework, e.g. "过程".
  std::string level2;  ///< Its 二级指标, e.g. "资金管理".
  IndicatorKind kind = IndicatorKind::quantitative;  ///< 定量 or 定性.
  std::string unit;                                  ///< "%", "处", or "".
  std::string definition;                            ///< What it measures (指标解释).
  std::string
      formula;  ///< How it is computed, e.g. "预算执行率 = 实际支出资金 / 实际到位资金 × 100%".
  std::shared_ptr<const Rule> rule;  ///< The typical 评分标准 (a built-in rule).
  bool recalled = false;  ///< The typical rule is recalled from practice, not from a text.
};

/// @brief Every indicator of the library, in the order of the 办法's framework. The data
/// (`jixiao.indicators/1`, installed as share/jixiao/indicators.json) is embedded in the
/// library and read once.
const std::vector<LibraryIndicator>& indicator_library();

/// @brief The indicators whose name, code, definition or formula contains `query` (UTF-8,
/// exact substring), those whose name contains it first; all of them for an empty query.
/// @code
/// for (const auto* found : jixiao::io::search_indicators("执行率"))
///   std::cout << found->name << "：" << found->formula << '\n';   // 预算执行率：…
/// @endcode
std::vector<const LibraryIndicator*> search_indicators(std::string_view query);

/// @brief The library indicator with `code`, or nullptr.
const LibraryIndicator* find_library_indicator(std::string_view code);

}  // namespace io
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_IO_INDICATOR_LIBRARY_HPP
