// The C ABI (include/jixiao/c/jixiao.h): each function checks its pointers and handles, runs
// inside guarded() so that no exception crosses the boundary, and sets its out-parameters
// only on success.
#include <jixiao/c/jixiao.h>

#include "failure.hpp"
#include "handles.hpp"

#include <jixiao/check.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/io/batch_reader.hpp>
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/file_check.hpp>
#include <jixiao/io/limits.hpp>
#include <jixiao/prepared_framework.hpp>
#include <jixiao/render/audit_summary.hpp>
#include <jixiao/render/check_report.hpp>
#include <jixiao/render/csv_report.hpp>
#include <jixiao/render/html_report.hpp>
#include <jixiao/render/json_report.hpp>
#include <jixiao/render/markdown_report.hpp>
#include <jixiao/render/text_report.hpp>
#include <jixiao/render/xlsx_report.hpp>
#include <jixiao/version.hpp>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <new>
#include <string>
#include <utility>
#include <vector>

// What each kind of handle names.
struct jixiao_evaluation {
  jixiao::io::EvaluationFile file;
};
struct jixiao_framework {
  explicit jixiao_framework(jixiao::Framework framework) : prepared(std::move(framework)) {}
  jixiao::PreparedFramework prepared;
};
struct jixiao_scorecard {
  jixiao::Scorecard card;
  std::string title;
};

namespace jixiao_c {

Handles& handles() {
  static Handles registry;
  return registry;
}

namespace {

constexpr const char* default_source = "<memory>";

// The text as a malloc'ed NUL-terminated copy, released by jixiao_free().
char* copy_out(const std::string& text) {
  auto* copy = static_cast<char*>(std::malloc(text.size() + 1));
  if (copy == nullptr) throw std::bad_alloc();
  std::memcpy(copy, text.data(), text.size());
  copy[text.size()] = '\0';
  return copy;
}

// Gives `text` to the caller through `out` (and its length through `length`, if wanted).
int give(const std::string& text, char** out, size_t* length) {
  *out = copy_out(text);
  if (length != nullptr) *length = text.size();
  return JIXIAO_OK;
}

// Refuses (709, as the file readers do) a text of more than `limit` bytes before anything
// reads it: a length past the end of any buffer must not even be added to its pointer.
void require_length(size_t length, std::size_t limit, const char* source) {
  if (length > limit) {
    throw jixiao::io::InputError(jixiao::ErrorCode::limit_exceeded,
                                 jixiao::io::SourceLocation{source, 0, 0, ""},
                                 "the text is larger than " + std::to_string(limit >> 20) + " MiB");
  }
}

// The caller's file text, copied once its length is known to be acceptable.
std::string document_of(const char* json, size_t length, const char* source) {
  require_length(length, jixiao::io::max_document_bytes, source);
  return std::string(json, length);
}

// Where framework files named by an evaluation called `source` are looked up.
std::filesystem::path directory_of(const char* source) {
  const std::filesystem::path parent = std::filesystem::path(source).parent_path();
  return parent.empty() ? std::filesystem::path(".") : parent;
}

constexpr const char* kind(const jixiao_evaluation*) { return "evaluation"; }
constexpr const char* kind(const jixiao_framework*) { return "framework"; }
constexpr const char* kind(const jixiao_scorecard*) { return "scorecard"; }

// The object `handle` names; JIXIAO_E_NULL_ARGUMENT or JIXIAO_E_INVALID_HANDLE otherwise.
template <class Object>
std::shared_ptr<const Object> live(const Call& call, const Object* handle, const char* argument) {
  call.require(handle, argument);
  std::shared_ptr<const Object> object = handles().find<Object>(handle);
  if (!object) {
    call.refuse(JIXIAO_E_INVALID_HANDLE, std::string(argument) + " is not a live " + kind(handle) +
                                             " handle (freed already, or of another kind)");
  }
  return object;
}

// Releases `handle`; NULL is ignored, as free() ignores it.
template <class Object>
int release(const char* function, Object* handle) {
  return guarded(function, [&](const Call& call) {
    if (handle != nullptr && !handles().remove<Object>(handle)) {
      call.refuse(JIXIAO_E_INVALID_HANDLE, std::string("not a live ") + kind(handle) +
                                               " handle (freed already, or of another kind)");
    }
    return JIXIAO_OK;
  });
}

template <class Object>
Object* issue(std::shared_ptr<Object> object) {
  return handles().add<Object, Object>(std::move(object));
}

// A fill-in file cannot be scored until every blank (null) fact is given: 712 at the first,
// as `jixiao score` refuses it.
void require_no_blanks(const jixiao::io::EvaluationFile& file) {
  if (file.blanks.empty()) return;
  const jixiao::io::BlankFact& blank = file.blanks.front();
  throw jixiao::io::InputError(
      jixiao::ErrorCode::blank_fact, blank.location,
      blank.indicator + ": \"" + blank.name + "\" is still blank (null): fill it in");
}

void require_format(const Call& call, int format) {
  if (format < JIXIAO_FORMAT_TEXT || format > JIXIAO_FORMAT_HTML) {
    call.refuse(JIXIAO_E_INVALID_ARGUMENT, "unknown format " + std::to_string(format) +
                                               " (JIXIAO_FORMAT_TEXT … JIXIAO_FORMAT_HTML)");
  }
}

std::string scorecard_report(const jixiao_scorecard& scored, int format) {
  switch (format) {
    case JIXIAO_FORMAT_TEXT:
      return jixiao::render::text_report(scored.card, scored.title);
    case JIXIAO_FORMAT_JSON:
      return jixiao::render::json_report(scored.card, scored.title);
    case JIXIAO_FORMAT_CSV:
      return jixiao::render::csv_report(scored.card);
    case JIXIAO_FORMAT_MARKDOWN:
      return jixiao::render::markdown_report(scored.card, scored.title);
    default:
      return jixiao::render::html_report(scored.card, scored.title);
  }
}

std::string check_report(const jixiao::CheckReport& report, const std::string& title, int format) {
  switch (format) {
    case JIXIAO_FORMAT_TEXT:
      return jixiao::render::check_text(report, title);
    case JIXIAO_FORMAT_JSON:
      return jixiao::render::check_json(report, title);
    case JIXIAO_FORMAT_CSV:
      return jixiao::render::check_csv(report);
    case JIXIAO_FORMAT_MARKDOWN:
      return jixiao::render::check_markdown(report, title);
    default:
      return jixiao::render::check_html(report, title);
  }
}

}  // namespace
}  // namespace jixiao_c

