"""Names written with look-alike characters inside CJK scripts (issue 9, lookalike, 2026-12-03).

A filter that knows the brand's name as Japanese writes it (ロレックス) is passed by drawing each kana with a character
of another script that has its shape: Japanese gal letters (ギャル文字, ヘタ文字), the mobile-phone writing of the 2000s
that draws kana with kanji, radicals, symbols and Greek or Cyrillic letters and writes the voiced marks apart.

Writer (this file's own table, from the conventions of the gal-letter guides, not from the matcher): `DRAWN` gives,
for each katakana letter, the characters it is drawn with: a kanji or radical of the same shape (口 ロ, 工 エ, 力 カ,
夕 タ, 卜 ト, 二 ニ, 八 ハ, 亻 イ, 勹 ク, 千 干 チ, 才 オ, 亍 テ, 世 セ, 彡 ミ, 厶 ム, 乂 メ, 匕 ヒ, 刂 リ, 儿 ル, 又 ヌ, 礻 ネ,
宀 ウ, 朩 ホ, 彐 ヨ, 了 ア, 廾 サ), a symbol (├ ト, 〒 テ, ⊃ コ, ∧ ヘ, ‡ ≠ キ, × メ, ∃ ヨ) or two characters (ﾉﾚ ル, ﾉ\\
ハ, ヽﾉ ソ, 〃ﾉ ツ); the long-vowel mark drawn as 一, - or ～; a voiced mark written apart as ゛, ﾞ, ", 〃 or ”, a
semi-voiced one as ゜, ﾟ or °; the kana left plain written full- or half-width. A name is drawn with at least one
look-alike, often most of its kana.

Classes:
- `gal_letters_name`: the brand's katakana name so drawn, in the brand's category in the market's words, with the
  market's copy word, at a copy's price (35-85 % of the floor), or new at a price far below the floor.
- `kana_in_alias`: the brand's Chinese alias with one or two of its characters, or components of them, written as the
  katakana drawn like them (`HAN_AS_KANA`: 劳カ士 for 劳力士, 可ロ可乐, カロ拿大鹅 for 加拿大鹅 with 加 = 力口, 士ロ列 for 吉列,
  潘タタ拉 for 潘多拉, 迈克高イ士 for 迈克高仕): the 火星文 of Chinese chat, which writes ideographs with kana of their
  shape; components from the adversary's own split table (chaizi.SPLITS); among the brand's goods, half with a cue or
  a price far below the floor.
- `trap_kana_beside_han`: katakana letters that stand beside kanji in ordinary Japanese (the musical keys ハ長調, ト短調,
  ロ短調; ト音記号; ヶ月, ヵ所) and Chinese chat's の for 的, in a shop's listing of the brand's goods at a shop's price.
- `hangul_lookalike_name`: the brand's Hangul name written as its letters apart (compatibility jamo, 롤렉스 as
  ㄹㅗㄹㄹㅔㄱㅅㅡ) with some drawn as characters of their shape (`JAMO_DRAWN`: 己 ㄹ, 口 ㅁ, 人 ㅅ, 卜 ㅏ, 丄 ㅗ, 丅 ㅜ, 一 ㅡ,
  丨 ㅣ, 〇 ㅇ, 匚 ㄷ, 乚 ㄴ), or with syllables swapped for ones drawn alike (야민정음, `YAMIN`: 비 네, 띠 며, 피 끠, 대 머,
  귀 커, 광 팡: 루이네통, 까르며에, 끨립스), in its category with the market's copy word or a price far below the floor.
- `trap_hangul_lookalike_words`: the Korean internet's own 야민정음 words (댕댕이, 커엽다, 띵작, 머박) and ordinary Korean
  words written apart with the same look-alikes, in a shop's listing of the brand's goods at a shop's price.
- `trap_gal_letters_words`: ordinary katakana words of the goods and of shop talk (wordfreq's Japanese list: カバー,
  クッキー, タオル) drawn the same way, and real Japanese expressions whose kanji are also look-alikes beside katakana
  (口コミ, 工場直送, 一ヶ月保証, 三ツ星, 十字キー), in a shop's listing of the brand's goods at a shop's price: must stay
  quiet.
"""

from __future__ import annotations

import random
import re
import unicodedata
from functools import cache

from tests.eval.adversary import scripts
from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.orthography import _price
from tests.eval.adversary.respellings import JAPAN, _category, _everyday_name

