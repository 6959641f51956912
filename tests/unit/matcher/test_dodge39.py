"""dodge39 (issue 9): the copy seller's refusal of the authenticity question and the buyer sent to the mall for the
original (context/pitches.py), new goods declared made where the house makes none (schemas.Brand.made_in,
context/origins.py), "imitation part" as a copy word after a model number (accessory._SUFFIX), a condition word that is
a word of the brand's line ("Vintage Check"), more languages' copy words. Their honest twins stay quiet."""

from __future__ import annotations

import pytest

from brandsentry.registry import dump_registry, parse_registry
from services.matcher.core.context.accessory import _SUFFIX
from services.matcher.core.context.origins import declared_origin
from services.matcher.core.context.pitches import DONT_ASK, GO_ELSEWHERE, answered, copy_pitches
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.conftest import make_listing


def _terms(description: str) -> list[str]:
    return [f.term for f in copy_pitches(ListingText("Brand X goods", description))]


@pytest.mark.parametrize("description", [
    "Don't ask if it's original – the price says it all.", "Ne demandez pas si c'est l'original, vu le prix…",
    "No me preguntes si son originales.", "Fragt nicht, ob es echt ist.", "Nie pytajcie, czy to oryginał.",
    "Не спрашивайте, оригинал ли.", "НЕ ПИТАЙТЕ ЧИ ОРИГІНАЛ", "Μη ρωτάτε αν είναι γνήσιο.",
    "Nu întrebați dacă e original.", "Jangan tanya ori atau bukan ya kak.", "Đừng hỏi có chính hãng không.",
    "Orijinal mi diye sormayın.", "别问是不是正品，看价格就懂。", "本物かどうかは聞かないでください。", "정품이냐고 묻지 마세요.",
    "ไม่ต้องถามว่าแท้ไหมนะคะ",
])
def test_refused_question_is_a_pitch(description):
    assert DONT_ASK in _terms(description)


@pytest.mark.parametrize("description", [
    "Want the original? Go to the mall. This one is for every day.", "Si quieres el original, ve al centro comercial.",
    "Хотите оригинал — вам в бутик.", "要正品请去专柜，这款是日常款。", "Orijinal isteyen AVM'ye gitsin.",
    "Chcesz oryginał? Idź do galerii.", "Mau ori? ke mall aja kak.", "정품 원하시면 백화점 가세요.",
])
def test_original_elsewhere_is_a_pitch(description):
    assert GO_ELSEWHERE in _terms(description)


@pytest.mark.parametrize("description", [
    "¿Original? Sí. Factura de la tienda en las fotos, no preguntes más 🙂",
    "Original? Sim, nota fiscal nas fotos, pode perguntar à vontade.",
    "Don't ask if it's original – it is, receipt attached.", "No preguntes más: es original, con factura.",
    "Don't ask for the original box, it's lost.", "Don't ask why it's so cheap, really.", "别问了，是正品",
    "Unwanted gift, bought at the brand's mall store (receipt), selling at the mall price.",
    "100% original. Visit our store for more items.", "Original? Yes, receipt – go to the store and check.",
    "Genuine, go to our shop for more",
])
def test_answers_and_shops_are_no_pitch(description):
    assert _terms(description) == []


def test_lexicon_refusal_answered():
    text = ListingText("Nike Air Max", "Don't ask if it's original – it is, the receipt is in photo 3.")
    end = text.original.index("original") + len("original")
    assert answered(text, end)
    plain = ListingText("Nike Air Max", "Don't ask if it's original – the price says it all.")
    assert not answered(plain, plain.original.index("original") + len("original"))


@pytest.mark.parametrize("description, attributes, country", [
    ("Brand new. Country of origin: China (Guangzhou).", {}, "CN"),
    ("Neu. Herkunftsland: China.", {}, "CN"),
    ("Made in PRC – Fujian.", {}, "CN"),
    ("全新。产地：广东", {}, "CN"),
    ("Swiss made, box and papers.", {}, None),
    ("Made in Switzerland.", {}, "CH"),
    ("Not made in China: made in Italy.", {}, "IT"),
    ("Brand new.", {"country_of_origin": "China"}, "CN"),
])
def test_declared_origin(description, attributes, country):
    listing = make_listing("Omega Speedmaster", description, attributes=attributes)
    origin = declared_origin(listing, ListingText(listing.title, listing.description))
    assert (origin.country if origin else None) == country


