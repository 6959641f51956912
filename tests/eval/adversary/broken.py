"""The adversary's broken-shape classes (shape, 2026-12-01): a written mark whose SHAPE is broken by characters a reader
skips, and the innocent listings that hold the same characters.

Written from first principles of what a seller can type so that a person still reads the mark while a filter that
compares words does not (the characters are Unicode's own: the space separators of category Zs and the tab; HTML
that a marketplace renders; the masks people use to censor a word), not from any held-out set:

- odd_space: one unusual space inside the mark: no-break (U+00A0), narrow no-break (U+202F), en/em (U+2002/3),
  thin (U+2009), hair (U+200A), figure (U+2007), medium mathematical (U+205F), ideographic (U+3000) or a tab;
- masked_two: two letters masked (G**ci, D?s?n, R•l•x, Ad#b#) or letters masked by hyphens (Swar-vski, Ha-b-o),
  marks of five letters or more;
- hidden_markup: an HTML element the page does not show, holding junk letters, inside the mark
  (Ro<span style="display:none">x</span>lex, visibility:hidden, font-size:0, the hidden attribute);
- barred: the mark spelt out with a vertical bar between every letter, with or without spaces (R|O|L|E|X, W | i | l ...).

Traps (must stay quiet), the same characters in honest listings of the brand's own categories at a normal price:

- trap_odd_space: French typography (narrow no-break before ":" and "!", in "1 000"), tab-separated specifications,
  ideographic spaces between Chinese words, and two ordinary words that spell a mark when joined, split by a no-break
  space or a tab (can on, with no cue: HTML's &nbsp; and tables put them between words);
- trap_masked: hyphenated compounds and codes (x-ray, wi-fi, e-mail, t-shirt, S-XXL, pre-owned), censored words
  (f**k, s#!t), star ratings and bullet lists;
- trap_hidden_markup: honest HTML descriptions with hidden elements (a screen-reader note, a SKU, a tracking span)
  between ordinary words;
- trap_barred: titles cut into segments by bars (Leather belt | Men | Brown), size lists (S|M|L|XL), and a mark's
  letters barred with other letters between them that spell no mark.
"""

from __future__ import annotations

from tests.eval.adversary import context, disguises, shape
from tests.eval.adversary.generate import (ORDINARY, BrandView, Draft, Scene, _cap, _corroborated, _needs_corroboration,
                                           _pick_mark)

EVASIONS = {
    "odd_space": "an unusual space inside the mark: no-break, narrow no-break, en/em, thin, hair, figure, ideographic, tab",
    "masked_two": "two letters masked (G**ci, D?s?n, R•l•x) or letters masked by hyphens (Swar-vski, Ha-b-o)",
    "hidden_markup": "an HTML element the page hides (display:none, visibility:hidden, font-size:0, hidden) inside the mark",
    "barred": "the mark spelt out with a vertical bar between every letter (R|O|L|E|X, W | i | l | s | o | n)",
}
TRAPS = {
    "trap_odd_space": "unusual spaces in honest text: French typography, tab-separated specs, ideographic spaces, "
                      "two ordinary words that spell a mark split by one",
    "trap_masked": "hyphenated compounds and codes (x-ray, wi-fi, S-XXL), censored words (f**k), bullets and stars",
    "trap_hidden_markup": "honest HTML with hidden elements (screen-reader notes, SKUs, tracking spans) between words",
    "trap_barred": "titles cut into segments by bars, size lists (S|M|L|XL), barred letters that spell no mark",
}

BETWEEN_WORDS = ["\u00a0", "\t"]  # the unusual spaces honest text has between words too: HTML's &nbsp;, a table's tab
ODD_SPACES = ["\u00a0", "\u202f", "\u2002", "\u2003", "\u2009", "\u200a", "\u2007", "\u205f", "\u3000", "\t"]
MASKS = ["*", "?", "#", "_", "•", "●", "-"]
HIDING = ['<span style="display:none">{j}</span>', "<span style='display: none;'>{j}</span>",
          '<font style="visibility:hidden">{j}</font>', '<span style="font-size:0">{j}</span>',
          '<i style="font-size: 0px;">{j}</i>', "<span hidden>{j}</span>", '<b hidden="">{j}</b>',
          '<span class="x" style="color:#fff;display:none">{j}</span>']


