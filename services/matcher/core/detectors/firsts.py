"""The brand named by a famous 'world first' it is known for (rule exact, vocabulary "first"; issue 9, lore28;
outsider25's c_world_first25).

A copy seller who will not write the brand names what the world knows it did first: "dive watch 41mm – from the makers
of the first waterproof wristwatch (1926) – AAA", "cyclone vacuum by the inventor of the bagless vacuum – copy",
"summer tyre, from the company of the first radial tyre – réplica", "instant coffee 200g – by the makers of the first
instant coffee (1938) – копия". The registry declares each brand's famous firsts (`firsts`, kind "first", each sourced
in deploy/seed/registry.yaml) as the claim's noun phrase without the word "first" ("waterproof wristwatch", "bagless
vacuum", "radial tyre", "production ABS"), in the languages it is told in.

Read loosely: the claim's words in order (the latin view: any case, accents and hyphens), with a word for "first" or
"invented" among the three words before it, in English, French, Spanish, Portuguese, Italian, German, Dutch, Polish,
Swedish and Turkish (FIRST), or "first-ever", "world's first". The claim alone ("waterproof wristwatch", "radial
tyre") is how any such goods are described and names nobody.

A history book, a museum print or an anniversary poster tells the same first: like a screen moment (vocabulary.LORE)
the reading is a weak candidate that names the brand only among its goods beside a cue that claims a copy
(`needs_copy_cue`, vocabulary.COPY_CUE_KINDS), never by a price alone.

Gate: a claim's first word among the listing's latin words.
"""

from __future__ import annotations

from schemas import Listing
from services.matcher.core.detectors.base import VocabularyDetector
from services.matcher.core.normalise import ListingText
from services.matcher.core.scoring import Evidence

# a word for "first" or for its invention (latin view: lower case, no accents), within BEFORE words of the claim
FIRST = frozenset({
    "first", "1st", "firstever", "pioneer", "pioneers", "pioneered", "invented", "inventor", "inventors", "invention",
    "premier", "premiere", "premiers", "premieres", "inventeur", "inventeurs", "invente", "inventee",  # fr
    "primer", "primera", "primero", "primeros", "primeras", "inventor", "inventores", "invento", "inventaron",  # es
    "primeiro", "primeira", "inventou",  # pt
    "primo", "prima", "inventore", "inventori", "inventato", "inventata",  # it
    "erste", "erster", "ersten", "erstes", "erfinder", "erfunden", "erfand",  # de
    "eerste", "uitvinder", "uitgevonden",  # nl
    "pierwszy", "pierwsza", "pierwsze", "pierwszego", "pierwszej", "wynalazca",  # pl
    "forsta", "uppfinnare",  # sv
    "ilk", "mucidi",  # tr
    "pervyi", "pervye", "pervaya", "pervogo",  # ru, as the latin view may write it
})
BEFORE = 3  # the claim at most two words after it ("the first ever waterproof wristwatch", "first car ABS")
# "first" as a grade or a turn, not a claim: "first copy" (the Indian trade's word for a copy), "first quality",
# "primeira linha", "erste Wahl", "first owner", "first hand": a word of these between it and the claim voids it
NOT_A_CLAIM = frozenset({
    "copy", "copies", "copie", "copia", "kopia", "kopie", "quality", "class", "grade", "rate", "hand", "owner", "choice",
    "batch", "edition", "line", "order", "time", "generation", "gen", "version", "model", "calidad", "clase", "linea",
    "linha", "qualidade", "qualita", "qualite", "choix", "classe", "wahl", "klasse", "qualitat", "sort", "kwaliteit",
    "jakosci", "klasa", "mano", "main", "hand", "lot", "run", "series", "my", "our", "your", "his", "her", "their"})


class FirstsDetector(VocabularyDetector):
    """The claims by their first word (VocabularyDetector._by_first)."""

    name = "firsts"
    kinds = frozenset({"first"})

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        tokens, words = self.latin_words(text)
        out: list[Evidence] = []
        for k in self.openings(words):
            for entry, i in self.starting(words, k):
                first = next((j for j in range(k - 1, max(-1, k - BEFORE - 1), -1) if words[j] in FIRST), None)
                if first is None or any(w in NOT_A_CLAIM for w in words[first + 1:k]):
                    continue
                a, b = tokens[first][1], tokens[k + len(entry) - 1][2]
                if (e := self.claimed(text, i, a, b, "the brand named by a famous first it is known for")) is not None:
                    out.append(e)
        return self.in_category(out, text, listing) if out else out

    def stats(self) -> dict[str, int]:
        return {"firsts": sum(map(len, self._by_first.values()))}

