"""The adversary's likeness classes (likeness, 2026-12-02): a misspelt or disguised mark inside a likeness frame
("Legoo style set", "Bolsa tipo Coaach", "Uhr im Rollex-Stil", "Rollex風"), and the frame's honest twins.

Written from first principles: a likeness ("-style", "tipo", "façon", "im Stil", "в стиле", "風", "风格", "스타일")
compares goods with a brand and names the brand it compares with, as the brand writes it; a seller who misspells the
name he compares with, among the brand's own goods, at a copy's price or with a copy cue, is dodging the name, not
comparing (the held-out set outsider9's c_misspell named the class, "<typo> style …"; none of its titles is used
here). Every disguise kind of the generator (one edit, a doubled letter, two letters swapped, a look-alike letter,
symbols or spaces inside, a respelling by sound) meets every likeness word of the languages the matcher reads.

The twins that must stay quiet: the mark spelt right in the same frames at a dupe's price with no copy cue (an honest
comparison, as the project judges it), and an everyday word one edit from a mark ("cannon", "bosh"-like words of
words.py's list) followed by a likeness word among the brand's goods.
"""

from __future__ import annotations

from tests.eval.adversary import context, disguises, shape, sound
from tests.eval.adversary.generate import (_ALL_MARKS, COMMON_WORDS, ENGLISH, FOREIGN, BrandView, Draft, Scene, _cap, _fold,
                                           _is_new_spelling, _pick_mark, _word_edit)
from tests.eval.adversary.words import _one_edit

EVASIONS = {
    "likeness_disguised": "a misspelt or disguised mark (one edit, doubled letter, swapped letters, look-alike letter, "
                          "symbols or spaces inside, respelt by sound) in a likeness frame of 13 languages (-style, "
                          "inspired, -type, tipo, estilo, façon, im -Stil, stile, в стиле, w stylu, tarzı, 風, 风格, "
                          "스타일), among the brand's goods at a copy's price or with a copy cue",
}
TRAPS = {
    "trap_likeness_spelt": "the mark spelt right in the same likeness frames, among the brand's goods at a dupe's price, "
                           "no copy cue: an honest comparison",
    "trap_likeness_near_word": "an everyday word one edit from a mark followed or preceded by a likeness word, among the "
                               "brand's goods at a dupe's price, no copy cue",
}

# (language, template): {m} the mark as written, {p} product, {pz} product in Chinese
FRAMES = [
    ("en", "{m} style {p}"), ("en", "{m}-style {p}"), ("en", "{m} inspired {p}"), ("en", "{m}-inspired {p}"),
    ("en", "{m}-type {p}"), ("en", "{p}, {m} style"), ("en", "{p} in the style of {m}"), ("en", "{p} similar to {m}"),
    ("es", "{p} tipo {m}"), ("es", "{p} estilo {m}"), ("es", "{p} al estilo de {m}"), ("pt", "{p} estilo {m}"),
    ("pt", "{p} tipo {m}"), ("pt", "{m} style {p}"), ("fr", "{p} façon {m}"), ("fr", "{p} style {m}"),
    ("fr", "{p} genre {m}"), ("de", "{p} im {m}-Stil"), ("de", "{p} im Stil von {m}"), ("it", "{p} stile {m}"),
    ("it", "{p} tipo {m}"), ("ru", "{p} в стиле {m}"), ("pl", "{p} w stylu {m}"), ("pl", "{p} typu {m}"),
    ("nl", "{p} in de stijl van {m}"), ("tr", "{m} tarzı {p}"), ("ja", "{m}風 {p}"), ("zh", "{m}风格 {pz}"),
    ("ko", "{m} 스타일 {p}"), ("en", "{p} – similar style to {m}, no logo"), ("en", "{p}, same style as {m}, own brand"),
    ("pl", "{p}, styl jak {m}, bez logo"),
]
DESCRIPTIONS = ["", "Looks just like the real one.", "Great quality.", "Fast shipping.", "New.", "Limited stock."]
DUPE_DESCRIPTIONS = ["", "Our own design, no logo.", "Great quality for the price.", "Similar look, unbranded.",
                     "Fast shipping.", "New."]


