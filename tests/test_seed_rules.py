"""The seed article is a careful one: silent on its real date, and the date rule fires on a wrong one."""

from __future__ import annotations

from tests.conftest import SEED


def report(run, *args):
    result = run("check", "--format", "json", *args)
    return result, result.json()["reports"][0]


def test_silent_with_the_real_publication_date(run):
    result, data = report(run, "--date", "2026-04-10", SEED)
    assert result.status == 0
    assert [f for f in data["findings"] if f["severity"] in ("error", "warning")] == []


def test_the_conversion_is_really_checked(run, tmp_path):
    """At 2.5 billion yuan the implied rate (8.6) is far from the ECB's 6.83: the same check must fire."""
    doctored = tmp_path / "seed.md"
    doctored.write_text(SEED.read_text().replace("equivalent to 2 billion yuan", "equivalent to 2.5 billion yuan"))
    _, data = report(run, "--date", "2026-04-10", doctored)
    (finding,) = [f for f in data["findings"] if f["rule"] == "conversion.rate"]
    assert "6.828 CNY per USD" in finding["message"] or "6.828" in finding["message"]
    texts = {c["id"]: c["text"] for c in data["claims"]}
    assert sorted(texts[i] for i in finding["claims"]) == ["$290 million", "2.5 billion yuan"]


def test_a_june_date_contradicts_last_month_and_march(run):
    _, data = report(run, "--date", "2026-06-12", SEED)
    (finding,) = [f for f in data["findings"] if f["category"] == "date"]
    texts = {c["id"]: c["text"] for c in data["claims"]}
    assert finding["rule"] == "date.same-event"
    assert sorted(texts[i] for i in finding["claims"]) == ["March", "last month"]
    assert "2026-05-01" in finding["message"] and "2026-03-01" in finding["message"]
