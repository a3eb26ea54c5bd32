#!/usr/bin/env python3
"""Checks docs/jixiao.schema.json against files: every file given after --valid must conform,
every file after --invalid must not (and must still be JSON, so that the schema, not the
parser, rejects it). Uses Debian's python3-jsonschema.

    check_schema.py SCHEMA --valid FILE... --invalid FILE...
"""
import json
import sys

import jsonschema


def main():
    schema_path, *rest = sys.argv[1:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    mode = None
    failures = 0
    for arg in rest:
        if arg in ("--valid", "--invalid"):
            mode = arg
            continue
        with open(arg, encoding="utf-8") as f:
            document = json.load(f)
        errors = list(validator.iter_errors(document))
        if mode == "--valid" and errors:
            failures += 1
            print(f"FAIL {arg}: should conform, but: {errors[0].message[:200]}")
        elif mode == "--invalid" and not errors:
            failures += 1
            print(f"FAIL {arg}: should not conform to the schema")
        else:
            print(f"ok {arg}" + (f" (rejected: {errors[0].message[:80]})" if errors else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
