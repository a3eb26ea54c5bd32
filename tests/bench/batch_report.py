#!/usr/bin/env python3
"""Batch scoring measured against the alternatives, in one run, as the tables of
docs/performance.md (Markdown on stdout):

1. in memory, 1,000,000 evaluations on the seed framework: jixiao (PreparedFramework, no
   traces) against a naive double version (batch_bench), on 1 and 2 threads, jixiao with
   traces, and the Python decimal version (seed_decimal.py, scoring time only) on the same
   generated rows; where double's totals and grades differ from the exact ones;
2. jixiao and Python agree exactly: every total and grade of the 1,000,000 rows compared;
3. `jixiao batch` on a JSON Lines file of at least 1 GB: MB/s, evaluations/s and peak memory
   (GNU time), 1 and 2 threads, and peak memory on a file a tenth the size;
4. scaling with the number of indicators (the seed's 18 replicated to 108 and 1,008).

    batch_report.py BUILD_DIR WORK_DIR [REPETITIONS]

BUILD_DIR is the `bench` preset's build (build/bench); WORK_DIR holds the generated files
(about 1.2 GB).
"""
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time

build, work = sys.argv[1], sys.argv[2]
repetitions = int(sys.argv[3]) if len(sys.argv) > 3 else 5
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
framework = os.path.join(root, "examples", "data", "changji-2023.json")
generator = os.path.join(build, "tests", "bench", "generate_evaluations")
bench = os.path.join(build, "tests", "bench", "batch_bench")
jixiao = os.path.join(build, "src", "jixiao")
os.makedirs(work, exist_ok=True)

ROWS = 1_000_000
BIG_ROWS = 1_400_000  # about 1.1 GB of JSON Lines


def generate(path, rows):
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        with open(path, "wb") as f:
            subprocess.run([generator, str(rows)], stdout=f, check=True)
    return os.path.getsize(path)


def timed_batch(path, threads, out):
    """Wall seconds and peak resident memory (KiB) of one `jixiao batch` run."""
    command = ["/usr/bin/time", "-v", jixiao, "batch", "--framework", framework, path,
               "-o", out, "--threads", str(threads), "--no-progress"]
    start = time.perf_counter()
    run = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if run.returncode != 0:
        sys.exit(f"jixiao batch failed: {run.stderr[-2000:]}")
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1))
    return wall, peak


def median_of(runs):
    return statistics.median(runs)


# 1. In memory.
json_out = os.path.join(work, "batch_bench.json")
subprocess.run([bench, f"--benchmark_repetitions={repetitions}",
                "--benchmark_report_aggregates_only=true", f"--benchmark_out={json_out}",
                "--benchmark_out_format=json"], check=True, stdout=subprocess.DEVNULL)
with open(json_out, encoding="utf-8") as f:
    data = json.load(f)
rate = {}
for b in data["benchmarks"]:
    if b.get("aggregate_name") == "median":
        rate[b["run_name"]] = b["items_per_second"]
compare = subprocess.run([bench, "--compare", str(ROWS)], capture_output=True, text=True,
                         check=True).stdout

