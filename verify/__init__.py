"""verify: fact-checking for article drafts.

Extracts figures, dates, durations, rankings and quotes from an article and
checks them against each other and against an evidence store.

>>> __version__
'0.3.0'
"""

__version__ = "0.3.0"
__all__ = ["__version__"]
