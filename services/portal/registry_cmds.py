"""Registry commands: validate a change against the current registry and say which records it writes. No I/O.

Every command returns a `Change`: the fingerprints-topic records to publish (the matcher applies
them live) and the registry-changes records that keep who changed what and when.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from brandsentry.registry import Registry, parse_registry, vocabulary_value
from schemas import Brand, Fingerprint, IndustryWorkingGroup, RegistryRecord, fingerprint_id
from schemas.models import FiniteFloat, HexHash, Slug, TenantId, Vocabulary
from schemas.portal import RegistryChange
from services.portal.currency import ISO_4217, IsoMoney
from services.portal.exceptions import Conflict, Forbidden, Invalid, NotFound

_fingerprint = TypeAdapter(Fingerprint)


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class BrandIn(_In):
    id: TenantId
    name: str = Field(min_length=1, max_length=200)
    iwg: TenantId
    iwg_name: str | None = Field(default=None, description="creates the working group when it does not exist yet")
    aliases: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    alert_threshold: FiniteFloat = Field(default=0.6, ge=0, le=1)


class MarkIn(_In):
    kind: Literal["mark"]
    value: str = Field(min_length=1, max_length=200)
    everyday_word: bool = False
    vocabulary: Vocabulary | None = None  # a product line, logo name, nickname or abbreviation (registry.py)
    price_floor: IsoMoney | None = None  # lowest genuine new price of goods under this mark or line


class ModelIn(_In):
    kind: Literal["model"]
    value: str = Field(min_length=1, max_length=100)
    name: str = ""
    price_floor: IsoMoney | None = None


class ImageIn(_In):
    kind: Literal["image"]
    label: str = Field(default="", max_length=200)
    algorithm: Literal["phash", "pdq", "logo"] = "phash"
    hash: HexHash
    max_distance: int = Field(default=10, ge=0, le=256)
    features: str | None = Field(default=None, max_length=120_000)


class PriceFloorIn(_In):
    kind: Literal["price_floor"]
    category: str | None = None
    floor: IsoMoney


class SellerIn(_In):
    kind: Literal["authorized_seller"]
    marketplace: Slug
    seller_id: str = Field(min_length=1, max_length=200)
    name: str = ""


FingerprintIn = Annotated[Union[MarkIn, ModelIn, ImageIn, PriceFloorIn, SellerIn], Field(discriminator="kind")]


class FingerprintPatch(_In):
    """Fields a brand may change in place; a new mark, model or image is a new fingerprint."""

    active: bool | None = None
    everyday_word: bool | None = None
    name: str | None = None
    price_floor: IsoMoney | None = None
    label: str | None = None
    max_distance: int | None = Field(default=None, ge=0, le=64)
    floor: IsoMoney | None = None


MUTABLE: dict[str, set[str]] = {
    "mark": {"active", "everyday_word", "price_floor"},
    "model": {"active", "name", "price_floor"},
    "image": {"active", "label", "max_distance"},
    "price_floor": {"active", "floor"},
    "authorized_seller": {"active", "name"},
}
META = {"id", "brand_id", "version", "active", "updated_at", "updated_by", "kind"}
OPERATOR_ONLY = ("name", "categories")
"""A brand's fields only an operator sets: its name speaks for the rights holder in takedown notices and alerts,
its categories decide which listings are evidence for it (a brand that adds another's categories competes for
its listings), its working group decides who reads its alerts. A brand's own key changes the rest."""


@dataclass
class Change:
    records: list[RegistryRecord] = field(default_factory=list)
    changes: list[RegistryChange] = field(default_factory=list)
    summary: dict[str, int] = field(default_factory=dict)

    def count(self, what: str) -> None:
        self.summary[what] = self.summary.get(what, 0) + 1


def identity(spec: dict[str, Any]) -> str:
    """The value a fingerprint's deterministic id is made of (as in the registry file loader)."""
    kind = spec["kind"]
    if kind == "price_floor":
        return spec.get("category") or "*"
    if kind == "authorized_seller":
        return f"{spec['marketplace']}/{spec['seller_id']}"
    if kind == "image":  # a logo and a PDQ photo of the same picture share the PDQ hash: the algorithm tells them apart
        algorithm = spec.get("algorithm") or "phash"
        return spec["hash"] if algorithm == "phash" else f"{algorithm}:{spec['hash']}"
    return spec["value"]


def _content(fp: Fingerprint) -> dict[str, Any]:
    return fp.model_dump(mode="json", exclude=META)


