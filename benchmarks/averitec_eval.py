"""AVeriTeC dev (../shared/datasets/averitec-dev): real fact-checked claims, numeric and quote subsets.

    python benchmarks/averitec_eval.py [--data ../shared/datasets/averitec-dev]

Protocol of the dataset's README (oracle setting): each claim is a one-sentence article dated
``claim_date`` (its speaker prefixed when known, so quotes can be attributed); its evidence store
holds that claim's annotator answers (variant a: extractive answers only; b: every answer that is
not Boolean or Unanswerable), each prefixed with its question. A contradiction → Refuted; a
claim matched within tolerance with nothing contradicting → Supported; otherwise abstain.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

from verify.document import Document
from verify.engine import RuleSet, run_rules
from verify.evidence.ingest import ingest_document
from verify.evidence.matching import Matcher
from verify.evidence.store import close_all, open_store
from verify.extract import extract_claims

ROOT = Path(__file__).resolve().parent.parent
CONTRADICTIONS = {"evidence.contradicted", "evidence.entity-swapped", "evidence.quote-altered",
                  "evidence.quote-misattributed", "evidence.reversed"}
LABELS = ("Refuted", "Supported", "Not Enough Evidence", "Conflicting Evidence/Cherrypicking")


def subset(record: dict) -> str | None:
    if "Quote Verification" in record["claim_types"]:
        return "quote"
    return "numeric" if "Numerical Claim" in record["claim_types"] else None


def verdict(record: dict, variant: str, ruleset: RuleSet, folder: Path) -> str:
    day, month, year = (int(x) for x in record["claim_date"].split("-"))
    published = date(year, month, day)
    store = open_store(f"sqlite:///{folder / (record['_id'] + variant + '.sqlite')}")
    for number, question in enumerate(record["questions"]):
        for answer_number, answer in enumerate(question["answers"]):
            kind = answer.get("answer_type")
            if (variant == "a" and kind != "Extractive") or kind in ("Boolean", "Unanswerable"):
                continue
            text = f"{question['question']} {answer['answer']}"
            ingest_document(store, Document.from_plain(f"answer-{number}-{answer_number}", text, published=published),
                            answer.get("source_url") or f"answer {number}")
    article = record["claim"] if not record.get("speaker") else f"{record['speaker']} said: {record['claim']}"
    doc = Document.from_plain(record["_id"], article)
    claims = extract_claims(doc, published)
    Matcher(store).annotate(claims, published, doc)
    findings = run_rules(doc, claims, published, ruleset)
    close_all()
    if any(f.rule in CONTRADICTIONS for f in findings):
        return "Refuted"
    if any(c.status == "supported" for c in claims):
        return "Supported"
    return "abstain"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets" / "averitec-dev")
    args = parser.parse_args()
    records = json.loads((args.data / "averitec_dev_public.json").read_text())
    ruleset = RuleSet.default()
    for variant, name in (("a", "extractive answers"), ("b", "all non-Boolean answers")):
        with tempfile.TemporaryDirectory() as folder:
            results: dict[str, list[tuple[str, str]]] = {"numeric": [], "quote": []}
            for record in records:
                group = subset(record)
                if group:
                    results[group].append((record["label"], verdict(record, variant, ruleset, Path(folder))))
        for group, pairs in results.items():
            flagged = [gold for gold, predicted in pairs if predicted == "Refuted"]
            refuted = [predicted for gold, predicted in pairs if gold == "Refuted"]
            covered = sum(1 for _, predicted in pairs if predicted != "abstain")
            precision = sum(g == "Refuted" for g in flagged) / max(len(flagged), 1)
            lenient = sum(g in ("Refuted", LABELS[3]) for g in flagged) / max(len(flagged), 1)
            base = sum(g == "Refuted" for g, _ in pairs) / len(pairs)
            matrix = Counter(pairs)
            print(f"[{name}] {group} (n={len(pairs)}, Refuted base rate {base:.0%}): flags {len(flagged)}, "
                  f"precision {precision:.2f} (with Conflicting {lenient:.2f}), recall of Refuted "
                  f"{sum(p == 'Refuted' for p in refuted)}/{len(refuted)}, coverage {covered / len(pairs):.0%}")
            for gold in LABELS:
                row = ", ".join(f"{p} {matrix[(gold, p)]}" for p in ("Refuted", "Supported", "abstain"))
                print(f"    gold {gold:<36} {row}")


if __name__ == "__main__":
    main()
