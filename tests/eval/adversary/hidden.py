"""The adversary's layout classes (evasion, 2026-12-01): a mark hidden by where it is put rather than how it is
spelt, and the trade's own words in the scripts the transliteration classes write marks in.

Written from first principles of how listings are laid out (a title wrapped onto a second line, a mark hyphenated
at the end of a line or begun in the title and finished in the description, a URL slug the marketplace wrote from
the first title, "compatible with" framing on a copy that claims the brand's logo) and from the words for a fake
or a copy in each language (their dictionaries' translations of "replica", "copy", "fake"); nothing here is taken
from a held-out set. Every evasion has a trap: the same layout with nothing that says "copy" stays quiet.
"""

from __future__ import annotations

from tests.eval.adversary import context, disguises, sound
from tests.eval.adversary.generate import COMMON_WORDS, BrandView, Draft, Scene, _cap, _fold, _pick_mark, _sound_marks

EVASIONS = {
    "line_break": "the mark hyphenated at a line break (Ro-⏎lex), or cut by a line break or between the title and the "
                  "description, corroborated",
    "url_slug": "a generic title with a cue or a price far below the floor; the mark only in the listing URL's slug",
    "compatible_copy": "a copy framed as 'compatible with / for' the brand's product while claiming its logo or "
                       "identity with the original",
    "script_trade_words": "the brand's name written by its sound in another script beside that language's word for a "
                          "copy (копия, طبق الأصل, 레플리카, レプリカ, רפליקה, नकली, απομίμηση), at a normal price",
}
TRAPS = {
    "trap_line_break": "ordinary lines whose last and first words spell a mark when joined, and marks wrapped at a "
                       "line break in honest listings of other categories",
    "trap_url_slug": "an honest listing whose URL slug names the brand (a shop's brand page, an accessory) with no cue",
}

# per script of sound.SCRIPTS: the word for "new", and the words for a copy
WORDS = {
    "cyrillic": ("новый", ["копия", "реплика", "подделка", "точная копия"]),
    "arabic": ("جديد", ["طبق الأصل", "تقليد", "هاي كوبي", "ماستر كوالتي"]),
    "hebrew": ("חדש", ["רפליקה", "חיקוי", "העתק", "מזויף"]),
    "devanagari": ("नया", ["नकली", "फर्स्ट कॉपी", "मास्टर कॉपी", "रेप्लिका"]),
    "hangul": ("새상품", ["레플리카", "짝퉁", "정품급", "이미테이션"]),
    "katakana": ("新品", ["レプリカ", "コピー品", "偽物", "N級品"]),
    "greek": ("καινούργιο", ["ρέπλικα", "απομίμηση", "αντίγραφο", "μαϊμού"]),
}
HOSTS = ["https://www.shopmart.example", "https://m.bazaar.example", "https://item.marketplace.example"]


def _mark(b: BrandView, s: Scene) -> str | None:
    """A mark of one or more words of two letters or more, letters only, five letters or more, that is no everyday
    word (a word of one letter, BMW's "M Performance", is no piece the matcher joins)."""
    m = _pick_mark(b, s, [m for m in b.disguisable if not m.everyday and len(disguises.letters(m.value)) >= 5
                          and m.value.replace(" ", "").isalpha() and min(map(len, m.value.split())) >= 2])
    return m and m.value


def _cut(mark: str, s: Scene) -> tuple[str, str]:
    """The mark cut inside one of its words of four letters or more, two letters at least on each side."""
    words = mark.split()
    spots = [(n, k) for n, w in enumerate(words) if len(w) >= 4 for k in range(2, len(w) - 1)]
    n, k = s.rng.choice(spots)
    head = " ".join(words[:n] + [words[n][:k]])
    tail = " ".join([words[n][k:]] + words[n + 1:])
    return head, tail


def _strong(b: BrandView, s: Scene) -> tuple[str, tuple[float, str], str]:
    """(category, price, cue or ""): the brand's category with a cue, or a price far below the floor."""
    low = s.rng.random() < 0.4 and any(c in b.floors for c in b.categories)
    cat = s.category(with_floor=low)
    return cat, s.price(cat, low=low), "" if low else s.cue()


def make_line_break(b: BrandView, s: Scene) -> Draft | None:
    mark = _mark(b, s)
    if mark is None or not any(len(w) >= 4 for w in mark.split()):
        return None
    head, tail = _cut(disguises.recase(mark, s.rng), s)
    cat, price, cue = _strong(b, s)
    product = s.product(cat)
    how = s.rng.randrange(3)
    if how == 0:  # hyphenated at the end of a line
        title = f"{_cap(product)} {head}-\n{tail} {cue}".strip()
        return Draft(title, cat, price, s.rng.choice(context.DESCRIPTIONS))
    if how == 1:  # cut by a line break
        title = f"{head}{s.rng.choice(['', ' '])}\n{tail} {product} {cue}".strip()
        return Draft(title, cat, price, s.rng.choice(context.DESCRIPTIONS))
    title = f"{_cap(product)} {s.filler()} {head}{s.rng.choice(['', '-'])}"  # begun in the title
    return Draft(title, cat, price, f"{tail} {cue} {s.rng.choice(context.DESCRIPTIONS)}".strip())