def _record(fp: Fingerprint) -> RegistryRecord:
    return RegistryRecord(type="fingerprint", fingerprint=fp)


def _change(fp: Fingerprint, action: str, by: str, now: datetime, fields: list[str] | None = None) -> RegistryChange:
    return RegistryChange(key=_record(fp).key(), brand_id=fp.brand_id, fingerprint_id=fp.id, action=action,
                          version=fp.version, by=by, at=now, fingerprint=fp, changed_fields=fields or [])


def _name_free(reg: Registry, brand_id: str, name: str) -> None:
    """Two brands never share a name (case and spacing ignored): a notice names the rights holder by it."""
    folded = " ".join(name.casefold().split())
    for other in reg.brands.values():
        if other.id != brand_id and " ".join(other.name.casefold().split()) == folded:
            raise Conflict(f"name {name!r} is the name of brand {other.id!r}")


def create_brand(reg: Registry, spec: BrandIn, *, by: str, now: datetime) -> Change:
    if spec.id in reg.brands:
        raise Conflict(f"brand {spec.id!r} exists")
    _name_free(reg, spec.id, spec.name)
    change = Change()
    if spec.iwg not in reg.working_groups:
        if not spec.iwg_name:
            raise Invalid(f"unknown working group {spec.iwg!r}; give iwg_name to create it")
        change.records.append(RegistryRecord(type="iwg", iwg=IndustryWorkingGroup(id=spec.iwg, name=spec.iwg_name)))
    brand = Brand(**spec.model_dump(exclude={"iwg_name"}))
    change.records.append(RegistryRecord(type="brand", brand=brand))
    change.changes.append(RegistryChange(key=f"brand:{brand.id}", brand_id=brand.id, action="brand_created", version=1,
                                         by=by, at=now))
    for alias in spec.aliases:
        try:
            fp = _fingerprint.validate_python({"kind": "mark", "value": alias, "id": fingerprint_id(brand.id, "mark", alias),
                                               "brand_id": brand.id, "updated_at": now, "updated_by": by})
        except ValidationError as exc:  # an alias that cannot be a mark (empty, too long) is the caller's error
            raise Invalid(f"alias {alias!r} cannot be registered as a mark: {exc.errors()[0]['msg']}") from exc
        change.records.append(_record(fp))
        change.changes.append(_change(fp, "created", by, now))
    change.count("brands")
    return change


def require_within(reg: Registry, brand_id: str, change: Change, limit: int | None,
                   kept_limit: int | None = None) -> None:
    """Invalid when `change` leaves the brand more than `limit` active fingerprints, or more than `kept_limit` active
    or not (None: no limit, an operator's change); a change that adds none is never refused. Every matcher worker holds every brand's fingerprints and
    rebuilds its index from all of them: one brand's key importing a 5 MiB file of 20,000 marks made the demo
    registry's build 5 times as long (3.4 -> 17 CPU-s) and added 350 MB to every worker (tenant55, 2026-12-06);
    the largest demo brand has 437."""
    if limit is None:
        return
    before = {f.id for f in reg.fingerprints_of(brand_id) if f.active}
    after = set(before)
    for r in change.records:
        if r.type == "fingerprint" and r.fingerprint.brand_id == brand_id:
            (after.add if r.fingerprint.active else after.discard)(r.fingerprint.id)
    if len(after) > limit and len(after) > len(before):
        raise Invalid(f"brand {brand_id!r} would have {len(after)} active fingerprints; a brand's key keeps at most "
                      f"{limit} (PORTAL_MAX_FINGERPRINTS_PER_BRAND): deactivate some, or ask an operator")
    # deactivated fingerprints stay on the fingerprints topic, in every matcher worker and portal: a full-sync import
    # of a file of new marks deactivated the last file's and stayed within `limit`, 2,000 more kept an import (tenant57)
    kept = {f.id for f in reg.fingerprints_of(brand_id)}
    kept_after = kept | {r.fingerprint.id for r in change.records
                         if r.type == "fingerprint" and r.fingerprint.brand_id == brand_id}
    if kept_limit is not None and len(kept_after) > kept_limit and len(kept_after) > len(kept):
        raise Invalid(f"brand {brand_id!r} would keep {len(kept_after)} fingerprints, active or not; a brand's key keeps "
                      f"at most {kept_limit} (PORTAL_MAX_FINGERPRINTS_KEPT_PER_BRAND): ask an operator")


