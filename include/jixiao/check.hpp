/// @file check.hpp
/// @brief jixiao::check(): recompute a published evaluation from its facts and list every
///        number the report printed that contradicts them, or contradicts the report itself.
#ifndef JIXIAO_CHECK_HPP
#define JIXIAO_CHECK_HPP

#include <jixiao/agreement.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/framework.hpp>
#include <jixiao/printed.hpp>
#include <jixiao/rules.hpp>
#include <jixiao/scorecard.hpp>
#include <jixiao/version.hpp>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief The outcome of check(): the recomputed scorecard and the findings, in the order of
/// the printed numbers.
struct CheckReport {
  Scorecard card;                 ///< The evaluation recomputed from its facts.
  std::vector<Finding> findings;  ///< Every inconsistency found, each once.

  /// How many findings have `severity`.
  [[nodiscard]] std::size_t count(Severity severity) const {
    return static_cast<std::size_t>(
        std::count_if(findings.begin(), findings.end(),
                      [&](const Finding& f) { return f.severity == severity; }));
  }
  /// Whether no finding is at least as severe as `threshold` (error < warning < note).
  [[nodiscard]] bool passes(Severity threshold) const {
    return std::none_of(findings.begin(), findings.end(), [&](const Finding& f) {
      return static_cast<int>(f.severity) <= static_cast<int>(threshold);
    });
  }
};

namespace detail {

// `exact` as `like` would print it at `places` places: "8.62", "34.79%".
inline std::string shown_at(const Ratio& exact, const PrintedNumber& like, int places) {
  PrintedNumber copy = like;
  copy.value = exact.round(places, Rounding::half_up);
  return copy.shown();
}

inline std::string two_places(const Decimal& value) {
  FixedFormat spec;
  return format(value, spec);
}

class Checker {
 public:
  Checker(const Framework& framework, const Evaluation& evaluation)
      : framework_(framework),
        facts_(evaluation.facts),
        printed_(evaluation.printed),
        card_(evaluate(framework, evaluation)) {
    for (std::size_t i = 0; i < printed_.size(); ++i) {
      const Key key = key_of(printed_[i]);
      if (first_.find(key) == first_.end()) first_.emplace(key, i);
      occurrences_[key].push_back(i);
    }
  }

