package com.tierwise.web.portal.imports;

import com.tierwise.customer.csv.ColumnMapping;
import com.tierwise.customer.csv.CustomerField;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One line of the mapping step: one of our fields and the file's column the user chose for it. */
public final class FieldChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private final CustomerField field;
  private String column;

  FieldChoice(CustomerField field, String column) {
    this.field = field;
    this.column = column;
  }

  /** One choice per field, in field order, filled from a suggested mapping. */
  static List<FieldChoice> of(ColumnMapping suggested) {
    return Arrays.stream(CustomerField.values())
        .map(field -> new FieldChoice(field, suggested.column(field).orElse(null)))
        .toList();
  }

  static ColumnMapping mapping(List<FieldChoice> choices) {
    Map<CustomerField, String> columns = new EnumMap<>(CustomerField.class);
    choices.forEach(choice -> columns.put(choice.field, choice.column));
    return ColumnMapping.of(columns);
  }

  public CustomerField getField() {
    return field;
  }

  /** The standard column name, e.g. "business_value": the key of its label and help texts. */
  public String getName() {
    return field.column();
  }

  public boolean isRequired() {
    return field.required();
  }

  public String getColumn() {
    return column;
  }

  public void setColumn(String column) {
    this.column = column == null || column.isBlank() ? null : column;
  }
}
