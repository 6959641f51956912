"""The adversary's vocabulary classes (vocab, 2026-12-01): a brand named only by the words a market uses for it, not
by its marks, and the same words in their everyday sense.

Written from first principles of how a counterfeiter writes once a brand's name is taken down (the registry's own
vocabulary of every brand: its product lines, the names of its logos, the market's nicknames in any script, its
abbreviations; `lines`, `logos`, `nicknames`, `abbreviations` in deploy/seed/registry.yaml) and from the everyday
senses of those words (a swoosh sound effect, crown molding, a sub sandwich, PS as a postscript, a seahorse toy for
海马, stewed goose for 大鹅, Girl Scout trefoils, reading glasses for 老花). Nothing here is taken from a held-out set.

The registry's `former_names` (names, 2026-12-02) are such words too: the company's legal, founding and former names
and the brand names it sold under before (Bayerische Motoren Werke, Blue Ribbon Sports, Wilsdorf & Davis, Matsushita,
National, Toyoda), each with its source in the registry; their everyday senses below are surnames, places, a magazine
and other makers of today (Toyoda Gosei airbags, the American Safety Razor Company's Personna blades).

Evasions: the word alone with what a copy says (the brand's category with a counterfeit cue or a price far below the
floor), one class per kind of word. Traps: the word in its everyday sense, hand-written per word; every everyday word
of the vocabulary in a listing far from what the brand sells; and every such word in the brand's own category with
nothing that says "copy" (a word that needs corroboration gets none), so that precision is measured as hard as recall.
"""

from __future__ import annotations

from tests.eval.adversary import chinese, context
from tests.eval.adversary.context import FAR_CATEGORIES
from tests.eval.adversary.generate import BrandView, Draft, Mark, Scene, _cap, _corroborated, _fold
from services.matcher.core.context.marked import initials_shown

KINDS = ("line", "logo", "nickname", "abbreviation", "former_name", "founder")
MARK_LIKE = ("line", "former_name")  # read as a mark unless an everyday word (the others always need a cue)
EVASIONS = {
    "vocab_line": "a product line of the brand (GMT-Master, Pochette Métis, Gazelle), no brand word, with the brand's "
                  "category and a cue or a price far below the floor (an everyday-word line: a cue)",
    "vocab_logo": "the name of the brand's logo (swoosh, trefoil, crown, 老花), no brand word, corroborated likewise",
    "vocab_nickname": "the market's nickname for the brand or a product in any script (水鬼, 海马, 大鹅, 캐구, плойка), "
                      "corroborated likewise",
    "vocab_abbreviation": "an abbreviation (W11, O2021, PS, ACAD, Sub, SMP, AJ1), corroborated likewise",
    "vocab_former_name": "a legal, founding or former company name (Bayerische Motoren Werke, Blue Ribbon Sports, "
                         "Wilsdorf & Davis, Tokyo Tsushin Kogyo, Matsushita, National, Toyoda), corroborated likewise",
    "vocab_founder": "a founder's name (Adi Dassler, Akio Morita, Ruth Handler, 山内房治郎), corroborated likewise",
}
TRAPS = {
    "trap_vocab_sense": "a vocabulary word in its everyday sense, hand-written per word (swoosh sound effect, crown "
                        "molding, sub sandwich, PS: as a postscript, 海马 plush toy, 铁锅炖大鹅, 老花镜)",
    "trap_vocab_far": "every everyday word of a brand's vocabulary in a listing far from what the brand sells, no cue",
    "trap_vocab_uncorroborated": "every word of a brand's vocabulary that needs corroboration, in the brand's own "
                                 "category at a normal price with nothing that says copy",
}

