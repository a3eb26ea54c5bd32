// A framework as a blank 自评表 workbook (fill_in_workbook.hpp). The layout is the one
// io::read_score_table() reads as published (docs/file-format.md, "The 项目支出绩效自评表"), so
// what an evaluator fills in reads back without edits.
#include "io/budget_block.hpp"
#include "io/rule_writer.hpp"
#include "xlsx_workbook.hpp"

#include <jixiao/render/fill_in_workbook.hpp>
#include <jixiao/rules/ratio_times_weight.hpp>

#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace render {

namespace {

using detail::col_index;
using detail::row_index;

// The columns of the sheet, as the national form has them, and 评分规则 after them.
enum Col : std::size_t {
  label_col,  // 项目名称, 项目资金, 绩效指标, 总分 …
  category_col,
  group_col,
  name_col,
  target_col,
  actual_col,
  points_col,
  score_col,
  reason_col,
  rule_col,
  col_count
};

// The budget block's columns (under the indicators' 三级指标 … 偏差原因).
constexpr std::size_t initial_col = name_col, adjusted_col = target_col, spent_col = actual_col,
                      block_points_col = points_col, rate_col = score_col,
                      block_score_col = reason_col;

// A leaf and the 一级 and 二级 indicators above it (null where the leaf is one of them).
struct LeafRow {
  std::array<const Indicator*, 3> levels{};  // 一级, 二级, 三级; the last non-null is the leaf
  const Indicator& leaf() const {
    return levels[2] ? *levels[2] : levels[1] ? *levels[1] : *levels[0];
  }
};

// What the 评分规则 cell says of a leaf: its rule reading the row's 实际完成值, and whether that
// is a percentage.
struct RowRule {
  std::optional<std::string> rule;  // none: the evaluator writes the 得分
  bool percent = false;
};

RowRule row_rule(const Indicator& leaf) {
  RowRule row;
  bool renamed = false;
  const auto rename = [&](const Quantity& input) {
    renamed = true;
    // A rate (of two facts, or one holding it) is written as the percentage it is.
    row.percent = input.is_ratio() || input.is_percent();
    return row.percent ? Quantity::percent("实际完成值") : Quantity::input("实际完成值");
  };
  if (!leaf.rule) throw std::invalid_argument(leaf.label() + ": the indicator has no rule");
  const std::optional<std::string> text = io::detail::write_rule_object(*leaf.rule, rename);
  if (!text) {
    throw std::invalid_argument(leaf.label() + ": the rule \"" + std::string(leaf.rule->kind()) +
                                "\" is not a registered rule kind with a writer, so a 自评表 cannot state it");
  }
  if (renamed) row.rule = text;
  if (leaf.target.is_quantitative() && leaf.target.unit() == "%") row.percent = true;
  return row;
}

// The 预算执行率 the 项目资金 block stands for: the first 一级指标, holding one leaf scored as the
// block's (io::detail::budget_execution_rule).
const Indicator* budget_leaf(const Framework& framework) {
  if (framework.root.children.empty()) return nullptr;
  const Indicator* node = &framework.root.children.front();
  while (node->children.size() == 1) node = &node->children.front();
  if (!node->is_leaf() || !node->rule) return nullptr;
  const auto same = [](const Quantity& q) { return q; };
  const rules::RatioTimesWeight block_rule = io::detail::budget_execution_rule("全年预算数");
  const auto rule = io::detail::write_rule_object(*node->rule, same);
  return rule && rule == io::detail::write_rule_object(block_rule, same) ? node : nullptr;
}

std::vector<LeafRow> leaf_rows(const Framework& framework, const Indicator* skipped) {
  std::vector<LeafRow> rows;
  const auto add = [&](const Indicator& node, LeafRow row, std::size_t depth,
                       const auto& self) -> void {
    if (depth > 2) {
      throw std::invalid_argument(node.label() +
                                  ": a 自评表 has three levels of indicators, this one is deeper");
    }
    row.levels[depth] = &node;
    if (node.is_leaf()) return rows.push_back(row);
    for (const Indicator& child : node.children) self(child, row, depth + 1, self);
  };
  for (const Indicator& category : framework.root.children) {
    const Indicator* first_leaf = &category;
    while (!first_leaf->is_leaf()) first_leaf = &first_leaf->children.front();
    if (first_leaf == skipped) continue;
    add(category, LeafRow{}, 0, add);
  }
  return rows;
}

class FillInSheet {
 public:
  FillInSheet(detail::XlsxWorkbook& book, lxw_worksheet* sheet) : sheet_(sheet) {
    title_ = book.format([](lxw_format* f) {
      format_set_bold(f);
      format_set_font_size(f, 16);
      format_set_align(f, LXW_ALIGN_CENTER);
    });
    centered_ = book.format([](lxw_format* f) { format_set_align(f, LXW_ALIGN_CENTER); });
    header_ = book.format([](lxw_format* f) {
      format_set_bold(f);
      format_set_border(f, LXW_BORDER_THIN);
      format_set_align(f, LXW_ALIGN_CENTER);
      format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
      format_set_text_wrap(f);
      format_set_bg_color(f, 0xDDEBF7);
    });
    text_ = book.format([](lxw_format* f) {
      format_set_border(f, LXW_BORDER_THIN);
      format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
      format_set_text_wrap(f);
    });
    // The cells to fill in: unlocked, pale yellow, as fill-in forms mark them.
    const auto fill = [](lxw_format* f) {
      format_set_border(f, LXW_BORDER_THIN);
      format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
      format_set_bg_color(f, 0xFFF2CC);
      format_set_unlocked(f);
    };
    fill_text_ = book.format([&](lxw_format* f) {
      fill(f);
      format_set_text_wrap(f);
    });
    fill_amount_ = book.format([&](lxw_format* f) {
      fill(f);
      format_set_num_format(f, "0.00");
    });
    fill_percent_ = book.format([&](lxw_format* f) {
      fill(f);
      format_set_num_format(f, "0.00%");
    });
    rule_ = book.format([](lxw_format* f) {
      format_set_border(f, LXW_BORDER_THIN);
      format_set_font_color(f, 0x7F7F7F);
      format_set_font_size(f, 8);
      format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    });
  }

