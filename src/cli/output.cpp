// Writing a command's result: to a temporary file renamed into place, so that a failure
// never leaves a partial output file.
#include "output.hpp"

#include <unistd.h>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <system_error>

namespace jixiao_cli {

void write_atomically(const std::filesystem::path& path,
                      const std::function<void(const std::filesystem::path&)>& write) {
  const bool to_stdout = path == "-";
  std::filesystem::path temporary =
      to_stdout ? std::filesystem::temp_directory_path() / "jixiao-output" : path;
  temporary += "." + std::to_string(::getpid()) + ".tmp";
  try {
    write(temporary);
    if (to_stdout) {
      std::ifstream in(temporary, std::ios::binary);
      std::cout << in.rdbuf();
      std::filesystem::remove(temporary);
    } else {
      std::filesystem::rename(temporary, path);
    }
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw;
  }
}

void write_text(const std::filesystem::path& file, const std::string& content) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << content;
  out.flush();
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

void write_output(const std::string& output, const std::string& content) {
  write_atomically(output,
                   [&](const std::filesystem::path& target) { write_text(target, content); });
}

}  // namespace jixiao_cli
