"""The adversary's film-and-book classes (retail27, 2026-12-04): a film about the brand sold on DVD or Blu-ray, and a
book about it whose description opens by saying it is a used book, filed (as sellers do) among the brand's goods;
and the copy trade borrowing the format word or the used-book opening beside its cue at a copy's price.

Written from first principles of how private sellers title used films and books (eBay, Kleinanzeigen, leboncoin,
Vinted, Wallapop); nothing is taken from a held-out set.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene

_FILM = ["{b}: The Documentary – DVD", "The {b} Story (Blu-ray)", "Inside {b} – DVD box set", "House of {b} – DVD",
         "{b} – The Movie | Blu-ray", "Becoming {b}, documentary – DVD"]
_BOOK = ["{b}: A History", "The {b} Way – Collected Essays", "{b} – The Biography", "Inside {b}",
         "Designing {b}: 50 Years"]
_USED = ["Used book.", "Used book/media.", "Pre-owned DVD, plays fine.", "Gebrauchtes Buch, gut erhalten.",
         "Livre d'occasion.", "Libro usado, buen estado.", "Used paperback."]
_COPY = ["1:1", "AAA quality", "replica", "super copy", "mirror quality", "高仿"]


def _cat(b: BrandView, s: Scene) -> str | None:
    cats = [c for c in b.categories if c in b.floors and not any(
        w in c for w in ("software", "game", "console", "licen"))]
    return s.rng.choice(cats) if cats else None


def _low(b: BrandView, s: Scene, cat: str, low: float, high: float) -> tuple[float, str]:
    amount, cur = b.floors[cat]
    return round(max(amount * s.rng.uniform(low, high), 0.5), 2), cur


def make_trap_film_or_book(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _cat(b, s)) is None:
        return None
    if s.rng.random() < 0.5:
        return Draft(s.rng.choice(_FILM).format(b=b.name), cat, _low(b, s, cat, 0.01, 0.08), "")
    return Draft(s.rng.choice(_BOOK).format(b=b.name), cat, _low(b, s, cat, 0.01, 0.08), s.rng.choice(_USED))


def make_fake_media_words_copy(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _cat(b, s)) is None:
        return None
    cue, product = s.rng.choice(_COPY), s.product(cat)
    if s.rng.random() < 0.5:
        return Draft(f"{b.name} {product} {cue} – DVD", cat, _low(b, s, cat, 0.04, 0.2), "")
    return Draft(f"{b.name} {product} {cue}", cat, _low(b, s, cat, 0.04, 0.2), s.rng.choice(_USED))


EVASIONS = {"fake_media_words_copy": "the brand's goods with a copy's cue at a copy's price, the title closed by 'DVD' "
                                     "or the description opened by a used book's words"}
TRAPS = {"trap_film_or_book": "a film about the brand on DVD or Blu-ray, or a book about it described as a used book, "
                              "filed among the brand's goods at a few per cent of their floor"}
EVASION_MAKERS = {"fake_media_words_copy": make_fake_media_words_copy}
TRAP_MAKERS = {"trap_film_or_book": make_trap_film_or_book}