  void title(std::size_t row, const std::string& text, bool big) {
    worksheet_merge_range(sheet_, row_index(row), 0, row_index(row), col_index(rule_col - 1),
                          text.c_str(), big ? title_ : centered_);
  }
  void header(std::size_t row, std::size_t col, const char* text) {
    worksheet_write_string(sheet_, row_index(row), col_index(col), text, header_);
  }
  void text(std::size_t row, std::size_t col, const std::string& text) {
    worksheet_write_string(sheet_, row_index(row), col_index(col), text.c_str(), text_);
  }
  void number(std::size_t row, std::size_t col, const Decimal& value) {
    worksheet_write_number(sheet_, row_index(row), col_index(col),
                           detail::spreadsheet_number(value), text_);
  }
  void rule(std::size_t row, const std::string& text) {
    worksheet_write_string(sheet_, row_index(row), col_index(rule_col), text.c_str(), rule_);
  }
  void blank(std::size_t row, std::size_t col) {
    worksheet_write_blank(sheet_, row_index(row), col_index(col), text_);
  }
  enum class Fill { text, amount, percent };
  void fill(std::size_t row, std::size_t col, Fill kind) {
    worksheet_write_blank(sheet_, row_index(row), col_index(col),
                          kind == Fill::amount    ? fill_amount_
                          : kind == Fill::percent ? fill_percent_
                                                  : fill_text_);
  }
  // Cells [first, last] of a row as one, holding `text` (blank: to fill in).
  void merge(std::size_t row, std::size_t first, std::size_t last, const std::string& text,
             bool to_fill = false) {
    worksheet_merge_range(sheet_, row_index(row), col_index(first), row_index(row), col_index(last),
                          text.c_str(), to_fill ? fill_text_ : text_);
  }
  // Rows [first, last] of a column as one, holding `text`.
  void merge_down(std::size_t first, std::size_t last, std::size_t col, const std::string& text) {
    if (first == last) return this->text(first, col, text);
    worksheet_merge_range(sheet_, row_index(first), col_index(col), row_index(last), col_index(col),
                          text.c_str(), text_);
  }

