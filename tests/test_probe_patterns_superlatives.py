"""Probe patterns: a superlative or rank contradicted by the figures an article gives for its holder's peers
(rule ``ranking.figures``).

- "the busiest border post in the region, handled 1.9 million vehicles" … another post "handled 2.4
  million vehicles" the same year: the busiest handled fewer than a peer;
- "the country's second-largest producer, mined 41 tonnes" … two other producers above 41 tonnes;
- "the smallest of the five schools, with 310 pupils" … another of them with 290 pupils;
- "Mara Quell, 61, the oldest of the four candidates" … "Joss Hendry, 64": ages rank too;
- the holder as a pronoun, a description, an apposition after a fronted superlative; the figure in
  the superlative's sentence or the next; the peer in another paragraph;
- silent: figures of different years, a forecast, a group's total ("including"), another metric
  (staff for "busiest"), a country for a port, a peer "across the border", a record over time
  ("its busiest year since 2009", "its largest mine", "the busiest day"), overlapping roundings,
  a second-largest beaten by only one peer; info: a "largest" whose head noun says nothing, a peer
  whose sentence names another place when the superlative is scoped to one.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "ranking.figures"
PUBLISHED = "2026-03-10"


def severities(text: str) -> list[str]:
    return [f.severity for f in findings_of(RULE, text, PUBLISHED)]


CONTRADICTED = {
    "other paragraph": (
        "Kelso Crossing, the busiest border post in the region, handled 1.9 million vehicles last year.\n\n"
        "Queues have eased since a second lane opened.\n\n"
        "The Marrow Bridge post, a few miles north, handled 2.4 million vehicles last year."),
    "holder as pronoun": (
        "Kelso Crossing is the busiest border post in the region. It handled 1.9 million vehicles last year.\n\n"
        "The Marrow Bridge post, a few miles north, handled 2.4 million vehicles last year."),
    "holder as description": (
        "Halden Port, the busiest port in the region, reopened on Monday. The port handled 1.9 million "
        "containers last year.\n\nThe Orrin Quay terminal handled 2.4 million containers last year."),
    "fronted superlative": (
        "The region's busiest border post, Kelso Crossing, handled 1.9 million vehicles last year.\n\n"
        "The Marrow Bridge post handled 2.4 million vehicles last year."),
    "with the figure": (
        "Kelso Crossing is the busiest border post in the region, with 1.9 million vehicles last year.\n\n"
        "Marrow Bridge handled 2.4 million vehicles last year, according to the ministry."),
    "airport passengers": (
        "Dunmore, the busiest airport in the country, handled 8.2 million passengers in 2025.\n\n"
        "Cresswell Airport, its nearest rival, handled 9.1 million passengers in 2025."),
    "second-largest, two above": (
        "Tarn Mining, the country's second-largest producer, mined 41 tonnes of gold in 2025. Its rival "
        "Ostrel Gold mined 52 tonnes in 2025, while Brackwater Resources produced 47 tonnes."),
    "second-largest, peers apart": (
        "Tarn Mining, the second-largest producer in the country, mined 41 tonnes in 2025.\n\n"
        "Ostrel Gold mined 52 tonnes in 2025.\n\nBrackwater Resources produced 47 tonnes in 2025."),
    "smallest of the five": (
        "Linden Primary, the smallest of the five schools, has 310 pupils.\n\n"
        "Hawthorn Academy, on the other side of town, has 290 pupils, according to the council."),
    "largest lender by assets": (
        "Harrow Mutual, the largest lender in the region, has assets of $40bn.\n\n"
        "Its rival Corbel Bank has assets of $52bn."),
    "largest employer": (
        "Pellan, the largest employer in the valley, employs 900 staff.\n\n"
        "Its neighbour Drisk Foods employs 1,400 staff."),
    "largest town": (
        "Ostrava Nova, the largest town in the valley, has 48,000 residents.\n\n"
        "Brenlow, a few miles downstream, has 61,000 residents."),
    "highest-paid": (
        "Ilse Varga, the highest-paid executive at the group, received a salary of £2.1 million last year.\n\n"
        "Her deputy, Tomas Reyl, received a salary of £3.4 million last year, the annual report shows."),
    "oldest, by ages": (
        "Mara Quell, 61, the oldest of the four candidates, has promised to serve one term.\n\n"
        "Her rival Joss Hendry, 64, has led the council since 2019."),
    "youngest, by ages": (
        "Pia Lund, 23, the youngest member of the council, chairs the planning committee.\n\n"
        "Councillor Ed Marsh, 21, was elected in May."),
}


@pytest.mark.parametrize("name", sorted(CONTRADICTED))
def test_a_superlative_beaten_by_peers_is_a_warning(name):
    assert severities(CONTRADICTED[name]) == ["warning"]


def test_the_message_names_the_peer_and_both_figures():
    [finding] = findings_of(RULE, CONTRADICTED["second-largest, two above"], PUBLISHED)
    assert "Ostrel Gold and Brackwater Resources have more" in finding.message
    assert '"41 tonnes"' in finding.message and '"52 tonnes"' in finding.message
    [finding] = findings_of(RULE, CONTRADICTED["oldest, by ages"], PUBLISHED)
    assert "Joss Hendry is older" in finding.message


SILENT = {
    "holder ahead": (
        "Kelso Crossing, the busiest border post in the region, handled 2.9 million vehicles last year.\n\n"
        "The Marrow Bridge post handled 2.4 million vehicles last year."),
    "different years": (
        "Kelso Crossing, the busiest border post in the region, handled 1.9 million vehicles last year.\n\n"
        "The Marrow Bridge post handled 2.4 million vehicles in 2019."),
    "peer forecast": (
        "Kelso Crossing, the busiest border post in the region, handled 1.9 million vehicles last year.\n\n"
        "The Marrow Bridge post is expected to handle 2.4 million vehicles this year."),
    "peer a group including the holder": (
        "Kelso Crossing, the busiest border post in the region, handled 1.9 million vehicles last year.\n\n"
        "The region's posts, including Kelso Crossing, handled 6.3 million vehicles last year."),
    "another metric": (
        "Kelso Crossing, the busiest border post in the region, employs 120 staff.\n\n"
        "The Marrow Bridge post employs 240 staff."),
    "a country is no peer of a post": (
        "Kelso Crossing, the busiest border post in Europe, handled 1.9 million vehicles last year.\n\n"
        "Germany handled 24 million vehicles last year at its borders."),
    "peer across the border": (
        "Kelso Crossing, the busiest border post in the region, handled 1.9 million vehicles last year.\n\n"
        "The Dunvar post, across the border, handled 2.4 million vehicles last year."),
    "record since a year": (
        "Kelso Crossing had its busiest year since 2009, handling 1.9 million vehicles last year.\n\n"
        "The Marrow Bridge post handled 2.4 million vehicles last year."),
    "the owner's own largest": (
        "Tarn Mining said its largest mine, Kessel, produced 12 tonnes in 2025. Ostrel Gold produced 52 "
        "tonnes in 2025."),
    "roundings meet": (
        "Kelso Crossing, the busiest border post in the region, handled 1.9 million vehicles last year.\n\n"
        "The Marrow Bridge post handled about 2 million vehicles last year."),
    "lender by customers": (
        "Harrow Mutual, the largest lender in the region, has 400,000 customers.\n\n"
        "Its rival Corbel Bank has 650,000 customers."),
    "busiest day": (
        "Monday was the busiest day at Kelso Crossing, which handled 9,000 vehicles. The Marrow Bridge post "
        "handled 12,000 vehicles on Monday."),
    "second-largest, one above": (
        "Tarn Mining, the country's second-largest producer, mined 41 tonnes of gold in 2025. Its rival "
        "Ostrel Gold mined 52 tonnes in 2025, while Brackwater Resources produced 37 tonnes."),
    "smallest, the others larger": (
        "Linden Primary, the smallest of the five schools, has 310 pupils.\n\n"
        "Hawthorn Academy, on the other side of town, has 390 pupils, according to the council."),
    "a past standing": (
        "Kelso Crossing, once the busiest border post in the region, handled 1.9 million vehicles last year.\n\n"
        "The Marrow Bridge post handled 2.4 million vehicles last year."),
    "a standing to come": (
        "Kelso Crossing, set to become the busiest border post in the region, handled 1.9 million vehicles "
        "last year.\n\nThe Marrow Bridge post handled 2.4 million vehicles last year."),
    "a standing lost": (
        "Kelso Crossing is no longer the busiest border post in the region, with 1.9 million vehicles last "
        "year.\n\nThe Marrow Bridge post handled 2.4 million vehicles last year."),
    "a standing before": (
        "Kelso Crossing had been the busiest border post in the region. It handled 1.9 million vehicles last "
        "year.\n\nThe Marrow Bridge post handled 2.4 million vehicles last year."),
    "a hypothetical standing": (
        "After the merger Tarn Mining would be the largest producer in the country, with 41 tonnes a year. "
        "Ostrel Gold mined 52 tonnes in 2025."),
    "among the busiest": (
        "Kelso Crossing, among the busiest border posts in the region, handled 1.9 million vehicles last "
        "year.\n\nThe Marrow Bridge post handled 2.4 million vehicles last year."),
    "busiest after the peer": (
        "Kelso Crossing, the busiest border post in the region after Marrow Bridge, handled 1.9 million "
        "vehicles last year.\n\nThe Marrow Bridge post handled 2.4 million vehicles last year."),
    "peer capacity": (
        "Kelso Crossing, the busiest border post in the region, handled 1.9 million vehicles last year.\n\n"
        "The new Marrow Bridge post can handle 2.4 million vehicles a year."),
    "a daily figure against a yearly one": (
        "Kelso Crossing, the busiest border post in the region, handles about 5,200 vehicles a day.\n\n"
        "The Marrow Bridge post handled 2.4 million vehicles last year."),
    "peer figure confined to a market": (
        "Halder Motors, the largest carmaker in the country, sold 2.1 million cars last year. Its rival Bolte "
        "sold 3.2 million cars in the United States last year."),
    "peers' totals since a year": (
        "Tarn Mining, the second-largest producer in the country, mined 41 tonnes in 2025. Ostrel Gold has "
        "mined 520 tonnes since 1990, and Brackwater 470 tonnes since 2001."),
    "a peer that is the holder's parent": (
        "Tarn Mining, the second-largest producer in the country, mined 41 tonnes in 2025. Its parent, Halvard "
        "Group, mined 95 tonnes in 2025, and Ostrel Gold mined 52 tonnes in 2025."),
    "tonnes of another metal": (
        "Tarn Mining, the largest producer in the country, mined 41 tonnes of gold in 2025. Ostrel Metals mined "
        "52 tonnes of copper in 2025."),
    "a peer topping a wider list": (
        "Kelso Crossing, the busiest border post in the region, handled 1.9 million vehicles last year.\n\n"
        "Marrow Bridge, the busiest post in the country, handled 9.4 million vehicles last year."),
    "oldest, the others younger": (
        "Mara Quell, 61, the oldest of the four candidates, has promised to serve one term.\n\n"
        "Her rival Joss Hendry, 58, has led the council since 2019."),
    "an age at an event": (
        "Mara Quell, 61, the oldest of the four candidates, has promised to serve one term.\n\n"
        "Her rival Joss Hendry won his first seat at 64 in 2019."),
}


@pytest.mark.parametrize("name", sorted(SILENT))
def test_consistent_or_unlike_figures_stay_silent(name):
    assert severities(SILENT[name]) == []


WEAK = {
    "a largest whose head says nothing": (
        "Pellan, the largest company in the valley, employs 900 staff.\n\n"
        "Its neighbour Drisk Foods employs 1,400 staff."),
    "a peer told with another place": (
        "Kelso Crossing, the busiest border post in the region, handled 1.9 million vehicles last year.\n\n"
        "Gretna Bridge, a post in Scotland, handled 2.4 million vehicles last year."),
    "a narrowed set": (
        "Tarn Mining, the largest independent producer in the country, mined 41 tonnes in 2025.\n\n"
        "Ostrel Gold, the state miner, mined 52 tonnes in 2025."),
}


@pytest.mark.parametrize("name", sorted(WEAK))
def test_unclear_peers_report_at_info(name):
    assert severities(WEAK[name]) == ["info"]


def frame_of(text: str, figure: str):
    """The frame of the first claim whose text is ``figure``."""
    from datetime import date

    from verify.checks.common import CheckContext
    from verify.document import Document
    from verify.extract import extract_claims

    when = date.fromisoformat(PUBLISHED)
    doc = Document.from_plain("invented.txt", text)
    ctx = CheckContext(doc, extract_claims(doc, when), when)
    return next(f for f in ctx.frames.frames if f.claim.text == figure)


@pytest.mark.parametrize("owner", ["Norway's", "the country's"])
def test_a_possessive_in_a_closed_apposition_does_not_own_the_figure(owner):
    text = f"Tarn Mining, {owner} second-largest producer, mined 41 tonnes of gold in 2025."
    assert frame_of(text, "41 tonnes").entity_name == "Tarn Mining"


def test_the_holder_of_a_fronted_superlative_is_the_name_set_off_after_it():
    text = "The region's busiest border post, Kelso Crossing, handled 1.9 million vehicles last year."
    assert frame_of(text, "busiest").entity_name == "Kelso Crossing"


def test_a_place_described_by_a_superlative_holds_it():
    text = ("Halden Port, the busiest port in the region, reopened on Monday. The port handled 1.9 million "
            "containers last year.")
    assert frame_of(text, "the busiest").entity_name == "Halden Port"
