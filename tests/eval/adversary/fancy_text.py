"""The mark in fancy-text letters and codes (issue 9, glyphs29), and the honest listings that write the same way.

- syllabics_letters: a Latin mark with some or all of its letters drawn with the Canadian Aboriginal syllabics that
  fancy-text generators offer as Latin look-alikes (ᖇOᒪᕮ᙭, ᑎIᖽᐸᕮ, ᑭᑌᗰᗩ, spaced ᗩ ᗷ ᑕ), or wholly in the Ethiopic
  or Cherokee-looking 'fancy' alphabets (a=ል ... z=ጊ; a=Ꮧ ... z=ፚ), a copy cue or a low price;
- operator_letters: a Latin mark with letters drawn with mathematical operators (R∅∟∈×, ⊂∆N∅N, ∂Y∫∅N), a copy cue or
  a low price;
- bacon_cipher: the mark in Bacon's biliteral cipher (five A/B a letter; the 26-letter table or Bacon's 24 with I/J and
  U/V shared; A/B, a/b, or 0/1 with the cipher named; apart, bracketed, hyphenated or run together), a copy cue or a
  low price;
- uwu_speak: the mark in uwu-speak (r and l as w, n before a vowel as ny, th as d: Wowex, Nyike, Buwbewwy), always
  with a cue that claims a copy, now and then itself in uwu-speak (wepwica, miwwow quawity);
- trap_script_texts: everyday Inuktitut, Cree, Amharic, Armenian and Cherokee text on honest goods (books, flash cards,
  keyboard stickers, souvenirs), in the brand's categories at a shop's price;
- trap_math_symbols: goods printed with mathematical operators for a true reason (set theory posters, calculus mugs,
  logic stickers, sizes written 10×20), at a shop's price;
- trap_cipher_puzzles: Bacon-cipher puzzle cards and escape-room kits that encode ordinary words, binary stickers, at a
  shop's price;
- trap_uwu_merch: uwu-speak merch and cute goods (pwushie, fwuffy, hewwo fwiend) that name no brand, at a shop's price.

Written from the generators' alphabets as they show them, Wikipedia ("Bacon's cipher", "Uwu"), and the scripts'
ordinary words; the held-out set outsider26 named the classes (c_syllabics_letters26, c_math_operator_letters26,
c_bacon_cipher26, c_uwu_speak26); none of its listings is used here.
"""

from __future__ import annotations

import re

from tests.eval.adversary.codes import _copy_draft, _goods, _marks
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, one_of

EVASIONS = {
    "syllabics_letters": "a Latin mark drawn with Canadian syllabics look-alikes (ᖇOᒪᕮ᙭, ᑭᑌᗰᗩ) or the Ethiopic fancy "
                         "alphabet, a copy cue or a low price",
    "operator_letters": "a Latin mark drawn with mathematical operators (R∅∟∈×, ⊂∆N∅N), a copy cue or a low price",
    "bacon_cipher": "the mark in Bacon's biliteral cipher (ABABB AABAA ...; 24 or 26 letters; A/B, a/b or 0/1), a copy "
                    "cue or a low price",
    "uwu_speak": "the mark in uwu-speak (Wowex, Nyike, Buwbewwy) with a cue that claims a copy",
}
TRAPS = {
    "trap_script_texts": "everyday Inuktitut, Cree, Amharic, Armenian and Cherokee text on honest goods, at a shop's price",
    "trap_math_symbols": "goods printed with mathematical operators for a true reason, at a shop's price",
    "trap_cipher_puzzles": "Bacon-cipher puzzles and binary stickers encoding ordinary words, at a shop's price",
    "trap_uwu_merch": "uwu-speak merch and cute goods naming no brand, at a shop's price",
}

