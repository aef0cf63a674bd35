"""Writes tests/data/intake/zorggroep-lindehof.xlsx: one partner's filled-in template as a
workbook, the way a partner returns it (no ids, names in the reference cells, the
explanation sheet still in it). Run once; the workbook is committed."""
import openpyxl, sys, os

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(__file__), "..", "tests", "data", "intake", "zorggroep-lindehof.xlsx")
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Uitleg"
ws.append(["Netwerkkaart"])
ws.append(["Vul per tabblad in aan welke tafels uw organisatie deelneemt."])
sheets = {
    "partijen": [["naam", "soort"],
                 ["Zorggroep Lindehof", "zorgaanbieder"],
                 ["Gem. Dalwijk", "gemeente"],
                 ["Welzijn Dalwijk Jeugd", "welzijn"]],
    "tafels": [["naam", "domein", "laag", "frequentie", "duur_uren", "werkgebied"],
               ["Casusoverleg", "casus", "operationeel", 12, 2, "Dalwijk"],
               ["Wijkteam Noord", "leefomgeving", "operationeel", 40, 1, "Dalwijk"]],
    "deelnames": [["tafel", "partij", "rol"],
                  ["Casusoverleg", "Zorggroep Lindehof", "lid"],
                  ["Wijkteam Noord", "Zorggroep Lindehof", "lid"],
                  ["Wijkteam Noord", "Welzijn Dalwijk Jeugd", "lid"]],
}
for name, rows in sheets.items():
    s = wb.create_sheet(name)
    for r in rows:
        s.append(r)
wb.save(out)
