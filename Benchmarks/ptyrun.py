"""A program in a pseudo-terminal, watched through a real VT emulator (pyte).

The benchmark's measuring instrument: start a program in a pty of a given
size, send keys, and for each step record how long the screen took to
settle and how many bytes the program wrote. The emulator decides what is on
the screen, so "the screen changed" means what a person would see change,
not merely that bytes arrived.

A step's time is from the moment its keys were written (or the program was
started) to the last chunk of output that changed the screen; the step ends
once the program has been quiet for `quiet` seconds. Its bytes are all the
program wrote in that window.
"""

import fcntl
import os
import select
import shutil
import struct
import termios
import time

import pyte


class Screen(pyte.Screen):
    """pyte's screen with the two xterm sequences it lacks and ncurses uses
    for `idlok` scrolling (terminfo indn/rin): CSI n S scrolls the scrolling
    region up n lines (SU), CSI n T down (SD), the cursor staying put."""

    def scroll_up(self, count=None, **_):
        self._scroll(count, up=True)

    def scroll_down(self, count=None, **_):
        self._scroll(count, up=False)

    def _scroll(self, count, up):
        top, bottom = self.margins or pyte.screens.Margins(0, self.lines - 1)
        y, x = self.cursor.y, self.cursor.x
        self.cursor.y = bottom if up else top
        for _ in range(max(1, count or 1)):
            if up:
                self.index()
            else:
                self.reverse_index()
        self.cursor.y, self.cursor.x = y, x


class ByteStream(pyte.ByteStream):
    csi = dict(pyte.ByteStream.csi, S="scroll_up", T="scroll_down")
    events = pyte.ByteStream.events | {"scroll_up", "scroll_down"}


class StepResult:
    """One measured step: seconds until the screen settled (None when it
    never changed), bytes written, and the screen afterwards."""

    def __init__(self, seconds, written, screen):
        self.seconds = seconds
        self.written = written
        self.screen = screen

    def __repr__(self):
        return f"StepResult(seconds={self.seconds!r}, written={self.written!r})"


class ProgramExited(Exception):
    pass


class Terminal:
    """A program running in a pty of `rows` x `columns`."""

    def __init__(self, argv, rows=24, columns=80, env=None, cwd=None):
        """Starts `argv` (a path, or a name looked up in env's PATH)."""
        self.rows = rows
        self.columns = columns
        self.screen = Screen(columns, rows)
        self.stream = ByteStream(self.screen)
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.master = master
        # Answers to terminal queries (device attributes, cursor position) go back to the program.
        self.screen.write_process_input = lambda text: os.write(master, text.encode())
        slave_name = os.ttyname(slave)
        os.close(slave)
        program = argv[0] if os.sep in argv[0] else shutil.which(argv[0], path=(env or os.environ).get("PATH"))
        # posix_spawn (vfork and exec) rather than fork: the spawn itself costs
        # well under a millisecond, so the figures are the programs' own.
        # After setsid, opening the pty makes it the controlling terminal.
        actions = [(os.POSIX_SPAWN_OPEN, fd, slave_name, os.O_RDWR, 0) for fd in (0, 1, 2)]
        if cwd is not None:
            raise ValueError("cwd is not supported")
        self.started = time.monotonic()
        self.pid = os.posix_spawn(program, argv, env if env is not None else os.environ, file_actions=actions, setsid=True)
        self.pidfd = os.pidfd_open(self.pid)
        self.argv = argv
        self.status = None
        self.closed = False
        self.exit_seconds = None

    def display(self):
        """The screen's rows as text (wide characters take their two columns)."""
        return list(self.screen.display)

    def text(self):
        return "\n".join(line.rstrip() for line in self.display())

    # MARK: - Steps

    def first_screen(self, ready=None, quiet=0.3, timeout=30.0):
        """Waits for the first screen: for `ready(display)` to hold (default:
        anything on screen), then for the program to go quiet. Timed from start."""
        return self._settle(self.started, ready or (lambda rows: any(row.strip() for row in rows)), quiet, timeout)

    def press(self, keys, quiet=0.3, timeout=30.0, ready=None):
        """Sends `keys` (bytes or str) and waits until `ready(display)` holds
        (default: at once), then until the program is quiet. When `ready`
        does not hold within `timeout`, the result's seconds is None."""
        if isinstance(keys, str):
            keys = keys.encode()
        sent = time.monotonic()
        os.write(self.master, keys)
        return self._settle(sent, ready, quiet, timeout, required=False)

    def _settle(self, since, ready, quiet, timeout, required=True):
        deadline = since + timeout
        written = 0
        last_change = None
        previous = self.display()
        satisfied = ready is None or ready(previous)
        while True:
            now = time.monotonic()
            wait = quiet if satisfied else deadline - now
            if wait <= 0 or self.closed:
                if not satisfied:
                    if required:
                        raise TimeoutError(f"the screen was not ready after {timeout} s:\n{self.text()}")
                    return StepResult(None, written, previous)
                break
            readable, _, _ = select.select([self.master], [], [], wait)
            if not readable:
                if satisfied:
                    break
                continue
            chunk = self._read()
            arrived = time.monotonic()
            if not chunk:
                raise ProgramExited(f"{self.argv[0]} ended while a screen was expected:\n{self.text()}")
            written += len(chunk)
            self.stream.feed(chunk)
            current = self.display()
            if current != previous:
                last_change = arrived
                previous = current
            if not satisfied and ready(current):
                satisfied = True
        seconds = None if last_change is None else last_change - since
        return StepResult(seconds, written, previous)

    def _read(self):
        try:
            return os.read(self.master, 65536)
        except OSError:  # EIO: the other end of the pty is closed
            self.closed = True
            return b""

    # MARK: - Memory and exit

    def peak_memory_kb(self):
        """VmHWM: the most resident memory the program has had, in KiB."""
        with open(f"/proc/{self.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        raise RuntimeError("no VmHWM in /proc status")

    def private_dirty_kb(self):
        """Private_Dirty from /proc/PID/smaps_rollup, in KiB: the memory this
        process alone holds, what each more reader costs a shared machine."""
        with open(f"/proc/{self.pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Private_Dirty:"):
                    return int(line.split()[1])
        raise RuntimeError("no Private_Dirty in /proc smaps_rollup")

    def quit(self, keys="q", timeout=10.0):
        """Sends `keys` and returns the seconds until the process has exited."""
        if isinstance(keys, str):
            keys = keys.encode()
        sent = time.monotonic()
        os.write(self.master, keys)
        deadline = sent + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.kill()
                raise TimeoutError(f"{self.argv[0]} did not exit within {timeout} s")
            readable, _, _ = select.select([self.master, self.pidfd], [], [], remaining)
            if self.pidfd in readable:
                exited = time.monotonic()
                self._reap()
                self.exit_seconds = exited - sent
                self.close()
                return self.exit_seconds
            if self.master in readable:
                chunk = self._read()
                if chunk:
                    self.stream.feed(chunk)

    def kill(self):
        if self.status is None:
            try:
                os.kill(self.pid, 9)
            except ProcessLookupError:
                pass
            self._reap()
        self.close()

    def _reap(self):
        if self.status is None:
            _, self.status = os.waitpid(self.pid, 0)

    def close(self):
        for fd in (self.master, self.pidfd):
            try:
                os.close(fd)
            except OSError:
                pass
        self.master = self.pidfd = -1

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.kill()
        return False

