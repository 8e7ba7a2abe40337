"""The read-only JSON API (django-ninja, OpenAPI at /api/docs). Every error has one shape:
``{"error": {"status": int, "code": str, "message": str}}``, ``code`` from ``pejling.lib.problems``."""

from collections.abc import Sequence
from datetime import date
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import HttpError, ValidationError
from ninja.pagination import LimitOffsetPagination, paginate

from pejling.lib.geography import BY_CODE
from pejling.lib.problems import API_ERROR, API_INVALID, API_NOT_FOUND, DATA_UNKNOWN_AREA
from pejling.plans.models import Plan, PlanVersion
from pejling.progress.models import Assessment, PeerSet
from pejling.stats.provenance import observations_with_provenance

api = NinjaAPI(
    title="Pejling API",
    version="1",
    description="Læs planer, mål, data og vurderinger / read-only.",
    urls_namespace="api",
)


class ErrorBody(Schema):
    status: int
    code: str
    message: str


class Error(Schema):
    error: ErrorBody


class ApiProblem(HttpError):
    """An error answer with its stable problem code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(status, message)
        self.code = code


def _error(request: HttpRequest, status: int, code: str, message: str) -> HttpResponse:
    return api.create_response(request, {"error": {"status": status, "code": code, "message": message}}, status=status)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return _error(request, 404, API_NOT_FOUND, str(exc) or "ikke fundet / not found")


@api.exception_handler(ValidationError)
def invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return _error(
        request, 422, API_INVALID, "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors)
    )


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return _error(request, exc.status_code, getattr(exc, "code", API_ERROR), str(exc))


class PlanOut(Schema):
    id: str
    municipality: str
    title: str
    status: str
    version: int
    loaded_at: str


class GoalOut(Schema):
    id: str
    number: int
    title: str
    intro: str
    priority: int | None
    initiatives: list[str]
    targets: list[str]


class TargetOut(Schema):
    id: str
    goal: str
    text: str
    direction: str
    ambition: str
    interpretation: dict[str, Any]
    interpretation_label: str
    bindings: list[dict[str, Any]]


class ObservationOut(Schema):
    series: str
    series_key: str
    table: str
    area: str
    area_name: str
    period: str
    dims: dict[str, str]
    value: float | None
    flag: str
    provenance: dict[str, Any]


class AssessmentOut(Schema):
    target: str
    area: str
    as_of: date
    status: str
    score: float | None
    method: str
    reason: str
    reason_code: str
    reason_params: dict[str, Any]
    base_year: int | None
    base_value: float | None
    current_year: int | None
    current_value: float | None
    target_value: float | None
    target_year: int | None
    change_note: str
    changes: list[dict[str, Any]]
    starting_position: dict[str, Any] | None
    components: dict[str, Any]


def _add_routers() -> None:
    from pejling.dashboard.api_initiatives import router
    from pejling.participation.api import router as participation
    from pejling.reports.api import router as reports

    api.add_router("", router)
    api.add_router("", reports)
    api.add_router("", participation)


class PeerOut(Schema):
    area: str
    year: int
    peers: list[dict[str, Any]]
    stability: dict[str, Any]


def _version(slug: str) -> PlanVersion:
    plan = Plan.objects.filter(slug=slug).first()
    version = plan.latest_version() if plan else None
    if version is None:
        raise Http404(f"ingen plan med id {slug!r} / no plan with id {slug!r}")
    return version


@api.get("/plans", response=list[PlanOut], tags=["planer"])
@paginate(LimitOffsetPagination)
def plans(request: HttpRequest) -> list[dict[str, Any]]:
    out = []
    for plan in Plan.objects.order_by("slug"):
        version = plan.latest_version()
        if version is not None:
            out.append(
                {
                    "id": plan.slug,
                    "municipality": plan.municipality_code,
                    "title": version.title,
                    "status": version.status,
                    "version": version.number,
                    "loaded_at": version.loaded_at.isoformat(),
                }
            )
    return out


@api.get("/plans/{slug}/goals", response=list[GoalOut], tags=["planer"])
@paginate(LimitOffsetPagination)
def goals(request: HttpRequest, slug: str) -> list[dict[str, Any]]:
    return [
        {
            "id": g.key,
            "number": g.number,
            "title": g.title,
            "intro": g.intro,
            "priority": g.priority,
            "initiatives": [i.text for i in g.initiatives.order_by("position")],
            "targets": [t.key for t in g.targets.order_by("position")],
        }
        for g in _version(slug).goals.order_by("position")
    ]


@api.get("/plans/{slug}/targets", response=list[TargetOut], tags=["planer"])
@paginate(LimitOffsetPagination)
def targets(request: HttpRequest, slug: str) -> list[dict[str, Any]]:
    out = []
    for goal in _version(slug).goals.order_by("position"):
        for t in goal.targets.order_by("position"):
            out.append(
                {
                    "id": t.key,
                    "goal": goal.key,
                    "text": t.text,
                    "direction": t.direction,
                    "ambition": t.ambition,
                    "interpretation": {
                        "base_year": t.base_year,
                        "target_year": t.target_year,
                        "rule": t.rule,
                        "target_value": t.target_value,
                        "decided": t.decided,
                        "note": t.interpretation_note,
                    },
                    "interpretation_label": "Politisk vedtaget"
                    if t.decided
                    else "Fortolkning — ikke politisk vedtaget",
                    "bindings": [
                        {"id": b.key, "source": b.source, "table": b.table, "unit": b.unit, "label": b.label}
                        for b in t.bindings.order_by("position")
                    ],
                }
            )
    return out


@api.get("/series/{table}", response=list[ObservationOut], tags=["data"])
@paginate(LimitOffsetPagination)
def series(request: HttpRequest, table: str, area: str | None = None) -> Sequence[dict[str, Any]]:
    if area is not None and area not in BY_CODE:
        raise ApiProblem(422, DATA_UNKNOWN_AREA, f"ukendt område / unknown area {area!r}")
    return observations_with_provenance(table, area)


@api.get("/plans/{slug}/assessments", response=list[AssessmentOut], tags=["vurderinger"])
@paginate(LimitOffsetPagination)
def assessments(
    request: HttpRequest, slug: str, area: str | None = None, as_of: date | None = None
) -> list[dict[str, Any]]:
    version = _version(slug)
    rows = Assessment.objects.filter(plan_version=version, area=area or version.plan.municipality_code)
    as_of = as_of or rows.order_by("-as_of").values_list("as_of", flat=True).first()
    if as_of is None:
        return []
    return [
        {
            "target": r.target.key,
            "area": r.area,
            "as_of": r.as_of,
            "status": r.status,
            "score": r.score,
            "method": r.method,
            "reason": r.reason,
            "reason_code": r.reason_code,
            "reason_params": r.reason_params,
            "base_year": r.base_year,
            "base_value": r.base_value,
            "current_year": r.current_year,
            "current_value": r.current_value,
            "target_value": r.target_value,
            "target_year": r.target_year,
            "change_note": r.change_note,
            "changes": r.changes,
            "starting_position": r.starting_position,
            "components": r.components,
        }
        for r in rows.filter(as_of=as_of).select_related("target").order_by("target__key")
    ]


@api.get("/plans/{slug}/peers", response=list[PeerOut], tags=["vurderinger"])
@paginate(LimitOffsetPagination)
def peers(request: HttpRequest, slug: str, area: str | None = None) -> list[dict[str, Any]]:
    version = _version(slug)
    rows = PeerSet.objects.filter(plan_version=version)
    latest = rows.order_by("-as_of").values_list("as_of", flat=True).first()
    if latest is None:
        return []
    rows = rows.filter(as_of=latest)
    if area:
        rows = rows.filter(area=area)
    return [{"area": r.area, "year": r.year, "peers": r.peers, "stability": r.stability} for r in rows.order_by("area")]


_add_routers()
