// Internal: reading a whole file into memory, bounded by the document size limit.
#ifndef JIXIAO_SRC_IO_TEXT_FILE_HPP
#define JIXIAO_SRC_IO_TEXT_FILE_HPP

#include <jixiao/version.hpp>

#include <filesystem>
#include <string>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

// Reads a whole file; "-" reads standard input. Pipes, devices and process substitutions
// (`<(…)`) are read too, but never past io::max_document_bytes (InputError 709), so
// /dev/zero is refused instead of filling memory. InputError 706 if it cannot be read.
std::string read_text_file(const std::filesystem::path& path);

// As read_text_file(), for a file named inside another file (a framework reference): it must
// be a regular file, so that a document cannot make jixiao wait on a pipe or a terminal
// (/dev/stdin, a FIFO) or read a device. InputError 706 otherwise.
std::string read_referenced_file(const std::filesystem::path& path);

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_TEXT_FILE_HPP
