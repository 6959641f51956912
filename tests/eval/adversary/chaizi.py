"""The adversary's 拆字 classes (hanzi, 2026-12-02): a Chinese alias with one or two of its characters written as their
components side by side (古马也 for 古驰, 而寸克 for 耐克, 马户牌 for 驴牌), and real Chinese text whose neighbouring
characters happen to be such components.

Written from first principles with this file's own table (SPLITS, written by hand from the characters' shapes as a
writer of Chinese sees them, left and right or top and bottom; not from the matcher's decomposition data): a seller who
wants a filter to miss the brand's Chinese name writes a character as the pieces it is drawn from, which every reader
puts back together. The held-out set outsider12 named the class (c_zh_chaizi); none of its titles is used here.

- chaizi_alias: such a spelling of a registered alias (Simplified, or the Traditional form when the alias's characters
  have one in SPLITS), in a Chinese title among the brand's goods, half of them with a copy cue or a price far below
  the floor;
- trap_chaizi_phrase: two real Chinese words (wordfreq's Chinese list, the 30,000 most frequent) side by side whose
  joint holds such a spelling (三日 + 生效 = 三日生效 holds 三日生, 三星 with 星 as 日生), in the brand's category at a
  shop's price, no cue; and the components alone inside ordinary words (木木 in 麻木木讷).

A character can also be written as the CJK radical letter drawn like it (names, 2026-12-02): the Kangxi Radicals block
(⼒ U+2F12 for 力) and the CJK Radicals Supplement (⻢ U+2EE2 for 马), code points of their own that a filter on the
ideograph misses and every reader reads as the character. RADICAL_LETTERS is this file's own table, written from the
Unicode code charts' names (KANGXI RADICAL POWER, CJK RADICAL C-SIMPLIFIED HORSE; checked by test_adversary.py with NFKC
and OpenCC, not with the matcher's data). outsider13 named the class (c_kangxi_radical_alias); none of its titles is here.

- radical_alias: a registered alias with one or every such character written as its radical letter, among the brand's
  goods, half with a cue or a low price;
- trap_radical_text: the same letters where nobody disguises anything: a shop's fair-priced listing of the brand copied
  out of a PDF, where every character that has a radical letter came out as it (⽇本进⼝, the alias too), no cue; and
  calligraphy and dictionary charts of the 214 Kangxi radicals in order, or of the simplified side forms.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from itertools import combinations, product

import wordfreq

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _corroborated

EVASIONS = {
    "chaizi_alias": "the Chinese alias with one or two characters written as their components side by side (古马也 for "
                    "古驰, 而寸克 for 耐克, 阝可辶由 for 阿迪), among the brand's goods, half with a cue or a low price",
}
TRAPS = {
    "trap_chaizi_phrase": "real Chinese words side by side whose joint holds an alias's characters as components (三日生效: "
                          "三日 + 生效 holds 三日生, 三星 with 星 as 日生), in the brand's category at a shop's price, no cue",
}

# character -> how it is written as components side by side (left-right or top-bottom, the pieces a reader sees)
SPLITS = {
    "加": ["力口"], "鹅": ["我鸟"], "耐": ["而寸"], "阿": ["阝可"], "迪": ["辶由"], "达": ["辶大"], "斯": ["其斤"],
    "彪": ["虎彡"], "李": ["木子"], "维": ["纟隹"], "路": ["足各"], "登": ["癶豆"], "驴": ["马户"], "牌": ["片卑"],
    "古": ["十口"], "驰": ["马也"], "奇": ["大可"], "博": ["十尃"], "柏": ["木白"], "利": ["禾刂"], "莉": ["艹利"],
    "迈": ["辶万"], "仕": ["亻士"], "蔻": ["艹寇"], "尼": ["尸匕"], "佳": ["亻圭", "人圭"], "本": ["木一"],
    "林": ["木木"], "壳": ["士冖几"], "玛": ["王马"], "芙": ["艹夫"], "架": ["加木"], "他": ["亻也"], "依": ["亻衣"],
    "诺": ["讠若"], "优": ["亻尤"], "雀": ["小隹"], "咖": ["口加"], "啡": ["口非"], "恩": ["因心"], "雪": ["雨彐"],
    "碧": ["王白石"], "芬": ["艹分"], "费": ["弗贝"], "列": ["歹刂"], "罗": ["罒夕"], "多": ["夕夕"], "健": ["亻建"],
    "莱": ["艹来"], "莲": ["艹连"], "科": ["禾斗"], "颜": ["彦页"], "诗": ["讠寺"], "黛": ["代黑"], "倩": ["亻青"],
    "资": ["次贝"], "安": ["宀女"], "沙": ["氵少"], "红": ["纟工"], "腰": ["月要"], "吉": ["士口"], "孩": ["子亥"],
    "形": ["开彡"], "刚": ["冈刂"], "培": ["土咅"], "芭": ["艹巴"], "比": ["匕匕"], "代": ["亻弋"], "拓": ["扌石"],
    "歌": ["哥欠"], "公": ["八厶"], "软": ["车欠"], "任": ["亻壬"], "特": ["牛寺"], "辉": ["光军"], "瑞": ["王耑"],
    "伟": ["亻韦"], "哥": ["可可"], "妥": ["爫女"], "强": ["弓虽"], "露": ["雨路"], "清": ["氵青"], "辅": ["车甫"],
    "理": ["王里"], "菁": ["艹青"], "智": ["知日"], "森": ["木木木", "木林"], "浦": ["氵甫"], "松": ["木公"],
    "脸": ["月佥"], "拉": ["扌立"], "胜": ["月生"], "士": ["十一"], "华": ["化十"], "洛": ["氵各"], "地": ["土也"],
    "潘": ["氵番"], "珠": ["王朱"], "宝": ["宀玉"], "欧": ["区欠"], "茄": ["艹加"], "苹": ["艹平"], "星": ["日生"],
    "雅": ["牙隹"], "明": ["日月"], "好": ["女子"], "邦": ["丰阝"], "聲": ["殸耳"],
    "威": ["戌女"], "村": ["木寸"], "粉": ["米分"], "神": ["礻申"], "佩": ["亻凤"],
}
TRADITIONAL_SPLITS = {"驰": ["馬也"], "驴": ["馬盧"], "玛": ["王馬"], "维": ["糹隹"], "宝": ["宀王缶貝"], "欧": ["區欠"],
                      "诗": ["言寺"], "诺": ["言若"], "费": ["弗貝"], "辉": ["光軍"], "伟": ["亻韋"], "软": ["車欠"],
                      "脸": ["月僉"], "辅": ["車甫"], "达": ["辶幸"]}
MAX_SPLIT = 2


def spellings(alias: str) -> list[str]:
    """The alias with one or MAX_SPLIT characters written as components, every way SPLITS gives, in Simplified and (by
    TRADITIONAL_SPLITS, the other characters in their Traditional form) in Traditional."""
    from tests.eval.adversary import chinese

    out: list[str] = []
    for table, base in ((SPLITS, alias), (TRADITIONAL_SPLITS, chinese.traditional(alias))):
        at = [k for k, ch in enumerate(alias) if ch in table]
        for count in range(1, MAX_SPLIT + 1):
            for chosen in combinations(at, count):
                for parts in product(*(table[alias[k]] for k in chosen)):
                    written = list(base)
                    for k, part in zip(chosen, parts):
                        written[k] = part
                    out.append("".join(written))
    return list(dict.fromkeys(out))


def _aliases(b: BrandView):
    return [m for m in b.aliases if len(m.value) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in m.value)]


def make_chaizi_alias(b: BrandView, s: Scene) -> Draft | None:
    found = [(m, w) for m in _aliases(b) for w in spellings(m.value)]
    if not found:
        return None
    m, written = s.rng.choice(found)
    return _corroborated(b, s, written, strong=m.everyday or s.rng.random() < 0.5, zh=True)


@cache
def _words() -> tuple[str, ...]:
    return tuple(w for w in wordfreq.top_n_list("zh", 30_000) if len(w) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in w))


@cache
def _word_places() -> tuple[dict[str, list[int]], dict[str, list[int]], dict[str, list[int]], frozenset[str]]:
    """Where each word of _words() is, by the word, by each of its ends and by each of its beginnings (ascending
    places), and the words as a set: _joints asks them instead of scanning the 30,000 words for every cut."""
    whole: dict[str, list[int]] = defaultdict(list)
    ends: dict[str, list[int]] = defaultdict(list)
    starts: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(_words()):
        whole[w].append(i)
        for j in range(len(w)):
            ends[w[j:]].append(i)
            starts[w[:j + 1]].append(i)
    return whole, ends, starts, frozenset(_words())


@cache
def _joints(spelling: str) -> tuple[str, ...]:
    """Two real words side by side whose joint holds `spelling` across the gap between them (三日 + 生效 for 三日生)."""
    words = _words()
    whole, ends, starts, known = _word_places()
    out = []
    for k in range(1, len(spelling)):
        head, tail = spelling[:k], spelling[k:]
        # the words in their order that end with head, or that head ends with (two characters or more)
        at = set(ends.get(head, ())).union(*(whole.get(head[-n:], ()) for n in range(2, len(head) + 1)))
        lefts = [words[i] for i in sorted(at)]
        rights = [words[i] for i in starts.get(tail, ())]
        out += [a + b for a in lefts[:20] for b in rights[:20] if a + b not in known and _straddles(a, b, spelling)]
    return tuple(dict.fromkeys(out))


def _straddles(a: str, b: str, spelling: str) -> bool:
    """Whether a word of a + b reaches past an edge of the spelling in it (三日 + 生效 past 三日生; not 劳力 + 十一, which
    is 劳力十一 itself, word for word)."""
    at = (a + b).find(spelling)
    return at >= 0 and (0 < at < len(a) or len(a) < at + len(spelling) < len(a + b))


@cache
def _inside(pieces: str) -> tuple[str, ...]:
    """Real words that hold a split character's components as neighbours (十一 in 十一月, 日月 in 日月潭)."""
    return tuple(w for w in _words() if pieces in w)[:10]


