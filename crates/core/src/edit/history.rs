//! Undo and redo: a stack of done edits, each with its forward and inverse ops and a label that
//! the menus and the history panel show ("Ongedaan maken: partij toevoegen: Gemeente Gouda").

use super::{Edit, EditError, Op, apply_all, plan};
use crate::i18n::Msg;
use crate::model::Map;

/// One done edit.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// What the edit did, in the user's language at the time.
    pub label: Msg,
    forward: Vec<Op>,
    inverse: Vec<Op>,
}

/// The undo and redo stacks of one open map, and whether it changed since it was saved.
#[derive(Debug, Clone, Default)]
pub struct History {
    done: Vec<Entry>,
    undone: Vec<Entry>,
    /// The number of done entries when the map was last saved; `None` when that state can no
    /// longer be reached (an undo past it followed by a new edit).
    saved_at: Option<usize>,
    /// Counts every change (edit, undo, redo), so caches can tell the map changed.
    generation: u64,
}

/// At most this many edits can be undone; the oldest are forgotten first.
const MAX_UNDO: usize = 500;

impl History {
    /// A history for a map as it was just opened or saved.
    pub fn new() -> Self {
        History {
            saved_at: Some(0),
            ..Default::default()
        }
    }

    /// A history for a map that differs from its file (restored from a recovery file): dirty
    /// until saved, with nothing to undo.
    pub fn unsaved() -> Self {
        History {
            saved_at: None,
            ..Default::default()
        }
    }

    /// Plans and applies `edit` to `map`, and records it. On an error the map is unchanged.
    pub fn apply(&mut self, map: &mut Map, edit: &Edit) -> Result<&Entry, EditError> {
        let label = edit.label(map);
        let forward = plan(map, edit)?;
        let inverse = apply_all(map, forward.clone())?;
        if let Some(s) = self.saved_at
            && s > self.done.len()
        {
            // The saved state was on the redo stack, which a new edit throws away.
            self.saved_at = None;
        }
        self.undone.clear();
        self.done.push(Entry {
            label,
            forward,
            inverse,
        });
        if self.done.len() > MAX_UNDO {
            self.done.remove(0);
            self.saved_at = self.saved_at.and_then(|s| s.checked_sub(1));
        }
        self.generation += 1;
        Ok(self.done.last().expect("just pushed"))
    }

    /// Undoes the last edit; returns its label, or `None` when there is nothing to undo.
    pub fn undo(&mut self, map: &mut Map) -> Option<Msg> {
        let entry = self.done.pop()?;
        match apply_all(map, entry.inverse.clone()) {
            Ok(_) => {
                let label = entry.label.clone();
                self.undone.push(entry);
                self.generation += 1;
                Some(label)
            }
            Err(_) => {
                // The map no longer fits the history (it was changed behind its back): forget
                // the history rather than corrupt the map.
                self.done.clear();
                self.undone.clear();
                None
            }
        }
    }

    /// Redoes the last undone edit; returns its label.
    pub fn redo(&mut self, map: &mut Map) -> Option<Msg> {
        let entry = self.undone.pop()?;
        match apply_all(map, entry.forward.clone()) {
            Ok(_) => {
                let label = entry.label.clone();
                self.done.push(entry);
                self.generation += 1;
                Some(label)
            }
            Err(_) => {
                self.undone.clear();
                None
            }
        }
    }

    /// The label of the edit that undo would undo.
    pub fn undo_label(&self) -> Option<&Msg> {
        self.done.last().map(|e| &e.label)
    }

    /// The label of the edit that redo would redo.
    pub fn redo_label(&self) -> Option<&Msg> {
        self.undone.last().map(|e| &e.label)
    }

    /// Labels of the done edits, oldest first (for the history panel).
    pub fn done_labels(&self) -> impl DoubleEndedIterator<Item = &Msg> {
        self.done.iter().map(|e| &e.label)
    }

    /// Labels of the undone edits, the next one to redo first.
    pub fn undone_labels(&self) -> impl Iterator<Item = &Msg> {
        self.undone.iter().rev().map(|e| &e.label)
    }

    /// Marks the current state as saved.
    pub fn mark_saved(&mut self) {
        self.saved_at = Some(self.done.len());
    }

    /// Whether the map differs from what was last saved.
    pub fn is_dirty(&self) -> bool {
        self.saved_at != Some(self.done.len())
    }

    /// Changes with every edit, undo and redo.
    pub fn generation(&self) -> u64 {
        self.generation
    }
}
