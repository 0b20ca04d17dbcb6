"""Adapters to engines that already distribute work: ``leakguard.integrations.dask`` and the pandas
core every engine shares, ``leakguard.integrations.frames`` (also what the Spark example runs).

Nothing here is imported by ``import leakguard``; each adapter imports its engine lazily, and the
engines are optional extras (``pip install 'leakguard-ja[dask]'``).
"""
