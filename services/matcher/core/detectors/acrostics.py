"""The mark spelt by the first letters of the description's lines (rule acrostic).

A seller who will not write the mark writes it down the page: one line for each of its letters ("Sealed / Worldwide
shipping / Accessories included / Runs perfectly / One of the best / ..." is SWAROVSKI), often with a hint in the title
("read the first letters"). The reader reassembles the mark; no view of the text holds it.

Read: the description cut into blocks, a block being a run of neighbouring non-empty lines (a blank line ends one); a
line's letter is its first letter or digit after any bullets, dashes, emoji or other marks (latin view). Only a whole
block counts, and only when its letters are a mark of the brand (its words joined, `normalise.mark_words`: "THENORTHFACE"),
Latin, of MIN_LETTERS letters or more, and a block has one line per letter: a run of letters inside a longer block, or
a mark of three letters, is what ordinary descriptions spell by chance.

How much it counts: with a hint that tells the reader to read down the lines (HINT: "first letters", "read down",
"acrostic", "initials of each line", in English, Spanish, Portuguese, French, Italian, German, Russian) or a mark of
STRONG_LETTERS letters or more that is no everyday word, the block names the mark like a disguise (the confusable weight;
an everyday-word mark spelt down the lines as the listing says is no fruit, but may be an acrostic poem's word, LOVE on
a print: it counts in the brand's category, `in_category_enough`); a shorter mark with no hint, or an everyday-word mark
with none, is a weak candidate that needs the brand's category with a counterfeit cue or a
price far below the floor (`needs_cue`). Source: the class as the held-out set outsider12 named it (c_acrostic_lines);
none of its listings is a key here.

The title's words (issue 9, outsider19's title-word initials, 0/13: "Royal Ocean Luxe Elegance X41 automatic diver
watch", "read the first letters 😉"): the first letters of consecutive words of the title spell the mark, one word a
letter. Titles are short and their words many, so a window of words counts only when each of its words is capitalised
(title case or capitals; any words with a hint) and two characters or more long; with the hint it names the mark as a
block of lines does; with none, or for a mark that is an everyday word (the acrostic gift necklace of LOVE, "read the
first letters", is no Cartier), it is always a weak candidate that needs the brand's category with a counterfeit cue or a price far below the floor (`needs_cue`; the everyday word a cue that claims a copy: such gifts are cheap): the first letters of a
real title spell a mark by chance now and then ("Nice Indoor Kids Edition"). Cost: one split of the title and a look-up
for each window of the marks' lengths in the runs of four or more capitalised words (the hint asked only on a find).

The out-of-place capitals (issue 9, outsider20's c_capital_trail20, 3/13: "bag: Classy, sOft, gold hArdware, Chic, Handy –
read the capitals", "cRown diver, sOlid steeL, cEramic, eXcellent – read the caps"): the capitals of the title read in
order, wherever they stand in their words, spell the mark; the words of small letters between them are skipped. The
same mechanism as the initials above (letters picked out of the text by a rule the seller points at), so the same
marks and rule (evidence detail "capital trail: ..."). A word of two capitals or more (an acronym, USB, LED, UK;
shouting; CamelCase) and a word of one letter break the trail (each word gives at most one capital). Weight: with a
pointer to the capitals (CAPS_HINT: "read the caps", "look at the capitals", "capital letters spell", "lee las
mayúsculas", "lisez les majuscules", "lies die Großbuchstaben", "читай заглавные", in eight languages) the trail names
the mark like a disguise, an everyday-word mark (Coach, Puma) in the brand's category only (`in_category_enough`); a
bare "– caps" at the title's end is a pointer too, but in a category of hats (caps are goods there) only a weak
candidate (`needs_corroboration`: the brand's category and a cue or a low price); with no pointer only a trail holding a capital inside a word (sOft) counts, as a candidate
that needs the brand's category with a counterfeit cue or a price far below the floor (`needs_cue`): a trail of Title
Case initials alone (German nouns, ordinary titles) is read by nobody. Cost: one C call collecting the title's capitals
and a set look-up of their windows of MIN_LETTERS against the marks' beginnings; the words are split only on a hit.
"""

from __future__ import annotations

import re
import unicodedata

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText, latin_text, mark_words
from services.matcher.core.scoring import Evidence

MIN_LETTERS = 4  # a mark this long or longer is looked for down the lines
MAX_LETTERS = 24
STRONG_LETTERS = 6  # ... and this long names the brand without a hint
# the hint that the first letters are to be read (in the text as written, case-folded)
HINT = re.compile(
    r"first letters?|first letter of each|initial letters|read (?:it )?(?:down|vertically)|acrostic|"
    r"initials of (?:each|every) line|each line'?s first|"
    r"primeras? letras|iniciales de cada|acr[óo]stico|primeiras? letras|premi[èe]res? lettres|acrostiche|"
    r"prime lettere|ersten? buchstaben|anfangsbuchstaben|akrostichon|"
    r"первы[ем] букв|первую букву|акростих")

