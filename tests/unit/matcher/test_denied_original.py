"""A sentence that only denies the goods are original (context/admitted.py `denied_original`, genuine, session 18):
"Not genuine.", "Kein Original.", "Copie.", "Non originale.", "不是正品。" is the seller's admission of a copy, whatever
frame the listing wears ("for parts / not working", a short date, an outlet). A denial about a part or the packaging
("strap not original", "Box: not original") and an accessory maker's disclaimer ("Case for iPhone 15. Not original.")
admit nothing about the brand's goods."""

from __future__ import annotations

import pytest

from services.matcher.core.context.admitted import admissions
from tests.unit.matcher.demo import demo_alerts


def _kinds(title: str, description: str, category: str | None = None) -> list[str]:
    return [a.kind for a in admissions(title, f"{title}\n{description}", category)]


@pytest.mark.parametrize("description", [
    "Works fine, new. Not genuine.", "Funktioniert, neu. Kein Original.", "En vrai neuf. Copie.",
    "Nuovo e funzionante. Non originale.", "Werkt gewoon. Geen origineel, geen retour.", "Nowy i działa. Nie oryginał.",
    "Nové a funkční. Není originál.", "Çalışıyor. Orijinal değil.", "Новый, работает. Не оригинал.", "全新能用。不是正品。",
    "新品です。正規品ではありません。", "새 제품. 정품 아님.", "Brand new, works, no returns. Not authentic.",
])
def test_a_sentence_denying_originality_is_an_admission(description):
    assert "denied_original" in _kinds("Dyson V15 Detect for parts, not working", description)


@pytest.mark.parametrize("description", [
    "Strap not original. Shutter count 12k.", "Laces not original, box fine.", "Charger: not original.",
    "Not original box, watch serviced.", "Bracelet aftermarket, not original packaging.", "Not fake! 100% genuine.",
])
def test_a_denial_about_a_part_or_the_packaging_is_none(description):
    assert "denied_original" not in _kinds("Canon EOS R6 body, used", description)


def test_a_copy_of_a_book_or_game_is_the_works_copy():
    assert "denied_original" not in _kinds("The Rolex Book, hardcover", "Copy.", "books")


@pytest.mark.parametrize("title, category, price, description, brand", [
    ("Bosch GBH 2-26 Professional spares or repair", "power tools", 40, "Works fine, new. Not genuine.", "bosch"),
    ("Cartier Santos pour pièces, HS", "watches", 480, "En vrai neuf et fonctionnel. Copie.", "cartier"),
    ("Callaway Paradym driver per ricambi, non funzionante", "golf clubs", 60, "Nuovo. Non originale.", "callaway"),
    ("Canada Goose Expedition Parka defekt, für Bastler", "parkas", 300, "Funktioniert, neu. Kein Original.",
     "canada-goose"),
])
def test_a_for_parts_listing_that_admits_a_copy_alerts(title, category, price, description, brand):
    assert brand in demo_alerts(title, category, price, description, currency="EUR")


@pytest.mark.parametrize("title, category, price, description", [
    ("Silicone case for iPhone 15 Pro", "phone cases", 6, "Fits perfectly. Not original."),
    ("Replacement battery for Dyson V11", "vacuum parts", 25, "Compatible. Not genuine."),
    ("Toner für Canon LBP 6000", "Drucker Zubehör", 15, "Kein Original. Kompatibel."),
])
def test_an_accessory_makers_disclaimer_stays_quiet(title, category, price, description):
    assert demo_alerts(title, category, price, description) == {}


@pytest.mark.parametrize("title", ["DD1391-100 equivalent display stand (non-genuine)",
                                   "GG0061S equivalent sunglasses case hard shell (non-genuine)",
                                   "Water filter replaces Samsung DA29-00020B. Not original."])
def test_an_aftermarket_parts_disclaimer_is_no_copy_admitted(title):
    # the adversary's trap_aftermarket_number (seed 9): "(non-genuine)" after a part that cites the number it stands in for
    assert [a.kind for a in admissions(title, title, None)] == []
