"""Rule files: loading, validation and the registry.

A rule is one TOML file whose name is its id (``rules/conversion.rate.toml`` →
``conversion.rate``). It names a check kind from the closed set in
:data:`verify.checks.CHECK_KINDS`, its category, severity, message template,
parameters and a failing and a passing example::

    check = "conversion"
    category = "conversion"
    severity = "warning"
    code = "VFY201"
    summary = "A figure given in two currencies disagrees with the ECB rate of the day."
    message = "{first} and {second} imply {implied} …"
    scope = ["paragraph", "list"]   # optional: where it applies (default: everywhere)
    fallback = false                # optional: true reports a finding only if no other rule names its claims
    [params]
    tolerance = 0.03
    [examples]
    published = "2026-04-10"
    fail = "…"
    pass = "…"

A malformed file raises :class:`RuleFileError` with ``path:line: reason``.

A message template is data, not code: it may name only the fields its check kind
provides (``{first}``), with no attribute or index access (``{first.__class__}``,
``{first[0]}``), no nested fields, and no format spec but an alignment and a width
under 100 (``{first:>12}``), so a rule file cannot write a 900 MB report or read
Python internals.

>>> template_problem("{second} conflicts with {first}", {"first", "second"}) is None
True
>>> template_problem("m {first:>900000000}", {"first"})
"format spec ':>900000000' of {first} is not allowed (only an alignment <, > or ^ and a width under 100)"
>>> template_problem("{first.__class__.__mro__}", {"first"})
"field '{first.__class__.__mro__}' reads an attribute or an index; name the field alone"

>>> rule = load_builtin_rules()["conversion.rate"]
>>> rule.check, rule.category
('conversion', 'conversion')
"""

from __future__ import annotations

import math
import re
import string
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from verify import HOMEPAGE
from verify.errors import RuleFileError
from verify.frames.pairs import Policy
from verify.report import CATEGORIES, SEVERITIES

_REQUIRED = ("check", "category", "severity", "code", "summary", "description", "message")
DOCS = f"{HOMEPAGE}/blob/main/rules"  # each rule file documents itself; `verify explain RULE` prints it
SCOPES = ("paragraph", "heading", "list", "blockquote", "caption", "quote")
_FIELD_NAME = re.compile(r"[A-Za-z_]\w*")
_FORMAT_SPEC = re.compile(r"[<>^]?(?:[1-9][0-9]?)?")  # an alignment and a width under 100; nothing else
_CONVERSIONS = (None, "s", "r")
_ID = re.compile(r"^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$")


@dataclass(frozen=True)
class Rule:
    """A loaded rule file."""

    id: str
    check: str
    category: str
    severity: str
    code: str
    summary: str
    description: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    examples: dict[str, str] = field(default_factory=dict)
    path: str = ""
    link: str = ""
    scope: tuple[str, ...] = SCOPES
    # For check kinds over frames: which claims, paired how (the [pair] table), related how.
    claims: tuple[str, ...] = ()
    pair: Policy | None = None
    relation: str = ""
    fallback: bool = False  # reported only when no other rule of its category names the same claims

    def render(self, fields: dict[str, Any]) -> str:
        """The finding message: the template filled with what the check computed.

        Templates are validated at load (:func:`template_problem`); a field this hit did
        not compute is shown as its name in braces rather than failing the run.
        """
        return self.message.format_map(_KeepMissing(fields))


class _KeepMissing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def template_problem(template: str, known: set[str] | frozenset[str]) -> str | None:
    """Why a message template is not allowed, or None when it is."""
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as exc:
        return f"message is not a valid template ({exc})"
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if not _FIELD_NAME.fullmatch(name):
            if name and _FIELD_NAME.match(name):
                return f"field '{{{name}}}' reads an attribute or an index; name the field alone"
            return f"field '{{{name}}}' must be a name (one of {', '.join(sorted(known))})"
        if name not in known:
            return f"message uses unknown field(s) {name}; the check provides {', '.join(sorted(known))}"
        if conversion not in _CONVERSIONS:
            return f"conversion '!{conversion}' of {{{name}}} is not allowed (only !s or !r)"
        if spec and ("{" in spec or not _FORMAT_SPEC.fullmatch(spec)):
            return (f"format spec ':{spec}' of {{{name}}} is not allowed "
                    "(only an alignment <, > or ^ and a width under 100)")
    return None


