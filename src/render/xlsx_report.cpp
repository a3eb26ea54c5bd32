#include "report_text.hpp"
#include "xlsx_workbook.hpp"

#include <jixiao/render/xlsx_report.hpp>

#include <xlsxwriter.h>

#include <algorithm>
#include <stdexcept>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace render {

namespace {

using detail::col_index;
using detail::row_index;
using detail::spreadsheet_number;

double spreadsheet_number(const Ratio& value) {
  return spreadsheet_number(value.round(8, Rounding::half_up));
}

const char* level_name(int depth) {
  static const char* names[] = {"一级指标", "二级指标", "三级指标", "四级指标", "五级指标"};
  return depth >= 1 && depth <= 5 ? names[depth - 1] : "指标";
}

class Sheet {
 public:
  explicit Sheet(const std::filesystem::path& file) : book_(file) {
    sheet_ = book_.add_sheet("评分表");
    title_ = format([](lxw_format* f) {
      format_set_bold(f);
      format_set_font_size(f, 14);
      format_set_align(f, LXW_ALIGN_CENTER);
    });
    header_ = format([](lxw_format* f) {
      format_set_bold(f);
      format_set_border(f, LXW_BORDER_THIN);
      format_set_align(f, LXW_ALIGN_CENTER);
      format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
      format_set_bg_color(f, 0xDDEBF7);
    });
    text_ = format([](lxw_format* f) {
      format_set_border(f, LXW_BORDER_THIN);
      format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
      format_set_text_wrap(f);
    });
    points_ = format([](lxw_format* f) {
      format_set_border(f, LXW_BORDER_THIN);
      format_set_num_format(f, "0.00");
      format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    });
    percent_ = format([](lxw_format* f) {
      format_set_border(f, LXW_BORDER_THIN);
      format_set_num_format(f, "0.00%");
      format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    });
    bold_points_ = format([](lxw_format* f) {
      format_set_bold(f);
      format_set_border(f, LXW_BORDER_THIN);
      format_set_num_format(f, "0.00");
    });
  }
  lxw_worksheet* sheet() const { return sheet_; }
  lxw_format* title() const { return title_; }
  lxw_format* header() const { return header_; }
  lxw_format* text() const { return text_; }
  lxw_format* points() const { return points_; }
  lxw_format* percent() const { return percent_; }
  lxw_format* bold_points() const { return bold_points_; }

  void close() { book_.close(); }

 private:
  template <class Setup>
  lxw_format* format(Setup setup) {
    return book_.format(setup);
  }

  detail::XlsxWorkbook book_;
  lxw_worksheet* sheet_ = nullptr;
  lxw_format* title_ = nullptr;
  lxw_format* header_ = nullptr;
  lxw_format* text_ = nullptr;
  lxw_format* points_ = nullptr;
  lxw_format* percent_ = nullptr;
  lxw_format* bold_points_ = nullptr;
};

}  // namespace

