"""The adversary's copies passed on as the brand's own, and their honest twins (fresh53b, issue 9):

- A repair or replacement service that fits a COPY part bearing the brand's logo and hands it back as the brand's
  ("we fit a copy part with the {brand} logo", "pieza copia con logo", "Kopie-Teil mit Logo"), often with the passing-off
  pitch that the third party will not notice ("the customer won't notice", "el cliente no lo nota", "klient nie
  zauważy", "клиент не заметит"), or without it: alert (evasion `repair_copy_part_logo`; context/judge.py `_copy_part`,
  config.PASSING_OFF_PITCHES and COPY_PARTS). Its twin in the same words: a repairer fitting the brand's GENUINE part,
  with its logo, and saying it fits no copies, at a service's price: quiet (`trap_repair_genuine_part`).
- The brand's empty box, dust bag and shopping bag set sold "for copies" / "to upgrade your copy" (the packaging
  vendors of the rep trade, in 9 languages): alert (evasion `packaging_for_copies`; config.PACKAGING_FOR_COPIES). Its
  twin: a collector's original box and booklets of an item he owned, the item sold apart ("no item included"), at a
  box's price: quiet (`trap_collector_box`; context/condition.py `packaging`).
- The brand named plainly in a title with a neutral description, the copy grade only in an item specific ("Quality:
  AAA copy", "Version: top replica", "Calidad: réplica 1:1", "Качество: реплика"), at a copy's or a fair price: alert
  (evasion `grade_in_item_specific`; index.py `_attribute_cues`). Its twin: the same keys holding honest values
  ("Quality: Original", "Version: 2025", "Scale: 1:1", "Calidad: original con factura") at a shop's price: quiet
  (`trap_honest_item_specific`).
- A generic title ("brake disc with logo"), the brand only in a "Compatible Brand" item specific, the text claiming a
  copy ("high copy, identical to the original"): alert (evasion `compatible_brand_copy`; context/fields.py
  `fitting_attributes`). Its twin: a third party's own-brand part, the same item specific, no copy claimed: quiet
  (`trap_compatible_brand_honest`).
- A reproduction of a toy or game maker's goods that says it is not the maker's ("reproduction, not official",
  "unofficial repro", "reproducción no oficial"): alert (evasion `repro_not_official`; config.REPRO_ADMISSIONS). Its
  twin: an official, licensed reproduction or reprint edition at a shop's price: quiet (`trap_licensed_reproduction`).

Written from general knowledge of repair shops' service listings and consumer-protection warnings on counterfeit parts,
of the rep trade's packaging vendors and of marketplaces' item specifics; no held-out listing's string (after
outsider41's repair, packaging and attribute classes, which were read for their tactic only). Few listings a brand (FEW):
the suite's time is short.
"""

from __future__ import annotations

import re

from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {
    "repair_copy_part_logo": "a repair service fitting a copy part bearing the brand's logo, handed back as the brand's "
                             "(11 languages), often 'the customer won't notice', at a service's price",
    "packaging_for_copies": "the brand's empty box, dust bag and shopping bag set sold 'for copies' / 'to upgrade your "
                            "copy' (9 languages), at a packaging vendor's price",
    "grade_in_item_specific": "the brand named plainly over a neutral description, the copy grade only in an item "
                              "specific (Quality / Grade / Version / Calidad / Качество ...), at a copy's or fair price",
    "compatible_brand_copy": "a generic title ('with logo'), the brand only in a 'Compatible Brand' item specific, the "
                             "text claiming a copy (5 languages)",
    "repro_not_official": "a reproduction of a toy or game maker's goods that says it is not official / not original "
                          "(4 languages)",
}
TRAPS = {
    "trap_repair_genuine_part": "a repair service fitting the brand's genuine part with its logo, no copy parts, in the "
                                "same 11 languages, at a service's price",
    "trap_collector_box": "a collector's original box and booklets of an item he owned, the item sold apart (8 "
                          "languages), at a box's price",
    "trap_honest_item_specific": "the brand named plainly, the same item-specific keys holding honest values "
                                 "(original, a year, a scale, new), at a shop's price",
    "trap_compatible_brand_honest": "a third party's own-brand part under a generic title, the brand in a 'Compatible "
                                    "Brand' item specific, no copy claimed (3 languages)",
    "trap_licensed_reproduction": "an official, licensed reproduction or reprint edition of the maker's goods (3 "
                                  "languages), at a shop's price",
}
FEW = {"repair_copy_part_logo": 2, "packaging_for_copies": 2, "grade_in_item_specific": 2,
       "trap_repair_genuine_part": 2, "trap_collector_box": 2, "trap_honest_item_specific": 2,
       "compatible_brand_copy": 2, "trap_compatible_brand_honest": 2, "repro_not_official": 2,
       "trap_licensed_reproduction": 2}

