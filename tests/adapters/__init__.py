"""Tests of the log adapters (OTel GenAI, LiteLLM, mapped) and their exports."""
