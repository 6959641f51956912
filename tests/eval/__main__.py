from tests.eval.report import main

raise SystemExit(main())
