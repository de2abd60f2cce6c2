"""Account and campaign risk scores, evidence and the flag threshold."""