def _letters(mark: str) -> list[int]:
    return [k for k, ch in enumerate(mark) if ch.isalpha()]


def odd_space(mark: str, rng) -> str | None:
    """One unusual space between two letters of a word of the mark (a multi-word mark: maybe its own space too)."""
    gaps = [k for k in range(1, len(mark)) if mark[k - 1].isalpha() and mark[k].isalpha()]
    if not gaps:
        return None
    k = rng.choice(gaps)
    return mark[:k] + rng.choice(ODD_SPACES) + mark[k:]


def masked_two(mark: str, rng) -> str | None:
    """Two letters of a one-word mark of five letters or more masked, not both at its ends; or one or two hyphens in
    place of letters inside it."""
    pos = _letters(mark)
    if len(pos) < 5 or len(pos) != len(mark):
        return None
    mask = rng.choice(MASKS)
    inner = pos[1:-1]
    k = 1 if mask == "-" and rng.random() < 0.4 else 2
    if mask == "-":  # a hyphen stands for a letter only inside a word, never two side by side
        chosen = sorted(rng.sample(inner, k=k))
        if k == 2 and chosen[1] - chosen[0] < 2:
            return None
    else:
        chosen = sorted(rng.sample(pos[:-1] if rng.random() < 0.2 else inner, k=2))
    return "".join(mask if i in chosen else ch for i, ch in enumerate(mark))


def hidden_markup(mark: str, rng) -> str | None:
    """A hidden element holding one to three junk letters between two letters of the mark."""
    pos = _letters(mark)
    gaps = [k for k in pos[1:] if k - 1 in pos]
    if len(pos) < 3 or not gaps:
        return None
    k = rng.choice(gaps)
    junk = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 3)))
    return mark[:k] + rng.choice(HIDING).format(j=junk) + mark[k:]


def barred(mark: str, rng) -> str | None:
    body = [ch for ch in (mark if rng.random() < 0.5 else mark.upper()) if ch.isalnum()]
    if len(body) < 3:
        return None
    return rng.choice(["|", "|", " | ", "｜"]).join(body)


def _two_ordinary_words(text: str) -> bool:
    """Whether a no-break space or a tab cuts the mark: honest text has those between words, so where the pieces are
    ordinary words (sam sung, Pan dora) the split is a guess that wants a cue or a price far below the floor."""
    return any(sep in text for sep in BETWEEN_WORDS)


def _maker(transform, single_word: bool = False):
    def make(b: BrandView, s: Scene) -> Draft | None:
        marks = [m for m in b.disguisable if not single_word or m.value.isalpha()]
        m = _pick_mark(b, s, marks)
        if m is None:
            return None
        text = transform(disguises.recase(m.value, s.rng), s.rng)
        if text is None:
            return None
        return _corroborated(b, s, text, strong=_needs_corroboration(m) or _two_ordinary_words(text))
    return make


# ------------------------------------------------------------------------------------------ traps

FRENCH = ["Prix\u202f: {n}\u00a0€ seulement\u202f!", "Livraison offerte\u202f! Stock\u202f: 1\u202f000 pièces",
          "Taille\u00a0: M – couleur\u00a0: noir", "Neuf, jamais porté\u202f; envoi sous 48\u00a0h"]
TABLE = ["Color\tBlack\nSize\tM\nMaterial\tCotton", "Weight\t250 g\tWarranty\t2 years", "Item\tQty\nBox\t1"]
IDEOGRAPHIC = ["全新\u3000正品包装\u3000包邮", "现货\u3000当天发货", "质量很好\u3000欢迎选购"]


