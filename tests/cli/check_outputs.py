#!/usr/bin/env python3
"""Reads the JSON and CSV outputs of `jixiao score` with Python's standard library, as a
budget system would, and checks that they are what the formats promise: JSON whose numbers are
exact decimals, CSV per RFC 4180 with a UTF-8 byte order mark and CRLF line ends.

    check_outputs.py SCORECARD.json REPORT.csv EXPECTED_TOTAL EXPECTED_GRADE
"""
import csv
import io
import json
import sys
from decimal import Decimal


def main():
    json_path, csv_path, total, grade = sys.argv[1:5]
    with open(json_path, encoding="utf-8") as f:
        card = json.load(f, parse_float=Decimal, parse_int=Decimal)
    assert card["format"] == "jixiao.scorecard/1", card["format"]
    assert card["total"] == Decimal(total), (card["total"], total)
    assert card["rating"] == {"status": "rated", "label": grade}, card["rating"]
    leaves = [n for n in card["nodes"] if n["leaf"]]
    assert leaves and all("trace" in n and n["trace"]["text"] for n in leaves if n["applicable"])
    # Each parent's score is the exact sum of its children's (depth-first order).
    for i, node in enumerate(card["nodes"]):
        if node["leaf"]:
            continue
        children = [n for n in card["nodes"][i + 1:] if n["depth"] > node["depth"]]
        end = next((k for k, n in enumerate(card["nodes"][i + 1:]) if n["depth"] <= node["depth"]),
                   len(card["nodes"]) - i - 1)
        direct = [n for n in card["nodes"][i + 1:i + 1 + end] if n["depth"] == node["depth"] + 1]
        assert sum((n["score"] for n in direct), Decimal(0)) == node["score"], node["code"]
        del children

    with open(csv_path, "rb") as f:
        raw = f.read()
    assert raw.startswith(b"\xef\xbb\xbf"), "no byte order mark"
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", ""), "lines must end in CRLF"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, body = rows[0], rows[1:]
    assert header[-6:] == ["指标代码", "分值", "指标值", "得分", "得分率", "计分过程"], header
    assert len(body) == len(leaves) + 1, (len(body), len(leaves))
    assert body[-1][0] == "合计" and Decimal(body[-1][-3]) == Decimal(total), body[-1]
    print(f"ok: {json_path} and {csv_path}")


if __name__ == "__main__":
    main()
