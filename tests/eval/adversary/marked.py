"""The adversary's "mark on the goods" classes (marked, 2026-12-02): the brand's name with its logo or its pattern on
goods sold in a frame that lowers a mention, and the frames' honest twins.

Written from general knowledge of the trade, not from a held-out set: phone cases, AirPods cases, watch bands, car
seat covers and steering wheel covers "in" a fashion house's monogram, check or canvas sold at a few dollars on
marketplaces and social shops (the device they fit is another brand's: the fit is honest, the fashion mark is the
copy), and "handmade" or "custom" goods sewn, crocheted or quilted from logo fabric on craft marketplaces (hats,
scrunchies, cushion covers, bibs, key fobs). A fashion house names its pattern with its name ("Louis Vuitton
Monogram", "Burberry Check", "Coach Signature", "Gucci GG canvas"); sellers write it in their language ("Funda Gucci
estampado", "Burberry Karo Hülle", "LV老花手机壳", "ルイヴィトン モノグラム ケース"). A brand with a logo name of its
own that is no common word (swoosh, trefoil, Damier, roundel, pecten, coronet, batwing) is written the same way
("Nike swoosh silicone case").

The twins that must stay quiet: accessories fitted to the brand's own goods, where the pattern names the goods they fit
("Base shaper for LV monogram Speedy 30", "Organizer insert for Burberry check tote", "Taschenorganizer für Gucci
Canvas Taschen"), accessories for a device with a pattern of their own ("Case for AirPods Pro 2, plaid print"), the
mark refused ("Crochet beanie, no Nike swoosh"), handmade goods with no mark ("Handmade crochet beanie, check pattern")
and replacement parts that say "no logo, not original".
"""

from __future__ import annotations

import wordfreq

from tests.eval.adversary.generate import BrandView, Draft, Scene, _fold

EVASIONS = {
    "marked_logo_accessory": "the brand's name and its pattern (monogram, check, print, canvas, signature: fashion "
                             "houses) or its logo name (swoosh, trefoil, Damier) on a phone, AirPods or watch "
                             "accessory for another brand's device or on car goods, in 11 languages, at a few dollars",
    "marked_handmade": "handmade or custom goods (hats, scrunchies, cushion covers, bibs, key fobs) from the brand's "
                       "pattern fabric or with its logo name, in 9 languages, on craft marketplaces",
}
TRAPS = {
    "trap_marked_fitted": "honest accessories and handmade goods: fitted to the brand's goods with the pattern naming "
                          "them (base shaper for LV monogram Speedy), device accessories with a pattern of their own, "
                          "the mark refused (no swoosh), plain handmade goods, parts saying 'no logo, not original'",
}

# categories of the goods a fashion house's pattern is on (the adversary's own list, asides.FASHION and shoes, watches)
FASHION = {"jewelry", "handbags", "bags", "sunglasses", "denim", "jeans", "apparel", "belts", "wallets", "trench coats",
           "parkas", "outerwear", "jackets", "scarves", "charms", "leather goods", "t-shirts", "backpacks", "sneakers",
           "sportswear", "watches", "luggage"}
# a fashion house's pattern in each language: (language, word)
PATTERNS = {
    "en": ["monogram", "check", "print", "canvas", "signature", "pattern", "jacquard"],
    "es": ["monograma", "estampado", "cuadros"], "de": ["Monogramm", "Karo", "Muster", "Print"],
    "fr": ["monogramme", "imprimé", "toile"], "it": ["monogramma", "stampa", "fantasia"],
    "pt": ["monograma", "estampa", "xadrez"], "ru": ["монограмма", "принт", "клетка"], "pl": ["monogram", "wzór", "nadruk"],
    "tr": ["desenli", "monogram"], "zh": ["老花", "印花", "格纹"], "ja": ["モノグラム", "柄", "チェック"],
    "ko": ["패턴", "모노그램", "체크"],
}
DEVICES = ["iPhone 15 Pro Max", "iPhone 14", "AirPods Pro 2", "AirPods 3", "Galaxy S24 Ultra", "Pixel 8 Pro",
           "Xiaomi 14", "Apple Watch 45mm", "iPad Air", "Galaxy Z Flip 5", "Redmi Note 13"]
