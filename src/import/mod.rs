//! Import of maps: CSV folders, xlsx/ods workbooks and project files, with Dutch diagnostics.
