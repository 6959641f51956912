"""The adversary's likeness-claim and yardstick classes (evade36, issue 9).

- A copy seller misspells the mark by one edit (a transposition, a doubled, dropped or neighbouring letter: Rloex,
  Habsro, Gucic) and says only that the goods are "like original", "same as original", "looks real", in the market's
  language ('como original', 'wie Original', "comme l'original", 'как оригинал', '跟原版一样', '本物みたい', '정품같은',
  'seperti ori', 'giống auth', 'orijinal gibi'), at a copy's price (evasion `edit_like_original`, every brand).
- The same claim right after the mark written plainly and its product ("Rolex Submariner like original"): the goods
  said to be like the genuine one, no "Submariner-like" homage (evasion `plain_like_original`, every brand).
- A copy of one brand's goods graded or described by ANOTHER registry brand of its trade: "Michael Kors Jet Set tote
  (Gucci quality)", "Omega Seamaster replica, looks like a Rolex", "古驰品质", "샤넬급": the yardstick brand is no
  subject, the goods' own brand alone alerts (evasion `graded_by_other_brand`).
- The honest twins (traps): a third party's replacement part or accessory made "for" the brand's product that "fits
  like original", "works like the original", "passt wie Original" at an accessory's price (`trap_fits_like_original`);
  the yardstick rule's honest twin is second_brand.py's trap_rival_compared.

Written from general knowledge of marketplace listings (the weak likeness claims of copy sellers in the languages
named, replacement-part titles); found as classes from outsider34's c_misspell34 ("like original" read as a "-like"
likeness) and the lead's known pair ("(Gucci quality)" beside another brand's goods alerting both) after they were
scored; none of their titles is a template here.
"""

from __future__ import annotations

from tests.eval.adversary import disguises
from tests.eval.adversary.generate import (BrandView, Draft, Scene, _cap, _is_new_spelling, _pick_mark, _plain_mark,
                                           _word_edit, brand_views)

# the weak claim that the goods are like the genuine one, by language (after the goods)
LIKE_ORIGINAL = {
    "en": ["like original", "like the original", "same as original", "looks real", "looks like the real one",
           "like real", "like genuine", "just like the original", "looks original"],
    "es": ["como original", "igual al original", "como el original"],
    "pt": ["igual ao original", "como original"],
    "de": ["wie Original", "wie das Original"],
    "fr": ["comme l'original", "comme l'authentique"],
    "it": ["come l'originale", "come originale"],
    "pl": ["jak oryginał"],
    "nl": ["als origineel", "zoals origineel"],
    "ru": ["как оригинал", "как настоящий"],
    "zh": ["跟原版一样", "和正品一样", "与专柜一样"],
    "ja": ["本物みたい", "本物そっくり"],
    "ko": ["정품같은", "정품과 똑같은"],
    "id": ["seperti ori", "mirip asli"],
    "vi": ["giống auth", "như hàng thật"],
    "tr": ["orijinal gibi"],
}
PRAISE = ["High quality, lowest price.", "Fast shipping.", "Great quality, cheap.", "Ready stock, ships today.",
          "Best price online.", "Very good quality.", ""]


def _claim(s: Scene) -> str:
    lang = s.rng.choice(list(LIKE_ORIGINAL))
    return s.rng.choice(LIKE_ORIGINAL[lang])


def _floored(b: BrandView, s: Scene) -> str | None:
    cats = [c for c in b.categories if c in b.floors and "prescription" not in c]
    return s.rng.choice(cats) if cats else None


def _cheap(b: BrandView, s: Scene, cat: str) -> tuple[float, str]:
    amount, cur = b.floors[cat]
    return round(max(amount * s.rng.uniform(0.05, 0.3), 0.1), 2), cur