  CheckReport run() {
    duplicates();
    // Inputs before what is made of them, so that a consequence finds its cause: leaves,
    // groups from the deepest, the total, then rates, counts, and what derives from those.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < printed_.size(); ++i) {
      if (is_first(i)) order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return rank(a) < rank(b); });
    for (const std::size_t i : order) check_value(i);
    coherence();
    manual_scores();
    scored_twice();
    std::stable_sort(findings_.begin(), findings_.end(),
                     [](const Finding& a, const Finding& b) { return a.position < b.position; });
    return CheckReport{std::move(card_), std::move(findings_)};
  }

 private:
  using Key = std::tuple<PrintedQuantity, std::string, std::string>;

  int rank(std::size_t i) const {
    const PrintedNumber& p = printed_[i];
    const NodeScore* n = p.indicator.empty() ? nullptr : card_.find(p.indicator);
    const int depth = n ? n->depth : 0;
    switch (p.what) {
      case PrintedQuantity::score:
        return 100 - depth;  // leaves and deep groups first
      case PrintedQuantity::total:
        return 200;
      case PrintedQuantity::score_rate:
        return 300;
      case PrintedQuantity::indicator_count:
      case PrintedQuantity::full_marks_count:
        return 400 - depth;  // a category's count before the whole table's
      case PrintedQuantity::deducted_count:
        return 500 - depth;
      case PrintedQuantity::completion_rate:
      case PrintedQuantity::overall_rate:
        return 600;
      case PrintedQuantity::deviation:
        return 700;
      case PrintedQuantity::grade:
        return 800;
      default:
        return 0;  // budget lines and rates, ratios, actual values: from the facts alone
    }
  }

  // The identity of a printed quantity: two printed numbers with the same key are the same
  // quantity (a ratio is identified by its numerator and denominator).
  static Key key_of(const PrintedNumber& p) {
    std::string name = p.name;
    if (p.what == PrintedQuantity::ratio && p.numerator && p.denominator)
      name = p.numerator->to_string() + "/" + p.denominator->to_string();
    return std::make_tuple(p.what, p.indicator, name);
  }

  bool is_first(std::size_t i) const {
    const PrintedNumber& p = printed_[i];
    return first_.at(key_of(p)) == i;
  }
  const PrintedNumber* find(PrintedQuantity what, const std::string& indicator = "",
                            const std::string& name = "") const {
    const auto found = first_.find(std::make_tuple(what, indicator, name));
    return found == first_.end() ? nullptr : &printed_[found->second];
  }
  std::size_t index_of(const PrintedNumber* p) const {
    return static_cast<std::size_t>(p - printed_.data());
  }

  std::string subject(const PrintedNumber& p) const {
    std::string text;
    if (!p.indicator.empty()) {
      const NodeScore* node = card_.find(p.indicator);
      text = node ? node->code + " " + node->name + " " : p.indicator + " ";
    }
    if (!p.name.empty()) text += p.name + " ";
    return text + std::string(wording(p.what));
  }

  Finding& add(std::size_t position, std::string id, Severity severity, std::string printed,
               std::string expected, std::string zh, std::string en, std::string trace) {
    Finding f;
    f.id = std::move(id);
    f.severity = severity;
    if (position < printed_.size()) {
      f.subject = subject(printed_[position]);
      f.indicator = printed_[position].indicator;
      f.where = printed_[position].where;
    }
    f.printed = std::move(printed);
    f.expected = std::move(expected);
    f.message_zh = std::move(zh);
    f.message_en = std::move(en);
    f.trace = std::move(trace);
    f.position = position;
    findings_.push_back(std::move(f));
    return findings_.back();
  }

  // The places the rules give the quantity printed as `p` (docs/checks.md, "The agreement
  // rule"): its RoundingPolicy step for scores and rates, whole numbers for counts; an amount
  // is exact, so its places are those of the exact value.
  int rules_places(const PrintedNumber& p, const Ratio& exact) const {
    const RoundingPolicy& policy = framework_.rounding;
    switch (p.what) {
      case PrintedQuantity::score: {
        const NodeScore* n = node(p);
        if (n && !n->leaf && policy.parent) return policy.parent->places;
        return policy.leaf.places;
      }
      case PrintedQuantity::total:
        return policy.total ? policy.total->places : policy.leaf.places;
      case PrintedQuantity::indicator_count:
      case PrintedQuantity::full_marks_count:
      case PrintedQuantity::deducted_count:
        return 0;
      case PrintedQuantity::budget_initial:
      case PrintedQuantity::budget_adjusted:
      case PrintedQuantity::budget_received:
      case PrintedQuantity::budget_spent:
      case PrintedQuantity::source:
      case PrintedQuantity::use:
      case PrintedQuantity::actual:  // a fact restated: exact, like an amount
        return exact.denominator() == Decimal(1) ? exact.numerator().strip_trailing_zeros().scale()
                                                 : p.value->scale();
      default:
        return policy.rate ? policy.rate->places : 4;  // rates: 2 places of a percentage
    }
  }

  Agreement agree(const PrintedNumber& p, const Ratio& exact) const {
    return agreement(*p.value, exact, rules_places(p, exact));
  }

  // `exact` as the rules give it, written like `p`: at the rules' places, or at the printed
  // ones if the report printed more.
  std::string expected(const Ratio& exact, const PrintedNumber& p) const {
    return shown_at(exact, p, std::max(p.value->scale(), rules_places(p, exact)));
  }

  // The grade the total would have if `p` were used instead of `exact`, when that differs
  // from the grade of the recomputed total (a printed score or total coarse enough to move a
  // grade boundary); empty otherwise.
  std::string changed_grade(const PrintedNumber& p, const Ratio& exact) const {
    if (!card_.rating.is_rated()) return "";
    Ratio total(card_.total);
    if (p.what == PrintedQuantity::total) {
      total = Ratio(*p.value);
    } else if (p.what == PrintedQuantity::score) {
      const NodeScore& root = card_.nodes.front();
      Ratio shift = Ratio(*p.value) - Ratio(exact.round(rules_places(p, exact), Rounding::half_up));
      if (root.applicable_points != root.points && !root.applicable_points.is_zero() &&
          framework_.not_applicable == NotApplicablePolicy::rescale)
        shift = shift * Ratio(framework_.declared_total, root.applicable_points);
      total = total + shift;
    } else {
      return "";
    }
    const GradeBand* band = framework_.grades.band_of_exact(total, framework_.declared_total);
    const std::string label = band ? band->label : "无等级";
    return label == card_.rating.label ? "" : label;
  }

  // JX-C802: printed with fewer places than the rules give, and right at those.
  void less_precise(std::size_t i, const std::string& id, const Ratio& exact,
                    const std::string& trace) {
    const PrintedNumber& p = printed_[i];
    const int places = rules_places(p, exact);
    const Decimal rules_value = exact.round(places, Rounding::half_up);
    Decimal gap = *p.value - rules_value;
    if (gap.signum() < 0) gap = -gap;
    PrintedNumber gap_shown = p;
    gap_shown.value = gap;
    std::string gap_zh = gap_shown.shown();
    std::string gap_en = gap_zh;
    if (is_rate(p.what) || p.percent) {
      gap_zh = (gap * Decimal(100)).round(places > 2 ? places - 2 : 0, Rounding::half_up)
                   .to_string();
      gap_en = gap_zh + " percentage points";
      gap_zh += " 个百分点";
    } else if (p.what == PrintedQuantity::score || p.what == PrintedQuantity::total) {
      gap_zh += " 分";
      gap_en += " points";
    }
    const std::string grade = changed_grade(p, exact);
    std::string zh = subject(p) + "的精度低于评分规则：报告为 " + p.shown() + "，规则得 " +
                     expected(exact, p) + "，相差 " + gap_zh + "（" + id + "）";
    std::string en = subject(p) + " is printed less precisely than the rules: " + p.shown() +
                     " for " + expected(exact, p) + ", " + gap_en + " (" + id + ")";
    if (!grade.empty()) {
      zh += "；按报告数值等级为 " + grade + "，按规则为 " + card_.rating.label;
      en += "; the printed value grades " + grade + ", the rules " + card_.rating.label;
    }
    const Finding& f = add(i, "JX-C802", grade.empty() ? Severity::warning : Severity::error,
                           p.shown(), expected(exact, p), zh, en, trace);
    roots_[i].insert(static_cast<std::size_t>(&f - findings_.data()));
  }

  // Compares printed number `i` with `from_printed` (computed from the other printed numbers,
  // the facts filling what was not printed) and with `recomputed` (from the facts alone), by
  // the agreement rule. A disagreement with the printed inputs is a finding of class `id`;
  // agreement with them but not with the facts makes `i` a consequence of the findings about
  // its inputs.
  void compare(std::size_t i, const std::string& id, const Ratio& from_printed,
               const Ratio& recomputed, const std::vector<std::size_t>& inputs,
               const std::string& trace, const std::string& zh_what, const std::string& en_what) {
    const PrintedNumber& p = printed_[i];
    const Agreement internal = agree(p, from_printed);
    if (internal == Agreement::same) {
      if (agree(p, recomputed) == Agreement::same) return;
      const std::string consequence =
          subject(p) + " " + p.shown() + "（按事实应为 " + expected(recomputed, p) + "）";
      bool attached = false;
      for (const std::size_t input : inputs) {
        for (const std::size_t root : roots_of(input)) {
          auto& list = findings_[root].consequences;
          if (std::find(list.begin(), list.end(), consequence) == list.end())
            list.push_back(consequence);
          attached = true;
        }
      }
      if (attached) {
        for (const std::size_t input : inputs) {
          for (const std::size_t root : roots_of(input)) roots_[i].insert(root);
        }
        return;
      }
      // No printed input explains it: it contradicts the facts on its own.
      if (agree(p, recomputed) == Agreement::less_precise) return less_precise(i, id, recomputed, trace);
      const Finding& f =
          add(i, id, Severity::error, p.shown(), expected(recomputed, p),
              zh_what + "：报告为 " + p.shown() + "，按事实应为 " + expected(recomputed, p),
              en_what + ": the report prints " + p.shown() + ", the facts give " +
                  expected(recomputed, p),
              trace);
      roots_[i].insert(static_cast<std::size_t>(&f - findings_.data()));
      return;
    }
    if (internal == Agreement::less_precise) return less_precise(i, id, from_printed, trace);
    if (internal == Agreement::rounding) {
      const Finding& f =
          add(i, "JX-C801", Severity::note, p.shown(), expected(from_printed, p),
              zh_what + "：报告为 " + p.shown() + "，四舍五入应为 " + expected(from_printed, p) +
                  "，仅为舍入差异（" + id + "）",
              en_what + ": the report prints " + p.shown() + ", rounding half up gives " +
                  expected(from_printed, p) + "; a difference of rounding only (" + id + ")",
              trace);
      roots_[i].insert(static_cast<std::size_t>(&f - findings_.data()));
      return;
    }
    std::string zh = zh_what + "：报告为 " + p.shown() + "，应为 " + expected(from_printed, p);
    std::string en = en_what + ": the report prints " + p.shown() + ", which should be " +
                     expected(from_printed, p);
    if (agree(p, recomputed) != Agreement::same && recomputed != from_printed) {
      zh += "（按事实重算为 " + expected(recomputed, p) + "）";
      en += " (recomputed from the facts: " + expected(recomputed, p) + ")";
    }
    const Finding& f =
        add(i, id, Severity::error, p.shown(), expected(from_printed, p), zh, en, trace);
    roots_[i].insert(static_cast<std::size_t>(&f - findings_.data()));
  }

  // The findings that explain why printed number `i` differs from the facts.
  std::set<std::size_t> roots_of(std::size_t i) const {
    const auto found = roots_.find(i);
    return found == roots_.end() ? std::set<std::size_t>{} : found->second;
  }

  // The 得分 of `code` as printed, else as recomputed; `used` collects the printed inputs.
  Ratio score_of(const NodeScore& node, std::vector<std::size_t>& used) const {
    if (const PrintedNumber* p = find(PrintedQuantity::score, node.code); p && p->value) {
      used.push_back(index_of(p));
      return Ratio(*p->value);
    }
    return Ratio(node.score);
  }

  // The children of group `index` in the scorecard.
  std::vector<const NodeScore*> children(const NodeScore& group) const {
    std::vector<const NodeScore*> out;
    std::size_t at = static_cast<std::size_t>(&group - card_.nodes.data());
    for (std::size_t j = at + 1; j < card_.nodes.size() && card_.nodes[j].depth > group.depth;
         ++j) {
      if (card_.nodes[j].depth == group.depth + 1) out.push_back(&card_.nodes[j]);
    }
    return out;
  }

  // The group's 得分 from its children's (printed where printed), with the sum written out.
  Ratio children_sum(const NodeScore& group, std::vector<std::size_t>& used,
                     std::string& trace) const {
    Ratio sum(Decimal(0));
    trace.clear();
    for (const NodeScore* child : children(group)) {
      const Ratio score = score_of(*child, used);
      sum = sum + score;
      trace += (trace.empty() ? "" : "+") + two_places(score.round(2, Rounding::half_up)) + "（" +
               child->code + "）";
    }
    trace += "=" + two_places(sum.round(2, Rounding::half_up));
    return sum;
  }

  const NodeScore* node(const PrintedNumber& p) const { return card_.find(p.indicator); }

  // The counts of the table: the leaves' scores, printed where printed.
  struct Counts {
    int indicators = 0;
    int full_marks = 0;
    int deducted = 0;
  };
  Counts table_counts(const std::string& scope, std::vector<std::size_t>& used) const {
    Counts counts;
    for (const NodeScore* leaf : card_.leaves_under(scope)) {
      if (!leaf->applicable) continue;
      const Ratio score = score_of(*leaf, used);
      ++counts.indicators;
      if (score >= Ratio(leaf->points))
        ++counts.full_marks;
      else
        ++counts.deducted;
    }
    return counts;
  }

  // JX-C202: a printed rate whose quotient is undefined (`fraction` is "0/0", "5/0"). It
  // cannot be compared, so it is a note: never 0%, never ∞, never silence.
  void undefined(std::size_t i, const std::string& fraction) {
    const PrintedNumber& p = printed_[i];
    add(i, "JX-C202", Severity::note, p.shown(), "",
        subject(p) + "无法计算：分母为 0（" + fraction + "），报告为 " + p.shown() + "，未比较",
        subject(p) + ": the rate is undefined (" + fraction + "); the report prints " + p.shown() +
            ", which cannot be compared",
        fraction);
  }

  // JX-C203: a printed number the facts give nothing to compare with (no budget block, an
  // indicator the framework lacks). A note, so that nothing passes unseen.
  void not_compared(std::size_t i, const std::string& why_zh, const std::string& why_en) {
    const PrintedNumber& p = printed_[i];
    add(i, "JX-C203", Severity::note, p.shown(), "",
        subject(p) + "未比较：" + why_zh + "（报告为 " + p.shown() + "）",
        subject(p) + " is not compared: " + why_en + " (the report prints " + p.shown() + ")", "");
  }

  void check_value(std::size_t i) {
    const PrintedNumber& p = printed_[i];
    if (p.what == PrintedQuantity::grade) return check_grade(i);
    if (!p.value) return;
    std::vector<std::size_t> used;
    switch (p.what) {
      case PrintedQuantity::score: {
        const NodeScore* n = node(p);
        if (!n) return not_compared(i, "评价体系中无此指标", "the framework has no such indicator");
        if (*p.value > n->points || p.value->signum() < 0) {
          add(i, "JX-C302", Severity::error, p.shown(), "[0, " + two_places(n->points) + "]",
              subject(p) + "超出分值范围：报告为 " + p.shown() + "，分值为 " +
                  two_places(n->points),
              subject(p) + " outside [0, 分值]: the report prints " + p.shown() + ", the 分值 is " +
                  two_places(n->points),
              "");
        }
        if (n->leaf) {
          if (outside_level_band(i, *n)) return;
          if (agree(p, Ratio(n->score)) != Agreement::same) {
            compare(i, "JX-C301", Ratio(n->score), Ratio(n->score), {}, n->trace.to_report_text(),
                    subject(p) + "与评分规则不符", subject(p) + " differs from its rule");
          }
          return;
        }
        std::string trace;
        const Ratio sum = children_sum(*n, used, trace);
        compare(i, "JX-C101", sum, Ratio(n->score), used, trace,
                subject(p) + "不等于下级指标得分之和",
                subject(p) + " is not the sum of its indicators'");
        return;
      }
      case PrintedQuantity::total: {
        std::string trace;
        const NodeScore& root = card_.nodes.front();
        Ratio sum = children_sum(root, used, trace);
        if (root.applicable_points != root.points && !root.applicable_points.is_zero()) {
          sum = sum * Ratio(card_.out_of, root.applicable_points);
          trace += "；×" + two_places(card_.out_of) + "/" + two_places(root.applicable_points);
        }
        compare(i, "JX-C103", sum, Ratio(card_.total), used, trace, "总分不等于各一级指标得分之和",
                "the 总分 is not the sum of the categories");
        return;
      }
      case PrintedQuantity::score_rate: {
        const NodeScore* n = node(p);
        if (!n) return not_compared(i, "评价体系中无此指标", "the framework has no such indicator");
        const Ratio score = score_of(*n, used);
        if (n->applicable_points.is_zero())
          return undefined(i, two_places(score.round(2, Rounding::half_up)) + "/0");
        compare(
            i, "JX-C201", score * Ratio(Decimal(1), n->applicable_points),
            Ratio(n->score, n->applicable_points), used,
            two_places(score.round(2, Rounding::half_up)) + "/" + two_places(n->applicable_points),
            subject(p) + "与得分/分值不符", subject(p) + " is not 得分 / 分值");
        return;
      }
      case PrintedQuantity::indicator_count:
      case PrintedQuantity::full_marks_count:
      case PrintedQuantity::deducted_count:
        return check_count(i);
      case PrintedQuantity::completion_rate: {
        std::vector<std::size_t> unused;
        const Counts table = table_counts("", unused);
        const Counts facts = recomputed_counts("");
        int full = table.full_marks;
        int all = table.indicators;
        if (const PrintedNumber* f = find(PrintedQuantity::full_marks_count); f && f->value) {
          full = std::stoi(f->value->round(0, Rounding::down).to_string());
          used.push_back(index_of(f));
        }
        if (const PrintedNumber* a = find(PrintedQuantity::indicator_count); a && a->value) {
          all = std::stoi(a->value->round(0, Rounding::down).to_string());
          used.push_back(index_of(a));
        }
        if (all == 0) return undefined(i, std::to_string(full) + "/0");
        compare(i, "JX-C201", Ratio(full, all), Ratio(facts.full_marks, facts.indicators), used,
                std::to_string(full) + "/" + std::to_string(all),
                "指标完成率与满分指标数/三级指标数不符",
                "the 指标完成率 is not full-mark indicators / indicators");
        return;
      }
      case PrintedQuantity::overall_rate: {
        Ratio total(card_.total);
        if (const PrintedNumber* t = find(PrintedQuantity::total); t && t->value) {
          total = Ratio(*t->value);
          used.push_back(index_of(t));
        }
        if (card_.out_of.is_zero())
          return undefined(i, two_places(total.round(2, Rounding::half_up)) + "/0");
        compare(i, "JX-C201", total * Ratio(Decimal(1), card_.out_of),
                Ratio(card_.total, card_.out_of), used,
                two_places(total.round(2, Rounding::half_up)) + "/" + two_places(card_.out_of),
                "总体完成率与总分/满分不符", "the 总体完成率 is not 总分 / full marks");
        return;
      }
      case PrintedQuantity::budget_initial:
      case PrintedQuantity::budget_adjusted:
      case PrintedQuantity::budget_received:
      case PrintedQuantity::budget_spent:
      case PrintedQuantity::source:
      case PrintedQuantity::use:
        return check_budget_line(i);
      case PrintedQuantity::arrival_rate:
      case PrintedQuantity::execution_rate:
        return check_budget_rate(i);
      case PrintedQuantity::deviation:
        return check_deviation(i);
      case PrintedQuantity::ratio:
        if (!p.numerator || !p.denominator)
          return not_compared(i, "未列分子与分母", "no numerator and denominator are given");
        if (p.denominator->is_zero())
          return undefined(i, p.numerator->to_string() + "/" + p.denominator->to_string());
        compare(i, "JX-C201", Ratio(*p.numerator, *p.denominator),
                Ratio(*p.numerator, *p.denominator), {},
                p.numerator->to_string() + "/" + p.denominator->to_string(),
                "比率与分子/分母不符", "the rate is not its numerator / denominator");
        return;
      case PrintedQuantity::actual:
        return check_actual(i);
      case PrintedQuantity::grade:
        return;
    }
  }

  // JX-C602: a printed 得分 of a qualitative leaf outside the band of the level its facts
  // give (部分达成 of a 20-point indicator is [12, 16)). True when it found one.
  bool outside_level_band(std::size_t i, const NodeScore& leaf) {
    const PrintedNumber& p = printed_[i];
    const Indicator* indicator = framework_.root.find(leaf.code);
    const auto* rule =
        indicator ? dynamic_cast<const rules::QualitativeBands*>(indicator->rule.get()) : nullptr;
    const LeafFacts* facts = rule ? facts_.find(leaf.code) : nullptr;
    const FactValue* chosen = facts ? facts->find(rule->level_input()) : nullptr;
    if (!chosen || !chosen->text()) return false;
    for (const rules::Level& level : rule->levels()) {
      const bool named = level.label == *chosen->text() ||
                         std::find(level.aliases.begin(), level.aliases.end(), *chosen->text()) !=
                             level.aliases.end();
      if (!named) continue;
      if (level.share.contains(Ratio(*p.value, leaf.points))) return false;
      // The band in points, as the 评分标准 prints it: "[12.00, 16.00)".
      const auto& low = level.share.lower();
      const auto& high = level.share.upper();
      const std::string band = (low && low->inclusive ? "[" : "(") +
                               (low ? two_places(low->value * leaf.points) : "-∞") + ", " +
                               (high ? two_places(high->value * leaf.points) : "+∞") +
                               (high && high->inclusive ? "]" : ")");
      add(i, "JX-C602", Severity::error, p.shown(), band,
          subject(p) + "超出等级“" + level.label + "”的分数区间：报告为 " + p.shown() + "，应在 " +
              band + " 之内",
          subject(p) + " is outside the band of the level \"" + level.label +
              "\": the report prints " + p.shown() + ", the band is " + band,
          rule->level_input() + "=" + *chosen->text());
      return true;
    }
    return false;
  }

  Counts recomputed_counts(const std::string& scope) const {
    const std::optional<std::string_view> code =
        scope.empty() ? std::nullopt : std::optional<std::string_view>(scope);
    return {card_.indicator_count(code), card_.full_marks_count(code), card_.deducted_count(code)};
  }

  void check_count(std::size_t i) {
    const PrintedNumber& p = printed_[i];
    std::vector<std::size_t> used;
    const Counts facts = recomputed_counts(p.indicator);
    Counts table = table_counts(p.indicator, used);
    std::string trace = "评分表";
    // A total count is the sum of the categories' counts where all of those are printed.
    if (p.indicator.empty()) {
      std::vector<std::size_t> parts;
      Counts sum;
      bool all = true;
      std::string terms;
      for (const NodeScore* category : card_.categories()) {
        const PrintedNumber* c = find(p.what, category->code);
        if (!c || !c->value) {
          all = false;
          break;
        }
        parts.push_back(index_of(c));
        const int n = std::stoi(c->value->round(0, Rounding::down).to_string());
        terms += (terms.empty() ? "" : "+") + std::to_string(n);
        sum.indicators += n;
        sum.full_marks += n;
        sum.deducted += n;
      }
      if (all && !parts.empty()) {
        used = parts;
        table = sum;
        trace = terms;
      }
    }
    // 扣分 = 三级 − 满分 when both are printed.
    if (p.what == PrintedQuantity::deducted_count) {
      const PrintedNumber* a = find(PrintedQuantity::indicator_count, p.indicator);
      const PrintedNumber* f = find(PrintedQuantity::full_marks_count, p.indicator);
      if (a && a->value && f && f->value) {
        used = {index_of(a), index_of(f)};
        table.deducted = std::stoi((*a->value - *f->value).round(0, Rounding::down).to_string());
        trace = a->shown() + "−" + f->shown();
      }
    }
    const auto pick = [&](const Counts& c) {
      return p.what == PrintedQuantity::indicator_count
                 ? c.indicators
                 : (p.what == PrintedQuantity::full_marks_count ? c.full_marks : c.deducted);
    };
    compare(i, "JX-C401", Ratio(pick(table)), Ratio(pick(facts)), used,
            trace + "=" + std::to_string(pick(table)), subject(p) + "与评分表不符",
            subject(p) + " does not match the score table");
  }

  void check_grade(std::size_t i) {
    const PrintedNumber& p = printed_[i];
    if (const PrintedNumber* t = find(PrintedQuantity::total); t && t->value) {
      const Rating band = framework_.grades.grade(*t->value, framework_.declared_total);
      if (band.is_rated() && band.label != p.text) {
        add(i, "JX-C501", Severity::error, p.text, band.label,
            "等级与报告所列总分不符：总分 " + t->shown() + " 对应等级 " + band.label + "，报告为 " +
                p.text,
            "the grade does not match the printed total: " + t->shown() + " is " + band.label +
                ", the report prints " + p.text,
            framework_.grades.name());
        return;
      }
    }
    if (card_.rating.is_rated() && card_.rating.label != p.text) {
      add(i, "JX-C502", Severity::error, p.text, card_.rating.label,
          "等级与重算总分不符：重算总分 " + two_places(card_.total) + " 对应等级 " +
              card_.rating.label + "，报告为 " + p.text,
          "the grade does not match the recomputed total: " + two_places(card_.total) + " is " +
              card_.rating.label + ", the report prints " + p.text,
          framework_.grades.name());
      return;
    }
    if (!card_.rating.is_rated() && !find(PrintedQuantity::total)) {
      not_compared(i, "重算总分无等级（" + card_.rating.reason + "）",
                   "the recomputed total has no grade (" + card_.rating.reason + ")");
    }
  }

  // A printed 实际完成值 restates its leaf's fact of that name; printed twice with different
  // values it is already a finding (JX-C701) and is not compared again.
  void check_actual(std::size_t i) {
    const PrintedNumber& p = printed_[i];
    if (restated_differently_.count(key_of(p))) return;
    const LeafFacts* facts = facts_.find(p.indicator);
    const FactValue* fact = facts ? facts->find(wording(PrintedQuantity::actual)) : nullptr;
    const std::optional<Decimal> value = number_in(fact);
    if (!value) {
      return not_compared(i, "事实中无数值型实际完成值", "the facts give no numeric 实际完成值");
    }
    compare(i, "JX-C701", Ratio(*value), Ratio(*value), {}, "实际完成值：" + fact->to_string(),
            subject(p) + "与事实不符", subject(p) + " differs from the facts");
  }

  // A budget amount: the facts' budget block holds the amounts as the report states them in
  // its budget section; a printed amount elsewhere must match it.
  void check_budget_line(std::size_t i) {
    const PrintedNumber& p = printed_[i];
    if (!card_.budget) return not_compared(i, "事实中无预算执行情况", "the facts give no budget");
    const Budget& b = *card_.budget;
    std::optional<Decimal> fact;
    switch (p.what) {
      case PrintedQuantity::budget_initial:
        fact = b.initial;
        break;
      case PrintedQuantity::budget_adjusted:
        fact = b.adjusted;
        break;
      case PrintedQuantity::budget_received:
        fact = b.received;
        break;
      case PrintedQuantity::budget_spent:
        fact = b.spent;
        break;
      default:
        for (const BudgetLine& line : p.what == PrintedQuantity::source ? b.sources : b.uses) {
          if (line.name == p.name) fact = line.amount;
        }
    }
    if (!fact) {
      return not_compared(i, "预算执行情况中无此项", "the budget block does not give it");
    }
    compare(i, "JX-C701", Ratio(*fact), Ratio(*fact), {}, "预算执行情况：" + fact->to_string(),
            subject(p) + "与预算执行情况不符", subject(p) + " differs from the budget block");
  }

  void check_budget_rate(std::size_t i) {
    const PrintedNumber& p = printed_[i];
    if (!card_.budget) return not_compared(i, "事实中无预算执行情况", "the facts give no budget");
    const Budget& b = *card_.budget;
    const bool arrival = p.what == PrintedQuantity::arrival_rate;
    if (arrival && !b.received) {
      return not_compared(i, "预算执行情况中无实际到位资金", "the budget block gives no 实际到位资金");
    }
    const Decimal& numerator = arrival ? *b.received : b.spent;
    const Decimal& denominator = arrival ? b.adjusted : b.execution_base();
    if (denominator.is_zero())
      return undefined(i, numerator.to_string() + "/" + denominator.to_string());
    const std::string formula = arrival ? std::string("实际到位资金/全年预算数")
                                        : std::string("实际支出资金/") + b.execution_base_name();
    compare(i, "JX-C201", Ratio(numerator, denominator), Ratio(numerator, denominator), {},
            numerator.to_string() + "/" + denominator.to_string(),
            std::string(wording(p.what)) + "与" + formula + "不符",
            "the " + std::string(wording(p.what)) + " is not " + formula);
  }

  void check_deviation(std::size_t i) {
    std::vector<std::size_t> used;
    if (!card_.budget) return not_compared(i, "事实中无预算执行情况", "the facts give no budget");
    const std::optional<Ratio> execution = card_.budget->execution_rate();
    if (!execution) {
      return undefined(i, "预算执行率 " + card_.budget->spent.to_string() + "/" +
                              card_.budget->execution_base().to_string());
    }
    if (card_.out_of.is_zero()) return undefined(i, "总体完成率 " + two_places(card_.total) + "/0");
    Ratio overall(card_.total, card_.out_of);
    Ratio executed = *execution;
    std::string overall_text = shown_percent(overall);
    std::string executed_text = shown_percent(executed);
    if (const PrintedNumber* o = find(PrintedQuantity::overall_rate); o && o->value) {
      overall = Ratio(*o->value);
      overall_text = o->shown();
      used.push_back(index_of(o));
    }
    if (const PrintedNumber* e = find(PrintedQuantity::execution_rate); e && e->value) {
      executed = Ratio(*e->value);
      executed_text = e->shown();
      used.push_back(index_of(e));
    }
    compare(i, "JX-C201", overall - executed, Ratio(card_.total, card_.out_of) - *execution, used,
            overall_text + "−" + executed_text, "偏差与总体完成率−预算执行率不符",
            "the 偏差 is not 总体完成率 − 预算执行率");
  }

  static std::string shown_percent(const Ratio& value) {
    FixedFormat spec;
    spec.notation = Notation::percent;
    return format(value, spec);
  }

  // JX-C701: each quantity printed more than once with values that disagree at the coarser
  // of their precisions; JX-C102 for breakdowns that do not add up.
  void duplicates() {
    for (const auto& [key, positions] : occurrences_) {
      if (positions.size() < 2) continue;
      const PrintedNumber& first = printed_[positions.front()];
      std::string values;   // "100.00%；34.79%"
      std::string located;  // "100.00%（三（一））；34.79%（四（三））"
      bool differ = false;
      for (const std::size_t at : positions) {
        const PrintedNumber& p = printed_[at];
        values += (values.empty() ? "" : "；") + p.shown();
        located += (located.empty() ? "" : "；") + p.shown() +
                   (p.where.empty() ? "" : "（" + p.where + "）");
        if (first.value && p.value) {
          const int places = std::min(first.value->scale(), p.value->scale());
          differ = differ || first.value->round(places, Rounding::half_up) !=
                                 p.value->round(places, Rounding::half_up);
        } else if (first.text != p.text) {
          differ = true;
        }
      }
      if (!differ) continue;
      restated_differently_.insert(key);
      add(positions.front(), "JX-C701", Severity::error, values, "",
          subject(first) + "前后不一致：" + located,
          subject(first) + " is printed with different values: " + located, "");
    }
    breakdowns();
  }

  void breakdowns() {
    if (!card_.budget) return;
    const Budget& b = *card_.budget;
    // `amount` of each line, where every line of the breakdown gives one.
    using Column = std::optional<Decimal> (*)(const BudgetLine&);
    const auto check_sum = [&](const std::vector<BudgetLine>& lines, Column amount,
                               const Decimal& total, const char* zh_lines, const char* zh_total,
                               const char* en_lines, PrintedQuantity total_what,
                               PrintedQuantity anchor) {
      if (lines.empty()) return;
      Decimal sum;
      std::string terms;
      for (const BudgetLine& line : lines) {
        const std::optional<Decimal> value = amount(line);
        if (!value) return;
        sum += *value;
        terms += (terms.empty() ? "" : "+") + value->to_string();
      }
      if (sum == total) return;
      // Located where the total was printed, else at the first printed line of the breakdown.
      std::size_t position = printed_.size();
      for (const PrintedQuantity what : {total_what, anchor}) {
        for (std::size_t i = 0; i < printed_.size() && position == printed_.size(); ++i) {
          if (printed_[i].what == what) position = i;
        }
      }
      // The total is what the report states; the lines are what it should add up to.
      Finding& f = add(position, "JX-C102", Severity::error, total.to_string(), sum.to_string(),
                       std::string(zh_total) + " " + total.to_string() + " 不等于" + zh_lines +
                           "合计 " + sum.to_string(),
                       std::string("the ") + zh_total + " " + total.to_string() +
                           " is not the sum of " + en_lines + ", " + sum.to_string(),
                       terms + "=" + sum.to_string());
      f.subject = zh_total;
      f.indicator.clear();
      if (position == printed_.size()) f.position = std::numeric_limits<std::size_t>::max() - 1;
    };
    const Column amount = [](const BudgetLine& line) { return std::optional<Decimal>(line.amount); };
    const Column initial = [](const BudgetLine& line) { return line.initial; };
    const Column spent = [](const BudgetLine& line) { return line.spent; };
    // A 自评表's 资金来源 lines give 年初预算数 and 全年执行数 too: each column adds up.
    check_sum(b.sources, initial, b.initial, "资金来源", "年初预算数", "the 资金来源 lines",
              PrintedQuantity::budget_initial, PrintedQuantity::source);
    check_sum(b.sources, amount, b.adjusted, "资金来源", "全年预算数", "the 资金来源 lines",
              PrintedQuantity::budget_adjusted, PrintedQuantity::source);
    check_sum(b.sources, spent, b.spent, "资金来源", "全年执行数", "the 资金来源 lines",
              PrintedQuantity::budget_spent, PrintedQuantity::source);
    check_sum(b.uses, amount, b.spent, "资金用途", "实际支出资金", "the 资金用途 lines",
              PrintedQuantity::budget_spent, PrintedQuantity::use);
  }

  // JX-C601: a target met by its comparator but scored below full marks.
  void coherence() {
    for (const NodeScore* leaf : card_.leaves()) {
      if (!leaf->applicable || !leaf->trace.target_met.value_or(false)) continue;
      if (leaf->score >= leaf->points) continue;
      std::size_t position = std::numeric_limits<std::size_t>::max() - 1;
      if (const PrintedNumber* p = find(PrintedQuantity::score, leaf->code)) position = index_of(p);
      Finding& f = add(position, "JX-C601", Severity::warning, two_places(leaf->score),
                       two_places(leaf->points),
                       leaf->code + " " + leaf->name + "：指标值" + leaf->target +
                           "已达成，但得分 " + two_places(leaf->score) + " 低于满分 " +
                           two_places(leaf->points) + "，评分规则与指标值不一致",
                       leaf->code + " " + leaf->name + ": the target " + leaf->target +
                           " is met, yet it scores " + two_places(leaf->score) + " of " +
                           two_places(leaf->points) + "; the rule and the target disagree",
                       leaf->trace.to_report_text());
      f.subject = leaf->code + " " + leaf->name;
      f.indicator = leaf->code;
    }
  }

  // What the checks of the evaluator's own scores (manual_score leaves) need of one leaf.
  struct ManualRow {
    const NodeScore* leaf = nullptr;
    const Indicator* indicator = nullptr;
    Ratio actual{0};
    Ratio completion{0};  // 实际完成值 / 指标值 (指标值 / 实际完成值 for a ceiling)
    bool met = false;
    std::string reason;  // empty when none was written
  };

  // The manual_score leaves that carry a numeric target and a numeric 实际完成值.
  std::vector<ManualRow> manual_rows() const {
    std::vector<ManualRow> rows;
    for (const NodeScore* leaf : card_.leaves()) {
      if (!leaf->applicable) continue;
      const Indicator* indicator = framework_.root.find(leaf->code);
      if (!indicator || !dynamic_cast<const rules::ManualScore*>(indicator->rule.get())) continue;
      const Target& target = indicator->target;
      if (!target.is_quantitative() || !target.value()) continue;
      const LeafFacts* facts = facts_.find(leaf->code);
      const FactValue* fact = facts ? facts->find(wording(PrintedQuantity::actual)) : nullptr;
      const std::optional<Decimal> actual = number_in(fact);
      if (!actual) continue;
      ManualRow row;
      row.leaf = leaf;
      row.indicator = indicator;
      row.actual = Ratio(*actual);
      row.met = target.met_by(row.actual);
      const bool ceiling = *target.comparator() == Comparator::at_most ||
                           *target.comparator() == Comparator::below;
      const Decimal& goal = *target.value();
      if (ceiling && !actual->is_zero())
        row.completion = Ratio(goal, *actual);
      else if (!ceiling && !goal.is_zero())
        row.completion = Ratio(*actual, goal);
      else
        row.completion = Ratio(row.met ? 1 : 0);
      const auto* rule = static_cast<const rules::ManualScore*>(indicator->rule.get());
      const FactValue* reason = facts->find(rule->reason_input());
      if (reason && reason->text() && *reason->text() != rules::no_reason_given)
        row.reason = *reason->text();
      rows.push_back(row);
    }
    return rows;
  }

  std::size_t position_of(const NodeScore& leaf) const {
    if (const PrintedNumber* p = find(PrintedQuantity::score, leaf.code)) return index_of(p);
    return std::numeric_limits<std::size_t>::max() - 1;
  }

  Finding& add_about(const NodeScore& leaf, std::string id, Severity severity,
                     std::string expected, std::string zh, std::string en, std::string trace) {
    Finding& f = add(position_of(leaf), std::move(id), severity, two_places(leaf.score),
                     std::move(expected), std::move(zh), std::move(en), std::move(trace));
    f.subject = leaf.code + " " + leaf.name;
    f.indicator = leaf.code;
    return f;
  }

  // JX-C603, JX-C604, JX-C802 and JX-C605 on the scores an evaluator wrote against a target:
  // the table's own rule (full marks when the target is met; 实际完成值 / 指标值 × 分值
  // otherwise) is the yardstick.
  void manual_scores() {
    const std::vector<ManualRow> rows = manual_rows();
    for (const ManualRow& row : rows) {
      const NodeScore& leaf = *row.leaf;
      const std::string target = row.indicator->target.to_string();
      const std::string actual = fact_text(leaf.code);
      const Ratio proportional = row.completion * Ratio(leaf.points);
      const std::string proportional_text =
          two_places(proportional.round(framework_.rounding.leaf.places, Rounding::half_up));
      if (row.met && leaf.score < leaf.points) {
        // 20 × 98% for a target of 98% that was met: the rate applied where full marks are due.
        const Ratio times = row.actual * Ratio(leaf.points);
        const bool rate_times_points =
            times.round(framework_.rounding.leaf.places, Rounding::half_up) == leaf.score;
        std::string zh = leaf.code + " " + leaf.name + "：实际完成值 " + actual + " 已达到指标值" +
                         target + "，但得分 " + two_places(leaf.score) + " 低于满分 " +
                         two_places(leaf.points);
        std::string en = leaf.code + " " + leaf.name + ": the 实际完成值 " + actual +
                         " meets the target " + target + ", yet it scores " +
                         two_places(leaf.score) + " of " + two_places(leaf.points);
        if (rate_times_points) {
          zh += "（得分按 " + two_places(leaf.points) + "×" + actual + " 计算，而指标已达成应得满分）";
          en += " (scored as " + two_places(leaf.points) + " × " + actual +
                ", where a met target earns full marks)";
        }
        zh += row.reason.empty() ? "，且未写明扣分理由" : "；评分理由：" + row.reason;
        en += row.reason.empty() ? ", and no reason is given" : "; the reason given: " + row.reason;
        add_about(leaf, "JX-C603", row.reason.empty() ? Severity::warning : Severity::note,
                  two_places(leaf.points), zh, en,
                  actual + " 对 " + target + "：已达成");
        continue;
      }
      if (!row.met && leaf.score >= leaf.points) {
        add_about(leaf, "JX-C604", Severity::warning, proportional_text,
                  leaf.code + " " + leaf.name + "：实际完成值 " + actual + " 未达到指标值" +
                      target + "，却得满分 " + two_places(leaf.score) + "（按 实际完成值/指标值×分值 为 " +
                      proportional_text + "）",
                  leaf.code + " " + leaf.name + ": the 实际完成值 " + actual +
                      " misses the target " + target + ", yet it scores full marks " +
                      two_places(leaf.score) + " (实际完成值 / 指标值 × 分值 gives " +
                      proportional_text + ")",
                  actual + " 对 " + target + "：未达成");
        continue;
      }
      // A missed target scored at fewer places than the rules give: 9 for 8.62.
      if (!row.met) {
        const PrintedNumber* p = find(PrintedQuantity::score, leaf.code);
        if (p && p->value &&
            agreement(*p->value, proportional, framework_.rounding.leaf.places) ==
                Agreement::less_precise) {
          less_precise(index_of(p), "实际完成值/指标值×分值", proportional,
                       actual + "/" + target + "×" + two_places(leaf.points) + "=" +
                           proportional_text);
        }
      }
    }
    monotone(rows);
  }

  // JX-C605: among rows scored alike (same group, 分值, comparator and unit), a higher
  // completion never scores lower.
  void monotone(const std::vector<ManualRow>& rows) {
    std::set<const NodeScore*> reported;
    for (std::size_t a = 0; a < rows.size(); ++a) {
      for (std::size_t b = 0; b < rows.size(); ++b) {
        const ManualRow& low = rows[a];
        const ManualRow& high = rows[b];
        const Target& lt = low.indicator->target;
        const Target& ht = high.indicator->target;
        const bool alike = low.leaf->points == high.leaf->points &&
                           lt.comparator() == ht.comparator() && lt.unit() == ht.unit() &&
                           parent_code(low.leaf->code) == parent_code(high.leaf->code);
        if (!alike || !(low.completion < high.completion) || !(high.leaf->score < low.leaf->score))
          continue;
        if (!reported.insert(high.leaf).second) continue;
        const auto rate = [](const Ratio& r) {
          FixedFormat spec;
          spec.notation = Notation::percent;
          return format(r, spec);
        };
        add_about(*high.leaf, "JX-C605", Severity::warning, "≥ " + two_places(low.leaf->score),
                  high.leaf->code + " " + high.leaf->name + " 完成程度 " + rate(high.completion) +
                      " 高于 " + low.leaf->code + " " + low.leaf->name + " 的 " +
                      rate(low.completion) + "，得分 " + two_places(high.leaf->score) +
                      " 却低于后者的 " + two_places(low.leaf->score) + "（同类指标评分不一致）",
                  high.leaf->code + " " + high.leaf->name + " is completed further (" +
                      rate(high.completion) + ") than " + low.leaf->code + " " +
                      low.leaf->name + " (" + rate(low.completion) + "), yet scores " +
                      two_places(high.leaf->score) + " against " + two_places(low.leaf->score) +
                      "; rows scored alike disagree",
                  "");
      }
    }
  }

  static std::string parent_code(const std::string& code) {
    const std::size_t dot = code.rfind('.');
    return dot == std::string::npos ? std::string() : code.substr(0, dot);
  }

  std::string fact_text(const std::string& code) const {
    const LeafFacts* facts = facts_.find(code);
    const FactValue* fact = facts ? facts->find(wording(PrintedQuantity::actual)) : nullptr;
    return fact ? fact->to_string() : "";
  }

  // The number a fact holds, or its text as a number ("34.79%"); nothing for a missing fact
  // or other text.
  static std::optional<Decimal> number_in(const FactValue* fact) {
    if (!fact) return std::nullopt;
    if (const Decimal* number = fact->number()) return *number;
    if (const std::string* text = fact->text()) {
      try {
        return Decimal::parse(*text);
      } catch (const Error&) {
      }
    }
    return std::nullopt;
  }

  // The quantity a built-in rule scores, if it scores one.
  static const Quantity* scored_quantity(const Rule* rule) {
    if (const auto* r = dynamic_cast<const rules::RatioTimesWeight*>(rule)) return &r->rate();
    if (const auto* r = dynamic_cast<const rules::TargetAttainment*>(rule)) return &r->actual();
    if (const auto* r = dynamic_cast<const rules::StepBands*>(rule)) return &r->value();
    if (const auto* r = dynamic_cast<const rules::Deduction*>(rule)) return &r->value();
    return nullptr;
  }

  // JX-C606: the budget's 预算执行率 scored by more than one leaf (the budget indicator, and
  // again as a 成本 or 产出 indicator whose value is the same money).
  void scored_twice() {
    if (!card_.budget) return;
    const std::optional<Ratio> execution = card_.budget->execution_rate();
    if (!execution) return;
    const Budget& b = *card_.budget;
    std::vector<const NodeScore*> scoring;
    for (const NodeScore* leaf : card_.leaves()) {
      if (!leaf->applicable) continue;
      const Indicator* indicator = framework_.root.find(leaf->code);
      const Quantity* q = indicator ? scored_quantity(indicator->rule.get()) : nullptr;
      const LeafFacts* facts = facts_.find(leaf->code);
      if (!q || !q->is_percent() || !facts) continue;
      const auto number = [&](const std::string& name) { return number_in(facts->find(name)); };
      bool same = false;
      if (q->is_ratio()) {
        const auto n = number(q->numerator());
        const auto d = number(q->denominator());
        same = n && d && *n == b.spent && *d == b.execution_base();
      } else if (const auto v = number(q->numerator())) {
        // A rate given as a number: the execution rate at the places it was given with.
        same = v->scale() >= 2 && execution->round(v->scale(), Rounding::half_up) == *v;
      }
      if (same) scoring.push_back(leaf);
    }
    if (scoring.size() < 2) return;
    std::string names;
    for (const NodeScore* leaf : scoring)
      names += (names.empty() ? "" : "、") + leaf->code + " " + leaf->name;
    const NodeScore& again = *scoring[1];
    FixedFormat spec;
    spec.notation = Notation::percent;
    add_about(again, "JX-C606", Severity::warning, "",
              "同一笔资金被重复计分：" + names + " 都按预算执行率 " + format(*execution, spec) + "（" +
                  b.spent.to_string() + "/" + b.execution_base().to_string() + "）计分",
              "the same money is scored twice: " + names + " are all scored on the 预算执行率 " +
                  format(*execution, spec) + " (" + b.spent.to_string() + "/" +
                  b.execution_base().to_string() + ")",
              b.spent.to_string() + "/" + b.execution_base().to_string());
  }

  const Framework& framework_;
  const Facts& facts_;
  const std::vector<PrintedNumber>& printed_;
  Scorecard card_;
  std::map<Key, std::size_t> first_;
  std::map<Key, std::vector<std::size_t>> occurrences_;
  std::map<std::size_t, std::set<std::size_t>> roots_;
  std::set<Key> restated_differently_;  // keys printed twice with different values
  std::vector<Finding> findings_;
};

}  // namespace detail

