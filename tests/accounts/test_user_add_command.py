"""`pejling user add EMAIL --role ROLE [--initiative ID] [--forvaltning NAME]` and `pejling user list`."""

from django.contrib.auth import get_user_model

from pejling.accounts.roles import roles_of
from pejling.audit.models import AuditEntry
from pejling.editor.models import InitiativeRecord
from tests.conftest import run_command


def test_adding_an_owner_with_initiatives_and_a_forvaltning(plan, capsys):
    code, out = run_command(
        capsys,
        "user",
        "add",
        "Anne@Randers.dk",
        "--role",
        "initiativejer",
        "--initiative",
        "1.i1",
        "--initiative",
        "1.i2",
        "--forvaltning",
        "Børn og Skole",
        "--name",
        "Anne Jensen",
    )
    assert code == 0
    assert out.splitlines() == [
        "anne@randers.dk: initiativejer",
        "Log ind med OpenID Connect, eller sæt en adgangskode / set a password: pejling changepassword anne@randers.dk",
    ]
    user = get_user_model().objects.get(username="anne@randers.dk")
    assert (user.email, user.get_full_name(), roles_of(user)) == ("anne@randers.dk", "Anne Jensen", {"initiativejer"})
    assert (user.staff_profile.forvaltning.name, user.staff_profile.forvaltning_grant) == ("Børn og Skole", True)
    owned = InitiativeRecord.objects.filter(owner=user).values_list("entity__key", "forvaltning__name")
    assert sorted(owned) == [("1.i1", "Børn og Skole"), ("1.i2", "Børn og Skole")]
    staff_rows = AuditEntry.objects.exclude(action="interpretation.change")  # the plan's load is audited too
    assert all(label.startswith("shell:") for label in staff_rows.values_list("actor_label", flat=True))
    assert sorted(staff_rows.values_list("action", flat=True)) == [
        "forvaltning.save",
        "initiative.change",
        "initiative.change",
        "user.save",
        "user.save",
    ]
    code, out = run_command(capsys, "user", "list")
    assert "anne@randers.dk │ initiativejer  │ Børn og Skole (alle initiativer) │ 1.i1, 1.i2" in out


def test_adding_again_replaces_the_roles(plan, capsys):
    run_command(capsys, "user", "add", "bo@randers.dk", "--role", "administrator")
    user = get_user_model().objects.get(username="bo@randers.dk")
    assert (user.is_staff, user.is_superuser) == (True, True)
    run_command(capsys, "user", "add", "bo@randers.dk", "--role", "laeser", "--role", "strategi")
    user.refresh_from_db()
    assert (roles_of(user), user.is_staff, user.is_superuser) == ({"laeser", "strategi"}, False, False)
    [second] = AuditEntry.objects.filter(action="user.save", object_label="bo@randers.dk", before__isnull=False)
    assert ("groups", ["Administrator"], ["Læser", "Strategi og analyse"]) in second.changed_fields()


def test_bad_input_is_reported_and_nothing_is_written(plan, capsys):
    code, out = run_command(capsys, "user", "add", "cy@randers.dk", "--role", "laeser", "--initiative", "9.i9")
    assert code == 2 and "initiativet findes ikke i randers-fremtidens-randers / no such initiative: 9.i9" in out
    code, out = run_command(capsys, "user", "add", "ikke-en-adresse", "--role", "laeser")
    assert code == 2 and "fejl / error:" in out
    assert not get_user_model().objects.exists()
    assert not AuditEntry.objects.exclude(action="interpretation.change").exists()
