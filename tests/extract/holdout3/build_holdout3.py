"""Build the third held-out set's golden JSON from ``src/*.txt`` with the shared corpus builder.

Offsets are computed by tests/extract/corpus/build_corpus.py (loaded through
tests/extract/holdout/build_holdout.py), pointed at this directory; never by hand.

Run: ``.venv/bin/python tests/extract/holdout3/build_holdout3.py``
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent / "holdout" / "build_holdout.py"


def builder():
    """The corpus builder module, loaded by the first held-out set's loader."""
    spec = importlib.util.spec_from_file_location("build_holdout", SHARED)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.builder()


def main() -> int:
    module = builder()
    module.HERE = HERE
    module.SRC = HERE / "src"
    return module.main()


if __name__ == "__main__":
    sys.exit(main())
