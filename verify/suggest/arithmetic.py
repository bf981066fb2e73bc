"""``arithmetic.*``: the figure the other figures imply.

- ``change-mismatch``: the percentage the two levels imply, rounded as the stated one ("rose 7.4%" from
  €1.29bn to €1.36bn: "5.4%"), when the direction written agrees with the levels; then the later level
  the stated change implies ("30% to 299p" from 250p: "325p");
- ``parts-exceed-total``: the sum of the parts, written as the total is ("812,000 ounces" → "822,000 ounces");
- ``shares-exceed-whole``: the share that would close the whole to 100 %: the one marked as the rest
  ("28% for all the other carriers"), else the last.

>>> from verify.claims import Claim
>>> whole = Claim("money", 0, 11, {"amount": 10e6, "currency": "USD"}, text="$10 million")
>>> parts = [Claim("money", 20, 30, {"amount": 6e6, "currency": "USD"}, text="$6 million"),
...          Claim("money", 40, 50, {"amount": 7e6, "currency": "USD"}, text="$7 million")]
>>> [(s.replacement, s.why) for s in suggest_total(whole, parts)]
[('$13 million', 'the parts add up to 13,000,000 USD: $6 million + $7 million')]
"""

from __future__ import annotations

import re
from functools import cache

from verify.claims import Claim
from verify.document import Document
from verify.formats.describe import describe_value
from verify.suggest.figures import restate
from verify.suggest.model import Suggestion

_RESIDUAL_REACH = 45  # characters after a share (in its sentence) that may call it the rest


@cache
def _residual() -> re.Pattern[str]:
    from verify.lexicon import phrase_pattern, words

    return re.compile(rf"\b{phrase_pattern(words('suggest', 'residual_words')).pattern}\b", re.IGNORECASE)


def _plain(claim: Claim) -> str:
    return " ".join(claim.text.split())


def _sum_text(kind: str, total: float, like: Claim) -> str:
    value = {**like.value, "amount": total}
    for hedge in ("approx", "bound", "hedge"):
        value.pop(hedge, None)
    return describe_value(kind, value)


def suggest_total(whole: Claim, parts: list[Claim]) -> list[Suggestion]:
    total = sum(float(p.value["amount"]) for p in parts)
    replacement = restate(whole, total)
    if not replacement or replacement == whole.text:
        return []
    return [Suggestion(whole, replacement, f"the parts add up to {_sum_text(whole.type, total, whole)}: "
                                           + " + ".join(_plain(p) for p in parts))]


def _sentence(doc: Document, claim: Claim) -> tuple[int, int]:
    return claim.sentence if claim.sentence != (0, 0) else doc.context.sentence_at(claim.start)


def suggest_shares(doc: Document, shares: list[Claim]) -> list[Suggestion]:
    """The share that closes the whole to 100 %."""
    text = doc.text
    pattern = _residual()

    def is_rest(claim: Claim) -> bool:
        sentence = _sentence(doc, claim)
        after = text[claim.end:min(sentence[1], claim.end + _RESIDUAL_REACH)]
        return bool(pattern.search(after.split(",")[0]))

    rest = next((s for s in shares if is_rest(s)), shares[-1])
    others = [s for s in shares if s is not rest]
    closing = 100 - sum(float(s.value["amount"]) for s in others)
    if closing <= 0:
        return []
    replacement = restate(rest, closing)
    if not replacement or replacement == rest.text:
        return []
    return [Suggestion(rest, replacement, f"100 % less {' + '.join(_plain(s) for s in others)} leaves "
                                          f"{closing:g} %")]


def suggest_change(doc: Document, change: Claim, start: Claim, reached: Claim) -> list[Suggestion]:
    """The percentage (or points) the levels imply, then the later level the stated change implies."""
    from verify.frames.qualifiers import direction_of

    a, b = float(start.value["amount"]), float(reached.value["amount"])
    stated = float(change.value["amount"])
    sign = direction_of(doc.text, change.start, change.end, _sentence(doc, change))
    if sign == 0 or not a:
        return []
    points = bool(change.value.get("points"))
    computed = b - a if points else (b / a - 1) * 100
    levels = f"{_plain(start)} → {_plain(reached)}"
    unit = " points" if points else " %"
    found = []
    if sign * computed > 0:
        replacement = restate(change, abs(computed))
        if replacement and replacement != change.text:
            found.append(Suggestion(change, replacement, f"{levels} is a change of {computed:+.1f}{unit}"))
    expected = a + sign * stated if points else a * (1 + sign * stated / 100)
    level = restate(reached, expected) if expected > 0 else None
    if level and level != reached.text:
        found.append(Suggestion(reached, level, f"{_plain(change)} {'up' if sign > 0 else 'down'} from "
                                                f"{_plain(start)} is {_plain_value(reached, expected)}"))
    return found


def _plain_value(like: Claim, amount: float) -> str:
    from verify.suggest.figures import unhedged

    return unhedged(like, restate(like, amount, extra=1) or f"{amount:g}")
