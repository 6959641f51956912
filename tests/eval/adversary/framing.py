"""The adversary's framing classes (framing, 2026-12-01): the brand named inside a frame that protects honest
listings (a likeness "-style / tipo / 風 / 스타일 / 风格", an accessory "box/case/stand for X", material by the metre)
while the text claims the brand's logo or product itself, and the honest twin of each frame.

Written from first principles of how those frames are worded on marketplaces in each language (a likeness says
what it resembles and has no logo of its own; an accessory names the product it fits and does not ship it; fabric
and patches sold to workshops carry the brand's monogram or logo) and from 18 U.S.C. § 2320 as the US DOJ CCIPS
manual reads it (labels, patches, emblems and packaging bearing the mark are counterfeits); nothing here is taken
from a held-out set. Each evasion has its trap: the same frame with the logo refused ("no logo", "sin logo",
"ロゴなし", "custom logo"), the product not included, or plain material for a repair, at the same prices.
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _pick_mark

EVASIONS = {
    "frame_style_logo": "a likeness frame (-style, tipo, estilo, im …-Stil, в стиле, 風, 스타일, 风格, tarzı) that says the "
                        "brand's logo is on the goods (with logo, con logo, ロゴ入り, 로고 각인, 带logo, с логотипом), "
                        "in 11 languages",
    "frame_accessory_included": "a box, case, stand or pouch 'for' the brand's product that says the product itself is "
                                "included (watch included, reloj incluido, montre incluse, Uhr inklusive), far below "
                                "the floor",
    "frame_logo_material": "fabric or vinyl by the metre, iron-on patches, woven labels and hang tags bearing the "
                           "brand's mark or monogram, filed among crafts, in 9 languages",
}
TRAPS = {
    "trap_style_no_logo": "the same likeness frames with the logo refused or the buyer's own (no logo, sin logo, ohne "
                          "Logo, ロゴなし, 로고 없음, 无logo, custom logo, your logo), at a likeness's price",
    "trap_accessory_only": "a box, case, stand or pouch for the brand's product that ships without it (watch not "
                           "included, sin reloj, montre non incluse, ohne Uhr) or with an add-on (cleaning cloth, "
                           "lanyard, screen protector included), at an accessory's price",
    "trap_plain_material": "plain fabric, leather and patches for repairing or lining the brand's goods, or compared "
                           "with its colour or pattern without its logo",
}

# (language, template): {m} mark, {p} product, {pz} product in Chinese; the logo claim said in the language
STYLE_LOGO = [
    ("en", "{m}-style {p} with logo"), ("en", "{m} style {p}, logo on the front"), ("en", "{m}-inspired {p} with {m} logo"),
    ("en", "{p} in {m} style, full logo print"), ("en", "{m}-style {p}, monogram print, logo hardware"),
    ("es", "{p} tipo {m} con logo"), ("es", "{p} estilo {m} con logotipo"), ("pt", "{p} estilo {m} com logo"),
    ("fr", "{p} style {m} avec logo"), ("de", "{p} im {m}-Stil mit Logo"), ("it", "{p} stile {m} con logo"),
    ("ru", "{p} в стиле {m} с логотипом"), ("zh", "{m}风格 {pz} 带logo"), ("zh", "{m}风格{pz} 有标志 刻字"),
    ("ja", "{m}風 {p} ロゴ入り"), ("ja", "{m}風 {p} 刻印あり"), ("ko", "{m} 스타일 {p} 로고 각인"),
    ("tr", "{m} tarzı {p} logolu"),
]
STYLE_NO_LOGO = [
    ("en", "{m}-style {p}, no logo"), ("en", "{m} style {p} without logo"), ("en", "{m}-inspired {p}, custom logo available"),
    ("en", "{m}-style {p} with your own logo"), ("en", "{p} in {m} style, sterile, no logo"),
    ("en", "{m}-style {p}, logo-free design"), ("es", "{p} tipo {m}, sin logo"), ("es", "{p} estilo {m} sin logotipo"),
    ("pt", "{p} estilo {m}, sem logo"), ("fr", "{p} style {m}, sans logo"), ("de", "{p} im {m}-Stil, ohne Logo"),
    ("it", "{p} stile {m}, senza logo"), ("ru", "{p} в стиле {m}, без логотипа"), ("zh", "{m}风格 {pz} 无logo"),
    ("zh", "{m}风格{pz} 没有标志"), ("ja", "{m}風 {p} ロゴなし"), ("ko", "{m} 스타일 {p} 로고 없음"),
]
STYLE_DESCRIPTIONS = ["", "Ships in 3 days.", "Our own design.", "Great quality for the price."]


def _mark(b: BrandView, s: Scene) -> str | None:
    """A Latin mark registered as no everyday word, as written: the frames are about context, not spelling."""
    m = _pick_mark(b, s, [m for m in b.latin_marks if not m.everyday and not m.value.isdigit() and len(m.value) >= 3])
    return m and m.value


def _style(b: BrandView, s: Scene, shapes: list[tuple[str, str]], low: bool) -> Draft | None:
    mark = _mark(b, s)
    if mark is None:
        return None
    lang, shape = s.rng.choice(shapes)
    cat = s.category(with_floor=low)
    product = s.product(cat)
    title = shape.format(m=mark, p=product, pz=s.product_zh(cat))
    return Draft(_cap(title), cat, s.price(cat, low=low and cat in b.floors), s.rng.choice(STYLE_DESCRIPTIONS))


def make_style_logo(b: BrandView, s: Scene) -> Draft | None:
    return _style(b, s, STYLE_LOGO, low=s.rng.random() < 0.3)


def make_style_no_logo(b: BrandView, s: Scene) -> Draft | None:
    return _style(b, s, STYLE_NO_LOGO, low=s.rng.random() < 0.5)


# ------------------------------------------------------------------ accessories that ship the product

HOLDERS = ["storage box", "display case", "gift box", "display stand", "travel case", "protective case", "dust bag",
           "pouch", "organizer"]
# the product's head noun in other languages, for the categories most sold this way
HEAD_NOUNS = {
    "watches": {"es": "reloj", "fr": "montre", "de": "Uhr", "it": "orologio"},
    "earbuds": {"es": "auriculares", "fr": "écouteurs", "de": "Kopfhörer"},
    "headphones": {"es": "auriculares", "fr": "casque", "de": "Kopfhörer"},
    "sneakers": {"es": "zapatillas", "fr": "baskets", "de": "Schuhe"},
    "handbags": {"es": "bolso", "fr": "sac", "de": "Tasche"},
    "phones": {"es": "teléfono", "fr": "téléphone", "de": "Smartphone"},
}
# goods a box, case, stand or pouch holds
HOLDABLE = {"watches", "earbuds", "headphones", "sneakers", "handbags", "phones", "wallets", "belts", "sunglasses",
            "jewelry", "charms", "cameras", "consoles", "tablets", "laptops", "shavers", "fragrance", "speakers",
            "scarves", "dolls", "tennis rackets", "badminton rackets"}
INCLUDED = {
    "en": ["{h} for {m} {p}, {n} included", "{h} for {m} {p} - {n} inside", "{h} for {m} {p}, comes with the {n}",
           "{H} for {m} {p} ({n} included)"],
    "es": ["Estuche para {m} {p}, {n} incluido", "Caja para {m}, {n} incluido"],
    "fr": ["Boîte pour {m} {p}, {n} inclus", "Étui pour {m}, {n} inclus"],
    "de": ["Box für {m} {p}, {n} inklusive", "Etui für {m}, inklusive {n}"],
}
NOT_INCLUDED = {
    "en": ["{h} for {m} {p}, {n} not included", "{h} for {m} {p}, dust bag included", "{h} for {m} {p}, batteries included", "{h} for {m} {p} (no {n} included)", "{h} for {m} {p}, {n} sold separately",
           "{h} for {m} {p}, cleaning cloth included", "{h} for {m} {p}, lanyard included", "{H} for {m} {p} - box only, no {n}",
           "{h} for {m} {p}, holds one {n}, {n} not included"],
    "es": ["Estuche para {m} {p}, {n} no incluido", "Caja para {m}, sin {n}"],
    "fr": ["Boîte pour {m} {p}, {n} non inclus", "Étui pour {m}, sans {n}"],
    "de": ["Box für {m} {p}, ohne {n}", "Etui für {m}, {n} nicht enthalten"],
}


def _holder(b: BrandView, s: Scene, table: dict[str, list[str]]) -> Draft | None:
    mark = _mark(b, s)
    cats = [c for c in b.categories if c in b.floors and c in HOLDABLE]
    if mark is None or not cats:
        return None
    cat = s.rng.choice(cats)
    langs = ["en"] + [lang for lang in ("es", "fr", "de") if lang in HEAD_NOUNS.get(cat, {})]
    lang = s.rng.choice(langs)
    noun = context.GLUE_NOUN[cat] if lang == "en" else HEAD_NOUNS[cat][lang]
    models = [m.name.split("(")[0].strip() for m in b.models if m.name and m.name.isascii()]
    product = s.rng.choice(models) if models and s.rng.random() < 0.6 else ""
    holder = s.rng.choice(HOLDERS)
    title = s.rng.choice(table[lang]).format(h=_cap(holder), H=_cap(holder), m=mark, p=product, n=noun)
    # an accessory's price: far below the floor of the product it holds
    return Draft(" ".join(title.split()).replace(" ,", ","), cat, s.price(cat, low=True), "")


def make_accessory_included(b: BrandView, s: Scene) -> Draft | None:
    return _holder(b, s, INCLUDED)


def make_accessory_only(b: BrandView, s: Scene) -> Draft | None:
    return _holder(b, s, NOT_INCLUDED)


# ------------------------------------------------------------------ the mark on material

MATERIAL = [
    ("en", "{m} monogram fabric by the metre"), ("en", "{m} logo vinyl per yard, for bags and upholstery"),
    ("en", "{m} logo iron-on patch, {k} pcs"), ("en", "{m} embroidered patches x{k}"), ("en", "{m} woven labels x{k}"),
    ("en", "{m} hang tags, {k} pcs"), ("en", "{m} print faux leather by the yard"), ("en", "{m} logo emblem badge {k} mm"),
    ("es", "Tela {m} por metro"), ("es", "Parches {m} para planchar, {k} uds"), ("fr", "Tissu {m} au mètre"),
    ("fr", "Écusson {m} thermocollant"), ("de", "{m} Stoff Meterware"), ("de", "{m} Aufnäher zum Aufbügeln, {k} Stück"),
    ("it", "Tessuto {m} al metro"), ("pt", "Tecido {m} por metro"), ("tr", "{m} kumaş metre"), ("zh", "{m}面料 按米卖"),
    ("zh", "{m} 布贴 烫画 {k}个"), ("ja", "{m} ワッペン アイロン接着"), ("ko", "{m} 원단 1마"),
]
PLAIN_MATERIAL = [
    ("en", "Plain canvas fabric for {m} bag repair, 1 m"), ("en", "Replacement lining fabric for {m} {p}"),
    ("en", "Iron-on repair patch for {m} {p}, plain black"), ("en", "Plain leather by the metre, tan colour like {m}"),
    ("en", "Cotton fabric by the yard, {m}-style check, no logo"), ("es", "Tela lisa para reparar {m} {p}"),
    ("fr", "Tissu uni pour réparer {m} {p}"), ("de", "Reparaturflicken für {m} {p}, uni, ohne Logo"),
    ("en", "Handle wrap leather for {m} {p}, plain vachetta"),
]
MATERIAL_CATEGORIES = ["crafts", "fabric", "sewing", "patches", None]


def make_logo_material(b: BrandView, s: Scene) -> Draft | None:
    mark = _mark(b, s)
    if mark is None:
        return None
    lang, shape = s.rng.choice(MATERIAL)
    title = shape.format(m=mark, k=s.rng.choice([5, 10, 20, 50, 100]))
    return Draft(title, s.rng.choice(MATERIAL_CATEGORIES), (round(s.rng.uniform(2, 25), 2), "USD"), "")


def make_plain_material(b: BrandView, s: Scene) -> Draft | None:
    mark = _mark(b, s)
    if mark is None:
        return None
    lang, shape = s.rng.choice(PLAIN_MATERIAL)
    cat = s.category()
    title = shape.format(m=mark, p=context.GLUE_NOUN.get(cat, s.product(cat)))
    return Draft(title, s.rng.choice(MATERIAL_CATEGORIES), (round(s.rng.uniform(2, 25), 2), "USD"), "")


EVASION_MAKERS = {"frame_style_logo": make_style_logo, "frame_accessory_included": make_accessory_included,
                  "frame_logo_material": make_logo_material}
TRAP_MAKERS = {"trap_style_no_logo": make_style_no_logo, "trap_accessory_only": make_accessory_only,
               "trap_plain_material": make_plain_material}


# ------------------------------------------------------------------ other languages' honest comparisons and guides

# (language, template): another maker's product offered as an alternative to, cheaper than, or instead of the brand's
COMPARISONS = [
    ("fr", "Alternative au {m} {p}, {g}"), ("fr", "{G} moins cher que {m}"), ("it", "Alternativa alla {m} {p}, {g}"),
    ("it", "{G}, più economico di {m}"), ("pl", "Alternatywa dla {m} {p}, {g}"), ("pl", "{G} tańszy niż {m}"),
    ("pt", "Alternativa ao {m} {p}, {g}"), ("pt", "{G} mais barato que {m}"), ("es", "Alternativa a {m} {p}, {g}"),
    ("es", "{G}, más barato que {m}"), ("de", "Günstige Alternative zu {m} {p}: {g}"), ("de", "{G} - besser als {m}?"),
    ("nl", "Alternatief voor {m} {p}, {g}"), ("ru", "Альтернатива {m} {p}, {g}"), ("ru", "{G} вместо {m}"),
    ("tr", "{m} yerine {g}"), ("zh", "{m}{pz}平替 {gz}"), ("ja", "{m} の代わりに {g}"),
]
COPY_CLAIMS = {"fr": "réplique 1:1", "it": "replica 1:1", "pl": "replika 1:1", "pt": "réplica 1:1", "es": "réplica 1:1",
               "de": "1:1 Replik", "nl": "1:1 replica", "ru": "реплика 1:1", "tr": "1:1 replika", "zh": "高仿 1比1",
               "ja": "スーパーコピー"}
# authentication and legit-check services and guides, whose text names the fakes they catch
GUIDES = [
    ("es", "Servicio de autenticación {m}, detectamos réplicas"), ("es", "Cómo detectar un {m} falso - guía"),
    ("fr", "Authentification {m}, détection des contrefaçons"), ("fr", "Comment reconnaître un faux {m}"),
    ("de", "Echtheitsprüfung {m} - Fälschungen erkennen"), ("it", "Servizio di autenticazione {m}, riconosciamo le repliche"),
    ("pt", "Serviço de autenticação {m}, detectamos réplicas"), ("ru", "Проверка подлинности {m}, как отличить подделку"),
    ("zh", "{m} 正品鉴定服务 辨别高仿"), ("zh", "{m} 真假鉴别 教程"), ("ja", "{m} 真贋鑑定サービス 偽物 見分け方"),
    ("ko", "{m} 정품 감정 서비스 가품 구별"), ("en", "{m} legit check service, real vs fake, 24h"),
]


def _comparison(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    mark = _mark(b, s)
    if mark is None:
        return None
    lang, shape = s.rng.choice(COMPARISONS)
    cat = s.category()
    generic = context.FOREIGN_PRODUCTS.get(lang, {}).get(cat) or context.PRODUCTS.get(cat, ([cat], "", 50))[0][0]
    title = shape.format(m=mark, p=context.GLUE_NOUN.get(cat, ""), pz=s.product_zh(cat).split()[0], g=generic, G=_cap(generic),
                         gz=s.product_zh(cat))
    title = " ".join(title.split())
    if copy:
        return Draft(f"{title} {COPY_CLAIMS[lang]}", cat, s.price(cat, low=s.rng.random() < 0.5), "")
    return Draft(title, cat, s.price(cat, low=True), "")


def make_comparison_languages(b: BrandView, s: Scene) -> Draft | None:
    return _comparison(b, s, copy=False)


def make_comparison_copy_languages(b: BrandView, s: Scene) -> Draft | None:
    return _comparison(b, s, copy=True)


def make_guide_languages(b: BrandView, s: Scene) -> Draft | None:
    mark = _mark(b, s)
    if mark is None:
        return None
    lang, shape = s.rng.choice(GUIDES)
    return Draft(shape.format(m=mark), s.rng.choice(["services", "books", None, s.category()]),
                 (round(s.rng.uniform(5, 60), 2), "USD"), "")


EVASIONS["frame_comparison_copy_languages"] = ("an honest comparison's words in 11 languages (alternative au, tańszy "
                                               "niż, 平替, の代わりに, вместо) with that language's copy claim")
TRAPS["trap_comparison_languages"] = ("another maker's product offered as an alternative to, cheaper than or instead "
                                      "of the brand's, in 12 languages, at a low price")
TRAPS["trap_guide_languages"] = ("authentication and legit-check services and guides in 10 languages that name the "
                                 "fakes they catch (detectamos réplicas, Fälschungen erkennen, 辨别高仿, 가품 구별)")
EVASION_MAKERS["frame_comparison_copy_languages"] = make_comparison_copy_languages
TRAP_MAKERS["trap_comparison_languages"] = make_comparison_languages
TRAP_MAKERS["trap_guide_languages"] = make_guide_languages
