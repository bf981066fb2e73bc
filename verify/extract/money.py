"""Money amounts: "$290 million", "2 billion yuan", "€4.8bn", "USD 5m", "$5-10 million".

>>> [(c.value["amount"], c.value["currency"]) for c in find_money("It raised $290 million, or 2 billion yuan.")]
[(290000000, 'USD'), (2000000000, 'CNY')]
>>> find_money("nearly £3.2bn")[0].value
{'amount': 3200000000, 'currency': 'GBP', 'approx': True, 'bound': 'max', 'hedge': 'nearly'}
>>> find_money("a $5-10 million deal")[0].value
{'amount': 5000000, 'currency': 'USD', 'max': 10000000, 'range': True}
>>> find_money("He weighs 200 pounds.")
[]
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from verify.claims import Claim
from verify.extract.hedges import HEDGE, hedge_info
from verify.extract.numbers import (
    DIGITS,
    NUMBER,
    SCALE_ABBR,
    SCALE_WORD,
    parse_number,
    scaled,
)


@cache
def _table() -> dict[str, Any]:
    return tomllib.loads(resources.files("verify.data").joinpath("currencies.toml").read_text("utf-8"))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two patterns: currency before the amount, and currency after it."""
    table = _table()
    symbols = _alternation(list(table["symbols"]))
    codes = "|".join(table["codes"]["list"])
    words = _alternation(list(table["words"]))
    scaled_words = _alternation(list(table["scaled_words"]))
    minor = _alternation(list(table["minor"]))
    amount = (rf"(?P<num>{NUMBER}|an?(?=\s+{SCALE_WORD}))"
              rf"(?:\s*(?:-|–|to)\s*(?P<num2>{DIGITS}|{NUMBER}))?")
    # Single-letter abbreviations must touch the digits ("$5m"); "bn"/"mn" may stand apart.
    scale = rf"(?:\s*(?P<scale>{SCALE_WORD})\b|(?P<abbr>(?<=\d){SCALE_ABBR}|\s?(?:bn|mn|tn))\b)"
    hedge = rf"(?P<hedge>{HEDGE})?"
    prefix = re.compile(
        # "$290 million", "US$5bn", "USD 5m", "€ 9", "$5-10 million"
        rf"{hedge}(?P<prefix>(?<![A-Za-z])(?:{symbols})|\b(?:{codes})\b)\s?{amount}{scale}?"
        rf"(?:\s+(?P<code_after>{codes})\b)?"
    )
    suffix = re.compile(
        # "2 billion yuan", "5m USD", "5 million pounds", "50 cents"
        rf"{hedge}{amount}(?:\s*(?P<big>{SCALE_WORD})\s+(?P<scaled_word>{scaled_words})\b"
        rf"|{scale}?\s*(?:(?P<word>(?i:{words}))\b|(?P<code_after>{codes})\b|(?P<minor>{minor})\b))"
    )
    return prefix, suffix


def _currency(match: re.Match[str], table: dict[str, Any]) -> tuple[str | None, int]:
    aliases = table["codes"]["aliases"]
    groups = match.groupdict()
    if groups.get("code_after"):
        code = groups["code_after"]
        return aliases.get(code, code), 1
    if groups.get("prefix"):
        prefix = match.group("prefix")
        code = table["symbols"].get(prefix) or aliases.get(prefix, prefix)
        return code, 1
    if groups.get("scaled_word"):
        return table["scaled_words"][groups["scaled_word"].lower()], 1
    if groups.get("word"):
        return table["words"][" ".join(groups["word"].lower().split())], 1
    if groups.get("minor"):
        return table["minor"][groups["minor"].lower()], 100
    return None, 1


def find_money(text: str, *, yen_is_yuan: bool = False) -> list[Claim]:
    """All money amounts in ``text``, with prose offsets (leftmost, then longest)."""
    table = _table()
    candidates: list[Claim] = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            claim = _claim(match, table, yen_is_yuan)
            if claim:
                candidates.append(claim)
    candidates.sort(key=lambda c: (c.start, -(c.end - c.start)))
    claims: list[Claim] = []
    for claim in candidates:
        if not claims or claim.start >= claims[-1].end:
            claims.append(claim)
    return claims


def _claim(match: re.Match[str], table: dict[str, Any], yen_is_yuan: bool) -> Claim | None:
    groups = match.groupdict()
    currency, divisor = _currency(match, table)
    if currency is None:
        return None
    if currency == "JPY" and groups.get("prefix") == "¥" and yen_is_yuan:
        currency = "CNY"
    unit = groups.get("scale") or (groups.get("abbr") or "").strip() or groups.get("big")
    if groups.get("minor") and unit:
        return None
    value: dict[str, Any] = {"amount": _amount(groups["num"], unit, divisor), "currency": currency}
    value.update(hedge_info(groups.get("hedge")))
    if groups.get("num2"):
        value["max"] = _amount(groups["num2"], unit, divisor)
        value["range"] = True
    return Claim("money", match.start(), match.end(), value)


def _amount(number: str, unit: str | None, divisor: int) -> int | float:
    value = scaled(parse_number(number), unit)
    if divisor != 1:
        value = value / divisor
    return value
