"""The adversary's number classes: a registered model number inside goods of another kind (a bearing's lot, a pump
seal's part number, an office supply's SKU, an order number on a made-to-order sign), which must stay quiet; and the
copies that name the brand's goods by a bare model number, which must still alert.

Written from first principles and general knowledge of how shops number what they sell (SKU, lot and batch numbers,
part numbers and P/N, order and invoice numbers, the German "Art.-Nr." and "Best.-Nr.", French "réf." and "n° de lot",
Spanish and Portuguese "ref."/"lote"/"cód.", Italian "cod. art.", Dutch "artikelnummer", Polish "nr kat.", Turkish
"ürün kodu", Japanese 品番, Chinese 货号/型号, Russian "артикул") and what industrial, office and hobby suppliers
list (bearings, seals, actuators, capacitors, relays, hose clamps, label tape, envelopes, filing supplies); nothing
of the matcher and no held-out listing was read. A registered model number of six digits, or of a letter or two and
a few digits, is one such number among millions.
"""

from __future__ import annotations

import re

from tests.eval.adversary import disguises
from tests.eval.adversary.generate import BrandView, Draft, Model, Scene, _cap, _model_category

TRAPS = {
    "trap_number_collision": "goods of a kind no demo brand sells (bearings, seals, actuators, electronic components, "
                             "hose clamps, label tape, office supplies, pet supplies) whose SKU, lot, part, order or "
                             "article number equals a registered model number, in 12 languages",
}
EVASIONS = {
    "fake_number_own_goods": "a copy of the brand's goods named by its model number alone (bare or after SKU / Art.-Nr. "
                             "/ ref), in the brand's category, with a copy cue or at a copy's price far below the "
                             "floor; or filed far away with the replica trade's own words (1:1 super clone, AAA)",
}

