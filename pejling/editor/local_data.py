"""Local data in the browser: a CSV/XLSX upload (or one typed value) for a ``local`` binding is checked by the
same validator as ``pejling data import``; nothing is stored until staff confirm a file without problems.
Every upload is kept with its file, uploader and time."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext

from pejling.accounts.rules import require
from pejling.audit.trail import change
from pejling.dashboard.pages import Current
from pejling.editor.models import LocalUpload
from pejling.lib.planfile.schema import Binding
from pejling.lib.roles import UPLOAD_LOCAL_DATA
from pejling.plans.models import Binding as StoredBinding
from pejling.plans.models import PlanEntity
from pejling.stats.imports import check_local_file, import_local_file

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
PREVIEW_ROWS = 200
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class LocalBinding:
    stored: StoredBinding
    binding: Binding
    latest: dict[str, Any] | None
    last_upload: LocalUpload | None

    @property
    def key(self) -> str:
        return self.binding.id


def local_bindings(c: Current) -> list[LocalBinding]:
    """The plan's local bindings with their latest value for the plan's municipality and last stored upload."""
    from pejling.stats.indicator_provenance import indicator_values_with_provenance

    schemas = {b.id: b for goal in c.plan_file.goals for t in goal.targets for b in t.bindings if b.source == "local"}
    stored = StoredBinding.objects.filter(target__goal__version=c.version, source="local").select_related(
        "target", "entity"
    )
    found = []
    for row in stored.order_by("target__goal__position", "target__position", "position"):
        values = indicator_values_with_provenance(schemas[row.key], c.area)
        last = (
            LocalUpload.objects.filter(binding=row.entity, state=LocalUpload.State.STORED)
            .select_related("uploaded_by")
            .first()
        )
        found.append(LocalBinding(row, schemas[row.key], values[-1] if values else None, last))
    return found


def find_local_binding(c: Current, key: str) -> LocalBinding | None:
    return next((b for b in local_bindings(c) if b.key == key), None)


def _stored_name(name: str) -> str:
    suffix = Path(name).suffix.lower()
    stem = _SAFE_NAME.sub("-", Path(name).stem)[:60] or "data"
    return f"{stem}{suffix if suffix in ('.csv', '.xlsx', '.xlsm') else '.csv'}"


def read_upload(upload: UploadedFile) -> bytes:
    """The uploaded bytes, refused above the size limit (never read whole into memory first)."""
    if (upload.size or 0) > MAX_UPLOAD_BYTES:
        raise ValidationError(
            gettext("Filen er for stor (højst %(mb)d MB).") % {"mb": MAX_UPLOAD_BYTES // 1024 // 1024}
        )
    return b"".join(upload.chunks())


def receive(
    actor: Any, now: datetime, entity: PlanEntity, *, name: str, content: bytes, citation: str, typed: bool = False
) -> LocalUpload:
    """Check a file and keep it: pending when it has no problems, rejected (with every problem) when it has."""
    require(actor, UPLOAD_LOCAL_DATA)
    name = Path(name or "data.csv").name[:200]
    read = check_local_file(Path(name), content, citation=citation)
    with change(actor, now, "local_data.upload") as audit:
        upload = LocalUpload(
            binding=entity,
            original_name=name,
            sha256=hashlib.sha256(content).hexdigest(),
            citation=citation.strip()[:500],
            typed=typed,
            uploaded_by=actor if getattr(actor, "pk", None) else None,
            uploaded_at=now,
            state=LocalUpload.State.REJECTED if read.problems else LocalUpload.State.PENDING,
            problems=[p.as_dict() for p in read.problems],
            rows=[[r.line, r.area, r.period, r.value, r.source or citation, r.note] for r in read.rows[:PREVIEW_ROWS]],
        )
        upload.file.save(_stored_name(name), ContentFile(content), save=False)
        audit.track(upload)
        upload.save()
    return upload


def confirm(
    actor: Any, now: datetime, upload: LocalUpload, binding: Binding, *, entered_by: str | None = None
) -> LocalUpload:
    """Store a pending upload's rows in the binding's series (all or nothing) and recompute its indicator."""
    require(actor, UPLOAD_LOCAL_DATA)
    if upload.state != LocalUpload.State.PENDING:
        raise ValidationError(gettext("Kun en fil, der afventer bekræftelse, kan gemmes."))
    with change(actor, now, "local_data.confirm", announce_as="data") as audit:
        audit.track(upload)
        result = import_local_file(
            Path(upload.file.path),
            binding=binding,
            entered_by=entered_by or _who(actor),
            citation=upload.citation,
            now=now,
            name=upload.original_name,
        )
        if result.problems:
            upload.state, upload.problems = LocalUpload.State.REJECTED, [p.as_dict() for p in result.problems]
        else:
            upload.state, upload.counts = LocalUpload.State.STORED, result.counts
        upload.decided_at = now
        upload.save()
    return upload


def cancel(actor: Any, now: datetime, upload: LocalUpload) -> None:
    require(actor, UPLOAD_LOCAL_DATA)
    if upload.state != LocalUpload.State.PENDING:
        raise ValidationError(gettext("Kun en fil, der afventer bekræftelse, kan annulleres."))
    with change(actor, now, "local_data.cancel") as audit:
        audit.track(upload)
        upload.state, upload.decided_at = LocalUpload.State.CANCELLED, now
        upload.save()


def typed_value_file(*, area: str, period: str, value: str, citation: str, note: str) -> bytes:
    """One typed value as the CSV the validator reads (so it is checked exactly like a file)."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";")
    writer.writerow(["område", "periode", "værdi", "kilde", "note"])
    writer.writerow([area, period, value, citation, note])
    return text.getvalue().encode("utf-8")


def _who(actor: Any) -> str:
    return str(actor.get_username()) if getattr(actor, "is_authenticated", False) else "system"
