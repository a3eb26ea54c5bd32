// The explanation of scores (render/explanation.hpp): the same paragraphs, written as text,
// Markdown or JSON.
#include <jixiao/version.hpp>
#include "../io/json_writer.hpp"
#include "report_text.hpp"

#include <jixiao/render/explanation.hpp>

#include <sstream>
#include <stdexcept>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace render {

namespace {

struct Line {
  std::string label;
  std::string text;
};

struct Paragraph {
  const NodeScore* node = nullptr;
  std::string heading;
  std::vector<Line> lines;
};

// "过程 › 资金管理": the groups above node `index` (without the root).
std::string ancestors(const Scorecard& card, std::size_t index) {
  std::vector<const NodeScore*> chain;
  int depth = card.nodes[index].depth;
  for (std::size_t i = index; i-- > 0 && depth > 1;) {
    if (card.nodes[i].depth == depth - 1) {
      chain.insert(chain.begin(), &card.nodes[i]);
      depth = card.nodes[i].depth;
    }
  }
  std::string text;
  for (const NodeScore* node : chain) text += (text.empty() ? "" : " › ") + node->name;
  return text;
}

std::string label(const NodeScore& node) {
  return node.code.empty() ? node.name : node.code + " " + node.name;
}

Paragraph leaf_paragraph(const Scorecard& card, std::size_t index) {
  const NodeScore& node = card.nodes[index];
  Paragraph p{&node, label(node), {}};
  const std::string above = ancestors(card, index);
  if (!above.empty()) p.heading += "（" + above + "）";
  p.lines.push_back({"指标性质", node.kind == IndicatorKind::qualitative ? "定性" : "定量"});
  p.lines.push_back({"分值", detail::points(node.points) + "分"});
  if (!node.target.empty()) p.lines.push_back({"指标值", node.target});
  p.lines.push_back({"评分标准", node.criterion});
  if (!node.applicable) {
    p.lines.push_back({"不适用", node.not_applicable_reason});
    return p;
  }
  if (!node.trace.inputs.empty()) {
    std::string inputs;
    for (const auto& [name, value] : node.trace.inputs)
      inputs += (inputs.empty() ? "" : "；") + name + "=" + value;
    p.lines.push_back({"输入", inputs});
  }
  p.lines.push_back({"计分过程", node.trace.to_report_text()});
  std::string outcome = detail::points(node.score) + "分，得分率" + detail::percent(node.rate());
  if (node.lost().signum() > 0) outcome += "，失分" + detail::points(node.lost()) + "分";
  p.lines.push_back({"得分", outcome});
  for (const std::string& note : node.trace.notes) p.lines.push_back({"注", note});
  return p;
}

// A group: its score as the sum of its children's, and its counts.
Paragraph group_paragraph(const Scorecard& card, std::size_t index) {
  const NodeScore& node = card.nodes[index];
  Paragraph p{&node, node.code.empty() ? node.name + "（总分）" : label(node), {}};
  p.lines.push_back({"分值", detail::points(node.points) + "分"});
  std::string terms;
  std::string parts;
  Decimal sum;
  for (std::size_t j = index + 1; j < card.nodes.size() && card.nodes[j].depth > node.depth; ++j) {
    const NodeScore& child = card.nodes[j];
    if (child.depth != node.depth + 1) continue;
    const std::string score = child.applicable ? detail::points(child.score) : "不适用";
    terms += (terms.empty() ? "" : "+") + (child.applicable ? score : std::string("0"));
    parts += (parts.empty() ? "" : "；") + label(child) + " " + score;
    sum += child.score;
  }
  std::string formula = terms + "=" + detail::points(sum) + "分";
  if (node.code.empty() && card.total != sum) {
    // 不适用 indicators: the total is the applicable score rescaled to the full marks.
    formula += "；不适用指标的分值不计，按" + detail::points(card.out_of) + "分折算：" +
               detail::points(sum) + "/" + detail::points(node.applicable_points) + "×" +
               detail::points(card.out_of) + "=" + detail::points(card.total) + "分";
  } else if (!node.code.empty() && sum != node.score) {
    formula += "；按适用分值" + detail::points(node.applicable_points) + "分折算后为" +
               detail::points(node.score) + "分";
  }
  p.lines.push_back({"得分", formula});
  p.lines.push_back({"组成", parts});
  p.lines.push_back({"得分率", detail::percent(node.rate())});
  const std::optional<std::string_view> code =
      node.code.empty() ? std::nullopt : std::optional<std::string_view>(node.code);
  p.lines.push_back({"指标",
                     "三级指标" + std::to_string(card.indicator_count(code)) + "个，满分" +
                         std::to_string(card.full_marks_count(code)) + "个，扣分" +
                         std::to_string(card.deducted_count(code)) + "个"});
  if (node.code.empty()) p.lines.push_back({"等级", detail::grade(card.rating)});
  return p;
}

// The paragraphs that explain `code`: the node itself, then the groups and leaves under it.
std::vector<Paragraph> explain(const Scorecard& card, std::string_view code) {
  std::size_t start = card.nodes.size();
  for (std::size_t i = 0; i < card.nodes.size(); ++i) {
    if (card.nodes[i].code == code) {
      start = i;
      break;
    }
  }
  if (start == card.nodes.size()) {
    throw std::out_of_range("the scorecard has no indicator \"" + std::string(code) + "\"");
  }
  std::vector<Paragraph> paragraphs;
  const int depth = card.nodes[start].depth;
  for (std::size_t i = start; i < card.nodes.size(); ++i) {
    if (i > start && card.nodes[i].depth <= depth) break;
    paragraphs.push_back(card.nodes[i].leaf ? leaf_paragraph(card, i) : group_paragraph(card, i));
  }
  return paragraphs;
}

}  // namespace