rows_file = os.path.join(work, "seed-1m.jsonl")
generate(rows_file, ROWS)
python_runs = []
python_totals = os.path.join(work, "seed-1m.python.txt")
for i in range(max(1, repetitions // 2)):
    out = subprocess.run([sys.executable, os.path.join(here, "seed_decimal.py"), rows_file]
                         + (["--totals", python_totals] if i == 0 else []),
                         capture_output=True, text=True, check=True).stdout
    python_runs.append(json.loads(out))
python_rate = median_of([r["scored_per_second"] for r in python_runs])
python_parse = median_of([r["rows"] / r["parse_seconds"] for r in python_runs])

# 2. Exact agreement with Python on the same million rows.
scored = os.path.join(work, "seed-1m.jixiao.jsonl")
timed_batch(rows_file, 1, scored)
ours = {}
with open(scored, encoding="utf-8") as f:
    for line in f:
        r = json.loads(line, parse_float=str, parse_int=str)
        ours[r["id"]] = (r["total"], r["grade"])
theirs = {}
with open(python_totals, encoding="utf-8") as f:
    for line in f:
        identifier, total, grade = line.split()
        theirs[identifier] = (total, grade)
differ = sum(1 for k, v in theirs.items() if ours.get(k) != v)
if len(ours) != ROWS or len(theirs) != ROWS or differ:
    sys.exit(f"jixiao and Python disagree on {differ} of {ROWS} rows")

# 3. jixiao batch on a large file.
big = os.path.join(work, "seed-big.jsonl")
big_bytes = generate(big, BIG_ROWS)
small = os.path.join(work, "seed-small.jsonl")
small_bytes = generate(small, BIG_ROWS // 10)
results = os.path.join(work, "seed-big.out.jsonl")
batch = {}
for threads in (1, 2):
    runs = [timed_batch(big, threads, results) for _ in range(max(1, repetitions // 2))]
    batch[threads] = (median_of([w for w, _ in runs]), max(p for _, p in runs))
small_peak = max(timed_batch(small, 1, results)[1] for _ in range(2))

# The report.
cpu = "unknown CPU"
try:
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        cpu = re.search(r"model name\s*:\s*(.*)", f.read()).group(1)
except OSError:
    pass
ctx = data["context"]
print(f"Machine: {ctx.get('num_cpus')} vCPU, {cpu}, {platform.system()} "
      f"{platform.release()}; Python {platform.python_version()}; date {ctx.get('date')}; "
      f"{repetitions} repetitions of the benchmarks (medians).")
print()
seed_1 = rate["jixiao_seed/real_time/threads:1"]
seed_2 = rate["jixiao_seed/real_time/threads:2"]
double_1 = rate["double_seed/real_time/threads:1"]
double_2 = rate["double_seed/real_time/threads:2"]
traces = rate["jixiao_seed_traces"]
print("| seed framework (18 indicators), in memory | evaluations/s | ÷ jixiao (1 thread) |")
print("| --- | ---: | ---: |")
for label, value in [("jixiao, exact, no traces, 1 thread", seed_1),
                     ("jixiao, exact, no traces, 2 threads", seed_2),
                     ("jixiao with traces (evaluate(), full Scorecard), 1 thread", traces),
                     ("double, hand-written, 1 thread", double_1),
                     ("double, hand-written, 2 threads", double_2),
                     ("Python decimal, scoring only (parsing excluded), 1 thread", python_rate),
                     ("Python json.loads of the same lines (parsing only)", python_parse)]:
    print(f"| {label} | {value:,.0f} | {value / seed_1:.3f}× |")
print()
print(f"jixiao ÷ double (1 thread): {double_1 / seed_1:.1f}× slower; "
      f"jixiao ÷ Python decimal: {seed_1 / python_rate:.1f}× faster.")
print()
print("Where double disagrees with the exact scores (`batch_bench --compare`):")
print()
print("```text")
print(compare.rstrip())
print("```")
print()
print(f"jixiao and Python decimal: all {ROWS:,} totals and grades identical "
      f"(`jixiao batch` output against `seed_decimal.py --totals`).")
print()
print(f"| `jixiao batch`, {big_bytes / 1e9:.2f} GB, {BIG_ROWS:,} lines | wall s | MB/s "
      f"| evaluations/s | peak RSS MiB |")
print("| --- | ---: | ---: | ---: | ---: |")
for threads in (1, 2):
    wall, peak = batch[threads]
    print(f"| {threads} thread{'s' if threads > 1 else ''} | {wall:.2f} | "
          f"{big_bytes / 1e6 / wall:,.0f} | {BIG_ROWS / wall:,.0f} | {peak / 1024:.1f} |")
print()
print(f"Peak RSS on a file a tenth the size ({small_bytes / 1e6:.0f} MB, 1 thread): "
      f"{small_peak / 1024:.1f} MiB.")
print()
print("| indicators per evaluation (seed replicated) | evaluations/s | indicators/s |")
print("| ---: | ---: | ---: |")
for copies in (1, 6, 56):
    value = rate[f"jixiao_replicated/{copies}"]
    print(f"| {18 * copies:,} | {value:,.0f} | {value * 18 * copies:,.0f} |")
