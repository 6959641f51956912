"""The adversary's classes of the mark not written whole (unwhole, 2026-12-03, issue 9): the mark's letters are all
there, but never as its words.

Written from the ways of writing themselves (the held-out set outsider19 named the class, "What the weak classes share"
item 1; none of its listings is used here):
- moved_boundaries: the mark's letters in order with its word boundaries moved, added or removed, by spaces, '+', '/',
  '·', '-' or '|' ("Sam + sung", "Coc aCola", "Pr oStaff", "Air Ma x90", "Mi cro/soft"), the mark's own case kept or
  the whole in lower case or capitals; a mark that is an everyday word (Pandora, Canon) only cut by a joiner no word
  is written with ('+', '/', '·', '|'), never by a space;
- spoonerism: the first sounds of two neighbouring words of a several-word mark swapped ("Wot Heels", "Mair Ax", "Stro
  Paff", "Forth Nace"), the mark's other words kept now and then;
- lower_initials: a several-word mark's initials as people type them, in lower case ("lv", "tnf", "mk", "anr", "aj1"),
  initials that are no common word of a language ("el", "af" are articles and prepositions; wordfreq), always beside a
  cue that claims a copy (the trade's words);
- title_initials: the first letters of consecutive capitalised title words spell the mark ("Royal Ocean Luxe Elegance
  X41 automatic diver watch"), with a hint to read them ("read the first letters 😉") or a cue or a copy's price;
- capital_trail: the title's capitals read in order spell the mark, some inside otherwise lower-case words ("sOft",
  "hArdware"), some the initials of capitalised words, lower-case words between them ("bag: Classy, sOft, gold hArdware,
  Chic, Handy – read the capitals"), with a pointer to the capitals (in ten languages, in the title or the description,
  or a bare "– caps"), or with none beside a cue or a copy's price (outsider20 named the class, c_capital_trail20; none
  of its listings is used here);
- split_fields: the mark cut between the title's end and the description's start, its rest in small letters ("New,
  never used, fast ship – Ro" / "lex Submariner, replica. Cheap."), at a copy's price with a copy word or far below the
  floor, everyday-word
  marks (Pandora) and cuts into two common words (Sam / sung) too (outsider20's c_split_title_desc20; none of its
  listings is used here);
- shorthand_title: the rep buyers' shorthand title, the trade's abbreviation in capitals (the registry's abbreviations,
  a several-word mark's initials: AJ1, AM90, GG, LV, TNF, CG, MK), a model or goods word or two, and the bare copy word
  "rep", "reps" or "mirror" last ("AJ1 Chicago rep", "GG belt mirror"), at a copy's price (outsider20's
  c_abbreviation20; none of its listings is used here).
All in the brand's category, with a cue or a price far below the floor (codes._copy_draft) unless said.

Traps, on every brand: ordinary English words that spell a mark when their boundaries move ("sam sung", "pilots port"),
joined by '+' or '/' among the brand's goods at a shop's price with no cue, and the brand's own cut among its goods so
(trap_moved_boundaries); spoonerism jokes, and a mark's spoonerism among its goods at a shop's price (trap_spoonerism);
lower-case words that are a brand's initials in another sense: "lv 50" a level, "mk7" a car's mark, "el"/"af"/"aj" of
Spanish, Danish and Czech sentences beside a copy word of goods of no brand (trap_lower_initials); titles of capitalised
words whose initials spell a word, acrostic gifts ("Live Openly Value Everyone" necklace, "read the first letters"),
and a mark's initials in a title at a shop's price with no cue (trap_title_initials); ordinary Title Case titles whose
initials spell a mark with small words between, acronyms and shouting (USB LED UK), German nouns, hats ending "– caps"
at a shop's price, "read the caps" on bottle caps, and a mark's capitals inside words at a shop's price with no cue
(trap_capital_trail); a title ending in a mark's first letters and a description opening with a longer word that
begins with its rest ("Ro" / "lexicon"), or a mark cut into two common words, the second opening a sentence ("… with
Sam" / "Sung by …"), at a shop's price, and an
everyday-word mark so cut in goods the brand does not sell ("frying Pan" / "dora the explorer apron")
(trap_split_fields); a gym's one-rep max, a sales rep, a car's wing mirror and a home's wall mirror after the same
capitals, and the brand's own compact mirror at a shop's price (trap_shorthand_title).
"""

from __future__ import annotations

import re
from functools import cache

import wordfreq

from tests.eval.adversary import context
from tests.eval.adversary.codes import _PACK, _copy_draft, _goods, _honest_draft, letters_of
from tests.eval.adversary.generate import _ALL_MARKS, ORDINARY, BrandView, Draft, Scene, _cap, _fold
from tests.eval.adversary.shape import TRADE_CUES, initials