EVASIONS = {
    "hangul_lookalike_name": "the brand's Hangul name as its letters apart with look-alikes among them (己ㅗ己己ㅔㄱ人一) or "
                             "with syllables swapped for ones drawn alike (야민정음: 루이네통), with a copy word or a "
                             "price far below the floor",
    "kana_in_alias": "the brand's Chinese alias with characters or their components written as the katakana drawn like "
                     "them (劳カ士, 可ロ可乐, カロ拿大鹅), among its goods, half with a cue or a price far below the floor",
    "gal_letters_name": "the brand's katakana name in Japanese gal letters (ギャル文字): kana drawn with kanji, radicals, "
                        "symbols or two characters of their shape, voiced marks written apart (口レッ勹ス, 夕゛亻ソン), in "
                        "its category with a copy word, a copy's price or a price far below the floor",
}
TRAPS = {
    "trap_hangul_lookalike_words": "야민정음 words (댕댕이, 커엽다, 띵작) and ordinary Korean words written apart with "
                                   "look-alikes, in a shop's listing of the brand's goods at a shop's price",
    "trap_kana_beside_han": "katakana beside kanji in ordinary Japanese (ハ長調, ト音記号, 3ヶ月) and Chinese chat's の, in "
                            "a shop's listing of the brand's goods at a shop's price",
    "trap_gal_letters_words": "ordinary katakana words drawn in gal letters and real Japanese expressions whose kanji "
                              "are look-alikes beside katakana (口コミ, 工場直送, 三ツ星), in a shop's listing of the "
                              "brand's goods at a shop's price",
}
FEW = {"hangul_lookalike_name": 4, "trap_hangul_lookalike_words": 3, "gal_letters_name": 5, "trap_gal_letters_words": 4, "kana_in_alias": 4, "trap_kana_beside_han": 3}

# katakana -> the characters a gal-letter writer draws it with (module docstring)
DRAWN = {
    "ア": ["了"], "イ": ["亻", "⺅"], "ウ": ["宀"], "エ": ["工", "⼯"], "オ": ["才"], "カ": ["力", "⼒"], "キ": ["‡", "≠"],
    "ク": ["勹", "⼓"], "コ": ["⊃", "⊐"], "サ": ["廾"], "セ": ["世"], "ソ": ["ヽﾉ", "`ﾉ"], "タ": ["夕", "⼣"],
    "チ": ["千", "干"], "ツ": ["〃ﾉ"], "テ": ["亍", "〒"], "ト": ["卜", "├", "⼘"], "ニ": ["二", "="], "ヌ": ["又"],
    "ネ": ["礻"], "ハ": ["八", "ﾉ\\", "/\\"], "ヒ": ["匕"], "ヘ": ["∧", "へ"], "ホ": ["朩", "木"], "ミ": ["彡", "三"],
    "ム": ["厶"], "メ": ["乂", "×"], "ヨ": ["彐", "∃"], "リ": ["刂"], "ル": ["ﾉﾚ", "儿", "丿レ"], "レ": ["乚"],
    "ロ": ["口", "⼝", "□"],
}
LONG = ["一", "-", "～", "一"]
VOICED = ["゛", "ﾞ", '"', "〃", "”"]
SEMI_VOICED = ["゜", "ﾟ", "°"]
_KATAKANA = re.compile("^[\u30a1-\u30ff\u30fb]+$")


def _half(ch: str, rng: random.Random) -> str:
    """A plain kana, sometimes as its half-width form (ﾚ, ｯ)."""
    if rng.random() < 0.25:
        for code in range(0xFF66, 0xFF9E):
            if unicodedata.normalize("NFKC", chr(code)) == ch:
                return chr(code)
    return ch


def gal_letters(name: str, rng: random.Random, share: float | None = None) -> str | None:
    """The katakana `name` in gal letters (module docstring), or None when none of its kana can be drawn."""
    share = rng.uniform(0.4, 1.0) if share is None else share
    plain = name.replace("・", "") if rng.random() < 0.7 else name
    pieces = []
    for ch in plain:
        base, *marks = unicodedata.normalize("NFD", ch)
        pieces.append((base, marks[0] if marks else ""))
    drawable = [k for k, (base, _) in enumerate(pieces) if base in DRAWN or base == "ー"]
    if not drawable:
        return None
    chosen = {k for k in drawable if rng.random() < share} or {rng.choice(drawable)}
    out = []
    for k, (base, mark) in enumerate(pieces):
        if base == "ー":
            out.append(rng.choice(LONG) if k in chosen else base)
            continue
        drawn = k in chosen and base in DRAWN
        written = rng.choice(DRAWN[base]) if drawn else _half(base, rng)
        if mark:
            apart = drawn or written != base or rng.random() < 0.6
            if apart:
                written += rng.choice(VOICED if mark == "\u3099" else SEMI_VOICED)
            else:
                written = unicodedata.normalize("NFC", base + mark)
        out.append(written)
    text = "".join(out)
    return text if text != name and text != name.replace("・", "") else None


