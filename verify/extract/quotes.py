"""Direct quotes and their speakers.

Quotes are found by pairing quotation marks inside one paragraph (straight
and curly, double, and curly single as a fallback). A quote is kept when a
speech verb ties it to a speaker, or when it reads as speech (five words or
more, or ending in sentence punctuation); short unattributed terms in quotes
("a 'general world model'") are scare quotes, not quotes. Split quotes
("“We aim,” he said, “to connect.”") become one quote.

Speakers: "X said", "said X", "according to X", "X wrote/stated/told/added",
a speaker introduced before the quote ("X, founder of Y, said: “…”"), "the
company said" (the organisation the text has named most so far), and "he/she
said" (the last person named). Surnames become the full name used earlier.
``speaker`` is ``None`` when no speaker can be found honestly.

>>> from verify.extract.context import TextContext
>>> text = ('Zhu Jun, founder of ShengShu, said: "We aim to connect perception and action." '
...         '"Ultimately, AI will need three things," Kelly stated. It is a "world model".')
>>> [(c.value["speaker"], c.value["quote"]) for c in find_quotes(TextContext(text))]
[('Zhu Jun', 'We aim to connect perception and action.'), ('Kelly', 'Ultimately, AI will need three things,')]
"""

from __future__ import annotations

import re
from collections import Counter

from verify.claims import Claim
from verify.extract.context import ORG_SUFFIX, Entity, TextContext, without_title
from verify.lazy_re import LazyPattern

_VERBS = (r"said|says|say|told|tells|added|adds|stated|states|wrote|writes|noted|notes|explained|"
          r"explains|elaborated|elaborates|argued|argues|asked|asks|replied|insisted|insists|warned|"
          r"warns|declared|continued|recalled|remarked|commented|announced|claimed|claims|"
          r"acknowledged|admitted|conceded|observed|emphasized|emphasised|stressed|pointed\s+out|"
          r"tweeted|posted|concluded|predicted|cautioned|boasted|explained|responded|answered|"
          r"testified|quipped|joked|repeated|reiterated|reply|replies|insist|insists|add|added\s+later|went\s+on")
# A name: capitalised words or single initials ("J. K. Rowling"), never across a full stop.
_NAME_TOKEN = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|St)\.|[A-Z]\.|[A-Z][\w’'-]+)"
_NAME = rf"(?:{_NAME_TOKEN}(?:\s+(?:(?:de|van|von|bin|al|da|di|le|la)\s+)?{_NAME_TOKEN}){{0,4}})"
_GROUP_NOUNS = (r"company|firm|startup|start-up|group|bank|ministry|department|agency|"
                r"government|organisation|organization|team|club|university|council|police|"
                r"statement|report|spokesperson|spokesman|spokeswoman")
_SPEAKER_PHRASE = (rf"(?:{_NAME}(?:\s+and\s+{_NAME})?|(?i:he|she|they)"
                   rf"|(?i:the|a|an)\s+(?:[\w-]+\s+)?(?i:{_GROUP_NOUNS})(?:\s+for\s+{_NAME})?)")
_SPEAKER = rf"(?P<speaker>{_SPEAKER_PHRASE})"
# The speaker patterns are compiled on first use: a draft without quotation marks never needs them.
# Between the halves of a split quote: “A,” he said, “B.”
_SPLIT_BETWEEN = LazyPattern(
    rf"\s*,?\s*(?:{_SPEAKER_PHRASE}\s+(?i:{_VERBS})|(?i:{_VERBS})\s+{_SPEAKER_PHRASE})"
    rf"[^.!?\"“”]{{0,40}}[,:;]\s*")
_AFTER_SPEAKER_VERB = LazyPattern(
    rf"^\s*,?\s*{_SPEAKER}(?:,\s+[^,\"“”]{{1,90}},)?\s+(?:\w+\s+)?(?P<verb>(?i:{_VERBS}))\b")
# Titles that may stand between the verb and the name: "said chief executive Dana Whitlock".
_TITLE_WORDS = (r"(?:(?i:chief|executive|finance|financial|operating|technology|marketing|officer|president|vice|"
                r"chairman|chairwoman|chair|director|managing|founder|co-founder|spokesperson|spokesman|"
                r"spokeswoman|minister|secretary|mayor|deputy|senator|governor|analyst|economist|professor|coach|"
                r"the|its|company's|CEO|CFO|COO|CTO)\s+){0,4}")
_AFTER_VERB_SPEAKER = LazyPattern(rf"^\s*,?\s*(?P<verb>(?i:{_VERBS}))\s+{_TITLE_WORDS}{_SPEAKER}")
_AFTER_ACCORDING = LazyPattern(rf"^\s*,?\s*(?i:according\s+to)\s+{_SPEAKER}")
_BEFORE = LazyPattern(
    rf"(?:^|[.!?”\"]\s+|,\s+|^\s*)(?P<lead>{_SPEAKER}(?:,\s+[^,\"“”]{{1,90}},)?\s+(?:[\w’'-]+\s+){{0,8}}?"
    rf"(?P<verb>(?i:{_VERBS}))\b[^\"“”.]{{0,80}}?[:,]\s*)$"
)
# A remark quoted inside reported speech: "Whitfield said the plan would “put a roof over…”".
# The speaker may follow a lower-case title ("Chief executive Ingrid Moe, 52, said the cuts were “…”");
# the verb is written in lower case (in "the United States has created", "States" is no verb).
_BEFORE_REPORTED = LazyPattern(
    rf"(?:^|(?<=\s))(?P<lead>{_SPEAKER}(?:,\s+[^,\"“”]{{1,90}},)?\s+(?P<verb>{_VERBS})\b"
    rf"[^\"“”.!?;:]{{1,120}}?\s)$"
)
_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|of|from|for|to|by|with|on|near)\s+$")
_BEFORE_ACCORDING = LazyPattern(rf"(?i:according\s+to)\s+{_SPEAKER}\s*,\s*$")
_OPEN = {"“": "”", '"': '"', "‘": "’", "«": "»"}


