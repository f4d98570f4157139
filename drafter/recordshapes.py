"""The ``__init__`` code of the shapes of the package's dataclasses, compiled with the
package, not at every start (``drafter.records._shape_code``: ~4 ms of a draft).

Generated: ``python -m drafter.records`` writes it again (a test says when a dataclass
of a new shape needs it). Do not edit."""
# fmt: off
# ruff: noqa
# mypy: ignore-errors

from __future__ import annotations  # (as in drafter.records, which execs the same text)


def _shape_0(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3):
  self._n0=_p0
  self._n1=_p1
  self._n2=_p2
  self._n3=_p3
 return __init__

def _shape_1(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6):
  self._n0=_p0
  self._n1=_p1
  self._n2=_p2
  self._n3=_p3
  self._n4=_p4
  self._n5=_p5
  self._n6=_p6
 return __init__

def _shape_2(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, __dataclass_set_7__, __dataclass_dflt_7__, __dataclass_set_8__, __dataclass_dflt_8__, __dataclass_set_9__, __dataclass_dflt_9__, __dataclass_set_10__, __dataclass_dflt_10__, __dataclass_set_11__, __dataclass_dflt_11__, __dataclass_set_12__, __dataclass_dflt_12__, __dataclass_set_13__, __dataclass_dflt_13__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6, _p7, _p8, _p9, _p10, _p11, _p12, _p13):
  self._n0=_p0
  self._n1=_p1
  self._n2=_p2
  self._n3=_p3
  self._n4=_p4
  self._n5=_p5
  self._n6=__dataclass_dflt_6__() if _p6 is _HAS_DEFAULT_FACTORY else _p6
  self._n7=__dataclass_dflt_7__() if _p7 is _HAS_DEFAULT_FACTORY else _p7
  self._n8=_p8
  self._n9=__dataclass_dflt_9__() if _p9 is _HAS_DEFAULT_FACTORY else _p9
  self._n10=_p10
  self._n11=_p11
  self._n12=__dataclass_dflt_12__() if _p12 is _HAS_DEFAULT_FACTORY else _p12
  self._n13=__dataclass_dflt_13__() if _p13 is _HAS_DEFAULT_FACTORY else _p13
 return __init__

def _shape_3(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5):
  self._n0=_p0
  self._n1=_p1
  self._n2=_p2
  self._n3=__dataclass_dflt_3__() if _p3 is _HAS_DEFAULT_FACTORY else _p3
  self._n4=_p4
  self._n5=_p5
 return __init__

def _shape_4(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4):
  self._n0=_p0
  self._n1=_p1
  self._n2=_p2
  self._n3=__dataclass_dflt_3__() if _p3 is _HAS_DEFAULT_FACTORY else _p3
  self._n4=__dataclass_dflt_4__() if _p4 is _HAS_DEFAULT_FACTORY else _p4
 return __init__

def _shape_5(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6):
  self._n0=_p0
  self._n1=_p1
  self._n2=_p2
  self._n3=__dataclass_dflt_3__() if _p3 is _HAS_DEFAULT_FACTORY else _p3
  self._n4=__dataclass_dflt_4__() if _p4 is _HAS_DEFAULT_FACTORY else _p4
  self._n5=__dataclass_dflt_5__() if _p5 is _HAS_DEFAULT_FACTORY else _p5
  self._n6=__dataclass_dflt_6__() if _p6 is _HAS_DEFAULT_FACTORY else _p6
 return __init__

def _shape_6(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2):
  self._n0=_p0
  self._n1=_p1
  self._n2=__dataclass_dflt_2__() if _p2 is _HAS_DEFAULT_FACTORY else _p2
 return __init__

def _shape_7(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4):
  self._n0=_p0
  self._n1=_p1
  self._n2=__dataclass_dflt_2__() if _p2 is _HAS_DEFAULT_FACTORY else _p2
  self._n3=__dataclass_dflt_3__() if _p3 is _HAS_DEFAULT_FACTORY else _p3
  self._n4=_p4
 return __init__

