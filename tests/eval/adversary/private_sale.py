"""The adversary's classes of a private owner's resale. A private seller of goods it bought at a shop writes its
board's conventions (the EU private-sale disclaimer "Privatverkauf, keine Garantie, keine Rücknahme", "vente entre
particuliers, ni reprise ni échange", "sprzedaż prywatna, nie przyjmuję zwrotów"; a consumer-to-consumer parcel point,
Paczkomat, Mondial Relay, Zásilkovna, СДЭК, 7-11 店到店; North American and Australian local pickup, OBO, porch pickup,
Zelle/Venmo) beside a proof of purchase (Rechnung, Kassenbon, facture, factura, scontrino, paragon, účtenka, чек, 發票,
receipt) at a second-hand price: quiet (trap). The copy seller writes the same conventions around a copy word ("1:1
Replik", "rep", "kopia 1:1"), around new sealed goods at a copy's price, or beside a receipt at a price no used item
sells for: all must alert (evasions), for every brand with a floor for goods.

Written from general knowledge of the boards' private-sale wording (Kleinanzeigen, willhaben, ricardo, Marktplaats,
Leboncoin, OLX.pl, Subito, Wallapop, Avito, Shopee/Ruten, Facebook Marketplace, Craigslist, Gumtree); no held-out
listing's string. Found by outsider33's in_privatverkauf_genuine33, in_parcel_point_genuine33 and in_fb_obo_genuine33
(privat35), after that set was scored.
"""

from __future__ import annotations

from tests.eval.adversary.moving import _goods
from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene

TRAPS = {
    "trap_private_resale_receipt": "the brand's goods called genuine in a private owner's resale (the private-sale "
                                   "disclaimer, a parcel point or local pickup, 9 languages) with a receipt or invoice "
                                   "at a used price (45-90 % of the floor), no word of new goods, no copy cue",
    "trap_occasion_used": "the brand's goods with French 'occasion' alone as the title's condition word (leboncoin, "
                          "Vinted France) at a used price (45-90 % of the floor)",
}
EVASIONS = {
    "private_resale_copy_word": "the same private-sale conventions and receipt around a copy word (1:1 Replik, rep, "
                                "kopia 1:1, copie) at 10-60 % of the floor",
    "private_resale_new_copy": "the same conventions and receipt on goods called new and sealed at a copy's price "
                               "(8-30 % of the floor)",
    "private_resale_copy_price": "the same conventions and receipt, no condition named, at a price no used item sells "
                                 "for (3-15 % of the floor)",
    "occasion_copy_price": "the brand's goods with French 'occasion' in the title at a price no used item sells for "
                           "(3-15 % of the floor), or 'occasion' beside a copy word",
}

# (a title's tail, the description): the private seller's conventions and a proof of purchase, one language each
SALES = [
    ("original, Privatverkauf", "Privatverkauf, daher keine Garantie, keine Rücknahme. Original, gekauft im Fachhandel, "
                                "Rechnung liegt bei."),
    ("– Original mit Kassenbon", "Privatverkauf unter Ausschluss jeglicher Gewährleistung. Kassenbon vorhanden."),
    ("echt, Quittung vorhanden", "Verkauf von Privat, kein Umtausch. Quittung vom Händler dabei."),
    ("origineel, met bon", "Particuliere verkoop, geen garantie en geen retour. Kassabon aanwezig."),
    ("authentique, facture", "Vente entre particuliers, ni reprise ni échange. Acheté en boutique, facture fournie."),
    ("– authentique, envoi Mondial Relay", "Authentique, ticket de caisse fourni. Envoi en point relais Mondial Relay."),
    ("oryginał, paragon – Paczkomat", "Oryginał kupiony w salonie, paragon w zestawie. Wysyłka Paczkomatem InPost."),
    ("oryginał, sprzedaż prywatna", "Sprzedaż prywatna, nie przyjmuję zwrotów. Faktura do wglądu."),
    ("originál, účtenka – Zásilkovna", "Originál z oficiálního obchodu, účtenka. Pošlu Zásilkovnou."),
    ("originale, scontrino", "Vendita tra privati, no resi. Acquistato in negozio, scontrino presente."),
    ("original, con factura", "Venta entre particulares, sin devoluciones. Comprado en tienda, con factura."),
    ("оригинал, чек – отправка СДЭК", "Оригинал из официального магазина, есть чек. Отправлю СДЭК или Boxberry."),
    ("正品 附發票 7-11店到店", "專櫃購入正品，附發票，可店到店。"),
    ("– OBO, porch pickup", "Porch pickup or meet at the library lot. Cash/Zelle/Venmo. Authentic, bought at the store, "
                            "receipt available. OBO, no lowballers."),
    ("– local pickup, receipt", "Private sale, no returns. Genuine, bought from the shop, receipt included. "
                                "E-transfer or PayID, pickup only."),
]
COPY_WORDS = ["1:1 Replik", "Nachbildung 1:1", "rep", "1:1 rep", "kopia 1:1", "copie 1:1", "replica", "copia 1:1",
              "реплика 1:1", "高仿 1:1"]
