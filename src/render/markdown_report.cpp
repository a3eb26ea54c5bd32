#include "report_text.hpp"

#include <jixiao/render/markdown_report.hpp>

#include <sstream>

JIXIAO_BEGIN_NAMESPACE
namespace render {

namespace {

// A table cell: a pipe would end the cell, a line break the row.
std::string cell(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

}  // namespace

std::string markdown_report(const Scorecard& card, const std::string& title) {
  std::ostringstream out;
  out << "# " << cell(title.empty() ? card.framework : title) << "\n\n";
  if (!title.empty() && !card.framework.empty()) out << card.framework << "\n\n";
  out << "| 代码 | 指标 | 分值 | 指标值 | 得分 | 得分率 |\n";
  out << "| --- | --- | ---: | --- | ---: | ---: |\n";
  for (const NodeScore& node : card.nodes) {
    if (node.depth == 0) continue;
    // Table cells lose leading spaces; an ideographic space (U+3000) per level shows the tree.
    std::string name;
    for (int level = 1; level < node.depth; ++level) name += "\u3000";
    name += node.depth == 1 ? "**" + cell(node.name) + "**" : cell(node.name);
    out << "| " << cell(node.code) << " | " << name << " | " << detail::points(node.points) << " | "
        << cell(node.target) << " | " << (node.applicable ? detail::points(node.score) : "不适用")
        << " | " << (node.applicable ? detail::percent(node.rate()) : "") << " |\n";
  }
  out << "| | **合计** | " << detail::points(card.out_of) << " | | **" << detail::points(card.total)
      << "** | " << detail::percent(card.score_rate()) << " |\n\n";
  out << "**总分 " << detail::points(card.total) << "，等级 " << cell(detail::grade(card.rating))
      << "**\n\n";
  out << "- 三级指标 " << card.indicator_count() << " 个，满分指标 " << card.full_marks_count()
      << " 个，扣分指标 " << card.deducted_count() << " 个，指标完成率 "
      << detail::percent(card.indicator_completion_rate()) << "\n";
  for (const NodeScore* category : card.categories()) {
    out << "- " << cell(category->name) << "类指标得分 " << detail::points(category->score)
        << "，得分率 " << detail::percent(category->rate()) << "\n";
  }
  if (card.budget) {
    out << "- 资金到位率 " << detail::percent(card.budget->arrival_rate()) << "，预算执行率 "
        << detail::percent(card.budget->execution_rate()) << "，偏差 "
        << detail::percent(card.deviation()) << "\n";
  }
  out << "\n## 计分过程\n\n";
  for (const NodeScore* leaf : card.leaves()) {
    out << "- **" << cell(leaf->code) << " " << cell(leaf->name) << "**：";
    if (!leaf->applicable) {
      out << "不适用（" << cell(leaf->not_applicable_reason) << "）\n";
      continue;
    }
    out << cell(leaf->trace.to_report_text()) << "\n";
    for (const std::string& note : leaf->trace.notes) out << "  - 注：" << cell(note) << "\n";
  }
  return out.str();
}

}  // namespace render
JIXIAO_END_NAMESPACE
