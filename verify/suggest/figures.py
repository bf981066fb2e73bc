"""Writing a new figure the way the article writes the old one.

A suggestion changes only the number inside a claim's text: "roughly $90 million" with $79.5 million
becomes "roughly $80 million" (the hedge, the symbol and the scale word stay; the figure is rounded
to the decimals the article used), "€2.1bn" with €2.386bn becomes "€2.4bn", "three-year-old" with
four becomes "four-year-old" (a number written in words stays in words below a hundred), "14th" with
12 becomes "12th". Rounding is half up, as people round; when the article's rounding would give the
old figure back, one more decimal is written, so a suggestion never repeats what it corrects.

>>> from verify.claims import Claim
>>> money = Claim("money", 0, 19, {"amount": 90e6, "currency": "USD", "approx": True}, text="roughly $90 million")
>>> restate(money, 79.54e6)
'roughly $80 million'
>>> restate(Claim("money", 0, 6, {"amount": 2.1e9, "currency": "EUR"}, text="€2.1bn"), 2.386e9)
'€2.4bn'
>>> restate(Claim("duration", 0, 14, {"amount": 3, "unit": "year"}, text="three-year-old"), 4)
'four-year-old'
>>> restate(Claim("quantity", 0, 14, {"amount": 812000, "unit": "ounces"}, text="812,000 ounces"), 822000)
'822,000 ounces'
>>> restate(Claim("ranking", 0, 4, {"rank": 14}, text="14th"), 12)
'12th'
>>> restate(Claim("percent", 0, 4, {"amount": 7.4}, text="7.4%"), 7.43) # the article's rounding gives 7.4 back
'7.43%'
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from verify.claims import Claim
from verify.extract.numbers import ORDINAL_WORDS, TENS_WORDS, UNIT_WORDS, WORD_NUMBER, parse_number

_DIGITS = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
_WORDS = re.compile(rf"(?i:(?<![\w-])(?:{WORD_NUMBER})(?![\w]))")
_ORDINAL_DIGITS = re.compile(r"(?<!\w)(\d+)(st|nd|rd|th)\b", re.IGNORECASE)
_ORDINAL_WORD = re.compile(r"(?i:\b(" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")\b)")
_NUMBER_NAMES = {number: word for word, number in {**UNIT_WORDS, **TENS_WORDS}.items()}
_ORDINAL_NAMES = {number: word for word, number in ORDINAL_WORDS.items()}
_MORE_DECIMALS = 3  # at most this many decimals beyond the article's, to tell a new figure from the old


def in_words(number: int) -> str | None:
    """A whole number under a hundred in words, as news style writes it; None past that.

    >>> in_words(45), in_words(7), in_words(120)
    ('forty-five', 'seven', None)
    """
    if not 0 <= number < 100:
        return None
    if number in _NUMBER_NAMES:
        return _NUMBER_NAMES[number]
    return f"{_NUMBER_NAMES[number - number % 10]}-{_NUMBER_NAMES[number % 10]}"


def ordinal(number: int) -> str:
    """A rank in digits with its suffix.

    >>> ordinal(1), ordinal(12), ordinal(22), ordinal(113)
    ('1st', '12th', '22nd', '113th')
    """
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _match_case(new: str, old: str) -> str:
    if old.isupper():
        return new.upper()
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def _written(value: Decimal, decimals: int, grouped: bool) -> str:
    quantum = Decimal(1).scaleb(-decimals)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
    return f"{rounded:,.{decimals}f}" if grouped else f"{rounded:.{decimals}f}"


def write_number(value: float, like: str, extra: int = 0) -> str:
    """``value`` written with the decimals (plus ``extra``) and digit grouping of the literal ``like``.

    >>> write_number(109.7, "131"), write_number(2.386, "2.1"), write_number(2120, "2,140")
    ('110', '2.4', '2,120')
    >>> write_number(7.43, "7.4"), write_number(0.04, "0.1")
    ('7.43', '0.04')
    """
    decimals = len(like.partition(".")[2]) + extra
    integer_digits = len(like.partition(".")[0].replace(",", ""))
    new = Decimal(repr(float(value)))
    grouped = "," in like or (integer_digits < 4 and abs(new) >= 1000)
    old = like.replace(",", "")
    text = _written(new, decimals, grouped)
    for extra in range(1, _MORE_DECIMALS + 1):
        same = text.replace(",", "") == old or (value and Decimal(text.replace(",", "")) == 0)
        if not same:
            break
        text = _written(new, decimals + extra, grouped)
    return text


def restate(claim: Claim, amount: float, extra: int = 0) -> str | None:
    """The claim's source text with its figure replaced by ``amount`` (in the claim's own units:
    an amount of money, a count, a percentage, a number of years, a rank); None when the text has
    no single figure to replace (a range, a fraction in words). ``extra`` decimals more than the
    article writes show the arithmetic ("≈ 1.98 billion yuan")."""
    value = claim.value
    if value.get("range") or value.get("fraction"):
        return None
    stated = value.get("amount", value.get("rank"))
    text = claim.text
    if stated is None or not text:
        return None
    if claim.type == "ranking":
        return _restate_rank(text, round(amount))
    digits = list(_DIGITS.finditer(text))
    if len(digits) == 1:
        literal = digits[0]
        written = float(literal.group().replace(",", ""))
        if not written:
            return None
        scale = float(stated) / written
        new = write_number(amount / scale, literal.group(), extra)
        return text[:literal.start()] + new + text[literal.end():]
    words = list(_WORDS.finditer(text))
    if digits or len(words) != 1:
        return None
    word = words[0]
    written = float(parse_number(word.group().lower()))
    if not written:
        return None
    new_value = amount / (float(stated) / written)
    whole = round(new_value)
    spelled = in_words(whole) if abs(new_value - whole) < 1e-9 else None
    new = _match_case(spelled, word.group()) if spelled else write_number(new_value, "0", extra)
    return text[:word.start()] + new + text[word.end():]


def _restate_rank(text: str, rank: int) -> str | None:
    if rank < 1:
        return None
    digits = list(_ORDINAL_DIGITS.finditer(text))
    if len(digits) == 1:
        found = digits[0]
        return text[:found.start()] + ordinal(rank) + text[found.end():]
    plain = list(_DIGITS.finditer(text))  # "No. 5"
    if len(plain) == 1 and not digits:
        found = plain[0]
        return text[:found.start()] + str(rank) + text[found.end():]
    words = list(_ORDINAL_WORD.finditer(text))
    if len(words) == 1 and not plain:
        found = words[0]
        new = _ORDINAL_NAMES.get(rank, ordinal(rank))
        return text[:found.start()] + _match_case(new, found.group()) + text[found.end():]
    return None


def unhedged(claim: Claim, text: str) -> str:
    """``text`` (a restatement of ``claim``) without the claim's hedge word, spaces folded: a computed
    figure is not "roughly" anything.

    >>> unhedged(Claim("money", 0, 1, {"amount": 9e7, "hedge": "roughly"}), "roughly  $79.5 million")
    '$79.5 million'
    """
    hedge = claim.value.get("hedge")
    words = " ".join(text.split())
    if hedge and words.lower().startswith(hedge.lower() + " "):
        words = words[len(hedge) + 1:]
    return words
