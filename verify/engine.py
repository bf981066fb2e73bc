"""Running the rules over one article: claims in, findings out.

>>> from datetime import date
>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> doc = Document.from_plain("a.txt", "Acme's revenue was €4.8bn. Later, Acme's revenue was €4.6bn.")
>>> claims = extract_claims(doc, date(2026, 4, 10))
>>> [f.rule for f in run_rules(doc, claims, date(2026, 4, 10), RuleSet.default())]
['number.mismatch']
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from verify.checks import CHECK_KINDS
from verify.checks.common import CheckContext
from verify.claims import Claim
from verify.config import Config
from verify.document import Document
from verify.report import Finding
from verify.rules import SCOPES, Rule, load_builtin_rules, load_rule_dir

UNUSED_SUPPRESSION = "suppression.unused"


@dataclass
class RuleSet:
    """The rules in force for an article, with its config."""

    rules: dict[str, Rule]
    config: Config

    @classmethod
    def default(cls) -> RuleSet:
        return cls(load_builtin_rules(), Config())

    @classmethod
    def for_config(cls, config: Config, select: list[str] | None = None,
                   ignore: list[str] | None = None) -> RuleSet:
        """The built-in rules plus the config's rule folders; every rule name in the config (and
        ``select`` / ``ignore`` from the command line) checked against them."""
        rules = load_builtin_rules()
        for folder in config.rule_dirs:
            rules.update(load_rule_dir(Path(folder)))
        config.resolve({rule.id: rule.code for rule in rules.values()}, select, ignore)
        return cls(rules, config)


def _inside_quotes(claims: list[Claim]) -> set[int]:
    """The claims (by ``id``) that start inside another claim's quoted remark, in one sweep by offset.

    Among the quotes begun so far only the two that reach furthest matter: if the furthest is the
    claim itself, the second decides.
    """
    quotes = sorted((c for c in claims if c.type == "quote"), key=lambda q: q.start)
    inside: set[int] = set()
    furthest: list[tuple[int, int]] = []  # (end, id) of the two quotes begun so far that end last
    begun = 0
    for claim in sorted(claims, key=lambda c: c.start):
        while begun < len(quotes) and quotes[begun].start <= claim.start:
            furthest = sorted([*furthest, (quotes[begun].end, id(quotes[begun]))], reverse=True)[:2]
            begun += 1
        if any(end > claim.start and ident != id(claim) for end, ident in furthest):
            inside.add(id(claim))
    return inside


def _in_scope(doc: Document, quoted: set[int], claim: Claim, scopes: tuple[str, ...]) -> bool:
    """Is a claim where a rule applies? "quote" is inside a quoted remark; the rest is markup."""
    in_quote = id(claim) in quoted
    return ("quote" in scopes and in_quote) or (not in_quote and doc.scope_at(claim.start) in scopes)


def _as_prose(doc: Document, hit_claims: list[Claim], fields: dict) -> dict:
    """Message fields with each claim's source text (``$5&nbsp;million``, ``\\$5``) read as prose
    (``$5 million``): messages are for people; spans still point at the source as written."""
    if doc.format == "text":
        return fields
    pairs = []
    for claim in hit_claims:
        source, prose = " ".join(claim.text.split()), " ".join(doc.text[claim.start:claim.end].split())
        if source and prose and source != prose:
            pairs.append((source, prose))
    if not pairs:
        return fields
    readable = {}
    for name, value in fields.items():
        if isinstance(value, str):
            for source, prose in pairs:
                value = value.replace(source, prose)
        readable[name] = value
    return readable


_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def _without_fallbacks(findings: list[Finding], fallbacks: set[str]) -> list[Finding]:
    """A fallback rule speaks only where it says more than the other rules of its category that name the
    same claims: a restated figure that ``number.mismatch`` reports as an error is not reported again as
    a slipped digit, and a slipped digit outranks the same pair reported weakly at info."""
    if not fallbacks:
        return findings

    def key(finding: Finding) -> tuple[str, frozenset[int]]:
        return finding.category, frozenset(map(id, finding.claims))

    others: dict[tuple[str, frozenset[int]], int] = {}
    for finding in findings:
        if finding.rule not in fallbacks and finding.claims:
            others[key(finding)] = min(others.get(key(finding), 3), _SEVERITY_RANK[finding.severity])
    standing = {key(f): _SEVERITY_RANK[f.severity] for f in findings
                if f.rule in fallbacks and _SEVERITY_RANK[f.severity] < others.get(key(f), 3)}
    return [f for f in findings
            if (key(f) in standing if f.rule in fallbacks else not f.claims or key(f) not in standing)]


def run_rules(doc: Document, claims: list[Claim], published: date | None,
              ruleset: RuleSet) -> list[Finding]:
    """All findings of the selected rules, minus those suppressed in the article."""
    ctx = CheckContext(doc, claims, published)
    doc.check_context = ctx  # type: ignore[attr-defined]  # verify.suggest reuses the rules' frames
    config = ruleset.config
    findings: list[Finding] = []
    quoted: set[int] | None = None
    for rule in ruleset.rules.values():
        if not config.selects(rule.id, doc.name):
            continue
        severity = config.severity_of(rule.id, rule.severity, doc.name)
        kind = CHECK_KINDS[rule.check]
        hits = (kind.run(ctx, rule.params, rule.pair, rule.relation, rule.claims) if rule.relation
                else kind.run(ctx, rule.params))
        for hit in hits:
            if len(rule.scope) < len(SCOPES):
                quoted = _inside_quotes(claims) if quoted is None else quoted
                if not _in_scope(doc, quoted, hit.claims[0], rule.scope):
                    continue
            findings.append(Finding(rule.id, rule.category, "info" if hit.weak else severity,
                                    rule.render(_as_prose(doc, hit.claims, hit.fields)),
                                    hit.claims, hit.evidence, link=rule.link, links=hit.links))
    findings = _without_fallbacks(findings, {r.id for r in ruleset.rules.values() if r.fallback})
    if not doc.directives:
        return findings
    from verify.suppressions import read_suppressions, silence  # only drafts with HTML comments need it

    suppressions = read_suppressions(doc, {r.id: r.code for r in ruleset.rules.values()})
    kept = silence(findings, suppressions)
    for suppression in suppressions:
        if not suppression.used:
            named = suppression.rules[0]
            category = next((r.category for r in ruleset.rules.values()
                             if r.id == named or r.id.startswith(named.rstrip(".") + ".")), "number")
            message = (f"this suppression of {', '.join(suppression.rules)} silences nothing; remove it"
                       if not named.startswith("(") else
                       "this suppression names no rule; name the rules it silences (verify-disable RULE -- reason)")
            kept.append(Finding(UNUSED_SUPPRESSION, category, "warning", message, [],
                                span=(suppression.directive.start, suppression.directive.end)))
    return kept
