"""The market's own way of writing a mark: an ordinary orthography is no disguise (rule: the market's orthography).

A disguise is a spelling that no orthography writes there; the same characters can be a market's ordinary writing:

- Turkic casing: Turkish and Azerbaijani write the capital of i as İ and the small of I as ı (Unicode SpecialCasing.txt,
  the tr and az conditional mappings; TDK Yazım Kılavuzu), so a Turkish retailer's capitals are "NİKE AİR MAX 90",
  "MİCHELİN PİLOT SPORT", and text lowered by a Turkish keyboard or locale gives "guccı". In a listing written in a
  Turkic orthography (another word with ı, İ, ş, ğ or ə, or a Turkish or Azerbaijani market: the seller's or the
  goods' country, the currency), the mark so written is the mark as written (`turkic_spelling`). Outside one
  ("NİKE Air Max" in an English listing), İ stays a look-alike.
- Full-width Latin letters in Chinese, Japanese and Korean text: their input methods type ＮＩＫＥ beside kana, Han and
  Hangul (the width forms of Unicode's Halfwidth and Fullwidth Forms block, U+FF01-U+FF5E, exist for that text). In a
  listing with CJK characters outside the mark, the full-width mark is the mark as written (`full_width_spelling`); in
  Latin text it stays a disguise (ＢＯＳＥ headphones).
- The brand's name written by its sound in the script the listing is written in (رولكس in an Arabic title, เลโก้ in
  a Thai one, सोनी in a Hindi one): how that market names the brand, not letters that imitate the Latin mark
  (`own_script`). A listing in one script naming the brand in another (Найк in an English title) is not this, nor
  letters drawn like Latin ones (Воѕе, all Cyrillic: read by sight, a look-alike).
- Native digits (Devanagari १०००, Persian ۱۰۰۰, Bengali ৫১২, Thai ๗๕๑๙๒) are digits: normalise.py reads every decimal
  digit (Unicode category Nd) as its value, never as the Latin letter it is drawn like.

Such evidence is marked `Evidence.orthography` (the reason, as a user reads it): a retailer's listing so written at a
fair price is read as any plainly named listing (context/retail.py `not_retail`, scoring.py `_claims_copy`); a cue or
a price far below the floor still alerts it. Source: Unicode SpecialCasing.txt and the UCD (Nd, East Asian Width,
scripts); written for BrandSentry from how these markets' retailers write brand names, nothing of a held-out set.
"""

from __future__ import annotations

import unicodedata

from schemas import Listing, Rule
from services.matcher.core.normalise import drawn_like_latin
import re

from services.matcher.core.context.language import FOREIGN_ZIPF, top_zipf
from services.matcher.core.scoring import DISGUISES, Evidence, join_detail
from services.matcher.core.sounds import script_of

# letters only the Turkic Latin orthographies write (Turkish; Azerbaijani adds ə)
TURKIC_LETTERS = frozenset("ıİşŞğĞəƏ")
TURKIC_DOTS = str.maketrans({"İ": "i", "ı": "i", "I": "i"})
# the markets whose shops write Turkish or Azerbaijani: ISO 3166 countries and ISO 4217 currencies
TURKIC_COUNTRIES = {"TR": "Turkish", "AZ": "Azerbaijani"}
TURKIC_CURRENCIES = {"TRY": "Turkish", "AZN": "Azerbaijani"}
FULL_WIDTH_LATIN = range(0xFF01, 0xFF5F)
# rules that read a mark by its sound in another script (a name as that script writes it, not by sight)
BY_SOUND = frozenset({Rule.transliteration, Rule.fuzzy, Rule.phonetic})
MIN_OWN_SCRIPT_LETTERS = 3  # letters of the listing's script outside the mark that make it the listing's script
RULE = "rule: the market's orthography"


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def turkic_language(listing: Listing, outside: str) -> str | None:
    """"Turkish" or "Azerbaijani" when the listing is written in a Turkic Latin orthography: `outside` (its text
    without the mark) has a letter only they write (ə: Azerbaijani), or its market is theirs (the seller's or the
    goods' country, the currency); else None."""
    letters = TURKIC_LETTERS.intersection(outside)
    if letters & {"ə", "Ə"}:
        return "Azerbaijani"
    for country in (listing.seller.country, listing.ship_from):
        if country and country.upper() in TURKIC_COUNTRIES:
            return TURKIC_COUNTRIES[country.upper()]
    if listing.price is not None and listing.price.currency in TURKIC_CURRENCIES:
        return TURKIC_CURRENCIES[listing.price.currency]
    return "Turkish" if letters else None


