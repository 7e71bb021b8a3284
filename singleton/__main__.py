from singleton.cli import entry

entry()
