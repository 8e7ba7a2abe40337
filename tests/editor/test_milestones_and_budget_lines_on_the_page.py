"""On the initiative page staff add, correct and delete milestones and budget lines: a valid form is saved and
says so, an invalid one is shown again with its error (400) and writes nothing, a deletion is audited."""

import pytest

from pejling.audit.models import AuditEntry
from pejling.editor.models import BudgetLine, Milestone

PARTS = [
    ("milepael", Milestone, {"title": "Handleplan vedtaget", "due": "2027-03-01", "note": ""}, {"due": "ikke-en-dato"},
     "Milepælen er gemt.", "Milepælen er slettet.", "milestone.delete"),
    ("budget", BudgetLine, {"funding": "Investeringsstrategien", "year": "2027", "planned": "100000", "spent": "0",
     "note": ""}, {"planned": "-5"}, "Budgetlinjen er gemt.", "Budgetlinjen er slettet.", "budget.delete"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("path", "model", "valid", "broken", "saved", "deleted", "action"), PARTS, ids=["milestone", "budget"]
)
def test_add_refuse_and_delete(client, staff, path, model, valid, broken, saved, deleted, action):
    client.force_login(staff["strategi"])
    url = f"/redaktion/initiativ/1.i1/{path}/"
    added = client.post(url, valid, follow=True)
    assert saved in added.content.decode()
    [row] = model.objects.all()
    refused = client.post(url, valid | broken)
    assert refused.status_code == 400
    assert model.objects.count() == 1
    gone = client.post(f"{url}{row.pk}/", {"delete": "1"}, follow=True)
    assert deleted in gone.content.decode()
    assert model.objects.count() == 0
    assert AuditEntry.objects.filter(action=action, object_id=str(row.pk), after__isnull=True).count() == 1