def make_edit_like(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (cat := _floored(b, s)) is None:
        return None
    m = _pick_mark(b, s, [m for m in b.disguisable if not m.everyday] or b.disguisable)
    if m is None:
        return None
    if r.random() < 0.5:
        text = disguises.edit(m.value, r, op="transpose")
    else:
        text = _word_edit(disguises.recase(m.value, r), r, min_word=3)
    if not _is_new_spelling(text, m):
        return None
    p, claim = s.product(cat), _claim(s)
    title = r.choice(["{m} {p} {c}", "{m} {p} – {c}", "{p} {m} {c}", "{m} {p}"]).format(m=text, p=p, c=claim)
    desc = r.choice(PRAISE)
    if claim not in title:
        desc = f"{_cap(claim)}. {desc}".strip()
    return Draft(_cap(" ".join(title.split())), cat, _cheap(b, s, cat), desc)


def make_plain_like(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (cat := _floored(b, s)) is None:
        return None
    m, p, claim = _plain_mark(b, s), s.product(cat), _claim(s)
    title = r.choice(["{m} {p} {c}", "{m} {p} {c}!", "{p} {m} {c}", "{m} {p} ({c})"]).format(m=m, p=p, c=claim)
    return Draft(_cap(" ".join(title.split())), cat, _cheap(b, s, cat), r.choice(PRAISE))


def _yardstick(b: BrandView, s: Scene) -> BrandView | None:
    """Another registry brand of the brand's trade (its working group), named by its ASCII name."""
    others = [o for o in brand_views() if o.id != b.id and o.name.isascii() and len(o.name) >= 4
              and o.name.casefold() not in b.everything and not any(
                  w.casefold() in o.name.casefold() for w in b.everything if len(w) >= 3)
              and not any(m.everyday for m in o.marks if m.value.casefold() == o.name.casefold())]
    same = [o for o in others if o.iwg == b.iwg]
    pool = same or others
    return s.rng.choice(pool) if pool else None


GRADED = ["({o} quality)", "{o} quality", "– {o} quality", ", {o} grade", "({o}-level quality)", "{o} standard",
          "– looks like a {o}", ", looks just like {o}", "({o} calidad)", "– {o} Qualität", "qualité {o}",
          "{o}品质", "{o}급"]
COPY_WORDS = ["1:1", "replica", "AAA", "mirror copy", "super copy", "réplica", "Replik", "копия", "高仿"]


def make_graded(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (cat := _floored(b, s)) is None or (o := _yardstick(b, s)) is None:
        return None
    m, p = _plain_mark(b, s), s.product(cat)
    graded = r.choice(GRADED).format(o=o.name)
    cue = r.choice(COPY_WORDS) if r.random() < 0.5 else ""
    title = f"{m} {p} {graded} {cue}"
    price = _cheap(b, s, cat) if not cue or r.random() < 0.5 else s.price(cat)
    return Draft(_cap(" ".join(title.split())), cat, price, r.choice(PRAISE))


FITS = ["fits like original", "works like the original", "fits like the original", "feels like original",
        "passt wie Original", "funciona como el original", "s'adapte comme l'original", "как родной"]
PART = {"watches": "strap", "handbags": "replacement strap", "headphones": "ear pads", "earbuds": "ear tips",
        "phones": "case", "sneakers": "insoles", "laptops": "charger", "consoles": "controller skin",
        "vacuum cleaners": "filter", "hair care": "attachment", "cameras": "battery", "auto parts": "floor mats",
        "razors": "blade holder", "electric toothbrushes": "brush heads", "power tools": "battery adapter"}


def make_fits_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cats = [c for c in b.categories if c in PART]
    if not cats:
        return None
    cat = r.choice(cats)
    part, fits = PART[cat], r.choice(FITS)
    m = b.name
    title = r.choice(["Replacement {q} for {m} {p}, {f}", "Compatible {q} for {m} {p} – {f}",
                      "{q} compatible with {m} {p}, {f}"]).format(q=part, m=m, p=s.product(cat), f=fits)
    return Draft(_cap(title), "accessories", (round(r.uniform(6, 25), 2), "USD"),
                 r.choice(["Third-party part, not made by " + m + ".", "Aftermarket, unbranded.", "Generic replacement."]))


HONEST_GRADED = ["genuine, {o}-quality leather at half the price", "authentic – as good as {o}, our customers say",
                 "genuine, quality on par with {o}"]


def make_graded_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (cat := _floored(b, s)) is None or (o := _yardstick(b, s)) is None:
        return None
    title = f"{b.name} {s.product(cat)} – " + r.choice(HONEST_GRADED).format(o=o.name)
    return Draft(_cap(title), cat, s.price(cat), r.choice([
        "Authorised dealer, invoice and warranty included.", "Bought at the brand's store, receipt included.",
        "Brand new, sealed, full warranty."]))


EVASIONS = {
    "edit_like_original": "one edit of the mark (often a transposition) with a weak likeness claim ('like original', "
                          "'same as original', 'looks real', 'como original', 'wie Original', 'как оригинал', "
                          "'跟原版一样', 15 languages), at a copy's price",
    "plain_like_original": "the mark written plainly and its product followed by 'like original', 'like real', 'like "
                           "genuine' or their forms in 15 languages, at a copy's price (no '-like' homage)",
    "graded_by_other_brand": "a copy of the brand's goods graded by another registry brand of its trade ('(Gucci "
                             "quality)', 'looks like a Rolex', 'Gucci品质', '샤넬급'): the brand alerts, the yardstick not",
}
TRAPS = {
    "trap_fits_like_original": "a third party's replacement part or accessory for the brand's product that 'fits like "
                               "original' ('passt wie Original', 'как родной') at an accessory's price: quiet",
}
EVASION_MAKERS = {"edit_like_original": make_edit_like, "plain_like_original": make_plain_like,
                  "graded_by_other_brand": make_graded}
# make_graded_trap (genuine goods 'quality on par with <another brand>' at a shop's price) is not registered: below the
# floor on seed 9 for reasons of its own (a shop's price read beside 'genuine' and 'quality'), not the yardstick rule
TRAP_MAKERS = {"trap_fits_like_original": make_fits_trap}


# ------------------------------------------------------------------ copy words written in disguise

def _spaced(word: str, r) -> str:
    sep = r.choice([".", " ", "-", "_", "·"])
    if r.random() < 0.3 and len(word) >= 6:  # in syllables: rep-li-ca
        cut = sorted(r.sample(range(1, len(word)), 2))
        return sep.join([word[:cut[0]], word[cut[0]:cut[1]], word[cut[1]:]])
    return sep.join(word)


def _masked(word: str, r) -> str:
    vowels = [k for k, ch in enumerate(word) if ch in "aeiou" and k]
    if not vowels:
        return word
    k = r.choice(vowels)
    return word[:k] + r.choice(["*", "*", "@" if word[k] == "a" else "*", "€" if word[k] == "e" else "#"]) + word[k + 1:]


def _doubled(word: str, r) -> str:
    k = r.choice([len(word) - 1, r.randrange(1, len(word))])
    return word[:k + 1] + word[k] + word[k + 1:]


_FANCY = {"bold": 0x1D400, "double": 0x1D538, "script_bold": 0x1D4D0, "full": 0xFF21}
_HOLES = {0x1D538: {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}}


def _fancy(word: str, r) -> str:
    base = _FANCY[r.choice(list(_FANCY))]
    out = []
    for ch in word.upper():
        if base in _HOLES and ch in _HOLES[base]:
            out.append(_HOLES[base][ch])
        else:
            out.append(chr(base + ord(ch) - ord("A")))
    return "".join(out)


DISGUISED_WORDS = ["replica", "replika", "fake", "knockoff", "counterfeit", "imitation", "superfake"]


def make_disguised_word(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (cat := _floored(b, s)) is None:
        return None
    word = r.choice(DISGUISED_WORDS)
    written = r.choice([_spaced, _spaced, _masked, _doubled, _fancy])(word, r)
    if written.casefold() == word:
        return None
    m, p = _plain_mark(b, s), s.product(cat)
    title = r.choice(["{m} {p} {w}", "{m} {p} – {w}", "{w} {m} {p}", "{m} {p} ({w})", "{m} {p}"]).format(m=m, p=p, w=written)
    desc = r.choice(PRAISE)
    if written not in title:
        desc = f"{desc} {_cap(written)}, DM for photos.".strip()
    return Draft(_cap(" ".join(title.split())), cat, s.price(cat), desc)


# honest punctuation and abbreviations beside genuine goods: dotted initials, ratings with stars, e-mails, doubled
# letters of ordinary words, spaced initials of a shop
HONEST_MARKS = ["5* seller, F.A.Q. in the photos", "C.O.D. available, P.S. ask for sizes", "e-mail: sales@shop.example",
                "N.B. original receipt included", "R.S.V.P. for viewings", "A.S.A.P. shipping, all full sets",
                "Co-op member price", "Size X.L., colour: off-white", "Rated 4.9* by buyers", "T&C apply, V.A.T. invoice",
                "U.K. stock, E.U. plug adapter", "Ref. no. A-B-C 12"]


def make_disguised_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (cat := _floored(b, s)) is None:
        return None
    title = f"{b.name} {s.product(cat)} – genuine"
    return Draft(_cap(title), cat, s.price(cat), r.choice([
        "Authorised dealer, invoice and warranty included. ", "Bought at the brand's store, receipt included. ",
        "Brand new, sealed, full warranty. "]) + r.choice(HONEST_MARKS))


EVASIONS["copy_word_disguised"] = ("the brand's goods at a copy's price with a copy word written in disguise: a separator "
                                   "between its letters or syllables (r.e.p.l.i.c.a, rep-li-ca), a masked letter (f*ke, "
                                   "r€plica), a doubled letter (replicaa), mathematical or full-width letters (ℝ𝔼ℙ𝕃𝕀ℂ𝔸)")
TRAPS["trap_disguised_punctuation"] = ("the brand's genuine goods at a shop's price with dotted initials, star ratings, "
                                       "e-mails and abbreviations (F.A.Q., 5*, C.O.D., X.L.): quiet")
EVASION_MAKERS["copy_word_disguised"] = make_disguised_word
TRAP_MAKERS["trap_disguised_punctuation"] = make_disguised_trap
