"""The Korean initial-consonant (초성) shorthand of a brand's Hangul name: rule initial_consonants.

Korean chat and second-hand markets write a word by the first consonant of each syllable (초성 "initial sound"):
ㄹㄹㅅ for 롤렉스 (Rolex), ㄱㅊ for 구치 (Gucci), ㅍㄷㄹ for 판도라 (Pandora), ㄹㅇㅂㅌ for 루이비통 — on 중고나라 and
번개장터 a replica seller uses it to stay out of keyword filters (the Korean internet-slang glossaries list 초성체
beside ㅋㅋ and ㄱㅅ). The rule, a function of the registry: every Hangul `local_names` entry of a brand gives the
string of its syllables' initial consonants (Unicode Hangul syllable decomposition: (code - 0xAC00) // 588 is the
initial's index, Unicode Standard ch. 3.12), written as compatibility jamo (ㄱ U+3131 ...), and a second key with the
tense initials written lax (ㄲ ㄸ ㅃ ㅆ ㅉ as ㄱ ㄷ ㅂ ㅅ ㅈ: typed without the shift key). A key of one consonant
repeated (ㅋㅋ, ㅎㅎ, ㄷㄷ: laughter and surprise) or shorter than two is no key.

Two or three consonants are many words at once (ㄱㅊ is also 괜찮 "fine", ㄱㅅ 감사 "thanks"): a key is a weak candidate
that needs the brand's category with a counterfeit cue or a price far below the floor (`needs_cue`, via the
vocabulary's local_name, vocabulary.py); a key of two consonants a cue that claims a copy (`needs_copy_cue`, as
initials: "상태 ㄱㅊ" at a low price is a used bag in fine condition). Text: maximal runs of consonant jamo in the nfkc view (NFKC writes
compatibility and half-width jamo as conjoining initials U+1100-U+1112; both are read). Gate: one regular expression
over each white-space piece of a non-ASCII listing, one set intersection with the keys.
"""

from __future__ import annotations

import re

from schemas import MarkFingerprint, Rule
from services.matcher.core.detectors.shorthand import ShorthandDetector
from services.matcher.core.normalise import ListingText, word_wise

# the 19 initial consonants in Unicode order (U+1100..U+1112), as compatibility jamo
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
LAX = str.maketrans("ㄲㄸㅃㅆㅉ", "ㄱㄷㅂㅅㅈ")
_TO_COMPAT = {chr(0x1100 + n): c for n, c in enumerate(INITIALS)}
_RUN = re.compile("[\u1100-\u1112\u3131-\u314e]{2,}")
_SYLLABLE = re.compile("[\uac00-\ud7a3]")
SHORT = 2  # a key this short is a chat word too (ㄱㅊ 괜찮, ㄱㅅ 감사): only a cue that claims a copy corroborates it


def initial_consonants(name: str) -> str:
    """The initial consonant of each Hangul syllable of `name`, other characters left out: "롤렉스" -> "ㄹㄹㅅ"."""
    return "".join(INITIALS[(ord(c) - 0xAC00) // 588] for c in name if "\uac00" <= c <= "\ud7a3")


def keys_of(name: str) -> set[str]:
    """The keys of a Hangul name: its initial consonants and the same with tense initials lax ("구찌" -> ㄱㅉ, ㄱㅈ);
    none shorter than two or of one consonant repeated."""
    key = initial_consonants(name)
    return {k for k in (key, key.translate(LAX)) if len(k) >= 2 and len(set(k)) > 1}


def _compat(run: str) -> str:
    return "".join(_TO_COMPAT.get(c, c) for c in run)


@word_wise()
def consonant_runs(text: ListingText) -> frozenset[str]:
    """The listing's runs of two or more consonant jamo, as compatibility jamo."""
    if text.is_ascii:
        return frozenset()
    return frozenset(_compat(m.group()) for m in _RUN.finditer(text.nfkc))


class InitialConsonantDetector(ShorthandDetector):
    name = "initial_consonants"
    rule, stat, tokens = Rule.initial_consonants, "initial_consonant_keys", staticmethod(consonant_runs)

    def keys(self, i: int, fp) -> set[str]:
        return keys_of(fp.value) if isinstance(fp, MarkFingerprint) and _SYLLABLE.search(fp.value) else set()

    def runs(self, text: ListingText):
        return ((_compat(m.group()), m.start(), m.end()) for m in _RUN.finditer(text.nfkc))

    def describe(self, key: str, source: str) -> str:
        return f"the initial consonants (초성) of '{source}'"

    def needs_copy_cue(self, key: str) -> bool:
        return len(key) <= SHORT
