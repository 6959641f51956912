"""Keyboard layouts: what a word typed with the wrong layout switched on was meant to be (hjktrc = ролекс, кщдуч = rolex,
fhffprtm = 롤렉스, רםךקס = rolex).

A seller who types a Latin mark with the Russian layout on writes the Cyrillic letters of the same keys (Rolex ->
Кщдуч); one who types the Russian name with the Latin layout on writes its keys' Latin letters (Ролекс -> hjktrc); a
Korean seller typing 롤렉스 with the IME off writes its jamo's keys (fhffprtm). Each table is a standard layout's letter
keys, lower case (a key -> the letter it types), on the US QWERTY positions:

- Russian ЙЦУКЕН (GOST 6431-90; X keyboard config `symbols/ru` basic, Windows "Russian"): Ukrainian і ї є ґ and
  Belarusian і ў on the keys their layouts give them (`symbols/ua`, `symbols/by`) are read too;
- Hebrew SI-1452 (`symbols/il` basic);
- Greek (ELOT; `symbols/gr` basic);
- Arabic 101 (`symbols/ara` basic; the key b types the ligature لا);
- Korean 2-set, KS X 5002 (dubeolsik; `symbols/kr` keys through the Hangul IME): Shift gives the tense consonants ㅃ ㅉ
  ㄸ ㄲ ㅆ and the vowels ㅒ ㅖ; typed jamo are composed into syllables as the IME composes them (a final consonant moves
  to the next syllable before a vowel, two vowels or two finals join where Hangul has the compound: ㅗ+ㅏ = ㅘ,
  ㄹ+ㄱ = ㄺ), by Unicode's algorithm (The Unicode Standard, 3.12: syllable = 0xAC00 + (L × 21 + V) × 28 + T).

tests/unit/matcher/test_reassembled.py checks words typed on each layout both ways.
"""

from __future__ import annotations

from functools import cache

KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./"

# script -> the letter each key of KEYS types (one character or "" where the key types no letter of the script)
LAYOUTS: dict[str, tuple[str, ...]] = {
    "cyrillic": tuple("ёйцукенгшщзхъфывапролджэячсмитьбю") + ("",),
    "hebrew": ("", "", "", "ק", "ר", "א", "ט", "ו", "ן", "ם", "פ", "", "", "ש", "ד", "ג", "כ", "ע", "י", "ח", "ל", "ך", "ף",
               "", "ז", "ס", "ב", "ה", "נ", "מ", "צ", "ת", "ץ", ""),
    "greek": ("", "", "ς", "ε", "ρ", "τ", "υ", "θ", "ι", "ο", "π", "", "", "α", "σ", "δ", "φ", "γ", "η", "ξ", "κ", "λ", "",
              "", "ζ", "χ", "ψ", "ω", "β", "ν", "μ", "", "", ""),
    "arabic": ("ذ", "ض", "ص", "ث", "ق", "ف", "غ", "ع", "ه", "خ", "ح", "ج", "د", "ش", "س", "ي", "ب", "ل", "ا", "ت", "ن",
               "م", "ك", "ط", "ئ", "ء", "ؤ", "ر", "لا", "ى", "ة", "و", "ز", "ظ"),
    "hangul": ("", "ㅂ", "ㅈ", "ㄷ", "ㄱ", "ㅅ", "ㅛ", "ㅕ", "ㅑ", "ㅐ", "ㅔ", "", "", "ㅁ", "ㄴ", "ㅇ", "ㄹ", "ㅎ", "ㅗ", "ㅓ",
               "ㅏ", "ㅣ", "", "", "ㅋ", "ㅌ", "ㅊ", "ㅍ", "ㅠ", "ㅜ", "ㅡ", "", "", ""),
}
# the other Cyrillic layouts' letters, on the Russian keys they replace (Ukrainian і ї є ґ, Belarusian і ў)
CYRILLIC_EXTRA = {"і": "s", "ї": "]", "є": "'", "ґ": "`", "ў": "o"}
HANGUL_SHIFTED = {"Q": "ㅃ", "W": "ㅉ", "E": "ㄸ", "R": "ㄲ", "T": "ㅆ", "O": "ㅒ", "P": "ㅖ"}

# Hangul composition (The Unicode Standard 3.12): the initial, medial and final jamo in their compatibility forms
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ",
           "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")
# what two typed jamo join into (the 2-set IME's compounds)
_VOWEL_PAIRS = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ",
                ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
_FINAL_PAIRS = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ",
                ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ", ("ㅂ", "ㅅ"): "ㅄ"}
