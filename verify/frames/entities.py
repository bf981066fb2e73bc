"""The entity slot: whose figure it is.

The mention that *governs* a figure is looked for from the most telling construction to the
least (strengths in ``verify/data/sieves.toml``, ``[governance]``):

1. an owner written with it: "Acme's revenue of €5m", "its 2,400 staff", "revenue at Acme";
2. an apposition or attachment (ages, ranks): "Roe, 52,", "the 24-year-old Marek", "Corvane, a
   six-year-old startup", or a description that holds the figure ("the six-year-old company");
3. the first thing named in the figure's clause, then in its sentence;
4. the organisation speaking ("…, the company said");
5. the last subject named in the paragraph, then the organisation the article names most.

A candidate counts only when its kind can own the metric (a person has no revenue, a place no
staff turnover of its own), when it is not the speaker of the sentence ("Roe said revenue rose"),
and when it is not a place the figure is located in ("in Norway, sales rose"). The slot's strength
is the construction's times the strength of the mention's own link to its entity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from verify.claims import Claim
from verify.lexicon import phrase_pattern, table, words
from verify.refs.coref import References
from verify.refs.model import Entity, Form, Kind, Mention

_WORD = re.compile(r"[\w’'-]+")
_POSSESSIVE_REACH = 8  # words between an owner ("its") and the figure it owns
_SENTENCE_REACH = 400  # how far back in its sentence a figure's governor is looked for
_PARAGRAPH_REACH = 1500  # how far back in its paragraph the paragraph's topic is looked for
_TOPIC_MENTIONS = 12  # mentions read back when looking for it
_ORGANS_DECIDE = ("money", "percent")  # an organ sets its owner's rates and budgets; its counts are its own
_IN_PLACE = re.compile(r"\b(?i:in|at)\s+(?:the\s+)?$")
_LOCATED = re.compile(r"\b(?i:in|at|across|throughout|from|near|to|into|within|inside|outside|around|of)"
                      r"\s+(?:the\s+)?$")
_ATTRIBUTED = re.compile(r"[^,]*\b(?:said|says|told)\b")  # a quote's attribution, not a fronted phrase
# A sentence that opens with a phrase before its subject: "Missing the podium by one place, Duarte …".
_FRONTED = re.compile(r"[\"“‘(]*(?:[A-Z][a-z]+ing|After|Before|With|Without|By|In|On|At|For|From|Despite|Since|"
                      r"Until|Born|Founded|Once|Unlike|Like|Along|Among|Under|Over|Aged|At\s+just)\b"
                      r"(?:[^,;:]|(?<=\d),(?=\d))*,")  # "At A$1,360 a tonne,": a thousands comma is no break
_POSSESSED = re.compile(r"\s*(?:['’]s?)?\s*(?:[Tt]he\s+)?")  # "Larkmoor Pictures' The Glass Coast", "Acme's Zeta"
# "revenue at Acme", "a profit in just its third year": a focusing adverb may stand before the owner.
_OWNED_BY = re.compile(r"^\s+(?:at|of|for|in|by|to)\s+(?:(?:only|just|barely)\s+)?(?:the\s+)?$")
# "profits at Dutch shipping group Varlen": describing words may stand between the preposition and a name.
_OWNED_BY_NAME = re.compile(r"^\s+(?:at|of|for|by)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}$")
# "“The Iron Orchard,” Vantor Studios' war drama, opened with $28m": a name opening the sentence, then
# an apposition that another owner's possessive opens and a comma closes.
_APPOSITION_OPENS = re.compile(r"[\"“‘']?\s*(?:[Tt]he\s+)?")
_DATELINE_DASH = re.compile(r"[^—–\n]{0,60}?\s[—–]\s")
_APPOSITION_COMMA = re.compile(r"\s*,\s*[\"”’']?\s*|\s*[\"”’']\s*,\s*")


@cache
def _thinks() -> re.Pattern[str]:
    verbs = phrase_pattern(words("frames", "thinking_verbs")).pattern
    return re.compile(rf"\s+(?:(?:do|does|did|still|also|now)\s+)?{verbs}\s+(?:that\s+)?", re.IGNORECASE)


@cache
def _share_nouns() -> re.Pattern[str]:
    return re.compile(rf"\s+{phrase_pattern(words('frames', 'share_nouns')).pattern}\b")


def _shares_named(text: str, at: int) -> bool:
    """Does a share noun follow the name ending at ``at`` ("each Tollis share", "Tollis shares")?

    >>> _shares_named("for each Tollis share, a premium", 15), _shares_named("Tollis said", 6)
    (True, False)
    """
    return _share_nouns().match(text, at) is not None


@cache
def _strengths() -> dict[str, float]:
    return dict(table("sieves")["governance"])


@cache
def _speech() -> re.Pattern[str]:
    return phrase_pattern(words("verbs", "speech"))


@dataclass(frozen=True, slots=True)
class Governor:
    entity: Entity | None
    mention: Mention | None
    strength: float
    reason: str


def _describe(mention: Mention, entity: Entity, how: str, link_reason: str, form: Form) -> str:
    if form == Form.NAME and mention.text == entity.name:
        return f"{entity.name} ({how})"
    return f"“{mention.text}” → {entity.name} ({how}; {link_reason})"


class Governors:
    """Finds the governing entity of figures in one text (references computed once)."""

    def __init__(self, text: str, refs: References, paragraphs: list[tuple[int, int]]) -> None:
        self.text = text
        self.refs = refs
        self.paragraphs = paragraphs
        self.paragraph_starts = [s for s, _ in paragraphs]

    def resolve(self, mention: Mention, how: str) -> Governor | None:
        found = self.refs.link(mention)
        if found is None:
            return None
        entity, link = found
        return Governor(entity, mention, _strengths()[how] * link.strength,
                        _describe(mention, entity, how, link.reason, mention.form))

    def organ_owner(self, mention: Mention) -> Mention | None:
        """The owner an organ acts for: in "the bank's Monetary Policy Committee held the rate at 4.5%", the
        rate is the bank's. An organ is a name whose last word is an organ noun (``organ_nouns``), written
        right after its owner's possessive; its own counts ("the committee's nine members") stay its own, so
        only money and percentages are passed on.

        >>> from verify.refs.coref import build_references
        >>> text = "The bank's Monetary Policy Committee held the rate."
        >>> refs = build_references(text, [(0, len(text))])
        >>> committee = next(m for m in refs.mentions if m.text == "Monetary Policy Committee")
        >>> Governors(text, refs, [(0, len(text))]).organ_owner(committee).text
        'The bank'
        """
        if mention.form != Form.NAME or mention.text.split()[-1].lower() not in words("frames", "organ_nouns"):
            return None
        before = [m for m in self.refs.between(max(0, mention.start - 60), mention.start) if m.possessive]
        if not before:
            return None
        gap = self.text[before[-1].end:mention.start]
        if not re.fullmatch(r"\s*['’]s?\s*" if before[-1].form != Form.PRONOUN else r"\s+", gap):
            return None  # "the bank's Monetary Policy Committee", "its Monetary Policy Committee"
        return before[-1]

    def is_speaker(self, mention: Mention) -> bool:
        """The one speaking in a sentence ("Roe said", "Roe (@roe) wrote", "said Roe", "according to Roe"),
        or where the speaker works ("Dieter Wittmer of Saalfeld Bank said")."""
        after = self.text[mention.end:mention.end + 40]
        before = self.text[max(0, mention.start - 25):mention.start]
        speech = _speech().pattern
        if re.match(rf"^(?:,[^,]{{0,60}},)?\s+(?:\(?@\w+\)?\s+)?(?:\w+\s+)?(?:{speech})\b", after) or \
                re.search(rf"\b(?:{speech}|according\s+to)\s+(?:\w+\s+){{0,3}}$", before):
            return True
        return self.speaks_through(mention)

    def speaks_through(self, mention: Mention) -> bool:
        """Where the speaker works: "Dieter Wittmer of Saalfeld Bank said" (the bank does not speak of
        its own figures: its analyst speaks of someone else's)."""
        before = self.text[max(0, mention.start - 25):mention.start]
        if not re.search(r"\b(?:of|at|from|with)\s+(?:the\s+)?$", before):
            return False
        people = self.refs.between(max(0, mention.start - 60), mention.start)
        linked = self.refs.link(people[-1]) if people and people[-1].form == Form.NAME else None
        if linked is None or linked[0].kind != Kind.PERSON:
            return False
        if re.fullmatch(r"\s+(?:of|at|from|with)\s+(?:the\s+)?", self.text[people[-1].end:mention.start]):
            return True  # "Wittmer of Saal Bank noted": the speech verb is the person's
        return self.is_speaker(people[-1])

    def located(self, mention: Mention, entity: Entity) -> bool:
        """A place named after "in"/"at": where the figure is, not whose it is."""
        return entity.kind in (Kind.PLACE, Kind.UNKNOWN) and bool(
            _LOCATED.search(self.text, max(0, mention.start - 14), mention.start))

    def can_own(self, entity: Entity, owners: frozenset[str]) -> bool:
        return not owners or entity.kind == Kind.UNKNOWN or entity.kind.value in owners

    def _named_before_apposition(self, before: list[Mention], claim: Claim,
                                 sentence: tuple[int, int]) -> Mention | None:
        """The name a sentence opens with when the figure's clause begins with an apposition to it that
        another owner's possessive opens ("“The Iron Orchard,” Vantor Studios' war drama about a farm,
        opened with $28.4m": the film's takings, not the studio's). The apposition must close with a comma
        before the figure, and the name must open the sentence ("Unlike Acme, Vantor's sales rose" has
        no apposition)."""
        if not before or not before[0].possessive or before[0].form != Form.NAME:
            return None
        if "," not in self.text[before[0].end:claim.start]:
            return None
        dash = _DATELINE_DASH.match(self.text, sentence[0], before[0].start)  # "CHICAGO — “The Iron …"
        start = dash.end() if dash else sentence[0]
        opening = self.refs.between(start, before[0].start)
        if not opening or opening[0].form != Form.NAME or opening[0] is not opening[-1]:
            return None
        name = opening[0]
        if not _APPOSITION_OPENS.fullmatch(self.text, start, name.start) or \
                not _APPOSITION_COMMA.fullmatch(self.text, name.end, before[0].start):
            return None
        return name

    def _in_closed_apposition(self, mention: Mention, claim: Claim) -> bool:
        """Does a possessive stand in an apposition closed before the figure, so that it owns the
        apposition's noun, not the figure? "Tarn Mining, Norway's second-largest producer, mined 41 tonnes":
        the tonnes are Tarn Mining's."""
        return self.text[max(0, mention.start - 2):mention.start].rstrip().endswith(",") and \
            "," in self.text[mention.end:claim.start]

    def candidates(self, claim: Claim, clause: tuple[int, int], sentence: tuple[int, int],
                   metric_end: int | None, metric: str | None = None) -> Iterator[tuple[Mention, str]]:
        """Mentions that may govern the figure (of ``metric``, when known), most telling first."""
        text = self.text
        before = [m for m in self.refs.between(clause[0], claim.start)]
        named = self._named_before_apposition(before, claim, sentence)
        if named is not None:
            yield named, "clause subject"
        words_between = lambda m: len(_WORD.findall(text, m.end, claim.start))  # noqa: E731
        if before and before[-1].possessive and words_between(before[-1]) <= _POSSESSIVE_REACH and \
                not self._in_closed_apposition(before[-1], claim):
            yield before[-1], "possessive"
        if before and re.fullmatch(r"[ \t:,]*(?:with|on|at)?[ \t]*", text[before[-1].end:claim.start]) \
                and not before[-1].possessive:
            yield before[-1], "list item"  # "Europe 45%, Asia 40%": a list of parts, each named at its figure
        anchor = metric_end if metric_end is not None else claim.end
        for mention in self.refs.between(min(anchor, claim.end), clause[1]):
            gap = text[max(anchor, claim.end) if mention.start >= claim.end else anchor:mention.start]
            if mention.start >= anchor and (_OWNED_BY.match(gap) or (
                    mention.form == Form.NAME and _OWNED_BY_NAME.match(gap) and not re.search(r"[,;]", gap))):
                yield mention, "of-phrase"
            break
        relative = re.match(r"\s*(?:which|who|whose|that)\b", text[clause[0]:claim.start])
        if relative and before and re.search(r",\s", text[relative.end():claim.start]):
            # "Edith Marr, who ran the Corner Mill tea room, has died aged 88": the relative clause has
            # closed, so the figure is told of the name it followed, not of a name inside it
            previous = self.refs.between(max(0, clause[0] - 120), clause[0])
            if previous:
                yield previous[-1], "clause subject"
        if relative and not before:
            previous = self.refs.between(max(0, clause[0] - 120), clause[0])
            if previous:
                yield previous[-1], "clause subject"  # "Disney, which reported revenue of $30bn"
        subjects = list(before)
        for index in range(len(subjects) - 1):
            owner, owned = subjects[index], subjects[index + 1]
            if owner.possessive and _POSSESSED.fullmatch(text, owner.end, owned.start):
                # "Larkmoor Pictures' The Glass Coast opened with $41.2m": the film's figure, else the studio's
                subjects[index], subjects[index + 1] = owned, owner
        if metric in words("frames", "per_share_metrics"):
            # "Acme will pay 520p for each Tollis share, a premium to Friday's close of 400p": the nearest
            # name before the price that a share noun follows says whose price it is
            for mention in reversed(self.refs.between(sentence[0], claim.start)):
                if mention.form == Form.NAME and not mention.possessive and _shares_named(text, mention.end):
                    yield mention, "shares named"
                    break
        for mention in subjects:
            if mention.possessive and mention.form == Form.PRONOUN:  # "His daughter Mette": Mette
                continue
            if _thinks().match(text, mention.end):
                continue  # "We think the 4.7% slide …": the figure is in what they think, not theirs
            yield mention, "clause subject"
        for mention in self.refs.between(max(sentence[0], clause[0] - _SENTENCE_REACH), clause[0]):
            if not (mention.possessive and mention.form == Form.PRONOUN):
                yield mention, "sentence subject"
        comma = text.find(", ", claim.end, min(sentence[1], claim.end + _SENTENCE_REACH))
        if comma >= 0 and _FRONTED.fullmatch(text, sentence[0], comma + 1) and \
                not _ATTRIBUTED.match(text, sentence[0], comma) and not self.refs.between(sentence[0], claim.start):
            after = self.refs.between(comma, min(sentence[1], comma + 60))
            if after:  # "Missing the podium by one place, Duarte said …": the subject after a fronted phrase
                yield after[0], "fronted subject"
        tail = self.refs.between(claim.end, min(sentence[1], claim.end + _SENTENCE_REACH))
        for mention in tail[:_TOPIC_MENTIONS]:
            if self.is_speaker(mention):
                yield mention, "speaker"
                break

    def govern(self, claim: Claim, clause: tuple[int, int], sentence: tuple[int, int],
               owners: frozenset[str] = frozenset(), metric_end: int | None = None,
               metric: str | None = None) -> Governor:
        """The entity a figure (of ``metric``, when known) belongs to, with how it was found."""
        for mention, how in self.candidates(claim, clause, sentence, metric_end, metric):
            owner = self.organ_owner(mention) if claim.type in _ORGANS_DECIDE else None
            found = self.resolve(owner, how) if owner is not None else None
            if found is not None:
                found = replace(found, reason=f"{found.reason}, for its “{mention.text}”")
            found = found or self.resolve(mention, how)
            if found is None or found.entity is None:
                if mention.form == Form.PRONOUN and how in ("possessive", "clause subject"):
                    return Governor(None, mention, 0.0, f"“{mention.text}” refers to no one found")
                if mention.form == Form.DESCRIPTION and how == "possessive":
                    # "the race's 30-year history": the figure is the race's, whoever the clause is about
                    return Governor(None, mention, 1.0, f"“{mention.text}” names no entity found")
                continue
            if how in ("clause subject", "sentence subject") and self.located(mention, found.entity):
                continue
            if how in ("of-phrase", "list item") and found.entity.kind == Kind.PLACE and \
                    _IN_PLACE.search(self.text, max(0, mention.start - 8), mention.start):
                continue  # "3,150 staff at four sites, 1,900 in Leeds": where the part is, not whose
            if how in ("clause subject", "sentence subject") and self.is_speaker(mention):
                if found.entity.kind != Kind.ORGANISATION or not self.can_own(found.entity, owners) or \
                        self.speaks_through(mention):
                    continue
                # "Corwin Foods said net profit rose 30%": an organisation reporting its own figure
                speaker = self.resolve(mention, "speaker")
                if speaker is not None:
                    return speaker
            if how == "speaker" and found.entity.kind != Kind.ORGANISATION:
                continue
            if not self.can_own(found.entity, owners):
                continue
            return found
        return self.fallback(claim, owners)

    def fallback(self, claim: Claim, owners: frozenset[str]) -> Governor:
        """The paragraph's last subject, else the organisation the article names most."""
        from bisect import bisect_right

        index = bisect_right(self.paragraph_starts, claim.start) - 1
        if index >= 0:
            start = max(self.paragraphs[index][0], claim.start - _PARAGRAPH_REACH)
            for mention in list(reversed(self.refs.between(start, claim.start)))[:_TOPIC_MENTIONS]:
                if claim.type in _ORGANS_DECIDE:
                    mention = self.organ_owner(mention) or mention
                found = self.refs.link(mention)
                if found and self.can_own(found[0], owners) and not self.is_speaker(mention) and \
                        not self.located(mention, found[0]) and found[0].kind != Kind.UNKNOWN:
                    return Governor(found[0], mention, _strengths()["paragraph topic"] * found[1].strength,
                                    _describe(mention, found[0], "paragraph topic", found[1].reason, mention.form))
        main = self.refs.main(Kind.ORGANISATION)
        if main is not None and self.can_own(main, owners) and len(main.mentions) >= 2:
            return Governor(main, None, _strengths()["main entity"], f"{main.name} (the organisation named most)")
        return Governor(None, None, 1.0, "no entity found")
