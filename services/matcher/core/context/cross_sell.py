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
from services.matcher.core.prefilter import gated

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


# ---------------------------------------------------------------------------------------------------------- said of
# (hiding55, issue 9) The copy word said of the brand's item wherever the seller hides it: a listing that sells a
# neighbour brand's goods in its title and category ("Gilet quilted vest", "Lipton tea", "Nesco dehydrator") and says,
# in a place or a shape the other readers read as no claim, that it is the brand's copy:
#
# - glued to the mark, as a hashtag or a handle is: "#rolexrep", "#guccibagrep", "#nikedunkreps", "#pfizerdupe" (the
#   mark, up to a dozen letters of its goods, the copy trade's word at the end: GLUED_COPY);
# - a bare copy word right after the mark and its model's words, ending the phrase ("our Gillette copy 10.50 USD",
#   "Barbie copy", "Bandai copy"): associations.copy_words' spans (no copy of a book, a receipt or "copy paper");
# - in the item's own URL slug, which the marketplace writes from the first title, with the copy word after the mark
#   (".../item/123/gillette-fusion5-proglide-blades-8-pack-replica-1-1"): the URL path is text too;
# - the mark named as the genuine article the goods are held against, with a copy cue elsewhere in the text: a quoted
#   buyer's review ("“can't tell it from a genuine Apple”. Mirror copy."), a likeness ("looks exactly like my real
#   Samsung"), a retail-price anchor ("The Adobe Creative Cloud ... is 660 USD in store, ours 83.90 USD. 1:1 copy.").
#
# Each makes the copy cue stand however far the title's goods are from the brand's (judge.corroboration, rule `cue`, the
# evidence says SAID_OF_MARK). Their honest twins name nothing new: a fan's hashtag ("#rolexwatch", "#nikerunning"), a
# genuine item's slug ("/gillette-fusion5-razor"), a genuine review ("genuine Apple, sealed"), an honest RRP comparison
# ("RRP 33 USD, ours 10.50 USD, genuine, sealed") hold no copy word; a denied or scale-model cue has weight 0 and is not
# read. Written for BrandSentry from how replica sellers tag and slug their posts on social marketplaces (Instagram,
# Depop, Carousell hashtags; marketplaces' item slugs) and how they pitch ("1:1, can't tell from the real one", "retail
# $9,100 / yours $180"), in the languages of phrasebook.py; nothing here is taken from a held-out set.
SAID_OF_MARK = "the copy word is said of the brand's item (rule: copy said of the mark)"
GLUED_COPY = ("replicas", "replica", "reps", "rep", "clones", "clone", "copies", "copy", "fakes", "fake", "dupes", "dupe",
              "knockoffs", "knockoff", "1to1", "1x1", "superclone", "superfake", "replika", "kopie", "copia", "aaa")
# (the goods' letters before the copy word are none or three and more: "#nikeprep" is no "rep")
_GLUED_REST = re.compile(r"^[a-z0-9]{0,12}?(%s)$" % "|".join(GLUED_COPY))
_SLUG_LEADS = frozenset({"new", "hot", "sale", "top", "best", "cheap", "original", "genuine", "neu", "nuevo", "nouveau",
                         "novo", "nuovo", "nowy"})
_SLUG_WORD = re.compile(r"[^\W_]+")  # a slug's word, as index._said_of_mark cuts it
# the mark's model words between the mark and a bare copy word (up to three), and nothing but the end of the phrase after
# it (a price, a comma, the end): "Gillette copy 10.50", not "Canon copy machine" (associations._NOT_AFTER) or "copy cat"
_MODEL_WORDS = re.compile(r"^(?:[\s\-–]+[\w\-\.]+){0,3}?[\s\-–]+$")
_PHRASE_END = re.compile(r"^(?:\s*$|\s*[^\w\s]|\s*\d)")
# the mark named as the genuine article: right before it
_GENUINE = (r"(?:genuine|real|original|authentic|legit|retail|echte[nrs]?|originale?|vrai|vraie|authentique|verdadero|"
            r"verdadera|aut[ée]ntic[oa]|verdadeir[oa]|vero|vera|prawdziw[aey]|оригинальн\w+|настоящ\w+|ger[cç]ek|asli)")
_ARTICLE = r"(?:(?:a|an|the|my|your|our|ein|eine|einen|mein|meine|das|der|die|un|une|le|la|mon|ma|el|mi|o|um|uma|meu|minha|il|lo|mój|moja)\s+)?"
_REFERENCE_BEFORE = gated(re.compile(
    r"(?i)(?:tell\s+(?:it|them|this|that|these|the\s+difference)?\s*(?:apart\s+)?from|(?:looks?|looking|feels?|smells?|works?|"
    r"sounds?|is|just|exactly)\s+(?:exactly\s+|just\s+|identical\s+)?like|same\s+as|identical\s+to|indistinguishable\s+from|"
    r"no\s+different\s+from|as\s+good\s+as|(?:sieht|wie)\s+(?:aus\s+)?wie|comme|como|come|jak|как|gibi)\s+"
    + _ARTICLE + _GENUINE + r"\s+$"))
