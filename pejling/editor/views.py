"""The staff pages under /redaktion/. Each view parses the request, calls one action or page builder and
renders; permissions are checked by the actions (PermissionDenied is a 403)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from pejling.accounts import oidc
from pejling.accounts.rules import may, require
from pejling.dashboard.pages import Current
from pejling.dashboard.pages import current as pages_current
from pejling.editor import actions, history, pages, update_links
from pejling.editor.access import staff_page, staff_plan
from pejling.editor.forms import BudgetLineForm, InitiativeForm, LockForm, MilestoneForm
from pejling.editor.models import BudgetLine, Milestone, PeriodLock
from pejling.editor.queries import InitiativeView, initiative_views
from pejling.lib import roles


class LoginView(auth_views.LoginView):
    """Django's login, with the OpenID Connect button when a provider is configured."""

    template_name = "editor/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context |= {"oidc_enabled": oidc.enabled(), "oidc_name": settings.PEJLING_OIDC_NAME}
        context["oidc_failed"] = self.request.GET.get("oidc") == "fejl"
        return context

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        return oidc.allow_provider_form_action(super().dispatch(request, *args, **kwargs))


class LogoutView(auth_views.LogoutView):
    """Logging out ends the session here and, after an OpenID Connect login, at the provider too."""

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        target = oidc.provider_logout_url(request) if oidc.enabled() else None
        response = super().post(request, *args, **kwargs)
        return HttpResponseRedirect(target) if target else response


def _render(
    request: HttpRequest, c: Current, template: str, context: dict[str, Any], status: int = 200
) -> HttpResponse:
    base = {"plan": c.version, "current": c, "plan_query": "" if c.is_default else f"?plan={c.plan.slug}"}
    return render(request, template, base | context, status=status)


def _view(c: Current, key: str) -> InitiativeView:
    found = initiative_views(c.version, timezone.localdate(), key=key)
    if not found:
        raise Http404(f"Intet initiativ {key!r} / no such initiative")
    return found[0]


def _back(request: HttpRequest, c: Current, name: str, *args: Any) -> HttpResponseRedirect:
    query = "" if c.is_default else f"?plan={c.plan.slug}"
    return HttpResponseRedirect(reverse(name, args=args) + query)


def _problems(form: Any, error: ValidationError) -> None:
    for message in error.messages:
        form.add_error(None, message)


@staff_page
def mine(request: HttpRequest) -> HttpResponse:
    c = staff_plan(request)
    return _render(request, c, "editor/mine.html", pages.mine_page(request.user, c, timezone.localdate()))


@staff_page
def initiative(request: HttpRequest, key: str) -> HttpResponse:
    c = staff_plan(request)
    view = _view(c, key)
    today = timezone.localdate()
    context = pages.initiative_page(request.user, c, view, today)
    if request.method == "POST":
        require(request.user, roles.EDIT_INITIATIVE, view.record)
        form = InitiativeForm(request.POST, targets=pages.target_choices(c))
        if form.is_valid():
            fields = dict(form.cleaned_data)
            targets = fields.pop("targets")
            try:
                actions.edit_initiative(request.user, timezone.now(), view.record, targets=targets, **fields)
            except ValidationError as error:
                _problems(form, error)
            else:
                messages.success(request, _("Initiativet er gemt."))
                return _back(request, c, "editor:initiative", key)
        context["form"] = form
        return _render(request, c, "editor/initiative.html", context, status=400)
    return _render(request, c, "editor/initiative.html", context)


def _saved_record(request: HttpRequest, view: InitiativeView) -> Any:
    """The initiative's record, saved first when staff have never saved it (an audited creation)."""
    if view.record.pk is None:
        actions.edit_initiative(request.user, timezone.now(), view.record)
    return view.record


@dataclass(frozen=True)
class _Part:
    """One kind of row an initiative page adds, changes and deletes: its model, form, permission, actions and
    the messages and form name the page shows."""

    model: type[Any]
    form: type[Any]
    permission: str
    save: Callable[..., Any]
    delete: Callable[..., Any]
    saved: str
    deleted: str
    form_name: str


PARTS = {
    "milestone": _Part(
        Milestone,
        MilestoneForm,
        roles.MANAGE_MILESTONES,
        actions.save_milestone,
        actions.delete_milestone,
        gettext_noop("Milepælen er gemt."),
        gettext_noop("Milepælen er slettet."),
        "milestone_form",
    ),
    "budget": _Part(
        BudgetLine,
        BudgetLineForm,
        roles.EDIT_BUDGET,
        actions.save_budget_line,
        actions.delete_budget_line,
        gettext_noop("Budgetlinjen er gemt."),
        gettext_noop("Budgetlinjen er slettet."),
        "budget_form",
    ),
}


