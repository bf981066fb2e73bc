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

import heapq
import itertools
import re
import tomllib
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from verify.claims import Claim
from verify.extract.anchors import anchored_finditer
from verify.extract.hedges import hedge_before, hedge_info
from verify.extract.numbers import (
    DIGITS,
    NUMBER,
    SCALE_ABBR,
    SCALE_WORD,
    NumberForms,
    NumberPattern,
    matches_at,
    number_starts,
    parse_number,
    scaled,
    words_of,
)
from verify.extract.overlaps import leftmost_longest


@cache
def _table() -> dict[str, Any]:
    return tomllib.loads(resources.files("verify.data").joinpath("currencies.toml").read_text("utf-8"))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# Indian digit grouping ("12,34,567.89") before the ordinary forms, which would stop at "12".
_INDIAN_DIGITS = r"\d(?<![\w.,]\d)\d?(?:,\d{2})+,\d{3}(?:\.\d+)?"
# "half a million", "a quarter billion", "three quarters billion": a fraction of a scale.
_FRACTION_OF_SCALE = rf"(?<!\w)(?i:(?:a\s+)?(?:half|quarter)|three\s+quarters)(?=\s+(?:a\s+)?{SCALE_WORD})"
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "three quarters": 0.75}
CURRENCY_SYMBOLS = "€$£¥₹₩₽₺₦₱₪฿₫₡₾₭₴₸元₿"
_WORD = re.compile(r"[a-z]+")
_SYMBOL_AFTER_NUMBER = re.compile(rf"\d\s?[{CURRENCY_SYMBOLS}]")


@cache
def _suffix_words() -> frozenset[str]:
    """Words whose presence makes the currency-after pattern worth running ("yuan", "cents", "pounds")."""
    table = _table()
    words = {w for section in ("words", "scaled_words", "minor") for key in table[section]
             for w in _WORD.findall(key.lower())}
    return frozenset(words)


_SYMBOL = re.compile(f"[{CURRENCY_SYMBOLS}]|Rs")


@cache
def currency_codes() -> frozenset[str]:
    """The ISO codes verify reads as currencies, in upper case ("USD", "NOK", "RMB")."""
    return frozenset(code.upper() for code in _table()["codes"]["list"])


@cache
def code_words() -> frozenset[str]:
    """Every currency code in lower case, "MUSD" (millions) too: a text with none of these words holds no code."""
    codes = _table()["codes"]
    lower = {code.lower() for code in [*codes["list"], *codes["lowercase"]]}
    return frozenset(lower | {f"m{code}" for code in lower})


def _parts(forms: NumberForms) -> dict[str, str]:
    """The pieces both money patterns share, for one twin of the number forms."""
    table = _table()
    number = f"{_INDIAN_DIGITS}|{forms.number}" + (f"|{_FRACTION_OF_SCALE}" if forms.words else "")
    a_scale = rf"|(?<!\w)an?(?=\s+{SCALE_WORD})" if forms.words else ""  # "a million dollars", not "banana"
    codes = "|".join(table["codes"]["list"]) + "|" + "|".join(table["codes"]["lowercase"])
    return {
        "amount": rf"(?P<num>{number}{a_scale})(?:\s*(?:-|–|to)\s*(?P<num2>{DIGITS}|{forms.number}))?",
        # Single-letter abbreviations must touch the digits ("$5m"); "bn"/"mn" may stand apart.
        "scale": rf"(?:\s*(?:a\s+)?(?P<scale>{SCALE_WORD})\b|(?P<abbr>(?<=\d){SCALE_ABBR}|\s?(?:bn|mn|tn))\b)",
        "codes": codes,
        "code": rf"(?P<mega>M)?(?P<code>{codes})",  # "MUSD 30" / "30 MEUR": millions
    }


def _prefix_pattern(forms: NumberForms) -> str:
    """Currency before the amount: "$290 million", "US$5bn", "hk $ 10 billion", "USD 5m", "usd$ 15", "€ 9".

    No letter may come before the currency: _claim checks that, because a
    look-behind here would stop the regex engine from scanning for the
    pattern's first character.
    """
    table = _table()
    parts = _parts(forms)
    symbols = _alternation(list(table["symbols"]))
    spaced = _alternation([p for p in table["spaced_symbols"] if len(p) > 1])
    return (rf"(?:(?P<prefix>{symbols})|(?P<spaced>(?i:{spaced}))\s?\$"
            rf"|{parts['code']}\$?(?=\s?\d))\s?{parts['amount']}{parts['scale']}?"
            rf"(?:\s+(?P<code_after>{parts['codes']})\b)?")


