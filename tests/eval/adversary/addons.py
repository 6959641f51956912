"""The adversary's add-on classes: files made for a software brand's program and sold by the program's name (Lightroom
presets, Photoshop brushes and actions, AutoCAD blocks, Revit families, 3ds Max materials, Premiere Pro transitions,
Excel templates), which must stay quiet; and the program itself sold with or beside such add-ons (cracked, activated,
a lifetime licence key, a full version) at a copy's price, which must still alert.

Written from first principles and general knowledge of how designers' and template shops title their downloads on
Etsy, Creative Market, Envato, TurboSquid and the programs' own exchanges, in English, German, French, Spanish,
Italian, Dutch, Polish, Portuguese, Turkish, Russian, Japanese, Chinese and Korean, and how the cracked-software and
key trade words its listings; nothing of the matcher and no held-out listing was read.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap

TRAPS = {
    "trap_software_addon": "files made for a software brand's program, sold by the program's name: presets, brushes, "
                           "actions, templates, blocks, families, materials, LUTs, plug-ins, in 13 languages, at a "
                           "designer's price, filed under digital downloads or none",
}
EVASIONS = {
    "fake_software_with_addon": "the program itself at a copy's price, cracked, activated, with a lifetime key or as a "
                                "full version, alone or with presets, brushes or templates as a bonus",
}

# the programs add-ons are made for, by brand (the registry's marks and lines that name a program; only those the
# brand registers are used)
PROGRAMS = {
    "adobe": ["Photoshop", "Lightroom", "Premiere Pro", "InDesign", "Illustrator CC", "After Effects", "Dreamweaver"],
    "autodesk": ["AutoCAD", "Revit", "3ds Max", "Fusion 360", "Civil 3D", "Maya LT"],
    "microsoft": ["Microsoft 365", "Office 365", "Visio"],
}
# (language, title with {p} the program); what designers sell for it
ADDONS = [
    ("en", "{p} presets – moody film bundle, mobile & desktop"), ("en", "120 {p} brushes – watercolour pack, ABR"),
    ("en", "{p} actions – cinematic colour grading"), ("en", "{p} template – 40-page magazine, A4"),
    ("en", "{p} blocks library – 1,500 furniture DWG"), ("en", "{p} families – kitchen cabinets pack"),
    ("en", "{p} materials library, 300 textures"), ("en", "{p} transitions pack, 4K"), ("en", "{p} LUTs – teal and orange"),
    ("en", "Wedding {p} presets, 50 pack"), ("en", "{p} mockups – packaging box set"), ("en", "{p} overlays – snow and bokeh"),
    ("en", "Budget planner spreadsheet template for {p}"), ("en", "{p} plugin – batch renamer script"),
    ("en", "{p} layer styles – gold text effects"), ("en", "{p} custom shapes, 500 vector icons"),
    ("de", "{p} Vorlagen – Hochzeitseinladung, 20 Stück"), ("de", "{p} Pinsel Set, Aquarell, 150 Stück"),
    ("fr", "Préréglages {p} – mariage, 40 presets"), ("fr", "Pinceaux {p} aquarelle, 200 pièces"),
    ("es", "Pinceles para {p}, pack de 300 acuarela"), ("es", "Plantillas {p} para redes sociales"),
    ("it", "Pennelli {p} acquerello, 150 pezzi"), ("it", "Azioni {p} – effetto pellicola"),
    ("nl", "{p} sjablonen – visitekaartjes"), ("pl", "Szablony {p} – wizytówki, 30 sztuk"),
    ("pt", "Pincéis para {p}, pacote aquarela"), ("tr", "{p} fırçaları seti, 100 adet"),
    ("ru", "Пресеты {p} – свадебные, 50 шт"), ("ru", "Кисти для {p}, акварель"),
    ("ja", "{p} プリセット 50個 フィルム風"), ("zh", "{p} 笔刷 水彩 200款"), ("zh", "{p} 预设 胶片风格 50个"),
    ("ko", "{p} 프리셋 50종 필름 감성"),
]
DESCRIPTIONS = ["Digital download made by me. Software not included; you need your own licence.",
                "Instant download after purchase. Works with the latest version.", "Files: ZIP. Personal use only.", ""]
CATEGORIES = ["Craft Supplies & Tools > Digital Downloads", "Digital Downloads", "Design Assets", "Templates", None]
RATES = {"USD": 1.0, "EUR": 0.92, "GBP": 0.79, "JPY": 150.0, "CNY": 7.2, "RUB": 95.0, "KRW": 1400.0, "PLN": 3.9,
         "TRY": 40.0}
CURRENCY = {"en": "USD", "de": "EUR", "fr": "EUR", "es": "EUR", "it": "EUR", "nl": "EUR", "pl": "PLN", "pt": "EUR",
            "tr": "TRY", "ru": "RUB", "ja": "JPY", "zh": "CNY", "ko": "KRW"}


def programs(b: BrandView, marks_only: bool = False) -> list[str]:
    """The brand's registered marks and lines that name a program add-ons are made for; `marks_only`: those registered
    as no everyday word (an everyday-word line alone, "Visio", "After Effects", needs a cue wherever it is sold)."""
    named = [m for m in b.marks] + [m for _, m in b.vocabulary]
    registered = {m.value.casefold() for m in named if not (marks_only and m.everyday)}
    return [p for p in PROGRAMS.get(b.id, []) if p.casefold() in registered]


def _price(usd: float, cur: str) -> tuple[float, str]:
    amount = usd * RATES[cur]
    return (float(round(amount)) if cur in ("JPY", "KRW", "RUB") else round(amount, 2)), cur


def make_software_addon(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    names = programs(b)
    if not names:
        return None
    lang, title = r.choice(ADDONS)
    return Draft(_cap(title.format(p=r.choice(names))), r.choice(CATEGORIES), _price(r.uniform(3, 35), CURRENCY[lang]),
                 r.choice(DESCRIPTIONS))


# the program itself, as the cracked-software and key trade words it ({p} the program)
ITSELF = ["{p} 2025 full version + 1000 brushes bonus", "{p} lifetime activated, presets included",
          "{p} 2024 cracked, Win/Mac + templates", "{p} lifetime license key – instant delivery",
          "{p} 2025 pre-activated, with 500 presets", "{p} product key + blocks library bonus",
          "{p} full version lifetime, Win/Mac", "{p} Vollversion Lizenzschlüssel + Vorlagen",
          "{p} 2025 licencia de por vida + pinceles", "{p} 永久激活 送笔刷", "{p} ключ активации + пресеты"]


def make_fake_software_with_addon(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    names = programs(b, marks_only=True)
    if not names:
        return None
    floor = b.floors.get("software licenses") or b.floors.get("software")
    if floor is None:
        return None
    title = r.choice(ITSELF).format(p=r.choice(names))
    return Draft(_cap(title), r.choice(["software licenses", "software", "Digital Downloads", None]),
                 (round(floor[0] * r.uniform(0.03, 0.2), 2), floor[1]),
                 r.choice(["Instant delivery by email.", "Download link sent after payment.", ""]))


TRAP_MAKERS = {"trap_software_addon": make_software_addon}
EVASION_MAKERS = {"fake_software_with_addon": make_fake_software_with_addon}
