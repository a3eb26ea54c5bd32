// Internal: a built-in rule written as its JSON object, with the inputs it reads renamed, for
// a score table's 规则 cell: there a rule reads the row's 实际完成值, not the facts an
// evaluation file names (render/fill_in_workbook.cpp).
#ifndef JIXIAO_SRC_IO_RULE_WRITER_HPP
#define JIXIAO_SRC_IO_RULE_WRITER_HPP

#include <jixiao/quantity.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/version.hpp>

#include <functional>
#include <optional>
#include <string>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

/// How a rule's input is written: the identity for an evaluation file.
using InputRename = std::function<Quantity(const Quantity&)>;

// The rule object of a built-in rule on one line (`{"kind": "ratio_times_weight", …}`), each
// quantity it reads its value from (a rate, an actual value, a deduction's value or findings,
// a category's input) passed through `rename`; a qualitative band's level and score inputs
// and a checkpoint's names are not. std::nullopt for a rule of no built-in kind.
std::optional<std::string> write_rule_object(const Rule& rule, const InputRename& rename);

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_RULE_WRITER_HPP
