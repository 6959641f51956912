"""Marks and aliases in the skeleton view (exact, alias, confusable: Bоse, B0SE, B.O.S.E, bōsé).

One Aho-Corasick automaton over the skeleton view (normalise.py) holds every mark that has
letters or digits and no wide (CJK) characters; terms.check_hits keeps the hits on word
boundaries. Which rule a hit gets depends on how the text spelled the mark: the registered
spelling (exact, or alias when the brand lists it as an alias), letters spelled apart, or
look-alike/accented/leet characters or a right-to-left override (confusable), non-letters
inside it (intrusion: s-amsung, Gu✨cci, an unusual space as in Ro\u202flex), or glued to other words by a hashtag or a case change
(glued: #guccibelt, GucciBelt; see terms.py for both checks); glued inside a plain lower-case word
whose other letters are common words (shoesnike, newguccibelt) it is a weak candidate (glued, needs
corroboration).
"""

from __future__ import annotations

import re
import unicodedata

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.colourways import UNITS
from services.matcher.core.fuzzy import common_words
from services.matcher.core.normalise import (
    LEET,
    ListingText,
    compact_key,
    drawn_like_latin,
    is_wide,
    latin_text,
    nfkc_text,
    separator_offsets,
    skeleton_key,
)
from services.matcher.core.orthography import ordinary_spelling
from services.matcher.core.scoring import Evidence, join_detail
from services.matcher.core.sounds import script_of, word_list
from services.matcher.core.terms import TermHit, TermTable, find_terms


_PIECES = re.compile(r"[a-z0-9]+")
# the unusual spaces honest text also has between two words: the no-break space (HTML's &nbsp;) and a tab (a table)
_BETWEEN_WORDS = re.compile("[\u00a0\t]")


_POSSESSIVE = re.compile(r"([^\W\d_]+)['’]s")


def _possessive_of_a_word(matched: str, common: frozenset[str]) -> bool:
    """True for a word's English possessive ("original's", "maker’s"): a common English word, an apostrophe and a final
    s, the only non-letter inside. Such a word is no mark ending in s with a sign inside ("Originals"); a stem that is
    no common word ("Adida's") stays an intrusion. `common`: the fuzzy reader's common English words."""
    m = _POSSESSIVE.fullmatch(matched)
    return m is not None and m.group(1).casefold() in common


def is_wide_mark(value: str) -> bool:
    return not value.isascii() and any(is_wide(c) for c in nfkc_text(value))


# a word or words of letters only (no digit, sign or symbol standing for a letter): "Microsoft", not "Micro$oft"
_LETTERS_ONLY = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")


# (honest36, issue 9) a whole word of a wide script (Hangul, kana, CJK: two characters or more with a space on each side)
# between the words of a multi-word mark: "Puma 아울렛 Suede" (Korean "outlet") is Puma's name, a word of the listing's
# own language and the line, not "Puma Suede" drawn with look-alike letters (the skeleton view keeps no wide letter);
# a single character or one glued to the mark's letters is still read as an intrusion or a look-alike
_WIDE_WORD = re.compile(r"(?:^|\s)[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]{2,}(?=\s|$)"
                        # (trade56) a phrase of three wide characters or more with a space on one side, glued to the
                        # mark's first word on the other: "Ferrero费列罗官方企业采购 Rocher" (the brand's Chinese name and
                        # "official corporate purchasing"), as Chinese shops glue the Latin mark to their own words
                        r"|[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]{3,}(?=\s)")


