"""Runs of words the project shares with the evaluation text: text that must not be copied in.

    python benchmarks/corpus_overlap.py [--words 6] [--corpus ../shared/corpus]
                                        [--datasets ../shared/datasets] [--all]

Evaluation text must never be copied into the code, tests, fixtures, rule files or README; tests
are written in our own sentences. It is ``../shared/corpus`` (the written articles, the real
articles and their planted copies) and ``../shared/datasets`` (the SummEdits, AVeriTeC and
QuanTemp records: every string of their JSON, every cell of their CSV). This prints, for each
project file, the runs of ``--words`` consecutive words (case and punctuation aside) that also
occur there, so that a sentence written too close to one of them is found and rewritten. Common
phrases ("for the first time since") show up too; judge each run: the few that are plain English
or HTML boilerplate, owned by no article, are listed in ``benchmarks/corpus_overlap_allowed.txt``
(runs of the default six words) and skipped, and counted apart. ``--all`` prints every run of a
file rather than its first eight. Exits 1 when any run that is not allowed is found.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"[A-Za-z0-9£$€%.,'-]+")
_SKIP = (".venv", ".git", "__pycache__", ".verify_cache", "build", "snapshots", "cassettes", "seeds")
_SUFFIXES = (".py", ".toml", ".md", ".txt", ".html", ".json")
ALLOWED = Path(__file__).with_name("corpus_overlap_allowed.txt")


def words(text: str) -> list[str]:
    return [w.strip(".,'").lower() for w in _WORD.findall(text) if w.strip(".,'")]


def shingles(text: str, size: int) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i:i + size]) for i in range(len(found) - size + 1)}


def _strings(node: Any) -> list[str]:
    """Every string of a JSON document (a dataset's records), each apart so no run joins two."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        node = list(node.values())
    return [text for item in node for text in _strings(item)] if isinstance(node, list) else []


def allowed_runs(path: Path) -> set[tuple[str, ...]]:
    """The runs of words the allow-list file names, one a line; ``#`` starts a comment."""
    lines = (line.partition("#")[0] for line in path.read_text(encoding="utf-8").splitlines())
    return {tuple(words(line)) for line in lines if line.strip()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=6)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--datasets", type=Path, default=ROOT.parent / "shared" / "datasets")
    parser.add_argument("--all", action="store_true", help="print every run of a file, not its first eight")
    args = parser.parse_args()
    sources = [*args.corpus.glob("written/articles/*"), *args.corpus.glob("real/dated/*"),
               *args.corpus.glob("real/planted/*")]
    if not sources:
        print(f"corpus_overlap: no corpus under {args.corpus}", file=sys.stderr)
        return 2
    corpus: set[tuple[str, ...]] = set()
    for source in sources:
        corpus |= shingles(source.read_text(encoding="utf-8"), args.words)
    for dataset in sorted(args.datasets.rglob("*.json")):
        corpus |= shingles(" \n ".join(_strings(json.loads(dataset.read_text(encoding="utf-8")))), args.words)
    for table in sorted(args.datasets.rglob("*.csv")):
        with table.open(encoding="utf-8", newline="") as rows:
            corpus |= shingles(" \n ".join(cell for row in csv.reader(rows) for cell in row), args.words)
    allowed = allowed_runs(ALLOWED) & corpus
    corpus -= allowed
    total = allowed_total = 0
    for path in sorted(ROOT.rglob("*")):
        if (not path.is_file() or path.suffix not in _SUFFIXES or any(part in _SKIP for part in path.parts)
                or path == ALLOWED):
            continue
        found = shingles(path.read_text(encoding="utf-8", errors="replace"), args.words)
        allowed_total += len(found & allowed)
        runs = sorted(" ".join(run) for run in found & corpus)
        if runs:
            total += len(runs)
            print(f"{path.relative_to(ROOT)}: {len(runs)}: " + " | ".join(runs if args.all else runs[:8]))
    print(f"{total} runs of {args.words} words shared with the corpus and datasets "
          f"({allowed_total} more allowed by {ALLOWED.name})")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