# a retail price anchor right after the mark's item, in the same sentence: "<item> is 660 USD in store, ours 83.90 USD",
# "<item> retail $9,100 / yours $180", "RRP 72 PLN, ours 26"
_ANCHOR_AFTER = gated(re.compile(
    r"(?i)^[^!?\n;]{0,80}?(?<![^\W\d_])(?:is|are|costs?|retails?(?:\s+(?:at|for))?|sells?\s+for|rrp|msrp|uvp|list\s+price|"
    r"kostet|co[uû]te|cuesta|custa|costa|kosztuje|стоит)(?![^\W\d_])[^!?\n;]{0,40}?\d[^!?\n;]{0,50}?(?<![^\W\d_])"
    r"(?:ours|yours|our\s+price|your\s+price|here|mine|unser\w*|le\s+n[ôo]tre|la\s+n[ôo]tre|el\s+nuestro|la\s+nuestra|"
    r"o\s+nosso|a\s+nossa|il\s+nostro|nasz\w*|наш\w*|bizimki)(?![^\W\d_])"))


def said_of_mark(fields: dict[str, str], marks: list[tuple[str, int, int, str]], bare: list[tuple[str, int, int]],
                 slug: list[str], slug_marks: list[str]) -> tuple[list[tuple[str, int, int, str]], bool, bool]:
    """The copy words said of the brand's item (see above).

    fields: {"title": ..., "description": ...}; marks: (field, start, end, term) of the brand's marks as written in them;
    bare: (field, start, end) of the bare copy words (associations.copy_words); slug: the words of the item's own URL
    slug, lower case; slug_marks: the brand's words read in the slug (its identity evidence of field `url`), lower case.
    Returns (the glued or bare copy words bound to a mark: (field, start, end, word)), whether the slug names the mark
    with a copy word after it, whether a mark is named as the genuine article the goods are held against (a review's
    likeness or a retail-price anchor)."""
    bound: list[tuple[str, int, int, str]] = []
    referenced = False
    for field, start, end, term in marks:
        said = fields.get(field) or ""
        # the whole token the mark begins ("#guccibagrep": gucci + "bagrep"; a compound read whole, "pfizerdupe")
        token_end = end
        while token_end < len(said) and said[token_end].isalnum():
            token_end += 1
        compound = said[start:token_end].casefold()
        mark = "".join(ch for ch in term.casefold() if ch.isalnum())
        rest = compound[len(mark):] if compound.startswith(mark) else ""
        if rest and (start == 0 or not said[start - 1].isalnum()) and (m := _GLUED_REST.match(rest)) \
                and m.group(1) is not None and (m.start(1) == 0 or m.start(1) >= 3):
            bound.append((field, start, token_end, said[start:token_end]))
        for f, s, e in bare:
            if f == field and s >= end and _MODEL_WORDS.match(said[end:s]) and not _BREAK.search(said[end:s]) \
                    and _PHRASE_END.match(said[e:e + 12]):
                bound.append((f, s, e, said[s:e]))
        if not referenced:
            referenced = bool(_REFERENCE_BEFORE.search(said[max(0, start - 60):start]) or _ANCHOR_AFTER.match(said[end:end + 200]))
    slugged = False
    if slug and slug_marks:
        # the mark's words in the slug's ("coca-cola" is two of them)
        firsts = {words[0]: len(words) for m in slug_marks if (words := _SLUG_WORD.findall(m))}
        # the mark opens the slug, as it opens the first title it was written from (after a word of the offer's: "new-"):
        # "lego-galaxy-explorer-copy" calls a LEGO set a copy, no Samsung Galaxy
        at = 0 if slug[0] in firsts else 1 if len(slug) > 1 and slug[0] in _SLUG_LEADS and slug[1] in firsts else None
        if at is not None:
            after = slug[at + firsts[slug[at]]:]
            slugged = any(w in GLUED_COPY or w in ("copy", "replica", "fake", "clone") for w in after) or any(
                a == "1" and b == "1" for a, b in zip(after, after[1:]))
    return bound, slugged, referenced


def item_slug(path: str) -> list[str]:
    """The words of a URL path's last segment, the item's own slug, lower case ("/item/1/Coca-Cola-330ml-replica-1-1/" ->
    coca, cola, 330ml, replica, 1, 1)."""
    path = path.rstrip("/")
    return _SLUG_WORD.findall(path[path.rfind("/") + 1:].casefold())
