"""context/attribution.py (attrib50): whose item a copy cue is said of, and brands named only as what goods fit, a
rival or a component."""
from services.matcher.core.context.attribution import clause, cue_owners, minor_brands


def _spans(text: str, field: str, **names: str) -> dict[int, list[tuple[str, int, int]]]:
    out = {}
    for i, (_, name) in enumerate(sorted(names.items())):
        at = 0
        while (at := text.find(name, at)) >= 0:
            out.setdefault(i, []).append((field, at, at + len(name)))
            at += len(name)
    return out


def test_clause_is_the_sentence_or_line():
    text = "Coach bag – genuine.\nLV wallet – 1:1 rep. Ships fast"
    assert text[slice(*clause(text, text.index("rep")))] == "LV wallet – 1:1 rep"


def test_a_lots_cue_goes_to_the_item_it_is_said_of():
    text = "All authentic with receipts (Coach, Kors) EXCEPT the Louis Vuitton wallet, which is a rep."
    m = _spans(text, "description", a="Coach", b="Kors", c="Louis Vuitton")
    at = text.index("rep.")
    assert cue_owners(("description", at, at + 3), m, {"description": text}, set()) == {2}


def test_a_clause_about_all_items_gives_the_cue_to_all():
    text = "Nike Dunk, adidas Samba – all 1:1 copies"
    m = _spans(text, "title", a="Nike", b="adidas")
    at = text.index("1:1")
    assert cue_owners(("title", at, at + 3), m, {"title": text}, set()) == {0, 1}


def test_fitted_device_rival_and_component_are_minor_in_several_languages():
    for text in ["Apple 20W adapter for Samsung Galaxy S24", "Bose QC45 1:1 – better than Sony XM5",
                 "Dyson V15 copy with Panasonic battery", "Shell Helix 5W-40 para Toyota Corolla",
                 "Rolex Submariner копия, лучше чем Omega", "Apple 充电器 适用于 Samsung"]:
        first, second = text.split()[0], [w for w in ("Samsung", "Sony", "Panasonic", "Toyota", "Omega") if w in text][0]
        m = _spans(text, "title", a=first, b=second)
        assert minor_brands(m, {"title": text}) == {1}, text


def test_goods_named_first_are_never_minor():
    text = "FreeStyle Libre 2 sensor / Nestlé NAN 800g"
    m = _spans(text, "title", a="FreeStyle Libre", b="Nestlé")
    assert minor_brands(m, {"title": text}) == set()
    text = "Samsung charger for Apple iPhone.\nApple case, new"  # Apple's own goods on their own line: not minor
    m = _spans(text, "title", a="Samsung", b="Apple")
    assert minor_brands(m, {"title": text}) == set()
