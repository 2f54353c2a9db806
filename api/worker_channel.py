"""Whole messages between the server and a query worker over a socket pair.

Each message is a pickled tuple behind an 8-byte length. The reader always reads the
header and then exactly that many bytes, so a reply of any size arrives whole whatever
the socket's mode: the worker's end blocks; the server's end is non-blocking and read
through the event loop (``sock_recv_into``), which is what uvloop and asyncio both
support. (``multiprocessing.Connection.recv`` after ``add_reader`` was not: uvloop
switches the descriptor to non-blocking and a reply larger than the socket buffer
broke off half-read.) Both ends are our own processes, so pickle is safe here.
"""

from __future__ import annotations

import asyncio
import pickle
import socket
import struct
from typing import Any

_HEADER = struct.Struct("!Q")


def frame(message: tuple[Any, ...]) -> bytes:
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(payload)) + payload


def memory_message(megabytes: int) -> str:
    """What both sides say when a query outgrows the worker's memory cap."""
    return (
        f"the query needed more than the {megabytes} MB of memory a query may use, and was stopped; "
        "narrow the pattern or add a LIMIT"
    )


# The worker's side: a blocking socket ----------------------------------------
def send(sock: socket.socket, message: tuple[Any, ...]) -> None:
    sock.sendall(frame(message))


def receive(sock: socket.socket) -> tuple[Any, ...]:
    (size,) = _HEADER.unpack(_read_exactly(sock, _HEADER.size))
    return pickle.loads(_read_exactly(sock, size))


def _read_exactly(sock: socket.socket, size: int) -> bytearray:
    buffer = bytearray(size)
    view, got = memoryview(buffer), 0
    while got < size:
        n = sock.recv_into(view[got:])
        if n == 0:
            raise EOFError("the other end closed the channel")
        got += n
    return buffer


# The server's side: a non-blocking socket read through the event loop -------
# Bytes asked of the socket by the first read of a reply: a typical answer (tens of KB) arrives whole in one
# read, header and all, instead of one read for the header and another for the rest.
FIRST_READ = 64 * 1024


async def send_async(sock: socket.socket, message: tuple[Any, ...]) -> None:
    data = frame(message)
    try:
        sent = sock.send(data)  # the worker waits with an empty buffer: the query almost always fits at once
    except BlockingIOError:
        sent = 0
    if sent < len(data):
        await asyncio.get_running_loop().sock_sendall(sock, memoryview(data)[sent:])


async def receive_async(sock: socket.socket) -> tuple[Any, ...]:
    loop = asyncio.get_running_loop()
    first = await loop.sock_recv(sock, FIRST_READ)  # as many bytes as have come (no buffer zeroed a reply)
    while 0 < len(first) < _HEADER.size:  # a header cut short (never seen on a socket pair, but allowed)
        more = await loop.sock_recv(sock, _HEADER.size - len(first))
        if not more:
            break
        first += more
    if len(first) < _HEADER.size:
        raise EOFError("the query worker closed the channel")
    (size,) = _HEADER.unpack_from(first)
    end = _HEADER.size + size
    if len(first) >= end:
        return pickle.loads(memoryview(first)[_HEADER.size : end])
    rest = await _read_exactly_async(sock, end - len(first))
    return pickle.loads(first[_HEADER.size :] + rest)


async def _read_exactly_async(sock: socket.socket, size: int) -> bytearray:
    loop = asyncio.get_running_loop()
    buffer = bytearray(size)
    view, got = memoryview(buffer), 0
    while got < size:
        n = await loop.sock_recv_into(sock, view[got:])
        if n == 0:
            raise EOFError("the query worker closed the channel")
        got += n
    return buffer
