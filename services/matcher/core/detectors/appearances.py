"""Medicines and medical devices named by their look (rule appearance): the colour, shape, strength and form of the
brand's own product as its label describes it, declared by the brand (`appearances`, kind "appearance": "blue diamond
100 mg tablet" for Viagra, "white elliptical 20 mg tablet" for Lipitor, "35 mm 14 day sensor" for FreeStyle Libre 2).
A seller of loose or unboxed copies who will not write the brand describes the tablet the buyer knows ("Blue
diamond-shaped 100 mg film-coated tablets x30, no prescription").

Source of the words: the product's US label (DailyMed, "How Supplied/Storage and Handling": Viagra "blue, film-coated,
rounded-diamond-shaped tablets equivalent to 25 mg, 50 mg or 100 mg of sildenafil"; Lipitor "white elliptical, film-coated
tablets of atorvastatin calcium containing 10, 20, 40 or 80 mg") or the maker's product information (Bayer's Aspirin:
white round tablets embossed with the Bayer cross; Abbott's FreeStyle Libre 2 sensor, 35 mm across, worn 14 days).

How found: the entry's words are features, each found among the latin view's letter and digit pieces (a plural "s"
dropped), all within WINDOW pieces of one another: a number (the strength or size) as written; its unit ("mg", "mm")
may be left out ("Blue diamond 100"); a colour, shape or form word by its group (COLOURS, SHAPES, FORMS: "oval" for
"elliptical", "rhombus" for "diamond", "blau"/"bleu"/"azul" for "blue", every dose form of goods_codes.DOSE_FORMS for
"tablet"); any other word as written ("cross", "sensor", "day").

A generic of the same medicine looks the same (sildenafil tablets are often blue diamonds too): the look is a weak
candidate that needs a counterfeit cue (`needs_cue`: a copy word, or a sale without prescription, goods_codes.UNLICENSED,
which is its own cue here as for an imprint), and it yields where the listing names the medicine's generic name (INNS,
the WHO's International Nonproprietary Names of the registered brands' medicines) or calls itself a generic, and where
it is dispensed on prescription (goods_codes.on_prescription): a licensed pharmacy's generic, not the brand's copy. A
listing of tablets is in the brand's category whatever it is filed under (a category evidence says so, as for an imprint).

Gate: one of the entries' rarest words (a shape or a literal word) among the latin words.
"""

from __future__ import annotations

import re

from schemas import Listing, MarkFingerprint, Rule
from services.matcher.core.detectors.base import Catalogue, Detector
from services.matcher.core.detectors.goods_codes import DOSE_FORMS, GoodsCodeDetector, on_prescription
from services.matcher.core.normalise import ListingText, latin_text
from services.matcher.core.scoring import Evidence

WINDOW = 12  # pieces (letter or digit runs) all features of one look must fall within
_PIECE = re.compile(r"[a-z]+|[0-9]+(?:[.,][0-9]+)?")
UNITS = frozenset({"mg", "mcg", "g", "mm", "cm", "ml", "iu", "ug"})
# word groups: the label's word -> the words a listing may write for it (English, and the markets' main languages)
COLOURS = {
    "blue": {"blue", "blau", "blaue", "blauen", "bleu", "bleue", "bleus", "azul", "azules", "blu", "niebieski", "niebieskie",
             "blauw", "sininen", "siniy", "sinie", "golubye", "mavi", "biru"},
    "white": {"white", "weiss", "weisse", "weissen", "blanc", "blanche", "blanches", "blanco", "blanca", "blancos",
              "blancas", "bianco", "bianca", "bianche", "branco", "branca", "brancos", "bialy", "biale", "wit", "witte",
              "valkoinen", "belye", "beyaz", "putih"},
}
SHAPES = {
    "diamond": {"diamond", "rhomb", "rhombus", "rhombic", "rhomboid", "losange", "raute", "rauten", "rombo", "rombos",
                "romboidal", "rombico", "romb", "romby", "baklava"},
    "elliptical": {"elliptical", "elliptic", "ellipse", "oval", "ovale", "ovales", "ovalado", "ovalados", "ovalada",
                   "ovalen", "ovaal", "owalne", "ovalnye"},
    "round": {"round", "circular", "rund", "runde", "runden", "rond", "ronde", "rondes", "redondo", "redonda",
              "redondos", "redondas", "rotondo", "rotonde", "okragle", "rond", "kruglye", "yuvarlak", "bulat"},
}
FORMS = {"tablet": set(DOSE_FORMS) - {"caplet", "caplets", "capsule", "capsules", "caps"},
         "caplet": {"caplet", "caplets"}}
