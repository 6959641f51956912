"""The adversary's classes of an owner's wardrobe clear-out and of counter (tag-cut) stock, and the copies that borrow
their words.

- An owner clearing out its closet or wardrobe ("Closet clean-out: <goods> (authentic)", "clearing out my wardrobe",
  "vide dressing", "Kleiderschrank ausmisten", "limpieza de armario", "desapego", "svuoto l'armadio", "kast opruimen",
  "czyszczenie szafy", "разбираю шкаф", 断舍离, 断捨離, 衣替え, 옷장 정리) sells its clothes, bags and watches second hand
  (40-95 % of the floor): quiet (trap). The same words beside a copy word ("some pieces are real, this one is a 1:1
  replica", "réplique", "Fake 1:1", "高仿") at 8-45 %, or at a price no used item sells for (3-18 %): both must alert
  (evasions).
- Counter stock withdrawn from a department store's brand counter, its labels cut (剪标 专柜撤柜, 專櫃撤櫃, タグカット品
  アウトレット) at an outlet's price (60-95 %): quiet (trap). The copy trade's tag-cut ("剪标 1:1 专柜同款", "タグカット
  スーパーコピー") at 8-40 %: must alert (evasion).

Written from general knowledge of wardrobe clear-outs on Vinted, Depop, Poshmark, Kleinanzeigen, Leboncoin, Wallapop,
Enjoei, Avito, Xianyu, Mercari and Danggeun and of counter-stock listings on Taobao, Xianyu and Mercari; no held-out
listing's string. Found by outsider35's in_closet_cleanout_genuine35 and in_tag_cut_genuine35 after that set was scored
(closet37, issue 9).
"""

from __future__ import annotations

from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap
from tests.eval.adversary.genuine_owned import _owned

TRAPS = {
    "trap_closet_clearout": "an owner's wardrobe clear-out (closet clean-out, vide dressing, Kleiderschrank ausmisten, "
                            "limpieza de armario, desapego, 断舍离, 断捨離, 옷장 정리; 15 languages) of the brand's "
                            "clothes, bags and watches, called authentic, at a used price (40-95 % of the floor), no "
                            "copy cue",
    "trap_counter_stock": "counter stock withdrawn from a department store's counter, its labels cut (剪标 专柜撤柜, "
                          "專櫃撤櫃, タグカット品 アウトレット), called genuine, at an outlet's price (60-95 % of the floor)",
}
EVASIONS = {
    "closet_copy_word": "the wardrobe clear-out's words beside a copy word ('some pieces are legit, this one is a rep', "
                        "réplique, Fake 1:1, 高仿) at 8-45 % of the floor",
    "closet_copy_price": "the wardrobe clear-out's words, no copy word, at a price no used item sells for (3-18 %)",
    "tag_cut_copy": "the copy trade's tag-cut (剪标 1:1 专柜同款, タグカット スーパーコピー, tags cut for customs, replica) "
                    "at 8-40 % of the floor",
}

# (title with {g} the goods, description), the owner's own clear-out, one language each
CLOSETS = [
    ("Closet clean-out: {g} (authentic)", "Clearing my closet. Genuine, bought at the store, receipt in photos."),
    ("Closet clear-out – {g}, authentic", "Worn a few times. Bundle discount on other pieces."),
    ("{g} – wardrobe clear-out", "Clearing out my wardrobe, genuine, bought in the shop."),
    ("Closet sale: {g}", "Cleaning out my closet, all authentic. Bundle 3+ items for 20% off."),
    ("Vide dressing – {g} authentique", "Je vide mon dressing, porté quelques fois, facture disponible."),
    ("Kleiderschrank ausmisten: {g} original", "Ich miste aus, wenige Male getragen, Rechnung vorhanden."),
    ("{g} – limpieza de armario", "Vacío mi armario, original, usado pocas veces."),
    ("Desapego: {g} original", "Limpando o guarda-roupa, usado poucas vezes, com nota fiscal."),
    ("{g} – svuoto l'armadio", "Svuoto l'armadio, originale, usato poche volte."),
    ("{g} – kast opruimen", "Kledingkast opruimen, origineel, met bon."),
    ("Czyszczenie szafy: {g} oryginał", "Czyszczę szafę, oryginalne, z paragonem."),
    ("{g} – разбираю шкаф", "Разбираю гардероб, оригинал, носила пару раз."),
    ("{g} 断舍离 正品", "断舍离出闲置，专柜购入，穿过几次。"),
    ("{g} 断捨離 正規品", "断捨離中です。数回使用しました。"),
    ("{g} 衣替えのため出品 正規品", "衣替えで出品します。正規店で購入。"),
    ("{g} 옷장 정리 정품", "옷장 정리 중입니다. 몇 번 착용했어요."),
    ("{g} – rensar garderoben", "Rensar garderoben, äkta, använd några gånger."),
]
# (not "this one is a rep" alone in the description: a bare "rep" there is too weak a cue for the scorer today, a known
# gap reported by closet37)
COPY_ASIDES = ["Some pieces are real, this one is a 1:1 replica.",
               "Certaines pièces sont vraies, celle-ci est une réplique.", "Manche Sachen sind echt, dieses ist Fake 1:1.",
               "有些是正品，这件是高仿。", "Mostly authentic, this one is a AAA copy.", "This one is a mirror quality copy."]
