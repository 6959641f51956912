"""The mark written in a code the buyer decodes (rule decoded): Braille cells, Morse code, a spelling alphabet, IPA,
its letters scrambled, a word game (Pig Latin ...), a Caesar shift or Atbash, its letters' names, and the rest of
services/matcher/core/codes/ (one module per code, each behind codes.Code).

Every Latin mark of three letters or more (its words joined, normalise.mark_words: "louisvuitton") is offered to the
codes (codes.Marks). A hit is weak evidence on its own, as a misspelling is: it counts with the brand's category and a
counterfeit cue or a price below the price rule's floor (`needs_corroboration`), an everyday-word mark (Canon, Coach)
with a cue or a price far below the floor (`needs_cue`), and a scramble the listing does not hint at only with a cue
that claims a copy (`needs_copy_cue`); a scramble the listing tells the reader to unscramble names the brand in its
category (`in_category_enough`: "NSOY (unscramble 😉) headphones"). Only trademarks and aliases are read (MarkFingerprint.vocabulary None: no line or
nickname; an everyday word only when it is the brand's name: "Love" in Morse on a bracelet is a word; the last word of
a multi-word mark alone when it is no word of its own, "Vuitton", "Lauder", with a cue or a price far below the
floor), and a code
beside one of the brand's marks written plainly is no disguise (a Braille label on the brand's box). A listing that decodes a
mark at a shop's price with nothing of the copy trade (a Braille label on genuine goods, a Morse bracelet of a name,
a pronunciation note) stays quiet. The evidence names the code (view: braille, morse, spelling alphabet, ipa,
anagram) and what it reads.

Gate: a piece of text between white space that a code `opens` (a Braille cell, a group of Morse symbols, an IPA
symbol), a spelling-alphabet word among the latin view's words, or a word of four letters or more, no mark as written,
whose letters in order are a mark's (`scrambled`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.memo import Memo
from services.matcher.core.codes import (MIN_LETTERS, MIN_SCRAMBLED, Marks, backwards, bacon, codes, ipa,
                                         letter_names, letters_key, shifts, uwu, verlan, word_games)
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.normalise import ListingText, latin_text, mark_words, word_wise
from services.matcher.core.scoring import Evidence

ANAGRAM = "anagram"
LOCAL_NAME = "local_name"
MIN_PART = 4  # letters of a multi-word mark's last word read alone
PART_ENGLISH_ZIPF = 3.5  # ... when it is rarer than this in English ("goose" 3.8, "jordan" 4.5; "vuitton" 3.2) ...
PART_ZIPF = 4.6  # ... and than this in every language of context/language.py (wordfreq)


def _no_word(frequencies: dict[str, float]) -> bool:
    return frequencies.get("en", 0.0) < PART_ENGLISH_ZIPF and max(frequencies.values(), default=0.0) < PART_ZIPF
_WORD = re.compile(r"[A-Za-z]{%d,24}" % MIN_SCRAMBLED)
_TURNED = re.compile(r"[^\W\d_]{%d,16}" % verlan.MIN_TURNED)
OWN_GATES = (ANAGRAM, verlan.NAME, backwards.NAME)  # codes opened by a token kind of this detector's own
# (word games and shifts open by their own characters too: a syllable game, ROT47; and by a token kind for Pig Latin
# and shifted words)
# an everyday mark turned round, written backwards, put through a word game, shifted or spelt by its letters' names is
# no everyday word ("Radopan", "Oachcay", "Dqrqd": checked, no word of any language): weighed as any other mark's
TURNED = (verlan.NAME, backwards.NAME, word_games.NAME, shifts.NAME, letter_names.NAME, uwu.NAME)
_GAME_WORD = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")
_LATIN_WORD = re.compile(r"[a-z0-9]+")
SPACED_FIRST = " spaced first"  # (no code's name) what a piece that ends in a letter name's first word opens too
PIECES = 200_000  # pieces of text whose codes `detect` remembers, forgotten all at once past this many
LONGEST_PIECE = 40  # longer pieces (URLs, runs of symbols) are read every time, not remembered


class DecodedDetector(Detector):
    name = "decoded"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._by_mark: dict[str, list[int]] = {}  # a mark's words joined -> fingerprints
        self._marks = Marks(())
        self._codes = codes()
        self._plain: dict[int, list[tuple[str, ...]]] = {}  # brand -> its marks' words (latin view)
        self._parts: dict[str, list[int]] = {}  # the last word of a multi-word mark, no word of its own -> fingerprints
        self._wide: dict[str, list[int]] = {}  # a CJK, Hangul or kana alias -> fingerprints (read backwards only)
        self._local: dict[str, set[int]] = {}  # a wide local name -> brands
        self._split: set[tuple[str, ...]] = set()  # the words of multi-word marks
        # a piece of text -> the codes it opens and whether it opens the gate (`compile`'s piece_codes): read once for
        # the gate and `_opened_codes`
        self._pieces: Memo = Memo(PIECES)
        self._read = lambda piece: (frozenset(), False)
        self._opening = word_wise()(lambda text: ())

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary not in (None, LOCAL_NAME):
            return None  # a trademark or alias the brand writes on its goods, not a line or nickname ("Love", "Sub")
        if is_wide_mark(fp.value) or fp.vocabulary is not None:
            if is_wide_mark(fp.value) and not fp.everyday_word and len(fp.value) >= 2 and not any(
                    c.isspace() for c in fp.value):  # read backwards only
                if fp.vocabulary is None:
                    self._wide.setdefault(fp.value, []).append(i)
                else:  # a local name (롤렉스, ロレックス): the evidence names the brand's mark (compile)
                    self._local.setdefault(fp.value, set()).add(self.catalogue.fingerprint_brand[i])
                self._plain.setdefault(self.catalogue.fingerprint_brand[i], [])
            return None
        words = mark_words(fp.value)
        joined = "".join(words)
        brand = self.catalogue.fingerprint_brand[i]
        self._plain.setdefault(brand, []).append(words)
        if fp.everyday_word and joined != "".join(mark_words(self.catalogue.brands[brand].name)):
            return None  # an everyday word that is not the brand's name: Cartier's Love in Morse on a bracelet is a word
        if len(joined) >= MIN_LETTERS and joined.isalnum() and joined.isascii():
            self._by_mark.setdefault(joined, []).append(i)
            if len(words) > 1:
                self._split.add(tuple(words))
            if len(words) > 1 and not fp.everyday_word and len(words[-1]) >= MIN_PART and words[-1].isalpha():
                self._parts.setdefault(words[-1], []).append(i)
        return None

    def compile(self) -> None:
        from services.matcher.core.context.language import word_table

        # the last word of a multi-word mark that is no word of its own: the seller codes only "Vuitton", "Lauder"
        # (by its frequency: the English dictionary holds brand names, "vuitton", "kors")
        self._parts = {w: fps for w, fps in self._parts.items() if w not in self._by_mark and _no_word(
            dict(word_table().frequencies(w)))}
        names = {}  # brand -> the fingerprints of its name (else of its first Latin mark)
        for fps in self._by_mark.values():
            for i in fps:
                b = self.catalogue.fingerprint_brand[i]
                if mark_words(self.fingerprints[i].value) == mark_words(self.catalogue.brands[b].name):
                    names.setdefault(b, []).append(i)
        for value, brands in self._local.items():
            fps = [i for b in sorted(brands) for i in names.get(b, ())]
            if fps and value not in self._wide:
                self._wide[value] = fps
        self._marks = Marks(self._by_mark, self._parts, self._wide, sorted(self._split))
        self._pieces.clear()
        joined = self._marks.joined
        turned = self._marks.turned
        pig = self._marks.pig
        baby = self._marks.uwu
        plain_words = joined | self._marks.pig_words
        shift_gate, mirror_gate = self._marks.shift_gate, self._marks.mirror_gate

        def games_of(original: str) -> frozenset[str]:
            """word_games.NAME when a word of the text (hyphens dropped, lower case) is a mark's word in Pig Latin
            or through a syllable game (codes/word_games.py), shifts.NAME when a word's steps between letters or its
            Atbash mirror begin a mark's (codes/shifts.py): a lookup or two a word."""
            out = set()
            for w in _GAME_WORD.findall(original):
                w = w.lower().replace("-", "").replace("'", "").replace("’", "")
                if w in pig or (len(w) >= 5 and any(u in plain_words for u in word_games.undone(w, 1))):
                    out.add(word_games.NAME)
                if len(w) >= uwu.MIN_PART and w in baby:
                    out.add(uwu.NAME)
                if len(w) >= shifts.MIN_SHIFTED and w.isalpha() and (shifts.key(w) in shift_gate or w in mirror_gate):
                    out.add(shifts.NAME)
            return frozenset(out)

        def turned_of(original: str) -> frozenset[str]:
            """The verlan keys (codes/verlan.py's `key`) of the text's words of four letters or more that are a
            turned mark's."""
            return frozenset(k for k in map(verlan.key, _TURNED.findall(original)) if k in turned)

        def scrambled_of(original: str) -> frozenset[str]:
            """The letters in order (codes.letters_key) of the text's Latin words of four letters or more that are
            no mark as written (a mark's own letters in order are its key too)."""
            return frozenset(letters_key(w) for w in map(str.lower, _WORD.findall(original)) if w not in joined)

        by_letters, backwards_pairs = self._marks.by_letters, self._marks.backwards
        gate_codes = _gate_codes(self._codes)

        def piece_codes(piece: str) -> tuple[frozenset[str], bool]:
            """The codes one piece of text between white space opens: by its own characters (`_opened_of`), the
            letters of its words (a mark's scrambled, ANAGRAM; turned, verlan), pairs of its characters (a name
            backwards) or its words in a game or shifted (`games_of`); and whether the piece opens the detector's
            gate (`gate`): a code of `_gate_codes` by its own characters, or any of the others but SPACED_FIRST (a
            code opened by its own characters that has words of its own opens by those, in `detect`)."""
            own = _opened_of(piece)
            out = set(own)
            if not by_letters.keys().isdisjoint(scrambled_of(piece)):
                out.add(ANAGRAM)
            if turned_of(piece):
                out.add(verlan.NAME)
            if backwards_pairs and not backwards_pairs.keys().isdisjoint(_pairs_of(piece)):
                out.add(backwards.NAME)
            games = games_of(piece)
            out.update(games)
            gated = bool(games) or not own.isdisjoint(gate_codes) or not out.isdisjoint(OWN_GATES)
            if _spaced_first().search(piece):
                out.add(SPACED_FIRST)
            return frozenset(out), gated

        memo = self._pieces

        def read(piece: str) -> tuple[frozenset[str], bool]:
            """`piece_codes`, remembered (pieces up to LONGEST_PIECE characters): the gate and `detect` read a
            listing's new pieces once between them."""
            found = memo.get(piece)
            if found is None:
                found = piece_codes(piece)
                if len(piece) <= LONGEST_PIECE:
                    memo.remember(piece, found)
            return found

        @word_wise()
        def opening(text: ListingText) -> tuple[str, ...]:
            """The gate's token kind of the pieces' codes (`piece_codes`): OPENS when a piece opens the gate."""
            return (OPENS,) if any(read(p)[1] for p in set(text.original.split())) else ()

        self._read = read
        self._opening = opening
        self._games_of, self._turned_of, self._scrambled_of = games_of, turned_of, scrambled_of  # (word-wise: the tests)

    def gate(self):
        if not self._by_mark:
            return {}
        return {self._opening: frozenset({OPENS}),
                "latin": frozenset().union(*(c.latin_words for c in self._codes)),
                _spaced: frozenset({letter_names.NAME}),
                _named_run: frozenset({letter_names.NAME})}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._by_mark:
            return []
        opened = self._opened_codes(text)
        opened.update(c.name for c in self._codes if c.latin_words and not c.latin_words.isdisjoint(text.latin_words))
        found: list[Evidence] = []
        seen: set[tuple[int, int, int]] = set()
        for code in self._codes:
            if code.name not in opened:
                continue
            words = text.latin_words
            if code.name == ipa.NAME:  # the words outside the transcriptions (the latin view reads /zɛldɑː/ "zelda")
                blanked = text.original
                for start, end in ipa.transcriptions(blanked):
                    blanked = blanked[:start] + " " * (end - start) + blanked[end:]
                words = frozenset(_LATIN_WORD.findall(latin_text(blanked)))
            for hit in code.decode(text.original, self._marks):
                part = hit.mark not in self._by_mark and hit.mark in self._parts
                for i in self._by_mark.get(hit.mark) or self._parts.get(hit.mark) or self._wide[hit.mark]:
                    if (i, hit.start, hit.end) in seen or self._named(i, words):
                        continue
                    seen.add((i, hit.start, hit.end))
                    fp = self.fingerprints[i]
                    field, s, e, matched = text.locate(hit.start, hit.end)
                    detail = f"the mark written in a code the buyer decodes (view: {code.name}): {hit.reading}"
                    everyday = fp.everyday_word and code.name not in TURNED
                    if not hit.hinted:
                        detail += ("; a scramble the listing does not hint at" if code.name == ANAGRAM else
                                   "; a code the listing does not point at") + \
                                  ": needs the brand's category and a cue that claims a copy"
                    elif (everyday or part) and code.name != ANAGRAM:
                        detail += ("; an everyday word" if everyday else "; the last word of the mark alone") + \
                                  ": needs the brand's category with a cue or a price far below the floor"
                    # a scramble under "unscramble": the listing says it hides a name; in the brand's category it is its
                    # (a scramble of an everyday word, AGEOM, is no word)
                    in_category = hit.told or (code.name == ANAGRAM and hit.hinted)
                    if in_category:
                        detail += "; the listing says to unscramble it: counts in the brand's category" \
                            if code.name == ANAGRAM else "; the listing says how to decode it: counts in the brand's category"
                    found.append(Evidence(
                        Rule.decoded, self.weights.confusable, i, field, s, e, matched, fp.value, distance=0,
                        detail=detail, everyday=fp.everyday_word, needs_corroboration=True,
                        needs_cue=(everyday or part) and not in_category, needs_copy_cue=not hit.hinted, in_category_enough=in_category,
                        game=code.name in (word_games.NAME, uwu.NAME)))
        if any(e.detail and uwu.NAME in e.detail for e in found):
            found += self._uwu_cues(text, found)
        return self.in_category(found, text, listing)

    def _uwu_cues(self, text: ListingText, found: list[Evidence]) -> list[Evidence]:
        """A copy cue written in uwu-speak beside a mark read back from it ("Fewwewo ... wepwica"), for each fingerprint
        so read: the cue lexicon reads "replica", not "wepwica"."""
        out = []
        fps = dict.fromkeys(e.fingerprint for e in found if e.detail and uwu.NAME in e.detail)
        for start, end, term in uwu.copy_cues(text.original):
            field, s, e, matched = text.locate(start, end)
            out += [Evidence(Rule.cue, self.weights.cue, i, field, s, e, matched, term=term,
                             detail=f"{UWU_CUE}'{matched}' is '{term}'") for i in fps]
        return out

    def _opened_codes(self, text: ListingText) -> set[str]:
        """The codes the listing's text opens by its pieces (`piece_codes`, what a piece opens remembered: a listing's
        words come back listing after listing), and by a letter name of two words written with a space ("double u"),
        the one reading that crosses white space."""
        read = self._read
        opened: set[str] = set()
        for piece in set(text.original.split()):
            if found := read(piece)[0]:
                opened.update(found)
        if SPACED_FIRST in opened:  # a piece ends in a first word of a letter name of two words
            opened.discard(SPACED_FIRST)
            if letter_names.NAME not in opened and letter_names.spaced_words().search(text.original):
                opened.add(letter_names.NAME)
        if letter_names.NAME not in opened and text.tokens(_named_run):
            opened.add(letter_names.NAME)  # a run of names that are all common words, or with spaces round its hyphens
        return opened

    def _named(self, i: int, words: Collection[str]) -> bool:
        """Whether the listing also writes one of the brand's marks plainly (its words among the latin view's `words`):
        a code beside the name, as a Braille label on the brand's packaging, hides nothing."""
        return any(all(w in words for w in mark) for mark in self._plain[self.catalogue.fingerprint_brand[i]])

    def stats(self) -> dict[str, int]:
        return {"decoded_marks": len(self._by_mark)}


