// An Office Open XML package (office_package.hpp).
#include "office_package.hpp"
#include <jixiao/version.hpp>

#include <jixiao/io/input_error.hpp>
#include <jixiao/io/limits.hpp>

#include <zip.h>

#include <utility>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

[[noreturn]] void malformed(const std::string& source, const std::string& what) {
  throw InputError(ErrorCode::malformed_workbook, SourceLocation{source, 0, 0, ""}, what);
}

[[noreturn]] void too_large(const std::string& source, const std::string& what) {
  throw InputError(ErrorCode::limit_exceeded, SourceLocation{source, 0, 0, ""}, what);
}

std::string_view local(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (local(c) == name) return c;
  }
  return {};
}

pugi::xml_attribute attribute(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    std::string_view n = a.name();
    const std::size_t colon = n.find(':');
    if (colon != std::string_view::npos) n = n.substr(colon + 1);
    if (n == name) return a;
  }
  return {};
}

Archive::Archive(std::string_view bytes, std::string source) : source_(std::move(source)) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (buffer != nullptr) {
    zip_ = zip_open_from_source(buffer, ZIP_RDONLY, &error);
    if (zip_ == nullptr) zip_source_free(buffer);
  }
  const std::string why = zip_error_strerror(&error);
  zip_error_fini(&error);
  if (zip_ == nullptr) malformed(source_, "not a readable zip archive (" + why + ")");
}

Archive::~Archive() { zip_discard(zip_); }

bool Archive::has(const std::string& name) const {
  return zip_name_locate(zip_, name.c_str(), 0) >= 0;
}

std::string Archive::read(const std::string& name) const {
  const zip_int64_t index = zip_name_locate(zip_, name.c_str(), 0);
  if (index < 0) malformed(source_, name + " is missing");
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(zip_, static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
      (stat.valid & ZIP_STAT_SIZE) == 0) {
    malformed(source_, name + ": its size cannot be read");
  }
  if (stat.size > max_workbook_part_bytes) {
    too_large(source_, name + " unpacks to " + std::to_string(stat.size) + " bytes, more than " +
                           std::to_string(max_workbook_part_bytes >> 20) + " MiB");
  }
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
      zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0), zip_fclose);
  if (!file) malformed(source_, name + " cannot be unpacked (" + zip_strerror(zip_) + ")");
  std::string text(static_cast<std::size_t>(stat.size), '\0');
  std::size_t at = 0;
  while (at < text.size()) {
    const zip_int64_t got = zip_fread(file.get(), text.data() + at, text.size() - at);
    if (got < 0)
      malformed(source_, name + " cannot be unpacked (" + zip_file_strerror(file.get()) + ")");
    if (got == 0) break;
    at += static_cast<std::size_t>(got);
  }
  if (at != text.size()) malformed(source_, name + " is truncated");
  return text;
}

std::unique_ptr<Part> parse(const Archive& archive, const std::string& name) {
  auto part = std::make_unique<Part>();
  part->name = name;
  std::string text = archive.read(name);
  const pugi::xml_parse_result result = part->document.load_buffer(
      text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!result) {
    malformed(archive.source(), name + ": not well-formed XML at byte " +
                                    std::to_string(result.offset) + " (" + result.description() +
                                    ")");
  }
  return part;
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE
