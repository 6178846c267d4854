package fr.beta.bilans.extract;

import java.util.List;

/**
 * Where a table probably stands on a page: the area of its body, the x positions that separate its
 * label column and value columns, and the header text above each value column.
 */
record TableRegion(Box body, List<Double> columnSeparators, List<String> columnHeaders) {

  TableRegion {
    columnSeparators = List.copyOf(columnSeparators);
    columnHeaders = List.copyOf(columnHeaders);
  }
}
