"""Who acts when nobody is signed in: the person at the server's shell (``pejling user add``, imports). They
are trusted as an administrator, and the audit trail names them ``shell:<login name>``."""

from __future__ import annotations

import getpass
from dataclasses import dataclass


@dataclass(frozen=True)
class Operator:
    name: str
    kind: str = "shell"  # "shell", or "oidc" for roles mapped at an OpenID Connect login
    pk: None = None
    is_authenticated: bool = True
    is_active: bool = True
    is_superuser: bool = True

    def get_username(self) -> str:
        return f"{self.kind}:{self.name}"

    @property
    def username(self) -> str:
        return self.get_username()


def shell_operator() -> Operator:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "unknown"
    return Operator(name)
