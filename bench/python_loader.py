#!/usr/bin/env python3
"""The plain Python baseline: csv + sqlite3 into one table, one transaction."""
import csv
import sqlite3
import sys

path, db = sys.argv[1], sys.argv[2]
con = sqlite3.connect(db)
with open(path, newline="", encoding="utf-8") as f:
    reader = csv.reader(f)
    header = next(reader)
    cols = ", ".join(f'"{h}"' for h in header)
    con.execute(f"CREATE TABLE t ({cols})")
    marks = ", ".join("?" for _ in header)
    with con:
        con.executemany(f"INSERT INTO t VALUES ({marks})", reader)
con.close()
