"""A mark inflected by the grammar of a language that declines names (rule glued): Rolexem, Rolexot, Boseovy,
Gucciego, Dysonille, Nikeın, Rolexas.

Polish, Czech, Slovak, the South Slavic languages, Lithuanian and Latvian, Finnish, Estonian, Hungarian and Turkish
put a case ending on a brand's name as on any noun ("zegarek Rolexa", "s Rolexem", "Rolexot vennék", "Guccin laukku",
"Rolexas laikrodis"); Turkish writes it after an apostrophe ("Rolex'ten"), which the other detectors already read as
the mark. The glued-word reader of terms.py cuts a mark from a plain word only where the rest is common ENGLISH words
(so "Rolexa" and "Rolexin" were found, "Rolexem" and "Rolexot" not). Here a listing word that is a registered Latin
mark of four letters or more (no everyday word; its letters as registered, case and separators aside) followed by one
of the ENDINGS of those languages is a candidate, in a title written in one of those languages (DECLINING, by the
title's words' vote, context/language.py, or none found: in an English title "Guccia" is a one-edit misspelling), unless the word is a common word of a language that does not decline
names (English, German, French, Spanish, Italian, Portuguese, Dutch; wordfreq Zipf >= OWN_WORD_ZIPF: "Bayern" is
Bavaria, not Bayer's genitive). Source of the endings: the declension tables of each language's Wikipedia grammar
article and Wiktionary's inflection tables of foreign proper nouns (Polish "Rolex": Rolexa, Rolexowi, Rolexem,
Rolexie; Hungarian suffixes after a consonant and a vowel), written in the latin view (diacritics folded: -ów -> ow).

The name inflected is how those languages write it plainly, not a disguise (Evidence.compound: a retailer's price
reads as a retailer's listing), but an ending of one or two letters also turns other words into a mark's letters, so
the evidence is a weak candidate: filed in one of the brand's categories, the category is corroboration enough
(`in_category_enough`), elsewhere it needs a category the title names plus a cue or a low price.

Cost: as detectors/compounds.py, whose runs of a listing (MarkHeads) this detector shares; a run that begins with a
mark is looked up for each mark length (a dict) and its ending in a set.
"""

from __future__ import annotations

from functools import lru_cache


from schemas import Listing, Rule
from services.matcher.core.detectors.compounds import MarkHeadDetector, zipf
from services.matcher.core.context.language import ForeignWords, word_table, words
from services.matcher.core.normalise import ListingText
from services.matcher.core.scoring import Evidence

# case endings (and the possessive/adjective suffixes sellers put on brands) of languages that decline names, in the
# latin view: {ending: languages}
ENDINGS: dict[str, str] = {}
for _langs, _endings in (
    ("Polish", "a u em owi ie y ow om ami ach ego emu m owa owe owy owej owego owym"),
    ("Czech/Slovak", "a u em e ovi y um ech ova ovy ove ovo ovu ou om ovej ovho ovom ho mu m"),
    ("Croatian/Serbian/Slovene", "a u om em e i ov ova ovi ove ja ju jem"),
    ("Lithuanian/Latvian", "as is o ui a e u ams s am"),
    ("Finnish/Estonian", "n a ia in ssa sta lla lta lle ksi ista illa iin ta han hin na ille ssa sta lla lta"),
    ("Hungarian", "ot et t hoz hez hoz nak nek ban ben bol bol ra re rol rol val vel szel nal nel tol tol ig os es ek ok"),
    ("Turkish", "un in nin nun a e ya ye i yi yu ten tan den dan de da te ta ler lar ci cu"),
):
    for _e in _endings.split():
        ENDINGS[_e] = f"{ENDINGS[_e]}, {_langs}" if _e in ENDINGS and _langs not in ENDINGS[_e] else _langs
LONGEST = max(map(len, ENDINGS))
# languages that do not decline names: a word of theirs this frequent is its own word ("Bayern", "Pandoran" is not one)
OWN_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
OWN_WORD_ZIPF = 2.5
# languages of context/language.py that decline names: the title must be written in one (its words vote) for a word to
# be read as an inflected mark; in an English title "Guccia" is a misspelling
DECLINING = frozenset({"pl", "cs", "sk", "sl", "hu", "fi", "tr", "lt", "lv", "ro", "is"})


def _a_declining_word(title: str, besides: str) -> bool:
    """Whether a word of the title other than `besides` is most frequent in a language that declines names (DECLINING;
    wordfreq via context/language.py): one word is enough where the title's vote (ForeignWords.language) needs more."""
    table = word_table()
    return any((found := table.frequencies(w)) and found[0][0] in DECLINING
               for w in words(title) if w != besides.casefold() and len(w) > 2)


@lru_cache(maxsize=65_536)
def own_word(word: str) -> bool:
    """Whether `word` is a word of a language that does not decline names (Zipf >= OWN_WORD_ZIPF in OWN_LANGUAGES)."""
    return any(zipf(word, lang) >= OWN_WORD_ZIPF for lang in OWN_LANGUAGES)


class InflectionDetector(MarkHeadDetector):
    name = "inflections"

    languages = OWN_LANGUAGES

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        out: list[Evidence] = []
        marks = self._marks
        for ws, we, word, lengths in self._table.candidates(text, 5, 1):
            for n in lengths:
                if n < len(word) - LONGEST or word[n:] not in ENDINGS:
                    continue
                found = marks[word[:n]]
                start, end = text.original_span("latin", ws, we)
                original = text.original[start:end]
                if not original.isalpha() or own_word(original.casefold()):
                    break
                language = ForeignWords(text.title).language(besides=original)
                if language is not None and language not in DECLINING:
                    break  # "Guccia leather belt" is English: a one-edit misspelling (misspellings.py), no case ending
                if language is None and word[n:] == word[n - 1] and not _a_declining_word(text.title, original):
                    break  # "Legoo style set": the last letter doubled is a typo unless a word of the title is of a
                    # language that declines names ("Fantaa juliste": Finnish partitive)
                field, fstart, fend, matched = text.locate(start, end)
                ending = word[n:]
                detail = (f"the mark inflected: '{matched}' is {self.fingerprints[found[0]].value} with the case ending "
                          f"-{ending} ({ENDINGS[ending]})")
                for i in found:
                    filed = self.filed_in_category(i, listing)
                    out.append(Evidence(Rule.glued, self.weights.exact, i, field, fstart, fend, matched,
                                        self.fingerprints[i].value,
                                        detail=detail + ("; filed in the brand's category" if filed
                                                         else "; needs corroboration"),
                                        needs_corroboration=True, in_category_enough=filed, compound=True))
                break
        return out

    def stats(self) -> dict[str, int]:
        return {"inflected_marks": len(self._marks)}
