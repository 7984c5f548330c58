"""The fitted scorer: a logistic model over the named features.

The weights live in `pipeline/data/segment_model.json`, written by
`python -m pipeline.segment.fit`. A record's probability of being a project is
sigmoid(bias + Σ weight·feature); `explain` lists the contributions behind it.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "segment_model.json"


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float  # a record below it is not a project; the reading's score is Σ (p - threshold)
    meta: dict

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def contributions(self, features: dict[str, float]) -> list[tuple[str, float]]:
        """(feature, weight·value), largest effect first."""
        out = [(k, self.weights.get(k, 0.0) * v) for k, v in features.items() if self.weights.get(k, 0.0) * v]
        return sorted(out, key=lambda kv: -abs(kv[1]))

    def to_json(self) -> str:
        return json.dumps({"bias": self.bias, "threshold": self.threshold, "weights": self.weights, **self.meta},
                          indent=1, ensure_ascii=False, sort_keys=False) + "\n"

    @classmethod
    def from_dict(cls, d: dict) -> "Model":
        meta = {k: v for k, v in d.items() if k not in ("bias", "threshold", "weights")}
        return cls(dict(d["weights"]), float(d["bias"]), float(d["threshold"]), meta)


_override: list[Model] = []


@cache
def _default() -> Model:
    return Model.from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


def current() -> Model:
    """The model in use: the committed one, or one set by `use` (fitting, leave-one-out)."""
    return _override[-1] if _override else _default()


def use(model: Model | None) -> None:
    """Score with `model` from now on in this process (None: back to the committed one)."""
    _override.clear()
    if model is not None:
        _override.append(model)
