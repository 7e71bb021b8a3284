from singleton.cli import main

raise SystemExit(main())
