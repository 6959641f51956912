"""The mark spelt in calculator digits read upside down, and the brand's katakana name written in ateji kanji (issue 9,
glyphs30); with the honest listings that use the same tricks.

- calculator_word: a mark of the brand whose letters a calculator shows turned over (O I L Z E h S g B G: BOSE, SHELL,
  LEGO, EOS) typed as the digits that read so upside down, in reverse order (3508, 77345, 0937, 503), now and then with
  a letter that reads the same turned round kept; with words that say to turn it ("upside down", "on a calculator",
  "flip it 🙃", "brand: ...", in a dozen languages) and a cue that claims a copy or a price far below the floor;
- ateji_kanji: the brand's katakana name (the registry's local name) written in kanji chosen for their sounds, each
  kana or kana pair by a kanji read so (奈伊鬼 ナイキ, 露麗苦洲 ロレックス), a long vowel or small tsu dropped or written,
  a name of two words apart by ・ or run together; in a Japanese listing with a Japanese copy cue (N級品, スーパーコピー,
  コピー品, レプリカ) and now and then "当て字" or "検索避け";
- trap_calculator_numbers: calculators, calculator-word puzzle books and mugs (0.7734 hELLO, 5318008), and the brand's
  category's own numbers (model and part numbers, oil grades 5W-40, sizes, years, phone numbers) at a shop's price,
  some of them the very digits of a calculator word, with no word to turn them;
- trap_ateji_words: Japanese goods written with everyday ateji (夜露死苦, 倶楽部, 亜米利加, 浪漫, 型録, 煙草, 硝子) and
  Japanese listings of the brand's categories whose kanji words read as no name, beside コピー用紙 (copy paper),
  複製原画 (a print of an artwork) or 当て字 in a design's sense, at a shop's price.

Written from the calculator-word table puzzle books print and the man'yōgana habit of writing a sound with a kanji read
so (this module's own table of kanji by kana, chosen by their common on or kun readings); the held-out set outsider27
named the classes (c_calculator_spell27, c_ateji_kanji27); none of its listings is used here.
"""

from __future__ import annotations

import re

from tests.eval.adversary.codes import _goods
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, one_of

EVASIONS = {
    "calculator_word": "the mark as calculator digits read upside down (3508 BOSE, 77345 SHELL), a word to turn it, a cue "
                       "or a low price",
    "ateji_kanji": "the brand's katakana name written in ateji kanji read by their sounds (奈伊鬼 ナイキ), a Japanese copy "
                   "cue",
}
TRAPS = {
    "trap_calculator_numbers": "calculators, calculator-word puzzles, and the brand's category's own numbers at a shop's "
                               "price with no word to turn them",
    "trap_ateji_words": "everyday ateji words and Japanese listings whose kanji read as no name (copy paper, art prints), "
                        "at a shop's price",
}

# ---------------------------------------------------------------------------------------------- calculator words