std::string explanation_text(const Scorecard& card, std::string_view code) {
  std::ostringstream out;
  bool first = true;
  for (const Paragraph& p : explain(card, code)) {
    if (!first) out << "\n";
    first = false;
    out << p.heading << "\n";
    for (const Line& line : p.lines) out << "  " << line.label << "：" << line.text << "\n";
  }
  return out.str();
}

std::string explanation_markdown(const Scorecard& card, std::string_view code) {
  // Markdown that is inert: characters with a meaning in Markdown are escaped.
  const auto escape = [](const std::string& text) {
    std::string out;
    for (const char c : text) {
      if (c == '\n' || c == '\r') {
        out += ' ';
        continue;
      }
      if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' ||
          c == '>' || c == '#' || c == '\\')
        out += '\\';
      out += c;
    }
    return out;
  };
  std::ostringstream out;
  for (const Paragraph& p : explain(card, code)) {
    out << (p.node->leaf ? "### " : "## ") << escape(p.heading) << "\n\n";
    for (const Line& line : p.lines)
      out << "- **" << escape(line.label) << "**：" << escape(line.text) << "\n";
    out << "\n";
  }
  return out.str();
}

std::string explanation_json(const Scorecard& card, std::string_view code) {
  const std::vector<Paragraph> paragraphs = explain(card, code);
  io::detail::JsonWriter json;
  json.begin_object();
  json.key("format");
  json.value("jixiao.explanation/1");
  json.key("paragraphs");
  json.begin_array();
  for (const Paragraph& p : paragraphs) {
    json.begin_object();
    json.key("code");
    json.value(p.node->code);
    json.key("name");
    json.value(p.node->name);
    json.key("heading");
    json.value(p.heading);
    json.key("lines");
    json.begin_array();
    for (const Line& line : p.lines) {
      json.begin_object();
      json.key("label");
      json.value(line.label);
      json.key("text");
      json.value(line.text);
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return json.finish();
}

}  // namespace render
JIXIAO_END_NAMESPACE