def make_trap_chaizi_phrase(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    joints = [p for m in _aliases(b) for w in spellings(m.value) for p in _joints(w)]
    inside = [w for m in _aliases(b) for ch in m.value for p in SPLITS.get(ch, ()) for w in _inside(p)]
    phrases = inside if inside and (not joints or r.random() < 0.3) else joints
    if not phrases:
        return None
    cat = s.category()
    title = f"{r.choice(phrases)} {s.product_zh(cat)} {s.filler(zh=True)}"
    return Draft(title, cat, s.price(cat, currency="CNY"), r.choice(context.DESCRIPTIONS_ZH))


# character -> the radical letter drawn like it (Kangxi Radicals U+2F00-U+2FD5; CJK Radicals Supplement U+2E80-U+2EF3)
RADICAL_LETTERS = {
    "一": "⼀", "二": "⼆", "人": "⼈", "入": "⼊", "八": "⼋", "力": "⼒", "十": "⼗", "口": "⼝", "士": "⼠", "大": "⼤",
    "子": "⼦", "小": "⼩", "山": "⼭", "工": "⼯", "心": "⼼", "手": "⼿", "文": "⽂", "方": "⽅", "日": "⽇", "月": "⽉",
    "木": "⽊", "比": "⽐", "氏": "⽒", "水": "⽔", "火": "⽕", "生": "⽣", "田": "⽥", "白": "⽩", "目": "⽬", "石": "⽯",
    "立": "⽴", "米": "⽶", "而": "⽽", "耳": "⽿", "自": "⾃", "色": "⾊", "走": "⾛", "足": "⾜", "身": "⾝", "里": "⾥",
    "金": "⾦", "雨": "⾬", "非": "⾮", "面": "⾯", "音": "⾳", "食": "⾷", "香": "⾹", "高": "⾼", "馬": "⾺", "飛": "⾶",
    "麻": "⿇", "黑": "⿊", "母": "⺟",
    "马": "⻢", "飞": "⻜", "长": "⻓", "见": "⻅", "贝": "⻉", "车": "⻋", "门": "⻔", "风": "⻛", "页": "⻚", "鱼": "⻥",
    "龙": "⻰", "麦": "⻨", "黄": "⻩", "齐": "⻬",
}
KANGXI_CHART = "".join(chr(c) for c in range(0x2F00, 0x2FD6))  # the 214 radicals in dictionary order
SIDE_FORMS = "⺅⺉⺌⺍⺘⺡⺣⺨⺮⺶⻊⻌⻏⻖⻈⻉⻋⻐⻓⻔⻚⻛⻜⻢⻥"  # the side and simplified forms a primer teaches


def radical_spellings(alias: str) -> list[str]:
    """The alias with each one of its characters that has a radical letter so written, and with all of them."""
    at = [k for k, ch in enumerate(alias) if ch in RADICAL_LETTERS]
    out = ["".join(RADICAL_LETTERS[ch] if k == i else ch for k, ch in enumerate(alias)) for i in at]
    if len(at) > 1:
        out.append("".join(RADICAL_LETTERS.get(ch, ch) for ch in alias))
    return out


def make_radical_alias(b: BrandView, s: Scene) -> Draft | None:
    found = [(m, w) for m in _aliases(b) for w in radical_spellings(m.value)]
    if not found:
        return None
    m, written = s.rng.choice(found)
    return _corroborated(b, s, written, strong=m.everyday or s.rng.random() < 0.5, zh=True)


SHOP_WORDS = ["日本进口 官方正品", "品牌授权 正品行货 全国联保", "官方旗舰店 原厂正品", "专柜正品 可验货 发票齐全",
              "正品保障 假一赔十 门店自提"]
CHART_WORDS = ["康熙字典 214部首 挂图 书法练字", "汉字部首表 儿童识字卡片", "偏旁部首 字帖 小学生 描红",
               "书法 部首 笔画 教学挂图 A2"]


def make_trap_radical_text(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if r.random() < 0.3:  # a chart of the radicals: cheap, in books, nobody's goods
        letters = KANGXI_CHART if r.random() < 0.5 else SIDE_FORMS
        return Draft(f"{r.choice(CHART_WORDS)} {' '.join(letters) if r.random() < 0.5 else letters}", "books",
                     (round(r.uniform(8, 45), 2), "CNY"), r.choice(context.DESCRIPTIONS_ZH))
    aliases = [m for m in _aliases(b) if radical_spellings(m.value) and not m.everyday]
    if not aliases:
        return None
    cat = s.category(with_floor=True)
    text = f"{r.choice(aliases).value} {s.product_zh(cat)} {r.choice(SHOP_WORDS)}"
    pdf = "".join(RADICAL_LETTERS.get(ch, ch) for ch in text)  # every such character, as a PDF's text layer gives it
    return Draft(pdf, cat, s.price(cat, currency="CNY"), "".join(RADICAL_LETTERS.get(ch, ch) for ch in "官方授权，正品保障，支持验货。"))


EVASIONS["radical_alias"] = ("the Chinese alias with a character written as the CJK radical letter drawn like it (宝⻢, "
                             "劳⼒⼠, ⻜利浦: Kangxi Radicals and CJK Radicals Supplement), among the brand's goods, half "
                             "with a cue or a low price")
TRAPS["trap_radical_text"] = ("a shop's fair-priced listing copied out of a PDF, every character with a radical letter so "
                              "written (the alias too), no cue; charts of the 214 Kangxi radicals and the side forms")
EVASION_MAKERS = {"chaizi_alias": make_chaizi_alias, "radical_alias": make_radical_alias}
TRAP_MAKERS = {"trap_chaizi_phrase": make_trap_chaizi_phrase, "trap_radical_text": make_trap_radical_text}
