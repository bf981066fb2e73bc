"""Suppressions in the draft: verify-ignore (next paragraph), disable/enable, unused, unknown."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

CONTRADICTION = "Acme's revenue was €4.8bn.\n\nLater, Acme's revenue was €4.6bn.\n"


def check(run, tmp_path: Path, text: str):
    path = tmp_path / "draft.md"
    path.write_text(text)
    result = run("check", "--no-config", "--format", "concise", path)
    return result, [line.split()[2] for line in result.out.splitlines()]


def test_ignore_silences_the_next_paragraph_only(run, tmp_path):
    text = ("Acme's revenue was €4.8bn.\n\n<!-- verify-ignore number.mismatch -- restated after audit -->\n"
            "Later, Acme's revenue was €4.6bn.\n")
    result, rules = check(run, tmp_path, text)
    assert rules == [] and result.status == 0


def test_ignore_by_prefix(run, tmp_path):
    text = "Acme's revenue was €4.8bn.\n\n<!-- verify-ignore number -->\nLater, Acme's revenue was €4.6bn.\n"
    assert check(run, tmp_path, text)[1] == []


def test_ignore_before_another_paragraph_does_not_apply(run, tmp_path):
    text = ("<!-- verify-ignore number.mismatch -- wrong place -->\nAcme's revenue was €4.8bn.\n\n"
            "Later, Acme's revenue was €4.6bn.\n")
    assert check(run, tmp_path, text)[1] == ["suppression.unused", "number.mismatch"]  # in line order


def test_disable_and_enable(run, tmp_path):
    text = ("Acme's revenue was €4.8bn.\n\n<!-- verify-disable number.mismatch -- archive copy -->\n\n"
            "Later, Acme's revenue was €4.6bn.\n\n<!-- verify-enable number.mismatch -->\n\n"
            "Finally, Acme's revenue was €4.1bn.\n")
    assert check(run, tmp_path, text)[1] == ["number.mismatch"]


def test_unused_suppression_is_reported_as_a_warning(run, tmp_path):
    result, rules = check(run, tmp_path, "<!-- verify-ignore quote.altered -- just in case -->\nNothing here.\n")
    assert rules == ["suppression.unused"] and " warning " in result.out


def test_unknown_rule_in_a_suppression_is_exit_2(run, tmp_path):
    result, _ = check(run, tmp_path, "<!-- verify-ignore no.such-rule -->\nText.\n")
    assert result.status == 2 and "draft.md:1: unknown rule 'no.such-rule'" in result.err
    assert "(in verify-ignore)" in result.err


def test_ordinary_comments_are_not_suppressions(run, tmp_path):
    assert check(run, tmp_path, "<!-- editor: check with legal -->\n" + CONTRADICTION)[1] == ["number.mismatch"]


def test_hyphenated_rule_ids(run, tmp_path):
    text = ("Mira Castell wrote last month on her blog that prices would fall.\n\n"
            "<!-- verify-ignore date.same-event -- the post was backdated -->\n"
            "Castell's post, published in March, was widely shared.\n")
    path = tmp_path / "draft.md"
    path.write_text(text)
    result = run("check", "--no-config", "--format", "concise", "--date", "2026-06-12", path)
    assert result.out == "" and result.status == 0


def test_rules_named_by_code(run, tmp_path):
    text = "Acme's revenue was €4.8bn.\n\n<!-- verify-ignore VFY101 -- audited -->\nLater, Acme's revenue was €4.6bn.\n"
    assert check(run, tmp_path, text)[1] == []


def test_bare_disable_is_reported(run, tmp_path):
    result, rules = check(run, tmp_path, "<!-- verify-disable -->\n" + CONTRADICTION)
    assert rules == ["suppression.unused", "number.mismatch"] and "names no rule" in result.out


def check_text(run, tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "draft.txt"
    path.write_text(text)
    return [line.split()[2] for line in run("check", "--no-config", "--format", "concise", path).out.splitlines()]


def test_plain_text_line_comment_and_html_comment_forms(run, tmp_path):
    first, second = CONTRADICTION.split("\n\n")
    for comment in ("# verify-ignore number.mismatch -- restated after audit",
                    "// verify-ignore VFY101 -- restated after audit",
                    "<!-- verify-ignore number -- restated after audit -->"):
        assert check_text(run, tmp_path, f"{first}\n\n{comment}\n{second}") == [], comment
    assert check_text(run, tmp_path, CONTRADICTION) == ["number.mismatch"]


def test_plain_text_comment_lines_are_not_prose_and_other_hash_lines_are(run, tmp_path):
    from verify.loaders import load_path

    path = tmp_path / "draft.txt"
    path.write_text("# Budget 2026\n\n# verify-disable date -- reason with $5 million in it\nText.\n")
    doc = load_path(str(path))
    assert "Budget 2026" in doc.text and "$5 million" not in doc.text
    assert [d.body for d in doc.directives] == ["verify-disable date -- reason with $5 million in it"]
    unused = check_text(run, tmp_path, "# verify-ignore quote.altered -- stale\nNothing here.\n")
    assert unused == ["suppression.unused"]


# Property: the plain-text comment reader takes exactly the comment lines and maps all the rest back.

LINES = st.one_of(
    st.sampled_from(["Acme's revenue was €4.8bn.", "# Budget 2026", "// not a directive", "", "   ",
                     "#verify-ignore number -- tight", "  // verify-disable date", "<!-- verify-enable date -->",
                     "# verify-ignore number.mismatch -- reason with $5m", "text # verify-ignore number",
                     "<!-- verify-ignore quote --> trailing words", "# verify-ignorance is bliss"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=30))


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=12))
def test_plain_comment_lines_are_directives_and_the_rest_maps_back(lines):
    from verify.loaders.plain import _COMMENT_LINE, parse_plain

    source = "\n".join(lines)
    doc = parse_plain("a.txt", source)
    taken = [line for line in lines if _COMMENT_LINE.fullmatch(line)]
    assert len(doc.directives) == len(taken)
    assert all(source[d.start:d.end] == line for d, line in zip(doc.directives, taken, strict=True))
    assert doc.text == "\n".join("" if _COMMENT_LINE.fullmatch(line) else line for line in lines)
    for offset in range(len(doc.text)):  # every prose character comes from the same character of the source
        start, end = doc.source_span(offset, offset + 1)
        assert source[start:end] == doc.text[offset]


RULE_IDS = ["number.mismatch", "date.same-event", "date.weekday", "quote.altered"]
NAMES = ["number", "number.mismatch", "date", "date.same-event", "date.weekday", "quote"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30), st.lists(st.sampled_from(NAMES), min_size=1,
                                                                          max_size=2)), max_size=12),
       st.lists(st.tuples(st.integers(0, 90), st.sampled_from(RULE_IDS)), max_size=20))
def test_the_sweep_silences_exactly_what_each_suppression_covers(spans, hits):
    from verify.document import Directive
    from verify.report import Finding
    from verify.suppressions import Suppression, silence

    def build() -> list[Suppression]:
        return [Suppression(names, "", start, start + length, Directive("", 0, 0)) for start, length, names in spans]

    def brute_covers(s: Suppression, rule: str, offset: int) -> bool:
        named = any(rule == r or rule.startswith(r + ".") for r in s.rules)
        return named and s.start <= offset < s.end

    findings = [Finding(rule, "number", "error", "m", [], span=(offset, offset + 1)) for offset, rule in hits]
    suppressions = build()
    kept = silence(findings, suppressions)
    expected_suppressions = build()
    expected = [f for f in findings
                if not [s for s in expected_suppressions if brute_covers(s, f.rule, f.span[0])]]
    for finding in findings:
        for s in expected_suppressions:
            if brute_covers(s, finding.rule, finding.span[0]):
                s.used = True
    assert kept == expected
    assert [s.used for s in suppressions] == [s.used for s in expected_suppressions]


def test_many_disable_enable_pairs_and_ignores_are_linear(run, tmp_path):
    import time

    pair = "<!-- verify-disable number -- x -->\nAcme's revenue was €4.8bn.\n<!-- verify-enable number -->\n\n"
    ignore = "<!-- verify-ignore number -- x -->\nAcme's revenue was €4.8bn.\n\n"
    for unit in (pair, ignore):
        path = tmp_path / "draft.md"
        path.write_text(unit * 4000)
        start = time.perf_counter()
        result = run("check", "--no-cache", "--no-config", "--format", "concise", path)
        assert time.perf_counter() - start < 30 and result.status == 0
