"""The adversary's reassembled classes (reassemble, 2026-12-02): a mark that is in the listing only after the reader does
something to it, and the honest listings that look the same.

Written from first principles: a seller who will not write the mark leaves the reader a task that no view of the text
does by itself.
- acrostic_lines: one description line for each letter of the mark, the title generic, with a hint to read the first
  letters (or, with no hint, a mark of six letters or more, or a copy cue and a price far below the floor). The held-out
  set outsider12 named the class (c_acrostic_lines); none of its listings is used here.

- model_spelt_words: a registered model number spelt out in words under a generic title ("ref one two six six one zero
  L N"): digits as number words in English, Spanish, French, German, Italian, Portuguese or Russian, "double four" in
  English, letters one by one, separators kept or dropped, at a copy's price or far below the floor. outsider12 named the
  class (c_model_spelled_words); none of its listings is used here.

- keyboard_layout: the mark typed with the wrong keyboard layout on, in a listing written in that layout's script: the
  Latin mark typed with the Russian, Hebrew, Greek, Arabic or Korean layout on (Rolex -> кщдуч, רםךקס, ρολεχ, قخمثء,
  개ㅣㄷㅌ), the brand's registered Korean name typed with the Korean IME off (롤렉스 -> fhffprtm), and its Russian
  writing by ear typed on the Latin keys (Ролекс -> hjktrc), among the brand's goods with a copy cue or a price far
  below the floor. Typed with the layouts of keyboards.py's tables: the generator asks the matcher's table which keys
  type what, as the seller's keyboard does. outsider12 named the class (c_wrong_keyboard_layout).

The twins that must stay quiet (trap_acrostic_lines): a description whose lines spell a short or everyday mark by
chance at a shop's price with no hint or cue, and acrostic poems and name prints ("read the first letters: LOVE") on
goods the brand does not sell. trap_model_spelt_words: number words that are no model, among the brand's goods at a
shop's price: counting ("one two three four five"), quantities and sizes ("two pairs, size eight"), and a phone number
said digit by digit that holds the digits of one of the brand's models inside it. trap_keyboard_layout: Latin words
that are no word of their own in listings written in Cyrillic, Hebrew, Greek, Arabic or Hangul (other makers' names,
keyboard mashes, model codes), among the brand's goods at a shop's price.
"""

from __future__ import annotations

from tests.eval.adversary import context
from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, one_of

EVASIONS = {
    "model_spelt_words": "a registered model number spelt out in words (digits as number words in 7 languages, 'double', "
                         "letters one by one) under a generic title, at a copy's price or far below the floor",
    "keyboard_layout": "the mark typed with the wrong keyboard layout on (Rolex as кщдуч, רםךקס, 개ㅣㄷㅌ; 롤렉스 as "
                       "fhffprtm, Ролекс as hjktrc) in a listing of that script, with a copy cue or a price far below the floor",
    "acrostic_lines": "the mark spelt by the first letters of the description's lines (one line a letter), a generic "
                      "title with a hint to read them, or no hint on a long mark, or a cue and a price far below the floor",
}
TRAPS = {
    "trap_model_spelt_words": "number words that are no model number: counting, quantities and sizes, and a phone number "
                              "said digit by digit holding a model's digits inside it, at a shop's price",
    "trap_keyboard_layout": "Latin words that are no words (other makers, keyboard mashes, codes) in listings written in "
                            "Cyrillic, Hebrew, Greek, Arabic or Hangul, among the brand's goods at a shop's price",
    "trap_acrostic_lines": "description lines that spell a short or everyday mark by chance at a shop's price with no "
                           "hint or cue, and acrostic poems and name prints spelling an everyday-word mark on other goods",
}

