"""How alike things must be to align: the thresholds stated (and calibrated) in the evidence rule files.

>>> settings = Settings.from_rules()
>>> 0 < settings.sentence_similarity < 1 and settings.gate.context == settings.context_similarity
True
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from verify.evidence.alignment import Gate


@dataclass(frozen=True)
class Settings:
    """How alike things must be to align, as stated (and calibrated) in the evidence rule files."""

    sentence_similarity: float  # rapidfuzz token-set ratio, 0–1, for a passage to align with a sentence
    shared_words: int  # content words the two must share (a short sentence is a subset of many)
    context_similarity: float  # surrounding-word match, 0–1, for a span to be another's counterpart
    unique_similarity: float  # or sentences this alike, each with the only span of its kind
    question_words: float  # a question using this share of a figure's predicate pairs it with the answer
    restated: float  # a sentence restated this closely, sharing this many content words, makes its
    restated_words: int  # source one the article draws on
    corroborating: int  # so does a source with this many passages aligned (and one of the article's names)
    retrieved: int  # passages the full-text search ranks best for a sentence
    candidates: int  # of which rapidfuzz keeps the closest
    name_sentence_similarity: float  # entity swap: the two sentences at least this alike
    name_context_similarity: float  # entity swap: the two names' surrounding words at least this alike
    name_partial_context: float  # or this alike, for two names that share words
    name_restated_similarity: float  # a swap of a name the source mentions elsewhere: the sentences this alike,
    name_restated_context: float  # and the two names' surrounding words
    reversal_sentence_similarity: float  # reversal: the two sentences (or the words around the word) this alike
    reversal_context_similarity: float  # reversal: the two words' neighbours at least this alike
    unsupported_sentence_similarity: float  # added name: the sentence and the passage it restates this alike

    @property
    def gate(self) -> Gate:
        return Gate(self.sentence_similarity, self.shared_words, self.context_similarity, self.unique_similarity,
                    self.question_words)

    @property
    def name_gate(self) -> Gate:
        return Gate(self.name_sentence_similarity, self.shared_words, self.name_context_similarity)

    @property
    def reversal_gate(self) -> Gate:
        return Gate(self.reversal_sentence_similarity, self.shared_words, self.reversal_context_similarity)

    @classmethod
    def from_rules(cls) -> Settings:
        """The values of ``rules/evidence.contradicted.toml`` (and, prefixed ``name_``, of
        ``rules/evidence.entity-swapped.toml``; prefixed ``reversal_``, of ``rules/evidence.reversed.toml``;
        prefixed ``unsupported_``, of ``rules/evidence.name-unsupported.toml``)."""
        from verify.rules import load_builtin_rules

        rules = load_builtin_rules()
        values = rules["evidence.contradicted"].params | {
            f"name_{key}": value for key, value in rules["evidence.entity-swapped"].params.items()} | {
            f"reversal_{key}": value for key, value in rules["evidence.reversed"].params.items()} | {
            f"unsupported_{key}": value for key, value in rules["evidence.name-unsupported"].params.items()}
        return cls(**{f.name: (int if f.type == "int" else float)(values[f.name]) for f in fields(cls)})
