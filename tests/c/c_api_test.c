/* The C ABI under misuse and at its edges, in plain C99 (built with -pedantic, and under
 * AddressSanitizer + UndefinedBehaviorSanitizer by the sanitizer preset): NULL pointers,
 * invalid JSON, freed, forged and mistyped handles, double frees, unknown formats, blank
 * facts, unscorable facts, an unwritable file, errors kept per thread, and handles shared by
 * threads while one of them frees it. Every failure must be an error id with a message —
 * never a crash — and out-parameters must be left alone.
 *
 *   c_api_test SEED_EVALUATION.json */
#include <jixiao/c/jixiao.h>

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

#define EXPECT(condition)                                                        \
  do {                                                                           \
    if (!(condition)) {                                                          \
      fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #condition); \
      ++failures;                                                                \
    }                                                                            \
  } while (0)

/* `status` is `code`, and the thread's last error says so and mentions `words`. */
#define EXPECT_ERROR(status, code, words)                                   \
  do {                                                                      \
    const int status_ = (status);                                           \
    EXPECT(status_ == (code));                                              \
    EXPECT(jixiao_last_error_code() == (code));                             \
    EXPECT(strstr(jixiao_last_error_message(), (words)) != NULL);           \
    if (status_ != (code)) fprintf(stderr, "  got %d: %s\n", status_, jixiao_last_error_message()); \
  } while (0)

static const char* small_evaluation =
    "{\"format\": \"jixiao.evaluation/1\", \"title\": \"测试\", \"framework\": {"
    "\"format\": \"jixiao.framework/1\", \"indicators\": [{\"code\": \"1\", \"name\": \"过程\", "
    "\"points\": 100, \"children\": [{\"code\": \"1.1\", \"name\": \"预算执行率\", \"points\": "
    "100, \"rule\": {\"kind\": \"ratio_times_weight\", \"rate\": \"实际支出资金/实际到位资金\"}}]}]}, "
    "\"facts\": {\"1.1\": {\"实际支出资金\": %s, \"实际到位资金\": %s}}}";

static jixiao_evaluation* parse(const char* spent, const char* received) {
  char json[1024];
  jixiao_evaluation* evaluation = NULL;
  snprintf(json, sizeof json, small_evaluation, spent, received);
  EXPECT(jixiao_evaluation_parse(json, strlen(json), "small.json", &evaluation) == JIXIAO_OK);
  return evaluation;
}

static char* read_file(const char* path, size_t* length) {
  FILE* file = fopen(path, "rb");
  char* text;
  long size;
  if (file == NULL) return NULL;
  fseek(file, 0, SEEK_END);
  size = ftell(file);
  fseek(file, 0, SEEK_SET);
  text = malloc((size_t)size + 1);
  if (text != NULL && fread(text, 1, (size_t)size, file) == (size_t)size) {
    text[size] = '\0';
    *length = (size_t)size;
  } else {
    free(text);
    text = NULL;
  }
  fclose(file);
  return text;
}

static void versions(void) {
  EXPECT(jixiao_abi_version() == JIXIAO_C_ABI_VERSION);
  EXPECT(strlen(jixiao_version()) >= 5);
}

static void seed(const char* path) {
  size_t length = 0;
  char* json = read_file(path, &length);
  jixiao_evaluation* evaluation = NULL;
  jixiao_scorecard* card = NULL;
  char* total = NULL;
  char* grade = NULL;
  char* report = NULL;
  size_t report_length = 0;
  size_t errors = 99;
  int format;
  EXPECT(json != NULL);
  if (json == NULL) return;
  EXPECT(jixiao_evaluation_parse(json, length, path, &evaluation) == JIXIAO_OK);
  EXPECT(jixiao_score(evaluation, &card) == JIXIAO_OK);
  EXPECT(jixiao_scorecard_total(card, &total) == JIXIAO_OK);
  EXPECT(jixiao_scorecard_grade(card, &grade) == JIXIAO_OK);
  EXPECT(total != NULL && strcmp(total, "88.26") == 0);
  EXPECT(grade != NULL && strcmp(grade, "良") == 0);
  for (format = JIXIAO_FORMAT_TEXT; format <= JIXIAO_FORMAT_HTML; ++format) {
    EXPECT(jixiao_scorecard_render(card, format, &report, &report_length) == JIXIAO_OK);
    EXPECT(report != NULL && strlen(report) == report_length && report_length > 100);
    EXPECT(report != NULL && strstr(report, "88.26") != NULL);
    jixiao_free(report);
    report = NULL;
  }
  /* The seed's published report contradicts itself: check() finds errors. */
  EXPECT(jixiao_check(evaluation, JIXIAO_FORMAT_JSON, &report, NULL, &errors) == JIXIAO_OK);
  EXPECT(errors > 0 && errors < 99);
  EXPECT(report != NULL && strstr(report, "\"findings\"") != NULL);
  jixiao_free(report);
  jixiao_free(total);
  jixiao_free(grade);
  EXPECT(jixiao_scorecard_free(card) == JIXIAO_OK);
  EXPECT(jixiao_evaluation_free(evaluation) == JIXIAO_OK);
  free(json);
}

