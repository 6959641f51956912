"""The adversary's word-game clue classes (clues, 2026-12-03): the brand given by a rule a buyer applies, never written:
its numeronym, a word that rhymes with it, the spoken language games children play; and the same games naming nothing.

Written from first principles (the conventions themselves, not a held-out set's strings):
- numeronym: the first and last letters with the count of the letters between, as software writes i18n: "R3x",
  "r-3-x", "R.3.X", the first two or three letters kept ("Ro2x", "Sam3g"), the letters masked rather than counted
  ("R***x", "R___x", "R _ _ _ x", "R...x", "R…x (5)" with the whole name's count), a name of two words word by word
  ("L3s V5n"); a form that fits a rival brand of the same categories is never drawn (a seller's clue must name one);
- rhyme_clue: "the brand that rhymes with 'Bolex'": the name with another onset (consonant or cluster before its first
  vowel; one put before a name that starts with a vowel: "Tomega", "Madidas"), in the frames of sixteen languages
  ("Marke reimt sich auf", "rima con", "rime avec", "rijmt op", "rymuje się z", "rimmar på", "рифмуется с",
  "ile kafiyeli", "押韵", "韻を踏む", "sounds like"); one-word names only;
- spoken_games: the name in the spoken games not yet in codes.py: Swedish rövarspråket (each consonant + o + itself:
  "Rorololexox"), German Löffelsprache (each vowel + lew + itself: "Rolewolelewex"; or lef) and the B-language
  ("Robolebex").
All in the brand's category with a cue or a copy's price far below the floor (codes._copy_draft).

Traps: the same games where no brand is named: tech numeronyms (i18n, k8s, a11y, l10n) on stickers, books and shirts,
camera and phone model codes of the same shape (G7X, T5i), censored words and masked order numbers; rhyming
dictionaries, poems, nursery rhymes, rap and songwriting books, greeting cards "that rhyme with" a word; the
rövarspråket of Astrid Lindgren's books, Löffelsprache for children; and the brand's clue among its goods at a shop's
price with no cue.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from tests.eval.adversary.codes import _copy_draft, _honest_draft, letters_of
from tests.eval.adversary.generate import BrandView, Draft, Scene, brand_views

EVASIONS = {
    "numeronym": "the name as a numeronym: R3x, r-3-x, Ro2x, R***x, R___x, R _ _ _ x, R...x, R…x (5), L3s V5n",
    "rhyme_clue": "the name given by a word that rhymes with it ('rhymes with Bolex', 'reimt sich auf', 'rima con', "
                  "'рифмуется с', '押韵', 'sounds like') in sixteen languages",
    "spoken_games": "the name in rövarspråket (Rorololexox), Löffelsprache (Rolewolelewex) or the B-language (Robolebex)",
}
TRAPS = {
    "trap_numeronym": "tech numeronyms (i18n, k8s, a11y), model codes of the same shape (G7X, T5i), censored words; the "
                      "brand's numeronym among its goods at a shop's price with no cue",
    "trap_rhyme_clue": "rhyming dictionaries, poems, nursery rhymes, songwriting books, rhyming cards and posters of "
                       "everyday words (some rhyme with a mark: bike, nose, pony)",
    "trap_spoken_games": "rövarspråket and Löffelsprache books and games for children, ordinary words in the games; the "
                         "brand in a game among its goods at a shop's price with no cue",
}


def _words(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name.casefold())
    out = ["".join(c for c in w if "a" <= c <= "z") for w in folded.replace("-", " ").replace("&", " ").split()]
    return [w for w in out if w]


def _keys(joined: str) -> set[str]:
    """A name's numeronyms of one to three letters at each end (the reader's shapes)."""
    return {f"{joined[:h]}{len(joined) - h - t}{joined[-t:]}" for h in range(1, 4) for t in range(1, 4)
            if len(joined) - h - t >= 2}


@cache
def _rival_names(brand: str) -> tuple[str, ...]:
    """The names and marks (letters, words joined) of the other brands that sell in a category of `brand`."""
    brands = brand_views()  # shared, read only (issue 16)
    mine = next(b for b in brands if b.id == brand)
    out = set()
    for b in brands:
        if b.id != brand and set(b.categories) & set(mine.categories):
            out.update("".join(_words(v)) for v in b.everything if v.isascii())
            out.update("".join(_words(m.value)) for kind, m in b.vocabulary if kind == "line" and m.value.isascii())
    return tuple(sorted(w for w in out if len(w) >= 4))


@cache
def _rival_keys(brand: str) -> frozenset[str]:
    return frozenset(k for w in _rival_names(brand) for k in _keys(w))


# ------------------------------------------------------------------------------------------ numeronyms

def numeronym(words: list[str], s: Scene, brand: str) -> str | None:
    r = s.rng
    joined = "".join(words)
    rivals = _rival_keys(brand)
    style = r.choice(["upper", "cap", "cap", "lower"])

    def case(t: str) -> str:
        return t.upper() if style == "upper" else t[:1].upper() + t[1:] if style == "cap" else t

    if len(words) == 2 and all(len(w) >= 4 for w in words) and r.random() < 0.6:
        return " ".join(case(f"{w[0]}{len(w) - 2}{w[-1]}") for w in words)
    for _ in range(8):
        h = 1 if r.random() < 0.7 else r.choice([2, 3])
        t = 1 if r.random() < 0.8 else 2
        n = len(joined) - h - t
        if n < 2:
            continue
        head, tail = joined[:h], joined[-t:]
        if f"{head}{n}{tail}" in rivals:
            continue
        form = r.choice(["count", "count", "count", "dash", "dot", "stars", "under", "spaced", "dots", "ellipsis"])
        if form == "count":
            return case(f"{head}{n}{tail}")
        if form == "dash":
            return case(f"{head}-{n}-{tail}")
        if form == "dot":
            return case(f"{head}.{n}.{tail}")
        if form == "stars":
            return case(head) + "*" * n + case(tail).lower()
        if form == "under":
            return case(head) + "_" * n + tail
        if form == "spaced":
            return case(head) + " " + " ".join("_" * n) + " " + tail
        if form == "dots":
            return case(head) + "." * max(n, 3) + tail + ("" if n >= 3 else f" ({len(joined)})")
        return case(head) + "…" + tail + r.choice([f" ({len(joined)})", f" ({len(joined)} letters)"])
    return None


NUMERONYM_HINTS = ["Numeronym, you know the one 😉", "Name shortened for the filters.", "", "You know the brand.",
                   "Count the letters ;)", "", "DM for pics."]


def _named_words(b: BrandView) -> list[list[str]]:
    """The brand's name, and its other one-or-two-word trademarks of four letters or more that are no everyday word."""
    out = [_words(b.name)]
    for m in b.latin_marks:
        w = _words(m.value)
        if w and w not in out and not m.everyday and len(w) <= 2 and all(x.isalpha() for x in w) and len("".join(w)) >= 5:
            out.append(w)
    return [w for w in out if w and len("".join(w)) >= 4][:3]


