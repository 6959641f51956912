"""The mark hidden in a word puzzle the listing sets the buyer (rule puzzle, issue 9).

A seller who will not write the mark sets a puzzle whose answer is the mark, and tells the buyer how to solve it. Five
kinds, each read only in the form its instruction or notation makes unmistakable (a puzzle nobody is told to solve is
what ordinary text spells by chance):

- Nth letters: "ICE EACH ONLY ZONE ONLY – camera", "Brand? Take the 2nd letter of every word in the title": the
  letter at a stated position (2nd, 3rd, ..., last) of consecutive words of the title, or of consecutive lines of the
  description, spells the mark. Read only with the instruction (NTH: an ordinal or "letter N" and "letter", in English,
  Spanish, Portuguese, French, Italian, German, Dutch, Russian); the first letters are the acrostic reader's
  (acrostics.py). Words shorter than the position break the run.
- Word search: a grid of single letters in the description (four rows or more of the same number of letters, four or
  more, spaced or not) holds the mark across, down, diagonally or reversed. A random grid of 30 letters holds some
  4-letter mark now and then, and puzzle books print grids of brand names: always a weak candidate that needs the
  brand's category with a counterfeit cue or a price far below the floor (`needs_cue`).
- Rebus: everyday words joined by "+" ("Roll + Ex", "Goo + Chee", "Knee + Key", "Pan + Door + Ah") read by their sound
  (sounds.py: the joined parts share a sound key of the mark, and `sounds.closest` hears them like it). Sound keys of
  short marks are shared by many words: a weak candidate that needs the brand's category with a counterfeit cue
  (`needs_cue`; a rebus book is quiet).
- Edit instruction: a word and an edit that turns it into the mark ("'Bolex' but B→R", "'Omaha' with ha→ega",
  "'Gucco', last letter → i", "Nuke with u→i", "replace the T of Tyson with D"): the edited word is exactly a mark of
  three letters or more, and the word as written is none of the brand's marks. Strong (a deliberate spelling); an
  everyday-word mark counts in the brand's category.
- Letters from other names: "brand = first letters: R(ay-Ban) + O(akley) + L(acoste) + E(tro) + X(box)" — a run of
  three or more capitals, each followed by the rest of a name in brackets, spells the mark by its capitals; the names
  in brackets are letter sources, not brands named (the evidence's span covers them: index.py drops other brands'
  marks read inside a puzzle's answer, `_outside_reassembled`).

Source: the classes as outsider24 named them (c_nth_letter_hidden24, c_word_search_grid24, c_rebus_words24,
c_edit_instruction24, c_letters_from_other_brands24); written for the whole class, every brand and wording.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.prefilter import gated
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.normalise import ListingText, mark_words
from services.matcher.core.scoring import Evidence
from services.matcher.core import sounds

MIN_LETTERS = 4  # a mark read from letters picked out of words or a grid
MIN_EDITED = 3  # a mark an edit instruction spells
MAX_LETTERS = 24

# the position of the letter to read, as an ordinal word or number (case-folded text); group "n" the number, "w" the word
_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1,
    "segunda": 2, "segundo": 2, "tercera": 3, "tercer": 3, "terceira": 3, "cuarta": 4, "quarta": 4, "quinta": 5,
    "última": -1, "ultima": -1, "último": -1, "ultimo": -1,
    "deuxième": 2, "deuxieme": 2, "seconde": 2, "troisième": 3, "troisieme": 3, "quatrième": 4, "dernière": -1,
    "derniere": -1, "seconda": 2, "terza": 3,
    "zweite": 2, "zweiten": 2, "dritte": 3, "dritten": 3, "vierte": 4, "vierten": 4, "letzte": -1, "letzten": -1,
    "tweede": 2, "derde": 3, "laatste": -1,
    "вторую": 2, "вторая": 2, "второй": 2, "третью": 3, "третья": 3, "третьей": 3, "последнюю": -1, "последняя": -1,
    "последней": -1,
}
_LETTER = r"(?:letters?|letra|letras|lettre|lettres|lettera|lettere|buchstaben?|letter|букв[ау]?|harf|harfi)"
_LETTER_CLUES = ("lett", "letr", "buchstabe", "букв", "harf")  # (speed32) every _LETTER holds one: NTH's gate
NTH = re.compile(
    r"(?:(?P<n>[2-9])(?:st|nd|rd|th|e|º|ª|\.|-?я|-?ю)?|(?P<w>" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) +
    r"))\s+" + _LETTER + r"\b|\b" + _LETTER + r"\s*(?:no\.?\s*|#|n[º°]\s*)?(?P<m>[2-9])\b")
# what the letter is taken of: each word or line (the instruction, not "a 3 letter word" or "up to 3 letters")
_EACH = re.compile(r"\b(?:each|every|all|the words?|per word|cada|todas|chaque|tous|jede[ns]?|aller|ogni|tutte|elk|ieder|"
                   r"her)\b|(?:кажд|всех)|\b(?:de|of|van|di|des) (?:la |les |the )?(?:title|titel|t[íi]tulo|titre|titolo)")
_NTH_SCOPE_LINES = re.compile(r"\b(?:lines?|rows?|líneas?|linhas?|lignes?|righe|zeilen?|regels?|строк)")
_WORD = re.compile(r"[^\W\d_]+")

# a grid row: single letters separated by spaces, or one run of capitals
_SPACED_ROW = re.compile(r"^\s*((?:[^\W\d_][ \t]+){3,}[^\W\d_])\s*$")
_SOLID_ROW = re.compile(r"^\s*([A-Z]{4,})\s*$")
MIN_ROWS = 4

# a rebus: two to five short words joined by "+"
_REBUS = re.compile(r"(?<![\w+])([^\W\d_]{1,8})((?:[ \t]*\+[ \t]*[^\W\d_]{1,8}){1,4})(?![\w+])")
_REBUS_PART = re.compile(r"[^\W\d_]+")
# (recall52) a copy grade glued to its plus, then a space ("A+ replika", "AAA+ quality", "S+ grade", "A+ kalite"): the
# trade's grade, no rebus part ("Pan + Door + Ah" spaces its plus; "A+Dee+Das" glues both sides)
_GRADE_PLUS = re.compile(r"(?:A{1,4}|B|S{1,3})\+\s")
REBUS_SIMILARITY = 0.75

# an edit: a word (quoted or not), then an instruction to swap letters ("B→R", "u->i", "ha→ega", "T to D") or to set
# its first or last letter
_ARROW = r"(?:→|->|=>|⇒|➔|➡)"
_EDIT_SWAP = re.compile(
    r"[\"'‘“«]?(?P<word>[A-Za-z]{3,12})[\"'’”»]?[ \t]*[,:;(–—-]?[ \t]*(?:but|with|and|then|yet|pero|con|mais|avec|aber|mit|но|,)?"
    r"[ \t]*(?P<a>[A-Za-z]{1,4})[ \t]*" + _ARROW + r"[ \t]*(?P<b>[A-Za-z]{1,4})\b")
_EDIT_END = gated(re.compile(
    r"[\"'‘“«]?(?P<word>[A-Za-z]{3,12})[\"'’”»]?[ \t]*[,:;(–—-]?[ \t]*(?:but|with|and|then)?[ \t]*(?:the )?"
    r"(?P<which>first|last|1st|final)[ \t]+letter[ \t]*(?:" + _ARROW + r"|=|:|is|becomes|to|as)?[ \t]*(?P<b>[A-Za-z])\b"))
_EDIT_REPLACE = re.compile(
    r"\b(?:replace|swap|change|switch)[ \t]+(?:the[ \t]+)?(?P<a>[A-Za-z]{1,3})[ \t]+(?:of|in)[ \t]+[\"'‘“]?(?P<word>[A-Za-z]{3,12})"
    r"[\"'’”]?[ \t]+(?:with|for|to|by|into)[ \t]+(?:an?[ \t]+)?(?P<b>[A-Za-z]{1,3})\b", re.I)

# letters from other names: "R(ay-Ban) + O(akley) ..." (three or more)
_SOURCE = r"(?P<cap>[A-Z])\((?P<rest>[^()\n]{1,24})\)"
_SOURCES = re.compile(r"[A-Z]\([^()\n]{1,24}\)(?:[ \t]*[+,·/&-]?[ \t]*[A-Z]\([^()\n]{1,24}\)){2,}")
_ONE_SOURCE = re.compile(_SOURCE)


def _folded(word: str) -> str:
    return "".join(mark_words(word))


class PuzzleDetector(Detector):
    name = "puzzles"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._marks: dict[str, list[int]] = {}  # a mark's letters joined, lower case -> fingerprints
        self._lengths: list[int] = []
        self._starts: frozenset[str] = frozenset()
        self._by_key: dict[str, list[tuple[int, str]]] = {}  # sound key -> (fingerprint, mark's letters)
        self._brand_marks: dict[int, set[str]] = {}  # brand position -> its marks' letters

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or is_wide_mark(fp.value) or fp.vocabulary is not None:
            return None
        joined = "".join(mark_words(fp.value))
        if MIN_EDITED <= len(joined) <= MAX_LETTERS and joined.isalpha() and joined.isascii():
            self._marks.setdefault(joined, []).append(i)
            self._brand_marks.setdefault(self.catalogue.fingerprint_brand[i], set()).add(joined)
            for heard_as in _heard_forms(joined):
                for key in sounds.mark_keys(heard_as):
                    if len(key) >= 2 or len(joined) >= 5:  # a key of one class only for a long mark (Toyota's T)
                        self._by_key.setdefault(key, []).append((i, heard_as))
        return None

    def compile(self) -> None:
        self._lengths = sorted({len(k) for k in self._marks if len(k) >= MIN_LETTERS})
        self._starts = frozenset(k[:MIN_LETTERS] for k in self._marks if len(k) >= MIN_LETTERS)

    # ------------------------------------------------------------------------------------------------ evidence
    def _evidence(self, i: int, text: ListingText, start: int, end: int, detail: str, *, weak: bool) -> Evidence:
        fp = self.fingerprints[i]
        field, s, e, matched = text.locate(start, end)
        ev = Evidence(Rule.puzzle, self.weights.fuzzy_distance_1 if weak else self.weights.confusable, i, field, s, e,
                      matched, fp.value, distance=0, detail=detail, everyday=fp.everyday_word and weak)
        ev.game = True
        if weak:
            ev.needs_corroboration = ev.needs_cue = True
            ev.needs_copy_cue = fp.everyday_word
            ev.detail += ": needs the brand's category with a counterfeit cue or a price far below the floor"
        elif fp.everyday_word:
            ev.needs_corroboration = ev.in_category_enough = True
            ev.detail += "; an everyday word: counts in the brand's category"
        return ev

    def _spelt(self, letters: str, starts: list[tuple[int, int]], text: ListingText, what: str) -> list[Evidence]:
        """Evidence for every mark that a window of `letters` (one a unit, spans `starts`) spells exactly."""
        out = []
        for k in range(len(letters) - MIN_LETTERS + 1):
            if letters[k:k + MIN_LETTERS] not in self._starts:
                continue
            for n in self._lengths:
                if k + n > len(letters):
                    break
                marks = self._marks.get(letters[k:k + n])
                if not marks or "#" in letters[k:k + n]:
                    continue
                for i in marks:
                    out.append(self._evidence(i, text, starts[k][0], starts[k + n - 1][1],
                                              f"{what} spell '{letters[k:k + n].upper()}'", weak=False))
        return out

    # ---------------------------------------------------------------------------------------------- Nth letters
    def _nth_letters(self, text: ListingText) -> list[Evidence]:
        folded = text.original.casefold()
        if not any(w in folded for w in _LETTER_CLUES) or "letter" not in folded and not NTH.search(folded):
            return []
        out = []
        seen: set[int] = set()
        for m in NTH.finditer(folded):
            n = int(m.group("n") or m.group("m") or 0) or _ORDINALS.get(m.group("w") or "", 0)
            if not n or n in seen or not _EACH.search(folded, m.end(), m.end() + 48):
                continue
            seen.add(n)
            position = "last" if n == -1 else f"letter {n}"
            # the title's words
            words = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(text.title)]
            letters = "".join(_pick(w, n) for _, _, w in words)
            out += self._spelt(letters, [(a, b) for a, b, _ in words], text,
                               f"the {position} of consecutive title words (the listing says to read it)")
            if _NTH_SCOPE_LINES.search(folded) and text.description:
                offset = text.field_offset("description")
                spans, picked = [], []
                at = 0
                for line in text.description.split("\n"):
                    words_of = _WORD.findall(line)
                    picked.append(_pick(words_of[0], n) if words_of else "#")
                    spans.append((offset + at, offset + at + len(line)))
                    at += len(line) + 1
                out += self._spelt("".join(picked), spans, text,
                                   f"the {position} of the first words of consecutive lines (the listing says to read it)")
        return out

    # ---------------------------------------------------------------------------------------------- word search
    def _grid(self, text: ListingText) -> list[Evidence]:
        description = text.description
        if not description or description.count("\n") < MIN_ROWS - 1:
            return []
        offset = text.field_offset("description")
        rows: list[tuple[str, int, int]] = []
        out: list[Evidence] = []
        at = 0
        for line in description.split("\n") + [""]:
            m = _SPACED_ROW.match(line) or _SOLID_ROW.match(line)
            row = re.sub(r"\s+", "", m.group(1)).lower() if m else ""
            if row and row.isascii() and (not rows or len(rows[-1][0]) == len(row)):
                rows.append((row, offset + at, offset + at + len(line)))
            else:
                if len(rows) >= MIN_ROWS:
                    out += self._read_grid(rows, text)
                rows = [(row, offset + at, offset + at + len(line))] if row and row.isascii() else []
            at += len(line) + 1
        return out

    def _read_grid(self, rows: list[tuple[str, int, int]], text: ListingText) -> list[Evidence]:
        grid = [r for r, _, _ in rows]
        height, width = len(grid), len(grid[0])
        lines = list(grid) + ["".join(grid[y][x] for y in range(height)) for x in range(width)]
        for d in range(-(height - 1), width):  # diagonals and anti-diagonals
            lines.append("".join(grid[y][y + d] for y in range(height) if 0 <= y + d < width))
            lines.append("".join(grid[y][width - 1 - y - d] for y in range(height) if 0 <= width - 1 - y - d < width))
        found: dict[int, str] = {}
        for line in lines:
            for reading in (line, line[::-1]):
                for k in range(len(reading) - MIN_LETTERS + 1):
                    if reading[k:k + MIN_LETTERS] not in self._starts:
                        continue
                    for n in self._lengths:
                        if k + n > len(reading):
                            break
                        for i in self._marks.get(reading[k:k + n], ()):
                            found.setdefault(i, reading[k:k + n])
        start, end = rows[0][1], rows[-1][2]
        # a grid of random letters holds a short mark by chance now and then: the longest marks it holds are its answer
        longest = max((len(w) for w in found.values()), default=0)
        return [self._evidence(i, text, start, end, f"a letter grid of {height}x{width} holds '{word.upper()}'", weak=True)
                for i, word in found.items() if len(word) == longest]

    # ---------------------------------------------------------------------------------------------------- rebus
    def _rebus(self, text: ListingText) -> list[Evidence]:
        original = text.original
        if "+" not in original:
            return []
        out = []
        for m in _REBUS.finditer(original):
            if _GRADE_PLUS.match(original, m.start()):
                continue
            parts = _REBUS_PART.findall(m.group())
            if not all(p.isascii() for p in parts):
                continue
            reading = "".join(_said(p.lower()) for p in parts)
            if len(reading) < 3:
                continue
            key = sounds.sound_key(reading)
            candidates = self._by_key.get(key) if len(key) >= 2 or len(reading) >= 5 else None
            if not candidates:
                continue
            # every mark heard like it (not only the closest spelling: "Bow + Z" is heard as Bose and as Bosch; the
            # brand's category decides, `in_category`)
            best: dict[int, tuple[float, float]] = {}  # fingerprint -> (similarity, closeness) of its closest form
            for i, mark in candidates:
                best[i] = max(best.get(i, (0.0, 0.0)), (sounds.similarity(reading, mark), sounds.closeness(reading, mark)))
            top = max(sim for sim, _ in best.values())
            heard = {i: c for i, (sim, c) in best.items() if sim >= REBUS_SIMILARITY and sim >= top - 0.1}
            closest = max(heard.values(), default=0.0)
            for i, c in heard.items():
                if c < closest - sounds.MARGIN:
                    continue  # heard alike, spelt further: "Pah + Ndora" is Pandora's, not Panthère's
                if any(_folded(p) in self._brand_marks.get(self.catalogue.fingerprint_brand[i], ()) for p in parts):
                    continue  # a part is the brand's own mark: a bundle ("Nike + Jordan"), the marks' readers' case
                out.append(self._evidence(i, text, m.start(), m.end(),
                                          f"a rebus: '{m.group()}' said together sounds like '{self.fingerprints[i].value}'",
                                          weak=True))
        return out

    # ---------------------------------------------------------------------------------------------------- edits
    def _edits(self, text: ListingText) -> list[Evidence]:
        original = text.original
        if not any(a in original for a in ("→", "->", "=>", "⇒", "➔", "➡")) and "letter" not in original.lower() \
                and not re.search(r"\b(?:replace|swap|change|switch)\b", original, re.I):
            return []
        out = []
        for m in _EDIT_SWAP.finditer(original):
            word, a, b = m.group("word").lower(), m.group("a").lower(), m.group("b").lower()
            results = {word[:k] + b + word[k + len(a):] for k in range(len(word)) if word.startswith(a, k)}
            out += self._edited(word, results, m, text, f"'{m.group('word')}' with {m.group('a')}→{m.group('b')}")
        for m in _EDIT_END.finditer(original):
            word, b = m.group("word").lower(), m.group("b").lower()
            result = b + word[1:] if m.group("which") in ("first", "1st") else word[:-1] + b
            out += self._edited(word, {result}, m, text, f"'{m.group('word')}' with its {m.group('which')} letter {b}")
        for m in _EDIT_REPLACE.finditer(original):
            word, a, b = m.group("word").lower(), m.group("a").lower(), m.group("b").lower()
            results = {word[:k] + b + word[k + len(a):] for k in range(len(word)) if word.startswith(a, k)}
            out += self._edited(word, results, m, text, f"'{m.group('word')}' with {a} replaced by {b}")
        return out

    def _edited(self, word: str, results: set[str], m: re.Match, text: ListingText, how: str) -> list[Evidence]:
        out = []
        for result in results:
            if result == word or len(result) < MIN_EDITED:
                continue
            for i in self._marks.get(result, ()):
                if word in self._brand_marks.get(self.catalogue.fingerprint_brand[i], ()):
                    continue  # the word as written is already the brand's: the marks' readers say so
                out.append(self._evidence(i, text, m.start(), m.end(), f"an edit: {how} spells '{result.upper()}'",
                                          weak=False))
        return out

    # ------------------------------------------------------------------------------------- letters from names
    def _sources(self, text: ListingText) -> list[Evidence]:
        original = text.original
        if "(" not in original:
            return []
        out = []
        for m in _SOURCES.finditer(original):
            caps = "".join(s.group("cap") for s in _ONE_SOURCE.finditer(m.group())).lower()
            spans = [(m.start() + s.start(), m.start() + s.end()) for s in _ONE_SOURCE.finditer(m.group())]
            for k in range(len(caps)):
                for n in range(len(caps) - k, MIN_EDITED - 1, -1):
                    for i in self._marks.get(caps[k:k + n], ()):
                        out.append(self._evidence(i, text, spans[k][0], m.end() if k + n == len(caps) else spans[k + n - 1][1],
                                                  f"the capitals before the bracketed names spell '{caps[k:k + n].upper()}' "
                                                  f"(the names are letter sources)", weak=False))
        return out

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._marks:
            return []
        found = self._nth_letters(text) + self._grid(text) + self._rebus(text) + self._edits(text) + self._sources(text)
        return self.in_category(found, text, listing) if found else found

    def stats(self) -> dict[str, int]:
        return {"puzzle_marks": len(self._marks)}


def letter_grids(description: str) -> list[tuple[int, int]]:
    """(start, end) in `description` of every letter grid (MIN_ROWS rows or more of single letters, spaced or solid, all
    of one length): a puzzle's letters, where no other reader's mark is a name written (index.py drops them: a row's
    "H R V" is no HR-V spelt out)."""
    out, rows, at = [], [], 0
    for line in description.split("\n") + [""]:
        m = _SPACED_ROW.match(line) or _SOLID_ROW.match(line)
        size = len(re.sub(r"\s+", "", m.group(1))) if m else 0
        if size and (not rows or rows[-1][0] == size):
            rows.append((size, at, at + len(line)))
        else:
            if len(rows) >= MIN_ROWS:
                out.append((rows[0][1], rows[-1][2]))
            rows = [(size, at, at + len(line))] if size else []
        at += len(line) + 1
    return out


def _pick(word: str, n: int) -> str:
    """The word's letter at position n (1-based; -1 the last), lower case, or "#" when it has none (a Latin letter)."""
    if n == -1:
        ch = word[-1:]
    elif len(word) >= n:
        ch = word[n - 1]
    else:
        return "#"
    ch = ch.lower()
    return ch if ch.isascii() and ch.isalpha() else "#"


