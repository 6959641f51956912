"""The mark spelt by the names of its letters, as a child spells aloud: "gee-you-see-see-eye", "dee-why-ess-oh-en",
"ei-pi-pi-el-i" (English as said in Asia and Africa), "gé-u-cé-cé-i" (French), "ge-u-tse-tse-i" (German),
"erre-o-ele-e-equis" (Spanish), "o-emme-e-gi-a" (Italian), "cê-a-erre-tê-i-e-erre" (Portuguese), "er-o-el-e-iks"
(Dutch), "эр-о-эль-е-икс" (Russian), "アール・オー・エル・イー・エックス" (Japanese), "알오엘이엑스"/"알-오-엘-이-엑스" (Korean).

Tables: each language's alphabet names as its school books write them, with the spellings sellers also write
(English "double you", "dubya", "zed"/"zee"; Spanish "uve doble", "i griega"; Italian "doppia vu"). A name may be more
than one letter (English "i" is i, Spanish "i" too; Dutch "ee" is e, English "ee" is e): a run is read every way and
compared with the marks as written (`Marks.joined`).

A run is THREE names or more of ONE language's alphabet one after another (a seller spells in one language: "ce a er
te i e er" is Portuguese throughout, "bee oh ese ee" no language's), with a hyphen, an en dash, a full stop, a middle
dot (· ・) or a comma between, spaces round them or not, or spaces alone (then all of the run is read, never a part: "a
la de" in a Spanish sentence is no mark); a "/" or "|" ends a word of a multi-word mark; a run changes language where a
name is no name of the run's language ("850g – 에이 비 비 오 티 티": the English "g" is no Korean name), and a name
glued to a digit ("850g") is none. Hangul letter names may also be written run together (알오엘이엑스): such a word is
cut into names where it can be. Weak evidence: the brand's category with a cue or a price below the floor; another
brand's reading of the same letters is no second brand (stronger.outside_spelt_names).

The gate (detectors/decoded.py): a piece between white space with three names joined, a name that is no common word
(`distinct`), a Hangul or katakana word cut into names, or, over the whole text, a run of names of one language
(`has_run`: the runs of common words, "es ha e el el", "Gi - u - ci - ci - i"), after a set test of the latin view's
words.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

from services.matcher.core.codes import Hit, Marks

NAME = "letter names"
MIN_RUN = 3
MIN_SPACED = 3  # (one language throughout: `_read`)
MAX_READINGS = 64
DISTINCT_ZIPF = 4.0  # a name less frequent than this in every language opens the gate alone
WORD = "word"  # a run's item after "/" or "|": a word of a multi-word mark starts

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
# one line a language: the letters' names in alphabet order, "|" between a letter's spellings
_NAMES = {
    "en": "a|ay|ei|eh|ey bee|be|bi cee|see|si|sea dee|di ee|e|i eff|ef gee|jee|ji|g aitch|haitch|eich|eitch|ech "
          "eye|ai|i jay|jey|jei kay|kei|key el|ell em|emm en|enn oh|o pee|pi cue|queue|kyu|kiu|kew ar|are|arr|aar "
          "ess|es tee|ti|tea you|yu|yoo|u vee|vi double-you|double-u|dubya|dabliu|dablyu|doubleyou ex|eks|ecks "
          "why|wye|wai|y zed|zee|zi",
    "fr": "a bé|be cé|ce dé|de e|eu effe|ef gé|ge ache|hache i ji|gi ka elle|el emme|em enne|en o pé|pe ku|qu "
          "erre|er esse|es té|te u vé|ve double-vé|double-v|doublevé ixe|ix i-grec|igrec zède|zed|zede",
    "de": "a be ce|tse|ze|zeh|tze de|deh e ef|eff ge|geh ha|hah i jot|jott|yot ka|kah el|ell em|emm en|enn o pe|peh "
          "ku|kuh er|err es|ess te|teh u fau|vau we|weh ix|iks ypsilon|üpsilon|upsilon zet|tsett|zett",
    "es": "a be ce de e efe ge hache i jota ka ele eme ene o pe cu erre|ere ese te u uve|ve|be-corta uve-doble|doble-ve|"
          "doble-u equis ye|i-griega zeta|ceta",
    "it": "a bi ci di e effe gi acca i i-lunga|gei cappa elle emme enne o pi cu|qu erre esse ti u vu|vi doppia-vu|vu-doppia "
          "ics|ix ipsilon|i-greca zeta",
    "pt": "a bê|be cê|ce dê|de e|é efe|éfe gê|ge agá|aga|há i jota cá|capa|kapa ele|éle eme|ême ene|ene o|ó pê|pe quê|que "
          "erre|erê esse|ésse tê|te u vê|ve dáblio|dablio|dabliu xis ípsilon|ipsilon|i-grego zê|ze",
    "nl": "a bee|be cee|ce|see dee|de ee|e ef gee|ge|ghee ha i|ie jee|je|yee ka el em en o pee|pe ku|kuu er es tee|te "
          "u vee|ve wee|we iks|ix ij|ei|griekse-ij|ypsilon zet",
    "ru": "а бэ|бе цэ|це дэ|де е|э эф гэ|ге|жэ ха|аш и йот|жи ка эль|эл эм эн о пэ|пе ку эр эс тэ|те у вэ|ве "
          "дубль-вэ|даблью|дабл-ю икс игрек|уай зэт|зет|зед",
    "ja": "エー|エイ|エ ビー|ビ シー|シ ディー|デー|ディ イー|イ エフ ジー|ジ エイチ|エッチ アイ ジェー|ジェイ ケー|ケイ "
          "エル エム エヌ オー|オ ピー|ピ キュー|キュ アール|アル エス ティー|テー|ティ ユー|ユ ブイ|ヴィー "
          "ダブリュー|ダブル エックス|エクス ワイ ゼット|ゼッド|ズィー|ジー",
    "ko": "에이|에 비 씨|시 디 이 에프|에프 지|쥐 에이치|에치 아이 제이 케이 엘 엠 엔 오 피 큐 알|아르 에스 티 유 "
          "브이|비이 더블유|더블유 엑스|엑쓰 와이 제트|지|젯",
}


@cache
def names() -> dict[str, frozenset[str]]:
    """A letter name (lower case, no accents, hyphens and spaces dropped; kana and Hangul as written) -> its letters."""
    out: dict[str, set[str]] = {}
    for line in _NAMES.values():
        cells = line.split()
        assert len(cells) == 26, line
        for letter, cell in zip(_ALPHABET, cells):
            for name in cell.split("|"):
                out.setdefault(fold(name), set()).add(letter)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def languages() -> dict[str, dict[str, frozenset[str]]]:
    """Each language's table alone (`_NAMES`' line): a run is read in ONE language's alphabet, as a seller who spells
    aloud spells in one ("ce a er te i e er" is Portuguese or Spanish throughout, never Spanish "ce" beside English
    "a")."""
    out: dict[str, dict[str, frozenset[str]]] = {}
    for lang, line in _NAMES.items():
        table: dict[str, set[str]] = {}
        for letter, cell in zip(_ALPHABET, line.split()):
            for name in cell.split("|"):
                table.setdefault(fold(name), set()).add(letter)
        out[lang] = {k: frozenset(v) for k, v in table.items()}
    return out


@cache
def masks() -> dict[str, int]:
    """A letter name (as `names` holds it) -> the languages whose alphabet names a letter so, one bit a language (in
    `_NAMES`' order): the names of a run share a bit when they are one language's."""
    out: dict[str, int] = {}
    for bit, table in enumerate(languages().values()):
        for name in table:
            out[name] = out.get(name, 0) | 1 << bit
    return out


def fold(name: str) -> str:
    """A name as the table holds it: lower case, Latin letters without accents, hyphens, apostrophes and spaces
    dropped, ё as е; kana and Hangul as written."""
    if name.isascii():  # (the gate's common case: one C-level pass)
        return name.lower().translate(_DROP)
    out = []
    for c in name.casefold():
        if c in "-' ‐":
            continue
        if c < "\u0250":
            out.extend(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))
        else:
            out.append("е" if c == "ё" else c)
    return "".join(out)


_DROP = str.maketrans("", "", "-' ")


# a name: letters of one script; the gaps between names
_NAME = re.compile(r"[^\W\d_]+")
_LETTER_GAP = re.compile(r"[ \t\u00a0]{0,2}[-–‐.·・•,][ \t\u00a0]{0,2}")
_SPACE_GAP = re.compile(r"[ \t\u00a0]{1,2}")
_WORD_GAP = re.compile(r"[ \t\u00a0]*[/|][ \t\u00a0]*")
_RUN_TOGETHER = re.compile(r"[\uac00-\ud7a3\u30a0-\u30fa\u30fc-\u30ff]{4,}")  # Hangul or katakana names, no gap


def _run_cut(word: str) -> list[list[frozenset[str]]]:
    """A Hangul or katakana word cut into letter names (longest names first), at most four ways, each name as the
    letters it may be; [] if it cannot be."""
    table = names()
    return [[table[n] for n in cut] for cut in _run_cut_names(word)]


@lru_cache(maxsize=4096)
def _run_cut_names(word: str) -> tuple[tuple[str, ...], ...]:
    """A Hangul or katakana word cut into letter names (longest names first), at most four ways; () if it cannot be."""
    table = names()
    out: list[tuple[str, ...]] = []
    dead: set[int] = set()

    def cut(at: int, sofar: tuple[str, ...]) -> bool:
        if at == len(word):
            out.append(sofar)
            return True
        if at in dead or len(out) >= 4:
            return False
        ok = False
        for k in range(min(5, len(word) - at), 0, -1):
            if word[at:at + k] in table and cut(at + k, sofar + (word[at:at + k],)):
                ok = True
        if not ok:
            dead.add(at)
        return ok

    cut(0, ())
    return tuple(out)


@cache
def distinct() -> frozenset[str]:
    """The names (as `names` holds them) of two characters or more that are no common word of a language of
    context/language.py (wordfreq Zipf below DISTINCT_ZIPF: "gee", "ess", "erre", "эль", "エックス", "에이치"; not "see", "de",
    "elle", "эн"): one of them alone in a piece opens the gate for a run with spaces between."""
    from services.matcher.core.context.language import word_table

    table = word_table()
    return frozenset(n for n in names() if len(n) >= 2 and max((z for _, z in table.frequencies(n)), default=0.0) < DISTINCT_ZIPF)


_STRIP = "()[]{}\"'“”«»,;:!?"


@cache
def _distinct_spelt() -> frozenset[str]:
    """The `distinct` names as sellers write them (accents and all), each an expression ("-": a hyphen, a space or none)."""
    return frozenset(name.replace("-", "[- ]?") for line in _NAMES.values() for cell in line.split()
                     for name in cell.split("|") if fold(name) in distinct())


@cache
def _distinct_words() -> re.Pattern:
    """A regular expression of the `distinct` names as sellers write them (accents and all), whole words."""
    spelt = _distinct_spelt()
    return re.compile(r"(?<![^\W\d_])(?:%s)(?![^\W\d_])" % "|".join(sorted(spelt, key=len, reverse=True)), re.I)


_ATOM = re.compile(r"\[- \]\?|.", re.S)


@cache
def _distinct_gate() -> re.Pattern:
    """`_distinct_words` for a yes or no (`opens`): the same names as one tree of their common beginnings (speed32,
    issue 16: the engine tries a list's ~150 alternatives one by one at every word's start; a tree tries each beginning
    once). A text holds a match of one iff it holds a match of the other: the tree's alternatives spell the same
    names, and backtracking tries every way a name may end before the look-ahead. A name written with more than
    letters and "[- ]?" keeps the list."""
    tree: dict = {}
    for name in _distinct_spelt():
        atoms = _ATOM.findall(name)
        if not atoms or not all(a == "[- ]?" or a.isalpha() for a in atoms):
            return _distinct_words()
        node = tree
        for a in atoms:
            node = node.setdefault(a, {})
        node[""] = {}

    def branch(node: dict) -> str:
        alternatives = [a + branch(child) for a, child in sorted(node.items()) if a]
        if not alternatives:
            return ""
        if "" in node:
            return "(?:%s)?" % "|".join(alternatives)
        return alternatives[0] if len(alternatives) == 1 else "(?:%s)" % "|".join(alternatives)

    return re.compile(r"(?<![^\W\d_])(?:%s)(?![^\W\d_])" % branch(tree), re.I)


@cache
def spaced_names() -> frozenset[str]:
    """The `distinct` names of two words written with a space between ("double u", "i griega", "дубль вэ"): the
    only names of `_distinct_words` a match of which crosses white space."""
    return frozenset(name.replace("-", " ") for line in _NAMES.values() for cell in line.split()
                     for name in cell.split("|") if "-" in name and fold(name) in distinct())


@cache
def spaced_words() -> re.Pattern:
    """`spaced_names` as whole words (a reader of the text's pieces one by one looks for these over the whole
    text)."""
    return re.compile(r"(?<![^\W\d_])(?:%s)(?![^\W\d_])"
                      % "|".join(sorted(map(re.escape, spaced_names()), key=len, reverse=True)), re.I)


_JOINED_RUN = re.compile(r"[^\W\d_]+(?:[-–‐.·・•,/|]+[^\W\d_]+){2,}")


def opens(piece: str) -> bool:
    """Whether a text holds three letter names or more joined by hyphens, full stops or middle dots, a name that is
    no common word (`distinct`: a run with spaces between), or a Hangul or katakana word cut into letter names. One
    pass of a regular expression each, over the whole text (no piece crosses white space)."""
    table = names()
    for m in _JOINED_RUN.finditer(piece) if _JOINERS.search(piece) else ():  # (speed32) a run holds two joiners
        if sum(fold(p) in table for p in _JOINERS.split(m.group()) if p) >= MIN_RUN:
            return True
    if _distinct_gate().search(piece):
        return True
    return any(_run_cut(m.group()) for m in _RUN_TOGETHER.finditer(piece))


_JOINERS = re.compile(r"[-–‐.·・•,/|]+")


def _readings(letters: list[frozenset[str]]) -> list[str]:
    out = []
    for combo in itertools.product(*(sorted(x) for x in letters)):
        out.append("".join(combo))
        if len(out) >= MAX_READINGS:
            break
    return out


_ANY_GAP = re.compile(r"[ \t\u00a0]{0,2}[-–‐.·・•,/|]?[ \t\u00a0]{0,2}")  # what may stand between a run's names


def has_run(text: str) -> bool:
    """Whether a text holds a run of MIN_RUN letter names or more of one language's alphabet one after another, with
    anything `decode` reads as a gap between (spaces, a hyphen or a dot with spaces round it or none, a "/"): the gate
    of a run whose names are all common words ("ce a er te i e er", "Gi - u - ci - ci - i"), which no piece of the text
    between white space opens. A scan of the text's words, one lookup each."""
    table, bits = names(), masks()
    count, mask, last = 0, 0, -1
    for start, end, token in _tokens(text, table):
        m = 0 if _beside_digit(text, start, end) else bits.get(fold(token), 0)
        if not m and _RUN_TOGETHER.fullmatch(token) and _run_cut_names(token):
            return True  # names run together (opens reads these piece by piece too)
        if m and count and mask & m and _ANY_GAP.fullmatch(text, last, start):
            count, mask = count + 1, mask & m
            if count >= MIN_RUN:
                return True
        else:
            count, mask = (1, m) if m else (0, 0)
        last = end
    return False


class LetterNames:
    name = NAME
    latin_words: frozenset[str] = frozenset()  # (`opens`: a distinct name in any script)

    def opens(self, piece: str) -> bool:
        return opens(piece)

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        table = names()
        bits = masks()
        run: list[tuple[int, int, str, bool]] = []  # (start, end, name, a space before it)
        last, shared = None, 0  # the languages whose names the run's all are
        for start, end, token in _tokens(text, table):
            name = fold(token)
            cuts = _run_cut_names(token) if name not in table and _RUN_TOGETHER.fullmatch(token) else ()
            if name not in table and not cuts or _beside_digit(text, start, end):
                yield from _run(text, run, marks)
                run, last = [], None
                continue
            mask = bits.get(name, 0) if not cuts else _cut_mask(cuts[0])
            if run and not shared & mask:  # another language's name ("850g – 에이 비 비 오 티 티"): a run of its own
                yield from _run(text, run, marks)
                run, last = [], None
            shared = shared & mask if run else mask
            if cuts:  # names run together (지유씨씨아이): read alone, and as a word of the run (ジーエー... / ビー...)
                for cut in cuts:
                    yield from _read(text, [(start, end, x, False) for x in cut], marks, token)
            items = [(start, end, x) for x in cuts[0]] if cuts else [(start, end, name)]
            gap = None if last is None else text[last:start]
            if gap is not None and _WORD_GAP.fullmatch(gap):
                run.append((*items[0], WORD))
            elif gap is not None and _LETTER_GAP.fullmatch(gap):
                run.append((*items[0], False))
            elif gap is not None and _SPACE_GAP.fullmatch(gap):
                run.append((*items[0], True))
            else:
                yield from _run(text, run, marks)
                run, shared = [(*items[0], False)], mask
            run.extend((*item, False) for item in items[1:])
            last = end
        yield from _run(text, run, marks)


def _beside_digit(text: str, start: int, end: int) -> bool:
    """Whether a word is glued to a digit ("850g", "g5"): a unit or a code, not a letter's name."""
    return start > 0 and text[start - 1].isdigit() or end < len(text) and text[end].isdigit()


def _cut_mask(cut: tuple[str, ...]) -> int:
    bits = masks()
    out = -1
    for name in cut:
        out &= bits.get(name, 0)
    return out


def _tokens(text: str, table: dict[str, frozenset[str]]) -> list[tuple[int, int, str]]:
    """The text's words, two joined where together they are one letter's name and apart one of them is none ("double
    you", "uve doble", "i griega", "doppia vu")."""
    words = [(m.start(), m.end(), m.group()) for m in _NAME.finditer(text)]
    out = []
    k = 0
    while k < len(words):
        s, e, w = words[k]
        if k + 1 < len(words) and text[e:words[k + 1][0]] in (" ", "-"):
            both = fold(w + words[k + 1][2])
            if both in table and (fold(w) not in table or fold(words[k + 1][2]) not in table):
                out.append((s, words[k + 1][1], text[s:words[k + 1][1]]))
                k += 2
                continue
        out.append((s, e, w))
        k += 1
    return out


def _run(text: str, run: list[tuple[int, int, str, bool]], marks: Marks) -> Iterator[Hit]:
    """A run's readings: each part joined by hyphens, full stops or middle dots (three names or more), and the whole run
    when it is MIN_RUN names or more with spaces between ("gee you see see eye", "es ha e el el"); one language's
    names throughout (`_read`)."""
    parts: list[list[tuple[int, int, str, bool]]] = []
    for item in run:
        if parts and item[3] is not True:
            parts[-1].append(item)
        else:
            parts.append([item])
    candidates = [p for p in parts if len(p) >= MIN_RUN]
    if len(parts) > 1 and len(run) >= MIN_SPACED or any(item[3] is WORD for item in run) and len(run) >= MIN_RUN:
        candidates.append(run)
    for cand in candidates:
        yield from _read(text, cand, marks)


def _read(text: str, cand: list, marks: Marks, shown: str = "") -> Iterator[Hit]:
    """The mark a run of names spells letter for letter in the alphabet of one language whose names they all are."""
    shared = -1
    bits = masks()
    for x in cand:
        shared &= bits.get(x[2], 0)
    if not shared:
        return
    for bit, table in enumerate(languages().values()):
        if not shared >> bit & 1:
            continue
        for reading in _readings([table[x[2]] for x in cand]):
            if reading in marks.joined:
                shown = shown or text[cand[0][0]:cand[-1][1]]
                yield Hit(cand[0][0], cand[-1][1], reading, f"'{shown}' letter by letter: {reading}")
                return


CODE = LetterNames()
