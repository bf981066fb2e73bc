"""Cold command-line runs: ``verify extract`` and ``verify check`` on a 1,500-word article.

Each run is a fresh interpreter (as an editor or a CI step runs it), after one
unmeasured run that leaves Python's bytecode caches and verify's startup cache
(``verify/startup_cache.py``) in place. Prints the median wall and CPU time of N
runs and how much the rules add on top of extraction (both runs print JSON, so the
difference is the rules: loading, importing and running them).

    python benchmarks/cold_cli.py [--runs 15] [--article PATH]

The default article is the prose of the sample articles in seeds/, one after
another, cut at 1,500 words.
"""

from __future__ import annotations

import argparse
import os
import resource
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


def median_seconds(command: list[str], runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of ``runs`` fresh runs. On a machine shared
    with other work the wall time grows with the load; the CPU time is what the command itself costs."""
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=_ENVIRONMENT)
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                       env=_ENVIRONMENT)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(times), statistics.median(cpu)


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
    print(f"article: {words} words; median of {args.runs} cold runs (wall, and CPU: user + system); "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"python -c pass                {python[0] * 1000:7.1f} ms  cpu {python[1] * 1000:7.1f} ms")
    print(f"verify extract --format json  {extract[0] * 1000:7.1f} ms  cpu {extract[1] * 1000:7.1f} ms")
    print(f"verify check --format json    {check_json[0] * 1000:7.1f} ms  cpu {check_json[1] * 1000:7.1f} ms")
    print(f"verify check (text report)    {check[0] * 1000:7.1f} ms  cpu {check[1] * 1000:7.1f} ms   (budget 300 ms)")
    print(f"rules add (json vs json)      {(check_json[0] - extract[0]) / extract[0] * 100:7.1f} %  "
          f"cpu {(check_json[1] - extract[1]) / extract[1] * 100:7.1f} %   (budget 25 %)")


if __name__ == "__main__":
    main()
