"""The adversary's shorthand classes (shorthand, 2026-12-01): a brand named by a market's own shorthand of its name,
not by a disguise of its mark, and the same short keys in innocent listings.

Written from first principles of how three markets abbreviate (nothing here is taken from a held-out set):
- Chinese resellers name a house by one syllable or letter and 家: the first character of the brand's Chinese alias
  (劳力士 -> 劳家) or the initial of its Latin name (Gucci -> G家);
- Korean chat writes a word by its syllables' initial consonants (초성): 롤렉스 -> ㄹㄹㅅ;
- Japanese clips a loanword to its first morae (ロレックス -> ロレ) and names a two-word house by its known word
  (ルイ・ヴィトン -> ヴィトン), in full-width or half-width katakana.
The keys are computed here on their own (Hangul decomposition, kana morae), from the registry's `aliases` and
`local_names`, for every demo brand that has them. A key that is already a common word of its language (李家 "the Li
family", 三家 "three shops", カナダ "Canada", ナイ) names that, not the brand, for the market's own readers too: it is no
evasion but a trap (the everyday word in the brand's category with a cue), so the evasions use the other keys and the
traps measure what reading those words as the brand would cost (wordfreq's Chinese and Japanese lists, Zipf 3).

Evasions: the key alone with what a copy says (the brand's category with a cue of that market, or a price far below
the floor). Traps: the same keys with nothing that says copy in the brand's category at a shop's price, and the
everyday words they collide with (大家, 北欧家具, 상태 ㄱㅊ, a longer katakana word that begins with the key).
"""

from __future__ import annotations

import unicodedata
from functools import cache

from tests.eval.adversary import context
from tests.eval.adversary.context import FAR_CATEGORIES
from tests.eval.adversary.generate import BrandView, Draft, Scene, load_brands

EVASIONS = {
    "sh_house_code": "the Chinese trade's house code: the first character of the brand's Chinese alias or the "
                     "initial of its name + 家 (劳家, G家), with a Chinese cue or a price far below the floor",
    "sh_initial_consonants": "the initial consonants (초성) of the brand's Hangul name (ㄹㄹㅅ, ㅍㄷㄹ) with a Korean "
                             "replica word (레플, 미러급, 짭)",
    "sh_kana_abbreviation": "the brand's katakana name clipped to its first morae or its known word (ロレ, スワロ, "
                            "ヴィトン), full- or half-width, with a Japanese cue (N級品, スーパーコピー) or a far-low price",
}
TRAPS = {
    "trap_sh_house_code_word": "a house code that is a common Chinese word (李家 'the Li family', 三家 'three shops', "
                               "万家) in goods far from the brand's, with a word that also means reissue (复刻)",
    "trap_sh_kana_word": "a clipping that is a common Japanese word (カナダ, ナイ, サム, ダイ) on goods far from the brand's",
    "trap_sh_house_code": "a house code in the brand's category with nothing that says copy, at a shop's price; 家 "
                          "in everyday words (大家, 国家, 北欧家具, 家电) beside a cue",
    "trap_sh_initial_consonants": "the same consonants as chat (상태 ㄱㅊ, ㅋㅋ) in the brand's category at a shop's "
                                  "price, no replica word",
    "trap_sh_kana_abbreviation": "the clipping inside a longer katakana word, and the clipping with nothing that says "
                                 "copy at a shop's price",
}

_KO_CUES = ["레플", "미러급", "짭", "SA급", "레플리카", "정품급", "짝퉁"]  # not S급: a used item's grade too
_KO_FILLERS = ["새상품", "풀박스", "빠른배송", "블랙", "정사이즈", "남녀공용", "당일발송", "한정"]
_JA_CUES = ["N級品", "S級品", "スーパーコピー", "コピー品", "レプリカ", "偽物"]
_JA_FILLERS = ["新品", "即納", "送料無料", "ブラック", "人気", "大容量", "限定", "男女兼用"]
_ZH_CUES = ["复刻", "顶级复刻", "原单", "高仿", "一比一", "A货", "精仿"]
_HALF = {}  # full-width katakana -> half-width (the inverse of NFKC on the half-width block)
for _cp in range(0xFF66, 0xFF9E):
    _HALF[unicodedata.normalize("NFKC", chr(_cp))] = chr(_cp)
_VOICED = {unicodedata.normalize("NFC", k + "\u3099"): v + "\uff9e" for k, v in list(_HALF.items())}
_VOICED.update({unicodedata.normalize("NFC", k + "\u309a"): v + "\uff9f" for k, v in list(_HALF.items())})
_VOICED = {k: v for k, v in _VOICED.items() if len(k) == 1}
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_SMALL = set("ァィゥェォャュョヮー")


COMMON_ZIPF = 3.0
WORD_ZIPF = 3.5


