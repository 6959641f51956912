"""The adversary's puzzle classes (puzzles27, 2026-12-04; issue 9): the mark as the answer of a word puzzle the listing
sets the buyer, and the honest listings that set or sell puzzles.

Written from first principles: a seller who will not write the mark sets a puzzle and says how to solve it. outsider24
named the classes (c_nth_letter_hidden24, c_word_search_grid24, c_rebus_words24, c_edit_instruction24,
c_letters_from_other_brands24); none of its listings is used here, and the wordings, languages and puzzle shapes are
drawn wider than its examples.
- puzzle_nth_letters: the mark as the 2nd, 3rd or last letter of consecutive words of the title (capitals, title case
  or small letters), the instruction in the description or the title in one of eight languages, a copy cue.
- puzzle_word_search: a letter grid (5-8 rows, spaced or solid) holding the mark across, down, diagonally or reversed,
  "find the brand" in one of six languages, a generic title, a copy cue.
- puzzle_rebus: the mark cut into pieces, each respelt by its sound ("Roll + Ex", "Goo + Chee"), joined by "+", a copy cue.
- puzzle_edit: a word one edit from the mark and the edit ("'Bolex' but B→R", "'Gucco', last letter → i", "replace the
  T of Tyson with D"), a copy cue.
- puzzle_letter_sources: the mark spelt by the capitals of other names, their rest in brackets ("R(ay-Ban) + O(akley) +
  ..."): the names include other registry brands, which must not alert; a copy cue.
- puzzle_choice_list, puzzle_analogy: a choice list or quiz with other registry brands unticked and the brand ticked,
  an analogy whose premise names another registry brand: only the brand alerts (outsider24's c_checkbox_choice24 and
  c_analogy_clue24 named the classes; their wrong-brand alerts are the point here).
trap_puzzles: puzzle books and party games (word searches of brand names, rebus books, logo quizzes) at a shop's price
with no copy cue, goods bundles joined by "+" ("Case + Strap"), edits that are no mark ("size S → M", "EF → RF"), and
ordinal letter words that read no mark ("personalised with 3 letters").
"""

from __future__ import annotations

import string

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap

EVASIONS = {
    "puzzle_nth_letters": "the mark as the 2nd, 3rd or last letter of consecutive title words, the instruction in one of "
                          "eight languages, with a copy cue",
    "puzzle_word_search": "the mark hidden in a word-search letter grid in the description (across, down, diagonal, "
                          "reversed), 'find the brand', a generic title and a copy cue",
    "puzzle_rebus": "the mark as a rebus of sound-alike pieces joined by '+' (Roll + Ex, Goo + Chee), with a copy cue",
    "puzzle_edit": "the mark as an edit of another word ('Bolex' but B→R, 'Gucco', last letter → i), with a copy cue",
    "puzzle_letter_sources": "the mark spelt by the capitals of other names with their rest in brackets (R(ay-Ban) + "
                             "O(akley) ...), other registry brands among them, with a copy cue",
    "puzzle_choice_list": "a choice list of other registry brands unticked and the brand (or its logo's name) ticked "
                          "(☐ Tudor ☐ Seiko ☑ Rolex; [ ] / [x]; a quiz whose answer is its option), with a copy cue: only "
                          "the ticked one alerts",
    "puzzle_analogy": "an analogy whose premise pair names another registry brand and whose blank's pair names the brand "
                      "('Omega : Biel = Rolex : ___', 'Sony is to Tokyo as ___ is to the swoosh'), with a copy cue: only "
                      "the brand alerts",
}
TRAPS = {
    "trap_puzzles": "puzzle books, word searches and rebus books of brand names at a shop's price with no copy cue, "
                    "goods bundles joined by '+', edits that are no mark (size S → M), and letter counts",
}
FEW = {"puzzle_choice_list": 3, "puzzle_analogy": 3, "puzzle_nth_letters": 3, "puzzle_word_search": 3, "puzzle_rebus": 2, "puzzle_edit": 3,
       "puzzle_letter_sources": 2, "trap_puzzles": 4}

