"""The mark as its pronunciation in the International Phonetic Alphabet, between slashes or square brackets
(/ˈroʊlɛks/, [kaʁ.tje], /lwi vɥitɔ̃/): respelt in Latin letters by the table below and heard onto the registry's marks
as the phonetic detector hears a respelling (sounds.similarity of their `heard` forms, Marks.heard).

The table: each IPA symbol as English spelling writes its sound, after the IPA chart (International Phonetic
Association, "Handbook of the IPA", 1999, and its 2020 chart) and the keys Wikipedia's pronunciation guides use for
English, French, German, Italian, Spanish and Japanese (Help:IPA/English, /French ...). Vowels need little care:
`heard` reads every run of vowels alike. Stress and length marks, syllable dots and tie bars are dropped; a vowel's
nasal tilde (ɔ̃) is read as a following n (French vɥitɔ̃ "vuiton"). Only a span holding at least one character of the
IPA's own (U+0250-U+02FF, æ, ð, θ, ŋ, ç, ø, œ, β, χ) counts: /about/ is a path or a word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from services.matcher.core.codes import Hit, Marks

NAME = "ipa"
MIN_RESPELT = 3
# two-symbol sounds first (affricates and diphthongs), then one symbol -> its English spelling
PAIRS = {"tʃ": "ch", "t͡ʃ": "ch", "dʒ": "j", "d͡ʒ": "j", "ts": "ts", "t͡s": "ts", "dz": "dz", "ɕʰ": "sh", "tɕ": "ch",
         "dʑ": "j", "ʈʂ": "ch", "aɪ": "ai", "aʊ": "au", "eɪ": "ei", "oʊ": "o", "əʊ": "o", "ɔɪ": "oi", "ɪə": "ia",
         "eə": "ea", "ʊə": "ua", "ks": "x"}
SYMBOLS = {
    # vowels
    "a": "a", "ɑ": "a", "ɐ": "a", "æ": "a", "ɒ": "o", "ʌ": "u", "e": "e", "ɛ": "e", "ə": "e", "ɚ": "er", "ɜ": "e",
    "ɝ": "er", "ɘ": "e", "i": "i", "ɪ": "i", "ɨ": "i", "ɯ": "u", "o": "o", "ɔ": "o", "ɵ": "o", "u": "u", "ʊ": "u",
    "ʉ": "u", "y": "u", "ʏ": "u", "ø": "eu", "œ": "eu", "ɶ": "eu", "ɤ": "o",
    # consonants
    "b": "b", "d": "d", "f": "f", "h": "h", "k": "k", "l": "l", "m": "m", "n": "n", "p": "p", "s": "s", "t": "t",
    "v": "v", "w": "w", "z": "z", "g": "g", "ɡ": "g", "c": "k", "q": "k", "x": "kh", "j": "y", "r": "r", "ɹ": "r",
    "ʁ": "r", "ʀ": "r", "ɾ": "r", "ɽ": "r", "ɻ": "r", "ʃ": "sh", "ʒ": "zh", "ɕ": "sh", "ʑ": "j", "ʂ": "sh",
    "ʐ": "zh", "θ": "th", "ð": "th", "ŋ": "ng", "ɲ": "ny", "ʎ": "ly", "ɟ": "g", "ɢ": "g", "χ": "kh", "ɣ": "g",
    "β": "v", "ɸ": "f", "ʋ": "v", "ɫ": "l", "ɬ": "l", "ɭ": "l", "ʍ": "wh", "ɥ": "u", "ʝ": "y", "ç": "h", "ɳ": "n",
    "ʈ": "t", "ɖ": "d", "ɱ": "m", "ɴ": "n", "ħ": "h", "ɦ": "h", "ɧ": "sh", "ʔ": "", "ʕ": "", "ʰ": "h", "ʲ": "y",
    "ʷ": "w",
}
NASAL = "\u0303"  # combining tilde: a nasal vowel
_OWN = re.compile("[\u0250-\u02ffæðθŋçøœβχ]")
# a transcription between slashes or brackets, no white space just inside them ("205/55R16 /miʃ.lɛ̃/" is one)
_SPAN = re.compile(r"/([^/\s](?:[^/\n]{0,58}[^/\s])?)/|\[([^\[\]\s](?:[^\[\]\n]{0,58}[^\[\]\s])?)\]")
_DROPPED = set("ˈˌːˑ.‿͡|‖-'’ ")


def respell(ipa: str) -> str:
    """An IPA transcription as Latin letters, lower case ("ˈroʊlɛks" -> "rolex", "lwi vɥitɔ̃" -> "lwivuiton"); ""
    when a symbol is not in the table (it is not IPA)."""
    out: list[str] = []
    k = 0
    text = unicodedata.normalize("NFD", ipa)
    while k < len(text):
        ch = text[k]
        pair = text[k:k + 2] if text[k + 1:k + 2] != "\u0361" else text[k:k + 3]
        if pair in PAIRS:
            out.append(PAIRS[pair])
            k += len(pair)
            continue
        if ch in _DROPPED:
            k += 1
            continue
        if ch == NASAL:
            out.append("n")
        elif unicodedata.combining(ch):
            pass  # other diacritics: the sound is near enough
        elif ch.lower() in SYMBOLS:
            out.append(SYMBOLS[ch.lower()])
        else:
            return ""
        k += 1
    return "".join(out)


class Ipa:
    name = NAME
    latin_words: frozenset[str] = frozenset()

    def opens(self, piece: str) -> bool:
        return _OWN.search(piece) is not None

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        for start, end in transcriptions(text):
            reading = respell(text[start + 1:end - 1])
            if len(reading) < MIN_RESPELT:
                continue
            for mark in marks.heard(reading):
                yield Hit(start, end, mark, f"heard as '{reading}'")


def transcriptions(text: str) -> list[tuple[int, int]]:
    """(start, end) of the IPA transcriptions of a text, slashes or brackets included: a span between slashes or
    brackets, no white space just inside them, that holds a character of the IPA's own ("205/55R16 (/ˈpaɪlət/)":
    the slash of 205/55 opens none)."""
    out: list[tuple[int, int]] = []
    for k in (k for k, ch in enumerate(text) if ch in "/["):
        if out and k < out[-1][1]:
            continue
        m = _SPAN.match(text, k)
        if m and _OWN.search(m.group(1) or m.group(2)):
            out.append((m.start(), m.end()))
    return out


CODE = Ipa()
