"""headline.figure: the headline's figure against the body's, in every format that has a headline."""

from __future__ import annotations

import pytest

from verify.engine import RuleSet, run_rules
from verify.extract import extract_claims
from verify.loaders import load_path

RULES = RuleSet.default()
BODY = ("Marrow Labs, a Denver maker of bone-density scanners, said on Monday it had raised $35 million in a round "
        "led by Halcyon Partners.\n\nThe company employs 140 people.\n")


def findings(tmp_path, name: str, source: str) -> list:
    path = tmp_path / name
    path.write_text(source)
    doc = load_path(str(path))
    return [f for f in run_rules(doc, extract_claims(doc, doc.published), doc.published, RULES)
            if f.rule == "headline.figure" and f.severity != "info"]


@pytest.mark.parametrize(("name", "source"), [
    ("a.md", f"---\ntitle: Marrow Labs raises $40m\npublished: 2026-04-10\n---\n{BODY}"),
    ("b.md", f"---\npublished: 2026-04-10\n---\n# Marrow Labs raises $40m\n\n{BODY}"),
    ("c.html", "<html><head><title>Marrow raises $40m | Denver Daily</title></head><body>"
               f"<p>{BODY}</p></body></html>"),
    ("d.html", f"<html><body><h1>Scanner maker raises $40m</h1><p>{BODY}</p></body></html>"),
    ("e.txt", f"Marrow Labs raises $40m for clinics\n\n{BODY}"),
    ("f.txt", f"Published: 10 April 2026\nMarrow Labs raises $40m for clinics\n\n{BODY}"),
    ("g.md", "---\ntitle: Marrow Labs expands\ndek: The scanner maker raised $40m\npublished: 2026-04-10\n---\n"
             + BODY),
    ("h.html", "<html><body><h1>Marrow Labs expands</h1><p class='dek'>The scanner maker raised $40m</p>"
               f"<p>{BODY}</p></body></html>"),
])
def test_a_headline_figure_the_body_contradicts_is_found(tmp_path, name, source):
    found = findings(tmp_path, name, source)
    assert len(found) == 1, [f.message for f in found]
    assert '"$40m"' in found[0].message and '"$35 million"' in found[0].message
    assert "Marrow Labs funding" in found[0].message


def test_the_headline_span_points_at_the_title_in_the_source(tmp_path):
    source = f"---\ntitle: Marrow Labs raises $40m\npublished: 2026-04-10\n---\n{BODY}"
    [finding] = findings(tmp_path, "a.md", source)
    start, end = finding.source_span
    assert source[start:end] == "$40m"


@pytest.mark.parametrize(("name", "source"), [
    # the headline agrees with the body
    ("a.md", f"---\ntitle: Marrow Labs raises $35m\npublished: 2026-04-10\n---\n{BODY}"),
    # rounded in the headline as headlines do
    ("b.md", f"---\ntitle: Marrow Labs raises $35.2m\npublished: 2026-04-10\n---\n{BODY}".replace(
        "$35 million", "$35.2 million")),
    # another metric of the same entity
    ("c.md", f"---\ntitle: Marrow Labs hires 200 people\npublished: 2026-04-10\n---\n{BODY}"),
    # said in other words: "employs" is not "cuts"
    ("d.md", "---\ntitle: Corvane to cut 2,100 jobs\npublished: 2026-04-10\n---\n"
             "Corvane Systems, which employs 21,000 people, will reduce its workforce by a tenth.\n"),
    # the headline's figure agrees with a later body figure of the frame
    ("e.md", "---\ntitle: Corvane to cut 2,100 jobs\npublished: 2026-04-10\n---\n"
             "Corvane Systems will cut jobs. It has 21,000 employees and will cut 2,100 jobs this year.\n"),
    # the headline names someone the body never names
    ("j.md", "---\ntitle: Halden Power raises $40m\npublished: 2026-04-10\n---\n" + BODY),
    # a heading further down is a section's, not the headline
    ("h.md", f"---\npublished: 2026-04-10\n---\nMarrow Labs expands.\n\n## Raised $40m\n\n{BODY}"),
    # a paragraph after the heading that is no standfirst
    ("i.html", f"<html><body><h1>Marrow Labs expands</h1><p>It raised $40m.</p><p>{BODY}</p></body></html>"),
    # a plain-text article with no headline: its opening line is a sentence of the body
    ("g.txt", f"Marrow Labs said it raised $40m. {BODY}"),
    # the figure of an earlier round the body also gives
    ("f.md", "---\ntitle: Marrow Labs raises $9m\npublished: 2026-04-10\n---\n" + BODY + "It raised $9 million.\n"),
])
def test_consistent_or_unrelated_headlines_stay_silent(tmp_path, name, source):
    found = findings(tmp_path, name, source)
    assert found == [], [f.message for f in found]


@pytest.mark.parametrize(("front", "standfirst"), [
    ("dek: The scanner maker raised $40m", "The scanner maker raised $40m"),
    ('subtitle: "A second line"', "A second line"),
    ("description: ''", None),
    ("title: Only a title", None),
])
def test_front_matter_gives_the_standfirst(front, standfirst):
    from verify.loaders.front_matter import read_front_matter

    assert read_front_matter("a.md", f"---\n{front}\n---\nBody.\n").standfirst == standfirst
