"""The adversary's stored-value and trade-case classes (trade26, 2026-12-04): the brand's gift card or voucher and a
distributor's wholesale case, sold honestly and by the copy and fraud trades.

Written from first principles of how the trades write: the brand's own card programmes (Apple Gift Card, PlayStation
Store card, eShop card, store vouchers) resold at their face value by someone who got one as a gift; the fraud trade's
cards at a fraction of their face value ("$100 card for $20", codes by email: stolen or carded codes) or a "gift card"
beside a copy's words; a distributor's or cash-and-carry's case of the brand's goods with its invoice at a fair price,
and the copy trade's wholesale lot that borrows "invoice" beside its grade words. Nothing is taken from a held-out set.

Traps (innocent, must stay quiet): a gift card or voucher at (or near) its face value, no copy word; a wholesale case
with the distributor's invoice at a fair price, no copy word.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {
    "gift_card_cheap": "the brand's gift card or voucher at 15-35 % of the face value its title states (the fraud "
                       "trade's stolen or carded codes), or a card beside a copy's words at its face value",
    "wholesale_copy_case": "a wholesale case or carton of the brand's goods 'with invoice' beside a copy's grade words "
                           "(AAA, 1:1, replica), at a copy's price",
}
TRAPS = {
    "trap_gift_card_face": "the brand's gift card, voucher, e-gift or store credit at (or near) its face value, no copy word",
    "trap_wholesale_invoice": "a distributor's wholesale case, carton or master case of the brand's goods with its "
                              "invoice, at a fair price, no copy word",
}
_CARD_WORDS = ["gift card", "Gift Card", "e-gift card", "voucher", "store voucher", "shop voucher", "gift voucher",
               "store credit", "Store card", "eGift", "Gutschein", "carte cadeau", "tarjeta regalo", "buono regalo",
               "cadeaubon", "karta podarunkowa"]
_FACES = [10, 15, 20, 25, 30, 40, 50, 60, 75, 100, 150, 200]
_FACE_WRITTEN = ["{f}", "{f} USD", "${f}", "USD {f}", "{f} EUR", "€{f}", "{f}€"]
_HONEST = ["Face value, unused.", "Got it as a present, unused, code not scratched.", "Unused, with receipt.",
           "Sealed card, never redeemed."]
_FRAUD = ["Instant delivery by email.", "Code sent in 5 minutes.", "Bulk codes available.", "Cheap codes, fast."]
_COPY = ["AAA replica", "1:1 copy", "high copy", "super copy", "mirror quality", "first copy"]
_CASES = ["wholesale case", "wholesale carton", "master case", "case from distributor", "wholesale pallet share",
          "cash & carry case", "trade case"]
_INVOICE = ["invoice", "VAT invoice", "distributor invoice", "tax invoice", "invoice and lot codes", "factura",
            "Rechnung"]


def _face(s: Scene) -> tuple[int, str]:
    face = s.rng.choice(_FACES)
    return face, s.rng.choice(_FACE_WRITTEN).format(f=face)


def make_gift_card_cheap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    face, written = _face(s)
    card = r.choice(_CARD_WORDS)
    if r.random() < 0.6:
        title = r.choice([f"{b.name} {card} {written}", f"{b.name} {card} {written} for only ${round(face * 0.25)}",
                          f"{card.capitalize()} {b.name} {written} – cheap"])
        return Draft(title, r.choice(b.categories), (round(face * r.uniform(0.15, 0.35), 2), "USD"), r.choice(_FRAUD))
    title = f"{b.name} {card} {written} – {r.choice(_COPY)}"
    return Draft(title, r.choice(b.categories), (round(face * r.uniform(0.9, 1.0), 2), "USD"), r.choice(_FRAUD))


def make_trap_gift_card_face(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    face, written = _face(s)
    card = r.choice(_CARD_WORDS)
    title = r.choice([f"{b.name} {card} {written}", f"{card.capitalize()} {b.name} {written}",
                      f"{b.name} {card}, {written}, unused"])
    return Draft(title, r.choice(b.categories), (round(face * r.uniform(0.85, 1.0), 2), "USD"), r.choice(_HONEST))


def make_wholesale_copy_case(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category(with_floor=True)
    title = f"{b.name} {s.product(cat)} – {r.choice(_CASES)}, {r.choice(_INVOICE)}, {r.choice(_COPY)}"
    return Draft(title, cat, s.price(cat, low=r.random() < 0.5), r.choice(["MOQ 10 cases.", "Ships worldwide.",
                                                                          "Mixed sizes."]))


def make_trap_wholesale_invoice(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category(with_floor=True)
    product = s.product(cat)
    if cat not in b.floors or any(c.isdigit() for c in product):
        return None  # a product named with its count ("24 pack") is priced per its units: units.py's classes
    title = f"{b.name} {product} – {r.choice(_CASES)}, {r.choice(_INVOICE)}"
    return Draft(title, cat, s.price(cat), r.choice(["Distributor invoice, batch codes, best before 2027.",
                                                     "Invoice with VAT, lot codes on every carton.",
                                                     "Cash-and-carry stock, invoice in the company's name."]))


EVASION_MAKERS = {"gift_card_cheap": make_gift_card_cheap, "wholesale_copy_case": make_wholesale_copy_case}
TRAP_MAKERS = {"trap_gift_card_face": make_trap_gift_card_face, "trap_wholesale_invoice": make_trap_wholesale_invoice}