# a letter -> the digits that show it with the calculator turned over
DIGIT_OF = {"o": "0", "i": "1", "l": "71", "z": "2", "e": "3", "h": "4", "s": "5", "g": "69", "b": "8"}
SAME_TURNED = "OSXZ"  # capitals that read the same turned round (a seller keeps one now and then)
TURN_WORDS = {
    "en": ["(upside down)", "– read it upside down", "– type it on a calculator and flip it 🙃", "(calculator, turned over)",
           "🙃", "🔄", "– turn your phone 180°", "(flip the calculator)", "– calculator spelling, upside down"],
    "de": ["(auf dem Kopf lesen)", "– in den Taschenrechner tippen und umdrehen", "(Taschenrechner, umgedreht)"],
    "fr": ["(à l'envers)", "– tapez-le sur une calculatrice et retournez-la", "(lire à l'envers)"],
    "es": ["(al revés)", "– escríbelo en la calculadora y dale la vuelta", "(calculadora boca abajo)"],
    "it": ["(capovolto)", "– scrivilo sulla calcolatrice e capovolgila"],
    "nl": ["(ondersteboven)", "– typ het op een rekenmachine en draai hem om"],
    "pl": ["(do góry nogami)", "– wpisz na kalkulatorze i obróć"],  # (odwróć: the phonetic detector hears Mattel in it, 2026-12-05)
    "pt": ["(de cabeça para baixo)", "– digite na calculadora e vire"],
    "ru": ["(вверх ногами)", "– набери на калькуляторе и переверни"],
    "tr": ["(hesap makinesinde ters çevir)"],
    "zh": ["（计算器倒过来看）", "（倒过来看）", "——计算器上打出来再倒过来"],
    "ja": ["（電卓で逆さに）", "（逆さにして読んで）", "電卓をひっくり返して"],
    "ko": ["(계산기 거꾸로)", "(거꾸로 뒤집어 보세요)"],
    "id": ["(baca terbalik)", "– ketik di kalkulator lalu balikkan"],
}
TURN_CUES = {"en": ["replica", "1:1 copy", "mirror copy", "AAA quality rep", "first copy", "super copy"],
             "de": ["Replik", "1:1 Kopie", "Fake"], "fr": ["réplique", "copie 1:1"], "es": ["réplica", "copia 1:1"],
             "it": ["replica", "copia 1:1"], "nl": ["namaak", "replica"], "pl": ["podróbka", "replika"],
             "pt": ["réplica", "cópia 1:1"], "ru": ["копия", "реплика"], "tr": ["replika", "çakma"],
             "zh": ["高仿", "复刻", "A货"], "ja": ["N級品", "スーパーコピー", "コピー品"], "ko": ["레플리카", "짝퉁"],
             "id": ["kw super", "replika"]}
BRAND_WORDS = ["brand: {d}", "brand = {d}", "Marke: {d}", "marca: {d}", "品牌：{d}", "ブランド：{d}"]


def calculator_marks(b: BrandView) -> list[str]:
    """The brand's Latin marks of one word, four letters or more, that a calculator shows turned over (three digits,
    Canon's EOS as 503, are any number's)."""
    return [m.value for m in b.latin_marks if re.fullmatch(r"[A-Za-z]{4,10}", m.value)
            and set(m.value.lower()) <= set(DIGIT_OF)]


def calculator_digits(word: str, rng) -> str:
    """The digits that show `word` on a calculator turned over: its letters in reverse order, each as a digit (one of
    the two where two show it), now and then a capital that reads the same turned round kept as it is."""
    keep = rng.random() < 0.2
    out = []
    for ch in reversed(word.lower()):
        if keep and ch.upper() in SAME_TURNED and rng.random() < 0.5:
            out.append(ch.upper())
        else:
            out.append(rng.choice(DIGIT_OF[ch]) if rng.random() < 0.3 else DIGIT_OF[ch][0])
    digits = "".join(out)
    if digits.startswith("0") and rng.random() < 0.3:  # a calculator shows a leading zero only before a decimal point
        digits = "0." + digits[1:]
    return digits if sum(c.isdigit() for c in digits) >= 2 else "".join(DIGIT_OF[ch][0] for ch in reversed(word.lower()))


