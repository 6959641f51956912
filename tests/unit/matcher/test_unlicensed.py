"""The house's mark on goods it never makes (kit51, issue 9; context/unlicensed.py): a miniature likeness at a
trinket's price, party tableware, a child's ride-on with the carmaker's badges alert; a licence claimed, a licensed
maker named, or a house's own mini at its price stay quiet."""

from __future__ import annotations

import pytest

from services.matcher.core.context.unlicensed import unlicensed_goods
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts


def kind(title: str, description: str = "", eur: float | None = 5.0) -> str | None:
    found = unlicensed_goods(ListingText(title, description), eur)
    return None if found is None else found[0]


@pytest.mark.parametrize("title, expected", [
    ("tiny Nike Air Max key ring", "miniature"),
    ("Gucci bag miniature for 1/6 dolls", "miniature"),
    ("toy Philips shaver with logo", "miniature"),
    ("Llavero mini Rolex Daytona", "miniature"),
    ("Брелок мини Apple iPhone", "miniature"),
    ("Chanel themed balloons 30 pcs", "party"),
    ("Nike cupcake toppers, 24 pcs", "party"),
    ("Kit festa Gucci com topo de bolo", "party"),
    ("Mercedes style ride on 24V for toddlers", "ride_on"),
    ("Coche eléctrico para niños Toyota con logos", "ride_on"),
    ("Rolex Submariner 41mm", None),
    ("Nike Air Max 90 white", None),
])
def test_reads_the_kind(title, expected):
    assert kind(title) == expected


def test_a_dear_miniature_is_judged_by_its_price_as_before():
    assert kind("Louis Vuitton mini Speedy charm", eur=900.0) is None
    assert kind("Louis Vuitton mini Speedy charm", eur=None) is None


@pytest.mark.parametrize("title, description", [
    ("Maisto BMW X5 ride-on 12V", ""),
    ("BMW X5 ride-on 12V", "Officially licensed by BMW."),
    ("toy Dyson vacuum with logo", "licensed product"),
    ("Carro elétrico infantil BMW licenciado", ""),
])
def test_a_licence_claimed_reads_nothing(title, description):
    assert kind(title, description) is None


def test_a_denied_licence_is_no_licence():
    assert kind("BMW X5 ride-on 12V, BMW badges", "Not an officially licensed product.") == "ride_on"


@pytest.mark.parametrize("title, price, category, brand", [
    ("tiny Nike Air Max key ring", 4.5, "accessories", "nike"),
    ("Louis Vuitton monogram doll-size Speedy", 6.0, "toys", "louis-vuitton"),
    ("Gucci logo birthday balloons and banner", 12.0, "party supplies", "gucci"),
    ("Toyota Land Cruiser ride-on 12V for kids, Toyota emblems", 230.0, "toys", "toyota"),
])
def test_alerts(title, price, category, brand):
    found = demo_alerts(title, category, price)
    assert set(found) == {brand}
    assert "trade unlicensed" in " | ".join(s.term or "" for s in found[brand].signals)


@pytest.mark.parametrize("title, price, category", [
    ("Casdon Dyson toy vacuum, officially licensed", 28.0, "toys"),
    ("Officially licensed BMW X6 ride-on 12V", 260.0, "toys"),
    ("Coach mini Tabby bag charm, boutique receipt", 95.0, "handbags"),
    ("sneaker theme party plates, 16 guests, no logos", 9.0, "party supplies"),
    # a toy maker's own capsule toy, filed among its own goods: no goods the house never makes (outsider37)
    ("Bandai Gashapon capsule toy – random figure", 5.0, "toys"),
    ("LEGO Minifigures series 25 blind bag, mini figure", 5.0, "toys"),
])
def test_quiet(title, price, category):
    assert demo_alerts(title, category, price) == {}


# ------------------------------------------------------------------ priced by weight (trade.by_weight)

@pytest.mark.parametrize("title, description, found", [
    ("Cartier Love ring 18k, 6 g", "Priced by weight plus labour.", True),
    ("Rolex Datejust 18k 750 case", "precio por gramo", True),
    ("Bvlgari B.zero1 18K金 按克计价", "", True),
    ("Nescafé Gold refill sold by weight, 500 g", "", False),  # "Gold" a line's word, no carat
    ("Lindt truffles pick and mix by weight", "", False),
    ("Cartier Love ring 18k, 6 g", "Boutique receipt.", False),
])
def test_by_weight(title, description, found):
    from services.matcher.core.context.trade import by_weight
    assert (by_weight(ListingText(title, description)) is not None) is found


def test_a_house_design_by_weight_alerts_and_an_unbranded_one_does_not():
    found = demo_alerts("Cartier Juste un Clou bracelet 18k – 16 g, price by weight", "jewelry", 2900.0)
    assert set(found) == {"cartier"}
    assert demo_alerts("18k nail bangle, 16 g, by weight – no brand stamp, not Cartier", "jewelry", 2900.0) == {}


# ------------------------------------------------------------------ another house's mark applied to genuine goods

def test_the_applied_house_alerts_not_the_base():
    found = demo_alerts("Custom Nike Air Force 1 – Burberry check panels", "sneakers", 260.0,
                        description="Genuine Nike Air Force 1, bought new, customised by me with Burberry check panels. "
                                    "Not affiliated with Burberry or Nike.")
    assert set(found) == {"burberry"}
    found = demo_alerts("adidas Samba OG custom – Gucci GG logo lining", "sneakers", 300.0,
                        description="Authentic adidas Samba OG customized with Gucci GG logo lining.")
    assert set(found) == {"gucci"}


def test_the_painters_own_art_is_no_bootleg():
    assert demo_alerts("Custom Nike Air Max 90 – hand-painted koi fish", "sneakers", 240.0,
                       description="Genuine Nike Air Max 90 bought new, hand-painted by me. My own artwork – no other "
                                   "brands' logos.") == {}


# ------------------------------------------------------------------ a salon size of a retail beauty line (trade_size)

@pytest.mark.parametrize("title, found", [
    ("Shiseido Benefiance cream 200ml salon size", True),
    ("Lancôme Génifique serum 300 ml backbar", True),
    ("Estée Lauder Double Wear foundation 150ml tamaño profesional", True),
    ("L'Oréal Professionnel Absolut Repair shampoo 1500ml salon size", False),  # a professional range
    ("Kérastase Elixir Ultime oil 100ml salon", False),
    ("Philips barber clipper professional edition", False),  # no beauty goods
])
def test_trade_size(title, found):
    from services.matcher.core.context.trade import trade_size
    assert (trade_size(ListingText(title, ""), "skincare" if found else None) is not None) is found


def test_a_salon_size_of_a_retail_serum_alerts():
    found = demo_alerts("Estée Lauder Advanced Night Repair serum 250ml spa size", "skincare", 95.0)
    assert set(found) == {"estee-lauder"}
