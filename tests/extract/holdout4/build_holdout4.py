"""Build the fourth held-out set's golden JSON from ``src/*.txt`` with the shared corpus builder.

Offsets are computed by tests/extract/corpus/build_corpus.py (reached through the
third held-out set's loader, tests/extract/holdout3/build_holdout3.py), pointed at this
directory; never by hand.

Run: ``.venv/bin/python tests/extract/holdout4/build_holdout4.py``
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent / "holdout3" / "build_holdout3.py"


def builder():
    """The corpus builder module, loaded by the third held-out set's loader."""
    spec = importlib.util.spec_from_file_location("build_holdout3", SHARED)
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
