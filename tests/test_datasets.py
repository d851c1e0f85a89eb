"""Every dataset in the manifest says where it comes from and loads with its declared dtypes."""

from __future__ import annotations

import pytest

from factcheck.reference import frames
from factcheck.reference.manifest import datasets, describe

IDS = sorted(datasets())


@pytest.mark.parametrize("dataset_id", IDS)
def test_it_declares_source_link_licence_and_retrieval_date(dataset_id):
    d = datasets()[dataset_id]
    for field in ("name", "source", "link", "licence", "retrieved", "shape"):
        assert getattr(d, field), f"{dataset_id} has no {field}"
    assert d.file.exists(), d.file
    assert (d.file.parent / "PROVENANCE.md").exists()
    assert d.metrics, f"{dataset_id} declares no metric"


@pytest.mark.parametrize("dataset_id", IDS)
def test_it_loads_with_the_declared_dtypes_and_a_unique_key(dataset_id):
    d = datasets()[dataset_id]
    df = frames.frame(dataset_id)
    assert list(df.columns) == list(d.columns)
    for column, dtype in d.columns.items():
        assert str(df[column].dtype).startswith(dtype.split("[")[0]) or str(df[column].dtype) == dtype, (
            column, df[column].dtype, dtype)
    assert not df.duplicated(subset=list(d.key)).any()
    assert len(df) > 0


@pytest.mark.parametrize("dataset_id", IDS)
def test_every_metric_has_a_unit_an_entity_a_definition_and_words(dataset_id):
    for m in datasets()[dataset_id].metrics:
        assert m.unit and m.kind and m.definition and m.what and m.side and m.aliases, m.id


@pytest.mark.parametrize("dataset_id", IDS)
def test_describe_gives_the_report_fields(dataset_id):
    assert set(describe(dataset_id)) == {"id", "name", "source", "link", "licence", "as_of"}


def test_the_unverified_licence_says_so():
    assert "not verified" in datasets()["air_force_attacks"].licence
