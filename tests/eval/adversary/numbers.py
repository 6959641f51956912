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


# ------------------------------------------------------------------ a registered model number cut to its base (people)
#
# A copy's seller gives the genuine model's number without what ends it (the colour code of a style code, DD1391 of
# DD1391-100; the region letter of a phone's model, SM-S928 of SM-S928B; the version digit, WH1000 of WH-1000XM5; the
# tail of a part number, 15400-PLM of 15400-PLM-A02, 310.30.42 of a 14-digit watch reference) or with another one (a
# colourway the registry does not list, DD1391-101; a region, SM-S928U). Written from how style codes, model numbers
# and part numbers are built (a base and a suffix), not from a held-out set. A base is distinctive only when it keeps
# letters and digits and five characters or more (cut where the number changes between letters and digits or has a
# separator, or three fifths of it), or eight digits, or six written with the number's own separators.

TRUNCATED = {
    "model_number_truncated": "a registered model number cut to its base or given another suffix (DD1391, DD1391-101, "
                              "SM-S928, WH1000, 15400-PLM, 310.30.42, B6067, 11428575) with generic goods words, in the "
                              "brand's category, with a copy cue or a price far below the model's floor",
}
TRUNCATED_TRAPS = {
    "trap_model_base_fair": "the same bases among the brand's goods at the model's list price, a shop's words, no cue",
    "trap_model_base_far": "the same bases as another maker's part, lot or order number on goods no brand sells",
}
_PIECE = re.compile(r"[A-Za-z]+|[0-9]+")


def _cut_points(value: str) -> list[tuple[int, int, bool]]:
    """(index in `value` where a base may end, its letters and digits so far, whether a separator or a change between
    letters and digits is there)."""
    out, count = [], 0
    for k, ch in enumerate(value):
        if not ch.isalnum():
            continue
        count += 1
        after = value[k + 1] if k + 1 < len(value) else ""
        cut = not after.isalnum() or (ch.isdigit() != after.isdigit())
        out.append((k + 1, count, cut))
    return out


def truncations(value: str) -> list[str]:
    """The bases of a model number as a seller writes them (its own separators kept)."""
    total = sum(ch.isalnum() for ch in value)
    out = []
    for end, count, cut in _cut_points(value)[:-1]:
        base = value[:end]
        core = "".join(ch for ch in base if ch.isalnum())
        letters, digits = any(c.isalpha() for c in core), any(c.isdigit() for c in core)
        if count < 5:
            continue
        if letters and digits and (cut or count >= 0.6 * total):
            out.append(base)
        elif not letters and (count >= 8 or count >= 6 and cut and not base.isalnum()):
            out.append(base)
    return out


def _other_suffix(value: str, base: str, r) -> str | None:
    """The number with what follows its base replaced by other characters of the same kinds (DD1391-101)."""
    tail = value[len(base):]
    if not tail or not any(ch.isalnum() for ch in tail):
        return None
    for _ in range(5):
        new = "".join(r.choice("0123456789") if ch.isdigit() else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if ch.isalpha()
                      else ch for ch in tail)
        new = new if tail.isupper() or not any(c.isalpha() for c in tail) else new.lower()
        if new.casefold() != tail.casefold():
            return base + new
    return None


def _based(b: BrandView) -> list[tuple[Model, list[str]]]:
    """The brand's numbered models with bases no other brand's model starts with."""
    others = [m.value for o in _ALL_BRANDS() if o.id != b.id for m in o.models]
    others = ["".join(c for c in v if c.isalnum()).casefold() for v in others]
    out = []
    for m in numbered(b):
        keep = [t for t in truncations(m.value)
                if not any(o.startswith("".join(c for c in t if c.isalnum()).casefold()) for o in others)]
        if keep:
            out.append((m, keep))
    return out


