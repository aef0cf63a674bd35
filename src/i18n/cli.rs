//! Texts of the command line: help, summaries, exit messages.