/// @brief Recomputes `evaluation` from its facts and compares every number its report printed
/// (Evaluation::printed) with the facts and with the report's other numbers.
///
/// Each inconsistency is reported once: a printed number that agrees with the printed numbers
/// it is made of, but not with the facts, is listed as a consequence of the finding about
/// those numbers (a category 得分 printed one point short makes the 总分, the 得分率 and the
/// 偏差 wrong too; the finding names the category and lists the rest). Comparisons follow
/// agreement(): at the precision the framework's rounding policy gives each kind of number
/// (34.79% matches 693.68 / 1994; a 得分 printed 9 for 8.62 is JX-C802, not a match); what
/// cannot be compared is a note (JX-C202, JX-C203). Scores an evaluator wrote against a
/// target are held against it (JX-C603…JX-C606). Findings are sorted by the position of
/// their printed number.
/// @code
/// jixiao::CheckReport report = jixiao::check(framework, evaluation);
/// for (const jixiao::Finding& f : report.findings) std::cout << f.id << ' ' << f.message_zh;
/// @endcode
/// @throws ValidationError for an invalid framework; ScoringError for facts that cannot be
///         scored (as evaluate()).
inline CheckReport check(const Framework& framework, const Evaluation& evaluation) {
  return detail::Checker(framework, evaluation).run();
}

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_CHECK_HPP
