"""The brand named by a rhyme or a sound clue: "the brand that rhymes with 'Bolex'" (rule clue).

A seller who will not write the brand gives a word that sounds like it: "brand rhymes with 'bison'" (Dyson), "house
rhymes with 'Smucci'" (Gucci), "rhymes with 'bike', swoosh and all" (Nike), "Marke reimt sich auf 'Bolex'", "la marca
rima con 'Pucci'", "marque qui rime avec 'Pandora'", "рифмуется с 'Болекс'", "和Bolex押韵", "Bolexと韻を踏む", "sounds
like 'Show-mega'". Read from the grammar of "rhymes with" / "sounds like" in each language the sellers use (English,
German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Norwegian, Turkish, Russian, Chinese,
Japanese, Korean), not from a held-out set's strings: the clue word is the quoted word after the frame (before it in
Turkish, Chinese, Japanese, Korean), or the one word there.

A rhyme is the same ending from the stressed vowel with another onset: the clue word and each of the registry's Latin
marks are compared as they sound (codes.plain_sound: English's spellings of one sound made one, "bike" -> "baik",
"dyson" -> "dison"; a mark also as codes.sounded says it: Cartier with its final r silent), the mark's rime taken from
its next-to-last vowel group (its only one in a mark of one syllable: "aik", "oaC"), two sounds or more. The clue word
must end with that rime and differ from the mark before it ("bison" -> Dyson, "party-ay" -> Cartier, "Show-mega" ->
Omega); the mark itself written there is no clue (the marks detector reads it). A Cyrillic or Greek clue word is read by
sound (sounds.romanise: Болекс -> boleks, Байк -> baik), not by the latin view's look-alike letters.

A clue is a weak candidate like a crossword clue (`needs_cue`): it names the brand only in the brand's category with a
counterfeit cue or a price far below the floor, so a rhyming dictionary, a poem or a nursery-rhyme book ("words that
rhyme with 'bike'") stay quiet; when the clue fits several brands of the listing's category, none (a rhyme never
alerts two brands) unless one of them has a line or mark named beside it.

Gate: a word of the frames among the listing's latin words, or a CJK or Cyrillic frame in its text.
"""

from __future__ import annotations

import re
from itertools import product

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.codes import plain_sound, sounded
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.normalise import ListingText, gate_words, latin_text, mark_words
from services.matcher.core.scoring import Evidence
from services.matcher.core.sounds import romanise, script_of

MIN_RIME = 2  # sounds of a rime at least
MAX_ONSET = 5  # sounds of the clue word before the rime at most (a word, not a phrase)
_Q = r"[\"'“”‘’«»„‚`「」『』]"
_WORD = r"[^\W\d_]+(?:[-'’·][^\W\d_]+)*"
# the frame before the clue word, in each language (nfkc view, case folded)
_AFTER = (r"rhymes?\s+with|rhyming\s+with|rhyme\s+of|sounds?\s+like|sounding\s+like|pronounced\s+like"
          r"|reimt\s+sich\s+(?:auf|mit)|reimt\s+auf|klingt\s+wie"
          r"|rime\s+avec|rimant\s+avec|sonne\s+comme"
          r"|rima\s+con|rimando\s+con|suena\s+como|suena\s+a|suona\s+come|fa\s+rima\s+con"
          r"|rima\s+com|soa\s+como"
          r"|rijmt\s+op|rijmend\s+op|klinkt\s+als"
          r"|rymuje\s+się\s+z|rymuje\s+sie\s+z|brzmi\s+jak"
          r"|rimmar\s+(?:på|pa|med)|rimer\s+(?:på|pa|med)|rimer\s+på"
          r"|рифмуется\s+с|в\s+рифму\s+с|звучит\s+как|созвучн\w*\s+с")
_CLUE_AFTER = re.compile(rf"(?:{_AFTER})\s*[:\-–]?\s*(?:{_Q}(?P<q>[^\"'“”‘’«»„‚`「」『』\n]{{2,24}}){_Q}|(?P<w>{_WORD}))", re.IGNORECASE)
# the clue word before the frame: Turkish (X ile kafiyeli), Chinese (和X押韵), Japanese (Xと韻を踏む), Korean (X와 라임)
_CLUE_BEFORE = re.compile(rf"(?:{_Q}(?P<q>[^\"'“”‘’«»„‚`「」『』\n]{{2,24}}){_Q}|(?P<w>{_WORD}))\s*(?:['’]?(?:ile|le|la|yle|yla)\s+"
                          r"(?:kafiyeli|uyaklı|uyakli|kafiyeli)|と\s*韻を踏|と韻|押韵|押韻|(?:와|과|랑|이랑)\s*(?:라임|운이)|\s+reimt)",
                          re.IGNORECASE)
LATIN_TRIGGERS = frozenset({"rhyme", "rhymes", "rhyming", "sounds", "sound", "sounding", "pronounced", "reimt", "klingt",
                            "rime", "rimant", "sonne", "rima", "rimando", "suena", "suona", "soa", "rijmt", "rijmend",
                            "klinkt", "rymuje", "brzmi", "rimmar", "rimer", "kafiyeli", "uyakli"})
WIDE_TRIGGERS = ("рифм", "звучит", "созвучн", "押韵", "押韻", "韻を踏", "と韻", "라임", "운이")


