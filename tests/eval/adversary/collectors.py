"""The adversary's community-word classes (tradewords, 2026-12-02): each collecting community's own word for a copy, a
brand's logo sold as a file for making goods, the replica trade's codes, and a brand written only in a listing's search
tags; each with innocent siblings that must stay quiet.

Written from first principles and general knowledge of those communities' public vocabularies (toy and Gunpla
collectors' "KO" and KO makers, retro-game collectors' "repro cart", Etsy/Cricut design-file listings, the sneaker rep
trade's batch codes and "PK" grades, the grey software-key trade's "bind key", marketplaces' "Tags"/"Keywords"/"Search
terms" fields), not from a held-out set:
- ko_toys: "KO" (knock-off) beside a toy brand's figure, doll, blaster or kit, as collectors write it ("KO version",
  "KO Marvel Legends", "MG ... KO", "KO版"), and the Gunpla trade's KO makers (Daban, Dragon Momoko), among toys;
- repro_games: "repro" / "reproduction" of a console's game cartridge or a virtual pet, in seven languages (repro cart,
  reproducción, reprodução, Nachbau, riproduzione, 海賊版, 盗版), among video games;
- design_files: the brand's logo, monogram or pattern as an SVG/DXF/PNG cut file, embroidery file or digital paper
  "for Cricut", filed among crafts or digital downloads at a file's price, in five languages;
- trade_codes: the brand's goods with a batch code ("GP batch", "G5 batch"), a "PK" grade ("PK god", "PK 4.0") or a
  "bind key", at a copy's price;
- tags_only: a generic title (several languages) in the brand's category, the brand named only in a search-tags item
  specific (Tags, Keywords, Search terms, Schlagwörter, Mots-clés, Etiquetas, Теги, 标签, タグ, 태그), with a copy word or a
  price far below the floor;
and their traps:
- trap_knockout: "KO" as a knockout (boxing gloves "KO power", "win by KO", "K.O." finishers, "KO punch" toys) at a
  shop's price;
- trap_honest_repro: the brand's genuine cartridges said to be no repro, official reproduction editions of board games,
  reproductions of antique furniture and public-domain posters;
- trap_generic_design_files: SVG files of generic designs and of everyday words that are marks ("Best Coach Ever SVG",
  "apple teacher SVG", "seashell SVG", "crown SVG");
- trap_tags_honest: honest tag lists ("vintage, boho"), "compatible with" the brand in an accessory's tags, the brand in
  the tags of its genuine goods at a retailer's price, a tag list stuffed with many brands, a likeness tag ("homage");
- trap_trade_code_words: "batch" and "PK" in their everyday senses (NEW BATCH, batch number, small batch, 12 PK) and
  "bind" in bookbinding, with the brand's goods at a shop's price.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark, higher_floor, mark_floor

# goods whose floors are no retail unit's (trade.py's NOT_UNITS, with die-cast cars sold by the 5-pack): a shop's price
# for one is no shop's price for the listing
NOT_UNITS = {"accessories", "golf balls", "shuttlecocks", "razor blades", "ink", "batteries", "otc", "first aid",
             "prescription drugs", "software licenses", "software", "minifigures", "charms", "die-cast cars"}
TOY_CATEGORIES = {"toys", "action figures", "dolls", "model kits", "blasters", "building sets", "minifigures"}
GAME_CATEGORIES = {"video games", "consoles"}


def _marks(b: BrandView) -> list[str]:
    """The brand's Latin marks registered as no everyday word, the brand's own name first."""
    names = [m.value for m in b.latin_marks if not m.everyday]
    return sorted(names, key=lambda v: v.casefold() != b.name.casefold())


def _lines(b: BrandView, everyday: bool = False) -> list[str]:
    """The brand's registered product lines (not everyday words unless asked)."""
    return [w.value for kind, w in b.vocabulary if kind == "line" and (everyday or not w.everyday)
            and w.value.isascii()]


