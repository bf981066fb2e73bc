"""Cold command-line runs: ``verify extract`` and ``verify check`` on a 1,500-word article.

Each run is a fresh interpreter (as an editor or a CI step runs it), after one
unmeasured run that leaves Python's bytecode caches in place. Prints the
median of N runs and how much the rules add on top of extraction (both runs
print JSON, so the difference is the rules: loading, importing and running them).

    python benchmarks/cold_cli.py [--runs 15] [--article PATH]

The default article is the prose of the sample articles in seeds/, one after
another, cut at 1,500 words.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def article_of(words: int) -> Path:
    """The prose of the sample articles, one after another, up to ``words`` words (no repeats)."""
    from verify.loaders import load_path

    paragraphs = [p for path in sorted((ROOT / "seeds").iterdir())
                  for p in load_path(str(path)).text.split("\n\n") if len(p.split()) > 3]
    chosen: list[str] = []
    count = 0
    for paragraph in paragraphs:
        if count >= words:
            break
        chosen.append(" ".join(paragraph.split()))
        count += len(paragraph.split())
    path = Path(tempfile.mkdtemp()) / f"article-{words}.md"
    path.write_text("\n\n".join(chosen) + "\n")
    return path


# As an installed tool runs: Python may write and reuse its bytecode caches (some environments set
# PYTHONDONTWRITEBYTECODE, which would make every run compile verify's sources again).
_ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def median_seconds(command: list[str], runs: int) -> float:
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=_ENVIRONMENT)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                       env=_ENVIRONMENT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--article", type=Path)
    args = parser.parse_args()
    article = args.article or article_of(1500)
    words = len(article.read_text().split())
    base = [sys.executable, "-m", "verify"]
    python = median_seconds([sys.executable, "-c", "pass"], args.runs)
    extract = median_seconds([*base, "extract", "--format", "json", "--date", "2026-04-10", str(article)], args.runs)
    check_json = median_seconds([*base, "check", "--no-cache", "--format", "json", "--date", "2026-04-10",
                                 str(article)], args.runs)
    check = median_seconds([*base, "check", "--no-cache", "--date", "2026-04-10", str(article)], args.runs)
    print(f"article: {words} words; median of {args.runs} cold runs")
    print(f"python -c pass                {python * 1000:7.1f} ms")
    print(f"verify extract --format json  {extract * 1000:7.1f} ms")
    print(f"verify check --format json    {check_json * 1000:7.1f} ms")
    print(f"verify check (text report)    {check * 1000:7.1f} ms   (budget 300 ms)")
    print(f"rules add (json vs json)      {(check_json - extract) / extract * 100:7.1f} %   (budget 20 %)")


if __name__ == "__main__":
    main()