def _disguise(mark: str, s: Scene) -> str | None:
    """The mark disguised by one of the generator's kinds, or None when the kind does not apply."""
    r = s.rng
    kind = r.choice(["edit", "edit", "transpose", "doubled", "lookalike", "intrude", "respell"])
    if kind == "edit":
        return _word_edit(mark, r, min_word=4)
    if kind == "transpose":
        pos = disguises.letter_positions(mark)
        inner = [k for k in range(1, len(pos) - 1) if pos[k + 1] == pos[k] + 1]
        return disguises.edit(mark, r, op="transpose", at=r.choice(inner)) if inner else None
    if kind == "doubled":
        return shape.doubled(mark, r)
    if kind == "lookalike":
        return disguises.lookalike_single(mark, r, count=1)
    if kind == "intrude":
        return disguises.intrude(mark, r)
    return sound.respell(mark, r) if " " not in mark else None


def _marks(b: BrandView) -> list:
    return [m for m in b.disguisable if not m.everyday and len(disguises.letters(m.value)) >= 5]


def _frame(s: Scene, mark: str, cat: str) -> str:
    _, shape_ = s.rng.choice(FRAMES)
    return _cap(shape_.format(m=mark, p=s.product(cat), pz=s.product_zh(cat)))


def make_disguised(b: BrandView, s: Scene) -> Draft | None:
    m = _pick_mark(b, s, _marks(b))
    if m is None:
        return None
    written = disguises.recase(m.value, s.rng)
    text = _disguise(written, s)
    if not text or not _is_new_spelling(text, m) or _fold(text) in ENGLISH or _fold(text) in FOREIGN:
        return None
    r = s.rng
    low = r.random() < 0.4 and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    title = _frame(s, text, cat)
    desc = r.choice(DESCRIPTIONS)
    if not low or r.random() < 0.3:  # a copy's price alone is not low: a cue says it
        cue = s.cue()
        if r.random() < 0.5:
            title = f"{title} {cue}"
        else:
            desc = f"{desc} {cue}".strip()
    return Draft(title, cat, s.price(cat, low=low), desc)


def make_spelt(b: BrandView, s: Scene) -> Draft | None:
    m = _pick_mark(b, s, _marks(b))
    if m is None:
        return None
    cat = s.category(with_floor=True)
    title = _frame(s, m.value, cat)
    # a dupe's price: far below the brand's floor (a dupe is not the brand's goods), or a modest shop price
    price = s.price(cat, low=True) if cat in b.floors and s.rng.random() < 0.6 else (
        round(context.PRODUCTS.get(cat, ([], "", 30.0))[2] * s.rng.uniform(0.2, 0.6), 2), "USD")
    return Draft(title, cat, price, s.rng.choice(DUPE_DESCRIPTIONS))


def _near_words(b: BrandView) -> list[str]:
    out = set()
    for m in b.latin_marks:
        word = _fold(m.value)
        if word.isalpha() and len(word) >= 4:
            out.update(w for w in _one_edit(word) & COMMON_WORDS if w not in _ALL_MARKS and len(w) >= 4)
    return sorted(out)


def make_near_word(b: BrandView, s: Scene) -> Draft | None:
    words = _near_words(b)
    if not words:
        return None
    word = s.rng.choice(words)
    cat = s.category(with_floor=True)
    title = _frame(s, _cap(word) if s.rng.random() < 0.5 else word, cat)
    price = s.price(cat, low=True) if cat in b.floors and s.rng.random() < 0.6 else s.price(cat)
    return Draft(title, cat, price, s.rng.choice(DUPE_DESCRIPTIONS))


EVASION_MAKERS = {"likeness_disguised": make_disguised}
TRAP_MAKERS = {"trap_likeness_spelt": make_spelt, "trap_likeness_near_word": make_near_word}
