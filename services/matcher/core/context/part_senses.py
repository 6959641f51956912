"""Everyday-word marks in their sense of a part of other goods: a key fob's "shell", a headset's "power switch" (tools26);
and (edge57) an "office suite", the generic name of the category Microsoft's Office is one of.

"Shell" (the oil brand) is also the housing of a key fob, a remote, a controller or a phone, sold as a part ("key fob
shell", "replacement shell", "shell case"), and an outer garment's layer ("hard shell", "rain shell"); "Switch"
(Nintendo's console) is also the electrical switch of any device ("power switch", "slide switch", "toggle switch") and
the verb ("switch to Bluetooth", "auto-switch between devices"). In those phrases the word names the goods' part or an
action, not the brand: it counts for nothing unless another word of the brand names it ("Switch Lite shell" still
names Nintendo through its line).

Source: the words' dictionary senses (Merriam-Webster, "shell" 3a: a casing without substance; 5: an outer garment
layer; "switch" 3a: a device for making, breaking, or changing the connections in an electrical circuit; 2: to shift
or change), and the part names marketplaces file replacement housings and switches under (eBay "Car Key Fob Shells",
AliExpress "Remote Key Shell Case", "Controller Shell", "Rocker Switch", "Toggle Switch"). Cost: one regular expression
over the matched word's neighbourhood for each everyday-word mark among SENSES; nothing for the rest.
"""

from __future__ import annotations

import re

from schemas import Rule
from services.matcher.core.scoring import IDENTITY_RULES, Evidence

# the word before (a part's owner or kind) and after that make it a part, per mark (casefolded)
_SHELL_BEFORE = ("key", "fob", "keyfob", "remote", "controller", "gamepad", "console", "phone", "watch", "case", "laptop",
                 "mouse", "keyboard", "lighter", "replacement", "housing", "transparent", "clear", "hard", "soft", "rain",
                 "outer", "protective", "back", "front", "flip", "shockproof", "silicone", "plastic", "carbon", "egg",
                 "sea", "snail", "turtle", "tortoise", "crab", "oyster", "pistachio", "walnut", "coconut", "nut", "taco",
                 "pie", "tart", "pastry")
_SHELL_AFTER = ("case", "cover", "covers", "housing", "casing", "replacement", "jacket", "pants", "trousers", "suit",
                "with key", "with blade", "with buttons")  # not "for": "Shell for diesel engines" is the oil
_SWITCH_BEFORE = ("power", "light", "toggle", "rocker", "push", "slide", "slider", "dip", "reed", "limit", "pressure",
                  "key", "knob", "mode", "network", "ethernet", "kvm", "hdmi", "usb", "wall", "dimmer", "on/off", "off",
                  "micro", "tactile", "mechanical", "pairing", "selector", "auto", "auto-", "ignition", "window",
                  "mirror", "brake", "kill", "foot", "pedal", "smart", "wifi", "wi-fi", "poe", "gigabit", "port")
_SWITCH_AFTER = ("to", "between", "off", "modes", "mode", "panel", "plate", "socket", "cover", "position", "symbol",
                 "until")  # not "on" or "box": "Switch on sale", "Switch box only" may be the console's
# (edge57, issue 9) "office" (Microsoft's Office) in the generic name of its own category, the office suite any maker
# sells ("OEM office suite licence", "WPS Office", "free office suite"), and the workplace ("home office", "office chair")
_OFFICE_BEFORE = ("wps", "libre", "open", "only", "free", "home", "back", "head", "post", "box", "dental", "law", "tax",
                  "ticket", "polaris", "kingsoft", "your own")
_OFFICE_AFTER = ("suite", "suites", "chair", "chairs", "desk", "desks", "supplies", "furniture", "space", "building",
                 "rental", "for rent", "to let")
# read only as written in lower case, and not beside the brand's shorthand or an edition of the product (MS, 2021, 365)
_AS_WRITTEN_ONLY = frozenset({"office"})
_OFFICE_NAMED = re.compile(r"(?<![\w])(?:ms|m\$|microsoft)[\s\-]*office|office(?:[\w\s\-]{0,10})(?:20[0-3]\d|365|pro ?plus)",
                           re.IGNORECASE)
# marks whose part or generic sense holds even where another word of the brand is named: "office suite … such as
# Microsoft" compares a maker's own suite with the brand's (negation.py then reads the comparison); a brand named plainly
# still counts by its own word
_SENSE_BESIDE_THE_BRAND = frozenset({"office"})
SENSES = {
    "office": (_OFFICE_BEFORE, _OFFICE_AFTER, "the generic office suite or a workplace"),
    "shell": (_SHELL_BEFORE, _SHELL_AFTER, "a housing or outer layer (a part's shell)"),
    "switch": (_SWITCH_BEFORE, _SWITCH_AFTER, "an electrical switch or the verb 'to switch'"),
}


def _words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_BEFORE = {k: re.compile(r"(?:^|[^\w])(?:" + _words(b) + r")[\s\-]*$", re.IGNORECASE) for k, (b, _, _) in SENSES.items()}
_AFTER = {k: re.compile(r"^[\s\-]*(?:" + _words(a) + r")(?:$|[^\w])", re.IGNORECASE) for k, (_, a, _) in SENSES.items()}


def part_sense(word: str, text: str, start: int, end: int) -> str | None:
    """The sense in which `word` (a mark among SENSES, text[start:end]) names a part or an action, or None:
    "a housing or outer layer (a part's shell)" for the "shell" of "key fob shell"."""
    key = word.casefold()
    if key not in SENSES:
        return None
    if text[start:end].isupper() and len(word) > 1:  # "SHELL", "SWITCH" in capitals: a mark written as one
        return None
    if key in _AS_WRITTEN_ONLY and (not text[start:end].islower() or _OFFICE_NAMED.search(text[max(0, start - 12):end + 16])):
        return None  # "Office suite", "MS office suite", "office suite 2021": the product, capitalised or by its edition
    if _BEFORE[key].search(text[max(0, start - 24):start]) or _AFTER[key].match(text[end:end + 24]):
        return SENSES[key][2]
    return None


def part_words(found: list[Evidence], title: str, description: str) -> None:
    """One brand's evidence, in place: an everyday-word mark in its part or action sense counts for nothing, unless
    another word of the brand names it; a note (rule everyday_word) says why. Run before a brand yields to another
    (the matcher's index.py), so that a key fob's "shell" hides no car maker's engine code."""
    read = [(e, sense) for e in found if e.everyday and e.rule in IDENTITY_RULES and e.weight > 0 and e.term
            and e.start is not None and e.end is not None and e.field in ("title", "description")
            and e.term.casefold() in SENSES
            and (sense := part_sense(e.term, title if e.field == "title" else description, e.start, e.end)) is not None]
    if read and any(e.rule in IDENTITY_RULES and e.weight > 0 and all(e is not x for x, _ in read) for e in found):
        read = [(e, sense) for e, sense in read if e.term.casefold() in _SENSE_BESIDE_THE_BRAND]
    if not read:
        return
    for e, sense in read:
        e.weight = 0.0
        e.detail = f"{e.detail}; '{e.text}' is {sense}" if e.detail else f"'{e.text}' is {sense}"
        found.append(Evidence(Rule.everyday_word, 0.0, None, e.field, e.start, e.end, e.text, e.term,
                              detail=f"'{e.text}' is {sense} here, not the brand (part_senses.py); it counts for nothing"))