# the part a repairer replaces, by the brand's sector (English; the other languages say "part")
PARTS = {"jewelry-watches": ["bezel insert", "crown", "bracelet", "dial", "clasp"],
         "consumer-electronics": ["battery", "screen", "charging port", "ear cushions", "back cover"],
         "luxury-accessories": ["zipper pull", "clasp", "strap", "hardware", "buckle"],
         "apparel-footwear": ["zipper pull", "buckle", "badge", "eyelets"],
         "home-appliances": ["battery", "filter", "brush head", "motor"],
         "sports-outdoor": ["grip", "strings", "buckle", "badge"],
         "automotive": ["emblem", "grille badge", "key shell", "wheel cap"]}
# (title, description) with {m} the mark, {p} the product, {part} the part, {b} the brand's name
REPAIR_COPY = [
    ("{m} {p} repair — {part} replacement",
     "We replace the {part} of your {m} {p} with a copy part with the {b} logo on it. Looks like the original, half "
     "the price of the service centre."),
    ("{m} {p} {part} replacement service",
     "Fitted with a copy {part} bearing the {b} logo; your customer won't notice. Same day service."),
    ("{b} {p} repair service, {part}",
     "Replacement {part} with the {b} logo printed. The client will never know it is not from {b}. Walk in or post."),
    ("Reparación {m} {p} — cambio de pieza",
     "Cambiamos la pieza de tu {p} por una pieza copia con el logo {b}; el cliente no lo nota. Entrega en el día."),
    ("Conserto {m} {p} — troca de peça",
     "Trocamos a peça do seu {p} por peça cópia com o logo {b}, o cliente não percebe. Orçamento grátis."),
    ("Réparation {m} {p} — remplacement de pièce",
     "Nous posons une pièce copie avec le logo {b} sur votre {p} ; le client ne verra pas la différence."),
    ("{m} {p} Reparatur – Teiletausch",
     "Wir verbauen ein Kopie-Teil mit {b}-Logo in Ihr {p}, der Kunde merkt nichts. Abholung möglich."),
    ("Naprawa {m} {p} – wymiana części",
     "Montujemy część kopia z logo {b} w Twoim {p}, klient nie zauważy. Szybko i tanio."),
    ("Ремонт {m} {p} — замена детали",
     "Ставим деталь-копию с логотипом {b} на ваш {p}, клиент не заметит. Гарантия 1 месяц."),
    ("{m} {p} tamiri – parça değişimi",
     "{p} için {b} logolu kopya parça takıyoruz, müşteri fark etmez. Aynı gün teslim."),
    ("Servis {m} {p} ganti sparepart",
     "Ganti pakai sparepart KW berlogo {b}, pelanggan tidak akan tahu. Bisa ditunggu."),
]
# the same, the copy part named without the pitch (config.COPY_PARTS)
REPAIR_COPY += [
    ("Reparación {m} {p}", "Cambio de pieza: ponemos repuesto copia con logo {b}, económico. Garantía 30 días."),
    ("Conserto {m} {p}", "Troca por peça cópia com logo {b}, preço baixo. Garantia 30 dias."),
    ("{m} {p} Reparatur", "Wir bauen ein Nachbau-Teil mit {b}-Logo ein, günstig. 30 Tage Garantie."),
    ("Naprawa {m} {p}", "Wymiana na część kopia z logo {b}, tanio. Gwarancja 30 dni."),
    ("Ремонт {m} {p}", "Замена на запчасть копия с логотипом {b}, недорого. Гарантия 30 дней."),
    ("Servis {m} {p}", "Ganti sparepart KW logo {b}, murah. Garansi 30 hari."),
    ("{m} {p} repair", "Swap to a clone {part} with the {b} logo, cheap. 30-day warranty."),
]
# the same services fitting the brand's genuine part, and saying so
REPAIR_GENUINE = [
    ("{m} {p} repair — {part} replacement",
     "We replace the {part} of your {m} {p} with a genuine {b} part with its logo, never copy parts. Parts invoice "
     "included."),
    ("{m} {p} {part} replacement service",
     "Fitted with the genuine {part} bearing the {b} logo, ordered from the {b} parts network. Same day service."),
    ("{b} {p} repair service, {part}",
     "Replacement {part} is the original {b} part with the logo; no copies, no aftermarket. Walk in or post."),
    ("Reparación {m} {p} — cambio de pieza",
     "Cambiamos la pieza de tu {p} por una pieza original con el logo {b}, nunca copias. Factura de la pieza."),
    ("Conserto {m} {p} — troca de peça",
     "Trocamos a peça do seu {p} por peça original com o logo {b}, nunca cópias. Nota fiscal da peça."),
    ("Réparation {m} {p} — remplacement de pièce",
     "Nous posons une pièce d'origine avec le logo {b} sur votre {p}, jamais de copies. Facture de la pièce."),
    ("{m} {p} Reparatur – Teiletausch",
     "Wir verbauen ein Originalteil mit {b}-Logo in Ihr {p}, keine Kopien. Rechnung für das Teil."),
    ("Naprawa {m} {p} – wymiana części",
     "Montujemy oryginalną część z logo {b} w Twoim {p}, żadnych podróbek. Faktura na część."),
    ("Ремонт {m} {p} — замена детали",
     "Ставим оригинальную деталь с логотипом {b} на ваш {p}, никаких копий. Чек на деталь."),
    ("{m} {p} tamiri – parça değişimi",
     "{p} için {b} logolu orijinal parça takıyoruz, kopya yok. Parça faturası verilir."),
    ("Servis {m} {p} ganti sparepart",
     "Ganti pakai sparepart original berlogo {b}, bukan KW. Nota sparepart disertakan."),
]