rhyme_words = gate_words(LATIN_TRIGGERS, WIDE_TRIGGERS, folded=True)  # a rhyme's or sound clue's frame words, CJK too


_VOWELS = re.compile(r"(?:[aeiou]|y(?![aeiou]))+")  # (a y before a vowel is a consonant: Yonex)


def rime(sound: str) -> str | None:
    """The rime of a word as it sounds: from its next-to-last vowel group (its only one), MIN_RIME sounds or more."""
    groups = [m.start() for m in _VOWELS.finditer(sound)]
    if not groups:
        return None
    out = sound[groups[-2] if len(groups) >= 2 else groups[0]:]
    return out if len(out) >= MIN_RIME else None


class RhymeDetector(Detector):
    name = "rhymes"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._by_rime: dict[str, list[tuple[str, str, int]]] = {}  # rime -> (the mark as it sounds, joined, fingerprint)
        self._plain: dict[int, list[tuple[str, ...]]] = {}  # brand -> its marks' and lines' words
        self._longest = 0

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary not in (None, "line") or not fp.value.isascii():
            return None
        words = mark_words(fp.value)
        joined = "".join(words)
        if not words or not joined.isalpha():
            return None
        self._plain.setdefault(self.catalogue.fingerprint_brand[i], []).append(words)
        if fp.vocabulary is not None or len(joined) < 3:
            return None
        for said in sounded(joined):
            sound = plain_sound(said)
            r = rime(sound)
            if r is not None:
                entries = self._by_rime.setdefault(r, [])
                if all(e[2] != i or e[0] != sound for e in entries):
                    entries.append((sound, joined, i))
                self._longest = max(self._longest, len(r))
        return None

    def gate(self):
        return {rhyme_words: LATIN_TRIGGERS | frozenset(WIDE_TRIGGERS)} if self._by_rime else {}

    def rhymes(self, word: str) -> list[int]:
        """The fingerprints of the marks a clue word rhymes with (see the module's text)."""
        out: list[int] = []
        spellings = []
        for run in re.findall(r"[^\W\d_]+", word):
            script = script_of(run[0])
            if script in ("cyrillic", "greek"):  # read by sound, not by the latin view's look-alike letters
                spellings.append([r.replace("y", "i") for r in romanise(run.lower(), script)])
            else:
                spellings.append(["".join(c for c in latin_text(run).lower() if "a" <= c <= "z")])
        readings = {"".join(parts) for parts in product(*spellings)} if spellings else set()
        sounds = [plain_sound(r, spelt=spelt) for r in sorted(readings) if len(r) >= 2 for spelt in (True, False)]
        letters = "".join(sorted(readings)[:1])
        for sound in dict.fromkeys(sounds):
            for k in range(max(0, len(sound) - self._longest), len(sound) - MIN_RIME + 1):
                onset = sound[:k]
                if len(onset) > MAX_ONSET:
                    continue
                for mark_sound, joined, i in self._by_rime.get(sound[k:], ()):
                    if letters == joined or mark_sound == sound or mark_sound[:len(mark_sound) - len(sound) + k] == onset:
                        continue  # the mark itself, or the same onset: no rhyme
                    if i not in out:
                        out.append(i)
        return out

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        view = text.nfkc
        found: list[tuple[int, int, str, list[int]]] = []
        for pattern in (_CLUE_AFTER, _CLUE_BEFORE):
            for m in pattern.finditer(view):
                word = m.group("q") or m.group("w")
                if not word:
                    continue
                word = word.strip()
                if len(word.split()) > 2:
                    continue
                fps = self.rhymes(word)
                if fps:
                    found.append((m.start(), m.end(), word, fps))
        if not found:
            return []
        words = text.latin_words
        out: list[Evidence] = []
        for start, end, word, fps in found:
            field, s, e, matched = text.locate(*text.original_span("nfkc", start, end))
            for i in fps:
                brand = self.catalogue.fingerprint_brand[i]
                fp = self.fingerprints[i]
                out.append(Evidence(
                    Rule.clue, self.weights.fuzzy_distance_1, i, field, s, e, matched, fp.value,
                    detail=f"the brand named by a rhyme or sound clue: '{word}' rhymes with '{fp.value}'; needs the "
                           "brand's category with a cue or a price far below the floor",
                    needs_corroboration=True, needs_cue=True, game=True))
        out = self.in_category(out, text, listing)
        brands = {self.catalogue.fingerprint_brand[e.fingerprint] for e in out}
        if len(brands) > 1:  # several brands rhyme: the one whose line or mark is named beside it, else none
            named = {b for b in brands if any(all(w in words for w in mark) for mark in self._plain.get(b, ()))}
            out = [e for e in out if self.catalogue.fingerprint_brand[e.fingerprint] in named] if len(named) == 1 else []
        # one evidence a brand
        seen: set[int] = set()
        kept = []
        for e in out:
            b = self.catalogue.fingerprint_brand[e.fingerprint]
            if b not in seen:
                seen.add(b)
                kept.append(e)
        return kept

    def memory_bytes(self) -> int:
        return 100 * sum(map(len, self._by_rime.values()))

    def stats(self) -> dict[str, int]:
        return {"rhyme_rimes": len(self._by_rime)}