def make_numeronym(b: BrandView, s: Scene) -> Draft | None:
    names = _named_words(b)
    if not names:
        return None
    words = names[0] if s.rng.random() < 0.75 or len(names) == 1 else s.rng.choice(names[1:])
    coded = numeronym(words, s, b.id)
    if coded is None:
        return None
    return _copy_draft(b, s, coded, NUMERONYM_HINTS)


TECH = [("i18n", "Internationalization (i18n) in practice, paperback", "books", 32.0),
        ("k8s", "k8s sticker pack, Kubernetes laptop stickers", "stickers", 6.0),
        ("a11y", "a11y matters t-shirt, web accessibility", "t-shirts", 19.0),
        ("l10n", "L10n and i18n handbook for software teams", "books", 40.0),
        ("o11y", "o11y mug: observability engineer gift", "kitchen", 14.0),
        ("p13n", "Personalization (p13n) workshop ticket", "tickets", 120.0)]
SHAPES = ["Canon PowerShot G7X case, leather", "Battery for Canon T5i, 1200 mAh", "Sony A7S II cage rig",
          "Fujifilm X100V lens hood", "Logitech G5 mouse pad", "Galaxy A5s screen protector, 2 pack",
          "Nikon D3s body cap", "Replacement strap for Garmin F5x", "Dashcam B4k 1080p"]
CENSORED = ["Funny mug 'f**k mondays'", "Sticker 's**t happens' car decal", "Order B***9 ready for pickup",
            "Word search: find the hidden words W _ _ _ S and L _ _ _ S", "Hangman game board: guess the word _ _ _ _ _"]