def _shape_8(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, __dataclass_set_7__, __dataclass_dflt_7__, __dataclass_set_8__, __dataclass_dflt_8__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6, _p7, _p8):
  self._n0=_p0
  self._n1=_p1
  self._n2=__dataclass_dflt_2__() if _p2 is _HAS_DEFAULT_FACTORY else _p2
  self._n3=__dataclass_dflt_3__() if _p3 is _HAS_DEFAULT_FACTORY else _p3
  self._n4=__dataclass_dflt_4__() if _p4 is _HAS_DEFAULT_FACTORY else _p4
  self._n5=__dataclass_dflt_5__() if _p5 is _HAS_DEFAULT_FACTORY else _p5
  self._n6=__dataclass_dflt_6__() if _p6 is _HAS_DEFAULT_FACTORY else _p6
  self._n7=__dataclass_dflt_7__() if _p7 is _HAS_DEFAULT_FACTORY else _p7
  self._n8=_p8
 return __init__

def _shape_9(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, __dataclass_set_7__, __dataclass_dflt_7__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6, _p7):
  self._n0=_p0
  self._n1=__dataclass_dflt_1__() if _p1 is _HAS_DEFAULT_FACTORY else _p1
  self._n2=_p2
  self._n3=_p3
  self._n4=_p4
  self._n5=_p5
  self._n6=_p6
  self._n7=_p7
 return __init__

def _shape_10(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4):
  self._n0=_p0
  self._n1=__dataclass_dflt_1__() if _p1 is _HAS_DEFAULT_FACTORY else _p1
  self._n2=__dataclass_dflt_2__() if _p2 is _HAS_DEFAULT_FACTORY else _p2
  self._n3=__dataclass_dflt_3__() if _p3 is _HAS_DEFAULT_FACTORY else _p3
  self._n4=__dataclass_dflt_4__() if _p4 is _HAS_DEFAULT_FACTORY else _p4
 return __init__

def _shape_11(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1):
  self._n0=__dataclass_dflt_0__() if _p0 is _HAS_DEFAULT_FACTORY else _p0
  self._n1=__dataclass_dflt_1__() if _p1 is _HAS_DEFAULT_FACTORY else _p1
 return __init__

def _shape_12(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, __dataclass_set_7__, __dataclass_dflt_7__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6, _p7):
  self._n0=__dataclass_dflt_0__() if _p0 is _HAS_DEFAULT_FACTORY else _p0
  self._n1=__dataclass_dflt_1__() if _p1 is _HAS_DEFAULT_FACTORY else _p1
  self._n2=_p2
  self._n3=__dataclass_dflt_3__() if _p3 is _HAS_DEFAULT_FACTORY else _p3
  self._n4=__dataclass_dflt_4__() if _p4 is _HAS_DEFAULT_FACTORY else _p4
  self._n5=__dataclass_dflt_5__() if _p5 is _HAS_DEFAULT_FACTORY else _p5
  self._n6=_p6
  self._n7=__dataclass_dflt_7__() if _p7 is _HAS_DEFAULT_FACTORY else _p7
 return __init__

def _shape_13(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2):
  self._n0=__dataclass_dflt_0__() if _p0 is _HAS_DEFAULT_FACTORY else _p0
  self._n1=__dataclass_dflt_1__() if _p1 is _HAS_DEFAULT_FACTORY else _p1
  self._n2=__dataclass_dflt_2__() if _p2 is _HAS_DEFAULT_FACTORY else _p2
 return __init__

def _shape_14(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3):
  self._n0=__dataclass_dflt_0__() if _p0 is _HAS_DEFAULT_FACTORY else _p0
  self._n1=__dataclass_dflt_1__() if _p1 is _HAS_DEFAULT_FACTORY else _p1
  self._n2=__dataclass_dflt_2__() if _p2 is _HAS_DEFAULT_FACTORY else _p2
  self._n3=__dataclass_dflt_3__() if _p3 is _HAS_DEFAULT_FACTORY else _p3
 return __init__

def _shape_15(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4):
  __dataclass_builtins_object__.__setattr__(self,__dataclass_set_0__,_p0)
  __dataclass_builtins_object__.__setattr__(self,__dataclass_set_1__,_p1)
  __dataclass_builtins_object__.__setattr__(self,__dataclass_set_2__,_p2)
  __dataclass_builtins_object__.__setattr__(self,__dataclass_set_3__,_p3)
  __dataclass_builtins_object__.__setattr__(self,__dataclass_set_4__,_p4)
 return __init__

def _shape_16(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3):
  __dataclass_builtins_object__.__setattr__(self,__dataclass_set_0__,_p0)
  __dataclass_builtins_object__.__setattr__(self,__dataclass_set_1__,_p1)
  __dataclass_builtins_object__.__setattr__(self,__dataclass_set_2__,_p2)
  __dataclass_builtins_object__.__setattr__(self,__dataclass_set_3__,__dataclass_dflt_3__() if _p3 is _HAS_DEFAULT_FACTORY else _p3)
 return __init__

