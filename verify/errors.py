"""One error hierarchy for everything the CLI reports as exit status 2.

Every error carries a one-line, user-facing message; the CLI prints it as
``verify: error: <message>`` and exits 2, never with a traceback.

>>> str(InputError("draft.md: no such file"))
'draft.md: no such file'
"""

from __future__ import annotations


class VerifyError(Exception):
    """Base class: an input, a setting or a command line that cannot be used."""


class InputError(VerifyError):
    """An article cannot be read: missing, binary, too large, not decodable."""


class UsageError(VerifyError):
    """The command line is wrong: a bad option value, an unknown format."""


class ConfigError(VerifyError):
    """``verify.toml`` or ``[tool.verify]`` is malformed."""


class RuleFileError(VerifyError):
    """A rule file is malformed; the message starts with ``path:line:``."""