def _suffix_pattern(forms: NumberForms) -> str:
    """Currency after the amount: "2 billion yuan", "5m USD", "75 USD million", "30 MUSD", "50 cents", "5 €"."""
    table = _table()
    parts = _parts(forms)
    words = _alternation(list(table["words"]))
    scaled_words = _alternation(list(table["scaled_words"]))
    minor = _alternation(list(table["minor"]))
    return (rf"{parts['amount']}(?:\s*(?P<big>{SCALE_WORD})\s+(?P<scaled_word>{scaled_words})\b"
            rf"|{parts['scale']}?(?:\s*|-)(?:(?P<word>(?i:{words}))\b"
            rf"|{parts['code']}\b(?:\s+(?P<scale_after>{SCALE_WORD})\b)?"
            rf"|(?P<minor>{minor})\b|(?P<symbol_after>[{CURRENCY_SYMBOLS}])(?![\w$]|\s?\d)))")


# Word forms of amounts beyond number words: "half a million", "a quarter billion", "a billion".
_AMOUNT_WORDS = frozenset({"half", "quarter", "quarters", "thousand", "million", "billion", "trillion", "lakh",
                           "crore"})
_PREFIX = NumberPattern(_prefix_pattern, _AMOUNT_WORDS)
_SUFFIX = NumberPattern(_suffix_pattern, _AMOUNT_WORDS)


@cache
def _prefix_anchor() -> tuple[re.Pattern[str], int]:
    """Where a currency written before its amount can be found, and how far before that it may start.

    Every such currency holds a symbol character ("$", "€", the "$" of "US$"
    and "hk $"), is a letter-only symbol ("Rs"), or is a code just before a
    digit ("USD 5", "MUSD$ 30"): the pattern is tried only near these.
    """
    table = _table()
    letter_symbols = [s for s in table["symbols"] if s.rstrip(".").isalpha()]
    characters = {c for s in table["symbols"] for c in s if not c.isalnum() and c != "."}

    def letters_before(symbol: str) -> int:  # "U.S.$" → 4, "€" → 0, "Rs" → 0 (its own anchor)
        return next((i for i, c in enumerate(symbol) if c in characters), 0)

    reach = max([*map(letters_before, table["symbols"]), *(len(s) + 1 for s in table["spaced_symbols"])])
    alternatives = [f"[{re.escape(''.join(sorted(characters)))}]", *map(re.escape, letter_symbols), r"\d+"]
    return re.compile("|".join(alternatives)), reach


_CODE_REACH = len("MUSD$ ")  # a code starts at most this far before its digit


def _prefix_anchors(text: str) -> Iterator[tuple[int, int]]:
    """Where a currency written before its amount may start, for :func:`anchored_finditer`, in order:
    digits and symbols each reach back a fixed distance, so two ordered streams merge into one."""
    anchors, reach = _prefix_anchor()

    def starts(digits: bool) -> Iterator[tuple[int, int]]:
        back = _CODE_REACH if digits else reach
        return ((m.start() - back, m.start()) for m in anchors.finditer(text) if m.group()[0].isdigit() == digits)

    return heapq.merge(starts(True), starts(False))


def _currency(match: re.Match[str], table: dict[str, Any]) -> tuple[str | None, int]:
    aliases = table["codes"]["aliases"]
    groups = match.groupdict()
    for name in ("code_after", "code"):
        if groups.get(name):
            written = groups[name].upper()
            return aliases.get(written, written), 1
    if groups.get("prefix"):
        prefix = groups["prefix"]
        return table["symbols"].get(prefix) or aliases.get(prefix, prefix), 1
    if groups.get("spaced"):
        return table["spaced_symbols"][groups["spaced"].upper()], 1
    if groups.get("symbol_after"):
        return table["symbols"][groups["symbol_after"]], 1
    if groups.get("scaled_word"):
        return table["scaled_words"][groups["scaled_word"].lower()], 1
    if groups.get("word"):
        return table["words"][" ".join(groups["word"].lower().split())], 1
    if groups.get("minor"):
        return table["minor"][groups["minor"].lower()], 100
    return None, 1


# An amount written before its currency starts at most this far before the currency's first letter
# ("three hundred and seventy-five to four hundred and ninety-nine thousand dollars" is 80).
_SUFFIX_REACH = 120


