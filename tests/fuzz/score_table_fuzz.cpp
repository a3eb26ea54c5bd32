// Fuzz target: the CSV score-table importer (io::parse_score_table) on any bytes.
//
// Properties: parsing either returns or throws jixiao::Error; an imported table whose
// framework is valid is an evaluation like any other, so writing it as a jixiao.evaluation/1
// file reads back. (A table may parse into an invalid framework — a code used twice — which
// every command then refuses with its 5xx problems; its written form is refused as well,
// possibly for another reason found first, such as the facts of the twice-used code.)
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/evaluation_writer.hpp>
#include <jixiao/framework.hpp>
#include <jixiao/io/score_table.hpp>

#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jixiao::io::EvaluationFile file;
  try {
    file = jixiao::io::parse_score_table(std::string(reinterpret_cast<const char*>(data), size),
                                         "fuzz.csv");
  } catch (const jixiao::Error&) {
    return 0;
  }
  if (!jixiao::validate(file.framework).empty()) return 0;
  std::string written;
  try {
    written = jixiao::io::write_evaluation(file);
    (void)jixiao::io::parse_evaluation(written, "written.json");
  } catch (const jixiao::Error& e) {
    fuzz_check(false, "an imported score table writes and reads back as an evaluation file",
               std::string(e.what()) + "\n" + written);
  }
  return 0;
}
