"""refusal39 (issue 9): a maker's refusal of brands' marks (context/refusals.py) denies the mention it names, in many
languages; an offer of the marks or a hedge of the refusal voids it; a refusing maker's logo words are no claim."""

from __future__ import annotations

import pytest

from services.matcher.core.context.refusals import Refusals
from services.matcher.core.normalise import ListingText


def _refused(description: str, mark: str, title: str = "Custom transfers – your own design") -> bool:
    text = ListingText(title, description)
    refusals = Refusals(text)
    start = text.original.index(mark)
    return refusals.before(start) is not None or refusals.after(start + len(mark)) is not None


@pytest.mark.parametrize("description, mark", [
    ("We do not put adidas or any third-party trademark on products.", "adidas"),
    ("We refuse orders with Nike or other brand logos (trademark policy).", "Nike"),
    ("We don't print Gucci, Louis Vuitton or Nike.", "Nike"),
    ("Orders with Puma logos or other trademarks will be refused.", "Puma"),
    ("No imprimimos logos de Nike ni de otras marcas registradas.", "Nike"),
    ("Não trabalhamos com Nike ou outras marcas famosas.", "Nike"),
    ("Nous n'imprimons pas de logos Nike ni d'autres marques déposées.", "Nike"),
    ("Wir drucken keine Nike-Logos oder andere Markenlogos.", "Nike"),
    ("Non stampiamo loghi Nike o di altri marchi registrati.", "Nike"),
    ("Nike veya diğer marka logolarını basmıyoruz.", "Nike"),
    ("Не печатаем логотипы Nike и других брендов.", "Nike"),
    ("不接耐克等品牌logo订单，只印您自己的设计。", "耐克"),
    ("Tidak menerima cetak logo Nike atau merek terkenal lainnya.", "Nike"),
    ("Không nhận in logo Nike hoặc thương hiệu nổi tiếng khác.", "Nike"),
    ("ไม่รับสกรีนโลโก้ Nike หรือแบรนด์ดังอื่นๆ", "Nike"),
    ("لا نطبع شعار Nike أو أي علامات تجارية أخرى.", "Nike"),
])
def test_refusal_names_the_refused_mark(description, mark):
    assert _refused(description, mark)


@pytest.mark.parametrize("description, mark", [
    # an offer or a hedge voids the refusal
    ("We do not print other brands – the original Nike logo or your own logo, your choice.", "Nike"),
    ("We do not print Nike logos in the listing; logos come separately after payment.", "Nike"),
    ("We don't print Nike logos publicly – DM for the full catalogue.", "Nike"),
    ("Não colocamos Nike publicamente, chama no privado.", "Nike"),
    # no refusal: a negation of something else, a list of other things, a sentence apart
    ("We do not print on polyester, nike air max 90 copies.", "nike"),
    ("We do not accept returns. Nike Air Max 90 in stock.", "Nike"),
    ("Nike Air Max 90, never worn, no box.", "Nike"),
])
def test_offers_hedges_and_other_negations_refuse_nothing(description, mark):
    assert not _refused(description, mark)


def test_refusal_stated_and_logo_covered():
    text = ListingText("OEM backpacks – your brand", "Only your logo. We do not print any brand's logo.")
    refusals = Refusals(text)
    assert refusals.stated and not refusals.void
    at = text.original.rindex("logo")
    assert refusals.covers(at, at + 4)


def test_trademark_certificate_is_the_buyers_logo():
    text = ListingText("Private label hoodies", "Trademark certificate required for logo orders.")
    at = text.original.index("logo ")
    assert Refusals(text).covers(at, at + 4)


def test_offer_claims_the_logo():
    text = ListingText("Private label wallets", "Niente altri marchi: logo originale Gucci o il tuo.")
    refusals = Refusals(text)
    assert refusals.void and refusals.offered(text.original.index("logo"))


def test_hedged_logo_denial():
    text = ListingText("Blank training hoodie", "No adidas logo on the photos, logo sent separately.")
    start = text.original.index("adidas")
    assert Refusals(text).hedged_logo(start, start + len("adidas"))
    text = ListingText("Blank training hoodie", "No adidas logo. Colour may vary in the photos.")
    start = text.original.index("adidas")
    assert not Refusals(text).hedged_logo(start, start + len("adidas"))


def test_without_marks_words_nothing_is_read():
    refusals = Refusals(ListingText("Nike Air Max 90", "We do not ship on Sundays."))
    assert not refusals.possible and refusals.before(30) is None


# end to end on the demo registry: the refusing maker stays quiet, the offer and the hedge alert
from tests.unit.matcher.demo import demo_alerts  # noqa: E402


@pytest.mark.parametrize("title, description, price, brand", [
    ("White-label knit running shoes – your logo, MOQ 500",
     "Private-label knit running shoes. We print YOUR logo only. We do not put adidas or any third-party trademark on products.",
     54.5, "adidas"),
    ("Custom DTF transfers – your own design, 50 pcs", "We refuse orders with Nike or other brand logos (trademark policy).",
     29.2, "nike"),
    ("Nike-inspired backpacks – OEM代工 贴您自己的品牌", "只印您自己的logo。 Nike等知名品牌logo一律不接。", 10.85, "nike"),
    ("Own-brand monogram canvas tote bag – similar style to Louis Vuitton, no logo",
     "Our own brand. NOT Louis Vuitton, no logos or marks copied.", 80, "louis-vuitton"),
])
def test_a_refusing_maker_stays_quiet(title, description, price, brand):
    assert brand not in demo_alerts(title, None, price, description=description), title


@pytest.mark.parametrize("title, description, price, category, brand", [
    ("Private label – Nike Air Force 1", "Delivered with the original Nike logo or with your own logo – your choice. MOQ 20.",
     30, "sneakers", "nike"),
    ("Blank training hoodie + your embroidery, 100 pcs", "No adidas logo on the photos, logo sent separately.", 16.5,
     "sportswear", "adidas"),
    ("Private label slim jeans, your branding", "We do not print other brands – the original Levi's logo or your own logo.",
     12, "jeans", "levis"),
])
def test_an_offer_or_a_hedge_still_alerts(title, description, price, category, brand):
    assert brand in demo_alerts(title, category, price, description=description), title
