"""``python -m tests.oidc_provider.serve setup REDIRECT POST_LOGOUT USERS_JSON`` | ``groups USER JSON`` | ``run PORT``."""

import json
import os
import sys
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server


def _key(database: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    Path(f"{database}.pem").write_bytes(pem)


def setup(redirect: str, post_logout: str, users: dict[str, list[str]]) -> None:
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from oauth2_provider.models import Application

    from tests.oidc_provider import CLIENT_ID, CLIENT_SECRET, PASSWORD

    call_command("migrate", verbosity=0)
    Application.objects.create(
        name="Pejling",
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        redirect_uris=redirect,
        post_logout_redirect_uris=post_logout,
        algorithm=Application.RS256_ALGORITHM,
        skip_authorization=True,
    )
    for email, groups in users.items():
        user = User.objects.create_user(email, email=email, password=PASSWORD, first_name="Test", last_name="Bruger")
        user.groups.set([Group.objects.get_or_create(name=g)[0] for g in groups])


def set_groups(username: str, groups: list[str]) -> None:
    from django.contrib.auth.models import Group, User

    User.objects.get(username=username).groups.set([Group.objects.get_or_create(name=g)[0] for g in groups])


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _Threaded(ThreadingMixIn, WSGIServer):
    daemon_threads = True


def main(argv: list[str]) -> None:
    database = Path(os.environ["OIDC_TEST_DB"])
    if argv[0] == "setup":
        _key(database)
    import django

    django.setup()
    if argv[0] == "setup":
        setup(argv[1], argv[2], json.loads(argv[3]))
    elif argv[0] == "groups":
        set_groups(argv[1], json.loads(argv[2]))
    else:
        from django.core.wsgi import get_wsgi_application

        server = make_server("127.0.0.1", int(argv[1]), get_wsgi_application(), _Threaded, _Quiet)
        server.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1:])
