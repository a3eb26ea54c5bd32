#!/usr/bin/env python3
"""The walk an evaluator takes with a template (docs/templates.md), through the jixiao command:

    template_walkthrough.py JIXIAO NAME OUTDIR

1. `jixiao template show NAME -o FILE` writes a fill-in file;
2. `jixiao validate FILE` accepts it and lists each blank (null) fact, located;
3. `jixiao score FILE` refuses it (exit 2, one [jixiao.input_error.712] per blank, no output);
4. the blanks are filled in as an evaluator whose project met every target would;
5. `jixiao validate` accepts the filled file without warnings, `jixiao score` gives 100.00 优,
   and `jixiao check` finds nothing.
"""
import json
import os
import re
import subprocess
import sys


def run(jixiao, *args):
    done = subprocess.run([jixiao, *args], capture_output=True, text=True, encoding="utf-8")
    return done.returncode, done.stdout, done.stderr


def expect(condition, what, *context):
    if not condition:
        print("FAIL:", what, *context, sep="\n")
        sys.exit(1)
    print("ok:", what)


def leaves(indicators, out):
    for node in indicators:
        if "children" in node:
            leaves(node["children"], out)
        else:
            out[node["code"]] = node
    return out


def meeting_value(leaf, name):
    """What an evaluator writes when the project met every target (as the io tests do)."""
    if name == "等级":
        return "达成"
    if name == "得分":
        return leaf["points"]
    if name in ("违规情况", "成本节约率"):
        return 0
    if name == "实际完成值":
        target = leaf["target"]
        if target.endswith("%"):
            return "100%"
        return re.sub(r"^[^0-9]*([0-9.]+).*$", r"\1", target)
    return 100


def main():
    jixiao, name, outdir = sys.argv[1:]
    os.makedirs(outdir, exist_ok=True)
    fill_in = os.path.join(outdir, f"{name}.fill-in.json")
    code, _, err = run(jixiao, "template", "show", name, "-o", fill_in)
    expect(code == 0 and os.path.exists(fill_in), "template show writes the fill-in file", err)

    with open(fill_in, encoding="utf-8") as f:
        text = f.read()
    blanks = text.count(": null")
    expect(blanks > 0, f"the fill-in file has blanks ({blanks})")
    expect(f"{blanks} facts to fill in" in err, "template show says how many facts to fill in", err)

    code, out, err = run(jixiao, "validate", fill_in)
    expect(code == 0, "validate accepts the fill-in file", out, err)
    expect(f"{blanks} facts still blank" in out, "validate counts the blanks", out)
    located = re.findall(r"\.json:\d+:\d+: .*\" is still blank \(null\): fill it in", out)
    expect(len(located) == blanks, "validate locates every blank", out)
    expect("warning" not in err, "a template draws no target-setting warning", err)

    report = os.path.join(outdir, f"{name}.unfilled.txt")
    code, out, err = run(jixiao, "score", fill_in, "-o", report)
    expect(code == 2, "score refuses a file with blanks", out, err)
    expect(err.count("[jixiao.input_error.712]") == blanks, "score names every blank", err)
    expect(not os.path.exists(report), "score leaves no output file")

    document = json.loads(text)
    by_code = leaves(document["framework"]["indicators"], {})
    for code_, facts in document["facts"].items():
        for fact, value in facts.items():
            if value is None:
                facts[fact] = meeting_value(by_code[code_], fact)
    filled = os.path.join(outdir, f"{name}.filled.json")
    with open(filled, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=2)

    code, out, err = run(jixiao, "validate", filled)
    expect(code == 0 and ": valid (" in out and err == "", "validate accepts the filled file",
           out, err)
    code, out, err = run(jixiao, "score", filled)
    expect(code == 0 and "总分 100.00，等级 优" in out, "the filled file scores 100.00 优", out, err)
    code, out, err = run(jixiao, "check", filled)
    expect(code == 0 and "错误 0 项，警告 0 项，提示 0 项" in out, "check finds nothing", out, err)
    return 0


if __name__ == "__main__":
    sys.exit(main())
