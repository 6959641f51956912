"""The adversary's closet lots of three houses' items where the seller says WHICH item is the copy (lots51, issue 9).

- An owner's lot of three houses' items that vouches for two of them ("all authentic with receipts (A, B)") and
  names the third as the exception ("except the <C goods>, which is a copy"; außer, sauf, excepto, tranne, exceto,
  behalve, oprócz, кроме, hariç, kecuali), at about what the two genuine items fetch: only the copied brand alerts
  (evasion `lots_exception_copy`; the other brands, named plainly with nothing of their own, are lowered by
  index._beside_copy).
- The honest twin: the same lot, every item vouched for with its receipt, at the items' floors or more: quiet (trap
  `trap_lots_all_vouched`).

Written from general knowledge of closet clear-outs on Vinted, Kleinanzeigen, Leboncoin, Wallapop, OLX, Avito and
Tokopedia (their words for a lot, a receipt and an exception); no held-out listing's string. Few listings a brand
(FEW): the suite's time is short.
"""

from __future__ import annotations

from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap
from tests.eval.adversary.moving import _goods
from tests.eval.adversary.multi50 import _others

EVASIONS = {
    "lots_exception_copy": "an owner's lot of three houses' items vouching for two with receipts and naming the third "
                           "as the exception, a copy (11 languages), at the two genuine items' price: only the copied "
                           "brand",
}
TRAPS = {
    "trap_lots_all_vouched": "an owner's lot of three houses' items, every one vouched for with its receipt (11 "
                             "languages), at the items' floors or more",
}
FEW = {"lots_exception_copy": 2, "trap_lots_all_vouched": 2}

# (title head, item separator, vouching line with {v} the vouched brands, exception with {g} the copied item and {c}
# the copy's word, all-vouched line), one language each
LOTS = [
    ("Wardrobe clear-out lot: ", " + ", "All genuine, receipts for {v}", ", apart from the {g}: that one is a {c}.",
     "Every piece genuine, receipts for all of them."),
    ("Kleiderschrank-Paket: ", " + ", "Alles echt, Kassenbons von {v}", ", außer {g}: das ist eine {c}.",
     "Alles echt, Kassenbons für jedes Teil."),
    ("Lot dressing : ", " + ", "Tout est authentique, tickets de caisse pour {v}", ", sauf {g} qui est une {c}.",
     "Tout est authentique, ticket de caisse pour chaque pièce."),
    ("Lote armario: ", " + ", "Todo auténtico, con tickets de {v}", ", excepto {g}, que es una {c}.",
     "Todo auténtico, con ticket de cada pieza."),
    ("Lotto armadio: ", " + ", "Tutto originale, scontrini di {v}", ", tranne {g}, che è una {c}.",
     "Tutto originale, scontrino per ogni capo."),
    ("Lote guarda-roupa: ", " + ", "Tudo original, com nota fiscal de {v}", ", exceto {g}, que é {c}.",
     "Tudo original, nota fiscal de cada peça."),
    ("Kledingkast-lot: ", " + ", "Alles echt, bonnetjes van {v}", ", behalve {g}: dat is een {c}.",
     "Alles echt, bonnetje van elk stuk."),
    ("Paczka z szafy: ", " + ", "Wszystko oryginalne, paragony do {v}", ", oprócz {g} – to {c}.",
     "Wszystko oryginalne, paragon do każdej rzeczy."),
    ("Лот из гардероба: ", " + ", "Всё оригинал, чеки на {v}", ", кроме {g} — это {c}.",
     "Всё оригинал, чеки на каждую вещь."),
    ("Dolap lotu: ", " + ", "Hepsi orijinal, {v} faturalı", ", {g} hariç: o bir {c}.",
     "Hepsi orijinal, her parçanın faturası var."),
    ("Paket lemari: ", " + ", "Semua asli, ada nota untuk {v}", ", kecuali {g}, itu {c}.",
     "Semua asli, ada nota untuk setiap barang."),
]
COPIES = ["replica", "1:1 copy", "Replika", "réplique", "réplica", "copia", "kopia", "копия", "kopya", "rep",
          "mirror copy", "namaak"]


def _lot(b: BrandView, s: Scene, exception: bool) -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    others = _others(b, s, cur)
    if others is None:
        return None
    r = s.rng
    mine = (mark, product, amount)
    items = [mine, *others]
    r.shuffle(items)
    head, sep, vouch, except_, all_ = r.choice(LOTS)
    title = _cap(head + sep.join(f"{m} {p}" for m, p, _ in items))
    if exception:
        vouched = [i for i in items if i is not mine]
        desc = vouch.format(v=", ".join(m for m, _, _ in vouched)) + except_.format(
            g=f"{mark} {product}", c=r.choice(COPIES))
        total = sum(a for _, _, a in vouched) * r.uniform(1.05, 1.3)
    else:
        desc = all_
        total = sum(a for _, _, a in items) * r.uniform(1.05, 1.4)
    return Draft(title, cat, (round(total, 2), cur), desc)


def make_exception_copy(b: BrandView, s: Scene) -> Draft | None:
    return _lot(b, s, exception=True)


def make_all_vouched(b: BrandView, s: Scene) -> Draft | None:
    return _lot(b, s, exception=False)


EVASION_MAKERS = {"lots_exception_copy": make_exception_copy}
TRAP_MAKERS = {"trap_lots_all_vouched": make_all_vouched}
