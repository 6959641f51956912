"""The adversary's class of genuine goods sold below the floor for a reason the seller discloses, with a fact the buyer
can check, and the copies that borrow the same words (genuine55, issue 9):

- a reason for the price and a verifiable fact of genuineness, in the words each kind of goods is sold in: a preloved
  item with a named third-party authenticator's certificate (Entrupy, Real Authentication, LegitGrails, CheckCheck,
  eBay's Authenticity Guarantee, KREAM 검수, 得物鉴定: fashion, bags, watches, shoes, jewellery), goods sold out of
  their retail box ("loose, complete", "new without box", "ohne OVP", "sans boîte", "箱なし": goods sold boxed), a
  perfumery's tester with its batch code or the shop it came from (fragrance and cosmetics), stock just past or near
  its best-before date, the date said (food, drink, medicines, cosmetics), at 55-85 % of the floor, no copy word:
  quiet (trap);
- the same words on a copy: "authenticated superfake", "passes Entrupy", "LegitGrails-proof", "no box, 1:1 replica",
  "factory tester, batch code", "best before passed, AAA copy", at 4-20 % of the floor: alert (evasion).

Written from general knowledge of how resellers, perfumeries, collectors and clearance shops word such goods and how
the authentication services word their certificates; the sentences are this module's own, no held-out listing's
string (after outsider43's in_perfume_tester_genuine43, in_bag_authenticated_preloved43, in_short_dated_genuine43 and
in_loose_genuine_figure43, scored on base55).
"""

from __future__ import annotations

import re

from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.honest50 import _priced

TRAPS = {
    "trap_vouched_genuine55": "genuine goods at 55-85 % of the floor with a disclosed reason and a fact a buyer can "
                              "check (an authenticator's certificate, loose/no box, a tester's batch code, a stated "
                              "short date), no copy word",
}
EVASIONS = {
    "vouched_copy55": "a copy that borrows the honest words (authenticated superfake, passes Entrupy, no box 1:1, "
                      "factory tester, best before passed AAA) at 4-20 % of the floor",
}
FEW = dict.fromkeys((*TRAPS, *EVASIONS), 2)

_FASHION = re.compile(r"bag|handbag|wallet|watch|shoe|sneaker|trainer|apparel|cloth|jacket|coat|scarf|scarves|jewel|"
                      r"bracelet|necklace|ring|sunglass|eyewear|leather|accessor|belt|parka|outerwear|fashion", re.I)
_BEAUTY = re.compile(r"fragrance|perfume|parfum|skincare|skin care|makeup|cosmetic|serum|beauty", re.I)
_DATED = re.compile(r"food|chocolate|confection|snack|drink|beverage|coffee|tea|formula|baby|pet food|water|otc|"
                    r"medicine|pharma|vitamin|supplement|skincare|cosmetic|sunscreen|oil|lubricant", re.I)

# (title tail, description) of each honest kind; {n} a certificate or batch number, {d} a date said
AUTHENTICATED = [
    ("– authenticated, Entrupy certificate", "Preloved, authenticated by Entrupy, certificate no. {n} in the photos. "
                                             "Light wear on the corners."),
    ("pre-owned, Real Authentication cert", "Pre-owned. Real Authentication certificate #{n}, you can look it up "
                                            "with them. Priced for the wear."),
    ("– LegitGrails certificate", "Second hand, LegitGrails certificate {n} included. Used a few times."),
    ("(eBay Authenticity Guarantee)", "Pre-owned, goes through eBay's Authenticity Guarantee before it ships to you."),
    ("gebraucht – von Entrupy authentifiziert", "Gebraucht, von Entrupy authentifiziert, Zertifikat Nr. {n}."),
    ("d'occasion – certificat Entrupy", "Occasion, authentifié par Entrupy, certificat n° {n} fourni."),
    ("usado – verificado por LegitGrails", "Usado, verificado por LegitGrails, certificado {n}."),
    ("중고 KREAM 검수 완료", "중고 상품입니다. KREAM 검수 완료, 인증서 {n} 있습니다."),
    ("二手 得物鉴定", "自用二手，得物鉴定过，鉴定证书编号 {n}。"),
]
UNBOXED = [
    ("– loose, complete", "Genuine, loose and complete with all its parts, no box. Price reflects the missing box."),
    ("new without box", "Genuine, new without box (NWOB): the box was lost in a move. That is why it is cheaper."),
    ("– no box", "Original, bought in the shop; no box any more, hence the price. Receipt in the photos."),
    ("ohne OVP", "Original, ohne OVP, deshalb günstiger. Kaufbeleg vorhanden."),
    ("sans boîte", "Authentique, vendu sans boîte, d'où le prix. Ticket de caisse en photo."),
    ("sin caja", "Original, sin caja, por eso el precio. Tengo el ticket de compra."),
    ("senza scatola", "Originale, senza scatola, per questo il prezzo. Scontrino disponibile."),
    ("箱なし", "正規品です。箱なしのためお安くしています。購入時のレシートあります。"),
]
TESTER = [
    ("tester, no cap", "Genuine tester from a perfumery, batch code {n} printed on the bottle, no cap, plain box."),
    ("tester (white box)", "Perfumery tester, batch number {n} shown in the photos. Full size, no cap."),
    ("Tester ohne Deckel", "Original Tester aus der Parfümerie, Chargennummer {n}, ohne Deckel."),
    ("testeur", "Testeur d'origine, numéro de lot {n} visible, sans bouchon."),
]
DATED = [
    ("– best before passed, clearance", "Genuine, best before {d} (passed), cleared from a shop. Sealed."),
    ("short dated", "Genuine stock, short dated: best before {d}. Reduced to clear."),
    ("– MHD abgelaufen", "Originalware, MHD {d} abgelaufen, daher reduziert. Ungeöffnet."),
    ("date courte", "Produit d'origine, date courte : à consommer de préférence avant le {d}."),
    ("临期", "正品临期，保质期到 {d}，清仓。"),
]
DATES = ["11/2026", "12/2026", "10.2026", "01/2027", "2026-11-30"]

