"""Run the API and web UI with uvicorn: ``serve(db, host, port)`` prints the URL and blocks."""

from __future__ import annotations

import os
import secrets
import sys
import threading
import webbrowser
from pathlib import Path

import uvicorn

from lapwing.api import LOCAL_HOSTS, create_app

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def serve(
    db: str | Path,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    open_browser: bool = False,
    *,
    allow_ingest: bool = False,
    token: str | None = None,
    log_level: str = "warning",
) -> None:
    """Serve the database at ``db`` until interrupted (Ctrl-C).

    Binds to 127.0.0.1 unless told otherwise. With ``allow_ingest``, ``POST /api/ingest``
    accepts documents from clients that send the token (``token``, else the environment
    variable ``LAPWING_TOKEN``, else a random one printed here).
    """
    if allow_ingest:
        token = token or os.environ.get("LAPWING_TOKEN") or secrets.token_urlsafe(24)
    local = host in ("127.0.0.1", "localhost", "::1")
    app = create_app(db, token=token, allow_ingest=allow_ingest,
                     allowed_hosts=LOCAL_HOSTS if local else ["*"])
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{shown}:{port}/"
    print(f"Lapwing is serving {db} at {url}  (Ctrl-C to stop)", flush=True)
    if not local:
        print("warning: listening beyond this machine; anyone who can reach it can read the data",
              file=sys.stderr, flush=True)
    if allow_ingest:
        print(f"POST {url}api/ingest is on; send 'Authorization: Bearer {token}'", flush=True)
    if open_browser:
        threading.Timer(1.0, webbrowser.open, [url]).start()
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level,
                            server_header=False, proxy_headers=False)
    uvicorn.Server(config).run()
