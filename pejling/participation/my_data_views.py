""" "Hent mine data" and "slet mine data": a person asks with their address, gets a signed link by mail, and
from it downloads everything kept about them as JSON or deletes it. The answer to the request never says
whether the address is known."""

from __future__ import annotations

import json
import logging
from smtplib import SMTPException

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from pejling.dashboard import pages
from pejling.operations.clientip import client_ip
from pejling.participation import limits, links, mail, personal_data
from pejling.participation.forms import MyDataForm
from pejling.participation.models import Participant
from pejling.participation.views import refusal_text, render_page

log = logging.getLogger(__name__)


def _render(request: HttpRequest, template: str, context: dict[str, object], status: int = 200) -> HttpResponse:
    return render_page(request, pages.current(None), template, context, status)


@never_cache
def ask(request: HttpRequest) -> HttpResponse:
    form = MyDataForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        now = timezone.now()
        email = form.cleaned_data["email"].strip().lower()
        refusal = limits.check_input(email, client_ip(request), now)
        if refusal is not None:
            form.add_error(None, refusal_text(refusal))
            return _render(request, "participation/my_data_ask.html", {"form": form}, status=429)
        participant = Participant.objects.filter(email=email).first()
        if participant is not None:
            try:
                mail.send_my_data_link(participant, now, get_language() or "da")
            except (OSError, SMTPException):
                log.exception("my-data mail could not be sent")
                return _render(request, "participation/mail_failed.html", {}, status=503)
        return _render(request, "participation/my_data_ask.html", {"asked": True})
    return _render(request, "participation/my_data_ask.html", {"form": form}, 400 if request.method == "POST" else 200)


@never_cache
def my_data(request: HttpRequest, token: str) -> HttpResponse:
    now = timezone.now()
    try:
        ids = links.open_token(links.MY_DATA, token, now)
    except links.LinkRefused as refused:
        return _render(request, "participation/link_refused.html", {"reason": refused.reason}, status=400)
    participant = Participant.objects.filter(pk=int(ids.get("p", 0))).first()
    if participant is None:
        return _render(request, "participation/link_refused.html", {"reason": "gone"}, status=400)
    if request.method == "POST" and request.POST.get("delete") == "yes":
        kept = personal_data.erase(now, participant)
        return _render(request, "participation/my_data_deleted.html", {"kept": kept})
    data = personal_data.export(participant)
    if request.GET.get("format") == "json":
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="mine-data.json"'
        return response
    return _render(request, "participation/my_data.html", {"data": data, "token": token})
