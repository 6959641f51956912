"""closet37 (issue 9): an owner's wardrobe clear-out read as a private owner's used sale (context/condition.py
owner_resale, CLOSET_SCALE), counter stock with its labels cut read as outlet stock (TERMS "outlet", COUNTER_STOCK),
the Nordic boards' private-sale conventions (private_resale), a wardrobe's clear-out no cleaning service (care.py), and
Thai polite particles no mark (transliteration.GOODS). Their copy twins stay loud."""

from __future__ import annotations

import pytest

from services.matcher.core.context.care import service_act
from services.matcher.core.context.condition import (CLOSET_SCALE, PRIVATE_SCALE, TRAVEL_SCALE, ConditionReader,
                                                     owner_resale, private_resale)
from services.matcher.core.normalise import ListingText
from schemas import Listing


@pytest.mark.parametrize("title, description", [
    ("Closet clean-out: Puma Suede Classic (authentic)", "Clearing my closet. Genuine, receipt in photos."),
    ("Coach New York crossbody bag – wardrobe clear-out", "Clearing out my wardrobe, genuine."),
    ("Vide dressing – Gucci belt authentique", "Je vide mon dressing, porté quelques fois."),
    ("Kleiderschrank ausmisten: Canada Goose Parka", "Ich miste aus, wenige Male getragen."),
    ("Levi's 501 – limpieza de armario", "Vacío mi armario, original."),
    ("Czyszczenie szafy: Nike Air Max", "Oryginalne, z paragonem."),
    ("Burberry scarf 断舍离 正品", "断舍离出闲置，穿过几次。"),
    ("Omega Seamaster 断捨離 正規品", "数回使用しました。"),
    ("나이키 운동화 옷장 정리 정품", "몇 번 착용했어요."),
])
def test_wardrobe_clear_out_is_an_owners_used_sale(title, description):
    said = owner_resale(ListingText(title, description))
    assert said is not None and said.kind == "used" and said.scale is CLOSET_SCALE


@pytest.mark.parametrize("title, description", [
    ("Closet clean-out! Rolex Daytona (high copy)", "Some pieces are legit, this one is a high copy."),
    ("Vide dressing – Gucci belt (réplique)", "Certaines pièces sont vraies, celle-ci est une réplique."),
    ("Kleiderschrank ausmisten: Canada Goose Parka (Fake 1:1)", "Ich miste aus."),
    ("Burberry scarf 断舍离", "这件是高仿。"),
    ("Closet clean-out: Nike Dunk", "Bought 5, all sizes available."),
    ("Closet clean-out: Nike Dunk", "Sizes 36-44 in stock."),
    ("Closet clean-out: Nike Dunk brand new with tags", "Never worn."),
])
def test_copy_stock_or_new_twins_not_read(title, description):
    assert owner_resale(ListingText(title, description)) is None


def test_travel_reading_kept():
    said = owner_resale(ListingText("Canon EOS R6 – after the trip", "Took it on my holiday, receipt from the shop."))
    assert said is not None and said.scale is TRAVEL_SCALE


def _listing(title, description=""):
    return Listing.model_validate({"listing_id": "x", "marketplace": "taobao", "url": "https://t.example/x",
                                   "title": title, "description": description, "category": "handbags",
                                   "price": {"amount": 100, "currency": "USD"},
                                   "seller": {"id": "s", "name": "s", "country": "CN"}, "ship_from": "CN",
                                   "observed_at": "2026-12-01T00:00:00+00:00", "attributes": {}, "images": []})


@pytest.mark.parametrize("title, description", [
    ("迈克高仕 tote 剪标 正品 专柜撤柜", "专柜撤柜货，剪标是为了防止回流专柜退货。"),
    ("Coach tote 專櫃撤櫃 剪標 正品", "專櫃撤櫃貨。"),
    ("Wilson official size 7 basketball 剪标 正品 专柜撤柜", ""),
    ("Coach Tabby タグカット品 正規品", "百貨店の催事流れです。"),
])
def test_counter_stock_is_outlet(title, description):
    listing = _listing(title, description)
    condition = ConditionReader().read(listing, ListingText(title, description))
    assert condition.scale is not None and condition.why is not None and condition.why.kind == "outlet"


def test_copy_tag_cut_is_no_outlet():
    title = "迈克高仕 Michael Kors tote 剪标 1:1 专柜同款"
    condition = ConditionReader().read(_listing(title), ListingText(title, ""))
    assert condition.why is None or condition.why.kind != "outlet"


def test_nordic_private_sale_with_receipt():
    said = private_resale(ListingText("Michael Kors Jet Set tote äkta", "Äkta, kvitto finns. Kan mötas i Göteborg. Swish."))
    assert said is not None and said.scale is PRIVATE_SCALE
    assert private_resale(ListingText("Michael Kors tote", "Inget kvitto. Kan mötas. Swish.")) is None
    assert private_resale(ListingText("Michael Kors tote fejk", "Kvitto finns. Kan mötas. Swish.")) is None


@pytest.mark.parametrize("title, expected", [
    ("Czyszczenie szafy: Omega Speedmaster", None),
    ("Pandora necklace – limpieza de armario", None),
    ("чистка гардероба: Gucci", None),
    ("Limpieza de zapatillas Nike", "limpieza"),
    ("Czyszczenie butów Nike", "czyszczenie"),
    ("Химчистка пуховика Canada Goose", "химчистка"),
])
def test_wardrobe_clear_out_is_no_cleaning_service(title, expected):
    assert service_act(title) == expected