using jixiao_c::Call;
using jixiao_c::guarded;
using jixiao_c::live;

extern "C" {

int jixiao_abi_version(void) { return JIXIAO_C_ABI_VERSION; }

const char* jixiao_version(void) { return JIXIAO_VERSION_STRING; }

int jixiao_last_error_code(void) { return jixiao_c::last_code(); }

const char* jixiao_last_error_message(void) { return jixiao_c::last_message(); }

void jixiao_free(char* text) { std::free(text); }

int jixiao_evaluation_parse(const char* json, size_t length, const char* source,
                            jixiao_evaluation** evaluation) {
  return guarded("jixiao_evaluation_parse", [&](const Call& call) {
    call.require(json, "json");
    call.require(evaluation, "evaluation");
    const char* name = source != nullptr ? source : jixiao_c::default_source;
    auto object = std::make_shared<jixiao_evaluation>();
    object->file = jixiao::io::parse_evaluation(jixiao_c::document_of(json, length, name), name,
                                                jixiao_c::directory_of(name));
    *evaluation = jixiao_c::issue(std::move(object));
    return JIXIAO_OK;
  });
}

int jixiao_evaluation_free(jixiao_evaluation* evaluation) {
  return jixiao_c::release("jixiao_evaluation_free", evaluation);
}

int jixiao_framework_parse(const char* json, size_t length, const char* source,
                           jixiao_framework** framework) {
  return guarded("jixiao_framework_parse", [&](const Call& call) {
    call.require(json, "json");
    call.require(framework, "framework");
    const char* name = source != nullptr ? source : jixiao_c::default_source;
    *framework = jixiao_c::issue(std::make_shared<jixiao_framework>(jixiao::io::parse_framework_of(
        jixiao_c::document_of(json, length, name), name, jixiao_c::directory_of(name))));
    return JIXIAO_OK;
  });
}

int jixiao_framework_free(jixiao_framework* framework) {
  return jixiao_c::release("jixiao_framework_free", framework);
}

int jixiao_score(const jixiao_evaluation* evaluation, jixiao_scorecard** scorecard) {
  return guarded("jixiao_score", [&](const Call& call) {
    const auto input = live(call, evaluation, "evaluation");
    call.require(scorecard, "scorecard");
    jixiao_c::require_no_blanks(input->file);
    auto object = std::make_shared<jixiao_scorecard>();
    object->card = jixiao::evaluate(input->file.framework, input->file.evaluation);
    object->title = input->file.evaluation.title;
    *scorecard = jixiao_c::issue(std::move(object));
    return JIXIAO_OK;
  });
}

int jixiao_score_facts(const jixiao_framework* framework, const char* json, size_t length,
                       jixiao_scorecard** scorecard) {
  return guarded("jixiao_score_facts", [&](const Call& call) {
    const auto prepared = live(call, framework, "framework");
    call.require(json, "json");
    call.require(scorecard, "scorecard");
    jixiao::io::BatchLineReader reader(prepared->prepared, jixiao_c::default_source);
    jixiao::InputRow row = prepared->prepared.make_row();
    jixiao_c::require_length(length, jixiao::io::BatchLineReader::max_line_bytes,
                             jixiao_c::default_source);
    reader.read(std::string_view(json, length), 1, row);
    auto object = std::make_shared<jixiao_scorecard>();
    object->title = std::string(reader.title());
    object->card = jixiao::evaluate(prepared->prepared.framework(),
                                    prepared->prepared.evaluation_of(row, object->title));
    *scorecard = jixiao_c::issue(std::move(object));
    return JIXIAO_OK;
  });
}

int jixiao_scorecard_free(jixiao_scorecard* scorecard) {
  return jixiao_c::release("jixiao_scorecard_free", scorecard);
}

int jixiao_scorecard_total(const jixiao_scorecard* scorecard, char** total) {
  return guarded("jixiao_scorecard_total", [&](const Call& call) {
    const auto scored = live(call, scorecard, "scorecard");
    call.require(total, "total");
    return jixiao_c::give(scored->card.total.to_string(), total, nullptr);
  });
}

int jixiao_scorecard_grade(const jixiao_scorecard* scorecard, char** grade) {
  return guarded("jixiao_scorecard_grade", [&](const Call& call) {
    const auto scored = live(call, scorecard, "scorecard");
    call.require(grade, "grade");
    return jixiao_c::give(scored->card.rating.label, grade, nullptr);
  });
}

int jixiao_scorecard_render(const jixiao_scorecard* scorecard, int format, char** text,
                            size_t* length) {
  return guarded("jixiao_scorecard_render", [&](const Call& call) {
    const auto scored = live(call, scorecard, "scorecard");
    call.require(text, "text");
    jixiao_c::require_format(call, format);
    return jixiao_c::give(jixiao_c::scorecard_report(*scored, format), text, length);
  });
}

int jixiao_scorecard_write_xlsx(const jixiao_scorecard* scorecard, const char* path) {
  return guarded("jixiao_scorecard_write_xlsx", [&](const Call& call) {
    const auto scored = live(call, scorecard, "scorecard");
    call.require(path, "path");
    try {
      jixiao::render::xlsx_report(scored->card, scored->title, path);
    } catch (const jixiao::Error&) {
      throw;
    } catch (const std::runtime_error& e) {
      call.refuse(JIXIAO_E_WRITE_FAILED, std::string(path) + ": " + e.what());
    }
    return JIXIAO_OK;
  });
}

int jixiao_check(const jixiao_evaluation* evaluation, int format, char** text, size_t* length,
                 size_t* errors) {
  return guarded("jixiao_check", [&](const Call& call) {
    const auto input = live(call, evaluation, "evaluation");
    call.require(text, "text");
    jixiao_c::require_format(call, format);
    jixiao_c::require_no_blanks(input->file);
    const jixiao::CheckReport report = jixiao::check(input->file.framework, input->file.evaluation);
    const std::string rendered =
        jixiao_c::check_report(report, input->file.evaluation.title, format);
    const std::size_t error_count = report.count(jixiao::Severity::error);
    jixiao_c::give(rendered, text, length);
    if (errors != nullptr) *errors = error_count;
    return JIXIAO_OK;
  });
}

int jixiao_audit(const char* const* paths, size_t count, int format, const char* xlsx_path,
                 char** text, size_t* length, size_t* with_findings, size_t* unreadable) {
  return guarded("jixiao_audit", [&](const Call& call) {
    call.require(paths, "paths");
    call.require(text, "text");
    if (count == 0) call.refuse(JIXIAO_E_INVALID_ARGUMENT, "count is 0: give a file or a folder");
    if (format != JIXIAO_FORMAT_TEXT && format != JIXIAO_FORMAT_CSV &&
        format != JIXIAO_FORMAT_JSON) {
      call.refuse(JIXIAO_E_INVALID_ARGUMENT,
                  "format " + std::to_string(format) +
                      ": a summary is JIXIAO_FORMAT_TEXT, JIXIAO_FORMAT_CSV or JIXIAO_FORMAT_JSON");
    }
    std::vector<std::filesystem::path> inputs;
    for (size_t i = 0; i < count; ++i) {
      call.require(paths[i], ("paths[" + std::to_string(i) + "]").c_str());
      inputs.emplace_back(paths[i]);
    }
    std::vector<jixiao::io::FileCheck> results;
    std::size_t counts[3] = {0, 0, 0};
    for (const std::filesystem::path& file : jixiao::io::audit_files(inputs)) {
      results.push_back(jixiao::io::check_file(file));
      ++counts[static_cast<std::size_t>(results.back().outcome)];
    }
    if (xlsx_path != nullptr) {
      try {
        jixiao::render::audit_xlsx(results, xlsx_path);
      } catch (const std::runtime_error& e) {
        call.refuse(JIXIAO_E_WRITE_FAILED, std::string(xlsx_path) + ": " + e.what());
      }
    }
    const std::string summary = format == JIXIAO_FORMAT_CSV ? jixiao::render::audit_csv(results)
                                : format == JIXIAO_FORMAT_JSON
                                    ? jixiao::render::audit_json(results)
                                    : jixiao::render::audit_text(results);
    jixiao_c::give(summary, text, length);
    using Outcome = jixiao::io::FileCheck::Outcome;
    if (with_findings != nullptr)
      *with_findings = counts[static_cast<std::size_t>(Outcome::findings)];
    if (unreadable != nullptr) *unreadable = counts[static_cast<std::size_t>(Outcome::unreadable)];
    return JIXIAO_OK;
  });
}

}  // extern "C"
