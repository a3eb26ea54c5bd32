// Reading a flat 评分表 exported as CSV (io/score_table.hpp): the header row names the
// columns, each following row is one indicator with its 分值, target, facts and score.
#include <jixiao/version.hpp>
#include "budget_block.hpp"
#include "cell_reading.hpp"
#include "csv.hpp"
#include "readers.hpp"
#include "text_file.hpp"

#include <jixiao/io/score_table.hpp>
#include <jixiao/io/workbook.hpp>
#include <jixiao/rules.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io {

namespace {

using detail::CsvField;
using detail::CsvRecord;
using detail::trimmed;

enum class Column {
  level1,  // 一级指标
  level2,  // 二级指标
  level3,  // 三级指标
  code,    // 指标代码
  points,  // 分值
  kind,    // 指标性质: 定量 / 定性
  target,  // 指标值
  actual,  // 实际完成值
  level,   // 等级
  score,   // 得分
  reason,  // 评分依据
  rule,    // 规则: a rule object in JSON
  unit,    // 计量单位, of the target and the actual
  ignored  // columns a score table often has that say nothing new (序号, 得分率…)
};
constexpr std::size_t column_count = static_cast<std::size_t>(Column::ignored);

struct ColumnName {
  std::string_view name;
  Column column;
};

// Header spellings seen in exported 评分表, first the one jixiao writes.
constexpr ColumnName column_names[] = {
    {"一级指标", Column::level1},     {"一级", Column::level1},
    {"二级指标", Column::level2},     {"二级", Column::level2},
    {"三级指标", Column::level3},     {"三级", Column::level3},
    {"指标代码", Column::code},       {"代码", Column::code},
    {"编号", Column::code},           {"分值", Column::points},
    {"权重", Column::points},         {"指标分值", Column::points},
    {"指标性质", Column::kind},       {"指标类型", Column::kind},
    {"性质", Column::kind},           {"指标值", Column::target},
    {"年度指标值", Column::target},   {"预期指标值", Column::target},
    {"目标值", Column::target},       {"实际完成值", Column::actual},
    {"实际完成指标值", Column::actual}, {"全年实际值", Column::actual},
    {"实际值", Column::actual},       {"完成值", Column::actual},
    {"等级", Column::level},          {"评价等级", Column::level},
    {"得分", Column::score},          {"评分", Column::score},
    {"自评得分", Column::score},      {"评分结果", Column::score},
    {"实际得分", Column::score},      {"评分依据", Column::reason},
    {"评分理由", Column::reason},     {"偏差原因", Column::reason},
    {"偏差原因分析", Column::reason}, {"计分过程", Column::reason},
    {"偏差原因分析及改进措施", Column::reason}, {"原因分析及改进措施", Column::reason},
    {"偏差原因及改进措施", Column::reason},   {"扣分原因", Column::reason},
    {"内容", Column::level1},         {"指标", Column::level3},
    {"指标名称", Column::level3},     {"年度目标值", Column::target},
    {"全年目标值", Column::target},   {"实际完成情况", Column::actual},
    {"全年实际完成值", Column::actual}, {"绩效指标", Column::ignored},
    {"改进措施", Column::ignored},     {"计量单位", Column::unit},
    {"度量单位", Column::unit},       {"单位", Column::unit},
    {"指标方向", Column::kind},       {"指标解释", Column::ignored},
    {"评分标准", Column::ignored},    {"评分方法", Column::ignored},
    {"计算公式", Column::ignored},    {"计算方法", Column::ignored},
    {"数据来源", Column::ignored},    {"佐证材料", Column::ignored},
    {"评价要点", Column::ignored},    {"指标说明", Column::ignored},
    {"规则", Column::rule},           {"评分规则", Column::rule},
    {"序号", Column::ignored},        {"备注", Column::ignored},
    {"得分率", Column::ignored}};

constexpr std::string_view total_row_names[] = {"合计", "总计", "总分", "合计得分", "总得分",
                                                 "自评总分", "评价总分", "得分合计"};

// The message of an InputError without its location, to relocate it.
std::string what_of(const InputError& error) {
  std::string prefix = error.where().to_string() + ": ";
  if (!error.where().path.empty()) prefix += error.where().path + ": ";
  const std::string message = error.message();
  return message.rfind(prefix, 0) == 0 ? message.substr(prefix.size()) : message;
}

// What one row says about its indicator.
struct Row {
  SourceLocation where;    // the row's first cell
  std::string code;        // from 指标代码, or empty
  LeafFacts facts;
  std::vector<std::pair<Decimal, SourceLocation>> scores;  // each 得分 printed, and where
};

// A header without its unit: "实际完成值（%）" is 实际完成值 in percent, "分值（分）" is 分值.
std::string without_unit(const std::string& header, bool& percent) {
  percent = false;
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"},
                                    std::pair<std::string_view, std::string_view>{"(", ")"}}) {
    if (header.size() <= close.size() ||
        header.compare(header.size() - close.size(), close.size(), close) != 0)
      continue;
    const std::size_t start = header.rfind(open);
    if (start == std::string::npos || start == 0) continue;
    const std::string unit =
        trimmed(header.substr(start + open.size(), header.size() - close.size() - start - open.size()));
    for (const std::string_view word : jixiao::detail::percent_words) percent = percent || unit == word;
    return trimmed(header.substr(0, start));
  }
  return header;
}

