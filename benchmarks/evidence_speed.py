"""The evidence store at scale: 1,000,000 facts in SQLite.

    python benchmarks/evidence_speed.py [--facts 1000000]

Prints: bulk import rate (CSV parsed and validated, then inserted; goal ≥ 50,000 facts/s),
matching time per claim against the full store (goal ≤ 2 ms), and a cold
``verify check --evidence`` of a 1,500-word article against it (goals ≤ 0.5 s, ≤ 200 MB).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from verify.document import Document
from verify.evidence.ingest import data_source, fact_rows
from verify.evidence.matching import Matcher
from verify.evidence.store import open_store
from verify.extract import extract_claims

ATTRIBUTES = ["revenue", "funding", "employees", "profit", "valuation"]
_FIRST = ["Nor", "Kel", "Bra", "Tal", "Ver", "Quin", "Hal", "Sor", "Mar", "Lun", "Cor", "Dav", "Fen", "Gar", "Ist",
          "Jor", "Ley", "Mor", "Oth", "Pel", "Ras", "Sten", "Tor", "Ulv", "Vel"]
_SECOND = ["vik", "dale", "holm", "wick", "stad", "borg", "mark", "ford", "gate", "haven", "ton", "by", "more", "ley",
           "field", "berg", "lund", "stone", "ridge", "brook"]
_KIND = ["Energy", "Robotics", "Foods", "Logistics", "Health", "Capital", "Systems", "Media", "Motors", "Labs",
         "Pharma", "Shipping", "Telecom", "Mining", "Retail", "Partners", "Analytics", "Foundry", "Aerospace", "Bank"]


def company(index: int) -> str:
    """An organisation-like name, unique for index < 10,000 × 20 (e.g. "Norvik Energy")."""
    return (f"{_FIRST[index % 25]}{_SECOND[(index // 25) % 20]} {_KIND[(index // 500) % 20]}"
            + ("" if index < 10_000 else f" {chr(65 + (index // 10_000) % 26)}"))


def facts_csv(path: Path, count: int, companies: int) -> None:
    rng = random.Random(1)
    lines = ["subject,attribute,value,unit,currency,as_of,source,url"]
    for index in range(count):
        attribute = ATTRIBUTES[index % len(ATTRIBUTES)]
        unit, currency = ("employees", "") if attribute == "employees" else ("", "USD")
        lines.append(f"{company(index % companies)},{attribute},{rng.randint(1, 900) * 1_000_000},{unit},{currency},"
                     f"2026-0{1 + index % 3},Registry,https://registry.example.org/{index}")
    path.write_text("\n".join(lines) + "\n")


def article(words: int, companies: int) -> str:
    rng = random.Random(2)
    sentences, count = [], 0
    while count < words:
        name = company(rng.randrange(companies))
        sentence = (f"{name}'s revenue reached ${rng.randint(1, 900)} million in March 2026. "
                    f"{name} employs {rng.randint(100, 9000):,} employees, its chief said.")
        sentences.append(sentence)
        count += len(sentence.split())
    return "---\npublished: 2026-04-10\n---\n" + "\n\n".join(sentences) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    args = parser.parse_args()
    companies = max(args.facts // 10, 1)
    with tempfile.TemporaryDirectory() as folder:
        csv_path, url = Path(folder) / "facts.csv", f"sqlite:///{folder}/evidence.sqlite"
        facts_csv(csv_path, args.facts, companies)
        store = open_store(url)
        start = time.perf_counter()
        text = csv_path.read_text()
        rows = fact_rows(csv_path, text)
        parsed = time.perf_counter()
        store.add_facts_bulk(data_source(csv_path, text), rows)
        done = time.perf_counter()
        print(f"import: {args.facts:,} facts in {done - start:.1f} s = {args.facts / (done - start):,.0f} facts/s "
              f"(parse {parsed - start:.1f} s, insert {done - parsed:.1f} s)")
        draft = Path(folder) / "draft.md"
        draft.write_text(article(1500, companies))
        doc = Document.from_plain("draft", draft.read_text(), published=date(2026, 4, 10))
        claims = extract_claims(doc, date(2026, 4, 10))
        figures = [c for c in claims if c.type in ("money", "quantity", "percent")]
        matcher = Matcher(store)
        start = time.perf_counter()
        matcher.annotate(claims, date(2026, 4, 10), doc)
        elapsed = time.perf_counter() - start
        checked = sum(1 for c in figures if c.status != "unverified")
        print(f"matching: {len(figures)} figures in {elapsed * 1000:.0f} ms = {elapsed * 1000 / len(figures):.2f} ms "
              f"per claim ({checked} matched facts)")
        store.close()
        runs, peaks = [], []
        for _ in range(5):
            # /usr/bin/time measures the child alone (a forked child's ru_maxrss would start at this
            # process's size, which holds the million parsed rows).
            start = time.perf_counter()
            result = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-m", "verify", "check",
                                     "--no-cache", "--evidence", "--store", url, "--format", "json", str(draft)],
                                    capture_output=True, text=True, check=False)
            runs.append(time.perf_counter() - start)
            peaks.append(int(result.stderr.strip().splitlines()[-1]) / 1024)
        peak = max(peaks)
        print(f"cold check --evidence, {len(draft.read_text().split())} words: median {sorted(runs)[2]:.2f} s, "
              f"peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
