from tests.dashboard.conftest import randers_loaded  # noqa: F401  (fixture)
from tests.staff_fixtures import plan, staff  # noqa: F401  (fixtures)
