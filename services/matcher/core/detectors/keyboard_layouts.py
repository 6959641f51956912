"""The mark typed with the wrong keyboard layout switched on (rule keyboard_layout): "hjktrc" is Ролекс typed on the
Latin keys, "Кщдуч" is Rolex typed with the Russian layout on, "fhffprtm" is 롤렉스 typed with the Korean IME off.

Two views of a listing that holds letters of a layout's script (keyboards.py: Russian/Ukrainian/Belarusian ЙЦУКЕН,
Hebrew SI-1452, Greek, Arabic 101, Korean 2-set):
- Latin words that are no words (not in the English frequency dictionary, not a word of the Latin-script languages of
  context/language.py at Zipf 3, not a registered mark's word) are retyped on the layout of each script the listing
  is written in ("hjktrc" in a Russian listing -> "ролекс", "fhffprtm" in a Korean one -> "롤렉스"), and the retyped
  words are read by the detectors of marks as another script writes them (`READERS`: registered aliases and local
  names, transliteration by sound);
- words of those scripts that are no common word of their languages (wordfreq, Zipf 2.5) are turned back into the
  Latin keys that type them ("кщдуч" -> "rolex", "ㅜㅑㅏㄷ" -> "nike") and read by the marks detector, only where the
  keys spell a registered Latin mark's words.
A reading counts only where it covers whole words. It is weighed like the confusable rule, but a wrong layout is a
slip of the keyboard as often as a disguise: at a fair price with nothing of the copy trade it is lowered as the name
it types would be (`Evidence.orthography`, context/retail.py), and it keeps what the reading it rests on needs: a sound-alike by transliteration stays a weak candidate that needs the brand's
category with a cue or a price far below the floor, the name as the script writes it counts in the brand's category.
The evidence names the keys, the layout and what they type. Source: the layouts' standards (keyboards.py); the
held-out set outsider12 named the class (c_wrong_keyboard_layout); none of its listings is a key here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.context.language import word_table
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.fuzzy import CLITIC_STEMS, dictionary_words
from services.matcher.core.keyboards import keys_of, script_of, typed_as
from services.matcher.core.normalise import ListingText, mark_words
from services.matcher.core.scoring import Evidence
from services.matcher.core.sounds import word_list

READERS = ("marks", "wide_aliases", "transliteration")  # detectors.base.Detector.name
# why a fair price lowers it as it lowers the name it types (Evidence.orthography; context/retail.py)
SLIP = "typed with the wrong keyboard layout on: a slip of the keyboard as often as a disguise"
MIN_KEYS = 3  # a Latin word this long or longer is retyped (a shorter one beside it too)
SHORT_WORD = 3  # a Latin word of this many letters or fewer that is a word is retyped beside one that is none
LATIN_ZIPF = 3.0  # a Latin word this frequent in a language of context/language.py is a word
SCRIPT_ZIPF = 2.5  # a word of a script this frequent in its languages is a word
MIN_SCRIPT_LETTERS = 2  # letters of a script the listing must hold for its Latin words to be retyped on its layout
LANGUAGES = {"cyrillic": ("ru", "uk", "bg", "sr", "mk"), "hebrew": ("he",), "greek": ("el",), "arabic": ("ar", "fa"),
             "hangul": ("ko",)}
LAYOUT_NAMES = {"cyrillic": "Russian ЙЦУКЕН", "hebrew": "Hebrew SI-1452", "greek": "Greek", "arabic": "Arabic 101",
                "hangul": "Korean 2-set"}
# a Latin word as typed: letters, and inside it (or, after white space, before it) the punctuation keys that type
# letters of the Russian layout (ж ; э ' х [ ъ ] б , ю .): "eknhf,ecn" is Ультрабуст, ",eh,thb" Бёрбери
_LATIN_WORD = re.compile(r"(?:(?<=\s)|^)[;'\[\]`,.]?[A-Za-z](?:[A-Za-z;'\[\]`,.]*[A-Za-z])?(?![^\W\d_])|"
                         r"(?<![^\W\d_])[A-Za-z](?:[A-Za-z;'\[\]`,.]*[A-Za-z])?(?![^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")
_TRAILING_KEYS = re.compile(r"[;'\[\]`,.]{1,2}(?=\s|$)")  # after a word: keys of letters or punctuation


def _initial(word: str) -> bool:
    """One letter among punctuation keys ("G.;" of "Guccio G.; interlocking double G"): an initial and its stops, no
    word typed on the wrong layout (lore29: a dictionary definition's 'Guccio G.;' typed 'пюж', heard as a Nike line)."""
    return sum(ch.isalpha() for ch in word) < 2 and len(word) > 1


_CLITIC = re.compile(r"([a-z]+)'(?:t|s|re|ve|ll|d|m)|(?:[ldjmnst]|qu|[a-z]+)'([a-z]+)")


def _clitic(low: str) -> bool:
    """A word with an apostrophe a language writes there: an English contraction of a stem of a contraction or a word
    ("couldn't", "we're"), or an elision before a word ("l'amour", "dell'anno", "jusqu'ici")."""
    m = _CLITIC.fullmatch(low)
    if m is None:
        return False
    if m.group(1) is not None:
        return m.group(1) in CLITIC_STEMS or m.group(1) in dictionary_words()
    head = low.partition("'")[0]
    return (len(head) <= 2 or head in CLITIC_STEMS) and any(
        z >= LATIN_ZIPF for _, z in word_table().frequencies(m.group(2))) or m.group(2) in dictionary_words()


def _layout_scripts(text: ListingText) -> frozenset[str]:
    """The layout scripts whose letters the listing holds (the gate's token kind: the whole listing's)."""
    if text.is_ascii:
        return frozenset()
    return frozenset(s for s in map(script_of, set(text.original)) if s is not None)


class KeyboardLayoutDetector(Detector):
    name = "keyboard_layouts"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._mark_words: set[str] | frozenset[str] = set()  # the words of the Latin marks, lower case
        self._readers: list[Detector] = []
        self._marks: list[Detector] = []

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, MarkFingerprint) and not is_wide_mark(fp.value):
            self._mark_words.update(w.casefold() for w in mark_words(fp.value))
        return None

    def compile(self) -> None:
        self._mark_words = frozenset(self._mark_words)

    def see(self, detectors: Sequence[Detector]) -> None:
        self._readers = [d for d in detectors if d.name in READERS]
        self._marks = [d for d in detectors if d.name == "marks"]

    def gate(self):
        return {_layout_scripts: frozenset(LAYOUT_NAMES)} if self._mark_words else {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        scripts = text.tokens(_layout_scripts)
        if not scripts or not self._readers:
            return []
        original = text.original
        # the letters of each script in the title and in the description: a Latin word is retyped on the layout of a
        # script its own field is written in ("Kabellose Kopfhörer" under a description "Выберите вариант." is German,
        # no Russian typed with the Latin layout on: it types лфиуддщыу, heard like AirPods)
        title_end = len(text.title)
        counts = {s: [0, 0] for s in scripts}
        for at, ch in enumerate(original):
            if (s := script_of(ch)) is not None:
                counts[s][at > title_end] += 1
        found: list[Evidence] = []
        # the words that are no words, and beside one of them a short word that is one ("rfyflf uec": "uec" is
        # French's UEC and types гус, Канада гус; "u vfhvjyn", Г Мармонт): the short words of a name typed on the
        # wrong layout are what the Latin keys happen to spell
        typed_words = [(m, self._a_word(m.group())) for m in _LATIN_WORD.finditer(original)]
        word_at = {m.start(): word for m, word in typed_words}
        latin = _beside_long([m for m, word in typed_words if not word or len(m.group()) <= SHORT_WORD], original,
                             size=lambda m: 0 if word_at[m.start()] else len(m.group()))
        for script in scripts:
            if sum(counts[script]) < MIN_SCRIPT_LETTERS or not latin:
                continue
            words = [(m.start(), m.end(), m.group(), typed) for m in latin
                     if counts[script][m.start() > title_end] >= MIN_SCRIPT_LETTERS and not _initial(m.group())
                     and (typed := typed_as(m.group(), script)) is not None and _a_typed_word(typed, script)]
            found += self._read(text, listing, words, self._readers, script, latin_keys=True)
            # a key of a letter at the end of a word reads as punctuation there too ("flje," is Адоуб, its б the comma
            # key; "ytn." нет ю): read again with each word's trailing keys that type letters of the layout
            longer = [(start, end + len(tail), word + tail, typed) for start, end, word, _ in words
                      if (tail := _TRAILING_KEYS.match(original, end)) and (tail := tail.group())
                      and not _initial(word + tail)
                      and (typed := typed_as(word + tail, script)) is not None and _a_typed_word(typed, script)]
            if longer:
                ends = {start for start, *_ in longer}
                found += self._read(text, listing, sorted([*longer, *(w for w in words if w[0] not in ends)]),
                                    self._readers, script, latin_keys=True)
        back: dict[str, list[tuple[re.Match, str]]] = {}  # script -> (word, its keys)
        for m in _WORD.finditer(original):
            word = m.group()
            script = script_of(word[0])
            if script is None or any(script_of(ch) != script for ch in word):
                continue
            keys = keys_of(word)
            if keys not in self._mark_words and script == "arabic":
                keys = keys_of(word, ligature=False)
            if keys and keys in self._mark_words and (
                    len(keys) < MIN_KEYS or word.lower() not in word_list(LANGUAGES[script], SCRIPT_ZIPF)):
                back.setdefault(script, []).append((m, keys))
        for script, typed in back.items():
            keys_by = {m.start(): keys for m, keys in typed}
            # a word of few keys (γγ, צ) only beside one of more; a Hangul syllable is two or three keys (챔초 = coach)
            kept = _beside_long([m for m, _ in typed], original, size=lambda m: len(keys_by[m.start()]))
            found += self._read(text, listing, [(m.start(), m.end(), m.group(), keys_by[m.start()]) for m in kept],
                                self._marks, script, latin_keys=False)
        return self.in_category(found, text, listing)

    def _a_word(self, word: str) -> bool:
        low = word.casefold().replace("’", "'")
        if "'" in low and (low in dictionary_words() or _clitic(low)):
            return True  # "it's", "couldn't", "l'amour": an apostrophe a language writes there, no key of э (wrong34)
        if not low.isalpha():
            return False  # "eknhf,ecn": keys of letters are no word
        return (low in dictionary_words() or low in self._mark_words
                or any(z >= LATIN_ZIPF for _, z in word_table().frequencies(low)))

    def _read(self, text: ListingText, listing: Listing, words: list[tuple[int, int, str, str]],
              readers: list[Detector], script: str, *, latin_keys: bool) -> list[Evidence]:
        """The readers' evidence in the view of `words` ((start, end, as written, retyped)), retyped words joined by a
        space, each hit that covers whole words mapped back to the words as written."""
        if not words:
            return []
        at: list[tuple[int, int]] = []  # each retyped word's span in the view
        view = ""
        for _, _, _, typed in words:
            if view:
                view += " "
            at.append((len(view), len(view) + len(typed)))
            view += typed
        retyped = ListingText(view, "")
        out: list[Evidence] = []
        seen: set[tuple[int, int, int]] = set()
        for reader in readers:
            for e in reader.detect(retyped, listing):
                if e.start is None or e.field != "title" or e.fingerprint is None:
                    continue
                first = next((k for k, (s, _) in enumerate(at) if s == e.start), None)
                last = next((k for k, (_, t) in enumerate(at) if t == e.end), None)
                if first is None or last is None or last < first:
                    continue  # only whole retyped words
                key = (e.fingerprint, first, last)
                if key in seen:
                    continue
                seen.add(key)
                field, s, t, matched = text.locate(words[first][0], words[last][1])
                typed = view[at[first][0]:at[last][1]]
                how = (f"'{matched}' typed on the Latin keys is '{typed}' on the {LAYOUT_NAMES[script]} layout"
                       if latin_keys else
                       f"'{matched}' typed with the {LAYOUT_NAMES[script]} layout on: its keys spell '{typed}'")
                out.append(Evidence(Rule.keyboard_layout, self.weights.confusable, e.fingerprint, field, s, t, matched,
                                    e.term, distance=0, detail=f"the mark typed with the wrong keyboard layout: {how}; "
                                                               f"read as {e.rule.value}: {e.detail}".rstrip(": "),
                                    everyday=e.everyday, needs_corroboration=e.needs_corroboration,
                                    needs_cue=e.needs_cue, needs_copy_cue=e.needs_copy_cue,
                                    in_category_enough=e.in_category_enough, orthography=SLIP))
        return out

    def stats(self) -> dict[str, int]:
        return {"keyboard_mark_words": len(self._mark_words)}


def _a_typed_word(typed: str, script: str) -> bool:
    """Whether the letters a Latin word types on `script`'s layout can be a word of it: in Hangul, whole syllables only.
    Every Korean word is written in syllables that open with a consonant (ㅇ where none is heard) and hold a vowel (The
    Unicode Standard, 3.12), so a name typed with the IME off composes whole; keys that leave a jamo alone typed no
    Korean word ("Ruibitong", a Korean name romanised, types 껴ㅑㅠㅑ새ㅜㅎ: no Coach, 코치, read by sound in it)."""
    return script != "hangul" or all("\uac00" <= ch <= "\ud7a3" for ch in typed)


def _beside_long(words: list[re.Match], original: str, size=lambda m: len(m.group())) -> list[re.Match]:
    """The words of MIN_KEYS keys or more (`size`: a word's keys), and the shorter ones next to one of them across white
    space only (the "u" of "u vfhvjyn", Г Мармонт)."""
    long = [size(m) >= MIN_KEYS for m in words]
    kept = []
    for k, m in enumerate(words):
        beside = any(0 <= j < len(words) and long[j] and not original[min(m.end(), words[j].end()):
                                                                      max(m.start(), words[j].start())].strip()
                     for j in (k - 1, k + 1))
        if long[k] or beside:
            kept.append(m)
    return kept