static void facts_against_a_framework(const char* path) {
  size_t length = 0;
  char* json = read_file(path, &length);
  char small[1024];
  jixiao_framework* framework = NULL;
  jixiao_scorecard* card = NULL;
  char* text = NULL;
  static const char seed_line[] =
      "{\"facts\": {\"2.1.2\": {\"实际支出资金\": 1994, \"实际到位资金\": 1994}}}";
  static const char line[] =
      "{\"id\": \"P1\", \"title\": \"项目一\", \"facts\": {\"1.1\": {\"实际支出资金\": 1994, "
      "\"实际到位资金\": 1994}}}";
  static const char zero[] = "{\"facts\": {\"1.1\": {\"实际支出资金\": 1, \"实际到位资金\": 0}}}";
  if (json == NULL) return;
  /* An evaluation file serves as a framework: its facts are ignored. */
  EXPECT(jixiao_framework_parse(json, length, path, &framework) == JIXIAO_OK);
  /* Facts for one indicator only: every other indicator's missing input is listed. */
  EXPECT_ERROR(jixiao_score_facts(framework, seed_line, strlen(seed_line), &card), 601, "1.1.1");
  EXPECT(strstr(jixiao_last_error_message(), "\n[jixiao.invalid_facts.601] 4.2.1") != NULL);
  EXPECT(card == NULL);
  EXPECT(jixiao_framework_free(framework) == JIXIAO_OK);

  snprintf(small, sizeof small, small_evaluation, "0", "1");
  EXPECT(jixiao_framework_parse(small, strlen(small), NULL, &framework) == JIXIAO_OK);
  EXPECT(jixiao_score_facts(framework, line, strlen(line), &card) == JIXIAO_OK);
  EXPECT(jixiao_scorecard_render(card, JIXIAO_FORMAT_MARKDOWN, &text, NULL) == JIXIAO_OK);
  EXPECT(text != NULL && strstr(text, "项目一") != NULL && strstr(text, "100.00") != NULL);
  jixiao_free(text);
  jixiao_scorecard_free(card);
  card = NULL;
  EXPECT_ERROR(jixiao_score_facts(framework, zero, strlen(zero), &card), 603, "1.1");
  EXPECT_ERROR(jixiao_score_facts(framework, "{", 1, &card), 701, "<memory>:1");
  EXPECT(card == NULL);
  EXPECT(jixiao_framework_free(framework) == JIXIAO_OK);
  free(json);
}

