"""The adversary's home-town classes (naming, 2026-12-03): the brand named by the town it comes from, and the same towns
where nobody names the brand.

Written from first principles (how a seller who will not write the brand still tells the buyer which one it is: where
it comes from, as sports writers say "the Beaverton giant" or "the Cupertino company"; not from a held-out set). The
registry's `hometowns` (a headquarters or founding town, with its source beside it in deploy/seed/registry.yaml, in the
market's scripts and adjectives: Genfer, Bieler, 수원, 京都, Купертино) name the brand only among its goods beside a cue
that claims a copy: a town is where anyone lives and sells, and a cheap "Geneva watch" is a brand of its own.

- hometown_named: a home town before the goods, after "from", as "the <town> brand", "<town>'s own", in the listing's
  language (English, French, Spanish, Italian, German, Dutch, Portuguese; "<town>の", "<town>产", "<town> 정품급"; Russian
  "из <town>" for the towns Russian does not decline), in the brand's category with a cue that claims a copy, in the
  title or only in the description.
- trap_hometown_place: the same towns as places: a flat to rent, a hotel night, a travel guide, a postcard, a school's or
  a football club's shirt, a removal van; and the town among the brand's goods at a shop's price with no cue.
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, script_of

EVASIONS = {
    "hometown_named": "the brand named by its home town (Beaverton, Cupertino, Malmesbury, Genfer, 수원, 京都): "
                      "'<town> sneakers', 'earbuds from <town>', 'the <town> brand', '<town>の', in the brand's "
                      "category with a cue that claims a copy",
}
TRAPS = {
    "trap_hometown_place": "the brand's home town as a place: a flat, a hotel, a guide book, a postcard, a school's "
                           "or club's shirt, a removal; or among the brand's goods at a shop's price with no cue",
}


def _towns(b: BrandView) -> list[str]:
    return [m.value for m in b.declared("hometown")]



# frames by the listing's language: {town} the town as registered, {product} the goods
LATIN_FRAMES = ["{town} {product}", "{product} from {town}", "the {town} brand {product}", "{town}'s own {product}",
                "{product} - {town} company", "{product} de {town}", "{product} made in {town}", "{town}-{product}",
                "{product} aus {town}", "{product} di {town}", "{product} van {town}", "{product} da {town}",
                "{town} brand {product}", "{product} ({town})"]
FRAMES = {
    "ja": ["{town}の{product}", "{town}製 {product}", "{town}の会社の{product}", "{town} {product}"],
    "cjk": ["{town}产{product}", "{town}的{product}", "{town}牌{product}", "{town} {product}"],
    "ko": ["{town} {product}", "{town}산 {product}", "{town} 회사 {product}"],
    "ru": ["{product} из {town}", "{town}: {product}", "{product} {town}"],
}
# cues that claim a copy (config.DEFAULT_COPY_CUES), by the frame's language; not the size cues (1:1, AAA, OEM)
CUES = {"latin": ["replica", "super copy", "high copy", "top replica", "fake", "knockoff", "mirror copy", "réplique",
                  "réplica", "replika", "Kopie", "Fälschung", "counterfeit", "master copy"],
        "ja": ["スーパーコピー", "コピー品", "偽物"], "cjk": ["高仿", "复刻", "A货", "精仿", "一比一"],
        "ko": ["짝퉁", "레플리카", "가품"], "ru": ["реплика", "копия", "подделка"]}
PRODUCTS = {"ja": "商品", "ko": "제품", "ru": "товар"}


def make_hometown_named(b: BrandView, s: Scene) -> Draft | None:
    towns = _towns(b)
    if not towns:
        return None
    r = s.rng
    town = r.choice(towns)
    lang = script_of(town)
    cat = s.category()
    product = s.product(cat) if lang in ("latin", "ru") else s.product_zh(cat) if lang == "cjk" else s.product(cat)
    frame = r.choice(FRAMES.get(lang, LATIN_FRAMES))
    named = frame.format(town=town, product=product)
    cue = r.choice(CUES[lang])
    in_description = r.random() < 0.3
    title = _cap(named) if in_description else f"{_cap(named)} - {cue}" if r.random() < 0.6 else f"{cue} {named}"
    desc = r.choice(context.DESCRIPTIONS if lang == "latin" else context.DESCRIPTIONS_ZH)
    if in_description:
        desc = f"{desc} {cue}".strip()
    return Draft(title, cat, s.price(cat), desc)


# the town as a place, far from the brand's goods: (title frame, category, USD price)
PLACE = [
    ("2-bedroom flat to rent in {town}, close to the station", "real estate", 1400),
    ("Hotel in {town}, 2 nights for two, breakfast included", "travel", 240),
    ("{town} city guide, paperback, 2024 edition", "books", 14), ("Vintage postcard of {town}, 1962, unused", "collectibles", 4),
    ("{town} high school hoodie, size M", "school uniforms", 18), ("{town} FC home shirt 2019, replica kit, adult L", "football shirts", 25),
    ("Removal van {town} to Leeds, two men, Saturday", "services", 380), ("{town} skyline canvas print 60x40", "art", 35),
    ("Guided walking tour of old {town}, tickets for 2", "tickets", 40), ("{town} fridge magnet souvenir", "souvenirs", 3),
    ("Used road bike, collection from {town} only", "bicycles", 220), ("{town} farmers market honey 500 g", "food", 8),
]
PLACE_CJK = [("{town} 旅游攻略 2024 新版", "books", 45), ("{town} 风景明信片 一套10张", "collectibles", 12),
             ("{town} 酒店 两晚 含早", "travel", 900)]
PLACE_JA = [("{town} 旅行ガイドブック 2024年版", "books", 1300), ("{town} 絵はがき 10枚セット", "collectibles", 600)]
PLACE_KO = [("{town} 여행 가이드북 2024", "books", 15000), ("{town} 원룸 월세 급매", "real estate", 500000)]
PLACE_RU = [("Путеводитель {town}, 2024", "books", 700), ("Открытка {town}, винтаж", "collectibles", 150)]


def make_trap_hometown_place(b: BrandView, s: Scene) -> Draft | None:
    towns = _towns(b)
    if not towns:
        return None
    r = s.rng
    town = r.choice(towns)
    lang = script_of(town)
    if r.random() < 0.25 and lang == "latin":
        # among the brand's goods at a shop's price, no cue: a shop in the town, or the goods said to come from there
        cat = s.category()
        title = r.choice(["{product} bought in {town}, with receipt", "{town} {product}, sealed, boxed",
                          "{product} - shipped from {town}"]).format(town=town, product=s.product(cat))
        return Draft(_cap(title), cat, s.price(cat), r.choice(context.DESCRIPTIONS))
    frames, currency = {"cjk": (PLACE_CJK, "CNY"), "ja": (PLACE_JA, "JPY"), "ko": (PLACE_KO, "KRW"),
                        "ru": (PLACE_RU, "RUB")}.get(lang, (PLACE, "USD"))
    frame, cat, amount = r.choice(frames)
    title = frame.format(town=town)
    desc = r.choice(context.DESCRIPTIONS if lang == "latin" else context.DESCRIPTIONS_ZH)
    return Draft(_cap(title), cat, (round(amount * r.uniform(0.8, 1.25), 2), currency), desc)


EVASION_MAKERS = {"hometown_named": make_hometown_named}
TRAP_MAKERS = {"trap_hometown_place": make_trap_hometown_place}
