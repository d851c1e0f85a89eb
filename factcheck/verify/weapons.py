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
    """The models the claim's own words name: its span and its counted thing, and, when those
    name no class of weapon, the words after it up to the clause's end ('40 of them Shaheds').
    '539 strike drones and seven ballistic missiles': the drones are no ballistic missiles.
    A kind of missile ('ballistic') narrows only a count of missiles, never one of drones."""
    own = " ".join(p for p in (v.claim.text, v.measured_raw) if p)
    drones, missiles = _class_words(dataset_id)
    part = v.after_clause.lstrip().lower().startswith("of ")  # 'Four of the missiles were Iskander-M'
    classed = _found(v.claim.text, drones) or _found(v.claim.text, missiles) or \
        (not part and (_found(own, drones) or _found(own, missiles)))
    text = own if classed else " ".join(p for p in (own, v.after_clause) if p)
    found = named(text, dataset_id)
    if found and found.categories and not found.models and _found(text, drones):
        return None  # 'attack drones', 'kamikaze drones': the whole drone total
    return found


@lru_cache(maxsize=None)
def _class_words(dataset_id: str) -> tuple[dict, dict]:
    words = dataset(dataset_id).options.get("class_words", {})
    return ({w: [] for w in words.get("drones", [])}, {w: [] for w in words.get("missiles", [])})


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
