"""The adversary's classes of relabelled dates (precision30, issue 9): expired food, formula, cosmetics and medicines
given a new expiry or best-before label and resold at a shop's price ("new expiry label, repacked", "MHD überklebt",
改生产日期, 賞味期限貼り替え): the price explains nothing, the relabelling is the offence, so it must alert (evasion). Its
honest twin is the fresh stock whose seller names a long date ("fresh stock, expiry 2027", "new batch, long expiry",
"MHD 2027"): quiet (trap). Only brands with dated goods (cleared.py's DATED categories).

Written from general knowledge of food-safety and customs warnings on relabelled expired goods, in the markets'
languages, written anew here (the matcher's config.TAMPERED_TERMS are not read); found by outsider27's
c_relabel_expiry27 after that set was scored, none of its listings used.
"""

from __future__ import annotations

from tests.eval.adversary.cleared import DATED, _cat
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark
from tests.eval.adversary.genuine import _pack, _price

TRAPS = {
    "trap_fresh_date_fair": "the brand's dated goods (food, formula, cosmetics, OTC) sold as fresh stock with a long "
                            "expiry date named, at a shop's price, in many languages",
}
EVASIONS = {
    "relabelled_date_copy": "the brand's dated goods with their expiry or best-before date relabelled or reprinted "
                            "(new expiry label, MHD überklebt, 改生产日期), at a shop's price (70-140 % of the floor)",
}

RELABELLED = [
    "new expiry label, repacked", "new expiry sticker", "expiry date relabelled", "expiry reprinted, new box",
    "new dates printed", "new best before label", "expired stock relabelled", "MHD überklebt", "neues MHD-Etikett",
    "DLC réétiquetée", "nueva etiqueta de caducidad", "nuova etichetta di scadenza", "validade reetiquetada",
    "перебит срок годности", "改生产日期", "重新打日期", "賞味期限貼り替え", "유통기한 재부착",
]
FRESH = [
    "fresh stock, expiry 12/2027", "new batch, long expiry (2027)", "long expiry, best before 2027", "MHD 06/2027",
    "DLC 2027, stock frais", "caducidad 2027, lote nuevo", "scadenza 2027", "validade 2027", "срок годности до 2027",
    "新批次 保质期至2027年", "賞味期限 2027.06", "유통기한 2027.05", "fresh expiry 2027, batch on pack",
]


def _goods(b: BrandView, s: Scene, words: list[str], low: float, high: float) -> Draft | None:
    cat = _cat(b, s, DATED)
    if cat is None:
        return None
    m, p = _plain_mark(b, s), s.product(cat)
    amount, cur = _price(b, s, cat, low, high, m)
    return Draft(_cap(f"{m} {p} – {s.rng.choice(words)}"), cat, (round(amount * _pack(p), 2), cur), "")


def make_fresh(b: BrandView, s: Scene) -> Draft | None:
    return _goods(b, s, FRESH, 1.0, 1.5)


def make_relabelled(b: BrandView, s: Scene) -> Draft | None:
    return _goods(b, s, RELABELLED, 0.7, 1.4)


TRAP_MAKERS = {"trap_fresh_date_fair": make_fresh}
EVASION_MAKERS = {"relabelled_date_copy": make_relabelled}