def make_gal_letters_name(b: BrandView, s: Scene) -> Draft | None:
    names = [m.value for m in b.declared("local_name") if _KATAKANA.match(m.value)]
    got = _category(b, s)
    if not names or got is None:
        return None
    cat, floor = got
    written = gal_letters(s.rng.choice(names), s.rng)
    if written is None:
        return None
    currency, shop, copies = JAPAN
    goods = scripts._goods(cat, "katakana")
    way = "cue" if _everyday_name(b) else s.rng.choice(["cue", "copy_price", "far"])
    if way == "cue":
        words, band = s.rng.choice(copies), (0.5, 0.85)
    elif way == "copy_price":
        words, band = s.rng.choice(["新品", "新品未使用", "未使用", ""]), (0.35, 0.6)
    else:
        words, band = s.rng.choice(["新品", "即日発送", ""]), (0.04, 0.2)
    glue = "" if s.rng.random() < 0.2 else " "
    return Draft(f"{written}{glue}{goods} {words}".strip(), cat, _price(floor, currency, *band, s),
                 s.rng.choice(["", "即日発送。", "箱なし。", "ノークレームノーリターンでお願いします。"]))


# real Japanese expressions in which a kanji drawn like a kana stands beside katakana
EXPRESSIONS = ["口コミ多数", "工場直送", "一ヶ月保証", "三ツ星", "十字キー付き", "千円OFFクーポン", "木目調カバー",
               "又はメール便", "夕方発送", "二ヶ所", "八ヶ岳", "世界限定モデル", "口紅ケース", "力タイプ", "ハート工房",
               "口金ポーチ", "一点モノ", "三ツ折り財布", "干支チャーム", "十二ヶ月"]
_SHOP_WORDS = ["正規品", "国内正規品", "正規店購入", "保証書付き"]


@cache
def _all_katakana_names() -> tuple[str, ...]:
    """Every brand's katakana local name in the seed registry (read as a file)."""
    from tests.eval.adversary.generate import registry_doc

    brands = registry_doc()["brands"]
    return tuple(sorted({n if isinstance(n, str) else n["value"] for b in brands for n in b.get("local_names") or []
                         if _KATAKANA.match(n if isinstance(n, str) else n["value"])}))


@cache
def _katakana_words(names: tuple[str, ...]) -> tuple[str, ...]:
    """Katakana words of wordfreq's Japanese list (Zipf 3 or more, three kana or more) that are no brand's katakana
    name and differ from every one in more than two kana (a name one kana away is the respelling classes')."""
    import wordfreq

    buckets = wordfreq.read_cBpack(wordfreq.available_languages("small")["ja"])
    plain = [n.replace("・", "") for n in names]
    out = []
    for bucket in buckets[:round((9 - 3.0) * 100) + 1]:
        for w in bucket:
            if len(w) >= 3 and re.fullmatch("[\u30a1-\u30fc]+", w) and all(_far(w, n) for n in plain):
                out.append(w)
    return tuple(sorted(out))


