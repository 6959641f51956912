"""The adversary's glyph classes (issue 9; senses, session 14): a Latin mark drawn with Cyrillic or Greek letters
chosen for their look, and a listing garbled by a wrong encoding; with the innocent listings that look like them.

- fake_faux_cyrillic: a mark of the brand in "faux Cyrillic" (ЯOLEX, ИIKE, SДMSЦИG, THЁ ИOЯTH FДCЁ): its letters R, N,
  A, U, E, W, B, Y replaced, one to all, by the Cyrillic or Greek letters typographers draw them with (Я, И, Д/Λ, Ц,
  Ё/Э/Σ, Ш, Б, Ч), in the brand's category at a copy's price, no copy word;
- fake_mojibake: a copy's listing whose mark was garbled by a wrong encoding: its Chinese alias written in UTF-8 and
  read as GBK (鑰愬厠 for 耐克; a character lost to an odd byte count is U+FFFD, as decoders write it), its name
  written in Cyrillic by sound and read as Windows-1251 ("Р РѕР»РµРєСЃ"), an accented mark read as Latin-1 ("NestlÃ©");
  in the brand's category with a copy word or a price far below the floor (the unmangled forms need the same);
- trap_faux_styled_words: everyday words in faux Cyrillic (party banners, a "Russian style" mug: HДPPУ BIЯTHDДУ) and
  Russian listings whose words mix in a Latin look-alike letter (a keyboard slip: "cумка"), in the brand's categories;
- trap_mojibake_innocent: innocent listings that name no brand, garbled the same three ways (Chinese as GBK, Russian
  as Windows-1251, French, German and Spanish as Latin-1), in the brand's categories at a shop's price.

Written from first principles (Wikipedia, "Faux Cyrillic" and "Mojibake"; how Windows code pages 936, 1251 and 1252
decode UTF-8 bytes, done here with Python's codecs); no held-out listing was read.
"""

from __future__ import annotations

from tests.eval.adversary import context, sound
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _corroborated, _pick_mark, _sound_marks

EVASIONS = {
    "fake_faux_cyrillic": "a Latin mark drawn with Cyrillic/Greek letters chosen for their look (ЯOLEX, SДMSЦИG), in the "
                          "brand's category at a copy's price",
    "fake_mojibake": "a copy's mark garbled by a wrong encoding: a Chinese alias as GBK, the Cyrillic name as "
                     "Windows-1251, an accented mark as Latin-1; category with a cue or a low price",
}
TRAPS = {
    "trap_faux_styled_words": "everyday words in faux Cyrillic, Russian words with a Latin look-alike letter, in the "
                              "brand's categories",
    "trap_mojibake_innocent": "innocent listings naming no brand, garbled as GBK, Windows-1251 or Latin-1, in the brand's "
                              "categories",
}

# a Latin letter -> the Cyrillic or Greek letters drawn like it (the faux-Cyrillic typographers' choices)
FAUX_OF = {"R": "Я", "N": "ИЙΠ", "A": "ДΛ", "U": "Ц", "E": "ЁЭΣ", "W": "ШЩ", "B": "Б", "Y": "Ч", "r": "я", "n": "и",
           "a": "д", "u": "ц", "w": "ш", "e": "ё"}


def faux(mark: str, rng) -> str | None:
    """The mark with one to all of its faux-able letters drawn in faux Cyrillic; None when it has none. Capitals when
    the mark is written so or, now and then, lower case letters for lower case ones (ИIKE, Sдmsцng)."""
    text = mark.upper() if rng.random() < 0.75 else mark
    spots = [k for k, ch in enumerate(text) if ch in FAUX_OF]
    if not spots:
        return None
    chosen = rng.sample(spots, k=rng.randint(1, len(spots)))
    return "".join(rng.choice(FAUX_OF[ch]) if k in chosen else ch for k, ch in enumerate(text))


def _faux_marks(b: BrandView) -> list:
    return [m for m in b.disguisable if any(ch in FAUX_OF for ch in m.value.upper()) and m.value.isascii()]


def make_faux_cyrillic(b: BrandView, s: Scene) -> Draft | None:
    m = _pick_mark(b, s, _faux_marks(b))
    if m is None or (text := faux(m.value, s.rng)) is None:
        return None
    cat = s.category(with_floor=True)
    return Draft(s.title(text, s.product(cat)), cat, s.price(cat), s.rng.choice(context.DESCRIPTIONS))


# ------------------------------------------------------------------ mojibake

def as_gbk(text: str) -> str:
    """UTF-8 bytes of `text` as GBK decodes them (a decoder's U+FFFD for what it cannot decode)."""
    return text.encode("utf-8").decode("gbk", errors="replace")