class MarkDetector(Detector):
    name = "marks"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self.table = TermTable("skeleton")
        self._aliases = {b.id: set(b.aliases) for b in catalogue.brands}
        self._common: frozenset[str] = frozenset()  # common English words (a mark split into two of them by an odd space)

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or is_wide_mark(fp.value):
            return None
        key = skeleton_key(fp.value)
        if not key:
            return "mark has no letters or digits"
        self.table.add(key, i, separator_offsets(fp.value, keep_leet=True))
        return None

    def compile(self) -> None:
        self.table.compile()
        self._common = common_words(self.config.fuzzy.common_word_count)

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        found: list[Evidence] = []
        for hit in find_terms(self.table, text):
            found.extend(self._evidence(text, hit, listing))
        return found

    def _evidence(self, text: ListingText, hit: TermHit, listing: Listing) -> list[Evidence]:
        shown_span = text.original_span("latin", hit.latin_start, hit.latin_end)
        field, start, end, matched = text.locate(*shown_span)
        if _digits_of_a_number(text.original, *shown_span):
            return []  # "2,305" "48.305°": digits of a number (a coordinate, a price), no 305 for EOS (ids28)
        if text.original[shown_span[0] - 1:shown_span[0]].isdigit() and unit_of_the_number(text.original, *shown_span):
            return []  # (quiet53) "41mm S+": the millimetres of a watch size and a grade, no M&M's
        stored = matched
        if text.repairs:  # text garbled by a wrong encoding is judged as the mojibake view reads it (mojibake.py)
            matched = text.original[shown_span[0]:shown_span[1]]
        matched_latin = text.latin[hit.latin_start:hit.latin_end]
        out = []
        # (quiet) the brands that register this very spelling too: "Nescafe" is no accent-stripped "Nescafé" when the
        # brand registers both (nor "Nescafé" a look-alike of "Nescafe")
        spelled = {self.catalogue.brand(i).id for i in self.table.fingerprints(hit.term_id)
                   if same_spelling(matched, self.fingerprints[i].value)}
        for i in self.table.fingerprints(hit.term_id):
            fp = self.fingerprints[i]
            ordinary = None
            if hit.spaced_letters:
                rule, detail = Rule.confusable, "spelled out with separators"
            elif hit.intrusion and _script_words(matched) == "mixed":
                continue  # (scripts56) "აპპლე Watch": the Georgian word is read by its letters (transliteration.py), no sign inside
            elif hit.intrusion and _script_words(matched) != "one":
                # (scripts56) the latin view's apostrophe of a letter of another script (Georgian ტ "t'", Armenian ց
                # "ts'": anyascii marks the ejective and aspirated consonants so) is no sign inside the mark: ნესტლე,
                # all Georgian letters, is Nestlé written in Georgian (the transliteration branch below), not N-E-S-T-'-L-E
                if letter_for_digit(matched_latin, fp.value):
                    continue
                if _GROUPED_NUMBER.fullmatch(matched) and not any(ch.isdigit() for ch in fp.value):
                    continue  # (words56) "1.390,00 TL": a price's grouped digits, no L-E-G-O with a dot inside
                if _possessive_of_a_word(matched, self._common):
                    continue  # "the original's sales": an English possessive of a common word, no "Originals" with a sign inside (o32)
                if degrees_figure(matched):
                    continue  # "3°05": degrees and minutes of an angle or a coordinate, not E-O-S with a sign inside (ids28)
                if hit.odd_space and self._between_words(matched):
                    continue  # "can\u00a0on": two common words, a no-break space or tab between them (split_marks weighs it)
                rule, detail = Rule.intrusion, ("an unusual space (no-break, thin, ideographic, a tab) inside the mark"
                                                if hit.odd_space else "non-letters inside the mark")
            elif text.reordered(hit.latin_start, hit.latin_end):
                rule, detail = Rule.confusable, "stored reversed, displayed as the mark by a right-to-left override"
            elif same_spelling(matched, fp.value):
                is_alias = fp.value in self._aliases[self.catalogue.brand(i).id]
                rule, detail = (Rule.alias if is_alias else Rule.exact), ""
            elif (ordinary := ordinary_spelling(matched, fp.value, listing, text.original,
                                                *text.original_span("latin", hit.latin_start, hit.latin_end))):
                # NİKE in a Turkish listing, ＮＩＫＥ beside Japanese: the market's own writing (orthography.py)
                is_alias = fp.value in self._aliases[self.catalogue.brand(i).id]
                rule, detail = (Rule.alias if is_alias else Rule.exact), ordinary
            elif (script := _one_script(matched)) is not None:
                # a word wholly in Greek, Thai, Hangul ... letters that the latin view (anyascii) reads as the mark is
                # the mark written in that script (Λεβις, ซามซูง), not look-alike letters: no disguise, so far from the
                # brand's goods it needs corroboration like the Latin mark (true look-alikes are the skeleton detector's)
                rule, detail = Rule.transliteration, f"the mark written in {script} letters (read '{matched_latin}')"
            elif " " in matched.strip() and _WIDE_WORD.search(matched) is not None:
                continue  # (honest36) "Puma 아울렛 Suede": a word of the listing's language between the mark's words
            elif native_word_inside(matched):
                continue  # (reader50) "1.5L под кулер": Russian под "for", a word of its language, no look-alike iPod
            elif compact_key(matched) == compact_key(fp.value):
                if self.catalogue.brand(i).id in spelled:
                    continue  # the brand's own spelling, matched as such by its other fingerprint
                rule, detail = Rule.confusable, "look-alike or accented characters"
            elif letter_for_digit(matched_latin, fp.value):
                continue  # "em" is not a leetspeak "3M": only digits stand for letters, not the other way
            elif _in_number(text, field, start, end, matched):
                continue  # "+1 305 555 0178" is a phone number, not a leetspeak "EOS"
            elif self.catalogue.brand(i).id in spelled and _LETTERS_ONLY.fullmatch(matched):
                continue  # (mend30) "Microsoft" is no leetspeak "Micro$oft": the brand's own spelling, read as such
            else:
                rule, detail = Rule.confusable, "leetspeak or look-alike letters"
            disguised = rule in (Rule.confusable, Rule.intrusion)
            weight = (self.weights.confusable if disguised else self.weights.fuzzy_distance_1 if rule is Rule.transliteration
                      else getattr(self.weights, rule.value))
            weak = hit.weak
            if weak and hit.handle:
                # (signals) "@gucciofficial", "@rolexstoreuk": an account named after the brand, the seller's or a fan's as
                # well as the brand's; like a nickname it names the brand only with a cue or a price far below the floor
                rule, detail = Rule.glued, join_detail(detail, "inside an account's handle, glued to common words: needs the "
                                                         "brand's category with a cue or a price far below the floor")
            elif weak and self._glued_in_category(i, text, listing):
                # "guccibelt", "samsunggalaxy" filed among the brand's goods: a mark of five letters or more that is
                # no everyday word, the rest of the word common words or marks; the brand's category is the corroboration
                weak = False
                rule, detail = Rule.glued, join_detail(detail, "glued inside a word whose other letters are common words, "
                                                         "in the brand's category")
            elif weak:
                rule, detail = Rule.glued, join_detail(detail, "glued inside a word whose other letters are common words: needs corroboration")
            elif hit.glued:
                rule, detail = Rule.glued, join_detail(detail, "glued to other words (a hashtag or a case change marks the cut)")
            # nobody disguises the planet: "M4RS" or "Mаrs" with a Cyrillic а is the brand, not the everyday word; letters
            # spelt apart are a typographer's style too ("L-O-V-E marquee letters", "H O M E sign"): the word stays a word
            out.append(Evidence(rule, weight, i, field, start, end, stored, fp.value, detail=detail,
                                everyday=fp.everyday_word and (not disguised or hit.spaced_letters), needs_corroboration=weak,
                                needs_cue=weak and hit.handle, orthography=ordinary or ""))
        return out

    def _between_words(self, matched: str) -> bool:
        """Whether a no-break space or a tab in the matched text stands between two common English words (the
        letters on each side of it up to the next separator: "can\u00a0on"), as honest text puts them."""
        for m in _BETWEEN_WORDS.finditer(matched):
            head = _PIECES.findall(latin_text(matched[:m.start()]))
            tail = _PIECES.findall(latin_text(matched[m.end():]))
            if head and tail and all(len(w) > 1 and w in self._common for w in (head[-1], tail[0])):
                return True
        return False

    def _glued_in_category(self, i: int, text: ListingText, listing: Listing) -> bool:
        """A lower-case glued mark that counts with the brand's category alone: no everyday word, five letters or
        more (short marks hide in too many compounds), the listing filed in (or naming) one of the brand's categories."""
        fp = self.fingerprints[i]
        return not fp.everyday_word and len(compact_key(fp.value)) >= 5 and self._in_category(i, text, listing)

    def memory_bytes(self) -> int:
        return self.table.memory_bytes()

    def stats(self) -> dict[str, int]:
        return {"mark_patterns": len(self.table)}


