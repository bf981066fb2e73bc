"""Claims aligned with stored passages: which counterpart a figure, date or name gets, the verdict,
its citation, and the guards that keep a sentence about someone else from being judged."""

from __future__ import annotations

from datetime import date

import pytest

from verify.document import Document
from verify.engine import RuleSet, run_rules
from verify.evidence.ingest import ingest_document
from verify.evidence.matching import Matcher
from verify.evidence.reader import open_reader
from verify.evidence.store import open_store
from verify.extract import extract_claims

PUBLISHED = date(2026, 4, 10)


def checked(store_url: str, sources: list[tuple[str, date | None]], article: str, *, opener: str = "store",
            published: date | None = PUBLISHED):
    """The article's claims (annotated) and findings, against a store holding ``sources``."""
    store = open_store(store_url)
    for number, (text, when) in enumerate(sources):
        ingest_document(store, Document.from_plain(f"source-{number}.txt", text, published=when),
                        f"https://example.org/source-{number}")
    matcher = Matcher(store if opener == "store" else open_reader(store_url))
    doc = Document.from_plain("draft.txt", article)
    claims = extract_claims(doc, published)
    matcher.annotate(claims, published, doc)
    return claims, run_rules(doc, claims, published, RuleSet.default())


def status(claims, text: str) -> str:
    return next(c.status for c in claims if c.text == text)


@pytest.mark.parametrize("opener", ["store", "reader"])
def test_a_figure_is_paired_with_the_one_whose_words_match_not_the_first_of_its_sentence(store_url, opener):
    source = ("Corvel Foods said revenue rose 8% to $2.3 billion in 2025, up from $2.1 billion a year "
              "earlier, while its margin held at 11%.")
    claims, findings = checked(store_url, [(source, date(2026, 2, 20))],
                               "Corvel Foods said its revenue grew 8% to $2.1bn in 2025.", opener=opener)
    money = next(c for c in claims if c.text == "$2.1bn")
    assert (money.status, status(claims, "8%")) == ("contradicted", "supported")
    (evidence,) = money.extra["evidence"]
    assert (evidence["stated"], evidence["claimed"], evidence["published"]) == ("$2.3 billion", "$2.1bn", "2026-02-20")
    assert evidence["excerpt"] == source and evidence["source"] == "https://example.org/source-0"
    (finding,) = [f for f in findings if f.rule == "evidence.contradicted"]
    assert finding.message.startswith('"$2.1bn" (2,100,000,000 USD) is contradicted by https://example.org/source-0 '
                                      "(2026-02-20), which has 2,300,000,000 USD: “Corvel Foods said revenue rose")


def test_a_change_in_the_other_direction_contradicts_even_at_the_same_value(store_url):
    source = "Snap-on said first-quarter earnings per share were $3.50, up 40.6% from a year earlier."
    claims, findings = checked(store_url, [(source, date(2021, 4, 22))], "Snap-on said first-quarter earnings "
                               "per share were $3.50, down 40.6% from a year earlier.", published=date(2021, 4, 23))
    assert (status(claims, "$3.50"), status(claims, "40.6%")) == ("supported", "contradicted")
    (finding,) = [f for f in findings if f.rule == "evidence.contradicted"]
    assert "which has up 40.6%" in finding.message


def test_money_in_another_currency_is_converted_at_the_ecb_rate_of_the_day(store_url):
    from verify.rates import reference_rate

    source = "On 1 March 2024, Halden Robotics raised €200 million from its investors."
    rate, _ = reference_rate("EUR", "USD", date(2024, 3, 1))
    near = f"${round(200 * rate)} million"
    claims, _ = checked(store_url, [(source, date(2024, 3, 1))],
                        f"On 1 March 2024, Halden Robotics raised {near} from its investors. "
                        "On 1 March 2024, Halden Robotics raised $300 million from its investors.", published=None)
    assert [c.status for c in claims if c.type == "money"] == ["supported", "contradicted"]


@pytest.mark.parametrize(("stated", "claimed", "verdict"), [
    ("pleaded guilty on Thursday", "pleaded guilty on Friday", "contradicted"),
    ("pleaded guilty on Thursday", "pleaded guilty on Thursday", "supported"),
    ("will be sentenced on June 6", "will be sentenced on June 9", "contradicted"),
    ("died 35 years ago", "died 36 years ago", "contradicted"),
    ("will be sentenced on June 6", "will be sentenced on Thursday", "unverified"),  # nothing in common to compare
])
def test_dates_without_a_year_are_compared_by_what_both_state(store_url, stated, claimed, verdict):
    claims, _ = checked(store_url, [(f"Scott White, a former gardener from Sydney, {stated}.", None)],
                        f"Scott White, a former gardener from Sydney, {claimed}.", published=None)
    assert [c.status for c in claims if c.type == "date"] == [verdict]


def test_a_date_that_says_when_something_was_said_is_not_the_date_of_the_event(store_url):
    claims, findings = checked(store_url, [("Halden Robotics raised $250 million in a series B round led by Corvel "
                                            "Capital, the company said on April 2, 2026.", date(2026, 4, 2))],
                               "Halden Robotics raised $250 million in a series B round led by Corvel Capital on "
                               "Friday.")
    assert status(claims, "Friday") == "unverified"
    assert not [f for f in findings if f.rule == "evidence.contradicted"]


