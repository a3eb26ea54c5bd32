// Fuzz target: the JSON evaluation loader (io::parse_evaluation) on any bytes, and for every
// evaluation it accepts, the save → load round trip.
//
// Properties: parsing either returns or throws jixiao::Error (an InputError located in the
// text); an evaluation with an inline framework written back (io::write_evaluation) reads
// again, and writing that gives the same bytes: what jixiao saves, it loads unchanged.
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/evaluation_writer.hpp>

#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

// Framework references resolve here, where nothing exists: the target reads no files but
// those named by absolute path.
constexpr const char* no_directory = "/nonexistent/jixiao-fuzz";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jixiao::io::EvaluationFile file;
  try {
    file = jixiao::io::parse_evaluation(std::string(reinterpret_cast<const char*>(data), size),
                                        "fuzz.json", no_directory);
  } catch (const jixiao::Error&) {
    return 0;
  }
  if (!file.framework_file.empty()) return 0;

  std::string written;
  try {
    written = jixiao::io::write_evaluation(file);
  } catch (const jixiao::Error& e) {
    // Only a C++ rule has no file form, and a file cannot hold one.
    fuzz_check(false, "an evaluation read from a file can be written back", e.what());
  }
  jixiao::io::EvaluationFile again;
  try {
    again = jixiao::io::parse_evaluation(written, "written.json", no_directory);
  } catch (const jixiao::Error& e) {
    fuzz_check(false, "what write_evaluation() writes, parse_evaluation() reads",
               std::string(e.what()) + "\n" + written);
  }
  fuzz_check(jixiao::io::write_evaluation(again) == written,
             "load → save → load → save gives the same bytes", written);
  return 0;
}