# ------------------------------------------------------------------------------------------ fancy letters
# (the generator's own tables: the shapes fancy-text generators show; a letter with none stays a Latin capital)
SYLLABICS = {"a": "ᗩ", "b": "ᗷ", "c": "ᑕ", "d": "ᗪ", "e": "ᕮᗴ", "f": "ᖴ", "g": "ᘜ", "h": "ᕼ", "j": "ᒍ", "k": ["ᖽᐸ", "ᛕ"],
             "l": "ᒪ", "m": "ᗰ", "n": "ᑎ", "p": "ᑭ", "q": "ᑫ", "r": "ᖇ", "s": "ᔕ", "u": "ᑌ", "v": "ᐯ", "w": "ᗯ",
             "x": "᙭", "y": "ᖻ", "z": "ᘔ"}
ETHIOPIC = dict(zip("abcdefghijklmnopqrstuvwxyz", "ልጌርዕቿቻኗዘጎጋጕረጠክዐየዒዪነፕሁሀሠሸሃጊ"))
CHEROKEE = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᏗᏰᏣᎴᏋᎦᎶᏂᎥᏠᏦᏝᎷᏁᎧᎮᎤᏒᏕᏖᏬᏉᏇጀᎩፚ"))
OPERATORS = {"a": "∆∧∀", "c": "⊂⊆", "d": "∂", "e": "∈∑∃", "i": "∣", "l": "∟⌊", "n": "∩∏", "o": "∅⊘⊙", "s": "∫",
             "t": "⊤", "u": "∪⊔", "v": "∨∇", "x": "×"}
FANCY_HINTS = ["", "Fancy font 😉", "You know the brand.", "Same as the famous one.", "Copy goods."]


def drawn_with(words: list[str], table: dict, s: Scene) -> str | None:
    """The mark's words in capitals with one or more letters (all, half the time) drawn from `table`."""
    r = s.rng
    spots = [(w, k) for w, word in enumerate(words) for k, ch in enumerate(word) if ch in table]
    if not spots:
        return None
    chosen = set(spots if r.random() < 0.5 else r.sample(spots, k=r.randint(1, len(spots))))
    return " ".join("".join(r.choice(list(table[ch])) if (w, k) in chosen else ch.upper() for k, ch in enumerate(word))
                    for w, word in enumerate(words))