def _floor(b: BrandView, cat: str, mark: str) -> tuple[float, str] | None:
    return higher_floor(b.floors.get(cat), mark_floor(b, mark))


def _copy_price(b: BrandView, s: Scene, cat: str, mark: str, low: tuple[float, float] = (0.3, 0.85)) -> tuple[float, str]:
    """A copy's price: a share of the floor the listing is judged by (the category's or the named line's, if dearer)."""
    floor = _floor(b, cat, mark) or (20.0, "USD")
    return round(floor[0] * s.rng.uniform(*low), 2), floor[1]


def _shop_price(b: BrandView, s: Scene, cat: str, *marks: str) -> tuple[float, str]:
    """A genuine shop's price: 110-160 % of the dearest floor the listing may be judged by (the category's, a named
    line's)."""
    floor = None
    for mark in marks:
        floor = higher_floor(floor, _floor(b, cat, mark))
    floor = floor or b.floors.get(cat) or (20.0, "USD")
    return round(floor[0] * s.rng.uniform(1.1, 1.6), 2), floor[1]


# ------------------------------------------------------------------ toys' KO

KO_FORMS = ["{m} {p} KO version", "KO {m} {p}", "{m} {p} KO, new in box", "{m} {p} (KO)", "{m} {p} KO ver.",
            "{m} {p} KO oversized", "{m} {p} KO版 全新", "{m} {p} versión KO, nuevo", "{m} {p} KO Version, neu OVP",
            "{m} {p} version KO, neuve", "{m} {p} KO – third party copy", "[KO] {m} {p}", "{m} {p} KO edition, boxed"]
TOY_NOUNS = {"toys": ["action figure", "figure", "robot toy", "playset"], "action figures": ["6 inch figure", "action figure",
             "figure set"], "dolls": ["doll", "doll house", "fashion doll set"], "model kits": ["model kit", "1/144 kit",
             "1/100 kit"], "blasters": ["blaster", "dart blaster"], "building sets": ["building set", "brick set"],
             "minifigures": ["minifigures lot"]}
KIT_MAKERS = ["Daban {m} {p} 1/100", "Dragon Momoko {m} {p}, 1/100 model kit", "{m} {p} Daban version"]


def _toy_category(b: BrandView, s: Scene) -> str | None:
    cats = [c for c in b.categories if c in TOY_CATEGORIES]
    return s.rng.choice(cats) if cats else None


