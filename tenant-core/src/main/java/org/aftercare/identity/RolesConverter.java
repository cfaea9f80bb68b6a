package org.aftercare.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftercare.access.Role;

/** Stores an account's roles as one comma-separated column: a handful of values, read together. */
@Converter
public class RolesConverter implements AttributeConverter<Set<Role>, String> {

  @Override
  public String convertToDatabaseColumn(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }

  @Override
  public Set<Role> convertToEntityAttribute(String column) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(",")).map(Role::valueOf).forEach(roles::add);
    }
    return roles;
  }
}
