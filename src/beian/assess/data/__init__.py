"""Versioned data for the assessment module (the refusal development set)."""
