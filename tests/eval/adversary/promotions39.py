"""The adversary's classes of a retailer's gift with purchase, and the copy trade's lure that borrows its words.

- A retailer's promotion: the brand's goods at their list price (100-120 % of the floor) with a gift added after them
  ("<goods> + free <gift>", "<goods> + free gift: <gift>", "<goods> with gift with purchase", "<goods> + <gift> gratis",
  "+ <gift> offert", "inkl. gratis <gift>", "+ <gift> в подарок", "送<gift> 赠品", "<gift> 증정", "<gift>プレゼント";
  12 languages): quiet (trap). The gift is a small thing of the brand or the shop (a pouch, a travel size, a voucher, a
  second accessory).
- The copy trade's lure: a cheap unrelated item bought, the brand's goods given "FREE" ("Buy a <cheap item>, get <goods>
  FREE", "<cheap item> + FREE <goods>", "compra … y llévate … gratis", "купи … и получи … в подарок", "买…送…") at
  the cheap item's price (2-12 % of the goods' floor): must alert (evasion).
- The same promotion's words beside a copy word ("+ free gift, 1:1 mirror copy") at a fair price: must alert.

Written from general knowledge of retailers' launch and pre-order gifts, cosmetics houses' gift-with-purchase weeks and
marketplace lures; no held-out listing's string (promo39, issue 9, after outsider37's in_free_gift_official37).
"""

from __future__ import annotations

from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.moving import _goods

TRAPS = {
    "trap_gift_with_purchase": "a retailer's gift with purchase: the brand's goods at list price (100-120 % of the "
                               "floor) with a small gift after them ('+ free pouch', 'gratis', 'offert', 'в подарок', "
                               "赠品, 증정, プレゼント; 12 languages), no copy cue",
}
EVASIONS = {
    "gift_lure": "a cheap unrelated item with the brand's goods 'FREE' as its gift ('buy a phone stand, get <goods> "
                 "FREE', 买…送…) at the cheap item's price (2-12 % of the goods' floor)",
    "gift_promo_copy": "a gift with purchase's words beside a copy word ('+ free gift, 1:1 mirror copy', 'réplique') at "
                       "a fair price (100-120 % of the floor)",
}

# small gifts a retailer adds: the shop's or the brand's minor goods, never the brand's flagship
GIFTS = ["storage pouch", "travel pouch", "carry case", "cleaning cloth", "gift voucher", "tote bag", "keyring",
         "spare strap", "screen protector", "wireless charger", "travel-size set", "sample kit", "2-year care pack"]
# (title with {g} the goods and {x} the gift, description), one language each
PROMOS = [
    ("{g} + free {x} (launch offer)", "While stocks last. Invoice included."),
    ("{g} + FREE {x}", "Pre-order gift, shipped with the order."),
    ("{g} – free gift: {x}", "Gift with purchase this week only."),
    ("{g}, gift with purchase ({x})", "Offer valid while stocks last."),
    ("{g} + {x} gratis (oferta de lanzamiento)", "Envío en 24 h. Factura incluida."),
    ("{g} + {x} en cadeau", "Offre de lancement, facture jointe."),
    ("{g} inkl. gratis {x} (Aktion)", "Solange der Vorrat reicht. Rechnung liegt bei."),
    ("{g} + {x} in omaggio", "Promozione valida fino a esaurimento scorte."),
    ("{g} + {x} de brinde", "Promoção de lançamento, com nota fiscal."),
    ("{g} + {x} в подарок", "Акция до конца месяца, чек прилагается."),
    ("{g} 送{x} 赠品", "活动期间下单即送赠品，开具发票。"),
    ("{g} 구매 시 {x} 증정", "행사 기간 한정 사은품입니다."),
    ("{g} 購入で{x}プレゼント", "期間限定のキャンペーンです。"),
    ("{g} + {x} hediye", "Kampanya stoklarla sınırlıdır, faturalı."),
]
# cheap items a lure makes the buyer pay for. (Not "Kaufe …": on German classifieds it opens a wanted post. Not the
# Chinese "买…送…" / "拍…送…": the giveaway's 送 silences the lure today, and the Korean "… 구매 시 … 무료 증정"
# reads a second brand: known gaps reported by promo39. Not a keychain, sticker or mouse pad: goods of the brand's own
# accessory words, read as its accessory.)
CHEAP = ["phone stand", "pair of socks", "USB cable", "water bottle", "shoelaces", "lip balm", "bookmark", "notebook",
         "coffee mug", "hair clip"]
LURES = [
    ("Buy a {c}, get {g} FREE!", "Buy a {c} and get {g} FREE. Only today."),
    ("{c} + FREE {g}", "Order the {c}, the {g} is our gift."),
    ("Compra un {c} y llévate {g} GRATIS", "Compra un {c} y llévate {g} gratis. Solo hoy."),
    ("Achetez un {c}, {g} OFFERT", "Pour l'achat d'un {c}, {g} offert."),
    ("Beim Kauf von {c}: {g} GRATIS", "Zu jedem {c} gibt es {g} gratis."),
    ("Купи {c} и получи {g} в подарок", "Купи {c} и получи {g} в подарок! Акция."),
]
COPIES = ["1:1 mirror copy", "réplique AAA", "Replik 1:1", "高仿", "master copy", "réplica AAA"]


def _promo(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    g = f"{mark} {product}"
    title, desc = r.choice(PROMOS)
    title = title.format(g=g, x=r.choice(GIFTS))
    if copy:
        title = f"{title} {r.choice(COPIES)}"
    amount, cur = _title_floor(b, g, floor)
    return Draft(title, cat, (round(amount * r.uniform(1.0, 1.2), 2), cur), desc)


def make_promo_trap(b: BrandView, s: Scene) -> Draft | None:
    return _promo(b, s, copy=False)


def make_promo_copy(b: BrandView, s: Scene) -> Draft | None:
    return _promo(b, s, copy=True)


def make_lure(b: BrandView, s: Scene) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    g, c = f"{mark} {product}", r.choice(CHEAP)
    title, desc = r.choice(LURES)
    amount, cur = _title_floor(b, g, floor)
    return Draft(title.format(g=g, c=c), cat, (round(amount * r.uniform(0.02, 0.12), 2), cur), desc.format(g=g, c=c))


TRAP_MAKERS = {"trap_gift_with_purchase": make_promo_trap}
EVASION_MAKERS = {"gift_lure": make_lure, "gift_promo_copy": make_promo_copy}
