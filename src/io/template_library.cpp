// The evaluation templates (io/template_library.hpp): src/library/templates/*.json, embedded
// at build time (embedded_files.hpp) and read once, as evaluation files are read.
#include <jixiao/version.hpp>
#include "embedded_files.hpp"

#include <jixiao/io/template_library.hpp>

#include <algorithm>
#include <initializer_list>
#include <utility>

JIXIAO_BEGIN_NAMESPACE
namespace io {

namespace {

struct Listed {
  const char* name;
  std::initializer_list<const char*> aliases;
};

// The order `jixiao template list` shows; each name is a file of src/library/templates/.
const Listed listed[] = {
    {"department", {"部门评价", "财政评价"}},
    {"self-evaluation", {"单位自评"}},
    {"changji-2023", {"昌吉州"}},
};

std::vector<EvaluationTemplate> load() {
  std::vector<EvaluationTemplate> out;
  for (const Listed& entry : listed) {
    const std::string file = std::string("templates/") + entry.name + ".json";
    EvaluationTemplate loaded;
    loaded.name = entry.name;
    loaded.aliases.assign(entry.aliases.begin(), entry.aliases.end());
    loaded.file = parse_evaluation(std::string(detail::embedded_file(file)), file);
    out.push_back(std::move(loaded));
  }
  return out;
}

}  // namespace

const std::vector<EvaluationTemplate>& evaluation_templates() {
  static const std::vector<EvaluationTemplate> templates = load();  // thread-safe initialisation
  return templates;
}

const EvaluationTemplate* find_template(std::string_view name) {
  for (const EvaluationTemplate& candidate : evaluation_templates()) {
    if (candidate.name == name || std::find(candidate.aliases.begin(), candidate.aliases.end(),
                                            name) != candidate.aliases.end()) {
      return &candidate;
    }
  }
  return nullptr;
}

}  // namespace io
JIXIAO_END_NAMESPACE