def make_calculator_word(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (word := one_of(s, calculator_marks(b))) is None:
        return None
    digits = calculator_digits(word, r)
    lang = r.choice(list(TURN_WORDS))
    turn = r.choice(TURN_WORDS[lang])
    cat = s.category(with_floor=True)
    product = _goods(b, s, cat)
    shown = r.choice([digits, f"'{digits}'", f'"{digits}"', f"[{digits}]"])
    if r.random() < 0.3:
        shown = r.choice(BRAND_WORDS).format(d=digits)
    title = r.choice([f"{_cap(product)} {shown} {turn}", f"{shown} {turn} {product}", f"{_cap(product)} – {shown} {turn}"])
    low = r.random() < 0.35
    if not low or r.random() < 0.5:
        title = f"{title} {r.choice(TURN_CUES[lang])}"
    desc = r.choice(["", "Can't write the name here 😉", "You know the brand.", "Calculator trick.", "DM me."])
    return Draft(title, cat, s.price(cat, low=low), desc)


CALCULATOR_GOODS = [("Casio fx-991EX scientific calculator", "calculators", 25.0),
                    ("'Calculator Words' puzzle book – 5318008 and friends, upside-down spelling", "books", 9.0),
                    ("0.7734 'hELLO' calculator joke mug", "mugs", 12.0),
                    ("Vintage LED calculator, 1978, turns on, reads 07734 upside down", "calculators", 30.0),
                    ("Sharp EL-531 calculator for school", "calculators", 15.0),
                    ("Upside-down calculator word game cards for kids (hELLO, BOSS, GOOSE)", "toys", 8.0),
                    ("Texas Instruments TI-30XS calculator, flip cover", "calculators", 18.0)]
CATEGORY_NUMBERS = ["model {n}", "part no. {n}", "item {n}", "ref. {n}", "SKU {n}", "#{n}", "art. {n}", "{n}"]
NUMBER_EXTRAS = ["5W-40", "10W-30", "2024", "2026", "245/40ZR18", "0800 123 456", "+44 20 7946 0958", "4L", "500 ml",
                 "size 42", "EAN 4006381333931"]


def make_calculator_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if r.random() < 0.35:
        product, cat, price = r.choice(CALCULATOR_GOODS)
        return Draft(product, cat, (round(price * r.uniform(0.8, 1.3), 2), "USD"),
                     r.choice(["", "Works fine.", "Great for school.", "Turn it upside down for the jokes 🙃"]))
    cats = [c for c in b.categories if c in b.floors and "prescription" not in c]
    if not cats:
        return None
    cat = r.choice(cats)
    words = calculator_marks(b)
    n = calculator_digits(r.choice(words), r) if words and r.random() < 0.5 else str(r.randint(100, 99999))
    number = r.choice(CATEGORY_NUMBERS).format(n=n)
    extra = r.choice([e for e in NUMBER_EXTRAS if "W-" not in e or "oil" in cat.lower()])  # (oil grades beside oil)
    title = r.choice([f"{_cap(_goods(b, s, cat))} {number} {extra}", f"{_cap(_goods(b, s, cat))}, {extra}, {number}"])
    return Draft(title, cat, s.price(cat), r.choice(["", "Pickup only.", "Ships today.", "Receipt included."]))


# ---------------------------------------------------------------------------------------------------- ateji

# a kana (or kana with its small kana, or with ン) -> kanji read so (common on or kun readings: 奈 na, 伊 i, 鬼 ki)
ATEJI = {
    "ア": "亜阿", "イ": "伊威衣", "ウ": "宇羽有", "エ": "江恵絵", "オ": "尾於雄", "カ": "加可賀", "キ": "喜鬼記", "ク": "久苦玖",
    "ケ": "気家", "コ": "古鼓子", "サ": "佐沙", "シ": "志詩士", "ス": "須酢巣", "セ": "世瀬", "ソ": "素曽", "タ": "多太",
    "チ": "知智千", "ツ": "津都", "テ": "手天", "ト": "登斗都", "ナ": "奈那", "ニ": "仁尼", "ヌ": "奴", "ネ": "根音",
    "ノ": "乃野", "ハ": "波葉", "ヒ": "比日", "フ": "不富布", "ヘ": "部辺", "ホ": "保歩", "マ": "麻真馬", "ミ": "美見弥",
    "ム": "武無", "メ": "女目", "モ": "茂母", "ヤ": "夜耶矢", "ユ": "由湯", "ヨ": "与夜", "ラ": "羅良裸", "リ": "理里利",
    "ル": "留流", "レ": "礼麗令", "ロ": "露呂路", "ワ": "和輪", "ガ": "賀我", "ギ": "義儀", "グ": "具愚", "ゲ": "下",
    "ゴ": "呉後", "ザ": "座", "ジ": "治時", "ズ": "図頭", "ゼ": "是", "ゾ": "蔵", "ダ": "打堕駄", "デ": "出", "ド": "土度",
    "バ": "婆馬", "ビ": "美尾", "ブ": "武部", "ベ": "辺", "ボ": "暮母", "パ": "巴", "ピ": "比", "プ": "布", "ポ": "保",
    "シャ": "社車者", "シュ": "朱主", "ショ": "所書", "チャ": "茶", "ジャ": "邪蛇", "ジョ": "女序助", "キャ": "客",
    "キュ": "久九", "キョ": "巨居", "リュ": "竜", "リョ": "旅侶", "シェ": "瀬世", "フェ": "経", "ティ": "手帝", "ディ": "出弟",
    "ヴィ": "美尾", "ヴ": "武部", "ファ": "葉", "フィ": "比",
    "ラン": "蘭", "ロン": "論", "ソン": "存損", "トン": "豚頓", "ダン": "段弾", "カン": "館漢", "サン": "山三", "マン": "万満",
    "ナン": "南難", "バン": "番万", "ハン": "半判", "ガン": "岩眼", "ケン": "剣県", "セン": "千仙", "テン": "天典",
    "デン": "電殿", "メン": "面", "レン": "連恋", "ネン": "年念", "ヘン": "辺変", "ベン": "弁便", "シン": "真新信",
    "ジン": "仁神", "リン": "輪林", "キン": "金錦", "ミン": "民眠", "ニン": "人忍", "チン": "珍陳", "ヒン": "品浜",
    "コン": "今混", "ボン": "凡盆", "ホン": "本翻", "モン": "門紋", "ドン": "鈍", "オン": "音恩", "アン": "安案",
    "イン": "院印", "ウン": "運雲", "エン": "円園", "スン": "寸", "クン": "君訓", "グン": "軍群", "フン": "分粉",
    "ブン": "文聞", "パン": "版",
}
VOWEL_ROWS = {"a": "アカサタナハマヤラワガザダバパャァ", "i": "イキシチニヒミリギジヂビピィ", "u": "ウクスツヌフムユルグズヅブプュゥヴ",
              "e": "エケセテネヘメレゲゼデベペェ", "o": "オコソトノホモヨロゴゾドボポョォ"}
JA_COPY = ["N級品", "スーパーコピー", "コピー品", "レプリカ", "S級品", "偽物", "N級 激安"]
JA_HINTS = ["（当て字）", "当て字で失礼", "検索避けのため当て字です", "", "", "わかる人だけどうぞ", "名前は伏せます"]
JA_GOODS = {"watches": "腕時計", "sneakers": "スニーカー", "handbags": "バッグ", "jewelry": "ブレスレット", "headphones": "ヘッドホン",
            "jackets": "ジャケット", "scarves": "マフラー", "perfume": "香水", "cosmetics": "コスメ", "tires": "タイヤ",
            "smartphones": "スマホ", "cameras": "カメラ", "toys": "おもちゃ", "sunglasses": "サングラス", "wallets": "財布"}


def ateji_of(name: str, rng) -> str | None:
    """The katakana `name` in ateji: each kana (with a following small kana or ン, longest first) by a kanji read so; a
    long vowel mark or small tsu dropped, or now and then written with 宇 / 津; the words of a name apart by ・ kept or
    run together. None when a kana has no kanji here."""
    out: list[str] = []
    k = 0
    body = name.replace("・", "・" if rng.random() < 0.5 else "")
    while k < len(body):
        ch = body[k]
        if ch == "・":
            out.append(ch)
            k += 1
            continue
        if ch in "ーッ":
            if rng.random() < 0.2 and out:
                # a long vowel as its own vowel's kanji (ソニー 曽尼伊), a small tsu as 津
                vowel = next((v for v, row in VOWEL_ROWS.items() if body[k - 1] in row), "")
                out.append({"a": "亜", "i": "伊", "u": "宇", "e": "江", "o": "宇"}.get(vowel, "") if ch == "ー" else "津")
            k += 1
            continue
        for size in (2, 1):
            unit = body[k:k + size]
            if len(unit) == size and unit in ATEJI:
                out.append(rng.choice(ATEJI[unit]))
                k += size
                break
        else:
            return None
    text = "".join(out)
    kanji = text.replace("・", "")
    return text if 2 <= len(kanji) <= 8 else None


def katakana_names(b: BrandView) -> list[str]:
    return [m.value for m in b.declared("local_name") if re.fullmatch(r"[ァ-ヴー・]{2,}", m.value)]


def ateji_names(b: BrandView) -> list[str]:
    """The brand's katakana names that this module's table writes in ateji (every kana has a kanji here)."""
    import random

    return [n for n in katakana_names(b) if ateji_of(n, random.Random(0)) is not None]


def make_ateji(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (name := one_of(s, ateji_names(b))) is None:
        return None
    words = name.split("・")
    if len(words) > 1 and r.random() < 0.3:  # the name as said for short: its last words (ヴィトン, ノース・フェイス)
        # (a last word alone of a name of three words or more is an everyday word: フェイス "face"; a short one is any
        # word's: コース "course")
        tails = ["・".join(words[k:]) for k in range(1, len(words)) if (len(words) - k >= 2 or len(words) == 2)
                 and len(re.sub("[ーァィゥェォャュョッ]", "", "".join(words[k:]))) >= 3]
        name = r.choice(tails) if tails else name
    if (text := ateji_of(name, r)) is None:
        return None
    cat = s.category(with_floor=True)
    goods = JA_GOODS.get(cat) or _goods(b, s, cat)
    hint = r.choice(JA_HINTS)
    # a hint run into the name only where it opens with a bracket or kanji (奈伊鬼（当て字）, 奈伊鬼検索避けのため): kana
    # right after kanji are read as the word's own ending
    glued = hint if hint[:1] in "（当検" else f" {hint}"
    cue = r.choice(JA_COPY)
    # the name apart from the listing's other kanji (a space, brackets, kana); now and then run into a hint or the
    # cue's own kanji (奈伊鬼検索避けのため, 露麗苦洲激安)
    title = r.choice([f"{text} {goods} {cue}", f"【{text}】{goods} {hint} {cue}", f"{goods} ブランドは{text}です {cue}",
                      f"{text}{glued} {goods} {cue}", f"{text} {hint} {goods} {cue}", f"{goods} {text} {cue} {hint}",
                      f"{text}激安 {goods} {cue}"]).strip()
    low = r.random() < 0.4
    return Draft(title, cat, s.price(cat, low=low, currency="JPY"), r.choice(["", "ノークレームノーリターンで。",
                                                                             "即購入OK。", hint]))


EVERYDAY_ATEJI = ["夜露死苦 刺繍Tシャツ", "倶楽部 木製看板 レトロ", "亜米利加 古地図 複製", "浪漫 書道作品 額装", "型録 昭和レトロ 雑誌",
                  "仏蘭西 切手セット", "麦酒 ジョッキ 当て字ロゴ", "煙草入れ 革 和柄", "硝子 花瓶 昭和", "天麩羅 食品サンプル",
                  "寿司 湯呑み 漢字", "仏蘭西 料理本", "独逸 古本", "伊太利亜 旅行記", "英吉利 紅茶缶 空き缶"]
HONEST_JA = ["コピー用紙 A4 500枚 {k}", "複製原画 額装 {k}", "{k} 当て字デザイン 手ぬぐい", "{k} 日本製 新品 正規品",
             "{k} 中古 美品 箱付き", "コピー機 トナー {k}"]
KANJI_WORDS = ["日本製", "限定品", "新品未使用", "正規品", "美品", "送料無料", "国内発送", "保証書付", "純正品", "専用箱付"]


def make_ateji_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if r.random() < 0.5:
        return Draft(r.choice(EVERYDAY_ATEJI), "collectibles", (round(r.uniform(800, 4000)), "JPY"),
                     r.choice(["当て字デザイン。", "", "昭和レトロ。"]))
    cats = [c for c in b.categories if c in b.floors and "prescription" not in c]
    if not cats:
        return None
    cat = r.choice(cats)
    goods = JA_GOODS.get(cat) or _goods(b, s, cat)
    title = f"{goods} " + r.choice(HONEST_JA).format(k=r.choice(KANJI_WORDS))
    return Draft(title, cat, s.price(cat, currency="JPY"), r.choice(["", "即購入OK。", "丁寧に梱包します。"]))


EVASION_MAKERS = {"calculator_word": make_calculator_word, "ateji_kanji": make_ateji}
TRAP_MAKERS = {"trap_calculator_numbers": make_calculator_trap, "trap_ateji_words": make_ateji_trap}