# the pointer to a title's capitals (case-folded text): a verb of reading or looking and the capitals, in English,
# Spanish, Portuguese, French, Italian, German, Dutch, Polish, Russian, Turkish; or the capitals said to spell
CAPS_HINT = re.compile(
    r"\b(?:read|check|see|look at|mind|note|notice|follow|spot) (?:the |all the |my |those )?"
    r"(?:caps|capitals|capital letters|upper ?case(?: letters)?|big letters)\b|"
    r"\b(?:the )?(?:caps|capitals|capital letters|upper ?case letters) (?:spell|say|tell|give|read)\b|"
    r"\b(?:lee|leer|mira|f[ií]jate en) las may[úu]sculas|\b(?:leia|veja|olha|repara nas?) (?:as )?mai[úu]sculas|"
    r"\b(?:lisez|lis|regardez|regarde) les majuscules|\b(?:leggi|guarda) le maiuscole|"
    r"\b(?:lies|lest|achte auf|beachte) die gro(?:ss)?buchstaben|\b(?:lees|let op) de hoofdletters|"
    r"\bczytaj (?:wielkie|duże) litery|(?:читай|читайте|смотри|смотрите)(?: на)? заглавн|büyük harfleri oku")
# a bare "caps" or "capitals" ending the title after a dash, bar, slash or colon, emoji after it ("– caps 👀")
CAPS_TAIL = re.compile(r"(?:^|[–—|/(:-])\s*(?:caps|capitals)\b[\s)]*(?:[^\w\s]+\s*)*$")
_HATS = re.compile(r"\b(?:hats?|caps?|headwear|beanies?|snapbacks?)\b")  # a category of hats: its "caps" are goods
_CAPITAL = re.compile(r"(?<![A-Z])[A-Z](?![A-Z])")  # the quick gate: a title's lone capitals (no run of capitals), one C call
_TRAIL_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # a word of letters ("caN't" one word; "Over-ear" two)

# a title's word: a run of anything but spaces (its first letter or digit is its letter); what a word's capital is
# read after (opening quotes and brackets)
_TITLE_WORD = re.compile(r"\S+")
_CAPITAL_AFTER_HYPHEN = re.compile(r"-(?=[A-Z])")
# the first letter or digit of each of those words (a word of no letter or digit has none)
_FIRSTS = re.compile(r"(?:(?<=\s)|^|(?<=-)(?=[A-Z]))[^\w\s]*([^\W_])")


def _title_words(title: str):
    """(start, end) of the title's words: runs of anything but spaces, a hyphenated compound whose next part is
    capitalised read as two words ("Next-Gen" is N and G; "All-day" is one word, A)."""
    for m in _TITLE_WORD.finditer(title):
        start = m.start()
        for part in _CAPITAL_AFTER_HYPHEN.split(m.group()):
            yield start, start + len(part)
            start += len(part) + 1


_LEADING = "\"'“‘«([{¿¡*-–—•·"


def _first_letter(line: str) -> str | None:
    """The line's first letter or digit, as the latin view folds it (lower case), or None; bullets, dashes and emoji
    before it are skipped (an emoji is no letter: its latin view is a name)."""
    for ch in line:
        if ch.isascii():
            if ch.isalnum():
                return ch.lower()
            continue
        if ch.isalnum():
            if not (ch.isascii() or "LATIN" in unicodedata.name(ch, "")):
                return None  # a line of another script: no Latin letter of an acrostic
            folded = latin_text(ch).casefold()
            return folded[:1] if folded[:1].isalnum() and folded.isascii() else None
    return None


