"""The adversary's classes of genuine resale whose price says nothing or says "resale", and the copies that borrow the
same words (resale55, issue 9):

- genuine goods whose owner discloses the marks of use ("light scratches and scuffs, see photos", "leichte
  Gebrauchsspuren", "quelques rayures", "потертости", "スレあり", "轻微划痕", "생활기스"; 14 languages) at 25-50 % of the
  floor: quiet (trap: the wear is a used condition, the price judged against the used floor). The same words on goods
  called a copy, at a copy's price or above it: alert (evasion);
- new goods resold by their owner with the shop's proof of purchase: new with tags (NWT, BNWT, "neu mit Etikett",
  "neuf avec étiquette", 全新吊牌, タグ付き, 새상품 택 있음), a sealed unwanted present with its gift receipt (13 languages)
  at 60-95 % of the floor: quiet (trap). The same words beside a copy word, or at a copy's price: alert (evasion);
- genuine goods whose price cannot be judged: a dealer's "price on request" with a placeholder far above the floor in
  the price field (7 languages), a price in Iranian rials (no reference rate: an official and a market rate ten times
  apart) on Divar or Sheypoor, or no price field at all, each with a claim of genuine goods and the shop's invoice,
  receipt or warranty: quiet (trap). The same listings with a copy word: alert (evasion).

Written from general knowledge of how owners word wear and resale-new goods on eBay, Poshmark, Vinted, Depop,
Kleinanzeigen, leboncoin, Wallapop, Subito, OLX, Avito, Mercari, Xianyu and Danggeun, how dealers word "price on
request", and how Divar and Sheypoor sellers word "original, with invoice"; the words and sentences are this module's
own, no listing of a held-out set (after outsider44's in_genuine_with_flaws44, in_poshmark_nwt_genuine44,
in_unwanted_gift_genuine44, in_price_on_request_genuine44 and in_irr_currency_genuine44, seen by resale55).
"""

from __future__ import annotations

import dataclasses

from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.honest50 import _priced

TRAPS = {
    "trap_wear_disclosed55": "genuine goods with the owner's disclosed marks of use (14 languages) at 25-50 % of the "
                             "floor",
    "trap_resale_new_receipt55": "new goods resold with the shop's proof of purchase: new with tags or a sealed unwanted "
                                 "present (13 languages) at 60-95 % of the floor",
    "trap_unpriced_genuine55": "genuine goods with no price to judge (price on request over a placeholder, a price in "
                               "Iranian rials, no price field) claimed genuine with the shop's invoice or warranty",
}
EVASIONS = {
    "wear_disclosed_copy55": "the same marks of use on goods called a copy, at 4-45 % of the floor",
    "resale_new_receipt_copy55": "new with tags or a sealed present with a receipt beside a copy word, or at 4-30 % of "
                                 "the floor",
    "unpriced_copy55": "price on request, a price in Iranian rials or no price field, 'original with invoice' beside a "
                       "copy word",
}
# one listing a brand and class (suite time)
FEW = dict.fromkeys((*TRAPS, *EVASIONS), 1)

# (title tail, description with {goods}) of genuine goods whose owner discloses their wear
WEAR = [
    ("– genuine, some wear", "Authentic {goods}. Light scratches and scuffs, see photos; priced to reflect that."),
    ("pre-loved, shows wear", "Genuine {goods} with corner wear and a few scratches, all shown in the pictures."),
    ("(authentic) – flaws shown", "Authentic {goods}, flaws shown in photos: scuff marks on the base, works fine."),
    ("– Original, mit Gebrauchsspuren", "Original {goods}, leichte Gebrauchsspuren und kleine Kratzer, siehe Fotos."),
    ("– authentique, traces d'usure", "{goods} authentique, quelques rayures et traces d'usure, voir photos."),
    ("– original, marcas de uso", "{goods} original con pequeños arañazos y marcas de uso. Ver fotos."),
    ("– originale, segni d'uso", "{goods} originale, qualche graffio e segni d'uso, vedi foto."),
    ("– original, sinais de uso", "{goods} original, alguns arranhões e sinais de uso, veja as fotos."),
    ("– origineel, gebruikssporen", "Originele {goods}, lichte krassen en wat gebruikssporen."),
    ("– oryginał, ślady użytkowania", "Oryginalny {goods}, drobne rysy i ślady użytkowania widoczne na zdjęciach."),
    ("– оригинал, потертости", "Оригинал {goods}, мелкие царапины и потертости, см. фото."),
    ("– orijinal, kullanım izleri", "Orijinal {goods}, ufak çizikler ve kullanım izleri var."),
    ("正規品 スレあり", "正規品の{goods}です。スレあり、使用感あり。写真をご確認ください。"),
    ("正品 轻微划痕", "正品{goods}，轻微划痕，有使用痕迹，看图。"),
    ("정품 생활기스", "{goods} 정품입니다. 생활기스 있음, 사진 참고해 주세요."),
]
# copy words of the same markets, beside the wear
WEAR_COPY = ["Replica, not the original.", "It is a copy, hence the price.", "Nachbau, kein Original.",
             "Réplique, pas authentique.", "Réplica, no es original.", "Replika, nie oryginał.", "Реплика, не оригинал.",
             "コピー品です。", "高仿，非正品。", "레플리카입니다, 정품 아님."]

