"""leakguard.warm_up(): after it, a first scan of any kind loads nothing more."""
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent("""
    import sys
    import leakguard
    from leakguard import tokens

    assert "sudachipy" not in sys.modules and tokens._dictionary is None  # nothing heavy on import
    leakguard.warm_up()
    assert tokens._dictionary is not None
    loaded = set(sys.modules)
    for text in ("こんにちは", "090-8765-4321に電話ください", "mail: yuki.t@example.ne.jp",
                 "インスタのDMで話しませんか？", "PayPayで直接払ってもらえますか", "ラインIDは kuma_2525 です"):
        leakguard.scan(text)
    print(sorted(set(sys.modules) - loaded))
""")


def test_warm_up_loads_what_a_first_scan_needs():
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_warm_up_takes_a_policy_and_checks_it():
    import pytest

    import leakguard

    leakguard.warm_up("strict")
    with pytest.raises(leakguard.PolicyError):
        leakguard.warm_up("no-such-preset")


def test_warm_up_readies_the_gates_soft_tests():
    # a first 「、」 or 「ら」 after warm_up compiles and loads nothing: the gate's patterns and lexicons are ready
    import leakguard
    from leakguard.gate import gate_for
    from leakguard.policy import DEFAULT_POLICY

    leakguard.warm_up()
    gate = gate_for(DEFAULT_POLICY)
    assert set(gate._compiled) == set(gate._patterns)
    assert not callable(gate._lexicons) and gate._lexicons
