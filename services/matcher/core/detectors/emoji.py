"""A model named by its community nickname written as emoji, beside the brand's own shorthand for it (issue 9, lore28;
outsider25's c_emoji_nicknames25).

Collectors and copy sellers write the nickname of a model as the picture it is named after: "🥤 GMT" (the Pepsi GMT),
"🦇 GMT" (the Batman), "🐸 sub" (the Kermit), "🐼 lows" (the Panda Dunk), "🖤❤️ 11s" (Bred), "🦓 350s" (Zebra),
"🐋 350s" (Beluga), "🌙🚀 Speedy" (the Moonwatch), "🐆 watch" (Panthère). Each emoji is read:
- by its name (Python's unicodedata, the Unicode character names, with the CLDR short name where it differs: ❤ is
  "red heart", an animal's "face" dropped: 🐼 PANDA FACE is "panda"), so that a nickname that is the picture's name
  ("Panda", "Zebra", "Bat") is read as written; the emoji package is not in the venv, so no other name list is used;
- and by the nickname a community gives that picture (READINGS: 🥤 the soft drink, Pepsi or Coke; 🦇 Batman; 🐸 Kermit
  and Hulk; 🐂 the Chicago Bulls' colours; 🐋 Beluga; 🖤❤️ Bred, black and red; 🌙🚀 the Moonwatch; 🐆 Panthère; ❤️🪛
  the Love bracelet's screwdriver; from memory of how watch and sneaker forums write them, not checked this session).
A reading names the brand only where it is a registered nickname, colourway or abbreviation of the brand (the registry's
`nicknames`, `colourways`, `abbreviations`, `street_names`: Pepsi, Batman, Kermit for Rolex; Panda, Bred, Chicago for
Nike; Zebra, Beluga for adidas), and only beside the brand's own shorthand for the goods, right after or right before
the emoji (a silhouette "lows", "11s", "350s"; a line, mark or abbreviation "GMT", "sub", "Speedy", "Daytona"; or the
nickname entry itself going on, "🥤 GMT" read as the registered "Pepsi GMT"). A lone emoji (a 🐼 plush, a 🦓-print case,
a 🥤 cup, a 🦇 costume) names nobody.

The pair is the model as its buyers name it, as a colourway beside a silhouette is (detectors/colourways.py): a weak
candidate that needs the brand's category with a cue or a price below the floor (`needs_corroboration`, `needs_cue`).
Gate: a pictographic symbol in the title or description.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from schemas import Fingerprint, Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import WORD, Catalogue, VocabularyDetector
from services.matcher.core.normalise import ListingText, latin_text
from services.matcher.core.scoring import Evidence

# the kinds whose words an emoji may stand for, and the kinds of the brand's shorthand beside it
NICKNAME_KINDS = frozenset({"nickname", "colourway", "abbreviation", "street_name"})
SHORTHAND_KINDS = frozenset({"silhouette", "abbreviation", "line", "street_name", "nickname"})
# CLDR short names where the Unicode character name differs (unicode.org/emoji/charts, CLDR annotations)
CLDR = {"\u2764": "red heart", "\U0001f5a4": "black heart", "\U0001f90d": "white heart", "\U0001f499": "blue heart",
        "\U0001f49a": "green heart", "\U0001f49b": "yellow heart", "\U0001f49c": "purple heart",
        "\U0001f9e1": "orange heart", "\U0001f90e": "brown heart", "\U0001fa76": "light blue heart",
        "\U0001fa77": "pink heart", "\U0001fa76": "light blue heart", "\U0001f319": "crescent moon",
        "\U0001f42e": "cow", "\U0001f402": "ox", "\U0001f403": "water buffalo", "\U0001f404": "cow",
        "\U0001f40b": "whale", "\U0001f433": "whale", "\U0001f41d": "honeybee", "\U0001f431": "cat",
        "\U0001f408": "cat", "\U0001f436": "dog", "\U0001f415": "dog"}
# what a community reads a picture (by its name) as, besides its name: soft drinks (Pepsi and Coke bezels), heroes (the
# Batman and Hulk/Kermit bezels), teams (the Chicago Bulls' red and black), animals named in colourways (Beluga, Black
# Cat), the Moonwatch, Cartier's panther and screwdriver; several pictures together are read as one ("black heart red
# heart": Bred). From memory of forum and resale titles; each reading must still be a registered word of the brand.
READINGS = {
    "cup with straw": ("pepsi", "coke"), "bottle with popping cork": ("coke",), "cola": ("coke", "pepsi"),
    "bat": ("batman",), "frog": ("kermit", "hulk"), "green heart": ("hulk", "kermit", "starbucks"),
    "ox": ("chicago", "bulls", "raging bull"), "water buffalo": ("chicago", "bulls", "raging bull"),
    "cow": ("chicago", "bulls", "raging bull"),
    "whale": ("beluga",), "spouting whale": ("beluga",), "panda": ("panda",), "zebra": ("zebra",),
    "black heart red heart": ("bred",), "red heart black heart": ("bred",), "black heart": ("black",),
    "black cat": ("black cat",), "cat": ("black cat",), "taxi": ("taxi",), "cherries": ("cherry",),
    "high voltage": ("lightning",), "cookie": ("oreo",), "cactus": ("cactus jack",), "evergreen tree": ("pine green",),
    "shark": ("great white",), "root beer": ("root beer",), "beer mug": ("root beer",), "hot beverage": ("starbucks",),
    "blue heart": ("smurf",), "smurf": ("smurf",), "snowflake": ("polar",), "polar bear": ("polar",),
    "crescent moon rocket": ("moonwatch",), "rocket crescent moon": ("moonwatch",), "full moon": ("moonwatch",),
    "crescent moon": ("moonwatch",), "new moon": ("dark side of the moon",), "dog": ("snoopy",),
    "leopard": ("panthere", "panther"), "red heart screwdriver": ("screw", "love"), "screwdriver": ("screw", "love"),
    "nut and bolt": ("screw",),
    "honeybee": ("bee", "ace"), "tiger": ("tiger", "tigre"), "snake": ("kingsnake", "python"),
    "gorilla": ("gorilla",), "crown": ("crown",),
}
_SKIP = frozenset({"\u200d", "\ufe0f", "\ufe0e", "\u20e3"})  # joiners, presentation selectors, keycap
_TONE = re.compile(r"[\U0001f3fb-\U0001f3ff]")
_WINDOW = 40


def _pictograph(ch: str) -> bool:
    return unicodedata.category(ch) == "So" or ch in _SKIP or bool(_TONE.match(ch))


def emoji_name(ch: str) -> str:
    """The short name of one emoji: CLDR's where it differs from the Unicode name, else the Unicode name in lower case
    without an animal's 'face' ("PANDA FACE" -> "panda")."""
    if ch in CLDR:
        return CLDR[ch]
    name = unicodedata.name(ch, "").lower()
    return name[:-5] if name.endswith(" face") else name


