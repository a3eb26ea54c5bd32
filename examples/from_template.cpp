// A budget system starting an evaluation from a shipped template: take the 单位自评 template,
// review its target setting, fill in the facts the evaluator collected, score, and write the
// completed evaluation file. (The same walk on the command line: docs/templates.md.)
#include <jixiao/io/evaluation_writer.hpp>
#include <jixiao/io/template_library.hpp>
#include <jixiao/jixiao.hpp>

#include <iostream>

int main() {
  using namespace jixiao::literals;

  const jixiao::io::EvaluationTemplate* found = jixiao::io::find_template("单位自评");
  if (found == nullptr) return 1;
  jixiao::io::EvaluationFile file = found->file;  // the framework, complete; the facts, blank
  file.evaluation.title = "某县2025年农村饮水安全项目绩效自评";

  // The template is silent; a framework the evaluator adapts may not be.
  for (const jixiao::Finding& finding : jixiao::review_target_setting(file.framework))
    std::cout << finding.id << " " << finding.message_zh << "\n";

  // What the evaluator collected (万元, counts, the panel's judgements).
  jixiao::Facts& facts = file.evaluation.facts;
  facts["1.1.1"] = {{"全年执行数", 452.60_dec}, {"全年预算数", 500_dec}};
  facts["2.1.1"] = {{"实际产出数", 48_dec}, {"计划产出数", 50_dec}};
  facts["2.2.1"] = {{"质量达标产出数", 48_dec}, {"实际产出数", 48_dec}};
  facts["2.3.1"] = {{"按期完成任务数", 45_dec}, {"计划完成任务数", 50_dec}};
  facts["2.4.1"] = {{"成本节约率", 0_dec}};
  facts["3.1.1"] = {{"等级", "达成"}, {"得分", 14_dec}};
  facts["3.2.1"] = {{"等级", "部分达成"}, {"得分", 10_dec}};
  facts["4.1.1"] = {{"满意人数", 176_dec}, {"有效调查人数", 200_dec}};
  file.blanks.clear();  // every blank is filled

  const jixiao::Scorecard card = jixiao::evaluate(file.framework, file.evaluation);
  std::cout << file.evaluation.title << "：总分 "
            << jixiao::format(card.total, jixiao::FixedFormat{}) << "，等级 " << card.rating.label
            << "\n";
  for (const jixiao::NodeScore* leaf : card.leaves())
    std::cout << "  " << leaf->code << " " << leaf->name << "：" << leaf->trace.to_report_text()
              << "\n";

  // The completed file, ready for `jixiao check`.
  std::cout << "\n" << jixiao::io::write_evaluation(file);
  return 0;
}
