#include <jixiao/format.hpp>
#include <jixiao/render/text_report.hpp>
#include <jixiao/version.hpp>

#include <utf8proc.h>

#include <sstream>

JIXIAO_BEGIN_NAMESPACE
namespace render {

namespace {

std::string pad_right(const std::string& text, std::size_t columns) {
  const std::size_t width = display_width(text);
  return width >= columns ? text : text + std::string(columns - width, ' ');
}

std::string pad_left(const std::string& text, std::size_t columns) {
  const std::size_t width = display_width(text);
  return width >= columns ? text : std::string(columns - width, ' ') + text;
}

std::string points(const Decimal& value) { return format(value, FixedFormat{}); }

std::string percent(const std::optional<Ratio>& value) {
  if (!value) return "—";
  FixedFormat spec;
  spec.notation = Notation::percent;
  return format(*value, spec);
}

class Painter {
 public:
  explicit Painter(bool enabled) : enabled_(enabled) {}
  std::string bold(const std::string& s) const { return wrap("1", s); }
  std::string red(const std::string& s) const { return wrap("31", s); }
  std::string green(const std::string& s) const { return wrap("32", s); }
  std::string dim(const std::string& s) const { return wrap("2", s); }

 private:
  std::string wrap(const char* code, const std::string& s) const {
    return enabled_ ? "\033[" + std::string(code) + "m" + s + "\033[0m" : s;
  }
  bool enabled_;
};

}  // namespace

std::size_t display_width(const std::string& text) {
  std::size_t columns = 0;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto remaining = static_cast<utf8proc_ssize_t>(text.size());
  while (remaining > 0) {
    utf8proc_int32_t codepoint = 0;
    const utf8proc_ssize_t length = utf8proc_iterate(bytes, remaining, &codepoint);
    if (length <= 0) {  // not UTF-8: count the byte as one column and go on
      ++columns;
      ++bytes;
      --remaining;
      continue;
    }
    const int width = utf8proc_charwidth(codepoint);
    columns += width > 0 ? static_cast<std::size_t>(width) : 0;
    bytes += length;
    remaining -= length;
  }
  return columns;
}

std::string text_report(const Scorecard& card, const std::string& title,
                        const TextOptions& options) {
  const Painter paint(options.color);
  std::ostringstream out;
  if (!title.empty()) out << paint.bold(title) << "\n";
  if (!card.framework.empty()) out << card.framework << "\n";
  out << "\n";

  // The indicator column is as wide as its widest entry.
  std::size_t name_width = display_width("指标");
  for (const NodeScore& row : card.nodes) {
    if (row.depth == 0) continue;
    const std::size_t indent = (static_cast<std::size_t>(row.depth) - 1) * 2;
    name_width = std::max(name_width, indent + display_width(row.code + " " + row.name));
  }
  name_width += 2;
  out << paint.bold(pad_right("指标", name_width) + pad_left("分值", 8) + pad_left("得分", 8) +
                    pad_left("得分率", 10))
      << "\n";
  for (const NodeScore& row : card.nodes) {
    if (row.depth == 0) continue;
    const std::string indent((static_cast<std::size_t>(row.depth) - 1) * 2, ' ');
    std::string score = row.applicable ? points(row.score) : "不适用";
    std::string rate = row.applicable ? percent(row.rate()) : "";
    if (row.leaf && row.applicable && row.score < row.points)
      score = paint.red(pad_left(score, 8));
    else
      score = pad_left(score, 8);
    const std::string line = pad_right(indent + row.code + " " + row.name, name_width) +
                             pad_left(points(row.points), 8) + score + pad_left(rate, 10);
    out << (row.depth == 1 ? paint.bold(line) : line) << "\n";
  }
  out << paint.bold(pad_right("合计", name_width) + pad_left(points(card.out_of), 8) +
                    pad_left(points(card.total), 8) + pad_left(percent(card.score_rate()), 10))
      << "\n\n";

  out << "总分 " << paint.bold(points(card.total)) << "，等级 "
      << (card.rating.is_rated() ? paint.green(card.rating.label)
                                 : "不可评级（" + card.rating.reason + "）")
      << "\n";
  out << "三级指标 " << card.indicator_count() << " 个，满分指标 " << card.full_marks_count()
      << " 个，扣分指标 " << card.deducted_count() << " 个，指标完成率 "
      << percent(card.indicator_completion_rate()) << "\n";
  for (const NodeScore* category : card.categories()) {
    out << "  " << category->name << "类指标 " << card.indicator_count(category->code)
        << " 个，满分指标 " << card.full_marks_count(category->code) << " 个，得分 "
        << points(category->score) << "，得分率 " << percent(category->rate()) << "\n";
  }
  if (card.budget) {
    out << "资金到位率 " << percent(card.budget->arrival_rate()) << "，预算执行率 "
        << percent(card.budget->execution_rate()) << "，偏差（总体完成率−预算执行率） "
        << percent(card.deviation()) << "\n";
  }

  if (options.traces) {
    out << "\n" << paint.bold("计分过程") << "\n";
    for (const NodeScore* leaf : card.leaves()) {
      out << "  " << leaf->code << " " << leaf->name << "：";
      if (!leaf->applicable) {
        out << "不适用（" << leaf->not_applicable_reason << "）\n";
        continue;
      }
      out << leaf->trace.to_report_text() << "\n";
      for (const std::string& note : leaf->trace.notes)
        out << paint.dim("      注：" + note) << "\n";
    }
    const auto lost = card.points_lost();
    if (!lost.empty()) {
      out << "\n" << paint.bold("失分指标（按失分排序）") << "\n";
      for (const NodeScore* leaf : lost) {
        out << "  " << leaf->code << " " << leaf->name << " 失分 " << points(leaf->lost()) << "\n";
      }
    }
  }
  return out.str();
}

}  // namespace render
JIXIAO_END_NAMESPACE