 private:
  lxw_worksheet* sheet_;
  lxw_format* title_ = nullptr;
  lxw_format* centered_ = nullptr;
  lxw_format* header_ = nullptr;
  lxw_format* text_ = nullptr;
  lxw_format* fill_text_ = nullptr;
  lxw_format* fill_amount_ = nullptr;
  lxw_format* fill_percent_ = nullptr;
  lxw_format* rule_ = nullptr;
};

// Writes the 项目资金 block from `row`; returns the row after it.
std::size_t write_budget_block(FillInSheet& sheet, std::size_t row, const Indicator& leaf) {
  const std::size_t first = row;
  sheet.header(row, label_col, "项目资金（万元）");
  sheet.merge(row, category_col, group_col, "");
  const char* columns[] = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
  for (std::size_t i = 0; i < 6; ++i) sheet.header(row, initial_col + i, columns[i]);
  ++row;
  const char* lines[] = {"年度资金总额", "其中：本年财政拨款", "上年结转资金", "其他资金"};
  for (const char* line : lines) {
    sheet.merge(row, category_col, group_col, line);
    for (const std::size_t col : {initial_col, adjusted_col, spent_col})
      sheet.fill(row, col, FillInSheet::Fill::amount);
    if (row == first + 1) {
      sheet.number(row, block_points_col, leaf.points);
      sheet.fill(row, rate_col, FillInSheet::Fill::percent);
      sheet.fill(row, block_score_col, FillInSheet::Fill::amount);
    } else {
      for (const std::size_t col : {block_points_col, rate_col, block_score_col})
        sheet.text(row, col, "—");
    }
    ++row;
  }
  return row;
}

// The sheet 填报说明: how to fill the form in, and each indicator's 评分标准.
void write_instructions(detail::XlsxWorkbook& book, const Framework& framework,
                        const Indicator* budget, const std::vector<LeafRow>& leaves,
                        const std::vector<RowRule>& rules) {
  lxw_worksheet* ws = book.add_sheet("填报说明");
  lxw_format* bold = book.format([](lxw_format* f) { format_set_bold(f); });
  lxw_format* wrap = book.format([](lxw_format* f) {
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  });
  std::size_t row = 0;
  const auto line = [&](const std::string& text, lxw_format* format = nullptr) {
    worksheet_write_string(ws, row_index(row++), 0, text.c_str(), format);
  };
  line("填报说明", bold);
  line(framework.name);
  if (budget) {
    line(
        "1. 项目资金：填写年度资金总额及其中各项的年初预算数、全年预算数、全年执行数（万元）。"
        "预算执行率 = 全年执行数 / 全年预算数，按执行率 × 分值计分，满分为止。");
  }
  line(std::string(budget ? "2. " : "1. ") +
       "绩效指标：在黄色单元格中填写实际完成值；百分比指标直接输入百分数（如 98%）。"
       "有“评分规则”的行，得分可留空，由 jixiao 按规则计算；如填写，jixiao check 将核对。"
       "无评分规则的行（定性指标等），请按评分标准填写得分，并写明偏差原因。");
  line(std::string(budget ? "3. " : "2. ") +
       "“评分规则”列由 jixiao 写出，请勿修改；填好后保存（xlsx 或 xls 均可），运行 "
       "jixiao score 或 jixiao check 读取本表。");
  if (!framework.source.empty()) line("依据：" + framework.source, wrap);
  for (const std::string& note : framework.notes) line("注：" + note, wrap);
  ++row;
  const char* columns[] = {"三级指标", "分值", "年度指标值", "评分标准", "填写"};
  for (std::size_t col = 0; col < 5; ++col)
    worksheet_write_string(ws, row_index(row), col_index(col), columns[col], bold);
  ++row;
  for (std::size_t i = 0; i < leaves.size(); ++i, ++row) {
    const Indicator& leaf = leaves[i].leaf();
    const lxw_row_t r = row_index(row);
    worksheet_write_string(ws, r, 0, leaf.name.c_str(), wrap);
    worksheet_write_number(ws, r, 1, detail::spreadsheet_number(leaf.points), wrap);
    const std::string target =
        leaf.target.is_quantitative() ? leaf.target.to_string() : leaf.target.statement();
    worksheet_write_string(ws, r, 2, target.c_str(), wrap);
    worksheet_write_string(ws, r, 3, leaf.rule->criterion(leaf).c_str(), wrap);
    const char* how = !rules[i].rule     ? "得分（按评分标准）"
                      : rules[i].percent ? "实际完成值（百分数）"
                                         : "实际完成值";
    worksheet_write_string(ws, r, 4, how, wrap);
  }
  worksheet_set_column(ws, 0, 0, 28, nullptr);
  worksheet_set_column(ws, 1, 1, 8, nullptr);
  worksheet_set_column(ws, 2, 2, 16, nullptr);
  worksheet_set_column(ws, 3, 3, 60, nullptr);
  worksheet_set_column(ws, 4, 4, 20, nullptr);
}

}  // namespace

