"""A Chinese alias written in Latin letters as Cantonese says it, or in Mandarin's romanisations other than Hanyu
pinyin (Wade-Giles, Tongyong: `mandarin_readings`, folded and looked up the same way). Rule pinyin, read in Cantonese: Jyutping with tone
digits or none ("lou4 lik6 si6", "noi hak"), Yale with its tone marks and low-tone h ("Lòuh Lihk Sih"), the Hong Kong
government's and the street's own spellings ("Lo Yik Wai Tang", "Cheung", "Tsz", "Sze", "Sum", "Chow").

Hong Kong, Macau, Guangdong and the Cantonese diaspora (Canada, Australia, the UK, Singapore and Malaysia) name a brand
by its Chinese name as they say it, which Mandarin's pinyin does not write (勞力士 is "lao li shi" in pinyin, "lou lik si"
in Cantonese; 耐克 "nai ke" and "noi hak"; 施華洛世奇 "shi hua luo shi qi" and "si waa lok sai kei"). Each alias of two to
six Han characters is read at build time by ToJyutping (its dictionary's candidate readings, at most two a character),
each syllable also as the common non-Jyutping spellings write it (`spellings`: short a as u, ing as eng, eo as u, au as
ow, no initial ng), and every spelling is folded (`fold`) into one key: the letters the romanisations write differently
for one sound are made one (b/p, d/t, g/k; z, c, ch, ts, tsz; j and y; aa and a; oe, eo, eu; ou, ow and o; ei, ee and
i; Yale's tone marks and low-tone h; ck and k; doubled letters). A listing's run of one to six Latin words is folded
the same way, joined, and looked up: a table lookup per word, never a scan of the brands.

A Cantonese reading is weighed like a pinyin one. Three syllables or more, seven folded letters or more, and no word of
a Latin-script language (wordfreq, as pinyin.py asks): how Hong Kong names the brand in Latin letters ("Lo Lik Si",
"Si Wa Lok Sai Kei"), it counts in the brand's category alone (`Evidence.in_category_enough`). Shorter readings are
also Hong Kong people's names, streets and words (戴森 "daai sam" is 大嬸 "auntie"): they need the brand's category and a
counterfeit cue or a price below the floor (scoring.strongly_corroborated), and one that is a word of such a language
a cue or a price far below the floor (`needs_cue`).
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.memo import Memo
from services.matcher.core.chinese import is_han
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.pinyin import _a_word
from services.matcher.core.normalise import ListingText, word_wise
from services.matcher.core.scoring import Evidence

MIN_SYLLABLES = 2
MAX_SYLLABLES = 6
READINGS_PER_CHARACTER = 2  # ToJyutping's first candidates: the common reading and the name's (易 ji6 and jik6 in 路易)
MAX_KEYS = 96  # spellings kept for one alias (the product of its syllables' spellings, in order)
THREE_SYLLABLES = 3  # a reading of this many syllables and NAMED_LETTERS folded letters names the brand in its category
NAMED_LETTERS = 7
MIN_KEY = 4  # folded letters of a key: shorter ones are too short to tell
PIECES = 200_000  # pieces of the latin view whose words `JyutpingDetector._may_hold_key` remembers, then forgotten
LONGEST_PIECE = 40  # longer pieces are read every time, not remembered
_LETTERS = re.compile(r"[a-z]+(?:['’ʼ‘`][a-z]+)*")  # Wade-Giles' aspiration mark inside a syllable: K'o, Ch'ien
_APOSTROPHES = re.compile(r"['’ʼ‘`]")
_VOWEL = "aeiou"
# (pattern, replacement) in order: the romanisations' different letters for one Cantonese sound made one
_FOLDS = [(re.compile(p), r) for p, r in (
    (r"ck", "k"),
    (r"(?<=[aeiou])h(?![aeiou])", ""),  # Yale's low tone (lòuh, sahm) and Hong Kong's "Wah", "Tsoh"
    (r"tsze?(?![aeiou])", "ci"), (r"(?<![t])sze?(?![aeiou])", "si"),  # Hong Kong's Tsz (zi), Sze (si)
    (r"tsh?|ch|z|c", "c"),  # the affricates: Jyutping z c, Yale j ch, Hong Kong ch ts
    (r"sh", "s"),
    (r"j", "y"), (r"yy+", "y"),  # Jyutping's j is the y of every other spelling
    (r"b", "p"), (r"d", "t"), (r"(?<!n)g", "k"),  # aspirated or not, the spellings differ: one class
    (r"aa", "a"), (r"oe|eo", "eu"), (r"eui", "ui"), (r"ee", "i"), (r"oo", "u"),
    (r"ou|ow", "o"), (r"ei", "i"), (r"(?<=e)y(?![aeiou])", ""), (r"(?<=[ao])y(?![aeiou])", "i"),
    (r"yu", "u"), (r"ue", "u"),  # Jyutping's jyun, zyu, syut: Hong Kong's Yuen, Chu, Suet
    (r"(.)\1+", r"\1"),
)]


@lru_cache(maxsize=65536)
def fold(letters: str) -> str:
    """The Cantonese key of Latin letters: 'Lòuh Lihk Sih', 'lou4 lik6 si6', 'Lo Lik Sze' -> 'loliksi' (see above)."""
    s = "".join(c for c in unicodedata.normalize("NFD", letters.lower()) if "a" <= c <= "z")
    for pattern, replacement in _FOLDS:
        s = pattern.sub(replacement, s)
    return s


def spellings(syllable: str) -> set[str]:
    """A toneless Jyutping syllable and how Hong Kong's other spellings write it: sam Sum, sing Seng, seon Sun, zau
    Chow, ngaa A (before folding)."""
    out = {syllable}
    if re.search(r"(?<!a)a[mnpt]$", syllable):
        out.add(re.sub(r"a([mnpt])$", r"u\1", syllable))
    if syllable.endswith(("ing", "ik")):
        out.add(syllable[:-3] + "eng" if syllable.endswith("ing") else syllable[:-2] + "ek")
    if re.search(r"eo[nt]$", syllable):
        out.add(syllable.replace("eo", "u"))
    if syllable.endswith("au"):
        out.add(re.sub("a?au$", "ow", syllable))
    if syllable.startswith("z"):
        out.add("j" + syllable[1:])  # Yale writes Jyutping's z as j
    if syllable.startswith("ng") and len(syllable) > 2:
        out.add(syllable[2:])
    return out


# (speed34, issue 16) ToJyutping's candidates for the aliases of the repository's registries, written by `python -m
# bench.jyutping_table` and checked against ToJyutping by tests/unit/matcher/test_jyutping_table.py: a build reads an
# alias's candidates here and imports ToJyutping (its dictionary, ~1 s of CPU a process) only for an alias not in it
TABLE = Path(__file__).with_name("jyutping_table.json")


@lru_cache(maxsize=1)
def _table() -> dict[str, list[list]]:
    try:
        return json.loads(TABLE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def jyutping_candidates(alias: str) -> list[tuple[str, list[str]]]:
    """ToJyutping.get_jyutping_candidates(alias): (character, its candidate readings with tone digits) a character."""
    known = _table().get(alias)
    if known is not None:
        return [(ch, list(candidates)) for ch, candidates in known]
    import ToJyutping

    return ToJyutping.get_jyutping_candidates(alias)


def cantonese_readings(alias: str) -> list[tuple[str, ...]] | None:
    """The alias's toneless Jyutping readings (ToJyutping's candidates, at most two a character), None when it is not
    two to six Han characters or a character has no reading."""
    if not MIN_SYLLABLES <= len(alias) <= MAX_SYLLABLES or not all(is_han(ch) for ch in alias):
        return None
    per_char = []
    for _, candidates in jyutping_candidates(alias):
        toneless = list(dict.fromkeys(re.sub(r"\d", "", c) for c in (candidates or [])[:READINGS_PER_CHARACTER]))
        if not toneless or not all(t.isalpha() for t in toneless):
            return None
        per_char.append(toneless)
    if len(per_char) != len(alias):
        return None
    return list(itertools.islice(itertools.product(*per_char), 8))


def tongyong(syllable: str) -> str:
    """A toneless Hanyu pinyin syllable (ü as v) in Tongyong pinyin, Taiwan's official spelling of 2002-2008 that its
    streets and names still show: zh jh, q c, x s, ü yu, zhi chi shi ri zi ci si with ih, iu iou, ui uei, eng after b p
    m f w ong, wen wun."""
    if re.fullmatch(r"(zh|ch|sh|r|z|c|s)i", syllable):
        return {"zh": "jh", "ch": "ch", "sh": "sh", "r": "r", "z": "z", "c": "c", "s": "s"}[syllable[:-1]] + "ih"
    if syllable in ("wen", "weng"):
        return {"wen": "wun", "weng": "wong"}[syllable]
    s = re.sub(r"^zh", "jh", syllable)
    s = re.sub(r"^q", "c", s)
    s = re.sub(r"^x", "s", s)
    s = re.sub(r"^([jcsy])u", r"\1yu", s) if syllable[0] in "jqxy" else s  # ju qu xu: the u is ü
    s = s.replace("v", "yu")
    s = re.sub(r"iu$", "iou", s)
    s = re.sub(r"ui$", "uei", s)
    s = re.sub(r"^([bpmf])eng$", r"\1ong", s)
    return s.replace("yyu", "yu")


_WG_INITIALS = {"b": "p", "p": "p'", "d": "t", "t": "t'", "g": "k", "k": "k'", "j": "ch", "q": "ch'", "x": "hs",
                "zh": "ch", "ch": "ch'", "sh": "sh", "r": "j", "z": "ts", "c": "ts'", "s": "s"}
_WG_O = frozenset({"d", "t", "n", "l", "z", "c", "s", "zh", "ch", "r"})  # duo to, luo lo, zhuo cho; guo kuo, shuo shuo
_WG_Y = {"you": "yu", "yi": "i", "yan": "yen", "ye": "yeh", "yu": "yü", "yue": "yüeh", "yuan": "yüan", "yun": "yün",
         "yong": "yung", "yin": "yin", "ying": "ying"}


def wade_giles(syllable: str) -> str:
    """A toneless Hanyu pinyin syllable (ü as v) in Wade-Giles, by its conversion table: b p d t g k as p p' t t' k k',
    j q x as ch ch' hs, zh ch r as ch ch' j, z c as ts ts'; the apical vowel ih after ch sh j and u after ts s (tzu,
    tz'u, ssu); e as o after k k' h; uo as o after t t' n l ts ch j; -ong -ung, -ian -ien, -ie -ieh, üe üeh, er erh;
    you yu, yi i, yan yen, ye yeh (pypinyin's Style.WADEGILES writes nai as nei)."""
    s = syllable.replace("v", "ü")
    if s in _WG_Y:
        return _WG_Y[s]
    if s == "er":
        return "erh"
    initial = next((i for i in ("zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcsw") if s.startswith(i) and len(s) > len(i)), "")
    final = s[len(initial):]
    if final == "i" and initial in ("zh", "ch", "sh", "r"):
        return _WG_INITIALS.get(initial, initial) + "ih"
    if final == "i" and initial in ("z", "c", "s"):
        return {"z": "tzu", "c": "tz'u", "s": "ssu"}[initial]
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "ü" + final[1:]
    if final == "e" and initial in ("g", "k", "h"):
        final = "o"
    elif final == "uo" and initial in _WG_O:
        final = "o"
    else:
        final = {"ong": "ung", "iong": "iung", "ian": "ien", "ie": "ieh", "üe": "üeh"}.get(final, final)
    return _WG_INITIALS.get(initial, initial) + final


def mandarin_readings(alias: str) -> dict[str, tuple[str, ...]]:
    """{system: syllables} of the alias's Mandarin in the spellings other than Hanyu pinyin (detectors/pinyin.py's):
    Wade-Giles (`wade_giles`: Lao Li Shih, Chia Neng, Tzu Sheng T'ang) and Tongyong (Lao Li Shih, Jia
    Neng, Zih Sheng Tang), None for a reading that is not all letters."""
    from services.matcher.core.detectors.pinyin import alias_pinyin

    hanyu = alias_pinyin(alias)
    if not hanyu or not MIN_SYLLABLES <= len(hanyu) <= MAX_SYLLABLES:
        return {}
    wade = tuple(wade_giles(p) for p in hanyu)
    out = {}
    if (taiwan := tuple(tongyong(p) for p in hanyu)) != tuple(hanyu):  # the same letters are the pinyin detector's
        out["Tongyong"] = taiwan
    if all(re.fullmatch(r"[a-zü']+", w) for w in wade):
        out["Wade-Giles"] = wade
    return out


def _wade_spellings(syllable: str) -> set[str]:
    """A Wade-Giles syllable as sellers type it: no apostrophe or breve, ü as u or yu, tz as ts, ssu as szu."""
    plain = syllable.replace("'", "").replace("ŭ", "u")
    out = {plain, plain.replace("ü", "u"), plain.replace("ü", "yu")}
    out |= {w.replace("tz", "ts") for w in out} | {w.replace("ssu", "szu") for w in out}
    return {w for w in out if "ü" not in w}


@lru_cache(maxsize=4096)
def alias_keys(alias: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """{key: (the system, the syllables it was read from)} for the alias's spellings (at most MAX_KEYS a system):
    Cantonese (Jyutping and the spellings of `spellings`), Wade-Giles and Tongyong. A spelling's key is its syllables'
    folds joined (a listing's words folded one by one and joined: `JyutpingDetector.detect`); a reading as written
    (Jyutping, Wade-Giles or Tongyong, no other spelling) is also keyed folded whole, for one word run together
    ("noihak", "laolishih"): folding each spelling whole would cost the build a regular expression pass a spelling."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    systems = [("Cantonese", reading) for reading in cantonese_readings(alias) or ()]
    systems += list(mandarin_readings(alias).items())
    for system, reading in systems:
        ways = (map(sorted, map(spellings, reading)) if system == "Cantonese" else
                map(sorted, map(_wade_spellings, reading)) if system == "Wade-Giles" else ([w] for w in reading))
        for spelt in itertools.islice(itertools.product(*ways), MAX_KEYS):
            out.setdefault("".join(map(fold, spelt)), (system, reading))
        out.setdefault(fold("".join(reading).replace("'", "")), (system, reading))
    return out


@word_wise()
def cantonese_tokens(text: ListingText) -> frozenset[str]:
    """The folded Latin words of the listing (the detector's gate)."""
    return frozenset(fold(_APOSTROPHES.sub("", w)) for w in _LETTERS.findall(text.latin))


# words listings use of themselves that a romanisation happens to spell (乐高 lok gou as "logo"): a Cantonese reader
# writes the syllables apart or with tones ("lok gou", "lok6 gou1"), a seller writes "logo box", "with logo"
_LISTING_WORDS = frozenset({"logo", "logos"})

class JyutpingDetector(Detector):
    name = "jyutping"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._keys: dict[str, list[int]] = {}  # folded key -> fingerprints
        self._jyutping: dict[tuple[str, int], tuple[str, tuple[str, ...]]] = {}  # (key, fingerprint) -> system, reading
        self._starts: set[str] | frozenset[str] = set()  # folded first syllables and whole keys: the gate's words
        self._syllables: dict[int, int] = {}
        self._words: dict[str, bool] = {}  # keys found in a listing -> whether a word of a Latin-script language
        self._longest = 0
        self._long_starts: frozenset[str] = frozenset()  # starts of MIN_KEY letters or more
        self._short_starts: frozenset[str] = frozenset()  # shorter starts (a one-letter syllable: "a", "o")
        self._prefixes: frozenset[str] = frozenset()  # the beginnings of the keys that begin with a short start
        self._pieces: Memo = Memo(PIECES)  # a piece of the latin view -> `_piece`

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint):
            return None
        keys = alias_keys(fp.value)
        if not keys:
            return None
        for key, reading in keys.items():
            if len(key) < MIN_KEY:
                continue  # too short to tell
            self._keys.setdefault(key, []).append(i)
            self._jyutping[key, i] = reading
            self._starts.add(key)
            first = reading[1][0]
            self._starts.update(fold(s) for s in (spellings(first) if reading[0] == "Cantonese" else
                                                  _wade_spellings(first) if reading[0] == "Wade-Giles" else {first}))
        self._syllables[i] = len(fp.value)
        return None

    def compile(self) -> None:
        self._starts = frozenset(self._starts)
        self._longest = max(map(len, self._keys), default=0)
        self._long_starts = frozenset(s for s in self._starts if len(s) >= MIN_KEY)
        self._short_starts = self._starts - self._long_starts
        self._prefixes = frozenset(k[:n] for k in self._keys if any(k[:j] in self._short_starts for j in range(1, MIN_KEY))
                                   for n in range(2, len(k) + 1))
        self._pieces.clear()

    def gate(self):
        return {cantonese_tokens: self._starts} if self._keys else None

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._keys or not self._may_hold_key(text):
            return []
        matches = list(_LETTERS.finditer(text.latin))
        words = [_APOSTROPHES.sub("", m[0]) for m in matches]
        out: list[Evidence] = []
        starts = self._starts
        folded = [fold(word) for word in words]  # each word once (fold's cache)
        for first in [k for k, word in enumerate(folded) if word in starts]:
            key = ""
            for last in range(first, min(first + MAX_SYLLABLES, len(words))):
                key += folded[last]
                if len(key) > self._longest:
                    break
                if last == first and words[first].lower() in _LISTING_WORDS:
                    continue  # (codes27) "logo box", "logo matches": the listing's own word, no romanisation (乐高)
                for i in self._keys.get(key, ()):
                    s, e = text.original_span("latin", matches[first].start(), matches[last].end())
                    out.append(self._evidence(text, i, s, e, key))
        return self.in_category(out, text, listing)

    def _may_hold_key(self, text: ListingText) -> bool:
        """Whether a run of the listing's words may fold into a key (the gate opens on any start, a one-letter syllable
        "a" too: most listings): a word that is a start of MIN_KEY letters or more, or a shorter start whose next word,
        joined to it, begins a key (a key is MIN_KEY letters or more, so a short start is never one alone). The words
        of each piece of the latin view folded once and remembered (`_piece`); a piece without letters between two
        others leaves its neighbours' words neighbours, as `detect` reads them."""
        memo, prefixes = self._pieces, self._prefixes
        before = None  # the previous word when it is a short start
        for piece in text.latin.split():
            read = memo.get(piece, False)
            if read is False:
                read = self._piece(piece)
                if len(piece) <= LONGEST_PIECE:
                    memo.remember(piece, read)
            if read is None:
                continue
            first, last, found = read
            if found or before is not None and before + first in prefixes:
                return True
            before = last if last in self._short_starts else None
        return False

    def _piece(self, piece: str) -> tuple[str, str, bool] | None:
        """(its first folded word, its last, whether its words alone may fold into a key) of a piece of the latin view;
        None when it holds no word."""
        folded = [fold(_APOSTROPHES.sub("", w)) for w in _LETTERS.findall(piece)]
        if not folded:
            return None
        found = any(w in self._long_starts for w in folded) or any(
            a in self._short_starts and a + b in self._prefixes for a, b in zip(folded, folded[1:]))
        return folded[0], folded[-1], found

    def _evidence(self, text: ListingText, i: int, start: int, end: int, key: str) -> Evidence:
        fp = self.fingerprints[i]
        system, syllables = self._jyutping[key, i]
        reading = " ".join(syllables)
        word = self._words.get(key)
        if word is None:
            word = self._words[key] = _a_word(key)  # asked of the keys listings hold only, not of every spelling
        named = not word and self._syllables[i] >= THREE_SYLLABLES and len(key) >= NAMED_LETTERS
        how = (f"{fp.value} in Cantonese romanisation (Jyutping '{reading}', or Yale or Hong Kong spelling)"
               if system == "Cantonese" else f"{fp.value} in {system} romanisation of its Mandarin ('{reading}')") + (
            ": how Latin letters write its Chinese name there, counts in the brand's category" if named else
            ", also a word of another language: needs the brand's category and a counterfeit cue or a price far below "
            "the floor" if word else ": needs corroboration")
        field, s, e, matched = text.locate(start, end)
        found = Evidence(Rule.pinyin, self.weights.fuzzy_distance_1, i, field, s, e, matched, fp.value, distance=0,
                         detail=how, everyday=fp.everyday_word, needs_corroboration=True, needs_cue=word)
        found.in_category_enough = named
        return found

    def memory_bytes(self) -> int:
        return sum(60 + len(k) + 8 * len(v) for k, v in self._keys.items()) + sum(50 + len(w) for w in self._starts)

    def stats(self) -> dict[str, int]:
        return {"cantonese_keys": len(self._keys)}
