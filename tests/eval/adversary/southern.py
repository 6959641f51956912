"""The adversary's classes of South India, Sri Lanka and the Caucasus (hanzi, 2026-12-02): a mark written by its sound in
Tamil, Telugu, Kannada, Malayalam, Gujarati, Gurmukhi, Sinhala, Georgian or Armenian, as those markets write brand names,
with the market's own copy words (ఫస్ట్ కాపీ, ಫಸ್ಟ್ ಕಾಪಿ, ഫസ്റ്റ് കോപ്പി, ફર્સ્ટ કોપી, ਫਸਟ ਕਾਪੀ, ෆස්ට් කොපි, ასლი,
կրկնօրինակ) or a price far below the floor; and the same names in a shop's listing at a genuine unit's price.

Written from first principles with this file's own tables, not the matcher's libraries (anyascii): a mark is read aloud
(sound.phonemes) and written with each script's letters. The Indic scripts share one layout (ISCII; the Unicode blocks
of Devanagari, Gurmukhi, Gujarati, Tamil, Telugu, Kannada and Malayalam are parallel, Unicode Standard ch. 12), so one
writer spells the sounds with Devanagari's offsets and moves them into the script's block: English t and d as the
retroflex row (టి, ಡಿ), an inner consonant cluster with the virama (Gurmukhi writes none: ਸੈਮਸੰਗ), a final consonant
with it in the Dravidian scripts (సామ్‌సంగ్, சாம்சங்) and without in Gujarati and Gurmukhi (સેમસંગ), ng as the anusvara
(Tamil: ங்). Tamil has one letter for a stop voiced or not (க for k and g, ட for t and d, ப for p and b) and writes f as
ஃப; Gurmukhi and Gujarati write e as ai before m (ਸੈਮ, the way Hindi writes सैमसंग) now and then. Sinhala by its own
chart (consonants ක ග ච ජ ට ඩ න ප බ ම ය ර ල ව ස හ ෆ, al-lakuna ්, vowel signs ා ැ ි ු ෙ ො). Georgian by its alphabet
(k, t, p of a foreign name as the ejectives კ ტ პ: კოკა-კოლა, ტოიოტა) with the nominative -ი after a final consonant
(ნაიკი, როლექსი); Armenian by its alphabet (u as ու, k as ք, t as թ or տ, p as պ).

- script_south_caucasus: such a spelling among the brand's goods with the market's copy word (60 %) or a price far
  below the floor;
- trap_script_south_retail: a shop of the market writing the brand's own name so, at a genuine unit's price, its words
  for new and genuine, no cue (the lowering of a plainly named listing at a fair price must stay).
"""

from __future__ import annotations

import random
import re
import unicodedata

from tests.eval.adversary import genuine, sound
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _pick_mark, _sound_marks

EVASIONS = {
    "script_south_caucasus": "a mark written by its sound in Tamil, Telugu, Kannada, Malayalam, Gujarati, Gurmukhi, "
                             "Sinhala, Georgian or Armenian, with the market's copy word or a price far below the floor",
}
TRAPS = {
    "trap_script_south_retail": "a shop writing the brand's own name in one of those scripts at a genuine unit's price, "
                                "its words for new and genuine, no cue",
}

INDIC = {"gurmukhi": 0x0A00, "gujarati": 0x0A80, "tamil": 0x0B80, "telugu": 0x0C00, "kannada": 0x0C80, "malayalam": 0x0D00}
DRAVIDIAN = {"tamil", "telugu", "kannada", "malayalam"}
SCRIPTS = [*INDIC, "sinhala", "georgian", "armenian"]

# sounds (sound.phonemes' symbols) -> Devanagari's offset in its block (0x15 क ...), the parallel letter of every script
_C = {"k": 0x15, "g": 0x17, "C": 0x1A, "j": 0x1C, "t": 0x1F, "d": 0x21, "n": 0x28, "p": 0x2A, "f": 0x2B, "b": 0x2C,
      "m": 0x2E, "y": 0x2F, "r": 0x30, "l": 0x32, "v": 0x35, "w": 0x35, "S": 0x36, "s": 0x38, "h": 0x39, "z": 0x1C,
      "T": 0x25}
_V_SIGN = {"a": None, "e": 0x47, "i": 0x3F, "o": 0x4B, "u": 0x41}  # after a consonant (a: the inherent vowel)
_V_ALONE = {"a": 0x05, "e": 0x0F, "i": 0x07, "o": 0x13, "u": 0x09}
_VIRAMA, _ANUSVARA, _AI_SIGN, _LONG_A = 0x4D, 0x02, 0x48, 0x3E
# Tamil has no letters for voiced and aspirated stops: the voiceless one writes both; s, j, sh, h by the Grantha
# letters ஸ ஜ ஷ ஹ; f as ஃப
_TAMIL = {"g": "க", "d": "ட", "b": "ப", "T": "த", "f": "ஃப", "z": "ஜ", "S": "ஷ", "s": "ஸ", "C": "ச"}