static void null_arguments(void) {
  jixiao_evaluation* evaluation = parse("90", "100");
  jixiao_scorecard* card = NULL;
  char* text = NULL;
  EXPECT_ERROR(jixiao_evaluation_parse(NULL, 0, "x", &evaluation), JIXIAO_E_NULL_ARGUMENT, "json is NULL");
  EXPECT_ERROR(jixiao_evaluation_parse("{}", 2, "x", NULL), JIXIAO_E_NULL_ARGUMENT, "evaluation is NULL");
  EXPECT_ERROR(jixiao_score(NULL, &card), JIXIAO_E_NULL_ARGUMENT, "jixiao_score: evaluation is NULL");
  EXPECT_ERROR(jixiao_score(evaluation, NULL), JIXIAO_E_NULL_ARGUMENT, "scorecard is NULL");
  EXPECT_ERROR(jixiao_scorecard_total(NULL, &text), JIXIAO_E_NULL_ARGUMENT, "scorecard is NULL");
  EXPECT_ERROR(jixiao_scorecard_render(NULL, JIXIAO_FORMAT_TEXT, &text, NULL), JIXIAO_E_NULL_ARGUMENT, "NULL");
  EXPECT_ERROR(jixiao_check(evaluation, JIXIAO_FORMAT_TEXT, NULL, NULL, NULL), JIXIAO_E_NULL_ARGUMENT, "text is NULL");
  EXPECT_ERROR(jixiao_score_facts(NULL, "{}", 2, &card), JIXIAO_E_NULL_ARGUMENT, "framework is NULL");
  EXPECT(text == NULL && card == NULL);
  /* Freeing NULL is allowed, like free(NULL). */
  EXPECT(jixiao_evaluation_free(NULL) == JIXIAO_OK);
  EXPECT(jixiao_scorecard_free(NULL) == JIXIAO_OK);
  EXPECT(jixiao_framework_free(NULL) == JIXIAO_OK);
  jixiao_free(NULL);
  EXPECT(jixiao_evaluation_free(evaluation) == JIXIAO_OK);
}

static void invalid_json(void) {
  jixiao_evaluation* evaluation = (jixiao_evaluation*)0;
  jixiao_framework* framework = NULL;
  static const char truncated[] = "{\"format\": \"jixiao.evaluation/1\", \"title\": ";
  EXPECT_ERROR(jixiao_evaluation_parse(truncated, strlen(truncated), "cut.json", &evaluation),
               701, "cut.json:1:");
  EXPECT(evaluation == NULL);
  EXPECT_ERROR(jixiao_evaluation_parse("", 0, NULL, &evaluation), 701, "<memory>");
  /* Embedded NUL bytes: the length counts, not the terminator. */
  EXPECT_ERROR(jixiao_evaluation_parse("{\0}", 3, "nul.json", &evaluation), 701, "nul.json");
  /* A length beyond the limit is refused before the text is touched. */
  EXPECT_ERROR(jixiao_evaluation_parse("{}", (size_t)-1, "huge.json", &evaluation), 709,
               "larger than 256 MiB");
  EXPECT_ERROR(jixiao_framework_parse("[]", 2, "array.json", &framework), 702, "array.json");
  EXPECT(framework == NULL);
  {
    /* A framework whose weights do not add up is refused when it is prepared. */
    static const char weights[] =
        "{\"format\": \"jixiao.framework/1\", \"indicators\": [{\"code\": \"1\", \"name\": \"过程\", "
        "\"points\": 99, \"children\": [{\"code\": \"1.1\", \"name\": \"执行率\", \"points\": 99, "
        "\"rule\": {\"kind\": \"manual_score\"}}]}]}";
    EXPECT_ERROR(jixiao_framework_parse(weights, strlen(weights), "w.json", &framework), 501, "99");
  }
}

static void stale_and_forged_handles(void) {
  jixiao_evaluation* evaluation = parse("90", "100");
  jixiao_evaluation* other = NULL;
  jixiao_scorecard* card = NULL;
  char* total = NULL;
  EXPECT(jixiao_score(evaluation, &card) == JIXIAO_OK);
  EXPECT(jixiao_evaluation_free(evaluation) == JIXIAO_OK);
  /* Use after free, double free. */
  EXPECT_ERROR(jixiao_score(evaluation, &card), JIXIAO_E_INVALID_HANDLE, "not a live evaluation");
  EXPECT_ERROR(jixiao_evaluation_free(evaluation), JIXIAO_E_INVALID_HANDLE, "freed already");
  /* A new evaluation never takes the old handle's place. */
  other = parse("90", "100");
  EXPECT(other != evaluation);
  EXPECT_ERROR(jixiao_evaluation_free(evaluation), JIXIAO_E_INVALID_HANDLE, "evaluation");
  /* A handle of another kind, and a forged one. */
  EXPECT_ERROR(jixiao_score((const jixiao_evaluation*)(const void*)card, &card),
               JIXIAO_E_INVALID_HANDLE, "evaluation");
  EXPECT_ERROR(jixiao_scorecard_total((const jixiao_scorecard*)(const void*)other, &total),
               JIXIAO_E_INVALID_HANDLE, "scorecard");
  EXPECT_ERROR(jixiao_scorecard_total((const jixiao_scorecard*)(uintptr_t)0xdeadbeef, &total),
               JIXIAO_E_INVALID_HANDLE, "scorecard");
  EXPECT(total == NULL);
  /* The scorecard outlives the evaluation it came from. */
  EXPECT(jixiao_scorecard_total(card, &total) == JIXIAO_OK);
  EXPECT(total != NULL && strcmp(total, "90.00") == 0);
  jixiao_free(total);
  EXPECT(jixiao_scorecard_free(card) == JIXIAO_OK);
  EXPECT_ERROR(jixiao_scorecard_free(card), JIXIAO_E_INVALID_HANDLE, "scorecard");
  EXPECT(jixiao_evaluation_free(other) == JIXIAO_OK);
}