UWU_CUE = "a copy cue written in uwu-speak: "
YIELDED_TO = (uwu.NAME, bacon.NAME)  # codes whose words are no other brand's sound-alikes ("AAAAA replica", "wepwica")


def yield_to_uwu(by_brand: dict[int, list[Evidence]]) -> None:
    """Drop (in place) another brand's reading that overlaps words one brand reads as uwu-speak (its mark read back, or a
    copy cue written so beside it) or as Bacon's cipher, and the brand when nothing else names it: "wepwica" is
    "replica", "ABBAA AAAAA" five-letter groups of a code, no sound-alike of a mark."""
    spans = [(e.field, e.start, e.end, b) for b, found in by_brand.items() for e in found if e.start is not None and (
        e.rule is Rule.cue and (e.detail or "").startswith(UWU_CUE) or e.rule is Rule.decoded
        and any(f"(view: {name})" in (e.detail or "") for name in YIELDED_TO))]
    if not spans:
        return
    from services.matcher.core.scoring import IDENTITY_RULES

    for b, found in list(by_brand.items()):
        inside = [e for e in found if e.rule in IDENTITY_RULES and e.start is not None and any(
            f == e.field and owner != b and s < e.end and e.start < t for f, s, t, owner in spans)]
        if not inside:
            continue
        found[:] = [e for e in found if e not in inside]
        if not any(e.rule in IDENTITY_RULES for e in found):
            del by_brand[b]


