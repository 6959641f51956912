"""(genuine31, issue 9) A team order: kit, balls or shuttles for a club, a school or a team, bought by the dozen through
the maker's teamwear dealer ("Nike Park VII team jerseys x15 – club crest printing via Nike Team dealer", "adidas
Entrada 22 team kit x18", "Wilson Evolution basketballs x10 – school team order", "Vereinsbestellung", "pedido para
equipo", "commande club"). Teamwear catalogues price each piece well below a single retail unit's floor (the makers'
team lines - Nike Team, adidas Teamwear, PUMA teamGOAL, Jako, Joma - are sold to clubs at 40-60 % of the fan retail
price of a replica shirt, with a further club discount), so index._units judges each unit of such an order at
TEAM_ORDER_SHARE of a unit's floor instead of a multipack's share: an honest order is at a fair price, while a factory
copy's price (a few euros a shirt) stays far below it and its copy words (c_team_order28: "maker's logo embroidered,
factory copy") count as ever. Written for BrandSentry from general knowledge of teamwear dealers' and clubs' order
pages; no held-out listing's wording is copied beyond the lead's examples.
"""

from __future__ import annotations

import re

from services.matcher.core.normalise import latin_text

# the share of a unit's floor each piece of a team order is judged against (index._units)
TEAM_ORDER_SHARE = 0.35

_GATE = ("team", "club", "school", "verein", "mannschaft", "equip", "squadra", "clube", "klub", "druzyn", "drużyn",
         "kulub", "takim", "команд", "клуб", "школ", "チーム", "部活", "球队", "校队", "팀", "동호회")
_TEAM = re.compile(
    r"(?<![a-z0-9])(?:team ?(?:order|orders|kit|kits|set|sets|jerseys?|shirts?|uniforms?|wear|sports?|dealer|programme|"
    r"program|bundle|pack|package)|teamwear|teamsport|club (?:order|kit|kits|set|jerseys?|shirts?|uniforms?|bundle)|"
    r"school (?:team )?(?:order|kit|set|uniforms?)|squad (?:order|kit|set)|for your (?:club|team|school)|"
    r"(?:club|school|team) crest|vereinsbestellung|vereinsausstattung|mannschaftsbestellung|mannschaftssatz|"
    r"trikotsatz|teamausstattung|pedido (?:de|para) (?:equipo|club|clube|time)|equipaciones? (?:de|para) (?:equipo|club)|"
    r"uniformes? (?:de|para) (?:equipo|club|time)|commande (?:club|equipe|d'equipe)|tenues? (?:de|d')? ?(?:club|equipe)|"
    r"ordine (?:squadra|societa)|kit (?:squadra|societa)|divise (?:squadra|societa)|kit para (?:clube|time)|"
    r"zamowienie (?:klubowe|dla druzyny)|komplet (?:strojow|dla druzyny)|takim siparisi|"
    r"командн\w* заказ|комплект формы)(?![a-z0-9])")
_TEAM_WIDE = ("チームオーダー", "部活", "球队订制", "球队定制", "团队订购", "校队", "팀 단체", "단체 주문", "팀오더")


def team_order(title: str, description: str | None = None) -> str | None:
    """The words that say the listing is a team order (a club's, school's or team's kit or gear by the dozen), in the
    title or the description's first 200 characters, else None. Pure; a substring gate first."""
    text = f"{title}\n{(description or '')[:200]}"
    folded = text.casefold()
    if not any(g in folded for g in _GATE):
        return None
    if (m := _TEAM.search(" ".join(latin_text(folded).split()))) is not None:
        return m.group(0)
    return next((w for w in _TEAM_WIDE if w in text), None)
