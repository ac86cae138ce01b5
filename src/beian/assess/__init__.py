"""Generated-content and refusal assessment (TC260-003 §8.2–§9.4): banks, targets, judges, metrics."""
