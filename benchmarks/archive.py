"""Archive throughput: articles per second with ``--jobs 1``, ``--jobs 2`` and ``--executor dask``.

    python benchmarks/archive.py [--articles 5000] [--workers 2]
    python benchmarks/archive.py --client     # the client's own CPU per article of a Dask run

Articles are the samples in seeds/ with their years and figures varied (``benchmarks/jobs.py``).
Each run is a fresh ``verify check --no-config --no-cache --format jsonl`` process, timed from start
to exit (the Dask run includes starting and stopping its LocalCluster of ``--workers`` processes);
the three outputs must be byte-identical. CPU time is that of the run and every process it started.
Prints each run's rate, the scaling ratio against ``--jobs 1``, the CPU cost of one article, and
what a 10-million-article audit costs at that rate. ``--client`` runs the Dask check in this process
on 100 and on 1,000 articles instead and prints what one more article costs the client (what caps the
rate of one client, whatever the cluster).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from jobs import generate  # the same generated articles as the --jobs benchmark

AUDIT = 10_000_000


def timed(command: list[str]) -> tuple[float, float, bytes]:
    """(wall seconds, CPU seconds of the command and its children, its stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed: {result.stderr.decode()[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), result.stdout


def client_cost(workers: int) -> None:
    """The client's CPU seconds for a Dask run of 100 and of 1,000 articles, and the difference per article."""
    from verify.cli import main as verify_main

    spent = {}
    for count in (100, 1000):
        with tempfile.TemporaryDirectory() as folder:
            generate(Path(folder), count)
            before = resource.getrusage(resource.RUSAGE_SELF)
            verify_main(["check", "--no-config", "--no-cache", "--format", "jsonl", "-o", os.path.join(folder, "out"),
                         "--executor", "dask", "--jobs", str(workers), folder])
            after = resource.getrusage(resource.RUSAGE_SELF)
            spent[count] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    per_article = (spent[1000] - spent[100]) / 900
    print(f"client CPU: {spent[100]:.1f} s for 100 articles, {spent[1000]:.1f} s for 1,000: "
          f"{per_article * 1000:.1f} ms per article, at most {1 / per_article:.0f} articles/s per client")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--client", action="store_true", help="measure the client's share of a Dask run")
    args = parser.parse_args()
    if args.client:
        client_cost(args.workers)
        return
    with tempfile.TemporaryDirectory() as folder:
        generate(Path(folder), args.articles)
        base = [sys.executable, "-m", "verify", "check", "--no-config", "--no-cache", "--format", "jsonl", folder]
        runs = {"--jobs 1": [*base, "--jobs", "1"], f"--jobs {args.workers}": [*base, "--jobs", str(args.workers)],
                f"--executor dask ({args.workers} workers)": [*base, "--executor", "dask", "--jobs",
                                                                str(args.workers)]}
        measured = {name: timed(command) for name, command in runs.items()}
    outputs = {out for _, _, out in measured.values()}
    one_wall, one_cpu, _ = measured["--jobs 1"]
    print(f"{args.articles} articles on {os.cpu_count()} CPUs; identical output: {len(outputs) == 1}")
    for name, (wall, cpu, _) in measured.items():
        print(f"  {name:<28} {wall:7.1f} s  {args.articles / wall:6.1f} articles/s  "
              f"scaling {one_wall / wall:4.2f}x  CPU {cpu:7.1f} s")
    per_article = one_cpu / args.articles
    core_hours = AUDIT * per_article / 3600
    print(f"one article costs {per_article * 1000:.1f} ms of CPU ({1 / per_article:.0f} articles per CPU-second); "
          f"{AUDIT:,} articles: {core_hours:,.0f} core-hours, {core_hours / 100:.1f} h on 100 single-core workers "
          f"at --jobs 1's rate")


if __name__ == "__main__":
    main()