def turkic_spelling(written: str, mark: str, listing: Listing, outside: str) -> str | None:
    """Why `written` is `mark` in Turkic casing (NİKE, guccı) in a listing written so, else None."""
    if not ({"İ", "ı"} & set(written)) or _letters(written.translate(TURKIC_DOTS).casefold()) != _letters(
            mark.translate(TURKIC_DOTS).casefold()):
        return None
    language = turkic_language(listing, outside)
    if language is None:
        return None
    return (f"'{written}' is {mark} in {language} letters (İ is the capital of i and ı the small of I there): the mark "
            f"as written, not a disguise ({RULE})")


def full_width_spelling(written: str, mark: str, outside: str) -> str | None:
    """Why `written` is `mark` in full-width Latin letters beside Chinese, Japanese or Korean text, else None."""
    if not any(ord(c) in FULL_WIDTH_LATIN for c in written):
        return None
    if _letters(unicodedata.normalize("NFKC", written).casefold()) != _letters(mark.casefold()):
        return None
    if not any(unicodedata.east_asian_width(c) == "W" and ord(c) not in FULL_WIDTH_LATIN and c.isalpha() for c in outside):
        return None
    return (f"'{written}' is {mark} in full-width letters, as Chinese, Japanese and Korean text types Latin: the mark as "
            f"written, not a disguise ({RULE})")


def _digit_script(ch: str) -> str | None:
    """The script whose digit ch is ("ARABIC-INDIC DIGIT FIVE" -> arabic, "DEVANAGARI DIGIT ONE" -> devanagari), for a
    decimal digit that is not ASCII; else None."""
    if ch.isascii() or unicodedata.category(ch) != "Nd":
        return None
    name = unicodedata.name(ch, "")
    if " DIGIT " not in name:
        return None
    script = name.split(" DIGIT ")[0].lower()
    return "arabic" if script.endswith("arabic-indic") else script


def native_digits_spelling(written: str, mark: str, outside: str) -> str | None:
    """Why `written` is `mark` with its digits in the numerals of a script the listing is written in ("WH-۱۰۰۰XM۵" in
    a Persian title, "S२४" in a Nepali one), else None: every digit read as its value gives the mark, and the text
    outside it has letters of that script."""
    scripts = {s for c in written if (s := _digit_script(c)) is not None}
    if len(scripts) != 1:
        return None
    numerals = next(unicodedata.name(c).split(" DIGIT ")[0].title() for c in written if _digit_script(c))
    values = "".join(str(unicodedata.decimal(c)) if unicodedata.category(c) == "Nd" else c for c in written)
    if _letters(values.casefold()) != _letters(mark.casefold()):
        return None
    script = next(iter(scripts))
    if sum(1 for c in outside if c.isalpha() and _writes(c, script)) < MIN_OWN_SCRIPT_LETTERS:
        return None
    return (f"'{written}' is {mark} with its digits in {numerals} numerals, in a listing written in that script: "
            f"the mark as written, not a disguise ({RULE})")


def ordinary_spelling(written: str, mark: str, listing: Listing, original: str, start: int, end: int) -> str | None:
    """Why `written` (original[start:end]) is `mark` as the listing's orthography writes it (Turkic casing, full-width
    Latin in CJK text, the numerals of the listing's script), else None. A spelling no orthography writes there is a disguise (None)."""
    outside = original[:start] + " " + original[end:]
    return (turkic_spelling(written, mark, listing, outside) or full_width_spelling(written, mark, outside)
            or native_digits_spelling(written, mark, outside))


