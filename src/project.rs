//! The project file (`.netwerkkaart`): the whole map as versioned JSON, saved atomically.