_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1")
_SILENT_E = re.compile(r"(?<=[b-df-hj-np-tv-z])e$")


def _heard_forms(mark: str) -> set[str]:
    """A mark's letters as a rebus says them: as written, with a doubled consonant said once (Gucci as "guci"), a final
    e after a consonant silent (Bose as "bos"), and as the orthographies of sounds.ORTHOGRAPHIES read it (Italian
    "guchi")."""
    single = _DOUBLED.sub(r"\1", mark)
    forms = {mark, single, *sounds.orthographic_readings(single)}
    if len(mark) >= 4:
        forms |= {_SILENT_E.sub("", f) for f in forms}
    return {f for f in forms if f}


_SILENT = ((re.compile(r"^kn(?=[aeiouy])"), "n"), (re.compile(r"^wr(?=[aeiouy])"), "r"), (re.compile(r"^gn(?=[aeiouy])"), "n"))


def _said(part: str) -> str:
    """A rebus part as it is heard at the start of a word (the k of "knee" is silent)."""
    for pattern, replacement in _SILENT:
        part = pattern.sub(replacement, part)
    return part


# ------------------------------------------------------------------------------------------------------- decoys
# The names a puzzle sets beside its answer: the unticked choices of a choice list ("☐ Tudor ☐ Seiko ☑ the crown"), a
# quiz's other options ("A) Puma B) adidas C) the swoosh → answer C"), and the pair of an analogy that holds no blank
# ("Seiko : Tokyo = ___ : Geneva", "iPhone : Apple = Galaxy : ___", "Seiko is to Grand Seiko as Swatch is to ___"):
# those brands are the puzzle's furniture, not what is sold (outsider24's c_checkbox_choice24, c_analogy_clue24, 10
# wrong-brand alerts on 416cf21). index.py drops the marks read inside them (`decoy_spans`); the answer's own clue (the
# ticked choice, the blank's pair) is read as any text is.
_BLANK = r"(?:_{2,}|\?{1,3}|…|\.{3}|\[\s*\])"
_SIDE = r"[^:=–—|\n()]{1,40}?"
_ANALOGY_COLON = re.compile(rf"(?P<left>(?<![\w:]){_SIDE}\s*:\s*{_SIDE})\s*(?:=|::)\s*(?P<right>{_SIDE}\s*:\s*{_SIDE})(?=\s*(?:$|[–—|(\n,.;!]))")
_ANALOGY_WORDS = gated(re.compile(
    rf"(?P<left>{_SIDE}\s+(?:is to|es a|est à|é para|sta a|verhält sich zu|относится к)\s+{_SIDE})\s*,?\s+"
    rf"(?:as|como|ce que|wie|come|как)\s+(?P<right>{_SIDE}\s+(?:is to|es a|est à|é para|sta a|zu|к)\s+{_SIDE})"
    rf"(?=\s*(?:$|[–—|(\n,.;!]))", re.I))
