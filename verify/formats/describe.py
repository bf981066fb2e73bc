"""Human wording of claim values, shared by the human-readable formats.

>>> describe_value("money", {"amount": 290000000, "currency": "USD"})
'290,000,000 USD'
>>> describe_value("date", {"start": "2026-03-01", "end": "2026-03-31", "relative": True})
'2026-03-01 … 2026-03-31 (relative)'
>>> describe_value("quote", {"speaker": None, "quote": "x"})
'unattributed'
"""

from __future__ import annotations

from typing import Any


def number_text(value: float | int) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


def _hedge(value: dict[str, Any]) -> str:
    bound = value.get("bound")
    if bound == "min":
        return "≥ "
    if bound == "max":
        return "≤ "
    return "≈ " if value.get("approx") else ""


def describe_value(kind: str, value: dict[str, Any]) -> str:
    """A short phrase for a claim's normalised value."""
    if kind == "money":
        amount = number_text(value["amount"])
        if value.get("range"):
            amount += f"–{number_text(value['max'])}"
        return f"{_hedge(value)}{amount} {value['currency']}"
    if kind == "percent":
        unit = " percentage points" if value.get("points") else "%"
        return f"{_hedge(value)}{number_text(value['amount'])}{unit}"
    if kind == "quantity":  # a count whose noun the article left out has no unit
        unit = f" {value['unit']}" if value.get("unit") else ""
        return f"{_hedge(value)}{number_text(value['amount'])}{unit}"
    if kind == "date":
        if value.get("start") is None:
            return "unresolved (no publication date)"
        span = (value["start"] if value["start"] == value["end"]
                else f"{value['start']} … {value['end']}")
        return span + (" (relative)" if value.get("relative") else "")
    if kind == "duration":
        amount = value["amount"]
        unit = value["unit"] + ("" if amount == 1 else "s")
        span = f"{number_text(amount)}–{number_text(value['max'])}" if value.get("range") else number_text(amount)
        text = f"{_hedge(value)}{span} {unit}"
        return text + (" (age)" if value.get("age") else "")
    if kind == "ranking":
        return f"top {value['top']}" if "top" in value else f"rank {value['rank']}"
    if kind == "quote":
        return f"speaker: {value['speaker']}" if value.get("speaker") else "unattributed"
    return str(value)
