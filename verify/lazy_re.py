"""Regular expressions compiled on first use.

Compiling the check modules' patterns at import cost a cold ``verify check``
several milliseconds even for articles that never use them; a
:class:`LazyPattern` compiles when first searched.

>>> word = LazyPattern(r"\\bfoo\\b")
>>> bool(word.search("a foo b")), word.pattern
(True, '\\\\bfoo\\\\b')
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """Stands for ``re.compile(source, flags)``; compiles on the first attribute access.

    Each attribute read from the compiled pattern (``search``, ``finditer``…) is then kept on
    the instance, so later calls cost what calls on the compiled pattern cost: extractors call
    these patterns once per sentence, where a lookup through ``__getattr__`` each time made the
    whole extraction about 7 % slower.
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        value = getattr(self._compiled, name)
        setattr(self, name, value)
        return value
