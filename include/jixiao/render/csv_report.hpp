/// @file render/csv_report.hpp
/// @brief The 评分表 as CSV (RFC 4180, UTF-8 with a byte order mark so Excel shows Chinese).
#ifndef JIXIAO_RENDER_CSV_REPORT_HPP
#define JIXIAO_RENDER_CSV_REPORT_HPP

#include <jixiao/scorecard.hpp>
#include <jixiao/version.hpp>

#include <string>

JIXIAO_BEGIN_NAMESPACE
namespace render {

/// @brief One row per leaf, with its ancestors in the first columns (一级指标, 二级指标, …),
/// then 分值, 指标值, 得分, 得分率 and 计分过程; a last row 合计 with the total. Lines end in
/// CRLF; fields with commas, quotes or line breaks are quoted.
std::string csv_report(const Scorecard& card);

}  // namespace render
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RENDER_CSV_REPORT_HPP
