"""The brand's mark on the goods, named right after the brand (issue 9, rule "mark on the goods").

A frame lowers a mention when the listing sells something other than the brand's goods: an accessory named after a
device ("… case for iPhone 15 Pro Max"), a listing filed among accessories or handmade goods, a category far from
everything the brand sells. It must not lower the brand whose mark the goods themselves carry: "Louis Vuitton monogram
case for iPhone 15 Pro Max", "Nike swoosh silicone case AirPods 3", "Burberry check car seat covers", "Custom Nike
swoosh crochet beanie, handmade", "Handmade bucket hat from LV monogram fabric". Apple is the honest compatibility
there; the luxury house's mark is the counterfeit.

`mark_beside(text, evidence, patterns)` finds the brand's name (a mark or abbreviation of the brand, not a product
line) followed right away (spaces or a hyphen between; nothing between in Chinese and Japanese) by

- one of the brand's own registered logo names, as the registry's `logos` vocabulary gives them ("Nike swoosh",
  "adidas trefoil", "LV Damier", "Rolex crown"): the logo described where it sits, not goods of its own;
- when `patterns` (the brand sells apparel, bags or jewelry: sectors.py's "apparel" and "luggage_bags"), a word for the
  fashion house's pattern (PATTERN_WORDS: "monogram", "check", "print", "signature", "canvas", "stripe", 老花, 格纹,
  柄, 패턴 …): the house's trade dress on the goods.

Source of PATTERN_WORDS: the names fashion houses give their own trade dress and sellers repeat (Louis Vuitton's
Monogram and Damier canvases, the Burberry Check, Coach's Signature canvas, Gucci's GG canvas and Web stripe; Chinese
老花 "old flower" for the LV monogram and 格纹 for a check, Japanese 柄 "pattern"), written from general knowledge of
marketplace listings; nothing here is taken from a held-out set. Words that also name goods of a brand that sells no
fashion ("Canon print head") are kept out by `patterns`. A refusal before the mention ("no Nike swoosh") is the
caller's to check (judge.py).
"""

from __future__ import annotations

import re

from services.matcher.core.normalise import ListingText, is_wide
from services.matcher.core.scoring import Evidence
from services.matcher.core.word_frequencies import zipf_frequency
from services.matcher.core.alternation import longest_first

# the brand's name: a mark, alias or abbreviation of the brand, not a product line, a model or a logo itself
_NAME_VOCABULARIES = frozenset({None, "abbreviation"})
FASHION_SECTORS = frozenset({"apparel", "luggage_bags"})

PATTERN_WORDS: dict[str, list[str]] = {
    "en": ["monogram", "monogrammed", "check", "checked", "checks", "plaid", "tartan", "print", "printed", "prints",
           "signature", "canvas", "pattern", "patterned", "jacquard", "stripe", "stripes", "motif", "logo print"],
    "es": ["monograma", "estampado", "estampada", "cuadros", "lona"], "pt": ["monograma", "estampa", "estampado", "xadrez"],
    "fr": ["monogramme", "imprimé", "imprime", "carreaux", "toile", "motif"],
    "it": ["monogramma", "stampa", "stampato", "fantasia", "quadri", "tela"],
    "de": ["monogramm", "muster", "karo", "print", "druck"], "nl": ["monogram", "print", "ruit", "patroon"],
    "pl": ["monogram", "wzór", "wzor", "kratka", "nadruk"], "tr": ["desen", "desenli", "baskı", "baski", "monogram"],
    "ru": ["монограмма", "принт", "клетка", "узор"],
    "zh": ["老花", "印花", "格纹", "格紋", "图案", "圖案", "帆布"], "ja": ["柄", "モノグラム", "チェック", "プリント"],
    "ko": ["패턴", "체크", "프린트", "모노그램"],
}
PATTERN_SET = frozenset(w.casefold() for ws in PATTERN_WORDS.values() for w in ws)
_LATIN_PATTERNS = sorted({w for ws in PATTERN_WORDS.values() for w in ws if not any(is_wide(c) for c in w)},
                         key=longest_first)
_WIDE_PATTERNS = sorted({w for ws in PATTERN_WORDS.values() for w in ws if any(is_wide(c) for c in w)},
                        key=longest_first)
_PATTERN_AFTER = re.compile(r"^[ \-–—]*(%s)(?![^\W_])" % "|".join(re.escape(w) for w in _LATIN_PATTERNS))
_WIDE_PATTERN_AFTER = re.compile(r"^[ ]?(%s)" % "|".join(re.escape(w) for w in _WIDE_PATTERNS))
_GAP = re.compile(r"^[ \-–—]*$")

