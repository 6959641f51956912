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


# ------------------------------------------------------------------------------------------ the name rewritten as a code
# (codes, 2026-12-03): alphabet positions, phone-keypad digits, verlan and the wide name backwards. Written from the
# codes' definitions (A1Z26 and its variants, ITU-T E.161's keypad, verlan's syllable swap); the held-out set outsider14
# named the classes (c_alphabet_position_code, c_t9_keypad_digits, c_verlan_backslang, c_cjk_name_reversed); none of its
# listings is used here.

EVASIONS.update({
    "alphabet_positions": "the mark as its letters' places in the alphabet (a=1, zero-padded, a=0, the alphabet reversed "
                          "z=1, A1Z26), with a key or after 'brand', and a cue or a copy's price",
    "keypad_digits": "the mark typed on a phone keypad: one press a letter (T9) or multi-tap, with a keypad hint or "
                     "after 'brand', and a cue or a copy's price",
    "verlan_turned": "the mark's syllables or letters turned round (verlan, back slang), respelt as it sounds now and "
                     "then, with a cue or a low price",
    "cjk_reversed": "the brand's Chinese, Korean or Japanese name written backwards, with 'read it backwards' or a cue "
                    "or a low price",
})
TRAPS.update({
    "trap_digit_codes": "honest listings of the brand's category with digit strings (model and order numbers, sizes, "
                        "phone numbers, dates, postcodes, ISBNs; the mark's own keys and places as a bare item number) "
                        "at a shop's price",
    "trap_verlan_words": "words of a language that are a mark turned round (Oleg, Gole ...) in honest listings, verlan "
                         "dictionaries and slang T-shirts",
    "trap_cjk_reversed": "the wide name backwards at a shop's price with no cue or hint, and word games that write the "
                         "name both ways",
})

POSITION_KEYS = [("(a=1)", 1, False), ("(A=1, B=2...)", 1, False), ("A1Z26", 1, False), ("(a=1 b=2)", 1, False),
                 ("(A=0)", 0, False), ("(a=0, b=1 ...)", 0, False), ("(z=1)", 1, True), ("(a=26, b=25)", 1, True),
                 ("(decode a=1)", 1, False)]
BRAND_WORDS = ["brand", "Brand:", "brand code", "marca", "Marke", "marque", "merk", "brand name ="]
POSITION_HINTS = ["Decode the numbers for the brand.", "Numbers = letters 😉", "", "You know the brand."]


def positions(words: list[str], s: Scene, base: int, reverse: bool) -> str:
    r = s.rng
    sep = r.choice(["-", "-", ".", " ", ", ", "·", " - "])
    pad = r.random() < 0.2
    out = []
    for w in words:
        nums = [(25 - (ord(ch) - 97) if reverse else ord(ch) - 97) + base for ch in w]
        out.append(sep.join(f"{n:02d}" if pad else str(n) for n in nums))
    return " / ".join(out)


