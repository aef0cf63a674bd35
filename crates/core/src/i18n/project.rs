//! Texts about project files: loading, saving and their errors.

use super::Text;
use crate::text;

pub const IO: Text = text!(
    "{path}: kan het bestand niet lezen of schrijven ({reason}). Controleer of het pad bestaat en of u schrijfrechten hebt.",
    "{path}: cannot read or write the file ({reason}). Check that the path exists and that you may write there."
);
pub const NOT_JSON: Text = text!(
    "{path}, regel {line}, kolom {column}: dit is geen Netwerkkaart-projectbestand (geen geldige JSON). Open een map met CSV-bestanden of een .xlsx-werkmap via 'importeren'.",
    "{path}, line {line}, column {column}: this is not a Netwerkkaart project file (not valid JSON). Open a folder of CSV files or an .xlsx workbook with 'import'."
);
pub const TRUNCATED: Text = text!(
    "{path}: het projectbestand is afgebroken (onvolledig opgeslagen of beschadigd). Kijk of er een herstelbestand of een eerdere kopie is.",
    "{path}: the project file is cut short (incompletely saved or damaged). Look for a recovery file or an earlier copy."
);
pub const FOREIGN: Text = text!(
    "{path}: dit is geen Netwerkkaart-projectbestand (het kenmerk \"format\": \"netwerkkaart\" ontbreekt).",
    "{path}: this is not a Netwerkkaart project file (the marker \"format\": \"netwerkkaart\" is missing)."
);
pub const NEWER: Text = text!(
    "{path}: dit projectbestand heeft versie {version} en is gemaakt met een nieuwere Netwerkkaart; deze versie leest tot en met versie {supported}. Werk Netwerkkaart bij.",
    "{path}: this project file has version {version} and was made by a newer Netwerkkaart; this version reads up to version {supported}. Please update Netwerkkaart."
);
pub const INVALID: Text = text!(
    "{path}, regel {line}, kolom {column}: het projectbestand bevat een onverwachte waarde ({reason}).",
    "{path}, line {line}, column {column}: the project file holds an unexpected value ({reason})."
);
