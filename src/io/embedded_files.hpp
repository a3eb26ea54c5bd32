// Internal: the data files of src/library/ (indicator library, templates), embedded in
// jixiao::io by src/CMakeLists.txt so that the library needs no installed data to run.
#ifndef JIXIAO_SRC_IO_EMBEDDED_FILES_HPP
#define JIXIAO_SRC_IO_EMBEDDED_FILES_HPP

#include <jixiao/version.hpp>

#include <cstddef>
#include <string_view>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

// One file: its path under src/library/ ("templates/department.json") and its text.
struct EmbeddedFile {
  const char* name;
  const char* text;
};

extern const EmbeddedFile embedded_files[];  // generated: embedded_files.cpp
extern const std::size_t embedded_file_count;

// The text of the embedded file `name`; it is a build error for a file to be missing.
inline std::string_view embedded_file(std::string_view name) noexcept {
  for (std::size_t i = 0; i < embedded_file_count; ++i) {
    if (name == embedded_files[i].name) return embedded_files[i].text;
  }
  return {};
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_EMBEDDED_FILES_HPP
