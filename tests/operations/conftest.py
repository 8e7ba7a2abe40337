from tests.dashboard.conftest import randers_assessed, randers_loaded  # noqa: F401  (fixtures)
from tests.stats.conftest import fake, statbank_client  # noqa: F401  (fixtures)
