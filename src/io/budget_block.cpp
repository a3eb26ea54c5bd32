// The 项目资金 block of a 自评表 (budget_block.hpp).
#include "budget_block.hpp"
#include <jixiao/version.hpp>

#include "cell_reading.hpp"

#include <jixiao/error.hpp>
#include <jixiao/io/input_error.hpp>

#include <array>
#include <string_view>
#include <utility>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

namespace {

enum class Role { initial, adjusted, received, spent, points, rate, score };
constexpr std::size_t role_count = 7;

struct RoleName {
  std::string_view name;
  Role role;
};

constexpr RoleName role_names[] = {{"年初预算数", Role::initial},
                                   {"年初预算", Role::initial},
                                   {"全年预算数", Role::adjusted},
                                   {"全年预算", Role::adjusted},
                                   {"调整后预算数", Role::adjusted},
                                   {"预算数", Role::adjusted},
                                   {"实际到位资金", Role::received},
                                   {"到位资金", Role::received},
                                   {"全年到位数", Role::received},
                                   {"全年执行数", Role::spent},
                                   {"执行数", Role::spent},
                                   {"实际支出", Role::spent},
                                   {"全年支出数", Role::spent},
                                   {"分值", Role::points},
                                   {"执行率", Role::rate},
                                   {"预算执行率", Role::rate},
                                   {"得分", Role::score}};

std::optional<Role> role_of(const std::string& text) {
  for (const RoleName& known : role_names) {
    if (known.name == text) return known.role;
  }
  return std::nullopt;
}

bool starts_with(std::string_view text, std::string_view start) {
  return text.substr(0, start.size()) == start;
}

// The rows after the block: 年度总体目标, 绩效目标 ….
bool ends_block(const GridRow& row, std::size_t before) {
  for (std::size_t i = 0; i < row.size() && i < before; ++i) {
    const std::string text = trimmed(row[i].text);
    for (const std::string_view goal : {"年度总体目标", "总体目标", "年度目标", "绩效目标"}) {
      if (starts_with(text, goal)) return true;
    }
  }
  return false;
}

class BlockReader {
 public:
  BlockReader(const Grid& grid, PercentNumbers percent, std::vector<ReadingNote>& notes)
      : grid_(grid), percent_(percent), notes_(notes) {}

  std::optional<BudgetBlock> read(std::size_t end) {
    const std::optional<std::size_t> header = find_header(end);
    if (!header) return std::nullopt;
    block_.where = grid_.locate(grid_.rows[*header].front());
    bool total_seen = false;
    for (std::size_t r = *header + 1; r < end; ++r) {
      const GridRow& row = grid_.rows[r];
      if (ends_block(row, first_amount_)) break;
      std::string label = label_of(row);
      const bool total = !total_seen && block_.budget.sources.empty() &&
                         (label.empty() || label.find("总额") != std::string::npos ||
                          label.find("合计") != std::string::npos || label == "总计");
      Line line = read_line(row, total ? std::string() : source_name(label));
      if (!line.any) continue;
      if (total) {
        total_seen = true;
        block_.where = grid_.locate(row.front());
        total_ = line.value;
      } else {
        add_source(row, source_name(label), line);
      }
    }
    finish_totals(total_seen);
    return block_;
  }

 private:
  struct Line {
    std::array<std::optional<Decimal>, role_count> value{};
    bool any = false;  // an amount, 分值, 执行率 or 得分
  };

  std::optional<std::size_t> find_header(std::size_t end) {
    for (std::size_t r = 0; r < end; ++r) {
      std::array<std::optional<std::size_t>, role_count> columns{};
      for (std::size_t i = 0; i < grid_.rows[r].size(); ++i) {
        if (const auto role = role_of(trimmed(grid_.rows[r][i].text))) {
          auto& slot = columns[static_cast<std::size_t>(*role)];
          if (!slot) slot = i;
        }
      }
      const bool amounts = columns[static_cast<std::size_t>(Role::spent)] &&
                           (columns[static_cast<std::size_t>(Role::initial)] ||
                            columns[static_cast<std::size_t>(Role::adjusted)]);
      if (!amounts) continue;
      columns_ = columns;
      first_amount_ = grid_.rows[r].size();
      for (const auto& column : columns_) {
        if (column && *column < first_amount_) first_amount_ = *column;
      }
      unit_ = unit_in(grid_.rows[r]);
      block_.budget.unit = unit_;
      return r;
    }
    return std::nullopt;
  }

