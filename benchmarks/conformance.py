"""Extraction accuracy against external conformance data (../shared/conformance by default).

Scores the code path of ``verify extract`` (loader → extract_claims) in-process,
case by case, and prints per-category precision and recall beside the peer
figures that the data's README gives or that its own annotations imply.

    python benchmarks/conformance.py [--data ../shared/conformance] [--show-misses CATEGORY]

Categories and how they are scored:

- currency (Recognizers-Text CurrencyModel): an expected entity is found when a
  money claim has the same amount and a compatible currency (the ISO code when the
  spec gives one; "Dollar" accepts USD). Precision counts predicted money claims.
- number / percent / ordinal (Recognizers-Text): each spec sentence, an expected
  value found among our quantities/money/percent (number), percents, or rankings.
- relative dates (dateparser single-expression cases, English): the expected
  datetime's calendar day lies inside the interval we resolve against the case's
  reference time; cases that expect no parse count when we resolve nothing. Each
  case is a whole line, so bare durations and "3 months later" are read the way
  verify reads a timestamp label standing alone on its line; in running text the
  same words stay durations.
- TempEval-3 DATE values: gold DATE TIMEX3s in the 20 platinum news documents,
  resolved against each document's creation time; a gold value counts when a date
  claim overlapping its span has the same TIMEX3 value.
- quotes (textacy direct quotations, English): a quote counts when its words and
  its speaker match.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from verify.claims import Claim
from verify.document import Document
from verify.extract import extract_claims

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "conformance"


@dataclass
class Score:
    name: str
    peer: str
    expected: int = 0
    found: int = 0
    predicted: int = 0
    correct_predicted: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 0.0

    @property
    def precision(self) -> float:
        return self.correct_predicted / self.predicted if self.predicted else 0.0


def claims_of(text: str, published: date | None = None) -> list[Claim]:
    return extract_claims(Document.from_plain("case", text), published)


def load_json(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


# ---- Recognizers-Text --------------------------------------------------------------------

def _rt_cases(data: Path, relative: str) -> list[dict]:
    return load_json(data / "recognizers-text" / "Specs" / relative)


def _peer_rt(cases: list[dict]) -> str:
    """The Python port's share of cases, judged by the spec's own NotSupported marks."""
    supported = sum(1 for c in cases if "python" not in c.get("NotSupported", "").lower())
    return f"Recognizers-Text Python port: {supported}/{len(cases)} cases supported ({supported / len(cases):.0%})"


def score_currency(data: Path) -> Score:
    cases = _rt_cases(data, "NumberWithUnit/English/CurrencyModel.json")
    score = Score("currency (Recognizers-Text)", _peer_rt(cases))
    for case in cases:
        money = [c for c in claims_of(case["Input"]) if c.type == "money"]
        expected = [r for r in case["Results"] if r.get("TypeName", r.get("Typename")) == "currency"]
        used: set[int] = set()
        for result in expected:
            resolution = result["Resolution"]
            if resolution.get("value") is None:
                continue
            score.expected += 1
            value = float(resolution["value"])
            unit = resolution.get("unit")
            if unit in ("Cent", "Pence", "Penny"):
                value /= 100  # the specs count minor units; verify states amounts in whole units
            iso = resolution.get("isoCurrency") or ("USD" if unit == "Dollar" else None)
            match = next((i for i, c in enumerate(money) if i not in used and _close(c.value["amount"], value)
                          and (iso is None or c.value["currency"] == iso)), None)
            if match is None:
                score.misses.append(f"{result['Text']!r} ({value:g} {iso or resolution.get('unit')}) in "
                                    f"{case['Input'][:90]!r}; got {[m.text for m in money]}")
            else:
                used.add(match)
                score.found += 1
        score.predicted += len(money)
        score.correct_predicted += len(used)
    return score


def _score_values(name: str, cases: list[dict], type_name: str, kinds: tuple[str, ...],
                  value_of: Callable[[Claim], float | None], parse: Callable[[str], float | None]) -> Score:
    score = Score(name, _peer_rt(cases))
    for case in cases:
        claims = [c for c in claims_of(case["Input"]) if c.type in kinds]
        got = [v for v in map(value_of, claims) if v is not None]
        used: set[int] = set()
        for result in case["Results"]:
            if result.get("TypeName", result.get("Typename")) != type_name:
                continue
            expected = parse(str(result["Resolution"].get("value")))
            if expected is None:
                continue
            score.expected += 1
            match = next((i for i, v in enumerate(got) if i not in used and _close(v, expected)), None)
            if match is None:
                score.misses.append(f"{result['Text']!r} = {expected:g} in {case['Input'][:80]!r}; got {got}")
            else:
                used.add(match)
                score.found += 1
        score.predicted += len(got)
        score.correct_predicted += len(used)
    return score


def _float(text: str) -> float | None:
    try:
        return float(text.rstrip("%"))
    except ValueError:
        return None


def score_percent(data: Path) -> Score:
    cases = _rt_cases(data, "Number/English/PercentModel.json")
    return _score_values("percent (Recognizers-Text)", cases, "percentage", ("percent",),
                         lambda c: float(c.value["amount"]), _float)


def score_ordinal(data: Path) -> Score:
    cases = _rt_cases(data, "Number/English/OrdinalModel.json")
    return _score_values("ordinal/rank (Recognizers-Text)", cases, "ordinal", ("ranking",),
                         lambda c: c.value.get("rank"), _float)


def score_number(data: Path) -> Score:
    cases = _rt_cases(data, "Number/English/NumberModel.json")
    return _score_values("number (Recognizers-Text)", cases, "number", ("quantity", "money", "percent"),
                         lambda c: float(c.value["amount"]), _float)


# ---- dateparser ----------------------------------------------------------------------------

# How dateparser's whole-string cases relate to news copy (used for the breakdown only):
_BARE_DURATION = re.compile(r"^[\d.,\s]*(?:\d|a|an|one|two|three|four|five)[\w\s.,]*$")
_ANCHORED = re.compile(r"\b(?:later|before|after|earlier)\b")
_NOTATION = re.compile(r"^\s*(?:now\s*[-+]|[-+]\d)")
_TIME_WORDS = re.compile(r"\b(?:ago|in|within|from now|hence|yesterday|today|tomorrow|last|next|this|"
                         r"now|date|time)\b", re.IGNORECASE)


def dateparser_form(text: str) -> str:
    """Which kind of expression a case is: how a news reader would take it."""
    if _NOTATION.search(text):
        return "arithmetic notation, read as labels (now - 1 day, +2 years)"
    if _ANCHORED.search(text):
        return "event-anchored words, read as labels (3 months later, 4 days before)"
    if not _TIME_WORDS.search(text) and _BARE_DURATION.match(text):
        return "bare durations, read as labels (3 days, 1 decade)"
    return "news forms (ago, in N, from now, yesterday, last/next)"


def score_relative_dates(data: Path, breakdown: dict[str, list[bool]] | None = None) -> Score:
    lines = (data / "dateparser" / "dateparser_en_cases.jsonl").read_text().splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    single = [c for c in cases if "expected_datetime" in c]
    score = Score("relative dates (dateparser)", "dateparser 1.5.0: 205/205 non-null cases (100%)")
    for case in single:
        reference = datetime.fromisoformat(case["reference_time"]).date()
        dates = [c for c in claims_of(case["text"], reference) if c.type == "date"]
        resolved = [c for c in dates if c.value.get("start")]
        score.expected += 1
        if case["expected_datetime"] is None:
            ok = not resolved
        else:
            day = case["expected_datetime"][:10]
            ok = any(c.value["start"] <= day <= c.value["end"] for c in resolved)
        score.found += ok
        if breakdown is not None:
            breakdown.setdefault(dateparser_form(case["text"]), []).append(ok)
        score.predicted += 1 if resolved else 0
        score.correct_predicted += 1 if ok and resolved else 0
        if not ok:
            score.misses.append(f"{case['text']!r} @ {reference} → expected {case['expected_datetime']}, got "
                                f"{[(c.text, c.value.get('start'), c.value.get('end')) for c in dates]}")
    return score


# ---- TempEval-3 ----------------------------------------------------------------------------

def score_tempeval(data: Path) -> Score:
    folder = data / "tempeval3-platinum"
    docs = {d["doc_id"]: d for d in map(json.loads, (folder / "te3_platinum_docs.jsonl").read_text().splitlines())}
    gold = [t for t in map(json.loads, (folder / "te3_platinum_timex3.jsonl").read_text().splitlines())
            if t["type"] == "DATE"]
    score = Score("TempEval-3 news DATE values", "HeidelTime at TempEval-3: value F1 ≈ 0.78 (task paper)")
    by_doc: dict[str, list[dict]] = {}
    for timex in gold:
        by_doc.setdefault(timex["doc_id"], []).append(timex)
    for doc_id, doc in docs.items():
        published = date.fromisoformat(doc["dct"])
        dates = [c for c in claims_of(doc["text"], published) if c.type == "date"]
        score.predicted += len(dates)
        for timex in by_doc.get(doc_id, []):
            score.expected += 1
            overlapping = [c for c in dates if c.start < timex["end"] and timex["start"] < c.end]
            values = [c.value.get("timex") for c in overlapping]
            if timex["value"] in values:
                score.found += 1
                score.correct_predicted += 1
            else:
                score.misses.append(f"{timex['text']!r} = {timex['value']} ({doc_id}); got "
                                    f"{[(c.text, v) for c, v in zip(overlapping, values, strict=True)]}")
    return score


# ---- textacy quotes ----------------------------------------------------------------------

def score_quotes(data: Path) -> Score:
    cases = [c for c in load_json(data / "textacy" / "direct_quotations_cases.json") if c["lang"] == "en"]
    score = Score("quotes + speaker (textacy)", "textacy's own test suite: 6/7 enabled (1 disabled upstream)")
    for case in cases:
        quotes = [c for c in claims_of(case["text"]) if c.type == "quote"]
        score.predicted += len(quotes)
        for expected in case["expected_quotes"]:
            score.expected += 1
            words = expected["content"].strip("\"“”'‘’ ")
            speaker = " ".join(expected["speaker_tokens"])
            hit = next((q for q in quotes if _norm(q.value["quote"]) == _norm(words)), None)
            speaker_ok = hit is not None and (
                speaker.lower() in ("he", "she")
                or set(_norm(speaker).split()) <= set(_norm(hit.value["speaker"] or "").split()))
            if hit and speaker_ok:
                score.found += 1
                score.correct_predicted += 1
            else:
                score.misses.append(f"{case['text'][:80]!r}: want {words!r} by {speaker!r}; got "
                                    f"{[(q.value['quote'], q.value['speaker']) for q in quotes]}")
        if not case["expected_quotes"] and quotes:
            score.misses.append(f"{case['text'][:80]!r}: want none, got {[q.value['quote'] for q in quotes]}")
    return score


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


SCORERS = [score_currency, score_number, score_percent, score_ordinal, score_relative_dates, score_tempeval,
           score_quotes]
TARGETS = {"currency (Recognizers-Text)": 0.85, "relative dates (dateparser)": 0.95,
           "TempEval-3 news DATE values": 0.80}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show-misses", metavar="WORD", help="print the misses of categories containing WORD")
    args = parser.parse_args()
    if not args.data.is_dir():
        raise SystemExit(f"conformance data not found at {args.data} (use --data)")
    print(f"{'category':<32} {'recall':>7} {'precision':>9} {'cases':>6}  target  peer")
    for scorer in SCORERS:
        score = scorer(args.data)
        target = TARGETS.get(score.name)
        mark = "" if target is None else f"≥{target:.0%} {'ok' if score.recall >= target else 'MISSED'}"
        print(f"{score.name:<32} {score.recall:7.1%} {score.precision:9.1%} {score.expected:6d}  {mark:<8} "
              f"{score.peer}")
        if args.show_misses and args.show_misses.lower() in score.name.lower():
            for miss in score.misses:
                print("    miss:", miss)
    forms: dict[str, list[bool]] = {}
    score_relative_dates(args.data, forms)
    print("\nrelative dates (dateparser) by form:")
    for form, results in sorted(forms.items()):
        print(f"  {sum(results):4d}/{len(results):<4d} {sum(results) / len(results):6.1%}  {form}")


if __name__ == "__main__":
    main()
