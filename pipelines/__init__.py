"""Named run recipes (TOML), shipped in the wheel as ``singleton.pipelines``."""
