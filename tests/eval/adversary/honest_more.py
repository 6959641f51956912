"""The adversary's honest-listings-that-alerted classes (issue 9, genuine34).

The children's sizes of a brand's shoes and
clothes, with the copies that borrow their words:
- trap_child_size_genuine: a baby's, toddler's or child's size of the brand's sneakers, jackets, tracksuits, jeans or a
  baby blanket at 30-48 % of the adult floor, in eight languages: quiet (condition.SCALES "child_size").
- child_size_copy: the same sizes beside a copy cue, or at 3-10 % of the adult floor: alerts.

Written from general knowledge of resale and kids'-size listings (eBay, Vinted, Kleinanzeigen, leboncoin, Wallapop,
Avito, 闲鱼, メルカリ, 당근마켓) and the brands' own size ranges (Crib, TD, Kids, Baby); found by outsider29-32's
in_genuine_negated_copy, in_packing_list_genuine, in_market_report_genuine and in_birth_gifts_genuine classes after they
were seen; none of their titles is a template here.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark
from tests.eval.adversary.genuine import _price

TRAPS = {
    "trap_child_size_genuine": "a baby's, toddler's or child's size of the brand's shoes or clothes at 30-48 % of the "
                               "adult floor, in eight languages, no copy cue",
}
EVASIONS = {
    "child_size_copy": "a baby's or child's size beside a copy cue, or at 3-10 % of the adult floor",
}

COPY_CUES = ["replica", "1:1", "mirror copy", "AAA copy", "high copy", "super clone"]

# the registry's apparel and footwear categories -> nouns of the goods a child wears (or a baby is wrapped in)
CHILD_GOODS = {
    "sneakers": ["sneakers", "shoes", "booties", "trainers"],
    "athletic shoes": ["running shoes", "trainers", "shoes"],
    "jackets": ["jacket", "snowsuit", "parka"],
    "outerwear": ["parka", "jacket", "snowsuit"],
    "sportswear": ["tracksuit", "hoodie", "t-shirt"],
    "denim": ["jeans", "denim jacket"],
    "jeans": ["jeans"],
    "scarves": ["blanket", "scarf"],
    "trench coats": ["trench coat", "coat"],
}
# (title template, description): a child word and the goods' noun, in the market's words
CHILD = [
    ("{m} baby {p}, new with tags", "Genuine {b}, our little one outgrew them before wearing."),
    ("{m} kids' {p} – size 28, new", "Genuine, bought for my son, wrong size."),
    ("{m} toddler {p}, unworn", "Genuine {b}, gift that did not fit."),
    ("{m} Crib {p} (infant), new in box", "Genuine, the box has the size sticker."),
    ("{m} Kinder {p}, Gr. 104, neu", "Original {b}, nie getragen."),
    ("{m} {p} bébé, neuf avec étiquette", "Authentique, taille 12 mois."),
    ("{m} {p} niño, talla 30, nuevo", "Original, regalo que no le quedó."),
    ("{m} детские {p}, новые", "Оригинал, не подошёл размер."),
]
CHILD_NATIVE = [  # the goods' noun in the script of the market, beside the child word
    ("{m} 儿童运动鞋 全新", "正品，孩子脚长了，没穿过。"),
    ("{m} キッズ スニーカー 新品", "正規品です。サイズが合いませんでした。"),
    ("{m} 아기 신발 새상품", "정품입니다. 사이즈가 안 맞아요."),
]
_FOOTWEAR = {"sneakers", "athletic shoes"}


def _child(b: BrandView, s: Scene) -> tuple[str, str, str, str] | None:
    """(category, mark, title, description) of a child's size of the brand's wearable goods, else None."""
    cats = [c for c in b.categories if c in CHILD_GOODS and c in b.floors]
    if not cats:
        return None
    r = s.rng
    cat = r.choice(cats)
    m = _plain_mark(b, s)
    if cat in _FOOTWEAR and r.random() < 0.3:
        title, desc = r.choice(CHILD_NATIVE)
        return cat, m, title.format(m=m), desc
    title, desc = r.choice(CHILD)
    return cat, m, _cap(title.format(m=m, p=r.choice(CHILD_GOODS[cat]))), desc.format(b=b.name)


def make_child_size(b: BrandView, s: Scene) -> Draft | None:
    if (found := _child(b, s)) is None:
        return None
    cat, m, title, desc = found
    amount, cur = _price(b, s, cat, 0.3, 0.48, m)
    return Draft(title, cat, (amount, cur), desc)


def make_child_size_copy(b: BrandView, s: Scene) -> Draft | None:
    if (found := _child(b, s)) is None:
        return None
    r = s.rng
    cat, m, title, desc = found
    if r.random() < 0.6:
        title = f"{title} {r.choice(COPY_CUES)}"
        amount, cur = _price(b, s, cat, 0.05, 0.5, m)
    else:
        amount, cur = _price(b, s, cat, 0.03, 0.1, m)
    return Draft(title, cat, (amount, cur), desc)


TRAP_MAKERS = {"trap_child_size_genuine": make_child_size}
EVASION_MAKERS = {"child_size_copy": make_child_size_copy}
