//! Texts of the importer: diagnostics, their locations and suggestions.
