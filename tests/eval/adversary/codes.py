"""The adversary's coded classes (codes, 2026-12-02): the mark written in a code a buyer decodes with a chart, and the
honest listings that use the same codes.

Written from first principles: a seller who will not write the mark writes it in a code any buyer can read, under a
generic title, with a counterfeit cue or a copy's price.
- braille_letters: the mark in Unicode Braille cells (UEB Grade 1 letters; a capital indicator now and then; words
  apart by a space or a blank cell).
- morse_code: the mark in ITU Morse code, letters apart by a space, words by " / " or " | ", dots and dashes as ASCII or
  their look-alikes (· • – —).
- spelling_alphabet: the mark spelt with the ICAO/NATO alphabet (Alpha or Alfa, Juliet or Juliett, X-ray or Xray) or
  now and then the German DIN 5009 one, in parentheses or not, commas or hyphens between the words now and then.
- ipa_respelling: the mark's pronunciation in IPA between slashes or brackets, as a dictionary writes it (stress mark,
  length marks, syllable dots), made by a small English letter-to-sound table of this module.
- anagram_hint: the mark's letters scrambled (no word of any language) with a hint to unscramble them in one of
  eight languages, or in capitals with no hint beside a cue that claims a copy.
The held-out set outsider13 named the classes (c_braille_letters, c_morse_code, c_nato_phonetic, c_ipa_respelling,
c_anagram_hint); none of its listings is used here.

The twins that must stay quiet, on every brand: Braille learning cards, labels and books, and Braille on the brand's
genuine packaging at a shop's price (trap_braille_letters); Morse-code jewellery of a name or word, keyers and posters,
and the brand in Morse at a shop's price with no cue (trap_morse_code); NATO alphabet patches, mugs and flash cards and
the brand spelt at a shop's price with no cue (trap_spelling_alphabet); pronunciation guides and dictionaries, and the
brand's genuine goods with a pronunciation note at a shop's price (trap_ipa_respelling); word puzzles, letter strings
that are anagrams of no mark, and everyday words that are anagrams of a mark (nosy, arms) among the brand's goods
(trap_anagram_hint).
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, one_of

EVASIONS = {
    "braille_letters": "the mark in Unicode Braille cells (UEB Grade 1) under a generic title, with a cue or a copy's price",
    "morse_code": "the mark in Morse code (ASCII or look-alike dots and dashes, / between words) with a cue or a copy's price",
    "spelling_alphabet": "the mark spelt with the NATO (or German) spelling alphabet, with a cue or a copy's price",
    "ipa_respelling": "the mark only as its IPA pronunciation between slashes or brackets, with a cue or a copy's price",
    "anagram_hint": "the mark's letters scrambled with a hint to unscramble them (8 languages), or with a copy cue",
}
TRAPS = {
    "trap_braille_letters": "Braille learning cards, labels and books; Braille on genuine packaging at a shop's price",
    "trap_morse_code": "Morse jewellery of a name, keyers, posters; the brand in Morse at a shop's price with no cue",
    "trap_spelling_alphabet": "NATO alphabet patches, mugs, flash cards; the brand spelt at a shop's price with no cue",
    "trap_ipa_respelling": "pronunciation guides and dictionaries; genuine goods with a pronunciation note at a shop's price",
    "trap_anagram_hint": "word puzzles, letter strings that are anagrams of no mark, everyday words that are a mark's anagram",
}
PER_BRAND = 4  # listings per brand of each class (generate.PER_BRAND)

HINTS = {
    "braille_letters": ["Read the name 😉", "Brand in Braille.", "Touch the name ;)", "", "DM for more photos."],
    "morse_code": ["Brand in morse 😉", "Decode the name.", "", "Morse = the brand ;)", "Ask for photos."],
    "spelling_alphabet": ["You know the brand, spelt out for the filters.", "Spelt the pilot way 😉", "", "DM me."],
    "ipa_respelling": ["Say it out loud 😉", "Read it aloud.", "", "Pronounce it ;)"],
}
COPY_CUES = ["super copy", "high copy", "mirror quality", "original quality copy", "fake", "knockoff"]  # (no "replica": a scale model is one)
ANAGRAM_HINTS = ["unscramble 😉", "unscramble the name", "anagram ;)", "guess the brand", "desordena las letras",
                 "adivina la marca", "devine la marque", "anagramme", "Buchstabensalat", "rate die Marke",
                 "indovina la marca", "adivinhe a marca", "угадай бренд", "zgadnij markę"]


def letters_of(text: str) -> str:
    """Lower-case ASCII letters of a text, accents dropped (Estée -> estee)."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if "a" <= ch <= "z")


