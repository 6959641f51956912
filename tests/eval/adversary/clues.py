"""The adversary's crossword-clue classes (naming, 2026-12-03): the brand named by the letters of its name, counted and
given by their first or last letter, and the same clues where nobody names a brand.

Written from first principles (a seller who will not write the brand sets the buyer a puzzle: how many letters, which
letter it starts with, which it ends with; in each market's language and word order; not from a held-out set's strings):
"brand: 5 letters, starts with R", "marque en 7 lettres qui commence par C", "Marke mit 4 Buchstaben, endet auf E",
"marca de 5 letras que empieza por D y termina en N", "6 ve 5 harf, C ve G ile başlar", "бренд из 5 букв, начинается на
O", "7글자 S로 시작", "五个字母 G开头", "Nで始まる8文字". The name is the brand's own (BrandView.name), its letters only.

- crossword_clue: such a clue (a count and a letter, or a first and a last letter; two words' counts for a name of two
  words) in the brand's category with a cue that claims a copy, in the title or the description.
- trap_crossword_clue: the same puzzles where no brand is named: crossword and word-game books, Scrabble tiles, letter
  sets for children, personalised name jewellery and mugs; and the clue among the brand's goods with no copy cue.
"""

from __future__ import annotations

import unicodedata

from functools import cache

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, brand_views

EVASIONS = {
    "crossword_clue": "the brand's name as a crossword clue: '5 letters, starts with R, ends with X', 'marque en 7 "
                      "lettres qui commence par C', '6 ve 5 harf, C ve G ile başlar', '7글자 S로 시작', '五个字母 G开头', "
                      "in the brand's category with a cue that claims a copy",
}
TRAPS = {
    "trap_crossword_clue": "letter-count puzzles naming no brand: crossword and word-game books, Scrabble, letter sets, "
                           "personalised name goods; and the brand's clue among its goods with no copy cue",
}


def _words(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name.casefold())
    out = ["".join(c for c in w if "a" <= c <= "z") for w in folded.replace("-", " ").split()]
    return [w for w in out if w]


# language: (brand words before a count, brand words alone, count frame, first frame, last frame, two-word count frame,
# two-word first frame, cues that claim a copy as the matcher's lexicon holds them)
LANGS = {
    "en": (["brand:", "designer of", "maker with", "brand with"], ["brand", "designer", "the brand"], "{n} letters",
           "starts with {f}", "ends with {l}", "{a} and {b} letters", "starting with {f} and {g}",
           ["replica", "super copy", "top copy", "fake", "knockoff"]),
    "en2": (["brand name of", "label:"], ["brand name", "label"], "{n}-letter name", "beginning with {f}",
            "ending in {l}", "two words, {a} and {b} letters", "begins with {f} and {g}",
            ["replica", "mirror copy", "high copy", "counterfeit"]),
    "fr": (["marque en", "marque de"], ["marque"], "{n} lettres", "qui commence par {f}", "finit par {l}",
           "{a} et {b} lettres", "commence par {f} et {g}", ["réplique", "qualité miroir"]),
    "es": (["marca de", "marca con"], ["marca"], "{n} letras", "que empieza por {f}", "termina en {l}",
           "{a} y {b} letras", "empieza por {f} y {g}", ["réplica", "imitación", "calidad espejo"]),
    "pt": (["marca de", "marca com"], ["marca"], "{n} letras", "começa com {f}", "termina em {l}", "{a} e {b} letras",
           "começa com {f} e {g}", ["réplica", "cópia", "imitação"]),
    "it": (["marchio di", "marca di"], ["marchio", "marca"], "{n} lettere", "inizia con {f}", "finisce con {l}",
           "{a} e {b} lettere", "inizia con {f} e {g}", ["replica", "qualità specchio"]),
    "de": (["Marke mit", "Hersteller mit"], ["Marke", "Hersteller"], "{n} Buchstaben", "beginnt mit {f}",
           "endet auf {l}", "{a} und {b} Buchstaben", "beginnt mit {f} und {g}", ["Replik", "Fälschung", "Kopie"]),
    "nl": (["merk van", "merk met"], ["merk"], "{n} letters", "begint met {f}", "eindigt op {l}", "{a} en {b} letters",
           "begint met {f} en {g}", ["replica", "kopie"]),
    "tr": (["marka", "marka adı"], ["marka"], "{n} harf", "{f} ile başlar", "{l} ile biter", "iki kelime, {a} ve {b} harf",
           "{f} ve {g} ile başlar", ["replika", "çakma", "birebir kopya"]),
    "ru": (["бренд из", "марка из"], ["бренд", "марка"], "{n} букв", "начинается на {f}", "заканчивается на {l}",
           "{a} и {b} букв", "начинается на {f} и {g}", ["реплика", "копия", "подделка"]),
    "ko": (["브랜드", "브랜드명"], ["브랜드"], "{n}글자", "{f}로 시작", "{l}로 끝", "{a}글자 {b}글자", "{f} {g}로 시작",
           ["짝퉁", "레플리카", "가품"]),
    "zh": (["品牌", "牌子"], ["品牌"], "{n}个字母", "{f}开头", "{l}结尾", "{a}个字母和{b}个字母", "{f}{g}开头",
           ["高仿", "复刻", "A货"]),
    "ja": (["ブランド", "ブランド名"], ["ブランド"], "{n}文字", "{f}で始まる", "{l}で終わる", "{a}文字と{b}文字",
           "{f}と{g}で始まる", ["スーパーコピー", "コピー品", "偽物"]),
}


SHAPES = ["count_first", "count_last", "count_first_last", "first_last"]


