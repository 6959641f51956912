"""The adversary's classes of a moving sale. A private seller clearing the household before moving house or leaving the
country ("Moving sale (leaving the country): Coach Tabby", "Umzugsverkauf", "vente cause déménagement", 搬家甩卖,
帰国のため) sells the household's own, used belongings at a used price: quiet (trap). The copy seller tells the same life
story for NEW goods ("brand new, moving abroad, everything must go", "neuf, je déménage", "tax-free, no receipt") at a
copy's price, or names no condition at a price no used item sells for: both must alert (evasions), for every brand.

Written from general knowledge of classified boards' household sales (Craigslist and Facebook Marketplace "moving
sale", Kleinanzeigen "wegen Umzug", leboncoin "cause déménagement", Wallapop "por mudanza", Subito "per trasloco", OLX
"przeprowadzka", Avito "переезд", Xianyu 搬家/回国, Mercari 引越し/帰国, Danggeun 이사); no held-out listing and nothing of
the matcher was read. Found by outsider27's in_expat_moving_sale27 (nine of twelve alerting), after that set was scored.
"""

from __future__ import annotations

from tests.eval.adversary.codes import _PACK
from tests.eval.adversary.cover import _goods_floor, _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _fold

TRAPS = {
    "trap_moving_sale_used": "the brand's goods in a household moving or emigration sale (20 languages) at a used price "
                             "(40-90 % of the floor), no word of new goods, no copy cue",
}
EVASIONS = {
    "moving_sale_new_copy": "the brand's goods called new (brand new, neuf, nuevo, 全新, tax-free, no receipt) with a "
                            "moving-abroad story at a copy's price (8-45 % of the floor)",
    "moving_sale_copy_price": "the brand's goods in a moving sale, no condition named, at a price no used item sells "
                              "for (3-14 % of the floor)",
}

# (how the sale is announced in the title, a line of the description), one per language
SALES = [
    ("Moving sale (leaving the country):", "Bought locally, receipts available. Everything must go."),
    ("Moving sale –", "Relocating overseas next month, pick up or post."),
    ("Expat moving sale:", "Leaving the country, all from my own home."),
    ("Relocation sale:", "Smoke-free home, collection preferred."),
    ("Umzugsverkauf:", "Wegen Umzug ins Ausland, Abholung möglich."),
    ("Vente cause déménagement :", "Départ à l'étranger, remise en main propre."),
    ("Venta por mudanza:", "Me voy del país, entrega en mano."),
    ("Vendita per trasloco:", "Trasferimento all'estero, ritiro a mano."),
    ("Venda por mudança:", "Mudança de país, entrega em mão."),
    ("Verhuisverkoop:", "Wegens verhuizing naar het buitenland."),
    ("Flyttförsäljning:", "Säljes pga flytt utomlands."),
    ("Sprzedaż z powodu przeprowadzki:", "Wyjazd za granicę, odbiór osobisty."),
    ("Срочно, в связи с переездом:", "Уезжаю из страны, самовывоз."),
    ("Taşınma nedeniyle satılık:", "Yurt dışına taşınıyorum."),
    ("搬家甩卖", "自用，回国出，同城自提。"),
    ("引越しのため出品", "帰国のため、手渡し可。"),
    ("이사로 인해 판매", "이민 정리합니다. 직거래 가능."),
    ("Dijual pindahan:", "Pindah negara, COD bisa."),
    ("Bán do chuyển nhà:", "Về nước nên thanh lý."),
    ("بيع بداعي السفر:", "بسبب السفر، التسليم باليد."),
]
# a new-goods word or the diplomat's tax-free story, in the languages above
NEW_WORDS = ["brand new", "new with tags", "sealed", "neuf", "nuevo", "nuovo", "novo", "neu", "nieuw", "nowy", "новый",
             "yeni", "全新", "新品未使用", "새상품", "tax-free, no receipt", "duty free, new"]


def _sale(s: Scene) -> tuple[str, str]:
    return s.rng.choice(SALES)


def _goods(b: BrandView, s: Scene) -> tuple[str, str, str, tuple[float, str]] | None:
    """cover.py's goods with a price floor, the brand named as a private seller names it (a line's name alone, "EU2000i",
    gets the brand's name before it); goods in packs left out (a unit's floor)."""
    goods = _goods_floor(b, s)
    if goods is None or _PACK.search(goods[2]):
        return None
    mark, cat, product, floor = goods
    if _fold(b.name) not in _fold(mark):
        mark = f"{b.name} {mark}"
    return mark, cat, product, floor


def _sold(b: BrandView, s: Scene, share: tuple[float, float], title=None) -> Draft | None:
    """The brand's goods in a moving sale at `share` (lowest, highest) of their floor; `title(head, mark, product)`
    writes the title (default: the sale's announcement, then the goods)."""
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    head, desc = _sale(s)
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    written = title(head, mark, product) if title is not None else f"{head} {mark} {product}"
    return Draft(written, cat, (round(amount * s.rng.uniform(*share), 2), cur), desc)


def make_trap(b: BrandView, s: Scene) -> Draft | None:
    return _sold(b, s, (0.4, 0.9))


def make_new_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    return _sold(b, s, (0.08, 0.45), lambda head, mark, product: r.choice([
        f"{head} {mark} {product} {r.choice(NEW_WORDS)}",
        f"{_cap(mark)} {product} {r.choice(NEW_WORDS)} – {head.rstrip(':–')}"]))


def make_copy_price(b: BrandView, s: Scene) -> Draft | None:
    return _sold(b, s, (0.03, 0.14))


TRAP_MAKERS = {"trap_moving_sale_used": make_trap}
EVASION_MAKERS = {"moving_sale_new_copy": make_new_copy, "moving_sale_copy_price": make_copy_price}
