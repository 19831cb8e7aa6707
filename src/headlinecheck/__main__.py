from headlinecheck.cli import main

raise SystemExit(main())