def _fits(words: list[str], shape: str, two: bool, other: list[str]) -> bool:
    """Whether a rival name (its words) fits the clue of `words` in this shape as well."""
    a, b = "".join(words), "".join(other)
    if shape != "first_last" and (([len(w) for w in other] != [len(w) for w in words]) if two else len(a) != len(b)):
        return False
    if shape in ("count_first", "count_first_last", "first_last") and (
            ([w[0] for w in other] != [w[0] for w in words]) if two else a[0] != b[0]):
        return False
    if shape in ("count_last", "count_first_last", "first_last") and a[-1] != b[-1]:
        return False
    return True


@cache
def _rivals(brand: str) -> tuple[tuple[str, ...], ...]:
    """The names (words of letters) of the other brands that sell in a category of `brand`: a seller's clue must tell
    the buyer which brand it is, so the generator gives one that fits none of them (Danone and Nestlé are both six
    letters ending in E among infant formula: "6 letters, ends with E" names neither)."""
    brands = brand_views()  # shared, read only (issue 16)
    mine = next(b for b in brands if b.id == brand)
    return tuple(tuple(_words(b.name)) for b in brands if b.id != brand and set(b.categories) & set(mine.categories))


def _clue(words: list[str], lang: str, r, brand: str = "") -> str:
    with_count, bare, count, first, last, two_count, two_first, _ = LANGS[lang]
    joined = "".join(words)
    parts = []
    two = len(words) == 2 and r.random() < 0.6
    shapes = r.sample(SHAPES, len(SHAPES))
    rivals = _rivals(brand) if brand else ()
    shape = next((sh for sh in shapes if not any(_fits(words, sh, two, list(o)) for o in rivals)), "count_first_last")
    if shape != "first_last":
        parts.append(two_count.format(a=len(words[0]), b=len(words[1])) if two else count.format(n=len(joined)))
    f, g, l = joined[0].upper(), words[-1][0].upper(), joined[-1].upper()
    if shape in ("count_first", "count_first_last", "first_last"):
        parts.append(two_first.format(f=f, g=g) if two else first.format(f=f))
    if shape in ("count_last", "count_first_last", "first_last"):
        parts.append(last.format(l=l))
    brand = r.choice(with_count if shape != "first_last" else bare)
    if lang == "zh":
        return f"{' '.join(parts)}的{brand}"
    if lang == "ja":
        return f"{' '.join(parts)}の{brand}"
    return f"{brand} {(' ' if lang == 'ko' else ', ').join(parts)}"


SCALE_MODELS = frozenset({"die-cast cars", "model kits"})


def make_crossword_clue(b: BrandView, s: Scene) -> Draft | None:
    words = _words(b.name)
    if not words:
        return None
    r = s.rng
    lang = r.choice(list(LANGS))
    cat = s.category()
    clue = _clue(words, lang, r, b.id)
    cues = LANGS[lang][7]
    if cat in SCALE_MODELS:  # "replica" beside a scale model is the model's own word (1:64 replica)
        cues = [c for c in cues if not any(w in c.casefold() for w in ("repli", "répli", "реплик", "레플"))] or ["fake"]
    cue = r.choice(cues)
    product = s.product_zh(cat) if lang == "zh" else s.product(cat)
    in_description = r.random() < 0.3
    if in_description:
        title = _cap(f"{product} - {cue}")
        desc = f"{clue}. {r.choice(context.DESCRIPTIONS)}".strip()
    else:
        title = r.choice([f"{_cap(product)} – {clue} – {cue}", f"{_cap(product)}, {clue}, {cue}",
                          f"{cue} {product} ({clue})"])
        desc = r.choice(context.DESCRIPTIONS)
    return Draft(title, cat, s.price(cat), desc)


PUZZLES = [
    ("Crossword puzzle book, 300 puzzles, answers of {n} letters and more", "books", 9),
    ("Word search for kids: find the words of {n} letters starting with {f}", "books", 6),
    ("Scrabble word list: every word of {n} letters that starts with {f}, laminated", "board games", 5),
    ("Personalised name necklace, {n} letters, starts with {f}, gold plated", "jewelry", 22),
    ("Custom name mug, up to {n} letters, initial {f} in gold", "kitchen", 14),
    ("Wooden alphabet set, 26 letters, starts with A ends with Z", "toys", 12),
    ("Wordle fan t-shirt: {n} letters, starts with {f}, ends with {l}", "t-shirts", 18),
    ("Mots croisés, 200 grilles, mots de {n} lettres", "books", 7),
    ("Kreuzworträtsel Heft, Lösungswort mit {n} Buchstaben", "books", 4),
    ("Crucigramas para adultos, palabras de {n} letras", "books", 6),
]


def make_trap_crossword_clue(b: BrandView, s: Scene) -> Draft | None:
    words = _words(b.name)
    if not words:
        return None
    r = s.rng
    joined = "".join(words)
    if r.random() < 0.3:
        # among the brand's goods, the clue, no copy cue, a shop's price: a quiz, not a claim of a copy
        cat = s.category()
        lang = r.choice(["en", "fr", "de", "es"])
        title = f"{_cap(s.product(cat))} – {_clue(words, lang, r, b.id)} – {r.choice(['new', 'sealed', 'with receipt', 'boxed'])}"
        return Draft(title, cat, s.price(cat), r.choice(context.DESCRIPTIONS))
    frame, cat, amount = r.choice(PUZZLES)
    title = frame.format(n=len(joined), f=joined[0].upper(), l=joined[-1].upper())
    return Draft(title, cat, (round(amount * r.uniform(0.8, 1.25), 2), "USD"), r.choice(context.DESCRIPTIONS))


EVASION_MAKERS = {"crossword_clue": make_crossword_clue}
TRAP_MAKERS = {"trap_crossword_clue": make_trap_crossword_clue}
