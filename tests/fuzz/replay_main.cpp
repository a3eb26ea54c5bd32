// Runs a fuzz target on saved inputs, without libFuzzer: every build (g++ included) replays
// the seed corpus and the inputs of past findings as ordinary tests.
//
//   <target>_replay FILE_OR_DIRECTORY...
//
// Each input's name is printed before it runs, so a crash names the input that caused it.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::vector<std::filesystem::path> inputs_in(const std::filesystem::path& path) {
  if (!std::filesystem::is_directory(path)) return {path};
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(path)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t count = 0;
  for (int i = 1; i < argc; ++i) {
    for (const std::filesystem::path& input : inputs_in(argv[i])) {
      std::ifstream file(input, std::ios::binary);
      if (!file) {
        std::cerr << "cannot read " << input << '\n';
        return 2;
      }
      const std::string bytes((std::istreambuf_iterator<char>(file)),
                              std::istreambuf_iterator<char>());
      std::cout << input.string() << std::endl;  // flushed: a crash comes after the name
      try {
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      } catch (const std::exception& e) {
        std::cerr << input.string() << ": unexpected exception: " << e.what() << '\n';
        return 1;
      }
      ++count;
    }
  }
  std::cout << count << " inputs, no failure\n";
  return count == 0 ? 1 : 0;
}