def make_trap_odd_space(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category()
    product = s.product(cat)
    how = r.randrange(4)
    if how == 3:  # two ordinary words that spell one of the brand's marks when joined, split by an unusual space
        # not where the mark itself has a capital (MacBook, SoundLink): "Mac Book" is how people write that mark
        splits = [t for m in b.latin_marks if not m.everyday and m.value.isalpha()
                  for t in shape.two_word_splits(m.value.lower(), ORDINARY)
                  if not m.value[len(t.split(" ", 1)[0])].isupper()]
        if not splits:
            return None
        words = r.choice(splits).split(" ", 1)
        # a no-break space (HTML's &nbsp;) or a tab (a table) is what honest text has between two words
        title = f"{_cap(product)}, {words[0]}{r.choice(BETWEEN_WORDS)}{words[1]}"
        return Draft(title, cat, s.price(cat), r.choice(context.DESCRIPTIONS))
    if how == 0:
        title = f"{_cap(product)}{r.choice(ODD_SPACES)}{s.filler()}"
        desc = r.choice(FRENCH).format(n=r.randint(10, 99))
    elif how == 1:
        title = f"{_cap(product)} {s.filler()}"
        desc = r.choice(TABLE)
    else:
        title = f"{_cap(product)}\u3000{r.choice(IDEOGRAPHIC)}"
        desc = r.choice(IDEOGRAPHIC)
    return Draft(title, cat, s.price(cat), desc)


HYPHENATED = ["x-ray", "wi-fi", "e-mail", "t-shirt", "pre-owned", "anti-slip", "hi-fi", "co-op", "re-sealable",
              "S-XXL", "K-pop", "U-lock", "all-in-one", "multi-use", "non-stick", "eco-friendly", "up-to-date",
              "A-grade", "T-bar", "B-side", "one-of-a-kind", "in-stock"]
CENSORED = ["f**k this heat", "no s#!t quality", "d*mn good deal", "★★★★☆ rated", "• fast • free • tracked",
            "what a b***h of a winter", "h*ck yes", "#1 seller"]


def make_trap_masked(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category()
    product = s.product(cat)
    words = r.sample(HYPHENATED, k=2)
    title = r.choice([f"{_cap(product)}, {words[0]}, {words[1]}", f"{_cap(words[0])} {product} - {r.choice(CENSORED)}",
                      f"{_cap(product)} {r.choice(CENSORED)}"])
    return Draft(title, cat, s.price(cat), r.choice(context.DESCRIPTIONS))


HIDDEN_NOTES = ["SKU 4471", "opens in a new window", "(image)", "tracking", "sr-only text", "menu", "1"]


def make_trap_hidden_markup(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category()
    product = s.product(cat)
    hide = r.choice(HIDING).format(j=r.choice(HIDDEN_NOTES))
    title = r.choice([f"{_cap(product)} {hide} {s.filler()}", f"{_cap(product)}{hide} {s.filler()}",
                      f"<b>{_cap(product)}</b> {hide}<br>{s.filler()}"])
    return Draft(title, cat, s.price(cat), f"<p>{r.choice(context.DESCRIPTIONS)}</p>{hide}")


SIZES = ["S|M|L|XL", "S | M | L", "XS|S|M", "36|37|38|39", "EU|UK|US"]


def make_trap_barred(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category()
    product = s.product(cat)
    how = r.randrange(3)
    if how == 0:
        title = f"{_cap(product)} | {r.choice(['Men', 'Women', 'Unisex'])} | {r.choice(['Black', 'Brown', 'Navy'])}"
    elif how == 1:
        title = f"{_cap(product)} sizes {r.choice(SIZES)}"
    else:  # the brand's first letters barred with letters that spell no mark of it
        m = _pick_mark(b, s)
        if m is None:
            return None
        letters = [ch for ch in m.value.upper() if ch.isalpha()]
        if len(letters) < 4:
            return None
        letters[len(letters) // 2] = "Q" if letters[len(letters) // 2] != "Q" else "Z"
        title = f"{_cap(product)} code {'|'.join(letters)}"
    return Draft(title, cat, s.price(cat), r.choice(context.DESCRIPTIONS))


EVASION_MAKERS = {"odd_space": _maker(odd_space), "masked_two": _maker(masked_two, single_word=True),
                  "hidden_markup": _maker(hidden_markup), "barred": _maker(barred)}
TRAP_MAKERS = {"trap_odd_space": make_trap_odd_space, "trap_masked": make_trap_masked,
               "trap_hidden_markup": make_trap_hidden_markup, "trap_barred": make_trap_barred}
