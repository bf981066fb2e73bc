"""How many quotes on real news get no speaker (issue 10: under 10 %).

Runs ``verify extract --format json`` over ``../shared/corpus/real/dated/*.txt`` and prints the
number of quotes, the quotes with no speaker and their share. ``--list`` prints each speakerless
quote with its sentence (to read while mending the extractor, never to copy into tests);
``--sample N`` prints N quotes with their speakers, drawn with a fixed seed, for judging by hand.

    python benchmarks/quote_speakers.py [--list] [--sample 30] [--verify .venv/bin/verify]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real" / "dated"


def _quotes(verify: str, path: Path) -> list[dict]:
    """The quote claims of one article, each with the file's text around it."""
    done = subprocess.run([verify, "extract", "--format", "json", str(path)], capture_output=True, text=True,
                          check=False, timeout=120)
    if done.returncode != 0:
        raise SystemExit(f"quote_speakers: verify failed on {path.name}: {done.stderr.strip()}")
    text = path.read_text(encoding="utf-8")
    quotes = []
    for claim in json.loads(done.stdout)["claims"]:
        if claim["type"] == "quote":
            span = claim["span"]
            quotes.append({"file": path.name, "speaker": claim["value"].get("speaker"),
                           "quote": claim["value"]["quote"], "context": _context(text, span["start"], span["end"])})
    return quotes


def _context(text: str, start: int, end: int) -> str:
    """The quote with up to 160 characters either side, inside its paragraph, on one line."""
    low = text.rfind("\n\n", 0, start)
    high = text.find("\n\n", end)
    low = max(low + 2 if low >= 0 else 0, start - 160)
    high = min(high if high >= 0 else len(text), end + 160)
    return " ".join(text[low:high].split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verify", default=str(ROOT / ".venv" / "bin" / "verify"))
    parser.add_argument("--list", action="store_true", help="print each quote with no speaker")
    parser.add_argument("--sample", type=int, default=0, help="print N attributed quotes to judge")
    args = parser.parse_args()
    quotes = [q for path in sorted(CORPUS.glob("*.txt")) for q in _quotes(args.verify, path)]
    missing = [q for q in quotes if not q["speaker"]]
    if args.list:
        for q in missing:
            print(f"{q['file']}: {q['context']}\n")
    if args.sample:
        attributed = [q for q in quotes if q["speaker"]]
        for q in random.Random(10).sample(attributed, min(args.sample, len(attributed))):
            print(f"{q['file']}: [{q['speaker']}] «{q['quote'][:100]}» in: {q['context']}\n")
    share = len(missing) / len(quotes) if quotes else 0.0
    print(f"quotes: {len(quotes)}  no speaker: {len(missing)}  share: {share:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