# (title tail, description with {goods}) of new goods resold by their owner with the shop's proof of purchase
RESALE_NEW = [
    ("NWT – authentic", "NWT, authentic {goods}, receipt available on request. Offers welcome."),
    ("BNWT", "Brand new with tags, never worn. Genuine {goods}, original receipt included."),
    ("– unwanted gift, sealed", "Unwanted birthday present, still sealed. Genuine {goods} with the gift receipt."),
    ("new, tags attached", "Genuine {goods}, tags attached, proof of purchase in the photos."),
    ("– neu mit Etikett", "100% Original {goods}, neu mit Etikett, Rechnung vorhanden."),
    ("– neuf avec étiquette", "{goods} authentique, neuf avec étiquette, facture disponible."),
    ("– nuevo con etiquetas", "{goods} auténtico, nuevo con etiquetas, con ticket de compra."),
    ("– nuovo con cartellino", "{goods} autentico, nuovo con cartellino, con scontrino."),
    ("– novo com etiqueta", "{goods} 100% original, novo com etiqueta, com nota fiscal."),
    ("– nowy z metką", "Oryginalny {goods}, nowy z metką, paragon w zestawie."),
    ("– новый с биркой", "Подлинный {goods}, новый с биркой, есть чек."),
    ("全新吊牌 正品", "正品{goods}，全新吊牌在，有小票。"),
    ("新品未使用 タグ付き", "正規品の{goods}、新品未使用タグ付き。レシートあり。"),
    ("새상품 정품", "{goods} 정품 새상품, 택 있음, 영수증 있어요."),
]
RESALE_NEW_COPY = ["Replica 1:1, same as retail.", "Not authentic, price reflects.", "Mirror copy.", "Fake, sold as is.",
                   "Réplica AAA.", "Replik, kein Original.", "高仿。", "コピー品。", "레플 제품."]

# "price on request" over a placeholder: (title tail, description with {goods})
ON_REQUEST = [
    ("– price on request", "Price on request; the price shown is a placeholder. Genuine {goods}, invoice and "
                           "manufacturer warranty."),
    ("– POA", "POA, please enquire. Authentic {goods} from our showroom, full warranty."),
    ("– Preis auf Anfrage", "Preis auf Anfrage, der angezeigte Preis ist ein Platzhalter. Echte {goods}, mit "
                            "Rechnung und Garantie."),
    ("– prix sur demande", "Prix sur demande. {goods} authentique, facture et garantie."),
    ("– precio a consultar", "Precio a consultar. {goods} original, con factura y garantía."),
    ("– prezzo su richiesta", "Prezzo su richiesta. {goods} originale, con fattura e garanzia."),
    ("– cena na zapytanie", "Cena na zapytanie. Oryginalny {goods}, faktura i gwarancja."),
]
ON_REQUEST_COPY = ["Replica, top grade.", "Copy, not original.", "Nachbau 1:1.", "Réplique 1:1.", "Réplica AAA."]
# a price in Iranian rials: (title tail, description with {goods})
RIAL = [
    ("اصل", "{goods} اصل، با فاکتور خرید و گارانتی."),
    ("اصل با فاکتور", "{goods} اصل با فاکتور. نو و پلمپ."),
    ("اصلی", "{goods} اصلی، گارانتی شرکتی و فاکتور رسمی."),
]
RIAL_COPY = ["کپی درجه یک", "مستر کپی، اصل نیست", "های کپی"]
# no price field: (title tail, description with {goods})
NO_FIELD = [
    ("– authentic, ask for price", "Authentic {goods}, bought at the brand's store, receipt included. Ask for the "
                                   "price."),
    ("(genuine, with invoice)", "Genuine {goods}, VAT invoice and warranty. Message me for the price."),
    ("– 100% Original mit Rechnung", "100% Original {goods} mit Rechnung. Preis auf Anfrage."),
]
NO_FIELD_COPY = ["Replica, same as the original.", "1:1 copy.", "Nachbau, kein Original."]


