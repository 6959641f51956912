"""The adversary's resale-customs classes (issue 9, ba35): genuine goods written in the conventions of Chinese, Japanese
and Korean resale, and the copies that borrow those conventions.

- trap_resale_customs_genuine: new genuine goods at or above the floor written as a department-
  store counter's beauty advisor writes them (专柜BA, 柜姐代购, 附专柜小票, "非高仿，非代工"), with Mercari/Rakuma rule
  boilerplate (プロフ必読, 即購入OK, すり替え防止, ノークレームノーリターン) and proof of purchase (レシートあり, 鑑定済み,
  正規店で購入), reserved for one buyer (〇〇様専用, 〇〇專屬), or with Korean Bunjang/Danggeun customs (택포, 네고 사절,
  번개페이, 상태 A급, 영수증 있음): quiet (retail._CJK_STANDING, a denied logo service, phrasebook's condition grades).
- resale_customs_copy: the same customs beside a copy's words (专柜品质, 专柜级, 专柜同款 1:1, N級品, スーパーコピー,
  レプリカ, A급 레플, 미러급) at any price near the floor, or at a copy's price: alerts.

Written from general knowledge of WeChat 代购, 闲鱼, Mercari/Rakuma, Bunjang and Danggeun listings; found by outsider33's
in_counter_ba_moments33, in_mercari_rules_genuine33 and in_reserved_genuine33 classes after they were seen; none of
their titles is a template here.
"""

from __future__ import annotations

from tests.eval.adversary.generate import BrandView, Draft, Scene, _cap, _plain_mark
from tests.eval.adversary.genuine import _floored, _pack, _price
from tests.eval.adversary.household import _goods

TRAPS = {
    "trap_resale_customs_genuine": "genuine goods at or above the floor in Chinese counter-BA, Japanese Mercari and "
                                   "Korean Bunjang customs with proof of purchase (receipt, authentication, the shop "
                                   "it was bought at), or reserved for one buyer; no copy cue",
}
EVASIONS = {
    "resale_customs_copy": "the same customs beside a copy's words (专柜品质, N級品, スーパーコピー, A급 레플) or at a "
                           "copy's price",
}

# (title template, description): {m} the mark, {p} the goods, {n} a buyer's name
CUSTOMS = [
    ("{m} {p} 专柜正品 柜姐代购 附小票", "本人商场{b}专柜BA，附专柜小票，可去专柜验。非高仿，非代工。"),
    ("专柜BA朋友圈 {m} {p} 专柜小票可查", "柜姐代购，会员价，小票和防伪码都在。非代工非高仿，假一赔十。"),
    ("{m} {p} 專櫃購入 附單據", "專櫃購入，附發票，可驗。非代工。"),
    ("{m} {p} 百货专柜购入 有小票", "专柜购买，收据齐全，全新未拆。"),
    ("{m} {p} 正規品 ※プロフ必読", "プロフ必読でお願いします。正規店で購入した正規品です（レシートあり）。すり替え防止のため返品不可です。即購入OK。"),
    ("【即購入OK】{m} {p} 鑑定済み 正規品", "鑑定書あり。すり替え防止のため返品・返金不可、ノークレームノーリターンでお願いします。"),
    ("{m} {p} 正規品 新品未使用", "直営店で購入しました。保証書・レシートあり。コメントなし購入OK、値下げ不可。"),
    ("{n}様専用 {m} {p} 正規品", "他の方は購入をお控えください。百貨店で購入した正規品です。レシートあり。"),
    ("{n}專屬 {m} {p} 正品", "已保留，其他人請勿下單。專櫃購入，附單據。"),
    ("{m} {p} 정품 택포 네고 사절", "백화점에서 구매했어요. 영수증 있음. 번개페이 안전결제 가능, 교환 환불 불가."),
    ("{m} {p} 정품 당근 직거래", "매장 구매 정품, 보증서 있어요. 상태 A급, 직거래 선호합니다."),
]
COPY_CUES = ["专柜品质", "专柜级", "专柜同款 1:1", "N級品", "スーパーコピー", "レプリカ", "A급 레플", "미러급"]
NAMES = ["yuki", "kate", "emma", "ming", "hana", "jisoo", "lea"]


def _fill(b: BrandView, s: Scene, cat: str) -> tuple[str, str, str, str]:
    """(title, description, mark, goods) of one of CUSTOMS for the brand's goods."""
    r = s.rng
    title, desc = r.choice(CUSTOMS)
    m, p = _plain_mark(b, s), s.product(cat)
    return _cap(title.format(m=m, p=p, n=r.choice(NAMES))), desc.format(b=b.name), m, p


def make_customs_genuine(b: BrandView, s: Scene) -> Draft | None:
    if (cat := _goods(b, s)) is None:
        return None
    title, desc, m, p = _fill(b, s, cat)
    amount, cur = _price(b, s, cat, 1.0, 1.4, m)  # at or above the floor; a pack of n sells as n units (genuine._pack)
    return Draft(title, cat, (round(amount * _pack(p), 2), cur), desc)


def make_customs_copy(b: BrandView, s: Scene) -> Draft | None:
    r = s.rng
    cat = _floored(b, s) or s.category()
    title, desc, m, _p = _fill(b, s, cat)
    if r.random() < 0.6:
        title = f"{title} {r.choice(COPY_CUES)}"
        amount, cur = _price(b, s, cat, 0.05, 1.0, m)
    else:
        amount, cur = _price(b, s, cat, 0.03, 0.2, m)
    return Draft(title, cat, (amount, cur), desc)


TRAP_MAKERS = {"trap_resale_customs_genuine": make_customs_genuine}
EVASION_MAKERS = {"resale_customs_copy": make_customs_copy}
