"""Front matter at the top of a Markdown draft: YAML between ``---`` lines, or TOML between ``+++``.

The publication date is the first key of ``verify/data/front_matter.toml`` present (``published``,
Hugo's ``publishDate``, Astro's ``pubDate``, Ghost's ``published_at``…, then ``date``). A date
written with slashes whose day and month could be swapped (``04/03/2026``: 4 March or 3 April?)
is an error that says so, never a guess; ``13/03/2026`` can only be a day first.

YAML is read with a loader that refuses aliases (``&a`` / ``*a``: a few lines of them expand
into billions of nodes) and nesting deeper than :data:`MAX_DEPTH`; malformed front matter is
ignored, as a CMS would show it, but those refusals are errors. TOML nested past Python's
recursion limit is an error too.

>>> front = read_front_matter("a.md", "+++\\ntitle = 'T'\\npublishDate = 2026-04-10\\n+++\\nBody")
>>> front.title, front.published
('T', datetime.date(2026, 4, 10))
>>> read_front_matter("a.md", "---\\npubDate: 10 April 2026\\nurl: https://example.org/a\\n---\\n").url
'https://example.org/a\'
>>> read_front_matter("a.md", "---\\ndate: 04/03/2026\\n---\\n")
Traceback (most recent call last):
verify.errors.InputError: a.md: front matter date '04/03/2026' is ambiguous (4 March or 3 April?); write YYYY-MM-DD
"""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import ClassVar, NamedTuple

from verify.errors import InputError
from verify.lazy_re import LazyPattern

MAX_DEPTH = 32
_YAML = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
# Compiled on first use: most drafts have YAML front matter and ISO dates, or none.
_TOML = LazyPattern(r"\A\+\+\+[ \t]*\r?\n(.*?)(?:\r?\n)\+\+\+[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_SLASHED = LazyPattern(r"\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


@cache
def _keys() -> dict[str, list[str]]:
    return tomllib.loads(resources.files("verify.data").joinpath("front_matter.toml").read_text("utf-8"))


@cache
def _safe_yaml_loader():  # -> a yaml.SafeLoader subclass
    import yaml

    class Loader(yaml.SafeLoader):
        """SafeLoader without aliases, with a depth limit, and with dates left as text: PyYAML's own
        timestamp reading raises ValueError on ``2026-13-45``; ours returns no date."""

        depth = 0
        yaml_implicit_resolvers: ClassVar[dict] = {
            first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
            for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}

        def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
            if self.check_event(yaml.AliasEvent):
                raise InputError("front matter uses YAML aliases (*name), which verify does not expand")
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise InputError(f"front matter is nested more than {MAX_DEPTH} levels deep")
            try:
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    return Loader


def _yaml(block: str) -> dict[str, object]:
    import yaml

    try:
        data = yaml.load(block, Loader=_safe_yaml_loader())
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def _toml(block: str) -> dict[str, object]:
    try:
        return tomllib.loads(block)
    except tomllib.TOMLDecodeError:
        return {}


def _slashed(name: str, value: str) -> date | None:
    """``13/03/2026`` → 13 March; ``04/03/2026`` → an error (which comes first?); else None."""
    match = _SLASHED.fullmatch(value)
    if not match:
        return None
    first, second, year = int(match[1]), int(match[2]), int(match[3])
    if first <= 12 and second <= 12 and first != second:
        raise InputError(f"{name}: front matter date {value.strip()!r} is ambiguous ({first} {_MONTHS[second - 1]} "
                         f"or {second} {_MONTHS[first - 1]}?); write YYYY-MM-DD")
    day, month = (first, second) if first > 12 else (second, first)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _as_date(name: str, value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        from verify.loaders.dates import parse_date_string

        iso = _ISO_LIKE.fullmatch(value.strip())
        if iso:
            try:
                date(int(iso[1]), int(iso[2]), int(iso[3]))
            except ValueError as exc:
                raise InputError(f"{name}: front matter holds an impossible date ({value.strip()!r}: {exc})") from None
        return _slashed(name, value) or parse_date_string(value)
    return None


def _first(meta: dict[str, object], keys: list[str]) -> object:
    lowered = {str(k).lower(): v for k, v in meta.items()}
    return next((lowered[k.lower()] for k in keys if lowered.get(k.lower()) is not None), None)


_ISO_LIKE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+Z-]*)?")


class FrontMatter(NamedTuple):
    body_start: int = 0  # where the text after the front matter starts
    title: str | None = None
    published: date | None = None
    url: str | None = None
    standfirst: str | None = None  # the display text under the headline ("dek", "subtitle", "description")


def read_front_matter(name: str, source: str) -> FrontMatter:
    """The title, publication date and address a draft's front matter gives."""
    match = _YAML.match(source)
    kind = "yaml"
    if match is None:
        match, kind = _TOML.match(source), "toml"
    if match is None:
        return FrontMatter()
    try:
        meta = _yaml(match.group(1)) if kind == "yaml" else _toml(match.group(1))
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None
    except RecursionError:
        raise InputError(f"{name}: front matter is nested too deeply to read") from None
    title, url = _first(meta, _keys()["title_keys"]), _first(meta, _keys()["url_keys"])
    standfirst = _first(meta, _keys()["standfirst_keys"])
    return FrontMatter(match.end(), str(title) if title is not None else None,
                       _as_date(name, _first(meta, _keys()["date_keys"])), str(url) if isinstance(url, str) else None,
                       standfirst if isinstance(standfirst, str) and standfirst.strip() else None)
