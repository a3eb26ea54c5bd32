#!/usr/bin/env python3
"""jixiao batch end to end, on generated data (tests/bench/generate_evaluations):

- a batch with broken lines mixed in: exit 1, every broken line reported with its line number
  and kept in the results as an error record, every other line scored;
- --threads 2 writes exactly what --threads 1 writes; --format csv has one row per line;
- --fail-fast: exit 2 and no output file;
- a clean batch scores exactly as the Python decimal version (tests/bench/seed_decimal.py).

    batch_check.py JIXIAO GENERATOR FRAMEWORK SEED_DECIMAL_PY OUTDIR
"""
import json
import os
import subprocess
import sys

jixiao, generator, framework, seed_decimal, outdir = sys.argv[1:6]
os.makedirs(outdir, exist_ok=True)
# Fewer rows under the sanitizers (the asan test preset sets it): the same checks, 5× faster.
ROWS, EVERY = int(os.environ.get("JIXIAO_BATCH_TEST_ROWS", "20000")), 500


def run(*args, **kw):
    return subprocess.run(list(args), capture_output=True, text=True, **kw)


def check(condition, message):
    if not condition:
        print("FAILED:", message)
        sys.exit(1)


mixed = os.path.join(outdir, "mixed.jsonl")
with open(mixed, "w") as f:
    subprocess.run([generator, str(ROWS), "--broken-every", str(EVERY)], stdout=f, check=True)

out1, out2 = os.path.join(outdir, "out1.jsonl"), os.path.join(outdir, "out2.jsonl")
r1 = run(jixiao, "batch", "--framework", framework, mixed, "-o", out1)
check(r1.returncode == 1, f"broken lines give exit 1, got {r1.returncode}: {r1.stderr[-500:]}")
broken = {i + 1 for i in range(ROWS) if i % EVERY == EVERY - 1}
reported = set()
for line in r1.stderr.splitlines():
    # "FILE:LINE: [id] …" (scoring) or "[id] FILE:LINE:COLUMN: …" (reading)
    rest = line.split(mixed + ":", 1)
    check(len(rest) == 2, f"every error names the file: {line}")
    reported.add(int(rest[1].split(":", 1)[0]))
check(reported == broken, f"errors on exactly the broken lines: {sorted(reported ^ broken)[:10]}")
summary = f"{ROWS:,} 行 lines, {ROWS - len(broken):,} 已评分 scored, {len(broken):,} 出错 failed"
check(summary in r1.stdout, r1.stdout)
records = [json.loads(line, parse_float=str) for line in open(out1, encoding="utf-8")]
check(len(records) == ROWS, f"one record per line, got {len(records)}")
for number, record in enumerate(records, 1):
    check(record["line"] == number, f"records in input order at {number}")
    check(("error" in record) == (number in broken), f"error records at {number}")
kinds = {r["error"].split("]")[0] for r in records if "error" in r and r["error"].startswith("[")}
check(len(kinds) >= 3, f"several kinds of input errors: {kinds}")

r2 = run(jixiao, "batch", "--framework", framework, mixed, "-o", out2, "--threads", "2")
check(r2.returncode == 1 and open(out1, "rb").read() == open(out2, "rb").read(),
      "two threads write the same results")

csv = os.path.join(outdir, "out.csv")
r3 = run(jixiao, "batch", "--framework", framework, mixed, "-o", csv, "--format", "csv")
rows = open(csv, encoding="utf-8").read().splitlines()
check(r3.returncode == 1 and len(rows) == ROWS + 1 and rows[0].startswith("line,id,total,grade,"),
      "csv: a header and one row per line")

stopped = os.path.join(outdir, "stopped.jsonl")
r4 = run(jixiao, "batch", "--framework", framework, mixed, "-o", stopped, "--fail-fast")
check(r4.returncode == 2 and not os.path.exists(stopped), "--fail-fast: exit 2, no file")

clean = os.path.join(outdir, "clean.jsonl")
with open(clean, "w") as f:
    subprocess.run([generator, str(ROWS), "--seed", "7"], stdout=f, check=True)
scored = os.path.join(outdir, "clean.out.jsonl")
r5 = run(jixiao, "batch", "--framework", framework, clean, "-o", scored)
check(r5.returncode == 0, r5.stderr[-500:])
totals = os.path.join(outdir, "clean.python.txt")
subprocess.run([sys.executable, seed_decimal, clean, "--totals", totals], check=True,
               capture_output=True)
ours = {}
for line in open(scored, encoding="utf-8"):
    r = json.loads(line, parse_float=str, parse_int=str)
    ours[r["id"]] = (r["total"], r["grade"])
theirs = {}
for line in open(totals, encoding="utf-8"):
    identifier, total, grade = line.split()
    theirs[identifier] = (total, grade)
check(len(ours) == ROWS and ours == theirs,
      f"jixiao and Python decimal agree on every total and grade "
      f"({sum(ours.get(k) != v for k, v in theirs.items())} differ)")
print(f"ok: {ROWS} lines with {len(broken)} broken; {ROWS} clean lines agree with Python")
