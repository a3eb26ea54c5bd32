// The seed report, recomputed: builds the 2023 evaluation of 昌吉州党委组织部《机关运行补助项目》
// (18 indicators, budget block, targets and actuals as the report states them), prints the
// full 评分表, and lists every number the report prints that its own indicator-level facts
// contradict.
#include "seed/changji_2023.hpp"

#include <iostream>
#include <string>

namespace {

using namespace jixiao;

// Display width of UTF-8 text in a terminal: CJK characters take two columns. (The adapters
// layer will use utf8proc; an example stays dependency-free.)
std::size_t width(const std::string& text) {
  std::size_t columns = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    columns += length >= 3 ? 2 : 1;
    i += length;
  }
  return columns;
}

std::string pad(const std::string& text, std::size_t columns) {
  const std::size_t w = width(text);
  return w >= columns ? text : text + std::string(columns - w, ' ');
}

std::string lpad(const std::string& text, std::size_t columns) {
  const std::size_t w = width(text);
  return w >= columns ? text : std::string(columns - w, ' ') + text;
}

std::string points(const Decimal& value) { return format(value, FixedFormat{}); }

std::string percent(const std::optional<Ratio>& value) {
  if (!value) return "—";
  FixedFormat spec;
  spec.notation = Notation::percent;
  return format(*value, spec);
}

std::string printed_text(const seed::PrintedNumber& p, const Decimal& value) {
  if (p.percent) return percent(Ratio(value));
  return p.value.scale() > 0 ? points(value) : value.to_string();
}

}  // namespace

int main() {
  const Framework framework = seed::framework();
  const Evaluation evaluation = seed::evaluation();
  const Scorecard card = evaluate(framework, evaluation);

  std::cout << evaluation.title << "\n"
            << framework.name << "（" << framework.grades.name() << "）\n\n";
  std::cout << pad("指标", 44) << lpad("分值", 8) << lpad("得分", 8) << lpad("得分率", 10) << "\n";
  for (const NodeScore& row : card.nodes) {
    if (row.depth == 0) continue;
    const std::string indent((static_cast<std::size_t>(row.depth) - 1) * 2, ' ');
    std::cout << pad(indent + row.code + " " + row.name, 44) << lpad(points(row.points), 8)
              << lpad(points(row.score), 8) << lpad(percent(row.rate()), 10) << "\n";
  }
  std::cout << pad("合计", 44) << lpad(points(card.out_of), 8) << lpad(points(card.total), 8)
            << lpad(percent(card.score_rate()), 10) << "\n\n";

  std::cout << "总分 " << points(card.total) << "，等级 "
            << (card.rating.is_rated() ? card.rating.label
                                       : "不可评级（" + card.rating.reason + "）")
            << "\n";
  std::cout << "三级指标 " << card.indicator_count() << " 个，满分指标 " << card.full_marks_count()
            << " 个，扣分指标 " << card.deducted_count() << " 个，指标完成率 "
            << percent(card.indicator_completion_rate()) << "\n";
  for (const NodeScore* category : card.categories()) {
    std::cout << "  " << category->name << "类指标 " << card.indicator_count(category->code)
              << " 个，满分指标 " << card.full_marks_count(category->code) << " 个，得分 "
              << points(category->score) << "，得分率 " << percent(category->rate()) << "\n";
  }
  std::cout << "资金到位率 " << percent(card.budget->arrival_rate()) << "，预算执行率 "
            << percent(card.budget->execution_rate()) << "，偏差（总体完成率−预算执行率） "
            << percent(card.deviation()) << "\n\n";

  std::cout << "计分过程\n";
  for (const NodeScore* leaf : card.leaves()) {
    std::cout << "  " << leaf->code << " " << leaf->name << "：" << leaf->trace.to_report_text()
              << "\n";
    for (const std::string& note : leaf->trace.notes) std::cout << "      注：" << note << "\n";
  }

  std::cout << "\n失分指标（按失分排序）\n";
  for (const NodeScore* leaf : card.points_lost()) {
    std::cout << "  " << leaf->code << " " << leaf->name << " 失分 " << points(leaf->lost())
              << "\n";
  }

  const auto differences = seed::disagreements(card);
  std::cout << "\n报告所印数字与指标层面事实计算结果不一致之处（" << differences.size()
            << " 处）\n";
  for (const seed::Disagreement& d : differences) {
    std::cout << "  " << pad(d.printed.what, 36) << " 报告 "
              << lpad(printed_text(d.printed, d.printed.value), 8) << "  计算 "
              << lpad(printed_text(d.printed, d.computed), 8) << "  （" << d.printed.where
              << "）\n";
  }
  const bool grade_agrees = card.rating.is_rated() && card.rating.label == seed::printed_grade;
  std::cout << "  等级：报告 " << seed::printed_grade << "，计算 " << card.rating.label
            << (grade_agrees ? "（一致）" : "（不一致）") << "\n";
  return 0;
}