_SPLIT = {v: k for k, v in {**_VOWEL_PAIRS, **_FINAL_PAIRS}.items()}


@cache
def _to_script(script: str) -> dict[str, str]:
    return {k: v for k, v in zip(KEYS, LAYOUTS[script], strict=True) if v}


@cache
def _to_keys() -> dict[str, str]:
    """A letter of any of the layouts -> the Latin key that types it."""
    out = {v: k for script in LAYOUTS for k, v in _to_script(script).items() if len(v) == 1}
    out.update(CYRILLIC_EXTRA)
    out["\ufefb"] = "b"  # ARABIC LIGATURE LAM WITH ALEF, what the b key types
    out.update({v: k.lower() for k, v in HANGUL_SHIFTED.items()})
    return out


def script_of(ch: str) -> str | None:
    """The layout script a letter belongs to, or None."""
    if "\u0400" <= ch <= "\u04ff":
        return "cyrillic"
    if "\u05d0" <= ch <= "\u05ea":
        return "hebrew"
    if "\u0370" <= ch <= "\u03ff":
        return "greek"
    if "\u0600" <= ch <= "\u06ff":
        return "arabic"
    if "\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e":
        return "hangul"
    return None


def typed_as(keys: str, script: str) -> str | None:
    """What the Latin keys `keys` type with `script`'s layout on, or None when a key types no letter of it. Lower case
    but for Hangul, where Shift makes the tense consonants: "hjktrc" -> "ролекс", "fhffprtm" -> "롤렉스", "rnWl" -> "꾸찌"."""
    table = _to_script(script)
    if script == "hangul":
        jamo = [HANGUL_SHIFTED.get(k) or table.get(k.lower()) for k in keys]
        return None if None in jamo else compose(jamo)
    out = [table.get(k) for k in keys.lower()]
    return None if None in out else "".join(out)


def keys_of(word: str, ligature: bool = True) -> str | None:
    """The Latin keys that type `word` on its script's layout (Hangul syllables taken apart into the jamo typed), or
    None when a letter is on no layout: "кщдуч" -> "rolex", "ㅜㅑㅏㄷ" -> "nike". Arabic لا is the b key's ligature
    (`ligature`), or the g and h keys' two letters."""
    table = _to_keys()
    out: list[str] = []
    if ligature and "لا" in word:
        word = word.replace("لا", "\ufefb")
    for ch in word.lower():  # not casefold(): the final sigma ς is the w key
        if "\uac00" <= ch <= "\ud7a3":
            for jamo in _jamo(ch):
                out.extend(table[j] for j in _SPLIT.get(jamo, (jamo,)))
            continue
        if ch in _SPLIT:
            out.extend(table[j] for j in _SPLIT[ch])
            continue
        key = table.get(ch)
        if key is None:
            return None
        out.append(key)
    return "".join(out)


def _jamo(syllable: str) -> tuple[str, ...]:
    index = ord(syllable) - 0xAC00
    initial, rest = divmod(index, 21 * 28)
    medial, final = divmod(rest, 28)
    return tuple(j for j in (_INITIALS[initial], _MEDIALS[medial], _FINALS[final]) if j)


def compose(jamo: list[str]) -> str:
    """Typed jamo composed as the 2-set IME composes them: ["ㄹ","ㅗ","ㄹ","ㄹ","ㅔ","ㄱ","ㅅ","ㅡ"] -> "롤렉스"."""
    out: list[str] = []
    initial = medial = final = ""

    def flush() -> None:
        nonlocal initial, medial, final
        if initial and medial:
            out.append(chr(0xAC00 + (_INITIALS.index(initial) * 21 + _MEDIALS.index(medial)) * 28 + _FINALS.index(final)))
        else:
            out.append(initial + medial + final)
        initial = medial = final = ""

    for j in jamo:
        vowel = j in _MEDIALS
        if not vowel:
            if initial and medial and not final and j in _FINALS:
                final = j
            elif final and (final, j) in _FINAL_PAIRS:
                final = _FINAL_PAIRS[(final, j)]
            else:
                if initial or medial:
                    flush()
                initial = j
        else:
            if final:  # the final consonant (or a compound's second) begins the next syllable
                first, moved = _SPLIT.get(final, ("", final))
                final = first
                flush()
                initial, medial = moved, j
            elif medial and (medial, j) in _VOWEL_PAIRS and initial:
                medial = _VOWEL_PAIRS[(medial, j)]
            elif initial and not medial:
                medial = j
            else:
                if initial or medial:
                    flush()
                medial = j
    if initial or medial or final:
        flush()
    return "".join(out)
