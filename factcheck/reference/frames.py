"""The pandas adapter: read each dataset once, with the manifest's columns and dtypes.

Keys are checked unique at load. DataFrames stay inside factcheck.reference; the rest of
the code gets plain records from the lookup modules.
"""

from __future__ import annotations

import json
import threading
from functools import lru_cache

from factcheck.reference import cache
from factcheck.reference.manifest import Dataset, dataset

_lock = threading.Lock()


class DatasetError(ValueError):
    """A reference file does not match its manifest entry."""


@lru_cache(maxsize=None)
def frame(dataset_id: str):
    """The dataset as a DataFrame (cached per process; Parquet-cached across processes)."""
    with _lock:
        d = dataset(dataset_id)
        stamp = cache.fingerprint([d.file], {"key": d.key, "columns": d.columns, "opt": d.options})
        df = cache.read(d.id, stamp)
        if df is None:
            df = _read_source(d)
            _validate(d, df)
            cache.write(d.id, stamp, df)
        else:
            _validate(d, df)
        return df


def _read_source(d: Dataset):
    import pandas as pd

    names = list(d.columns)
    if d.format == "json":
        records = json.loads(d.file.read_text(encoding="utf-8"))
        df = pd.DataFrame.from_records(records)
    elif d.format == "csv":
        df = pd.read_csv(d.file, dtype=str, keep_default_na=False, na_values=[""])
    else:
        raise DatasetError(f"{d.id}: unknown format {d.format!r}")
    if "row" in d.columns and "row" not in df.columns:
        # Position in the source file: the key when the file has no natural one.
        df["row"] = range(1, len(df) + 1)
    for col in names:
        if col not in df.columns:
            df[col] = None
    df = df[names].copy()
    if "national_source_prefix" in d.options:
        df = df[df["source"].fillna("").str.startswith(d.options["national_source_prefix"])]
    for col, dtype in d.columns.items():
        df[col] = _cast(df[col], dtype, d.id, col)
    return df.reset_index(drop=True)


def _cast(series, dtype: str, dataset_id: str, column: str):
    import pandas as pd

    try:
        if dtype.startswith("datetime64"):
            text = series.astype("str").str.strip()
            return pd.to_datetime(text, format="mixed").astype(dtype)
        if dtype in {"int64", "Int64"}:
            numbers = pd.to_numeric(series, errors="raise")
            if dtype == "int64":
                return numbers.astype("int64")
            return numbers.round().astype("Int64")
        if dtype == "float64":
            return pd.to_numeric(series, errors="raise").astype("float64")
        return series.astype(dtype)
    except (ValueError, TypeError) as exc:
        raise DatasetError(f"{dataset_id}: column {column!r} is not {dtype}: {exc}") from exc


def _validate(d: Dataset, df) -> None:
    missing = [c for c in d.columns if c not in df.columns]
    if missing:
        raise DatasetError(f"{d.id}: missing columns {missing}")
    dupes = df.duplicated(subset=list(d.key), keep=False)
    if dupes.any():
        raise DatasetError(f"{d.id}: key {list(d.key)} is not unique ({int(dupes.sum())} rows)")


@lru_cache(maxsize=None)
def side_table(dataset_id: str, option: str):
    """A small auxiliary CSV named by a dataset option (weapon table, country aliases)."""
    import pandas as pd

    d = dataset(dataset_id)
    path = d.extra_file(option)
    if path is None:
        raise DatasetError(f"{dataset_id}: no {option} in the manifest")
    return pd.read_csv(path, dtype="str", keep_default_na=False)
