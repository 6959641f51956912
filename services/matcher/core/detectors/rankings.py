"""The brand named by a corporate ranking or superlative it holds (rule exact, vocabulary "ranking"; issue 9, lore29;
outsider26's c_brand_ranking26).

A copy seller who will not write the brand names the ranking the world knows it by: "laptop 16GB – by the world's most
valuable brand – スーパーコピー" (Apple), "sneakers – by the world's largest sportswear company – replika" (Nike),
"tyre 245/40ZR18 – by the #1 tyre maker in Europe – AAA" (Michelin), "Japan's biggest carmaker" (Toyota). The registry
declares each brand's rankings (`rankings`, kind "ranking", each sourced in deploy/seed/registry.yaml) as the ranked
noun phrase without the superlative ("sportswear company", "toymaker", "fabricante de juguetes"), or with it where the
superlative is the claim itself ("most valuable brand"); a ranking held only in a region says so after " @" ("tyre
maker @europe @european": read only with one of those words beside the claim). A ranking that shifts or is disputed
(the largest smartphone maker, the largest watchmaker by revenue, the most valuable company) is not declared: it
must not name one brand.

Read loosely: the claim's words in order (the latin view) with a superlative among the four words before it or the
three after it (SUPERLATIVE: largest, biggest, No. 1/#1/number one, best-selling, most valuable; le plus grand, el
mayor, o maior, il più grande, größte/weltgrößte, grootste, największy, största, en büyük ...). A second or third place
("the second-largest sportswear company", "#2") is no claim on the first, and a region beside a claim that declares
none ("Europe's largest sportswear company") is another ranking than the world's.

A business magazine, a ranking report or a wall chart names the same rankings: like a world first (vocabulary.LORE)
the reading is a weak candidate that names the brand only among its goods beside a cue that claims a copy
(`needs_copy_cue`, vocabulary.COPY_CUE_KINDS), never by a price alone.

Gate: a claim's first word among the listing's latin words.
"""

from __future__ import annotations

from schemas import Listing
from services.matcher.core.detectors.base import VocabularyDetector
from services.matcher.core.normalise import ListingText
from services.matcher.core.scoring import Evidence

# a superlative word (latin view), alone
SUPER = frozenset({
    "largest", "biggest", "bestselling", "topselling",
    "weltgrosste", "weltgrosster", "weltgrossten", "grosste", "grosster", "grossten", "groesste", "groesster",
    "wertvollste", "wertvollster", "wertvollsten", "weltweit",  # "weltweit größter": grosster also there
    "grootste", "waardevolste", "mayor", "mayores", "maior", "maiores", "maggiore", "maggior", "najwiekszy",
    "najwieksza", "najwieksze", "najwiekszego", "najwiekszej", "najcenniejsza", "storsta", "storste", "vardefullaste",
    "buyuk", "degerli", "terbesar", "lonnhat", "pinakamalaking", "suurin", "arvokkain", "nejvetsi", "legnagyobb",
})
# a superlative of two words: the second word after the first
SUPER_PAIRS = frozenset({("most", "valuable"), ("best", "selling"), ("top", "selling"), ("no", "1"), ("nr", "1"),
                         ("number", "one"), ("numero", "uno"), ("numero", "1"), ("plus", "grand"), ("plus", "grande"),
                         ("plus", "grands"), ("plus", "valorisee"), ("plus", "precieuse"), ("mas", "grande"),
                         ("mas", "valiosa"), ("mas", "valioso"), ("mais", "valiosa"), ("mais", "valioso"),
                         ("piu", "grande"), ("piu", "preziosa"), ("piu", "prezioso"), ("en", "buyuk"),
                         ("en", "degerli"), ("n", "1"), ("no", "one"), ("mest", "vardefulla"), ("mest", "vardefullt")})
# a place below the first: "the second-largest", "#2", "zweitgrößte", "segundo mayor"
NOT_FIRST = frozenset({"second", "third", "fourth", "fifth", "2nd", "3rd", "4th", "5th", "zweitgrosste",
                       "zweitgrosster", "drittgrosste", "segundo", "segunda", "tercer", "tercero", "terceiro",
                       "deuxieme", "troisieme", "secondo", "seconda", "terzo", "tweede", "derde", "drugi", "druga",
                       "trzeci", "andra", "tredje", "ikinci", "among", "entre", "unter", "tra"})
