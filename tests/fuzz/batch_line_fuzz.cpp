// Fuzz target: batch lines (io::BatchLineReader, the JSON Lines reader of `jixiao batch`,
// which parses with simdjson's on-demand API rather than the file reader's tree) and the
// compiled scoring of PreparedFramework. The first byte chooses the framework (one of the
// templates); the rest is a batch, one evaluation per line.
//
// Properties: reading a line either fills the row or throws jixiao::Error; a row scores with
// PreparedFramework::score() exactly as evaluate() scores it — every node, the total and the
// grade — or both refuse it.
#include <jixiao/evaluate.hpp>
#include <jixiao/io/batch_reader.hpp>
#include <jixiao/io/template_library.hpp>
#include <jixiao/prepared_framework.hpp>

#include "fuzz_check.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace {

// The templates cover the built-in rule kinds between them.
const jixiao::PreparedFramework& framework_number(std::uint8_t choice) {
  static const auto prepared = [] {
    std::array<std::unique_ptr<jixiao::PreparedFramework>, 3> all;
    const std::array<const char*, 3> names{"changji-2023", "department", "self-evaluation"};
    for (std::size_t i = 0; i < names.size(); ++i) {
      all[i] = std::make_unique<jixiao::PreparedFramework>(
          jixiao::io::find_template(names[i])->file.framework);
    }
    return all;
  }();
  return *prepared[choice % prepared.size()];
}

void check_against_evaluate(const jixiao::PreparedFramework& prepared, const jixiao::InputRow& row,
                            std::string_view line) {
  std::optional<jixiao::Scorecard> card;
  try {
    card = jixiao::evaluate(prepared.framework(), prepared.evaluation_of(row));
  } catch (const jixiao::Error&) {
  }
  jixiao::RowScore result = prepared.make_result();
  bool scored = true;
  try {
    prepared.score(row, result);
  } catch (const jixiao::Error&) {
    scored = false;
  }
  fuzz_check(scored == card.has_value(), "score() refuses a row exactly when evaluate() does",
             std::string(line));
  if (!scored) return;
  for (std::size_t i = 0; i < result.scores.size(); ++i) {
    fuzz_check(result.scores[i] == card->nodes[i].score, "score() agrees with evaluate() per node",
               card->nodes[i].code + " in " + std::string(line));
  }
  fuzz_check(result.total == card->total, "score() agrees with evaluate() on the total",
             std::string(line));
  const std::string label = result.grade ? result.grade->label : "";
  fuzz_check(label == card->rating.label, "score() agrees with evaluate() on the grade",
             std::string(line));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const jixiao::PreparedFramework& prepared = framework_number(data[0]);
  std::string_view batch(reinterpret_cast<const char*>(data + 1), size - 1);
  jixiao::io::BatchLineReader reader(prepared, "fuzz.jsonl");
  jixiao::InputRow row = prepared.make_row();
  for (std::size_t number = 1; !batch.empty(); ++number) {
    const std::size_t end = batch.find('\n');
    const std::string_view line = batch.substr(0, end);
    batch = end == std::string_view::npos ? std::string_view() : batch.substr(end + 1);
    try {
      reader.read(line, number, row);
    } catch (const jixiao::Error&) {
      continue;
    }
    check_against_evaluate(prepared, row, line);
  }
  return 0;
}
