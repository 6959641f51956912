"""A mention that offers nothing (news32, issue 9): headlines and press pieces, a sponsor's event media, exhibition
catalogues, storybooks, interpreters, and the brand's name alone stay quiet; their counterfeit twins still alert.
Read on the demo registry (deploy/seed/registry.yaml)."""

from __future__ import annotations

import pytest

from services.matcher.core.context.mentions import news_of, offer_word
from tests.unit.matcher.demo import demo_alerts

BRANDS = [("rolex", "Rolex", "watch"), ("nike", "Nike", "sneakers"), ("gucci", "Gucci", "belts"),
          ("bose", "Bose", "headphones"), ("lego", "LEGO", "building set")]

HEADLINES = ["{m} opens new flagship store", "News: {m} reports quarterly results", "{m} recalls a batch of {p}",
             "BREAKING – {m} announces new CEO", "Pressemitteilung: {m} eröffnet neue Filiale",
             "{m} annonce ses résultats trimestriels", "Noticia: {m} abre nueva tienda en Madrid",
             "Notizia: {m} apre un nuovo negozio", "Wiadomości: {m} otwiera nowy sklep", "Новости: {m} открывает новый магазин",
             "Son dakika: {m} yeni mağaza açtı", "Berita: {m} mengumumkan laba bersih",
             "Tin tức: {m} công bố kết quả kinh doanh", "【新闻】{m}宣布季度业绩", "속보: {m} 분기 실적 발표"]


@pytest.mark.parametrize("template", HEADLINES)
@pytest.mark.parametrize("brand", BRANDS, ids=[b[0] for b in BRANDS])
def test_a_headline_about_the_company_stays_quiet(brand, template):
    brand_id, mark, noun = brand
    assert brand_id not in demo_alerts(template.format(m=mark, p=noun), description="News item.")


@pytest.mark.parametrize("title", ["BREAKING: 1:1 {m} {p} restock, DM", "News: {m} {p} replica in stock",
                                   "{m} {p} 1:1, DM for price", "{m} {p} in stock, WhatsApp",
                                   "Pressemitteilung: {m} {p} Fälschung, Versand aus China"])
@pytest.mark.parametrize("brand", BRANDS, ids=[b[0] for b in BRANDS])
def test_a_copy_or_an_offer_dressed_as_news_still_alerts(brand, title):
    brand_id, mark, noun = brand
    assert brand_id in demo_alerts(title.format(m=mark, p=noun))


@pytest.mark.parametrize("title", ["Match DVD – full commentary, {m} Cup final", "{m} Open – official programme, day 3",
                                   "Exhibition catalogue: {m} – 100 years", "Bedtime stories with {m} characters",
                                   "ASL interpreter booked for the {m} store event", "Ausstellungskatalog: {m} – 100 Jahre"])
@pytest.mark.parametrize("brand", BRANDS, ids=[b[0] for b in BRANDS])
def test_event_media_catalogues_storybooks_and_interpreters_stay_quiet(brand, title):
    brand_id, mark, _ = brand
    assert brand_id not in demo_alerts(title.format(m=mark), price=25.0)


@pytest.mark.parametrize("title", ["Match DVD + {m} Cup final {p} replica 1:1", "{m} Cup final {p} super copy"])
@pytest.mark.parametrize("brand", BRANDS, ids=[b[0] for b in BRANDS])
def test_a_copy_in_an_events_name_still_alerts(brand, title):
    brand_id, mark, noun = brand
    assert brand_id in demo_alerts(title.format(m=mark, p=noun), price=12.0)


@pytest.mark.parametrize("title", ["{m}", "Thoughts on {m}?", "#{m}", "Who remembers {m}?"])
@pytest.mark.parametrize("brand", BRANDS, ids=[b[0] for b in BRANDS])
def test_the_name_alone_with_nothing_offered_stays_quiet(brand, title):
    brand_id, mark, _ = brand
    assert brand_id not in demo_alerts(title.format(m=mark))


@pytest.mark.parametrize("title", ["N1ke", "R0LEX", "Rolex Submariner", "Bose QuietComfort", "Gucci, DM me", "Rolex, WhatsApp"])
def test_a_disguise_a_line_or_an_offer_is_more_than_the_name(title):
    assert demo_alerts(title)


def test_the_name_alone_at_a_price_or_in_its_category_is_judged_as_before():
    assert "rolex" in demo_alerts("Rolex", category="watches")
    assert "rolex" in demo_alerts("Rolex", price=40.0)


def test_the_readings():
    assert news_of("Callaway opens new flagship store", "", None) == "opens new flagship store"
    assert news_of("Callaway opens new flagship store", "", 40.0) is None  # a headline's verb needs no price
    assert news_of("News: Bandai reports quarterly results", "", None) == "news"
    assert news_of("News: Bandai reports quarterly results", "", 5.0) is None  # a label at a price: a copy may wear it
    assert news_of("News: Bandai reports quarterly results", "Press article, no sale.", 5.0) == "press article"
    assert news_of("BREAKING: Rolex Submariner restock, DM", "", None) is None
    assert news_of("Opens easily, leather wallet", "", None) is None  # a verb needs the company before it
    assert offer_word("Gucci belts in stock, WhatsApp") == "in stock"
    assert offer_word("耐克 现货") == "现货"
    assert offer_word("Callaway opens new flagship store") is None
