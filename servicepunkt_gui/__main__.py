"""``python -m servicepunkt_gui`` starts the app."""

import sys

from servicepunkt_gui.app import main

sys.exit(main())
