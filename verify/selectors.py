"""Rule selectors: what ``--select``, ``ignore``, ``severity`` keys and suppressions may name.

A selector is a rule id (``number.mismatch``), an id prefix ending at a dot (``date``,
``date.``), a code (``VFY101``) or a code prefix (``VFY5``, every ``VFY5xx`` rule, as ruff's
``E5`` selects ``E501``). Anything else is a mistake, never a selector that quietly runs
nothing: :func:`resolve` raises :class:`~verify.errors.VerifyError` with the closest
names (difflib), and callers say where the name came from.

>>> known = {"date.weekday": "VFY301", "date.same-event": "VFY302", "ranking.top": "VFY602"}
>>> resolve("date", known), resolve("VFY30", known), resolve("vfy602", known)
(['date'], ['date.weekday', 'date.same-event'], ['ranking.top'])
>>> resolve("dat", known)
Traceback (most recent call last):
verify.errors.UsageError: unknown rule 'dat'; did you mean 'date'?
"""

from __future__ import annotations

import re

from verify.errors import UsageError

_CODE = re.compile(r"^[A-Za-z]+\d*$")


def matches(rule_id: str, selectors: list[str]) -> bool:
    """Does a rule id fall under any selector (an id or an id prefix)?

    >>> matches("date.weekday", ["date"]), matches("dates.x", ["date"])
    (True, False)
    """
    return any(rule_id == s or rule_id.startswith(s.rstrip(".") + ".") for s in selectors)


def _prefixes(rule_ids: list[str]) -> set[str]:
    return {rule_id.split(".", 1)[0] for rule_id in rule_ids}


def resolve(selector: str, codes_by_id: dict[str, str]) -> list[str]:
    """The ids or id prefixes a selector stands for; raise :class:`UsageError` if it names no rule.

    ``codes_by_id`` maps every known rule id (built in and house rules) to its code.
    """
    name = selector.strip()
    ids = list(codes_by_id)
    if name in codes_by_id or name.rstrip(".") in _prefixes(ids):
        return [name]
    if _CODE.match(name):
        upper = name.upper()
        by_code = [rule_id for rule_id, code in codes_by_id.items() if code.upper().startswith(upper)]
        if by_code:
            return by_code
    raise UsageError(f"unknown rule {selector!r}{did_you_mean(name, codes_by_id)}")


def did_you_mean(name: str, codes_by_id: dict[str, str]) -> str:
    """``"; did you mean 'x'?"`` for the closest known ids, prefixes and codes, else a pointer to the list.

    >>> did_you_mean("arithmetc", {"arithmetic.total": "VFY501"})
    "; did you mean 'arithmetic' or 'arithmetic.total'?"
    >>> did_you_mean("zzz", {"arithmetic.total": "VFY501"})
    "; 'verify rules' lists them"
    """
    import difflib  # only when a name is wrong

    candidates = sorted({*codes_by_id, *_prefixes(list(codes_by_id)), *codes_by_id.values()})
    lowered = {c.lower(): c for c in candidates}
    close = [lowered[c] for c in difflib.get_close_matches(name.lower(), list(lowered), n=3, cutoff=0.6)]
    if not close:
        return "; 'verify rules' lists them"
    return "; did you mean " + " or ".join(repr(c) for c in close) + "?"


def resolve_all(selectors: list[str], codes_by_id: dict[str, str], where: str) -> list[str]:
    """Every selector of a list resolved; an unknown one is an error naming ``where`` it was written."""
    resolved: list[str] = []
    for selector in selectors:
        try:
            resolved.extend(resolve(selector, codes_by_id))
        except UsageError as exc:
            raise UsageError(f"{where}: {exc}") from None
    return resolved
