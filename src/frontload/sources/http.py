"""One HTTP client for every API source: timeouts, bounded retries, raw bytes kept, keys never shown.

* Retries on 429 and 5xx (and on connection errors and timeouts) with
  exponential backoff, honouring ``Retry-After``; after ``retries`` attempts a
  :class:`SourceError` names the URL (key redacted) and the last status.
* Every successful response body is saved gzip-compressed under the cache
  folder, keyed by the request (method, URL, parameters; secrets excluded),
  with a small JSON sidecar: URL, status, time, SHA-256. A later run of the
  same request reads the saved bytes instead of asking again: that is what
  makes an interrupted fetch resumable, and a parse re-runnable offline.
* Secrets (API keys) travel in headers only and are replaced by ``***`` in
  every URL frontload prints or stores.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, quote_plus, urlencode

import httpx

from .. import __version__
from ..errors import SourceError

USER_AGENT = f"frontload/{__version__} (+https://github.com/frontload/frontload; trade statistics research)"


@dataclass(frozen=True)
class Fetched:
    url: str  # with query string, secrets redacted
    status: int
    body: bytes
    fetched_at: dt.datetime
    sha256: str
    from_cache: bool
    path: Path | None  # where the raw bytes are kept


def fetch_note(f: Fetched) -> str:
    """The fetch-log note for a response: status, time and where its raw bytes are kept."""
    where = f"raw bytes (gzip): {f.path}" if f.path else "raw bytes not kept (no cache folder)"
    return f"HTTP {f.status} at {f.fetched_at:%Y-%m-%d %H:%M:%S} UTC; {where}"


def redact(text: str, secrets: Mapping[str, str] | None = None) -> str:
    """``text`` (a URL, an error body) with each secret value, as written or percent-encoded, as ***."""
    out = text
    for v in (secrets or {}).values():
        if v:
            out = out.replace(v, "***").replace(quote(v, safe=""), "***").replace(quote_plus(v), "***")
    return out


# Secret values this process has sent: httpx logs every request's URL at INFO, and Census's key
# travels in the query, so a user who turns logging on would find it in their logs.
_SENT_SECRETS: set[str] = set()


class _RedactSecrets(logging.Filter):
    """Rewrite httpx's log records with every secret sent so far shown as ***."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _SENT_SECRETS:
            msg = record.getMessage()
            safe = redact(msg, {str(i): v for i, v in enumerate(_SENT_SECRETS)})
            if safe != msg:
                record.msg, record.args = safe, None
        return True


logging.getLogger("httpx").addFilter(_RedactSecrets())


class HttpClient:
    def __init__(
        self,
        cache_dir: Path | str | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        retries: int = 4,
        backoff: float = 1.0,
        timeout: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self._client = httpx.Client(
            transport=transport, timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT}
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def url_for(url: str, params: Mapping[str, str] | None = None) -> str:
        return f"{url}?{urlencode(sorted((params or {}).items()))}" if params else url

    def _paths(self, full_url: str) -> tuple[Path, Path] | None:
        if self.cache_dir is None:
            return None
        key = hashlib.sha256(full_url.encode()).hexdigest()[:32]
        base = self.cache_dir / key[:2] / key
        return base.with_suffix(".body.gz"), base.with_suffix(".json")

    def get(
        self,
        url: str,
        params: Mapping[str, str] | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        secrets: Mapping[str, str] | None = None,
        refresh: bool = False,
    ) -> Fetched:
        """GET with retries; the saved response is reused unless ``refresh``.

        ``secrets`` maps header names to secret values; they are sent as headers
        and never appear in the returned or saved URL.
        """
        full = self.url_for(url, params)
        shown = redact(full, secrets)
        paths = self._paths(shown)
        if paths and not refresh and paths[0].exists() and paths[1].exists():
            meta = json.loads(paths[1].read_text())
            body = gzip.decompress(paths[0].read_bytes())
            return Fetched(
                shown,
                meta["status"],
                body,
                dt.datetime.fromisoformat(meta["fetched_at"]),
                meta["sha256"],
                True,
                paths[0],
            )
        _SENT_SECRETS.update(v for v in (secrets or {}).values() if v)
        hdrs = dict(headers or {})
        # A secret named like a query parameter (Census's ``key``) travels in the query; the rest
        # (Comtrade's subscription header) as headers. Either way it is redacted from ``shown``.
        hdrs.update({k: v for k, v in (secrets or {}).items() if v and k not in (params or {})})
        last = "no attempt"
        for attempt in range(self.retries + 1):
            try:
                r = self._client.get(url, params=dict(params or {}), headers=hdrs)
            except httpx.TimeoutException:
                last = "timed out"
            except httpx.TransportError as exc:
                last = f"connection failed ({type(exc).__name__})"
            else:
                if r.status_code in (200, 204):  # 204: an empty result (Census)
                    return self._keep(shown, r.status_code, r.content, paths)
                if r.status_code in (401, 403):
                    raise SourceError(
                        "the API refused the request: the key is missing, wrong or not "
                        "subscribed to this endpoint",
                        url=shown,
                        status=r.status_code,
                        hint="check the key's environment variable; it is never printed",
                    )
                if r.status_code != 429 and r.status_code < 500:
                    raise SourceError(  # some APIs echo the request, key included, in the error body
                        f"the API rejected the request: {redact(r.text, secrets)[:200]}", url=shown,
                        status=r.status_code,
                    )
                last = f"status {r.status_code}"
                wait = _retry_after(r.headers.get("Retry-After"))
                if attempt < self.retries:
                    self.sleep(wait if wait is not None else self.backoff * 2**attempt)
                    continue
                break
            if attempt < self.retries:
                self.sleep(self.backoff * 2**attempt)
        raise SourceError(
            f"request failed after {self.retries + 1} attempts ({last}); nothing was written",
            url=shown,
            hint="try again later: finished chunks are kept and will be skipped",
        )

    def reject(self, f: Fetched) -> None:
        """Set aside a saved response that did not parse (truncated, not JSON, columns changed), so the
        next run asks the API again instead of failing on the same bytes; they are kept as
        ``*.rejected`` for inspection."""
        for p in self._paths(f.url) or ():  # the body and its metadata, as get() saved them
            if p.exists():
                p.replace(p.with_name(p.name + ".rejected"))

    def _keep(self, shown: str, status: int, body: bytes, paths: tuple[Path, Path] | None) -> Fetched:
        now = dt.datetime.now(dt.UTC)
        digest = hashlib.sha256(body).hexdigest()
        if paths:
            paths[0].parent.mkdir(parents=True, exist_ok=True)
            tmp = paths[0].with_suffix(".tmp")
            tmp.write_bytes(gzip.compress(body))
            tmp.replace(paths[0])  # atomic: a killed run never leaves half a body
            paths[1].write_text(
                json.dumps(
                    {
                        "url": shown,
                        "status": status,
                        "fetched_at": now.isoformat(),
                        "sha256": digest,
                        "bytes": len(body),
                    }
                )
            )
        return Fetched(shown, status, body, now, digest, False, paths[0] if paths else None)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
