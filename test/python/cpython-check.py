"""Confirms test/python/semantics.json against CPython: every row's expected value must be what
CPython gives. Run: python3 test/python/cpython-check.py (exit 1 and a list on any difference)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import run_rows  # noqa: E402

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "semantics.json"), encoding="utf-8") as table:
    rows = json.load(table)
wrong = [(row, got) for row, got in zip(rows, run_rows(rows)) if got != row["expect"]]
for row, got in wrong:
    print(f"row {row['code']!r} / {row['expr']!r}: table says {row['expect']!r}, CPython {sys.version.split()[0]} gives {got!r}")
print(f"{len(rows) - len(wrong)} of {len(rows)} rows agree with CPython {sys.version.split()[0]}")
sys.exit(1 if wrong else 0)