STOCK = ["All sizes available, ask for yours.", "Sizes 36-44 available.", "Several sizes in stock, restocked weekly."]

# (title tail, description) of counter stock
COUNTERS = [
    ("剪标 正品 专柜撤柜", "专柜撤柜货，剪标防止回流专柜退货。保真。"),
    ("專櫃撤櫃 剪標 正品", "專櫃撤櫃貨，剪標處理。正品保證。"),
    ("商场撤柜 正品", "商场撤柜货，吊牌已剪。"),
    ("タグカット品 正規品 アウトレット", "タグカット品（アウトレット流れ）。正規品です。"),
    ("タグカット品 正規品", "百貨店の催事流れのタグカット品です。正規品。"),
]
TAG_COPIES = [
    ("剪标 1:1 专柜同款", "剪标处理，防止查货被扣。做工和专柜一样。"),
    ("剪标 高仿 专柜同款", "剪标处理，做工和专柜一样，细节看图。"),
    ("タグカット スーパーコピー", "タグカット済みです（税関対策のため）。"),
    ("– tags cut for customs – replica", "Inner labels cut so it clears customs. AAA copy."),
]

# the goods an owner keeps in its wardrobe and clears out (clothes, shoes, bags, watches, jewellery, sports wear)
CLOSET_IWGS = frozenset({"apparel-footwear", "luxury-accessories", "jewelry-watches", "sports-outdoor"})
NOT_WORN = frozenset({"charms", "golf balls", "shuttlecocks", "batteries", "chargers", "crystal figurines"})  # no garment


def _closet_goods(b: BrandView, s: Scene):
    return _owned(b, s, lambda cat: cat not in NOT_WORN) if b.iwg in CLOSET_IWGS else None


def _closet(b: BrandView, s: Scene, share: tuple[float, float], extra: list[str] | None) -> Draft | None:
    goods = _closet_goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    g = f"{_cap(mark)} {product}"
    title, desc = r.choice(CLOSETS)
    title, desc = title.format(g=g), desc.format(g=g)
    if extra is not None:
        desc = f"{desc} {r.choice(extra)}"
    amount, cur = _title_floor(b, title, floor)
    return Draft(title, cat, (round(amount * r.uniform(*share), 2), cur), desc)


def make_closet_trap(b: BrandView, s: Scene) -> Draft | None:
    return _closet(b, s, (0.4, 0.95), None)


def make_closet_copy(b: BrandView, s: Scene) -> Draft | None:
    return _closet(b, s, (0.08, 0.45), COPY_ASIDES)


def make_closet_price(b: BrandView, s: Scene) -> Draft | None:
    return _closet(b, s, (0.03, 0.18), None)


def make_closet_stock(b: BrandView, s: Scene) -> Draft | None:
    return _closet(b, s, (0.08, 0.4), STOCK)


def _counter(b: BrandView, s: Scene, share: tuple[float, float], copy: bool) -> Draft | None:
    goods = _closet_goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    tail, desc = r.choice(TAG_COPIES if copy else COUNTERS)
    title = f"{_cap(mark)} {product} {tail}"
    amount, cur = _title_floor(b, title, floor)
    return Draft(title, cat, (round(amount * r.uniform(*share), 2), cur), desc)


def make_counter_trap(b: BrandView, s: Scene) -> Draft | None:
    return _counter(b, s, (0.6, 0.95), copy=False)  # an outlet's 30-60 % off list (condition.CLEARED_MOST_OFF)


def make_tag_cut_copy(b: BrandView, s: Scene) -> Draft | None:
    return _counter(b, s, (0.08, 0.4), copy=True)


TRAP_MAKERS = {"trap_closet_clearout": make_closet_trap, "trap_counter_stock": make_counter_trap}
# (a trader's stock class, "all sizes available" beside the clear-out, stayed below the floor: the clear-out's own "worn a
# few times" reads as used by the shared reader; make_closet_stock is kept unregistered, closet37)
EVASION_MAKERS = {"closet_copy_word": make_closet_copy, "closet_copy_price": make_closet_price,
                  "tag_cut_copy": make_tag_cut_copy}
