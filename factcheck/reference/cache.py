"""A columnar (Parquet) copy of each loaded dataset, so a worker starts without parsing CSV/JSON.

The cache lives in a git-ignored folder (fixtures/.cache/, or $FACTCHECK_CACHE_DIR) and
is rebuilt when a source file's size or modification time, or its manifest entry, changes.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

CACHE_VERSION = "1"


def cache_dir() -> Path:
    from factcheck.reference.manifest import fixtures_dir

    return Path(os.environ.get("FACTCHECK_CACHE_DIR") or fixtures_dir() / ".cache")


def disabled() -> bool:
    """FACTCHECK_NO_CACHE, parsed strictly: a typo is an error, not a silent 'use the cache'."""
    raw = os.environ.get("FACTCHECK_NO_CACHE", "").strip().lower()
    if raw in {"", "0", "false", "no", "off"}:
        return False
    if raw in {"1", "true", "yes", "on"}:
        return True
    raise ValueError(f"FACTCHECK_NO_CACHE must be true or false, got {raw!r}")


def fingerprint(files: list[Path], spec: object) -> str:
    """Changes whenever a source file or the way it is read changes."""
    h = hashlib.sha256(CACHE_VERSION.encode())
    for f in files:
        st = f.stat()
        h.update(f"{f.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    h.update(json.dumps(spec, sort_keys=True, default=str).encode())
    return h.hexdigest()


def read(name: str, stamp: str):
    """The cached DataFrame for `name` if its stamp matches, else None."""
    if disabled():
        return None
    base = cache_dir() / name
    meta = base.with_suffix(".json")
    data = base.with_suffix(".parquet")
    try:
        if json.loads(meta.read_text())["stamp"] != stamp:
            return None
        import pandas as pd

        return pd.read_parquet(data)
    except (OSError, ValueError, KeyError):
        return None


def write(name: str, stamp: str, frame) -> None:
    """Store a DataFrame; a failure to write (read-only disk) only costs speed."""
    if disabled():
        return
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{name}.{os.getpid()}.parquet"
        frame.to_parquet(tmp, index=False)
        os.replace(tmp, folder / f"{name}.parquet")
        (folder / f"{name}.json").write_text(json.dumps({"stamp": stamp}))
    except OSError:
        pass
