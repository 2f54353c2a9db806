"""Whole messages over the worker channel, whatever their size and whatever the event loop."""

from __future__ import annotations

import asyncio
import socket
import threading

import pytest
import uvloop

from api import worker_channel as channel

SIZES = [0, 1, 16 * 1024 + 1, 1_000_000, 5_500_000]


def echo_worker(sock: socket.socket, count: int) -> None:
    # The worker's side: blocking reads and writes, as in api.sparql_worker.
    for _ in range(count):
        kind, payload = channel.receive(sock)
        channel.send(sock, ("ok", payload[::-1]))


async def round_trips(sock: socket.socket) -> list[bytes]:
    replies = []
    for size in SIZES:
        await channel.send_async(sock, ("query", bytes(range(256)) * (size // 256) + b"x" * (size % 256)))
        replies.append((await channel.receive_async(sock))[1])
    return replies


@pytest.mark.parametrize("loop", ["asyncio", "uvloop"])
def test_replies_of_any_size_arrive_whole(loop):
    parent, child = socket.socketpair()
    parent.setblocking(False)
    thread = threading.Thread(target=echo_worker, args=(child, len(SIZES)))
    thread.start()
    run = asyncio.run if loop == "asyncio" else uvloop.run
    replies = run(round_trips(parent))
    thread.join()
    for size, reply in zip(SIZES, replies, strict=True):
        sent = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
        assert reply == sent[::-1]


def test_a_closed_channel_is_an_eof():
    parent, child = socket.socketpair()
    parent.setblocking(False)
    channel.send(child, ("ok", b"partial"))
    child.close()

    async def two_reads() -> None:
        assert (await channel.receive_async(parent)) == ("ok", b"partial")
        with pytest.raises(EOFError):
            await channel.receive_async(parent)

    asyncio.run(two_reads())