def _brand(reg: Registry, brand_id: str) -> Brand:
    brand = reg.brands.get(brand_id)
    if brand is None:
        raise NotFound("not found")
    return brand


def _usable_features(fp: Any) -> None:
    """An image fingerprint's ORB features (`features`, base64) as the matcher reads them (photos.features_from_b64),
    else Invalid naming why: the API takes them as text, so a caller can send what no upload makes (a frame of width
    0, keypoints that are NaN: tenant55, 2026-12-06)."""
    text = getattr(fp, "features", None)
    if not text:
        return
    from services.matcher.core.photos import PhotoError, features_from_b64  # OpenCV and numpy: only when given

    try:
        features_from_b64(text)
    except PhotoError as exc:
        raise Invalid(f"image {getattr(fp, 'label', '') or getattr(fp, 'hash', '')!r}: its features cannot be used "
                      f"({exc}); upload the image instead (POST .../fingerprints/image)") from None


def registered_as(reg: Registry, brand_id: str, spec: ImageIn) -> tuple[str, Fingerprint | None]:
    """(the id an image fingerprint of `spec` gets, the brand's active fingerprint that already says exactly what
    `spec` says, or None): an upload sent again (its answer lost, or after a 507) is that fingerprint, not a 409."""
    data = spec.model_dump()
    fp_id = fingerprint_id(brand_id, "image", identity(data))
    existing = reg.fingerprints.get(fp_id)
    if (existing is not None and existing.brand_id == brand_id and existing.active
            and all(getattr(existing, k, None) == v for k, v in data.items())):
        return fp_id, existing
    return fp_id, None


def create_fingerprint(reg: Registry, brand_id: str, spec: BaseModel, *, by: str, now: datetime) -> tuple[Fingerprint, Change]:
    _brand(reg, brand_id)
    _usable_features(spec)
    data = spec.model_dump()
    fp_id = fingerprint_id(brand_id, data["kind"], identity(data))
    existing = reg.fingerprints.get(fp_id)
    if (data["kind"] == "mark" and data.get("vocabulary") and existing is not None and existing.brand_id == brand_id
            and getattr(existing, "vocabulary", None) != data["vocabulary"]):
        # a vocabulary word whose text another entry of the brand holds ("Kors", a nickname, beside the ticker KORS):
        # its own id, of its kind and text, as the registry file loader gives it (registry.vocabulary_value)
        fp_id = fingerprint_id(brand_id, "mark", vocabulary_value(data["vocabulary"], data["value"]))
        existing = reg.fingerprints.get(fp_id)
    if existing is not None and existing.brand_id == brand_id and existing.active:
        raise Conflict(f"fingerprint {fp_id} exists (version {existing.version}); change it with PATCH")
    version = existing.version + 1 if existing is not None else 1
    fp = _fingerprint.validate_python({**data, "id": fp_id, "brand_id": brand_id, "version": version,
                                       "active": True, "updated_at": now, "updated_by": by})
    change = Change(records=[_record(fp)], changes=[_change(fp, "reactivated" if existing else "created", by, now)])
    return fp, change


def find(reg: Registry, brand_id: str, fp_id: str) -> Fingerprint:
    fp = reg.fingerprints.get(fp_id)
    if fp is None or fp.brand_id != brand_id:
        raise NotFound("not found")
    return fp


def update_fingerprint(reg: Registry, brand_id: str, fp_id: str, patch: FingerprintPatch, *, by: str,
                       now: datetime) -> tuple[Fingerprint, Change]:
    fp = find(reg, brand_id, fp_id)
    given = {k for k in patch.model_fields_set}
    if not given:
        raise Invalid("nothing to change")
    not_here = given - MUTABLE[fp.kind]
    if not_here:
        raise Invalid(f"a {fp.kind} fingerprint cannot change {', '.join(sorted(not_here))} in place; "
                      f"changeable: {', '.join(sorted(MUTABLE[fp.kind]))} (register a new fingerprint instead)")
    updates = patch.model_dump(include=given)
    changed = sorted(k for k, v in updates.items()
                     if _plain(getattr(fp, k)) != _plain(v))
    if not changed:
        return fp, Change()
    try:
        new = _fingerprint.validate_python({**fp.model_dump(), **updates, "version": fp.version + 1,
                                            "updated_at": now, "updated_by": by})
    except ValidationError as exc:
        raise Invalid(str(exc)) from exc
    if changed == ["active"]:
        action = "reactivated" if new.active else "deactivated"
    else:
        action = "updated"
    return new, Change(records=[_record(new)], changes=[_change(new, action, by, now, changed)])


