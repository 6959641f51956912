"""Brands, fingerprints, bulk import/export, suppressions and seller counts."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, File, Form, Query, Request, Response, UploadFile
from fastapi.responses import PlainTextResponse

from brandsentry.http import read_body
from brandsentry.registry import YamlRefused, load_yaml
from schemas import Fingerprint
from schemas.portal import RegistryChange, Suppression
from services.portal.api_models import BrandIdPath, ImageFingerprintOut, ImportResult, Me, SellerCount
from services.portal.auth import Principal
from services.portal.controller import Portal
from services.portal.deps import portal, principal
from services.portal.exceptions import Invalid
from services.portal.registry_cmds import BrandIn, FingerprintIn, FingerprintPatch

router = APIRouter(prefix="/v1", tags=["registry"])
MAX_IMPORT_BYTES = 5 * 1024 * 1024


@router.get("/me", response_model=Me, tags=["access"])
async def me(who: Principal = Depends(principal)) -> Me:
    """Who the API key belongs to."""
    return Me(key_id=who.key_id, name=who.name, role=who.role.value, brand_id=who.brand_id, iwg=who.iwg)


@router.get("/brands")
async def list_brands(who: Principal = Depends(principal), p: Portal = Depends(portal)) -> list[dict]:
    """The brands the caller may see: all (operator), its own (brand member), its group's (working-group member)."""
    return p.brands(who)


@router.post("/brands", status_code=201, responses={403: {"description": "operators only"}, 409: {"description": "exists"}})
async def create_brand(spec: BrandIn, who: Principal = Depends(principal), p: Portal = Depends(portal)) -> dict:
    """Create a brand and assign its working group (operators)."""
    return await p.create_brand(who, spec)


@router.get("/brands/{brand_id}", responses={404: {"description": "no such brand, or not yours"}})
async def get_brand(brand_id: BrandIdPath, who: Principal = Depends(principal), p: Portal = Depends(portal)) -> dict:
    return p.brand(who, brand_id)


@router.get("/brands/{brand_id}/fingerprints")
async def list_fingerprints(brand_id: BrandIdPath, include_inactive: bool = False, who: Principal = Depends(principal),
                            p: Portal = Depends(portal)) -> list[Fingerprint]:
    return p.fingerprints(who, brand_id, include_inactive=include_inactive)


@router.post("/brands/{brand_id}/fingerprints", status_code=201, responses={409: {"description": "already registered"}})
async def create_fingerprint(brand_id: BrandIdPath, spec: FingerprintIn, who: Principal = Depends(principal),
                             p: Portal = Depends(portal)) -> Fingerprint:
    """Register a mark, model, image hash, price floor or authorized seller; the matcher applies it live."""
    return await p.create_fingerprint(who, brand_id, spec)


@router.post("/brands/{brand_id}/fingerprints/image", status_code=201, response_model=ImageFingerprintOut)
async def upload_image(brand_id: BrandIdPath, file: UploadFile = File(..., description="logo or product photo"),
                       label: str = Form(""), max_distance: int = Form(10, ge=0, le=256),
                       keep: bool = Form(False, description="keep the image on the server (default: only its hash)"),
                       algorithm: Literal["phash", "pdq", "logo"] = Form(
                           "phash", description="phash: 64-bit pHash; pdq: 256-bit PDQ (bound ~31); logo: found inside "
                           "listing photos by its features"),
                       response: Response = None, who: Principal = Depends(principal),
                       p: Portal = Depends(portal)) -> ImageFingerprintOut:
    """Upload an image; the server computes its hash (and, for a logo, its features) and registers an image
    fingerprint. The same upload again (same image, algorithm, label and distance: a retry) answers 200 with the
    fingerprint it registered; with `keep`, no space left to keep the image answers 507 and registers nothing."""
    data = await file.read(p.settings.max_image_bytes + 1)
    fp, stored, again = await p.upload_image(who, brand_id, data, label=label, max_distance=max_distance, keep=keep,
                                             algorithm=algorithm)
    if again:
        response.status_code = 200
    return ImageFingerprintOut(fingerprint=fp.model_dump(mode="json"), phash=fp.hash, stored_as=stored)


