"""``headlinecheck serve``: the HTTP API and the paste-in page (the ``serve`` extra).

Only this package imports Starlette: ``import headlinecheck`` and the other commands stay light.
``headlinecheck.serve.app.create_app`` builds the ASGI application.
"""
