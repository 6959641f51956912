"""Genuine goods as honest stockists sell them, and the copies that borrow their words (issue 9, honest25; outsider22's
families in_jsonld_genuine22, in_amenity_kits22, in_outlet22 and in_wholesale22, learnt from their way of writing, not
their strings).

Classes:
- `trap_model_street_price`: a retailer or authorised dealer names a registered model (its number in the title, or
  only as the `sku` of a schema.org JSON-LD Product block with `NewCondition` and an authorised-dealer seller, as shop
  software pastes it) at 87-100 % of the model's floor: a retailer's street price of the model (the registry's model
  floors sit at list price): quiet.
- `fake_model_street_copy`: the same model and words with a copy cue at that price, or at a copy's price (15-45 % of
  the model's floor), or at that price with the near-retail copy trade's words instead of a dealer's ("30 new pieces in
  stock, no box papers, USDT only, no returns"): alerts.
- `trap_amenity_lot`: the brand's personal-care goods from hotel or airline amenity stock ("40ml guest size x30 – hotel
  amenity stock", "single razor – hotel amenity, x20"), a lot priced per small unit (a guest size is 5-15 % of a retail
  unit): quiet.
- `fake_amenity_copy`: the same words with a copy cue, or hundreds of "amenity" units at a few cents each: alerts.
- `trap_model_name_word`: a registered model whose name holds another brand's word ("LEGO 10497 Galaxy Explorer":
  Samsung's Galaxy, Rolex's Explorer), named with its number at a shop's price: quiet.
- `fake_model_name_copy`: the same with a copy cue at a copy's price: alerts the model's brand, not the other.
- `trap_same_spec`: another maker's or a store brand's goods said to be "same spec as" the brand's ("Castrol Edge 5W-40
  – same spec as Helix Ultra"): quiet. `fake_same_spec_copy`: the same words with a copy cue at a copy's price: alerts.
- `trap_outlet_season`: the brand's goods "from the factory outlet", last season's stock, at or above the floor: quiet.
- `fake_outlet_season_copy`: "factory outlet" with a copy cue at a copy's price: alerts.

Written for BrandSentry from how electronics and fashion retailers' shop software, hotel-supply resellers and outlet
stores word such listings (general knowledge); no held-out listing.
"""

from __future__ import annotations

import json
import re

from tests.eval.adversary.generate import CNY_PER, WORD_OWNERS, BrandView, Draft, Scene, _fold

EVASIONS = {
    "fake_same_spec_copy": "a copy 'same spec as' the brand with a copy cue at a copy's price: alerts",
    "fake_model_name_copy": "a registered model whose name holds another brand's word (LEGO 10497 'Galaxy Explorer'), "
                            "with a copy cue at a copy's price: alerts its own brand only",
    "fake_model_street_copy": "a registered model at a retailer's street price with a copy cue, or with a dealer's "
                              "JSON-LD block at a copy's price: alerts",
    "fake_amenity_copy": "hotel or airline amenity words with a copy cue, or hundreds of 'amenity' units at a few cents "
                         "each: alerts",
    "fake_outlet_season_copy": "'factory outlet' with a copy cue at a copy's price: alerts",
}
TRAPS = {
    "trap_same_spec": "another maker's or a store brand's goods 'same spec as' the brand's: quiet",
    "trap_model_name_word": "a registered model whose name holds another brand's word, named with its number at a "
                            "shop's price: quiet",
    "trap_model_street_price": "a retailer or authorised dealer names a registered model (in the title or a JSON-LD "
                               "block's sku) at 87-100 % of its floor: quiet",
    "trap_amenity_lot": "the brand's personal-care goods from hotel or airline amenity stock, a lot priced per small "
                        "unit: quiet",
    "trap_outlet_season": "the brand's goods from its factory outlet, last season, at or above the floor: quiet",
}

COPY_CUES = ["1:1", "mirror quality", "AAA replica", "super copy", "high copy", "super clone"]


def _mark(b: BrandView, s: Scene) -> str:
    named = [m.value for m in b.latin_marks if not m.everyday and m.value.isascii()]
    return b.name if b.name in named or not named else s.rng.choice(named[:3])


