"""The adversary's local-script initial classes (naming, 2026-12-03): the replica trade's initials of a brand (LV, CG,
TNF, MK, GG) written in the alphabet of a market that does not type Latin letters, and the same words where they name
nothing.

Written from first principles (a Russian, Kazakh, Greek, Korean or Japanese seller writes the trade's initials in the
letters of their own keyboard: letter for letter by sound or shape, ЛВ, СГ, ТНФ, ΛΒ; or by the letters' names, as a
child spells aloud, 엘브이, 씨지, 지지, エルブイ), not from a held-out set's strings. The initials are those of the brand's own
name of two words or more (Louis Vuitton LV, Canada Goose CG, The North Face TNF) and a word of capitals the brand's
registered mark is written with (GG of GG Marmont).

- initials_local_script: such initials beside the goods in the market's words with a cue that claims a copy, in the
  brand's category.
- trap_initials_local_script: the same words naming nothing: 지지 "support", 씨지 computer graphics, ЛВ and СГ as
  Russian abbreviations (a department, a film), Greek initials of a firm; and the initials among the goods with no cue.
- trap_national_cyrillic_goods: unbranded goods of the brand's category in Kazakh, Kyrgyz or Mongolian, each written in
  its own Cyrillic alphabet, with a quality grade (AAA) and no mark: words of those languages (no wordfreq list) that
  look-alike letters fold near a mark (сөмке "bag" as "comke", one edit from Coke) are those words (scripts22).
"""

from __future__ import annotations

import re
import unicodedata

from tests.eval.adversary.generate import BrandView, Draft, Scene

EVASIONS = {
    "initials_local_script": "the brand's initials (LV, CG, TNF, MK, GG) written in Cyrillic or Greek letters (ЛВ, СГ, "
                             "ΤΝΦ) or by the letters' names in Hangul or katakana (엘브이, 씨지, 지지, エルブイ), with the "
                             "goods and a cue that claims a copy",
}
TRAPS = {
    "trap_national_cyrillic_goods": "unbranded goods in Kazakh, Kyrgyz or Mongolian Cyrillic with a quality grade "
                                    "(сөмке былғары, сапасы AAA), no mark",
    "trap_initials_local_script": "the same letters naming nothing (지지 'support', 씨지 computer graphics, ЛВ a "
                                  "department) or the initials among the goods with no cue",
}

CYRILLIC = dict(zip("abcdefghiklmnoprstuvz", "АБСДЕФГХИКЛМНОПРСТУВЗ"))
GREEK = dict(zip("abdefghiklmnoprstuvxz", "ΑΒΔΕΦΓΧΙΚΛΜΝΟΠΡΣΤΥΒΞΖ"))
HANGUL = dict(zip("abcdefghijklmnopqrstuvwxyz", "에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 오 피 큐 알 에스 티 유 브이 "
                                                 "더블유 엑스 와이 제트".split()))
KATAKANA = dict(zip("abcdefghijklmnopqrstuvwxyz", "エー ビー シー ディー イー エフ ジー エイチ アイ ジェー ケー エル エム エヌ オー ピー "
                                                    "キュー アール エス ティー ユー ブイ ダブリュー エックス ワイ ゼット".split()))
# (script, product word by category group, copy cues)
GOODS = {
    "ru": ({"bag": "сумка", "coat": "парка", "shoe": "кроссовки", "belt": "ремень", "any": "товар"}, ["реплика", "копия", "подделка"]),
    "kk": ({"bag": "сөмке", "coat": "күртке", "shoe": "кроссовка", "belt": "белдік", "any": "тауар"}, ["реплика", "копия"]),
    "el": ({"bag": "τσάντα", "coat": "μπουφάν", "shoe": "παπούτσια", "belt": "ζώνη", "any": "προϊόν"}, ["ρέπλικα", "replica"]),
    "ko": ({"bag": "가방", "coat": "패딩", "shoe": "운동화", "belt": "벨트", "any": "제품"}, ["짝퉁", "레플리카", "가품"]),
    "ja": ({"bag": "バッグ", "coat": "ダウン", "shoe": "スニーカー", "belt": "ベルト", "any": "商品"}, ["スーパーコピー", "コピー品", "偽物"]),
}
GROUPS = {"handbags": "bag", "wallets": "bag", "luggage": "bag", "backpacks": "bag", "outerwear": "coat", "jackets": "coat",
          "parkas": "coat", "belts": "belt", "sneakers": "shoe"}


def _letters(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if "a" <= c <= "z")