def _shape_17(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
 return __init__

def _shape_18(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
 return __init__

def _shape_19(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
  __dataclass_set_3__(self,_p3)
 return __init__

def _shape_20(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
  __dataclass_set_3__(self,_p3)
  __dataclass_set_4__(self,_p4)
 return __init__

def _shape_21(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
  __dataclass_set_3__(self,_p3)
  __dataclass_set_4__(self,_p4)
  __dataclass_set_5__(self,_p5)
 return __init__

def _shape_22(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
  __dataclass_set_3__(self,_p3)
  __dataclass_set_4__(self,_p4)
  __dataclass_set_5__(self,_p5)
  __dataclass_set_6__(self,_p6)
 return __init__

def _shape_23(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, __dataclass_set_7__, __dataclass_dflt_7__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6, _p7):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
  __dataclass_set_3__(self,_p3)
  __dataclass_set_4__(self,_p4)
  __dataclass_set_5__(self,_p5)
  __dataclass_set_6__(self,_p6)
  __dataclass_set_7__(self,_p7)
 return __init__

def _shape_24(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, __dataclass_set_7__, __dataclass_dflt_7__, __dataclass_set_8__, __dataclass_dflt_8__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6, _p7, _p8):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
  __dataclass_set_3__(self,_p3)
  __dataclass_set_4__(self,_p4)
  __dataclass_set_5__(self,_p5)
  __dataclass_set_6__(self,_p6)
  __dataclass_set_7__(self,_p7)
  __dataclass_set_8__(self,_p8)
 return __init__

def _shape_25(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, __dataclass_set_7__, __dataclass_dflt_7__, __dataclass_set_8__, __dataclass_dflt_8__, __dataclass_set_9__, __dataclass_dflt_9__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6, _p7, _p8, _p9):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
  __dataclass_set_3__(self,_p3)
  __dataclass_set_4__(self,_p4)
  __dataclass_set_5__(self,_p5)
  __dataclass_set_6__(self,_p6)
  __dataclass_set_7__(self,_p7)
  __dataclass_set_8__(self,_p8)
  __dataclass_set_9__(self,_p9)
 return __init__

def _shape_26(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, __dataclass_set_7__, __dataclass_dflt_7__, __dataclass_set_8__, __dataclass_dflt_8__, __dataclass_set_9__, __dataclass_dflt_9__, __dataclass_set_10__, __dataclass_dflt_10__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6, _p7, _p8, _p9, _p10):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
  __dataclass_set_3__(self,_p3)
  __dataclass_set_4__(self,_p4)
  __dataclass_set_5__(self,_p5)
  __dataclass_set_6__(self,_p6)
  __dataclass_set_7__(self,_p7)
  __dataclass_set_8__(self,_p8)
  __dataclass_set_9__(self,_p9)
  __dataclass_set_10__(self,_p10)
 return __init__

def _shape_27(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, __dataclass_set_7__, __dataclass_dflt_7__, __dataclass_set_8__, __dataclass_dflt_8__, __dataclass_set_9__, __dataclass_dflt_9__, __dataclass_set_10__, __dataclass_dflt_10__, __dataclass_set_11__, __dataclass_dflt_11__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6, _p7, _p8, _p9, _p10, _p11):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
  __dataclass_set_3__(self,_p3)
  __dataclass_set_4__(self,_p4)
  __dataclass_set_5__(self,_p5)
  __dataclass_set_6__(self,_p6)
  __dataclass_set_7__(self,_p7)
  __dataclass_set_8__(self,_p8)
  __dataclass_set_9__(self,_p9)
  __dataclass_set_10__(self,_p10)
  __dataclass_set_11__(self,_p11)
 return __init__

def _shape_28(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, __dataclass_set_7__, __dataclass_dflt_7__, __dataclass_set_8__, __dataclass_dflt_8__, __dataclass_set_9__, __dataclass_dflt_9__, __dataclass_set_10__, __dataclass_dflt_10__, __dataclass_set_11__, __dataclass_dflt_11__, __dataclass_set_12__, __dataclass_dflt_12__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6, _p7, _p8, _p9, _p10, _p11, _p12):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
  __dataclass_set_3__(self,_p3)
  __dataclass_set_4__(self,_p4)
  __dataclass_set_5__(self,_p5)
  __dataclass_set_6__(self,_p6)
  __dataclass_set_7__(self,_p7)
  __dataclass_set_8__(self,_p8)
  __dataclass_set_9__(self,_p9)
  __dataclass_set_10__(self,_p10)
  __dataclass_set_11__(self,_p11)
  __dataclass_set_12__(self,_p12)
 return __init__

def _shape_29(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, __dataclass_set_7__, __dataclass_dflt_7__, __dataclass_set_8__, __dataclass_dflt_8__, __dataclass_set_9__, __dataclass_dflt_9__, __dataclass_set_10__, __dataclass_dflt_10__, __dataclass_set_11__, __dataclass_dflt_11__, __dataclass_set_12__, __dataclass_dflt_12__, __dataclass_set_13__, __dataclass_dflt_13__, __dataclass_set_14__, __dataclass_dflt_14__, __dataclass_set_15__, __dataclass_dflt_15__, __dataclass_set_16__, __dataclass_dflt_16__, __dataclass_set_17__, __dataclass_dflt_17__, __dataclass_set_18__, __dataclass_dflt_18__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6, _p7, _p8, _p9, _p10, _p11, _p12, _p13, _p14, _p15, _p16, _p17, _p18):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
  __dataclass_set_3__(self,_p3)
  __dataclass_set_4__(self,_p4)
  __dataclass_set_5__(self,_p5)
  __dataclass_set_6__(self,_p6)
  __dataclass_set_7__(self,_p7)
  __dataclass_set_8__(self,_p8)
  __dataclass_set_9__(self,_p9)
  __dataclass_set_10__(self,_p10)
  __dataclass_set_11__(self,_p11)
  __dataclass_set_12__(self,_p12)
  __dataclass_set_13__(self,_p13)
  __dataclass_set_14__(self,_p14)
  __dataclass_set_15__(self,_p15)
  __dataclass_set_16__(self,_p16)
  __dataclass_set_17__(self,_p17)
  __dataclass_set_18__(self,_p18)
 return __init__

def _shape_30(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, __dataclass_set_7__, __dataclass_dflt_7__, __dataclass_set_8__, __dataclass_dflt_8__, __dataclass_set_9__, __dataclass_dflt_9__, __dataclass_set_10__, __dataclass_dflt_10__, __dataclass_set_11__, __dataclass_dflt_11__, __dataclass_set_12__, __dataclass_dflt_12__, __dataclass_set_13__, __dataclass_dflt_13__, __dataclass_set_14__, __dataclass_dflt_14__, __dataclass_set_15__, __dataclass_dflt_15__, __dataclass_set_16__, __dataclass_dflt_16__, __dataclass_set_17__, __dataclass_dflt_17__, __dataclass_set_18__, __dataclass_dflt_18__, __dataclass_set_19__, __dataclass_dflt_19__, __dataclass_set_20__, __dataclass_dflt_20__, __dataclass_set_21__, __dataclass_dflt_21__, __dataclass_set_22__, __dataclass_dflt_22__, __dataclass_set_23__, __dataclass_dflt_23__, __dataclass_set_24__, __dataclass_dflt_24__, __dataclass_set_25__, __dataclass_dflt_25__, __dataclass_set_26__, __dataclass_dflt_26__, __dataclass_set_27__, __dataclass_dflt_27__, __dataclass_set_28__, __dataclass_dflt_28__, __dataclass_set_29__, __dataclass_dflt_29__, __dataclass_set_30__, __dataclass_dflt_30__, __dataclass_set_31__, __dataclass_dflt_31__, __dataclass_set_32__, __dataclass_dflt_32__, __dataclass_set_33__, __dataclass_dflt_33__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6, _p7, _p8, _p9, _p10, _p11, _p12, _p13, _p14, _p15, _p16, _p17, _p18, _p19, _p20, _p21, _p22, _p23, _p24, _p25, _p26, _p27, _p28, _p29, _p30, _p31, _p32, _p33):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
  __dataclass_set_3__(self,_p3)
  __dataclass_set_4__(self,_p4)
  __dataclass_set_5__(self,_p5)
  __dataclass_set_6__(self,_p6)
  __dataclass_set_7__(self,_p7)
  __dataclass_set_8__(self,_p8)
  __dataclass_set_9__(self,_p9)
  __dataclass_set_10__(self,_p10)
  __dataclass_set_11__(self,_p11)
  __dataclass_set_12__(self,_p12)
  __dataclass_set_13__(self,_p13)
  __dataclass_set_14__(self,_p14)
  __dataclass_set_15__(self,_p15)
  __dataclass_set_16__(self,_p16)
  __dataclass_set_17__(self,_p17)
  __dataclass_set_18__(self,_p18)
  __dataclass_set_19__(self,_p19)
  __dataclass_set_20__(self,_p20)
  __dataclass_set_21__(self,_p21)
  __dataclass_set_22__(self,_p22)
  __dataclass_set_23__(self,_p23)
  __dataclass_set_24__(self,_p24)
  __dataclass_set_25__(self,_p25)
  __dataclass_set_26__(self,_p26)
  __dataclass_set_27__(self,_p27)
  __dataclass_set_28__(self,_p28)
  __dataclass_set_29__(self,_p29)
  __dataclass_set_30__(self,_p30)
  __dataclass_set_31__(self,_p31)
  __dataclass_set_32__(self,_p32)
  __dataclass_set_33__(self,_p33)
 return __init__

def _shape_31(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, __dataclass_set_7__, __dataclass_dflt_7__, __dataclass_set_8__, __dataclass_dflt_8__, __dataclass_set_9__, __dataclass_dflt_9__, __dataclass_set_10__, __dataclass_dflt_10__, __dataclass_set_11__, __dataclass_dflt_11__, __dataclass_set_12__, __dataclass_dflt_12__, __dataclass_set_13__, __dataclass_dflt_13__, __dataclass_set_14__, __dataclass_dflt_14__, __dataclass_set_15__, __dataclass_dflt_15__, __dataclass_set_16__, __dataclass_dflt_16__, __dataclass_set_17__, __dataclass_dflt_17__, __dataclass_set_18__, __dataclass_dflt_18__, __dataclass_set_19__, __dataclass_dflt_19__, __dataclass_set_20__, __dataclass_dflt_20__, __dataclass_set_21__, __dataclass_dflt_21__, __dataclass_set_22__, __dataclass_dflt_22__, __dataclass_set_23__, __dataclass_dflt_23__, __dataclass_set_24__, __dataclass_dflt_24__, __dataclass_set_25__, __dataclass_dflt_25__, __dataclass_set_26__, __dataclass_dflt_26__, __dataclass_set_27__, __dataclass_dflt_27__, __dataclass_set_28__, __dataclass_dflt_28__, __dataclass_set_29__, __dataclass_dflt_29__, __dataclass_set_30__, __dataclass_dflt_30__, __dataclass_set_31__, __dataclass_dflt_31__, __dataclass_set_32__, __dataclass_dflt_32__, __dataclass_set_33__, __dataclass_dflt_33__, __dataclass_set_34__, __dataclass_dflt_34__, __dataclass_set_35__, __dataclass_dflt_35__, __dataclass_set_36__, __dataclass_dflt_36__, __dataclass_set_37__, __dataclass_dflt_37__, __dataclass_set_38__, __dataclass_dflt_38__, __dataclass_set_39__, __dataclass_dflt_39__, __dataclass_set_40__, __dataclass_dflt_40__, __dataclass_set_41__, __dataclass_dflt_41__, __dataclass_set_42__, __dataclass_dflt_42__, __dataclass_set_43__, __dataclass_dflt_43__, __dataclass_set_44__, __dataclass_dflt_44__, __dataclass_set_45__, __dataclass_dflt_45__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6, _p7, _p8, _p9, _p10, _p11, _p12, _p13, _p14, _p15, _p16, _p17, _p18, _p19, _p20, _p21, _p22, _p23, _p24, _p25, _p26, _p27, _p28, _p29, _p30, _p31, _p32, _p33, _p34, _p35, _p36, _p37, _p38, _p39, _p40, _p41, _p42, _p43, _p44, _p45):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
  __dataclass_set_3__(self,_p3)
  __dataclass_set_4__(self,_p4)
  __dataclass_set_5__(self,_p5)
  __dataclass_set_6__(self,_p6)
  __dataclass_set_7__(self,_p7)
  __dataclass_set_8__(self,_p8)
  __dataclass_set_9__(self,_p9)
  __dataclass_set_10__(self,_p10)
  __dataclass_set_11__(self,_p11)
  __dataclass_set_12__(self,_p12)
  __dataclass_set_13__(self,_p13)
  __dataclass_set_14__(self,_p14)
  __dataclass_set_15__(self,_p15)
  __dataclass_set_16__(self,_p16)
  __dataclass_set_17__(self,_p17)
  __dataclass_set_18__(self,_p18)
  __dataclass_set_19__(self,_p19)
  __dataclass_set_20__(self,_p20)
  __dataclass_set_21__(self,_p21)
  __dataclass_set_22__(self,_p22)
  __dataclass_set_23__(self,_p23)
  __dataclass_set_24__(self,_p24)
  __dataclass_set_25__(self,_p25)
  __dataclass_set_26__(self,_p26)
  __dataclass_set_27__(self,_p27)
  __dataclass_set_28__(self,_p28)
  __dataclass_set_29__(self,_p29)
  __dataclass_set_30__(self,_p30)
  __dataclass_set_31__(self,_p31)
  __dataclass_set_32__(self,_p32)
  __dataclass_set_33__(self,_p33)
  __dataclass_set_34__(self,_p34)
  __dataclass_set_35__(self,_p35)
  __dataclass_set_36__(self,_p36)
  __dataclass_set_37__(self,_p37)
  __dataclass_set_38__(self,_p38)
  __dataclass_set_39__(self,_p39)
  __dataclass_set_40__(self,_p40)
  __dataclass_set_41__(self,_p41)
  __dataclass_set_42__(self,_p42)
  __dataclass_set_43__(self,_p43)
  __dataclass_set_44__(self,_p44)
  __dataclass_set_45__(self,_p45)
 return __init__

def _shape_32(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, __dataclass_set_7__, __dataclass_dflt_7__, __dataclass_set_8__, __dataclass_dflt_8__, __dataclass_set_9__, __dataclass_dflt_9__, __dataclass_set_10__, __dataclass_dflt_10__, __dataclass_set_11__, __dataclass_dflt_11__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6, _p7, _p8, _p9, _p10, _p11):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
  __dataclass_set_3__(self,_p3)
  __dataclass_set_4__(self,_p4)
  __dataclass_set_5__(self,_p5)
  __dataclass_set_6__(self,_p6)
  __dataclass_set_7__(self,_p7)
  __dataclass_set_8__(self,_p8)
  __dataclass_set_9__(self,__dataclass_dflt_9__() if _p9 is _HAS_DEFAULT_FACTORY else _p9)
  __dataclass_set_10__(self,_p10)
  __dataclass_set_11__(self,_p11)
 return __init__

def _shape_33(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
  __dataclass_set_3__(self,__dataclass_dflt_3__() if _p3 is _HAS_DEFAULT_FACTORY else _p3)
  __dataclass_set_4__(self,_p4)
 return __init__

def _shape_34(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, __dataclass_set_3__, __dataclass_dflt_3__, __dataclass_set_4__, __dataclass_dflt_4__, __dataclass_set_5__, __dataclass_dflt_5__, __dataclass_set_6__, __dataclass_dflt_6__, __dataclass_set_7__, __dataclass_dflt_7__, __dataclass_set_8__, __dataclass_dflt_8__, __dataclass_set_9__, __dataclass_dflt_9__, __dataclass_set_10__, __dataclass_dflt_10__, __dataclass_set_11__, __dataclass_dflt_11__, __dataclass_set_12__, __dataclass_dflt_12__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2, _p3, _p4, _p5, _p6, _p7, _p8, _p9, _p10, _p11, _p12):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,_p2)
  __dataclass_set_3__(self,__dataclass_dflt_3__() if _p3 is _HAS_DEFAULT_FACTORY else _p3)
  __dataclass_set_4__(self,_p4)
  __dataclass_set_5__(self,_p5)
  __dataclass_set_6__(self,__dataclass_dflt_6__() if _p6 is _HAS_DEFAULT_FACTORY else _p6)
  __dataclass_set_7__(self,__dataclass_dflt_7__() if _p7 is _HAS_DEFAULT_FACTORY else _p7)
  __dataclass_set_8__(self,_p8)
  __dataclass_set_9__(self,_p9)
  __dataclass_set_10__(self,_p10)
  __dataclass_set_11__(self,__dataclass_dflt_11__() if _p11 is _HAS_DEFAULT_FACTORY else _p11)
  __dataclass_set_12__(self,__dataclass_dflt_12__() if _p12 is _HAS_DEFAULT_FACTORY else _p12)
 return __init__

def _shape_35(__dataclass_set_0__, __dataclass_dflt_0__, __dataclass_set_1__, __dataclass_dflt_1__, __dataclass_set_2__, __dataclass_dflt_2__, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__):
 def __init__(self, _p0, _p1, _p2):
  __dataclass_set_0__(self,_p0)
  __dataclass_set_1__(self,_p1)
  __dataclass_set_2__(self,__dataclass_dflt_2__() if _p2 is _HAS_DEFAULT_FACTORY else _p2)
 return __init__

SHAPES = {
    ((('attribute', False), ('attribute', False), ('attribute', False), ('attribute', False)), False): _shape_0,
    ((('attribute', False), ('attribute', False), ('attribute', False), ('attribute', False), ('attribute', False), ('attribute', False), ('attribute', False)), False): _shape_1,
    ((('attribute', False), ('attribute', False), ('attribute', False), ('attribute', False), ('attribute', False), ('attribute', False), ('attribute', True), ('attribute', True), ('attribute', False), ('attribute', True), ('attribute', False), ('attribute', False), ('attribute', True), ('attribute', True)), False): _shape_2,
    ((('attribute', False), ('attribute', False), ('attribute', False), ('attribute', True), ('attribute', False), ('attribute', False)), False): _shape_3,
    ((('attribute', False), ('attribute', False), ('attribute', False), ('attribute', True), ('attribute', True)), False): _shape_4,
    ((('attribute', False), ('attribute', False), ('attribute', False), ('attribute', True), ('attribute', True), ('attribute', True), ('attribute', True)), False): _shape_5,
    ((('attribute', False), ('attribute', False), ('attribute', True)), False): _shape_6,
    ((('attribute', False), ('attribute', False), ('attribute', True), ('attribute', True), ('attribute', False)), False): _shape_7,
    ((('attribute', False), ('attribute', False), ('attribute', True), ('attribute', True), ('attribute', True), ('attribute', True), ('attribute', True), ('attribute', True), ('attribute', False)), False): _shape_8,
    ((('attribute', False), ('attribute', True), ('attribute', False), ('attribute', False), ('attribute', False), ('attribute', False), ('attribute', False), ('attribute', False)), False): _shape_9,
    ((('attribute', False), ('attribute', True), ('attribute', True), ('attribute', True), ('attribute', True)), False): _shape_10,
    ((('attribute', True), ('attribute', True)), False): _shape_11,
    ((('attribute', True), ('attribute', True), ('attribute', False), ('attribute', True), ('attribute', True), ('attribute', True), ('attribute', False), ('attribute', True)), False): _shape_12,
    ((('attribute', True), ('attribute', True), ('attribute', True)), False): _shape_13,
    ((('attribute', True), ('attribute', True), ('attribute', True), ('attribute', True)), False): _shape_14,
    ((('object', False), ('object', False), ('object', False), ('object', False), ('object', False)), False): _shape_15,
    ((('object', False), ('object', False), ('object', False), ('object', True)), False): _shape_16,
    ((('slot', False), ('slot', False)), False): _shape_17,
    ((('slot', False), ('slot', False), ('slot', False)), False): _shape_18,
    ((('slot', False), ('slot', False), ('slot', False), ('slot', False)), False): _shape_19,
    ((('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False)), False): _shape_20,
    ((('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False)), False): _shape_21,
    ((('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False)), False): _shape_22,
    ((('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False)), False): _shape_23,
    ((('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False)), False): _shape_24,
    ((('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False)), False): _shape_25,
    ((('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False)), False): _shape_26,
    ((('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False)), False): _shape_27,
    ((('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False)), False): _shape_28,
    ((('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False)), False): _shape_29,
    ((('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False)), False): _shape_30,
    ((('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False)), False): _shape_31,
    ((('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', False), ('slot', True), ('slot', False), ('slot', False)), False): _shape_32,
    ((('slot', False), ('slot', False), ('slot', False), ('slot', True), ('slot', False)), False): _shape_33,
    ((('slot', False), ('slot', False), ('slot', False), ('slot', True), ('slot', False), ('slot', False), ('slot', True), ('slot', True), ('slot', False), ('slot', False), ('slot', False), ('slot', True), ('slot', True)), False): _shape_34,
    ((('slot', False), ('slot', False), ('slot', True)), False): _shape_35,
}
