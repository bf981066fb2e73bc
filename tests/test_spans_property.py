"""Property: every claim's span points at exactly the characters that state it.

For generated Markdown, HTML and plain-text articles (money, dates, quotes,
entities, emphasis, links, CRLF and lone CR), and for every file in seeds/:

- ``source[start:end] == text`` and spans are ordered and inside the document;
- the source slice, with markup stripped and entities decoded, is the prose the
  extractor read (so the offsets point at the right characters, not just any).
"""

from __future__ import annotations

import html
import json
import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from verify.document import Document
from verify.extract import extract_claims
from verify.loaders import load_path, parse

WORDS = ["the", "company", "said", "revenue", "rose", "Acme", "Corp", "in", "and", "Jane Roe", "its"]
FIGURES = ["$290 million", "2 billion yuan", "€4.8bn", "nearly 40%", "12.5 percent", "1,200 employees",
           "last month", "on Friday", "in March", "January 5, 2026", "Q3 2025", "three-year-old",
           "ranked third", "among the top 10", "two months after", "Jane Roe, 29,", "US$5bn",
           "the year to June 30", "a year earlier", "since 2019", "between March and May", "fiscal 2024",
           "third-quarter", "the end of June", "Since then", "February next year", "Monday, March 7"]
QUOTES = ['"We aim to connect perception and action," Jane Roe said.', "“It is done,” said Acme.",
          '"general world model"', "‘We will be back next season,’ she said."]


@st.composite
def paragraphs(draw) -> list[str]:
    pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(FIGURES), st.sampled_from(QUOTES))
    return [" ".join(draw(st.lists(pieces, min_size=1, max_size=12))) + "."
            for _ in range(draw(st.integers(1, 4)))]


ENTITY_SWAPS = [("€", "&euro;"), ("’", "&rsquo;"), ("“", "&#8220;"), (" and ", " &amp; ")]
MD_DECORATIONS = [("Acme", "**Acme**"), ("revenue", "_revenue_"), ("Corp", "[Corp](http://x.invalid/$9m)"),
                  ("$", "\\$")]


@st.composite
def documents(draw) -> tuple[str, str]:
    paras = draw(paragraphs())
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    fmt = draw(st.sampled_from(["markdown", "html", "text"]))
    if fmt == "html":
        body = newline.join(f"<p>{p}</p>" for p in paras)
        for plain, entity in ENTITY_SWAPS:
            if draw(st.booleans()):
                body = body.replace(plain, entity)
        return fmt, f"<html><body><article>{body}</article></body></html>"
    if fmt == "markdown":
        paras = list(paras)
        for plain, marked in MD_DECORATIONS:
            if draw(st.booleans()):
                paras = [p.replace(plain, marked, 1) for p in paras]
        return fmt, (newline * 2).join(["# Title", *paras])
    return fmt, (newline * 2).join(paras)


_MARKUP = re.compile(r"(?m)^[ \t]*>[ ]?|<[^>]*>|\]\([^)]*\)|\\(?=[^\w\s])|\*\*|(?<!\w)_|_(?!\w)|\[")


def visible(fragment: str) -> str:
    """Source text as a reader sees it: markup removed, entities decoded, spaces folded."""
    return " ".join(html.unescape(_MARKUP.sub("", fragment)).split())


def assert_spans_exact(doc: Document, published: date | None) -> None:
    claims = extract_claims(doc, published)
    previous = -1
    for claim in claims:
        assert 0 <= claim.source_start <= claim.source_end <= len(doc.source)
        assert claim.source_start >= previous or claim.type == "quote" or any(
            c.type == "quote" and c.source_start <= claim.source_start < c.source_end for c in claims)
        previous = claim.source_start
        assert doc.source[claim.source_start:claim.source_end] == claim.text
        assert claim.text.strip(), claim
        assert visible(claim.text) == visible(doc.text[claim.start:claim.end]), claim


@settings(max_examples=150, deadline=None)
@given(documents())
def test_generated_documents_have_exact_spans(case):
    fmt, source = case
    assert_spans_exact(parse(f"generated.{fmt}", source, fmt), date(2026, 4, 10))


def test_seed_spans_are_exact():
    for path in sorted(SEEDS.iterdir()):
        assert_spans_exact(load_path(str(path)), date(2026, 4, 10))


def test_json_spans_index_the_file_as_read(run):
    for path in sorted(SEEDS.iterdir()):
        source = path.read_text(encoding="utf-8")
        for claim in run("extract", "--format", "json", path).json()["claims"]:
            span = claim["span"]
            assert source[span["start"]:span["end"]] == claim["text"]
            line_start = source.rfind("\n", 0, span["start"]) + 1
            assert span["line"] == source.count("\n", 0, span["start"]) + 1
            assert span["column"] == span["start"] - line_start + 1
            json.dumps(claim)
