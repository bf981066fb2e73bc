"""Where each labelled contradiction is lost: extracted → linked → aligned → paired → flagged.

For every contradiction labelled in ``../shared/corpus`` (the written articles and the planted real
news), each side's snippet is matched to the claims whose spans overlap it, and the claims' frames
are read:

- **extracted**: every side has at least one claim;
- **linked**: a claim of the first side and one of the second are tied to the same entity;
- **aligned**: ... and measure the same metric (or family) over periods that can be one period;
- **paired**: ... and the policy of the category's rule lets the pairing service compare them;
- **flagged**: an error or warning finding touches a side (as the corpus scorer counts it).

Categories whose rules do not compare two frames of one thing (arithmetic, conversion, weekday and
the kinds no rule covers yet) are counted at *extracted* and *flagged* only. Each miss points to one
layer: extraction, references, frames or the rule.

    python benchmarks/funnel.py [--set written|real|all] [--details]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from verify.checks.common import CheckContext  # noqa: E402
from verify.engine import RuleSet, run_rules  # noqa: E402
from verify.extract import extract_claims  # noqa: E402
from verify.frames.periods import same_time  # noqa: E402
from verify.loaders import load_path  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
PAIRED_RULES = {"number": "number.mismatch", "ranking": "ranking.conflict", "date": "date.same-event",
                "age": "age.founding", "attribution": "attribution.title", "quote": "quote.speaker"}
STAGES = ("extracted", "linked", "aligned", "paired", "flagged")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _cases() -> list[tuple[str, Path, str, list[str]]]:
    cases = []
    written = CORPUS / "written"
    for article in json.loads((written / "truth.json").read_text(encoding="utf-8")):
        for contradiction in article["contradictions"]:
            cases.append(("written", written / "articles" / article["file"], contradiction["category"],
                          contradiction["spans"]))
    real = CORPUS / "real"
    for plant in json.loads((real / "planted_truth.json").read_text(encoding="utf-8")):
        cases.append(("real", real / "planted" / plant["file"], plant["category"], plant["spans"]))
    return cases


def _stage(path: Path, category: str, spans: list[str], ruleset: RuleSet) -> tuple[str, list[str]]:
    doc = load_path(str(path))
    claims = extract_claims(doc, doc.published)
    sides = []
    for snippet in spans:
        start = doc.source.find(snippet)
        span = (start, start + len(snippet))
        sides.append([c for c in claims if _overlap((c.source_start, c.source_end), span)])
    ctx = CheckContext(doc, claims, doc.published)
    findings = [f for f in run_rules(doc, claims, doc.published, ruleset) if f.severity in ("error", "warning")]
    located = [(doc.source.find(s), doc.source.find(s) + len(s)) for s in spans]
    flagged = any(_overlap(f.source_span, span) or any(_overlap((c.source_start, c.source_end), span)
                                                        for c in f.claims) for f in findings for span in located)
    described = [" | ".join(_describe(ctx, c) for c in side) or "nothing extracted" for side in sides]
    if flagged:
        return "flagged", described
    if len(sides) < 2 or not all(sides):
        return "missed at extraction", described
    rule = PAIRED_RULES.get(category)
    if rule is None:
        return "extracted", described
    policy = ruleset.rules[rule].pair
    best = "extracted"
    for a in sides[0]:
        for b in sides[1]:
            fa, fb = ctx.frames.of(a), ctx.frames.of(b)
            if fa is None or fb is None or fa.entity is None or fa.entity is not fb.entity:
                continue
            best = max(best, "linked", key=STAGES.index)
            if (fa.metric == fb.metric or (fa.family and fa.family == fb.family)) and \
                    same_time(fa.period, fb.period) > 0:
                best = max(best, "aligned", key=STAGES.index)
                if policy is not None and ctx.frames.compatible(fa, fb, policy) is not None:
                    best = max(best, "paired", key=STAGES.index)
    return best, described


def _describe(ctx: CheckContext, claim: object) -> str:
    frame = ctx.frames.of(claim)
    if frame is None:
        return "?"
    quals = ",".join(sorted(frame.qualifiers))
    return (f"{frame.claim.type} {frame.claim.text!r} entity={frame.entity_name} metric={frame.metric} "
            f"period={frame.period.describe()} q=[{quals}] {frame.modality}/{frame.aspect} s={frame.strength:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("written", "real", "all"), default="all")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    ruleset = RuleSet.default()
    reached: dict[str, Counter[str]] = {}
    for corpus, path, category, spans in _cases():
        if args.set not in ("all", corpus):
            continue
        stage, described = _stage(path, category, spans, ruleset)
        reached.setdefault(category, Counter())[stage] += 1
        if args.details and stage != "flagged":
            print(f"[{stage}] {corpus}/{path.name} {category}")
            for number, side in enumerate(described, start=1):
                print(f"    side {number}: {side}")
    print(f"{'category':<12} " + " ".join(f"{s:>10}" for s in ("missed", *STAGES)))
    totals: Counter[str] = Counter()
    for category in sorted(reached):
        counts = reached[category]
        totals.update(counts)
        print(f"{category:<12} " + " ".join(f"{counts[s]:>10}" for s in ("missed at extraction", *STAGES)))
    print(f"{'all':<12} " + " ".join(f"{totals[s]:>10}" for s in ("missed at extraction", *STAGES)))


if __name__ == "__main__":
    main()
