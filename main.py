"""Run the workbench window: `python main.py [--demo] [--db PATH] [--lang zh_CN|en]`."""

from ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
