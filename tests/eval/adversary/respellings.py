"""One-letter respellings inside a non-Latin script, and alternating case (issue 9, respell, 2026-12-02).

A filter that knows the brand's name as Japanese and Korean write it (ロレックス, 구찌) is passed by the edits a Latin
seller makes to "Rolex", made one script over: a letter its readers take as the same, or one letter changed.

Writers (this file's own, from each script's rules, not from the matcher):
- katakana (`kana_respelt`): a small kana written large or a large one small (ロレツクス, カルテイエ, グツチ); the long-vowel
  mark ー drawn as the kanji 一, a half-width ｰ or a dash (コ一チ); ヴ written ブ or as ウ with a spacing voiced mark ゛
  (ルイウ゛イトン); a final ー added or dropped (ナイキー); the middle dot dropped; in a name of four kana or more a
  voiced mark dropped or added (バンタイ) or ン drawn as ソ (ダイソソ). Unicode's character names give the small/large
  pairs (KATAKANA LETTER SMALL TU / TU), NFD the voiced marks.
- Hangul (`hangul_respelt`): one consonant moved across the lax/tense/aspirated series of Korean stops and affricates
  (ㄱ ㄲ ㅋ, ㄷ ㄸ ㅌ, ㅂ ㅃ ㅍ, ㅅ ㅆ, ㅈ ㅉ ㅊ: 꾸찌, 나이끼, 롤렉쓰, 루이비똥) or ㅐ written for ㅔ and back (노스패이스,
  까르띠애), on the syllables' jamo (NFD) recomposed (NFC).
- alternating case (`alternating_case`): the brand's name with its letters' case alternating (rOlEx, cAnOn, gUcCi).
Each listing is in the brand's category in the market's words for the goods, at a copy's price (50-85 % of the floor) or
with the market's copy word; a brand whose name is an everyday word (Coach: コーチ is "coach" in Japanese too) always with
the copy word, and a katakana letter changed (a voiced mark, ソ for ン: maybe another writer's ear) with the copy word or
a price far below the floor (4-20 %).

Traps:
- `trap_script_near_words`: real Japanese (katakana) and Korean words one letter from a brand's name in that script
  (wordfreq's lists, Zipf 2.5 or more: タイソン "Tyson", 고지 "notice", 구지) in a shop's listing of the brand's goods,
  at a shop's price with shop words: must stay quiet.
- `trap_registered_case`: marks whose registered spelling mixes case (iPhone, AirPods, PlayStation, QuietComfort, DeWalt
  style), written as registered by a shop at a shop's price: the case is the brand's own, no sponge case.
"""

from __future__ import annotations

import random
import re
import unicodedata
from functools import cache

from tests.eval.adversary import scripts
from tests.eval.adversary.generate import BrandView, Draft, Scene, higher_floor, mark_floor
from tests.eval.adversary.orthography import _price

EVASIONS = {
    "kana_respelt": "the brand's katakana name respelt: small/large kana swapped, ー drawn as 一/ｰ/-, ヴ as ブ or ウ゛, a "
                    "final ー added or dropped, a voiced mark or one kana changed in a long name (ロレツクス, コ一チ)",
    "hangul_respelt": "the brand's Hangul name with a consonant made tense, lax or aspirated or ㅐ/ㅔ swapped (꾸찌, "
                      "나이끼, 노스패이스)",
    "alternating_case": "the brand's name in alternating case (rOlEx, cAnOn, gUcCi) in its category, no cue needed",
}
TRAPS = {
    "trap_script_near_words": "real Japanese and Korean words one letter from a brand's name in that script "
                              "(タイソン, 고지) in a shop's listing of the brand's goods at a shop's price",
    "trap_registered_case": "a mark whose registered spelling mixes case (iPhone, PlayStation, QuietComfort) as "
                            "registered, by a shop at a shop's price",
}
FEW = {"kana_respelt": 4, "hangul_respelt": 4, "alternating_case": 3, "trap_script_near_words": 4,
       "trap_registered_case": 2}

_KATAKANA = re.compile("^[\u30a1-\u30ff\u30fb]+$")
_HANGUL = re.compile("^[\uac00-\ud7a3]+$")
# the market's words: (currency, goods fallback, a shop's words, copy words)
JAPAN = ("JPY", ["新品未使用 正規品", "国内正規品 新品", "正規店購入 保証書付き"], ["N級品", "スーパーコピー", "コピー品"])
KOREA = ("KRW", ["정품 새상품", "국내 정품 미개봉", "백화점 정품 영수증"], ["미러급", "레플리카", "짝퉁"])


@cache
def _small_large() -> dict[str, str]:
    """{small kana: large kana} from Unicode's names (KATAKANA LETTER SMALL TU -> KATAKANA LETTER TU)."""
    out = {}
    for code in range(0x30A1, 0x30FB):
        name = unicodedata.name(chr(code), "")
        if " SMALL " in name:
            try:
                out[chr(code)] = unicodedata.lookup(name.replace("SMALL ", ""))
            except KeyError:
                pass
    return out


