"""FrameIndex look-ups that checks use instead of reading a whole paragraph for each frame."""

from __future__ import annotations

from verify.claims import Claim
from verify.frames.model import Frame
from verify.frames.pairs import FrameIndex
from verify.refs.model import Entity

_ACME = Entity(0, "Acme")
# Two paragraphs: sentences (0, 30) and (31, 60) in the first, (70, 100) in the second.
_PARAGRAPHS = [(0, 60), (70, 100)]


def _frame(start: int, sentence: tuple[int, int], unit: str = "EUR") -> Frame:
    claim = Claim("money", start, start + 3, {"amount": start, "currency": unit}, id=f"c{start}", sentence=sentence)
    return Frame(claim, _ACME, "revenue", unit=unit)


def _frames() -> list[Frame]:
    return [_frame(2, (0, 30)), _frame(10, (0, 30), "USD"), _frame(35, (31, 60)), _frame(40, (31, 60), "USD"),
            _frame(75, (70, 100)), _frame(90, (70, 100), "USD")]


def test_in_sentence_is_near_filtered_by_sentence_in_the_same_order() -> None:
    frames = _frames()
    index = FrameIndex(frames, _PARAGRAPHS)
    for frame in frames:
        expected = [f for f in index.near(frame) if f.claim.sentence == frame.claim.sentence]
        assert index.in_sentence(frame) == expected
    assert [f.claim.id for f in index.in_sentence(frames[2])] == ["c35", "c40"]


def test_latest_before_is_the_last_match_of_near_that_starts_before() -> None:
    frames = _frames()
    for ordered in (frames, [*frames[3:], *frames[:3]]):  # sorted by start, and not (no bisection then)
        index = FrameIndex(ordered, _PARAGRAPHS)
        for frame in ordered:
            for paragraphs in (0, 1, 2):
                for accept in (lambda f: True, lambda f: f.unit == "EUR", lambda f: f.claim.start > 1000):
                    matches = [f for f in index.near(frame, paragraphs)
                               if f.claim.start < frame.claim.start and accept(f)]
                    assert index.latest_before(frame, paragraphs, accept) == (matches[-1] if matches else None)


def test_latest_before_reaches_only_the_paragraphs_asked_for() -> None:
    frames = _frames()
    index = FrameIndex(frames, _PARAGRAPHS)
    last = frames[-1]
    assert index.latest_before(last, 0, lambda f: f.unit == "EUR").claim.id == "c75"
    assert index.latest_before(last, 0, lambda f: f.claim.sentence == (31, 60)) is None
    assert index.latest_before(last, 1, lambda f: f.claim.sentence == (31, 60)).claim.id == "c40"
