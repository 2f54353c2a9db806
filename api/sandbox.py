"""Take the network away from the process that runs user SPARQL.

pyoxigraph evaluates ``SERVICE`` by opening an HTTP connection, and it has no option to
turn that off. The query guard (:mod:`api.sparql_guard`) refuses such queries, but a
guard is a parser and parsers disagree; so the worker process also loses the ability
to connect at all, before it opens a store or reads a query. Two independent layers:

* a seccomp filter: ``socket()`` for any family but ``AF_UNIX`` fails with EPERM, and
  so does ``io_uring_setup`` (io_uring can open sockets without the ``socket`` call).
  Works for any user on Linux (x86_64, aarch64); it is inherited by every thread the
  engine starts later and cannot be removed.
* a fresh network namespace (``unshare(CLONE_NEWNET)``, as root or through a user
  namespace): even a socket that did exist would have no interface but a loopback
  that is down, so 127.0.0.1 of the host is unreachable.

The worker needs neither: it talks to the server over an inherited socket pair and
reads the store from disk. Call :func:`deny_network` while the process is still
single-threaded (a user namespace requires it).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import platform
import struct
from pathlib import Path

# The checkout (or site-packages) holding the ``api`` package, for the children's imports.
PACKAGE_ROOT = str(Path(__file__).resolve().parents[1])

# From linux/audit.h, asm/unistd.h, linux/seccomp.h, linux/filter.h, linux/prctl.h, sched.h.
_ARCHES = {  # machine -> (AUDIT_ARCH_*, __NR_socket, __NR_io_uring_setup)
    "x86_64": (0xC000003E, 41, 425),
    "aarch64": (0xC00000B7, 198, 425),
}
_X32_SYSCALL_BIT = 0x40000000
_AF_UNIX = 1
_EPERM = 1
_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
_LD_W_ABS, _JEQ_K, _JGE_K, _RET_K = 0x20, 0x15, 0x35, 0x06
_PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 38, 22, 2
_CLONE_NEWUSER, _CLONE_NEWNET = 0x10000000, 0x40000000
# Offsets into struct seccomp_data: nr, arch, then args[0] (low half, little-endian).
_NR, _ARCH, _ARG0 = 0, 4, 16


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def _filter_program(arch: int, nr_socket: int, nr_io_uring: int) -> bytes:
    deny = _RET_ERRNO | _EPERM
    instructions = [
        (_LD_W_ABS, 0, 0, _ARCH),
        (_JEQ_K, 1, 0, arch),  # another ABI (i386 on x86_64: socketcall) is denied outright
        (_RET_K, 0, 0, deny),
        (_LD_W_ABS, 0, 0, _NR),
        (_JGE_K, 0, 1, _X32_SYSCALL_BIT),  # x32 system calls: denied
        (_RET_K, 0, 0, deny),
        (_JEQ_K, 0, 1, nr_io_uring),
        (_RET_K, 0, 0, deny),
        (_JEQ_K, 1, 0, nr_socket),
        (_RET_K, 0, 0, _RET_ALLOW),
        (_LD_W_ABS, 0, 0, _ARG0),
        (_JEQ_K, 0, 1, _AF_UNIX),
        (_RET_K, 0, 0, _RET_ALLOW),
        (_RET_K, 0, 0, deny),
    ]
    return b"".join(struct.pack("HBBI", *i) for i in instructions)


def _install_seccomp(libc: ctypes.CDLL) -> bool:
    arch = _ARCHES.get(platform.machine())
    if arch is None:
        return False
    program = _filter_program(*arch)
    buffer = ctypes.create_string_buffer(program)
    fprog = _SockFprog(len(program) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    return libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) == 0


def _unshare_network(libc: ctypes.CDLL) -> bool:
    # As root a network namespace alone; otherwise inside a user namespace, where allowed.
    return libc.unshare(_CLONE_NEWNET) == 0 or libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) == 0


def deny_network() -> list[str]:
    """Apply every layer this system supports; returns the names of those in force."""
    if platform.system() != "Linux":
        return []
    libc = _libc()
    layers = []
    if _unshare_network(libc):
        layers.append("network-namespace")
    if _install_seccomp(libc):
        layers.append("seccomp")
    return layers


def worker_environment() -> dict[str, str]:
    """The environment of a worker process (SPARQL queries, upload reading)."""
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [PACKAGE_ROOT, os.environ.get("PYTHONPATH")])),
        # Two malloc arenas, not 8 per core of 64 MB reserved each: a memory cap
        # (RLIMIT_AS) then measures what the work uses, not address space set aside.
        "MALLOC_ARENA_MAX": "2",
    }
