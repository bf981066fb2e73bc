"""Would a ``verify[evidence]`` extra (SQLAlchemy, SQLModel, Alembic, psycopg out of the base
install) make the linter path faster? Compares cold ``verify check`` runs of two interpreters
that import the same verify: one whose environment has the evidence stack, one without it.

Runs are interleaved (A B B A …) so a busy machine slows both alike, and the child's CPU time
(user + system) is reported beside wall time, as it is less sensitive to other load.

    python3 -m venv /tmp/lite && /tmp/lite/bin/pip install --no-deps -e . && \\
        /tmp/lite/bin/pip install httpx beautifulsoup4 rapidfuzz python-dateutil pyyaml tqdm currencyconverter pathspec
    python benchmarks/evidence_extra.py --without /tmp/lite/bin/python [--runs 31]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cold_cli import article_of

STACK = ("sqlalchemy", "sqlmodel", "alembic", "psycopg")


def _run(python: str, command: list[str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([python, *command], cwd="/", capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with", dest="full", default=sys.executable, help="interpreter with the evidence stack")
    parser.add_argument("--without", required=True, help="interpreter without it")
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    article = article_of(1500)
    check = ["-m", "verify", "check", "--no-cache", "--date", "2026-04-10", str(article)]
    probe = ("import sys; from verify.cli import main; main(" + repr(check[2:]) + "); "
             f"print([m for m in {STACK!r} if m in sys.modules])")
    pythons = {"with the evidence stack": args.full, "without it": args.without}
    for name, python in pythons.items():
        imported = subprocess.run([python, "-c", probe], capture_output=True, text=True, check=False)
        print(f"{name}: the check imports {imported.stdout.strip().splitlines()[-1]} of the stack")
        _run(python, check)  # leaves the bytecode caches in place, as an installed tool has them
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in pythons}
    for index in range(args.runs):
        order = list(pythons.items()) if index % 2 else list(reversed(pythons.items()))
        for name, python in order:
            results[name].append(_run(python, check))
    for name, runs in results.items():
        wall = statistics.median(r[0] for r in runs) * 1000
        cpu = statistics.median(r[1] for r in runs) * 1000
        print(f"{name:24} cold verify check: wall {wall:6.1f} ms, CPU {cpu:6.1f} ms (median of {args.runs})")


if __name__ == "__main__":
    main()
