"""The adversary's heritage-and-house-brand classes (names24, 2026-12-04): copies of a brand's discontinued or classic
products and of its group's own product brands, named by that line alone; the trade's abbreviations tagged with its bare
copy words; and honest listings of the same lines.

Written from first principles (how a copy seller names goods whose brand no longer prints the name on new goods, or a
product brand of a group that buyers know without the group's name: "Discman D-E01 – replica", "Game & Watch Ball –
repro", "Nido 2.5kg – factory copy", "Thums Up 2L x 9 – duplicate bottles"; how the rep trade tags a short title: "S24U
512GB – clone", "NS OLED | reps"), not from a held-out set. The registry's lines (deploy/seed/registry.yaml, each
brand's heritage and house-brand list with its source beside it) name the brand only in its category with a cue or a
copy's price (everyday-word lines: a discontinued product sells second-hand at any price).

- heritage_line_named: a heritage line or house brand with a product noun, in the brand's category, with a cue (the
  bare "clone", "rep", "duplicate" tags among them) or a price far below the floor.
- abbreviation_tagged: the brand's registered abbreviation, a size or variant beside it, and the trade's bare tag after
  a separator ("– clone", "| reps", "- rep", "– duplicate"), in the brand's category.
- trap_heritage_honest: the same lines sold honestly (boxed with receipt, used and working, at a fair price), and the
  tags' innocent senses (a clone trooper, a sales rep, a disk clone, a duplicate key).
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, registry_brand

EVASIONS = {
    "heritage_line_named": "a brand's discontinued or classic product or its group's house brand named alone (Discman, "
                           "Game & Watch, Zune, Air Mag, Nido, Thums Up, MAC), in the brand's category with a cue or a "
                           "copy's price",
    "abbreviation_tagged": "the brand's trade abbreviation (S24U, NS, APP2, XM5) with a size or variant and the trade's "
                           "bare tag after a separator ('– clone', '| reps', '– duplicate')",
}
TRAPS = {
    "trap_heritage_honest": "heritage lines and house brands sold honestly at a fair price, and the tags' innocent "
                            "senses (clone trooper, sales rep, disk clone, duplicate key)",
}

# the heritage lines and house brands of each demo brand as registered by names24 (the registry's lines; only those
# still in the registry are drawn)
HERITAGE = {'sony': ('Discman', 'aibo', 'Trinitron', 'MiniDisc', 'Betamax', 'Mavica', 'PS Vita', 'PS One', 'PSone', 'PS2', 'PS3'), 'canon': ('AE-1', 'AE-1 Program', 'AE1 Program', 'Canonet', 'New F-1', 'Canon F-1', 'EOS-1', 'T90'), 'nintendo': ('Game & Watch', 'Game and Watch', 'Virtual Boy', 'Game Boy Pocket', 'Game Boy Micro', 'Nintendo DS Lite', 'DS Lite', 'Wii Fit', 'Famicom Disk System'), 'microsoft': ('Zune', 'Zune HD', 'Kinect', 'SideWinder', 'IntelliMouse', 'Windows XP', 'Windows 7'), 'bose': ('Wave Music System', 'Acoustic Wave', 'Wave radio', 'SoundDock', '901 Direct/Reflecting', 'QuietComfort 35', 'QuietComfort 15', 'QC15'), 'nike': ('Air Mag', 'Nike Mag', 'Shox', 'Total 90', 'Foamposite', 'Air Tailwind', 'Waffle Trainer'), 'adidas': ('Micropacer', 'Torsion', 'ZX 8000', 'Yeezy Boost', 'Jabulani', 'Brazuca', 'Rod Laver'), 'panasonic': ('Technics', 'SL-1200', 'SL-1210', 'Sanyo', 'Quasar'), 'mattel': ("See 'n Say", 'See n Say', "See 'N Say", 'Chatty Cathy', 'Intellivision', 'View-Master', 'Viewmaster', 'Magic 8 Ball', 'Fisher Price', "Rock 'Em Sock 'Em", 'Power Wheels', 'Major Matt Mason'), 'hasbro': ('Easy-Bake', 'Easy Bake Oven', 'Lite-Brite', 'Lite Brite', 'Mr. Potato Head', 'Mr Potato Head', 'Playskool', 'Milton Bradley', 'Parker Brothers', 'Tiger Electronics', 'Transformers G1', 'Weebles', 'Bop It'), 'bandai': ('WonderSwan', 'Digivice'), 'apple': ('iPod Classic', 'iPod nano', 'iPod shuffle', 'iBook', 'PowerBook', 'eMac', 'Power Mac', 'Macintosh', 'MessagePad'), 'samsung': ('Gear VR', 'Galaxy Gear', 'Gear S3', 'Gear Fit'), 'gillette': ('Trac II', 'Atra', 'Mach 3', 'Techmatic', 'Blue II'), 'philips': ('Philishave', 'CD-i'), 'lego': ('Fabuland', 'Galidor', 'Belville', 'Clikits', 'Hero Factory', 'Technic'), 'coca-cola': ('Thums Up', 'Limca', 'Maaza', 'Inca Kola', 'Kinley', 'Ciel', 'Dasani', 'Bonaqua', 'Fresca', "Barq's", 'Mello Yello', 'Surge', 'New Coke', 'vitaminwater', 'Del Valle', 'Kuat', 'Appletiser', 'I LOHAS', 'Ayataka', 'Sokenbicha'), 'nestle': ('Nido', 'Cerelac', 'Nestum', 'Lactogen', 'Beba', 'Guigoz', 'SMA', 'S-26', 'Carnation', 'La Lechera', 'Milkmaid', 'Nespray', 'Nescau', 'Nestea', 'Perrier', 'S.Pellegrino', 'San Pellegrino', 'Vittel', 'Pure Life', "Stouffer's", 'Lean Cuisine', 'Hot Pockets', 'Toll House', 'Rolo', 'Quality Street', 'Nesvita'), 'danone': ('Aqua', 'Bonafont', 'Mizone', 'Badoit', 'Font Vella', 'Lanjarón', 'Lanjaron', 'Blédina', 'Bledina', 'Dumex', 'Bebelac', 'Almiron', 'Fortimel', 'Danette', 'Danonino', 'Danio'), 'estee-lauder': ('MAC', 'M·A·C', 'M.A.C', 'Ruby Woo', 'Studio Fix', 'Aramis', 'Darphin'), 'loreal': ('Kiehls', 'Biotherm', 'Helena Rubinstein', 'Shu Uemura', 'Urban Decay', 'IT Cosmetics', 'SkinCeuticals', 'Redken', 'Essie'), 'mars': ('Marathon bar', 'Raider', 'Opal Fruits', "Uncle Ben's", "Ben's Original", 'Kitekat', 'Iams', 'Eukanuba', 'Dolmio', 'Doublemint', 'Juicy Fruit', 'Hubba Bubba', 'Altoids', 'Starburst'), 'ferrero': ('Pocket Coffee', 'Hanuta', 'Yogurette', 'Butterfinger', 'Baby Ruth'), 'michelin': ('Tigar', 'Kormoran', 'XZX', 'XAS'), 'bosch': ('Thermador', 'Constructa', 'IXO'), 'callaway': ('Odyssey putter', 'Great Big Bertha'), 'wilson': ('T2000', 'Jack Kramer'), 'yonex': ('Carbonex', 'Muscle Power', 'Armortec'), 'dyson': ('DC01', 'DC07', 'DC25', 'Airblade', 'Contrarotator'), 'adobe': ('Flash Professional', 'Flash Player', 'Fireworks CS6', 'PageMaker', 'FrameMaker', 'Shockwave', 'Macromedia'), 'autodesk': ('Softimage', 'SketchBook Pro', 'Mudbox'), 'abbott': ('Similac Gain', 'Abbott Grow'), 'honda': ('CB750', 'NSX', 'S2000', 'Goldwing'), 'toyota': ('Supra', 'AE86', '2000GT', 'MR2', 'Celica', 'Land Cruiser 70'), 'bmw': ('E30', 'Isetta'), 'louis-vuitton': ('Noé', 'Multicolore', 'Papillon'), 'gucci': ('Guccissima', 'Sylvie'), 'burberry': ('Haymarket Check',), 'rolex': ('Oysterquartz', 'Turn-O-Graph', 'Bubbleback'), 'omega': ('Flightmaster', 'Chronostop', 'Megaquartz', 'Bullhead'), 'cartier': ('Must de Cartier', 'Calibre de Cartier', 'Roadster', 'Tortue'), 'swarovski': ('Crystal Society', 'Silver Crystal'), 'the-north-face': ('Sierra Parka', '1996 Retro Nuptse'), 'levis': ('Engineered Jeans', 'Sta-Prest', 'Orange Tab'), 'puma': ('Disc Blaze', 'Mostro', 'Trinomic'), 'canada-goose': ('Langford', 'Kensington Parka'), 'bayer': ('Iberogast', 'Rennie', 'One A Day')}

TAGS = ["clone", "rep", "reps", "duplicate", "copy", "replica", "1:1", "clone version", "AAA"]
SEPARATORS = [" – ", " - ", " | ", ", ", " / "]
VARIANTS = ["", "", "2024", "white", "black", "x2", "new", "original box"]


def _lines(b: BrandView) -> list[str]:
    wanted = set(HERITAGE.get(b.id, ()))
    if (brand := registry_brand(b.id)) is not None:  # (read only: generate.registry_brand, issue 16)
        return [v for v in ((e["value"] if isinstance(e, dict) else e) for e in brand.get("lines", [])) if v in wanted]
    return []


def _abbreviations(b: BrandView) -> list[str]:
    if (brand := registry_brand(b.id)) is not None:  # (read only: generate.registry_brand, issue 16)
        return [e["value"] if isinstance(e, dict) else e for e in brand.get("abbreviations", [])
                if len(e["value"] if isinstance(e, dict) else e) >= 2]
    return []


def make_heritage_line_named(b: BrandView, s: Scene) -> Draft | None:
    lines = _lines(b)
    if not lines:
        return None
    r = s.rng
    line = r.choice(lines)
    low = r.random() < 0.25 and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    cue = "" if low else r.choice(TAGS + context.CUES[:6])
    frame = r.choice(["{line} {product}{sep}{cue}", "{line} {year} {product}{sep}{cue}", "{line}{sep}{cue}",
                      "{cue} {line} {product}", "{line} {product} ({cue})"])
    title = frame.format(line=line, product=s.product(cat), sep=r.choice(SEPARATORS), cue=cue,
                         year=r.choice(["1984", "1998", "2006", "original", "classic", "retro"]))
    return Draft(_cap(" ".join(title.split()).strip(" -–,|/")), cat, s.price(cat, low=low), r.choice(context.DESCRIPTIONS))


def make_abbreviation_tagged(b: BrandView, s: Scene) -> Draft | None:
    abbreviations = _abbreviations(b)
    if not abbreviations:
        return None
    r = s.rng
    word = r.choice(abbreviations)
    cat = s.category()
    tag = r.choice(["clone", "rep", "reps", "duplicate", "clone version"])
    product = s.product(cat) if r.random() < 0.5 else ""
    variant = r.choice(VARIANTS)
    title = " ".join(f"{word} {variant} {product}".split()) + r.choice(SEPARATORS[:3]) + tag
    return Draft(title, cat, s.price(cat), r.choice(context.DESCRIPTIONS))


# the tags' innocent senses, whatever the brand: (title, category, USD price)
TAG_SENSES = [("Star Wars Clone Trooper 501st helmet, display replica stand not included", "collectibles", 60),
              ("Clone Wars season 1 DVD box", "movies", 15), ("Sales rep wanted – electronics store, full time", "jobs", 1),
              ("SSD disk clone kit, USB 3.0 docking station", "computer accessories", 25),
              ("Duplicate key cutting service, while you wait", "services", 5),
              ("Gym log book: sets, reps and rest timer", "books", 9), ("Trading card duplicates lot, 200 commons", "trading cards", 12)]


def make_trap_heritage_honest(b: BrandView, s: Scene) -> Draft | None:
    lines = _lines(b)
    r = s.rng
    if not lines or r.random() < 0.25:
        title, cat, amount = r.choice(TAG_SENSES)
        return Draft(title, cat, (round(amount * r.uniform(0.8, 1.25), 2), "USD"), r.choice(context.DESCRIPTIONS))
    line = r.choice(lines)
    cat = s.category(with_floor=True)
    floor = b.floors.get(cat)
    product = next((p for p in (s.product(cat) for _ in range(6)) if not any(ch.isdigit() for ch in p)
                    and "pack" not in p and "set" not in p), None)
    if product is None:
        return None
    title = r.choice(["{line} {product}, boxed, with receipt", "Original {line} {product} – new in box",
                      "{line} {product}, used, good condition, works", "{line} {product} from my collection, boxed"]
                     ).format(line=line, product=product)
    price = (round(floor[0] * r.uniform(1.3, 2.2), 2), floor[1]) if floor else s.price(cat)
    return Draft(_cap(title), cat, price, r.choice(context.DESCRIPTIONS))


EVASION_MAKERS = {"heritage_line_named": make_heritage_line_named, "abbreviation_tagged": make_abbreviation_tagged}
TRAP_MAKERS = {"trap_heritage_honest": make_trap_heritage_honest}
