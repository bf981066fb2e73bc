"""The speaker's side: "we", "us" and "our" inside a quoted remark refer to whom the speaker speaks for.

Run once the quotes and their speakers are known (they are found with the references, so this sieve
comes after both). An organisation quoted speaks for itself; a person speaks for the organisation an
office ties them to ("Lumora's chief executive, Jonas Eberhardt" → Lumora), or — when their office is one
that speaks for an organisation (``speaks_for`` in ``verify/data/roles.toml``) but names none ("chief
executive Lena Dahl") — for the organisation the article names most, at a lower strength. Anyone else
("an analyst", a resident) speaks for no one found, and their "we" stays unresolved.

>>> from verify.claims import Claim
>>> from verify.refs.coref import build_references
>>> text = 'Norvik Energy opened a plant. "It is our biggest bet," said Norvik chief executive Lena Dahl. Norvik grew.'
>>> refs = build_references(text)
>>> quote = Claim("quote", 30, 59, {"speaker": "Lena Dahl"})
>>> link_speakers_side(refs, [quote])
>>> our = next(m for m in refs.mentions if m.text == "our")
>>> refs.link(our)[0].name, refs.link(our)[1].sieve
('Norvik Energy', 'we-in-quote')
"""

from __future__ import annotations

from functools import cache

from verify.claims import Claim
from verify.lexicon import table
from verify.refs.coref import References, strengths
from verify.refs.model import Entity, Form, Kind, Link
from verify.refs.roles import Role, find_roles

_FIRST_PERSON = frozenset({"we", "us", "our", "ours"})
_UNNAMED_ORGANISATION = 0.8  # the organisation named most, for a speaker whose office names none


@cache
def _speaks_for() -> frozenset[str]:
    return frozenset(table("roles")["speaks_for"])


def link_speakers_side(refs: References, quotes: list[Claim]) -> None:
    """Link each unresolved first-person pronoun inside a quote to the side its speaker speaks for."""
    sides: dict[str, tuple[Entity, float, str] | None] = {}
    roles: list[Role] | None = None  # read once, and only when some quote has "we" in it
    for quote in quotes:
        speaker = quote.value.get("speaker")
        if not speaker:
            continue
        mentions = [m for m in refs.between(quote.start, quote.end)
                    if m.form == Form.PRONOUN and m.head.lower() in _FIRST_PERSON and refs.link(m) is None]
        if not mentions:
            continue
        if speaker not in sides:
            if roles is None:
                roles = find_roles(refs.text, refs)
            sides[speaker] = _side(refs, speaker, roles)
        side = sides[speaker]
        if side is None:
            continue
        entity, strength, reason = side
        for mention in mentions:
            refs.add_link(mention, entity, Link("we-in-quote", strengths()["we-in-quote"] * strength, reason))


def _side(refs: References, speaker: str, roles: list[Role]) -> tuple[Entity, float, str] | None:
    """Whom a named speaker speaks for, how surely, and why."""
    entity = refs.entity_named(speaker)
    if entity is None:
        return None
    if entity.kind == Kind.ORGANISATION:
        return entity, 1.0, f"the speaker, {entity.name}"
    if entity.kind != Kind.PERSON:
        return None
    roles = [r for r in roles if r.person is entity and r.current]
    for role in roles:
        named = refs.entity_named(role.organisation) if role.organisation else None
        if named is not None and named.kind in (Kind.ORGANISATION, Kind.UNKNOWN):
            return named, 1.0, f"{speaker}'s organisation, {named.name}"
    main = refs.main(Kind.ORGANISATION)
    if main is not None and len(main.mentions) >= 2 and any(r.office in _speaks_for() for r in roles):
        return main, _UNNAMED_ORGANISATION, f"{speaker} speaks for {main.name} (the organisation named most)"
    return None
