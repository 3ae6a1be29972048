"""A tiny SMTP sink that answers every command 20 ms late, like a server across a network.

Used by ``bench/bench_merge.py``: run it as a separate process (so it does not compete with
the client for the GIL) with ``python bench/merge_delay_sink.py PORT [DELAY_MS]``. Every
reply (greeting, EHLO, MAIL, RCPT, DATA, end of data, ...) is written DELAY ms after the
command arrived, in order, so pipelined commands share one delay just as they share one
network round trip. It advertises PIPELINING, accepts everything and keeps nothing.
"""

from __future__ import annotations

import asyncio
import sys


async def _writer(writer: asyncio.StreamWriter, queue: asyncio.Queue[tuple[float, bytes]]) -> None:
    loop = asyncio.get_running_loop()
    while True:
        due, data = await queue.get()
        wait = due - loop.time()
        if wait > 0:
            await asyncio.sleep(wait)
        if not data:
            writer.close()
            return
        writer.write(data)


async def _session(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float
) -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
    task = asyncio.create_task(_writer(writer, queue))

    def reply(text: bytes) -> None:
        queue.put_nowait((loop.time() + delay, text))

    reply(b"220 delay-sink ESMTP\r\n")
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            verb = line[:4].upper()
            if verb in (b"EHLO",):
                reply(b"250-delay-sink\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SIZE 100000000\r\n")
            elif verb == b"HELO":
                reply(b"250 delay-sink\r\n")
            elif verb == b"DATA":
                reply(b"354 go ahead\r\n")
                while True:
                    body = await reader.readline()
                    if not body or body == b".\r\n":
                        break
                reply(b"250 2.0.0 Ok: queued\r\n")
            elif verb == b"QUIT":
                reply(b"221 bye\r\n")
                reply(b"")
                break
            else:
                reply(b"250 2.0.0 Ok\r\n")
        await task
    except (ConnectionError, asyncio.IncompleteReadError):
        task.cancel()


async def _main(port: int, delay: float) -> None:
    server = await asyncio.start_server(
        lambda r, w: _session(r, w, delay), "127.0.0.1", port, backlog=100
    )
    async with server:
        print("ready", flush=True)
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(_main(int(sys.argv[1]), float(sys.argv[2] if len(sys.argv) > 2 else 20) / 1000))