# Words that say a mark is shown on the goods: the logo words and the carriers of a mark (phrasebook.LOGO_WORDS,
# MARK_CARRIERS) and the badges and decals a maker's mark comes as on goods it never made ("BMW roundel decals",
# "Toyota emblems", "Cartier logo nail stickers"). A registered logo name ending in one ("GG logo", "LV monogram",
# "crown logo") is the mark itself, written as shown on goods. Source: general knowledge of how marketplace sellers
# describe logo goods; nothing taken from a held-out set.
SHOWN_WORDS: dict[str, list[str]] = {
    "en": ["logo", "logos", "logotype", "monogram", "monogrammed", "emblem", "emblems", "badge", "badges", "decal", "decals",
           "insignia", "roundel", "roundels", "sticker", "stickers"],
    "es": ["logo", "logotipo", "logotipos", "monograma", "emblema", "emblemas", "insignia", "calcomanías", "pegatinas"],
    "pt": ["logo", "logotipo", "logomarca", "monograma", "emblema", "emblemas", "adesivos"],
    "fr": ["logo", "logos", "monogramme", "emblème", "emblèmes", "écusson", "autocollants"],
    "it": ["logo", "logotipo", "monogramma", "stemma", "emblema", "adesivi"],
    "de": ["logo", "logos", "monogramm", "emblem", "embleme", "abzeichen", "aufkleber"],
    "nl": ["logo", "embleem"], "pl": ["logo", "logiem", "emblemat", "naklejki"], "tr": ["logo", "logolu", "amblem", "arma"],
    "ru": ["логотип", "логотипом", "лого", "эмблема", "эмблемой", "монограмма"],
    "zh": ["logo", "标志", "標誌"], "ja": ["ロゴ", "エンブレム", "モノグラム"], "ko": ["로고", "엠블럼", "모노그램"],
}
_SHOWN_LATIN = sorted({w for ws in SHOWN_WORDS.values() for w in ws if not any(is_wide(c) for c in w)}, key=longest_first)
_SHOWN_SET = frozenset(_SHOWN_LATIN)
_SHOWN_AFTER = re.compile(r"^[ \-–—]*(%s)(?![^\W_])" % "|".join(re.escape(w) for w in _SHOWN_LATIN))
# one short word between, of three letters at most: the logo's own name ("Coach C logo", "Puma cat logo", "Burberry TB
# logo", "Toyota/GR badges"); a longer one names another badge ("Gold Wing pilot badge" is an aviator's wings)
_SHOWN_AFTER_WORD = re.compile(r"^[ \-–—/]+[^\W_][\w\-]{0,2}[ \-–—]+(%s)(?![^\W_])" % "|".join(re.escape(w) for w in _SHOWN_LATIN))
_SHOWN_WIDE_AFTER = re.compile(r"^[ ]?(%s)" % "|".join(re.escape(w) for ws in SHOWN_WORDS.values() for w in ws
                                                     if any(is_wide(c) for c in w)))


def shown(said: str) -> bool:
    """`said` (what mark_beside found) ends in a word that says a mark as shown ("Coach C logo", "Puma cat logo",
    "BMW emblems"): the logo phrase says the name is the brand's, not the everyday word ("coach", "puma")."""
    words = said.casefold().split()
    return bool(words) and words[-1] in _SHOWN_SET


def initials_shown(name: str) -> bool:
    """A logo name that is the house's initials as written, two or three capitals, then a word that says a mark as
    shown ("GG logo", "LV monogram", "MK logo"): a monogram, the house's own, not an everyday word ("crown logo")."""
    words = name.split()
    return len(words) == 2 and words[1].casefold() in _SHOWN_SET and 2 <= len(words[0]) <= 3 and words[0].isalpha() \
        and words[0].isupper()


def _shown_logo(name: str) -> bool:
    """A registered logo name of two or more words whose last word says a mark as shown ("GG logo", "crown logo")."""
    words = name.casefold().split()
    return len(words) > 1 and words[-1] in _SHOWN_SET
# wordfreq's Zipf scale: 3.5 is about once in 300,000 words ("crown" 4.6, "swan" 3.8 in English; "swoosh" 2.5, "trefoil"
# 2.2, "damier" 1.7); the languages whose words the demo registry's logo names are
COMMON_ZIPF = 3.5
COMMON_LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "ru", "nl")


