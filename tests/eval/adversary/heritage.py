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

# the brand's categories that hold each line's goods (the line's own history: its makers' museum and press pages, and
# Wikipedia, as the registry's comments cite them); a line not listed is sold in every category of its brand; () in
# none of them: a Discman, a Zune, a Toyota Supra or a Perrier is no headphone, console accessory, auto part or infant
# formula, and "AE-1 photo printer" or "Philishave blender" is a listing no market writes (floor54: names24 drew every
# line in any category of its brand). A car's line among auto parts names the car the part fits ("Supra brake pads",
# "AE86 oil filter – copy": the aftermarket trade's copy of an OEM part, named by fitment, as "Corolla headlight copy"
# reads on the parts markets), not goods of the line, so the carmakers' car lines are drawn in no category here
LINE_GOODS: dict[str, tuple[str, ...]] = {
    # sony
    "Discman": (), "aibo": (), "Trinitron": (), "MiniDisc": (), "Betamax": (), "Mavica": ("cameras",),
    "PS Vita": ("consoles",), "PS One": ("consoles",), "PSone": ("consoles",), "PS2": ("consoles",), "PS3": ("consoles",),
    # canon: film cameras
    **dict.fromkeys(("AE-1", "AE-1 Program", "AE1 Program", "Canonet", "New F-1", "Canon F-1", "EOS-1", "T90"),
                    ("cameras",)),
    # nintendo
    **dict.fromkeys(("Game & Watch", "Game and Watch", "Virtual Boy", "Game Boy Pocket", "Game Boy Micro",
                     "Nintendo DS Lite", "DS Lite"), ("consoles",)),
    "Wii Fit": ("video games", "accessories"), "Famicom Disk System": ("consoles", "accessories"),
    # microsoft
    "Zune": (), "Zune HD": (), "Kinect": ("accessories",), "SideWinder": ("accessories",), "IntelliMouse": ("accessories",),
    "Windows XP": ("software licenses",), "Windows 7": ("software licenses",),
    # bose
    **dict.fromkeys(("Wave Music System", "Acoustic Wave", "Wave radio", "SoundDock", "901 Direct/Reflecting"), ("speakers",)),
    **dict.fromkeys(("QuietComfort 35", "QuietComfort 15", "QC15"), ("headphones",)),
    # nike, adidas, puma: shoes, and the football lines
    **dict.fromkeys(("Air Mag", "Nike Mag", "Shox", "Foamposite", "Air Tailwind", "Waffle Trainer", "Micropacer",
                     "Torsion", "ZX 8000", "Yeezy Boost", "Rod Laver", "Disc Blaze", "Mostro", "Trinomic"),
                    ("sneakers", "athletic shoes")),
    "Total 90": ("soccer", "sportswear", "athletic shoes"), "Jabulani": ("soccer", "football"),
    "Brazuca": ("soccer", "football"),
    **dict.fromkeys(("Engineered Jeans", "Sta-Prest", "Orange Tab"), ("jeans", "denim")),
    "Noé": ("handbags",), "Multicolore": ("handbags", "wallets"), "Papillon": ("handbags",),
    "Guccissima": ("handbags", "belts", "wallets"), "Sylvie": ("handbags",),
    **dict.fromkeys(("Gear VR", "Galaxy Gear", "Gear S3", "Gear Fit"), ()),  # a headset and watches: no Samsung category
    **dict.fromkeys(("iPod Classic", "iPod nano", "iPod shuffle", "eMac", "Power Mac", "Macintosh"), ()),
    "iBook": ("laptops",), "PowerBook": ("laptops",), "MessagePad": ("tablets",),
    **dict.fromkeys(("Langford", "Kensington Parka"), ("parkas", "outerwear", "jackets")),
    # the carmakers' cars (above); Honda's motorcycles
    **dict.fromkeys(("NSX", "S2000", "Supra", "AE86", "2000GT", "MR2", "Celica", "Land Cruiser 70", "E30", "Isetta"), ()),
    "CB750": ("motorcycles",), "Goldwing": ("motorcycles",),
    **dict.fromkeys(("Tigar", "Kormoran", "XZX", "XAS"), ("tires",)),
    # mars, nestle, danone, ferrero, coca-cola: the goods each house brand is
    "Marathon bar": ("chocolate", "confectionery"), "Raider": ("chocolate", "confectionery"),
    "Opal Fruits": ("confectionery",), "Uncle Ben's": (), "Ben's Original": (), "Dolmio": (),
    **dict.fromkeys(("Kitekat", "Iams", "Eukanuba"), ("pet food",)),
    **dict.fromkeys(("Doublemint", "Juicy Fruit", "Hubba Bubba", "Altoids", "Starburst"), ("confectionery",)),
    **dict.fromkeys(("Aqua", "Bonafont", "Mizone", "Badoit", "Font Vella", "Lanjarón", "Lanjaron"), ("bottled water",)),
    **dict.fromkeys(("Blédina", "Bledina", "Dumex", "Bebelac", "Almiron"), ("infant formula",)),
    "Fortimel": (), **dict.fromkeys(("Danette", "Danonino", "Danio"), ("dairy",)),
    **dict.fromkeys(("Lactogen", "Beba", "Guigoz", "SMA", "S-26"), ("infant formula",)),
    **dict.fromkeys(("Nido", "Nespray", "Nesvita"), ("milk powder", "dairy")),
    **dict.fromkeys(("Carnation", "La Lechera", "Milkmaid"), ("dairy",)),
    **dict.fromkeys(("Cerelac", "Nestum", "Nescau", "Nestea", "Perrier", "S.Pellegrino", "San Pellegrino", "Vittel",
                     "Pure Life", "Stouffer's", "Lean Cuisine", "Hot Pockets"), ()),  # cereal, water, frozen meals
    **dict.fromkeys(("Toll House", "Rolo", "Quality Street"), ("confectionery",)),
    **dict.fromkeys(("Pocket Coffee", "Hanuta", "Yogurette", "Butterfinger", "Baby Ruth"), ("chocolate", "confectionery")),
    **dict.fromkeys(("Thums Up", "Limca", "Maaza", "Inca Kola", "Kinley", "Ciel", "Dasani", "Bonaqua", "Fresca", "Barq's",
                     "Mello Yello", "Surge", "New Coke", "vitaminwater", "Del Valle", "Kuat", "Appletiser", "I LOHAS",
                     "Ayataka", "Sokenbicha"), ("soft drinks",)),
    # the beauty groups' house brands
    **dict.fromkeys(("Kiehls", "Biotherm", "SkinCeuticals", "Darphin"), ("skincare",)),
    "Helena Rubinstein": ("skincare", "makeup"), "Shu Uemura": ("makeup", "skincare"),
    **dict.fromkeys(("Urban Decay", "IT Cosmetics", "Essie", "MAC", "M·A·C", "M.A.C", "Ruby Woo", "Studio Fix"), ("makeup",)),
    "Redken": ("haircare",), "Aramis": ("fragrance",),
    **dict.fromkeys(("Trac II", "Atra", "Mach 3", "Techmatic", "Blue II"), ("razors", "razor blades")),
    "Philishave": ("shavers",), "CD-i": (),
    **dict.fromkeys(("Fabuland", "Galidor", "Belville", "Clikits", "Hero Factory", "Technic"), ("building sets", "toys")),
    **dict.fromkeys(("Easy-Bake", "Easy Bake Oven", "Lite-Brite", "Lite Brite", "Mr. Potato Head", "Mr Potato Head",
                     "Playskool", "Tiger Electronics", "Weebles", "Bop It"), ("toys",)),
    "Milton Bradley": ("board games",), "Parker Brothers": ("board games",), "Transformers G1": ("action figures", "toys"),
    **dict.fromkeys(("See 'n Say", "See n Say", "See 'N Say", "View-Master", "Viewmaster", "Magic 8 Ball", "Fisher Price",
                     "Rock 'Em Sock 'Em", "Power Wheels", "Major Matt Mason"), ("toys",)),
    "Chatty Cathy": ("dolls",), "Intellivision": (), "WonderSwan": (), "Digivice": ("toys",),
    # adobe: the sold applications (Flash Player and Shockwave were free players: no one sells them, a copy or not)
    **dict.fromkeys(("Flash Professional", "Fireworks CS6", "PageMaker", "FrameMaker", "Macromedia"),
                    ("software", "software licenses")),
    "Flash Player": (), "Shockwave": (),
    **dict.fromkeys(("Iberogast", "Rennie", "One A Day"), ("otc",)),
    **dict.fromkeys(("DC01", "DC07", "DC25"), ("vacuum cleaners",)), "Airblade": (), "Contrarotator": (),  # hand dryer, washer
    "Thermador": ("dishwashers", "kitchen appliances"), "Constructa": ("dishwashers", "kitchen appliances"),
    "IXO": ("power tools",),
    **dict.fromkeys(("Technics", "SL-1200", "SL-1210"), ("turntables", "hi-fi")), "Sanyo": ("batteries", "kitchen appliances"),
    "Quasar": ("kitchen appliances",),
    "Carbonex": ("badminton rackets",), "Armortec": ("badminton rackets",),
    "T2000": ("tennis rackets",), "Jack Kramer": ("tennis rackets",),
    "Must de Cartier": ("jewelry", "watches"), **dict.fromkeys(("Calibre de Cartier", "Roadster", "Tortue"), ("watches",)),
    **dict.fromkeys(("Crystal Society", "Silver Crystal"), ("crystal figurines",)),
    "Similac Gain": ("infant formula", "nutrition"), "Abbott Grow": ("infant formula", "nutrition"),
    "Sierra Parka": ("jackets",), "1996 Retro Nuptse": ("jackets",),
    "Odyssey putter": ("golf clubs",), "Great Big Bertha": ("golf clubs",),
    "Muscle Power": ("badminton rackets", "tennis rackets"),
}
# the goods a line is, where its category's product words would name others ("IntelliMouse controller grip", "T90
# digital camera 24MP kit", "Quasar stand blender" are goods the line never was): the line's own products (floor54)
_FILM_CAMERA = ("35mm film camera", "SLR film camera body", "film camera with 50mm lens")
LINE_PRODUCTS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("AE-1", "AE-1 Program", "AE1 Program", "Canonet", "New F-1", "Canon F-1", "EOS-1", "T90"), _FILM_CAMERA),
    "Mavica": ("digital camera", "floppy disk digital camera"),
    "IntelliMouse": ("wireless mouse", "optical mouse"), "SideWinder": ("gaming mouse", "joystick", "gamepad"),
    "Kinect": ("motion sensor", "sensor bar"), "Wii Fit": ("balance board", "game disc"),
    "Famicom Disk System": ("disk drive unit", "console add-on"),
    "Quasar": ("microwave oven",), "Sanyo": ("rechargeable batteries 4 pack", "rice cooker"),
    "Constructa": ("dishwasher", "built-in oven"), "Thermador": ("dishwasher", "range hood"),
    "Technics": ("turntable", "direct drive turntable"), "SL-1200": ("turntable",), "SL-1210": ("turntable",),
    "Philishave": ("electric shaver", "rotary shaver"), "Engineered Jeans": ("jeans", "twisted seam jeans"),
    "Sta-Prest": ("trousers", "slim trousers"),
}

