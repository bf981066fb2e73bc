"""Suggested corrections (verify.suggest): one invented draft per rule, the contract, every format,
and ``--apply-suggestions``."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import ROOT
from verify.claims import Claim
from verify.document import Document
from verify.suggest.arithmetic import suggest_shares
from verify.suggest.figures import restate, write_number

DRAFTS = {
    "conversion.rate": "Ostrava Grid raised $340 million, equivalent to 3.1 billion yuan, in its latest round.",
    "age.founding": "Marlow Dane, a nine-year-old startup, builds batteries. The company was founded in 2022 in Leeds.",
    "date.weekday": "The committee will meet on Friday, June 9, 2026, to vote.",
    "date.interval": "The merger, announced in October 2025, came three months after a first approach in "
                     "February 2025.",
    "arithmetic.change": "Pellworth's profit rose 30% to $6.5 million from $5.2 million.",
    "arithmetic.total": "The county will spend a total of $12 million, with $8 million for bridges and $6 million "
                        "for schools.",
    "arithmetic.shares": "Nordic markets made up 50% of sales, Asia 35% and the Americas 30%.",
    "number.mismatch": "Karsten Mills reported revenue of €3.2bn for last year. The group's revenue of €3.2bn was a "
                       "record, its chief executive said.\n\nLater, analysts noted that Karsten Mills's revenue of "
                       "€2.3bn fell short of forecasts.\n",
    "quote.altered": '"We will open the new terminal in Aberdeen before the winter," said Ines Halloran. Halloran '
                     'later repeated: "We will open the new terminal in Aberdeen before the winter." At a later '
                     'briefing she said: "We will open the old terminal in Aberdeen before the winter."',
}
# (the claim's text, then each suggested replacement, most likely first)
EXPECTED = {
    "conversion.rate": ("3.1 billion yuan", ["2.3 billion yuan", "$454 million"]),
    "age.founding": ("nine-year-old", ["three-year-old", "four-year-old"]),
    "date.weekday": ("Friday, June 9, 2026", ["Tuesday, June 9, 2026", "Friday, June 12, 2026"]),
    "date.interval": ("three months after", ["eight months after"]),
    "arithmetic.change": ("30%", ["25%", "$6.8 million"]),
    "arithmetic.total": ("$12 million", ["$14 million"]),
    "arithmetic.shares": ("30%", ["15%"]),
    "number.mismatch": ("€2.3bn", ["€3.2bn"]),
    "quote.altered": ('"We will open the old terminal in Aberdeen before the winter."',
                      ['"We will open the new terminal in Aberdeen before the winter."']),
}


def _check_json(run, tmp_path, text: str, *extra: str) -> dict:
    draft = tmp_path / "draft.txt"
    draft.write_text(text, encoding="utf-8")
    result = run("check", draft, "--format", "json", "--date", "2026-04-10", "--no-cache", *extra)
    assert result.status in (0, 1), result.err
    return result.json()


@pytest.mark.parametrize("rule", sorted(DRAFTS))
def test_each_rule_suggests_the_figure_that_makes_both_sides_agree(rule, run, tmp_path, schema_validator):
    document = _check_json(run, tmp_path, DRAFTS[rule])
    schema_validator.validate(document)
    [finding] = [f for f in document["reports"][0]["findings"] if f["rule"] == rule]
    first_text, replacements = EXPECTED[rule]
    suggestions = finding["suggestions"]
    assert [s["replacement"] for s in suggestions] == replacements
    assert suggestions[0]["text"] == first_text and suggestions[0]["why"]
    source = DRAFTS[rule]
    for suggestion in suggestions:
        span = suggestion["span"]
        assert source[span["start"]:span["end"]] == suggestion["text"]
        assert suggestion["claim"] in finding["claims"]
    assert [s["applicable"] for s in suggestions] == ([True, False] if rule == "conversion.rate"
                                                      else [False] * len(suggestions))


def test_the_arithmetic_is_in_the_reason(run, tmp_path):
    conversion = _check_json(run, tmp_path, DRAFTS["conversion.rate"])["reports"][0]["findings"][0]
    why = conversion["suggestions"][0]["why"]
    assert why.startswith("$340 million at ") and "CNY per USD (ECB reference rate of 2026-04-10)" in why
    assert why.endswith("≈ 2.32 billion yuan")
    change = _check_json(run, tmp_path, DRAFTS["arithmetic.change"])["reports"][0]["findings"][0]
    assert change["suggestions"][0]["why"] == "$5.2 million → $6.5 million is a change of +25.0 %"


def test_an_event_dated_by_a_weekday_and_a_date_is_brought_to_the_weekday(run, tmp_path):
    draft = tmp_path / "vote.txt"
    draft.write_text("The Harrowgate council on Wednesday approved the new zoning plan by seven votes to two. "
                     "The May 12 vote was the council's third on the plan.", encoding="utf-8")
    result = run("check", draft, "--format", "json", "--date", "2026-05-15", "--no-cache")
    [finding] = result.json()["reports"][0]["findings"]
    assert finding["rule"] == "date.same-event"
    assert [(s["text"], s["replacement"]) for s in finding["suggestions"]] == [("May 12", "May 13")]


def test_two_statements_that_nothing_else_settles_get_no_suggestion(run, tmp_path):
    draft = ("Karsten Mills reported revenue of €3.2bn for last year.\n\n"
             "Later, analysts noted that Karsten Mills's revenue of €2.3bn fell short of forecasts.\n")
    [finding] = _check_json(run, tmp_path, draft)["reports"][0]["findings"]
    assert finding["rule"] == "number.mismatch" and finding["suggestions"] == []
    quotes = ('"We will open the new terminal in Aberdeen before the winter," said Ines Halloran. At a later '
              'briefing she said: "We will open the old terminal in Aberdeen before the winter."')
    [finding] = _check_json(run, tmp_path, quotes)["reports"][0]["findings"]
    assert finding["rule"] == "quote.altered" and finding["suggestions"] == []


def test_a_share_called_the_rest_is_the_one_that_closes_the_whole():
    text = "Corvane handled 48% of containers, 33% went to Estmar and 25% to all other carriers combined."
    doc = Document.from_plain("port.txt", text)
    shares = []
    for written in ("48%", "33%", "25%"):
        start = text.index(written)
        shares.append(Claim("percent", start, start + 3, {"amount": float(written[:2])}, text=written,
                            source_start=start, source_end=start + 3))
    [suggestion] = suggest_shares(doc, [shares[2], shares[0], shares[1]])  # not by position: by its words
    assert suggestion.claim is shares[2] and suggestion.replacement == "19%"


def test_text_report_prints_a_help_line_per_suggestion(run, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFTS["arithmetic.total"], encoding="utf-8")
    out = run("check", draft, "--date", "2026-04-10", "--no-cache").out
    assert "      = help: replace '$12 million' with '$14 million' (the parts add up to 14,000,000 USD: " \
           "$8 million + $6 million)" in out


def test_sarif_fixes_replace_the_claim_text_and_follow_the_oasis_schema(run, tmp_path):
    import jsonschema

    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFTS["date.weekday"], encoding="utf-8")
    log = json.loads(run("check", draft, "--format", "sarif", "--date", "2026-04-10", "--no-cache").out)
    schema = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(log)
    [result] = log["runs"][0]["results"]
    first = result["fixes"][0]["artifactChanges"][0]
    assert first["artifactLocation"]["uri"] == str(draft)
    [replacement] = first["replacements"]
    region = replacement["deletedRegion"]
    text = DRAFTS["date.weekday"]
    assert text[region["charOffset"]:region["charOffset"] + region["charLength"]] == "Friday, June 9, 2026"
    assert replacement["insertedContent"]["text"] == "Tuesday, June 9, 2026"


def test_html_markdown_and_rdjsonl_carry_the_suggestion(run, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFTS["arithmetic.total"], encoding="utf-8")
    common = ("--date", "2026-04-10", "--no-cache")
    page = run("check", draft, "--format", "html", *common).out
    assert '<span class="suggestion">suggested: <del>$12 million</del> → <ins>$14 million</ins></span>' in page
    assert r"**\$14 million**" in run("check", draft, "--format", "markdown", *common).out
    diagnostic = json.loads(run("check", draft, "--format", "rdjsonl", *common).out)
    assert diagnostic["suggestions"][0]["text"] == "$14 million"
    assert diagnostic["suggestions"][0]["range"]["start"] == {"line": 1, "column": 34}


def test_apply_suggestions_writes_only_currency_restatements_and_prints_each(run, tmp_path):
    converted = tmp_path / "round.md"
    converted.write_text(DRAFTS["conversion.rate"] + "\n", encoding="utf-8")
    summed = tmp_path / "county.md"
    summed.write_text(DRAFTS["arithmetic.total"] + "\n", encoding="utf-8")
    result = run("check", converted, summed, "--date", "2026-04-10", "--no-cache", "--apply-suggestions")
    assert converted.read_text() == DRAFTS["conversion.rate"].replace("3.1 billion", "2.3 billion") + "\n"
    assert summed.read_text() == DRAFTS["arithmetic.total"] + "\n"  # a sum is the editor's call
    change = f"verify: applied: {converted}:1:49: '3.1 billion yuan' → '2.3 billion yuan' (conversion.rate: "
    assert change in result.err
    assert "conversion.rate" not in result.out and "arithmetic.total" in result.out  # what is left to do
    assert result.status == 1
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".verify-")]  # no temporary file left
    again = run("check", converted, "--date", "2026-04-10", "--no-cache")
    assert again.status == 0 and "conversion.rate" not in again.out


def test_apply_suggestions_leaves_standard_input_alone_with_a_warning(run):
    result = run("check", "-", "--date", "2026-04-10", "--no-cache", "--apply-suggestions",
                 stdin=DRAFTS["conversion.rate"])
    assert "verify: warning: <stdin>: suggestions not applied: not a file" in result.err
    assert "conversion.rate" in result.out


@given(st.floats(min_value=0.01, max_value=1e6), st.sampled_from(["7", "7.4", "2,140", "0.25", "131"]))
def test_a_restated_figure_is_the_amount_rounded_as_the_article_rounds(amount, literal):
    written = write_number(amount, literal)
    decimals = len(written.partition(".")[2])
    assert decimals >= len(literal.partition(".")[2])
    assert abs(float(written.replace(",", "")) - amount) <= 0.5 * 10 ** -decimals + 1e-9 * amount
    assert written.replace(",", "") != literal.replace(",", "")  # never the figure it corrects


def test_restate_keeps_every_character_but_the_figure():
    claim = Claim("money", 0, 19, {"amount": 9e7, "currency": "USD", "approx": True}, text="roughly US$90 million")
    assert restate(claim, 1.234e8) == "roughly US$123 million"
    words = Claim("duration", 0, 12, {"amount": 3, "unit": "year"}, text="Three years")
    assert restate(words, 21) == "Twenty-one years" and restate(words, 140) == "140 years"
    assert restate(Claim("money", 0, 5, {"amount": 4e6, "max": 5e6, "range": True}, text="$4-5m"), 6e6) is None


def test_an_age_from_a_full_birth_date_is_exact():
    from verify.suggest.ages import suggest_age

    age = Claim("duration", 0, 11, {"amount": 31, "unit": "year", "age": True}, text="31-year-old")
    born = Claim("date", 20, 34, {"start": "1990-08-14", "end": "1990-08-14"}, text="14 August 1990")
    assert [s.replacement for s in suggest_age(age, born, date(2026, 8, 14))] == ["36-year-old"]
    assert [s.replacement for s in suggest_age(age, born, date(2026, 8, 13))] == ["35-year-old"]