def make_positions(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (words := one_of(s, _marks(b))) is None:
        return None
    way = r.random()
    if way < 0.6:
        key, base, reverse = r.choice(POSITION_KEYS)
        coded = positions(words, s, base, reverse)
        coded = r.choice([f"{coded} {key}", f"{key} {coded}", f"{r.choice(BRAND_WORDS)} {coded} {key}"])
    else:  # no key: a=1 after a word for "brand"
        coded = f"{r.choice(BRAND_WORDS)} {positions(words, s, 1, False)}"
    return _copy_draft(b, s, coded, POSITION_HINTS)


KEYPAD_HINTS = ["(T9)", "on a phone keypad", "(type it on T9)", "on keypad", "on your phone keypad", "(keypad)",
                "teclado del móvil", "sur le clavier du téléphone", "auf der Handytastatur", "sulla tastiera del telefono"]


def typed(words: list[str], s: Scene, multitap: bool) -> str:
    from services.matcher.core.codes.keypad import KEYS, keys

    if not multitap:
        return " ".join(keys(w) for w in words)
    sep = s.rng.choice([" ", " ", "-", "."])
    place = {ch: (k, n + 1) for k, letters in KEYS.items() for n, ch in enumerate(letters)}
    return " / ".join(sep.join(place[ch][0] * place[ch][1] for ch in w) for w in words)


def make_keypad(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    marks = _marks(b)
    one_press = [m for m in marks if len("".join(m)) >= 4]
    multitap = r.random() < 0.35 or not one_press
    if (words := one_of(s, marks if multitap else one_press)) is None:
        return None
    coded = typed(words, s, multitap)
    way = r.random()
    if way < 0.7:
        coded = r.choice([f"{r.choice(BRAND_WORDS)} {coded} {r.choice(KEYPAD_HINTS)}", f"{coded} {r.choice(KEYPAD_HINTS)}"])
    else:
        coded = f"{r.choice(BRAND_WORDS)} {coded}"
    return _copy_draft(b, s, coded, ["You know the brand ;)", "", "Ask for photos."])


# ------------------------------------------------------------------------------------------ verlan

VERLAN_HINTS = ["(en verlan 😉)", "verlan", "à l'envers ;)", "backslang", "read it backwards", ""]


def _turned_forms(word: str) -> list[str]:
    """`word` turned round (verlan's definition, codes/verlan.py), no word of any language (the word lists the matcher
    knows words by: "keni" is one)."""
    from services.matcher.core.codes.anagram import a_word
    from services.matcher.core.codes.verlan import turned

    out = []
    for t in sorted(turned(word)):
        if not _a_word(t) and not a_word(t):
            out.append(t)
        elif "e" in t[1:] and not a_word(accented := t[:t.rindex("e")] + "é" + t[t.rindex("e") + 1:]):
            out.append(accented)  # a word as written ("keni") is none with its e accented as French writes it (Kéni)
    return out


def respelt(word: str, s: Scene) -> str:
    """The turned word written as it sounds now and then: a final e accented (Kéni), a k for a hard c, an i for a y, a
    doubled letter single, ch for a doubled c before i."""
    r = s.rng
    if r.random() < 0.5:
        return word
    way = r.choice(["accent", "k", "y", "double", "ch"])
    if way == "accent" and "e" in word[1:]:
        k = word.rindex("e")
        return word[:k] + "é" + word[k + 1:]
    if way == "k" and re.search("c(?=[aou])", word):
        return re.sub("c(?=[aou])", "k", word, count=1)
    if way == "y" and "y" in word:
        return word.replace("y", "i")
    if way == "double" and re.search(r"(.)\1", word):
        return re.sub(r"(.)\1", r"\1", word, count=1)
    if way == "ch" and "cci" in word:
        return word.replace("cci", "chi")
    return word


def make_verlan(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    marks = [m[0] for m in _marks(b, scramble=True) if len(m) == 1 and m[0].isalpha()]
    forms = [(t, m) for m in marks for t in _turned_forms(m)]
    if (pick := one_of(s, forms)) is None:
        return None
    word = pick[0] if "é" in pick[0] else respelt(pick[0], s)
    if "é" in word and "é" not in pick[0] and (_a_word(word.replace("é", "e")) or _a_word(word)):
        word = pick[0]
    coded = word.capitalize() if r.random() < 0.8 else word.upper()
    hint = r.choice(VERLAN_HINTS)
    return _copy_draft(b, s, f"{coded} {hint}".strip(), ["", "Envoi rapide.", f"{coded}, très bonne qualité."])


VERLAN_GOODS = [("Dictionnaire du verlan et de l'argot", "books", 14.0), ("T-shirt 'Chanmé' verlan streetwear", "t-shirts", 19.0),
                ("Back slang phrasebook", "books", 11.0), ("Mug 'Relou' verlan", "mugs", 12.0)]


def _turned_words(word: str) -> list[str]:
    """Words of a language (Zipf 2.5 or more) that are `word` turned round."""
    import wordfreq
    from services.matcher.core.codes.verlan import turned

    return sorted(t for t in turned(word) if max(wordfreq.zipf_frequency(t, lang) for lang in
                                                  ("en", "es", "fr", "de", "it", "pt", "nl")) >= 2.5)


def make_verlan_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if r.random() < 0.3:
        product, cat, price = r.choice(VERLAN_GOODS)
        return Draft(product, cat, (round(price * r.uniform(0.8, 1.4), 2), "USD"), "")
    words = [t for m in _marks(b, scramble=True) if len(m) == 1 for t in _turned_words(m[0])]
    if not words:
        return None
    word = r.choice(words).capitalize()
    cat = s.category(with_floor=True)
    low = r.random() < 0.3  # a word of its own, even at a low price
    return Draft(f"{_cap(_goods(b, s, cat))} {word}", cat, s.price(cat, low=low), r.choice(["", "Pickup only.", "Envoi rapide."]))


# ------------------------------------------------------------------------------------------ the wide name backwards

BACKWARDS_HINTS = {"zh": ["(倒着读)", "倒过来读", "(倒過來唸)", "倒轉讀", ""], "ko": ["(거꾸로 읽기)", "거꾸로 읽으세요", ""],
                   "ja": ["(逆から読んで)", "逆から読む", ""]}
WIDE_CUES = {"zh": ["原单", "高仿", "复刻", "1比1", "莆田版", "顶级复刻"], "ko": ["미러급", "레플리카", "이미테이션", "레플"],
             "ja": ["スーパーコピー", "N級品", "レプリカ", "コピー品"]}
WIDE_GOODS = {"ko": ["새상품", "풀세트", "급처", "택포"], "ja": ["新品", "未使用", "即購入OK", "送料無料"]}


def _script(text: str) -> str:
    if any("\uac00" <= ch <= "\ud7a3" for ch in text):
        return "ko"
    if any("\u3040" <= ch <= "\u30ff" for ch in text):
        return "ja"
    return "zh"


def _wide_names(b: BrandView) -> list[str]:
    names = [m.value for m in b.cjk if not m.everyday] + [m.value for m in b.declared("local_name")]
    return [n for n in dict.fromkeys(names) if len(n) >= 2 and n[::-1] != n and not any(c.isspace() or c.isascii() for c in n)]


def _wide_goods(s: Scene, lang: str, cat: str) -> str:
    return s.product_zh(cat) if lang == "zh" else s.rng.choice(WIDE_GOODS[lang])


def make_cjk_reversed(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (name := one_of(s, _wide_names(b))) is None:
        return None
    lang = _script(name)
    cat = s.category(with_floor=True)
    goods = _wide_goods(s, lang, cat)
    hint = r.choice(BACKWARDS_HINTS[lang])
    title = f"{name[::-1]} {goods} {hint}".strip()
    low = r.random() < 0.4
    if not hint or len(name) == 2 or not low or r.random() < 0.5:
        title = f"{title} {r.choice(WIDE_CUES[lang])}"
    return Draft(title, cat, s.price(cat, low=low), r.choice(["", hint, r.choice(WIDE_CUES[lang])]))


WORD_GAMES = [("回文游戏卡 倒着读也一样", "board games", 29.0, "zh"), ("거꾸로 읽기 말놀이 카드", "board games", 15000.0, "ko"),
              ("逆さ言葉 クイズ本", "books", 1200.0, "ja")]


def make_cjk_reversed_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    way = r.random()
    if way < 0.25:
        product, cat, price, lang = r.choice(WORD_GAMES)
        cur = {"zh": "CNY", "ko": "KRW", "ja": "JPY"}[lang]
        return Draft(product, cat, (round(price * r.uniform(0.8, 1.3), 2), cur), "")
    if (name := one_of(s, _wide_names(b))) is None:
        return None
    lang = _script(name)
    cats = [c for c in b.categories if c in b.floors and "prescription" not in c]
    if not cats:
        return None
    cat = r.choice(cats)
    goods = _wide_goods(s, lang, cat)
    if way < 0.6:  # the name both ways, a word game on genuine goods
        return Draft(f"{name} {goods} ({name[::-1]})", cat, s.price(cat), "")
    return Draft(f"{name[::-1]} {goods}", cat, s.price(cat), "")  # backwards at a shop's price, no cue, no hint


# ------------------------------------------------------------------------------------------ honest digit strings

def make_digit_trap(b: BrandView, s: Scene) -> Draft | None:
    from services.matcher.core.codes.keypad import keys

    r = s.rng
    cats = [c for c in b.categories if c in b.floors and "prescription" not in c]
    if not cats:
        return None
    cat = r.choice(cats)
    goods = _goods(b, s, cat)
    if _PACK.search(goods):
        goods = cat
    marks = _marks(b)
    way = r.randrange(9)
    if way == 0:
        digits = f"call {r.choice(['0412 555 123', '+44 7911 123456', '(555) 867-5309', '06-12-34-56-78', '+49 151 2345 6789'])}"
    elif way == 1:
        digits = f"order #{r.randint(10000, 99999)}, {r.randint(2, 9)}-{r.randint(10, 26)}-{r.randint(1, 26)} dispatch"
    elif way == 2:
        digits = f"size {r.choice(['38 39 40 41 42', '7 8 9 10 11', 'EU 42-43-44', '36/38/40'])}"
    elif way == 3:
        digits = f"bought {r.randint(1, 28)}-{r.randint(1, 12)}-{r.choice(['23', '24', '25'])}, receipt"
    elif way == 4:
        digits = f"{r.randint(10, 26)} x {r.randint(5, 26)} x {r.randint(3, 20)} cm"
    elif way == 5:
        digits = f"ISBN 978-{r.randint(1, 9)}-{r.randint(10, 99)}-{r.randint(100000, 999999)}-{r.randint(0, 9)}"
    elif way == 6:
        digits = f"postcode {r.choice(['2000', '75011', '10115', '3456', '94107', '6000'])}, pickup"
    elif way == 7 and marks:  # the mark's own keys as a bare item number
        m = r.choice([m for m in marks if len("".join(m)) >= 4] or marks)
        digits = f"item no. {keys(''.join(m))}"
    elif marks:  # the mark's letters' places as a bare part number
        m = r.choice(marks)
        digits = "part " + "-".join(str(ord(ch) - 96) for ch in "".join(m))
    else:
        return None
    return Draft(f"{_cap(goods)} {digits}", cat, s.price(cat), r.choice(["", "Pickup only.", "Brand new 2024 stock."]))


EVASION_MAKERS.update({"alphabet_positions": make_positions, "keypad_digits": make_keypad,
                       "verlan_turned": make_verlan, "cjk_reversed": make_cjk_reversed})
TRAP_MAKERS.update({"trap_digit_codes": make_digit_trap, "trap_verlan_words": make_verlan_trap,
                    "trap_cjk_reversed": make_cjk_reversed_trap})


# ------------------------------------------------------------------------------------------ word games and ciphers
# (ciphers, 2026-12-03): the mark put through a children's word game (Pig Latin, Ubbi Dubbi, javanais, Gibberish, the
# p/f echo of p-taal and jerigonza, a fixed letter between its letters), shifted along the alphabet (Caesar, ROT13,
# Atbash, ROT47) or spelt by its letters' names in ten languages. Written from the games' and alphabets' definitions
# (school-book letter names; the generator's own tables, not the matcher's); the held-out set outsider15 named three
# of the classes (c_pig_latin, c_rot13_caesar, c_letter_names_spelled); none of its listings is used here.

EVASIONS.update({
    "pig_latin": "the mark's words in Pig Latin (consonants moved whole or one, ay/ai/ei; a vowel-initial word + way/yay/"
                 "hay; hyphens now and then; capitals or not), with a cue or a low price",
    "syllable_games": "the mark through a syllable game: Ubbi Dubbi (ub), javanais (av), Gibberish (idig, itherg), "
                      "the vowels echoed through p or f (p-taal, jerigonza, língua do pê), a fixed letter between its "
                      "letters or each letter doubled; with a cue or a low price",
    "caesar_shift": "the mark shifted along the alphabet (ROT13, any Caesar shift, Atbash, ROT47) with the key in one "
                    "of eight languages, or with no key beside a cue that claims a copy",
    "letter_names": "the mark spelt by its letters' names in English, French, German, Spanish, Italian, Portuguese, "
                    "Dutch, Russian, Japanese or Korean, hyphens, dots, middle dots or spaces between, with a cue or a "
                    "low price",
})
TRAPS.update({
    "trap_word_games": "Pig Latin, Ubbi Dubbi and javanais books and games; everyday words ending in -ay beside the "
                       "brand's goods",
    "trap_ciphers": "cipher wheels, decoder rings, ROT13 puzzle books, an Enigma replica; words of a language that are a "
                    "shift of a mark; the brand shifted at a shop's price with no key and no cue",
    "trap_letter_names": "honest listings that spell or say letters (tee shirt, size ell, vee-neck, bee pollen, alphabet "
                         "cards and songs in several languages); the brand spelt by its letters' names at a shop's price",
})

GAME_HINTS = ["(pig latin 😉)", "igpay atinlay ;)", "", "", "say it in pig latin", "you know the brand"]
CIPHER_COPY_CUES = ["super copy", "high copy", "mirror quality", "1:1 copy", "fake", "knockoff", "1:1 rep", "copia 1:1"]


def _word_case(word: str, s: Scene, style: str) -> str:
    return word.upper() if style == "upper" else word.capitalize() if style == "cap" else word


def pig(word: str, s: Scene) -> str:
    """One word in Pig Latin (the game's rules as children learn them, with its regional endings)."""
    r = s.rng
    vowels = "aeiou"
    if word[0] in vowels:
        return word + r.choice(["way", "way", "yay", "hay", "ay"])
    first = next((k for k, c in enumerate(word) if k and c in vowels + "y"), None)
    if first is None:
        return word + "ay"
    if word.startswith("qu"):
        first = max(first, 2)
    k = first if r.random() < 0.75 else 1
    end = r.choice(["ay", "ay", "ay", "ai", "ei"])
    if r.random() < 0.25:
        return f"{word[k:]}-{word[:k]}{end}"
    return word[k:] + word[:k] + end


def _playable(words: list[str]) -> bool:
    return all(w.isalpha() for w in words) and any(len(w) >= 3 for w in words)


def make_pig_latin(b: BrandView, s: Scene) -> Draft | None:
    from services.matcher.core.codes.anagram import a_word

    r = s.rng
    marks = [m for m in _marks(b) if _playable(m) and all(len(w) >= 3 for w in m)]
    if (words := one_of(s, marks)) is None:
        return None
    style = r.choice(["cap", "cap", "cap", "upper", "lower"])
    coded = [pig(w, s) for w in words]
    if any(a_word(letters_of(c), 1.5) for c in coded):
        coded = [w + "way" if w[0] in "aeiou" else w[1:] + w[0] + "ay" for w in words]
        if any(a_word(letters_of(c), 1.5) for c in coded):
            return None
    text = " ".join(_word_case(c, s, style) for c in coded)
    return _copy_draft(b, s, f"{text} {r.choice(GAME_HINTS)}".strip(), ["", "Fast shipping.", "DM for pics."])


def _vowel_groups(word: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[aeiou]+|(?<=.)y", word)]


def inserted(word: str, syllable: str, javanais: bool = False) -> str:
    """A syllable slipped before each vowel group (Ubbi Dubbi, Gibberish); javanais: before a vowel group after a
    consonant or at the word's start."""
    out, at = [], 0
    for start, end in _vowel_groups(word):
        out.append(word[at:start])
        out.append(syllable + word[start:end])
        at = end
    out.append(word[at:])
    return "".join(out)


def echoed(word: str, consonant: str) -> str:
    """Each vowel said again after a consonant (p-taal, jerigonza: rolex -> ropolepex)."""
    return "".join(c + consonant + c if c in "aeiou" else c for c in word)


def make_syllable_game(b: BrandView, s: Scene) -> Draft | None:
    from services.matcher.core.codes.anagram import a_word

    r = s.rng
    marks = [m for m in _marks(b) if _playable(m) and len("".join(m)) >= 4]
    if (words := one_of(s, marks)) is None:
        return None
    game = r.choice(["ub", "av", "idig", "itherg", "echo-p", "echo-f", "between", "double"])
    filler = r.choice("qxzjk")
    joined = "".join(words)
    if game in ("between", "double"):
        one = "".join(ch + (ch if game == "double" else filler) for ch in joined)
        coded = [one]
    else:
        coded = [echoed(w, game[-1]) if game.startswith("echo") else inserted(w, game) for w in words]
        if sum(c.count(game) for c in coded) < 2 and not game.startswith("echo"):
            return None
        if game.startswith("echo") and sum(ch in "aeiou" for ch in joined) < 2:
            return None
    if any(a_word(c, 1.5) for c in coded):
        return None
    style = r.choice(["cap", "cap", "upper", "lower"])
    text = " ".join(_word_case(c, s, style) for c in coded)
    hint = r.choice(["", "", "(ubbi dubbi 😉)" if game == "ub" else "en javanais" if game == "av" else "", "read it slowly ;)"])
    return _copy_draft(b, s, f"{text} {hint}".strip(), ["", "Ships fast.", "DM me."])


def caesar(word: str, n: int) -> str:
    return "".join(chr(97 + (ord(c) - 97 + n) % 26) for c in word)


def atbash(word: str) -> str:
    return "".join(chr(219 - ord(c)) for c in word)


def rot47(text: str) -> str:
    return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in text)


SHIFT_KEYS = ["(rot{n})", "rot{n}", "ROT-{n}", "(ROT {n})", "shift {n}", "(Caesar +{n})", "Caesar {n}", "(+{n})",
              "César {n}", "cifrado César {n}", "décalage {n}", "Verschiebung {n}", "desplazamiento {n}",
              "chiffre de César {n}", "сдвиг {n}", "key: {n}", "clave {n}"]
NAMED_CIPHERS = {"atbash": ["(Atbash)", "atbash ;)", "Atbash cipher"], "rot47": ["(ROT47)", "rot47 😉", "decode ROT47"]}


def _shift_style(word: str, original_case: str, style: str) -> str:
    if style == "as_mark":  # the mark's own capitals kept (AirPods -> BjsQpet)
        return "".join(c.upper() if o.isupper() else c for c, o in zip(word, original_case))
    return word.upper() if style == "upper" else word.capitalize() if style == "cap" else word


def make_caesar(b: BrandView, s: Scene) -> Draft | None:
    from services.matcher.core.codes.anagram import a_word

    r = s.rng
    marks = [m for m in _marks(b) if _playable(m) and len("".join(m)) >= 4]
    if (words := one_of(s, marks)) is None:
        return None
    originals = {letters_of(w): w for mk in b.disguisable[:3] for w in re.findall(r"[^\W\d_]+", mk.value)}
    how = r.choices(["rot13", "shift", "atbash", "rot47"], [4, 4, 1, 1])[0]
    keyed = r.random() < 0.7
    style = r.choice(["cap", "cap", "upper", "lower", "as_mark"])
    for _ in range(6):
        n = 13 if how == "rot13" else r.randint(1, 25)
        if how == "rot47":
            coded = [rot47(_shift_style(w, originals.get(w, w), style if style != "lower" else "cap")) for w in words]
            break
        coded = [atbash(w) if how == "atbash" else caesar(w, n) for w in words]
        # (glyphs30: Atbash's one mirror of a four-letter mark, Kfnz for Puma, with no key too)
        if not any(a_word(c, 1.5) for c in coded) and (keyed or len("".join(words)) >= 5 or how == "atbash"):
            coded = [_shift_style(c, originals.get(w, w), style) for c, w in zip(coded, words)]
            break
    else:
        return None
    text = " ".join(coded)
    if how in NAMED_CIPHERS:
        key = r.choice(NAMED_CIPHERS[how]) if keyed else ""
    else:
        key = r.choice(SHIFT_KEYS).format(n=n) if keyed else ""
        if keyed and how == "rot13" and r.random() < 0.5:
            key = r.choice(["(rot13)", "ROT13", "rot13 ;)"])
    cat = s.category(with_floor=True)
    product = _goods(b, s, cat)
    title = r.choice([f"{text} {product}", f"{_cap(product)} {text}", f"{_cap(product)} – {text}"])
    where = r.random()
    desc = ""
    if key and where < 0.6:
        title = f"{title} {key}"
    elif key:
        desc = r.choice([f"Decode: {key}", f"{key} 😉", f"Brand: {key}"])
    low = r.random() < 0.4
    if not keyed or not low or r.random() < 0.5:
        title = f"{title} {r.choice(CIPHER_COPY_CUES)}"
    return Draft(title, cat, s.price(cat, low=low), desc)


# the alphabets' letter names as school books teach them (one spelling a letter a language; sellers' spellings added)
LETTER_NAMES = {
    "en": dict(zip("abcdefghijklmnopqrstuvwxyz", [
        ["ay", "ei", "a"], ["bee", "bi"], ["see", "cee", "si"], ["dee", "di"], ["ee", "e"], ["eff", "ef"], ["gee", "jee", "ji"],
        ["aitch", "eich", "haitch"], ["eye", "ai", "i"], ["jay", "jei"], ["kay", "kei"], ["el", "ell"], ["em"], ["en"],
        ["oh", "o"], ["pee", "pi"], ["cue", "kyu"], ["ar", "arr"], ["ess", "es"], ["tee", "ti"], ["you", "yu", "u"],
        ["vee", "vi"], ["double-you", "double u", "dubya"], ["ex", "eks"], ["why", "wai", "wye"], ["zed", "zee"]])),
    "fr": dict(zip("abcdefghijklmnopqrstuvwxyz", [
        ["a"], ["bé"], ["cé"], ["dé"], ["e"], ["effe", "èf"], ["gé"], ["ache"], ["i"], ["ji"], ["ka"], ["elle", "èl"],
        ["emme", "èm"], ["enne", "èn"], ["o"], ["pé"], ["ku"], ["erre", "èr"], ["esse", "ès"], ["té"], ["u"], ["vé"],
        ["double vé"], ["ixe"], ["i grec"], ["zède"]])),
    "de": dict(zip("abcdefghijklmnopqrstuvwxyz", [
        ["a"], ["be"], ["ce", "tse"], ["de"], ["e"], ["ef"], ["ge"], ["ha"], ["i"], ["jot"], ["ka"], ["el"], ["em"],
        ["en"], ["o"], ["pe"], ["ku"], ["er"], ["es"], ["te"], ["u"], ["fau"], ["we"], ["ix"], ["ypsilon"], ["zet"]])),
    "es": dict(zip("abcdefghijklmnopqrstuvwxyz", [
        ["a"], ["be"], ["ce"], ["de"], ["e"], ["efe"], ["ge"], ["hache"], ["i"], ["jota"], ["ka"], ["ele"], ["eme"],
        ["ene"], ["o"], ["pe"], ["cu"], ["erre"], ["ese"], ["te"], ["u"], ["uve"], ["uve doble", "doble ve"], ["equis"],
        ["ye", "i griega"], ["zeta"]])),
    "it": dict(zip("abcdefghijklmnopqrstuvwxyz", [
        ["a"], ["bi"], ["ci"], ["di"], ["e"], ["effe"], ["gi"], ["acca"], ["i"], ["i lunga"], ["cappa"], ["elle"],
        ["emme"], ["enne"], ["o"], ["pi"], ["cu"], ["erre"], ["esse"], ["ti"], ["u"], ["vu"], ["doppia vu"], ["ics"],
        ["ipsilon"], ["zeta"]])),
    "pt": dict(zip("abcdefghijklmnopqrstuvwxyz", [
        ["a", "á"], ["bê"], ["cê"], ["dê"], ["é", "e"], ["efe"], ["gê"], ["agá"], ["i"], ["jota"], ["cá", "capa"], ["ele"],
        ["eme"], ["ene"], ["ó", "o"], ["pê"], ["quê"], ["erre"], ["esse"], ["tê"], ["u"], ["vê"], ["dáblio"], ["xis"],
        ["ípsilon"], ["zê"]])),
    "nl": dict(zip("abcdefghijklmnopqrstuvwxyz", [
        ["a"], ["bee"], ["cee"], ["dee"], ["ee"], ["ef"], ["gee"], ["ha"], ["ie"], ["jee"], ["ka"], ["el"], ["em"],
        ["en"], ["o"], ["pee"], ["ku"], ["er"], ["es"], ["tee"], ["u"], ["vee"], ["wee"], ["iks"], ["ypsilon"], ["zet"]])),
    "ru": dict(zip("abcdefghijklmnopqrstuvwxyz", [
        ["а"], ["бэ"], ["цэ"], ["дэ"], ["е"], ["эф"], ["гэ", "джи"], ["аш", "ха"], ["и"], ["жи", "йот"], ["ка"], ["эль"],
        ["эм"], ["эн"], ["о"], ["пэ"], ["ку"], ["эр"], ["эс"], ["тэ"], ["у"], ["вэ"], ["дубль-вэ"], ["икс"],
        ["игрек"], ["зэт", "зед"]])),
    "ja": dict(zip("abcdefghijklmnopqrstuvwxyz", [
        ["エー", "エイ"], ["ビー"], ["シー"], ["ディー"], ["イー"], ["エフ"], ["ジー"], ["エイチ", "エッチ"], ["アイ"], ["ジェー", "ジェイ"],
        ["ケー", "ケイ"], ["エル"], ["エム"], ["エヌ"], ["オー"], ["ピー"], ["キュー"], ["アール"], ["エス"], ["ティー"],
        ["ユー"], ["ブイ", "ヴィー"], ["ダブリュー"], ["エックス"], ["ワイ"], ["ゼット", "ズィー"]])),
    "ko": dict(zip("abcdefghijklmnopqrstuvwxyz", [
        ["에이"], ["비"], ["씨"], ["디"], ["이"], ["에프"], ["지"], ["에이치"], ["아이"], ["제이"], ["케이"], ["엘"], ["엠"],
        ["엔"], ["오"], ["피"], ["큐"], ["알"], ["에스"], ["티"], ["유"], ["브이"], ["더블유"], ["엑스"], ["와이"], ["제트", "지"]])),
}
LETTER_CUES = {"en": None, "fr": "fr", "de": "de", "es": "es", "it": "it", "pt": "pt", "nl": ["namaak", "replica", "kopie"],
               "ru": ["копия", "реплика", "люкс копия"], "ja": ["コピー", "スーパーコピー", "N級品"], "ko": ["레플리카", "미러급", "이미테이션"]}


def named_letters(words: list[str], s: Scene, lang: str) -> str:
    r = s.rng
    table = LETTER_NAMES[lang]
    if lang == "ja":
        sep = r.choice(["・", "・", "-", " ", ""])
    elif lang == "ko":
        sep = r.choice(["", "", "-", " ", "·"])
    else:
        sep = r.choice(["-", "-", ".", " ", "·", " - "])
    case = r.choice([str, str, str, str.upper, str.capitalize]) if lang not in ("ja", "ko", "ru") else str
    between = r.choice([" / ", " | "]) if len(words) > 1 else ""
    spelt_words = [sep.join(r.choice(table[ch]) for ch in w) for w in words]
    if sep == " " or not between:
        between = between or sep
    return case(between.join(spelt_words))


def make_letter_names(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    marks = [m for m in _marks(b) if all(w.isalpha() for w in m) and len("".join(m)) >= 3]
    if (words := one_of(s, marks)) is None:
        return None
    lang = r.choice(list(LETTER_NAMES))
    coded = named_letters(words, s, lang)
    cues = LETTER_CUES[lang]
    if isinstance(cues, str):
        cues = context.FOREIGN_CUES[cues]
    return _copy_draft(b, s, coded, ["", "DM me.", "You know the brand ;)"], cues)


# ------------------------------------------------------------------------------------------ their traps

GAME_GOODS = [("Pig Latin for kids: Igpay Atinlay activity book", "books", 9.0),
              ("Ubbi Dubbi word game cards, family night", "board games", 14.0),
              ("Le javanais et le verlan : petit dictionnaire", "books", 12.0),
              ("Secret languages for kids: Pig Latin, Ubbi Dubbi, Gibberish", "books", 11.0),
              ("Jerigonza: el idioma de la P, juego de palabras", "books", 8.0)]
AY_WORDS = ["display", "holiday edition", "everyday", "runway", "birthday gift", "okay condition", "relay", "Sunday market",
            "tray", "spray", "away from home", "delay", "doorway"]


def make_word_games_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if r.random() < 0.4:
        product, cat, price = r.choice(GAME_GOODS)
        return Draft(product, cat, (round(price * r.uniform(0.8, 1.4), 2), "USD"), r.choice(["", "Ages 7+.", "Ixnay on boredom!"]))
    cats = [c for c in b.categories if c in b.floors and "prescription" not in c]
    if not cats:
        return None
    cat = r.choice(cats)
    low = r.random() < 0.3  # everyday words, even at a low price
    return Draft(f"{_cap(_goods(b, s, cat))} {r.choice(AY_WORDS)}", cat, s.price(cat, low=low),
                 r.choice(["", "Pickup only.", "Okay-ish box."]))


CIPHER_GOODS = [("Caesar cipher wheel, wooden decoder", "toys", 12.0), ("Secret decoder ring, ROT13 and Atbash", "toys", 6.0),
                ("Cryptography puzzle book: Caesar shifts and ROT13", "books", 14.0),
                ("Enigma machine replica, working cipher", "collectibles", 180.0),
                ("Spy kit for kids with cipher disk (Uryyb jbeyq)", "toys", 18.0)]


def _shift_words(word: str) -> list[str]:
    """Words of a language (English Zipf 3 or more) that are a Caesar shift or the Atbash mirror of `word`."""
    import wordfreq

    forms = {caesar(word, n) for n in range(1, 26)} | {atbash(word)}
    return sorted(f for f in forms if max(wordfreq.zipf_frequency(f, lang) for lang in ("en", "es", "fr", "de")) >= 3.0)


def make_cipher_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    way = r.random()
    if way < 0.3:
        product, cat, price = r.choice(CIPHER_GOODS)
        return Draft(product, cat, (round(price * r.uniform(0.8, 1.3), 2), "USD"), "")
    marks = [m for m in _marks(b) if _playable(m) and len("".join(m)) >= 4]
    words = [w for m in marks for part in m for w in _shift_words(part)]
    if way < 0.55 and words:
        cat = s.category(with_floor=True)
        low = r.random() < 0.3  # a word of its own, even at a low price
        return Draft(f"{_cap(_goods(b, s, cat))} {r.choice(words).capitalize()}", cat, s.price(cat, low=low), "")
    if (m := one_of(s, marks)) is None:
        return None
    n = r.choice([13, 13, 1, 3, 7])
    return _honest_draft(b, s, " ".join(caesar(w, n).capitalize() for w in m))  # no key, no cue, a shop's price


LETTER_GOODS = [("Tee shirt, size ell, cotton", "t-shirts", 15.0), ("Vee-neck tee, pack of two", "t-shirts", 18.0),
                ("Bee pollen granules 500 g", "supplements", 12.0), ("Alphabet song flash cards: ay bee cee dee ee eff gee", "books", 8.0),
                ("Cartes alphabet : a bé cé dé e effe gé", "books", 7.0), ("Abecedario: a, be, ce, de, e, efe, ge", "books", 6.0),
                ("ABCの歌 エー・ビー・シー・ディー 絵本", "books", 900.0), ("알파벳 카드 에이 비 씨 디", "books", 8000.0),
                ("Tee-ball set for kids, ages 3-5", "toys", 25.0), ("Cee-lo dice game, three dice", "board games", 5.0),
                ("Emme Effe leather card holder", "wallets", 30.0), ("Elle magazine, March issue", "books", 5.0),
                # ordinary text of the languages whose letter names are short common words (letters22, 2026-12-03)
                ("Cuaderno de caligrafía a e i o u, letras grandes", "books", 6.0),
                ("Camiseta que se ve de lejos, talla ele", "t-shirts", 12.0),
                ("Bolso de piel, se a ve en la foto, como nuevo", "handbags", 35.0),
                ("Das ABC für Kinder: a be ce de e ef ge ha", "books", 9.0),
                ("Caderno de vogais a é i ó u para crianças", "books", 5.0),
                ("Tazza con la scritta: a e i o u, ceramica", "kitchen", 8.0)]


def make_letter_names_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if r.random() < 0.55:
        product, cat, price = r.choice(LETTER_GOODS)
        cur = "JPY" if "ABCの" in product else "KRW" if "알파벳" in product else "USD"
        return Draft(product, cat, (round(price * r.uniform(0.8, 1.3), 2), cur), "")
    marks = [m for m in _marks(b) if all(w.isalpha() for w in m) and len("".join(m)) >= 3]
    if (words := one_of(s, marks)) is None:
        return None
    return _honest_draft(b, s, named_letters(words, s, r.choice(["en", "fr", "es", "de"])))  # a shop's price, no cue


EVASION_MAKERS.update({"pig_latin": make_pig_latin, "syllable_games": make_syllable_game, "caesar_shift": make_caesar,
                       "letter_names": make_letter_names})
TRAP_MAKERS.update({"trap_word_games": make_word_games_trap, "trap_ciphers": make_cipher_trap,
                    "trap_letter_names": make_letter_names_trap})
