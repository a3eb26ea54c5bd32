/// @file target_setting.hpp
/// @brief jixiao::review_target_setting(): warnings on how a framework sets its weights and
///        targets (目标设置) — 产出 + 效益 below 60, a 单位自评 off 10/50/30/10, too few
///        quantitative indicators, quantitative indicators without a numeric target or unit.
#ifndef JIXIAO_TARGET_SETTING_HPP
#define JIXIAO_TARGET_SETTING_HPP

#include <jixiao/decimal.hpp>
#include <jixiao/detail/wording.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/framework.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/version.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief What a 一级指标 stands for, recognised by the start of its name as the 办法 and the
/// 自评表 write them ("产出指标", "效益", "满意度指标", "预算执行率"…).
enum class CategoryRole : unsigned char {
  decision,          ///< 决策
  process,           ///< 过程
  output,            ///< 产出
  outcome,           ///< 效益
  satisfaction,      ///< 满意度 (a 一级指标 of its own in the 自评表)
  budget_execution,  ///< 预算执行率 (a 一级指标 of its own in the 自评表)
  other,             ///< anything else
};

/// @brief The role of a 一级指标 named `name`.
inline CategoryRole category_role(std::string_view name) noexcept {
  static constexpr std::pair<std::string_view, CategoryRole> prefixes[] = {
      {"决策", CategoryRole::decision},
      {"过程", CategoryRole::process},
      {"产出", CategoryRole::output},
      {"效益", CategoryRole::outcome},
      {"满意度", CategoryRole::satisfaction},
      {"服务对象满意度", CategoryRole::satisfaction},
      {"预算执行", CategoryRole::budget_execution}};
  for (const auto& [prefix, role] : prefixes) {
    if (name.substr(0, prefix.size()) == prefix) return role;
  }
  return CategoryRole::other;
}

/// @brief The thresholds review_target_setting() holds a framework to.
struct TargetSettingOptions {
  /// 部门评价 / 财政评价: 产出 + 效益 (with 满意度) at least this share of the total. The 办法's
  /// “原则上不低于60%” is recalled, not read from the official text (domain-rules §1).
  Decimal minimum_results_share = Decimal::from_scaled(60, 2);
  /// 指标量化率: quantitative 绩效指标 at least this share of all 绩效指标. 70% is the standard
  /// the seed report applies (“量化率达70.00%以上”).
  Decimal minimum_quantified_share = Decimal::from_scaled(70, 2);
};

namespace detail {

// The 绩效指标 — leaves that state what the project produces and achieves (产出, 效益,
// 满意度), as the 绩效目标表 lists them; 决策 and 过程 indicators are measured by formulas.
inline void collect_performance_leaves(const Indicator& node,
                                       std::vector<const Indicator*>& leaves) {
  if (node.is_leaf()) {
    leaves.push_back(&node);
    return;
  }
  for (const Indicator& child : node.children) collect_performance_leaves(child, leaves);
}

class TargetSettingReview {
 public:
  TargetSettingReview(const Framework& framework, const TargetSettingOptions& options)
      : framework_(framework), options_(options) {}

  std::vector<Finding> run() {
    if (framework_.scheme == EvaluationScheme::department ||
        framework_.scheme == EvaluationScheme::finance) {
      results_share();
    }
    if (framework_.scheme == EvaluationScheme::self_evaluation) self_evaluation_weights();
    std::vector<const Indicator*> leaves;
    for (const Indicator& category : framework_.root.children) {
      const CategoryRole role = category_role(category.name);
      if (role == CategoryRole::output || role == CategoryRole::outcome ||
          role == CategoryRole::satisfaction) {
        collect_performance_leaves(category, leaves);
      }
    }
    quantified_share(leaves);
    for (const Indicator* leaf : leaves) quantitative_target(*leaf);
    return std::move(findings_);
  }

 private:
  Finding& add(std::string id, std::string subject, std::string zh, std::string en) {
    Finding f;
    f.id = std::move(id);
    f.severity = Severity::warning;
    f.subject = std::move(subject);
    f.message_zh = std::move(zh);
    f.message_en = std::move(en);
    findings_.push_back(std::move(f));
    return findings_.back();
  }

