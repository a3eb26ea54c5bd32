// 项目支出绩效自评表 as published (财预〔2020〕10号 附件 and provincial variants): the 项目资金
// block, the 年度总体目标 block, 一级 cells carrying points, the 总分 and 等级 rows, and the
// hand-written cells real tables hold — each read as printed, each repair noted.
#include <jixiao/check.hpp>
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/file_check.hpp>
#include <jixiao/io/score_table.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

// A 自评表 laid out as the national form: title rows, 项目资金 block, 年度总体目标, indicators,
// 总分. `budget` is the block's rows below its header, `rows` the indicator rows.
std::string self_evaluation(const std::string& budget, const std::string& rows,
                            const std::string& total = "总分,,,,,,100,98.50,\n") {
  return "项目支出绩效自评表,,,,,,,,\n"
         "（2023年度）,,,,,,,,\n"
         "项目名称,法律援助经费,,,,,,,\n"
         "主管部门,大英县司法局,,,,实施单位,大英县司法局,,\n"
         "项目资金（万元）,,,年初预算数,全年预算数,全年执行数,分值,执行率,得分\n" +
         budget +
         "年度总体目标,预期目标,,,,实际完成情况,,,\n"
         ",为困难群众提供法律援助。,,,,已完成。,,,\n"
         "绩效指标,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施\n" +
         rows + total;
}

const std::string consistent_budget =
    ",年度资金总额,,20,20,19.7,10,98.50%,9.85\n"
    ",其中：本年财政拨款,,20,20,19.7,—,98.50%,—\n"
    ",上年结转资金,,,,,—,—,—\n"
    ",其他资金,,,,,—,—,—\n";

const std::string consistent_rows =
    ",产出指标(50分),数量指标,法律援助案件数,≥100件,105件,20,20,\n"
    ",,质量指标,案件结案率,≥95%,96%,15,15,\n"
    ",,时效指标,及时受理率,=100%,100%,10,10,\n"
    ",,成本指标,每件补贴标准,≤2000元,1876元,5,5,\n"
    ",效益指标（30分）,社会效益指标,困难群众合法权益得到维护,有效维护,达成预期指标,30,30,\n"
    ",满意度指标（10分）,满意度指标,受援人满意度,≥90%,97%,10,8.65,问卷1人不满意\n";

io::EvaluationFile read(const std::string& text) { return io::parse_score_table(text, "t.csv"); }

std::vector<std::string> ids(const CheckReport& report) {
  std::vector<std::string> out;
  for (const Finding& f : report.findings) out.push_back(f.id);
  return out;
}

bool noted(const io::EvaluationFile& file, const std::string& part) {
  return std::any_of(file.notes.begin(), file.notes.end(), [&](const io::ReadingNote& note) {
    return note.message.find(part) != std::string::npos;
  });
}

}  // namespace

TEST_CASE("a 自评表 reads with its 项目资金 block: the budget, and 预算执行率 as its first indicator") {
  const io::EvaluationFile file = read(self_evaluation(consistent_budget, consistent_rows));
  CHECK(file.evaluation.title == "法律援助经费");
  REQUIRE(file.evaluation.budget);
  const Budget& b = *file.evaluation.budget;
  CHECK(b.unit == "万元");
  CHECK(b.initial == 20_dec);
  CHECK(b.adjusted == 20_dec);
  CHECK(b.spent == 19.7_dec);
  CHECK_FALSE(b.received);  // a 自评表 does not state 实际到位资金
  REQUIRE(b.sources.size() == 1);  // the empty 上年结转资金 and 其他资金 lines are no money
  CHECK(b.sources[0].name == "本年财政拨款");
  CHECK(b.sources[0].initial == 20_dec);
  CHECK(b.sources[0].spent == 19.7_dec);

  const Indicator& budget = file.framework.root.children.front();
  CHECK(budget.name == "预算执行率");
  CHECK(budget.points == 10_dec);
  // The one-level cells carry their points; the names are read without them.
  CHECK(file.framework.root.children[1].name == "产出指标");
  CHECK(file.framework.root.children[2].name == "效益指标");
  CHECK(file.framework.root.children[3].name == "满意度指标");

  const CheckReport report = check(file.framework, file.evaluation);
  CHECK(report.card.total == 98.50_dec);  // 19.7 / 20 = 98.50% × 10 = 9.85, and 88.65 more
  // Only the note that 97% met ≥90% with 8.65 of 10, for the reason the table gives.
  CHECK(ids(report) == std::vector<std::string>{"JX-C603"});
}

