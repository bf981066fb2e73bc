"""SummEdits (../shared/datasets/summedits): summaries checked against their source documents.

    python benchmarks/summedits_eval.py [--data ../shared/datasets/summedits] [--sweep [--only PREFIX]]

Protocol of the dataset's README: each record's ``doc`` goes into an evidence store (one SQLite
store per document), its ``summary`` is checked with ``--evidence``; any evidence contradiction
(a figure or date contradicted, a name swapped, a word reversed, a quote altered or misattributed)
predicts "inconsistent". A name that the source never mentions (``evidence.name-unsupported``,
information, not a contradiction) is reported beside that figure, not in it. Reported per domain:
balanced accuracy, precision and recall of "inconsistent", the numeric/date subset (records whose
figures or dates differ from the seed summary's, by verify's own extractor), false alarms on
consistent records, and recall per edit type. No publication date is known, so relative dates stay
unresolved.

``--sweep`` calibrates the alignment thresholds of ``rules/evidence.contradicted.toml``,
``rules/evidence.entity-swapped.toml``, ``rules/evidence.reversed.toml`` and
``rules/evidence.name-unsupported.toml`` (read with the names counted): it prints the same
figures with each threshold moved in turn over a range around its stated value, the others as
stated (the stores are built once); ``--only reversal`` sweeps only the thresholds so named.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from verify.document import Document
from verify.engine import RuleSet, run_rules
from verify.evidence.ingest import ingest_document
from verify.evidence.matching import Matcher, Settings
from verify.evidence.store import Store, close_all, open_store
from verify.extract import extract_claims

ROOT = Path(__file__).resolve().parent.parent
CONTRADICTIONS = {"evidence.contradicted", "evidence.entity-swapped", "evidence.quote-altered",
                  "evidence.quote-misattributed", "evidence.reversed"}
NOTED = {"evidence.name-unsupported"}  # not a contradiction (info): reported beside the protocol's figure
FIGURES = ("money", "percent", "quantity", "date")
SWEEP = {"sentence_similarity": (0.5, 0.55, 0.6, 0.65, 0.7), "context_similarity": (0.2, 0.25, 0.3, 0.35, 0.4),
         "unique_similarity": (0.65, 0.7, 0.75, 0.8, 0.85), "name_sentence_similarity": (0.6, 0.7, 0.8, 0.9),
         "name_context_similarity": (0.2, 0.3, 0.4, 0.5), "name_partial_context": (0.1, 0.15, 0.2, 0.3),
         "reversal_sentence_similarity": (0.5, 0.6, 0.65, 0.7, 0.75, 0.8),
         "reversal_context_similarity": (0.1, 0.15, 0.2, 0.3, 0.4),
         "unsupported_sentence_similarity": (0.5, 0.6, 0.7, 0.8)}


def figures(text: str) -> set[tuple[str, str]]:
    claims = extract_claims(Document.from_plain("s", text), None)
    return {(c.type, json.dumps({k: v for k, v in c.value.items() if k in ("amount", "currency", "start", "end")},
                                sort_keys=True)) for c in claims if c.type in FIGURES}


def document_stores(records: list[dict[str, Any]], folder: Path) -> dict[str, Store]:
    """One store per source document."""
    stores = {}
    for record in records:
        doc_id = record["id"].rsplit("_", 1)[0]
        if doc_id not in stores:
            stores[doc_id] = open_store(f"sqlite:///{folder / (doc_id + '.sqlite')}")
            ingest_document(stores[doc_id], Document.from_plain(doc_id, record["doc"]), doc_id)
    return stores


def evaluate(records: list[dict[str, Any]], stores: dict[str, Store], ruleset: RuleSet,
             settings: Settings) -> dict[str, Any]:
    matchers = {doc_id: Matcher(store, settings=settings) for doc_id, store in stores.items()}
    outcome, noted = [], []
    for record in records:
        summary = Document.from_plain(record["id"], record["summary"])
        claims = extract_claims(summary, None)
        matchers[record["id"].rsplit("_", 1)[0]].annotate(claims, None, summary)
        rules = {f.rule for f in run_rules(summary, claims, None, ruleset)}
        numeric = figures(record["summary"]) != figures(record["original_summary"])
        outcome.append((record["label"], bool(rules & CONTRADICTIONS), numeric, record.get("edit_types") or []))
        noted.append((record["label"], bool(rules & (CONTRADICTIONS | NOTED))))
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
    noted_recall = sum(hit for label, hit in noted if label == 0) / max(len(inconsistent), 1)
    noted_specificity = sum(not hit for label, hit in noted if label == 1) / max(len(consistent), 1)
    return {
        "records": len(outcome), "balanced_accuracy": (recall + specificity) / 2,
        "with_noted_names": f"balanced accuracy {(noted_recall + noted_specificity) / 2:.3f}, "
                            f"false alarms {sum(hit for label, hit in noted if label == 1)}/{len(consistent)}",
        "precision": sum(o[0] == 0 for o in flagged) / max(len(flagged), 1), "recall": recall,
        "numeric_subset": f"{sum(o[1] for o in numeric_bad)}/{len(numeric_bad)} inconsistent caught, "
                          f"{sum(o[1] for o in numeric_good)}/{len(numeric_good)} consistent flagged",
        "false_alarms_on_consistent": f"{sum(o[1] for o in consistent)}/{len(consistent)}",
        "recall_by_edit_type": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(by_type.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets" / "summedits")
    parser.add_argument("--sweep", action="store_true", help="print the figures for a grid of thresholds")
    parser.add_argument("--only", help="sweep only the thresholds whose names start with this")
    args = parser.parse_args()
    ruleset = RuleSet.default()
    stated = Settings.from_rules()
    grid = [stated] if not args.sweep else [
        dataclasses.replace(stated, **{name: value}) for name, values in SWEEP.items() for value in values
        if name.startswith(args.only or "")]
    for domain in ("news", "ectsum"):
        records = json.loads((args.data / f"summedits_{domain}_public.json").read_text())
        with tempfile.TemporaryDirectory() as folder:
            stores = document_stores(records, Path(folder))
            for settings in grid:
                result = evaluate(records, stores, ruleset, settings)
                if args.sweep:
                    swept = " ".join(f"{k}={getattr(settings, k)}" for k in SWEEP if k.startswith(args.only or ""))
                    print(f"{domain} {swept}: "
                          f"balanced accuracy {result['balanced_accuracy']:.3f}, precision {result['precision']:.2f}, "
                          f"false alarms {result['false_alarms_on_consistent']}, numeric {result['numeric_subset']}; "
                          f"with names noted: {result['with_noted_names']}")
                    continue
                print(f"{domain}: {result['records']} records; balanced accuracy {result['balanced_accuracy']:.3f}; "
                      f"inconsistent flag precision {result['precision']:.2f}, recall {result['recall']:.2f}")
                print(f"  numeric/date subset: {result['numeric_subset']}")
                print(f"  false alarms on consistent records: {result['false_alarms_on_consistent']}")
                print(f"  counting names the source never mentions too (evidence.name-unsupported, info): "
                      f"{result['with_noted_names']}")
                print(f"  recall by edit type: {result['recall_by_edit_type']}")
            close_all()


if __name__ == "__main__":
    main()
