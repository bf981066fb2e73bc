"""The closed set of check kinds. A rule file names one in ``check = "…"``.

Each kind is a module with ``FIELDS`` (the names its message templates may
use) and ``run(ctx, params)``, a pure function that yields
:class:`~verify.checks.common.Hit` objects.

>>> sorted(CHECK_KINDS)
['age', 'arithmetic', 'attribution', 'consistency', 'conversion', 'date', 'evidence', 'quote', 'ranking']
"""

from __future__ import annotations

from types import ModuleType

from verify.checks import (
    age,
    arithmetic,
    attribution,
    consistency,
    conversion,
    date,
    evidence,
    quote,
    ranking,
)

CHECK_KINDS: dict[str, ModuleType] = {
    "consistency": consistency,
    "conversion": conversion,
    "date": date,
    "age": age,
    "arithmetic": arithmetic,
    "ranking": ranking,
    "quote": quote,
    "attribution": attribution,
    "evidence": evidence,
}
