"""``verify check --jobs 2`` against ``--jobs 1`` on 1,000 generated articles.

    python benchmarks/jobs.py [--articles 1000]

Articles are the samples in seeds/ with their years and figures varied, so no two
are alike. Checks that both runs print the same JSON and reports their wall times.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def generate(folder: Path, count: int) -> list[Path]:
    seeds = sorted((ROOT / "seeds").iterdir())
    rng = random.Random(42)
    paths = []
    for index in range(count):
        seed = seeds[index % len(seeds)]
        text = seed.read_text()
        text = re.sub(r"\b20(2\d)\b", lambda m: f"20{int(m.group(1)) - rng.randint(0, 3)}", text)
        text = re.sub(r"\$(\d+)", lambda m: f"${int(m.group(1)) + rng.randint(0, 9)}", text)
        path = folder / f"{index:04d}-{seed.name}"
        path.write_text(text)
        paths.append(path)
    return paths


def timed(command: list[str]) -> tuple[float, bytes]:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, check=False)
    return time.perf_counter() - start, result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        generate(Path(folder), args.articles)
        base = [sys.executable, "-m", "verify", "check", "--no-config", "--no-cache", "--format", "json", folder]
        one, out_one = timed([*base, "--jobs", "1"])
        two, out_two = timed([*base, "--jobs", "2"])
    print(f"{args.articles} articles: --jobs 1 {one:.1f} s, --jobs 2 {two:.1f} s "
          f"({one / two:.2f}× faster); same JSON: {out_one == out_two}")


if __name__ == "__main__":
    main()