def runs(field: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each run of emoji in a field: the names of its pictographs joined by a space."""
    out, k = [], 0
    while k < len(field):
        if _pictograph(field[k]) and field[k] not in _SKIP:
            start = k
            names = []
            while k < len(field) and (_pictograph(field[k]) or field[k] == " " and k + 1 < len(field)
                                      and _pictograph(field[k + 1]) and field[k + 1] not in _SKIP):
                if field[k] not in _SKIP and field[k] != " " and not _TONE.match(field[k]):
                    names.append(emoji_name(field[k]))
                k += 1
            out.append((start, k, " ".join(n for n in names if n)))
        else:
            k += 1
    return out


def readings(name: str) -> list[tuple[str, ...]]:
    """The words an emoji run may stand for: its readings (READINGS, of the whole run or of each of its pictures) and
    its name."""
    out = list(READINGS.get(name, ()))
    parts = name.split(" ") if name not in READINGS else []
    if not out and parts:
        # a run of several pictures: each picture's readings ("crescent moon rocket" read whole above)
        for key in READINGS:
            if key in name and key != name:
                out.extend(READINGS[key])
    out.append(name)
    return [tuple(WORD.findall(latin_text(w))) for w in dict.fromkeys(out) if WORD.findall(latin_text(w))]


def _has_emoji(text: ListingText) -> frozenset[str]:
    """{"emoji"} when the title or the description holds a character of Unicode category So (a pictograph, a
    dingbat; none is ASCII), else nothing: the gate's token kind, asked of every listing (one regular expression
    search of a non-ASCII field, `_symbols`; issue 16)."""
    for field in (text.title, text.description):
        if field and not field.isascii() and _symbols().search(field):
            return frozenset({"emoji"})
    return frozenset()


@functools.cache
def _symbols() -> re.Pattern:
    """A character class of every character of category So (unicodedata of this Python), made on first use."""
    ranges, start, last = [], None, None
    for cp in range(0x80, 0x110000):
        if unicodedata.category(chr(cp)) == "So":
            if start is None or cp != last + 1:
                if start is not None:
                    ranges.append((start, last))
                start = cp
            last = cp
    if start is not None:
        ranges.append((start, last))
    return re.compile("[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                                    for a, b in ranges) + "]")


class EmojiNicknameDetector(VocabularyDetector):
    """The brand's nicknames by their first word (VocabularyDetector._by_first), its shorthand words by brand."""

    name = "emoji"
    kinds = NICKNAME_KINDS | SHORTHAND_KINDS

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._shorthand: dict[int, set[tuple[str, ...]]] = {}  # brand -> its shorthand words (and its marks')
        self._longest = 1

    def add(self, i: int, fp: Fingerprint) -> str | None:
        if not isinstance(fp, MarkFingerprint):
            return None
        if fp.vocabulary is None:  # a mark: its words are the brand's shorthand too ("Daytona", "Speedmaster")
            words = self.words(fp.value)
            if words:
                self._shorthand.setdefault(self.catalogue.fingerprint_brand[i], set()).add(words)
                self._longest = max(self._longest, len(words))
            return None
        return super().add(i, fp)

    def take(self, i: int, fp: MarkFingerprint, words: tuple[str, ...]) -> None:
        if fp.vocabulary in NICKNAME_KINDS:
            super().take(i, fp, words)
        if fp.vocabulary in SHORTHAND_KINDS:
            self._shorthand.setdefault(self.catalogue.fingerprint_brand[i], set()).add(words)
            self._longest = max(self._longest, len(words))

    def gate(self):
        return {_has_emoji: frozenset({"emoji"})} if self._by_first else {}

    def _beside(self, brand: int, words: list[str], before: bool) -> int:
        """The number of words of the brand's longest shorthand right after the emoji (before=False: words[:n]) or
        right before it (words[-n:]), 0 if none."""
        known = self._shorthand.get(brand)
        if not known:
            return 0
        for n in range(min(self._longest, len(words)), 0, -1):
            if tuple(words[-n:] if before else words[:n]) in known:
                return n
        return 0

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        out: list[Evidence] = []
        brand_of = self.catalogue.fingerprint_brand
        for field_name, field in (("title", listing.title), ("description", listing.description or "")):
            for start, end, name in runs(field) if field else ():
                if not name:
                    continue
                after_text = field[end:end + _WINDOW]
                after = WORD.findall(latin_text(after_text))
                before = WORD.findall(latin_text(field[max(0, start - _WINDOW):start]))
                for reading in readings(name):
                    seq = list(reading) + after
                    for entry, i in self.starting(seq, 0) if seq[0] in self._by_first else ():
                        b = brand_of[i]
                        rest = after[len(entry) - len(reading):] if len(entry) >= len(reading) else after
                        extends = len(entry) > len(reading)  # "🥤 GMT" read as the registered "Pepsi GMT"
                        n_after = self._beside(b, rest, before=False)
                        n_before = 0 if n_after or extends else self._beside(b, before, before=True)
                        if not (extends or n_after or n_before):
                            continue
                        s, e = start, end
                        if extends or n_after:
                            covered = (len(entry) - len(reading)) + n_after
                            m = list(WORD.finditer(latin_text(after_text)))
                            if covered and len(m) >= covered:
                                e = end + min(len(after_text), m[covered - 1].end())
                        else:
                            pre = field[max(0, start - _WINDOW):start]
                            m = list(WORD.finditer(latin_text(pre)))
                            if len(m) >= n_before:
                                s = max(0, start - _WINDOW) + m[-n_before].start()
                        matched = field[s:e]
                        fp = self.fingerprints[i]
                        rule = Rule.colourway if fp.vocabulary == "colourway" else Rule.exact
                        out.append(Evidence(rule, self.weights.fuzzy_distance_1 if rule is Rule.colourway
                                            else self.weights.exact, i, field_name, s, e, matched, fp.value,
                                            detail=f"the nickname '{fp.value}' written as emoji ('{name}') beside the "
                                                   f"brand's shorthand ('{matched}'); needs the brand's category and a "
                                                   "cue or a price below the floor",
                                            needs_corroboration=True, needs_cue=True))
        return self.in_category(out, text, listing) if out else out

    def memory_bytes(self) -> int:
        return super().memory_bytes() + 60 * sum(map(len, self._shorthand.values()))

    def stats(self) -> dict[str, int]:
        return {"emoji_nicknames": sum(map(len, self._by_first.values()))}