# a region that makes a ranking another than the world's (a claim declares its own with " @region")
REGIONS = frozenset({
    "europe", "european", "europas", "europa", "europeen", "europeenne", "europeo", "europea", "japan", "japanese",
    "japon", "japonais", "japones", "japonesa", "giappone", "america", "american", "americas", "us", "usa", "u",
    "amerika", "germany", "german", "germanys", "deutschland", "deutsche", "deutscher", "allemand", "alemana",
    "france", "french", "frankreich", "francais", "francesa", "britain", "british", "uk", "england", "english",
    "italy", "italian", "italia", "italiano", "italiana", "korea", "korean", "coree", "corea", "china", "chinese",
    "chine", "chinois", "swiss", "switzerland", "schweiz", "suisse", "suiza", "svizzera", "asia", "asian", "asie",
    "india", "indian", "denmark", "danish", "danemark", "dutch", "netherlands", "sweden", "swedish", "spain",
    "spanish", "espana", "canada", "canadian", "africa", "african", "brazil", "brasil", "mexico", "australia",
    "russia", "turkey", "turkiye", "poland", "polska", "nordic", "scandinavia", "scandinavian", "latin",
})
# the words that may stand between the superlative and the claim: "the world's largest", "Europe's biggest", "le plus
# grand fabricant", "der weltgrößte", "the largest European sportswear company" (a region: REGIONS decides)
FILLER = frozenset({"the", "s", "world", "worlds", "global", "globally", "in", "of", "on", "by", "a", "an", "de", "du",
                    "la", "le", "les", "el", "los", "las", "del", "der", "die", "das", "des", "dem", "il", "lo", "al",
                    "mondo", "monde", "mundo", "welt", "planet", "earth", "dunyanin", "dunya", "swiata", "varldens",
                    "do", "da", "mondiale", "mundial", "maailman"}) | REGIONS
SKIP = 4  # at most so many filler words between them


def _first_place(words: list[str], at: int) -> bool:
    """Not a second place ("second-largest", "#2") nor one among several ("one of the largest", "among the biggest")."""
    near = words[max(0, at - 3):at]
    return not (any(w in NOT_FIRST for w in near) or "one" in near and "of" in near)


def _superlative_at(words: list[str], j: int, latin: str, tokens: list[tuple[str, int, int]]) -> int | None:
    """Where the superlative ending at words[j] begins, if one does."""
    w = words[j]
    if w in SUPER:
        return j
    if j > 0 and (words[j - 1], w) in SUPER_PAIRS:
        return j - 1
    if w == "1" and tokens[j][1] > 0 and latin[tokens[j][1] - 1] == "#":
        return j
    return None


def _before(words: list[str], k: int, latin: str, tokens: list[tuple[str, int, int]]) -> int | None:
    """Where a first place's superlative just before words[k] begins (at most SKIP filler words between)."""
    for j in range(k - 1, max(-1, k - SKIP - 2), -1):
        at = _superlative_at(words, j, latin, tokens)
        if at is not None:
            return at if _first_place(words, at) else None
        if words[j] not in FILLER:
            return None
    return None


def _after(words: list[str], end: int) -> int | None:
    """Where a first place's superlative just after the claim ends ("la marca ... más valiosa del mundo")."""
    for j in range(end, min(len(words), end + SKIP + 1)):
        w = words[j]
        if w in SUPER:
            return j if _first_place(words, j) else None
        if j + 1 < len(words) and (w, words[j + 1]) in SUPER_PAIRS:
            return j + 1 if _first_place(words, j) else None
        if w not in FILLER:
            return None
    return None


class RankingDetector(VocabularyDetector):
    """The ranked noun phrases by their first word (VocabularyDetector._by_first)."""

    name = "rankings"
    kinds = frozenset({"ranking"})

    def __init__(self, catalogue) -> None:
        super().__init__(catalogue)
        self._regions: dict[int, frozenset[str]] = {}

    def add(self, i, fp):
        if getattr(fp, "vocabulary", None) in self.kinds:
            claim, *regions = fp.value.split(" @")
            words = self.words(claim)
            if not words:
                return f"no letters or digits in {fp.vocabulary} {fp.value!r}"
            self._by_first.setdefault(words[0], []).append((words, i))
            self._regions[i] = frozenset(w for r in regions for w in self.words(r))
            return None
        return None

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        latin = text.latin
        tokens, words = self.latin_words(text)
        out: list[Evidence] = []
        for k in self.openings(words):
            for entry, i in self.starting(words, k):
                end = k + len(entry)
                self_claimed = any(w in SUPER for w in entry) or any(p in SUPER_PAIRS for p in zip(entry, entry[1:]))
                if self_claimed:
                    if not _first_place(words, k):
                        continue
                    a_, b_ = k, end + 3  # "the world's most valuable brand", "America's most valuable brand"
                elif (at := _before(words, k, latin, tokens)) is not None:
                    a_, b_ = at, end + 3  # "Europe's largest sportswear company", "the #1 tyre maker in Europe"
                elif (at := _after(words, end)) is not None:
                    a_, b_ = k, at + 4  # "la marca deportiva más grande de Europa"
                else:
                    continue
                # a region beside it: the words just before the superlative, those between, and a few after
                near = set(words[max(0, a_ - 2):b_]) & REGIONS - set(entry)
                regions = self._regions.get(i, frozenset())
                if near and not near & regions or regions and not near and "world" not in regions:
                    continue
                a, b = tokens[k][1], tokens[end - 1][2]
                if (e := self.claimed(text, i, a, b, "the brand named by a ranking it holds")) is not None:
                    out.append(e)
        return self.in_category(out, text, listing) if out else out

    def stats(self) -> dict[str, int]:
        return {"rankings": sum(map(len, self._by_first.values()))}