static void edges(void) {
  jixiao_evaluation* evaluation = parse("1", "0");
  jixiao_evaluation* blank = parse("null", "100");
  jixiao_evaluation* fine = parse("93.5", "100");
  jixiao_scorecard* card = NULL;
  char* text = NULL;
  EXPECT_ERROR(jixiao_score(evaluation, &card), 603, "1.1");
  EXPECT_ERROR(jixiao_score(blank, &card), 712, "still blank");
  EXPECT(card == NULL);
  EXPECT(jixiao_score(fine, &card) == JIXIAO_OK);
  EXPECT_ERROR(jixiao_scorecard_render(card, 0, &text, NULL), JIXIAO_E_INVALID_ARGUMENT, "format 0");
  EXPECT_ERROR(jixiao_scorecard_render(card, 6, &text, NULL), JIXIAO_E_INVALID_ARGUMENT, "format 6");
  EXPECT_ERROR(jixiao_check(fine, 42, &text, NULL, NULL), JIXIAO_E_INVALID_ARGUMENT, "format 42");
  EXPECT(text == NULL);
  EXPECT_ERROR(jixiao_scorecard_write_xlsx(card, "/nonexistent/directory/report.xlsx"),
               JIXIAO_E_WRITE_FAILED, "/nonexistent/directory/report.xlsx");
  EXPECT(jixiao_scorecard_grade(card, &text) == JIXIAO_OK);
  EXPECT(text != NULL && strcmp(text, "优") == 0);
  jixiao_free(text);
  jixiao_scorecard_free(card);
  jixiao_evaluation_free(evaluation);
  jixiao_evaluation_free(blank);
  jixiao_evaluation_free(fine);
}

/* Threads: each keeps its own last error; many score one handle while it is freed. */
struct shared {
  jixiao_evaluation* evaluation;
  int unexpected;
};

static void* score_repeatedly(void* argument) {
  struct shared* shared = argument;
  int i;
  for (i = 0; i < 40; ++i) {
    jixiao_scorecard* card = NULL;
    const int status = jixiao_score(shared->evaluation, &card);
    if (status == JIXIAO_OK) {
      jixiao_scorecard_free(card);
    } else if (status != JIXIAO_E_INVALID_HANDLE) {
      ++shared->unexpected; /* only this thread writes it: one struct per thread */
    }
  }
  /* This thread's last error is its own. */
  jixiao_score(NULL, NULL);
  if (jixiao_last_error_code() != JIXIAO_E_NULL_ARGUMENT) ++shared->unexpected;
  return NULL;
}

static void threads(void) {
  enum { count = 4 };
  pthread_t thread[count];
  struct shared shared[count];
  jixiao_evaluation* evaluation = parse("90", "100");
  int i;
  jixiao_evaluation_parse("x", 1, "main.json", &evaluation); /* main's own last error: 701 */
  for (i = 0; i < count; ++i) {
    shared[i].evaluation = evaluation;
    shared[i].unexpected = 0;
    EXPECT(pthread_create(&thread[i], NULL, score_repeatedly, &shared[i]) == 0);
  }
  EXPECT(jixiao_evaluation_free(evaluation) == JIXIAO_OK); /* while they score it */
  for (i = 0; i < count; ++i) {
    pthread_join(thread[i], NULL);
    EXPECT(shared[i].unexpected == 0);
  }
  EXPECT(jixiao_last_error_code() == 701);
}

/* Auditing files as `jixiao check DIR…` does: the seed's findings, a broken table among them
 * as one unreadable result, the summary in each format and as a workbook, and misuse. */