// The characters (UTF-8 code points) of `text`.
std::vector<std::string_view> characters(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 1;
    while (i + length < text.size() && (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80)
      ++length;
    out.push_back(text.substr(i, length));
    i += length;
  }
  return out;
}

// Whether `a` and `b` differ by one character: one replaced, added or left out.
bool one_apart(std::string_view a, std::string_view b) {
  std::vector<std::string_view> x = characters(a);
  std::vector<std::string_view> y = characters(b);
  if (x.size() < y.size()) std::swap(x, y);
  if (x.size() - y.size() > 1 || y.empty()) return false;
  std::size_t front = 0;
  while (front < y.size() && x[front] == y[front]) ++front;
  std::size_t back = 0;
  while (back < y.size() - front && x[x.size() - 1 - back] == y[y.size() - 1 - back]) ++back;
  return front + back + 1 >= x.size() && x != y;
}

// The known column `header` misses by one character, if any.
std::optional<std::string_view> near_miss(const std::string& header) {
  for (const ColumnName& known : column_names) {
    if (characters(known.name).size() >= 2 && one_apart(header, known.name)) return known.name;
  }
  return std::nullopt;
}

// The column a header names, if any ("实际完成值（%）" names 实际完成值).
std::optional<Column> column_of(const std::string& header) {
  bool percent = false;
  const std::string name = without_unit(header, percent);
  for (const ColumnName& known : column_names) {
    if (known.name == name) return known.column;
  }
  return std::nullopt;
}

// The header is the first row that names a 分值 column and an indicator column.
std::optional<std::size_t> header_row(const Grid& grid) {
  for (std::size_t r = 0; r < grid.rows.size(); ++r) {
    bool points = false;
    bool indicator = false;
    for (const GridCell& cell : grid.rows[r]) {
      const std::optional<Column> column = column_of(trimmed(cell.text));
      points = points || column == Column::points;
      indicator = indicator || column == Column::level1 || column == Column::level3;
    }
    if (points && indicator) return r;
  }
  return std::nullopt;
}

class TableReader {
 public:
  TableReader(const Grid& grid, const ScoreTableOptions& options)
      : grid_(grid),
        source_(grid.source),
        records_(grid.rows),
        title_(options.title),
        percent_numbers_(options.percent_numbers) {}

  EvaluationFile read() {
    const std::size_t header = find_header();
    read_columns(records_[header]);
    // A 自评表's 项目资金 block above the indicators: the budget, and 预算执行率 as the first
    // indicator when the block gives it a 分值.
    budget_ = detail::read_budget_block(grid_, header, percent_numbers_, notes_);
    if (budget_ && budget_->points) add_budget_indicator();
    for (std::size_t r = header + 1; r < records_.size(); ++r) read_row(records_[r]);
    if (rows_.empty()) {
      throw InputError(ErrorCode::missing_field, SourceLocation{source_, 0, 0, "", grid_.sheet},
                       "the table has a header but no indicator rows");
    }
    return finish();
  }

 private:
  // The header row (see header_row()); a row above it with a single cell is the title.
  std::size_t find_header() {
    const std::optional<std::size_t> header = header_row(grid_);
    if (!header) {
      throw InputError(ErrorCode::missing_field, grid_.locate(GridCell{"", 1, 1, ""}),
                       "no header row: a score table needs a row naming its columns, with at "
                       "least 一级指标 (or 三级指标) and 分值");
    }
    // A 自评表 names its project: "项目名称 | 委托业务项目"; else the title is the last row of
    // one cell above the header ("项目支出绩效自评表").
    for (std::size_t r = 0; r < *header && title_.empty(); ++r) {
      const std::vector<std::string> cells = filled_texts(grid_.rows[r]);
      if (cells.size() >= 2 && (cells[0] == "项目名称" || cells[0] == "项目名称：")) title_ = cells[1];
    }
    // "主管部门 | X | 实施单位 | Y": the unit is Y, else X.
    for (std::size_t r = 0; r < *header; ++r) {
      const std::vector<std::string> cells = filled_texts(grid_.rows[r]);
      for (std::size_t i = 0; i + 1 < cells.size(); ++i) {
        if (cells[i] == "实施单位" || (cells[i] == "主管部门" && unit_.empty())) unit_ = cells[i + 1];
      }
    }
    for (std::size_t r = 0; r < *header && title_.empty(); ++r) {
      const std::vector<std::string> cells = filled_texts(grid_.rows[r]);
      if (cells.size() == 1) title_ = cells[0];
    }
    return *header;
  }

