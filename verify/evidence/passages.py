"""Full-text search over passages: the one query seam, with SQL for SQLite and for PostgreSQL.

SQLite ranks with FTS5's BM25, PostgreSQL with ``ts_rank`` over a GIN-indexed ``tsvector`` (both
built by migration 0002). A query is a list of terms (words, or names as phrases), and a passage
matches when it holds any of them. Ranking a term that a hundred thousand passages hold costs
more than the whole alignment and says little, so in a large store the likeliest rare terms (its
names, then its longest words) are first probed (how many passages hold each, counted up to a
cap) and only the rarest within a posting budget are searched; in a small store every term is.

>>> terms_of("Marlowe Bank's revenue grew 8% to $2.1bn in the quarter.", ["Marlowe Bank"])
['marlowe bank', 'marlowe', 'bank', 'revenue', 'grew', 'bn', 'quarter']
"""

from __future__ import annotations

import re
import tomllib
from collections import namedtuple
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

PassageRow = namedtuple("PassageRow", "id source_id text spans location title published")

POSTING_BUDGET = 300  # passages the ranked query may touch in all: under a millisecond of ranking on SQLite
PROBED = 8  # terms probed per search in a large store: its names, then its longest words
_WORD = re.compile(r"[a-z][a-z0-9]*")
_COLUMNS = "p.id, p.source_id, p.text, p.spans, s.location, s.title, s.published"
_SQL = {
    "sqlite": {
        "size": "SELECT max(id) FROM passages",
        "probe": "SELECT count(*) FROM (SELECT rowid FROM passages_fts WHERE passages_fts MATCH :term LIMIT :cap)",
        # bm25() in SQLite's own ORDER BY, not FTS5's ``ORDER BY rank``: the same scores and order
        # (ties by id), but ``rank`` makes FTS5 prepare and run a sorting statement of its own
        # for every search, a third of the search's time.
        "search": f"SELECT {_COLUMNS} FROM (SELECT rowid, bm25(passages_fts) AS score FROM passages_fts "
                  "WHERE passages_fts MATCH :query ORDER BY score, rowid LIMIT :limit) AS hit "
                  "JOIN passages p ON p.id = hit.rowid JOIN sources s ON s.id = p.source_id ORDER BY hit.score, p.id",
    },
    "postgresql": {
        "size": "SELECT max(id) FROM passages",
        "probe": "SELECT count(*) FROM (SELECT 1 FROM passages WHERE search @@ phraseto_tsquery('english', :term) "
                 "LIMIT :cap) AS hit",
        "search": f"SELECT {_COLUMNS} FROM passages p JOIN sources s ON s.id = p.source_id "
                  "CROSS JOIN (SELECT {query} AS q) AS query "
                  "WHERE p.search @@ query.q ORDER BY ts_rank(p.search, query.q) DESC, p.id LIMIT :limit",
    },
}
_OF_SOURCE = f"SELECT {_COLUMNS} FROM passages p JOIN sources s ON s.id = p.source_id WHERE p.source_id = :source " \
             "ORDER BY p.position"


@cache
def _words() -> dict[str, Any]:
    return tomllib.loads(resources.files("verify.data").joinpath("alignment.toml").read_text("utf-8"))


@cache
def stopwords() -> frozenset[str]:
    """Function words (``verify/data/alignment.toml``): never search terms."""
    return frozenset(_words()["stopwords"])


@cache
def totals() -> frozenset[str]:
    """Units that name a total without saying what is counted ("population"; ``verify/data/alignment.toml``)."""
    return frozenset(_words()["totals"])


@cache
def conjunctions() -> frozenset[str]:
    """Words that join two predicates of one sentence ("fell and guided"; ``verify/data/alignment.toml``)."""
    return frozenset(_words()["conjunctions"])


