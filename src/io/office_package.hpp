// Internal: an Office Open XML package (.xlsx, .docx): a zip archive of XML parts, opened from
// memory with libzip and parsed with pugixml (which expands no DTD entities: an XML entity
// bomb stays literal text). Every part's unpacked size is checked before it is unpacked.
#ifndef JIXIAO_SRC_IO_OFFICE_PACKAGE_HPP
#define JIXIAO_SRC_IO_OFFICE_PACKAGE_HPP

#include <jixiao/version.hpp>

#include <pugixml.hpp>

#include <memory>
#include <string>
#include <string_view>

struct zip;

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

// 714 malformed_workbook at `source`.
[[noreturn]] void malformed(const std::string& source, const std::string& what);
// 709 limit_exceeded at `source`.
[[noreturn]] void too_large(const std::string& source, const std::string& what);

// The element name without its namespace prefix ("x:c" is "c"): writers differ in prefixes.
std::string_view local(const pugi::xml_node& node);
// The first child of `node` named `name` (by local name).
pugi::xml_node child(const pugi::xml_node& node, std::string_view name);
// An attribute by its local name ("r:id" is found as "id").
pugi::xml_attribute attribute(const pugi::xml_node& node, std::string_view name);

// The archive, opened on bytes the caller keeps alive.
class Archive {
 public:
  Archive(std::string_view bytes, std::string source);
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;
  ~Archive();

  [[nodiscard]] bool has(const std::string& name) const;
  // The part `name` unpacked; its declared size is checked against max_workbook_part_bytes
  // before anything is unpacked, and what is unpacked never exceeds it.
  [[nodiscard]] std::string read(const std::string& name) const;
  [[nodiscard]] const std::string& source() const { return source_; }

 private:
  std::string source_;
  struct zip* zip_ = nullptr;
};

// A parsed part; the document owns its text.
struct Part {
  pugi::xml_document document;
  std::string name;
};

// The part `name` of `archive`, parsed (714 for XML that is not well formed, with its offset).
std::unique_ptr<Part> parse(const Archive& archive, const std::string& name);

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_OFFICE_PACKAGE_HPP