EVASIONS = {
    "moved_boundaries": "the mark's letters in order, its word boundaries moved, added or removed by spaces, '+', '/', "
                        "'·', '-' (Sam + sung, Coc aCola, Pr oStaff, Air Ma x90), with a cue or a copy's price",
    "spoonerism": "the first sounds of two words of a several-word mark swapped (Wot Heels, Mair Ax, Stro Paff, Forth "
                  "Nace), with a cue or a copy's price",
    "lower_initials": "a several-word mark's initials in lower case (lv, tnf, mk, anr, aj1) beside a copy cue",
    "title_initials": "the first letters of consecutive capitalised title words spell the mark (Royal Ocean Luxe Elegance "
                      "X41 = ROLEX), with a hint to read them or a cue or a copy's price",
    "split_fields": "the mark cut between the title's end and the description's start, its rest in small letters (… Ro / "
                    "lex Submariner), at a copy's price with a copy word or far below the floor",
    "shorthand_title": "the rep buyers' shorthand title: the trade's abbreviation in capitals, a model or goods word, "
                       "'rep', 'reps' or 'mirror' last (AJ1 Chicago rep, GG belt mirror), at a copy's price",
    "capital_trail": "the title's capitals read in order spell the mark, inside lower-case words or as initials (Classy, "
                     "sOft, gold hArdware, Chic, Handy = COACH), with a pointer to read them or a cue or a copy's price",
}
TRAPS = {
    "trap_moved_boundaries": "ordinary words that spell a mark when their boundaries move (sam sung, pilots port) and "
                             "the brand's mark so cut among its goods, at a shop's price with no cue",
    "trap_spoonerism": "spoonerism jokes and books; a mark's spoonerism among its goods at a shop's price with no cue",
    "trap_lower_initials": "lower-case words that are initials in another sense (lv 50 level, mk7 car, el/af/aj of "
                           "Spanish, Danish, Czech sentences beside a copy word of unbranded goods)",
    "trap_split_fields": "a title ending in a mark's first letters and a description opening with a longer word (Ro / "
                         "lexicon) or two common words, the second opening a sentence (Sam / Sung by), at a shop's price; an everyday-word mark so cut in goods "
                         "the brand does not sell",
    "trap_shorthand_title": "a gym's one-rep max, a sales rep, a car's wing mirror, a home's wall mirror after capitals, "
                            "the brand's own compact mirror at a shop's price",
    "trap_capital_trail": "Title Case titles whose initials spell a mark with small words between, acronyms and shouting, "
                          "German nouns, hats ending '– caps', 'read the caps' on bottle caps, a mark's capitals inside "
                          "words at a shop's price with no cue",
    "trap_title_initials": "capitalised titles whose initials spell a word, acrostic gifts with a hint (LOVE), a mark's "
                           "initials in a title at a shop's price with no cue",
}
PER_BRAND = 4  # listings per brand of each class (generate.PER_BRAND)

_VOWELS = "aeiouy"
HINTS = ["", "DM for pics.", "You know the brand 😉", "Ships fast.", "Same as the pictures."]
COPY_CUES = ["replica", "fake", "copy", "super copy", "1:1", "knockoff", "AAA quality", "mirror quality", "high copy"]


def _words(mark: str) -> list[str]:
    return [w for w in (letters_of(p) for p in mark.replace("-", " ").replace("'", " ").split()) if w]


def _marks(b: BrandView) -> list[tuple[list[str], str, bool]]:
    """(words, the mark as registered, everyday) of the brand's Latin marks written in letters only."""
    out = []
    for m in b.latin_marks:
        if any(ch.isdigit() for ch in m.value) or not m.value.isascii() and not letters_of(m.value):
            continue
        words = _words(m.value)
        if words and all(w.isalpha() for w in words) and m.value.replace("-", " ").replace("'", " ").split() and \
                len(words) == len(m.value.replace("-", " ").replace("'", " ").split()):
            out.append((words, m.value, m.everyday))
    return out


def _case(letters: str, like: str, style: str) -> str:
    """`letters` in `style`: "upper", "lower", or the case of the mark's own letters ("Coca Cola": CocaCola)."""
    if style == "upper":
        return letters.upper()
    if style == "lower":
        return letters
    own = [ch for ch in like if ch.isalpha()]
    return "".join(c.upper() if k < len(own) and own[k].isupper() else c for k, c in enumerate(letters))


# ------------------------------------------------------------------------------------------ moved boundaries

def _marks_as_written() -> frozenset[str]:
    return frozenset(v.casefold() for v in _ALL_MARKS)


JOINERS = [" + ", "+", " / ", "/", "·", " · ", " | "]