GROUPS = {**COLOURS, **SHAPES, **FORMS}
# the WHO International Nonproprietary Names of the registered brands' medicines (and "generic"): a listing that names
# the molecule sells a generic of it, not the brand's tablet (WHO INN lists; the US labels' "established name")
INNS = frozenset({"sildenafil", "atorvastatin", "apixaban", "rivaroxaban", "tadalafil", "vardenafil", "varenicline",
                  "nirmatrelvir", "ritonavir", "ciprofloxacin", "acetylsalicylic", "acetylsalicylsaure", "paracetamol",
                  "acetaminophen", "ibuprofen", "naproxen", "loratadine", "clotrimazole", "dexpanthenol", "generic",
                  "generics", "generico", "generica", "generique", "generikum", "generika"})


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def features(value: str) -> tuple[tuple[frozenset[str], bool], ...]:
    """An entry's features: (the words that stand for it, is a number), units dropped. "blue diamond 100 mg tablet" ->
    (blue's group, False), (diamond's group, False), ({"100"}, True), (the dose forms, False)."""
    out = []
    for piece in _PIECE.findall(latin_text(value)):
        if piece in UNITS:
            continue
        if piece[0].isdigit():
            out.append((frozenset({piece.replace(",", ".")}), True))
        else:
            word = _singular(piece)
            group = GROUPS.get(word) or GROUPS.get(piece)
            out.append((frozenset({_singular(w) for w in group} | set(group)) if group else frozenset({word, piece, word + "s"}), False))
    return tuple(out)


class AppearanceDetector(Detector):
    name = "appearances"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__(catalogue)
        self._looks: list[tuple[int, tuple[tuple[frozenset[str], bool], ...]]] = []
        self._gate: set[str] = set()

    def add(self, i: int, fp) -> str | None:
        if not isinstance(fp, MarkFingerprint) or fp.vocabulary != "appearance":
            return None
        found = features(fp.value)
        words = [f for f, number in found if not number]
        if len(found) < 3 or not any(number for _, number in found) or not words:
            return f"an appearance is three features or more, a number among them (blue diamond 100 mg tablet): {fp.value!r}"
        self._looks.append((i, found))
        # the smallest group (a literal word, the longest first: "sensor" before "day"; else a shape), not the dose forms
        rare = min(words, key=lambda group: (len(group), -max(map(len, group))))
        self._gate |= rare
        return None

    def gate(self):
        return {"latin": frozenset(self._gate)} if self._looks else {}

    def detect(self, text: ListingText, listing: Listing) -> list[Evidence]:
        latin = text.latin
        pieces = [(m.group().replace(",", "."), m.start(), m.end()) for m in _PIECE.finditer(latin)]
        at: dict[str, list[int]] = {}
        for k, (p, _, _) in enumerate(pieces):
            at.setdefault(p, []).append(k)
            if p.isalpha() and (s := _singular(p)) != p:
                at.setdefault(s, []).append(k)
        out: list[Evidence] = []
        for i, found in self._looks:
            spots = [sorted({k for w in words for k in at.get(w, ())}) for words, _ in found]
            if not all(spots):
                continue
            span = self._window(spots)
            if span is None:
                continue
            if not INNS.isdisjoint(text.latin_words) or on_prescription(text) is not None:
                continue  # a generic of the medicine, or a pharmacy's sale on prescription
            a, b = pieces[span[0]][1], pieces[span[1]][2]
            field, s, e, matched = text.locate(*text.original_span("latin", a, b))
            fp = self.fingerprints[i]
            out.append(Evidence(Rule.appearance, self.weights.fuzzy_distance_1, i, field, s, e, matched, fp.value,
                                needs_corroboration=True, needs_cue=True,
                                detail=f"the look of the brand's own product as its label describes it ('{fp.value}'); a "
                                       "generic may look the same: needs the brand's category and a counterfeit cue"))
            dose = GoodsCodeDetector._dose_form(text)
            if dose:
                out.append(Evidence(Rule.category, self.weights.category, i, "category", None, None, dose, term=dose,
                                    detail=f"a listing of tablets ('{dose}'): the medicine's goods"))
            if (sale := GoodsCodeDetector._unlicensed(text)) is not None:
                out.append(Evidence(Rule.cue, self.weights.cue, i, *sale, term=f"no prescription: {sale[3]}",
                                    detail="a prescription medicine offered without a prescription, beside its look"))
        if not out:
            return out
        kept = [e for e in out if e.rule is not Rule.appearance or any(
            x.rule is Rule.category and x.fingerprint == e.fingerprint for x in out)]
        return kept + self.in_category([e for e in out if e not in kept and e.rule is Rule.appearance], text, listing)

    @staticmethod
    def _window(spots: list[list[int]]) -> tuple[int, int] | None:
        """The first and last piece of the tightest choice of one position per feature within WINDOW, or None."""
        best = None
        for k in spots[0]:
            chosen = [k]
            for positions in spots[1:]:
                near = min(positions, key=lambda p: abs(p - k))
                chosen.append(near)
            lo, hi = min(chosen), max(chosen)
            if hi - lo <= WINDOW and (best is None or hi - lo < best[1] - best[0]):
                best = (lo, hi)
        return best

    def memory_bytes(self) -> int:
        return 200 * len(self._looks)

    def stats(self) -> dict[str, int]:
        return {"appearances": len(self._looks)}
