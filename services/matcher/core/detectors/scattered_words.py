"""A multi-word mark taken apart: its words in another order or spread over the title ("Face North puffer jacket",
"The North jacket waterproof Face", a word cut to its initial: "N. Face", "L. Vuitton": rule `scattered`), or translated word for word into another language ("La Cara
Norte chaqueta", "Heiße Räder Spielzeugautos", "Just a Nail bracelet" for Juste un Clou: rule `translated`).

Every word of the mark must be in the title (the description repeats words at length); articles and linking words
("the", "la", "de", mark_translations.STOP_WORDS) may be added, dropped or translated. A mark word's translations are
the forms of its meaning in seven languages (mark_translations.ROWS, from Wiktionary's translation tables); a word
without a row (a name: Louis, Vuitton) must be written as registered. The mark written in order with its words side
by side is the marks detector's (`exact`), not this one's.

Words of a mark scattered over a title are weak evidence (a listing says "north face of the mountain" and "face
cream for the north wind"), so every hit is a weak candidate (`needs_corroboration`: the brand's category with a
cue or a price below the floor); when all the words are common English words (symspellpy's list,
FuzzyConfig.common_word_count: "face north") or any of them is translated (the translation of a descriptive mark is
ordinary words of that language) it needs the brand's category with a counterfeit cue or a price far below the
floor (`needs_cue`, scoring.strongly_corroborated); translated with its words side by side, in either order ("Oca
Canadese", "Heiße Räder"), it is the mark as that language says it, and the brand's category with a cue or a price
below the floor will do, like a misspelling. Marks registered as everyday words ("Jet Set", "Base Camp")
are left out: their words apart say nothing.

Gate: two words of each mark, the rarest in English among their forms (with all their translations), joined into one
set of the latin view's words (Detector.gate); the second rarest is asked only when the title holds a word cut to its
initial ("n."), which a title of a listing that names another brand rarely does.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.marks import is_wide_mark
from services.matcher.core.fuzzy import common_words
from services.matcher.core.mark_translations import STOP_WORDS, all_rows
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText, latin_text
from services.matcher.core.scoring import Evidence
from services.matcher.core.word_frequencies import zipf_frequency

_WORD = re.compile(r"[a-z0-9]+")
_INITIAL = re.compile(r"(?<![a-z0-9])[a-z]\.")  # a word cut to its initial: "n. face"


# a word that makes the words before it the goods' motif ("goose-print", "Kanada kazı desenli", "с принтом гуся" is the
# other order and not read): print / pattern / motif as shop titles write them in the languages of mark_translations
# (en, de, fr, es, it, pt, nl, sv, pl, ru, uk, tr); a translated mark so followed depicts its words, it names no maker
MOTIF = re.compile(r"[\s-]{0,2}(?:print(?:ed)?|pattern(?:ed)?|motifs?|muster|gemustert|imprimé|estampad[oa]|"
                   r"stampat[oa]|estampa|desenli|baskılı|motifli|desen|mönstrad|mönster|tryck|wzór|we wzory|"
                   r"z nadrukiem|nadruk|узор(?:ом)?|принт(?:ом)?|візерунок|принтом)(?![^\W_])", re.IGNORECASE)

def _words(text: str) -> list[str]:
    return _WORD.findall(latin_text(text))


def _meanings() -> dict[str, frozenset[str]]:
    """Every folded form of a row -> all the forms of its row (one-word forms only)."""
    out: dict[str, frozenset[str]] = {}
    for row in all_rows():
        # each form as written, capitalised and in capitals: the latin view reads a letter of another script by its
        # case (Cyrillic "г" looks like r, "Г" like G: "горячие" folds to "ropyachie", "Горячие" to "gopyachie")
        forms = frozenset(words[0] for cell in row for form in cell.split("/") for cased in {form, form.capitalize(),
                          form.upper()} if len(words := _words(cased)) == 1)
        for form in forms:
            out[form] = out.get(form, frozenset()) | forms
    return out


def initialled_words(text: ListingText) -> frozenset[str]:
    """A gate's token kind: the latin view's words of a listing that cuts a word to its initial ("N. Face"), else none."""
    latin = text.latin
    return text.latin_words if "." in latin and _INITIAL.search(latin) else frozenset()


class _Entry:
    __slots__ = ("fingerprint", "words", "forms", "common")

    def __init__(self, fingerprint: int, words: tuple[str, ...], forms: tuple[frozenset[str], ...], common: bool) -> None:
        self.fingerprint = fingerprint
        self.words = words  # the mark's content words as registered
        self.forms = forms  # per word: the forms that stand for it (itself and its translations)
        self.common = common  # every word a common English word


class ScatteredWordsDetector(Detector):
    name = "scattered_words"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._entries: list[_Entry] = []
        self._by_anchor: dict[str, list[int]] = {}  # a form of the mark's rarest word -> entries
        self._by_second: dict[str, list[int]] = {}  # a form of its second rarest word -> entries (when the rarest is an initial)
        self._glued: dict[str, list[int]] = {}  # a two-word mark's translated words glued into one ("nordwand") -> entries

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.everyday_word or is_wide_mark(fp.value):
            return None
        words = tuple(w for w in _words(fp.value) if w not in STOP_WORDS)
        if len(words) >= 2 and len(set(words)) == len(words):
            self._entries.append(_Entry(i, words, (), False))
        return None

    def compile(self) -> None:
        meanings = _meanings()
        common = common_words(self.config.fuzzy.common_word_count)
        zipf: dict[str, float] = {}  # wordfreq's English Zipf of each form, asked once (marks share many words)

        def rarity(form: str) -> float:
            z = zipf.get(form)
            if z is None:
                z = zipf[form] = zipf_frequency(form, "en")
            return z

        for n, entry in enumerate(self._entries):
            entry.forms = tuple(meanings.get(w, frozenset()) | {w} for w in entry.words)
            entry.common = all(w in common or w.isdigit() for w in entry.words)
            # the rarest word, and the second rarest for a title where the rarest may be cut to its initial ("N. Face")
            # (equally rare: the later word; the first is often the house mark, named in many listings: "Puma Suede")
            ranked = [forms for _, _, forms in sorted((max(rarity(f) for f in forms), -k, forms)
                                                      for k, forms in enumerate(entry.forms))]
            for table, forms in zip((self._by_anchor, self._by_second), ranked):
                for form in forms:
                    table.setdefault(form, []).append(n)
            if len(entry.words) == 2:  # the compounding languages glue the two words, in the mark's order: Nordwand
                own = "".join(entry.words)  # the mark glued as registered is the glued detector's ("northface")
                for glued in {a + b for a in entry.forms[0] for b in entry.forms[1]} - {own}:
                    self._glued.setdefault(glued, []).append(n)

    def gate(self):
        return {"latin": frozenset(self._by_anchor) | frozenset(self._glued), initialled_words: frozenset(self._by_second)}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        words = text.latin_words  # a listing's few words looked up in the tables, not the tables walked
        hits = [found for w in words if (found := self._by_anchor.get(w)) is not None]
        if text.tokens(initialled_words):  # only a title with an initial ("N. Face") asks the second rarest words
            hits += [found for w in words if (found := self._by_second.get(w)) is not None]
        glued = [w for w in words if w in self._glued]
        if not hits and not glued:
            return []
        latin = text.latin
        end = len(latin)
        if text.description:  # the title's words only: the separator where the original title ends
            sep = latin.find(FIELD_SEPARATOR)
            while sep >= 0 and text.original_span("latin", sep, sep + 1)[0] < len(text.title):
                sep = latin.find(FIELD_SEPARATOR, sep + 1)
            end = sep if sep >= 0 else end
        title = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(latin, 0, end)]
        where: dict[str, tuple[int, int, int]] = {}  # word -> first (position among the content words, start, end)
        initials: dict[str, tuple[int, int, int]] = {}  # a letter written as an initial ("N. Face") -> its place
        content = [w for w in title if w[0] not in STOP_WORDS or len(w[0]) == 1 and latin[w[2]:w[2] + 1] == "."]
        for k, (w, s, e) in enumerate(content):
            where.setdefault(w, (k, s, e))
            if len(w) == 1 and latin[e:e + 1] == ".":
                initials.setdefault(w, (k, s, e + 1))
        out = []
        seen: set[int] = set()
        for k, (w, s, e) in enumerate(content) if glued else ():
            for n in self._glued.get(w, ()):
                if n not in seen:
                    seen.add(n)
                    out.extend(self._evidence(text, self._entries[n], [(k, s, e), (k, s, e)], content, False, glued=True))
        for entries in hits:
            for n in entries:
                if n in seen:
                    continue
                seen.add(n)
                entry = self._entries[n]
                found, abbreviated = [], 0
                for word, forms in zip(entry.words, entry.forms):
                    at = min((where[f] for f in forms if f in where), default=None)
                    if at is None and len(word) > 1 and (at := initials.get(word[0])) is not None:
                        abbreviated += 1  # "N. Face": one word cut to its initial
                    if at is None:
                        break
                    found.append(at)
                else:
                    if abbreviated < len(found):  # at least one word written out
                        out.extend(self._evidence(text, entry, found, content, abbreviated > 0))
        return self.in_category(out, text, listing) if out else out

    def _evidence(self, text: ListingText, entry: _Entry, found: list[tuple[int, int, int]],
                  content: list[tuple[str, int, int]], abbreviated: bool, glued: bool = False) -> list[Evidence]:
        said = [content[k][0] for k, _, _ in found][:1 if glued else None]
        translated = ([said[0]] if glued else
                      [w for w, own in zip(said, entry.words) if w != own and len(w) > 1])
        positions = [k for k, _, _ in found]
        if not translated and not abbreviated and positions == list(range(positions[0], positions[0] + len(positions))):
            return []  # the mark as registered, its words side by side in order: the marks detector's
        # the words as the listing writes them, not as the latin view folds them ("Горячие", not "gopyachie")
        shown = [text.original[slice(*text.original_span("latin", s, e))] for _, s, e in found][:1 if glued else None]
        start, end = min(s for _, s, _ in found), max(e for _, _, e in found)
        o_start, o_end = text.original_span("latin", start, end)
        if translated and MOTIF.match(text.original, o_end):
            return []  # "Kanada kazı desenli yağmurluk": the words name what the goods show (a goose print), no maker
        field, start, end, matched = text.locate(o_start, o_end)
        fp = self.fingerprints[entry.fingerprint]
        named = False
        if translated:
            rule = Rule.translated
            # every word of the mark, translated, side by side (in either order: "Oca Canadese", "La Cara Norte"): the
            # mark as that language says it, corroborated like a misspelling (the brand's category with a cue or a price
            # below the floor); the phrase is also that language's words in their own sense ("doble uso", dual use, for
            # Double Wear; "la cara norte" of a mountain), so the category alone is not enough. Apart, they are ordinary
            # words and need a cue or a price far below the floor.
            # glued into one word ("Nordwand"), it is that language's own word (the Eiger's north face, another maker's
            # line): a counterfeit cue or a price far below the floor, like the words apart
            named = not glued and len(positions) >= 2 and sorted(positions) == list(range(min(positions), min(positions) + len(positions)))
            detail = (f"the words of '{fp.value}' translated ({', '.join(shown)}{', glued into one word' if glued else ''}); "
                      + ("side by side, the mark as that language says it: needs the brand's category and a cue or a "
                         "price below the floor" if named else
                         "ordinary words of another language: needs the brand's category and a counterfeit cue or a price "
                         "far below the floor"))
        else:
            rule = Rule.scattered
            how = "with a word cut to its initial" if abbreviated else "in another order or apart"
            detail = (f"the words of '{fp.value}' {how} ({', '.join(shown)}); "
                      + ("common words: needs the brand's category and a counterfeit cue or a price far below the floor"
                         if entry.common else "needs the brand's category and a cue or a low price"))
        return [Evidence(rule, self.weights.fuzzy_distance_1, entry.fingerprint, field, start, end, matched, fp.value,
                         detail=detail, needs_corroboration=True,
                         needs_cue=not named and (bool(translated) or entry.common or abbreviated))]

    def memory_bytes(self) -> int:
        return 200 * len(self._entries) + 80 * sum(map(len, (*self._by_anchor.values(), *self._by_second.values())))

    def stats(self) -> dict[str, int]:
        return {"scattered_mark_entries": len(self._entries)}
