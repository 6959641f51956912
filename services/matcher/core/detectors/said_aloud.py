"""A mark said aloud in ordinary words (Row Lex, Nigh Key, Goo Chee, Oh Mega, Swore Off Ski, Fill Lips): rule phonetic.

A seller who may not write the brand writes words that, read aloud one after another, sound like it: each is a real word
(the misspellings and phonetic detectors look only at words that are none), and their letters run together are not the
mark's (a mark split by a space is split_marks.py's). The words are set apart as a name: in quotation marks, or each
capitalised ("Row Lex", Nigh Key; not "no key needed", "sale high"), Latin letters of five or fewer each, and the mark is
of one word (a mark of several said word by word is phonetic.py's). Two or three neighbouring words of the latin view are heard as
sounds.heard hears a spelling (consonant classes with the vowels in place, a run of vowels one vowel), each word alone
(that is how they are said), joined where a sound ends one word and starts the next ("Fill Lips": one l); with the final
vowel dropped (sounds.heard_key: a final -e or -a said or not) the stretch names a mark heard exactly so: the mark
as spelt, without a final r or an r after a vowel (Car Tee Ay for Cartier, as French says it), with Italian cc before
e or i as ch (Goo Chee for Gucci).

A heard form is coarse (Nike is "nak", as are "neck" and "knock"), so the evidence is a weak candidate: the brand's
category with a counterfeit cue or a price far below the floor (`needs_cue`, scoring.strongly_corroborated), as for a
mark split into two common words; a stretch set apart in quotation marks ("Row Lex") is offered as a name, and needs
the category with a cue or a price below the floor (`needs_corroboration`). Marks of four letters or more heard in
three sounds or more (not Coach, "kas"), Latin script, no vocabulary word (vocabulary.SOUND_DETECTORS).

Cost: each word of the listing heard once (sounds.heard, cached per word), each window of two or three words a string
join and one dict lookup.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.prefilter import gated
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.detectors.phonetic import LABEL_WORDS
from services.matcher.core.normalise import ListingText, mark_words
from services.matcher.core.scoring import Evidence
from services.matcher.core.sounds import MARGIN, closeness, heard

MIN_LETTERS = 4  # a mark's letters
MIN_HEARD = 3  # sounds of a mark's heard key (`_key`)
MAX_WORD = 5  # letters of a word said as a syllable or two of the mark
WINDOW = (2, 3)  # words heard together
_WORD = re.compile(r"[a-z]+")
_NON_RHOTIC = re.compile("(?<=[aeiou])r(?=[^aeiouy]|$)")
_FINAL_R = re.compile("(?<=[aeiou])r$")
_ITALIAN_CC = re.compile("cc(?=[ei])")  # Gucci: cci is "chi" (Italian orthography)
_LATIN_WORDS = re.compile(r"[A-Za-z]+(?:(?: {1,2}| ?- ?)[A-Za-z]+)+")
_SPACES = re.compile(r"[ \-]+")
_GAPS = frozenset({" ", "  ", "-", " - "})
QUOTES = "\"'“”‘’«»„"
# what a stretch set apart as a name begins with in the original text: two capitalised words a space or a hyphen apart,
# or a quotation mark before a Latin letter (a listing without either holds no stretch `detect` keeps)
_SET_APART = re.compile("[A-Z][A-Za-z]*(?: {1,2}| ?- ?)[A-Z]|[" + QUOTES + "][A-Za-z]")
VOICE_WORDS = frozenset("voice dictated dictation transcribed transcript transcription speech text input typed note "
                        "message memo audio auto recorded".split())
# a listing that says it was dictated and transcribed by a machine (issue 9, glyphs28): speech-to-text writes a name it
# does not know as the ordinary words it hears ("roll ex", "pan door a", "can non"), in lower case; there every stretch
# of short words is offered as said aloud (still a weak candidate: the category with a counterfeit cue or a price far
# below the floor)
VOICE = gated(re.compile(r"\[(?:voice|audio|dictated|stt)\]|\bvoice[- ](?:note|input|typ|dictat|listing|message|memo|transcri|to[- ]text)"
                         r"|\bdictated\b|\bdictation\b|speech[- ]to[- ]text|auto[- ]?transcri|\btranscribed\b|\bby voice\b"
                         r"|spracheingabe|diktiert|dict[ée]e vocale|par la voix|dictado|por voz|ditado|dettato|голосов(?:ой|ым|ое)"
                         r"|语音输入|語音輸入|语音转|語音轉|音声入力|음성 ?입력|음성으로", re.I))


def _key(form: str) -> str:
    """A heard form without its final vowel (sounds.heard_key, for a form already heard)."""
    return form.rstrip("a")


def mark_heard_keys(letters: str) -> dict[str, str]:
    """{key: the spelling heard so} of a mark's letters (lower case) said aloud: as spelt, without a final r or an r
    after a vowel, cc before e/i as ch."""
    variants = (letters, _FINAL_R.sub("", letters), _NON_RHOTIC.sub("", letters), _ITALIAN_CC.sub("ch", letters))
    return {_key(heard(v)): v for v in reversed(variants)}


def _joined(forms: list[str]) -> str:
    """Heard forms of words said one after another: a sound that ends one word and starts the next heard once."""
    out = forms[0]
    for form in forms[1:]:
        out += form[1:] if out and form and out[-1] == form[0] else form
    return out


def _longest(evidence: list[Evidence]) -> list[Evidence]:
    """The evidence without a stretch inside a longer one naming the same mark ("Car Tee" of "Car Tee Ay")."""
    return [e for e in evidence if not any(o is not e and o.fingerprint == e.fingerprint and o.start <= e.start
                                           and e.end <= o.end and (o.end - o.start) > (e.end - e.start) for o in evidence)]


class SaidAloudDetector(Detector):
    name = "said_aloud"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._keys: dict[str, list[tuple[int, str]]] = {}  # heard key -> (fingerprint, the spelling heard so)
        self._spelt: set[str] = set()  # the marks' letters run together
        self._words: set[str] = set()  # the marks' own words: a stretch holding one is the mark's, not said aloud
        self._starts: set[str] = set()  # every start of a heard key (the keys themselves too)

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or is_wide_mark(fp.value):
            return None
        words = mark_words(fp.value)
        letters = "".join(words)
        if len(words) != 1 or len(letters) < MIN_LETTERS or not letters.isascii() or not letters.isalpha():
            return None  # a mark of several words said word by word is phonetic.py's (Kanada Guse)
        keys = {k: v for k, v in mark_heard_keys(letters.lower()).items() if len(k) >= MIN_HEARD}
        for key, spelt in keys.items():
            self._keys.setdefault(key, []).append((i, spelt))
            self._starts.update(key[:n] for n in range(1, len(key) + 1))
        if keys:
            self._spelt.add(letters.lower())
            self._words.update(w.lower() for w in words)
        return None

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        if not self._keys:
            return []
        original = text.original
        # (speed57) VOICE is asked only of a text that holds one of its alternatives' words (prefilter.gated; speed32's
        # hand-written list of those words did it for ASCII texts)
        voice = VOICE.search(original) is not None
        if not voice and not _SET_APART.search(text.original):
            return []
        latin = text.latin
        plain = _WORD.findall(latin)
        if len(plain) < 2:
            return []
        forms = [heard(w) if len(w) <= MAX_WORD else "" for w in plain]
        keys, starts = self._keys, self._starts
        # the words that begin two or three whose forms run together are heard as a key (the window's loop below
        # finds nothing elsewhere); three words' key is a start of their forms run together, as the first two's are,
        # so those two are a start of a key, or their key is that key (the rest is vowels)
        begin = []
        last = len(forms) - 1
        for k in range(last):
            first, second = forms[k], forms[k + 1]
            if first and second:
                two = first + second[1:] if first[-1] == second[0] else first + second
                if _key(two) in keys:
                    begin.append(k)
                elif two in starts and k + 1 < last and (third := forms[k + 2]) and _key(
                        two + third[1:] if two[-1] == third[0] else two + third) in keys:
                    begin.append(k)
        if not begin:
            return []
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(latin)]
        out: list[Evidence] = []
        for k in begin:
            for n in WINDOW:
                group = words[k:k + n]
                if len(group) < n or not all(forms[k:k + n]):
                    break
                if any(latin[a[1]:b[0]] not in _GAPS for a, b in zip(group, group[1:])):
                    break  # only words a space or a hyphen apart
                found = self._keys.get(_key(_joined(forms[k:k + n])))
                if not found:
                    continue
                letters = "".join(w for _, _, w in group)
                if voice and any(w in VOICE_WORDS for _, _, w in group):
                    continue  # the note that the listing was dictated ("a voice" is no Office said aloud)
                if any(w in LABEL_WORDS for _, _, w in group):
                    continue  # a price list's or regulator's label ("UVP US$498" is no Office said aloud)
                if any(len(w) == 5 and not w.strip("ab") for _, _, w in group):
                    continue  # a group of Bacon's cipher ("BAAAA AAABB" is no Barbie said aloud: codes/bacon.py)
                if letters in self._spelt or any(w in self._words for _, _, w in group):
                    continue  # the mark's own words, or its letters split (split_marks.py)
                start, end = text.original_span("latin", group[0][0], group[-1][1])
                said = text.original[start:end]
                if not _LATIN_WORDS.fullmatch(said):
                    continue  # another script's words (КОАЧ Неу) are the transliteration detector's
                quoted = (start > 0 and text.original[start - 1] in QUOTES and end < len(text.original)
                          and text.original[end] in QUOTES)
                if not quoted and not voice and not all(w[:1].isupper() for w in _SPACES.split(said)):
                    continue  # a name is set apart, in quotation marks or capitalised (Nigh Key, not "no key")
                for i in self._closest(found, letters):
                    out.append(self._evidence(text, i, start, end, quoted))
        return self.in_category(_longest(out), text, listing)

    @staticmethod
    def _closest(found: list[tuple[int, str]], letters: str) -> list[int]:
        """The marks of one heard key closest to the words' letters (sounds.closeness to the spelling heard, within
        sounds.MARGIN): one stretch names one brand ("Goo Chee" is heard as Gucci read guchi and as Coach)."""
        if len(found) < 2:
            return [i for i, _ in found]
        close = {i: closeness(letters, spelt) for i, spelt in found}
        top = max(close.values())
        return [i for i in close if close[i] >= top - MARGIN]

    def _evidence(self, text: ListingText, i: int, start: int, end: int, quoted: bool) -> Evidence:
        fp = self.fingerprints[i]
        field, s, e, matched = text.locate(start, end)
        how = "set apart in quotation marks, " if quoted else ""
        return Evidence(Rule.phonetic, self.weights.fuzzy_distance_2, i, field, s, e, matched, fp.value,
                        detail=f"the mark said aloud: the words '{matched}', {how}sound like {fp.value} read one after "
                               f"another; a sound-alike: needs corroboration",
                        everyday=fp.everyday_word, needs_corroboration=True, needs_cue=not quoted)

    def stats(self) -> dict[str, int]:
        return {"said_aloud_keys": len(self._keys)}