  // "项目资金（万元）" names the unit; 万元 when nothing does.
  std::string unit_in(const GridRow& header) const {
    for (std::size_t i = 0; i < header.size() && i < first_amount_; ++i) {
      const std::string& text = header[i].text;
      if (text.find("万元") != std::string::npos) return "万元";
      if (text.find("（元）") != std::string::npos || text.find("(元)") != std::string::npos)
        return "元";
    }
    return "万元";
  }

  // The row's name: its last filled cell before the amounts, unless that is the block's own
  // label ("项目资金（万元）", in a merged first column).
  std::string label_of(const GridRow& row) const {
    std::string label;
    for (std::size_t i = 0; i < row.size() && i < first_amount_; ++i) {
      const std::string text = trimmed(row[i].text);
      if (text.empty() || starts_with(text, "项目资金") || starts_with(text, "资金情况")) continue;
      label = text;
    }
    return label;
  }

  // "其中：本年财政拨款" is 本年财政拨款.
  static std::string source_name(std::string label) {
    for (const std::string_view lead : {"其中：", "其中:", "其中"}) {
      if (starts_with(label, lead)) label = trimmed(label.substr(lead.size()));
    }
    while (!label.empty() && (label.back() == ':')) label.pop_back();
    if (label.size() >= 3 && label.compare(label.size() - 3, 3, "：") == 0)
      label.resize(label.size() - 3);
    return trimmed(label);
  }

  const GridCell* cell(const GridRow& row, Role role) const {
    const auto& column = columns_[static_cast<std::size_t>(role)];
    if (!column || *column >= row.size()) return nullptr;
    return &row[*column];
  }

  Line read_line(const GridRow& row, const std::string& name) {
    Line line;
    for (std::size_t i = 0; i < role_count; ++i) {
      const auto role = static_cast<Role>(i);
      const GridCell* at = cell(row, role);
      if (!at) continue;
      const std::string text = trimmed(at->text);
      if (text.empty() || is_blank_marker(text)) continue;
      line.value[i] = role == Role::rate ? rate(*at, text) : number(*at, text, role);
      line.any = true;
    }
    if (const GridCell* at = cell(row, Role::points); at && line.value[index(Role::points)]) {
      const Decimal& points = *line.value[index(Role::points)];
      if (!block_.points) {
        block_.points = BlockNumber{points, grid_.locate(*at, "分值")};
      } else if (block_.points->value != points) {
        note(*at, "the 预算执行率's 分值 is printed again as " + points.to_string() + " (first " +
                      block_.points->value.to_string() + "); the first is used");
      }
    }
    if (const GridCell* at = cell(row, Role::score); at && line.value[index(Role::score)]) {
      block_.scores.push_back(
          BlockNumber{*line.value[index(Role::score)], grid_.locate(*at, "得分")});
    }
    if (const GridCell* at = cell(row, Role::rate); at && line.value[index(Role::rate)]) {
      block_.rates.push_back(
          BlockRate{name, line.value[index(Role::spent)].value_or(Decimal()),
                    line.value[index(Role::adjusted)].value_or(Decimal()),
                    BlockNumber{*line.value[index(Role::rate)], grid_.locate(*at, "执行率")}});
    }
    return line;
  }

  static std::size_t index(Role role) { return static_cast<std::size_t>(role); }

  void note(const GridCell& at, std::string message) {
    notes_.push_back(ReadingNote{grid_.locate(at), std::move(message)});
  }

  Decimal number(const GridCell& at, const std::string& text, Role role) {
    const bool money = role != Role::points && role != Role::score;
    std::string repair;
    std::optional<Decimal> value = repaired_number(text, money ? unit_ : "分", repair);
    if (!value) {
      throw InputError(ErrorCode::invalid_value, grid_.locate(at),
                       "\"" + text + "\" is not " +
                           (money ? "an amount in " + unit_ : std::string("a number of points")) +
                           ": write the number alone (e.g. 1994.00), or \"/\" where there is none");
    }
    if (money && value->signum() < 0) {
      throw InputError(ErrorCode::invalid_value, grid_.locate(at),
                       "a budget amount cannot be negative (" + text + ")");
    }
    if (!repair.empty())
      note(at, "\"" + text + "\" read as " + value->to_string() + " (" + repair + ")");
    return *value;
  }