NEW_WORDS = ["brand new sealed", "neu und originalverpackt", "neuf sous blister", "nowy, zafoliowany", "nuevo precintado",
             "nuovo sigillato", "новый, запечатан", "全新未拆", "BNIB sealed"]


def _sold(b: BrandView, s: Scene, share: tuple[float, float], word: str = "") -> Draft | None:
    """The brand's goods in a private owner's resale at `share` (lowest, highest) of their floor; `word` (a copy word
    or a new-goods word) goes into the title and the description."""
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    tail, desc = s.rng.choice(SALES)
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    title = f"{mark} {product} {word} {tail}" if word else f"{mark} {product} {tail}"
    return Draft(title, cat, (round(amount * s.rng.uniform(*share), 2), cur), f"{word}. {desc}" if word else desc)


def make_trap(b: BrandView, s: Scene) -> Draft | None:
    return _sold(b, s, (0.45, 0.9))


def make_copy_word(b: BrandView, s: Scene) -> Draft | None:
    return _sold(b, s, (0.1, 0.6), s.rng.choice(COPY_WORDS))


def make_new_copy(b: BrandView, s: Scene) -> Draft | None:
    return _sold(b, s, (0.08, 0.3), s.rng.choice(NEW_WORDS))


def make_copy_price(b: BrandView, s: Scene) -> Draft | None:
    return _sold(b, s, (0.03, 0.15))


OCCASION_TAILS = ["occasion", "occasion authentique", "occasion, très bon état", "occasion – bon état", "occasion TBE"]


def _occasion(b: BrandView, s: Scene, share: tuple[float, float], word: str = "") -> Draft | None:
    goods = _goods(b, s)
    if goods is None:
        return None
    mark, cat, product, floor = goods
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    tail = s.rng.choice(OCCASION_TAILS)
    title = s.rng.choice([f"{mark} {product} {tail}", f"Occasion : {mark} {product}"])
    title = f"{title} {word}" if word else title
    return Draft(title, cat, (round(amount * s.rng.uniform(*share), 2), cur),
                 s.rng.choice(["Remise en main propre ou envoi.", "Vendu sans boîte.", ""]))


def make_occasion_trap(b: BrandView, s: Scene) -> Draft | None:
    return _occasion(b, s, (0.45, 0.9))


def make_occasion_copy(b: BrandView, s: Scene) -> Draft | None:
    if s.rng.random() < 0.5:
        return _occasion(b, s, (0.1, 0.6), s.rng.choice(["copie 1:1", "réplique", "replica"]))
    return _occasion(b, s, (0.03, 0.15))


TRAP_MAKERS = {"trap_private_resale_receipt": make_trap, "trap_occasion_used": make_occasion_trap}
EVASION_MAKERS = {"private_resale_copy_word": make_copy_word, "private_resale_new_copy": make_new_copy,
                  "private_resale_copy_price": make_copy_price, "occasion_copy_price": make_occasion_copy}
