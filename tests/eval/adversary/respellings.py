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
- said aloud (`said_aloud`): the brand's one-word name as two or three words that, read aloud one after another, sound
  like it (Row Lex, Nigh Key, Fee Lips, Oh May Gah): the name read as English reads a spelling (sound.phonemes), cut
  into syllables (a consonant alone closing the syllable before it, a vowel alone after an open syllable joining its
  vowel), each syllable written as English spells its sounds (this file's `_SPELL_VOWEL` and `_SPELL_CONSONANT`); a
  name of one syllable closed by a stop said with its stop as a second word (Nigh Key). Set apart in quotation marks
  at a price below half the floor (and sometimes "say it out loud"), or capitalised with the trade's copy word or at a
  price far below the floor.
- Cyrillic with a Latin letter (`cyrillic_mixed`): the brand's name written in Cyrillic by its sound (sound.cyrillic)
  with one letter typed as the Latin letter drawn like it (с/c, о/o, р/p, а/a, е/e, х/x, у/y: "Корc", "Pолекс"), in
  a Russian listing of its goods with the market's copy word, or at a price far below the floor.
- romanised Hangul (`korean_romanized`): the brand's Hangul name written back in Latin letters by the Revised
  Romanization of Korean (Ministry of Culture and Tourism notice 2000-8: the initial, medial and final letters' tables,
  a final consonant carried over to a following ㅇ, ㄹㄹ as ll; this file's own table, `revised_romanization`):
  Rollekseu, Gujji, Ruibitong, "Maikeul Koeoseu" (a name of four syllables or more sometimes cut in two, as the Latin
  name is), with the goods in English or Korean and the market's copy word, or at a price far below the floor.
Each listing is in the brand's category in the market's words for the goods, at a copy's price (50-85 % of the floor) or
with the market's copy word; a brand whose name is an everyday word (Coach: コーチ is "coach" in Japanese too) always with
the copy word, and a katakana letter changed (a voiced mark, ソ for ン: maybe another writer's ear) with the copy word or
a price far below the floor (4-20 %).

Traps:
- `trap_script_near_words`: real Japanese (katakana) and Korean words one letter from a brand's name in that script
  (wordfreq's lists, Zipf 2.5 or more: タイソン "Tyson", 고지 "notice", 구지) in a shop's listing of the brand's goods,
  at a shop's price with shop words: must stay quiet.
- `trap_said_aloud_far`: the same words that say a mark aloud as a band's, a book's or a print's title, far from the
  brand's goods (vinyl records, books, posters), at an ordinary price with no cue: must stay quiet.
- `trap_cyrillic_mixed_words`: common Russian words (wordfreq, Zipf 3.5 or more, five letters or more) with one letter
  typed as its Latin look-alike, in a shop's Russian listing of the brand's goods at a shop's price: must stay quiet.
- `trap_korean_romanized_words`: real Korean words (wordfreq, Zipf 2.5 or more) whose romanisation is a letter or two
  from the brand's romanised name (타이슨 Taiseun "Tyson" by Daiseun, 알렉스 Allekseu by Rollekseu, 모텔 Motel by Matel),
  romanised the same way, in a shop's listing of the brand's goods at a shop's price: must stay quiet.
- `trap_registered_case`: marks whose registered spelling mixes case (iPhone, AirPods, PlayStation, QuietComfort, DeWalt
  style), written as registered by a shop at a shop's price: the case is the brand's own, no sponge case.
"""

from __future__ import annotations

import random
import re
import unicodedata
from functools import cache

from tests.eval.adversary import scripts, sound
from tests.eval.adversary.generate import BrandView, Draft, Scene, higher_floor, mark_floor
from tests.eval.adversary.orthography import _price

EVASIONS = {
    "kana_respelt": "the brand's katakana name respelt: small/large kana swapped, ー drawn as 一/ｰ/-, ヴ as ブ or ウ゛, a "
                    "final ー added or dropped, a voiced mark or one kana changed in a long name (ロレツクス, コ一チ)",
    "hangul_respelt": "the brand's Hangul name with a consonant made tense, lax or aspirated or ㅐ/ㅔ swapped (꾸찌, "
                      "나이끼, 노스패이스)",
    "alternating_case": "the brand's name in alternating case (rOlEx, cAnOn, gUcCi) in its category, no cue needed",
    "said_aloud": "the brand's name as two or three ordinary words that sound like it read aloud (Row Lex, Nigh Key, "
                  "Fee Lips, Oh May Gah) in its category, quoted below the floor or with a copy word or a price far below",
    "cyrillic_mixed": "the brand's name in Cyrillic by its sound with one letter typed as its Latin look-alike (Корc, "
                      "Pолекс) in a Russian listing of its goods with a copy word or a price far below the floor",
    "korean_romanized": "the brand's Hangul name romanised back by the Revised Romanization (Rollekseu, Gujji, Ruibitong, "
                        "Maikeul Koeoseu) in its category with the market's copy word or a price far below the floor",
}
TRAPS = {
    "trap_script_near_words": "real Japanese and Korean words one letter from a brand's name in that script "
                              "(タイソン, 고지) in a shop's listing of the brand's goods at a shop's price",
    "trap_registered_case": "a mark whose registered spelling mixes case (iPhone, PlayStation, QuietComfort) as "
                            "registered, by a shop at a shop's price",
    "trap_said_aloud_far": "words that say a brand's name aloud as the title of a record, a book or a print, far from the "
                           "brand's goods, at an ordinary price, no cue",
    "trap_cyrillic_mixed_words": "common Russian words with one letter typed as its Latin look-alike in a shop's Russian "
                                 "listing of the brand's goods at a shop's price",
    "trap_korean_romanized_words": "real Korean words romanised a letter or two from the brand's romanised Hangul name "
                                   "(Taiseun, Allekseu, Motel) in a shop's listing of the brand's goods at a shop's price",
}
FEW = {"kana_respelt": 4, "hangul_respelt": 4, "alternating_case": 3, "trap_script_near_words": 4,
       "trap_registered_case": 2, "korean_romanized": 4, "trap_korean_romanized_words": 3, "said_aloud": 4,
       "trap_said_aloud_far": 2, "cyrillic_mixed": 3, "trap_cyrillic_mixed_words": 2}

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


# English spellings of sounds (sound.phonemes' symbols): a vowel ending a syllable, a vowel before a consonant, a consonant
_SPELL_OPEN = {"a": ["ah", "a"], "e": ["ay", "eh"], "i": ["ee", "ea"], "o": ["oh", "oe", "ow"], "u": ["oo", "ew"],
               "ai": ["igh", "ye", "y"], "ei": ["ay", "ey"], "ou": ["oh", "ow"], "oi": ["oy"], "au": ["ow"]}
_SPELL_VOWEL = {"a": ["a"], "e": ["e"], "i": ["i", "ee"], "o": ["o"], "u": ["u", "oo"], "ai": ["igh", "y"], "ei": ["ay"],
                "ou": ["o"], "oi": ["oy"], "au": ["ow"]}
_SPELL_CONSONANT = {"k": ["k", "c"], "s": ["s"], "S": ["sh"], "C": ["ch"], "T": ["th"], "N": ["ng"], "j": ["j"],
                    "f": ["f", "ph"], "ks": ["x", "cks", "ks"]}
_STOPS = frozenset("kgtdpb")


def _chunks(name: str) -> list[tuple[str, str, str]]:
    """(onset, vowel, coda) syllables of a name read aloud (module docstring)."""
    out: list[list[str]] = []
    for onset, vowel, _ in sound._syllables(sound.phonemes(name)):
        if not vowel:  # a consonant alone: the coda of the syllable before it, or the onset of the next
            if out and out[-1][1]:
                out[-1][2] += onset
            else:
                out.append([onset, "", ""])
        elif not onset and out and out[-1][1] and not out[-1][2]:
            out[-1][1] += vowel  # a vowel after an open syllable: one vowel sound with it (Nike: n-ai)
        elif out and not out[-1][1]:
            out[-1][0] += onset
            out[-1][1] = vowel
        else:
            out.append([onset, vowel, ""])
    return [(a, b, c) for a, b, c in out if b]


def _spell_sounds(sounds: str, rng: random.Random) -> str:
    out, k = "", 0
    while k < len(sounds):
        if sounds.startswith("ks", k):
            out += rng.choice(_SPELL_CONSONANT["ks"])
            k += 2
            continue
        out += rng.choice(_SPELL_CONSONANT.get(sounds[k], [sounds[k]]))
        k += 1
    return out


def said_aloud(name: str, rng: random.Random) -> str | None:
    """The name as two or three words heard like it (module docstring), or None."""
    chunks = _chunks(name)
    if len(chunks) == 1:
        onset, vowel, coda = chunks[0]
        if len(coda) != 1 or coda not in _STOPS:
            return None
        chunks = [(onset, vowel, ""), (coda, "i", "")]  # Nike: Nigh Key
    while len(chunks) > 3:
        k = rng.randrange(len(chunks) - 1)
        (a, b, c), (d, e, f) = chunks[k], chunks[k + 1]
        chunks[k:k + 2] = [(a, b, c + d + e + f)] if not f else [(a, b + c + d + e, f)]
    words = []
    for onset, vowel, coda in chunks:
        spelt_vowel = rng.choice((_SPELL_VOWEL if coda else _SPELL_OPEN).get(vowel, [vowel]))
        words.append(_spell_sounds(onset, rng) + spelt_vowel + _spell_sounds(coda, rng))
    written = " ".join(re.sub("c(?=[eiy])", "k", w).capitalize() for w in words)  # c before e, i, y is an s
    return written if written.replace(" ", "").lower() != name.lower() else None


SAY_IT = ["say it out loud", "say it fast", "read it out loud", "(you know)", ""]


def _one_word_name(b: BrandView) -> str | None:
    return b.name if b.name.isalpha() and b.name.isascii() and len(b.name) >= 4 else None


def make_said_aloud(b: BrandView, s: Scene) -> Draft | None:
    name, got = _one_word_name(b), _category(b, s)
    if name is None or got is None or not (words := said_aloud(name, s.rng)):
        return None
    cat, floor = got
    way = s.rng.choice(["quoted", "cue", "low"] if not _everyday_name(b) else ["cue"])
    product = s.product(cat)
    if way == "quoted":
        return Draft(f'"{words}" {product} {s.rng.choice(SAY_IT)}'.strip(), cat, _price(floor, "USD", 0.2, 0.5, s), "")
    if way == "cue":
        return Draft(f"{words} {product} {s.cue()}", cat, _price(floor, "USD", 0.5, 0.85, s), "")
    return Draft(f"{words} {product}", cat, _price(floor, "USD", 0.04, 0.2, s), "")


FAR = [("vinyl LP, first pressing", "music", 25.0), ("paperback novel", "books", 12.0), ("art print, A3", "posters", 30.0),
       ("band tour T-shirt", "band merchandise", 22.0)]


def make_said_aloud_far(b: BrandView, s: Scene) -> Draft | None:
    name = _one_word_name(b)
    if name is None or not (words := said_aloud(name, s.rng)):
        return None
    what, cat, usd = s.rng.choice(FAR)
    title = s.rng.choice([f'"{words}" {what}', f"{words} - {what}"])
    return Draft(title, cat, (round(usd * s.rng.uniform(0.8, 1.4), 2), "USD"), "")


# Cyrillic letters and the Latin letters drawn like them (as a keyboard with both layouts types them)
_LOOK_ALIKE = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "А": "A", "Е": "E", "О": "O",
               "Р": "P", "С": "C", "Х": "X", "К": "K", "М": "M", "Т": "T", "Н": "H", "В": "B"}
RUSSIAN = ("USD", ["новые, в наличии", "оригинал, новые", "магазин, гарантия"], ["копия", "реплика", "люкс копия"])
# the goods in Russian (a marketplace's category words), by the words of the category
_RUSSIAN_GOODS = (("sneaker", "кроссовки"), ("shoe", "кроссовки"), ("watch", "часы"), ("handbag", "сумка"),
                  ("wallet", "кошелек"), ("jewel", "браслет"), ("charm", "подвеска"), ("phone", "смартфон"),
                  ("earbud", "наушники"), ("headphone", "наушники"), ("jacket", "куртка"), ("parka", "парка"),
                  ("scarves", "шарф"), ("trench", "тренч"), ("jeans", "джинсы"), ("camera", "фотоаппарат"),
                  ("perfume", "духи"), ("skincare", "крем"), ("makeup", "помада"), ("toy", "игрушка"),
                  ("vacuum", "пылесос"), ("hair", "фен"), ("shaver", "бритва"), ("razor", "бритва"), ("tennis", "ракетка"),
                  ("golf", "клюшка"), ("console", "приставка"), ("chocolate", "шоколад"), ("auto", "запчасти"))


def _russian_goods(category: str) -> str:
    low = category.lower()
    return next((ru for en, ru in _RUSSIAN_GOODS if en in low), "товар")


def _one_latin(word: str, rng: random.Random) -> str | None:
    """The word with one of its Cyrillic letters typed as the Latin letter drawn like it, or None."""
    spots = [k for k, c in enumerate(word) if c in _LOOK_ALIKE]
    if not spots:
        return None
    k = rng.choice(spots)
    return word[:k] + _LOOK_ALIKE[word[k]] + word[k + 1:]


def make_cyrillic_mixed(b: BrandView, s: Scene) -> Draft | None:
    got = _category(b, s)
    if got is None or len(re.sub("[^A-Za-z]", "", b.name)) < 4:
        return None
    cat, floor = got
    written = _one_latin(sound.cyrillic(b.name, s.rng), s.rng)
    if written is None:
        return None
    currency, _, copies = RUSSIAN
    cue = _everyday_name(b) or s.rng.random() < 0.6
    words = s.rng.choice(copies) if cue else ""
    band = (0.5, 0.85) if cue else (0.04, 0.2)
    return Draft(f"{_russian_goods(cat).capitalize()} {written} {words}".strip(), cat, _price(floor, currency, *band, s), "")


@cache
def _russian_words() -> tuple[str, ...]:
    import wordfreq

    buckets = wordfreq.read_cBpack(wordfreq.available_languages("small")["ru"])
    return tuple(w for bucket in buckets[:round((9 - 3.5) * 100) + 1] for w in bucket
                 if len(w) >= 5 and re.fullmatch("[а-яё]+", w))


def make_cyrillic_mixed_words(b: BrandView, s: Scene) -> Draft | None:
    got = _category(b, s)
    if got is None:
        return None
    cat, floor = got
    word = _one_latin(s.rng.choice(_russian_words()), s.rng)
    if word is None:
        return None
    currency, shop, _ = RUSSIAN
    return Draft(f"{_russian_goods(cat).capitalize()} {word} {s.rng.choice(shop)}", cat, _price(floor, currency, 1.1, 1.8, s),
                 "")


# Revised Romanization of Korean (notice 2000-8): the initial, medial and final letters in Unicode's order of the
# syllables (0xAC00 + (initial × 21 + medial) × 28 + final: The Unicode Standard, 3.12); a final before a syllable that
# opens with ㅇ is carried over as that syllable's initial (the standard's 3.1: 삼성 samseong, but 골어 goreo), a final
# ㄹ before ㄹ is l (롤렉스 rollekseu)
_RR_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_RR_MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
               "eu", "ui", "i")
_RR_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
              "ng", "t", "t", "k", "t", "p", "t")
_RR_CARRIED = {1: "g", 2: "kk", 4: "n", 7: "d", 8: "r", 16: "m", 17: "b", 19: "s", 20: "ss", 22: "j", 23: "ch", 24: "k",
               25: "t", 26: "p"}
_SILENT = 11  # ㅇ as an initial


def revised_romanization(word: str) -> list[str]:
    """The syllables of a Hangul word, each in Latin letters by the Revised Romanization: 롤렉스 -> [ro, llek, seu]."""
    syllables = [(index // 28 // 21, index // 28 % 21, index % 28) for index in (ord(c) - 0xAC00 for c in word)]
    out = []
    for k, (initial, medial, final) in enumerate(syllables):
        before = syllables[k - 1][2] if k else 0
        start = "l" if initial == 5 and before == 8 else "" if initial == _SILENT and before in _RR_CARRIED else _RR_INITIALS[initial]
        after = syllables[k + 1][0] if k + 1 < len(syllables) else None
        end = _RR_CARRIED[final] if after == _SILENT and final in _RR_CARRIED else _RR_FINALS[final]
        out.append(start + _RR_MEDIALS[medial] + end)
    return out


def _hangul_names(b: BrandView) -> list[str]:
    return [m.value for m in b.declared("local_name") if _HANGUL.match(m.value)]


def _written_romanized(syllables: list[str], rng: random.Random) -> str:
    """The romanised syllables as a seller writes them: run together, or (four syllables or more) cut in two; each
    word capitalised, or all in lower or upper case."""
    words = ["".join(syllables)]
    if len(syllables) >= 4 and rng.random() < 0.5:
        cut = rng.randrange(2, len(syllables) - 1)
        words = ["".join(syllables[:cut]), "".join(syllables[cut:])]
    case = rng.choice([str.capitalize, str.capitalize, str.lower, str.upper])
    return " ".join(case(w) for w in words)


def make_korean_romanized(b: BrandView, s: Scene) -> Draft | None:
    names, got = _hangul_names(b), _category(b, s)
    if not names or got is None:
        return None
    cat, floor = got
    written = _written_romanized(revised_romanization(s.rng.choice(names)), s.rng)
    if len(re.sub("[^a-z]", "", written.lower())) < 5:
        return None  # 보스 "Boseu": a Korean word's length, no name a buyer would know (the near words are traps')
    currency, shop, copies = KOREA
    goods = s.rng.choice([s.product(cat), scripts._goods(cat, "hangul")])
    cue = _everyday_name(b) or s.rng.random() < 0.6
    words = s.rng.choice(copies + ["replica", "1:1"]) if cue else s.rng.choice(["", shop[0].split()[0]])
    band = (0.5, 0.85) if cue else (0.04, 0.2)
    return Draft(f"{written} {goods} {words}".strip(), cat, _price(floor, s.rng.choice([currency, "USD"]), *band, s), "")


@cache
def _korean_romanized() -> dict[str, str]:
    """{the romanisation of a Korean word of wordfreq's list (Zipf NEAR_ZIPF or more): the word}."""
    return {"".join(revised_romanization(w)): w for w in _words("ko") if _HANGUL.match(w)}


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (written out: no matcher code)."""
    row = list(range(len(b) + 1))
    for x, ca in enumerate(a, 1):
        prev, row[0] = row[0], x
        for y, cb in enumerate(b, 1):
            prev, row[y] = row[y], min(row[y] + 1, row[y - 1] + 1, prev + (ca != cb))
    return row[-1]


def _within(a: str, b: str, k: int) -> bool:
    """Whether _edits(a, b) <= k, given up as soon as a row of the table is past k everywhere (every alignment
    crosses every row and never gets cheaper): the same answers at a fraction of the generator's CPU."""
    if abs(len(a) - len(b)) > k:
        return False
    row = list(range(len(b) + 1))
    for x, ca in enumerate(a, 1):
        prev, row[0] = row[0], x
        for y, cb in enumerate(b, 1):
            prev, row[y] = row[y], min(row[y] + 1, row[y - 1] + 1, prev + (ca != cb))
        if min(row) > k:
            return False
    return row[-1] <= k


def _near(a: str, b: str) -> bool:
    """Whether a romanised word is a letter, or in a name of eight letters or more two, from the romanised name b."""
    return a != b and _within(a, b, 2 if len(b) >= 8 else 1)


@cache
def _near_romanized(names: tuple[str, ...], mark: str) -> tuple[str, ...]:
    """The romanised Korean words near the romanisation of one of these Hangul names (not the names themselves), and
    not within two letters of the brand's Latin mark `mark` (lower case): "kanon" is Canon misspelt as much as 카논
    romanised, the misspelling classes' case, not an innocent word's."""
    romanized = ["".join(revised_romanization(n)) for n in names]
    return tuple(sorted({r for r, w in _korean_romanized().items() if len(r) >= 4 and w not in names
                         and any(abs(len(r) - len(n)) <= 2 and _near(r, n) for n in romanized)
                         and not _within(r, mark, 2)}))


def make_korean_romanized_words(b: BrandView, s: Scene) -> Draft | None:
    got = _category(b, s)
    near = _near_romanized(tuple(_hangul_names(b)), re.sub("[^a-z]", "", b.name.lower()))
    if got is None or not near:
        return None
    cat, floor = got
    currency, shop, _ = KOREA
    word = s.rng.choice(near)
    word = s.rng.choice([word.capitalize(), word, word.upper()])
    goods = s.rng.choice([s.product(cat), scripts._goods(cat, "hangul")])
    return Draft(f"{word} {goods} {s.rng.choice(shop)}", cat, _price(floor, currency, 1.1, 1.8, s), "")


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
    # a line with no floor of its own is priced as the mark it starts with ("PowerShot V1": PowerShot's; a shop sells no
    # PowerShot for a printer's price)
    own = mark_floor(b, mark) or next((f for m in b.marks if mark.lower().startswith(m.value.lower() + " ")
                                       and (f := mark_floor(b, m.value)) is not None), None)
    floor = higher_floor(own, b.floors[cat]) or b.floors[cat]
    return Draft(f"{b.name} {mark} {s.product(cat)} - {s.rng.choice(SHOP)}" if b.name not in mark else
                 f"{mark} {s.product(cat)} - {s.rng.choice(SHOP)}", cat, _price(floor, "USD", 1.2, 2.0, s), "")


EVASION_MAKERS = {"kana_respelt": make_kana_respelt, "hangul_respelt": make_hangul_respelt,
                  "alternating_case": make_alternating_case, "korean_romanized": make_korean_romanized,
                  "said_aloud": make_said_aloud, "cyrillic_mixed": make_cyrillic_mixed}
TRAP_MAKERS = {"trap_script_near_words": make_script_near_words, "trap_registered_case": make_registered_case,
               "trap_korean_romanized_words": make_korean_romanized_words, "trap_said_aloud_far": make_said_aloud_far,
               "trap_cyrillic_mixed_words": make_cyrillic_mixed_words}
