"""singleton: Good-Turing singleton rates of arbitrary facts in a pretraining corpus.

Kalai, Nachum, Vempala & Zhang (2025, "Why Language Models Hallucinate") show that a calibrated
base model hallucinates on arbitrary facts at least about as often as the fraction of the
category's training examples whose subject is stated exactly once. singleton measures that
fraction on a real corpus.
"""

__version__ = "0.1.0"
