"""Each real article checked against a store that holds only itself: every evidence finding other
than ``evidence.supported`` is a false alarm, since a text cannot contradict its own sentences.

    python benchmarks/evidence_self.py [--corpus ../shared/corpus]

It finds what the SummEdits and AVeriTeC runs cannot: extraction that reads the same words two ways,
and alignment that crosses a passage's sentence ends. Prints each false alarm and their count.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from verify.engine import RuleSet, run_rules
from verify.evidence.ingest import ingest_document
from verify.evidence.matching import Matcher
from verify.evidence.store import close_all, open_store
from verify.extract import extract_claims
from verify.loaders import load_path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    ruleset, alarms = RuleSet.default(), 0
    articles = sorted((args.corpus / "real" / "dated").glob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        for number, path in enumerate(articles):
            store = open_store(f"sqlite:///{Path(folder) / f'{number}.sqlite'}")
            document = load_path(str(path))
            ingest_document(store, document, "itself")
            claims = extract_claims(document, document.published)
            Matcher(store).annotate(claims, document.published, document)
            for finding in run_rules(document, claims, document.published, ruleset):
                if finding.rule.startswith("evidence.") and finding.rule != "evidence.supported":
                    alarms += 1
                    print(f"{path.name}: {finding.rule}: {finding.message[:200]}")
            close_all()
    print(f"{alarms} false alarms on {len(articles)} real articles checked against themselves")


if __name__ == "__main__":
    main()
