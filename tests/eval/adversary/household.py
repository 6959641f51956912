"""The adversary's household-surplus classes (issue 9, gifted33).

Genuine goods a household sells from its own use or its own gifts, and the copies that borrow the words:
- trap_own_use_used: the seller's own past use ("used in my radio shack for two seasons", ", used for contests",
  "shack clearance", "benutzt im Studio", "utilisé pendant deux ans", 使用了两年) at a used item's price: quiet
  (condition.py reads the words as "used").
- own_use_copy: the same words beside a copy cue, a disguised mark or a price far below the used line: alerts.
- trap_gift_receipt_resale: an unwanted (wedding, birthday, baby-shower) gift, sealed, with the shop's gift receipt, at
  75-100 % of the floor: quiet (index.GIFT_PRICE).
- gift_receipt_copy: the same gift story beside a copy cue ("replica", "1:1", "gift from China") or at a copy's price.

Written from general knowledge of how private sellers word a clear-out and a duplicate gift (eBay UK, Gumtree,
Kleinanzeigen, leboncoin, 闲鱼); found by outsider31's in_ham_radio_used31 and in_wedding_registry_genuine31 after they
were seen; none of its titles is a template here.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark
from tests.eval.adversary.genuine import SOFTWARE, _evasion, _floored, _pack, _price

TRAPS = {
    "trap_own_use_used": "the seller's own past use (in my shack, for two seasons, a garage clearance), in five "
                         "languages, at a used item's price, no copy cue",
    "trap_gift_receipt_resale": "an unwanted duplicate gift, sealed, with the shop's gift receipt, at 78-100 % of the "
                                "floor, no copy cue",
}
EVASIONS = {
    "own_use_copy": "the seller's own-use words beside a copy cue, a disguised mark or a copy's price",
    "gift_receipt_copy": "an unwanted duplicate gift with a gift receipt beside a copy cue or at a copy's price",
}

OWN_USE = [
    ("en", "Studio clearance: {m} {p}, used for two seasons", "Genuine, used in my home studio. Collection or post."),
    ("en", "{m} {p} – used in my workshop for 3 years", "All genuine, works fine, some marks."),
    ("en", "Garage clearance – {m} {p}, used for gigs", "Used at our rehearsals for a couple of years. Genuine."),
    ("en", "{m} {p}, used by my son for one term", "Genuine, used for six months, from a smoke-free home."),
    ("en", "Loft clearance {m} {p}", "Genuine, used in our holiday flat for a few summers."),
    ("en", "{m} {p} (used for about a year)", "Original, works perfectly, collection from my QTH or post."),
    ("de", "{m} {p}, wenig benutzt", "Original, benutzt im Homestudio, Abholung oder Versand."),
    ("de", "Kellerräumung: {m} {p}", "Original, zwei Jahre benutzt in meinem Hobbyraum."),
    ("fr", "{m} {p} utilisé pendant deux ans", "Authentique, utilisé dans mon atelier, remise en main propre."),
    ("es", "{m} {p} usado en mi taller", "Original, usado en mi taller dos temporadas."),
    ("ru", "{m} {p} б/у, использовался два года", "Оригинал, самовывоз."),
    ("zh", "{m} {p} 自己用了两年", "正品，使用了两年，功能正常。"),
]

GIFTS = [
    ("Unwanted wedding gift: {m} {p}, sealed (duplicate from our registry)",
     "We got two! Still sealed, gift receipt from the department store. Collection or post."),
    ("{m} {p} – duplicate birthday present, unopened", "Received two, the other one is used. Gift receipt included."),
    ("Baby shower duplicate: {m} {p}, sealed", "Gifted twice, still sealed, with the gift receipt from the shop."),
    ("{m} {p} Hochzeitsgeschenk doppelt, OVP", "Doppelt bekommen, originalverpackt, mit Geschenkbeleg."),
    ("{m} {p} cadeau de mariage en double, neuf", "Reçu en double, jamais ouvert, ticket cadeau fourni."),
    ("{m} {p} regalo de boda repetido, precintado", "Nos lo regalaron dos veces, con ticket regalo."),
]
COPY_CUES = ["replica", "1:1", "gift from China, 1:1", "mirror copy", "AAA copy", "high copy"]


def _goods(b: BrandView, s: Scene) -> str | None:
    # prescription medicines offered on a marketplace are the counterfeit trade's whatever their price
    cat = _floored(b, s, {c for c in b.categories if "prescription" not in c.casefold()})
    return None if cat is None or cat in SOFTWARE else cat


def make_own_use(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s)) is None:
        return None
    _lang, title, desc = s.rng.choice(OWN_USE)
    m, p = _plain_mark(b, s), s.product(cat)
    amount, cur = _price(b, s, cat, 0.3, 1.1, m)
    return Draft(_cap(title.format(m=m, p=p)), cat, (round(amount * _pack(p), 2), cur), desc)


def make_own_use_copy(b: BrandView, s: Scene) -> Draft | None:
    return _evasion(b, s, OWN_USE, 0.1)


def make_gift(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s)) is None:
        return None
    title, desc = s.rng.choice(GIFTS)
    m, p = _plain_mark(b, s), s.product(cat)
    amount, cur = _price(b, s, cat, 0.8, 0.98, m)  # a little below a shop's price of the goods named
    return Draft(_cap(title.format(m=m, p=p)), cat, (round(amount * _pack(p), 2), cur), desc)


def make_gift_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = _floored(b, s) or s.category()
    title, desc = r.choice(GIFTS)
    m, p = _plain_mark(b, s), s.product(cat)
    title = _cap(title.format(m=m, p=p))
    if r.random() < 0.6:
        title = f"{title} {r.choice(COPY_CUES)}"
        amount, cur = _price(b, s, cat, 0.05, 1.0, m)
    else:
        amount, cur = _price(b, s, cat, 0.03, 0.2, m)
    return Draft(title, cat, (amount, cur), desc)


TRAP_MAKERS = {"trap_own_use_used": make_own_use, "trap_gift_receipt_resale": make_gift}
EVASION_MAKERS = {"own_use_copy": make_own_use_copy, "gift_receipt_copy": make_gift_copy}