def _voiced(ch: str) -> str | None:
    """The kana with its voiced mark added (カ -> ガ) or dropped (ガ -> カ), or None."""
    parts = unicodedata.normalize("NFD", ch)
    if len(parts) == 2:
        return parts[0]
    joined = unicodedata.normalize("NFC", ch + "\u3099")
    return joined if len(joined) == 1 else None


def kana_respell(name: str, rng: random.Random) -> str | None:
    """One respelling of a katakana name (module docstring), or None when the name offers none of the chosen kind."""
    large = {v: k for k, v in _small_large().items()}
    body = name.replace("・", "")
    ways = []
    if any(c in _small_large() for c in name):
        ways.append("small_large")
    if any(c in large for c in name[1:]):
        ways.append("large_small")
    if "ー" in name:
        ways.append("long")
    if "ヴ" in name:
        ways.append("vu")
    ways.append("final")
    if len(body) >= 4:
        ways += ["voice", "n_so"] if "ン" in body else ["voice"]
    way = rng.choice(ways)
    if way == "small_large":
        k = rng.choice([i for i, c in enumerate(name) if c in _small_large()])
        return name[:k] + _small_large()[name[k]] + name[k + 1:]
    if way == "large_small":
        k = rng.choice([i for i, c in enumerate(name) if c in large and i > 0])
        return name[:k] + large[name[k]] + name[k + 1:]
    if way == "long":  # (the half-width ｰ is the same text as ー after NFKC: no respelling)
        return name.replace("ー", rng.choice(["一", "-", "―"]))
    if way == "vu":
        return name.replace("ヴ", rng.choice(["ブ", "ウ゛"])) if rng.random() < 0.5 else re.sub(
            "ヴ[ァィェォ]", lambda m: {"ヴァ": "バ", "ヴィ": "ビ", "ヴェ": "ベ", "ヴォ": "ボ"}[m.group()], name).replace("ヴ", "ブ")
    if way == "final":
        return name[:-1] if name.endswith("ー") else name + rng.choice(["ー", "一"])
    if way == "n_so":
        return name.replace("ン", "ソ", 1)
    spots = [i for i, c in enumerate(name) if _voiced(c) and i > 0]
    if not spots:
        return None
    k = rng.choice(spots)
    return name[:k] + _voiced(name[k]) + name[k + 1:]


_SERIES = [("ᄀ", "ᄁ", "ᄏ"), ("ᄃ", "ᄄ", "ᄐ"), ("ᄇ", "ᄈ", "ᄑ"), ("ᄉ", "ᄊ"), ("ᄌ", "ᄍ", "ᄎ")]
_VOWEL_SWAP = {"ᅢ": "ᅦ", "ᅦ": "ᅢ", "ᅤ": "ᅨ", "ᅨ": "ᅤ"}


def hangul_respell(name: str, rng: random.Random) -> str | None:
    """The Hangul name with one initial consonant moved within its series or one ㅐ/ㅔ swapped (module docstring)."""
    jamo = list(unicodedata.normalize("NFD", name))
    spots = [(i, s) for i, c in enumerate(jamo) for s in _SERIES if c in s]
    vowels = [i for i, c in enumerate(jamo) if c in _VOWEL_SWAP]
    if not spots and not vowels:
        return None
    if vowels and (not spots or rng.random() < 0.3):
        k = rng.choice(vowels)
        jamo[k] = _VOWEL_SWAP[jamo[k]]
    else:
        k, series = rng.choice(spots)
        jamo[k] = rng.choice([c for c in series if c != jamo[k]])
    out = unicodedata.normalize("NFC", "".join(jamo))
    return out if out != name else None


def sponge(text: str, rng: random.Random) -> str:
    """The text with its letters' case alternating, starting lower or upper."""
    up = rng.random() < 0.5
    out = []
    for ch in text:
        if ch.isalpha():
            out.append(ch.upper() if up else ch.lower())
            up = not up
        else:
            out.append(ch)
    return "".join(out)


def _category(b: BrandView, s: Scene) -> tuple[str, tuple[float, str]] | None:
    cats = [c for c in b.categories if c in b.floors and "prescription" not in c and "software" not in c]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    return cat, higher_floor(mark_floor(b, b.name), b.floors[cat]) or b.floors[cat]


def _bare(text: str) -> str:
    return re.sub("[・\\s]", "", unicodedata.normalize("NFKC", text))


def _everyday_name(b: BrandView) -> bool:
    return any(m.everyday and m.value == b.name for m in b.marks)


