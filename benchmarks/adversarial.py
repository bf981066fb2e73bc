"""Hostile inputs finish in time linear in their size, in bounded memory.

    python benchmarks/adversarial.py [--only NAME…] [--limit SECONDS] [--scale 1.0]

Every shape of the hardening issues is grown to three sizes, each four times the last,
and run through the whole command (``verify check --no-cache``: load, extract, rules and
the report in the shape's format) in a fresh interpreter. For each shape the table gives
the input size and CPU time at each step (CPU time, so that other work on a shared machine
does not count), the growth ratio of that time per ×4 step (linear
code gives about 4, quadratic about 16; the target is ≤ 5), the peak RSS with its growth
per MB of input between the smallest and the largest run, and the exit statuses (0 clean,
2 refused with one line). A run that exceeds
``--limit`` seconds of wall time (default 120) stops that shape and prints ``>limit``.

``evidence import`` grows a CSV of facts instead and runs ``verify evidence import``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ('Acme raised $5 million in March 2025, or about €4.6 million, ranking third; "We will grow fast," '
        "said Jane Roe, 45, chief executive. Revenue rose 12% to $1.2bn from $1.07bn last year. ")


@dataclass(frozen=True)
class Shape:
    """An input that grows with ``n``: its suffix (so its loader), report format and smallest ``n``."""

    build: Callable[[int], str]
    suffix: str
    base: int
    report: str = "json"
    issue: str = ""


def _news(size: int) -> str:
    paragraph = NEWS * 4 + "\n\n"
    return (paragraph * (size // len(paragraph) + 1))[:size]


def _alias_bomb(levels: int) -> str:
    """Front matter whose title expands to 9**levels strings when anything reads it."""
    lines = ["---", 'a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for level in range(1, levels):
        previous = f"*a{level - 1}"
        lines.append(f"a{level}: &a{level} [{', '.join([previous] * 9)}]")
    return "\n".join([*lines, f"title: *a{levels - 1}", "---", "Acme raised $5m."]) + "\n"


SHAPES: dict[str, Shape] = {
    # issue 15, item 4: loaders
    "markdown: a run of '['": Shape(lambda n: "[" * n, ".md", 40_000, issue="4"),
    "markdown: a run of '!['": Shape(lambda n: "![" * n, ".md", 20_000, issue="4"),
    "markdown: '[a](' repeated": Shape(lambda n: "[a](" * n, ".md", 10_000, issue="4"),
    "markdown: '<http:' repeated": Shape(lambda n: "<http:" * n, ".md", 8_000, issue="4"),
    "markdown: unclosed fences": Shape(lambda n: "```x\nAcme raised $5m.\n" * n, ".md", 4_000, issue="4"),
    "markdown: whitespace suppressions": Shape(
        lambda n: "<!-- verify-ignore number" + " " * n + "number -->\nAcme raised $5m.\n", ".md", 40_000,
        issue="4"),
    "markdown: suppression with spaced words": Shape(
        lambda n: "<!-- verify-ignore number" + " number" * n + " -->\nAcme raised $5m.\n", ".md", 5_000,
        issue="4"),
    "html: '<a' repeated (unclosed tags)": Shape(lambda n: "<p>" + "<a" * n, ".html", 20_000, issue="4"),
    "html: '</' repeated": Shape(lambda n: "<p>" + "</" * n, ".html", 20_000, issue="4"),
    "html: '<!' repeated (bogus comments)": Shape(lambda n: "<p>" + "<!x>" * n, ".html", 10_000, issue="4"),
    "html: unclosed comments": Shape(lambda n: "<p>" + "<!--x" * n, ".html", 20_000, issue="4"),
    "html: marked sections and '&#'": Shape(lambda n: "<p>" + "<![x &#x; " * n + "</p>", ".html", 10_000,
                                            issue="4"),
    "html: 10,000 nested tags ×": Shape(lambda n: "<div>" * n + "It cost $5m." + "</div>" * n, ".html", 2_500,
                                        issue="4"),
    # issue 15, item 5: rules and the report
    "rankings: two ranks per entity": Shape(
        lambda n: "Quillon ranked third. Quillon finished fourth. " * n, ".md", 250, issue="5"),
    "from-to series": Shape(
        lambda n: "Acme's revenue rose 10% to $1.1 million from $1 million. " * n, ".txt", 250, issue="5"),
    "intervals with no disjoint pair": Shape(
        lambda n: "Acme's revenue was about $5 million. " * n, ".txt", 250, issue="5"),
    "date.interval": Shape(
        lambda n: "Acme opened the plant two months after it was founded in March 2020. " * n, ".txt", 250,
        issue="5"),
    "age.span": Shape(
        lambda n: "Acme, a 10-year-old company, has run the Ohio plant for 12 years. " * n, ".txt", 250, issue="5"),
    "suppressions: ignore per paragraph": Shape(
        lambda n: "<!-- verify-ignore number -- x -->\nAcme's revenue was €4.8bn.\n\n" * n, ".md", 250, issue="5"),
    "suppressions: disable/enable pairs": Shape(
        lambda n: "<!-- verify-disable number -- x -->\nAcme's revenue was €4.8bn.\n<!-- verify-enable number -->\n\n"
        * n, ".md", 250, issue="5"),
    "html report: many claims": Shape(lambda n: "Acme raised $5m in 2025. " * n, ".txt", 500, "html", issue="5"),
    "speaker look-up: 'the company said'": Shape(
        lambda n: 'Acme Corp makes tools. "We will grow," the company said. ' * n, ".txt", 250, issue="5"),
    "quote rules: pairwise word sets": Shape(
        lambda n: "".join(f'"We will build plant number {i} in Ohio soon," said Dana Whitlock. ' for i in range(n)),
        ".txt", 250, issue="5"),
    "scoped rule over list items": Shape(lambda n: "- Acme's revenue was €4.8bn.\n" * n, ".md", 250, issue="5"),
    # issue 15, item 6 (front matter; owned with issue 13)
    "front matter: YAML alias bomb (levels)": Shape(_alias_bomb, ".md", 3, issue="6"),
    "front matter: deep YAML nesting": Shape(lambda n: "---\na: " + "[" * n + "\n---\nx\n", ".md", 1_000, issue="6"),
    "html: deep JSON-LD": Shape(lambda n: '<script type="application/ld+json">' + "[" * n + "]" * n
                                + "</script><p>x", ".html", 10_000, issue="6"),
    # issue 15, item 9: memory per MB of input
    "news text (bytes)": Shape(_news, ".txt", 250_000, issue="9"),
    "one line of news text (bytes)": Shape(lambda n: _news(n).replace("\n", " "), ".txt", 250_000, issue="9"),
    "'$1 €2 £3' runs": Shape(lambda n: "$1 €2 £3 " * n, ".txt", 20_000, issue="9"),
    "1 MB of digits ×": Shape(lambda n: "7" * n, ".txt", 250_000, issue="9"),
    "currency symbols": Shape(lambda n: "$" * n, ".txt", 25_000, issue="9"),
    "quote marks": Shape(lambda n: '"' * n, ".txt", 25_000, issue="9"),
}
IMPORT = "evidence import (CSV rows)"


def _write_csv(path: Path, rows: int) -> None:
    """A facts file of ``rows`` rows, written as it is made (so the benchmark's own RSS stays small)."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write("subject,attribute,value,unit,currency,as_of,source,url\n")
        for i in range(rows):
            handle.write(f"Org {i % 100_000},revenue,{i * 3 + 1},,USD,2025-0{1 + i % 9}-1{i % 9},filing,\n")


def _command(name: str, n: int, folder: Path) -> tuple[list[str], Path]:
    if name == IMPORT:
        path = folder / f"facts-{n}.csv"
        _write_csv(path, n)
        return ["evidence", "import", "--store", f"sqlite:///{folder / f'e-{n}.sqlite'}", str(path)], path
    shape = SHAPES[name]
    path = folder / f"input-{n}{shape.suffix}"
    path.write_text(shape.build(n), encoding="utf-8")
    return ["check", "--no-cache", "--no-config", "--exit-zero", "--max-size", "1G", "--format", shape.report,
            str(path)], path


def run_one(name: str, n: int) -> dict[str, float]:
    """One run in this process (called in a fresh interpreter): CPU and wall seconds, peak RSS, input bytes,
    exit status.

    The command runs once on the smallest input first, untimed, so that importing the modules it
    needs is not counted as work on the input.
    """
    from verify.cli import main

    folder = Path(tempfile.mkdtemp())
    out = os.open(os.devnull, os.O_WRONLY)
    saved = os.dup(1)
    os.dup2(out, 1)
    try:
        main(_command(name, 3 if name.startswith("front matter: YAML alias") else 1, folder)[0])
        argv, path = _command(name, n, folder)
        start, cpu = time.perf_counter(), time.process_time()
        status = main(argv)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": cpu, "wall": seconds, "rss_mb": peak / 1024, "bytes": path.stat().st_size, "status": status}


def measure(name: str, n: int, limit: float) -> dict[str, float] | None:
    command = [sys.executable, __file__, "--one", name, str(n)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=limit, check=False,
                              cwd=tempfile.gettempdir())
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        raise SystemExit(f"{name} at n={n} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _mb(size: float) -> str:
    return f"{size / 1e6:.2f} MB" if size >= 100_000 else f"{size / 1e3:.1f} kB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="shape names (substrings) to run")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds per run before giving up")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every smallest size")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--one", nargs=2, metavar=("NAME", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1]))))
        return
    names = [*SHAPES, IMPORT]
    if args.only:
        names = [n for n in names if any(part.lower() in n.lower() for part in args.only)]
    if args.markdown:
        print("| input | sizes | seconds | growth per ×4 | peak RSS | RSS per MB | exit |")
        print("|---|---|---|---|---|---|---|")
    for name in names:
        base = 62_500 if name == IMPORT else SHAPES[name].base
        if name.startswith("front matter: YAML alias bomb"):
            steps = [5, 6, 7]  # levels: each multiplies the expansion by nine
        else:
            steps = [max(1, int(base * args.scale)) * 4 ** i for i in range(3)]
        results = []
        for n in steps:
            result = measure(name, n, args.limit)
            results.append(result)
            if result is None:
                break
        done = [r for r in results if r]
        times = [f"{r['seconds']:.2f}" for r in done] + [f">{args.limit:.0f}"] * (len(results) - len(done))
        ratios = [f"{b['seconds'] / max(a['seconds'], 1e-2):.1f}" for a, b in itertools.pairwise(done)]
        sizes = " / ".join(_mb(r["bytes"]) for r in done) + (" / …" if len(done) < len(results) else "")
        peak = f"{done[-1]['rss_mb']:.0f} MB" if done else "-"
        per_mb = "-"
        grown = (done[-1]["bytes"] - done[0]["bytes"]) / 1e6 if done else 0
        if grown >= 0.1:
            per_mb = f"{(done[-1]['rss_mb'] - done[0]['rss_mb']) / grown:.0f} MB"
        statuses = ",".join(sorted({str(r["status"]) for r in done})) or "-"
        if args.markdown:
            print(f"| {name} | {sizes} | {' / '.join(times)} | {', '.join(ratios) or '-'} | {peak} | {per_mb} "
                  f"| {statuses} |", flush=True)
        else:
            print(f"{name:<44} {sizes:<32} {' / '.join(times):<24} ×4 → {', '.join(ratios) or '-':<10} "
                  f"peak {peak:>8}  {per_mb:>7}/MB  exit {statuses}", flush=True)


if __name__ == "__main__":
    main()