WORDS = ("able acid aged also area army away baby back ball band bank base bath bear beat been bell best bird blow "
         "blue boat body bone book boot born both bowl burn busy cake call calm came camp card care cart case cash cast "
         "cell chat chip city club coal coat code cold come cook cool cope copy core corn cost crew crop dark data date "
         "dawn days dead deal dear deep desk dial diet dirt dish disk dock does done door dose down draw drew drop drum "
         "dual duke dust duty each earn ease east easy edge else even ever evil exam exit face fact fair fall farm fast "
         "fear feel feet fell felt file fill film find fine fire firm fish five flat flow food foot form fort four free "
         "from fuel full fund gain game gate gave gear gift girl give glad goal gold golf gone good gray grew grey grow "
         "gulf hair half hall hand hang hard harm have head hear heat held hell help here hero high hill hire hold hole "
         "holy home hope host hour huge hung hunt hurt idea inch into iron item jack jazz join joke jump jury just keen "
         "keep kept kick kind king knee knew know lack lady laid lake land lane last late lead left less life lift like "
         "line link list live load loan lock logo long look lord lose loss lost love luck made mail main make male many "
         "mark mass meal mean meat meet menu mere mile milk mind mine miss mode mood moon more most move much must name "
         "navy near neck need news next nice nine none nose note okay once only onto open oval oven over pace pack page "
         "paid pain pair palm park part pass past path peak pick pink pipe plan play plot plus poem poet pole pool poor "
         "port post pull pure push quiz race rail rain rank rare rate read real rear rely rent rest rice rich ride ring "
         "rise risk road rock role roll roof room root rose rule rush safe sage sake sale salt same sand save seat seed "
         "seek seem seen self sell send sent ship shoe shop shot show shut sick side sign silk sing site size skin skip "
         "slim slip slow snow soft soil sold sole some song soon sort soul spot star stay step stop such suit sure swim "
         "take tale talk tall tank tape task team tell tend term test text than that them then they thin this thus tide "
         "tiny told toll tone took tool tour town tree trip true tune turn twin type unit upon used user vast very view "
         "vote wage wait wake walk wall want warm wash wave ways weak wear week well went were west what when whom wide "
         "wife wild will wind wine wing wire wise wish with wood word wore work yard yeah year your zero zone aqua equal "
         "ozone azure ajar eject oxen axle exact oxygen squad squid quest quick aquatic sky ski owl swim eye dye "
         "lynx onyx myth gym axe fox box wax mix six tax sex hex vex jinx flex index relax "
         "fizz buzz quiz whiz blitz waltz glitz ritz chintz ").split()

# "take the Nth letter of every word" in eight languages: (template with {n} the ordinal, ordinals for 2, 3, last)
NTH_HINTS = [
    ("Brand? Take the {n} letter of every word in the title ;)", {2: "2nd", 3: "3rd", -1: "last"}),
    ("read the {n} letter of each word", {2: "second", 3: "third", -1: "last"}),
    ("hint: letter {n} of each title word", {2: "2", 3: "3", -1: "last"}),
    ("Marca: toma la {n} letra de cada palabra del título", {2: "segunda", 3: "tercera", -1: "última"}),
    ("Marca: pegue a {n} letra de cada palavra", {2: "segunda", 3: "terceira", -1: "última"}),
    ("La marque ? Prenez la {n} lettre de chaque mot du titre", {2: "deuxième", 3: "troisième", -1: "dernière"}),
    ("Marke? Nimm den {n} Buchstaben jedes Wortes im Titel", {2: "zweiten", 3: "dritten", -1: "letzten"}),
    ("Marca? Prendi la {n} lettera di ogni parola", {2: "seconda", 3: "terza", -1: "ultima"}),
    ("Merk? Neem de {n} letter van elk woord", {2: "tweede", 3: "derde", -1: "laatste"}),
    ("Бренд? Возьмите {n} букву каждого слова в названии", {2: "вторую", 3: "третью", -1: "последнюю"}),
]
GRID_HINTS = ["Find the brand (top to bottom):", "Find the brand in the grid:", "Word search - the brand is hidden:",
              "Busca la marca en la sopa de letras:", "Trouvez la marque dans la grille :", "Finde die Marke im Gitter:",
              "Найдите бренд в сетке:", "Encontre a marca no caça-palavras:", "find the brand ;)"]
