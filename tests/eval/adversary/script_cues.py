"""The trade's English copy words written by sound in other scripts, as each market's sellers spell them (issue 9,
glyphs30), beside the brand's initialism or mark; and the same scripts' everyday "copy" (an exercise book, a photocopy).

- script_copy_spellings: the brand's abbreviation (TNF, LV, MK) or mark, its goods, at a copy's price (not far below
  the floor), and "master copy", "first copy", "high copy", "mirror copy", "A-class copy", "replica", "fake" or
  "duplicate" written in Devanagari (Hindi and Nepali: कपी as well as कॉपी), Bengali, Tamil, Gurmukhi, Odia, Thai,
  Arabic, Urdu or Persian script, in the spellings sellers use beside the dictionary's;
- trap_script_copy_senses: the brand's genuine goods at a shop's price beside the same scripts' everyday words of
  copying (a school exercise book: नोटबुक, খাতা; a photocopy shop: फोटोस्टेट, ஜெராக்ஸ், ถ่ายเอกสาร), which claim no copy.

Written from how those markets write the English words by sound (each script's letters for the English sounds; the
vowel sign a seller drops or adds); the held-out set outsider27 named the class (c_initialism27: "TNF ... मास्टर कपी");
none of its listings is used here.
"""

from __future__ import annotations

from tests.eval.adversary.codes import _goods, _honest_draft
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap

EVASIONS = {
    "script_copy_spellings": "the brand's initialism or mark with the trade's English copy words written by sound in "
                             "Indic, Thai, Arabic, Urdu or Persian script, at a copy's price",
}
TRAPS = {
    "trap_script_copy_senses": "the brand's genuine goods beside the everyday 'copy' of those scripts (exercise book, "
                               "photocopy), at a shop's price",
}

SPELLINGS = {
    "hi": ["मास्टर कॉपी", "मास्टर कपी", "फर्स्ट कॉपी", "फर्स्ट कपी", "फस्ट कॉपी", "हाई कॉपी", "मिरर कॉपी", "रेप्लिका", "रिप्लिका",
           "नकली", "नक्कली", "डुप्लीकेट", "डुप्लिकेट", "ए क्लास कॉपी", "फर्स्ट क्वालिटी कॉपी"],
    "bn": ["মাস্টার কপি", "ফার্স্ট কপি", "ফাস্ট কপি", "রেপ্লিকা", "নকল", "ডুপ্লিকেট", "ফেক", "ফেইক", "এ ক্লাস কপি"],
    "ta": ["மாஸ்டர் காப்பி", "ஃபர்ஸ்ட் காப்பி", "மாஸ்டர் கோப்பி", "ஃபர்ஸ்ட் கோப்பி", "ரெப்ளிகா", "போலி", "மிரர் காப்பி"],
    "pa": ["ਮਾਸਟਰ ਕਾਪੀ", "ਫਸਟ ਕਾਪੀ", "ਨਕਲੀ"],
    "th": ["งานก๊อป", "ก๊อปปี้", "เรพลิก้า", "งานมิเรอร์", "ของปลอม", "มาสเตอร์ก๊อปปี้"],
    "ar": ["ماستر كوالتي", "فيرست كوبي", "فرست كوبي", "هاي كوبي", "ريبليكا", "تقليد", "ميرور"],
    "ur": ["ماسٹر کاپی", "فرسٹ کاپی", "ریپلیکا", "نقلی", "اے کلاس کاپی"],
    "fa": ["کپی درجه یک", "های کپی", "مستر کپی", "رپلیکا", "تقلبی"],
}
# (the bare कॉपी, کاپی of an exercise book or a photocopy counts as the copy trade's word beside a brand's goods at a
# shop's price, context/retail.py: left out here, a choice of that module's)
EVERYDAY_COPY = ["स्कूल नोटबुक सेट", "फोटोस्टेट सेवा", "স্কুলের খাতা", "ফটোস্ট্যাট", "ஜெராக்ஸ் கடை", "ถ่ายเอกสาร",
                 "دفتر مدرسه", "فوٹو اسٹیٹ"]


def _name(b: BrandView, s: Scene) -> str:
    abbreviations = [m.value for m in b.declared("abbreviation") if m.value.isascii() and m.value.isupper()
                     and 2 <= len(m.value) <= 4]
    marks = [m.value for m in b.latin_marks if not m.everyday]
    pool = abbreviations if abbreviations and s.rng.random() < 0.6 else marks or [b.name]
    return s.rng.choice(pool)


def make_script_copy_spellings(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cats = [c for c in b.categories if c in b.floors]
    if not cats:
        return None
    cat = r.choice(cats)
    name = _name(b, s)
    cue = r.choice(SPELLINGS[r.choice(list(SPELLINGS))])
    goods = _goods(b, s, cat)
    title = r.choice([f"{name} {goods} {cue}", f"{cue} {name} {goods}", f"{_cap(goods)} – {name} – {cue}",
                      f"{name} {goods} ({cue})"])
    return Draft(title, cat, s.price(cat), r.choice(["", "Cash on delivery.", "WhatsApp for more photos."]))


def make_script_copy_senses(b: BrandView, s: Scene) -> Draft | None:
    """codes._honest_draft: the brand's goods at a shop's price, no goods in packs (a pack's price reads as a unit's)."""
    return _honest_draft(b, s, f"– {b.name} + {s.rng.choice(EVERYDAY_COPY)}")


EVASION_MAKERS = {"script_copy_spellings": make_script_copy_spellings}
TRAP_MAKERS = {"trap_script_copy_senses": make_script_copy_senses}
