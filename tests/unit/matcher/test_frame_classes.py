"""Frame classes (traps): listings that name a brand inside a frame that sells none of its goods (a buyer's wanted post
with its marker anywhere, a service on the goods, a cue word in its trade sense, a store brand's "compare to", a job,
room, lost-and-found or raffle post, a guide to telling fakes, a dish made with the product), in several languages and
on several demo brands; and the counterfeits that borrow the frames (WTS, "compare to … same factory", a "repair
service" that ships a super clone). Answers are read from what a brand sees: whether a Match reaches its threshold.
"""

from __future__ import annotations

import pytest

from schemas import Listing
from services.matcher.core.context.subject import subject_of
from tests.unit.matcher.demo import demo_index, demo_listing


def alerted(item: Listing) -> set[str]:
    return {m.brand_id for m in demo_index().match(item)}


@pytest.mark.parametrize("title, category, price", [
    ("Rolex Submariner 126610LN - WTB, local pickup", "watches", None),
    ("[WTB] Nike Air Jordan 1 Retro High OG, paying cash", "sneakers", 0),
    ("Compro Louis Vuitton Neverfull MM usado", "handbags", None),
    ("Canada Goose Langford Parka gesucht", "parkas", None),
    ("Куплю Dyson Airwrap", "hair care", None),
    ("Sony WH-1000XM5 куплю", "headphones", None),
    ("Kupię Levi's 501 Original Fit", "jeans", 1),
    ("ロレックス サブマリーナ 高価買取", "watches", None),
    ("롤렉스 서브마리너 구합니다", "watches", 0),
    ("收一个耐克 运动鞋", "sneakers", None),
    ("高价回收 劳力士 水鬼", None, None),
    ("[Suche] 3DS MAX subscription 12 months", None, None),
    ("Cần mua Samsung Galaxy S24 Ultra", "phones", None),
    ("مطلوب Rolex Daytona", "watches", None),
])
def test_a_wanted_post_stays_quiet_wherever_its_marker_stands(title, category, price):
    assert alerted(demo_listing(title, category, price)) == set(), title


@pytest.mark.parametrize("title, description", [
    ("WTB Rolex Submariner, no fakes or replicas please", ""),
    ("Toyota Corolla air filter aranıyor", "No reps, no fakes."),
    ("收 劳力士 水鬼", "不要高仿，只收正品"),
    ("Canada Goose parka zipper repair", "We do not service replicas."),
])
def test_a_copy_the_buyer_or_the_shop_refuses_is_no_claim(title, description):
    """"No fakes please" in a wanted post or a service refuses copies: no claim of one, and no cue."""
    assert alerted(demo_listing(title, None, 0, description)) == set(), title


@pytest.mark.parametrize("title, category, price", [
    ("Canada Goose Langford Parka zipper repair", "parkas", 45),
    ("Yonex Astrox 99 restringing service", "badminton rackets", 15),
    ("Callaway driver custom fitting session", "golf clubs", 80),
    ("Reparación de Rolex Submariner", "watches", 150),
    ("Ремонт Dyson V15 Detect", "vacuum cleaners", 60),
    ("Nintendo Switch 수리", None, 40),
    ("专业维修 李维斯 直筒牛仔裤", "services", 30),
    ("Kids Lego robotics workshop, Saturday mornings", None, 25),
    ("Bose sound system for your wedding - DJ package", None, 400),
    ("Bridal makeup session using Estée Lauder products", None, 90),
    ("Tennis coaching with Wilson rackets provided", None, 40),
    ("Pfizer vaccine appointment at our pharmacy", None, 0),
])
def test_a_service_on_the_brand_s_goods_stays_quiet(title, category, price):
    assert alerted(demo_listing(title, category, price)) == set(), title