REBUS_HINTS = ["", "say it fast", "say it out loud", "sound it out", "rebus", "read it aloud", "the {cat} one", ""]
EDIT_FORMS = ["'{w}' but {a}→{b}", "'{w}' with {a}→{b}", "{w}, {a}->{b}", "\"{w}\" {a}→{b}", "{w} ({a}→{b})",
              "replace the {a} of {w} with {b}", "'{w}', swap {a}→{b}"]
END_FORMS = ["'{w}', last letter → {b}", "{w} but last letter {b}", "'{w}', first letter → {b}", "{w} with first letter {b}"]
SOURCE_NAMES = {
    "a": ["Asics", "Audi", "Amazon", "Atari"], "b": ["Bata", "Barbour", "Balenciaga", "Boeing"], "c": ["Chanel", "Casio", "Citroen"],
    "d": ["Diesel", "Dior", "Dell"], "e": ["Etro", "Epson", "Ericsson"], "f": ["Fila", "Fendi", "Ford"], "g": ["Garmin", "Gap", "Guess"],
    "h": ["Hermes", "Hublot", "HP"], "i": ["IKEA", "Intel", "Iveco"], "j": ["JBL", "Jeep", "Jaguar"], "k": ["Kenzo", "Kodak", "Kia"],
    "l": ["Lacoste", "Levi's", "Lenovo"], "m": ["Mango", "Mazda", "Moschino"], "n": ["New Balance", "Nokia", "Nissan"],
    "o": ["Oakley", "Opel", "Olympus"], "p": ["Prada", "Peugeot", "Pepsi"], "q": ["Qatar Airways", "Qualcomm"],
    "r": ["Ray-Ban", "Renault", "Reebok"], "s": ["Seiko", "Skoda", "Swatch"], "t": ["Tissot", "Tesla", "Timex"],
    "u": ["Uniqlo", "Umbro", "Uber"], "v": ["Valentino", "Vans", "Volvo"], "w": ["Wrangler", "Whirlpool"],
    "x": ["Xbox", "Xerox", "Xiaomi"], "y": ["YSL", "Yamaha", "Yahoo"], "z": ["Zara", "Zeiss", "Zenith"]}
SOURCE_LEADS = ["brand = first letters:", "initials:", "the brand from the first letters:", "brand =", "marca =",
                "Marke aus den Anfangsbuchstaben:"]
# sound-alike respellings of pieces of a mark: (piece's spelling, respellings), longest first
RESPELL = [("cci", ["chee"]), ("ch", ["tch"]), ("ck", ["k"]), ("ph", ["f"]), ("qu", ["kw"]), ("ee", ["ea", "ie"]),
           ("oo", ["ew", "ou"]), ("c", ["k"]), ("s", ["ss"]), ("x", ["cks", "ks"]), ("z", ["s"]),
           ("y", ["ie", "i"]), ("i", ["ee", "y"]), ("o", ["oh", "ow"]), ("a", ["ah"]), ("u", ["oo"]), ("e", ["eh"])]
TAILS = ["", ".", ", tags on.", ", fast shipping.", ", DM me.", "\nShips in 24h."]
BUNDLES = ["Case + Strap", "Phone + Charger", "Bag + Wallet set", "Shoes + Socks", "Watch + Box + Papers", "Cap + Scarf",
           "Lens + Hood", "Top + Bottom", "Pen + Ink", "Cable + Adapter", "Soap + Towel"]


def _name(b: BrandView, longest: int = 10) -> str | None:
    """The brand's first disguisable mark as lower-case letters (one word or words joined), 4 to `longest` letters."""
    for m in b.disguisable[:3]:
        letters = "".join(ch for ch in m.value.lower() if ch.isalpha())
        if m.value.isascii() and letters.isascii() and 4 <= len(letters) <= longest and not m.everyday:
            return letters
    return None


def _goods(s: Scene) -> tuple[str, str]:
    cat = s.category(with_floor=True)
    return cat, _cap(s.product(cat))


def _cue(s: Scene) -> str:
    return s.cue()


