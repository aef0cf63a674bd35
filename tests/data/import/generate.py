# Generates the import fixtures (run from this folder: python3 generate.py).
# Committed output is what the tests read; rerun only when changing a case.
import os, random
base = {
"partijen.csv": """id,naam,soort,werkgebied,hoort_bij,opmerking
gem-gouda,Gemeente Gouda,gemeente,,,
gem-wadd,Gemeente Waddinxveen,Gemeente,,,
corp-a,Woonpartners,corporatie,gem-gouda|gem-wadd,,sinds 2020
zorg-b,Kwintes,GGZ,gem-gouda,,
""",
"tafels.csv": """id,naam,soort,domein,laag,frequentie,duur_uren,besluitvorming,werkgebied,rapporteert_aan
t-bestuur,Bestuurlijk overleg wonen en zorg,tafel,institutioneel,strategisch,4,2,besluitvormend,,
t-casus,Casusoverleg Gouda,,casus,operationeel,12,"1,5",afstemmend,gem-gouda,t-bestuur
""",
"deelnames.csv": """tafel,partij,persoon,rol
t-bestuur,gem-gouda,p-wethouder,voorzitter
t-bestuur,corp-a,,lid
t-bestuur,zorg-b,,
t-casus,,p-consulent,
t-casus,zorg-b,,secretaris
""",
"personen.csv": """id,naam,partij,functie,laag,netwerkrol,uren_per_maand
p-wethouder,Wethouder wonen,gem-gouda,wethouder,strategisch,strateeg,8
p-consulent,Consulent wonen,corp-a,consulent,operationeel,verkenner|procesmanager,"2,5"
""",
"relaties.csv": """van,naar,soort,domein,laag,kwaliteit,toelichting
gem-gouda,corp-a,prestatieafspraken,institutioneel,strategisch,goed,Jaarlijkse afspraken
""",
}
def write(case, files, drop=()):
    os.makedirs(case, exist_ok=True)
    for name, content in files.items():
        if name in drop: continue
        mode = 'wb' if isinstance(content, bytes) else 'w'
        with open(os.path.join(case, name), mode, **({} if mode=='wb' else {'newline':''})) as f:
            f.write(content)
def variant(case, drop=(), **changes):
    files = dict(base)
    for k, v in changes.items():
        files[k.replace('__', '.')] = v
    write(case, files, drop)