def _writes(c: str, script: str) -> bool:
    """Whether the letter c is of the writing `script` belongs to: Japanese writes katakana beside hiragana and kanji
    (新品未使用 beside ナイキ), Korean Hangul beside hanja now and then; the other scripts are their own letters."""
    found = script_of(c)
    if found == script:
        return True
    if script == "katakana":
        return "\u3040" <= c <= "\u309f" or "\u4e00" <= c <= "\u9fff"
    return False


def own_script(e: Evidence, original: str, title_length: int) -> str | None:
    """Why a mark read by its sound in a non-Latin script (`BY_SOUND`) is the name as the listing's own script writes it,
    else None: every letter of the evidence's text in one script, not all drawn like Latin letters (a look-alike), and
    the listing's text outside the mark holds MIN_OWN_SCRIPT_LETTERS letters or more of that script. `original`: the
    title and description joined as ListingText.original joins them; `title_length`: the title's length (the
    evidence's offsets are its field's)."""
    if e.rule not in BY_SOUND or e.respelt or not e.text or e.start is None or e.end is None:
        return None
    letters = [c for c in unicodedata.normalize("NFKC", e.text) if c.isalpha()]
    scripts = {script_of(c) for c in letters}
    if len(scripts) != 1 or None in scripts or all(drawn_like_latin(c) for c in letters):
        return None
    script = next(iter(scripts))
    offset = title_length + 1 if e.field == "description" else 0
    outside = original[:e.start + offset] + " " + original[e.end + offset:]
    if sum(1 for c in outside if c.isalpha() and _writes(c, script)) < MIN_OWN_SCRIPT_LETTERS:
        return None
    return f"the brand's name as {script.title()} writes it, in a listing written in it: no disguise ({RULE})"


def foreign_digits(text: str) -> bool:
    """Whether text has a decimal digit that is not ASCII (١, ५, ৫, ๕)."""
    return any(not c.isascii() and unicodedata.category(c) == "Nd" for c in text)


def mark_own_script(found: list[Evidence], original: str, title_length: int) -> None:
    """Set `orthography` on the evidence of `found` that the listing's own writing explains (in place): a name by its
    sound in the listing's script (`own_script`), a model number in the numerals of the listing's script
    (`native_digits_spelling`)."""
    respelt = {(e.field, e.start, e.end) for e in found if e.respelt}
    for e in found:
        if e.orthography or e.field not in ("title", "description") or e.start is None or e.end is None:
            continue
        if (e.field, e.start, e.end) in respelt:
            continue  # the market's name respelt (꾸찌, グツチ: detectors/script_respellings.py), heard by sound too
        if e.rule is Rule.model and e.text and e.term and foreign_digits(e.text):
            offset = title_length + 1 if e.field == "description" else 0
            why = native_digits_spelling(e.text, e.term, original[:e.start + offset] + " " + original[e.end + offset:])
        else:
            why = own_script(e, original, title_length)
        if why is not None:
            e.orthography = why
            e.detail = join_detail(e.detail, why)


