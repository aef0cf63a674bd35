//! Fields of a project file that this version does not know (written by a newer Netwerkkaart,
//! or added by hand or by another tool), kept so that opening and saving a map never drops
//! them. Each field is remembered by where it sat: the path of object keys and array elements
//! leading to it, an element known by its `id` (or, for rows without one such as seats, by its
//! known content). On save the fields are put back wherever that place still exists; a field
//! whose row was deleted goes with it.

use serde_json::Value;

/// The unknown fields of one project file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Kept {
    fields: Vec<Field>,
}

#[derive(Debug, Clone, PartialEq)]
struct Field {
    path: Vec<Step>,
    key: String,
    value: Value,
}

#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    /// An array element by its `id`.
    Id(String),
    /// An array element without an `id`, by its known fields.
    Row(Value),
}

fn empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        Value::Number(_) => false,
    }
}

fn identity(known: &Value) -> Step {
    match known.get("id").and_then(Value::as_str) {
        Some(id) => Step::Id(id.to_string()),
        None => Step::Row(known.clone()),
    }
}

impl Kept {
    /// The fields of `given` (the file as read) that `known` (the same data as this version
    /// writes it) lacks. Empty values are not kept: the writer leaves empty fields out.
    pub fn collect(given: &Value, known: &Value) -> Self {
        let mut kept = Kept::default();
        let mut path = Vec::new();
        kept.walk(given, known, &mut path);
        kept
    }

    fn walk(&mut self, given: &Value, known: &Value, path: &mut Vec<Step>) {
        match (given, known) {
            (Value::Object(g), Value::Object(k)) => {
                for (key, value) in g {
                    match k.get(key) {
                        Some(kv) => {
                            path.push(Step::Key(key.clone()));
                            self.walk(value, kv, path);
                            path.pop();
                        }
                        None if !empty(value) => self.fields.push(Field {
                            path: path.clone(),
                            key: key.clone(),
                            value: value.clone(),
                        }),
                        None => {}
                    }
                }
            }
            (Value::Array(g), Value::Array(k)) => {
                for (gv, kv) in g.iter().zip(k) {
                    path.push(identity(kv));
                    self.walk(gv, kv, path);
                    path.pop();
                }
            }
            _ => {}
        }
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    pub fn len(&self) -> usize {
        self.fields.len()
    }

    /// The dotted paths of the kept fields (`map.parties[gem].kleur`), for messages.
    pub fn paths(&self) -> Vec<String> {
        self.fields
            .iter()
            .map(|f| {
                let mut s = String::new();
                for step in &f.path {
                    match step {
                        Step::Key(k) if s.is_empty() => s.push_str(k),
                        Step::Key(k) => {
                            s.push('.');
                            s.push_str(k);
                        }
                        Step::Id(id) => s.push_str(&format!("[{id}]")),
                        Step::Row(_) => s.push_str("[…]"),
                    }
                }
                if s.is_empty() {
                    f.key.clone()
                } else {
                    format!("{s}.{}", f.key)
                }
            })
            .collect()
    }

    /// Puts the kept fields back into `root` (the file as this version writes it) where their
    /// place still exists, without overwriting a field this version wrote. Returns how many
    /// had no place any more.
    pub fn restore(&self, root: &mut Value) -> usize {
        // Places are found on the file as written, before anything is added, so that a row
        // known by its content is still recognised after a field was put back into it.
        let pointers: Vec<Option<String>> =
            self.fields.iter().map(|f| pointer(root, &f.path)).collect();
        let mut lost = 0;
        for (field, at) in self.fields.iter().zip(pointers) {
            match at
                .and_then(|p| root.pointer_mut(&p))
                .and_then(Value::as_object_mut)
            {
                Some(obj) => {
                    obj.entry(field.key.clone())
                        .or_insert_with(|| field.value.clone());
                }
                None => lost += 1,
            }
        }
        lost
    }
}

/// The JSON pointer of `path` in `root`, if it leads anywhere.
fn pointer(root: &Value, path: &[Step]) -> Option<String> {
    let mut at = root;
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(k) => {
                at = at.get(k)?;
                out.push('/');
                out.push_str(&k.replace('~', "~0").replace('/', "~1"));
            }
            Step::Id(_) | Step::Row(_) => {
                let items = at.as_array()?;
                let i = items.iter().position(|v| identity(v) == *step)?;
                at = &items[i];
                out.push('/');
                out.push_str(&i.to_string());
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fields_come_back_where_their_row_still_is() {
        let given = json!({"map": {"kleur": "blauw", "parties": [
            {"id": "a", "naam": "A", "icoon": "huis"},
            {"id": "b", "naam": "B", "icoon": "boom"}
        ], "memberships": [{"tafel": "t", "partij": "a", "stoel": 3}]}});
        let known = json!({"map": {"parties": [
            {"id": "a", "naam": "A"}, {"id": "b", "naam": "B"}
        ], "memberships": [{"tafel": "t", "partij": "a"}]}});
        let kept = Kept::collect(&given, &known);
        let mut paths = kept.paths();
        paths.sort();
        assert_eq!(
            paths,
            [
                "map.kleur",
                "map.memberships[…].stoel",
                "map.parties[a].icoon",
                "map.parties[b].icoon"
            ]
        );
        // After an edit: b deleted, a renamed and moved behind a new party.
        let mut now = json!({"map": {"parties": [
            {"id": "c", "naam": "C"}, {"id": "a", "naam": "A2"}
        ], "memberships": [{"tafel": "t", "partij": "a"}]}});
        assert_eq!(kept.restore(&mut now), 1, "b's field went with b");
        assert_eq!(now["map"]["kleur"], "blauw");
        assert_eq!(now["map"]["parties"][1]["icoon"], "huis");
        assert!(now["map"]["parties"][0].get("icoon").is_none());
        assert_eq!(now["map"]["memberships"][0]["stoel"], 3);
    }

    #[test]
    fn empty_values_are_not_kept_and_known_fields_win() {
        let given = json!({"x": "", "y": [], "z": {"a": 1}});
        let known = json!({"z": {"a": 1}});
        assert!(Kept::collect(&given, &known).is_empty());
        let kept = Kept::collect(&json!({"a": 1, "b": 2}), &json!({"a": 1}));
        let mut now = json!({"a": 5, "b": 9});
        assert_eq!(kept.restore(&mut now), 0);
        assert_eq!(now, json!({"a": 5, "b": 9}));
    }
}