def _in_number(text: ListingText, field: str, start: int | None, end: int | None, matched: str) -> bool:
    """Whether digits read as a leetspeak mark are one group of a longer number, a phone number's ("WhatsApp +1 305
    555 0178": "305" is no EOS): the match is digits only and a digit (or a "+") stands next to it across spaces,
    dots or hyphens. A leetspeak written wholly in digits on its own ("91113773 razor handle") stays one."""
    if start is None or end is None or not matched.isdigit():
        return False
    source = text.title if field == "title" else text.description
    before = source[:start].rstrip(" .-\u00a0")
    after = source[end:].lstrip(" .-\u00a0")
    return bool(before) and (before[-1].isdigit() or before[-1] == "+") or bool(after) and after[0].isdigit()


def same_spelling(text: str, mark: str) -> bool:
    """Equal but for case and separators: "canada-goose" is "Canada Goose"; "Bоse", "Ｂｏｓｅ" and "B⃝o⃝s⃝e⃝" (combining
    marks of any kind on its letters: nonspacing, enclosing, stacked) are not "Bose"."""
    return _letters(text) == _letters(mark)


def _letters(text: str) -> list[str]:
    if text.isascii():
        return [c for c in text.casefold() if c.isalnum()]
    return [c for c in unicodedata.normalize("NFC", text).casefold() if c.isalnum() or unicodedata.category(c)[0] == "M"]