def _goods_text(mark: str, product: str) -> str:
    return f"{mark} {product}"


def _told(b: BrandView, s: Scene, share: tuple[float, float], table: list[tuple[str, str]], copies: list[str] | None
          ) -> Draft | None:
    """The brand's goods at `share` of their floor, told in one of `table`'s (title tail, description), a copy word of
    `copies` after it when given."""
    if (goods := _priced(b, s, share)) is None:
        return None
    mark, cat, product, price = goods
    tail, desc = s.rng.choice(table)
    said = desc.format(goods=_goods_text(mark, product))
    if copies:
        said = f"{said} {s.rng.choice(copies)}"
    return Draft(f"{mark} {product} {tail}", cat, price, said)


def make_wear(b: BrandView, s: Scene) -> Draft | None:
    return _told(b, s, (0.25, 0.5), WEAR, None)


def make_wear_copy(b: BrandView, s: Scene) -> Draft | None:
    return _told(b, s, (0.04, 0.45), WEAR, WEAR_COPY)


def make_resale_new(b: BrandView, s: Scene) -> Draft | None:
    return _told(b, s, (0.6, 0.95), RESALE_NEW, None)


def make_resale_new_copy(b: BrandView, s: Scene) -> Draft | None:
    if s.rng.random() < 0.5:  # a copy word beside the proof, at a copy's price or a resale's
        return _told(b, s, (0.04, 0.9), RESALE_NEW, RESALE_NEW_COPY)
    return _told(b, s, (0.04, 0.3), RESALE_NEW, None)  # the proof alone at a copy's price


def _unpriced(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    way = s.rng.choice(("request", "rial", "none"))
    if way == "request":  # a placeholder far above the floor, in hundreds
        if (draft := _told(b, s, (30.0, 300.0), ON_REQUEST, ON_REQUEST_COPY if copy else None)) is None:
            return None
        amount, cur = draft.price
        return dataclasses.replace(draft, price=(float(round(amount, -2) or 99999), cur))
    if way == "none":
        draft = _told(b, s, (0.8, 1.2), NO_FIELD, NO_FIELD_COPY if copy else None)
        return None if draft is None else dataclasses.replace(draft, price=None)
    if (goods := _priced(b, s, (0.8, 1.2))) is None:
        return None
    mark, cat, product, (amount, cur) = goods
    # no reference rate for IRR: the amount is only written as Divar writes it
    tail, desc = s.rng.choice(RIAL)
    said = desc.format(goods=_goods_text(mark, product))
    if copy:
        tail = s.rng.choice(RIAL_COPY)
        said = f"{_goods_text(mark, product)} — {tail}. ارسال به همه شهرها."
    return Draft(f"{mark} {product} {tail}", cat, (float(round(amount * 50_000, -4)), "IRR"), said,
                 marketplace=s.rng.choice(("divar", "sheypoor")))


def make_unpriced(b: BrandView, s: Scene) -> Draft | None:
    return _unpriced(b, s, copy=False)


def make_unpriced_copy(b: BrandView, s: Scene) -> Draft | None:
    return _unpriced(b, s, copy=True)


TRAP_MAKERS = {"trap_wear_disclosed55": make_wear, "trap_resale_new_receipt55": make_resale_new,
               "trap_unpriced_genuine55": make_unpriced}
EVASION_MAKERS = {"wear_disclosed_copy55": make_wear_copy, "resale_new_receipt_copy55": make_resale_new_copy,
                  "unpriced_copy55": make_unpriced_copy}
