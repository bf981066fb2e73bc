"""A forecast restated by its change noun: "should Ostby's forecast of a 4% slide hold", "the predicted
4% slide", "its forecast 4% decline".

Such a change names no metric of its own ("a 4% slide" of what?): it is the forecast its forecaster made
earlier in the article ("Ostby Credit expects rents to slide 5% over 2027"), so it takes that forecast's
metric and period, and the two forecasts are compared as one figure. A result ("rents slid 4%") is never a
forecast, so a forecast and the outcome stay apart.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from verify.document import Document
from verify.frames.clauses import clause_of
from verify.frames.model import Frame, Slot
from verify.frames.qualifiers import direction_of
from verify.lexicon import phrase_pattern, table

_RESTATED = 0.85  # how sure a forecast restated is the one its forecaster told before
_FORECASTER = 0.8  # how sure the one named before a forecast of no one's figure is who forecast it


@cache
def _restating() -> re.Pattern[str]:
    """The words right before a change that make it a forecast restated: "forecast of a ", "the predicted "."""
    modality = table("frames")["modality"]
    nouns = phrase_pattern(modality["forecast_nouns"]).pattern
    adjectives = phrase_pattern(modality["forecast_adjectives"]).pattern
    return re.compile(rf"(?:\b{nouns}\s+(?:an?\s+|the\s+)?|\b(?:the|its|their|his|her|this|that|[A-Z][\w-]*['’]s?)"
                      rf"\s+{adjectives}\s+)$", re.IGNORECASE)


def restates_forecast(text: str, frame: Frame) -> bool:
    """Is the frame a change with no metric that its words say is a forecast told before?

    >>> from verify.claims import Claim
    >>> text = "Should Ostby's forecast of a 4% slide hold"
    >>> restates_forecast(text, Frame(Claim("percent", 29, 31, {}), modality="forecast", aspect="change"))
    True
    >>> text = "Rents may see a 3% drop"
    >>> restates_forecast(text, Frame(Claim("percent", 16, 18, {}), modality="forecast", aspect="change"))
    False
    """
    claim = frame.claim
    if frame.metric is not None or frame.aspect != "change" or frame.modality != "forecast":
        return False
    return _restating().search(text, max(0, claim.start - 40), claim.start) is not None


def _told_by(doc: Document, forecast: Frame, frame: Frame) -> bool:
    """Does the sentence of ``forecast`` name the entity of ``frame`` before it (its forecaster, the subject
    of "predicted", "expects")?"""
    refs = doc.references
    start = forecast.claim.sentence[0] if forecast.claim.sentence else forecast.claim.start
    for mention in refs.between(start, forecast.claim.start):
        linked = refs.link(mention)
        if linked is not None and linked[0] is frame.entity:
            return True
    return False


def _direction(doc: Document, frame: Frame) -> int:
    sentence = doc.context.sentence_at(frame.claim.start)
    clause = clause_of(doc.text, sentence, frame.claim.start, frame.claim.end)
    return direction_of(doc.text, frame.claim.start, frame.claim.end, clause)


def _forecasts_before(frames: list[Frame], index: int) -> list[Frame]:
    """The forecast changes with a metric told before ``frames[index]``, in its unit, nearest first."""
    frame = frames[index]
    return [f for f in reversed(frames[:index]) if f.modality == "forecast" and f.aspect == "change"
            and f.metric is not None and f.claim.type == frame.claim.type and f.unit == frame.unit
            and f.claim.sentence != frame.claim.sentence]


def restate_forecasts(frames: list[Frame], doc: Document) -> list[Frame]:
    """Give each forecast restated by its change noun (:func:`restates_forecast`) the metric and period of
    the forecast it restates: the one earlier forecast change of its own entity (only that one can be
    compared with it), else the one forecast change of no one's figure told in a sentence that names its
    entity before it (who forecast it: that forecast then is that entity's too). Two forecasts to choose
    from, or a change the other way ("a 3% rise" after a forecast fall), and it stays a change of nothing
    named.
    """
    text = doc.text
    result = list(frames)
    for index, frame in enumerate(frames):
        if not restates_forecast(text, frame):
            continue
        earlier = _forecasts_before(frames, index)
        own = [f for f in earlier if frame.entity is not None and f.entity is frame.entity]
        # the nearest forecast of no one's figure, if its sentence names this one's entity as who forecast it
        told = [] if own else [f for f in [f for f in earlier if f.entity is None][:1] if _told_by(doc, f, frame)]
        if len({id(f.claim) for f in own or told}) != 1:
            continue  # another's forecast is not this one; of two of its own, which one is not said
        source = (own or told)[0]
        if told:  # "Economist Mara Vell predicted house prices would fall 2%": Vell's forecast, no one's prices
            at = result.index(source)
            result[at] = replace(source, entity=frame.entity, slots=(
                *(s for s in source.slots if s.name != "entity"),
                Slot("entity", f"{frame.entity_name} (who forecast it)", _FORECASTER)))
        way, source_way = _direction(doc, frame), _direction(doc, source)
        if way and source_way and way != source_way:
            continue
        period = source.period if frame.period.kind == "current" else frame.period
        how = f"the forecast “{source.claim.text}” restated"
        slots = (*(s for s in frame.slots if s.name not in ("metric", "period")),
                 Slot("metric", how, _RESTATED),
                 Slot("period", f"{how}: {source.period.source}"))
        result[index] = replace(frame, metric=source.metric, family=source.family, period=period,
                                qualifiers=frame.qualifiers | source.qualifiers, slots=slots)
    return result