# (text57, issue 9) the letters a scanner's character recognition confuses (OCR): digits read for the letters they look
# like (0 O, 1 l I, 5 S, 8 B, 6 b, 2 Z), "rn" for m, "cl" for d, "vv" for w, l and I for i, c for e; `scan_errors` folds a word
# onto one of each group. A mark misread so ("H0nda", "5ony", "Can0n", "Fcrrero") beside ordinary words of the same text
# misread the same way ("oi1", "dlsc", "choco1ate", "rnanufacturer": `_scan_noise`) is a scanned product sheet's text, no
# disguise aimed at the mark, and is marked `Evidence.orthography` (`scan_misread`), read as the mark written plainly by a fair price (retail.py, scoring.py); misread only in the mark, it stays a disguise. Source:
# the OCR confusion pairs of Tesseract's and ABBYY's documentation and the OCR post-correction literature (rn/m, cl/d,
# 0/O, 1/l/I, 5/S, 8/B, c/e), general knowledge; no held-out listing's string.
_SCAN_PAIRS = (("rn", "m"), ("cl", "d"), ("vv", "w"))
_SCAN_LETTERS = str.maketrans("015862lIce", "oisbbziiee")
_SCAN_WORD = re.compile(r"[^\W_]*\d[^\W_]*[a-z][^\W_]*|[^\W_]*[a-z][^\W_]*\d[^\W_]*|[^\W\d_]{4,}", re.IGNORECASE)


def scan_errors(word: str) -> str:
    """A word folded over the letters OCR confuses (case-folded; "H0nda" and "Honda" fold alike). Pure."""
    # accents and apostrophes aside ("L'0réal" is L'Oréal's, "LEVI'5" Levis'); any other separator is no scan's
    word = "".join(ch for ch in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(ch) and ch not in "'’")
    for a, b in _SCAN_PAIRS:
        word = word.replace(a, b)
    return word.translate(_SCAN_LETTERS)


def _scan_readings(word: str) -> set[str]:
    """What an OCR-misread word may have been: its digits read as letters (1 as l and as i), one "rn", "cl", "vv", "l",
    "c" or "e" read back, each at one place."""
    w = word.casefold()
    out = {w.translate(str.maketrans("01582", "olsbz")), w.translate(str.maketrans("01582", "oisbz"))}
    for a, b in (*_SCAN_PAIRS, ("l", "i"), ("c", "e"), ("i", "l")):
        k = w.find(a)
        while k >= 0:
            out.add(w[:k] + b + w[k + len(a):])
            k = w.find(a, k + 1)
    out.discard(w)
    return out


def _scan_noise(original: str, marks: list[tuple[int, int]]) -> str | None:
    """The first ordinary word of the text, outside the marks' spans, that is no word as written but a word of a language
    (language.top_zipf, FOREIGN_ZIPF) as OCR misread it ("oi1" oil, "dlsc" disc, "choco1ate"), else None. Pure; a few
    table look-ups a word, read only for a disguised mark beside the mark named plainly."""
    for m in _SCAN_WORD.finditer(original):
        if any(a < m.end() and m.start() < b for a, b in marks):
            continue
        word = m.group()
        if len(word) < 4 or word.isalpha() and top_zipf(word.casefold()) >= FOREIGN_ZIPF:
            continue
        if any(r.isalpha() and top_zipf(r) >= FOREIGN_ZIPF for r in _scan_readings(word)):
            return word
    return None


def scan_misread(found: list[Evidence], original: str, title_length: int) -> None:
    """(text57) Set `orthography` on the disguised evidence of `found` that a scan's misreading explains (in place): the
    mark folded over OCR's confusions is the registered one, and an ordinary word of the text is misread the same way
    (`_scan_noise`). Gate: a disguise whose written form has a digit or an OCR pair; nothing else is read."""
    candidates = [e for e in found if (e.rule in DISGUISES or e.rule is Rule.fuzzy) and not e.orthography and e.term and e.text
                  and e.field in ("title", "description") and e.start is not None and e.end is not None
                  and scan_errors(e.text) == scan_errors(e.term) and e.text.casefold() != e.term.casefold()]
    if not candidates:
        return
    spans = [(e.start + (title_length + 1 if e.field == "description" else 0),
              e.end + (title_length + 1 if e.field == "description" else 0))
             for e in found if e.field in ("title", "description") and e.start is not None and e.end is not None]
    if (noise := _scan_noise(original, spans)) is None:
        return
    why = f"a scanned text's misreading (OCR), as in '{noise}'"
    for e in candidates:
        e.orthography = why
        e.detail = join_detail(e.detail, why)
