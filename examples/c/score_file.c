/* Scores an evaluation file through jixiao's C ABI and prints its total and grade.
 *
 *   score_file EVALUATION.json     →   changji-2023.json: total 88.26, grade 良
 *
 * Build: cc score_file.c $(pkg-config --cflags --libs jixiao_c), or in CMake link jixiao::c.
 * Plain C99: the file is read into memory, handed to jixiao_evaluation_parse(), scored, and
 * every buffer and handle is released whatever happens. */
#include <jixiao/c/jixiao.h>

#include <stdio.h>
#include <stdlib.h>

/* The whole file, NUL-terminated; its length in *length. NULL if it cannot be read. */
static char* read_file(const char* path, size_t* length) {
  FILE* file = fopen(path, "rb");
  char* text = NULL;
  size_t size = 0;
  size_t capacity = 0;
  if (file == NULL) return NULL;
  for (;;) {
    if (size + 4096 + 1 > capacity) {
      char* grown;
      capacity = (capacity + 4096) * 2;
      grown = realloc(text, capacity);
      if (grown == NULL) {
        free(text);
        fclose(file);
        return NULL;
      }
      text = grown;
    }
    {
      const size_t got = fread(text + size, 1, 4096, file);
      size += got;
      if (got < 4096) break;
    }
  }
  fclose(file);
  text[size] = '\0';
  *length = size;
  return text;
}

int main(int argc, char** argv) {
  size_t length = 0;
  char* json;
  jixiao_evaluation* evaluation = NULL;
  jixiao_scorecard* card = NULL;
  char* total = NULL;
  char* grade = NULL;
  int status;

  if (argc != 2) {
    fprintf(stderr, "usage: %s EVALUATION.json\n", argv[0]);
    return 2;
  }
  if (jixiao_abi_version() != JIXIAO_C_ABI_VERSION) {
    fprintf(stderr, "libjixiao_c has ABI %d, this program was built for %d\n",
            jixiao_abi_version(), JIXIAO_C_ABI_VERSION);
    return 2;
  }
  json = read_file(argv[1], &length);
  if (json == NULL) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }

  status = jixiao_evaluation_parse(json, length, argv[1], &evaluation);
  if (status == JIXIAO_OK) status = jixiao_score(evaluation, &card);
  if (status == JIXIAO_OK) status = jixiao_scorecard_total(card, &total);
  if (status == JIXIAO_OK) status = jixiao_scorecard_grade(card, &grade);
  if (status == JIXIAO_OK) {
    printf("%s: total %s, grade %s\n", argv[1], total, grade);
  } else {
    fprintf(stderr, "error %d: %s\n", status, jixiao_last_error_message());
  }

  jixiao_free(grade);
  jixiao_free(total);
  jixiao_scorecard_free(card);
  jixiao_evaluation_free(evaluation);
  free(json);
  return status == JIXIAO_OK ? 0 : 1;
}