def _cat_for(b: BrandView, name: str, s: Scene) -> str | None:
    """The brand's category (with a floor) whose words the model's name holds, else None (a shop's listing without
    one): a model's floor judges its price either way."""
    cats = [c for c in b.categories if c in b.floors]
    words = {w.rstrip("s") for w in _fold(name).split()}
    own = [c for c in cats if all(w.rstrip("s") in words for w in _fold(c).split())]
    return own[0] if own else None


# ------------------------------------------------------------------ a model at a retailer's street price

DEALER_TITLES = ["{m} {n} {v}", "{m} {n} ({v}) – new", "{m} {v} {n}, new, authorised dealer", "{m} {n} – {v}, in stock"]
NEAR_RETAIL = ["30 new pieces in stock, no box papers. USDT or Wise only, no returns.",
               "Dispatched from Putian, 200 pairs ready, no returns.", "Any quantity, ships from Baiyun, crypto only.",
               "New, no papers, 50 in stock. Payment by USDT."]
DEALER_DESC = ["Authorised dealer, invoice and manufacturer warranty.", "New, sealed. Invoice with VAT.",
               "Official retailer. 2-year warranty.", "New in box, receipt."]


def _json_ld(name: str, mark: str, sku: str) -> str:
    block = {"@context": "https://schema.org", "@type": "Product", "name": name, "brand": {"@type": "Brand", "name": mark},
             "sku": sku, "offers": {"@type": "Offer", "itemCondition": "https://schema.org/NewCondition",
                                    "seller": "authorised dealer"}}
    return f'<script type="application/ld+json">{json.dumps(block)}</script>'