@cache
def persons() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """Units that count people of no kind ("people"), and those of a kind ("viewers"), each with the
    words that say people are of it ("watch"), as written (``persons`` in ``verify/data/alignment.toml``)."""
    table = _words()["persons"]
    return frozenset(table["people"]), {kind: frozenset(said) for kind, said in table["kinds"].items()}


@cache
def occasions() -> dict[str, list[str]]:
    """Occasions that date a sentence said to be "at" one, each with the words naming it, and under
    ``marks`` the words before one (``verify/data/alignment.toml``; see :mod:`verify.evidence.occasions`)."""
    return dict(_words()["occasions"])


@cache
def directions() -> dict[str, int]:
    """Words that give a figure beside them a direction: +1 up, -1 down (``verify/data/alignment.toml``)."""
    table = _words()["direction"]
    return {word: 1 for word in table["up"]} | {word: -1 for word in table["down"]}


def terms_of(sentence: str, names: list[str]) -> list[str]:
    """Search terms for a sentence: its names as phrases, then its other words, each once."""
    terms: list[str] = []
    for phrase in names:
        words = _WORD.findall(phrase.lower())
        if len(words) > 1:
            terms.append(" ".join(words))
    terms += [w for w in _WORD.findall(sentence.lower()) if w not in stopwords()]
    return list(dict.fromkeys(terms))


def stored_date(value: Any) -> date | None:
    """A date column as read: SQLite hands dates back as text through plain SQL."""
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value


def _row(raw: tuple[Any, ...]) -> PassageRow:
    return PassageRow(*raw[:6], stored_date(raw[6]))


class PassageSearch:
    """Ranked passage search on one store; term counts are probed once per term and kept."""

    def __init__(self, backend: Any) -> None:
        self.backend = backend
        self.sql = _SQL["sqlite" if backend.dialect == "sqlite" else "postgresql"]
        self._counts: dict[str, int] = {}
        self._large: bool | None = None

    def _is_large(self) -> bool:
        if self._large is None:
            (size,), = self.backend.rows(self.sql["size"], {})
            self._large = (size or 0) > POSTING_BUDGET
        return self._large

    def _count(self, term: str) -> int:
        if term not in self._counts:
            (count,), = self.backend.rows(self.sql["probe"], {"term": self._phrase(term), "cap": POSTING_BUDGET + 1})
            self._counts[term] = int(count)
        return self._counts[term]

    def _phrase(self, term: str) -> str:
        return f'"{term}"' if self.backend.dialect == "sqlite" else term

    def selective(self, terms: list[str]) -> list[str]:
        """The terms worth searching: all of them in a small store, else the rarest within the budget."""
        if not self._is_large():
            return terms
        likely = sorted(terms, key=lambda t: (" " not in t, -len(t)))[:PROBED]  # the rarest are among these
        chosen, spent = [], 0
        for count, term in sorted((self._count(t), t) for t in likely):
            if count == 0:
                continue
            if spent + count > POSTING_BUDGET:
                break
            chosen.append(term)
            spent += count
        return chosen

    def search(self, terms: list[str], limit: int) -> list[PassageRow]:
        """The passages holding any of ``terms``, best ranked first (at most ``limit``)."""
        chosen = self.selective(terms)
        if not chosen:
            return []
        if self.backend.dialect == "sqlite":
            params: dict[str, Any] = {"query": " OR ".join(self._phrase(t) for t in chosen), "limit": limit}
            sql = self.sql["search"]
        else:
            params = {f"t{i}": term for i, term in enumerate(chosen)} | {"limit": limit}
            query = " || ".join(f"phraseto_tsquery('english', :t{i})" for i in range(len(chosen)))
            sql = self.sql["search"].replace("{query}", query)
        return [_row(r) for r in self.backend.rows(sql, params)]

    def of_source(self, source_id: int) -> list[PassageRow]:
        """Every passage of one source, in document order."""
        return [_row(r) for r in self.backend.rows(_OF_SOURCE, {"source": source_id})]