def _pairs_of(original: str) -> frozenset[str]:
    """Every two neighbouring characters of a text that begin with one that is not ASCII (codes/backwards.py's gate;
    a reversed name holds no white space, so the pairs of the text's pieces alone open the same)."""
    if original.isascii():
        return frozenset()
    return frozenset(original[k:k + 2] for k in range(len(original) - 1) if not original[k].isascii())


def _opened_of(original: str) -> frozenset[str]:
    """The codes (their names) a text may hold by their own characters."""
    return frozenset(c.name for c in _opening() if c.opens(original))


OPENS = "opens"  # the token of the gate's kind of the pieces' codes (`compile`'s `opening`)


def _gate_codes(all_codes) -> frozenset[str]:
    """The codes whose opening by a piece's own characters (`_opened_of`) opens the gate: those without words of their
    own (a spelling alphabet's words open it through the latin view's words) and letter names (its runs of names are
    characters too); OWN_GATES open by the detector's own readings."""
    return frozenset(c.name for c in all_codes if c.name not in OWN_GATES and (not c.latin_words or c.name == letter_names.NAME))


@cache
def _spaced_ends() -> tuple[frozenset[str], frozenset[str]]:
    """The first words and the last words (in the latin view, ListingText.latin_words) of the letter names of two
    words (`letter_names.spaced_words`: "double u", "i griega", "дубль вэ")."""
    names = letter_names.spaced_names()
    firsts = frozenset().union(*(ListingText(n.split(" ")[0], "").latin_words for n in names))
    lasts = frozenset().union(*(ListingText(n.split(" ")[-1], "").latin_words for n in names))
    return firsts, lasts


