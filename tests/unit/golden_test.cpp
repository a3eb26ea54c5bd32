// Golden vectors computed by Python's decimal module (tests/golden/decimal_vectors.tsv, made by
// tests/golden/generate_decimal_vectors.py): jixiao must agree on every line.
#include <jixiao/decimal.hpp>
#include <jixiao/ratio.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using jixiao::Decimal;
using jixiao::Rounding;

namespace {

Rounding mode_named(const std::string& name) {
  static const std::map<std::string, Rounding> modes = {
      {"half_up", Rounding::half_up},     {"half_even", Rounding::half_even},
      {"half_down", Rounding::half_down}, {"up", Rounding::up},
      {"down", Rounding::down},           {"ceiling", Rounding::ceiling},
      {"floor", Rounding::floor}};
  const auto found = modes.find(name);
  REQUIRE_MESSAGE(found != modes.end(), "unknown mode " << name);
  return found->second;
}

std::string run(const std::vector<std::string>& f) {
  const std::string& op = f[0];
  try {
    const Decimal a = Decimal::parse(f[1]);
    if (op == "round") return a.round(std::stoi(f[3]), mode_named(f[4])).to_string();
    const Decimal b = Decimal::parse(f[2]);
    if (op == "add") return (a + b).to_string();
    if (op == "sub") return (a - b).to_string();
    if (op == "mul") return (a * b).to_string();
    if (op == "div") return jixiao::divide(a, b, std::stoi(f[3]), mode_named(f[4])).to_string();
    if (op == "cmp") return std::to_string(compare(a, b));
  } catch (const jixiao::OverflowError& e) {
    return "overflow." + std::to_string(e.id());
  }
  FAIL("unknown operation " << op);
  return "";
}

}  // namespace

TEST_CASE("golden vectors from Python's decimal module") {
  std::ifstream file(JIXIAO_GOLDEN_DIR "/decimal_vectors.tsv");
  REQUIRE(file.good());
  std::string line;
  int line_number = 0;
  int checked = 0;
  std::map<std::string, int> per_operation;
  while (std::getline(file, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::istringstream in(line);
    for (std::string field; std::getline(in, field, '\t');) fields.push_back(field);
    REQUIRE_MESSAGE(fields.size() == 6, "line " << line_number);
    CAPTURE(line_number);
    CAPTURE(line);
    CHECK(run(fields) == fields[5]);
    ++checked;
    ++per_operation[fields[0]];
  }
  CHECK(checked > 6000);
  for (const char* op : {"add", "sub", "mul", "round", "div", "cmp"}) {
    CAPTURE(op);
    CHECK(per_operation[op] >= 1000);
  }
}
