"""python-telegram-bot's HTTP layer on aiohttp instead of httpx.

PTB sends every Bot API call through a ``BaseRequest``; its default, ``HTTPXRequest``, spends
~1.1-1.4 ms of CPU on each call (httpx's client, httpcore's pool checking every connection,
anyio's stream wrappers), more than half of the event loop's time per update under load.
aiohttp — already here for the webhook server — does the same POST in ~0.2-0.3 ms (a
local server, 2,000 posts 8 at a time, measured on the benchmark machine). PTB documents
``BaseRequest`` as the place to swap the HTTP library: ``Bot``, ``Application``, the rate
limiter and PTB's own mapping of status codes to errors stay as they are.

What PTB's ``HTTPXRequest`` guarantees and this keeps:

- **Errors.** A timeout is PTB's ``TimedOut``, any other transport failure its
  ``NetworkError``, each raised *from* aiohttp's exception, so ``pacing.classify`` can still
  tell a request that never left (no connection, no free connection in time: certain) from
  one whose answer was lost (a read timeout, a connection dropped mid-way: ambiguous).
- **Timeouts**, per call or by default: ``connect_timeout`` to open a connection,
  ``pool_timeout`` more to wait for a free one, ``read_timeout`` between two reads of the
  answer. aiohttp has no write timeout of its own: ``write_timeout`` is accepted and not
  enforced (bodies here are a few kB; the one upload, the admins' CSV, is small).
- **The pool**: at most ``connection_pool_size`` connections at once, kept alive.
- The same ``User-Agent`` and multipart bodies for uploads. Other calls send their
  parameters as a JSON body (the Bot API's other accepted format) rather than a form.
"""

from __future__ import annotations

import json
from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

# PTB's HTTPXRequest defaults, kept so that switching changes no timing.
READ_TIMEOUT = 5.0
WRITE_TIMEOUT = 5.0
CONNECT_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0
JSON_HEADERS = {"Content-Type": "application/json"}


class AiohttpRequest(BaseRequest):
    """A ``BaseRequest`` over one ``aiohttp.ClientSession`` (created in ``initialize``)."""

    def __init__(
        self,
        connection_pool_size: int = 1,
        *,
        read_timeout: float | None = READ_TIMEOUT,
        write_timeout: float | None = WRITE_TIMEOUT,
        connect_timeout: float | None = CONNECT_TIMEOUT,
        pool_timeout: float | None = POOL_TIMEOUT,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT},
                # Telegram's errors come back as JSON with a status; PTB reads both.
                raise_for_status=False,
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        read = self._read_timeout if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = (
            self._connect_timeout if isinstance(connect_timeout, DefaultValue) else connect_timeout
        )
        pool = self._pool_timeout if isinstance(pool_timeout, DefaultValue) else pool_timeout
        timeout = aiohttp.ClientTimeout(
            total=None,
            # aiohttp's "connect" is waiting for a pooled connection plus opening a new one.
            connect=None if connect is None or pool is None else connect + pool,
            sock_connect=connect,
            sock_read=read,
        )
        body: Any = None
        headers = None
        if request_data is not None:
            files = request_data.multipart_data
            if files:
                body = _multipart(request_data.json_parameters, files)
            else:
                # A JSON body, which the Bot API takes as well as a form: percent-encoding
                # a reply's Cyrillic text byte by byte cost more than the rest of the POST.
                body = json.dumps(request_data.parameters, ensure_ascii=False).encode()
                headers = JSON_HEADERS
        try:
            async with session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:  # aiohttp's ServerTimeoutError is one
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error


def _multipart(fields: dict[str, str], files: dict[str, Any]) -> aiohttp.FormData:
    """An upload: the parameters and each file part (PTB's ``(filename, content, mimetype)``)."""
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, part in files.items():
        if isinstance(part, tuple):
            filename, content, mimetype = part
            form.add_field(name, content, filename=filename, content_type=mimetype)
        else:
            form.add_field(name, part)
    return form