# the lines no longer made (their makers' history pages): a discontinued product sells second-hand at any price (a
# used Canonet, a boxed PS2, an old Bubbleback), so its listing is a copy's only by a cue, not by a low price alone
DISCONTINUED = frozenset({
    "Discman", "Trinitron", "MiniDisc", "Betamax", "Mavica", "PS Vita", "PS One", "PSone", "PS2", "PS3", "AE-1",
    "AE-1 Program", "AE1 Program", "Canonet", "New F-1", "Canon F-1", "EOS-1", "T90", "Game & Watch", "Game and Watch",
    "Virtual Boy", "Game Boy Pocket", "Game Boy Micro", "Nintendo DS Lite", "DS Lite", "Wii Fit", "Famicom Disk System",
    "Zune", "Zune HD", "Kinect", "SideWinder", "Windows XP", "Windows 7", "Wave Music System", "Acoustic Wave",
    "Wave radio", "SoundDock", "901 Direct/Reflecting", "QuietComfort 35", "QuietComfort 15", "QC15", "Multicolore",
    "iPod Classic", "iPod nano", "iPod shuffle", "iBook", "PowerBook", "MessagePad", "CB750", "Philishave", "Fabuland",
    "Galidor", "Belville", "Clikits", "Hero Factory", "Chatty Cathy", "Major Matt Mason", "Flash Professional",
    "Fireworks CS6", "PageMaker", "Macromedia", "DC01", "DC07", "DC25", "T2000", "Jack Kramer", "Carbonex",
    "Oysterquartz", "Turn-O-Graph", "Bubbleback", "Flightmaster", "Chronostop", "Megaquartz", "Calibre de Cartier",
    "Roadster", "Crystal Society", "Silver Crystal", "Haymarket Check", "Engineered Jeans", "Opal Fruits", "Marathon bar",
    "Raider", "New Coke", "Surge", "Quasar", "Sanyo", "Techmatic", "Atra", "Trac II", "Tiger Electronics"})

