"""The long fuzzing profile: many hostile articles through every loader, the rules and every format.

    python benchmarks/fuzz.py [--examples 1000000] [--seed 0]

Articles are random sequences of the hostile pieces of tests/test_fuzz.py (quotes nested and
unbalanced, entities, mixed scripts, RTL and zero-width marks, CRLF and lone CR, markup, figures).
Every claim span must be exact and the JSON valid against the contract; the first failure is
printed with its seed and example number so that it can be replayed. Prints examples per second.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_fuzz import PIECES, RULES, render_everything  # noqa: E402
from verify.errors import VerifyError  # noqa: E402
from verify.extract import extract_claims  # noqa: E402
from verify.formats import json_format  # noqa: E402
from verify.loaders import parse  # noqa: E402
from verify.report import ArticleReport  # noqa: E402


def one(rng: random.Random, validator) -> None:
    source = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 80)))
    fmt = rng.choice(["markdown", "html", "text"])
    published = rng.choice([None, date(2026, 4, 10), date(1999, 12, 31)])
    doc = parse(f"fuzz.{fmt}", source, fmt)
    claims = extract_claims(doc, published)
    for claim in claims:
        if source[claim.source_start:claim.source_end] != claim.text or not claim.text.strip():
            raise AssertionError(f"bad span {claim}")
    try:
        from verify.engine import run_rules

        findings = run_rules(doc, claims, published, RULES)
    except VerifyError:
        return
    report = ArticleReport(doc, published, "option", claims, findings)
    errors = list(validator.iter_errors(json.loads(json_format.render_check([report], "0.3.0"))))
    if errors:
        raise AssertionError(errors[0].message)
    render_everything(report)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    import jsonschema

    validator = jsonschema.Draft202012Validator(json.loads((ROOT / "verify/schema/report.schema.json").read_text()))
    rng = random.Random(args.seed)
    start = time.perf_counter()
    for number in range(1, args.examples + 1):
        state = rng.getstate()
        try:
            one(rng, validator)
        except Exception as exc:  # report the case and stop
            rng.setstate(state)
            print(f"FAILED at example {number} (seed {args.seed}): {type(exc).__name__}: {exc}")
            raise SystemExit(1) from exc
        if number % 10_000 == 0:
            print(f"{number:,} examples, {number / (time.perf_counter() - start):,.0f}/s", flush=True)
    elapsed = time.perf_counter() - start
    print(f"{args.examples:,} examples, no failure, {elapsed:.0f} s ({args.examples / elapsed:,.0f}/s)")


if __name__ == "__main__":
    main()
