"""The public input pages: give input on a målsætning, Mål or initiative, confirm it from the mailed link, flag
a contribution, the proof-of-work challenge, and the privacy notice. None is cached and none sets a cookie but
Django's CSRF cookie on the forms. Thin: parse, call one action, render."""

from __future__ import annotations

import logging
from smtplib import SMTPException

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from pejling.dashboard import pages
from pejling.dashboard.caching import public_page
from pejling.lib.participation import moderation
from pejling.operations.clientip import client_ip
from pejling.participation import actions, challenge, limits, links, mail, queries, verification
from pejling.participation.forms import ContributionForm, FlagForm
from pejling.participation.ledger import ledger
from pejling.participation.models import Contribution

log = logging.getLogger(__name__)


def _current(plan_slug: str) -> pages.Current:
    c = pages.current(plan_slug)
    if c is None:
        raise Http404(f"Ingen plan {plan_slug!r} / no such plan")
    return c


def render_page(
    request: HttpRequest, c: pages.Current | None, template: str, context: dict[str, object], status: int = 200
) -> HttpResponse:
    return render(request, template, pages.page_context(c) | context, status=status)


def refusal_text(refusal: limits.Refusal) -> str:
    if refusal.scope == "email":
        return _(
            "Der er sendt for meget input fra denne e-mail den seneste time (højst %(limit)d). Prøv igen senere."
        ) % {"limit": refusal.limit}
    return _(
        "Der er sendt for meget input fra din internetforbindelse den seneste time (højst %(limit)d). Prøv igen senere."
    ) % {"limit": refusal.limit}


@never_cache
def give(request: HttpRequest, plan_slug: str, segment: str, key: str) -> HttpResponse:
    c = _current(plan_slug)
    found = queries.element(c.version, segment, key)
    if found is None:
        raise Http404(f"Intet planelement {segment}/{key} / no such plan element")
    form = ContributionForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        status = 400
        now = timezone.now()
        if form.is_valid():
            refusal = None
            if not challenge.solved(request.POST.get("altcha", ""), now):
                form.add_error(
                    None, _("Tjekket mod robotter blev ikke gennemført. Vent, til det er færdigt, og send igen.")
                )
            elif (refusal := limits.check_input(form.cleaned_data["email"], client_ip(request), now)) is not None:
                form.add_error(None, refusal_text(refusal))
                status = 429
            else:
                given = form.submission(get_language() or "da", verification.verified(request))
                contribution = actions.submit(now, found.entity, given)
                verification.forget(request)
                try:
                    mail.send_confirmation(contribution, found.label, now, get_language() or "da")
                except (OSError, SMTPException):
                    log.exception("confirmation mail for contribution %s could not be sent", contribution.pk)
                    return render_page(request, c, "participation/mail_failed.html", {}, status=503)
                return redirect(reverse("participation:sent"))
    context = {
        "form": form,
        "element": found,
        "page_url": queries.page_url(found, None if c.is_default else c.plan.slug),
        "challenge_url": reverse("participation:challenge"),
        "language": get_language() or "da",
        "answer_days": settings.PEJLING_ANSWER_DAYS,
        "verify_url": reverse("participation:verify", args=[plan_slug, segment, key]) if verification.enabled() else "",
        "verified": verification.verified(request),
        "verify_name": settings.PEJLING_CITIZEN_OIDC_NAME,
    }
    return render_page(request, c, "participation/give.html", context, status)


@never_cache
def sent(request: HttpRequest) -> HttpResponse:
    return render_page(
        request, pages.current(None), "participation/sent.html", {"link_hours": settings.PEJLING_CONFIRM_LINK_HOURS}
    )


@never_cache
def challenge_json(request: HttpRequest) -> JsonResponse:
    return JsonResponse(challenge.new_challenge(timezone.now()))


def _refused(request: HttpRequest, reason: str) -> HttpResponse:
    return render_page(request, pages.current(None), "participation/link_refused.html", {"reason": reason}, status=400)


