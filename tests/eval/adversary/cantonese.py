"""The adversary's Cantonese romanisations (scripts, 2026-12-03): a brand's Chinese name written in Latin letters as
Cantonese says it, the way Hong Kong, Macau, Guangdong and the diaspora (Canada, Australia, the UK, Singapore,
Malaysia) write it, and the same writings where they are a person, a street or a shop.

Written from first principles, each romanisation's own conventions (not a held-out set's strings); the characters' Jyutping
is ToJyutping's first reading (the Linguistic Society of Hong Kong's scheme, tone digits 1-6):
- Jyutping with tone digits ("lou4 lik6 si6") or without ("Lou Lik Si");
- Yale: z c j written j ch y, oe/eo written eu, the tone marked on the first vowel (macron or grave for 1, acute for 2,
  none for 3, grave for 4, acute for 5, none for 6) and the low tones 4-6 by an h after the vowels ("Lòuh Lihk Sih");
- the Hong Kong government's spelling of names and places, and sellers' own: b d g written p t k, z and c written ch or
  ts, j written y, aa written a, a short a before m n p t written u (Sum, Sun), ou written o or ow, eoi written ui,
  yu written u or ue, si zi ci written sze tsz chi, ik written ick, au written ow ("Lo Lik Sze", "Pak Tak Tsz");
- an ad-hoc mixture of the two per syllable ("Lo Yik Wai Dang", "Daai Sam");
- capitalised words with spaces, hyphens, one run-together word, capitals.

- cantonese_romanised: such a writing in the brand's category with a counterfeit cue or a price far below the floor;
- trap_cantonese_names: the same writings as a person's, a street's or a shop's name far from the brand's goods, no cue.

The same for Mandarin's romanisations other than Hanyu pinyin (pinyin.py's), from the alias's hand-written pinyin
(chinese.PINYIN) by each system's conversion table:
- Wade-Giles (Taiwan's passports and older names, the West's books until the 1980s): b p d t g k written p p' t t' k k',
  j q x ch ch' hs, zh ch ch ch', z c ts ts' (tz tz' before the apical vowel), r j; the apical i written ih after
  ch sh j and u (ŭ) after ts s (ssu, tzu); -ong -ung, -ian -ien, -ie -ieh, you yu, yan yen, ye yeh, -e after k h -o;
  uo written o after t t' n l ts ch j (To, Lo, Cho); apostrophes and ü kept, dropped or typed u or yu;
- Tongyong (Taiwan's official spelling 2002-2008, still on street signs): zh jh, q c, x s, ü yu, the apical vowel ih,
  -iu -iou, -ui -uei, eng after b p m f w ong, wen wun.
- mandarin_romanised: such a writing in the brand's category with a cue or a price far below the floor;
- trap_mandarin_names: the same writings as a Taiwanese person's, street's or shop's name far from the goods, no cue.
"""

from __future__ import annotations

import re
import unicodedata

from tests.eval.adversary import chinese
from tests.eval.adversary.generate import BrandView, Draft, Mark, Scene, _corroborated

EVASIONS = {
    "cantonese_romanised": "the brand's Chinese name in Cantonese romanisation (Jyutping with or without tone digits, "
                           "Yale, the Hong Kong government's and sellers' spellings: Lou Lik Si, Lòuh Lihk Sih, Lo Lik "
                           "Sze, noihak) in the brand's category with a cue or a price far below the floor",
}
TRAPS = {
    "trap_cantonese_names": "the same Cantonese romanisations as a person's, a street's or a shop's name (a flat on "
                            "Lo Lik Si Road, tutoring by Mr Noi Hak), far from the brand's goods, no cue",
}

_INITIALS = ("gw", "kw", "ng", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "w", "z", "c", "s", "j")
_JYUTPING = re.compile(r"([a-z]+?)([1-6])")
_TONE_MARK = {1: "\u0304", 2: "\u0301", 3: "", 4: "\u0300", 5: "\u0301", 6: ""}