# (language, title with {n} the number after its label, category, price in USD); {n} is a label and the number
GOODS = [
    ("en", "Deep groove ball bearing 6204-2RS, {n}, 10 pcs", "Business & Industrial > Bearings", 18),
    ("en", "{n} – pillow block bearing UCP205, cast iron", "Business & Industrial > Bearings", 24),
    ("en", "Nitrile O-ring assortment 225 pcs, {n}", "Business & Industrial > Hydraulics > Seals", 12),
    ("en", "Hydraulic cylinder seal kit, {n}", "Business & Industrial > Hydraulics", 35),
    ("en", "Linear actuator 12V 150mm stroke – {n}", "Business & Industrial > Automation", 55),
    ("en", "Electrolytic capacitor 470uF 25V, 50 pcs – {n}", "Business & Industrial > Electronic Components", 7),
    ("en", "Solid state relay 40A, {n}", "Business & Industrial > Electrical", 14),
    ("en", "Stainless hose clamp set 60 pcs ({n})", "Business & Industrial > Fasteners", 11),
    ("en", "Label tape 12mm black on white, 3 rolls – {n}", "Office Supplies > Label Makers", 15),
    ("en", "Cable ties 300mm black, pack of 500, {n}", "Business & Industrial > Electrical", 9),
    ("en", "Stepper motor NEMA 17, 1.8 degree, {n}", "Business & Industrial > Automation", 16),
    ("en", "Manila envelopes C4, box of 250 – {n}", "Office Supplies > Envelopes", 22),
    ("en", "Lever arch files A4, pack of 10, {n}", "Office Supplies > Filing", 19),
    ("en", "Cat litter clumping 10 kg – {n}", "Pet Supplies > Cat Litter", 14),
    ("en", "Aquarium air pump, silent, {n}", "Pet Supplies > Fish & Aquariums", 17),
    ("de", "Rillenkugellager 6205-2RS, 10 Stück – {n}", "Business & Industrial > Kugellager", 16),
    ("de", "Hydraulik Dichtungssatz für Zylinder – {n}", "Business & Industrial > Hydraulik", 29),
    ("de", "Briefumschläge DIN lang, 500 Stück, {n}", "Bürobedarf > Briefumschläge", 21),
    ("fr", "Roulement à billes 6203 ZZ, lot de 10 – {n}", "Industrie > Roulements", 14),
    ("fr", "Joint torique NBR, assortiment 400 pièces, {n}", "Industrie > Joints", 13),
    ("es", "Rodamiento rígido de bolas 6202, pack 10 – {n}", "Industria > Rodamientos", 12),
    ("es", "Kit de juntas hidráulicas para cilindro, {n}", "Industria > Hidráulica", 31),
    ("it", "Cuscinetto a sfere 6201 2RS, 10 pezzi – {n}", "Industria > Cuscinetti", 12),
    ("it", "Condensatori elettrolitici 100uF, 50 pezzi, {n}", "Industria > Componenti elettronici", 8),
    ("nl", "Kogellager 6204 ZZ, 10 stuks – {n}", "Zakelijk & Industrie > Lagers", 15),
    ("pl", "Łożysko kulkowe 6205 2RS, 10 szt. – {n}", "Przemysł > Łożyska", 14),
    ("pt", "Rolamento de esferas 6203, kit 10 unidades – {n}", "Indústria > Rolamentos", 13),
    ("tr", "Rulman 6204 ZZ, 10 adet – {n}", "Endüstriyel > Rulmanlar", 12),
    ("ru", "Подшипник 6204 2RS, 10 шт – {n}", "Промышленность > Подшипники", 12),
    ("ja", "ベアリング 6204ZZ 10個入り {n}", "産業 > ベアリング", 15),
    ("zh", "深沟球轴承 6204 10个装 {n}", "工业 > 轴承", 9),
    ("zh", "丁腈O型密封圈 套装 {n}", "工业 > 密封件", 6),
]
# how shops label a number (English first; the language's own labels where the title is in it)
LABELS = {
    "en": ["SKU {v}", "lot {v}", "part no. {v}", "P/N {v}", "order #{v}", "item {v}", "batch {v}", "ref {v}", "{v}"],
    "de": ["Art.-Nr. {v}", "Best.-Nr. {v}", "Los {v}", "Teilenummer {v}", "{v}"],
    "fr": ["réf. {v}", "n° de lot {v}", "réf {v}", "{v}"],
    "es": ["ref. {v}", "lote {v}", "cód. {v}", "{v}"],
    "it": ["cod. art. {v}", "lotto {v}", "cod. {v}", "{v}"],
    "nl": ["artikelnummer {v}", "partij {v}", "{v}"],
    "pl": ["nr kat. {v}", "partia {v}", "{v}"],
    "pt": ["ref. {v}", "lote {v}", "cód. {v}", "{v}"],
    "tr": ["ürün kodu {v}", "parti {v}", "{v}"],
    "ru": ["артикул {v}", "партия {v}", "{v}"],
    "ja": ["品番 {v}", "{v}"],
    "zh": ["货号 {v}", "批号 {v}", "{v}"],
}
RATES = {"USD": 1.0, "EUR": 0.92, "GBP": 0.79, "JPY": 150.0, "CNY": 7.2, "PLN": 3.9, "TRY": 40.0, "RUB": 95.0}
CURRENCY = {"en": "USD", "de": "EUR", "fr": "EUR", "es": "EUR", "it": "EUR", "nl": "EUR", "pl": "PLN", "pt": "EUR",
            "tr": "TRY", "ru": "RUB", "ja": "JPY", "zh": "CNY"}
# categories that tell the goods are pet supplies (the trap's pet goods are no such brand's far goods)
PET = ("pet food",)


