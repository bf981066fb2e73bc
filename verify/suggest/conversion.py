"""``conversion.rate``: the restated amount at the ECB rate of the day, and the other direction.

>>> from datetime import date
>>> from verify.claims import Claim
>>> base = Claim("money", 0, 12, {"amount": 290e6, "currency": "USD"}, id="c1", text="$290 million")
>>> restated = Claim("money", 30, 45, {"amount": 2.4e9, "currency": "CNY"}, id="c2", text="2.4 billion yuan")
>>> fix, other = suggest_conversion(restated, base, date(2026, 4, 10))
>>> fix.replacement, fix.applicable, other.replacement
('2.0 billion yuan', True, '$351 million')
>>> fix.why
'$290 million at 6.828 CNY per USD (ECB reference rate of 2026-04-10) is ≈ 1.98 billion yuan'
"""

from __future__ import annotations

from datetime import date

from verify.claims import Claim
from verify.suggest.figures import restate
from verify.suggest.model import Suggestion


def suggest_conversion(restated: Claim, base: Claim, published: date | None) -> list[Suggestion]:
    """The restatement at the reference rate (applicable: it restates the same amount), then the base
    amount the restatement would imply at that rate (the editor's call: the base may be the figure
    that is right)."""
    from verify.rates import reference_rate

    if published is None:
        return []
    found = reference_rate(base.value["currency"], restated.value["currency"], published)
    if found is None or not base.value.get("amount"):
        return []
    rate, day = found
    quote, currency = restated.value["currency"], base.value["currency"]
    expected = float(base.value["amount"]) * rate
    implied_base = float(restated.value["amount"]) / rate
    suggestions = []
    fixed = restate(restated, expected)
    if fixed and fixed != restated.text:
        detail = _precise(restated, expected)
        suggestions.append(Suggestion(
            restated, fixed, f"{_plain(base)} at {rate:.4g} {quote} per {currency} (ECB reference rate of "
            f"{day.isoformat()}) is ≈ {detail}", applicable=True))
    other = restate(base, implied_base)
    if other and other != base.text:
        suggestions.append(Suggestion(
            base, other, f"if {_plain(restated)} is right, the amount at {rate:.4g} {quote} per {currency} "
            f"(ECB, {day.isoformat()}) is ≈ {_precise(base, implied_base)}"))
    return suggestions


def _plain(claim: Claim) -> str:
    return " ".join(claim.text.split())


def _precise(claim: Claim, amount: float) -> str:
    """The amount with one decimal more than the article writes, without its hedge: "1.98 billion yuan"
    for "about 2.4 billion yuan"."""
    from verify.suggest.figures import unhedged

    return unhedged(claim, restate(claim, amount, extra=1) or f"{amount:,.2f} {claim.value['currency']}")