def readings(alias: str) -> list[tuple[str, str, int]] | None:
    """The alias's syllables as (initial, final, tone) by ToJyutping's first reading, None when one has none."""
    import ToJyutping

    out = []
    for _, jp in ToJyutping.get_jyutping_list(alias):
        m = jp and _JYUTPING.fullmatch(jp)
        if not m:
            return None
        syllable, tone = m[1], int(m[2])
        initial = next((i for i in _INITIALS if syllable.startswith(i) and len(syllable) > len(i)), "")
        out.append((initial, syllable[len(initial):], tone))
    return out


def aliases(b: BrandView) -> list[Mark]:
    """The brand's Chinese aliases of two to six Han characters that are no everyday word."""
    return [m for m in b.cjk if not m.everyday and 2 <= len(m.value) <= 6 and all(chinese.is_cjk(c) for c in m.value)
            and not any("\u3040" <= c <= "\u30ff" or "\uac00" <= c <= "\ud7a3" for c in m.value)]


def _jyutping(initial: str, final: str, tone: int, r, digits: bool) -> str:
    return initial + final + (str(tone) if digits else "")


def _yale(initial: str, final: str, tone: int, r) -> str:
    initial = {"z": "j", "c": "ch", "j": "y"}.get(initial, initial)
    final = final.replace("oe", "eu").replace("eo", "eu")
    if initial == "y" and final.startswith("yu"):
        initial = ""
    if final == "aa":
        final = "a"
    m = re.match(r"([aeiouy]*)(.*)", final)
    vowels, coda = m[1], m[2]
    if not vowels:  # syllabic m, ng
        return initial + final
    mark = _TONE_MARK[tone] if tone != 1 or r.random() < 0.5 else "\u0300"
    vowels = unicodedata.normalize("NFC", vowels[0] + mark + vowels[1:])
    return initial + vowels + ("h" if tone >= 4 else "") + coda


def _government(initial: str, final: str, tone: int, r) -> str:
    if final == "i" and initial in ("s", "z", "c"):
        return {"s": r.choice(["sze", "sz", "see", "shi"]), "z": r.choice(["tsz", "chi", "tsze"]),
                "c": r.choice(["chi", "tsz", "chee"])}[initial]
    initial = {"b": "p", "d": "t", "g": "k", "gw": "kw", "z": r.choice(["ch", "ts"]), "c": r.choice(["ch", "ts"]),
               "j": "y"}.get(initial, initial)
    final = re.sub(r"^a([mnpt])$", lambda m: ("u" if r.random() < 0.5 else "a") + m[1], final)
    final = (final.replace("aa", "a").replace("eoi", "ui").replace("oe", "eu").replace("eo", "eu"))
    final = re.sub(r"^ou$", lambda _: r.choice(["o", "ow", "ou"]), final)
    final = re.sub(r"^au$", lambda _: r.choice(["au", "ow"]), final)
    final = re.sub(r"^yu(n|t)?$", lambda m: r.choice(["u", "ue"]) + (m[1] or ""), final)  # Yuen Long, Suet, Chu
    final = re.sub(r"^ei$", lambda _: r.choice(["ei", "ee", "i"]), final)
    final = re.sub(r"^ik$", lambda _: r.choice(["ik", "ick"]), final)
    final = re.sub(r"^oi$", lambda _: r.choice(["oi", "oy"]), final)
    return initial + final


def write(alias: str, r) -> str | None:
    """The alias in one Cantonese romanisation, in one of the ways sellers put its syllables together."""
    syllables = readings(alias)
    if not syllables:
        return None
    way = r.choice(["jyutping_digits", "jyutping", "yale", "government", "government", "mixed", "mixed"])
    if way == "jyutping_digits":
        words = [_jyutping(*s, r, digits=True) for s in syllables]
        return r.choice([" ", ""]).join(words)
    if way == "jyutping":
        words = [_jyutping(*s, r, digits=False) for s in syllables]
    elif way == "yale":
        words = [_yale(*s, r) for s in syllables]
    elif way == "government":
        words = [_government(*s, r) for s in syllables]
    else:
        words = [_government(*s, r) if r.random() < 0.5 else _jyutping(*s, r, digits=False) for s in syllables]
    shape = r.random()
    if shape < 0.6:
        return " ".join(w.capitalize() for w in words)
    if shape < 0.72:
        return "-".join(w.capitalize() for w in words)
    if shape < 0.86:
        return "".join(words).capitalize()
    return " ".join(w.upper() for w in words)


