"""Slot accuracy of the frames on a hand-labelled sample of the written corpus's claims.

    python benchmarks/gold_frames.py [--data ../shared/corpus/written] [--details]

``benchmarks/gold_frames.toml`` names each labelled claim by its article and the source offset where its
text starts, and gives its gold entity (a label per article: one label, one entity), metric and period.
Printed per slot:

- entity: of every pair of labelled claims in one article, how many the frames put in the same entity
  exactly when the labels do (an entity left empty is never the same as another);
- metric: the frame's metric equals the gold one, or (a weaker figure) shares its family;
- period: the frame's period is the gold one ("current" for a figure that holds now, else the same first
  and last day), or only compatible with it (:func:`verify.frames.periods.same_time` above zero).

A labelled claim the extractor does not find at its offset counts against every slot.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from datetime import date
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from verify.extract import extract_claims  # noqa: E402
from verify.frames.model import Frame, Period  # noqa: E402
from verify.frames.periods import same_time  # noqa: E402
from verify.loaders import load_path  # noqa: E402

DATA = ROOT.parent / "shared" / "corpus" / "written"


def _gold_period(text: str) -> Period:
    if text == "current":
        return Period()
    first, last = text.split("/")
    return Period("stated", date.fromisoformat(first), date.fromisoformat(last))


def _period_right(frame: Frame, gold: Period) -> tuple[bool, bool]:
    """(exactly right, compatible) for the frame's period against the gold one."""
    mine = frame.period
    if gold.kind == "current":
        return mine.kind == "current", mine.kind == "current" or same_time(mine, Period()) > 0
    exact = mine.kind == "stated" and (mine.start, mine.end) == (gold.start, gold.end)
    return exact, exact or (mine.kind == "stated" and same_time(mine, gold) > 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--details", action="store_true", help="print each claim's slots beside the gold ones")
    args = parser.parse_args()
    gold = tomllib.loads((ROOT / "benchmarks" / "gold_frames.toml").read_text(encoding="utf-8"))["claim"]
    frames: dict[tuple[str, int], Frame | None] = {}
    for name in sorted({entry["file"] for entry in gold}):
        doc = load_path(str(args.data / "articles" / name))
        by_start = {claim.source_start: claim.frame for claim in extract_claims(doc, doc.published)}
        for entry in (e for e in gold if e["file"] == name):
            frames[(name, entry["start"])] = by_start.get(entry["start"])
    found = metric = family = period = period_near = 0
    for entry in gold:
        frame = frames[(entry["file"], entry["start"])]
        if frame is None:
            if args.details:
                print(f"{entry['file']}:{entry['start']}: not extracted")
            continue
        found += 1
        metric += frame.metric == entry["metric"]
        family += frame.metric == entry["metric"] or (frame.family is not None and frame.family in entry["metric"])
        exact, near = _period_right(frame, _gold_period(entry["period"]))
        period, period_near = period + exact, period_near + near
        if args.details:
            print(f"{entry['file']}:{entry['start']}: entity {frame.entity_name!r} ({entry['entity']}), metric "
                  f"{frame.metric!r} ({entry['metric']}), period {frame.period.describe()} ({entry['period']})")
    pairs = agree = 0
    for first, second in combinations(gold, 2):
        if first["file"] != second["file"]:
            continue
        a, b = frames[(first["file"], first["start"])], frames[(second["file"], second["start"])]
        same = a is not None and b is not None and a.entity is not None and a.entity is b.entity
        pairs += 1
        agree += same == (first["entity"] == second["entity"])
    total = len(gold)
    print(f"{total} labelled claims in {len({e['file'] for e in gold})} articles; {found} extracted at their offset")
    print(f"entity:  {agree} of {pairs} pairs agree with the labels ({agree / pairs:.0%})")
    print(f"metric:  {metric} of {total} right ({metric / total:.0%}); with its family {family} ({family / total:.0%})")
    print(f"period:  {period} of {total} right ({period / total:.0%}); compatible {period_near} "
          f"({period_near / total:.0%})")


if __name__ == "__main__":
    main()