@pytest.mark.parametrize("title, category, price, description", [
    ("Up&Up hazelnut spread, compare to Nutella", "spreads", 4, ""),
    ("Equate infant formula, compare to Similac Pro-Advance", "infant formula", 19, ""),
    ("Kirkland Signature razor blades, compare to Gillette Fusion", "razor blades", 18, ""),
    ("Balea Tagescreme, vergleichbar mit L'Oréal Revitalift", "skincare", 3, ""),
    ("Amazon Basics winter parka, compare to Chilliwack", "outerwear", 660,
     "This product is not manufactured or distributed by Canada Goose."),
    ("Great Value cola 12 pack, compare to Coca-Cola", "soft drinks", 4, "Coca-Cola is a registered trademark of its owner."),
])
def test_a_store_brand_s_compare_to_statement_stays_quiet(title, category, price, description):
    assert alerted(demo_listing(title, category, price, description)) == set(), title


@pytest.mark.parametrize("title, category, price", [
    ("Hiring: sales associate at our Rolex boutique", "jobs", 20),
    ("Lost: black Apple AirPods Pro in Central Park, reward", "lost and found", None),
    ("Raffle: win a Dyson Airwrap, tickets $5", "raffles", 5),
    ("Free: old Samsung TV, works, pick up only", None, 0),
    ("Вакансия: продавец в магазин Gucci", None, 500),
    ("寻物启事：丢失 PUMA 运动服 一个，必有重谢", None, None),
    ("How to spot a fake Rolex Submariner: illustrated guide", "books", 15),
    ("Real vs fake Nike Air Jordan 1 - the complete guide, ebook", None, 9),
    ("Spot the replica: Louis Vuitton Neverfull authentication course", "courses", 25),
    ("Louis Vuitton 真假鉴别 教程", None, 10),
    ("Nutella cheesecake, homemade 8 inch", "bakery", 25),
    ("Tarta de Kinder casera", None, 18),
])
def test_a_post_a_guide_or_a_dish_naming_the_brand_stays_quiet(title, category, price):
    assert alerted(demo_listing(title, category, price)) == set(), title


@pytest.mark.parametrize("title, category, price", [
    ("Panasonic remote control, takes 2 AAA batteries", "remote controls", 9),
    ("Fernbedienung für Sony Bravia, AAA Batterien", "accessories", 12),
    ("BMW M4 1:18 scale replica, die-cast", "collectibles", 60),
    ("Replacement filter, OEM part no. for Dyson V11", "spare parts", 12),
])
def test_a_cue_word_in_its_trade_sense_stays_quiet(title, category, price):
    assert alerted(demo_listing(title, category, price)) == set(), title


@pytest.mark.parametrize("title, category, price, brand", [
    ("WTS Rolex Submariner super clone", "watches", 300, "rolex"),
    ("Selling (not WTB) Gucci Marmont bag 1:1", "handbags", 90, "gucci"),
    ("Looking for buyers: Rolex Daytona super clone", "watches", 250, "rolex"),
    ("Compare to Burberry check scarf - identical, with logo, super clone", "scarves", 40, "burberry"),
    ("Rolex Submariner repair service - we ship a super clone watch", "watches", 120, "rolex"),
    ("Giveaway Dyson Airwrap 1:1, pay shipping only", None, 25, "dyson"),
    ("Real vs fake? Ours is the 1:1 super copy Nike Dunk", "sneakers", 40, "nike"),
    ("Grade A replica Louis Vuitton Neverfull", "handbags", 80, "louis-vuitton"),
])
def test_the_frames_with_a_copy_claim_still_alert(title, category, price, brand):
    assert brand in alerted(demo_listing(title, category, price)), title


@pytest.mark.parametrize("title, kind", [
    ("Looking for buyers: Rolex 1:1", None),
    ("Lego Star Wars birthday party set 75000", None),
    ("Wilson coaching racket", None),
    ("ISO 9001 certified factory, Rolex style", None),
    ("收纳盒 适用 劳力士", None),
    ("Free shipping Nike Air Max 90", None),
    ("Estée Lauder Advanced Night Repair serum 50ml", None),
    ("Repair kit for Dyson V11", None),
    ("Rolex Submariner WTB", "a wanted post"),
    ("Found: Apple AirPods on bus 42", "a post"),
    ("Canada Goose zipper repair", "a service"),
])
def test_the_frame_words_only_in_their_frame(title, kind):
    """The frame's words out of their frame: a seller looking for buyers, a standard's number, 收纳 (storage), free
    shipping, a serum's name, a repair kit (goods)."""
    found = subject_of(title)
    assert (found.kind if found else None) == kind, title