_HAS_BLANK = re.compile(_BLANK)
_UNTICKED = re.compile(r"(?:[☐□⬜▢❏❑]|\[ \])\s*(?P<choice>[^☐□⬜▢❏❑☑☒✅✔\[\n–—|]{1,40})")
_QUIZ_ANSWER = re.compile(r"\b(?:answer|respuesta|réponse|antwort|resposta|ответ)\s*(?:is\s*)?[:=]?\s*\(?(?P<letter>[A-Ea-e])\b")
_QUIZ_OPTION = re.compile(r"(?<![\w])(?P<letter>[A-Ea-e])\)\s*(?P<option>[^()\n–—|→]{1,40}?)(?=\s*(?:[A-Ea-e]\)|→|->|$|[–—|\n]))")


def decoy_spans(original: str) -> list[tuple[int, int]]:
    """(start, end) in the listing's joined text of the names a puzzle sets beside its answer (see above)."""
    out: list[tuple[int, int]] = []
    if _HAS_BLANK.search(original):  # an analogy has its blank
        for pattern in (_ANALOGY_COLON, _ANALOGY_WORDS):
            for m in pattern.finditer(original):
                left, right = bool(_HAS_BLANK.search(m.group("left"))), bool(_HAS_BLANK.search(m.group("right")))
                if left != right:  # one blank, in one pair: the other pair is the premise
                    out.append(m.span("right" if left else "left"))
    if any(ch in original for ch in "☐□⬜▢❏❑") or "[ ]" in original:
        out += [m.span("choice") for m in _UNTICKED.finditer(original)]
    answer = _QUIZ_ANSWER.search(original) if ")" in original else None
    if answer:
        chosen = answer.group("letter").lower()
        out += [m.span("option") for m in _QUIZ_OPTION.finditer(original) if m.group("letter").lower() != chosen]
    return out
