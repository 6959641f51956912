"""The mark in a script FORM the eye reads as the same (half-width katakana, full-width Latin, half-width Hangul), and
in the scripts of further markets (Bengali, Tamil, Gurmukhi, Gujarati, Oriya, Telugu, Kannada, Malayalam, Armenian,
Georgian) written by ear (scripts, 2026-12-01).

Half-width forms: Japanese sellers write katakana in its half-width forms (ﾛﾚｯｸｽ, ｸﾞｯﾁ with the voiced mark as a
character of its own), from the days of single-byte kana; Korean half-width jamo (ﾡ ￂ) and full-width Latin letters
(ＧＵＣＣＩ) are their siblings. Each form is made from the full-width text with the Unicode Character Database's own
compatibility mappings read backwards (unicodedata: NFKC of U+FF61-U+FFDC and U+FF01-U+FF5E), not with the matcher.

Indic scripts: the Unicode blocks of the Brahmic scripts of India follow one layout (ISCII's: the same offset in each
block is the same letter), so each writer here writes the mark as sound.devanagari does and moves every letter to its
script's block; a letter the script lacks takes the script's own nearest one (Tamil writes b, d, g, ph with its p, t, k
letters and f as ஃப; Bengali, Oriya write v with b), and Tamil writes a nasal before a consonant as ன் or ம் (it has
no anusvara in use). Armenian and Georgian have their own small tables (each language's letters for English sounds,
as their Wikipedia spellings of English names write them: Ռոլեքս, Սամսունգ; როლექსი, სამსუნგი).

Classes: `script_forms` and `script_more` (corroborated: a cue, English or the market's own, or a price far below the
floor), and their traps `trap_script_forms` (the innocent script listings of scripts.py and sound.py, and a few
more, in those forms) and `trap_script_more_words` (everyday words and names of the new scripts heard near a mark:
Tamil குச்சி "stick", Bengali গুচ্ছ "bunch", Armenian կանոն "rule", Georgian კანონი "law", ნიკა a name).
"""

from __future__ import annotations

import random
import unicodedata

from tests.eval.adversary import scripts, sound
from tests.eval.adversary.generate import BrandView, Draft, Scene, _corroborated, _pick_mark, _sound_marks

EVASIONS = {
    "script_forms": "the mark in half-width katakana (ﾛﾚｯｸｽ, ｸﾞｯﾁ), half-width Hangul jamo or full-width Latin "
                    "(ＧＵＣＣＩ), corroborated",
    "script_more": "the mark written by its sound in Bengali, Tamil, Gurmukhi, Gujarati, Oriya, Telugu, Kannada, "
                   "Malayalam, Armenian or Georgian, corroborated (a cue, English or the market's, or a far-low price)",
}
TRAPS = {
    "trap_script_forms": "innocent katakana, Hangul and Latin listings in half-width or full-width forms, no cue",
    "trap_script_more_words": "everyday words and names of Bengali, Tamil, Armenian, Georgian heard near a mark "
                              "(குச்சி 'stick', গুচ্ছ 'bunch', կանոն 'rule', კანონი 'law', ნიკა), no cue",
}

# ------------------------------------------------------------------------------------------ width forms


def _inverse(first: int, last: int) -> dict[str, str]:
    out: dict[str, str] = {}
    for code in range(first, last + 1):
        ch = chr(code)
        full = unicodedata.normalize("NFKC", ch)
        if full != ch:
            out.setdefault(full, ch)
    return out


_HALF_KANA = _inverse(0xFF61, 0xFF9F)  # ロ -> ﾛ, ー -> ｰ, the voiced marks (U+3099, U+309A) -> ﾞ ﾟ
_HALF_JAMO = _inverse(0xFFA0, 0xFFDC)  # conjoining jamo (by NFKC of the compatibility jamo) -> ﾡ ...
_FULL_LATIN = _inverse(0xFF01, 0xFF5E)  # a -> ａ


