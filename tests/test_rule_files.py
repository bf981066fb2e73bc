"""Rule files: a malformed one stops the run with ``path:line: reason``; a house rule just works."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from verify.errors import RuleFileError
from verify.rules import builtin_rules_dir, parse_rule_file

GOOD = (builtin_rules_dir() / "number.mismatch.toml").read_text()


def line_of(start: str) -> int:
    """The line of GOOD that begins with ``start`` (the rule file's layout may change)."""
    return next(number for number, line in enumerate(GOOD.splitlines(), 1) if line.startswith(start))


CLAIMS = next(line for line in GOOD.splitlines() if line.startswith("claims ="))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


@pytest.mark.parametrize(("change", "line", "reason"), [
    (lambda t: t.replace('check = "consistency"', 'check = "numbers"'), 1, "unknown check 'numbers'"),
    (lambda t: t.replace('relation = "values-disjoint"', 'relation = "values-differ"'), 6,
     "unknown relation 'values-differ'"),
    (lambda t: t.replace(CLAIMS, 'claims = ["figure"]'), line_of("claims ="),
     "'claims' must list some of"),
    (lambda t: t.replace('entity = "same"', 'entity = "similar"'), line_of('entity = "same"'),
     "[pair] entity = 'similar'"),
    (lambda t: t.replace('entity = "same"', 'entity_kind = "same"'), line_of('entity = "same"'),
     "[pair] has no setting 'entity_kind'"),
    (lambda t: t.replace('severity = "error"', 'severity = "fatal"'), 3, "severity must be one of"),
    (lambda t: t.replace('category = "number"', 'category = "money"'), 2, "unknown category 'money'"),
    (lambda t: t.replace('code = "VFY101"\n', ""), 1, "missing or empty 'code'"),
    (lambda t: t.replace("{subject}", "{topic}"), line_of("message ="), "unknown field(s) topic"),
    (lambda t: t.replace("[examples]", "[samples]"), 1, "needs [examples]"),
    (lambda t: t.replace('check = "consistency"', 'check = "number'), 1, "line 1"),
])
def test_malformed_rule_file(tmp_path, change, line, reason):
    path = write(tmp_path, "number.mismatch.toml", change(GOOD))
    with pytest.raises(RuleFileError) as error:
        parse_rule_file(path)
    assert str(error.value).startswith(f"{path}:{line}: ") and reason in str(error.value)


def test_rule_id_must_be_category_dot_name(tmp_path):
    with pytest.raises(RuleFileError, match=r"must look like 'category\.name'"):
        parse_rule_file(write(tmp_path, "Bad_Name.toml", GOOD))


def test_bad_rule_file_in_a_house_folder_is_exit_2(run, tmp_path):
    folder = tmp_path / "house-rules"
    folder.mkdir()
    write(folder, "number.house.toml", GOOD.replace('check = "consistency"', 'check = "nope"'))
    write(tmp_path, "verify.toml", 'rules = ["house-rules"]\n')
    article = write(tmp_path, "draft.md", "Acme's revenue was €4.8bn.\n")
    result = run("check", article)
    assert result.status == 2 and "number.house.toml:1: unknown check 'nope'" in result.err


def test_house_rule_reuses_a_check_kind_with_its_own_parameters(run, tmp_path):
    folder = tmp_path / "house-rules"
    folder.mkdir()
    strict = GOOD.replace('severity = "error"', 'severity = "warning"').replace(
        'code = "VFY101"', 'code = "HOUSE1"').replace("approx_tolerance = 0.05", "approx_tolerance = 0.001")
    write(folder, "number.strict.toml", strict)
    write(tmp_path, "verify.toml", 'rules = ["house-rules"]\nignore = ["number.mismatch"]\n')
    article = write(tmp_path, "draft.md",
                    "Brightwater's valuation is about $300 million.\n\nBrightwater's valuation is $296 million.\n")
    result = run("check", "--format", "concise", article)
    assert result.out.splitlines() == [
        f"{article}:3:28: warning number.strict \"$296 million\" (296,000,000 USD) conflicts with "
        f"\"about $300 million\" (≈ 300,000,000 USD) for Brightwater valuation"]
    assert "number.strict" in run("rules", "--config", tmp_path / "verify.toml").out


def test_scope_limits_where_a_rule_applies(run, tmp_path):
    folder = tmp_path / "house-rules"
    folder.mkdir()
    body_only = GOOD.replace('code = "VFY101"', 'code = "HOUSE2"').replace(
        'check = "consistency"', 'check = "consistency"\nscope = ["paragraph"]')
    write(folder, "number.body.toml", body_only)
    write(tmp_path, "verify.toml", 'rules = ["house-rules"]\nselect = ["number.body"]\n')
    in_heading = write(tmp_path, "h.md", "Acme's revenue was €4.8bn.\n\n# Acme's revenue was €4.6bn\n")
    in_body = write(tmp_path, "b.md", "Acme's revenue was €4.8bn.\n\nLater, Acme's revenue was €4.6bn.\n")
    assert run("check", "--format", "concise", in_heading).out == ""
    assert "number.body" in run("check", "--format", "concise", in_body).out


def test_bad_scope_is_a_rule_file_error(tmp_path):
    text = GOOD.replace('check = "consistency"', 'check = "consistency"\nscope = ["footer"]')
    path = write(tmp_path, "number.mismatch.toml", text)
    with pytest.raises(RuleFileError, match="'scope' must list some of"):
        parse_rule_file(path)


def with_message(template: str) -> str:
    return "\n".join(f"message = {template!r}".replace("'", '"') if line.startswith("message =") else line
                     for line in GOOD.splitlines())


@pytest.mark.parametrize(("template", "reason"), [
    ("m {first:>900000000}", "format spec ':>900000000' of {first} is not allowed"),
    ("m {first:x>99}", "format spec ':x>99' of {first} is not allowed"),
    ("m {first:.2f}", "format spec ':.2f' of {first} is not allowed"),
    ("m {first:{second}}", "format spec ':{second}' of {first} is not allowed"),
    ("{first.__class__.__mro__}", "field '{first.__class__.__mro__}' reads an attribute or an index"),
    ("{first[0]}", "field '{first[0]}' reads an attribute or an index"),
    ("{0}", "field '{0}' must be a name"),
    ("{}", "field '{}' must be a name"),
    ("{first!a}", "conversion '!a' of {first} is not allowed"),
    ("{first", "message is not a valid template"),
    ("{__builtins__}", "unknown field(s) __builtins__"),
])
def test_a_hostile_message_template_is_refused_when_the_rule_loads(tmp_path, template, reason):
    path = write(tmp_path, "number.mismatch.toml", with_message(template))
    with pytest.raises(RuleFileError) as error:
        parse_rule_file(path)
    assert str(error.value) == f"{path}:{line_of('message =')}: {str(error.value).split(': ', 1)[1]}"
    assert reason in str(error.value)


@pytest.mark.parametrize(("template", "rendered"), [
    ("{second:>12} conflicts with {first:<5} ({subject:^3})", "           b conflicts with a     ( 3 )"),
    ("{{literal}} {second!r}", "{literal} 'b'"),
    ("{second} conflicts with {first} for {entity}", "b conflicts with a for {entity}"),  # not computed
])
def test_plain_fields_with_an_alignment_and_a_width_are_allowed(tmp_path, template, rendered):
    rule = parse_rule_file(write(tmp_path, "number.mismatch.toml", with_message(template)))
    assert rule.render({"first": "a", "second": "b", "subject": 3}) == rendered


def test_a_hostile_template_in_a_house_folder_is_exit_2_before_any_article_is_read(run, tmp_path):
    folder = tmp_path / "house-rules"
    folder.mkdir()
    write(folder, "number.house.toml", with_message("m {first:>900000000}").replace("VFY101", "HOUSE9"))
    write(tmp_path, "verify.toml", 'rules = ["house-rules"]\n')
    article = write(tmp_path, "draft.md", "Acme's revenue was €4.8bn.\n\nLater, Acme's revenue was €4.6bn.\n")
    result = run("check", "--no-cache", article)
    assert result.status == 2 and result.out == ""
    where = f"{folder / 'number.house.toml'}:{line_of('message =')}"
    assert result.err == (f"verify: error: {where}: format spec ':>900000000' of "
                          "{first} is not allowed (only an alignment <, > or ^ and a width under 100)\n")


@pytest.mark.parametrize(("change", "reason"), [
    (lambda t: t.replace("approx_tolerance = 0.05", 'approx_tolerance = "high"'),
     "parameter 'approx_tolerance' must be a finite number, not 'high'"),
    (lambda t: t.replace("approx_tolerance = 0.05", "approx_tolerance = inf"), "must be a finite number, not inf"),
    (lambda t: t.replace("approx_tolerance = 0.05", "approx_tolerance = true"), "must be a finite number, not True"),
    (lambda t: t.replace("[params]", "[params]\nfacet = 3"), "parameter 'facet' must be a string"),
    (lambda t: t.replace("[examples]", 'examples = "none"\n[more]'), "needs [examples]"),
    (lambda t: t.replace('code = "VFY101"', 'code = "VFY101"\nlink = 5'), "'link' must be a string"),
    (lambda t: t.replace('code = "VFY101"', 'code = "VFY101"\nfallback = "yes"'), "'fallback' must be true or false"),
    (lambda t: "a = " + "[" * 5000 + "]" * 5000, "nested too deeply"),
])
def test_rule_files_with_bad_types_are_one_line_errors(tmp_path, change, reason):
    with pytest.raises(RuleFileError, match=re.escape(reason)):
        parse_rule_file(write(tmp_path, "number.mismatch.toml", change(GOOD)))


def test_a_rule_file_that_is_not_utf8_or_not_a_file_is_one_line(tmp_path):
    path = tmp_path / "number.mismatch.toml"
    path.write_bytes(b"\xff\xfecheck")
    with pytest.raises(RuleFileError, match=r":1: not UTF-8 \(byte 0\)"):
        parse_rule_file(path)
    path.unlink()
    os.mkfifo(path)
    with pytest.raises(RuleFileError, match=r"not a regular file \(a FIFO\)"):
        parse_rule_file(path)