def make_syllabics(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (words := one_of(s, _marks(b))) is None:
        return None
    roll = r.random()
    if roll < 0.2:
        alphabet = r.choice([ETHIOPIC, CHEROKEE])
        coded = " ".join("".join(alphabet[ch] for ch in w) for w in words)
    elif roll < 0.3 and len(words) == 1:
        coded = " ".join(r.choice(list(SYLLABICS[ch])) if ch in SYLLABICS else ch.upper() for ch in words[0])
    elif (coded := drawn_with(words, SYLLABICS, s)) is None:
        return None
    return _copy_draft(b, s, coded, FANCY_HINTS)


def make_operators(b: BrandView, s: Scene) -> Draft | None:
    if (words := one_of(s, _marks(b))) is None or (coded := drawn_with(words, OPERATORS, s)) is None:
        return None
    return _copy_draft(b, s, coded, FANCY_HINTS)


# ------------------------------------------------------------------------------------------ Bacon's cipher
TABLE_26 = "abcdefghijklmnopqrstuvwxyz"
TABLE_24 = "abcdefghiklmnopqrstuwxyz"  # I/J and U/V share a place
BACON_HINTS = ["", "Decode it 😉", "(Bacon)", "Biliteral cipher, you know.", "Brand in code."]


def bacon(word: str, table: str, symbols: str) -> list[str]:
    """The word's letters as groups of five symbols (symbols[0] for 0, symbols[1] for 1)."""
    if table == TABLE_24:
        word = word.replace("j", "i").replace("v", "u")
    return [format(table.index(ch), "05b").translate(str.maketrans("01", symbols)) for ch in word]


def make_bacon(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if (words := one_of(s, _marks(b))) is None:
        return None
    table = TABLE_26 if r.random() < 0.7 else TABLE_24
    symbols = r.choice(["AB", "AB", "AB", "ab", "01"])
    if symbols != "01" and r.random() < 0.2:
        coded = "".join(g for w in words for g in bacon(w, table, symbols))  # run together
    else:
        gap = r.choice([" ", " ", " ", "-", "."])
        coded = " / ".join(gap.join(bacon(w, table, symbols)) for w in words)
    if r.random() < 0.5:
        coded = f"[{coded}]"
    if symbols == "01":
        coded = f"{coded} ({r.choice(['Bacon', 'Bacon cipher', 'biliteral'])})"
    return _copy_draft(b, s, coded, BACON_HINTS)


# ------------------------------------------------------------------------------------------ uwu-speak
_NY = re.compile(r"n(?=[aeiou])")
UWU_CUES = ["replica", "wepwica", "mirror quality", "miwwow quawity", "high copy", "super copy", "supew copy",
            "master copy", "mastew copy", "fake", "top wepwica", "counterfeit"]
UWU_MARKERS = ["uwu", "owo", ">w<", "uwu ✨", "(◕ᴗ◕✿)", "nya~", ""]


def uwu(word: str, keep: float = 0.0, rng=None) -> str:
    """The word in uwu-speak: r and l as w, n before a vowel as ny, th as d; with `keep`, each place kept as written with
    that chance (a hand that writes some letters so: Buwberry), one place at least changed."""
    places = [m for m in re.finditer(r"th|[rl]|n(?=[aeiou])", word)]
    if not places:
        return word
    kept = {m.start() for m in places if rng is not None and rng.random() < keep}
    if len(kept) == len(places):
        kept.discard(places[0].start())
    out, last = [], 0
    for m in places:
        if m.start() not in kept:
            out += [word[last:m.start()], {"r": "w", "l": "w", "n": "ny", "th": "d"}[m.group()]]
            last = m.end()
    return "".join(out) + word[last:]


def make_uwu(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    from wordfreq import zipf_frequency

    marks = [w for w in _marks(b) if len("".join(w)) >= 4 and uwu(" ".join(w)) != " ".join(w)
             and not any(zipf_frequency(uwu(x), "en") >= 1.5 for x in w if uwu(x) != x)]  # Canyon, Maws: words
    if (words := one_of(s, marks)) is None:
        return None
    keep = 0.4 if r.random() < 0.3 else 0.0
    coded = " ".join(_cap(uwu(w, keep, r)) for w in words)
    if any(zipf_frequency(c, "en") >= 1.5 for c in coded.lower().split() if c not in words):
        coded = " ".join(_cap(uwu(w)) for w in words)  # a partial form that is a word
    cat = s.category(with_floor=True)
    product = _goods(b, s, cat)
    title = r.choice([f"{coded} {product}", f"{_cap(product)} {coded}", f"{_cap(product)} – {coded}"])
    title = f"{title} {r.choice(UWU_MARKERS)} {r.choice(UWU_CUES)}".replace("  ", " ")
    return Draft(title, cat, s.price(cat, low=r.random() < 0.3), r.choice(["", "so cute uwu", "Kawaii ✨", ""]))


# ------------------------------------------------------------------------------------------ traps
SCRIPT_TEXTS = ["ᐃᓄᒃᑎᑐᑦ", "ᑕᑯᔪᖅ", "ᓄᓇᕗᑦ", "ᐅᖃᐅᓯᖅ", "ᐃᓄᒃᑎᑐᑦ ᐅᖃᐅᓯᖅ", "ᓀᐦᐃᔭᐍᐏᐣ", "ᐊᓂᔑᓈᐯᒧᐎᓐ", "ᐃ ᐱ ᑎ ᑭ ᒋ ᒥ ᓂ ᓯ ᓕ",
                "ᐁ ᐃ ᐅ ᐊ / ᐯ ᐱ ᐳ ᐸ / ᑌ ᑎ ᑐ ᑕ", "ኢትዮጵያ", "ቡና", "አማርኛ", "እንኳን ደህና መጡ", "ሰላም", "Հայաստան",
                "բարև", "Երևան", "շնորհակալություն", "ᏣᎳᎩ", "ᎣᏏᏲ", "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ"]
SCRIPT_GOODS = ["Children's picture book {t}, hardcover", "Flash cards {t}, 40 cards", "Keyboard stickers {t}",
                "Souvenir mug {t}", "Embroidered patch {t}", "Language course workbook {t}", "Tote bag printed {t}",
                "Wall calendar 2027 {t}", "Greeting card {t}, blank inside", "T-shirt with {t} print"]


def make_script_texts(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    return Draft(r.choice(SCRIPT_GOODS).format(t=r.choice(SCRIPT_TEXTS)), cat, s.price(cat),
                 r.choice(["", "Handmade.", "New.", r.choice(SCRIPT_TEXTS)]))


MATH_GOODS = ["Set theory poster: A ∪ B, A ∩ B, ∅, x ∈ S", "∑ sigma notation mug", "∫ eˣ dx = eˣ + C t-shirt",
              "∆ delta hoodie, engineering club", "Logic gates ∧ ∨ ¬ sticker pack", "∂f/∂x calculus mug",
              "∀x ∃y proof notebook, A5", "Math wall clock: π, √2, ∞, ∅", "Geometry stencil ∠ ⊥ ∥ ⊂ ⊃",
              "Photo frame 10×20 cm", "Puzzle cube 4×4", "Poster: A ⊂ B ⊂ C, subsets", "Mug 'I ∈ the set of coffee lovers'",
              "Physics tee: ∆E = hν", "Union ∪ and intersection ∩ flash cards"]


def make_math_symbols(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    return Draft(r.choice(MATH_GOODS), cat, s.price(cat), r.choice(["", "Great gift for maths teachers.", "New."]))


CIPHER_WORDS = ["hello", "secret", "garden", "puzzle", "friend", "party", "treasure", "escape", "code", "spy"]
CIPHER_GOODS = ["Bacon cipher puzzle card: {g} spells {w}", "Escape room kit – Bacon's biliteral code {g}",
                "Cryptography for kids: {g} = {w}", "Puzzle hunt booklet – {g}", "Binary light strip stickers {b}",
                "Kids' secret code kit (Bacon: {g})", "Francis Bacon and the Baconian cipher – paperback"]


def make_cipher_puzzles(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    w = r.choice(CIPHER_WORDS)
    groups = " ".join(bacon(w, r.choice([TABLE_26, TABLE_24]), r.choice(["AB", "ab"])))
    binary = " ".join(bacon(w, TABLE_26, "01"))
    title = r.choice(CIPHER_GOODS).format(g=groups, w=w.upper(), b=binary)
    return Draft(title, cat, s.price(cat), r.choice(["", "Ages 8+.", "Fun for the family."]))


UWU_GOODS = ["uwu cat hoodie pastel", "Kawaii pwushie bunny, so fwuffy uwu", "'I wuv you' mug owo",
             "Notice me senpai uwu sticker pack", "Smol bean tee – hewwo fwiend", "OwO what's this? enamel pin",
             "Cute sociaw battewy keychain uwu", "Pwease be gentwe pastel phone grip >w<", "Snuggwe bwanket, vewy soft",
             "Nyan cat pixel sticker, rainbow"]


def make_uwu_merch(b: BrandView, s: Scene) -> Draft:
    r = s.rng
    cat = s.category()
    return Draft(_cap(r.choice(UWU_GOODS)), cat, s.price(cat), r.choice(["", "so cute uwu", "Handmade ✨"]))


EVASION_MAKERS = {"syllabics_letters": make_syllabics, "operator_letters": make_operators, "bacon_cipher": make_bacon,
                  "uwu_speak": make_uwu}
TRAP_MAKERS = {"trap_script_texts": make_script_texts, "trap_math_symbols": make_math_symbols,
               "trap_cipher_puzzles": make_cipher_puzzles, "trap_uwu_merch": make_uwu_merch}
