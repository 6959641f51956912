"""The brand named by its stock ticker or its official account (issue 9, outsider15's `c_stock_ticker_code`,
`c_brand_account_tag`): the registry's `tickers` (the brand's or its listed parent's symbols: NKE, BRBY, TPR for Tapestry,
CFR for Richemont, 7974.T) and `handles` (official accounts and store domains that are no mark written plainly:
theofficialpandora, adidasoriginals, jumpman23, omegawatches) are read as nicknames: in the brand's category with a cue
or a price far below the floor. A finance page, a 'follow us' line of another seller's goods and the goods at a shop's
price stay quiet. A handle's "@", a cashtag's "$" and a hashtag's "#" open a word (leetspeak reads "@" and "$" as
letters elsewhere)."""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_alerts


def _said(match) -> list[str]:
    return [s.detail or "" for s in match.signals if s.weight > 0]


@pytest.mark.parametrize(("title", "category", "price", "currency", "brand", "said"), [
    ("BRBY check scarf replica", "scarves", 128.0, "CAD", "burberry", "the stock ticker 'BRBY'"),
    ("$NKE dunk low replica", "sneakers", 29.0, "USD", "nike", "the stock ticker 'NKE'"),
    ("NYSE:TPR tabby shoulder bag 1:1", "handbags", 40.0, "USD", "coach", "the stock ticker 'NYSE:TPR'"),
    ("7974.T handheld console super copy", "consoles", 30.0, "USD", "nintendo", "the stock ticker '7974.T'"),
    ("CFR.SW love bracelet replica", "jewelry", 100.0, "USD", "cartier", "the stock ticker"),
    ("PNDORA charm bracelet AAA quality", "jewelry", 20.0, "USD", "pandora", "the stock ticker 'PNDORA'"),
    ("@theofficialpandora charms copy", "jewelry", 58.0, "BRL", "pandora", "the official account 'theofficialpandora'"),
    ("ig: jumpman23 retro 4 replica", "sneakers", 30.0, "USD", "nike", "umpman"),  # the logo name Jumpman inside it counts first
    ("as seen on @omegawatches diver watch 1:1", "watches", 150.0, "USD", "omega", "the official account 'omegawatches'"),
])
def test_a_ticker_or_official_account_with_a_copy_alerts_and_says_which(title, category, price, currency, brand, said):
    found = demo_alerts(title, category, price, currency=currency)
    assert set(found) == {brand}, found
    assert any(said in d for d in _said(found[brand])), _said(found[brand])


@pytest.mark.parametrize(("title", "category", "price", "currency"), [
    ("NKE stock analysis: earnings beat, shares up 5%, PDF report", "books", 15.0, "USD"),
    ("Framed share certificate BRBY, 10 shares, collectors item", "collectibles", 120.0, "USD"),
    ("Investing handbook: TPR, AAPL, MSFT and 20 more dividend stocks", "books", 22.0, "USD"),
    ("Scented soy candle, follow us @candlesbymaria - we follow @theofficialpandora posts too", "candles", 12.0, "USD"),
    ("Yoga mat 6mm, featured next to @adidasoriginals at the expo", "yoga mats", 18.0, "USD"),
    ("BRBY check scarf, cashmere, new with tags", "scarves", 600.0, "USD"),  # the goods at a shop's price, no cue
    ("$500 cash for a used bike", "bicycles", 500.0, "USD"),
])
def test_tickers_and_accounts_that_name_no_copy_stay_quiet(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) == {}


@pytest.mark.parametrize(("title", "category", "price", "currency", "brand"), [
    ("as seen on @gucciofficial belt replica", "belts", 30.0, "USD", "gucci"),
    ("@dysonofficial airwrap copy 1:1", "hair care", 60.0, "USD", "dyson"),
    ("@therealburberry scarf AAA quality", "scarves", 25.0, "USD", "burberry"),
    ("1比1 IG @adidasuk soccer boots", "soccer", 35.0, "USD", "adidas"),  # a regional account
    ("@nikekr dunk low 1:1", "sneakers", 40.0, "USD", "nike"),
])
def test_an_account_glued_from_the_mark_with_a_copy_alerts(title, category, price, currency, brand):
    found = demo_alerts(title, category, price, currency=currency)
    assert set(found) == {brand}, found
    assert any("account's handle" in d for d in _said(found[brand])) or brand == "burberry"


@pytest.mark.parametrize(("title", "category", "price", "currency"), [
    ("Handmade leather belt, follow @guccimaniac for more", "belts", 300.0, "USD"),
    ("Leather belt, brown, 110cm, follow @gucciofficial", "belts", 450.0, "USD"),
    ("Scented candle, tag @gucciofficial in your photos", "candles", 12.0, "USD"),
    ("Leather belt, brown, 110cm, follow @gucciuk", "belts", 450.0, "USD"),
])
def test_an_account_glued_from_the_mark_without_a_copy_stays_quiet(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) == {}
