#!/usr/bin/env python3
"""The seed's 评分表 as evaluators script it today: Python's decimal module, each formula by
hand, 四舍五入 with quantize(ROUND_HALF_UP). The comparison point of docs/performance.md.

    seed_decimal.py BATCH.jsonl [--totals OUT]

Reads a batch written by generate_evaluations (one evaluation per line), scores every line,
and prints the time spent parsing (json.loads, every number as a Decimal) and scoring, separately.
With --totals, writes "id total grade" per line, for comparing with `jixiao batch`.

Divisions run at 50 significant digits before the one rounding to the printed places; for
inputs of at most 12 digits a quotient that is not itself a tie lies at least 1e-17 from one,
so the 50-digit quotient rounds as the exact one would.
"""
import json
import sys
import time
from decimal import ROUND_HALF_UP, Decimal, getcontext

getcontext().prec = 50

CENT = Decimal("0.01")
BASIS = Decimal("0.0001")
QUALITATIVE = ["1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.3.1", "1.3.2", "2.2.1", "2.2.2",
               "4.1.1", "4.1.2"]


def points(x):
    return x.quantize(CENT, ROUND_HALF_UP)


def percent(text):
    """ "85.17%" → 0.8517 """
    return Decimal(text[:-1]) / 100


def total(facts):
    s = Decimal(0)
    for code in QUALITATIVE:
        s += points(facts[code]["得分"])
    f = facts["2.1.1"]
    s += points((f["实际到位资金"] / f["预算资金"]).quantize(BASIS, ROUND_HALF_UP) * 4)
    f = facts["2.1.2"]
    s += points((f["实际支出资金"] / f["实际到位资金"]).quantize(BASIS, ROUND_HALF_UP) * 5)
    s += points(max(Decimal(0), 4 - Decimal(facts["2.1.3"]["违规情况"])))
    a = Decimal(facts["3.1.1"]["实际完成值"])
    s += Decimal(12) if a <= 5 else points(Decimal(60) / a)
    a = percent(facts["3.2.1"]["实际完成值"])
    s += Decimal(3) if a >= 1 else points(a * 3)
    a = percent(facts["3.3.1"]["实际完成值"])
    s += Decimal(2) if a >= 1 else points(a * 2)
    s += points(percent(facts["3.4.1"]["实际完成值"]) * 13)
    f = facts["4.2.1"]
    satisfied, surveyed = Decimal(f["满意人数"]), Decimal(f["有效调查人数"])
    if satisfied >= surveyed * Decimal("0.95"):
        s += Decimal(10)
    else:
        s += points(satisfied * 1000 / (surveyed * 95))
    return s


def grade(t):
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def main():
    path = sys.argv[1]
    out = sys.argv[sys.argv.index("--totals") + 1] if "--totals" in sys.argv else None
    parsing = scoring = 0.0
    results = []
    count = 0
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            t0 = time.perf_counter()
            row = json.loads(line, parse_float=Decimal, parse_int=Decimal)
            t1 = time.perf_counter()
            t = total(row["facts"])
            g = grade(t)
            t2 = time.perf_counter()
            parsing += t1 - t0
            scoring += t2 - t1
            count += 1
            if out:
                results.append(f"{row['id']} {t} {g}\n")
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.writelines(results)
    print(json.dumps({"rows": count, "parse_seconds": parsing, "score_seconds": scoring,
                      "scored_per_second": count / scoring if scoring else None}))


if __name__ == "__main__":
    main()
