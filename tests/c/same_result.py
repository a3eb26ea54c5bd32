#!/usr/bin/env python3
"""The embedding examples agree with `jixiao score`: each prints `FILE: total T, grade G`
for an evaluation file, and T and G must be the total and grade of `jixiao score --format
json` — exactly, as text.

    same_result.py EVALUATION.json JIXIAO -- COMMAND... [-- COMMAND...]

In each COMMAND, `{file}` stands for EVALUATION.json. Numbers in the JSON report are read as
the text they are written as, never as floats.
"""
import json
import re
import subprocess
import sys


def run(command):
    done = subprocess.run(command, capture_output=True, timeout=300)
    if done.returncode != 0:
        sys.exit(f"{command[0]} exited {done.returncode}:\n"
                 + done.stderr.decode("utf-8", "replace"))
    return done.stdout.decode("utf-8")


def main():
    if len(sys.argv) < 5 or sys.argv[3] != "--":
        sys.exit(__doc__)
    path, jixiao = sys.argv[1], sys.argv[2]
    card = json.loads(run([jixiao, "score", path, "--format", "json"]), parse_float=str,
                      parse_int=str)
    expected = (card["total"], card["rating"]["label"])
    commands, current = [], []
    for word in sys.argv[4:]:
        if word == "--":
            commands.append(current)
            current = []
        else:
            current.append(word)
    commands.append(current)
    for command in commands:
        command = [word.replace("{file}", path) for word in command]
        out = run(command)
        found = re.search(r": total (\S+), grade (\S*)$", out.strip())
        if not found or (found.group(1), found.group(2)) != expected:
            sys.exit(f"{' '.join(command)} printed {out.strip()!r}; jixiao score gives "
                     f"total {expected[0]}, grade {expected[1]}")
        print(f"ok: {command[0]}: total {expected[0]}, grade {expected[1]}")


if __name__ == "__main__":
    main()
