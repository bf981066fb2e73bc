"""Fuzzing: hostile articles through every loader, the extractors, the rules and every format.

Never an exception (a clean VerifyError is an answer, not a crash), every span exact and
inside the document, the JSON always valid against the contract. This is the fast
profile; ``python benchmarks/fuzz.py --examples 1000000`` is the long one.
"""

from __future__ import annotations

import json
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verify.engine import RuleSet, run_rules
from verify.errors import VerifyError
from verify.extract import extract_claims
from verify.formats import concise, github, html_report, json_format, markdown, rdjsonl, sarif, text
from verify.loaders import parse
from verify.report import ArticleReport

PIECES = [
    '"', "“", "”", "‘", "’", "«", "»", "'", '"We aim to connect perception and action," Jane Roe said.',
    "&amp;", "&#8217;", "&#x20AC;", "&bogus;", "&#99999999;", "&", "&#0;", "&lt;script&gt;",
    "مرحبا بالعالم", "你好世界", "Привет мир", "שלום", "\u200f", "\u202e", "\u200b", "\ufeff", "\u00a0",
    "\r\n", "\r", "\n\n", "\n", "\t",
    "$5m", "€4.8bn", "US$1.2 billion", "2 billion yuan", "40%", "nearly half of sales", "March 2025",
    "last month", "on Friday", "in 2025", "ranked third", "among the top 10", "three-year-old",
    "1,200 employees", "Jane Roe, 29,", "two months after", "founded in 2020", "CEO Jane Roe",
    "<script>window.x=1</script>", "<!-- verify-ignore number -->", "<!-- verify-disable -->", "**",
    "`", "[a](http://x.invalid)", "# ", "> ", "- ", "---\n", "```\n", "<p>", "</p>", "<div>",
    "Acme", "revenue", "the", "said", ",", ".", " ", "1", "2026-04-10", "No. 1", "%", "$",
    # issue 15: terminal escapes, hostile markup, dates past the calendar, suppression pairs
    "\x1b[2K", "\x1b]52;c;eA==\x07", "\x9b", "\u2028", "<![x", "<![CDATA[", "&#x;", "&#", "<a", "</", "<!x>",
    "[[[[", "![", "](", "<http:", "~~~\n", "in 8000 years", "999999 weeks ago", "0001-01-01", "9999-12-31",
    "<!-- verify-disable number -- x -->", "<!-- verify-enable number -->", "<!-- verify-ignore date  quote -->",
]
RULES = RuleSet.default()


def render_everything(report: ArticleReport) -> None:
    json.loads(json_format.render_check([report], "0.3.0"))
    for out in (text.render([report]), concise.render([report]), markdown.render([report]),
                html_report.render([report], "0.3.0"), sarif.render([report], RULES.rules, "0.3.0"),
                rdjsonl.render([report]), github.render([report])[0]):
        assert isinstance(out, str)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=60), st.sampled_from(["markdown", "html", "text"]),
       st.sampled_from([None, date(2026, 4, 10)]))
def test_hostile_articles_never_crash(schema_validator, pieces, fmt, published):
    source = "".join(pieces)
    doc = parse(f"fuzz.{fmt}", source, fmt)
    claims = extract_claims(doc, published)
    try:
        findings = run_rules(doc, claims, published, RULES)
    except VerifyError:
        return  # e.g. an unknown rule in a suppression: a clean, reported error
    previous = -1
    for claim in claims:
        assert 0 <= claim.source_start <= claim.source_end <= len(source)
        assert source[claim.source_start:claim.source_end] == claim.text and claim.text.strip()
        assert claim.start >= previous or claim.type == "quote" or any(
            q.type == "quote" and q.start <= claim.start < q.end for q in claims)
        previous = claim.start
    report = ArticleReport(doc, published, "option" if published else "none", claims, findings)
    schema_validator.validate(json.loads(json_format.render_check([report], "0.3.0")))
    render_everything(report)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_text(text_input):
    for fmt in ("markdown", "html", "text"):
        doc = parse("any", text_input, fmt)
        claims = extract_claims(doc, date(2026, 4, 10))
        for claim in claims:
            assert text_input[claim.source_start:claim.source_end] == claim.text


FORMATS = ["text", "concise", "json", "sarif", "github", "junit", "markdown", "html", "rdjsonl", "claimreview"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.sampled_from([".md", ".html", ".txt"]),
       st.sampled_from(FORMATS), st.sampled_from([None, "2026-04-10", "0001-01-01", "9999-12-31"]),
       st.sampled_from([[], ["--quiet"], ["--select", "number,date"], ["--ignore", "VFY101"], ["--min-level", "error"],
                        ["--fail-on", "never"], ["--max-size", "200"], ["--exit-zero"]]))
def test_the_command_line_never_crashes(run, tmp_path_factory, pieces, suffix, fmt, day, options):
    """Structured fuzz of the CLI: exit 0, 1 or 2; a 2 is one line; JSON spans quote the article."""
    source = "".join(pieces)
    draft = tmp_path_factory.mktemp("fuzz") / f"draft{suffix}"
    draft.write_text(source, encoding="utf-8")
    args = ["check", "--no-cache", "--no-config", "--color", "never", "--format", fmt, *options, draft]
    if day:
        args[1:1] = ["--date", day]
    result = run(*args)
    assert result.status in (0, 1, 2)
    assert "internal error" not in result.err and "Traceback" not in result.err
    if result.status == 2:
        assert result.err.startswith("verify: error: ") and result.err.count("\n") == 1
        if fmt == "json":  # the report records the article it could not read
            assert [e["source"] for e in json.loads(result.out)["errors"]] == [str(draft)]
        elif fmt not in ("sarif", "junit", "github"):
            assert result.out == ""
    elif fmt == "json":
        data = draft.read_bytes().decode("utf-8-sig")  # as verify reads it: no newline translation
        for claim in result.json()["reports"][0]["claims"]:
            assert data[claim["span"]["start"]:claim["span"]["end"]] == claim["text"]