  Decimal points_of(CategoryRole wanted) const {
    Decimal sum;
    for (const Indicator& category : framework_.root.children) {
      if (category_role(category.name) == wanted) sum += category.points;
    }
    return sum;
  }

  // JX-T101: 产出 + 效益 (满意度 included) below 60% of the total.
  void results_share() {
    const Decimal total = framework_.root.points;
    if (total.signum() <= 0) return;
    const Decimal results = points_of(CategoryRole::output) + points_of(CategoryRole::outcome) +
                            points_of(CategoryRole::satisfaction);
    const Ratio share(results, total);
    if (compare(share, Ratio(options_.minimum_results_share)) >= 0) return;
    const std::string scheme =
        framework_.scheme == EvaluationScheme::finance ? "财政评价" : "部门评价";
    Finding& f = add(
        "JX-T101", "产出 + 效益 权重",
        scheme + "中产出、效益指标合计" + points_text(results) + "分，占总分" +
            percent_text(share) + "，低于" + percent_text(Ratio(options_.minimum_results_share)) +
            "：评价应突出结果导向，产出、效益指标权重原则上不低于60%。",
        "产出 and 效益 together weigh " + points_text(results) + " points, " + percent_text(share) +
            " of the total, below " + percent_text(Ratio(options_.minimum_results_share)) + ": a " +
            (framework_.scheme == EvaluationScheme::finance ? "finance-bureau" : "department") +
            " evaluation should weigh results (产出, 效益) at 60% or more.");
    f.printed = points_text(results);
    f.expected = "≥ " + points_text(total * options_.minimum_results_share);  // exact product
    f.trace =
        "(" + points_text(points_of(CategoryRole::output)) + "+" +
        points_text(points_of(CategoryRole::outcome) + points_of(CategoryRole::satisfaction)) +
        ")/" + points_text(total) + "=" + percent_text(share);
  }

  // JX-T102: a 单位自评 off 预算执行率 10 / 产出 50 / 效益 30 / 满意度 10 (scaled to its total).
  void self_evaluation_weights() {
    struct Expected {
      CategoryRole role;
      const char* name;
      int points;
    };
    static constexpr std::array<Expected, 4> expected{
        {{CategoryRole::budget_execution, "预算执行率", 10},
         {CategoryRole::output, "产出", 50},
         {CategoryRole::outcome, "效益", 30},
         {CategoryRole::satisfaction, "满意度", 10}}};
    const Decimal total = framework_.root.points;
    if (total.signum() <= 0) return;
    std::string actual_text;
    std::string expected_text;
    bool departs = false;
    for (const Expected& e : expected) {
      // The 办法's shares of 100, scaled to the declared total (exact to 4 places).
      const Decimal want =
          Ratio(total * Decimal(e.points), Decimal(100)).round(4, Rounding::half_up);
      const Decimal have = points_of(e.role);
      if (have != want) departs = true;
      const std::string separator = actual_text.empty() ? "" : " / ";
      actual_text += separator + e.name + " " + points_text(have);
      expected_text += separator + e.name + " " + points_text(want);
    }
    Decimal other;
    for (const Indicator& category : framework_.root.children) {
      const CategoryRole role = category_role(category.name);
      if (role != CategoryRole::budget_execution && role != CategoryRole::output &&
          role != CategoryRole::outcome && role != CategoryRole::satisfaction) {
        other += category.points;
      }
    }
    if (other.signum() != 0) {
      departs = true;
      actual_text += " / 其他 " + points_text(other);
    }
    if (!departs) return;
    Finding& f = add("JX-T102", "单位自评 权重",
                     "单位自评一级指标权重为" + actual_text + "，与“原则上”" + expected_text +
                         "的设置不一致；如有特殊情况，应在报告中说明理由。",
                     "The self-evaluation weighs " + actual_text + ", not the " + expected_text +
                         " the 办法 sets “in principle”; explain why in the report.");
    f.printed = actual_text;
    f.expected = expected_text;
  }