@lru_cache(maxsize=1024)
def _currency_tokens(present: frozenset[str]) -> re.Pattern[str]:
    """Where a currency written after its amount can start, given the currency words a text holds
    (texts share few such sets: cached). A symbol after a digit ("5 €") is one too."""
    alternation = "|".join(sorted(map(re.escape, present), key=lambda w: (-len(w), w)))  # same text every run
    tokens = rf"(?<![A-Za-z])(?i:{alternation})(?![A-Za-z])|" if present else ""
    return re.compile(rf"{tokens}[{CURRENCY_SYMBOLS}]")


@cache
def _currency_words() -> frozenset[str]:
    return _suffix_words() | code_words()


def _suffix_anchors(text: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """Where a currency written after its amount may start, for :func:`anchored_finditer`.

    Every match of the suffix pattern ends in a currency word, code, minor unit or symbol: the
    pattern is tried only in the stretch before one, not at every letter of the text.
    """
    present = words & _currency_words()
    return [(at - _SUFFIX_REACH, at) for at in (m.start() for m in _currency_tokens(present).finditer(text))]


def _suffix_matches(text: str, words: frozenset[str]) -> Iterator[re.Match[str]]:
    """The currency-after pattern's matches: near currency words only, and, in a text with number
    words, tried only where an amount may start (see verify.extract.numbers.number_starts)."""
    anchors = _suffix_anchors(text, words)
    if _SUFFIX.needs.isdisjoint(words):
        return anchored_finditer(_SUFFIX.digits, text, anchors)
    return matches_at(_SUFFIX.full, text, _within(number_starts(text, words, _AMOUNT_STARTS), anchors))


def _within(starts: list[int], windows: list[tuple[int, int]]) -> list[int]:
    """The sorted ``starts`` that lie in one of the ``windows`` (one merge pass over both)."""
    kept: list[int] = []
    merged: list[list[int]] = []
    for low, high in sorted(windows):
        if merged and low <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    index = 0
    for at in starts:
        while index < len(merged) and merged[index][1] < at:
            index += 1
        if index < len(merged) and merged[index][0] <= at:
            kept.append(at)
    return kept


# Words an amount before its currency can start with besides numbers: "a million", "half a million".
_AMOUNT_STARTS = frozenset({"a", "an", "half", "quarter"})


# After a whole-unit amount: "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50."
_SUBUNIT = re.compile(rf"(?:\s+and)?\s+(?P<n>{NUMBER})(?:\s+(?P<unit>cents?|pence|p)\b|(?=\s*(?:[.!?;]|$)))")


def find_money(text: str, *, yen_is_yuan: bool = False, words: frozenset[str] | None = None) -> list[Claim]:
    """All money amounts in ``text``, with prose offsets (leftmost, then longest).

    ``words`` (the text's lower-case words) saves recomputing them when known.
    """
    table = _table()
    candidates: list[Claim] = []
    words = words_of(text) if words is None else words
    has_symbol = _SYMBOL.search(text) is not None
    has_code = not code_words().isdisjoint(words)
    has_word = not _suffix_words().isdisjoint(words)
    symbol_after = has_symbol and _SYMBOL_AFTER_NUMBER.search(text) is not None
    # The prefix pattern can start at any of many letters: it is searched only near its anchors.
    prefix = (anchored_finditer(_PREFIX.choose(words), text, _prefix_anchors(text), ordered=True)
              if has_symbol or has_code else ())
    suffix = _suffix_matches(text, words) if symbol_after or has_code or has_word else ()
    cued = _cued_currencies(text, words)
    for match in itertools.chain(prefix, suffix):
        claim = _claim(text, match, table, yen_is_yuan, cued)
        if claim:
            candidates.append(claim)
    if "pounds" in words or "pound" in words:
        candidates += _plain_pounds(text, candidates)
    return [_with_subunits(text, claim) for claim in leftmost_longest(candidates)]


_DOUBLED_SCALE = re.compile(rf"\s*(?:{SCALE_WORD}|(?:bn|mn|tn)\b)")
_PLAIN_POUNDS = re.compile(rf"(?P<num>{DIGITS})\s+(?P<word>pounds?)\b")
_SENTENCE_MONEY = re.compile(rf"[{CURRENCY_SYMBOLS}]|\b(?i:euros?|dollars?|sterling|yen|yuan|francs?|kronor|kroner)\b")


def _cued_currencies(text: str, words: frozenset[str]) -> dict[str, str]:
    """Shared currency names ("kroner") read as the other currency when the text names its country."""
    cued: dict[str, str] = {}
    for word, rule in _table()["cued"].items():
        if word in words and any(cue in text for cue in rule["cues"]):
            cued[word] = rule["currency"]
    return cued


def _near_weight(text: str, start: int) -> bool:
    """Is a weight named just before ``start`` ("2,150 tonnes (about 4.7 million pounds)")?"""
    before = set(_WORD.findall(text[max(0, start - 80):start].lower()))
    return not before.isdisjoint(_weight_words())


@cache
def _weight_words() -> frozenset[str]:
    return frozenset(_table()["pounds"]["weight_words"])


def _plain_pounds(text: str, money: list[Claim]) -> list[Claim]:
    """"2,249 pounds" as sterling: only in a sentence that also states money and no weight."""
    claims = []
    for match in _PLAIN_POUNDS.finditer(text):
        sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        sentence_end = text.find(". ", match.end())
        sentence = text[sentence_start:sentence_end if sentence_end >= 0 else len(text)]
        others = [c for c in money if sentence_start <= c.start < sentence_start + len(sentence)]
        if (others or _SENTENCE_MONEY.search(sentence)) and not _near_weight(text, match.start()) and not set(
                _WORD.findall(text[match.end():match.end() + 40].lower())).intersection(_weight_words()):
            value: dict[str, Any] = {"amount": parse_number(match["num"]), "currency": "GBP"}
            hedge, start = hedge_before(text, match.start())
            value.update(hedge_info(hedge))
            claims.append(Claim("money", start, match.end(), value))
    return claims


def _with_subunits(text: str, claim: Claim) -> Claim:
    """Fold the cents that follow a whole amount into it ("3 dollars 50 cents" = 3.50)."""
    if claim.value.get("range") or claim.extra.get("minor") or not float(claim.value["amount"]).is_integer():
        return claim
    if claim.extra.get("scaled"):
        return claim
    match = _SUBUNIT.match(text, claim.end)
    if not match:
        return claim
    cents = parse_number(match["n"])
    if not 0 < cents < 100:
        return claim
    claim.value["amount"] = claim.value["amount"] + cents / 100
    claim.end = match.end()
    return claim


def _claim(text: str, match: re.Match[str], table: dict[str, Any], yen_is_yuan: bool,
           cued: dict[str, str]) -> Claim | None:
    groups = match.groupdict()
    starts_with_currency = groups.get("prefix") or groups.get("spaced") or (groups.get("code") and
                                                                             match.start("code") == match.start())
    if starts_with_currency and match.start() > 0 and text[match.start() - 1].isalpha():
        return None  # "AUS$5", "xUSD 5": the currency is part of a longer word
    currency, divisor = _currency(match, table)
    if currency is None:
        return None
    if currency == "JPY" and groups.get("prefix") == "¥" and yen_is_yuan:
        currency = "CNY"
    word = " ".join((groups.get("word") or "").lower().split())
    if word in cued:
        currency = cued[word]  # "kroner" in an article about Norway
    if groups.get("scaled_word") and _near_weight(text, match.start()):
        return None  # "2,150 tonnes (about 4.7 million pounds)": pounds of copper
    if _DOUBLED_SCALE.match(text, match.end()):
        return None  # "$4.5bn trillion": two scales, no amount anyone can read
    unit = (groups.get("scale") or (groups.get("abbr") or "").strip() or groups.get("big")
            or groups.get("scale_after"))
    if groups.get("mega"):
        unit = "million"
    if groups.get("minor") and unit:
        return None
    value: dict[str, Any] = {"amount": _amount(groups["num"], unit, divisor), "currency": currency}
    hedge, start = hedge_before(text, match.start())
    value.update(hedge_info(hedge))
    if groups.get("num2"):
        value["max"] = _amount(groups["num2"], unit, divisor)
        value["range"] = True
    claim = Claim("money", start, match.end(), value)
    claim.extra["minor"] = bool(groups.get("minor"))
    claim.extra["scaled"] = bool(unit)
    return claim


def _amount(number: str, unit: str | None, divisor: int) -> int | float:
    words = " ".join(number.lower().split()).removeprefix("a ")
    value = scaled(_FRACTIONS[words] if words in _FRACTIONS else parse_number(number), unit)
    if divisor != 1:
        value = value / divisor
    return value
