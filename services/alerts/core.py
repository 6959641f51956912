"""From a match to an alert: id, severity, routing. Pure functions, no I/O."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

import orjson
from pydantic import TypeAdapter

from brandsentry.settings import Topics
from schemas import Alert, AlertStatus, Listing, Match, Rule, Severity, alert_id
from schemas.models import TenantId

if TYPE_CHECKING:
    from services.alerts.relists import Relist

CORROBORATING_RULES = {Rule.cue, Rule.price, Rule.image, Rule.model}


def severity_of(match: Match) -> Severity:
    """High score with independent corroboration (cue term, low price, logo, model) is what a brand acts on first."""
    return _severity(match.score, {s.rule for s in match.signals if s.weight > 0})


def _severity(score: float, rules: set[str] | frozenset[str]) -> Severity:
    corroboration = len(rules & CORROBORATING_RULES)
    if score >= 0.9 and corroboration >= 2:
        return Severity.critical
    if score >= 0.8 or corroboration >= 2:
        return Severity.high
    if score >= 0.65 or corroboration == 1:
        return Severity.medium
    return Severity.low


_LEVELS = list(Severity)


def raised(severity: Severity) -> Severity:
    """One level up (a relist); critical stays critical."""
    return _LEVELS[min(len(_LEVELS) - 1, _LEVELS.index(severity) + 1)]


# --------------------------------------------------------------------------- suppressions (set by the portal)

MARK_RULES = {Rule.exact, Rule.confusable, Rule.fuzzy, Rule.alias}


def match_marks(match: Match) -> list[str]:
    """The registered marks (signal `term`) that matched with a positive weight, in order, without repeats."""
    return _marks((s.rule, s.term, s.weight) for s in match.signals)


def _marks(signals: Iterable[tuple[str, str | None, float]]) -> list[str]:
    seen: dict[str, None] = {}
    for rule, term, weight in signals:
        if rule in MARK_RULES and term and weight > 0:
            seen.setdefault(term, None)
    return list(seen)


def suppression_listing_key(prefix: str, brand_id: str, listing_key: str) -> str:
    """Redis key that exists while a brand suppresses one listing (written by the portal's projector)."""
    return f"{prefix}suppress:{brand_id}:listing:{listing_key}"


def suppression_seller_key(prefix: str, brand_id: str, marketplace: str, seller_id: str, mark: str) -> str:
    """Redis key that exists while a brand suppresses one seller for one mark."""
    return f"{prefix}suppress:{brand_id}:seller:{marketplace}/{seller_id}:{mark.casefold()}"


def suppression_keys(match: Match, prefix: str) -> tuple[str, list[str]]:
    """The listing's suppression key and the seller-and-mark key of every mark that matched."""
    listing = match.listing
    return (
        suppression_listing_key(prefix, match.brand_id, match.listing_key),
        [suppression_seller_key(prefix, match.brand_id, listing.marketplace, listing.seller.id, m) for m in match_marks(match)],
    )


def suppressed(listing_hit: bool, mark_hits: list[bool]) -> bool:
    """Suppressed when the listing is, or when every mark that matched is suppressed for this seller."""
    return listing_hit or (bool(mark_hits) and all(mark_hits))


def _required(model) -> frozenset[str]:
    return frozenset(name for name, field in model.model_fields.items() if field.is_required())


_FIELDS = {model: (frozenset(model.model_fields), _required(model)) for model in (Match, Listing)}


def _shape(doc: object, model) -> dict:
    """`doc` as a JSON object with every required field of `model` and no other than its fields; else TypeError."""
    if type(doc) is not dict:
        raise TypeError(f"a {model.__name__} is a JSON object")
    known, required = _FIELDS[model]
    keys = doc.keys()
    if not (keys >= required and keys <= known):
        raise TypeError(f"not the fields of a {model.__name__}: missing {sorted(required - keys)}, "
                        f"unknown {sorted(keys - known)}")
    return doc


def _text(value: object) -> str:
    if type(value) is not str:
        raise TypeError("a string was expected")
    return value


_TENANT_ID = TypeAdapter(TenantId)


@functools.lru_cache(maxsize=4096)
def _tenant_id(value: str) -> str:
    """`value` if it is a brand or working-group id as schemas.TenantId defines it (it names the alert topics), else
    ValueError (pydantic's ValidationError). A match whose brand could not name a topic failed its batch for ever."""
    return _TENANT_ID.validate_python(value)


def _aware(value: str) -> datetime:
    at = datetime.fromisoformat(value)
    if at.tzinfo is None:
        raise ValueError("ingested_at has no time zone")
    return at


class MatchFacts(NamedTuple):
    """What deciding on and raising an alert reads of a Match (schemas.Match): its ids, score, seller, the rules
    and marks of its positive signals, and its listing as JSON (relists.py reads title, description, photos).

    A NamedTuple, made once a match: a frozen dataclass's __init__ (a setattr a field) and the seller made anew at
    each of its four readings were a fifth of `of_json` (issue 16)."""

    listing_key: str
    brand_id: str
    iwg: str
    score: float
    marketplace: str
    seller_id: str
    rules: frozenset[str]  # rules of the signals with a positive weight
    marks: tuple[str, ...]  # match_marks
    listing: dict
    ingested_at: datetime | None
    seller: str  # "<marketplace>/<seller id>"

    @classmethod
    def of_json(cls, doc: object) -> MatchFacts:
        """From a Match decoded from JSON (orjson), without building the model: the document must be shaped as a
        Match (its required fields present and no unknown field, at the top and in the listing) and the fields
        read here of the right type (brand_id and iwg ids as schemas.TenantId, ingested_at with a time zone). Raises
        TypeError, KeyError or ValueError otherwise (then schemas.Match
        decides, and names what is wrong). The values of the fields not read here are taken as written: the
        matcher (and the portal's rescan) write matches from the Match model."""
        doc = _shape(doc, Match)
        listing = _shape(doc["listing"], Listing)
        rules: set[str] = set()
        marks: dict[str, None] = {}  # match_marks, in one pass with the checks
        for s in doc["signals"]:
            rule, term, weight = s["rule"], s.get("term"), s["weight"]
            if type(rule) is not str or (term is not None and type(term) is not str) or \
                    (type(weight) is not float and type(weight) is not int):
                raise TypeError("a signal's rule and term are strings, its weight a number")
            if weight > 0:
                rules.add(rule)
                if term and rule in MARK_RULES:
                    marks[term] = None
        score = doc["score"]
        if (type(score) is not float and type(score) is not int) or not 0 <= score <= 1:
            raise ValueError("score is a number from 0 to 1")
        ingested = doc.get("ingested_at")
        marketplace, seller_id = _text(listing["marketplace"]), _text(listing["seller"]["id"])
        return cls(_text(doc["listing_key"]), _tenant_id(_text(doc["brand_id"])), _tenant_id(_text(doc["iwg"])), score,
                   marketplace, seller_id, frozenset(rules), tuple(marks), listing,
                   _aware(ingested) if type(ingested) is str else None, f"{marketplace}/{seller_id}")

    @classmethod
    def of(cls, match: Match) -> MatchFacts:
        return cls.of_json(orjson.loads(match.topic_json()))


def routes(topics: Topics, iwg: str, brand_id: str) -> list[str]:
    """The topics of an alert: its working group's, then its brand's."""
    return [topics.alerts_iwg(iwg), topics.alerts_brand(brand_id)]


def alert_head(facts: MatchFacts, topics: Topics, *, now: datetime, seller_prior_alerts: int = 0,
               relist: Relist | None = None, ident: str | None = None, routed_to: list[str] | None = None) -> dict:
    """Every field of the new Alert but its match and those that are null (the history's reason and note, the relist
    fields but for a relist), as Python values orjson writes (schemas.Alert's JSON once the match is added:
    `alert_json`). Every alert goes to its working group's topic and its brand's topic. A relist (relists.py) links it to the original and raises the severity one
    level; an alert never relists itself. `ident`: its alert id when the caller has it already (schemas.alert_id);
    `routed_to`: its two topics when the caller has them already (`routes`; the list is not copied)."""
    ident = ident or alert_id(facts.brand_id, facts.listing_key)
    severity = _severity(facts.score, facts.rules)
    if relist is not None and relist.original_alert_id == ident:
        relist = None
    head = {"alert_id": ident, "brand_id": facts.brand_id, "iwg": facts.iwg, "listing_key": facts.listing_key,
            "severity": raised(severity) if relist else severity, "status": AlertStatus.open,
            "history": [{"status": AlertStatus.open, "at": now, "by": "matcher"}],
            "routed_to": routed_to or routes(topics, facts.iwg, facts.brand_id),
            "seller_prior_alerts": seller_prior_alerts, "created_at": now, "updated_at": now}
    if relist:  # the fields left out are null (their default), as the matcher leaves a Match's nulls out
        head.update(relist_of=relist.original_alert_id, relist_reason=relist.reason,
                    relist_similarity=relist.similarity)
    return head


def alert_json(head: dict, match_json: bytes) -> bytes:
    """The Alert as JSON: `head` (alert_head) with the Match's own JSON bytes spliced in as its `match`, instead of
    decoding the Match into the model and writing it again (two thirds of the alerts service's time, issue 16)."""
    return b"".join((orjson.dumps(head, option=orjson.OPT_UTC_Z)[:-1], b',"match":', match_json.strip(), b"}"))


def new_alert(match: Match, topics: Topics, *, now: datetime, seller_prior_alerts: int = 0,
              relist: Relist | None = None) -> Alert:
    """The new Alert (model) of `match`: the fields alert_head gives it."""
    return Alert(**alert_head(MatchFacts.of(match), topics, now=now, seller_prior_alerts=seller_prior_alerts,
                              relist=relist), match=match)