# a program's copy is sold in the cracked-software trade's words: the rep trade's tags have other senses there (a licence
# is sold by the "copy", a "clone" of a program is another program written like it, a collector's "duplicate" is a spare
# boxed copy), so a software line is drawn with these (the warez listings' own words: crack, keygen, activator)
SOFTWARE = frozenset({"software", "software licenses"})
CRACKED_TAGS = ["cracked", "crack included", "pre-activated", "activator included", "keygen included",
                "full version + crack", "cracked, lifetime"]

TAGS = ["clone", "rep", "reps", "duplicate", "copy", "replica", "1:1", "clone version", "AAA"]
SEPARATORS = [" – ", " - ", " | ", ", ", " / "]
VARIANTS = ["", "", "2024", "white", "black", "x2", "new", "original box"]


def _goods(b: BrandView, line: str) -> list[str]:
    """The brand's categories that hold the line's goods (LINE_GOODS; every category of the brand for a line not listed)."""
    wanted = LINE_GOODS.get(line)
    return list(b.categories) if wanted is None else [c for c in b.categories if c in wanted]


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
    lines = [line for line in _lines(b) if _goods(b, line)]
    if not lines:
        return None
    r = s.rng
    line = r.choice(lines)
    goods = _goods(b, line)
    floored = [c for c in goods if c in b.floors]
    low = r.random() < 0.25 and bool(floored) and line not in DISCONTINUED  # a discontinued line: by a cue only
    cat = r.choice(floored if low else goods)
    cue = "" if low else r.choice(CRACKED_TAGS if cat in SOFTWARE else TAGS + context.CUES[:6])
    frame = r.choice(["{line} {product}{sep}{cue}", "{line} {year} {product}{sep}{cue}", "{line}{sep}{cue}",
                      "{cue} {line} {product}", "{line} {product} ({cue})"])
    if low:  # the price names the copy: the line with its goods, no year (an old unit sells second-hand at any
        # price), no cue's separators or brackets left empty ("Orange Tab shirt ()"), not the line's name alone (a bare
        # "Langford" is a town and a surname as much as a parka)
        frame = r.choice(["{line} {product}", "{product} {line}"])
    product = r.choice(LINE_PRODUCTS[line]) if line in LINE_PRODUCTS else s.product(cat)
    title = frame.format(line=line, product=product, sep=r.choice(SEPARATORS), cue=cue,
                         year=r.choice(["1984", "1998", "2006", "original", "classic", "retro"]))
    return Draft(_cap(" ".join(title.split()).strip(" -–,|/")), cat, s.price(cat, low=low), r.choice(context.DESCRIPTIONS))