TEST_CASE("the 项目资金 block's printed numbers are checked: 得分, 执行率, and each column's sum") {
  // 19.7 / 20 is 98.50%; the table prints 99.50% and scores 9.95 on it, and its 其中 line
  // prints a 全年执行数 the total does not add up to.
  const std::string budget =
      ",年度资金总额,,20,20,19.7,10,99.50%,9.95\n"
      ",其中：本年财政拨款,,20,20,19.5,—,—,—\n";
  const CheckReport report = check(read(self_evaluation(budget, consistent_rows,
                                                        "总分,,,,,,100,98.60,\n"))
                                       .framework,
                                   read(self_evaluation(budget, consistent_rows,
                                                        "总分,,,,,,100,98.60,\n"))
                                       .evaluation);
  const std::vector<std::string> found = ids(report);
  CHECK(std::count(found.begin(), found.end(), "JX-C201") == 1);  // the 执行率
  CHECK(std::count(found.begin(), found.end(), "JX-C301") == 1);  // 9.95 for 9.85
  CHECK(std::count(found.begin(), found.end(), "JX-C102") == 1);  // 全年执行数 19.7 ≠ 19.5
}

TEST_CASE("the Anhui 2022 table: a 年度资金总额 of 0 / 0 / 0 above a filled source line") {
  const io::EvaluationFile file =
      io::read_score_table(std::string(JIXIAO_TEST_DATA_DIR) + "/tables/chizhou-2022.csv");
  CHECK(file.evaluation.title == "委托业务项目");
  const CheckReport report = check(file.framework, file.evaluation);
  std::vector<std::string> columns;
  for (const Finding& f : report.findings) {
    if (f.id == "JX-C102") columns.push_back(f.subject);
  }
  CHECK(columns == std::vector<std::string>{"年初预算数", "全年预算数", "全年执行数"});
  // The 执行率 of 0 / 0 is undefined: a note, not 0%.
  const std::vector<std::string> found = ids(report);
  CHECK(std::count(found.begin(), found.end(), "JX-C202") == 1);
  // 0 / 0 has no 执行率 to score: the printed 得分 is kept, and the reader says so.
  CHECK(noted(file, "the 全年预算数 is 0"));
  CHECK(noted(file, "经济效益指标: no 分值 and no values"));
}

TEST_CASE("cells as people write them are read as they mean, each repair noted") {
  const std::string rows =
      ",产出指标(50分),数量指标,法律援助案件数,≥100件,≥105件,20,20.,\n"  // ≥ in the actual, 20.
      ",,质量指标,案件结案率,≥95%,96%,15%,15,\n"                         // a weight in percent
      ",,时效指标,及时受理率,=100%,100%,10,9.99999999940000,\n"           // a float artefact
      ",,成本指标,每件补贴标准,≤2000元,1876元,5分,5,\n"                  // 分 after the points
      ",,成本指标,办公设备购置,/,/,/,/,/\n"                               // not applicable
      ",效益指标（30分）,社会效益指标,困难群众合法权益得到维护,有效维护,达成预期指标,30,30,\n"
      ",（10分）,满意度指标,受援人满意度,≥90%,97%,10,8.65,问卷1人不满意\n";  // no name
  const io::EvaluationFile file = read(self_evaluation(consistent_budget, rows));
  CHECK(noted(file, "实际完成值 \"≥105件\" read as 105件"));
  CHECK(noted(file, "\"20.\" read as 20"));
  CHECK(noted(file, "a weight in percent"));
  CHECK(noted(file, "read as 10"));
  CHECK(noted(file, "\"5分\" read as 5"));
  CHECK(noted(file, "办公设备购置: every value is \"/\""));
  CHECK(noted(file, "named 满意度指标"));
  CHECK(file.framework.root.children[3].name == "满意度指标");
  const CheckReport report = check(file.framework, file.evaluation);
  CHECK(report.card.total == 98.50_dec);
  CHECK(ids(report) == std::vector<std::string>{"JX-C603"});
}