  // "34.79%" is 0.3479; a bare 执行率 by the table's convention, else 1 or less as a fraction
  // ("1" is 100%) and more as a percentage, noted.
  Decimal rate(const GridCell& at, const std::string& text) {
    bool in_percent = false;
    const std::string bare = jixiao::detail::normalize_percent(text, in_percent);
    std::string repair;
    const std::optional<Decimal> value = repaired_number(bare, "", repair);
    if (!value) {
      throw InputError(ErrorCode::invalid_value, grid_.locate(at, "执行率"),
                       "\"" + text + "\" is not a 执行率: write it as a percentage (e.g. 34.79%)");
    }
    if (!repair.empty())
      note(at, "\"" + text + "\" read as " + value->to_string() + " (" + repair + ")");
    if (in_percent) return *value;  // Decimal::parse reads "98.50%" as 0.9850
    if (const std::optional<Decimal> read = read_bare_percentage(*value, percent_)) return *read;
    const bool fraction = *value <= Decimal(1);
    const Decimal read = fraction ? *value : *value * Decimal::from_scaled(1, 2);
    note(at, "the 执行率 \"" + text + "\" has no % sign; read as " +
                 (read * Decimal(100)).strip_trailing_zeros().to_string() + "% (" +
                 (fraction ? "a ratio: 1 or less" : "a percentage: more than 1") + ")");
    return read;
  }

  void add_source(const GridRow& row, const std::string& name, const Line& line) {
    const auto amount = [&](Role role) -> Decimal {
      if (const auto& value = line.value[index(role)]) return *value;
      note(row.front(), name + ": no " +
                            std::string(role == Role::initial    ? "年初预算数"
                                        : role == Role::adjusted ? "全年预算数"
                                                                 : "全年执行数") +
                            " printed; read as 0");
      return Decimal();
    };
    const bool amounts = line.value[index(Role::initial)] || line.value[index(Role::adjusted)] ||
                         line.value[index(Role::spent)];
    if (!amounts) return;  // a 其中 row carrying only the 分值 or 得分
    BudgetLine source;
    source.name = name;
    if (columns_[index(Role::adjusted)]) source.amount = amount(Role::adjusted);
    if (columns_[index(Role::spent)]) source.spent = amount(Role::spent);
    if (columns_[index(Role::initial)]) source.initial = amount(Role::initial);
    block_.budget.sources.push_back(std::move(source));
  }

  // The total row's amounts; a total left blank is the sum of its lines, said in a note.
  void finish_totals(bool total_seen) {
    Budget& b = block_.budget;
    const auto total = [&](Role role, Decimal& into, std::optional<Decimal> BudgetLine::*column,
                           const char* name) {
      if (total_seen && total_[index(role)]) {
        into = *total_[index(role)];
        return;
      }
      if (!columns_[index(role)]) return;
      Decimal sum;
      for (const BudgetLine& line : b.sources) {
        const std::optional<Decimal> value =
            column ? line.*column : std::optional<Decimal>(line.amount);
        sum += value.value_or(Decimal());
      }
      into = sum;
      if (!b.sources.empty()) {
        notes_.push_back(ReadingNote{block_.where, std::string("no ") + name +
                                                       " printed for the 年度资金总额; the sum of "
                                                       "its lines, " +
                                                       sum.to_string() + ", is used"});
      }
    };
    total(Role::initial, b.initial, &BudgetLine::initial, "年初预算数");
    total(Role::adjusted, b.adjusted, nullptr, "全年预算数");
    total(Role::spent, b.spent, &BudgetLine::spent, "全年执行数");
    if (total_seen && total_[index(Role::received)]) b.received = *total_[index(Role::received)];
  }

  const Grid& grid_;
  PercentNumbers percent_;
  std::vector<ReadingNote>& notes_;
  std::array<std::optional<std::size_t>, role_count> columns_{};
  std::size_t first_amount_ = 0;
  std::string unit_ = "万元";
  std::array<std::optional<Decimal>, role_count> total_{};
  BudgetBlock block_;
};

}  // namespace

std::optional<BudgetBlock> read_budget_block(const Grid& grid, std::size_t end,
                                             PercentNumbers percent,
                                             std::vector<ReadingNote>& notes) {
  return BlockReader(grid, percent, notes).read(end);
}

rules::RatioTimesWeight budget_execution_rule(const std::string& base) {
  return rules::RatioTimesWeight(Quantity::ratio("全年执行数", base))
      .label("预算执行率")
      .displayed_rate({4, Rounding::half_up})
      .cap(Decimal(1));
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE
