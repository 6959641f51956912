"""The adversary's shop-front classes (precision28, 2026-12-04): the brand's store fixtures and packaging sold alone, and
its online service's subscription codes, sold honestly and by the copy and fraud trades.

Written from first principles of how the trades write: a shop refit's fixtures (display stands, trays, risers, shelves,
dealer signs and clocks) and a boutique's packaging (paper shopping bags, dust bags, ribbons, empty gift boxes) resold
one piece or a few at a time by collectors and shop-fitting dealers; the copy trade's "packaging set" that dresses a
copy (box, dust bag, card and receipt "for your rep"), packaging by the dozen, or the same words beside a copy's; a
service's subscription or membership code for a term (12 months, 1 year) at its list price, and the fraud trade's codes
for a fraction of it. Nothing is taken from a held-out set.

Traps (innocent, must stay quiet): a fixture from a shop refit or the packaging alone said to hold nothing, by the
piece, no paperwork, no copy word; a subscription code for a term at a subscription's price, no copy word.
"""

from __future__ import annotations

from tests.eval.adversary.generate import CNY_PER, BrandView, Draft, Scene

EVASIONS = {
    "packaging_copy_kit": "the brand's packaging or fixture words dressing a copy: box + dust bag + card/receipt 'for "
                          "your rep', packaging by the dozen, or a fixture or empty box beside a copy's words",
    "subscription_code_cheap": "the brand's subscription or membership code for a term at a fraud's price (under "
                               "EUR 0.6 a month) or beside a copy's or a shared account's words",
}
TRAPS = {
    "trap_store_fixtures": "the brand's store fixture from a shop refit (display stand, tray, riser, sign, clock) or its "
                           "packaging alone (paper shopping bag, dust bag, ribbon, empty gift box), by the piece, in 8 "
                           "languages",
    "trap_subscription_term": "the brand's subscription or membership code for a term (3, 12 months, 1 year) at a "
                              "subscription's price, no copy word",
}
_FIXTURES = ["{m} dealer display stand, acrylic, ex-shop fixture", "{m} store display tray, ex-store fixture",
             "{m} retail display riser (ex-store)", "{m} dealer clock sign, ex-shop", "{m} shop sign, light box, from a shop refit",
             "{m} store wall display shelf x{k}, ex-store fitting", "{m} boutique display bust – store fixture",
             "{m} counter display, point of sale, ex-dealer", "{m} Händler Display Aufsteller, Ladenauflösung",
             "Présentoir {m} de magasin, ex-boutique", "Expositor {m} de tienda, ex-store",
             "{m} 店舗什器 ディスプレイ台", "{m} 매장 집기 진열대", "{m} 展示架 闭店 店铺道具"]
_PACKS = ["{m} paper shopping bag, medium – bag only, no product", "{m} shopping bag + ribbon, genuine packaging only",
          "{m} dust bag, genuine, no item", "{m} empty gift box with sleeve, packaging only", "{m} shopping bags x{k}, packaging only",
          "{m} empty box (no product)", "{m} Papiertüte, nur Verpackung", "{m} leere Schachtel, kein Inhalt",
          "Boîte {m} vide, emballage seulement", "Caja {m} vacía, sin producto", "{m} 紙袋 ショッパー のみ", "{m} 空箱",
          "{m} 纸袋 手提袋 仅包装", "{m} 쇼핑백만 판매"]
_HONEST = ["Packaging only – no product included.", "From a shop refit, fixture only.", "Collector's item, nothing inside.",
           "Genuine packaging, sold as is.", ""]
# (the same packaging words beside a copy's cue in the title, "Gucci dust bag, no item – AAA replica", are read by
# the accessory reading, which lowers them as a dust bag for the brand's bag: a gap of that reading, left to it and
# not drawn here)
_KITS = ["{m} box + dust bag + card for your rep", "{m} full packaging set for replica: box, dust bag, receipt",
         "{m} empty box with warranty card and receipt, for 1:1 copies", "{m} dust bags {n} pcs, empty, for resellers",
         "{m} shopping bags lot of {n}, packaging only", "{m} box, dust bag and receipt kit for reps",
         "{m} packaging set for your replica, box + bag + cards"]
_COPY = ["AAA replica", "1:1 copy", "high copy", "super copy", "mirror quality", "first copy", "replica"]
_SERVICES = ["subscription", "membership", "Plus membership", "Online membership", "Premium subscription",
             "Family plan subscription", "Abo", "abonnement", "suscripción", "assinatura"]
_TERMS = [(1, "1 month"), (3, "3 months"), (6, "6 months"), (12, "12 months"), (12, "1 year"), (12, "12 Monate"),
          (12, "12 mois"), (12, "12 meses"), (24, "24 months"), (12, "12个月"), (3, "3ヶ月"), (12, "12개월")]
_CODES = ["code", "voucher (code)", "digital code", "retail card", "key", "prepaid card", "card"]
_SUB_HONEST = ["Face value, sealed retail card.", "Unused code, bought at a supermarket, receipt.",
               "Got it as a gift, never redeemed.", ""]
_SUB_FRAUD = ["Instant delivery by email.", "Code sent in 5 minutes.", "Bulk codes available.", "Cheap codes, fast."]
KIT_LEAST_USD = 80
# the brands that sell a subscription to an online service of their own (PlayStation Plus, Xbox Game Pass and Microsoft
# 365, Nintendo Switch Online, Apple One and iCloud+, Adobe Creative Cloud, Autodesk subscriptions; general knowledge)
SUBSCRIBED = {"sony", "microsoft", "nintendo", "apple", "adobe", "autodesk"}
_SHARED = ["shared account", "cracked", "account sharing", "hacked account", "lifetime on shared account"]


def _mark(b: BrandView, s: Scene) -> str:
    return b.name


def _packaging_price(b: BrandView, s: Scene, cat: str, low: float, high: float) -> tuple[float, str]:
    amount, cur = b.floors.get(cat) or (50.0, "USD")
    return round(max(amount * s.rng.uniform(low, high), 2.0), 2), cur


def make_trap_store_fixtures(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category(with_floor=True)
    rows = _FIXTURES if r.random() < 0.5 else _PACKS
    title = r.choice(rows).format(m=_mark(b, s), k=r.randrange(2, 6))
    # a fixture or a piece of packaging: 0.5-15 % of the goods' floor (a paper bag at a few euros, a dealer's display
    # at a few hundred)
    return Draft(title, cat, _packaging_price(b, s, cat, 0.005, 0.15), r.choice(_HONEST))


def make_packaging_copy_kit(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category(with_floor=True)
    if cat not in b.floors or b.floors[cat][0] * CNY_PER.get(b.floors[cat][1], 0.0) / CNY_PER["USD"] < KIT_LEAST_USD:
        return None  # goods worth dressing: a copy's packaging kit is sold for goods of USD 80 or more
    title = r.choice(_KITS).format(m=_mark(b, s), n=r.choice([10, 12, 20, 50, 100]), c=r.choice(_COPY))
    return Draft(title, cat, _packaging_price(b, s, cat, 0.005, 0.1), r.choice(["Ships worldwide.", "Fast shipping.", ""]))


def make_trap_subscription_term(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if any("software" in c.casefold() for c in b.categories):
        return None  # a software house's subscription is its goods, judged as goods (judge._sells)
    months, term = r.choice(_TERMS)
    title = r.choice(["{m} {s} {t} {c}", "{m} {s} – {t} {c}", "{c} {m} {s} {t}"]).format(
        m=_mark(b, s), s=r.choice(_SERVICES), t=term, c=r.choice(_CODES))
    # list prices of the services run EUR 2-15 a month; resellers sell codes at 75-100 % of list
    return Draft(title.strip(), r.choice(b.categories), (round(months * r.uniform(2.0, 12.0), 2), "EUR"),
                 r.choice(_SUB_HONEST))


def make_subscription_code_cheap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if b.id not in SUBSCRIBED:
        return None
    # a term of 3 months or more: one month's price is read as a subscription's period (formats.py), not a code's
    months, term = r.choice([t for t in _TERMS if t[0] >= 3])
    mark, service, code = _mark(b, s), r.choice(_SERVICES), r.choice(_CODES)
    if r.random() < 0.6:
        return Draft(f"{mark} {service} {term} {code}", r.choice(b.categories),
                     (round(months * r.uniform(0.08, 0.6), 2), "EUR"), r.choice(_SUB_FRAUD))
    return Draft(f"{mark} {service} {term} {code} – {r.choice(_SHARED + _COPY)}", r.choice(b.categories),
                 (round(months * r.uniform(2.0, 8.0), 2), "EUR"), r.choice(_SUB_FRAUD))


EVASION_MAKERS = {"packaging_copy_kit": make_packaging_copy_kit, "subscription_code_cheap": make_subscription_code_cheap}
TRAP_MAKERS = {"trap_store_fixtures": make_trap_store_fixtures, "trap_subscription_term": make_trap_subscription_term}