static void audit(const char* seed_path) {
  const char* broken_path = "c_api_test_broken.csv";
  const char* workbook_path = "c_api_test_audit.xlsx";
  FILE* broken = fopen(broken_path, "wb");
  const char* paths[3];
  char* text = NULL;
  size_t length = 0, with_findings = 99, unreadable = 99;
  FILE* workbook;
  EXPECT(broken != NULL);
  if (broken == NULL) return;
  fputs("一级指标,分值\n\"unclosed,5\n", broken);
  fclose(broken);
  paths[0] = seed_path;
  paths[1] = broken_path;
  remove(workbook_path);
  EXPECT(jixiao_audit(paths, 2, JIXIAO_FORMAT_JSON, workbook_path, &text, &length, &with_findings,
                      &unreadable) == JIXIAO_OK);
  EXPECT(text != NULL && strlen(text) == length);
  EXPECT(text != NULL && strstr(text, "\"format\": \"jixiao.audit/1\"") != NULL);
  EXPECT(text != NULL && strstr(text, "\"JX-C101\": 1") != NULL); /* the seed's category total */
  EXPECT(text != NULL && strstr(text, "jixiao.input_error.711") != NULL);
  EXPECT(with_findings == 1);
  EXPECT(unreadable == 1);
  workbook = fopen(workbook_path, "rb");
  EXPECT(workbook != NULL);
  if (workbook != NULL) fclose(workbook);
  jixiao_free(text);
  text = NULL;
  EXPECT(jixiao_audit(paths, 1, JIXIAO_FORMAT_CSV, NULL, &text, NULL, NULL, NULL) == JIXIAO_OK);
  EXPECT(text != NULL && strstr(text, "重算总分") != NULL);
  jixiao_free(text);
  text = NULL;
  EXPECT(jixiao_audit(paths, 1, JIXIAO_FORMAT_TEXT, NULL, &text, NULL, NULL, NULL) == JIXIAO_OK);
  EXPECT(text != NULL && strstr(text, "有发现") != NULL);
  jixiao_free(text);
  text = NULL;

  /* Misuse: nothing is given back. */
  with_findings = unreadable = 99;
  EXPECT_ERROR(jixiao_audit(NULL, 1, JIXIAO_FORMAT_TEXT, NULL, &text, NULL, NULL, NULL),
               JIXIAO_E_NULL_ARGUMENT, "paths is NULL");
  EXPECT_ERROR(jixiao_audit(paths, 0, JIXIAO_FORMAT_TEXT, NULL, &text, NULL, NULL, NULL),
               JIXIAO_E_INVALID_ARGUMENT, "count is 0");
  EXPECT_ERROR(jixiao_audit(paths, 1, JIXIAO_FORMAT_HTML, NULL, &text, NULL, NULL, NULL),
               JIXIAO_E_INVALID_ARGUMENT, "JIXIAO_FORMAT_JSON");
  paths[2] = NULL;
  EXPECT_ERROR(jixiao_audit(paths + 1, 2, JIXIAO_FORMAT_TEXT, NULL, &text, NULL, NULL, NULL),
               JIXIAO_E_NULL_ARGUMENT, "paths[1] is NULL");
  paths[2] = "no-such-folder";
  EXPECT_ERROR(jixiao_audit(paths + 2, 1, JIXIAO_FORMAT_TEXT, NULL, &text, NULL, &with_findings,
                            &unreadable),
               706, "no-such-folder");
  EXPECT_ERROR(jixiao_audit(paths, 1, JIXIAO_FORMAT_TEXT, "no-such-folder/audit.xlsx", &text,
                            NULL, &with_findings, &unreadable),
               JIXIAO_E_WRITE_FAILED, "no-such-folder/audit.xlsx");
  EXPECT(text == NULL);
  EXPECT(with_findings == 99 && unreadable == 99);
  remove(broken_path);
  remove(workbook_path);
}

int main(int argc, char** argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: c_api_test SEED_EVALUATION.json\n");
    return 2;
  }
  versions();
  seed(argv[1]);
  facts_against_a_framework(argv[1]);
  null_arguments();
  invalid_json();
  stale_and_forged_handles();
  edges();
  threads();
  audit(argv[1]);
  if (failures == 0) printf("C ABI: every check passed\n");
  return failures == 0 ? 0 : 1;
}