def numbered(b: BrandView) -> list[Model]:
    """The brand's models whose number reads as a shop's number: letters and digits with a digit, no spaces or slashes
    (not "EOS R6 Mark II", "PS4S 245/40ZR18"), five characters or more, or four with two digits (HD08, A3090)."""
    out = []
    words = {w.casefold() for w in b.everything} | {m.value.casefold() for _, m in b.vocabulary}
    for m in b.models:
        v = m.value
        core = "".join(ch for ch in v if ch.isalnum())
        if " " in v or "/" in v or not any(ch.isdigit() for ch in v) or len(core) < 4:
            continue
        if any(piece.casefold() in words for piece in re.split(r"[^A-Za-z0-9]+", v)):
            continue  # a piece of it is a mark or a word of the brand (MACH3-12, NAN-OPTIPRO-2-800, DW-1W1): no bare number
        if len(core) == 4 and sum(ch.isdigit() for ch in core) < 2:
            continue
        out.append(m)
    return out


def make_number_collision(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    models = numbered(b)
    if not models:
        return None
    goods = [g for g in GOODS if not (g[2].startswith("Pet") and any(p in c for c in b.categories for p in PET))]
    lang, title, cat, usd = r.choice(goods)
    label = r.choice(LABELS[lang] + LABELS["en"][:3] if lang != "en" else LABELS["en"])
    text = title.format(n=label.format(v=r.choice(models).value))
    cur = CURRENCY[lang]
    amount = usd * r.uniform(0.7, 1.5) * RATES[cur]
    amount = float(round(amount)) if cur in ("JPY", "RUB") else round(amount, 2)
    desc = r.choice(["", "Ships from our warehouse.", "Bulk pricing available.", "Datasheet on request."])
    return Draft(_cap(text), r.choice([cat, cat, None]), (amount, cur), desc)


# a copy's words as its sellers write them beside a bare number; the replica trade's own words for a far category
COPY_CUES = ["1:1", "AAA quality", "mirror quality", "super copy", "replica", "high copy", "UA", "top replica", "高仿",
             "原单", "Replik", "réplique", "réplica"]
TRADE_WORDS = ["1:1 super clone", "1:1 AAA", "super copy AAA", "1:1 mirror quality", "高仿 1:1"]
OWN_LABELS = ["{v}", "{v}", "SKU {v}", "Art.-Nr. {v}", "ref. {v}", "style {v}", "货号 {v}", "品番 {v}"]
FAR = ["Business & Industrial > Bearings", "Office Supplies", "Pet Supplies", "Garden", "Crafts", None]


def make_fake_number_own_goods(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    models = numbered(b)
    if not models:
        return None
    m = r.choice(models)
    cat = _model_category(b, m)
    number = r.choice(OWN_LABELS).format(v=disguises.model_separators(m.value, r) if r.random() < 0.3 else m.value)
    product = s.product(cat)
    floor = m.floor or b.floors.get(cat)
    way = r.randrange(3)
    if way == 0 or floor is None:  # a copy cue beside the number in the brand's goods, a copy's price
        cue = r.choice(COPY_CUES)
        price = (round(floor[0] * r.uniform(0.1, 0.85), 2), floor[1]) if floor else s.price(cat, low=True)
        parts = [number, product, cue] if r.random() < 0.5 else [cue, product, number]
        return Draft(_cap(" ".join(parts)), cat, price, r.choice(["Fast shipping.", "DM for more photos.", ""]))
    if way == 1:  # no cue, a price far below the floor, in the brand's goods
        price = (round(floor[0] * r.uniform(0.03, 0.15), 2), floor[1])
        return Draft(_cap(f"{product} {number} new"), cat, price, r.choice(["Free shipping.", "In stock.", ""]))
    # filed far away, the replica trade's own words beside the number
    price = (round(floor[0] * r.uniform(0.05, 0.3), 2), floor[1])
    return Draft(_cap(f"{number} {product} {r.choice(TRADE_WORDS)}"), r.choice(FAR), price, "")


TRAP_MAKERS = {"trap_number_collision": make_number_collision}
EVASION_MAKERS = {"fake_number_own_goods": make_fake_number_own_goods}
