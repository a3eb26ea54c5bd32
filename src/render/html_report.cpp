#include "report_text.hpp"

#include <jixiao/render/html_report.hpp>

#include <sstream>

JIXIAO_BEGIN_NAMESPACE
namespace render {

namespace {

// The bar length of a rate in [0, 1] on a `width`-pixel axis, to 0.1 px (text, not double).
std::string bar_length(const std::optional<Ratio>& rate, int width) {
  if (!rate) return "0";
  Ratio clamped = *rate;
  if (clamped.signum() < 0) clamped = Decimal(0);
  if (clamped > 1) clamped = Decimal(1);
  return (clamped * width).round(1, Rounding::half_up).to_string();
}

constexpr const char* style = R"css(
body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; }
.summary { display: flex; gap: 2em; align-items: baseline; flex-wrap: wrap; }
.total-score { font-size: 2.5em; font-weight: bold; } .grade { font-size: 1.8em; font-weight: bold; color: #1a7f37; }
.not-ratable { color: #9a6700; }
table { border-collapse: collapse; width: 100%; font-size: 0.95em; }
th, td { border: 1px solid #c8ccd0; padding: 0.3em 0.6em; vertical-align: top; }
th { background: #ddebf7; } td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.level-1 td { font-weight: bold; background: #f6f8fa; } tr.total td { font-weight: bold; border-top: 2px solid #555; }
td.lost { color: #cf222e; } .indent-2 { padding-left: 1.6em; } .indent-3 { padding-left: 3.2em; } .indent-4 { padding-left: 4.8em; }
ol.traces li { margin: 0.4em 0; } .note { color: #6e7781; font-size: 0.9em; }
)css";

}  // namespace

std::string html_report(const Scorecard& card, const std::string& title) {
  const std::string heading = title.empty() ? card.framework : title;
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << detail::html_escape(heading) << "</title>\n<style>" << style
      << "</style>\n</head>\n<body>\n";
  out << "<h1>" << detail::html_escape(heading) << "</h1>\n";
  if (!title.empty() && !card.framework.empty())
    out << "<p>" << detail::html_escape(card.framework) << "</p>\n";

  out << "<div class=\"summary\"><div>总分 <span class=\"total-score\">"
      << detail::points(card.total) << "</span> / " << detail::points(card.out_of) << "</div>";
  if (card.rating.is_rated()) {
    out << "<div>等级 <span class=\"grade\">" << detail::html_escape(card.rating.label)
        << "</span></div>";
  } else {
    out << "<div class=\"not-ratable\">不可评级：" << detail::html_escape(card.rating.reason)
        << "</div>";
  }
  out << "<div>三级指标 " << card.indicator_count() << " 个，满分 " << card.full_marks_count()
      << " 个，扣分 " << card.deducted_count() << " 个，指标完成率 "
      << detail::percent(card.indicator_completion_rate()) << "</div></div>\n";
  if (card.budget) {
    out << "<p>资金到位率 " << detail::percent(card.budget->arrival_rate()) << "，预算执行率 "
        << detail::percent(card.budget->execution_rate()) << "，偏差（总体完成率−预算执行率） "
        << detail::percent(card.deviation()) << "</p>\n";
  }

  // The category 得分率 as horizontal bars: a label column, a 300-px axis, the percentage.
  const auto categories = card.categories();
  const int label_width = 160;
  const int axis = 300;
  const int row_height = 28;
  const int height = row_height * static_cast<int>(categories.size()) + 30;
  out << "<h2>各类指标得分率</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
      << "aria-label=\"各类指标得分率\" width=\"" << label_width + axis + 90 << "\" height=\""
      << height << "\" font-size=\"14\">\n";
  for (int tick = 0; tick <= 100; tick += 20) {
    const int x = label_width + axis * tick / 100;
    out << "<line x1=\"" << x << "\" y1=\"0\" x2=\"" << x << "\" y2=\"" << height - 20
        << "\" stroke=\"#d0d7de\"/><text x=\"" << x << "\" y=\"" << height - 5
        << "\" text-anchor=\"middle\" fill=\"#6e7781\">" << tick << "%</text>\n";
  }
  int y = 4;
  for (const NodeScore* category : categories) {
    const auto rate = category->applicable ? category->rate() : std::nullopt;
    out << "<text x=\"" << label_width - 8 << "\" y=\"" << y + 16 << "\" text-anchor=\"end\">"
        << detail::html_escape(category->name) << "</text><rect x=\"" << label_width << "\" y=\""
        << y << "\" width=\"" << bar_length(rate, axis)
        << "\" height=\"20\" fill=\"#4a86c5\"><title>" << detail::html_escape(category->name) << " "
        << detail::percent(rate) << "</title></rect><text x=\"" << label_width + axis + 8
        << "\" y=\"" << y + 16 << "\">" << detail::percent(rate) << "</text>\n";
    y += row_height;
  }
  out << "</svg>\n";

  out << "<h2>评分表</h2>\n<table>\n<thead><tr><th>代码</th><th>指标</th><th>分值</th><th>指标值"
      << "</th><th>得分</th><th>得分率</th></tr></thead>\n<tbody>\n";
  for (const NodeScore& node : card.nodes) {
    if (node.depth == 0) continue;
    const bool lost = node.leaf && node.applicable && node.score < node.points;
    out << "<tr class=\"level-" << node.depth << "\"><td>" << detail::html_escape(node.code)
        << "</td><td class=\"indent-" << node.depth << "\">" << detail::html_escape(node.name)
        << "</td><td class=\"number\">" << detail::points(node.points) << "</td><td>"
        << detail::html_escape(node.target) << "</td><td class=\"number" << (lost ? " lost" : "")
        << "\">" << (node.applicable ? detail::points(node.score) : "不适用")
        << "</td><td class=\"number\">" << (node.applicable ? detail::percent(node.rate()) : "")
        << "</td></tr>\n";
  }
  out << "<tr class=\"total\"><td></td><td>合计</td><td class=\"number\">"
      << detail::points(card.out_of) << "</td><td></td><td class=\"number\">"
      << detail::points(card.total) << "</td><td class=\"number\">"
      << detail::percent(card.score_rate()) << "</td></tr>\n</tbody>\n</table>\n";

  out << "<h2>计分过程</h2>\n<ol class=\"traces\">\n";
  for (const NodeScore* leaf : card.leaves()) {
    out << "<li><b>" << detail::html_escape(leaf->code + " " + leaf->name) << "</b>：";
    if (!leaf->applicable) {
      out << "不适用（" << detail::html_escape(leaf->not_applicable_reason) << "）</li>\n";
      continue;
    }
    out << detail::html_escape(leaf->trace.to_report_text());
    for (const std::string& note : leaf->trace.notes) {
      out << "<br><span class=\"note\">注：" << detail::html_escape(note) << "</span>";
    }
    out << "</li>\n";
  }
  out << "</ol>\n";
  const auto lost = card.points_lost();
  if (!lost.empty()) {
    out << "<h2>失分指标</h2>\n<ul>\n";
    for (const NodeScore* leaf : lost) {
      out << "<li>" << detail::html_escape(leaf->code + " " + leaf->name) << "：失分 "
          << detail::points(leaf->lost()) << "</li>\n";
    }
    out << "</ul>\n";
  }
  out << "<p class=\"note\">由 jixiao " << JIXIAO_VERSION_STRING
      << " 精确计算生成。</p>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace render
JIXIAO_END_NAMESPACE
