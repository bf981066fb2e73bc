"""Every output format: golden snapshots on the seed and a contradiction fixture, plus format rules."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree

import pytest

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


def test_claimreview_rates_claims_with_an_evidence_verdict():
    from datetime import date

    from verify.document import Document
    from verify.extract import extract_claims
    from verify.formats.claimreview import render
    from verify.report import ArticleReport, Finding

    doc = Document.from_plain("story.md", "Acme raised $5m. Acme has 40 staff.")
    claims = extract_claims(doc, date(2026, 4, 10))
    money, staff = claims
    money.status, staff.status = "contradicted", "unverified"
    evidence = [{"source": "https://example.invalid/filing", "excerpt": "raised $4m", "value": 4_000_000}]
    report = ArticleReport(doc, date(2026, 4, 10), "option", claims,
                           [Finding("evidence.value", "evidence", "error", "differs", [money], evidence)])
    (review,) = json.loads(render([report], "0.3.0"))
    assert review["@type"] == "ClaimReview" and review["claimReviewed"] == "$5m"
    assert review["reviewRating"]["alternateName"] == "Contradicted" and review["reviewRating"]["ratingValue"] == 1
    assert review["isBasedOn"][0]["url"] == "https://example.invalid/filing"
    assert review["itemReviewed"]["appearance"]["url"] == "story.md"


def test_claimreview_without_verdicts_is_an_empty_list(run, in_root):
    assert json.loads(run("check", "--format", "claimreview", SEED).out) == []


def test_rdjsonl_one_diagnostic_per_line_with_related_locations(run, in_root):
    lines = run("check", "--format", "rdjsonl", BUDGET).out.splitlines()
    first = json.loads(lines[0])
    assert len(lines) == 5 and first["severity"] == "ERROR" and first["code"]["value"] == "arithmetic.total"
    assert first["location"]["range"]["start"] == {"line": 5, "column": 69}
    assert len(first["related_locations"]) == 2


def test_streamed_json_is_exactly_what_json_dumps_writes(run):
    from verify.formats.json_format import render_check, render_extract
    from verify.report import claim_dict, report_dict

    result = run("check", "--no-cache", "--format", "json", *sorted(str(p) for p in SEEDS.iterdir()))
    document = result.json()
    assert result.out == json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    from verify.cli import _check_paths, _ruleset_factory, build_parser

    args = build_parser().parse_args(["check", "--no-cache", str(SEED)])
    reports = _check_paths([str(SEED)], args, _ruleset_factory(args))
    expected = {"schema_version": "1", "tool": {"name": "verify", "version": "9"},
                "reports": [report_dict(r) for r in reports]}
    assert render_check(reports, "9") == json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    extract = {"schema_version": "1", "published": None,
               "claims": [claim_dict(reports[0].document, c) for c in reports[0].claims]}
    assert render_extract(reports[0]) == json.dumps(extract, indent=2, ensure_ascii=False) + "\n"
