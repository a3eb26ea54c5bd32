// The fill-in 自评表 (render::fill_in_workbook): its layout read back by the score-table reader,
// its 评分规则 cells, and the frameworks it refuses. The random fill-ins, and the ones saved by
// LibreOffice, are tests/cli/fill_in_workbook.py.
#include <jixiao/evaluate.hpp>
#include <jixiao/io/score_table.hpp>
#include <jixiao/io/template_library.hpp>
#include <jixiao/io/workbook.hpp>
#include <jixiao/render/fill_in_workbook.hpp>
#include <jixiao/rules/ratio_times_weight.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

std::filesystem::path workbook_path(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("jixiao-fill-in-" + name + ".xlsx");
}

// The cell of `grid` in row `line` (1-based) and column `column` (A = 1), created if blank.
io::GridCell& cell(io::Grid& grid, std::size_t line, std::size_t column) {
  for (io::GridRow& row : grid.rows) {
    if (row.empty() || row.front().line != line) continue;
    if (row.size() < column) row.resize(column, io::GridCell{"", line, 0, ""});
    row[column - 1].line = line;
    row[column - 1].column = column;
    return row[column - 1];
  }
  FAIL("no row " << line);
  static io::GridCell none;
  return none;
}

// The row of `grid` whose column `column` holds `text`, or 0.
std::size_t row_with(const io::Grid& grid, std::size_t column, const std::string& text) {
  for (const io::GridRow& row : grid.rows) {
    if (row.size() >= column && row[column - 1].text == text) return row.front().line;
  }
  return 0;
}

}  // namespace

TEST_CASE("each template's 自评表, filled in at its targets, reads back as its full marks") {
  for (const io::EvaluationTemplate& entry : io::evaluation_templates()) {
    CAPTURE(entry.name);
    const std::filesystem::path path = workbook_path(entry.name);
    render::fill_in_workbook(entry.file.framework, "试点项目", path);
    std::vector<io::Grid> sheets = io::read_workbook(path);
    std::filesystem::remove(path);
    REQUIRE(sheets.size() == 2);
    CHECK(sheets[0].sheet == "自评表");
    CHECK(sheets[1].sheet == "填报说明");
    io::Grid& grid = sheets[0];

    // Unfilled, the form is read up to the first row that needs the evaluator.
    CHECK_THROWS_AS((void)io::read_score_table(sheets), io::InputError);

    // The budget block stands for the first 一级指标 of the 单位自评 only.
    const std::size_t block = row_with(grid, 2, "年度资金总额");
    CHECK((block != 0) == (entry.name == "self-evaluation"));
    if (block) {
      for (const std::size_t col : {4u, 5u, 6u}) cell(grid, block, col).text = "1994.00";
    }
    const std::size_t header = row_with(grid, 2, "一级指标");
    const std::size_t total = row_with(grid, 1, "总分");
    REQUIRE(header != 0);
    REQUIRE(total > header);
    for (std::size_t line = header + 1; line < total; ++line) {
      const std::string target = cell(grid, line, 5).text;
      const std::string rule = cell(grid, line, 10).text;
      if (rule.empty()) {
        cell(grid, line, 8).text = cell(grid, line, 7).text;  // a 得分 of full marks
      } else if (rule.find("\"findings\"") != std::string::npos) {
        cell(grid, line, 6).text = "0";  // no violation
      } else if (rule.find("\"percent\"") != std::string::npos) {
        cell(grid, line, 6).text = target.find("≥0") == 0 ? "0%" : "100%";
      } else {
        std::string value = target.substr(target.find_first_of("0123456789"));
        cell(grid, line, 6).text = value;
      }
    }
    const io::EvaluationFile back = io::read_score_table(sheets);
    CHECK(back.evaluation.title == "试点项目");
    const Scorecard card = evaluate(back.framework, back.evaluation);
    CHECK(card.total == 100_dec);
    CHECK(card.rating.label == "优");
    std::size_t leaves = 0;
    for (const NodeScore& node : card.nodes) leaves += node.leaf;
    std::size_t template_leaves = 0;
    const auto count = [&](const Indicator& node, const auto& self) -> void {
      if (node.is_leaf()) ++template_leaves;
      for (const Indicator& child : node.children) self(child, self);
    };
    count(entry.file.framework.root, count);
    CHECK(leaves == template_leaves);
  }
}

TEST_CASE("a framework the 自评表 cannot state is refused, naming the indicator") {
  const auto deep =
      group("1", "产出", 10,
            {group("1.1", "数量", 10,
                   {group("1.1.1", "子项", 10,
                          {leaf("1.1.1.1", "人数", 10, IndicatorKind::quantitative, Target{},
                                rules::RatioTimesWeight(Quantity::ratio("实际", "计划")))})})});
  Framework four_levels;
  four_levels.root = group("", "p", 10, {deep});
  const std::filesystem::path path = workbook_path("refused");
  try {
    render::fill_in_workbook(four_levels, "p", path);
    FAIL("a fourth level was written");
  } catch (const std::invalid_argument& e) {
    CHECK(std::string(e.what()).find("人数") != std::string::npos);
    CHECK(std::string(e.what()).find("three levels") != std::string::npos);
  }
  CHECK_FALSE(std::filesystem::exists(path));
}
