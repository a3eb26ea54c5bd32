/// @file render/explanation.hpp
/// @brief How each indicator was scored, in a report's wording: the 评分标准, the inputs,
///        the 计分过程, the score and what it lost; for a group, how its 得分 adds up.
#ifndef JIXIAO_RENDER_EXPLANATION_HPP
#define JIXIAO_RENDER_EXPLANATION_HPP

#include <jixiao/scorecard.hpp>
#include <jixiao/version.hpp>

#include <string>
#include <string_view>

JIXIAO_BEGIN_NAMESPACE
namespace render {

/// @brief The explanation of indicator `code` as text: for a leaf, its 指标性质, 分值,
/// 指标值, 评分标准, inputs, 计分过程, 得分, 得分率, 失分 and notes; for a group (or ""
/// for the whole evaluation, the default), the sum that makes its 得分 and then each
/// indicator under it.
/// @code
/// std::cout << jixiao::render::explanation_text(card, "2.1.2");
/// // 2.1.2 预算执行率（过程 › 资金管理）
/// //   计分过程：预算执行率=（693.68/1994）×100.00%=34.79%；得分=34.79%×5=1.74分 …
/// @endcode
/// @throws std::out_of_range when the scorecard has no indicator `code`.
std::string explanation_text(const Scorecard& card, std::string_view code = "");

/// @brief The same explanation as Markdown.
/// @throws std::out_of_range when the scorecard has no indicator `code`.
std::string explanation_markdown(const Scorecard& card, std::string_view code = "");

/// @brief The same explanation as JSON: `{"format": "jixiao.explanation/1", "paragraphs":
/// [{"code", "name", "heading", "lines": [{"label", "text"}]}]}`.
/// @throws std::out_of_range when the scorecard has no indicator `code`.
std::string explanation_json(const Scorecard& card, std::string_view code = "");

}  // namespace render
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RENDER_EXPLANATION_HPP