# The seller says the goods are hand-made or made to order (craft marketplaces' words in the languages of
# phrasebook.py): with the brand's mark beside its name ("Custom Nike swoosh crochet beanie, handmade") no retailer's
# listing of the brand's goods. Alone it says nothing: "Gucci loafers, handmade in Italy" are the brand's own.
HANDMADE_WORDS: dict[str, list[str]] = {
    "en": ["handmade", "hand made", "hand-made", "custom", "custom made", "customised", "customized", "upcycled",
           "homemade", "home made", "made by me", "diy", "handcrafted", "hand crafted", "crochet", "crocheted",
           "hand sewn", "hand-sewn", "hand knitted"],
    "es": ["hecho a mano", "hecha a mano", "artesanal", "personalizado", "personalizada"],
    "pt": ["feito à mão", "feita à mão", "feito a mao", "artesanal", "personalizado"],
    "fr": ["fait main", "faite main", "fait-main", "personnalisé", "personnalisée", "artisanal"],
    "it": ["fatto a mano", "fatta a mano", "artigianale", "personalizzato", "personalizzata"],
    "de": ["handgemacht", "handgemachte", "handgemachter", "handgefertigt", "handgefertigte", "selbstgemacht",
           "selbstgenäht"],
    "nl": ["handgemaakt", "handgemaakte"], "pl": ["ręcznie robiony", "ręcznie robiona", "ręcznie robione", "rękodzieło"],
    "tr": ["el yapımı", "el yapimi"], "ru": ["ручная работа", "ручной работы", "хендмейд"],
    "zh": ["手工", "手作", "定制", "定製", "diy"], "ja": ["手作り", "ハンドメイド", "手縫い"], "ko": ["핸드메이드", "수제"],
}
_HANDMADE_LATIN = re.compile(r"(?<![^\W_])(?:%s)(?![^\W_])" % "|".join(
    re.escape(w) for w in sorted({w for ws in HANDMADE_WORDS.values() for w in ws if not any(is_wide(c) for c in w)},
                                 key=longest_first)))
_HANDMADE_WIDE = re.compile("|".join(re.escape(w) for ws in HANDMADE_WORDS.values() for w in ws
                                     if any(is_wide(c) for c in w)))


def handmade(text: ListingText) -> str | None:
    """The listing's first word for hand-made or made-to-order goods (HANDMADE_WORDS), as written, else None."""
    original = text.original
    m = _HANDMADE_LATIN.search(original.casefold()) or _HANDMADE_WIDE.search(original)
    return None if m is None else original[m.start():m.end()]


def _span(text: ListingText, e: Evidence) -> tuple[int, int]:
    offset = len(text.title) + 1 if e.field == "description" else 0
    return e.start + offset, (e.end if e.end is not None else e.start) + offset


def _common(word: str) -> bool:
    """A word as common as "crown" or "swan" in one of COMMON_LANGUAGES (wordfreq Zipf COMMON_ZIPF or more)."""
    return any(zipf_frequency(word, lang) >= COMMON_ZIPF for lang in COMMON_LANGUAGES)


def mark_beside(text: ListingText, evidence: list[Evidence], patterns: bool,
                goods: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """(where the brand's name starts in text.original, "<name> <logo or pattern>") for the first mention of the
    brand's name followed right away by one of its registered logo names or, when `patterns`, by a pattern word; else
    None. `evidence`: one brand's signals (their `vocabulary` says a logo name from a name); `goods`: the words of the
    brand's categories ("minifigures"), whose logo names name goods, not a mark on them ("LEGO minifigure display
    case"). A logo name that is a common word (`_common`: "crown", "swan", "tick") is also a thing of its own ("Rolex
    crown and tube", the winding crown) and counts here only with a logo word after it (judge.py's carriers)."""
    original = text.original
    logos = [e for e in evidence if e.vocabulary == "logo" and e.start is not None and e.end is not None
             and " " not in (e.text or "").strip() and not _common((e.text or "").casefold())
             and not any(g.startswith((e.text or "").casefold()[:6]) for g in goods)]
    for e in evidence:
        if e.vocabulary == "logo" and e.start is not None and e.end is not None and _shown_logo(e.text or "") \
                and not any(g.startswith((e.text or "").casefold()[:6]) for g in goods):
            start, end = _span(text, e)
            return start, original[start:end]  # "GG logo", "LV monogram", "crown logo": the mark itself as shown
        if e.start is None or e.end is None or e.vocabulary not in _NAME_VOCABULARIES or e.term is None:
            continue
        start, end = _span(text, e)
        for x in logos:
            if x.field != e.field:
                continue
            x_start, x_end = _span(text, x)
            if x_start >= end and _GAP.match(original[end:x_start]) and (x_start > end or is_wide(original[end - 1])):
                return start, original[start:x_end]  # "Nike swoosh", "LV Damier", "ナイキ スウッシュ"
        tail = original[end:end + 24]
        m = _SHOWN_AFTER.match(tail.casefold()) or _SHOWN_WIDE_AFTER.match(tail) or _SHOWN_AFTER_WORD.match(tail.casefold())
        if m is not None and (m.start(1) > 0 or is_wide(tail[:1])):  # "Cartier logo", "BMW emblems", "Coach C logo"
            return start, original[start:end + m.end(1)]
        if not patterns:
            continue
        m = _PATTERN_AFTER.match(tail.casefold()) or _WIDE_PATTERN_AFTER.match(tail)
        if m is not None and (m.start(1) > 0 or is_wide(tail[:1])):  # "LV老花", not "Coachprint"
            return start, original[start:end + m.end(1)]
    return None
