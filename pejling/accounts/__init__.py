"""Staff: forvaltninger, roles (Django groups read through object rules), login (Django's and OpenID Connect)."""
