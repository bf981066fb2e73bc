"""The closed set of check kinds. A rule file names one in ``check = "…"``.

Each kind is a module with ``FIELDS`` (the names its message templates may
use) and ``run(ctx, params)``, a pure function that yields
:class:`~verify.checks.common.Hit` objects.

>>> sorted(CHECK_KINDS)  # doctest: +NORMALIZE_WHITESPACE
['aggregate', 'consistency', 'conversion', 'date', 'evidence', 'headline', 'listing', 'occurrence', 'quote',
 'restatement', 'units']
"""

from __future__ import annotations

from types import ModuleType

from verify.checks import (
    aggregate,
    consistency,
    conversion,
    date,
    evidence,
    headline,
    listing,
    occurrence,
    quote,
    restatement,
    units,
)

CHECK_KINDS: dict[str, ModuleType] = {
    "consistency": consistency,
    "conversion": conversion,
    "date": date,
    "aggregate": aggregate,
    "quote": quote,
    "evidence": evidence,
    "listing": listing,
    "headline": headline,
    "occurrence": occurrence,
    "restatement": restatement,
    "units": units,
}
