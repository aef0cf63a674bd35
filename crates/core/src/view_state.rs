//! The entries of a map's view state (`Map::arrangement.views`) that the core itself must
//! understand, so that the command line and the app read a project the same way.
//!
//! The view state is free JSON per key that the app keeps with a project (slides, ignored
//! duplicate groups, …). Most keys concern only the app; the ones here change what the core
//! computes or writes: the analysis thresholds the user set (`drempels`) and the source a
//! project was imported from (`bron`).

use crate::analysis::Thresholds;
use crate::model::Map;

/// The key of the thresholds set in the app's thresholds dialog.
pub const THRESHOLDS: &str = "drempels";
/// The key of the CSV folder or workbook a project was imported from (offered for re-import).
pub const SOURCE: &str = "bron";

impl Thresholds {
    /// The thresholds stored with `map`, or the defaults. A value that does not read (an old or
    /// hand-edited project) also gives the defaults: the project must still open.
    pub fn from_view_state(map: &Map) -> Thresholds {
        map.arrangement
            .views
            .get(THRESHOLDS)
            .and_then(|v| serde_json::from_value(v.clone()).ok())
            .unwrap_or_default()
    }

    /// The view-state value that stores these thresholds: `None` (no entry) for the defaults.
    pub fn to_view_state(&self) -> Option<serde_json::Value> {
        if *self == Thresholds::default() {
            None
        } else {
            serde_json::to_value(self).ok()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_thresholds_round_trip_and_defaults_are_not_stored() {
        let mut map = Map::default();
        assert_eq!(Thresholds::from_view_state(&map), Thresholds::default());
        assert_eq!(Thresholds::default().to_view_state(), None);
        let t = Thresholds {
            max_tables: 2,
            ..Thresholds::default()
        };
        let value = t.to_view_state().expect("changed thresholds are stored");
        map.arrangement.views.insert(THRESHOLDS.to_string(), value);
        assert_eq!(Thresholds::from_view_state(&map), t);
        // An entry that does not read gives the defaults.
        map.arrangement
            .views
            .insert(THRESHOLDS.to_string(), serde_json::json!("kapot"));
        assert_eq!(Thresholds::from_view_state(&map), Thresholds::default());
    }
}