def indic(mark: str, script: str, rng: random.Random) -> str:
    block = INDIC[script]
    out: list[str] = []
    sylls = sound._syllables(sound.phonemes(mark))
    skip = False
    for k, (consonant, vowel, _) in enumerate(sylls):
        last = k == len(sylls) - 1
        if skip:
            skip = False
            continue
        if vowel == "a" and k + 1 < len(sylls) and sylls[k + 1][0] == "" and sylls[k + 1][1] in "iu":
            vowel = "ai" if sylls[k + 1][1] == "i" else "au"  # a diphthong: one vowel sign (నై, ਨਾਈ has two)
            skip = True
        if not consonant:
            out.append(chr(block + _V_ALONE[vowel[0]]))
            continue
        nasal = consonant == "N" or consonant in "mn" and not vowel and not last and script != "tamil" and rng.random() < 0.5
        if nasal:
            if script == "tamil":
                out.append("ங்" if consonant == "N" else "ம்" if consonant == "m" else "ன்")
                continue
            out.append(chr(block + (0x70 if script == "gurmukhi" else _ANUSVARA)))  # Gurmukhi's tippi
            if consonant != "N":
                continue
            consonant = "g"  # ng: the anusvara and g (सैमसंग, సామ్‌సంగ్)
        if script == "tamil" and consonant in _TAMIL:
            out.append(_TAMIL[consonant])
        else:
            out.append(chr(block + _C.get(consonant, 0x38)))
        if vowel in ("ai", "au"):
            out.append(chr(block + (_AI_SIGN if vowel == "ai" else 0x4C)))
        elif vowel:
            if vowel == "a" and rng.random() < 0.5:
                out.append(chr(block + _LONG_A))  # a foreign a heard long (సా, ಸಾ)
            elif vowel == "e" and script in ("gurmukhi", "gujarati") and rng.random() < 0.4:
                out.append(chr(block + _AI_SIGN))  # ਸੈਮ, સૈમ
            elif _V_SIGN[vowel]:
                out.append(chr(block + _V_SIGN[vowel]))
        elif script == "gurmukhi" or (last and script == "gujarati"):
            pass  # no virama: the consonant alone is read without its vowel
        else:
            out.append(chr(block + _VIRAMA))
    return unicodedata.normalize("NFC", "".join(out))


_SINHALA_C = {"k": "ක", "g": "ග", "C": "ච", "j": "ජ", "t": "ට", "d": "ඩ", "n": "න", "p": "ප", "f": "ෆ", "b": "බ",
              "m": "ම", "y": "ය", "r": "ර", "l": "ල", "v": "ව", "w": "ව", "S": "ෂ", "s": "ස", "h": "හ", "z": "ස",
              "T": "ත", "N": "ං"}
_SINHALA_SIGN = {"a": "", "e": "ෙ", "i": "ි", "o": "ො", "u": "ු"}
_SINHALA_ALONE = {"a": "අ", "e": "එ", "i": "ඉ", "o": "ඔ", "u": "උ"}


def sinhala(mark: str, rng: random.Random) -> str:
    out = []
    for consonant, vowel, _ in sound._syllables(sound.phonemes(mark)):
        if not consonant:
            out.append(_SINHALA_ALONE[vowel])
        elif consonant == "N":
            out.append("ං")
        else:
            out.append(_SINHALA_C.get(consonant, "ස"))
            out.append(("ා" if rng.random() < 0.5 else "ැ") if vowel == "a" else _SINHALA_SIGN[vowel] if vowel else "්")
    return "".join(out)


_GEORGIAN = {"a": "ა", "b": "ბ", "g": "გ", "d": "დ", "e": "ე", "v": "ვ", "z": "ზ", "T": "თ", "i": "ი", "k": "კ",
             "l": "ლ", "m": "მ", "n": "ნ", "o": "ო", "p": "პ", "r": "რ", "s": "ს", "t": "ტ", "u": "უ", "f": "ფ",
             "h": "ჰ", "S": "შ", "C": "ჩ", "j": "ჯ", "y": "ი", "w": "ვ", "N": "ნგ"}


def georgian(mark: str, rng: random.Random) -> str:
    text = "".join(_GEORGIAN.get(s, "") for s in sound.phonemes(mark) if s != ":")
    return text + "ი" if text and text[-1] not in "აეიოუ" else text


_ARMENIAN = {"a": "ա", "b": "բ", "g": "գ", "d": "դ", "e": "ե", "z": "զ", "i": "ի", "l": "լ", "h": "հ", "m": "մ",
             "y": "յ", "n": "ն", "S": "շ", "o": "ո", "C": "չ", "p": "պ", "j": "ջ", "r": "ր", "s": "ս", "v": "վ",
             "u": "ու", "f": "ֆ", "k": "ք", "T": "թ", "w": "ու", "N": "նգ"}


