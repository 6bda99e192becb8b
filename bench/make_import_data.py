#!/usr/bin/env python3
"""Writes the import benchmark's inputs: a complaints CSV whose narratives
span lines (as CFPB's do) and a generic survey CSV, ROWS rows each,
deterministic (seeded)."""
import csv
import random
import sys

rows = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
out = sys.argv[1]
rng = random.Random(20261125)
words = ("engineer router bill price speed evening slow refund contract cancel "
         "install appointment letter charge direct debit app password outage "
         "upgrade fibre broadband line test agent callback waited").split()
channels = ["phone", "email", "web", "chat", "store", "social", "letter"]
categories = ["Speed below promise", "Bill higher than quoted", "Missed engineer appointment",
              "Cannot cancel online", "Repeating the story", "Price rise", "Router not delivered"]

def sentence(n):
    return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."

with open(f"{out}/complaints.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["id", "received_at", "channel", "category", "product", "status", "text"])
    for i in range(rows):
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        narrative = "\n".join(sentence(rng.randint(6, 18)) for _ in range(rng.randint(1, 4)))
        w.writerow([f"C-{i}", f"2025-{month:02d}-{day:02d}T{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}",
                    rng.choice(channels), rng.choice(categories), "Fibre 500", "open", narrative])

with open(f"{out}/surveys.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "responded_at", "metric", "score", "comment"])
    for i in range(rows):
        metric = rng.choice(["nps", "nps", "nps", "csat", "ces"])
        score = rng.randint(0, 10) if metric == "nps" else rng.randint(1, 5 if metric == "csat" else 7)
        comment = sentence(rng.randint(3, 12)) if rng.random() < 0.3 else ""
        w.writerow([f"R-{i}", f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", metric, score, comment])
