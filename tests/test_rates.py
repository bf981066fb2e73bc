"""Exchange rates: the one-row reader agrees with currencyconverter itself."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.ecb_history import CASSETTE as CASSETTE_PATH
from verify.rates import reference_rate


@pytest.mark.parametrize(("base", "quote", "day"), [
    ("USD", "CNY", date(2026, 4, 10)), ("EUR", "NOK", date(2024, 2, 29)), ("GBP", "USD", date(2008, 9, 15)),
    ("JPY", "EUR", date(2016, 6, 24)), ("USD", "EUR", date(2026, 3, 3)),
])
def test_matches_currencyconverter(base, quote, day):
    from currency_converter import CurrencyConverter

    expected = CurrencyConverter().convert(1, base, quote, date=day)
    rate, when = reference_rate(base, quote, day)
    assert when == day and rate == pytest.approx(expected, rel=1e-12)


def test_weekend_takes_the_previous_business_day():
    assert reference_rate("USD", "CNY", date(2026, 4, 12))[1] == date(2026, 4, 10)


def test_unknown_currency_or_date_gives_none():
    assert reference_rate("USD", "XXX", date(2026, 4, 10)) is None
    assert reference_rate("USD", "CNY", date(1990, 1, 1)) is None


# `verify rates update`: the ECB history file downloaded into the user's cache (replayed, no network).

WRONG_CONVERSION = "The deal was worth $100 million, or €80 million.\n"  # 0.80 EUR per USD


@pytest.fixture
def user_cache(tmp_path, monkeypatch):
    from verify import rates

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    rates.archive.cache_clear()
    yield tmp_path / "cache" / "verify" / "eurofxref-hist.zip"
    rates.archive.cache_clear()


@pytest.fixture
def ecb():
    import respx

    from verify.evidence.cassettes import replay

    with respx.mock(assert_all_called=False) as router:
        yield router, replay


def no_wait(monkeypatch):
    monkeypatch.setattr("time.sleep", lambda seconds: None)


def test_the_cassette_is_the_documented_synthetic_file():
    from tests.ecb_history import CASSETTE, cassette

    assert json.loads(CASSETTE.read_text()) == cassette()


def test_a_draft_after_the_newest_rate_says_so_then_update_checks_it(run, tmp_path, user_cache, ecb, monkeypatch,
                                                                       schema_validator):
    router, replay = ecb
    no_wait(monkeypatch)
    draft = tmp_path / "draft.md"
    draft.write_text(WRONG_CONVERSION)
    before = run("check", "--no-cache", "--format", "json", "--date", "2026-11-30", draft).json()
    schema_validator.validate(before)
    (report,) = before["reports"]
    assert report["findings"] == []
    assert report["notes"] == ["conversion not checked: no ECB rate for 2026-11-30; newest 2026-10-30; "
                               "'verify rates update' fetches newer rates"]
    text = run("check", "--no-cache", "--date", "2026-11-30", draft).out
    assert "conversion not checked: no ECB rate for 2026-11-30; newest 2026-10-30" in text.splitlines()[-2]

    replay(router, CASSETTE_PATH)
    updated = run("rates", "update")
    assert updated.status == 0 and updated.out == f"{user_cache}: updated, newest rate 2026-12-04\n"
    assert run("rates", "where").out.startswith(f"{user_cache} (downloaded): newest rate 2026-12-04")
    after = run("check", "--no-cache", "--format", "json", "--date", "2026-11-30", draft).json()["reports"][0]
    assert [f["rule"] for f in after["findings"]] == ["conversion.rate"] and after["notes"] == []
    assert "0.9091" in after["findings"][0]["message"]  # 1 / 1.1000, the invented rate of 2026-11-30


def test_a_bundled_copy_newer_than_the_download_wins(user_cache):
    from tests.ecb_history import history_zip
    from verify import rates

    user_cache.parent.mkdir(parents=True)
    user_cache.write_bytes(history_zip(date(2020, 1, 3)))
    assert rates.archive() == rates.bundled_archive()


def test_update_retries_then_replaces_atomically(tmp_path, ecb, monkeypatch):
    from verify.rates_update import update_rates

    router, replay = ecb
    no_wait(monkeypatch)
    replay(router, CASSETTE_PATH)
    target = tmp_path / "rates" / "eurofxref-hist.zip"
    result = update_rates(target=target)
    assert result.replaced and result.newest == date(2026, 12, 4)
    assert [p.name for p in target.parent.iterdir()] == ["eurofxref-hist.zip"]  # no temporary left
    assert len(router.calls) == 2  # the 503, then the file


@pytest.mark.parametrize(("response", "reason"), [
    ({"status_code": 200, "content": b"<html>maintenance</html>"}, "not a zip file"),
    ({"status_code": 404}, "the server answered 404"),
    ({"status_code": 200, "headers": {"content-length": str(50 * 1024 * 1024)}, "content": b"x"}, "size limit"),
])
def test_a_bad_download_leaves_the_cached_copy_alone(run, user_cache, ecb, monkeypatch, response, reason):
    import httpx

    from tests.ecb_history import URL, history_zip

    router, _ = ecb
    no_wait(monkeypatch)
    user_cache.parent.mkdir(parents=True)
    previous = history_zip(date(2026, 11, 20))
    user_cache.write_bytes(previous)
    router.get(URL).mock(return_value=httpx.Response(**response))
    result = run("rates", "update")
    assert result.status == 2 and result.err.startswith("verify: error: rates update: ") and reason in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert user_cache.read_bytes() == previous and list(user_cache.parent.iterdir()) == [user_cache]


def test_timeouts_are_retried_then_reported(run, user_cache, ecb, monkeypatch):
    import httpx

    from tests.ecb_history import URL

    router, _ = ecb
    no_wait(monkeypatch)
    router.get(URL).mock(side_effect=httpx.ConnectTimeout("slow"))
    result = run("rates", "update")
    assert result.status == 2 and "timed out (after 4 attempts)" in result.err and not user_cache.exists()


def test_an_older_download_does_not_replace_a_newer_copy(user_cache, ecb, monkeypatch):
    from tests.ecb_history import history_zip
    from verify.rates_update import update_rates

    router, replay = ecb
    no_wait(monkeypatch)
    user_cache.parent.mkdir(parents=True)
    user_cache.write_bytes(history_zip(date(2026, 12, 11)))
    replay(router, CASSETTE_PATH)
    result = update_rates()
    assert not result.replaced and result.newest == date(2026, 12, 11)


def test_a_weekend_after_the_newest_friday_needs_no_note():
    from verify.rates import missing_rate_note

    assert missing_rate_note(date(2026, 10, 31), {"USD", "EUR"}) is None
    assert missing_rate_note(date(2026, 11, 30), {"USD"}) is None  # one currency: nothing to convert