REGISTRY = {
    "working_groups": [{"id": "lux", "name": "Luxury"}],
    "brands": [
        {"id": "valdoro", "name": "Valdoro", "iwg": "lux", "categories": ["watches", "scarves"], "made_in": ["ch"],
         "marks": ["Valdoro", {"value": "Vintage Check", "everyday_word": True}],
         "price_floors": [{"category": "watches", "floor": {"amount": 300, "currency": "USD"}},
                          {"category": "scarves", "floor": {"amount": 300, "currency": "USD"}}]},
        {"id": "streetco", "name": "Streetco", "iwg": "lux", "categories": ["watches"], "marks": ["Streetco"],
         "price_floors": [{"category": "watches", "floor": {"amount": 300, "currency": "USD"}}]},
    ],
}


@pytest.fixture(scope="module")
def small_index():
    from services.matcher.core import MatcherIndex
    return MatcherIndex.build(parse_registry(REGISTRY))


def _alerts(index, title, description="", price=400.0, category="watches", **extra) -> set[str]:
    listing = make_listing(title, description, price={"amount": price, "currency": "USD"}, category=category, **extra)
    return {m.brand_id for m in index.match(listing)}


def test_made_in_is_registered_and_dumped():
    reg = parse_registry(REGISTRY)
    assert reg.brands["valdoro"].made_in == ["CH"] and reg.brands["streetco"].made_in == []
    assert "made_in:\n  - CH" in dump_registry(reg)


def test_origin_elsewhere_alerts_the_house_only(small_index):
    assert _alerts(small_index, "Valdoro chronograph 40mm – new with tags", "Country of origin: China.") == {"valdoro"}
    assert _alerts(small_index, "Valdoro chronograph 40mm – new with tags", "Made in Switzerland.") == set()
    assert _alerts(small_index, "Streetco chronograph 40mm – new", "Country of origin: China.") == set()
    # an accessory made for the house's goods is made where its maker makes it
    assert _alerts(small_index, "Strap for Valdoro chronograph", "Made in China.", price=20.0) == set()


def test_pitch_alerts_at_a_shops_price(small_index):
    assert _alerts(small_index, "Valdoro chronograph – new", "Ne demandez pas si c'est l'original, vu le prix…") == {"valdoro"}
    assert _alerts(small_index, "Valdoro chronograph – new", "Want the original? Go to the mall.") == {"valdoro"}
    assert _alerts(small_index, "Valdoro chronograph – genuine", "Original? Yes – receipt in the photos.") == set()


def test_condition_word_inside_the_line(small_index):
    # "Vintage" of the line names new goods: at a copy's price the listing alerts; said used, it is used
    assert _alerts(small_index, "Valdoro Vintage Check cashmere scarf", "", price=90.0, category="scarves") == {"valdoro"}
    assert _alerts(small_index, "Valdoro Vintage Check cashmere scarf – used", "Worn twice.", price=200.0,
                   category="scarves") == set()


@pytest.mark.parametrize("tail, likeness", [(" – imitation part. Fast", False), (" – imitation parts", False),
                                            (" imitation pearl", True), (" imitation", True)])
def test_imitation_part_is_no_likeness(tail, likeness):
    assert bool(_SUFFIX.match(tail.lower())) is likeness


@pytest.mark.parametrize("title", ["másolat Gillette Fusion5 refills 8", "Nachbildung Gillette Fusion5 refills 8"])
def test_more_copy_words(index, title):
    listing = make_listing(title.replace("Gillette Fusion5 refills 8", "Bose QuietComfort headphones"),
                           price={"amount": 150, "currency": "EUR"}, category="headphones")
    assert {m.brand_id for m in index.match(listing)} == {"bose"}
