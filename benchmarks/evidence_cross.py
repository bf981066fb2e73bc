"""Each real article checked against a store of other real articles: one half of the corpus is
stored and the other half checked against it, then the other way round. The articles report
different stories, so a source is rarely one an article draws on, and every evidence finding other
than ``evidence.supported`` is printed for judging (a false alarm, unless two articles share a story).

    python benchmarks/evidence_cross.py [--corpus ../shared/corpus]

Where ``evidence_self.py`` finds what reads one text two ways, this finds what links an article
to a source it does not draw on: names, words and figures matched across unrelated stories.
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
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
    ruleset, alarms = RuleSet.default(), Counter()
    articles = sorted((args.corpus / "real" / "dated").glob("*.txt"))
    halves = (articles[::2], articles[1::2])
    with tempfile.TemporaryDirectory() as folder:
        for stored, checked in (halves, halves[::-1]):
            store = open_store(f"sqlite:///{Path(folder) / f'{len(alarms)}-{stored[0].stem}.sqlite'}")
            for path in stored:
                ingest_document(store, load_path(str(path)), path.name)
            matcher = Matcher(store)
            for path in checked:
                document = load_path(str(path))
                claims = extract_claims(document, document.published)
                matcher.annotate(claims, document.published, document)
                for finding in run_rules(document, claims, document.published, ruleset):
                    if finding.rule.startswith("evidence.") and finding.rule != "evidence.supported":
                        alarms[finding.rule] += 1
                        print(f"{path.name}: {finding.rule}: {finding.message[:200]}")
            close_all()
    print(f"{sum(alarms.values())} findings to judge on {len(articles)} real articles checked against the "
          f"others ({', '.join(f'{rule} {count}' for rule, count in sorted(alarms.items())) or 'none'})")


if __name__ == "__main__":
    main()
