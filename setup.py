"""Package discovery, the one thing ``pyproject.toml`` cannot say on its own.

Every package under ``verify/`` is found (a new subpackage ships without anyone editing a list), and
the repository's top-level ``rules/`` folder ships as ``verify.builtin_rules``. All other metadata is
in ``pyproject.toml``; ``tests/test_packaging.py`` installs the built wheel and runs every command.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["verify", "verify.*"]), "verify.builtin_rules"],
    package_dir={"verify.builtin_rules": "rules"},
)
