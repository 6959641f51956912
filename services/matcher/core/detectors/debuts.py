"""A model named only by its debut year and its shape (rule exact, vocabulary "debut"; issue 9, lore29; outsider26's
c_model_debut_year26).

A copy seller who will write neither the brand nor the model names the year the model came out and what it looks
like, as its collectors do: "The 1953 dive watch – black ceramic 41mm – AAA" (the Rolex Submariner), "'85 hi-tops,
red/black – replica" (the Nike Air Jordan 1), "the 1873 riveted jeans – mirror quality" (Levi's 501), "the 1969 moon
chronograph" (the Omega Speedmaster), "the 1914 trench" (Burberry). The registry declares each model's debut
(`debuts`, kind "debut", each sourced in deploy/seed/registry.yaml) as the year and the shape's words, "1953 dive
watch", "1985 hi tops", one entry for each way the shape is said.

Read: the shape's words in order (the latin view: any case, accents and hyphens) with the year among the three words
before them ("1953 dive watch", "the 1953 Swiss dive watch", "'85 hi-tops": two digits only after an apostrophe) or,
after a word such as "of", "from", "de", "von", "del", among the three words after them ("la montre de plongée de
1953"). The shape alone ("dive watch", "hi-tops") and the year alone are how any such goods are described.

A genuine vintage piece is sold by its year too ("Rolex Submariner 5513 (1966) – vintage"), and a history book tells the
debut: like a world first (vocabulary.LORE) the reading is a weak candidate that names the brand only among its goods
beside a cue that claims a copy (`needs_copy_cue`, vocabulary.COPY_CUE_KINDS), never by a price alone.

Gate: a shape's first word among the listing's latin words.
"""

from __future__ import annotations

from schemas import Listing
from services.matcher.core.detectors.base import VocabularyDetector
from services.matcher.core.normalise import ListingText
from services.matcher.core.scoring import Evidence

BEFORE, AFTER = 3, 3
# a word that puts the year after the shape: "dive watch of 1953", "la montre de plongée de 1953", "Taucheruhr von 1953"
OF = frozenset({"of", "from", "since", "de", "del", "des", "du", "da", "do", "di", "dal", "dello", "della", "von", "vom",
                "aus", "seit", "van", "uit", "z", "ze", "od", "fran", "av", "fra", "in", "en", "anno", "ano", "jahrgang",
                "circa", "ca", "c"})
APOSTROPHES = "'’‘`´"


class DebutDetector(VocabularyDetector):
    """The shapes by their first word; each entry keeps its year."""

    name = "debuts"
    kinds = frozenset({"debut"})

    def add(self, i, fp):
        if getattr(fp, "vocabulary", None) not in self.kinds:
            return None
        words = self.words(fp.value)
        if len(words) < 2 or not (words[0].isdigit() and len(words[0]) == 4):
            return f"a debut is a year and the shape's words: {fp.value!r}"
        self._by_first.setdefault(words[1], []).append((words[1:], i, words[0]))
        return None

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        latin = text.latin
        tokens, words = self.latin_words(text)
        out: list[Evidence] = []
        for k in self.openings(words):
            for shape, i, year in self._by_first[words[k]]:
                end = k + len(shape)
                if tuple(words[k:end]) != shape:
                    continue
                at = None
                for j in range(k - 1, max(-1, k - BEFORE - 1), -1):
                    w = words[j]
                    if w == year or (w == year[2:] and tokens[j][1] > 0 and latin[tokens[j][1] - 1] in APOSTROPHES):
                        at = j
                        break
                if at is None:
                    for j in range(end, min(len(words), end + AFTER)):
                        if words[j] == year and j > end - 1 and any(w in OF for w in words[end:j]):
                            at = j
                            break
                if at is None:
                    continue
                a, b = min(tokens[at][1], tokens[k][1]), max(tokens[at][2], tokens[end - 1][2])
                if at < k and latin[a - 1:a] in APOSTROPHES:
                    a -= 1
                if (e := self.claimed(text, i, a, b, "the model named by its debut year and shape")) is not None:
                    out.append(e)
        return self.in_category(out, text, listing) if out else out

    def stats(self) -> dict[str, int]:
        return {"debuts": sum(map(len, self._by_first.values()))}