def _line_of(text: str, key: str) -> int:
    match = re.search(rf"^\s*(?:{re.escape(key)}\s*=|\[{re.escape(key)}\])", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def parse_rule_file(path: Path, text: str | None = None) -> Rule:
    """Load and validate one rule file."""
    from verify.checks import CHECK_KINDS

    if text is None:
        from verify.config import CONFIG_MAX_BYTES
        from verify.errors import InputError
        from verify.files import read_regular

        try:
            text = read_regular(path, CONFIG_MAX_BYTES, hint="a rule file").decode("utf-8")
        except InputError as exc:
            raise RuleFileError(str(exc)) from None
        except UnicodeDecodeError as exc:
            raise RuleFileError(f"{path}:1: not UTF-8 (byte {exc.start})") from None
    rule_id = path.name.removesuffix(".toml")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise RuleFileError(f"{path}:{line.group(1) if line else 1}: {exc}") from None
    except RecursionError:
        raise RuleFileError(f"{path}:1: nested too deeply to be a rule file") from None
    if not _ID.match(rule_id):
        raise RuleFileError(f"{path}:1: rule id {rule_id!r} must look like 'category.name'")
    for key in _REQUIRED:
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise RuleFileError(f"{path}:{_line_of(text, key)}: missing or empty '{key}'")
    if data["check"] not in CHECK_KINDS:
        raise RuleFileError(f"{path}:{_line_of(text, 'check')}: unknown check {data['check']!r}; "
                            f"expected one of {', '.join(sorted(CHECK_KINDS))}")
    if data["category"] not in CATEGORIES:
        raise RuleFileError(f"{path}:{_line_of(text, 'category')}: unknown category "
                            f"{data['category']!r}; expected one of {', '.join(CATEGORIES)}")
    if data["severity"] not in SEVERITIES:
        raise RuleFileError(f"{path}:{_line_of(text, 'severity')}: severity must be one of "
                            f"{', '.join(SEVERITIES)}")
    problem = template_problem(data["message"], CHECK_KINDS[data["check"]].FIELDS)
    if problem:
        raise RuleFileError(f"{path}:{_line_of(text, 'message')}: {problem}")
    examples = data.get("examples", {})
    if not isinstance(examples, dict) or not isinstance(examples.get("fail"), str) or \
            not isinstance(examples.get("pass"), str):
        raise RuleFileError(f"{path}:{_line_of(text, 'examples') if 'examples' in data else 1}: "
                            "a rule needs [examples] with 'fail' and 'pass' texts")
    scope = data.get("scope", list(SCOPES))
    if not isinstance(scope, list) or not scope or any(s not in SCOPES for s in scope):
        raise RuleFileError(f"{path}:{_line_of(text, 'scope')}: 'scope' must list some of {', '.join(SCOPES)}")
    params = data.get("params", {})
    if not isinstance(params, dict):
        raise RuleFileError(f"{path}:{_line_of(text, 'params')}: 'params' must be a table")
    for name, value in params.items():
        wrong = not isinstance(value, str) if name == "facet" else \
            isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value)
        if wrong:
            wanted = "a string" if name == "facet" else "a finite number"
            raise RuleFileError(f"{path}:{_line_of(text, name)}: parameter '{name}' must be {wanted}, "
                                f"not {value!r}")
    if not isinstance(data.get("link", ""), str):
        raise RuleFileError(f"{path}:{_line_of(text, 'link')}: 'link' must be a string")
    if not isinstance(data.get("fallback", False), bool):
        raise RuleFileError(f"{path}:{_line_of(text, 'fallback')}: 'fallback' must be true or false")
    claims, pair, relation = _framing(path, text, data)
    return Rule(id=rule_id, check=data["check"], category=data["category"],
                severity=data["severity"], code=data["code"], summary=data["summary"].strip(),
                description=data["description"].strip(), message=" ".join(data["message"].split()),
                params=params, examples={k: str(v) for k, v in examples.items()}, path=str(path),
                link=str(data.get("link") or f"{DOCS}/{rule_id}.toml"), scope=tuple(scope),
                claims=claims, pair=pair, relation=relation, fallback=data.get("fallback", False))


def _framing(path: Path, text: str, data: dict[str, Any]) -> tuple[tuple[str, ...], Policy | None, str]:
    """A framed rule's ``claims``, ``[pair]`` policy and ``relation``, validated."""
    from verify.checks import CHECK_KINDS
    from verify.claims import CLAIM_TYPES

    kind = CHECK_KINDS[data["check"]]
    relations = getattr(kind, "RELATIONS", None)
    if relations is None:
        return (), None, ""
    claims = data.get("claims", [])
    if not isinstance(claims, list) or not claims or any(c not in CLAIM_TYPES for c in claims):
        raise RuleFileError(f"{path}:{_line_of(text, 'claims')}: 'claims' must list some of {', '.join(CLAIM_TYPES)}")
    relation = data.get("relation")
    if relation not in relations:
        raise RuleFileError(f"{path}:{_line_of(text, 'relation')}: unknown relation {relation!r}; "
                            f"'{data['check']}' knows {', '.join(sorted(relations))}")
    table = data.get("pair", {})
    if not isinstance(table, dict):
        raise RuleFileError(f"{path}:{_line_of(text, 'pair')}: [pair] must be a table")
    return tuple(claims), Policy.from_table(table, lambda key: f"{path}:{_line_of(text, key)}"), str(relation)


def load_rule_dir(directory: Path) -> dict[str, Rule]:
    """Every ``*.toml`` rule in a folder, by id."""
    if not directory.is_dir():
        raise RuleFileError(f"{directory}: rules folder not found")
    return {rule.id: rule for rule in map(parse_rule_file, sorted(directory.glob("*.toml")))}


def builtin_rules_dir() -> Path:
    """Where the shipped rules are: inside the installed package (the wheel maps the
    repository's ``rules/`` to ``verify/builtin_rules``), else the source checkout's ``rules/``."""
    installed = Path(__file__).with_name("builtin_rules")
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "rules"


@cache
def _builtin_rules() -> dict[str, Rule]:
    return load_rule_dir(builtin_rules_dir())


def load_builtin_rules() -> dict[str, Rule]:
    """The rules shipped with verify: read once per process, a new dict on each call (rules are frozen)."""
    return dict(_builtin_rules())
