"""Staff pages about data: Lokale data (upload, confirm, type one value) and Datahentning (sync runs)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pejling.accounts.rules import may, require
from pejling.editor import local_data
from pejling.editor.access import staff_page, staff_plan
from pejling.editor.forms import DkfdsForm
from pejling.editor.models import LocalUpload
from pejling.editor.views import _back, _render
from pejling.lib.roles import UPLOAD_LOCAL_DATA
from pejling.stats.models import SyncRun


class UploadForm(DkfdsForm):
    file = forms.FileField(label=gettext_lazy("Fil (CSV eller XLSX)"))
    citation = forms.CharField(
        label=gettext_lazy("Kilde for alle rækker (når filen ikke har sin egen kildekolonne)"),
        required=False,
        max_length=500,
    )


class ValueForm(DkfdsForm):
    area = forms.CharField(label=gettext_lazy("Område (kommunekode eller navn)"), max_length=100)
    period = forms.CharField(label=gettext_lazy("Periode (fx 2025)"), max_length=20)
    value = forms.CharField(label=gettext_lazy("Værdi"), max_length=40)
    citation = forms.CharField(label=gettext_lazy("Kilde"), max_length=500)
    note = forms.CharField(label=gettext_lazy("Note"), required=False, max_length=500)


@staff_page
def local_list(request: HttpRequest) -> HttpResponse:
    c = staff_plan(request)
    return _render(request, c, "editor/local_list.html", {"bindings": local_data.local_bindings(c)})


@staff_page
def local_binding(request: HttpRequest, key: str) -> HttpResponse:
    c = staff_plan(request)
    found = local_data.find_local_binding(c, key)
    if found is None:
        raise Http404(f"Ingen lokal binding {key!r} / no such local binding")
    upload_form, value_form = UploadForm(), ValueForm(initial={"area": c.area})
    if request.method == "POST":
        require(request.user, UPLOAD_LOCAL_DATA)
        try:
            if "file" in request.FILES or request.POST.get("kind") == "file":
                upload_form = UploadForm(request.POST, request.FILES)
                if upload_form.is_valid():
                    file = upload_form.cleaned_data["file"]
                    upload = local_data.receive(
                        request.user,
                        timezone.now(),
                        found.stored.entity,
                        name=file.name,
                        content=local_data.read_upload(file),
                        citation=upload_form.cleaned_data["citation"],
                    )
                    return _back(request, c, "editor:local_upload", key, upload.pk)
            else:
                value_form = ValueForm(request.POST)
                if value_form.is_valid():
                    content = local_data.typed_value_file(**value_form.cleaned_data)
                    upload = local_data.receive(
                        request.user,
                        timezone.now(),
                        found.stored.entity,
                        name="indtastet.csv",
                        content=content,
                        citation=value_form.cleaned_data["citation"],
                        typed=True,
                    )
                    return _back(request, c, "editor:local_upload", key, upload.pk)
        except ValidationError as error:
            for message in error.messages:
                upload_form.add_error(None, message)
    uploads = LocalUpload.objects.filter(binding=found.stored.entity).select_related("uploaded_by")[:50]
    context = {
        "found": found,
        "upload_form": upload_form,
        "value_form": value_form,
        "uploads": uploads,
        "may_upload": may(request.user, UPLOAD_LOCAL_DATA),
    }
    status = 400 if request.method == "POST" else 200
    return _render(request, c, "editor/local_binding.html", context, status=status)


@staff_page
def local_upload(request: HttpRequest, key: str, pk: int) -> HttpResponse:
    c = staff_plan(request)
    found = local_data.find_local_binding(c, key)
    if found is None:
        raise Http404(f"Ingen lokal binding {key!r} / no such local binding")
    upload = get_object_or_404(LocalUpload, pk=pk, binding=found.stored.entity)
    if request.method == "POST":
        require(request.user, UPLOAD_LOCAL_DATA)
        try:
            if "cancel" in request.POST:
                local_data.cancel(request.user, timezone.now(), upload)
                messages.success(request, _("Filen er annulleret; intet er gemt."))
            else:
                local_data.confirm(request.user, timezone.now(), upload, found.binding)
                messages.success(request, _("Dataene er gemt."))
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        return _back(request, c, "editor:local_binding", key)
    return _render(request, c, "editor/local_upload.html", {"found": found, "upload": upload})


@staff_page
def sync_runs(request: HttpRequest) -> HttpResponse:
    c = staff_plan(request)
    runs = Paginator(SyncRun.objects.all(), 25).get_page(request.GET.get("side"))
    return _render(request, c, "editor/sync_runs.html", {"runs": runs})
