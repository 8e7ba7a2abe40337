"""Input from citizens, associations and businesses, tied to a målsætning, Mål or initiative (a ``PlanEntity``).

Personal data live in ``Participant`` alone, which is never written to the audit trail; a contribution keeps
only what the public sees, and the fields that could identify its writer are left out of the trail
(``audit_exclude``). Deleting a person's data removes the participant and blanks those fields: the
contribution stays, anonymised."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from pejling.audit.trail import AuditedModel
from pejling.lib.participation import kinds, moderation
from pejling.plans.models import PlanEntity

PERSONAL_FIELDS = ("participant", "organisation", "cvr", "age_band", "postal_code", "verified_resident")


class Participant(models.Model):
    """One e-mail address that has given input. Not audited: the trail must hold no personal data."""

    email = models.EmailField("e-mail", unique=True)
    pseudonym = models.CharField("vist navn", max_length=40, unique=True)
    created_at = models.DateTimeField("oprettet")
    confirmed_at = models.DateTimeField("e-mail bekræftet", null=True, blank=True)
    last_active_at = models.DateTimeField("senest aktiv")
    deletion_warned_at = models.DateTimeField("advaret om sletning", null=True, blank=True)
    verified_resident = models.BooleanField("bor i kommunen (verificeret)", default=False)
    verified_age_band = models.CharField("aldersgruppe (verificeret)", max_length=10, blank=True)
    language = models.CharField("sprog", max_length=5, default="da")  # of the page the input was given on

    class Meta:
        verbose_name = "deltager"
        verbose_name_plural = "deltagere"

    def __str__(self) -> str:
        return self.pseudonym


class Contribution(AuditedModel):
    entity = models.ForeignKey(
        PlanEntity, on_delete=models.CASCADE, related_name="contributions", verbose_name="planelement"
    )
    participant = models.ForeignKey(
        Participant, null=True, blank=True, on_delete=models.SET_NULL, related_name="contributions"
    )
    kind = models.CharField("slags", max_length=20, choices=list(kinds.KINDS.items()))
    giver = models.CharField("givet af", max_length=20, choices=list(kinds.GIVERS.items()))
    organisation = models.CharField("forening eller virksomhed", max_length=120, blank=True)
    cvr = models.CharField("CVR-nummer", max_length=8, blank=True)
    age_band = models.CharField("aldersgruppe", max_length=10, blank=True)
    postal_code = models.CharField("postnummer", max_length=4, blank=True)
    text = models.TextField("tekst")
    wants_updates = models.BooleanField("vil have besked om ændringer", default=False)
    verified_resident = models.BooleanField("verificeret: bor i kommunen", null=True, blank=True)  # None: not verified
    created_at = models.DateTimeField("indsendt")
    received_at = models.DateTimeField("modtaget (e-mail bekræftet)", null=True, blank=True)
    visibility = models.CharField(
        "synlighed", max_length=20, choices=list(moderation.VISIBILITIES.items()), default=moderation.UNCONFIRMED
    )
    moderation_note = models.TextField("moderators begrundelse", blank=True)
    flag_count = models.PositiveIntegerField("anmeldelser", default=0)
    status = models.CharField(
        "status", max_length=20, choices=[(s.code, s.label) for s in kinds.STATUSES.values()], default=kinds.RECEIVED
    )
    answer = models.TextField("kommunens svar", blank=True)
    status_reason = models.TextField("begrundelse", blank=True)
    initiative = models.ForeignKey(
        PlanEntity,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="fed_by",
        verbose_name="indgår i initiativ",
    )
    answered_at = models.DateTimeField("besvaret", null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    notified_until = models.DateTimeField("ændringer meddelt til og med", null=True, blank=True)
    anonymised_at = models.DateTimeField("anonymiseret", null=True, blank=True)

    audit_exclude = (*PERSONAL_FIELDS, "notified_until")  # the last: bookkeeping of the change mails

    class Meta:
        verbose_name = "bidrag"
        verbose_name_plural = "bidrag"
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["entity", "visibility"], name="contribution_entity_visible")]

    def __str__(self) -> str:
        return f"bidrag {self.pk}"

    def audit_subject(self) -> PlanEntity:
        return self.entity

    @property
    def display_name(self) -> str:
        """What the public sees: the organisation's name, else the pseudonym, else "Anonym"."""
        if self.organisation:
            return self.organisation
        return self.participant.pseudonym if self.participant_id and self.participant else ""


class Flag(models.Model):
    """Someone's report that a contribution breaks the rules. Who flagged is kept only as a keyed hash of their
    address, so that one address counts once."""

    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="flags")
    reason = models.TextField("begrundelse")
    at = models.DateTimeField("tidspunkt")
    reporter = models.CharField("anmelder (nøglet hash)", max_length=64)

    class Meta:
        verbose_name = "anmeldelse"
        verbose_name_plural = "anmeldelser"
        ordering = ["-at"]
        constraints = [models.UniqueConstraint(fields=["contribution", "reporter"], name="one_flag_per_reporter")]

    def __str__(self) -> str:
        return f"anmeldelse af {self.contribution_id}"


class DigestSent(models.Model):
    """The moderators' daily digest, once per day and address."""

    day = models.DateField("dag")
    recipient = models.EmailField("modtager")

    class Meta:
        verbose_name = "moderatoroversigt sendt"
        verbose_name_plural = "moderatoroversigter sendt"
        constraints = [models.UniqueConstraint(fields=["day", "recipient"], name="one_digest_a_day")]

    def __str__(self) -> str:
        return f"{self.day} {self.recipient}"