def _plain(value: Any) -> Any:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


def deactivate(reg: Registry, brand_id: str, fp_id: str, *, by: str, now: datetime) -> tuple[Fingerprint, Change]:
    return update_fingerprint(reg, brand_id, fp_id, FingerprintPatch(active=False), by=by, now=now)


def import_brand(reg: Registry, brand_id: str, data: Any, *, by: str, now: datetime,
                 deactivate_missing: bool = False, operator: bool = False) -> Change:
    """Upsert a brand's fingerprints from a registry file (the format of deploy/seed/registry.yaml).

    The file holds exactly this one brand. New fingerprints start at version 1, changed ones get a new
    version, identical ones are left alone; with `deactivate_missing`, active fingerprints the file no
    longer lists are deactivated (a full sync).

    Errors: Invalid (400) for a file not so shaped or of another working group (an import never moves a brand);
    Forbidden (403, naming the fields) when a caller who is not
    an `operator` changes an OPERATOR_ONLY field (the whole file is refused: nothing is half-applied, and the
    export, which carries the current values, imports unchanged); Conflict (409) for another brand's name.
    """
    brand = _brand(reg, brand_id)
    if not isinstance(data, dict):
        raise Invalid("a registry file is a mapping with a `brands` list")
    entries = data.get("brands") or []
    if not isinstance(entries, list):
        raise Invalid(f"`brands` is a list of brands, not {type(entries).__name__}")
    if len(entries) != 1 or not isinstance(entries[0], dict) or entries[0].get("id") != brand_id:
        raise Invalid(f"the file must hold exactly one brand, {brand_id!r}")
    if entries[0].get("iwg") != brand.iwg:
        raise Invalid(f"an import cannot change a brand's iwg: brand {brand_id!r} belongs to working group "
                      f"{brand.iwg!r}; the file says {entries[0].get('iwg')!r}")
    try:
        parsed = parse_registry({"brands": entries})
    except (ValidationError, ValueError) as exc:
        raise Invalid(f"invalid registry file: {exc}") from exc
    for fp in parsed.fingerprints.values():
        _usable_features(fp)
        for money in (getattr(fp, "floor", None), getattr(fp, "price_floor", None)):
            if money is not None and money.currency not in ISO_4217:
                raise Invalid(f"{fp.kind} {identity(fp.model_dump())!r}: {money.currency!r} is not an ISO 4217 currency code")
    change = Change(summary={"created": 0, "updated": 0, "unchanged": 0, "deactivated": 0})
    new_brand = parsed.brands[brand_id]
    changed = [f for f in OPERATOR_ONLY if f in entries[0] and getattr(new_brand, f) != getattr(brand, f)]
    if changed and not operator:
        raise Forbidden(f"only an operator can change a brand's {' or '.join(changed)}: the file says "
                        + "; ".join(f"{f} {getattr(new_brand, f)!r}, the brand has {getattr(brand, f)!r}" for f in changed))
    if new_brand.name != brand.name:
        _name_free(reg, brand_id, new_brand.name)
    merged = brand.model_copy(update={"aliases": new_brand.aliases, "alert_threshold": new_brand.alert_threshold,
                                      **{f: getattr(new_brand, f) for f in changed}})
    if merged != brand:
        change.records.append(RegistryRecord(type="brand", brand=merged))
        change.changes.append(RegistryChange(key=f"brand:{brand_id}", brand_id=brand_id, action="brand_updated",
                                             version=1, by=by, at=now))
    for fp in parsed.fingerprints.values():
        old = reg.fingerprints.get(fp.id)
        if old is not None and old.brand_id == brand_id and old.active and _content(old) == _content(fp):
            change.count("unchanged")
            continue
        version = old.version + 1 if old is not None else 1
        new = fp.model_copy(update={"version": version, "updated_at": now, "updated_by": by, "active": True})
        change.records.append(_record(new))
        change.changes.append(_change(new, "imported", by, now))
        change.count("updated" if old is not None else "created")
    if deactivate_missing:
        for old in reg.fingerprints_of(brand_id):
            if old.active and old.id not in parsed.fingerprints:
                new, sub = deactivate(reg, brand_id, old.id, by=by, now=now)
                change.records += sub.records
                change.changes += sub.changes
                change.count("deactivated")
    return change