def _dealer(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    models = [m for m in b.models if m.floor is not None and m.name]
    if not models or any("prescription" in c for c in b.categories):
        # (a prescription medicine at a pharmacy's price is judged apart: index._fair_price's `medicines`)
        return None
    r = s.rng
    model, mark = r.choice(models), _mark(b, s)
    cat = _cat_for(b, model.name, s)
    if r.random() < 0.5:  # the number only in the JSON-LD block under a title of the name
        title = f"{mark} {model.name}"
        desc = f"{r.choice(DEALER_DESC)}\n{_json_ld(title, mark, model.value)}"
    else:
        title = r.choice(DEALER_TITLES).format(m=mark, n=model.name, v=model.value)
        desc = r.choice(DEALER_DESC)
    share = r.uniform(0.87, 1.0)
    if copy:
        way = r.random()
        if way < 0.35:
            title = f"{title} {r.choice(COPY_CUES)}"
        elif way < 0.7:
            share = r.uniform(0.15, 0.45)
        else:  # the near-retail copy: a street price, but no dealer's words, and the trade's instead
            title, desc = f"{mark} {model.name} {model.value}", r.choice(NEAR_RETAIL)
    return Draft(title, cat, (round(model.floor[0] * share, 2), model.floor[1]), desc)


def make_model_street_price(b: BrandView, s: Scene) -> Draft | None:
    return _dealer(b, s, copy=False)


def make_fake_model_street_copy(b: BrandView, s: Scene) -> Draft | None:
    return _dealer(b, s, copy=True)


# ------------------------------------------------------------------ hotel and airline amenity stock

# the personal-care goods hotels and airlines hand out, by the registry's category: what a guest size of it is called
AMENITY_GOODS = {"haircare": ["shampoo", "conditioner"], "hair care": ["shampoo", "conditioner"],
                 "skincare": ["body lotion", "moisturiser", "hand cream"], "skin care": ["body lotion", "hand cream"],
                 "fragrance": ["eau de toilette", "body mist"], "razor blades": ["single razor", "disposable razor"],
                 "soap": ["soap bar", "shower gel"], "oral care": ["toothpaste", "travel toothbrush"],
                 "electric toothbrushes": ["travel brush head"], "toothpaste": ["toothpaste"]}
AMENITY_TITLES = ["{m} {p} {ml}ml guest size x{n} – hotel amenity stock", "{m} {p} {ml}ml hotel minis x{n}",
                  "{m} {p} travel sizes x{n} – airline amenity kits", "{m} {p} – hotel amenity, sealed, x{n}",
                  "{m} {p} hotel size {ml}ml, lot of {n}"]
AMENITY_DESC = ["Genuine, sealed, travel sizes as supplied to hotels and airlines. Price for the lot.",
                "Surplus hotel amenity stock, all sealed.", "From a hotel supplier, guest sizes.", ""]


def _amenity(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    cats = [c for c in b.categories if c in b.floors and c.casefold() in AMENITY_GOODS]
    if not cats:
        return None
    r = s.rng
    cat = r.choice(cats)
    goods = r.choice(AMENITY_GOODS[cat.casefold()])
    n = r.choice([10, 12, 20, 24, 30, 50])
    title = r.choice(AMENITY_TITLES).format(m=_mark(b, s), p=goods, ml=r.choice([30, 40, 50]), n=n)
    floor, cur = b.floors[cat]
    # a guest size is 5-15 % of a retail unit; a lot sells each at a multipack's share of it
    price = floor * n * 0.5 * 0.1 * r.uniform(1.0, 1.8)
    desc = r.choice(AMENITY_DESC)
    if copy:
        if r.random() < 0.5:
            title, desc = f"{title} {r.choice(COPY_CUES)}", r.choice(["Not original, same look.", "Factory copy.", ""])
        else:
            n = r.choice([200, 300, 500])
            title = r.choice(AMENITY_TITLES).format(m=_mark(b, s), p=goods, ml=r.choice([30, 40, 50]), n=n)
            price = floor * r.uniform(0.2, 0.5)  # hundreds of units for a fraction of one retail unit
    return Draft(title, cat, (round(price, 2), cur), desc)


def make_amenity_lot(b: BrandView, s: Scene) -> Draft | None:
    return _amenity(b, s, copy=False)


def make_fake_amenity_copy(b: BrandView, s: Scene) -> Draft | None:
    return _amenity(b, s, copy=True)


# ------------------------------------------------------------------ the factory outlet's last season

_COUNTED = re.compile(r"\d+ ?(?:pack|count|pcs|pieces|set)\b|\bx ?\d+\b", re.IGNORECASE)
OUTLET_TITLES = ["{m} {p} – outlet, last season", "{m} {p}, factory outlet, past season", "{m} {p} – previous season, outlet"]
OUTLET_DESC = ["From the factory outlet, tags on, receipt.", "Bought at the factory outlet store, last season's colour.",
               "Factory outlet, end of season stock, receipt."]


def _plain_goods(b: BrandView, s: Scene) -> tuple[str, str] | None:
    """(category, product) of the brand's goods a store sells one by one: apparel, shoes, bags, electronics; not
    medicines, nor multipacks priced by the unit's floor. None when the brand has none (or the draw is a multipack)."""
    cats = [c for c in b.categories if c in b.floors and not any(w in c for w in ("prescription", "drug", "medic"))]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    if _COUNTED.search(product := s.product(cat)):
        return None
    return cat, product


def _outlet(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    if (goods := _plain_goods(b, s)) is None:
        return None
    (cat, product), r = goods, s.rng
    title = r.choice(OUTLET_TITLES).format(m=_mark(b, s), p=product)
    floor, cur = _title_floor(b, cat, title)
    if copy:
        return Draft(f"{title} {r.choice(COPY_CUES)}", cat, (round(floor * r.uniform(0.2, 0.85), 2), cur),
                     r.choice(["From the factory outlet, same as original.", "Factory outlet price, not original.", ""]))
    return Draft(title, cat, (round(floor * r.uniform(1.0, 1.6), 2), cur), r.choice(OUTLET_DESC))


def make_outlet_season(b: BrandView, s: Scene) -> Draft | None:
    return _outlet(b, s, copy=False)


def make_fake_outlet_season_copy(b: BrandView, s: Scene) -> Draft | None:
    return _outlet(b, s, copy=True)


# ------------------------------------------------------------------ another brand's word in a model's own name

NAMED_MODEL_TITLES = ["{m} {v} {n} – new", "{m} {n} {v}", "{n} ({v}) – {m} store, new", "{m} {v} {n}, sealed"]


def _foreign_word_models(b: BrandView) -> list:
    """The brand's models whose registry name holds a word another brand registers (LEGO 10497 "Galaxy Explorer":
    Samsung's Galaxy, Rolex's Explorer), by generate.WORD_OWNERS."""
    out = []
    for m in b.models:
        words = m.name.split()
        if m.floor is None or len(words) < 2:
            continue
        grams = {_fold(" ".join(words[i:i + n])) for n in (1, 2) for i in range(len(words) - n + 1)}
        if any(WORD_OWNERS.get(g, {b.id}) - {b.id} for g in grams):
            out.append(m)
    return out


def _named_model(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    if not (models := _foreign_word_models(b)):
        return None
    r = s.rng
    model = r.choice(models)
    title = r.choice(NAMED_MODEL_TITLES).format(m=_mark(b, s), v=model.value, n=model.name)
    if copy:
        return Draft(f"{title} {r.choice(COPY_CUES)}", _cat_for(b, model.name, s),
                     (round(model.floor[0] * r.uniform(0.15, 0.4), 2), model.floor[1]), "")
    return Draft(title, _cat_for(b, model.name, s), (round(model.floor[0] * r.uniform(1.0, 1.4), 2), model.floor[1]),
                 r.choice(DEALER_DESC))


def make_model_name_word(b: BrandView, s: Scene) -> Draft | None:
    return _named_model(b, s, copy=False)


def make_fake_model_name_copy(b: BrandView, s: Scene) -> Draft | None:
    return _named_model(b, s, copy=True)


# ------------------------------------------------------------------ another maker's goods to the brand's specification

OTHER_MAKERS = ["Castrol", "Valvoline", "Liqui Moly", "Motul", "Own-brand", "Store brand", "Generic"]
SPEC_TITLES = ["{k} {p} – same spec as {m}", "{k} {p}, same specification as {m}", "{k} {p} (same specs as {m})"]


def _same_spec(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    if not (cats := [c for c in b.categories if c in b.floors]):
        return None
    r = s.rng
    cat = r.choice(cats)
    floor, cur = b.floors[cat]
    if copy:
        return Draft(f"{s.product(cat)} – same spec as {_mark(b, s)}, {r.choice(COPY_CUES)}", cat,
                     (round(floor * r.uniform(0.1, 0.45), 2), cur), r.choice(["Not original.", ""]))
    maker = r.choice(OTHER_MAKERS)
    return Draft(r.choice(SPEC_TITLES).format(k=maker, p=s.product(cat), m=_mark(b, s)), cat,
                 (round(floor * r.uniform(0.4, 1.2), 2), cur), f"{maker} brand." if maker[0].isupper() else "")


def make_same_spec(b: BrandView, s: Scene) -> Draft | None:
    return _same_spec(b, s, copy=False)


def make_fake_same_spec_copy(b: BrandView, s: Scene) -> Draft | None:
    return _same_spec(b, s, copy=True)


def _title_floor(b: BrandView, cat: str, title: str) -> tuple[float, str]:
    """The dearest floor of the brand's words the title holds (a line's), else the category's."""
    return max([b.floors[cat], *(m.floor for m in b.marks + [w for _, w in b.vocabulary]
                                 if m.floor is not None and _fold(m.value) in _fold(title))],
               key=lambda f: f[0] * CNY_PER.get(f[1], 1.0))


EVASION_MAKERS = {"fake_same_spec_copy": make_fake_same_spec_copy, "fake_model_name_copy": make_fake_model_name_copy,
                  "fake_model_street_copy": make_fake_model_street_copy, "fake_amenity_copy": make_fake_amenity_copy,
                  "fake_outlet_season_copy": make_fake_outlet_season_copy}
TRAP_MAKERS = {"trap_same_spec": make_same_spec, "trap_model_name_word": make_model_name_word, "trap_model_street_price": make_model_street_price, "trap_amenity_lot": make_amenity_lot,
               "trap_outlet_season": make_outlet_season}