def make_ko_toys(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (cat := _toy_category(b, s)) is None:
        return None
    names = _lines(b) + _marks(b)
    mark = r.choice(names) if names else b.name
    noun = r.choice(TOY_NOUNS.get(cat, ["figure"]))
    if cat == "model kits" and r.random() < 0.3:
        title = r.choice(KIT_MAKERS).format(m=mark, p=noun)
    else:
        title = r.choice(KO_FORMS).format(m=mark, p=noun)
    return Draft(title, r.choice([cat, f"Toys & Hobbies > {cat.title()} & Accessories", f"Toys & Games > {cat.title()}"]),
                 _copy_price(b, s, cat, mark, (0.3, 0.9)), r.choice(["", "Ships from China.", "Great quality KO.", ""]))


KNOCKOUT = ["{m} boxing gloves 14oz, KO power", "{m} KO punch bag gloves", "{m} training gloves — win by KO",
            "{m} MMA gloves, first round KO", "{m} boxing shorts K.O. edition"]
KNOCKOUT_TOYS = ["{m} {p} with KO punch action", "{m} boxing champion {p}, win by KO", "{m} {p} K.O. finisher pose",
                 "{m} {p} – knock-out punch feature", "{m} fighting robots game, first to KO wins"]
KNOCKOUT_GAMES = ["{m} Punch-Out!! cartridge, KO every champ, tested", "{m} boxing game, TKO and KO moves, complete",
                  "{m} fighting game — K.O. screen mod tutorial"]


def make_trap_knockout(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    names = _marks(b)
    if not names:
        return None
    mark = names[0]
    floored = [c for c in b.categories if c in b.floors and c not in NOT_UNITS]
    toys = [c for c in floored if c in TOY_CATEGORIES]
    games = [c for c in floored if c in GAME_CATEGORIES]
    sport = [c for c in floored if c in ("sportswear", "sneakers")]
    if toys:
        cat = r.choice(toys)
        title = r.choice(KNOCKOUT_TOYS).format(m=mark, p=r.choice(TOY_NOUNS.get(cat, ["figure"])))
    elif games:
        cat = games[0]
        title = r.choice(KNOCKOUT_GAMES).format(m=mark)
    elif sport:
        cat = r.choice(sport)
        title = r.choice(KNOCKOUT).format(m=mark)
    elif floored:
        cat = r.choice(floored)
        title = f"{mark} {s.product(cat)} — KO price, today only" if r.random() < 0.5 else \
            f"Boxing night KO raffle prize: {mark} {s.product(cat)}"
    else:
        return None
    return Draft(title, cat, _shop_price(b, s, cat, mark), "")


# ------------------------------------------------------------------ games' repro

REPRO_FORMS = ["{g} {c} repro cart", "{g} {c} reproduction cartridge, saves", "Repro {c} {g}, new label",
               "{g} {c} repro, English translation", "{g} ({c}) reproduction, box + manual",
               "{g} {c} cartucho reproducción", "{g} {c} cartucho reprodução, novo", "{g} {c} Modul Nachbau, neu",
               "{g} {c} Reproduktion Modul", "{g} {c} riproduzione cartuccia", "{g} {c} 海賊版 カセット",
               "{g} {c} 盗版卡带", "{g} {c} cart (repro), tested"]
CONSOLES = ["GBA", "SNES", "N64", "GBC", "NES", "Game Boy", "Game Boy Advance", "Super Famicom", "DS"]
GAMES = ["Zelda Minish Cap", "Mario Kart Super Circuit", "Zelda Ocarina of Time", "Super Mario World", "Zelda Link's Awakening",
         "Super Mario Bros 3", "Mario Golf", "Mario & Luigi"]
VPETS = ["{m} 1997 P1 repro, new in box", "{m} virtual pet reproduction, English", "{m} P2 repro, sealed",
         "{m} v-pet reproducción, nuevo"]


def make_repro_games(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if "video games" in b.categories:
        mark = r.choice([m for m in ("Zelda", "Mario") if m in {x.value for x in b.marks}] or [b.name])
        game = r.choice([g for g in GAMES if mark in g] or GAMES)
        console = r.choice(CONSOLES)
        if r.random() < 0.3:  # the brand named by its console only, an abbreviation that needs a cue
            game = r.choice(["Pokemon Emerald", "Fire Emblem", "EarthBound", "Chrono Trigger", "Golden Sun"])
            console = r.choice(["GBA", "SNES", "Game Boy Advance", "Super Famicom", "GBC"])
        title = r.choice(REPRO_FORMS).format(g=game, c=console)
        cat = "video games"
        return Draft(title, r.choice([cat, "Video Games & Consoles > Video Games", "Video Games"]),
                     _copy_price(b, s, cat, mark, (0.25, 0.9)), r.choice(["", "Reproduction, not original.", ""]))
    pets = [m.value for m in b.marks if m.value.casefold() == "tamagotchi"]
    if pets and (cat := _toy_category(b, s)) is not None:
        title = r.choice(VPETS).format(m=pets[0])
        return Draft(title, "Toys & Hobbies > Electronic, Battery & Wind-Up", _copy_price(b, s, cat, pets[0], (0.5, 1.2)), "")
    return None


HONEST_GAMES = ["{g} {c} original cartridge, authentic, not a repro", "{g} {c} genuine cart, tested, no repro",
                "Authentic {g} {c} cartridge — checked PCB, not repro",
                "{g} {c} original Modul, kein Nachbau", "{g} {c} cartucho original, no es reproducción"]
HONEST_REPRO = ["Reproduction Victorian mahogany chair", "Art nouveau poster reproduction, Mucha 1896, A2 print",
                "Repro 1930s brass door knobs, set of 4", "Reproduction antique world map, 1570 Ortelius, framed",
                "Reproduction Louis XV side table", "Vintage travel poster repro, public domain, 50x70"]
OFFICIAL_REPRO = ["{m} 1935 reproduction edition board game, sealed", "{m} nostalgia reproduction board game, new"]


def make_trap_honest_repro(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if "video games" in b.categories and r.random() < 0.7:
        mark = r.choice([m for m in ("Zelda", "Mario") if m in {x.value for x in b.marks}] or [b.name])
        game = r.choice([g for g in GAMES if mark in g] or GAMES)
        title = r.choice(HONEST_GAMES).format(g=game, c=r.choice(CONSOLES))
        return Draft(title, "video games", _shop_price(b, s, "video games", mark), "Genuine, bought in 2003.")
    if "board games" in b.categories and r.random() < 0.6:
        mark = next((m.value for m in b.marks if m.value == "Monopoly"), b.name)
        return Draft(r.choice(OFFICIAL_REPRO).format(m=mark), "board games", _shop_price(b, s, "board games", mark), "")
    return Draft(r.choice(HONEST_REPRO), r.choice(["Antiques > Furniture", "Art > Posters", "Home & Garden", None]),
                 (round(r.uniform(20, 400), 2), "USD"), "A faithful reproduction of a public-domain original.")


# ------------------------------------------------------------------ design files

DESIGN_FORMS = ["{m} logo SVG cut file for Cricut", "{m} monogram pattern seamless digital paper",
                "{m} logo embroidery file, machine embroidery design", "{m} emblem DXF laser cut file",
                "{m} logo PNG sublimation design, commercial use", "{m} logo SVG PNG DXF bundle",
                "{m} logo Plotterdatei SVG für Cricut", "{m} logo fichier SVG pour Cricut",
                "{m} logo archivo SVG para Cricut", "{m} logo arquivo SVG para Silhouette",
                "{m} pattern digital paper, 12 JPG + SVG", "{m} logo vector file SVG EPS"]
DESIGN_CATEGORIES = ["Craft Supplies & Tools > Digital Downloads", "Digital downloads", "Crafts > Embroidery > Designs",
                     "Craft Supplies & Tools > Patterns & How To"]


def make_design_files(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    names = _marks(b)
    everyday = [m.value for m in b.latin_marks if m.everyday]
    if names:
        mark = names[0] if r.random() < 0.7 else r.choice(names)
    elif everyday:
        mark = everyday[0]
    else:
        return None
    title = r.choice(DESIGN_FORMS).format(m=mark)
    if mark in everyday and "logo" not in title:
        title = f"{mark} logo SVG cut file for Cricut"
    return Draft(title, r.choice(DESIGN_CATEGORIES), (round(r.uniform(1, 6), 2), "USD"),
                 r.choice(["Instant digital download. No physical item.", "", "Digital file only."]))


GENERIC_DESIGNS = ["Best Coach Ever SVG, coach gift cut file", "Apple teacher SVG cut file for Cricut",
                   "Seashell SVG bundle, beach cut files", "Crown SVG for princess party, PNG DXF",
                   "Mars planet SVG, space clipart", "Omega Greek letter SVG, sorority cut file",
                   "Puma silhouette SVG, wild cat clipart", "Swan SVG cut file", "Galaxy stars digital paper, seamless pattern",
                   "Dove bird SVG, wedding cut file", "Pandora box SVG, mythology clipart", "Jordan name SVG, monogram frame",
                   "Love heart SVG bundle, Valentine cut files", "Football SVG, soccer ball cut file",
                   "Boho floral digital paper, 12 sheets", "Sunflower embroidery design, machine embroidery file"]


def make_trap_generic_design_files(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    return Draft(r.choice(GENERIC_DESIGNS), r.choice(DESIGN_CATEGORIES), (round(r.uniform(1, 6), 2), "USD"),
                 "Instant digital download.")


# ------------------------------------------------------------------ trade codes

CODES = ["GP batch", "G5 batch", "S2 batch", "OWF batch", "XP batch", "PK god", "PK 4.0", "PK version", "H12 batch"]
CODE_FORMS = ["{m} {p} {c}", "{m} {p}, {c}, QC pics on request", "{c} {m} {p}", "{m} {p} ({c})"]


def make_trade_codes(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    names = _marks(b)
    if not names:
        return None
    mark = names[0] if r.random() < 0.7 else r.choice(names)
    if any(c in ("software licenses", "software") for c in b.categories):
        cat = next(c for c in b.categories if c in ("software licenses", "software"))
        line = r.choice(_lines(b, everyday=True) or [mark])
        title = r.choice(["{m} {l} bind key, lifetime", "{m} {l} binding key — activate online", "{l} bind key ({m})"]).format(
            m=mark, l=line)
        return Draft(title, cat, _copy_price(b, s, cat, mark, (0.3, 0.8)), "")
    cats = [c for c in b.categories if c in ("sneakers", "handbags", "bags", "watches", "belts", "wallets", "sportswear",
                                              "jackets", "parkas", "outerwear", "sunglasses", "jewelry", "scarves")]
    if not cats:
        return None
    cat = r.choice(cats)
    title = r.choice(CODE_FORMS).format(m=mark, p=s.product(cat), c=r.choice(CODES))
    return Draft(title, cat, _copy_price(b, s, cat, mark, (0.3, 0.85)), "")


EVERYDAY_CODES = ["{m} {p}, NEW BATCH just arrived", "{m} {p} — batch number on the box", "{m} {p} small batch, limited",
                  "{m} {p} 12 PK", "{m} {p}, 6 PK value pack", "{m} {p} batch code 2025A printed on the label",
                  "A batch of {m} {p} for our shop, retail price"]


def make_trap_trade_code_words(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    names = _marks(b)
    cats = [c for c in b.categories if c in b.floors and c not in NOT_UNITS]
    if not names or not cats:
        return None
    cat = r.choice(cats)
    mark = names[0]
    title = r.choice(EVERYDAY_CODES).format(m=mark, p=s.product(cat))
    if " PK" in title:  # a pack's price: several units at a shop's price each
        amount, cur = _shop_price(b, s, cat, mark)
        return Draft(title, cat, (round(amount * (12 if "12" in title else 6), 2), cur), "")
    return Draft(title, cat, _shop_price(b, s, cat, mark), "Bookbinding and gift wrap available.")


# ------------------------------------------------------------------ search tags

TAG_KEYS = ["Tags", "Keywords", "Search terms", "Search keywords", "Schlagwörter", "Mots-clés", "Etiquetas", "Palabras clave",
            "Parole chiave", "Słowa kluczowe", "Теги", "Ключевые слова", "标签", "关键词", "タグ", "キーワード", "태그", "Kata kunci",
            "Từ khóa", "Anahtar kelimeler"]
GENERIC = {"watches": ["Men's automatic watch 41mm", "Herren Automatikuhr", "Montre homme automatique", "男士 机械 手表"],
           "handbags": ["Women's leather tote", "Damen Umhängetasche", "Sac à main femme", "女士 手提包"],
           "sneakers": ["Men's low sneakers white", "Turnschuhe weiß Herren", "Zapatillas blancas hombre", "男士 运动鞋"],
           "headphones": ["Over-ear ANC headphones", "Kabellose Kopfhörer", "Беспроводные наушники", "无线 蓝牙 耳机"],
           "earbuds": ["Wireless earbuds ANC", "Écouteurs sans fil", "Tai nghe không dây", "ワイヤレスイヤホン"],
           "jackets": ["Men's down jacket", "Winterjacke Daunen", "Пуховик мужской", "男士 羽绒服"]}
TAG_COPY = ["1:1", "AAA quality", "replica", "mirror quality", "高仿", "réplica", "копия", "super copy"]


COLOURS = ["black", "white", "brown", "navy", "grey", "beige", "red", "green", "silver", "gold", "blue", "pink"]


def _generic(cat: str, s: Scene) -> str:
    """A title that names no brand: the category's goods in one of four languages, a colour and now and then a size."""
    r = s.rng
    title = r.choice(GENERIC.get(cat) or [f"New {cat}, top quality", f"{_cap(cat)} – new with tags"])
    return f"{title}, {r.choice(COLOURS)}" + (f" {r.randrange(36, 46)}" if r.random() < 0.3 else "")


def _tags(b: BrandView, s: Scene, mark: str) -> tuple[str, str]:
    """A tag list naming the brand's mark and one of its lines, and that line ("" when the brand has none)."""
    r = s.rng
    extra = r.sample([w for w in _lines(b, everyday=True) if w.casefold() != mark.casefold()] or [""], k=1)[0]
    tags = [mark.lower() if r.random() < 0.5 else mark, extra, r.choice(["new", "luxury", "gift", "2025", "hot"])]
    r.shuffle(tags)
    return r.choice([", ", " ", " #", "; "]).join(t for t in tags if t), extra


def make_tags_only(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    names = _marks(b)
    cats = [c for c in b.categories if c in b.floors]
    if not names or not cats:
        return None
    cat = r.choice(cats)
    mark = names[0] if r.random() < 0.7 else r.choice(names)
    title = _generic(cat, s)
    floor = b.floors[cat]  # a line named only in the tags sets no floor of its own: the category's judges the price
    if r.random() < 0.5:  # a price far below the floor
        price = (round(floor[0] * r.uniform(0.04, 0.2), 2), floor[1])
        description = r.choice(["", "Brand new.", "Fast shipping."])
    else:  # a copy word in the title or description, a copy's price
        price = (round(floor[0] * r.uniform(0.3, 0.85), 2), floor[1])
        # a kit's or a die-cast car's replica is a miniature (config.SCALE_MODEL_PHRASES)
        cue = r.choice([c for c in TAG_COPY if c not in ("replica", "réplica") or cat not in ("model kits", "die-cast cars")])
        title, description = (f"{title} {cue}", "") if r.random() < 0.5 else (title, f"Quality: {cue}.")
    draft = Draft(title, cat, price, description)
    draft.attributes = {"Condition": "New", r.choice(TAG_KEYS): _tags(b, s, mark)[0]}
    return draft


HONEST_TAGS = ["vintage, boho, handmade", "gift for her, minimalist", "#summer #beach #casual", "retro, 90s, streetwear",
               "eco friendly, organic cotton"]
OTHER_BRANDS = ["nike", "adidas", "puma", "gucci", "rolex", "apple", "samsung", "dyson", "louis vuitton", "prada",
                "chanel", "bose", "omega", "cartier", "coach"]


def make_trap_tags_honest(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    names = _marks(b)
    cats = [c for c in b.categories if c in b.floors]
    if not names or not cats:
        return None
    cat = r.choice(cats)
    mark = names[0]
    way = r.randrange(5)
    if way == 0:  # an honest tag list, no brand
        draft = Draft(_generic(cat, s), cat, s.price(cat, low=True), "")
        draft.attributes = {r.choice(TAG_KEYS): r.choice(HONEST_TAGS)}
    elif way == 1:  # an accessory's tags say what it fits
        draft = Draft(r.choice(["Silicone case, clear", "Replacement strap 20mm", "Shoe cleaning kit", "Storage box"]),
                      "accessories", (round(r.uniform(3, 15), 2), "USD"), "")
        draft.attributes = {r.choice(TAG_KEYS): f"compatible with {mark}, for {mark}, accessories"}
    elif way == 2:  # the brand's genuine goods at a retailer's price, the brand in the tags
        tags, line = _tags(b, s, mark)
        draft = Draft(_generic(cat, s), cat, _shop_price(b, s, cat, mark, line), "Authorised retailer, receipt included.")
        draft.attributes = {r.choice(TAG_KEYS): tags}
    elif way == 3:  # keyword stuffing: many brands in the tags of a generic item at a low price
        others = r.sample([o for o in OTHER_BRANDS if o != mark.casefold()], k=5)
        draft = Draft(_generic(cat, s), cat, s.price(cat, low=True), "")
        draft.attributes = {r.choice(TAG_KEYS): ", ".join([mark.lower(), *others])}
    else:  # a likeness tag: what it resembles, at a low price
        draft = Draft(_generic(cat, s), cat, s.price(cat, low=True), "Our own design, no logo.")
        draft.attributes = {r.choice(TAG_KEYS): f"{mark.lower()} {r.choice(['homage', 'style', 'dupe', 'inspired'])}, "
                                                f"{r.choice(['affordable', 'gift', 'new'])}"}
    return draft


EVASIONS = {
    "ko_toys": "'KO' beside a toy brand's figure, doll, blaster or kit (KO version, KO Marvel Legends, KO版) and the "
               "Gunpla KO makers (Daban, Dragon Momoko), among toys",
    "repro_games": "'repro'/'reproduction' of a console's cartridge or a virtual pet in seven languages (repro cart, "
                   "reproducción, Nachbau, 海賊版, 盗版), among video games",
    "design_files": "the brand's logo, monogram or pattern as an SVG/DXF/PNG cut file, embroidery file or digital paper "
                    "for Cricut, among crafts and digital downloads, in five languages",
    "trade_codes": "the brand's goods with a batch code (GP, G5, S2 batch), a PK grade (PK god, PK 4.0) or a software "
                   "'bind key', at a copy's price",
    "tags_only": "a generic title in the brand's category, the brand only in a search-tags item specific (Tags, "
                 "Keywords, Search terms, Schlagwörter, 标签, タグ, Теги), with a copy word or a price far below the floor",
}
TRAPS = {
    "trap_knockout": "'KO' as a knockout (KO power gloves, win by KO, K.O. finisher, KO punch toys, Punch-Out!!) at a "
                     "shop's price",
    "trap_honest_repro": "genuine cartridges said to be no repro, official reproduction editions of board games, "
                         "reproductions of antique furniture and public-domain posters",
    "trap_generic_design_files": "SVG files of generic designs and of everyday words that are marks (Best Coach Ever, "
                                 "apple teacher, seashell, crown, Pandora box)",
    "trap_tags_honest": "honest tag lists, 'compatible with' the brand in an accessory's tags, the brand in the tags of "
                        "genuine goods at a retailer's price, a tag list stuffed with many brands, a likeness tag",
    "trap_trade_code_words": "'batch' and 'PK' in their everyday senses (NEW BATCH, batch number, small batch, 12 PK) "
                             "with the brand's goods at a shop's price",
}
EVASION_MAKERS = {"ko_toys": make_ko_toys, "repro_games": make_repro_games, "design_files": make_design_files,
                  "trade_codes": make_trade_codes, "tags_only": make_tags_only}
TRAP_MAKERS = {"trap_knockout": make_trap_knockout, "trap_honest_repro": make_trap_honest_repro,
               "trap_generic_design_files": make_trap_generic_design_files, "trap_tags_honest": make_trap_tags_honest,
               "trap_trade_code_words": make_trap_trade_code_words}