def make_nth(b: BrandView, s: Scene) -> Draft | None:
    if (name := _name(b)) is None:
        return None
    r = s.rng
    n = r.choice([2, 2, 3, -1])
    pools: dict[str, list[str]] = {}
    for w in WORDS:
        if n == -1 or len(w) >= n:
            pools.setdefault(w[n - 1] if n != -1 else w[-1], []).append(w)
    if any(ch not in pools for ch in name):
        return None
    words = [r.choice(pools[ch]) for ch in name]
    case = r.randrange(3)
    words = [w.upper() if case == 0 else w.capitalize() if case == 1 else w for w in words]
    template, ordinals = r.choice(NTH_HINTS)
    if n == -1 and "letter {n}" in template:
        template = "hint: the {n} letter of each title word"
    hint = template.format(n=ordinals[n])
    cat, product = _goods(s)
    title = f"{' '.join(words)} – {product.lower()}"
    if r.random() < 0.3:
        title = f"{title} ({hint})"
        desc = f"{_cue(s)}, logos on."
    else:
        desc = f"{hint} {_cue(s)}, logos on."
    return Draft(title, cat, s.price(cat), desc)


def _grid(s: Scene, word: str, height: int, width: int) -> list[list[str]] | None:
    r = s.rng
    grid = [[r.choice(string.ascii_uppercase) for _ in range(width)] for _ in range(height)]
    w = word.upper()
    if r.random() < 0.3:
        w = w[::-1]
    direction = r.choice(["down", "down", "across", "diag", "anti"])
    n = len(w)
    if direction == "down" and n <= height:
        x, y = r.randrange(width), r.randrange(height - n + 1)
        for k, ch in enumerate(w):
            grid[y + k][x] = ch
    elif direction == "across" and n <= width:
        x, y = r.randrange(width - n + 1), r.randrange(height)
        for k, ch in enumerate(w):
            grid[y][x + k] = ch
    elif direction == "diag" and n <= min(width, height):
        x, y = r.randrange(width - n + 1), r.randrange(height - n + 1)
        for k, ch in enumerate(w):
            grid[y + k][x + k] = ch
    elif direction == "anti" and n <= min(width, height):
        x, y = r.randrange(n - 1, width), r.randrange(height - n + 1)
        for k, ch in enumerate(w):
            grid[y + k][x - k] = ch
    else:
        return None
    return grid


def make_word_search(b: BrandView, s: Scene) -> Draft | None:
    if (name := _name(b, longest=8)) is None:
        return None
    r = s.rng
    height, width = r.randint(max(5, len(name)), 9), r.randint(max(5, len(name)), 9)
    grid = _grid(s, name, height, width)
    if grid is None:
        return None
    sep = r.choice([" ", " ", "  ", ""])
    rows = "\n".join(sep.join(row) for row in grid)
    cat, product = _goods(s)
    title = f"{product.lower()} – {r.choice(['find the brand in the grid', 'word search inside', 'brand hidden below', 'puzzle: find the brand'])} – {_cue(s)}"
    return Draft(title, cat, s.price(cat), f"{r.choice(GRID_HINTS)}\n{rows}\n{_cue(s)}{r.choice(TAILS)}")


def _respell(piece: str, r) -> str:
    """The piece respelt by one sound-alike spelling (a vowel only at the piece's end: "o" as "oh", "i" as "ee")."""
    for spelling, respellings in RESPELL:
        at = piece.rfind(spelling)
        if at == -1 or (spelling in "aeiouy" and at != len(piece) - 1) or r.random() >= 0.6:
            continue
        return piece[:at] + r.choice(respellings) + piece[at + len(spelling):]
    return piece