def _ALL_BRANDS():
    from tests.eval.adversary.generate import load_brands
    global _BRANDS
    if _BRANDS is None:
        _BRANDS = load_brands()
    return _BRANDS


_BRANDS = None
# goods words of a copy's title beside the number, by language (the category's noun comes from the scene)
_FRAMES = ["{n} {p}", "{p} {n}", "{n} {p} new", "{p} - {n}", "{n} {p} {c}", "{c} {p} {n}", "{p} {n} {c}",
           "New {p} {n}, all sizes", "{n} 同款 {p}", "{p} ref. {n}", "{p} art. {n}"]
_FAR_CUES = ["1:1", "AAA quality", "super copy", "replica", "high copy", "mirror quality", "高仿", "réplique", "Replik",
             "réplica", "реплика", "スーパーコピー", "미러급"]


def _number_written(m: Model, bases: list[str], r) -> str:
    base = r.choice(bases)
    if r.random() < 0.3 and (changed := _other_suffix(m.value, base, r)) is not None:
        return changed
    return base


def make_model_number_truncated(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    based = _based(b)
    if not based:
        return None
    m, bases = r.choice(based)
    number = _number_written(m, bases, r)
    cat = _model_category(b, m)
    floor = m.floor or b.floors.get(cat)
    product = s.product(cat)
    low = floor is not None and r.random() < 0.5
    cue = None if low else r.choice(_FAR_CUES)
    frame = r.choice([f for f in _FRAMES if ("{c}" in f) == (cue is not None)] or _FRAMES)
    title = frame.format(n=number, p=product, c=cue or "")
    desc = r.choice(["Fast shipping.", "DM for more photos.", "", "In stock, all sizes."])
    if cue is not None and "{c}" not in frame:
        desc = f"{desc} {cue}".strip()
    if floor is not None:
        price = (round(floor[0] * (r.uniform(0.04, 0.18) if low else r.uniform(0.3, 0.85)), 2), floor[1])
    else:
        price = s.price(cat, low=True)
    return Draft(_cap(" ".join(title.split())), cat, price, desc)


_SHOP = ["{p} {n}, new in box, free delivery", "{n} {p} - authorised dealer, full warranty", "{p} {n} brand new sealed",
         "{p} {n}, in stock at our shop", "{n} {p}, official store"]


def make_trap_model_base_fair(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    based = _based(b)
    if not based:
        return None
    m, bases = r.choice(based)
    number = _number_written(m, bases, r)
    cat = _model_category(b, m)
    floor = m.floor or b.floors.get(cat)
    if floor is None:
        return None
    title = r.choice(_SHOP).format(n=number, p=s.product(cat))
    return Draft(_cap(title), cat, (round(floor[0] * r.uniform(1.05, 1.5), 2), floor[1]), "Genuine, ships in 24 h.")


def make_trap_model_base_far(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    based = _based(b)
    if not based:
        return None
    m, bases = r.choice(based)
    number = _number_written(m, bases, r)
    goods = [g for g in GOODS if not (g[2].startswith("Pet") and any(p in c for c in b.categories for p in PET))]
    lang, title, cat, usd = r.choice(goods)
    label = r.choice(LABELS[lang] + LABELS["en"][:3] if lang != "en" else LABELS["en"])
    text = title.format(n=label.format(v=number))
    cur = CURRENCY[lang]
    amount = usd * r.uniform(0.7, 1.5) * RATES[cur]
    amount = float(round(amount)) if cur in ("JPY", "RUB") else round(amount, 2)
    return Draft(_cap(text), r.choice([cat, cat, None]), (amount, cur), r.choice(["", "Bulk pricing available."]))


EVASIONS.update(TRUNCATED)
TRAPS.update(TRUNCATED_TRAPS)
EVASION_MAKERS["model_number_truncated"] = make_model_number_truncated
TRAP_MAKERS.update({"trap_model_base_fair": make_trap_model_base_fair, "trap_model_base_far": make_trap_model_base_far})