  void read_columns(const CsvRecord& header) {
    header_ = header;
    for (std::size_t i = 0; i < header.size(); ++i) {
      const std::string name = trimmed(header[i].text);
      if (name.empty()) {
        // "偏差原因分析及改进措施" merged over two columns: the second is the reason's too.
        const bool reason = !kinds_.empty() && kinds_.back() == Column::reason;
        kinds_.push_back(reason ? std::optional<Column>(Column::reason) : std::nullopt);
        if (reason) more_reasons_.push_back(i);
        continue;
      }
      const std::optional<Column> column = column_of(name);
      if (!column) {
        // A slip of one character ("得份") is refused, naming the column meant; a column
        // jixiao has no use for ("佐证材料说明") is passed over, noted.
        if (const std::optional<std::string_view> meant = near_miss(name)) {
          fail(ErrorCode::unknown_field, header[i], name,
               "unknown column \"" + name + "\": is it " + std::string(*meant) +
                   "? (docs/file-format.md lists a score table's columns)");
        }
        note(header[i], "the column \"" + name + "\" says nothing jixiao scores; it is passed over");
        kinds_.push_back(Column::ignored);
        continue;
      }
      kinds_.push_back(column);
      if (*column == Column::ignored) continue;
      bool percent = false;
      (void)without_unit(name, percent);
      percent_column_[static_cast<std::size_t>(*column)] = percent;
      auto& slot = index_[static_cast<std::size_t>(*column)];
      if (slot) {
        fail(ErrorCode::duplicate_key, header[i], name,
             "the column \"" + name + "\" repeats column " + std::to_string(*slot + 1) + " (\"" +
                 trimmed(header[*slot].text) + "\")");
      }
      slot = i;
    }
    if (!index_[static_cast<std::size_t>(Column::level1)]) {
      fail(ErrorCode::missing_field, header.front(), "",
           "the header has no 一级指标 column (each row names its category)");
    }
  }

  // The trimmed text of `column` in `record`; empty when the table has no such column.
  std::string text(const CsvRecord& record, Column column) const {
    const auto& slot = index_[static_cast<std::size_t>(column)];
    if (!slot || *slot >= record.size()) return "";
    const GridCell& cell = record[*slot];
    if (cell.text.empty() && !cell.formula.empty()) {
      fail(ErrorCode::invalid_value, cell, column_name(column),
           "the formula " + cell.formula + " has no saved value (the program that wrote the "
           "workbook did not calculate it): open the workbook in Excel, WPS or LibreOffice and "
           "save it, so that its values are stored");
    }
    return trimmed(cell.text);
  }
  // The field of `column` in `record`, for locating an error (the row's start if absent).
  const CsvField& field(const CsvRecord& record, Column column) const {
    const auto& slot = index_[static_cast<std::size_t>(column)];
    if (!slot || *slot >= record.size()) return record.front();
    return record[*slot];
  }
  std::string column_name(Column column) const {
    const auto& slot = index_[static_cast<std::size_t>(column)];
    return slot ? trimmed(header_[*slot].text) : std::string();
  }

  [[noreturn]] void fail(ErrorCode code, const CsvField& at, const std::string& column,
                         const std::string& what) const {
    throw InputError(code, grid_.locate(at, column), what);
  }
  [[noreturn]] void fail(ErrorCode code, const CsvRecord& record, Column column,
                         const std::string& what) const {
    fail(code, field(record, column), column_name(column), what);
  }

  // The number in `column` of `record`, repaired where its text is a known slip ("7.50.",
  // "10分", 0.0900000762939453, a 分值 printed as a weight "20%"), each repair noted.
  Decimal number(const CsvRecord& record, Column column) {
    const std::string cell = text(record, column);
    const bool points = column == Column::points || column == Column::score;
    std::string repair;
    std::optional<Decimal> value;
    bool in_percent = false;
    const std::string bare = jixiao::detail::normalize_percent(cell, in_percent);
    if (column == Column::points && in_percent) {
      // A weight beside scores in points: 20% of a table out of 100 is 20 points.
      value = detail::repaired_number(bare.substr(0, bare.size() - 1), "", repair);
      if (value) repair = "a weight in percent, read as points of 100";
    } else {
      value = detail::repaired_number(cell, points ? "分" : "", repair);
    }
    if (!value) {
      std::string why = "it holds no digits";
      try {
        (void)Decimal::parse(cell);
      } catch (const Error& e) {
        why = e.message();
      }
      fail(ErrorCode::invalid_value, record, column, "\"" + cell + "\" is not a number: " + why);
    }
    if (!repair.empty()) {
      note(field(record, column), column_name(column) + " \"" + cell + "\" read as " +
                                      value->to_string() + " (" + repair + ")");
    }
    return *value;
  }

  void note(const GridCell& at, std::string message) {
    notes_.push_back(ReadingNote{grid_.locate(at), std::move(message)});
  }

  static bool is_number(const std::string& text) {
    try {
      (void)Decimal::parse(text);
      return true;
    } catch (const Error&) {
      return false;
    }
  }

  // The texts of the filled cells of `row`, trimmed, in order.
  static std::vector<std::string> filled_texts(const GridRow& row) {
    std::vector<std::string> texts;
    for (const GridCell& cell : row) {
      std::string text = trimmed(cell.text);
      if (!text.empty()) texts.push_back(std::move(text));
    }
    return texts;
  }

  static std::size_t filled_cells(const CsvRecord& record) {
    return static_cast<std::size_t>(std::count_if(record.begin(), record.end(), [](const GridCell& c) {
      return !trimmed(c.text).empty();
    }));
  }

  // A 合计 row: its first filled cell, in whatever column (序号, 一级指标…), says 合计.
  static bool is_total_row(const CsvRecord& record) {
    for (const CsvField& field : record) {
      std::string text = trimmed(field.text);
      if (text.empty()) continue;
      // "总 分", "合　计": spaced out to fill a wide cell.
      for (const std::string_view space : {" ", "\u3000"}) {
        for (std::size_t at = text.find(space); at != std::string::npos; at = text.find(space, at))
          text.erase(at, space.size());
      }
      for (const std::string_view total : total_row_names) {
        if (text == total) return true;
      }
      return false;
    }
    return false;
  }

