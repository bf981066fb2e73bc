"""verify: fact-checking for article drafts.

Extracts figures, dates, durations, rankings and quotes from an article and
checks them against each other and against an evidence store.

The public Python API is :class:`verify.Checker` (``verify/service.py``), imported on first use
so that ``import verify`` stays cheap:

>>> __version__
'0.3.0'
>>> from verify import Checker
>>> len(Checker(no_config=True).check_text("Revenue rose 5%.", name="a.txt").claims)
1
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from verify.errors import InputError, VerifyError
    from verify.report import ArticleReport, Finding, Unreadable
    from verify.service import Checker

__version__ = "0.3.0"
# Where the project lives; rule links and SARIF point here. A placeholder until the
# repository is published under its final name: change it in this one place.
HOMEPAGE = "https://github.com/verify-news/verify"
__all__ = ["HOMEPAGE", "ArticleReport", "Checker", "Finding", "InputError", "Unreadable", "VerifyError",
           "__version__"]
_PUBLIC = {"Checker": "verify.service", "ArticleReport": "verify.report", "Finding": "verify.report",
           "Unreadable": "verify.report", "InputError": "verify.errors", "VerifyError": "verify.errors"}


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        from importlib import import_module

        return getattr(import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module 'verify' has no attribute {name!r}")