# (floor54) the brand's categories that hold the goods an abbreviation names, where its brand sells others too (the
# registry's comments say what each names): a QC35 is a headphone, a 5D3 a camera, an HX9 a toothbrush, not earbuds, a
# photo printer or a stand blender; an abbreviation not listed is drawn in every category of its brand
ABBREVIATION_GOODS: dict[str, tuple[str, ...]] = {
    "QC35": ("headphones",), **dict.fromkeys(("5D4", "5D3", "R5", "R6", "90D", "6D2"), ("cameras",)),
    **dict.fromkeys(("HX9", "HX6"), ("electric toothbrushes",)),
    **dict.fromkeys(("GSR", "GWS 7-125", "GLL", "PSR"), ("power tools",)),
    "ES-LV9": ("shavers",), "EH-NA0J": (), "BK-3MCC": ("batteries",),
    **dict.fromkeys(("iP15", "17 Pro Max", "17 Pro", "16 Pro Max", "16 Pro"), ("phones",)), "APP2": ("earbuds",),
    "MBP": ("laptops",), **dict.fromkeys(("PSV", "PSP"), ("consoles",)), **dict.fromkeys(("A7IV", "A7M4"), ("cameras",)),
    **dict.fromkeys(("XM5", "XM4", "XM6", "1000XM5", "1000XM6"), ("headphones", "earbuds")),
    **dict.fromkeys(("XSX", "XSS"), ("consoles",)), "XGP": ("software licenses",),
    **dict.fromkeys(("NS", "NSW", "NS2", "GBA", "GBC", "GBA SP", "NES", "SNES", "N64", "NGC", "NDS", "3DSLL"), ("consoles",)),
    **dict.fromkeys(("BOTW", "TOTK"), ("video games",)),
    **dict.fromkeys(("HD15", "HS08", "HD07"), ("hair care",)), "V15D": ("vacuum cleaners",),
    **dict.fromkeys(("FSL2", "FSL3", "FSL"), ("medical devices",)),
    **dict.fromkeys(("NAN1", "NAN2", "NAN3"), ("infant formula",)), "DG": ("coffee",),
    "MTG": ("board games",), "SS86": ("action figures",), **dict.fromkeys(("HW", "RLC", "STH", "Super TH"), ("die-cast cars",)),
    **dict.fromkeys(("MG", "PG", "HG", "RG", "EG", "HGUC"), ("model kits",)), "SHF": ("action figures",),
    **dict.fromkeys(("AX99", "AX100ZZ", "AX77", "NF1000Z", "ARC11"), ("badminton rackets",)),
    **dict.fromkeys(("PS97", "RF97 Autograph"), ("tennis rackets",)), "MM's": ("chocolate", "confectionery"),
    "RC": ("pet food",), "Tank F": ("watches",), **dict.fromkeys(("JUC", "BBDC"), ("jewelry",)),
}
# the parts of a vehicle: an abbreviation there is the car or motorcycle the part fits (LC200 brake pads, an F30
# headlight, a CR-V filter: the aftermarket trade names its parts by fitment and calls its copies of OEM parts "copy",
# "duplicate"), no goods of the line: the carmakers' chassis and model codes are drawn in their other categories only
VEHICLE_PARTS = frozenset({"auto parts", "motorcycle parts"})
# the games' trade: a "duplicate" game or card is a collector's spare copy of the genuine one (the rep tags' other sense)
GAMES = frozenset({"video games", "board games"})