# (title, description) with {m} the mark; the packaging vendor's set for copies
PACKAGING_COPY = [
    ("{m} box + dust bag + shopping bag set", "Full packaging for copies, same as the boutique. Box, dust bag, ribbon."),
    ("{m} gift box and dust bag, new", "Upgrade your copy: factory new box set with card and ribbon. Bag not included."),
    ("{m} shopping bag + box set (new)", "Make your copy look retail. Box, tissue, shopping bag, care booklet."),
    ("Caja y bolsa {m} – set completo", "Empaque para copias, igual que en tienda: caja, bolsa y listón."),
    ("Caixa e saco {m} – kit completo", "Embalagem para cópias, igual à da loja: caixa, saco e fita."),
    ("Coffret et sac {m} – set complet", "Boîte pour copies, comme en boutique : boîte, sac à poussière, ruban."),
    ("{m} Box + Staubbeutel Set", "Verpackung für Kopien, wie im Laden: Box, Staubbeutel, Tragetasche."),
    ("Коробка и пыльник {m} — комплект", "Упаковка для копий, как в бутике: коробка, пыльник, пакет."),
    ("{m} 包装盒 防尘袋 手提袋 套装", "高仿专用包装 专柜同款 盒子 防尘袋 手提袋 丝带"),
]
# a collector's original box and booklets, the item sold apart
COLLECTOR_BOX = [
    ("{m} original box and booklets for {p}",
     "Original box and booklets from my own {p}, bought in {y}. The item was sold separately: no item included."),
    ("{m} empty box for {p}", "The box my {p} came in, bought in {y}. Box only, no item."),
    ("Caja original {m} de {p}", "Caja original y folletos de mi {p}, comprado en {y}. Artículo no incluido."),
    ("Caixa original {m} do {p}", "Caixa original e manuais do meu {p}, comprado em {y}. Artigo não incluído."),
    ("Boîte d'origine {m} pour {p}", "Boîte d'origine et livrets de mon {p}, acheté en {y}. Article non inclus."),
    ("{m} Originalkarton für {p}", "Originalkarton und Hefte meines {p}, gekauft {y}. Artikel nicht enthalten."),
    ("Oryginalne pudełko {m} do {p}", "Pudełko i instrukcje od mojego {p}, kupione w {y}. Bez zawartości."),
    ("Оригинальная коробка {m} от {p}", "Коробка и буклеты от моего {p}, куплен в {y}. Без содержимого."),
]
YEARS = ["2016", "2019", "2021", "2023"]

# the item-specific keys that hold a grade, in the markets' languages, and the copy grades sellers put there
GRADE_KEYS = ["Quality", "Grade", "Version", "Authenticity", "Calidad", "Qualidade", "Qualität", "Qualité", "Jakość",
              "Качество", "Kalite", "Kualitas", "品质"]
COPY_GRADES = ["AAA copy", "Top replica", "1:1 mirror copy", "high copy", "master copy", "super clone", "réplica AAA",
               "replika 1:1", "реплика", "高仿", "first copy", "mirror quality"]