def _part(request: HttpRequest, kind: str, key: str, pk: int | None) -> HttpResponse:
    """Add, change or delete one milestone or budget line of an initiative (POST only)."""
    part = PARTS[kind]
    c = staff_plan(request)
    view = _view(c, key)
    require(request.user, part.permission, view.record)
    record = _saved_record(request, view)
    found = get_object_or_404(part.model, pk=pk, initiative=record) if pk else part.model(initiative=record)
    if "delete" in request.POST and found.pk:
        part.delete(request.user, timezone.now(), found)
        messages.success(request, _(part.deleted))
        return _back(request, c, "editor:initiative", key)
    form = part.form(request.POST)
    if form.is_valid():
        try:
            part.save(request.user, timezone.now(), found, **form.cleaned_data)
        except ValidationError as error:
            _problems(form, error)
        else:
            messages.success(request, _(part.saved))
            return _back(request, c, "editor:initiative", key)
    context = pages.initiative_page(request.user, c, view, timezone.localdate()) | {part.form_name: form}
    return _render(request, c, "editor/initiative.html", context, status=400)


@staff_page
@require_POST
def milestone(request: HttpRequest, key: str, pk: int | None = None) -> HttpResponse:
    return _part(request, "milestone", key, pk)


@staff_page
@require_POST
def budget(request: HttpRequest, key: str, pk: int | None = None) -> HttpResponse:
    return _part(request, "budget", key, pk)


@staff_page
def update(request: HttpRequest, key: str) -> HttpResponse:
    c = staff_plan(request)
    view = _view(c, key)
    require(request.user, roles.SUBMIT_UPDATE, view.record)
    return _update_form(request, c, view, request.user)


def _update_form(
    request: HttpRequest, c: Current, view: InitiativeView, actor: Any, period: str | None = None
) -> HttpResponse:
    """The update form; from a signed link it is for that one period, and saving it ends the link."""
    today = timezone.localdate()
    context: dict[str, Any] = {"view": view, "by_link": period is not None}
    if request.method != "POST":
        form = pages.update_form(view.record, view, today, period=period)
        return _render(request, c, "editor/update.html", context | {"form": form})
    form = pages.update_form(view.record, view, today, request.POST, period=period)
    if form.is_valid():
        try:
            actions.submit_update(actor, timezone.now(), _saved_record(request, view), **form.cleaned_data)
        except ValidationError as error:
            _problems(form, error)
        else:
            if period is not None:
                return _render(request, c, "editor/update_saved.html", context)
            messages.success(request, _("Opdateringen er gemt."))
            return _back(request, c, "editor:initiative", view.key)
    return _render(request, c, "editor/update.html", context | {"form": form}, status=400)


@staff_page
def missing(request: HttpRequest) -> HttpResponse:
    c = staff_plan(request)
    return _render(request, c, "editor/missing.html", pages.missing_page(c, timezone.localdate()))


@staff_page
def history_page(request: HttpRequest, key: str | None = None) -> HttpResponse:
    c = staff_plan(request)
    subject = _view(c, key).initiative.entity if key else None
    entries = history.entries(subject=subject, plan=c.plan)
    if request.GET.get("format") in history.EXPORTS:
        require(request.user, roles.EXPORT_AUDIT)
        return history.export(entries, request.GET["format"], subject_key=key)
    return _render(
        request, c, "editor/history.html", {"entries": history.page(entries, request.GET.get("side")), "key": key}
    )


@staff_page
def periods(request: HttpRequest) -> HttpResponse:
    """Locked reporting periods: lock one that has ended, or unlock one."""
    c = staff_plan(request)
    form = LockForm()
    if request.method == "POST":
        require(request.user, roles.LOCK_PERIOD)
        if request.POST.get("unlock"):
            lock = get_object_or_404(PeriodLock, pk=request.POST["unlock"], plan=c.plan)
            actions.unlock_period(request.user, timezone.now(), lock)
            messages.success(request, _("Perioden er låst op."))
            return _back(request, c, "editor:periods")
        form = LockForm(request.POST)
        if form.is_valid():
            try:
                actions.lock_period(request.user, timezone.now(), c.plan, form.cleaned_data["period"])
            except ValidationError as error:
                _problems(form, error)
            else:
                messages.success(request, _("Perioden er låst."))
                return _back(request, c, "editor:periods")
    context = {
        "locks": PeriodLock.objects.filter(plan=c.plan).select_related("locked_by").order_by("-start"),
        "form": form,
        "may_lock": may(request.user, roles.LOCK_PERIOD),
    }
    return _render(request, c, "editor/periods.html", context, status=400 if request.method == "POST" else 200)


@never_cache
def update_link(request: HttpRequest, token: str) -> HttpResponse:
    """The update form opened from a reminder's signed link, as the owner it was sent to (no password)."""
    try:
        link = update_links.open_link(token, timezone.now())
    except update_links.LinkRefused as refused:
        status = 403 if refused.reason == "tampered" else 410
        return render(request, "editor/link_refused.html", {"reason": refused.reason}, status=status)
    c = pages_current(link.record.entity.plan.slug)
    if c is None:
        raise Http404("Planen findes ikke / no such plan")
    view = _view(c, link.record.entity.key)
    require(link.user, roles.SUBMIT_UPDATE, view.record)
    return _update_form(request, c, view, link.user, period=link.period)
