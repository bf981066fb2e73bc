"""Suggested corrections: what would make both sides of a finding agree, with the arithmetic.

Computed from a finding alone (its rule, its claims with their typed values), the document and the
publication date; the checks are not asked again, the arithmetic is re-derived here:

===========================  ==============================================================
relation (rules)             suggestion
===========================  ==============================================================
``rate-off``                 the restatement at the ECB rate of the day; then the base amount
(conversion.rate)            the restatement implies (:mod:`verify.suggest.conversion`)
``age-vs-start``             the age the birth or founding date implies (:mod:`.ages`)
``weekday-mismatch``         the weekday of the date; the date of the weekday (:mod:`.days`)
``gap-mismatch``             the gap the two dates give (:mod:`.days`)
``dates-disjoint``           a date a weekday alone pins down: the side flagged brought to the
                             other's day (:mod:`.days`)
``change-mismatch``          the percentage the levels imply; the level the change implies
``parts-exceed-total``       the sum of the parts
``shares-exceed-whole``      the share that closes the whole to 100 % (:mod:`.arithmetic`)
``values-disjoint``,         the side other statements agree with (:mod:`.agreement`)
``ranks-differ``,
``words-differ``
===========================  ==============================================================

Suggestions are never applied silently: only restatements of one amount in another currency are
``applicable`` (``verify check --apply-suggestions``). A house rule that reuses a relation under
another id gets that relation's suggestions when its rule is passed in ``rules``.

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.engine import RuleSet, run_rules
>>> from verify.extract import extract_claims
>>> from verify.report import ArticleReport
>>> doc = Document.from_plain("a.txt", "The board met on Wednesday, May 16, 2026, to approve the deal.")
>>> claims = extract_claims(doc, date(2026, 6, 12))
>>> report = ArticleReport(doc, date(2026, 6, 12), "option", claims,
...                        run_rules(doc, claims, date(2026, 6, 12), RuleSet.default()))
>>> [s.replacement for s in suggest(report, report.findings[0])]
['Saturday, May 16, 2026', 'Wednesday, May 13, 2026']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from verify.suggest.model import Suggestion

if TYPE_CHECKING:
    from verify.report import ArticleReport, Finding
    from verify.rules import Rule

__all__ = ["Suggestion", "suggest"]


def _rule(finding: Finding, rules: dict[str, Rule] | None) -> Rule | None:
    if rules and finding.rule in rules:
        return rules[finding.rule]
    from verify.rules import load_builtin_rules

    return load_builtin_rules().get(finding.rule)


def _check_context(report: ArticleReport) -> Any:
    """The rules' view of the article (frames, pairing), built once per report and only when asked."""
    memo = report.memo
    if "context" not in memo:
        from verify.checks.common import CheckContext

        ran = getattr(report.document, "check_context", None)  # the one run_rules used, if it is of these claims
        fits = ran is not None and ran.claims is report.claims and ran.published == report.published
        memo["context"] = ran if fits else CheckContext(report.document, report.claims, report.published)
    return memo["context"]


def suggest(report: ArticleReport, finding: Finding, rules: dict[str, Rule] | None = None) -> list[Suggestion]:
    """The suggestions for one finding of ``report``, most likely first; [] when nothing settles it."""
    rule = _rule(finding, rules)
    sides = finding.claims
    if rule is None or not sides or any(c.source_start < 0 for c in sides):
        return []
    relation = rule.relation
    if relation == "rate-off" and len(sides) == 2:
        from verify.suggest.conversion import suggest_conversion

        return suggest_conversion(sides[0], sides[1], report.published)
    if relation == "age-vs-start" and len(sides) == 2:
        from verify.suggest.ages import suggest_age

        return suggest_age(sides[0], sides[1], report.published)
    if relation == "weekday-mismatch":
        from verify.suggest.days import suggest_weekday

        return suggest_weekday(sides[0])
    if relation == "dates-disjoint" and len(sides) == 2:
        from verify.suggest.days import suggest_same_day

        return suggest_same_day(sides[0], sides[1])
    if relation == "gap-mismatch" and len(sides) == 3:
        from verify.suggest.days import suggest_interval

        return suggest_interval(*sides)
    if relation in ("change-mismatch", "parts-exceed-total", "shares-exceed-whole"):
        return _arithmetic(report, relation, sides)
    if relation in ("values-disjoint", "ranks-differ") and len(sides) == 2 and rule.pair is not None:
        from verify.suggest.agreement import agreeing, suggest_agreement

        ctx = _check_context(report)
        key = ("agreeing", rule.claims, rule.pair)
        if key not in report.memo:
            report.memo[key] = agreeing(ctx, rule.claims, rule.pair)
        return suggest_agreement(ctx, report.memo[key], sides[0], sides[1], rule.params)
    if relation == "words-differ" and len(sides) == 2:
        from verify.suggest.agreement import suggest_quote

        return suggest_quote(report.claims, sides[0], sides[1])
    return []


def _arithmetic(report: ArticleReport, relation: str, sides: list[Any]) -> list[Suggestion]:
    from verify.suggest import arithmetic

    if relation == "change-mismatch":
        return arithmetic.suggest_change(report.document, *sides) if len(sides) == 3 and \
            sides[0].type == "percent" else []
    if relation == "parts-exceed-total":
        return arithmetic.suggest_total(sides[0], sides[1:]) if len(sides) > 2 else []
    return arithmetic.suggest_shares(report.document, sides) if len(sides) > 1 else []
