"""Does a piece of data conform to the JSON contract (``verify/schema/report.schema.json``)?

Used where verify reads back data it wrote earlier and must not trust blindly (cache
entries). Written here rather than with ``jsonschema`` because that library is a test
dependency only and importing it costs about 130 ms, more than the cache hit saves; this
covers exactly the keywords the contract uses (and refuses a schema that uses others, so a
new keyword cannot be skipped silently).

>>> conforms({"start": 0, "end": 3, "line": 1, "column": 1}, "span")
True
>>> conforms({"start": -1, "end": 3, "line": 1, "column": 1}, "span")
False
>>> conforms({"id": "c1", "type": "money", "text": "$5", "value": {"amount": 5, "currency": "usd"},
...           "subject": None, "status": "unchecked",
...           "span": {"start": 0, "end": 2, "line": 1, "column": 1}}, "claim")
False
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

_SCHEMA = Path(__file__).with_name("schema") / "report.schema.json"
_ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description"}
_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,), "array": (list,), "string": (str,), "boolean": (bool,), "null": (type(None),),
    "integer": (int,), "number": (int, float),
}


@cache
def _schema() -> dict[str, Any]:
    return json.loads(_SCHEMA.read_text(encoding="utf-8"))


def _is_type(value: Any, name: str) -> bool:
    if isinstance(value, bool) and name in ("integer", "number"):
        return False
    return isinstance(value, _TYPES[name])


def _valid(value: Any, schema: dict[str, Any]) -> bool:
    for keyword, rule in schema.items():
        if keyword in _ANNOTATIONS or keyword in ("then", "else"):
            continue
        if keyword == "$ref":
            ok = _valid(value, _resolve(rule))
        elif keyword == "type":
            ok = any(_is_type(value, name) for name in ([rule] if isinstance(rule, str) else rule))
        elif keyword == "enum":
            ok = any(value == option and type(value) is type(option) for option in rule)
        elif keyword == "const":
            ok = value == rule and type(value) is type(rule)
        elif keyword == "pattern":
            ok = not isinstance(value, str) or re.search(rule, value) is not None
        elif keyword == "minLength":
            ok = not isinstance(value, str) or len(value) >= rule
        elif keyword == "minimum":
            ok = not _is_type(value, "number") or value >= rule
        elif keyword == "required":
            ok = not isinstance(value, dict) or all(name in value for name in rule)
        elif keyword == "properties":
            ok = not isinstance(value, dict) or all(_valid(value[name], sub) for name, sub in rule.items()
                                                    if name in value)
        elif keyword == "items":
            ok = not isinstance(value, list) or all(_valid(item, rule) for item in value)
        elif keyword == "allOf":
            ok = all(_valid(value, sub) for sub in rule)
        elif keyword == "anyOf":
            ok = any(_valid(value, sub) for sub in rule)
        elif keyword == "oneOf":
            ok = sum(_valid(value, sub) for sub in rule) == 1
        elif keyword == "not":
            ok = not _valid(value, rule)
        elif keyword == "if":
            branch = schema.get("then") if _valid(value, rule) else schema.get("else")
            ok = branch is None or _valid(value, branch)
        else:
            raise ValueError(f"the contract uses {keyword!r}, which verify.contract does not check")
        if not ok:
            return False
    return True


def _resolve(reference: str) -> dict[str, Any]:
    node: Any = _schema()
    for part in reference.removeprefix("#/").split("/"):
        node = node[part]
    return node


def conforms(value: Any, definition: str) -> bool:
    """Whether ``value`` conforms to the contract's definition ``definition`` (e.g. "report")."""
    return _valid(value, _resolve(f"#/$defs/{definition}"))