  // A row of a 自评表 below its 总分: "评价等级 | 良" is the printed grade.
  bool read_grade_row(const CsvRecord& record) {
    const std::vector<std::string> cells = filled_texts(record);
    if (cells.size() != 2) return false;
    for (const std::string_view label : {"等级", "评价等级", "自评等级", "绩效等级", "绩效评价等级",
                                         "评价结果", "自评结果"}) {
      if (cells[0] != label) continue;
      PrintedNumber grade;
      grade.what = PrintedQuantity::grade;
      grade.text = cells[1];
      grade.where = "评分表第" + std::to_string(record.front().line) + "行（" + cells[0] + "）";
      const GridCell* at = &record.front();
      for (const GridCell& cell : record) {
        if (trimmed(cell.text) == cells[1]) at = &cell;
      }
      grade_ = std::make_pair(grade, grid_.locate(*at, cells[0]));
      return true;
    }
    return false;
  }

  // The row's 一级指标 without the points it carries ("产出指标(50分)" is 产出指标); a cell of
  // points alone ("（50分）") is named after its 二级 (数量指标 … are 产出指标), noted.
  std::string category_name(const CsvRecord& record) {
    std::string name = text(record, Column::level1);
    if (name.empty()) return name;
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"（", "分）"},
                                      std::pair<std::string_view, std::string_view>{"(", "分)"},
                                      std::pair<std::string_view, std::string_view>{"（", "分)"},
                                      std::pair<std::string_view, std::string_view>{"(", "分）"}}) {
      if (name.size() <= close.size() ||
          name.compare(name.size() - close.size(), close.size(), close) != 0)
        continue;
      const std::size_t start = name.rfind(open);
      if (start == std::string::npos) continue;
      const std::string points = trimmed(
          name.substr(start + open.size(), name.size() - close.size() - start - open.size()));
      if (!is_number(points)) continue;
      name = trimmed(name.substr(0, start));
      category_points_[name.empty() ? infer_category(record) : name] =
          std::make_pair(Decimal::parse(points), grid_.locate(field(record, Column::level1)));
      break;
    }
    if (name.empty()) {
      name = infer_category(record);
      note(field(record, Column::level1), "the 一级指标 cell \"" + text(record, Column::level1) +
                                              "\" gives only points; named " + name +
                                              " after its 二级指标");
    }
    return name;
  }

  std::string infer_category(const CsvRecord& record) const {
    const std::string group = text(record, Column::level2);
    for (const std::string_view output : {"数量", "质量", "时效", "成本"}) {
      if (group.find(output) != std::string::npos) return "产出指标";
    }
    if (group.find("满意") != std::string::npos) return "满意度指标";
    if (group.find("效益") != std::string::npos || group.find("影响") != std::string::npos)
      return "效益指标";
    return group.empty() ? "一级指标" : group;
  }

  // Rows that carry no indicator: a 二级 label with nothing under it ("经济效益指标" of a
  // project without one), or "/" in every cell of a row that does not apply. Noted.
  bool passed_over(const CsvRecord& record, const std::string& name) {
    bool value = false;
    bool marker_only = true;
    for (const Column column : {Column::points, Column::target, Column::actual, Column::level,
                                Column::score, Column::rule}) {
      const std::string cell = text(record, column);
      if (cell.empty()) continue;
      value = true;
      marker_only = marker_only && detail::is_blank_marker(cell);
    }
    if (value && !marker_only) return false;
    note(record.front(), (name.empty() ? std::string("a row") : name) +
                             (value ? ": every value is \"/\" (not applicable); the row is passed over"
                                    : ": no 分值 and no values; the row is passed over"));
    return true;
  }

  void read_row(const CsvRecord& record) {
    bool empty = true;
    for (std::size_t i = 0; i < record.size(); ++i) {
      if (trimmed(record[i].text).empty()) continue;
      empty = false;
      if (i >= kinds_.size() || !kinds_[i]) {
        fail(ErrorCode::unknown_field, record[i], "",
             "a value in column " + std::to_string(i + 1) + ", which has no header");
      }
    }
    if (empty) return;
    // Below the 合计, a row of one cell is a note on the table ("三级指标18个…", 填报说明).
    if (total_seen_ && filled_cells(record) == 1) return;

    if (is_total_row(record)) {
      total_seen_ = true;
      // The 合计 row's 得分 is the printed 总分, checked like any printed number.
      const std::string score = text(record, Column::score);
      if (!score.empty()) {
        total_ = number(record, Column::score);
        const CsvField& cell = field(record, Column::score);
        total_where_ = grid_.locate(cell, column_name(Column::score));
      }
      return;
    }
    if (read_grade_row(record)) return;
    std::string level1 = category_name(record);
    std::string level2 = text(record, Column::level2);
    const std::string level3 = text(record, Column::level3);
    // Merged cells export as blanks: a blank 一级 continues the previous row's category,
    // and a blank 二级 under the same category continues its group.
    const bool same_category = level1.empty();
    if (same_category) {
      if (last_level1_.empty()) {
        fail(ErrorCode::missing_field, record, Column::level1,
             "the first indicator row names no 一级指标");
      }
      level1 = last_level1_;
      if (level2.empty() && !level3.empty()) level2 = last_level2_;
    }
    last_level1_ = level1;
    last_level2_ = level2;
    if (passed_over(record, level3.empty() ? level2 : level3)) return;

    std::vector<std::string> path{level1};
    if (!level2.empty()) path.push_back(level2);
    if (!level3.empty()) path.push_back(level3);

    Row row;
    row.where = grid_.locate(GridCell{"", record.front().line, 1, ""});
    row.code = text(record, Column::code);
    Indicator leaf = read_leaf(record, path.back(), row);
    const std::size_t id = rows_.size();
    leaf.code = placeholder(id);
    rows_.push_back(std::move(row));
    attach(record, path, std::move(leaf));
  }

  Indicator read_leaf(const CsvRecord& record, const std::string& name, Row& row) {
    Indicator leaf;
    leaf.name = name;
    if (text(record, Column::points).empty()) {
      fail(ErrorCode::missing_field, record, Column::points, name + " has no 分值");
    }
    leaf.points = number(record, Column::points);

    const std::string target = target_text(record);
    if (!target.empty()) {
      leaf.target = detail::parse_target(target, [&](const std::string& what) {
        fail(ErrorCode::invalid_value, record, Column::target, what);
      });
      // "指标值（%）": a bare target in that column is a percentage.
      if (is_percent_column(Column::target) && leaf.target.is_quantitative() &&
          leaf.target.unit().empty()) {
        leaf.target = Target::percent(*leaf.target.comparator(),
                                      *leaf.target.value() * Decimal::from_scaled(1, 2));
      }
    }
    // "98％", "98百分比" read as "98%"; a percentage under a target without a unit is refused.
    bool actual_in_percent = false;
    std::string actual =
        jixiao::detail::normalize_percent(reached(record, name), actual_in_percent);
    // "4604人" under the target "≥4754人": the target's unit, written again.
    if (!actual_in_percent && leaf.target.is_quantitative() && !leaf.target.unit().empty() &&
        leaf.target.unit() != "%" && actual.size() > leaf.target.unit().size() &&
        actual.compare(actual.size() - leaf.target.unit().size(), std::string::npos,
                       leaf.target.unit()) == 0) {
      const std::string number = trimmed(actual.substr(0, actual.size() - leaf.target.unit().size()));
      if (is_number(number)) actual = number;
    }
    if (actual_in_percent && is_number(actual) && leaf.target.is_quantitative() &&
        leaf.target.unit().empty()) {
      fail(ErrorCode::bare_percentage, record, Column::target,
           name + ": the target " + leaf.target.to_string() + " has no unit, but the 实际完成值 " +
               actual + " is a percentage: write the target in percent (" +
               leaf.target.to_string() + "%)");
    }
    const std::string level = text(record, Column::level);
    const std::string score = text(record, Column::score);
    std::string reason = text(record, Column::reason);
    for (const std::size_t more : more_reasons_) {
      const std::string extra = more < record.size() ? trimmed(record[more].text) : std::string();
      if (!extra.empty()) reason += (reason.empty() ? "" : "；") + extra;
    }
    // Cells are kept as written ("34.79%", "5"): rules read numeric text as numbers, and
    // traces quote the value the way the table did.
    if (!actual.empty()) row.facts.set("实际完成值", actual);
    if (!level.empty()) row.facts.set("等级", level);
    if (!score.empty()) {
      // A 得分 must be a number, whatever the rule.
      row.scores.emplace_back(number(record, Column::score),
                              grid_.locate(field(record, Column::score), column_name(Column::score)));
      row.facts.set("得分", score);
    }
    if (!reason.empty()) row.facts.set("评分理由", reason);

    const std::string rule = text(record, Column::rule);
    if (!rule.empty()) {
      leaf.rule = read_rule(record, rule);
      leaf.kind = read_kind(record, leaf.target.is_quantitative() ? IndicatorKind::quantitative
                                                                  : IndicatorKind::qualitative);
    } else if (!level.empty()) {
      leaf.rule = std::make_shared<const rules::QualitativeBands>();
      leaf.kind = read_kind(record, IndicatorKind::qualitative);
    } else if (!score.empty()) {
      // The table's own score is the evaluator's: jixiao does not invent a formula for it.
      // Its target and 实际完成值 stay facts, and check() holds the score against them
      // (JX-C603, JX-C604, JX-C605, JX-C802).
      leaf.rule = std::make_shared<const rules::ManualScore>();
      if (reason.empty()) {
        row.facts.set("评分理由", std::string(rules::no_reason_given));
      }
      leaf.kind = read_kind(record, leaf.target.is_quantitative() ? IndicatorKind::quantitative
                                                                  : IndicatorKind::qualitative);
    } else if (leaf.target.is_quantitative() && !actual.empty()) {
      if (!is_number(actual)) {
        fail(ErrorCode::invalid_value, record, Column::actual,
             name + ": \"" + actual + "\" is not a number, and the target " +
                 leaf.target.to_string() +
                 " needs one: write the value reached (e.g. 100%), or give the row a 规则");
      }
      const bool percent = leaf.target.unit() == "%";
      leaf.rule = std::make_shared<const rules::TargetAttainment>(
          percent ? Quantity::percent("实际完成值") : Quantity::input("实际完成值"));
      leaf.kind = read_kind(record, IndicatorKind::quantitative);
    } else {
      fail(ErrorCode::missing_field, record, Column::score,
           name + " cannot be scored: give a numeric 指标值 and its 实际完成值, an 等级 and "
                  "得分, a 得分, or a 规则");
    }
    // The 实际完成值 in the unit its rule, or its percent target, reads it in.
    const std::vector<std::string> percent_inputs = leaf.rule->percent_inputs(leaf);
    const bool percent = std::find(percent_inputs.begin(), percent_inputs.end(), "实际完成值") !=
                         percent_inputs.end();
    if (!actual.empty() && percent && !readable_percent(actual) &&
        dynamic_cast<const rules::ManualScore*>(leaf.rule.get()) != nullptr) {
      // The score is the evaluator's; the bare 实际完成值 only serves to hold it against the
      // target, which is not done on a guessed unit: kept as written, and said.
      row.facts.set("实际完成值（原文）", actual);
      note(field(record, Column::actual),
           name + ": 实际完成值 " + actual + " has no % sign under the target " +
               leaf.target.to_string() + "; the printed 得分 is kept but not held against the "
               "target (write " + actual + "%, or read the table with --percent-numbers)");
      return leaf;
    }
    if (!actual.empty()) row.facts.set("实际完成值", percent ? in_percent(record, leaf, actual) : actual);
    return leaf;
  }

  // The 实际完成值 as the row means it: "≥266米" (the target's comparator written again) is
  // 266米, noted.
  std::string reached(const CsvRecord& record, const std::string& name) {
    const std::string written = with_unit(record, text(record, Column::actual));
    std::string value = written;
    if (!detail::take_comparator(value) || value.empty()) return written;
    note(field(record, Column::actual), name + ": 实际完成值 \"" + written + "\" read as " + value +
                                            " (the comparator belongs to the target)");
    return value;
  }

  bool is_percent_column(Column column) const {
    return percent_column_[static_cast<std::size_t>(column)];
  }

  // Whether in_percent() reads `actual` without refusing it.
  bool readable_percent(const std::string& actual) const {
    if (!is_number(actual) || actual.back() == '%') return true;
    const PercentNumbers convention =
        is_percent_column(Column::actual) ? PercentNumbers::percent : percent_numbers_;
    return read_bare_percentage(Decimal::parse(actual), convention).has_value();
  }

  // The 实际完成值 `actual` of a row whose rule reads it as a percentage: a bare number is
  // read by the column's unit ("实际完成值（%）") or the table's convention, and refused (713)
  // without one. Text that is no number is left to the rule.
  std::string in_percent(const CsvRecord& record, const Indicator& leaf,
                         const std::string& actual) const {
    if (!is_number(actual) || actual.back() == '%') return actual;
    const Decimal bare = Decimal::parse(actual);
    const PercentNumbers convention =
        is_percent_column(Column::actual) ? PercentNumbers::percent : percent_numbers_;
    const std::optional<Decimal> fraction = read_bare_percentage(bare, convention);
    if (!fraction) {
      fail(ErrorCode::bare_percentage, record, Column::actual,
           leaf.name + ": 实际完成值 " + actual + " is a bare number where a percentage is expected" +
               (leaf.target.is_quantitative() ? " (the target is " + leaf.target.to_string() + ")"
                                              : std::string()) +
               ": write " + actual +
               "%, or name the column 实际完成值（%）, or read the table with --percent-numbers "
               "percent (98 is 98%) or fraction (0.98 is 98%)");
    }
    return (*fraction * Decimal(100)).strip_trailing_zeros().to_string() + "%";
  }

  // `text` with the row's 计量单位 after it, when it ends in a number ("95" and "%").
  std::string with_unit(const CsvRecord& record, std::string value) const {
    const std::string unit = text(record, Column::unit);
    if (!unit.empty() && !value.empty() && value.back() >= '0' && value.back() <= '9' &&
        !detail::is_blank_marker(unit))
      value += unit;
    return value;
  }

  // The target as the row states it: 指标值 with its 计量单位, after the comparator of a
  // 指标性质 column that holds one (the 绩效目标表 writes "≥" there and "95" as 指标值).
  std::string target_text(const CsvRecord& record) const {
    std::string target = with_unit(record, text(record, Column::target));
    std::string kind = text(record, Column::kind);
    std::string probe = target;
    if (!target.empty() && detail::take_comparator(kind) && kind.empty() &&
        !detail::take_comparator(probe))
      target = text(record, Column::kind) + target;
    return target;
  }

  IndicatorKind read_kind(const CsvRecord& record, IndicatorKind inferred) const {
    std::string kind = text(record, Column::kind);
    if (kind.empty()) return inferred;
    for (const std::string_view quantitative : {"定量", "定量指标", "quantitative", "正向", "反向",
                                                "正向指标", "反向指标"}) {
      if (kind == quantitative) return IndicatorKind::quantitative;
    }
    if (kind == "定性" || kind == "定性指标" || kind == "qualitative") return IndicatorKind::qualitative;
    if (detail::take_comparator(kind) && kind.empty()) return IndicatorKind::quantitative;
    fail(ErrorCode::invalid_value, record, Column::kind,
         "\"" + text(record, Column::kind) +
             "\" is not an indicator kind: write 定量 or 定性 (or 正向, 反向, a comparator such as ≥)");
  }

  // A rule object in the 规则 column, read as in an evaluation file; its errors are
  // relocated to the cell.
  std::shared_ptr<const Rule> read_rule(const CsvRecord& record, const std::string& json) const {
    const CsvField& cell = field(record, Column::rule);
    try {
      const detail::Document document(json, source_, ".");
      return detail::read_rule(document, document.root(), "", percent_numbers_);
    } catch (const InputError& e) {
      throw InputError(e.code(),
                       grid_.locate(cell, column_name(Column::rule) + e.where().path),
                       what_of(e));
    }
  }

  // Until number_tree() gives codes, a node's code holds its index in rows_ or group_rows_.
  static std::string placeholder(std::size_t id) { return "#" + std::to_string(id); }

  // Puts `leaf` under the groups named by `path` (all but its last element), creating them.
  // Nodes are found through an index by path, so a table of many rows reads in n log n.
  void attach(const CsvRecord& record, const std::vector<std::string>& path, Indicator leaf) {
    Indicator* parent = &root_;
    std::string key;
    for (std::size_t depth = 0; depth + 1 < path.size(); ++depth) {
      key += path[depth] + '\x1f';
      const auto [found, created] = nodes_.try_emplace(key, Node{parent->children.size(), false});
      if (!created && found->second.leaf) conflict(record, path[depth]);
      if (created) {
        parent->children.push_back(Indicator{});
        Indicator& group = parent->children.back();
        group.name = path[depth];
        group.code = placeholder(group_rows_.size());
        group_rows_.push_back(rows_.back().where);
      }
      parent = &parent->children[found->second.index];
    }
    key += leaf.name + '\x1f';
    const auto [found, created] = nodes_.try_emplace(key, Node{parent->children.size(), true});
    if (!created && !found->second.leaf) conflict(record, leaf.name);
    parent->children.push_back(std::move(leaf));
  }

  [[noreturn]] void conflict(const CsvRecord& record, const std::string& name) const {
    fail(ErrorCode::invalid_value, record.front(), "",
         "\"" + name + "\" is both an indicator row with its own 分值 and a group of rows; a row "
                       "that gives only a group's 分值 (a subtotal) is not needed: group 分值 are "
                       "the sums of their rows");
  }

  // Numbers the groups, gives leaves their codes, sums the 分值 and files the facts.
  void number_tree(Indicator& node, const std::string& prefix, EvaluationFile& file) {
    Decimal sum;
    for (std::size_t i = 0; i < node.children.size(); ++i) {
      Indicator& child = node.children[i];
      const std::string generated =
          prefix.empty() ? std::to_string(i + 1) : prefix + "." + std::to_string(i + 1);
      if (child.is_leaf()) {
        Row& row = rows_[std::stoul(child.code.substr(1))];
        child.code = row.code.empty() ? generated : row.code;
        file.fact_locations.emplace(child.code, row.where);
        file.indicator_locations.emplace(child.code, row.where);
        for (const auto& [score, where] : row.scores) {
          PrintedNumber printed;
          printed.what = PrintedQuantity::score;
          printed.indicator = child.code;
          printed.value = score;
          printed.where = "评分表第" + std::to_string(where.line) + "行";
          file.evaluation.printed.push_back(std::move(printed));
          file.printed_locations.push_back(where);
        }
        if (!row.facts.values().empty()) file.evaluation.facts[child.code] = std::move(row.facts);
      } else {
        const SourceLocation& where = group_rows_[std::stoul(child.code.substr(1))];
        child.code = generated;
        file.indicator_locations.emplace(child.code, where);
        number_tree(child, child.code, file);
      }
      sum += child.points;
    }
    if (&node != &root_) node.points = sum;
  }

  EvaluationFile finish() {
    EvaluationFile file;
    file.source = source_;
    if (title_.empty()) {
      title_ = source_ == "-" ? "评分表" : std::filesystem::path(source_).stem().string();
    }
    file.evaluation.title = title_;
    file.framework.name = title_;
    number_tree(root_, "", file);
    file.framework.root = group("", title_, file.framework.declared_total, std::move(root_.children));
    if (total_) {
      PrintedNumber printed;
      printed.what = PrintedQuantity::total;
      printed.value = *total_;
      printed.where = "评分表第" + std::to_string(total_where_.line) + "行（合计）";
      file.evaluation.printed.push_back(std::move(printed));
      file.printed_locations.push_back(total_where_);
    }
    if (grade_) {
      file.evaluation.printed.push_back(grade_->first);
      file.printed_locations.push_back(grade_->second);
    }
    if (budget_) add_budget(file);
    // "产出指标(50分)" over rows whose 分值 add up to 48: the label disagrees with its rows.
    for (const Indicator& category : file.framework.root.children) {
      const auto printed = category_points_.find(category.name);
      if (printed == category_points_.end() || printed->second.first == category.points) continue;
      notes_.push_back(ReadingNote{printed->second.second,
                                   category.name + " is labelled " +
                                       printed->second.first.to_string() + "分, but the 分值 of its "
                                       "rows add up to " + category.points.to_string()});
    }
    file.notes = std::move(notes_);
    file.unit = unit_;
    return file;
  }

  // 预算执行率 from the 项目资金 block, first in the tree: 得分 = 执行率 × 分值 (满分为止), 执行率 =
  // 全年执行数 / 全年预算数, as the 自评表 defines it. A budget of 0 has no 执行率: the printed
  // 得分 is then the evaluator's (manual_score), noted.
  void add_budget_indicator() {
    const detail::BudgetBlock& block = *budget_;
    const Budget& b = block.budget;
    Row row;
    row.where = block.where;
    Indicator leaf;
    leaf.name = "预算执行率";
    leaf.points = block.points->value;
    leaf.kind = IndicatorKind::quantitative;
    for (const detail::BlockNumber& score : block.scores) row.scores.emplace_back(score.value, score.where);
    if (!b.execution_base().is_zero()) {
      leaf.rule = std::make_shared<const rules::RatioTimesWeight>(
          detail::budget_execution_rule(b.execution_base_name()));
      row.facts.set("全年执行数", b.spent);
      row.facts.set(b.execution_base_name(), b.execution_base());
    } else {
      leaf.rule = std::make_shared<const rules::ManualScore>();
      const Decimal score = block.scores.empty() ? Decimal() : block.scores.front().value;
      row.facts.set("得分", score);
      row.facts.set("评分理由", std::string("全年预算数为0，执行率无法计算"));
      notes_.push_back(ReadingNote{block.where, "the 全年预算数 is 0, so the 执行率 is undefined; "
                                                "预算执行率 keeps the printed 得分 " +
                                                    score.to_string()});
    }
    leaf.code = placeholder(rows_.size());
    rows_.push_back(std::move(row));
    const std::string name = leaf.name;
    attach(grid_.rows.front(), {name, name}, std::move(leaf));
  }

  // The block's budget, and each 执行率 it printed: the total row's is the 预算执行率, a
  // 其中 row's the ratio of its own amounts.
  void add_budget(EvaluationFile& file) {
    file.evaluation.budget = budget_->budget;
    for (const detail::BlockRate& rate : budget_->rates) {
      PrintedNumber printed;
      printed.what = rate.line.empty() ? PrintedQuantity::execution_rate : PrintedQuantity::ratio;
      printed.value = rate.rate.value;
      printed.percent = true;
      if (!rate.line.empty()) {
        printed.name = rate.line;
        printed.numerator = rate.spent;
        printed.denominator = rate.adjusted;
      }
      printed.where = "评分表第" + std::to_string(rate.rate.where.line) + "行（" +
                      (rate.line.empty() ? std::string("年度资金总额") : rate.line) + "执行率）";
      file.evaluation.printed.push_back(std::move(printed));
      file.printed_locations.push_back(rate.rate.where);
    }
  }

  const Grid& grid_;
  std::string source_;
  const std::vector<CsvRecord>& records_;
  std::string title_;
  std::string unit_;  // the 实施单位 (else 主管部门) a 自评表 names
  PercentNumbers percent_numbers_;
  std::array<bool, column_count> percent_column_{};  // headers that say "（%）"
  std::optional<Decimal> total_;                      // the 合计 row's 得分
  bool total_seen_ = false;
  SourceLocation total_where_;
  CsvRecord header_;
  std::vector<std::optional<Column>> kinds_;               // per header cell
  std::array<std::optional<std::size_t>, column_count> index_{};  // per column kind
  std::string last_level1_;
  std::string last_level2_;
  std::vector<Row> rows_;
  std::vector<SourceLocation> group_rows_;  // where each group first appears
  struct Node {
    std::size_t index;  // among its parent's children
    bool leaf;
  };
  std::map<std::string, Node> nodes_;  // by path: the names from the 一级 down, each ended by \x1f
  Indicator root_;
  std::optional<detail::BudgetBlock> budget_;  // a 自评表's 项目资金 block
  std::optional<std::pair<PrintedNumber, SourceLocation>> grade_;  // a 评价等级 row
  std::map<std::string, std::pair<Decimal, SourceLocation>> category_points_;  // "产出指标(50分)"
  std::vector<std::size_t> more_reasons_;  // the columns of a merged 偏差原因 header after its first
  std::vector<ReadingNote> notes_;
};

}  // namespace

