// `jixiao indicators` and `jixiao template`: the data that ships with jixiao, as evaluators
// start from it.
#include "library_commands.hpp"
#include "output.hpp"

#include <jixiao/io/evaluation_writer.hpp>
#include <jixiao/io/indicator_library.hpp>
#include <jixiao/io/template_library.hpp>
#include <jixiao/render/fill_in_workbook.hpp>

#include <cstddef>
#include <iostream>

namespace jixiao_cli {

namespace {

constexpr int exit_success = 0;
constexpr int exit_findings = 1;
constexpr int exit_bad_input = 2;

std::string scheme_label(jixiao::EvaluationScheme scheme) {
  switch (scheme) {
    case jixiao::EvaluationScheme::department:
      return "部门评价";
    case jixiao::EvaluationScheme::finance:
      return "财政评价";
    case jixiao::EvaluationScheme::self_evaluation:
      return "单位自评";
    case jixiao::EvaluationScheme::unspecified:
      break;
  }
  return "评价";
}

std::size_t count_leaves(const jixiao::Indicator& node) {
  if (node.is_leaf()) return 1;
  std::size_t count = 0;
  for (const jixiao::Indicator& child : node.children) count += count_leaves(child);
  return count;
}

}  // namespace

int list_indicators(const std::string& query) {
  const auto found = jixiao::io::search_indicators(query);
  for (const jixiao::io::LibraryIndicator* entry : found) {
    // The criterion is worded for a leaf; a 10-point one shows the rule's shape.
    jixiao::Indicator leaf_for_wording;
    leaf_for_wording.name = entry->name;
    leaf_for_wording.points = jixiao::Decimal(10);
    std::cout << entry->name << "（" << entry->code << "）  " << entry->level1 << " › "
              << entry->level2 << "  "
              << (entry->kind == jixiao::IndicatorKind::qualitative ? "定性" : "定量")
              << (entry->unit.empty() ? "" : "  单位：" + entry->unit) << "\n"
              << "  定义：" << entry->definition << "\n"
              << "  公式：" << entry->formula << "\n"
              << "  常用评分（" << entry->rule->kind() << (entry->recalled ? "，据实践" : "")
              << "）：" << entry->rule->criterion(leaf_for_wording) << "\n";
  }
  if (found.empty()) {
    std::cerr << "jixiao indicators: nothing matches \"" << query << "\"\n";
    return exit_findings;
  }
  return exit_success;
}

int list_templates() {
  for (const jixiao::io::EvaluationTemplate& entry : jixiao::io::evaluation_templates()) {
    const jixiao::Framework& framework = entry.file.framework;
    std::string weights;
    for (const jixiao::Indicator& category : framework.root.children) {
      weights += (weights.empty() ? "" : " / ") + category.name + " " +
                 category.points.strip_trailing_zeros().to_string();
    }
    std::string aliases;
    for (const std::string& alias : entry.aliases) aliases += (aliases.empty() ? "" : "、") + alias;
    std::cout << entry.name << "  " << framework.name << "\n"
              << "  方案：" << scheme_label(framework.scheme)
              << (aliases.empty() ? "" : "；也可用名称 " + aliases) << "\n"
              << "  " << count_leaves(framework.root) << " 个三级指标：" << weights << "\n"
              << "  依据：" << framework.source << "\n";
  }
  return exit_success;
}

int show_template(const std::string& name, const std::string& title, const std::string& project,
                  const std::string& format, const std::string& output) {
  const jixiao::io::EvaluationTemplate* found = jixiao::io::find_template(name);
  if (!found) {
    std::string names;
    for (const auto& entry : jixiao::io::evaluation_templates())
      names += (names.empty() ? "" : ", ") + entry.name;
    std::cerr << "jixiao template: no template \"" << name << "\" (there are " << names
              << "; `jixiao template list` describes them)\n";
    return exit_bad_input;
  }
  jixiao::io::EvaluationFile file = found->file;
  if (!title.empty()) file.evaluation.title = title;
  if (!project.empty()) file.framework.root.name = project;
  if (format == "xlsx") {
    write_atomically(output, [&](const std::filesystem::path& target) {
      jixiao::render::fill_in_workbook(file.framework, file.framework.root.name, target);
    });
    if (output != "-") {
      std::cerr << output << ": a 自评表 to fill in (the yellow cells); then `jixiao score "
                << output << "`\n";
    }
    return exit_success;
  }
  write_output(output, jixiao::io::write_evaluation(file));
  if (output != "-") {
    std::cerr << output << ": " << file.blanks.size()
              << " facts to fill in (the null values); then `jixiao validate " << output << "`\n";
  }
  return exit_success;
}

}  // namespace jixiao_cli