# The everyday senses of vocabulary words, by the word as registered (case-folded): (title, category, USD price).
# Hand-written from what the words mean, one to three senses a word.
SENSES: dict[str, list[tuple[str, str, float]]] = {
    "swoosh": [("Swoosh sound effect pack, 200 whooshes and transitions for video editing", "audio samples", 12),
               ("Swoosh ceramic wall hook, set of 3", "home decor", 18)],
    "trefoil": [("Trefoil Girl Scout cookies, 2 boxes shortbread", "snacks", 11),
                ("Gothic trefoil window stencil, reusable", "crafts", 9)],
    "three stripes": [("Three stripes wall decal, nursery mural", "home decor", 15)],
    "crown": [("Crown molding 8 ft primed pine, pack of 4", "home improvement", 42),
              ("Gold glitter birthday crown for kids party", "party supplies", 6),
              ("Dental crown temporary repair kit", "health care", 9)],
    "皇冠": [("皇冠 生日蛋糕装饰 插件 金色 10个", "party supplies", 8), ("儿童 皇冠 发箍 公主 派对", "party supplies", 5)],
    "王冠": [("王冠 发饰 女童 生日 派对 头饰", "party supplies", 6)],
    "sub": [("Italian sub sandwich platter for 10, catering", "food", 65),
            ("10 inch car audio sub with enclosure 800W", "car audio", 89)],
    "ps": [("Vintage postcard Paris 1962, PS: wish you were here written on back", "collectibles", 8)],
    "海马": [("海马 毛绒玩具 儿童 生日礼物 30cm", "toys", 39), ("干海马 滋补 药材 50克", "food", 128)],
    "大鹅": [("铁锅炖大鹅 东北特产 真空包装 2斤", "food", 88), ("农家散养 大鹅 活禽 5斤", "food", 150)],
    "水鬼": [("水鬼 民间故事 绘本 儿童读物", "books", 25)],
    "天鹅": [("天鹅 陶瓷 摆件 客厅 装饰", "home decor", 68), ("天鹅绒 抱枕套 45x45 两个装", "home textiles", 29)],
    "swan": [("Swan ceramic planter, white, 6 inch", "garden", 22), ("Swan Lake ballet DVD, Royal Opera House", "movies", 14)],
    "老花": [("老花镜 200度 男女通用 便携", "eyewear", 19)],
    "棋盘格": [("棋盘格 标定板 相机标定 铝基板 12x9", "lab supplies", 45)],
    "椰子": [("海南 新鲜 椰子 5个装 椰青", "food", 39)],
    "三叶草": [("三叶草 种子 草坪 护坡 500克", "garden", 25)],
    "蜜蜂": [("蜜蜂 养殖 蜂箱 全套 中蜂", "garden", 199)],
    "坦克": [("坦克 模型 1:35 拼装 T-34", "model kits", 89)],
    "猎豹": [("猎豹 野生动物 摄影画册 精装", "books", 88)],
    "大炮": [("玩具 大炮 模型 木制 古代 摆件", "toys", 45)],
    "全家桶": [("肯德基 全家桶 兑换券 电子码", "vouchers", 89)],
    "星座": [("十二星座 项链 女 925银 生日礼物", "jewelry", 59)],
    "登月": [("阿波罗 登月 纪念邮票 首日封", "collectibles", 35)],
    "快乐水": [("快乐水 手工皂 创意 礼盒", "bath", 29)],
    "大黄蜂": [("大黄蜂 昆虫 标本 相框", "collectibles", 49)],
    "黄油": [("安佳 黄油 无盐 454克 烘焙", "food", 35)],
    "tank": [("Fish tank 20 gallon glass aquarium with lid", "pet supplies", 89), ("Ribbed tank top, cotton, 3 pack", "t-shirts", 19)],
    "santos": [("Santos Brazil coffee beans 1kg, medium roast", "coffee", 24)],
    "pasha": [("Pasha Turkish delight gift box 500g", "confectionery", 14)],
    "trinity": [("Trinity knot Celtic wall art, oak", "home decor", 39)],
    "explorer": [("Explorer backpack 30L hiking daypack", "backpacks", 35),
                 ("Kids explorer kit: binoculars, compass, flashlight", "toys", 19)],
    "pepsi": [("Pepsi Max 24 x 330ml cans", "soft drinks", 16)],
    "starbucks": [("Starbucks gift card 25 USD", "gift cards", 25)],
    "batman": [("Batman: The Long Halloween, paperback", "books", 18)],
    "hulk": [("Hulk action figure 12 inch with sound", "action figures", 24)],
    "kermit": [("Kermit the Frog plush 14 inch", "toys", 21)],
    "smurf": [("Smurf village playset, vintage 1980s", "collectibles", 45)],
    "gazelle": [("Gazelle wildlife photo print, framed A3", "art", 39)],
    "predator": [("Predator 1987 movie poster reprint 24x36", "posters", 15)],
    "pegasus": [("Pegasus unicorn figurine, resin, 8 inch", "home decor", 22)],
    "cortez": [("Cortez and the conquest of Mexico, history paperback", "books", 16)],
    "rogue": [("Rogue One Blu-ray steelbook", "movies", 19)],
    "willow": [("Weeping willow tree sapling 3 ft", "garden", 29)],
    "venus": [("Venus de Milo statue replica, resin, 12 inch", "home decor", 45)],
    "tabby": [("Tabby cat wall calendar 2027", "calendars", 14)],
    "bounty": [("Bounty hunter metal detector for kids", "toys", 59)],
    "milky way": [("Milky Way galaxy poster, 24x36 astronomy print", "posters", 12)],
    "clue": [("Clue sheet refill pad, 50 sheets", "office supplies", 6)],
    "twister": [("Twister tornado in a bottle science kit", "toys", 9)],
    "defender": [("Defender phone screen cleaning spray 100ml", "cleaning supplies", 7)],
    "recon": [("Recon wireless trail camera 24MP", "hunting", 69)],
    "gotham": [("Gotham season 1 DVD box set", "movies", 15)],
    "mercer": [("Mercer culinary chef knife 8 inch", "kitchen", 24)],
    "hue": [("Hue and cry, watercolour paint set 24 colours", "crafts", 18)],
    "elixir": [("Elixir guitar strings acoustic 12-53", "musical instruments", 14)],
    "origins": [("Origins of the universe, illustrated hardcover", "books", 28)],
    "sd": [("SD card reader USB 3.0 dual slot", "computer accessories", 9)],
    "dj": [("DJ controller 2 deck with jog wheels", "musical instruments", 199)],
    "op": [("OP amp IC LM358 pack of 20", "electronic components", 5)],
    "tn": [("TN panel monitor 24 inch 144Hz", "monitors", 119)],
    "rc": [("RC car 1:16 scale 4WD off-road 2.4GHz", "toys", 45)],
    "cg": [("CG artwork print, sci-fi city, A2 poster", "posters", 12)],
    "mk": [("MK Dons home shirt 2019", "sportswear", 25)],
    "x5": [("X5 magnifier loupe with LED", "tools", 12)],
    "v10": [("V10 engine scale model kit 1:4, working", "model kits", 299)],
    "gmt": [("World clock GMT desk clock, 4 time zones", "clocks", 39)],
    "dd": [("DD cup bra, lace, black", "lingerie", 28)],
    "red ring": [("Red ring toss game for kids party", "toys", 12)],
    "blue pill": [("The Blue Pill: a novel, paperback", "books", 14)],
    "double c": [("Double C cell battery holder with switch", "electronic components", 4)],
    "half dome": [("Half Dome Yosemite poster, national park print", "posters", 19)],
    "damier": [("Damier board game, wooden draughts set", "board games", 25)],
    "roundel": [("RAF roundel patch, iron-on, 3 inch", "crafts", 5)],
    "pecten": [("Pecten scallop shell fossil, Pliocene", "collectibles", 29)],
    "batwing": [("Batwing sleeve jumper, knitted, women", "knitwear", 29)],
    "disc patch": [("Embroidered disc patch, round, set of 10 blanks", "crafts", 8)],
    # former company names that are everyday words, surnames, places or other makers' names today (names, 2026-12-02)
    "national": [("National Geographic magazine, 12 issues 1985", "books", 25),
                 ("National Trust membership gift card", "gift cards", 60),
                 ("National Park Service enamel pin set", "collectibles", 14)],
    "ナショナル": [("ナショナル ジオグラフィック 日本版 2020年5月号", "books", 8)],
    "matsushita": [("Matsushita Konosuke: Not for Bread Alone, paperback", "books", 12),
                   ("Matsushita family crest noren curtain, indigo", "home decor", 35)],
    "toyoda": [("Toyoda Gosei steering wheel airbag module, genuine supplier part", "auto parts", 180),
               ("Sakichi Toyoda: the loom inventor's life, hardcover", "books", 24)],
    "toyoda automatic loom works": [("Toyoda Automatic Loom Works type G loom, museum postcard set", "collectibles", 9)],
    "malletier": [("Malle de voyage ancienne signée d'un malletier parisien, 1910", "antiques", 450),
                  ("Le métier de malletier : histoire et savoir-faire, livre", "books", 29)],
    "ruda": [("Ruda ziołowa nasiona, 2 g", "garden", 3), ("Ruda Śląska city map, 1:20 000", "books", 6)],
    "louis brandt": [("Louis Brandt et l'horlogerie biennoise, livre d'histoire", "books", 35)],
    "hans wilsdorf": [("Hans Wilsdorf: a life in watchmaking, biography hardcover", "books", 45)],
    "snow goose": [("The Snow Goose by Paul Gallico, 1941 hardcover", "books", 18),
                   ("Snow goose decoy, full body, 6 pack", "hunting", 89)],
    "metro sportswear": [("Metro Sportswear team jerseys, custom printed, 10 pcs", "sportswear", 150)],
    "yoneyama": [("Yoneyama pottery tea bowl, handmade in Japan", "kitchen", 48)],
    "american safety razor company": [("American Safety Razor Company Personna blades, 100 pack", "razor blades", 22)],
    # and the ones that are no everyday word, in history books, share certificates and posters
    "bayerische motoren werke": [("Bayerische Motoren Werke AG share certificate 1942, framed", "collectibles", 120),
                                 ("Bayerische Motoren Werke 1916-1945: a company history, hardcover", "books", 39)],
    "blue ribbon sports": [("Blue Ribbon Sports day rosettes, 1st place, pack of 24", "party supplies", 12)],
    "wilsdorf & davis": [("Wilsdorf & Davis 1905: the London years, watch history book", "books", 45)],
    "tokyo tsushin kogyo": [("Tokyo Tsushin Kogyo G-type tape recorder 1950, museum postcard", "collectibles", 6)],
    "hassenfeld brothers": [("Hassenfeld Brothers pencil box 1930s, litho tin", "antiques", 65)],
    "horse and carriage": [("Horse and carriage wedding hire, 2 hours", "services", 450)],
    "panther head": [("Panther head wall mount, resin sculpture", "home decor", 59)],
}


def _words(b: BrandView, kinds=KINDS, *, everyday: bool | None = None, needs_cue: bool | None = None) -> list[tuple[str, Mark]]:
    """The brand's vocabulary of these kinds that holds none of its marks, aliases or model numbers (a listing that
    writes "Dunk Low" or "Coke Zero" names the brand by its mark, which other classes test); `needs_cue`: only the
    words that need a cue (a logo name, nickname or abbreviation, or an everyday-word line; brandsentry/registry.py),
    or only those that do not."""
    out = []
    for kind, m in b.vocabulary:
        if kind not in kinds or everyday is not None and m.everyday != everyday:
            continue
        if needs_cue is not None and (kind not in MARK_LIKE or m.everyday) != needs_cue:
            continue
        if _names_a_mark(b, m.value):
            continue
        out.append((kind, m))
    return out


def _names_a_mark(b: BrandView, word: str) -> bool:
    folded = _fold(word)
    return any(len(mark) >= 2 and mark in folded for mark in b.everything) or any(
        _fold(m.value) and _fold(m.value) in folded for m in b.models)


def _written(word: str, s: Scene) -> str:
    """The word as a seller types it: as registered, or in lower case for a Latin word of letters longer than a
    code (codes of four characters or fewer are written in capitals: "at" and "po" are Tagalog words, "AT" Aqua Terra)."""
    if word.isascii() and word.replace(" ", "").isalpha() and len(word) > 4 and s.rng.random() < 0.3:
        return word.lower()
    return word


def _is_chinese(word: str) -> bool:
    return chinese.is_cjk(word) and not any("\u3040" <= ch <= "\u30ff" or "\uac00" <= ch <= "\ud7af" for ch in word)


def _evasion(kind: str):
    def make(b: BrandView, s: Scene) -> Draft | None:
        words = _words(b, (kind,))
        if not words:
            return None
        mark = s.rng.choice(words)[1]
        # an everyday-word line alone ("Jet Set", "Love") is corroborated by a cue: in apparel, jewellery and bags the
        # category and a low price do not tell it from the everyday descriptor it is (index._descriptors, issue 9)
        return _corroborated(b, s, _written(mark.value, s), True, zh=_is_chinese(mark.value),
                             cue_only=kind == "line" and mark.everyday)
    make.__name__ = f"make_vocab_{kind}"
    return make


def make_trap_vocab_sense(b: BrandView, s: Scene) -> Draft | None:
    senses = [t for _, m in _words(b) for t in SENSES.get(m.value.casefold(), [])]
    if not senses:
        return None
    title, cat, usd = s.rng.choice(senses)
    return Draft(title, cat, (round(usd * s.rng.uniform(0.8, 1.25), 2), "CNY" if _is_chinese(title) else "USD"),
                 s.rng.choice(context.DESCRIPTIONS_ZH if _is_chinese(title) else context.DESCRIPTIONS))


# neutral goods of the far categories, in English and Chinese
_FAR_GOODS = {"home decor": ("wall art print", "装饰画"), "other": ("gift set", "礼盒"), "collectibles": ("enamel pin", "徽章"),
              "books": ("paperback novel", "小说"), "garden": ("planter pot", "花盆"), "crafts": ("sticker sheet", "贴纸"),
              "party supplies": ("balloon set", "气球"), None: ("keychain", "钥匙扣")}


def make_trap_vocab_far(b: BrandView, s: Scene) -> Draft | None:
    words = _words(b, everyday=True)
    if not words:
        return None
    word = s.rng.choice(words)[1].value
    cat = s.rng.choice(FAR_CATEGORIES)
    en, zh = _FAR_GOODS[cat]
    if _is_chinese(word):
        title = s.rng.choice([f"{word} {zh}", f"{zh} {word} 图案", f"创意 {word} {zh} {s.filler(zh=True)}"])
        return Draft(title, cat, (round(s.rng.uniform(9, 60), 2), "CNY"), s.rng.choice(context.DESCRIPTIONS_ZH))
    title = s.rng.choice([f"{_cap(word)} {en}", f"{_cap(en)} with {word} design", f"{_cap(s.filler())} {word} {en}"])
    return Draft(title, cat, (round(s.rng.uniform(3, 30), 2), "USD"), s.rng.choice(context.DESCRIPTIONS))


def make_trap_vocab_uncorroborated(b: BrandView, s: Scene) -> Draft | None:
    words = _words(b, needs_cue=True)
    if not words:
        return None
    word = _written(s.rng.choice(words)[1].value, s)
    cat = s.category()
    if _is_chinese(word):
        return Draft(s.title_zh(word, cat), cat, s.price(cat, currency="CNY"), s.rng.choice(context.DESCRIPTIONS_ZH))
    return Draft(s.title(word, s.product(cat)), cat, s.price(cat), s.rng.choice(context.DESCRIPTIONS))


EVASION_MAKERS = {f"vocab_{k}": _evasion(k) for k in KINDS}
TRAP_MAKERS = {"trap_vocab_sense": make_trap_vocab_sense, "trap_vocab_far": make_trap_vocab_far,
               "trap_vocab_uncorroborated": make_trap_vocab_uncorroborated}


# A logo described in a language's own words (the registry's logo entries with a `language`: Krone, corona, couronne,
# корона, 皇冠 for Rolex's crown; tick for Nike's swoosh): the word in that language's frame for "with the ... logo",
# with that language's word for a copy; and the same frames on goods far from the brand's, with nothing of a copy.
DESCRIBED_FRAMES = {
    "en": (["{p} with the {w} logo", "{w} logo {p}"], "1:1 replica"),
    "de": (["{p} mit {w}-Logo", "{p} mit der {w}"], "Replik"),
    "fr": (["{p} à la {w}", "{p} avec le logo {w}"], "réplique"),
    "es": (["{p} de la {w}", "{p} con logo {w}"], "réplica"),
    "it": (["{p} con logo {w}", "{p} con il {w}"], "replica"),
    "pt": (["{p} com logo {w}", "{p} do {w}"], "réplica"),
    "nl": (["{p} met {w}-logo"], "replica"),
    "ru": (["{p} с логотипом {w}", "{w} {p}"], "копия"),
    "id": (["{p} logo {w}"], "replika"),
    "zh": (["{w} {p}"], "复刻"),
    "ja": (["{w}ロゴ {p}"], "N級品"),
    "ko": (["{w} 로고 {p}"], "레플"),
}
EVASIONS["vocab_logo_described"] = ("the brand's logo described in a language's own words that the brand declared "
                                    "(Uhr mit der Krone, montre à la couronne, the tick logo, 白鳥ロゴ), with that "
                                    "language's copy word, in the brand's category")
TRAPS["trap_vocab_logo_described_far"] = ("the same logo words in the same frames on goods far from the brand's "
                                          "(a card with the crown logo, a swan-logo mug), nothing of a copy")


def _described(b: BrandView) -> list[tuple[str, str]]:
    """(word, language) of the brand's logo entries that carry a language (registry `logos`, `language`)."""
    return [(m.value, m.language) for m in b.declared("logo") if m.language in DESCRIBED_FRAMES
            and not _names_a_mark(b, m.value)]


def make_vocab_logo_described(b: BrandView, s: Scene) -> Draft | None:
    words = _described(b)
    if not words:
        return None
    word, lang = s.rng.choice(words)
    frames, cue = DESCRIBED_FRAMES[lang]
    cat = s.category()
    product = s.product_zh(cat) if lang == "zh" else s.product(cat)
    title = f"{s.rng.choice(frames).format(p=_cap(product), w=word)}, {cue}"
    return Draft(title, cat, s.price(cat), "")


def make_trap_vocab_logo_described_far(b: BrandView, s: Scene) -> Draft | None:
    # not a house's initials as its monogram ("GG monogram", "TB monogram"): those are the mark itself, and on goods the
    # house never made an unlicensed mark (merch50: marked.initials_shown), no description of a crown or a swan
    words = [(w, lang) for w, lang in _described(b) if not initials_shown(w)]
    if not words:
        return None
    word, lang = s.rng.choice(words)
    frames, _ = DESCRIBED_FRAMES[lang]
    cat = s.rng.choice(FAR_CATEGORIES)
    en, zh = _FAR_GOODS[cat]
    title = s.rng.choice(frames).format(p=_cap(zh if lang in ("zh", "ja") else en), w=word)
    return Draft(title, cat, (round(s.rng.uniform(3, 30), 2), "USD"), "")


EVASION_MAKERS["vocab_logo_described"] = make_vocab_logo_described
TRAP_MAKERS["trap_vocab_logo_described_far"] = make_trap_vocab_logo_described_far
