"""A process ahead for tests/unit/test_shared.py.

    python -m tests.unit.shared_ahead_stub nice FILE   writes its niceness to FILE, then waits to be stopped
    python -m tests.unit.shared_ahead_stub hold NAME   holds NAME's lock of the run's directory until its priority is
                                                       raised to 0, then leaves NAME's value 'made ahead' and exits
"""

import fcntl
import os
import pickle
import sys
import time
from pathlib import Path

if __name__ == "__main__":
    mode, arg = sys.argv[1:3]
    if mode == "nice":
        Path(arg + ".part").write_text(str(os.nice(0)))
        os.replace(arg + ".part", arg)
        time.sleep(120)
    else:
        root = Path(os.environ["BRANDSENTRY_TEST_SHARED_DIR"])
        with open(root / f"{arg}.lock", "a+") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            (root / "holding").touch()
            deadline = time.monotonic() + 60
            while os.nice(0) > 0 and time.monotonic() < deadline:
                time.sleep(0.05)
            (root / f"{arg}.pickle").write_bytes(pickle.dumps("made ahead" if os.nice(0) == 0 else "never hurried"))
