package org.aftercare.identity;

public enum AccountStatus {
  ACTIVE,
  DEACTIVATED
}
