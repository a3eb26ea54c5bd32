/// @file render/html_report.hpp
/// @brief The scorecard as one self-contained HTML file: 评分表, an SVG chart of the category
///        得分率, the grade and the traces.
#ifndef JIXIAO_RENDER_HTML_REPORT_HPP
#define JIXIAO_RENDER_HTML_REPORT_HPP

#include <jixiao/scorecard.hpp>
#include <jixiao/version.hpp>

#include <string>

JIXIAO_BEGIN_NAMESPACE
namespace render {

/// @brief A complete HTML document (UTF-8) with its styles and an inline SVG bar chart: no
/// scripts, no external resources, so it opens anywhere and can be mailed or archived as is.
/// All text from the evaluation is escaped.
std::string html_report(const Scorecard& card, const std::string& title);

}  // namespace render
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RENDER_HTML_REPORT_HPP
