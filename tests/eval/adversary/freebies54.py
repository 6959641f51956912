"""The adversary's free extra of a brand whose name is an everyday word (seen54, issue 9):

- A retailer's genuine goods of one brand at their price, "+ FREE <brand> <goods>" of a brand whose own name is an
  everyday word (Apple, Shell, Mars, Coach, Puma, Canon, Pandora, Omega, Adobe), the freebie's line admitting it is a
  copy ("FREEBIE: Apple 20W adapter (copy, not original)", "de regalo: ... (réplica)", "в подарок: ... (копия)"): only
  the freebie's brand alerts (evasion `freebie_everyday_copy`; index._copied_alone: the copy cue is said of that
  brand's item alone, so its everyday-word mark is the copied goods' brand, not a word grazed beside the plain one).
- Its twin: the same frame, the freebie the everyday-name brand's genuine item ("original, sealed, from the
  distributor"): nothing alerts (`trap_freebie_everyday_genuine`).

The freebie's goods are the brand's own plain product words (context.py's), its name written as a name (capitalised),
the listing filed in the genuine item's category, priced at that item's price. Written from general knowledge of
marketplace promotions ("free gift while stocks last") in 8 languages; no held-out listing's string (outsider38's
c_bundle_copy_freebie38 was read for its tactic). Two listings a brand (FEW): the suite's time is short.
"""

from __future__ import annotations

from tests.eval.adversary.cover import _title_floor
from tests.eval.adversary.evasions36 import _yardstick
from tests.eval.adversary.generate import BrandView, Draft, Scene
from tests.eval.adversary.moving import _goods

EVASIONS = {
    "freebie_everyday_copy": "a genuine item of a plainly named brand at its price with a FREE item of a brand whose "
                             "name is an everyday word, admitted a copy (8 languages): only the freebie's brand",
}
TRAPS = {
    "trap_freebie_everyday_genuine": "the same frame, the everyday-name brand's freebie genuine and sealed: quiet",
}
FEW = {"freebie_everyday_copy": 2, "trap_freebie_everyday_genuine": 2}

# (title with {o} the genuine goods and {g} the freebie, description with {w} the freebie's words, the copy's words,
# the genuine freebie's words), one language each
FRAMES = [
    ("{o} + FREE {g}!!", "{o} – brand new, sealed, 1 year shop warranty.\n\nFREEBIE: {g} ({w}) – while stocks last.",
     ["copy, not original", "1:1 replica", "AAA copy"], ["original, sealed, from the distributor"]),
    ("{o} + {g} GRATIS", "{o}: nuevo, precintado, garantía de tienda.\n\nDe regalo: {g} ({w}), hasta agotar stock.",
     ["réplica, no es original", "copia AAA"], ["original, precintado"]),
    ("{o} + {g} offert", "{o} : neuf, scellé, garantie boutique.\n\nEn cadeau : {g} ({w}), dans la limite des stocks.",
     ["copie, pas d'origine", "réplique 1:1"], ["d'origine, scellé"]),
    ("{o} + {g} gratis dazu", "{o}: neu, versiegelt, Händlergarantie.\n\nGratis dazu: {g} ({w}), solange der Vorrat "
                              "reicht.", ["Kopie, kein Original", "Replik 1:1"], ["Original, versiegelt"]),
    ("{o} + {g} в подарок", "{o} — новый, запечатан, гарантия магазина.\n\nВ подарок: {g} ({w}), пока есть в наличии.",
     ["копия, не оригинал", "реплика 1:1"], ["оригинал, запечатан"]),
    ("{o} + {g} brinde", "{o}: novo, lacrado, garantia da loja.\n\nBrinde: {g} ({w}), enquanto durar o estoque.",
     ["réplica, não é original", "cópia AAA"], ["original, lacrado"]),
    ("{o} + GRATIS {g}", "{o}: baru, segel, garansi toko.\n\nBonus gratis: {g} ({w}), selama persediaan masih ada.",
     ["KW super, bukan ori", "replika 1:1"], ["original, segel"]),
    ("{o} + {g} hediye", "{o}: sıfır, kapalı kutu, mağaza garantisi.\n\nHediye: {g} ({w}), stoklarla sınırlı.",
     ["kopya, orijinal değil", "replika 1:1"], ["orijinal, kapalı kutu"]),
]


def _everyday_name(b: BrandView) -> bool:
    """Whether the brand's own name is registered as an everyday word (Apple, Shell, Mars, Coach)."""
    return any(m.everyday and m.value.casefold() == b.name.casefold() for m in b.marks)


def _freebie(b: BrandView, s: Scene, copy: bool) -> Draft | None:
    if not _everyday_name(b) or (mine := _goods(b, s)) is None or (other := _yardstick(b, s)) is None or (
            theirs := _goods(other, Scene(other, s.rng))) is None:
        return None
    _, _, product, _ = mine
    o_mark, o_cat, o_product, o_floor = theirs
    o, g = f"{o_mark} {o_product}", f"{b.name} {product}"
    title, desc, copies, genuine = s.rng.choice(FRAMES)
    amount, cur = _title_floor(other, o, o_floor)
    return Draft(title.format(o=o, g=g), o_cat, (round(amount * s.rng.uniform(1.05, 1.3), 2), cur),
                 desc.format(o=o, g=g, w=s.rng.choice(copies if copy else genuine)))


def make_copy(b: BrandView, s: Scene) -> Draft | None:
    return _freebie(b, s, True)


def make_genuine(b: BrandView, s: Scene) -> Draft | None:
    return _freebie(b, s, False)


EVASION_MAKERS = {"freebie_everyday_copy": make_copy}
TRAP_MAKERS = {"trap_freebie_everyday_genuine": make_genuine}
