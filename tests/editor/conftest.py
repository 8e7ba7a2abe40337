"""The editor's tests: the Randers plan and one user per role."""

from tests.dashboard.conftest import randers_loaded  # noqa: F401  (fixture)
from tests.staff_fixtures import NOW, PASSWORD, SHELL, entity, plan, record, staff  # noqa: F401  (fixtures, names)
