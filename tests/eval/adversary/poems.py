"""The adversary's poem classes (issue 9, lore30). A copy listed as a haiku or a short poem that names the brand only
through its logo or riddle words and admits the copy in its last line ("Haiku sale: a bitten fruit glows / white buds
sing without the wires / clone, but who can tell"), lines split by " / ", " | " or newlines (evasion, every brand that
declares a hint). The honest twins (trap): poetry books, anthologies and haiku prints whose titles hold the same
words, at a book's or a print's price, with no copy.

Written from general knowledge of haiku form and of poetry books' and prints' listings; found by outsider27's
c_haiku_poem27 and in_poetry_haiku27 after they were scored; none of their titles is a template here.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, one_of

TRAPS = {
    "trap_poetry_books": "poetry books, anthologies and haiku prints whose titles hold the brand's riddle words, at a "
                         "book's or a print's price, no copy",
}
EVASIONS = {
    "poem_hint_copy": "the listing as a haiku or short poem naming the brand only by its riddle words (hints), the copy "
                      "admitted in its last line",
}

OPENINGS = ["Haiku sale:", "Haiku for you:", "A poem for my listing:", "Haiku:", "Selling, in verse:", ""]
MIDDLES = ["under the autumn moon", "quiet on the morning train", "shining like new rain", "winter light on it",
           "the market hums along", "a gift for the bold"]
LAST = ["top copy, no box", "1:1 for less", "rep price, my friend", "mirror quality, cheap",
        "replica, same feel", "AAA copy, fast ship"]
SEPARATORS = [" / ", " | ", "\n"]
BOOK_TITLES = ["Haiku collection: '{h}' – paperback", "Poetry anthology: {h} and Other Poems", "Children's haiku book: "
               "{h} in Spring", "Book of poems '{h}', hardcover", "Haiku scroll print: '{h}' / morning mist / old pond"]


def hints(b: BrandView) -> list[str]:
    marks = {m.value.casefold() for m in b.marks + b.aliases}
    return [h.value for h in b.hints if h.value.isascii() and len(h.value) >= 4 and h.language in (None, "en")
            and not any(k in h.value.casefold() for k in marks if len(k) >= 3)]


def make_poem(b: BrandView, s: Scene) -> Draft | None:
    if (hint := one_of(s, hints(b))) is None:
        return None
    r = s.rng
    cat = s.category(with_floor=True)
    sep = r.choice(SEPARATORS)
    if "Haiku" not in (opening := r.choice(OPENINGS)) and "poem" not in opening and "verse" not in opening:
        opening = "Haiku:"
    last = r.choice(LAST) if r.random() < 0.5 else r.choice(["{c}, but who can tell", "{c}, for less", "{c}, my friend"]).format(c=s.cue())
    lines = [f"the {hint} of mine", r.choice(MIDDLES), last]
    title = f"{opening} {sep.join(lines)}".strip()
    return Draft(_cap(title), cat, s.price(cat, low=r.random() < 0.5), f"{s.product(cat)}. Poem says it all.")


def make_trap(b: BrandView, s: Scene) -> Draft | None:
    if (hint := one_of(s, hints(b))) is None:
        return None
    r = s.rng
    title = r.choice(BOOK_TITLES).format(h=hint.title())
    cat = "posters" if "print" in title else r.choice(["books", s.category()])
    return Draft(title, cat, (round(r.uniform(5, 30), 2), r.choice(["USD", "GBP", "EUR"])), "")


TRAP_MAKERS = {"trap_poetry_books": make_trap}
EVASION_MAKERS = {"poem_hint_copy": make_poem}
