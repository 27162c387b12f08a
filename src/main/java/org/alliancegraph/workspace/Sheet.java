package org.alliancegraph.workspace;

import java.util.List;

/**
 * One sheet of an uploaded file (a CSV file is one sheet), as text cells: {@code rows.get(0)} is the
 * header; {@code name} is how errors name it ({@code partenaires.csv}, {@code classeur.xlsx/Acteurs});
 * {@code reading} says how it was read, for the person ("Windows-1252, séparateur ;").
 */
record Sheet(String name, List<List<String>> rows, String reading) {
}