TEST_CASE("a 一级 label that disagrees with its rows, and the 预算执行率 得分 printed twice") {
  const std::string budget =
      ",年度资金总额,,20,20,19.7,10,98.50%,9.85\n"
      ",其中：本年财政拨款,,20,20,19.7,10,98.50%,9.80\n";
  const std::string rows =
      ",产出指标(40分),数量指标,法律援助案件数,≥100件,105件,20,20,\n"
      ",,质量指标,案件结案率,≥95%,96%,15,15,\n"
      ",,时效指标,及时受理率,=100%,100%,10,10,\n"
      ",,成本指标,每件补贴标准,≤2000元,1876元,5,5,\n"
      ",效益指标（30分）,社会效益指标,困难群众合法权益得到维护,有效维护,达成预期指标,30,30,\n"
      ",满意度指标（10分）,满意度指标,受援人满意度,≥90%,97%,10,8.65,问卷1人不满意\n";
  const io::EvaluationFile file = read(self_evaluation(budget, rows));
  CHECK(noted(file, "产出指标 is labelled 40分, but the 分值 of its rows add up to 50"));
  const CheckReport report = check(file.framework, file.evaluation);
  const std::vector<std::string> found = ids(report);
  // 9.80 on the 其中 row is the same 得分 printed again, differently.
  CHECK(std::count(found.begin(), found.end(), "JX-C701") == 1);
}

TEST_CASE("the 评价等级 row is the printed grade; a bare 执行率 of 1 is 100%, noted") {
  const std::string budget = ",年度资金总额,,20,20,20,10,1,10\n";
  const io::EvaluationFile file =
      read(self_evaluation(budget, consistent_rows, "总分,,,,,,100,98.65,\n评价等级,良,,,,,,,\n"));
  CHECK(noted(file, "read as 100%"));
  const CheckReport report = check(file.framework, file.evaluation);
  CHECK(report.card.total == 98.65_dec);
  // 98.65 is 优 by the bands: the printed 良 is found.
  const std::vector<std::string> found = ids(report);
  CHECK(std::count(found.begin(), found.end(), "JX-C501") == 1);
}

TEST_CASE("a 绩效目标表's columns: 指标性质 holding the comparator, 计量单位 apart, extra columns") {
  const std::string text =
      "一级指标,二级指标,三级指标,指标性质,指标值,计量单位,实际完成值,分值,得分,佐证材料说明\n"
      "产出指标,数量指标,培训人数,≥,4754,人,4604,45,43.58,签到表\n"
      "产出指标,质量指标,合格率,≥,95,%,98,45,45,证书\n"
      "满意度指标,满意度指标,满意度,正向,90,%,96,10,10,问卷\n"
      "合计,,,,,,,100,98.58,\n";
  const io::EvaluationFile file = read(text);
  CHECK(noted(file, "\"佐证材料说明\" says nothing jixiao scores"));
  const Indicator* trained = file.framework.root.find("1.1.1");
  REQUIRE(trained != nullptr);
  CHECK(trained->target.to_string() == "≥4754人");
  const Indicator* passed = file.framework.root.find("1.2.1");
  REQUIRE(passed != nullptr);
  CHECK(passed->target.to_string() == "≥95.00%");
  const CheckReport report = check(file.framework, file.evaluation);
  CHECK(report.card.total == 98.58_dec);
  // 98 under "95" and "%" reads as 98%: the unit column declares it; nothing is refused.
  const std::vector<std::string> found = ids(report);
  CHECK(std::find(found.begin(), found.end(), "JX-C301") == found.end());
}

TEST_CASE("a header one character off a known column is refused, naming the one meant") {
  try {
    (void)read("一级指标,三级指标,分值,得份\n决策,甲,5,5\n");
    FAIL("no error");
  } catch (const io::InputError& e) {
    CHECK(e.code() == ErrorCode::unknown_field);
    CHECK(std::string(e.what()).find("is it 得分?") != std::string::npos);
  }
}

TEST_CASE("check_file sums up one file's audit; a file that cannot be read is an outcome") {
  const io::FileCheck table =
      io::check_file(std::string(JIXIAO_TEST_DATA_DIR) + "/tables/chizhou-2022.csv");
  CHECK(table.outcome == io::FileCheck::Outcome::findings);
  CHECK(table.title == "委托业务项目");
  CHECK(table.unit == "219001-池州市贵池区棠溪镇人民政府");
  CHECK(table.printed_total == 100_dec);
  CHECK(table.total == 90_dec);
  CHECK(table.findings.at("JX-C102") == 3);
  CHECK(table.errors == 4);

  const io::FileCheck missing = io::check_file("no-such-table.xlsx");
  CHECK(missing.outcome == io::FileCheck::Outcome::unreadable);
  CHECK(missing.error.find("[jixiao.input_error.706] no-such-table.xlsx") == 0);

  // Only errors count under Severity::error: the table's warning alone would be clean.
  CHECK(io::check_file(std::string(JIXIAO_TEST_DATA_DIR) + "/tables/chizhou-2022.csv", {},
                       Severity::error)
            .outcome == io::FileCheck::Outcome::findings);
  CHECK_THROWS_AS(io::audit_files({"no-such-folder"}), io::InputError);
}
