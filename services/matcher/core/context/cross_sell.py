"""A cross-sell of a copy beside other goods (fresh54c, issue 9).

A listing that sells one thing in its title and, in its description, offers another item as a copy ("Also selling:
<brand's item> 1:1 replica, DM", "Plus <item> mirror copy, ask", "Bundle: <item> high copy", "Bonus listing: <item>
replica", "Auch im Angebot: <item> Replik") is a counterfeit offer of that brand whatever the title sells: the item
the clause names is the goods the copy word is about, not the book, map or ticket the listing is filed under.

`cross_sold(description, marks, cues)` returns the cues that stand in such a clause: the clause opens with a
cross-sell lead, the brand's mark follows the lead within a few words, and the copy word follows the mark in the same
clause (no sentence break between them). Only cues already counted (weight > 0: not negated, not a guide's subject)
are passed in. Leads: the marketplaces' own wordings of an extra offer in the languages the context rules read
(en, de, fr, es, it, pt, nl, pl, ru, uk, tr, sv, zh, ja, ko).
"""
from __future__ import annotations

import re

# the lead of an extra offer, right before the item it offers (up to two small words between: "Also selling: the")
_LEAD = re.compile(
    r"(?i)(?<![^\W\d_])(?:also\s+(?:selling|sell|available|have|got|in\s+stock|offering|listed)|plus|bonus(?:\s+listing)?|"
    r"bundle(?:\s+deal)?|and\s+also|extra|ask\s+(?:me\s+)?(?:also\s+)?(?:about|for)|"
    r"auch\s+(?:im\s+angebot|verf[üu]gbar|da|zu\s+haben)|au[sß]erdem|ebenfalls|"
    r"(?:j'ai\s+)?aussi|[ée]galement(?:\s+dispo\w*)?|en\s+plus|vends\s+aussi|"
    r"tambi[ée]n(?:\s+(?:vendo|tengo|disponible))?|adem[áa]s|"
    r"anche|inoltre|vendo\s+anche|"
    r"tamb[ée]m(?:\s+(?:vendo|tenho|dispon[íi]vel))?|al[ée]m\s+disso|"
    r"ook(?:\s+te\s+koop)?|tak[żz]e|r[óo]wnie[żz]|"
    r"также|ещё|еще|тоже|також|"
    r"ayr[ıi]ca|"
    r"s[äa]ljer\s+(?:ocks[åa]|[äa]ven)|ocks[åa]|"
    r")(?![^\W\d_])[\s:：\-–—,!]*(?:(?:the|a|an|our|my|der|die|das|le|la|les|el|los|un|une|uno|una|um|uma)\s+)?$"
    r"|(?:另有|还有|還有|也有|另售|加购|加購|他にも|こちらも|別途|추가로|그리고|\+)\s*[:：]?\s*$")
# a sentence's or a clause's end between the mark and the copy word: the word is about something else
_BREAK = re.compile(r"[.!?;|\n。！？；]|\s[-–—]\s")
_NEAR_MARK = 40  # characters of lead before the mark looked at


def cross_sold(description: str | None, marks: list[tuple[int, int]], cues: list[tuple[int, int]]) -> set[int]:
    """Indices of `cues` (start, end in the description) that follow, in the same clause, one of `marks` (start, end
    in the description) right after a cross-sell lead."""
    if not description or not marks or not cues:
        return set()
    led = [(s, e) for s, e in marks if _LEAD.search(description[max(0, s - _NEAR_MARK):s])]
    if not led:
        return set()
    out = set()
    for i, (cs, _ce) in enumerate(cues):
        for s, e in led:
            if e <= cs and cs - e <= 80 and not _BREAK.search(description[e:cs]):
                out.add(i)
                break
    return out