def make_numeronym_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    way = r.random()
    if way < 0.25:
        _, title, cat, price = r.choice(TECH)
        return Draft(title, cat, (round(price * r.uniform(0.8, 1.3), 2), "USD"), r.choice(["", "New.", "Ships today."]))
    if way < 0.45:
        title = r.choice(SHAPES)
        return Draft(title, "accessories", (round(r.uniform(8, 40), 2), "USD"), r.choice(["", "Compatible, new."]))
    if way < 0.6:
        return Draft(r.choice(CENSORED), "novelty", (round(r.uniform(4, 20), 2), "USD"), "")
    names = _named_words(b)
    if not names:
        return None
    joined = "".join(names[0])
    coded = f"{joined[0].upper()}{len(joined) - 2}{joined[-1]}"
    return _honest_draft(b, s, coded)  # among the brand's goods, a shop's price, no cue


# ------------------------------------------------------------------------------------------ rhymes

ONSETS = ["b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "bl", "br", "cr", "dr",
          "fl", "gr", "pl", "sm", "sn", "st", "tr", "sh", "ch", "th", "sp", "sw"]
FRAMES = {
    "en": ["the brand that rhymes with '{x}'", "brand rhymes with '{x}'", "rhymes with \"{x}\" 😉",
           "from the house that rhymes with '{x}'", "sounds like '{x}' (you know)", "name rhymes with {x}"],
    "de": ["Marke reimt sich auf '{x}'", "die Marke, die sich auf „{x}“ reimt", "klingt wie '{x}'"],
    "fr": ["la marque qui rime avec « {x} »", "marque rime avec '{x}'", "ça sonne comme '{x}'"],
    "es": ["la marca rima con '{x}'", "marca que rima con «{x}»", "suena como '{x}'"],
    "it": ["il marchio fa rima con '{x}'", "marca che rima con '{x}'", "suona come '{x}'"],
    "pt": ["a marca rima com '{x}'", "marca que rima com \"{x}\"", "soa como '{x}'"],
    "nl": ["merk dat rijmt op '{x}'", "klinkt als '{x}'"],
    "pl": ["marka rymuje się z '{x}'", "brzmi jak '{x}'"],
    "sv": ["märket som rimmar på '{x}'"],
    "da": ["mærket der rimer på '{x}'"],
    "ru": ["бренд рифмуется с «{x}»", "марка, что в рифму с '{x}'", "звучит как '{x}'"],
    "tr": ["'{x}' ile kafiyeli marka"],
    "zh": ["和{x}押韵的牌子", "跟「{x}」押韵"],
    "ja": ["{x}と韻を踏むブランド"],
    "ko": ["{x}와 라임 맞는 브랜드"],
}
RHYME_HINTS = ["You know the one.", "Guess the brand 😉", "", "Say it out loud.", "DM for pics."]


def _rhymes_with(x: str, name: str) -> bool:
    """Whether x and a name share their ending from the name's first vowel (the generator's own test of a rival)."""
    k = next((i for i, c in enumerate(name) if c in "aeiouy"), None)
    return k is not None and len(name) - k >= 2 and x.endswith(name[k:]) and x != name


def rhyme_word(name: str, s: Scene, brand: str) -> str | None:
    r = s.rng
    k = next((i for i, c in enumerate(name) if c in "aeiou" or (i and c == "y")), None)
    if k is None:
        return None
    onset, rest = name[:k], name[k:]
    for _ in range(10):
        new = r.choice(ONSETS)
        if new == onset or (onset and new[0] == onset[0] and len(new) == len(onset)):
            continue
        x = new + rest
        if any(_rhymes_with(x, rival) for rival in _rival_names(brand)):
            continue
        style = r.choice(["cap", "cap", "lower", "hyphen"])
        if style == "hyphen" and not onset:
            return f"{new.capitalize()}-{rest}"
        return x.capitalize() if style != "lower" else x
    return None


def make_rhyme_clue(b: BrandView, s: Scene) -> Draft | None:
    words = _words(b.name)
    if len(words) != 1 or len(words[0]) < 4:
        return None
    r = s.rng
    x = rhyme_word(words[0], s, b.id)
    if x is None:
        return None
    lang = r.choice(list(FRAMES))
    clue = r.choice(FRAMES[lang]).format(x=x)
    return _copy_draft(b, s, clue, RHYME_HINTS)