def initials_of(b: BrandView) -> list[str]:
    """The brand's trade initials: its own name's of two words or more, and the capital words its marks are written with."""
    words = [w for w in (_letters(w) for w in re.split(r"[\s\-&]+", b.name)) if w]
    out = ["".join(w[0] for w in words)] if len(words) >= 2 else []
    for m in b.marks:
        parts = m.value.split()
        if len(parts) >= 2 and not m.everyday:
            out.extend(p.lower() for p in parts if re.fullmatch(r"[A-Z]{2,4}", p))
    return sorted(set(k for k in out if 2 <= len(k) <= 4))


def _write(key: str, script: str) -> str | None:
    table = {"ru": CYRILLIC, "kk": CYRILLIC, "el": GREEK}.get(script)
    if table is not None:
        return "".join(table[c] for c in key) if all(c in table for c in key) else None
    names = HANGUL if script == "ko" else KATAKANA
    return "".join(names[c] for c in key)


def make_initials_local_script(b: BrandView, s: Scene) -> Draft | None:
    keys = initials_of(b)
    if not keys:
        return None
    r = s.rng
    key = r.choice(keys)
    script = r.choice(list(GOODS))
    written = _write(key, script)
    if written is None:
        return None
    cat = s.category()
    goods, cues = GOODS[script]
    noun = goods.get(GROUPS.get(cat, "any"), goods["any"])
    cue = r.choice(cues)
    title = r.choice([f"{written} {noun} {cue}", f"{noun} {written}, {cue}", f"{cue} {written} {noun} новая"
                      if script in ("ru", "kk") else f"{cue} {written} {noun}"])
    return Draft(title, cat, s.price(cat), "")


NOTHING = {
    "ko": [("지지 부탁드립니다 {n} 새상품", None), ("씨지 작업용 노트북 팝니다", "laptops"), ("지지 선언 포스터", "posters")],
    "ru": [("ЛВ отдел, сумка для документов", "office"), ("СГ пленка для ламинирования", "office"),
           ("Фильм СГ на DVD", "movies")],
    "el": [("ΛΒ Ηλεκτρολογικά, καλώδιο 10μ", "electrical"), ("Βιβλίο ΤΝΦ εκδόσεις", "books")],
    "ja": [("ジージー ぬいぐるみ", "toys"), ("エルブイ 教材 セット", "books")],
}


def make_trap_initials_local_script(b: BrandView, s: Scene) -> Draft | None:
    keys = initials_of(b)
    if not keys:
        return None
    r = s.rng
    if r.random() < 0.5:
        # the initials among the goods at a shop's price with no cue
        key = r.choice(keys)
        script = r.choice(list(GOODS))
        written = _write(key, script)
        if written is None:
            return None
        cat = s.category()
        goods, _ = GOODS[script]
        noun = goods.get(GROUPS.get(cat, "any"), goods["any"])
        return Draft(f"{written} {noun}", cat, s.price(cat), "")
    script = r.choice(list(NOTHING))
    frame, cat = r.choice(NOTHING[script])
    cat = cat or s.category()
    title = frame.format(n=GOODS["ko"][0].get(GROUPS.get(cat, "any"), "제품"))
    return Draft(title, cat, (round(r.uniform(5, 60), 2), "USD"), "")


# (goods by group, "new", "leather", "quality"): Kazakh, Kyrgyz, Mongolian as their Cyrillic alphabets write them
# (Wiktionary's translations of bag, jacket, shoes, belt, goods, new, leather, quality)
NATIONAL = {
    "kk": ({"bag": "сөмке", "coat": "күртке", "shoe": "аяқ киім", "belt": "белдік", "any": "тауар"}, "жаңа", "былғары",
           "сапасы"),
    "ky": ({"bag": "баштык", "coat": "күрмө", "shoe": "бут кийим", "belt": "кур", "any": "товар"}, "жаңы", "булгаары",
           "сапаты"),
    "mn": ({"bag": "цүнх", "coat": "хүрэм", "shoe": "гутал", "belt": "бүс", "any": "бараа"}, "шинэ", "арьсан", "чанар"),
}


def make_trap_national_cyrillic_goods(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    goods, new, leather, quality = NATIONAL[r.choice(sorted(NATIONAL))]
    cat = s.category()
    noun = goods.get(GROUPS.get(cat, "any"), goods["any"])
    title = r.choice([f"{noun} {leather}, {quality} AAA", f"{_cap(noun)} {new}, {quality} AAA",
                      f"{new} {noun} {leather}"])
    return Draft(title, cat, s.price(cat), "")


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


EVASION_MAKERS = {"initials_local_script": make_initials_local_script}
TRAP_MAKERS = {"trap_initials_local_script": make_trap_initials_local_script,
               "trap_national_cyrillic_goods": make_trap_national_cyrillic_goods}