def _far(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 2:
        return True
    row = list(range(len(b) + 1))
    for x, ca in enumerate(a, 1):
        prev, row[0] = row[0], x
        for y, cb in enumerate(b, 1):
            prev, row[y] = row[y], min(row[y] + 1, row[y - 1] + 1, prev + (ca != cb))
    return row[-1] > 2


def make_gal_letters_words(b: BrandView, s: Scene) -> Draft | None:
    got = _category(b, s)
    if got is None:
        return None
    cat, floor = got
    currency, shop, _ = JAPAN
    goods = scripts._goods(cat, "katakana")
    if s.rng.random() < 0.5:
        words = _katakana_words(_all_katakana_names())
        written = gal_letters(s.rng.choice(words), s.rng) if words else None
        if written is None:
            return None
        title = f"{goods} {written} {s.rng.choice(_SHOP_WORDS)}"
    else:
        title = f"{goods} {s.rng.choice(EXPRESSIONS)} {s.rng.choice(_SHOP_WORDS)}"
    return Draft(title, cat, _price(floor, currency, 1.1, 1.8, s), "")


# an ideograph -> the katakana drawn like it (the writer's own table, from the shapes: the kana that were made from
# these characters or look like them)
HAN_AS_KANA = {"力": "カ", "口": "ロ", "工": "エ", "夕": "タ", "卜": "ト", "二": "ニ", "八": "ハ", "千": "チ", "才": "オ",
               "匕": "ヒ", "厶": "ム", "乂": "メ", "又": "ヌ", "三": "ミ", "亻": "イ", "刂": "リ", "宀": "ウ", "世": "セ"}


def kana_spellings(alias: str) -> list[str]:
    """The alias with one or two of its characters written as kana (HAN_AS_KANA), directly or split into components
    (chaizi.SPLITS) one of which is written as kana."""
    from tests.eval.adversary.chaizi import SPLITS

    ways: list[list[str]] = []
    for ch in alias:
        options = []
        if ch in HAN_AS_KANA:
            options.append(HAN_AS_KANA[ch])
        for parts in SPLITS.get(ch, ()):
            if any(p in HAN_AS_KANA for p in parts):
                options.append("".join(HAN_AS_KANA.get(p, p) for p in parts))
        ways.append(options)
    out = []
    spots = [k for k, options in enumerate(ways) if options]
    for k in spots:
        for option in ways[k]:
            out.append(alias[:k] + option + alias[k + 1:])
    if len(spots) >= 2:
        a, b = spots[:2]
        out.append(alias[:a] + ways[a][0] + alias[a + 1:b] + ways[b][0] + alias[b + 1:])
    return list(dict.fromkeys(out))


def make_kana_in_alias(b: BrandView, s: Scene) -> Draft | None:
    from tests.eval.adversary.chaizi import _aliases
    from tests.eval.adversary.generate import _corroborated

    found = [(m, w) for m in _aliases(b) for w in kana_spellings(m.value)]
    if not found:
        return None
    m, written = s.rng.choice(found)
    return _corroborated(b, s, written, strong=m.everyday or s.rng.random() < 0.5, zh=True)


KANA_BESIDE_HAN = ["ハ長調 オルゴール", "ト音記号 チャーム", "ロ短調 楽譜付き", "ニ長調 オルゴール", "イ短調 楽譜", "ト長調",
                   "保証3ヶ月", "1ヵ所キズあり", "ヘ音記号 ピアス", "我の包 很好看", "新款の 包邮", "ホ短調"]


def make_kana_beside_han(b: BrandView, s: Scene) -> Draft | None:
    got = _category(b, s)
    if got is None:
        return None
    cat, floor = got
    currency, _, _ = JAPAN
    phrase = s.rng.choice(KANA_BESIDE_HAN)
    goods = scripts._goods(cat, "katakana")
    return Draft(f"{goods} {phrase} {s.rng.choice(_SHOP_WORDS)}", cat, _price(floor, currency, 1.1, 1.8, s), "")


# Hangul letters -> the characters drawn like them; 야민정음's pairs of (initial, vowel) drawn alike
JAMO_DRAWN = {"ㄹ": ["己"], "ㅁ": ["口"], "ㅅ": ["人"], "ㅏ": ["卜"], "ㅗ": ["丄"], "ㅜ": ["丅"], "ㅡ": ["一"], "ㅣ": ["丨"],
              "ㅇ": ["〇", "o"], "ㄷ": ["匚"], "ㄴ": ["乚"]}
YAMIN = [("ㅂ", "ㅣ", "ㄴ", "ㅔ"), ("ㄸ", "ㅣ", "ㅁ", "ㅕ"), ("ㅍ", "ㅣ", "ㄲ", "ㅢ"), ("ㄷ", "ㅐ", "ㅁ", "ㅓ"),
         ("ㄱ", "ㅟ", "ㅋ", "ㅓ"), ("ㄱ", "ㅘ", "ㅍ", "ㅏ")]
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]


