"""Weapon models and kinds named in a claim ('eight Kinzhal missiles', 'six Iskander-M',
'16 ballistic missiles'), and which rows of one attack report count them.

A report row may lump models together ('X-101/X-555 and Kalibr'): such a row counts the
named model only in part, so it bounds the model's count from above and no more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.reference.manifest import dataset


@dataclass(frozen=True)
class Named:
    words: tuple[str, ...]        # as found in the text
    models: frozenset[str]        # data model names (parts of a row's model)
    categories: frozenset[str]    # weapon-table categories

    @property
    def in_data(self) -> bool:
        return bool(self.models or self.categories)

    def label(self) -> str:
        return " / ".join(self.words)


def _norm(text: str) -> str:
    """Lower case, 'Kh-101' / 'X-101' / 'Kh 101' alike, hyphens and spaces alike."""
    low = (text or "").lower().replace("х", "x")
    low = re.sub(r"\bx[-\s]?(?=\d)", "kh-", low)
    low = re.sub(r"\bkh\s?(?=\d)", "kh-", low)
    return re.sub(r"(?<=[a-z])\s(?=\d)", "-", low)


@lru_cache(maxsize=None)
def _vocab(dataset_id: str) -> tuple[dict, dict]:
    opts = dataset(dataset_id).options
    return dict(opts.get("model_words", {})), dict(opts.get("category_words", {}))


def _found(text: str, words: dict) -> list[str]:
    low = _norm(text)
    out = []
    for w in sorted(words, key=len, reverse=True):
        pattern = r"(?<![\w-])" + re.escape(w).replace(r"\-", r"[-\s]?") + r"(?![\w-])"
        if re.search(pattern, low) and not any(w in o for o in out):
            out.append(w)
    return out


def named(text: str, dataset_id: str = "air_force_attacks") -> Named | None:
    """The models (or, failing a model, the one kind of missile) the words name, or None
    when they name only a whole class ('missiles', 'cruise and ballistic missiles')."""
    model_words, category_words = _vocab(dataset_id)
    hits = _found(text, model_words)
    if hits:
        models = frozenset(m for w in hits for m in model_words[w])
        return Named(tuple(hits), models, frozenset())
    kinds = _found(text, category_words)
    if len(kinds) == 1:
        return Named(tuple(kinds), frozenset(), frozenset(category_words[kinds[0]]))
    return None


def in_claim(v, dataset_id: str = "air_force_attacks") -> Named | None:
    """The models the claim's own words name: its span, its counted thing, and the words
    after it up to the clause's end ('40 of them Shaheds')."""
    return named(" ".join(p for p in (v.claim.text, v.measured_raw, v.after_clause) if p), dataset_id)


def split(rows: list[dict], n: Named, categories: dict[str, str]) -> tuple[list[dict], list[dict]]:
    """(rows that count only the named models, rows that lump them with others)."""
    pure, mixed = [], []
    for r in rows:
        parts = [p.strip() for p in r["model"].split(" and ")]
        mine = [p in n.models or categories.get(p) in n.categories for p in parts]
        if all(mine):
            pure.append(r)
        elif any(mine):
            mixed.append(r)
    return pure, mixed
