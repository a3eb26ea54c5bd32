/// @file render/xlsx_report.hpp
/// @brief The 评分表 as an Excel workbook, laid out like the score-table annex of a report.
#ifndef JIXIAO_RENDER_XLSX_REPORT_HPP
#define JIXIAO_RENDER_XLSX_REPORT_HPP

#include <jixiao/scorecard.hpp>
#include <jixiao/version.hpp>

#include <filesystem>
#include <string>

JIXIAO_BEGIN_NAMESPACE
namespace render {

/// @brief Writes the scorecard to `file` as XLSX: a title, then one row per leaf with its
/// 一级/二级… indicators in merged cells, 分值, 指标值, 得分, 得分率 and 计分过程, a 合计 row,
/// the grade and the counts. 分值 and 得分 are numbers with a `0.00` format, 得分率 a number with
/// a `0.00%` format, so a spreadsheet can add them up.
///
/// XLSX stores numbers as IEEE doubles; each cell holds the double nearest to the exact
/// decimal (88.26 reads back as 88.26), and the exact value is what the format shows.
/// @throws std::runtime_error if the file cannot be written.
void xlsx_report(const Scorecard& card, const std::string& title,
                 const std::filesystem::path& file);

}  // namespace render
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RENDER_XLSX_REPORT_HPP
