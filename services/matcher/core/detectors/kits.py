"""A club's or a national team's current shirt named by club and season only, never its kit maker (rule kit).

Fake football shirts are titled by what buyers look for: "Real Madrid 24/25 home shirt, player version", "Bayern
München Trikot 24/25 heim", "Brazil 2026 World Cup home jersey". The shirt carries its kit maker's marks (the swoosh,
the three stripes, the formstrip), so a copy of it is a copy of the kit maker's goods too; the listing names only the
club, a third party's mark that the kit maker does not own. The registry lets a kit maker declare the clubs and teams
whose kits it makes now (`kits`, kind "kit": "Real Madrid", "Man City", "Brazil"); this detector alone reads them, and
never alone:
- the club's name in the title, with a season of the listing's own time (a season "24/25", "2024/25" or a year whose
  first year is at most two before the year the listing was seen, or one after: the registry holds the current
  contracts; a "1998/99" or "2005" shirt is another era's, maybe another maker's, and a retro or vintage shirt is a
  collector's), and a word for the shirt or its kind ("shirt", "jersey", "kit", "Trikot", "camiseta", "maillot",
  "maglia", "home", "away", "player version");
- a club the maker lists is named by the club's own name only, so the evidence is a weak candidate that needs the
  maker's category (soccer) with a cue or a price below the floor, like a misspelt mark: genuine club merchandise at a
  shop's price, tickets, scarves and calendars stay quiet.
The evidence says which club, which season and that the maker is implied, for the notice: the club is no mark of the
brand's. A title that names a kit maker by its own mark ("Nike Manchester United home shirt 24/25") says whose shirt it
is: no other maker's club is then read (the named maker's own marks are found by the mark detectors).

Gate: a kit's first word among the listing's latin words.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import WORD, Catalogue, VocabularyDetector
from services.matcher.core.normalise import FIELD_SEPARATOR, ListingText
from services.matcher.core.scoring import Evidence

# a season: 2024/25, 24/25, 2024-2025, 2024/2025, 24-25; or a year alone (2026 World Cup)
_SEASON = re.compile(r"(?<![0-9])(?:20)?([0-9]{2})\s?[/-]\s?(?:20)?([0-9]{2})(?![0-9])|(?<![0-9./-])(20[0-9]{2})(?![0-9./-])")
# words for the shirt or its kind, in the languages of the markets that sell club shirts (as a shop titles them)
SHIRT_WORDS = ("shirt", "shirts", "jersey", "jerseys", "kit", "kits", "trikot", "trikots", "camiseta", "camisetas", "camisa",
               "maillot", "maillots", "maglia", "maglie", "tenue", "shirtje", "tenue", "koszulka", "forma", "formasi",
               "forması", "jersi", "baju", "áo", "home", "away", "third", "heim", "auswärts", "auswarts", "local",
               "visitante", "domicile", "exterieur", "extérieur", "casa", "trasferta", "thuis", "uit", "player version",
               "fan version", "футболка", "форма", "قميص")
# a shirt of another era or a collector's, whatever its season says
OLD = ("retro", "vintage", "classic", "throwback", "1990s", "90s", "reissue", "réédition", "klassiker")
FIELD = FIELD_SEPARATOR


class KitDetector(VocabularyDetector):
    """The kits by their first word (VocabularyDetector._by_first); every brand's marks and aliases by brand."""

    name = "kits"
    kinds = frozenset({"kit"})

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._marks: dict[int, set[tuple[str, ...]]] = {}  # brand position -> its marks' and aliases' words
        self._makers: set[int] = set()  # brand positions of the kit makers (a brand that declares a kit)
        self._shirt = frozenset(w for word in SHIRT_WORDS for w in [" ".join(self.words(word))] if w)
        self._old = frozenset(" ".join(self.words(w)) for w in OLD)

    def add(self, i: int, fp) -> str | None:
        if isinstance(fp, MarkFingerprint) and fp.vocabulary is None and (words := self.words(fp.value)):
            self._marks.setdefault(self.catalogue.fingerprint_brand[i], set()).add(words)
        return super().add(i, fp)

    def take(self, i: int, fp: MarkFingerprint, words: tuple[str, ...]) -> None:
        super().take(i, fp, words)
        self._makers.add(self.catalogue.fingerprint_brand[i])

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        latin = text.latin
        end = latin.find(FIELD)
        title = latin if end < 0 else latin[:end]
        tokens = [(m.group(), m.start(), m.end()) for m in WORD.finditer(title)]
        words = [w for w, _, _ in tokens]
        joined = " ".join(words)
        if not any(f" {s} " in f" {joined} " for s in self._shirt) or any(f" {o} " in f" {joined} " for o in self._old):
            return []
        season = self._season(title, listing.observed_at.year)
        if season is None:
            return []
        out: list[Evidence] = []
        seen: set[int] = set()
        makers: set[int] | None = None  # kit makers the title names by a mark of theirs (made when a club is found)
        for k in range(len(words)):
            for club, i in self.starting(words, k):
                if i in seen:
                    continue
                if makers is None:
                    makers = {b for b in self._makers if any(f" {' '.join(m)} " in f" {joined} " for m in self._marks.get(b, ()))}
                if makers and self.catalogue.fingerprint_brand[i] not in makers:
                    continue  # the title names the shirt's maker, another one
                seen.add(i)
                field, s, e, matched = text.locate(*text.original_span("latin", tokens[k][1],
                                                                       tokens[k + len(club) - 1][2]))
                maker = self.catalogue.brand(i).name
                out.append(Evidence(Rule.kit, self.weights.fuzzy_distance_1, i, field, s, e, matched, matched,
                                    detail=f"a {season} shirt of '{matched}', whose kits {maker} makes: the maker's "
                                           "goods named by the club alone (the club's name is no mark of the "
                                           "brand's); needs the brand's category and a cue or a price below the floor",
                                    needs_corroboration=True))
        return self.in_category(out, text, listing) if out else out

    @staticmethod
    def _season(title: str, year: int) -> str | None:
        """The first season or year in the title that is of the listing's time (its first year from two before
        `year` to one after), as written; None if none is."""
        for m in _SEASON.finditer(title):
            if m.group(3):
                first = int(m.group(3))
            else:
                a, b = int(m.group(1)), int(m.group(2))
                if (a + 1) % 100 != b:
                    continue  # not a season (a size "10/11", a date)
                first = 2000 + a
            if year - 2 <= first <= year + 1:
                return m.group().strip()
        return None

    def stats(self) -> dict[str, int]:
        return {"kits": sum(map(len, self._by_first.values()))}