def make_url_slug(b: BrandView, s: Scene) -> Draft | None:
    mark = _mark(b, s)
    if mark is None:
        return None
    cat, price, cue = _strong(b, s)
    product = s.product(cat)
    draft = Draft(f"{_cap(product)} {cue}".strip(), cat, price, s.rng.choice(context.DESCRIPTIONS))
    slug = "-".join(f"{mark} {product} {s.rng.choice(['new', 'hot', 'sale', ''])}".lower().split())
    draft.url = f"{s.rng.choice(HOSTS)}/{s.rng.choice(['item', 'p', 'listing/' + str(s.rng.randrange(10**6))])}/{slug}" \
                f"{s.rng.choice(['', '-' + str(s.rng.randrange(10**8)), '.html', '_' + str(s.rng.randrange(10**5))])}"
    return draft


def _in_category(b: BrandView, s: Scene) -> tuple[str, str, str] | None:
    """(mark, one of the brand's categories, a product of it), or None when the brand has no mark for _mark."""
    mark = _mark(b, s)
    if mark is None:
        return None
    cat = s.category()
    return mark, cat, s.product(cat)


def make_compatible_copy(b: BrandView, s: Scene) -> Draft | None:
    if (found := _in_category(b, s)) is None:
        return None
    mark, cat, product = found
    frame = s.rng.choice(["{P} compatible with {m}", "For {m} {p}", "{P} for {m}", "{m}-compatible {p}",
                          "{P}, compatible {m}"])
    claim = s.rng.choice(["same logo", "with original logo", "identical to the original", "same factory",
                          "can't tell the difference", "same logo as the original", "indistinguishable from the original"])
    title = f"{frame.format(P=_cap(product), p=product, m=mark)}, {claim}"
    return Draft(title, cat, s.price(cat, low=s.rng.random() < 0.3), s.rng.choice(context.DESCRIPTIONS))


def _script_mark(b: BrandView, s: Scene) -> tuple[str, str] | None:
    """The brand's name, when it is no everyday word (Mars, Shell, Apple written by sound are the script's own words:
    Марс is the planet, של is Hebrew "of"), written by its sound in one of the scripts; product lines so written are
    transliteration_lines' (generate.py)."""
    m = _pick_mark(b, s, [m for m in _sound_marks(b) if not m.everyday and _fold(m.value) == _fold(b.name)])
    if m is None:
        return None
    script = s.rng.choice(sorted(WORDS))
    return sound.in_script(m.value, script, s.rng), script


def make_script_trade_words(b: BrandView, s: Scene) -> Draft | None:
    found = _script_mark(b, s)
    if found is None or not found[0]:
        return None
    text, script = found
    cat = s.category()
    new, copies = WORDS[script]
    words = [text, s.rng.choice([new, ""]), s.rng.choice(copies)]
    if s.rng.random() < 0.5:
        words.insert(1, s.product(cat))
    return Draft(" ".join(w for w in words if w), cat, s.price(cat), "")


# pairs of common English words whose join is no mark, and marks cut at a line break in far categories
_LINES = ["Ships in two days.\nNew in box.", "Color: black\nSize: large", "Great gift\nfor him", "Hand wash\nonly"]


def make_trap_line_break(b: BrandView, s: Scene) -> Draft | None:
    mark = _mark(b, s)
    cat = s.category()
    if s.rng.random() < 0.5 or mark is None or not any(len(w) >= 4 for w in mark.split()):
        # ordinary lines: the title's last word and the description's first, and a wrapped description
        title = f"{_cap(s.product(cat))} {s.filler()}"
        return Draft(title, cat, s.price(cat), s.rng.choice(_LINES))
    head, tail = _cut(mark, s)
    joined = _fold(head + tail)
    if joined in COMMON_WORDS:
        return None
    # a mark wrapped at a line break in a listing about the brand's goods, not of them: a book, a repair service
    title, cat = s.rng.choice([("Book: the history of {h}-\n{t}, hardcover", "books"),
                               ("Repair service for {h}-\n{t} products, 7-day turnaround", "services")])
    return Draft(title.format(h=head, t=tail), cat, (25.0, "USD"), "")


def make_trap_url_slug(b: BrandView, s: Scene) -> Draft | None:
    if (found := _in_category(b, s)) is None:
        return None
    mark, cat, product = found
    draft = Draft(_cap(f"{s.rng.choice(['', 'new ', 'classic '])}{product}"), cat, s.price(cat),
                  s.rng.choice(context.DESCRIPTIONS))
    slug = "-".join(mark.lower().split())
    draft.url = s.rng.choice([f"{HOSTS[0]}/brands/{slug}/{'-'.join(product.split())}-{s.rng.randrange(10**6)}",
                              f"{HOSTS[1]}/shop/{slug}-store/item/{s.rng.randrange(10**8)}",
                              f"{HOSTS[2]}/c/{slug}-accessories/{'-'.join(product.split())}"])
    return draft


EVASION_MAKERS = {"line_break": make_line_break, "url_slug": make_url_slug, "compatible_copy": make_compatible_copy,
                  "script_trade_words": make_script_trade_words}
TRAP_MAKERS = {"trap_line_break": make_trap_line_break, "trap_url_slug": make_trap_url_slug}