def as_cp1251(text: str) -> str:
    return text.encode("utf-8").decode("cp1251", errors="replace")


def as_latin1(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


_ACCENTED = {"nestle": ["Nestlé", "Nescafé"], "loreal": ["L'Oréal", "Lancôme", "L'Oréal Paris"],
             "estee-lauder": ["Estée Lauder"], "cartier": ["Panthère de Cartier", "Cartier Panthère"]}
_RU_GOODS = {"watches": "часы", "handbags": "сумка", "sneakers": "кроссовки", "phones": "смартфон", "earbuds": "наушники",
             "jewelry": "браслет", "perfume": "духи"}


def make_mojibake(b: BrandView, s: Scene) -> Draft | None:
    """A listing built as the alias, transliteration or accented-mark classes build theirs (generate.py: the brand's
    category with a copy word or a price far below the floor where the mark needs it), its text then garbled whole."""
    r = s.rng
    kind = r.choice(["gbk", "gbk", "cp1251"] + (["latin1"] * 2 if b.id in _ACCENTED else []))
    if kind == "gbk":
        m = r.choice(b.cjk)
        draft = _corroborated(b, s, m.value, strong=m.everyday, zh=True)
        garble = as_gbk
    elif kind == "cp1251":
        m = _pick_mark(b, s, _sound_marks(b))
        if m is None or not (ru := sound.cyrillic(m.value, r)):
            return None
        draft = _corroborated(b, s, ru, strong=True)
        garble = as_cp1251
    else:
        draft = _corroborated(b, s, r.choice(_ACCENTED[b.id]), strong=True)
        garble = as_latin1
    draft.title = garble(draft.title)
    draft.description = garble(draft.description)
    return draft


# ------------------------------------------------------------------ traps

STYLED = ["HДPPУ BIЯTHDДУ banner, gold letters", "ЯUSSIДN STУLЁ tea glass holder", "BДBУ SHOШЁЯ decor set",
          "Soviet retro poster: PЯOLЁTДЯIДT", "ЙЁШ УЁДЯ party garland", "KДЯДOKЁ NIGHT sign, neon",
          "Cozy ШIИTЁЯ mug with bear print", "Back in USSЯ vintage t-shirt print", "GДMЁ OVЁЯ pixel sticker pack",
          "FЯIЁИDS FOЯЁVЁЯ keychain set"]
RU_SLIPS = ["Cумка кожаная, новая", "Pюкзак городской, 20 л", "Kроссовки беговые, размер 42", "Hаушники беспроводные",
            "Чaсы мужские, кварц", "Kуртка зимняя, тёплая", "Бpаслет серебряный", "Tелефон б/у, рабочий"]


def make_faux_styled_words(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    if r.random() < 0.5:
        title = r.choice(STYLED)
    else:
        title = f"{r.choice(RU_SLIPS)}"
    return Draft(title, cat, s.price(cat), r.choice(["", "Handmade.", "Новое, в упаковке."]))


ZH_PLAIN = ["全新 正品 包邮 {p}", "{p} 二手 九成新 自提", "实体店 {p} 现货", "{p} 送朋友 礼物 包装好"]
RU_PLAIN = ["{p} новые, в коробке", "Продаю {p}, самовывоз", "{p}, почти не носил", "Отличный подарок: {p}"]
LATIN_PLAIN = ["Très belle {p}, état neuf, à récupérer", "Schöne {p}, wie neu, Abholung möglich",
               "Preciosa {p}, sin estrenar, envío incluido", "Jolie {p} en cuir, portée deux fois",
               "Größe M, {p}, kaum getragen"]


def _generic(cat: str, s: Scene) -> str:
    """A generic product noun of the category (no brand's line: context.PRODUCTS, not BRAND_PRODUCTS)."""
    return s.rng.choice(context.PRODUCTS.get(cat, ([cat], "", 50))[0])


def make_mojibake_innocent(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    kind = r.choice(["gbk", "cp1251", "latin1"])
    if kind == "gbk":
        title = as_gbk(r.choice(ZH_PLAIN).format(p=s.product_zh(cat)))
        price = s.price(cat, currency="CNY")
    elif kind == "cp1251":
        title = as_cp1251(r.choice(RU_PLAIN).format(p=_RU_GOODS.get(cat, "товар")))
        price = s.price(cat)
    else:
        title = as_latin1(_cap(r.choice(LATIN_PLAIN).format(p=_generic(cat, s))))
        price = s.price(cat)
    return Draft(title, cat, price, "")


EVASION_MAKERS = {"fake_faux_cyrillic": make_faux_cyrillic, "fake_mojibake": make_mojibake}
TRAP_MAKERS = {"trap_faux_styled_words": make_faux_styled_words, "trap_mojibake_innocent": make_mojibake_innocent}
