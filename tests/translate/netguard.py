"""No test may reach the internet: connections and name lookups outside loopback fail loudly.

Installed for every test in this folder by the conftest, and by the subprocesses the tests
start (`python -c "import tests.translate.netguard as g; g.install(); ..."`).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from typing import Any

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


class NetworkGuardError(OSError):
    """Raised instead of any connection or lookup outside 127.0.0.0/8 and ::1."""


def is_loopback(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _check(address: Any) -> None:
    if isinstance(address, str | bytes):  # AF_UNIX
        return
    if not is_loopback(address[0]):
        raise NetworkGuardError(f"test tried to reach the network: {address!r}")


def guarded(
    connect: Callable[..., Any], connect_ex: Callable[..., Any], getaddrinfo: Callable[..., Any]
) -> dict[str, Callable[..., Any]]:
    """Replacements for socket.socket.connect, .connect_ex and socket.getaddrinfo."""

    def guarded_connect(self: socket.socket, address: Any) -> Any:
        _check(address)
        return connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: Any) -> Any:
        _check(address)
        return connect_ex(self, address)

    def guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None and not is_loopback(host):
            raise socket.gaierror(socket.EAI_NONAME, f"network guard: no lookups in tests ({host!r})")
        return getaddrinfo(host, *args, **kwargs)

    return {"connect": guarded_connect, "connect_ex": guarded_connect_ex, "getaddrinfo": guarded_getaddrinfo}


def install() -> None:
    """Guard this process for good (for subprocesses)."""
    replacements = guarded(socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo)
    socket.socket.connect = replacements["connect"]  # type: ignore[method-assign]
    socket.socket.connect_ex = replacements["connect_ex"]  # type: ignore[method-assign]
    socket.getaddrinfo = replacements["getaddrinfo"]


PRELUDE = "import tests.translate.netguard as g; g.install(); "
