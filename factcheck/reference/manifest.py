"""The dataset manifest (config/datasets.toml): what each file is, where it comes from.

Read once per process. Everything here is plain data; pandas is not imported.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = ROOT / "config" / "datasets.toml"
FIXTURES = ROOT / "fixtures"


@dataclass(frozen=True)
class Metric:
    id: str
    dataset: str
    unit: str
    kind: str
    definition: str
    side: str
    who: str
    what: str
    aliases: tuple[str, ...]
    column: str | None = None
    note: str | None = None
    options: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Dataset:
    id: str
    name: str
    file: Path
    format: str
    shape: str
    source: str
    link: str
    licence: str
    retrieved: str
    key: tuple[str, ...]
    columns: dict
    metrics: tuple[Metric, ...]
    options: dict = field(default_factory=dict, compare=False, hash=False)

    def extra_file(self, name: str) -> Path | None:
        rel = self.options.get(name)
        return fixtures_dir() / rel if rel else None


def fixtures_dir() -> Path:
    return Path(os.environ.get("FACTCHECK_FIXTURES_DIR", FIXTURES))


_DATASET_FIELDS = {"id", "name", "file", "format", "shape", "source", "link", "licence",
                   "retrieved", "key", "columns", "metric"}
_METRIC_FIELDS = {"id", "unit", "kind", "definition", "entity", "aliases", "column", "note"}


def _metric(dataset_id: str, raw: dict) -> Metric:
    entity = raw.get("entity", {})
    return Metric(
        id=raw["id"], dataset=dataset_id, unit=raw["unit"], kind=raw["kind"],
        definition=raw["definition"], side=entity.get("side", "both"),
        who=entity.get("who", ""), what=entity.get("what", ""),
        aliases=tuple(raw.get("aliases", ())), column=raw.get("column"), note=raw.get("note"),
        options={k: v for k, v in raw.items() if k not in _METRIC_FIELDS},
    )


@lru_cache(maxsize=1)
def load() -> dict:
    """The parsed manifest: {'datasets': {id: Dataset}, 'words': {...}}."""
    raw = tomllib.loads(MANIFEST.read_text(encoding="utf-8"))
    datasets = {}
    for d in raw["dataset"]:
        datasets[d["id"]] = Dataset(
            id=d["id"], name=d["name"], file=fixtures_dir() / d["file"], format=d["format"],
            shape=d["shape"], source=d["source"], link=d["link"], licence=d["licence"],
            retrieved=d["retrieved"], key=tuple(d["key"]), columns=dict(d["columns"]),
            metrics=tuple(_metric(d["id"], m) for m in d.get("metric", [])),
            options={k: v for k, v in d.items() if k not in _DATASET_FIELDS},
        )
    return {"datasets": datasets, "words": raw.get("words", {})}


def datasets() -> dict[str, Dataset]:
    return load()["datasets"]


def dataset(dataset_id: str) -> Dataset:
    try:
        return datasets()[dataset_id]
    except KeyError:
        raise KeyError(f"unknown dataset {dataset_id!r}; see config/datasets.toml") from None


def metrics() -> list[Metric]:
    return [m for d in datasets().values() for m in d.metrics]


def words(group: str) -> dict[str, list[str]]:
    return load()["words"].get(group, {})


def describe(dataset_id: str) -> dict:
    """The report's description of a dataset: id, name, source, link, licence, as_of."""
    d = dataset(dataset_id)
    from factcheck.reference.store import as_of

    return {
        "id": d.id,
        "name": d.name,
        "source": d.source,
        "link": d.link,
        "licence": d.licence,
        "as_of": as_of(d.id),
    }
