"""Scores and votes: "won 3-1", "a 2-0 lead", "voting 5-2", "the 5-2 vote", "voted five to two".

A score is one claim, the winning side's figure with both sides kept: ``{"amount": 3, "unit":
"score", "score": [3, 1]}`` ("votes" for a vote). "Voted five to two" is two claims, one per side,
as a count of votes each. A hyphen between two numbers is a score only beside a word that says
so (a win, a lead, a vote): "180-200" and "2009-10" are not.

>>> [(c.value["amount"], c.value.get("score")) for c in find_scores(
...     "They won 3-1 after a 2-0 lead; the council voted five to two.")]
[(3, [3, 1]), (2, [2, 0]), (5, None), (2, None)]
"""

from __future__ import annotations

import re

from verify.claims import Claim
from verify.extract.numbers import NUMBER, parse_number, words_of

_SCORE = r"(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\d%-])"
_SCORE_BEFORE = re.compile(
    rf"\b(?P<cue>(?i:won|wins|win|winning|beat|beats|beating|lost|loses|losing|drew|draws|drawn|led|leads|leading|"
    rf"trailed|trailing|trails|voted|voting|vote|score|scored|finished|ended|edged|thrashed|crushed))\s+"
    rf"(?:(?i:by|a|an|the)\s+)?{_SCORE}")
_SCORE_AFTER = re.compile(
    rf"\b(?i:a|an|the|their|its|his|her)\s+{_SCORE}\s+(?P<noun>(?i:win|victory|defeat|loss|lead|draw|vote|votes|"
    r"majority|verdict|decision|scoreline|result|thrashing|triumph|home\s+win|away\s+win))\b")
_VOTED = re.compile(rf"\b(?i:voted|voting|a\s+vote\s+of)\s+(?P<a>{NUMBER})\s+to\s+(?P<b>{NUMBER})\b")
_CUES = frozenset({"won", "wins", "win", "winning", "beat", "beats", "beating", "lost", "loses", "losing", "drew",
                   "draws", "drawn", "led", "leads", "leading", "trailed", "trailing", "trails", "voted", "voting",
                   "vote", "score", "scored", "finished", "ended", "edged", "thrashed", "crushed", "victory",
                   "defeat", "loss", "lead", "draw", "votes", "majority", "verdict", "decision", "scoreline", "result",
                   "thrashing", "triumph"})


def _unit(cue: str) -> str:
    return "votes" if cue.lower().startswith(("vot", "major", "verdict", "decision")) else "score"


def find_scores(text: str, words: frozenset[str] | None = None) -> list[Claim]:
    """Scores and votes in ``text`` as quantities, in order."""
    words = words_of(text) if words is None else words
    if words.isdisjoint(_CUES):
        return []
    claims = []
    if "-" in text or "–" in text:
        for match in _SCORE_BEFORE.finditer(text):
            a, b = int(match["a"]), int(match["b"])
            claims.append(Claim("quantity", match.start("a"), match.end("b"),
                                {"amount": a, "unit": _unit(match["cue"]), "score": [a, b]}))
        for match in _SCORE_AFTER.finditer(text):
            a, b = int(match["a"]), int(match["b"])
            claims.append(Claim("quantity", match.start("a"), match.end("b"),
                                {"amount": a, "unit": _unit(match["noun"]), "score": [a, b]}))
    for match in _VOTED.finditer(text) if "to" in words else ():
        for side in ("a", "b"):
            claims.append(Claim("quantity", match.start(side), match.end(side),
                                {"amount": parse_number(match[side]), "unit": "votes"}))
    return sorted(claims, key=lambda c: c.start)