def _written(b: BrandView, s: Scene) -> str | None:
    found = aliases(b)
    if not found:
        return None
    return write(s.rng.choice(found).value, s.rng)


def make_cantonese_romanised(b: BrandView, s: Scene) -> Draft | None:
    text = _written(b, s)
    if not text:
        return None
    draft = _corroborated(b, s, text, strong=True)
    if s.rng.random() < 0.3:  # Hong Kong's own copy words beside the English
        draft.title = f"{draft.title} {s.rng.choice(['A貨', '高仿', '1比1', '原單'])}"
    return draft


# a person's, a street's or a shop's name far from any brand's goods: (title with {name}, category, price in HKD)
FAR = [
    ("Flat for rent near {name} Road, 2 bedrooms", "real estate", 16500.0),
    ("{name} Street shop space to let", "real estate", 28000.0),
    ("Maths tutoring by Mr {name}, DSE", "services", 350.0),
    ("Piano lessons, teacher {name}", "services", 300.0),
    ("{name} Kitchen dim sum voucher for 4", "food", 480.0),
    ("Wedding photos by {name} Studio", "services", 6800.0),
    ("Memoir of {name}, paperback", "books", 120.0),
    ("{name} Cha Chaan Teng gift card", "food", 200.0),
]


def make_trap_cantonese_names(b: BrandView, s: Scene) -> Draft | None:
    text = _written(b, s)
    if not text:
        return None
    title, category, price = s.rng.choice(FAR)
    return Draft(title.format(name=text), category, (round(price * s.rng.uniform(0.8, 1.3)), "HKD"), "")


_WG_INITIALS = {"b": "p", "p": "p'", "d": "t", "t": "t'", "g": "k", "k": "k'", "j": "ch", "q": "ch'", "x": "hs",
                "zh": "ch", "ch": "ch'", "sh": "sh", "r": "j", "z": "ts", "c": "ts'", "s": "s", "h": "h", "m": "m",
                "n": "n", "l": "l", "f": "f", "y": "y", "w": "w", "": ""}


def _split_pinyin(syllable: str) -> tuple[str, str]:
    for initial in ("zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcsyw"):
        if syllable.startswith(initial) and len(syllable) > len(initial):
            return initial, syllable[len(initial):]
    return "", syllable


def wade_giles(syllable: str, r) -> str:
    """A toneless pinyin syllable in Wade-Giles, as a seller types it (apostrophes and ü kept or not)."""
    initial, final = _split_pinyin(syllable.replace("ü", "v"))
    if final == "i" and initial in ("zh", "ch", "sh", "r"):
        out = _WG_INITIALS[initial] + "ih"
    elif final == "i" and initial in ("z", "c", "s"):
        out = {"z": r.choice(["tzu", "tzŭ"]), "c": r.choice(["tz'u", "tz'ŭ"]), "s": r.choice(["ssu", "szu", "sŭ"])}[initial]
    else:
        if initial in ("j", "q", "x", "y") and final.startswith("u"):
            final = "v" + final[1:]  # ju qu xu yu: the u is ü
        final = {"ong": "ung", "iong": "iung", "ian": "ien", "ie": "ieh", "ve": "üeh", "e": "o" if initial in ("k", "g", "h") else "e",
                 "uo": "o" if initial in ("d", "t", "n", "l", "z", "c", "s", "zh", "ch", "r") else "uo",
                 "er": "erh"}.get(final, final)
        if initial == "y":
            final = {"ou": "u", "an": "en", "e": "eh", "i": "i", "ong": "ung"}.get(final, final)
            initial = "" if final.startswith(("i", "v")) else "y"
        out = _WG_INITIALS[initial] + final.replace("v", "ü")
    if r.random() < 0.5:
        out = out.replace("'", "")
    if "ü" in out and r.random() < 0.6:
        out = out.replace("ü", r.choice(["u", "yu"]))
    return out.replace("ŭ", "u") if r.random() < 0.5 else out