EvaluationFile read_score_table(const Grid& grid, const ScoreTableOptions& options) {
  return TableReader(grid, options).read();
}

EvaluationFile read_score_table(const std::vector<Grid>& sheets, const ScoreTableOptions& options) {
  const std::string source = sheets.empty() ? std::string() : sheets.front().source;
  if (!options.sheet.empty()) {
    std::string names;
    for (const Grid& sheet : sheets) {
      if (sheet.sheet == options.sheet) return read_score_table(sheet, options);
      names += (names.empty() ? "" : "、") + sheet.sheet;
    }
    throw InputError(ErrorCode::missing_field, SourceLocation{source, 0, 0, ""},
                     "no sheet is named \"" + options.sheet + "\"; the sheets are " + names);
  }
  // The first sheet with a score table's header; the first sheet when none has one (whose
  // error then says so).
  for (const Grid& sheet : sheets) {
    if (header_row(sheet)) return read_score_table(sheet, options);
  }
  if (sheets.empty()) {
    throw InputError(ErrorCode::missing_field, SourceLocation{source, 0, 0, ""}, "no table");
  }
  return read_score_table(sheets.front(), options);
}

EvaluationFile parse_score_table(const std::string& text, std::string source,
                                 const ScoreTableOptions& options) {
  return read_score_table(parse_workbook(text, source), options);
}

EvaluationFile read_score_table(const std::filesystem::path& path,
                                const ScoreTableOptions& options) {
  return read_score_table(read_workbook(path), options);
}

}  // namespace io
JIXIAO_END_NAMESPACE
