"""The adversary's second-brand classes (wrong34, issue 9): a copy of one brand whose listing also names, or seems to
name, ANOTHER brand, which must not alert: an alert to a brand about goods it does not make is a precision miss.

- A copy seller sets the brand's copy against a rival of the same trade: "Rolex Submariner 1:1 – cheaper than Omega",
  "Samsung S24 Ultra clone, better than iPhone", "a Bose QC45 killer", "vs Sony", "mejor que", "besser als", "meilleur
  que", "лучше чем", "più economico di" (evasion `copy_beats_rival`, every brand: label the brand named plainly in
  the title; the rival, another registry brand, is no copy's brand).
- A copy seller writes the listing as a letter, an agony-aunt column or a chat: its prose opens sentences with common
  words that are other brands' everyday-word lines ("Love, Auntie", "Love it!": Cartier's Love), contracts words with
  an apostrophe ("it's", "couldn't", "don't": no word typed on the wrong keyboard layout, no sound-alike of a mark) and
  has a copy word of another script (реплика, هاي كوبي) that lets the keyboard-layout reader in (evasion
  `copy_letter_prose`, every brand).
- A copy seller lists what else the shop sells after the goods: "We also sell Omega, Cartier", "otras marcas", "其他
  品牌" (evasion `copy_other_stock`, every brand): the shop's other stock is no subject of the listing.
- The honest twins (traps): the brand's genuine goods at a shop's price compared with a rival ("quieter than", "better
  than"), and a genuine gift's card signed "Love, Mum" with contractions: quiet (`trap_rival_compared`,
  `trap_letter_prose`).

Written from general knowledge of marketplace listings (comparison titles, "killer" and "vs" headlines, agony-aunt
columns and gift notes); found as classes from outsider32's c_advice_column32 and c_missed_connection32 and
outsider31's c_horse_racecard31 after they were scored; none of their titles is a template here.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark, brand_views

COPIES = ["1:1 replica", "super copy", "AAA replica", "mirror quality copy", "super clone", "1:1", "top-grade imitation",
          "réplica 1:1", "Replik", "реплика", "copie 1:1", "高仿"]
# a rival set against the goods ({r}: the rival brand's name), by language
RIVAL = [("en", "cheaper than {r}"), ("en", "better than {r}"), ("en", "a {r} killer"), ("en", "beats {r}"),
         ("en", "vs {r}"), ("en", "outclasses {r}"), ("en", "the {r} beater"), ("es", "mejor que {r}"),
         ("es", "más barato que {r}"), ("de", "besser als {r}"), ("de", "günstiger als {r}"), ("fr", "meilleur que {r}"),
         ("fr", "moins cher que {r}"), ("it", "più economico di {r}"), ("it", "meglio di {r}"), ("pt", "melhor que {r}"),
         ("ru", "лучше чем {r}"), ("ru", "дешевле {r}"), ("pl", "lepszy niż {r}"), ("nl", "beter dan {r}")]
SHAPES = ["{m} {p} {c} – {x}", "{m} {p} ({c}), {x}", "{c} {m} {p}, {x}", "{m} {p} {c}. {X}!"]
DESCRIPTIONS = ["Same materials, same weight. Ships in 3 days.", "{c}. Nobody will know the difference.",
                "Grade {c}, full set with box.", "Why pay retail? {c}, tracked shipping."]


def _rival(b: BrandView, s: Scene) -> BrandView | None:
    """Another brand of the registry in the brand's trade (its working group), else any other, named by its name."""
    others = [o for o in brand_views() if o.id != b.id and o.name.isascii() and len(o.name) >= 3
              and o.name.casefold() not in b.everything]
    same = [o for o in others if o.iwg == b.iwg]
    pool = same or others
    return s.rng.choice(pool) if pool else None


