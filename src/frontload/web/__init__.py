"""The web dashboard and HTTP API (``frontload serve``); needs the ``web`` extra (FastAPI, uvicorn)."""
