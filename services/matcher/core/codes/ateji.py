"""The brand's katakana name written in ateji (当て字): kanji chosen for their sound, not their meaning (露麗苦洲 for
ロレックス, 奈伊鬼 for ナイキ, 具津知 for グッチ, 堕威存 for ダイソン, 婆裸理 for バーバリー), a Japanese seller's way past a
marketplace's name filter.

A run of two to eight kanji, each with readings in kanji_readings.py (Unihan's on and kun readings), is read every way
its kanji's readings combine, and a reading that sounds as one of the registry's katakana names (its local names and
katakana aliases) names that brand: the whole run, never a part of it (夜露死苦 is yoroshiku, no 露 of Rolex). Both sides
are compared by `skeleton`: Hepburn letters with long vowels, doubled consonants and v/b made one (ロレックス and
露麗苦 each "roreku..."), the same skeleton or, for a name of five letters or more, one letter apart (婆裸理 "barari" for
バーバリー "babari"; 露麗苦洲 "rorekushu" for "rorekusu"). The readings are tried as a search that stops as soon as no
name begins so (`Marks.ateji_prefixes`), never as a list of every combination.

Gate: the listing holds a Japanese copy cue or says the name is written in ateji or to dodge search (N級品, スーパーコピー,
コピー品, レプリカ, 偽物, 当て字, 検索避け: `GATE`), or a copy word of another language (replica, 1:1, 高仿: `OTHER_COPY`)
in a Japanese listing (kana) or one whose only Han characters are a name's few; only then are its kanji runs read. Weak evidence, as any code: the
brand's category with a cue or a price below the floor; with no copy cue (当て字 alone) a cue that claims a copy too.
Japanese and Chinese text with no such cue, and a kanji word that reads as no name (珈琲, 倶楽部), stay quiet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from services.matcher.core.codes import Hit, Marks

NAME = "ateji"
MIN_RUN, MAX_RUN = 2, 8  # kanji in a run read as a name
MIN_FUZZY = 6  # letters of a name's skeleton read one letter apart ...
MIN_FUZZY_RUN = 3  # ... from a run of this many kanji or more (two kanji one letter from a short name are any word's)
MAX_READINGS = 4000  # partial readings a run's search tries at most
COPY = re.compile(r"[NＮSＳ][AＡ]?級|スーパーコピー|コピー|レプリカ|偽物|ニセモノ|にせもの|パチモン|パチもん|ぱちもん|模造品|"
                  r"バッタもん|バッタモン|検索避け|検索よけ|本物そっくり")
GATE = re.compile(COPY.pattern + r"|当て字|あて字|当字")
# the trade's copy words of other languages: they open the gate where the listing is Japanese (it holds kana) or its
# only Han characters are a name's few (奈伊鬼 sneakers replica), not Chinese prose
OTHER_COPY = re.compile(r"replica|\bcop(?:y|ia|ie)\b|\bfake\b|1:1|\baaa\b|mirror|\brep\b|r[ée]plique|replik", re.I)
CHINESE_COPY = re.compile(r"高仿|复刻|復刻|A货|A貨|仿品")  # (with kana only: a Chinese listing's names are its own, 狗家)
_KANA_LETTER = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
MAX_OTHER_HAN = 8  # Han characters a listing with no kana may hold for its copy words of other languages to open the gate
_KANJI = "\u4e00-\u9fff\u3005"
# a run of kanji, its words apart by ・ as a katakana name's are (留伊・美豚 for ルイ・ヴィトン)
_KANJI_RUN = re.compile(r"(?<![%s])[%s]+(?:・[%s]+)*(?![%s])" % ((_KANJI,) * 4))

# the listing's own words that a name written in ateji runs into (奈伊鬼検索避け, 露麗苦洲激安, 当て字 cut at its kana):
# cut from either end of a run before it is read
EDGE_WORDS = ("検索避", "検索除", "当", "名前", "激安", "偽物", "模造品", "本物", "新品", "未使用", "正規品", "格安", "特価",
              "送料無料", "腕時計", "時計", "財布", "鞄", "靴", "香水", "限定", "人気", "最安値", "高品質", "品質")
_EDGES = re.compile(r"^(?:%s)+|(?:%s)+$" % (("|".join(EDGE_WORDS),) * 2))
# hiragana right after a run that make it a word's stem (済み, 入れ, 下げ), not a particle after a name (は, の, と ...)
_OKURIGANA = re.compile(r"[ぁ-ゖ](?<![はのとをがもでにへやかだ])")
_TWO_KANJI = re.compile(r"[%s][%s・]" % (_KANJI, _KANJI))

# katakana -> Hepburn (a small kana, ッ and ー are read by `romaji`)
_KANA = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヰヱヲン"
    "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴ",
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho ma mi mu me mo ya yu yo "
    "ra ri ru re ro wa i e o n ga gi gu ge go za ji zu ze zo da ji zu de do ba bi bu be bo pa pi pu pe po vu".split()))
_SMALL = dict(zip("ァィゥェォャュョヮ", "a i u e o ya yu yo wa".split()))


def romaji(kana: str) -> str:
    """A katakana (or hiragana) word in Hepburn letters: small kana join the one before (シャ sha, ティ ti, ヴィ vi),
    ッ and ー dropped (`skeleton` makes long vowels and doubled consonants one)."""
    out: list[str] = []
    for ch in kana:
        if "ぁ" <= ch <= "ゖ":
            ch = chr(ord(ch) + 0x60)
        if ch in _KANA:
            out.append(_KANA[ch])
        elif ch in _SMALL and out:
            prev, small = out[-1], _SMALL[ch]
            if small[0] == "y":  # キャ kya, シャ sha, チャ cha, ジャ ja
                out[-1] = (prev[:-1] if prev[-2:] in ("hi", "ji") or prev.endswith("chi") else prev[:-1] + "y") + small[1]
            else:  # ティ ti, ファ fa, ウィ wi, ヴィ vi
                out[-1] = ("w" if prev == "u" else prev[:-1] if len(prev) > 1 else prev) + small
        elif ch in _SMALL:
            out.append(_SMALL[ch])
    return "".join(out)


_AS = str.maketrans("vpf", "bhh")
# the sounds katakana borrowed (シェ, ジェ, チェ, ティ, ディ) as the native syllables kanji are read by (セ, ゼ, テ, テ, デ)
_AS_NATIVE = {"she": "se", "je": "ze", "che": "te", "ti": "te", "di": "de"}
_BORROWED = re.compile("she|je|che|(?<![cs])ti|di")
_LONG = re.compile(r"ou|uu|ei|ii|aa|ee|oo")
_DOUBLE = re.compile(r"([^aeiou])\1+|([aeiou])\2+")


def skeleton(letters: str) -> str:
    """Hepburn letters as a name sounds: the borrowed sounds she, je, che, ti, di as se, ze, te, te, de and v as b, p and
    f as h (ateji write シェ, ティ, パ and ファ with kanji read セ, テ, ハ), the long
    vowels ou, uu, ei and doubled vowels as one vowel, doubled consonants (a small tsu) as one, tch as ch, m before b
    or p as n."""
    s = _BORROWED.sub(lambda m: _AS_NATIVE[m[0]], letters.replace("tch", "ch").replace("mb", "nb").replace("mp", "np"))
    s = s.translate(_AS)
    while (t := _LONG.sub(lambda m: m[0][0], s)) != s:
        s = t
    return _DOUBLE.sub(lambda m: m[1] or m[2], s)


def deletions(word: str) -> set[str]:
    return {word[:k] + word[k + 1:] for k in range(len(word))}


def katakana_name(alias: str) -> bool:
    """A name written in katakana (with ・ or ー), two kana or more."""
    body = alias.replace("・", "").replace("ー", "")
    return len(body) >= 2 and all("ァ" <= c <= "ヴ" for c in body)


MIN_LAST_WORDS = 5  # skeleton letters of a name's last words read alone (ヴィトン "biton"; not フェイス, コース)


def name_skeletons(alias: str) -> list[str]:
    """The skeletons a katakana name is read by: the whole name's, and of a name of words apart by ・ its last words
    alone when they have MIN_LAST_WORDS letters or more (ルイ・ヴィトン as ヴィトン, ザ・ノース・フェイス as ノース・フェイス): a
    seller writes the name as it is said for short."""
    words = alias.split("・")
    out = [skeleton(romaji(alias))]
    for k in range(1, len(words)):
        tail = skeleton(romaji("".join(words[k:])))
        if len(tail) >= MIN_LAST_WORDS and tail not in out:
            out.append(tail)
    return out


class Ateji:
    name = NAME
    latin_words: frozenset[str] = frozenset()

    def opens(self, piece: str) -> bool:
        return _TWO_KANJI.search(piece) is not None

    def decode(self, text: str, marks: Marks) -> Iterator[Hit]:
        if not marks.ateji:
            return
        if GATE.search(text) is None:
            kana = _KANA_LETTER.search(text) is not None
            if not (kana and CHINESE_COPY.search(text) or OTHER_COPY.search(text) and (
                    kana or len(_HAN.findall(text)) <= MAX_OTHER_HAN)):
                return
        from services.matcher.core.kanji_readings import readings

        table = readings()
        hinted = None
        words = None
        for run in _KANJI_RUN.finditer(text):
            cut = _EDGES.sub("", run.group())
            kanji = cut.replace("・", "")
            if not MIN_RUN <= len(kanji) <= MAX_RUN or any(k not in table for k in kanji) or kanji in marks.wide:
                continue  # (a registered name, 古馳 for Gucci, is read as itself)
            if words is None:
                words = han_words()
            if kanji in words:
                continue  # a Japanese or Chinese word (公式, 国内, 即日, 本田): no name written by sound
            if run.group().endswith(cut) and _OKURIGANA.match(text, run.end()) and (
                    len(kanji) == 2 or kanji[:-1] in words):
                continue  # a word written with its inflection (仕入れ, 値下げ, 開封済み)
            found = _read(kanji, table, marks)
            if not found:
                continue
            if hinted is None:
                hinted = any(p.search(text) is not None for p in (COPY, OTHER_COPY, CHINESE_COPY))
            for alias, said in found:
                if alias in text:
                    continue
                yield Hit(run.start(), run.end(), alias, f"'{run.group()}' read by its kanji's sounds ({said}) as {alias}",
                          hinted=hinted)


@cache
def han_words() -> frozenset[str]:
    """The words of two to eight Han characters of wordfreq's Japanese and Chinese "small" lists (its own files, read
    without a tokenizer): a run that is one of them is a word of the language, not a name written by sound."""
    import wordfreq

    paths = wordfreq.available_languages("small")
    han = re.compile(r"[%s]{2,8}" % _KANJI)
    return frozenset(w for lang in ("ja", "zh") for bucket in wordfreq.read_cBpack(paths[lang]) for w in bucket
                     if han.fullmatch(w))


def _read(kanji: str, table: dict[str, tuple[str, ...]], marks: Marks) -> list[tuple[str, str]]:
    """The katakana names the whole run reads as (the closest: one skeleton letter apart only when none is the same),
    each with the reading that sounds so."""
    prefixes = marks.ateji_prefixes
    exact: dict[str, str] = {}
    near: dict[str, str] = {}
    tried = 0
    stack: list[tuple[int, str, str]] = [(0, "", "")]
    while stack and tried < MAX_READINGS:
        at, raw, shown = stack.pop()
        tried += 1
        if at == len(kanji):
            skel = skeleton(raw)
            for alias in marks.ateji.get(skel, ()):
                exact.setdefault(alias, shown)
            if len(skel) >= MIN_FUZZY - 1 and not exact and len(kanji) >= MIN_FUZZY_RUN:  # (`ateji_dropped`: names of
                # MIN_FUZZY letters or more)
                for alias in marks.ateji_dropped.get(skel, ()):  # the name has one letter more
                    near.setdefault(alias, shown)
                for d in deletions(skel):  # one letter more than the name, or one letter other
                    for alias in marks.ateji.get(d, ()):
                        if len(d) >= MIN_FUZZY:
                            near.setdefault(alias, shown)
                    for alias in marks.ateji_dropped.get(d, ()):
                        near.setdefault(alias, shown)
            continue
        readings = table[kanji[at]]
        for reading in (*readings, "") if "tsu" in readings and 0 < at < len(kanji) - 1 else readings:  # ッ as 津
            joined = raw + reading
            skel = skeleton(joined)[:-1]  # (its last letter may yet join the next reading's: ko + u is "ko")
            if skel in prefixes or any(d in prefixes for d in deletions(skel)):
                stack.append((at + 1, joined, f"{shown}-{reading or 'ッ'}" if shown else reading))
    chosen = exact or near
    return list(chosen.items())


CODE = Ateji()
