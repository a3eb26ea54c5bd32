#!/usr/bin/env python3
"""Measures what including jixiao costs a translation unit: the median wall time of
compiling a file that includes <jixiao/jixiao.hpp> (and one with only <jixiao/decimal.hpp>)
against a baseline file that includes <string> and <iostream>, at -O0 (-fsyntax-only) and
-O2 (-c), over several runs each.

    compile_time.py [--runs N] [--compiler g++] [--include DIR]
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

SOURCES = {
    "baseline (`<string>`, `<iostream>`)": "#include <iostream>\n#include <string>\nint main() {}\n",
    "`<jixiao/decimal.hpp>`":
        "#include <jixiao/decimal.hpp>\n#include <iostream>\n"
        "int main() { std::cout << jixiao::Decimal::parse(\"1.5\") * 2; }\n",
    "`<jixiao/jixiao.hpp>`":
        "#include <jixiao/jixiao.hpp>\n#include <iostream>\n"
        "int main() { std::cout << jixiao::divide(1, 3, 2, jixiao::Rounding::half_up); }\n",
}


def measure(compiler, include, source, flags, runs):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "tu.cpp")
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([compiler, "-std=c++17", f"-I{include}", *flags, path, "-o",
                            os.path.join(tmp, "tu.o")], check=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--compiler", default="g++")
    parser.add_argument("--include", default=os.path.join(os.path.dirname(__file__),
                                                          "..", "..", "include"))
    args = parser.parse_args()
    print(f"| translation unit ({args.compiler}) | -fsyntax-only, s | -O2 -c, s |")
    print("| --- | ---: | ---: |")
    for name, source in SOURCES.items():
        syntax = measure(args.compiler, args.include, source, ["-fsyntax-only"], args.runs)
        optimized = measure(args.compiler, args.include, source, ["-O2", "-c"], args.runs)
        print(f"| {name} | {syntax:.2f} | {optimized:.2f} |")


if __name__ == "__main__":
    main()
