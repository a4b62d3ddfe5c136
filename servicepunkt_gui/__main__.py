"""``python -m servicepunkt_gui`` starts the app."""

import gc
import sys

# Start-up allocates many long-lived objects (modules, classes, Qt wrappers); collecting
# while importing them finds nothing to free and cost about a tenth of the start. The app
# turns collection back on once its window is ready (ui/shell/application.py).
gc.disable()

from servicepunkt_gui.app import main  # noqa: E402

sys.exit(main())
