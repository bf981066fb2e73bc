"""Direct quotes and their speakers.

Quotes are the stretches between quotation marks inside one paragraph
(:mod:`verify.extract.quote_marks`). A quote is kept when a verb ties it to a
speaker, or when it reads as speech (five words or more, or ending in sentence
punctuation). Split quotes ("“We aim,” he said, “to connect.”") become one
quote; the later paragraphs of a long quote continue its speaker.

Speakers (words in ``verify/data/quotes.toml``): "X said", "said X",
"according to X", "X wrote/stated/told/added", "X was quoted as saying", a
speaker introduced before the quote ("X, founder of Y, said: “…”"), a speaker
at the end of the quote's sentence ("… the “complete mess” of the plan, Roe
said."), pronouns and descriptions resolved through the references ("she
said", "the minister said", "said his daughter", "a spokesman for Acme";
:mod:`verify.extract.quote_speakers`).

A short quoted phrase is a quote only when a verb gives it to someone: "Roe
said the plan was “a betrayal”", "Roe called the deal “reckless”", "described
it as “a disaster”", "Roe, who called him “a liar”". Without one it is a scare
quote ("what it calls a “world model”"), and a name of a work ("the film
“Arrival”") is never a quote. ``speaker`` is ``None`` when no speaker can be
found honestly.

>>> from verify.extract.context import TextContext
>>> text = ('Zhu Jun, founder of ShengShu, said: "We aim to connect perception and action." '
...         '"Ultimately, AI will need three things," Kelly stated. It is a "world model". '
...         'Kelly called the plan "reckless".')
>>> [(c.value["speaker"], c.value["quote"]) for c in find_quotes(TextContext(text))] # doctest: +NORMALIZE_WHITESPACE
[('Zhu Jun', 'We aim to connect perception and action.'), ('Kelly', 'Ultimately, AI will need three things,'),
 ('Kelly', 'reckless')]
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from verify.claims import Claim
from verify.extract.context import TextContext
from verify.extract.quote_marks import QuotedSpan, paragraphs, quoted_spans
from verify.extract.quote_speakers import Speakers
from verify.lexicon import phrase_pattern, words

if TYPE_CHECKING:
    from verify.refs.coref import References

_OPENING_MARKS = frozenset('"“‘')


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The speaker patterns, built from ``verify/data`` on first use (a draft without quotation marks
    never needs them)."""
    verbs = phrase_pattern(words("quotes", "speech")).pattern
    calling = phrase_pattern(words("quotes", "calling")).pattern
    participles = phrase_pattern(words("quotes", "participles")).pattern
    groups = phrase_pattern(words("quotes", "groups")).pattern
    titles = phrase_pattern(words("quotes", "titles")).pattern
    heads = phrase_pattern(words("nouns", "person") | words("nouns", "organisation")).pattern
    person_heads = phrase_pattern(words("nouns", "person")).pattern
    # A name: capitalised words or single initials ("J. K. Rowling"), never across a full stop.
    token = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|St)\.|[A-Z]\.|[A-Z][\w’'-]+)"
    particle = r"(?:de|van|von|bin|al|da|di|le|la)\s+"
    not_names = "|".join(sorted(words("quotes", "sentence_openers"), key=lambda w: (-len(w), w)))
    # Never a word that only opens a sentence ("At first he said", "But he added").
    name = rf"(?:{particle})?(?!(?:{not_names})\b)(?:{token}(?:\s+(?:{particle}|of\s+(?=[A-Z]))?{token}){{0,4}})"
    # "At the dinner she said:"; never "At a panel in Dublin": a name after a preposition is a place.
    opener = rf"(?:(?:{not_names})\s+(?:(?!(?:in|at|of|from|for|to|by|with|on|near)\s)[\w’'-]+\s+){{0,3}}?)?"
    description = (rf"(?i:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){{0,3}}?"
                   rf"(?:(?i:{heads}|{groups})|\d{{1,3}}-year-old)(?![\w-])(?!\s+(?i:{heads})(?![\w-]))"
                   rf"(?:\s+(?i:for|of|at)\s+{name})?")
    phrase = rf"(?:{name}(?:\s+and\s+{name})?|(?i:he|she|they|it)(?![\w’'-])|{description})"
    speaker = rf"(?P<speaker>{phrase})"
    # Lower-case words may qualify the title: "airline boss Tony Fernandes", "said eighth seed Agassi".
    qualified = rf"(?:[a-z][\w-]*\s+){{0,2}}(?=(?i:{titles})\s)"
    title_words = (rf"(?:{qualified})?(?:(?i:{titles}|{person_heads}|and|the|its|company's|CEO|CFO|COO|CTO|world|number"
                   rf"|top)\s+){{0,5}}")
    # Whose title it is, before it: "BA chairman Martin Broughton", "eBay's David Stern".
    owner = rf"(?:(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}\s+(?={qualified})|[A-Za-z][\w&.-]*['’]s\s+))?"
    # "The minister, Kim Holt, said": a name in the apposition is the speaker.
    apposition = rf"(?:,\s+(?:(?P<named>{name})|[^,\"“”]{{1,90}}),)?"
    named_after = rf"(?:,\s+(?P<named>{name})(?=[,.!?;]))?"  # "said its chairman, Sir Ian Holt."
    verb = rf"(?i:{verbs})"
    adverb = r"(?:(?:also|later|then|once|has|had|have|was|is|[a-z]+ly)\s+)?"  # "Roe later said"
    works = phrase_pattern(words("nouns", "work") | words("quotes", "title_cues")).pattern
    return {
        # Between the halves of a split quote: “A,” he said, “B.”
        "split": re.compile(rf"\s*,?\s*(?:{phrase}\s+{verb}|{verb}\s+{phrase})[^.!?\"“”]{{0,40}}[,:;]\s*"),
        # "… “?” Berg replied: “…”" introduces the next quote, not this one.
        "speaker verb": re.compile(rf"^\s*,?\s*{owner}{title_words}{speaker}{apposition}\s+{adverb}{verb}\b(?!\s*:)"),
        "verb speaker": re.compile(rf"^\s*,?\s*{verb}\s+{owner}{title_words}{speaker}{named_after}"),
        "according": re.compile(rf"^\s*,?\s*(?i:according\s+to)\s+{speaker}"),
        # At the end of the quote's sentence: "… the “complete mess” of the plan, he said."
        "tail speaker verb": re.compile(rf"^[^\"“”.!?;]{{0,160}}?,\s+{owner}{title_words}{speaker}\s+{verb}"
                                        rf"\b[^,;\"“”.!?]{{0,40}}[.!?]"),
        "tail verb speaker": re.compile(rf"^[^\"“”.!?;]{{0,160}}?,\s+{verb}\s+{owner}{title_words}{speaker}"
                                        rf"(?:{named_after}|,[^;\"“”.!?]{{0,90}})?[^,;\"“”.!?]{{0,40}}[.!?]"),
        # "Roe said the plan had failed. “We tried.”": a sentence of reported speech before a quote
        # that opens the next sentence unattributed.
        "speaker sentence": re.compile(rf"^\s*{opener}{owner}{title_words}{speaker}{apposition}\s+{verb}\b"),
        # The speaker right before the verb: "At a panel in Dublin she repeated the point: “…”".
        "before verb": re.compile(rf"(?:^|(?<=\s))(?P<lead>{speaker}\s+{adverb}{verb}\b[^\"“”.]{{0,80}}?[:,]\s*)$"),
        "before": re.compile(
            rf"(?:^|[.!?”\"]\s+|,\s+|^\s*){opener}(?P<lead>{owner}{title_words}{speaker}{apposition}\s+(?:[\w’'-]+\s+){{0,8}}?"
            rf"{verb}\b[^\"“”.]{{0,80}}?[:,]\s*)$"),
        "before according": re.compile(rf"(?i:according\s+to)\s+{speaker}\s*,\s*$"),
        # Reported speech: "Roe said the plan would “put a roof over…”", "Roe called the deal “reckless”",
        # "Roe, who called him “a liar”". The verb is written in lower case (in "the United States has
        # created", "States" is no verb).
        "reported": re.compile(
            rf"(?:^|(?<=\s))(?P<lead>{speaker}(?:,\s+[^,\"“”]{{1,90}},|,\s+who)?\s+"
            rf"(?:(?:has|have|had|also|then|later|once|previously|publicly)\s+)?(?:{verbs}|{calling})\b"
            rf"[^\"“”.!?;:]{{0,120}}?\s)$"),
        # "Roe attacked the plan, saying it was “a betrayal”": the sentence's subject speaks.
        "participle": re.compile(
            rf"^\s*{owner}{title_words}{speaker}{apposition}\s+[^\"“”.!?;:]{{1,100}}?[\s,]\s*(?:{participles})\b"
            rf"[^\"“”.!?;:]{{0,120}}?\s$"),
        "asked": re.compile(r"\b(?i:asked|asking)\s+(?:\w+\s+){0,3}?(?i:whether|if|why|how|what|about)\b[^\"“”.!?]*$"),
        "after preposition": re.compile(r"\b(?:in|at|of|from|for|to|by|with|on|near)\s+$"),
        # "the so-called “x”", "what it calls a “y”": the writer keeps a term at arm's length.
        "so called": re.compile(rf"(?i:\bso[\s-]called\s+|\bwhat\s+(?:[\w’'-]+\s+){{1,3}}(?:{calling})\s+"
                                rf"(?:an?\s+|the\s+)?)$"),
        "work": re.compile(rf"(?i:\b(?:{works})(?:\s+[\w’'-]+)?\s+)$"),
    }


def find_quotes(ctx: TextContext, refs: References | None = None) -> list[Claim]:
    """All direct quotes in the prose, with speakers, as claims.

    A quote with no speaker of its own that follows an attributed quote in the
    same paragraph, or opens the next paragraph, with no other name between them,
    continues that speaker ("“I love cats!” insists Burton. “I absolutely do.”");
    the later stretches of one long quote always do.
    """
    text = ctx.text
    if refs is None:
        from verify.refs.coref import build_references

        refs = build_references(text, ctx.sentences)
    blocks = [(block, quoted_spans(text, *block)) for block in paragraphs(text)]
    if not any(spans for _, spans in blocks):
        return []
    speakers = Speakers(text, refs, [(s.open, s.stop) for _, spans in blocks for s in spans])
    claims: list[Claim] = []
    runs: list[Claim] = []  # the stretches of a long quote left open so far
    last_paragraph_end = -1
    for (block_start, block_end), spans in blocks:
        # A paragraph that opens with a quote continues the speaker of the paragraph just before (the
        # way a long quote runs on over paragraphs); any other paragraph starts afresh.
        opens_quoted = text[block_start:block_end].lstrip()[:1] in _OPENING_MARKS
        previous: Claim | None = claims[-1] if claims and opens_quoted and claims[-1].end >= last_paragraph_end \
            else None
        runs = runs if opens_quoted else []
        last_paragraph_end = block_start
        floor = block_start
        index = 0
        while index < len(spans):
            first = index == 0
            parts = [spans[index]]
            # A split quote: “A,” he said, “B.”
            while index + 1 < len(spans) and parts[-1].closed and text[parts[-1].end - 1] == ",":
                between = text[parts[-1].stop:spans[index + 1].open]
                if _patterns()["split"].fullmatch(between):
                    index += 1
                    parts.append(spans[index])
                else:
                    break
            index += 1
            claim = _quote_claim(ctx, parts, (floor, block_end), speakers)
            floor = parts[-1].stop
            if claim is None:
                runs = []
                continue
            continuing = bool(runs) and (parts[0].runs_on or first)
            if continuing:
                _carry_speaker(runs, claim)
            elif claim.value["speaker"] is None and previous and _continues(ctx, refs, previous, claim):
                claim.value["speaker"] = claim.subject = previous.value["speaker"]
            runs = [] if parts[-1].closed else [*runs, claim] if continuing else [claim]
            claims.append(claim)
            previous = claim
    return claims


def _carry_speaker(runs: list[Claim], claim: Claim) -> None:
    """One long quote, one speaker: the stretches before ``claim`` and ``claim`` share whichever speaker
    one of them names (the first one named wins)."""
    speaker = next((c.value["speaker"] for c in [*runs, claim] if c.value["speaker"]), None)
    if speaker is None:
        return
    for stretch in [*runs, claim]:
        if stretch.value["speaker"] is None:
            stretch.value["speaker"] = stretch.subject = speaker


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


def _quote_claim(ctx: TextContext, parts: list[QuotedSpan], block: tuple[int, int],
                 speakers: Speakers) -> Claim | None:
    """The quote made of ``parts``, with the speaker named beside it inside ``block`` (from the end of
    the quote before it to the end of its paragraph)."""
    text = ctx.text
    floor, block_end = block
    pieces = [" ".join(text[p.open + 1:p.end].split()) for p in parts]
    # Halves of a split quote are joined without the comma that closed the first half.
    quoted = " ".join([p.rstrip(",") for p in pieces[:-1]] + pieces[-1:]).strip()
    if not quoted:
        return None
    open_at, stop = parts[0].open, parts[-1].stop
    after_at = parts[0].stop if len(parts) > 1 else stop
    after = text[after_at:min(after_at + 199, block_end)] if parts[-1].closed or len(parts) > 1 else ""
    before_at = max(floor, open_at - 250)
    before = text[before_at:open_at]
    tokens = quoted.split()
    capitalised = sum(1 for t in tokens if t[:1].isupper())
    title_like = capitalised * 10 >= len(tokens) * 6 and quoted[-1:] not in ".!?,"
    speech_like = (len(tokens) >= 5 or quoted.rstrip("”’\"'")[-1:] in ".!?") and not (title_like and len(tokens) > 1)
    patterns = _patterns()
    phrase, phrase_at, direct = None, 0, True
    if not speech_like:
        # A phrase inside a clause that gives it to someone ("Roe called him “a liar”, Ward said") is that
        # someone's, whoever speaks after it.
        match = patterns["reported"].search(before)
        if match and not patterns["after preposition"].search(before, 0, match.start("lead")):
            phrase, phrase_at = _speaker_of(match, before_at)
            direct = False
    # After a quote ending its sentence ("“…done.” Lee said …"), "Lee said" starts a new sentence; a quote
    # inside a question put to someone ("Asked whether it was “…”, Lee said: …") is not what they said.
    ends_sentence = pieces[0].rstrip("”’\"'")[-1:] == "."
    asked = patterns["asked"].search(text, max(floor, ctx.sentence_at(open_at)[0]), open_at) is not None
    keys = () if asked else ("verb speaker", "according") if ends_sentence else ("speaker verb", "verb speaker",
                                                                                  "according")
    for key in keys:
        match = patterns[key].match(after) if phrase is None else None
        if match:
            phrase, phrase_at = _speaker_of(match, after_at)
            break
    if phrase is None:
        match = patterns["before verb"].search(before) or patterns["before"].search(before) or \
            patterns["before according"].search(before)
        if match:
            phrase, phrase_at = _speaker_of(match, before_at)
    if phrase is None:
        found = _reported(ctx, before, before_at, after, after_at, floor, open_at)
        if found:
            phrase, phrase_at = found
            direct = False
    if phrase is None and speech_like:
        found = _previous_sentence_speaker(ctx, floor, open_at)
        if found:
            phrase, phrase_at = found
    if not speech_like and (title_like or patterns["work"].search(before[-40:]) or
                            phrase is None or patterns["so called"].search(before[-60:])):
        return None  # a scare quote, or the name of a work
    speaker = speakers.resolve(phrase, phrase_at) if phrase else None
    if not speech_like and speaker is None and (not direct or len(tokens) < 3):
        return None
    value = {"speaker": speaker, "quote": quoted}
    return Claim("quote", open_at, stop, value, subject=speaker)


def _speaker_of(match: re.Match[str], base: int) -> tuple[str, int]:
    """The speaker phrase of a match and its offset: a name in its apposition if it has one."""
    group = "named" if match.groupdict().get("named") else "speaker"
    return match[group], base + match.start(group)


def _reported(ctx: TextContext, before: str, before_at: int, after: str, after_at: int, floor: int,
              open_at: int) -> tuple[str, int] | None:
    """A speaker whose reported speech holds the quote: "Roe said the plan was “…”", "…, Roe said."
    (at the end of the quote's sentence), "Roe attacked the plan, saying it was “…”"."""
    patterns = _patterns()
    for key in ("tail speaker verb", "tail verb speaker"):
        match = patterns[key].match(after)
        if match:
            return _speaker_of(match, after_at)
    match = patterns["reported"].search(before)
    # Never a place: "a nurse at a clinic in Tarrow told the Courier that …".
    if match and not patterns["after preposition"].search(before, 0, match.start("lead")):
        return _speaker_of(match, before_at)
    sentence_start = max(floor, ctx.sentence_at(open_at)[0])
    clause = ctx.text[sentence_start:open_at]
    match = patterns["participle"].match(clause)
    if match:
        return _speaker_of(match, sentence_start)
    return None


def _previous_sentence_speaker(ctx: TextContext, floor: int, open_at: int) -> tuple[str, int] | None:
    """The speaker of reported speech in the sentence just before a quote that opens its own sentence
    ("Roe said the plan had failed. “We tried everything.”"), within the quote's stretch of paragraph."""
    sentence_start = ctx.sentence_at(open_at)[0]
    if ctx.text[sentence_start:open_at].strip() or sentence_start <= floor:
        return None
    last = len(ctx.text[:sentence_start].rstrip()) - 1  # the last character of the sentence before
    previous_start = ctx.sentence_at(last)[0]
    if previous_start < floor:
        return None
    match = _patterns()["speaker sentence"].match(ctx.text[previous_start:sentence_start])
    return _speaker_of(match, previous_start) if match else None