def tongyong(syllable: str, r) -> str:
    """A toneless pinyin syllable in Tongyong pinyin."""
    initial, final = _split_pinyin(syllable.replace("ü", "v"))
    if final == "i" and initial in ("zh", "ch", "sh", "r", "z", "c", "s"):
        return {"zh": "jh"}.get(initial, initial) + "ih"
    if initial in ("j", "q", "x", "y") and final.startswith("u"):
        final = "v" + final[1:]
    initial = {"zh": "jh", "q": "c", "x": "s"}.get(initial, initial)
    final = {"iu": "iou", "ui": "uei", "eng": "ong" if initial in ("b", "p", "m", "f", "w") else "eng",
             "en": "un" if initial == "w" else "en"}.get(final, final)
    final = final.replace("v", "yu")
    return (initial + final).replace("yyu", "yu")


def write_mandarin(alias: str, r) -> str | None:
    """The alias's Mandarin in Wade-Giles or Tongyong, when that writing differs from its Hanyu pinyin."""
    syllables = chinese.PINYIN.get(alias, "").split()
    if not 2 <= len(syllables) <= 6:
        return None
    for _ in range(4):
        system = wade_giles if r.random() < 0.6 else tongyong
        words = [system(p, r) for p in syllables]
        if [w.replace("'", "") for w in words] != syllables:
            break
    else:
        return None
    if r.random() < 0.25:  # tone digits after each syllable
        words = [f"{w}{r.randint(1, 4)}" for w in words]
    shape = r.random()
    if shape < 0.65:
        return " ".join(w[:1].upper() + w[1:] for w in words)
    if shape < 0.8:
        return "-".join(w[:1].upper() + w[1:] for w in words)
    return "".join(words).capitalize()


def _written_mandarin(b: BrandView, s: Scene) -> str | None:
    found = [m for m in aliases(b) if len(chinese.PINYIN.get(m.value, "").split()) >= 2]
    if not found:
        return None
    return write_mandarin(s.rng.choice(found).value, s.rng)


def make_mandarin_romanised(b: BrandView, s: Scene) -> Draft | None:
    text = _written_mandarin(b, s)
    return _corroborated(b, s, text, strong=True) if text else None


FAR_TW = [
    ("Apartment for rent, {name} Road section 2, Taipei", "real estate", 28000.0),
    ("Calligraphy class with teacher {name}", "services", 1200.0),
    ("{name} Beef Noodle shop gift voucher", "food", 500.0),
    ("Biography: {name}, a life in Kaohsiung", "books", 380.0),
]


def make_trap_mandarin_names(b: BrandView, s: Scene) -> Draft | None:
    text = _written_mandarin(b, s)
    if not text:
        return None
    title, category, price = s.rng.choice(FAR_TW)
    return Draft(title.format(name=text), category, (round(price * s.rng.uniform(0.8, 1.3)), "TWD"), "")


EVASIONS["mandarin_romanised"] = ("the brand's Chinese name in a Mandarin romanisation other than Hanyu pinyin (Wade-Giles: "
                                  "Lao Li Shih, Chia Neng, Tzu Sheng T'ang; Tongyong: Zih Sheng Tang) in the brand's "
                                  "category with a cue or a price far below the floor")
TRAPS["trap_mandarin_names"] = ("the same Wade-Giles and Tongyong writings as a Taiwanese person's, street's or shop's "
                                "name far from the brand's goods, no cue")
EVASION_MAKERS = {"cantonese_romanised": make_cantonese_romanised, "mandarin_romanised": make_mandarin_romanised}
TRAP_MAKERS = {"trap_cantonese_names": make_trap_cantonese_names, "trap_mandarin_names": make_trap_mandarin_names}
