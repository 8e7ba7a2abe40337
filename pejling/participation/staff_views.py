"""The moderators' pages: the queue (held, hidden and unanswered contributions with their ages, deadlines and
counts) and one contribution, where it is published, hidden or restored with a reason and answered."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from pejling.accounts.rules import may, require
from pejling.editor.access import staff_page, staff_plan
from pejling.lib import roles
from pejling.lib.participation import kinds, moderation
from pejling.participation import actions, queries
from pejling.participation.export import export as export_file
from pejling.participation.models import Contribution
from pejling.participation.staff_forms import AnswerForm, ModerateForm


@staff_page
def queue(request: HttpRequest) -> HttpResponse:
    c = staff_plan(request)
    context = {
        "plan": c.version,
        "current": c,
        "plan_query": "" if c.is_default else f"?plan={c.plan.slug}",
        "may_export": may(request.user, roles.ANSWER_INPUT),
        **queries.queue(c.version, timezone.localdate()),
    }
    return render(request, "participation/staff_queue.html", context)


@staff_page
def contribution(request: HttpRequest, pk: int) -> HttpResponse:
    found = Contribution.objects.filter(pk=pk).select_related("entity__plan", "initiative").first()
    if found is None:
        raise Http404("Intet bidrag / no such contribution")
    c = staff_plan(request)
    if found.entity.plan_id != c.plan.pk:
        raise Http404("Bidraget hører til en anden plan / belongs to another plan")
    initiatives = queries.initiative_choices(c.version)
    moderate_form = ModerateForm(found, request.POST if request.POST.get("form") == "moderate" else None)
    answer_form = AnswerForm(
        initiatives, request.POST if request.POST.get("form") == "answer" else None, instance=found
    )
    status = 200
    if request.method == "POST":
        status = 400
        now = timezone.now()
        try:
            if request.POST.get("form") == "moderate" and moderate_form.is_valid():
                d = moderate_form.cleaned_data
                actions.moderate(request.user, now, found, d["step"], d["reason"])
                messages.success(request, _("Bidraget er opdateret."))
                return HttpResponseRedirect(request.get_full_path())
            if request.POST.get("form") == "answer" and answer_form.is_valid():
                d = answer_form.cleaned_data
                chosen = initiatives[d["initiative"]][0] if d["initiative"] in initiatives else None
                actions.answer(
                    request.user,
                    now,
                    found,
                    status=d["status"],
                    text=d["answer"],
                    reason=d["reason"],
                    initiative=chosen,
                )
                messages.success(request, _("Svaret er gemt."))
                return HttpResponseRedirect(request.get_full_path())
        except ValidationError as refused:
            target = moderate_form if request.POST.get("form") == "moderate" else answer_form
            for message in refused.messages:
                target.add_error(None, message)
    context = {
        "plan": c.version,
        "current": c,
        "plan_query": "" if c.is_default else f"?plan={c.plan.slug}",
        "row": queries.row(c.version, found, timezone.localdate()),
        "c": found,
        "flags": list(found.flags.all()),
        "moderate_form": moderate_form,
        "answer_form": answer_form,
        "may_moderate": may(request.user, roles.MODERATE_INPUT),
        "may_answer": may(request.user, roles.ANSWER_INPUT),
        "visibility": moderation.VISIBILITIES[found.visibility],
        "giver": _(kinds.GIVERS[found.giver]),
        "kind": _(kinds.KINDS[found.kind]),
        "queue_url": reverse("participation:queue"),
    }
    return render(request, "participation/staff_contribution.html", context, status=status)


@staff_page
def export(request: HttpRequest, fmt: str) -> HttpResponse:
    """Every contribution of the plan as CSV or XLSX (moderators, strategi, administrators)."""
    require(request.user, roles.ANSWER_INPUT)
    return export_file(staff_plan(request).plan, fmt)