@cache
def _common_words(language: str, zipf: float = COMMON_ZIPF) -> frozenset[str]:
    """wordfreq's words of `language` ("zh", "ja") of at most six characters at `zipf` or more."""
    import wordfreq

    buckets = wordfreq.read_cBpack(wordfreq.available_languages("large")[language])
    return frozenset(w for bucket in buckets[:round((9 - zipf) * 100) + 1] for w in bucket if len(w) <= 6)


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _local(b: BrandView, script: str) -> list[str]:
    names = [m.value for m in b.declared("local_name")]
    if script == "hangul":
        return [n for n in names if any("\uac00" <= c <= "\ud7a3" for c in n)]
    return [n for n in names if all("\u30a0" <= c <= "\u30ff" or c == " " for c in n)]


def house_codes(b: BrandView, *, common: bool = False) -> list[str]:
    """The brand's house codes that are no common Chinese word (`common`: those that are)."""
    return [c for c in _house_codes(b) if (c in _common_words("zh")) == common]


def _house_codes(b: BrandView) -> list[str]:
    codes = [a.value[0] + "家" for a in b.aliases if _han(a.value[0])]
    words = [w for w in b.name.replace("'", "").split() if w.isalpha()]
    if words and words[0].lower() == "the":
        words = words[1:]
    if words:
        codes.append(words[0][0].upper() + "家")
    return list(dict.fromkeys(codes))


