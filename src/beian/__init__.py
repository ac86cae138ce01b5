"""beian：生成式人工智能服务备案合规工具箱。

The package is split into one shared core (:mod:`beian.text`, :mod:`beian.standard`,
:mod:`beian.findings`) and the parts that stand on it (``prereview``, ``assess``,
``gateway``, ``corpus``). The parts import the core, never each other.
"""

__version__ = "0.1.0"