void xlsx_report(const Scorecard& card, const std::string& title,
                 const std::filesystem::path& file) {
  Sheet book(file);
  lxw_worksheet* ws = book.sheet();
  std::size_t deepest = 1;
  for (const NodeScore& node : card.nodes) {
    deepest = std::max(deepest, static_cast<std::size_t>(node.depth));
  }
  const std::size_t code_col = deepest;
  const std::size_t points_col = deepest + 1;
  const std::size_t target_col = deepest + 2;
  const std::size_t score_col = deepest + 3;
  const std::size_t rate_col = deepest + 4;
  const std::size_t trace_col = deepest + 5;

  worksheet_merge_range(ws, 0, 0, 0, col_index(trace_col),
                        (title.empty() ? card.framework : title).c_str(), book.title());
  worksheet_write_string(ws, 1, 0, card.framework.c_str(), nullptr);
  std::size_t row = 3;
  for (std::size_t depth = 1; depth <= deepest; ++depth) {
    worksheet_write_string(ws, row_index(row), col_index(depth - 1),
                           level_name(static_cast<int>(depth)), book.header());
    worksheet_set_column(ws, col_index(depth - 1), col_index(depth - 1), 16, nullptr);
  }
  const char* columns[] = {"指标代码", "分值", "指标值", "得分", "得分率", "计分过程"};
  for (std::size_t i = 0; i < 6; ++i) {
    worksheet_write_string(ws, row_index(row), col_index(code_col + i), columns[i], book.header());
  }
  worksheet_set_column(ws, col_index(code_col), col_index(code_col), 9, nullptr);
  worksheet_set_column(ws, col_index(points_col), col_index(rate_col), 10, nullptr);
  worksheet_set_column(ws, col_index(trace_col), col_index(trace_col), 60, nullptr);

  // Leaves one per row; each ancestor spans the rows of its leaves (merged when more than one).
  struct Open {
    std::string name;
    std::size_t first_row;
  };
  std::vector<Open> open(deepest + 1);
  const auto close_level = [&](std::size_t depth, std::size_t last_row) {
    const Open& o = open[depth];
    if (o.first_row == 0 || last_row < o.first_row) return;
    if (last_row == o.first_row) {
      worksheet_write_string(ws, row_index(o.first_row), col_index(depth - 1), o.name.c_str(),
                             book.text());
    } else {
      worksheet_merge_range(ws, row_index(o.first_row), col_index(depth - 1), row_index(last_row),
                            col_index(depth - 1), o.name.c_str(), book.text());
    }
    open[depth] = Open{};
  };
  std::size_t next_row = row + 1;
  for (const NodeScore& node : card.nodes) {
    if (node.depth == 0) continue;
    const auto depth = static_cast<std::size_t>(node.depth);
    for (std::size_t d = deepest; d >= depth; --d) close_level(d, next_row - 1);
    open[depth] = Open{node.name, next_row};
    if (!node.leaf) continue;
    for (std::size_t d = depth + 1; d <= deepest; ++d) {
      worksheet_write_blank(ws, row_index(next_row), col_index(d - 1), book.text());
    }
    const lxw_row_t r = row_index(next_row);
    worksheet_write_string(ws, r, col_index(code_col), node.code.c_str(), book.text());
    worksheet_write_number(ws, r, col_index(points_col), spreadsheet_number(node.points),
                           book.points());
    worksheet_write_string(ws, r, col_index(target_col), node.target.c_str(), book.text());
    if (node.applicable) {
      worksheet_write_number(ws, r, col_index(score_col), spreadsheet_number(node.score),
                             book.points());
      if (const auto rate = node.rate()) {
        worksheet_write_number(ws, r, col_index(rate_col), spreadsheet_number(*rate),
                               book.percent());
      } else {
        worksheet_write_blank(ws, r, col_index(rate_col), book.percent());
      }
      worksheet_write_string(ws, r, col_index(trace_col), node.trace.to_report_text().c_str(),
                             book.text());
    } else {
      worksheet_write_string(ws, r, col_index(score_col), "不适用", book.text());
      worksheet_write_blank(ws, r, col_index(rate_col), book.percent());
      worksheet_write_string(ws, r, col_index(trace_col), node.not_applicable_reason.c_str(),
                             book.text());
    }
    ++next_row;
  }
  for (std::size_t d = deepest; d >= 1; --d) close_level(d, next_row - 1);

  const lxw_row_t total_row = row_index(next_row);
  worksheet_merge_range(ws, total_row, 0, total_row, col_index(code_col), "合计", book.header());
  worksheet_write_number(ws, total_row, col_index(points_col), spreadsheet_number(card.out_of),
                         book.bold_points());
  worksheet_write_blank(ws, total_row, col_index(target_col), book.text());
  worksheet_write_number(ws, total_row, col_index(score_col), spreadsheet_number(card.total),
                         book.bold_points());
  if (const auto rate = card.score_rate()) {
    worksheet_write_number(ws, total_row, col_index(rate_col), spreadsheet_number(*rate),
                           book.percent());
  }
  worksheet_write_string(ws, total_row, col_index(trace_col),
                         ("等级：" + detail::grade(card.rating)).c_str(), book.text());
  const std::string counts = "三级指标" + std::to_string(card.indicator_count()) + "个，满分指标" +
                             std::to_string(card.full_marks_count()) + "个，扣分指标" +
                             std::to_string(card.deducted_count()) + "个，指标完成率" +
                             detail::percent(card.indicator_completion_rate());
  worksheet_write_string(ws, row_index(next_row + 2), 0, counts.c_str(), nullptr);
  book.close();
}

}  // namespace render
JIXIAO_END_NAMESPACE