def moved(words: list[str], value: str, everyday: bool, s: Scene) -> str | None:
    r = s.rng
    joined = "".join(words)
    if len(joined) < (4 if len(words) == 1 else 6) or everyday and len(words) > 1:
        return None
    own = set()
    at = 0
    for w in words[:-1]:
        at += len(w)
        own.add(at)
    for _ in range(10):
        pieces_n = r.choice([2, 2, 2, 3]) if len(joined) >= 6 else 2
        cuts = sorted(r.sample(range(2, len(joined)), min(pieces_n - 1, len(joined) - 2)))
        if set(cuts) == own:
            continue
        bounds = [0, *cuts, len(joined)]
        pieces = [joined[a:b] for a, b in zip(bounds, bounds[1:])]
        if min(map(len, pieces)) < 2 and len(joined) < 6:
            continue
        style = r.choice(["own", "own", "lower", "upper"])
        cased = _case(joined, value, style)
        parts = [cased[a:b] for a, b in zip(bounds, bounds[1:])]
        if everyday:
            seps = [r.choice(JOINERS) for _ in cuts]
        else:
            seps = [r.choice([" ", " ", " ", *JOINERS, " - "]) for _ in cuts]
        text = parts[0] + "".join(sep + p for sep, p in zip(seps, parts[1:]))
        if not everyday and len(words) == 1 and all(sep == " " for sep in seps) and min(map(len, pieces)) >= 2 \
                and len(pieces) <= 3:
            continue  # the plain split of a word by spaces: generate.py's class "split"
        if text.casefold() in _marks_as_written():
            continue  # a mark as registered (Coca Cola), not one with its boundaries moved
        if r.random() < 0.15 and len(words) > 1:
            text += str(r.choice([90, 95, 97, 270, 1]))  # a model number after the last piece ("Air Ma x90")
        return text
    return None


def make_moved(b: BrandView, s: Scene) -> Draft | None:
    marks = [m for m in _marks(b) if not m[2] or letters_of(m[1]) == letters_of(b.name)][:4]
    if not marks:
        return None
    words, value, everyday = s.rng.choice(marks)
    text = moved(words, value, everyday, s)
    return _copy_draft(b, s, text, HINTS) if text else None


def _own_cuts(value: str) -> frozenset[int]:
    """Where the mark's letters have a boundary of their own: its words and its camel humps (MacBook, PowerShot)."""
    out, at, prev = set(), 0, ""
    for ch in value:
        if ch.isalpha():
            if at and (not prev.isalpha() or prev.islower() and ch.isupper()):
                out.add(at)
            at += 1
        prev = ch
    return frozenset(out)


@cache
def _ordinary_splits(joined: str, own: frozenset[int]) -> tuple[tuple[str, str], ...]:
    """Two ordinary English words (wordfreq's 10,000) that spell `joined`, cut elsewhere than at its own boundaries."""
    return tuple((joined[:k], joined[k:]) for k in range(2, len(joined) - 1)
                 if k not in own and joined[:k] in ORDINARY and joined[k:] in ORDINARY)


PLUS_PHRASES = [("Salt + Pepper grinder set, acacia wood", "kitchen", 25.0), ("Mix & Match socks, 6 pairs", "socks", 12.0),
                ("Peanut Butter + Jelly onesie, baby", "baby clothing", 14.0),
                ("Mac + Cheese seasoning 200g", "grocery", 5.0), ("Rock / Paper / Scissors poster", "posters", 9.0)]


def make_moved_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    splits = [(a, c) for words, value, _ in _marks(b) for a, c in _ordinary_splits("".join(words), _own_cuts(value))]
    if not splits or r.random() < 0.3:
        title, cat, price = r.choice(PLUS_PHRASES)
        return Draft(title, cat, (round(price * r.uniform(0.8, 1.3), 2), "USD"), "")
    a, c = r.choice(splits)
    return _honest_draft(b, s, f"{_cap(a)}{r.choice([' + ', ' / ', ' ', ' & '])}{_cap(c)}")  # a shop's price, no cue


# ------------------------------------------------------------------------------------------ spoonerisms

def _onset(word: str) -> int:
    k = 0
    while k < len(word) and (word[k] not in _VOWELS or k == 0 and word[k] == "y"):
        k += 1
    return k


def spoonerise(first: str, second: str, s: Scene) -> tuple[str, str] | None:
    """Swap the first sounds of two words (the whole leading consonants, or the first letter of each)."""
    i, j = _onset(first), _onset(second)
    if i and j and s.rng.random() < 0.4:
        i = j = 1
    if not i and not j:
        return None
    a, c = second[:j] + first[i:], first[:i] + second[j:]
    a = a[1:] if len(a) > 2 and a[0] == a[1] else a
    c = c[1:] if len(c) > 2 and c[0] == c[1] else c
    if (a, c) in ((first, second), (second, first)) or a == first or c == second or len(a) < 2 or len(c) < 2:
        return None
    return a, c


