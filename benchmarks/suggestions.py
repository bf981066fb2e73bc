"""How often a suggested correction is the labelled correct value, on the labelled corpus.

    python benchmarks/suggestions.py [--set written|real|all] [--details]

For every labelled contradiction of the categories that get suggestions (conversion, age, date,
arithmetic, number, quote) that a finding of a rule of that category touches (as the corpus scorer
counts a touch: the finding's span, or a claim it names, overlaps a side's snippet; error or warning),
the finding's first suggestion is compared with what the labels say is right:

- written set (``truth.json``): the note gives the arithmetic. The suggestion's figure must be one
  the note states, at the suggestion's rounding ("€2.4bn" for the note's €2.39bn), and differ from the
  figure it replaces: the ECB amount, the sum, the percentage the levels imply, the gap in months; for
  an age, every age offered must be in the note; a weekday, named in the note; a share, the one that
  brings the note's sum (``= 105%``) to 100; a figure stated twice, the side the note states first.
- real set (``planted_truth.json``): the planted edit is known, so the suggestion must replace the
  planted figure and give back the original one (``edit.from``) to within 3 % or one unit of its
  last digit: the originals used the market rate of the day, and rounded by hand.

A quote remark's right words are not labelled in the written set; such cases are counted apart
("unscored"). Contradictions that only a finding of another category touches are listed apart too:
no suggestion of their kind could be made. Nothing is tuned on these labels; the figure printed is
``correct / scored``.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
CATEGORIES = ("conversion", "age", "date", "arithmetic", "number", "quote")
SEVERE = ("error", "warning")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SUM = re.compile(r"=\s*(\d+(?:\.\d+)?)\s*%")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _locate(text: str, snippet: str) -> tuple[int, int] | None:
    at = text.find(snippet)
    return (at, at + len(snippet)) if at >= 0 else None


def _numbers(text: str) -> list[str]:
    return [m.group().rstrip(",") for m in _NUMBER.finditer(text)]


def _value(literal: str) -> float:
    return float(literal.replace(",", ""))


def _words_value(text: str) -> list[float]:
    """Numbers written in digits or in words ("four or five years")."""
    sys.path.insert(0, str(ROOT))
    from verify.extract.numbers import TENS_WORDS, UNIT_WORDS

    found = [_value(n) for n in _numbers(text)]
    for word in re.findall(r"[a-z]+(?:-[a-z]+)?", text.lower()):
        parts = word.split("-")
        if all(p in UNIT_WORDS or p in TENS_WORDS for p in parts):
            found.append(float(sum(UNIT_WORDS.get(p, TENS_WORDS.get(p, 0)) for p in parts)))
    return found


def _figure(replacement: str) -> tuple[float, int] | None:
    """The figure of a replacement and its decimals: "US$110 million" → (110.0, 0)."""
    values = _words_value(replacement)
    literals = _numbers(replacement)
    if literals:
        return _value(literals[0]), len(literals[0].partition(".")[2])
    return (values[0], 0) if values else None


def _stated_in(note_values: list[float], figure: tuple[float, int]) -> bool:
    value, decimals = figure
    return any(abs(round(v, decimals) - value) < 10 ** -(decimals + 3) for v in note_values)


def judge_written(category: str, rule: str, finding: dict, claims: dict[str, dict], note: str) -> bool:
    suggestions = finding["suggestions"]
    if not suggestions:
        return False
    first = suggestions[0]
    replaced = first["text"]
    if rule == "date.weekday":
        named = [w for w in _WEEKDAYS if w in first["replacement"] and w not in replaced]
        return bool(named) and all(w in note for w in named)
    if rule.startswith("age."):
        figures = [_figure(s["replacement"]) for s in suggestions]
        return all(f is not None and _stated_in(_words_value(note), f) for f in figures)
    figure, old = _figure(first["replacement"]), _figure(replaced)
    if figure is None or figure == old:
        return False
    if rule == "arithmetic.shares":
        total = _SUM.search(note)
        return bool(total and old) and abs(float(total.group(1)) - old[0] + figure[0] - 100) < 0.5  # type: ignore[index]
    if rule in ("number.mismatch", "ranking.conflict"):
        sides = [c for c in finding["claims"] if c in claims]
        values = {round(_figure(claims[c]["text"])[0], 6) for c in sides if _figure(claims[c]["text"])}  # type: ignore[index]
        first_side = next((v for v in _words_value(note) if round(v, 6) in values), None)
        return first_side is not None and abs(first_side - figure[0]) < 1e-9
    return _stated_in(_words_value(note), figure)


def judge_real(finding: dict, edit: dict) -> bool:
    """The suggestion gives back the original figure, to within 3 % or one unit of its last digit (the
    original restatements used the market rate of the day, not the ECB's, and percentages are cut or
    rounded by hand: "76%" for +76.8 %)."""
    if not finding["suggestions"]:
        return False
    first = finding["suggestions"][0]
    figure, old = _figure(first["replacement"]), _figure(first["text"])
    if figure is None or old is None or figure == old:
        return False
    original = [(_value(n), len(n.partition(".")[2])) for n in _numbers(edit["from"])]
    planted = {_value(n) for n in _numbers(edit["to"])}
    if old[0] not in planted:
        return False
    return any(abs(figure[0] - value) <= max(0.03 * abs(value), 10 ** -decimals) for value, decimals in original
               if value not in planted)


def _run(files: list[Path]) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run([sys.executable, "-m", "verify", "check", "--format", "json", "--no-cache",
                               "--no-config", "--exit-zero", *map(str, files)],
                              capture_output=True, text=True, cwd=folder, env={"PYTHONPATH": str(ROOT), "PATH": ""},
                              timeout=600)
    if done.returncode != 0:
        sys.exit(f"verify failed ({done.returncode}): {done.stderr.strip()[:400]}")
    return {Path(r["source"]).name: r for r in json.loads(done.stdout)["reports"]}


def _cases(which: str) -> list[dict]:
    cases = []
    if which in ("written", "all"):
        folder = CORPUS / "written"
        for article in json.loads((folder / "truth.json").read_text(encoding="utf-8")):
            for item in article["contradictions"]:
                cases.append({"set": "written", "path": folder / "articles" / article["file"], **item})
    if which in ("real", "all"):
        folder = CORPUS / "real"
        for plant in json.loads((folder / "planted_truth.json").read_text(encoding="utf-8")):
            cases.append({"set": "real", "path": folder / "planted" / plant["file"], **plant})
    return [c for c in cases if c["category"] in CATEGORIES]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("written", "real", "all"), default="written")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    cases = _cases(args.set)
    reports = _run(sorted({c["path"] for c in cases}))
    tally: dict[str, list[int]] = {}
    apart = {"unscored": 0, "other category": 0}
    for case in cases:
        report = reports[case["path"].name]
        text = case["path"].read_text(encoding="utf-8")
        claims = {c["id"]: c for c in report["claims"]}
        sides = [_locate(text, s) for s in case["spans"]]
        touching = []
        for finding in report["findings"]:
            if finding["severity"] not in SEVERE:
                continue
            spans = [(finding["span"]["start"], finding["span"]["end"])] + \
                [(claims[i]["span"]["start"], claims[i]["span"]["end"]) for i in finding["claims"] if i in claims]
            if any(side and _overlap(span, side) for span in spans for side in sides):
                touching.append(finding)
        if not touching:
            continue
        own = [f for f in touching if f["category"] == case["category"]]
        if not own:
            apart["other category"] += 1
            verdict = "found by another category's rule"
        elif case["set"] == "written" and case["category"] == "quote":
            apart["unscored"] += 1
            verdict = "unscored (the right words are not labelled)"
        else:
            finding = own[0]
            right = judge_real(finding, case["edit"]) if case["set"] == "real" else \
                judge_written(case["category"], finding["rule"], finding, claims, case["note"])
            tally.setdefault(case["category"], [0, 0])
            tally[case["category"]][0] += right
            tally[case["category"]][1] += 1
            first = finding["suggestions"][0] if finding["suggestions"] else None
            verdict = ("RIGHT" if right else "wrong") + (f": {first['text']!r} → {first['replacement']!r}"
                                                        if first else ": no suggestion")
        if args.details:
            print(f"{case['set']}/{case['path'].name} {case['category']}: {verdict}\n    note: {case['note'][:160]}")
    correct = sum(v[0] for v in tally.values())
    scored = sum(v[1] for v in tally.values())
    by_category = {k: f"{v[0]}/{v[1]}" for k, v in sorted(tally.items())}
    print(json.dumps({"set": args.set, "scored": scored, "correct": correct,
                      "share": round(correct / scored, 3) if scored else None, "by_category": by_category,
                      **{k.replace(" ", "_"): v for k, v in apart.items()}}))


if __name__ == "__main__":
    main()
