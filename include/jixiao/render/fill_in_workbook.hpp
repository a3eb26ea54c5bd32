/// @file render/fill_in_workbook.hpp
/// @brief A framework as a 项目支出绩效自评表 workbook to fill in, in Excel, WPS or LibreOffice,
///        and read back by io::read_score_table() (`jixiao template show NAME --format xlsx`).
#ifndef JIXIAO_RENDER_FILL_IN_WORKBOOK_HPP
#define JIXIAO_RENDER_FILL_IN_WORKBOOK_HPP

#include <jixiao/framework.hpp>
#include <jixiao/version.hpp>

#include <filesystem>
#include <string>

JIXIAO_BEGIN_NAMESPACE
namespace render {

/// @brief Writes `framework` to `file` as a blank 自评表 in the national layout (财预〔2020〕10号
/// 附件), the sheet "自评表", with a sheet "填报说明" saying how to fill it in:
///
/// - the title, 项目名称 (`title`), 主管部门 and 实施单位;
/// - a 项目资金 block (年初预算数, 全年预算数, 全年执行数 of 年度资金总额 and its 其中 rows, to
///   fill in, in 万元), when the framework's first 一级指标 is 预算执行率 alone, scored as the
///   block's is (全年执行数 / 全年预算数 × 分值, the rate at 4 places, 满分为止);
/// - the 年度总体目标 block (prose, not scored);
/// - one row per leaf: 一级, 二级, 三级指标 (merged over their rows), 指标值 (the target), the
///   实际完成值 to fill in (a percentage format where the rule reads a percentage, so that 98
///   typed in it is 98%), 分值, 得分, 偏差原因分析及改进措施, and 评分规则: the leaf's rule as a
///   rule object reading the row's 实际完成值 (a rate of two facts, 实际产出数/计划产出数, reads
///   the rate written there). A rule with no single input (qualitative bands, checkpoints, a
///   manual score) gets no 评分规则: the evaluator writes that row's 得分.
/// - the 总分 row (the framework's total) and the 评价等级 row.
///
/// Read back after filling, each row is scored by its 评分规则, or by the 得分 written in it;
/// a 得分 written beside a 评分规则 is a printed number `jixiao check` holds against the rule.
/// @throws std::invalid_argument for a framework deeper than 三级指标 or a rule of no
///         built-in kind (named by indicator); std::runtime_error if the file cannot be written.
void fill_in_workbook(const Framework& framework, const std::string& title,
                      const std::filesystem::path& file);

}  // namespace render
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RENDER_FILL_IN_WORKBOOK_HPP