HONEST_VALUES = [("Quality", "Original"), ("Version", "2025"), ("Authenticity", "Genuine, receipt included"),
                 ("Calidad", "Original con factura"), ("Qualität", "Neu, originalverpackt"), ("Качество", "Оригинал"),
                 ("Grade", "New"), ("Kalite", "Orijinal"), ("Kualitas", "Original resmi"), ("Scale", "1:1"),
                 ("Version", "EU version")]
NEUTRAL = ["Fast shipping. 7-day returns.", "Ships in 24 h, tracked.", "Envío rápido, devoluciones 7 días.",
           "Versand innerhalb 24 Std.", "Доставка 1-3 дня.", "Kargo aynı gün.", "Pengiriman cepat."]
_PACK = re.compile(r"\d+\s*(?:pack|pcs|pieces|x)\b|\bpack of\b|\bset of\b", re.IGNORECASE)
SECTORS = ("toys-games", "jewelry-watches", "apparel-footwear", "luxury-accessories", "sports-outdoor",
           "consumer-electronics", "home-appliances", "automotive")


def _mark(b: BrandView) -> str | None:
    return b.name if b.name.isascii() and len(b.name) >= 3 else None


def _goods(b: BrandView, s: Scene) -> tuple[str, str, str, float] | None:
    """The brand's name, a category with a floor in USD or CNY, a product of it and its floor in USD."""
    cats = [c for c in b.categories if c in b.floors and b.floors[c][1] in ("USD", "CNY")]
    if not cats or (m := _mark(b)) is None or b.iwg not in SECTORS:
        return None
    cat = s.rng.choice(cats)
    amount, cur = b.floors[cat]
    return m, cat, s.product(cat), amount / 7.2 if cur == "CNY" else amount


def _repair(b: BrandView, s: Scene, pool: list[tuple[str, str]]) -> Draft | None:
    if (goods := _goods(b, s)) is None or b.iwg not in PARTS:
        return None
    m, cat, product, floor = goods
    r = s.rng
    title, desc = r.choice(pool)
    words = dict(m=m, p=product, b=b.name, part=r.choice(PARTS[b.iwg]))
    return Draft(title.format(**words), cat, (round(floor * r.uniform(0.05, 0.3), 2), "USD"), desc.format(**words))


def _repair_copy(b: BrandView, s: Scene) -> Draft | None:
    return _repair(b, s, REPAIR_COPY)


def _repair_genuine(b: BrandView, s: Scene) -> Draft | None:
    return _repair(b, s, REPAIR_GENUINE)


def _packaging(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _goods(b, s)) is None:
        return None
    m, cat, _, floor = goods
    r = s.rng
    title, desc = r.choice(PACKAGING_COPY)
    return Draft(title.format(m=m), cat, (round(max(8.0, floor * r.uniform(0.02, 0.15)), 2), "USD"), desc)


def _collector(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _goods(b, s)) is None:
        return None
    m, cat, product, floor = goods
    r = s.rng
    title, desc = r.choice(COLLECTOR_BOX)
    words = dict(m=m, p=product, y=r.choice(YEARS))
    return Draft(title.format(**words), cat, (round(max(6.0, floor * r.uniform(0.02, 0.08)), 2), "USD"),
                 desc.format(**words))


def _graded(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _goods(b, s)) is None:
        return None
    m, cat, product, floor = goods
    r = s.rng
    draft = Draft(f"{m} {product}", cat, (round(floor * r.uniform(0.3, 1.1), 2), "USD"), r.choice(NEUTRAL))
    draft.attributes = {"Brand": b.name, r.choice(GRADE_KEYS): r.choice(COPY_GRADES)}
    return draft


def _honest_specific(b: BrandView, s: Scene) -> Draft | None:
    if (goods := _goods(b, s)) is None:
        return None
    m, cat, product, floor = goods
    if _PACK.search(product):
        return None  # a pack's price is its units' (index._units): one unit's floor would be a copy's price
    r = s.rng
    amount, cur = _title_floor(b, f"{m} {product}", (floor, "USD"))
    if cur not in ("USD", "CNY"):
        return None
    amount = amount / 7.2 if cur == "CNY" else amount
    draft = Draft(f"{m} {product}", cat, (round(amount * r.uniform(1.1, 1.6), 2), "USD"), r.choice(NEUTRAL))
    draft.attributes = {"Brand": b.name, **dict([r.choice(HONEST_VALUES)])}
    return draft


