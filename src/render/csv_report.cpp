#include "report_text.hpp"

#include <jixiao/render/csv_report.hpp>

#include <algorithm>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace render {

namespace {

const char* level_name(int depth) {
  static const char* names[] = {"一级指标", "二级指标", "三级指标", "四级指标", "五级指标"};
  return depth >= 1 && depth <= 5 ? names[depth - 1] : "指标";
}

}  // namespace

std::string csv_report(const Scorecard& card) {
  int deepest = 1;
  for (const NodeScore& node : card.nodes) deepest = std::max(deepest, node.depth);

  std::string out = "\xEF\xBB\xBF";  // so that Excel reads UTF-8
  std::vector<std::string> header;
  for (int depth = 1; depth <= deepest; ++depth) header.push_back(level_name(depth));
  for (const char* column : {"指标代码", "分值", "指标值", "得分", "得分率", "计分过程"}) {
    header.push_back(column);
  }
  detail::csv_row(out, header);

  std::vector<std::string> ancestors(static_cast<std::size_t>(deepest) + 1);
  for (const NodeScore& node : card.nodes) {
    ancestors[static_cast<std::size_t>(node.depth)] = node.name;
    if (!node.leaf) continue;
    std::vector<std::string> fields;
    for (int depth = 1; depth <= deepest; ++depth) {
      fields.push_back(depth <= node.depth ? ancestors[static_cast<std::size_t>(depth)] : "");
    }
    fields.push_back(node.code);
    fields.push_back(detail::points(node.points));
    fields.push_back(node.target);
    fields.push_back(node.applicable ? detail::points(node.score) : "不适用");
    fields.push_back(node.applicable ? detail::percent(node.rate()) : "");
    fields.push_back(node.applicable ? node.trace.to_report_text() : node.not_applicable_reason);
    detail::csv_row(out, fields);
  }
  std::vector<std::string> total(static_cast<std::size_t>(deepest), "");
  total[0] = "合计";
  for (const std::string& value :
       {std::string(), detail::points(card.out_of), std::string(), detail::points(card.total),
        detail::percent(card.score_rate()), "等级：" + detail::grade(card.rating)}) {
    total.push_back(value);
  }
  detail::csv_row(out, total);
  return out;
}

}  // namespace render
JIXIAO_END_NAMESPACE
