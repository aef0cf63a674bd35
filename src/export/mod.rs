//! Output of maps and analyses: data files (CSV, xlsx), templates, and later pictures and reports.
