/// @file input_row.hpp
/// @brief jixiao::InputRow: the facts of one evaluation laid out for a PreparedFramework —
///        one InputValue per declared input, filled and cleared without allocating.
#ifndef JIXIAO_INPUT_ROW_HPP
#define JIXIAO_INPUT_ROW_HPP

#include <jixiao/compiled_rule.hpp>
#include <jixiao/facts.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <vector>

JIXIAO_BEGIN_NAMESPACE

/// @brief The facts of one evaluation for batch scoring.
///
/// Made by PreparedFramework::make_row() with one value per input the framework's rules
/// declared (PreparedFramework::inputs()); reuse one row for many evaluations:
/// @code
/// jixiao::InputRow row = prepared.make_row();
/// const std::size_t spent = *prepared.find_input("2.1.2", "实际支出资金");
/// for (...) {
///   row.clear();
///   row.values[spent] = jixiao::InputValue::of(693.68_dec);
///   ...
///   prepared.score(row, result);
/// }
/// @endcode
/// Anything the inputs cannot hold goes to `extra`, in the form evaluate() reads: facts of
/// leaves whose rule has no compiled form, and indicators declared 不适用. A row with extra
/// facts is scored through evaluate() — exactly, but with its allocations.
class InputRow {
 public:
  /// One value per input, by position (PreparedFramework::inputs()).
  std::vector<InputValue> values;
  /// Facts that have no input position, and 不适用 declarations; usually empty.
  Facts extra;

  /// Every value absent and no extra facts, keeping the storage.
  void clear() {
    for (InputValue& value : values) value = InputValue();
    if (!extra.leaves().empty()) extra = Facts();
  }
};

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_INPUT_ROW_HPP