def letter_for_digit(matched_latin: str, mark: str) -> bool:
    """True when the text has a letter where the mark has a digit (text "em", mark "3M")."""
    text_chars = [c for c in matched_latin if c.isalnum() or c in LEET]
    mark_chars = [c for c in latin_text(mark) if c.isalnum() or c in LEET]
    return any(t.isalpha() and m.isdigit() for t, m in zip(text_chars, mark_chars))


# (reader50, issue 9) the alphabets whose letters the confusables table draws like Latin ones (Cyrillic, Greek), with the
# languages whose common words they write: a whole word of them inside a look-alike match is a word of that language
_ALPHABET_WORD = re.compile("[\u0370-\u03ff\u0400-\u04ff]{2,}")
NATIVE_WORD_LANGUAGES = ("ru", "uk", "bg", "mk", "el")
NATIVE_WORD_ZIPF = 3.8  # transliteration.COMMON_ZIPF: a common word of its language


def native_word_inside(matched: str) -> bool:
    """Whether a match read as a mark drawn with look-alike letters holds a whole word of the Cyrillic or Greek
    alphabet that is a common word of a language written in it (wordfreq, NATIVE_WORD_LANGUAGES at NATIVE_WORD_ZIPF):
    "L под" in "1.5L под кулер" is the unit of 1.5 litres and Russian под "for", not iPod. A disguise mixes
    look-alike letters into the mark's word (іРоd, Bоse) or draws the whole mark with letters that make no word of the
    language (Воѕе). Pure; a letter-class test first (an ASCII match costs nothing)."""
    if matched.isascii():
        return False
    words = _ALPHABET_WORD.findall(matched.casefold())
    if not words:
        return False
    common = word_list(NATIVE_WORD_LANGUAGES, NATIVE_WORD_ZIPF)
    return any(w in common and re.search(f"(?<![^\\W\\d_]){re.escape(w)}(?![^\\W\\d_])", matched.casefold())
               for w in words)