def test_a_figure_about_someone_the_source_never_mentions_is_not_judged_by_it(store_url):
    source = "Halden Robotics employs 1,200 workers at its two plants."
    claims, _ = checked(store_url, [(source, date(2026, 4, 2))],
                        "Halden Robotics employs about 1,200 workers. Corvel employs 900 workers.")
    assert (status(claims, "about 1,200 workers"), status(claims, "900 workers")) == ("supported", "unverified")


def test_a_name_the_source_gives_otherwise_is_swapped_but_a_competitor_is_not(store_url):
    source = ("An audit by Pellingham found that Corvex moved almost $3.4 billion of reserves to two trading "
              "desks. The reserves were meant to cover its clients' deposits.")
    _, findings = checked(store_url, [(source, None)], "An audit by Strand & Wick found that Corvex moved "
                          "almost $3.4 billion of reserves to two trading desks.", published=None)
    (swap,) = [f for f in findings if f.rule == "evidence.entity-swapped"]
    assert swap.message.startswith('"Strand & Wick" is Pellingham in https://example.org/source-0 (undated): “An '
                                   'audit by')
    assert swap.claims[0].text == "Strand & Wick" and swap.claims[1].text == "almost $3.4 billion"
    _, findings = checked(store_url, [(source, None)], "An audit by Pellingham found that Corvex moved almost "
                          "$3.4 billion of reserves to two trading desks. Its rival Tallis moved $200 million "
                          "of reserves to two trading desks.", published=None)
    assert not [f for f in findings if f.rule == "evidence.entity-swapped"]


def test_a_capitalised_word_that_names_no_one_is_compared_too(store_url):
    source = ("Portugal said on Monday it would let Norwegian trawlers, including the Havbris fleet, fish its "
              "northern waters, saving days on each trip.")
    _, findings = checked(store_url, [(source, None)], "Portugal said on Monday it would let Danish trawlers, "
                          "including the Havbris fleet, fish its northern waters, saving days on each trip.",
                          published=None)
    assert [f.message.split(" in ")[0] for f in findings if f.rule == "evidence.entity-swapped"] == [
        '"Danish" is Norwegian']


def test_a_quotes_speaker_is_left_to_the_quote_checks(store_url):
    source = '"Nobody saw this coming in the markets," said Arlo Menges on Tuesday.'
    claims, findings = checked(store_url, [(source, date(2026, 4, 7))],
                               '"Nobody saw this coming in the markets," said Priya Nandakumar on Tuesday.')
    assert [f.rule for f in findings] == ["evidence.quote-misattributed"]
    assert status(claims, "Tuesday") == "unverified"  # a name beside it that the source never mentions


def test_check_reports_a_swapped_name_and_a_contradicted_date_end_to_end(run, store_url, tmp_path, schema_validator):
    source = tmp_path / "release.md"
    source.write_text("---\ntitle: Halden Robotics closes series B\npublished: 2026-03-20\n---\n"
                      "Halden Robotics raised $250 million in a series B round led by Corvel Capital.\n\n"
                      "The company will open its third plant in Ohio on Tuesday, March 31, 2026.\n")
    assert run("evidence", "add", "--store", store_url, source).status == 0
    draft = tmp_path / "draft.md"
    draft.write_text("---\npublished: 2026-04-10\n---\nHalden Robotics raised $250 million in a series B round "
                     "led by Brightwater Ventures.\n\nThe company will open its third plant in Ohio on Wednesday, "
                     "April 1, 2026.\n")
    result = run("check", "--no-config", "--format", "json", "--evidence", "--store", store_url, draft)
    report = result.json()
    schema_validator.validate(report)
    findings = {f["rule"]: f for f in report["reports"][0]["findings"]}
    swap = findings["evidence.entity-swapped"]
    assert swap["message"].startswith('"Brightwater Ventures" is Corvel Capital in Halden Robotics closes series B')
    assert "(2026-03-20)" in swap["message"]
    assert swap["span"]["column"] == draft.read_text().splitlines()[3].index("Brightwater") + 1
    contradicted = findings["evidence.contradicted"]
    assert contradicted["message"].startswith('"Wednesday, April 1, 2026" (2026-04-01) is contradicted by')
    assert "which has “Tuesday, March 31, 2026” (2026-03-31)" in contradicted["message"]
    assert result.status == 1


@pytest.mark.parametrize("opener", ["store", "reader"])
def test_a_data_tables_fact_is_aligned_by_its_entity_and_metric(store_url, tmp_path, opener):
    from verify.evidence.ingest import data_source, fact_rows

    table = tmp_path / "facts.csv"
    table.write_text("subject,attribute,value,unit,currency,as_of\nHalden Robotics,revenue,84000000,,USD,2025\n")
    store = open_store(store_url)
    store.add_facts_bulk(data_source(table, table.read_text()), fact_rows(table, table.read_text()))
    matcher = Matcher(store if opener == "store" else open_reader(store_url))
    statuses = {}
    for stated in ("$84 million", "$95 million"):
        draft = Document.from_plain("draft.txt", f"Halden Robotics's revenue was {stated} in 2025.")
        claims = extract_claims(draft, PUBLISHED)
        matcher.annotate(claims, PUBLISHED, draft)
        money = next(c for c in claims if c.type == "money")
        statuses[stated] = (money.status, money.extra["evidence"][0]["source"])
    assert statuses == {"$84 million": ("supported", "facts.csv <" + str(table) + ">"),
                        "$95 million": ("contradicted", "facts.csv <" + str(table) + ">")}
