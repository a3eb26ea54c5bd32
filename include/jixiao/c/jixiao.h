/**
 * @file c/jixiao.h
 * @brief The C ABI of jixiao (`libjixiao_c.so.1`, CMake target `jixiao::c`, pkg-config
 *        `jixiao_c`): read evaluations from JSON, score them, check them, render reports —
 *        from C, or from any language that calls C (Java through JNA, Python through ctypes,
 *        .NET through P/Invoke).
 *
 * A C99 header; nothing C++ crosses it. Numbers never pass through `double`: totals and
 * scores are returned as decimal text (`"88.26"`) and in the JSON report.
 *
 * **Results.** Every function that can fail returns an `int`: #JIXIAO_OK (0), or the stable
 * error id of what went wrong — jixiao's own ids (701 malformed JSON, 603 zero denominator,
 * …; docs/errors.md) or one of the `JIXIAO_E_*` ids of this ABI (9xx). The message of the last
 * failure on the calling thread is jixiao_last_error_message(). No exception, abort or
 * signal ever leaves the library because of its input.
 *
 * **Memory.** One rule: every `char*` the library gives the caller is allocated by the
 * library, NUL-terminated UTF-8, and released with jixiao_free(). Everything the caller
 * passes in is only read, during the call. Handles are released with their `_free`
 * function; `const char*` results of jixiao_version() and jixiao_last_error_message() are
 * owned by the library and never freed.
 *
 * **Handles** (#jixiao_evaluation, #jixiao_framework, #jixiao_scorecard) are opaque tokens,
 * never addresses: a handle that was freed, never issued, or is of another kind is refused
 * with #JIXIAO_E_INVALID_HANDLE, so a double free or a use after free is an error, not a
 * crash. Handles are immutable: one handle may be used by many threads at once, and freeing
 * it while another thread uses it is safe (the object lives until that call returns).
 *
 * **Threads.** Every function may be called from any thread at any time.
 *
 * @code
 * jixiao_evaluation* evaluation = NULL;
 * jixiao_scorecard* card = NULL;
 * char* total = NULL;
 * if (jixiao_evaluation_parse(json, strlen(json), "changji-2023.json", &evaluation) != JIXIAO_OK
 *     || jixiao_score(evaluation, &card) != JIXIAO_OK
 *     || jixiao_scorecard_total(card, &total) != JIXIAO_OK) {
 *   fprintf(stderr, "%s\n", jixiao_last_error_message());
 * } else {
 *   printf("总分 %s\n", total);  // 总分 88.26
 * }
 * jixiao_free(total);
 * jixiao_scorecard_free(card);
 * jixiao_evaluation_free(evaluation);
 * @endcode
 */
#ifndef JIXIAO_C_JIXIAO_H
#define JIXIAO_C_JIXIAO_H

#include <stddef.h>

/** @cond INTERNAL */
#if defined(JIXIAO_C_BUILDING) && defined(__GNUC__)
#define JIXIAO_C_API __attribute__((visibility("default")))
#else
#define JIXIAO_C_API
#endif
/** @endcond */

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief The version of this C ABI. It changes only when a function is removed or changes
 *        meaning, and then so does the library's SONAME (`libjixiao_c.so.1`); functions are
 *        only ever added under the same version. See docs/embedding.md.
 */
#define JIXIAO_C_ABI_VERSION 1

/** @name Result codes of this ABI (jixiao's own error ids are the other non-zero results) */
/** @{ */
/** Success. */
#define JIXIAO_OK 0
/** A required pointer argument was NULL; the message names it. */
#define JIXIAO_E_NULL_ARGUMENT 901
/** A handle that was freed, never issued, or is of another kind (a scorecard given as an
 *  evaluation). */
#define JIXIAO_E_INVALID_HANDLE 902
/** An argument outside its domain: an unknown report format, for instance. */
#define JIXIAO_E_INVALID_ARGUMENT 903
/** Memory ran out; nothing was created. */
#define JIXIAO_E_OUT_OF_MEMORY 904
/** A file could not be written (jixiao_scorecard_write_xlsx()). */
#define JIXIAO_E_WRITE_FAILED 905
/** Anything else: a bug in jixiao, to be reported with the message. */
#define JIXIAO_E_INTERNAL 999
/** @} */

