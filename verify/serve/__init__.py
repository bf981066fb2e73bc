"""``verify serve``: the local web page and JSON API (needs the ``serve`` extra: Starlette, uvicorn)."""
