/// @file io/rule_registry.hpp
/// @brief jixiao::io::RuleKind and RuleRegistry: rule kinds by the name files give them
///        (`"kind": "per_trainee"`), each with its reader and writer.
#ifndef JIXIAO_IO_RULE_REGISTRY_HPP
#define JIXIAO_IO_RULE_REGISTRY_HPP

#include <jixiao/error.hpp>
#include <jixiao/io/rule_parameter_writer.hpp>
#include <jixiao/io/rule_parameters.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/version.hpp>

#include <functional>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io {

/// @brief A rule kind as files know it: its name, how to read a rule of the kind from its
/// object's fields, and how to write one back.
///
/// For load → save → load to be lossless, `write` writes every field `read` reads, in a form
/// it reads back (RuleParameterWriter's methods mirror RuleParameters'). make_rule_kind()
/// builds one for a Rule class.
struct RuleKind {
  /// Makes the rule from its object's fields; throws what the accessors throw.
  using Reader = std::function<std::shared_ptr<const Rule>(RuleParameters& fields)>;
  /// Writes the fields of `rule` (whose Rule::kind() is this kind's name) after `"kind"`.
  using Writer = std::function<void(const Rule& rule, RuleParameterWriter& fields)>;

  std::string name;  ///< The `"kind"` of its objects, and what its rules' Rule::kind() return.
  Reader read;       ///< Required.
  Writer write;      ///< Empty when its rules have no file form (writing one is error 710).
};

/// @brief A rule kind that cannot be registered (id 715): its name is empty or taken, or it
/// has no reader.
class RuleKindError : public Error {
 public:
  /// @param what what is wrong, naming the kind
  explicit RuleKindError(std::string_view what)
      : Error(ErrorCode::invalid_rule_kind, "rule_kind_error", what) {}
};

/// @brief The RuleKind for rules of class `R` (derived from Rule): `read(fields)` returns an
/// `R`, `write(const R&, fields)` writes one.
/// @code
/// auto kind = jixiao::io::make_rule_kind<PerTrainee>(
///     "per_trainee",
///     [](jixiao::io::RuleParameters& p) { return PerTrainee(p.number("per")); },
///     [](const PerTrainee& rule, jixiao::io::RuleParameterWriter& w) {
///       w.number("per", rule.per());
///     });
/// @endcode
template <class R, class Read, class Write>
[[nodiscard]] RuleKind make_rule_kind(std::string name, Read read, Write write) {
  RuleKind kind;
  kind.name = std::move(name);
  kind.read = [read = std::move(read)](RuleParameters& fields) -> std::shared_ptr<const Rule> {
    return std::make_shared<const R>(read(fields));
  };
  kind.write = [write = std::move(write)](const Rule& rule, RuleParameterWriter& fields) {
    const auto* typed = dynamic_cast<const R*>(&rule);
    if (!typed) {
      throw RuleKindError("a rule that calls itself \"" + std::string(rule.kind()) +
                          "\" is not of the class registered under that name");
    }
    write(*typed, fields);
  };
  return kind;
}

/// @brief Rule kinds by name. The file readers and writers use rule_kinds(), which holds the
/// built-in kinds; a program or a plugin adds its own to it.
///
/// Kinds are only added, never removed or replaced, so a framework read with a kind can
/// always be written back. All members are safe to call from several threads at once.
class RuleRegistry {
 public:
  /// An empty registry.
  RuleRegistry() = default;
  RuleRegistry(const RuleRegistry&) = delete;
  RuleRegistry& operator=(const RuleRegistry&) = delete;

  /// Adds `kind`.
  /// @throws RuleKindError if its name is empty or already registered, or it has no reader.
  void add(RuleKind kind) {
    if (kind.name.empty()) throw RuleKindError("a rule kind needs a name");
    if (!kind.read) throw RuleKindError("the rule kind \"" + kind.name + "\" has no reader");
    std::unique_lock lock(mutex_);
    for (const auto& known : kinds_) {
      if (known->name == kind.name) {
        throw RuleKindError("the rule kind \"" + kind.name + "\" is registered already");
      }
    }
    kinds_.push_back(std::make_shared<const RuleKind>(std::move(kind)));
  }

  /// The kind called `name`, or null.
  [[nodiscard]] std::shared_ptr<const RuleKind> find(std::string_view name) const {
    std::shared_lock lock(mutex_);
    for (const auto& kind : kinds_) {
      if (kind->name == name) return kind;
    }
    return nullptr;
  }

  /// The names of all kinds, in the order they were added.
  [[nodiscard]] std::vector<std::string> names() const {
    std::shared_lock lock(mutex_);
    std::vector<std::string> out;
    out.reserve(kinds_.size());
    for (const auto& kind : kinds_) out.push_back(kind->name);
    return out;
  }

 private:
  mutable std::shared_mutex mutex_;
  std::vector<std::shared_ptr<const RuleKind>> kinds_;
};

/// @brief The registry the file readers and writers of jixiao::io use: the built-in kinds
/// (ratio_times_weight, target_attainment, step_bands, deduction, checkpoints, categorical,
/// qualitative_bands, survey_satisfaction, manual_score, formula), then any added.
[[nodiscard]] RuleRegistry& rule_kinds();

}  // namespace io
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_IO_RULE_REGISTRY_HPP
