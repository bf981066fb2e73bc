"""Loading articles: formats, metadata, markup that is not prose, decoding, offsets."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify.errors import InputError
from verify.loaders import load_path, sniff_format
from verify.loaders.dates import parse_date_string
from verify.loaders.decode import decode_bytes
from verify.loaders.html import parse_html
from verify.loaders.markdown import parse_markdown
from verify.source_index import SourceIndex


def test_markdown_front_matter_code_and_markup_are_not_prose():
    doc = parse_markdown("a.md", "---\ntitle: T\npublished: 2026-04-10\n---\n# Head **$5m**\n\n"
                                 "See [the $9m report](http://x/$7m) and `$8m`.\n```\n$6m\n```\n")
    assert doc.published == date(2026, 4, 10) and doc.title == "T"
    assert "$5m" in doc.text and "$9m" in doc.text
    for hidden in ("$7m", "$8m", "$6m", "title", "#", "**"):
        assert hidden not in doc.text


def test_markdown_comments_become_directives():
    doc = parse_markdown("a.md", "Text.\n<!-- verify-ignore number -- ok -->\nMore.\n")
    assert [d.body for d in doc.directives] == ["verify-ignore number -- ok"]
    assert "verify-ignore" not in doc.text


def test_markdown_escapes_and_entities_map_back_to_source():
    source = "Price: \\$5 m &amp; more"
    doc = parse_markdown("a.md", source)
    start = doc.text.index("$5")
    assert doc.source_span(start, start + 2) == (source.index("\\$"), source.index("\\$") + 3)


def test_html_article_text_skips_scripts_navigation_and_footer():
    page = ("<html><head><title>T</title><script>var x='$1m'</script></head><body><nav>$2m</nav>"
            "<article><h1>Head</h1><p>It raised &euro;5&nbsp;million.</p></article>"
            "<footer>$3m</footer></body></html>")
    doc = parse_html("a.html", page)
    assert "€5\xa0million" in doc.text
    assert "$1m" not in doc.text and "$2m" not in doc.text and "$3m" not in doc.text
    start = doc.text.index("€")
    src_start, src_end = doc.source_span(start, start + len("€5\xa0million"))
    assert page[src_start:src_end] == "&euro;5&nbsp;million"


@pytest.mark.parametrize(("head", "expected"), [
    ('<meta property="article:published_time" content="2026-04-10T08:00:00Z">', date(2026, 4, 10)),
    ('<script type="application/ld+json">{"@graph": [{"datePublished": "2026-03-02"}]}</script>',
     date(2026, 3, 2)),
    ("", date(2026, 1, 5)),  # falls back to <time datetime>
])
def test_html_publication_date(head, expected):
    page = f"<html><head>{head}</head><body><p><time datetime='2026-01-05'>Jan 5</time> text</p></body></html>"
    assert parse_html("a.html", page).published == expected


def test_text_dateline_gives_the_publication_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nOSLO, March 3, 2026 - The council met.\n")
    assert load_path(str(path)).published == date(2026, 3, 3)


def test_line_index_handles_crlf_lone_cr_and_emoji():
    index = SourceIndex("a😀b\r\nc\rd")
    assert index.line_column(2) == (1, 3)
    assert index.line_column(5) == (2, 1)
    assert index.line_column(7) == (3, 1)


@pytest.mark.parametrize(("data", "text"), [
    (b"\xef\xbb\xbfhello", "hello"),
    ("héllo".encode("utf-16"), "héllo"),
    (b"caf\xe9", "café"),
])
def test_decoding(data, text):
    assert decode_bytes("a.txt", data, warn=lambda message: None) == text


def test_binary_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode_bytes("a.bin", b"\x89PNG\x00\x00data")


def test_invalid_utf8_warns():
    warnings: list[str] = []
    decode_bytes("a.txt", b"caf\xe9", warn=warnings.append)
    assert warnings and "Windows-1252" in warnings[0]


@pytest.mark.parametrize(("text", "fmt"), [
    ("<!doctype html><p>x</p>", "html"), ("---\ntitle: x\n---\nBody", "markdown"),
    ("# Heading\n\nBody", "markdown"), ("Plain words.", "text"),
])
def test_stdin_format_sniffing(text, fmt):
    assert sniff_format(text) == fmt


def test_markup_scopes_are_recorded():
    doc = parse_markdown("a.md", "# Big $5m headline\n\nBody $6m.\n\n- item $7m\n> quoted $8m\n")
    assert [doc.scope_at(doc.text.index(f"${n}m")) for n in (5, 6, 7, 8)] == [
        "heading", "paragraph", "list", "blockquote"]
    page = parse_html("a.html", "<h2>Head $5m</h2><p>Body $6m</p><ul><li>Item $7m</li></ul>"
                                "<figure><figcaption>Cap $9m</figcaption></figure>")
    assert [page.scope_at(page.text.index(f"${n}m")) for n in (5, 6, 7, 9)] == [
        "heading", "paragraph", "list", "caption"]


@given(day=st.dates(min_value=date(1900, 1, 2), max_value=date(2100, 12, 31)),
       form=st.sampled_from(["{B} {d}, {Y}", "{b} {d} {Y}", "{d} {B} {Y}", "{b}. {d}, {Y}", "{d} {b}, {Y}"]))
def test_written_dates_read_without_dateutil_agree_with_dateutil(day, form):
    from dateutil import parser

    text = form.format(B=day.strftime("%B"), b=day.strftime("%b"), d=day.day, Y=day.year)
    assert parse_date_string(text) == parser.parse(text).date() == day


# Front matter: the keys of other site generators, TOML blocks, ambiguous dates, hostile YAML.

@pytest.mark.parametrize(("front", "expected"), [
    ("---\npublishDate: 2026-04-10\ndate: 2026-01-02\n---\n", "2026-04-10"),  # Hugo: publishDate wins over date
    ("---\npubDate: 'Apr 10 2026'\n---\n", "2026-04-10"),  # Astro
    ("---\npublished_at: 2026-04-10T08:00:00.000Z\n---\n", "2026-04-10"),  # Ghost
    ("+++\ntitle = \"Budget\"\npublishDate = 2026-04-10T08:00:00Z\n+++\n", "2026-04-10"),  # Hugo TOML
    ("+++\ndate = 2026-04-10\n+++\n", "2026-04-10"),
    ("---\ndate: 13/03/2026\n---\n", "2026-03-13"),  # only a day can be 13
    ("---\ndate: 04/04/2026\n---\n", "2026-04-04"),  # either way the same day
])
def test_front_matter_dates_of_common_site_generators(front, expected):
    from verify.loaders.markdown import parse_markdown

    doc = parse_markdown("a.md", front + "Revenue rose 5% last month.\n")
    assert doc.published.isoformat() == expected
    assert "+++" not in doc.text and "publish" not in doc.text.lower()


def test_an_ambiguous_front_matter_date_is_an_error_that_says_why(run, tmp_path):
    draft = tmp_path / "a.md"
    draft.write_text("---\ndate: 04/03/2026\n---\nRevenue rose 5% last month.\n")
    result = run("check", draft)
    assert result.status == 2 and result.err == (
        f"verify: error: {draft}: front matter date '04/03/2026' is ambiguous (4 March or 3 April?); "
        "write YYYY-MM-DD\n")


@pytest.mark.parametrize(("source", "reason"), [
    ("---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
     "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\nText.\n", "YAML aliases"),
    ("---\na: " + "[" * 40 + "]" * 40 + "\n---\nText.\n", "nested more than 32 levels"),
    ("---\na: " + "[" * 100_000 + "\n---\nText.\n", "nested"),
    ("+++\na = " + "[" * 100_000 + "]" * 100_000 + "\n+++\nText.\n", "nested too deeply"),
])
def test_hostile_front_matter_is_a_one_line_error(run, tmp_path, source, reason):
    draft = tmp_path / "a.md"
    draft.write_text(source)
    result = run("check", draft)
    assert result.status == 2 and reason in result.err and len(result.err.splitlines()) == 1
    assert "Traceback" not in result.err and "internal error" not in result.err


def test_deep_json_ld_is_a_one_line_error(run, tmp_path):
    draft = tmp_path / "a.html"
    draft.write_text('<html><head><script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 +
                     "</script></head><body><p>Revenue rose 5%.</p></body></html>")
    result = run("check", draft)
    assert result.status == 2 and "nested too deeply" in result.err and "internal error" not in result.err


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from(["title: T", "date: 04/03/2026", "publishDate: 2026-04-10", "pubDate: '10 April 2026'",
                     "a: &x [1, 2]", "b: *x", "c: [[[[1]]]]", "d: {e: {f: g}}", "published_at: 2026-13-45",
                     "url: https://example.org/a", "- item", "key: 'unclosed", "date: 13/13/2026", "? x"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=20)),
    max_size=8), st.sampled_from(["---", "+++"]))
def test_front_matter_never_fails_but_with_a_one_line_input_error(lines, fence):
    from verify.errors import InputError
    from verify.loaders.front_matter import read_front_matter

    source = f"{fence}\n" + "\n".join(lines) + f"\n{fence}\nBody text.\n"
    try:
        front = read_front_matter("a.md", source)
    except InputError as exc:
        assert str(exc).startswith("a.md: ") and "\n" not in str(exc)
        return
    assert 0 <= front.body_start <= len(source)
    assert front.published is None or 1 <= front.published.year <= 9999


@pytest.mark.parametrize("text", [".TXT", "notes.txt", "https://example.org/a"])
def test_html_that_looks_like_a_file_name_or_address_is_read_without_a_warning(text):
    import warnings

    from verify.loaders import parse

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert parse("a.html", text, "html").text.strip() == text