@router.get("/brands/{brand_id}/fingerprints/{fingerprint_id}")
async def get_fingerprint(brand_id: BrandIdPath, fingerprint_id: str, who: Principal = Depends(principal),
                          p: Portal = Depends(portal)) -> Fingerprint:
    return p.fingerprint(who, brand_id, fingerprint_id)


@router.patch("/brands/{brand_id}/fingerprints/{fingerprint_id}")
async def update_fingerprint(brand_id: BrandIdPath, fingerprint_id: str, patch: FingerprintPatch,
                             who: Principal = Depends(principal), p: Portal = Depends(portal)) -> Fingerprint:
    """Change what may change in place (e.g. a price floor, a label, `active`); the version goes up by one."""
    return await p.update_fingerprint(who, brand_id, fingerprint_id, patch)


@router.delete("/brands/{brand_id}/fingerprints/{fingerprint_id}")
async def deactivate_fingerprint(brand_id: BrandIdPath, fingerprint_id: str, who: Principal = Depends(principal),
                                 p: Portal = Depends(portal)) -> Fingerprint:
    """Deactivate (not erase): the matcher stops using it; its history stays."""
    return await p.deactivate(who, brand_id, fingerprint_id)


@router.get("/brands/{brand_id}/fingerprints/{fingerprint_id}/history")
async def fingerprint_history(brand_id: BrandIdPath, fingerprint_id: str, who: Principal = Depends(principal),
                              p: Portal = Depends(portal)) -> list[RegistryChange]:
    """Every change: version, who, when, which fields."""
    return p.history(who, brand_id, fingerprint_id)


@router.get("/brands/{brand_id}/registry/export", response_class=PlainTextResponse)
async def export_registry(brand_id: BrandIdPath, who: Principal = Depends(principal), p: Portal = Depends(portal)) -> PlainTextResponse:
    """The brand's active fingerprints in the registry file format (YAML)."""
    return PlainTextResponse(p.export(who, brand_id), media_type="application/yaml")


@router.post("/brands/{brand_id}/registry/import", response_model=ImportResult)
async def import_registry(brand_id: BrandIdPath, request: Request, deactivate_missing: bool = Query(False),
                          who: Principal = Depends(principal), p: Portal = Depends(portal)) -> ImportResult:
    """Upsert the brand's fingerprints from a registry file (YAML or JSON body, the format of the export)."""
    body = await read_body(request, MAX_IMPORT_BYTES)
    try:
        data = load_yaml(body)
    except YamlRefused as exc:
        raise Invalid(f"registry file refused: {exc}") from exc
    return ImportResult(**await p.import_file(who, brand_id, data, deactivate_missing=deactivate_missing))


@router.get("/brands/{brand_id}/suppressions", tags=["feedback"])
async def list_suppressions(brand_id: BrandIdPath, include_lifted: bool = False, who: Principal = Depends(principal),
                            p: Portal = Depends(portal)) -> list[Suppression]:
    """What the brand has marked not infringing: listings, and sellers with a mark."""
    return await p.suppressions(who, brand_id, include_lifted=include_lifted)


@router.delete("/brands/{brand_id}/suppressions/{suppression_id}", tags=["feedback"])
async def lift_suppression(brand_id: BrandIdPath, suppression_id: str, who: Principal = Depends(principal),
                           p: Portal = Depends(portal)) -> Suppression:
    """Lift a suppression: the listing, or the seller with that mark, alerts again."""
    return await p.lift(who, brand_id, suppression_id)


@router.get("/brands/{brand_id}/sellers/{marketplace}/{seller_id}", response_model=SellerCount, tags=["alerts"])
async def seller_alerts(brand_id: BrandIdPath, marketplace: str, seller_id: str, who: Principal = Depends(principal),
                        p: Portal = Depends(portal)) -> SellerCount:
    """How many alerts this seller has for the brand (repeat sellers)."""
    seller = f"{marketplace}/{seller_id}"
    return SellerCount(brand_id=brand_id, seller=seller, alert_count=await p.seller_count(who, brand_id, seller))
