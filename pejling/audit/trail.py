"""Writing through the audit trail. An action opens ``change(actor, now, action)``: inside it audited models
may be saved and deleted, each tracked object's state before and after is recorded in one transaction, and
the change is announced once it commits. Outside it, and always for ``QuerySet.update()`` and bulk writes,
audited models raise ``UnauditedWrite``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction

from pejling.changes import announce


class UnauditedWrite(RuntimeError):
    """A write to an audited model outside an action's ``change()``, or one that bypasses ``save()``."""


@dataclass
class _Tracked:
    obj: models.Model
    before: dict[str, Any] | None
    deleted: bool = False


@dataclass
class Change:
    actor: Any
    now: datetime
    action: str
    tracked: list[_Tracked] = field(default_factory=list)

    def track(self, obj: models.Model, *, as_stored: bool = False) -> None:
        """Remember ``obj``'s state now (None for an object not yet saved) before changing it; ``as_stored``
        takes the state from the database instead (when the object in hand was already changed, as in a form)."""
        if obj.pk is None:
            before = None
        elif as_stored:
            stored = type(obj)._default_manager.filter(pk=obj.pk).first()
            before = state(stored) if stored is not None else None
        else:
            before = state(obj)
        self.tracked.append(_Tracked(obj, before))

    def delete(self, obj: models.Model) -> None:
        """Delete ``obj``, recording its last state."""
        self.tracked.append(_Tracked(obj, state(obj), deleted=True))
        obj.delete()


NEVER_RECORDED = frozenset({"password", "last_login"})  # a password hash never enters the trail
NEVER_RECORDED_RELATIONS = frozenset({"user_permissions"})
_current: ContextVar[Change | None] = ContextVar("pejling_audit_change", default=None)


def _json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, models.Model):
        return str(value)
    return value


def state(obj: models.Model) -> dict[str, Any]:
    """The object's fields as JSON: related objects by their text, many-to-many as a sorted list."""
    values: dict[str, Any] = {}
    excluded = NEVER_RECORDED | set(getattr(obj, "audit_exclude", ()))  # large fields a model keeps elsewhere
    for f in obj._meta.concrete_fields:
        if f.name in excluded:
            continue
        if isinstance(f, models.ForeignKey):
            related = getattr(obj, f.name)
            values[f.name] = str(related) if related is not None else None
        elif not isinstance(f, models.FileField):
            values[f.name] = _json(f.value_from_object(obj))
        else:
            values[f.name] = getattr(obj, f.name).name or None
    if obj.pk:
        for m2m in obj._meta.many_to_many:
            if m2m.name not in NEVER_RECORDED_RELATIONS:
                values[m2m.name] = sorted(str(item) for item in getattr(obj, m2m.name).all())
    return values


def _subject(obj: models.Model) -> Any:
    subject = getattr(obj, "audit_subject", None)
    return subject() if callable(subject) else None


def _label(user: Any) -> str:
    if user is None or not getattr(user, "is_authenticated", False):
        return "system"
    return str(user.get_username())[:254]


@contextmanager
def change(actor: Any, now: datetime, action: str, *, announce_as: str | None = None) -> Iterator[Change]:
    """One audited, atomic write. ``announce_as`` ("initiatives", "data", …) announces it on commit."""
    from pejling.audit.models import AuditEntry

    current = Change(actor, now, action)
    with transaction.atomic():
        token = _current.set(current)
        try:
            yield current
        finally:
            _current.reset(token)
        rows = []
        for tracked in current.tracked:
            after = None if tracked.deleted else state(tracked.obj)
            if after == tracked.before:
                continue
            obj = tracked.obj
            rows.append(
                AuditEntry(
                    at=now,
                    actor=actor if getattr(actor, "pk", None) else None,
                    actor_label=_label(actor),
                    action=action,
                    content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
                    object_id=str((tracked.before or after or {}).get("id", obj.pk)),
                    object_label=str(obj)[:300],
                    subject=_subject(obj),
                    before=tracked.before,
                    after=after,
                )
            )
        AuditEntry.objects.bulk_create(rows)
        if announce_as:
            announce(announce_as)


def record_fact(
    actor: Any, now: datetime, action: str, obj: models.Model, *, before: Any, after: Any, subject: Any = None
) -> None:
    """One audit row for a change that is not a save of an audited model (a plan load changing a Mål's
    interpretation): the caller gives the before and after it compared. Call it inside the write's transaction."""
    from pejling.audit.models import AuditEntry

    AuditEntry.objects.create(
        at=now,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=_label(actor),
        action=action,
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
        object_id=str(obj.pk),
        object_label=str(obj)[:300],
        subject=subject,
        before=before,
        after=after,
    )


def _refuse(model: type[models.Model], how: str) -> UnauditedWrite:
    return UnauditedWrite(
        f"{model._meta.label}: {how} går uden om historikken; brug en handling (action) / "
        f"bypasses the audit trail; use an action"
    )


class AuditedQuerySet(models.QuerySet):  # type: ignore[type-arg]
    """Refuses every write that does not pass through ``save()``/``delete()`` of one object."""

    def update(self, **kwargs: Any) -> int:
        raise _refuse(self.model, "QuerySet.update()")

    def bulk_create(self, *args: Any, **kwargs: Any) -> Any:
        raise _refuse(self.model, "bulk_create()")

    def bulk_update(self, *args: Any, **kwargs: Any) -> int:
        raise _refuse(self.model, "bulk_update()")

    def delete(self) -> Any:
        raise _refuse(self.model, "QuerySet.delete()")


class AuditedModel(models.Model):
    """Base of every audited model: saves and deletes only inside ``change()``."""

    objects = AuditedQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if _current.get() is None:
            raise _refuse(type(self), "save() uden for change() / outside change()")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        if _current.get() is None:
            raise _refuse(type(self), "delete() uden for change() / outside change()")
        return super().delete(*args, **kwargs)
