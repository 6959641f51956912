"""The adversary's annual-party prize classes (issue 9, lore30). The brand's goods said to be a company annual-party or
year-end lucky-draw prize, unopened (年会抽奖奖品 全新未拆, 尾牙抽中, 忘年会の景品, 연말 경품 당첨, "won at the office
Christmas raffle"), sold at a copy's price or beside a copy cue: the prize is the copy's cover story (evasion, every
brand). The same story at a shop's price with no cue is a prize resold (trap): quiet.

Written from general knowledge of resale listings of won prizes (闲鱼 "年会奖品转卖", メルカリ "景品 未開封") and of
year-end parties in China, Taiwan (尾牙), Japan (忘年会) and Korea (송년회); found by outsider27's
c_annual_party_prize27 after it was scored; none of its titles is a template here.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark
from tests.eval.adversary.genuine import make_new_retail_fair

TRAPS = {
    "trap_party_prize_fair": "the brand's goods as a company annual-party lucky-draw prize, unopened, at a shop's price, "
                             "no copy cue",
}
EVASIONS = {
    "party_prize_copy": "the brand's goods as a company annual-party lucky-draw prize, unopened, at a copy's price or "
                        "beside a copy cue, in four languages",
}

STORIES = ["won at company annual party lucky draw, sealed", "office year-end raffle prize, unopened",
           "company Christmas party lucky draw prize, brand new", "won it at the annual dinner lucky draw, never opened",
           "公司年会抽奖奖品 全新未拆", "年会奖品 抽中的 没拆封", "尾牙抽中 全新", "忘年会の景品 未開封", "会社のビンゴ景品 新品",
           "회사 송년회 경품 당첨 미개봉"]


def make_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = s.category(with_floor=True)
    low = r.random() < 0.6
    story = r.choice(STORIES)
    zh = not story.isascii()
    name = r.choice([m.value for m in b.cjk]) if zh and b.cjk and r.random() < 0.5 else _plain_mark(b, s)
    title = f"{name} {s.product(cat)} {story}"
    desc = "Won it, don't need it."
    if not low or r.random() < 0.3:
        title = f"{title} {s.cue(zh=zh and r.random() < 0.5)}"
    return Draft(_cap(title), cat, s.price(cat, low=low), desc)


def make_trap(b: BrandView, s: Scene) -> Draft | None:
    if (draft := make_new_retail_fair(b, s)) is None:
        return None
    return Draft(f"{draft.title} – {s.rng.choice(STORIES)}", draft.category, draft.price, "Won it, don't need it.")


TRAP_MAKERS = {"trap_party_prize_fair": make_trap}
EVASION_MAKERS = {"party_prize_copy": make_copy}
