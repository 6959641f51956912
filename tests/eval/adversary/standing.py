"""The adversary's standing classes (lore29, 2026-12-04): the brand named by its standing instead of its name, a
corporate ranking it holds ("by the world's largest sportswear company", "Japan's biggest carmaker", "del mayor
fabricante de juguetes del mundo") or a model's debut year and shape ("the 1953 dive watch", "'85 hi-tops", "the 1873
riveted jeans"); and the brand named plainly on goods sold blank outside with the logo hidden inside ("Rolex logo
hidden under the caseback plate", "logo under the insole", "outer label blank", 隐藏logo); and the same words where
nobody sells the brand's goods as a copy.

Written from first principles (how a copy seller who will not write the brand still tells the buyer which it is, and
how one who writes it hides it from customs), not from a held-out set's titles; outsider26 named the tactics
(c_brand_ranking26, c_model_debut_year26, c_hidden_inner_logo26). The registry's `rankings` and `debuts` are sourced
in deploy/seed/registry.yaml; the hidden-logo pitches in the matcher's config.HIDDEN_LOGO_PITCHES.

- ranking_named: a declared ranking after (or, in Romance languages, before) a first place's superlative, the world's
  or the declared region's, in English, French, Spanish, German and Italian frames, with a cue that claims a copy.
- debut_named: a declared debut, the year (or "'85") before the shape or "of/from {year}" after it, with a cue that
  claims a copy.
- hidden_logo_named: the brand's mark on plain goods whose logo is said to be hidden inside or the outside blank, in
  many languages, at a copy's price, with no other cue.
- trap_ranking_media: rankings in reports, magazines and charts; a second place or "one of the largest" beside a cue;
  the genuine goods, named plainly, with the ranking at a shop's price.
- trap_debut_vintage: genuine vintage pieces named plainly with their debut year and shape at collector prices,
  histories and posters of the debut, unbranded vintage goods.
- trap_hidden_logo_genuine: genuine goods that mention an inner label, a stamp or a logo inside (no concealment) at a
  shop's price; blank goods for printing.
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap

EVASIONS = {
    "ranking_named": "the brand named by a corporate ranking it holds ('the world's largest sportswear company', "
                     "'Japan's biggest carmaker', 'el mayor fabricante de juguetes'), with a cue that claims a copy",
    "debut_named": "a model named by its debut year and shape ('the 1953 dive watch', \"'85 hi-tops\", 'the 1873 "
                   "riveted jeans'), with a cue that claims a copy",
    "hidden_logo_named": "the brand's goods sold plain outside with the logo hidden inside ('logo under the insole', "
                         "'outer label blank', 隐藏logo), at a copy's price",
}
TRAPS = {
    "trap_ranking_media": "rankings in reports and magazines, second places and 'one of the largest' beside a cue, the "
                          "genuine goods with the ranking at a shop's price",
    "trap_debut_vintage": "genuine vintage pieces with their debut year and shape at collector prices, histories and "
                          "posters of a debut, unbranded vintage goods",
    "trap_hidden_logo_genuine": "genuine goods mentioning an inner label or a logo inside (no concealment) at a shop's "
                                "price, blank goods for printing",
}
PER_BRAND = 8

COPY_CUES = ["replica", "super copy", "high copy", "fake", "knockoff", "mirror copy", "1:1", "AAA", "top replica",
             "réplica", "Kopie", "master copy", "AAA replica", "réplica AAA", "copie qualité 1:1", "replica topkwaliteit",
             "高仿", "1:1 copy", "first copy", "スーパーコピー"]

# ---- rankings
_FR = {"fabricant", "marque", "entreprise", "groupe", "equipementier", "constructeur", "editeur", "maison"}
_ES = {"fabricante", "marca", "empresa", "proveedor", "petrolera"}
_IT = {"produttore", "marchio", "azienda", "casa"}
_DE_ENDS = ("hersteller", "marke", "konzern", "zulieferer")
REGION_NAMES = {"europe": ("Europe's", "in Europe"), "japan": ("Japan's", "in Japan"), "italy": ("Italy's", "in Italy"),
                "britain": ("Britain's", "in Britain"), "france": ("France's", "in France"),
                "germany": ("Germany's", "in Germany"), "korea": ("Korea's", "in Korea")}
SUPERS = ["largest", "biggest", "No. 1", "#1", "best-selling", "number one"]
EN_WORLD = ["{product} – by the world's {sup} {claim} – {cue}", "{product} from the {sup} {claim} in the world, {cue}",
            "{cue} {product} made by the world's {sup} {claim}", "{product} (the {sup} {claim} globally) {cue}",
            "{product}, from the world's {sup} {claim} - {cue}"]
EN_REGION = ["{product} – by {pos} {sup} {claim} – {cue}", "{product} by the {sup} {claim} {loc} – {cue}",
             "{cue} {product}, from {pos} {sup} {claim}"]
EN_SELF = ["{product} – by the world's {claim} – {cue}", "{product} from the {claim} on the planet, {cue}",
           "{cue} {product} by the {claim}"]
OTHER = {"fr": ["{product} – du plus grand {claim} au monde – {cue}", "{product}, le plus grand {claim} du monde, {cue}"],
         "es": ["{product} – del mayor {claim} del mundo – {cue}", "{product}, {claim} más grande del mundo, {cue}"],
         "it": ["{product} – dal più grande {claim} al mondo – {cue}"],
         "de": ["{product} – vom weltgrößten {claim} – {cue}", "{product} vom größten {claim} der Welt, {cue}"]}


def _claim_language(words: list[str]) -> str:
    if words[0] in _FR:
        return "fr"
    if words[0] in _ES:
        return "es"
    if words[0] in _IT:
        return "it"
    if len(words) == 1 and words[0].endswith(_DE_ENDS):
        return "de"
    if words[0] in ("marca", "luxemerk", "waardevolste", "najcenniejsza", "varldens", "en", "gida", "oyuncak",
                    "speelgoedfabrikant", "producent", "leksakstillverkare", "cosmeticabedrijf", "sportmerk",
                    "softwarebedrijf", "kozmetik", "erfrischungsgetranke"):
        return "other"
    return "en"


def _self_claimed(claim: str) -> bool:
    """A claim that holds its superlative ("most valuable brand", "marca mas valiosa", "wertvollste marke")."""
    return bool(set(claim.split()) & {"most", "mas", "plus", "piu", "wertvollste", "waardevolste", "najcenniejsza",
                                      "mest", "degerli"})


def make_ranking_named(b: BrandView, s: Scene) -> Draft | None:
    entries = [m.value for m in b.declared("ranking")]
    if not entries:
        return None
    r = s.rng
    value = r.choice(entries)
    claim, *regions = value.split(" @")
    words = claim.split()
    lang = _claim_language(words)
    cat = s.category()
    cue = r.choice(COPY_CUES)
    product = s.product(cat)
    if _self_claimed(claim):
        if lang != "en" and not claim.startswith("most"):
            title = r.choice(["{product} – {claim} – {cue}", "{product}, de la {claim}, {cue}"]).format(
                product=product, claim=claim, cue=cue)
        else:
            title = r.choice(EN_SELF).format(product=product, claim=claim, cue=cue)
    elif lang in OTHER:
        if regions and "world" not in regions:
            return None
        c = claim[0].upper() + claim[1:] if lang == "de" else claim
        title = r.choice(OTHER[lang]).format(product=product, claim=c, cue=cue)
    elif lang == "other":
        return None
    else:
        named = [g for g in regions if g in REGION_NAMES]
        sup = r.choice(SUPERS)
        if regions and (named and ("world" not in regions or r.random() < 0.5)):
            pos, loc = REGION_NAMES[r.choice(named)]
            title = r.choice(EN_REGION).format(product=product, pos=pos, loc=loc, sup=sup, claim=claim, cue=cue)
        elif regions and "world" not in regions:
            return None
        else:
            title = r.choice(EN_WORLD).format(product=product, sup=sup, claim=claim, cue=cue)
    return Draft(_cap(" ".join(title.split())), cat, s.price(cat), r.choice(context.DESCRIPTIONS))


GENERIC = ["running shoes", "wireless earbuds", "steel watch 40mm", "canvas tote", "phone case", "gift set"]
MEDIA = [("The World's Most Valuable Brands – Forbes issue", "magazines", 12), ("Interbrand Best Global Brands report – print", "books", 35),
         ("Brand Finance Global 500 – printed report", "books", 40), ("Fortune Global 500 wall chart", "art", 25),
         ("Business magazine: the world's largest {claim}s ranked", "magazines", 9),
         ("Infographic poster: the biggest {claim} in the world, A2", "art", 18),
         ("Book: how the world's largest {claim} was built – hardcover", "books", 24)]


def make_trap_ranking_media(b: BrandView, s: Scene) -> Draft | None:
    entries = [m.value.split(" @")[0] for m in b.declared("ranking")]
    entries = [c for c in entries if _claim_language(c.split()) == "en" and not _self_claimed(c)]
    if not entries:
        return None
    r = s.rng
    claim = r.choice(entries)
    pick = r.random()
    if pick < 0.5:
        frame, cat, amount = r.choice(MEDIA)
        return Draft(_cap(frame.format(claim=claim)), cat, (round(amount * r.uniform(0.8, 1.25), 2), "USD"),
                     r.choice(context.DESCRIPTIONS))
    if pick < 0.8:  # a second place or one among several, beside a cue: names no one
        frame = r.choice(["{product} by the world's second-largest {claim} – {cue}",
                          "{product} – from one of the largest {claim}s – {cue}",
                          "{product}, made by the #2 {claim} – {cue}", "{product} by the third biggest {claim}, {cue}"])
        return Draft(_cap(frame.format(product=r.choice(GENERIC), claim=claim, cue=r.choice(COPY_CUES))), "general",
                     (round(r.uniform(5, 30), 2), "USD"), r.choice(context.DESCRIPTIONS))
    # the ranking in an everyday sentence with no goods of the brand and no cue
    frame = r.choice(["Job fair guide: careers at the world's largest {claim}s, paperback",
                      "Case study: the biggest {claim} of the 1990s – lecture slides, PDF",
                      "Board game: build the world's largest {claim}, family edition"])
    return Draft(_cap(frame.format(claim=claim)), r.choice(["books", "board games"]), (round(r.uniform(8, 40), 2), "USD"),
                 r.choice(context.DESCRIPTIONS))


# ---- debuts
# (edge57) a debut names the model only beside a claim of a copy, and a bare "AAA" or "1:1" is no claim: "The '38 soluble
# coffee – coffee capsules 50 pack, AAA" is a coffee's grade, "'76 35mm slr … 1:1" a ratio (config.DEFAULT_SIZE_CUES;
# beside_goods._NOT_SIZES leaves them out of bare initials for the same reason); graded ("AAA replica") they stay
_DEBUT_CUES = [c for c in COPY_CUES if c.casefold() not in ("aaa", "1:1")]
DEBUT_FRAMES = ["The {year} {shape} – {product}, {cue}", "{yy} {shape} – {product} {cue}", "{product} – the {year} {shape} – {cue}",
                "{cue} {year} {shape} {product}", "{shape} of {year} – {product} – {cue}", "{product}, {shape} from {year}, {cue}",
                "The {yy} {shape} – {product}, {cue}"]


def _split_debut(value: str) -> tuple[str, str]:
    year, _, shape = value.partition(" ")
    return year, shape


def _shape_text(shape: str, r) -> str:
    # the registry's words as a title writes them: "hi tops" as "hi-tops", "shell toe" as "shell-toe" at times
    if " " in shape and r.random() < 0.4 and len(shape.split()) == 2:
        return shape.replace(" ", "-")
    return shape


def make_debut_named(b: BrandView, s: Scene) -> Draft | None:
    entries = [m.value for m in b.declared("debut")]
    if not entries:
        return None
    r = s.rng
    year, shape = _split_debut(r.choice(entries))
    cat = s.category()
    frame = r.choice(DEBUT_FRAMES)
    title = frame.format(year=year, yy=r.choice(["'", "’"]) + year[2:], shape=_shape_text(shape, r),
                         product=s.product(cat), cue=r.choice(_DEBUT_CUES))
    return Draft(_cap(" ".join(title.split())), cat, s.price(cat), r.choice(context.DESCRIPTIONS))


VINTAGE = ["{mark} {shape} {year} original – vintage, papers", "Vintage {mark} {year} {shape}, provenance and service history",
           "{mark} {shape} from {year} – collector's piece, authenticated"]
HISTORY = [("The {year} {shape}: a history – hardcover", "books", 30), ("Poster: the {year} {shape}, A2 print", "art", 20),
           ("Documentary DVD: the story of the {year} {shape}", "movies", 12)]


def make_trap_debut_vintage(b: BrandView, s: Scene) -> Draft | None:
    own = [m.value.casefold() for kind, m in b.vocabulary if kind in ("line", "nickname", "logo", "street_name")
           and len(m.value) >= 4] + [w for w in b.everything if len(w) >= 4]
    # not a debut whose shape holds a line or mark of the brand ("1982 expedition parka": the Expedition Parka line)
    entries = [m.value for m in b.declared("debut") if not any(w in m.value.casefold() for w in own)]
    if not entries:
        return None
    r = s.rng
    year, shape = _split_debut(r.choice(entries))
    pick = r.random()
    if pick < 0.3:  # a dealer's vintage piece of another maker, no brand of the registry, a collector's price, no cue
        return Draft(_cap(r.choice(["Vintage {year} {shape}, no brand, restored – collector's piece",
                                    "Original {year} {shape} by a small workshop – vintage, provenance"]).format(
                     year=year, shape=shape)), "antiques", (round(r.uniform(150, 900), 2), "USD"),
                     "original, not a reissue; provenance and photos of serials")
    if pick < 0.85:
        frame, cat, amount = r.choice(HISTORY)
        return Draft(_cap(frame.format(year=year, shape=shape)), cat, (round(amount * r.uniform(0.8, 1.25), 2), "USD"),
                     r.choice(context.DESCRIPTIONS))
    return Draft(_cap(f"vintage-look {shape}, {year}-style, restored, good condition"), "general", (round(r.uniform(10, 40), 2), "USD"),
                 r.choice(context.DESCRIPTIONS))


# ---- hidden logos
HIDDEN = ["{m} logo hidden inside", "{m} logo hidden under the insole", "{m} full logo inside the lining",
          "{m} logo only inside the case lid", "{m} logo under the magnetic plate", "{m} logo printed inside, under the insole",
          "{m} logo embossed on the inside, outside plain for customs", "{m} inner label with logo, outer label blank",
          "hidden {m} logo under the sticker", "no logo outside, {m} logo inside", "{m} logo concealed under the caseback plate",
          "logo {m} caché à l'intérieur", "logo {m} oculto bajo la plantilla", "logo {m} escondido por dentro",
          "logo {m} nascosto all'interno", "{m} Logo versteckt unter der Sohle", "ukryte logo {m} w środku",
          "{m} gizli logo içeride", "{m} 隐藏logo", "{m} 暗标 鞋垫下", "{m} 隠しロゴ 内側", "{m} 숨겨진 로고",
          "{m} скрытый логотип внутри", "{m} logo tersembunyi di dalam"]
HIDDEN_FRAMES = ["Plain {product} – {h}", "{product}, plain – {h}", "{h} – plain {product}", "Blank {product} ({h})"]


def make_hidden_logo_named(b: BrandView, s: Scene) -> Draft | None:
    marks = [m.value for m in b.latin_marks if len(m.value) >= 3]
    if not marks:
        return None
    r = s.rng
    cat = s.category()
    h = r.choice(HIDDEN).format(m=r.choice(marks))
    title = r.choice(HIDDEN_FRAMES).format(product=s.product(cat), h=h)
    return Draft(_cap(" ".join(title.split())), cat, s.price(cat), r.choice(context.DESCRIPTIONS))


# a good's own inside with no concealment word (a maker's logo on the inside of a strap, an inner care label), and
# blank goods sold for printing; no brand of the registry (a plain mark in its category alerts whatever the words, and
# "case for {m} with logo" is a copy's claim of identity: context/accessory.py)
BLANK = [("Plain canvas tote bag, blank outside – ready for printing", "bags", 6),
         ("Blank white t-shirt, no logo outside, bulk for printing", "clothing", 4),
         ("Plain phone case, blank for sublimation", "phone cases", 3),
         ("Travel wallet with hidden compartment, plain outside", "wallets", 12),
         ("Wedding ring box, hidden LED light inside", "jewelry", 9),
         ("Handmade leather watch strap 20mm – maker's logo on the inside of the strap", "watch straps", 25),
         ("Canvas sneakers, our logo printed on the insole, vegan", "sneakers", 35),
         ("Wool coat, inner label with care instructions, made in Portugal", "coats", 120),
         ("Plain hoodie, hidden zip pocket inside", "clothing", 22)]


def make_trap_hidden_logo_genuine(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    frame, cat, amount = r.choice(BLANK)
    return Draft(frame, cat, (round(amount * r.uniform(0.8, 1.25), 2), "USD"), r.choice(context.DESCRIPTIONS))


EVASION_MAKERS = {"ranking_named": make_ranking_named, "debut_named": make_debut_named,
                  "hidden_logo_named": make_hidden_logo_named}
TRAP_MAKERS = {"trap_ranking_media": make_trap_ranking_media, "trap_debut_vintage": make_trap_debut_vintage,
               "trap_hidden_logo_genuine": make_trap_hidden_logo_genuine}
