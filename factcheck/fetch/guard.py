"""Which addresses the fetcher may connect to.

Wrong: check the name once and then let the HTTP library resolve it again (a DNS
answer can change between the check and the connection). Right: check every address
the name resolves to, and check the peer of the socket actually connected.
"""

from __future__ import annotations

import ipaddress
import socket

# Cloud metadata endpoints that are not covered by the ranges below on every platform.
METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("100.100.100.200"),
            ipaddress.ip_address("fd00:ec2::254")}


class BlockedAddress(Exception):
    """The host resolves to an address the fetcher must not reach."""


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip in METADATA:
        return False
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise OSError(f"cannot resolve {host}: {exc.strerror}") from None
    return sorted({info[4][0] for info in infos})


def check_host(host: str, port: int, allow_private: bool) -> None:
    """Raise ``BlockedAddress`` if any address of ``host`` is not public."""
    if allow_private:
        return
    for address in resolve(host, port):
        if not is_public(address):
            raise BlockedAddress(f"{host} resolves to {address}, a private or internal address")


def check_peer(sock: socket.socket, allow_private: bool) -> None:
    if allow_private:
        return
    address = sock.getpeername()[0]
    if not is_public(address):
        raise BlockedAddress(f"connected to {address}, a private or internal address")
