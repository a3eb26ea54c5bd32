// Reading whole files, bounded: the size of a regular file is checked before it is read, and
// anything else (standard input, a pipe, a device) is read in blocks up to the limit.
#include "text_file.hpp"
#include <jixiao/version.hpp>

#include "json_tree.hpp"

#include <jixiao/io/input_error.hpp>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

namespace {

[[noreturn]] void too_large(const std::string& name) {
  throw InputError(ErrorCode::limit_exceeded, SourceLocation{name, 0, 0, ""},
                   "the input is larger than " + std::to_string(max_document_bytes >> 20) + " MiB");
}

[[noreturn]] void unreadable(const std::string& name, const std::string& why) {
  throw InputError(ErrorCode::unreadable_file, SourceLocation{name, 0, 0, ""}, why);
}

// Reads to the end, failing as soon as the text is past the limit: only what fits the limit
// (plus one block) is ever held.
std::string read_to_end(std::istream& in, const std::string& name) {
  std::string text;
  std::array<char, std::size_t{1} << 16> block{};
  while (in.read(block.data(), static_cast<std::streamsize>(block.size())) || in.gcount() > 0) {
    text.append(block.data(), static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_document_bytes) too_large(name);
  }
  if (in.bad()) unreadable(name, std::string("read error: ") + std::strerror(errno));
  return text;
}

}  // namespace

std::string read_text_file(const std::filesystem::path& path) {
  const std::string name = path.string();
  if (name == "-") return read_to_end(std::cin, name);
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) unreadable(name, "is a directory, not a file");
  std::ifstream file(path, std::ios::binary);
  if (!file) unreadable(name, std::string("cannot open: ") + std::strerror(errno));
  // A regular file too large is refused before anything is read.
  const auto size = std::filesystem::file_size(path, error);
  if (!error && size > max_document_bytes) too_large(name);
  return read_to_end(file, name);
}

std::string read_referenced_file(const std::filesystem::path& path) {
  std::error_code error;
  const std::filesystem::file_status status = std::filesystem::status(path, error);
  if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status) &&
      !std::filesystem::is_directory(status)) {
    unreadable(path.string(), "is not a regular file");
  }
  return read_text_file(path);
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE
