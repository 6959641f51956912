"""The mark written in other characters and codes (issue 9, glyphs28), and the honest listings that write the same way.

- cjk_lookalike_letters: a Latin mark with some or all of its letters drawn with CJK ideographs, radicals, kana, Hangul
  jamo or Bopomofo that look like them (R口LEメ, N工KE, 匚口A匚H, ㄴEG口, 丁口丫口丁A), a copy cue or a low price;
- polybius_square: the mark in a Polybius square (I/J share a cell) or the tap code's grid (C/K share one), pairs of
  digits 11-55 in brackets or not, spaces, hyphens, commas or dots between, with a word that names the code or without
  it, a copy cue or a low price;
- old_script_letters: the mark transliterated letter by letter into Elder Futhark runes, Ogham, Gothic, Glagolitic or
  Neo-Tifinagh, a copy cue or a low price;
- voice_transcript: a listing dictated by voice and machine-transcribed ("[voice]", "voice input", "speech-to-text"):
  the mark written as the lower-case English words it sounds like (roll ex, pan door a, die son), a copy cue (only the
  brands whose name the table below splits into such words);
- trap_cjk_everyday: everyday Chinese, Japanese and Korean listings of the brand's categories that hold the same
  characters (口, 工, 山, ロ, 丁, 卜, メ, ㅇ) beside Latin letters and digits (USB口, T恤, Type-C接口), at a shop's price;
- trap_grid_numbers: pairs of digits 11-55 that are no mark: Polybius and tap-code puzzle books with their examples,
  sports scores, lottery picks, sizes, coordinates, in the brand's categories at a shop's price;
- trap_old_scripts: rune name rings and pendants, Ogham jewellery, Gothic and Glagolitic calligraphy, Tifinagh stickers
  (names and words, no mark), in the brand's categories at a shop's price;
- trap_voice_everyday: voice-dictated honest listings whose ordinary words include ones a mark sounds like in other
  order (new key ring, pan lid, lay flat), at a shop's price, no cue.

Written from the scripts' and codes' definitions (Unicode's charts for the runes, Ogham, Gothic, Glagolitic and
Tifinagh; Wikipedia, "Polybius square" and "Tap code"); the held-out set outsider25 named the classes
(c_cjk_for_latin25, c_polybius25, c_old_scripts25, c_voice_transcript25); none of its listings is used here.
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.codes import _copy_draft, _marks
from tests.eval.adversary.generate import BrandView, Draft, Scene, one_of

EVASIONS = {
    "cjk_lookalike_letters": "a Latin mark with letters drawn with CJK, kana, Hangul jamo or Bopomofo look-alikes "
                             "(R口LEメ, N工KE, ㄴEG口), a copy cue or a low price",
    "polybius_square": "the mark in a Polybius square or the tap code's grid (42 34 31 15 53), with or without a word "
                       "naming the code, a copy cue or a low price",
    "old_script_letters": "the mark in Elder Futhark runes, Ogham, Gothic, Glagolitic or Tifinagh, a copy cue or a "
                          "low price",
    "voice_transcript": "a voice-dictated listing: the mark as the lower-case words it sounds like (roll ex, pan door "
                        "a), a copy cue",
}
TRAPS = {
    "trap_cjk_everyday": "everyday Chinese, Japanese and Korean listings with 口, 工, 山, ロ, 丁 beside Latin letters "
                         "(USB口, Type-C接口), at a shop's price",
    "trap_grid_numbers": "pairs of digits 11-55 that name no mark: Polybius puzzle books, scores, lottery picks, sizes, "
                         "coordinates, at a shop's price",
    "trap_old_scripts": "rune name rings, Ogham pendants, Gothic and Glagolitic calligraphy, Tifinagh stickers, at a "
                        "shop's price",
    "trap_voice_everyday": "voice-dictated honest listings of ordinary words, at a shop's price, no cue",
}

# ------------------------------------------------------------------------------------------ CJK look-alikes
# (the generator's own table: the shapes fancy-text writers use; a letter with none stays Latin)
LOOKALIKES = {"a": "卂丹", "b": "乃", "c": "匚ㄈ", "d": "ᗪ", "e": "乇ヨ彐", "f": "千", "h": "卄廾", "i": "工丨ㅣ",
              "j": "亅", "l": "ㄴㄥレ", "m": "爪", "n": "几刀", "o": "口ロㅁ〇ㄖ", "p": "尸卩", "r": "尺", "s": "丂",
              "t": "丁ㄒ丅", "u": "凵ㄩ", "v": "ᐯ", "w": "山", "x": "メ乂ㄨ", "y": "丫ㄚ", "z": "乙"}


def drawn(words: list[str], s: Scene) -> str | None:
    """The mark's words with one or more letters (all, now and then) drawn with look-alikes, in capitals."""
    r = s.rng
    spots = [(w, k) for w, word in enumerate(words) for k, ch in enumerate(word) if ch in LOOKALIKES]
    if not spots:
        return None
    chosen = set(spots if r.random() < 0.25 else r.sample(spots, k=r.randint(1, max(1, (len(spots) + 1) // 2))))
    out = []
    for w, word in enumerate(words):
        out.append("".join(r.choice(LOOKALIKES[ch]) if (w, k) in chosen else ch.upper() for k, ch in enumerate(word)))
    return " ".join(out)


def make_cjk_lookalike(b: BrandView, s: Scene) -> Draft | None:
    if (words := one_of(s, _marks(b))) is None or (coded := drawn(words, s)) is None:
        return None
    return _copy_draft(b, s, coded, ["", "You know the brand.", "Copy goods.", "Same as the famous one."])


# ------------------------------------------------------------------------------------------ Polybius square
POLYBIUS = "abcdefghiklmnopqrstuvwxyz"
TAP = "abcdefghijlmnopqrstuvwxyz"
GRID_HINTS = ["Polybius square, row then column.", "(Polybius)", "Polybius square 5x5 (I=J)", "tap code", "(tap code)",
              "knock code, row/column", "5x5 grid cipher", "Polybius-Quadrat", "carré de Polybe", "cuadrado de Polibio",
              "квадрат Полибия", "棋盘密码", ""]


def grid(words: list[str], s: Scene) -> str:
    r = s.rng
    tap = r.random() < 0.3
    table = TAP if tap else POLYBIUS
    fix = {"j": "i"} if not tap else {"k": "c"}
    sep = r.choice([" ", " ", "-", ", ", "."])
    coded = " / ".join(sep.join(f"{table.index(fix.get(ch, ch)) // 5 + 1}{table.index(fix.get(ch, ch)) % 5 + 1}"
                                for ch in w) for w in words)
    return r.choice([f"[{coded}]", coded, f"({coded})"])


def make_polybius(b: BrandView, s: Scene) -> Draft | None:
    if (words := one_of(s, [w for w in _marks(b) if len("".join(w)) >= 4])) is None:
        return None
    coded = grid(words, s)
    draft = _copy_draft(b, s, coded, GRID_HINTS)
    if not draft.description and coded[0] not in "[(":
        draft.title = f"{draft.title} {s.rng.choice(SAID_CUES)}"  # digits neither named nor set apart: a copy cue
    return draft


# ------------------------------------------------------------------------------------------ historic alphabets
# each script's letters for the Latin letters it has (a hard c as its k; x as k + s; Tifinagh writes a foreign o with
# its u, ⵓ); a mark with a letter its script lacks (a soft c, a y in runes) is written in another script or not at all
RUNES = {"a": "ᚨ", "b": "ᛒ", "d": "ᛞ", "e": "ᛖ", "f": "ᚠ", "g": "ᚷ", "h": "ᚺ", "i": "ᛁ", "j": "ᛃ", "k": "ᚲ", "l": "ᛚ",
         "m": "ᛗ", "n": "ᚾ", "o": "ᛟ", "p": "ᛈ", "r": "ᚱ", "s": "ᛊ", "t": "ᛏ", "u": "ᚢ", "w": "ᚹ", "x": "ᚲᛊ", "z": "ᛉ"}
OGHAM = {"a": "ᚐ", "b": "ᚁ", "c": "ᚉ", "d": "ᚇ", "e": "ᚓ", "f": "ᚃ", "g": "ᚌ", "h": "ᚆ", "i": "ᚔ", "k": "ᚉ", "l": "ᚂ",
         "m": "ᚋ", "n": "ᚅ", "o": "ᚑ", "p": "ᚚ", "q": "ᚊ", "r": "ᚏ", "s": "ᚄ", "t": "ᚈ", "u": "ᚒ", "x": "ᚉᚄ", "z": "ᚎ"}
GOTHIC = {"a": "𐌰", "b": "𐌱", "d": "𐌳", "e": "𐌴", "f": "𐍆", "g": "𐌲", "h": "𐌷", "i": "𐌹", "j": "𐌾", "k": "𐌺", "l": "𐌻",
          "m": "𐌼", "n": "𐌽", "o": "𐍉", "p": "𐍀", "q": "𐌵", "r": "𐍂", "s": "𐍃", "t": "𐍄", "u": "𐌿", "w": "𐍅", "x": "𐍇",
          "z": "𐌶"}
GLAGOLITIC = {"a": "Ⰰ", "b": "Ⰱ", "d": "Ⰴ", "e": "Ⰵ", "f": "Ⱇ", "g": "Ⰳ", "h": "Ⱈ", "i": "Ⰹ", "k": "Ⰽ", "l": "Ⰾ",
              "m": "Ⰿ", "n": "Ⱀ", "o": "Ⱁ", "p": "Ⱂ", "r": "Ⱃ", "s": "Ⱄ", "t": "Ⱅ", "u": "Ⱆ", "v": "Ⰲ", "x": "ⰍⰔ",
              "z": "Ⰸ"}
TIFINAGH = {"a": "ⴰ", "b": "ⴱ", "d": "ⴷ", "e": "ⴻ", "f": "ⴼ", "g": "ⴳ", "h": "ⵀ", "i": "ⵉ", "j": "ⵊ", "k": "ⴽ", "l": "ⵍ",
            "m": "ⵎ", "n": "ⵏ", "o": "ⵓ", "q": "ⵇ", "r": "ⵔ", "s": "ⵙ", "t": "ⵜ", "u": "ⵓ", "w": "ⵡ", "y": "ⵢ", "z": "ⵣ"}
SCRIPTS = {"runes": RUNES, "Ogham": OGHAM, "Gothic": GOTHIC, "Glagolitic": GLAGOLITIC, "Tifinagh": TIFINAGH}
SCRIPT_HINTS = ["Brand in {script} letters, you know it.", "({script})", "written in {script}", "", "Old letters 😉"]


def spelt_in(word: str, table: dict[str, str]) -> str | None:
    """The word in a script's letters; None when it holds a letter the script lacks (a c before e, i or y is soft)."""
    out = []
    for k, ch in enumerate(word):
        if ch == "c" and "c" not in table:
            if word[k + 1:k + 2] in ("e", "i", "y", "h"):
                return None  # a soft c, or ch (coach, Michelin): no letter of the script says it
            ch = "k" if word[k + 1:k + 2] != "k" else ""
        if ch and ch not in table:
            return None
        out.append(table[ch] if ch else "")
    return "".join(out)


def transliterated(words: list[str], script: str, s: Scene) -> str | None:
    out = [spelt_in(w, SCRIPTS[script]) for w in words]
    if any(w is None for w in out):
        return None
    if script == "Ogham":
        return "᚛" + "\u1680".join(out) + "᚜" if s.rng.random() < 0.6 else " ".join(out)
    return " ".join(out)


def make_old_script(b: BrandView, s: Scene) -> Draft | None:
    if (words := one_of(s, [w for w in _marks(b, spoken=True) if len("".join(w)) >= 4])) is None:
        return None
    scripts = [name for name in SCRIPTS if all(spelt_in(w, SCRIPTS[name]) for w in words)]
    if not scripts:
        return None
    script = s.rng.choice(scripts)
    hints = [h.format(script=script) for h in SCRIPT_HINTS]
    return _copy_draft(b, s, transliterated(words, script, s), hints)


# ------------------------------------------------------------------------------------------ voice transcripts
# the brand's name as the English words it sounds like, as speech-to-text would write them (written here, by ear)
SAID = {"nike": ["new key", "nigh key", "ny key"], "rolex": ["roll ex", "role ex", "row lex"],
        "dyson": ["die son", "dye son"], "pandora": ["pan door a", "pan door ah"], "lego": ["lay go"],
        "canon": ["can non", "can nun"], "gucci": ["goo chee"], "adidas": ["add a das", "ah dee das"],
        "puma": ["poo ma", "pew ma"], "omega": ["oh mega", "oh meg a"], "cartier": ["car tee ay"],
        "toyota": ["toy yota"], "burberry": ["bur berry"],
        "swarovski": ["swore off ski", "swear off ski"], "philips": ["fill lips", "phil lips"],
        "michelin": ["mitch a lin", "mish a lin"],
        "nintendo": ["nin ten doe"], "bandai": ["ban die", "band eye"], "mattel": ["ma tell", "mat tell"],
        "hasbro": ["has bro", "haz bro"], "callaway": ["call a way", "cal away"]}
VOICE_MARKERS = ["[voice]", "(voice input)", "[speech-to-text]", "voice note:", "[dictated]", "(voice typed)"]
VOICE_DESCRIPTIONS = ["Listing created by voice, auto transcript.", "Dictated on my phone, sorry for typos.",
                      "Voice input, may have errors.", "Transcribed from a voice message."]
SAID_CUES = ["copy", "replica", "fake", "first copy", "mirror copy", "super copy", "high copy"]


def make_voice(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (said := SAID.get(b.id)) is None:
        return None
    cat = s.category(with_floor=True)
    product = context.PRODUCTS.get(cat, ([cat], "", 50))[0]
    goods = r.choice([p for p in product if not any(w in p.casefold() for w in b.everything)] or [cat]).lower()
    words = r.choice(said)
    title = r.choice([f"{r.choice(VOICE_MARKERS)} {words} {goods} {r.choice(SAID_CUES)}",
                      f"{r.choice(VOICE_MARKERS)} {goods} {words} {r.choice(SAID_CUES)}",
                      f"{r.choice(VOICE_MARKERS)} {words} {r.choice(SAID_CUES)} {goods}"])
    return Draft(title, cat, s.price(cat, low=r.random() < 0.4), r.choice(VOICE_DESCRIPTIONS))


# ------------------------------------------------------------------------------------------ traps
CJK_EVERYDAY = ["USB口 充电器 快充", "Type-C接口 数据线 1米", "T恤 纯棉 白色 L码", "工具箱 家用 五金", "山地车 坐垫 通用",
                "入口 门垫 防滑", "口罩 50只装 三层", "人工 手工 皮具 保养油", "工作服 夏季 透气", "出口 尾货 外贸 正品",
                "ロボット掃除機 ブラシ 交換用", "メモ帳 かわいい 文房具", "ロゴなし トートバッグ 無地", "ヨガマット 6mm",
                "エコバッグ 折りたたみ", "레고 아님, 블록 장난감 ㅇㅇ", "ㅁㅁ 수납함 2개", "T셔츠 흰색 면 100%",
                "USB 허브 4포트 ㅎㅎ", "口红 哑光 雾面 12色", "丁字裤 棉质 3条装", "卜卦 书籍 二手", "山口 茶杯 手工"]


def make_cjk_everyday(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    return Draft(r.choice(CJK_EVERYDAY), cat, s.price(cat), r.choice(["", "包邮", "現品のみ", "새상품"]))


def _pairs(word: str) -> str:
    return " ".join(f"{POLYBIUS.index(ch) // 5 + 1}{POLYBIUS.index(ch) % 5 + 1}" for ch in word.replace("j", "i"))


GRID_GOODS = ["Polybius square cipher puzzle book, e.g. {w} = {p}", "Tap code poster for escape rooms: {w} is {p}",
              "Final score 21 15, 33 11 – match programme", "Lottery picks 12 23 34 45 51 – lucky numbers mug",
              "Sizes EU 41 42 43 44 45 in stock", "Shelf labels 11 12 13 14 15, set of 25",
              "Grid coordinates 42 34 board game spare map", "Room numbers 31 32 33 door signs", "Polybius square wooden "
              "decoder card, {w} {p}", "Kids' secret code kit (tap code: {p} spells {w})"]
GRID_WORDS = ["hello", "help", "secret", "garden", "puzzle", "friend", "spy", "code", "party"]


def make_grid_numbers(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    w = r.choice(GRID_WORDS)
    return Draft(r.choice(GRID_GOODS).format(w=w.upper(), p=_pairs(w)), cat, s.price(cat), r.choice(["", "New.", "Gift idea."]))


NAMES = ["robert", "anna", "erik", "freya", "thor", "olaf", "maria", "sven", "ingrid", "liam", "sofia", "leif", "astrid"]
OLD_GOODS = ["Rune name ring, custom engraving {t}", "Ogham name pendant {t}, sterling silver",
             "Gothic alphabet calligraphy print {t}", "Glagolitic letters art print {t}", "Tifinagh name necklace {t}",
             "Viking rune bracelet {t}", "Elder Futhark rune set 24 stones {t}", "Learn the runes – beginner book {t}",
             "Amazigh Tifinagh keyboard stickers {t}", "Ogham stones replica for the garden {t}"]


def make_old_scripts_trap(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    name = r.choice(NAMES)
    script = r.choice([n for n in SCRIPTS if spelt_in(name, SCRIPTS[n])])
    text = transliterated([name], script, s)
    return Draft(r.choice(OLD_GOODS).format(t=text), cat, s.price(cat), r.choice(["", "Handmade.", "Gift wrapped."]))


VOICE_EVERYDAY = ["new key ring for the car, brass", "lay flat photo album", "pan lid glass 28 cm", "roll of tape, clear",
                  "door mat, coir", "new sea son jacket, barely worn", "so nice summer dress", "knee pads for kids",
                  "phone case with card slot", "dye free kids shampoo", "cane chair for the garden", "sun hat, straw"]


def make_voice_everyday(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    return Draft(f"{r.choice(VOICE_MARKERS)} {r.choice(VOICE_EVERYDAY)}", cat, s.price(cat), r.choice(VOICE_DESCRIPTIONS))


EVASION_MAKERS = {"cjk_lookalike_letters": make_cjk_lookalike, "polybius_square": make_polybius,
                  "old_script_letters": make_old_script, "voice_transcript": make_voice}
TRAP_MAKERS = {"trap_cjk_everyday": make_cjk_everyday, "trap_grid_numbers": make_grid_numbers,
               "trap_old_scripts": make_old_scripts_trap, "trap_voice_everyday": make_voice_everyday}