# (language, title): {m} the brand's name, {x} its pattern or logo name, {d} a device
ACCESSORY = [
    ("en", "{m} {x} case for {d}, leather"), ("en", "{m} {x} silicone case {d}"), ("en", "{m} {x} phone case {d}"),
    ("en", "{m} {x} steering wheel cover 38cm"), ("en", "{m} {x} car seat covers full set 9 pcs"),
    ("en", "{m} {x} card holder phone case for {d}"), ("en", "{m} {x} watch band for {d}"),
    ("en", "{m} {x} car floor mats set"), ("en", "{m} {x} key fob cover for car keys"),
    ("es", "Funda {m} {x} para {d}"), ("es", "Funda de volante {m} {x}"), ("de", "{m} {x} Handyhülle für {d}"),
    ("de", "{m} {x} Lenkradbezug"), ("fr", "Coque {m} {x} pour {d}"), ("fr", "Housse de siège {m} {x}"),
    ("it", "Cover {m} {x} per {d}"), ("pt", "Capa {m} {x} para {d}"), ("ru", "Чехол {m} {x} для {d}"),
    ("pl", "Etui {m} {x} na {d}"), ("tr", "{m} {x} kılıf {d}"), ("zh", "{m} {x}手机壳 {d}"),
    ("ja", "{m} {x} スマホケース {d}"), ("ko", "{m} {x} 폰케이스 {d}"),
]
HANDMADE = [
    ("en", "Handmade bucket hat from {m} {x} fabric"), ("en", "Custom {m} {x} crochet beanie, handmade"),
    ("en", "Handmade {m} {x} scrunchies set of 3"), ("en", "Custom {m} {x} cushion cover 45x45, handmade"),
    ("en", "Handmade {m} {x} baby bib and pacifier clip"), ("en", "Handmade {m} {x} key fob"),
    ("en", "Custom {m} {x} quilted jacket, one of a kind"), ("en", "Upcycled {m} {x} dog collar, handmade"),
    ("es", "Gorro hecho a mano {m} {x}"), ("es", "Coletero {m} {x} hecho a mano"),
    ("de", "Handgemachte {m} {x} Kissenhülle"), ("fr", "Chouchou fait main {m} {x}"),
    ("it", "Fatto a mano: fascia {m} {x}"), ("pt", "Touca feita à mão {m} {x}"), ("pl", "Ręcznie robiona opaska {m} {x}"),
    ("zh", "手作 {m} {x} 发圈"), ("ja", "ハンドメイド {m} {x} ヘアゴム"),
]
HANDMADE_CATEGORIES = ["Handmade > Clothing & Accessories", "Handmade", "Crafts > Handmade", "Etsy > Accessories", None]
ACCESSORY_CATEGORIES = ["Cell Phones & Accessories > Cases, Covers & Skins", "Vehicle Parts & Accessories > Car Accessories",
                        "Phone Accessories", None]
COPY_DESCRIPTIONS = ["Luxury design, high quality PU leather, gift box included.", "", "Fast shipping.",
                     "Made by me, each piece is unique.", "New, many designs."]

# the honest twins: (language, title); {m} the brand's name, {x} its pattern or logo name, {d} a device, {l} a line
FITTED = [
    ("en", "Base shaper for {m} {x} {l}"), ("en", "Organizer insert for {m} {x} bags, felt"),
    ("en", "Replacement strap for {m} {x} tote, leather"), ("en", "Protector film for {m} {x} bags, clear"),
    ("es", "Organizador para {m} {x}"), ("de", "Taschenorganizer für {m} {x} Taschen"),
    ("fr", "Organiseur de sac pour {m} {x}"),
]
BAGS = {"handbags", "bags", "wallets", "luggage", "backpacks", "leather goods"}
REFUSED = [
    ("en", "Crochet beanie, no {m} {x}, plain"), ("en", "Plain canvas tote, without {m} {x}"),
    ("es", "Gorro tejido sin {m} {x}"), ("de", "Mütze ohne {m} {x}, handgemacht"),
]
PLAIN = [
    ("en", "Case for {d}, plaid print"), ("en", "{d} case, clear silicone"), ("en", "Handmade crochet beanie, check pattern"),
    ("en", "Custom embroidered cap, your logo"), ("es", "Funda para {d} de cuadros"), ("de", "Hülle für {d}, Karo Muster"),
    ("fr", "Coque pour {d}, motif à carreaux"), ("en", "Handmade scrunchies set of 3, floral print"),
    ("en", "Replacement back housing for {d}, no logo, not original"), ("en", "Screen replacement for {d}, no logo"),
]


def _fashion(b: BrandView) -> bool:
    return any(c in FASHION for c in b.categories)


