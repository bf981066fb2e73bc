"""number.mismatch: bounds, bare shares and restated forecasts.

Patterns:

1. A strict bound contradicted by a value of the same thing: "employs more than 2,000 staff" … "its
   1,850 staff", "runs fewer than 40 stores" … "its 46 stores", "at least 3 million visitors" … "2.4
   million visitors". A bound for another period is no contradiction, nor is a level the clause says
   holds now ("has dropped to below 60%", "now runs fewer than 40 stores") against one of a period
   already over ("61.4% in May"). "nearly", "almost", "about" and "around" are hedges, not bounds:
   silent a little past the figure, heard far from it.
2. A bare "share" with a percentage ("Orbis's share had slipped to 61.4%") is no share price: it is the
   share the article names elsewhere (a market share, a share of the vote). A market share is a share
   of the market, as "61.4% of the market" is.
3. A forecast restated by its change noun ("If Halden's forecast of a 3% drop comes true", "the
   predicted 3% fall") is that entity's forecast stated earlier, of its metric and period; a result
   against a forecast stays silent.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest

from tests.checking import findings_of

RULE = "number.mismatch"
WHEN = "2026-04-10"


def found(text: str) -> list[tuple[str, list[str]]]:
    """The severity and the figures of each finding of the rule on ``text``."""
    return [(f.severity, sorted(c.text for c in f.claims)) for f in findings_of(RULE, text, WHEN)]


# ---- 1. bounds ---------------------------------------------------------------------------------------

STAFF = "Fenwick Logistics employs more than 2,000 staff across its depots, the company said."


@pytest.mark.parametrize(("second", "severity"), [
    ("Fenwick's 1,850 staff will receive a bonus in the summer.", "error"),
    ("Its 1,850 staff will receive a bonus in the summer.", "error"),
    ("The haulier's 1,850 staff will receive a bonus in the summer.", "info"),  # a description: weak
])
def test_a_count_below_a_lower_bound(second, severity):
    assert found(f"{STAFF}\n\n{second}") == [(severity, ["1,850 staff", "more than 2,000 staff"])]


@pytest.mark.parametrize("second", [
    "Fenwick's 2,150 staff will receive a bonus in the summer.",
    "Fenwick's 2,000 drivers will receive a bonus in the summer.",
])
def test_a_count_inside_the_bound_or_of_another_thing_is_silent(second):
    assert found(f"{STAFF}\n\n{second}") == []


def test_a_bound_of_last_year_against_a_count_of_now_is_silent():
    text = ("Fenwick Logistics employed more than 2,000 staff last year, the company said.\n\n"
            "After a round of cuts, Fenwick now employs 1,850 staff.")
    assert found(text) == []


STORES = "Marlow Books runs fewer than 40 stores after a decade of closures."


def test_a_count_above_an_upper_bound():
    text = f"{STORES}\n\nChief executive Ada Quince said Marlow's 46 stores would stay open."
    assert found(text) == [("error", ["46 stores", "fewer than 40 stores"])]


@pytest.mark.parametrize("text", [
    f"{STORES}\n\nChief executive Ada Quince said Marlow's 36 stores would stay open.",
    "Marlow Books now runs fewer than 40 stores after a decade of closures.\n\n"
    "Marlow ran 46 stores in January, chief executive Ada Quince said.",
    "Marlow Books has shrunk to fewer than 40 stores after a decade of closures.\n\n"
    "In January Marlow had 46 stores, chief executive Ada Quince said.",
])
def test_inside_the_bound_or_before_it_was_reached_is_silent(text):
    assert found(text) == []


VISITORS = "The Kestrel festival drew at least 3 million visitors last year, organisers said."


def test_a_figure_below_at_least():
    text = f"{VISITORS}\n\nKestrel counted 2.4 million visitors last year, according to the tourism office."
    assert found(text) == [("error", ["2.4 million visitors", "at least 3 million visitors"])]


@pytest.mark.parametrize("second", [
    "Kestrel counted 3.2 million visitors last year, according to the tourism office.",
    "Kestrel counted 2.4 million visitors in 2023, according to the tourism office.",
])
def test_at_least_met_or_another_year_is_silent(second):
    assert found(f"{VISITORS}\n\n{second}") == []


@pytest.mark.parametrize(("first", "second", "pair"), [
    ("The Pellham Party won under 20% of the vote in the March election.",
     "The Pellham Party took 23.5% of the vote in the March election, the electoral commission said.",
     ["23.5%", "under 20%"]),
    ("Dovecote Air carried no more than 8 million passengers in 2025.",
     "Dovecote Air carried 8.9 million passengers in 2025, the airline said.",
     ["8.9 million passengers", "no more than 8 million passengers"]),
    ("Dovecote Air carried above 8 million passengers in 2025.",
     "Dovecote Air carried 7.1 million passengers in 2025, the airline said.",
     ["7.1 million passengers", "above 8 million passengers"]),
])
def test_other_bounds(first, second, pair):
    assert found(f"{first}\n\n{second}") == [("error", pair)]


@pytest.mark.parametrize(("first", "second"), [
    ("The Saltmarsh clinic treats nearly 900 patients a week, staff said.",
     "The Saltmarsh clinic treats 870 patients a week."),
    ("The Saltmarsh clinic treats nearly 900 patients a week, staff said.",
     "The Saltmarsh clinic treats 905 patients a week."),
    ("Ormond Dairy has almost 300 workers, the union said.", "Ormond Dairy's 306 workers voted to strike."),
    ("Ormond Dairy has about 300 workers, the union said.", "Ormond Dairy's 312 workers voted to strike."),
    ("Orbis has a market share of nearly 60%, according to Statwell.", "Orbis's market share is 60.8%, Statwell said."),
])
def test_a_hedge_is_no_bound(first, second):
    assert found(f"{first}\n\n{second}") == []


def test_a_hedge_far_from_the_figure_is_heard():
    text = ("The Saltmarsh clinic treats nearly 900 patients a week, staff said.\n\n"
            "The Saltmarsh clinic treats 700 patients a week.")
    assert found(text) == [("error", ["700 patients", "nearly 900 patients"])]


# ---- 2. a bare share with a percentage ---------------------------------------------------------------

ORBIS = ("The Orbis browser's market share has dropped to below 60%, according to figures from the analytics "
         "firm Statwell.")


@pytest.mark.parametrize(("second", "severity"), [
    ("Orbis is made by Quarrow Labs. Orbis's share had slipped since October to 61.4%, Statwell said.", "error"),
    ("Since October, Orbis's share has slipped to 61.4%.", "error"),
    ("Orbis now has a share of 61.4%, down from 66% a year ago.", "error"),
    ("Orbis is made by Quarrow Labs. Its share had slipped since October to 61.4%.", "info"),  # a pronoun
])
def test_a_bare_share_is_the_market_share(second, severity):
    assert found(f"{ORBIS}\n\n{second}") == [(severity, ["61.4%", "below 60%"])]


@pytest.mark.parametrize("second", [
    "Orbis's share had slipped since October to 58.4%, Statwell said.",
    "In May, Orbis's share was 61.4%.",
    "Orbis's share last year was 61.4%.",
    "Shares in Quarrow Labs, which makes Orbis, fell 4% on Monday. Quarrow's shares have lost 61.4% since 2021.",
    "Vellum Capital holds a 61.4% share in Quarrow Labs, which makes Orbis.",
])
def test_a_share_that_agrees_or_is_another_thing_is_silent(second):
    assert found(f"{ORBIS}\n\n{second}") == []


def test_a_bare_share_is_the_vote_share_the_article_names():
    text = ("The Pellham Party won under 20% of the vote in the March election.\n\n"
            "Pellham's share rose to 23.5% in the March election, the electoral commission said.")
    assert found(text) == [("error", ["23.5%", "under 20%"])]


def test_a_vote_share_of_another_election_is_silent():
    text = ("The Pellham Party won under 20% of the vote in the March election.\n\n"
            "Pellham's share was 23.5% in the 2021 election, the electoral commission said.")
    assert found(text) == []


def test_a_bare_share_of_a_named_whole_is_no_market_share():
    from datetime import date

    from verify.document import Document
    from verify.extract import extract_claims

    text = ("Tallow Tobacco's market share rose to 40% last year.\n\n"
            "The share of adults who smoke fell to 12%, Tallow said.")
    doc = Document.from_plain("invented.txt", text)
    (frame,) = [c.frame for c in extract_claims(doc, date.fromisoformat(WHEN)) if c.text == "12%"]
    assert frame.metric == "share of adult" and found(text) == []


def test_a_share_of_the_market_is_the_market_share():
    text = f"{ORBIS}\n\nOrbis holds 61.4% of the market, Statwell said."
    assert found(text) == [("error", ["61.4%", "below 60%"])]


@pytest.mark.parametrize("second", ["Orbis holds 58.2% of the market, Statwell said.",
                                    "Orbis holds 61.4% of the mobile market, Statwell said."])
def test_a_share_of_the_market_that_agrees_or_of_another_market_is_silent(second):
    assert found(f"{ORBIS}\n\n{second}") == []


def test_market_shares_of_two_holders_past_the_whole():
    text = "Orbis has a market share of 60%, while Vellum holds a 45% market share, according to Statwell."
    (finding,) = findings_of("arithmetic.shares", text, WHEN)
    assert "shares of market add up to 105 %" in finding.message


# ---- 3. a forecast restated by its change noun -------------------------------------------------------

FORECAST = "Ostby Bank expects office rents to slide 5% in 2027, citing empty floors in the city centre."


@pytest.mark.parametrize(("second", "severity"), [
    ("Should Ostby's forecast of a 4% slide prove right, landlords would cut prices.", "error"),
    ("Ostby's forecast 4% decline would be the steepest since 2009.", "error"),
    ("Its projected 4% decline would be the steepest since 2009.", "error"),
    ("The lender's forecast of a 4% drop assumes no new offices open.", "error"),
    ("The predicted 4% slide would hit landlords in the north hardest, Ostby said.", "info"),  # the speaker's
])
def test_a_restated_forecast_meets_the_forecast(second, severity):
    assert found(f"{FORECAST}\n\n{second}") == [(severity, ["4%", "5%"])]


def test_the_forecast_of_the_same_lender_among_others():
    text = (f"{FORECAST} Corra Bank expects office rents to slide 8% in 2027.\n\n"
            "Should Ostby's forecast of a 4% slide prove right, landlords would cut prices.")
    assert found(text) == [("error", ["4%", "5%"])]


@pytest.mark.parametrize("second", [
    "Should Ostby's forecast of a 5% slide prove right, landlords would cut prices.",
    "Rents slid 4% in the first quarter, agents said.",  # a result is no forecast
    "Ostby Bank said rents slid 4% last year.",
    "Should Ostby's forecast of a 4% rise prove right, landlords would gain.",  # another forecast
    "Ostby's forecast of a 4% drop in 2028 assumes no new offices open.",  # another year
    "Corra Bank expects office rents to slide 8% in 2027. Should Corra's forecast of a 8% slide prove right, "
    "landlords would cut prices.",
])
def test_a_forecast_restated_alike_or_a_result_is_silent(second):
    assert found(f"{FORECAST}\n\n{second}") == []


def test_of_two_forecasts_which_one_is_restated_is_not_said():
    text = (f"{FORECAST}\n\nOstby also expects home prices to slide 2% in 2027. Should its forecast of a 4% "
            "slide prove right, landlords would cut prices.")
    assert all("4%" not in figures for _, figures in found(text))


FORECASTER = "Economist Mara Vell predicted that office rents would slide 5% in 2027."


@pytest.mark.parametrize("text", [
    f"{FORECASTER}\n\nShould Vell's forecast of a 4% slide prove right, landlords would cut prices.",
    f"{FORECASTER}\n\nShould her forecast of a 4% slide prove right, landlords would cut prices.",
    "Ostby Credit expects office rents to slide 5% in 2027.\n\nShould Ostby's forecast of a 4% slide prove right, "
    "landlords would cut prices.",
])
def test_a_forecast_of_no_ones_figure_is_its_forecasters(text):
    assert found(text) == [("error", ["4%", "5%"])]


@pytest.mark.parametrize("text", [
    f"{FORECASTER}\n\nShould Vell's forecast of a 5% slide prove right, landlords would cut prices.",
    f"{FORECASTER}\n\nOffice rents slid 4% in the first quarter, agents said.",
    "Ostby Credit expects office rents to slide 5% in 2027.\n\nOstby also expects home prices to slide 2% in 2027. "
    "Should its forecast of a 4% slide prove right, landlords would cut prices.",
])
def test_a_forecasters_forecast_restated_alike_or_unclear_is_silent(text):
    assert found(text) == []
