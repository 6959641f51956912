"""The adversary's classes of luxury goods told as barely used at a price no pre-owned piece fetches, and of a free
engraving added to the goods.

- A private seller's "worn twice, no box" (14 languages) on a luxury house's model named by its registry name ("Cartier
  Love bracelet") at 3-8 % of that model's floor, where pre-owned dealers sell such pieces at 60-120 % of list: must
  alert (evasion), for the houses of luxury accessories, jewellery and watches with such a model.
- The same words at a pre-owned dealer's price (55-110 % of the model's floor): quiet (trap).
- "+ free engraving of your name or date" (8 languages, the act after a word for free) on the brand's new goods at a
  copy's price (5-20 % of the floor): must alert (evasion); the engraving is the goods' add-on, not a service sold.
- The same free engraving on the goods at a retailer's price (100-115 % of the floor): quiet (trap).

Written from general knowledge of pre-owned luxury prices (Vestiaire Collective, The RealReal, Chrono24 listings of the
houses' classics) and of jewellers' gift engraving offers; no held-out listing's string (mend40, issue 9, after
outsider37's c_preowned_impossible37 and c_free_engraving37).
"""

from __future__ import annotations

from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene, _fold
from tests.eval.adversary.moving import _goods

TRAPS = {
    "trap_preowned_dealer_price": "a luxury house's model named by its registry name, told as barely used ('worn "
                                  "twice, no box'; 14 languages) at a pre-owned dealer's price (55-110 % of its floor)",
    "trap_free_engraving_retail": "the brand's goods with a free engraving added ('+ free engraving', '+ бесплатная "
                                  "гравировка'; 8 languages) at a retailer's price (100-115 % of the floor)",
}
EVASIONS = {
    "preowned_impossible": "a luxury house's model named by its registry name, told as barely used ('worn twice, no "
                           "box'; 14 languages) at 3-8 % of its floor",
    "free_engraving_copy": "the brand's new goods with a free engraving added (8 languages) at a copy's price (5-20 % of "
                           "the floor)",
}

LUXURY_IWGS = frozenset({"luxury-accessories", "jewelry-watches"})
# (title tail, description) of a private seller's barely used piece, one language each
WORN = [
    ("– worn twice", "Worn twice, selling because I don't use it. No box."),
    ("(used twice, no box)", "Used only twice, comes as pictured, no box or papers."),
    ("usado duas vezes", "Usado duas vezes, vendo porque não uso. Sem caixa."),
    ("usado dos veces", "Usado solo dos veces, lo vendo porque no lo uso. Sin caja."),
    ("porté deux fois", "Porté deux fois, je le vends car je ne le mets plus. Sans boîte."),
    ("zweimal getragen", "Nur zweimal getragen, verkaufe weil ungenutzt. Ohne Box."),
    ("indossato due volte", "Indossato due volte, lo vendo perché non lo uso. Senza scatola."),
    ("twee keer gedragen", "Twee keer gedragen, verkoop omdat ik het niet draag. Zonder doos."),
    ("noszony dwa razy", "Noszony tylko dwa razy, sprzedaję bo nie używam. Bez pudełka."),
    ("носила пару раз", "Носила пару раз, продаю за ненадобностью. Без коробки."),
    ("iki kez kullanıldı", "Sadece iki kez kullanıldı, kullanmadığım için satıyorum. Kutusu yok."),
    ("2回使用", "2回だけ使用しました。使わないので出品します。箱なし。"),
    ("두 번 착용", "두 번 착용했고 사용하지 않아 판매합니다. 박스 없음."),
    ("只戴过两次", "只戴过两次，闲置转让，无盒子。"),
]
# a free engraving added to the goods, one language each
ENGRAVING = [
    "+ free engraving of your name or date", "+ Бесплатная гравировка имени или даты",
    "+ безкоштовне гравіювання імені", "+ δωρεάν χάραξη ονόματος", "+ grabado gratis de nombre o fecha",
    "+ gravure offerte (prénom ou date)", "+ kostenlose Gravur mit Namen oder Datum", "+ incisione gratuita del nome",
]
ENGRAVING_DESC = ["Perfect gift, comes in a gift box.", "Идеальный подарок в коробке.", "Un regalo perfecto, en caja.",
                  "Le cadeau idéal, dans son écrin.", "Das perfekte Geschenk, in Geschenkbox."]


def _named_models(b: BrandView) -> list[tuple[str, tuple[float, str]]]:
    """The brand's registry models with a floor whose name holds one of the brand's marks and another word ("Love
    bracelet" of Cartier's mark Love), as the house's buyers name them."""
    marks = {tuple(m.value.casefold().split()) for m in b.marks}
    out = []
    for m in b.models:
        if m.floor is None or not m.name:
            continue
        name = m.name.split("(")[0].strip()
        words = tuple(name.casefold().split())
        if any(len(k) < len(words) and any(words[i:i + len(k)] == k for i in range(len(words))) for k in marks):
            out.append((name, m.floor))
    return out


def _worn(b: BrandView, s: Scene, share: tuple[float, float]) -> Draft | None:
    if b.iwg not in LUXURY_IWGS or not (models := _named_models(b)) or not b.categories:
        return None
    r = s.rng
    name, (amount, cur) = r.choice(models)
    tail, desc = r.choice(WORN)
    mark = name if _fold(b.name) in _fold(name) else f"{b.name} {name}"
    # filed where the piece's noun says ("belt" among belts, "watch" among watches), else the brand's first category
    words = [w for w in name.casefold().split() if len(w) >= 4]
    cat = next((c for c in b.categories if any(c.casefold().startswith(w) for w in words)), b.categories[0])
    return Draft(f"{mark} {tail}", cat, (round(amount * r.uniform(*share), 2), cur), desc)


def make_worn_copy(b: BrandView, s: Scene) -> Draft | None:
    return _worn(b, s, (0.03, 0.08))


def make_worn_trap(b: BrandView, s: Scene) -> Draft | None:
    return _worn(b, s, (0.55, 1.1))


def _engraved(b: BrandView, s: Scene, share: tuple[float, float]) -> Draft | None:
    goods = _goods(b, s)
    if goods is None or b.iwg not in LUXURY_IWGS:
        return None
    mark, cat, product, floor = goods
    r = s.rng
    amount, cur = _title_floor(b, f"{mark} {product}", floor)
    return Draft(f"{mark} {product} {r.choice(ENGRAVING)}", cat, (round(amount * r.uniform(*share), 2), cur),
                 r.choice(ENGRAVING_DESC))


def make_engraving_copy(b: BrandView, s: Scene) -> Draft | None:
    return _engraved(b, s, (0.05, 0.2))


def make_engraving_trap(b: BrandView, s: Scene) -> Draft | None:
    return _engraved(b, s, (1.0, 1.15))


TRAP_MAKERS = {"trap_preowned_dealer_price": make_worn_trap, "trap_free_engraving_retail": make_engraving_trap}
EVASION_MAKERS = {"preowned_impossible": make_worn_copy, "free_engraving_copy": make_engraving_copy}
