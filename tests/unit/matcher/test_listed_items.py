"""retail.listed_items (multi50, issue 9): a title listing several brands' items is no tag cloud of their names."""

from services.matcher.core.context.retail import listed_items


def _marks(title: str, *names: str, models: tuple[str, ...] = ()) -> dict[int, list[tuple[int, int, bool]]]:
    """Each name a brand of its own; a model number belongs to the brand named before it."""
    out: dict[int, list[tuple[int, int, bool]]] = {}
    for i, name in enumerate(names):
        at = title.index(name)
        out[i] = [(at, at + len(name), False)]
    for model in models:
        at = title.index(model)
        owner = max((i for i, spans in out.items() if spans[0][0] < at), key=lambda i: out[i][0][0])
        out[owner].append((at, at + len(model), True))
    return out


def test_a_gift_set_of_items_with_sizes_is_a_list():
    t = "Gift set: Lancome Genifique 20ml, Estee Lauder Night Repair 15ml, Shiseido Ultimune 10ml"
    assert listed_items(t, _marks(t, "Lancome", "Estee Lauder", "Shiseido"))


def test_a_bundle_of_items_joined_by_plus_is_a_list():
    t = "Bundle: Swarovski Millenia necklace + Louis Vuitton Neverfull MM + Nintendo Switch pair"
    assert listed_items(t, _marks(t, "Swarovski", "Louis Vuitton", "Nintendo"))


def test_a_shop_header_before_its_item_is_a_list():
    t = "Shopname – Nike | Adidas | Puma | Nike Dunk Low Retro"
    marks = _marks(t, "Adidas", "Puma")
    marks[9] = [(t.index("Nike"), t.index("Nike") + 4, False), (t.rindex("Nike"), t.rindex("Nike") + 4, False)]
    assert listed_items(t, marks)


def test_a_model_number_makes_an_item():
    t = "Store – Apple | Samsung | Sony WH-1000XM5, Samsung Galaxy Buds 2"
    assert listed_items(t, _marks(t, "Apple", "Sony", "Samsung Galaxy", models=("WH-1000XM5",)))


def test_a_hamper_of_bare_names_is_a_set():
    t = "Christmas hamper with Ferrero, KitKat, Snickers"
    assert listed_items(t, _marks(t, "Ferrero", "KitKat", "Snickers"))


def test_keywords_in_one_segment_are_a_tag_cloud():
    t = "nike adidas puma gucci sneakers"
    assert not listed_items(t, _marks(t, "nike", "adidas", "puma", "gucci"))


def test_bare_names_in_a_list_are_a_tag_cloud():
    t = "Nike, Adidas, Puma, Gucci shoes"
    assert not listed_items(t, _marks(t, "Nike", "Adidas", "Puma", "Gucci"))


def test_two_brands_in_one_segment_are_a_tag_cloud():
    t = "Gift set: Nike Adidas hoodie, Puma socks 2 pairs, Gucci belt 90cm"
    assert not listed_items(t, _marks(t, "Nike", "Adidas", "Puma", "Gucci"))