# the copy under a generic title, the brand only in a "Compatible Brand" item specific, the copy claimed in the text
COMPAT_COPY = ["High copy {p}, identical to the original, a fraction of the price.",
               "1:1 replica of the {p}, logo and packaging copied.", "Réplica AAA del {p}, igual al original.",
               "Kopie 1:1 des {p}, wie das Original.", "Реплика {p} 1:1, как оригинал.",
               "Mirror copy {p}, same as the original."]
COMPAT_HONEST = ["Aftermarket {p}, made to fit; our own brand, not a copy.", "Third-party {p}, own brand, fits the "
                 "listed models. Tested.", "Recambio compatible de marca propia, {p}. Garantía 1 año.",
                 "Kompatibles Ersatzteil ({p}), Eigenmarke, 2 Jahre Garantie."]
COMPAT_KEYS = ["Compatible Brand", "Compatible brand", "Fits Make", "Marca compatible", "Kompatible Marke"]


def _compat(b: BrandView, s: Scene, pool: list[str], low: float, high: float, logo: bool) -> Draft | None:
    if (goods := _goods(b, s)) is None or b.iwg not in ("automotive", "consumer-electronics", "sports-outdoor",
                                                         "home-appliances", "jewelry-watches", "toys-games"):
        return None
    m, cat, product, floor = goods
    r = s.rng
    if any(w.casefold() in product.casefold() for w in (m, *(x.value for x in b.marks[:6]))):
        return None  # the product's own words name the brand: not a generic title
    title = f"{product} with logo" if logo and r.random() < 0.6 else product
    draft = Draft(title, cat, (round(floor * r.uniform(low, high), 2), "USD"), r.choice(pool).format(p=product))
    draft.attributes = {"Brand": r.choice(["Generic", "Unbranded", "OEM", "No Brand"]), r.choice(COMPAT_KEYS): b.name}
    return draft


def _compat_copy(b: BrandView, s: Scene) -> Draft | None:
    return _compat(b, s, COMPAT_COPY, 0.1, 0.5, True)


def _compat_honest(b: BrandView, s: Scene) -> Draft | None:
    return _compat(b, s, COMPAT_HONEST, 0.2, 0.6, False)


# a reproduction of the brand's goods that says it is not the brand's, and the licensed reproduction that says it is
REPRO_COPY = [("{m} {p} reproduction", "Reproduction, not official. Same look as the original."),
              ("{m} {p} repro", "Unofficial repro, high quality print."),
              ("{m} {p} reprint", "Reprint, not original, plays like the real one."),
              ("{m} {p} reproducción", "Reproducción no oficial, igual a la original."),
              ("{m} {p} Reproduktion", "Inoffizielle Reproduktion, wie das Original."),
              ("{m} {p} репродукция", "Неофициальная репродукция, как оригинал.")]
REPRO_LICENSED = [("{m} {p} official reproduction", "Officially licensed reproduction by {b}, sealed."),
                  ("{m} {p} reedición oficial", "Reedición oficial licenciada por {b}, precintada."),
                  ("{m} {p} offizielle Neuauflage", "Offizielle Neuauflage von {b}, versiegelt.")]


def _repro(b: BrandView, s: Scene, pool: list[tuple[str, str]], low: float, high: float) -> Draft | None:
    if b.iwg != "toys-games" or (goods := _goods(b, s)) is None:
        return None
    m, cat, product, floor = goods
    r = s.rng
    title, desc = r.choice(pool)
    words = dict(m=m, p=product, b=b.name)
    if high > 1:
        amount, cur = _title_floor(b, f"{m} {product}", (floor, "USD"))
        if cur not in ("USD", "CNY") or _PACK.search(product):
            return None
        floor = amount / 7.2 if cur == "CNY" else amount
    return Draft(title.format(**words), cat, (round(floor * r.uniform(low, high), 2), "USD"), desc.format(**words))


def _repro_copy(b: BrandView, s: Scene) -> Draft | None:
    return _repro(b, s, REPRO_COPY, 0.2, 0.9)


def _repro_licensed(b: BrandView, s: Scene) -> Draft | None:
    return _repro(b, s, REPRO_LICENSED, 1.6, 2.5)


EVASION_MAKERS = {"repair_copy_part_logo": _repair_copy, "packaging_for_copies": _packaging,
                  "grade_in_item_specific": _graded, "compatible_brand_copy": _compat_copy,
                  "repro_not_official": _repro_copy}
TRAP_MAKERS = {"trap_repair_genuine_part": _repair_genuine, "trap_collector_box": _collector,
               "trap_honest_item_specific": _honest_specific, "trap_compatible_brand_honest": _compat_honest,
               "trap_licensed_reproduction": _repro_licensed}
