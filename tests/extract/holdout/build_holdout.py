"""Build the held-out golden JSON files from ``src/*.txt`` with the corpus builder.

The held-out set uses the corpus's source format and its builder
(tests/extract/corpus/build_corpus.py) unchanged: this script only points the
builder at this directory, so offsets are computed the same way, never by hand.

Run: ``.venv/bin/python tests/extract/holdout/build_holdout.py``
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUILDER = HERE.parent / "corpus" / "build_corpus.py"


def builder():
    """The corpus builder module, loaded from its file."""
    spec = importlib.util.spec_from_file_location("build_corpus", BUILDER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    module = builder()
    module.HERE = HERE
    module.SRC = HERE / "src"
    return module.main()


if __name__ == "__main__":
    sys.exit(main())
