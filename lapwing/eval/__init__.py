"""Evaluation of Lapwing's stages against gold data (``lapwing eval ...``) and corpus converters."""
