// The embedded indicator library: every entry reads, its typical rule is coherent on a leaf,
// codes and names are unique, and search finds by name first.
#include <jixiao/io/indicator_library.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace jixiao;

TEST_CASE("the indicator library holds the 办法's third-level indicators, each with a rule") {
  const auto& library = io::indicator_library();
  REQUIRE(library.size() == 17);
  std::set<std::string> codes;
  std::set<std::string> names;
  for (const io::LibraryIndicator& entry : library) {
    CAPTURE(entry.code);
    CHECK(codes.insert(entry.code).second);
    CHECK(names.insert(entry.name).second);
    CHECK(!entry.definition.empty());
    CHECK(!entry.formula.empty());
    REQUIRE(entry.rule != nullptr);
    // The typical rule is coherent on a 10-point leaf of its kind.
    Indicator leaf;
    leaf.code = "1";
    leaf.name = entry.name;
    leaf.points = Decimal(10);
    leaf.kind = entry.kind;
    leaf.rule = entry.rule;
    std::vector<Problem> problems;
    entry.rule->check(leaf, problems);
    CHECK(problems.empty());
    CHECK(!entry.rule->criterion(leaf).empty());
  }
  CHECK(library.front().level1 == "决策");
  CHECK(library.back().name == "服务对象满意度");
}

TEST_CASE("searching the library: by name first, then by definition or formula") {
  const auto found = io::search_indicators("执行率");
  REQUIRE(!found.empty());
  CHECK(found.front()->name == "预算执行率");
  CHECK(found.front()->formula == "预算执行率 = 实际支出资金 / 实际到位资金 × 100%");
  // "实际到位资金" is in no name, but in two formulas.
  const auto by_formula = io::search_indicators("实际到位资金");
  CHECK(by_formula.size() == 2);
  CHECK(io::search_indicators("").size() == io::indicator_library().size());
  CHECK(io::search_indicators("没有这个指标").empty());
  REQUIRE(io::find_library_indicator("funds_arrival_rate") != nullptr);
  CHECK(io::find_library_indicator("funds_arrival_rate")->name == "资金到位率");
  CHECK(io::find_library_indicator("nope") == nullptr);
}
