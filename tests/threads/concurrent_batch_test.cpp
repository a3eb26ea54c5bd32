// Batch scoring from many threads: one PreparedFramework shared by eight threads, each with its
// own reader, row, result and summary, gives exactly what one thread gives — totals, grades,
// errors and the merged summary — including rows that fall back to evaluate() and full
// traces computed alongside. Run under ThreadSanitizer in CI (CMakePresets.json: tsan).
#include "seed_rows.hpp"

#include <jixiao/batch_summary.hpp>
#include <jixiao/io/batch_reader.hpp>
#include <jixiao/jixiao.hpp>

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

using namespace jixiao;

namespace {

// Generated lines, some broken so that their rows go through evaluate() and fail there.
std::vector<std::string> make_lines(std::size_t count) {
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < count; ++i) {
    std::string line = seed_rows::json_line(seed_rows::make_row(7, i), i);
    if (i % 50 == 49) {
      line.replace(line.find("\"预算资金\""), 14, "\"预算资金x\"");  // a missing input
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

struct Outcome {
  std::vector<std::string> results;  // per line: "total grade", or the error
  std::string traces;                // every 10th row explained (evaluate(), full Scorecard)
};

void score_range(const PreparedFramework& prepared, const std::vector<std::string>& lines,
                 std::size_t begin, std::size_t end, Outcome& out, BatchSummary& summary) {
  io::BatchLineReader reader(prepared, "lines.jsonl");
  InputRow row = prepared.make_row();
  RowScore result = prepared.make_result();
  for (std::size_t i = begin; i < end; ++i) {
    try {
      reader.read(lines[i], i + 1, row);
      prepared.score(row, result);
      summary.add(result);
      out.results[i] = result.total.to_string() + " " + result.grade->label;
      if (i % 10 == 0) {
        const Scorecard card = evaluate(prepared.framework(), prepared.evaluation_of(row));
        out.traces += card.nodes[7].trace.to_report_text() + "\n";
      }
    } catch (const Error& e) {
      summary.add_failure();
      out.results[i] = e.what();
    }
  }
}

}  // namespace

TEST_CASE("eight threads sharing one PreparedFramework agree with one thread") {
  const PreparedFramework prepared(io::read_framework_of(JIXIAO_SEED_FILE));
  const std::vector<std::string> lines = make_lines(4000);

  Outcome alone{std::vector<std::string>(lines.size()), {}};
  BatchSummary alone_summary(prepared);
  score_range(prepared, lines, 0, lines.size(), alone, alone_summary);

  constexpr std::size_t threads = 8;
  std::vector<Outcome> parts(threads, Outcome{std::vector<std::string>(lines.size()), {}});
  std::vector<BatchSummary> summaries(threads, BatchSummary(prepared));
  std::vector<std::thread> running;
  for (std::size_t t = 0; t < threads; ++t) {
    running.emplace_back([&, t] {
      const std::size_t begin = lines.size() * t / threads;
      const std::size_t end = lines.size() * (t + 1) / threads;
      score_range(prepared, lines, begin, end, parts[t], summaries[t]);
    });
  }
  for (std::thread& thread : running) thread.join();

  BatchSummary together(prepared);
  std::string traces;
  for (std::size_t t = 0; t < threads; ++t) {
    together.merge(summaries[t]);
    traces += parts[t].traces;
    const std::size_t begin = lines.size() * t / threads;
    const std::size_t end = lines.size() * (t + 1) / threads;
    for (std::size_t i = begin; i < end; ++i) {
      CAPTURE(i);
      CHECK(parts[t].results[i] == alone.results[i]);
    }
  }
  CHECK(traces == alone.traces);
  CHECK(together.count() == alone_summary.count());
  CHECK(together.failures() == alone_summary.failures());
  CHECK(together.failures() == lines.size() / 50);
  CHECK(together.sum() == alone_summary.sum());
  CHECK(*together.median() == *alone_summary.median());
  CHECK(together.grade_counts() == alone_summary.grade_counts());
  CHECK(together.lost() == alone_summary.lost());
}