def half_width_kana(text: str) -> str:
    """Katakana in half-width forms: a voiced kana as its base and ﾞ (NFD splits it), the rest as they are."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if ch in _HALF_KANA:
            out.append(_HALF_KANA[ch])
        elif ch in ("\u3099", "\u309a"):
            out.append(_HALF_KANA.get(unicodedata.normalize("NFKC", "\uff9e" if ch == "\u3099" else "\uff9f"), "ﾞ"))
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def half_width_hangul(text: str) -> str:
    """Hangul syllables as half-width jamo, one per letter (a final consonant as the same letter's leading form)."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if "\u11a8" <= ch <= "\u11ff":
            try:
                ch = unicodedata.lookup(unicodedata.name(ch).replace("JONGSEONG", "CHOSEONG"))
            except KeyError:
                pass
        out.append(_HALF_JAMO.get(ch, ch))
    return "".join(out)


def full_width(text: str) -> str:
    return "".join(_FULL_LATIN.get(ch, ch) for ch in text)


def make_script_forms(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    form = r.choice(["kana", "kana", "kana", "hangul", "latin"])
    if form == "latin":
        m = _pick_mark(b, s, [m for m in b.latin_marks if not m.everyday] or b.latin_marks)
        if m is None:
            return None
        text = full_width(m.value.upper() if r.random() < 0.5 else m.value)
    else:
        m = _pick_mark(b, s, _sound_marks(b))
        if m is None:
            return None
        written = scripts.in_script(m.value, "katakana", r) if form == "kana" else sound.in_script(m.value, "hangul", r)
        text = half_width_kana(written) if form == "kana" else half_width_hangul(written)
    if not text.strip():
        return None
    draft = _corroborated(b, s, text, strong=True)
    if form == "kana" and r.random() < 0.5:
        draft.title = f"{draft.title} {r.choice(['N級品', 'S級品', 'ｽｰﾊﾟｰｺﾋﾟｰ', '激安 N級'])}"
    return draft


# ------------------------------------------------------------------------------------------ Indic scripts

_BLOCKS = {"bengali": 0x0980, "gurmukhi": 0x0A00, "gujarati": 0x0A80, "oriya": 0x0B00, "tamil": 0x0B80,
           "telugu": 0x0C00, "kannada": 0x0C80, "malayalam": 0x0D00}
# Devanagari offsets -> the offset a script without that letter writes instead (voiceless for voiced in Tamil; ba for
# va; sha for ssa and back; ja for za)
_INSTEAD = {0x17: 0x15, 0x18: 0x15, 0x16: 0x15, 0x1B: 0x1A, 0x1D: 0x1C, 0x20: 0x1F, 0x21: 0x1F, 0x22: 0x1F, 0x25: 0x24,
            0x26: 0x24, 0x27: 0x24, 0x2B: 0x2A, 0x2C: 0x2A, 0x2D: 0x2A, 0x35: 0x2C, 0x36: 0x37, 0x37: 0x36}


def _assigned(ch: str) -> bool:
    return unicodedata.name(ch, "") != ""


def indic(mark: str, script: str, rng: random.Random) -> str:
    """The mark written as sound.devanagari writes it, every letter moved to `script`'s block (see above)."""
    block = _BLOCKS[script]
    words = []
    for word in mark.split():
        text = unicodedata.normalize("NFD", sound.devanagari(word, rng)).replace("\u093c", "")  # nukta letters: the base
        out = []
        for k, ch in enumerate(text):
            offset = ord(ch) - 0x0900
            if not 0 <= offset < 0x80:
                out.append(ch)
                continue
            if script == "tamil" and offset in (0x01, 0x02):  # a nasal before a consonant: ம் before p/b/m, else ன்
                nxt = ord(text[k + 1]) - 0x0900 if k + 1 < len(text) else -1
                out.append(chr(block + (0x2E if nxt in (0x2A, 0x2B, 0x2C, 0x2D, 0x2E) else 0x28)) + chr(block + 0x4D))
                continue
            target = chr(block + offset)
            tries = 0
            while not _assigned(target) and offset in _INSTEAD and tries < 3:
                offset = _INSTEAD[offset]
                target = chr(block + offset)
                tries += 1
            if not _assigned(target):
                continue
            if script == "tamil" and ord(ch) == 0x092B:  # f: Tamil writes ஃப
                out.append("\u0b83")
            out.append(target)
        words.append("".join(out))
    return " ".join(w for w in words if w)


# ------------------------------------------------------------------------------------------ Armenian, Georgian

_ARMENIAN = {"a": "ա", "b": "բ", "v": "վ", "g": "գ", "d": "դ", "e": "ե", "z": "զ", "i": "ի", "y": "յ", "k": "ք", "l": "լ",
             "m": "մ", "n": "ն", "o": "ո", "p": "պ", "r": "ր", "s": "ս", "t": "տ", "u": "ու", "f": "ֆ", "h": "հ", "C": "չ",
             "S": "շ", "j": "ջ", "T": "թ", "N": "նգ", "w": "ու"}
_ARMENIAN_FIRST = {"e": "է", "o": "օ", "r": "ռ"}  # a word's first e, o and r (Էփլ, Օմեգա, Ռոլեքս)
_GEORGIAN = {"a": "ა", "b": "ბ", "v": "ვ", "g": "გ", "d": "დ", "e": "ე", "z": "ზ", "i": "ი", "y": "ი", "k": "კ", "l": "ლ",
             "m": "მ", "n": "ნ", "o": "ო", "p": "პ", "r": "რ", "s": "ს", "t": "ტ", "u": "უ", "f": "ფ", "h": "ჰ", "C": "ჩ",
             "S": "შ", "j": "ჯ", "T": "თ", "N": "ნგ", "w": "უ"}


def armenian(mark: str, rng: random.Random) -> str:
    words = []
    for word in mark.split():
        sounds = [s for s in sound.phonemes(word) if s != ":"]
        letters = [(_ARMENIAN_FIRST.get(s) if k == 0 else None) or _ARMENIAN.get(s, "") for k, s in enumerate(sounds)]
        if rng.random() < 0.3:
            letters = [{"ք": "կ"}.get(x, x) for x in letters]  # k as կ (unaspirated) as often as ք
        text = "".join(letters)
        words.append(text[:1].upper() + text[1:])
    return " ".join(words)


def georgian(mark: str, rng: random.Random) -> str:
    words = []
    for word in mark.split():
        text = "".join(_GEORGIAN.get(s, "") for s in sound.phonemes(word) if s != ":")
        if text and text[-1] not in "აეიოუ" and rng.random() < 0.6:
            text += "ი"  # Georgian gives a foreign name ending in a consonant the nominative -i (როლექსი)
        words.append(text)
    return " ".join(words)


# the market's own cue words (each language's "master/first copy" by sound, "fake", "copy"): written here, as sellers
# in those markets write them
LOCAL_CUES = {
    "bengali": ["মাস্টার কপি", "ফার্স্ট কপি", "নকল"], "tamil": ["மாஸ்டர் காப்பி", "போலி", "ஃபர்ஸ்ட் காப்பி"],
    "armenian": ["կրկնօրինակ", "կեղծ", "ռեպլիկա"], "georgian": ["რეპლიკა", "ყალბი"],
}

_MORE = ["bengali", "bengali", "tamil", "tamil", "armenian", "armenian", "gurmukhi", "gujarati", "oriya", "telugu",
         "kannada", "malayalam", "georgian"]


def in_more(mark: str, script: str, rng: random.Random) -> str:
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", mark) if not unicodedata.combining(ch))
    words = " ".join(w for w in "".join(ch if ch.isalpha() else " " for ch in plain.replace("'", "")).split() if w)
    if script == "armenian":
        return armenian(words, rng)
    if script == "georgian":
        return georgian(words, rng)
    return indic(words, script, rng)


def make_script_more(b: BrandView, s: Scene) -> Draft | None:
    m = _pick_mark(b, s, _sound_marks(b))
    if m is None:
        return None
    r = s.rng
    script = r.choice(_MORE)
    text = in_more(m.value, script, r)
    if not text.strip():
        return None
    draft = _corroborated(b, s, text, strong=True)
    if script in LOCAL_CUES and r.random() < 0.5:
        draft.title = f"{draft.title} {r.choice(LOCAL_CUES[script])}"
    return draft


# ------------------------------------------------------------------------------------------ traps

# innocent listings of the new scripts: (brand, title, description, category, price, currency)
MORE_WORDS = [
    ("gucci", "மர குச்சி 50 பீஸ் கைவினை", "", "crafts", 3.0, "USD"),  # wooden sticks, 50 pieces, craft
    ("gucci", "ஐஸ்கிரீம் குச்சி 100 எண்ணிக்கை", "", "kitchen", 2.0, "USD"),  # ice-cream sticks
    ("gucci", "কৃত্রিম ফুলের গুচ্ছ ঘর সাজানোর জন্য", "", "home decor", 6.0, "USD"),  # a bunch of artificial flowers
    ("gucci", "চাবির গুচ্ছ রিং স্টিল", "", "home decor", 2.0, "USD"),  # a bunch of keys ring
    ("canon", "Եկեղեցական կանոններ, գիրք", "", "books", 12.0, "USD"),  # church canons, a book
    ("canon", "Ճանապարհային երթևեկության կանոններ 2026", "", "books", 5.0, "USD"),  # the highway code
    ("canon", "საგადასახადო კანონი, კომენტარები", "", "books", 15.0, "USD"),  # the tax law, commentary
    ("nike", "ნიკა და ანა: საბავშვო წიგნი", "", "books", 8.0, "USD"),  # Nika and Ana, a children's book
    ("nike", "Նիկա տիկնիկ հագուստով", "", "toys", 14.0, "USD"),  # a Nika doll with clothes
    ("puma", "Պումա. վայրի կատուներ, հանրագիտարան", "", "books", 10.0, "USD"),  # the puma: wild cats, encyclopaedia
    ("sony", "সোনার চেইন ২২ ক্যারেট ডিজাইন", "", "jewelry", 40.0, "USD"),  # a gold chain, 22 carat
    ("sony", "சோனா மசூரி அரிசி 5 கிலோ", "", "food", 9.0, "USD"),  # Sona Masuri rice
    ("samsung", "সামসুন্নাহার রচনাবলী", "", "books", 7.0, "USD"),  # a writer's collected works (a name)
    ("rolex", "ரோலர் ஸ்கேட்ஸ் குழந்தைகளுக்கு", "", "toys", 20.0, "USD"),  # roller skates for children
    ("lego", "লেগুনা ভ্রমণ গাইড", "", "books", 6.0, "USD"),  # a laguna travel guide
    ("omega", "ওমেগা ৩ ফিশ অয়েল ক্যাপসুল", "", "supplements", 12.0, "USD"),  # omega-3 fish oil
    ("omega", "ஒமேகா 3 மீன் எண்ணெய் மாத்திரை", "", "supplements", 12.0, "USD"),
    ("coach", "ক্রিকেট কোচিং গাইড বই", "", "books", 5.0, "USD"),  # a cricket coaching guide book
    ("nike", "নিকা শাড়ি সুতি", "", "clothing", 15.0, "USD"),  # a cotton sari, "Nika"
    ("adidas", "ఆది దాస్ భక్తి పాటలు", "", "music", 3.0, "USD"),  # devotional songs of a poet (Adi Das)
]


def _half_width_entries() -> list[tuple]:
    """The curated innocent listings of scripts.py and sound.py in katakana or Hangul, in their half-width forms, and a
    few Latin ones in full-width letters."""
    out = []
    for brand, title, desc, cat, price, cur in [*scripts.WORDS, *sound.SCRIPT_WORDS]:
        if any("\u30a0" <= ch <= "\u30ff" for ch in title):
            out.append((brand, half_width_kana(title), desc, cat, price, cur))
        elif any("\uac00" <= ch <= "\ud7a3" for ch in title):
            out.append((brand, half_width_hangul(title), desc, cat, price, cur))
    for brand, title, desc, cat, price, cur in sound.SOUND_ALIKES[:6]:
        out.append((brand, full_width(title), desc, cat, price, cur))
    out += [("canon", "ｶﾉﾝ ﾋﾟｱﾉ ｿﾛ 楽譜", "", "books", 1200.0, "JPY"),
            ("nike", "ﾗﾝﾆﾝｸﾞｼｭｰｽﾞ ﾒﾝｽﾞ 軽量", "", "sneakers", 3980.0, "JPY"),
            ("gucci", "ﾚｻﾞｰ ﾍﾞﾙﾄ ﾒﾝｽﾞ ﾌﾞﾗｯｸ", "", "belts", 1980.0, "JPY"),
            ("rolex", "ﾒﾝｽﾞ 腕時計 ｸｫｰﾂ ﾚｻﾞｰﾊﾞﾝﾄﾞ", "", "watches", 2980.0, "JPY")]
    return out


EVASION_MAKERS = {"script_forms": make_script_forms, "script_more": make_script_more}
TRAP_MAKERS: dict = {}
CURATED = {"trap_script_forms": _half_width_entries(), "trap_script_more_words": MORE_WORDS}