def _pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of quotation-mark pairs inside one paragraph."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    closer = ""
    for i in range(start, end):
        ch = text[i]
        if opened is None:
            if ch in "“«" or (ch == '"' and (i == start or not text[i - 1].isalnum())):
                opened, closer = i, _OPEN[ch]
            elif ch == "‘" and (i == start or not text[i - 1].isalnum()):
                opened, closer = i, "’"
        elif ch == closer and not (closer == "’" and i + 1 < end and text[i + 1].isalpha()):
            if i > opened + 1:
                pairs.append((opened, i))
            opened = None
        elif ch == "“" and closer == "”":
            opened = i  # an unclosed quote: restart at the newer opening mark
    return pairs


class _Speakers:
    """Resolves speaker phrases to names using the text before the quote."""

    def __init__(self, ctx: TextContext) -> None:
        self.ctx = ctx

    def resolve(self, phrase: str, at: int) -> str | None:
        words = " ".join(phrase.split())
        lower = words.lower()
        if " and " in words:
            return " and ".join(self.resolve(part, at) or part for part in words.split(" and "))
        if lower in ("he", "she"):
            return self.ctx.last_person(at)
        if lower == "they":
            return None
        if lower == "it":
            return self._main_organisation(at)  # "It said" speaks for an organisation
        if lower.split()[0] in ("the", "a", "an"):
            named = re.search(rf"\bfor\s+({_NAME})$", words)
            if named:
                return self.ctx.canonical(named.group(1))
            return self._main_organisation(at)
        return self.ctx.canonical(re.sub(r"[’']s$", "", without_title(words)).rstrip("."))

    def _main_organisation(self, at: int) -> str | None:
        counts: Counter[str] = Counter()
        last_seen: dict[str, int] = {}
        for entity in self.ctx.entities_between(0, at):
            if self._organisation_like(entity):
                counts[entity.name] += 1
                last_seen[entity.name] = entity.start
        if not counts:
            return None
        return max(counts, key=lambda name: (counts[name], last_seen[name]))

    def _organisation_like(self, entity: Entity) -> bool:
        return bool(ORG_SUFFIX.search(entity.name)) or not self.ctx.is_person(entity)


