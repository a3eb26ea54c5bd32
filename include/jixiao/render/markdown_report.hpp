/// @file render/markdown_report.hpp
/// @brief The scorecard as Markdown: the 评分表, totals, grade and traces.
#ifndef JIXIAO_RENDER_MARKDOWN_REPORT_HPP
#define JIXIAO_RENDER_MARKDOWN_REPORT_HPP

#include <jixiao/scorecard.hpp>
#include <jixiao/version.hpp>

#include <string>

JIXIAO_BEGIN_NAMESPACE
namespace render {

/// @brief A Markdown document: a heading, the 评分表 as a table, totals, grade and counts, and
/// the 计分过程 of each leaf. Table cells escape `|`.
std::string markdown_report(const Scorecard& card, const std::string& title);

}  // namespace render
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RENDER_MARKDOWN_REPORT_HPP
