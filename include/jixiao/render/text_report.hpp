/// @file render/text_report.hpp
/// @brief The 评分表 as an aligned text table for a terminal.
#ifndef JIXIAO_RENDER_TEXT_REPORT_HPP
#define JIXIAO_RENDER_TEXT_REPORT_HPP

#include <jixiao/scorecard.hpp>
#include <jixiao/version.hpp>

#include <string>

JIXIAO_BEGIN_NAMESPACE
namespace render {

/// @brief How the text report is written.
struct TextOptions {
  bool color = false;  ///< ANSI colours (only for a terminal; the CLI honours NO_COLOR).
  bool traces = true;  ///< Include the 计分过程 (one trace per leaf).
};

/// @brief The scorecard as text: the 评分表 with Chinese text aligned by display width
/// (East Asian wide characters take two columns), the total, 得分率, grade, counts, budget
/// rates, and optionally each leaf's trace and the leaves that lost points.
std::string text_report(const Scorecard& card, const std::string& title,
                        const TextOptions& options = {});

/// @brief Columns `text` takes in a terminal (East Asian wide and fullwidth characters: 2).
std::size_t display_width(const std::string& text);

}  // namespace render
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RENDER_TEXT_REPORT_HPP
