"""How many quotes on real news get no speaker (issue 10: under 10 %), and how many labelled quotes
get the right one.

Runs ``verify extract --format json`` over ``../shared/corpus/real/dated/*.txt`` and prints the
number of quotes, the quotes with no speaker and their share. ``--list`` prints each speakerless
quote with its sentence (to read while mending the extractor, never to copy into tests);
``--sample N`` prints N quotes with their speakers, drawn with a fixed seed, for judging by hand.
``--written`` instead scores the labelled quotes of ``../shared/corpus/written``: a labelled quote is
found when an extracted quote's words overlap its words by half or more, and its speaker is right
when the two names share a word (a surname for a full name).

    python benchmarks/quote_speakers.py [--list] [--sample 30] [--written] [--verify .venv/bin/verify]
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
WRITTEN = ROOT.parent / "shared" / "corpus" / "written"


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


def _words(text: str) -> set[str]:
    return {w.strip(".,;:!?\"'“”‘’()").lower() for w in text.split()} - {""}


def _same_person(a: str | None, b: str | None) -> bool:
    return bool(a and b and _words(a) & _words(b))


def score_written(verify: str) -> None:
    """Labelled quotes found, and of those the share whose speaker is right."""
    truth = json.loads((WRITTEN / "truth.json").read_text(encoding="utf-8"))
    labelled = found = right = 0
    for article in truth:
        quotes = _quotes(verify, WRITTEN / "articles" / article["file"])
        for claim in (c for c in article["claims"] if c["type"] == "quote"):
            labelled += 1
            gold = _words(claim["value"]["quote"])
            best = max(quotes, key=lambda q: len(gold & _words(q["quote"])), default=None)
            if best is None or len(gold & _words(best["quote"])) * 2 < len(gold):
                continue
            found += 1
            right += _same_person(best["speaker"], claim["value"].get("speaker"))
    print(f"labelled quotes: {labelled}  found: {found} ({found / labelled:.1%})  "
          f"right speaker: {right} of {found} ({right / max(found, 1):.1%})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verify", default=str(ROOT / ".venv" / "bin" / "verify"))
    parser.add_argument("--list", action="store_true", help="print each quote with no speaker")
    parser.add_argument("--sample", type=int, default=0, help="print N attributed quotes to judge")
    parser.add_argument("--written", action="store_true", help="score the labelled quotes of corpus/written")
    args = parser.parse_args()
    if args.written:
        score_written(args.verify)
        return 0
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