def _script_listing(b: BrandView, s: Scene, script: str, respell) -> Draft | None:
    names = [m.value for m in b.declared("local_name") if (_KATAKANA if script == "katakana" else _HANGUL).match(m.value)]
    got = _category(b, s)
    if not names or got is None:
        return None
    cat, floor = got
    name = s.rng.choice(names)
    written = respell(name, s.rng)
    if not written or _bare(written) == _bare(name) or written in _words("ja" if script == "katakana" else "ko"):
        return None  # the name as written, or a word of the language (꼬치 "skewer", 타이슨 "Tyson": a trap's word)
    currency, shop, copies = JAPAN if script == "katakana" else KOREA
    goods = scripts._goods(cat, script)
    # a letter changed (a voiced mark, ソ for ン) may be another writer's ear as well as a disguise: such a listing
    # carries the copy word or a price far below the floor, as a Latin misspelling that is a rare word must
    changed = script == "katakana" and _changed(name, written)
    cue = _everyday_name(b) or s.rng.random() < 0.4 or changed and s.rng.random() < 0.5
    words = s.rng.choice(copies) if cue else s.rng.choice(["", "", shop[0].split()[0]])
    glue = "" if script == "katakana" and s.rng.random() < 0.3 else " "
    title = f"{written}{glue}{goods} {words}".strip()
    band = (0.04, 0.2) if changed and not cue else (0.5, 0.85)
    return Draft(title, cat, _price(floor, currency, *band, s), "")


def _changed(name: str, written: str) -> bool:
    """Whether a katakana respelling changed a letter (a voiced mark added or dropped, ソ for ン) rather than writing one
    its readers take as the same (small/large, ー and its look-alikes, ヴ, a final ー)."""
    def base(c: str) -> str:
        return unicodedata.normalize("NFD", c)[0]
    return len(_bare(name)) == len(_bare(written)) and any(
        a != b and (base(a) == base(b) or {a, b} == {"ン", "ソ"}) for a, b in zip(_bare(name), _bare(written)))


def make_kana_respelt(b: BrandView, s: Scene) -> Draft | None:
    return _script_listing(b, s, "katakana", kana_respell)


def make_hangul_respelt(b: BrandView, s: Scene) -> Draft | None:
    return _script_listing(b, s, "hangul", hangul_respell)


def make_alternating_case(b: BrandView, s: Scene) -> Draft | None:
    got = _category(b, s)
    if got is None or len(re.sub("[^A-Za-z]", "", b.name)) < 3:
        return None
    cat, floor = got
    written = sponge(b.name, s.rng)
    price = _price(floor, "USD", 0.5, 1.6, s)
    return Draft(f"{written} {s.product(cat)}", cat, price,
                 s.rng.choice(["New with box. Message me.", "Fast shipping.", ""]))


# ------------------------------------------------------------------------------------------ traps

NEAR_ZIPF = 2.5  # real words this frequent or more


@cache
def _words(language: str) -> tuple[str, ...]:
    import wordfreq

    buckets = wordfreq.read_cBpack(wordfreq.available_languages("small")[language])
    return tuple(w for bucket in buckets[:round((9 - NEAR_ZIPF) * 100) + 1] for w in bucket)


def _one_letter(a: str, b: str) -> bool:
    """Whether a and b differ by one substitution, insertion or deletion (written out: no matcher code)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


@cache
def near_words(name: str) -> tuple[str, ...]:
    """Real words of the name's language one letter from it: in katakana one kana (small/large, voiced mark or another
    kana), in Hangul one jamo (decomposed), and the name's own respellings that are words."""
    if _KATAKANA.match(name):
        plain = name.replace("・", "")
        return tuple(w for w in _words("ja") if _KATAKANA.match(w) and len(plain) >= 2 and _one_letter(w, plain))
    if _HANGUL.match(name):
        jamo = unicodedata.normalize("NFD", name)
        return tuple(w for w in _words("ko") if _HANGUL.match(w)
                     and _one_letter(unicodedata.normalize("NFD", w), jamo))
    return ()


def make_script_near_words(b: BrandView, s: Scene) -> Draft | None:
    got = _category(b, s)
    if got is None:
        return None
    cat, floor = got
    words = [(w, "katakana" if _KATAKANA.match(m.value) else "hangul") for m in b.declared("local_name")
             for w in near_words(m.value)]
    if not words:
        return None
    word, script = s.rng.choice(words)
    currency, shop, _ = JAPAN if script == "katakana" else KOREA
    return Draft(f"{word} {scripts._goods(cat, script)} {s.rng.choice(shop)}", cat,
                 _price(floor, currency, 1.1, 1.8, s), "")


SHOP = ["brand new, sealed, with receipt", "new in box, official warranty", "in stock, VAT invoice included"]


def make_registered_case(b: BrandView, s: Scene) -> Draft | None:
    got = _category(b, s)
    marks = [m.value for m in b.marks + [m for k, m in b.vocabulary if k == "line"]
             if re.search("[a-z][A-Z]|^[a-z]+[A-Z]", m.value) and not m.everyday]
    if got is None or not marks:
        return None
    cat, _ = got
    mark = s.rng.choice(marks)
    floor = higher_floor(mark_floor(b, mark), b.floors[cat]) or b.floors[cat]
    return Draft(f"{b.name} {mark} {s.product(cat)} - {s.rng.choice(SHOP)}" if b.name not in mark else
                 f"{mark} {s.product(cat)} - {s.rng.choice(SHOP)}", cat, _price(floor, "USD", 1.2, 2.0, s), "")


EVASION_MAKERS = {"kana_respelt": make_kana_respelt, "hangul_respelt": make_hangul_respelt,
                  "alternating_case": make_alternating_case}
TRAP_MAKERS = {"trap_script_near_words": make_script_near_words, "trap_registered_case": make_registered_case}
