"""The adversary's crane-game prize classes. The rule: a prize line a brand really makes for arcade crane games and
lotteries (Bandai Spirits' Banpresto prize figures and Ichiban Kuji, Mattel's Hot Wheels mainline cars won at a claw
machine) is the brand's genuine goods, and a win of it resold at a prize item's price must stay quiet; while a 'claw
machine prize version / 夹娃娃机奖品版 / UFOキャッチャー景品 プライズ版' of goods no brand puts in a crane (handbags,
watches, parkas, golf drivers, perfume ...) is an edition the brand never makes, a copy at a copy's price, and must
alert, for every brand.

Written from general knowledge of crane-game prize resale listings (Mercari, Yahoo! Auctions, Xianyu, Carousell, eBay:
'プライズ品', 'UFOキャッチャー景品', '一番くじ A賞', '景品', 'claw machine win') and of the 'prize version' framing copies
use; the prize lines are those the registry declares as the brand's marks or lines (Banpresto, Ichiban Kuji, Hot
Wheels), nothing of the matcher and no held-out listing was read.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _fold

TRAPS = {
    "trap_claw_prize_genuine": "a genuine prize line the brand makes for crane games and lotteries (Banpresto, Ichiban "
                               "Kuji, Hot Wheels mainline) won at a claw machine and resold at a prize item's price, in "
                               "English, Japanese and Chinese",
}
EVASIONS = {
    "fake_claw_prize_version": "the brand's goods as a 'claw machine prize version' (夹娃娃机奖品版, UFOキャッチャー景品 "
                               "プライズ版, 인형뽑기 경품판), an edition no brand makes, at a copy's price",
}

# prize lines by brand: the registry must declare the word as one of the brand's marks or lines to be used
PRIZE_LINES = {"bandai": ["Banpresto", "バンプレスト", "Ichiban Kuji"], "mattel": ["Hot Wheels"]}
CHARACTERS = ["One Piece Luffy", "Dragon Ball Goku", "Demon Slayer Tanjiro", "Jujutsu Kaisen Gojo", "Gundam RX-78-2",
              "Chainsaw Man Power", "Naruto Kakashi", "Spy x Family Anya"]
WON = [("en", "{l} prize figure {c} – claw machine win, sealed"), ("en", "{l} {c} figure, won at the arcade crane game, new"),
       ("en", "{l} {c} prize item – UFO catcher win, box unopened"), ("ja", "{l} {c} プライズ フィギュア UFOキャッチャー景品 未開封"),
       ("ja", "{l} {c} 景品 フィギュア クレーンゲームで獲得"), ("zh", "{l} {c} 景品手办 娃娃机抓到的 正版 未拆"),
       ("zh", "{l} {c} 夹娃娃机景品 正版 全新未拆")]
CARS = [("en", "{l} mainline 5 cars – won from claw machine, carded"), ("en", "{l} 2024 mainline, claw machine prize, sealed card"),
        ("ja", "{l} ベーシックカー UFOキャッチャー景品 未開封"), ("zh", "{l} 合金小车 娃娃机抓的 正版 全新")]
DESCRIPTIONS = ["Official prize item, genuine. From my arcade wins.", "正规景品，正版", "正規プライズ品です", ""]


def make_claw_prize_genuine(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    registered = {_fold(m.value) for m in b.marks + [w for _, w in b.vocabulary]}
    lines = [l for l in PRIZE_LINES.get(b.id, []) if _fold(l) in registered]
    if not lines:
        return None
    line = r.choice(lines)
    cars = b.id == "mattel"
    category = "die-cast cars" if cars and "die-cast cars" in b.categories else s.category(with_floor=True)
    _, frame = r.choice(CARS if cars else WON)
    title = frame.format(l=line, c=r.choice(CHARACTERS))
    amount, cur = s.price(category)
    if cars:  # five cars on the card or in the lot: five units' price
        amount = round(amount * 5, 2)
    return Draft(_cap(title), category, (amount, cur), r.choice(DESCRIPTIONS))


PRIZE_VERSION = ["{g} – claw machine prize version", "{g} claw machine prize edition, not shop version",
                 "{g} 夹娃娃机奖品版", "{g} 娃娃机景品版 非专柜", "{g} UFOキャッチャー景品 プライズ版", "{g} クレーンゲーム景品版",
                 "{g} 인형뽑기 경품판", "{g} – versión premio de máquina de garra", "{g} – version lot de machine à pince"]


def make_fake_claw_prize_version(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    marks = [m.value for m in b.marks if not m.everyday] or [b.name]
    category = s.category(with_floor=True)
    goods = f"{r.choice(marks)} {s.product(category)}"
    title = r.choice(PRIZE_VERSION).format(g=goods)
    low = r.random() < 0.5
    return Draft(_cap(title), category, s.price(category, low=low),
                 r.choice(["won at arcade, not shop version", "prize edition, not original box", ""]))


TRAP_MAKERS = {"trap_claw_prize_genuine": make_claw_prize_genuine}
EVASION_MAKERS = {"fake_claw_prize_version": make_fake_claw_prize_version}
