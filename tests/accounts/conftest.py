from tests.dashboard.conftest import randers_loaded  # noqa: F401  (fixture)
from tests.editor.conftest import plan, staff  # noqa: F401  (fixtures)
