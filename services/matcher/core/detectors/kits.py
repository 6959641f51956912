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

A club or a team is as often named by its nickname (issue 9, lore; outsider22's c_club_nickname_kit22): "Los Blancos
26/27 home shirt", "Blaugrana", "Rossoneri", "Cityzens", "Canarinho", "Les Bleus", "The Gunners". The registry lists
the nicknames beside the club's name in the maker's `kits`, read alike. A nickname's leading article ("the", "los", "les",
"la", "die" ...) is written as the fans write it and must stand before it; the entry is kept by its first word after the
article, so that the gate is not opened by every "the". The football-shirt copy trade's own grade, "Thai version",
"Thai quality" (shirts from the Thai replica workshops, as the fake-shirt guides of collectors' shops and the press
describe the trade: Classic Football Shirts' "how to spot a fake", The Athletic's reports on the fake shirt trade,
2023), is a cue that claims a copy beside a current club shirt (THAI_GRADES): read here only, where the shirt is one
of the maker's (a "Thai version" phone or game is a region's edition).

Gate: a kit's first word (after its article) among the listing's latin words.
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
               "fan version", "футболка", "форма", "قميص",
               # German writes the kind glued to the shirt (lore25): Heimtrikot, Auswärtstrikot, Ausweichtrikot
               "heimtrikot", "auswärtstrikot", "ausweichtrikot", "fantrikot", "spielertrikot")
# a shirt of another era or a collector's, whatever its season says
OLD = ("retro", "vintage", "classic", "throwback", "1990s", "90s", "reissue", "réédition", "klassiker")
FIELD = FIELD_SEPARATOR
# the articles a nickname is written with ("Los Blancos", "Les Bleus", "The Gunners", "Die Roten", "La Albiceleste")
ARTICLES = frozenset({"the", "los", "las", "la", "le", "les", "el", "il", "gli", "lo", "i", "die", "der", "das", "de",
                      "het", "os", "as", "o", "a"})
# the football-shirt copy trade's grade of a copy (see the module's docstring): a cue beside a current club shirt only
_THAI = re.compile(r"\bthai(?:land)?[ -](?:version|quality|grade|aaa|copy|made)\b|\bversi[oó]n tailandesa\b"
                   r"|\bversion tha[iï]landaise\b|\bqualit[àa] thailandese\b|\bthai[ -]?qualit[äa]t\b", re.I)


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
        """Kept by its first word after a leading article ("los blancos" by "blancos"): (words, article or None)."""
        article = words[0] if len(words) > 1 and words[0] in ARTICLES else None
        core = words[1:] if article else words
        self._by_first.setdefault(core[0], []).append((core, i, article))
        self._makers.add(self.catalogue.fingerprint_brand[i])

    def clubs_at(self, words: list[str], k: int):
        """(first word's position, words' count, fingerprint) of each kit whose words (after its article, which must
        stand before them) are words[k:]."""
        for core, i, article in self._by_first.get(words[k], ()):
            if tuple(words[k:k + len(core)]) != core:
                continue
            if article is None:
                yield k, len(core), i
            elif k > 0 and words[k - 1] == article:
                yield k - 1, len(core) + 1, i

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
        spans: set[tuple[int, int]] = set()  # "Los Blancos" and "Blancos" are one mention
        thai_for: set[str] = set()
        makers: set[int] | None = None  # kit makers the title names by a mark of theirs (made when a club is found)
        for k in range(len(words)):
            for first, count, i in sorted(self.clubs_at(words, k), key=lambda c: -c[1]):  # the longest first
                if i in seen:
                    continue
                if makers is None:
                    makers = {b for b in self._makers if any(f" {' '.join(m)} " in f" {joined} " for m in self._marks.get(b, ()))}
                if makers and self.catalogue.fingerprint_brand[i] not in makers:
                    continue  # the title names the shirt's maker, another one
                seen.add(i)
                if any(a <= k < b for a, b in spans):
                    continue
                spans.add((first, first + count))
                field, s, e, matched = text.locate(*text.original_span("latin", tokens[first][1],
                                                                       tokens[first + count - 1][2]))
                maker = self.catalogue.brand(i).name
                out.append(Evidence(Rule.kit, self.weights.fuzzy_distance_1, i, field, s, e, matched, matched,
                                    detail=f"a {season} shirt of '{matched}', whose kits {maker} makes: the maker's "
                                           "goods named by the club alone (the club's name is no mark of the "
                                           "brand's); needs the brand's category and a cue or a price below the floor",
                                    needs_corroboration=True))
                if maker in thai_for:
                    continue
                thai_for.add(maker)
                if (thai := _THAI.search(listing.title)) is not None:
                    said = thai.group()
                    out.append(Evidence(Rule.cue, self.weights.cue, i, "title", thai.start(), thai.end(), said,
                                        term=said, detail=f"the football-shirt copy trade's grade '{said}' beside a "
                                                          "current club shirt"))
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