def _name(b: BrandView, s: Scene) -> str | None:
    """The brand's name as registered, or one of its marks that is no everyday word; None when every mark is one."""
    marks = [m.value for m in b.latin_marks if not m.everyday and not m.value.isdigit()]
    named = [m for m in marks if _fold(m) == _fold(b.name)]
    return s.rng.choice(named or marks) if marks else None


def _logos(b: BrandView) -> list[str]:
    """The brand's registered logo names of one word that are no common word of the languages of Western Europe
    (wordfreq Zipf below 3.5: not "crown", "swan", "pantera") and name none of its goods' categories (not LEGO's "minifigure")."""
    out = []
    for kind, m in b.vocabulary:
        v = m.value
        if kind != "logo" or " " in v or not v.isascii() or any(
                wordfreq.zipf_frequency(v.lower(), lang) >= 3.5 for lang in ("en", "es", "fr", "de", "it", "pt", "nl")):
            continue
        if any(c.lower().startswith(v.lower()[:6]) for c in b.categories):
            continue
        out.append(v)
    return out


def _mark_word(b: BrandView, s: Scene, lang: str) -> str | None:
    """A pattern word of the language (fashion houses) or one of the brand's logo names."""
    options = ([w for w in PATTERNS.get(lang, PATTERNS["en"])] if _fashion(b) else []) + _logos(b)
    return s.rng.choice(options) if options else None


def _cheap(s: Scene, low: float, high: float) -> tuple[float, str]:
    return round(s.rng.uniform(low, high), 2), "USD"


def make_logo_accessory(b: BrandView, s: Scene) -> Draft | None:
    name = _name(b, s)
    if name is None or not (_fashion(b) or _logos(b)):
        return None
    lang, shape = s.rng.choice(ACCESSORY)
    x = _mark_word(b, s, lang)
    if x is None:
        return None
    title = shape.format(m=name, x=x, d=s.rng.choice(DEVICES))
    return Draft(title, s.rng.choice(ACCESSORY_CATEGORIES), _cheap(s, 4, 25), s.rng.choice(COPY_DESCRIPTIONS))


def make_handmade(b: BrandView, s: Scene) -> Draft | None:
    name = _name(b, s)
    if name is None or not (_fashion(b) or _logos(b)):
        return None
    lang, shape = s.rng.choice(HANDMADE)
    x = _mark_word(b, s, lang)
    if x is None:
        return None
    title = shape.format(m=name, x=x)
    return Draft(title, s.rng.choice(HANDMADE_CATEGORIES), _cheap(s, 8, 45),
                 s.rng.choice(["Made by me in my home studio. Each piece is unique.", "One of a kind, ships in 3 days.", ""]))


def make_fitted(b: BrandView, s: Scene) -> Draft | None:
    name = _name(b, s) or b.name
    lines = [m.value for kind, m in b.vocabulary if kind == "line" and m.value.isascii()
             and any(w in m.value.lower() for w in ("bag", "tote", "speedy", "neverfull", "wallet"))] or ["bag"]
    r = s.rng.random()
    if not BAGS.isdisjoint(b.categories) and r < 0.5:
        lang, shape = s.rng.choice(FITTED)
        x = s.rng.choice(PATTERNS.get(lang, PATTERNS["en"]))
        title = shape.format(m=name, x=x, l=s.rng.choice(lines))
        return Draft(title, s.rng.choice(["Handbag Accessories", "Bag Organizers", None]), _cheap(s, 8, 30),
                     "Fits perfectly, keeps the shape of your bag.")
    if (_fashion(b) or _logos(b)) and r < 0.7:
        lang, shape = s.rng.choice(REFUSED)
        x = _mark_word(b, s, lang)
        if x is None:
            return None
        return Draft(shape.format(m=name, x=x), s.rng.choice(HANDMADE_CATEGORIES), _cheap(s, 8, 30), "Plain, no branding.")
    lang, shape = s.rng.choice(PLAIN)
    # the device is the brand's own product when it sells one, else another brand's
    own = [m.value for kind, m in b.vocabulary if kind == "line" and m.value.isascii()] if not _fashion(b) else []
    device = s.rng.choice(own) if own and s.rng.random() < 0.5 else s.rng.choice(DEVICES)
    title = shape.format(d=device)
    return Draft(title, s.rng.choice(ACCESSORY_CATEGORIES + HANDMADE_CATEGORIES[:1]), _cheap(s, 3, 20), "")


EVASION_MAKERS = {"marked_logo_accessory": make_logo_accessory, "marked_handmade": make_handmade}
TRAP_MAKERS = {"trap_marked_fitted": make_fitted}
