//! Texts of the analyses: finding messages and the handreikingen's advice.
