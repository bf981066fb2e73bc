"""verify: fact-checking for article drafts.

Extracts figures, dates, durations, rankings and quotes from an article and
checks them against each other and against an evidence store.

>>> __version__
'0.3.0'
"""

__version__ = "0.3.0"
# Where the project lives; rule links and SARIF point here. A placeholder until the
# repository is published under its final name: change it in this one place.
HOMEPAGE = "https://github.com/verify-news/verify"
__all__ = ["HOMEPAGE", "__version__"]