def _marks(b: BrandView, scramble: bool = False, spoken: bool = False) -> list[list[str]]:
    """The brand's marks (not lines or nicknames) as words of letters, the name first: [["louis", "vuitton"], ...]; an
    everyday word only when it is the brand's name (Canon, Coach); `spoken`: words that are said, not spelt (no
    initials: CR-V, BMW)."""
    out = []
    for m in b.disguisable[:3]:
        words = [letters_of(w) for w in m.value.replace("-", " ").split()]
        words = [w for w in words if w]
        joined = "".join(words)
        if m.everyday and letters_of(m.value) != letters_of(b.name):
            continue
        if spoken and (m.value.isupper() or any(len(w) < 3 for w in words)):
            continue
        if len(joined) >= (4 if scramble else 3) and not any(ch.isdigit() for ch in m.value):
            out.append(words)
    return out[:2]


def _goods(b: BrandView, s: Scene, cat: str) -> str:
    own = {w.casefold() for w in b.everything} | {m.value.casefold() for _, m in b.vocabulary}
    goods = [p for p in context.PRODUCTS.get(cat, ([cat], "", 50))[0] if not any(w in p.casefold() for w in own)]
    return s.rng.choice(goods or [cat])


def _copy_draft(b: BrandView, s: Scene, coded: str, hints: list[str], cues: list[str] | None = None) -> Draft:
    """A counterfeit's listing: the coded mark beside generic goods of the brand's category, a cue, a copy's price or
    one far below the floor (a cue always with the first)."""
    r = s.rng
    cat = s.category(with_floor=True)
    product = _goods(b, s, cat)
    title = r.choice([f"{coded} {product}", f"{_cap(product)} {coded}", f"{_cap(product)} ({coded})",
                      f"{_cap(product)} – {coded}"])
    low = r.random() < 0.4
    if not low or r.random() < 0.5:
        title = f"{title} {r.choice(cues or context.CUES)}"
    return Draft(title, cat, s.price(cat, low=low), r.choice(hints))


def _honest_draft(b: BrandView, s: Scene, coded: str) -> Draft | None:
    """An honest listing of the brand's category with the coded mark, at a shop's price, no cue; not in a category
    whose goods are the counterfeit trade's at any price (prescription drugs), nor of goods in packs (the floor is a
    unit's: "24 cans" at a shop's price per pack reads as far below it)."""
    cats = [c for c in b.categories if c in b.floors and "prescription" not in c]
    if not cats:
        return None
    cat = s.rng.choice(cats)
    goods = _goods(b, s, cat)
    if _PACK.search(goods):
        return None
    return Draft(f"{_cap(goods)} {coded}", cat, s.price(cat), s.rng.choice(["", "Pickup only.", "Ships today."]))


_PACK = re.compile(r"\d+ ?(?:pack|count|pcs|pieces|cans|bottles|x\b)|\bx ?\d+|\d+/\d+", re.I)


# ------------------------------------------------------------------------------------------ Braille

def braille(words: list[str], s: Scene) -> str:
    from services.matcher.core.codes.braille import LETTERS

    cell = {letter: unicodedata.lookup(f"BRAILLE PATTERN DOTS-{dots}") for dots, letter in LETTERS.items()}
    capital = unicodedata.lookup("BRAILLE PATTERN DOTS-6")
    space = s.rng.choice([" ", "\u2800"])
    caps = s.rng.random() < 0.3
    return space.join((capital if caps else "") + "".join(cell[ch] for ch in w) for w in words)


def make_braille(b: BrandView, s: Scene) -> Draft | None:
    if (words := one_of(s, _marks(b))) is None:
        return None
    return _copy_draft(b, s, braille(words, s), HINTS["braille_letters"])


BRAILLE_GOODS = [("Braille alphabet flash cards", "hello", "books", 12.0), ("Braille label maker tape", "kitchen", "office supplies", 9.0),
                 ("Learn Braille book for beginners", "read", "books", 15.0), ("Braille name necklace", "anna", "jewelry", 25.0),
                 ("Braille door sign", "exit", "home decor", 18.0), ("Braille bracelet", "hope", "jewelry", 22.0)]


def make_braille_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if r.random() < 0.5:
        product, word, cat, price = r.choice(BRAILLE_GOODS)
        return Draft(f"{product} {braille([word], s)}", cat, (round(price * r.uniform(0.8, 1.4), 2), "USD"), "")
    if (words := one_of(s, _marks(b))) is None:
        return None
    mark = b.disguisable[0].value
    draft = _honest_draft(b, s, f"box with Braille label {braille(words, s)}")
    if draft is not None and r.random() < 0.5:
        draft.title = f"{mark} {draft.title}"  # the brand's genuine goods: the name and its Braille label
    return draft


