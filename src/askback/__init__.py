"""askback: interview the employer before you sign."""

__version__ = "0.1.0"
