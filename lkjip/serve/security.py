"""The workspace's safety rules, in one place.

- It listens on 127.0.0.1 unless told otherwise, and then answers only requests addressed
  to 127.0.0.1/localhost (no DNS rebinding); on any other address a token is required
  (`--token` or LKJIP_TOKEN) and every request must carry it: `?token=` once (the server
  then sets an HttpOnly cookie and drops it from the address), the cookie, or an
  `Authorization: Bearer` header.
- Forms and uploads carry a per-session CSRF token (an HMAC of the session cookie); a
  POST without it, or from another origin, is refused.
- Every page is served with the HTML report's rule: nothing loads from anywhere but this
  server (Content-Security-Policy), no framing, no referrer.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from hashlib import sha256
from urllib.parse import urlencode, urlsplit

from starlette.datastructures import URL
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

SESSION_COOKIE = "lkjip_session"
TOKEN_COOKIE = "lkjip_token"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"

# The HTML report's policy, widened only to this server's own scripts, styles and images.
CSP = ("default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
HEADERS = {"content-security-policy": CSP, "x-content-type-options": "nosniff",
           "referrer-policy": "no-referrer", "x-frame-options": "DENY", "cache-control": "no-store"}


LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1"}


class BindError(Exception):
    """Listening beyond this machine without a token."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    if not is_loopback(host) and not token:
        raise BindError(f"listening on {host} makes the workspace reachable from other machines: "
                        "give --token (or set LKJIP_TOKEN), and every request will need it")


def csrf_token(secret: bytes, session: str) -> str:
    return hmac.new(secret, session.encode(), sha256).hexdigest()


def new_session() -> str:
    return secrets.token_urlsafe(24)


class SafetyMiddleware:
    """Token, session cookie, CSRF on unsafe methods, and the security headers."""

    def __init__(self, app: ASGIApp, secret: bytes, token: str | None, max_request_bytes: int) -> None:
        self.app = app
        self.secret = secret
        self.token = token
        self.max_request_bytes = max_request_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        response = self._refuse(request)
        if response is not None:
            await self._send(response, scope, receive, send)
            return
        session = request.cookies.get(SESSION_COOKIE)
        fresh = session is None or len(session) > 64
        if fresh:
            session = new_session()
        scope.setdefault("state", {})["session"] = session
        scope["state"]["csrf"] = csrf_token(self.secret, session or "")
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            refused = await self._csrf_refusal(request, session or "", fresh)
            if refused is not None:
                await self._send(refused, scope, receive, send)
                return

        async def send_with_headers(message: dict) -> None:  # type: ignore[type-arg]
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                for k, v in HEADERS.items():
                    if k.encode() not in names:
                        headers.append((k.encode(), v.encode()))
                if fresh:
                    headers.append((b"set-cookie", f"{SESSION_COOKIE}={session}; HttpOnly; SameSite=Strict; "
                                    "Path=/".encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _send(self, response: Response, scope: Scope, receive: Receive, send: Send) -> None:
        for k, v in HEADERS.items():
            response.headers.setdefault(k, v)
        await response(scope, receive, send)

    def _refuse(self, request: Request) -> Response | None:
        if self.token is None:
            # Without a token the workspace only answers to this machine's own names: a
            # page elsewhere whose domain is made to resolve to 127.0.0.1 (DNS rebinding)
            # gets nothing.
            host = urlsplit("//" + request.headers.get("host", "")).hostname or ""
            if host not in LOOPBACK_NAMES:
                return PlainTextResponse("421: this workspace answers on 127.0.0.1 / localhost only",
                                         status_code=421)
            return None
        given = request.query_params.get("token")
        if given is not None and hmac.compare_digest(given.encode(), self.token.encode()):
            # Set the cookie and drop the token from the address bar and the history.
            query = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            target = URL(path=request.url.path, query=urlencode(query))
            response = RedirectResponse(str(target), status_code=303)
            response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
            return response
        candidates = [request.cookies.get(TOKEN_COOKIE, "")]
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            candidates.append(auth[7:].strip())
        if any(c and hmac.compare_digest(c.encode(), self.token.encode()) for c in candidates):
            return None
        return PlainTextResponse("401: this workspace needs its token (open the address `lkjip serve` printed)",
                                 status_code=401)

    async def _csrf_refusal(self, request: Request, session: str, fresh: bool) -> Response | None:
        origin = request.headers.get("origin")
        if origin and origin != "null":
            host = request.headers.get("host", "")
            if urlsplit(origin).netloc != host:
                return PlainTextResponse("403: cross-site request refused", status_code=403)
        length = request.headers.get("content-length")
        if length is None and request.headers.get("transfer-encoding"):
            return PlainTextResponse("411: a Content-Length is required", status_code=411)
        if length is not None and (not length.isdigit() or int(length) > self.max_request_bytes):
            return PlainTextResponse("413: the upload is larger than this workspace accepts", status_code=413)
        if fresh:
            return PlainTextResponse("403: no session (reload the page)", status_code=403)
        return None


def csrf_ok(request: Request, form_value: object | None) -> bool:
    """The endpoint's check: the form field (or, for scripts, the header) matches this
    session's token. Every POST endpoint calls it before it changes anything."""
    expected = request.scope.get("state", {}).get("csrf", "")
    given = request.headers.get(CSRF_HEADER) or (form_value if isinstance(form_value, str) else "")
    return bool(expected and given) and hmac.compare_digest(given.encode(), expected.encode())
