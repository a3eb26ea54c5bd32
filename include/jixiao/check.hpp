/// @file check.hpp
/// @brief jixiao::check(): recompute a published evaluation from its facts and list every
///        number the report printed that contradicts them, or contradicts the report itself.
#ifndef JIXIAO_CHECK_HPP
#define JIXIAO_CHECK_HPP

#include <jixiao/evaluate.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/framework.hpp>
#include <jixiao/printed.hpp>
#include <jixiao/rules/qualitative_bands.hpp>
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

// How a printed value compares with an exact one, at the printed precision.
enum class Agreement { same, rounding, different };

inline Agreement agree(const Decimal& printed, const Ratio& exact) {
  const int places = printed.scale();
  if (exact.round(places, Rounding::half_up) == printed) return Agreement::same;
  // Within one unit of the last printed place: rounded another way (up, down, truncated).
  const Ratio gap = exact - Ratio(printed);
  const Ratio unit(Decimal::from_scaled(1, places));
  const Ratio size = gap.signum() < 0 ? -gap : gap;
  return size < unit ? Agreement::rounding : Agreement::different;
}

inline std::string shown_at(const Ratio& exact, const PrintedNumber& like) {
  PrintedNumber copy = like;
  copy.value = exact.round(like.value ? like.value->scale() : 2, Rounding::half_up);
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

  // Compares printed number `i` with `from_printed` (computed from the other printed numbers,
  // the facts filling what was not printed) and with `recomputed` (from the facts alone).
  // A disagreement with the printed inputs is a finding of class `id`; agreement with them
  // but not with the facts makes `i` a consequence of the findings about its inputs.
  void compare(std::size_t i, const std::string& id, const Ratio& from_printed,
               const Ratio& recomputed, const std::vector<std::size_t>& inputs,
               const std::string& trace, const std::string& zh_what, const std::string& en_what) {
    const PrintedNumber& p = printed_[i];
    const Agreement internal = agree(*p.value, from_printed);
    if (internal == Agreement::same) {
      if (agree(*p.value, recomputed) == Agreement::same) return;
      const std::string consequence =
          subject(p) + " " + p.shown() + "（按事实应为 " + shown_at(recomputed, p) + "）";
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
      const Finding& f =
          add(i, id, Severity::error, p.shown(), shown_at(recomputed, p),
              zh_what + "：报告为 " + p.shown() + "，按事实应为 " + shown_at(recomputed, p),
              en_what + ": the report prints " + p.shown() + ", the facts give " +
                  shown_at(recomputed, p),
              trace);
      roots_[i].insert(static_cast<std::size_t>(&f - findings_.data()));
      return;
    }
    if (internal == Agreement::rounding) {
      const Finding& f =
          add(i, "JX-C801", Severity::note, p.shown(), shown_at(from_printed, p),
              zh_what + "：报告为 " + p.shown() + "，四舍五入应为 " + shown_at(from_printed, p) +
                  "，仅为舍入差异（" + id + "）",
              en_what + ": the report prints " + p.shown() + ", rounding half up gives " +
                  shown_at(from_printed, p) + "; a difference of rounding only (" + id + ")",
              trace);
      roots_[i].insert(static_cast<std::size_t>(&f - findings_.data()));
      return;
    }
    std::string zh = zh_what + "：报告为 " + p.shown() + "，应为 " + shown_at(from_printed, p);
    std::string en = en_what + ": the report prints " + p.shown() + ", which should be " +
                     shown_at(from_printed, p);
    if (agree(*p.value, recomputed) != Agreement::same && recomputed != from_printed) {
      zh += "（按事实重算为 " + shown_at(recomputed, p) + "）";
      en += " (recomputed from the facts: " + shown_at(recomputed, p) + ")";
    }
    const Finding& f =
        add(i, id, Severity::error, p.shown(), shown_at(from_printed, p), zh, en, trace);
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

  void check_value(std::size_t i) {
    const PrintedNumber& p = printed_[i];
    if (p.what == PrintedQuantity::grade) return check_grade(i);
    if (!p.value) return;
    std::vector<std::size_t> used;
    switch (p.what) {
      case PrintedQuantity::score: {
        const NodeScore* n = node(p);
        if (!n) return;
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
          if (agree(*p.value, Ratio(n->score)) != Agreement::same) {
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
        if (!n || n->applicable_points.is_zero()) return;
        const Ratio score = score_of(*n, used);
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
        if (table.indicators == 0 || facts.indicators == 0) return;
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
        if (all == 0) return;
        compare(i, "JX-C201", Ratio(full, all), Ratio(facts.full_marks, facts.indicators), used,
                std::to_string(full) + "/" + std::to_string(all),
                "指标完成率与满分指标数/三级指标数不符",
                "the 指标完成率 is not full-mark indicators / indicators");
        return;
      }
      case PrintedQuantity::overall_rate: {
        if (card_.out_of.is_zero()) return;
        Ratio total(card_.total);
        if (const PrintedNumber* t = find(PrintedQuantity::total); t && t->value) {
          total = Ratio(*t->value);
          used.push_back(index_of(t));
        }
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
        if (p.numerator && p.denominator && !p.denominator->is_zero()) {
          compare(i, "JX-C201", Ratio(*p.numerator, *p.denominator),
                  Ratio(*p.numerator, *p.denominator), {},
                  p.numerator->to_string() + "/" + p.denominator->to_string(),
                  "比率与分子/分母不符", "the rate is not its numerator / denominator");
        }
        return;
      case PrintedQuantity::actual:
      case PrintedQuantity::grade:
        return;  // 实际完成值: only compared with itself (JX-C701)
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
      const Rating band = framework_.grades.rate(*t->value);
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
    }
  }

  // A budget amount: the facts' budget block holds the amounts as the report states them in
  // its budget section; a printed amount elsewhere must match it.
  void check_budget_line(std::size_t i) {
    const PrintedNumber& p = printed_[i];
    if (!card_.budget) return;
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
    if (!fact) return;
    compare(i, "JX-C701", Ratio(*fact), Ratio(*fact), {}, "预算执行情况：" + fact->to_string(),
            subject(p) + "与预算执行情况不符", subject(p) + " differs from the budget block");
  }

  void check_budget_rate(std::size_t i) {
    const PrintedNumber& p = printed_[i];
    if (!card_.budget) return;
    const Budget& b = *card_.budget;
    const bool arrival = p.what == PrintedQuantity::arrival_rate;
    const Decimal& numerator = arrival ? b.received : b.spent;
    const Decimal& denominator = arrival ? b.adjusted : b.received;
    if (denominator.is_zero()) return;
    compare(i, "JX-C201", Ratio(numerator, denominator), Ratio(numerator, denominator), {},
            numerator.to_string() + "/" + denominator.to_string(),
            std::string(wording(p.what)) + "与" +
                (arrival ? "实际到位资金/全年预算数" : "实际支出资金/实际到位资金") + "不符",
            std::string(arrival ? "the 资金到位率 is not 实际到位资金 / 全年预算数"
                                : "the 预算执行率 is not 实际支出资金 / 实际到位资金"));
  }

  void check_deviation(std::size_t i) {
    std::vector<std::size_t> used;
    if (!card_.budget || card_.out_of.is_zero()) return;
    const std::optional<Ratio> execution = card_.budget->execution_rate();
    if (!execution) return;
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
      add(positions.front(), "JX-C701", Severity::error, values, "",
          subject(first) + "前后不一致：" + located,
          subject(first) + " is printed with different values: " + located, "");
    }
    breakdowns();
  }

  void breakdowns() {
    if (!card_.budget) return;
    const Budget& b = *card_.budget;
    const auto check_sum = [&](const std::vector<BudgetLine>& lines, const Decimal& total,
                               const char* zh_lines, const char* zh_total, const char* en_lines,
                               const char* en_total, PrintedQuantity anchor) {
      if (lines.empty()) return;
      Decimal sum;
      std::string terms;
      for (const BudgetLine& line : lines) {
        sum += line.amount;
        terms += (terms.empty() ? "" : "+") + line.amount.to_string();
      }
      if (sum == total) return;
      // Located at the first printed line of the breakdown, if any.
      std::size_t position = printed_.size();
      for (std::size_t i = 0; i < printed_.size(); ++i) {
        if (printed_[i].what == anchor) {
          position = i;
          break;
        }
      }
      Finding& f = add(position, "JX-C102", Severity::error, sum.to_string(), total.to_string(),
                       std::string(zh_lines) + "合计 " + sum.to_string() + " 不等于" + zh_total +
                           " " + total.to_string(),
                       std::string(en_lines) + " add up to " + sum.to_string() + ", not the " +
                           en_total + " " + total.to_string(),
                       terms + "=" + sum.to_string());
      f.subject = std::string(zh_lines) + "合计";
      if (position == printed_.size()) f.position = std::numeric_limits<std::size_t>::max() - 1;
    };
    check_sum(b.sources, b.adjusted, "资金来源", "全年预算数", "the 资金来源 lines", "全年预算数",
              PrintedQuantity::source);
    check_sum(b.uses, b.spent, "资金用途", "实际支出资金", "the 资金用途 lines", "实际支出资金",
              PrintedQuantity::use);
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
    }
  }

  const Framework& framework_;
  const Facts& facts_;
  const std::vector<PrintedNumber>& printed_;
  Scorecard card_;
  std::map<Key, std::size_t> first_;
  std::map<Key, std::vector<std::size_t>> occurrences_;
  std::map<std::size_t, std::set<std::size_t>> roots_;
  std::vector<Finding> findings_;
};

}  // namespace detail

/// @brief Recomputes `evaluation` from its facts and compares every number its report printed
/// (Evaluation::printed) with the facts and with the report's other numbers.
///
/// Each inconsistency is reported once: a printed number that agrees with the printed numbers
/// it is made of, but not with the facts, is listed as a consequence of the finding about
/// those numbers (a category 得分 printed one point short makes the 总分, the 得分率 and the
/// 偏差 wrong too; the finding names the category and lists the rest). Comparisons happen at
/// the precision the report printed: 34.79% matches 693.68 / 1994. Findings are sorted by the
/// position of their printed number.
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
