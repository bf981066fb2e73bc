"""Every output format: golden snapshots on the seed and a contradiction fixture, plus format rules."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, SEEDS

SEED = "seeds/shengshu-world-model.md"
BUDGET = "seeds/harbor-city-budget.txt"
FORMATS = ["text", "concise", "json", "sarif", "github", "junit", "markdown", "html", "rdjsonl", "claimreview"]


@pytest.fixture
def in_root(monkeypatch):
    """Run from the repository root so reports carry stable relative paths."""
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("article", "date"), [(SEED, "2026-04-10"), (BUDGET, None)])
def test_golden_snapshot(run, snapshot, in_root, fmt, article, date):
    args = ["check", "--format", fmt, "--color", "never", article] + (["--date", date] if date else [])
    result = run(*args)
    name = article.split("/")[1].split(".")[0]
    suffix = {"json": "json", "sarif": "sarif.json", "junit": "xml", "html": "html", "markdown": "md",
              "rdjsonl": "jsonl", "claimreview": "jsonld"}.get(fmt, "txt")
    snapshot(f"{name}.{fmt}.{suffix}", result.out)


def sarif_validator():
    import jsonschema

    schema_path = ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json"  # the OASIS schema; see SOURCE.md there
    return jsonschema.Draft4Validator(json.loads(schema_path.read_text()))


SHARED_CONTRACT = ROOT.parent / "shared" / "contract" / "report.schema.json"


def _contract_fields_are_kept():
    """``verify/schema`` ships a copy of the contract; where ``../shared/contract`` is beside the
    checkout, every field it defines must still be in the copy (the project may add, never drop).
    On a clone with nothing beside it the test is not collected at all: the shipped copy is what
    the other tests validate against."""
    shared = SHARED_CONTRACT
    ours = json.loads((ROOT / "verify" / "schema" / "report.schema.json").read_text())
    theirs = json.loads(shared.read_text())

    def properties(schema: object, path: str = "") -> set[str]:
        found: set[str] = set()
        if isinstance(schema, dict):
            for key, value in schema.items():
                if key == "properties" and isinstance(value, dict):
                    found |= {f"{path}.{name}" for name in value}
                found |= properties(value, f"{path}/{key}")
        elif isinstance(schema, list):
            for item in schema:
                found |= properties(item, path)
        return found

    assert properties(theirs) <= properties(ours)


if SHARED_CONTRACT.exists():
    test_the_contract_schema_keeps_every_field_of_the_shared_contract = _contract_fields_are_kept


def test_sarif_is_valid_against_the_official_schema(run, in_root):
    log = json.loads(run("check", "--format", "sarif", BUDGET, SEED, "--date", "2026-04-10").out)
    errors = sorted(sarif_validator().iter_errors(log), key=str)
    assert not errors, errors[0].message
    results = log["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"arithmetic.total", "conversion.rate", "quote.altered"}
    total = next(r for r in results if r["ruleId"] == "arithmetic.total")
    assert total["level"] == "error" and len(total["relatedLocations"]) == 2
    region = total["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["snippet"]["text"]) == (5, 69, "$300 million")
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert all(rule["fullDescription"]["text"] and rule["help"]["text"] for rule in rules)


def test_github_annotations_line_by_line(run, in_root):
    lines = run("check", "--format", "github", BUDGET).out.splitlines()
    assert len(lines) == 5
    assert lines[0].startswith("::error file=seeds/harbor-city-budget.txt,line=5,col=69,endLine=5,endColumn=81,"
                               "title=verify arithmetic.total::the parts")
    assert lines[1].startswith("::error ") and "%25" in lines[1]  # "25%" escaped
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)


def test_github_is_chosen_automatically_in_actions(run, in_root, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert run("check", BUDGET).out.startswith("::error file=")


def test_github_warns_once_over_the_annotation_cap(run, tmp_path):
    draft = tmp_path / "many.md"
    many = "\n\n".join(f"Acme{chr(65 + i)}'s revenue was €4.8bn.\n\nLater, Acme{chr(65 + i)}'s revenue was €4.6bn."
                       for i in range(12))
    draft.write_text(many)
    result = run("check", "--format", "github", draft)
    assert result.out.count("::error ") == 12
    assert result.err.count("GitHub shows at most 10 annotations") == 1


def test_junit_has_one_case_per_article_and_failures_at_fail_on(run, in_root):
    xml = run("check", "--format", "junit", BUDGET, SEED, "--date", "2026-04-10").out
    suite = ElementTree.fromstring(xml)
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [BUDGET, SEED]
    assert len(cases[0].findall("failure")) == 2 and cases[1].findall("failure") == []
    warning_xml = run("check", "--format", "junit", "--fail-on", "warning", BUDGET).out
    assert len(ElementTree.fromstring(warning_xml).find("testcase").findall("failure")) == 5


def test_junit_and_json_escape_control_characters(run, tmp_path):
    draft = tmp_path / "ctrl.md"
    draft.write_text("Acme's revenue was €4.8bn.\x01\n\nLater, Acme's\x07 revenue was €4.6bn.\x1b\n")
    ElementTree.fromstring(run("check", "--format", "junit", draft).out)  # parses: no raw control characters
    json.loads(run("check", "--format", "json", draft).out)


def test_markdown_escapes_article_text(run, tmp_path):
    draft = tmp_path / "md.md"
    draft.write_text("Acme's revenue was $4.8 billion.\n\nLater, Acme's revenue was $4.6 billion | <b>x</b>.\n")
    out = run("check", "--format", "markdown", draft).out
    assert "\\$4.6 billion" in out and "<b>" not in out


# What schema.org defines for each type used (https://schema.org/ClaimReview and its parents), and what
# Google's fact-check markup requires of a ClaimReview a publisher posts.
SCHEMA_ORG_PROPERTIES = {
    "ClaimReview": {"claimReviewed", "itemReviewed", "reviewRating", "url", "author", "datePublished", "isBasedOn",
                    "name", "reviewBody", "publisher", "inLanguage"},
    "Claim": {"text", "appearance", "firstAppearance", "author", "datePublished", "name", "claimInterpreter"},
    "CreativeWork": {"url", "text", "name", "headline", "datePublished", "author"},
    "Organization": {"name", "url", "logo", "sameAs"},
    "Rating": {"ratingValue", "bestRating", "worstRating", "alternateName", "ratingExplanation"},
}
REQUIRED = {"ClaimReview": {"claimReviewed", "reviewRating", "url", "author", "itemReviewed"},
            "Rating": {"alternateName"}, "Organization": {"name"}, "Claim": {"appearance"}}


def assert_schema_org(node, expected_type=None) -> None:
    if isinstance(node, list):
        for item in node:
            assert_schema_org(item, expected_type)
        return
    kind = node["@type"]
    assert expected_type is None or kind == expected_type
    keys = set(node) - {"@context", "@type"}
    assert keys <= SCHEMA_ORG_PROPERTIES[kind], (kind, keys - SCHEMA_ORG_PROPERTIES[kind])
    assert REQUIRED.get(kind, set()) <= keys, (kind, REQUIRED[kind] - keys)
    for key, value in node.items():
        if isinstance(value, dict | list) and key != "@context":
            assert_schema_org(value)


def rated_report(url=None):
    from datetime import date

    from verify.document import Document
    from verify.extract import extract_claims
    from verify.report import ArticleReport, Finding

    doc = Document.from_plain("story.md", "Acme raised $5m in March. Acme has 40 staff.", url=url)
    claims = extract_claims(doc, date(2026, 4, 10))
    money, staff = (c for c in claims if c.type in ("money", "quantity"))
    money.status, staff.status = "contradicted", "unverified"
    evidence = [{"source": "https://example.invalid/filing", "excerpt": "raised $4m", "value": 4_000_000}]
    return ArticleReport(doc, date(2026, 4, 10), "option", claims,
                         [Finding("evidence.contradicted", "evidence", "error", "differs", [money], evidence)])


def test_claimreview_is_what_a_publisher_could_post():
    from verify.formats.claimreview import render

    text, problems = render([rated_report("https://news.example.org/acme")],
                            {"author": "Harbor City Times", "author_url": "https://news.example.org"})
    (review,) = json.loads(text)
    assert problems == []
    assert_schema_org(review, "ClaimReview")
    assert review["claimReviewed"] == "Acme raised $5m in March."  # the sentence, not the figure alone
    assert review["url"] == "https://news.example.org/acme"
    assert review["author"] == {"@type": "Organization", "name": "Harbor City Times",
                                "url": "https://news.example.org"}
    assert review["itemReviewed"]["appearance"] == [{"@type": "CreativeWork", "url": "https://example.invalid/filing",
                                                     "text": "raised $4m"}]
    assert review["reviewRating"]["alternateName"] == "Contradicted" and review["reviewRating"]["ratingValue"] == 1
    assert review["datePublished"] == "2026-04-10"


def test_claimreview_says_what_is_missing_before_it_can_be_posted():
    from verify.formats.claimreview import render

    text, problems = render([rated_report()], {})
    (review,) = json.loads(text)
    assert "url" not in review and "author" not in review
    assert problems == ["story.md: no public address for ClaimReview 'url'; give --url or a front matter url",
                        'no ClaimReview author: set [claimreview] author = "Newsroom" in verify.toml']


def test_claimreview_url_and_author_from_the_command_line_front_matter_and_config(run, store_url, tmp_path):
    from tests.test_evidence import filled_store

    filled_store(store_url)
    draft = tmp_path / "draft.md"
    draft.write_text((ROOT / "tests" / "evidence_files" / "draft.md").read_text().replace(
        "published: 2026-04-10", "published: 2026-04-10\nurl: https://news.example.org/halden"))
    (tmp_path / "verify.toml").write_text('[claimreview]\nauthor = "Harbor City Times"\n')
    result = run("check", "--format", "claimreview", "--evidence", "--store", store_url, draft)
    reviews = json.loads(result.out)
    assert reviews and result.err == ""
    for review in reviews:
        assert_schema_org(review, "ClaimReview")
        assert review["url"] == "https://news.example.org/halden" and review["author"]["name"] == "Harbor City Times"
    assert {r["reviewRating"]["alternateName"] for r in reviews} == {"Supported", "Contradicted"}
    contradicted = next(r for r in reviews if r["reviewRating"]["alternateName"] == "Contradicted")
    assert contradicted["claimReviewed"] == "Halden Robotics employs 1,500 workers, according to the union."
    other = run("check", "--format", "claimreview", "--evidence", "--store", store_url, "--url",
                "https://news.example.org/other", draft)
    assert {r["url"] for r in json.loads(other.out)} == {"https://news.example.org/other"}


def test_claimreview_without_verdicts_is_an_empty_list(run, in_root):
    assert json.loads(run("check", "--format", "claimreview", SEED).out) == []


def test_rdjsonl_one_diagnostic_per_line_with_related_locations(run, in_root):
    lines = run("check", "--format", "rdjsonl", BUDGET).out.splitlines()
    first = json.loads(lines[0])
    assert len(lines) == 5 and first["severity"] == "ERROR" and first["code"]["value"] == "arithmetic.total"
    assert first["location"]["range"]["start"] == {"line": 5, "column": 69}
    assert len(first["related_locations"]) == 2


def test_messages_read_as_prose_on_html_input_while_spans_keep_the_source(run, tmp_path):
    draft = tmp_path / "draft.html"
    draft.write_text("<article><p>Acme&rsquo;s revenue was $4.8&nbsp;billion.</p>"
                     "<p>Later, Acme&rsquo;s revenue was $4.6&nbsp;billion.</p></article>")
    (finding,) = run("check", "--format", "json", draft).json()["reports"][0]["findings"]
    assert "&nbsp;" not in finding["message"] and '"$4.6 billion"' in finding["message"]
    source = draft.read_text()
    assert source[finding["span"]["start"]:finding["span"]["end"]] == "$4.6&nbsp;billion"
    concise = run("check", "--format", "concise", draft).out
    assert "&nbsp;" not in concise and '"$4.8 billion"' in concise


def forged_report():
    """A report whose claim type, subject, rule, message and evidence try to become markup."""
    from datetime import date

    from verify.claims import Claim
    from verify.document import Document
    from verify.report import ArticleReport, Finding

    forged = 'money" onmouseover="window.__pwned=1" x="'
    doc = Document.from_plain('a"<b>.md', "It cost $5m. Later it cost $4m.", title='<img src=x onerror="1">')
    first = Claim(forged, 8, 11, {"amount": 5, "currency": "USD"}, subject='"><script>1</script>', id='c1" x="',
                  text="$5m", source_start=8, source_end=11)
    second = Claim("money", 27, 30, {"amount": 4, "currency": "USD"}, id="c2", text="$4m", source_start=27,
                   source_end=30)
    finding = Finding('number.x" onfocus="1', "number", "error", '<b onmouseover="1">no</b>',
                      [first, second], [{"source": '"><img src=x>', "excerpt": "<script>", "value": '"'}])
    return ArticleReport(doc, date(2026, 4, 10), "option", [first, second], [finding])


def test_html_escapes_every_attribute_whatever_its_source():
    from html.parser import HTMLParser

    from verify.formats.html_report import render

    seen: list[tuple[str, list]] = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            seen.append((tag, attrs))

    Collect().feed(render([forged_report()], '0.3"<x>'))
    names = {name for _, attrs in seen for name, _ in attrs}
    assert names <= {"charset", "http-equiv", "content", "name", "lang", "class", "id", "href", "title",
                     "data-claim", "data-tip", "tabindex", "aria-describedby", "aria-label", "type", "for"}
    assert not {"script", "img"} & {tag for tag, _ in seen}


def test_html_marks_every_finding_in_the_article(run, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("# Acme's revenue hit €4.8bn\n\n<!-- verify-ignore quote.altered -- stale -->\n"
                     "Later, Acme's revenue was €4.6bn.\n")
    page = run("check", "--format", "html", draft).out
    assert page.count('class="c c-money flag sev-error"') == 2  # the heading's figure too
    assert 'class="mark sev-warning"' in page  # the unused suppression, where it stood


def test_html_prose_is_one_sweep_over_the_claims(monkeypatch):
    """Wrapping costs the claims open over each stretch, never a scan of all claims per boundary."""
    from datetime import date

    from verify.document import Document
    from verify.extract import extract_claims
    from verify.formats import html_report
    from verify.report import ArticleReport

    text = " ".join(f"Item {i} cost ${i}m." for i in range(2000))
    doc = Document.from_plain("many.txt", text)
    claims = extract_claims(doc, date(2026, 4, 10))
    calls = []
    original = html_report._claim_open
    monkeypatch.setattr(html_report, "_claim_open", lambda *a: calls.append(1) or original(*a))
    html_report.render([ArticleReport(doc, None, "none", claims)], "0")
    assert len(claims) >= 2000 and len(calls) == len(claims)


def test_streamed_json_is_exactly_what_json_dumps_writes(run):
    from verify.formats.json_format import render_check, render_extract
    from verify.report import claim_dict, report_dict

    result = run("check", "--no-cache", "--format", "json", *sorted(str(p) for p in SEEDS.iterdir()))
    document = result.json()
    assert result.out == json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    from verify import Checker

    reports = [Checker().check_path(SEED)]
    expected = {"schema_version": "1", "tool": {"name": "verify", "version": "9"},
                "reports": [report_dict(r) for r in reports], "errors": []}
    assert render_check(reports, "9") == json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    extract = {"schema_version": "1", "published": None,
               "claims": [claim_dict(reports[0].document, c) for c in reports[0].claims]}
    assert render_extract(reports[0]) == json.dumps(extract, indent=2, ensure_ascii=False) + "\n"


_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
_JSON = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                     | st.dictionaries(st.text() | st.integers() | st.floats() | st.booleans() | st.none(), inner,
                                       max_size=4), max_leaves=25)


def _lazily(value, depth=0):
    """The value with its lists as iterators, every other level (as report_dict(lazy=True) gives them)."""
    if isinstance(value, list):
        items = [_lazily(item, depth + 1) for item in value]
        return iter(items) if depth % 2 == 0 else items
    if isinstance(value, dict):
        return {key: _lazily(item, depth + 1) for key, item in value.items()}
    return value


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(_JSON)
def test_the_json_writer_writes_what_json_dumps_writes(value):
    from verify.formats.json_format import encode

    expected = json.dumps(value, indent=2, ensure_ascii=False)
    assert "".join(encode(value)) == expected
    assert "".join(encode(_lazily(value))) == expected


def test_the_json_writer_refuses_what_json_cannot_hold():
    from verify.formats.json_format import encode

    with pytest.raises(TypeError, match="set is not JSON serializable"):
        "".join(encode({"a": [{1, 2}]}))


def test_every_format_says_how_a_side_that_refers_back_was_tied(run, tmp_path):
    draft = tmp_path / "links.md"
    draft.write_text("---\npublished: 2026-04-10\n---\nNordvik Energy's revenue reached €4.8bn last year.\n\n"
                     "Analysts noted that its revenue of €4.6bn beat forecasts.\n")
    tie = "“its” → Nordvik Energy"
    (finding,) = run("check", "--no-cache", "--format", "json", draft).json()["reports"][0]["findings"]
    assert any(link.startswith(tie) for link in finding["links"])
    sarif = json.loads(run("check", "--no-cache", "--format", "sarif", draft).out)
    assert any(link.startswith(tie) for link in sarif["runs"][0]["results"][0]["properties"]["links"])
    for fmt in ("text", "markdown", "github", "junit", "html"):
        out = run("check", "--no-cache", "--format", fmt, draft).out
        assert "linked: " in out and "Nordvik Energy (possessive" in out, fmt