# description lines by their first letter: what sellers write one per line (English)
LINES = {
    "a": ["Authentic feel", "Accessories included", "All sizes available", "Amazing finish", "Arrives fast"],
    "b": ["Brand new", "Box included", "Best seller", "Bright colours", "Buy with confidence"],
    "c": ["Classic look", "Comes boxed", "Carefully packed", "Comfortable fit", "Check my other items"],
    "d": ["Detailed stitching", "Daily use", "Dispatch in 24h", "Durable build", "Discreet packaging"],
    "e": ["Excellent finish", "Easy returns", "Every size in stock", "Elegant style", "Express delivery"],
    "f": ["Fast delivery", "Fits true to size", "Flawless details", "Free gift wrap", "Fully tested"],
    "g": ["Great gift", "Good as new", "Guaranteed quality", "Gift box ready", "Gorgeous colour"],
    "h": ["Highly rated", "Handmade feel", "Hard case included", "Holiday special", "Huge discount"],
    "i": ["Ideal for daily use", "In stock now", "Instant dispatch", "Imported", "Incredible value"],
    "j": ["Just arrived", "Join our happy buyers", "Just like the shop's", "Jet black option"],
    "k": ["Keep it forever", "Kind to skin", "Known quality", "Kept in a smoke-free home"],
    "l": ["Limited stock", "Lightweight", "Looks perfect", "Long lasting", "Latest model"],
    "m": ["Many colours", "Must have", "Message me for more", "Mint condition", "Matching box"],
    "n": ["New in box", "Never worn", "Nice gift", "No scratches", "Next day shipping"],
    "o": ["One of the best", "Order today", "Only a few left", "Original packaging style", "Ok to combine postage"],
    "p": ["Perfect fit", "Premium quality", "Packed with care", "Price drop", "Popular choice"],
    "q": ["Quality checked", "Quick shipping", "Quiet and smooth", "Questions welcome"],
    "r": ["Runs perfectly", "Ready to ship", "Rare find", "Really comfortable", "Refund if not happy"],
    "s": ["Sealed", "Ships worldwide", "Super soft", "Same day dispatch", "Stylish"],
    "t": ["Top quality", "Tracked shipping", "True to size", "Tested and working", "Trendy"],
    "u": ["Unique design", "Unworn", "Unbeatable price", "Upgrade your style", "Used once only"],
    "v": ["Very light", "Value for money", "Vibrant colours", "Various sizes"],
    "w": ["Worldwide shipping", "Warranty card", "Well made", "Wear it anywhere", "Waterproof"],
    "x": ["Xmas gift ready", "XL sizes too", "Xtra strap included"],
    "y": ["Yours for a fraction", "You will adore it", "Years of use", "Your new favourite"],
    "z": ["Zero defects", "Zip closure", "Zoom in on the photos", "Zen style"],
}
HINTS = ["read the first letters", "read the first letter of each line", "read it down", "first letters tell the brand",
         "check the first letters", "primeras letras 😉", "premières lettres ;)", "erste Buchstaben lesen",
         "читай первые буквы"]
POEM_GOODS = [("Personalised acrostic poem print A4", "posters", 12.0), ("Acrostic name poem frame, any name", "home decor", 18.0),
              ("Custom acrostic poem mug", "mugs", 14.0), ("Acrostic poem greeting card", "greeting cards", 4.5),
              ("Wooden acrostic name sign", "home decor", 25.0)]


def letters_of(mark: str) -> str:
    return "".join(ch for ch in mark.casefold() if "a" <= ch <= "z")


def acrostic(s: Scene, letters: str) -> str:
    """One line for each letter, drawn so that no two neighbouring lines are the same."""
    out: list[str] = []
    for ch in letters:
        choices = [line for line in LINES[ch] if not out or line != out[-1]]
        out.append(s.rng.choice(choices))
    return "\n".join(out)


def _marks(b: BrandView) -> list:
    """The brand's Latin marks of 4 to 24 letters and no digits (a line for each letter)."""
    return [m for m in b.disguisable if 4 <= len(letters_of(m.value)) <= 24 and m.value.isascii()
            and not any(ch.isdigit() for ch in m.value)]


def make_acrostic(b: BrandView, s: Scene) -> Draft | None:
    if (mark := one_of(s, _marks(b)[:3])) is None:
        return None
    r = s.rng
    letters = letters_of(mark.value)
    cat = s.category(with_floor=True)
    product = _cap(s.product(cat))
    hinted = r.random() < 0.7 or mark.everyday or len(letters) < 6
    title = f"{product} - {r.choice(HINTS)}" if hinted else product
    low = not hinted or r.random() < 0.5
    desc = acrostic(s, letters)
    if not hinted:
        title = f"{title} {s.cue()}"
    return Draft(title, cat, s.price(cat, low=low), desc)


def make_acrostic_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    if r.random() < 0.5:
        # a short or everyday mark spelt by chance, among the brand's goods at a shop's price, no hint, no cue
        marks = [m for m in _marks(b) if len(letters_of(m.value)) < 6 or m.everyday]
        if (mark := one_of(s, marks)) is None:
            return None
        cat = s.category(with_floor=True)
        return Draft(_cap(s.product(cat)), cat, s.price(cat), acrostic(s, letters_of(mark.value)))
    # an acrostic poem of an everyday-word mark on goods the brand does not sell
    words = [m for m in b.marks if m.everyday and m.value.isascii() and m.value.isalpha() and len(m.value) >= 4]
    if (mark := one_of(s, words)) is None:
        return None
    product, cat, price = r.choice(POEM_GOODS)
    title = f"{product} - read the first letters: {mark.value.upper()}"
    return Draft(title, cat, (round(price * r.uniform(0.8, 1.4), 2), "USD"), acrostic(s, letters_of(mark.value)))


