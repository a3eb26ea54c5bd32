// Fuzz target: the whole path of `jixiao score` and `jixiao check` — read an evaluation, score
// it, render it in every text format, check it against its printed numbers.
//
// Properties: every step either returns or throws jixiao::Error; the scorecard of an
// evaluation equals the scorecard of that evaluation saved and loaded again (compared as the
// complete JSON report, traces included).
#include <jixiao/check.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/evaluation_writer.hpp>
#include <jixiao/render/check_report.hpp>
#include <jixiao/render/csv_report.hpp>
#include <jixiao/render/explanation.hpp>
#include <jixiao/render/html_report.hpp>
#include <jixiao/render/json_report.hpp>
#include <jixiao/render/markdown_report.hpp>
#include <jixiao/render/text_report.hpp>

#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

constexpr const char* no_directory = "/nonexistent/jixiao-fuzz";

void render_all(const jixiao::Scorecard& card, const std::string& title) {
  (void)jixiao::render::text_report(card, title);
  (void)jixiao::render::text_report(card, title, {true, false});
  (void)jixiao::render::csv_report(card);
  (void)jixiao::render::markdown_report(card, title);
  (void)jixiao::render::html_report(card, title);
  (void)jixiao::render::explanation_text(card);
  (void)jixiao::render::explanation_markdown(card);
  (void)jixiao::render::explanation_json(card);
}

void check_all(const jixiao::io::EvaluationFile& file) {
  const jixiao::CheckReport report = jixiao::check(file.framework, file.evaluation);
  const std::string& title = file.evaluation.title;
  (void)jixiao::render::check_text(report, title);
  (void)jixiao::render::check_json(report, title);
  (void)jixiao::render::check_csv(report);
  (void)jixiao::render::check_markdown(report, title);
  (void)jixiao::render::check_html(report, title);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jixiao::io::EvaluationFile file;
  jixiao::Scorecard card;
  try {
    file = jixiao::io::parse_evaluation(std::string(reinterpret_cast<const char*>(data), size),
                                        "fuzz.json", no_directory);
    card = jixiao::evaluate(file.framework, file.evaluation);
  } catch (const jixiao::Error&) {
    return 0;
  }
  const std::string& title = file.evaluation.title;
  render_all(card, title);
  const std::string report = jixiao::render::json_report(card, title);
  try {
    check_all(file);
  } catch (const jixiao::Error&) {
    // check() refuses what evaluate() refuses; having scored, it may still refuse a printed
    // number it cannot compare. Either way with a jixiao::Error.
  }

  if (!file.framework_file.empty()) return 0;
  const std::string written = jixiao::io::write_evaluation(file);
  const jixiao::io::EvaluationFile again =
      jixiao::io::parse_evaluation(written, "written.json", no_directory);
  fuzz_check(jixiao::render::json_report(jixiao::evaluate(again.framework, again.evaluation),
                                         again.evaluation.title) == report,
             "an evaluation scores the same after save and load", written);
  return 0;
}