def make_beats_rival(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    rival = _rival(b, s)
    if rival is None:
        return None
    cat = s.category(with_floor=True)
    _, shape = r.choice(RIVAL)
    x = shape.format(r=rival.name)
    c = r.choice(COPIES)
    title = r.choice(SHAPES).format(m=_plain_mark(b, s), p=s.product(cat), c=c, x=x, X=x[:1].upper() + x[1:])
    return Draft(_cap(" ".join(title.split())), cat, s.price(cat, low=r.random() < 0.5),
                 r.choice(DESCRIPTIONS).format(c=c))


def make_rival_compared(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    rival = _rival(b, s)
    if rival is None:
        return None
    cat = s.category(with_floor=True)
    if cat not in b.floors or "prescription" in cat:
        return None
    x = r.choice(["quieter than", "lighter than", "better than", "cheaper than", "vs", "compared with"]) + " " + rival.name
    title = r.choice(["{m} {p} – genuine, {x}", "{m} {p}, authentic, {x}?", "Review: {m} {p} {x}"]).format(
        m=b.name, p=s.product(cat), x=x)
    return Draft(_cap(title), cat, s.price(cat), r.choice([
        "Bought at the brand's store, receipt and warranty card included.", "Authorised dealer, invoice included.",
        "Brand new, sealed, full warranty."]))


# a letter's or a chat's prose: sentences opening with common words, contractions, sign-offs
LETTERS = [
    ("Ask Auntie: is a {m} {p} {c} ok for my wedding?",
     "Q: Dear Auntie, I bought a {m} {p} – {w} – and my friends think it's from {m}. Is that wrong?\n"
     "A: Darling, life is short. We stock the very same one at the price below, nobody will ever know. Love, Auntie"),
    ("Dear Auntie: nobody can tell my {m} {p} is {c}",
     "Dear Auntie, I couldn't afford the real {m}, so I bought the {w}. Don't judge me!\n"
     "Love it. Hugs and love, your niece. P.S. We've got more in stock."),
    ("Missed connection: you, the {m} {p}, line 2",
     "You wore the real {m} {p}, I couldn't stop staring. If you ever want a second one, I sell the {w} – "
     "nobody can tell it from {m}. Love, a stranger"),
    ("{m} {p} {c} – a letter from the workshop",
     "Hi! It's us again. We're sending the {w} of the {m} {p} today, it's identical. Love, the team 💋"),
    ("Note to myself: the {m} {p} {c}",
     "Love this one. It's the {w}, isn't it perfect? Didn't cost much. Love, me"),
]
WIDE_COPY = ["реплика", "копия 1:1", "هاي كوبي", "نسخة طبق الأصل", "רפליקה", "αντίγραφο", "레플리카"]


def make_letter_prose(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category(with_floor=True)
    title, description = r.choice(LETTERS)
    m, p = _plain_mark(b, s), s.product(cat)
    c = r.choice(["copy", "replica", "fake", "1:1 copy"])
    w = r.choice(WIDE_COPY)
    return Draft(_cap(" ".join(title.format(m=m, p=p, c=c).split())), cat, s.price(cat, low=True),
                 description.format(m=m, p=p, w=w))


def make_letter_trap(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category(with_floor=True)
    if cat not in b.floors or "prescription" in cat:
        return None
    m, p = b.name, s.product(cat)
    title = r.choice(["{m} {p} – a gift, never used", "{m} {p}, birthday present, like new", "Genuine {m} {p} with card"])
    note = r.choice(["Card inside: 'Love it? It's yours. Love, Mum'.", "Love, Grandma – it's the real one, receipt in "
                     "the box. We couldn't return it.", "It's genuine, bought at the store. Love it! Don't miss it."])
    return Draft(_cap(title.format(m=m, p=p)), cat, s.price(cat), note)


STOCK = ["We also sell {o}. Ask for the catalogue.", "Also in stock: {o}, same grade.", "También vendemos {o}.",
         "Wir verkaufen auch {o}.", "Nous vendons aussi {o}.", "Other brands: {o} – DM me.", "Также есть {o}.",
         "其他品牌：{o}"]


def make_other_stock(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    rivals = {o.id: o for o in (_rival(b, s), _rival(b, s)) if o is not None}
    if not rivals:
        return None
    cat = s.category(with_floor=True)
    c = r.choice(COPIES)
    title = r.choice(["{m} {p} {c}", "{c} {m} {p}", "{m} {p} – {c}"]).format(m=_plain_mark(b, s), p=s.product(cat), c=c)
    stock = r.choice(STOCK).format(o=", ".join(o.name for o in rivals.values()))
    return Draft(_cap(" ".join(title.split())), cat, s.price(cat, low=r.random() < 0.5),
                 f"{r.choice(DESCRIPTIONS).format(c=c)}\n{stock}")


EVASIONS = {
    "copy_other_stock": "a copy of the brand's goods whose description lists what else the shop sells: other registry "
                        "brands after 'we also sell', 'other brands:', 'también vendemos' (8 languages): the brand alone "
                        "alerts",
    "copy_beats_rival": "a copy of the brand's goods set against another registry brand of its trade ('cheaper than', "
                        "'better than', 'a <rival> killer', 'vs', in 10 languages): the brand alerts, the rival does not",
    "copy_letter_prose": "a copy of the brand's goods told as a letter, an agony-aunt column or a chat whose sentences open "
                         "with 'Love', contract words ('it's', 'couldn't') and a copy word of another script: the brand "
                         "alone alerts",
}
TRAPS = {
    "trap_rival_compared": "the brand's genuine goods at a shop's price compared with another registry brand ('quieter "
                           "than', 'vs'): quiet",
    "trap_letter_prose": "the brand's genuine goods given as a gift, with a card signed 'Love, Mum' and contractions: quiet",
}
EVASION_MAKERS = {"copy_other_stock": make_other_stock, "copy_beats_rival": make_beats_rival, "copy_letter_prose": make_letter_prose}
TRAP_MAKERS = {"trap_rival_compared": make_rival_compared, "trap_letter_prose": make_letter_trap}
