"""The main process's task channel to a worker (cli/channel.py): a message larger than the socket's
buffer never blocks the sender, arrives whole, and a descriptor sent after a frame is still there
for recv_handle (the reader takes exactly one frame)."""

from __future__ import annotations

import os
import selectors
import sys
import threading
from multiprocessing import Pipe
from multiprocessing.reduction import recv_handle, send_handle

import pytest

from newsgrab.cli.channel import TaskSender, receive

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the channel is for Unix socket pairs")


def test_a_message_bigger_than_the_buffer_waits_in_the_sender_without_blocking_it() -> None:
    ours, theirs = Pipe(duplex=True)
    sender = TaskSender.open(ours)
    big = [b"x" * 4_000_000, "then a second item"]
    assert sender.put(big) is False  # the socket took part of it; the call returned at once
    assert 0 < sender.pending <= 4_000_100
    got: list[object] = []
    reader = threading.Thread(target=lambda: got.append(receive(theirs)))
    reader.start()
    with selectors.DefaultSelector() as selector:  # the pool's way: write more when the socket has room
        selector.register(ours.fileno(), selectors.EVENT_WRITE)
        while not sender.flush():
            selector.select(5)
    reader.join(10)
    assert got == [big]
    assert sender.put(None) is True and receive(theirs) is None
    sender.close()
    ours.close()
    theirs.close()


def test_a_descriptor_sent_after_a_frame_is_received_after_it() -> None:
    ours, theirs = Pipe(duplex=True)
    sender = TaskSender.open(ours)
    read_end, write_end = os.pipe()
    assert sender.put(["a special file's task"])
    send_handle(ours, read_end, os.getpid())
    assert receive(theirs) == ["a special file's task"]
    fd = recv_handle(theirs)
    os.write(write_end, b"through the passed descriptor")
    assert os.read(fd, 100) == b"through the passed descriptor"
    for descriptor in (fd, read_end, write_end):
        os.close(descriptor)
    sender.close()


def test_a_closed_pipe_ends_the_reader_and_the_writer_quietly() -> None:
    ours, theirs = Pipe(duplex=True)
    sender = TaskSender.open(ours)
    theirs.close()
    assert sender.put([b"y" * 1_000_000]) is True  # the worker is gone: nothing is left to write
    sender.close()
    ours.close()
    ours, theirs = Pipe(duplex=True)
    ours.close()
    with pytest.raises(EOFError):
        receive(theirs)
