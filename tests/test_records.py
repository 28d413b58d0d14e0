"""``record`` behaves as ``dataclass(frozen=True, slots=True)``, which it replaces for speed."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.records import record


@dataclass(frozen=True, slots=True)
class Standard:
    """The stdlib's frozen record."""

    name: str
    weight: float = 1.0
    tags: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list, compare=False, repr=False)


@record
class Fast:
    """The same fields as a ``record``."""

    name: str
    weight: float = 1.0
    tags: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list, compare=False, repr=False)


@record(slots=False, eq=False)
class ByIdentity:
    """Compared by identity, with a ``__dict__`` for cached values."""

    name: str


@record
class Checked:
    """Runs ``__post_init__`` and keeps a method the class writes itself."""

    low: int
    high: int
    derived: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError("low above high")
        object.__setattr__(self, "derived", self.high - self.low)

    def __repr__(self) -> str:
        return f"{self.low}..{self.high}"


values = st.tuples(
    st.text(max_size=8),
    st.floats(allow_nan=False),
    st.lists(st.text(max_size=3), max_size=3).map(tuple),
    st.lists(st.text(max_size=3), max_size=3),
)


@given(values, values)
def test_a_record_compares_hashes_and_shows_as_a_frozen_dataclass(a: tuple, b: tuple) -> None:
    standard_a, standard_b = Standard(*a), Standard(*b)
    fast_a, fast_b = Fast(*a), Fast(*b)
    assert (fast_a == fast_b) == (standard_a == standard_b)
    assert hash(fast_a) == hash(Fast(*a))
    assert repr(fast_a) == repr(standard_a).replace("Standard(", "Fast(")
    assert pickle.loads(pickle.dumps(fast_a)) == fast_a
    assert pickle.loads(pickle.dumps(fast_a)).notes == fast_a.notes
    assert copy.deepcopy(fast_a) == fast_a


def test_a_record_refuses_changes_and_keeps_the_dataclass_tools() -> None:
    item = Fast("x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.name = "y"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del item.name
    with pytest.raises(AttributeError):
        object.__setattr__(item, "elsewhere", 1)  # slots: no room for other names
    assert [f.name for f in dataclasses.fields(Fast)] == ["name", "weight", "tags", "notes"]
    assert dataclasses.replace(item, weight=2.0) == Fast("x", 2.0)
    assert dataclasses.asdict(item) == {"name": "x", "weight": 1.0, "tags": (), "notes": []}
    assert Fast("x").notes is not Fast("x").notes  # a fresh list from the factory each time
    assert Fast.__match_args__ == ("name", "weight", "tags", "notes")
    with pytest.raises(TypeError):
        Fast()  # type: ignore[call-arg]
    assert Fast("x") != Standard("x")  # another class is never equal


def test_identity_records_and_written_methods() -> None:
    one, two = ByIdentity("a"), ByIdentity("a")
    assert one != two and len({one, two}) == 2
    object.__setattr__(one, "cached", 3)  # room for cached values
    assert pickle.loads(pickle.dumps(one)).cached == 3
    checked = Checked(1, 4)
    assert checked.derived == 3 and repr(checked) == "1..4"
    assert pickle.loads(pickle.dumps(checked)) == checked
    with pytest.raises(ValueError):
        Checked(5, 1)