# ------------------------------------------------------------------------------------------ Morse

MORSE_STYLES = [(".", "-"), ("·", "–"), ("•", "—"), (".", "−"), ("·", "-")]


def morse(words: list[str], s: Scene) -> str:
    from services.matcher.core.codes.morse import ITU

    dot, dash = s.rng.choice(MORSE_STYLES)
    between = s.rng.choice([" / ", " | ", " / "])
    return between.join(" ".join(ITU[ch].replace(".", "d").replace("-", dash).replace("d", dot) for ch in w) for w in words)


def make_morse(b: BrandView, s: Scene) -> Draft | None:
    if (words := one_of(s, _marks(b))) is None:
        return None
    return _copy_draft(b, s, morse(words, s), HINTS["morse_code"])


MORSE_WORDS = ["mom", "dad", "love you", "i love you", "hope", "faith", "anna", "mia", "leo", "sos", "be brave", "forever"]
MORSE_GOODS = [("Morse code bracelet", "jewelry", 19.0), ("Morse code necklace", "jewelry", 29.0),
               ("Morse code keychain", "accessories", 9.0), ("Morse code wall art print", "posters", 15.0)]
MORSE_OTHER = [("CW straight key for Morse code practice", "radio equipment", 45.0),
               ("Morse code chart poster A3", "posters", 12.0), ("Morse code practice oscillator kit", "electronics", 25.0)]


def make_morse_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    way = r.random()
    if way < 0.4:
        product, cat, price = r.choice(MORSE_GOODS)
        word = r.choice(MORSE_WORDS)
        return Draft(f"{product} {morse(word.split(), s)}", cat, (round(price * r.uniform(0.8, 1.4), 2), "USD"), "")
    if way < 0.6:
        product, cat, price = r.choice(MORSE_OTHER)
        return Draft(product, cat, (round(price * r.uniform(0.8, 1.4), 2), "USD"), "... --- ... and more on the chart.")
    if (words := one_of(s, _marks(b))) is None:
        return None
    return _honest_draft(b, s, morse(words, s))


# ------------------------------------------------------------------------------------------ spelling alphabets

NATO = {"a": ["Alfa", "Alpha"], "b": ["Bravo"], "c": ["Charlie"], "d": ["Delta"], "e": ["Echo"], "f": ["Foxtrot"],
        "g": ["Golf"], "h": ["Hotel"], "i": ["India"], "j": ["Juliett", "Juliet"], "k": ["Kilo"], "l": ["Lima"],
        "m": ["Mike"], "n": ["November"], "o": ["Oscar"], "p": ["Papa"], "q": ["Quebec"], "r": ["Romeo"],
        "s": ["Sierra"], "t": ["Tango"], "u": ["Uniform"], "v": ["Victor"], "w": ["Whiskey", "Whisky"],
        "x": ["X-ray", "Xray"], "y": ["Yankee"], "z": ["Zulu"]}
GERMAN = dict(zip("abcdefghijklmnopqrstuvwxyz", "Anton Berta Cäsar Dora Emil Friedrich Gustav Heinrich Ida Julius Kaufmann "
                  "Ludwig Martha Nordpol Otto Paula Quelle Richard Samuel Theodor Ulrich Viktor Wilhelm Xanthippe "
                  "Ypsilon Zacharias".split()))


def spelt(words: list[str], s: Scene) -> str:
    r = s.rng
    german = r.random() < 0.15
    joiner = r.choice([" ", " ", ", ", "-"])
    case = r.choice([str, str, str.upper, str.lower])
    out = joiner.join(joiner.join(case(GERMAN[ch] if german else r.choice(NATO[ch])) for ch in w) for w in words) \
        if len(words) == 1 else " / ".join(joiner.join(case(GERMAN[ch] if german else r.choice(NATO[ch])) for ch in w)
                                          for w in words)
    return f"({out})" if r.random() < 0.4 else out


def make_spelling(b: BrandView, s: Scene) -> Draft | None:
    if (words := one_of(s, _marks(b))) is None:
        return None
    return _copy_draft(b, s, spelt(words, s), HINTS["spelling_alphabet"])


