#!/usr/bin/env python3
"""Validates an Open311 JSON document (stdin) against a JSON Schema file.

Usage: validate.py SCHEMA.json < DOC.json
Prints "valid N" (N records) or each error with its path, exit 1.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("validate.py: python3-jsonschema is missing: run 'make deps'")

schema = json.load(open(sys.argv[1], encoding="utf-8"))
doc = json.load(sys.stdin)
errors = list(jsonschema.Draft7Validator(schema).iter_errors(doc))
for e in errors:
    print("/".join(str(p) for p in e.path), e.message)
if errors:
    sys.exit(1)
print("valid", len(doc))