# ------------------------------------------------------------------------------------------ model numbers in words

NUMBER_WORDS = {"en": "zero one two three four five six seven eight nine",
                "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
                "fr": "zéro un deux trois quatre cinq six sept huit neuf",
                "de": "null eins zwei drei vier fünf sechs sieben acht neun",
                "it": "zero uno due tre quattro cinque sei sette otto nove",
                "pt": "zero um dois três quatro cinco seis sete oito nove",
                "ru": "ноль один два три четыре пять шесть семь восемь девять"}
# (no "reference": the accessory rule reads "reference <number>" as a part's cross-reference, a plain number too)
REF_WORDS = {"en": ["ref", "model", "style", "item no.", "#"], "es": ["ref", "modelo"], "fr": ["réf", "modèle"], "de": ["Ref.", "Modell", "Artikelnr."], "it": ["rif", "modello"],
             "pt": ["ref", "modelo"], "ru": ["арт.", "модель"]}
SPELT_DESCRIPTIONS = ["Reference written out on purpose. Ask for details.", "", "Numbers in words, you know why.",
                      "DM for photos.", "Ships today."]


def spell(s: Scene, model: str, lang: str) -> str | None:
    """The model number said in words: its digits as `lang`'s number words ("double four" now and then in English),
    its letters one by one (upper case), its separators kept now and then. None when it has fewer than two digits."""
    r = s.rng
    digits = NUMBER_WORDS[lang].split()
    if sum(ch.isdigit() for ch in model) < 2:
        return None
    out: list[str] = []
    k = 0
    while k < len(model):
        ch = model[k]
        if ch.isdigit():
            if lang == "en" and k + 1 < len(model) and model[k + 1] == ch and r.random() < 0.4:
                out.append(f"double {digits[int(ch)]}")
                k += 2
                continue
            out.append(digits[int(ch)])
        elif ch.isalpha():
            out.append(ch.upper())
        elif r.random() < 0.4:
            out.append(ch)
        k += 1
    return " ".join(out)


