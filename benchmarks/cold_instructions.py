"""Instructions of one cold ``verify check``, counted by valgrind's callgrind: a figure that does not
move with the machine's load, for comparing two trees when the wall time's noise hides a few per cent.

    python benchmarks/cold_instructions.py DRAFT [--store URL] [--tree DIR ...]

Each ``--tree`` (a checkout's root, default this one) runs the same command with ``PYTHONPATH`` set to
it, with one unmeasured run first so that its bytecode is compiled (as an installed package has it),
then one measured run; the hash seed is fixed, and the JSON written is digested, so a change that
saves instructions can be seen to leave the output alone. About 80 s per run for a 1,500-word draft
against a 3,000-document store. Needs ``valgrind`` (Debian's package).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(tree: Path, draft: Path, store: str | None) -> tuple[int, str]:
    """(instructions, digest of the JSON) of a cold ``check --format json`` with ``tree`` first on the path."""
    command = [sys.executable, "-m", "verify", "check", "--no-cache", "--format", "json", str(draft)]
    if store:
        command[4:4] = ["--evidence", "--store", store]
    environment = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as scratch:  # run there: ``-m`` puts the working folder first on the path
        subprocess.run(command, env=environment, cwd=scratch, capture_output=True, check=False)  # compiles bytecode
        out = Path(scratch) / "callgrind.out"
        result = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command],
                                env=environment, cwd=scratch, capture_output=True, check=False)
    counted = re.search(rb"Collected : (\d+)", result.stderr)
    if not counted:
        raise SystemExit(f"valgrind gave no count: {result.stderr[-300:].decode(errors='replace')}")
    return int(counted.group(1)), hashlib.sha256(result.stdout).hexdigest()[:12]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("draft", type=Path)
    parser.add_argument("--store", help="an evidence store's URL: check with --evidence against it")
    parser.add_argument("--tree", type=Path, action="append", help="a checkout's root (repeatable)")
    args = parser.parse_args()
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    trees = args.tree or [ROOT]
    first = None
    for tree in trees:
        count, digest = measure(tree.resolve(), args.draft.resolve(), args.store)
        ratio = f" ({count / first - 1:+.1%} against the first)" if first else ""
        first = first or count
        print(f"{tree}: {count:,} instructions, JSON {digest}{ratio}")


if __name__ == "__main__":
    main()
