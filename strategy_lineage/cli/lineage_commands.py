"""Placeholder until its issue lands; replaced by the module owner."""