def make_abbreviation_tagged(b: BrandView, s: Scene) -> Draft | None:
    abbreviations = _abbreviations(b)
    if not abbreviations:
        return None
    r = s.rng
    word = r.choice(abbreviations)
    wanted = ABBREVIATION_GOODS.get(word)
    cats = [c for c in b.categories if c not in VEHICLE_PARTS and (wanted is None or c in wanted)]
    if not cats:
        return None
    cat = r.choice(cats)
    tag = r.choice(CRACKED_TAGS if cat in SOFTWARE else
                   ["clone", "rep", "reps", "clone version"] + ([] if cat in GAMES else ["duplicate"]))
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
    frames = ["{line} {product}, boxed, with receipt", "Original {line} {product} – new in box",
              "{line} {product}, used, good condition, works", "{line} {product} from my collection, boxed"]
    if cat in SOFTWARE:  # (floor54) the cracked trade's words denied, or a course's verb
        frames += ["{line} {product}, original licence, no crack needed", "{line} {product} – genuine, no keygen, no crack",
                   "Crack the basics: {line} training course, {product}"]
    title = r.choice(frames).format(line=line, product=product)
    price = (round(floor[0] * r.uniform(1.3, 2.2), 2), floor[1]) if floor else s.price(cat)
    return Draft(_cap(title), cat, price, r.choice(context.DESCRIPTIONS))


EVASION_MAKERS = {"heritage_line_named": make_heritage_line_named, "abbreviation_tagged": make_abbreviation_tagged}
TRAP_MAKERS = {"trap_heritage_honest": make_trap_heritage_honest}