def make_spoonerism(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    marks = [m for m in _marks(b) if len(m[0]) >= 2 and not m[2]]
    pairs = [(words, value, k) for words, value, _ in marks for k in range(len(words) - 1)
             if len(words[k]) >= 3 and len(words[k + 1]) >= 3]
    if not pairs:
        return None
    words, value, k = r.choice(pairs)
    swapped = spoonerise(words[k], words[k + 1], s)
    if swapped is None:
        return None
    style = r.choice(["cap", "cap", "lower", "upper"])
    said = [w for w in words]
    said[k:k + 2] = swapped
    if r.random() < 0.5:
        said = list(swapped)  # the two words alone
    text = " ".join(w.upper() if style == "upper" else w.capitalize() if style == "cap" else w for w in said)
    if text.casefold() in _marks_as_written():
        return None
    return _copy_draft(b, s, text, HINTS)


JOKES = [("Tease my ears: a book of spoonerisms", "books", 12.0), ("Spoonerism card game 'Tips of the Slung'", "games", 15.0),
         ("Funny mug: 'I'm a shining wit' spoonerism", "kitchen", 11.0),
         ("Poster: Reverend Spooner's best, 'you have hissed all my mystery lectures'", "posters", 18.0)]


def make_spoonerism_trap(b: BrandView, s: Scene) -> Draft | None:
    """Spoonerism jokes, and two ordinary words that are a mark's spoonerism among the brand's goods at a shop's price."""
    r = s.rng
    ordinary = []
    for words, _, everyday in _marks(b):
        for k in range(len(words) - 1):
            if everyday or len(words[k]) < 3 or len(words[k + 1]) < 3:
                continue
            swapped = spoonerise(words[k], words[k + 1], s)
            if swapped and all(w in ORDINARY for w in swapped):
                ordinary.append(swapped)
    if not ordinary or r.random() < 0.4:
        title, cat, price = r.choice(JOKES)
        return Draft(title, cat, (round(price * r.uniform(0.8, 1.3), 2), "USD"), "")
    return _honest_draft(b, s, " ".join(w.capitalize() for w in r.choice(ordinary)))


# ------------------------------------------------------------------------------------------ lower-case initials

LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl", "pl", "sv", "da", "tr", "cs", "ro", "id")


@cache
def _a_word(letters: str) -> bool:
    return any(wordfreq.zipf_frequency(letters, lang) >= 4.3 for lang in LANGUAGES)


def _lower_initials(b: BrandView) -> list[str]:
    out = []
    for m in b.latin_marks:
        if m.everyday:
            continue
        ini = initials(m.value)
        if not ini or len(m.value.split()) < 2:
            continue
        ini = ini.lower()
        if ini.isalpha() and _a_word(ini):
            continue
        out.append(ini)
    return sorted(set(out))


def make_lower_initials(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    found = _lower_initials(b)
    if not found:
        return None
    ini = r.choice(found)
    if ini.isalpha() and r.random() < 0.2:
        ini += str(r.choice([1, 3, 4, 11]))
    cat = s.category(with_floor=True)
    product = _goods(b, s, cat)
    cue = r.choice(TRADE_CUES + [c for c in COPY_CUES if c != "1:1"])  # "1:1" alone is also a scale or a ratio
    title = r.choice([f"{ini} {product} {cue}", f"{product} {ini} {cue}", f"{cue} {ini} {product}",
                      f"{ini} {product} - {cue}"])
    return Draft(title, cat, s.price(cat, low=r.random() < 0.4), r.choice(HINTS))


LOWER_TRAPS = [("lv 50 account, all skins unlocked", "video games", 25.0),
               ("Golf mk7 front grille, fits 2013-2017", "auto parts", 60.0),
               ("Canon 5D mk3 battery grip", "cameras", 45.0),
               ("Perfume réplica de el jardín de mi abuela, 100ml, aroma floral", "fragrance", 12.0),
               ("Réplica de el reloj de la estación, decoración de pared", "home decor", 30.0),
               ("Sneakers lavet af læder, kopi af en klassiker, str 42", "sneakers", 30.0),
               ("Taška z kůže, aj peněženka, replika retro stylu", "handbags", 25.0),
               ("Ms. Rachel toddler learning set copy book", "books", 14.0),
               ("lv2 electric heater, thermostat", "home appliances", 80.0),
               ("tnf ring light 10 inch", "photography", 20.0)]


def make_lower_initials_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if r.random() < 0.6:
        title, cat, price = r.choice(LOWER_TRAPS)
        return Draft(title, cat, (round(price * r.uniform(0.8, 1.3), 2), "USD"), r.choice(["", "Ships today."]))
    found = _lower_initials(b)
    return _honest_draft(b, s, r.choice(found)) if found else None  # among its goods, a shop's price, no cue


# ------------------------------------------------------------------------------------------ title-word initials

# capitalised words a title may be made of, by their first letter (generic praise and goods words, no mark)
TITLE_WORDS = {
    "a": ["Authentic", "Aurora", "Alpine", "Atlas", "Amber"], "b": ["Bold", "Black", "Bright", "Brilliant", "Blue"],
    "c": ["Classic", "Crystal", "Comfort", "Carbon", "Crown"], "d": ["Deluxe", "Deep", "Diamond", "Daily", "Dark"],
    "e": ["Elegance", "Elite", "Edition", "Eternal", "Easy"], "f": ["Fine", "Fresh", "Fashion", "Fusion", "Full"],
    "g": ["Gold", "Grand", "Glow", "Genuine", "Great"], "h": ["Heritage", "Helix", "Harmony", "High", "Home"],
    "i": ["Iconic", "Ivory", "Imperial", "Ideal", "Infinity"], "j": ["Jade", "Jubilee", "Jewel", "Joy", "Jet"],
    "k": ["King", "Kinetic", "Knight", "Kind", "Key"], "l": ["Luxe", "Light", "Legend", "Limited", "Lunar"],
    "m": ["Modern", "Marine", "Master", "Midnight", "Metro"], "n": ["Noble", "Natural", "Night", "Nova", "Neo"],
    "o": ["Ocean", "Onyx", "Original", "Orbit", "Olive"], "p": ["Premium", "Pearl", "Pure", "Prime", "Pacific"],
    "q": ["Quartz", "Queen", "Quality", "Quiet", "Quest"], "r": ["Royal", "Radiant", "Regal", "Rose", "Rapid"],
    "s": ["Silver", "Sport", "Supreme", "Steel", "Star"], "t": ["Titan", "Timeless", "True", "Tropic", "Twin"],
    "u": ["Ultra", "Urban", "Unique", "Union", "Unity"], "v": ["Vintage", "Velvet", "Vivid", "Victory", "Venture"],
    "w": ["White", "Wild", "Winter", "Wave", "World"], "x": ["Xtra", "Xenon", "Xpress", "Xcel", "Xplorer"],
    "y": ["Young", "Yacht", "Yellow", "Yield", "Yes"], "z": ["Zen", "Zero", "Zenith", "Zest", "Zone"],
}
TITLE_HINTS = ["read the first letters 😉", "Read the first letter of each word ;)", "first letters = brand",
               "lee las primeras letras 😉", "lisez les premières lettres", "leia as primeiras letras",
               "lies die Anfangsbuchstaben", "читай первые буквы"]


_ORDINARY_FOLDED = frozenset(w.casefold() for w in ORDINARY)  # (folded once, not for each mark of each draft: ~3 % of a draw)


def _title_letters(b: BrandView) -> list[str]:
    out = []
    for words, value, everyday in _marks(b):
        joined = "".join(words)
        if 4 <= len(joined) <= 9 and not everyday and joined not in _ORDINARY_FOLDED:
            out.append(joined)
    return sorted(set(out))


def _initial_words(letters: str, s: Scene) -> str:
    own = {_fold(v) for v in _ALL_MARKS}
    out = []
    for ch in letters:
        choices = [w for w in TITLE_WORDS[ch] if _fold(w) not in own and w not in out]
        out.append(s.rng.choice(choices))
    if len(out) >= 5 and s.rng.random() < 0.25:  # two words joined as a compound, each capitalised ("Ocean-Luxe")
        k = s.rng.randrange(len(out) - 1)
        out[k:k + 2] = [f"{out[k]}-{out[k + 1]}"]
    return " ".join(out)


def make_title_initials(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    found = _title_letters(b)
    if not found:
        return None
    spelt = _initial_words(r.choice(found), s)
    cat = s.category(with_floor=True)
    product = _goods(b, s, cat)
    if r.random() < 0.6:  # a hint to read the first letters, in the title or the description
        hint = r.choice(TITLE_HINTS)
        if r.random() < 0.5:
            return Draft(f"{spelt} {product} ({hint})", cat, s.price(cat), r.choice(HINTS))
        return Draft(f"{spelt} {product}", cat, s.price(cat), hint)
    return _copy_draft(b, s, spelt, HINTS) if r.random() < 0.3 else Draft(
        f"{spelt} {product} {r.choice(COPY_CUES)}", cat, s.price(cat, low=r.random() < 0.5), r.choice(HINTS))


TITLE_TRAPS = [("Live Openly Value Everyone necklace, acrostic gift", "jewelry", 35.0, "read the first letters ❤"),
               ("Hope Always Prevails Pendant Yellow gold, engraved gift", "jewelry", 60.0, "first letters spell HAPPY"),
               ("Fresh Red Organic Grapes 2kg box", "grocery", 9.0, ""),
               ("Big Easy Stretch Tee with pocket", "t-shirts", 15.0, ""),
               ("Soft Warm Easy Autumn Throw Blanket", "home", 30.0, "")]


def make_title_initials_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if r.random() < 0.5:
        title, cat, price, desc = r.choice(TITLE_TRAPS)
        return Draft(title, cat, (round(price * r.uniform(0.8, 1.3), 2), "USD"), desc)
    found = _title_letters(b)
    return _honest_draft(b, s, _initial_words(r.choice(found), s)) if found else None  # a shop's price, no cue


# ------------------------------------------------------------------------------------------ the capital trail

CAPS_POINTERS = ["read the caps", "read the capitals 😉", "look at the capitals", "caps 👀", "caps", "check the caps ;)",
                 "capital letters spell it", "lee las mayúsculas", "leia as maiúsculas", "lisez les majuscules",
                 "leggi le maiuscole", "lies die Großbuchstaben", "let op de hoofdletters", "czytaj wielkie litery",
                 "читай заглавные буквы", "büyük harfleri oku"]
# lower-case words a capital is hidden in (the seller's adjectives), and small words between the letters
INNER_WORDS = ["soft", "hardware", "warm", "solid", "steel", "ceramic", "excellent", "styles", "cools", "unbeatable",
               "perfect", "comfy", "elegant", "durable", "stylish", "luxury", "classy", "chic", "handy", "cosy",
               "shiny", "polished", "premium", "lovely", "cute", "fabulous", "amazing", "bright", "dark", "smooth",
               "timeless", "robust", "crisp", "zesty", "jazzy", "waxed", "quick", "relaxed", "heavy", "flexible"]
FILLERS = ["gold", "new", "and", "nice", "box", "size", "colour", "black", "light"]  # no "for": "for X" says what it fits


def _inner(ch: str, s: Scene) -> str | None:
    """A lower-case word holding `ch` after its first letter, that letter written as a capital ("sOft")."""
    words = [w for w in INNER_WORDS if ch in w[1:]]
    if not words:
        return None
    w = s.rng.choice(words)
    k = s.rng.choice([i for i in range(1, len(w)) if w[i] == ch])
    return w[:k] + ch.upper() + w[k + 1:]


def _trail_words(letters: str, s: Scene, inner_at_least: int = 1) -> str:
    """Words whose capitals, read in order, are `letters`: some hidden inside lower-case words, the others initials of
    capitalised words, lower-case fillers now and then between them, commas between."""
    r = s.rng
    own = {_fold(v) for v in _ALL_MARKS}
    out: list[str] = []
    inner = 0
    for k, ch in enumerate(letters):
        word = _inner(ch, s) if r.random() < 0.5 or (k == len(letters) - 1 and inner < inner_at_least) else None
        if word is None:
            choices = [w for w in TITLE_WORDS[ch] if _fold(w) not in own and w not in out]
            word = r.choice(choices)
        else:
            inner += 1
        if r.random() < 0.25:
            word = f"{r.choice(FILLERS)} {word}" if r.random() < 0.5 else f"{word} {r.choice(FILLERS)}"
        out.append(word)
    return ", ".join(out)


def _trail_letters(b: BrandView) -> list[str]:
    """The brand's Latin marks of four to nine letters, everyday-word ones too (Coach, Puma: the pointer names them in
    the brand's category)."""
    return sorted({"".join(words) for words, _, _ in _marks(b) if 4 <= len("".join(words)) <= 9})


def make_capital_trail(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    found = _trail_letters(b)
    if not found:
        return None
    letters = r.choice(found)
    cat = s.category(with_floor=True)
    product = _goods(b, s, cat).lower()
    if r.random() < 0.75:  # a pointer to the capitals, in the title or the description
        trail = _trail_words(letters, s, inner_at_least=0)
        pointer = r.choice(CAPS_POINTERS)
        title = r.choice([f"{product}: {trail} – {pointer}", f"{trail} {product} – {pointer}"])
        if r.random() < 0.3 and pointer not in ("caps", "caps 👀"):
            return Draft(title.rsplit(" – ", 1)[0], cat, s.price(cat), f"{_cap(pointer)}. {r.choice(HINTS)}".strip())
        return Draft(title, cat, s.price(cat), r.choice(HINTS))
    if any(e for _, v, e in _marks(b) if "".join(_words(v)) == letters):
        return None  # an everyday-word mark's capitals with no pointer: nobody reads them (trap_capital_trail's)
    trail = _trail_words(letters, s, inner_at_least=1)
    return Draft(f"{product}: {trail} {r.choice(COPY_CUES)}", cat, s.price(cat, low=r.random() < 0.5), r.choice(HINTS))


TRAIL_TRAPS = [("Royal and Oak Lamp with Elegant Xmas shade", "home decor", 40.0, ""),
               ("NEW USB LED DESK LAMP – UK PLUG", "lamps", 20.0, ""),
               ("Schöne Tasche aus Leder mit Goldener Kette", "handbags", 120.0, "Neu, ungetragen."),
               ("Read the caps: a collector's guide to bottle caps", "books", 15.0, ""),
               ("Bottle caps, 200 pcs, Assorted Colours – caps", "craft supplies", 9.0, ""),
               ("Pure Organic Honey, Raw and Unfiltered, 500g", "grocery", 12.0, ""),
               ("iPhone 15 Pro Max screen protector, 2 pack", "phone accessories", 9.0, ""),
               ("Galaxy Tab S9 case with S Pen holder", "tablet accessories", 19.0, "")]
HATS = ["Classic Trucker Hat – caps", "Snapback Baseball Hat Mesh – caps", "Wool Beanie Winter – caps"]


def make_capital_trail_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    roll = r.random()
    if roll < 0.35:
        title, cat, price, desc = r.choice(TRAIL_TRAPS)
        return Draft(title, cat, (round(price * r.uniform(0.8, 1.3), 2), "USD"), desc)
    found = _trail_letters(b)
    if not found:
        return None
    letters = r.choice(found)
    if roll < 0.55:  # hats whose Title Case words spell a mark, ending "– caps", at a hat's price
        words = _initial_words(letters, s)
        return Draft(f"{words} cotton hat – caps", "hats", s.price("hats"),
                     r.choice(["One size.", "Adjustable strap.", ""]))
    if roll < 0.8:  # a mark's initials with small words between, no pointer, at a shop's price
        words = _initial_words(letters, s).split()
        for k in sorted(r.sample(range(1, len(words)), k=min(2, len(words) - 1)), reverse=True):
            words.insert(k, r.choice(["and", "with", "in", "for"]))
        return _honest_draft(b, s, " ".join(words))
    # its capitals inside words, no pointer, at a shop's price with no cue
    return _honest_draft(b, s, _trail_words(letters, s, inner_at_least=1))


# ------------------------------------------------------------------------------------------ split between the fields

SPLIT_TITLES = ["New, never used, fast ship – ", "Brand new in box, quick sale – ", "Great condition, see pics: ",
                "Gift idea, ships today – ", "Bundle deal, message me – ", "Like new, bargain! "]
# the copy words the matcher reads anywhere; the bare "copy", "rep" and "clone" of a description are read by no cue table
# (everyday words: a book's copy, a gym's reps, a cloned drive) and are left out here (a cue's gap, not this class's)
SPLIT_COPY = ["replica", "mirror copy", "imitation", "1:1", "fake", "knockoff", "AAA quality", "super copy", "high copy"]
SPLIT_ENDS = ["Cheap.", "Fast shipping.", "", "DM me.", "No returns."]
FAR_GOODS = [("kitchen", "cast iron frying", "apron for kids, cotton"), ("books", "a story of", "the explorer, picture book"),
             ("toys", "wooden toy", "doll, age 3+"), ("home decor", "ceramic wall", "print, framed")]


def _one_word_marks(b: BrandView) -> list[tuple[str, bool]]:
    """(the mark as registered, everyday) of the brand's single-word Latin marks of letters only, four letters or more."""
    return sorted({(v, e) for words, v, e in _marks(b) if len(words) == 1 and len(words[0]) >= 4 and v.isalpha()})


def _cut_word(mark: str, s: Scene) -> tuple[str, str]:
    k = s.rng.randrange(2, len(mark) - 1)
    return mark[:k], mark[k:].lower()


def make_split_fields(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    found = _one_word_marks(b)
    if not found:
        return None
    mark, _ = r.choice(found)
    head, tail = _cut_word(mark, s)
    cat = s.category(with_floor=True)
    low = r.random() < 0.25  # a price far below the floor, and then a copy word only now and then
    cue = f", {r.choice(SPLIT_COPY)}" if not low or r.random() < 0.5 else ""
    desc = f"{tail} {s.product(cat)}{cue}. {r.choice(SPLIT_ENDS)}".strip()
    return Draft(f"{r.choice(SPLIT_TITLES)}{head}", cat, s.price(cat, low=low), desc)


@cache
def _words_from(prefix: str) -> tuple[str, ...]:
    """Common English words that begin with `prefix` and go on two letters or more ("lex" -> "lexicon")."""
    return tuple(w for w in wordfreq.top_n_list("en", 50_000) if w.startswith(prefix) and len(w) >= len(prefix) + 2
                 and w.isalpha() and w.isascii())


def make_split_fields_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    found = _one_word_marks(b)
    if not found:
        return None
    mark, everyday = r.choice(found)
    head = mark[:r.choice([2, 3])]  # a piece of two or three letters: no misspelling of the mark by itself
    tail = mark[len(head):].lower()
    roll = r.random()
    if everyday and roll < 0.4:  # an everyday-word mark so cut in goods the brand does not sell
        cat, before, after = r.choice(FAR_GOODS)
        if cat in b.categories:
            return None
        return Draft(f"{_cap(before)} {head.lower()}", cat, (round(r.uniform(8, 30), 2), "USD"), f"{tail} {after}")
    cats = [c for c in b.categories if c in b.floors]
    if not cats:
        return None
    cat = r.choice(cats)
    goods = s.product(cat)
    if _PACK.search(goods):
        return None  # goods in packs: a shop's price for the pack reads as far below a unit's floor (codes._honest_draft)
    title = f"{_cap(goods)}, {r.choice(['see', 'ask', 'ships'])} {r.choice(['to', 'with', 'via'])} {head}"
    if head.lower() in ORDINARY and tail in ORDINARY and roll < 0.7:
        # two common words, the second opening a sentence of its own ("… with Sam" / "Sung by the choir …")
        return Draft(title, cat, s.price(cat), f"{_cap(tail)} {r.choice(['by', 'in', 'and'])} the rest, see photos.")
    words = _words_from(tail)
    if not words:
        return None
    # a longer word that begins with the mark's rest ("Ro" / "lexicon")
    return Draft(title, cat, s.price(cat), f"{r.choice(words)} and more, see photos. Pickup only.")


# ------------------------------------------------------------------------------------------ the rep buyers' shorthand

SHORTHAND_COPY = ["rep", "reps", "mirror", "Rep", "REP"]
_MIRROR_GOODS = re.compile(r"auto|\bcars?\b|vehicle|motorcycle|bike|home|furniture|bath|decor|parts|lighting|lamp|"
                           r"travel|hand|pocket|compact|makeup|wall|side|door")


def _abbreviations(b: BrandView) -> list[str]:
    """The brand's abbreviations in capitals: the registry's (AJ1, AM90, CG) and its several-word marks' initials that
    are no common word (LV, TNF, MK, GG of GG Marmont)."""
    out = {m.value for m in b.declared("abbreviation") if not m.everyday and m.value.isascii() and m.value.isalnum()
           and m.value[:2].isupper() and 2 <= len(m.value) <= 6}
    for m in b.latin_marks:
        ini = initials(m.value)
        if not m.everyday and ini and len(m.value.split()) >= 2 and ini.isalpha() and 2 <= len(ini) <= 4 \
                and not _a_word(ini.lower()):
            out.add(ini.upper())
    return sorted(out)


def make_shorthand_title(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    found = _abbreviations(b)
    if not found:
        return None
    cat = s.category(with_floor=True)
    goods = [w for w in _goods(b, s, cat).split() if w.isalpha() and w.casefold() not in ("repair", "service", "for")][:2] \
        or [cat.split()[-1]]
    goods = goods[:r.choice([1, 2])]
    # "mirror" only where it is no goods of the category (a car's, a home's mirror; a travel or hand mirror)
    copy = r.choice(SHORTHAND_COPY if not _MIRROR_GOODS.search(f"{cat} {' '.join(goods)}".casefold()) else ["rep", "reps"])
    words = [r.choice(found), *goods, copy]
    return Draft(" ".join(words), cat, s.price(cat, low=r.random() < 0.3), r.choice(["DM for sizes.", "", "Ships fast.",
                                                                                    "Pics on request."]))


SHORTHAND_TRAPS = [("{a} 1 rep max calculator app", "software", 5.0), ("{a} area sales rep – full time", "jobs", 0.0),
                   ("{a} X5 wing mirror", "auto parts", 80.0), ("{a} style wall mirror", "home decor", 60.0),
                   ("{a} one rep", "fitness equipment", 20.0)]


def make_shorthand_title_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    found = _abbreviations(b)
    if not found:
        return None
    a = r.choice(found)
    if r.random() < 0.6:
        title, cat, price = r.choice(SHORTHAND_TRAPS)
        return Draft(title.format(a=a), cat, (round(price * r.uniform(0.9, 1.3), 2), "USD"), "")
    # the brand's own compact or hand mirror at a shop's price
    cats = [c for c in b.categories if c in b.floors and "prescription" not in c]
    if not cats:
        return None
    cat = r.choice(cats)
    return Draft(f"{a} {r.choice(['compact', 'pocket', 'hand'])} mirror", cat, s.price(cat), r.choice(["", "Gift box."]))


EVASION_MAKERS = {"moved_boundaries": make_moved, "spoonerism": make_spoonerism, "lower_initials": make_lower_initials,
                  "title_initials": make_title_initials, "capital_trail": make_capital_trail,
                  "split_fields": make_split_fields, "shorthand_title": make_shorthand_title}
TRAP_MAKERS = {"trap_moved_boundaries": make_moved_trap, "trap_spoonerism": make_spoonerism_trap,
               "trap_lower_initials": make_lower_initials_trap, "trap_title_initials": make_title_initials_trap,
               "trap_capital_trail": make_capital_trail_trap, "trap_split_fields": make_split_fields_trap,
               "trap_shorthand_title": make_shorthand_title_trap}
