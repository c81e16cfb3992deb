"""Tasks from the main process to a worker, sent without ever blocking the main process.

A `multiprocessing` Connection's `send` blocks until the whole message is in the pipe. The main
process must never block on one worker: while it waits, it reads no other worker's results and
enforces no deadline, and a worker stuck in native code never reads its pipe again. So tasks went
ahead to a busy worker only when they were small enough to fit in the pipe's buffer, and a large
page (a web archive's record, a JSON line: most news pages are over 64 KB) waited until its worker
was idle: one round trip through the main process per input, while the worker sat idle.

`TaskSender` frames each message itself (an 8-byte length, then the pickle) into a buffer and
writes what the socket takes now (`MSG_DONTWAIT`); the rest goes out when the pool's selector says
the socket is writable again. The worker reads the frames with `receive`. On Unix a duplex Pipe is
a socket pair, so this needs nothing but public `socket`, `pickle` and `struct`; where the pipe is
no socket (Windows) the pool keeps Connection's blocking sends (pool.PIPES_SELECTABLE).
Results from the worker to the main process stay on the Connection (the main process only reads).
"""

from __future__ import annotations

import os
import pickle
import socket
import struct
from multiprocessing.connection import Connection
from typing import Any

#: a frame's header: the length of the pickle that follows
_HEADER = struct.Struct("!Q")


class TaskSender:
    """The main process's end of one worker's task channel."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._out = bytearray()

    @classmethod
    def open(cls, conn: Connection) -> TaskSender:
        """A sender on the Connection's own socket (a duplicate of its descriptor)."""
        fd = os.dup(conn.fileno())
        try:
            return cls(socket.socket(fileno=fd))
        except OSError:
            os.close(fd)
            raise

    @property
    def pending(self) -> int:
        """Bytes framed but not yet in the socket."""
        return len(self._out)

    def put(self, message: Any) -> bool:
        """Frame `message` and write as much as the socket takes now; True when all of it went."""
        payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        self._out += _HEADER.pack(len(payload))
        self._out += payload
        return self.flush()

    def flush(self) -> bool:
        """Write what the socket takes without waiting; True when nothing is left to write."""
        while self._out:
            try:
                sent = self._sock.send(self._out, socket.MSG_DONTWAIT)
            except (BlockingIOError, InterruptedError):
                return False
            except OSError:  # the worker is gone: its exit sentinel tells the pool what became of its tasks
                self._out.clear()
                return True
            del self._out[:sent]
        return True

    def drain(self) -> None:
        """Write everything now, waiting for the socket: only for a worker that is reading (idle),
        before a descriptor is sent after the frame."""
        self._sock.sendall(self._out)
        self._out.clear()

    def close(self) -> None:
        self._out.clear()
        self._sock.close()


def receive(conn: Connection) -> Any:
    """The worker's end: the next message a `TaskSender` framed (EOFError when the pipe closed)."""
    fd = conn.fileno()
    (size,) = _HEADER.unpack(_read_exactly(fd, _HEADER.size))
    return pickle.loads(_read_exactly(fd, size))


def _read_exactly(fd: int, size: int) -> bytes:
    """`size` bytes and not one more: what follows a frame may be a descriptor the worker takes
    with `recv_handle`, which must find it still unread."""
    chunks: list[bytes] = []
    left = size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            raise EOFError("the main process closed the pipe")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
