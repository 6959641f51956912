"""The brand named by what its buyers know, not by its mark (buyernames, 2026-12-02), on the demo registry; answers
read as a brand sees them (the alerting brands and their evidence text).

- a descriptive mark translated word for word into Russian, Ukrainian, Polish, Turkish, Swedish, or glued into one
  word by a compounding language (rule `translated`; mark_translations.MORE, detectors/scattered_words.py);
and, beside each, the same words where they name nothing.
"""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_index, demo_listing


def alerts(title: str, category: str, price: float, currency: str = "USD") -> dict[str, list[str]]:
    """brand id -> the details of its signals that count, for every brand that alerts."""
    return {m.brand_id: [s.detail or "" for s in m.signals if s.weight > 0]
            for m in demo_index().match(demo_listing(title, category, price, currency=currency))}


@pytest.mark.parametrize("title, category, price, currency, brand, said", [
    ("Пуховик Канадский гусь, новый, копия", "jackets", 9000, "RUB", "canada-goose", "(Канадский, гусь)"),
    ("Kurtka Kanadyjska Gęś, nowa, podróbka", "jackets", 900, "PLN", "canada-goose", "(Kanadyjska, Gęś)"),
    ("Kuzey Yüzü şişme mont, sıfır, A kalite", "jackets", 2500, "TRY", "the-north-face", "(Kuzey, Yüzü)"),
    ("ГОРЯЧИЕ КОЛЁСА машинки набор 10 шт, копия", "die-cast cars", 300, "RUB", "mattel", "(ГОРЯЧИЕ, КОЛЁСА)"),
    ("Daunenjacke Nordwand 700, neu, 1:1 Kopie", "jackets", 40, "EUR", "the-north-face", "(Nordwand, glued into one word)"),
    ("Kanadagås dunjacka herr, kopia", "jackets", 900, "SEK", "canada-goose", "(Kanadagås, glued into one word)"),
])
def test_a_mark_translated_into_more_languages_alerts_and_says_its_words(title, category, price, currency, brand, said):
    found = alerts(title, category, price, currency)
    assert list(found) == [brand]
    assert any(d.startswith(f"the words of '") and f"translated {said}" in d for d in found[brand]), found[brand]


@pytest.mark.parametrize("title, category, price", [
    ("Канадский гусь, чучело для охоты, профессиональное", "hunting decoys", 45),  # the bird
    ("Kuzey Kıbrıs Girne'de satılık daire 2+1", "real estate", 90000),  # Northern Cyprus
    ("Kurtka puchowa damska, puch gęsi 90/10, nowa", "jackets", 140),  # goose down, no mark
    ("Eiger Nordwand Bildband, gebunden", "books", 24),  # the mountain's north face
    ("Nordwand Daunenjacke, Bergsport, neu", "jackets", 260),  # the word at a shop's price, nothing of a copy
    ("Пуховик женский на гусином пуху, новый", "jackets", 190),
])
def test_the_same_words_in_their_own_sense_stay_quiet(title, category, price):
    assert alerts(title, category, price) == {}
