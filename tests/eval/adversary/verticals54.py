"""The verticals' own words for a copy, and their honest twins (fresh54d, issue 9):

- A branded medicine in its dose form sold "for research use only", "not for human consumption", as a "research
  chemical" or "lab grade", in 7 languages: alert (evasion `research_use_medicine`; context/admitted.py
  `research_only`). Its twin: a laboratory's genuine "For Research Use Only" reagent or assay kit of the brand, no dose
  form, at a lab supplier's price: quiet (`trap_research_reagent_kit`).
- A frankenwatch: the brand's genuine case (or bracelet) around a movement the seller calls a clone, a replica or
  aftermarket, with or without its calibre ("clone 3235 movement"), in 5 languages: alert (evasion
  `frankenwatch_clone_movement`; admitted.py `clone_movement`). Its twin: a genuine watch with a disclosed
  aftermarket strap, bezel or crystal and its original movement serviced, at a watch's price: quiet
  (`trap_watch_original_movement`).
- A rep find shared with the shop or buying agent it is bought through ("found the {m} {p} on weidian, Mulebuy link",
  "encontré ... en Taobao, link de CSSBuy"): alert (evasion `w2c_found_on_shop`; context/subject.py `_SHOP_FIND`: no
  lost-and-found post). Its twin: a real lost-and-found post of the brand's goods ("Found: {m} {p} on the 42 bus"),
  no shop, no price: quiet (`trap_found_on_bus`).

Written from general knowledge of research-chemical sellers' wording (FDA and MHRA warning letters), of WatchUSeek's
and r/RepTime's frankenwatch builds, of r/FashionReps' W2C answers and its buying agents; no held-out listing's string
(outsider43's research, frankenwatch and W2C classes were read for their tactic only). Few listings a brand (FEW): the
suite's time is short.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {
    "research_use_medicine": "a branded medicine in its dose form sold 'for research use only' / 'not for human "
                             "consumption' / 'lab grade' (7 languages), at a copy's price",
    "frankenwatch_clone_movement": "the brand's genuine case around a clone, replica or aftermarket movement, its "
                                   "calibre between or not (5 languages), at a copy's price",
    "w2c_found_on_shop": "a rep find 'found ... on weidian / taobao' with a buying agent's link, at a rep's price",
}
TRAPS = {
    "trap_research_reagent_kit": "a laboratory's genuine 'For Research Use Only' reagent or assay kit of the brand, "
                                 "no dose form, at a lab supplier's price",
    "trap_watch_original_movement": "a genuine watch with a disclosed aftermarket strap, bezel or crystal, its original "
                                    "movement serviced, at a watch's price",
    "trap_found_on_bus": "a lost-and-found post of the brand's goods found on a bus or in a park, no shop, no price",
}
FEW = dict.fromkeys((*EVASIONS, *TRAPS), 2)

DOSES = ["20mg 28 tablets", "100mg 30 tablets", "50 mg x 60 capsules", "10 vials", "5mg 90 tabs", "2 pens 1mg"]
RESEARCH = [
    ("{m} {p} {d} research use only", "For research use only. Not for human consumption. Same as the {b} product."),
    ("{m} {p} {d} lab grade", "Lab grade, research chemical supply. Identical to {b}, made in our lab."),
    ("{m} {p} {d} – for research purposes", "Sold for research purposes only, not for human use. Discreet shipping."),
    ("{m} {p} {d}", "Research peptide / research chemical, {b} equivalent. Not for human consumption."),
    ("{m} {p} {d} nur für Forschungszwecke", "Nur für Forschungszwecke. Gleiche Wirkstoffe wie {b}."),
    ("{m} {p} {d} solo para investigación", "Solo para investigación, no apto para consumo humano."),
    ("{m} {p} {d} pour la recherche", "Uniquement pour la recherche. Identique à {b}."),
    ("{m} {p} {d} apenas para pesquisa", "Apenas para pesquisa. Mesmo princípio ativo da {b}."),
    ("{m} {p} {d} 仅供科研", "仅供科研使用，与{b}同款。"),
]
REAGENTS = ["ELISA assay kit, 96 tests", "reference standard, 10 mg analytical vial set", "cell culture reagent kit",
            "antibody panel, 100 µl", "buffer kit for assays"]
REAGENT_DESC = ["For Research Use Only. Not for use in diagnostic procedures. Certificate of analysis included.",
                "RUO reagent from an authorised laboratory distributor. Cold-chain shipping, lot number on the CoA.",
                "For research use only, laboratory supply. Institutional purchase orders accepted."]

CALIBRES = ["", "3235 ", "2824 ", "cal. 8800 ", "1847 MC ", "7750 "]
FRANKEN = [
    ("{m} {p} genuine case", "Genuine case and bracelet, {c} {k}movement and dial. Will not pass a service."),
    ("{m} {p} – gen case", "Real {m} case, {c} {k}movement inside. No papers."),
    ("{m} {p} service case build", "Built on a genuine service case with a {c} {k}movement. Runs well."),
    ("{m} {p} Originalgehäuse", "Originalgehäuse, Nachbau {k}Uhrwerk. Keine Papiere."),
    ("{m} {p} caja original", "Caja y brazalete originales, movimiento {c2}. Sin papeles."),
    ("{m} {p} boîtier d'origine", "Boîtier d'origine, mouvement {c2}, cadran aftermarket."),
]
CLONES = ["clone", "replica", "aftermarket", "rep"]
CLONES2 = {"movimiento": ["réplica", "clon", "copia"], "mouvement": ["réplique", "copie"]}
ORIGINAL_MOVEMENT = [
    ("{m} {p} – genuine, aftermarket {x}", "Original {m} movement, serviced in {y}. Only the {x} is aftermarket; no clone "
                                           "movement, no replica parts. Box and papers."),
    ("{m} {p} with aftermarket {x}", "Genuine watch, original movement serviced {y} by an independent watchmaker. The "
                                     "{x} was replaced with an aftermarket one, disclosed."),
    ("{m} {p} original movement, custom {x}", "All original except the {x} (aftermarket). Movement serviced {y}, "
                                              "keeps +2 s/day."),
]
EXTRAS = ["strap", "bezel insert", "crystal", "rubber strap"]
YEARS = ["2021", "2023", "2024"]

AGENTS = ["Mulebuy", "Kakobuy", "CSSBuy", "Sugargoo", "Hoobuy", "Oopbuy", "ACBuy", "Superbuy", "CNFans"]
SHOPS = ["weidian", "taobao", "1688", "Weidian", "Taobao"]
W2C = [
    ("found the {m} {p} on {s}, {a} link", "{a} link in the comments, GL on QC. Spreadsheet in bio."),
    ("found these {m} {p} on {s} via {a}", "Best batch so far, {a} link below. ~{price} USD before shipping."),
    ("Found {m} {p} on {s} ({a} link)", "Link: {s} item via {a}. Cheap and accurate."),
    ("encontré {m} {p} en {s}, link de {a}", "Link de {a} abajo, buen QC."),
    ("{m} {p} gefunden auf {s}, {a} Link", "{a} Link im Kommentar, QC sieht gut aus."),
]
LOST = [
    ("Found: {m} {p} on the 42 bus", "Found on the bus on Monday evening. Describe it to claim it, no reward needed."),
    ("found {m} {p} in the park", "Found near the playground on Sunday. Message me with a description to get it back."),
    ("Gefunden: {m} {p} am Bahnhof", "Am Samstag am Bahnhof gefunden. Bitte mit Beschreibung melden."),
]


def _mark(b: BrandView) -> str | None:
    return b.name if b.name.isascii() and len(b.name) >= 3 else None


def _floor(b: BrandView, cat: str) -> float | None:
    if cat not in b.floors:
        return None
    amount, cur = b.floors[cat]
    return {"USD": 1.0, "EUR": 1.08, "CNY": 1 / 7.2}.get(cur, 0) * amount or None


def _research(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg != "health-pharma" or (m := _mark(b)) is None:
        return None
    cats = [c for c in b.categories if c in ("prescription drugs", "otc")]
    if not cats:
        return None
    r = s.rng
    cat = r.choice(cats)
    title, desc = r.choice(RESEARCH)
    words = dict(m=m, b=b.name, p=s.product(cat), d=r.choice(DOSES))
    return Draft(title.format(**words), cat, (round(r.uniform(9, 60), 2), "USD"), desc.format(**words))


def _reagent(b: BrandView, s: Scene) -> Draft | None:
    if b.iwg != "health-pharma" or (m := _mark(b)) is None:
        return None
    r = s.rng
    return Draft(f"{m} {r.choice(REAGENTS)}", None, (round(r.uniform(380, 900), 2), "USD"), r.choice(REAGENT_DESC))


def _watch(b: BrandView) -> tuple[str, float] | None:
    if "watches" not in b.categories or (m := _mark(b)) is None or (floor := _floor(b, "watches")) is None:
        return None
    return m, floor


def _franken(b: BrandView, s: Scene) -> Draft | None:
    if (w := _watch(b)) is None:
        return None
    m, floor = w
    r = s.rng
    title, desc = r.choice(FRANKEN)
    c2 = r.choice(CLONES2["movimiento" if "movimiento" in desc else "mouvement"]) if "{c2}" in desc else ""
    words = dict(m=m, p=s.product("watches"), c=r.choice(CLONES), k=r.choice(CALIBRES), c2=c2)
    return Draft(title.format(**words), "watches", (round(floor * r.uniform(0.15, 0.5), 2), "USD"),
                 desc.format(**words))


def _original_movement(b: BrandView, s: Scene) -> Draft | None:
    if (w := _watch(b)) is None:
        return None
    m, floor = w
    r = s.rng
    title, desc = r.choice(ORIGINAL_MOVEMENT)
    words = dict(m=m, p=s.product("watches"), x=r.choice(EXTRAS), y=r.choice(YEARS))
    return Draft(title.format(**words), "watches", (round(floor * r.uniform(1.1, 1.6), 2), "USD"),
                 desc.format(**words))


def _goods(b: BrandView, s: Scene) -> tuple[str, str, str, float] | None:
    if b.iwg not in ("apparel-footwear", "luxury-accessories") or (m := _mark(b)) is None:
        return None
    cats = [c for c in b.categories if _floor(b, c)]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    return m, cat, s.product(cat), _floor(b, cat)


def _w2c(b: BrandView, s: Scene) -> Draft | None:
    if (g := _goods(b, s)) is None:
        return None
    m, cat, product, floor = g
    r = s.rng
    title, desc = r.choice(W2C)
    price = round(floor * r.uniform(0.05, 0.35), 2)
    words = dict(m=m, p=product, s=r.choice(SHOPS), a=r.choice(AGENTS), price=price)
    return Draft(title.format(**words), cat, (price, "USD"), desc.format(**words))


def _lost(b: BrandView, s: Scene) -> Draft | None:
    if (g := _goods(b, s)) is None:
        return None
    m, cat, product, _ = g
    title, desc = s.rng.choice(LOST)
    return Draft(title.format(m=m, p=product), cat, None, desc)


EVASION_MAKERS = {"research_use_medicine": _research, "frankenwatch_clone_movement": _franken,
                  "w2c_found_on_shop": _w2c}
TRAP_MAKERS = {"trap_research_reagent_kit": _reagent, "trap_watch_original_movement": _original_movement,
               "trap_found_on_bus": _lost}
