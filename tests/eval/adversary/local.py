"""The adversary's local-spelling classes (names, 2026-12-01): the brand written in another script by a convention of the
market that a letter-by-letter writer (scripts.py) does not follow, and the same spellings far from the brand's goods.

Written from first principles (each script's orthography, not a held-out set):
- Persian and Urdu keyboards type their own letters for Arabic kaf and yeh (ک U+06A9 for ك, ی U+06CC for ي): an
  Arabic-script spelling of the mark typed on a Persian keyboard;
- Cyrillic and Greek write a foreign w as v (в, β: Сваровски, Каллавей), where the letter-by-letter writer has у/ου;
- a French final s is not heard (Louis: Луи Виттон), and a compound product name in the plural is named in the singular
  (AirPods: 에어팟-style), so the mark is written without that s.

- script_local_spelling: such a spelling in the brand's category with a counterfeit cue or a price far below the floor
  (a name heard by sound needs that corroboration unless it is the mark as the script writes it, readings.py);
- trap_script_local_far: the same spellings in a book, a poster or a ticket, no cue.
"""

from __future__ import annotations

import re

from tests.eval.adversary.generate import BrandView, Draft, Scene, _corroborated, _pick_mark, _sound_marks
from tests.eval.adversary.readings import FAR, FAR_CATEGORIES, PHRASES
from tests.eval.adversary.scripts import in_script

EVASIONS = {
    "script_local_spelling": "the mark in another script by a local convention: Persian letters (ک, ی), w written v in "
                             "Cyrillic and Greek, a French or plural final s unheard; the brand's category and a cue",
}
TRAPS = {
    "trap_script_local_far": "the same local spellings in a book, a poster or a ticket, no cue",
}

PERSIAN = str.maketrans({"\u0643": "\u06a9", "\u064a": "\u06cc"})  # Arabic kaf, yeh -> Persian keheh, farsi yeh
_COMPOUND_PLURAL = re.compile(r"[a-z][A-Z][a-z]*s$")  # AirPods, EarPods


def _local(mark: str, s: Scene) -> tuple[str, str] | None:
    """(the mark written by one local convention that applies to it, script), or None when none changes anything."""
    r = s.rng
    ways = []
    words = mark.split()
    if "w" in mark.lower():
        ways.append("w_as_v")
    if len(words) > 1 and any(len(w) > 3 and w.lower().endswith("s") for w in words[:-1]):
        ways.append("french_s")
    if len(words) == 1 and _COMPOUND_PLURAL.search(mark):
        ways.append("plural_s")
    ways.append("persian")
    way = r.choice(ways)
    if way == "w_as_v":
        script = r.choice(["cyrillic", "greek"])
        return in_script(re.sub("[wW]", lambda m: "v" if m[0] == "w" else "V", mark), script, r), script
    if way == "french_s":
        script = r.choice(["cyrillic", "greek", "hangul", "katakana", "hebrew"])
        kept = [w[:-1] if k < len(words) - 1 and len(w) > 3 and w.lower().endswith("s") else w for k, w in enumerate(words)]
        return in_script(" ".join(kept), script, r), script
    if way == "plural_s":
        script = r.choice(["cyrillic", "greek", "hangul", "katakana", "arabic"])
        return in_script(mark[:-1], script, r), script
    arabic = in_script(mark, "arabic", r)
    text = arabic.translate(PERSIAN)
    return (text, "arabic") if text != arabic else None  # only where a Persian keyboard types another letter


def _written(b: BrandView, s: Scene) -> tuple[str, str] | None:
    m = _pick_mark(b, s, _sound_marks(b))
    if m is None:
        return None
    found = _local(m.value, s)
    return found if found and found[0] else None


def make_script_local_spelling(b: BrandView, s: Scene) -> Draft | None:
    found = _written(b, s)
    return found and _corroborated(b, s, found[0], strong=True)


def make_trap_script_local_far(b: BrandView, s: Scene) -> Draft | None:
    found = _written(b, s)
    if found is None:
        return None
    text, script = found
    k = s.rng.randrange(3)
    far = FAR.get(script, FAR["cyrillic"])
    title = f"{far[k]}: {text}" if s.rng.random() < 0.5 else f"{text} {far[k]}"
    return Draft(title, FAR_CATEGORIES[k], (round(s.rng.uniform(6, 40), 2), "USD"), PHRASES.get(script, PHRASES["cyrillic"])[2])


EVASION_MAKERS = {"script_local_spelling": make_script_local_spelling}
TRAP_MAKERS = {"trap_script_local_far": make_trap_script_local_far}
