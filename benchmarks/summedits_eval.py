"""SummEdits (../shared/datasets/summedits): summaries checked against their source documents.

    python benchmarks/summedits_eval.py [--data ../shared/datasets/summedits]

Protocol of the dataset's README: each record's ``doc`` goes into an evidence store (one SQLite
store per document), its ``summary`` is checked with ``--evidence``; any evidence contradiction
(a figure contradicted, a quote altered or misattributed) predicts "inconsistent". Reported per
domain: balanced accuracy, precision and recall of "inconsistent", the numeric/date subset
(records whose figures or dates differ from the seed summary's, by verify's own extractor), false
alarms on consistent records, and recall per edit type. No publication date is known, so
relative dates stay unresolved.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import defaultdict
from pathlib import Path

from verify.document import Document
from verify.engine import RuleSet, run_rules
from verify.evidence.ingest import ingest_document
from verify.evidence.matching import Matcher
from verify.evidence.store import close_all, open_store
from verify.extract import extract_claims

ROOT = Path(__file__).resolve().parent.parent
CONTRADICTIONS = {"evidence.contradicted", "evidence.entity-swapped", "evidence.quote-altered",
                  "evidence.quote-misattributed"}
FIGURES = ("money", "percent", "quantity", "date")


def figures(text: str) -> set[tuple[str, str]]:
    claims = extract_claims(Document.from_plain("s", text), None)
    return {(c.type, json.dumps({k: v for k, v in c.value.items() if k in ("amount", "currency", "start", "end")},
                                sort_keys=True)) for c in claims if c.type in FIGURES}


def evaluate(records: list[dict], ruleset: RuleSet, folder: Path) -> dict[str, object]:
    stores: dict[str, Matcher] = {}
    outcome = []
    for record in records:
        doc_id = record["id"].rsplit("_", 1)[0]
        if doc_id not in stores:
            store = open_store(f"sqlite:///{folder / (doc_id + '.sqlite')}")
            ingest_document(store, Document.from_plain(doc_id, record["doc"]), doc_id)
            stores[doc_id] = Matcher(store)
        summary = Document.from_plain(record["id"], record["summary"])
        claims = extract_claims(summary, None)
        stores[doc_id].annotate(claims, None, summary)
        flagged = any(f.rule in CONTRADICTIONS for f in run_rules(summary, claims, None, ruleset))
        numeric = figures(record["summary"]) != figures(record["original_summary"])
        outcome.append((record["label"], flagged, numeric, record.get("edit_types") or []))
    close_all()
    inconsistent = [o for o in outcome if o[0] == 0]
    consistent = [o for o in outcome if o[0] == 1]
    recall = sum(o[1] for o in inconsistent) / max(len(inconsistent), 1)
    specificity = sum(not o[1] for o in consistent) / max(len(consistent), 1)
    flagged = [o for o in outcome if o[1]]
    numeric_bad = [o for o in inconsistent if o[2]]
    numeric_good = [o for o in consistent if o[2]]
    by_type: dict[str, list[bool]] = defaultdict(list)
    for _label, hit, _, types in inconsistent:
        for edit in types:
            by_type[edit].append(hit)
    return {
        "records": len(outcome), "balanced_accuracy": (recall + specificity) / 2,
        "precision": sum(o[0] == 0 for o in flagged) / max(len(flagged), 1), "recall": recall,
        "numeric_subset": f"{sum(o[1] for o in numeric_bad)}/{len(numeric_bad)} inconsistent caught, "
                          f"{sum(o[1] for o in numeric_good)}/{len(numeric_good)} consistent flagged",
        "false_alarms_on_consistent": f"{sum(o[1] for o in consistent)}/{len(consistent)}",
        "recall_by_edit_type": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(by_type.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets" / "summedits")
    args = parser.parse_args()
    ruleset = RuleSet.default()
    for domain in ("news", "ectsum"):
        records = json.loads((args.data / f"summedits_{domain}_public.json").read_text())
        with tempfile.TemporaryDirectory() as folder:
            result = evaluate(records, ruleset, Path(folder))
        print(f"{domain}: {result['records']} records; balanced accuracy {result['balanced_accuracy']:.3f}; "
              f"inconsistent flag precision {result['precision']:.2f}, recall {result['recall']:.2f}")
        print(f"  numeric/date subset: {result['numeric_subset']}")
        print(f"  false alarms on consistent records: {result['false_alarms_on_consistent']}")
        print(f"  recall by edit type: {result['recall_by_edit_type']}")


if __name__ == "__main__":
    main()