NATO_GOODS = [("NATO phonetic alphabet flash cards Alfa Bravo Charlie Delta Echo Foxtrot", "books", 9.0),
              ("Oscar Mike patch, hook and loop", "patches", 7.0), ("Whiskey Tango Foxtrot mug", "mugs", 14.0),
              ("Pilot alphabet poster Alpha Bravo Charlie ... Zulu", "posters", 12.0),
              ("Call sign patch Bravo Two Zero", "patches", 8.0), ("Charlie Foxtrot embroidered cap", "hats", 18.0)]


def make_spelling_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if r.random() < 0.5:
        product, cat, price = r.choice(NATO_GOODS)
        return Draft(product, cat, (round(price * r.uniform(0.8, 1.4), 2), "USD"), "")
    if (words := one_of(s, _marks(b))) is None:
        return None
    return _honest_draft(b, s, spelt(words, s))


# ------------------------------------------------------------------------------------------ IPA

# an English letter-to-sound table, as a learner's dictionary writes the sounds (digraphs first; a letter with two
# readings gives either)
_DIGRAPHS = {"ch": ["tʃ", "ʃ", "k"], "sh": ["ʃ"], "ph": ["f"], "th": ["θ", "t"], "ck": ["k"], "qu": ["kw"], "gh": ["ɡ"],
             "ee": ["iː"], "oo": ["uː"], "ou": ["aʊ", "uː"], "ai": ["eɪ"], "ay": ["eɪ"], "ei": ["eɪ", "aɪ"],
             "ey": ["eɪ", "i"], "au": ["ɔː"], "oa": ["oʊ"], "ie": ["iː", "i.ɛ"], "ui": ["uː.ɪ", "wiː"], "cc": ["tʃ", "k"],
             "ll": ["l"], "ss": ["s"], "tt": ["t"], "rr": ["r"], "nn": ["n"], "pp": ["p"], "bb": ["b"], "ff": ["f"]}
_LETTERS = {"a": ["æ", "ɑː", "ə"], "b": ["b"], "c": ["k"], "d": ["d"], "e": ["ɛ", "ə", "eɪ"], "f": ["f"], "g": ["ɡ"],
            "h": ["h"], "i": ["ɪ", "iː", "aɪ"], "j": ["dʒ"], "k": ["k"], "l": ["l"], "m": ["m"], "n": ["n"],
            "o": ["ɒ", "oʊ", "ɔː"], "p": ["p"], "q": ["k"], "r": ["r", "ɹ"], "s": ["s", "z"], "t": ["t"],
            "u": ["ʊ", "uː", "ʌ"], "v": ["v"], "w": ["w"], "x": ["ks"], "y": ["i", "j"], "z": ["z"]}


