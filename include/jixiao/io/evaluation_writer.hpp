/// @file io/evaluation_writer.hpp
/// @brief Writing evaluation files (`jixiao.evaluation/1`) and framework files
///        (`jixiao.framework/1`): the inverse of io/evaluation_file.hpp.
#ifndef JIXIAO_IO_EVALUATION_WRITER_HPP
#define JIXIAO_IO_EVALUATION_WRITER_HPP

#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/framework.hpp>
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/version.hpp>

#include <string>
#include <string_view>

JIXIAO_BEGIN_NAMESPACE
namespace io {

/// @brief A framework that has no file form (id 710): a leaf scored by a rule written in
/// C++ rather than one of the built-in rule kinds. The message names the indicator.
class WriteError : public Error {
 public:
  /// @param what what cannot be written, and where
  explicit WriteError(std::string_view what) : Error(ErrorCode::unwritable, "write_error", what) {}
};

/// @brief The framework as a `jixiao.framework/1` JSON document (UTF-8, 2-space indent).
///
/// Every built-in rule is written with all its parameters, numbers as exact decimal tokens,
/// so that reading the text back gives the same framework: the same tree, rules, grade
/// scale and rounding, and the same scores for any facts.
/// @throws WriteError for a leaf whose rule is not a built-in rule.
std::string write_framework(const Framework& framework);

/// @brief The evaluation as a `jixiao.evaluation/1` JSON document with its framework inline.
/// Facts are written by indicator code, in code order.
/// @throws WriteError as write_framework().
std::string write_evaluation(const Framework& framework, const Evaluation& evaluation);

/// @brief The file as a `jixiao.evaluation/1` JSON document. A framework that the file
/// referenced by name (EvaluationFile::framework_file) is referenced again, not inlined.
/// @code
/// auto file = jixiao::io::read_evaluation_file("examples/data/changji-2023.json");
/// std::string text = jixiao::io::write_evaluation(file);  // load → save → load is lossless
/// @endcode
/// @throws WriteError as write_framework().
std::string write_evaluation(const EvaluationFile& file);

}  // namespace io
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_IO_EVALUATION_WRITER_HPP