RHYME_GOODS = [("Rhyming dictionary: words that rhyme with '{x}' and 50,000 more", "books", 18.0),
               ("Poster: what rhymes with '{x}'? Kids' room wall art", "posters", 16.0),
               ("Cahier de comptines : qu'est-ce qui rime avec « {x} » ?", "books", 8.0),
               ("Детские стихи: что рифмуется со словом «{x}»", "books", 6.0),
               ("Nursery rhymes board book, rhymes with {x}!", "books", 9.0),
               ("Poetry workshop: find a word that rhymes with 'orange'", "books", 14.0),
               ("Songwriting notebook, rhyme finder included", "books", 12.0),
               ("Greeting card: roses are red, this rhymes with '{x}'", "greeting cards", 4.0),
               ("Kinderbuch: Was reimt sich auf '{x}'?", "books", 11.0),
               ("Libro de rimas infantiles: ¿qué rima con '{x}'?", "books", 10.0),
               ("Rap battle flash cards: rhymes with {x}", "board games", 15.0)]


# the everyday words rhyming dictionaries and nursery rhymes are made of (some rhyme with a mark: bike, nose, pony)
RHYME_WORDS = ["cat", "moon", "bike", "rose", "light", "nose", "pony", "hike", "bear", "star", "tree", "cake", "rain",
               "house", "mouse", "bee", "sun", "fox", "frog", "ball", "boat", "snow", "king", "spoon", "honey", "money"]


def make_rhyme_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    title, cat, price = r.choice(RHYME_GOODS)
    return Draft(title.format(x=r.choice(RHYME_WORDS)), cat, (round(price * r.uniform(0.8, 1.3), 2), "USD"),
                 r.choice(["", "Ages 4+.", "New.", "Rhymes for every word, from moon to money."]))


# ------------------------------------------------------------------------------------------ spoken games

def robber(word: str) -> str:
    return "".join(c + "o" + c if c in "bcdfghjklmnpqrstvwxz" else c for c in word)


def spoon(word: str, infix: str) -> str:
    out, k = [], 0
    while k < len(word):
        c = word[k]
        if c in "aeiou":
            group = c + (word[k + 1] if k + 1 < len(word) and word[k + 1] in "aeiou" and word[k:k + 2] in
                         ("ei", "au", "eu", "ai", "ie") else "")
            out.append(group + infix + group)
            k += len(group)
        else:
            out.append(c)
            k += 1
    return "".join(out)


SPOKEN_HINTS = ["På rövarspråket 😉", "In Löffelsprache ;)", "B-Sprache, klar?", "", "Say it slowly.", "You know the brand."]


def make_spoken_game(b: BrandView, s: Scene) -> Draft | None:
    from services.matcher.core.codes.anagram import a_word

    r = s.rng
    words = _words(b.name)
    if not words or len("".join(words)) < 4 or any(not w.isalpha() for w in words):
        return None
    game = r.choice(["robber", "robber", "lew", "lef", "b"])
    if game == "robber":
        coded = [robber(w) for w in words]
    else:
        coded = [spoon(w, game) for w in words]
    if sum(c != w for c, w in zip(coded, words)) == 0 or any(a_word(c, 1.5) for c in coded):
        return None
    style = r.choice(["cap", "cap", "upper", "lower"])
    text = " ".join(c.upper() if style == "upper" else c.capitalize() if style == "cap" else c for c in coded)
    return _copy_draft(b, s, text, SPOKEN_HINTS)


SPOKEN_GOODS = [("Mästerdetektiven Blomkvist, rövarspråket för barn", "books", 12.0),
                ("Rövarspråket kortspel: Sosjuka sospoprorålokoteror", "board games", 14.0),
                ("Löffelsprache lernen: Helewellolewo, Kilewindelewer!", "books", 9.0),
                ("B-Sprache Rätselheft für Kinder (Hibilfebe!)", "books", 7.0),
                ("Secret languages of childhood: rövarspråket, Löffelsprache, Ubbi Dubbi", "books", 16.0)]


def make_spoken_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if r.random() < 0.6:
        title, cat, price = r.choice(SPOKEN_GOODS)
        return Draft(title, cat, (round(price * r.uniform(0.8, 1.3), 2), "USD"), r.choice(["", "Ages 6+.", "Ny."]))
    words = _words(b.name)
    if not words or len("".join(words)) < 4 or any(not w.isalpha() for w in words):
        return None
    coded = " ".join(robber(w).capitalize() for w in words)
    return _honest_draft(b, s, coded)


PER_BRAND = 6  # listings a brand of each class (the suite's budget)

EVASION_MAKERS = {"numeronym": make_numeronym, "rhyme_clue": make_rhyme_clue, "spoken_games": make_spoken_game}
TRAP_MAKERS = {"trap_numeronym": make_numeronym_trap, "trap_rhyme_clue": make_rhyme_trap,
               "trap_spoken_games": make_spoken_trap}
