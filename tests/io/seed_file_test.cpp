// examples/data/changji-2023.json, read by jixiao::io, scores exactly as the seed evaluation
// built in C++ (examples/seed/changji_2023.hpp): every row, rate, trace and count.
#include "seed/changji_2023.hpp"

#include <jixiao/io/evaluation_file.hpp>

#include <doctest/doctest.h>

using namespace jixiao;
using namespace jixiao::literals;

TEST_CASE("the seed file and the seed in code give the same scorecard") {
  const io::EvaluationFile file =
      io::read_evaluation_file(JIXIAO_EXAMPLES_DIR "/data/changji-2023.json");
  const Scorecard from_file = evaluate(file.framework, file.evaluation);
  const Scorecard from_code = evaluate(seed::framework(), seed::evaluation());

  CHECK(file.evaluation.title == seed::evaluation().title);
  CHECK(file.framework.name == seed::framework().name);
  REQUIRE(from_file.nodes.size() == from_code.nodes.size());
  for (std::size_t i = 0; i < from_code.nodes.size(); ++i) {
    const NodeScore& a = from_file.nodes[i];
    const NodeScore& b = from_code.nodes[i];
    CAPTURE(b.code);
    CHECK(a.code == b.code);
    CHECK(a.name == b.name);
    CHECK(a.depth == b.depth);
    CHECK(a.points == b.points);
    CHECK(a.score == b.score);
    CHECK(a.score.scale() == b.score.scale());
    CHECK(a.target == b.target);
    CHECK(a.criterion == b.criterion);
    CHECK(a.trace.to_report_text() == b.trace.to_report_text());
    CHECK(a.trace.notes == b.trace.notes);
  }
  CHECK(from_file.total == 88.26_dec);
  CHECK(from_file.total == from_code.total);
  CHECK(from_file.rating.label == from_code.rating.label);
  CHECK(from_file.full_marks_count() == from_code.full_marks_count());
  REQUIRE(from_file.deviation().has_value());
  CHECK(*from_file.deviation() == *from_code.deviation());
  CHECK(seed::disagreements(from_file).size() == 12);
}