def ipa(words: list[str], s: Scene) -> str:
    r = s.rng
    out = []
    for w in words:
        sounds: list[str] = []
        k = 0
        while k < len(w):
            if w[k:k + 3] == "sch":
                sounds.append("ʃ")
                k += 3
                continue
            pair = w[k:k + 2]
            if pair in _DIGRAPHS:
                sounds.append(r.choice(_DIGRAPHS[pair]))
                k += 2
                continue
            ch = w[k]
            if ch == "e" and k == len(w) - 1 and len(w) > 3:
                k += 1
                continue  # a silent final e
            if ch in "cg" and w[k + 1:k + 2] in ("e", "i", "y"):
                sounds.append("s" if ch == "c" else r.choice(["dʒ", "ɡ"]))
            else:  # a schwa in an unstressed syllable only, not the first
                sounds.append(r.choice([x for x in _LETTERS[ch] if x != "ə" or k]))
            k += 1
        text = "".join(sounds)
        if r.random() < 0.3 and len(sounds) > 3:
            cut = len("".join(sounds[:len(sounds) // 2]))
            text = text[:cut] + "." + text[cut:]
        out.append(("ˈ" if r.random() < 0.7 else "") + text)
    inner = " ".join(out)
    return f"/{inner}/" if r.random() < 0.7 else f"[{inner}]"


def make_ipa(b: BrandView, s: Scene) -> Draft | None:
    if (words := one_of(s, _marks(b, spoken=True))) is None:
        return None
    return _copy_draft(b, s, ipa(words, s), HINTS["ipa_respelling"])


DICTIONARY = [("How to pronounce it: English pronunciation dictionary", "books", 18.0),
              ("Phonetics workbook, IPA chart included", "books", 25.0), ("IPA vowel chart poster", "posters", 12.0)]
IPA_WORDS = ["/ˈwɒtʃ/", "/ˈhændˌbæɡ/", "/ˈkæmərə/", "/ˈʃuːz/", "/ˈdʒuːəlri/", "/pəˈfjuːm/", "[ˈbʊk]"]


def make_ipa_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if r.random() < 0.4:
        product, cat, price = r.choice(DICTIONARY)
        return Draft(f"{product} {r.choice(IPA_WORDS)}", cat, (round(price * r.uniform(0.8, 1.4), 2), "USD"), "")
    if (words := one_of(s, _marks(b, spoken=True))) is None:
        return None
    mark = b.disguisable[0].value
    if r.random() < 0.5:  # (the name beside it: a book named after a brand alerts on main, a known false alert)
        return Draft(r.choice(["Brand names pronunciation guide, e.g.", "Say it right: how to pronounce brand names like",
                               "Pronunciation flash cards"]) + f" {ipa(words, s)}", "books",
                     (round(r.uniform(5, 20), 2), "USD"), "")
    return _honest_draft(b, s, f"({mark}, pronounced {ipa(words, s)})")


# ------------------------------------------------------------------------------------------ anagrams

def _a_word(word: str) -> bool:
    import wordfreq

    return any(wordfreq.zipf_frequency(word, lang) >= 1.5 for lang in ("en", "es", "fr", "de", "it", "pt", "nl", "pl", "tr"))


def scramble(word: str, s: Scene) -> str | None:
    letters = list(word)
    for _ in range(20):
        s.rng.shuffle(letters)
        out = "".join(letters)
        if out != word and out != word[::-1] and not _a_word(out):
            return out
    return None


def make_anagram(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (words := one_of(s, _marks(b, scramble=True))) is None:
        return None
    if (scrambled := scramble("".join(words), s)) is None:
        return None
    coded = scrambled.upper()
    if r.random() < 0.75:
        coded = coded if r.random() < 0.7 else scrambled.capitalize()
        hint = r.choice(ANAGRAM_HINTS)
        cat = s.category(with_floor=True)
        product = _goods(b, s, cat)
        title = r.choice([f"{coded} ({hint}) {product}", f"{_cap(product)} {coded} - {hint}", f"{coded} {product}"])
        desc = r.choice([f"{_cap(hint)}. Top quality copy.", f"{_cap(hint)}. Same as store."]) \
            if hint not in title else r.choice(["", "Ships fast.", "Top quality copy."])
        low = r.random() < 0.4
        return Draft(title, cat, s.price(cat, low=low), desc)
    cat = s.category(with_floor=True)  # no hint: a cue that claims a copy
    title = f"{coded} {_goods(b, s, cat)} {r.choice(COPY_CUES)}"
    return Draft(title, cat, s.price(cat, low=r.random() < 0.4), r.choice(["", "DM me."]))


PUZZLES = [("Anagram puzzle book: unscramble 500 words", "books", 9.0), ("Word scramble game for kids", "board games", 15.0),
           ("Letter tiles game, unscramble the word", "board games", 19.0)]


def _word_anagrams(word: str) -> list[str]:
    """Everyday words (English Zipf 3 or more) that hold the letters of `word` (up to 6 letters) in another order."""
    import wordfreq

    if len(word) > 6:
        return []
    return sorted({p for p in map("".join, itertools.permutations(word)) if p != word
                   and wordfreq.zipf_frequency(p, "en") >= 3.0})


def make_anagram_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    way = r.random()
    if way < 0.35:
        product, cat, price = r.choice(PUZZLES)
        letters = "".join(r.choice("bcdfghklmnprstvw") + r.choice("aeiou") for _ in range(3))
        return Draft(f"{product} - {letters.upper()}", cat, (round(price * r.uniform(0.8, 1.4), 2), "USD"), "")
    words = [w for m in _marks(b, scramble=True) for w in _word_anagrams("".join(m))]
    if way < 0.7 and words:
        return _honest_draft(b, s, r.choice(words).capitalize())
    cat = s.category(with_floor=True)
    junk = "".join(r.choice("bcdfghklmnprstvwz") for _ in range(r.randint(4, 6))).upper()
    return Draft(f"{_cap(_goods(b, s, cat))} {junk} - unscramble for a discount code", cat, s.price(cat), "")


EVASION_MAKERS = {"braille_letters": make_braille, "morse_code": make_morse, "spelling_alphabet": make_spelling,
                  "ipa_respelling": make_ipa, "anagram_hint": make_anagram}
TRAP_MAKERS = {"trap_braille_letters": make_braille_trap, "trap_morse_code": make_morse_trap,
               "trap_spelling_alphabet": make_spelling_trap, "trap_ipa_respelling": make_ipa_trap,
               "trap_anagram_hint": make_anagram_trap}
