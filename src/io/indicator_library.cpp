// The indicator library (io/indicator_library.hpp): src/library/indicators.json, embedded at
// build time (embedded_files.hpp) and read once.
#include <jixiao/version.hpp>
#include "embedded_files.hpp"
#include "readers.hpp"

#include <jixiao/io/indicator_library.hpp>

#include <utility>

JIXIAO_BEGIN_NAMESPACE
namespace io {

namespace {

std::vector<LibraryIndicator> load() {
  const detail::Document document(std::string(detail::embedded_file("indicators.json")),
                                  "indicators.json", ".");
  detail::ObjectReader root(document, document.root(), "");
  detail::require_format(root, "jixiao.indicators/1");
  (void)root.optional_text("source");
  (void)root.optional_text("note");
  const detail::JsonValue& list = root.required("indicators");
  std::vector<LibraryIndicator> out;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    const std::string path = "/indicators/" + std::to_string(i);
    detail::ObjectReader item(document, list.items[i], path);
    LibraryIndicator entry;
    entry.code = item.text("code");
    entry.name = item.text("name");
    entry.level1 = item.text("level1");
    entry.level2 = item.text("level2");
    entry.kind =
        item.text("kind") == "定性" ? IndicatorKind::qualitative : IndicatorKind::quantitative;
    entry.unit = item.text("unit");
    entry.definition = item.text("definition");
    entry.formula = item.text("formula");
    entry.rule = detail::read_rule(document, item.required("rule"), item.path_of("rule"));
    entry.recalled = item.boolean("recalled");
    item.finish();
    out.push_back(std::move(entry));
  }
  root.finish();
  return out;
}

}  // namespace

const std::vector<LibraryIndicator>& indicator_library() {
  static const std::vector<LibraryIndicator> library = load();  // thread-safe initialisation
  return library;
}

std::vector<const LibraryIndicator*> search_indicators(std::string_view query) {
  std::vector<const LibraryIndicator*> by_name;
  std::vector<const LibraryIndicator*> by_text;
  for (const LibraryIndicator& entry : indicator_library()) {
    if (entry.name.find(query) != std::string::npos || entry.code.find(query) != std::string::npos)
      by_name.push_back(&entry);
    else if (entry.definition.find(query) != std::string::npos ||
             entry.formula.find(query) != std::string::npos)
      by_text.push_back(&entry);
  }
  by_name.insert(by_name.end(), by_text.begin(), by_text.end());
  return by_name;
}

const LibraryIndicator* find_library_indicator(std::string_view code) {
  for (const LibraryIndicator& entry : indicator_library()) {
    if (entry.code == code) return &entry;
  }
  return nullptr;
}

}  // namespace io
JIXIAO_END_NAMESPACE