void fill_in_workbook(const Framework& framework, const std::string& title,
                      const std::filesystem::path& file) {
  const Indicator* budget = budget_leaf(framework);
  const std::vector<LeafRow> leaves = leaf_rows(framework, budget);
  std::vector<RowRule> rules;
  for (const LeafRow& leaf : leaves) rules.push_back(row_rule(leaf.leaf()));

  detail::XlsxWorkbook book(file);
  lxw_worksheet* ws = book.add_sheet("自评表");
  FillInSheet sheet(book, ws);
  sheet.title(0, "项目支出绩效自评表", true);
  sheet.title(1, "（    年度）", false);
  std::size_t row = 2;
  sheet.header(row, label_col, "项目名称");
  sheet.merge(row, category_col, reason_col, title, true);
  ++row;
  sheet.header(row, label_col, "主管部门");
  sheet.merge(row, category_col, target_col, "", true);
  sheet.header(row, actual_col, "实施单位");
  sheet.merge(row, points_col, reason_col, "", true);
  ++row;
  if (budget) row = write_budget_block(sheet, row, *budget);
  sheet.header(row, label_col, "年度总体目标");
  sheet.merge(row, category_col, target_col, "预期目标");
  sheet.merge(row, actual_col, reason_col, "实际完成情况");
  ++row;
  sheet.text(row, label_col, "");
  sheet.merge(row, category_col, target_col, "", true);
  sheet.merge(row, actual_col, reason_col, "", true);
  worksheet_set_row(ws, row_index(row), 60, nullptr);
  ++row;

  const char* columns[] = {"绩效指标", "一级指标",   "二级指标",
                           "三级指标", "年度指标值", "实际完成值",
                           "分值",     "得分",       "偏差原因分析及改进措施",
                           "评分规则"};
  for (std::size_t col = category_col; col < col_count; ++col) sheet.header(row, col, columns[col]);
  ++row;
  const std::size_t first_leaf_row = row;
  // Each 一级 and 二级 name spans the rows of its leaves, merged as the form draws it.
  std::array<std::size_t, 2> open_since{first_leaf_row, first_leaf_row};
  const auto close = [&](std::size_t level, std::size_t end) {
    const Indicator* node = leaves[open_since[level] - first_leaf_row].levels[level];
    if (node)
      sheet.merge_down(open_since[level], end - 1, category_col + level, node->name);
    else
      for (std::size_t r = open_since[level]; r < end; ++r) sheet.blank(r, category_col + level);
    open_since[level] = end;
  };
  for (std::size_t i = 0; i < leaves.size(); ++i, ++row) {
    const LeafRow& leaf_row = leaves[i];
    for (std::size_t level = 0; level < 2 && i > 0; ++level) {
      if (leaf_row.levels[level] != leaves[i - 1].levels[level] ||
          (level == 1 && leaf_row.levels[0] != leaves[i - 1].levels[0]))
        close(level, row);
    }
    const Indicator& leaf = leaf_row.leaf();
    sheet.text(row, name_col, leaf_row.levels[2] ? leaf.name : "");
    sheet.text(row, target_col,
               leaf.target.is_quantitative() ? leaf.target.to_string() : leaf.target.statement());
    sheet.fill(row, actual_col,
               rules[i].percent ? FillInSheet::Fill::percent : FillInSheet::Fill::text);
    sheet.number(row, points_col, leaf.points);
    sheet.fill(row, score_col, FillInSheet::Fill::amount);
    sheet.fill(row, reason_col, FillInSheet::Fill::text);
    if (rules[i].rule)
      sheet.rule(row, *rules[i].rule);
    else
      sheet.rule(row, "");
  }
  if (!leaves.empty()) {
    close(1, row);
    close(0, row);
  }
  sheet.merge_down(first_leaf_row - 1, row - 1, label_col, "绩效指标");
  sheet.header(row, label_col, "总分");
  sheet.merge(row, category_col, actual_col, "");
  sheet.number(row, points_col, framework.declared_total);
  sheet.fill(row, score_col, FillInSheet::Fill::amount);
  sheet.merge(row, reason_col, reason_col, "");
  ++row;
  sheet.header(row, label_col, "评价等级");
  sheet.merge(row, category_col, actual_col, "");
  sheet.text(row, points_col, "");
  sheet.fill(row, score_col, FillInSheet::Fill::text);
  sheet.text(row, reason_col, "");

  worksheet_set_column(ws, col_index(label_col), col_index(label_col), 10, nullptr);
  worksheet_set_column(ws, col_index(category_col), col_index(group_col), 14, nullptr);
  worksheet_set_column(ws, col_index(name_col), col_index(name_col), 24, nullptr);
  worksheet_set_column(ws, col_index(target_col), col_index(score_col), 12, nullptr);
  worksheet_set_column(ws, col_index(reason_col), col_index(reason_col), 30, nullptr);
  worksheet_set_column(ws, col_index(rule_col), col_index(rule_col), 40, nullptr);
  write_instructions(book, framework, budget, leaves, rules);
  book.close();
}

}  // namespace render
JIXIAO_END_NAMESPACE