def armenian(mark: str, rng: random.Random) -> str:
    t = "թ" if rng.random() < 0.5 else "տ"
    text = "".join(t if s == "t" else _ARMENIAN.get(s, "") for s in sound.phonemes(mark) if s != ":")
    text = re.sub("^ե", "է", text)  # a word's first e is է
    return text[:1].upper() + text[1:]


def in_script(mark: str, script: str, rng: random.Random) -> str:
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", mark) if not unicodedata.combining(ch))
    plain = re.sub("cc(?=[ei])", "ch", plain)  # Italian cc before e, i is ch (Gucci: गुच्ची, გუჩი)
    words = [w for w in re.split(r"[^A-Za-z]+", plain.replace("'", "")) if w]
    write = {"sinhala": sinhala, "georgian": georgian, "armenian": armenian}.get(script)
    return " ".join(write(w, rng) if write else indic(w, script, rng) for w in words)


# the markets' copy words: the Indian trade's "first/master copy" by sound and each language's word for a fake (Wiktionary's
# translations of "counterfeit"); Sinhala, Georgian and Armenian their words for a copy, a fake and a replica
COPY = {"tamil": ["ஃபர்ஸ்ட் காப்பி", "மாஸ்டர் காப்பி", "போலி"], "telugu": ["ఫస్ట్ కాపీ", "మాస్టర్ కాపీ", "నకిలీ"],
        "kannada": ["ಫಸ್ಟ್ ಕಾಪಿ", "ಮಾಸ್ಟರ್ ಕಾಪಿ", "ನಕಲಿ"], "malayalam": ["ഫസ്റ്റ് കോപ്പി", "മാസ്റ്റർ കോപ്പി", "വ്യാജ"],
        "gujarati": ["ફર્સ્ટ કોપી", "માસ્ટર કોપી", "નકલી"], "gurmukhi": ["ਫਸਟ ਕਾਪੀ", "ਮਾਸਟਰ ਕਾਪੀ", "ਨਕਲੀ"],
        "sinhala": ["ෆස්ට් කොපි", "මාස්ටර් කොපි", "ව්‍යාජ"], "georgian": ["ასლი", "რეპლიკა", "ყალბი"],
        "armenian": ["կրկնօրինակ", "ռեպլիկա", "կեղծ"]}
# the markets' words for new and genuine (a shop's listing)
NEW = {"tamil": "புதியது அசல்", "telugu": "కొత్తది ఒరిజినల్", "kannada": "ಹೊಸದು ಒರಿಜಿನಲ್", "malayalam": "പുതിയത് ഒറിജിനൽ",
       "gujarati": "નવું ઓરિજિનલ", "gurmukhi": "ਨਵਾਂ ਅਸਲੀ", "sinhala": "අලුත් ඔරිජිනල්", "georgian": "ახალი ორიგინალი",
       "armenian": "նոր օրիգինալ"}
CURRENCY = {"tamil": "INR", "telugu": "INR", "kannada": "INR", "malayalam": "INR", "gujarati": "INR", "gurmukhi": "INR",
            "sinhala": "LKR", "georgian": "GEL", "armenian": "AMD"}


def _written(b: BrandView, s: Scene, own: bool = False) -> tuple[str, str, str] | None:
    """(mark, script, the mark written in it); `own`: the brand's own name only."""
    marks = [m for m in _sound_marks(b) if len(m.value.split()) <= 2]
    if own:
        marks = [m for m in marks if not m.everyday and m.value.casefold() == b.name.casefold()][:1]
    m = _pick_mark(b, s, marks)
    if m is None:
        return None
    script = s.rng.choice(SCRIPTS)
    text = in_script(m.value, script, s.rng)
    return (m.value, script, text) if text.strip() else None


def make_script_south_caucasus(b: BrandView, s: Scene) -> Draft | None:
    found = _written(b, s)
    if found is None:
        return None
    _, script, text = found
    r = s.rng
    floored = [c for c in b.categories if c in b.floors]
    low = bool(floored) and r.random() < 0.4
    cat = r.choice(floored) if low else s.category()
    parts = [text, s.product(cat)]
    if not low:
        parts.append(r.choice(COPY[script]))
    return Draft(" ".join(parts), cat, s.price(cat, low=low), r.choice(["", "Delivery available. Call or message."]))


def make_trap_script_south_retail(b: BrandView, s: Scene) -> Draft | None:
    floored = [c for c in b.categories if c in b.floors and "prescription" not in c]
    found = _written(b, s, own=True)
    if not floored or found is None:
        return None
    mark, script, text = found
    cat = s.rng.choice(floored)
    goods = next((p for p in (s.product(cat) for _ in range(6)) if not re.search(r"\d+\s*(?:pack|x\b|pcs)|pack of", p)), "")
    return Draft(_cap(f"{text} {goods} {NEW[script]}"), cat, genuine._retail_price(b, s, cat, mark), "")


EVASION_MAKERS = {"script_south_caucasus": make_script_south_caucasus}
TRAP_MAKERS = {"trap_script_south_retail": make_trap_script_south_retail}