def make_rebus(b: BrandView, s: Scene) -> Draft | None:
    name = "".join(ch for ch in b.name.lower() if ch.isalpha())
    if not (b.name.isascii() and b.name.isalpha() and 4 <= len(name) <= 9):
        return None  # the brand's own one-word name: a rebus is said as one word
    r = s.rng
    # cut after a vowel followed by a consonant (syllable-like pieces), two to four pieces
    cuts = [k for k in range(2, len(name) - 1) if name[k - 1] in "aeiouy" and name[k] not in "aeiouy"]
    if not cuts:
        cuts = [len(name) // 2]
    chosen = sorted(r.sample(cuts, k=min(len(cuts), r.randint(1, 2))))
    pieces, at = [], 0
    for c in chosen + [len(name)]:
        pieces.append(name[at:c])
        at = c
    parts = [_cap(_respell(p, r)) if r.random() < 0.7 else _cap(p) for p in pieces]
    rebus = " + ".join(parts)
    cat, product = _goods(s)
    hint = r.choice(REBUS_HINTS).format(cat=cat)
    title = f"{product.lower()} – ({rebus}) – {_cue(s)}" if r.random() < 0.7 else f"{rebus} {product.lower()} {_cue(s)}"
    desc = f"{rebus.lower()}{', ' + hint if hint else ''}. {_cue(s)}."
    return Draft(title, cat, s.price(cat), desc)


def make_edit(b: BrandView, s: Scene) -> Draft | None:
    if (name := _name(b)) is None:
        return None
    r = s.rng
    letters = string.ascii_lowercase
    kind = r.randrange(3)
    if kind < 2:
        k = r.randrange(len(name))
        decoy_letter = r.choice([c for c in letters if c != name[k]])
        decoy = name[:k] + decoy_letter + name[k + 1:]
        form = r.choice(EDIT_FORMS)
        a, bb = (decoy_letter.upper(), name[k].upper()) if k == 0 or r.random() < 0.5 else (decoy_letter, name[k])
        if decoy.count(decoy_letter) > 1 and "replace" in form:
            return None
        text = form.format(w=_cap(decoy), a=a, b=bb)
    else:
        first = r.random() < 0.4
        k = 0 if first else len(name) - 1
        decoy_letter = r.choice([c for c in letters if c != name[k]])
        decoy = name[:k] + decoy_letter + name[k + 1:]
        form = r.choice([f for f in END_FORMS if ("first" in f) == first])
        text = form.format(w=_cap(decoy), b=name[k].upper() if first else name[k])
    cat, product = _goods(s)
    title = f"{product.lower()} – {text} – {_cue(s)}"
    return Draft(title, cat, s.price(cat), f"{_cue(s)}.")


def make_sources(b: BrandView, s: Scene) -> Draft | None:
    if (name := _name(b)) is None:
        return None
    r = s.rng
    parts = []
    for ch in name:
        names = [n for n in SOURCE_NAMES.get(ch, []) if n.lower().replace("-", "").replace(" ", "") != name]
        if not names:
            return None
        source = r.choice(names)
        parts.append(f"{source[0].upper()}({source[1:]})")
    joined = r.choice([" + ", " ", ", ", " · "]).join(parts)
    cat, product = _goods(s)
    return Draft(f"{product.lower()} – {r.choice(SOURCE_LEADS)} {joined} – {_cue(s)}", cat, s.price(cat), f"{_cue(s)}.")


# brands of the demo registry set as decoys in choice lists and analogies (each one alerts when named plainly with a cue)
DECOYS = ["Rolex", "Omega", "Nike", "adidas", "Puma", "Gucci", "Coach", "Sony", "Bose", "Samsung", "Canon", "Lego",
          "Mattel", "Dyson", "Philips", "Bosch", "Panasonic", "Cartier", "Pandora", "Burberry", "Michelin", "Yonex"]
PREMISE_WORDS = ["Tokyo", "Geneva", "Germany", "blue", "red", "the crown", "Paris", "Osaka", "Munich", "the star", "Biel",
                 "the three stripes", "Billund", "Seoul", "the wave"]
UNTICKED = ["☐", "□", "[ ]", "⬜"]
TICKED = ["☑", "☒", "[x]", "✅", "✔"]


def _target(b: BrandView, s: Scene) -> str | None:
    """How the choice list or analogy names the brand: its name, or its logo's name."""
    logos = [m.value for m in b.declared("logo") if m.value.isascii() and not m.everyday]
    if logos and s.rng.random() < 0.4:
        return f"the {s.rng.choice(logos)}"
    return b.name if b.name.isascii() else None


def _decoys(b: BrandView, s: Scene, k: int) -> list[str]:
    folded = {v.casefold() for v in b.everything} | {b.name.casefold()}
    return s.rng.sample([d for d in DECOYS if d.casefold() not in folded], k)


def make_choice(b: BrandView, s: Scene) -> Draft | None:
    if (target := _target(b, s)) is None:
        return None
    r = s.rng
    decoys = _decoys(b, s, r.randint(2, 3))
    if r.random() < 0.25:
        letters = "ABCD"
        options = decoys + [target]
        r.shuffle(options)
        answer = letters[options.index(target)]
        text = "Quiz: " + " ".join(f"{letters[k]}) {o}" for k, o in enumerate(options)) + f" → answer {answer}"
    else:
        box, tick = r.choice(UNTICKED), r.choice(TICKED)
        items = [f"{box} {d}" for d in decoys]
        items.insert(r.randrange(len(items) + 1), f"{tick} {target}")
        text = " ".join(items)
    cat, product = _goods(s)
    return Draft(f"{product.lower()} – {text} – {_cue(s)}", cat, s.price(cat), f"{_cue(s)}.")


def make_analogy(b: BrandView, s: Scene) -> Draft | None:
    if (target := _target(b, s)) is None:
        return None
    r = s.rng
    decoy = _decoys(b, s, 1)[0]
    premise = r.choice(PREMISE_WORDS)
    form = r.randrange(4)
    if form == 0:
        text = f"{decoy} : {premise} = {target} : ___"
    elif form == 1:
        text = f"{decoy} : {premise} = ___ : {target}"
    elif form == 2:
        text = f"{decoy} is to {premise} as {target} is to ___"
    else:
        text = f"{premise} : {decoy} = ___ : {target}"
    cat, product = _goods(s)
    return Draft(f"{product.lower()} – {text} – {_cue(s)}", cat, s.price(cat), f"{_cue(s)}.")


def make_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat, product = _goods(s)
    kind = r.randrange(6)
    brand = b.name
    if kind == 0:
        title = r.choice([f"Word search book: famous brands ({brand} and more), 200 puzzles",
                          f"Brand logo quiz cards – guess {brand}, 120 cards", f"Rebus puzzle book for kids, 300 picture riddles",
                          f"Crossword book: {cat} edition", f"Party game: guess the brand from letters"])
        return Draft(title, cat, s.price(cat), r.choice(["Puzzle book, new.", "Family game night!", "Brand new, sealed."]))
    if kind == 1:
        height, width = r.randint(5, 8), r.randint(5, 8)
        rows = "\n".join(" ".join(r.choice(string.ascii_uppercase) for _ in range(width)) for _ in range(height))
        return Draft(f"Word search puzzle book vol. {r.randint(2, 9)}", cat, s.price(cat),
                     f"Sample page:\n{rows}\nLarge print, 100 puzzles.")
    if kind == 2:
        return Draft(f"{r.choice(BUNDLES)}, {r.choice(['new', 'set', 'bundle', 'as shown'])}", cat, s.price(cat), r.choice(["Bundle deal.", "Set of two, new."]))
    if kind == 3:
        edit = r.choice(["size S → M", "EF → RF adapter", "USB-A → USB-C", "colour black → white", "UK → EU plug",
                         "upgrade v1 → v2", "Size L -> XL exchange"])
        return Draft(f"{_cap(cat)}: {edit}", cat, s.price(cat), "Exchange possible.")
    if kind == 4:
        return Draft(f"{product}, personalised with 3 letters", cat, s.price(cat),
                     r.choice(["Your initials engraved, up to 3 letters.", "Add the 2nd letter of your name as a charm."]))
    return Draft(f"{product} {r.choice(['gift box + ribbon', 'Bag + Tag', 'Soap + Rope', 'Pen + Cap set', 'Mug + Lid'])}",
                 cat, s.price(cat), "Gift set, new.")


EVASION_MAKERS = {"puzzle_nth_letters": make_nth, "puzzle_word_search": make_word_search, "puzzle_rebus": make_rebus,
                  "puzzle_edit": make_edit, "puzzle_letter_sources": make_sources, "puzzle_choice_list": make_choice,
                  "puzzle_analogy": make_analogy}
TRAP_MAKERS = {"trap_puzzles": make_trap}

__all__ = ["EVASIONS", "TRAPS", "EVASION_MAKERS", "TRAP_MAKERS", "FEW", "context"]
