/// @file io/template_library.hpp
/// @brief The evaluation templates that ship with jixiao: fill-in evaluation files for a
///        部门评价 / 财政评价, a 单位自评, and the seed report's layout.
#ifndef JIXIAO_IO_TEMPLATE_LIBRARY_HPP
#define JIXIAO_IO_TEMPLATE_LIBRARY_HPP

#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/version.hpp>

#include <string>
#include <string_view>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io {

/// @brief A template: a fill-in evaluation whose framework is complete and whose facts are
/// blank (`null`, listed in EvaluationFile::blanks). Library references in its data are
/// resolved, so the framework is self-contained.
struct EvaluationTemplate {
  std::string name;                  ///< "department", "self-evaluation", "changji-2023".
  std::vector<std::string> aliases;  ///< Other names it is found by: "部门评价", "单位自评".
  EvaluationFile file;  ///< The fill-in file; its framework names its `source` and `notes`.
};

/// @brief Every template, in a stable order. The data (`src/library/templates/*.json`,
/// installed as share/jixiao/templates/) is embedded in the library and read once.
const std::vector<EvaluationTemplate>& evaluation_templates();

/// @brief The template called `name` (or with that alias), or nullptr.
/// @code
/// const auto* found = jixiao::io::find_template("单位自评");
/// std::string fill_in = jixiao::io::write_evaluation(found->file);  // facts left as null
/// @endcode
const EvaluationTemplate* find_template(std::string_view name);

}  // namespace io
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_IO_TEMPLATE_LIBRARY_HPP