/** @name Report formats, for jixiao_scorecard_render() and jixiao_check() */
/** @{ */
/** The 评分表 as an aligned text table with traces (as `jixiao score`). */
#define JIXIAO_FORMAT_TEXT 1
/** The complete scorecard, `jixiao.scorecard/1` (docs/file-format.md); exact numbers. */
#define JIXIAO_FORMAT_JSON 2
/** The 评分表 as CSV (RFC 4180, CRLF, UTF-8 with a byte order mark). */
#define JIXIAO_FORMAT_CSV 3
/** A Markdown document. */
#define JIXIAO_FORMAT_MARKDOWN 4
/** One self-contained HTML page. */
#define JIXIAO_FORMAT_HTML 5
/** @} */

/** @brief An evaluation read from JSON: its framework (inline, or a file it names), facts,
 *         budget and printed numbers. */
typedef struct jixiao_evaluation jixiao_evaluation;
/** @brief A framework read from JSON, validated and prepared for scoring many sets of
 *         facts. */
typedef struct jixiao_framework jixiao_framework;
/** @brief A scored evaluation: every indicator's score and trace, the total and the grade. */
typedef struct jixiao_scorecard jixiao_scorecard;

/** @brief #JIXIAO_C_ABI_VERSION of the library actually loaded; compare it with the
 *         header's to detect a mismatched library. */
JIXIAO_C_API int jixiao_abi_version(void);

/** @brief The library's version, e.g. `"0.1.0"`. Owned by the library. */
JIXIAO_C_API const char* jixiao_version(void);

/** @brief The result of the last call on this thread that failed (0 if none has). */
JIXIAO_C_API int jixiao_last_error_code(void);

/**
 * @brief What went wrong in the last call on this thread that failed, with its id, file,
 *        line, column and indicator, e.g.
 *        `[jixiao.input_error.701] seed.json:3:12: …`; `""` if none has. Owned by the
 *        library; valid until the next failing call on this thread.
 */
JIXIAO_C_API const char* jixiao_last_error_message(void);

/** @brief Releases text the library returned. NULL is ignored. */
JIXIAO_C_API void jixiao_free(char* text);

/**
 * @brief Reads an evaluation file's JSON text (`jixiao.evaluation/1`).
 * @param json   the text, UTF-8; need not be NUL-terminated
 * @param length its length in bytes; `json` must point to that many readable bytes. Beyond
 *               256 MiB (io::max_document_bytes) the text is refused with 709, unread.
 * @param source the file's name, for error messages (NULL: `"<memory>"`). A framework file
 *               the evaluation names is looked up beside it (relative to the working directory
 *               when `source` has no directory).
 * @param[out] evaluation the new handle; set only on success
 * @return #JIXIAO_OK, or an error id: 7xx for text that is not a valid evaluation file.
 */
JIXIAO_C_API int jixiao_evaluation_parse(const char* json, size_t length, const char* source,
                                         jixiao_evaluation** evaluation);

/** @brief Releases an evaluation. NULL is ignored; a stale handle gives
 *         #JIXIAO_E_INVALID_HANDLE. */
JIXIAO_C_API int jixiao_evaluation_free(jixiao_evaluation* evaluation);

/**
 * @brief Reads a framework (`jixiao.framework/1`, or an evaluation file whose facts are
 *        ignored), validates it, and prepares it for jixiao_score_facts().
 * @param json, length, source as jixiao_evaluation_parse()
 * @param[out] framework the new handle; set only on success
 * @return #JIXIAO_OK, or 7xx for the text, 5xx for a framework that is not valid.
 */
JIXIAO_C_API int jixiao_framework_parse(const char* json, size_t length, const char* source,
                                        jixiao_framework** framework);

/** @brief Releases a framework, as jixiao_evaluation_free(). */
JIXIAO_C_API int jixiao_framework_free(jixiao_framework* framework);

/**
 * @brief Scores an evaluation.
 * @param evaluation the evaluation, from jixiao_evaluation_parse()
 * @param[out] scorecard the new handle; set only on success
 * @return #JIXIAO_OK; 5xx for an invalid framework; 6xx for facts that cannot be scored
 *         (the message lists every one, naming the indicator); 712 for a blank fact.
 */
JIXIAO_C_API int jixiao_score(const jixiao_evaluation* evaluation, jixiao_scorecard** scorecard);

/**
 * @brief Scores one set of facts against a prepared framework — what a budget system does
 *        for each project. `json` is one line of a batch (docs/batch.md):
 *        `{"id": "P0001", "title": "…", "facts": {"2.1.2": {"实际支出资金": 693.68, …}}}`.
 * @param framework the framework, from jixiao_framework_parse()
 * @param json      the line, UTF-8; need not be NUL-terminated
 * @param length    its length in bytes (at most 16 MiB, else 709)
 * @param[out] scorecard the new handle; set only on success
 * @return #JIXIAO_OK; 7xx for the text, 6xx for facts that cannot be scored.
 */