@cache
def _spaced_first() -> re.Pattern:
    """A piece of text that ends in the first word of a letter name of two words (`letter_names.spaced_words`, which
    spells the space as one): every match of that expression over a text starts in such a piece (the space after
    the first word ends it), so a text none of whose pieces ends so holds none."""
    firsts = {n.split(" ")[0] for n in letter_names.spaced_names()}
    return re.compile(r"(?<![^\W\d_])(?:%s)\Z" % "|".join(sorted(map(re.escape, firsts), key=len, reverse=True)), re.I)


def _spaced(text: ListingText) -> tuple[str, ...]:
    """The gate's one token kind read over the whole listing: a letter name of two words written with a space
    ("double vé") is the one reading that crosses white space, so the word-wise kinds of the pieces miss it
    (`DecodedDetector._opened_codes` reads it the same way). A set test of the listing's latin words first (both a
    first and a last word of such a name), the regular expression only then."""
    firsts, lasts = _spaced_ends()
    words = text.latin_words
    if firsts.isdisjoint(words) or lasts.isdisjoint(words) or not letter_names.spaced_words().search(text.original):
        return ()
    return (letter_names.NAME,)


@cache
def _name_words() -> frozenset[str]:
    """The latin view's words (ListingText.latin_words) of every letter name of codes/letter_names.py ("ce", "er",
    "que", "ve" of вэ)."""
    return frozenset().union(*(ListingText(name, "").latin_words for line in letter_names._NAMES.values()
                               for cell in line.split() for name in cell.replace("-", " ").split("|")))


def _named_run(text: ListingText) -> tuple[str, ...]:
    """The gate's token kind for a run of letter names read over the whole listing (letter_names.has_run: three names
    or more of one language's alphabet with spaces, or hyphens with spaces round them, between: "ce a er te i e er",
    "Gi - u - ci - ci - i"; its pieces between white space are common words, which open nothing). A set test of the
    listing's latin words first (two names of some alphabet at least), the scan of its words only then."""
    if len(_name_words().intersection(text.latin_words)) < 2 or not letter_names.has_run(text.original):
        return ()
    return (letter_names.NAME,)


@cache
def _opening() -> tuple:
    """The codes that may be opened by their own characters (OWN_GATES' `opens` is always False)."""
    return tuple(c for c in codes() if c.name not in OWN_GATES)