  // JX-T201: 指标量化率 below 70%.
  void quantified_share(const std::vector<const Indicator*>& leaves) {
    if (leaves.empty()) return;
    std::size_t quantitative = 0;
    for (const Indicator* leaf : leaves) {
      if (leaf->kind == IndicatorKind::quantitative) ++quantitative;
    }
    const Ratio share(Decimal(quantitative), Decimal(leaves.size()));
    if (compare(share, Ratio(options_.minimum_quantified_share)) >= 0) return;
    const std::string counts = std::to_string(quantitative) + "/" + std::to_string(leaves.size());
    Finding& f =
        add("JX-T201", "指标量化率",
            "绩效指标" + std::to_string(leaves.size()) + "个，其中定量指标" +
                std::to_string(quantitative) + "个，指标量化率" + percent_text(share) + "，低于" +
                percent_text(Ratio(options_.minimum_quantified_share)) + "：能量化的指标应量化。",
            std::to_string(quantitative) + " of " + std::to_string(leaves.size()) +
                " performance indicators are quantitative (" + percent_text(share) + "), below " +
                percent_text(Ratio(options_.minimum_quantified_share)) +
                ": quantify what can be measured.");
    f.printed = percent_text(share);
    f.expected = "≥ " + percent_text(Ratio(options_.minimum_quantified_share));
    f.trace = counts + "=" + percent_text(share);
  }

  // JX-T202 / T203 / T204: a quantitative 绩效指标 needs a numeric target with its unit.
  void quantitative_target(const Indicator& leaf) {
    if (leaf.kind != IndicatorKind::quantitative) return;
    const Target& target = leaf.target;
    if (!target.is_quantitative() && target.statement().empty()) {
      Finding& f =
          add("JX-T202", leaf.label(), leaf.label() + " 是定量指标，但没有设定指标值（如“≥95%”）。",
              leaf.label() + " is quantitative but states no target value (such as “≥95%”).");
      f.indicator = leaf.code;
      f.printed = "（未设定）";
      f.expected = "数值指标值 a numeric target";
    } else if (!target.is_quantitative()) {
      Finding& f =
          add("JX-T203", leaf.label(),
              leaf.label() + " 是定量指标，指标值却是文字“" + target.statement() +
                  "”：应设为可衡量的数值，或将指标改为定性指标。",
              leaf.label() + " is quantitative, but its target is prose (“" + target.statement() +
                  "”): state a measurable value, or make the indicator qualitative.");
      f.indicator = leaf.code;
      f.printed = target.statement();
      f.expected = "数值指标值 a numeric target";
    } else if (target.unit().empty()) {
      Finding& f = add(
          "JX-T204", leaf.label(),
          leaf.label() + " 的指标值“" + target.to_string() + "”没有计量单位（个、%、万元、天…）。",
          leaf.label() + ": the target “" + target.to_string() +
              "” has no unit (个, %, 万元, 天…).");
      f.indicator = leaf.code;
      f.printed = target.to_string();
      f.expected = "带计量单位 with a unit";
    }
  }

  const Framework& framework_;
  const TargetSettingOptions& options_;
  std::vector<Finding> findings_;
};

}  // namespace detail

/// @brief Reviews how `framework` sets its weights and targets, before any scoring: warnings
/// (never errors) with stable ids, each on a page of docs/checks/.
///
/// - JX-T101: in a 部门评价 or 财政评价 (Framework::scheme), 产出 + 效益 weigh less than 60%
///   of the total;
/// - JX-T102: a 单位自评 whose 一级指标 depart from 预算执行率 10 / 产出 50 / 效益 30 / 满意度 10;
/// - JX-T201: the 指标量化率 of the 绩效指标 (the leaves under 产出, 效益 and 满意度) below 70%
///   (the seed reports 5 of 7 = 71.43%);
/// - JX-T202: a quantitative 绩效指标 without a target; JX-T203: its target is prose
///   ("效果明显"); JX-T204: its target has no unit.
///
/// 一级指标 are recognised by their names (category_role()). A framework with no stated scheme
/// gets only the scheme-independent reviews (T2xx).
/// @code
/// for (const jixiao::Finding& f : jixiao::review_target_setting(framework))
///   std::cerr << f.id << " " << f.message_zh << '\n';
/// @endcode
inline std::vector<Finding> review_target_setting(const Framework& framework,
                                                  const TargetSettingOptions& options = {}) {
  return detail::TargetSettingReview(framework, options).run();
}

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_TARGET_SETTING_HPP