write("valid", base)
# 1 party kind typo (warning), line 4 col 3
variant("soort_typo", partijen__csv=base["partijen.csv"].replace("corp-a,Woonpartners,corporatie", "corp-a,Woonpartners,corporatei"))
# 2 domein typo on line 3
variant("domein_typo", tafels__csv=base["tafels.csv"].replace(",,casus,operationeel", ",,casu,operationeel"))
# 3 dangling id on deelnames line 3
variant("dangling_id", deelnames__csv=base["deelnames.csv"].replace("t-bestuur,corp-a,,lid", "t-bestuur,gem-goud,,lid"))
# 4 duplicate id: line 6 repeats corp-a (first on line 4)
variant("duplicate_id", partijen__csv=base["partijen.csv"] + "corp-a,Woonpartners bis,corporatie,,,\n")
# 5 missing required file, with a near-miss name present
f = dict(base); f["deelname.csv"] = f.pop("deelnames.csv"); write("missing_file", f)
# 6 missing required column laag, with a header typo 'lagg' in column 5
variant("missing_column", tafels__csv=base["tafels.csv"].replace(",domein,laag,", ",domein,lagg,", 1))
# 7 empty required cell: naam on line 3
variant("empty_required", partijen__csv=base["partijen.csv"].replace("gem-wadd,Gemeente Waddinxveen,", "gem-wadd,,"))
# 8 bad number: frequentie 'vier' on line 2
variant("bad_number", tafels__csv=base["tafels.csv"].replace("strategisch,4,2,", "strategisch,vier,2,"))
# 9 not a csv: random bytes with NULs
rnd = random.Random(20261122)
variant("not_a_csv", partijen__csv=bytes(rnd.randrange(256) for _ in range(4096)) + b"\0")
# 10 empty file
variant("empty_file", tafels__csv=b"")
# 11 header only optional file (warning) 
variant("header_only", relaties__csv="van,naar,soort\n")
# 12 PNG renamed .csv
variant("png_renamed", partijen__csv=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89")
# 13 many errors at once: domein typo (tafels 3), bad number (tafels 2), dangling id (deelnames 3), empty naam (partijen 3)
variant("many_errors",
    partijen__csv=base["partijen.csv"].replace("gem-wadd,Gemeente Waddinxveen,", "gem-wadd,,"),
    tafels__csv=base["tafels.csv"].replace(",,casus,operationeel", ",,casu,operationeel").replace("strategisch,4,2,", "strategisch,vier,2,"),
    deelnames__csv=base["deelnames.csv"].replace("t-bestuur,corp-a,,lid", "t-bestuur,gem-goud,,lid"))
# 14 Windows-1252, semicolons, English file names and headers
cp = {
"Parties.csv": "Id;Name;Kind;Area\r\ngem-gouda;Gemeente Gouda;municipality;\r\ncafe;Café de Ontmoeting;welfare;gem-gouda\r\nclient;Cliëntenraad Gouda;cliëntenraad;gem-gouda\r\n",
"tables.csv": "ID;Name;Domain;Layer;Frequency;Duration_Hours\r\nt-1;Wijkoverleg Goverwelle;wijk;uitvoerend;10;1,5\r\n",
"MEMBERSHIPS.csv": "Table;Party;Role\r\nt-1;gem-gouda;chair\r\nt-1;cafe;member\r\nt-1;client;\r\n",
}
os.makedirs("cp1252_semicolon_english", exist_ok=True)
for k, v in cp.items():
    open(os.path.join("cp1252_semicolon_english", k), "wb").write(v.encode("cp1252"))
# 15 BOM + CRLF + quoted newlines; later rows must keep their physical line numbers
bom = {
"partijen.csv": '\ufeffid,naam,soort,belangen\r\n'
  'gem-gouda,Gemeente Gouda,gemeente,"regel een\r\nregel twee"\r\n'          # lines 2-3
  'corp-a,"Woon\r\npartners",corporatie,"a, b; en ""c"""\r\n'               # lines 4-5
  'zorg-b,Kwintes,zorgaanbiedr,\r\n',                                        # line 6: kind typo
"tafels.csv": '\ufeffid;naam;domein;laag\r\nt-1;"Overleg\r\nmet\r\nregels";casus;operationeel\r\nt-2;Tweede;casus;tactish\r\n',  # t-1 lines 2-4, t-2 line 5 (layer typo)
"deelnames.csv": 'tafel,partij\r\nt-1,gem-gouda\r\nt-1,corp-a\r\nt-1,zorg-b\r\nt-2,gem-goud\r\n',  # dangling on line 5
}
os.makedirs("bom_crlf_quoted", exist_ok=True)
for k, v in bom.items():
    open(os.path.join("bom_crlf_quoted", k), "w", encoding="utf-8", newline="").write(v)
# 16 memberships without partij column: party from person; person for another party
variant("person_party",
    deelnames__csv="tafel,partij,persoon,rol\nt-bestuur,,p-wethouder,voorzitter\nt-casus,zorg-b,p-consulent,notulist\nt-bestuur,,p-consulent,voorzittter\n")
variant("no_party_column",
    deelnames__csv="tafel,persoon\nt-bestuur,p-wethouder\nt-casus,p-consulent\n")
# 17 near duplicates in a file
variant("near_duplicates", partijen__csv=base["partijen.csv"] + "gem-gouda-2,Gem. Gouda,gemeente,,,\ngem-goes,Gemeente Goes,gemeente,,,\n",
    deelnames__csv=base["deelnames.csv"] + "t-casus,gem-gouda-2,,\n")

# 18 the valid case as an OpenDocument spreadsheet (numbers as float cells, the rest strings)
import csv, io, zipfile
from xml.sax.saxutils import escape, quoteattr
def ods_cell(text, header):
    if text == "":
        return "<table:table-cell/>"
    num = text.replace(",", ".") if text.count(",") == 1 and "." not in text else text
    try:
        if header:
            raise ValueError
        v = float(num)
        return ('<table:table-cell office:value-type="float" office:value=%s><text:p>%s</text:p></table:table-cell>'
                % (quoteattr(repr(v)), escape(text)))
    except ValueError:
        return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(text)
def write_ods(path, sheets):
    body = []
    for name, rows in sheets:
        body.append('<table:table table:name=%s>' % quoteattr(name))
        for i, row in enumerate(rows):
            body.append("<table:table-row>" + "".join(ods_cell(c, i == 0) for c in row) + "</table:table-row>")
        body.append("</table:table>")
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet>' + "".join(body) + '</office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr(zipfile.ZipInfo("META-INF/manifest.xml"), manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo("content.xml"), content, compress_type=zipfile.ZIP_DEFLATED)
os.makedirs("ods", exist_ok=True)
write_ods("ods/valid.ods", [(n[:-4], list(csv.reader(io.StringIO(base[n])))) for n in
    ["partijen.csv", "tafels.csv", "deelnames.csv", "personen.csv", "relaties.csv"]])