def _script_words(text: str) -> str | None:
    """(scripts56) "one" when the text is letters only (no sign, digit or symbol; words apart by spaces, ', ’ or -) all
    in one script of sounds.SCRIPTS (ნესტლე), "mixed" when its words are each wholly Latin or wholly one such script,
    some of each (აპპლე Watch), else None: there the latin view's apostrophe is a letter's (anyascii writes Georgian ტ
    "t'", Armenian ց "ts'"), not a sign inside the mark."""
    if text.isascii() or not _LETTERS_ONLY.fullmatch(text):
        return None
    if _one_script(text) is not None:
        return "one"
    words = re.split(r"[ '’-]+", text)
    latin = [w for w in words if w.isascii()]
    other = [w for w in words if not w.isascii()]
    return "mixed" if latin and other and all(_one_script(w) is not None for w in other) else None


def _one_script(text: str) -> str | None:
    """The script of sounds.SCRIPTS every letter of the text is written in, when it is one and some letter is read by
    its sound, not by sight (not in the confusables' look-alikes of normalise: Воѕе, all Cyrillic, is drawn as Bose;
    Λεβις is Levi's spelt in Greek). None for Latin, mixed scripts, look-alikes only, or no letters."""
    letters = [ch for ch in unicodedata.normalize("NFKC", text) if ch.isalpha()]
    scripts = {script_of(ch) for ch in letters}
    if len(scripts) != 1 or None in scripts:
        return None
    if all(drawn_like_latin(ch) for ch in letters):
        return None
    return next(iter(scripts))


def _digits_of_a_number(original: str, start: int, end: int) -> bool:
    """Whether original[start:end] is digits only (and signs) inside a written number: after a decimal or thousands
    mark with a digit before it ("2,305", "48.904"), or before a degree sign ("305°")."""
    shown = original[start:end]
    if not shown or any(ch.isalpha() for ch in shown) or not any(ch.isdigit() for ch in shown):
        return False
    before = original[max(0, start - 2):start]
    after = original[end:end + 1]
    return (len(before) == 2 and before[1] in ",." and before[0].isdigit()) or after == "°"


# (words56, issue 9) a number written with its thousands grouped or a decimal mark: "1.390,00 TL", "1,390", "12 200": its
# digits are no leetspeak mark of letters with a sign inside ("1.390" read as L-E-G-O was LEGO beside adidas in a Turkish
# price); a registered name that is itself a grouped number (a patent's "775,134") is still read
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:[.,'\u00a0\u202f ]\d{3})+|\d+[.,]\d{1,2}")


_LEADING_LETTERS = re.compile(r"[^\W\d_]+")


def unit_of_the_number(original: str, start: int, end: int) -> bool:
    """Whether original[start:end], right after a digit, starts with a unit of measure or count of two letters or
    more glued to that number (colourways.UNITS: "41mm S+", "500ml S", "64gb"): the letters are the number's unit, so
    a mark read from them on ("mm S" as M&M's) is no mark. One-letter units (m, l, g, w, x) are left out: a digit
    glued to a mark's first letter is also how sellers run a count into a name. Pure."""
    m = _LEADING_LETTERS.match(original, start, end)
    return m is not None and len(m.group()) > 1 and m.group().casefold() in UNITS


def degrees_figure(matched: str) -> bool:
    """Whether a matched span is a figure with a degree sign and no letter ("3°05", "805°": an angle, a coordinate, a
    temperature), which no mark with a sign inside or a masked letter is (ids28)."""
    return "°" in matched and not any(ch.isalpha() for ch in matched)
