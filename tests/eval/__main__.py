import sys

from tests.eval.report import main

status = main()
if "--demo-feed" not in sys.argv[1:]:  # the images section (issue 15): tests/eval/logos.py
    from tests.eval.logos import main as images_main

    status = status or images_main()
raise SystemExit(status)
