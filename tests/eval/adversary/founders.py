"""The adversary's founder classes (people, 2026-12-03): the brand named by the person who founded it, and the same
people where nobody names the brand.

Written from first principles (how a seller who will not write the brand still tells the buyer which one it is: whose
brand it is; not from a held-out set). A founder's name is a person's name: the registry's `founders` (people, with their
source beside them in deploy/seed/registry.yaml) name the brand only among its goods with a counterfeit cue or a copy's
price, as a nickname does. A seller writes the name as a possessive or an attribution in the listing's language: "Adi
Dassler's brand", "the company of Akio Morita", "de la maison d'Eugène Schueller", "von Rudolf Dassler", "山内房治郎の会社の",
"乔布斯的公司", "이병철 회장님 회사", "фирмы Стива" (not in Cyrillic declension: the name as registered).

- founder_named: a founder's name in such a frame (or alone), in the brand's category, with a cue or a price far below
  the floor; the cue in the title or only in the description.
- trap_founder_person: the same people as people: a biography, a documentary, a quote poster, a street or a school
  named after them, a namesake selling a sofa or a car, a foundation's charity print; none in the brand's goods with a
  cue. (The name among the brand's goods at a shop's price with no cue is vocabulary.py's trap_vocab_uncorroborated.)
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, script_of

EVASIONS = {
    "founder_named": "the brand named by its founder's name (Adi Dassler, Akio Morita, 山内房治郎, Ruth Handler), alone "
                     "or as 'X's brand', 'la maison de X', 'Xの会社', 'X的公司', in the brand's category with a cue or a "
                     "price far below the floor",
}
TRAPS = {
    "trap_founder_person": "the founder as a person: a biography, a documentary, a quote poster, a street or school "
                           "named after them, a namesake selling furniture, a foundation's print; no copy of the goods",
}


def _founders(b: BrandView) -> list[str]:
    return [m.value for m in b.declared("founder")]



def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


# attribution frames by language: {name} is the founder's name as registered, {pos} its English possessive
LATIN_FRAMES = ["{name}", "{pos} brand", "{pos} company", "the brand of {name}", "{name} (you know the brand)",
                "made by {pos} company", "la marque de {name}", "de la maison de {name}", "la marca de {name}",
                "la empresa de {name}", "die Marke von {name}", "von {name}", "a marca de {name}",
                "firma {name}", "{name} brand"]
FRAMES = {
    "ja": ["{name}の会社の", "{name}のブランド", "{name}さんの会社", "{name}"],
    "cjk": ["{name}的公司", "{name}创立的品牌", "{name}的牌子", "{name}の会社の", "{name}"],
    "ko": ["{name} 회장 회사", "{name}의 브랜드", "{name}"],
    "ru": ["бренд {name}", "фирма {name}", "{name}"],
}
# copy words by the frame's language, beside context.CUES (English and Chinese)
CUES = {"latin": context.CUES + ["réplique", "réplica", "replika", "kopia 1:1", "copia AAA"],
        "ja": ["スーパーコピー", "N級品", "コピー品", "1:1"], "cjk": context.CUES_ZH, "ko": ["미러급", "짝퉁", "레플리카"],
        "ru": ["реплика", "копия 1:1", "подделка"]}


def make_founder_named(b: BrandView, s: Scene) -> Draft | None:
    names = _founders(b)
    if not names:
        return None
    r = s.rng
    name = r.choice(names)
    lang = script_of(name)
    frame = r.choice(FRAMES.get(lang, LATIN_FRAMES))
    named = frame.format(name=name, pos=_possessive(name))
    low = r.random() < 0.35 and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    cue = None if low else r.choice(CUES[lang])
    in_description = cue is not None and r.random() < 0.4
    if lang == "latin":
        title = s.title(named, s.product(cat), None if in_description else cue)
        desc = r.choice(context.DESCRIPTIONS)
    else:
        title = " ".join(p for p in (named, s.product_zh(cat), None if in_description else cue) if p)
        desc = r.choice(context.DESCRIPTIONS_ZH)
    if in_description:
        desc = f"{desc} {cue}".strip()
    return Draft(title, cat, s.price(cat, low=low), desc)


# the founder as a person, far from the brand's goods: (title frame, category, USD price)
PERSON = [
    ("{name}: the biography, hardcover", "books", 24), ("{name} - a life, paperback, used", "books", 8),
    ("The {name} story, documentary DVD", "movies", 12), ("{name} quote poster, A3 print, motivational", "posters", 9),
    ("Flat to rent on {name} Street, 2 bedrooms", "real estate", 1200),
    ("{name} Grammar School uniform blazer, age 12", "school uniforms", 15),
    ("Three-seat sofa, grey, collection only - {name}", "furniture", 150),
    ("2012 hatchback, one owner, sold by {name}", "cars", 4500),
    ("{name} Foundation charity print, signed, framed", "collectibles", 60),
    ("Portrait of {name}, oil on canvas, 40x50", "art", 220), ("{name} wax figure museum ticket, adult", "tickets", 25),
]
PERSON_CJK = [("{name} 传记 精装 正版图书", "books", 58), ("{name} 纪录片 DVD", "movies", 30), ("{name} 名言 海报 装饰画", "posters", 25)]
PERSON_JA = [("{name} 伝記 単行本 中古", "books", 900), ("{name} 名言 ポスター A3", "posters", 1200)]
PERSON_KO = [("{name} 자서전 중고 도서", "books", 12000)]
PERSON_RU = [("{name} биография, книга", "books", 600)]


def make_trap_founder_person(b: BrandView, s: Scene) -> Draft | None:
    names = _founders(b)
    if not names:
        return None
    r = s.rng
    name = r.choice(names)
    lang = script_of(name)
    frames, currency = {"cjk": (PERSON_CJK, "CNY"), "ja": (PERSON_JA, "JPY"), "ko": (PERSON_KO, "KRW"),
                        "ru": (PERSON_RU, "RUB")}.get(lang, (PERSON, "USD"))
    frame, cat, amount = r.choice(frames)
    title = frame.format(name=name)
    desc = r.choice(context.DESCRIPTIONS if lang == "latin" else context.DESCRIPTIONS_ZH)
    return Draft(_cap(title), cat, (round(amount * r.uniform(0.8, 1.25), 2), currency), desc)


EVASION_MAKERS = {"founder_named": make_founder_named}
TRAP_MAKERS = {"trap_founder_person": make_trap_founder_person}
