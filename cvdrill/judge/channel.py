"""The safe channel between the judge and its workers.

Values are trees of None, bool, int, float, str, tuple, list, dict (str keys), numpy
arrays and torch tensors. They travel as a JSON header plus raw buffers, so decoding
never runs code (no pickle). Anything else is encoded as {"unsupported": type name},
which the judge reports as a wrong type: an object that only pretends to be a tensor,
or claims to equal everything, cannot pass.
"""
from __future__ import annotations

import json
import math
import struct

import numpy as np

_DTYPES = {"bool", "uint8", "int8", "int16", "int32", "int64", "float16", "float32", "float64",
           "complex64", "complex128"}


class Unsupported:
    """A value the worker could not send: its type name, as the judge saw it."""

    def __init__(self, type_name: str):
        self.type_name = type_name

    def __repr__(self):
        return f"<{self.type_name}>"


def _torch():
    import sys

    return sys.modules.get("torch")


def encode(value) -> bytes:
    return b"".join(encode_parts(value))


def encode_parts(value) -> list:
    """encode's pieces, the arrays' buffers uncopied (a timed answer goes straight into
    the shared memory the zygote reads it from)."""
    bufs: list = []

    def enc(v):
        t = type(v)
        if v is None or t is bool or t is str:
            return v
        if t is int:
            return {"int": str(v)}
        if t is float:
            return {"float": repr(v)} if not math.isfinite(v) else v
        if t in (tuple, list):
            return {t.__name__: [enc(x) for x in v]}
        if t is dict:
            if not all(type(k) is str for k in v):
                return {"unsupported": "dict with non-str keys"}
            return {"dict": {k: enc(x) for k, x in v.items()}}
        if isinstance(v, np.generic) and type(v).__module__ == "numpy":
            arr = np.asarray(v)
            return {"npscalar": enc_array(arr)}
        if t is np.ndarray:
            return {"ndarray": enc_array(v)}
        torch = _torch()
        if torch is not None and t in (torch.Tensor, torch.nn.Parameter):
            dev = str(v.device)
            arr = v.detach().to("cpu").resolve_conj().resolve_neg()
            if arr.dtype == torch.bfloat16:
                arr = arr.float()
            d = enc_array(arr.contiguous().numpy())
            d["device"] = dev
            d["requires_grad"] = bool(v.requires_grad)
            if t is not torch.Tensor:
                d["subclass"] = t.__name__
            return {"tensor": d}
        return {"unsupported": f"{t.__module__}.{t.__qualname__}"}

    def enc_array(a: np.ndarray) -> dict:
        if a.dtype.name not in _DTYPES:
            return {"dtype": a.dtype.name, "shape": list(a.shape), "buf": -1}
        shape = list(a.shape)  # before ascontiguousarray, which makes 0-d arrays 1-d
        bufs.append(np.ascontiguousarray(a).reshape(-1).view(np.uint8))
        return {"dtype": a.dtype.name, "shape": shape, "buf": len(bufs) - 1}

    header = json.dumps(enc(value)).encode()
    out = [struct.pack("<II", len(header), len(bufs)), header]
    for b in bufs:
        out += [struct.pack("<Q", b.nbytes), b]
    return out


def decode(data: bytes, torch_ok: bool = True):
    """Decode a value (from bytes, or a memoryview whose arrays are copied out of it);
    tensors come back as WireTensors (their values as numpy arrays, their device named)."""
    hlen, nbuf = struct.unpack_from("<II", data, 0)
    pos = 8
    header = json.loads(bytes(data[pos:pos + hlen]))
    pos += hlen
    bufs = []
    for _ in range(nbuf):
        (n,) = struct.unpack_from("<Q", data, pos)
        pos += 8
        bufs.append(data[pos:pos + n])
        pos += n

    def arr(d):
        if d["buf"] < 0 or d["dtype"] not in _DTYPES:
            return Unsupported(f"array of dtype {d['dtype']}")
        a = np.frombuffer(bufs[d["buf"]], dtype=np.dtype(d["dtype"]))
        return a.reshape(tuple(d["shape"])).copy()

    def dec(v):
        if v is None or isinstance(v, (bool, str, float)):
            return v
        if isinstance(v, int):
            return v
        (kind, body), = v.items()
        if kind == "int":
            return int(body)
        if kind == "float":
            return float(body)
        if kind in ("tuple", "list"):
            items = [dec(x) for x in body]
            return tuple(items) if kind == "tuple" else items
        if kind == "dict":
            return {k: dec(x) for k, x in body.items()}
        if kind == "npscalar":
            a = arr(body)
            return a if isinstance(a, Unsupported) else a[()]
        if kind == "ndarray":
            return arr(body)
        if kind == "tensor":
            a = arr(body)
            if isinstance(a, Unsupported):
                return a
            if body.get("subclass"):
                return Unsupported(f"torch tensor subclass {body['subclass']}")
            return WireTensor(a, body["device"], body.get("requires_grad", False))
        return Unsupported(str(body))

    return dec(header)


class WireTensor:
    """A tensor as received: its values (numpy), dtype name and device string."""

    def __init__(self, array: np.ndarray, device: str, requires_grad: bool = False):
        self.array = array
        self.device = device
        self.requires_grad = requires_grad

    @property
    def dtype(self) -> str:
        return "torch." + self.array.dtype.name

    @property
    def shape(self) -> tuple:
        return tuple(self.array.shape)

    def __repr__(self):
        return f"tensor({self.array!r}, device={self.device!r})"


def to_wire(value):
    """Encode and decode: what the judge would receive for a value of its own."""
    return decode(encode(value))
