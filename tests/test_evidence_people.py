"""Counts of people under another noun: "4 million people watched the show" counts viewers. Every
sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from tests.checking import evidence_status

PUBLISHED = date(2022, 6, 12)
WATCHED = "Some 4 million people stayed up and watched the Ova song contest's opening night on Saturday."


def status(store_url: str, source: str, article: str, figure: str) -> str:
    return evidence_status(store_url, [source], article, figure, PUBLISHED)


@pytest.mark.parametrize(("article", "figure", "expected"), [
    ("The opening night of the Ova song contest had 9 million viewers.", "9 million", "contradicted"),
    ("The opening night of the Ova song contest had 4 million viewers.", "4 million", "supported"),
    ("Its opening night had 9 million viewers, the Ova song contest said.", "9 million", "contradicted"),
    ("The opening night of the Ova song contest drew 9 million people.", "9 million", "contradicted"),
    ("The opening night of the Ova song contest had 9 million voters.", "9 million", "unverified"),  # not watchers
])
def test_people_who_watch_are_viewers(store_url, article, figure, expected):
    assert status(store_url, WATCHED, article, figure) == expected


@pytest.mark.parametrize(("source", "expected"), [
    ("About 3,000 people live in the Ova valley, the census office said in May.", "contradicted"),
    ("About 3,000 people visit the Ova valley each week, the census office said in May.", "unverified"),
    ("About 3,000 voters live in the Ova valley, the census office said in May.", "unverified"),  # two kinds
])
def test_people_are_residents_only_where_they_live(store_url, source, expected):
    assert status(store_url, source, "The Ova valley has 5,000 residents.", "5,000") == expected
