#!/usr/bin/env python3
"""Turns Google Benchmark JSON (run with repetitions) into the Markdown table of
docs/performance.md: the median time per operation of each implementation and its ratio to
the hand-written fixed-point loop, all from one run.

    report.py BENCH.json
"""
import json
import sys

OPERATIONS = [
    ("add", "add, same scale (amount + amount)"),
    ("add_mixed", "add, scales 2 + 4 (amount + rate)"),
    ("multiply", "multiply (rate × amount)"),
    ("divide", "divide and round to 4 places, half up (执行率)"),
]
IMPLEMENTATIONS = ["jixiao", "fixed128", "cpp_dec_float"]


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        data = json.load(f)
    median = {}
    for b in data["benchmarks"]:
        if b.get("aggregate_name") == "median":
            # items_per_second is per operation; report nanoseconds per operation.
            median[b["run_name"]] = 1e9 / b["items_per_second"]
    context = data["context"]
    print(f"Machine: {context.get('num_cpus')} CPUs at {context.get('mhz_per_cpu')} MHz, "
          f"{data['benchmarks'][0].get('repetitions', '?')} repetitions, medians; "
          f"date {context.get('date')}.")
    print()
    print("| operation | jixiao ns/op | fixed128 ns/op | cpp_dec_float_50 ns/op "
          "| jixiao ÷ fixed128 | cpp_dec_float ÷ fixed128 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for key, label in OPERATIONS:
        row = {impl: median.get(f"{key}_{impl}") for impl in IMPLEMENTATIONS}
        fixed = row["fixed128"]

        def cell(v):
            return f"{v:.2f}" if v is not None else "—"

        def ratio(v):
            return f"{v / fixed:.2f}×" if v is not None and fixed else "—"

        print(f"| {label} | {cell(row['jixiao'])} | {cell(fixed)} | "
              f"{cell(row['cpp_dec_float'])} | {ratio(row['jixiao'])} | "
              f"{ratio(row['cpp_dec_float'])} |")
    for key, label in [("parse_jixiao", "parse an amount (\"12345678.90\")"),
                       ("format_jixiao", "format an amount with groups (\"12,345,678.90\")")]:
        if key in median:
            print(f"| {label} | {median[key]:.2f} | — | — | — | — |")


if __name__ == "__main__":
    main()