# the same words on a copy
COPY = [
    ("authenticated superfake", "Superfake, 1:1 with the original, comes with an authenticity card."),
    ("– passes Entrupy", "Mirror quality, passes Entrupy and any legit check. Date code and dust bag."),
    ("LegitGrails-proof 1:1", "Top tier replica, LegitGrails-proof, certificate card included."),
    ("no box – 1:1 replica", "Replica 1:1, no box, ships discreetly."),
    ("loose – AAA copy", "AAA copy, loose, no packaging, same as the original."),
    ("factory tester, batch code", "Factory tester, A-grade copy, batch code on the bottle. Same as counter."),
    ("tester original 1:1", "Tester 1:1 replica, perfumery batch code printed, no cap."),
    ("best before passed – AAA", "AAA replica, best before passed so cheap, same as the original."),
    ("Réplica sin caja", "Réplica 1:1 sin caja, igual que el original."),
    ("高仿 无盒", "高仿1:1，无盒，鉴定证书可配。"),
]


_BOXED = re.compile(r"figure|doll|toy|kit|brick|game|console|controller|camera|lens|phone|tablet|laptop|headphone|"
                    r"earbud|speaker|watch|jewel|bracelet|necklace|shoe|sneaker|trainer|appliance|drill|tool|shaver|"
                    r"toothbrush|dryer|vacuum|collectible|electronic", re.I)


def _kinds(cat: str) -> list[list[tuple[str, str]]]:
    """The honest kinds that fit goods of this category: out of the box for goods sold boxed (not clothes, food or
    consumables), an authenticator's certificate for fashion, a tester for beauty, a short date for what dates."""
    kinds = []
    if _BOXED.search(cat) and not _BEAUTY.search(cat):
        kinds.append(UNBOXED)
    if _FASHION.search(cat):
        kinds.append(AUTHENTICATED)
    if re.search(r"fragrance|perfume|parfum|skincare|skin care|serum", cat, re.I):
        kinds.append(TESTER)
    if _DATED.search(cat):
        kinds.append(DATED)
    return kinds


def make_vouched(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.55, 0.85))) is None:
        return None
    mark, cat, product, price = goods
    if not (kinds := _kinds(cat)):
        return None
    tail, desc = s.rng.choice(s.rng.choice(kinds))
    number = f"{s.rng.choice('ABCDEFGHJK')}{s.rng.randint(10000, 99999)}"
    return Draft(f"{mark} {product} {tail}", cat, price, desc.format(n=number, d=s.rng.choice(DATES)))


def make_vouched_copy(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _priced(b, s, (0.04, 0.2))) is None:
        return None
    mark, cat, product, price = goods
    tail, desc = s.rng.choice(COPY)
    return Draft(f"{mark} {product} {tail}", cat, price, desc)


TRAP_MAKERS = {"trap_vouched_genuine55": make_vouched}
EVASION_MAKERS = {"vouched_copy55": make_vouched_copy}