def make_model_spelt(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    models = [m for m in b.models if sum(ch.isdigit() for ch in m.value) >= 2]
    if (model := one_of(s, models)) is None:
        return None
    lang = r.choice(["en"] * 5 + list(NUMBER_WORDS))
    if (spelt := spell(s, model.value, lang)) is None:
        return None
    cat = s.category(with_floor=True)
    title = f"{_cap(s.product(cat))} {r.choice(REF_WORDS[lang])} {spelt}"
    low = r.random() < 0.6
    if not low or r.random() < 0.3:
        title = f"{title} {s.cue()}"
    return Draft(title, cat, s.price(cat, low=low), r.choice(SPELT_DESCRIPTIONS))


COUNTING = ["Counting set one two three four five", "one two three four five six seven eight nine ten stickers",
            "Pack of two, size eight", "Two pairs, size nine and ten", "Buy two get one free, three colours",
            "cinq six sept huit: quatre tailles", "eins zwei drei vier, zwei Farben"]


def make_model_spelt_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category(with_floor=True)
    # the category's generic goods that name none of the brand's words (Bandai's line "Master Grade" is a kit's name)
    own = {w.casefold() for w in b.everything} | {m.value.casefold() for _, m in b.vocabulary}
    goods = [p for p in context.PRODUCTS.get(cat, ([cat], "", 50))[0] if not any(w in p.casefold() for w in own)]
    product = _cap(r.choice(goods or [cat]))
    if r.random() < 0.5:
        models = [m for m in b.models if sum(ch.isdigit() for ch in m.value) >= 3]
        if (model := one_of(s, models)) is None:
            return None
        digits = "".join(ch for ch in model.value if ch.isdigit())
        words = NUMBER_WORDS["en"].split()
        phone = "".join(r.choice("0123456789") for _ in range(r.randint(1, 3))) + digits + "".join(
            r.choice("0123456789") for _ in range(r.randint(1, 3)))
        said = " ".join(words[int(d)] for d in phone)
        return Draft(f"{product}, no brand", cat, s.price(cat), f"Call or WhatsApp {said}. Pickup only.")
    return Draft(f"{product} - {r.choice(COUNTING)}", cat, s.price(cat), r.choice(["", "Ships today.", "No brand."]))


# ------------------------------------------------------------------------------------------ wrong keyboard layout

# words of a listing in each script: (plain words, copy cues)
SCRIPT_WORDS = {
    "cyrillic": (["новые", "в наличии", "доставка", "люкс", "оригинальная коробка"], ["копия", "реплика", "1:1", "точная копия"]),
    "hebrew": (["חדש", "משלוח מהיר", "במלאי"], ["העתק", "רפליקה", "1:1"]),
    "greek": (["καινούργιο", "άμεση αποστολή", "σε απόθεμα"], ["αντίγραφο", "ρέπλικα", "1:1"]),
    "arabic": (["جديد", "توصيل مجاني", "متوفر"], ["كوبي", "تقليد", "ماستر كوبي"]),
    "hangul": (["새상품", "택포", "직거래", "빠른배송"], ["미러급", "정품급", "레플리카", "1:1"]),
}
MARKETS = {"cyrillic": "RUB", "hebrew": "ILS", "greek": "EUR", "arabic": "AED", "hangul": "KRW"}


def _typed_marks(b: BrandView) -> list:
    """The brand's Latin marks of four letters or more and no digits, spaces or punctuation but between words."""
    return [m for m in b.disguisable if m.value.isascii() and all(w.isalpha() for w in m.value.split())][:3]


def make_keyboard(b: BrandView, s: Scene) -> Draft | None:
    from services.matcher.core.keyboards import keys_of, typed_as
    from tests.eval.adversary.scripts import in_script

    r = s.rng
    korean = [m.value for m in b.declared("local_name") if all("\uac00" <= ch <= "\ud7a3" or ch == " " for ch in m.value)]
    way = r.choice(["layout"] * 3 + (["ime_off"] if korean else []) + ["by_ear"])
    if way == "ime_off":
        script = "hangul"
        written = " ".join(keys_of(w) for w in r.choice(korean).split())
    else:
        if (mark := one_of(s, _typed_marks(b))) is None:
            return None
        if way == "layout":
            script = r.choice(list(SCRIPT_WORDS))
            typed = [typed_as(w.lower() if script == "hangul" else w, script) for w in mark.value.split()]
            if None in typed:
                return None  # a key with no letter of the script (w, q on the Hebrew layout)
            written = " ".join(typed)
            if script == "cyrillic" and r.random() < 0.4:
                written = written.capitalize()
        else:
            script = "cyrillic"
            written = " ".join(keys_of(w) or "" for w in in_script(mark.value, "cyrillic", r).split())
    plain, cues = SCRIPT_WORDS[script]
    cat = s.category(with_floor=True)
    low = r.random() < 0.5
    title = f"{written} {_cap(s.product(cat))} {r.choice(plain)}"
    if not low or r.random() < 0.5:
        title = f"{title} {r.choice(cues)}"
    return Draft(title, cat, s.price(cat, low=low, currency=MARKETS[script] if MARKETS[script] in ("EUR",) else None),
                 r.choice(plain))


OTHER_MAKERS = ["Xiaomi", "Huawei", "Lenovo", "Asus", "Realme", "Oppo", "Tefal", "Braun", "Skechers", "Geox", "Ecco",
                "Casio", "Bershka", "Zara", "Ikea", "Redmond", "Polaris", "Vitek", "Scarlett", "Bork"]
MASHES = ["asdfgh", "qwerty", "zxcvb", "jjjkkk", "hgfd", "lkjh", "sdfsdf", "xcvxcv"]


def make_keyboard_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    script = r.choice(list(SCRIPT_WORDS))
    plain, _ = SCRIPT_WORDS[script]
    cat = s.category(with_floor=True)
    own = {w.casefold() for w in b.everything} | {m.value.casefold() for _, m in b.vocabulary}
    goods = [p for p in context.PRODUCTS.get(cat, ([cat], "", 50))[0] if not any(w in p.casefold() for w in own)]
    latin = r.choice([r.choice(OTHER_MAKERS), r.choice(MASHES),
                      f"{r.choice('ABCDEFGHKMNPRSTX')}{r.choice('ABCDEFGHKMNPRSTX')}-{r.randint(100, 9999)}"])
    title = f"{latin} {_cap(r.choice(goods or [cat]))} {r.choice(plain)}"
    return Draft(title, cat, s.price(cat), r.choice(plain))


EVASION_MAKERS = {"acrostic_lines": make_acrostic, "model_spelt_words": make_model_spelt, "keyboard_layout": make_keyboard}
TRAP_MAKERS = {"trap_acrostic_lines": make_acrostic_trap, "trap_model_spelt_words": make_model_spelt_trap,
               "trap_keyboard_layout": make_keyboard_trap}
