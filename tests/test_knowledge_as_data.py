"""Knowledge lives in verify/data/, not in the checks' code: no check module holds a word list.

A word list is a list, tuple or set of eight or more plain lower-case words, or a regular expression
whose alternation names eight or more of them. Grammar words in a short pattern are code; a lexicon
of cues, currencies or event nouns is data (read through verify/lexicon.py), so that a newsroom can
extend it without touching code.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

CHECKS = sorted((Path(__file__).resolve().parent.parent / "verify" / "checks").glob("*.py"))
_WORD = re.compile(r"[a-z]+(?: [a-z]+)*")
_ALTERNATIVE = re.compile(r"(?<=[(|:])([a-z]{3,})(?=[|)])")
_LIMIT = 8


def word_lists(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.List | ast.Tuple | ast.Set):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(words) >= _LIMIT and all(_WORD.fullmatch(w) for w in words):
                found.append(f"line {node.lineno}: {words[:4]}…")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            alternatives = _ALTERNATIVE.findall(node.value)
            if len(alternatives) >= _LIMIT:
                found.append(f"line {node.lineno}: pattern naming {alternatives[:4]}…")
    return found


def test_the_detector_sees_a_list_and_a_pattern():
    assert word_lists('CUES = ["rose", "fell", "grew", "shrank", "jumped", "slid", "soared", "sank"]')
    assert word_lists('P = r"(?:rose|fell|grew|shrank|jumped|slid|soared|sank)"')
    assert not word_lists('P = r"(?:is|was|are)\\s+"; K = ("money", "percent")')


@pytest.mark.parametrize("module", CHECKS, ids=[p.name for p in CHECKS])
def test_no_check_module_holds_a_word_list(module):
    assert word_lists(module.read_text()) == []
