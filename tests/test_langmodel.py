"""The cached copy of py3langid's model: the same answers as py3langid itself, and never a failure."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import py3langid  # type: ignore[import-untyped]
import pytest
from py3langid import langid

from newsgrab.meta import langmodel

#: texts of several languages and scripts, a short one and one the detector finds hard (a box score)
TEXTS = [
    "Pemerintah daerah akan membangun jembatan baru tahun depan setelah banjir merusak jalan utama.",
    "O prefeito anunciou nesta segunda-feira um novo plano para o transporte público da cidade.",
    "Il consiglio comunale ha approvato ieri sera il bilancio con un voto a larga maggioranza.",
    "Palm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points. Moore 3 points.",
    "Правительство объявило о новых мерах поддержки малого бизнеса в регионах страны.",
    "東京都は来年度から新しい交通政策を始めると発表した。",
    "ok",
]


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A cache folder of this test's own, and classifier() built again inside it (and after it)."""
    monkeypatch.setenv(langmodel.CACHE_ENV, str(tmp_path / "cache"))
    langmodel.classifier.cache_clear()
    yield tmp_path / "cache"
    langmodel.classifier.cache_clear()


def _copies(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("py3langid-*") if p.is_dir()) if root.is_dir() else []


def test_cache_root_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(langmodel.CACHE_ENV, str(tmp_path))
    assert langmodel.cache_root() == tmp_path
    monkeypatch.setenv(langmodel.CACHE_ENV, "")
    assert langmodel.cache_root() is None
    monkeypatch.delenv(langmodel.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert langmodel.cache_root() == tmp_path / "xdg" / "newsgrab"


def test_first_use_writes_a_copy_and_later_ones_read_it_with_py3langid_s_answers(fresh: Path) -> None:
    expected = [py3langid.classify(text) for text in TEXTS]
    assert [langmodel.classifier()(text) for text in TEXTS] == expected  # a miss: py3langid's loader
    (copy,) = _copies(fresh)
    assert sorted(p.name for p in copy.iterdir()) == sorted(f"{name}.npy" for name in langmodel._ARRAYS)
    langmodel.classifier.cache_clear()
    mapped = langmodel._read(copy, langid)  # a hit: the mapped arrays
    assert isinstance(mapped.tk_nextmove, memoryview)
    assert [mapped.classify(text) for text in TEXTS] == expected
    assert [langmodel.classifier()(text) for text in TEXTS] == expected
    assert _copies(fresh) == [copy]  # read, not written again


def test_a_damaged_copy_is_replaced_and_answers_stay_the_same(fresh: Path) -> None:
    expected = [py3langid.classify(text) for text in TEXTS]
    langmodel.classifier()
    (copy,) = _copies(fresh)
    np.save(copy / "pc.npy", np.zeros(3, dtype=np.float32))  # labels and priors no longer fit
    with pytest.raises(ValueError, match="does not fit"):
        langmodel._read(copy, langid)
    langmodel.classifier.cache_clear()
    assert [langmodel.classifier()(text) for text in TEXTS] == expected
    assert isinstance(langmodel._read(copy, langid).tk_nextmove, memoryview)  # written whole again


@pytest.mark.parametrize("where", ["off", "unwritable"])
def test_without_a_usable_cache_py3langid_loads_its_own_model(
        where: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fresh: Path) -> None:
    if where == "off":
        monkeypatch.setenv(langmodel.CACHE_ENV, "")
    else:
        blocker = tmp_path / "a-file"
        blocker.write_text("not a folder")
        monkeypatch.setenv(langmodel.CACHE_ENV, str(blocker / "cache"))
    assert [langmodel.classifier()(text) for text in TEXTS] == [py3langid.classify(text) for text in TEXTS]
    assert not any(p.name.startswith(("py3langid-", ".py3langid-")) for p in tmp_path.rglob("*"))