@never_cache
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows what is confirmed (mail scanners open links), POST confirms it."""
    now = timezone.now()
    try:
        ids = links.open_token(links.CONFIRM, token, now)
    except links.LinkRefused as refused:
        return _refused(request, refused.reason)
    contribution = (
        Contribution.objects.filter(pk=int(ids.get("c", 0)), participant_id=int(ids.get("p", 0)))
        .select_related("entity")
        .first()
    )
    if contribution is None:
        return _refused(request, "gone")
    c = pages.current(contribution.entity.plan.slug)
    if request.method == "POST":
        contribution = actions.confirm(now, contribution)
    found = queries.element_of(c.version, contribution.entity) if c else None
    confirmed = contribution.visibility != moderation.UNCONFIRMED
    context: dict[str, object] = {"contribution": contribution, "element": found, "confirmed": confirmed}
    if contribution.received_at:
        received = timezone.localdate(contribution.received_at)
        days = settings.PEJLING_ANSWER_DAYS
        context["due"] = moderation.answer_deadline(received, received, answered=False, days=days).due
    if found and c:
        context["page_url"] = queries.page_url(found, None if c.is_default else c.plan.slug)
    return render_page(request, c, "participation/confirm.html", context)


@never_cache
def flag(request: HttpRequest, pk: int) -> HttpResponse:
    contribution = (
        Contribution.objects.filter(pk=pk, visibility=moderation.PUBLISHED).select_related("entity__plan").first()
    )
    if contribution is None:
        raise Http404("Intet offentliggjort bidrag / no such published contribution")
    c = pages.current(contribution.entity.plan.slug)
    form = FlagForm(request.POST if request.method == "POST" else None)
    status, done = 200, False
    if request.method == "POST":
        status = 400
        now = timezone.now()
        if form.is_valid():
            ip = client_ip(request)
            refusal = limits.check_flag(ip, now)
            if refusal is not None:
                form.add_error(None, refusal_text(refusal))
                status = 429
            else:
                actions.flag(now, contribution, form.cleaned_data["reason"], limits.keyed_hash("flag", ip))
                status, done = 200, True
    return render_page(
        request, c, "participation/flag.html", {"form": form, "contribution": contribution, "done": done}, status
    )


@public_page()
def privacy(request: HttpRequest) -> HttpResponse:
    context: dict[str, object] = {
        "keep_days": settings.PEJLING_PERSONAL_DATA_DAYS,
        "warning_days": settings.PEJLING_DELETION_WARNING_DAYS,
        "link_hours": settings.PEJLING_CONFIRM_LINK_HOURS,
    }
    return render_page(request, pages.current(None), "participation/privacy.html", context)


@public_page()
def ledger_page(request: HttpRequest, plan_slug: str, goal_key: str) -> HttpResponse:
    c = _current(plan_slug)
    found = ledger(c, goal_key, timezone.localdate())
    if found is None:
        raise Http404(f"Ingen målsætning {goal_key!r} / no such goal")
    goal_url = (
        reverse("dashboard:goal", args=[goal_key])
        if c.is_default
        else reverse("dashboard:plan_goal", args=[c.plan.slug, goal_key])
    )
    return render_page(request, c, "participation/ledger.html", found | {"goal_url": goal_url})


@never_cache
def stop(request: HttpRequest, token: str) -> HttpResponse:
    """The link in a change mail: GET asks, POST stops the mails about that contribution's initiative."""
    now = timezone.now()
    try:
        ids = links.open_token(links.STOP, token, now)
    except links.LinkRefused as refused:
        return _refused(request, refused.reason)
    contribution = Contribution.objects.filter(pk=int(ids.get("c", 0)), participant_id=int(ids.get("p", 0))).first()
    if contribution is None:
        return _refused(request, "gone")
    if request.method == "POST":
        contribution = actions.stop_updates(now, contribution)
    return render_page(request, pages.current(None), "participation/stop.html", {"contribution": contribution})


@never_cache
def verify(request: HttpRequest, plan_slug: str, segment: str, key: str) -> HttpResponse:
    """Off to the MitID broker; back to the form afterwards (404 when verification is not set up)."""
    c = _current(plan_slug)
    if not verification.enabled() or queries.element(c.version, segment, key) is None:
        raise Http404("Verifikation er ikke slået til / citizen verification is off")
    back = reverse("participation:give", args=[plan_slug, segment, key])
    return redirect(verification.start(request, municipality=c.plan.municipality_code, back_to=back))


@never_cache
def verify_done(request: HttpRequest) -> HttpResponse:
    if not verification.enabled():
        raise Http404("Verifikation er ikke slået til / citizen verification is off")
    try:
        _found, back = verification.finish(request, timezone.localdate())
    except SuspiciousOperation:
        log.warning("citizen verification refused", exc_info=True)
        return _refused(request, "tampered")
    return redirect(back)
