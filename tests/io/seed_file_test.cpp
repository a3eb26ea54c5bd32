// examples/data/changji-2023.json, read by jixiao::io, scores exactly as the seed evaluation
// built in C++ (examples/seed/changji_2023.hpp): every row, rate, trace and count.
#include "seed/changji_2023.hpp"

#include <jixiao/check.hpp>
#include <jixiao/io/evaluation_file.hpp>

#include <doctest/doctest.h>

using namespace jixiao;
using namespace jixiao::literals;

TEST_CASE("the seed file and the seed in code give the same scorecard") {
  const io::EvaluationFile file =
      io::read_evaluation_file(JIXIAO_EXAMPLES_DIR "/data/changji-2023.json");
  const Scorecard from_file = evaluate(file.framework, file.evaluation);
  const Scorecard from_code = evaluate(seed::framework(), seed::evaluation());

  CHECK(file.evaluation.title == seed::evaluation().title);
  CHECK(file.framework.name == seed::framework().name);
  REQUIRE(from_file.nodes.size() == from_code.nodes.size());
  for (std::size_t i = 0; i < from_code.nodes.size(); ++i) {
    const NodeScore& a = from_file.nodes[i];
    const NodeScore& b = from_code.nodes[i];
    CAPTURE(b.code);
    CHECK(a.code == b.code);
    CHECK(a.name == b.name);
    CHECK(a.depth == b.depth);
    CHECK(a.points == b.points);
    CHECK(a.score == b.score);
    CHECK(a.score.scale() == b.score.scale());
    CHECK(a.target == b.target);
    CHECK(a.criterion == b.criterion);
    CHECK(a.trace.to_report_text() == b.trace.to_report_text());
    CHECK(a.trace.notes == b.trace.notes);
  }
  CHECK(from_file.total == 88.26_dec);
  CHECK(from_file.total == from_code.total);
  CHECK(from_file.rating.label == from_code.rating.label);
  CHECK(from_file.full_marks_count() == from_code.full_marks_count());
  REQUIRE(from_file.deviation().has_value());
  CHECK(*from_file.deviation() == *from_code.deviation());
  CHECK(seed::disagreements(from_file).size() == 12);
}

TEST_CASE("jixiao check finds each inconsistency of the seed report once, from the data alone") {
  const io::EvaluationFile file =
      io::read_evaluation_file(JIXIAO_EXAMPLES_DIR "/data/changji-2023.json");
  const CheckReport report = check(file.framework, file.evaluation);
  std::vector<std::string> found;
  for (const Finding& f : report.findings) found.push_back(f.id + " " + f.subject);
  CHECK(found == std::vector<std::string>{
                     "JX-C102 实际支出资金",  // 693.68 spent, the 资金用途 lines give 560.59
                     "JX-C701 3.4.1 预算成本控制率 实际完成值",  // 100.00% and 34.79%
                     "JX-C401 1 决策 满分指标数",                // 5 printed, the table has 6
                     "JX-C801 3 产出 得分率",         // 21.52 / 30 = 71.733…%, printed 71.74%
                     "JX-C101 1 决策 得分",           // 20.00 printed, its indicators give 21.00
                     "JX-C601 3.4.1 预算成本控制率",  // ≤100% met, 4.52 of 13
                     // 34.79% is the 预算执行率 693.68/1994, already scored by 2.1.2.
                     "JX-C606 3.4.1 预算成本控制率",
                 });
  CHECK(report.count(Severity::error) == 4);
  // The printed total, rates and counts that follow from those two errors are listed under
  // them, not as findings of their own.
  const Finding& decision = report.findings[4];
  CHECK(decision.consequences == std::vector<std::string>{
                                     "总分 87.26（按事实应为 88.26）",
                                     "1 决策 得分率 95.24%（按事实应为 100.00%）",
                                     "总体完成率 87.26%（按事实应为 88.26%）",
                                     "偏差 52.47%（按事实应为 53.47%）",
                                 });
  CHECK(report.findings[2].consequences.size() == 3);  // 满分 15, 扣分 3, 指标完成率 83.33%
}

TEST_CASE("the clean example checks clean") {
  const io::EvaluationFile file =
      io::read_evaluation_file(JIXIAO_EXAMPLES_DIR "/data/department-training-2024.json");
  REQUIRE(file.evaluation.printed.size() > 30);
  CHECK(check(file.framework, file.evaluation).findings.empty());
}