JIXIAO_C_API int jixiao_score_facts(const jixiao_framework* framework, const char* json,
                                    size_t length, jixiao_scorecard** scorecard);

/** @brief Releases a scorecard, as jixiao_evaluation_free(). */
JIXIAO_C_API int jixiao_scorecard_free(jixiao_scorecard* scorecard);

/** @brief The total (总分) as exact decimal text, e.g. `"88.26"`; release with
 *         jixiao_free(). */
JIXIAO_C_API int jixiao_scorecard_total(const jixiao_scorecard* scorecard, char** total);

/** @brief The grade (等级), e.g. `"良"`; `""` when the evaluation cannot be rated (every
 *         indicator 不适用). Release with jixiao_free(). */
JIXIAO_C_API int jixiao_scorecard_grade(const jixiao_scorecard* scorecard, char** grade);

/**
 * @brief The scorecard as a report in `format` (a `JIXIAO_FORMAT_*`), titled with the
 *        evaluation's title.
 * @param scorecard the scorecard
 * @param format    a `JIXIAO_FORMAT_*`
 * @param[out] text   the report, NUL-terminated; release with jixiao_free()
 * @param[out] length its length in bytes without the NUL (NULL: not wanted)
 * @return #JIXIAO_OK, or #JIXIAO_E_INVALID_ARGUMENT for an unknown format.
 */
JIXIAO_C_API int jixiao_scorecard_render(const jixiao_scorecard* scorecard, int format,
                                         char** text, size_t* length);

/** @brief Writes the scorecard as an Excel workbook (`.xlsx`) at `path`.
 *  @return #JIXIAO_OK, or #JIXIAO_E_WRITE_FAILED. */
JIXIAO_C_API int jixiao_scorecard_write_xlsx(const jixiao_scorecard* scorecard, const char* path);

/**
 * @brief Checks an evaluation against the numbers its published report printed (as
 *        `jixiao check`): recomputes it and lists every contradiction.
 * @param evaluation the evaluation, with its `printed` numbers
 * @param format     a `JIXIAO_FORMAT_*` for the report
 * @param[out] text   the check report; release with jixiao_free()
 * @param[out] length its length in bytes (NULL: not wanted)
 * @param[out] errors the number of findings of severity error (NULL: not wanted)
 * @return #JIXIAO_OK whatever the findings; an error id when it cannot be scored.
 */
JIXIAO_C_API int jixiao_check(const jixiao_evaluation* evaluation, int format, char** text,
                              size_t* length, size_t* errors);

/**
 * @brief Audits published files as `jixiao check DIR… | FILES…` does: every evaluation file
 *        (.json) and score table (.csv, .xlsx, .xls, .docx) given, and under each folder given,
 *        is read, recomputed and checked; a file that cannot be read is one result among the
 *        others (unreadable, with its located error), never the end of the audit.
 * @param paths   `count` NUL-terminated UTF-8 paths of files or folders
 * @param count   how many paths (at least 1)
 * @param format  #JIXIAO_FORMAT_TEXT, #JIXIAO_FORMAT_CSV or #JIXIAO_FORMAT_JSON
 *                (`jixiao.audit/1`, docs/checks.md) for the summary
 * @param xlsx_path where to write the summary as an .xlsx workbook too (NULL: not wanted)
 * @param[out] text   the summary, one row or object per file; release with jixiao_free()
 * @param[out] length its length in bytes (NULL: not wanted)
 * @param[out] with_findings how many files had findings of severity warning or worse (NULL:
 *                           not wanted)
 * @param[out] unreadable    how many files could not be read or scored (NULL: not wanted)
 * @return #JIXIAO_OK whatever the files hold; 706 for a path that does not exist,
 *         #JIXIAO_E_INVALID_ARGUMENT for another format or a count of 0,
 *         #JIXIAO_E_WRITE_FAILED when the workbook cannot be written.
 */
JIXIAO_C_API int jixiao_audit(const char* const* paths, size_t count, int format,
                              const char* xlsx_path, char** text, size_t* length,
                              size_t* with_findings, size_t* unreadable);

#ifdef __cplusplus
}
#endif

#endif /* JIXIAO_C_JIXIAO_H */