class AcrosticDetector(Detector):
    name = "acrostics"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._marks: dict[str, list[int]] = {}  # a mark's letters joined, lower case -> fingerprints
        self._lengths: list[int] = []  # the lengths of its keys, ascending
        self._starts: frozenset[str] = frozenset()  # their first MIN_LETTERS letters

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or is_wide_mark(fp.value):
            return None
        joined = "".join(mark_words(fp.value))
        if MIN_LETTERS <= len(joined) <= MAX_LETTERS and joined.isalpha():
            self._marks.setdefault(joined, []).append(i)
        return None

    def compile(self) -> None:
        self._lengths = sorted({len(k) for k in self._marks})
        self._starts = frozenset(k[:MIN_LETTERS] for k in self._marks)

    def _title_initials(self, text: ListingText) -> list[Evidence]:
        """The mark spelt by the first letters of consecutive title words (see the module's docstring)."""
        title = text.title
        firsts = _FIRSTS.findall(title)  # each word's first letter or digit: one C call, and most titles end here
        if len(firsts) < MIN_LETTERS:
            return []
        quick = "".join(firsts).lower() if title.isascii() else "".join(_first_letter(c) or "#" for c in firsts)
        starts = self._starts
        if not any(quick[k:k + MIN_LETTERS] in starts for k in range(len(quick) - MIN_LETTERS + 1)):
            return []
        words = [(a, b, _first_letter(title[a:b]) or "#") for a, b in _title_words(title)
                 if any(ch.isalnum() for ch in title[a:b])]  # a word of another script is a "#": no window holds it
        capital = [text.title[s:e].lstrip(_LEADING)[:1].isupper() for s, e, _ in words]
        letters = "".join(c for _, _, c in words)
        hinted: bool | None = None
        out = []
        for k in range(len(words) - MIN_LETTERS + 1):
            if letters[k:k + MIN_LETTERS] not in starts:
                continue
            for n in self._lengths:
                if k + n > len(words):
                    break
                marks = self._marks.get(letters[k:k + n])
                if not marks:
                    continue
                if any(e - s < 2 for s, e, _ in words[k:k + n]):
                    continue  # a word of one character ("a", "&") is no word read for its first letter
                if not all(capital[k:k + n]):
                    if hinted is None:
                        hinted = bool(HINT.search(text.original.casefold()))
                    if not hinted:
                        continue
                if hinted is None:
                    hinted = bool(HINT.search(text.original.casefold()))
                start, end = words[k][0], words[k + n - 1][1]
                for i in marks:
                    fp = self.fingerprints[i]
                    field, s, e, matched = text.locate(start, end)
                    ev = Evidence(Rule.acrostic, self.weights.confusable if hinted else self.weights.fuzzy_distance_1, i,
                                  field, s, e, matched, fp.value, distance=0,
                                  detail=f"the first letters of {n} words of the title spell '{letters[k:k + n].upper()}'"
                                         + ("; the listing says to read them" if hinted else ""),
                                  everyday=fp.everyday_word and not hinted)
                    if not hinted or fp.everyday_word:
                        ev.needs_corroboration = ev.needs_cue = True
                        ev.needs_copy_cue = fp.everyday_word  # a gift's LOVE is cheap: only a cue claiming a copy
                        ev.detail += ("; an everyday word (an acrostic gift's LOVE)" if hinted else "; no hint to read "
                                      "the first letters") + (": needs the brand's category with a counterfeit cue or a "
                                                              "price far below the floor")
                    out.append(ev)
        return out

    def _capital_trail(self, text: ListingText, listing: Listing) -> list[Evidence]:
        """The mark spelt by the title's capitals read in order (see the module's docstring: the out-of-place capitals)."""
        title = text.title
        quick = "".join(_CAPITAL.findall(title)).lower()  # a superset of the trail's letters (words of capitals too)
        if len(quick) < MIN_LETTERS:
            return []
        starts = self._starts
        if not any(quick[k:k + MIN_LETTERS] in starts for k in range(len(quick) - MIN_LETTERS + 1)):
            return []
        folded = title.casefold()
        in_title = CAPS_HINT.search(folded)
        pointer = in_title or CAPS_HINT.search(text.original.casefold())
        tail = None if pointer else CAPS_TAIL.search(folded)
        if tail and _HATS.search((listing.category or "").casefold()):
            weak_tail = True  # caps are the goods here: a bare "– caps" is no pointer, only a weak one
        else:
            pointer, weak_tail = pointer or tail, False
        found = in_title or tail
        # the pointer's own words are no letters of the trail ("Read the caps"); its span, when folding kept the length
        cut = found.span() if found and len(folded) == len(title) else None
        # the trail: (letter, inside its word, start, end) of each word's one capital; a word of none is skipped, a word
        # of two or more (USB, LED, AirPods) or of one letter, or of another script, breaks it ("#")
        trail: list[tuple[str, bool, int, int]] = []
        for m in _TRAIL_WORD.finditer(title):
            a, b = m.span()
            if cut and cut[0] <= a < cut[1]:
                continue  # the pointer's own words ("Read the caps")
            word = m.group()
            capitals = [k for k, ch in enumerate(word) if ch.isupper()]
            if not capitals:
                if not word.isascii() and not any("LATIN" in unicodedata.name(ch, "") for ch in word[:1]):
                    trail.append(("#", False, a, b))
                continue
            if len(capitals) > 1 or b - a < 2 or not word[capitals[0]].isascii():
                trail.append(("#", False, a, b))
                continue
            trail.append((word[capitals[0]].lower(), capitals[0] > 0, a, b))
        letters = "".join(t[0] for t in trail)
        out = []
        for k in range(len(letters) - MIN_LETTERS + 1):
            if letters[k:k + MIN_LETTERS] not in starts:
                continue
            for n in self._lengths:
                if k + n > len(letters):
                    break
                marks = self._marks.get(letters[k:k + n])
                if not marks:
                    continue
                inner = any(t[1] for t in trail[k:k + n])
                if not pointer and not weak_tail and not inner:
                    continue  # Title Case initials and no pointer: the initials reader's, or nobody's
                start, end = trail[k][2], trail[k + n - 1][3]
                space = title.find(" ", end)  # to the end of its compound ("Orig-style", not "Orig")
                end = len(title[:space if space != -1 else len(title)].rstrip(",;:.!?)–—-"))
                if cut and cut[0] >= end:
                    end = cut[1]  # the pointer after the trail is the receipt's too ("… Iconic – look at the capitals":
                    # no "look" after a mark, a look-alike's word, context/accessory.py)
                how = ("; the listing points at the capitals" if pointer else
                       "; a bare 'caps' ends a listing of hats" if weak_tail else "; capitals inside words and no pointer")
                for i in marks:
                    fp = self.fingerprints[i]
                    field, s, e, matched = text.locate(start, end)
                    strong = pointer is not None
                    ev = Evidence(Rule.acrostic, self.weights.confusable if strong else self.weights.fuzzy_distance_1, i,
                                  field, s, e, matched, fp.value, distance=0,
                                  detail=f"capital trail: the capitals of {n} title words spell "
                                         f"'{letters[k:k + n].upper()}'" + how,
                                  everyday=fp.everyday_word and not strong)
                    if strong and fp.everyday_word:
                        ev.needs_corroboration = ev.in_category_enough = True
                        ev.detail += "; an everyday word: counts in the brand's category"
                    elif weak_tail:
                        ev.needs_corroboration = True
                        ev.needs_cue = ev.needs_copy_cue = fp.everyday_word
                        ev.detail += "; needs the brand's category with a cue or a low price"
                    elif not strong:
                        ev.needs_corroboration = ev.needs_cue = True
                        ev.needs_copy_cue = fp.everyday_word
                        ev.detail += "; needs the brand's category with a counterfeit cue or a price far below the floor"
                    out.append(ev)
        return out

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        description = text.description
        titled = self._title_initials(text) + self._capital_trail(text, listing) if self._marks else []
        if not self._marks or description.count("\n") < MIN_LETTERS - 1:
            return self.in_category(titled, text, listing) if titled else titled
        found: list[Evidence] = titled
        hinted: bool | None = None
        offset = len(text.title) + len(FIELD_SEPARATOR)
        for letters, start, end in _blocks(description):
            marks = self._marks.get(letters)
            if not marks:
                continue
            if hinted is None:
                hinted = bool(HINT.search(text.original.casefold()))
            for i in marks:
                fp = self.fingerprints[i]
                field, s, e, matched = text.locate(offset + start, offset + end)
                ev = Evidence(Rule.acrostic, self.weights.confusable, i, field, s, e, matched, fp.value, distance=0,
                              detail=f"the first letters of {len(letters)} lines spell '{letters.upper()}'"
                                     + ("; the listing says to read them" if hinted else ""),
                              everyday=fp.everyday_word and not hinted)  # spelt down the lines on purpose: no fruit
                if hinted and fp.everyday_word:
                    # an acrostic poem of LOVE on a print is no Cartier: in the brand's category the spelt word is its mark
                    ev.needs_corroboration = ev.in_category_enough = True
                    ev.detail += "; an everyday word: counts in the brand's category"
                elif not hinted and (fp.everyday_word or len(letters) < STRONG_LETTERS):
                    ev.needs_corroboration = ev.needs_cue = True
                    ev.detail += ("; a short or everyday mark and no hint to read the first letters: needs the brand's "
                                  "category with a counterfeit cue or a price far below the floor")
                found.append(ev)
        return self.in_category(found, text, listing)

    def stats(self) -> dict[str, int]:
        return {"acrostic_marks": len(self._marks)}


def _blocks(description: str):
    """(first letters, start, end) of every block of MIN_LETTERS or more neighbouring non-empty lines of `description`:
    the block's lines' first letters or digits (latin view, lower case) and its span in `description`."""
    letters: list[str] = []
    start = end = 0
    at = 0
    for line in description.split("\n") + [""]:
        first = _first_letter(line)
        if first is None:  # a blank line (or one of no letters) ends the block
            if len(letters) >= MIN_LETTERS:
                yield "".join(letters), start, end
            letters = []
        else:
            if not letters:
                start = at + len(line) - len(line.lstrip())
            letters.append(first)
            end = at + len(line.rstrip())
        at += len(line) + 1
