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
from typing import TYPE_CHECKING

from verify.claims import Claim
from verify.extract.context import TextContext
from verify.lazy_re import LazyPattern
from verify.refs.names import without_title

if TYPE_CHECKING:
    from verify.refs.coref import References
    from verify.refs.model import Mention

_VERBS = (r"said|says|say|told|tells|added|adds|stated|states|wrote|writes|noted|notes|explained|"
          r"explains|elaborated|elaborates|argued|argues|asked|asks|replied|insisted|insists|warned|"
          r"warns|declared|continued|recalled|remarked|commented|announced|claimed|claims|"
          r"acknowledged|admitted|conceded|observed|emphasized|emphasised|stressed|pointed\s+out|"
          r"tweeted|posted|concluded|predicted|cautioned|boasted|explained|responded|answered|"
          r"testified|quipped|joked|repeated|reiterated|reply|replies|insist|insists|add|added\s+later|went\s+on|"
          r"quoted\s+as\s+saying")  # "…," the agency was quoted as saying
# A name: capitalised words or single initials ("J. K. Rowling"), never across a full stop.
_NAME_TOKEN = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|St)\.|[A-Z]\.|[A-Z][\w’'-]+)"
_NAME = rf"(?:{_NAME_TOKEN}(?:\s+(?:(?:de|van|von|bin|al|da|di|le|la)\s+)?{_NAME_TOKEN}){{0,4}})"
_GROUP_NOUNS = (r"company|firm|startup|start-up|group|bank|ministry|department|agency|"
                r"government|organisation|organization|team|club|university|council|police|"
                r"statement|report|spokesperson|spokesman|spokeswoman")
_SPEAKER_PHRASE = (rf"(?:{_NAME}(?:\s+and\s+{_NAME})?|(?i:he|she|they)"
                   rf"|(?i:the|a|an)\s+(?:[\w-]+\s+)?(?i:{_GROUP_NOUNS})(?:\s+for\s+{_NAME})?)")
_SPEAKER = rf"(?P<speaker>{_SPEAKER_PHRASE})"
# Titles that may stand between the verb and the name: "said chief executive Dana Whitlock".
_TITLES = (r"chief|executive|finance|financial|operating|technology|marketing|officer|president|vice|"
           r"chairman|chairwoman|chair|director|managing|founder|co-founder|spokesperson|spokesman|"
           r"spokeswoman|minister|secretary|mayor|deputy|senator|governor|analyst|economist|professor|coach|"
           r"head|manager|general|editor|partner|strategist|leader")
_TITLE_WORDS = rf"(?:(?i:{_TITLES}|and|the|its|company's|CEO|CFO|COO|CTO)\s+){{0,5}}"
# Whose title it is, before it: "BA chairman Martin Broughton", "eBay's David Stern", "Investec economist …".
_OWNER = rf"(?:(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?\s+(?=(?i:{_TITLES})\s)|[A-Za-z][\w&.-]*['’]s\s+))?"
# The speaker patterns are compiled on first use: a draft without quotation marks never needs them.
# Between the halves of a split quote: “A,” he said, “B.”
_SPLIT_BETWEEN = LazyPattern(
    rf"\s*,?\s*(?:{_SPEAKER_PHRASE}\s+(?i:{_VERBS})|(?i:{_VERBS})\s+{_SPEAKER_PHRASE})"
    rf"[^.!?\"“”]{{0,40}}[,:;]\s*")
_AFTER_SPEAKER_VERB = LazyPattern(
    rf"^\s*,?\s*{_OWNER}{_TITLE_WORDS}{_SPEAKER}(?:,\s+[^,\"“”]{{1,90}},)?\s+(?:\w+\s+)?(?P<verb>(?i:{_VERBS}))\b")
_AFTER_VERB_SPEAKER = LazyPattern(rf"^\s*,?\s*(?P<verb>(?i:{_VERBS}))\s+{_OWNER}{_TITLE_WORDS}{_SPEAKER}")
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
    """Resolves a speaker phrase to the entity it refers to, through the article's references.

    A name is the entity's fullest name ("Kelly" → "Kevin Kelly"); a pronoun or description is
    whoever the reference layer links it to ("she said" → the woman most salient there; "the
    company said" → the organisation meant); "his daughter" is that person's daughter.
    """

    def __init__(self, ctx: TextContext, refs: References) -> None:
        self.ctx = ctx
        self.refs = refs

    def resolve(self, phrase: str, start: int) -> str | None:
        words = " ".join(phrase.split())
        if " and " in words:
            parts, offset = [], start
            for part in phrase.split(" and "):
                parts.append(self.resolve(part, offset) or " ".join(part.split()))
                offset += len(part) + len(" and ")
            return " and ".join(parts)
        end = start + len(phrase)
        mentions = self.refs.between(start, end) or [m for m in (self.refs.at(start, end),) if m]
        for mention in mentions:
            found = self.refs.link(mention)
            if mention.form.value == "description" and mention.text.split()[0].lower() in _POSSESSORS:
                owner = self._possessor(mention)
                if owner:
                    return f"{owner}'s {mention.head}"  # "said his daughter": a relation, named by it
            if found is not None:
                entity = found[0]
                if mention.form.value == "pronoun" and mention.head in ("they", "them"):
                    return None
                return entity.name
            if mention.form.value == "name":
                return mention.text
            if mention.form.value == "pronoun":
                return None
        lower = words.lower()
        if lower in ("he", "she", "they", "it"):
            return None
        return re.sub(r"[’']s$", "", without_title(words)).rstrip(".") if words[:1].isupper() else None

    def _possessor(self, mention: Mention) -> str | None:
        """Whose relative "his daughter" is: the person "his" refers to."""
        pronoun = self.refs.between(mention.start, mention.start + 5)
        if pronoun and pronoun[0].form.value == "pronoun":
            found = self.refs.link(pronoun[0])
            return found[0].name if found else None
        return None


_POSSESSORS = frozenset({"his", "her", "their", "its"})


_OPENING_MARKS = frozenset('"“‘')


def find_quotes(ctx: TextContext, refs: References | None = None) -> list[Claim]:
    """All direct quotes in the prose, with speakers, as claims.

    A quote with no speaker of its own that follows an attributed quote in the
    same paragraph, or opens the next paragraph, with no other name between them,
    continues that speaker ("“I love cats!” insists Burton. “I absolutely do.”").
    """
    text = ctx.text
    if refs is None:
        from verify.refs.coref import build_references

        refs = build_references(text, ctx.sentences)
    speakers = _Speakers(ctx, refs)
    claims: list[Claim] = []
    last_paragraph_end = -1
    for block_start, block_end in _paragraphs(text):
        # A paragraph that opens with a quote continues the speaker of the paragraph just before (the
        # way a long quote runs on over paragraphs); any other paragraph starts afresh.
        opens_quoted = text[block_start:block_end].lstrip()[:1] in _OPENING_MARKS
        previous: Claim | None = claims[-1] if claims and opens_quoted and claims[-1].end >= last_paragraph_end \
            else None
        last_paragraph_end = block_start
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
                if claim.value["speaker"] is None and previous and _continues(ctx, refs, previous, claim):
                    claim.value["speaker"] = claim.subject = previous.value["speaker"]
                claims.append(claim)
                previous = claim
    return claims


def _continues(ctx: TextContext, refs: References, previous: Claim, claim: Claim) -> bool:
    """Does an unattributed quote continue the attributed one before it?

    Yes when no one else is named in between; names in the sentence that attributes the earlier
    quote ("…,” CEO Stephane Bancel told Moderna's earnings call. “We now…”) do not count, nor do
    mentions of the speaker ("she", a surname).
    """
    if not previous.value["speaker"]:
        return False
    attribution_end = max(previous.end, ctx.sentence_at(previous.end)[1])
    for mention in refs.between(attribution_end, claim.start):
        if mention.form.value == "description" and mention.kind.value != "person":
            continue
        found = refs.link(mention)
        name = found[0].name if found else mention.text
        if mention.form.value == "pronoun" and found is None:
            continue
        if name != previous.value["speaker"]:
            return False
    return True


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
    before_at = max(block_start, open_at - 250)
    before = text[before_at:open_at]
    phrase = None
    phrase_at = 0
    for pattern in (_AFTER_SPEAKER_VERB, _AFTER_VERB_SPEAKER, _AFTER_ACCORDING):
        match = pattern.match(after)
        if match:
            phrase, phrase_at = match["speaker"], after_at + match.start("speaker")
            break
    if phrase is None:
        match = _BEFORE.search(before) or _BEFORE_ACCORDING.search(before)
        if match:
            phrase, phrase_at = match["speaker"], before_at + match.start("speaker")
    tokens = words.split()
    capitalised = sum(1 for t in tokens if t[:1].isupper())
    title_like = len(tokens) >= 2 and capitalised * 10 >= len(tokens) * 6 and words[-1:] not in ".!?,"
    speech_like = (len(tokens) >= 5 or words.rstrip("”’\"'")[-1:] in ".!?") and not title_like
    if phrase is None and speech_like:
        # Reported speech counts only for a remark, never for a scare-quoted term, and never a place
        # ("a teacher at a school in Qom told Shargh that …").
        match = _BEFORE_REPORTED.search(before)
        if match and not _AFTER_PREPOSITION.search(before, 0, match.start("lead")):
            phrase, phrase_at = match["speaker"], before_at + match.start("speaker")
    if phrase is None and not speech_like:
        return None  # a scare quote or a title
    speaker = speakers.resolve(phrase, phrase_at) if phrase else None
    if phrase and speaker is None and not speech_like and len(words.split()) < 3:
        return None
    value = {"speaker": speaker, "quote": words}
    return Claim("quote", open_at, close_at + 1, value, subject=speaker)
