"""A prescription medicine's mark on herbal or "natural" pills: "Herbal Viagra", "Viagra natural", "草本 Paxlovid".

No maker of a prescription medicine sells a herbal version of it: the mark on herbal, plant or "natural" capsules is an
unregistered product that borrows it (regulators' warnings about "herbal Viagra" name exactly this: undeclared
sildenafil in "natural" sexual-enhancement pills). `herbal_words(text)` finds the words; index.py makes them a
counterfeit cue for a brand that sells prescription medicines (Judge.sells_medicines), named by a mark of its that is
no everyday word and is not the company's own name (Viagra, Lipitor, Xarelto; not "Pfizer", not "Centrum").
"natural" counts only right beside the mark ("natural Viagra", "Viagra natural", "natürliches Viagra"); the herbal
words anywhere. A title that compares ("herbal alternative to Viagra", "like Viagra", "instead of") sells something
else, named by comparison, and says nothing here.

Source of the words: written for BrandSentry from how herbal and traditional remedies are named in the markets'
languages (herbal, ayurvedic, pflanzlich, Kräuter-, à base de plantes, fitoterápico, herbolario, erboristico, ziołowy,
растительный, травяной, bitkisel, عشبي, jamu, thảo dược, สมุนไพร, 草本, 中药, 漢方, 한방). Nothing is taken from a
held-out set.
"""

from __future__ import annotations

import re

from services.matcher.core.normalise import ListingText, latin_text

HERBAL = ("herbal", "herbs", "ayurvedic", "ayurveda", "plant based", "plant-based", "pflanzlich", "pflanzliches",
          "pflanzliche", "krauter", "kräuter", "a base de plantes", "à base de plantes", "fitoterapico", "fitoterápico",
          "herbolario", "de hierbas", "a base de hierbas", "erboristico", "erbe naturali", "ziolowy", "ziołowy",
          "ziolowa", "ziołowa", "bitkisel", "jamu", "thao duoc", "thảo dược", "herbal alami")
HERBAL_WIDE = ("растительн", "травян", "рослинн", "عشبي", "عشبية", "สมุนไพร", "草本", "中药", "中藥", "植物提取", "纯中药",
               "漢方", "한방", "허브")
NATURAL = ("natural", "naturel", "naturelle", "natürliches", "natürlich", "naturale", "naturel", "naturalny",
           "naturalna", "natuurlijke", "doğal", "dogal", "alami", "tự nhiên", "tu nhien")
NATURAL_WIDE = ("натуральн", "طبيعي", "طبيعية", "天然", "纯天然")
# a title that names the medicine by comparison
COMPARE = re.compile(r"(?<![a-z])(?:alternative|alternativa|alternative zu|substitute|instead of|like|similar to|"
                     r"compared|comparable|vs|versus|ersatz|statt|au lieu de|en lugar de|como el|wie)(?![a-z])")
COMPARE_WIDE = ("替代", "代替", "대체", "بديل", "аналог", "вместо")

_HERBAL = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(latin_text(w).lower()) for w in sorted(HERBAL, key=len, reverse=True))
                     + r")(?![a-z])")
_NATURAL = "|".join(re.escape(latin_text(w).lower()) for w in sorted(NATURAL, key=len, reverse=True))
_NATURAL_WORDS = tuple(dict.fromkeys(latin_text(w).lower() for w in NATURAL))  # the gate before the mark's expression


def herbal_at(text: ListingText, mark: str) -> tuple[str, int | None, int | None] | None:
    """(the words, their start and end in the original joined text when found there as written) of herbal_words."""
    said = herbal_words(text, mark)
    if said is None:
        return None
    original = text.original.casefold()
    at = original.find(said)
    return (said, at, at + len(said)) if at >= 0 else (said, None, None)


def herbal_words(text: ListingText, mark: str) -> str | None:
    """The words that put `mark` (a medicine's mark as the listing writes it) on herbal or "natural" pills, else None;
    None too when the title names it by comparison (COMPARE)."""
    title = latin_text(text.title).lower()
    if COMPARE.search(title) is not None or any(w in text.title for w in COMPARE_WIDE):
        return None
    joined = latin_text(f"{text.title}\n{text.description}").lower()
    if (m := _HERBAL.search(joined)) is not None:
        return m.group(0)
    original = f"{text.title}\n{text.description}".casefold()
    if (w := next((w for w in HERBAL_WIDE if w in original), None)) is not None:
        return w
    plain = latin_text(mark).lower()
    said = re.escape(plain)
    # (issue 16) the expression, one per mark (compiled when first asked: ~0.3 s a process), needs the mark and a
    # "natural" word in the text: a substring test each first
    if said and plain in joined and any(w in joined for w in _NATURAL_WORDS) and (m := re.search(rf"(?<![a-z])(?:(?:{_NATURAL})[^a-z0-9\n]{{1,3}}{said}|{said}[^a-z0-9\n]{{1,3}}(?:{_NATURAL}))"
                                r"(?![a-z])", joined)) is not None:
        return m.group(0)
    if (w := next((w for w in NATURAL_WIDE if w in original), None)) is not None and mark.casefold() in original:
        return w
    return None