def find_quotes(ctx: TextContext) -> list[Claim]:
    """All direct quotes in the prose, with speakers, as claims.

    A quote with no speaker of its own that follows an attributed quote in the
    same paragraph, with no other name between them, continues that speaker
    ("“I love cats!” insists Burton. “I absolutely do.”").
    """
    text = ctx.text
    speakers = _Speakers(ctx)
    claims: list[Claim] = []
    for block_start, block_end in _paragraphs(text):
        previous: Claim | None = None
        pairs = _pairs(text, block_start, block_end)
        index = 0
        while index < len(pairs):
            open_at, close_at = pairs[index]
            parts = [(open_at, close_at)]
            # A split quote: “A,” he said, “B.”
            while index + 1 < len(pairs) and text[parts[-1][1] - 1] == ",":
                between = text[parts[-1][1] + 1:pairs[index + 1][0]]
                if _SPLIT_BETWEEN.fullmatch(between):
                    index += 1
                    parts.append(pairs[index])
                else:
                    break
            index += 1
            claim = _quote_claim(text, parts, (block_start, block_end), speakers)
            if claim:
                if claim.value["speaker"] is None and previous and _continues(ctx, previous, claim):
                    claim.value["speaker"] = claim.subject = previous.value["speaker"]
                claims.append(claim)
                previous = claim
    return claims


def _continues(ctx: TextContext, previous: Claim, claim: Claim) -> bool:
    """Does an unattributed quote continue the attributed one before it?

    Yes when no one else is named in between; names in the sentence that attributes the earlier
    quote ("…,” CEO Stephane Bancel told Moderna's earnings call. “We now…”) do not count.
    """
    if not previous.value["speaker"]:
        return False
    attribution_end = max(previous.end, ctx.sentence_at(previous.end)[1])
    return all(ctx.canonical(entity.name) == previous.value["speaker"]
               for entity in ctx.entities_between(attribution_end, claim.start))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n\s*\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _quote_claim(text: str, parts: list[tuple[int, int]], block: tuple[int, int],
                 speakers: _Speakers) -> Claim | None:
    """The quote made of ``parts``, with the speaker named beside it inside its paragraph ``block``."""
    block_start, block_end = block
    pieces = [" ".join(text[o + 1:c].split()) for o, c in parts]
    # Halves of a split quote are joined without the comma that closed the first half.
    words = " ".join([p.rstrip(",") for p in pieces[:-1]] + pieces[-1:]).strip()
    if not words:
        return None
    open_at, close_at = parts[0][0], parts[-1][1]
    after_at = parts[0][1] + 1 if len(parts) > 1 else close_at + 1
    after = text[after_at:min(after_at + 199, block_end)]
    before = text[max(block_start, open_at - 250):open_at]
    phrase = None
    for pattern in (_AFTER_SPEAKER_VERB, _AFTER_VERB_SPEAKER, _AFTER_ACCORDING):
        match = pattern.match(after)
        if match:
            phrase = match["speaker"]
            break
    if phrase is None:
        match = _BEFORE.search(before) or _BEFORE_ACCORDING.search(before)
        if match:
            phrase = match["speaker"]
    tokens = words.split()
    capitalised = sum(1 for t in tokens if t[:1].isupper())
    title_like = len(tokens) >= 2 and capitalised * 10 >= len(tokens) * 6 and words[-1:] not in ".!?,"
    speech_like = (len(tokens) >= 5 or words.rstrip("”’\"'")[-1:] in ".!?") and not title_like
    if phrase is None and speech_like:
        # Reported speech counts only for a remark, never for a scare-quoted term, and never a place
        # ("a teacher at a school in Qom told Shargh that …").
        match = _BEFORE_REPORTED.search(before)
        if match and not _AFTER_PREPOSITION.search(before, 0, match.start("lead")):
            phrase = match["speaker"]
    if phrase is None and not speech_like:
        return None  # a scare quote or a title
    speaker = speakers.resolve(phrase, open_at) if phrase else None
    if phrase and speaker is None and not speech_like and len(words.split()) < 3:
        return None
    value = {"speaker": speaker, "quote": words}
    return Claim("quote", open_at, close_at + 1, value, subject=speaker)
