"""``tense-vs-relative``: a relative date that looks ahead, set before a main clause told in the past.

"At the boat show in Genoa later this month, three builders won prizes" cannot be right: "later this
month" is still to come, and "won" has happened. The date must stand in the phrase a
sentence opens with, up to its first comma ("At the boat show … later this month,", "Next week,"), so that it
dates the main clause after it; that clause must have a past verb and no cue of the future (no "will",
"would", modal or plan). A date inside the clause is not read: "The union announced a strike
next week" dates the strike, not the announcing. The phrases that look ahead are ``[relative_tense]`` in
``verify/data/tense.toml``.

>>> from verify.document import Document
>>> from verify.extract import extract_claims
>>> from verify.checks.common import CheckContext
>>> doc = Document.from_plain("a.txt", "At the fair in Lyon later this month, three firms were given awards.")
>>> ctx = CheckContext(doc, extract_claims(doc, None), None)
>>> [hit.fields["second"] for hit in tense_mismatches(ctx)]
['"later this month"']
"""

from __future__ import annotations

import re
from functools import cache

from verify.checks.common import CheckContext, Hit, HitIterator, quoted
from verify.extract.tense import tenses_in
from verify.lexicon import phrase_pattern, words

_OPENING_WORDS = 14  # words of the phrase a sentence opens with, up to its first comma


@cache
def _looking_ahead() -> re.Pattern[str]:
    """The whole text of a relative date that only looks ahead."""
    return re.compile(rf"(?:{phrase_pattern(words('tense', 'relative_tense.ahead')).pattern})", re.IGNORECASE)


def tense_mismatches(ctx: CheckContext) -> HitIterator:
    text = ctx.document.text
    for claim in ctx.of_type("date"):
        if not claim.value.get("relative") or not _looking_ahead().fullmatch(" ".join(claim.text.split())):
            continue
        start, end = claim.sentence
        comma = text.find(",", claim.end, end)
        opening = text[start:claim.start]
        if comma < 0 or text[claim.end:comma].strip() or len(opening.split()) > _OPENING_WORDS or \
                re.search(r"[\"“”,;:]", opening) or "future" in tenses_in(text, start, claim.start):
            continue  # not a phrase that opens the sentence and ends with the date
        if tenses_in(text, comma + 1, end) != {"past"}:
            continue
        yield Hit([claim], {"first": quoted(claim), "second": quoted(claim), "way": "ahead",
                            "verbs": "the clause it dates is in the past", "first_date": "", "second_date": ""})
