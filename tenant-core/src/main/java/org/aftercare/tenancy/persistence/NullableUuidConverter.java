package org.aftercare.tenancy.persistence;

import java.sql.Types;
import java.util.UUID;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;

/**
 * For optional UUID references: EclipseLink binds a null {@link UUID} as a null {@code varchar},
 * which PostgreSQL refuses for a {@code uuid} column. Typing the column as JDBC {@code OTHER} when
 * the mapping initialises makes the null untyped. Use with
 * {@code @Convert(NullableUuidConverter.NAME)} and the entity's {@code @Converter(name = NAME,
 * converterClass = NullableUuidConverter.class)}.
 */
public class NullableUuidConverter implements Converter {

  public static final String NAME = "nullableUuid";

  @Override
  public Object convertObjectValueToDataValue(Object objectValue, Session session) {
    return objectValue;
  }

  @Override
  public Object convertDataValueToObjectValue(Object dataValue, Session session) {
    return dataValue == null || dataValue instanceof UUID
        ? dataValue
        : UUID.fromString(dataValue.toString());
  }

  @Override
  public boolean isMutable() {
    return false;
  }

  @Override
  public void initialize(DatabaseMapping mapping, Session session) {
    if (mapping instanceof DirectToFieldMapping direct) {
      direct.getField().setSqlType(Types.OTHER);
    }
  }
}