def chosung(name: str) -> str:
    return "".join(_INITIALS[(ord(c) - 0xAC00) // 588] for c in name if "\uac00" <= c <= "\ud7a3")


def kana_keys(name: str, *, common: bool = False) -> list[str]:
    """The name's clippings and known words that are no common Japanese word (`common`: those that are). A word of a
    name of several words is common only at WORD_ZIPF (ヴィトン, Zipf 3.28, is the house itself; ノース, 3.83, "north")."""
    words = set(name.replace("・", " ").split())
    return [k for k in _kana_keys(name)
            if (k in (_common_words("ja", WORD_ZIPF) if k in words else _common_words("ja"))) == common]


def _kana_keys(name: str) -> list[str]:
    words = [w for w in name.replace("・", " ").split() if w]
    joined = "".join(words)
    units: list[str] = []
    for ch in joined:
        if units and ch in _SMALL:
            units[-1] += ch
        else:
            units.append(ch)
    keys = ["".join(units[:n]) for n in (2, 3) if n < len(units) and units[n - 1] != "ッ"]
    if len(words) > 1:
        keys += [w for w in words if len(w) >= 4]
    return keys


def half_width(text: str) -> str:
    return "".join(_VOICED.get(c) or _HALF.get(c, c) for c in text)


def _price(b: BrandView, s: Scene, cat: str, low: bool, currency: str) -> tuple[float, str]:
    return s.price(cat, low=low, currency=currency)


def _strong(b: BrandView, s: Scene) -> tuple[str, bool]:
    low = s.rng.random() < 0.35 and any(c in b.floors for c in b.categories)
    return s.category(with_floor=low), low


@cache
def _code_sellers() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """{house code: ((brand id, its categories) of every brand of the registry the code names)}."""
    owners: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for brand in load_brands():
        for code in _house_codes(brand):
            owners.setdefault(code, []).append((brand.id, frozenset(brand.categories)))
    return {code: tuple(found) for code, found in owners.items()}


def make_house_code(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat, low = _strong(b, s)
    # a code that another brand selling these goods also gives names both: "S家 无线蓝牙耳机" among earbuds is Samsung's
    # or Sony's, "A家 激活码" Adobe's or Autodesk's, and nothing in the listing tells which (a counterfeiter who wants
    # to be found writes the other code, 三星's 三 aside). Labelled one brand, such a listing was a false label (floors,
    # 2026-12-03: 20 of 540 on seed 9); the brand's codes that only it gives among `cat`'s sellers are drawn
    codes = [c for c in house_codes(b) if not any(
        other != b.id and cat in sells for other, sells in _code_sellers().get(c, ()))]
    if not codes:
        return None
    code = r.choice(codes)
    cue = None if low else r.choice(_ZH_CUES)
    parts = [code, s.product_zh(cat), s.filler(zh=True)]
    if cue:
        parts.insert(r.choice([1, len(parts)]), cue)
    return Draft(" ".join(p for p in parts if p), cat, _price(b, s, cat, low, "CNY"), r.choice(context.DESCRIPTIONS_ZH))


def make_initial_consonants(b: BrandView, s: Scene) -> Draft | None:
    keys = [k for k in map(chosung, _local(b, "hangul")) if len(k) >= 2 and len(set(k)) > 1]
    if not keys:
        return None
    r = s.rng
    cat = s.category()
    parts = [r.choice(keys), r.choice(_KO_FILLERS), r.choice(_KO_FILLERS)]
    parts.insert(r.choice([1, 2, 3]), r.choice(_KO_CUES))
    return Draft(" ".join(parts), cat, _price(b, s, cat, r.random() < 0.3, "USD"),
                 r.choice(["", "직거래 가능", "택배 거래"]))


def make_kana_abbreviation(b: BrandView, s: Scene) -> Draft | None:
    keys = [k for n in _local(b, "katakana") for k in kana_keys(n)]
    if not keys:
        return None
    r = s.rng
    key = r.choice(keys)
    if r.random() < 0.4:
        key = half_width(key)
    cat, low = _strong(b, s)
    parts = [key, r.choice(_JA_FILLERS), r.choice(_JA_FILLERS)]
    if not low:
        parts.insert(r.choice([1, 3]), r.choice(_JA_CUES))
    return Draft(" ".join(parts), cat, _price(b, s, cat, low, "USD"),
                 r.choice(["", "即日発送", "プロフ必読"]))


def make_trap_house_code(b: BrandView, s: Scene) -> Draft | None:
    codes = house_codes(b)
    if not codes:
        return None
    r = s.rng
    if r.random() < 0.5:
        cat = s.category()
        title = f"{r.choice(codes)} {s.product_zh(cat)} {r.choice(['专柜正品', '全新', '带发票', '国行', '九成新'])}"
        return Draft(title, cat, s.price(cat, currency="CNY"), r.choice(context.DESCRIPTIONS_ZH))
    title = r.choice(["大家都说好 北欧家具 复刻 实木 餐椅", "国家地理 复刻版 杂志 合集", "家电 清洗 服务 上门",
                      "小家电 收纳架 复古 复刻款", "万家灯火 复刻 年画 装饰画", "专家推荐 复刻 老式 搪瓷杯"])
    cat = r.choice([c for c in FAR_CATEGORIES if c])
    return Draft(title, cat, (round(r.uniform(20, 300), 2), "CNY"), r.choice(context.DESCRIPTIONS_ZH))


def make_trap_house_code_word(b: BrandView, s: Scene) -> Draft | None:
    words = house_codes(b, common=True)
    if not words:
        return None
    r = s.rng
    cat = s.category()
    title = r.choice([f"{r.choice(words)}{r.choice(['老店', '小店', '农家乐', '村 特产'])} {s.product_zh(cat)} 复古 复刻款",
                      f"{r.choice(words)} 店铺 通用 {s.product_zh(cat)} 精仿 包装盒"])
    return Draft(title, r.choice([c for c in FAR_CATEGORIES if c]), (round(r.uniform(15, 120), 2), "CNY"),
                 r.choice(context.DESCRIPTIONS_ZH))


def make_trap_kana_word(b: BrandView, s: Scene) -> Draft | None:
    words = [k for n in _local(b, "katakana") for k in kana_keys(n, common=True)]
    if not words:
        return None
    r = s.rng
    title = f"{r.choice(words)} {r.choice(['旅行 ガイド', 'ポスター', 'マグカップ', 'ステッカー'])} {r.choice(_JA_FILLERS)}"
    return Draft(title, r.choice([c for c in FAR_CATEGORIES if c]), (round(r.uniform(5, 40), 2), "USD"), "")


def make_trap_initial_consonants(b: BrandView, s: Scene) -> Draft | None:
    keys = [k for k in map(chosung, _local(b, "hangul")) if len(k) >= 2 and len(set(k)) > 1]
    if not keys:
        return None
    r = s.rng
    cat = s.category()
    title = r.choice([f"상태 {r.choice(keys)} 합니다 ㅋㅋ", f"{r.choice(keys)} {r.choice(_KO_FILLERS)} ㅎㅎ 직거래",
                      f"{r.choice(_KO_FILLERS)} {r.choice(keys)} 문의 주세요"])
    return Draft(title, cat, s.price(cat), r.choice(["", "직거래 가능"]))


def make_trap_kana_abbreviation(b: BrandView, s: Scene) -> Draft | None:
    keys = [k for n in _local(b, "katakana") for k in kana_keys(n)]
    if not keys:
        return None
    r = s.rng
    key = r.choice(keys)
    cat = s.category()
    if r.random() < 0.5:
        longer = key + r.choice(["ンツォ", "ティーナ", "マンス", "ボール", "リング"])
        title = f"{longer} {r.choice(_JA_FILLERS)} {r.choice(_JA_FILLERS)}"
        return Draft(title, r.choice([c for c in FAR_CATEGORIES if c]), (round(r.uniform(5, 40), 2), "USD"), "")
    return Draft(f"{key} {r.choice(_JA_FILLERS)} 正規品 {r.choice(_JA_FILLERS)}", cat, s.price(cat), "")


EVASION_MAKERS = {"sh_house_code": make_house_code, "sh_initial_consonants": make_initial_consonants,
                  "sh_kana_abbreviation": make_kana_abbreviation}
TRAP_MAKERS = {"trap_sh_house_code_word": make_trap_house_code_word, "trap_sh_kana_word": make_trap_kana_word,
               "trap_sh_house_code": make_trap_house_code, "trap_sh_initial_consonants": make_trap_initial_consonants,
               "trap_sh_kana_abbreviation": make_trap_kana_abbreviation}
