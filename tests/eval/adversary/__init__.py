"""The adversary of our own (issue 9): generated evasions and traps for every demo brand, and public-report cases.

`generate()` builds the labelled listings; `python -m tests.eval` scores them next to the hand-written set;
`python -m tests.eval.adversary --write FILE.ndjson` writes them for `brandsentry backtest`.
"""

from tests.eval.adversary.generate import CLASSES, EVASIONS, TRAPS, Case, generate, is_stretch, is_trap, load_brands

__all__ = ["CLASSES", "EVASIONS", "TRAPS", "Case", "generate", "is_stretch", "is_trap", "load_brands"]
