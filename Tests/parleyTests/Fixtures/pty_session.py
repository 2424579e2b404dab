#!/usr/bin/env python3
"""Runs `parley read SLUG` in a pseudo-terminal without tmux and reports,
as one JSON object, what a user would notice: did it draw, how did it end,
how long that took, and whether the terminal was put back.

usage: pty_session.py PARLEY LIBRARY SLUG MODE
MODE: quit     - press q
      hangup   - close the terminal (parley is its session leader: SIGHUP)
      orphan   - close a terminal that is not parley's controlling one
                 (no SIGHUP: only end-of-file / EIO tells)
      sigterm-blocked - start parley with SIGTERM and SIGHUP blocked, send SIGTERM
      wheel    - turn the mouse wheel down once (xterm SGR report), then press q
      orphan-composing - press a, type a text, and as soon as it shows close a
                 terminal that is not parley's controlling one (the draft
                 must be saved on the way out)
"""
import fcntl, json, os, select, signal, struct, sys, termios, time

parley, library, slug, mode = sys.argv[1:5]
# No reading state unless the test asks for one: never the real user's.
env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="", PARLEY_LIBRARY=library,
           PARLEY_STATE=os.environ.get("PARLEY_STATE", "off"))

master, slave = os.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
pid = os.fork()
if pid == 0:
    os.setsid()
    if not mode.startswith("orphan"):
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
    for fd in (0, 1, 2):
        os.dup2(slave, fd)
    os.close(master)
    if mode == "sigterm-blocked":
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGHUP})
    os.execve(parley, [parley, "read", slug], env)
os.close(slave)

output = b""
def read_for(seconds):
    global output
    deadline = time.time() + seconds
    while time.time() < deadline:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:
                return
            if not data:
                return
            output += data

deadline = time.time() + 30
while b"? help" not in output and time.time() < deadline:
    read_for(0.1)
painted = b"? help" in output

wheel_output = b""
if mode == "wheel":
    before = len(output)
    os.write(master, b"\x1b[<65;10;10M")
    read_for(1.0)
    wheel_output = output[before:]

typed = "Nog niet af, wordt vervolgd"
if mode == "orphan-composing":
    os.write(master, b"a")
    deadline = time.time() + 30
    while b"New reaction to" not in output and time.time() < deadline:
        read_for(0.05)
    # Drawn a character at a time, so the text never shows in one piece:
    # give parley a moment to take it, less than the pause that saves a draft.
    os.write(master, typed.encode())
    read_for(0.3)

started = time.time()
if mode in ("quit", "wheel"):
    os.write(master, b"q")
elif mode in ("hangup", "orphan", "orphan-composing"):
    os.close(master)
elif mode == "sigterm-blocked":
    os.kill(pid, signal.SIGTERM)

status = None
while time.time() - started < 10:
    if mode not in ("hangup", "orphan", "orphan-composing"):
        read_for(0.02)
    done, raw = os.waitpid(pid, os.WNOHANG)
    if done:
        status = raw
        break
    time.sleep(0.01)
seconds = time.time() - started
if status is None:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    ending = "still running"
elif os.WIFEXITED(status):
    ending = "exit %d" % os.WEXITSTATUS(status)
else:
    ending = "signal %d" % os.WTERMSIG(status)

print(json.dumps({
    "painted": painted,
    "ending": ending,
    "seconds": round(seconds, 3),
    "leftAlternateScreen": output.rfind(b"\x1b[?1049l") > output.rfind(b"\x1b[?1049h") >= 0,
    "pasteOnThenOff": output.rfind(b"\x1b[?2004l") > output.find(b"\x1b[?2004h") >= 0,
    # Line 25 of the article (at 80 columns) comes into view only after scrolling.
    "scrolledByWheel": b"organiseren. Daarvoor is belangrijk" in wheel_output,
}))