def _letters(word: str) -> list[list[str]]:
    """Each syllable of a Hangul word as its letters (initial, vowel, final if any), compatibility jamo (Unicode 3.12's
    arithmetic of the syllables block)."""
    out = []
    for ch in word:
        code = ord(ch) - 0xAC00
        letters = [_INITIALS[code // 588], _VOWELS[code % 588 // 28]]
        if code % 28:
            letters.append(_FINALS[code % 28])
        out.append(letters)
    return out


def jamo_apart(word: str, rng: random.Random) -> str | None:
    """The word as its letters apart, some drawn with look-alikes (at least one, not all), or None when none can be."""
    letters = [c for syllable in _letters(word) for c in syllable]
    spots = [k for k, c in enumerate(letters) if c in JAMO_DRAWN]
    if not spots:
        return None
    chosen = {k for k in spots if rng.random() < 0.6} or {rng.choice(spots)}
    if len(chosen) == len(letters):
        chosen.discard(rng.choice(sorted(chosen)))  # letters written apart: at least one a Hangul letter itself
        if not chosen:
            return None
    return "".join(rng.choice(JAMO_DRAWN[c]) if k in chosen else c for k, c in enumerate(letters))


def yamin(word: str, rng: random.Random) -> str | None:
    """The word with its syllables 야민정음 swaps swapped (at least one), or None."""
    pairs = {(a, b): (c, d) for a, b, c, d in YAMIN} | {(c, d): (a, b) for a, b, c, d in YAMIN}
    out, changed = [], False
    for syllable in _letters(word):
        key = (syllable[0], syllable[1])
        if key in pairs and (not changed or rng.random() < 0.5):
            initial, vowel = pairs[key]
            final = syllable[2] if len(syllable) > 2 else ""
            out.append(chr(0xAC00 + (_INITIALS.index(initial) * 21 + _VOWELS.index(vowel)) * 28 + _FINALS.index(final)))
            changed = True
        else:
            out.append(chr(0xAC00 + (_INITIALS.index(syllable[0]) * 21 + _VOWELS.index(syllable[1])) * 28
                           + _FINALS.index(syllable[2] if len(syllable) > 2 else "")))
    return "".join(out) if changed else None


_HANGUL_NAME = re.compile("^[\uac00-\ud7a3]+$")
KOREA_COPY = ["미러급", "레플리카", "짝퉁", "정품급"]


def make_hangul_lookalike_name(b: BrandView, s: Scene) -> Draft | None:
    names = [m.value for m in b.declared("local_name") if _HANGUL_NAME.match(m.value)]
    got = _category(b, s)
    if not names or got is None:
        return None
    cat, floor = got
    name = s.rng.choice(names)
    written = (yamin(name, s.rng) if s.rng.random() < 0.4 else None) or jamo_apart(name, s.rng)
    if written is None:
        return None
    goods = scripts._goods(cat, "hangul")
    if _everyday_name(b) or s.rng.random() < 0.5:
        title, band = f"{written} {goods} {s.rng.choice(KOREA_COPY)}", (0.5, 0.85)
    else:
        title, band = f"{written} {goods} {s.rng.choice(['새상품', '미개봉', ''])}".strip(), (0.04, 0.2)
    return Draft(title, cat, _price(floor, "KRW", *band, s), "")


YAMIN_WORDS = ["댕댕이", "커엽다", "띵작", "머박", "띵곡", "댕댕이 커엽다", "머박 띵템"]
KOREAN_WORDS = ["가방", "시계", "신발", "선물", "정품", "배송", "할인", "사이즈", "색상", "리본"]


def make_hangul_lookalike_words(b: BrandView, s: Scene) -> Draft | None:
    got = _category(b, s)
    if got is None:
        return None
    cat, floor = got
    goods = scripts._goods(cat, "hangul")
    words = s.rng.choice(YAMIN_WORDS) if s.rng.random() < 0.5 else (jamo_apart(s.rng.choice(KOREAN_WORDS), s.rng) or "선물")
    return Draft(f"{goods} {words} {s.rng.choice(['정품', '백화점 정품', '국내 정품'])}", cat, _price(floor, "KRW", 1.1, 1.8, s), "")


EVASION_MAKERS = {"gal_letters_name": make_gal_letters_name, "kana_in_alias": make_kana_in_alias,
                  "hangul_lookalike_name": make_hangul_lookalike_name}
TRAP_MAKERS = {"trap_gal_letters_words": make_gal_letters_words, "trap_kana_beside_han": make_kana_beside_han,
               "trap_hangul_lookalike_words": make_hangul_lookalike_words}
